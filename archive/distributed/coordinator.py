"""Distributed crawls, archive side: the run on the shared frontier, its single writer, status.

``run_profile`` (``health-archive crawl --redis URL``) opens the run (``start_run``: the crawl row and
seeds of ``archive.crawl.run``, validators and site templates published for workers), starts the
writer (``ingest``), requeues the pages of workers that stop heartbeating until the queue is empty,
no worker holds a page and every item is committed, then finishes it as a local crawl is finished. Workers (``health-archive worker``) are Scrapy processes on any machine;
only the writer touches the SQLite file. Keys and scripts: ``archive.distributed.frontier``.

The writer reads the items stream through a consumer group: an entry stays pending in Redis
until the transaction that wrote it has committed (and recorded the entry's id in its crawl row,
so a writer killed between commit and acknowledgement skips, not repeats, what it wrote).
"""
from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import closing, suppress
from typing import Callable, Optional
from urllib.parse import urlsplit, urlunsplit

from archive.config import REDIS_URL_ENV
from archive.distributed import frontier as fr
from archive.crawl.crawling import SETTINGS_MODULE, CrawlResult, RunRefused, held_lock_env
from archive.db.pages import known_pages
from archive.crawl.run import crawl_shape, finish_run, open_run, run_scope, seeds
from archive.db.store import Archive, PageItem, ingested_entry, page_count
from archive.db.transaction import unit

logger = logging.getLogger("health-archive")

GROUP = "writers"
CONSUMER = "writer"          # one writer per run: a restarted writer takes over its pending entries
WRITER_TTL = 15
MAX_WRITER_RESTARTS = 20   # a writer that dies this often has a bug, not bad luck
BATCH = 100


def redacted_url(url: str) -> str:
    """The Redis URL without its password, for logs and the crawls row."""
    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username or ''}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def run_settings(settings):
    """The run's Scrapy settings: the project's (scraper.settings) under its ``NAME=VALUE`` strings
    (profile and -s settings, the last one winning), as ``scrapy crawl -s`` gives a local crawl."""
    from scrapy.settings import Settings
    from scrapy.utils.conf import arglist_to_dict

    values = Settings()
    values.setmodule(SETTINGS_MODULE, priority="project")
    values.setdict(arglist_to_dict([s for s in settings if "=" in s]), priority="cmdline")
    return values


def _stream_id(value) -> tuple[int, int]:
    text = value.decode() if isinstance(value, bytes) else str(value)
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def _dead_here(holder: str) -> bool:
    """True if ``holder`` ("host pid") names a process of this host that no longer runs."""
    host, _, pid = holder.rpartition(" ")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


# -- the run ---------------------------------------------------------------------------------------------


class RunConflict(RunRefused):
    """The Redis database and prefix hold another live run."""


def start_run(frontier: fr.Frontier, db_path: str, profile, settings: list[str], redis_url: str,
              say: Callable[[str], None]) -> dict:
    """Open the crawl row (archive.crawl.run) and the run in Redis: a fresh run seeded now, or the unfinished
    run of the same sites picked up where its coordinator died (its frontier is still in Redis)."""
    values = run_settings(settings)
    start_urls, hosts = run_scope(profile.start_urls, profile.allow_domains)
    old = frontier.run()
    resuming = old.get("state") == "running" and json.loads(old.get("start_urls") or "[]") == start_urls
    if old.get("state") in ("seeding", "running") and not resuming and frontier.writer():
        raise RunConflict(f"{redacted_url(redis_url)} (prefix {frontier.prefix}) holds a live run of other start "
                          f"URLs (crawl {old.get('crawl_id')}): use another database number or --prefix")
    if old and not resuming:
        frontier.clear()
    refresh = values.getfloat("ARCHIVE_REFRESH_INTERVAL")
    worker_settings = json.dumps([s for s in settings if not s.startswith("CLOSESPIDER_PAGECOUNT=")])
    with closing(Archive(db_path)) as archive:
        opened = open_run(archive, start_urls, crawl_shape(values.get, hosts, redis=redacted_url(redis_url)),
                          profile=profile.name, resume=values.getbool("ARCHIVE_RESUME"),
                          resumed_from=int(old["crawl_id"]) if resuming else None, say=say)
        if resuming:
            archive.set_ingested_entry(opened.crawl_id, ingested_entry(archive.db, opened.resumed_from))
            frontier.start({"crawl_id": opened.crawl_id, "settings": worker_settings})
            say(f"resuming run {old['id']} (crawl {opened.resumed_from}) from its frontier in Redis")
            return frontier.run()
        run = {"id": uuid.uuid4().hex[:12], "crawl_id": opened.crawl_id, "state": "seeding",
               "start_urls": json.dumps(start_urls), "allow_domains": json.dumps(sorted(profile.allow_domains)),
               "settings": worker_settings, "max_pages": values.getint("CLOSESPIDER_PAGECOUNT"),
               "seen_buckets": fr.buckets_for(max(1_000_000, 4 * page_count(archive.db))), "started": time.time()}
        frontier.start(run)
        published = frontier.publish_validators(known_pages(archive.db, hosts, refresh, opened.chain))
        frontier.publish_templates(opened.templates)
        seeded = sum(frontier.add(fr.request_dict(s.url, callback=s.callback, priority=s.priority, meta=s.meta),
                                  fr.fingerprint(s.url), run["seen_buckets"])
                     for s in seeds(archive.db, start_urls, hosts, refresh))
    frontier.start({"state": "running"})
    say(f"run {run['id']} (crawl {opened.crawl_id}): {seeded} URLs seeded, validators for {published} pages "
        f"on {redacted_url(redis_url)}")
    return frontier.run()


