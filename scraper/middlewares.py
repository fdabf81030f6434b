"""Downloader middlewares: incremental fetching, the link policy at download time, the SSRF guard,
robots.txt (RFC 9309), redirects, Crawl-delay, retries with backoff.

Incremental fetching: conditional GETs, and no second download of what is already archived.

For every request to a page the archive knows, this downloader middleware either
- answers it itself with a 304 carrying the page's stored links, when the page was archived
  by the interrupted run being resumed, or is an article seen within the refresh interval; or
- sends it with ``If-None-Match`` / ``If-Modified-Since`` from the last visit, so an unchanged
  page costs a 304 and no body.
On a 304 the spider follows the stored links, so discovery goes on without the body; a 304
whose stored links were all met already is recorded here (``settle_unmodified``) and goes no
further, which is most of an unchanged re-crawl.
"""
from __future__ import annotations

import itertools
import logging
import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater
from twisted.internet.threads import deferToThread

from archive.crawl import linkpolicy as lp
from archive.db import pages
from archive.crawl.netpolicy import refusal, resolve, trusted_origins
from archive.crawl.politeness import MAX_CRAWL_DELAY, LocalSlots, pause_for, politeness_key
from archive.db.schema import open_db
from archive.urls import clean_url
from scraper.capture import HOPS as CAPTURE_HOPS
from scraper.compat import RedirectHookMiddleware, RobotsTxtBase

logger = logging.getLogger(__name__)

SKIPPED_FLAG = "health-archive:skipped"
SLOT_META = "ha_slot"  # request.meta: the download slot (politeness key, holder) held for it
ARTICLE_FLAG = "ha_article"  # request.meta: the archive holds the page as an article (a 304 of it counts as one)
MAX_REDIRECTS_META = "ha_max_redirects"  # request.meta: fewer redirects than REDIRECT_MAX_TIMES for this one
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309 2.3.1.2: follow at least five redirects, to another host too
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 2.5: rules read from the first 500 KiB at least; the rest is ignored


def robots_crawl_delay(robotparser, user_agent: str) -> float | None:
    """A robots.txt Crawl-delay for ``user_agent``, capped at MAX_CRAWL_DELAY; None when absent or bogus."""
    delay = robotparser.crawl_delay(user_agent)
    if delay is not None and math.isfinite(delay) and delay > 0:
        return min(delay, MAX_CRAWL_DELAY)
    return None


class Refused(IgnoreRequest):
    """A request this crawl decided not to make (scope, SSRF guard): recorded as blocked, not as an error."""


class Settled(IgnoreRequest):
    """A 304 the spider recorded from the middleware (nothing left to follow): the request ends here."""


class Parked(IgnoreRequest):
    """A queued link whose URL pattern or source ran dry before its turn: kept aside, not fetched."""


