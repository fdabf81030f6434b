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

import os
import sqlite3
from urllib.parse import quote

import sqlite_utils

#: A database is an archive when it has these tables; only archives get the reader's settings.
ARCHIVE_TABLES = frozenset({"articles", "article_versions", "related_links"})
#: Bytes of an archive each reading connection maps into memory (SQLite's own cap: 2 GB).
MMAP_SIZE = 1 << 31
#: Upper bound of SQLite's page cache per reading connection, in KiB: it only grows as pages are
#: read, so a small archive never uses it all (Datasette keeps a few connections per database).
CACHE_KB = 256 * 1024

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


def is_archive(conn: sqlite3.Connection) -> bool:
    """Whether a connection's main database has the archive's tables (startup may not have run yet)."""
    marks = ", ".join("?" for _ in ARCHIVE_TABLES)
    sql = f"select count(*) from sqlite_master where type = 'table' and name in ({marks})"
    return conn.execute(sql, sorted(ARCHIVE_TABLES)).fetchone()[0] == len(ARCHIVE_TABLES)


def open_for_reading(conn: sqlite3.Connection) -> None:
    """A reader's connection to an archive: no writes (:func:`make_read_only`), pages read through a
    memory map, which makes the scans behind facets and search 2-3x faster on a large archive
    (measured while rows carried their bodies, before m008; kept since; SQLite caps it at its
    compile-time maximum), and past the mapped 2 GB a page cache big enough to keep the browse
    indexes and full-text pages one page load reads several times (SQLite's default is 2 MB)."""
    make_read_only(conn)
    conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
    conn.execute(f"PRAGMA cache_size = {-CACHE_KB}")


def open_read_only(path: str) -> sqlite_utils.Database:
    """The archive file opened read-only (``mode=ro``): no migration, no write, nothing created."""
    return sqlite_utils.Database(sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True))
