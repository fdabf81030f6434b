"""Which network addresses a crawl may reach: the SSRF policy, as pure functions (and ``resolve``).

Links found on crawled pages must not make the crawler fetch loopback, private, link-local or
cloud-metadata addresses. Start URLs are trusted as typed, so a crawl started on a local or
intranet host may fetch that same host and port; other private addresses need allow_private.
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Iterable
from urllib.parse import urlsplit

METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"}


def is_public_ip(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved)


def origin(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "").lower(), port


def trusted_origins(start_urls: Iterable[str]) -> set[tuple[str, int]]:
    """Host and port of each start URL: the only non-public places a crawl may go by default."""
    return {origin(url) for url in start_urls}


def refusal(url: str, addresses: Iterable[str], trusted: set[tuple[str, int]], allow_private: bool) -> str:
    """Why ``url`` (resolving to ``addresses``) must not be fetched, or "" if it may be."""
    host, port = origin(url)
    if allow_private or (host, port) in trusted:
        return ""
    if host in METADATA_HOSTS:
        return f"refused: {host} is a cloud metadata host"
    for address in addresses:
        if not is_public_ip(address):
            return f"refused: {host} resolves to non-public address {address} (use --allow-private to permit)"
    return ""


def resolve(host: str) -> list[str]:
    """The addresses `host` resolves to; [] when it does not (the fetch itself then fails)."""
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except (socket.gaierror, UnicodeError, ValueError):
        return []
