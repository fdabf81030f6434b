"""webflow (held out): a digital-health startup's blog on Webflow CMS, as Webflow publishes it.

Modelled on rendered Webflow markup read from public repositories: exported Webflow sites and
templates (``w-dyn-list`` / ``w-dyn-items`` / ``w-dyn-item`` collection lists with ``role="list"``
and ``role="listitem"``, ``w-dyn-bind-empty`` on unbound fields, ``data-w-id`` interaction hooks,
``w-nav`` navbars, ``w-inline-block`` card links), Webflow's own ``webflow.css`` (the
``w-richtext`` figure classes), and rich-text bodies copied out of Webflow sites (``figure
.w-richtext-figure-type-video.w-richtext-align-fullwidth`` with ``data-rt-*`` attributes and a
YouTube iframe; Vimeo through Webflow's embedly ``cdn.embedly.com/widgets/media.html?src=...``
player; ``w-richtext-figure-type-image`` figures; empty ``<p>&zwj;</p>`` spacers; ``w-embed``
custom-code blocks inside the rich text), the Finsweet cookie-consent banner many Webflow sites use
(``fs-cc``), and Webflow's form markup (``w-form`` with the hidden ``w-form-done`` "Thank you! Your
submission has been received!" and ``w-form-fail`` "Oops! Something went wrong while submitting
the form." boxes).

What a post page (the Blog Posts collection template) carries: ``<html data-wf-domain
data-wf-page data-wf-site data-wf-collection data-wf-item-slug>``; meta written content-first
(``<meta content="..." property="og:title"/>``), og:title/og:description/og:image and twitter
tags only: no og:type, no article:published_time, no JSON-LD, no meta author; a ``w-nav`` navbar
(``data-collapse``, ``w-nav-menu``, ``w-nav-link``, a "Get the app" ``w-button``); a hero whose
wrapper has a page-load interaction (``data-w-id`` and ``style="opacity:0"``, as Webflow's IX2
writes the initial state of an animated element) holding the category link
(``/blog-categories/x``), the ``h1``, the author (avatar, name linking ``/authors/x``, a role line
with credentials), the date in a plain div ("March 12, 2024") and "5 min read" beside it; a
"Medically reviewed by" block, shown when the post has a reviewer, otherwise still in the HTML
with ``w-condition-invisible`` and an empty ``w-dyn-bind-empty`` name; an "Updated" line and a
featured-video block, both ``w-condition-invisible`` and empty; the body in ``div.blog-rich-text
.w-richtext``; a hidden in-article app promo (``w-condition-invisible``, static text, shown only on
the "News" category); share links; "Related articles": a ``w-dyn-list`` filtered to the post's
category, limit 3, newest first, without the post itself (Webflow's "No items found." in
``w-dyn-empty`` when the category has no other post); a newsletter ``w-form`` section; a footer
with a second ``w-dyn-list`` "Latest posts" (the site's three newest, on every page) and the
cookie banner.

Listings: ``/blog`` (a featured-post list, a category filter list and the paginated collection
list), ``/blog-categories/<slug>`` and ``/authors/<slug>`` collection template pages. Webflow
paginates a collection list with a query named after the list: ``?8d3c1f20_page=2``, linked
relatively (``href="?8d3c1f20_page=2"``) from ``w-pagination-previous`` / ``w-pagination-next``
with a ``w-page-count`` "2 / 4". One category per post (a reference field), one author, no tags.
Static pages ``/``, ``/about``... without trailing slashes; ``/sitemap.xml`` (Webflow's
auto-generated sitemap, one urlset with every static and CMS page), ``/blog/rss.xml`` (Webflow's
collection RSS feed), ``robots.txt``.
"""
from __future__ import annotations

import hashlib
import html
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, slugify
from .site import ZooSite, long_date

SITE_ID = "64f1c2a9e8b7d3a1c5f04e21"
COLLECTION_POSTS = "64f1c2a9e8b7d3a1c5f04e8c"
CDN = "https://cdn.prod.website-files.com"
LIST_BLOG, LIST_CATEGORY, LIST_AUTHOR = "8d3c1f20", "b27e94a6", "51f0ac3d"
RELATED_LIMIT = 3
BRAND = "Pulsewise"
TAGLINE = "Evidence-based guides from the clinicians behind the Pulsewise app."
ROLES = {"Dr.": "Medical Advisor", "": "Health Writer"}


