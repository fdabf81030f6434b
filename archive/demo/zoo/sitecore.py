"""sitecore (held out): a hospital system's news and health library on Sitecore XP with SXA (Sitecore
Experience Accelerator), MVC renderings with the Wireframe/Basic2 grid, as US health systems run it.

Modelled on real files: the SXA component markup that Sitecore's own headless starter reproduces
one for one (Sitecore/jss ``packages/create-sitecore-jss/src/templates/nextjs-sxa/src/components/``:
``LinkList.tsx``: ``div.component.link-list`` > ``div.component-content`` > ``h3`` + ``ul`` >
``li.item0.odd.first`` > ``div.field-link`` > ``a``; ``Navigation.tsx``: ``div.component.navigation`` >
``div.component-content`` > ``nav`` > ``ul.clearfix`` > ``li.rel-level1`` > ``div.navigation-title``;
``Promo.tsx``: ``div.component.promo`` > ``div.component-content`` > ``div.field-promoicon`` +
``div.promo-text`` > ``div.field-promotext`` / ``div.field-promolink``; ``PageContent.tsx`` and
``RichText.tsx``: ``div.component.page-content`` / ``div.component.rich-text`` > ``div.component-content``
> ``div.field-content``; ``Layout.tsx``: ``header`` > ``#header``, ``main`` > ``#content``, ``footer`` >
``#footer``), a saved SXA page found by its footer (``div.row`` > ``div.component.link-list.col-12`` >
``div.component-content`` > ``ul`` > ``li`` > ``div.field-link``; Sitecore Forms posting to
``/formbuilder?sc_site=...&fxb.FormItemId=...`` with ``__RequestVerificationToken`` and
``data-sc-field-key``; ``<body class="default-device bodyclass">``; ``div#wrapper``), and a site
inventory that lists SXA renderings as served (``div.component.page-list.col-12`` > ``ul.items`` >
``li.item`` with ``.field-title`` / ``.field-content``; ``div.component.breadcrumb.navigation-title`` >
``ol`` > ``li.breadcrumb-item``). SXA's own pieces as public SXA sites serve them: the Privacy Warning
(``div.privacy-warning``, ``XA.cookies``), the search box (``component search-box`` with
``data-properties`` JSON), the pagination component, ``/-/media/...`` links with ``?la=en&hash=``,
the SXA sitemap (``/sitemap.xml`` with ``xhtml:link`` hreflang alternates) and robots.txt.

The site (Riverbend Health): English news at ``/news/YYYY/MM/slug`` (a page-content rendering
variant: category eyebrow, ``h1.field-title``, ``div.field-date`` "Mar 12, 2024"; most news name no
person, only a "Media contact:" box with the press officer's name, phone and email, which is not a
byline; some are signed "By Ana Costa, MD, FAAD, dermatologist" in ``div.field-byline``), Spanish
news at ``/es/noticias/YYYY/MM/slug`` ("12 mar. 2024", "Contacto de prensa:"), and health library
entries at ``/health-library/CATEGORY/slug`` that name no writer: "Medically reviewed by Helen Okoro,
MD, FACP" and "Last reviewed: 3/12/2024" at the bottom. Library entries are articles, not evergreen
pages: each is one signed-off text on one topic with a dated review, a reviewer and its own related
reading, the same content type a health library publishes hundreds of; their only date is the review
date, which is the date the truth records. Each article ends with a "Related articles" link list (the
article's own Read Also) and has a side column with a "Latest news" page list (site-wide, newest five),
a "Find a doctor" promo and a newsletter form (Sitecore Forms). Tags show in a "Topics" tag list on
news only. The header's search box posts to the Coveo page (``/search#q=...``), the language switcher
links ``?sc_lang=es`` (an English item falls back to English, ``rel=canonical`` the clean URL); some
listing links carry ``?sc_site=riverbend`` or ``?sc_mode=normal`` as editors copy them. Doctor
profiles (``/find-a-doctor/ana-costa-md``) and locations are pages. No trap.
"""
from __future__ import annotations

