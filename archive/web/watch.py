"""Changes that come to you: the ``[[watch]]`` rules of a profile file, matched against what the
archive records (a new article, a new version, an article gone, a crawl's anomaly) and sent
through Apprise (e-mail, Slack, Matrix, webhooks... any Apprise URL).

Events are read from the archive, not from a running crawl, and each (rule, event) is written to
``notifications`` once it was sent: a killed and resumed crawl leaves the same rows as one that
ran through, so nothing is sent twice and nothing is missed. A send that fails is recorded as
``failed`` and tried again by the next run.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

import sqlite_utils

from archive.web.diffs import changed_passages
from archive.crawl.profiles import WatchRule
from archive.db import queries
from archive.db.store import Archive

@dataclass
class Event:
    key: str
    kind: str                  # new, changed, gone, anomaly
    at: str
    article_id: Optional[int]
    site: Optional[str]
    title: Optional[str]
    url: Optional[str]
    version: Optional[int]
    message: Optional[str]     # an anomaly's text


@dataclass
class Message:
    rule: str
    event: Event
    title: str
    body: str


def unsent(db: sqlite_utils.Database, rule: str) -> list[Event]:
    """The events ``rule`` has not sent (nor marked seen), oldest first; failed sends come back."""
    return [Event(*row) for row in db.execute(queries.UNSENT_CHANGES_SQL, {"rule": rule}).fetchall()]


def version_bodies(db, article_id: int, version: int) -> tuple[str, str]:
    """The body texts of ``version`` - 1 and ``version`` of an article ('' where there is none)."""
    bodies = dict(db.execute(queries.VERSION_BODIES_SQL, [article_id, version - 1, version]).fetchall())
    return bodies.get(version - 1) or "", bodies.get(version) or ""


def _json_list(value: Optional[str]) -> list[str]:
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(item) for item in items if isinstance(item, (str, int, float))] if isinstance(items, list) else []


def _text(db: sqlite_utils.Database, event: Event) -> dict:
    """What a rule matches an article event against: the version's text, or the article's for 'gone'."""
    if event.kind == "gone":
        row = db.execute(queries.ARTICLE_TEXT_SQL, [event.article_id]).fetchone()
    else:
        row = db.execute(queries.VERSION_TEXT_SQL, [event.article_id, event.version]).fetchone()
    title, description, body, tags, authors = row or (None,) * 5
    return {"text": " ".join(filter(None, [title, description, body])), "body": body or "",
            "tags": _json_list(tags), "authors": _json_list(authors)}


def _phrase(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)", re.IGNORECASE)


def matches(rule: WatchRule, event: Event, text: Callable[[], dict]) -> bool:
    """Whether ``event`` is one ``rule`` asks for; ``text()`` gives the article's (read only if needed)."""
    if event.kind not in rule.on:
        return False
    if rule.site and rule.site.lower() not in (event.site or "").lower().split(","):
        return False
    if event.kind == "anomaly":
        return not (rule.tag or rule.author or rule.phrase)
    if not (rule.tag or rule.author or rule.phrase):
        return True
    found = text()
    if rule.tag and rule.tag.casefold() not in {t.casefold() for t in found["tags"]}:
        return False
    if rule.author and not any(rule.author.casefold() in a.casefold() for a in found["authors"]):
        return False
    return not rule.phrase or bool(_phrase(rule.phrase).search(found["text"]))


def message(db: sqlite_utils.Database, rule: WatchRule, event: Event, base_url: str = "") -> Message:
    """The notification's title and plain-text body; a change carries its changed passages."""
    if event.kind == "anomaly":
        return Message(rule.name, event, f"[health-archive] crawl anomaly ({event.site or 'no site'})",
                       f"{event.message}\n\nCrawl {event.key.split(':')[1]} at {event.at}.")
    title = f"[health-archive] {event.kind}: {event.title or event.url}"
    lines = [event.title or "", event.url or "", f"{event.kind} at {event.at}"
             + (f" (version {event.version})" if event.kind == "changed" else "")]
    if event.kind == "changed":
        passages = changed_passages(*version_bodies(db, event.article_id, event.version))
        if passages:
            lines += ["", "What changed:"] + [f"  {p}" for p in passages]
    if base_url and event.article_id:
        lines += ["", f"In the archive: {base_url.rstrip('/')}/archive/articles/{event.article_id}/read"]
    return Message(rule.name, event, title, "\n".join(lines))


def pending(db: sqlite_utils.Database, rules: Iterable[WatchRule], base_url: str = "") -> list[Message]:
    """The messages not sent yet, rule by rule, oldest event first."""
    out = []
    for rule in rules:
        for event in unsent(db, rule.name):
            cache: dict = {}

            def text(event=event, cache=cache) -> dict:
                if "v" not in cache:
                    cache["v"] = _text(db, event)
                return cache["v"]
            if matches(rule, event, text):
                out.append(message(db, rule, event, base_url))
    return out


def apprise_sender(urls: Iterable[str]) -> Callable[[Message], Optional[str]]:
    """A sender through Apprise to ``urls``: returns None once sent, else why not."""
    import apprise

    notifier = apprise.Apprise()
    bad = [url for url in urls if not notifier.add(url)]
    if bad:
        raise ValueError(f"not an Apprise URL this installation can send to: {bad[0]}")

    def send(msg: Message) -> Optional[str]:
        return None if notifier.notify(title=msg.title, body=msg.body) else "Apprise could not deliver it (see -v)"
    return send


def run(archive: Archive, rules: list[WatchRule], *, mark_seen: bool = False, dry_run: bool = False,
        base_url: str = "", sender_for: Callable = apprise_sender) -> dict:
    """Send every pending message (or with ``mark_seen`` record them as skipped, to start a rule
    without its backlog); each is recorded (Archive.record_notification) right after it is sent.
    Returns counts."""
    senders = {} if (mark_seen or dry_run) else {rule.name: sender_for(rule.notify) for rule in rules}
    counts = {"sent": 0, "failed": 0, "skipped": 0, "pending": 0, "messages": []}
    for msg in pending(archive.db, rules, base_url):
        counts["pending"] += 1
        if dry_run:
            counts["messages"].append(msg)
            continue
        if mark_seen:
            archive.record_notification(msg.rule, msg.event.key, "skipped", None)
            counts["skipped"] += 1
            continue
        error = senders[msg.rule](msg)
        archive.record_notification(msg.rule, msg.event.key, "failed" if error else "sent", error)
        counts["failed" if error else "sent"] += 1
    return counts
