"""One way to write the archive: every write is a unit of work (:func:`unit`), whole or not at all.

A unit opened outside a transaction is one (BEGIN ... COMMIT); inside one it is a savepoint, so a
crawl's writer can group many visits in one transaction (:class:`Batch`: the spider's pipeline and
the Redis coordinator's writer) while each visit stays whole. Savepoints share one fixed name
(SQLite releases the innermost of a name); sqlite-utils' ``atomic()``, which these replace, draws a
random name from the OS for every savepoint.
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from typing import Callable, Optional

import sqlite_utils

SAVEPOINT = "unit"


@contextmanager
def unit(db: sqlite_utils.Database):
    """A transaction, or a savepoint inside the one open: rolled back on any exception."""
    conn = db.conn
    if not conn.in_transaction:
        conn.execute("BEGIN")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        return
    conn.execute(f"SAVEPOINT {SAVEPOINT}")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:  # an error (a RAISE(ROLLBACK) trigger, a full disk) may have ended it all
            conn.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
            conn.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")


class Batch:
    """Units of work committed together: when ``size`` were written or ``seconds`` passed since the
    batch began, and whenever :meth:`commit` is forced. A crash loses at most the open batch, which
    a resumed crawl fetches again. ``before_commit`` writes what must go with every commit (what
    the batch taught about its sites)."""

    def __init__(self, db: sqlite_utils.Database, *, size: int, seconds: float,
                 before_commit: Optional[Callable[[], None]] = None, clock: Callable[[], float] = time.monotonic):
        self.db = db
        self.clock = clock
        self.size = size
        self.seconds = seconds
        self.before_commit = before_commit
        self.pending = 0
        self.started = 0.0

    def begin(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")
            self.started = self.clock()

    def written(self, units: int = 1) -> None:
        """Count units written into the open batch; commit if the batch is due."""
        self.pending += units
        self.commit(force=False)

    def commit(self, force: bool = True) -> None:
        conn = self.db.conn
        if not conn.in_transaction:
            return
        if force or self.pending >= self.size or self.clock() - self.started >= self.seconds:
            try:
                if self.before_commit:
                    self.before_commit()
                conn.commit()
            except sqlite3.OperationalError:
                self.rollback()
                raise
            self.pending = 0

    def rollback(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.rollback()
        self.pending = 0
