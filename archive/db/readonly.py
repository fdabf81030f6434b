"""Read-only SQLite connections: what Datasette serves of an archive can never change it.

Datasette 0.65 already reads through ``?mode=ro`` connections, but keeps a writable connection
per database for write canned queries and plugins. ``--immutable`` would close that door too,
yet it also tells SQLite the file never changes, which is false while a scheduled crawl writes.
So every connection Datasette opens on an archive gets an authorizer that refuses writes: a
write canned query (from a ``--metadata`` file, say) or a plugin write fails with "not
authorized" instead of touching the file, and the crawler keeps writing through its own
connection.
"""
from __future__ import annotations

import sqlite3

#: Pragmas that change state when given a value (``PRAGMA table_info(x)`` and friends only read).
WRITE_PRAGMAS = frozenset((
    "query_only", "journal_mode", "writable_schema", "user_version", "application_id", "schema_version",
    "auto_vacuum", "incremental_vacuum", "locking_mode", "page_size", "wal_checkpoint", "optimize",
))
#: ATTACH could bring in a writable file, DETACH nothing useful.
DENIED_ACTIONS = frozenset((sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH))


def read_only_authorizer(action: int, arg1, arg2, db_name, trigger) -> int:
    """An ``sqlite3`` authorizer keeping ``query_only`` on: no pragma that changes state, no ATTACH.

    Data and schema writes are left to ``query_only`` (SQLITE_READONLY): denying them here too
    would also refuse the schema statements FTS5 prepares internally when it opens its table.
    """
    if action in DENIED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in WRITE_PRAGMAS and arg2 is not None:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def make_read_only(conn: sqlite3.Connection) -> None:
    """Make ``conn`` refuse every write, and refuse turning ``query_only`` back off."""
    conn.execute("PRAGMA query_only = 1")
    conn.set_authorizer(read_only_authorizer)
