"""From fetched bytes to an Article: decode once, extract once, settle the article's identity, keep
only web addresses."""
from __future__ import annotations

from urllib.parse import urlsplit

from archive.extract.decode import decode_html
from archive.extract import extract_article
from archive.extract.record import Article
from archive.extract.site import SiteTemplate
from archive.crawl.linkpolicy import take_links
from archive.urls import clean_url, is_http_url, site_of


def extract_page(body: bytes, url: str, content_type: str | None = None, template: SiteTemplate | None = None,
                 learn: bool = False) -> tuple[Article, str]:
    """Decode ``body`` the way Scrapy does and extract it; returns ``(article, encoding)``.

    The spider, ``health-archive extract`` and ``reparse`` all come through here, so the
    same bytes always give the same record. `template`: what the page's site repeats (see
    archive.db.site_knowledge); `learn`: sample the page for its site's learner (``article.sample``).
    """
    text, encoding = decode_html(body, content_type)
    article = extract_article(text, url, template, learn)
    keep_web_addresses(article)
    article.canonical_url = identity_url(url, article.canonical_url, article.problems)
    article.site = site_of(article.canonical_url)
    return article, encoding


def extract_for_crawl(body: bytes, url: str, content_type: str | None, max_links: int,
                      template: SiteTemplate | None = None) -> tuple[Article, str]:
    """``extract_page`` as a crawl runs it, in an extraction process: with the page's site template,
    sampling the page for the site's learner, the page's links cut to what the crawl takes before
    they leave the process (a page of 300,000 links hands back 2,000: ARCHIVE_MAX_LINKS_PER_PAGE)."""
    article, encoding = extract_page(body, url, content_type, template, learn=True)
    article.page_links = take_links(article.page_links, max_links)
    return article, encoding


def keep_web_addresses(article: Article) -> None:
    """Drop every address that is not http(s) (javascript:, data:, vbscript:...), noting each in
    ``problems``: the archive is read in a browser, where such an address in a link or an image runs."""
    dropped = []

    def web(url: str) -> bool:
        if not url or is_http_url(url.strip()):
            return True
        dropped.append(url)
        return False

    article.image = article.image if web(article.image) else ""
    article.next_page = article.next_page if web(article.next_page) else ""
    article.canonical_url = article.canonical_url if web(article.canonical_url) else ""
    article.links = [link for link in article.links if web(link.url)]
    article.images = [image for image in article.images if web(image.src)]
    article.related = [item for item in article.related if web(item.url)]
    article.citations = [citation for citation in article.citations if web(citation.url)]
    article.page_links = [url for url in article.page_links if web(url)]
    article.feeds = [url for url in article.feeds if web(url)]
    for url in dropped:
        article.problems.append(f"not a web address, dropped: {url[:80]!r}")


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
