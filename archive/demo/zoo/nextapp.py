"""nextapp (held out): a health-news startup's site on Next.js 14's App Router (React Server
Components), as ``next build`` + ``next start`` serve it: unlike the ``nextjs`` family (Pages
Router, ``__NEXT_DATA__``) there is no hydration JSON island; the whole page is server-rendered
HTML and the React Server Components payload follows it, streamed in inline
``<script>self.__next_f.push([1,"..."])</script>`` chunks.

Modelled on real App Router output read from public repositories:

- vercel/next.js ``packages/next/src/server/app-render/use-flight-response.tsx`` (how the flight
  stream is inlined: ``(self.__next_f=self.__next_f||[]).push([0])`` first, then one
  ``self.__next_f.push([1, chunk])`` script per chunk, the chunk a JSON string, made HTML-safe by
  ``packages/next/src/server/htmlescape.ts``: ``&``, ``<``, ``>`` as ``\\u0026``, ``\\u003c``,
  ``\\u003e``), and saved Next 14 pages quoted in public repositories (a ``next build`` 404 page
  diffed in a package's release notes; a page dump in a test report): the row format
  ``1:HL["/_next/static/media/...-s.p.woff2","font",{...}]``, ``2:HL["/_next/static/css/....css","style"]``,
  ``3:I[5751,[],""]`` client references, the ``0:["buildId",[[...initialTree...]]]`` row with
  ``parallelRouterKey``/``segmentPath`` layout routers, the late ``b:[["$","meta",...]]`` head
  row; the head (``<link rel="preload" ... as="font" crossorigin="" type="font/woff2"/>``,
  ``<link rel="stylesheet" ... data-precedence="next"/>``, ``fd9d1056-*.js``, ``main-app-*.js``,
  ``polyfills-*.js noModule``, ``<meta name="next-size-adjust"/>``) and next/font's
  ``__className_xxxxxx`` / ``__variable_xxxxxx`` classes;
- React's streaming SSR as Next serves it (React DOM server tests and Next's stream tests quoted in
  public repositories): a pending Suspense boundary ``<!--$?--><template id="B:0"></template>
  fallback<!--/$-->``, the late content in ``<div hidden id="S:0">`` after the shell, swapped in by
  ``$RC("B:0","S:0")``; resolved boundaries ``<!--$-->...<!--/$-->``; a client bail-out
  ``<!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><!--/$-->`` (a
  component reading ``useSearchParams`` in a static page);
- vercel/next.js ``test/e2e/app-dir/third-parties/app/youtube-embed/page.js`` and
  ``packages/third-parties/README.md``: ``YouTubeEmbed`` from ``@next/third-parties/google``
  renders paulirish's ``<lite-youtube videoid="...">`` (no iframe until clicked); Vimeo stays an
  iframe in the CMS HTML;
- next/image's markup (``<img alt loading="lazy" width height decoding="async" data-nimg="1"
  style="color:transparent" srcSet="/_next/image?url=...&w=640&q=75 1x, ...&w=1920&q=75 2x">``;
  ``fetchPriority="high"`` without ``loading`` on the priority hero), CSS-modules class names
  (``ArticleBody_body__x7Kq2``: component, local name, a per-build hash), and the metadata that
  ``generateMetadata`` writes (``og:*``, ``article:published_time``, ``article:author``,
  ``twitter:*``, a ``%s | Site`` title template) with a hand-written JSON-LD ``NewsArticle``.

Decisions a careful reader makes here (the truth):
- The article is the server-rendered ``<article>``: kicker (the topic, the post's one category),
  ``h1``, dek, byline "By Maya Lin and Omar Haddad · Reviewed by Dr. Priya Nair" (names link to
  author pages; honorifics shown, credentials not), ``<time>`` of publication (and an "Updated"
  ``<time>`` on some posts), the CMS body (``dangerouslySetInnerHTML``), the tag links.
- "Keep reading" (the post's own related list, picked by the editors) is an async server component
  under ``<Suspense>``: the shell carries its skeleton, the cards arrive in ``<div hidden
  id="S:0">`` after the footer and the client swaps them in at the article's end. A reader sees
  them on the article: it is the page's Read Also list, not body.
- "Trending" (an aside on every page, the same five posts), the sticky newsletter bar, the share
  bar, the cookie notice and the ``?modal=subscribe`` links (an intercepted/parallel ``@modal``
  slot: the same page with a dialog over it) are site furniture.
- Listings (home, ``/topics/x``, ``/tags/x``, ``/authors/x``) show their first twelve posts and a
  "Load more" button: the next ones come from ``/api/articles?cursor=...`` (JSON, disallowed in
  robots.txt, linked by no ``href``); ``/sitemap.xml`` (``app/sitemap.ts``) lists every post and
  listing, ``/feed.xml`` is a route handler. English only; news briefs (short posts) and video posts.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from datetime import datetime, timezone
from urllib.parse import quote

from . import texts
from .posts import Entry, Person, Plan, slugify
from .site import ZooSite, later

BRAND = "Vitalwire"
HOST = "https://www.vitalwire.health"
BUILD_ID = "Qx7mK2pLr9TfVb3nWc1sE"
JSON_TYPE = "application/json"
RC = ('$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a=document.getElementById(b);'
      'if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);else{e=b.parentNode;a=b.nextSibling;'
      'var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&'
      '"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);'
      'b.data="$"}b._reactRetry&&b._reactRetry()}};')
FONT_SANS, FONT_SERIF = "3a0388", "c1e5e9"
PER_PAGE = 12
_B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def css(name: str) -> str:
    """A CSS-modules class as Next builds it: File_local__hash (the hash changes with every build)."""
    digest = int(hashlib.sha1(f"{BUILD_ID}:{name}".encode()).hexdigest(), 16)
    tail = "".join(_B62[(digest >> (6 * i)) % 62] for i in range(5))
    return f"{name}__{tail}"


def chunk_hash(name: str, n: int = 16) -> str:
    return hashlib.md5(f"{BUILD_ID}:{name}".encode()).hexdigest()[:n]


def flight_script(chunk: str) -> str:
    """One inline flight chunk, as createInlinedDataReadableStream writes it."""
    data = json.dumps([1, chunk], ensure_ascii=False, separators=(",", ":"))
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<script>self.__next_f.push({data})</script>"


def row(ref: str, value) -> str:
    return f"{ref}:{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}\n"


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def short_date(moment: datetime) -> str:
    return f"{moment:%b} {moment.day}, {moment.year}"


class NextApp(ZooSite):
    family = "nextapp"
    site_name = BRAND
    declared_language = "en"
    per_page = PER_PAGE
    plan = Plan(seed="nextapp", count=36, languages=("en",), authors=5, co_authors=0.35, reviewed=0.4,
                tz_hours=0, related=(2, 3, 3, 4))

    # -- paths ------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/articles/{entry.slug}"

    def feed_of(self, first: str) -> str:
        """The API's query for a listing's feed (home: none)."""
        parts = first.strip("/").split("/")
        return "" if len(parts) < 2 else {"topics": "topic", "tags": "tag", "authors": "author"}[parts[0]] + f"={parts[1]}&"

    def cursor_path(self, first: str, n: int) -> str:
        cursor = base64.urlsafe_b64encode(json.dumps({"o": (n - 1) * PER_PAGE}).encode()).decode().rstrip("=")
        return f"/api/articles?{self.feed_of(first)}cursor={cursor}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else self.cursor_path("/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        base = f"/topics/{slugify(name)}"
        return base if n == 1 else self.cursor_path(base, n)

    def tag_path(self, name: str, n: int = 1) -> str:
        base = f"/tags/{slugify(name)}"
        return base if n == 1 else self.cursor_path(base, n)

    def author_path(self, person: Person, n: int = 1) -> str:
        base = f"/authors/{slugify(person.name)}"
        return base if n == 1 else self.cursor_path(base, n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        """Page one is HTML; the rest is the infinite scroll's JSON, one cursor per batch."""
        pages = max(1, -(-len(items) // self.per_page))
        self.add(path_of(1), "listing", lambda: self.render_listing(title, items[:PER_PAGE], 1, pages, path_of))
        for n in range(2, pages + 1):
            chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
            self.add(path_of(n), "other", lambda chunk=chunk, n=n: self.api_json(chunk, n, pages, path_of), JSON_TYPE)

    def extra_routes(self) -> None:
        self.add("/sitemap.xml", "other", self.sitemap_xml, "application/xml")
        self.add("/feed.xml", "other", lambda: self.rss(f"{BRAND}: latest", "/", self.newest),
                 "application/rss+xml; charset=utf-8")
        self.add("/manifest.webmanifest", "other", lambda: json.dumps(
            {"name": BRAND, "short_name": BRAND, "start_url": "/", "display": "standalone",
             "icons": [{"src": "/icon.png", "sizes": "512x512", "type": "image/png"}]}), "application/manifest+json")

    def robots(self) -> str:
        return f"User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_xml(self) -> str:
        paths = ["/", *[self.post_path(e) for e in self.newest],
                 *[self.category_path(c) for c in self.groups("categories")],
                 *[self.tag_path(t) for t in self.groups("tags")],
                 *[self.author_path(p) for p in self.by_author()], *[self.page_path(s) for s in texts.EVERGREEN]]
        rows = "".join(f"<url>\n<loc>{self.e(self.url(p))}</loc>\n<lastmod>2025-01-14T08:00:00.000Z</lastmod>\n"
                       "<changefreq>daily</changefreq>\n<priority>0.7</priority>\n</url>\n" for p in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{rows}</urlset>\n")

    # -- helpers ----------------------------------------------------------------------------------

    def shown(self, person: Person) -> str:
        return f"{person.honorific} {person.name}".strip()

    def modified(self, entry: Entry) -> datetime | None:
        return later(entry.published, f"nextapp:upd:{entry.slug}", 15, 240) if entry.post_id % 3 == 0 else None

    def image_src(self, key: str) -> str:
        return f"https://images.ctfassets.net/v1t4lw1r3/{chunk_hash(key, 22)}/{chunk_hash(key + 'x', 32)}/{key[:40]}.jpg"

    def next_image(self, src: str, alt: str, width: int, height: int, cls: str, priority: bool = False,
                   sizes: str = "") -> str:
        enc = quote(src, safe="")
        if sizes:
            widths = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)
            srcset = ", ".join(f"/_next/image?url={enc}&amp;w={w}&amp;q=75 {w}w" for w in widths)
            size_attr, src_w = f' sizes="{sizes}"', 3840
        else:
            w1, w2 = (640, 1080) if width <= 640 else (1200, 3840)
            srcset = f"/_next/image?url={enc}&amp;w={w1}&amp;q=75 1x, /_next/image?url={enc}&amp;w={w2}&amp;q=75 2x"
            size_attr, src_w = "", w2
        load = ' fetchPriority="high"' if priority else ' loading="lazy"'
        return (f'<img alt="{self.e(alt)}"{load} width="{width}" height="{height}" decoding="async" data-nimg="1" '
                f'class="{cls}" style="color:transparent" srcSet="{srcset}"{size_attr} '
                f'src="/_next/image?url={enc}&amp;w={src_w}&amp;q=75"/>')

    def chunks(self) -> dict[str, str]:
        return {name: f"/_next/static/chunks/{name}-{chunk_hash(name)}.js" for name in
                ("webpack", "fd9d1056", "117", "main-app", "app/layout", "app/articles/[slug]/page",
                 "app/(listings)/layout", "polyfills", "878", "231")}

    # -- the frame --------------------------------------------------------------------------------

    def header(self) -> str:
        topics = sorted(self.groups("categories"))
        links = "".join(f'<li><a class="{css("SiteHeader_link")}" href="/topics/{slugify(t)}">{self.e(t)}</a></li>'
                        for t in topics)
        return (f'<header class="{css("SiteHeader_header")}"><div class="{css("SiteHeader_inner")}">'
                f'<a class="{css("SiteHeader_logo")}" aria-label="{BRAND} home" href="/"><svg width="28" height="28" '
                'viewBox="0 0 28 28" aria-hidden="true"><path d="M2 14h6l3-8 6 16 3-8h6" fill="none" stroke="currentColor" '
                f'stroke-width="2.5"></path></svg><span>{BRAND}</span></a>'
                f'<nav aria-label="Topics" class="{css("SiteHeader_nav")}"><ul>{links}</ul></nav>'
                f'<a class="{css("SiteHeader_cta")}" href="?modal=subscribe">Subscribe</a></div></header>')

    def trending(self) -> str:
        items = "".join(f'<li class="{css("Trending_item")}"><span class="{css("Trending_rank")}">{i}</span>'
                        f'<a href="{self.post_path(e)}">{self.e(e.title)}</a></li>'
                        for i, e in enumerate(self.popular(5), 1))
        return (f'<aside class="{css("Trending_trending")}" aria-labelledby="trending-heading">'
                f'<h2 id="trending-heading" class="{css("Trending_heading")}">Trending</h2>'
                f'<ol class="{css("Trending_list")}">{items}</ol></aside>')

    def newsletter_bar(self) -> str:
        return (f'<div class="{css("NewsletterBar_bar")}" role="region" aria-label="Newsletter sign-up">'
                f'<p class="{css("NewsletterBar_text")}"><strong>The Daily Dose.</strong> Five health stories worth '
                'your time, every weekday morning.</p>'
                f'<form class="{css("NewsletterBar_form")}" action="/api/subscribe" method="post">'
                '<label class="sr-only" for="nl-email">Email address</label>'
                '<input id="nl-email" type="email" name="email" placeholder="you@example.com" required=""/>'
                '<button type="submit">Sign up</button></form>'
                f'<button type="button" class="{css("NewsletterBar_close")}" aria-label="Dismiss">×</button></div>')

    def cookie_notice(self) -> str:
        return (f'<div class="{css("CookieNotice_notice")}" role="dialog" aria-live="polite" aria-label="Cookie consent">'
                '<p>We use cookies to understand how our journalism is read and to keep the site working. See our '
                '<a href="/privacy-policy">privacy policy</a>.</p><div><button type="button">Decline</button>'
                '<button type="button">Accept all</button></div></div>')

    def footer(self) -> str:
        topics = "".join(f'<li><a href="/topics/{slugify(t)}">{self.e(t)}</a></li>' for t in sorted(self.groups("categories")))
        company = "".join(f'<li><a href="/{s}">{t}</a></li>' for s, t in
                          (("about", "About us"), ("start-here", "Start here"), ("contact", "Contact"),
                           ("privacy-policy", "Privacy")))
        return (f'<footer class="{css("SiteFooter_footer")}"><div class="{css("SiteFooter_grid")}">'
                f'<div><p class="{css("SiteFooter_brand")}">{BRAND}</p><p class="{css("SiteFooter_tagline")}">Health news, '
                'checked by clinicians.</p></div><nav aria-label="Topics"><h3>Topics</h3><ul>' + topics + '</ul></nav>'
                '<nav aria-label="Company"><h3>Company</h3><ul>' + company + '</ul></nav></div>'
                f'<p class="{css("SiteFooter_legal")}">© 2025 {BRAND} Media, Inc. Our content is for information only '
                'and is not medical advice. <a href="/feed.xml">RSS</a></p></footer>')

    def document(self, title: str, head: str, main: str, flight: list[str], route: str, late: str = "",
                 with_aside: bool = True) -> str:
        c = self.chunks()
        font = f"/_next/static/media/{chunk_hash('inter', 16)}-s.p.woff2"
        css_file = f"/_next/static/css/{chunk_hash('css', 16)}.css"
        page_js = c["app/articles/[slug]/page"] if route == "article" else c["app/(listings)/layout"]
        modal = '<!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><!--/$-->'
        aside = self.trending() if with_aside else ""
        scripts = "".join(flight_script(ch) for ch in flight)
        return (f'<!DOCTYPE html><html lang="en" class="__variable_{FONT_SANS} __variable_{FONT_SERIF}"><head>'
                '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
                f'<link rel="preload" href="{font}" as="font" crossorigin="" type="font/woff2"/>'
                f'<link rel="stylesheet" href="{css_file}" data-precedence="next"/>'
                f'<link rel="preload" as="script" fetchPriority="low" href="{c["webpack"]}"/>'
                f'<script src="{c["fd9d1056"]}" async=""></script><script src="{c["117"]}" async=""></script>'
                f'<script src="{c["main-app"]}" async=""></script><script src="{c["878"]}" async=""></script>'
                f'<script src="{page_js}" async=""></script>'
                f'<title>{self.e(title)}</title>{head}'
                f'<link rel="alternate" type="application/rss+xml" title="{BRAND}" href="{self.url("/feed.xml")}"/>'
                '<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials"/>'
                '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/>'
                '<meta name="next-size-adjust"/>'
                f'<script src="{c["polyfills"]}" noModule=""></script></head>'
                f'<body class="__className_{FONT_SANS}"><a class="{css("SkipLink_skip")}" href="#main">Skip to content</a>'
                f'{self.header()}<div class="{css("Layout_shell")}"><main id="main" class="{css("Layout_main")}">{main}</main>'
                f'{aside}</div>{self.newsletter_bar()}{self.footer()}{self.cookie_notice()}{modal}'
                f'<script src="{c["webpack"]}" async=""></script>'
                '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
                f'{scripts}{late}</body></html>')

    def flight_head(self, route: str) -> list[str]:
        c = self.chunks()
        font = f"/_next/static/media/{chunk_hash('inter', 16)}-s.p.woff2"
        css_file = f"/_next/static/css/{chunk_hash('css', 16)}.css"
        page = ["231", c["231"][15:], "308", c["app/articles/[slug]/page"][15:]] if route == "article" else \
            ["231", c["231"][15:], "412", c["app/(listings)/layout"][15:]]
        first = (f'1:HL["{font}","font",{{"crossOrigin":"","type":"font/woff2"}}]\n'
                 f'2:HL["{css_file}","style"]\n')
        refs = ('3:I[5751,[],""]\n5:I[9275,[],""]\n6:I[1343,[],""]\n'
                f'7:I[8231,{json.dumps(page, separators=(",", ":"))},"ShareBar"]\n'
                f'8:I[4017,{json.dumps(page, separators=(",", ":"))},"NewsletterBar"]\n'
                f'9:I[6290,{json.dumps(page, separators=(",", ":"))},"LoadMore"]\n'
                'c:I[6130,[],""]\nd:[]\n')
        return [first, refs]

    def tree_row(self, segments: list, title: str, page_el) -> str:
        """The ``0:`` row: build id, the router tree down to __PAGE__ and the page's element tree."""
        tree: dict = {"children": ["__PAGE__", {}]}
        for seg in reversed(segments):
            tree = {"children": [seg, tree]}
        value = [BUILD_ID, [[["", tree, "$undefined", "$undefined", True],
                             ["", {"children": ["__PAGE__", {}, [["$L4", page_el], None], None]},
                              ["$", "$L5", None, {"parallelRouterKey": "children", "segmentPath": ["children"],
                                                  "error": "$undefined", "template": ["$", "$L6", None, {}],
                                                  "notFound": "$undefined", "styles": None}], None],
                             [None, "$Lb"]]]]
        return row("0", value)

    def meta_row(self, title: str, description: str, extra: list) -> str:
        tags = [["$", "meta", "0", {"name": "viewport", "content": "width=device-width, initial-scale=1"}],
                ["$", "meta", "1", {"charSet": "utf-8"}], ["$", "title", "2", {"children": title}],
                ["$", "meta", "3", {"name": "description", "content": description}], *extra,
                ["$", "meta", str(4 + len(extra)), {"name": "next-size-adjust"}]]
        return row("b", tags) + "4:null\n"

    # -- articles -----------------------------------------------------------------------------------

    def byline(self, entry: Entry) -> str:
        links = [f'<a class="{css("Byline_author")}" href="{self.author_path(p)}">{self.e(self.shown(p))}</a>'
                 for p in entry.authors]
        names = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
        review = ""
        if entry.reviewer:
            review = (f'<span class="{css("Byline_sep")}" aria-hidden="true"> · </span><span class="{css("Byline_review")}">'
                      f'Reviewed by <a href="/about#medical-review-board">{self.e(self.shown(entry.reviewer))}</a></span>')
        updated = self.modified(entry)
        upd = (f'<span class="{css("Byline_updated")}">Updated <time dateTime="{iso(updated)}">{short_date(updated)}</time></span>'
               if updated else "")
        return (f'<div class="{css("Byline_byline")}"><p class="{css("Byline_names")}">By {names}{review}</p>'
                f'<p class="{css("Byline_dates")}"><time dateTime="{iso(entry.published)}">{short_date(entry.published)}</time>'
                f'{upd}<span class="{css("Byline_read")}"> · {self.minutes(entry)} min read</span></p></div>')

    def minutes(self, entry: Entry) -> int:
        from .posts import body_text
        return max(1, round(len(body_text(entry.story.blocks).split()) / 230))

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "vimeo" in src:
            return (f'<div class="video-embed"><iframe src="https://player.vimeo.com/video/{vid}?h=0&amp;dnt=1" '
                    'width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" '
                    f'allowfullscreen="" title="{self.e(entry.title)}"></iframe></div>')
        return (f'<div class="{css("VideoEmbed_wrap")}"><lite-youtube videoid="{vid}" '
                f'style="background-image:url(\'https://i.ytimg.com/vi/{vid}/hqdefault.jpg\');width:100%;height:400px">'
                '</lite-youtube></div>')

    def block_html(self, block, entry: Entry) -> str:
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1]
            return (f'<figure>{self.next_image(self.image_src(name), block.items[0], 1200, 675, css("ArticleBody_image"))}'
                    "</figure>")
        return super().block_html(block, entry)

    def card(self, e: Entry, cls: str = "Card") -> str:
        author = ", ".join(self.shown(p) for p in e.authors)
        return (f'<article class="{css(cls + "_card")}"><a class="{css(cls + "_link")}" href="{self.post_path(e)}">'
                f'{self.next_image(self.image_src(e.slug), "", 640, 360, css(cls + "_image"))}'
                f'<div class="{css(cls + "_text")}"><span class="{css(cls + "_topic")}">{self.e(e.categories[0])}</span>'
                f'<h3 class="{css(cls + "_title")}">{self.e(e.title)}</h3>'
                f'<p class="{css(cls + "_meta")}">{self.e(author)} · <time dateTime="{iso(e.published)}">'
                f"{short_date(e.published)}</time></p></div></a></article>")

    def keep_reading(self, entry: Entry) -> str:
        cards = "".join(self.card(o, "KeepReading") for o in self.shown_related(entry))
        return (f'<section class="{css("KeepReading_section")}" aria-labelledby="keep-reading"><h2 id="keep-reading" '
                f'class="{css("KeepReading_heading")}">Keep reading</h2><div class="{css("KeepReading_grid")}">{cards}</div>'
                "</section>")

    def json_ld(self, entry: Entry) -> str:
        updated = self.modified(entry) or entry.published
        data = {
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title,
            "description": self.teaser(entry, 24), "image": [self.image_src(entry.slug)],
            "datePublished": iso(entry.published), "dateModified": iso(updated),
            "author": [{"@type": "Person", "name": p.name, "url": HOST + self.author_path(p)} for p in entry.authors],
            "publisher": {"@type": "Organization", "name": BRAND, "logo": {"@type": "ImageObject",
                                                                            "url": f"{HOST}/logo.png"}},
            "mainEntityOfPage": {"@type": "WebPage", "@id": HOST + self.post_path(entry)},
            "articleSection": entry.categories[0], "keywords": list(entry.tags),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")

    def render_article(self, entry: Entry) -> str:
        description = self.teaser(entry, 24)
        url = self.url(self.post_path(entry))
        topic = entry.categories[0]
        brief = entry.story.kind == "short"
        tags = "".join(f'<li><a class="{css("TagList_tag")}" href="{self.tag_path(t)}">{self.e(t)}</a></li>'
                       for t in entry.tags)
        hero = "" if brief else (f'<figure class="{css("ArticleHeader_hero")}">'
                                 + self.next_image(self.image_src(entry.slug), entry.title, 1600, 900,
                                                   css("ArticleHeader_heroImage"), priority=True,
                                                   sizes="(max-width: 768px) 100vw, 760px")
                                 + "</figure>")
        label = f'<span class="{css("ArticleHeader_label")}">News brief</span>' if brief else ""
        share = quote(url, safe="")
        body = self.body_html(entry)
        skeleton = "".join(f'<div class="{css("KeepReading_skeletonCard")}"></div>' for _ in range(3))
        main = (f'<article class="{css("Article_article")}">'
                f'<header class="{css("ArticleHeader_header")}">{label}<a class="{css("ArticleHeader_kicker")}" '
                f'href="{self.category_path(topic)}">{self.e(topic)}</a>'
                f'<h1 class="{css("ArticleHeader_title")}">{self.e(entry.title)}</h1>'
                f'<p class="{css("ArticleHeader_dek")}">{self.e(description)}</p>{self.byline(entry)}</header>{hero}'
                f'<!--$--><div class="{css("ShareBar_bar")}" role="group" aria-label="Share"><button type="button" '
                f'class="{css("ShareBar_copy")}">Copy link</button><a href="https://twitter.com/intent/tweet?url={share}" '
                f'target="_blank" rel="noopener noreferrer">Share on X</a><a href="https://www.facebook.com/sharer/sharer.php?u={share}" '
                'target="_blank" rel="noopener noreferrer">Share on Facebook</a><a href="https://www.linkedin.com/sharing/'
                f'share-offsite/?url={share}" target="_blank" rel="noopener noreferrer">Share on LinkedIn</a></div><!--/$-->'
                f'<div class="{css("ArticleBody_body")}">{body}</div>'
                f'<footer class="{css("Article_footer")}"><h2 class="sr-only">Tags</h2><ul class="{css("TagList_list")}">'
                f'{tags}</ul><p class="{css("Article_disclaimer")}">This article is for information only and is not a '
                'substitute for advice from your own clinician.</p></footer></article>'
                f'<!--$?--><template id="B:0"></template><div class="{css("KeepReading_skeleton")}" aria-busy="true">'
                f"{skeleton}</div><!--/$-->")
        late = (f'<div hidden id="S:0">{self.keep_reading(entry)}</div><script>{RC}$RC("B:0","S:0")</script>')
        head = (f'<meta name="description" content="{self.e(description)}"/>'
                f'<meta name="author" content="{self.e(", ".join(p.name for p in entry.authors))}"/>'
                f'<meta name="keywords" content="{self.e(",".join(entry.tags))}"/>'
                f'<link rel="canonical" href="{url}"/>'
                f'<meta property="og:title" content="{self.e(entry.title)}"/>'
                f'<meta property="og:description" content="{self.e(description)}"/>'
                f'<meta property="og:url" content="{url}"/><meta property="og:site_name" content="{BRAND}"/>'
                '<meta property="og:locale" content="en_US"/>'
                f'<meta property="og:image" content="{self.image_src(entry.slug)}"/>'
                '<meta property="og:image:width" content="1600"/><meta property="og:image:height" content="900"/>'
                '<meta property="og:type" content="article"/>'
                f'<meta property="article:published_time" content="{iso(entry.published)}"/>'
                + (f'<meta property="article:modified_time" content="{iso(self.modified(entry))}"/>'
                   if self.modified(entry) else "")
                + "".join(f'<meta property="article:author" content="{HOST}{self.author_path(p)}"/>' for p in entry.authors)
                + f'<meta property="article:section" content="{self.e(topic)}"/>'
                + "".join(f'<meta property="article:tag" content="{self.e(t)}"/>' for t in entry.tags)
                + '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@vitalwire"/>'
                f'<meta name="twitter:title" content="{self.e(entry.title)}"/>'
                f'<meta name="twitter:description" content="{self.e(description)}"/>'
                f'<meta name="twitter:image" content="{self.image_src(entry.slug)}"/>')
        ld = f'<script type="application/ld+json">{self.json_ld(entry)}</script>'
        main = ld + main
        post = {"slug": entry.slug, "title": entry.title, "topic": {"name": topic, "slug": slugify(topic)},
                "authors": [{"name": p.name, "slug": slugify(p.name)} for p in entry.authors],
                "publishedAt": iso(entry.published), "tags": list(entry.tags)}
        page_el = ["$", "article", None, {"className": css("Article_article"), "children": [
            ["$", "header", None, {"className": css("ArticleHeader_header"), "children": [
                ["$", "h1", None, {"className": css("ArticleHeader_title"), "children": entry.title}],
                ["$", "p", None, {"className": css("ArticleHeader_dek"), "children": description}]]}],
            ["$", "$L7", None, {"url": url, "title": entry.title}],
            ["$", "div", None, {"className": css("ArticleBody_body"), "dangerouslySetInnerHTML": {"__html": body}}],
            ["$", "$Le", None, {"post": post}]]}]
        flight = [*self.flight_head("article"),
                  self.tree_row(["articles", ["slug", entry.slug, "d"]], entry.title, page_el),
                  self.meta_row(f"{entry.title} | {BRAND}", description,
                                [["$", "meta", "4", {"property": "og:title", "content": entry.title}],
                                 ["$", "meta", "5", {"property": "article:published_time", "content": iso(entry.published)}]]),
                  "e:" + json.dumps(["$", "$Sreact.suspense", None, {"fallback": ["$", "div", None, {
                      "className": css("KeepReading_skeleton"), "aria-busy": "true"}], "children": "$Lf"}],
                      separators=(",", ":")) + "\n",
                  row("f", ["$", "section", None, {"className": css("KeepReading_section"), "children": [
                      ["$", "h2", None, {"id": "keep-reading", "children": "Keep reading"}],
                      [["$", "a", o.slug, {"href": self.post_path(o), "children": o.title}] for o in self.shown_related(entry)]]}])]
        return self.document(f"{entry.title} | {BRAND}", head, main, flight, "article", late)

    # -- listings -------------------------------------------------------------------------------------

    def api_item(self, e: Entry) -> dict:
        return {"id": e.post_id, "slug": e.slug, "href": self.post_path(e), "title": e.title,
                "excerpt": self.teaser(e, 20), "publishedAt": iso(e.published),
                "topic": {"name": e.categories[0], "slug": slugify(e.categories[0])},
                "authors": [{"name": p.name, "slug": slugify(p.name)} for p in e.authors],
                "image": self.image_src(e.slug)}

    def api_json(self, items: list[Entry], n: int, pages: int, path_of) -> str:
        nxt = path_of(n + 1).split("cursor=")[1] if n < pages else None
        return json.dumps({"items": [self.api_item(e) for e in items], "nextCursor": nxt}, ensure_ascii=False)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        nxt = path_of(2).split("cursor=")[1] if pages > 1 else None
        cards = "".join(self.card(e) for e in items)
        if first == "/":
            lead = items[0]
            intro = (f'<section class="{css("Lead_lead")}"><a href="{self.post_path(lead)}">'
                     f'{self.next_image(self.image_src(lead.slug), lead.title, 1600, 900, css("Lead_image"), priority=True, sizes="100vw")}'
                     f'<span class="{css("Lead_topic")}">{self.e(lead.categories[0])}</span>'
                     f'<h2 class="{css("Lead_title")}">{self.e(lead.title)}</h2><p>{self.e(self.teaser(lead, 30))}</p></a></section>'
                     f'<h1 class="sr-only">{BRAND}: health news, checked by clinicians</h1><h2 class="{css("Feed_heading")}">Latest</h2>')
            page_title, description, segments = f"{BRAND}: Health news, checked by clinicians", \
                "Daily health news and explainers, reviewed by clinicians.", []
        elif first.startswith("/authors/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            creds = ", ".join(person.credentials)
            intro = (f'<header class="{css("AuthorHeader_header")}">'
                     f'{self.next_image(self.image_src(person.name), self.shown(person), 96, 96, css("AuthorHeader_avatar"))}'
                     f'<h1>{self.e(self.shown(person))}</h1>'
                     + (f'<p class="{css("AuthorHeader_creds")}">{self.e(creds)}</p>' if creds else "")
                     + f'<p>{self.e(self.shown(person))} covers health and medicine for {BRAND}.</p></header>')
            page_title, description = f"{self.shown(person)} | {BRAND}", f"Articles by {person.name}."
            segments = ["authors", ["slug", slugify(person.name), "d"]]
        else:
            kind = "Topic" if first.startswith("/topics/") else "Tag"
            intro = (f'<header class="{css("ListingHeader_header")}"><p class="{css("ListingHeader_eyebrow")}">{kind}</p>'
                     f'<h1>{self.e(title)}</h1></header>')
            page_title, description = f"{title} | {BRAND}", f"The latest {BRAND} coverage of {title.lower()}."
            segments = ["topics" if kind == "Topic" else "tags", ["slug", first.rsplit("/", 1)[1], "d"]]
        more = (f'<div class="{css("LoadMore_wrap")}"><!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING">'
                f'</template><!--/$--><button type="button" class="{css("LoadMore_button")}">Load more stories</button></div>'
                if nxt else "")
        main = f'{intro}<div class="{css("Feed_grid")}">{cards}</div>{more}'
        head = (f'<meta name="description" content="{self.e(description)}"/><link rel="canonical" href="{self.url(first)}"/>'
                f'<meta property="og:title" content="{self.e(page_title)}"/><meta property="og:site_name" content="{BRAND}"/>'
                '<meta property="og:type" content="website"/><meta name="twitter:card" content="summary_large_image"/>')
        page_el = ["$", "div", None, {"children": [["$", "$L9", None, {
            "initialItems": [self.api_item(e) for e in items], "nextCursor": nxt,
            "endpoint": "/api/articles" + ("?" + self.feed_of(first).rstrip("&") if self.feed_of(first) else "")}]]}]
        flight = [*self.flight_head("listing"), self.tree_row(segments, title, page_el),
                  self.meta_row(page_title, description, [])]
        return self.document(page_title, head, main, flight, "listing")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        extra = ""
        if slug == "about":
            extra = ('<h2 id="medical-review-board">Medical review board</h2><ul>'
                     + "".join(f"<li>{self.e(Person(*r[:2], tuple(r[2])).display)}</li>" for r in
                               ((n, h, c) for n, h, c in texts.REVIEWERS)) + "</ul>")
        main = (f'<div class="{css("Prose_prose")}"><h1>{self.e(title)}</h1>{body}{extra}</div>')
        head = f'<meta name="description" content="{self.e(paragraphs[0][:150])}"/><link rel="canonical" href="{self.url("/" + slug)}"/>'
        page_el = ["$", "div", None, {"className": css("Prose_prose"), "children": [["$", "h1", None, {"children": title}]]}]
        flight = [*self.flight_head("page"), self.tree_row([slug], title, page_el),
                  self.meta_row(f"{title} | {BRAND}", paragraphs[0][:150], [])]
        return self.document(f"{title} | {BRAND}", head, main, flight, "page", with_aside=False)
