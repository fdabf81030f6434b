"""What a reader types into a search box, made into what SQLite's FTS5 and the date filters take.

Pure functions, registered on every archive connection as SQL functions (queries.register_functions):
``escape_fts(q)`` turns a query into an FTS5 expression that never fails to parse, keeping what a
reader means by ``OR``, ``AND``, ``NOT``, ``"quoted phrases"`` and ``prefix*``; ``search_date(v)``
reads a date bound (``2024``, ``2024-03``, ``2024-03-05``, ``March 2024``, ``last year``,
``3 months ago``...) as the ISO prefix the filters compare with, or NULL when it is no date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')
_OPERATORS = {"OR", "AND", "NOT"}
_TERM_CHARS = re.compile(r"[\w\u00c0-\uffff]", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(query: Optional[str]) -> str:
    """An FTS5 MATCH expression for ``query``: words and phrases quoted (so ``-``, ``:``, ``(`` are
    searched for, never parsed), ``word*`` a prefix search, upper-case ``OR``/``AND``/``NOT``
    operators where they join two terms (elsewhere they are dropped). ``""`` (matches nothing)
    when there is no term: FTS5 rejects an empty MATCH."""
    parts: list[str] = []          # alternating term, operator, term...
    for match in _TOKEN.finditer(query or ""):
        phrase, word = match.group("phrase"), match.group("word")
        if word in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(word)
            continue
        text = phrase if phrase is not None else word
        prefix = word is not None and word.endswith("*") and len(word) > 1
        if prefix:
            text = text.rstrip("*")
        if not _TERM_CHARS.search(text or ""):
            continue                 # punctuation alone is no term (FTS5 would find nothing)
        parts.append(_quote(text) + ("*" if prefix else ""))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    return " ".join(parts) or '""'


_MONTHS = {name: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], 1) for name in names}
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_AGO = re.compile(r"^(\d{1,4}|an?|one)\s+(day|week|month|year)s?\s+ago$")
_RELATIVE = re.compile(r"^(this|last)\s+(week|month|year)$")
_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?(?:\s+(\d{1,2}),?)?\s+(\d{4})$")


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _iso(year: int, month: Optional[int] = None, day: Optional[int] = None) -> Optional[str]:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def date_bound(value: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """The ISO prefix (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) a date bound means, ``''`` for none,
    or None when ``value`` is no date this understands."""
    text = re.sub(r"\s+", " ", (value or "").strip().lower())
    if not text:
        return ""
    today = today or date.today()
    iso = _ISO.match(text)
    if iso:
        return _iso(*(int(g) if g else None for g in iso.groups()))
    if text in ("today", "yesterday"):
        return (today - timedelta(days=text == "yesterday")).isoformat()
    relative = _RELATIVE.match(text)
    if relative:
        last, unit = relative.group(1) == "last", relative.group(2)
        if unit == "year":
            return f"{today.year - last:04d}"
        if unit == "month":
            return _months_back(today, int(last)).strftime("%Y-%m")
        return (today - timedelta(days=today.weekday() + 7 * last)).isoformat()
    ago = _AGO.match(text)
    if ago:
        n = 1 if ago.group(1) in ("a", "an", "one") else int(ago.group(1))
        unit = ago.group(2)
        if unit in ("day", "week"):
            return (today - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        months = n * (12 if unit == "year" else 1)
        back = _months_back(today, months)
        return _iso(back.year, back.month, min(today.day, 28))
    named = _MONTH_YEAR.match(text)
    if named and named.group(2) in _MONTHS:
        day = named.group(1) or named.group(3)
        return _iso(int(named.group(4)), _MONTHS[named.group(2)], int(day) if day else None)
    return None


def search_date(value: Optional[str]) -> Optional[str]:
    """``date_bound`` for SQL: NULL for no date."""
    return date_bound(value)


#: What a reader is told when a date bound is no date (the search's explanatory row).
DATE_HELP = "use 2024, 2024-03, 2024-03-05, March 2024, last year, this month or 3 months ago"
