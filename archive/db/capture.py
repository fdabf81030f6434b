"""Captures: every HTTP exchange of a crawl as it happened (request as sent, response as received,
body as transferred, redirect hops, server address), stored once per body digest, so an archived
page can be shown to be what the server sent and exported as WARC records (archive.evidence.warc).

A hop is a plain dict made by :func:`hop` (the crawler's capture middleware builds it next to the
download handler, a distributed worker sends it through Redis with the page); :func:`save_captures`
writes the hops of one visit beside its ``fetches`` row. A 304 is a ``revisit`` of the last stored
capture of its URL, whose body it did not send again.
"""
from __future__ import annotations

import gzip
import hashlib
import json
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


def store_payload(db: sqlite_utils.Database, body: bytes) -> str:
    """Store ``body`` once by its SHA-256 (a body raw_pages already holds is not stored again)."""
    sha = hashlib.sha256(body).hexdigest()
    if db.execute("select 1 from raw_pages where sha256 = ?", [sha]).fetchone() is None:
        db.execute("insert into payloads (sha256, size, body_gz) values (?, ?, ?) on conflict (sha256) do nothing",
                   [sha, len(body), gzip.compress(body, compresslevel=6)])
    return sha


def load_payload(db: sqlite_utils.Database, sha: str) -> Optional[bytes]:
    """The stored body of digest ``sha`` (payloads first, then raw_pages); None if none is stored."""
    for table in ("payloads", "raw_pages"):
        row = db.execute(f"select body_gz from {table} where sha256 = ?", [sha]).fetchone()
        if row is not None:
            return gzip.decompress(row[0])
    return None


_INSERT_SQL = (
    "insert into captures (crawl_id, fetch_id, hop, kind, url, method, request_head, requested_at, status, "
    "protocol, ip, response_head, fetched_at, payload_sha256, payload_size, decoded, refers_to, source) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

_LAST_RESPONSE_SQL = (
    "select id from captures where url = ? and kind = 'response' and status between 200 and 299 "
    "order by fetched_at desc, id desc limit 1")


def save_captures(db: sqlite_utils.Database, crawl_id: Optional[int], fetch_id: Optional[int], page, *,
                  source: str = "crawl") -> int:
    """Write the hops ``page.capture`` holds; returns how many. Inside the visit's transaction."""
    hops = getattr(page, "capture", None) or []
    for number, h in enumerate(hops):
        body = page.body if h.get("same_as_page") else (h.get("body") or b"")
        kind, refers_to = "response", None
        if h["status"] == 304:
            row = db.execute(_LAST_RESPONSE_SQL, [h["url"]]).fetchone()
            kind, refers_to = "revisit", row[0] if row else None
        db.execute(_INSERT_SQL, [
            crawl_id, fetch_id, number, kind, h["url"], h.get("method") or "GET", h.get("request_head"),
            h.get("requested_at"), h["status"], h.get("protocol") or None, h.get("ip") or None, h.get("response_head"),
            # the last hop is the visit: its time is the visit's (the version's fetched_at)
            (page.fetched_at if number == len(hops) - 1 else "") or h.get("fetched_at") or page.fetched_at, store_payload(db, body), len(body), h.get("decoded") or None,
            refers_to, source])
    return len(hops)


#: 304 visits of one hop each, set-based like archive.db.store's other 304 statements: one insert for
#: the batch, its rows one JSON array ([fetch_id, url, method, request_head, requested_at, status,
#: protocol, ip, response_head, fetched_at] each), each a revisit of its URL's last stored response.
_REVISITS_SQL = (
    "insert into captures (crawl_id, fetch_id, hop, kind, url, method, request_head, requested_at, status, "
    "protocol, ip, response_head, fetched_at, payload_sha256, payload_size, decoded, refers_to, source) "
    "select ?, json_extract(j.value, '$[0]'), 0, 'revisit', json_extract(j.value, '$[1]'), "
    "json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'), "
    "json_extract(j.value, '$[5]'), json_extract(j.value, '$[6]'), json_extract(j.value, '$[7]'), "
    "json_extract(j.value, '$[8]'), json_extract(j.value, '$[9]'), ?, 0, null, "
    "(select c.id from captures c where c.url = json_extract(j.value, '$[1]') and c.kind = 'response' "
    " and c.status between 200 and 299 order by c.fetched_at desc, c.id desc limit 1), 'crawl' "
    "from json_each(?) j order by j.key")
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def save_not_modified_captures(db: sqlite_utils.Database, crawl_id: Optional[int], first_fetch_id: int,
                               pages: list) -> None:
    """The captures of a batch of 304 visits whose fetches rows have ids from ``first_fetch_id``
    on, in order: a lone 304 without a body in one statement for the batch, anything else (a
    redirect before it) hop by hop."""
    rows = []
    for offset, page in enumerate(pages):
        hops = getattr(page, "capture", None) or []
        if len(hops) == 1 and hops[0]["status"] == 304 and not (hops[0].get("body") or
                                                                 hops[0].get("same_as_page") and page.body):
            h = hops[0]
            rows.append([first_fetch_id + offset, h["url"], h.get("method") or "GET", h.get("request_head"),
                         h.get("requested_at"), 304, h.get("protocol") or None, h.get("ip") or None,
                         h.get("response_head"), page.fetched_at or h.get("fetched_at")])
        elif hops:
            save_captures(db, crawl_id, first_fetch_id + offset, page)
    if rows:
        store_payload(db, b"")
        db.execute(_REVISITS_SQL, [crawl_id, EMPTY_SHA256, json.dumps(rows)])


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
