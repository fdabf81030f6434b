"""End to end: the real crawler (Scrapy, in a child process) over the demo site on loopback."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from urllib.parse import urlsplit

import pytest

from archive import demo
from archive.web.article_page import body_html
from archive.crawl.discover import parse_xml_urls
from helpers import NO_DELAY, ROOT, query, run_cli

BOILERPLATE = [
    "Did you find this helpful",
    "Read Also",
    "Read more:",
    "Leave a Reply",
    "Subscribe",
    "cookies",
    "Share on",
]


@pytest.fixture(scope="module")
def crawled(demo_site, tmp_path_factory):
    """One crawl of the whole demo site into a fresh archive; returns (db_path, cli result)."""
    db_path = tmp_path_factory.mktemp("crawl") / "archive.db"
    result = run_cli("crawl", demo_site.base_url + "/", "--db", db_path, *NO_DELAY)
    return db_path, result


def test_crawl_summary_and_crawl_row(crawled):
    db_path, result = crawled
    assert "finished" in result.stdout and "articles archived" in result.stdout
    (crawl,) = query(db_path, "select * from crawls")
    assert crawl["status"] == "finished"
    assert crawl["articles_new"] == demo.EXPECTED_ARTICLE_COUNT
    assert crawl["pages_fetched"] > crawl["articles_new"]  # listings, feeds, sitemaps were fetched too


def test_every_article_archived_once(crawled):
    db_path, _ = crawled
    rows = query(db_path, "select url from articles")
    urls = [r["url"] for r in rows]
    assert len(urls) == demo.EXPECTED_ARTICLE_COUNT == len(set(urls))
    assert not [u for u in urls if "utm_" in u or "#" in u]


def test_named_article_fields(crawled, demo_site):
    db_path, _ = crawled
    expected = demo.NAMED_ARTICLE
    (row,) = query(db_path, "select * from articles_full where url like ?", [f"%/{expected['slug']}/"])
    assert row["title"] == expected["title"]
    # The byline reads "Dr. Maya Okafor, MD"; the archive keeps the name without title and credentials.
    assert json.loads(row["authors"]) == ["Maya Okafor"]
    assert row["published"].startswith(expected["published"])
    assert row["site"] == demo_site.base_url.split("://", 1)[1]
    assert row["word_count"] > 300
    assert "<script" not in body_html(row["body_html_gz"]) and "<p>" in body_html(row["body_html_gz"])
    related = query(db_path, "select r.url, r.target_id, a.url as target_url from related_links r "
                             "left join articles a on a.id = r.target_id where r.article_id = ? "
                             "order by position", [row["id"]])
    assert [r["url"].rstrip("/").rsplit("/", 1)[-1] for r in related] == expected["related_slugs"]
    assert all(r["target_id"] is not None for r in related), related


def test_no_boilerplate_in_body_text(crawled):
    db_path, _ = crawled
    for row in query(db_path, "select url, body_text from articles_full"):
        for phrase in BOILERPLATE:
            assert phrase.lower() not in row["body_text"].lower(), (row["url"], phrase)


def test_related_graph_and_dangling_targets(crawled):
    db_path, _ = crawled
    resolved = query(db_path, "select count(*) as n from related_links where target_id is not null")[0]["n"]
    dangling = query(db_path, "select url from related_links where target_id is null")
    assert resolved > demo.EXPECTED_ARTICLE_COUNT * 2
    # Only the Read Also items pointing at a missing page or another site stay unresolved.
    assert dangling and all(
        demo.MISSING_SLUG in r["url"] or not r["url"].startswith("http://127.0.0.1") for r in dangling
    ), dangling


def test_citations_are_references_never_the_demo_sites_own_pages(crawled):
    db_path, _ = crawled
    citations = query(db_path, "select url from citations")
    assert len(citations) >= demo.EXPECTED_ARTICLE_COUNT        # the demo's reference lists
    # Read Also teasers and "Did you find this helpful?" follow a "Sources" heading on the demo
    assert not [c["url"] for c in citations if c["url"].startswith("http://127.0.0.1")]


def test_the_crawl_learns_the_demo_sites_template(crawled):
    db_path, _ = crawled
    (profile,) = query(db_path, "select site, pages, title_affixes from site_profiles")
    assert profile["pages"] >= demo.EXPECTED_ARTICLE_COUNT     # one sample per archived visit
    assert query(db_path, "select count(*) as n from site_blocks")[0]["n"] > 10
    # no article keeps a sidebar's category list: each has the one or two its post is filed in
    assert max(len(json.loads(r["categories"])) for r in query(db_path, "select categories from articles")) <= 2


def test_failures_recorded_in_fetches(crawled):
    db_path, _ = crawled
    errors = query(db_path, "select url, status, error from fetches where outcome = 'error'")
    assert any(r["status"] == 404 and demo.MISSING_SLUG in r["url"] for r in errors), errors
    assert all(r["error"] for r in errors)


def test_sponsored_link_kept_with_rel(crawled):
    db_path, _ = crawled
    rows = query(db_path, "select url from links where rel like '%sponsored%'")
    assert len(rows) == 1


def test_robots_txt_obeyed(crawled, demo_site):
    paths = [entry[1] for entry in demo_site.request_log]
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith(("/wp-admin", "/private"))]


def test_recrawl_of_unchanged_site_changes_nothing(crawled, demo_site):
    db_path, _ = crawled
    before = query(db_path, "select id, content_hash, version from articles order by id")
    versions = query(db_path, "select count(*) as n from article_versions")[0]["n"]
    run_cli("crawl", demo_site.base_url + "/", "--db", db_path, *NO_DELAY)
    last = query(db_path, "select * from crawls order by id desc limit 1")[0]
    assert (last["articles_new"], last["articles_changed"]) == (0, 0)
    assert last["articles_unchanged"] == demo.EXPECTED_ARTICLE_COUNT
    assert query(db_path, "select id, content_hash, version from articles order by id") == before
    assert query(db_path, "select count(*) as n from article_versions")[0]["n"] == versions


def test_reparse_of_unchanged_archive_adds_no_version(crawled):
    db_path, _ = crawled
    versions = query(db_path, "select count(*) as n from article_versions")[0]["n"]
    result = run_cli("reparse", "--db", db_path)
    assert f"Reparsed {demo.EXPECTED_ARTICLE_COUNT} articles: 0 changed" in result.stdout
    assert query(db_path, "select count(*) as n from article_versions")[0]["n"] == versions


def test_scrapy_crawl_from_repo_root(demo_site, tmp_path):
    """`scrapy crawl articles` works as Scrapy users expect, with the project's settings."""
    db_path = tmp_path / "scrapy.db"
    start = f"{demo_site.base_url}/{demo.NAMED_ARTICLE['slug']}/"
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={start}",
         "-s", f"ARCHIVE_DB={db_path}", "-s", "CLOSESPIDER_PAGECOUNT=5", "-s", "AUTOTHROTTLE_ENABLED=False"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = query(db_path, "select url from articles")
    assert any(demo.NAMED_ARTICLE["slug"] in r["url"] for r in rows)
    assert query(db_path, "select status from crawls")[0]["status"] == "finished"


