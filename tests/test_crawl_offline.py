"""The crawler's parts without a network: the spider's callbacks on responses built in memory, the
downloader middlewares and the archive pipeline built from a crawler (``get_crawler``, the
project's settings) writing to a temporary archive. The real crawls: tests/test_crawl_demo.py."""
from __future__ import annotations

import asyncio
from multiprocessing import forkserver

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.reactor import install_reactor, is_asyncio_reactor_installed, is_reactor_installed
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

import scraper.settings as project
from archive.crawl import linkpolicy as lp
from archive.demo import ARTICLE_PATHS, NAMED_ARTICLE, build_site
from helpers import query
from scraper.middlewares import (ARTICLE_FLAG, IncrementalMiddleware, LinkPolicyMiddleware, Parked,
                                 RedirectGuardMiddleware, Refused)
from scraper.pipelines import ArchivePipeline
from scraper.spiders.articles import PAGE_PRIORITY, RELATED_PRIORITY, ArticlesSpider

pytestmark = pytest.mark.fast

SITE = "https://health.example"
DEMO = "http://demo.test"  # the demo site rendered in memory at this base URL
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture(scope="module")
def asyncio_reactor():
    """The reactor `health-archive crawl` installs (asyncio): the spider extracts in worker processes
    only under it. Installed once for the test process and never run; callbacks run in asyncio.run."""
    if not is_reactor_installed():
        install_reactor(project.TWISTED_REACTOR, project.ASYNCIO_EVENT_LOOP)
    assert is_asyncio_reactor_installed(), "a test before these installed another reactor"


@pytest.fixture(scope="module", autouse=True)
def own_fork_server():
    """The spider's extraction processes come from the test process's fork server, which keeps the
    modules it was first asked to preload (archive.workers). One started here is stopped after these
    tests, so later workers (Datasette's page processes, test_datasette_heavy) preload their own."""
    running = forkserver._forkserver._forkserver_pid is not None
    yield
    if not running:
        forkserver._forkserver._stop()  # CPython's own tests stop it so; there is no public way


@pytest.fixture
def make_crawler(tmp_path, asyncio_reactor):
    """``make_crawler(start_url)``: a crawler with the project's settings on tmp_path/archive.db and
    its articles spider; the spiders' extraction processes are stopped after the test."""
    spiders = []

    def make(start_url: str = SITE + "/", **settings):
        values = {name: value for name, value in vars(project).items() if name.isupper()}
        crawler = get_crawler(ArticlesSpider, {**values, "ARCHIVE_DB": str(tmp_path / "archive.db"), **settings})
        crawler.spider = ArticlesSpider.from_crawler(crawler, start_urls=start_url)
        spiders.append(crawler.spider)
        return crawler

    yield make
    for spider in spiders:
        spider.closed("finished")


def run(output) -> list:
    """Everything a callback yields (``parse`` is an async generator: extraction is awaited)."""
    if hasattr(output, "__aiter__"):
        async def collect():
            return [x async for x in output]
        return asyncio.run(collect())
    return list(output)


def response_for(url: str, body: bytes, headers=None, cls=HtmlResponse, **meta):
    return cls(url, body=body, headers=headers or HTML, request=Request(url, meta=meta))


def demo_article(crawler, etag: str = ""):
    """The spider's item and requests for the demo site's named article."""
    page = build_site(1, DEMO).resolve(ARTICLE_PATHS[NAMED_ARTICLE["slug"]])
    headers = {"Content-Type": page.content_type, **({"ETag": etag} if etag else {})}
    url = DEMO + ARTICLE_PATHS[NAMED_ARTICLE["slug"]]
    return run(crawler.spider.parse(response_for(url, page.body, headers)))


# -- the spider's callbacks ----------------------------------------------------------------------------


