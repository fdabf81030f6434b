"""The search canned query's filters: site, author, tag and publication-date range."""
from __future__ import annotations

import asyncio
import urllib.parse

import pytest
from datasette.app import Datasette

from archive.db import queries
from tests.test_datasette import build_archive


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    return Datasette([str(path)]), build_archive(path)


def search(built, **params) -> list:
    """Titles found by /archive/search.json with only the given parameters (the rest are left out)."""
    ds, _ = built
    response = asyncio.run(ds.client.get("/archive/search.json?" + urllib.parse.urlencode({**params, "_shape": "array"})))
    assert response.status_code == 200, response.text[:1000]
    return [row["title"] for row in response.json()]


# Articles: a "Vitamin D and winter fatigue" (Dr Jane Roe; vitamins, fatigue; 2024-01-15),
# b "Sleep hygiene basics" (John Doe, Dr Jane Roe; sleep; 2024-02-03), c "Hydration myths, revisited"
# (no author; 2024-02-20), d "Salt and blood pressure" (tag salt; no date).


def test_missing_filters_mean_any(built):
    assert search(built, q="salt") == ["Salt and blood pressure", "Hydration myths, revisited"]


@pytest.mark.parametrize("params, titles", [
    ({"site": "health-one.example"}, ["Vitamin D and winter fatigue", "Sleep hygiene basics"]),
    ({"site": "health-two.example"}, ["Hydration myths, revisited"]),
    ({"author": "jane roe"}, ["Vitamin D and winter fatigue", "Sleep hygiene basics"]),
    ({"author": "Doe"}, ["Sleep hygiene basics"]),
    ({"author": "Nobody"}, []),
    ({"tag": "SLEEP"}, ["Sleep hygiene basics"]),
    ({"tag": "slee"}, []),
    ({"since": "2024-02"}, ["Sleep hygiene basics", "Hydration myths, revisited"]),
    ({"until": "2024-01"}, ["Vitamin D and winter fatigue"]),
    ({"until": "2024-01-15"}, ["Vitamin D and winter fatigue"]),
    ({"since": "2024-01-16", "until": "2024-02-03"}, ["Sleep hygiene basics"]),
    ({"since": "2024", "until": "2024", "author": "Roe", "tag": "vitamins"}, ["Vitamin D and winter fatigue"]),
])
def test_filters(built, params, titles):
    # The word "a" is in a ("a lot"), b ("a regular sleep schedule") and c ("a good guide"), not d.
    assert sorted(search(built, q="a", **params)) == sorted(titles)


def test_undated_articles_are_left_out_by_a_date_bound(built):
    assert search(built, q="salt", since="2000") == ["Hydration myths, revisited"]
    assert search(built, q="salt", until="2100") == ["Hydration myths, revisited"]


@pytest.mark.parametrize("value", ['"', "'", "%", "_", "-", "(", "NEAR(", "*", "a\"b", "2024-13-99"])
def test_hostile_filter_values_never_error(built, value):
    for key in ("q", "site", "author", "tag", "since", "until"):
        search(built, **{"q": "salt", key: value})


def test_search_page_has_a_field_per_filter(built):
    ds, _ = built
    html = asyncio.run(ds.client.get("/archive/search?q=salt")).text
    for name in queries.SEARCH_PARAMS:
        assert f'name="{name}"' in html, name
    assert "<mark>salt</mark>" in html


def test_search_params_rejects_unknown_filters():
    assert queries.search_params("x", tag="sleep") == {
        "q": "x", "site": "", "author": "", "tag": "sleep", "since": "", "until": ""}
    with pytest.raises(TypeError, match="colour"):
        queries.search_params("x", colour="red")


def test_filters_alone_browse_newest_first(built):
    assert search(built, site="health-one.example") == ["Sleep hygiene basics", "Vitamin D and winter fatigue"]
    assert search(built, author="roe", since="2024-02") == ["Sleep hygiene basics"]
    assert search(built, tag="salt") == ["Salt and blood pressure"]
    assert len(search(built)) == 4                    # nothing given: every article, newest first


def test_operators_phrases_and_prefixes_work(built):
    assert sorted(search(built, q="vitamin OR hydration")) == ["Hydration myths, revisited",
                                                              "Vitamin D and winter fatigue"]
    assert search(built, q="salt NOT thirst") == ["Salt and blood pressure"]
    assert search(built, q='"regular sleep schedule"') == ["Sleep hygiene basics"]
    assert search(built, q='"sleep regular schedule"') == []
    assert search(built, q="hydrat*") == ["Hydration myths, revisited"]


def test_dates_as_people_write_them_and_a_bad_one_says_so(built):
    assert search(built, q="a", since="February 2024") == search(built, q="a", since="2024-02")
    assert search(built, q="a", until="Jan 2024") == ["Vitamin D and winter fatigue"]
    for bad in ({"since": "last yeer"}, {"until": "2024-13"}):
        rows = search(built, q="a", **bad)
        assert len(rows) == 1 and rows[0].startswith("No search: a date filter is not a date")
        assert "last year" in rows[0]
    assert search(built, since="soon")[0].startswith("No search")     # browsing too
