"""The archive pipeline: every page the spider hands over becomes rows in the SQLite archive."""
from __future__ import annotations

import logging
import os
import sqlite3

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from archive.crawling import LOCK_HELD_ENV
from archive.lock import CrawlLock
from archive.store import Archive, save_visit
from scraper.items import PageItem

logger = logging.getLogger(__name__)

# Why the engine stopped -> the crawl's status in the archive.
_FINISHED_REASONS = {"finished", "closespider_pagecount", "closespider_itemcount", "closespider_timeout"}


class ArchivePipeline:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.db_path = settings.get("ARCHIVE_DB")
        self.profile = settings.get("ARCHIVE_PROFILE") or ""
        self.resume = settings.getbool("ARCHIVE_RESUME")
        self.min_yield = settings.getfloat("ARCHIVE_MIN_YIELD_RATIO")
        self.archive: Archive | None = None
        self.lock: CrawlLock | None = None
        self.crawl_id: int | None = None
        self.unwritable = ""  # why the archive stopped taking writes (disk full, read-only): the crawl stops

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self):
        if os.environ.get(LOCK_HELD_ENV) != os.path.abspath(self.db_path):
            self.lock = CrawlLock(self.db_path).acquire(wait=self.crawler.settings.getbool("ARCHIVE_LOCK_WAIT"))
        self.archive = Archive(self.db_path)
        for dead in self.archive.close_dead_crawls():
            logger.warning("crawl %s had died without finishing; marked interrupted", dead)
        spider = self.crawler.spider
        resumed_from = self.archive.resumable_crawl(self.profile, spider.start_urls) if self.resume else None
        chain = self.archive.resume_chain(resumed_from)
        self.crawler.stats.set_value("archive/resume_chain", chain)
        settings = self.crawler.settings
        shape = {name: settings.get(name) for name in (
            "ARCHIVE_MAX_DEPTH", "CLOSESPIDER_PAGECOUNT", "ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "DOWNLOAD_DELAY",
            "ARCHIVE_REFRESH_INTERVAL", "ARCHIVE_MAX_ERROR_RATE")}
        shape["allowed_domains"] = list(getattr(spider, "allowed_domains", []) or [])
        self.crawl_id = self.archive.start_crawl(spider.start_urls, shape, profile=self.profile,
                                                 resumed_from=resumed_from)
        self.crawler.stats.set_value("archive/crawl_id", self.crawl_id)
        if resumed_from:
            logger.info("resuming interrupted crawl %s: pages it archived are not fetched again", resumed_from)
        logger.info("archiving into %s (crawl %s)", self.db_path, self.crawl_id)

    def process_item(self, item):
        if not isinstance(item, PageItem):
            return item
        if item.kind == "skipped":
            return item  # archived by the run being resumed, or fresh: nothing fetched, nothing to write
        if self.unwritable:
            return item  # the crawl is stopping: pages still in flight are not recorded
        page = item.page
        try:
            outcome, _ = save_visit(self.archive, self.crawl_id, page, kind=item.kind, key=page.url,
                                    article=item.article, error=item.error, links=item.links)
        except sqlite3.OperationalError as exc:  # disk full, read-only or failing file: every write would fail
            self._stop(exc)
            return item
        self.crawler.stats.inc_value(f"archive/{outcome}")
        if outcome == "error":
            logger.warning("%s: %s", page.url, item.error)
        elif outcome == "gone":
            logger.info("%s: gone (%s)", page.url, item.error)
        return item

    def _stop(self, exc: Exception) -> None:
        """The archive takes no more writes: say so in one line and stop the crawl; every transaction
        committed before stays (each visit is written whole or not at all)."""
        self.unwritable = str(exc)
        logger.error("cannot write to the archive %s: %s; stopping the crawl (everything archived so far is kept)",
                     self.db_path, exc)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_unwritable"))

    def spider_closed(self, spider, reason):
        if self.archive is None:
            return
        try:
            self._finish(reason)
        except sqlite3.OperationalError as exc:
            logger.warning("could not record the end of crawl %s in %s: %s (the next crawl marks it interrupted)",
                           self.crawl_id, self.db_path, exc)
        finally:
            self.archive.close()
            self.archive = None
            if self.lock:
                self.lock.release()

    def _finish(self, reason: str) -> None:
        status = "finished" if reason in _FINISHED_REASONS else "interrupted" if reason == "shutdown" else "failed"
        stats = self.crawler.stats
        skipped = (stats.get_value("archive/skipped_fresh") or 0) + (stats.get_value("archive/skipped_resumed") or 0)
        message = f"closed: {reason}" + (f": {self.unwritable}" if self.unwritable else "")
        row = self.archive.finish_crawl(self.crawl_id, status, message=message, skipped=skipped)
        if status == "finished":
            anomaly = self.archive.flag_anomaly(self.crawl_id, self.min_yield)
            if anomaly:
                logger.warning("crawl %s looks wrong: %s", self.crawl_id, anomaly)
        logger.info(
            "crawl %s %s: %s pages, %s not modified, %s new, %s changed, %s unchanged, %s gone, %s errors",
            row["id"], status, row["pages_fetched"], row["not_modified"], row["articles_new"],
            row["articles_changed"], row["articles_unchanged"], row["articles_gone"], row["errors"],
        )
