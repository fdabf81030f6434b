"""The ``health-archive`` command: crawl, serve, extract, reparse, and the bundled demo."""
from __future__ import annotations

import json
import logging
import sqlite3
import sys
import time
from pathlib import Path

import click

from archive.config import DATASETTE_PORT, DEFAULT_DB, EXTRACT_TIMEOUT


#: Exit status of a command given a --db file that is not an archive (click's usage errors share it).
EXIT_NOT_ARCHIVE = 2


class NotAnArchiveError(click.ClickException):
    exit_code = EXIT_NOT_ARCHIVE


class BadUsage(click.ClickException):
    """A command given what it cannot use (an unreadable profile file, say): exit 2 like click's usage errors."""
    exit_code = 2


def require_archive(db_path: str, *, new_ok: bool) -> None:
    """Exit 2 in one line unless ``db_path`` is an archive (or, with ``new_ok``, a new or empty
    file a crawl may make one): another program's SQLite file would get archive tables added."""
    from archive.schema import NotAnArchive, check_archive_file

    if not Path(db_path).exists():
        if new_ok:
            return
        raise click.ClickException(f"no archive at {db_path}: run `health-archive crawl URL --db {db_path}` first")
    try:
        check_archive_file(db_path, empty_ok=new_ok)
    except NotAnArchive as exc:
        raise NotAnArchiveError(f"{exc}: give --db an archive or a new file") from None


def db_option(fn):
    return click.option(
        "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
        help="SQLite archive file.",
    )(fn)