import json
from dataclasses import replace

from .posts import Entry, Person, Plan, slugify
from .site import ZooSite, later

SHORT_MONTHS_ES = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.")
SPECIALTIES = ("cardiologist", "family medicine physician", "dietitian", "pulmonologist", "dermatologist", "pharmacist")
LOCATIONS = (("riverbend-medical-center", "Riverbend Medical Center", "2400 River Rd, Dayton, OH 45402"),
             ("eastside-family-clinic", "Eastside Family Clinic", "818 Linden Ave, Dayton, OH 45410"))
CONTACTS = (("Karen Whitfield", "937-555-0142", "kwhitfield@riverbendhealth.example"),
            ("Jorge Alvarado", "937-555-0187", "jalvarado@riverbendhealth.example"))
XML = "application/xml; charset=utf-8"
PDF = "/-/media/files/riverbend/patient-education/asthma-action-plan.pdf"


class Sitecore(ZooSite):
    family = "sitecore"
    site_name = "Riverbend Health"
    declared_language = "en"
    authorless = "mixed"          # most news are signed by the media contact only; library entries by no one
    per_page = 10
    plan = Plan(seed="sitecore", count=40, languages=("en", "es"), authors=4, reviewed=0.35, tz_hours=-5,
                related=(2, 3, 3, 4))

    # -- entries and paths ---------------------------------------------------------------------------------

    def library(self, entry: Entry) -> bool:
        return entry.reviewer is not None and entry.story.language == "en"

    def dress(self, entry: Entry) -> Entry:
        if entry.reviewer is not None and entry.story.language == "en":
            # the library shows only the review date: the truth records it, and no writer, no tags
            reviewed = later(entry.published, f"sitecore-review:{entry.slug}", 5, 90)
            return replace(entry, authors=(), tags=(), published=reviewed)
        entry.reviewer = None
        if entry.post_id % 3 != 0:
            entry.authors = ()
        return entry

    def post_path(self, entry: Entry) -> str:
        if entry.story.language == "es":
            return f"/es/noticias/{entry.published:%Y/%m}/{entry.slug}"
        if self.library(entry):
            return f"/health-library/{slugify(entry.categories[0])}/{entry.slug}"
        return f"/news/{entry.published:%Y/%m}/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/news", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/categories/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/topics/{slugify(name)}", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        suffix = f"-{person.credentials[0].lower()}" if person.credentials else ""
        return self.paged(f"/find-a-doctor/{slugify(person.name)}{suffix}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def specialty(self, person: Person) -> str:
        return SPECIALTIES[sum(map(ord, person.name)) % len(SPECIALTIES)]

    def build_routes(self) -> None:
        super().build_routes()
        self.add("/", "page", self.landing)
        self.add("/search", "page", self.search_page)
        self.add("/find-a-doctor", "page", self.doctors_index)
        self.add("/health-library", "listing", self.library_index)
        for person in {e.reviewer for e in self.entries if e.reviewer} - set(self.by_author()):
            self.add(self.author_path(person), "page", lambda p=person: self.render_profile(p))
        self.add_listing("Noticias", [e for e in self.newest if e.story.language == "es"],
                         lambda n: self.paged("/es/noticias", n))
        for slug, name, address in LOCATIONS:
            self.add(f"/locations/{slug}", "page", lambda s=slug, n=name, a=address: self.render_location(s, n, a))
        self.add(PDF, "other", lambda: "%PDF-1.4\n% Asthma action plan\n", "application/pdf")
        self.add("/sitemap.xml", "other", self.sxa_sitemap, XML)

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /sitecore/\nDisallow: /sitecore%20modules/\nDisallow: /-/media/files/riverbend/private/\n"
                f"Disallow: /search\n\nSitemap: {self.url('/sitemap.xml')}\n")

    def sxa_sitemap(self) -> str:
        rows = []
        for entry in self.newest:
            modified = later(entry.published, f"sitecore:{entry.slug}", 3, 200)
            rows.append(f"<url><loc>{self.e(self.url(self.post_path(entry)))}</loc><lastmod>{modified:%Y-%m-%d}</lastmod>"
                        "<changefreq>weekly</changefreq><priority>0.5</priority></url>")
        pages = ["/", "/news", "/es/noticias", "/health-library", "/find-a-doctor",
                 *[f"/locations/{s}" for s, _, _ in LOCATIONS], *[self.page_path(s) for s in ("about", "contact")]]
        rows += [f'<url><loc>{self.e(self.url(p))}</loc><xhtml:link rel="alternate" hreflang="en" href="{self.e(self.url(p))}"/>'
                 "<changefreq>daily</changefreq><priority>0.8</priority></url>" for p in pages]
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(rows) + "</urlset>")

    # -- SXA components ----------------------------------------------------------------------------------------

    def component(self, kind: str, inner: str, grid: str = "col-12", extra: str = "") -> str:
        attrs = f" {extra}" if extra else ""
        return f'<div class="component {kind} {grid}"{attrs}>\n<div class="component-content">\n{inner}</div>\n</div>\n'

    def media(self, path: str, w: int = 800, h: int = 450) -> str:
        digest = f"{sum(map(ord, path)) * 2654435761 % 16**32:032X}"
        return self.url(f"/-/media/images/riverbend/{path}.jpg?h={h}&w={w}&la=en&hash={digest}")

    def link_list(self, title: str, links: list[tuple[str, str]], grid: str = "col-12", extra_class: str = "") -> str:
        rows = []
        for i, (href, label) in enumerate(links):
            cls = f"item{i} {'even' if (i + 1) % 2 == 0 else 'odd'}" + (" first" if i == 0 else "") + (" last" if i == len(links) - 1 else "")
            rows.append(f'<li class="{cls}"><div class="field-link"><a href="{self.e(href)}" data-variantitemid="{{4A8B1C2D-7E3F-4F5A-9B6C-1D2E3F4A5B6C}}" '
                        f'data-variantfieldname="Link">{self.e(label)}</a></div></li>')
        heading = f"<h3>{self.e(title)}</h3>\n" if title else ""
        return self.component(f"link-list{(' ' + extra_class) if extra_class else ''}", f"{heading}<ul>{''.join(rows)}</ul>\n", grid)

    def navigation(self) -> str:
        items = (("/find-a-doctor", "Find a Doctor"), ("/locations/riverbend-medical-center", "Locations"),
                 ("/news", "News"), ("/health-library", "Health Library"), ("/about", "About Us"))
        rows = "".join(f'<li class="level1 item{i} {"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""} rel-level1">'
                       f'<div class="navigation-title field-navigationtitle"><a title="{t}" href="{self.url(p)}">{t}</a></div></li>'
                       for i, (p, t) in enumerate(items))
        return self.component("navigation navigation-main navigation-main-horizontal", f'<nav><ul class="clearfix">{rows}</ul></nav>\n', "col-12 col-lg-8")

    def search_box(self) -> str:
        props = {"endpoint": "/sxa/search/results/", "suggestionEndpoint": "/sxa/search/suggestions/", "suggestionsMode": "ShowSearchResultsAsPredictions",
                 "resultPage": "/search", "targetSignature": "", "v": "{B6E6C7A9-1F4E-4D3B-8A8F-2C5D9E0F1A2B}", "s": "", "p": 5, "l": "en", "languageSource": "CurrentLanguage",
                 "searchQuerySelector": "", "itemid": "{7F3E2A10-5B4C-4E8D-9A1F-3C6B8D2E4F50}"}
        return self.component("search-box horizontal", (
            f'<label for="textBoxSearch">Search</label><input id="textBoxSearch" type="text" name="textBoxSearch" class="search-box-input" autocomplete="off" '
            f'placeholder="Search Riverbend Health" aria-label="Search" /><button class="search-box-button" type="submit" '
            f'onclick="location.href=\'{self.url("/search")}#q=\'+encodeURIComponent(document.getElementById(\'textBoxSearch\').value)">Search</button>\n'),
            "col-12 col-lg-4", f"data-properties='{json.dumps(props)}'")

    def language_switch(self, entry: Entry | None) -> str:
        if entry and entry.story.language == "es":
            links = [(self.url("/?sc_lang=en"), "English")]
        else:
            target = self.post_path(entry) if entry else "/"
            links = [(self.url(f"{target}?sc_lang=es"), "Español")]
        return self.link_list("", links, "col-12", "language-selector")

    def breadcrumb(self, trail: list[tuple[str, str]]) -> str:
        rows = []
        for i, (label, path) in enumerate(trail):
            last = i == len(trail) - 1
            cls = "breadcrumb-item " + ("home" if i == 0 else "last" if last else f"item{i}")
            sep = "" if last else '<div class="separator">&gt;</div>'
            rows.append(f'<li class="{cls}"><div class="navigation-title field-navigationtitle"><a title="{self.e(label)}" '
                        f'href="{self.url(path)}">{self.e(label)}</a></div>{sep}</li>')
        return self.component("breadcrumb navigation-title", f'<nav><ol>{"".join(rows)}</ol></nav>\n')

    def page_list(self, title: str, items: list[Entry], grid: str = "col-12", extra: str = "", content: bool = False) -> str:
        rows = []
        for o in items:
            # links as editors copied them from the Experience Editor or another site's context
            query = "?sc_mode=normal" if o.post_id % 4 == 0 else "?sc_site=riverbend" if content and o.post_id % 5 == 0 else ""
            desc = f'<div class="field-content">{self.e(self.teaser(o, 24))}</div>' if content else ""
            rows.append(f'<li class="item"><div class="field-image"><img src="{self.media("news/" + o.slug[:24], 360, 200)}" alt="" /></div>'
                        f'<div class="field-title"><a title="{self.e(o.title)}" href="{self.url(self.post_path(o))}{query}">{self.e(o.title)}</a></div>'
                        f'<div class="field-date">{self.date_text(o)}</div>{desc}</li>')
        heading = f'<div class="page-list-title"><h3>{self.e(title)}</h3></div>' if title else ""
        return self.component(f"page-list{(' ' + extra) if extra else ''}", f'{heading}<ul class="items">{"".join(rows)}</ul>\n', grid)

    def promo(self) -> str:
        return self.component("promo find-a-doctor", (
            f'<div class="field-promoicon"><img src="{self.media("promos/find-a-doctor", 300, 200)}" alt="Doctor talking with a patient" /></div>'
            '<div class="promo-text"><div><div class="field-promotext"><h3>Find a doctor</h3><p>More than 600 Riverbend Health '
            'providers across the Miami Valley, many accepting new patients.</p></div></div>'
            f'<div class="field-promolink"><a href="{self.url("/find-a-doctor")}">Search doctors</a></div></div>\n'))

    def newsletter(self) -> str:
        form = "f1c2d3e4-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
        return self.component("sitecore-form newsletter-signup", (
            f'<form action="/formbuilder?sc_site=riverbend&amp;fxb.FormItemId={form}&amp;fxb.HtmlPrefix=fxb.{form}" data-ajax="true" '
            f'data-ajax-method="Post" data-sc-fxb="{form}" enctype="multipart/form-data" id="fxb_{form}" method="post" novalidate="novalidate">'
            '<input name="__RequestVerificationToken" type="hidden" value="Q2VkYXJzLXN4YS10b2tlbi1leGFtcGxl" />'
            '<h2 class="title">Healthy You newsletter</h2><p>Health tips from Riverbend Health experts in your inbox every month.</p>'
            f'<label for="fxb_{form}_Email">Email</label><input id="fxb_{form}_Email" name="fxb.{form}.Fields.Value" type="email" '
            'data-sc-field-name="Email" data-sc-field-key="E8689D8FB8C94FF9893E9865667A6D1B" />'
            f'<input value="Subscribe" type="submit" name="fxb.{form}.Submit" /></form>\n'), "col-12")

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return self.component("social-media-share", (
            f'<ul><li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a></li>'
            f'<li><a class="twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank">X</a></li>'
            f'<li><a class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}" target="_blank">LinkedIn</a></li>'
            f'<li><a class="email" href="mailto:?subject={self.e(entry.title)}&amp;body={url}">Email</a></li>'
            '<li><a class="print" href="javascript:window.print()">Print</a></li></ul>\n'))

    # -- frame -------------------------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", lang: str = "en", entry: Entry | None = None) -> str:
        footer_links = [(self.url(self.page_path(s)), t) for s, t in (("about", "About Us"), ("contact", "Contact Us"),
                                                                     ("privacy-policy", "Privacy Policy"))]
        footer_links.append((self.url("/-/media/files/riverbend/legal/nondiscrimination-notice.pdf?la=en&hash=5D1F0C2B"),
                             "Nondiscrimination Notice (PDF)"))
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{self.e(title)}</title>
<link href="{self.url('/-/media/base-themes/core-libraries/styles/optimized-min.css?rev=5c7b2d1e&amp;t=20240115T101010Z&amp;hash=3F2A')}" rel="stylesheet" />
<link href="{self.url('/-/media/themes/riverbend/riverbend/riverbend-theme/styles/pre-optimized-min.css?rev=8d1e&amp;t=20240301T090000Z')}" rel="stylesheet" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}</head>
<body class="default-device bodyclass">
<div id="wrapper">
<header>
<div id="header" class="container">
<div class="row">
<div class="component image file-type-icon-media-link col-12 col-lg-3"><div class="component-content"><a title="Riverbend Health" href="{self.url('/')}"><img src="{self.url('/-/media/project/riverbend/logo.svg?iar=0&amp;hash=0A1B2C')}" alt="Riverbend Health" /></a></div></div>
{self.navigation()}{self.search_box()}{self.language_switch(entry)}</div>
</div>
</header>
<main>
<div id="content" class="container">
<div class="row">
{main}</div>
</div>
</main>
<footer>
<div id="footer" class="container">
<div class="row">
{self.link_list("Riverbend Health", footer_links, "col-12 col-md-6")}{self.component("rich-text", '<p>Riverbend Health, 2400 River Rd, Dayton, OH 45402 · 937-555-0100</p><p>© 2024 Riverbend Health. All rights reserved.</p>', "col-12 col-md-6")}</div>
</div>
</footer>
</div>
<div class="privacy-warning permisive" style="display:none"><div class="close"><a onclick="XA.cookies.removeCookieWarning()">×</a></div>
<div class="title">This website uses cookies</div><div class="info">We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies as described in our <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a>.</div>
<div class="submit"><a onclick="XA.cookies.createCookie('riverbend#privacy-warning','1',365);XA.cookies.removeCookieWarning()">Accept</a></div></div>
<script src="{self.url('/-/media/base-themes/core-libraries/scripts/optimized-min.js?rev=5c7b2d1e&amp;t=20240115T101010Z')}"></script>
<script src="{self.url('/-/media/themes/riverbend/riverbend/riverbend-theme/scripts/pre-optimized-min.js?rev=8d1e')}"></script>
</body>
</html>"""

    def head(self, title: str, path: str, description: str = "", image: str = "", og_type: str = "website") -> str:
        url = self.url(path)
        meta = f'<link rel="canonical" href="{url}" />\n'
        if description:
            meta += f'<meta name="description" content="{self.e(description)}" />\n'
        meta += (f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:url" content="{url}" />\n'
                 f'<meta property="og:type" content="{og_type}" />\n<meta property="og:site_name" content="{self.site_name}" />\n'
                 f'<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:title" content="{self.e(title)}" />\n')
        if description:
            meta += f'<meta property="og:description" content="{self.e(description)}" />\n'
        if image:
            meta += f'<meta property="og:image" content="{image}" />\n'
        return meta

    # -- the article -------------------------------------------------------------------------------------------------

    def date_text(self, entry: Entry) -> str:
        when = entry.published
        if entry.story.language == "es":
            return f"{when.day} {SHORT_MONTHS_ES[when.month - 1]} {when.year}"
        return f"{when:%b} {when.day}, {when.year}"

    def byline(self, entry: Entry) -> str:
        names = [", ".join((a.name, *a.credentials, self.specialty(a))) for a in entry.authors]
        links = [f'<a href="{self.url(self.author_path(a))}">{self.e(n)}</a>' for a, n in zip(entry.authors, names)]
        return f'<div class="field-byline">{"Por" if entry.story.language == "es" else "By"} {" and ".join(links)}</div>'

    def media_contact(self, entry: Entry) -> str:
        name, phone, email = CONTACTS[entry.post_id % len(CONTACTS)]
        label = "Contacto de prensa:" if entry.story.language == "es" else "Media contact:"
        return self.component("rich-text media-contact", f"<p><strong>{label}</strong><br />{name}<br />{phone}<br />"
                                                         f'<a href="mailto:{email}">{email}</a></p>\n')

    def body(self, entry: Entry) -> str:
        out = []
        for block in entry.story.blocks:
            if block.kind == "figure":
                out.append(f'<p><img src="{self.media("content/" + slugify(block.items[0])[:30])}" alt="{self.e(block.items[0])}" /></p>')
            elif block.kind == "video":
                out.append(f'<div class="video-embed">{self.video_html(block.text, entry)}</div>')
            else:
                out.append(self.block_html(block, entry))
        return "\n".join(out)

    def review_box(self, entry: Entry) -> str:
        reviewer = entry.reviewer
        when = entry.published
        return self.component("rich-text medical-review", (
            f'<p class="reviewed-by">Medically reviewed by <a href="{self.url(self.author_path(reviewer))}">'
            f'{self.e(", ".join((reviewer.name, *reviewer.credentials)))}</a></p>'
            f'<p class="last-reviewed">Last reviewed: {when.month}/{when.day}/{when.year}</p>'
            '<p><em>This information is not intended to replace the advice of a doctor. Riverbend Health disclaims any liability '
            'for the decisions you make based on this information.</em></p>\n'))

    def article_main(self, entry: Entry) -> str:
        es = entry.story.language == "es"
        category = entry.categories[0] if entry.categories else ""
        if es:
            trail = [("Inicio", "/"), ("Noticias", "/es/noticias")]
        elif self.library(entry):
            trail = [("Home", "/"), ("Health Library", "/health-library")]
        else:
            trail = [("Home", "/"), ("News", "/news"), (category, self.category_path(category))]
        trail.append((entry.title, self.post_path(entry)))
        eyebrow = (f'<div class="field-category"><a href="{self.url(self.category_path(category))}">{self.e(category)}</a></div>'
                   if not self.library(entry) else f'<div class="field-category">{self.e(category)}</div>')
        meta = "" if self.library(entry) else f'<div class="field-date">{self.date_text(entry)}</div>'
        if entry.authors:
            meta += self.byline(entry)
        content = self.component("page-content", (
            f'{eyebrow}<h1 class="field-title">{self.e(entry.title)}</h1>{meta}'
            f'<div class="field-image"><img src="{self.media("news/" + entry.slug[:24])}" alt="" /></div>\n'
            f'<div class="field-content">\n{self.body(entry)}\n</div>\n'))
        left = self.share(entry) + content
        if self.library(entry):
            if "asthma" in entry.story.key or entry.post_id % 5 == 0:
                left += self.link_list("Downloads", [(self.url(PDF), "Asthma action plan (PDF)")], "col-12", "downloads")
            left += self.review_box(entry)
        elif not entry.authors:
            left += self.media_contact(entry)
        if entry.tags:
            tags = "".join(f'<li><a class="field-tag" href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
            left += self.component("tag-list", f'<h4>{"Temas" if es else "Topics"}</h4><ul>{tags}</ul>\n')
        related = self.shown_related(entry)
        if related:
            left += self.link_list("Artículos relacionados" if es else "Related articles",
                                   [(self.url(self.post_path(o)), o.title) for o in related], "col-12", "related-articles")
        latest = [o for o in self.newest if o.story.language == entry.story.language and not self.library(o)][:5]
        right = (self.page_list("Últimas noticias" if es else "Latest news", latest, "col-12", "latest-news")
                 + self.promo() + self.newsletter())
        return (self.breadcrumb(trail)
                + f'<div class="row component column-splitter">\n<div class="col-12 col-md-8">\n<div class="row">\n{left}</div>\n</div>\n'
                + f'<div class="col-12 col-md-4">\n<div class="row">\n{right}</div>\n</div>\n</div>\n')

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {self.site_name}"
        head = self.head(entry.title, self.post_path(entry), self.teaser(entry, 25), self.media("news/" + entry.slug[:24]),
                         "article")
        if entry.tags:
            head += f'<meta name="keywords" content="{self.e(", ".join(entry.tags))}" />\n'
        lang = "es" if entry.story.language == "es" else "en"
        return self.document(title, self.article_main(entry), head, lang, entry)

    # -- listings and pages ------------------------------------------------------------------------------------------

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        rows = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{self.url(path_of(k))}">{k}</a></li>'
                       for k in range(1, pages + 1))
        if n < pages:
            rows += f'<li class="page-item next"><a class="page-link" href="{self.url(path_of(n + 1))}">Next</a></li>'
        return self.component("pagination", f'<ul class="pagination">{rows}</ul>\n')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        doctor = path_of(1).startswith("/find-a-doctor/")
        intro = ""
        heading = title
        if doctor:
            person = next(p for p in self.by_author() if p.name == title)
            heading = ", ".join((person.name, *person.credentials))
            intro = self.profile_text(person)
        listing = self.page_list(f"News from {person.name}" if doctor else "", items, "col-12", "news-list", content=True)
        main = (self.breadcrumb([("Home", "/"), ("Find a Doctor" if doctor else "News", "/find-a-doctor" if doctor else "/news"),
                                 (heading, path_of(1))])
                + self.component("title", f'<h1 class="field-title">{self.e(heading)}</h1>\n') + intro + listing
                + self.pagination(n, pages, path_of))
        label = f"{heading} | {self.site_name}"
        return self.document(label, main, self.head(heading, path_of(n)))

    def profile_text(self, person: Person) -> str:
        return self.component("rich-text provider-bio", (
            f'<p class="specialty">{self.specialty(person).capitalize()}</p><p>{self.e(person.name)} sees patients at Riverbend '
            'Medical Center. Accepting new patients. Languages: English.</p>'
            '<p><a href="https://mychart.riverbendhealth.example/MyChart/Scheduling">Schedule an appointment</a></p>\n'))

    def render_profile(self, person: Person) -> str:
        heading = ", ".join((person.name, *person.credentials))
        ld = {"@context": "https://schema.org", "@type": "Physician", "name": heading}
        main = (self.breadcrumb([("Home", "/"), ("Find a Doctor", "/find-a-doctor"), (heading, self.author_path(person))])
                + self.component("title", f'<h1 class="field-title">{self.e(heading)}</h1>\n') + self.profile_text(person))
        head = self.head(heading, self.author_path(person)) + f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
        return self.document(f"{heading} | {self.site_name}", main, head)

    def doctors_index(self) -> str:
        people = [*self.by_author(), *({e.reviewer for e in self.entries if e.reviewer} - set(self.by_author()))]
        links = [(self.url(self.author_path(p)), ", ".join((p.name, *p.credentials))) for p in sorted(people, key=lambda p: p.name)]
        main = self.component("title", '<h1 class="field-title">Find a Doctor</h1>\n') + self.link_list("", links)
        return self.document(f"Find a Doctor | {self.site_name}", main, self.head("Find a Doctor", "/find-a-doctor"))

    def library_index(self) -> str:
        items = sorted((e for e in self.entries if self.library(e)), key=lambda e: e.title)
        links = [(self.url(self.post_path(e)), e.title) for e in items]
        main = (self.breadcrumb([("Home", "/"), ("Health Library", "/health-library")])
                + self.component("title", '<h1 class="field-title">Health Library</h1>\n')
                + self.component("rich-text", "<p>Trusted information on conditions, treatments and healthy living, reviewed by "
                                              "Riverbend Health clinicians.</p>\n") + self.link_list("A to Z", links))
        return self.document(f"Health Library | {self.site_name}", main, self.head("Health Library", "/health-library"))

    def search_page(self) -> str:
        main = self.component("title", '<h1 class="field-title">Search</h1>\n') + (
            '<div class="component coveo-search col-12"><div class="component-content">'
            '<div id="coveo3a949f41" class="CoveoSearchInterface" data-enable-history="true" data-results-per-page="10" '
            'data-pipeline="riverbend" data-maximum-age="900000"><div class="CoveoAnalytics"></div>'
            '<div class="coveo-search-section"><div class="CoveoSearchbox" data-enable-omnibox="true"></div></div>'
            '<div class="coveo-main-section"><div class="coveo-facet-column"><div class="CoveoFacet" data-title="Type" data-field="@z95xtemplatename"></div></div>'
            '<div class="coveo-results-column"><div class="CoveoQuerySummary"></div><div class="CoveoResultList" data-layout="list"></div>'
            '<div class="CoveoPager"></div></div></div></div></div></div>\n')
        return self.document(f"Search | {self.site_name}", main, self.head("Search", "/search")
                             + '<meta name="robots" content="noindex, follow" />\n')

    def render_location(self, slug: str, name: str, address: str) -> str:
        ld = {"@context": "https://schema.org", "@type": "Hospital" if "Center" in name else "MedicalClinic", "name": name,
              "address": address, "telephone": "937-555-0100"}
        main = (self.breadcrumb([("Home", "/"), ("Locations", f"/locations/{LOCATIONS[0][0]}"), (name, f"/locations/{slug}")])
                + self.component("title", f'<h1 class="field-title">{name}</h1>\n')
                + self.component("rich-text", f"<p>{address}</p><p>Main phone: 937-555-0100</p><p>Free parking in the visitor garage. "
                                              "Services include primary care, imaging, laboratory and physical therapy.</p>"
                                              "<h2>Hours</h2><ul><li>Monday–Friday: 7am–7pm</li><li>Saturday: 8am–noon</li></ul>\n", "col-12 col-md-8")
                + self.promo())
        head = self.head(name, f"/locations/{slug}") + f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
        return self.document(f"{name} | {self.site_name}", main, head)

    def landing(self) -> str:
        news = [o for o in self.newest if o.story.language == "en" and not self.library(o)][:6]
        main = (self.component("promo hero", '<div class="promo-text"><div><div class="field-promotext"><h1>Care for every part of your life</h1>'
                                             '<p>Primary care, specialists and hospitals across the Miami Valley.</p></div></div>'
                                             f'<div class="field-promolink"><a href="{self.url("/find-a-doctor")}">Find a doctor</a></div></div>\n')
                + self.page_list("Latest news", news, "col-12", "home-news", content=True)
                + self.link_list("Health Library", [(self.url("/health-library"), "Browse the health library")])
                + self.promo())
        return self.document(f"{self.site_name} | Hospitals and Doctors in Dayton, Ohio", main, self.head(self.site_name, "/"))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (self.breadcrumb([("Home", "/"), (title, self.page_path(slug))])
                + self.component("title", f'<h1 class="field-title">{self.e(title)}</h1>\n') + self.component("rich-text", body + "\n"))
        return self.document(f"{title} | {self.site_name}", main, self.head(title, self.page_path(slug)))
