"""The articles spider: start from an article, a home page, a sitemap or a feed; archive every
article within scope, following Read Also blocks, listings, pagination, sitemaps and feeds.

    scrapy crawl articles -a start_urls=https://example.org/some-article/ -s ARCHIVE_DB=archive.db

Parsing happens in ``archive`` (the same code ``health-archive extract`` runs), in worker
processes so the reactor keeps downloading, each page within ARCHIVE_EXTRACT_TIMEOUT.
"""
from __future__ import annotations

import asyncio
from collections import Counter
from urllib.parse import urlparse, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.reactor import is_asyncio_reactor_installed
from twisted.internet.threads import deferToThread

from archive.extract.decode import looks_binary
from archive.crawl.discover import parse_xml_urls, robots_sitemaps, sniff_kind
from archive.db.schema import open_db
from archive.extract.ingest import extract_for_crawl
from archive.crawl import linkpolicy as lp
from archive.crawl import requisites
from archive.crawl import run
from archive.crawl.run import PAGE_PRIORITY, RELATED_PRIORITY  # noqa: F401 - the spider's link priorities
from archive.db.capture import attach as attach_capture
from archive.db.store import FetchedPage, utcnow
from scraper.capture import HOPS as CAPTURE_HOPS
from archive.urls import clean_url, is_http_url, site_of
from archive.workers import CallTimedOut, Workers
from scraper.items import PageItem
from scraper.middlewares import ARTICLE_FLAG, SKIPPED_FLAG, Parked, Refused, robots_answered

ERROR_MAX_CHARS = 300  # an error is one plain line in fetches
SOURCE, ROLE = lp.SOURCE_META, lp.ROLE_META
REQUISITE = requisites.META  # request.meta: the archive.crawl.requisites.Requisite (as a dict) a request fetches

# Scrapy raises IgnoreRequest for decisions (robots.txt, scope), recorded as "blocked", and also for
# faults (a body inflating past DOWNLOAD_MAXSIZE), recorded as errors.
_DECISIONS = ("Forbidden by robots.txt", "Filtered offsite request")
# Exceptions Scrapy raises without a message, and what they mean.
_SILENT_FAILURES = {
    "ResponseDataLossError": "the connection closed before the body Content-Length announced arrived",
    "DownloadCancelledError": "the body grew past DOWNLOAD_MAXSIZE ({maxsize} bytes)",
    "IgnoreRequest": "ignored",
}


# With their dot: Scrapy lists them bare ("ps", "ai", "tar"), and a bare ending would refuse
# "/sleep-tips", "/why-it-helps" or "/guitar" as files.
_IGNORED_ENDINGS = tuple("." + extension for extension in IGNORED_EXTENSIONS)


def _has_ignored_extension(url: str) -> bool:
    """``url_has_any_extension(url, {"." + e for e in IGNORED_EXTENSIONS})`` (what Scrapy's link
    extractor denies) in one ``str.endswith``."""
    return urlparse(url).path.lower().endswith(_IGNORED_ENDINGS)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ERROR_MAX_CHARS else text[: ERROR_MAX_CHARS - 3] + "..."


class ExtractionTimeout(Exception):
    """A page's extraction ran past ARCHIVE_EXTRACT_TIMEOUT."""


def link_policy(settings, counter) -> lp.LinkPolicy:
    """The crawl's link policy, from its settings, keeping its state in ``counter``."""
    return lp.LinkPolicy(counter, dry_limit=settings.getint("ARCHIVE_NOVELTY_BUDGET"),
                         max_links=settings.getint("ARCHIVE_MAX_LINKS_PER_PAGE"),
                         site_budget=settings.getint("ARCHIVE_MAX_PAGES_PER_SITE"))


def requested_link(request) -> lp.Link:
    """The link a request was made for (the first URL of a redirect chain)."""
    meta = request.meta
    url = (meta.get("redirect_urls") or [request.url])[0]
    return lp.Link(url, meta.get(SOURCE) or "", meta.get(ROLE) or lp.PAGES, meta.get("hops", 0))


