"""Bytes to text, the one way: Scrapy's decoding (w3lib), with the WHATWG Encoding Standard's
single-byte Windows encodings, as browsers decode them."""
from __future__ import annotations

import codecs
import zlib

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode, resolve_encoding

from archive.config import MAX_PAGE_BYTES


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


#: Python's codecs for the WHATWG single-byte Windows encodings. w3lib already gives them the
#: labels browsers do (``iso-8859-1``, ``latin1`` and ``ascii`` mean windows-1252), but Python
#: leaves a few bytes of each undefined (0x81, 0x8D, 0x8F, 0x90 and 0x9D in windows-1252),
#: which browsers decode as the C1 control of the same number.
WINDOWS_SINGLE_BYTE = frozenset(["cp874", *(f"cp{n}" for n in range(1250, 1259))])


def _c1_controls(error: UnicodeDecodeError) -> tuple[str, int]:
    """The WHATWG decoding of a byte Python's Windows codec leaves undefined."""
    byte = error.object[error.start]
    return (chr(byte) if 0x80 <= byte <= 0x9F else "\ufffd"), error.start + 1


codecs.register_error("archive-whatwg-c1", _c1_controls)


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body as Scrapy's ``TextResponse.text`` does, windows-125x as browsers do.

    BOM, then the HTTP header, then ``<meta charset>``, then detection. Returns
    ``(text, encoding)``. The spider (through archive.extract.ingest), ``extract`` and ``reparse`` all
    decode here, so the same bytes always give the same text.
    """
    encoding, _ = html_to_unicode(content_type or "", body, auto_detect_fun=_auto_detect, default_encoding="ascii")
    codec = resolve_encoding(encoding)  # as w3lib resolves it to decode (the default "ascii" is cp1252)
    if codec in WINDOWS_SINGLE_BYTE:  # no BOM: that would have named a UTF
        return body.decode(codec, "archive-whatwg-c1"), encoding
    _, text = html_to_unicode(f"charset={encoding}", body)
    return text, encoding


class UnreadablePage(ValueError):
    """Bytes that cannot be read as a page (truncated, corrupt, too large); the message is one line."""


def read_html_file(path: str, limit: int = MAX_PAGE_BYTES) -> bytes:
    """Read a saved page, transparently un-gzipping ``.gz`` files; at most `limit` bytes either way
    (UnreadablePage beyond: /dev/zero, a gzip bomb)."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnreadablePage(f"larger than {limit:,} bytes")
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(data, limit)
    return data


def gunzip(data: bytes, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The gzip stream `data` decompressed (every member), or UnreadablePage: not gzip, cut
    short, or inflating past `limit` bytes."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error as exc:
            raise UnreadablePage(f"not a valid gzip stream: {exc}") from None
        if len(out) > limit:
            raise UnreadablePage(f"inflates to more than {limit:,} bytes (a gzip bomb?)")
        if not inflater.eof:
            raise UnreadablePage("the gzip stream is cut short (truncated file)")
        data = inflater.unused_data.lstrip(b"\0")     # another member, or the padding some tools add
    return bytes(out)


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