def wf_id(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


def w_id(*parts) -> str:
    h = hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


class Webflow(ZooSite):
    family = "webflow"
    site_name = BRAND
    declared_language = "en"
    per_page = 9
    plan = Plan(seed="webflow", count=38, languages=("en",), authors=5, co_authors=0.0, reviewed=0.35,
                tz_hours=0, related=(0,))

    def dress(self, entry: Entry) -> Entry:
        """Webflow's Blog Posts collection has one Category reference and no tags field."""
        entry.tags = ()
        return entry

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/blog/{entry.slug}"

    def home_path(self, n: int = 1) -> str:
        return "/blog" if n == 1 else f"/blog?{LIST_BLOG}_page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        base = f"/blog-categories/{slugify(name)}"
        return base if n == 1 else f"{base}?{LIST_CATEGORY}_page={n}"

    def author_path(self, person: Person, n: int = 1) -> str:
        base = f"/authors/{slugify(person.name)}"
        return base if n == 1 else f"{base}?{LIST_AUTHOR}_page={n}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        self.add("/blog/rss.xml", "other", lambda: self.rss(f"{BRAND} Blog", "/blog", self.newest),
                 "application/xml; charset=utf-8")
        self.add("/sitemap.xml", "other", self.sitemap_xml, "application/xml")

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /search\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_xml(self) -> str:
        paths = ["/", *[self.page_path(s) for s in texts.EVERGREEN], "/blog",
                 *[self.category_path(c) for c in self.groups("categories")],
                 *[self.author_path(p) for p in self.by_author()], *[self.post_path(e) for e in self.newest]]
        rows = "".join(f"<url><loc>{self.e(self.url(p))}</loc><lastmod>2025-02-11</lastmod></url>" for p in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{rows}</urlset>")

    # -- collection logic -------------------------------------------------------------------------------

    def related(self, entry: Entry) -> list[Entry]:
        """The template's "Related articles" list: Category = current Category, not the current post,
        sorted by publish date (newest first), limit 3."""
        return [o for o in self.newest if o is not entry and o.categories == entry.categories][:RELATED_LIMIT]

    def shown(self, person: Person) -> str:
        return f"{person.honorific} {person.name}".strip()

    def role(self, person: Person) -> str:
        creds = ", ".join(person.credentials)
        title = ROLES.get(person.honorific, "Health Writer")
        return f"{creds} · {title}" if creds else title

    def image(self, key: str, name: str) -> str:
        return f"{CDN}/{SITE_ID}/{wf_id('img', key)}_{quote(name)}"

    def thumb(self, e: Entry) -> str:
        return self.image(e.slug, f"{e.slug[:28]}.webp")

    # -- frame ----------------------------------------------------------------------------------------

    def meta(self, title: str, description: str, image: str = "") -> str:
        img = (f'<meta content="{image}" property="og:image"/><meta content="{image}" property="twitter:image"/>'
               if image else "")
        return (f"<title>{self.e(title)}</title>"
                f'<meta content="{self.e(description)}" name="description"/>'
                f'<meta content="{self.e(title)}" property="og:title"/>'
                f'<meta content="{self.e(description)}" property="og:description"/>{img}'
                f'<meta content="{self.e(title)}" property="twitter:title"/>'
                f'<meta content="{self.e(description)}" property="twitter:description"/>'
                '<meta content="summary_large_image" name="twitter:card"/>'
                '<meta content="width=device-width, initial-scale=1" name="viewport"/>'
                '<meta content="Webflow" name="generator"/>')

    def navbar(self, current: str) -> str:
        links = [("/", "Home"), ("/about", "About"), ("/blog", "Blog"), ("/start-here", "How it works"),
                 ("/contact", "Contact")]
        items = "".join(f'<a href="{p}"{" aria-current=" + chr(34) + "page" + chr(34) if p == current else ""} '
                        f'class="nav-link w-nav-link{" w--current" if p == current else ""}">{t}</a>' for p, t in links)
        return (f'<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" '
                f'data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container">'
                f'<a href="/" class="brand w-nav-brand"><img src="{CDN}/{SITE_ID}/{wf_id("logo")}_pulsewise-logo.svg" '
                f'loading="lazy" width="132" alt="{BRAND} logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">'
                f'{items}<a href="https://apps.apple.com/app/pulsewise/id1587204411" class="button nav-button w-button">'
                f'Get the app</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>'
                f"</div></div>")

    def w_form(self, key: str, label: str, button: str) -> str:
        return (f'<div class="newsletter-form-block w-form"><form id="wf-form-{key}" name="wf-form-{key}" '
                f'data-name="{label}" method="get" class="newsletter-form" data-wf-page-id="{wf_id("page", key)}" '
                f'data-wf-element-id="{w_id("form", key)}"><input class="newsletter-input w-input" maxlength="256" '
                f'name="Email" data-name="Email" placeholder="Your email address" type="email" id="Email-{key}" required=""/>'
                f'<input type="submit" data-wait="Please wait..." class="button w-button" value="{button}"/></form>'
                '<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="' + label + ' success">'
                "<div>Thank you! Your submission has been received!</div></div>"
                '<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="' + label + ' failure">'
                "<div>Oops! Something went wrong while submitting the form.</div></div></div>")

    def newsletter_section(self) -> str:
        return ('<section class="section-newsletter"><div class="container w-container"><div class="newsletter-wrapper">'
                '<h2 class="heading-newsletter">Get better health, one email a week</h2>'
                '<p class="paragraph-newsletter">Short, evidence-based tips from our care team. No spam, unsubscribe anytime.</p>'
                + self.w_form("newsletter", "Newsletter Form", "Subscribe") + "</div></div></section>")

    def mini_card(self, e: Entry, key: str) -> str:
        return (f'<div role="listitem" class="footer-post-item w-dyn-item"><a data-w-id="{w_id(key, "card")}" '
                f'href="/blog/{e.slug}" class="footer-post-link w-inline-block"><div class="footer-post-title">'
                f'{self.e(e.title)}</div><div class="footer-post-date">{long_date(e.published)}</div></a></div>')

    def footer(self) -> str:
        latest = "".join(self.mini_card(e, "footer") for e in self.newest[:3])
        cols = "".join(f'<a href="{p}" class="footer-link">{t}</a>' for p, t in
                       (("/about", "About us"), ("/start-here", "How it works"), ("/blog", "Blog"),
                        ("/contact", "Contact"), ("/privacy-policy", "Privacy policy")))
        return (f'<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid">'
                f'<div class="footer-brand"><img src="{CDN}/{SITE_ID}/{wf_id("logo-w")}_pulsewise-logo-white.svg" '
                f'loading="lazy" alt="{BRAND} logo"/><p class="footer-text">{TAGLINE}</p>'
                '<p class="footer-disclaimer">Pulsewise content is for information only and is not a substitute for '
                "professional medical advice, diagnosis or treatment.</p></div>"
                f'<div class="footer-column"><div class="footer-heading">Company</div>{cols}</div>'
                '<div class="footer-column"><div class="footer-heading">Latest posts</div>'
                f'<div class="w-dyn-list"><div role="list" class="footer-post-list w-dyn-items">{latest}</div></div></div>'
                '<div class="footer-column"><div class="footer-heading">Follow us</div>'
                '<a href="https://www.instagram.com/pulsewise.health/" target="_blank" class="footer-social w-inline-block">'
                '<img src="' + f"{CDN}/{SITE_ID}/{wf_id('ig')}_instagram.svg" + '" loading="lazy" alt="Instagram"/></a>'
                '<a href="https://www.linkedin.com/company/pulsewise-health/" target="_blank" class="footer-social w-inline-block">'
                '<img src="' + f"{CDN}/{SITE_ID}/{wf_id('li')}_linkedin.svg" + '" loading="lazy" alt="LinkedIn"/></a></div>'
                f'</div><div class="footer-bottom"><div>© 2025 {BRAND} Health, Inc. All rights reserved.</div>'
                '<div>Made in Webflow</div></div></div></footer>')

    def cookie_banner(self) -> str:
        return ('<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">'
                '<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to '
                'enhance site navigation, analyze site usage, and assist in our marketing efforts. View our '
                '<a href="/privacy-policy" class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div>'
                '<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">'
                'Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>'
                '<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div>'
                '<div fs-cc="close" class="fs-cc-banner_close"><div class="fs-cc-banner_close-icon w-embed">'
                '<svg fill="currentColor" aria-hidden="true" viewBox="0 0 16 16"><path d="M9.414 8l4.293-4.293-1.414-1.414L8 '
                '6.586 3.707 2.293 2.293 3.707 6.586 8l-4.293 4.293 1.414 1.414L8 9.414l4.293 4.293 1.414-1.414L9.414 8z">'
                '</path></svg></div></div></div></div>')

    def document(self, page_key: str, head: str, body: str, current: str, collection: str = "",
                 item_slug: str = "", body_class: str = "body") -> str:
        coll = f' data-wf-collection="{collection}" data-wf-item-slug="{item_slug}"' if collection else ""
        return (f'<!DOCTYPE html><!-- Last Published: Tue Feb 11 2025 09:41:07 GMT+0000 (Coordinated Universal Time) -->'
                f'<html data-wf-domain="www.pulsewise.health" data-wf-page="{wf_id("page", page_key)}" '
                f'data-wf-site="{SITE_ID}" lang="en"{coll}><head><meta charset="utf-8"/>{head}'
                f'<link href="{CDN}/{SITE_ID}/css/pulsewise.webflow.shared.3b9f2e1c7.min.css" rel="stylesheet" type="text/css"/>'
                '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",'
                '("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);'
                f'</script><link href="{CDN}/{SITE_ID}/{wf_id("fav")}_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
                '<script async="" src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in">'
                f'</script></head><body class="{body_class}">{self.navbar(current)}{body}{self.footer()}{self.cookie_banner()}'
                f'<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE_ID}" '
                'type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous">'
                f'</script><script src="{CDN}/{SITE_ID}/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script>'
                f'<script src="{CDN}/{SITE_ID}/js/webflow.4e1a2b3c.d5f6a7b8c9d0e1f2.js" type="text/javascript"></script>'
                "</body></html>")

    # -- articles ---------------------------------------------------------------------------------------

    def uses_spacers(self, entry: Entry) -> bool:
        return entry.post_id % 3 == 1

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "vimeo" in src:
            page = f"https://vimeo.com/{vid}"
            player = ("//cdn.embedly.com/widgets/media.html?src=" + quote(f"https://player.vimeo.com/video/{vid}?app_id=122963", safe="")
                      + "&amp;dntp=1&amp;display_name=Vimeo&amp;url=" + quote(page, safe="")
                      + f"&amp;image=https%3A%2F%2Fi.vimeocdn.com%2Fvideo%2F{vid}-d_1280&amp;key=96f1f04c5f4143bcb0f2e68c87d65feb"
                      "&amp;type=text%2Fhtml&amp;schema=vimeo")
        else:
            page, player = f"https://www.youtube.com/watch?v={vid}", f"https://www.youtube.com/embed/{vid}"
        return ('<figure style="padding-bottom:56.206088992974244%" class="w-richtext-align-fullwidth '
                'w-richtext-figure-type-video" data-rt-type="video" data-rt-align="fullwidth" data-rt-max-width="" '
                f'data-rt-max-height="56.206088992974244%" data-rt-dimensions="854:480" data-page-url="{page}"><div>'
                f'<iframe allowfullscreen="true" frameborder="0" scrolling="no" src="{player}" '
                f'title="{self.e(entry.title)}"></iframe></div></figure>')

    def block_html(self, block: Block, entry: Entry) -> str:
        spacer = "<p>\u200d</p>" if self.uses_spacers(entry) else ""
        if block.kind in ("h2", "h3"):
            return f"{spacer}<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1]
            return ('<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image">'
                    f'<div><img src="{self.image(name, name)}" loading="lazy" alt="{html.escape(block.items[0])}"/></div>'
                    "</figure>")
        if block.kind == "quote":
            if entry.post_id % 2:
                return (f'<div class="w-embed"><div class="callout-box"><div class="callout-label">Care team tip</div>'
                        f"<p>{self.inline(block.text)}</p></div></div>")
            return f"<blockquote>{self.inline(block.text)}</blockquote>"
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f"{spacer}<h2>{html.escape(block.text)}</h2><ol start=\"\" role=\"list\">{items}</ol>"
        if block.kind in ("ul", "ol"):
            return (f'<{block.kind} role="list">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + f"</{block.kind}>")
        return super().block_html(block, entry)

    def related_item(self, o: Entry) -> str:
        return (f'<div role="listitem" class="blog-card-item w-dyn-item"><a data-w-id="{w_id("rel-card")}" '
                f'href="/blog/{o.slug}" class="blog-card w-inline-block"><div class="blog-card-image-wrapper">'
                f'<img src="{self.thumb(o)}" loading="lazy" alt="" class="blog-card-image"/></div>'
                f'<div class="blog-card-content"><div class="blog-card-category">{self.e(o.categories[0])}</div>'
                f'<h3 class="blog-card-title">{self.e(o.title)}</h3><div class="blog-card-meta">'
                f'<div>{long_date(o.published)}</div><div class="dot-divider">•</div>'
                f"<div>{self.minutes(o)} min read</div></div></div></a></div>")

    def render_article(self, entry: Entry) -> str:
        author, reviewer = entry.authors[0], entry.reviewer
        category = entry.categories[0]
        description = self.teaser(entry, 24)
        related = self.related(entry)
        if reviewer:
            review = (f'<div class="reviewed-by-wrapper"><div class="reviewed-by-label">Medically reviewed by</div>'
                      f'<div class="reviewed-by-name">{self.e(self.shown(reviewer))}</div>'
                      f'<div class="reviewed-by-role">{self.e(", ".join(reviewer.credentials))}</div></div>')
        else:
            review = ('<div class="reviewed-by-wrapper w-condition-invisible"><div class="reviewed-by-label">Medically reviewed by'
                      '</div><div class="reviewed-by-name w-dyn-bind-empty"></div>'
                      '<div class="reviewed-by-role w-dyn-bind-empty"></div></div>')
        if related:
            related_html = ('<div class="w-dyn-list"><div role="list" class="blog-grid w-dyn-items">'
                            + "".join(self.related_item(o) for o in related) + "</div></div>")
        else:
            related_html = ('<div class="w-dyn-list"><div class="empty-state w-dyn-empty"><div>No items found.</div>'
                            "</div></div>")
        promo_hidden = "" if category == "News" else " w-condition-invisible"
        share_url = quote(self.url(self.post_path(entry)), safe="")
        body = f"""<div class="page-wrapper"><main class="main-wrapper">
<section class="section-blog-hero"><div class="container-small w-container">
<div data-w-id="{w_id("hero", "post")}" style="opacity:0" class="blog-hero-wrapper">
<a href="/blog" class="back-link w-inline-block"><div class="back-arrow w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"><path d="M10 3L5 8l5 5" stroke="currentColor" stroke-width="1.5"></path></svg></div><div>Back to blog</div></a>
<a href="/blog-categories/{slugify(category)}" class="category-tag w-inline-block"><div>{self.e(category)}</div></a>
<h1 class="heading-blog-post">{self.e(entry.title)}</h1>
<p class="blog-summary">{self.e(description)}</p>
<div class="blog-meta-wrapper">
<a href="/authors/{slugify(author.name)}" class="author-block w-inline-block"><img src="{self.image(author.name, slugify(author.name) + '.jpg')}" loading="lazy" alt="" class="author-avatar"/><div><div class="author-name">{self.e(self.shown(author))}</div><div class="author-role">{self.e(self.role(author))}</div></div></a>
<div class="meta-divider"></div>
<div class="blog-date-wrapper"><div class="blog-date">{long_date(entry.published)}</div><div class="dot-divider">•</div><div class="read-time">{self.minutes(entry)} min read</div></div>
</div>
{review}
<div class="updated-wrapper w-condition-invisible"><div>Updated</div><div class="w-dyn-bind-empty"></div></div>
</div>
<div class="blog-main-image-wrapper"><img src="{self.thumb(entry)}" loading="eager" alt="{self.e(entry.title)}" sizes="(max-width: 991px) 90vw, 800px" class="blog-main-image"/></div>
<div class="blog-video-wrapper w-condition-invisible"><div class="w-dyn-bind-empty w-video w-embed"></div></div>
</div></section>
<section class="section-blog-content"><div class="container-small w-container">
<div class="blog-rich-text w-richtext">{self.body_html(entry)}</div>
<div class="app-promo{promo_hidden}"><div class="app-promo-content"><h3 class="app-promo-heading">Track your habits with {BRAND}</h3><p class="app-promo-text">Log sleep, steps and blood pressure in one place and share a weekly summary with your clinician.</p><a href="https://apps.apple.com/app/pulsewise/id1587204411" class="button w-button">Download the app</a></div></div>
<div class="share-wrapper"><div class="share-label">Share this article</div>
<a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" class="share-link w-inline-block"><img src="{CDN}/{SITE_ID}/{wf_id("x")}_x.svg" loading="lazy" alt="Share on X"/></a>
<a href="https://www.linkedin.com/sharing/share-offsite/?url={share_url}" target="_blank" class="share-link w-inline-block"><img src="{CDN}/{SITE_ID}/{wf_id("li2")}_linkedin.svg" loading="lazy" alt="Share on LinkedIn"/></a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="share-link w-inline-block"><img src="{CDN}/{SITE_ID}/{wf_id("fb")}_facebook.svg" loading="lazy" alt="Share on Facebook"/></a>
</div>
</div></section>
<section class="section-related"><div class="container w-container"><div class="related-heading-wrapper"><h2 class="heading-related">Related articles</h2><a href="/blog" class="text-link">View all</a></div>
{related_html}
</div></section>
{self.newsletter_section()}
</main></div>"""
        head = self.meta(f"{entry.title} | {BRAND}", description, self.thumb(entry))
        return self.document("post-template", head, body, "/blog", COLLECTION_POSTS, entry.slug, "body-blog-post")

    # -- listings --------------------------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        author = e.authors[0]
        return (f'<div role="listitem" class="blog-card-item w-dyn-item"><a data-w-id="{w_id("list-card")}" '
                f'href="/blog/{e.slug}" class="blog-card w-inline-block"><div class="blog-card-image-wrapper">'
                f'<img src="{self.thumb(e)}" loading="lazy" alt="" class="blog-card-image"/></div>'
                f'<div class="blog-card-content"><div class="blog-card-category">{self.e(e.categories[0])}</div>'
                f'<h3 class="blog-card-title">{self.e(e.title)}</h3><p class="blog-card-summary">{self.e(self.teaser(e, 20))}</p>'
                f'<div class="blog-card-meta"><div>{self.e(self.shown(author))}</div><div class="dot-divider">•</div>'
                f"<div>{long_date(e.published)}</div></div></div></a></div>")

    def pagination(self, key: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        prev = (f'<a href="?{key}_page={n - 1}" aria-label="Previous Page" class="w-pagination-previous pagination-button">'
                '<svg class="w-pagination-previous-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" '
                'stroke="currentColor" fill-rule="evenodd" d="M8 10L4 6l4-4"></path></svg><div class="w-inline-block">Previous'
                "</div></a>") if n > 1 else ""
        nxt = (f'<a href="?{key}_page={n + 1}" aria-label="Next Page" class="w-pagination-next pagination-button">'
               '<div class="w-inline-block">Next</div><svg class="w-pagination-next-icon" height="12px" width="12px" '
               'viewBox="0 0 12 12"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M4 2l4 4-4 4"></path>'
               "</svg></a>") if n < pages else ""
        return (f'<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">{prev}'
                f'<div aria-label="Page {n} of {pages}" role="heading" class="w-page-count page-count">{n} / {pages}</div>'
                f"{nxt}</div>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        cards = "".join(self.card(e) for e in items)
        if first.startswith("/authors/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            key, page_key = LIST_AUTHOR, "author-template"
            hero = (f'<div class="author-hero"><img src="{self.image(person.name, slugify(person.name) + ".jpg")}" '
                    f'loading="lazy" alt="" class="author-hero-avatar"/><h1 class="heading-author">{self.e(self.shown(person))}</h1>'
                    f'<div class="author-hero-role">{self.e(self.role(person))}</div><div class="author-bio w-richtext">'
                    f"<p>{self.e(self.shown(person))} writes for the {BRAND} blog and helps our care team turn research into "
                    "plain advice.</p></div></div><h2 class=\"heading-small\">Articles</h2>")
            page_title, coll, item = f"{self.shown(person)} | {BRAND}", wf_id("coll", "authors"), slugify(person.name)
        elif first.startswith("/blog-categories/"):
            key, page_key = LIST_CATEGORY, "category-template"
            hero = (f'<div class="blog-header"><div class="eyebrow">Category</div><h1 class="heading-blog">{self.e(title)}</h1>'
                    f'<p class="blog-header-text">Articles about {self.e(title.lower())} from the {BRAND} care team.</p></div>')
            page_title, coll, item = f"{title} | {BRAND} Blog", wf_id("coll", "categories"), slugify(title)
        else:
            key, page_key, coll, item = LIST_BLOG, "blog", "", ""
            featured = self.newest[0]
            hero = (f'<div class="blog-header"><h1 class="heading-blog">The {BRAND} Blog</h1><p class="blog-header-text">{TAGLINE}</p>'
                    '</div><div class="featured-post w-dyn-list"><div role="list" class="w-dyn-items">'
                    f'<div role="listitem" class="w-dyn-item"><a href="/blog/{featured.slug}" class="featured-card w-inline-block">'
                    f'<img src="{self.thumb(featured)}" loading="lazy" alt="" class="featured-image"/><div class="featured-content">'
                    f'<div class="featured-label">Featured</div><h2 class="featured-title">{self.e(featured.title)}</h2>'
                    f'<p class="featured-summary">{self.e(self.teaser(featured, 24))}</p></div></a></div></div></div>'
                    '<div class="category-filter w-dyn-list"><div role="list" class="category-filter-list w-dyn-items">'
                    + "".join(f'<div role="listitem" class="w-dyn-item"><a href="/blog-categories/{slugify(c)}" '
                              f'class="category-filter-link">{self.e(c)}</a></div>' for c in sorted(self.groups("categories")))
                    + "</div></div>")
            page_title = f"Blog | {BRAND}"
        main = (f'<div class="page-wrapper"><main class="main-wrapper"><section class="section-blog-list">'
                f'<div class="container w-container">{hero}<div class="blog-list-wrapper w-dyn-list">'
                f'<div role="list" class="blog-grid w-dyn-items">{cards}</div>{self.pagination(key, n, pages)}</div>'
                f"</div></section>{self.newsletter_section()}</main></div>")
        head = self.meta(page_title, TAGLINE)
        return self.document(page_key, head, main, "/blog", coll, item)

    # -- static pages -----------------------------------------------------------------------------------------

    def home(self) -> str:
        latest = "".join(self.related_item(e) for e in self.newest[:3])
        main = (f'<div class="page-wrapper"><main class="main-wrapper"><section class="section-hero"><div class="container w-container">'
                f'<div data-w-id="{w_id("hero", "home")}" style="opacity:0" class="hero-wrapper">'
                '<h1 class="heading-hero">Your heart health, coached daily</h1><p class="hero-text">Pulsewise pairs a '
                "simple app with a real care team: track blood pressure, sleep and activity, and get a plan that "
                'adapts every week.</p><a href="https://apps.apple.com/app/pulsewise/id1587204411" class="button w-button">'
                'Start free trial</a></div></div></section><section class="section-features"><div class="container w-container">'
                '<div class="features-grid w-layout-grid"><div class="feature"><h3>Clinician-built plans</h3><p>Every plan is '
                "designed with cardiologists and dietitians.</p></div><div class=\"feature\"><h3>Works with your devices</h3>"
                "<p>Sync cuffs, watches and scales in seconds.</p></div><div class=\"feature\"><h3>Private by design</h3>"
                "<p>Your data is encrypted and never sold.</p></div></div></div></section>"
                '<section class="section-blog-preview"><div class="container w-container"><h2>From the blog</h2>'
                f'<div class="w-dyn-list"><div role="list" class="blog-grid w-dyn-items">{latest}</div></div>'
                f'<a href="/blog" class="button secondary w-button">Read the blog</a></div></section>'
                f"{self.newsletter_section()}</main></div>")
        return self.document("home", self.meta(f"{BRAND} | Heart health coaching app", TAGLINE), main, "/")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        extra = self.w_form("contact", "Contact Form", "Send message") if slug == "contact" else ""
        main = (f'<div class="page-wrapper"><main class="main-wrapper"><section class="section-page-header">'
                f'<div class="container-small w-container"><h1 class="heading-page">{self.e(title)}</h1>'
                f'<div class="page-rich-text w-richtext">{body}</div>{extra}</div></section></main></div>')
        return self.document(slug, self.meta(f"{title} | {BRAND}", paragraphs[0][:150]), main, f"/{slug}")
