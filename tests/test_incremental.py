"""Scheduled crawls end to end: conditional GETs, versions, gone pages, resume after SIGKILL, the lock."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from archive import demo
from archive.demo import start_demo_server
from archive.db.lock import CrawlLock
from helpers import NO_DELAY, ROOT, query, run_cli
from hostile_site import article_page, listing_page

def last_crawl(db_path):
    return query(db_path, "select * from crawls order by id desc limit 1")[0]


def slug_of(url):
    return url.rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def site():
    with start_demo_server() as server:
        yield server


def test_version_two_gives_versions_gone_and_new(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    first_log = len(site.request_log)
    site.set_version(2)
    result = run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    crawl = last_crawl(db)
    assert crawl["articles_changed"] == len(demo.V2_CHANGED_SLUGS)
    assert crawl["articles_new"] == len(demo.V2_ADDED_SLUGS)
    assert crawl["articles_gone"] == len(demo.V2_GONE_SLUGS) + len(demo.V2_MISSING_SLUGS)
    assert crawl["not_modified"] > 0

    changed = query(db, "select url, version, last_changed, first_seen from articles where version > 1")
    assert sorted(slug_of(r["url"]) for r in changed) == sorted(demo.V2_CHANGED_SLUGS)
    assert all(r["last_changed"] > r["first_seen"] for r in changed)
    gone = query(db, "select url, status, gone_since, body_text from articles_full where status = 'gone'")
    assert sorted(slug_of(r["url"]) for r in gone) == sorted(demo.V2_GONE_SLUGS + demo.V2_MISSING_SLUGS)
    assert all(r["gone_since"] and r["body_text"] for r in gone)  # kept, never deleted
    versions = query(db, "select a.url, count(*) as n from article_versions v join articles a on a.id = v.article_id "
                         "group by a.id having n > 1")
    assert sorted(slug_of(r["url"]) for r in versions) == sorted(demo.V2_CHANGED_SLUGS)

    # Unchanged pages were asked for conditionally and answered 304 without a body.
    second = site.request_log[first_log:]
    conditional = [e for e in second if "If-None-Match" in e[3]]
    assert conditional and all(e[2] in (200, 304, 404, 410) for e in conditional)
    assert sum(e[2] == 304 for e in second) >= demo.EXPECTED_ARTICLE_COUNT - 4

    # A page that comes back is live again (and the articles only version 2 had are gone now).
    site.set_version(1)
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    gone = query(db, "select url from articles where status = 'gone'")
    assert sorted(slug_of(r["url"]) for r in gone) == sorted(demo.V2_ADDED_SLUGS)


def test_unchanged_recrawl_downloads_nothing_and_adds_nothing(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    first = last_crawl(db)
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    second = last_crawl(db)
    bytes_by_crawl = {r["crawl_id"]: r["b"] for r in query(db, "select crawl_id, sum(coalesce(bytes, 0)) as b "
                                                               "from fetches group by crawl_id")}
    assert bytes_by_crawl[second["id"]] < 0.05 * bytes_by_crawl[first["id"]]
    assert (second["articles_new"], second["articles_changed"]) == (0, 0)
    assert query(db, "select count(*) as n from article_versions")[0]["n"] == first["articles_new"]


def test_known_articles_are_revisited_from_the_archive(site, tmp_path):
    """A re-crawl started on one article still revisits every known article, oldest first."""
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    start = f"{site.base_url}/{demo.NAMED_ARTICLE['slug']}/"
    before = len(site.request_log)
    run_cli("crawl", start, "--db", db, "--max-depth", "0", *NO_DELAY)
    paths = {e[1] for e in site.request_log[before:]}
    known = [r["url"].split(site.base_url, 1)[1] for r in query(db, "select url from articles")]
    assert set(known) <= paths


def test_refresh_interval_skips_recently_seen_articles(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    before = len(site.request_log)
    result = run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY, "-s", "ARCHIVE_REFRESH_INTERVAL=3600")
    skipped = last_crawl(db)["skipped"]
    assert skipped > 0 and f", {skipped} not fetched: fresh or already archived)" in result.stdout
    paths = {e[1] for e in site.request_log[before:]}
    assert f"/{demo.NAMED_ARTICLE['slug']}/" not in paths
    assert "/" in paths  # listings are still read to discover new articles


class _ChainHandler(BaseHTTPRequestHandler):
    """``/`` lists ``/g1/``; each ``/gN/`` is an article whose Read Also block leads to the next;
    no sitemap. Every page has an ETag and answers a matching If-None-Match with 304."""
    protocol_version = "HTTP/1.1"
    length = 4

    def do_GET(self):
        slug = self.path.strip("/")
        n = int(slug[1:]) if slug[:1] == "g" and slug[1:].isdigit() else 0
        if self.path != "/" and not 1 <= n <= self.length:
            body, status = b"not here", 404
        else:
            related = [f"/g{n + 1}/"] if n < self.length else []
            html = listing_page("Chain", ["/g1/"]) if n == 0 else article_page(n, related=related)
            body, status = html.encode(), 200
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if status == 200 and self.headers.get("If-None-Match") == etag:
            body, status = b"", 304
        self.send_response(status)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_304_still_leads_to_what_its_page_links_to_and_an_unchanged_one_costs_no_callback(tmp_path):
    """Most 304s are recorded in the downloader middleware (their stored links all met already);
    one whose stored links lead somewhere new still goes to the spider, which follows them."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ChainHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base, db = f"http://127.0.0.1:{server.server_port}", tmp_path / "a.db"
    try:
        run_cli("crawl", base + "/", "--db", db, "--max-depth", "1", *NO_DELAY)
        assert last_crawl(db)["errors"] == 0  # no robots.txt (404) is no error
        assert sorted(r["url"] for r in query(db, "select url from articles")) == [base + "/g1/"]
        # /g1/ answers 304 now, and its stored Read Also link is the only way to /g2/ and beyond.
        run_cli("crawl", base + "/", "--db", db, *NO_DELAY)
        second = last_crawl(db)
        assert (second["not_modified"], second["articles_new"]) == (2, _ChainHandler.length - 1)
        assert len(query(db, "select url from articles")) == _ChainHandler.length
        # Nothing left to discover: every page is a 304 settled without a callback.
        third = run_cli("crawl", base + "/", "--db", db, *NO_DELAY, "-v")  # -v: the stats are in the log
        assert last_crawl(db)["not_modified"] == _ChainHandler.length + 1
        assert f"'archive/settled_304': {_ChainHandler.length + 1}," in third.stderr
    finally:
        server.shutdown()
        server.server_close()


