"""The link policy end to end: real crawls (Scrapy in a child process, default novelty budget) of
a WordPress-like blog on loopback with one trap each (tests/trap_site.py), of a blog whose 300
posts share one URL shape and have no sitemap, and of the hostile link-flood page."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import FAST, query, run_cli
from hostile_site import HostileSite
from trap_site import TRAPS, TrapSite

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "reliability"


def crawl(site, db_path, *settings, check=True):
    return run_cli("crawl", site.base_url + "/", "--db", db_path, *FAST, *settings, timeout=600, check=check)


def archived_paths(db_path, site) -> set[str]:
    return {r["url"].replace(site.base_url, "") for r in query(db_path, "select url from articles")}


def record(name: str, figures: dict) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "trap_sites.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    known[name] = figures
    path.write_text(json.dumps(known, indent=1, sort_keys=True))


@pytest.mark.parametrize("trap", TRAPS)
def test_a_trap_costs_at_most_three_requests_per_real_page(trap, tmp_path):
    with TrapSite(posts=30, trap=trap) as site:
        result = crawl(site, tmp_path / "a.db")
        requests = len(site.request_log)
        real = len(site.real_paths())
    assert archived_paths(tmp_path / "a.db", site) == set(site.post_paths())
    assert requests <= 3 * real, f"{requests} requests for {real} real pages"
    assert "Warning" not in result.stdout
    record(trap, {"requests": requests, "real_pages": real, "per_real_page": round(requests / real, 2)})


def test_three_hundred_posts_of_one_shape_without_a_sitemap_are_crawled_whole(tmp_path):
    with TrapSite(posts=300) as site:
        crawl(site, tmp_path / "a.db")
        requests = len(site.request_log)
    assert archived_paths(tmp_path / "a.db", site) == set(site.post_paths())
    # Nothing else, nothing twice but robots.txt (read by Scrapy's robots middleware and for its Sitemap: lines).
    assert requests <= len(site.real_paths()) + 2
    record("wordpress-300", {"requests": requests, "real_pages": len(site.real_paths())})


def test_a_posts_own_comment_feed_is_never_requested_and_unserved_feeds_are_no_failure(tmp_path):
    """Every post declares its comment feed (/slug/feed/) and a feed elsewhere (/feeds/slug.xml);
    the static copy serves neither, nor the sitemap its robots.txt names. The comment feeds are
    not requested; the others are, fail, are kept in fetches as what they are, and the crawl
    exits 0 although they are over a third of its requests."""
    db_path = tmp_path / "a.db"
    with TrapSite(posts=30, feeds404=True) as site:
        result = crawl(site, db_path, check=False)
        paths = [h.path for h in site.request_log]
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert not [p for p in paths if re.fullmatch(r"/[a-z-]+/feed/", p)]
    assert "/feed/" in paths
    failed = query(db_path, "select page_type, status, outcome from fetches where url like '%/feeds/%'")
    assert len(failed) == 30 and {(r["page_type"], r["status"], r["outcome"]) for r in failed} == {("feed", 404, "error")}
    (gone,) = query(db_path, "select page_type, status, outcome from fetches where url like '%/sitemap-gone.xml'")
    assert (gone["page_type"], gone["status"], gone["outcome"]) == ("sitemap", 404, "error")
    (row,) = query(db_path, "select errors, pages_fetched from crawls")
    assert row["errors"] == 0 and 31 / row["pages_fetched"] > 0.2  # above ARCHIVE_MAX_ERROR_RATE, were they counted
    assert archived_paths(db_path, site) == set(site.post_paths())


def test_a_page_of_300000_links_stays_within_bounds(tmp_path):
    """The hostile link flood: 10.5 MB, 300,000 unique letter links. The crawler takes the first
    ARCHIVE_MAX_LINKS_PER_PAGE, and stops following their shape after the novelty budget."""
    with HostileSite(sections={"articles", "flood"}, articles=4) as site:
        result = crawl(site, tmp_path / "a.db", "-s", "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.25", "-v")  # -v: stats in the log
        flood = len(site.hits("/flood/")) - 1
    stats = dict(re.findall(r"'(memusage/max|memusage/startup|scheduler/enqueued)': (\d+)", result.stderr))
    assert 30 <= flood <= 30 + 16, flood   # ARCHIVE_NOVELTY_BUDGET, plus what was under way
    assert int(stats["scheduler/enqueued"]) <= 2000 + 10
    grown = (int(stats["memusage/max"]) - int(stats["memusage/startup"])) / 2**20
    assert grown < 300, f"the crawler grew by {grown:.0f} MB"  # ~1 GB before links were capped
    assert len(archived_paths(tmp_path / "a.db", site)) == 4
    record("flood", {"fetched": flood, "enqueued": int(stats["scheduler/enqueued"]), "grown_mb": round(grown),
                     "peak_mb": round(int(stats["memusage/max"]) / 2**20)})
