"""What archive.compat and scraper.compat rely on in their libraries, checked on the installed
versions: each test fails when a release changes it (then check the wrapper, and the bound in
pyproject.toml)."""
from __future__ import annotations

import asyncio
import inspect
import sqlite3

import pytest
from bs4 import BeautifulSoup
from bs4.builder import LXMLTreeBuilder
from datasette.app import Datasette
from datasette.database import Database
from datasette.facets import ColumnFacet, Facet
from scrapy import Spider
from scrapy.core.engine import ExecutionEngine
from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.settings.default_settings import DOWNLOADER_MIDDLEWARES_BASE
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from archive.compat import HTMLBuilder, html_soup, rewrite_database_queries
from scraper.compat import RedirectHookMiddleware, engine_scheduler, set_idle_heartbeat
from scraper.middlewares import BackoffRetryMiddleware, RedirectGuardMiddleware, RobotsMiddleware

pytestmark = pytest.mark.fast     # real objects, in memory: the offline tier (make test-fast)


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


# -- archive.compat: BeautifulSoup's tree builder --------------------------------------------------


MARKUP = [
    "",
    "plain text",
    "<p>One <b>two</b> three</p><p>four",
    "<ul><li>a<li>b</ul><table><tr><td>1<td>2</table>",
    '<p class="x y" data-a="1" id=z>attrs &amp; entities &eacute; &#x2014;</p><!-- a comment -->',
    "<div><p>misnested <b>bold <i>both</b> italic</i></p></div><br><img src=a.png>",
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<use xlink:href="#a"/></svg><p>after</p>',
    '<p xml:lang="en">namespaced attribute</p>',
    "<html><head><title>t</title></head><body><h2>h</h2><pre>  kept\n  space</pre></body></html>",
]


@pytest.mark.parametrize("markup", MARKUP)
def test_the_fast_builder_builds_what_bs4s_lxml_builder_builds(markup):
    assert html_soup(markup).decode() == BeautifulSoup(markup, "lxml").decode()
    assert html_soup(markup).decode() == BeautifulSoup(markup, "lxml").decode()  # its parser reused


def test_bs4_still_has_the_builder_internals_the_fast_builder_uses():
    assert parameters(LXMLTreeBuilder.start) == ["self", "tag", "attrib", "nsmap"]
    assert parameters(LXMLTreeBuilder.end) == ["self", "tag"]
    assert parameters(LXMLTreeBuilder.data) == ["self", "data"]
    assert parameters(LXMLTreeBuilder.feed) == ["self", "markup"]
    assert parameters(LXMLTreeBuilder.parser_for) == ["self", "encoding"]
    assert parameters(BeautifulSoup.handle_starttag)[:6] == ["self", "name", "namespace", "nsprefix", "attrs",
                                                            "sourceline"]
    assert "namespaces" in parameters(BeautifulSoup.handle_starttag)
    assert parameters(BeautifulSoup.handle_endtag) == ["self", "name", "nsprefix"]
    builder = HTMLBuilder()
    assert isinstance(builder.nsmaps, list) and isinstance(builder.active_namespace_prefixes, list)
    assert callable(builder.attribute_dict_class)
    soup = BeautifulSoup("<p>x</p>", "lxml")
    assert isinstance(soup.current_data, list) and isinstance(soup.tagStack, list)
    assert soup.currentTag is soup.tagStack[-1] and soup.original_encoding is None
    assert callable(soup.endData) and callable(soup.popTag)


# -- archive.compat: Datasette's Database.execute -------------------------------------------------


def test_datasette_execute_has_the_signature_the_rewrite_passes_on():
    assert parameters(Database.execute) == ["self", "sql", "params", "truncate", "custom_time_limit", "page_size",
                                            "log_sql_errors"]