def archive_snapshot(db_path, base_url):
    """What must be equal between an interrupted+resumed crawl and an uninterrupted one."""
    strip = lambda u: u.replace(base_url, "") if u else u
    articles = {strip(r["url"]): (r["content_hash"], r["version"], r["status"])
                for r in query(db_path, "select url, content_hash, version, status from articles")}
    related = sorted((strip(r["src"]), r["position"], strip(r["url"]), strip(r["target"]))
                     for r in query(db_path, "select s.url as src, r.position, r.url, t.url as target from "
                                             "related_links r join articles s on s.id = r.article_id "
                                             "left join articles t on t.id = r.target_id"))
    links = query(db_path, "select count(*) as n from links")[0]["n"]
    return articles, related, links


def assert_consistent(db_path):
    assert query(db_path, "pragma integrity_check")[0]["integrity_check"] == "ok"
    assert query(db_path, "pragma foreign_key_check") == []
    half = query(db_path, "select a.id from articles a left join article_versions v "
                          "on v.article_id = a.id and v.version = a.version "
                          "left join raw_pages p on p.id = a.raw_page_id where v.id is null or p.id is null")
    assert half == [], "an article without its version row or raw page"


def test_sigkill_mid_crawl_then_resume_equals_uninterrupted(tmp_path):
    with start_demo_server(delay=0.03) as slow:
        reference = tmp_path / "reference.db"
        run_cli("crawl", slow.base_url + "/", "--db", reference, *NO_DELAY)

        db = tmp_path / "killed.db"
        proc = subprocess.Popen(
            [sys.executable, "-m", "archive.cli", "crawl", slow.base_url + "/", "--db", str(db), *NO_DELAY],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if db.exists():
                try:
                    if query(db, "select count(*) as n from articles")[0]["n"] >= 8:
                        break
                except sqlite3.OperationalError:
                    pass
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert_consistent(db)
        killed = query(db, "select id, status from crawls")
        assert killed[-1]["status"] == "running"  # nobody could close it: it was killed
        done_before = {r["url"] for r in query(db, "select url from pages where crawl_id = ?", [killed[-1]["id"]])}
        assert done_before

        log_start = len(slow.request_log)
        result = run_cli("crawl", slow.base_url + "/", "--db", db, *NO_DELAY)
        assert "finished" in result.stdout
        crawls = query(db, "select id, status, resumed_from from crawls order by id")
        assert crawls[0]["status"] == "interrupted" and crawls[1]["resumed_from"] == crawls[0]["id"]
        refetched = {slow.base_url + e[1] for e in slow.request_log[log_start:]}
        assert not (done_before & refetched), "pages archived before the kill were downloaded again"
        assert_consistent(db)
        assert archive_snapshot(db, slow.base_url) == archive_snapshot(reference, slow.base_url)


def test_lock_refuses_a_second_crawl_in_one_line(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, "--max-pages", "3", *NO_DELAY)
    with CrawlLock(str(db)):
        result = run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY, check=False)
    assert result.returncode == 3
    assert result.stderr.strip().count("\n") == 0 and "another crawl is running" in result.stderr


