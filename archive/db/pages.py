"""What the archive remembers about every fetched URL, so the next crawl can be incremental.

A page's validators (ETag, Last-Modified) make re-fetches conditional; its stored links let a
crawl go on past a 304, or past a page an interrupted run already archived, without
downloading it again. A page's row is written with its visit (archive.db.store.Archive.record_page);
the functions here read it back (and encode its links).
"""
from __future__ import annotations

import gzip
import json
from datetime import datetime, timedelta, timezone
from typing import Iterable, Optional
from urllib.parse import urlsplit

import sqlite_utils


def encode_links(links: Optional[dict]) -> bytes:
    return gzip.compress(json.dumps(links or {}).encode(), compresslevel=5)


def decode_links(blob: Optional[bytes]) -> dict:
    return json.loads(gzip.decompress(blob)) if blob else {}


def page_state(db: sqlite_utils.Database, url: str) -> Optional[dict]:
    row = db.execute(
        "select url, kind, status, etag, last_modified, fetched_at, crawl_id, article_id from pages where url = ?",
        [url],
    ).fetchone()
    if row is None:
        return None
    keys = ("url", "kind", "status", "etag", "last_modified", "fetched_at", "crawl_id", "article_id")
    return dict(zip(keys, row))


#: What a downloader needs to know about a URL before fetching it, in one indexed lookup: the
#: page's validators, crawl, article and stored links, and (with a refresh interval, which needs
#: it) the article's last_seen. That column sat behind the article's body in its row until
#: migration m008, so reading it walked the row's overflow pages: without a refresh interval it is
#: still not read (None); not measured again since the rows became narrow.
LOOKUP_SQL = "select etag, last_modified, crawl_id, article_id, links_gz, null from pages where url = ?"
LOOKUP_WITH_LAST_SEEN_SQL = ("select p.etag, p.last_modified, p.crawl_id, p.article_id, p.links_gz, a.last_seen "
                             "from pages p left join articles a on a.id = p.article_id where p.url = ?")


def lookup(db: sqlite_utils.Database, url: str, *, last_seen: bool = False) -> Optional[tuple]:
    """(etag, last_modified, crawl_id, article_id, links_gz, last_seen) of a known URL, or None: one
    indexed lookup per request; its article's ``last_seen`` only when asked (a join)."""
    return db.conn.execute(LOOKUP_WITH_LAST_SEEN_SQL if last_seen else LOOKUP_SQL, [url]).fetchone()


def article_for_url(db: sqlite_utils.Database, url: str) -> Optional[dict]:
    row = db.execute(
        "select a.id, a.status, a.last_seen, a.url from article_urls u join articles a on a.id = u.article_id "
        "where u.url = ?",
        [url],
    ).fetchone()
    return dict(zip(("id", "status", "last_seen", "url"), row)) if row else None


def due_articles(
    db: sqlite_utils.Database, sites: Iterable[str], refresh_seconds: float, now: Optional[datetime] = None
) -> list[str]:
    """URLs of known articles on ``sites`` not seen for ``refresh_seconds``, oldest first."""
    sites = list(sites)
    if not sites:
        return []
    now = now or datetime.now(timezone.utc)
    cutoff = (now - timedelta(seconds=refresh_seconds)).isoformat(timespec="seconds")
    marks = ",".join("?" for _ in sites)
    rows = db.execute(
        f"select coalesce(fetched_url, url) from articles where site in ({marks}) and last_seen <= ? "
        "order by last_seen, id",
        [*sites, cutoff],
    ).fetchall()
    return [r[0] for r in rows]


def is_fresh(article: dict, refresh_seconds: float, now: Optional[datetime] = None) -> bool:
    """Seen recently enough that the profile's refresh interval says: don't fetch it again yet."""
    if refresh_seconds <= 0 or not article.get("last_seen"):
        return False
    now = now or datetime.now(timezone.utc)
    seen = datetime.fromisoformat(article["last_seen"])
    if seen.tzinfo is None:
        seen = seen.replace(tzinfo=timezone.utc)
    return (now - seen).total_seconds() < refresh_seconds


def skip_reason(crawl_id: Optional[int], last_seen: Optional[str], chain: Iterable[int], refresh: float) -> str:
    """Why a known page need not be fetched: "resumed" (archived by the interrupted run being
    resumed, ``chain``), "fresh" (an article seen within ``refresh`` seconds), or "" (fetch it)."""
    if crawl_id in chain:
        return "resumed"
    return "fresh" if last_seen and is_fresh({"last_seen": last_seen}, refresh) else ""


def known_state(etag, last_modified, crawl_id, article_id, links_gz, last_seen, chain, refresh: float) -> dict:
    """What a downloader knows of a page before fetching it, from a LOOKUP_SQL row: its validators,
    why to skip it (``skip_reason``), whether it is an article, its links (gzipped, as kept). The
    one shape of IncrementalMiddleware.known, local or read from what a distributed run's seeder published."""
    return {"etag": etag or "", "last_modified": last_modified or "", "article": article_id is not None,
            "links_gz": links_gz or b"", "skip": skip_reason(crawl_id, last_seen, chain, refresh)}


def known_pages(db: sqlite_utils.Database, hosts: set[str], refresh: float, chain: Iterable[int]):
    """(url, state) of the pages on ``hosts`` that need not be fetched whole: their validators for a
    conditional GET (etag, last_modified), why to skip them (``skip_reason``), whether they are
    articles, and their links (gzipped, as kept) to follow past a 304. The rest are not listed."""
    if "pages" not in db.table_names():
        return
    chain = set(chain)
    rows = db.execute("select p.url, p.etag, p.last_modified, p.crawl_id, p.article_id, p.links_gz, a.last_seen "
                      "from pages p left join articles a on a.id = p.article_id")
    for url, *row in rows:
        if (urlsplit(url).hostname or "") not in hosts:
            continue
        state = known_state(*row, chain, refresh)
        if state["etag"] or state["last_modified"] or state["skip"]:
            yield url, state