def test_every_query_of_a_database_goes_through_the_rewrite(tmp_path):
    path = tmp_path / "things.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table things (id integer primary key, name text)")
        conn.execute("insert into things (name) values ('one')")
    conn.close()
    seen = []

    def rewrite(sql):
        seen.append(sql)
        return sql.replace("'asked'", "'rewritten'")

    async def run():
        datasette = Datasette([str(path)])
        await datasette.invoke_startup()
        rewrite_database_queries(datasette.get_database("things"), rewrite)
        direct = await datasette.execute("things", "select 'asked' as answer")
        page = await datasette.client.get("/things/things.json?_shape=array")
        return direct.first()["answer"], page

    answer, page = asyncio.run(run())
    assert answer == "rewritten"
    assert page.status_code == 200 and page.json() == [{"id": 1, "name": "one"}]
    assert any(" from things" in sql for sql in seen)  # the table page's own queries


def test_datasette_facets_still_offer_what_the_archive_facets_use():
    """Not a wrapper: archive.web.plugin's facet classes subclass Facet and ColumnFacet and
    read these (register_facet_classes is an unstable hook)."""
    assert parameters(Facet.__init__) == ["self", "ds", "request", "database", "sql", "table", "params",
                                          "metadata", "row_count"]
    facet = Facet("ds", "request", "db", sql="select 1", table="articles", params={"a": 1}, row_count=5)
    assert (facet.ds, facet.request, facet.database, facet.sql, facet.table, facet.params, facet.row_count) == (
        "ds", "request", "db", "select 1", "articles", {"a": 1}, 5)
    for method in ("get_configs", "get_facet_size", "get_querystring_pairs"):
        assert callable(getattr(Facet, method))
    assert inspect.iscoroutinefunction(ColumnFacet.facet_results)


# -- scraper.compat: Scrapy's redirect middleware --------------------------------------------------


class Recording(RedirectHookMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.checked = []

    def check_redirect(self, redirected, request, reason):
        self.checked.append((redirected.url, request.url, reason))
        if "refuse" in redirected.url:
            raise IgnoreRequest("refused here")


def redirect(url: str, location: str, status: int = 301) -> Response:
    return Response(url, status=status, headers={"Location": location})


def test_scrapys_redirect_middleware_still_calls_redirect_with_the_built_request():
    assert parameters(BaseRedirectMiddleware._redirect) == ["self", "redirected", "request", "reason"]
    crawler = get_crawler(Spider, settings_dict={"REDIRECT_MAX_TIMES": 3})
    middleware = build_from_crawler(Recording, crawler)
    request = Request("http://a.example/one")
    followed = middleware.process_response(request, redirect(request.url, "/two"))
    assert isinstance(followed, Request) and followed.url == "http://a.example/two"
    assert followed.meta["redirect_times"] == 1 and followed.meta["redirect_urls"] == [request.url]
    assert middleware.checked == [("http://a.example/two", request.url, 301)]
    with pytest.raises(IgnoreRequest, match="refused here"):
        middleware.process_response(request, redirect(request.url, "/refuse", 302))
    assert len(middleware.checked) == 2
    # the hook sees a redirect before Scrapy's own limit refuses it
    last = Request("http://a.example/three", meta={"redirect_times": 3})
    with pytest.raises(IgnoreRequest, match="max redirections reached"):
        middleware.process_response(last, redirect(last.url, "/four"))
    assert middleware.checked[-1][0] == "http://a.example/four"
    assert middleware.max_redirect_times == 3  # RedirectGuardMiddleware's default limit


def test_the_redirect_guard_refuses_loops_and_long_chains_in_its_own_words():
    crawler = get_crawler(Spider, settings_dict={"REDIRECT_MAX_TIMES": 3})
    middleware = build_from_crawler(RedirectGuardMiddleware, crawler)
    request = Request("http://a.example/b", meta={"redirect_urls": ["http://a.example/a"], "redirect_times": 1})
    with pytest.raises(IgnoreRequest, match="^redirect loop: "):
        middleware.process_response(request, redirect(request.url, "/a"))
    long = Request("http://a.example/z", meta={"redirect_times": 3})
    with pytest.raises(IgnoreRequest, match="^more than 3 redirects$"):
        middleware.process_response(long, redirect(long.url, "/y"))


# -- scraper.compat: Scrapy's robots.txt middleware ------------------------------------------------


def test_scrapys_robots_middleware_still_offers_what_ours_builds_on():
    """RobotsMiddleware builds on RobotsTxtMiddleware's __init__ (settings, NotConfigured) and its
    undocumented process_request_2 (the user agent, the check, the refusal)."""
    assert parameters(RobotsTxtMiddleware.process_request_2) == ["self", "rp", "request"]
    assert isinstance(RobotsTxtMiddleware.DOWNLOAD_PRIORITY, int)
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "ARCHIVE_ROBOTS_ATTEMPTS": 2})
    middleware = RobotsMiddleware(crawler)
    parser = build_from_crawler(middleware.parser_class, crawler, b"User-agent: *\nDisallow: /private/\n")
    assert middleware.check_allowed(parser, Request("http://a.example/articles/1/")) is None
    with pytest.raises(IgnoreRequest, match="^Forbidden by robots.txt$"):
        middleware.check_allowed(parser, Request("http://a.example/private/1/"))
    assert crawler.stats.get_value("robotstxt/forbidden") == 1
    with pytest.raises(NotConfigured):
        RobotsMiddleware(get_crawler(settings_dict={"ROBOTSTXT_OBEY": False}))
    assert DOWNLOADER_MIDDLEWARES_BASE[f"{RobotsTxtMiddleware.__module__}.RobotsTxtMiddleware"] == 100


