"""Running crawls for the CLI: the lock, the profiles one after another (``run_profiles``, for both
transports), one ``scrapy crawl articles`` child per local run, the exit status and summary.

The crawl runs in a child process (Twisted's reactor cannot restart, and ``scrapy crawl`` is
then exactly what a Scrapy user would run); this module never imports the Scrapy project, nor the
SQLite layer until a run starts (the CLI imports it on every call).
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from archive.crawl.interrupts import run_child
from archive.db.lock import CrawlLock, lock_key

if TYPE_CHECKING:
    from archive.crawl.profiles import Profile

LOCK_HELD_ENV = "HEALTH_ARCHIVE_LOCK_HELD"  # the pipeline skips locking when its parent holds the lock
#: The Scrapy project a crawl runs (named, not imported: archive never imports scraper).
SETTINGS_MODULE = "scraper.settings"

# Exit statuses, so cron and systemd can tell what happened.
EXIT_OK = 0
EXIT_FAILED = 1      # the crawl failed or was interrupted
EXIT_NOT_ARCHIVE = 2  # --db is another program's file (click's usage errors share the status)
EXIT_LOCKED = 3      # another crawl holds the archive
EXIT_SUSPICIOUS = 4  # finished, but errors passed the threshold or far less was found than last time


@dataclass
class CrawlResult:
    row: dict
    elapsed: float
    returncode: int
    resumed: tuple[int, int] = (0, 0)  # pages fetched and errors of the interrupted crawls it resumed

    @property
    def error_rate(self) -> float:
        """Errors per page fetched, over the resumed crawls too: a resumed crawl alone may fetch
        four pages, and one 404 among them is not a quarter of the site failing."""
        pages, errors = self.resumed
        return (self.row["errors"] + errors) / max(self.row["pages_fetched"] + pages, 1)

    @property
    def max_error_rate(self) -> float:
        settings = json.loads(self.row.get("settings") or "{}")
        return float(settings.get("ARCHIVE_MAX_ERROR_RATE") or 0.2)

    @property
    def exit_status(self) -> int:
        if self.row["status"] != "finished":
            return EXIT_FAILED
        if self.row.get("anomaly") or self.error_rate > self.max_error_rate:
            return EXIT_SUSPICIOUS
        return EXIT_OK

    @classmethod
    def read(cls, db, crawl_id: int, elapsed: float, returncode: int) -> "CrawlResult":
        """The result of a run whose crawl row is closed, with the totals of the crawls it resumed."""
        from archive.db.store import crawl_row, resumed_totals

        row = crawl_row(db, crawl_id)
        return cls(row=row, elapsed=elapsed, returncode=returncode, resumed=resumed_totals(db, crawl_id))

    def summary(self, db_path: str) -> str:
        row = self.row
        archived = row["articles_new"] + row["articles_changed"] + row["articles_unchanged"]
        name = f" [{row['profile']}]" if row.get("profile") else ""
        skipped = f", {row['skipped']} not fetched: fresh or already archived" if row.get("skipped") else ""
        line = (
            f"Crawl {row['id']}{name} {row['status']} in {self.elapsed:.1f}s: {row['pages_fetched']} pages fetched "
            f"({row['not_modified']} not modified{skipped}), {archived} articles archived ({row['articles_new']} new, "
            f"{row['articles_changed']} changed, {row['articles_unchanged']} unchanged), "
            f"{row['articles_gone']} gone, {row['errors']} error{'' if row['errors'] == 1 else 's'} -> {db_path}"
        )
        if row.get("anomaly"):
            line += f"\nWarning: crawl {row['id']} looks wrong: {row['anomaly']}"
        elif self.error_rate > self.max_error_rate:
            line += f"\nWarning: {self.error_rate:.0%} of fetches failed (threshold {self.max_error_rate:.0%})"
        return line


def scrapy_command(spider: str, start_urls, allow_domains, settings) -> list[str]:
    """The ``scrapy crawl`` command line of a run: ``articles`` here, ``articles-worker`` on Redis."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", "start_urls=" + ",".join(start_urls)]
    if allow_domains:
        cmd += ["-a", "allow_domains=" + ",".join(allow_domains)]
    for setting in settings:
        cmd += ["-s", setting]
    return cmd


