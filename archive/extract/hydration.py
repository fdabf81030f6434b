"""Articles held in a page's hydration data (`<script type="application/json">`: Next.js's
`__NEXT_DATA__`, Nuxt's `__NUXT_DATA__`...) rather than in its HTML.

A client-rendered site serves a thin HTML shell and the article as JSON for its scripts. The post is
the object that has a title and a body (`content`, `body`, `html`...), the one with the longest
body when there are several (else the object holding the data's longest text); its date, authors,
tags, categories and related posts are read from it (else from the object holding it: a headless
CMS's story wraps its content) under the names such data uses.

Two shapes are read as what they stand for first: a devalue array (Nuxt 3's ``__NUXT_DATA__``: one
flat list whose objects map their keys to indexes into it) is revived, and a rich-text document
tree (``{"type": "doc", "content": [...]}``: ProseMirror/TipTap, as Storyblok and other headless
CMSs deliver rich text; Contentful's ``{"nodeType": "document"}``) becomes its HTML. A body given
as a list of content blocks (rich text, callouts, players) is their text and players in order.
"""
from __future__ import annotations

import html as _html
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
_DATE_KEYS = ("datePublished", "firstPublishedAt", "first_published_at", "publishedAt", "published_at", "publishDate",
              "publish_date", "publicationDate", "date", "createdAt", "created_at")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writers")
_TAG_KEYS = ("tags", "tag_list", "keywords", "topics")
_CATEGORY_KEYS = ("category", "categories", "section", "sections")
_RELATED_KEYS = ("relatedPosts", "related", "relatedArticles", "related_posts", "related_articles", "recommended",
                 "readNext")


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
    titled, longest = [], None      # (body length, body, holder, its parent); (length, text, holder)
    budget = [MAX_NODES]
    for raw in blocks:
        try:
            data = json.loads(raw)
            data = _rich_to_html(_revive(data), [MAX_NODES], 0)
        except (ValueError, RecursionError):    # not JSON, or nested deeper than the decoder goes
            continue
        found = _walk(data, None, budget, 0, titled)
        if found and (longest is None or found[0] > longest[0]):
            longest = found
    parent = None
    if titled:
        _, text, holder, parent = max(titled, key=lambda item: item[0])
    elif longest is not None and longest[0] >= MIN_TEXT:
        _, text, holder = longest
    else:
        return None
    post = Post(body=text, is_html=bool(_TAG.search(text)))
    if isinstance(holder, dict):
        outer = parent if isinstance(parent, dict) else {}
        post.title = _first_text(holder, _TITLE_KEYS)
        post.published = _first_text(holder, _DATE_KEYS) or _first_text(outer, _DATE_KEYS)
        post.authors = _names(_first(holder, _AUTHOR_KEYS) or _first(outer, _AUTHOR_KEYS))
        post.tags = _names(_first(holder, _TAG_KEYS) or _first(outer, _TAG_KEYS))
        post.categories = _names(_first(holder, _CATEGORY_KEYS) or _first(outer, _CATEGORY_KEYS))
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
        body = _first_text(value, _BODY_KEYS, limit=None) or _blocks_body(value)
        if body and _first_text(value, _TITLE_KEYS):
            titled.append((len(body), body, value, holder))
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
        if not url and isinstance(item.get("full_slug"), str) and item["full_slug"].strip():
            url = "/" + item["full_slug"].strip().lstrip("/")     # Storyblok: the story's path from the site's root
        if not url and slug and isinstance(item.get("slug"), str) and path.rstrip("/").endswith("/" + slug):
            url = path.rstrip("/")[: -len(slug)] + item["slug"] + ("/" if path.endswith("/") else "")
        if url and title:
            out.append((urljoin(page_url, url), title))
    return out


# -- devalue (Nuxt 3's __NUXT_DATA__) -------------------------------------------------------------------

_DEVALUE_WRAPPERS = ("ShallowReactive", "Reactive", "ShallowRef", "Ref", "EmptyRef", "EmptyShallowRef")


def _is_devalue(data) -> bool:
    """A devalue array: a list whose first value is a wrapper (``["ShallowReactive", 1]``) or an
    object mapping every key to an index into the list."""
    if not isinstance(data, list) or len(data) < 2:
        return False
    head = data[0]
    if isinstance(head, list):
        return len(head) == 2 and head[0] in _DEVALUE_WRAPPERS and isinstance(head[1], int)
    return isinstance(head, dict) and bool(head) and all(
        isinstance(i, int) and not isinstance(i, bool) and -7 < i < len(data) for i in head.values())


