"""Distributed crawls, archive side: seeding the shared frontier, the single writer, the run, status.

``health-archive crawl --redis URL`` runs ``run_distributed``: it opens a crawl row, publishes
validators, seeds start URLs, robots.txt and due articles, starts the writer (``ingest``), requeues
the pages of workers that stop heartbeating, and returns when the queue is empty, no worker holds
a page and every item is committed. Workers (``health-archive worker``) are Scrapy processes on
any machine; only the writer touches the SQLite file. Keys and scripts: ``archive.frontier``.

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
from typing import Callable, Optional
from urllib.parse import urlsplit, urlunsplit

from archive import frontier as fr
from archive import linkpolicy as lp
from archive.pages import due_articles, is_fresh
from archive.store import Archive, FetchedPage, save_visit
from archive.urls import clean_url, site_of

logger = logging.getLogger("health-archive")

GROUP = "writers"
CONSUMER = "writer"          # one writer per run: a restarted writer takes over its pending entries
WRITER_TTL = 15
MAX_WRITER_RESTARTS = 20   # a writer that dies this often has a bug, not bad luck
BATCH = 100

# Priorities of seeded requests, as the articles spider's start() gives them.
START_PRIORITY = 30
ROBOTS_PRIORITY = 20
DUE_PRIORITY = 3


def redacted_url(url: str) -> str:
    """The Redis URL without its password, for logs and the crawls row."""
    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username or ''}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _stream_id(value) -> tuple[int, int]:
    text = value.decode() if isinstance(value, bytes) else str(value)
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


# -- seeding ------------------------------------------------------------------------------------------


def run_scope(start_urls: list[str], allow_domains: list[str]) -> tuple[list[str], set[str]]:
    """Start URLs cleaned as the spider cleans them, and the hosts the crawl stays on."""
    urls = [clean_url(u) for u in start_urls]
    hosts = {urlsplit(u).hostname for u in urls} | {d.lower() for d in allow_domains}
    return urls, {h for h in hosts if h}


def seed(frontier: fr.Frontier, db, start_urls: list[str], hosts: set[str], buckets: int,
         refresh: float) -> int:
    """Push start URLs, their sites' robots.txt (for Sitemap: lines) and known articles due for a
    revisit, through the shared dupefilter; returns how many were new."""
    seeds = [(u, "parse", START_PRIORITY, {lp.SOURCE_META: ""}) for u in start_urls]
    for url in start_urls:
        parts = urlsplit(url)
        seeds.append((f"{parts.scheme}://{parts.netloc}/robots.txt", "parse_robots", ROBOTS_PRIORITY,
                      {lp.ROLE_META: lp.ROBOTS}))
    if "articles" in db.table_names():
        sites = {site_of(u) for u in start_urls} | hosts
        seeds += [(u, "parse", DUE_PRIORITY, {}) for u in due_articles(db, sites, refresh)]
    added = 0
    for url, callback, priority, meta in seeds:
        request = fr.request_dict(url, callback=callback, priority=priority, meta=meta)
        added += frontier.add(request, fr.fingerprint(url), buckets)
    return added


def publish_validators(frontier: fr.Frontier, db, hosts: set[str], refresh: float, chain: list[int]) -> int:
    """Give workers what the archive knows of each page: ETag/Last-Modified for conditional GETs,
    whether to skip it (fresh, or archived by the interrupted run being resumed), and its links to
    follow past a 304. Only pages that can answer 304 are published: the rest cost no memory."""
    if "pages" not in db.table_names():
        return 0
    chain_ids = set(chain)
    rows = db.execute(
        "select p.url, p.etag, p.last_modified, p.crawl_id, p.links_gz, a.last_seen, p.article_id from pages p "
        "left join articles a on a.id = p.article_id"
    )
    pipe, n = frontier.r.pipeline(transaction=False), 0
    for url, etag, last_modified, crawl_id, links_gz, last_seen, article_id in rows:
        if (urlsplit(url).hostname or "") not in hosts:
            continue
        skip = "resumed" if crawl_id in chain_ids else (
            "fresh" if last_seen and is_fresh({"last_seen": last_seen}, refresh) else "")
        if not (etag or last_modified or skip):
            continue
        # links stay gzipped as the archive keeps them: ~1 KB per page in Redis instead of ~2.5 KB
        entry = {"etag": etag or "", "last_modified": last_modified or "", "skip": skip, "links_gz": links_gz or b"",
                 "article": article_id is not None}
        pipe.hset(frontier.key("validators"), url, fr.dumps(entry))
        n += 1
        if n % 1000 == 0:
            pipe.execute()
    pipe.execute()
    return n


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
        self.grouped = False
        self.published: dict = {}       # site -> the SiteTemplate last handed to workers

    def _claim(self) -> bool:
        """Be the only writer of this run (a key that expires if this process dies)."""
        key = self.frontier.key("writer")
        r = self.frontier.r
        if r.set(key, self.holder, nx=True, ex=WRITER_TTL):
            return True
        current = (r.get(key) or b"").decode()
        if current == self.holder or _dead_here(current):
            r.set(key, self.holder, ex=WRITER_TTL)  # ours, or a killed writer's on this host: no need to wait
            return True
        return False

    def _group(self) -> None:
        import redis

        if self.grouped:
            return
        try:
            self.frontier.r.xgroup_create(self.frontier.key("items"), GROUP, id="0", mkstream=True)
        except redis.exceptions.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self.grouped = True

    def _read(self, pending: bool, block_ms: int):
        got = self.frontier.r.xreadgroup(GROUP, CONSUMER, {self.frontier.key("items"): "0" if pending else ">"},
                                         count=BATCH, block=None if pending else block_ms)
        return got[0][1] if got else []

    def _committed(self, crawl_id: int) -> tuple[int, int]:
        row = self.archive.db.execute("select ingested_id from crawls where id = ?", [crawl_id]).fetchone()
        return _stream_id(row[0]) if row and row[0] else (0, 0)

    def write(self, entries, crawl_id: int) -> int:
        """Commit a batch in one transaction (with the last entry id), then acknowledge it."""
        done = self._committed(crawl_id)
        skipped, last = 0, None
        db = self.archive.db
        with db.atomic():
            for entry_id, fields in entries:
                last = entry_id
                if not fields or _stream_id(entry_id) <= done:
                    continue  # written before a crash that came ahead of its acknowledgement
                skipped += self.save(fields[b"item"], crawl_id)
            if last is not None:
                db.execute("update crawls set ingested_id = ? where id = ?", [last.decode(), crawl_id])
            self.archive.knowledge.save()       # what the batch taught about its sites, with it
        self._publish_templates()
        ids = [entry_id for entry_id, _ in entries]
        pipe = self.frontier.r.pipeline()
        pipe.xack(self.frontier.key("items"), GROUP, *ids)
        pipe.xdel(self.frontier.key("items"), *ids)
        if skipped:
            pipe.hincrby(self.frontier.key("stats"), "skipped", skipped)
        pipe.execute()
        self.written += len(ids)
        return len(ids)

    def _publish_templates(self) -> None:
        """Hand workers the site templates the batch changed (they extract with them)."""
        changed = {site: t for site, t in self.archive.knowledge.templates.items()
                   if self.published.get(site) is not t}
        if changed:
            self.frontier.publish_templates(changed)
            self.published.update(changed)

    def save(self, raw: bytes, crawl_id: int) -> int:
        """Write one item; returns 1 for a page skipped without fetching (nothing to write)."""
        data = fr.loads(raw)
        if data["kind"] == "skipped":
            return 1
        page = FetchedPage(**data["page"])
        article = fr.article_from_dict(data["article"]) if data.get("article") else None
        outcome, _ = save_visit(self.archive, crawl_id, page, kind=data["kind"], key=page.url, article=article,
                                error=data.get("error") or "", links=data.get("links"), worker=data.get("worker") or "")
        if outcome == "error":
            logger.info("%s: %s", page.url, data.get("error"))
        return 0

    def run(self, *, until_done: bool = True, idle_exit: float = 0.0) -> int:
        """Write until the run is over (state done) — or, with ``idle_exit``, until idle that long."""
        errors = fr.connection_errors()
        delay, down, announced = 1.0, False, False
        pending = True  # first take over what a killed writer had read but not acknowledged
        idle_since = time.monotonic()
        self.archive = Archive(self.db_path)
        try:
            while True:
                try:
                    if not self._claim():
                        if not announced:
                            holder = (self.frontier.r.get(self.frontier.key("writer")) or b"").decode()
                            self.say(f"another writer holds this run ({holder}); waiting")
                            announced = True
                        time.sleep(2)
                        continue
                    run = self.frontier.run()
                    if not run.get("crawl_id"):
                        time.sleep(0.5)
                        continue
                    self._group()
                    entries = self._read(pending, 1000)
                    if down:
                        self.say("Redis is back (writer)")
                        down, delay = False, 1.0
                except errors as exc:
                    if not down:
                        self.say(f"Redis unreachable (writer: {exc}); retrying with backoff, the archive is untouched")
                        down = True
                    time.sleep(delay)
                    delay = min(30.0, delay * 2)
                    pending, self.grouped = True, False
                    continue
                if entries:
                    try:
                        self.write(entries, int(run["crawl_id"]))
                    except errors as exc:
                        self.say(f"Redis unreachable after a commit (writer: {exc}); the batch will be skipped, "
                                 "not rewritten, when it is back")
                        down, pending = True, True
                        continue
                    idle_since = time.monotonic()
                    continue
                if pending:
                    pending = False
                    continue
                if until_done and run.get("state") == "done":
                    self.archive.settle_sites()
                    return self.written
                if idle_exit and time.monotonic() - idle_since > idle_exit:
                    return self.written
        finally:
            self.archive.close()
            try:
                key = self.frontier.key("writer")
                if self.frontier.r.get(key) == self.holder.encode():
                    self.frontier.r.delete(key)
            except errors:
                pass


# -- the run ---------------------------------------------------------------------------------------------


class RunConflict(RuntimeError):
    """The Redis database and prefix hold another live run."""


def _settings_dict(settings) -> dict:
    return dict(s.split("=", 1) for s in settings if "=" in s)


def start_run(frontier: fr.Frontier, archive: Archive, profile, settings: list[str], redis_url: str,
              say: Callable[[str], None]) -> dict:
    """Open the crawl row and the run in Redis: a fresh run seeded now, or the unfinished run of
    the same sites picked up where its coordinator died (its frontier is still in Redis)."""
    values = _settings_dict(settings)
    start_urls, hosts = run_scope(profile.start_urls, profile.allow_domains)
    for dead in archive.close_dead_crawls():
        say(f"crawl {dead} had died without finishing; marked interrupted")
    old = frontier.run()
    resuming = old.get("state") == "running" and json.loads(old.get("start_urls") or "[]") == start_urls
    if old.get("state") in ("seeding", "running") and not resuming and frontier.r.exists(frontier.key("writer")):
        raise RunConflict(f"{redacted_url(redis_url)} (prefix {frontier.p}) holds a live run of other start URLs "
                          f"(crawl {old.get('crawl_id')}): use another database number or --prefix")
    if old and not resuming:
        frontier.clear()
    refresh = float(values.get("ARCHIVE_REFRESH_INTERVAL", 0) or 0)
    resume = values.get("ARCHIVE_RESUME", "True").lower() not in ("false", "0", "no")
    resumed_from = int(old["crawl_id"]) if resuming else (
        archive.resumable_crawl(profile.name, start_urls) if resume else None)
    chain = archive.resume_chain(resumed_from)
    shape = {k: values.get(k) for k in ("ARCHIVE_MAX_DEPTH", "CLOSESPIDER_PAGECOUNT", "ROBOTSTXT_OBEY",
                                        "AUTOTHROTTLE_ENABLED", "DOWNLOAD_DELAY", "ARCHIVE_REFRESH_INTERVAL",
                                        "ARCHIVE_MAX_ERROR_RATE") if k in values}
    shape.update(allowed_domains=sorted(hosts), redis=redacted_url(redis_url))
    crawl_id = archive.start_crawl(start_urls, shape, profile=profile.name, resumed_from=resumed_from)
    worker_settings = [s for s in settings if not s.startswith("CLOSESPIDER_PAGECOUNT=")]
    if resuming:
        committed = archive.db.execute("select ingested_id from crawls where id = ?", [resumed_from]).fetchone()
        archive.db["crawls"].update(crawl_id, {"ingested_id": committed[0] if committed else None})
        frontier.r.hset(frontier.key("run"), mapping={"crawl_id": crawl_id, "settings": json.dumps(worker_settings)})
        say(f"resuming run {old['id']} (crawl {resumed_from}) from its frontier in Redis")
        return frontier.run()
    expected = max(1_000_000, 4 * archive.db.execute("select count(*) from pages").fetchone()[0]
                   if "pages" in archive.db.table_names() else 0)
    run = {"id": uuid.uuid4().hex[:12], "crawl_id": crawl_id, "state": "seeding",
           "start_urls": json.dumps(start_urls), "allow_domains": json.dumps(sorted(profile.allow_domains)),
           "settings": json.dumps(worker_settings), "max_pages": int(values.get("CLOSESPIDER_PAGECOUNT", 0) or 0),
           "seen_buckets": fr.buckets_for(expected), "started": time.time()}
    frontier.r.hset(frontier.key("run"), mapping=run)
    published = publish_validators(frontier, archive.db, hosts, refresh, chain)
    frontier.publish_templates({host: archive.knowledge.template(host) for host in hosts})
    seeded = seed(frontier, archive.db, start_urls, hosts, run["seen_buckets"], refresh)
    frontier.r.hset(frontier.key("run"), "state", "running")
    say(f"run {run['id']} (crawl {crawl_id}): {seeded} URLs seeded, validators for {published} pages "
        f"on {redacted_url(redis_url)}")
    return frontier.run()


class WriterProcess:
    """The writer as a child process (``health-archive ingest``), restarted if it dies."""

    def __init__(self, redis_url: str, db_path: str, prefix: str, lock_fd: Optional[int], env: dict,
                 log_file: Optional[str] = None):
        self.cmd = [sys.executable, "-m", "archive.cli", "ingest", "--redis", redis_url, "--db", db_path,
                    "--prefix", prefix, *(["--log-file", log_file] if log_file else [])]
        self.lock_fd = lock_fd
        self.env = env
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


def wait_until_complete(frontier: fr.Frontier, run: dict, say, writer: Optional[WriterProcess] = None,
                        poll: float = 0.5, progress_every: float = 10.0) -> None:
    """Requeue dead workers' pages, keep the writer up, and return when nothing is left to do."""
    limit = int(run.get("max_pages") or 0)
    samples: list[tuple[float, int]] = []
    last_progress = time.monotonic()
    while True:
        def step():
            for worker, n in frontier.reap().items():
                say(f"worker {worker} stopped heartbeating: {n} pages back in the queue")
            snap = frontier.snapshot()
            pages = int(frontier.r.hget(frontier.key("stats"), "pages") or 0)
            return snap, pages, frontier.r.scard(frontier.key("workers"))

        snap, pages, workers = fr.with_retry(step, what="coordinator", say=say)
        now = time.monotonic()
        samples = [s for s in samples if now - s[0] <= 10] + [(now, pages)]
        rate = (pages - samples[0][1]) / max(now - samples[0][0], 1e-6) if len(samples) > 1 else 0.0
        fr.with_retry(lambda: frontier.r.hset(frontier.key("stats"), "rate", f"{rate:.1f}"), what="coordinator",
                      say=say)
        exhausted = snap.queued == 0 or (limit and snap.popped >= limit)
        if exhausted and snap.in_flight == 0 and snap.unwritten == 0:
            return
        if writer is not None:
            writer.check(say)
        if progress_every and now - last_progress >= progress_every:
            last_progress = now
            say(f"progress: {pages} pages ({rate:.1f} pages/s), {snap.queued} queued, {snap.in_flight} in flight, "
                f"{snap.unwritten} waiting for the writer, {workers} workers"
                + ("" if workers else " (start some: health-archive worker --redis URL)"))
        time.sleep(poll)


