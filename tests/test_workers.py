"""A page's extraction has a time limit (issue 13): past ARCHIVE_EXTRACT_TIMEOUT (crawl) or --timeout
(reparse, extract) the page is an error with its reason, its worker process is killed and replaced,
and the run goes on.

The worker processes on their own (archive.workers), then a real crawl of a hostile site on
loopback, a reparse and an extract, each with one page heavier than the limit."""
from __future__ import annotations

import gzip
import json
import os
import time

import pytest

import worker_calls as calls
from archive.db.store import Archive, FetchedPage
from archive.workers import CallTimedOut, WorkerDied, Workers
from helpers import FAST, query, run_cli
from hostile_site import HostileSite, article_page, heavy_page

LIMIT = 0.3     # seconds: an article of the hostile site takes milliseconds, the heavy page seconds


# -- the worker processes -------------------------------------------------------------------------

def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.fast
def test_a_call_past_the_limit_costs_its_process_and_nothing_else(tmp_path):
    note = tmp_path / "stuck.pid"
    workers = Workers(2, timeout=1.0)
    try:
        stuck = workers.submit(calls.stall, note)
        others = [workers.submit(calls.sleep, 0.05) for _ in range(6)]
        started = time.monotonic()
        with pytest.raises(CallTimedOut, match="took longer than 1 s; its process was stopped"):
            stuck.result(timeout=60)
        assert time.monotonic() - started < 20 * workers.timeout     # near its limit, not at the call's end
        assert [f.result(timeout=60) for f in others] == ["woke"] * 6      # the other process went on
        stuck_pid = int(note.read_text())
        assert _gone(stuck_pid)                                            # killed, and reaped
        again = [workers.submit(calls.pid) for _ in range(4)]
        assert stuck_pid not in {f.result(timeout=60) for f in again}     # a fresh process in its place
    finally:
        workers.close()


@pytest.mark.fast
def test_a_crash_or_an_exception_costs_only_its_call():
    workers = Workers(1, timeout=30)
    try:
        with pytest.raises(WorkerDied, match="exit code 7"):
            workers.submit(calls.exit_hard).result(timeout=60)
        with pytest.raises(ValueError, match="a bad page"):
            workers.submit(calls.fail).result(timeout=60)
        assert workers.submit(calls.sleep, 0).result(timeout=60) == "woke"
    finally:
        workers.close()


def test_closing_stops_every_process():
    workers = Workers(2, timeout=30)
    pids = {workers.submit(calls.pid).result(timeout=60) for _ in range(4)}
    stuck = workers.submit(calls.sleep, 60)
    time.sleep(0.2)
    workers.close()
    with pytest.raises(WorkerDied):
        stuck.result(timeout=10)
    assert all(_gone(pid) for pid in pids)


# -- a crawl, a reparse, an extract ---------------------------------------------------------------

def test_a_page_past_the_limit_is_an_error_and_the_crawl_goes_on(tmp_path):
    db = tmp_path / "heavy.db"
    with HostileSite(sections={"heavy"}, articles=4) as site:
        result = run_cli("crawl", site.base_url + "/heavy/", "--db", db, *FAST,
                         "-s", f"ARCHIVE_EXTRACT_TIMEOUT={LIMIT}", check=False)
    assert "Traceback" not in result.stderr
    (heavy,) = query(db, "select outcome, error from fetches where url like '%/heavy/page/'")
    assert heavy["outcome"] == "error"
    assert heavy["error"] == (f"extraction took longer than ARCHIVE_EXTRACT_TIMEOUT ({LIMIT:g} s); "
                              "its process was stopped")
    archived = query(db, "select url from articles order by url")
    assert [r["url"].rsplit("/articles/", 1)[1] for r in archived] == ["1/", "2/", "3/", "4/"]
    (crawl,) = query(db, "select status from crawls")
    assert crawl["status"] == "finished"


def test_reparse_records_a_page_past_the_limit_and_goes_on(tmp_path):
    db = str(tmp_path / "a.db")
    arc = Archive(db)
    try:
        from archive.extract.ingest import extract_page
        for n, html in ((1, article_page(1)), (2, heavy_page()), (3, article_page(3))):
            url = f"http://h.example/p{n}/"
            article, _ = extract_page(html.encode(), url, "text/html")
            arc.save_article(None, FetchedPage(url=url, status=200, body=html.encode(),
                                               content_type="text/html; charset=utf-8"), article)
    finally:
        arc.close()
    result = run_cli("reparse", "--db", db, "--processes", "1", "--timeout", str(LIMIT), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Reparsed 2 articles: 0 changed (new version), 2 unchanged, 1 errors" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("health-archive: article")]
    assert errors == [f"health-archive: article 2 (http://h.example/p2/): extraction took longer than "
                      f"{LIMIT:g} s; its process was stopped"]


def test_extract_records_a_page_past_the_limit_and_goes_on(tmp_path):
    heavy, light = tmp_path / "heavy.html.gz", tmp_path / "light.html"
    heavy.write_bytes(gzip.compress(heavy_page().encode()))
    light.write_text(article_page(2))
    result = run_cli("extract", heavy, light, "--timeout", str(LIMIT), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"source": str(heavy), "error": f"extraction took longer than {LIMIT:g} s; its process was stopped"}
    assert second["source"] == str(light) and second["word_count"] > 100
    assert result.stderr.strip() == f"error: {heavy}: {first['error']}"
