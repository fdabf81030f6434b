"""wix (held out): a small therapy practice's site on Wix with the Wix Blog app, modelled on rendered
Wix pages and on what public scrapers and migration scripts of Wix blogs read from them (the
``data-hook`` attributes of the Blog app: ``post-title``, ``user-name``, ``time-ago``,
``time-to-read``, ``post-description``, ``post-footer``, ``recent-posts``, ``post-list-item``,
``share-button__*``, ``like-button-with-count``; the Ricos rich-content viewer, whose body is
``data-id="content-viewer"`` with each block followed by an empty ``<div type="paragraph"
data-hook="rcv-blockN">`` marker, ``p id="viewer-xxxxx"`` paragraphs, ``figure data-hook=
"figure-IMAGE"`` / ``"figure-VIDEO"``, ``data-hook="web-link"`` links and ``empty-line`` blocks;
``ul aria-label="Post tags"`` / ``"Post categories"``; the ``BlogPosting`` JSON-LD with UTC
``...Z`` dates; ``wix-essential-viewer-model`` and ``wix-warmup-data`` JSON scripts; Wix's
``/sitemap.xml`` index, ``/blog-feed.xml``, ``# By Wix`` robots.txt; site pages built of
``wixui-section`` strips, ``wixui-column-strip`` columns and ``richTextElement`` text).
Sources read: saved Wix post pages and scrapers in public repositories (PatriarchFlag's saved
``/post/`` page and layout tooling, Wix-to-WordPress and Wix-to-Astro migration scripts, Wix blog
scrapers keyed on ``data-hook``).

What a reader sees on a post (``/post/<slug>``, no trailing slash): the blog's header menu ("All
Posts" and the categories), the writer's avatar and name (one writer, no credentials), the date
("Mar 12, 2024": every post is older than the current year, so Wix shows the full date; the
JSON-LD carries the UTC instant, a day later for evening posts), "N min read", the title (``h1``),
the body, the tags and categories, share buttons (buttons, no links), views / comments / likes
counters, a site-wide "Recent Posts" section of the three newest other posts with "See All" (not
the article's related posts: the truth's related list is empty), and the comments widget (some
readers' comments server-rendered). Listings: ``/blog``, ``/blog/page/N``,
``/blog/categories/<slug>[/page/N]``, ``/blog/tags/<slug>[/page/N]``; the writers' member pages
``/profile/<slug>/profile`` list their posts. Site pages: Home (a "From the Blog" post-list
widget), About, Services, Book Online, Contact, Privacy Policy, Start Here.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import timezone

from . import texts
from .posts import Block, Entry, Person, Plan, body_text, slugify
from .site import ZooSite

XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
SITE_ID = "d7a3c1"
COMMENTERS = ("Jordan P.", "Maya Lindqvist", "Sam O'Hara", "Renee T.", "Chris Alvarez", "Nadia K.")
COMMENTS = ("Thank you for writing this. I shared it with my sister.",
            "This is exactly what I needed to read this week.",
            "Could you write more about how this works for teenagers?",
            "Really clear and kind. The practical steps help a lot.",
            "I tried the first suggestion last night and it helped.")
PAGES = {   # Wix site pages beyond the zoo's evergreen ones: slug -> (title, paragraphs)
    "services": ("Services", [
        "Individual therapy for adults, couples counselling and short courses in mindfulness-based stress "
        "reduction. Sessions are fifty minutes, in person in our Portland office or online.",
        "We work with anxiety, low mood, grief, burnout, sleep problems and life transitions."]),
    "book-online": ("Book Online", [
        "Choose a service and a time that suits you. A free fifteen-minute consultation call is available for "
        "new clients before the first session."]),
}


_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CHARS = _LETTERS + "0123456789_-"


def hid(*parts, n: int = 6) -> str:
    """A Wix-style hashed class or id fragment ("tQ0Q1A"): a letter, then letters, digits, "_" and "-"."""
    digest = hashlib.md5(":".join(map(str, parts)).encode()).digest()
    return _LETTERS[digest[0] % len(_LETTERS)] + "".join(_CHARS[b % len(_CHARS)] for b in digest[1:n])


def comp(*parts) -> str:
    return "comp-" + hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:8]


def wix_date(moment) -> str:
    return f"{moment:%b} {moment.day}, {moment.year}"


def utc(moment) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Wix(ZooSite):
    family = "wix"
    site_name = "Still Water Counseling"
    declared_language = "en"
    per_page = 9
    author_pages = False        # writers are site members: /profile/<slug>/profile
    plan = Plan(seed="wix", count=34, languages=("en",), authors=3, co_authors=0.0, tz_hours=-8, related=(0,))

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/post/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}/page/{n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/blog/categories/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/blog/tags/{slugify(name)}", n)

    def profile_path(self, person: Person) -> str:
        return f"/profile/{slugify(person.name)}/profile"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        for slug, (title, paragraphs) in PAGES.items():
            self.add(self.page_path(slug), "page", lambda slug=slug, title=title, paragraphs=paragraphs:
                     self.render_page(slug, title, paragraphs))
        for person, items in self.by_author().items():
            self.add(self.profile_path(person), "listing", lambda person=person, items=items: self.profile(person, items))
        self.add("/blog-feed.xml", "other", lambda: self.rss(f"{self.site_name} | Blog", "/blog", self.newest), RSS)
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/blog-posts-sitemap.xml", "/blog-categories-sitemap.xml", "/pages-sitemap.xml"]), XML)
        self.add("/blog-posts-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), XML)
        self.add("/blog-categories-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), XML)
        self.add("/pages-sitemap.xml", "other", lambda: self.sitemap(
            ["/", "/blog", *[self.page_path(s) for s in (*texts.EVERGREEN, *PAGES)]]), XML)

    def robots(self) -> str:
        return ("# By Wix\n\nUser-agent: *\nAllow: /\n\n# Optimization for Google Ads Bot\nUser-agent: AdsBot-Google-Mobile\n"
                "User-agent: AdsBot-Google\nDisallow: /_api/*\nDisallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\n"
                "# Block PetalBot\nUser-agent: PetalBot\nDisallow: /\n\n# Crawl delay for overly enthusiastic bots\n"
                "User-agent: dotbot\nCrawl-delay: 10\nUser-agent: AhrefsBot\nCrawl-delay: 10\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- numbers a page shows -------------------------------------------------------------------------

    def minutes(self, entry: Entry) -> int:
        return max(1, round(len(body_text(entry.story.blocks).split()) / 200))

    def views(self, entry: Entry) -> int:
        return 14 + entry.post_id * 7 % 190

    def likes(self, entry: Entry) -> int:
        return entry.post_id % 9

    def comments(self, entry: Entry) -> list[tuple[str, str]]:
        n = entry.post_id % 3
        return [(COMMENTERS[(entry.post_id + k) % len(COMMENTERS)], COMMENTS[(entry.post_id + k) % len(COMMENTS)])
                for k in range(n)]

    def image(self, key: str) -> str:
        return f"https://static.wixstatic.com/media/{SITE_ID}_{hashlib.md5(key.encode()).hexdigest()}~mv2.jpg"

    def recent(self, entry: Entry | None, n: int = 3) -> list[Entry]:
        return [e for e in self.newest if e is not entry][:n]

    # -- frame ------------------------------------------------------------------------------------------

    def nav(self) -> str:
        items = [("/", "Home"), ("/about", "About"), ("/services", "Services"), ("/blog", "Blog"),
                 ("/book-online", "Book Online"), ("/contact", "Contact")]
        lis = "".join(
            f'<li class="wixui-horizontal-menu__item {hid("li")}"><a data-testid="linkElement" href="{self.url(p)}" '
            f'class="{hid("a")} wixui-horizontal-menu__item-link"><div class="{hid("lbl")}"><span class="{hid("txt")} '
            f'wixui-horizontal-menu__item-label">{label}</span></div></a></li>' for p, label in items)
        return (f'<nav aria-label="Site" id="{comp("nav")}" class="{hid("nav")} wixui-horizontal-menu"><ul class="{hid("ul")}">'
                f"{lis}</ul></nav>")

    def rich(self, key, inner: str) -> str:
        return (f'<div id="{comp("rt", key)}" class="{hid("rt1")} {hid("rt2")} {comp("rt", key)} wixui-rich-text" '
                f'data-testid="richTextElement">{inner}</div>')

    def strip(self, key, *columns: str) -> str:
        """A Wix section (strip) of columns."""
        cols = "".join(f'<div id="{comp("col", key, i)}" class="{hid("col")} {comp("col", key, i)} wixui-column-strip__column">'
                       f'<div data-testid="columns" class="{hid("colin")}">{c}</div></div>' for i, c in enumerate(columns))
        return (f'<section id="{comp("sec", key)}" class="{hid("sec")} {comp("sec", key)} wixui-section" tabindex="-1">'
                f'<div data-testid="section-container" class="{hid("secc")}"><div id="{comp("strip", key)}" '
                f'class="{hid("strip")} wixui-column-strip" data-testid="columns">{cols}</div></div></section>')

    def document(self, title: str, main: str, head: str = "", warmup: dict | None = None) -> str:
        viewer = {"fleetConfig": {"fleetName": "wix-thunderbolt", "type": "GA", "code": 0},
                  "language": {"userLanguage": "en"}, "site": {"externalBaseUrl": self.base, "isSEO": False},
                  "commonConfig": {"brand": "wix", "host": "VIEWER", "siteRevision": "212", "language": "en", "locale": "en-us"},
                  "requestUrl": self.base}
        warm = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": warmup or {}},
                "ooi": {"failedInSsr": {}}, "pages": {"pageId": hid(title, n=5)}}
        header = self.strip("header",
                            self.rich("logo", f'<p class="font_9 wixui-rich-text__text"><a href="{self.url("/")}">{self.site_name}</a></p>'),
                            self.nav(),
                            f'<div class="{hid("login")}" data-testid="login-social-bar"><button aria-label="Log In" '
                            f'class="{hid("btn")}"><span>Log In</span></button></div>')
        footer = self.strip("footer",
                            self.rich("ft1", f'<p class="font_8 wixui-rich-text__text">{self.site_name}</p>'
                                      '<p class="font_8 wixui-rich-text__text">1220 SE Hawthorne Blvd, Suite 4, Portland, OR 97214</p>'
                                      '<p class="font_8 wixui-rich-text__text">hello@stillwatercounseling.com &nbsp;|&nbsp; (503) 555-0182</p>'),
                            self.rich("ft2", '<p class="font_8 wixui-rich-text__text">If you are in crisis, call or text 988 '
                                      "(Suicide &amp; Crisis Lifeline) or go to your nearest emergency room.</p>"),
                            f'<form id="{comp("form")}" class="{hid("form")}" data-testid="form" aria-label="Subscribe">'
                            '<div class="wixui-rich-text"><h5 class="font_5">Join our mailing list</h5></div>'
                            '<input type="email" name="email" placeholder="Email*" aria-required="true">'
                            '<button type="submit" data-testid="buttonElement"><span>Subscribe</span></button></form>',
                            self.rich("ft3", f'<p class="font_9 wixui-rich-text__text"><a href="{self.url("/privacy-policy")}">Privacy Policy</a>'
                                      f' &middot; <a href="{self.url("/start-here")}">Start Here</a> &middot; &copy; 2026 by {self.site_name}. '
                                      'Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with">Wix.com</a></p>'))
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/{SITE_ID}_favicon~mv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/{SITE_ID}_favicon~mv2.png" type="image/png">
<script type="application/json" id="wix-essential-viewer-model">{json.dumps(viewer)}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
<title>{self.e(title)}</title>
{head}<meta property="og:site_name" content="{self.site_name}">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" title="{self.site_name} - RSS" href="{self.url('/blog-feed.xml')}">
<style id="css_masterPage">#SITE_HEADER{{z-index:50}}.font_8{{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}}</style>
</head>
<body class="{hid("body")} responsive">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="{hid("stt")}" tabindex="-1" aria-label="top of page" role="region"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="{hid("hdr")} SITE_HEADER wixui-header" tabindex="-1">{header}</header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="{hid("pages")}"><div id="SITE_PAGES_TRANSITION_GROUP" class="{hid("tg")}">
{main}
</div></div></main>
<footer id="SITE_FOOTER" class="{hid("ftr")} SITE_FOOTER wixui-footer" tabindex="-1">{footer}</footer>
</div></div></div></div>
<div data-hook="consent-banner-root" id="consent-banner-root"><div class="{hid("cb")}" role="region" aria-label="Cookie banner"><p>This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies. <a href="{self.url("/privacy-policy")}">Privacy Policy</a></p><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script type="application/json" id="wix-warmup-data">{json.dumps(warm, ensure_ascii=False)}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6f2a1c3b.bundle.min.js" async></script>
</body>
</html>"""

    def blog_header(self) -> str:
        cats = "".join(f'<li><a href="{self.url(self.category_path(c))}" class="{hid("catl")}" data-hook="header-category-link">'
                       f"{self.e(c)}</a></li>" for c in sorted(self.groups("categories")))
        return (f'<div data-hook="blog-desktop-header-container" class="{hid("bh")}"><nav aria-label="Blog categories" '
                f'class="{hid("bhn")}"><ul class="{hid("bhu")}"><li><a href="{self.url("/blog")}" data-hook="header-category-link">'
                f'All Posts</a></li>{cats}</ul></nav><div data-hook="search-input" class="{hid("srch")}"><button aria-label="Search">'
                f'</button></div><button data-hook="login-button" class="{hid("lgn")}">Log in / Sign up</button></div>')

    # -- the post page ------------------------------------------------------------------------------------

    def viewer_id(self, entry: Entry, i) -> str:
        return "viewer-" + hashlib.md5(f"{entry.slug}:{i}".encode()).hexdigest()[:5]

    def wrap(self, inner: str) -> str:
        return f'<div data-breakout="normal">{inner}</div>'

    def web_links(self, markup: str) -> str:
        """Inline markup with Ricos link styling: every link is a ``web-link``."""
        out = self.inline(markup)
        return out.replace('<a href="', f'<a data-hook="web-link" target="_blank" rel="noopener noreferrer" class="{hid("wl")}" href="')

    def paragraph(self, entry: Entry, i, inner: str) -> str:
        return self.wrap(f'<p dir="auto" class="{hid("p1")} {hid("p2")}" id="{self.viewer_id(entry, i)}">'
                         f'<span class="{hid("sp")}">{inner}</span></p>')

    def rcv_block(self, block: Block, entry: Entry, i: int) -> list[tuple[str, str]]:
        """(type, html) pairs the rich-content viewer renders for one block, in order."""
        kind = block.kind
        if kind == "p":
            return [("paragraph", self.paragraph(entry, i, self.web_links(block.text)))]
        if kind in ("h2", "h3"):
            return [("heading", self.wrap(f'<{kind} dir="auto" class="{hid("h")} {hid(kind)}" id="{self.viewer_id(entry, i)}">'
                                          f'<span class="{hid("hs")}">{self.web_links(block.text)}</span></{kind}>'))]
        if kind in ("ul", "ol"):
            items = "".join(f'<li aria-level="1" dir="auto" class="{hid("li")}"><p class="{hid("lp")}" id="{self.viewer_id(entry, (i, k))}">'
                            f'<span>{self.web_links(item)}</span></p></li>' for k, item in enumerate(block.items))
            tag = "ul" if kind == "ul" else "ol"
            return [("bulleted-list" if kind == "ul" else "ordered-list",
                     f'<{tag} class="{hid(tag)} public-DraftStyleDefault-{tag}">{items}</{tag}>')]
        if kind == "quote":
            return [("blockquote", self.wrap(f'<blockquote class="{hid("bq")}" id="{self.viewer_id(entry, i)}"><span>'
                                             f'<p class="{hid("bqp")}">{self.web_links(block.text)}</p></span></blockquote>'))]
        if kind == "figure":
            info = self.e(json.dumps({"containerId": self.viewer_id(entry, i),
                                      "imageData": {"uri": block.text, "width": 1200, "height": 800, "alt": block.items[0]}}))
            return [("image", self.wrap(
                f'<div class="{hid("imgw")}"><figure data-hook="figure-IMAGE" class="{hid("fig")}"><div data-hook="image-viewer" '
                f'class="{hid("iv")}"><wow-image id="img_{self.viewer_id(entry, i)}" class="{hid("wi")}" data-image-info="{info}">'
                f'<img src="{self.e(block.text)}" alt="{self.e(block.items[0])}" width="740" height="493" loading="lazy"></wow-image>'
                "</div></figure></div>"))]
        if kind == "video":
            return [("video", self.wrap(self.video_html(block.text, entry)))]
        if kind == "refs":
            heading = self.rcv_block(Block("h3", block.text), entry, i)
            return heading + self.rcv_block(Block("ul", items=block.items), entry, f"{i}r")
        if kind == "source":
            link = (f'<a data-hook="web-link" target="_blank" rel="noopener noreferrer" class="{hid("wl")}" '
                    f'href="{self.e(block.text)}"><u>{self.e(block.text)}</u></a>')
            return [("paragraph", self.paragraph(entry, i, f"Source: {link}"))]
        raise ValueError(kind)

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "youtube" in src:
            player = (f"https://www.youtube.com/embed/{vid}?autoplay=0&amp;mute=0&amp;controls=1&amp;origin="
                      f"{self.e(self.base)}&amp;playsinline=1&amp;showinfo=0&amp;rel=0&amp;iv_load_policy=3&amp;"
                      "modestbranding=1&amp;enablejsapi=1&amp;widgetid=1")
        else:
            player = f"https://player.vimeo.com/video/{vid}?autoplay=0&amp;muted=0&amp;controls=1&amp;playsinline=1"
        return (f'<figure data-hook="figure-VIDEO" class="{hid("vf")}"><div data-hook="video-viewer" class="{hid("vv")}">'
                f'<div class="{hid("vp")}" data-loaded="true"><div style="width:100%;height:100%"><iframe frameborder="0" '
                'allowfullscreen="1" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                f'picture-in-picture; web-share" title="{self.e(entry.title)}" width="100%" height="100%" src="{player}">'
                "</iframe></div></div></div></figure>")

    def body_html(self, entry: Entry) -> str:
        parts = ['<div type="first" data-hook="rcv-block-first"></div>']
        n = 0
        for i, block in enumerate(entry.story.blocks):
            for kind, markup in self.rcv_block(block, entry, i):
                n += 1
                parts.append(f'{markup}<div type="{kind}" data-hook="rcv-block{n}"></div>')
            if block.kind == "p" and i % 3 == 1:   # Wix writers leave empty lines between paragraphs
                n += 1
                parts.append(self.wrap(f'<p class="{hid("p1")}" id="{self.viewer_id(entry, (i, "e"))}"><span>'
                                       '<br role="presentation"></span></p>') + f'<div type="empty-line" data-hook="rcv-block{n}"></div>')
        parts.append('<div type="last" data-hook="rcv-block-last"></div>')
        return (f'<div class="{hid("rcv")}" data-id="content-viewer" data-hook="rich-content-viewer"><div class="{hid("rcvi")}" '
                f'dir="ltr">{"".join(parts)}</div></div>')

    def avatar(self, person: Person) -> str:
        return (f'<div data-hook="avatar-image" class="{hid("av")}"><img src="{self.image("avatar:" + person.name)}'
                f'/v1/fill/w_32,h_32,al_c,q_80/avatar.jpg" alt="Writer: {self.e(person.name)}" width="32" height="32"></div>')

    def post_meta(self, entry: Entry) -> str:
        person = entry.authors[0]
        when = wix_date(entry.published)
        return (f'<div class="{hid("pm")}" data-hook="post-metadata"><a data-hook="profile-link" href="{self.url(self.profile_path(person))}" '
                f'class="{hid("pl")}">{self.avatar(person)}</a><div class="{hid("pmi")}"><a data-hook="profile-link" '
                f'href="{self.url(self.profile_path(person))}"><span class="{hid("un")} user-name {hid("un2")}" data-hook="user-name" '
                f'title="{self.e(person.name)}">{self.e(person.name)}</span></a><ul class="{hid("pmu")}"><li><span '
                f'class="post-metadata__date time-ago" data-hook="time-ago" title="{when}">{when}</span></li><li><span '
                f'class="{hid("ttr")}" data-hook="time-to-read" title="{self.minutes(entry)} min read">{self.minutes(entry)} min read'
                f'</span></li></ul></div><button data-hook="more-button" aria-label="More actions" class="{hid("mb")}"></button></div>')

    def stats(self, entry: Entry) -> str:
        return (f'<div data-hook="post-main-actions__stats" class="{hid("st")}"><span data-hook="views-count">{self.views(entry)} views'
                f'</span><span data-hook="comment-count">{len(self.comments(entry))} comments</span></div>'
                f'<div data-hook="like-button-with-count" class="{hid("lk")}"><span data-hook="like-button-with-count__like-count">'
                f'{self.likes(entry)}</span><button data-hook="like-button" aria-label="Post not marked as liked" '
                f'aria-pressed="false"></button></div>')

    def share(self) -> str:
        buttons = "".join(f'<button data-hook="share-button__{k}" aria-label="Share via {label}" class="{hid("sb")}"></button>'
                          for k, label in (("facebook", "Facebook"), ("twitter", "X (Twitter)"), ("linked-in", "LinkedIn"),
                                           ("link", "link")))
        return f'<div data-hook="post-main-actions-desktop" class="{hid("sh")}"><div class="{hid("shi")}">{buttons}</div></div>'

    def post_footer(self, entry: Entry) -> str:
        tags = "".join(f'<li><a href="{self.url(self.tag_path(t))}" class="{hid("tg")}" data-hook="tag-link">{self.e(t)}</a></li>'
                       for t in entry.tags)
        cats = "".join(f'<li><a href="{self.url(self.category_path(c))}" class="{hid("cl")}" data-hook="category-label-list__item">'
                       f"{self.e(c)}</a></li>" for c in entry.categories)
        tag_list = (f'<div data-hook="post-tags" class="{hid("pt")}"><p class="{hid("ptl")}">Tags:</p><ul aria-label="Post tags" '
                    f'class="{hid("ptu")}">{tags}</ul></div>' if tags else "")
        return (f'<div data-hook="post-footer" class="{hid("pf")}">{tag_list}<div class="{hid("pcw")}">{self.share()}'
                f'<ul aria-label="Post categories" data-hook="post-page-categories" class="{hid("pc")}">{cats}</ul></div>'
                f'<div class="{hid("pfs")}">{self.stats(entry)}</div></div>')

    def card(self, e: Entry, with_meta: bool, tag: str = "h2") -> str:
        url = self.url(self.post_path(e))
        meta = ""
        if with_meta:
            person = e.authors[0]
            meta = (f'<div class="{hid("cm")}">{self.avatar(person)}<span class="{hid("un")} user-name" data-hook="user-name" '
                    f'title="{self.e(person.name)}">{self.e(person.name)}</span><ul class="{hid("cmu")}"><li><span '
                    f'class="post-metadata__date time-ago" data-hook="time-ago" title="{wix_date(e.published)}">{wix_date(e.published)}'
                    f'</span></li><li><span data-hook="time-to-read">{self.minutes(e)} min read</span></li></ul></div>')
        excerpt = (f'<div data-hook="post-description" class="{hid("cd")}"><div class="{hid("cdi")}">{self.e(self.teaser(e, 24))}'
                   "</div></div>" if with_meta else "")
        return (f'<article data-hook="post-list-item" class="{hid("pli")} {hid("pli2")}"><div class="{hid("cim")}"><a href="{url}" '
                f'tabindex="-1"><img data-hook="gallery-item-image-img" src="{self.image(e.slug)}/v1/fill/w_454,h_341,al_c,q_80/'
                f'{e.slug[:20]}.jpg" alt="" width="454" height="341" loading="lazy"></a></div><div class="{hid("cb")}">{meta}'
                f'<a href="{url}" class="{hid("ct")}"><div data-hook="post-list-item__title" class="{hid("ctt")}"><{tag} '
                f'class="{hid("cth")} post-title blog-post-title-font">{self.e(e.title)}</{tag}></div></a>{excerpt}'
                f'<div data-hook="post-footer" class="{hid("cf")}"><span data-hook="view-count-compact">{self.views(e)}</span>'
                f'<span data-hook="comment-count-compact">{len(self.comments(e))}</span><span data-hook="like-button-with-count__like-count">'
                f"{self.likes(e)}</span></div></div></article>")

    def recent_posts(self, entry: Entry) -> str:
        cards = "".join(self.card(e, with_meta=False, tag="h3") for e in self.recent(entry))
        return (f'<section data-hook="recent-posts" class="{hid("rp")}"><div class="{hid("rph")}"><h2 class="{hid("rpt")}">Recent Posts'
                f'</h2><a data-hook="recent-posts-desktop__link" href="{self.url("/blog")}" class="{hid("rpl")}">See All</a></div>'
                f'<div data-hook="recent-post-list" class="{hid("rpg")}">{cards}</div></section>')

    def comments_html(self, entry: Entry) -> str:
        rows = "".join(
            f'<div data-hook="comment" class="{hid("c")}"><div class="{hid("ch")}"><span data-hook="author-name">{self.e(name)}</span>'
            f'<span data-hook="comment-timestamp">{wix_date(entry.published)}</span></div><div data-hook="comment-content">'
            f'<p id="viewer-{hashlib.md5((entry.slug + name).encode()).hexdigest()[:5]}">{self.e(text)}</p></div><button data-hook="like-button">Like</button>'
            '<button data-hook="reply-button">Reply</button></div>' for name, text in self.comments(entry))
        return (f'<div data-hook="comments" class="{hid("cw")}"><div class="{hid("cwh")}"><h2>Comments</h2></div>'
                f'<div data-hook="comment-box-placeholder" class="{hid("cbp")}">Write a comment...</div>{rows}</div>')

    def ld(self, entry: Entry) -> dict:
        url = self.url(self.post_path(entry))
        person = entry.authors[0]
        return {"@context": "https://schema.org", "@type": "BlogPosting",
                "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": entry.title,
                "description": self.teaser(entry, 30),
                "image": {"@type": "ImageObject", "url": self.image(entry.slug), "width": 1200, "height": 800},
                "datePublished": utc(entry.published), "dateModified": utc(entry.published),
                "author": {"@type": "Person", "name": person.name, "url": self.url(self.profile_path(person))},
                "publisher": {"@type": "Organization", "name": self.site_name,
                              "logo": {"@type": "ImageObject", "url": self.image("logo"), "width": 250, "height": 250}},
                "url": url}

    def warmup(self, entry: Entry) -> dict:
        nodes = [{"type": "PARAGRAPH", "id": self.viewer_id(entry, i)[7:], "nodes": [
                     {"type": "TEXT", "textData": {"text": body_text([b]), "decorations": []}}]}
                 for i, b in enumerate(entry.story.blocks) if body_text([b])]
        post = {"id": hashlib.md5(entry.slug.encode()).hexdigest()[:24], "slug": entry.slug, "title": entry.title, "excerpt": self.teaser(entry, 24),
                "firstPublishedDate": utc(entry.published), "minutesToRead": self.minutes(entry),
                "categoryIds": [hashlib.md5(c.encode()).hexdigest()[:24] for c in entry.categories], "hashtags": [], "tags": list(entry.tags),
                "owner": {"name": entry.authors[0].name}, "richContent": {"nodes": nodes}}
        recent = [{"id": hashlib.md5(e.slug.encode()).hexdigest()[:24], "slug": e.slug, "title": e.title, "url": {"base": self.base, "path": self.post_path(e)}}
                  for e in self.recent(entry)]
        return {"postPage": {"post": post, "recentPosts": recent}}

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        head = (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(self.teaser(entry, 30))}">\n'
                f'<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<meta property="og:description" content="{self.e(self.teaser(entry, 30))}">\n'
                f'<meta property="og:image" content="{self.image(entry.slug)}/v1/fill/w_1000,h_667,al_c,q_85,usm_0.66_1.00_0.01/{entry.slug[:20]}.jpg">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="og:type" content="article">\n'
                f'<meta property="article:author" content="{self.e(entry.authors[0].name)}">\n'
                f'<meta property="article:published_time" content="{utc(entry.published)}">\n'
                f'<meta property="article:modified_time" content="{utc(entry.published)}">\n{tags}'
                f'<meta name="twitter:title" content="{self.e(entry.title)}">\n'
                f'<script type="application/ld+json">{json.dumps(self.ld(entry), ensure_ascii=False)}</script>\n')
        main = f"""<div id="{comp("post-page")}" class="{hid("pp")} wixui-page"><div data-hook="post-page" class="{hid("ppi")}">
{self.blog_header()}
<section data-hook="post-page-root" class="{hid("ppr")}"><div class="{hid("ppw")}">
<article data-hook="post" class="{hid("art")} blog-post-page-font">
<div class="{hid("ah")}">{self.post_meta(entry)}
<div class="{hid("tw")}"><h1 class="{hid("t")} blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="blog-post-title-font blog-post-title-color">{self.e(entry.title)}</span></h1></div></div>
<div data-hook="post-hero-image" class="{hid("hero")}"><img src="{self.image(entry.slug)}/v1/fill/w_740,h_493,al_c,q_85/{entry.slug[:20]}.jpg" alt="" width="740" height="493"></div>
<div data-hook="post-description" class="{hid("pd")} post-content__body">{self.body_html(entry)}</div>
{self.post_footer(entry)}
</article></div></section>
{self.recent_posts(entry)}
{self.comments_html(entry)}
</div></div>"""
        return self.document(entry.title, main, head, self.warmup(entry))

    # -- listings and pages -----------------------------------------------------------------------------

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages == 1:
            return ""
        links = []
        if n > 1:
            links.append(f'<a data-hook="pagination__previous" href="{self.url(path_of(n - 1))}" aria-label="Previous page"></a>')
        for k in range(1, pages + 1):
            links.append(f'<span data-hook="pagination__current" aria-current="page">{k}</span>' if k == n else
                         f'<a data-hook="pagination__{k}" href="{self.url(path_of(k))}">{k}</a>')
        if n < pages:
            links.append(f'<a data-hook="pagination__next" href="{self.url(path_of(n + 1))}" aria-label="Next page"></a>')
        return f'<nav data-hook="pagination" aria-label="Pagination" class="{hid("pg")}">{"".join(links)}</nav>'

    def feed(self, heading: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(self.card(e, with_meta=True) for e in items)
        return (f'<div id="{comp("feed")}" class="{hid("fp")} wixui-page"><div data-hook="feed-page-root" class="{hid("fpr")}">'
                f"{self.blog_header()}{heading}<div data-hook=\"post-list\" class=\"{hid('pl')}\"><div "
                f'data-hook="post-list-pro-gallery-container" class="{hid("plg")}">{cards}</div></div>'
                f"{self.pagination(n, pages, path_of)}</div></div>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        if path_of(1) == "/blog":
            heading, page_title = "", f"Blog | {self.site_name}"
        elif path_of(1).startswith("/blog/tags/"):
            heading = f'<div data-hook="tag-header" class="{hid("th")}"><h1>{self.e(title)}</h1></div>'
            page_title = f"{title} | {self.site_name}"
        else:
            heading = (f'<div data-hook="category-header" class="{hid("chd")}"><h1 data-hook="category-header-title">'
                       f"{self.e(title)}</h1></div>")
            page_title = f"{title} | {self.site_name}"
        if n > 1:
            page_title = f"{page_title} | Page {n}"
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="{self.e(page_title)}">\n'
                + (f'<link rel="prev" href="{self.url(path_of(n - 1))}">\n' if n > 1 else "")
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}">\n' if n < pages else ""))
        return self.document(page_title, self.feed(heading, items, n, pages, path_of), head)

    def profile(self, person: Person, items: list[Entry]) -> str:
        heading = (f'<div data-hook="profile-header" class="{hid("prh")}">{self.avatar(person)}<h1 data-hook="profile-name">'
                   f'{self.e(person.name)}</h1><p data-hook="profile-role">Writer</p><p>{len(items)} Posts</p></div>')
        cards = "".join(self.card(e, with_meta=True) for e in items)
        main = (f'<div id="{comp("profile")}" class="{hid("mp")} wixui-page"><div data-hook="member-page" class="{hid("mpr")}">'
                f'{heading}<div data-hook="post-list" class="{hid("pl")}">{cards}</div></div></div>')
        return self.document(f"Profile | {self.site_name}", main,
                             f'<link rel="canonical" href="{self.url(self.profile_path(person))}">\n<meta name="robots" content="noindex">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        text = "".join(f'<p class="font_8 wixui-rich-text__text">{self.e(p)}</p>' for p in paragraphs)
        columns = [self.rich(("pg", slug), f'<h1 class="font_0 wixui-rich-text__text">{self.e(title)}</h1>{text}')]
        if slug == "contact":
            columns.append(f'<form id="{comp("contact")}" data-testid="form" aria-label="Contact"><input name="first-name" '
                           'placeholder="First name"><input type="email" name="email" placeholder="Email"><textarea name="message">'
                           '</textarea><button type="submit" data-testid="buttonElement"><span>Send</span></button></form>')
        if slug == "book-online":
            columns.append(self.rich(("svc", slug), "".join(
                f'<h3 class="font_4 wixui-rich-text__text">{s}</h3><p class="font_8 wixui-rich-text__text">50 min &middot; {p}</p>'
                '<p class="font_8"><button data-testid="buttonElement">Book Now</button></p>'
                for s, p in (("Individual Therapy", "$160"), ("Couples Counseling", "$190"), ("Free Consultation", "Free")))))
        cta = self.strip(("cta", slug), self.rich(("cta", slug), '<h2 class="font_2 wixui-rich-text__text">Ready to talk?</h2>'),
                         f'<a data-testid="linkElement" href="{self.url("/book-online")}" class="wixui-button"><span>Book a Session</span></a>')
        main = f'<div id="{comp("page", slug)}" class="{hid("pgw")} wixui-page">{self.strip(("page", slug), *columns)}{cta}</div>'
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="{self.e(title)} | {self.site_name}">\n')
        return self.document(f"{title} | {self.site_name}", main, head)

    def home(self) -> str:
        hero = self.rich("hero", '<h1 class="font_0 wixui-rich-text__text">Find steadier ground</h1>'
                         '<p class="font_7 wixui-rich-text__text">Compassionate, evidence-based therapy for adults and couples in '
                         "Portland and online across Oregon.</p>")
        services = [self.rich(("svc", k), f'<h3 class="font_4 wixui-rich-text__text">{t}</h3><p class="font_8 wixui-rich-text__text">{d}</p>')
                    for k, (t, d) in enumerate((("Individual Therapy", "Anxiety, low mood, grief and burnout."),
                                                ("Couples Counseling", "Communication, conflict and reconnection."),
                                                ("Mindfulness Courses", "Eight-week groups, in person and online.")))]
        blog = (f'<div id="{comp("blog-widget")}" class="{hid("bw")}"><div data-hook="post-list" class="{hid("pl")}">'
                + "".join(self.card(e, with_meta=True) for e in self.newest[:3]) + "</div></div>")
        heading = self.rich("bh", '<h2 class="font_2 wixui-rich-text__text">From the Blog</h2>')
        quote = self.rich("q", '<p class="font_7 wixui-rich-text__text">&ldquo;I finally feel like I have tools that work.&rdquo; '
                               "&mdash; a client</p>")
        main = (f'<div id="{comp("home")}" class="{hid("hm")} wixui-page">{self.strip("hero", hero)}{self.strip("svc", *services)}'
                f'{self.strip("blog", heading, blog)}{self.strip("quote", quote)}</div>')
        head = (f'<link rel="canonical" href="{self.url("/")}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="Therapy in Portland, OR | {self.site_name}">\n')
        return self.document(f"Therapy in Portland, OR | {self.site_name}", main, head)
