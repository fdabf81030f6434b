"""Crawler traps, URL by URL: the path rules that refuse an address outright (Heritrix's
TooManyPathSegments and PathologicalPath) and the URL *shape* that groups the addresses of one
template, for the novelty budget in ``archive.crawl.linkpolicy``.

A shape keeps what names a part of a site and folds what names an item in it:

- the first path segment stays literal when it is a word (``news``, ``tag``, ``health-topics``,
  ``en``, ``about``): across the web it names a section, a language or a fixed page. A slug there
  (``/how-to-sleep-better/``, ``/p4x2/``) folds;
- every later segment folds: ``N`` when it is a number or a date part, ``S`` otherwise. Slugs,
  ids, tag names and random letters all vary there, so ``/t/<random letters>/`` is one shape,
  ``/t/S/``. Fixed words deeper down (``/category/x/page/2/``) fold as well: a shape only groups
  pages for counting, and a family that shares a shape is followed as long as any of it yields;
- query values are dropped and keys kept (sorted, lower-cased, digits folded): ``?sort=a&page=2`` and
  ``?page=9&Sort=b`` are one shape (ASP.NET reads ``?ContentID=`` as ``?contentid=``, and links spell
  it either way), ``?s=`` (search) stays apart from ``?page=`` (pagination).

The rules are by position and form only, so every worker of a distributed crawl computes the
same shape for the same URL without sharing state.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, unquote, urlsplit

_NUMBER = re.compile(r"\d+")
_NUMERIC = re.compile(r"[\d._,:+-]*\d[\d._,:+-]*")          # 2024, 05, 2024-05-01, 1.2
_WORD = re.compile(r"[a-z][a-z_]{0,23}(?:-[a-z_]{1,23})?")  # a section: news, tag, health-topics, wp-content
_SESSION_IN_PATH = re.compile(r";(jsessionid|sid|phpsessid)=", re.I)

MAX_SEGMENTS = 12    # TooManyPathSegments (Heritrix's default is 20; article URLs rarely pass 6)
MAX_REPEATS = 3      # a segment anywhere in the path, more often than this: a relative-link loop
MAX_RUN = 3          # PathologicalPath: one segment, or a run of them, repeated this often in a row
MAX_LENGTH = 2000


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _fold(segment: str) -> str:
    return "N" if _NUMERIC.fullmatch(segment) else "S"


def _first(segment: str) -> str:
    """The first segment as a shape keeps it: itself when it is a word, else folded."""
    word = segment.lower()
    return word if _WORD.fullmatch(word) else _fold(segment)


def url_shape(url: str) -> str:
    """``host/path?keys`` with item segments folded: /t/qzvx/?sort=a&page=2 -> h/t/S/?page&sort."""
    parts = urlsplit(url)
    segments = _segments(parts.path)
    keys = sorted({_NUMBER.sub("N", p.split("=", 1)[0].lower()) for p in parts.query.split("&") if p})
    query = "?" + "&".join(keys) if keys else ""
    if not segments:
        return f"{parts.hostname}/{query}"
    folded = [_first(segments[0])] + [_fold(s) for s in segments[1:]]
    slash = "/" if parts.path.endswith("/") else ""
    return f"{parts.hostname}/{'/'.join(folded)}{slash}{query}"


def url_section(url: str) -> str:
    """``host/first-segment/`` for a URL with something under its first segment, else "": the
    part of the site a trap living in one section (a tag tree, a calendar, a shop) shares."""
    parts = urlsplit(url)
    segments = _segments(parts.path)
    if not segments or (len(segments) == 1 and not parts.query):
        return ""
    return f"{parts.hostname}/{_first(segments[0])}/"


def _repeated_run(segments: list[str]) -> bool:
    """A run of one or more segments repeated MAX_RUN times in a row (/a/a/a/, /a/b/a/b/a/b/)."""
    n = len(segments)
    for size in range(1, n // MAX_RUN + 1):
        for start in range(n - size * MAX_RUN + 1):
            run = segments[start:start + size]
            if all(segments[start + k * size:start + (k + 1) * size] == run for k in range(1, MAX_RUN)):
                return True
    return False


def path_problem(url: str, max_segments: int = MAX_SEGMENTS, max_repeats: int = MAX_REPEATS,
                 max_length: int = MAX_LENGTH) -> str:
    """Why a URL's path looks like a trap (too deep, repeating itself, a session id), or ""."""
    if len(url) > max_length:
        return f"URL longer than {max_length} characters"
    parts = urlsplit(url)
    segments = _segments(unquote(parts.path))
    if len(segments) > max_segments:
        return f"path deeper than {max_segments} segments"
    counts = Counter(segments)
    if counts and counts.most_common(1)[0][1] > max_repeats:
        return "path repeats a segment (a relative-link loop)"
    if _repeated_run(segments):
        return f"path repeats a run of segments {MAX_RUN} times in a row (a relative-link loop)"
    if _SESSION_IN_PATH.search(parts.path):
        return "session id in the path"
    if _self_nesting(parts.query):
        return "a parameter nests an address that carries it again (a redirect growing each hop)"
    return ""


def _self_nesting(query: str) -> bool:
    """A query parameter whose value is an address whose own query has that parameter again
    (``?redirect=/news?x=1&redirect=/a``): a portlet or login "back" link set to the current URL,
    which nests once more at every hop. The address without it is the same page."""
    if "%3F" not in query.upper() and "?" not in query:
        return False
    for key, value in parse_qsl(query, keep_blank_values=True):
        if value.startswith(("/", "http://", "https://")) and "?" in value:
            inner = {k for k, _ in parse_qsl(urlsplit(value).query, keep_blank_values=True)}
            if key in inner:
                return True
    return False
