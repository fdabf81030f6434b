"""What every zoo family shares: routing, pagination, feeds, sitemaps, trap hooks and the truth.

A family subclasses :class:`ZooSite`, sets its :class:`~.posts.Plan` and URL scheme, and renders
articles, listings and pages its own way. Every route carries its page type, so the truth of a
URL is known from the generator itself: article, listing, page, other, or trap.
"""
from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Callable
from urllib.parse import parse_qsl, urlsplit

from ..serving import HTML, Reply
from . import texts
from .posts import (Block, Entry, Person, Plan, body_text, citations_of, inline_html, plain, plan_entries, slugify,
                    videos_of)

RSS = "application/rss+xml; charset=UTF-8"
TEXT = "text/plain; charset=utf-8"
_VIDEO_ID = re.compile(r"(?:youtube(?:-nocookie)?\.com/embed/|vimeo\.com/video/)([\w-]+)")


@dataclass(frozen=True)
class Response(Reply):
    location: str = ""


Route = tuple[str, Callable[[], Response]]   # (page type, renderer)


def _query_key(path: str, query: str) -> tuple:
    return path, tuple(sorted(parse_qsl(query, keep_blank_values=True)))


class ZooSite:
    """One family's site under ``base_url``; pages render on first request and stay cached."""

    family = ""
    site_name = ""
    plan = Plan(seed="zoo", count=40)
    per_page = 10
    charset = "utf-8"
    html_type = HTML             # the Content-Type of HTML pages
    declared_language = "en-US"
    ignore_query = True          # serve a path's page whatever its query (WordPress and most CMSs)
    trap_patterns: tuple[str, ...] = ()   # regexes over path?query that match the family's endless pages
    author_pages = True          # the CMS lists each author's posts on a page of its own
    any_order_query = False      # the CMS reads a query's parameters in any order (a route matches them sorted)
    _any_order: dict[tuple, str] | None = None

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.base = base_url.rstrip("/")
        self.entries = [self.dress(e) for e in self.planned()]
        self.newest = sorted(self.entries, key=lambda e: e.published, reverse=True)
        self.by_key = {e.story.key: e for e in self.entries}
        self.routes: dict[str, Route] = {}
        self.build_routes()
        self._cache: dict[str, Response] = {}

    # -- hooks a family overrides ---------------------------------------------------------------

    def planned(self) -> list[Entry]:
        """The family's entries, oldest first (``entry.index`` is the position in this list)."""
        return plan_entries(self.plan)

    def dress(self, entry: Entry) -> Entry:
        """Adjust an entry to the family (extra references, typography); the truth follows it."""
        return entry

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.slug}/"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tag/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{slugify(person.name)}/", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}/"

    def render_article(self, entry: Entry) -> str:
        raise NotImplementedError

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        raise NotImplementedError

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        raise NotImplementedError

    def extra_routes(self) -> None:
        """Sitemaps, feeds and other family-specific pages (add them with :meth:`add`)."""

    def trap(self, target: str) -> Response | None:
        """The response for an endless trap URL, or None if ``target`` is not one."""
        return None

    # -- routes -----------------------------------------------------------------------------------

    def add(self, path: str, kind: str, render: Callable[[], str], content_type: str = "") -> None:
        self.routes[path] = (kind, lambda: Response(200, content_type or self.html_type, self.encode(render())))

    def encode(self, text: str) -> bytes:
        return text.encode(self.charset, errors="xmlcharrefreplace")

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        self.add_listing("Latest posts", self.newest, self.home_path)
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, partial(self.category_path, name))
        for name, items in self.groups("tags").items():
            self.add_listing(name, items, partial(self.tag_path, name))
        for person, items in (self.by_author() if self.author_pages else {}).items():
            self.add_listing(person.name, items, partial(self.author_path, person))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        self.extra_routes()

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        pages = max(1, -(-len(items) // self.per_page))
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per_page:n * self.per_page]
            self.add(path_of(n), "listing", partial(self.render_listing, title, chunk, n, pages, path_of))

    def groups(self, field: str) -> dict[str, list[Entry]]:
        """Newest-first entries per category or tag name (``field`` is an Entry attribute)."""
        out: dict[str, list[Entry]] = {}
        for entry in self.newest:
            for name in getattr(entry, field):
                out.setdefault(name, []).append(entry)
        return out

    def neighbours(self, entry: Entry) -> tuple[Entry | None, Entry | None]:
        """(older, newer): the posts published just before and just after ``entry``, None past either end."""
        i = self.newest.index(entry)
        return (self.newest[i + 1] if i + 1 < len(self.newest) else None), (self.newest[i - 1] if i > 0 else None)

    def by_author(self) -> dict[Person, list[Entry]]:
        out: dict[Person, list[Entry]] = {}
        for entry in self.newest:
            for person in entry.authors:
                out.setdefault(person, []).append(entry)
        return out

    def resolve(self, target: str) -> Response:
        key = self.route_key(target)
        if key is None:
            return self.trap(target) or self.not_found()
        if key not in self._cache:
            self._cache[key] = self.routes[key][1]()
        return self._cache[key]

    def route_key(self, target: str) -> str | None:
        parts = urlsplit(target)
        path = parts.path or "/"
        full = f"{path}?{parts.query}" if parts.query else path
        if full in self.routes:
            return full
        if parts.query and self.any_order_query:
            if self._any_order is None:
                self._any_order = {_query_key(*k.split("?", 1)): k for k in self.routes if "?" in k}
            key = self._any_order.get(_query_key(path, parts.query))
            if key:
                return key
        if (self.ignore_query or not parts.query) and path in self.routes:
            return path
        return None

    def classify(self, target: str) -> str:
        """The truth type of a request target: article, listing, page, other, trap or missing."""
        key = self.route_key(target)
        if key is not None:
            return self.routes[key][0]
        return "trap" if self.trap(target) is not None else "missing"

    def not_found(self) -> Response:
        body = self.encode(f"<!DOCTYPE html><html><head><title>Page not found</title></head>"
                           f"<body><h1>Page not found</h1><p><a href=\"{self.url('/')}\">{self.site_name}</a></p>"
                           "</body></html>")
        return Response(404, self.html_type, body)

    # -- helpers for renderers ----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base + path

    def href_for(self, href: str) -> str:
        """An in-body link: another post's URL on this site, an off-site URL kept, or "" (plain text)."""
        if href.startswith(("http://", "https://")):
            return href
        entry = self.by_key.get(urlsplit(href).path.strip("/").split("/")[0])
        return self.url(self.post_path(entry)) if entry else ""

    def inline(self, markup: str) -> str:
        return inline_html(markup, self.href_for)

    def body_html(self, entry: Entry) -> str:
        return "\n".join(self.block_html(block, entry) for block in entry.story.blocks)

    def block_html(self, block: Block, entry: Entry) -> str:
        kind = block.kind
        if kind == "p":
            return f"<p>{self.inline(block.text)}</p>"
        if kind in ("h2", "h3"):
            return f'<{kind} id="{slugify(block.text)}">{self.inline(block.text)}</{kind}>'
        if kind in ("ul", "ol"):
            return f"<{kind}>" + "".join(f"<li>{self.inline(i)}</li>" for i in block.items) + f"</{kind}>"
        if kind == "quote":
            return f"<blockquote><p>{self.inline(block.text)}</p></blockquote>"
        if kind == "figure":
            return f'<figure><img src="{html.escape(block.text)}" alt="{html.escape(block.items[0])}"></figure>'
        if kind == "video":
            return self.video_html(block.text, entry)
        if kind == "refs":
            return self.refs_html(block)
        if kind == "source":
            return f'<p>Source: <a href="{html.escape(block.text)}">{html.escape(block.text)}</a></p>'
        raise ValueError(f"unknown block kind {kind!r}")

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<iframe width="640" height="360" src="{html.escape(src)}" title="{html.escape(entry.title)}" '
                'frameborder="0" allowfullscreen></iframe>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return f'<h2 id="{slugify(block.text)}">{html.escape(block.text)}</h2><ul>{items}</ul>'

    def teaser(self, entry: Entry, words: int = 28) -> str:
        text = " ".join(body_text(b for b in entry.story.blocks if b.kind == "p").split()[:words])
        return text.rstrip(".,;:") + "…"

    def minutes(self, entry: Entry, per_minute: int = 230) -> int:
        """The "N min read" a theme prints: the body's words (list items too) at ``per_minute``, rounded up."""
        words = sum(len(plain(b.text).split()) + sum(len(plain(i).split()) for i in b.items) for b in entry.story.blocks)
        return max(1, -(-words // per_minute))

    def popular(self, n: int = 5) -> list[Entry]:
        """A fixed, site-wide "Popular" list (the same on every page)."""
        return random.Random(f"{self.family}:popular").sample(self.entries, min(n, len(self.entries)))

    def related(self, entry: Entry) -> list[Entry]:
        return [self.entries[i] for i in entry.related]

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The related posts the article's page shows (its truth): all of them, unless a family
        places some where a short post has no room."""
        return self.related(entry)

    def e(self, text: str) -> str:
        return html.escape(text)

    # -- feeds and sitemaps ---------------------------------------------------------------------------

    def robots(self) -> str:
        return "User-agent: *\nDisallow:\n"

    def wordpress_robots(self, sitemap: str = "/sitemap_index.xml") -> str:
        """WordPress's robots.txt (the admin kept out, its AJAX endpoint let in) naming the SEO
        plugin's sitemap index (core's own is /wp-sitemap.xml)."""
        return ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self.url(sitemap)}\n")

    def rss(self, title: str, link: str, items: list[Entry]) -> str:
        rows = "".join(
            f"<item><title>{self.e(e.title)}</title><link>{self.url(self.post_path(e))}</link>"
            f"<guid isPermaLink=\"true\">{self.url(self.post_path(e))}</guid>"
            f"<pubDate>{e.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
            f"<description>{self.e(self.teaser(e))}</description></item>" for e in items[:10])
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{self.e(title)}</title>'
                f"<link>{self.url(link)}</link><description>{self.e(self.site_name)}</description>{rows}"
                "</channel></rss>")

    def sitemap(self, paths: list[str]) -> str:
        rows = "".join(f"<url><loc>{self.e(self.url(p))}</loc></url>" for p in paths)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'

    def sitemap_index(self, paths: list[str]) -> str:
        rows = "".join(f"<sitemap><loc>{self.e(self.url(p))}</loc></sitemap>" for p in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>')

    def add_yoast_sitemaps(self, pages: Callable[[], list[str]], authors: bool = True,
                           xml: str = "application/xml; charset=UTF-8") -> None:
        """Yoast SEO's sitemap index and its post, page, category, tag (and author) sitemaps, which
        every WordPress family with Yoast serves alike; `pages`: the page sitemap's paths, read when served."""
        maps = ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml", "/post_tag-sitemap.xml"]
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(maps + ["/author-sitemap.xml"] * authors), xml)
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), xml)
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(pages()), xml)
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), xml)
        self.add("/post_tag-sitemap.xml", "other", lambda: self.sitemap([self.tag_path(t) for t in self.groups("tags")]), xml)
        if authors:
            self.add("/author-sitemap.xml", "other", lambda: self.sitemap(
                [self.author_path(p) for p in self.by_author()]), xml)

    def paths_of(self, kind: str) -> list[str]:
        return [p for p, (k, _) in self.routes.items() if k == kind]

    # -- truth --------------------------------------------------------------------------------------

    def truth(self) -> dict:
        """What every URL is, and for each article what a careful reader would record."""
        articles = {}
        for entry in self.entries:
            blocks = entry.story.blocks
            people = [*entry.authors, *([entry.reviewer] if entry.reviewer else [])]
            articles[self.post_path(entry)] = {
                "title": entry.title,
                "authors": [p.name for p in entry.authors],
                "credentials": {p.name: list(p.credentials) for p in people},
                "reviewer": entry.reviewer.name if entry.reviewer else "",
                "published": entry.date,
                "tags": list(entry.tags),
                "categories": list(entry.categories),
                "related": [self.post_path(e) for e in self.shown_related(entry)],
                "body": body_text(blocks),
                "embeds": videos_of(blocks),
                "language": entry.story.language,
                "citations": citations_of(blocks),
                "kind": entry.story.kind,
            }
        return {"family": self.family, "site_name": self.site_name, "declared_language": self.declared_language,
                "pages": {path: kind for path, (kind, _) in self.routes.items()},
                "traps": list(self.trap_patterns), "articles": articles}


def video_id(url: str) -> str:
    """The provider's id of a YouTube or Vimeo player URL (also inside an encoded query), or ""."""
    from urllib.parse import unquote
    match = _VIDEO_ID.search(unquote(url)) or re.search(r"(?:[?&]v=|youtu\.be/|vimeo\.com/)([\w-]+)", unquote(url))
    return match.group(1) if match else ""


def long_date(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment.year}"


def later(moment: datetime, rng_key: str, low: int = 60, high: int = 400) -> datetime:
    return moment + timedelta(days=random.Random(rng_key).randint(low, high))
