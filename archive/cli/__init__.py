"""The ``health-archive`` command: crawl, serve, extract, reparse, and the bundled demo."""
from __future__ import annotations

import functools
import json
import logging
import socket
import sys
import time
from pathlib import Path
from typing import Optional

import click

from archive.config import DATASETTE_PORT, DEFAULT_DB, DEMO_SITE_PORT, EXTRACT_TIMEOUT
from archive.crawl.crawling import EXIT_NOT_ARCHIVE  # a --db that is not an archive (exit 2, as click's usage errors)


def say(message: str) -> None:
    """One line for the user on stderr, as every command says what is not its output."""
    click.echo(f"health-archive: {message}", err=True)


class NotAnArchiveError(click.ClickException):
    exit_code = EXIT_NOT_ARCHIVE


class BadUsage(click.ClickException):
    """A command given what it cannot use (an unreadable profile file, say): exit 2 like click's usage errors."""
    exit_code = 2


def require_archive(db_path: str, *, new_ok: bool) -> None:
    """Exit 2 in one line unless ``db_path`` is an archive (or, with ``new_ok``, a new or empty
    file a crawl may make one): another program's SQLite file would get archive tables added."""
    from archive.db.schema import NotAnArchive, check_archive_file

    if not Path(db_path).exists():
        if new_ok:
            return
        raise click.ClickException(f"no archive at {db_path}: run `health-archive crawl URL --db {db_path}` first")
    try:
        check_archive_file(db_path, empty_ok=new_ok)
    except NotAnArchive as exc:
        raise NotAnArchiveError(f"{exc}: give --db an archive or a new file") from None


def take_lock(db_path: str, wait: bool, command: str):
    """The archive's crawl lock for ``command``; exit 3 in one line if a crawl holds it (and
    ``wait`` is off), 2 if ``db_path`` turns out not to be an archive."""
    from archive.crawl.crawling import EXIT_LOCKED, acquire_lock
    from archive.db.lock import ArchiveLocked
    from archive.db.schema import NotAnArchive

    try:
        return acquire_lock(db_path, wait, command=command)
    except ArchiveLocked as exc:
        say(str(exc))
        sys.exit(EXIT_LOCKED)
    except NotAnArchive as exc:
        raise NotAnArchiveError(str(exc)) from None


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
            say("stopped")
            sys.exit(130)
        except click.ClickException as exc:
            say(exc.format_message())
            sys.exit(exc.exit_code)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="health-archive")
def cli():
    """Crawl health-article sites into a SQLite archive and browse it in Datasette."""


# -- crawl ---------------------------------------------------------------------------------


def output_settings(log_file, verbose: bool, quiet: bool) -> tuple[list[str], Optional[str]]:
    """The crawler child's Scrapy settings for what the terminal shows, and the file it copies its log to.

    By default stderr shows one progress line (rewritten in place on a terminal, a line a minute
    otherwise) and Scrapy's log goes to --log-file, or nowhere; ``verbose`` keeps the log on
    stderr (and copies it to --log-file); ``quiet`` leaves the summary alone."""
    if verbose:
        return [], log_file
    settings = [f"LOG_FILE={log_file}"] if log_file else ["LOG_ENABLED=False"]
    if quiet:
        settings.append("PROGRESS_INTERVAL=0")
    else:
        settings.append("ARCHIVE_PROGRESS_LINE=True")
        if not sys.stderr.isatty():
            settings.append("PROGRESS_INTERVAL=60")
    return settings, None


def crawl_profiles(profiles, db_path, *, wait=False, settings=(), log_file=None, verbose=False, quiet=False) -> int:
    """Run the profiles one after another under the archive's lock (archive.crawl.crawling.run_profiles);
    returns the exit status."""
    from archive.crawl.crawling import run_profile, run_profiles

    shown, copy_to = output_settings(log_file, verbose, quiet)
    return run_profiles(profiles, db_path,
                        lambda profile, lock: run_profile(profile, db_path, lock, [*shown, *settings], copy_to),
                        wait=wait, say=say, show=click.echo, verbose=verbose)



def require_redis_extra() -> None:
    """Exit 2 in one line, naming the extra to install, when the distributed crawl's libraries are missing."""
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        raise BadUsage(f"distributed crawls need the redis extra ({exc}): "
                       "pip install 'health-archive[redis]'") from None


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
@click.option("--log-file", type=click.Path(dir_okay=False),
              help="Write Scrapy's log to this file (appended to); without it the log is not kept unless -v.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log on stderr instead of the progress line.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line: only the summary and warnings.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Any Scrapy setting.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Crawl with `health-archive worker`s sharing this Redis frontier (redis://host:6379/0); "
                   "needs the redis extra: pip install 'health-archive[redis]'.")
