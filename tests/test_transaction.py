"""One transaction mechanism (archive.db.transaction): units of work, whole or not at all, grouped
in batches by the crawl's writers."""
import sqlite3

import pytest
import sqlite_utils

from archive.db.transaction import Batch, unit

pytestmark = pytest.mark.fast


@pytest.fixture
def db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "t.db")
    db.execute("create table t (v integer)")
    yield db
    db.close()


def values(db):
    return [r[0] for r in db.execute("select v from t order by v")]


def test_a_unit_outside_a_transaction_commits_or_rolls_back_whole(db):
    with unit(db):
        db.execute("insert into t values (1)")
    assert not db.conn.in_transaction
    with pytest.raises(ZeroDivisionError):
        with unit(db):
            db.execute("insert into t values (2)")
            1 / 0
    assert values(db) == [1] and not db.conn.in_transaction


def test_nested_units_roll_back_alone_and_the_outer_one_commits(db):
    with unit(db):
        db.execute("insert into t values (1)")
        with pytest.raises(ValueError):
            with unit(db):
                db.execute("insert into t values (2)")
                with unit(db):
                    db.execute("insert into t values (3)")
                raise ValueError
        with unit(db):
            db.execute("insert into t values (4)")
    assert values(db) == [1, 4]


def test_a_batch_commits_when_full_and_a_crash_loses_only_the_open_batch(tmp_path, db):
    saved = []
    batch = Batch(db, size=3, seconds=3600, before_commit=lambda: saved.append(len(values(db))))
    for v in range(5):
        batch.begin()
        with unit(db):   # each visit whole inside the batch
            db.execute("insert into t values (?)", [v])
        batch.written()
    assert saved == [3]            # committed once, after the third unit, with what went before it
    other = sqlite3.connect(tmp_path / "t.db")
    assert [r[0] for r in other.execute("select v from t order by v")] == [0, 1, 2]  # 3 and 4 uncommitted
    batch.rollback()
    assert values(db) == [0, 1, 2] and batch.pending == 0
    batch.begin()
    db.execute("insert into t values (9)")
    batch.written()
    batch.commit()                 # forced: the end of a crawl
    assert [r[0] for r in other.execute("select v from t order by v")] == [0, 1, 2, 9]
    other.close()


def test_a_batch_commits_after_its_time_even_when_not_full(db):
    clock = [100.0]
    batch = Batch(db, size=1000, seconds=1.0, clock=lambda: clock[0])
    batch.begin()
    db.execute("insert into t values (1)")
    batch.written()
    assert db.conn.in_transaction
    clock[0] += 1.5
    batch.commit(force=False)      # the writer's periodic flush
    assert not db.conn.in_transaction and values(db) == [1]
