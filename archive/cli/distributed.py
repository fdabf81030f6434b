"""The distributed-crawl commands: ``worker``, ``ingest``, ``status`` and ``crawl --redis``.

Registered on the main group by ``register(cli)``; nothing here imports redis until a command runs.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from typing import Optional

import click

from archive.cli import say
from archive.config import DEFAULT_DB, REDIS_PREFIX, REDIS_URL_ENV


def append_line(log_file: Optional[str], line: str) -> None:
    """One line at the end of ``log_file`` (--log-file), when there is one."""
    if log_file:
        with open(log_file, "a", encoding="utf-8") as f:
            f.write(line.rstrip("\n") + "\n")


def teller(log_file: Optional[str]):
    """``say``, plus the same line, timestamped, appended to ``log_file`` (--log-file) when given."""
    if not log_file:
        return say

    def say_and_log(message: str) -> None:
        say(message)
        append_line(log_file, f"{time.strftime('%Y-%m-%d %H:%M:%S')} [health-archive] {message}")

    return say_and_log


def redis_options(fn):
    fn = click.option("--prefix", default=REDIS_PREFIX, show_default=True,
                      help="Key prefix of the run in Redis (one run per prefix).")(fn)
    return click.option("--redis", "redis_url", required=True, metavar="URL", envvar=REDIS_URL_ENV,
                        help=f"The shared frontier, e.g. redis://host:6379/0; or set {REDIS_URL_ENV}, which "
                             "keeps a password out of the process list.")(fn)


def _frontier(redis_url: str, prefix: str):
    from archive.distributed.frontier import Frontier

    return Frontier.from_url(redis_url, prefix)


# -- crawl --redis ----------------------------------------------------------------------------


def crawl_distributed(profiles, db_path, redis_url, *, wait=False, settings=(), prefix=REDIS_PREFIX,
                      log_file: Optional[str] = None) -> int:
    """``crawl --redis``: seed, write, and wait for the workers, one profile after another. With
    ``log_file`` its messages, the writer's log and the summary also go to that file."""
    from archive.crawl.crawling import run_profiles
    from archive.distributed.coordinator import run_profile

    def show(summary: str) -> None:
        click.echo(summary)
        append_line(log_file, summary)

    frontier, tell = _frontier(redis_url, prefix), teller(log_file)
    return run_profiles(profiles, db_path, lambda profile, lock: run_profile(
        frontier, profile, db_path, redis_url, lock, [*profile.scrapy_settings(), *settings], tell, log_file),
        wait=wait, say=tell, show=show)


# -- worker ----------------------------------------------------------------------------------


def worker_command(run: dict, prefix: str, worker_id: str, settings=()) -> list[str]:
    """The ``scrapy crawl articles-worker`` command line for a run found in Redis. The Redis URL
    goes in the child's environment (REDIS_URL_ENV), not here: any user can read command lines."""
    from archive.crawl.crawling import scrapy_command

    allow = json.loads(run.get("allow_domains") or "[]")
    return scrapy_command("articles-worker", json.loads(run["start_urls"]), allow, [
        "SPIDER_MODULES=scraper.spiders,scraper.distributed", f"REDIS_KEY_PREFIX={prefix}",
        f"ARCHIVE_WORKER_ID={worker_id}", f"ARCHIVE_RUN_ID={run['id']}", *json.loads(run.get("settings") or "[]"),
        *settings])