class LinkPolicyMiddleware:
    """The link policy once more when a queued link's turn comes: a trap page queued before its
    pattern ran dry is parked instead of fetched, so a trap costs about the novelty budget, not
    the budget times the links each of its pages had queued."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        meta = request.meta
        if meta.get(lp.ROLE_META) not in lp.BUDGETED or "redirect_urls" in meta or meta.get("retry_times"):
            return None
        policy = self.crawler.spider.links
        link = lp.Link(request.url, meta.get(lp.SOURCE_META) or "", meta[lp.ROLE_META], meta.get("hops", 0), True)
        key = policy.admit_fetch(link)
        if key is None:
            return None
        policy.park([(link, key)])
        self.crawler.stats.inc_value("archive/novelty_dropped")
        raise Parked(f"{key} ran dry")


def _sleep(seconds: float):
    from twisted.internet import reactor  # the installed one; importing it at module level would install one

    return maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class IncrementalMiddleware:
    """Conditional GETs and skips from what the archive knows of a page (``known``): the SQLite
    archive, or for a spider with ``validators`` (a distributed worker, which has no archive) what
    the run's seeder published."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB")
        self.refresh = crawler.settings.getfloat("ARCHIVE_REFRESH_INTERVAL")
        self.enabled = crawler.settings.getbool("ARCHIVE_CONDITIONAL_GET")
        self.db = None
        self.chain: set[int] = set()

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def _open(self):
        if self.db is None:
            self.db = open_db(self.db_path, migrate=False)
            self.chain = set(self.crawler.stats.get_value("archive/resume_chain") or [])
        return self.db

    def known(self, url: str) -> dict | None:
        """etag, last_modified, skip (pages.skip_reason), article (a bool), links_gz; None if unknown.
        One indexed lookup; links stay compressed until a 304 needs them."""
        published = getattr(self.crawler.spider, "validators", None)
        if published is not None:
            return published.known(url)
        row = pages.lookup(self._open(), url, last_seen=self.refresh > 0)
        return pages.known_state(*row, self.chain, self.refresh) if row is not None else None

    def stored_links(self, url: str) -> dict:
        """The links of a page met under another URL than the one asked for (a redirect)."""
        state = self.known(url)
        return pages.decode_links(state["links_gz"]) if state else {}

    def process_request(self, request):
        if not self.enabled or request.meta.get("dont_condition") or request.url.endswith("/robots.txt"):
            return None
        state = self.known(request.url)
        if state is None:
            return None
        request.meta["ha_page"] = (request.url, state["links_gz"])
        request.meta[ARTICLE_FLAG] = state["article"]
        request.meta["handle_httpstatus_list"] = [*request.meta.get("handle_httpstatus_list", []), 304]
        if state["skip"]:
            self.crawler.stats.inc_value(f"archive/skipped_{state['skip']}")
            return Response(request.url, status=304, request=request, flags=[SKIPPED_FLAG, state["skip"]])
        if state["etag"]:
            request.headers.setdefault(b"If-None-Match", state["etag"].encode("latin-1"))
        if state["last_modified"]:
            request.headers.setdefault(b"If-Modified-Since", state["last_modified"].encode("latin-1"))
        return None

    def process_response(self, request, response):
        known = request.meta.get("ha_page")
        if response.status == 304 and known:
            same = known[0] == request.url
            request.meta["stored_links"] = pages.decode_links(known[1]) if same else self.stored_links(request.url)
            spider = self.crawler.spider
            settle = getattr(spider, "settle_unmodified", None)
            if response.request is None:
                response.request = request  # as the engine would set it, so response.meta works
            if settle is not None and settle(response):
                # What the engine does for a response, then the documented way out of the chain:
                # IgnoreRequest with no errback is dropped silently (the errback would run the
                # spider's output machinery for nothing).
                self.crawler.signals.send_catch_log(signals.response_received, response=response,
                                                   request=request, spider=spider)
                request.errback = None
                self.crawler.stats.inc_value("archive/settled_304")
                raise Settled(request.url)
        return response

    def spider_closed(self, spider):
        if self.db is not None:
            self.db.close()
            self.db = None


