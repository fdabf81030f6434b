"""The archive pipeline: every page the spider hands over becomes rows in the SQLite archive."""
from __future__ import annotations

import asyncio
import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from scrapy import signals
from twisted.internet import task
from scrapy.utils.defer import deferred_from_coro

from archive.crawl.crawling import lock_unless_held
from archive.crawl.linkpolicy import OPTIONAL
from archive.db.lock import CrawlLock
from archive.crawl.run import crawl_shape, finish_run, open_run
from archive.db.store import Archive, FetchedPage
from archive.db.transaction import Batch
from scraper.items import PageItem

logger = logging.getLogger(__name__)

BATCH_SECONDS = 1.0  # the longest a written visit waits for its commit
NOT_MODIFIED_BATCH = 50  # 304 visits handed to the writer thread at once

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
        # One writer thread owns the archive connection: writes leave the reactor thread, and
        # visits are committed in batches (each visit stays whole: it is a savepoint inside).
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
        self.not_modified: list[tuple[str, FetchedPage]] = []  # 304 visits not yet handed to the writer
        self.closed = False
        self.writer.submit(self._open).result()
        self.flusher = task.LoopingCall(self._tick)
        self.flusher.start(BATCH_SECONDS, now=False)
        # 304s skip the item machinery: the spider hands them here (a distributed worker, whose
        # pipeline is another, still yields items).
        self.crawler.spider.visit_recorder = self.record_unmodified
        # The spider extracts with the templates the writer learns (read from the reactor thread:
        # the writer swaps whole values in).
        self.crawler.spider.site_templates = self.archive.knowledge.templates

    def _tick(self) -> None:
        self._hand_over_not_modified()
        self.writer.submit(self._flush)

    def _open(self):
        self.lock = lock_unless_held(self.db_path, wait=self.crawler.settings.getbool("ARCHIVE_LOCK_WAIT"))
        self.archive = Archive(self.db_path)
        self.batch = Batch(self.archive.db, size=self.crawler.settings.getint("ARCHIVE_WRITE_BATCH"),
                           seconds=BATCH_SECONDS, before_commit=self.archive.knowledge.save)
        spider, settings = self.crawler.spider, self.crawler.settings
        opened = open_run(self.archive, spider.start_urls, crawl_shape(settings.get, spider.allowed_domains),
                          profile=self.profile, resume=self.resume, say=logger.warning)
        self.crawl_id = opened.crawl_id
        self.crawler.stats.set_value("archive/resume_chain", opened.chain)
        self.crawler.stats.set_value("archive/crawl_id", self.crawl_id)
        if opened.resumed_from:
            logger.info("resuming interrupted crawl %s: pages it archived are not fetched again", opened.resumed_from)
        logger.info("archiving into %s (crawl %s)", self.db_path, self.crawl_id)

    async def process_item(self, item):
        if not isinstance(item, PageItem):
            return item
        if item.kind == "skipped":
            return item  # archived by the run being resumed, or fresh: nothing fetched, nothing to write
        if self.unwritable:
            return item  # the crawl is stopping: pages still in flight are not recorded
        page = item.page
        try:
            outcome = await asyncio.wrap_future(self.writer.submit(self._write, item))
        except sqlite3.OperationalError as exc:  # disk full, read-only or failing file: every write would fail
            self._stop(exc)
            return item
        if item.kind == "requisite":  # an image: recorded with its error, if any; no page of the crawl
            self.crawler.stats.inc_value(f"archive/requisite_{outcome}")
            if item.error or outcome == "error":
                logger.info("%s: image not stored (%s)", page.url, item.error or "see fetches.error")
            return item
        self.crawler.stats.inc_value(f"archive/{outcome}")
        if outcome == "error":  # a feed or sitemap the site does not serve is no warning
            (logger.info if item.kind in OPTIONAL.values() else logger.warning)("%s: %s", page.url, item.error)
        elif outcome == "gone":
            logger.info("%s: gone (%s)", page.url, item.error)
        return item

    def record_unmodified(self, page: FetchedPage, kind: str) -> None:
        """A 304 (``not_modified``), or a page not fetched (``skipped``: fresh, or archived by the
        run being resumed), from the spider's callback on the reactor thread. A 304 is written
        like its item would be (a fetches row, the page's visit time, its article's last_seen) in
        batches of NOT_MODIFIED_BATCH, or after BATCH_SECONDS, and committed with the other visits;
        a crash loses what was not committed, which the resumed crawl asks for again."""
        if kind == "skipped" or self.unwritable or self.closed:
            return  # nothing fetched, nothing to write; or the crawl is stopping
        self.crawler.stats.inc_value("archive/not_modified")
        self.not_modified.append((page.url, page))
        if len(self.not_modified) >= NOT_MODIFIED_BATCH:
            self._hand_over_not_modified()

    def _hand_over_not_modified(self) -> None:
        if self.not_modified:
            batch, self.not_modified = self.not_modified, []
            self.writer.submit(self._write_not_modified, batch)

    def _write_not_modified(self, batch: list[tuple[str, FetchedPage]]) -> None:
        """In the writer thread: a batch of 304 visits into the open transaction."""
        if self.unwritable:
            return
        try:
            self.batch.begin()
            try:
                self.archive.save_not_modified(self.crawl_id, batch)
            except sqlite3.OperationalError:
                self.batch.rollback()
                raise
            self.batch.written(len(batch))
        except sqlite3.OperationalError as exc:
            from twisted.internet import reactor

            reactor.callFromThread(self._stop, exc)

    def _write(self, item) -> str:
        """In the writer thread: one visit into the open batch, committed every
        ARCHIVE_WRITE_BATCH visits or BATCH_SECONDS (a crash loses at most that, re-fetched on resume)."""
        self.batch.begin()
        try:
            outcome = item.save(self.archive, self.crawl_id)
        except sqlite3.OperationalError:
            self.batch.rollback()
            raise
        self.batch.written()
        return outcome

    def _flush(self) -> None:
        """The periodic commit, so a slow crawl's pages do not wait long in an open transaction."""
        if self.unwritable or self.archive is None:
            return
        try:
            self.batch.commit(force=False)
        except sqlite3.OperationalError as exc:
            from twisted.internet import reactor

            reactor.callFromThread(self._stop, exc)

    def _stop(self, exc: Exception) -> None:
        """The archive takes no more writes: say so in one line and stop the crawl; every transaction
        committed before stays (each visit is written whole or not at all)."""
        if self._stop_logged(exc):
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_unwritable"))

    def _stop_logged(self, exc: Exception) -> bool:
        """Say once, in one line, that the archive takes no more writes; False if already said."""
        if self.unwritable:
            return False
        self.unwritable = str(exc)
        logger.error("cannot write to the archive %s: %s; stopping the crawl (everything archived so far is kept)",
                     self.db_path, exc)
        return True

    def spider_closed(self, spider, reason):
        if self.flusher.running:
            self.flusher.stop()
        self._hand_over_not_modified()
        self.closed = True
        try:
            self.writer.submit(self._close, reason).result()
        finally:
            self.writer.shutdown()

    def _close(self, reason):
        if self.archive is None:
            return
        try:
            try:
                self.batch.commit()
            except sqlite3.OperationalError as exc:
                self._stop_logged(exc)
                raise
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
        row = finish_run(self.archive, self.crawl_id, status, message=message, skipped=skipped,
                         min_yield=self.min_yield, say=logger.warning)
        logger.info(
            "crawl %s %s: %s pages, %s not modified, %s new, %s changed, %s unchanged, %s gone, %s errors",
            row["id"], status, row["pages_fetched"], row["not_modified"], row["articles_new"],
            row["articles_changed"], row["articles_unchanged"], row["articles_gone"], row["errors"],
        )
