"""A crawl worker on the shared Redis frontier: scrapy-redis' scheduler, queue and dupefilter made
reliable (leases, heartbeats); politeness slots, validators, robots.txt answers and items through Redis.

    scrapy crawl articles-worker -s SPIDER_MODULES=scraper.spiders,scraper.distributed \\
        -s REDIS_URL=redis://host:6379/0 -a start_urls=... -a allow_domains=...

``health-archive worker`` builds that command from the run it finds in Redis. The worker is
the ``articles`` spider with the same scope, seeds, link policy, robots and extraction, and the same
middlewares; what changes is where requests come from, where state is kept and where pages go
(``archive.distributed.frontier`` holds the keys and scripts):

- ``LeasedScheduler`` pops a request by moving it into this worker's lease hash, and pushes new
  requests through the shared dupefilter in the same script; a retry or redirect of a leased
  request releases the old lease as it is pushed. On a clean close its leases go back.
- ``WorkerSpider`` yields a response's new requests before its item, so by the time the item
  releases the lease, the page's links are in the queue.
- ``RedisItemPipeline`` puts the item (JSON, raw body base64) into the items stream in the same
  script that releases the lease.
- ``RedisSlots`` keeps PolitenessMiddleware's per-site download slots in Redis:
  CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY hold across all workers.
- ``RedisValidatorsMiddleware`` is the IncrementalMiddleware reading what the seeder published.
"""
from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Optional

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request
from scrapy.utils.asyncgen import as_async_generator
from scrapy.utils.request import request_from_dict
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from archive.distributed import frontier as fr
from archive.distributed.coordinator import redacted_url
from scraper.compat import set_idle_heartbeat
from scraper.items import PageItem
from scraper.middlewares import IncrementalMiddleware, _sleep
from scraper.spiders.articles import ArticlesSpider, link_policy

logger = logging.getLogger(__name__)

LEASE = "ha_lease"   # request.meta key: the lease this worker holds on the request
BUDGETS = fr.BUDGETS_META  # request.meta key: the run's page budgets this link counts against

WORKER_SETTINGS = {
    "SCHEDULER": "scraper.distributed.LeasedScheduler",
    "DUPEFILTER_CLASS": "scraper.distributed.BucketDupeFilter",
    "CLOSESPIDER_PAGECOUNT": 0,   # the page limit is global: the pop script enforces it
}


def _unless_away(fn, *args, default=None):
    """``fn(*args)``, or ``default`` while Redis does not answer (what it stood for is only dearer without it)."""
    try:
        return fn(*args)
    except fr.connection_errors():
        return default


@dataclass
class WorkerItem:
    """A page's item (or none: a callback that produced no page) and the lease it releases."""
    item: Optional[PageItem]
    lease: str = ""


class BoundedSet(set):
    """The spider's own seen-URL cache, capped: the shared dupefilter is the authority."""

    def __init__(self, cap: int, *args):
        super().__init__(*args)
        self.cap = cap

    def add(self, value) -> None:
        if len(self) >= self.cap:
            self.clear()
        super().add(value)


class RedisTemplates:
    """Site -> SiteTemplate as the writer last published it, each read again after REFRESH
    seconds: the mapping the spider extracts with (``site_templates.get(site)``)."""

    REFRESH = 15.0

    def __init__(self, frontier: fr.Frontier):
        self.frontier = frontier
        self.cache: dict = {}      # site -> (read at, template or None)

    def get(self, site: str, default=None):
        now = time.monotonic()
        read_at, template = self.cache.get(site, (None, None))
        if read_at is None or now - read_at > self.REFRESH:
            # Redis away: the last template read still serves
            template = _unless_away(self.frontier.template, site, default=template)
            self.cache[site] = (now, template)
        return template if template is not None else default


