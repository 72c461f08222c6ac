#!/usr/bin/env python3
"""Pulls store locations from the legacy SOAP service."""
import urllib.request

LEGACY_URL = "https://legacy-stores.example.com/api/locations"


def fetch_locations():
    with urllib.request.urlopen(LEGACY_URL, timeout=30) as response:
        return response.read()