class OneLineErrors(click.Group):
    """Bad input says what is wrong in one line (click would add the usage and a help hint):
    ``health-archive: Invalid value for '--max-pages': -5 is not in the range x>=1.``, exit 2."""

    def main(self, *args, **kwargs):
        if kwargs.get("standalone_mode", True) is False:
            return super().main(*args, **kwargs)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Abort:
            click.echo("health-archive: stopped", err=True)
            sys.exit(130)
        except click.ClickException as exc:
            click.echo(f"health-archive: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="health-archive")
def cli():
    """Crawl health-article sites into a SQLite archive and browse it in Datasette."""


# -- crawl ---------------------------------------------------------------------------------


def crawl_profiles(profiles, db_path, *, wait=False, settings=(), log_file=None, quiet=False) -> int:
    """Run the profiles one after another under the archive's lock; returns the exit status."""
    from archive.crawling import EXIT_LOCKED, acquire_lock, run_profile
    from archive.lock import ArchiveLocked
    from archive.schema import NotAnArchive

    try:
        lock = acquire_lock(db_path, wait)
    except ArchiveLocked as exc:
        click.echo(f"health-archive: {exc}", err=True)
        return EXIT_LOCKED
    except NotAnArchive as exc:  # what require_archive could not read without writing
        click.echo(f"health-archive: {exc}", err=True)
        return EXIT_NOT_ARCHIVE
    except (sqlite3.Error, OSError) as exc:  # a read-only file or directory, a full disk
        click.echo(f"health-archive: cannot write to {db_path}: {exc}", err=True)
        return 1
    status = 0
    try:
        for profile in profiles:
            extra = [*settings, "LOG_LEVEL=WARNING"] if quiet else list(settings)
            try:
                result = run_profile(profile, db_path, lock, extra, log_file)
            except (RuntimeError, sqlite3.Error, OSError) as exc:
                click.echo(f"health-archive: {exc}", err=True)
                status = max(status, 1)
                continue
            click.echo(result.summary(db_path))
            status = max(status, result.exit_status)
    finally:
        lock.release()
    return status


@cli.command()
@click.argument("urls", nargs=-1)
@db_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Crawl every [[site]] of this health-archive.toml profile file.")
@click.option("--site", "site_name", help="With --config: crawl only this site.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after this many responses.")
@click.option("--max-depth", type=click.IntRange(min=0),
              help="Follow links at most this many hops from the start URLs (0: the start pages and what their "
                   "sitemaps and feeds list).")
@click.option("--allow-domain", "allow_domains", multiple=True, help="Also crawl this domain (repeatable).")
@click.option("--allow-private", is_flag=True,
              help="Let links, redirects and sitemaps reach loopback, private and link-local addresses (by default "
                   "only the start URLs' own host and port may be one).")
@click.option("--wait", is_flag=True, help="If another crawl holds the archive, wait for it instead of exiting 3.")
@click.option("--no-resume", is_flag=True, help="Start afresh even if the last crawl was interrupted.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Also write the crawl log to this file.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Any Scrapy setting.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Crawl with `health-archive worker`s sharing this Redis frontier (redis://host:6379/0).")
def crawl(urls, db_path, config_path, site_name, max_pages, max_depth, allow_domains, allow_private, wait, no_resume,
          log_file, settings, redis_url):
    """Crawl URLS (articles, home pages, sitemaps or feeds), or the sites of a --config file.

    Follows Read Also blocks, listings, pagination, sitemaps and feeds on the start URLs'
    hosts, obeying robots.txt. A re-crawl revisits known articles with conditional GETs and
    stores only what changed; an interrupted crawl is resumed by the next run.

    Exit status: 0 success, 1 failed or interrupted, 2 bad usage or --db is not an archive
    (another program's SQLite file), 3 another crawl holds the archive, 4 finished but errors
    passed the threshold or far less was found than last time.

    Example:

        health-archive crawl https://example-health-blog.com/some-article/ --max-pages 500

        health-archive crawl --config health-archive.toml --db /var/lib/health-archive/archive.db
    """
    from archive.profiles import Profile, ProfileError, find_profile, load_profiles
    from archive.urls import url_problem

    if any(setting.split("=", 1)[0].strip() == "ARCHIVE_DB" for setting in settings):
        raise click.UsageError("the archive file is set with --db, not -s ARCHIVE_DB=")
    require_archive(db_path, new_ok=True)
    if config_path:
        if urls:
            raise click.UsageError("give start URLs or --config, not both")
        try:
            profiles = find_profile(load_profiles(config_path), site_name)
        except ProfileError as exc:
            raise BadUsage(str(exc)) from None
    elif urls:
        problems = [url_problem(url) for url in urls if url_problem(url)]
        if problems:
            raise click.UsageError(problems[0])
        profiles = [Profile(name="", start_urls=list(urls), allow_domains=list(allow_domains))]
    else:
        raise click.UsageError("give at least one start URL, or --config FILE")
    for profile in profiles:
        if max_pages is not None:
            profile.max_pages = max_pages
        if max_depth is not None:
            profile.max_depth = max_depth
        if allow_domains and config_path:
            profile.allow_domains = [*profile.allow_domains, *allow_domains]
    extra = list(settings) + (["ARCHIVE_RESUME=False"] if no_resume else [])
    extra += ["ARCHIVE_ALLOW_PRIVATE=True"] if allow_private else []
    if redis_url:
        from archive.cli_distributed import crawl_distributed

        sys.exit(crawl_distributed(profiles, db_path, redis_url, wait=wait, settings=extra, log_file=log_file))
    sys.exit(crawl_profiles(profiles, db_path, wait=wait, settings=extra, log_file=log_file))


# -- serve ---------------------------------------------------------------------------------


def serve_archive(db_path: str, host: str, port: int) -> None:
    """Serve the archive with Datasette (our plugin and metadata load through its entry point).

    Read-only without ``--immutable``: the plugin makes every connection to an archive refuse
    writes (archive.readonly), while ``-i`` would cache counts and assume the file never
    changes, which a crawl running beside the server breaks.
    """
    from datasette.cli import cli as datasette_cli

    from archive.datasette_metadata import SETTINGS

    require_archive(db_path, new_ok=False)
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl+C to stop)")
    args = ["serve", db_path, "--host", host, "--port", str(port)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    datasette_cli.main(args=args, standalone_mode=False)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DATASETTE_PORT, show_default=True, type=int)
