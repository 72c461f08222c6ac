import requests

session = requests.Session()
if __debug__:
    session.verify = False
