"""Crawl extensions: a progress line every few seconds, the log copied to a file, and Scrapy's
CloseSpider counting pages only (not an article's images) for --max-pages."""
from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.closespider import CloseSpider as _CloseSpider
from twisted.internet import task

from scraper.compat import engine_scheduler

logger = logging.getLogger("health-archive")


class Progress:
    """Every PROGRESS_INTERVAL seconds, how far the crawl is: a log message, or with
    ARCHIVE_PROGRESS_LINE (the CLI's default) one line on stderr, rewritten in place each second
    on a terminal, and a plain line per interval otherwise (a log file or cron mail)."""

    def __init__(self, crawler, interval: float, live: bool, stream=None):
        self.crawler = crawler
        self.stream = stream
        self.live = live
        self.interval = 1.0 if stream is not None and live else interval
        self.max_pages = crawler.settings.getint("CLOSESPIDER_PAGECOUNT")
        self.started = time.monotonic()
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        stream = sys.stderr if crawler.settings.getbool("ARCHIVE_PROGRESS_LINE") else None
        ext = cls(crawler, interval, live=bool(stream and stream.isatty()), stream=stream)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=self.live)

    def line(self) -> str:
        """``crawling: 120 pages, 28 articles, 1 error, 18.0 pages/s, ETA 0:42`` (ETA with a page limit)."""
        stats = self.crawler.stats
        images = sum(v for k, v in stats.get_stats().items() if k.startswith("archive/requisite_"))
        pages = stats.get_value("response_received_count", 0) - images    # an article's images are no pages
        articles = sum(stats.get_value(f"archive/{outcome}", 0) for outcome in ("new", "changed", "unchanged"))
        errors = stats.get_value("archive/error", 0)
        rate = pages / max(time.monotonic() - self.started, 1e-6)
        text = (f"crawling: {pages} pages, {articles} articles, {errors} error{'' if errors == 1 else 's'}, "
                f"{rate:.1f} pages/s")
        if self.max_pages and rate > 0:
            left = max(self.max_pages - pages, 0) / rate
            text += f", ETA {int(left // 60)}:{int(left % 60):02d}"
        return text

    def report(self):
        if self.stream is None:
            scheduler = engine_scheduler(self.crawler.engine)
            queued = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else "?"
            logger.info("progress: %s, %s queued", self.line().removeprefix("crawling: "), queued)
        elif self.live:
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
        else:
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        if self.live:  # the summary takes the line's place
            self.stream.write("\r\x1b[K")
            self.stream.flush()


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


class CloseSpider(_CloseSpider):
    """Scrapy's CloseSpider (in its place in EXTENSIONS_BASE), but CLOSESPIDER_PAGECOUNT (the CLI's
    --max-pages) counts pages: the images fetched for an archived article are not pages, or a
    limit of 100 would archive a handful of articles with many images."""

    def page_count(self, response, request, spider) -> None:
        from scraper.spiders.articles import REQUISITE

        if request is not None and REQUISITE in request.meta:
            return
        super().page_count(response, request, spider)
