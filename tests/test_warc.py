"""Captures, WARC/WACZ export and import, manifests and verify: offline on a temporary archive (fast),
and end to end on two crawls of the demo site (v1, then v2 with edits)."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from archive.db.capture import attach, hop
from archive.demo import start_demo_server
from archive.extract.ingest import extract_page
from archive.db.store import Archive, FetchedPage
from helpers import FAST, ROOT, query, run_cli
from hostile_site import article_page
from test_distributed import redis_db, redis_url  # noqa: F401 - its fixtures: a real redis-server on loopback

WARCIO = str(Path(sys.executable).with_name("warcio"))


# -- offline: a small archive written through Archive.save_visit, as the crawl writes it --------


def _visit(archive, crawl_id, url, html: str, *, status=200, when="2026-12-01T10:00:00+00:00", redirect_from=""):
    body = html.encode()
    page = FetchedPage(url=url, status=status, body=body if status == 200 else b"",
                       content_type="text/html; charset=utf-8", fetched_at=when)
    hops = []
    if redirect_from:
        hops.append(hop(url=redirect_from, method="GET", request_headers=[("User-Agent", "t")], requested_at=when,
                        status=301, protocol="HTTP/1.1", response_headers=[("Location", url)], body=b"",
                        fetched_at=when, ip="127.0.0.1"))
    hops.append(hop(url=url, method="GET", request_headers=[("User-Agent", "t"), ("Accept-Encoding", "gzip")],
                    requested_at=when, status=status, protocol="HTTP/1.1",
                    response_headers=[("Content-Type", "text/html; charset=utf-8"),
                                      ("Transfer-Encoding", "chunked")] if status == 200 else [],
                    body=page.body, fetched_at=when, ip="127.0.0.1"))
    attach(page, hops)
    if status == 304:
        return archive.save_visit(crawl_id, page, kind="not_modified", key=url)
    article, page.encoding = extract_page(body, url, page.content_type)
    return archive.save_visit(crawl_id, page, kind="article", key=url, article=article)


@pytest.fixture
def small(tmp_path):
    """Two crawls of three articles: the second changes one, gets a 304 for one, one unchanged."""
    path = str(tmp_path / "small.db")
    archive = Archive(path)
    base = "http://news.example/"
    crawl = archive.start_crawl([base])
    for n in range(3):
        _visit(archive, crawl, f"{base}a{n}/", article_page(n), redirect_from=f"{base}old{n}/" if n == 0 else "")
    archive.finish_crawl(crawl, "finished")
    crawl = archive.start_crawl([base])
    when = "2026-12-02T10:00:00+00:00"
    _visit(archive, crawl, f"{base}a0/", article_page(0, extra_body="<p>A correction was added here today.</p>"),
           when=when)
    _visit(archive, crawl, f"{base}a1/", "", status=304, when=when)
    _visit(archive, crawl, f"{base}a2/", article_page(2), when=when)
    archive.finish_crawl(crawl, "finished")
    archive.close()
    return path


def _versions(path):
    return query(path, "select a.url, v.version, v.content_hash, v.fetched_at, b.sha256 as body from article_versions v "
                       "join articles a on a.id = v.article_id left join bodies b on b.id = v.body_id "
                       "order by a.url, v.version")


@pytest.mark.fast
def test_captures_keep_heads_hops_and_a_304_as_revisit(small):
    rows = query(small, "select hop, kind, url, status, request_head, response_head, ip, decoded, refers_to "
                        "from captures order by id")
    first = rows[0]
    assert (first["hop"], first["status"], first["url"]) == (0, 301, "http://news.example/old0/")
    assert rows[1]["hop"] == 1 and rows[1]["request_head"].startswith("GET /a0/ HTTP/1.1\r\nHost: news.example\r\n")
    assert rows[1]["response_head"].startswith("HTTP/1.1 200 OK\r\nContent-Type: text/html")
    assert rows[1]["decoded"] == "chunked" and rows[1]["ip"] == "127.0.0.1"
    revisit = [r for r in rows if r["status"] == 304][0]
    assert revisit["kind"] == "revisit" and revisit["refers_to"] is not None
    # bodies once per digest: an article's body is the raw page's, not stored again in payloads
    assert query(small, "select count(*) as n from payloads p join raw_pages r on r.sha256 = p.sha256")[0]["n"] == 0


@pytest.mark.fast
def test_warc_export_passes_warcio_check_and_import_reproduces_the_archive(small, tmp_path):
    out = tmp_path / "out.warc.gz"
    run_cli("export", "--db", small, out)
    check = subprocess.run([WARCIO, "check", "-v", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    from warcio.archiveiterator import ArchiveIterator

    with open(out, "rb") as stream:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Profile"))
                   for r in ArchiveIterator(stream)]
    assert records[0][0] == "warcinfo"
    types = [t for t, _, _ in records]
    assert types.count("response") == 5 and types.count("request") == 7 and types.count("revisit") == 2
    assert ("revisit", "http://news.example/a1/", "http://netpreserve.org/warc/1.1/revisit/server-not-modified") \
        in records
    assert ("revisit", "http://news.example/a2/",
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest") in records
    copy = str(tmp_path / "copy.db")
    run_cli("import", "--db", copy, out)
    assert _versions(copy) == _versions(small)
    assert query(copy, "select distinct source from article_versions") == [{"source": "warc:out.warc.gz"}]


@pytest.mark.fast
def test_wacz_datapackage_hashes_every_file(small, tmp_path):
    out = tmp_path / "out.wacz"
    run_cli("export", "--db", small, out)
    with zipfile.ZipFile(out) as wacz:
        names = set(wacz.namelist())
        package = json.loads(wacz.read("datapackage.json"))
        assert {r["path"] for r in package["resources"]} == names - {"datapackage.json"}
        for resource in package["resources"]:
            data = wacz.read(resource["path"])
            assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert resource["bytes"] == len(data)
        index = wacz.read("indexes/index.cdx").decode().splitlines()
        pages = [json.loads(line) for line in wacz.read("pages/pages.jsonl").decode().splitlines()]
    assert index and index == sorted(index) and index[0].startswith("example,news)/a0 ")
    assert pages[0]["format"] == "json-pages-1.0" and {p["url"] for p in pages[1:]} == {
        "http://news.example/a0/", "http://news.example/a1/", "http://news.example/a2/"}
    assert "software" in package and package["software"].startswith("health-archive/")
    copy = str(tmp_path / "copy.db")
    run_cli("import", "--db", copy, out)
    assert _versions(copy) == _versions(small)


def _tamper(path):
    conn = sqlite3.connect(path)
    blob = bytearray(conn.execute("select body_gz from raw_pages where id = 1").fetchone()[0])
    blob[len(blob) // 2] ^= 1
    conn.execute("update raw_pages set body_gz = ? where id = 1", [bytes(blob)])
    fetch = conn.execute("select max(id) from fetches where crawl_id = 1").fetchone()[0]
    conn.execute("delete from captures where fetch_id = ?", [fetch])
    conn.execute("delete from fetches where id = ?", [fetch])
    version, body = conn.execute("select id, body_id from article_versions order by id desc limit 1").fetchone()
    conn.execute("update bodies set body_text = body_text || ' (edited)' where id = ?", [body])
    conn.commit()
    conn.close()
    return fetch, body


@pytest.mark.fast
def test_verify_passes_then_names_each_tampered_row(small):
    result = run_cli("verify", "--db", small)
    assert result.stdout.startswith("verify: 0 problems")
    fetch, body = _tamper(small)
    result = run_cli("verify", "--db", small, check=False)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("raw_pages 1: stored body") for line in lines)
    assert f"fetches {fetch}: deleted after manifest 1 (crawl 1) sealed it" in lines
    assert any(line.startswith(f"bodies {body}: changed after manifest") for line in lines)   # a version's text
    assert lines[-1].startswith("verify: ") and "problems" in lines[-1]
    assert "Traceback" not in result.stderr


@pytest.mark.fast
def test_a_broken_manifest_chain_is_named(small):
    conn = sqlite3.connect(small)
    conn.execute("delete from manifests where id = 1")
    conn.commit()
    conn.close()
    result = run_cli("verify", "--db", small, check=False)
    assert result.returncode == 1
    assert "manifest 2 (crawl 2): does not chain to the manifest before it (one was edited or deleted)" \
        in result.stdout.splitlines()


@pytest.mark.fast
@pytest.mark.parametrize("args, status, message", [
    (("import", "--db", "{tmp}/x.db", "{tmp}/nothing.warc.gz"), 1, "no file"),
    (("import", "--db", "{tmp}/x.db", "{tmp}/junk.warc.gz"), 1, "not a WARC file"),
    (("import", "--db", "{tmp}/x.db", "{tmp}/cut.warc.gz"), 1, "is cut short: the file is truncated"),
    (("export", "--db", "{tmp}/none.db", "{tmp}/o.warc.gz"), 1, "no archive at"),
    (("export", "--db", "{tmp}/junk.warc.gz", "{tmp}/o.warc.gz"), 2, "is not an SQLite database"),
    (("export", "--db", "{small}", "--since", "yesterday", "{tmp}/o.warc.gz"), 2, "is not a date"),
    (("export", "--db", "{small}", "--site", "elsewhere.org", "{tmp}/o.warc.gz"), 1, "nothing to export"),
    (("export", "--db", "{small}", "--format", "zip", "{tmp}/o.warc.gz"), 2, "Invalid value for '--format'"),
    (("verify", "--db", "{tmp}/junk.warc.gz"), 2, "is not an SQLite database"),
])
def test_bad_input_is_one_line_and_a_documented_status(small, tmp_path, args, status, message):
    (tmp_path / "junk.warc.gz").write_bytes(b"not a warc at all\n" * 10)
    whole = tmp_path / "whole.warc.gz"
    run_cli("export", "--db", small, whole)
    (tmp_path / "cut.warc.gz").write_bytes(whole.read_bytes()[:1500])
    args = [a.format(tmp=tmp_path, small=small) for a in args]
    result = run_cli(*args, check=False)
    assert result.returncode == status, result.stderr
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "o.warc.gz").exists()


@pytest.mark.fast
@pytest.mark.parametrize("command", ["export", "import", "verify"])
def test_help_has_examples(command):
    result = run_cli(command, "--help")
    assert "Example:" in result.stdout and "Exit status" in result.stdout


# -- end to end: the demo site crawled twice -----------------------------------------------------


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("demo") / "archive.db")
    with start_demo_server() as server:
        run_cli("crawl", server.base_url + "/", "--db", path, *FAST)
        server.set_version(2)
        run_cli("crawl", server.base_url + "/", "--db", path, *FAST, check=False)  # gone pages may exit 4
    return path


def _snapshot(path):
    articles = query(path, "select url, status, version, content_hash from articles order by url")
    versions = query(path, "select a.url, v.version, v.content_hash, v.fetched_at, b.sha256 as body_sha256 "
                           "from article_versions v join articles a on a.id = v.article_id "
                           "left join bodies b on b.id = v.body_id order by a.url, v.version")
    return articles, versions


def test_demo_crawls_capture_robots_redirects_and_304s(demo_archive):
    robots = query(demo_archive, "select crawl_id, status, response_head from captures where url like '%/robots.txt' "
                                 "order by crawl_id")
    assert [r["crawl_id"] for r in robots] == [1, 2] and robots[0]["response_head"].startswith("HTTP/1.1 200")
    kinds = {r["kind"]: r["n"] for r in query(demo_archive, "select kind, count(*) as n from captures group by kind")}
    assert kinds["revisit"] == query(demo_archive, "select not_modified from crawls where id = 2")[0]["not_modified"]
    assert query(demo_archive, "select count(*) as n from captures where ip is null or request_head is null "
                               "or protocol is null")[0]["n"] == 0
    assert query(demo_archive, "select count(*) as n from fetches f where status is not null and not exists "
                               "(select 1 from captures c where c.fetch_id = f.id)")[0]["n"] == 0


def test_demo_export_check_wacz_and_import_round_trip(demo_archive, tmp_path):
    warc, wacz = tmp_path / "demo.warc.gz", tmp_path / "demo.wacz"
    run_cli("export", "--format", "warc", "--db", demo_archive, warc)
    run_cli("export", "--format", "wacz", "--db", demo_archive, wacz)
    check = subprocess.run([WARCIO, "check", str(warc)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with zipfile.ZipFile(wacz) as package:
        for resource in json.loads(package.read("datapackage.json"))["resources"]:
            assert resource["hash"] == "sha256:" + hashlib.sha256(package.read(resource["path"])).hexdigest()
    expected = _snapshot(demo_archive)
    assert any(v["version"] == 2 for v in expected[1])
    for source in (warc, wacz):
        copy = str(tmp_path / f"{source.name}.db")
        run_cli("import", "--db", copy, source)
        assert _snapshot(copy) == expected
        assert run_cli("verify", "--db", copy).returncode == 0


def test_demo_export_by_site_and_date(demo_archive, tmp_path):
    site = query(demo_archive, "select site from articles limit 1")[0]["site"]
    out = tmp_path / "today.warc.gz"
    day = query(demo_archive, "select substr(max(fetched_at), 1, 10) as d from captures")[0]["d"]
    result = run_cli("export", "--db", demo_archive, "--site", site, "--since", day, "--until", day, out)
    assert result.stdout.startswith("Exported ")
    result = run_cli("export", "--db", demo_archive, "--until", "2000-01-01", tmp_path / "none.warc.gz", check=False)
    assert result.returncode == 1 and "nothing to export" in result.stderr


def test_demo_verify_passes_and_names_tampering(demo_archive, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(demo_archive).read_bytes())
    assert run_cli("verify", "--db", copy).returncode == 0
    fetch, body = _tamper(str(copy))
    result = run_cli("verify", "--db", copy, check=False)
    assert result.returncode == 1
    assert f"fetches {fetch}: deleted after manifest 1 (crawl 1) sealed it" in result.stdout
    assert f"bodies {body}: changed after" in result.stdout
    assert "raw_pages 1: stored body" in result.stdout


# -- the distributed crawl captures through the same writer path ----------------------------------


def test_a_distributed_crawl_captures_as_a_local_one_does(tmp_path, redis_db):
    from test_distributed import crawl_with_workers

    db = tmp_path / "distributed.db"
    with start_demo_server() as server:
        crawl_with_workers(server, redis_db, db, workers=2)
    assert query(db, "select count(*) as n from fetches f where status is not null and not exists "
                     "(select 1 from captures c where c.fetch_id = f.id)")[0]["n"] == 0
    assert query(db, "select count(*) as n from captures where url like '%/robots.txt'")[0]["n"] == 1
    # one capture a fetch (the demo site redirects nowhere), with the heads and address as a local crawl's
    assert query(db, "select count(*) as n, count(distinct fetch_id) as fetches, count(response_head) as heads, "
                     "count(request_head) as requests, count(ip) as ips from captures")[0] == dict.fromkeys(
        ("n", "fetches", "heads", "requests", "ips"),
        query(db, "select count(*) as n from fetches where status is not null")[0]["n"])
    assert run_cli("verify", "--db", db).returncode == 0
    out = tmp_path / "distributed.warc.gz"
    run_cli("export", "--db", db, out)
    assert subprocess.run([WARCIO, "check", str(out)], capture_output=True).returncode == 0


# -- replay: the WACZ in pywb, seen in headless Chromium ---------------------------------------------

PYWB_ENV = "HEALTH_ARCHIVE_PYWB"  # the pywb command (pywb pins redis 2.x: install it in its own venv)


def pywb_bin() -> str:
    path = os.environ.get(PYWB_ENV) or str(Path(sys.executable).with_name("pywb"))
    if not os.path.exists(path):
        reason = f"pywb not installed: python -m venv /tmp/pywb-venv && /tmp/pywb-venv/bin/pip install pywb, " \
                 f"then {PYWB_ENV}=/tmp/pywb-venv/bin/pywb"
        if os.environ.get("HEALTH_ARCHIVE_REQUIRE_BROWSER") == "1":     # CI: `make test` installs it
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def test_pywb_replays_an_exported_article_in_chromium(demo_archive, tmp_path):
    from helpers import free_port, wait_for_http
    from test_browser import CHROMIUM_ARGS, chromium_path

    pywb = pywb_bin()
    browser = chromium_path()
    wacz = tmp_path / "demo.wacz"
    run_cli("export", "--db", demo_archive, wacz)
    with zipfile.ZipFile(wacz) as package:
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").decode().splitlines()[1:]]
    page = next(p for p in pages if "cholesterol" in p["url"])
    stamp = "".join(ch for ch in page["ts"] if ch.isdigit())[:14]
    manager = str(Path(pywb).with_name("wb-manager"))
    subprocess.run([manager, "init", "demo"], cwd=tmp_path, check=True, capture_output=True)
    subprocess.run([manager, "add", "--unpack-wacz", "demo", str(wacz)], cwd=tmp_path, check=True,
                   capture_output=True)
    port = free_port()
    server = subprocess.Popen([pywb, "-p", str(port), "-b", "127.0.0.1"], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", timeout=60)
        from playwright.sync_api import sync_playwright

        origin = page["url"].split("/", 3)[:3]
        origin = "/".join(origin)
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=browser, args=CHROMIUM_ARGS)
            try:
                tab = chromium.new_page()
                requested = []
                tab.on("request", lambda request: requested.append(request.url))
                # pywb's framed replay: its banner on top, the archived page in #replay_iframe
                response = tab.goto(f"http://127.0.0.1:{port}/demo/{stamp}/{page['url']}", wait_until="load")
                assert response.status == 200
                frame = tab.frame_locator("#replay_iframe")
                assert frame.locator("h1").first.inner_text(timeout=30000).strip() == page["title"]
                assert "ldl" in frame.locator("body").inner_text().lower()
                tab.screenshot(path=str(tmp_path / "pywb-replay.png"))
            finally:
                chromium.close()
        assert not [url for url in requested if url.startswith(origin)], "the replay asked the live site"
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.mark.fast
def test_extract_reads_each_html_response_of_a_warc(small, tmp_path):
    out = tmp_path / "small.warc.gz"
    run_cli("export", "--db", small, out)
    records = [json.loads(line) for line in run_cli("extract", out).stdout.splitlines()]
    assert [(r["url"], r["fetched_at"][:10]) for r in records] == [
        ("http://news.example/a0/", "2026-12-01"), ("http://news.example/a1/", "2026-12-01"),
        ("http://news.example/a2/", "2026-12-01"), ("http://news.example/a0/", "2026-12-02")]
    assert all(r["is_article"] and r["body_text"] for r in records)
    assert "A correction was added here today." in records[-1]["body_text"]


def test_the_readme_examples_run_on_the_demo_archive(demo_archive, tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Evidence", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("  #")[0].strip() for line in section.splitlines() if line.startswith("health-archive")]
    assert len(lines) >= 6
    (tmp_path / "archive.db").write_bytes(Path(demo_archive).read_bytes())
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ["PATH"]}
    for line in lines:
        command = line.replace("health-archive ", f"{sys.executable} -m archive.cli ", 1)
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)},
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (line, result.stdout, result.stderr)


@pytest.mark.fast
def test_a_reparse_that_rewrites_a_version_seals_it(small):
    conn = sqlite3.connect(small)  # as if an older extractor had stored another text: the reparse rewrites it
    conn.execute("update articles set content_hash = 'old' where id = 1")
    conn.commit()
    conn.close()
    run_cli("reparse", "--db", small, "--processes", "1")
    assert query(small, "select count(*) as n from manifests where crawl_id is null")[0]["n"] == 1
    result = run_cli("verify", "--db", small)
    assert result.stdout.startswith("verify: 0 problems"), result.stdout


@pytest.mark.fast
def test_the_capture_middleware_sees_the_body_as_transferred_before_decompression_and_redirects():
    from scrapy.http import HtmlResponse, Request
    from scrapy.settings import default_settings

    from scraper import settings
    from scraper.capture import HOPS, CaptureMiddleware

    ours = settings.DOWNLOADER_MIDDLEWARES["scraper.capture.CaptureMiddleware"]
    base = default_settings.DOWNLOADER_MIDDLEWARES_BASE
    assert ours > base["scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware"]
    assert ours > settings.DOWNLOADER_MIDDLEWARES["scraper.middlewares.RedirectGuardMiddleware"]
    compressed = gzip.compress(b"<html><body>Hello</body></html>")
    middleware = CaptureMiddleware()
    request = Request("http://news.example/a/?x=1", headers={"User-Agent": "t", "Accept-Encoding": "gzip"})
    middleware.process_request(request)
    response = HtmlResponse(request.url, status=200, body=compressed, request=request, protocol="HTTP/1.1",
                            headers={"Content-Encoding": "gzip", "Content-Type": "text/html"})
    middleware.process_response(request, response)
    (captured,) = request.meta[HOPS]
    assert captured["body"] == compressed and captured["decoded"] == ""
    assert captured["request_head"].splitlines()[:2] == ["GET /a/?x=1 HTTP/1.1", "Host: news.example"]
    assert "Content-Encoding: gzip" in captured["response_head"]
    # a response a middleware made (a page skipped) is no download: not captured
    other = Request("http://news.example/b/")
    middleware.process_response(other, HtmlResponse(other.url, body=b"", request=other))
    assert HOPS not in other.meta
