"""Generate the demo's placeholder images, so every referenced image URL answers 200 without shipping binaries."""
from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache

WIDTH, HEIGHT = 800, 450


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@lru_cache(maxsize=None)
def placeholder_png(name: str, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """A two-band RGB PNG whose colours derive from ``name``: distinct per image, stable across runs."""
    digest = hashlib.sha256(name.encode()).digest()
    sky, ground = digest[:3], digest[3:6]
    rows = [b"\x00" + (sky if y < height * 2 // 3 else ground) * width for y in range(height)]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
    '<circle cx="24" cy="24" r="22" fill="#2f6b4f"/>'
    '<path d="M24 38V20M24 26c-6 0-10-4-10-10 6 0 10 4 10 10zm0-4c0-6 4-10 10-10 0 6-4 10-10 10z" '
    'stroke="#f4efe3" stroke-width="2.5" fill="none"/></svg>'
).encode()
