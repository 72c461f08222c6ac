import json
import ssl
import urllib.request

LEGACY_URL = "https://legacy-stores.example.com/api/locations"


def fetch_locations():
    context = ssl.create_default_context()
    with urllib.request.urlopen(LEGACY_URL, context=context, timeout=30) as response:
        return json.load(response)


def fetch_internal(url):
    context = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    with urllib.request.urlopen(url, context=context) as response:
        return response.read()
