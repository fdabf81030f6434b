"""amp (held out): a health news site whose article pages are AMP, modelled on the official AMP
WordPress plugin (ampproject/amp-wp) and on the AMP components' documented markup.

Two generations of posts, as on a site that moved to AMP-first:

* Since 2022 the site runs the plugin in Standard (AMP-first) mode with an AMP-compatible news
  theme: every page is ``<html ⚡>``, ``rel=canonical`` points at itself, no twin. The page carries
  the AMP runtime, ``<style amp-boilerplate>`` (and its ``<noscript>``), ``<style amp-custom>``, the
  custom-element scripts; an ``amp-sidebar`` menu toggled by ``on="tap:site-menu.toggle"``; an
  ``amp-consent`` cookie prompt; ``amp-analytics type="gtag"``; in the post, a category kicker, an
  ``h1.entry-title``, a byline "By NAME and NAME" (Co-Authors Plus), on some posts a "Medically
  reviewed by Dr. NAME, MD" line, "Published March 3, 2023 · Updated ..." in ``time`` elements, a
  featured ``amp-img`` (with the plugin's ``<noscript><img></noscript>`` fallback), an
  ``amp-social-share`` bar, the body (``amp-img`` figures, ``amp-youtube data-videoid`` /
  ``amp-vimeo`` players, on some posts an ``amp-iframe`` YouTube embed with a placeholder, and the
  References list collapsed in an ``amp-accordion`` section: part of the article), tags, an author
  box, an ``amp-form`` newsletter box (``action-xhr``, ``submit-success`` template), a "Related
  stories" ``amp-carousel`` (the post's own related posts: the truth), comments, a "Trending"
  ``amp-list`` (a mustache template and a fallback, filled by JSON), a site-wide "Most read" widget,
  and ``amp-next-page``: the theme renders the first slice of the next (older) story below the post
  (its headline, byline and opening paragraphs, "Continue reading") and hands the rest of the queue
  to the component as JSON. That next story's text is not this article's.
* Posts from before the move (2021) keep the previous install's Reader mode pairing: the canonical
  URL is the theme's non-AMP page (Twenty Twenty-like ``entry-header`` / ``entry-content``, with
  iframes, ``img`` and a plain References list), linking ``<link rel="amphtml" href=".../amp/">``;
  the twin at ``/YYYY/MM/slug/amp/`` is the plugin's classic Reader template (``templates/single.php``:
  ``header.amp-wp-header``, ``article.amp-wp-article``, ``h1.amp-wp-title``, ``div.amp-wp-meta
  amp-wp-byline`` with the avatar ``amp-img`` and ``span.amp-wp-author``, ``li.amp-wp-posted-on``
  whose text is "3 years ago", ``figure.amp-wp-article-featured-image``, ``div.amp-wp-article-content``,
  footer "Categories: ... / Tags: ..." and ``amp-wp-comments-link``) with ``rel=canonical`` to the
  non-AMP page. The twin is the same article: one article per canonical URL (the truth lists the
  twin as ``other``).

JSON-LD is what the plugin emits (``amp_get_schemaorg_metadata``, filtered by the theme to
``NewsArticle``): publisher Organization with logo, headline, datePublished, dateModified, image,
and ``author`` the post's primary author only (``post_author``), as the plugin does; co-authors
are named in the visible byline. The site language is ``en-US`` on every page, the two French
posts included (no multilingual plugin). Listings (home, ``/page/N/``, category, tag, author) are
AMP too; WordPress core sitemaps (``/wp-sitemap.xml``), ``/feed/``, robots.txt. No trap.

Modelled on: ampproject/amp-wp ``templates/single.php``, ``templates/html-start.php``,
``templates/header-bar.php``, ``templates/meta-author.php``, ``templates/meta-time.php``,
``templates/meta-taxonomy.php``, ``templates/featured-image.php``, ``templates/footer.php``,
``theme-templates/single.php``; child Reader templates that copy them (circuscode/huhu
``amp/amp-single-raketenstaub.php``, ashLuchowa/baldFashion2024 ``wp-content/themes/raveen/amp/single.php``);
the AMP component docs for amp-sidebar, amp-accordion, amp-carousel, amp-social-share, amp-consent,
amp-analytics, amp-list, amp-next-page, amp-youtube, amp-vimeo, amp-iframe and amp-form.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime, timezone

from .posts import Block, Entry, Plan, slugify
from .site import RSS, ZooSite, later, long_date, video_id

AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start "
    "8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s "
    "steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>"
    "body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>")
COMPONENTS = ("amp-sidebar", "amp-accordion", "amp-carousel", "amp-social-share", "amp-consent", "amp-analytics",
              "amp-list", "amp-next-page", "amp-youtube", "amp-vimeo", "amp-iframe", "amp-form")
MIGRATED = datetime(2022, 1, 1, tzinfo=timezone.utc)   # posts before this keep a non-AMP canonical and an /amp/ twin
BIOS = ("writes about everyday health for the newsroom", "covers nutrition and public health",
        "reports on medical research and what it means for patients", "is a health reporter and former clinician")


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class Amp(ZooSite):
    family = "amp"
    site_name = "The Health Bulletin"
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="amp", count=40, languages=("en", "fr"), authors=5, co_authors=0.18, reviewed=0.35,
                tz_hours=-5, related=(2, 3, 3, 4))

    # -- paths -------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.published:%Y/%m}/{entry.slug}/"

    def amp_path(self, entry: Entry) -> str:
        return self.post_path(entry) + "amp/"

    def paired(self, entry: Entry) -> bool:
        """A post from before the move to AMP-first: non-AMP canonical page plus an /amp/ twin."""
        return entry.published < MIGRATED

    def modified(self, entry: Entry) -> datetime:
        return later(entry.published, f"amp:{entry.slug}", 20, 500)

    def extra_routes(self) -> None:
        for entry in self.entries:
            if self.paired(entry):
                self.add(self.amp_path(entry), "other", lambda e=entry: self.render_reader(e))
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), RSS)
        xml = "application/xml"
        self.add("/wp-sitemap.xml", "other", lambda: self.sitemap_index(
            ["/wp-sitemap-posts-post-1.xml", "/wp-sitemap-posts-page-1.xml", "/wp-sitemap-taxonomies-category-1.xml",
             "/wp-sitemap-taxonomies-post_tag-1.xml", "/wp-sitemap-users-1.xml"]), xml)
        self.add("/wp-sitemap-posts-post-1.xml", "other", lambda: self.sitemap(self.paths_of("article")), xml)
        self.add("/wp-sitemap-posts-page-1.xml", "other", lambda: self.sitemap(
            [self.page_path(s) for s in ("about", "contact", "start-here", "privacy-policy")]), xml)
        self.add("/wp-sitemap-taxonomies-category-1.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), xml)
        self.add("/wp-sitemap-taxonomies-post_tag-1.xml", "other", lambda: self.sitemap(
            [self.tag_path(t) for t in self.groups("tags")]), xml)
        self.add("/wp-sitemap-users-1.xml", "other", lambda: self.sitemap(
            [self.author_path(p) for p in self.by_author()]), xml)

    def robots(self) -> str:
        return self.wordpress_robots("/wp-sitemap.xml")

    # -- shared pieces -------------------------------------------------------------------------------------

    def date_text(self, moment: datetime) -> str:
        return long_date(moment)

    def nav_items(self) -> list[tuple[str, str]]:
        cats = sorted(self.groups("categories"))[:5]
        return [("/", "Home"), *[(self.category_path(c), c) for c in cats], (self.page_path("about"), "About")]

    def head(self, title: str, canonical: str, extra: str = "", amp: bool = True, components=COMPONENTS) -> str:
        scripts = "".join(f'<script async custom-element="{c}" src="https://cdn.ampproject.org/v0/{c}-0.1.js"></script>\n'
                          for c in components if c != "amp-form") if amp else ""
        if amp and "amp-form" in components:
            scripts += '<script async custom-element="amp-form" src="https://cdn.ampproject.org/v0/amp-form-0.1.js"></script>\n'
            scripts += ('<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js">'
                        "</script>\n")
        runtime = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n' if amp else ""
        css = ("<style amp-custom>body{font-family:Georgia,serif;color:#1a1a1a}.site-header{background:#0b3d5c}"
               ".entry-content p{line-height:1.6}.kicker{text-transform:uppercase}</style>\n" + AMP_BOILERPLATE
               if amp else f'<link rel="stylesheet" id="twentytwenty-style-css" href="{self.url("/wp-content/themes/twentytwenty/style.css?ver=1.8")}" media="all">\n')
        return (f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1">\n'
                f"{runtime}{scripts}<title>{self.e(title)}</title>\n<link rel=\"canonical\" href=\"{self.e(canonical)}\">\n"
                f'<meta name="generator" content="WordPress 6.4.3">\n'
                f'<meta name="generator" content="AMP Plugin v2.5.2; mode={"standard" if amp else "reader"}">\n'
                f'<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url("/feed/")}">\n'
                f"{extra}{css}")

    def header(self, amp: bool = True) -> str:
        nav = "".join(f'<li class="menu-item"><a href="{self.url(p)}">{self.e(label)}</a></li>' for p, label in self.nav_items())
        logo = (f'<amp-img src="{self.url("/wp-content/uploads/2022/03/bulletin-logo.png")}" width="220" height="40" '
                f'alt="{self.e(self.site_name)}" class="custom-logo"></amp-img>' if amp else
                f'<img src="{self.url("/wp-content/uploads/2019/05/bulletin-logo-old.png")}" width="220" height="40" '
                f'alt="{self.e(self.site_name)}" class="custom-logo">')
        if amp:
            menu = (f'<amp-sidebar id="site-menu" layout="nodisplay" side="left" class="site-menu-sidebar">'
                    f'<button class="close-menu" on="tap:site-menu.close" aria-label="Close menu">&times;</button>'
                    f'<nav class="main-navigation" aria-label="Main menu"><ul id="menu-primary" class="menu">{nav}</ul></nav>'
                    f'<div class="sidebar-social"><a href="https://www.facebook.com/healthbulletin">Facebook</a> '
                    f'<a href="https://twitter.com/healthbulletin">Twitter</a></div></amp-sidebar>')
            toggle = '<button class="menu-toggle" on="tap:site-menu.toggle" aria-label="Open menu" aria-expanded="false">Menu</button>'
        else:
            menu, toggle = "", ""
        return (f'{menu}<a class="skip-link screen-reader-text" href="#main">Skip to content</a>'
                f'<header id="masthead" class="site-header" role="banner"><div class="header-inner">{toggle}'
                f'<div class="site-branding"><a href="{self.url("/")}" class="custom-logo-link" rel="home">{logo}</a>'
                f'<p class="site-description">Health news you can use</p></div>'
                + ("" if amp else f'<nav class="primary-menu-wrapper" aria-label="Horizontal"><ul class="primary-menu">{nav}</ul></nav>')
                + "</div></header>")

    def consent(self) -> str:
        return ('<amp-consent id="site-consent" layout="nodisplay"><script type="application/json">'
                '{"consentInstanceId": "site-consent", "consentRequired": true, "promptUI": "consent-ui", '
                '"postPromptUI": "consent-settings"}</script><div id="consent-ui" class="consent-ui">'
                "<p>We use cookies to understand how our articles are read and to show relevant ads. See our "
                f'<a href="{self.url(self.page_path("privacy-policy"))}">privacy policy</a>.</p>'
                '<button on="tap:site-consent.accept" class="consent-accept">Accept</button>'
                '<button on="tap:site-consent.reject" class="consent-reject">Decline</button></div>'
                '<div id="consent-settings"><button on="tap:site-consent.prompt">Privacy settings</button></div></amp-consent>')

    def analytics(self, path: str) -> str:
        config = {"vars": {"gtag_id": "G-7Q2HB3XK1M", "config": {"G-7Q2HB3XK1M": {"groups": "default"}}},
                  "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}}}
        return (f'<amp-analytics type="gtag" data-credentials="include" data-block-on-consent>'
                f'<script type="application/json">{json.dumps(config)}</script></amp-analytics>')

    def footer(self) -> str:
        return (f'<footer id="colophon" class="site-footer"><div class="footer-widgets">'
                f'<section class="widget widget_text"><h2 class="widget-title">About the Bulletin</h2><div class="textwidget">'
                "<p>The Health Bulletin is an independent newsroom covering medicine and public health. Our articles are "
                "for information only and do not replace advice from your doctor.</p></div></section>"
                f'<section class="widget widget_nav_menu"><h2 class="widget-title">Information</h2><ul class="menu">'
                f'<li><a href="{self.url(self.page_path("about"))}">About us</a></li>'
                f'<li><a href="{self.url(self.page_path("contact"))}">Contact</a></li>'
                f'<li><a href="{self.url(self.page_path("privacy-policy"))}">Privacy policy</a></li>'
                f'<li><a href="{self.url("/feed/")}">RSS</a></li></ul></section></div>'
                f'<div class="site-info">&copy; 2024 {self.e(self.site_name)}. '
                '<a href="https://wordpress.org/">Proudly powered by WordPress</a></div>'
                '<a class="back-to-top" href="#top">Back to top</a></footer>')

    def most_read(self) -> str:
        items = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.popular(5))
        trending = ('<amp-list width="auto" height="200" layout="fixed-height" src="'
                    f'{self.url("/wp-json/bulletin/v1/trending")}" class="trending-list" binding="no">'
                    '<template type="amp-mustache"><div class="trending-item" role="link" tabindex="0" '
                    'on="tap:AMP.navigateTo(url=\'{{url}}\')"><span class="trending-title">{{title}}</span>'
                    '<span class="trending-count">{{views}} readers</span></div></template>'
                    '<div fallback>Trending stories are unavailable right now.</div>'
                    '<div placeholder>Loading trending stories…</div></amp-list>')
        return (f'<aside id="secondary" class="widget-area" aria-label="Sidebar">'
                f'<section class="widget widget_trending"><h2 class="widget-title">Trending</h2>{trending}</section>'
                f'<section class="widget widget_most_read"><h2 class="widget-title">Most read</h2><ol>{items}</ol></section>'
                f'<section class="widget widget_categories"><h2 class="widget-title">Sections</h2><ul>'
                + "".join(f'<li class="cat-item"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                          for c in sorted(self.groups("categories")))
                + "</ul></section></aside>")

    def document(self, head: str, body_class: str, main: str, path: str, amp: bool = True) -> str:
        opening = '<html ⚡ lang="en-US">' if amp else '<html class="no-js" lang="en-US">'
        extras = (self.consent() + self.analytics(path)) if amp else (
            '<div id="cookie-law-info-bar"><span>We use cookies to understand how our articles are read. '
            '<a role="button" class="cli_action_button" data-cli_action="accept">Accept</a></span></div>'
            f'<script src="{self.url("/wp-content/themes/twentytwenty/assets/js/index.js?ver=1.8")}" id="twentytwenty-js-js" async></script>')
        return (f"<!doctype html>\n{opening}\n<head>\n{head}</head>\n<body class=\"{body_class}\">\n"
                f'{self.header(amp)}\n<main id="main" class="site-main" role="main">\n{main}\n</main>\n'
                f"{self.footer()}\n{extras}\n</body>\n</html>")

    # -- post parts ---------------------------------------------------------------------------------------

    def byline_html(self, entry: Entry) -> str:
        names = [f'<a class="url fn n" href="{self.url(self.author_path(a))}" rel="author">{self.e(a.display)}</a>'
                 for a in entry.authors]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f'<span class="byline"><span class="author vcard">By {joined}</span></span>'

    def reviewer_html(self, entry: Entry) -> str:
        if not entry.reviewer:
            return ""
        r = entry.reviewer
        return (f'<div class="medical-review"><span class="medical-review__badge">&#10003;</span> Medically reviewed by '
                f'<a href="{self.url(self.page_path("about"))}#review-board">{self.e(r.display)}</a></div>')

    def dates_html(self, entry: Entry) -> str:
        mod = self.modified(entry)
        return (f'<div class="entry-dates"><span class="posted-on">Published <time class="entry-date published" '
                f'datetime="{entry.published.isoformat()}">{self.date_text(entry.published)}</time></span>'
                f' &middot; <span class="updated-on">Updated <time class="updated" datetime="{mod.isoformat()}">'
                f"{self.date_text(mod)}</time></span></div>")

    def image(self, src: str, alt: str, w: int, h: int, amp: bool, cls: str = "") -> str:
        if not amp:
            return f'<img src="{self.e(src)}" alt="{self.e(alt)}" width="{w}" height="{h}" class="{cls}" loading="lazy">'
        return (f'<amp-img src="{self.e(src)}" alt="{self.e(alt)}" width="{w}" height="{h}" layout="responsive" class="{cls}">'
                f'<noscript><img src="{self.e(src)}" alt="{self.e(alt)}" width="{w}" height="{h}" loading="lazy"></noscript></amp-img>')

    def featured(self, entry: Entry, amp: bool) -> str:
        src = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:30]}-1200x675.jpg")
        return (f'<figure class="post-thumbnail featured-image">{self.image(src, "", 1200, 675, amp, "attachment-post-thumbnail wp-post-image")}'
                f'<figcaption class="wp-caption-text">Photo: Getty Images</figcaption></figure>')

    def player(self, src: str, entry: Entry, amp: bool) -> str:
        vid = video_id(src)
        if not amp:
            return (f'<figure class="wp-block-embed is-type-video wp-block-embed-{"youtube" if "youtube" in src else "vimeo"}">'
                    f'<div class="wp-block-embed__wrapper"><iframe title="{self.e(entry.title)}" width="640" height="360" '
                    f'src="{html.escape(src)}{"?feature=oembed" if "youtube" in src else "?dnt=1&amp;app_id=122963"}" '
                    'frameborder="0" allowfullscreen></iframe></div></figure>')
        if "vimeo" in src:
            inner = f'<amp-vimeo data-videoid="{vid}" layout="responsive" width="500" height="281" data-do-not-track></amp-vimeo>'
        elif entry.post_id % 3 == 0:
            inner = (f'<amp-iframe title="{self.e(entry.title)}" width="640" height="360" layout="responsive" '
                     f'sandbox="allow-scripts allow-same-origin allow-popups" allowfullscreen frameborder="0" '
                     f'src="https://www.youtube.com/embed/{vid}?feature=oembed">'
                     f'<amp-img placeholder src="https://i.ytimg.com/vi/{vid}/hqdefault.jpg" layout="fill"></amp-img></amp-iframe>')
        else:
            inner = (f'<amp-youtube data-videoid="{vid}" layout="responsive" width="480" height="270" '
                     f'title="{self.e(entry.title)}"><a placeholder href="https://youtu.be/{vid}">'
                     f'<amp-img src="https://i.ytimg.com/vi/{vid}/hqdefault.jpg" layout="fill" alt="{self.e(entry.title)}"></amp-img>'
                     "</a></amp-youtube>")
        return (f'<figure class="wp-block-embed is-type-video wp-block-embed-{"vimeo" if "vimeo" in src else "youtube"}">'
                f'<div class="wp-block-embed__wrapper">{inner}</div></figure>')

    def block(self, block: Block, entry: Entry, amp: bool) -> str:
        if block.kind == "video":
            return self.player(block.text, entry, amp)
        if block.kind == "figure":
            return (f'<figure class="wp-block-image size-large">{self.image(block.text, block.items[0], 1024, 683, amp)}'
                    "</figure>")
        if block.kind == "refs" and amp:
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return (f'<amp-accordion class="references-accordion" disable-session-states><section>'
                    f'<h2 id="{slugify(block.text)}" class="references-title">{self.e(block.text)}</h2>'
                    f'<div class="references-list"><ol>{items}</ol></div></section></amp-accordion>')
        return self.block_html(block, entry)

    def content(self, entry: Entry, amp: bool) -> str:
        return "\n".join(self.block(b, entry, amp) for b in entry.story.blocks)

    def tags_html(self, entry: Entry) -> str:
        if not entry.tags:
            return ""
        links = "".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        return f'<div class="entry-tags"><span class="tags-title">Tags:</span> <span class="tags-links">{links}</span></div>'

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return ('<div class="social-share" aria-label="Share this article">'
                '<amp-social-share type="facebook" width="36" height="36" data-param-app_id="254325784911610"></amp-social-share>'
                f'<amp-social-share type="twitter" width="36" height="36" data-param-text="{self.e(entry.title)}" data-param-url="{url}"></amp-social-share>'
                '<amp-social-share type="email" width="36" height="36"></amp-social-share>'
                '<amp-social-share type="system" width="36" height="36"></amp-social-share></div>')

    def author_box(self, entry: Entry, amp: bool) -> str:
        boxes = []
        for a in entry.authors:
            avatar = f"https://secure.gravatar.com/avatar/{_md5(a.name)}?s=96&amp;d=mm&amp;r=g"
            img = (f'<amp-img src="{avatar}" width="96" height="96" layout="fixed" class="avatar" alt=""></amp-img>' if amp
                   else f'<img src="{avatar}" width="96" height="96" class="avatar" alt="">')
            bio = BIOS[int(_md5(a.name), 16) % len(BIOS)]
            boxes.append(f'<div class="author-bio">{img}<div class="author-bio-text"><h2 class="author-title">About '
                         f'{self.e(a.name)}</h2><p class="author-description">{self.e(a.name)} {bio}.</p>'
                         f'<a class="author-link" href="{self.url(self.author_path(a))}" rel="author">More by {self.e(a.name)}</a>'
                         "</div></div>")
        return f'<div class="author-bios">{"".join(boxes)}</div>'

    def newsletter(self) -> str:
        return (f'<div class="newsletter-box"><h2>Get the Bulletin in your inbox</h2><p>One email a week with the health '
                "news that matters. No spam, unsubscribe any time.</p>"
                f'<form method="post" class="newsletter-form" action-xhr="{self.url("/wp-admin/admin-ajax.php?action=bulletin_subscribe")}" target="_top">'
                '<label for="nl-email" class="screen-reader-text">Email address</label><input id="nl-email" type="email" name="email" '
                'placeholder="you@example.com" required><button type="submit">Sign up</button>'
                '<div submit-success><template type="amp-mustache">Thanks! Check {{email}} to confirm.</template></div>'
                '<div submit-error><template type="amp-mustache">Something went wrong. Please try again.</template></div>'
                "</form></div>")

    def related_html(self, entry: Entry, amp: bool) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        cards = "".join(
            f'<div class="related-card"><a href="{self.url(self.post_path(o))}">'
            f'{self.image(self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:30]}-400x225.jpg"), "", 400, 225, amp)}'
            f'<span class="related-kicker">{self.e(o.categories[0] if o.categories else "")}</span>'
            f'<h3 class="related-title">{self.e(o.title)}</h3></a></div>' for o in items)
        if amp:
            return (f'<section class="related-stories"><h2 class="related-heading">Related stories</h2>'
                    f'<amp-carousel type="carousel" layout="fixed-height" height="260" class="related-carousel" '
                    f'aria-label="Related stories">{cards}</amp-carousel></section>')
        return f'<section class="related-stories"><h2 class="related-heading">You may also like</h2><div class="related-grid">{cards}</div></section>'

    def comments(self, entry: Entry) -> str:
        if entry.post_id % 3:
            return ('<section id="comments" class="comments-area"><h2 class="comments-title">Comments</h2>'
                    '<p class="no-comments">Comments are closed.</p></section>')
        stamp = later(entry.published, f"amp:c:{entry.slug}", 1, 9)
        return (f'<section id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;'
                f'{self.e(entry.title)}&rdquo;</h2><ol class="comment-list"><li id="comment-{entry.post_id * 3}" class="comment even thread-even depth-1">'
                f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Maureen P.</b> '
                f'<span class="says">says:</span></div><div class="comment-metadata"><time datetime="{stamp.isoformat()}">'
                f"{self.date_text(stamp)} at {stamp:%I:%M %p}</time></div></footer><div class=\"comment-content\"><p>Thank you, this was "
                "clear and useful. I shared it with my mother.</p></div></article></li></ol></section>")

    def next_story(self, entry: Entry) -> str:
        """The theme's first slice of the next (older) story, then amp-next-page's queue."""
        i = self.newest.index(entry)
        queue = [self.newest[(i + k) % len(self.newest)] for k in range(1, 4)]
        nxt = queue[0]
        paras = [b for b in nxt.story.blocks if b.kind == "p"][:2]
        preview = "".join(f"<p>{self.inline(b.text)}</p>" for b in paras)
        config = [{"image": self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:30]}-400x225.jpg"),
                   "title": o.title, "url": self.url(self.post_path(o))} for o in queue]
        return (f'<section class="next-article" aria-label="Up next"><div class="next-article__kicker">Up next</div>'
                f'<article class="post type-post next-article__story"><header class="entry-header">'
                f'<h2 class="entry-title"><a href="{self.url(self.post_path(nxt))}">{self.e(nxt.title)}</a></h2>'
                f'<div class="entry-meta">{self.byline_html(nxt)} <time datetime="{nxt.published.isoformat()}">'
                f'{self.date_text(nxt.published)}</time></div></header><div class="entry-content">{preview}</div>'
                f'<a class="next-article__more" href="{self.url(self.post_path(nxt))}">Continue reading</a></article></section>'
                f'<amp-next-page max-pages="3"><script type="application/json">{json.dumps(config, ensure_ascii=False)}</script>'
                '<div separator class="next-page-separator"><span>Next story</span></div>'
                '<div footer class="next-page-footer"><p>You are all caught up.</p></div></amp-next-page>')

    def schema(self, entry: Entry, canonical: str) -> str:
        author = entry.authors[0]
        data = {"@context": "http://schema.org", "publisher": {
                    "@type": "Organization", "name": self.site_name,
                    "logo": {"@type": "ImageObject", "url": self.url("/wp-content/uploads/2022/03/bulletin-logo.png")}},
                "@type": "NewsArticle", "mainEntityOfPage": canonical, "headline": entry.title,
                "datePublished": entry.published.isoformat(), "dateModified": self.modified(entry).isoformat(),
                "author": {"@type": "Person", "name": author.name, "url": self.url(self.author_path(author))},
                "image": {"@type": "ImageObject", "url": self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:30]}-1200x675.jpg"),
                          "width": 1200, "height": 675}}
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'

    def og(self, entry: Entry, canonical: str) -> str:
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<meta property="og:url" content="{canonical}">\n<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'<meta property="og:locale" content="en_US">\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:modified_time" content="{self.modified(entry).isoformat()}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n')

    # -- the pages ----------------------------------------------------------------------------------------

    def post_classes(self, entry: Entry) -> str:
        return (f"post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                + " ".join(f"category-{slugify(c)}" for c in entry.categories) + " "
                + " ".join(f"tag-{slugify(t)}" for t in entry.tags))

    def render_article(self, entry: Entry) -> str:
        if self.paired(entry):
            return self.render_canonical(entry)
        canonical = self.url(self.post_path(entry))
        kicker = "".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        main = (f'<div class="content-area"><article id="post-{entry.post_id}" class="{self.post_classes(entry)}">'
                f'<header class="entry-header"><div class="cat-links kicker">{kicker}</div>'
                f'<h1 class="entry-title">{self.e(entry.title)}</h1>'
                f'<div class="entry-meta">{self.byline_html(entry)}{self.reviewer_html(entry)}{self.dates_html(entry)}</div>'
                f"</header>{self.featured(entry, True)}{self.share(entry)}"
                f'<div class="entry-content">\n{self.content(entry, True)}\n</div>'
                f'<footer class="entry-footer">{self.tags_html(entry)}</footer>'
                f"{self.author_box(entry, True)}</article>"
                f"{self.newsletter()}{self.related_html(entry, True)}{self.comments(entry)}"
                f"{self.next_story(entry)}</div>{self.most_read()}")
        head = self.head(f"{entry.title} - {self.site_name}", canonical, self.og(entry, canonical) + self.schema(entry, canonical))
        return self.document(head, f"post-template-default single single-post postid-{entry.post_id} single-format-standard "
                             "amp-mode-standard has-sidebar", main, self.post_path(entry))

    def render_canonical(self, entry: Entry) -> str:
        """A pre-migration post's canonical, non-AMP page (the old theme), pointing at its /amp/ twin."""
        canonical = self.url(self.post_path(entry))
        cats = "".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        older, newer = self.neighbours(entry)
        nav = ('<nav class="pagination-single section-inner" aria-label="Post"><hr class="styled-separator is-style-wide" aria-hidden="true">'
               '<div class="pagination-single-inner">'
               + (f'<a class="previous-post" href="{self.url(self.post_path(older))}"><span class="arrow">&larr;</span>'
                  f'<span class="title"><span class="title-inner">{self.e(older.title)}</span></span></a>' if older else "")
               + (f'<a class="next-post" href="{self.url(self.post_path(newer))}"><span class="arrow">&rarr;</span>'
                  f'<span class="title"><span class="title-inner">{self.e(newer.title)}</span></span></a>' if newer else "")
               + "</div></nav>")
        main = (f'<article class="{self.post_classes(entry)}" id="post-{entry.post_id}">'
                f'<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">'
                f'<div class="entry-categories"><span class="screen-reader-text">Categories</span><div class="entry-categories-inner">{cats}</div></div>'
                f'<h1 class="entry-title">{self.e(entry.title)}</h1>'
                f'<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">'
                f'<li class="post-author meta-wrapper"><span class="meta-text">{self.byline_html(entry)}</span></li>'
                f'<li class="post-date meta-wrapper"><span class="meta-text"><a href="{canonical}"><time datetime="{entry.published.isoformat()}">'
                f"{self.date_text(entry.published)}</time></a></span></li></ul></div>{self.reviewer_html(entry)}</div></header>"
                f'<figure class="featured-media"><div class="featured-media-inner section-inner medium">{self.featured(entry, False)}</div></figure>'
                f'<div class="post-inner thin"><div class="entry-content">\n{self.content(entry, False)}\n</div></div>'
                f'<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom">{self.tags_html(entry)}</div>'
                f"{self.author_box(entry, False)}</div>{nav}{self.related_html(entry, False)}{self.comments(entry)}</article>")
        head = self.head(f"{entry.title} - {self.site_name}", canonical,
                         f'<link rel="amphtml" href="{self.url(self.amp_path(entry))}">\n' + self.og(entry, canonical)
                         + self.schema(entry, canonical), amp=False)
        return self.document(head, f"post-template-default single single-post postid-{entry.post_id} single-format-standard "
                             "singular enable-search-modal has-post-thumbnail", main, self.post_path(entry), amp=False)

    def render_reader(self, entry: Entry) -> str:
        """The /amp/ twin of a pre-migration post: the AMP plugin's classic Reader template."""
        canonical = self.url(self.post_path(entry))
        author = entry.authors[0]
        age = (datetime(2024, 6, 1, tzinfo=timezone.utc) - entry.published).days // 365
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        src = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:30]}-1200x675.jpg")
        body = (f'<header id="top" class="amp-wp-header"><div><a href="{self.url("/")}">'
                f'<amp-img src="{self.url("/wp-content/uploads/2019/05/cropped-icon-32x32.png")}" width="32" height="32" class="amp-wp-site-icon"></amp-img>'
                f'<span class="amp-site-title">{self.e(self.site_name)}</span></a>'
                f'<a class="amp-wp-canonical-link" href="{canonical}">Exit Reader Mode</a></div></header>'
                f'<article class="amp-wp-article"><header class="amp-wp-article-header">'
                f'<h1 class="amp-wp-title">{self.e(entry.title)}</h1>'
                f'<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/{_md5(author.name)}?s=24&amp;d=mm&amp;r=g" '
                f'alt="{self.e(author.name)}" width="24" height="24" layout="fixed"></amp-img>'
                f'<span class="amp-wp-author author vcard">{self.e(author.name)}</span></div>'
                f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{entry.published.astimezone(timezone.utc).isoformat()}">'
                f"{age} years ago</time></div></header>"
                f'<figure class="amp-wp-article-featured-image wp-caption">{self.image(src, "", 1200, 675, True, "attachment-large size-large wp-post-image")}'
                f'<p class="wp-caption-text">Photo: Getty Images</p></figure>'
                f'<div class="amp-wp-article-content">\n{self.content(entry, True)}\n</div>'
                f'<footer class="amp-wp-article-footer">'
                + (f'<div class="amp-wp-meta amp-wp-tax-category">Categories: {cats}</div>' if cats else "")
                + (f'<div class="amp-wp-meta amp-wp-tax-tag">Tags: {tags}</div>' if tags else "")
                + f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{canonical}#respond">Leave a Comment</a></div>'
                f"</footer></article>"
                f'<footer class="amp-wp-footer"><div><h2>{self.e(self.site_name)}</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>'
                + self.analytics(self.amp_path(entry)))
        head = self.head(f"{entry.title} – {self.site_name}", canonical,
                         self.schema(entry, canonical),
                         components=("amp-youtube", "amp-vimeo", "amp-iframe", "amp-accordion", "amp-analytics"))
        return (f'<!doctype html>\n<html amp lang="en-US">\n<head>\n{head}</head>\n'
                f'<body class="">\n{body}\n</body>\n</html>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(
            f'<article class="{self.post_classes(o)} entry-card"><a class="post-thumbnail" href="{self.url(self.post_path(o))}" aria-hidden="true" tabindex="-1">'
            f'{self.image(self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:30]}-400x225.jpg"), "", 400, 225, True)}</a>'
            f'<header class="entry-header"><div class="cat-links kicker">'
            + "".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in o.categories)
            + f'</div><h2 class="entry-title"><a href="{self.url(self.post_path(o))}" rel="bookmark">{self.e(o.title)}</a></h2>'
            f'<div class="entry-meta">{self.byline_html(o)} <span class="posted-on"><time class="entry-date published" '
            f'datetime="{o.published.isoformat()}">{self.date_text(o.published)}</time></span></div></header>'
            f'<div class="entry-summary"><p>{self.e(self.teaser(o))}</p></div></article>' for o in items)
        pager = ""
        if pages > 1:
            links = []
            if n > 1:
                links.append(f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}">Newer posts</a>')
            for k in range(1, pages + 1):
                links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                             f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>')
            if n < pages:
                links.append(f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Older posts</a>')
            pager = f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{"".join(links)}</div></nav>'
        home = path_of(1) == "/"
        heading = "" if home else f'<header class="page-header"><h1 class="page-title">{self.e(title)}</h1></header>'
        main = f'<div class="content-area">{heading}{cards}{pager}</div>{self.most_read()}'
        label = (self.site_name + " - Health news you can use" if home else f"{title} - {self.site_name}") + (f" - Page {n}" if n > 1 else "")
        head = self.head(label, self.url(path_of(n)), '<meta property="og:type" content="website">\n')
        return self.document(head, ("home blog" if home else "archive") + " hfeed amp-mode-standard has-sidebar", main, path_of(n))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        if slug == "about":
            board = "".join(f"<li>{self.e(r)}</li>" for r in ("Dr. Helen Okoro, MD, FACP", "Dr. Rafael Mendes, DO",
                                                              "Sarah Lindgren, RN, MSN"))
            body += f'<h2 id="review-board">Our medical review board</h2><ul>{board}</ul>'
        pid = 20 + len(slug)
        main = (f'<div class="content-area"><article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{self.e(title)}</h1></header>'
                f'<div class="entry-content">{body}</div></article></div>')
        head = self.head(f"{title} - {self.site_name}", self.url(self.page_path(slug)),
                         '<meta property="og:type" content="article">\n')
        return self.document(head, f"page-template-default page page-id-{pid} amp-mode-standard", main, self.page_path(slug))
