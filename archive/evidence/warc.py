"""WARC 1.1 and WACZ export of the archive's captures (archive.db.capture), written with warcio.

Each capture becomes a ``request`` and a ``response`` record (WARC-Concurrent-To each other), a
304 a ``revisit`` (server-not-modified) of the capture it did not send again, and a 200 whose body
is the one an earlier record of the same URL in the file holds a ``revisit``
(identical-payload-digest). A ``warcinfo`` record names the software. Block and payload digests
are SHA-1 (warcio's, what replay tools expect). Record ids are derived from the capture, so the
same archive exports the same ids.

A WACZ (https://specs.webrecorder.net/wacz/1.1.1/) zips the WARC with a CDXJ index, a pages list
(the archived articles) and ``datapackage.json`` listing every file with its SHA-256.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Optional
from urllib.parse import urlsplit

import sqlite_utils

from archive.db import capture
from archive.db.capture import load_payload
from archive.urls import site_of

NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
IDENTICAL_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
WACZ_VERSION = "1.1.1"


class ExportError(ValueError):
    """The export cannot be made as asked (nothing matches, a bad date)."""


def software() -> str:
    try:
        ours = version("health-archive")
    except PackageNotFoundError:
        ours = "unknown"
    try:
        warcio_version = version("warcio")
    except PackageNotFoundError:
        warcio_version = "unknown"
    return f"health-archive/{ours} (warcio/{warcio_version})"


def warc_date(iso: str) -> str:
    """An ISO timestamp of the archive as a WARC-Date (UTC, Z)."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text + "Z"


def sha1_digest(body: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def record_id(*parts) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'health-archive:' + ':'.join(map(str, parts)))}>"


@dataclass
class Selection:
    """Which captures go out: a site (host, as ``articles.site``), a date range (inclusive, on the
    capture time; a bare date covers its whole day)."""
    sites: tuple = ()
    since: str = ""
    until: str = ""

    def bounds(self) -> dict:
        """The range as capture.selected reads it: ``since``, and ``before`` (a bare date: up to the end
        of that day) or ``through`` (a time, inclusive)."""
        if self.until and len(self.until) == 10:
            return {"since": self.since, "before": (date.fromisoformat(self.until) + timedelta(days=1)).isoformat()}
        return {"since": self.since, "through": self.until}

    def takes(self, url: str) -> bool:
        return not self.sites or site_of(url) in self.sites


@dataclass
class ExportCounts:
    records: int = 0
    responses: int = 0
    requests: int = 0
    revisits: int = 0
    skipped: int = 0  # revisits of a capture whose body the archive does not hold
    pages: list = field(default_factory=list)  # (url, WARC-Date, title) of the articles, for WACZ


def _headers(head: str, decoded: Optional[str]):
    """A stored head as warcio's StatusAndHeaders. A body stored without its transfer coding keeps
    the header under X-Archive-Orig- (replay tools must not dechunk it again)."""
    from warcio.statusandheaders import StatusAndHeaders

    lines = head.split("\r\n")
    statusline, headers = lines[0], []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name, value = name.strip(), value.strip()
        if decoded and name.lower() == "transfer-encoding":
            name = "X-Archive-Orig-" + name
        headers.append((name, value))
    protocol, _, status = statusline.partition(" ")
    if protocol.startswith("HTTP/"):  # a response: "HTTP/1.1 200 OK"
        return StatusAndHeaders(status, headers, protocol=protocol)
    method, _, rest = statusline.partition(" ")  # a request: "GET /path HTTP/1.1"
    target, _, protocol = rest.rpartition(" ")
    return StatusAndHeaders(f"{method} {target}", headers, protocol=protocol, is_http_request=True)


def write_warc(db: sqlite_utils.Database, out, selection: Selection = Selection(), filename: str = "") -> ExportCounts:
    """Write the selected captures to ``out`` (a binary file) as gzipped WARC 1.1 records."""
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    counts = ExportCounts()
    info = writer.create_warcinfo_record(filename, {
        "software": software(), "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description": "health-archive export" + (f" of {', '.join(selection.sites)}" if selection.sites else ""),
    })
    writer.write_record(info)
    counts.records += 1
    written: dict[int, tuple[str, str, str]] = {}  # capture id -> (record id, WARC-Date, payload SHA-1)
    first_of: dict[tuple[str, str], tuple[str, str]] = {}  # (url, payload SHA-1) -> (record id, WARC-Date)
    for row in capture.selected(db, **selection.bounds()):
        (cid, url, method, req_head, resp_head, status, protocol, ip, fetched_at, requested_at, sha, decoded,
         kind, refers_to) = row
        if not selection.takes(url) or not resp_head:
            continue
        date = warc_date(fetched_at)
        common = {"WARC-Date": date}
        if ip:
            common["WARC-IP-Address"] = ip
        if protocol:
            common["WARC-Protocol"] = protocol.lower()
        response_id = record_id("response", cid, url, fetched_at, sha)
        http_headers = _headers(resp_head, decoded)
        if kind == "revisit":
            target = written.get(refers_to) if refers_to else None
            if target is None and refers_to:
                target = _referred(db, refers_to)
            if target is None:
                counts.skipped += 1
                continue
            record = writer.create_revisit_record(url, target[2], url, target[1], http_headers=http_headers,
                                                  warc_headers_dict={"WARC-Record-ID": response_id, **common})
            record.rec_headers.replace_header("WARC-Profile", NOT_MODIFIED_PROFILE)
            if refers_to in written:
                record.rec_headers.add_header("WARC-Refers-To", written[refers_to][0])
            counts.revisits += 1
        else:
            body = load_payload(db, sha) if sha else b""
            if body is None:
                counts.skipped += 1
                continue
            digest = sha1_digest(body)
            earlier = first_of.get((url, digest)) if status == 200 and body else None
            if earlier is not None:
                record = writer.create_revisit_record(url, digest, url, earlier[1], http_headers=http_headers,
                                                      warc_headers_dict={"WARC-Record-ID": response_id, **common})
                record.rec_headers.add_header("WARC-Refers-To", earlier[0])
                counts.revisits += 1
            else:
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                   http_headers=http_headers,
                                                   warc_headers_dict={"WARC-Record-ID": response_id, **common})
                if status == 200 and body:
                    first_of[(url, digest)] = (response_id, date)
                counts.responses += 1
            written[cid] = (response_id, date, digest)
            if status == 200 and (title := _title(db, cid)):
                counts.pages.append((url, date, title))
        writer.write_record(record)
        counts.records += 1
        if req_head:
            request = writer.create_warc_record(url, "request", http_headers=_headers(req_head, None),
                                                warc_headers_dict={
                                                    "WARC-Record-ID": record_id("request", cid, url, fetched_at),
                                                    "WARC-Date": warc_date(requested_at or fetched_at),
                                                    "WARC-Concurrent-To": response_id})
            writer.write_record(request)
            counts.requests += 1
            counts.records += 1
    return counts