# -- scraper.compat: the engine ---------------------------------------------------------------------


def test_the_engine_scheduler_is_reached_publicly_or_through_its_slot():
    engine = ExecutionEngine(get_crawler(Spider), lambda spider: None)
    public = isinstance(inspect.getattr_static(ExecutionEngine, "scheduler", None), property)
    assert public or engine._slot is None  # Scrapy before 2.19: the fallback's private slot
    assert engine_scheduler(engine) is None  # not started


def test_the_engine_still_reads_its_idle_heartbeat_through_the_instance():
    assert isinstance(ExecutionEngine._SLOT_HEARTBEAT_INTERVAL, float)
    assert "self._SLOT_HEARTBEAT_INTERVAL" in inspect.getsource(ExecutionEngine)
    engine = ExecutionEngine(get_crawler(Spider), lambda spider: None)
    set_idle_heartbeat(engine, 0.5)
    assert engine._SLOT_HEARTBEAT_INTERVAL == 0.5 and ExecutionEngine._SLOT_HEARTBEAT_INTERVAL == 5.0


# -- no longer private: retries through the middleware's public methods ----------------------------


def test_retries_get_their_backoff_through_scrapys_public_retry_methods():
    crawler = get_crawler(Spider, settings_dict={"RETRY_TIMES": 2, "RETRY_BACKOFF_BASE": 1.0,
                                                 "RETRY_BACKOFF_MAX": 1.5})
    crawler.spider = Spider.from_crawler(crawler, name="compat")
    middleware = build_from_crawler(BackoffRetryMiddleware, crawler)
    request = Request("http://a.example/")
    response = Response(request.url, status=503)
    first = middleware.process_response(request, response)
    assert isinstance(first, Request) and first.meta["retry_times"] == 1 and first.meta["retry_backoff"] == 1.0
    second = middleware.process_exception(first, TimeoutError())
    assert second.meta["retry_times"] == 2 and second.meta["retry_backoff"] == 1.5  # 2 s, capped
    assert middleware.process_response(second, response) is response  # retries exhausted
    assert middleware.process_exception(request, ValueError()) is None  # not a retried exception
    assert middleware.process_response(request, Response(request.url, status=200)).status == 200
