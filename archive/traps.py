"""Crawler traps: URL spaces that never end (calendars, faceted navigation, session ids, endless
paths). A crawl stays bounded by counting URLs per *shape* and refusing absurd paths."""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

_NUMBER = re.compile(r"\d+")
_DATE_LIKE = re.compile(r"\b(19|20)\d{2}[-/]?\d{1,2}([-/]?\d{1,2})?\b")
_SESSION_IN_PATH = re.compile(r";(jsessionid|sid|phpsessid)=", re.I)


def url_shape(url: str) -> str:
    """The URL with numbers and parameter values blanked: /events/2024/05/?day=3 -> /events/N/N/?day.

    Pages of one template share a shape; a calendar or a facet explosion makes thousands.
    """
    parts = urlsplit(url)
    path = _NUMBER.sub("N", parts.path)
    keys = sorted({p.split("=", 1)[0] for p in parts.query.split("&") if p})
    return f"{parts.hostname}{path}" + ("?" + "&".join(keys) if keys else "")


def path_problem(url: str, max_segments: int = 12, max_repeats: int = 3, max_length: int = 2000) -> str:
    """Why a URL's path looks like a trap (too deep, repeating itself, a session id), or ""."""
    if len(url) > max_length:
        return f"URL longer than {max_length} characters"
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    if len(segments) > max_segments:
        return f"path deeper than {max_segments} segments"
    counts = Counter(segments)
    if counts and counts.most_common(1)[0][1] > max_repeats:
        return "path repeats a segment (a relative-link loop)"
    if _SESSION_IN_PATH.search(parts.path):
        return "session id in the path"
    return ""


class ShapeBudget:
    """Counts URLs per shape and says no past ``limit`` (0 = unlimited)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.counts: Counter[str] = Counter()

    def allow(self, url: str) -> bool:
        if self.limit <= 0:
            return True
        shape = url_shape(url)
        if self.counts[shape] >= self.limit:
            return False
        self.counts[shape] += 1
        return True