def _referred(db, capture_id: int) -> Optional[tuple[str, str, str]]:
    """A capture outside the selection that a revisit refers to: its id, date and payload digest."""
    row = capture.digest_of(db, capture_id)
    if row is None:
        return None
    body = load_payload(db, row[2]) if row[2] else None
    if body is None:
        return None
    return record_id("response", capture_id, row[0], row[1], row[2]), warc_date(row[1]), sha1_digest(body)


def _title(db, capture_id: int) -> str:
    return capture.title_of(db, capture_id)


# -- WACZ --------------------------------------------------------------------------------------------


def surt(url: str) -> str:
    """Sort-friendly URI Reordering Transform as pywb and the ``surt`` package key CDXJ lines: the
    host's labels reversed (www. dropped, the port unless the scheme's default), the path and query
    lower-cased, a trailing slash dropped below the root, the query's parameters sorted."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = re.sub(r"^www\d*\.", "", host)
    host = ",".join(reversed(host.split(".")))
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host += f":{port}"
    path = (parts.path or "/").lower()
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = "&".join(sorted(parts.query.lower().split("&"))) if parts.query else ""
    return f"{host}){path}" + (f"?{query}" if query else "")


def cdxj_lines(warc_path: str, filename: str) -> list[str]:
    """One CDXJ line per response and revisit record of the WARC, sorted."""
    from warcio.archiveiterator import ArchiveIterator

    lines = []
    with open(warc_path, "rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type not in ("response", "revisit"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date")
            stamp = "".join(ch for ch in date if ch.isdigit())[:14]
            http = record.http_headers
            entry = {"url": url, "mime": (http.get_header("Content-Type") or "").split(";")[0].strip() if http else "",
                     "status": http.get_statuscode() if http else "",
                     "digest": record.rec_headers.get_header("WARC-Payload-Digest") or "",
                     "filename": filename}
            if record.rec_type == "revisit":
                entry["mime"] = "warc/revisit"
            record.content_stream().read()  # to the record's end, so its length is known
            entry["offset"] = records.get_record_offset()
            entry["length"] = records.get_record_length()
            lines.append(f"{surt(url)} {stamp} {json.dumps(entry, separators=(',', ':'))}")
    return sorted(lines)


def _sha256_file(path: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return "sha256:" + digest.hexdigest(), size


def write_wacz(db: sqlite_utils.Database, out_path: str, selection: Selection = Selection()) -> ExportCounts:
    """Write a WACZ: archive/data.warc.gz, indexes/index.cdx, pages/pages.jsonl, datapackage.json."""
    with tempfile.TemporaryDirectory(prefix="wacz-") as tmp:
        warc_name = "data.warc.gz"
        files = {"archive/" + warc_name: os.path.join(tmp, warc_name),
                 "indexes/index.cdx": os.path.join(tmp, "index.cdx"),
                 "pages/pages.jsonl": os.path.join(tmp, "pages.jsonl")}
        with open(files["archive/" + warc_name], "wb") as out:
            counts = write_warc(db, out, selection, filename=warc_name)
        with open(files["indexes/index.cdx"], "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in cdxj_lines(files["archive/" + warc_name], warc_name))
        with open(files["pages/pages.jsonl"], "w", encoding="utf-8") as out:
            out.write(json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "Archived articles"}) + "\n")
            seen = set()
            for url, when, title in counts.pages:
                if (url, when) not in seen:
                    seen.add((url, when))
                    out.write(json.dumps({"id": hashlib.sha1(f"{url} {when}".encode()).hexdigest(), "url": url,
                                          "ts": when, "title": title}, ensure_ascii=False) + "\n")
        resources = []
        for name, path in files.items():
            digest, size = _sha256_file(path)
            resources.append({"name": os.path.basename(name), "path": name, "hash": digest, "bytes": size})
        package = {"profile": "data-package", "wacz_version": WACZ_VERSION, "software": software(),
                   "created": warc_date(datetime.now(timezone.utc).isoformat()), "title": "health-archive export",
                   "resources": resources}
        with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_STORED) as wacz:
            for name, path in files.items():
                wacz.write(path, name)
            wacz.writestr("datapackage.json", json.dumps(package, indent=2))
    return counts
