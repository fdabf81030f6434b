"""Bytes to text, the one way: the same decoding Scrapy's ``response.text`` uses."""
from __future__ import annotations

import gzip

from w3lib.encoding import html_to_unicode


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body as Scrapy does (HTTP header, BOM, <meta> charset, then sniffing).

    Returns ``(text, encoding)``. ``extract`` and ``reparse`` call this on stored bytes so
    they see exactly the text the spider saw.
    """
    encoding, text = html_to_unicode(content_type, body)
    return text, encoding


def read_html_file(path: str) -> bytes:
    """Read a saved page, transparently un-gzipping ``.gz`` files."""
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data
