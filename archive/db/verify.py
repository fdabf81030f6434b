"""``health-archive verify``: is the archive what was written? SQLite's integrity check, every stored
body against its digest (raw pages, capture payloads, version snapshots), every capture's body present, the chain of
manifests (archive.db.manifest) unbroken, and every sealed row as it was sealed.

Reads only. Each problem is one line naming the table and row; :func:`verify` yields them.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from typing import Iterator

import sqlite_utils

from archive.db.manifest import ALSO, TABLE_OF, TRACKED, chain_hash, current_digests


@dataclass
class Report:
    checked: dict = field(default_factory=dict)  # what -> how many
    problems: int = 0
    head: str = ""       # the hash of the last manifest: keep it elsewhere to detect a rewritten chain
    unsealed: int = 0    # rows the archive rewrote since its last seal (a reparse): checked at the next


def _body_problem(table: str, key, url, sha: str, blob: bytes) -> str:
    try:
        body = gzip.decompress(blob)
    except (OSError, EOFError, zlib.error) as exc:
        return f"{table} {key}: stored body unreadable ({' '.join(str(exc).split())[:120]}){_at(url)}"
    actual = hashlib.sha256(body).hexdigest()
    if actual != sha:
        return f"{table} {key}: stored body's sha256 is {actual[:16]}..., recorded {sha[:16]}...{_at(url)}"
    return ""


def _at(url) -> str:
    return f" [{url}]" if url else ""


#: The image a payload is, when it is one (archive.crawl.requisites): named in a problem with the payload.
_REQUISITE_URL = "(select 'requisite ' || q.url from requisites q where q.sha256 = payloads.sha256 order by q.id limit 1)"


def check_bodies(db: sqlite_utils.Database, report: Report,
                 tables=("raw_pages", "payloads", "version_fields")) -> Iterator[str]:
    """Every stored body (and version snapshot) against its sha256 (page requisites named by
    their URL); every capture's and every stored requisite's body present."""
    requisites = db["requisites"].exists()
    for table, key, url, column in (("raw_pages", "id", "url", "body_gz"),
                                    ("payloads", "sha256", _REQUISITE_URL if requisites else "null", "body_gz"),
                                    ("version_fields", "id", "null", "fields_gz")):
        if table not in tables or not db[table].exists():
            continue
        count = 0
        for row_key, row_url, sha, blob in db.execute(f"select {key}, {url}, sha256, {column} from {table}"):
            count += 1
            problem = _body_problem(table, row_key, row_url, sha, blob)
            if problem:
                yield problem
        report.checked[table] = count
    if "payloads" not in tables:
        return
    missing = db.execute(
        "select c.id, c.url, c.payload_sha256 from captures c where c.payload_sha256 is not null "
        "and not exists (select 1 from payloads p where p.sha256 = c.payload_sha256) "
        "and not exists (select 1 from raw_pages r where r.sha256 = c.payload_sha256)").fetchall()
    for capture_id, url, sha in missing:
        yield f"captures {capture_id}: its body {sha[:16]}... is in neither payloads nor raw_pages{_at(url)}"
    report.checked["captures"] = db.execute("select count(*) from captures").fetchone()[0]
    if not requisites:
        return
    for fetch_id, url, sha in db.execute(
            "select q.id, q.url, q.sha256 from requisites q where q.sha256 is not null "
            "and not exists (select 1 from payloads p where p.sha256 = q.sha256)").fetchall():
        yield f"requisites {fetch_id}: its image {sha[:16]}... is not in payloads{_at(url)}"
    report.checked["requisites"] = db.execute("select count(distinct sha256) from requisites").fetchone()[0]


def check_chain(db: sqlite_utils.Database, report: Report) -> Iterator[str]:
    """Each manifest's rows against its digest, its hash against the one before; then every row a
    manifest sealed against its latest sealed digest."""
    expected: dict[tuple[str, int], tuple[str, str]] = {}  # (table, id) -> (digest, which manifest)
    prev = None
    first_crawl = None
    sealed_crawls = set()
    count = 0
    for mid, crawl_id, rows_gz, digest, prev_hash, value in db.execute(
            "select id, crawl_id, rows_gz, digest, prev_hash, hash from manifests order by id"):
        count += 1
        name = f"manifest {mid}" + (f" (crawl {crawl_id})" if crawl_id is not None else "")
        try:
            text = gzip.decompress(rows_gz)
            rows = json.loads(text)
        except (OSError, EOFError, zlib.error, ValueError) as exc:
            yield f"{name}: its row list is unreadable ({exc})"
            rows, text = [], b""
        if hashlib.sha256(text).hexdigest() != digest:
            yield f"{name}: its row list does not match its digest (the manifest was edited)"
        if prev_hash != prev:
            yield f"{name}: does not chain to the manifest before it (one was edited or deleted)"
        if chain_hash(prev_hash, crawl_id, digest) != value:
            yield f"{name}: its hash does not match its contents (the manifest was edited)"
        prev = value
        if crawl_id is not None:
            sealed_crawls.add(crawl_id)
            first_crawl = crawl_id if first_crawl is None else min(first_crawl, crawl_id)
        for table, row_id, row_hash in rows:
            expected[(table, row_id)] = (row_hash, name)
    report.head = prev or ""
    report.checked["manifests"] = count
    if first_crawl is not None:
        for (crawl_id,) in db.execute("select id from crawls where id > ? and status != 'running' order by id",
                                      [first_crawl]):
            if crawl_id not in sealed_crawls:
                yield f"crawls {crawl_id}: ended without a manifest (its manifest was deleted?)"
    pending = set(db.execute("select tbl, row_id from manifest_pending").fetchall())
    pending |= {(also, row_id) for table, row_id in pending for also in ALSO.get(table, ())}
    report.unsealed = len(pending)
    by_table: dict[str, dict[int, tuple[str, str]]] = {}
    for (table, row_id), value in expected.items():
        by_table.setdefault(table, {})[row_id] = value
    for table, rows in by_table.items():
        if table not in TRACKED:
            continue
        current = current_digests(db, table)
        for row_id in sorted(rows):
            row_hash, name = rows[row_id]
            if (table, row_id) in pending or row_hash is None:     # None: deleted by the archive, sealed so
                continue
            label = f"{TABLE_OF[table]} {row_id} ({table})" if table in TABLE_OF else f"{table} {row_id}"
            if row_id not in current:
                yield f"{label}: deleted after {name} sealed it"
            elif current[row_id] != row_hash:
                yield f"{label}: changed after {name} sealed it"
        report.checked[f"sealed {table}"] = len(rows)


def verify(db: sqlite_utils.Database, report: Report) -> Iterator[str]:
    """Every problem found, one line each; ``report`` gets the counts."""
    for (line,) in db.execute("pragma integrity_check").fetchall():
        if line != "ok":
            report.problems += 1
            yield f"integrity_check: {line}"
    if not db["manifests"].exists():  # an archive this version has not opened yet: raw pages only
        for problem in check_bodies(db, report, ("raw_pages",)):
            report.problems += 1
            yield problem
        return
    for check in (check_bodies, check_chain):
        for problem in check(db, report):
            report.problems += 1
            yield problem
