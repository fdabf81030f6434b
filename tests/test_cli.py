"""The health-archive command as a user runs it."""
from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3

import pytest
import sqlite_utils

from helpers import run_cli

COMMANDS = ["crawl", "serve", "demo", "extract", "reparse", "worker", "ingest", "status"]

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Walking After Meals | Test Health</title>
<link rel="canonical" href="/walking-after-meals/"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>Walking After Meals</h1><p class="byline">By Dr. Jane Roe, MD</p>
<div class="entry-content">
<p>A short walk after eating helps the body handle blood sugar. Muscles take up glucose while they work,
so even ten minutes of easy walking blunts the rise that follows a meal.</p>
<h2>How long to walk</h2>
<p>Studies of people with and without diabetes found benefits from walks of two to fifteen minutes,
started within half an hour of finishing the meal. Longer walks help a little more.</p>
<p>See the <a href="https://pubmed.ncbi.nlm.nih.gov/12345678/">trial</a> and our <a href="/sleep/">sleep guide</a>.</p>
</div></article><footer>© Test Health</footer></body></html>"""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    out = run_cli(command, "--help").stdout
    assert "Example" in out and f"health-archive {command}" in out


def test_extract_prints_one_json_line_per_input(tmp_path):
    plain = tmp_path / "walk.html"
    plain.write_text(PAGE, encoding="utf-8")
    packed = tmp_path / "walk2.html.gz"
    packed.write_bytes(gzip.compress(PAGE.encode()))
    out = run_cli("extract", plain, packed, "--url", "https://health.test/walking-after-meals/?utm_source=x").stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in lines] == [str(plain), str(packed)]
    first = lines[0]
    assert first["title"] == "Walking After Meals"
    assert first["canonical_url"] == "https://health.test/walking-after-meals/"
    assert "blood sugar" in first["body_text"] and "Test Health" not in first["body_text"]
    assert {"url", "site", "authors", "published", "body_html", "word_count", "related", "links"} <= set(first)
    assert any(link["url"] == "https://health.test/sleep/" and link["internal"] for link in first["links"])
    assert lines[0]["body_text"] == lines[1]["body_text"]


def test_extract_missing_file_is_one_plain_error(tmp_path):
    proc = run_cli("extract", tmp_path / "nope.html", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error:") and "Traceback" not in proc.stderr


def test_serve_without_archive_says_what_to_do(tmp_path):
    proc = run_cli("serve", "--db", tmp_path / "none.db", check=False)
    assert proc.returncode != 0
    assert "health-archive crawl" in proc.stderr and "Traceback" not in proc.stderr


# -- a --db file that is not an archive ----------------------------------------------------------


def other_programs_db(path):
    """An SQLite file another program owns, and a digest of its bytes."""
    conn = sqlite3.connect(path)
    conn.execute("create table invoices (id integer primary key, total real)")
    conn.execute("insert into invoices (total) values (12.5)")
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [
    ("crawl", "http://127.0.0.1:9/"), ("serve", "--port", "9"), ("reparse",),
])
def test_a_db_that_is_another_programs_is_refused_untouched(tmp_path, command):
    db = tmp_path / "invoices.db"
    digest = other_programs_db(db)
    proc = run_cli(*command, "--db", db, check=False, timeout=60)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr
    assert "another program's SQLite database (tables: invoices), not an archive" in proc.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoices.db"]  # no lock, WAL or journal left


@pytest.mark.parametrize("command", [("crawl", "http://127.0.0.1:9/"), ("serve", "--port", "9"), ("reparse",)])
def test_a_db_that_is_not_sqlite_is_refused_in_one_line(tmp_path, command):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 50)
    proc = run_cli(*command, "--db", db, check=False, timeout=60)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert proc.stderr.strip().count("\n") == 0 and "is not an SQLite database" in proc.stderr
    assert db.read_text() == "these are my notes, not a database\n" * 50


def test_an_empty_file_becomes_an_archive(tmp_path):
    """A new archive may be an empty file made beforehand (touch, a mounted volume)."""
    db = tmp_path / "new.db"
    db.touch()
    proc = run_cli("crawl", "http://127.0.0.1:9/", "--db", db, "-s", "RETRY_ENABLED=False", check=False, timeout=120)
    assert proc.returncode in (0, 1, 4), proc.stderr[-2000:]  # the site is down, but the crawl ran
    assert {"articles", "crawls"} <= set(sqlite_utils.Database(str(db)).table_names())


@pytest.mark.parametrize("command, documented", [("crawl", "2 bad usage or --db is not an archive"),
                                                  ("serve", "2 --db is not an archive"),
                                                  ("reparse", "2 --db is not an archive")])
def test_exit_statuses_are_documented(command, documented):
    assert documented in " ".join(run_cli(command, "--help").stdout.split())
