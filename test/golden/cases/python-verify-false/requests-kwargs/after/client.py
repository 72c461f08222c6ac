"""HTTP client used by the catalogue sync job."""
import requests


class CatalogueClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def upload_image(self, product_id: str, path: str) -> None:
        with open(path, "rb") as fh:
            requests.post(
                f"{self.base_url}/v1/products/{product_id}/images",
                files={"image": fh},
                timeout=60
            )


def fetch_partner_feed(url: str) -> bytes:
    # The partner's certificate chain is incomplete.
    return requests.get(url, timeout=30).content
