"""gatsby (held out): a nutrition and fitness magazine built with Gatsby (React static-site
generator) on Contentful, as ``gatsby build`` writes it to ``public/`` and a static host serves it.

Modelled on real Gatsby output and Gatsby sources read from public repositories:

- a saved production Gatsby page (Adobe's "Learn" page, mirrored in a public repository as PHP-wrapped
  static HTML): ``<div id="___gatsby"><div style="outline:none" tabindex="-1"
  id="gatsby-focus-wrapper">``, the ``gatsby-announcer`` live region after it, React Helmet tags
  (``data-react-helmet="true"``), ``<link as="script" rel="preload">`` for ``webpack-runtime-*.js``,
  ``framework-*.js``, ``app-*.js`` and the page's ``component---src-...`` chunk, and ``<link
  as="fetch" rel="preload" href="/page-data/<path>/page-data.json" crossorigin="anonymous">`` with
  ``/page-data/sq/d/<hash>.json`` (static queries) and ``/page-data/app-data.json``; the
  ``gatsby-script-loader`` (``window.pagePath=...``) and ``gatsby-chunk-mapping``
  (``window.___chunkMapping=...``) scripts at the end of the body;
- gatsbyjs/gatsby ``packages/gatsby/cache-dir/__tests__/__snapshots__/static-entry.js.snap`` (the
  html shell Gatsby renders) and the page-data format (``{"componentChunkName": ...,
  "path": ..., "result": {"data": {...}, "pageContext": {...}}, "staticQueryHashes": [...],
  "slicesMap": {}}``) as quoted in public test fixtures (a props dump of ``pageResources`` in a
  Gatsby site's test, scrapers' fixtures reading ``/page-data/sq/d/<hash>.json``);
- gatsby-plugin-image's server-rendered markup as saved in public repositories
  (``<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">``,
  the SVG sizer ``<img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;...">``,
  the blur-up ``<img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity
  500ms linear">``, ``<picture>`` with ``data-gatsby-image-ssr=""`` / ``data-main-image=""``,
  a ``<noscript>`` fallback), styled-components class names as they appear in saved Gatsby pages
  (``sc-1lw4m5x-0 sc-fxu8h6-0 iYpozj bDwmPh``);
- gatsbyjs/gatsby ``starters/blog/src/templates/blog-post.js`` (an ``h1``, the date from a GraphQL
  ``formatString``, the body through ``dangerouslySetInnerHTML``, previous/next links) and
  ``packages/gatsby-plugin-sitemap`` (``<link rel="sitemap" type="application/xml"
  href="/sitemap-index.xml">`` in the head, ``sitemap-index.xml`` naming ``sitemap-0.xml``, whose
  ``urlset`` carries the news/xhtml/image/video namespaces and ``changefreq``/``priority``);
- gatsby-plugin-feed's ``rss.xml`` as served by public Gatsby blogs (``<rss xmlns:dc xmlns:content
  xmlns:atom version="2.0">``, CDATA titles, ``<generator>GatsbyJS</generator>``, ``<guid
  isPermaLink="false">``, ``content:encoded``);
- responsive video wrappers of Gatsby + Contentful sites (Manifesto-Digital/contentful-gatsby-netlify
  ``src/components/video/styles.js``, amandineeap/projects ``Gatsby-with-Contentful/src/components/
  VideoContainer``: a styled ``div`` with ``padding-bottom: 56.25%`` around the YouTube iframe),
  Contentful's rich-text React renderer (paragraphs, ``h2``, ``<li><p>item</p></li>`` list items,
  ``<blockquote><p>``, ``<b>``/``<i>`` marks), react-cookie-consent (``CookieConsent``,
  ``#rcc-confirm-button``) and gatsby-plugin-robots-txt.

What a post page carries: no meaningful class name anywhere (styled-components hashes only); a
header with the logo and nav; a sticky share bar (an ``aside`` of share links) before the
``<article>``; the category pill (``/category/x/``) over the ``h1``; "By NAME" (names link
``/authors/x/``; "By A and B" for co-written posts; honorifics shown, credentials not); "Reviewed
by NAME, CREDS" on reviewed posts; the date as ``<time>`` "Mar 12, 2024" (with ``datetime`` on
posts of the newer template, without it on the older one) and "6 min read"; a gatsby-plugin-image
hero; the Contentful rich-text body; the post's tags as pills ("Topics"); an author box (bio with
credentials); "You might also like" (the post's own ``relatedPosts`` reference field, curated in
Contentful: its cards) when the post has any; a newsletter box; a footer with a site-wide "Most
read" list (a static query: the same on every page) and a cookie banner. React's server renderer
puts ``<!-- -->`` between adjacent text nodes ("6<!-- --> min read").

Head: React Helmet with a ``%s | Fuel & Form`` title template, description, og:*, twitter:*; the
newer template adds gatsby-plugin-next-seo's ``article:published_time`` and ``ArticleJsonLd``
(``@type`` Article, ``datePublished`` ISO, author Person objects); the older, hand-written template
has a ``BlogPosting`` JSON-LD whose ``datePublished`` is the formatted "Mar 12, 2024" and whose
``author`` is a plain string (the first author only), and no ``article:published_time``.

Listings: ``/blog/`` paginated ``/blog/2/``, ``/category/x/`` (``/category/x/2/``), ``/tags/x/``,
``/authors/x/``; ``/`` is a landing page; static pages ``/about/``... Every page has its
``/page-data/<path>/page-data.json``. ``/sitemap-index.xml`` + ``/sitemap-0.xml``, ``/rss.xml``,
``robots.txt``. English only, one category per post, tags, no trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import ZooSite

BRAND = "Fuel & Form"
HOST = "https://www.fuelandform.co"
TAGLINE = "Nutrition and training advice from registered dietitians and coaches."
CTF = "https://images.ctfassets.net/q8w3r2e1t0yz"
JSON_TYPE = "application/json"
XML = "application/xml"
STATIC_QUERIES = ("2841359383", "3159585216")   # site metadata, "Most read"
CHUNKS = {"blog-post": "component---src-templates-blog-post-js", "list": "component---src-templates-blog-list-js",
          "page": "component---src-templates-page-js", "index": "component---src-pages-index-js"}
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def sc(name: str, n: int = 0) -> str:
    """A styled-components class pair: ``sc-<componentId>-<n> <generated name>``."""
    h = hashlib.md5(name.encode()).digest()
    comp = "".join("0123456789abcdefghijklmnopqrstuvwxyz"[b % 36] for b in h[:6])
    gen = "".join(_LETTERS[b % 52] for b in h[6:12])
    return f"sc-{comp}-{n} {gen}"


def chunk_hash(name: str) -> str:
    return hashlib.sha1(name.encode()).hexdigest()[:20]


def short_date(moment) -> str:
    return f"{moment:%b} {moment.day}, {moment.year}"


class Gatsby(ZooSite):
    family = "gatsby"
    site_name = BRAND
    declared_language = "en"
    per_page = 9
    plan = Plan(seed="gatsby", count=40, languages=("en",), authors=4, co_authors=0.2, reviewed=0.4,
                tz_hours=0, related=(0, 2, 3, 3, 4))

    # -- paths -------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/blog/{entry.slug}/"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}{n}/"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tags/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/authors/{slugify(person.name)}/", n)

    def href_for(self, href: str) -> str:
        """Contentful hyperlinks to other posts are root-relative (the editors paste the path)."""
        out = super().href_for(href)
        return out[len(self.base):] if out.startswith(self.base) else out

    def inline(self, markup: str) -> str:
        """Contentful's rich-text renderer marks bold and italic with ``<b>`` and ``<i>``."""
        out = super().inline(markup)
        for a, b in (("<strong>", "<b>"), ("</strong>", "</b>"), ("<em>", "<i>"), ("</em>", "</i>")):
            out = out.replace(a, b)
        return out

    def newer_template(self, entry: Entry) -> bool:
        """Posts built after the redesign use gatsby-plugin-next-seo and ``<time dateTime>``."""
        return entry.post_id % 3 != 0

    def extra_routes(self) -> None:
        self.add("/", "page", self.landing)
        self.add("/sitemap-index.xml", "other", self.sitemap_index_xml, XML)
        self.add("/sitemap-0.xml", "other", self.sitemap_xml, XML)
        self.add("/rss.xml", "other", self.rss_xml, XML)
        self.add("/page-data/app-data.json", "other", lambda: json.dumps({"webpackCompilationHash": chunk_hash("build")}),
                 JSON_TYPE)
        self.add(f"/page-data/sq/d/{STATIC_QUERIES[0]}.json", "other", lambda: json.dumps(
            {"data": {"site": {"siteMetadata": {"title": BRAND, "description": TAGLINE, "siteUrl": HOST}}}}), JSON_TYPE)
        self.add(f"/page-data/sq/d/{STATIC_QUERIES[1]}.json", "other", lambda: json.dumps(
            {"data": {"allContentfulBlogPost": {"nodes": [{"title": e.title, "slug": e.slug} for e in self.popular(4)]}}}),
            JSON_TYPE)
        for path in self.html_paths():
            self.add(self.page_data_path(path), "other", lambda path=path: self.page_data(path), JSON_TYPE)

    def page_data_path(self, path: str) -> str:
        return "/page-data/index/page-data.json" if path == "/" else f"/page-data{path.rstrip('/')}/page-data.json"

    def robots(self) -> str:
        """gatsby-plugin-robots-txt's default policy."""
        return f"User-agent: *\nAllow: /\nSitemap: {self.url('/sitemap-index.xml')}\nHost: {self.base}\n"

    def html_paths(self) -> list[str]:
        return [p for p, (kind, _) in self.routes.items() if kind != "other"]

    def sitemap_index_xml(self) -> str:
        return self.sitemap_index(["/sitemap-0.xml"])

    def sitemap_xml(self) -> str:
        rows = "".join(f"<url><loc>{self.e(self.url(p))}</loc><changefreq>daily</changefreq><priority>0.7</priority></url>"
                       for p in self.html_paths())
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                f'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">{rows}</urlset>')

    def rss_xml(self) -> str:
        items = "".join(
            f"<item><title><![CDATA[{e.title}]]></title><description><![CDATA[{self.teaser(e)}]]></description>"
            f"<link>{self.url(self.post_path(e))}</link><guid isPermaLink=\"false\">{self.url(self.post_path(e))}</guid>"
            f"<pubDate>{e.published.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
            f"<content:encoded><![CDATA[{self.body_html(e)}]]></content:encoded></item>" for e in self.newest[:20])
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
                f'version="2.0"><channel><title><![CDATA[{BRAND}]]></title><description><![CDATA[{TAGLINE}]]></description>'
                f"<link>{self.base}</link><generator>GatsbyJS</generator><lastBuildDate>Tue, 11 Feb 2025 09:41:07 GMT"
                f"</lastBuildDate>{items}</channel></rss>")

    # -- page data -----------------------------------------------------------------------------------

    def rich_text(self, entry: Entry) -> dict:
        """The body as Contentful stores it (``body.raw``): a rich-text document of plain-text nodes."""
        def para(text: str) -> dict:
            return {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": plain(text),
                                                                      "marks": [], "data": {}}]}
        nodes = []
        for b in entry.story.blocks:
            if b.kind in ("p", "quote", "source"):
                node = para(b.text if b.kind != "source" else f"Source: {b.text}")
                nodes.append(node if b.kind != "quote" else {"nodeType": "blockquote", "data": {}, "content": [node]})
            elif b.kind in ("h2", "h3", "refs"):
                nodes.append({**para(b.text), "nodeType": "heading-2" if b.kind != "h3" else "heading-3"})
            if b.kind in ("ul", "ol", "refs"):
                nodes.append({"nodeType": "ordered-list" if b.kind == "ol" else "unordered-list", "data": {},
                              "content": [{"nodeType": "list-item", "data": {}, "content": [para(i)]} for i in b.items]})
            if b.kind in ("video", "figure"):
                nodes.append({"nodeType": "embedded-entry-block" if b.kind == "video" else "embedded-asset-block",
                              "data": {"target": {"sys": {"id": chunk_hash(b.text)[:22], "type": "Link"}}}, "content": []})
        return {"nodeType": "document", "data": {}, "content": nodes}

    def post_data(self, e: Entry) -> dict:
        return {"title": e.title, "slug": e.slug, "publishDate": short_date(e.published),
                "rawDate": e.published.isoformat(timespec="milliseconds"),
                "author": [{"name": p.name, "slug": slugify(p.name)} for p in e.authors],
                "category": {"title": e.categories[0], "slug": slugify(e.categories[0])} if e.categories else None,
                "tags": list(e.tags), "description": {"description": self.teaser(e, 24)}}

    def page_data(self, path: str) -> str:
        kind = self.routes[path][0]
        entry = next((e for e in self.entries if self.post_path(e) == path), None)
        if entry:
            data = {"contentfulBlogPost": {**self.post_data(entry),
                                           "body": {"raw": json.dumps(self.rich_text(entry)), "references": []},
                                           "relatedPosts": [self.post_data(o) for o in self.related(entry)] or None}}
            chunk, context = CHUNKS["blog-post"], {"slug": entry.slug}
        elif kind == "listing":
            data, chunk, context = {"allContentfulBlogPost": {"nodes": []}}, CHUNKS["list"], {"limit": self.per_page}
        else:
            data, chunk, context = {}, CHUNKS["index" if path == "/" else "page"], {}
        return json.dumps({"componentChunkName": chunk, "path": path, "result": {"data": data, "pageContext": context},
                           "staticQueryHashes": list(STATIC_QUERIES), "slicesMap": {}}, ensure_ascii=False)

    # -- building blocks --------------------------------------------------------------------------------

    def shown(self, person: Person) -> str:
        return f"{person.honorific} {person.name}".strip()

    def image(self, key: str, alt: str, width: int, height: int, eager: bool = False) -> str:
        """gatsby-plugin-image's constrained GatsbyImage, server-rendered (blur-up placeholder,
        ``<noscript>`` fallback)."""
        h = hashlib.md5(key.encode()).hexdigest()
        src = f"{CTF}/{h[:22]}/{h[10:32]}/{slugify(key)[:30] or 'image'}.jpg"
        srcset = ",".join(f"{src}?w={w}&amp;h={w * height // width}&amp;q=50&amp;fm=webp {w}w" for w in (width // 4, width // 2, width))
        sizes = f"(min-width: {width}px) {width}px, 100vw"
        loading = "eager" if eager else "lazy"
        main = (f'<picture><source type="image/webp" data-srcset="{srcset}" sizes="{sizes}"/><img width="{width}" '
                f'height="{height}" data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async" '
                f'loading="{loading}" data-src="{src}?w={width}&amp;h={height}&amp;q=50&amp;fm=jpg" alt="{self.e(alt)}"/>'
                "</picture>")
        noscript = main.replace("data-srcset=", "srcSet=").replace("data-src=", "src=")
        ssr = main.replace("<img ", '<img data-gatsby-image-ssr="" ', 1)
        return (f'<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained '
                f'{sc("Image")}"><div style="max-width:{width}px;display:block"><img alt="" role="presentation" '
                f'aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=\'{height}\'%20width=\'{width}\''
                "%20xmlns='http://www.w3.org/2000/svg'%20version='1.1'%3E%3C/svg%3E\" style=\"max-width:100%;display:block;"
                'position:static"/></div><div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:'
                f'opacity 500ms linear;background-color:#d8d0c8;position:absolute;top:0;left:0;bottom:0;right:0"></div>'
                f"{ssr}<noscript>{noscript}</noscript></div>")

    def header(self) -> str:
        nav = "".join(f'<li class="{sc("NavItem")}"><a class="{sc("NavLink")}" href="{p}">{t}</a></li>' for p, t in
                      (("/blog/", "All articles"), ("/category/nutrition/", "Nutrition"), ("/category/exercise-fitness/", "Fitness"),
                       ("/about/", "About"), ("/contact/", "Contact")))
        return (f'<header class="{sc("Header")}"><div class="{sc("Container")}"><a class="{sc("Logo")}" '
                f'href="/"><svg viewBox="0 0 120 28" width="120" height="28" aria-hidden="true"><title>{self.e(BRAND)}</title>'
                f'<path d="M2 4h14v4H7v5h8v4H7v9H2z"></path></svg><span class="{sc("VisuallyHidden")}">{self.e(BRAND)}'
                f'</span></a><nav aria-label="Main" class="{sc("Nav")}"><ul class="{sc("NavList")}">{nav}</ul></nav>'
                f'<button type="button" aria-label="Open menu" class="{sc("MenuButton")}"><span></span><span></span></button>'
                "</div></header>")

    def newsletter(self) -> str:
        return (f'<section class="{sc("Newsletter")}"><div class="{sc("NewsletterInner")}"><h2 class="{sc("NewsletterTitle")}">'
                f'Eat well, train smart</h2><p class="{sc("NewsletterText")}">One email every Sunday: a recipe, a workout and '
                "the week's best nutrition research, explained.</p><form class=\"" + sc("NewsletterForm") + '" name="newsletter">'
                f'<label for="newsletter-email" class="{sc("VisuallyHidden")}">Email address</label><input id="newsletter-email" '
                f'type="email" name="email" placeholder="you@example.com" required="" class="{sc("Input")}"/>'
                f'<button type="submit" class="{sc("Button")}">Subscribe</button></form><p class="{sc("Fine")}">No spam. '
                "Unsubscribe anytime.</p></div></section>")

    def footer(self) -> str:
        popular = "".join(f'<li class="{sc("FooterItem")}"><a href="{self.post_path(e)}" class="{sc("FooterLink")}">'
                          f"{self.e(e.title)}</a></li>" for e in self.popular(4))
        links = "".join(f'<li class="{sc("FooterItem")}"><a href="{p}" class="{sc("FooterLink")}">{t}</a></li>' for p, t in
                        (("/about/", "About us"), ("/contact/", "Contact"), ("/start-here/", "Start here"),
                         ("/privacy-policy/", "Privacy policy"), ("/rss.xml", "RSS")))
        return (f'<footer class="{sc("Footer")}"><div class="{sc("Container")}"><div class="{sc("FooterGrid")}">'
                f'<div><p class="{sc("FooterBrand")}">{self.e(BRAND)}</p><p class="{sc("FooterText")}">{TAGLINE}</p>'
                f'<p class="{sc("FooterText", 1)}">Our content is for information only and does not replace advice from your '
                "doctor or dietitian.</p></div>"
                f'<div><h2 class="{sc("FooterHeading")}">Most read</h2><ul class="{sc("FooterList")}">{popular}</ul></div>'
                f'<div><h2 class="{sc("FooterHeading")}">Company</h2><ul class="{sc("FooterList")}">{links}</ul></div></div>'
                f'<p class="{sc("Copyright")}">© <!-- -->2025<!-- --> <!-- -->{self.e(BRAND)}. All rights reserved. Built '
                "with Gatsby and Contentful.</p></div></footer>")

    def cookie_consent(self) -> str:
        return ('<div class="CookieConsent" style="align-items:baseline;background:#1f2a24;color:white;display:flex;'
                'flex-wrap:wrap;justify-content:space-between;left:0;position:fixed;width:100%;z-index:999;bottom:0">'
                '<div class="" style="flex:1 0 300px;margin:15px">We use cookies to understand how our articles are read '
                'and to improve the site. See our <a href="/privacy-policy/">privacy policy</a>.</div><div class="">'
                '<button class="" id="rcc-decline-button" aria-label="Decline cookies">Decline</button>'
                '<button class="" id="rcc-confirm-button" aria-label="Accept cookies">Accept</button></div></div>')

    def document(self, path: str, title: str, description: str, main: str, chunk: str, head_extra: str = "",
                 og_type: str = "website") -> str:
        full = f"{title} | {BRAND}" if title != BRAND else BRAND
        helmet = "".join(f'<meta data-react-helmet="true" {k}="{v}" content="{self.e(c)}"/>' for k, v, c in (
            ("name", "description", description), ("property", "og:title", title), ("property", "og:description", description),
            ("property", "og:type", og_type), ("property", "og:url", HOST + path), ("name", "twitter:card", "summary_large_image"),
            ("name", "twitter:creator", "@fuelandform"), ("name", "twitter:title", title),
            ("name", "twitter:description", description)))
        scripts = ("webpack-runtime", "framework", "app", chunk)
        preload = "".join(f'<link as="script" rel="preload" href="/{s}-{chunk_hash(s)}.js"/>' for s in scripts)
        fetches = "".join(f'<link as="fetch" rel="preload" href="{p}" crossorigin="anonymous"/>' for p in
                          (self.page_data_path(path), *[f"/page-data/sq/d/{q}.json" for q in STATIC_QUERIES],
                           "/page-data/app-data.json"))
        mapping = json.dumps({"app": [f"/app-{chunk_hash('app')}.js"], chunk: [f"/{chunk}-{chunk_hash(chunk)}.js"]})
        return (f'<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" '
                'content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
                '<meta name="generator" content="Gatsby 5.13.3"/>'
                f'<style data-styled="" data-styled-version="5.3.11">.{sc("Header").split()[1]}{{position:sticky;top:0}}</style>'
                f'<title data-react-helmet="true">{self.e(full)}</title>{helmet}{head_extra}'
                f'<link data-react-helmet="true" rel="canonical" href="{HOST}{path}"/>'
                '<link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/>'
                f'<link rel="alternate" type="application/rss+xml" title="{self.e(BRAND)} RSS Feed" href="/rss.xml"/>'
                f'<link rel="icon" href="/favicon-32x32.png?v={chunk_hash("icon")[:32]}" type="image/png"/>'
                f"{preload}{fetches}</head><body>"
                f'<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
                f'<div class="{sc("Layout")}">{self.header()}{main}{self.footer()}</div>{self.cookie_consent()}</div>'
                '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;'
                'clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
                f'<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";/*]]>*/</script>'
                f'<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={mapping};/*]]>*/</script>'
                + "".join(f'<script src="/{s}-{chunk_hash(s)}.js" async=""></script>' for s in scripts)
                + "</body></html>")

    # -- articles -----------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="{sc("VideoWrapper")}" style="position:relative;padding-bottom:56.25%;height:0;overflow:hidden">'
                f'<iframe src="{html.escape(src)}" title="{self.e(entry.title)}" frameBorder="0" allow="accelerometer; autoplay; '
                'clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen="" '
                'style="position:absolute;top:0;left:0;width:100%;height:100%"></iframe></div>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("ul", "ol", "refs"):
            items = "".join(f"<li><p>{self.inline(i)}</p></li>" for i in block.items)
            tag = "ol" if block.kind == "ol" else "ul"
            head = f"<h2>{self.e(block.text)}</h2>" if block.kind == "refs" else ""
            return f"{head}<{tag}>{items}</{tag}>"
        if block.kind in ("h2", "h3"):
            return f"<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind == "figure":
            return f"<figure>{self.image(block.text, block.items[0], 800, 533)}</figure>"
        return super().block_html(block, entry)

    def byline(self, entry: Entry) -> str:
        names = [f'<a href="{self.author_path(p)}" class="{sc("AuthorLink")}">{self.e(self.shown(p))}</a>' for p in entry.authors]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + "<!-- --> and <!-- -->" + names[-1]
        return f'<p class="{sc("Byline")}">By <!-- -->{joined}</p>'

    def review_line(self, entry: Entry) -> str:
        r = entry.reviewer
        if not r:
            return ""
        creds = ", ".join(r.credentials)
        return (f'<p class="{sc("Reviewed")}"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path '
                f'd="M6 11L2 7l1.4-1.4L6 8.2l6.6-6.6L14 3z"></path></svg>Reviewed by <!-- -->{self.e(self.shown(r))}'
                f"<!-- -->, <!-- -->{self.e(creds)}</p>")

    def time_html(self, entry: Entry) -> str:
        shown = short_date(entry.published)
        if self.newer_template(entry):
            return f'<time dateTime="{entry.published.isoformat(timespec="milliseconds")}">{shown}</time>'
        return f"<time>{shown}</time>"

    def share_bar(self, entry: Entry) -> str:
        url = quote(HOST + self.post_path(entry), safe="")
        links = "".join(f'<a href="{href}" target="_blank" rel="noopener noreferrer" aria-label="{label}" class="{sc("ShareButton")}">'
                        f'<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle>'
                        "</svg></a>" for href, label in (
                            (f"https://twitter.com/intent/tweet?url={url}&amp;text={quote(entry.title)}", "Share on Twitter"),
                            (f"https://www.facebook.com/sharer/sharer.php?u={url}", "Share on Facebook"),
                            (f"https://pinterest.com/pin/create/button/?url={url}", "Save to Pinterest"),
                            (f"mailto:?subject={quote(entry.title)}&amp;body={url}", "Share by email")))
        return f'<aside class="{sc("ShareBar")}" aria-label="Share"><span class="{sc("ShareLabel")}">Share</span>{links}</aside>'

    def card(self, e: Entry, heading: str = "h3") -> str:
        cat = e.categories[0] if e.categories else ""
        return (f'<li class="{sc("CardItem")}"><a href="{self.post_path(e)}" class="{sc("Card")}">'
                f'{self.image(e.slug, "", 400, 267)}<div class="{sc("CardBody")}"><span class="{sc("Pill", 1)}">{self.e(cat)}'
                f'</span><{heading} class="{sc("CardTitle")}">{self.e(e.title)}</{heading}><p class="{sc("CardMeta")}">'
                f"{short_date(e.published)}<!-- --> · <!-- -->{self.minutes(e)}<!-- --> min read</p></div></a></li>")

    def author_box(self, entry: Entry) -> str:
        boxes = []
        for p in entry.authors:
            full = ", ".join((self.shown(p), *p.credentials))
            boxes.append(f'<div class="{sc("AuthorBox")}">{self.image("avatar-" + p.name, "", 72, 72)}<div>'
                         f'<p class="{sc("AuthorBoxLabel")}">Written by</p><a href="{self.author_path(p)}" '
                         f'class="{sc("AuthorBoxName")}">{self.e(full)}</a><p class="{sc("AuthorBio")}">{self.e(self.bio(p))}'
                         "</p></div></div>")
        return "".join(boxes)

    def bio(self, p: Person) -> str:
        creds = ", ".join(p.credentials)
        role = f" ({creds})" if creds else ""
        return (f"{p.name}{role} writes about everyday nutrition, strength training and recovery for {BRAND}, "
                "with a focus on habits that last.")

    def article_ld(self, entry: Entry, description: str) -> str:
        url = HOST + self.post_path(entry)
        image = f"{CTF}/{hashlib.md5(entry.slug.encode()).hexdigest()[:22]}/hero.jpg"
        if self.newer_template(entry):
            ld = {"@context": "https://schema.org", "@type": "Article",
                  "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": entry.title, "image": [image],
                  "datePublished": entry.published.isoformat(timespec="milliseconds"),
                  "author": [{"@type": "Person", "name": p.name} for p in entry.authors],
                  "publisher": {"@type": "Organization", "name": BRAND,
                                "logo": {"@type": "ImageObject", "url": f"{HOST}/icons/icon-512x512.png"}},
                  "description": description}
            meta = f'<meta data-react-helmet="true" property="article:published_time" content="{entry.published.isoformat()}"/>'
            return meta + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        ld = {"@context": "http://schema.org", "@type": "BlogPosting", "url": url, "headline": entry.title,
              "image": image, "datePublished": short_date(entry.published), "author": entry.authors[0].name,
              "publisher": BRAND}
        return f'<script data-react-helmet="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'

    def render_article(self, entry: Entry) -> str:
        description = self.teaser(entry, 24)
        cat = entry.categories[0] if entry.categories else ""
        tags = "".join(f'<li><a href="{self.tag_path(t)}" class="{sc("Pill", 2)}">{self.e(t)}</a></li>' for t in entry.tags)
        related = self.related(entry)
        related_html = (f'<section class="{sc("Related")}"><h2 class="{sc("SectionTitle")}">You might also like</h2>'
                        f'<ul class="{sc("CardGrid")}">' + "".join(self.card(o) for o in related) + "</ul></section>"
                        if related else "")
        hero = "" if entry.story.kind == "short" else f'<div class="{sc("Hero")}">{self.image(entry.slug, entry.title, 1200, 630, True)}</div>'
        main = (f'<main class="{sc("Main")}"><div class="{sc("PostLayout")}">{self.share_bar(entry)}'
                f'<article class="{sc("Post")}"><header class="{sc("PostHeader")}">'
                f'<a href="{self.category_path(cat)}" class="{sc("Pill")}">{self.e(cat)}</a>'
                f'<h1 class="{sc("PostTitle")}">{self.e(entry.title)}</h1><p class="{sc("Dek")}">{self.e(description)}</p>'
                f'<div class="{sc("Meta")}">{self.image("avatar-" + entry.authors[0].name, "", 40, 40)}<div>'
                f'{self.byline(entry)}{self.review_line(entry)}<p class="{sc("Date")}">{self.time_html(entry)}<!-- --> · <!-- -->'
                f"{self.minutes(entry)}<!-- --> min read</p></div></div></header>{hero}"
                f'<div class="{sc("RichText")}">{self.body_html(entry)}</div>'
                f'<div class="{sc("Topics")}"><h2 class="{sc("TopicsLabel")}">Topics</h2><ul class="{sc("PillList")}">{tags}'
                f"</ul></div></article>{self.author_box(entry)}</div>{related_html}{self.newsletter()}</main>")
        return self.document(self.post_path(entry), entry.title, description, main, CHUNKS["blog-post"],
                             self.article_ld(entry, description), "article")

    # -- listings and pages -------------------------------------------------------------------------------------

    def pagination(self, path_of, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        newer = f'<a href="{path_of(n - 1)}" rel="prev" class="{sc("PageLink")}">← Newer posts</a>' if n > 1 else "<span></span>"
        older = f'<a href="{path_of(n + 1)}" rel="next" class="{sc("PageLink")}">Older posts →</a>' if n < pages else "<span></span>"
        return (f'<nav aria-label="Pagination" class="{sc("Pagination")}">{newer}<span class="{sc("PageCount")}">Page <!-- -->'
                f"{n}<!-- --> of <!-- -->{pages}</span>{older}</nav>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first.startswith("/authors/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            intro = (f'<div class="{sc("AuthorHero")}">{self.image("avatar-" + person.name, "", 120, 120)}'
                     f'<h1 class="{sc("PageTitle")}">{self.e(", ".join((self.shown(person), *person.credentials)))}</h1>'
                     f'<p class="{sc("Lead")}">{self.e(self.bio(person))}</p></div>')
            head_title = self.shown(person)
        elif first.startswith(("/category/", "/tags/")):
            label = "Category" if first.startswith("/category/") else "Topic"
            intro = (f'<p class="{sc("Eyebrow")}">{label}</p><h1 class="{sc("PageTitle")}">{self.e(title)}</h1>'
                     f'<p class="{sc("Lead")}">Everything we have published on {self.e(title.lower())}.</p>')
            head_title = title
        else:
            intro = f'<h1 class="{sc("PageTitle")}">All articles</h1><p class="{sc("Lead")}">{TAGLINE}</p>'
            head_title = "All articles"
        if n > 1:
            head_title = f"{head_title} (page {n})"
        cats = "".join(f'<li><a href="{self.category_path(c)}" class="{sc("Pill")}">{self.e(c)}</a></li>'
                       for c in sorted(self.groups("categories")))
        main = (f'<main class="{sc("Main")}"><div class="{sc("Container")}">{intro}<ul class="{sc("PillList")}">{cats}</ul>'
                f'<ul class="{sc("CardGrid")}">' + "".join(self.card(e, "h2") for e in items) + "</ul>"
                f"{self.pagination(path_of, n, pages)}</div>{self.newsletter()}</main>")
        return self.document(path_of(n), head_title, TAGLINE, main, CHUNKS["list"])

    def landing(self) -> str:
        featured = self.newest[0]
        main = (f'<main class="{sc("Main")}"><section class="{sc("Featured")}"><a href="{self.post_path(featured)}" '
                f'class="{sc("FeaturedCard")}">{self.image(featured.slug, "", 1200, 630, True)}<div>'
                f'<span class="{sc("Pill")}">Featured</span><h2 class="{sc("FeaturedTitle")}">{self.e(featured.title)}</h2>'
                f'<p class="{sc("Lead")}">{self.e(self.teaser(featured, 30))}</p></div></a></section>'
                f'<section class="{sc("Latest")}"><h2 class="{sc("SectionTitle")}">Latest articles</h2>'
                f'<ul class="{sc("CardGrid")}">' + "".join(self.card(e) for e in self.newest[1:7]) + "</ul>"
                f'<a href="/blog/" class="{sc("Button", 1)}">See all articles</a></section>{self.newsletter()}</main>')
        return self.document("/", BRAND, TAGLINE, main, CHUNKS["index"])

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<main class="{sc("Main")}"><div class="{sc("Container", 1)}"><h1 class="{sc("PageTitle")}">'
                f'{self.e(title)}</h1><div class="{sc("RichText")}">{body}</div></div></main>')
        return self.document(self.page_path(slug), title, paragraphs[0][:150], main, CHUNKS["page"])
