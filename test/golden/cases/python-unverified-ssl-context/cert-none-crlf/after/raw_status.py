import socket
import ssl

import urllib3


def raw_status(host, port=8443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"STATUS\r\n")
            return tls.recv(1024)


def staging_pool(url):
    return urllib3.connection_from_url(url, cert_reqs='CERT_REQUIRED', maxsize=2)