class ScopeGuardMiddleware:
    """SSRF guard: refuse requests (links, redirects, sitemap entries) that resolve to loopback,
    private, link-local or metadata addresses, except the start URLs' own host and port."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("ARCHIVE_ALLOW_PRIVATE")
        self.cache: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        if self.allow_private:
            return None
        host = urlsplit(request.url).hostname or ""
        addresses = self.cache.get(host)
        if addresses is None:
            addresses = await maybe_deferred_to_future(deferToThread(resolve, host))
            self.cache[host] = addresses
        trusted = trusted_origins(self.crawler.spider.start_urls)
        reason = refusal(request.url, addresses, trusted, self.allow_private)
        if reason:
            self.crawler.stats.inc_value("archive/refused_private")
            raise Refused(reason)
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, 429, timeouts), spaced out exponentially so a struggling server
    gets room: 1 s, 2 s, 4 s... (RETRY_BACKOFF_BASE, capped by RETRY_BACKOFF_MAX)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")

    def process_response(self, request, response):
        return self._spaced(super().process_response(request, response))

    def process_exception(self, request, exception):
        return self._spaced(super().process_exception(request, exception))

    def _spaced(self, outcome):
        """A retry (the Request Scrapy's middleware returns) gets its backoff delay."""
        if isinstance(outcome, Request) and self.base > 0:
            outcome.meta["retry_backoff"] = min(self.cap, self.base * 2 ** (outcome.meta.get("retry_times", 1) - 1))
        return outcome

    async def process_request(self, request):
        delay = request.meta.pop("retry_backoff", 0)
        if delay:
            await _sleep(delay)
        return None


def robots_answered(status: int) -> bool:
    """Whether a robots.txt response is the site's answer (RFC 9309 2.3.1): a 2xx gives the rules,
    any other status below 500 (429 aside) says there are none. 5xx and 429 say it cannot answer now."""
    return status < 500 and status != 429


def robots_answer(response: Response) -> dict:
    """What the rules of a robots.txt response are read from (the body cut at ROBOTS_MAX_BYTES, on a
    line end), as a worker shares it with the others: url, status, content_type, body."""
    body = response.body if 200 <= response.status < 300 else b""
    if len(body) > ROBOTS_MAX_BYTES:
        body = body[:body.rfind(b"\n", 0, ROBOTS_MAX_BYTES) + 1]
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    return {"url": response.url, "status": response.status, "content_type": content_type, "body": body,
            "capture": response.meta.get(CAPTURE_HOPS) or []}  # the download as it happened (scraper.capture)


def _why(outcome) -> str:
    """A robots.txt fetch that failed, in a few words: the status or the exception."""
    if isinstance(outcome, Response):
        return f"HTTP {outcome.status}"
    text = " ".join(str(outcome).split())
    if isinstance(outcome, IgnoreRequest) and text:
        return text[:200]  # a decision (the address guard, the redirect limit) says what it is
    return f"{type(outcome).__name__}: {text}"[:200].rstrip(": ")


@dataclass
class SiteRules:
    """What a site's robots.txt came to in this crawl: a parser, or nothing may be fetched (``reason``)."""
    parser: Any = None                   # Scrapy's robots parser; None: the site did not answer
    answer: dict | None = None           # robots_answer() of the response the rules come from
    failure: Response | Exception | None = None  # the last failed fetch, when none answered
    reason: str = ""


class RobotsMiddleware(RobotsTxtBase):
    """Scrapy's robots.txt middleware (its ROBOTSTXT_* settings, Protego parser and "Forbidden by
    robots.txt" refusal) reading robots.txt as RFC 9309 says:

    - redirects are followed, at most five, also to another host; the rules found apply to the host
      asked for;
    - a 2xx gives the rules; any other answer below 500 (429 aside) means no rules: all allowed;
    - a 5xx, a 429, or no answer (timeout, refused connection, refused redirect) means nothing is
      fetched from the site: its requests wait while robots.txt is asked again with backoff
      (ARCHIVE_ROBOTS_ATTEMPTS in all), and are refused if it never answers;
    - each site's rules are read once per crawl, and every request to the site waits for them.
      A spider with ``robots_answers`` (a distributed worker) shares the answer: the first worker
      to get one gives it to the others, which take it instead of fetching.

    The spider's own request for robots.txt (its Sitemap: lines, its row in ``fetches``) gets the
    response the rules came from: robots.txt is fetched once per site."""

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.attempts = max(1, settings.getint("ARCHIVE_ROBOTS_ATTEMPTS"))
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")
        self.parser_class = load_object(settings.get("ROBOTSTXT_PARSER"))
        self.sites: dict[str, SiteRules | list[Deferred]] = {}  # netloc -> its rules, or who waits for them

    async def process_request(self, request):
        meta = request.meta
        if meta.get("dont_obey_robotstxt") or urlparse_cached(request).scheme not in ("http", "https"):
            return None
        rules = await self.rules_for(request)
        if meta.get(lp.ROLE_META) == lp.ROBOTS:
            return self._replay(rules, request)
        if rules.parser is None:
            self.crawler.stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(f"Forbidden by robots.txt ({rules.reason})")
        self.check_allowed(rules.parser, request)
        return None

    async def rules_for(self, request) -> SiteRules:
        """The rules of the request's site: read once, every request waiting until they are."""
        netloc = urlparse_cached(request).netloc
        known = self.sites.get(netloc)
        if isinstance(known, SiteRules):
            if known.parser is None:  # another worker may have had an answer since
                answer = self._shared(netloc)
                if answer is not None:
                    known = self.sites[netloc] = self._rules(answer, request)
            return known
        if known is not None:
            waiter: Deferred = Deferred()  # one each: a Deferred awaited twice gives the second None
            known.append(waiter)
            return await maybe_deferred_to_future(waiter)
        self.sites[netloc] = waiting = []
        rules = SiteRules(reason="robots.txt not read: the crawl stopped")
        try:
            rules = await self._read(netloc, request)
        finally:
            self.sites[netloc] = rules
            for waiter in waiting:
                waiter.callback(rules)
        return rules

    async def _read(self, netloc: str, request) -> SiteRules:
        """Ask for robots.txt until the site (or another worker) answers, ARCHIVE_ROBOTS_ATTEMPTS times."""
        url = f"{urlparse_cached(request).scheme}://{netloc}/robots.txt"
        outcome = None
        for attempt in range(1, self.attempts + 1):
            answer = self._shared(netloc)
            if answer is None:
                outcome = await self._fetch(url)
                if isinstance(outcome, Response) and robots_answered(outcome.status):
                    answer = self._share(netloc, robots_answer(outcome))
            if answer is not None:
                if attempt > 1:
                    logger.info("robots.txt of %s answered (attempt %d): its rules apply", netloc, attempt)
                return self._rules(answer, request)
            if attempt < self.attempts:
                wait = min(self.cap, self.base * 2 ** (attempt - 1))
                if attempt == 1:
                    logger.warning("robots.txt of %s did not answer (%s): nothing is fetched from %s until it "
                                   "does; asking again with backoff", netloc, _why(outcome), netloc)
                await _sleep(wait)
        logger.warning("robots.txt of %s did not answer in %d attempts (%s): nothing is fetched from %s in this "
                       "crawl", netloc, self.attempts, _why(outcome), netloc)
        return SiteRules(failure=outcome, reason=f"robots.txt did not answer: {_why(outcome)}, {self.attempts} "
                                                 f"attempts")

    async def _fetch(self, url: str) -> Response | Exception:
        """One robots.txt download, retried here rather than by the retry middleware."""
        request = Request(url, priority=self.DOWNLOAD_PRIORITY, callback=NO_CALLBACK, meta={
            "dont_obey_robotstxt": True, "dont_retry": True, "dont_condition": True, "allow_offsite": True,
            MAX_REDIRECTS_META: ROBOTS_MAX_REDIRECTS})
        self.crawler.stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # no answer, whatever the reason: the site stays closed, asked again
            return exc
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        return response

    def _rules(self, answer: dict, request) -> SiteRules:
        parser = build_from_crawler(self.parser_class, self.crawler, answer["body"])
        self.crawler.signals.send_catch_log(signal=signals.robots_parsed, robotparser=parser, request=request)
        return SiteRules(parser=parser, answer=answer)

    def _shared(self, netloc: str) -> dict | None:
        shared = getattr(self.crawler.spider, "robots_answers", None)
        return shared.robots_answer(netloc) if shared is not None else None

    def _share(self, netloc: str, answer: dict) -> dict:
        shared = getattr(self.crawler.spider, "robots_answers", None)
        return shared.share_robots_answer(netloc, answer) if shared is not None else answer

    def _replay(self, rules: SiteRules, request):
        """The response the site's rules came from, or its last failure, for the spider's request."""
        request.meta.update(dont_retry=True, dont_redirect=True)
        if rules.answer is not None:
            answer = rules.answer
            request.meta[CAPTURE_HOPS] = answer.get("capture") or []
            headers = Headers({"Content-Type": answer["content_type"]} if answer["content_type"] else {})
            cls = responsetypes.from_args(headers=headers, url=answer["url"], body=answer["body"])
            return cls(url=answer["url"], status=answer["status"], headers=headers, body=answer["body"],
                       request=request)
        request.meta["retry_times"] = self.attempts - 1  # the attempts made, as the spider reports them
        if isinstance(rules.failure, Response):
            return Response(rules.failure.url, status=rules.failure.status, request=request)
        raise rules.failure or IgnoreRequest(rules.reason)


class RedirectGuardMiddleware(RedirectHookMiddleware):
    """Scrapy's redirects, with the dead ends it would drop without a trace turned into recorded
    failures: a loop (the duplicate filter would swallow the second visit), too many hops, and a
    redirect leaving the crawl's domains (the offsite filter would swallow it). A request allowed
    off the crawl's domains (``allow_offsite``: robots.txt) may be redirected off them too; one
    may carry its own, lower, redirect limit (MAX_REDIRECTS_META)."""

    def check_redirect(self, redirected, request, reason):
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if clean_url(redirected.url) in {clean_url(url) for url in chain}:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*chain, redirected.url])}")
        limit = min(self.max_redirect_times, request.meta.get(MAX_REDIRECTS_META, self.max_redirect_times))
        if request.meta.get("redirect_times", 0) >= limit:
            raise IgnoreRequest(f"more than {limit} redirects")
        host = (urlsplit(redirected.url).hostname or "").lower()
        domains = [d.lower() for d in getattr(self.crawler.spider, "allowed_domains", None) or []]
        if request.meta.get("allow_offsite"):
            domains = []
        if domains and not any(host == d or host.endswith("." + d) for d in domains):
            raise Refused(f"Filtered offsite request to {host!r}: redirect from {request.url} to {redirected.url}")


