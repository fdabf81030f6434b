"""Charts of an archive (the archive home and ``/-/charts``): articles published per month per
site, changes per month (new, changed, gone), the share of articles citing a source per site,
and the most frequent authors. Pure: rows in, Chart.js configurations out (the browser only
draws them, archive/web/static/charts.js)."""
from __future__ import annotations

from datetime import date

from archive.web.graph import site_colours

MONTHS = 36         # months of history the month charts show
TOP_SITES = 8       # sites drawn one by one in the month chart; the rest are "other sites"
TOP_ROWS = 15       # bars of the per-site and author charts
CHANGE_COLOURS = {"new": "#009E73", "changed": "#0072B2", "gone": "#D55E00"}


def since(latest: str | None, today: date, months: int = MONTHS) -> str:
    """The first month (YYYY-MM) of the ``months`` months that end with the archive's latest
    (``latest``: its newest date) or with ``today``'s month if that is earlier (a date in the
    future is a site's mistake, not the archive's end)."""
    now = f"{today.year:04d}-{today.month:02d}"
    last = latest[:7] if latest and len(latest) >= 7 and latest[:7] < now else now
    try:
        index = int(last[:4]) * 12 + int(last[5:7]) - 1 - (months - 1)
    except ValueError:
        index = today.year * 12 + today.month - 1 - (months - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _months(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (YYYY-MM), so a month with nothing still shows."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < 1200:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _bar(labels, datasets, *, stacked=False, horizontal=False, percent=False) -> dict:
    axis = {"stacked": stacked, "beginAtZero": True}
    value_axis = {**axis, **({"max": 100, "title": {"display": True, "text": "%"}} if percent
                             else {"ticks": {"precision": 0}})}     # counts: no 0.2 steps
    return {
        "type": "bar",
        "data": {"labels": labels, "datasets": datasets},
        "options": {
            "indexAxis": "y" if horizontal else "x", "animation": False, "maintainAspectRatio": False,
            "plugins": {"legend": {"display": len(datasets) > 1}},
            "scales": {"x": value_axis if horizontal else axis, "y": axis if horizontal else value_axis},
        },
    }


def articles_per_month(rows: list[dict]) -> dict:
    """Stacked bars: articles by month of publication, one colour per site (the biggest TOP_SITES)."""
    if not rows:
        return {}
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["site"]] = totals.get(r["site"], 0) + r["articles"]
    ranked = sorted(totals, key=lambda s: (-totals[s], s))
    shown, colours = ranked[:TOP_SITES], site_colours(ranked)
    months = _months(rows[0]["month"], rows[-1]["month"])
    counts = {(r["month"], r["site"] if r["site"] in shown else None): 0 for r in rows}
    for r in rows:
        key = (r["month"], r["site"] if r["site"] in shown else None)
        counts[key] += r["articles"]
    series = [(site, site, colours[site]) for site in shown]
    if len(ranked) > len(shown):
        series.append((None, f"{len(ranked) - len(shown)} other sites", "#999999"))
    datasets = [{"label": label, "backgroundColor": colour, "data": [counts.get((m, key), 0) for m in months]}
                for key, label, colour in series]
    return _bar(months, datasets, stacked=True)


def changes_per_month(rows: list[dict]) -> dict:
    """Stacked bars: versions recorded per month as new or changed, and articles gone."""
    if not rows:
        return {}
    by_month = {r["month"]: r for r in rows if r["month"]}
    months = _months(min(by_month), max(by_month)) if by_month else []
    datasets = [{"label": kind, "backgroundColor": colour,
                 "data": [(by_month.get(m) or {}).get(kind) or 0 for m in months]}
                for kind, colour in CHANGE_COLOURS.items()]
    return _bar(months, datasets, stacked=True)


def citation_rate(rows: list[dict]) -> dict:
    """Horizontal bars: per site, the share of its live articles that cite at least one source."""
    if not rows:
        return {}
    colours = site_colours([r["site"] for r in rows])
    data = [round(100 * r["cited"] / r["articles"], 1) if r["articles"] else 0 for r in rows]
    return _bar([f"{r['site']} ({r['articles']:,})" for r in rows],
                [{"label": "% citing a source", "data": data, "backgroundColor": [colours[r["site"]] for r in rows]}],
                horizontal=True, percent=True)


def top_authors(rows: list[dict]) -> dict:
    """Horizontal bars: the authors with the most articles."""
    if not rows:
        return {}
    return _bar([r["author"] for r in rows],
                [{"label": "articles", "data": [r["articles"] for r in rows], "backgroundColor": "#56B4E9"}],
                horizontal=True)


TITLES = {
    "articles_per_month": "Articles published per month",
    "changes_per_month": "Changes recorded per month",
    "citation_rate": "Articles citing a source, per site",
    "top_authors": "Most frequent authors",
}
