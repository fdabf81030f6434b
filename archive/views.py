"""SQL views for browsing the archive and the indexes browsing needs, (re)created idempotently."""
from __future__ import annotations

import sqlite_utils

from archive import queries

#: View name -> its SELECT. Views reuse the named queries so the view and the query never drift.
VIEWS = {
    "article_graph": queries.ARTICLE_GRAPH_SQL.strip(),
    "recent_changes": queries.RECENT_CHANGES_SQL.strip(),
    "site_summary": queries.SUMMARY_SQL.strip(),
}

#: Index name -> (table, columns): what Datasette's pages need to stay fast on a large archive
#: (bench/datasette_scale.py). An article row carries its body, so reading any column means
#: reading the row; a covering index answers from a few megabytes instead.
BROWSE_INDEXES = {
    # The authors and tags facets (ListFacet) over the whole table read only these columns.
    "idx_articles_authors": ("articles", ["authors"]),
    "idx_articles_tags": ("articles", ["tags"]),
    # Every facet (site, status, month, authors, tags) under any filter on those columns, led by
    # the column SQLite groups by; the first also answers SUMMARY_SQL (home page, site_summary).
    "idx_articles_by_site": ("articles", ["site", "status", "word_count", "first_seen", "last_seen",
                                          "last_changed", "published", "authors", "tags"]),
    "idx_articles_by_status": ("articles", ["status", "site", "published", "authors", "tags"]),
    # RECENT_CHANGES_SQL, newest first (the archive home and the recent_changes view).
    "idx_article_versions_fetched_at": ("article_versions", ["fetched_at"]),
    # MOST_RECOMMENDED_SQL counts distinct sources per target.
    "idx_related_links_target_source": ("related_links", ["target_id", "article_id"]),
}


def create_views(db: sqlite_utils.Database) -> None:
    """Create missing views and browse indexes and replace changed views; a no-op (no write) when
    all are current.

    Runs in one transaction so a reader never sees a view dropped but not yet recreated.
    """
    existing = set(db.execute("select name from sqlite_master where type = 'index'").fetchall())
    missing = {name: spec for name, spec in BROWSE_INDEXES.items() if (name,) not in existing}
    if not missing and all(_is_current(db, name, sql) for name, sql in VIEWS.items()):
        return
    with db.atomic():
        for name, sql in VIEWS.items():
            if not _is_current(db, name, sql):
                db.create_view(name, sql, replace=True)
        for name, (table, columns) in missing.items():
            db[table].create_index(columns, index_name=name, if_not_exists=True)


def _is_current(db: sqlite_utils.Database, name: str, sql: str) -> bool:
    row = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
    return bool(row) and row[0] == f'CREATE VIEW "{name}" AS {sql}'
