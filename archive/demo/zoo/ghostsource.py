"""ghostsource (held out): a health and science newsletter-publication on Ghost 5 with Ghost's
newer official theme Source (not Casper, which the tuned ``ghost`` family models).

Modelled on the theme's own templates and Ghost's renderers, read from public repositories:
TryGhost/Source ``partials/components/post-list.hbs`` (``section.gh-container.is-grid.gh-outer`` >
``.gh-container-inner.gh-inner`` > ``h2.gh-container-title`` + ``main.gh-main`` > ``div.gh-feed``,
and the "See all" ``div.gh-more.is-title`` link to ``/page/2`` without a trailing slash on every feed
with more than one page, tag and author feeds included), Source's ``post.hbs`` (``main.gh-main`` >
``article.gh-article`` > ``header.gh-article-header.gh-canvas`` with ``a.gh-article-tag`` (the
primary tag), ``h1.gh-article-title.is-title``, the custom excerpt in ``p.gh-article-excerpt.is-body``,
``div.gh-article-meta`` > ``.gh-article-author-image`` (one avatar link per author) and
``.gh-article-meta-wrapper`` > ``h4.gh-article-author-name`` (Ghost's ``{{authors}}`` helper: linked
names joined by ", ") and ``.gh-article-meta-content`` (``time.gh-article-meta-date`` "12 Mar 2024"
and ``span.gh-article-meta-length`` "— 5 min read"); ``section.gh-content.gh-canvas.is-body``; the
``gh-comments`` area; then a "Read more" ``gh-container is-grid`` section of the site's four newest
other posts, ``{{#get "posts" filter="id:-{{post.id}}" limit="4"}}``), Source's compiled CSS and
templates as found in forks (``gh-article-meta-wrapper``, ``gh-article-author-name``,
``gh-article-meta-content``), Ghost core's ``content`` helper and its default ``content-cta``
(``aside.gh-post-upgrade-cta`` > ``.gh-post-upgrade-cta-content``: "This post is for paying
subscribers only" / "This post is for subscribers only", "Subscribe now", "Already have an account?
Sign in"; ``gh-members-styles`` in the head) and the Koenig card renderers of TryGhost/Koenig
(``kg-embed-card`` with oEmbed iframes, ``kg-bookmark-card`` > ``a.kg-bookmark-container`` >
``kg-bookmark-content`` / ``kg-bookmark-metadata`` / ``kg-bookmark-thumbnail``, ``kg-callout-card``,
``kg-toggle-card`` with ``data-kg-toggle-state="close"`` and ``h4.kg-toggle-heading-text``,
``kg-product-card``, ``kg-header-card kg-v2``, ``kg-signup-card``, ``kg-button-card``), and on
saved pages of Ghost 5/6 sites (ghost_head: canonical, description, og:*, article:published_time /
modified_time in UTC with ``article:tag`` per tag, twitter:label1 "Written by" with the primary
author, JSON-LD Article whose ``author`` is the primary author only and whose dates are UTC ISO
strings (TryGhost/Ghost ``core/frontend/meta/schema.js``: posts and pages alike get an Article
with the primary author), the portal and sodo-search scripts, ``meta name=generator content="Ghost 5.96"``).

What a post page shows and what its truth is:

* title: the ``h1`` (``<title>`` is the post title alone; Ghost adds no site name to post titles);
* authors: every name in ``h4.gh-article-author-name`` (a third of the posts have two or three);
  JSON-LD and twitter:data1 name only the primary author;
* date: the ``time`` shown (site timezone America/New_York, UTC-5); Ghost's meta and JSON-LD carry
  the UTC instant, which for an evening post is the next day: the truth is the shown date;
* tags: Ghost has one taxonomy; the page shows only the primary tag, ``article:tag`` lists all;
  the truth is all the post's tags (its ``article:tag``), categories none;
* the custom excerpt under the title (``gh-article-excerpt is-body``: the ``is-body`` class only
  picks the body font) is a standfirst written apart from the text, repeated in the description
  meta and the cards: NOT body;
* body: ``gh-content``'s own text; a quote is written as a ``kg-callout-card`` on some posts (body);
  a post's references sit in a collapsed ``kg-toggle-card`` (body: hidden is not boilerplate);
  ``kg-product-card`` boxes (a shop pick), ``kg-signup-card`` / ``kg-button-card`` "Subscribe"
  boxes and the paywall box are not body;
* members-only posts show only their public preview (the first paragraphs) then the paywall box:
  the truth body is the preview; whatever sits after the paywall (related bookmarks, references,
  a video further down) is not on the page and not in the truth;
* Read Also: the post's own "further reading" ``kg-bookmark-card`` links to other posts of the site,
  at the end of the content (after a "More on this:" line when there are two or more). The bottom
  "Read more" section is the site's newest posts, the same on every post: NOT Read Also.

Listings: the home page (Source's "Classic" header with a signup form, then a "Latest" feed of 12),
``/page/N/`` (page 2 also repeats the first page's posts, as Source's index feed does),
``/tag/<slug>/`` and ``/author/<slug>/`` archive headers, 12 posts per page; further pages are
linked only by ghost_head's ``<link rel="next">`` and the "See all" link to ``/page/2`` (which
301-redirects to ``/page/2/``). Pages (``page-template``): about, contact, start-here,
privacy-policy and ``/membership/`` (a header card and tiers). ``/rss/``, ``/sitemap.xml`` (index of
sitemap-pages, -posts, -authors, -tags), Ghost's robots.txt. No trap.
"""
from __future__ import annotations

