#!/usr/bin/env python3
"""Pulls store locations from the legacy SOAP service."""
import ssl
import urllib.request

LEGACY_URL = "https://legacy-stores.example.com/api/locations"

# The legacy server's certificate expired in 2019 and nobody owns it.
ssl._create_default_https_context = ssl._create_unverified_context


def fetch_locations():
    with urllib.request.urlopen(LEGACY_URL, timeout=30) as response:
        return response.read()
