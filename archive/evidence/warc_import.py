"""Import WARC and WACZ files (ours or another crawler's: Browsertrix, Heritrix, wget, Common Crawl)
through the crawl's own path: each HTML response is decoded and extracted by archive.extract.ingest and
stored by archive.db.store.Archive.save_visit, dated by its capture time, as one "crawl" row of profile
``import`` whose versions carry the file they came from in ``article_versions.source``.

A ``revisit`` of identical payload is read with the body of the record it refers to (earlier in
the same file); a server-not-modified revisit is a 304 (the article is seen, nothing else moves).
"""
from __future__ import annotations

import gzip
import io
import os
import zlib
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

from archive.crawl.discover import sniff_kind
from archive.extract.ingest import extract_page
from archive.db.store import Archive, FetchedPage
from archive.evidence.warc import NOT_MODIFIED_PROFILE
from archive.db.transaction import unit

# WARC-Profile of a server-not-modified revisit, in WARC 1.0 and 1.1
_NOT_MODIFIED = (NOT_MODIFIED_PROFILE, NOT_MODIFIED_PROFILE.replace("1.1", "1.0"))


class ImportError_(ValueError):
    """The file cannot be imported: not a WARC or WACZ, unreadable."""


@dataclass
class ImportCounts:
    records: int = 0     # WARC records read
    pages: int = 0       # responses and revisits stored as visits
    articles: int = 0    # of which articles new or changed
    skipped: int = 0     # revisits of a body not in the file, responses without HTTP headers
    crawl_id: Optional[int] = None


@contextmanager
def _warc_streams(path: str) -> Iterator[list]:
    """Binary streams of the WARCs in ``path``: itself, or the archive/ members of a WACZ."""
    if path.lower().endswith(".wacz"):
        try:
            wacz = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportError_(f"{path}: not a readable WACZ ({exc})") from None
        with wacz:
            names = sorted(n for n in wacz.namelist() if n.startswith("archive/") and ".warc" in n)
            if not names:
                raise ImportError_(f"{path}: a WACZ with no WARC under archive/")
            streams = [wacz.open(name) for name in names]
            try:
                yield streams
            finally:
                for stream in streams:
                    stream.close()
        return
    try:
        stream = open(path, "rb")
    except OSError as exc:
        raise ImportError_(f"{path}: {exc.strerror or exc}") from None
    with stream:
        yield [stream]


def _check_start(stream, path: str) -> None:
    """ImportError_ unless the stream starts with a WARC record (gzipped or not); back at its start."""
    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=stream) as member:
                head = member.read(5)
        except (OSError, EOFError, zlib.error):
            head = b""
        stream.seek(0)
    else:
        head = stream.read(5)
        stream.seek(0)
    if head != b"WARC/":
        raise ImportError_(f"{path}: not a WARC file (it does not start with a WARC record)")


def _decoded(record, raw: bytes) -> bytes:
    """The entity body of a response: transfer and content coding removed, as warcio reads it."""
    from warcio.bufferedreaders import ChunkedDataReader, DecompressingBufferedReader

    headers = record.http_headers
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower() or None
    if encoding not in (None, "gzip", "x-gzip", "deflate", "br"):
        encoding = None
    encoding = "gzip" if encoding == "x-gzip" else encoding
    chunked = "chunked" in (headers.get_header("Transfer-Encoding") or "").lower()
    reader_class = ChunkedDataReader if chunked else DecompressingBufferedReader
    return reader_class(io.BytesIO(raw), decomp_type=encoding).read()


def _iso(warc_date: str) -> str:
    """A WARC-Date as the archive's timestamps are written (ISO 8601, +00:00)."""
    text = (warc_date or "").replace("Z", "+00:00")
    return text if "T" in text else ""


def _page(record, body: bytes, raw: bytes) -> FetchedPage:
    headers = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched_at = _iso(record.rec_headers.get_header("WARC-Date"))
    page = FetchedPage(url=url, status=int(headers.get_statuscode() or 0), body=body,
                       content_type=headers.get_header("Content-Type") or "", fetched_at=fetched_at,
                       etag=headers.get_header("ETag") or "", last_modified=headers.get_header("Last-Modified") or "")
    head = "\r\n".join([f"{headers.protocol} {headers.statusline}".strip(),
                        *(f"{n}: {v}" for n, v in headers.headers)])
    page.capture = [{"url": url, "method": "GET", "request_head": None, "requested_at": None, "status": page.status,
                     "protocol": headers.protocol, "ip": record.rec_headers.get_header("WARC-IP-Address") or "",
                     "response_head": head, "body": raw if raw != body else None, "same_as_page": raw == body,
                     "decoded": "", "fetched_at": fetched_at}]
    return page


