"""elementor (held out): a WordPress clinic site on the Hello Elementor theme whose single-post
template is built with Elementor Pro's theme builder, modelled on rendered Elementor pages: a
``data-elementor-type="single-post"`` location carrying the post's classes (``hentry``,
``category-*``, ``tag-*``) and nested ``elementor-section`` / ``elementor-column`` /
``elementor-widget`` wrappers; the title in ``theme-post-title`` (``h1.elementor-heading-title``,
the class every Heading widget's title has); a ``post-info`` widget whose icon-list items hold the
author, the date ("March 12, 2024", local time, UTC-6) and the categories; an ACF "Medically
reviewed by" text widget; the body in ``theme-post-content``; the tags in a second post-info widget;
share buttons without links, an author box, prev/next post navigation; a "You might also like"
Posts widget (``elementor-posts``, each item an ``article.elementor-post ... hentry``) with the
article's related posts; the footer template's site-wide "Recent articles" Posts widget; a
newsletter popup (``data-elementor-type="popup"``) with a form at the end of the body; Yoast's
JSON-LD ``@graph``. Half the posts are themselves built with Elementor: their content is a nested
``data-elementor-type="wp-post"`` document of ``e-con`` flexbox containers with Heading,
Text Editor, Image, Video and Form widgets; a YouTube video there is only a JSON ``data-settings``
attribute (``youtube_url``), the iframe being made by script; Vimeo is an ``elementor-video-iframe``.
The other half hold Gutenberg markup. Spanish posts are Polylang's ``/es/<slug>/`` with
``<html lang="es-ES">``.

Awkward URLs: the landing page ``/`` pages its "Latest articles" Posts widget with
``/?e-page-<widget id>=N``; the blog is ``/blog/`` (``/blog/page/N/``); the footer's "Newsletter"
link is the popup template's preview ``/?elementor_library=newsletter-popup`` ("other"); popup
triggers are ``#elementor-action%3Aaction%3Dpopup%3Aopen...`` hrefs.
"""
from __future__ import annotations

import hashlib
import html
import json
from urllib.parse import quote

from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, later

POPUP_ID = 2417
LATEST_WIDGET = "5c1d2e3"
LATEST_PER_PAGE = 6


def eid(*parts) -> str:
    """An Elementor element id: 7 hex digits."""
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:7]


def popup_href() -> str:
    settings = quote(json.dumps({"id": str(POPUP_ID), "toggle": False}, separators=(",", ":")), safe="")
    return "#" + quote(f"elementor-action:action=popup:open&settings={settings}", safe="")