def test_wait_queues_behind_the_running_crawl(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, "--max-pages", "3", *NO_DELAY)
    lock = CrawlLock(str(db)).acquire()
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "crawl", site.base_url + "/", "--db", str(db),
                             "--wait", "--max-pages", "3", *NO_DELAY], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    assert proc.poll() is None  # still waiting
    lock.release()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    assert "finished" in out


def test_a_run_that_finds_far_less_than_the_last_is_flagged(site, tmp_path):
    db = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    site.set_outage(403)  # a block page everywhere but the home page
    result = run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY, check=False)
    assert result.returncode == 4
    assert "looks wrong" in result.stdout
    assert last_crawl(db)["anomaly"]
    # A 403 storm is not a deletion: nothing is marked gone.
    assert query(db, "select count(*) as n from articles where status = 'gone'")[0]["n"] == 0


def test_log_file_gets_the_log_and_verbose_a_copy_on_stderr(site, tmp_path):
    db, log = tmp_path / "a.db", tmp_path / "crawl.log"
    result = run_cli("crawl", site.base_url + "/", "--db", db, "--max-pages", "5", "--log-file", log, *NO_DELAY)
    assert "archiving into" in log.read_text() and "archiving into" not in result.stderr
    log.unlink()
    result = run_cli("crawl", site.base_url + "/", "--db", db, "--max-pages", "5", "--log-file", log, *NO_DELAY, "-v")
    assert "archiving into" in log.read_text() and "archiving into" in result.stderr


def test_a_resumed_crawl_counts_errors_over_the_crawls_it_picked_up_from(tmp_path):
    """One 404 among the four pages a resumed crawl still had to fetch is not a quarter of the site
    failing: the rate is taken over the interrupted crawls too (it was exit 4 in CI)."""
    from archive.crawl.crawling import EXIT_OK, EXIT_SUSPICIOUS, CrawlResult
    from archive.db.schema import open_db
    from archive.db.store import resumed_totals

    db = open_db(str(tmp_path / "a.db"))
    db["crawls"].insert_all([
        {"id": 1, "started": "2026-12-06", "status": "interrupted", "pages_fetched": 40, "errors": 1},
        {"id": 2, "started": "2026-12-06", "status": "interrupted", "pages_fetched": 30, "errors": 0, "resumed_from": 1},
        {"id": 3, "started": "2026-12-06", "status": "finished", "pages_fetched": 4, "errors": 1, "resumed_from": 2},
    ])
    row = dict(db["crawls"].get(3))
    assert resumed_totals(db, 3) == (70, 1)
    assert resumed_totals(db, 1) == (0, 0)
    alone = CrawlResult(row=row, elapsed=1.0, returncode=0)
    assert alone.exit_status == EXIT_SUSPICIOUS
    resumed = CrawlResult(row=row, elapsed=1.0, returncode=0, resumed=resumed_totals(db, 3))
    assert resumed.error_rate == 2 / 74 and resumed.exit_status == EXIT_OK
    # a chain that really failed still says so
    db["crawls"].update(1, {"errors": 30})
    assert CrawlResult(row=row, elapsed=1.0, returncode=0, resumed=resumed_totals(db, 3)).exit_status == EXIT_SUSPICIOUS
