"""What keeps a large archive fast: the list facet, browse indexes, unjoined views, and the benchmark itself."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from datasette.app import Datasette

from archive.web.metadata import SETTINGS
from archive.db.schema import open_db
from archive.db.views import BROWSE_INDEXES
from tests.helpers import ROOT
from tests.test_datasette import build_archive


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "archive.db"
    ids = build_archive(path)
    return Datasette([str(path)], settings=SETTINGS), ids, path


def get_json(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, response.text[:1000]
    return response.json()


def counts(facet):
    return {r["value"]: r["count"] for r in facet["results"]}


@pytest.mark.parametrize("column", ["authors", "tags"])
def test_list_facet_counts_like_the_array_facet(built, column):
    ds, _, _ = built
    facets = get_json(ds, f"/archive/articles.json?_facet_array={column}")["facet_results"].values()
    by_type = {facet["type"]: facet for facet in facets if facet["name"] == column}
    assert counts(by_type["list"]) == counts(by_type["array"]) and counts(by_type["list"])


def test_list_facet_selects_an_item(built):
    ds, ids, _ = built
    facet = get_json(ds, "/archive/articles.json")["facet_results"]["authors"]
    [roe] = [r for r in facet["results"] if r["value"] == "Dr Jane Roe"]
    assert "authors__arraycontains=Dr+Jane+Roe" in roe["toggle_url"] and not roe["selected"]
    chosen = get_json(ds, "/archive/articles.json?authors__arraycontains=Dr+Jane+Roe&_shape=objects")
    assert sorted(r["id"] for r in chosen["rows"]) == sorted([ids["a"], ids["b"]])
    [selected] = [r for r in chosen["facet_results"]["authors"]["results"] if r["selected"]]
    assert selected["value"] == "Dr Jane Roe"


def test_list_facet_ignores_values_that_are_not_arrays(tmp_path):
    path = tmp_path / "archive.db"
    build_archive(path)
    db = open_db(str(path))
    db.execute("update articles set tags = 'not json' where id = 1")
    db.execute("update articles set tags = ? where id = 2", [json.dumps([["nested"], {"a": 1}, "ok"])])
    db.conn.commit()
    db.close()
    tags = get_json(Datasette([str(path)], settings=SETTINGS), "/archive/articles.json")["facet_results"]["tags"]
    assert counts(tags) == {"ok": 1, "salt": 1}


def test_browse_indexes_exist(built):
    _, _, path = built
    db = open_db(str(path))
    names = {row[0] for row in db.execute("select name from sqlite_master where type = 'index'").fetchall()}
    db.close()
    assert set(BROWSE_INDEXES) <= names


def test_recent_changes_view_is_newest_first(built):
    ds, ids, _ = built
    rows = get_json(ds, "/archive/recent_changes.json?_shape=array")
    assert [r["changed_at"] for r in rows] == sorted((r["changed_at"] for r in rows), reverse=True)
    assert (rows[0]["article_id"], rows[0]["change"]) == (ids["c"], "changed")
    assert get_json(ds, "/archive/recent_changes.json")["filtered_table_rows_count"] == 5


def test_article_graph_view_keeps_titles(built):
    ds, ids, _ = built
    rows = get_json(ds, f"/archive/article_graph.json?_shape=array&source_id={ids['b']}")
    assert [(r["source_title"], r["target_title"]) for r in rows] == [
        ("Sleep hygiene basics", "Vitamin D and winter fatigue"), ("Sleep hygiene basics", "Hydration myths, revisited")]


def test_benchmark_runs_at_small_scale(tmp_path):
    """`python -m bench.datasette_scale` end to end on a few hundred articles (no docs written)."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.datasette_scale", "--articles", "300", "--runs", "1", "--no-docs",
         "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "| facet page (HTML) | `/archive/articles` |" in proc.stdout
    assert (tmp_path / "datasette-scale-300" / "archive.db").exists()
