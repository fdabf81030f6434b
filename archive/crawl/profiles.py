"""Crawl profiles: the sites a scheduled crawl visits, read from ``health-archive.toml``.

    [defaults]
    max_pages = 5000
    refresh_interval = "6h"

    [[site]]
    name = "healthy-roots"
    start_urls = ["https://healthy-roots.example/"]
    allow_domains = ["cdn.healthy-roots.example"]
    download_delay = 1.0

Unknown keys and bad values are errors that name the file, the line and the key, because a
typo in a cron-driven config would otherwise be ignored for months.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Optional

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from archive.urls import url_problem

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class ProfileError(ValueError):
    """A crawl profile file that cannot be used; the message names file, line and key."""


@dataclass
class Profile:
    """One site to crawl. Unset (None) values fall back to the Scrapy settings' defaults."""
    name: str
    start_urls: list[str]
    allow_domains: list[str] = field(default_factory=list)
    max_pages: Optional[int] = None           # CLOSESPIDER_PAGECOUNT
    max_depth: Optional[int] = None           # ARCHIVE_MAX_DEPTH
    download_delay: Optional[float] = None    # DOWNLOAD_DELAY, seconds between requests to the site
    concurrency: Optional[int] = None         # CONCURRENT_REQUESTS_PER_DOMAIN
    autothrottle: Optional[bool] = None       # AUTOTHROTTLE_ENABLED
    obey_robots: Optional[bool] = None        # ROBOTSTXT_OBEY
    refresh_interval: Optional[float] = None  # ARCHIVE_REFRESH_INTERVAL, seconds
    max_error_rate: Optional[float] = None    # ARCHIVE_MAX_ERROR_RATE
    min_yield_ratio: Optional[float] = None   # ARCHIVE_MIN_YIELD_RATIO

    def scrapy_settings(self) -> list[str]:
        """The profile as ``NAME=VALUE`` Scrapy settings (the settings stay Scrapy's)."""
        settings = {"ARCHIVE_PROFILE": self.name}
        for key, setting in SETTING_OF.items():
            value = getattr(self, key)
            if value is not None:
                settings[setting] = value
        return [f"{k}={v}" for k, v in settings.items()]


SETTING_OF = {
    "max_pages": "CLOSESPIDER_PAGECOUNT",
    "max_depth": "ARCHIVE_MAX_DEPTH",
    "download_delay": "DOWNLOAD_DELAY",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "autothrottle": "AUTOTHROTTLE_ENABLED",
    "obey_robots": "ROBOTSTXT_OBEY",
    "refresh_interval": "ARCHIVE_REFRESH_INTERVAL",
    "max_error_rate": "ARCHIVE_MAX_ERROR_RATE",
    "min_yield_ratio": "ARCHIVE_MIN_YIELD_RATIO",
}
_FIELDS = {f.name: f for f in fields(Profile)}
_SITE_ONLY = {"name", "start_urls"}


def parse_duration(value: Any) -> float:
    """``"6h"``, ``"30m"``, ``"1d"``, ``"2w"`` or a number of seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like \"6h\" or a number of seconds")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError("must not be negative")
        return float(value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"expected a duration like \"6h\", \"30m\", \"1d\", got {value!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _check(key: str, value: Any) -> Any:
    """Validate one value; returns it converted, raises ValueError with the reason."""
    if key == "name":
        if not isinstance(value, str) or not re.fullmatch(r"[\w.-]+", value):
            raise ValueError("must be a short name of letters, digits, '.', '-' or '_'")
        return value
    if key in ("start_urls", "allow_domains"):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError("must be a list of strings")
        if key == "start_urls":
            if not value:
                raise ValueError("must list at least one URL")
            bad = [url_problem(v) for v in value if url_problem(v)]
            if bad:
                raise ValueError(bad[0])
        return value
    if key == "refresh_interval":
        return parse_duration(value)
    if key in ("autothrottle", "obey_robots"):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if key in ("max_pages", "max_depth", "concurrency"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("must be a whole number")
        low = -1 if key == "max_depth" else 1 if key == "concurrency" else 0
        if value < low:
            raise ValueError(f"must be at least {low}")
        return value
    if key in ("download_delay", "max_error_rate", "min_yield_ratio"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError("must be a number >= 0")
        if key != "download_delay" and value > 1:
            raise ValueError("must be between 0 and 1")
        return float(value)
    raise KeyError(key)


def _line_of(text: str, key: str, table: str, index: int) -> int:
    """Line number of ``key`` in the ``index``-th ``[table]``/``[[table]]``; tomllib gives no positions."""
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*(#.*)?$")
    any_header = re.compile(r"^\s*\[")
    seen = -1
    inside = table == ""
    for number, line in enumerate(lines, 1):
        if any_header.match(line):
            inside = bool(header.match(line))
            if inside:
                seen += 1
            continue
        if inside and (table == "" or seen == index) and re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", line):
            return number
    return 0


def _read(path: Path) -> tuple[dict, Any]:
    """The file's TOML and a ``fail(table, index, key, reason)`` that makes a ProfileError naming
    file, line and key."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from None

    def fail(table: str, index: int, key: str, reason: str) -> ProfileError:
        line = _line_of(text, key, table, index)
        where = f"{path}:{line}" if line else str(path)
        scope = f"[{table}] " if table == "defaults" else f"[[{table}]] #{index + 1} " if table else ""
        return ProfileError(f"{where}: {scope}key '{key}': {reason}")

    for key in data:
        if key not in ("defaults", "site", "watch"):
            raise fail("", 0, key, "unknown top-level key (expected [defaults], [[site]] and [[watch]] tables)")
    return data, fail


