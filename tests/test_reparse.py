"""`health-archive reparse`: the stored raw pages re-extracted in worker processes, written in batches."""
from __future__ import annotations

import gzip
import shutil
import sqlite3
import subprocess
import sys

import pytest

from archive import demo
from archive.demo import start_demo_server
from archive.db.lock import CrawlLock
from archive.db.reparse import reparse_archive
from helpers import NO_DELAY, ROOT, query, run_cli


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    db = tmp_path_factory.mktemp("reparse") / "archive.db"
    with start_demo_server() as site:
        run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    return db


@pytest.fixture
def db(crawled, tmp_path):
    copy = tmp_path / "archive.db"
    shutil.copy(crawled, copy)
    return copy


def articles(db):
    return query(db, "select id, content_hash, title, body_text, version from articles_full order by id")


def write(db, sql, params=()):
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()  # the last connection out checkpoints the WAL: a file copy then has the change


def spoil(db, article_id):
    """Make the stored normalization differ from what the raw page gives (an older extractor, say)."""
    write(db, "update articles set title = 'stale title', content_hash = 'stale' where id = ?", [article_id])


def test_processes_and_batches_give_what_one_process_gives(db, tmp_path):
    ids = [r["id"] for r in articles(db)]
    for n in ids[::7]:
        spoil(db, n)
    other = tmp_path / "other.db"
    shutil.copy(db, other)
    one = reparse_archive(str(db), processes=1, batch=1000)
    many = reparse_archive(str(other), processes=2, batch=4)  # several batches, extracted ahead of the writes
    expected = len(ids[::7])
    assert one == many == {"total": demo.EXPECTED_ARTICLE_COUNT, "changed": expected,
                           "unchanged": demo.EXPECTED_ARTICLE_COUNT - expected, "errors": 0}
    assert articles(db) == articles(other)
    assert not [r for r in articles(db) if r["title"] == "stale title"]
    assert query(db, "select count(*) as n from article_versions where version = 2")[0]["n"] == expected


def test_a_broken_raw_page_is_one_error_and_the_rest_goes_on(db):
    first, second = [r["id"] for r in articles(db)][:2]
    spoil(db, second)
    # an unreadable stored page (a damaged gzip stream)
    write(db, "update raw_pages set body_gz = ? where id = (select raw_page_id from articles where id = ?)",
          [b"\x1f\x8b this is not a gzip stream", first])
    result = run_cli("reparse", "--db", db, "--processes", "2", check=False)
    assert result.returncode == 1
    assert f"{demo.EXPECTED_ARTICLE_COUNT - 1} articles: 1 changed" in result.stdout
    assert "1 errors" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("health-archive: article")]
    assert len(errors) == 1 and f"article {first} (" in errors[0] and "BadGzipFile" in errors[0], result.stderr
    assert "reparsed" in result.stderr and "articles/s" in result.stderr  # progress
    assert query(db, "pragma integrity_check")[0]["integrity_check"] == "ok"


def test_reparse_waits_for_or_refuses_a_running_crawl(db):
    lock = CrawlLock(str(db)).acquire()
    try:
        result = run_cli("reparse", "--db", db, check=False)
    finally:
        lock.release()
    assert result.returncode == 3
    assert "another crawl is running" in result.stderr
    # and a crawl started during a reparse is told what holds the archive
    lock = CrawlLock(str(db)).acquire(command="reparse")
    try:
        result = run_cli("crawl", "http://127.0.0.1:9/", "--db", db, check=False)
    finally:
        lock.release()
    assert result.returncode == 3 and "another reparse is running" in result.stderr


def test_extraction_processes_that_cannot_start_stop_the_reparse_in_one_line(db, tmp_path):
    """A script without an ``if __name__ == "__main__"`` guard: every extraction process re-runs it
    while bootstrapping and dies. That is not a bad page each time: the reparse stops and says so."""
    script = tmp_path / "unguarded.py"
    script.write_text(f"from archive.db.reparse import reparse_archive\nreparse_archive({str(db)!r}, processes=2)\n")
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "ExtractorFailed: extraction processes died on 3 pages in a row; try --processes 1" in result.stderr
    assert query(db, "pragma integrity_check")[0]["integrity_check"] == "ok"
