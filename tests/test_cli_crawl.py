"""What a crawl shows and how it stops: the progress line, the log's place, Ctrl-C; and the demo command."""
from __future__ import annotations

import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from archive import demo
from archive.demo import start_demo_server
from helpers import NO_DELAY, ROOT, free_port, query, run_cli
from scraper.extensions import CloseSpider, Progress


def test_the_log_goes_to_the_log_file_and_stderr_shows_progress_lines(demo_site, tmp_path):
    log = tmp_path / "crawl.log"
    result = run_cli("crawl", demo_site.base_url + "/", "--db", tmp_path / "a.db", "--log-file", log, *NO_DELAY,
                     "-s", "PROGRESS_INTERVAL=0.2")
    assert "\r" not in result.stderr       # not a terminal: whole lines, never rewritten in place
    assert all(line.startswith("crawling: ") and " pages/s" in line for line in result.stderr.splitlines()), \
        result.stderr[-2000:]
    assert "Spider opened" in log.read_text() and "[scrapy" not in result.stderr
    assert result.stdout.startswith("Crawl 1 finished")


def test_verbose_shows_the_log_and_quiet_only_the_summary(demo_site, tmp_path):
    verbose = run_cli("crawl", demo_site.base_url + "/", "--db", tmp_path / "a.db", *NO_DELAY, "-v")
    assert "[scrapy.core.engine] INFO: Spider opened" in verbose.stderr
    quiet = run_cli("crawl", demo_site.base_url + "/", "--db", tmp_path / "a.db", *NO_DELAY, "-q")
    assert quiet.stderr == "" and quiet.stdout.startswith("Crawl 2 finished")


def test_on_a_terminal_the_progress_line_is_rewritten_in_place(demo_site, tmp_path):
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "crawl", demo_site.base_url + "/", "--db",
                             str(tmp_path / "a.db"), "--max-pages", "50", *NO_DELAY],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal, text=True)
    stdout, _ = proc.communicate(timeout=300)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert proc.returncode == 0 and stdout.startswith("Crawl 1 finished")
    text = shown.decode()
    assert text.startswith("\rcrawling: 0 pages, 0 articles, 0 errors") and "\n" not in text
    assert text.endswith("\r\x1b[K")       # cleared for the summary


def test_ctrl_c_stops_the_crawl_cleanly_and_the_next_run_resumes_it(tmp_path):
    db = tmp_path / "a.db"
    with start_demo_server(delay=0.4) as slow:
        proc = subprocess.Popen(
            [sys.executable, "-m", "archive.cli", "crawl", slow.base_url + "/", "--db", str(db), *NO_DELAY],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal's shell starts it
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not _archived(db):
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGINT)     # Ctrl-C: the terminal signals the whole process group
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 1, stderr[-3000:]
        assert "Traceback" not in stderr and "leaked" not in stderr and "KeyboardInterrupt" not in stderr, stderr
        assert stdout.startswith("Crawl 1 interrupted"), stdout
        assert stderr.strip().splitlines()[-1] == "health-archive: interrupted; the next run resumes the crawl"
        assert [r["status"] for r in query(db, "select status from crawls")] == ["interrupted"]
        again = run_cli("crawl", slow.base_url + "/", "--db", db, *NO_DELAY, "-q")
    assert again.stdout.startswith("Crawl 2 finished")
    assert query(db, "select resumed_from from crawls where id = 2") == [{"resumed_from": 1}]


@pytest.mark.fast
def test_the_progress_line_counts_and_gives_an_eta_under_a_page_limit():
    crawler = get_crawler(settings_dict={"CLOSESPIDER_PAGECOUNT": 100, "PROGRESS_INTERVAL": 5})
    crawler.stats = StatsCollector(crawler)
    for name, value in (("response_received_count", 57), ("archive/new", 20), ("archive/unchanged", 5),
                        ("archive/error", 1), ("archive/requisite_new", 6), ("archive/requisite_error", 1)):
        crawler.stats.set_value(name, value)
    progress = Progress(crawler, 5, live=False)
    progress.started -= 10      # 50 pages (and 7 images) in ten seconds: 50 more take ten
    line = progress.line()
    assert line.startswith("crawling: 50 pages, 25 articles, 1 error, ") and line.endswith(" pages/s, ETA 0:10")
    unbounded = Progress(get_crawler(settings_dict={"PROGRESS_INTERVAL": 5}), 5, live=False)
    unbounded.crawler.stats = StatsCollector(unbounded.crawler)
    assert "ETA" not in unbounded.line()


def _archived(db) -> bool:
    try:
        return bool(query(db, "select count(*) as n from articles")[0]["n"])
    except sqlite3.Error:  # not created yet
        return False


def test_the_demo_twice_is_one_site_and_changes_add_versions(tmp_path):
    db, port = tmp_path / "demo.db", str(free_port())
    first = run_cli("demo", "--db", db, "--no-serve", "--site-port", port)
    assert f"demo --changes --db {db} --site-port {port}" in first.stdout
    run_cli("demo", "--db", db, "--no-serve", "--site-port", port)
    assert query(db, "select site, count(*) as n from articles group by site") == [
        {"site": f"127.0.0.1:{port}", "n": demo.EXPECTED_ARTICLE_COUNT}]
    assert query(db, "select max(version) as v from articles") == [{"v": 1}]
    run_cli("demo", "--db", db, "--no-serve", "--site-port", port, "--changes")
    changed = query(db, "select url from articles where version > 1 order by url")
    assert [r["url"].rstrip("/").rsplit("/", 1)[-1] for r in changed] == sorted(demo.V2_CHANGED_SLUGS)
    kinds = query(db, "select change, count(*) as n from recent_changes group by change order by change")
    assert kinds == [{"change": "changed", "n": 2}, {"change": "gone", "n": 2},
                     {"change": "new", "n": demo.EXPECTED_ARTICLE_COUNT + len(demo.V2_ADDED_SLUGS)}]


@pytest.mark.fast
def test_the_page_limit_counts_pages_not_an_articles_images():
    import scrapy

    from archive.crawl import requisites
    from scraper import settings as project_settings

    assert project_settings.EXTENSIONS_BASE.get("scraper.extensions.CloseSpider") == 0
    assert "scrapy.extensions.closespider.CloseSpider" not in project_settings.EXTENSIONS_BASE
    crawler = get_crawler(settings_dict={"CLOSESPIDER_PAGECOUNT": 3})
    limit = CloseSpider(crawler)
    page = scrapy.Request("http://127.0.0.1/post/")
    image = scrapy.Request("http://127.0.0.1/post.jpg", meta={requisites.META: {"url": "http://127.0.0.1/post.jpg"}})
    for _ in range(5):
        limit.page_count(None, image, None)
    limit.page_count(None, page, None)
    assert limit.counter["pagecount"] == 1
