"""The evidence commands: ``export`` (WARC, WACZ), ``import`` (WARC, WACZ) and ``verify``.

Registered on the main group by ``register(cli)``; warcio is imported only when a command runs.
Exit statuses: 0 done, 1 a failure (``verify``: a problem found), 2 bad usage or a --db file
that is not an archive, 3 a crawl holds the archive (``import``).
"""
from __future__ import annotations

import os
import sys
import time
from datetime import date

import click

from archive.cli import say
from archive.config import DEFAULT_DB


def _db_option(fn):
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite archive file.")(fn)


def _date(ctx, param, value):
    if not value:
        return ""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            from datetime import datetime

            datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD) or an ISO time") from None
    return value


@click.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(["warc", "wacz"]), default=None,
              help="warc (.warc.gz) or wacz; by default from OUT's name (.wacz, else warc).")
@_db_option
@click.option("--site", "sites", multiple=True, help="Only this site (as in articles.site, e.g. example.org); "
                                                     "repeatable.")
@click.option("--since", callback=_date, help="Only captures from this date or time on (YYYY-MM-DD, UTC).")
@click.option("--until", callback=_date, help="Only captures up to this date (the whole day) or time.")
def export(out, fmt, db_path, sites, since, until):
    """Export the archive's captures as a WARC 1.1 file (gzipped) or a WACZ package.

    Every fetch recorded since captures existed goes out as a request and a response record; a
    304 as a revisit (server-not-modified) of the capture it refers to, an unchanged body as a
    revisit (identical-payload-digest); a warcinfo record names the software. A WACZ adds a CDXJ
    index, the list of archived articles and datapackage.json with the SHA-256 of every file.

    Exit status: 0 written, 1 nothing to export or OUT not writable, 2 bad usage or --db not an archive.

    Example:

        health-archive export --db archive.db archive.warc.gz

        health-archive export --format wacz --db archive.db --site 127.0.0.1:8000 --since 2026-12-01 demo.wacz
    """
    from archive.cli import require_archive
    from archive.db import capture
    from archive.db.schema import open_db
    from archive.evidence.warc import Selection, write_warc, write_wacz

    require_archive(db_path, new_ok=False)
    fmt = fmt or ("wacz" if out.lower().endswith(".wacz") else "warc")
    db = open_db(db_path)
    selection = Selection(tuple(site.strip() for site in sites), since, until)
    started = time.monotonic()
    try:
        if not capture.any_selected(db, **selection.bounds()):
            raise click.ClickException(f"nothing to export: no captures in {db_path} match"
                                       + (" (captures are recorded by crawls from this version on)"
                                          if not (since or until) else ""))
        if fmt == "wacz":
            counts = write_wacz(db, out, selection)
        else:
            with open(out, "wb") as stream:
                counts = write_warc(db, stream, selection, filename=os.path.basename(out))
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        db.close()
    if not counts.responses and not counts.revisits:
        os.remove(out)
        raise click.ClickException(f"nothing to export: no captures in {db_path} match --site {' '.join(sites)}")
    elapsed = time.monotonic() - started
    click.echo(f"Exported {counts.records} records ({counts.responses} responses, {counts.requests} requests, "
               f"{counts.revisits} revisits) in {elapsed:.1f}s ({counts.records / max(elapsed, 1e-6):.0f} records/s) "
               f"-> {out} ({os.path.getsize(out):,} bytes)")
    if counts.skipped:
        say(f"{counts.skipped} revisits left out: the capture they refer to has no stored body")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@_db_option
