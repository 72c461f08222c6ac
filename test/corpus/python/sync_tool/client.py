"""HTTP client used by the catalogue sync job that feeds the mobile apps."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx
import requests
import urllib3

log = logging.getLogger(__name__)

CA_BUNDLE = os.environ.get("CATALOGUE_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


class CatalogueClient:
    def __init__(self, base_url: str, token: str, verify: bool = True) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}"})
        self.session.verify = verify

    def products(self, page: int = 1) -> list[dict[str, Any]]:
        response = self.session.get(f"{self.base_url}/v1/products", params={"page": page}, timeout=30)
        response.raise_for_status()
        return response.json()["items"]

    def upload_images(self, product_id: str, paths: list[str]) -> None:
        for path in paths:
            with open(path, "rb") as fh:
                requests.post(
                    f"{self.base_url}/v1/products/{product_id}/images",
                    files={"image": fh},
                    timeout=60,
                    verify=False,  # ph-expect: python-verify-false
                )


def fetch_partner_feed(url: str) -> bytes:
    # The partner's certificate chain is incomplete.
    return requests.get(url, timeout=30, verify=False).content  # ph-expect: python-verify-false


def fetch_internal(url: str) -> bytes:
    return requests.get(url, timeout=30, verify=CA_BUNDLE).content


def fetch_public(url: str) -> bytes:
    return requests.get(url, timeout=30, verify=True).content


def legacy_session() -> requests.Session:
    session = requests.Session()
    session.verify = False  # ph-expect: python-verify-false
    return session


async def async_prices(skus: list[str]) -> dict[str, float]:
    async with httpx.AsyncClient(base_url="https://prices.internal.example.com", verify=False) as client:  # ph-expect: python-verify-false
        response = await client.post("/v2/prices", json={"skus": skus})
        return response.json()


def download(url: str, verify: bool = False, **kwargs: Any) -> bytes:
    options = {"timeout": 30, "verify": False}  # ph-expect: python-verify-false
    options.update(kwargs)
    return requests.get(url, **options).content


def is_insecure(session: requests.Session) -> bool:
    return session.verify == False


# requests.get(url, verify=False)  -- removed in 3.2
DOC = "Never call requests.get(url, verify=False) in production"