def load_profiles(path: str | Path) -> list[Profile]:
    """Read and validate a profile file; raises ProfileError naming file, line and key."""
    path = Path(path)
    data, fail = _read(path)
    load_watch_rules(path)      # a bad [[watch]] table is an error of the file, whatever reads it
    defaults: dict[str, Any] = {}
    for key, value in (data.get("defaults") or {}).items():
        if key not in _FIELDS or key in _SITE_ONLY:
            raise fail("defaults", 0, key, "unknown key" if key not in _FIELDS else "belongs in a [[site]] table")
        try:
            defaults[key] = _check(key, value)
        except ValueError as exc:
            raise fail("defaults", 0, key, str(exc)) from None
    sites = data.get("site")
    if not isinstance(sites, list) or not sites:
        raise ProfileError(f"{path}: no [[site]] tables: add at least one with name and start_urls")
    profiles, names = [], set()
    for index, site in enumerate(sites):
        values = dict(defaults)
        for key, value in site.items():
            if key not in _FIELDS:
                raise fail("site", index, key, f"unknown key (known: {', '.join(sorted(_FIELDS))})")
            try:
                values[key] = _check(key, value)
            except ValueError as exc:
                raise fail("site", index, key, str(exc)) from None
        for required in ("name", "start_urls"):
            if required not in values:
                raise ProfileError(f"{path}: [[site]] #{index + 1}: missing key '{required}'")
        if values["name"] in names:
            raise fail("site", index, "name", f"duplicate site name {values['name']!r}")
        names.add(values["name"])
        profiles.append(Profile(**values))
    return profiles


def find_profile(profiles: list[Profile], name: Optional[str]) -> list[Profile]:
    if name is None:
        return profiles
    chosen = [p for p in profiles if p.name == name]
    if not chosen:
        raise ProfileError(f"no site named {name!r} (have: {', '.join(p.name for p in profiles)})")
    return chosen


#: What a watch rule can be told about (archive.web.watch).
WATCH_EVENTS = ("new", "changed", "gone", "anomaly")
_WATCH_FILTERS = ("site", "tag", "author", "phrase")


@dataclass(frozen=True)
class WatchRule:
    """One ``[[watch]]`` table: which events of which articles to send, and where (Apprise URLs).
    The filters that are set must all hold; an anomaly (of a crawl, not an article) only names a site."""
    name: str
    notify: tuple
    on: tuple = WATCH_EVENTS
    site: Optional[str] = None
    tag: Optional[str] = None
    author: Optional[str] = None
    phrase: Optional[str] = None


def load_watch_rules(path: str | Path) -> list[WatchRule]:
    """The ``[[watch]]`` tables of a profile file (none is fine); raises ProfileError naming file,
    line and key.

        [[watch]]
        name = "dose-changes"
        phrase = "dose"
        on = ["changed"]
        notify = ["mailto://user:pass@smtp.example.org?to=desk@example.org"]
    """
    path = Path(path)
    data, fail = _read(path)
    tables = data.get("watch") or []
    if not isinstance(tables, list):
        raise fail("", 0, "watch", "must be [[watch]] tables")
    rules, names = [], set()
    for index, table in enumerate(tables):
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key == "name":
                if not isinstance(value, str) or not re.fullmatch(r"[\w.-]+", value):
                    raise fail("watch", index, key, "must be a short name of letters, digits, '.', '-' or '_'")
                if value in names:
                    raise fail("watch", index, key, f"duplicate watch name {value!r}")
            elif key == "notify":
                if not isinstance(value, list) or not value or not all(isinstance(v, str) and "://" in v for v in value):
                    raise fail("watch", index, key, "must list one or more Apprise URLs (mailto://, json://, slack://...)")
                value = tuple(value)
            elif key == "on":
                if not isinstance(value, list) or not value or any(v not in WATCH_EVENTS for v in value):
                    raise fail("watch", index, key, f"must list some of {', '.join(WATCH_EVENTS)}")
                value = tuple(dict.fromkeys(value))
            elif key in _WATCH_FILTERS:
                if not isinstance(value, str) or not value.strip():
                    raise fail("watch", index, key, "must be a non-empty string")
                value = value.strip()
            else:
                raise fail("watch", index, key, "unknown key (known: author, name, notify, on, phrase, site, tag)")
            values[key] = value
        for required in ("name", "notify"):
            if required not in values:
                raise ProfileError(f"{path}: [[watch]] #{index + 1}: missing key '{required}'")
        names.add(values["name"])
        rules.append(WatchRule(**values))
    return rules
