"""Assemble the whole demo site for one version and base URL: every path mapped to a ready response."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from . import feeds
from .content import CONTENT_DIR, DemoArticle, load_content
from .images import LOGO_SVG, placeholder_png
from .markup import slugify
from .quirks import CANONICAL_VARIANT_PATH, V2_GONE_SLUGS
from .serving import HTML, XML, Reply
from .theme import STYLESHEET_PATH, Theme

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
PER_PAGE = 5
SITE_EPOCH = datetime(2023, 1, 2, 9, 0, tzinfo=timezone.utc)  # when the theme, robots.txt and assets last changed
_IMAGE_SRC = re.compile(r'src="(/wp-content/uploads/[^"]+\.png)"')


@dataclass(frozen=True)
class Page(Reply):
    """A ready response: the server adds ETag/Last-Modified headers and handles conditional requests."""
    last_modified: datetime = SITE_EPOCH
    location: str = ""

    etag_digest = "sha256"
    etag_length = 24


@dataclass(frozen=True)
class Site:
    version: int
    base_url: str
    pages: dict[str, Page]      # keys are paths; the legacy article's key keeps its ``?id=N``
    not_found: Page

    def resolve(self, target: str) -> Page:
        """The response for a request target. Queries are ignored (WordPress style) except ``id``
        on a path that serves ``path?id=N``; a missing trailing slash redirects."""
        parts = urlsplit(target)
        path = parts.path or "/"
        ident = parse_qs(parts.query).get("id")
        if ident and f"{path}?id={ident[0]}" in self.pages:
            return self.pages[f"{path}?id={ident[0]}"]
        if path in self.pages:
            return self.pages[path]
        if not path.endswith("/") and path + "/" in self.pages:
            query = f"?{parts.query}" if parts.query else ""
            return Page(301, HTML, b"", location=f"{self.base_url}{path}/{query}")
        return self.not_found


def build_site(version: int = 1, base_url: str = DEFAULT_BASE_URL) -> Site:
    """Render every page of site ``version`` (1 or 2) with absolute links under ``base_url``."""
    base_url = base_url.rstrip("/")
    content = load_content()
    articles = content.articles_for(version)
    theme = Theme(base_url, content, recent=content.articles_for(1)[:5])
    newest = max(a.last_modified for a in articles)
    pages: dict[str, Page] = {}

    def add(path: str, text: str, modified: datetime, content_type: str = HTML, status: int = 200) -> None:
        pages[path] = Page(status, content_type, text.encode("utf-8"), modified)

    for article in articles:
        html = theme.article_page(article)
        add(article.path, html, article.last_modified)
        if CANONICAL_VARIANT_PATH.startswith(article.path):
            add(CANONICAL_VARIANT_PATH, html, article.last_modified)
        for src in _IMAGE_SRC.findall(html):
            pages[src] = Page(200, "image/png", placeholder_png(src), article.published)
    for slug in V2_GONE_SLUGS if version == 2 else ():
        add(f"/{slug}/", theme.error_page(410), newest, status=410)

    _add_listings(theme, articles, lambda path, text: add(path, text, newest))
    for page in content.pages.values():
        add(f"/{page.slug}/", theme.static_page(page), page.modified)
    _add_off_limits(theme, add)

    sitemaps = _sitemaps(content.site, articles, content.pages.values(), newest)
    for path, urls in sitemaps.items():
        add(path, feeds.url_set(base_url, urls), max(moment for _, moment in urls), XML)
    add(feeds.SITEMAP_INDEX_PATH, feeds.sitemap_index(base_url, {p: max(m for _, m in u) for p, u in sitemaps.items()}),
        newest, XML)
    add("/feed/", feeds.rss_feed(base_url, content.site, articles[:10]), newest, "application/rss+xml; charset=UTF-8")
    add("/robots.txt", feeds.robots_txt(base_url), SITE_EPOCH, "text/plain; charset=utf-8")
    _add_assets(content.site, pages)
    return Site(version, base_url, pages, Page(404, HTML, theme.error_page(404).encode("utf-8")))


def _paginate(path: str, items: list[DemoArticle]):
    count = max(1, -(-len(items) // PER_PAGE))
    for n in range(1, count + 1):
        yield (path if n == 1 else f"{path}page/{n}/"), n, count, items[(n - 1) * PER_PAGE:n * PER_PAGE]


def _add_listings(theme: Theme, articles: list[DemoArticle], add: Callable[[str, str], None]) -> None:
    site = theme.site
    groups = [("/", f"{site['name']} – {site['tagline']}", "Latest articles", "", articles, "home blog")]
    for slug, category in site["categories"].items():
        members = [a for a in articles if a.category == slug]
        groups.append((f"/category/{slug}/", category["name"], f"Category: <span>{escape(category['name'])}</span>",
                       category["description"], members, f"archive category category-{slug}"))
    tagged: dict[str, list[DemoArticle]] = defaultdict(list)
    for article in articles:
        for tag in article.tags:
            tagged[tag].append(article)
    for tag, members in sorted(tagged.items()):
        slug = slugify(tag)
        groups.append((f"/tag/{slug}/", tag, f"Tag: <span>{escape(tag)}</span>", "", members, f"archive tag tag-{slug}"))
    for who, author in site["authors"].items():
        members = [a for a in articles if who in a.authors]
        groups.append((f"/author/{who}/", author["name"], f"Author: <span>{escape(author['name'])}</span>", author["bio"],
                       members, f"archive author author-{who}"))
    for path, title, heading, description, members, body_class in groups:
        for page_path, n, count, items in _paginate(path, members):
            add(page_path, theme.listing_page(title=title, heading=heading, description=description, items=items,
                                              path=path, page_no=n, page_count=count, body_class=body_class))


def _add_off_limits(theme: Theme, add: Callable) -> None:
    """Pages robots.txt forbids, served with 200 so a test can prove a polite crawler never asked."""
    add("/wp-admin/", theme.plain_page("Log In", (
        '<form name="loginform" id="loginform" action="/wp-login.php" method="post">'
        '<p><label>Username or Email Address<input type="text" name="log"></label></p>'
        '<p><label>Password<input type="password" name="pwd"></label></p>'
        '<p><input type="submit" value="Log In"></p></form>'), "login wp-core-ui"), SITE_EPOCH)
    add("/private/", theme.plain_page("Staff area", (
        '<p>Editorial documents for the team.</p>'
        '<ul><li><a href="/private/editorial-calendar/">Editorial calendar</a></li></ul>'), "private"), SITE_EPOCH)
    add("/private/editorial-calendar/", theme.plain_page("Editorial calendar (internal)", (
        "<p>Drafts in progress: vitamin D deficiency signs; gut health and fermented foods; "
        "morning light and mood. Do not share outside the team.</p>"), "private"), SITE_EPOCH)


def _sitemaps(site: dict, articles: list[DemoArticle], static_pages, newest: datetime) -> dict[str, list]:
    categories = []
    for slug in site["categories"]:
        dates = [a.last_modified for a in articles if a.category == slug]
        categories.append((f"/category/{slug}/", max(dates)))
    return {
        "/post-sitemap.xml": [(a.path, a.last_modified) for a in articles],
        "/page-sitemap.xml": [("/", newest)] + [(f"/{p.slug}/", p.modified) for p in static_pages],
        "/category-sitemap.xml": categories,
    }


def _add_assets(site: dict, pages: dict[str, Page]) -> None:
    pages[STYLESHEET_PATH] = Page(200, "text/css; charset=utf-8", (CONTENT_DIR / "style.css").read_bytes())
    pages["/wp-content/uploads/logo.svg"] = Page(200, "image/svg+xml", LOGO_SVG)
    pages["/wp-content/uploads/favicon.png"] = Page(200, "image/png", placeholder_png("favicon", 32, 32))
    for who in site["authors"]:
        path = f"/wp-content/uploads/authors/{who}.png"
        pages[path] = Page(200, "image/png", placeholder_png(path, 96, 96))
