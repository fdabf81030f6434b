"""The run's life (archive.crawl.run) and politeness (archive.crawl.politeness), as both transports call them:
no Scrapy, no Redis, an archive on a temporary file."""
import pytest

from archive.crawl import linkpolicy as lp
from archive.crawl import run
from archive.db.pages import known_pages, skip_reason
from archive.crawl.politeness import LocalSlots, pause_for, politeness_key
from archive.db.store import Archive

pytestmark = pytest.mark.fast

SITE = "https://www.health.example"


@pytest.fixture
def archive(tmp_path):
    arc = Archive(str(tmp_path / "a.db"))
    yield arc
    arc.close()


def test_scope_cleans_start_urls_and_keeps_their_hosts_and_the_allowed_domains():
    urls, hosts = run.run_scope([SITE + "/a/?utm_source=x", "https://b.example/feed/"], ["CDN.health.example"])
    assert urls == [SITE + "/a/", "https://b.example/feed/"]
    assert hosts == {"www.health.example", "b.example", "cdn.health.example"}


def test_seeds_are_start_urls_then_each_sites_robots_txt_then_due_articles(archive):
    from test_store import make, page

    site = "https://a.org"
    archive.save_article(archive.start_crawl([site + "/"]), page(site + "/old/"), make(site + "/old/"))
    archive.db.execute("update articles set last_seen = '2020-01-01T00:00:00+00:00'")
    seeds = run.seeds(archive.db, [site + "/", site + "/feed/"], {"a.org"}, refresh=3600)
    assert [(s.url, s.callback, s.priority, s.meta) for s in seeds] == [
        (site + "/", "parse", run.START_PRIORITY, {lp.SOURCE_META: ""}),
        (site + "/feed/", "parse", run.START_PRIORITY, {lp.SOURCE_META: ""}),
        (site + "/robots.txt", "parse_robots", run.ROBOTS_PRIORITY, {lp.ROLE_META: lp.ROBOTS}),
        (site + "/old/", "parse", run.DUE_PRIORITY, {}),
    ]
    assert [s.url for s in run.seeds(None, [site + "/"], {"a.org"}, 0)] == [site + "/", site + "/robots.txt"]
    # Seeds first, then Read Also links, sitemaps and feeds, listings, due articles, other pages.
    assert run.START_PRIORITY > run.LINK_PRIORITY[lp.RELATED] > run.LINK_PRIORITY[lp.SITEMAPS] \
        > run.DUE_PRIORITY > run.LINK_PRIORITY[lp.LISTED] > run.PAGE_PRIORITY


def test_the_shape_records_what_the_settings_say_and_the_scope():
    given = {"DOWNLOAD_DELAY": "0", "ARCHIVE_MIN_YIELD_RATIO": "0.9"}
    assert run.crawl_shape(given.get, {"b.example", "a.example"}, redis="redis://h/0") == {
        "DOWNLOAD_DELAY": "0", "allowed_domains": ["a.example", "b.example"], "redis": "redis://h/0"}


def test_a_run_left_running_is_marked_interrupted_and_resumed_by_the_next(archive):
    heard = []
    first = run.open_run(archive, [SITE + "/"], {}, profile="p", say=heard.append)
    assert (first.resumed_from, first.chain) == (None, []) and set(first.templates) == {"health.example"}
    second = run.open_run(archive, [SITE + "/"], {}, profile="p", say=heard.append)
    assert heard == [f"crawl {first.crawl_id} had died without finishing; marked interrupted"]
    assert (second.resumed_from, second.chain) == (first.crawl_id, [first.crawl_id])
    archive.finish_crawl(second.crawl_id, "interrupted")
    third = run.open_run(archive, [SITE + "/"], {}, profile="p", resume=False)
    assert third.resumed_from is None


def test_finishing_flags_a_run_that_found_far_less_than_the_one_before(archive):
    def crawl(pages: int) -> dict:
        opened = run.open_run(archive, [SITE + "/"], {}, profile="p")
        for n in range(pages):
            archive.record_fetch(opened.crawl_id, f"{SITE}/{n}/", status=200, page_type="listing", outcome="listing")
        heard = []
        row = run.finish_run(archive, opened.crawl_id, "finished", message="closed: finished", min_yield=0.5,
                             say=heard.append)
        return row, heard

    row, heard = crawl(10)
    assert (row["status"], row["pages_fetched"], row["anomaly"], heard) == ("finished", 10, None, [])
    row, heard = crawl(2)
    assert row["anomaly"] == f"fetched 2 pages where crawl {row['id'] - 1} fetched 10"
    assert heard == [f"crawl {row['id']} looks wrong: {row['anomaly']}"]


def test_a_known_page_is_skipped_when_resumed_or_fresh():
    assert skip_reason(7, None, {7}, 0) == "resumed"
    assert skip_reason(3, "2999-01-01T00:00:00+00:00", {7}, 3600) == "fresh"
    assert skip_reason(3, "2000-01-01T00:00:00+00:00", {7}, 3600) == ""
    assert skip_reason(3, "2999-01-01T00:00:00+00:00", {7}, 0) == ""  # no refresh interval: always fetched


def test_known_pages_lists_what_can_answer_304_on_the_runs_hosts(archive):
    db, crawl = archive.db, archive.start_crawl([SITE + "/"])
    for url, etag in ((SITE + "/a/", '"e"'), (SITE + "/b/", ""), ("https://other.example/c/", '"e"')):
        archive.record_page(url, kind="listing", status=200, fetched_at="2024-01-01T00:00:00+00:00", crawl_id=crawl,
                            etag=etag, links={"pages": [SITE + "/x/"]})
    assert [(url, state["etag"], state["skip"]) for url, state in known_pages(db, {"www.health.example"}, 0, [])] == [
        (SITE + "/a/", '"e"', "")]
    assert [url for url, state in known_pages(db, {"www.health.example"}, 0, [crawl])] == [SITE + "/a/", SITE + "/b/"]


def test_local_slots_space_a_sites_downloads_by_its_delay():
    now = [100.0]
    slots = LocalSlots(clock=lambda: now[0])
    assert slots.acquire("a.example", "1", 4, 2.0, 30) == 0
    assert slots.acquire("a.example", "2", 4, 2.0, 30) == 2000
    assert slots.acquire("b.example", "3", 4, 2.0, 30) == 0       # another site has its own slot
    now[0] += 2.0
    assert slots.acquire("a.example", "2", 4, 2.0, 30) == 0
    assert slots.acquire("a.example", "4", 4, 0, 30) == 0         # no delay asked: no wait
    assert politeness_key("https://WWW.Health.example:8443/x") == "www.health.example:8443"
    assert pause_for(0.25, 5.0) == 5.0 and pause_for(0.25, 5.0, obey_robots=False) == 0.25
