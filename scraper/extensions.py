"""Crawl extensions: a progress line every few seconds, and the log copied to a file."""
from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from scraper.compat import engine_scheduler

logger = logging.getLogger("health-archive")


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self):
        stats = self.crawler.stats
        pages = stats.get_value("response_received_count", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        scheduler = engine_scheduler(self.crawler.engine)
        queued = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else "?"
        logger.info(
            "progress: %d pages (%.1f pages/s), %s queued, %d new, %d changed, %d errors",
            pages, pages / elapsed, queued,
            stats.get_value("archive/new", 0), stats.get_value("archive/changed", 0),
            stats.get_value("archive/error", 0),
        )

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()


class LogFile:
    """Copy the crawl's log to ARCHIVE_LOG_FILE while it still goes to stderr (LOG_FILE would replace it)."""

    def __init__(self, path: str, level: str):
        self.handler = logging.FileHandler(path, encoding="utf-8")
        self.handler.setLevel(level)
        self.handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
        logging.getLogger().addHandler(self.handler)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("ARCHIVE_LOG_FILE")
        if not path:
            raise NotConfigured
        ext = cls(path, crawler.settings.get("LOG_LEVEL"))
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_stopped(self):
        self.handler.flush()
