"""Page requisites (archive.crawl.requisites): each archived article's images fetched by the crawl, stored
once per SHA-256, served by the archive's own Datasette, checked by verify.

Offline on a temporary archive (fast); end to end: a crawl of a small site of bad images on
loopback, and a crawl of the demo site read in headless Chromium with the site stopped.
"""
from __future__ import annotations

import gzip
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.crawl import requisites
from archive.demo import start_demo_server
from archive.demo.images import placeholder_png
from archive.crawl.requisites import Requisite
from archive.db.store import Archive, FetchedPage
from helpers import FAST, ROOT, free_port, query, run_cli, wait_for_http
from test_distributed import redis_db, redis_url  # noqa: F401 - its fixtures: a real redis-server on loopback

PNG = placeholder_png("shared", 40, 30)
OTHER_PNG = placeholder_png("other", 40, 30)


# -- offline: what is asked for, what is stored --------------------------------------------------


@pytest.mark.fast
def test_wanted_lists_body_images_then_the_lead_each_once_up_to_the_cap():
    found = requisites.wanted(["https://a.example/1.png", "data:image/png;base64,xx", "https://a.example/2.png",
                               "https://a.example/1.png", "javascript:alert(1)"], "https://a.example/og.jpg", 20)
    assert found == [("https://a.example/1.png", "image"), ("https://a.example/2.png", "image"),
                     ("https://a.example/og.jpg", "og:image")]
    assert requisites.wanted(["https://a.example/1.png"], "https://a.example/1.png", 20) == [
        ("https://a.example/1.png", "image")]     # og:image the body shows: once, as the body's
    assert len(requisites.wanted([f"https://a.example/{n}.png" for n in range(50)], "", 20)) == 20


def _image(archive, crawl, url, body, *, article, content_type="image/png", status=200, cap=requisites.MAX_ARTICLE_BYTES,
           error=""):
    page = FetchedPage(url=url, status=status, body=body, content_type=content_type,
                       fetched_at="2026-12-06T10:00:00+00:00")
    return archive.save_visit(crawl, page, kind="requisite", key=url, error=error,
                              requisite=Requisite(url, article, "image", cap).to_dict())[0]


@pytest.mark.fast
def test_two_articles_sharing_an_image_store_it_once(tmp_path):
    archive = Archive(str(tmp_path / "a.db"))
    crawl = archive.start_crawl(["http://site.example/"])
    assert _image(archive, crawl, "http://site.example/shared.png", PNG, article="http://site.example/a/") == "stored"
    assert _image(archive, crawl, "http://cdn.example/copy.png", PNG, article="http://site.example/b/") == "stored"
    archive.db.conn.commit()
    sha = query(tmp_path / "a.db", "select distinct sha256 from requisites")
    assert len(sha) == 1
    assert query(tmp_path / "a.db", "select count(*) as n from payloads where sha256 = ?", [sha[0]["sha256"]]) == [
        {"n": 1}]
    row = archive.finish_crawl(crawl, "finished")
    assert row["pages_fetched"] == 0 and row["errors"] == 0     # images are no pages of the crawl


@pytest.mark.fast
def test_caps_and_bad_responses_are_recorded_not_stored(tmp_path):
    archive = Archive(str(tmp_path / "a.db"))
    crawl = archive.start_crawl(["http://site.example/"])
    art = "http://site.example/a/"
    cap = len(PNG) + len(OTHER_PNG) - 1       # the article's second image does not fit
    outcomes = [
        _image(archive, crawl, "http://site.example/1.png", PNG, article=art, cap=cap),
        _image(archive, crawl, "http://site.example/2.png", OTHER_PNG, article=art, cap=cap),
        _image(archive, crawl, "http://site.example/1-again.png", PNG, article=art, cap=cap),  # counted once
        _image(archive, crawl, "http://site.example/page.png", b"<html>soft 404</html>", article=art,
               content_type="text/html"),
        _image(archive, crawl, "http://site.example/unnamed.png", OTHER_PNG, article=art, content_type=""),
        _image(archive, crawl, "http://site.example/empty.png", b"", article=art),
        _image(archive, crawl, "http://site.example/missing.png", b"", article=art, status=404, error="HTTP 404"),
    ]
    archive.db.conn.commit()
    assert outcomes == ["stored", "error", "stored", "error", "stored", "error", "error"]
    rows = query(tmp_path / "a.db", "select f.url, f.outcome, f.error, q.sha256 is not null as stored, q.content_type "
                                    "from fetches f join requisites q on q.id = f.id order by f.id")
    errors = {r["url"].rsplit("/", 1)[1]: r["error"] for r in rows}
    assert "over ARCHIVE_REQUISITE_ARTICLE_BYTES" in errors["2.png"]
    assert errors["page.png"] == "not an image (text/html)"
    assert errors["empty.png"] == "empty response body"
    assert errors["missing.png"] == "HTTP 404"
    assert [r["content_type"] for r in rows if r["stored"]] == ["image/png", "image/png", "image/png"]  # sniffed