def _visit(archive: Archive, crawl_id: int, page: FetchedPage, counts: ImportCounts) -> None:
    """One response through the crawl's path: extracted if it is an HTML page, stored by Archive.save_visit."""
    if page.status == 304:
        archive.save_visit(crawl_id, page, kind="not_modified", key=page.url)
    elif page.status in (404, 410):
        archive.save_visit(crawl_id, page, kind="gone", key=page.url, error=f"HTTP {page.status}")
    elif not 200 <= page.status < 300:
        archive.save_visit(crawl_id, page, kind="other", key=page.url, error=f"HTTP {page.status}")
    elif page.url.endswith("/robots.txt"):
        archive.save_visit(crawl_id, page, kind="robots", key=page.url)
    elif sniff_kind(page.body, page.content_type) != "html" or not page.body.strip():
        archive.save_visit(crawl_id, page, kind=sniff_kind(page.body, page.content_type), key=page.url)
    else:
        from archive.urls import site_of

        template = archive.knowledge.template(site_of(page.url))
        article, page.encoding = extract_page(page.body, page.url, page.content_type or None, template, learn=True)
        if article.archivable:
            outcome, _ = archive.save_visit(crawl_id, page, kind="article", key=page.url, article=article)
            counts.articles += outcome in ("new", "changed")
        else:
            archive.save_visit(crawl_id, page, kind=article.page_type or "listing", key=page.url,
                               error="" if not article.is_article else "article without extractable body")
    counts.pages += 1


def import_warc(archive: Archive, path: str, source: str = "") -> ImportCounts:
    """Import one WARC/WACZ file into ``archive``; returns what it read and stored."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = source or "warc:" + os.path.basename(path)
    counts = ImportCounts()
    bodies: dict[str, tuple[bytes, bytes]] = {}  # payload digest -> (raw, decoded) of a response in the file
    with _warc_streams(path) as streams:
        for stream in streams:
            _check_start(stream, path)  # before the import's crawl row: a file that is no WARC leaves nothing
        counts.crawl_id = crawl_id = archive.start_crawl([os.path.abspath(path)], {"import": source},
                                                         profile="import")
        try:
            for stream in streams:
                for record in ArchiveIterator(stream, no_record_parse=False):
                    counts.records += 1
                    raw = record.raw_stream.read()
                    if getattr(record.raw_stream, "limit", 0):  # fewer bytes than its Content-Length
                        raise ArchiveLoadFailed(f"record {counts.records} ({record.rec_type}) is cut short: "
                                                "the file is truncated")
                    if record.rec_type not in ("response", "revisit") or record.http_headers is None:
                        continue
                    if not record.http_headers.protocol.upper().startswith("HTTP"):
                        counts.skipped += 1
                        continue
                    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
                    if record.rec_type == "response":
                        body = _decoded(record, raw)
                        if digest:
                            bodies[digest] = (raw, body)
                    elif record.rec_headers.get_header("WARC-Profile") in _NOT_MODIFIED:
                        body = b""
                    elif digest in bodies:
                        raw, body = bodies[digest]
                    else:
                        counts.skipped += 1
                        continue
                    _visit(archive, crawl_id, _page(record, body, raw), counts)  # one transaction each
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:  # cut short or corrupt mid-file
            archive.finish_crawl(crawl_id, "failed", message=f"{path}: {exc}")
            raise ImportError_(f"{path}: a damaged WARC ({' '.join(str(exc).split())[:200]}); the "
                               f"{counts.pages} pages before it are imported (crawl {crawl_id})") from None
        with unit(archive.db):
            archive.settle_sites()
            archive.settle_superseded(crawl_id)
            archive.knowledge.save()
            archive.mark_source(crawl_id, source)
            archive.finish_crawl(crawl_id, "finished", message=f"imported from {path}")
    return counts


def is_warc_path(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz", ".wacz"))


def html_responses(path: str) -> Iterator[FetchedPage]:
    """The HTML responses (status 2xx) of a WARC or WACZ, each as a FetchedPage with its own URL and
    capture time, the body decoded of its transfer and content coding. ImportError_ for a file that
    is no WARC; warcio's ArchiveLoadFailed, EOFError or zlib.error for one damaged in the middle."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with _warc_streams(path) as streams:
        for stream in streams:
            _check_start(stream, path)
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                raw = record.raw_stream.read()
                if getattr(record.raw_stream, "limit", 0):
                    raise ArchiveLoadFailed("a record is cut short: the file is truncated")
                page = _page(record, b"", raw)
                if not 200 <= page.status < 300 or sniff_kind(raw[:2048], page.content_type) == "sitemap":
                    continue
                page.body = _decoded(record, raw)
                if sniff_kind(page.body, page.content_type) == "html":
                    yield page
