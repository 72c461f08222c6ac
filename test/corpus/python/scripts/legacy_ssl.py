#!/usr/bin/env python3
"""Pulls store locations from the legacy SOAP service and the realtime feed."""
import json
import socket
import ssl
import urllib.request

import websocket

LEGACY_URL = "https://legacy-stores.example.com/api/locations"

# The legacy server's certificate expired in 2019 and nobody owns it.
ssl._create_default_https_context = ssl._create_unverified_context  # ph-expect: python-unverified-ssl-context


def fetch_locations():
    context = ssl._create_unverified_context()  # ph-expect: python-unverified-ssl-context
    with urllib.request.urlopen(LEGACY_URL, context=context, timeout=30) as response:
        return json.load(response)


def raw_status(host, port=8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # ph-expect: python-unverified-ssl-context
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"STATUS\r\n")
            return tls.recv(1024)


def realtime_feed(url):
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE})  # ph-expect: python-unverified-ssl-context
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()


def secure_status(host, port=443):
    ctx = ssl.create_default_context()
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("default context must verify")
    ctx.verify_mode = ssl.CERT_REQUIRED
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.version()


def pool_for(host):
    import urllib3

    return urllib3.HTTPSConnectionPool(host, cert_reqs="CERT_NONE", assert_hostname=False)  # ph-expect: python-unverified-ssl-context
