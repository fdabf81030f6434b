"""Search input: FTS5 operators and phrases kept, anything else searched for as typed; dates as
people write them."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from archive.web.search import date_bound, fts_query

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("typed, expression", [
    ("vitamin d", '"vitamin" "d"'),
    ("salt OR sugar", '"salt" OR "sugar"'),
    ("salt or sugar", '"salt" "or" "sugar"'),             # lower case: words
    ('"blood pressure" NOT salt', '"blood pressure" NOT "salt"'),
    ("vitamin*", '"vitamin"*'),
    ("OR salt AND", '"salt"'),                             # operators with nothing to join are dropped
    ("salt OR OR sugar", '"salt" OR "sugar"'),
    ('"', '""'),
    ("", '""'),
    ("- ( ) :", '""'),
    ("covid-19 (long)", '"covid-19" "(long)"'),
    ('he said "unfinished', '"he" "said" "unfinished"'),
])
def test_fts_query(typed, expression):
    assert fts_query(typed) == expression


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "*-():ORNDT^+\\\'é ')), max_size=30))
def test_no_input_makes_fts5_fail(typed):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(body)")
    conn.execute("insert into t values ('a b ab OR AND not é')")
    conn.execute("select count(*) from t where t match ?", [fts_query(typed)]).fetchone()


TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("typed, bound", [
    ("", ""), ("2024", "2024"), ("2024-3", "2024-03"), ("2024-03-05", "2024-03-05"),
    ("March 2024", "2024-03"), ("5 Mar 2024", "2024-03-05"), ("March 5, 2024", "2024-03-05"),
    ("last year", "2025"), ("this year", "2026"), ("last month", "2026-11"), ("This Month", "2026-12"),
    ("yesterday", "2026-12-05"), ("3 months ago", "2026-09-06"), ("a year ago", "2025-12-06"),
    ("2 weeks ago", "2026-11-22"), ("this week", "2026-11-30"),
    ("last yeer", None), ("2024-13", None), ("2024-02-30", None), ("soon", None), ("Smarch 2024", None),
])
def test_date_bound(typed, bound):
    assert date_bound(typed, TODAY) == bound
