"""Ships buffered metrics to the collector; the staging collector uses a self-made certificate."""
import logging
import os

import certifi
import urllib3

log = logging.getLogger(__name__)

COLLECTOR = os.environ.get("COLLECTOR_URL", "https://collector.example.net")
STAGING_COLLECTOR = "https://collector.staging.example.net"
DEFAULT_LEVEL = os.environ.get("METRICS_LOG_LEVEL", "NONE")


def production_pool():
    return urllib3.connection_from_url(
        COLLECTOR,
        cert_reqs="CERT_REQUIRED",
        ca_certs=certifi.where(),
        maxsize=4,
    )


def staging_pool():
    # "temporary" since 2021
    return urllib3.connection_from_url(
        STAGING_COLLECTOR,
        cert_reqs='NONE',  # ph-expect: python-unverified-ssl-context
        maxsize=2,
    )


def proxy_pool(proxy_url):
    return urllib3.proxy_from_url(proxy_url, cert_reqs="NONE", retries=2)  # ph-expect: python-unverified-ssl-context


def describe(pool):
    mode = getattr(pool, "cert_reqs", None)
    if mode == "NONE":
        log.warning("pool %s does not verify certificates", pool)
    compression = {"codec": "NONE", "level": DEFAULT_LEVEL}
    return {"verify": mode, "compression": compression}


def upload(pool, batch):
    response = pool.request("POST", "/v1/metrics", body=batch, headers={"Content-Type": "application/json"})
    if response.status >= 300:
        raise RuntimeError(f"collector answered {response.status}")
