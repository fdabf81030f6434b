"""SQL views for browsing the archive, (re)created idempotently from the named queries."""
from __future__ import annotations

import sqlite_utils

from archive import queries

#: View name -> its SELECT. Views reuse the named queries so the view and the query never drift.
VIEWS = {
    "article_graph": queries.ARTICLE_GRAPH_SQL.strip(),
    "recent_changes": queries.RECENT_CHANGES_SQL.strip(),
    "site_summary": queries.SUMMARY_SQL.strip(),
}


def create_views(db: sqlite_utils.Database) -> None:
    """Create missing views and replace changed ones; a no-op (no write) when all are current.

    Runs in one transaction so a reader never sees a view dropped but not yet recreated.
    """
    if all(_is_current(db, name, sql) for name, sql in VIEWS.items()):
        return
    with db.atomic():
        for name, sql in VIEWS.items():
            db.create_view(name, sql, replace=True)


def _is_current(db: sqlite_utils.Database, name: str, sql: str) -> bool:
    row = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
    return bool(row) and row[0] == f'CREATE VIEW "{name}" AS {sql}'