class WriterProcess:
    """The writer as a child process (``health-archive ingest``), restarted if it dies."""

    def __init__(self, redis_url: str, db_path: str, prefix: str, lock_fd: Optional[int], env: dict,
                 log_file: Optional[str] = None):
        self.cmd = [sys.executable, "-m", "archive.cli", "ingest", "--db", db_path,
                    "--prefix", prefix, *(["--log-file", log_file] if log_file else [])]
        self.lock_fd = lock_fd
        self.env = {**env, REDIS_URL_ENV: redis_url}    # not in cmd: any user can read command lines
        self.proc: Optional[subprocess.Popen] = None
        self.restarts = 0

    def start(self) -> None:
        self.proc = subprocess.Popen(self.cmd, env=self.env, pass_fds=(self.lock_fd,) if self.lock_fd else ())

    def check(self, say) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            if self.restarts >= MAX_WRITER_RESTARTS:
                raise RuntimeError(f"the writer keeps failing (status {self.proc.returncode}); see its errors above")
            say(f"the writer exited with status {self.proc.returncode}; restarting it")
            self.restarts += 1
            self.start()

    def stop(self, timeout: float = 120) -> None:
        if self.proc is None:
            return
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=30)


def wait_until_complete(frontier: fr.Frontier, run: dict, say, writer: WriterProcess, poll: float = 0.5,
                        progress_every: float = 10.0) -> None:
    """Requeue dead workers' pages, keep the writer up, and return when nothing is left to do."""
    limit = int(run.get("max_pages") or 0)
    samples: list[tuple[float, int]] = []
    last_progress = time.monotonic()
    while True:
        def step():
            frontier.reap(say)
            return frontier.snapshot(), frontier.stat("pages"), frontier.worker_count()

        snap, pages, workers = fr.with_retry(step, what="coordinator", say=say)
        now = time.monotonic()
        samples = [s for s in samples if now - s[0] <= 10] + [(now, pages)]
        rate = (pages - samples[0][1]) / max(now - samples[0][0], 1e-6) if len(samples) > 1 else 0.0
        fr.with_retry(lambda: frontier.set_stat("rate", f"{rate:.1f}"), what="coordinator", say=say)
        exhausted = snap.queued == 0 or (limit and snap.popped >= limit)
        if exhausted and snap.in_flight == 0 and snap.unwritten == 0:
            return
        writer.check(say)
        if progress_every and now - last_progress >= progress_every:
            last_progress = now
            say(f"progress: {pages} pages ({rate:.1f} pages/s), {snap.queued} queued, {snap.in_flight} in flight, "
                f"{snap.unwritten} waiting for the writer, {workers} workers"
                + ("" if workers else " (start some: health-archive worker --redis URL)"))
        time.sleep(poll)


def run_profile(frontier: fr.Frontier, profile, db_path: str, redis_url: str, lock, settings: list[str], say,
                log_file: Optional[str] = None) -> CrawlResult:
    """One profile's run on the shared frontier while this process holds the archive's lock (a local
    run: archive.crawl.crawling.run_profile): seeded or resumed, written and waited for, then its crawl
    row finished (archive.crawl.run.finish_run) as the local pipeline finishes its own."""
    started = time.monotonic()
    run = fr.with_retry(lambda: start_run(frontier, db_path, profile, settings, redis_url, say), what="seeding",
                        say=say)
    writer = WriterProcess(redis_url, db_path, frontier.prefix, lock.fd, held_lock_env(db_path), log_file)
    writer.start()

    def close(status: str, message: str, **kwargs) -> CrawlResult:
        with closing(Archive(db_path)) as archive:
            finish_run(archive, int(run["crawl_id"]), status, message=message, **kwargs)
            return CrawlResult.read(archive.db, int(run["crawl_id"]), time.monotonic() - started, 0)

    try:
        wait_until_complete(frontier, run, say, writer)
        fr.with_retry(frontier.finish, what="finishing", say=say)
        writer.stop()
        skipped = fr.with_retry(lambda: frontier.stat("skipped"), what="finishing", say=say)
        fr.with_retry(frontier.release, what="finishing", say=say)
    except KeyboardInterrupt:
        say("interrupted: the frontier stays in Redis, and the next `crawl --redis` resumes it")
        close("interrupted", "interrupted by the user")
        raise
    except RuntimeError as exc:  # the writer keeps dying: the run cannot complete
        close("failed", str(exc))
        raise
    return close("finished", "closed: finished", skipped=skipped,
                 min_yield=run_settings(settings).getfloat("ARCHIVE_MIN_YIELD_RATIO"))