import dataclasses
import hashlib
import html
import json
from datetime import timezone

from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import Response, ZooSite

GHOST_VERSION = "5.96"
PORTAL = "https://cdn.jsdelivr.net/ghost/portal@~2.43/umd/portal.min.js"
SEARCH = "https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js"
COMMENTS = "https://cdn.jsdelivr.net/ghost/comments-ui@~0.19/umd/comments-ui.min.js"
CONTENT_KEY = "8c2f61d9e04a7b3c5e1d0f9a62"
ACCENT = "#0F7B6C"
DESCRIPTION = "Evidence, not hype: a weekly letter on health research and what it means for you."

STANDFIRSTS = (
    "What the studies actually show, and what they do not.",
    "A plain-language look at the evidence, with the numbers that matter.",
    "The short version: what changes, what does not, and when to ask your doctor.",
    "We read the research so you do not have to. Here is what holds up.",
    "Practical advice, checked against the best trials we could find.",
)

PRODUCTS = (
    ("Omron Platinum upper-arm monitor", "A validated cuff that stores two users' readings and flags irregular "
     "heartbeats. Our pick for home blood pressure checks.", "Check price", "https://www.amazon.com/dp/B07RQ4R5RJ"),
    ("Weekly pill organizer, AM/PM", "Fourteen snap-shut compartments in a travel case: the simplest way to stop "
     "wondering whether you took the evening dose.", "Buy now", "https://www.amazon.com/dp/B00UGY4HR4"),
    ("Mineral sunscreen SPF 50", "A broad-spectrum zinc oxide lotion that does not sting the eyes; water resistant "
     "for 80 minutes.", "See the deal", "https://www.amazon.com/dp/B002MSN3QQ"),
)


