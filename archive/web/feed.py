"""The Atom feed of an archive's changes (``/-/changes.atom``): what a feed reader follows to see
new, changed and gone articles and crawl anomalies, of all sites or one (``?site=``), or only the
articles that match a watched term (``?q=``). Built with feedgen; pure, given the rows."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable, Iterable, Optional

from feedgen.feed import FeedGenerator
from markupsafe import Markup

LABELS = {"new": "New", "changed": "Changed", "reparsed": "Read again", "gone": "Gone", "anomaly": "Crawl anomaly"}


def _when(value: Optional[str]) -> datetime:
    """An archive timestamp (ISO 8601, UTC when it names no zone) as an aware datetime."""
    try:
        moment = datetime.fromisoformat((value or "").replace("Z", "+00:00"))
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def changes_feed(rows: Iterable[dict], *, feed_url: str, home_url: str, title: str,
                 read_url: Callable[[int], str], passages: Callable[[dict], list[str]]) -> bytes:
    """Atom XML for change rows (queries.CHANGES_FEED_SQL, newest first). ``read_url(article_id)``:
    the absolute address of an article's reading page; ``passages(row)``: what a change changed."""
    rows = list(rows)
    fg = FeedGenerator()
    fg.id(feed_url)
    fg.title(title)
    fg.link(href=feed_url, rel="self")
    fg.link(href=home_url, rel="alternate")
    fg.generator("health-archive")
    fg.updated(max((_when(r["at"]) for r in rows), default=datetime.now(timezone.utc)))
    for row in rows:
        entry = fg.add_entry(order="append")
        entry.id(f"{home_url}#{row['key']}")
        entry.updated(_when(row["at"]))
        entry.category(term=row["kind"], label=LABELS[row["kind"]])
        if row["kind"] == "anomaly":
            entry.title(f"{LABELS['anomaly']}: {(row['message'] or '')[:120]}")
            entry.link(href=home_url)
            entry.content(str(Markup("<p>{}</p>").format(row["message"] or "")), type="html")
            continue
        name = row["title"] or row["url"] or f"article {row['article_id']}"
        entry.title(f"{LABELS[row['kind']]}: {name}")
        # One link: feedgen 1.0 writes no rel on an entry's links, so a second would be one more
        # "alternate"; the page as published is linked from the content.
        entry.link(href=read_url(row["article_id"]))
        parts = [Markup('<p>{} &middot; {}{} &middot; <a href="{}">the page as published</a></p>').format(
            row["site"] or "", LABELS[row["kind"]].lower(),
            f" (version {row['version']})" if row["kind"] == "changed" else "", row["url"] or "")]
        if row["kind"] == "changed":
            parts += [Markup("<p>{}</p>").format(p) for p in passages(row)]
        entry.content(str(Markup("").join(parts)), type="html")
    return fg.atom_str(pretty=True)


def feed_title(site: str, q: str) -> str:
    scope = f" of {site}" if site else ""
    watched = f" matching “{q}”" if q else ""
    return f"health-archive: changes{scope}{watched}"
