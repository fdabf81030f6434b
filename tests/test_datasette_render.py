"""How archive values read on Datasette pages: dates, JSON lists, excerpts."""
from __future__ import annotations

import asyncio

import pytest
from datasette.app import Datasette

from archive.web.plugin import excerpt
from archive.web.routes import human_date
from tests.test_datasette import build_archive


@pytest.mark.parametrize("value, with_time, shown", [
    ("2024-02-03", False, "3 Feb 2024"),
    ("2024-02-03", True, "3 Feb 2024"),
    ("2024-02-03T07:30:00+00:00", False, "3 Feb 2024"),
    ("2024-02-03T07:30:00Z", True, "3 Feb 2024, 07:30 UTC"),
    ("2024-02-03T07:30:00+02:00", True, "3 Feb 2024, 07:30 (UTC+0200)"),
    ("2024-02-03T07:30:00", True, "3 Feb 2024, 07:30"),
    ("last Tuesday", True, "last Tuesday"),
    (None, True, ""),
])
def test_human_date(value, with_time, shown):
    assert human_date(value, with_time=with_time) == shown


def test_excerpt_reads_only_the_start_of_a_long_body():
    body = "word " * 100_000
    assert excerpt(body) == ("word " * 32).strip() + " …"
    assert excerpt("   spaced   " * 3) == "spaced spaced spaced"


def test_json_lists_read_as_lists(tmp_path):
    path = tmp_path / "archive.db"
    ids = build_archive(path)
    ds = Datasette([str(path)])
    html = asyncio.run(ds.client.get(f"/archive/articles?id={ids['b']}")).text
    assert "<td class=\"col-authors type-str\">John Doe, Dr Jane Roe</td>" in html
    search = asyncio.run(ds.client.get("/archive/search?q=sleep")).text
    assert "John Doe, Dr Jane Roe" in search and "[&#34;John Doe&#34;" not in search
