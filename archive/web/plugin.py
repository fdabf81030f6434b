"""Datasette 0.65 plugin: every hook the archive uses, plus the article and archive-home pages."""
from __future__ import annotations

import asyncio
import base64
import functools
import gzip
import hashlib
import json
import re
import sqlite3
import weakref
from urllib.parse import quote_plus
from datetime import datetime, timedelta
from pathlib import Path
from typing import Optional

import datasette
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import NotFound, Response, asgi_static
from datasette.version import __version__ as datasette_version
from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, TemplateNotFound
from markupsafe import Markup, escape

from archive.db import queries
from archive.web.metadata import QUERIES, build_metadata
from archive.compat import rewrite_database_queries
from archive.web.article_page import (LIST_TABLES, MAX_DIFFS, MAX_LISTED, article_path, as_article_id, compare_context,
                                  json_list, page_context, version_context, version_fields)
from archive.db.readonly import make_read_only
from archive.workers import CallTimedOut, WorkerDied, Workers
from archive.db.schema import JSON_COLUMNS as LIST_COLUMNS

PLUGIN = "health-archive"
HERE = Path(__file__).parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
HOME_PATH = "/-/archive"
#: A database is an archive when it has these tables; only archives get our metadata and pages.
ARCHIVE_TABLES = {"articles", "article_versions", "related_links"}
#: Tables the m004 migration adds (archive.db.schema.refresh_browse_tables), kept by triggers.
BROWSE_TABLES = {"site_stats", "article_tags", "article_authors", "facet_counts"}
#: Bytes of an archive each connection maps into memory for reading (SQLite's own cap: 2 GB).
MMAP_SIZE = 1 << 31
#: Upper bound of SQLite's page cache per archive connection, in KiB: it only grows as pages are
#: read, so a small archive never uses it all (Datasette keeps a few connections per database).
CACHE_KB = 256 * 1024
EXCERPT_CHARS = 160
#: Processes that build article pages (archive.web.article_page: sanitizing, diffs), started by a fork
#: server (archive.workers). A thread was not enough: a page thread holding the GIL made every
#: I/O call of the event loop wait up to the 5 ms switch interval for it, and a small request,
#: made of dozens of such calls, waited 300-500 ms while a 0.5 s page was built.
PAGE_PROCESSES = 2
#: Seconds one page may take to build; past it the page answers 503 and its process is replaced.
PAGE_TIMEOUT = 60.0
RECENT_CHANGES_ON_HOME = 20
#: Links of an article the reading page checks for archived targets.
MAX_LINKS = 2000
#: Datasette's templates: their inline scripts are the only ones pages may run (allowed by hash).
DATASETTE_TEMPLATES = Path(datasette.__file__).parent / "templates"

#: (table, column) -> the column holding the id of the article that title names; table None
#: covers canned and arbitrary queries, which follow the naming convention of archive.db.queries.
TITLE_LINKS = {
    ("articles", "title"): "id",
    ("articles_full", "title"): "id",
    ("article_versions", "title"): "article_id",
    ("recent_changes", "title"): "article_id",
    ("related_links", "title"): "target_id",
    ("article_graph", "source_title"): "source_id",
    ("article_graph", "target_title"): "target_id",
    (None, "title"): "article_id",
    (None, "source_title"): "source_id",
    (None, "target_title"): "target_id",
}

#: Archive database names per running Datasette, found once at startup (hooks get no db list).
_archives: "weakref.WeakKeyDictionary[object, tuple[str, ...]]" = weakref.WeakKeyDictionary()


def archive_names(datasette) -> tuple[str, ...]:
    return _archives.get(datasette, ())


# -- hooks ---------------------------------------------------------------------------------


@hookimpl
def startup(datasette):
    """Find which attached databases are archives, so metadata and pages apply to those only."""

    async def find_archives():
        names = []
        for name, db in datasette.databases.items():
            tables = set(await db.table_names()) if name != "_internal" else set()
            if ARCHIVE_TABLES <= tables:
                names.append(name)
                rewrite_queries(db, browse_tables=BROWSE_TABLES <= tables)
        _archives[datasette] = tuple(names)

    return find_archives


@hookimpl
def get_metadata(datasette, key, database, table):
    """Serve our metadata to plain ``datasette archive.db``; a ``--metadata`` file still wins."""
    return build_metadata(archive_names(datasette), datasette.urls.path(HOME_PATH))


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    """Replace Datasette's escape_fts (it returns '' for a lone quote, so searching never errors)
    and make every connection to an archive refuse writes (see archive.db.readonly)."""
    queries.register_functions(conn)
    if database != "_internal" and is_archive(conn):
        make_read_only(conn)
        # Reading pages through a memory map instead of read() calls makes the scans behind facets
        # and search 2-3x faster on a large archive (measured while rows carried their bodies,
        # before m008; kept since). SQLite caps this at its compile-time maximum.
        conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
        # Past the mapped 2 GB, pages are read into SQLite's own cache (2 MB by default): big
        # enough to keep the browse indexes and full-text pages one page load reads several times.
        conn.execute(f"PRAGMA cache_size = {-CACHE_KB}")


