"""Re-normalize the archive from its stored raw pages, with the current extraction code.

Extraction runs in worker processes (it is CPU-bound and a million-article archive is hours of
it on one core) while this process writes; writes are grouped in one transaction per batch, so
an interrupted reparse keeps every batch it committed and a rerun simply redoes the rest.
"""
from __future__ import annotations

import gzip
import logging
import os
from concurrent.futures import Future
from typing import Callable, Optional

from archive.config import EXTRACT_TIMEOUT
from archive.extract.decode import decode_html
from archive.extract.site import MIN_PAGES, sample_html
from archive.extract.ingest import extract_page
from archive.db.store import Archive
from archive.workers import CallTimedOut, WorkerDied, Workers
from archive.db.transaction import unit

logger = logging.getLogger(__name__)

BATCH = 200  # articles per read and per transaction
LEARN_PAGES = 300  # stored pages sampled per site that has no template yet
MAX_DEATHS = 3  # pages in a row killing their extraction process: the processes are what is broken


class ExtractorFailed(RuntimeError):
    """The extraction processes cannot run (not a bad page)."""

_CHUNK_SQL = (
    "select articles.id as article_id, articles.site as site, raw_pages.* from articles "
    "join raw_pages on raw_pages.id = articles.raw_page_id "
    "where articles.id > ? order by articles.id limit ?"
)


def _extract(body_gz: bytes, url: str, content_type: Optional[str], template=None):
    """(article, None) or (None, "ErrorType: message"): an exception stays with its page."""
    try:
        article, _ = extract_page(gzip.decompress(body_gz), url, content_type, template)
        return article, None
    except Exception as exc:  # one bad page must not stop a reparse of thousands
        return None, f"{type(exc).__name__}: {exc}"


class _Extractor:
    """Runs ``_extract`` over a batch in worker processes (archive.workers), each page within
    `timeout` seconds; in this process when there is one process and no time limit.

    A page whose process dies (a parser crash) or runs past the limit is an error; processes dying
    on page after page mean they cannot run at all: ExtractorFailed.
    """

    def __init__(self, processes: int, timeout: Optional[float]):
        self.workers = Workers(processes, timeout, preload=(__name__,)) if processes > 1 or timeout else None
        self.deaths = 0  # pages in a row whose process died

    def submit(self, rows: list[dict]) -> list:
        args = [(r["body_gz"], r["url"], r["content_type"], r.get("template")) for r in rows]
        if self.workers is None:
            return [_extract(*a) for a in args]
        return [self.workers.submit(_extract, *a) for a in args]

    def results(self, pending: list) -> list:
        return [self._result(job) if isinstance(job, Future) else job for job in pending]

    def _result(self, job: Future):
        try:
            result = job.result()
        except CallTimedOut as exc:
            result = None, f"extraction {exc}"
        except WorkerDied:
            self.deaths += 1
            if self.deaths >= MAX_DEATHS:
                raise ExtractorFailed(f"extraction processes died on {MAX_DEATHS} pages in a row; "
                                      "try --processes 1 --timeout 0") from None
            return None, "the extraction process died on this page"
        self.deaths = 0
        return result

    def close(self) -> None:
        if self.workers is not None:
            self.workers.close()
            self.workers = None


def default_processes() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def reparse_archive(db_path: str, progress: Optional[Callable[[int, int], None]] = None,
                    processes: Optional[int] = None, batch: int = BATCH,
                    timeout: Optional[float] = EXTRACT_TIMEOUT) -> dict:
    """Extract every article again from its latest raw page; returns counts by outcome.

    Each page is extracted with its site's template; a site archived before sites were learned
    is learned first from its stored pages (learn_sites). The next batch is extracted while the
    current one is written. A page taking longer than `timeout` seconds is an error (0: no limit).
    """
    archive = Archive(db_path)
    extractor = _Extractor(default_processes() if processes is None else processes, timeout)
    counts = {"total": 0, "changed": 0, "unchanged": 0, "errors": 0}
    try:
        learn_sites(archive)
        total = archive.db.execute("select count(*) from articles where raw_page_id is not null").fetchone()[0]
        rows = _chunk(archive, 0, batch)
        pending = extractor.submit(rows)
        done = 0
        while rows:
            next_rows = _chunk(archive, rows[-1]["article_id"], batch)
            next_pending = extractor.submit(next_rows) if next_rows else []
            results = extractor.results(pending)
            with unit(archive.db):
                for row, (article, error) in zip(rows, results):
                    if error:
                        counts["errors"] += 1
                        logger.error("article %s (%s): %s", row["article_id"], row["url"], error)
                        continue
                    template = row.get("template")
                    counts[archive.apply_reparse(row["article_id"], article, row,
                                                 template_pages=template.pages if template else None)] += 1
                    counts["total"] += 1
            done += len(rows)
            if progress:
                progress(done, total)
            rows, pending = next_rows, next_pending
        archive.seal_rewrites()     # the versions it rewrote get a manifest of their own
    finally:
        extractor.close()
        archive.close()
    return counts


def _chunk(archive: Archive, after_id: int, size: int) -> list[dict]:
    cursor = archive.db.execute(_CHUNK_SQL, [after_id, size])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values)) for values in cursor.fetchall()]
    for row in rows:
        row["template"] = archive.knowledge.template(row["site"]) or None
    return rows


def learn_sites(archive: Archive, pages: int = LEARN_PAGES) -> int:
    """Sample the stored pages of every site the archive has no template for yet (archived before
    sites were learned), up to `pages` each, and keep what they share; returns the sites learned."""
    sites = [r[0] for r in archive.db.execute(
        "select a.site from articles a left join site_profiles p on p.site = a.site "
        "where a.raw_page_id is not null and coalesce(p.pages, 0) < ? group by a.site", [MIN_PAGES])]
    for site in sites:
        for body_gz, content_type in archive.db.execute(
                "select r.body_gz, r.content_type from articles a join raw_pages r on r.id = a.raw_page_id "
                "where a.site = ? order by a.id limit ?", [site, pages]):
            text, _ = decode_html(gzip.decompress(body_gz), content_type)
            archive.knowledge.add(site, sample_html(text))
        archive.knowledge.templates[site] = archive.knowledge.learner(site).template()
    with unit(archive.db):
        archive.knowledge.save()
    return len(sites)
