"""godaddy (held out): a small physical-therapy and family-medicine practice's blog on GoDaddy's
Website Builder (Websites + Marketing), as its renderer publishes it.

Modelled from real files, read in public repositories:

- saved, rendered GoDaddy Websites + Marketing pages (several home pages of ``*.godaddysites.com``
  sites kept in repositories: ``<body class="x  x-fonts-...">``, ``div.layout.layout-layout
  .layout-layout-layout-13.locale-en-US.lang-en``, ``data-ux="Page"`` / ``"Block"`` / ``"Section"``
  / ``"Container"`` / ``"Grid"`` / ``"GridCell"`` / ``"Link"`` / ``"Element"`` / ``"HR"`` wrappers,
  the generated ``x-el x-el-div c1-1 c1-2 ... x-d-ux x-d-aid`` classes, one ``div.widget
  .widget-header.widget-header-header-9`` (or ``widget-about``...) per section with a UUID id,
  ``data-aid="HEADER_WIDGET"`` / ``"HEADER_SECTION"`` / ``"HEADER_LOGO_RENDERED"`` /
  ``"HEADER_LOGO_TEXT_RENDERED"`` / ``"HEADER_TAGLINE_RENDERED"`` / ``"HEADER_CTA_BTN"``,
  ``data-route``, ``data-tccl="ux2.HEADER.header9.Logo..."`` click tracking, ``typography=
  "HeadingAlpha"`` attributes, rich text in ``x-rt`` divs whose paragraphs are ``<p
  style="margin:0"><span>...</span></p>``, ``img1.wsimg.com/isteam/...`` image URLs with
  ``/:/rs=w:...`` resize suffixes, ``guacImage`` background scripts);
- a tool's fix-up of GoDaddy's header nav (the ``c1-14`` / ``c1-15`` hidden-below-1024px wrapper);
- scrapers written against GoDaddy blogs: ``div[data-ux="BlogContent"]`` as the post body (three
  independent scrapers and an import function), the RSS-feed widget's ``data-aid="RSS_FEEDS_RENDERED"``
  grid of ``GridCell`` cards with an ``h4`` title and a ``RSS_FEED_POST_DATE_RENDERED`` date;
- migration notes and redirect maps of sites that left GoDaddy: posts at ``/blog/f/<slug>`` (or
  ``/f/<slug>`` when the blog is the home page), feeds at ``/blog/f.rss``, ``/blog/f.atom`` and
  ``/blog/f.json``, the category filter ``/blog?blogcategory=Travel``, GoDaddy's auto-generated
  ``/sitemap.xml`` listing every ``/f/`` post, and a clean-up script documenting what a scrape of
  a post page picks up before the body: an "All Posts" link, the repeated title, and a date line
  with the categories glued on ("2 March 2025|Stress").

From memory (not seen in a file here, so named as assumptions): the ``data-aid`` names of the blog
widget's own elements (``BLOG_POST_TITLE``, ``BLOG_POST_DATE``, ``BLOG_POST_AUTHOR``,
``BLOG_POST_CATEGORY``, ``BLOG_POST_CONTENT``, ``BLOG_SHARE_BUTTONS``, ``BLOG_RECENT_POSTS``), the
US date format "December 3, 2024" (the feeds' cards show "3 December 2024" on non-US locales), the
"Share this post" buttons, the "Recent Posts" list below the post, the contact-form section
("Drop us a line!" with the reCAPTCHA notice), GoDaddy's cookie banner text ("This website uses
cookies..."), the "Powered by GoDaddy" footer line, the ``/ola/services`` booking page of GoDaddy's
Online Appointments, and the ``Load more`` link on the blog page (rendered here as a plain
``/blog?page=2`` link so that a crawler without JavaScript can follow it).

What a post page carries: a ``LocalBusiness`` JSON-LD (the practice: address, phone, hours) and no
Article JSON-LD; ``og:type`` ``website`` on every page, post pages included; ``og:title`` the post
title, ``<title>`` "Title | Practice"; no ``<article>``, no ``<time>``; the header widget (logo text,
nav, phone, a "Book appointment" CTA); the blog widget: "All Posts", the title (``h1``), the date
("December 3, 2024") in a ``p`` with ``data-aid="BLOG_POST_DATE"``, the categories after a "|"
(links ``/blog?blogcategory=Name``), the author line (a clinician with credentials, or, on about a
third of the posts, only the practice's name: the truth then names no author), the body
(``data-ux="BlogContent"``, paragraphs in ``p style="margin:0"`` with empty ``<p><br></p>``
spacers, subheadings as ``h4``, a video section with a YouTube iframe for video posts), "Share this
post" buttons, "Recent Posts" (the site's three newest posts other than this one: site furniture,
not the article's Read Also, so the truth's related list is empty); then a contact-form section,
the footer (address, phone, hours, "Powered by GoDaddy") and the cookie banner. One blog, no tags:
GoDaddy's blog has categories only. English with two Spanish posts; the page ``lang`` stays en-US.

Listings: ``/blog`` (cards with an ``h4`` title, date, categories, an excerpt and "Read More"),
``/blog?page=N``, ``/blog?blogcategory=Name[&page=N]``. The category links are absolute
(``/blog?blogcategory=X``), never combined with the current query: no endless pages, no trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, long_date

XML = "application/xml; charset=utf-8"
BRAND = "Cedar Ridge Physical Therapy & Family Medicine"
PHONE = "(541) 555-0148"
ADDRESS = ("2210 NW Ridgeview Ave, Suite 4", "Bend, Oregon 97703")
HOURS = (("Mon - Thu", "07:30 am - 06:00 pm"), ("Fri", "07:30 am - 04:00 pm"), ("Sat - Sun", "Closed"))
IMG = "https://img1.wsimg.com/isteam/ip/6d1f0a2c-9b7e-4c31-8f0e-2b6c0d9e4a17"
PAGES = {"ola/services": ("Online Appointments", [
    "Choose a service and a time that works for you. New patients: please arrive fifteen minutes early for "
    "your first visit and bring your insurance card."])}


def uid(*parts) -> str:
    h = hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


class GoDaddy(ZooSite):
    family = "godaddy"
    site_name = BRAND
    declared_language = "en-US"
    ignore_query = False         # /blog?page=2 and /blog?blogcategory=X are pages of their own
    author_pages = False
    authorless = "mixed"         # some posts are signed only by the practice (no person author)
    per_page = 8
    plan = Plan(seed="godaddy", count=34, languages=("en", "es"), authors=3, co_authors=0.0, reviewed=0.0,
                tz_hours=-8, related=(0,))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.practice_signed: set[str] = set()
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        """No tags on GoDaddy's blog; a second category on some posts; a third of the posts signed
        by the practice only (the truth then has no author)."""
        story = entry.story
        cats = [story.category]
        if story.tags and entry.post_id % 4 == 1:
            cats.append(story.tags[0].title())
        entry.categories = tuple(dict.fromkeys(cats))
        entry.tags = ()
        if entry.post_id % 3 == 0:
            self.practice_signed.add(story.key)
            entry.authors = ()
        return entry

    # -- paths ------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/blog/f/{entry.slug}"

    def home_path(self, n: int = 1) -> str:
        return "/blog" if n == 1 else f"/blog?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        base = f"/blog?blogcategory={quote(name)}"
        return base if n == 1 else f"{base}&page={n}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        for slug, (title, paragraphs) in PAGES.items():
            self.add(f"/{slug}", "page", lambda t=title, p=paragraphs, s=slug: self.render_page(s, t, p))
        self.add("/blog/f.rss", "other", lambda: self.rss(f"Blog | {BRAND}", "/blog", self.newest),
                 "application/rss+xml; charset=utf-8")
        self.add("/sitemap.xml", "other", self.sitemap_xml, XML)

    def robots(self) -> str:
        return f"User-agent: *\nDisallow:\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_xml(self) -> str:
        paths = ["/", *[self.page_path(s) for s in texts.EVERGREEN], "/blog", *[self.post_path(e) for e in self.newest]]
        return self.sitemap(paths)

    # -- GoDaddy's markup ----------------------------------------------------------------------------

    def cls(self, tag: str, *extra: str, n: int = 6) -> str:
        """The renderer's generated classes: ``x-el x-el-TAG c1-1 c1-2 ... x-d-ux``."""
        h = int(hashlib.md5(f"{tag}:{extra}".encode()).hexdigest(), 16)
        gen = " ".join(f"c1-{(h >> (i * 5)) % 90 + 3:x}" for i in range(n))
        return " ".join(("x-el", f"x-el-{tag}", *extra, "c1-1 c1-2", gen, "c1-b c1-c c1-d c1-e c1-f c1-g", "x-d-ux"))

    def el(self, tag: str, ux: str, inner: str, aid: str = "", attrs: str = "", extra: tuple[str, ...] = ()) -> str:
        a = f' data-aid="{aid}"' if aid else ""
        x = " x-d-aid" if aid else ""
        return f'<{tag} data-ux="{ux}"{a}{attrs} class="{self.cls(tag, *extra)}{x}">{inner}</{tag}>'

    def widget(self, kind: str, style: str, inner: str, key: str) -> str:
        return (f'<div id="{uid("widget", key)}" class="widget widget-{kind} widget-{kind}-{style}">'
                + self.el("div", "Widget", "<div>" + self.el("section", "Section", self.el("div", "Container", inner))
                          + "</div>") + "</div>")

    def link(self, href: str, text: str, aid: str = "", tccl: str = "") -> str:
        t = f' data-tccl="{tccl},click"' if tccl else ""
        return self.el("a", "Link", text, aid, f' rel="" typography="LinkAlpha" href="{html.escape(href)}" target=""{t}')

    def rt(self, paragraphs: list[str], aid: str = "") -> str:
        """A GoDaddy rich-text box: ``x-rt`` with ``<p style="margin:0"><span>``."""
        inner = "".join(f'<p style="margin:0"><span>{p}</span></p>' for p in paragraphs)
        return self.el("div", "Text", inner, aid, ' typography="BodyAlpha"', ("x-rt",))

    def head(self, title: str, description: str, path: str, image: str = "") -> str:
        business = {"@context": "https://schema.org", "@type": "LocalBusiness", "name": BRAND,
                    "url": self.url("/"), "telephone": PHONE,
                    "address": {"@type": "PostalAddress", "streetAddress": ADDRESS[0], "addressLocality": "Bend",
                                "addressRegion": "Oregon", "postalCode": "97703", "addressCountry": "US"},
                    "openingHours": ["Mo-Th 07:30-18:00", "Fr 07:30-16:00"]}
        img = f'<meta property="og:image" content="{image}"/>' if image else ""
        return (f'<meta charset="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
                f"<title>{self.e(title)}</title>"
                f'<meta name="author" content="{self.e(BRAND)}"/>'
                '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/>'
                f'<link rel="manifest" href="/manifest.webmanifest"/><link rel="canonical" href="{self.url(path)}"/>'
                f'<meta name="description" content="{self.e(description)}"/>'
                f'<meta property="og:url" content="{self.url(path)}"/><meta property="og:site_name" content="{self.e(BRAND)}"/>'
                f'<meta property="og:title" content="{self.e(title.split(" | ")[0])}"/>'
                f'<meta property="og:description" content="{self.e(description)}"/>{img}'
                '<meta property="og:type" content="website"/><meta property="og:locale" content="en_US"/>'
                '<meta name="twitter:card" content="summary"/>'
                f'<meta name="twitter:title" content="{self.e(title.split(" | ")[0])}"/>'
                f'<link rel="alternate" type="application/rss+xml" title="Blog" href="{self.url("/blog/f.rss")}"/>'
                '<script type="text/javascript" src="https://img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill"></script>'
                '<script type="text/javascript" src="https://img1.wsimg.com/blobby/go/gpub/5c3c2a1e/script.js" crossorigin></script>'
                '<style data-glamor="cxs-default-sheet">.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;'
                "-webkit-tap-highlight-color:rgba(0,0,0,0)}.x *,.x :after,.x :before{box-sizing:inherit}"
                ".x-el a[href^='mailto:']:not(.x-el),.x-el a[href^='tel:']:not(.x-el){color:inherit;font-size:inherit}"
                "</style><style>.page-inner { background-color: rgb(255, 255, 255); min-height: 100vh; }</style>"
                f'<script type="application/ld+json">{json.dumps(business)}</script>')

    def header(self, current: str) -> str:
        nav = "".join(
            f'<li>{self.link(p, t, "NAV_ITEM_ACTIVE" if p == current else "", "ux2.HEADER.header9.Nav.Default.Link")}</li>'
            for p, t in (("/", "Home"), ("/about", "About Us"), ("/blog", "Blog"), ("/ola/services", "Book Online"),
                         ("/contact", "Contact Us")))
        logo = self.el("div", "Block", self.link("/", self.el("span", "Element", self.e(BRAND), "HEADER_LOGO_TEXT_RENDERED",
                                                              ' data-route="logo/logoText"'),
                                                 tccl="ux2.HEADER.header9.Logo.Fill.Link.Default.4328.click"),
                       "HEADER_LOGO_RENDERED")
        phone = self.el("a", "Link", PHONE, "HEADER_PHONE_RENDERED", f' href="tel:{PHONE}"')
        cta = self.el("a", "Button", "Book appointment", "HEADER_CTA_BTN",
                      ' tccltracking="click" typography="ButtonAlpha" href="/ola/services" target=""'
                      ' data-tccl="ux2.header.cta_button.click,click"')
        inner = self.el("nav", "Block", self.el("div", "Grid", self.el("div", "GridCell", logo)
                                                + self.el("div", "GridCell", f'<ul id="nav-{uid("nav")[:8]}">{nav}</ul>')
                                                + self.el("div", "GridCell", phone + cta)))
        return (f'<div id="{uid("widget", "header")}" class="widget widget-header widget-header-header-9">'
                + self.el("div", "Header", "<div>" + self.el("section", "Section", inner, "HEADER_SECTION") + "</div>",
                          "HEADER_WIDGET") + "</div>")

    def contact_section(self) -> str:
        fields = "".join(
            self.el("div", "InputFloatLabel",
                    f'<input type="{t}" name="{n}" aria-label="{lab}" data-aid="CONTACT_FORM_{n.upper()}" '
                    f'class="{self.cls("input")}"/><label>{lab}</label>') for t, n, lab in
            (("text", "name", "Name"), ("email", "email", "Email*"), ("text", "phone", "Phone")))
        form = self.el("form", "Form",
                       fields + f'<textarea name="message" aria-label="Message" class="{self.cls("textarea")}"></textarea>'
                       + self.el("p", "Text", "This site is protected by reCAPTCHA and the Google "
                                 '<a href="https://policies.google.com/privacy">Privacy Policy</a> and '
                                 '<a href="https://policies.google.com/terms">Terms of Service</a> apply.')
                       + self.el("button", "Button", "Send", "CONTACT_SUBMIT_BUTTON_RENDERED", ' type="submit"'),
                       "CONTACT_FORM_CONTAINER_REND")
        info = (self.el("h4", "ContentHeading", "Cedar Ridge PT &amp; Family Medicine", "CONTACT_INFO_BIZ_NAME_REND")
                + self.rt([self.e(ADDRESS[0]), self.e(ADDRESS[1])], "CONTACT_INFO_ADDRESS_REND")
                + self.el("a", "Link", PHONE, "CONTACT_INFO_PHONE_REND", f' href="tel:{PHONE}"')
                + self.el("h4", "ContentHeading", "Hours", "CONTACT_HOURS_HEADING_REND")
                + self.el("table", "Table", "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in HOURS),
                          "CONTACT_HOURS_REND"))
        body = (self.el("h2", "SectionHeading", self.el("span", "Element", "Contact Us"), "CONTACT_SECTION_TITLE_REND",
                        ' typography="HeadingBeta" data-route="sectionTitle"')
                + self.el("h4", "HeadingMinor", "Drop us a line!", "CONTACT_FORM_TITLE_REND")
                + self.el("div", "Grid", self.el("div", "GridCell", form) + self.el("div", "GridCell", info)))
        return self.widget("contact", "contact-4", body, "contact")

    def footer(self) -> str:
        body = (self.rt([f"Copyright © 2025 {self.e(BRAND)} - All Rights Reserved."], "FOOTER_COPYRIGHT_RENDERED")
                + self.el("p", "FooterDetails", f"{self.e(ADDRESS[0])}, {self.e(ADDRESS[1])} · {PHONE}",
                          "FOOTER_ADDRESS_RENDERED")
                + self.el("ul", "Block", "".join(f"<li>{self.link(p, t)}</li>" for p, t in
                                                 (("/privacy-policy", "Privacy Policy"), ("/start-here", "New Patients"))))
                + self.el("p", "Text", 'Powered by <a href="https://www.godaddy.com/websites/website-builder'
                          '?isc=pwugc&amp;utm_source=wsb&amp;utm_medium=applications&amp;utm_campaign=en-us_corp_'
                          'applications_base" rel="nofollow noopener" target="_blank">GoDaddy</a>',
                          "FOOTER_POWERED_BY_AIRO_RENDERED"))
        return self.widget("footer", "footer-1", body, "footer")

    def cookie_banner(self) -> str:
        return ('<div id="gdpr-cookie-banner">' + self.el("div", "Block", self.el(
            "p", "Text", "This website uses cookies.", "COOKIE_BANNER_TITLE")
            + self.el("p", "Text", "We use cookies to analyze website traffic and optimize your website experience. "
                      "By accepting our use of cookies, your data will be aggregated with all other user data.",
                      "COOKIE_BANNER_MESSAGE")
            + self.el("a", "Button", "Accept", "COOKIE_BANNER_ACCEPT_BUTTON", ' href="#"')
            + self.el("a", "Button", "Decline", "COOKIE_BANNER_DECLINE_BUTTON", ' href="#"')) + "</div>")

    def document(self, head: str, current: str, main: str, n: int) -> str:
        return (f'<!DOCTYPE html><html lang="en-US"><head>{head}</head><body class="x  x-fonts-montserrat" '
                f'context="[object Object]"><div id="layout-{uid("layout", current)}" class="layout layout-layout '
                f'layout-layout-layout-13 locale-en-US lang-en">'
                + self.el("div", "Page", self.el("div", "Block", self.header(current) + main + self.contact_section()
                                                 + self.footer(), extra=("page-inner",)), attrs=f' id="page-{4300 + n}"')
                + f"</div>{self.cookie_banner()}<script>window.wsb=window.wsb||{{}};"
                "window.wsb['Theme13']=true;</script></body></html>")

    # -- posts ----------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        spacer = '<p style="margin:0"><br></p>'
        if block.kind == "p":
            return f'<p style="margin:0"><span>{self.inline(block.text)}</span></p>{spacer}'
        if block.kind in ("h2", "h3"):
            tag = "h4" if block.kind == "h2" else "h5"
            return f"<{tag}>{self.inline(block.text)}</{tag}>"
        if block.kind == "refs":
            items = "".join(f"<li><span>{self.inline(i)}</span></li>" for i in block.items)
            return f"<h4>{self.e(block.text)}</h4><ul>{items}</ul>"
        if block.kind in ("ul", "ol"):
            return (f"<{block.kind}>" + "".join(f"<li><span>{self.inline(i)}</span></li>" for i in block.items)
                    + f"</{block.kind}>")
        if block.kind == "quote":
            return f"<blockquote><p style=\"margin:0\"><span>{self.inline(block.text)}</span></p></blockquote>"
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1]
            return (f'<img src="{IMG}/{quote(name)}/:/rs=w:984,h:738" alt="{self.e(block.items[0])}" '
                    'style="max-width:100%"/>')
        if block.kind == "video":
            vid = block.text.rsplit("/", 1)[-1].split("?")[0]
            src = (f"https://www.youtube.com/embed/{vid}?rel=0&amp;showinfo=0&amp;autoplay=0" if "youtube" in block.text
                   else html.escape(block.text))
            return ('</div>' + self.el("div", "Block", self.el("div", "VideoEmbed",
                    f'<iframe src="{src}" '
                    'frameborder="0" allow="autoplay; encrypted-media" allowfullscreen="" '
                    'style="width:100%;height:100%;position:absolute;top:0;left:0"></iframe>',
                    "VIDEO_IFRAME_RENDERED"), "BLOG_POST_VIDEO")
                    + f'<div data-ux="BlogContent" class="{self.cls("div", "x-rt")}">')
        return super().block_html(block, entry)

    def byline(self, entry: Entry) -> str:
        if entry.authors:
            return "By " + self.e(entry.authors[0].display)
        return "By " + self.e(BRAND)

    def recent(self, entry: Entry | None) -> list[Entry]:
        return [e for e in self.newest if e is not entry][:3]

    def recent_posts(self, entry: Entry | None) -> str:
        cards = "".join(self.el("div", "GridCell", self.link(self.post_path(o),
                        f'<img src="{IMG}/{o.slug[:20]}.jpg/:/rs=w:365,h:365,cg:true,m/cr=w:365,h:365" alt=""/>'
                        + self.el("h4", "HeadingMinor", self.e(o.title), f"RECENT_POST_TITLE_{i}")
                        + self.el("p", "Text", long_date(o.published), f"RECENT_POST_DATE_{i}")))
                        for i, o in enumerate(self.recent(entry)))
        return self.el("div", "Block", self.el("h4", "HeadingMinor", "Recent Posts", "BLOG_RECENT_POSTS_TITLE")
                       + self.el("div", "Grid", cards) + self.link("/blog", "See All"), "BLOG_RECENT_POSTS")

    def share(self, entry: Entry) -> str:
        u = quote(self.url(self.post_path(entry)), safe="")
        buttons = "".join(self.el("a", "Link", label, f"BLOG_SHARE_{label.upper()}",
                                  f' href="{href}" target="_blank" rel="noopener"') for label, href in
                          (("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
                           ("Twitter", f"https://twitter.com/intent/tweet?url={u}"),
                           ("LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={u}"),
                           ("Pinterest", f"https://pinterest.com/pin/create/button/?url={u}")))
        return self.el("div", "Block", self.el("p", "Text", "Share this post", "BLOG_SHARE_TITLE") + buttons,
                       "BLOG_SHARE_BUTTONS")

    def categories_html(self, entry: Entry) -> str:
        return "".join(self.el("a", "Link", self.e(c), "BLOG_POST_CATEGORY",
                               f' href="{self.category_path(c)}"') for c in entry.categories)

    def render_article(self, entry: Entry) -> str:
        body = (f'<div data-ux="BlogContent" data-aid="BLOG_POST_CONTENT" class="{self.cls("div", "x-rt")}">'
                f"{self.body_html(entry)}</div>")
        empty = f'<div data-ux="BlogContent" class="{self.cls("div", "x-rt")}"></div>'
        body = body.replace(empty, "")     # a closing video section is the post's last box
        inner = (self.link("/blog", "All Posts", "BLOG_BACK_TO_ALL_POSTS")
                 + self.el("h1", "HeadingMajor", self.e(entry.title), "BLOG_POST_TITLE", ' typography="HeadingAlpha"')
                 + self.el("div", "Block", self.el("p", "Text", long_date(entry.published), "BLOG_POST_DATE")
                           + self.el("span", "Element", "|") + self.categories_html(entry))
                 + self.el("p", "Text", self.byline(entry), "BLOG_POST_AUTHOR")
                 + self.el("div", "Block", f'<img src="{IMG}/{entry.slug[:20]}.jpg/:/rs=w:1240,h:620,cg:true" alt=""/>',
                           "BLOG_POST_FEATURED_IMAGE")
                 + body + self.share(entry) + self.el("hr", "HR", "") + self.recent_posts(entry))
        main = self.widget("blog", "blog-1", inner, "blog")
        head = self.head(f"{entry.title} | {BRAND}", self.teaser(entry, 24), self.post_path(entry),
                         f"{IMG}/{entry.slug[:20]}.jpg/:/rs=w:1200,h:600,cg:true,m/cr=w:1200,h:600")
        return self.document(head, "/blog", main, entry.post_id)

    # -- listings -------------------------------------------------------------------------------------

    def card(self, e: Entry, i: int) -> str:
        return self.el("div", "GridCell", self.link(self.post_path(e),
                       f'<img src="{IMG}/{e.slug[:20]}.jpg/:/rs=w:600,h:300,cg:true" alt=""/>')
                       + self.el("h4", "HeadingMinor", self.link(self.post_path(e), self.e(e.title)), f"BLOG_TITLE_{i}")
                       + self.el("p", "Text", long_date(e.published), f"BLOG_DATE_{i}")
                       + self.categories_html(e)
                       + self.el("p", "Text", self.e(self.teaser(e, 30)), f"BLOG_DESCRIPTION_{i}")
                       + self.link(self.post_path(e), "Read More", f"BLOG_READ_MORE_{i}"))

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        filters = self.el("div", "Block", self.link("/blog", "All Posts") + "".join(
            self.link(self.category_path(c), self.e(c)) for c in sorted(self.groups("categories"))), "BLOG_CATEGORIES")
        more = (self.el("a", "Button", "Load more", "BLOG_LOAD_MORE", f' href="{html.escape(path_of(n + 1))}"')
                if n < pages else "")
        inner = (self.el("h1", "SectionHeading", "Blog", "BLOG_SECTION_TITLE", ' typography="HeadingBeta"')
                 + (self.el("h4", "HeadingMinor", self.e(title), "BLOG_CATEGORY_TITLE") if title != "Latest posts" else "")
                 + filters + self.el("div", "Grid", "".join(self.card(e, i) for i, e in enumerate(items)))
                 + more)
        page_title = f"Blog | {BRAND}" if title == "Latest posts" else f"{title} | Blog | {BRAND}"
        return self.document(self.head(page_title, "News and tips from our physical therapists and doctors.",
                                       path_of(n)), "/blog", self.widget("blog", "blog-1", inner, "blog"), n)

    # -- site pages -----------------------------------------------------------------------------------

    def home(self) -> str:
        hero = self.widget("about", "about-6", self.el("h1", "HeroHeading", "Move better. Feel better.",
                           "HEADER_TAGLINE_RENDERED") + self.rt(
            ["Physical therapy, sports rehab and family medicine under one roof in Bend, Oregon."],
            "HEADER_TAGLINE2_RENDERED"), "hero")
        cells = "".join(self.el("div", "GridCell", self.link(self.post_path(e), self.el("h4", "HeadingMinor", self.e(e.title))
                                + self.el("p", "Text", long_date(e.published), "RSS_FEED_POST_DATE_RENDERED")))
                        for e in self.newest[:3])
        latest = self.widget("rss", "rss-1", self.el("h2", "SectionHeading", "From our blog")
                             + self.el("div", "Grid", cells, "RSS_FEEDS_RENDERED"), "rss")
        return self.document(self.head(BRAND, "Physical therapy and family medicine in Bend, Oregon.", "/"), "/",
                             hero + latest, 1)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        inner = (self.el("h2", "SectionHeading", self.el("span", "Element", self.e(title)), "ABOUT_SECTION_TITLE_RENDERED")
                 + self.rt([self.e(p) for p in paragraphs], "ABOUT_DESCRIPTION_RENDERED"))
        return self.document(self.head(f"{title} | {BRAND}", paragraphs[0][:150], f"/{slug}"), f"/{slug}",
                             self.widget("about", "about-2", inner, slug), len(slug))

