import httpx
import requests


def legacy_session() -> requests.Session:
    session = requests.Session()
    session.verify = False  # the legacy host's certificate expired
    return session


def download(url: str, **kwargs) -> bytes:
    options = {"timeout": 30, "verify": False}
    options.update(kwargs)
    return requests.get(url, **options).content


async def prices(skus: list[str]) -> dict:
    async with httpx.AsyncClient(base_url="https://prices.internal.example.com", verify=False) as client:
        response = await client.post("/v2/prices", json={"skus": skus})
        return response.json()
