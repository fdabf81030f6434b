"""Facets and filters over the archive's list columns: tags, authors and months counted without
reading every row's JSON where the browse tables (m004) already know the answer, and no facet
counted on a page matching more articles than a reader could use."""
from __future__ import annotations

import functools
import re

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from archive.compat import rewrite_database_queries
from archive.db import queries
from archive.web.common import archive_names


# -- query rewriting -----------------------------------------------------------------------

#: Datasette's ``?tags__arraycontains=`` filter reads every row's JSON; the same question asked of
#: the article_tags / article_authors tables (one row per item, indexed) is an index lookup.
_ARRAYCONTAINS = re.compile(
    r""":(?P<param>\w+) in \(select value from json_each\((?:"articles"|\[articles\]|articles)\."""
    r"""(?:"(?P<q>tags|authors)"|\[(?P<b>tags|authors)\]|(?P<p>tags|authors))\)\)""")
#: Datasette's count of a full-text search of the articles table with no other filter: it looks
#: every match up in the article rows (0.49 s for 529,711 matches at a million articles); the
#: index alone counts them (0.05 s), and the triggers keep it to exactly the articles.
_SEARCH_COUNT = re.compile(
    r"""^\s*select count\(\*\) from (?:"articles"|\[articles\]|articles) where (?:"?id"?|\[id\]|rowid) in """
    r"""\(select rowid from (?:"articles_fts"|\[articles_fts\]|articles_fts) where """
    r"""(?:"articles_fts"|\[articles_fts\]|articles_fts) match (?P<match>escape_fts\(:search\)|:search)\)\s*$""", re.I)
#: Datasette's page of a full-text search of the articles table, newest first: it looks every
#: match up in the article rows to sort them (0.52 s for 529,711 matches at a million articles).
#: Walking the index on published, newest first, until a page of matches is found takes 0.11 s
#: (0.07 s when nothing matches: the whole index), so the page's ids are chosen that way first.
_SEARCH_PAGE = re.compile(
    r"""^\s*select (?P<cols>[^;]+?) from (?:"articles"|\[articles\]|articles) where """
    r"""(?P<where>(?:"?id"?|\[id\]|rowid) in \(select rowid from (?:"articles_fts"|\[articles_fts\]|articles_fts) where """
    r"""(?:"articles_fts"|\[articles_fts\]|articles_fts) match (?:escape_fts\(:search\)|:search)\)[^;]*?) """
    r"""order by (?P<order>(?:"published"|\[published\]|published) desc)(?:, (?:"id"|\[id\]|id))? limit (?P<limit>\d+)\s*$""",
    re.I | re.S)
#: Datasette's count of the whole recent_changes view (it counts every view page it shows).
_RECENT_CHANGES_COUNT = re.compile(r"""^\s*select count\(\*\) from (?:"recent_changes"|\[recent_changes\]|recent_changes)\s*$""",
                                   re.I)


def rewrite_sql(sql: str, browse_tables: bool = True) -> str:
    """Datasette's SQL for the articles table, with ``:p in (select value from
    json_each(articles.tags))`` (a chosen tag or author, a JSON scan of every article) turned into
    a lookup in article_tags / article_authors.

    Measured at 50,000 articles (docs/benchmarks.md, 2026-12-06) the page of a chosen tag takes
    ~1 s without it and ~0.15 s with it. Since the bodies left the article rows (migration m008)
    the other rewrites (choosing a page's ids first, ``indexed by`` a covering index) made no
    difference and are gone. And the count of the whole ``recent_changes`` view, which sorted
    every version of the archive to count them (past the 3 s limit at a million articles: the page
    failed), is counted from two indexes; the count of a full-text search with no other filter
    from the full-text index alone, and a page of its matches, newest first, chosen by walking
    the index on published. ``browse_tables``: the archive has the m004 tables;
    without them nothing is rewritten.
    """
    if not browse_tables:
        return sql
    if _RECENT_CHANGES_COUNT.match(sql):
        return queries.RECENT_CHANGES_COUNT_SQL
    search = _SEARCH_COUNT.match(sql)
    if search:
        return queries.search_count_sql(search["match"])
    page = _SEARCH_PAGE.match(sql)
    if page:
        return queries.search_page_sql(page["cols"], page["where"], page["limit"])

    def lookup(match):
        return queries.item_filter_sql(match["q"] or match["b"] or match["p"], match["param"])

    return _ARRAYCONTAINS.sub(lookup, sql)


def rewrite_queries(db, browse_tables: bool) -> None:
    """Make every query Datasette runs on archive ``db`` go through :func:`rewrite_sql`."""
    rewrite_database_queries(db, functools.partial(rewrite_sql, browse_tables=browse_tables))


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
        queries.facet_counts_sql(order, size + 1),
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
        return queries.list_facet_sql(self.sql, col, limit)


class MonthFacet(GroupedFacet):
    """Counts per calendar month of an ISO 8601 column (the date facet would count days).

    Configure as ``{"month": "published"}``; choosing a month filters ``published__startswith``.
    """

    type = "month"
    filter_suffix = "__startswith"
    order = "value desc"

    def count_sql(self, col: str, limit: int) -> str:
        return queries.month_facet_sql(self.sql, col, limit)
