"""A crawl worker on the shared Redis frontier (``archive.distributed.frontier`` holds the keys and scripts).

    scrapy crawl articles-worker -s SPIDER_MODULES=scraper.spiders,scraper.distributed \\
        -s REDIS_URL=redis://host:6379/0 -a start_urls=... -a allow_domains=...

``health-archive worker`` builds that command from the run it finds in Redis. The worker is the
``articles`` spider with its scope, link policy, robots, extraction and middlewares; only where
requests come from, where state is kept and where pages go change. A request is popped into this
worker's leases and pushed through the shared dupefilter (``LeasedScheduler``); a response's new
requests are queued before its item, and the item releases the lease as it enters the writer's
stream (``RedisItemPipeline``), so a page is always queued, leased or written.
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
from scraper.middlewares import _sleep
from scraper.spiders.articles import ArticlesSpider, link_policy

logger = logging.getLogger(__name__)

LEASE = "ha_lease"   # request.meta key: the lease this worker holds on the request
BUDGETS = fr.BUDGETS_META  # request.meta key: the run's page budgets this link counts against

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


class SharedState:
    """The run's state the core's hooks read, from the frontier: the spider's ``site_templates``
    (as the writer last published them, each read again after TEMPLATE_REFRESH s), RobotsMiddleware's
    ``robots_answers``, PolitenessMiddleware's ``download_slots`` (so CONCURRENT_REQUESTS_PER_DOMAIN
    and the delay hold across all workers) and IncrementalMiddleware's ``validators`` (what the
    seeder published). While Redis is away each stands for what one process would do: the last
    template, robots.txt read by this worker, an unconditional GET, a download waiting with backoff
    (a slot not released expires)."""

    TEMPLATE_REFRESH = 15.0

    def __init__(self, frontier: fr.Frontier):
        self.frontier = frontier
        self.outage = fr.Outage("shared state", logger.warning)
        self.templates: dict = {}      # site -> (read at, template or None)

    def get(self, site: str, default=None):
        now = time.monotonic()
        read_at, template = self.templates.get(site, (None, None))
        if read_at is None or now - read_at > self.TEMPLATE_REFRESH:
            template = self.outage.call(self.frontier.template, site, default=template)
            self.templates[site] = (now, template)
        return template if template is not None else default

    def robots_answer(self, netloc: str):
        return self.outage.call(self.frontier.robots_answer, netloc)

    def share_robots_answer(self, netloc: str, answer: dict) -> dict:
        return self.outage.call(self.frontier.share_robots_answer, netloc, answer, default=answer)

    def known(self, url: str):
        return self.outage.call(self.frontier.validators, url)

    def acquire(self, host, holder, concurrency, delay, lease) -> int:
        wait = self.outage.call(self.frontier.acquire_slot, host, holder, concurrency, delay, lease)
        return int(fr.backoff().compute(self.outage.failures) * 1000) if wait is None else wait

    def release(self, host, holder) -> None:
        self.outage.call(self.frontier.release_slot, host, holder)


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
    custom_settings = {
        "SCHEDULER": "scraper.distributed.LeasedScheduler",
        "ITEM_PIPELINES": {"scraper.distributed.RedisItemPipeline": 300},
        "CLOSESPIDER_PAGECOUNT": 0,   # the page limit is global: the pop script enforces it
    }

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # The delay between downloads from a site is global (PolitenessMiddleware's slots, in
        # Redis); a local delay or AutoThrottle after that would shift downloads off their slots,
        # so workers download as soon as they hold one. Above command-line priority: the
        # DOWNLOAD_DELAY given to the crawl is the global one.
        settings.set("ARCHIVE_SITE_DELAY", settings.getfloat("DOWNLOAD_DELAY"), priority=45)
        settings.set("DOWNLOAD_DELAY", 0, priority=45)
        settings.set("AUTOTHROTTLE_ENABLED", False, priority=45)

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
        spider.site_templates = spider.robots_answers = spider.download_slots = spider.validators = \
            SharedState(spider.frontier)
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
        try:
            run = self.frontier.run()
        except fr.connection_errors():
            raise DontCloseSpider from None  # Redis away: the run goes on for all we know
        if run.get("id") == self.run_id and run.get("state") != "done":
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


# -- scheduler and dupefilter (scrapy-redis', made reliable) -------------------------------------


class BucketDupeFilter(RFPDupeFilter):
    """scrapy-redis' fingerprints, kept as 64-bit integers in intset buckets (Frontier.see)."""

    def __init__(self, frontier: fr.Frontier, buckets: int, debug=False):
        super().__init__(frontier.client, frontier.key("seen"), debug)
        self.frontier, self.buckets = frontier, buckets

    def request_seen(self, request):
        return self.frontier.see(self.request_fingerprint(request), self.buckets)

    def clear(self):
        pass  # the run's owner clears the frontier; a worker closing must not