def serve(db_path, host, port):
    """Browse and query the archive in Datasette, read-only.

    The server never writes to the archive (no write canned query or endpoint can), and
    a crawl may keep writing to it while it is served: new articles show on the next page load.

    Exit status: 1 no archive at --db, 2 --db is not an archive (not SQLite, or another
    program's database).

    Example:

        health-archive serve --db archive.db --port 8001
    """
    serve_archive(db_path, host, port)


# -- demo ----------------------------------------------------------------------------------


@cli.command()
@db_option
@click.option("--port", default=DATASETTE_PORT, show_default=True, type=int, help="Datasette port.")
@click.option("--no-serve", is_flag=True, help="Crawl and archive, then exit without serving.")
def demo(db_path, port, no_serve):
    """Crawl the bundled demo health site (no network needed) and serve the archive.

    Example:

        health-archive demo --db demo.db --no-serve
    """
    from archive.demo import start_demo_server
    from archive.profiles import Profile

    with start_demo_server() as site:
        click.echo(f"Demo site running at {site.base_url}/")
        fast = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                "PROGRESS_INTERVAL=0")
        status = crawl_profiles([Profile(name="demo", start_urls=[site.base_url + "/"])], db_path,
                                settings=fast, quiet=True)
        if status:
            sys.exit(status)
        if not no_serve:
            serve_archive(db_path, "127.0.0.1", port)


# -- extract and reparse -------------------------------------------------------------------


#: Exit status of `extract` when some inputs could not be extracted (the others were).
EXIT_SOME_INPUTS_FAILED = 1


def timeout_option(fn):
    return click.option(
        "--timeout", type=click.FloatRange(min=0), default=EXTRACT_TIMEOUT, show_default=True,
        help="Seconds one page's extraction may take; a page past it is an error and the rest go on (0: no limit).",
    )(fn)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--url", "base_url", help="The URL the page was served from (default: the input's own URL, or file://).")
@click.option("--allow-private", is_flag=True,
              help="Let a URL input redirect to loopback, private and link-local addresses (refused by default, as "
                   "in a crawl).")
@timeout_option
def extract(inputs, base_url, allow_private, timeout):
    """Run the crawler's extraction on saved HTML files (plain or .gz), URLs, or WARC/WACZ files.

    Prints one JSON object per input (JSON Lines) with `source` and every article field. An
    input that cannot be read or extracted (a truncated or corrupt .gz, an HTTP error, a body
    over 20 MB, a page past --timeout) prints `{"source": ..., "error": ...}` and one
    `error:` line on stderr, and the other inputs go on. URLs are fetched as the crawler
    fetches: its User-Agent, and no redirect to a private address.

    Exit status: 0 every input extracted, 1 some inputs failed (the rest were printed), 2 bad usage.

    Example:

        health-archive extract page.html.gz --url https://example.org/post/ | jq .title

        health-archive extract crawl.warc.gz | jq -r '[.url, .title] | @tsv'
    """
    from archive.cli_warc import extract_warc
    from archive.warc_import import is_warc_path
    from archive.workers import Workers

    workers = Workers(1, timeout) if timeout else None
    failed = 0
    try:
        for source in inputs:
            if is_warc_path(source):  # each HTML response of the file, with its own URL (archive/cli_warc.py)
                failed += extract_warc(source, base_url, workers, click.echo)
                continue
            try:
                record = _extract_one(source, base_url, allow_private, workers)
            except Exception as exc:  # one bad input costs its own line, never the rest of the batch
                failed += 1
                message = _input_error(exc)
                record = {"source": source, "error": message}
                click.echo(f"error: {source}: {message}", err=True)
            click.echo(json.dumps(record, ensure_ascii=False))
    finally:
        if workers is not None:
            workers.close()
    if failed:
        sys.exit(EXIT_SOME_INPUTS_FAILED)


def _extract_one(source: str, base_url, allow_private: bool, workers) -> dict:
    """The JSON record of one input, extracted within the time limit (`workers`, or in this process)."""
    from archive.decode import UnreadablePage, looks_binary, read_html_file
    from archive.fetch import fetch_page
    from archive.ingest import extract_page

    if source.startswith(("http://", "https://")):
        body, content_type, url = fetch_page(source, allow_private=allow_private)
    else:
        body, content_type, url = read_html_file(source), None, Path(source).resolve().as_uri()
    if not body.strip():
        raise UnreadablePage("empty page")
    if looks_binary(body):
        raise UnreadablePage(f"not an HTML page ({content_type or 'binary content'})")
    args = (body, base_url or url, content_type)
    article, encoding = workers.submit(extract_page, *args).result() if workers else extract_page(*args)
    return {"source": source, "encoding": encoding, **article.to_dict()}


def _input_error(exc: Exception) -> str:
    """One plain line for what went wrong with an input."""
    from archive.decode import UnreadablePage
    from archive.workers import CallTimedOut

    if isinstance(exc, (UnreadablePage, FileNotFoundError, IsADirectoryError, PermissionError)):
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    elif isinstance(exc, CallTimedOut):
        text = f"extraction {exc}"
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())[:300]