def test_a_listing_yields_one_request_per_page_on_the_site_and_none_for_traps_files_or_other_sites(make_crawler):
    crawler = make_crawler()
    links = ["/sleep-better-tonight/", "/walking-every-day/", "/sleep-better-tonight/?utm_source=home",
             "https://other.example/advert/", "/tag/a/tag/a/tag/a/", "/report.pdf", "#top"]
    body = ("<html><head><title>Latest</title></head><body><h1>Latest posts</h1><ul>"
            + "".join(f'<li><a href="{href}">Link {n}</a></li>' for n, href in enumerate(links)) + "</ul></body></html>")
    item, *requests = run(crawler.spider.parse(response_for(SITE + "/", body.encode())))
    assert item.kind != "article" and item.article is None
    assert [r.url for r in requests] == [f"{SITE}/sleep-better-tonight/", f"{SITE}/walking-every-day/"]
    assert {(r.meta["hops"], r.meta[lp.SOURCE_META], r.meta[lp.ROLE_META]) for r in requests} == {
        (1, SITE + "/", lp.PAGES)}
    # The policy refused the repeating path; the file, the other site and the page itself never reached it.
    assert crawler.stats.get_value("archive/trap_refused") == 1


def test_a_sitemap_yields_its_entries_on_the_site_as_close_to_the_start_as_itself(make_crawler):
    crawler = make_crawler()
    entries = [f"{SITE}/sleep-tips/", "https://other.example/elsewhere/", f"{SITE}/guide.pdf", f"{SITE}/a/a/a/a/"]
    body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{url}</loc></url>" for url in entries) + "</urlset>").encode()
    response = response_for(SITE + "/sitemap.xml", body, {"Content-Type": "application/xml"}, TextResponse,
                            **{lp.ROLE_META: lp.SITEMAPS})
    item, *requests = run(crawler.spider.parse(response))
    assert item.kind == "sitemap" and item.links[lp.LISTED] == entries  # stored as listed, for a later 304
    assert [(r.url, r.meta["hops"], r.meta[lp.ROLE_META], r.priority) for r in requests] == [
        (f"{SITE}/sleep-tips/", 0, lp.LISTED, PAGE_PRIORITY + 1)]


def test_an_article_yields_its_item_and_its_read_also_links_first(make_crawler):
    crawler = make_crawler(DEMO + "/")
    item, *requests = demo_article(crawler)
    assert item.kind == "article" and item.error == ""
    assert item.page.url == DEMO + ARTICLE_PATHS[NAMED_ARTICLE["slug"]]
    assert item.article.title == NAMED_ARTICLE["title"]
    assert item.article.authors == ["Maya Okafor"] and item.article.word_count > 300  # "Dr. Maya Okafor, MD"
    related = [r.url for r in requests if r.priority == RELATED_PRIORITY]
    assert related == [DEMO + ARTICLE_PATHS[slug] for slug in NAMED_ARTICLE["related_slugs"]]
    assert all(r.meta[lp.ROLE_META] == lp.RELATED for r in requests if r.priority == RELATED_PRIORITY)


def test_robots_txt_is_recorded_and_its_sitemaps_on_the_site_followed(make_crawler):
    crawler = make_crawler()
    body = (f"User-agent: *\nDisallow: /private/\nSitemap: {SITE}/sitemap.xml\n"
            "Sitemap: https://other.example/sitemap.xml\n").encode()
    response = response_for(SITE + "/robots.txt", body, {"Content-Type": "text/plain"}, TextResponse,
                            **{lp.ROLE_META: lp.ROBOTS})
    item, *requests = run(crawler.spider.parse_robots(response))
    assert item.kind == "robots" and item.page.status == 200
    assert [(r.url, r.meta[lp.ROLE_META]) for r in requests] == [(f"{SITE}/sitemap.xml", lp.SITEMAPS)]


def failure_of(request, error: Exception) -> Failure:
    failure = Failure(error)
    failure.request = request  # as Scrapy hands it to an errback
    return failure


def http_error(request, status: int) -> Failure:
    return failure_of(request, HttpError(Response(request.url, status=status, request=request), "non-2xx"))


def test_pages_that_did_not_come_back_are_recorded_as_what_they_are(make_crawler):
    spider = make_crawler().spider
    (gone,) = run(spider.on_error(http_error(Request(f"{SITE}/old-post/"), 404)))
    assert (gone.kind, gone.page.status, gone.error) == ("gone", 404, "HTTP 404")
    retried = Request(f"{SITE}/busy/", meta={"retry_times": 2})
    (busy,) = run(spider.on_error(http_error(retried, 503)))
    assert (busy.kind, busy.error) == ("error", "HTTP 503 (after 3 attempts)")
    robots = Request(f"{SITE}/robots.txt", meta={lp.ROLE_META: lp.ROBOTS})
    (none,) = run(spider.on_error(http_error(robots, 404)))
    assert (none.kind, none.error) == ("robots", "")  # no robots.txt: everything allowed, no error