class LeasedScheduler(Scheduler):
    """scrapy-redis' scheduler over the shared frontier: a pop leases the request to this worker
    (Frontier.pop), a push goes through the shared dupefilter in the same script (Frontier.add);
    heartbeats keep the leases, and while Redis is away requests wait in ``spider.pending``."""

    @classmethod
    def from_crawler(cls, crawler):
        spider = crawler.spider
        frontier = spider.frontier
        scheduler = cls(server=frontier.client, persist=True, queue_key=frontier.key("requests"), serializer=fr,
                        dupefilter=BucketDupeFilter(frontier, spider.buckets, spider.settings.getbool("DUPEFILTER_DEBUG")))
        scheduler.stats = crawler.stats
        scheduler.outage = fr.Outage("scheduler", logger.warning)
        scheduler.beat = None
        return scheduler

    def open(self, spider):
        self.spider = spider
        # scrapy-redis' queue over the frontier's (its format, JSON: never pickle), for its length
        self.queue = PriorityQueue(server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer)
        self.beats = 0
        self.timeout = spider.settings.getint("REDIS_WORKER_TIMEOUT")
        self.beat = task.LoopingCall(self.outage.call, self.heartbeat)
        self.beat.start(self.timeout / 3, now=True)

    def heartbeat(self):
        spider = self.spider
        if not spider.frontier.heartbeat(spider.worker, self.timeout) and self.beats:
            logger.warning("worker %s had been taken for dead: its leased pages were requeued", spider.worker)
        self.beats += 1
        spider.frontier.reap(logger.warning)

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
        args = (request.to_dict(spider=spider), self.df.request_fingerprint(request), spider.buckets)
        kwargs = {"dont_filter": request.dont_filter, "lease": lease, "worker": spider.worker,
                  "budgets": [tuple(b) for b in budgets]}
        added = self.outage.call(self._add, args, kwargs)
        if added is None:  # Redis away: pushed once it answers
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

    def _add(self, args, kwargs) -> int:
        self.spider.flush_pending()
        return self.spider.frontier.add(*args, **kwargs)

    def next_request(self):
        request = self.outage.call(self._pop)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _pop(self) -> Optional[Request]:
        spider = self.spider
        spider.flush_pending()
        got = spider.frontier.pop(spider.worker, spider.page_limit)
        if got is None:
            return None
        request = request_from_dict(got[1], spider=spider)
        request.meta[LEASE] = got[0]
        return request

    def has_pending_requests(self):
        return self.outage.call(len, self, default=0) > 0 or bool(self.spider.pending)


# -- the item exporter --------------------------------------------------------


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
        worker = self.crawler.spider.worker
        payload = fr.dumps({**item.item.to_dict(), "worker": worker}) if item.item is not None else None
        failures = 0
        while not self.outage.call(self._hand_over, item, payload, default=False):
            failures += 1
            await _sleep(fr.backoff().compute(failures))
        if item.item is not None:
            self.crawler.stats.inc_value(f"archive/pushed_{item.item.kind}")
        return item

    def _hand_over(self, item: WorkerItem, payload: Optional[str]) -> bool:
        spider = self.crawler.spider
        spider.flush_pending()
        if payload is not None:
            if not spider.frontier.push_item(spider.worker, item.lease, payload):
                self.crawler.stats.inc_value("archive/lease_lost")
                logger.warning("%s: lease lost (worker taken for dead); another worker refetches it", item.item.page.url)
        elif item.lease:
            spider.frontier.ack(spider.worker, item.lease)
        return True
