"""The recent_changes view: new, changed and gone articles, newest first, as the README says."""
from __future__ import annotations

import pytest

from archive.db import queries
from archive.db.schema import open_db
from archive.db.views import create_views
from tests.test_datasette import build_archive

pytestmark = pytest.mark.fast


@pytest.fixture()
def archive_db(tmp_path):
    path = tmp_path / "archive.db"
    ids = build_archive(path)
    db = open_db(str(path))
    db.execute("update articles set status = 'gone', gone_since = '2024-03-09T08:00:00+00:00' where id = ?", [ids["b"]])
    db.conn.commit()
    create_views(db)
    yield db, ids
    db.close()


def test_the_view_is_newest_first_with_gone_articles(archive_db):
    db, ids = archive_db
    rows = [tuple(r) for r in db.execute("select changed_at, change, article_id from recent_changes limit 3")]
    assert rows == [("2024-03-09T08:00:00+00:00", "gone", ids["b"]),
                    ("2024-03-08T09:00:00+00:00", "changed", ids["c"]),
                    ("2024-03-01T10:03:00+00:00", "new", ids["d"])]


def test_every_version_and_gone_article_is_one_event(archive_db):
    db, ids = archive_db
    changes = db.execute("select change, count(*) from recent_changes group by change order by change").fetchall()
    assert [tuple(r) for r in changes] == [("changed", 1), ("gone", 1), ("new", 4)]


def test_the_home_page_query_orders_the_same_way(archive_db):
    db, ids = archive_db
    home = db.execute(f"{queries.RECENT_CHANGES_SQL} {queries.RECENT_CHANGES_ORDER} limit 2").fetchall()
    assert [(r[1], r[2]) for r in home] == [("gone", ids["b"]), ("changed", ids["c"])]
