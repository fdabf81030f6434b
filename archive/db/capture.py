"""Captures: every HTTP exchange of a crawl as it happened (request as sent, response as received,
body as transferred, redirect hops, server address), stored once per body digest, so an archived
page can be shown to be what the server sent and exported as WARC records (archive.evidence.warc).

A hop is a plain dict made by :func:`hop` (the crawler's capture middleware builds it next to the
download handler, a distributed worker sends it through Redis with the page); the archive writes
the hops of one visit beside its ``fetches`` row (archive.db.store.Archive.save_visit). A 304 is a
``revisit`` of the last stored capture of its URL, whose body it did not send again.
"""
from __future__ import annotations

import gzip
from http import HTTPStatus
from typing import Optional
from urllib.parse import urlsplit

import sqlite_utils


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def request_head(method: str, url: str, headers: list[tuple[str, str]], protocol: str = "HTTP/1.1") -> str:
    """The request line and headers as sent; a Host header is added where the handler adds it."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if not any(name.lower() == "host" for name, _ in headers):
        headers = [("Host", parts.netloc), *headers]
    version = protocol if protocol.startswith("HTTP/1") else "HTTP/1.1"
    return "\r\n".join([f"{method} {target} {version}", *(f"{n}: {v}" for n, v in headers)])


def response_head(status: int, headers: list[tuple[str, str]], protocol: str = "HTTP/1.1") -> str:
    version = protocol if protocol.startswith("HTTP/") else "HTTP/1.1"
    return "\r\n".join([f"{version} {status} {_reason(status)}".rstrip(), *(f"{n}: {v}" for n, v in headers)])


def hop(*, url: str, method: str, request_headers: list, requested_at: str, status: int, protocol: str,
        response_headers: list, body: bytes, fetched_at: str, ip: str = "") -> dict:
    """One download as it happened. The body is the one the download handler gave: transfer
    coding (chunked) removed, content coding (gzip) kept; ``decoded`` says what was removed."""
    chunked = any(n.lower() == "transfer-encoding" and "chunked" in v.lower() for n, v in response_headers)
    return {
        "url": url, "method": method, "requested_at": requested_at, "fetched_at": fetched_at,
        "request_head": request_head(method, url, request_headers, protocol or "HTTP/1.1"),
        "status": status, "protocol": protocol or "", "ip": ip,
        "response_head": response_head(status, response_headers, protocol or "HTTP/1.1"),
        "body": body, "decoded": "chunked" if chunked else "",
    }


def attach(page, hops: Optional[list]) -> None:
    """Put a visit's hops on its FetchedPage; the last hop's body is not carried twice when it is
    the page's own body (no content coding)."""
    if not hops:
        return
    hops = [dict(h) for h in hops]
    last = hops[-1]
    if last.get("body") is not None and last["body"] == page.body:
        last["body"], last["same_as_page"] = None, True
    page.capture = hops


def load_payload(db: sqlite_utils.Database, sha: str) -> Optional[bytes]:
    """The stored body of digest ``sha`` (payloads first, then raw_pages); None if none is stored."""
    for table in ("payloads", "raw_pages"):
        row = db.execute(f"select body_gz from {table} where sha256 = ?", [sha]).fetchone()
        if row is not None:
            return gzip.decompress(row[0])
    return None


# -- reading captures back (WARC export) ------------------------------------------------------------

def _range(since: str = "", before: str = "", through: str = "") -> tuple[str, list]:
    clauses, params = [], []
    for op, value in ((">=", since), ("<", before), ("<=", through)):
        if value:
            clauses.append(f"fetched_at {op} ?")
            params.append(value)
    return (" where " + " and ".join(clauses)) if clauses else "", params


def selected(db: sqlite_utils.Database, *, since: str = "", before: str = "", through: str = "") -> list[tuple]:
    """Captures fetched in the range, oldest first, with what a WARC record of each needs."""
    where, params = _range(since, before, through)
    return db.execute("select id, url, method, request_head, response_head, status, protocol, ip, fetched_at, "
                      "requested_at, payload_sha256, decoded, kind, refers_to from captures" + where
                      + " order by fetched_at, id", params).fetchall()


def any_selected(db: sqlite_utils.Database, *, since: str = "", before: str = "", through: str = "") -> bool:
    where, params = _range(since, before, through)
    return bool(db.execute(f"select exists (select 1 from captures{where})", params).fetchone()[0])


def digest_of(db: sqlite_utils.Database, capture_id: int) -> Optional[tuple[str, str, str]]:
    """A capture's URL, time and payload digest (what a revisit record refers to)."""
    return db.execute("select url, fetched_at, payload_sha256 from captures where id = ?", [capture_id]).fetchone()


def title_of(db: sqlite_utils.Database, capture_id: int) -> str:
    """The title of the newest version of the article the capture's fetch archived, or ''."""
    row = db.execute("select v.title from fetches f join article_versions v on v.article_id = f.article_id "
                     "where f.id = (select fetch_id from captures where id = ?) order by v.version desc limit 1",
                     [capture_id]).fetchone()
    return row[0] if row and row[0] else ""
