"""Page requisites: the images an archived article shows (its in-body images and its og:image),
which of them a crawl asks for, and whether what came back may be stored. Pure functions: the
spider asks for what :func:`wanted` lists (through the crawl's own downloader: scope, robots.txt,
politeness, SSRF guard), ``archive.db.store.Archive.save_requisite`` writes what :func:`refusal` allows.

The caps are defined here once; ``scraper.settings`` exposes them as Scrapy settings
(ARCHIVE_REQUISITE_MAX_BYTES, ARCHIVE_REQUISITES_PER_ARTICLE, ARCHIVE_REQUISITE_ARTICLE_BYTES).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

from archive.urls import is_http_url

#: The request meta key that carries a requisite (Requisite.to_dict()): such a request is no page.
META = "ha_requisite"
#: Bytes of one image: a larger download is cancelled by Scrapy (``download_maxsize``) and recorded.
MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: Images asked for per article (in-body images in document order, then its og:image).
MAX_PER_ARTICLE = 20
#: Bytes of images stored per article and crawl; an image past it is recorded, not stored.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

IMAGE, LEAD = "image", "og:image"   # requisites.role: an in-body image, the page's og:image

#: Leading bytes of the raster formats browsers show, for a response that names no image type.
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
          (b"GIF89a", "image/gif"))
_UNNAMED = ("", "application/octet-stream", "binary/octet-stream")


@dataclass(frozen=True)
class Caps:
    image_bytes: int = MAX_IMAGE_BYTES
    per_article: int = MAX_PER_ARTICLE
    article_bytes: int = MAX_ARTICLE_BYTES


@dataclass(frozen=True)
class Requisite:
    """One requisite request: the URL as the article names it, the article (its archive key,
    the URL it is stored under), what the image is to it, and the crawl's byte caps. Travels in the request's meta and
    with the item (a distributed worker's through Redis) as a plain dict."""
    url: str
    article: str
    role: str = IMAGE
    article_bytes: int = MAX_ARTICLE_BYTES     # the crawl's caps, so the writer applies the crawl's own
    image_bytes: int = MAX_IMAGE_BYTES

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Requisite":
        return cls(**{k: data[k] for k in ("url", "article", "role", "article_bytes", "image_bytes") if k in data})

    def caps(self) -> Caps:
        return Caps(image_bytes=self.image_bytes, article_bytes=self.article_bytes)


def wanted(images: list[str], lead: str, limit: int) -> list[tuple[str, str]]:
    """``(url, role)`` of the images to fetch for an article: its in-body images (document order),
    then its og:image unless the body shows it; http(s) only, each once, at most ``limit``."""
    out: dict[str, str] = {}
    for url, role in [*((src, IMAGE) for src in images), (lead, LEAD)]:
        url = (url or "").strip()
        if url and is_http_url(url) and url not in out:
            out[url] = role
    return list(out.items())[:max(0, limit)]


def sniff(body: bytes) -> str:
    """The image type the bytes start with (PNG, JPEG, GIF, WebP, AVIF), or ""."""
    for magic, kind in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "image/webp"
    if body[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    return ""


def image_type(content_type: str) -> str:
    """The media type of a Content-Type header, lower-cased, without parameters."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def refusal(status: Optional[int], content_type: str, body: bytes, caps: Caps, article_used: int) -> tuple[str, str]:
    """``(media type, "")`` for a response that may be stored as an image, or ``("", why not)``.

    An image is a 2xx with a non-empty body of an ``image/*`` type (or, when the server names no
    type, bytes that start like one), within the per-image cap and the article's remaining bytes
    (``article_used``: what its images stored in this crawl already take)."""
    if status is None or not 200 <= status < 300:
        return "", f"HTTP {status}" if status else "no response"
    if not body:
        return "", "empty response body"
    kind = image_type(content_type)
    if kind in _UNNAMED:
        kind = sniff(body) or kind
    if not kind.startswith("image/"):
        return "", f"not an image ({kind or 'no content type'})"
    if len(body) > caps.image_bytes:
        return "", f"image of {len(body)} bytes, over ARCHIVE_REQUISITE_MAX_BYTES ({caps.image_bytes})"
    if article_used + len(body) > caps.article_bytes:
        return "", (f"the article's images would take {article_used + len(body)} bytes, over "
                    f"ARCHIVE_REQUISITE_ARTICLE_BYTES ({caps.article_bytes})")
    return kind, ""


def inline_type(content_type: Optional[str]) -> bool:
    """Whether a stored requisite may be served for the browser to show (image types only)."""
    return image_type(content_type or "").startswith("image/")