def crawl(urls, db_path, config_path, site_name, max_pages, max_depth, allow_domains, allow_private, wait, no_resume,
          log_file, verbose, quiet, settings, redis_url):
    """Crawl URLS (articles, home pages, sitemaps or feeds), or the sites of a --config file.

    Follows Read Also blocks, listings, pagination, sitemaps and feeds on the start URLs'
    hosts, obeying robots.txt. A re-crawl revisits known articles with conditional GETs and
    stores only what changed; an interrupted crawl is resumed by the next run.

    While it runs, one line shows pages, articles, errors, pages/s and, with --max-pages, the
    time left; Scrapy's log goes to --log-file (or to stderr with -v). Ctrl-C stops the crawl
    cleanly: it prints the summary, the crawl is marked interrupted, and the next run resumes it.

    Exit status: 0 success, 1 failed or interrupted, 2 bad usage or --db is not an archive
    (another program's SQLite file), 3 another crawl holds the archive, 4 finished but errors
    passed the threshold or far less was found than last time.

    Example:

    \b
        health-archive crawl https://example-health-blog.com/some-article/ --max-pages 500

    \b
        health-archive crawl --config health-archive.toml --db /var/lib/health-archive/archive.db
        health-archive crawl https://example-health-blog.com/ --log-file crawl.log --quiet
    """
    from archive.crawl.profiles import Profile, ProfileError, find_profile, load_profiles
    from archive.urls import url_problem

    if any(setting.split("=", 1)[0].strip() == "ARCHIVE_DB" for setting in settings):
        raise click.UsageError("the archive file is set with --db, not -s ARCHIVE_DB=")
    if verbose and quiet:
        raise click.UsageError("give -v or -q, not both")
    if redis_url:
        require_redis_extra()
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
        from archive.cli.distributed import crawl_distributed

        status = crawl_distributed(profiles, db_path, redis_url, wait=wait, settings=extra, log_file=log_file)
    else:
        status = crawl_profiles(profiles, db_path, wait=wait, settings=extra, log_file=log_file, verbose=verbose,
                                quiet=quiet)
    if config_path and status in (0, 1, 4):     # the crawl ran: what it recorded may be watched
        from archive.crawl.profiles import load_watch_rules

        rules = load_watch_rules(config_path)
        if rules:
            status = max(status, send_watched(db_path, rules))
    sys.exit(status)


# -- serve ---------------------------------------------------------------------------------


def serve_archive(db_path: str, host: str, port: int) -> None:
    """Serve the archive with Datasette (our plugin and metadata load through its entry point).

    Read-only without ``--immutable``: the plugin makes every connection to an archive refuse
    writes (archive.db.readonly), while ``-i`` would cache counts and assume the file never
    changes, which a crawl running beside the server breaks.
    """
    from datasette.cli import cli as datasette_cli

    from archive.web.metadata import SETTINGS

    require_archive(db_path, new_ok=False)
    click.echo(f"Serving {db_path} on http://{host}:{port}/-/archive (Ctrl+C to stop)")
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


