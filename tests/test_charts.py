"""The archive's charts as data: pure functions from rows to Chart.js configurations."""
from __future__ import annotations

from datetime import date

import pytest

from archive.web import charts

pytestmark = pytest.mark.fast


def test_the_month_window_ends_with_the_archive_not_in_the_future():
    assert charts.since("2024-05-17", date(2026, 12, 6), months=36) == "2021-06"
    assert charts.since("2031-01-01", date(2026, 12, 6), months=36) == "2024-01"   # a future date is a mistake
    assert charts.since(None, date(2026, 12, 6), months=12) == "2026-01"
    assert charts.since("garbage", date(2026, 12, 6), months=1) == "2026-12"


def test_articles_per_month_stacks_the_biggest_sites_and_fills_empty_months():
    rows = [{"month": "2024-01", "site": "a.example", "articles": 5},
            {"month": "2024-03", "site": "a.example", "articles": 1},
            {"month": "2024-03", "site": "b.example", "articles": 2}]
    rows += [{"month": "2024-03", "site": f"s{n}.example", "articles": 1} for n in range(charts.TOP_SITES)]
    config = charts.articles_per_month(rows)
    assert config["data"]["labels"] == ["2024-01", "2024-02", "2024-03"]
    datasets = {d["label"]: d["data"] for d in config["data"]["datasets"]}
    assert datasets["a.example"] == [5, 0, 1] and datasets["b.example"] == [0, 0, 2]
    assert datasets["2 other sites"] == [0, 0, 2]           # sites past TOP_SITES, summed
    assert sum(sum(d) for d in datasets.values()) == sum(r["articles"] for r in rows)
    assert config["options"]["scales"]["x"]["stacked"] is True
    assert charts.articles_per_month([]) == {}


def test_changes_citation_rate_and_authors():
    changes = charts.changes_per_month([{"month": "2024-01", "new": 3, "changed": 0, "gone": 0},
                                        {"month": "2024-04", "new": 1, "changed": 2, "gone": 1}])
    assert changes["data"]["labels"] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert [d["data"] for d in changes["data"]["datasets"]] == [[3, 0, 0, 1], [0, 0, 0, 2], [0, 0, 0, 1]]
    rate = charts.citation_rate([{"site": "a.example", "articles": 4, "cited": 1},
                                 {"site": "b.example", "articles": 0, "cited": 0}])
    assert rate["data"]["datasets"][0]["data"] == [25.0, 0]
    assert rate["data"]["labels"] == ["a.example (4)", "b.example (0)"]
    assert rate["options"]["indexAxis"] == "y" and rate["options"]["scales"]["x"]["max"] == 100
    authors = charts.top_authors([{"author": "Dr Ana Costa", "articles": 7}])
    assert authors["data"]["labels"] == ["Dr Ana Costa"] and authors["data"]["datasets"][0]["data"] == [7]


def test_an_articles_timeline_lists_changes_absences_and_returns():
    from archive.web.article_page import timeline

    def f(day, outcome, crawl):
        return {"fetched_at": f"2024-03-{day:02d}T10:00:00Z", "outcome": outcome, "crawl_id": crawl}
    events = timeline([f(1, "new", 1), f(2, "not_modified", 2), f(3, "unchanged", 3), f(4, "changed", 4),
                       f(5, "gone", 5), f(6, "gone", 6), f(7, "not_modified", 7), f(8, "unchanged", 8)])
    assert [(e["event"], e["crawl_id"], e["seen"]) for e in events] == [
        ("new", 1, 0), ("changed", 4, 2), ("gone", 5, 0), ("back", 7, 0), ("now", None, 1)]
    assert timeline([]) == []