# -- the writer -----------------------------------------------------------------------------------------


class Writer:
    """Drain the items stream into the archive; acknowledge entries only after their commit."""

    def __init__(self, frontier: fr.Frontier, db_path: str, say: Callable[[str], None] = logger.warning):
        self.frontier = frontier
        self.db_path = db_path
        self.say = say
        self.holder = f"{socket.gethostname()} {os.getpid()}"
        self.archive: Optional[Archive] = None
        self.written = 0
        self.published: dict = {}       # site -> the SiteTemplate last handed to workers

    def write(self, entries, crawl_id: int) -> int:
        """Commit a batch in one transaction (with the last entry id), then acknowledge it."""
        done = _stream_id(ingested_entry(self.archive.db, crawl_id) or "0")
        skipped = 0
        with unit(self.archive.db):
            for entry_id, fields in entries:
                if fields and _stream_id(entry_id) > done:  # else written before a crash that came ahead of its ack
                    skipped += self.save(fields[b"item"], crawl_id)
            last = entries[-1][0].decode()
            self.archive.set_ingested_entry(crawl_id, last)
            self.archive.knowledge.save()       # what the batch taught about its sites, with it
        changed = {site: t for site, t in self.archive.knowledge.templates.items() if self.published.get(site) is not t}

        def hand_over():  # committed: the acknowledgement waits for Redis if it must, the batch is never rewritten
            self.frontier.publish_templates(changed)   # workers extract with what the batch taught
            self.frontier.ack_items(GROUP, [entry_id for entry_id, _ in entries], skipped)

        fr.with_retry(hand_over, what="writer", say=self.say)
        self.published.update(changed)
        self.written += len(entries)
        return len(entries)

    def save(self, raw: bytes, crawl_id: int) -> int:
        """Write one item; returns 1 for a page skipped without fetching (nothing to write)."""
        data = fr.loads(raw)
        if data["kind"] == "skipped":
            return 1
        item = PageItem.from_dict(data)
        if item.save(self.archive, crawl_id, worker=data.get("worker") or "") == "error":
            logger.info("%s: %s", item.page.url, item.error)
        return 0

    def _next(self, pending: bool):
        """The run and a batch of entries, once this process is the run's writer; None meanwhile."""
        if not self.frontier.claim_writer(self.holder, WRITER_TTL, _dead_here):
            if not self.announced:
                self.say(f"another writer holds this run ({self.frontier.writer()}); waiting")
                self.announced = True
            time.sleep(2)
            return None
        run = self.frontier.run()
        if not run.get("crawl_id"):
            time.sleep(0.5)
            return None
        return run, self.frontier.read_items(GROUP, CONSUMER, pending, BATCH, 1000)

    def run(self, *, until_done: bool = True, idle_exit: float = 0.0) -> int:
        """Write until the run is over (state done) — or, with ``idle_exit``, until idle that long."""
        self.pending = True  # first take over what a killed writer had read but not acknowledged
        self.announced = False
        idle_since = time.monotonic()

        def reread():
            self.pending = True

        self.archive = Archive(self.db_path)
        try:
            while True:
                got = fr.with_retry(lambda: self._next(self.pending), what="writer", say=self.say, failed=reread)
                if got is None:
                    continue
                run, entries = got
                if entries:
                    self.write(entries, int(run["crawl_id"]))
                    idle_since = time.monotonic()
                elif self.pending:
                    self.pending = False
                elif until_done and run.get("state") == "done":
                    return self.written  # the coordinator finishes the run: archive.crawl.run.finish_run settles its sites
                elif idle_exit and time.monotonic() - idle_since > idle_exit:
                    return self.written
        finally:
            self.archive.close()
            with suppress(*fr.connection_errors()):  # else the claim expires on its own
                self.frontier.release_writer(self.holder)


# -- status -----------------------------------------------------------------------------------------------


def status(frontier: fr.Frontier) -> dict:
    """What the run is doing: queue, workers alive, pages/s, items waiting for the writer."""
    run = frontier.run()
    snap = frontier.snapshot()
    stats = frontier.stats()
    workers = [{"worker": worker, "alive": alive, "in_flight": in_flight, "pages": int(stats.get(f"pages:{worker}", 0))}
               for worker, alive, in_flight in frontier.workers()]
    started = float(run.get("started") or 0)
    return {
        "run": run.get("id"), "crawl_id": int(run["crawl_id"]) if run.get("crawl_id") else None,
        "state": run.get("state", "none"), "queued": snap.queued, "in_flight": snap.in_flight,
        "waiting_for_writer": snap.unwritten, "pages": int(stats.get("pages", 0)),
        "pages_per_s": float(stats.get("rate", 0)), "skipped": int(stats.get("skipped", 0)),
        "elapsed_s": round(time.time() - started, 1) if started else None,
        "workers": workers, "writer": frontier.writer() or None, "redis_memory_bytes": frontier.memory_used(),
    }