def finish_run(frontier: fr.Frontier) -> None:
    """Tell workers and the writer the run is over."""
    frontier.r.hset(frontier.key("run"), mapping={"state": "done", "finished": str(time.time())})


def release_run(frontier: fr.Frontier) -> None:
    """Free the finished run's frontier; the run hash stays, so late workers learn it is over."""
    run = frontier.run()
    frontier.clear()
    frontier.r.hset(frontier.key("run"), mapping=run)


# -- status -----------------------------------------------------------------------------------------------


def status(frontier: fr.Frontier) -> dict:
    """What the run is doing: queue, workers alive, pages/s, items waiting for the writer."""
    run = frontier.run()
    snap = frontier.snapshot()
    stats = {k.decode(): v.decode() for k, v in frontier.r.hgetall(frontier.key("stats")).items()}
    workers = []
    for raw in sorted(frontier.r.smembers(frontier.key("workers"))):
        worker = raw.decode()
        workers.append({"worker": worker, "alive": bool(frontier.r.exists(frontier.key("alive", worker))),
                        "in_flight": frontier.r.hlen(frontier.key("leases", worker)),
                        "pages": int(stats.get(f"pages:{worker}", 0))})
    writer = frontier.r.get(frontier.key("writer"))
    started = float(run.get("started") or 0)
    return {
        "run": run.get("id"), "crawl_id": int(run["crawl_id"]) if run.get("crawl_id") else None,
        "state": run.get("state", "none"), "queued": snap.queued, "in_flight": snap.in_flight,
        "waiting_for_writer": snap.unwritten, "pages": int(stats.get("pages", 0)),
        "pages_per_s": float(stats.get("rate", 0)), "skipped": int(stats.get("skipped", 0)),
        "elapsed_s": round(time.time() - started, 1) if started else None,
        "workers": workers, "writer": writer.decode() if writer else None,
        "redis_memory_bytes": frontier.r.info("memory").get("used_memory"),
    }
