"""The articles spider: start from an article, a home page, a sitemap or a feed; archive every
article within scope, following Read Also blocks, listings, pagination, sitemaps and feeds.

    scrapy crawl articles -a start_urls=https://example.org/some-article/ -s ARCHIVE_DB=archive.db

Parsing happens in ``archive`` (the same code ``health-archive extract`` runs), in a worker
thread so the reactor keeps downloading.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.url import url_has_any_extension
from twisted.internet.threads import deferToThread

from archive.discover import parse_xml_urls, robots_sitemaps, sniff_kind
from archive.ingest import extract_page
from archive.store import FetchedPage, utcnow
from archive.urls import clean_url, is_http_url
from scraper.items import PageItem

RELATED_PRIORITY = 20  # Read Also links first: they are the graph this archive exists for
PAGE_PRIORITY = 0


def _split(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [v.strip() for v in value if v.strip()]
    return [v.strip() for v in (value or "").split(",") if v.strip()]


class ArticlesSpider(scrapy.Spider):
    name = "articles"

    def __init__(self, start_urls="", allow_domains="", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [clean_url(u) for u in _split(start_urls)]
        if not self.start_urls:
            raise ValueError("no start URLs: pass -a start_urls=URL[,URL]")
        bad = [u for u in self.start_urls if not is_http_url(u)]
        if bad:
            raise ValueError(f"start URLs must be http(s): {', '.join(bad)}")
        hosts = [urlsplit(u).hostname for u in self.start_urls] + _split(allow_domains)
        self.allowed_domains = sorted({h for h in hosts if h})

    async def start(self):
        robots = []
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=RELATED_PRIORITY + 10)
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            if robots_url not in robots:
                robots.append(robots_url)
        for url in robots:
            # Read the Sitemap: lines; the robots middleware fetches the rules on its own.
            yield scrapy.Request(url, callback=self.parse_robots, errback=self.on_error, priority=RELATED_PRIORITY)

    def parse_robots(self, response):
        text = response.text if isinstance(response, TextResponse) else ""
        for url in robots_sitemaps(text):
            yield from self._follow(url, PAGE_PRIORITY + 5, 0)

    async def parse(self, response):
        hops = response.meta.get("hops", 0)
        page = self._page(response)
        content_type = page.content_type
        kind = sniff_kind(response.body, content_type)
        if kind in ("sitemap", "feed"):
            found = parse_xml_urls(response.body)
            yield PageItem(page=page, kind=kind)
            # What a sitemap or feed lists is as close to the start as the document itself.
            for url in found.sitemaps:
                for request in self._follow(url, PAGE_PRIORITY + 5, hops):
                    yield request
            for url in found.urls:
                for request in self._follow(url, PAGE_PRIORITY + 1, hops):
                    yield request
            return
        if kind != "html" or not isinstance(response, TextResponse):
            yield PageItem(page=page, kind="other", error=f"not an HTML page ({content_type or 'no content type'})")
            return
        article, encoding = await maybe_deferred_to_future(
            deferToThread(extract_page, response.body, response.url, content_type or None)
        )
        page.encoding = encoding
        if article.is_article and not article.body_text:
            reason = "; ".join(article.problems) or "no extractable body"
            yield PageItem(page=page, kind="error", error=f"article without extractable body: {reason}")
        elif article.is_article:
            yield PageItem(page=page, kind="article", article=article)
        else:
            yield PageItem(page=page, kind=article.page_type or "listing")
        for request in self._links_to_follow(article, hops + 1):
            yield request

    def on_error(self, failure):
        """Record a page that did not come back (HTTP error, timeout, DNS...) and go on."""
        request = failure.request
        status = None
        if failure.check(HttpError):
            response = failure.value.response
            status = response.status
            error = f"HTTP {response.status}"
        else:
            error = f"{failure.type.__name__}: {failure.getErrorMessage()}".strip()
        page = FetchedPage(url=request.url, status=status, body=b"", fetched_at=utcnow())
        yield PageItem(page=page, kind="error", error=error)

    def _links_to_follow(self, article, hops: int):
        for item in article.related:
            yield from self._follow(item.url, RELATED_PRIORITY, hops)
        if article.next_page:
            yield from self._follow(article.next_page, PAGE_PRIORITY + 2, hops)
        for url in article.feeds:
            yield from self._follow(url, PAGE_PRIORITY + 1, hops)
        if self.settings.getbool("ARCHIVE_FOLLOW_LINKS"):
            for url in article.page_links:
                yield from self._follow(url, PAGE_PRIORITY, hops)

    def _follow(self, url: str, priority: int, hops: int):
        """A request for ``url`` unless it is beyond the depth limit or not a web page (images, archives...)."""
        limit = self.settings.getint("ARCHIVE_MAX_DEPTH", -1)
        if 0 <= limit < hops:
            return
        if is_http_url(url) and not url_has_any_extension(url, IGNORED_EXTENSIONS):
            yield scrapy.Request(clean_url(url), callback=self.parse, errback=self.on_error, priority=priority,
                                 meta={"hops": hops})

    @staticmethod
    def _page(response) -> FetchedPage:
        headers = response.headers
        started = response.meta.get("download_latency")
        return FetchedPage(
            url=response.url,
            status=response.status,
            body=response.body,
            content_type=(headers.get(b"Content-Type") or b"").decode("latin-1"),
            fetched_at=utcnow(),
            etag=(headers.get(b"ETag") or b"").decode("latin-1"),
            last_modified=(headers.get(b"Last-Modified") or b"").decode("latin-1"),
            elapsed_ms=int(started * 1000) if started is not None else None,
        )