def _split(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [v.strip() for v in value if v.strip()]
    return [v.strip() for v in (value or "").split(",") if v.strip()]


class ArticlesSpider(scrapy.Spider):
    name = "articles"
    #: Set by the archive pipeline: takes the 304 visits (page, kind) that would otherwise be items.
    visit_recorder = None
    #: Set by the archive pipeline: site -> what the site repeats on its pages (archive.db.site_knowledge),
    #: kept current by the archive's writer as articles come in.
    site_templates: dict = {}
    #: robots.txt answers shared with other crawlers of the run (a distributed worker's); None: the
    #: robots middleware's own per-crawl memory is all there is.
    robots_answers = None
    #: What the archive knows of a page (``known(url)``) for a crawler without the archive (a
    #: distributed worker's, published by the run's seeder); None: IncrementalMiddleware reads the archive.
    validators = None

    def __init__(self, start_urls="", allow_domains="", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls, hosts = run.run_scope(_split(start_urls), _split(allow_domains))
        if not self.start_urls:
            raise ValueError("no start URLs: pass -a start_urls=URL[,URL]")
        bad = [u for u in self.start_urls if not is_http_url(u)]
        if bad:
            raise ValueError(f"start URLs must be http(s): {', '.join(bad)}")
        self.allowed_domains = sorted(hosts)
        self._requested: set[str] = set(self.start_urls)
        self._per_site: Counter[str] = Counter()
        self._hosts: dict[str, bool] = {}  # host -> within allowed_domains

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.links = link_policy(crawler.settings, lp.LocalCounter())
        spider._max_depth = crawler.settings.getint("ARCHIVE_MAX_DEPTH", -1)
        spider._handled = set()
        return spider

    async def start(self):
        """The run's seeds (archive.crawl.run). Due articles count as requested from the start, so the
        links that lead to them again (every 304 re-follows its page's stored links) cost a set
        lookup, not a request the dupefilter drops."""
        db = open_db(self.settings.get("ARCHIVE_DB"), migrate=False)
        try:
            seeds = run.seeds(db, self.start_urls, self.allowed_domains,
                              self.settings.getfloat("ARCHIVE_REFRESH_INTERVAL"))
        finally:
            db.close()
        self._requested.update(seed.url for seed in seeds if seed.callback == "parse")
        for seed in seeds:
            # robots.txt: the robots middleware answers it with the response it read the rules from
            yield scrapy.Request(seed.url, callback=getattr(self, seed.callback), errback=self.on_error,
                                 priority=seed.priority, meta=dict(seed.meta))

    async def _extract(self, body: bytes, url: str, content_type):
        """Extraction off the reactor thread: in worker processes (ARCHIVE_EXTRACT_PROCESSES), so
        the parse does not contend with the reactor for the GIL; in a thread when set to 0. The
        page's site template goes with it, and the page comes back sampled for the site's learner.
        A page taking longer than ARCHIVE_EXTRACT_TIMEOUT raises ExtractionTimeout: its process is
        replaced (a thread cannot be stopped: it runs on, unwaited for)."""
        template = self.site_templates.get(site_of(url))
        args = (body, url, content_type, self.links.max_links, template)
        timeout = self.settings.getfloat("ARCHIVE_EXTRACT_TIMEOUT") or None
        pool = self._extraction_pool(timeout)
        try:
            if pool is None:
                work = maybe_deferred_to_future(deferToThread(extract_for_crawl, *args))
                return await (asyncio.wait_for(work, timeout) if is_asyncio_reactor_installed() else work)
            return await asyncio.wrap_future(pool.submit(extract_for_crawl, *args))
        except (CallTimedOut, asyncio.TimeoutError):
            raise ExtractionTimeout(f"extraction took longer than ARCHIVE_EXTRACT_TIMEOUT ({timeout:g} s); "
                                    + ("its process was stopped" if pool else "its thread runs on")) from None

    def _extraction_pool(self, timeout):
        processes = self.settings.getint("ARCHIVE_EXTRACT_PROCESSES")
        if processes <= 0 or not is_asyncio_reactor_installed():
            return None
        if getattr(self, "_pool", None) is None:
            self._pool = Workers(processes, timeout)
        return self._pool

    def closed(self, reason):
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.close()
            self._pool = None

    def settle_unmodified(self, response) -> bool:
        """Record a 304 (or a page skipped) at once when none of its stored links is new to this
        crawl, and say so: the downloader middleware then ends the request there, sparing it
        Scrapy's spider-middleware chain and callback machinery, which is most of what an
        unchanged page costs a re-crawl. False leaves it to ``parse`` (links to follow)."""
        if self.visit_recorder is None:
            return False  # items are yielded (a distributed worker): the callback does it
        handled, requested = self._handled, self._requested
        for urls in (response.meta.get("stored_links") or {}).values():
            for url in urls:
                if url in handled or url in requested:
                    continue
                if self._maybe_on_site(url):
                    return False
                handled.add(url)  # off-site (citations, shares): what _follow would decide
        kind = "skipped" if SKIPPED_FLAG in response.flags else "not_modified"
        self.visit_recorder(self._page(response), kind)
        for request in self._settle_unmodified(response):
            self.crawler.engine.crawl(request)
        return True

    def parse_robots(self, response):
        text = response.text if isinstance(response, TextResponse) else ""
        yield PageItem(page=self._page(response), kind=lp.OPTIONAL[lp.ROBOTS])
        yield from self._follow_links({lp.SITEMAPS: robots_sitemaps(text)}, 0, response.url)

    async def parse(self, response):
        hops = response.meta.get("hops", 0)
        page = self._page(response)
        if response.status == 304:
            kind = "skipped" if SKIPPED_FLAG in response.flags else "not_modified"
            if self.visit_recorder is not None:
                self.visit_recorder(page, kind)  # the archive pipeline writes 304s in batches, without items
            else:
                yield PageItem(page=page, kind=kind)
            for request in self._settle_unmodified(response):
                yield request
            for request in self._follow_links(response.meta.get("stored_links") or {}, hops, response.url):
                yield request
            return
        content_type = page.content_type
        kind = sniff_kind(response.body, content_type)
        if kind in ("sitemap", "feed"):
            found = parse_xml_urls(response.body)
            links = self.links.listed_links(found.newest_first(found.sitemaps), found.newest_first(found.urls))
            yield PageItem(page=page, kind=kind, links=links)
            for request in [*self._settle(response.request), *self._follow_links(links, hops, response.url)]:
                yield request
            return
        if kind != "html" or not isinstance(response, TextResponse) or looks_binary(response.body):
            yield self._settled_item(response, PageItem(
                page=page, kind="other", error=f"not an HTML page ({content_type or 'no content type'})"))
            return
        if not response.body.strip():
            yield self._settled_item(response, PageItem(page=page, kind="other", error="empty response body"))
            return
        try:
            article, encoding = await self._extract(response.body, response.url, content_type or None)
        except ExtractionTimeout as exc:  # a page that would hold the crawl: recorded, and the crawl goes on
            yield self._settled_item(response, PageItem(page=page, kind="error", error=_one_line(str(exc))))
            return
        except Exception as exc:  # an extraction bug costs this page, recorded, never the crawl
            yield self._settled_item(response, PageItem(
                page=page, kind="error", error=_one_line(f"extraction failed: {type(exc).__name__}: {exc}")))
            return
        page.encoding = encoding
        links = self._links_of(response.url, article)
        if article.is_article and not article.archivable:
            reason = "; ".join(article.problems) or "no extractable body"
            item = PageItem(page=page, kind="error", error=f"article without extractable body: {reason}")
        elif article.is_article:
            item = PageItem(page=page, kind="article", article=article, links=links)
        else:
            item = PageItem(page=page, kind=article.page_type or "listing", links=links)
        yield item
        key = clean_url(article.canonical_url or response.url) if item.kind == "article" else ""
        novel = lp.article_keys(key, article.title, article.body_text) if key else ()
        for request in [*self._settle(response.request, novel), *self._requisites(article, key),
                        *self._follow_links(links, hops, response.url)]:
            yield request

    # -- page requisites: an article's images, through the same downloader -------------------------

    def _requisites(self, article, key: str) -> list:
        """Requests for an archived article's images (archive.crawl.requisites.wanted), up to
        ARCHIVE_REQUISITES_PER_ARTICLE, each cancelled past ARCHIVE_REQUISITE_MAX_BYTES. They go
        through the crawl's downloader like any page (robots.txt, the address policy, politeness,
        captures), also off the crawl's domains (images often live on a CDN), never conditional:
        an image asked for again in a later crawl is fetched and stored once per content."""
        settings = self.settings
        if not key or not settings.getbool("ARCHIVE_REQUISITES"):
            return []
        found = requisites.wanted([image.src for image in article.images], article.image,
                                  settings.getint("ARCHIVE_REQUISITES_PER_ARTICLE"))
        article_cap, image_cap = (settings.getint("ARCHIVE_REQUISITE_ARTICLE_BYTES"),
                                  settings.getint("ARCHIVE_REQUISITE_MAX_BYTES"))
        return [scrapy.Request(url, callback=self.parse_requisite, errback=self.on_requisite_error,
                               priority=run.REQUISITE_PRIORITY,
                               meta={REQUISITE: requisites.Requisite(url, key, role, article_cap, image_cap).to_dict(),
                                     "download_maxsize": image_cap, "dont_condition": True, "allow_offsite": True})
                for url, role in found]

    def parse_requisite(self, response):
        """An image came back: the archive decides whether it is one and stores it (archive.db.store)."""
        yield PageItem(page=self._page(response), kind="requisite", requisite=response.meta.get(REQUISITE))

    def on_requisite_error(self, failure):
        """An image that did not come back (HTTP error, refused, too large, a redirect loop): recorded."""
        request = failure.request
        status = failure.value.response.status if failure.check(HttpError) else None
        page = FetchedPage(url=request.url, status=status, body=b"", fetched_at=utcnow())
        if failure.check(HttpError):
            attach_capture(page, failure.value.response.meta.get(CAPTURE_HOPS))
        yield PageItem(page=page, kind="requisite", error=self._describe(failure), requisite=request.meta.get(REQUISITE))

    def _settled_item(self, response, item: PageItem) -> PageItem:
        """A page that gave nothing to follow: counted as a fetch without a new article. A feed or
        sitemap that came back as something unreadable keeps its page type (no crawl failure)."""
        self._settle(response.request)
        optional = lp.OPTIONAL.get(response.meta.get(ROLE))
        if optional and item.error:
            item.kind = optional
        return item

    def on_error(self, failure):
        """Record a page that did not come back (HTTP error, timeout, DNS...) and go on."""
        request = failure.request
        if failure.check(Parked):
            return  # its URL pattern ran dry while it waited: kept aside by the link policy, not fetched
        status = None
        kind = "error"
        optional = lp.OPTIONAL.get(request.meta.get(ROLE), "")
        if failure.check(HttpError):
            status = failure.value.response.status
            if optional == lp.OPTIONAL[lp.ROBOTS] and robots_answered(status):
                # No robots.txt (404, 403...): everything is allowed and there are no Sitemap lines; not an error.
                yield PageItem(page=self._page(failure.value.response), kind=optional)
                return
            if status in (404, 410):
                kind = "gone"  # the pipeline marks a known article gone; other URLs stay errors
        elif failure.check(Refused) or failure.check(IgnoreRequest) and str(failure.value).startswith(_DECISIONS):
            kind = "blocked"  # robots.txt or scope said no: a decision, not an error
        if kind == "blocked":
            self.links.abandon(requested_link(request).url)
        else:
            self._settle(request)
            # A feed, sitemap or robots.txt the site does not serve: recorded as what it is, and
            # not counted among the crawl's failures (archive.db.store counts pages that matter).
            kind = optional or kind
        page = FetchedPage(url=request.url, status=status, body=b"", fetched_at=utcnow())
        if failure.check(HttpError):
            attach_capture(page, failure.value.response.meta.get(CAPTURE_HOPS))
        yield PageItem(page=page, kind=kind, error=self._describe(failure))

    def _describe(self, failure) -> str:
        """What went wrong, as one plain line: the status or the exception, the attempts, the redirects."""
        request, exc = failure.request, failure.value
        if failure.check(HttpError):
            text = f"HTTP {exc.response.status}"
        else:
            maxsize = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            message = str(exc) or _SILENT_FAILURES.get(type(exc).__name__, "").format(maxsize=maxsize)
            text = message if failure.check(IgnoreRequest) else f"{type(exc).__name__}: {message}".rstrip(": ")
        attempts = request.meta.get("retry_times", 0) + 1
        if attempts > 1:
            text += f" (after {attempts} attempts)"
        redirected = request.meta.get("redirect_urls")
        if redirected and redirected[0] not in text:
            text += f" (redirected from {redirected[0]})"
        return _one_line(text)

    def _links_of(self, url: str, article) -> dict:
        """The links a page leads to, by role; stored so a later 304 can still be followed."""
        follow = self.settings.getbool("ARCHIVE_FOLLOW_LINKS")
        return self.links.page_links(url, related=[item.url for item in article.related], next_page=article.next_page,
                                     feeds=article.feeds, links=article.page_links if follow else ())

    # -- the link policy -----------------------------------------------------------------------

    def _settle(self, request, article: tuple = ()) -> list:
        """Tell the link policy a fetch came back (``article``: its keys when it was an article);
        requests for the links it had parked and may follow now."""
        if request.meta.get(ROLE) == lp.ROBOTS:
            return []
        link = requested_link(request)
        released = self.links.settle(link.url, link.source, article)
        if released:
            self.crawler.stats.inc_value("archive/novelty_released", len(released))
        return self._requests_for(released)

    def _settle_unmodified(self, response) -> list:
        """A 304 or a page skipped: a new article for this crawl when the archive holds it as one."""
        link = requested_link(response.request)
        return self._settle(response.request, lp.article_keys(link.url) if response.meta.get(ARTICLE_FLAG) else ())

    def _follow_links(self, links: dict, hops: int, source: str):
        """Requests for a page's links. Sitemap and feed entries are as close to the start as
        the document listing them; any other link is one hop further. Only the site's generic
        links count against the novelty budget: sitemaps, feeds and Read Also blocks are what
        the site itself says is content."""
        roles = ((lp.SITEMAPS, hops), (lp.LISTED, hops), (lp.RELATED, hops + 1), (lp.FEEDS, hops + 1),
                 (lp.PAGES, hops + 1))
        handled = self._handled
        candidates = []
        for role, link_hops in roles:
            if 0 <= self._max_depth < link_hops:
                continue
            # Most of a page's links were met on earlier pages (menus, footers; every stored link of
            # a 304 on a re-crawl): dropped here in one pass, _candidate would only return for them.
            for url in [u for u in links.get(role, ()) if u not in handled]:
                try:
                    link = self._candidate(url, role, link_hops, source)
                except ValueError as exc:  # one unreadable address must not cost the page's other links
                    self.crawler.stats.inc_value("archive/bad_link")
                    self.logger.debug("not following %r: %s", url, exc)
                    continue
                if link is not None:
                    candidates.append((url, link))
        yield from self._requests_for([link for _, link in candidates], spellings=[url for url, _ in candidates])

    def _candidate(self, url: str, role: str, hops: int, source: str) -> lp.Link | None:
        """A link worth asking the policy about: a web page on the site, not requested yet."""
        self._handled.add(url)
        if url in self._requested:
            return None  # requested under this very spelling (a 304's stored links are clean URLs): no cleaning
        if not self._maybe_on_site(url) or not is_http_url(url) or _has_ignored_extension(url):
            return None
        url = clean_url(url)
        if url in self._requested:
            return None  # the dupefilter would drop it too; checked here so budgets count pages, not links
        if not self._on_site(url):
            return None  # Scrapy's offsite filter would drop the request; no request is made for it
        return lp.Link(url, source, role, hops)

    def _requests_for(self, links: list, spellings: list | None = None) -> list:
        """Requests for the links the policy follows; the rest parked or refused, and counted."""
        requests, parked, stats = [], [], self.crawler.stats
        for n, (link, decision) in enumerate(zip(links, self.links.decide(links))):
            if decision.verdict == lp.FOLLOW:
                if link.url in self._requested and not link.queued:
                    continue  # a parked link met again and followed meanwhile
                self._requested.add(link.url)
                requests.append(self._request(link, decision.meta))
            elif decision.verdict == lp.PARK:
                parked.append((link, decision.reason))
                if spellings:
                    self._handled.discard(spellings[n])  # another page's link to it is asked about again
            else:
                stats.inc_value("archive/trap_refused" if decision.verdict == lp.TRAP else "archive/site_budget_refused")
                self.logger.debug("not following %s: %s", link.url, decision.reason)
        if parked:
            stats.inc_value("archive/novelty_parked", len(parked))
            self.links.park(parked)
        return requests

    def _request(self, link: lp.Link, meta: dict | None) -> scrapy.Request:
        priority = run.LINK_PRIORITY.get(link.role, run.PAGE_PRIORITY)
        return scrapy.Request(link.url, callback=self.parse, errback=self.on_error, priority=priority,
                              dont_filter=link.queued,
                              meta={"hops": link.hops, SOURCE: link.source, ROLE: link.role, **(meta or {})})

    def _maybe_on_site(self, url: str) -> bool:
        """False for a link plainly off the allowed domains before it is cleaned (citations to
        doi.org, shares to social sites: most of an article's links), which saves cleaning it.
        Hosts cleaning could still change (non-ASCII, a trailing dot) wait for _on_site."""
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return True  # clean_url says what is wrong with it
        return self._on_site(url) if host.isascii() and not host.endswith(".") else True

    def _on_site(self, url: str) -> bool:
        """Within allowed_domains as Scrapy's OffsiteMiddleware reads them (a domain and its subdomains)."""
        host = urlsplit(url).hostname or ""
        allowed = self._hosts.get(host)
        if allowed is None:
            domains = [d.lower() for d in self.allowed_domains if d]
            allowed = not domains or any(host == d or host.endswith("." + d) for d in domains)
            self._hosts[host] = allowed
        return allowed

    @staticmethod
    def _page(response) -> FetchedPage:
        headers = response.headers
        started = response.meta.get("download_latency")
        page = FetchedPage(
            url=response.url,
            status=response.status,
            body=response.body,
            content_type=(headers.get(b"Content-Type") or b"").decode("latin-1"),
            fetched_at=utcnow(),
            etag=(headers.get(b"ETag") or b"").decode("latin-1"),
            last_modified=(headers.get(b"Last-Modified") or b"").decode("latin-1"),
            elapsed_ms=int(started * 1000) if started is not None else None,
        )
        attach_capture(page, response.meta.get(CAPTURE_HOPS))
        return page