@click.option("--wait", is_flag=True, help="If a crawl holds the archive, wait for it instead of exiting 3.")
def import_(files, db_path, wait):
    """Import WARC (.warc, .warc.gz) or WACZ files into the archive, as a crawl would have stored them.

    Each HTML response is extracted exactly as the crawler extracts it; articles get versions
    dated by their capture time and tagged with the file (article_versions.source). Revisits of
    an identical payload are read from the record they refer to; a 304 marks the article seen.
    Files from other crawlers (Browsertrix, Heritrix, wget --warc-file, Common Crawl) work too.

    Exit status: 0 imported, 1 a file unreadable or not a WARC (the files before it stay
    imported), 2 bad usage or --db not an archive, 3 a crawl holds the archive.

    Example:

        health-archive import --db copy.db archive.warc.gz

        health-archive import --db archive.db crawl-2026-12.wacz other-crawler.warc.gz
    """
    from archive.cli import require_archive, take_lock
    from archive.db.store import Archive
    from archive.evidence.warc_import import ImportError_, import_warc

    for path in files:
        if not os.path.isfile(path):
            raise click.ClickException(f"no file {path}")
    require_archive(db_path, new_ok=True)
    lock = take_lock(db_path, wait, "import")
    archive = Archive(db_path)
    try:
        for path in files:
            started = time.monotonic()
            try:
                counts = import_warc(archive, path)
            except ImportError_ as exc:
                raise click.ClickException(str(exc)) from None
            elapsed = time.monotonic() - started
            click.echo(f"Imported {path}: {counts.records} records ({counts.records / max(elapsed, 1e-6):.0f} "
                       f"records/s), {counts.pages} pages, {counts.articles} articles new or changed, "
                       f"{counts.skipped} skipped (crawl {counts.crawl_id}) -> {db_path}")
    finally:
        archive.close()
        lock.release()


@click.command()
@_db_option
@click.option("--quiet", "-q", is_flag=True, help="Print the problems only, no summary.")
def verify(db_path, quiet):
    """Check that the archive is what was written: SQLite's integrity check, every stored body
    against its SHA-256 (raw pages, capture payloads), and the chain of per-crawl manifests, so
    a row edited or deleted since its crawl finished is named.

    Prints one line per problem, then a summary with the hash of the last manifest (keep it
    elsewhere: a later verify showing another chain head means the chain itself was rewritten).
    Reads only.

    Exit status: 0 no problem, 1 problems found (or no archive at --db), 2 --db is not an archive.

    Example:

        health-archive verify --db archive.db

        health-archive verify --db archive.db -q || mail -s "archive check failed" me@example.org
    """
    import sqlite3

    from archive.cli import require_archive
    from archive.db.readonly import open_read_only
    from archive.db.verify import Report
    from archive.db.verify import verify as run_verify

    require_archive(db_path, new_ok=False)
    db = open_read_only(db_path)
    report = Report()
    started = time.monotonic()
    try:
        for problem in run_verify(db, report):
            click.echo(problem)
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db_path} cannot be read: {exc} (run `sqlite3 {db_path} 'pragma "
                                   f"integrity_check'`)") from None
    finally:
        db.close()
    if not quiet:
        checked = ", ".join(f"{n:,} {what}" for what, n in report.checked.items())
        click.echo(f"verify: {report.problems} problem{'s' if report.problems != 1 else ''} "
                   f"in {time.monotonic() - started:.1f}s; checked {checked or 'nothing'}"
                   + (f"; {report.unsealed} rows rewritten since the last seal" if report.unsealed else "")
                   + (f"; chain head {report.head}" if report.head else "; no manifest yet"), err=False)
    sys.exit(1 if report.problems else 0)


def extract_warc(source: str, base_url, workers, echo) -> int:
    """``extract`` on a WARC or WACZ: one JSON record per HTML response, with its own URL and
    capture time; returns how many failed (a damaged file counts one, after what it gave)."""
    import json

    from archive.cli import _input_error
    from archive.extract.ingest import extract_page
    from archive.evidence.warc_import import html_responses

    failed = 0
    try:
        for page in html_responses(source):
            args = (page.body, base_url or page.url, page.content_type or None)
            try:
                article, encoding = workers.submit(extract_page, *args).result() if workers else extract_page(*args)
                record = {"source": source, "url": page.url, "fetched_at": page.fetched_at, "encoding": encoding,
                          **article.to_dict()}
            except Exception as exc:  # one bad record costs its own line, never the rest of the file
                failed += 1
                record = {"source": source, "url": page.url, "error": _input_error(exc)}
                echo(f"error: {source}: {page.url}: {record['error']}", err=True)
            echo(json.dumps(record, ensure_ascii=False))
    except Exception as exc:  # the file itself: not a WARC, damaged in the middle
        failed += 1
        message = _input_error(exc)
        echo(json.dumps({"source": source, "error": message}, ensure_ascii=False))
        echo(f"error: {source}: {message}", err=True)
    return failed


def register(cli) -> None:
    cli.add_command(export)
    cli.add_command(import_)
    cli.add_command(verify)