class PolitenessMiddleware:
    """Per-site politeness (archive.crawl.politeness): a download slot is taken right before the download
    (after retries' backoff and redirects) and released when it ends. Downloads from a site start
    at least ARCHIVE_SITE_DELAY apart, or its robots.txt Crawl-delay when longer (capped at a
    minute; Scrapy reads robots.txt but leaves the delay to us). In one process the slots are
    ``LocalSlots`` and Scrapy's DOWNLOAD_DELAY, AutoThrottle and CONCURRENT_REQUESTS_PER_DOMAIN do
    the rest; a spider with ``download_slots`` (a distributed worker's, in Redis) shares them, and
    the concurrency and delay then hold across all workers together."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}  # politeness key -> robots.txt Crawl-delay, seconds
        self.delay = settings.getfloat("ARCHIVE_SITE_DELAY")
        self.concurrency = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.lease = settings.getfloat("DOWNLOAD_TIMEOUT") + 5  # a dead worker's slot expires after it
        self.holders = itertools.count()
        self.local = LocalSlots()

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler)
        crawler.signals.connect(mw.robots_parsed, signal=signals.robots_parsed)
        return mw

    def robots_parsed(self, robotparser, request):
        delay = robots_crawl_delay(robotparser, self.user_agent)
        if delay:
            self.delays[politeness_key(request.url)] = delay

    def _slots(self):
        return getattr(self.crawler.spider, "download_slots", None) or self.local

    async def process_request(self, request):
        host = politeness_key(request.url)
        pause = pause_for(self.delay, self.delays.get(host, 0.0), not request.meta.get("dont_obey_robotstxt"))
        holder = f"{getattr(self.crawler.spider, 'worker', '')}:{next(self.holders)}"
        slots = self._slots()
        while (wait := slots.acquire(host, holder, self.concurrency, pause, self.lease)) > 0:
            self.crawler.stats.inc_value("archive/politeness_waits")
            await _sleep(wait / 1000)
        request.meta[SLOT_META] = (host, holder)
        return None

    def _release(self, request) -> None:
        slot = request.meta.pop(SLOT_META, None)
        if slot:
            self._slots().release(*slot)

    def process_response(self, request, response):
        self._release(request)
        return response

    def process_exception(self, request, exception):
        self._release(request)
        return None
