"""Crawler traps end to end: an endless calendar, session ids, endlessly deep paths, faceted
navigation and ``?replytocom=`` links. The crawl stays bounded and every article is archived once.
(Traps of a site with real articles, and the rules one by one: tests/test_linkpolicy.py.)"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.crawl.traps import path_problem
from archive.urls import clean_url
from helpers import FAST, query, run_cli
from hostile_site import FACETS, HostileSite

PER_PATTERN = 10   # ARCHIVE_NOVELTY_BUDGET: fetches in a row without a new article
IN_FLIGHT = 16     # CONCURRENT_REQUESTS: requests already on their way when a pattern runs dry
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "reliability"


def paths_fetched(db_path, base_url):
    return [r["url"].replace(base_url, "") for r in query(db_path, "select url from fetches where status is not null")]


def trap_of(path: str) -> str:
    return path.strip("/").split("/")[0].split("?")[0] or "home"


@pytest.fixture(scope="module")
def site():
    with HostileSite(sections={"articles", "traps"}, articles=4) as server:
        yield server


@pytest.fixture(scope="module")
def bounded(site, tmp_path_factory):
    """A crawl with only the per-pattern limit (no page budget, no depth limit)."""
    db_path = tmp_path_factory.mktemp("traps") / "archive.db"
    result = run_cli("crawl", site.base_url + "/", "--db", db_path, *FAST, "-s", f"ARCHIVE_NOVELTY_BUDGET={PER_PATTERN}",
                     "-v", timeout=240)  # -v: the stats are in the log
    return db_path, result


def test_the_crawl_ends_and_each_trap_is_bounded(site, bounded):
    db_path, result = bounded
    (crawl,) = query(db_path, "select * from crawls")
    assert crawl["status"] == "finished" and "finished" in result.stdout
    per_trap = Counter(trap_of(p) for p in paths_fetched(db_path, site.base_url))
    # Each trap lives in one section of the site (/calendar/, /shop/, /session/): once PER_PATTERN
    # fetches of it in a row gave no new article, its links are parked, whatever their shapes
    # (month pages and ?day= pages; 2^4 combinations of shop filters).
    for trap in ("calendar", "shop", "session"):
        assert PER_PATTERN <= per_trap[trap] <= PER_PATTERN + IN_FLIGHT, per_trap
    assert len(FACETS) == 4
    # Deep paths: a relative self-link repeats a segment at most 3 times; a growing path stops at 12 segments.
    deep = [p for p in paths_fetched(db_path, site.base_url) if p.startswith("/deep/")]
    assert max(Counter(urlsplit(p).path.strip("/").split("/")).most_common(1)[0][1] for p in deep) <= 3
    assert max(len(urlsplit(p).path.strip("/").split("/")) for p in deep) <= 12
    assert len(deep) <= 3 + 12
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "traps.json").write_text(json.dumps({"per_pattern": PER_PATTERN, "fetched": dict(per_trap)}))


def test_the_trap_refusals_are_counted(bounded):
    """Links of a dry pattern are counted whether they were refused on the page (parked) or when
    their turn came (dropped); which of the two, and whether a deep path meets its path rule
    (trap_refused, tests/test_crawl_offline.py) before its section runs dry, depends on timing."""
    _, result = bounded
    refused = {name: int(n) for name, n in re.findall(r"'archive/(novelty_parked|novelty_dropped)': (\d+)", result.stderr)}
    assert sum(refused.values()) >= PER_PATTERN, refused


def test_each_article_archived_once(site, bounded):
    db_path, _ = bounded
    urls = [r["url"] for r in query(db_path, "select url from articles")]
    assert sorted(urls) == sorted(site.base_url + u for u in site.article_urls())


def test_session_ids_and_reply_links_are_never_requested(site, bounded):
    paths = [h.path for h in site.request_log]
    assert not [p for p in paths if "replytocom" in p]
    assert not [p for p in paths if "sid=" in p.lower() or "jsessionid" in p.lower()]


def test_a_page_budget_bounds_the_whole_site(site, tmp_path):
    db_path = tmp_path / "archive.db"
    run_cli("crawl", site.base_url + "/", "--db", db_path, *FAST, "-s", "ARCHIVE_MAX_PAGES_PER_SITE=25", timeout=240)
    fetched = paths_fetched(db_path, site.base_url)
    assert len(fetched) <= 25 + 2  # the budget, plus the start page and robots.txt
    assert len(set(fetched)) == len(fetched)


def test_a_depth_limit_bounds_the_deep_paths(site, tmp_path):
    db_path = tmp_path / "archive.db"
    run_cli("crawl", site.base_url + "/", "--db", db_path, *FAST, "--max-depth", "3", timeout=240)
    deep = [p for p in paths_fetched(db_path, site.base_url) if p.startswith("/deep/")]
    # home -> /traps/ -> /deep/ -> /deep/more/ and /deep/ever/: three hops, nothing further.
    assert sorted(deep) == ["/deep/", "/deep/ever/", "/deep/more/"]


@pytest.mark.fast
@pytest.mark.parametrize("url,problem", [
    ("http://h/a/a/a/a/", "repeats a segment"),
    ("http://h/" + "x/" * 13, "deeper than 12"),
    ("http://h/p;sid=abc", "session id"),
    ("http://h/?" + "a" * 2100, "longer than"),
    ("http://h/2024/05/some-article/", ""),
])
def test_path_rules(url, problem):
    assert (problem in path_problem(url)) if problem else path_problem(url) == ""


@pytest.mark.fast
def test_tracking_and_session_parameters_are_dropped():
    assert clean_url("http://h/a/?replytocom=5&sid=9&PHPSESSID=x&sessionid=1&utm_source=y") == "http://h/a/"
    assert clean_url("http://h/a/;jsessionid=ABC?id=2") == "http://h/a/?id=2"