@click.command()
@redis_options
@click.option("--id", "worker_id", help="Worker name recorded in fetches.worker (default: host:pid).")
@click.option("--once", is_flag=True, help="Work on one run, then exit (default: wait for the next run).")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Any Scrapy setting.")
def worker(redis_url, prefix, worker_id, once, settings):
    """Fetch and extract pages from the shared frontier of a `crawl --redis` run.

    Start any number, on any machines. Scope, robots.txt and extraction are the crawl's;
    per-site concurrency and delay hold across all workers. A worker killed mid-crawl loses
    nothing: its pages go back to the queue when its heartbeat stops.

    Example:

        health-archive worker --redis redis://crawl-db.internal:6379/0
    """
    from archive.crawl.crawling import SETTINGS_MODULE
    from archive.distributed.coordinator import redacted_url
    from archive.distributed.frontier import with_retry

    base = worker_id or f"{socket.gethostname()}:{os.getpid()}"
    frontier = _frontier(redis_url, prefix)
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE, REDIS_URL_ENV: redis_url}
    announced, last_run = False, None
    while True:
        run = with_retry(frontier.run, what="worker", say=say)
        if run.get("state") != "running" or run.get("id") == last_run:
            if once and last_run:
                return
            if not announced:
                say(f"waiting for a crawl on {redacted_url(redis_url)}")
                announced = True
            time.sleep(1)
            continue
        announced = False
        say(f"worker {base} joins run {run['id']} (crawl {run.get('crawl_id')})")
        proc = subprocess.run(worker_command(run, prefix, base, settings), env=env)
        last_run = run["id"]
        if proc.returncode:
            say(f"the worker's crawler exited with status {proc.returncode}")
            if once:
                sys.exit(proc.returncode)
        if once:
            return


# -- ingest ----------------------------------------------------------------------------------


@click.command()
@redis_options
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite archive file.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Also write the writer's log to this file.")
def ingest(redis_url, prefix, db_path, log_file):
    """Write the items of a distributed crawl from Redis into the archive (the single writer).

    `crawl --redis` starts one itself (and restarts it if it dies); run this by hand to drain
    a run whose `crawl --redis` is gone. Items leave Redis only after they are committed, so the
    writer may be killed and restarted at any time. Exits when the run is complete (status 0),
    or at once with status 3 when a local crawl or reparse holds the archive.

    Example:

        health-archive ingest --redis redis://crawl-db.internal:6379/0 --db archive.db
    """
    from archive.cli import require_archive
    from archive.crawl.crawling import EXIT_LOCKED, lock_unless_held
    from archive.distributed.coordinator import Writer
    from archive.db.lock import ArchiveLocked

    handlers = [logging.StreamHandler(), *([logging.FileHandler(log_file, encoding="utf-8")] if log_file else [])]
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s",
                        handlers=handlers)
    say = teller(log_file)
    require_archive(db_path, new_ok=True)
    try:
        lock = lock_unless_held(db_path, wait=False)
    except ArchiveLocked as exc:
        say(str(exc))
        sys.exit(EXIT_LOCKED)
    try:
        written = Writer(_frontier(redis_url, prefix), db_path, say=say).run()
    finally:
        if lock:
            lock.release()
    say(f"writer done: {written} items written to {db_path}")


# -- status ----------------------------------------------------------------------------------


@click.command()
@redis_options
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def status(redis_url, prefix, as_json):
    """Show a distributed crawl: queue, workers alive, pages/s, items waiting for the writer.

    Example:

        health-archive status --redis redis://crawl-db.internal:6379/0
    """
    from archive.distributed.coordinator import redacted_url, status as run_status
    from archive.distributed.frontier import connection_errors

    try:
        info = run_status(_frontier(redis_url, prefix))
    except connection_errors() as exc:
        raise click.ClickException(f"Redis at {redacted_url(redis_url)} is unreachable: {exc}") from None
    if as_json:
        click.echo(json.dumps(info))
        return
    click.echo(f"run {info['run'] or '-'} (crawl {info['crawl_id'] or '-'}): {info['state']}, "
               f"{info['elapsed_s'] or 0:.0f}s")
    click.echo(f"queue: {info['queued']} queued, {info['in_flight']} in flight, "
               f"{info['waiting_for_writer']} items waiting for the writer")
    click.echo(f"pages: {info['pages']} fetched ({info['pages_per_s']:.1f} pages/s), {info['skipped']} skipped")
    alive = [w for w in info["workers"] if w["alive"]]
    click.echo(f"workers: {len(alive)} alive of {len(info['workers'])}")
    for w in info["workers"]:
        click.echo(f"  {w['worker']}: {'alive' if w['alive'] else 'dead'}, {w['pages']} pages, "
                   f"{w['in_flight']} in flight")
    click.echo(f"writer: {info['writer'] or 'none'}")
    click.echo(f"redis memory: {info['redis_memory_bytes'] / 1e6:.1f} MB")


def register(cli) -> None:
    cli.add_command(worker)
    cli.add_command(ingest)
    cli.add_command(status)