class Elementor(ZooSite):
    family = "elementor"
    site_name = "Bloom Women's Health Clinic"
    declared_language = "en-US"
    per_page = 9
    plan = Plan(seed="elementor", count=36, languages=("en", "es"), authors=3, co_authors=0.0, reviewed=0.35,
                tz_hours=-6, related=(2, 3, 3, 3))

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/es/{entry.slug}/" if entry.story.language == "es" else f"/{entry.slug}/"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog/", n)

    def latest_path(self, n: int) -> str:
        return "/" if n == 1 else f"/?e-page-{LATEST_WIDGET}={n}"

    def built_with_elementor(self, entry: Entry) -> bool:
        return entry.story.kind == "video" or entry.post_id % 2 == 0

    def extra_routes(self) -> None:
        pages = -(-len(self.newest) // LATEST_PER_PAGE)
        for n in range(1, pages + 1):
            self.add(self.latest_path(n), "page" if n == 1 else "listing", lambda n=n, pages=pages: self.landing(n, pages))
        self.add("/?elementor_library=newsletter-popup", "other", self.popup_preview)
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml"]), "application/xml")
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), "application/xml")
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(["/", "/blog/", *self.paths_of("page")]),
                 "application/xml")
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), "application/xml")
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/blog/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- Elementor building blocks -----------------------------------------------------------------------

    def widget(self, kind: str, inner: str, key, skin: str = "default", extra: str = "", attrs: str = "") -> str:
        i = eid(kind, key)
        return (f'<div class="elementor-element elementor-element-{i} {extra} elementor-widget elementor-widget-{kind}" '
                f'data-id="{i}" data-element_type="widget"{attrs} data-widget_type="{kind}.{skin}">'
                f'<div class="elementor-widget-container">{inner}</div></div>')

    def section(self, inner: str, key, extra: str = "") -> str:
        s, c = eid("section", key), eid("column", key)
        return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{s} '
                f'elementor-section-boxed elementor-section-height-default {extra}" data-id="{s}" data-element_type="section">'
                f'<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 '
                f'elementor-top-column elementor-element elementor-element-{c}" data-id="{c}" data-element_type="column">'
                f'<div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div></div></section>')

    def container(self, inner: str, key, child: bool = False) -> str:
        i = eid("con", key)
        return (f'<div class="elementor-element elementor-element-{i} e-flex e-con-boxed e-con {"e-child" if child else "e-parent"}" '
                f'data-id="{i}" data-element_type="container"><div class="e-con-inner">{inner}</div></div>')

    def heading(self, text: str, key, tag: str = "h2") -> str:
        return self.widget("heading", f'<{tag} class="elementor-heading-title elementor-size-default">{text}</{tag}>', key)

    def posts_widget(self, items: list[Entry], key, columns: int = 3) -> str:
        posts = "".join(
            f'<article class="elementor-post elementor-grid-item post-{o.post_id} post type-post status-publish format-standard '
            f'has-post-thumbnail hentry {" ".join("category-" + slugify(c) for c in o.categories)}">'
            f'<a class="elementor-post__thumbnail__link" href="{self.url(self.post_path(o))}" tabindex="-1"><div class="elementor-post__thumbnail">'
            f'<img width="300" height="200" src="{self.url(f"/wp-content/uploads/2024/03/{o.slug[:20]}-300x200.jpg")}" '
            f'class="attachment-medium size-medium wp-image-{o.post_id + 3}" alt="" loading="lazy"></div></a>'
            f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{self.url(self.post_path(o))}">'
            f'{self.e(o.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">'
            f'{o.published:%B} {o.published.day}, {o.published.year}</span></div><div class="elementor-post__excerpt"><p>'
            f'{self.e(self.teaser(o, 18))}</p></div><a class="elementor-post__read-more" href="{self.url(self.post_path(o))}" '
            f'aria-label="Read more about {self.e(o.title)}" tabindex="-1">Read More »</a></div></article>' for o in items)
        inner = (f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{posts}</div>')
        return self.widget("posts", inner, key, skin="classic",
                           extra=f"elementor-grid-{columns} elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top")

    def form(self, key, title: str) -> str:
        i = eid("form", key)
        return self.widget("form", (
            f'<form class="elementor-form" method="post" name="{self.e(title)}"><input type="hidden" name="post_id" value="{POPUP_ID}">'
            f'<input type="hidden" name="form_id" value="{i}"><div class="elementor-form-fields-wrapper elementor-labels-">'
            '<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email '
            'elementor-col-100 elementor-field-required"><label for="form-field-email" class="elementor-field-label '
            'elementor-screen-only">Email</label><input size="1" type="email" name="form_fields[email]" id="form-field-email" '
            'class="elementor-field elementor-size-sm elementor-field-textual" placeholder="Your email address" required="required">'
            '</div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">'
            '<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-content-wrapper">'
            '<span class="elementor-button-text">Sign me up</span></span></button></div></div></form>'), key)

    # -- frame -----------------------------------------------------------------------------------------

    def popup(self) -> str:
        inner = self.section(self.heading("Join 12,000 women getting our monthly health letter", "popup-h", "h3")
                             + self.widget("text-editor", "<p>One email a month: new articles, clinic news and a seasonal "
                                           "checklist. No spam, unsubscribe any time.</p>", "popup-t")
                             + self.form("popup", "Newsletter"), "popup")
        settings = self.e(json.dumps({"triggers": {"scrolling": "yes", "scrolling_direction": "down", "scrolling_offset": 50},
                                      "timing": {"page_views": "yes", "page_views_views": 2}}))
        return (f'<div data-elementor-type="popup" data-elementor-id="{POPUP_ID}" class="elementor elementor-{POPUP_ID} '
                f'elementor-location-popup" data-elementor-settings="{settings}" data-elementor-post-type="elementor_library">'
                f"{inner}</div>")

    def document(self, title: str, body_class: str, main: str, head: str = "", lang: str = "en-US") -> str:
        nav = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{200 + i}">'
                      f'<a href="{self.url(p)}" class="elementor-item">{label}</a></li>' for i, (p, label) in enumerate((
                          ("/", "Home"), ("/blog/", "Health Library"), (self.page_path("start-here"), "Our Services"),
                          (self.page_path("about"), "About"), (self.page_path("contact"), "Book a Visit"))))
        header = self.section(
            self.widget("theme-site-logo", f'<a href="{self.url("/")}"><img width="180" height="60" src="{self.url("/wp-content/uploads/2023/01/bloom-logo.svg")}" '
                        f'class="attachment-full size-full" alt="{self.site_name}"></a>', "logo", extra="elementor-widget-image")
            + self.widget("nav-menu", f'<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
                          f'elementor-nav-menu--layout-horizontal e--pointer-underline"><ul id="menu-1-{eid("menu")}" '
                          f'class="elementor-nav-menu">{nav}</ul></nav>', "nav", skin="default")
            + self.widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link '
                          f'elementor-size-sm" href="{popup_href()}"><span class="elementor-button-text">Get the newsletter</span></a></div>',
                          "hdr-btn"), "header")
        footer = self.section(
            self.heading("Recent articles", "footer-h", "h4")
            + self.posts_widget(self.newest[:4], "footer-posts", columns=4), "footer-posts")
        footer += self.section(
            self.widget("text-editor", f"<p>{self.site_name} &middot; 418 Linden Avenue, Austin, TX &middot; (512) 555-0147</p>"
                        "<p>The information on this website is for general education and is not a substitute for "
                        "professional medical advice.</p>", "footer-t")
            + self.widget("icon-list", '<ul class="elementor-icon-list-items elementor-inline-items">' + "".join(
                f'<li class="elementor-icon-list-item elementor-inline-item"><a href="{self.url(p)}"><span class="elementor-icon-list-text">'
                f"{label}</span></a></li>" for p, label in ((self.page_path("privacy-policy"), "Privacy Policy"),
                                                            (self.page_path("contact"), "Contact"),
                                                            ("/?elementor_library=newsletter-popup", "Newsletter"))) + "</ul>",
                "footer-links"), "footer-meta")
        return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
{head}<link rel="stylesheet" id="elementor-frontend-css" href="{self.url('/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4')}" media="all">
<link rel="stylesheet" id="elementor-pro-css" href="{self.url('/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.21.2')}" media="all">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}">
</head>
<body class="{body_class} elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
{header}
</div>
{main}
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer" data-elementor-post-type="elementor_library">
{footer}
</div>
{self.popup()}
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false}},"version":"3.21.4","urls":{{"assets":"{self.url('/wp-content/plugins/elementor/assets/')}"}},"post":{{"id":0}}}};</script>
</body>
</html>"""

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = later(entry.published, f"elementor:{entry.slug}", 20, 200)
        author = entry.authors[0]
        pid = self.url("/#/schema/person/") + hashlib.md5(author.name.encode()).hexdigest()
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": self.shown(author), "@id": pid}, "headline": entry.title,
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "mainEntityOfPage": {"@id": url}, "publisher": {"@id": self.url("/#organization")},
             "articleSection": list(entry.categories), "keywords": list(entry.tags),
             "inLanguage": "es" if entry.story.language == "es" else "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": "Health Library", "item": self.url("/blog/")},
                {"@type": "ListItem", "position": 3, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
             "publisher": {"@id": self.url("/#organization")}},
            {"@type": ["Organization", "MedicalClinic"], "@id": self.url("/#organization"), "name": self.site_name,
             "url": self.url("/")},
            {"@type": "Person", "@id": pid, "name": self.shown(author), "url": self.url(self.author_path(author))}]
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<meta property="og:locale" content="{"es_ES" if entry.story.language == "es" else "en_US"}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(title)}">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}">\n{tags}'
                f'<meta name="author" content="{self.e(self.shown(author))}">\n'
                f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{self.e(self.shown(author))}">\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    def shown(self, person) -> str:
        return f"{person.honorific} {person.name}".strip()

    # -- post content --------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        provider = "youtube" if "youtube" in src else "vimeo"
        if not self.built_with_elementor(entry):
            return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider}">'
                    f'<div class="wp-block-embed__wrapper"><iframe loading="lazy" title="{self.e(entry.title)}" width="800" '
                    f'height="450" src="{src}?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>')
        if provider == "youtube":
            settings = {"youtube_url": f"https://www.youtube.com/watch?v={vid}", "video_type": "youtube", "controls": "yes",
                        "aspect_ratio": "169"}
            inner = ('<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>')
        else:
            settings = {"video_type": "vimeo", "vimeo_url": f"https://vimeo.com/{vid}", "aspect_ratio": "169"}
            inner = (f'<div class="elementor-wrapper elementor-open-inline"><iframe class="elementor-video-iframe" allowfullscreen '
                     f'allow="clipboard-write" title="vimeo Video Player" src="https://player.vimeo.com/video/{vid}?color&amp;'
                     'autopause=0&amp;loop=0&amp;muted=0&amp;title=1&amp;portrait=1&amp;byline=1#t="></iframe></div>')
        return self.widget("video", inner, ("video", entry.slug), attrs=f' data-settings="{self.e(json.dumps(settings))}"')

    def elementor_content(self, entry: Entry) -> str:
        """The post built with Elementor: e-con containers, a container per h2 section, text editor
        widgets holding consecutive text blocks, and a mid-article newsletter form."""
        groups: list[list[Block]] = [[]]
        for block in entry.story.blocks:
            if block.kind in ("h2", "refs") and groups[-1]:
                groups.append([])
            groups[-1].append(block)
        containers = []
        for g, group in enumerate(groups):
            widgets, text = [], []
            for k, block in enumerate(group):
                key = (entry.slug, g, k)
                if block.kind in ("h2", "h3"):
                    flush(widgets, text, self, key)
                    widgets.append(self.heading(self.inline(block.text), key, block.kind))
                elif block.kind == "video":
                    flush(widgets, text, self, key)
                    widgets.append(self.video_html(block.text, entry))
                elif block.kind == "figure":
                    flush(widgets, text, self, key)
                    widgets.append(self.widget("image", f'<img decoding="async" width="800" height="533" src="{html.escape(block.text)}" '
                                               f'class="attachment-large size-large" alt="{html.escape(block.items[0])}">', key))
                elif block.kind == "refs":
                    flush(widgets, text, self, key)
                    widgets.append(self.heading(self.e(block.text), key, "h3"))
                    text.append("<ul>" + "".join(f"<li>{self.inline(i)}</li>" for i in block.items) + "</ul>")
                else:
                    text.append(self.block_html(block, entry))
            flush(widgets, text, self, (entry.slug, g, "end"))
            containers.append(self.container("".join(widgets), (entry.slug, g), child=True))
            if g == 0 and entry.story.kind == "article":
                containers.append(self.container(
                    self.heading("Get our monthly women's health letter", (entry.slug, "nl"), "h4")
                    + self.form((entry.slug, "nl"), "Inline newsletter"), (entry.slug, "nl"), child=True))
        return (f'<div data-elementor-type="wp-post" data-elementor-id="{entry.post_id}" class="elementor elementor-{entry.post_id}" '
                f'data-elementor-post-type="post">{self.container("".join(containers), (entry.slug, "root"))}</div>')

    # -- the single-post template ------------------------------------------------------------------------

    def post_info(self, entry: Entry, key) -> str:
        author = entry.authors[0]
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" class="elementor-post-info__terms-list-item">{self.e(c)}</a>'
                         for c in entry.categories)
        items = [
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("a", key)} elementor-inline-item" itemprop="author">'
            f'<a href="{self.url(self.author_path(author))}"><span class="elementor-icon-list-icon"><i aria-hidden="true" '
            f'class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item '
            f'elementor-post-info__item--type-author">{self.e(self.shown(author))}</span></a></li>',
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("d", key)} elementor-inline-item" itemprop="datePublished">'
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" '
            f'class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item '
            f'elementor-post-info__item--type-date"><time>{entry.published:%B} {entry.published.day}, {entry.published.year}</time>'
            "</span></li>",
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("t", key)} elementor-inline-item" itemprop="about">'
            '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text '
            f'elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">{cats}'
            "</span></span></li>"]
        return self.widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(items)}</ul>',
                           key)

    def tag_info(self, entry: Entry) -> str:
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" class="elementor-post-info__terms-list-item">{self.e(t)}</a>'
                         for t in entry.tags)
        return self.widget("post-info", (
            '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item '
            'elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item '
            f'elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">Tags:</span> '
            f'<span class="elementor-post-info__terms-list">{tags}</span></span></li></ul>'), "tags-info")

    def share(self) -> str:
        buttons = "".join(f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" '
                          f'tabindex="0" aria-label="Share on {n}"><span class="elementor-share-btn__icon"><i class="fab fa-{n}" '
                          f'aria-hidden="true"></i></span></div></div>' for n in ("facebook", "x-twitter", "pinterest", "envelope"))
        return self.widget("share-buttons", f'<div class="elementor-grid">{buttons}</div>', "share")

    def author_box(self, entry: Entry) -> str:
        author = entry.authors[0]
        return self.widget("author-box", (
            f'<div class="elementor-author-box"><a href="{self.url(self.author_path(author))}" class="elementor-author-box__avatar">'
            f'<img src="{self.url(f"/wp-content/uploads/2023/02/{slugify(author.name)}.jpg")}" alt="{self.e(author.name)}" loading="lazy"></a>'
            f'<div class="elementor-author-box__text"><a href="{self.url(self.author_path(author))}"><h4 class="elementor-author-box__name">'
            f'{self.e(self.shown(author))}</h4></a><div class="elementor-author-box__bio">{self.e(author.display)} sees patients at '
            f'{self.e(self.site_name)} and writes for our health library.</div><a class="elementor-author-box__button elementor-button '
            f'elementor-size-xs" href="{self.url(self.author_path(author))}">All posts</a></div></div>'), "author-box")

    def post_navigation(self, entry: Entry) -> str:
        i = self.newest.index(entry)
        prev = self.newest[i + 1] if i + 1 < len(self.newest) else None
        nxt = self.newest[i - 1] if i > 0 else None
        side = lambda o, cls, label: (f'<div class="elementor-post-navigation__{cls} elementor-post-navigation__link"><a href="'
                                      f'{self.url(self.post_path(o))}" rel="{cls}"><span class="post-navigation__{cls}--label">{label}</span>'
                                      f'<span class="post-navigation__{cls}--title">{self.e(o.title)}</span></a></div>' if o else "")
        return self.widget("post-navigation", f'<div class="elementor-post-navigation">{side(prev, "prev", "Previous")}'
                           f'{side(nxt, "next", "Next")}</div>', "post-nav")

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} - {self.site_name}"
        content = (self.elementor_content(entry) if self.built_with_elementor(entry) else self.body_html(entry))
        reviewed = (self.widget("text-editor", f'<p class="medically-reviewed">Medically reviewed by <strong>'
                                f"{self.e(entry.reviewer.display)}</strong></p>", "reviewed") if entry.reviewer else "")
        classes = (f"post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                   + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                   + " ".join("tag-" + slugify(t) for t in entry.tags))
        related = self.related(entry)
        related_html = (self.section(self.heading("You might also like", "related-h") + self.posts_widget(related, "related"),
                                     "related") if related else "")
        main = f"""<div data-elementor-type="single-post" data-elementor-id="1187" class="elementor elementor-1187 elementor-location-single {classes}" data-elementor-post-type="elementor_library">
{self.section(self.widget("breadcrumbs", f'<p id="breadcrumbs"><span><span><a href="{self.url("/")}">Home</a></span> » <span><a href="{self.url("/blog/")}">Health Library</a></span> » <span class="breadcrumb_last" aria-current="page">{self.e(entry.title)}</span></span></p>', "crumbs")
              + self.widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{self.e(entry.title)}</h1>', "title", extra="elementor-page-title elementor-widget-heading")
              + self.post_info(entry, "info") + reviewed, "head")}
{self.section(self.widget("theme-post-featured-image", f'<img width="1024" height="576" src="{self.url(f"/wp-content/uploads/2024/03/{entry.slug[:20]}.jpg")}" class="attachment-large size-large" alt="">', "featured", extra="elementor-widget-image")
              + self.widget("theme-post-content", content, "content")
              + self.tag_info(entry) + self.share() + self.author_box(entry) + self.post_navigation(entry), "body")}
{related_html}
</div>"""
        lang = "es-ES" if entry.story.language == "es" else "en-US"
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-standard "
                      f"elementor-page-1187{' elementor-page elementor-page-' + str(entry.post_id) if self.built_with_elementor(entry) else ''}")
        return self.document(title, body_class, main, self.yoast(entry, title), lang=lang)

    # -- listings and pages ------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        pager = "".join(f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' if k != n
                        else f'<span aria-current="page" class="page-numbers current">{k}</span>' for k in range(1, pages + 1))
        if n < pages:
            pager += f'<a class="page-numbers next" href="{self.url(path_of(n + 1))}">Next &raquo;</a>'
        blog = path_of(1) == "/blog/"
        heading = "Health Library" if blog else title
        main = (f'<div data-elementor-type="archive" data-elementor-id="1203" class="elementor elementor-1203 elementor-location-archive" '
                f'data-elementor-post-type="elementor_library">'
                + self.section(self.widget("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">'
                                           f"{self.e(heading)}</h1>", "archive-title", extra="elementor-page-title elementor-widget-heading")
                               + self.posts_widget(items, ("archive", title)).replace("elementor-widget-posts", "elementor-widget-archive-posts")
                               + f'<nav class="elementor-pagination" aria-label="Pagination">{pager}</nav>', "archive")
                + "</div>")
        label = (f"{heading} - {self.site_name}" if blog else f"{title} Archives - {self.site_name}") + (
            f" - Page {n} of {pages}" if n > 1 else "")
        return self.document(label, "archive category elementor-page-1203" if not blog else "blog elementor-page-1203", main,
                             '<meta property="og:type" content="website">\n')

    def landing(self, n: int, pages: int) -> str:
        chunk = self.newest[(n - 1) * LATEST_PER_PAGE:n * LATEST_PER_PAGE]
        pager = "".join(f'<a class="page-numbers" href="{self.url(self.latest_path(k))}">{k}</a>' if k != n
                        else f'<span aria-current="page" class="page-numbers current">{k}</span>' for k in range(1, pages + 1))
        hero = self.container(
            self.heading("Care for every stage of a woman's life", "hero-h", "h1")
            + self.widget("text-editor", "<p>Gynecology, fertility, menopause and primary care under one roof in Austin. "
                          "Same-week appointments, evening hours and a team that listens.</p>", "hero-t")
            + self.widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button" href="{self.url(self.page_path("contact"))}">'
                          '<span class="elementor-button-text">Book a visit</span></a></div>', "hero-b"), "hero")
        services = self.container("".join(
            self.widget("icon-box", f'<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title"><span>{s}</span></h3>'
                        f'<p class="elementor-icon-box-description">{d}</p></div>', ("svc", s))
            for s, d in (("Annual exams", "Screening, contraception and preventive care."),
                         ("Menopause care", "Symptom relief and long-term bone and heart health."),
                         ("Prenatal care", "From the first test to the six-week check."))), "services")
        latest = self.container(self.heading("Latest articles", "latest-h")
                                + self.posts_widget(chunk, LATEST_WIDGET)
                                + f'<nav class="elementor-pagination" aria-label="Pagination">{pager}</nav>', "latest")
        main = (f'<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">'
                f"{hero}{services}{latest}</div>")
        head = (f'<link rel="canonical" href="{self.url("/")}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="{self.e(self.site_name)}">\n')
        return self.document(f"{self.site_name} - Women's health care in Austin", "home page-template page-template-elementor_header_footer "
                             "page page-id-12 elementor-default elementor-page elementor-page-12", main, head)

    def popup_preview(self) -> str:
        return self.document(f"Newsletter popup - {self.site_name}", "elementor_library-template-default single "
                             "single-elementor_library elementor-template-canvas", "", '<meta name="robots" content="noindex">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div data-elementor-type="wp-page" data-elementor-id="{30 + len(slug)}" class="elementor elementor-{30 + len(slug)}" '
                f'data-elementor-post-type="page">'
                + self.container(self.heading(self.e(title), ("page", slug), "h1") + self.widget("text-editor", body, ("page-t", slug)),
                                 ("page", slug))
                + "</div>")
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(self.site_name)}">\n')
        return self.document(f"{title} - {self.site_name}", f"page-template-default page page-id-{30 + len(slug)} elementor-page", main, head)


def flush(widgets: list[str], text: list[str], site: Elementor, key) -> None:
    """Consecutive text blocks go into one Text Editor widget."""
    if text:
        widgets.append(site.widget("text-editor", "".join(text), ("text", *key) if isinstance(key, tuple) else key))
        text.clear()