def run_profile(profile: Profile, db_path: str, lock: CrawlLock, settings=(), log_file=None) -> CrawlResult:
    """Run one profile's crawl while this process holds the archive's lock."""
    from archive.db.schema import open_db
    from archive.db.store import crawl_after, last_crawl_id

    db = open_db(db_path)
    before = last_crawl_id(db)
    db.close()
    started = time.monotonic()
    # The child inherits the lock's descriptor: the lock lasts as long as either process lives.
    settings = [f"ARCHIVE_DB={db_path}", *profile.scrapy_settings(), *settings,
                *([f"ARCHIVE_LOG_FILE={log_file}"] if log_file else [])]
    cmd = scrapy_command("articles", profile.start_urls, profile.allow_domains, settings)
    returncode = run_child(cmd, env=held_lock_env(db_path), pass_fds=(lock.fd,))
    elapsed = time.monotonic() - started
    db = open_db(db_path)
    try:
        crawl_id = crawl_after(db, before)
        if crawl_id is None:
            raise RuntimeError(f"the crawler exited with status {returncode} before it started a crawl")
        return CrawlResult.read(db, crawl_id, elapsed, returncode)
    finally:
        db.close()


class RunRefused(RuntimeError):
    """A run that cannot start, nor any after it (another live run holds the shared frontier)."""
    exit_status = EXIT_LOCKED


def run_profiles(profiles, db_path: str, run_one: Callable[[Profile, CrawlLock], CrawlResult], *, wait: bool,
                 say: Callable[[str], None], show: Callable[[str], None], verbose: bool = False) -> int:
    """Run the profiles one after another under the archive's lock, whatever the transport
    (``run_one``); ``say`` a failure in one line, ``show`` each summary. Returns the exit status.
    After Ctrl-C the crawl running stops cleanly, its summary is shown and no other profile starts;
    without ``verbose`` (the crawl's log on stderr) a failed crawl's reason is said in one line."""
    from archive.crawl.interrupts import interrupted
    from archive.db.lock import ArchiveLocked
    from archive.db.schema import NotAnArchive

    try:
        lock = acquire_lock(db_path, wait)
    except ArchiveLocked as exc:
        say(str(exc))
        return EXIT_LOCKED
    except NotAnArchive as exc:  # what the CLI could not tell without writing
        say(str(exc))
        return EXIT_NOT_ARCHIVE
    except (sqlite3.Error, OSError) as exc:  # a read-only file or directory, a full disk
        say(f"cannot write to {db_path}: {exc}")
        return EXIT_FAILED
    status = EXIT_OK
    try:
        for profile in profiles:
            try:
                result = run_one(profile, lock)
            except RunRefused as exc:
                say(str(exc))
                return exc.exit_status
            except (RuntimeError, sqlite3.Error, OSError) as exc:
                say(str(exc))
                status = max(status, EXIT_FAILED)
                continue
            if result.row["status"] == "running" and interrupted():  # forced to stop: nobody closed its crawl
                result.row = close_dead_crawl(db_path, result.row)
            show(result.summary(db_path))
            if result.row["status"] == "failed" and result.row.get("message") and not verbose:
                say(f"crawl {result.row['id']} failed: {result.row['message']}")
            status = max(status, result.exit_status)
            if interrupted():
                say("interrupted; the next run resumes the crawl")
                return max(status, EXIT_FAILED)
    finally:
        lock.release()
    return status


def close_dead_crawl(db_path: str, row: dict) -> dict:
    """Mark a crawl whose process is gone interrupted (we hold the lock) and return its row; the row
    as it was when the archive cannot be written (a full disk: the next run marks it)."""
    from archive.db.store import Archive, crawl_row

    try:
        archive = Archive(db_path)
        try:
            archive.close_dead_crawls()
            return crawl_row(archive.db, row["id"])
        finally:
            archive.close()
    except sqlite3.Error:
        return row


def held_lock_env(db_path: str) -> dict:
    """The environment of a child process that writes the archive under this process's lock (its
    descriptor passed on): ``lock_unless_held`` in the child then takes no lock of its own."""
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE, LOCK_HELD_ENV: lock_key(db_path)}


def lock_unless_held(db_path: str, wait: bool) -> Optional[CrawlLock]:
    """The archive's lock for the process that writes a crawl (the local pipeline, a distributed
    run's writer), unless the process that started it holds the lock for it (LOCK_HELD_ENV)."""
    if os.environ.get(LOCK_HELD_ENV) == lock_key(db_path):
        return None
    return CrawlLock(db_path).acquire(wait=wait)


def acquire_lock(db_path: str, wait: bool, command: str = "crawl") -> CrawlLock:
    from archive.db.schema import open_db

    open_db(db_path).close()  # create and migrate before the crawler and any reader touch it
    return CrawlLock(db_path).acquire(wait=wait, command=command)
