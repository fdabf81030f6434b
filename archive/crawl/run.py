"""A crawl run's life, whatever carries its requests (one Scrapy process, or Redis and workers):
its scope, its seeds and their priorities, opening it (resuming an interrupted one) and finishing
it (anomaly check). The local pipeline and spider and the distributed coordinator both call these,
so the two transports cannot drift; ``archive.crawl.crawling`` runs them from the CLI and says the result.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional
from urllib.parse import urlsplit

from archive.crawl import linkpolicy as lp
from archive.db.pages import due_articles
from archive.db.store import crawl_row
from archive.urls import clean_url, site_of

logger = logging.getLogger(__name__)

# The frontier's order: Read Also links first (the graph this archive exists for), then sitemaps
# and feeds, listings, other pages. Seeds come before all of them; due articles after listings.
RELATED_PRIORITY = 20
PAGE_PRIORITY = 0
LINK_PRIORITY = {lp.SITEMAPS: PAGE_PRIORITY + 5, lp.LISTED: PAGE_PRIORITY + 1, lp.RELATED: RELATED_PRIORITY,
                 lp.FEEDS: PAGE_PRIORITY + 5}
START_PRIORITY = RELATED_PRIORITY + 10
ROBOTS_PRIORITY = RELATED_PRIORITY
DUE_PRIORITY = PAGE_PRIORITY + 3
#: An archived article's images (archive.crawl.requisites) right after it: a crawl cut short keeps them.
REQUISITE_PRIORITY = START_PRIORITY

#: The settings a crawl row records (``crawls.settings``): what shaped the run, read back by the
#: exit status (ARCHIVE_MAX_ERROR_RATE) and by whoever compares runs.
SHAPE_SETTINGS = ("ARCHIVE_MAX_DEPTH", "CLOSESPIDER_PAGECOUNT", "ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED",
                  "DOWNLOAD_DELAY", "ARCHIVE_REFRESH_INTERVAL", "ARCHIVE_MAX_ERROR_RATE")


@dataclass(frozen=True)
class Seed:
    """A request a run starts with: ``callback`` names the spider method that reads its response."""
    url: str
    callback: str
    priority: int
    meta: dict = field(default_factory=dict)


def run_scope(start_urls: Iterable[str], allow_domains: Iterable[str] = ()) -> tuple[list[str], set[str]]:
    """Start URLs cleaned, and the hosts the crawl stays on (theirs and ``allow_domains``)."""
    urls = [clean_url(u) for u in start_urls]
    hosts = {urlsplit(u).hostname for u in urls} | {d.lower() for d in allow_domains}
    return urls, {h for h in hosts if h}


def seeds(db, start_urls: list[str], hosts: Iterable[str], refresh: float) -> list[Seed]:
    """Start URLs, their sites' robots.txt (for its Sitemap: lines), and the known articles due for
    a revisit, oldest first (not only what links lead to again)."""
    out = [Seed(u, "parse", START_PRIORITY, {lp.SOURCE_META: ""}) for u in start_urls]
    robots = dict.fromkeys(f"{p.scheme}://{p.netloc}/robots.txt" for p in map(urlsplit, start_urls))
    out += [Seed(u, "parse_robots", ROBOTS_PRIORITY, {lp.ROLE_META: lp.ROBOTS}) for u in robots]
    if db is not None and "articles" in db.table_names():
        sites = {site_of(u) for u in start_urls} | set(hosts)
        out += [Seed(u, "parse", DUE_PRIORITY) for u in due_articles(db, sites, refresh)]
    return out


def crawl_shape(get: Callable[[str], Any], allowed_domains: Iterable[str], **extra) -> dict:
    """What ``crawls.settings`` records of a run: the SHAPE_SETTINGS ``get`` knows, the scope, ``extra``."""
    shape = {name: value for name in SHAPE_SETTINGS if (value := get(name)) is not None}
    return {**shape, "allowed_domains": sorted(allowed_domains), **extra}


@dataclass
class OpenedRun:
    crawl_id: int
    resumed_from: Optional[int]
    chain: list[int]          # the interrupted crawls resumed, newest first: what they archived is not fetched
    templates: dict           # site -> what earlier crawls learned of it, for the first page on


def open_run(archive, start_urls: list[str], shape: dict, *, profile: str = "", resume: bool = True,
             resumed_from: Optional[int] = None, say: Callable[[str], None] = logger.warning) -> OpenedRun:
    """Open the run's crawl row: crawls left 'running' by a dead process are marked interrupted, and
    an interrupted crawl of the same profile and start URLs is resumed (or ``resumed_from``, given)."""
    for dead in archive.close_dead_crawls():
        say(f"crawl {dead} had died without finishing; marked interrupted")
    if resumed_from is None and resume:
        resumed_from = archive.resumable_crawl(profile, start_urls)
    chain = archive.resume_chain(resumed_from)
    crawl_id = archive.start_crawl(start_urls, shape, profile=profile, resumed_from=resumed_from)
    templates = {site: archive.knowledge.template(site) for site in {site_of(u) for u in start_urls}}
    return OpenedRun(crawl_id, resumed_from, chain, templates)


def finish_run(archive, crawl_id: int, status: str, *, message: str, skipped: int = 0, min_yield: float = 0.5,
               say: Optional[Callable[[str], None]] = None) -> dict:
    """Close the run's crawl row (counts recomputed from its fetches) and, when it finished, flag it
    if it found far less than the run before; ``say`` hears why. Articles archived before their site
    was learned are extracted again with it first."""
    settled = archive.settle_sites()
    if settled:
        logger.info("%s articles archived before their site was learned were extracted again with it", settled)
    row = archive.finish_crawl(crawl_id, status, message=message, skipped=skipped)
    if status == "finished":
        anomaly = archive.flag_anomaly(crawl_id, min_yield)
        if anomaly:
            row = crawl_row(archive.db, crawl_id)
            if say:
                say(f"crawl {crawl_id} looks wrong: {anomaly}")
    return dict(row)