def is_archive(conn) -> bool:
    """Whether a connection's main database has the archive's tables (startup may not have run yet)."""
    marks = ", ".join("?" for _ in ARCHIVE_TABLES)
    sql = f"select count(*) from sqlite_master where type = 'table' and name in ({marks})"
    return conn.execute(sql, sorted(ARCHIVE_TABLES)).fetchone()[0] == len(ARCHIVE_TABLES)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    """Add our templates after Datasette's own (a plugin module, unlike a package, gets none by
    default), and the date filters they use."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES_DIR)), _ArticlesTableLoader()])
    env.filters["archive_date"] = human_date
    env.filters["archive_datetime"] = functools.partial(human_date, with_time=True)


#: The template Datasette looks for first for the rows of table ``articles`` in any database.
_ARTICLES_TABLE = re.compile(r"^_table-(?!table-).+-articles\.html$")


class _ArticlesTableLoader(BaseLoader):
    """The articles table's rows as a short list (_archive_articles_table.html), whatever the
    database is called: Datasette asks for ``_table-<database>-articles.html`` first."""

    def get_source(self, environment, template):
        if not _ARTICLES_TABLE.match(template):
            raise TemplateNotFound(template)
        path = TEMPLATES_DIR / "_archive_articles_table.html"
        return path.read_text(encoding="utf-8"), str(path), lambda: True

    def list_templates(self):
        return []       # Datasette lists templates at startup; these names are made on demand


@hookimpl
def register_routes(datasette):
    """The archive home, the article page beside the row page, and our static files."""
    return [
        (r"^/-/archive$", archive_home),
        (r"^/-/changes\.atom$", changes_atom),
        (r"^/-/graph$", read_also_graph),
        (r"^/-/charts\.json$", charts_json),
        (r"^/-/charts$", charts_page),
        (r"^/(?P<database>[^/]+)/articles/(?P<id>\d+)/read$", article_page),
        (r"^/-/requisite/(?P<database>[^/]+)/(?P<sha256>[0-9a-f]{64})$", requisite),
        (rf"^/-/static-plugins/{PLUGIN}/(?P<path>.*)$", asgi_static(STATIC_DIR)),
    ]


@hookimpl
def asgi_wrapper(datasette):
    """Every response of a server with an archive carries content_security_policy()."""
    policy = (b"content-security-policy", content_security_policy().encode())
    strict = REQUISITE_POLICY.encode()

    def wrap(app):
        async def with_policy(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)

            async def send_with_policy(message):
                # Checked as the response starts: the first request runs the startup hook. An
                # archived image keeps its own, stricter, policy (REQUISITE_POLICY).
                if message["type"] == "http.response.start" and archive_names(datasette) \
                        and not any(n.lower() == policy[0] and v == strict for n, v in message.get("headers", [])):
                    headers = [h for h in message.get("headers", []) if h[0].lower() != policy[0]]
                    message = {**message, "headers": [*headers, policy]}
                await send(message)

            return await app(scope, receive, send_with_policy)

        return with_policy

    return wrap


@hookimpl
def register_facet_classes():
    """``{"month": column}`` facets (the built-in date facet would list every day),
    ``{"list": column}`` facets (the built-in array facet is too slow on a large archive) and
    ``{"capped": column}``, the built-in column facet with the archive's cap on matches."""
    return [MonthFacet, ListFacet, CappedColumnFacet]


@hookimpl
def extra_css_urls(database, datasette):
    """Excerpt and highlight styles on archive pages (the archive home links the file itself)."""
    if database in archive_names(datasette):
        return [datasette.urls.static_plugins(PLUGIN, "archive.css")]


@hookimpl
def extra_js_urls(database, datasette):
    """Archive pages fold a table's column glossary under a "What the columns mean" summary."""
    if database in archive_names(datasette):
        return [{"url": datasette.urls.static_plugins(PLUGIN, "tables.js"), "module": True}]  # runs once parsed


