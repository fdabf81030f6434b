"""Faults: SIGKILL at random points of a crawl, Datasette reading while a crawl writes, a full disk
and a read-only archive. Each keeps the archive consistent and loses nothing already archived.

Bounded for `make test`; `make fuzz` runs the full-length variants through environment variables:
HEALTH_ARCHIVE_KILLS (20), HEALTH_ARCHIVE_WAL_READERS (8), HEALTH_ARCHIVE_WAL_SECONDS (6 here, 30 there).
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from archive.extract.site import MIN_PAGES
from archive.db.schema import open_db
from helpers import ROOT, free_port, query, run_cli, wait_for_http
from hostile_site import HostileSite

KILLS = int(os.environ.get("HEALTH_ARCHIVE_KILLS", "20"))
KILL_SEED = int(os.environ.get("HEALTH_ARCHIVE_KILL_SEED", "1128"))
WAL_READERS = int(os.environ.get("HEALTH_ARCHIVE_WAL_READERS", "8"))
WAL_SECONDS = float(os.environ.get("HEALTH_ARCHIVE_WAL_SECONDS", "6"))
CRAWL = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
         "-s", "PROGRESS_INTERVAL=0")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "reliability"


def save_artifact(name: str, data) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(data, indent=1))


def crawl_command(url: str, db_path, settings=CRAWL) -> list[str]:
    return [sys.executable, "-m", "archive.cli", "crawl", url, "--db", str(db_path), *settings]


def snapshot(db_path, base_url: str) -> dict:
    """The archive as a reader sees it, site-relative: per article its content, version, raw page and
    how many links, images, citations and Read Also items it has; the Read Also graph."""
    strip = lambda u: u.replace(base_url, "") if u else u  # noqa: E731
    articles = {
        strip(r["url"]): (r["content_hash"], r["version"], r["status"], r["sha256"], r["links"], r["images"],
                          r["citations"], r["related"], r["versions"])
        for r in query(db_path, """
            select a.url, a.content_hash, a.version, a.status, p.sha256,
              (select count(*) from links where article_id = a.id) as links,
              (select count(*) from images where article_id = a.id) as images,
              (select count(*) from citations where article_id = a.id) as citations,
              (select count(*) from related_links where article_id = a.id) as related,
              (select count(*) from article_versions where article_id = a.id) as versions
            from articles a left join raw_pages p on p.id = a.raw_page_id""")
    }
    related = sorted((strip(r["src"]), r["position"], strip(r["url"]), strip(r["target"])) for r in query(
        db_path, "select s.url as src, r.position, r.url, t.url as target from related_links r "
                 "join articles s on s.id = r.article_id left join articles t on t.id = r.target_id"))
    return {"articles": articles, "related": related}


def consistency_problems(db_path) -> list[str]:
    """What a crash could leave half-done: integrity, foreign keys, an article without its version or raw page."""
    problems = []
    if query(db_path, "pragma integrity_check")[0]["integrity_check"] != "ok":
        problems.append("integrity_check failed")
    if query(db_path, "pragma foreign_key_check"):
        problems.append("foreign key violations")
    half = query(db_path, "select a.url from articles a left join article_versions v on v.article_id = a.id "
                          "and v.version = a.version left join raw_pages p on p.id = a.raw_page_id "
                          "where v.id is null or p.id is null")
    if half:
        problems.append(f"articles without their version or raw page: {half}")
    return problems


# -- SIGKILL at random points -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_site():
    """Sixteen articles answered slowly (0.1 s each, two at a time), so a crawl lasts a few seconds."""
    with HostileSite(sections={"articles"}, articles=16, delay=0.1) as site:
        yield site


@pytest.fixture(scope="module")
def reference(small_site, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("reference") / "archive.db"
    started = time.monotonic()
    run_cli("crawl", small_site.base_url + "/", "--db", db_path, *CRAWL)
    return snapshot(db_path, small_site.base_url), time.monotonic() - started


def kill_points(n: int, articles: int, seed: int) -> list[tuple[int, float]]:
    """``n`` random points of a crawl: (k, extra). k = -1 kills ``extra`` seconds after the start
    (Scrapy still starting, the archive maybe not even open); k >= 0 kills ``extra`` seconds after
    the k-th article was archived (0: once the crawl row exists; ``articles``: while it closes)."""
    rng = random.Random(seed)
    points = []
    for _ in range(n):
        k = rng.randint(-1, articles)
        points.append((k, rng.uniform(0.1, 1.2) if k < 0 else rng.uniform(0.0, 0.15)))
    return points


def progress(db_path: Path) -> tuple[int, int]:
    """(crawl rows, articles) as a reader sees them now; (0, 0) before the archive exists."""
    if not db_path.exists():
        return 0, 0
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return (conn.execute("select count(*) from crawls").fetchone()[0],
                    conn.execute("select count(*) from articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0


def kill_and_resume(site, reference_snapshot, point: tuple[int, float], workdir: Path, batch: int) -> dict:
    """Crawl into a fresh archive writing ``batch`` visits per transaction, SIGKILL the whole
    process group at ``point``, check the archive, resume, and compare with the uninterrupted crawl."""
    k, extra = point
    db_path = workdir / "archive.db"
    with open(workdir / "crawl.log", "wb") as log:
        started = time.monotonic()
        settings = (*CRAWL, "-s", f"ARCHIVE_WRITE_BATCH={batch}")
        proc = subprocess.Popen(crawl_command(site.base_url + "/", db_path, settings), cwd=ROOT, stdout=log,
                                stderr=log, start_new_session=True)
        if k >= 0:
            deadline = started + 60
            while proc.poll() is None and time.monotonic() < deadline:
                crawls, archived = progress(db_path)
                if crawls and archived >= k:
                    break
                time.sleep(0.02)
        time.sleep(extra)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had finished already
        proc.wait(timeout=30)
    outcome = {"point": f"{extra:.2f} s after start" if k < 0 else f"{extra:.2f} s after article {k}", "batch": batch,
               "kill_at_s": round(time.monotonic() - started, 2), "killed": proc.returncode == -signal.SIGKILL}
    # A kill while the archive was being created can leave a file whose first migration did not
    # commit: no tables, nothing written (the next run takes it as a new archive).
    created = db_path.exists() and bool(query(
        db_path, "select 1 from sqlite_master where type = 'table' and name = 'articles'"))
    if created:
        outcome["problems_after_kill"] = consistency_problems(db_path)
        partial = snapshot(db_path, site.base_url)["articles"]
        outcome["articles_at_kill"] = len(partial)
        # Every article present is whole: same content, raw page, links, images, citations, Read Also.
        # Those extracted before the site's template was learned are as whole but not yet settled
        # (the crawl's end extracts them again with it): the resumed crawl must settle them.
        # (A kill while the archive was being created can leave its first migrations only: no
        # template_pages yet, and no article either.)
        columns = {r["name"] for r in query(db_path, "select name from pragma_table_info('article_versions')")}
        unsettled = {r["url"].replace(site.base_url, "") for r in query(
            db_path, "select a.url from articles a join article_versions v on v.article_id = a.id "
                     "and v.version = a.version where v.template_pages < ?", [MIN_PAGES])} \
            if "template_pages" in columns else set()
        outcome["unsettled_at_kill"] = len(unsettled)
        outcome["half_written"] = sorted(url for url, facts in partial.items()
                                         if url not in unsettled and facts != reference_snapshot["articles"].get(url))
        outcome["crawl_status_at_kill"] = [r["status"] for r in query(db_path, "select status from crawls")]
    else:
        outcome.update(problems_after_kill=[], articles_at_kill=0, half_written=[], crawl_status_at_kill=[])
    result = run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL, check=False)
    outcome["resume_exit"] = result.returncode
    outcome["problems_after_resume"] = consistency_problems(db_path)
    outcome["same_as_uninterrupted"] = snapshot(db_path, site.base_url) == reference_snapshot
    crawls = query(db_path, "select id, status, resumed_from from crawls order by id")
    outcome["crawls"] = [f"{c['id']}:{c['status']}" + (f"<-{c['resumed_from']}" if c["resumed_from"] else "")
                         for c in crawls]
    return outcome


def test_sigkill_at_random_points_then_resume(small_site, reference, tmp_path):
    reference_snapshot, duration = reference
    assert len(reference_snapshot["articles"]) == small_site.articles
    points = kill_points(KILLS, small_site.articles, KILL_SEED)
    dirs = [tmp_path / f"kill-{i:02d}" for i in range(KILLS)]
    for path in dirs:
        path.mkdir()
    # Half the crawls commit each visit on its own (kills land between many commits), half in
    # the default batches (kills land inside a transaction of several visits).
    batches = [1 if i % 2 == 0 else 100 for i in range(KILLS)]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two at a time: each mostly waits on the slow site
        outcomes = list(pool.map(lambda args: kill_and_resume(small_site, reference_snapshot, *args),
                                 zip(points, dirs, batches)))
    save_artifact("sigkill.json", {"seed": KILL_SEED, "uninterrupted_s": round(duration, 2), "outcomes": outcomes})
    for outcome in outcomes:
        assert outcome["problems_after_kill"] == [] and outcome["half_written"] == [], outcome
        assert outcome["resume_exit"] == 0 and outcome["problems_after_resume"] == [], outcome
        assert outcome["same_as_uninterrupted"], outcome
    # The kills landed all over the crawl: before it wrote anything, in the middle, near the end.
    assert sum(o["killed"] for o in outcomes) >= KILLS * 0.75
    assert len({o["articles_at_kill"] for o in outcomes}) >= min(KILLS, 5)


# -- Datasette reading while a crawl writes --------------------------------------------------------


READ_PATHS = ("/archive/articles.json?_size=20&_sort_desc=id", "/archive/fetches.json?_size=50&_sort_desc=id",
              "/archive/crawls.json", "/-/archive", "/archive/articles?_sort_desc=last_seen",
              "/archive.json?sql=select+count(*)+from+articles")


def test_datasette_reads_while_a_crawl_writes(tmp_path):
    db_path = tmp_path / "archive.db"
    open_db(str(db_path)).close()
    articles = int(WAL_SECONDS * 20) + 40   # ~20 pages/s at this speed: the crawl outlasts the readers
    port = free_port()
    with HostileSite(sections={"articles"}, articles=articles, delay=0.1) as site, \
            open(tmp_path / "serve.log", "wb") as serve_log, open(tmp_path / "crawl.log", "wb") as crawl_log:
        server = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", "--db", str(db_path), "--port",
                                   str(port)], cwd=ROOT, stdout=serve_log, stderr=serve_log, start_new_session=True)
        crawler = None
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for_http(base + "/-/archive", timeout=60)
            crawler = subprocess.Popen(crawl_command(site.base_url + "/", db_path), cwd=ROOT, stdout=crawl_log,
                                       stderr=crawl_log)
            wait_until(lambda: count_articles(db_path) > 0, 60)
            before = count_articles(db_path)
            stats = read_concurrently(base, WAL_READERS, WAL_SECONDS)
            during = count_articles(db_path) - before
            assert crawler.wait(timeout=300) == 0
        finally:
            for proc in (crawler, server):
                if proc is not None and proc.poll() is None:
                    proc.terminate()
                    proc.wait(timeout=30)
    logs = (tmp_path / "serve.log").read_text(errors="replace") + (tmp_path / "crawl.log").read_text(errors="replace")
    stats.update(articles_written_while_reading=during, locked_in_logs=logs.count("database is locked"))
    save_artifact("wal_readers.json", stats)
    assert stats["errors"] == 0 and stats["locked_in_logs"] == 0, stats
    assert stats["served"] >= WAL_READERS * WAL_SECONDS, stats  # every reader was served all along
    assert during > 0, stats  # and the crawl really was writing meanwhile
    assert query(db_path, "select status from crawls")[0]["status"] == "finished"


def count_articles(db_path) -> int:
    try:
        return query(db_path, "select count(*) as n from articles")[0]["n"]
    except sqlite3.OperationalError:
        return 0


def wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def read_concurrently(base: str, readers: int, seconds: float) -> dict:
    """``readers`` threads requesting READ_PATHS in turn for ``seconds``; counts what was served."""
    lock = threading.Lock()
    served, errors, latencies = [0], [], []
    deadline = time.monotonic() + seconds

    def reader(n: int) -> None:
        i = n
        while time.monotonic() < deadline:
            path = READ_PATHS[i % len(READ_PATHS)]
            i += 1
            started = time.monotonic()
            try:
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    body = response.read()
                ok = response.status == 200 and b"database is locked" not in body
                problem = None if ok else f"{path}: HTTP {response.status}"
            except (urllib.error.URLError, OSError) as exc:
                problem = f"{path}: {exc}"
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    served[0] += 1
                    latencies.append(time.monotonic() - started)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    latencies.sort()
    return {"readers": readers, "seconds": seconds, "served": served[0], "errors": len(errors),
            "error_samples": errors[:5], "median_ms": round(statistics.median(latencies) * 1000) if latencies else None,
            "p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000) if latencies else None}


# -- a full disk, a read-only archive ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB tmpfs of its own (needs root: mount); unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until only about ``leave`` bytes are free."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as fh:
        try:
            fh.write(b"\0" * max(0, free - leave))
        except OSError:
            pass
    return filler


def files_digest(db_path: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_disk_full_stops_the_crawl_in_one_line_and_loses_nothing(small_disk):
    db_path = small_disk / "archive.db"
    with HostileSite(sections={"articles"}, articles=4) as site:
        run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL)
        before = snapshot(db_path, site.base_url)["articles"]
        site.articles = 40  # the site grows; the disk does not
        filler = fill(small_disk, leave=600 * 1024)
        result = run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL, "-v", check=False)
        full_errors = [line for line in result.stderr.splitlines() if "] ERROR: " in line]
        assert result.returncode == 1, result.stderr[-3000:]
        assert len(full_errors) == 1 and "database or disk is full" in full_errors[0], result.stderr[-2500:]
        assert "Traceback" not in result.stderr
        assert consistency_problems(db_path) == []
        after = snapshot(db_path, site.base_url)["articles"]
        diff = [(u, before[u][4:], after.get(u) and after[u][4:]) for u in before if after.get(u) != before[u]]
        assert not diff, str(diff)  # nothing archived before was lost
        # It archived what fitted (whole batches of visits; a batch that no longer fits is not
        # archived and is fetched again by the next crawl), then stopped.
        assert len(before) <= len(after) < 40
        stopped = query(db_path, "select status, message from crawls order by id desc limit 1")[0]
        assert stopped["status"] in ("failed", "running")  # "running" when not even that row could be written
        filler.unlink()  # room again: the next crawl finishes the job
        run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL)
        assert len(snapshot(db_path, site.base_url)["articles"]) == 40 and consistency_problems(db_path) == []
    save_artifact("disk_full.json", {"archived_before": len(before), "archived_when_full": len(after),
                                     "error_line": full_errors[0].split("ERROR: ", 1)[-1], "lost": 0})


def test_read_only_archive_refuses_in_one_line_and_is_untouched(small_disk):
    db_path = small_disk / "archive.db"
    with HostileSite(sections={"articles"}, articles=3) as site:
        run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL)
        digest = files_digest(db_path)
        subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
        try:
            result = run_cli("crawl", site.base_url + "/", "--db", db_path, *CRAWL, check=False)
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("health-archive: cannot write to"), result.stderr[-2000:]
    assert files_digest(db_path) == digest and consistency_problems(db_path) == []
    save_artifact("read_only.json", {"error_line": lines[0], "archive_changed": False})


# -- the crawl lock belongs to the real file -----------------------------------------------------


def other_spellings(tmp_path: Path) -> tuple[Path, list[Path]]:
    """An archive file and other paths naming it: a symlink to it, a path through a symlinked
    directory, one with ``..`` in it."""
    real_dir = tmp_path / "data"
    real_dir.mkdir()
    real = real_dir / "archive.db"
    open_db(str(real)).close()
    (tmp_path / "link.db").symlink_to(real)
    (tmp_path / "linked-dir").symlink_to(real_dir)
    return real, [tmp_path / "link.db", tmp_path / "linked-dir" / "archive.db", real_dir / ".." / "data" / "archive.db"]


@pytest.mark.fast
def test_every_spelling_of_the_archive_takes_the_same_lock(tmp_path):
    from archive.db.lock import ArchiveLocked, CrawlLock

    real, spellings = other_spellings(tmp_path)
    with CrawlLock(str(real)):
        for path in spellings:
            with pytest.raises(ArchiveLocked, match=f"another crawl is running on {real}"):
                CrawlLock(str(path)).acquire()


@pytest.mark.parametrize("spelling", [0, 1])
def test_a_symlinked_db_cannot_crawl_beside_a_live_crawl(tmp_path, spelling):
    """The live crawl holds the lock of the real file (as `crawl --db data/archive.db` does): a
    second crawl through another name of it exits 3 in one line, and writes nothing."""
    from archive.db.lock import CrawlLock

    real, spellings = other_spellings(tmp_path)
    before = files_digest(real)
    with CrawlLock(str(real)):
        result = run_cli("crawl", "http://127.0.0.1:9/", "--db", spellings[spelling], *CRAWL, check=False)
    assert result.returncode == 3, (result.returncode, result.stderr[-2000:])
    assert result.stderr.strip().count("\n") == 0 and "another crawl is running" in result.stderr
    assert files_digest(real) == before


def test_archive_db_setting_cannot_point_the_crawler_elsewhere(tmp_path):
    """`-s ARCHIVE_DB=` would send the crawler to another file than the one --db locked."""
    real, _ = other_spellings(tmp_path)
    result = run_cli("crawl", "http://127.0.0.1:9/", "--db", tmp_path / "other.db", "-s", f"ARCHIVE_DB={real}",
                     check=False)
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "--db" in result.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "other.db").exists()
