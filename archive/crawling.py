"""Running crawls for the CLI: the lock, one ``scrapy crawl articles`` child per profile, exit status.

The crawl runs in a child process (Twisted's reactor cannot restart, and ``scrapy crawl`` is
then exactly what a Scrapy user would run); this module never imports the Scrapy project.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from typing import Optional

from archive.interrupts import run_child
from archive.lock import CrawlLock, lock_key
from archive.profiles import Profile
from archive.schema import open_db

LOCK_HELD_ENV = "HEALTH_ARCHIVE_LOCK_HELD"  # the pipeline skips locking when its parent holds the lock

# Exit statuses, so cron and systemd can tell what happened.
EXIT_OK = 0
EXIT_FAILED = 1      # the crawl failed or was interrupted
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


def scrapy_command(profile: Profile, db_path: str, settings=(), log_file: Optional[str] = None) -> list[str]:
    """The ``scrapy crawl articles`` command line for one profile."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", "start_urls=" + ",".join(profile.start_urls),
           "-s", f"ARCHIVE_DB={db_path}"]
    if profile.allow_domains:
        cmd += ["-a", "allow_domains=" + ",".join(profile.allow_domains)]
    for setting in [*profile.scrapy_settings(), *settings]:
        cmd += ["-s", setting]
    if log_file:
        cmd += ["-s", f"ARCHIVE_LOG_FILE={log_file}"]
    return cmd


def run_profile(profile: Profile, db_path: str, lock: CrawlLock, settings=(), log_file=None) -> CrawlResult:
    """Run one profile's crawl while this process holds the archive's lock."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.settings", LOCK_HELD_ENV: lock_key(db_path)}
    db = open_db(db_path)
    before = db.execute("select coalesce(max(id), 0) from crawls").fetchone()[0]
    db.close()
    started = time.monotonic()
    # The child inherits the lock's descriptor: the lock lasts as long as either process lives.
    returncode = run_child(scrapy_command(profile, db_path, settings, log_file), env=env, pass_fds=(lock.fd,))
    elapsed = time.monotonic() - started
    db = open_db(db_path)
    row = next(iter(db.query("select * from crawls where id > ? order by id desc limit 1", [before])), None)
    from archive.store import resumed_totals

    resumed = resumed_totals(db, row["id"]) if row else (0, 0)
    db.close()
    if row is None:
        raise RuntimeError(f"the crawler exited with status {returncode} before it started a crawl")
    return CrawlResult(row=dict(row), elapsed=elapsed, returncode=returncode, resumed=resumed)


def acquire_lock(db_path: str, wait: bool, command: str = "crawl") -> CrawlLock:
    open_db(db_path).close()  # create and migrate before the crawler and any reader touch it
    return CrawlLock(db_path).acquire(wait=wait, command=command)