def _revive(data):
    """The value a devalue array stands for (other data as it is); shared values are shared, cycles cut."""
    if not _is_devalue(data):
        return data
    done: dict[int, object] = {}
    budget = [MAX_NODES]

    def get(i, depth: int):
        if not isinstance(i, int) or isinstance(i, bool) or i < 0 or i >= len(data):
            return None                             # -1 undefined, -2 hole, -3 NaN... and bad indexes
        if i in done:
            return done[i]
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH * 4:
            return None
        v = data[i]
        if isinstance(v, dict):
            out: dict = {}
            done[i] = out
            for k, x in v.items():
                out[k] = get(x, depth + 1)
            return out
        if isinstance(v, list):
            if v and isinstance(v[0], str):         # a typed value: ["Reactive", 5], ["Date", "..."], ["Set", ...]
                kind = v[0]
                if kind in ("Date", "BigInt", "RegExp"):
                    return v[1] if len(v) > 1 else None
                if kind == "Set":
                    return [get(x, depth + 1) for x in v[1:]]
                if kind in ("Map", "null"):
                    pairs = v[1:]
                    return {str(get(k, depth + 1) if kind == "Map" else k): get(x, depth + 1)
                            for k, x in zip(pairs[::2], pairs[1::2])}
                return get(v[1], depth + 1) if len(v) == 2 else None
            out_list: list = []
            done[i] = out_list
            out_list.extend(get(x, depth + 1) for x in v)
            return out_list
        done[i] = v
        return v
    return get(0, 0)


# -- rich-text document trees ------------------------------------------------------------------------------

_NODE_TAGS = {"paragraph": "p", "blockquote": "blockquote", "bullet_list": "ul", "bulletList": "ul",
              "unordered-list": "ul", "ordered_list": "ol", "orderedList": "ol", "ordered-list": "ol",
              "list_item": "li", "listItem": "li", "list-item": "li", "code_block": "pre", "codeBlock": "pre",
              "quote": "blockquote"}
_VIDEO_URL = re.compile(r"^https?://(?:www\.)?(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=)|youtu\.be/|"
                        r"player\.vimeo\.com/video/|vimeo\.com/\d)[\w?=&./-]*$")


def _is_doc(value) -> bool:
    return isinstance(value, dict) and isinstance(value.get("content"), list) and (
        value.get("type") == "doc" or value.get("nodeType") == "document")


def _node_html(node, budget: list, depth: int) -> str:
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH * 2 or not isinstance(node, dict):
        return ""
    kind = node.get("type") or node.get("nodeType") or ""
    if kind == "text":
        text = node.get("text") if isinstance(node.get("text"), str) else node.get("value")
        out = _html.escape(text) if isinstance(text, str) else ""
        for mark in node.get("marks") or ():
            mark_kind = mark.get("type") if isinstance(mark, dict) else ""
            href = ((mark.get("attrs") or {}).get("href") if isinstance(mark.get("attrs"), dict) else None) \
                if mark_kind == "link" else None
            if isinstance(href, str) and href:
                out = f'<a href="{_html.escape(href)}">{out}</a>'
            elif mark_kind in ("bold", "strong"):
                out = f"<strong>{out}</strong>"
            elif mark_kind in ("italic", "em"):
                out = f"<em>{out}</em>"
        return out
    if kind in ("hard_break", "hardBreak"):
        return "<br>"
    inner = "".join(_node_html(c, budget, depth + 1) for c in node.get("content") or () if isinstance(c, dict))
    if kind == "heading" or kind.startswith("heading-"):
        level = (node.get("attrs") or {}).get("level") if kind == "heading" and isinstance(node.get("attrs"), dict) \
            else kind.rpartition("-")[2]
        level = int(level) if str(level).isdigit() and 1 <= int(level) <= 6 else 2
        return f"<h{level}>{inner}</h{level}>"
    if kind == "hyperlink":                 # Contentful's inline link node
        uri = (node.get("data") or {}).get("uri") if isinstance(node.get("data"), dict) else None
        return f'<a href="{_html.escape(uri)}">{inner}</a>' if isinstance(uri, str) else inner
    tag = _NODE_TAGS.get(kind)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _rich_to_html(value, budget: list, depth: int):
    """`value` with every rich-text document tree in it replaced by its HTML."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH * 2:
        return value
    if _is_doc(value):
        return _node_html({"content": value["content"]}, budget, depth)
    if isinstance(value, dict):
        return {k: _rich_to_html(x, budget, depth + 1) for k, x in value.items()}
    if isinstance(value, list):
        return [_rich_to_html(x, budget, depth + 1) for x in value]
    return value


def _blocks_body(holder: dict) -> str:
    """The body of an object whose body key holds a list of content blocks (a headless CMS's
    "bloks", a dynamic zone): the blocks' rich text and text fields, and their video players, in order."""
    blocks = next((holder[k] for k in _BODY_KEYS if isinstance(holder.get(k), list) and holder[k]), None)
    if not blocks or not any(isinstance(b, dict) for b in blocks):
        return ""
    parts: list[str] = []
    budget = [5000]

    def collect(value, key: str, depth: int) -> None:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            return
        if isinstance(value, str):
            if _VIDEO_URL.match(value.strip()):
                parts.append(f'<iframe src="{_html.escape(value.strip())}"></iframe>')
            elif key in _BODY_KEYS and value.strip():
                parts.append(value if _TAG.search(value) else f"<p>{_html.escape(value)}</p>")
        elif isinstance(value, dict):
            for k, x in value.items():
                collect(x, k, depth + 1)
        elif isinstance(value, list):
            for x in value:
                collect(x, key, depth + 1)
    for block in blocks:
        collect(block, "", 0)
    return "".join(parts)
