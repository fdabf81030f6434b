"""Bytes to text, the one way: the same decoding Scrapy's ``response.text`` uses."""
from __future__ import annotations

import gzip

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode, resolve_encoding


def _auto_detect(body: bytes) -> str | None:
    """Scrapy's fallback when nothing declares a charset: ASCII, UTF-8, then charset-normalizer."""
    for encoding in ("ascii", "utf-8"):
        try:
            body.decode(encoding)
        except UnicodeError:
            continue
        return resolve_encoding(encoding)
    match = from_bytes(body).best()
    return resolve_encoding(match.encoding) if match else None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body exactly as Scrapy's ``TextResponse.text`` does.

    BOM, then the HTTP header, then ``<meta charset>``, then detection. Returns
    ``(text, encoding)``. ``extract`` and ``reparse`` call this on stored bytes so they see
    exactly the text the spider saw (tests compare the two on awkward bytes).
    """
    encoding, _ = html_to_unicode(content_type or "", body, auto_detect_fun=_auto_detect, default_encoding="ascii")
    _, text = html_to_unicode(f"charset={encoding}", body)
    return text, encoding


def read_html_file(path: str) -> bytes:
    """Read a saved page, transparently un-gzipping ``.gz`` files."""
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


_TEXT_CONTROLS = set(b"\t\n\r\f\b")


def looks_binary(body: bytes, sample: int = 2048) -> bool:
    """True for images, archives and other binary bodies, whatever Content-Type claims.

    NUL bytes or a high share of control characters in the first bytes never occur in HTML
    (UTF-16 pages carry a BOM and are let through).
    """
    head = body[:sample]
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > 0.05
