"""Manifests: when a crawl finishes, a digest of every row it wrote, chained to the manifest before,
so a row edited or deleted afterwards is found by ``health-archive verify`` (archive.db.verify).

A manifest lists ``[table, id, digest]`` for the crawl's fetches, captures, versions, the raw
pages, bodies and field snapshots (version_fields) those versions read and the page requisites it
stored (their bytes are captures' payloads), plus the rows the archive itself rewrote since the last seal (a
reparse notes them in ``manifest_pending``). A row's expected digest is the one of the latest
manifest that lists it. Each manifest's hash covers the previous hash, so a manifest edited or
removed breaks the chain. The chain proves rows unchanged since they were sealed, against
anything short of someone rewriting the whole chain: keep the last hash (``verify`` prints it)
elsewhere to rule that out too.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from typing import Iterable, Optional

import sqlite_utils

#: The columns each row digest covers, fixed here so that a later migration adding a column does
#: not change the digest of every row sealed before it.
TRACKED = {
    "fetches": ("id", "crawl_id", "url", "status", "fetched_at", "content_type", "bytes", "page_type", "outcome",
                "article_id", "error", "etag", "last_modified"),
    "captures": ("id", "crawl_id", "fetch_id", "hop", "kind", "url", "method", "request_head", "requested_at",
                 "status", "protocol", "ip", "response_head", "fetched_at", "payload_sha256", "payload_size",
                 "decoded", "refers_to"),
    "article_versions": ("id", "article_id", "version", "fetched_at", "content_hash", "title", "authors",
                         "published", "modified", "description", "body_id", "raw_page_id", "crawl_id"),
    "bodies": ("id", "sha256", "body_text", "body_html_gz"),
    "raw_pages": ("id", "sha256", "url", "fetched_at", "status", "content_type", "size", "body_gz"),
    "version_fields": ("id", "sha256", "fields_gz"),
    # which snapshot a version points at: an entry of its own, so versions sealed before snapshots
    # existed keep their digests, and pointing a version at another snapshot is still found
    "version_snapshots": ("id", "fields_id"),
    "requisites": ("id", "url", "article_url", "role", "sha256", "content_type", "size"),
}
#: Entries that read another table than their name (TRACKED).
TABLE_OF = {"version_snapshots": "article_versions"}
#: A rewrite of a row of the key is a rewrite of the entries listed too.
ALSO = {"article_versions": ("version_snapshots",)}

_CRAWL_ROWS = {
    "fetches": "crawl_id = ?",
    "captures": "crawl_id = ?",
    "article_versions": "crawl_id = ?",
    "raw_pages": "id in (select raw_page_id from article_versions where crawl_id = ?)",
    "bodies": "id in (select body_id from article_versions where crawl_id = ?)",
    "version_fields": "id in (select fields_id from article_versions where crawl_id = ?)",
    "version_snapshots": "crawl_id = ?",
    "requisites": "id in (select id from fetches where crawl_id = ? and page_type = 'requisite')",
}


def _value(value):
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return value


def row_digest(values: Iterable) -> str:
    return hashlib.sha256(json.dumps([_value(v) for v in values], ensure_ascii=False).encode()).hexdigest()


def digests(db: sqlite_utils.Database, table: str, where: str, params: list) -> list[list]:
    """``[table, id, digest]`` of the rows of ``table`` matching ``where``, by id."""
    return [[table, row[0], row_digest(row)] for row in db.execute(
        f"select {', '.join(TRACKED[table])} from {TABLE_OF.get(table, table)} where {where} order by id", params)]


def current_digests(db: sqlite_utils.Database, table: str) -> dict[int, str]:
    """id -> digest of every row of a TRACKED entry as it is now."""
    return {row[0]: row_digest(row) for row in db.execute(
        f"select {', '.join(TRACKED[table])} from {TABLE_OF.get(table, table)}")}


def note_rewrite(db: sqlite_utils.Database, table: str, row_id: int) -> None:
    """The archive rewrote or deleted a sealed row (a reparse, a settled site): the next seal takes
    its new digest, or its absence."""
    db.execute("insert into manifest_pending (tbl, row_id) values (?, ?) on conflict do nothing", [table, row_id])


def chain_hash(prev: Optional[str], crawl_id: Optional[int], digest: str) -> str:
    return hashlib.sha256(f"{prev or ''}|{crawl_id if crawl_id is not None else ''}|{digest}".encode()).hexdigest()


def seal(db: sqlite_utils.Database, crawl_id: Optional[int] = None, rows: Optional[list] = None,
         sealed_at: str = "") -> Optional[str]:
    """Append a manifest of ``rows`` plus the pending rewrites; returns its hash (None: nothing to seal)."""
    from archive.db.store import utcnow

    rows = list(rows or [])
    for pending, row_id in db.execute("select tbl, row_id from manifest_pending").fetchall():
        for table in (pending, *ALSO.get(pending, ())):
            if table in TRACKED:
                # a row the archive itself deleted (a body no version uses any more) is sealed as gone
                rows += digests(db, table, "id = ?", [row_id]) or [[table, row_id, None]]
    db.execute("delete from manifest_pending")
    if not rows and crawl_id is None:
        return None
    text = json.dumps(rows, separators=(",", ":"))
    digest = hashlib.sha256(text.encode()).hexdigest()
    last = db.execute("select hash from manifests order by id desc limit 1").fetchone()
    prev = last[0] if last else None
    value = chain_hash(prev, crawl_id, digest)
    db.execute("insert into manifests (crawl_id, sealed, rows, rows_gz, digest, prev_hash, hash) "
               "values (?, ?, ?, ?, ?, ?, ?)",
               [crawl_id, sealed_at or utcnow(), len(rows), gzip.compress(text.encode()), digest, prev, value])
    return value


def seal_crawl(db: sqlite_utils.Database, crawl_id: int) -> str:
    """The manifest of a crawl that ended (finished, failed or interrupted): every row it wrote."""
    rows = []
    for table, where in _CRAWL_ROWS.items():
        rows += digests(db, table, where, [crawl_id])
    return seal(db, crawl_id, rows)