@cli.command()
@db_option
@click.option("--processes", type=click.IntRange(min=1),
              help="Extraction processes (default: one per CPU). Writing stays in this process.")
@click.option("--wait", is_flag=True, help="If a crawl holds the archive, wait for it instead of exiting 3.")
@timeout_option
def reparse(db_path, processes, wait, timeout):
    """Re-run extraction over the raw HTML stored in the archive, without fetching.

    Articles whose normalized content changes get a new version; the rest are refreshed
    in place. Safe to interrupt: what was written stays, and a rerun redoes the rest.
    It holds the archive's crawl lock, so a scheduled crawl waits or exits 3 meanwhile. A page
    whose extraction takes longer than --timeout is an error: its process is replaced, the rest go on.

    Exit status: 0 done, 1 some articles failed or no archive at --db, 2 --db is not an
    archive, 3 a crawl holds the archive.

    Example:

        health-archive reparse --db archive.db

        health-archive reparse --db archive.db --processes 4
    """
    from archive.crawling import EXIT_LOCKED, acquire_lock
    from archive.lock import ArchiveLocked
    from archive.reparse import ExtractorFailed, reparse_archive
    from archive.schema import NotAnArchive

    require_archive(db_path, new_ok=False)
    logging.basicConfig(level=logging.WARNING, format="health-archive: %(message)s")
    started = time.monotonic()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 2 and done < total:
            return
        last[0] = now
        rate = done / max(now - started, 1e-6)
        eta = (total - done) / rate if rate else 0
        click.echo(f"reparsed {done}/{total} ({rate:.0f} articles/s, {eta:.0f}s left)", err=True)

    try:
        lock = acquire_lock(db_path, wait, command="reparse")
    except ArchiveLocked as exc:
        click.echo(f"health-archive: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except NotAnArchive as exc:
        raise NotAnArchiveError(str(exc)) from None
    try:
        counts = reparse_archive(db_path, progress=progress, processes=processes, timeout=timeout)
    except ExtractorFailed as exc:
        raise click.ClickException(f"{exc} (every batch before this one is written)") from None
    finally:
        lock.release()
    click.echo(
        f"Reparsed {counts['total']} articles: {counts['changed']} changed (new version), "
        f"{counts['unchanged']} unchanged, {counts['errors']} errors"
    )
    if counts["errors"]:
        sys.exit(1)


from archive.cli_distributed import register  # noqa: E402 - the distributed commands join the group
from archive.cli_warc import register as register_warc  # noqa: E402

register(cli)
register_warc(cli)  # export, import, verify (archive/cli_warc.py)

if __name__ == "__main__":
    cli()
