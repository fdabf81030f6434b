"""Articles held in a page's hydration data (`<script type="application/json">`: Next.js's
`__NEXT_DATA__`, Nuxt's `__NUXT_DATA__`...) rather than in its HTML.

A client-rendered site serves a thin HTML shell and the article as JSON for its scripts. The post is
the object holding the longest text of the data (its body, HTML or plain); its title, date and
authors are read from the same object under the names such data uses.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

MIN_BODY = 400            # a shorter string is a field, not an article body
MAX_NODES = 200_000       # JSON values visited in one page's data
MAX_DEPTH = 24
_TAG = re.compile(r"<(?:p|h[2-6]|ul|ol|li|blockquote|br|div|figure)\b", re.I)
_TITLE_KEYS = ("headline", "title", "name")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publicationDate",
              "firstPublishedAt", "date", "createdAt", "created_at")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writers")


@dataclass
class Post:
    body: str = ""           # HTML when is_html, else plain text with paragraphs on their own lines
    is_html: bool = False
    title: str = ""
    published: str = ""
    authors: list = field(default_factory=list)


def find_post(blocks: list[str]) -> Optional[Post]:
    """The post in the page's JSON data blocks, or None when none holds an article-length text."""
    best = None             # (length, text, holder)
    budget = [MAX_NODES]
    for raw in blocks:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        found = _longest(data, None, budget, 0)
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is None or best[0] < MIN_BODY:
        return None
    _, text, holder = best
    post = Post(body=text, is_html=bool(_TAG.search(text)))
    if isinstance(holder, dict):
        post.title = _first_text(holder, _TITLE_KEYS)
        post.published = _first_text(holder, _DATE_KEYS)
        post.authors = _names(next((holder[k] for k in _AUTHOR_KEYS if holder.get(k)), None))
    return post


def _longest(value, holder, budget: list, depth: int):
    """(length, text, the dict holding it) of the longest string under value."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return None
    if isinstance(value, str):
        return (len(value), value, holder)
    best = None
    if isinstance(value, dict):
        items = value.values()
        holder = value
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        found = _longest(item, holder, budget, depth + 1)
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _first_text(holder: dict, keys) -> str:
    for key in keys:
        value = holder.get(key)
        if isinstance(value, str) and value.strip() and len(value) < 400:
            return " ".join(value.split())
    return ""


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name") or " ".join(filter(None, (value.get("firstName"), value.get("lastName"))))
        return [" ".join(name.split())] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value[:10] for n in _names(item)]
    return []
