"""Articles held in a page's hydration data (`<script type="application/json">`: Next.js's
`__NEXT_DATA__`, Nuxt's `__NUXT_DATA__`...) rather than in its HTML.

A client-rendered site serves a thin HTML shell and the article as JSON for its scripts. The post is
the object that has a title and a body (`content`, `body`, `html`...), the one with the longest
body when there are several (else the object holding the data's longest text); its date, authors,
tags, categories and related posts are read from it under the names such data uses.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urljoin, urlsplit

from archive.extract import vocab

MIN_TEXT = 400            # without a titled post object, a shorter string is a field, not a body
MAX_NODES = 200_000       # JSON values visited in one page's data
MAX_DEPTH = 24
_TAG = re.compile(r"<(?:p|h[2-6]|ul|ol|li|blockquote|br|div|figure|iframe)\b", re.I)
_TITLE_KEYS = ("headline", "title", "name")
_BODY_KEYS = ("content", "body", "html", "contentHtml", "bodyHtml", "articleBody", "text", "content_html",
              "body_html", "rendered")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publicationDate",
              "firstPublishedAt", "date", "createdAt", "created_at")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writers")
_TAG_KEYS = ("tags", "keywords", "topics")
_CATEGORY_KEYS = ("category", "categories", "section", "sections")
_RELATED_KEYS = ("relatedPosts", "related", "relatedArticles", "related_posts", "recommended", "readNext")


@dataclass
class Post:
    body: str = ""           # HTML when is_html, else plain text with paragraphs on their own lines
    is_html: bool = False
    title: str = ""
    published: str = ""
    authors: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    related: list = field(default_factory=list)     # (url, title)


def find_post(blocks: list[str], page_url: str = "") -> Optional[Post]:
    """The post in the page's JSON data blocks, or None when none holds one."""
    titled, longest = [], None      # (body length, body, holder); (length, text, holder)
    budget = [MAX_NODES]
    for raw in blocks:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):    # not JSON, or nested deeper than the decoder goes
            continue
        found = _walk(data, None, budget, 0, titled)
        if found and (longest is None or found[0] > longest[0]):
            longest = found
    if titled:
        _, text, holder = max(titled, key=lambda item: item[0])
    elif longest is not None and longest[0] >= MIN_TEXT:
        _, text, holder = longest
    else:
        return None
    post = Post(body=text, is_html=bool(_TAG.search(text)))
    if isinstance(holder, dict):
        post.title = _first_text(holder, _TITLE_KEYS)
        post.published = _first_text(holder, _DATE_KEYS)
        post.authors = _names(_first(holder, _AUTHOR_KEYS))
        post.tags = _names(_first(holder, _TAG_KEYS))
        post.categories = _names(_first(holder, _CATEGORY_KEYS))
        post.related = _related(_first(holder, _RELATED_KEYS), holder, page_url)
    return post


def _walk(value, holder, budget: list, depth: int, titled: list):
    """(length, text, the dict holding it) of the longest string under value; dicts with a title
    and a body string are added to `titled`."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return None
    if isinstance(value, str):
        return (len(value), value, holder)
    if isinstance(value, dict):
        body = _first_text(value, _BODY_KEYS, limit=None)
        if body and _first_text(value, _TITLE_KEYS):
            titled.append((len(body), body, value))
        items, holder = value.values(), value
    elif isinstance(value, list):
        items = value
    else:
        return None
    best = None
    for item in items:
        found = _walk(item, holder, budget, depth + 1, titled)
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _first(holder: dict, keys):
    return next((holder[k] for k in keys if holder.get(k)), None)


def _first_text(holder: dict, keys, limit: Optional[int] = 400) -> str:
    for key in keys:
        value = holder.get(key)
        if isinstance(value, dict):         # WordPress REST: {"rendered": "..."}
            value = value.get("rendered")
        if isinstance(value, str) and value.strip() and (limit is None or len(value) < limit):
            return value if limit is None else " ".join(value.split())
    return ""


def _names(value) -> list[str]:
    """Names from a string ("a, b"), an object with a name, or a list of either."""
    if isinstance(value, str):
        return [n.strip() for n in vocab.LIST_COMMA_RE.split(value) if n.strip()][:30]
    if isinstance(value, dict):
        name = value.get("name") or value.get("title") or " ".join(
            filter(None, (value.get("firstName"), value.get("lastName"))))
        return [" ".join(name.split())] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value[:30] for n in _names(item)]
    return []


def _related(value, post: dict, page_url: str) -> list[tuple[str, str]]:
    """(url, title) of the post's related posts: an address they give, else their slug put where
    the post's own slug stands in the page's address."""
    if not isinstance(value, list):
        return []
    path = urlsplit(page_url).path
    slug = post.get("slug") if isinstance(post.get("slug"), str) else ""
    out = []
    for item in value[:20]:
        if not isinstance(item, dict):
            continue
        title = _first_text(item, _TITLE_KEYS)
        url = next((item[k] for k in ("url", "href", "link", "permalink", "uri", "path")
                    if isinstance(item.get(k), str) and item[k].strip()), "")
        if not url and slug and isinstance(item.get("slug"), str) and path.rstrip("/").endswith("/" + slug):
            url = path.rstrip("/")[: -len(slug)] + item["slug"] + ("/" if path.endswith("/") else "")
        if url and title:
            out.append((urljoin(page_url, url), title))
    return out