# -- downloader middlewares ------------------------------------------------------------------------------


def redirect(request, location: str, status: int = 301) -> Response:
    return Response(request.url, status=status, headers={"Location": location}, request=request)


def test_the_redirect_guard_follows_the_site_and_refuses_loops_and_other_sites(make_crawler):
    crawler = make_crawler()
    guard = RedirectGuardMiddleware.from_crawler(crawler)
    request = Request(f"{SITE}/old/")
    followed = guard.process_response(request, redirect(request, "/new/"))
    assert followed.url == f"{SITE}/new/" and followed.meta["redirect_urls"] == [f"{SITE}/old/"]
    with pytest.raises(IgnoreRequest, match="^redirect loop: "):
        guard.process_response(followed, redirect(followed, "/old/"))
    with pytest.raises(Refused, match="^Filtered offsite request to 'other.example'") as refused:
        guard.process_response(request, redirect(request, "https://other.example/landing/", 302))
    # The spider records it as a decision, not as a failure of the crawl.
    (item,) = run(crawler.spider.on_error(failure_of(request, refused.value)))
    assert item.kind == "blocked" and item.error.startswith("Filtered offsite request")


def test_a_queued_link_whose_pattern_ran_dry_meanwhile_is_parked_not_fetched(make_crawler):
    """Fetches on their way count as dry ones: with a novelty budget of N, N links of one URL shape
    go out and the next one waits, parked; a Read Also link of the same shape is not budgeted."""
    crawler = make_crawler()
    budget = crawler.settings.getint("ARCHIVE_NOVELTY_BUDGET")
    middleware = LinkPolicyMiddleware.from_crawler(crawler)

    def queued(n: int, role: str = lp.PAGES) -> Request:
        return Request(f"{SITE}/tag/topic-{n}/", meta={lp.ROLE_META: role, lp.SOURCE_META: SITE + "/", "hops": 1})

    assert [middleware.process_request(queued(n)) for n in range(budget)] == [None] * budget
    with pytest.raises(Parked, match="tag/S/ ran dry"):
        middleware.process_request(queued(budget))
    assert middleware.process_request(queued(budget + 1, lp.RELATED)) is None
    assert crawler.stats.get_value("archive/novelty_dropped") == 1


# -- the pipeline and the archive -----------------------------------------------------------------------


def archived(crawler, items) -> None:
    """The items through a whole run of the archive pipeline: opened, each processed, closed."""
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        for item in items:
            assert asyncio.run(pipeline.process_item(item)) is item
    finally:
        pipeline.spider_closed(crawler.spider, "finished")


def test_the_pipeline_writes_an_article_and_finishes_the_crawl(make_crawler, tmp_path):
    crawler = make_crawler(DEMO + "/")
    item, *_ = demo_article(crawler)
    archived(crawler, [item])
    db = tmp_path / "archive.db"
    (row,) = query(db, "select url, title, version from articles")
    assert row == {"url": item.page.url, "title": NAMED_ARTICLE["title"], "version": 1}
    assert query(db, "select url, status, outcome from fetches") == [{"url": item.page.url, "status": 200,
                                                                       "outcome": "new"}]
    (crawl,) = query(db, "select status, pages_fetched, articles_new, errors from crawls")
    assert crawl == {"status": "finished", "pages_fetched": 1, "articles_new": 1, "errors": 0}


def test_the_next_crawl_asks_for_an_archived_page_only_if_it_changed(make_crawler):
    first = make_crawler(DEMO + "/")
    item, *_ = demo_article(first, etag='"v1"')
    archived(first, [item])
    second = make_crawler(DEMO + "/")
    middleware = IncrementalMiddleware.from_crawler(second)
    known, unknown = Request(item.page.url), Request(DEMO + "/never-archived/")
    assert middleware.process_request(known) is None and middleware.process_request(unknown) is None
    assert known.headers.get(b"If-None-Match") == b'"v1"' and known.meta[ARTICLE_FLAG] is True
    assert b"If-None-Match" not in unknown.headers and ARTICLE_FLAG not in unknown.meta
    middleware.spider_closed(second.spider)
