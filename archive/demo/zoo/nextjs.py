"""nextjs: a React/Next.js blog whose article pages are a thin server shell (header, an empty
``<main>`` placeholder, footer) with the whole post only in the ``__NEXT_DATA__`` hydration JSON
(``props.pageProps.post``: title, authors with credentials, dates, category, tags, ``content``
HTML, ``relatedPosts``) beside a site-wide ``latestPosts`` list. Listings are rendered on the
server (links a crawler can follow); there is a sitemap and no feed.
"""
from __future__ import annotations

import hashlib
import json

from .posts import Entry, Plan, slugify
from .site import ZooSite

BUILD_ID = "zK3q9vXw2LmP8rTe1sYbN"


def module(name: str) -> str:
    """A CSS-modules class name, as Next.js emits them: Component_name__hash."""
    return f"{name}__{hashlib.sha1(name.encode()).hexdigest()[:5]}"


class NextJs(ZooSite):
    family = "nextjs"
    site_name = "Pulse Wellness Journal"
    plan = Plan(seed="nextjs", count=32, languages=("en", "de", "fr"), authors=4, co_authors=0.25, tz_hours=0,
                related=(1, 2, 2, 3))

    def post_path(self, entry: Entry) -> str:
        return f"/blog/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base.rstrip('/')}/page/{n}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/blog/page/{n}"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tags/{slugify(name)}", n)

    def author_path(self, person, n: int = 1) -> str:
        return self.paged(f"/authors/{slugify(person.name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add("/sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article") + self.paths_of("page")),
                 "application/xml")

    def robots(self) -> str:
        return f"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {self.url('/sitemap.xml')}\n"

    def card(self, e: Entry) -> dict:
        return {"slug": e.slug, "title": e.title, "excerpt": self.teaser(e, 20), "publishedAt": e.published.isoformat()}

    def document(self, title: str, page: str, main: str, props: dict, query: dict, head: str = "",
                 lang: str = "en") -> str:
        data = {"props": {"pageProps": props, "__N_SSG": True}, "page": page, "query": query, "buildId": BUILD_ID,
                "isFallback": False, "gsp": True, "scriptLoader": []}
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        nav = "".join(f'<a class="{module("Header_link")}" href="{self.url(p)}">{t}</a>'
                      for p, t in (("/", "Home"), ("/start-here", "Start here"), ("/about", "About")))
        cats = "".join(f'<a href="{self.url(self.category_path(c))}">{self.e(c)}</a>' for c in sorted(self.groups("categories")))
        return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{self.e(title)}</title>{head}<link rel="preload" href="/_next/static/css/4b1f0c2a9d3e7f61.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1f0c2a9d3e7f61.css" data-n-g=""/><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/pages/_app-2b64a3c9f0e1d7a5.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script></head><body><div id="__next"><header class="{module('Header_header')}"><a class="{module('Header_logo')}" href="{self.url('/')}">{self.site_name}</a><nav class="{module('Header_nav')}">{nav}</nav></header>{main}<footer class="{module('Footer_footer')}"><nav class="{module('Footer_topics')}">{cats}</nav><p>© 2025 {self.site_name}</p><a href="{self.url('/privacy-policy')}">Privacy</a> <a href="{self.url('/contact')}">Contact</a></footer></div><script id="__NEXT_DATA__" type="application/json">{payload}</script></body></html>"""

    def render_article(self, entry: Entry) -> str:
        post = {
            "id": entry.post_id, "slug": entry.slug, "title": entry.title, "excerpt": self.teaser(entry),
            "publishedAt": entry.published.isoformat(), "updatedAt": entry.published.isoformat(),
            "authors": [{"name": p.name, "credentials": ", ".join(p.credentials), "slug": slugify(p.name)}
                        for p in entry.authors],
            "category": {"name": entry.categories[0], "slug": slugify(entry.categories[0])},
            "tags": [{"name": t, "slug": slugify(t)} for t in entry.tags],
            "locale": entry.story.language,
            "content": self.body_html(entry),
            "relatedPosts": [self.card(o) for o in self.related(entry)],
        }
        props = {"post": post, "latestPosts": [self.card(e) for e in self.newest[:5] if e is not entry][:4]}
        main = (f'<main class="{module("Layout_main")}"><div class="{module("Post_skeleton")}" aria-busy="true">'
                f'<div class="{module("Post_skeletonTitle")}"></div><div class="{module("Post_skeletonLine")}"></div>'
                "</div></main>")
        head = (f'<meta name="description" content="{self.e(self.teaser(entry))}"/><meta property="og:title" '
                f'content="{self.e(entry.title)}"/><meta property="og:type" content="article"/>'
                f'<link rel="canonical" href="{self.url(self.post_path(entry))}"/>')
        return self.document(f"{entry.title} | {self.site_name}", "/blog/[slug]", main, props, {"slug": entry.slug},
                             head)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(f'<article class="{module("PostCard_card")}"><a href="{self.url(self.post_path(e))}">'
                        f'<h2 class="{module("PostCard_title")}">{self.e(e.title)}</h2></a><p>{self.e(self.teaser(e))}</p>'
                        f'<time dateTime="{e.published.isoformat()}">{e.published:%b} {e.published.day}, {e.published.year}</time></article>'
                        for e in items)
        nav = "".join([f'<a href="{self.url(path_of(n - 1))}">← Newer</a>' if n > 1 else "",
                       f'<a href="{self.url(path_of(n + 1))}">Older →</a>' if n < pages else ""])
        main = (f'<main class="{module("Layout_main")}"><h1>{self.e(title)}</h1><div class="{module("PostList_grid")}">'
                f'{cards}</div><nav class="{module("Pagination_nav")}">{nav}</nav></main>')
        props = {"posts": [self.card(e) for e in items], "page": n, "totalPages": pages, "title": title}
        return self.document(f"{title} | {self.site_name}", "/blog/page/[page]", main, props, {"page": str(n)})

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = f'<main class="{module("Layout_main")}"><h1>{self.e(title)}</h1>{body}</main>'
        return self.document(f"{title} | {self.site_name}", f"/{slug}", main, {"title": title}, {})
