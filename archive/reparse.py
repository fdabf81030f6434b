"""Re-normalize the archive from its stored raw pages, with the current extraction code."""
from __future__ import annotations

import logging
from typing import Callable, Optional

from archive.ingest import extract_page
from archive.store import Archive, load_raw

logger = logging.getLogger(__name__)


def reparse_archive(db_path: str, progress: Optional[Callable[[int, int], None]] = None, every: int = 100) -> dict:
    """Extract every article again from its latest raw page; returns counts by outcome."""
    archive = Archive(db_path)
    counts = {"total": 0, "changed": 0, "unchanged": 0, "errors": 0}
    try:
        ids = [row[0] for row in archive.db.execute("select id from articles where raw_page_id is not null order by id")]
        for done, article_id in enumerate(ids, 1):
            row = archive.raw_page_for(article_id)
            try:
                article, _ = extract_page(load_raw(row), row["url"], row["content_type"])
            except Exception as exc:  # one bad page must not stop a reparse of thousands
                counts["errors"] += 1
                logger.error("article %s: %s: %s", article_id, type(exc).__name__, exc)
                continue
            counts[archive.apply_reparse(article_id, article, row)] += 1
            counts["total"] += 1
            if progress and (done % every == 0 or done == len(ids)):
                progress(done, len(ids))
    finally:
        archive.close()
    return counts