class SharedRobots:
    """robots.txt answers shared by the run's workers through Redis (RobotsMiddleware's
    ``robots_answers``): the first to get one gives it to the others, so every worker holds the same
    rules before its first request to a site. Redis away: each worker reads robots.txt itself."""

    def __init__(self, frontier: fr.Frontier):
        self.frontier = frontier

    def get(self, netloc: str):
        return _unless_away(self.frontier.robots_answer, netloc)

    def share(self, netloc: str, answer: dict) -> dict:
        return _unless_away(self.frontier.share_robots_answer, netloc, answer, default=answer)


def _requests_first(name: str):
    """The articles spider's callback ``name``, its output settled (``WorkerSpider._settled``)."""

    async def callback(self, response_or_failure):
        output = getattr(super(WorkerSpider, self), name)(response_or_failure)
        async for out in self._settled(output, response_or_failure.request):
            yield out

    callback.__name__ = callback.__qualname__ = name
    return callback


class WorkerSpider(ArticlesSpider):
    """The articles spider fed from the shared frontier; the seeder made the start requests."""

    name = "articles-worker"

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        settings.setdict(WORKER_SETTINGS, priority="spider")
        # The delay between downloads from a site is global (PolitenessMiddleware's slots, in
        # Redis: RedisSlots); a local delay or AutoThrottle after that would shift downloads off
        # their slots, so workers download as soon as they hold one. Above command-line priority:
        # the DOWNLOAD_DELAY given to the crawl is the global one.
        settings.set("ARCHIVE_SITE_DELAY", settings.getfloat("DOWNLOAD_DELAY"), priority=45)
        settings.set("DOWNLOAD_DELAY", 0, priority=45)
        settings.set("AUTOTHROTTLE_ENABLED", False, priority=45)
        downloader = settings.getdict("DOWNLOADER_MIDDLEWARES")
        downloader.update({"scraper.middlewares.IncrementalMiddleware": None,
                           "scraper.distributed.RedisValidatorsMiddleware": 50})
        settings.set("DOWNLOADER_MIDDLEWARES", downloader, priority="spider")
        settings.set("ITEM_PIPELINES", {"scraper.distributed.RedisItemPipeline": 300}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.frontier = fr.Frontier.from_url(settings.get("REDIS_URL"), settings.get("REDIS_KEY_PREFIX"))
        spider.worker = settings.get("ARCHIVE_WORKER_ID") or f"{socket.gethostname()}:{os.getpid()}"
        run = fr.with_retry(spider.frontier.run, what="reading the run", say=logger.warning)
        spider.run_id = settings.get("ARCHIVE_RUN_ID") or run.get("id", "")
        spider.buckets = int(run.get("seen_buckets") or 1024)
        spider.page_limit = int(run.get("max_pages") or 0)
        spider.pending: list[tuple] = []  # requests to push once Redis answers again
        spider._requested = BoundedSet(settings.getint("ARCHIVE_WORKER_SEEN_CACHE"))
        # The same link policy, its counts in Redis: every worker sees what the others' fetches yielded.
        spider.links = link_policy(settings, fr.RedisCounter(spider.frontier))
        # The site templates the writer learns, read from Redis (workers have no archive).
        spider.site_templates = RedisTemplates(spider.frontier)
        spider.robots_answers = SharedRobots(spider.frontier)
        spider.download_slots = RedisSlots(spider.frontier)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_opened, signal=signals.spider_opened)
        return spider

    def on_opened(self, spider):
        # The engine looks for new requests every 5 s when idle; a worker waiting on a shared
        # queue should look more often.
        set_idle_heartbeat(self.crawler.engine, 0.5)
        self.logger.info("worker %s on run %s (%s)", self.worker, self.run_id, redacted_url(self.settings.get("REDIS_URL")))

    def on_idle(self, spider):
        """Stay open while the run goes on: other workers may still add requests."""
        run = _unless_away(self.frontier.run)  # None: Redis away, and the run goes on for all we know
        if run is None or run.get("id") == self.run_id and run.get("state") != "done":
            raise DontCloseSpider
        self.logger.info("run %s is over: worker %s stops", self.run_id, self.worker)

    async def start(self):
        return  # the seeder pushed the start URLs, robots.txt and due articles
        yield  # pragma: no cover - makes this an async generator

    def flush_pending(self) -> None:
        while self.pending:
            args, kwargs = self.pending[0]
            self.frontier.add(*args, **kwargs)
            self.pending.pop(0)

    # -- callbacks: requests first, then the item that releases the lease ------------------

    parse = _requests_first("parse")
    parse_robots = _requests_first("parse_robots")
    on_error = _requests_first("on_error")
    parse_requisite = _requests_first("parse_requisite")
    on_requisite_error = _requests_first("on_requisite_error")

    async def _settled(self, output, request):
        items = []
        async for out in as_async_generator(output):
            if isinstance(out, Request):
                yield out
            else:
                items.append(out)
        lease = request.meta.get(LEASE, "")
        for n, item in enumerate(items, 1):
            yield WorkerItem(item, lease if n == len(items) else "")
        if not items:
            yield WorkerItem(None, lease)


