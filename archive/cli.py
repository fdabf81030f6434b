"""The ``health-archive`` command: crawl, serve, extract, reparse, and the bundled demo."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import click

from archive.config import DATASETTE_PORT, DEFAULT_DB


def db_option(fn):
    return click.option(
        "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
        help="SQLite archive file.",
    )(fn)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="health-archive")
def cli():
    """Crawl health-article sites into a SQLite archive and browse it in Datasette."""


# -- crawl ---------------------------------------------------------------------------------


def scrapy_command(urls, db_path, *, max_pages=None, max_depth=None, allow_domains=(), settings=()):
    """The ``scrapy crawl articles`` command line this crawl runs; settings stay Scrapy's."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", "start_urls=" + ",".join(urls),
           "-s", f"ARCHIVE_DB={db_path}"]
    if allow_domains:
        cmd += ["-a", "allow_domains=" + ",".join(allow_domains)]
    if max_pages:
        cmd += ["-s", f"CLOSESPIDER_PAGECOUNT={max_pages}"]
    if max_depth is not None:
        cmd += ["-s", f"DEPTH_LIMIT={max_depth}"]
    for setting in settings:
        cmd += ["-s", setting]
    return cmd


def run_crawl(urls, db_path, *, quiet=False, **options) -> dict:
    """Run one crawl in a child process (Twisted's reactor cannot restart) and return its row."""
    from archive.schema import open_db

    open_db(db_path).close()  # create/migrate before the crawler and any reader touch it
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.settings"}
    cmd = scrapy_command(urls, db_path, **options)
    if quiet:
        cmd += ["-s", "LOG_LEVEL=WARNING"]
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env)
    elapsed = time.monotonic() - started
    db = open_db(db_path)
    row = next(iter(db.query("select * from crawls order by id desc limit 1")), None)
    db.close()
    if row is None:
        raise click.ClickException(f"the crawler exited ({proc.returncode}) before it could start a crawl")
    row = dict(row, elapsed=elapsed, returncode=proc.returncode)
    return row


def summary_line(row: dict, db_path: str) -> str:
    archived = row["articles_new"] + row["articles_changed"] + row["articles_unchanged"]
    return (
        f"Crawl {row['id']} {row['status']} in {row['elapsed']:.1f}s: {row['pages_fetched']} pages fetched, "
        f"{archived} articles archived ({row['articles_new']} new, {row['articles_changed']} changed, "
        f"{row['articles_unchanged']} unchanged), {row['errors']} errors -> {db_path}"
    )


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@db_option
@click.option("--max-pages", type=int, help="Stop after this many responses.")
@click.option("--max-depth", type=int, help="Follow links at most this many hops from the start URLs.")
@click.option("--allow-domain", "allow_domains", multiple=True, help="Also crawl this domain (repeatable).")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Any Scrapy setting.")
def crawl(urls, db_path, max_pages, max_depth, allow_domains, settings):
    """Crawl URLS (articles, home pages, sitemaps or feeds) into the archive.

    Follows Read Also blocks, listings, pagination, sitemaps and feeds on the start
    URLs' hosts, obeying robots.txt. Re-running it on the same archive stores only what
    changed.

    Example:

        health-archive crawl https://example-health-blog.com/some-article/ --max-pages 500
    """
    row = run_crawl(list(urls), db_path, max_pages=max_pages, max_depth=max_depth,
                    allow_domains=allow_domains, settings=settings)
    click.echo(summary_line(row, db_path))
    if row["status"] != "finished":
        sys.exit(1)


# -- serve ---------------------------------------------------------------------------------


def serve_archive(db_path: str, host: str, port: int) -> None:
    """Serve the archive with Datasette (our plugin and metadata load through its entry point)."""
    from datasette.cli import cli as datasette_cli

    if not Path(db_path).exists():
        raise click.ClickException(f"no archive at {db_path}: run `health-archive crawl URL --db {db_path}` first")
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl+C to stop)")
    datasette_cli.main(args=["serve", db_path, "--host", host, "--port", str(port)], standalone_mode=False)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DATASETTE_PORT, show_default=True, type=int)
def serve(db_path, host, port):
    """Browse and query the archive in Datasette.

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

    with start_demo_server() as site:
        click.echo(f"Demo site running at {site.base_url}/")
        fast = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                "PROGRESS_INTERVAL=0")
        row = run_crawl([site.base_url + "/"], db_path, settings=fast, quiet=True)
        click.echo(summary_line(row, db_path))
        if row["status"] != "finished":
            sys.exit(1)
        if not no_serve:
            serve_archive(db_path, "127.0.0.1", port)


# -- extract and reparse -------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--url", "base_url", help="The URL the page was served from (default: the input's own URL, or file://).")
def extract(inputs, base_url):
    """Run the crawler's extraction on saved HTML files (plain or .gz) or URLs.

    Prints one JSON object per input (JSON Lines) with `source` and every article field.

    Example:

        health-archive extract page.html.gz --url https://example.org/post/ | jq .title
    """
    from archive.decode import read_html_file
    from archive.ingest import extract_page

    failed = 0
    for source in inputs:
        try:
            if source.startswith(("http://", "https://")):
                body, content_type, url = _fetch(source)
            else:
                body, content_type, url = read_html_file(source), None, base_url or Path(source).resolve().as_uri()
            article, encoding = extract_page(body, base_url or url, content_type)
            record = {"source": source, "encoding": encoding, **article.to_dict()}
        except (OSError, ValueError) as exc:
            failed += 1
            record = {"source": source, "error": f"{type(exc).__name__}: {exc}"}
            click.echo(f"error: {source}: {exc}", err=True)
        click.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        sys.exit(1)


def _fetch(url: str):
    import urllib.request

    from archive.config import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read(), response.headers.get("Content-Type"), response.geturl()


@cli.command()
@db_option
def reparse(db_path):
    """Re-run extraction over the raw HTML stored in the archive, without fetching.

    Articles whose normalized content changes get a new version; the rest are refreshed
    in place.

    Example:

        health-archive reparse --db archive.db
    """
    from archive.reparse import reparse_archive

    if not Path(db_path).exists():
        raise click.ClickException(f"no archive at {db_path}")
    counts = reparse_archive(db_path, progress=lambda done, total: click.echo(f"reparsed {done}/{total}", err=True))
    click.echo(
        f"Reparsed {counts['total']} articles: {counts['changed']} changed (new version), "
        f"{counts['unchanged']} unchanged, {counts['errors']} errors"
    )
    if counts["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    cli()
