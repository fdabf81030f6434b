"""From fetched bytes to an Article: decode once, extract once, settle the article's identity."""
from __future__ import annotations

from urllib.parse import urlsplit

from archive.decode import decode_html
from archive.extract import extract_article
from archive.extract.record import Article
from archive.urls import clean_url, site_of


def extract_page(body: bytes, url: str, content_type: str | None = None) -> tuple[Article, str]:
    """Decode ``body`` the way Scrapy does and extract it; returns ``(article, encoding)``.

    The spider, ``health-archive extract`` and ``reparse`` all come through here, so the
    same bytes always give the same record.
    """
    text, encoding = decode_html(body, content_type)
    article = extract_article(text, url)
    article.canonical_url = identity_url(url, article.canonical_url, article.problems)
    article.site = site_of(article.canonical_url)
    return article, encoding


def identity_url(fetched: str, canonical: str, problems: list[str]) -> str:
    """The URL an article is stored under: its canonical link when that is believable.

    A canonical on another site, or one pointing a deep page at the home page (a common
    theme bug), would merge unrelated articles; such canonicals are ignored and noted.
    """
    fetched = clean_url(fetched)
    if not canonical:
        return fetched
    candidate = clean_url(canonical)
    if site_of(candidate) != site_of(fetched):
        problems.append(f"canonical URL on another site ignored: {candidate}")
        return fetched
    if urlsplit(candidate).path in ("", "/") and urlsplit(fetched).path not in ("", "/"):
        problems.append(f"canonical URL pointing at the home page ignored: {candidate}")
        return fetched
    return candidate