# -- scheduler, queue, dupefilter (scrapy-redis, made reliable) ------------------------------------


class BucketDupeFilter(RFPDupeFilter):
    """scrapy-redis' fingerprints, kept as 64-bit integers in intset buckets (Frontier.see)."""

    def __init__(self, server, key, debug=False, frontier=None, buckets=1024):
        super().__init__(server, key, debug)
        self.frontier = frontier
        self.buckets = buckets

    @classmethod
    def from_spider(cls, spider):
        return cls(spider.frontier.client, spider.frontier.key("seen"), spider.settings.getbool("DUPEFILTER_DEBUG"),
                   spider.frontier, spider.buckets)

    def request_seen(self, request):
        return self.frontier.see(self.request_fingerprint(request), self.buckets)

    def clear(self):
        pass  # the run's owner clears the frontier; a worker closing must not


class LeasedQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop leases the request to this worker."""

    def pop(self, timeout=0):
        spider = self.spider
        got = spider.frontier.pop(spider.worker, spider.page_limit)
        if got is None:
            return None
        lease, data = got
        request = request_from_dict(data, spider=spider)
        request.meta[LEASE] = lease
        return request


class LeasedScheduler(Scheduler):
    """scrapy-redis' scheduler over the shared frontier, with leases, heartbeats and outage handling."""

    @classmethod
    def from_crawler(cls, crawler):
        spider = crawler.spider
        scheduler = cls(server=spider.frontier.client, persist=True, queue_key=spider.frontier.key("requests"),
                        serializer=fr)  # JSON (archive.distributed.frontier's loads and dumps), never pickle
        scheduler.stats = crawler.stats
        scheduler.outage = fr.Outage("scheduler", logger.warning)
        scheduler.beat = None
        return scheduler

    def open(self, spider):
        self.spider = spider
        self.queue = LeasedQueue(server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer)
        self.df = BucketDupeFilter.from_spider(spider)
        self.beats = 0
        self.timeout = spider.settings.getint("REDIS_WORKER_TIMEOUT")
        self.beat = task.LoopingCall(self.heartbeat)
        self.beat.start(self.timeout / 3, now=True)

    def heartbeat(self):
        spider = self.spider
        try:
            if not spider.frontier.heartbeat(spider.worker, self.timeout) and self.beats:
                logger.warning("worker %s had been taken for dead: its leased pages were requeued", spider.worker)
            self.beats += 1
            spider.frontier.reap(logger.warning)
            self.outage.ok()
        except fr.connection_errors() as exc:
            self.outage.failed(exc)

    def close(self, reason):
        if self.beat and self.beat.running:
            self.beat.stop()
        spider = self.spider
        try:
            spider.flush_pending()
            n = spider.frontier.requeue(spider.worker)
            if n:
                logger.info("worker %s closing: %d leased pages back in the queue", spider.worker, n)
        except fr.connection_errors() as exc:
            logger.warning("Redis unreachable while closing (%s): leases come back when the heartbeat expires", exc)

    def enqueue_request(self, request):
        spider = self.spider
        lease = request.meta.pop(LEASE, "")
        budgets = request.meta.pop(BUDGETS, ())  # counted on this first push only, not on a retry
        data = request.to_dict(spider=spider)
        args = (data, self.df.request_fingerprint(request), spider.buckets)
        kwargs = {"dont_filter": request.dont_filter, "lease": lease, "worker": spider.worker,
                  "budgets": [tuple(b) for b in budgets]}
        try:
            spider.flush_pending()
            added = spider.frontier.add(*args, **kwargs)
            self.outage.ok()
        except fr.connection_errors() as exc:
            self.outage.failed(exc)
            spider.pending.append((args, kwargs))
            return True
        if added == fr.OVER_BUDGET:
            self.stats.inc_value("archive/budget_refused")
            return False
        if not added:
            self.df.log(request, spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        try:
            self.spider.flush_pending()
            request = self.queue.pop()
            self.outage.ok()
        except fr.connection_errors() as exc:
            self.outage.failed(exc)
            return None
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self):
        return _unless_away(len, self, default=0) > 0 or bool(self.spider.pending)


