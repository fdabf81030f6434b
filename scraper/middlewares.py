"""Incremental fetching: conditional GETs, and no second download of what is already archived.

For every request to a page the archive knows, this downloader middleware either
- answers it itself with a 304 carrying the page's stored links, when the page was archived
  by the interrupted run being resumed, or is an article seen within the refresh interval; or
- sends it with ``If-None-Match`` / ``If-Modified-Since`` from the last visit, so an unchanged
  page costs a 304 and no body.
On a 304 the spider follows the stored links, so discovery goes on without the body.
"""
from __future__ import annotations

from scrapy import signals
from scrapy.http import Response

from archive import pages
from archive.schema import open_db

SKIPPED_FLAG = "health-archive:skipped"


class IncrementalMiddleware:
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

    def process_request(self, request):
        if not self.enabled or request.meta.get("dont_condition") or request.url.endswith("/robots.txt"):
            return None
        db = self._open()
        state = pages.page_state(db, request.url)
        if state is None:
            return None
        request.meta["handle_httpstatus_list"] = [*request.meta.get("handle_httpstatus_list", []), 304]
        reason = self._skip_reason(db, state)
        if reason:
            self.crawler.stats.inc_value(f"archive/skipped_{reason}")
            return Response(request.url, status=304, request=request, flags=[SKIPPED_FLAG, reason])
        if state["etag"]:
            request.headers.setdefault(b"If-None-Match", state["etag"].encode("latin-1"))
        if state["last_modified"]:
            request.headers.setdefault(b"If-Modified-Since", state["last_modified"].encode("latin-1"))
        return None

    def _skip_reason(self, db, state) -> str:
        if state["crawl_id"] in self.chain:
            return "resumed"
        if state["article_id"] and self.refresh > 0:
            article = db.execute("select last_seen from articles where id = ?", [state["article_id"]]).fetchone()
            if article and pages.is_fresh({"last_seen": article[0]}, self.refresh):
                return "fresh"
        return ""

    def process_response(self, request, response):
        if response.status == 304 and self.db is not None:
            request.meta["stored_links"] = pages.stored_links(self.db, request.url)
        return response

    def spider_closed(self, spider):
        if self.db is not None:
            self.db.close()
            self.db = None
