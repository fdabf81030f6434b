"""Datasette 0.65 plugin: every hook the archive uses (the pages are archive.web.routes, the
facets archive.web.facets)."""
from __future__ import annotations

import functools
import re
from typing import Optional

from datasette import hookimpl
from datasette.utils.asgi import asgi_static
from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, TemplateNotFound
from markupsafe import Markup, escape

from archive.db import queries
from archive.web.metadata import build_metadata
from archive.web.article_page import as_article_id, json_list
from archive.db.readonly import ARCHIVE_TABLES, is_archive, open_for_reading
from archive.db.schema import JSON_COLUMNS as LIST_COLUMNS
from archive.web.common import (BROWSE_TABLES, EXCERPT_CHARS, HOME_PATH, PLUGIN, STATIC_DIR, TEMPLATES_DIR,
                                 TITLE_LINKS, _archives, archive_names, article_url)
from archive.web.facets import CappedColumnFacet, ListFacet, MonthFacet, rewrite_queries
from archive.web.routes import (REQUISITE_POLICY, archive_home, article_page, changes_atom, charts_json,
                                charts_page, content_security_policy, human_date, read_also_graph, requisite)


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
    and open every connection to an archive for reading only (archive.db.readonly)."""
    queries.register_functions(conn)
    if database != "_internal" and is_archive(conn):
        open_for_reading(conn)


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