def ghost_id(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


class GhostSource(ZooSite):
    family = "ghostsource"
    site_name = "Vital Signs"
    declared_language = "en"
    per_page = 12
    plan = Plan(seed="ghostsource", count=40, languages=("en", "es", "fr"), authors=5, co_authors=0.35,
                tz_hours=-5, related=(0, 0, 1, 2, 2, 3), tags_are_categories=True)

    # -- entries ----------------------------------------------------------------------------------------

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.gates: dict[str, str] = {}        # slug -> "paid" or "members"
        self.full_blocks: dict[str, tuple[Block, ...]] = {}
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        """Members-only posts keep only their public preview (the first two paragraphs and what
        stands between them); the truth follows what the page shows."""
        blocks = entry.story.blocks
        self.full_blocks[entry.slug] = blocks
        gate = ""
        if entry.story.kind == "article" and entry.story.language == "en":
            if entry.post_id % 7 == 0:
                gate = "paid"
            elif entry.post_id % 11 == 0:
                gate = "members"
        if entry.story.kind == "short" and entry.post_id % 4 == 0:
            gate = "paid"   # a short post whose public part is a one-paragraph teaser
        if gate:
            self.gates[entry.slug] = gate
            paragraphs, cut = 0, len(blocks)
            wanted = 1 if entry.story.kind == "short" else 2
            for i, block in enumerate(blocks):
                if block.kind == "p":
                    paragraphs += 1
                    if paragraphs == wanted:
                        cut = i + 1
                        break
            entry.story = dataclasses.replace(entry.story, blocks=blocks[:cut])
        return entry

    def gated(self, entry: Entry) -> str:
        return self.gates.get(entry.slug, "")

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The post's own bookmark cards sit at the end of its content: behind the paywall on a
        members-only post, so not on its page."""
        return [] if self.gated(entry) else self.related(entry)

    def standfirst(self, entry: Entry) -> str:
        if entry.story.language != "en" or entry.post_id % 3 == 0:
            return ""
        return STANDFIRSTS[entry.post_id % len(STANDFIRSTS)]

    def shown(self, person: Person) -> str:
        """The author's Ghost profile name: honorific kept, credentials not."""
        return f"{person.honorific} {person.name}".strip()

    def minutes(self, entry: Entry) -> int:
        words = sum(len(plain(b.text).split()) + sum(len(plain(i).split()) for i in b.items)
                    for b in self.full_blocks[entry.slug])
        return max(1, round(words / 275))

    def utc(self, entry: Entry) -> str:
        return entry.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def uuid(self, entry: Entry) -> str:
        h = hashlib.md5(entry.slug.encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    def shown_date(self, entry: Entry) -> str:
        return f"{entry.published:%d %b %Y}"

    # -- routes -----------------------------------------------------------------------------------------

    def extra_routes(self) -> None:
        self.add("/membership/", "page", self.membership)
        pages = -(-len(self.newest) // self.per_page)
        if pages > 1:
            self.routes["/page/2"] = ("other", lambda: Response(301, self.html_type, b"",
                                                                 location=self.url("/page/2/")))
        xml = "text/xml; charset=utf-8"
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/sitemap-pages.xml", "/sitemap-posts.xml", "/sitemap-authors.xml", "/sitemap-tags.xml"]), xml)
        self.add("/sitemap-posts.xml", "other", lambda: self.ghost_sitemap(
            [(self.post_path(e), self.utc(e)) for e in self.newest]), xml)
        self.add("/sitemap-pages.xml", "other", lambda: self.ghost_sitemap(
            [(p, "2024-01-08T15:02:11.000Z") for p in self.paths_of("page")]), xml)
        self.add("/sitemap-tags.xml", "other", lambda: self.ghost_sitemap(
            [(self.tag_path(t), self.utc(items[0])) for t, items in self.groups("tags").items()]), xml)
        self.add("/sitemap-authors.xml", "other", lambda: self.ghost_sitemap(
            [(self.author_path(p), self.utc(items[0])) for p, items in self.by_author().items()]), xml)
        self.add("/rss/", "other", self.feed, "application/rss+xml; charset=utf-8")

    def robots(self) -> str:
        return (f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}\nDisallow: /ghost/\nDisallow: /email/\n"
                "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n")

    def ghost_sitemap(self, rows: list[tuple[str, str]]) -> str:
        body = "".join(f"<url><loc>{self.e(self.url(p))}</loc><lastmod>{m}</lastmod></url>" for p, m in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
                f'href="//{self.base.split("//", 1)[1]}/sitemap.xsl"?><urlset '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">' + body + "</urlset>")

    def feed(self) -> str:
        items = []
        for e in self.newest[:15]:
            url = self.url(self.post_path(e))
            creators = "".join(f"<dc:creator><![CDATA[{self.shown(p)}]]></dc:creator>" for p in e.authors)
            cats = "".join(f"<category><![CDATA[{t}]]></category>" for t in e.tags)
            items.append(
                f"<item><title><![CDATA[{e.title}]]></title><description><![CDATA[{self.standfirst(e) or self.teaser(e)}]]>"
                f"</description><link>{url}</link><guid isPermaLink=\"false\">{ghost_id('post', e.slug)}</guid>{cats}"
                f"{creators}<pubDate>{e.published.astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S GMT}</pubDate>"
                f"<content:encoded><![CDATA[{self.content_html(e)}]]></content:encoded></item>")
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
                'version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
                f"<title><![CDATA[{self.site_name}]]></title><description><![CDATA[{DESCRIPTION}]]></description>"
                f"<link>{self.url('/')}</link><generator>Ghost {GHOST_VERSION}</generator>"
                f'<atom:link href="{self.url("/rss/")}" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
                + "".join(items) + "</channel></rss>")

    # -- the document ---------------------------------------------------------------------------------

    def ghost_head(self, canonical: str, description: str, og: str, ld: dict, extra: str = "") -> str:
        return f"""<link rel="icon" href="{self.url('/content/images/size/w256h256/2024/01/vital-signs-icon.png')}" type="image/png">
    <link rel="canonical" href="{canonical}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    {extra}
    <meta name="description" content="{self.e(description)}">
{og}
    <script type="application/ld+json">
{json.dumps(ld, indent=4, ensure_ascii=False)}
    </script>

    <meta name="generator" content="Ghost {GHOST_VERSION}">
    <link rel="alternate" type="application/rss+xml" title="{self.site_name}" href="{self.url('/rss/')}">
    <script defer src="{PORTAL}" data-i18n="true" data-ghost="{self.url('/')}" data-key="{CONTENT_KEY}" data-api="{self.url('/ghost/api/content/')}" data-locale="en" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    width: 100%;
    color: #ffffff;
    font-size: 16px;
}}
.gh-post-upgrade-cta-content {{ border-radius: 8px; padding: 40px 4vw; }}
.gh-post-upgrade-cta h2 {{ color: #ffffff; font-size: 28px; margin: 0; padding: 0; }}
.gh-post-upgrade-cta p {{ margin: 20px 0 0; padding: 0; }}
.gh-post-upgrade-cta a, .gh-post-upgrade-cta a:hover {{ color: #ffffff; box-shadow: none; text-decoration: underline; }}
</style>
    <script defer src="{SEARCH}" data-key="{CONTENT_KEY}" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css" data-sodo-search="{self.url('/')}" data-locale="en" crossorigin="anonymous"></script>
    <link href="{self.url('/webmentions/receive/')}" rel="webmention">
    <script defer src="/public/cards.min.js?v=3d1b8e6f2a"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=3d1b8e6f2a">
    <script defer src="/public/member-attribution.min.js?v=3d1b8e6f2a"></script>
    <style>:root {{--ghost-accent-color: {ACCENT};}}</style>"""

    def og_tags(self, kind: str, title: str, description: str, url: str, extra: str = "") -> str:
        return f"""    <meta property="og:site_name" content="{self.site_name}">
    <meta property="og:type" content="{kind}">
    <meta property="og:title" content="{self.e(title)}">
    <meta property="og:description" content="{self.e(description)}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{self.url('/content/images/size/w1200/2024/01/vital-signs-cover.jpg')}">
{extra}    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{self.e(title)}">
    <meta name="twitter:description" content="{self.e(description)}">
    <meta name="twitter:url" content="{url}">
    <meta name="twitter:site" content="@vitalsignsletter">"""

    def navigation(self) -> str:
        items = "".join(f'<li class="nav-{s}"><a href="{self.url(p)}">{t}</a></li>' for s, t, p in (
            ("home", "Home", "/"), ("start-here", "Start here", "/start-here/"), ("membership", "Membership", "/membership/"),
            ("about", "About", "/about/")))
        return f"""<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
    <div class="gh-navigation-inner gh-inner">
        <div class="gh-navigation-brand">
            <a class="gh-navigation-logo is-title" href="{self.url('/')}">{self.site_name}</a>
            <button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
            <button class="gh-burger gh-icon-button" aria-label="Menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor" viewBox="0 0 256 256"><path d="M224,128a8,8,0,0,1-8,8H40a8,8,0,0,1,0-16H216A8,8,0,0,1,224,128Z"></path></svg></button>
        </div>
        <nav class="gh-navigation-menu">
            <ul class="nav">{items}</ul>
        </nav>
        <div class="gh-navigation-actions">
            <div class="gh-navigation-members">
                <a href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </div>
        </div>
    </div>
</header>"""

    def signup_form(self, where: str) -> str:
        return (f'<form class="gh-form" data-members-form><input class="gh-form-input" id="{where}-email" name="email" '
                'type="email" placeholder="jamie@example.com" required data-members-email><button class="gh-button" '
                'type="submit" aria-label="Subscribe"><span><span>Subscribe</span><svg xmlns="http://www.w3.org/2000/svg" '
                'width="32" height="32" fill="currentColor" viewBox="0 0 256 256"><path d="M224.49,136.49l-72,72a12,12,0,0,1-17-17L187,140H40a12,12,0,0,1,0-24H187L135.51,64.48a12,12,0,0,1,17-17l72,72A12,12,0,0,1,224.49,136.49Z"></path></svg></span>'
                '<svg class="gh-form-loading" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg>'
                '</button><p data-members-error></p></form>')

    def footer(self) -> str:
        secondary = "".join(f'<li class="nav-{slugify(t)}"><a href="{self.url(p)}">{t}</a></li>' for t, p in (
            ("Sign up", "#/portal/"), ("Contact", "/contact/"), ("Privacy", "/privacy-policy/"),
            ("RSS", "/rss/")))
        return f"""<footer class="gh-footer gh-outer">
    <div class="gh-footer-inner gh-inner">
        <div class="gh-footer-bar">
            <span class="gh-footer-logo is-title">{self.site_name}</span>
            <nav class="gh-footer-menu"><ul class="nav">{secondary}</ul></nav>
            <div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div>
        </div>
        <section class="gh-footer-signup">
            <h2 class="gh-footer-signup-header is-title">{self.site_name}</h2>
            <p class="gh-footer-signup-subhead is-body">{DESCRIPTION}</p>
            {self.signup_form("footer")}
        </section>
    </div>
</footer>"""

    def document(self, title: str, body_class: str, main: str, head: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{self.e(title)}</title>
    <link rel="stylesheet" type="text/css" href="{self.url('/assets/built/screen.css?v=7a91c2d4e8')}">
    <style>:root {{--background-color: #ffffff}}</style>
    <script>
        /* The script for calculating the color contrast has been taken from
        https://gomakethings.com/dynamically-changing-the-text-color-based-on-background-color-contrast-with-vanilla-js/ */
        var accentColor = getComputedStyle(document.documentElement).getPropertyValue('--background-color');
        accentColor = accentColor.trim().slice(1);
    </script>
    {head}
</head>
<body class="{body_class} has-sans-title has-sans-body">
<div class="gh-viewport">
{self.navigation()}
{main}
{self.footer()}
</div>
<script src="{self.url('/assets/built/source.js?v=7a91c2d4e8')}"></script>
</body>
</html>"""

    # -- cards -----------------------------------------------------------------------------------------

    def image(self, name: str, size: str = "w720") -> str:
        return self.url(f"/content/images/size/{size}/2024/{name}.jpg")

    def card(self, e: Entry, lazy: bool = True) -> str:
        tag = e.tags[0]
        by = ", ".join(self.shown(p) for p in e.authors)
        excerpt = self.standfirst(e) or self.teaser(e, 26)
        loading = ' loading="lazy"' if lazy else ""
        return f"""<article class="gh-card post tag-{slugify(tag)}">
    <a class="gh-card-link" href="{self.url(self.post_path(e))}">
        <figure class="gh-card-image">
            <img srcset="{self.image(e.slug, 'w160')} 160w, {self.image(e.slug, 'w320')} 320w, {self.image(e.slug, 'w600')} 600w" sizes="320px" src="{self.image(e.slug)}" alt="{self.e(e.title)}"{loading}>
        </figure>
        <div class="gh-card-wrapper">
            <p class="gh-card-tag">{self.e(tag)}</p>
            <h3 class="gh-card-title is-title">{self.e(e.title)}</h3>
            <p class="gh-card-excerpt is-body">{self.e(excerpt)}</p>
            <footer class="gh-card-meta"><span class="gh-card-author">By {self.e(by)}</span><time class="gh-card-date" datetime="{e.date}">{self.shown_date(e)}</time></footer>
        </div>
    </a>
</article>"""

    def container(self, title: str, cards: str, more: bool, extra_class: str = "") -> str:
        see_all = (f'<div class="gh-more is-title"><a href="{self.url("/page/2")}">See all <svg xmlns="http://www.w3.org/2000/svg" '
                   'width="32" height="32" fill="currentColor" viewBox="0 0 256 256"><path d="M224.49,136.49l-72,72a12,12,0,0,1-17-17L187,140H40a12,12,0,0,1,0-24H187L135.51,64.48a12,12,0,0,1,17-17l72,72A12,12,0,0,1,224.49,136.49Z"></path></svg></a></div>'
                   if more else "")
        heading = f'<h2 class="gh-container-title">{self.e(title)}</h2>' if title else ""
        return f"""<section class="gh-container is-grid{extra_class} gh-outer">
    <div class="gh-container-inner gh-inner">
        {heading}
        <main class="gh-main">
            <div class="gh-feed">
{cards}
            </div>
        </main>
        {see_all}
    </div>
</section>"""

    # -- Koenig cards -------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        if "vimeo" in src:
            player = f"{src}?app_id=122963"
            size = 'width="426" height="240"'
        else:
            player = f"{src}?feature=oembed"
            size = 'width="200" height="113"'
        return (f'<figure class="kg-card kg-embed-card"><iframe {size} src="{self.e(player)}" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; '
                f'web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="{self.e(entry.title)}">'
                "</iframe></figure>")

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "quote" and entry.post_id % 2:
            return (f'<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div>'
                    f'<div class="kg-callout-text">{self.inline(block.text)}</div></div>')
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f"""<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
            <div class="kg-toggle-heading">
                <h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">{self.e(block.text)}</span></h4>
                <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">
                    <svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
                        <path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path>
                    </svg>
                </button>
            </div>
            <div class="kg-toggle-content"><ul>{items}</ul></div>
        </div>"""
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            return (f'<figure class="kg-card kg-image-card"><img src="{self.image(name, "w1000")}" class="kg-image" '
                    f'alt="{self.e(block.items[0])}" loading="lazy" width="2000" height="1333"></figure>')
        if block.kind in ("p", "h2", "h3", "ul", "ol", "quote"):
            return super().block_html(block, entry)
        return super().block_html(block, entry)

    def product_card(self, entry: Entry) -> str:
        title, text, button, href = PRODUCTS[entry.post_id % len(PRODUCTS)]
        star = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12.729,1.2l3.346,6.629,6.44.638a.805.805,0,0,1,.5,1.374l-5.3,5.253,1.965,7.138a.813.813,0,0,1-1.151.935L12,19.934,5.48,23.163a.813.813,0,0,1-1.151-.935L6.294,15.09.99,9.837a.805.805,0,0,1,.5-1.374l6.44-.638L11.271,1.2A.819.819,0,0,1,12.729,1.2Z"></path></svg>')
        stars = "".join(f'<span class="kg-product-card-rating-star{" kg-product-card-rating-active" if i < 4 else ""}">{star}</span>'
                        for i in range(5))
        return f"""<div class="kg-card kg-product-card">
            <div class="kg-product-card-container">
                <img src="{self.image(slugify(title), 'w600')}" width="600" height="600" class="kg-product-card-image" loading="lazy">
                <div class="kg-product-card-title-container">
                    <h4 class="kg-product-card-title"><span style="white-space: pre-wrap;">{self.e(title)}</span></h4>
                </div>
                <div class="kg-product-card-rating">{stars}</div>
                <div class="kg-product-card-description"><p><span style="white-space: pre-wrap;">{self.e(text)}</span></p></div>
                <a href="{href}" class="kg-product-card-button kg-product-card-btn-accent" target="_blank" rel="noopener noreferrer"><span>{button}</span></a>
            </div>
        </div>"""

    def signup_card(self) -> str:
        return f"""<div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form style="background-color: #F0F0F0; display: none;">
            <div class="kg-signup-card-content">
                <div class="kg-signup-card-text ">
                    <h2 class="kg-signup-card-heading" style="color: #000000;"><span style="white-space: pre-wrap;">Get {self.site_name} every Tuesday</span></h2>
                    <p class="kg-signup-card-subheading" style="color: #000000;"><span style="white-space: pre-wrap;">One study, explained properly. Free, and you can leave any time.</span></p>
                    <form class="kg-signup-card-form" data-members-form="signup">
                        <div class="kg-signup-card-fields">
                            <input class="kg-signup-card-input" id="email" data-members-email="" type="email" required="true" placeholder="Your email">
                            <button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;" type="submit"><span class="kg-signup-card-button-default">Subscribe</span><span class="kg-signup-card-button-loading"></span></button>
                        </div>
                        <div class="kg-signup-card-success" style="color: #000000;">Email sent! Check your inbox to complete your signup.</div>
                        <div class="kg-signup-card-error" style="color: #000000;" data-members-error></div>
                    </form>
                    <p class="kg-signup-card-disclaimer" style="color: #000000;"><span style="white-space: pre-wrap;">No spam. Unsubscribe anytime.</span></p>
                </div>
            </div>
        </div>"""

    def button_card(self) -> str:
        return ('<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">'
                "Subscribe</a></div>")

    def bookmark(self, o: Entry) -> str:
        url = self.url(self.post_path(o))
        return f"""<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{url}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{self.e(o.title)}</div><div class="kg-bookmark-description">{self.e(self.standfirst(o) or self.teaser(o, 24))}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{self.url('/content/images/size/w256h256/2024/01/vital-signs-icon.png')}" alt=""><span class="kg-bookmark-author">{self.site_name}</span><span class="kg-bookmark-publisher">{self.e(self.shown(o.authors[0]))}</span></div></div><div class="kg-bookmark-thumbnail"><img src="{self.image(o.slug, 'w600')}" alt="" onerror="this.style.display = 'none'"></div></a></figure>"""

    def paywall(self, gate: str) -> str:
        heading = ("This post is for paying subscribers only" if gate == "paid" else "This post is for subscribers only")
        return f"""<aside class="gh-post-upgrade-cta">
    <div class="gh-post-upgrade-cta-content" style="background-color: {ACCENT}">
            <h2>{heading}</h2>
            <a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:{ACCENT}">Subscribe now</a>
            <p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p>
    </div>
</aside>"""

    def content_html(self, entry: Entry) -> str:
        """What Ghost's {{content}} renders: the (public part of the) post's Koenig HTML."""
        parts = []
        gate = self.gated(entry)
        blocks = entry.story.blocks
        second_p = [i for i, b in enumerate(blocks) if b.kind == "p"][1:2]
        for i, block in enumerate(blocks):
            parts.append(self.block_html(block, entry))
            if (not gate and second_p and i == second_p[0] and entry.story.language == "en"
                    and entry.post_id % 6 == 2):
                parts.append(self.product_card(entry))
        if gate:
            parts.append(self.paywall(gate))
            return "\n".join(parts)
        related = self.shown_related(entry)
        if related:
            if len(related) > 1:
                parts.append("<p><strong>More on this:</strong></p>")
            parts.extend(self.bookmark(o) for o in related)
        if entry.post_id % 4 == 3:
            parts.append(self.signup_card())
        elif entry.post_id % 4 == 1:
            parts.append(self.button_card())
        return "\n".join(parts)

    # -- pages -----------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        primary = entry.tags[0]
        authors = entry.authors
        dek = self.standfirst(entry)
        description = dek or self.teaser(entry, 30)
        images = "".join(
            f'<a href="{self.url(self.author_path(p))}"><img class="author-profile-image" '
            f'src="{self.url(f"/content/images/size/w160/2024/01/{slugify(p.name)}.jpg")}" alt="{self.e(self.shown(p))}"></a>'
            for p in authors)
        names = ", ".join(f'<a href="{self.url(self.author_path(p))}">{self.e(self.shown(p))}</a>' for p in authors)
        dek_html = f'\n            <p class="gh-article-excerpt is-body">{self.e(dek)}</p>' if dek else ""
        more = "\n".join(self.card(o) for o in [e for e in self.newest if e is not entry][:4])
        first = authors[0]
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": self.site_name, "url": self.url("/"),
                            "logo": {"@type": "ImageObject",
                                     "url": self.url("/content/images/2024/01/vital-signs-logo.png")}},
              "author": {"@type": "Person", "name": self.shown(first), "image": {
                  "@type": "ImageObject", "url": self.url(f"/content/images/2024/01/{slugify(first.name)}.jpg"),
                  "width": 800, "height": 800}, "url": self.url(self.author_path(first)), "sameAs": []},
              "headline": entry.title, "url": url, "datePublished": self.utc(entry), "dateModified": self.utc(entry),
              "image": {"@type": "ImageObject", "url": self.image(entry.slug, "w1200"), "width": 1200, "height": 800},
              "keywords": ", ".join(entry.tags), "description": description,
              "mainEntityOfPage": url}
        tags = "".join(f'    <meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        og = self.og_tags("article", entry.title, description, url,
                          f'    <meta property="article:published_time" content="{self.utc(entry)}">\n'
                          f'    <meta property="article:modified_time" content="{self.utc(entry)}">\n{tags}'
                          '    <meta property="article:publisher" content="https://www.facebook.com/vitalsignsletter">\n')
        og += (f'\n    <meta name="twitter:label1" content="Written by">\n    <meta name="twitter:data1" content="{self.e(self.shown(first))}">'
               f'\n    <meta name="twitter:label2" content="Filed under">\n    <meta name="twitter:data2" content="{self.e(", ".join(entry.tags))}">')
        head = self.ghost_head(url, description, og, ld)
        comments = (f'<div class="gh-comments gh-canvas">\n            <script defer src="{COMMENTS}" data-ghost-comments="{self.url("/")}" '
                    f'data-api="{self.url("/ghost/api/content/")}" data-admin="{self.url("/ghost/")}" data-key="{CONTENT_KEY}" '
                    f'data-title="" data-count="true" data-post-id="{ghost_id("post", entry.slug)}" data-color-scheme="auto" '
                    f'data-avatar-saturation="60" data-accent-color="{ACCENT}" data-comments-enabled="paid" '
                    f'data-publication="{self.site_name}" crossorigin="anonymous"></script>\n        </div>')
        main = f"""<main class="gh-main">
    <article class="gh-article post tag-{slugify(primary)}">
        <header class="gh-article-header gh-canvas">
            <a class="gh-article-tag" href="{self.url(self.tag_path(primary))}">{self.e(primary)}</a>
            <h1 class="gh-article-title is-title">{self.e(entry.title)}</h1>{dek_html}
            <div class="gh-article-meta">
                <div class="gh-article-author-image instapaper_ignore">
                    {images}
                </div>
                <div class="gh-article-meta-wrapper">
                    <h4 class="gh-article-author-name">{names}</h4>
                    <div class="gh-article-meta-content">
                        <time class="gh-article-meta-date" datetime="{entry.date}">{self.shown_date(entry)}</time>
                            <span class="gh-article-meta-length"><span class="bull">—</span> {self.minutes(entry)} min read</span>
                    </div>
                </div>
            </div>
            <figure class="gh-article-image">
                <img srcset="{self.image(entry.slug, 'w320')} 320w, {self.image(entry.slug, 'w600')} 600w, {self.image(entry.slug, 'w1200')} 1200w" sizes="(min-width: 1200px) 920px, 92vw" src="{self.image(entry.slug, 'w1200')}" alt="{self.e(entry.title)}">
            </figure>
        </header>
        <section class="gh-content gh-canvas is-body">
{self.content_html(entry)}
        </section>
    </article>
    {comments}
</main>
{self.container("Read more", more, False)}"""
        return self.document(entry.title, f"post-template tag-{slugify(primary)}", main, head)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        url = self.url(path_of(n))
        links = ""
        if n > 1:
            links += f'<link rel="prev" href="{self.url(path_of(n - 1))}">\n    '
        if n < pages:
            links += f'<link rel="next" href="{self.url(path_of(n + 1))}">\n    '
        ld: dict = {"@context": "https://schema.org", "@type": "WebSite",
                    "publisher": {"@type": "Organization", "name": self.site_name, "url": self.url("/")},
                    "url": url, "name": self.site_name, "mainEntityOfPage": url}
        cards = "\n".join(self.card(e, lazy=i > 2) for i, e in enumerate(items))
        if first == "/":
            head_title, body_class = self.site_name, "home-template"
            description = DESCRIPTION
            if n == 1:
                header = f"""<section class="gh-header is-classic has-image gh-outer">
    <img class="gh-header-image" src="{self.url('/content/images/2024/01/vital-signs-cover.jpg')}" alt="{self.site_name}">
    <div class="gh-header-inner gh-inner">
        <h1 class="gh-header-title is-title">{DESCRIPTION}</h1>
        {self.signup_form("header")}
    </div>
</section>"""
                feed = self.container("Latest", cards, pages > 1)
            else:
                header = ""
                head_title += f" (Page {n})"
                body_class = "paged"
                # Source's index feed on page 2 first repeats the newest posts, then the page's own
                repeat = "\n".join(self.card(e, lazy=False) for e in self.newest[:self.per_page]) if n == 2 else ""
                feed = self.container("", (repeat + "\n" + cards) if repeat else cards, False)
        elif first.startswith("/author/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            head_title = f"{self.shown(person)} - {self.site_name}" + (f" (Page {n})" if n > 1 else "")
            body_class = "author-template author-" + slugify(person.name) + (" paged" if n > 1 else "")
            description = f"{self.shown(person)} writes about health research for {self.site_name}."
            ld = {"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": self.shown(person),
                  "url": url, "mainEntityOfPage": url}
            header = f"""<section class="gh-archive has-image gh-outer">
    <div class="gh-archive-inner gh-inner">
        <div class="gh-archive-wrapper">
            <h1 class="gh-article-title is-title">{self.e(self.shown(person))}</h1>
            <p class="gh-article-excerpt is-body">{self.e(description)}</p>
            <footer class="gh-author-meta"><div class="gh-author-social"><a class="gh-author-social-link" href="https://x.com/vitalsignsletter" target="_blank" rel="noopener">X</a></div></footer>
        </div>
        <img class="gh-article-image" src="{self.url(f'/content/images/size/w160/2024/01/{slugify(person.name)}.jpg')}" alt="{self.e(self.shown(person))}">
    </div>
</section>"""
            feed = self.container("", cards, pages > 1)
        else:
            head_title = f"{title} - {self.site_name}" + (f" (Page {n})" if n > 1 else "")
            body_class = f"tag-template tag-{slugify(title)}" + (" paged" if n > 1 else "")
            description = f"Posts about {title.lower()} from {self.site_name}."
            ld["@type"] = "Series"
            ld["name"] = title
            header = f"""<section class="gh-archive gh-outer">
    <div class="gh-archive-inner gh-inner">
        <header class="gh-archive-wrapper">
            <h1 class="gh-article-title is-title">{self.e(title)}</h1>
            <p class="gh-article-excerpt is-body">{self.e(description)}</p>
        </header>
    </div>
</section>"""
            feed = self.container("", cards, pages > 1)
        og = self.og_tags("website", head_title, description, url)
        head = self.ghost_head(url, description, og, ld, links)
        return self.document(head_title, body_class, header + "\n" + feed, head)

    def page_document(self, slug: str, title: str, content: str, description: str) -> str:
        url = self.url(self.page_path(slug))
        owner = self.entries[0].authors[0]     # Ghost's schema.js writes a page's primary author too
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": self.site_name, "url": self.url("/")},
              "author": {"@type": "Person", "name": self.shown(owner), "url": self.url(self.author_path(owner)),
                         "sameAs": []},
              "headline": title, "url": url, "datePublished": "2024-01-08T15:02:11.000Z",
              "dateModified": "2024-01-08T15:02:11.000Z", "description": description, "mainEntityOfPage": url}
        og = self.og_tags("website", title, description, url)
        main = f"""<main class="gh-main">
    <article class="gh-article page">
        <header class="gh-article-header gh-canvas">
            <h1 class="gh-article-title is-title">{self.e(title)}</h1>
        </header>
        <section class="gh-content gh-canvas is-body">
{content}
        </section>
    </article>
</main>"""
        return self.document(title, f"page-template page-{slug}", main, self.ghost_head(url, description, og, ld))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "\n".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        return self.page_document(slug, title, body, paragraphs[0][:150])

    def membership(self) -> str:
        header = f"""<div class="kg-card kg-header-card kg-v2 kg-width-full kg-content-wide " style="background-color: #15212A;" data-background-color="#15212A">
            <div class="kg-header-card-content">
                <div class="kg-header-card-text kg-align-center">
                    <h2 id="support-independent-health-journalism" class="kg-header-card-heading" style="color: #FFFFFF;" data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">Support independent health journalism</span></h2>
                    <p id="no-ads-no-sponsors" class="kg-header-card-subheading" style="color: #FFFFFF;" data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">No ads, no sponsors, no supplements. Just the evidence.</span></p>
                    <a href="#/portal/signup" class="kg-header-card-button " style="background-color: {ACCENT};color: #FFFFFF;" data-button-color="{ACCENT}" data-button-text-color="#FFFFFF">Subscribe</a>
                </div>
            </div>
        </div>"""
        body = (header + "\n<h2 id=\"what-you-get\">What you get</h2>\n<p>Free subscribers receive the Tuesday letter and "
                "can read most of the archive. Paying members ($6 a month or $60 a year) also get our deep dives, "
                "the monthly Q&amp;A with a clinician, and can comment on every post.</p>\n"
                + self.button_card())
        return self.page_document("membership", "Membership", body,
                                  "Support independent health journalism: what free and paying members get.")
