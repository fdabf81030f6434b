"""The archive pipeline: every page the spider hands over becomes rows in the SQLite archive."""
from __future__ import annotations

import logging

from scrapy import signals

from archive.store import Archive
from scraper.items import PageItem

logger = logging.getLogger(__name__)

# Why the engine stopped -> the crawl's status in the archive.
_FINISHED_REASONS = {"finished", "closespider_pagecount", "closespider_itemcount", "closespider_timeout"}


class ArchivePipeline:
    def __init__(self, db_path: str, crawler):
        self.db_path = db_path
        self.crawler = crawler
        self.archive: Archive | None = None
        self.crawl_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("ARCHIVE_DB"), crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self):
        self.archive = Archive(self.db_path)
        spider = self.crawler.spider
        settings = self.crawler.settings
        shape = {name: settings.get(name) for name in (
            "ARCHIVE_MAX_DEPTH", "CLOSESPIDER_PAGECOUNT", "ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "DOWNLOAD_DELAY")}
        shape["allowed_domains"] = list(getattr(spider, "allowed_domains", []) or [])
        self.crawl_id = self.archive.start_crawl(spider.start_urls, shape)
        self.crawler.stats.set_value("archive/crawl_id", self.crawl_id)
        logger.info("archiving into %s (crawl %s)", self.db_path, self.crawl_id)

    def process_item(self, item):
        if not isinstance(item, PageItem):
            return item
        page = item.page
        common = dict(status=page.status, content_type=page.content_type, size=len(page.body) if page.status else None,
                      elapsed_ms=page.elapsed_ms, fetched_at=page.fetched_at, page_type=item.kind)
        if item.article is not None:
            outcome, article_id = self.archive.save_article(self.crawl_id, page, item.article)
            self.archive.record_fetch(self.crawl_id, page.url, outcome=outcome, article_id=article_id, **common)
            self.crawler.stats.inc_value(f"archive/articles_{outcome}")
        elif item.error:
            self.archive.record_fetch(self.crawl_id, page.url, outcome="error", error=item.error, **common)
            self.crawler.stats.inc_value("archive/errors")
            logger.warning("%s: %s", page.url, item.error)
        else:
            self.archive.record_fetch(self.crawl_id, page.url, outcome="followed", **common)
        return item

    def spider_closed(self, spider, reason):
        if self.archive is None:
            return
        status = "finished" if reason in _FINISHED_REASONS else "interrupted" if reason == "shutdown" else "failed"
        row = self.archive.finish_crawl(self.crawl_id, status, message=f"closed: {reason}")
        logger.info(
            "crawl %s %s: %s pages, %s new, %s changed, %s unchanged, %s errors",
            row["id"], status, row["pages_fetched"], row["articles_new"], row["articles_changed"],
            row["articles_unchanged"], row["errors"],
        )
        self.archive.close()
        self.archive = None