def require_free_port(host: str, port: int, option: str) -> None:
    """Exit 2 in one line when nothing can listen on ``host:port`` (another server has it)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers do: TIME_WAIT is no obstacle
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise BadUsage(f"port {port} on {host} is in use ({exc.strerror}): choose another with {option}") from None


@cli.command()
@db_option
@click.option("--port", default=DATASETTE_PORT, show_default=True, type=click.IntRange(1, 65535),
              help="Datasette port.")
@click.option("--site-port", default=DEMO_SITE_PORT, show_default=True, type=click.IntRange(1, 65535),
              help="Port of the demo site on 127.0.0.1. It is part of the archived URLs and the site's name, so "
                   "runs with the same port re-crawl one site.")
@click.option("--changes", is_flag=True,
              help="Serve and crawl the demo site's second version: two articles edited, two gone, two new. "
                   "Run it after a first demo to see versions and diffs.")
@click.option("--no-serve", is_flag=True, help="Crawl and archive, then exit without serving.")
def demo(db_path, port, site_port, changes, no_serve):
    """Crawl the bundled demo health site (no network needed) and serve the archive.

    The demo site (about thirty articles) runs on 127.0.0.1:--site-port while it is crawled
    and served. Running the demo again re-crawls the same site: the archive keeps one site and
    its articles, unchanged. `--changes` crawls the site's second version into the same
    archive: each edited article gets a second version with a diff on its reading page, and the
    removed ones are marked gone.

    Exit status: 0 done, 1 the crawl failed or was interrupted, 2 bad usage, --db is not an
    archive, or a port is in use, 4 the crawl finished with too many errors.

    Example:

    \b
        health-archive demo --db demo.db
        health-archive demo --db demo.db --changes --no-serve
    """
    from archive.demo import start_demo_server
    from archive.crawl.profiles import Profile

    if not no_serve:
        require_free_port("127.0.0.1", port, "--port")
    require_free_port("127.0.0.1", site_port, "--site-port")
    require_archive(db_path, new_ok=True)
    with start_demo_server(port=site_port, version=2 if changes else 1) as site:
        click.echo(f"Demo site{' (second version)' if changes else ''} running at {site.base_url}/")
        fast = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
        status = crawl_profiles([Profile(name="demo", start_urls=[site.base_url + "/"])], db_path, settings=fast)
        if status:
            sys.exit(status)
        if not changes:
            click.echo(f"Next, to see versions and diffs: health-archive demo --changes --db {db_path}"
                       f"{'' if site_port == DEMO_SITE_PORT else f' --site-port {site_port}'}")
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
    from archive.cli.warc import extract_warc
    from archive.evidence.warc_import import is_warc_path
    from archive.workers import Workers

    workers = Workers(1, timeout) if timeout else None
    failed = 0
    try:
        for source in inputs:
            if is_warc_path(source):  # each HTML response of the file, with its own URL (archive/cli/warc.py)
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
    from archive.extract.decode import UnreadablePage, looks_binary, read_html_file
    from archive.crawl.fetch import fetch_page
    from archive.extract.ingest import extract_page

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
    from archive.extract.decode import UnreadablePage
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
    from archive.db.reparse import ExtractorFailed, reparse_archive

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

    lock = take_lock(db_path, wait, "reparse")
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


@cli.command()
@db_option
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False),
              help="The profile file whose [[watch]] tables say what to send and where.")
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send and record nothing.")
@click.option("--mark-seen", is_flag=True,
              help="Record every pending event as seen without sending it (start a new rule without its backlog).")
@click.option("--base-url", default="", metavar="URL",
              help="Where the archive is served (e.g. http://127.0.0.1:8001): messages link to the reading page.")
def watch(db_path, config_path, dry_run, mark_seen, base_url):
    """Send what the [[watch]] rules of --config ask for: new, changed and gone articles that
    match a site, tag, author or phrase, and crawl anomalies, by e-mail, Slack, Matrix, webhooks
    or any other Apprise URL. Each event is sent once per rule, however often this runs and
    whether the crawl that found it was interrupted and resumed; run it after each crawl
    (`crawl --config` does when the file has [[watch]] tables).

    Exit status: 0 all sent, 1 some could not be sent (tried again next run), 2 bad input.

    Example, in health-archive.toml:

    \b
        [[watch]]
        name = "dose-changes"
        phrase = "dose"
        on = ["changed"]
        notify = ["mailto://alerts:secret@smtp.example.org?to=desk@example.org"]

    \b
        health-archive watch --config health-archive.toml --db archive.db --dry-run
        health-archive watch --config health-archive.toml --db archive.db
    """
    from archive.crawl.profiles import ProfileError, load_watch_rules

    try:
        rules = load_watch_rules(config_path)
    except ProfileError as exc:
        raise BadUsage(str(exc)) from None
    if not rules:
        raise BadUsage(f"{config_path} has no [[watch]] tables")
    require_archive(db_path, new_ok=False)
    sys.exit(send_watched(db_path, rules, dry_run=dry_run, mark_seen=mark_seen, base_url=base_url))


def send_watched(db_path: str, rules, *, dry_run=False, mark_seen=False, base_url="") -> int:
    """Run the watch rules over the archive; prints a summary line; returns the exit status."""
    from archive.web import watch as watching
    from archive.db.store import Archive

    archive = Archive(db_path)
    try:
        counts = watching.run(archive, rules, dry_run=dry_run, mark_seen=mark_seen, base_url=base_url)
    except ValueError as exc:
        raise BadUsage(str(exc)) from None
    finally:    # the connection only: Archive.close()'s statistics refresh may write, which watch never did
        archive.db.close()
    for msg in counts["messages"]:
        click.echo(f"[{msg.rule}] {msg.title}")
    if dry_run:
        click.echo(f"Watch: {counts['pending']} to send (dry run: nothing sent or recorded)")
    else:
        click.echo(f"Watch: {counts['sent']} sent, {counts['failed']} could not be sent, "
                   f"{counts['skipped']} marked seen")
    return 1 if counts["failed"] else 0


def _needs_redis_extra(callback):
    @functools.wraps(callback)
    def checked(*args, **kwargs):
        require_redis_extra()
        return callback(*args, **kwargs)
    return checked


from archive.cli.distributed import register  # noqa: E402 - the distributed commands join the group
from archive.cli.warc import register as register_warc  # noqa: E402

register(cli)
for _name in ("worker", "ingest", "status"):  # the distributed commands say which extra they need
    cli.commands[_name].callback = _needs_redis_extra(cli.commands[_name].callback)
register_warc(cli)  # export, import, verify (archive/cli/warc.py)

if __name__ == "__main__":
    cli()