# -- the item exporter --------------------------------------------------------------------------------


class RedisItemPipeline:
    """Push each page's item to the writer's stream, releasing the page's lease in the same step."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.outage = fr.Outage("items", logger.warning)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_item(self, item):
        if not isinstance(item, WorkerItem):
            return item
        spider = self.crawler.spider
        payload = fr.dumps({**item.item.to_dict(), "worker": spider.worker}) if item.item is not None else None
        failures = 0
        while True:
            try:
                spider.flush_pending()
                if payload is not None:
                    if not spider.frontier.push_item(spider.worker, item.lease, payload):
                        self.crawler.stats.inc_value("archive/lease_lost")
                        logger.warning("%s: lease lost (worker taken for dead); another worker refetches it",
                                       item.item.page.url)
                elif item.lease:
                    spider.frontier.ack(spider.worker, item.lease)
                self.outage.ok()
                break
            except fr.connection_errors() as exc:
                self.outage.failed(exc)
                failures += 1
                await _sleep(fr.backoff().compute(failures))
        if item.item is not None:
            self.crawler.stats.inc_value(f"archive/pushed_{item.item.kind}")
        return item


# -- downloader middlewares ------------------------------------------------------------------------------


class RedisValidatorsMiddleware(IncrementalMiddleware):
    """Conditional GETs and skips from what the seeder published in Redis (workers have no archive)."""

    def known(self, url: str):
        return _unless_away(self.crawler.spider.frontier.validators, url)  # away: an unconditional GET


class RedisSlots:
    """Download slots in Redis (``Frontier.acquire_slot``): PolitenessMiddleware's store in a worker,
    so CONCURRENT_REQUESTS_PER_DOMAIN and the delay hold across all workers. A dead worker's slots
    expire after their lease; while Redis is away, a download waits with backoff."""

    def __init__(self, frontier: fr.Frontier):
        self.frontier = frontier
        self.outage = fr.Outage("politeness", logger.warning)
        self.failures = 0

    def acquire(self, host, holder, concurrency, delay, lease) -> int:
        try:
            wait = self.frontier.acquire_slot(host, holder, concurrency, delay, lease)
        except fr.connection_errors() as exc:
            self.outage.failed(exc)
            self.failures += 1
            return int(fr.backoff().compute(self.failures) * 1000)
        self.outage.ok()
        self.failures = 0
        return wait

    def release(self, host, holder) -> None:
        _unless_away(self.frontier.release_slot, host, holder)  # away: the slot expires after its lease