@pytest.mark.parametrize("start", ["/sitemap_index.xml", "/feed/"])
def test_crawl_can_start_from_a_sitemap_or_a_feed(demo_site, tmp_path, start):
    db_path = tmp_path / "a.db"
    run_cli("crawl", demo_site.base_url + start, "--db", db_path, "--max-depth", "0", *NO_DELAY)
    fetched = query(db_path, "select url, page_type from fetches")
    articles = query(db_path, "select url from articles")
    # depth 0: only the start document and what it lists directly (plus robots.txt) were fetched
    assert any(f["page_type"] in ("sitemap", "feed") for f in fetched)
    assert len(articles) >= 5
    if start == "/sitemap_index.xml":
        assert len(articles) == demo.EXPECTED_ARTICLE_COUNT


def test_sitemap_entries_are_fetched_newest_first(demo_site, tmp_path):
    """A sitemap's pages are requested by <lastmod>, latest first: a crawl cut short by a page
    budget or a kill still has what the site changed last."""
    with urllib.request.urlopen(demo_site.base_url + "/post-sitemap.xml") as response:
        found = parse_xml_urls(response.read())
    dated = sorted(found.urls, key=found.lastmod.__getitem__, reverse=True)  # one ISO format: text order is time order
    assert dated != found.urls  # the demo lists them in another order
    expected = [urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in dated]
    before = len(demo_site.request_log)
    run_cli("crawl", demo_site.base_url + "/post-sitemap.xml", "--db", tmp_path / "a.db", "--max-depth", "0",
            *NO_DELAY, "-s", "CONCURRENT_REQUESTS=1")
    requested = [e[1] for e in demo_site.request_log[before:] if e[1] in set(expected)]
    assert requested == expected


def test_page_limit_bounds_the_crawl(demo_site, tmp_path):
    db_path = tmp_path / "a.db"
    result = run_cli("crawl", demo_site.base_url + "/", "--db", db_path, "--max-pages", "6", *NO_DELAY)
    (crawl,) = query(db_path, "select * from crawls")
    assert crawl["status"] == "finished" and "closespider_pagecount" in crawl["message"]
    assert crawl["pages_fetched"] <= 6 + 16  # requests already in flight when the limit hits may finish
    assert "finished" in result.stdout