@pytest.mark.fast
def test_the_writer_applies_the_crawls_own_per_image_cap(tmp_path):
    caps = requisites.Caps(image_bytes=10)
    assert requisites.refusal(200, "image/png", PNG, caps, 0)[1].startswith(f"image of {len(PNG)} bytes, over")
    archive = Archive(str(tmp_path / "a.db"))
    crawl = archive.start_crawl(["http://site.example/"])
    for cap, expected in ((10, "error"), (len(PNG), "stored")):     # a crawl's cap, below or at the default
        url = f"http://site.example/{cap}.png"
        page = FetchedPage(url=url, status=200, body=PNG, content_type="image/png")
        outcome, _ = archive.save_visit(crawl, page, kind="requisite", key=url,
                                        requisite=Requisite(url, "http://site.example/a/", image_bytes=cap).to_dict())
        assert outcome == expected


# -- end to end: a site of bad images --------------------------------------------------------------


def _article(n: int, images: list[str], og: str) -> bytes:
    text = " ".join(["Regular walking lowers blood pressure and helps the heart use oxygen well."] * 12)
    figures = "".join(f'<figure><img src="{src}" alt="figure {i}"></figure><p>{text}</p>' for i, src in enumerate(images))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Walking {n}</title>
<meta property="og:type" content="article"><meta property="og:image" content="{og}">
<meta property="article:published_time" content="2026-11-0{n}T08:00:00Z"></head>
<body class="single single-post"><article><h1>Walking {n}</h1><div class="entry-content"><p>{text}</p>{figures}
<p>{text}</p></div></article></body></html>""".encode()


class BadImages:
    """Two articles on loopback: a shared image, one too large, one HTML, a 404, a redirect loop,
    one robots.txt forbids and one on another loopback port (the address policy refuses it)."""

    def __init__(self):
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append(self.path)
                status, headers, body = site.answer(self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.elsewhere = f"http://127.0.0.1:{free_port()}/img/elsewhere.png"

    def answer(self, path: str):
        base = self.base
        bad = ["/img/shared.png", "/img/huge.png", "/img/page.png", "/img/missing.png", "/img/loop.png",
               "/private/secret.png", self.elsewhere]
        pages = {
            "/": (200, {"Content-Type": "text/html"}, f'<a href="{base}/one/">1</a> <a href="{base}/two/">2</a>'.encode()),
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
            "/one/": (200, {"Content-Type": "text/html"}, _article(1, [base + p if p.startswith("/") else p for p in bad],
                                                                   base + "/img/shared.png")),
            "/two/": (200, {"Content-Type": "text/html"}, _article(2, [base + "/img/copy.png"], base + "/img/shared.png")),
            "/img/shared.png": (200, {"Content-Type": "image/png"}, PNG),
            "/img/copy.png": (200, {"Content-Type": "image/png"}, PNG),
            "/img/huge.png": (200, {"Content-Type": "image/png"}, b"\x89PNG" + b"\0" * 50_000),
            "/img/page.png": (200, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"),
            "/img/loop.png": (302, {"Location": base + "/img/loop2.png"}, b""),
            "/img/loop2.png": (302, {"Location": base + "/img/loop.png"}, b""),
        }
        return pages.get(path, (404, {"Content-Type": "text/plain"}, b"not found"))

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_bad_images_are_recorded_errors_and_a_shared_image_is_stored_once(tmp_path):
    db = tmp_path / "bad.db"
    with BadImages() as site:
        result = run_cli("crawl", site.base + "/", "--db", db, *FAST, "-s", "ARCHIVE_REQUISITE_MAX_BYTES=20000",
                         "-s", "RETRY_ENABLED=False")
    assert "Traceback" not in result.stderr
    assert "2 articles archived" in result.stdout and "0 errors" in result.stdout   # the images are no pages
    rows = {r["url"].rsplit("/", 1)[1]: r for r in query(
        db, "select q.url, q.sha256, f.outcome, f.status, f.error from requisites q join fetches f on f.id = q.id")}
    assert rows["shared.png"]["outcome"] == rows["copy.png"]["outcome"] == "stored"
    assert rows["shared.png"]["sha256"] == rows["copy.png"]["sha256"]
    assert query(db, "select count(*) as n from payloads where sha256 = ?", [rows["copy.png"]["sha256"]]) == [{"n": 1}]
    assert site.hits.count("/img/shared.png") == 1      # the og:image of both, and a body image of one: asked once
    errors = {name: (row["outcome"], row["error"]) for name, row in rows.items() if row["outcome"] != "stored"}
    assert errors["huge.png"][1].startswith("DownloadCancelledError: Expected to receive 50004 bytes which is "
                                            "larger than download max size (20000)")
    assert errors["page.png"] == ("error", "not an image (text/html)")
    assert errors["missing.png"] == ("error", "HTTP 404")
    assert errors["loop.png"][1].startswith("redirect loop:")
    assert errors["secret.png"][1].startswith("Forbidden by robots.txt")
    assert errors["elsewhere.png"][1].startswith("refused: 127.0.0.1 resolves to non-public address")
    assert "/private/secret.png" not in site.hits
    from archive.db.queries import IMAGES_NOT_ARCHIVED_SQL

    listed = {r["url"].rsplit("/", 1)[1]: r["error"] for r in query(db, IMAGES_NOT_ARCHIVED_SQL)}
    assert listed == {name: error for name, (_, error) in errors.items()}    # the canned query
    (crawl,) = query(db, "select status, errors, pages_fetched from crawls")
    assert crawl["status"] == "finished" and crawl["errors"] == 0     # a broken image is no failed page


# -- end to end: the demo site crawled, stopped, read from the archive in Chromium -----------------


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory):
    """The demo site crawled into a fresh archive; the site is stopped when this returns."""
    path = tmp_path_factory.mktemp("requisites") / "archive.db"
    with start_demo_server() as server:
        run_cli("crawl", server.base_url + "/", "--db", path, *FAST)
        origin = urlsplit(server.base_url)
    return path, (origin.hostname, origin.port)


@pytest.fixture(scope="module")
def served(demo_archive, tmp_path_factory):
    """A real `python -m datasette serve` over the demo archive; yields its base URL."""
    from test_browser import chromium_path

    chromium_path()
    path, _ = demo_archive
    port = free_port()
    log = (tmp_path_factory.mktemp("datasette") / "datasette.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/-/versions.json")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_every_reading_page_shows_its_images_from_the_archive_alone(demo_archive, served, tmp_path):
    """Each article's reading page, the demo site stopped: every <img> loads (naturalWidth > 0) and
    the browser asks nothing of the site; links to other archived articles lead to their pages."""
    from playwright.sync_api import sync_playwright

    from test_browser import CHROMIUM_ARGS, chromium_path

    path, (host, port) = demo_archive
    ids = [r["id"] for r in query(path, "select id from articles order by id")]
    stored = query(path, "select count(distinct q.url) as n from requisites q where q.sha256 is not null")[0]["n"]
    assert len(ids) >= 25 and stored >= len(ids)       # every demo article has an image
    requested, images, archived_links = [], 0, 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda request: requested.append(request.url))
            for article_id in ids:
                page.goto(f"{served}/archive/articles/{article_id}/read", wait_until="load")
                widths = page.evaluate("""async () => Promise.all([...document.images].map(async img => {
                    img.loading = 'eager';
                    try { await img.decode(); } catch (e) {}
                    return [img.getAttribute('src'), img.naturalWidth];
                }))""")
                assert widths and all(width > 0 for _, width in widths), (article_id, widths)
                assert all(src.startswith("/-/requisite/archive/") for src, _ in widths), widths
                images += len(widths)
                archived_links += page.locator(".archive-body a[title^='Archived copy of']").count()
            page.goto(f"{served}/archive/articles/{ids[0]}/read")
            page.screenshot(path=str(tmp_path / "reading-page.png"), full_page=True)
        finally:
            browser.close()
    assert images >= len(ids)
    assert archived_links > 0      # the demo's articles link to each other in their bodies
    origin = [url for url in requested if (urlsplit(url).hostname, urlsplit(url).port) == (host, port)]
    assert origin == [], origin[:5]


def test_the_archived_image_is_served_as_stored_with_safe_headers(demo_archive, served):
    import urllib.error
    import urllib.request

    path, _ = demo_archive
    (row,) = query(path, "select q.sha256, q.content_type, p.body_gz from requisites q join payloads p "
                         "on p.sha256 = q.sha256 where q.sha256 is not null limit 1")
    with urllib.request.urlopen(f"{served}/-/requisite/archive/{row['sha256']}") as response:
        assert response.read() == gzip.decompress(row["body_gz"])
        assert response.headers["Content-Type"] == row["content_type"] == "image/png"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Security-Policy"] == (
            "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox")
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{served}/-/requisite/archive/{'0' * 64}")
    assert missing.value.code == 404


def test_verify_names_a_requisite_whose_bytes_changed(demo_archive, tmp_path):
    path, _ = demo_archive
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    assert run_cli("verify", "--db", copy).returncode == 0
    conn = sqlite3.connect(copy)
    url, sha, blob = conn.execute("select q.url, q.sha256, p.body_gz from requisites q join payloads p "
                                  "on p.sha256 = q.sha256 order by q.id limit 1").fetchone()
    image = bytearray(gzip.decompress(blob))
    image[len(image) // 2] ^= 0x01        # one byte of the image flipped
    conn.execute("update payloads set body_gz = ? where sha256 = ?", [gzip.compress(bytes(image)), sha])
    conn.commit()
    conn.close()
    result = run_cli("verify", "--db", copy, check=False)
    assert result.returncode == 1
    assert f"payloads {sha}: stored body's sha256 is" in result.stdout
    assert f"[requisite {url}]" in result.stdout


@pytest.mark.fast
def test_the_reading_body_shows_archived_images_and_links_archived_articles():
    from archive.web.article_page import archived_body

    body = ('<p>See <a href="https://s.example/b/?utm_source=x">this</a> and <a href="https://s.example/c/">that</a>.'
            '<img src="https://s.example/1.png" alt="one"> tail</p>'
            '<figure><img src="https://s.example/2.png" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'
            '</figure>')
    out = archived_body(body, {"https://s.example/1.png": "/-/requisite/archive/" + "a" * 64},
                        {"https://s.example/b/?utm_source=x": "/archive/articles/7/read"})
    assert '<img src="/-/requisite/archive/' + "a" * 64 + '" alt="one"> tail' in out
    assert ('<a href="/archive/articles/7/read" title="Archived copy of https://s.example/b/?utm_source=x">this</a>'
            '<sup><a href="https://s.example/b/?utm_source=x" rel="nofollow noopener" '
            'title="https://s.example/b/?utm_source=x">original</a></sup> and') in out
    assert '<a href="https://s.example/c/">that</a>' in out      # not archived: as it was
    assert re.findall(r'<img src="([^"]*)"', out) == ["/-/requisite/archive/" + "a" * 64]  # none asks the site
    assert '<a href="https://s.example/2.png" rel="nofollow noopener" title="This image was not archived">' in out
    assert "<script" not in out


def test_an_export_carries_the_images_as_response_records(demo_archive, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    path, _ = demo_archive
    out = tmp_path / "demo.warc.gz"
    run_cli("export", "--db", path, out)
    with open(out, "rb") as stream:
        images = {record.rec_headers.get_header("WARC-Target-URI") for record in ArchiveIterator(stream)
                  if record.rec_type == "response" and record.http_headers.get_header("Content-Type") == "image/png"}
    assert images == {r["url"] for r in query(path, "select url from requisites where sha256 is not null")}


def _stored_images(path) -> set:
    return {(urlsplit(r["url"]).path, r["sha256"]) for r in query(
        path, "select url, sha256 from requisites where sha256 is not null")}


def test_distributed_workers_store_the_images_a_local_crawl_stores(demo_archive, tmp_path, redis_db):
    from test_distributed import crawl_with_workers

    db = tmp_path / "distributed.db"
    with start_demo_server() as server:
        crawl_with_workers(server, redis_db, db, workers=2)
    assert _stored_images(db) == _stored_images(demo_archive[0])
    assert query(db, "select count(*) as n from requisites q join fetches f on f.id = q.id "
                     "where f.worker is null")[0]["n"] == 0        # fetched by the workers


def test_a_versions_page_shows_the_archived_images_too(demo_archive, served):
    import urllib.request

    path, (host, port) = demo_archive
    article_id = query(path, "select id from articles order by id limit 1")[0]["id"]
    with urllib.request.urlopen(f"{served}/archive/articles/{article_id}/read?version=1") as response:
        page = response.read().decode()
    sources = re.findall(r'<img[^>]* src="([^"]*)"', page)
    assert sources and all(src.startswith("/-/requisite/archive/") for src in sources), sources
    assert f"{host}:{port}/wp-content" not in " ".join(sources)
