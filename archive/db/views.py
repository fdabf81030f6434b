"""SQL views for browsing the archive and the indexes browsing needs, (re)created idempotently."""
from __future__ import annotations

import sqlite_utils

from archive.db import queries
from archive.db.transaction import unit

#: View name -> its SELECT. Views reuse the named queries so the view and the query never drift.
VIEWS = {
    "article_graph": queries.ARTICLE_GRAPH_SQL.strip(),
    "recent_changes": f"{queries.RECENT_CHANGES_SQL.strip()}\n{queries.RECENT_CHANGES_ORDER}",
    "site_summary": queries.SUMMARY_SQL.strip(),
}

#: Index name -> (table, columns[, where]): what Datasette's pages need to stay fast on a large
#: archive (bench/datasette_scale.py, bench/million.py). The five covering indexes of article
#: columns that rows carrying their bodies needed are gone with the bodies (migration m008).
BROWSE_INDEXES = {
    # RECENT_CHANGES_SQL, newest first (the archive home and the recent_changes view).
    "idx_article_versions_fetched_at": ("article_versions", ["fetched_at"]),
    # The read_also_counts triggers (archive.db.schema m015) look a (source, target) pair up.
    "idx_related_links_target_source": ("related_links", ["target_id", "article_id"]),
    # SPONSORED_LINKS_SQL: the few links marked sponsored, found per article without reading links.
    "idx_links_sponsored": ("links", ["article_id", "position"], "rel like '%sponsored%'"),
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
    analyzed = db["sqlite_stat1"].exists()
    with unit(db):
        for name, sql in VIEWS.items():
            if not _is_current(db, name, sql):
                db.create_view(name, sql, replace=True)
        for name, (table, columns, *where) in missing.items():
            db.execute(f"create index if not exists [{name}] on [{table}] ({', '.join(f'[{c}]' for c in columns)})"
                       + (f" where {where[0]}" if where else ""))
            if analyzed:  # the planner weighs an index by its statistics: give the new one its own
                db.execute(f"analyze [{name}]")


def _is_current(db: sqlite_utils.Database, name: str, sql: str) -> bool:
    row = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
    return bool(row) and row[0] == f'CREATE VIEW "{name}" AS {sql}'