@hookimpl
def menu_links(datasette, actor, request):
    """Reach the archive home from every page."""
    if archive_names(datasette):
        return [{"href": datasette.urls.path(HOME_PATH), "label": "Archive home"}]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Keep tables scannable: excerpts instead of whole bodies, titles linking to the article page."""
    if database not in archive_names(datasette) or value is None:
        return None
    if column == "body_text":
        return _excerpt_cell(value)
    if column == "body_html":
        article_id = as_article_id(_cell(row, "id" if table in ("articles", "articles_full") else "article_id"))
        return _read_link(datasette, database, article_id) if article_id is not None else _excerpt_cell(value)
    if column == "body_html_gz" and table == "articles_full":    # the gzipped HTML: read it on its page
        article_id = as_article_id(_cell(row, "id"))
        return _read_link(datasette, database, article_id) if article_id is not None else None
    if column == "snippet" and table is None:
        return highlighted_snippet(value)
    if column in LIST_COLUMNS and table in ("articles", "articles_full", "article_versions", None):
        return _list_cell(value)
    id_column = TITLE_LINKS.get((table, column))
    if id_column:
        return _title_link(datasette, database, as_article_id(_cell(row, id_column)), value)
    if column in DATE_COLUMNS and isinstance(value, str) and _ISO_DATE.match(value):
        return _date_cell(value)
    return None


#: Columns holding ISO 8601 dates or timestamps, shown as people write dates ("3 Feb 2024, 07:30
#: UTC"); the ISO value stays in the cell's ``datetime`` and tooltip, and in every .json and .csv.
DATE_COLUMNS = frozenset({
    "published", "modified", "reviewed_on", "first_seen", "last_seen", "last_changed", "gone_since",
    "fetched_at", "changed_at", "started", "finished", "sent_at", "sealed", "requested_at", "updated", "at",
})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$")


def _date_cell(value: str) -> Markup:
    shown = human_date(value, with_time=True) if len(value) > 7 else value
    return Markup('<time datetime="{}" title="{}">{}</time>').format(value, value, shown)


# -- query rewriting -----------------------------------------------------------------------

#: Datasette's ``?tags__arraycontains=`` filter reads every row's JSON; the same question asked of
#: the article_tags / article_authors tables (one row per item, indexed) is an index lookup.
_ARRAYCONTAINS = re.compile(
    r""":(?P<param>\w+) in \(select value from json_each\((?:"articles"|\[articles\]|articles)\."""
    r"""(?:"(?P<q>tags|authors)"|\[(?P<b>tags|authors)\]|(?P<p>tags|authors))\)\)""")
_ITEM_TABLES = {"tags": ("article_tags", "tag"), "authors": ("article_authors", "author")}


def rewrite_sql(sql: str, browse_tables: bool = True) -> str:
    """Datasette's SQL for the articles table, with ``:p in (select value from
    json_each(articles.tags))`` (a chosen tag or author, a JSON scan of every article) turned into
    a lookup in article_tags / article_authors.

    The only rewrite left: measured at 50,000 articles (docs/benchmarks.md, 2026-12-06) the page
    of a chosen tag takes ~1 s without it and ~0.15 s with it. Since the bodies left the article
    rows (migration m008) the other rewrites (choosing a page's ids first, ``indexed by`` a
    covering index) made no difference and are gone. ``browse_tables``: the archive has the
    m004 tables; without them nothing is rewritten.
    """
    if not browse_tables:
        return sql

    def lookup(match):
        table, column = _ITEM_TABLES[match["q"] or match["b"] or match["p"]]
        return f'"articles"."id" in (select article_id from {table} where {column} = :{match["param"]})'

    return _ARRAYCONTAINS.sub(lookup, sql)


def rewrite_queries(db, browse_tables: bool) -> None:
    """Make every query Datasette runs on archive ``db`` go through :func:`rewrite_sql`."""
    rewrite_database_queries(db, functools.partial(rewrite_sql, browse_tables=browse_tables))


# -- render_cell helpers -------------------------------------------------------------------


def _cell(row, column) -> Optional[object]:
    """A row's raw value, or None when the row lacks the column (``_col=``/``_nocol=`` hide some)."""
    if column not in row.keys():
        return None
    value = row[column]
    return value["value"] if isinstance(value, dict) else value  # expanded foreign key


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` on one line, cut at a word boundary."""
    text = str(text)
    head = text[: limit * 4]  # enough for any whitespace; a whole body would cost ~0.1 ms a cell
    flat = " ".join(head.split()) + (" …" if len(head) < len(text) else "")
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def highlighted_snippet(value: str) -> Markup:
    """Escape an FTS snippet, then restore only the ``<mark>`` tags SEARCH_SQL put around matches."""
    escaped = str(escape(value))
    return Markup(escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))


def article_url(datasette, database: str, article_id: int) -> str:
    return article_path(datasette.urls.table(database, "articles"), article_id)


def _list_cell(value) -> str:
    """A JSON array of names or tags as ``a, b``; of headings (objects) as their texts."""
    items = json_list(value)
    if items and all(isinstance(item, dict) for item in items):
        return excerpt(" · ".join(str(item.get("text", "")) for item in items))
    return ", ".join(map(str, items))


def _excerpt_cell(value) -> Markup:
    return Markup('<span class="archive-excerpt">{}</span>').format(excerpt(value))


def _read_link(datasette, database, article_id) -> Markup:
    return Markup('<a class="archive-read" href="{}">read article →</a>').format(
        article_url(datasette, database, article_id)
    )


def _title_link(datasette, database, article_id: Optional[int], title) -> Optional[Markup]:
    """A title linking to its article; None (Datasette's own rendering) when the row names no
    article, as arbitrary SQL may (a text id, a float)."""
    if article_id is None or isinstance(title, dict):
        return None
    return Markup('<a href="{}">{}</a>').format(article_url(datasette, database, article_id), title or "(untitled)")


# -- facets --------------------------------------------------------------------------------


#: The articles facets are not counted over more matching articles than this: a search for a
#: word found in half a million articles would spend seconds in each facet (every matching row
#: read again per facet), and Datasette would list them as timed out anyway, a second later.
FACET_MATCH_LIMIT = 100_000


def too_many_matches(facet: Facet) -> bool:
    """A filtered articles page with more matches than FACET_MATCH_LIMIT (the unfiltered table's
    facets come from facet_counts and indexes, and stay)."""
    return (facet.table == "articles" and facet.row_count is not None and facet.row_count > FACET_MATCH_LIMIT
            and not _WHOLE_TABLE.match(facet.sql.strip()) and facet.database in archive_names(facet.ds))


def configured_columns(facet: Facet) -> list[str]:
    return [c["config"].get("column") or c["config"]["simple"] for c in facet.get_configs()]


class CappedColumnFacet(ColumnFacet):
    """Datasette's column facet (``{"capped": "site"}``), not counted past FACET_MATCH_LIMIT."""

    type = "capped"

    async def suggest(self):
        return []

    async def facet_results(self):
        if too_many_matches(self):
            return [], configured_columns(self)
        return await super().facet_results()


#: The SQL a facet counts over when the articles table is not filtered at all.
_WHOLE_TABLE = re.compile(r"^select [\w\[\]\", ]+ from articles$")
#: Facets whose whole-table counts triggers keep in facet_counts (archive.db.schema.m004_browse_tables).
COUNTED_FACETS = {("list", "tags"), ("list", "authors"), ("month", "published")}


async def whole_table_counts(facet: Facet, column: str, order: str, size: int):
    """The facet's counts over the whole articles table from facet_counts (a few hundred rows
    instead of a pass over every article), or None when filtered or not an archive with them."""
    if ((facet.type, column) not in COUNTED_FACETS or facet.table != "articles" or facet.params
            or not _WHOLE_TABLE.match(facet.sql.strip()) or facet.database not in archive_names(facet.ds)):
        return None
    if not await facet.ds.get_database(facet.database).table_exists("facet_counts"):
        return None
    return await facet.ds.execute(
        facet.database,
        f"select value, count from facet_counts where facet = :facet and count > 0 order by {order} limit {size + 1}",
        {"facet": column},
        custom_time_limit=facet.ds.setting("facet_time_limit_ms"),
    )


class GroupedFacet(Facet):
    """A facet counting rows per value of an expression over the page's rows, choosing a value
    adding ``<column><filter_suffix>=<value>``: over the whole articles table the counts come from
    facet_counts, and on pages matching too many articles they are not counted at all."""

    filter_suffix = ""  # the Datasette filter a chosen value adds, e.g. "__arraycontains"
    order = ""          # how values are listed, in SQL over (value, count)

    async def suggest(self):
        return []

    def count_sql(self, col: str, limit: int) -> str:
        """SQL over ``self.sql`` giving (value, count) rows of column ``col`` (its name escaped for
        SQL), at most ``limit``."""
        raise NotImplementedError

    async def facet_results(self):
        if too_many_matches(self):
            return [], configured_columns(self)
        results, timed_out = [], []
        for config in self.get_configs():
            column = config["config"].get("column") or config["config"]["simple"]
            try:
                results.append(await self._counts(column, config["source"]))
            except QueryInterrupted:
                timed_out.append(column)
        return results, timed_out

    async def _counts(self, column: str, source: str) -> dict:
        size = self.get_facet_size()
        rows = await whole_table_counts(self, column, self.order, size)
        if rows is None:
            rows = await self.ds.execute(self.database, self.count_sql(escape_sqlite(column), size + 1), self.params,
                                         truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        return {
            "name": column,
            "type": self.type,
            "hideable": source != "metadata",
            "toggle_url": path_with_removed_args(self.request, {f"_facet_{self.type}": column}),
            "results": [self._value_result(column, row["value"], row["count"]) for row in rows.rows[:size]],
            "truncated": len(rows.rows) > size,
        }

    def _value_result(self, column: str, value, count: int) -> dict:
        arg, value = f"{column}{self.filter_suffix}", str(value)
        selected = (arg, value) in self.get_querystring_pairs()
        change = path_with_removed_args if selected else path_with_added_args
        return {
            "value": value,
            "label": value,
            "count": count,
            "toggle_url": self.ds.absolute_url(self.request, change(self.request, {arg: value})),
            "selected": selected,
        }


class ListFacet(GroupedFacet):
    """Counts per item of a JSON-array column, like Datasette's array facet but fast at scale.

    Configure as ``{"list": "tags"}``; choosing an item filters ``tags__arraycontains``. The
    built-in array facet deduplicates ``select distinct j.value, inner.*`` (every column of every
    row), which times out on tens of thousands of articles; this one reads only the array
    column, and over the whole table reads the
    counts the archive keeps in facet_counts. It counts items, not distinct rows: an item listed
    twice in one array counts twice (the extractor dedupes authors and tags), which halves the
    time. JSON nulls, objects and arrays inside the array are not counted.
    """

    type = "list"
    filter_suffix = "__arraycontains"
    order = "count desc, value"

    def count_sql(self, col: str, limit: int) -> str:
        return (f"select j.value as value, count(*) as count "
                f"from ({self.sql}) as inner_rows, "
                f"json_each(case when json_valid(inner_rows.{col}) then inner_rows.{col} else '[]' end) as j "
                f"where j.type not in ('object', 'array', 'null') "
                f"group by j.value order by count desc, j.value limit {limit}")


class MonthFacet(GroupedFacet):
    """Counts per calendar month of an ISO 8601 column (the date facet would count days).

    Configure as ``{"month": "published"}``; choosing a month filters ``published__startswith``.
    """

    type = "month"
    filter_suffix = "__startswith"
    order = "value desc"

    def count_sql(self, col: str, limit: int) -> str:
        return (f"select substr({col}, 1, 7) as value, count(*) as count from ({self.sql}) "
                f"where {col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
                f"group by value order by value desc limit {limit}")


# -- pages ---------------------------------------------------------------------------------


def read_only_page(page):
    """Answer 405 to anything but GET/HEAD: our pages only ever read."""

    async def route(request, datasette):
        if request.method not in ("GET", "HEAD"):
            return Response.text("Method not allowed: the archive is read-only", status=405,
                                 headers={"Allow": "GET, HEAD"})
        return await page(request, datasette)

    route.__name__, route.__doc__ = page.__name__, page.__doc__
    return route


@read_only_page
async def archive_home(request, datasette):
    """Per archive: sites with article counts, the last crawl, recent changes and the saved queries."""
    sections = []
    for name in archive_names(datasette):
        visible, _ = await datasette.check_visibility(request.actor, permissions=_read_permissions(name))
        if visible:
            sections.append(await _home_section(datasette, name))
    return await _render(datasette, request, "archive_home.html", {"archives": sections})


FEED_ENTRIES = 50


async def _requested_archive(request, datasette) -> Optional[str]:
    """The archive a ``/-/`` page is about: ``?db=``, else the first one; None if none or not visible."""
    names = [n for n in archive_names(datasette) if n == request.args.get("db", n)]
    if not names:
        return None
    visible, _ = await datasette.check_visibility(request.actor, permissions=_read_permissions(names[0]))
    return names[0] if visible else None


async def charts_json(request, datasette):
    """The Chart.js configurations of archive.web.charts for ``?db=`` (default the first archive) and
    ``?site=`` (default all); the home page and /-/charts fetch them after they are shown."""
    from datetime import date

    from archive.web import charts

    name = await _requested_archive(request, datasette)
    if name is None:
        return Response.json({"error": "no archive on this server (or none you may read)"}, status=404)
    db = datasette.get_database(name)
    site = request.args.get("site", "").strip()
    try:
        latest = (await db.execute(queries.CHART_LATEST_SQL, {"site": site})).first()[0]
        params = {"site": site, "since": charts.since(latest, date.today()), "limit": charts.TOP_ROWS}
        return Response.json({
            "articles_per_month": charts.articles_per_month(
                await _dicts(db, queries.CHART_ARTICLES_PER_MONTH_SQL, params)),
            "changes_per_month": charts.changes_per_month(await _dicts(db, queries.CHART_CHANGES_PER_MONTH_SQL, params)),
            "citation_rate": charts.citation_rate(await _dicts(db, queries.CHART_CITATION_RATE_SQL, params)),
            "top_authors": charts.top_authors(await _dicts(db, queries.CHART_TOP_AUTHORS_SQL, params)),
        })
    except QueryInterrupted:
        return Response.json({"error": "the charts took too long to count"}, status=503)


def _charts_context(datasette, name: str, site: str) -> dict:
    from archive.web.charts import TITLES

    args = f"?db={quote_plus(name)}" + (f"&site={quote_plus(site)}" if site else "")
    return {"charts_src": datasette.urls.path("/-/charts.json") + args, "chart_titles": list(TITLES.items())}


async def charts_page(request, datasette):
    """The charts of one site (``?site=``) or of the whole archive."""
    name = await _requested_archive(request, datasette)
    if name is None:
        raise NotFound("No archive on this server (or none you may read)")
    site = request.args.get("site", "").strip()
    return await _render(datasette, request, "archive_charts.html",
                         {"database": name, "site": site, **_charts_context(datasette, name, site)})


async def read_also_graph(request, datasette):
    """The Read Also network (archive.web.graph): around ``?article=ID``, or the most recommended
    articles of ``?site=`` or of the whole archive."""
    from archive.web.graph import AROUND_DEPTH, MAX_NODES, elements

    name = await _requested_archive(request, datasette)
    if name is None:
        raise NotFound("No archive on this server (or none you may read)")
    db = datasette.get_database(name)
    site = request.args.get("site", "").strip()
    centre = as_article_id(request.args.get("article", "")) if request.args.get("article") else None
    if request.args.get("article") and centre is None:
        raise NotFound(f"No article {request.args['article'][:40]} in {name}")
    if centre is not None:
        ids = [r[0] for r in await db.execute(
            queries.GRAPH_AROUND_SQL, {"id": centre, "depth": AROUND_DEPTH, "nodes": MAX_NODES + 1})]
    else:
        ids = [r[0] for r in await db.execute(queries.GRAPH_TOP_SQL, {"site": site, "nodes": MAX_NODES + 1})]
    capped = len(ids) > MAX_NODES
    id_json = json.dumps(ids[:MAX_NODES])
    nodes = await _dicts(db, queries.GRAPH_NODES_SQL, {"ids": id_json})
    if centre is not None and not any(n["id"] == centre for n in nodes):
        raise NotFound(f"No article {centre} in {name}")
    edges = await _dicts(db, queries.GRAPH_EDGES_SQL, {"ids": id_json})
    graph = elements(nodes, edges, lambda aid: article_url(datasette, name, aid), centre)
    if centre is not None and len(graph["elements"]) == 1:
        graph = {"elements": [], "sites": []}       # an article alone: no network to draw
    title = next((n["title"] for n in nodes if n["id"] == centre), None) if centre is not None else None
    return await _render(datasette, request, "archive_graph.html", {
        "graph": graph, "site": site, "nodes": len(nodes), "capped": capped, "depth": AROUND_DEPTH,
        "centre_title": title or (f"article {centre}" if centre is not None else None),
        "centre_href": article_url(datasette, name, centre) if centre is not None else None,
        "db_arg": f"db={name}&" if request.args.get("db") else ""})


async def changes_atom(request, datasette):
    """The Atom feed of changes (archive.web.feed) of the first archive, or ``?db=``; ``?site=`` and
    ``?q=`` narrow it. A feed reader gets XML or one plain line, never an error page."""
    from archive.web.feed import changes_feed, feed_title
    from archive.web.watch import version_bodies

    name = await _requested_archive(request, datasette)
    if name is None:
        return Response.text("no archive on this server (or none you may read)\n", status=404)
    db = datasette.get_database(name)
    site, q = request.args.get("site", "").strip(), request.args.get("q", "").strip()
    try:
        rows = [dict(r) for r in await db.execute(
            queries.CHANGES_FEED_SQL, {"site": site, "q": q, "limit": FEED_ENTRIES})]
        bodies = {}
        for row in rows:
            if row["kind"] == "changed":
                bodies[row["key"]] = await db.execute_fn(
                    lambda conn, row=row: version_bodies(conn, row["article_id"], row["version"]))
    except (QueryInterrupted, sqlite3.Error) as exc:
        return Response.text(f"the feed could not be read: {exc}\n", status=400)
    base = datasette.absolute_url(request, "/").rstrip("/")
    from archive.web.diffs import changed_passages

    xml = changes_feed(
        rows, feed_url=datasette.absolute_url(request, request.full_path), home_url=base + datasette.urls.path(HOME_PATH),
        title=feed_title(site, q), read_url=lambda aid: base + article_url(datasette, name, aid),
        passages=lambda row: changed_passages(*bodies[row["key"]]))
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


async def _home_section(datasette, name: str) -> dict:
    db = datasette.get_database(name)
    recent_sql = f"{queries.RECENT_CHANGES_SQL} {queries.RECENT_CHANGES_ORDER} limit {RECENT_CHANGES_ON_HOME}"
    last_crawl = (await db.execute(queries.LAST_CRAWL_SQL)).first()
    return {
        **_charts_context(datasette, name, ""),
        "database": name,
        "database_url": datasette.urls.database(name),
        "sites": [dict(r) for r in await db.execute(queries.HOME_SITES_SQL)],
        "totals": dict((await db.execute(queries.TOTALS_SQL)).first()),
        "last_crawl": dict(last_crawl) if last_crawl else None,
        "recent": [
            {**dict(r), "href": article_url(datasette, name, r["article_id"])}
            for r in await db.execute(recent_sql)
        ],
        "queries": [
            {"title": q["title"], "description": q["description"], "href": datasette.urls.query(name, key)}
            for key, q in QUERIES.items()
        ],
    }


@read_only_page
async def article_page(request, datasette):
    """The archived article as a reader saw it: body, byline, Read Also, citations, versions and diffs.
    ``?version=N``: version N in full, as archived then; ``?compare=A..B`` (or ``?from=A&to=B``):
    what changed from version A to B, in the body and in every list.

    The rows are read in Datasette's SQL threads and the page is built in a page process.
    """
    db = _archive_db(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(request.actor, _read_permissions(db.name))
    article_id = _article_id(request.url_vars["id"], db.name)
    wanted = _wanted_versions(request.args, db.name, article_id)
    urls = _page_urls(datasette, db.name, article_id)
    if wanted is None:
        template, build, rows = "archive_article.html", page_context, await _article_rows(db, article_id)
    elif len(wanted) == 1:
        template, build, rows = "archive_article.html", version_context, await _version_rows(db, article_id, *wanted)
    else:
        template, build, rows = "archive_compare.html", compare_context, await _compare_rows(db, article_id, *wanted)
    try:
        if build is version_context:    # the snapshot is read in a page process too, then its Read Also looked up
            rows["fields"] = await asyncio.wrap_future(
                _page_workers().submit(version_fields, {name: rows["version"][name] for name in ("fields_gz", "authors")},
                                       MAX_LISTED + 1))
            rows["targets"] = await _dicts(db, queries.ARTICLE_URL_TARGETS_SQL, {
                "urls": json.dumps([link["url"] for link in rows["fields"]["related"] or []])})
        context = await asyncio.wrap_future(_page_workers().submit(build, rows, urls))
    except (CallTimedOut, WorkerDied) as exc:
        reason = f"took longer than {PAGE_TIMEOUT:g} s" if isinstance(exc, CallTimedOut) else "failed"
        return Response.text(f"Building the page of article {article_id} {reason}; its data is in the "
                             f"articles table.", status=503)
    return await _render(datasette, request, template, {"database": db.name, "table": "articles", **context})


def _wanted_versions(args, database: str, article_id: int) -> Optional[tuple[int, ...]]:
    """The version numbers a reading page URL asks for: none (the article as it is now), one
    (``?version=N``) or two (``?compare=A..B``, or ``?from=A&to=B`` from the page's form); a
    value that is no version number is a 404."""
    if "compare" in args:
        value = args.get("compare", "")
        parts = value.split("..") if ".." in value else [value, ""]
    elif "from" in args or "to" in args:
        parts = [args.get("from", ""), args.get("to", "")]
        value = "..".join(parts)
    elif "version" in args:
        value = args.get("version", "")
        parts = [value]
    else:
        return None
    numbers = tuple(as_article_id(part.strip()) for part in parts)
    if len(numbers) > 2 or None in numbers:
        raise NotFound(f"No version {value[:40]} of article {article_id} in {database}")
    return numbers


async def _version(db, article_id: int, number: int) -> dict:
    try:
        row = (await db.execute(queries.ARTICLE_VERSION_SQL, {"id": article_id, "version": number})).first()
    except sqlite3.OperationalError as exc:     # served without its migrations applied (no version_fields)
        raise NotFound(f"Versions of {db.name} cannot be read until it is upgraded (any health-archive "
                       f"command opening it does so): {exc}")
    if row is None:
        raise NotFound(f"No version {number} of article {article_id} in {db.name}")
    return dict(row)


async def _version_rows(db, article_id: int, number: int) -> dict:
    """What ``?version=N`` shows: the article (404 if none), the version and the version list."""
    article = (await db.execute(queries.ARTICLE_SQL, {"id": article_id})).first()
    if article is None:
        raise NotFound(f"No article {article_id} in {db.name}")
    current = {name: value for name, value in dict(article).items() if name not in ("body_text", "body_html_gz")}
    return {"article": current, "version": await _version(db, article_id, number),
            "versions": await _dicts(db, queries.ARTICLE_VERSION_LIST_SQL, {"id": article_id, "limit": MAX_LISTED}),
            **await _archived_copies(db, article_id)}


async def _compare_rows(db, article_id: int, first: int, second: int) -> dict:
    """What ``?compare=A..B`` shows: the article, both versions and the version list."""
    rows = await _version_rows(db, article_id, first)
    return {"article": rows["article"], "versions": rows["versions"], "before": rows["version"],
            "after": await _version(db, article_id, second)}


#: The Content-Security-Policy of an archived image: nothing it names loads or runs (an SVG's
#: scripts, styles from elsewhere), and opened on its own it is sandboxed.
REQUISITE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


@read_only_page
async def requisite(request, datasette):
    """An archived image (archive.crawl.requisites) by its SHA-256, as stored: its image type served
    inline with nosniff and REQUISITE_POLICY; anything else (never stored by a crawl) as a download."""
    from archive.crawl.requisites import inline_type

    db = _archive_db(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(request.actor, _read_permissions(db.name))
    sha = request.url_vars["sha256"]
    try:
        row = (await db.execute(queries.REQUISITE_SQL, {"sha256": sha})).first()
    except sqlite3.OperationalError:     # an archive from before m012_requisites
        row = None
    if row is None:
        raise NotFound(f"No archived image {sha} in {db.name}")
    inline = inline_type(row["content_type"])
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": REQUISITE_POLICY,
        "Content-Disposition": "inline" if inline else f'attachment; filename="{sha}"',
        "Cache-Control": "public, max-age=31536000, immutable",     # named by its content
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    body = gzip.decompress(row["body_gz"]) if request.method != "HEAD" else b""
    return Response(body, content_type=row["content_type"] if inline else "application/octet-stream",
                    headers=headers)


def _article_id(value: str, database: str) -> int:
    """The id in an article URL; one SQLite cannot hold names no article (404, not an overflow)."""
    article_id = as_article_id(value)
    if article_id is None:
        raise NotFound(f"No article {value[:40]} in {database}")
    return article_id


async def _article_rows(db, article_id: int) -> dict:
    """What the article page shows, each list at most MAX_LISTED rows (one more says there are more)."""
    params = {"id": article_id, "limit": MAX_LISTED + 1}
    row = (await db.execute(queries.ARTICLE_SQL, params)).first()
    if row is None:
        raise NotFound(f"No article {article_id} in {db.name}")
    texts = await db.execute(queries.ARTICLE_VERSION_TEXTS_SQL, {"id": article_id, "limit": MAX_DIFFS + 1})
    return {
        **await _archived_copies(db, article_id),
        "article": dict(row),
        "related": await _dicts(db, queries.ARTICLE_RELATED_SQL, params),
        "recommended_by": await _dicts(db, queries.ARTICLE_RECOMMENDED_BY_SQL, params),
        "fetch_history": await _dicts(db, queries.ARTICLE_FETCH_HISTORY_SQL, params),
        "citations": await _dicts(db, queries.ARTICLE_CITATIONS_SQL, params),
        "images": await _dicts(db, queries.ARTICLE_IMAGES_SQL, params),
        "versions": await _dicts(db, queries.ARTICLE_VERSION_LIST_SQL, {"id": article_id, "limit": MAX_LISTED}),
        "texts": {version: text for version, text in texts.rows},
    }


async def _archived_copies(db, article_id: int) -> dict:
    """``requisites`` {image URL: SHA-256 of its archived copy} and ``link_targets`` {link as the
    body has it: article id} of the article's links that lead to other archived articles."""
    try:
        stored = {r["url"]: r["sha256"] for r in await db.execute(
            queries.ARTICLE_REQUISITES_SQL, {"id": article_id, "limit": MAX_LISTED})}
    except sqlite3.OperationalError:     # an archive from before m012_requisites: nothing archived
        stored = {}
    targets = await db.execute(queries.ARTICLE_LINK_TARGETS_SQL, {"id": article_id, "limit": MAX_LINKS})
    return {"requisites": stored, "link_targets": {url: aid for url, aid in targets.rows}}


def _page_urls(datasette, database: str, article_id: int) -> dict:
    return {
        "requisite": datasette.urls.path(f"/-/requisite/{datasette.get_database(database).route}/"),
        "articles": datasette.urls.table(database, "articles"),
        "page": article_url(datasette, database, article_id),
        "row": datasette.urls.row(database, "articles", str(article_id)),
        "versions": datasette.urls.query(database, "version_history") + f"?article_id={article_id}",
        "recommended_by": datasette.urls.table(database, "related_links") + f"?target_id={article_id}",
        "graph": datasette.urls.path("/-/graph") + f"?db={quote_plus(database)}&article={article_id}",
        **{table: datasette.urls.table(database, table) for table in LIST_TABLES.values()},
    }


@functools.lru_cache(maxsize=1)
def _page_workers() -> Workers:
    return Workers(PAGE_PROCESSES, timeout=PAGE_TIMEOUT, preload=("archive.web.article_page",))


async def _dicts(db, sql: str, params: dict) -> list[dict]:
    return [dict(row) for row in await db.execute(sql, params)]


async def _render(datasette, request, template: str, context: dict) -> Response:
    """Render a page with what Datasette's own pages give the footer (metadata, version)."""
    context = {"metadata": datasette.metadata(), "datasette_version": datasette_version, **context}
    return Response.html(await datasette.render_template(template, context, request=request))


def _archive_db(datasette, route: str):
    try:
        db = datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")
    if db.name not in archive_names(datasette):
        raise NotFound(f"{db.name} is not an archive")
    return db


def _read_permissions(database: str) -> list:
    """The article page shows the articles table, so it needs what its table page needs."""
    return [("view-table", (database, "articles")), ("view-database", database), "view-instance"]


@functools.lru_cache(maxsize=1)
def content_security_policy() -> str:
    """The Content-Security-Policy of every page a server with an archive sends.

    Defence in depth behind the sanitizer: were an article's ``<script>``, ``onerror=`` or
    ``javascript:`` link ever to reach a page, the browser would refuse to run it: scripts run
    from this server only, and inline ones only if they are Datasette's own (by hash). Images
    load from this server and ``data:`` only: the reading page shows an article's images from
    the archive's own copies (archive.crawl.requisites), so an archived page cannot make a reader's
    browser request any other address, an intranet one included (docs/reliability.md).
    """
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
                      for script in datasette_inline_scripts())
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {hashes}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ])


def datasette_inline_scripts() -> list[str]:
    """The inline scripts of Datasette's templates, as pages carry them.

    Static ones as written; the table page's one template value (whether facets may be
    chosen) both ways. A plugin's ``extra_body_script`` is not among them: the policy blocks it.
    """
    scripts = []
    for template in sorted(DATASETTE_TEMPLATES.glob("*.html")):
        for script in re.findall(r"<script>(.*?)</script>", template.read_text(), re.S):
            if "{{ datasette_allow_facet }}" in script:
                scripts += [script.replace("{{ datasette_allow_facet }}", value) for value in ("true", "false")]
            elif "{{" not in script and "{%" not in script:
                scripts.append(script)
    return list(dict.fromkeys(scripts))


def human_date(value: Optional[str], with_time: bool = False) -> str:
    """An ISO 8601 date or timestamp as ``3 Feb 2024`` (``3 Feb 2024, 07:30 UTC`` with the time);
    anything else unchanged."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    text = f"{when.day} {when:%b %Y}"
    if not with_time or len(str(value)) <= 10:
        return text
    if when.utcoffset() == timedelta(0):
        return f"{text}, {when:%H:%M} UTC"
    return f"{text}, {when:%H:%M}" + (f" (UTC{when:%z})" if when.tzinfo else "")
