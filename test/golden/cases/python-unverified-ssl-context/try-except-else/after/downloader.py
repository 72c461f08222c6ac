import urllib.request


def download(url, target):
    urllib.request.urlretrieve(url, target)
