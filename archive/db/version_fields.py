"""What each version held beside its title, dates and body: lists and fields, as one snapshot.

A snapshot is a dict of the fields below, stored in ``version_fields`` once per distinct content
(named by the SHA-256 of its canonical JSON, gzipped) and referenced by
``article_versions.fields_id``: a version whose lists did not change costs no new row. The
current-state tables (links, images, citations, embeds, people, related_links) are written from
the same lists (archive.db.store), so a version reads back what its visit wrote there.

A field whose value is None was not recorded for that version: versions archived before m013
kept only their title, authors, dates and body (archive.db.schema.m013_version_fields).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from typing import Optional

from archive.urls import clean_url

#: The snapshot's lists of items (dicts), in the order the reading page shows them.
ITEM_LISTS = ("related", "citations", "images", "links", "embeds", "people")
#: Its lists of names.
NAME_LISTS = ("authors", "reviewed_by", "tags", "categories")
#: Its single values.
SCALARS = ("reviewed_on", "image", "language", "declared_language")
#: Every field of a snapshot (headings: [{"level", "text"}]).
FIELDS = (*NAME_LISTS, *SCALARS, "headings", *ITEM_LISTS)


def snapshot(article) -> dict:
    """The snapshot of an extracted article (archive.extract.record.Article): every list as the
    current-state tables store it, without their article_id and position."""
    return {
        "authors": list(article.authors),
        "reviewed_by": list(article.reviewed_by),
        "tags": list(article.tags),
        "categories": list(article.categories),
        "reviewed_on": article.reviewed_on,
        "image": article.image or None,
        "language": article.language or None,
        "declared_language": article.declared_language or None,
        "headings": [{"level": h.level, "text": h.text} for h in article.headings],
        "related": [{"url": clean_url(r.url), "title": r.title, "teaser": r.teaser} for r in article.related],
        "citations": [{"url": c.url, "text": c.text, "doi": c.doi or None, "pmid": c.pmid or None}
                      for c in article.citations],
        "images": [{"src": i.src, "alt": i.alt, "caption": i.caption} for i in article.images],
        "links": [{"url": link.url, "text": link.text, "rel": link.rel or None, "internal": int(link.internal)}
                  for link in article.links],
        "embeds": [{"url": e.url, "kind": e.kind or None, "provider": e.provider or None, "title": e.title or None}
                   for e in article.embeds],
        "people": [{"role": p.role, "name": p.name, "credentials": list(p.credentials),
                    "affiliation": p.affiliation or None} for p in article.people],
    }


def canonical_json(fields: dict) -> bytes:
    """The bytes a snapshot is named by: sorted keys, no spaces, UTF-8 (m013 has a frozen copy)."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def fields_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gzip_fields(data: bytes) -> bytes:
    """``version_fields.fields_gz`` (no timestamp: equal snapshots, equal bytes)."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def read_fields(fields_gz: Optional[bytes]) -> dict:
    """A stored snapshot as a dict with every field (None: not recorded); no snapshot, or one that
    cannot be read (written by something else), reads as nothing recorded rather than failing."""
    try:
        stored = json.loads(gzip.decompress(fields_gz)) if fields_gz else {}
    except (OSError, EOFError, ValueError, TypeError):
        stored = {}
    stored = stored if isinstance(stored, dict) else {}
    return {name: stored.get(name) for name in FIELDS}


def item_label(field: str, item) -> str:
    """One item of a list field as one line of text (what a comparison lists as added or removed)."""
    if not isinstance(item, dict):
        return str(item)
    if field == "related":
        return f"{item.get('title') or item.get('url')} ({item.get('url')})"
    if field == "citations":
        ids = " ".join(f"{k}:{item[k]}" for k in ("doi", "pmid") if item.get(k))
        return " ".join(str(p) for p in (item.get("text") or item.get("url"), ids) if p)
    if field == "images":
        return " ".join(str(p) for p in (item.get("src"), item.get("alt") and f"({item['alt']})") if p)
    if field == "links":
        rel = f" [rel={item['rel']}]" if item.get("rel") else ""
        return f"{item.get('text') or ''} → {item.get('url')}{rel}".strip()
    if field == "people":
        creds = ", ".join(item.get("credentials") or [])
        return f"{item.get('name')}{', ' + creds if creds else ''} ({item.get('role')})"
    if field == "embeds":
        return f"{item.get('title') or item.get('kind') or 'embed'} ({item.get('url')})"
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def list_changes(field: str, before: Optional[list], after: Optional[list], limit: int) -> dict:
    """Items of list ``field`` only in ``after`` (added) or only in ``before`` (removed), each at
    most ``limit`` (with the full counts); ``unknown`` when either side was not recorded."""
    if before is None or after is None:
        return {"field": field, "unknown": True, "added": [], "removed": [], "added_total": 0, "removed_total": 0}
    old = {_key(item): item for item in before}
    new = {_key(item): item for item in after}
    added = [item_label(field, item) for key, item in new.items() if key not in old]
    removed = [item_label(field, item) for key, item in old.items() if key not in new]
    return {"field": field, "unknown": False, "added": added[:limit], "removed": removed[:limit],
            "added_total": len(added), "removed_total": len(removed)}


def _key(item) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)
