"""aem (held out): a hospital system's health-news and patient-education site on Adobe Experience
Manager with the AEM Core Components, modelled on the components' HTL templates in
adobe/aem-core-wcm-components (content/src/content/jcr_root/apps/core/wcm/components/):
``accordion/v1/accordion/accordion.html`` (``cmp-accordion__item`` / ``__header`` / ``__button`` /
``__title`` and ``cmp-accordion__panel cmp-accordion__panel--hidden`` with ``role=region``),
``list/v4/list/list.html`` and ``list/v4/list/item.html`` (``ul.cmp-list`` > ``li.cmp-list__item`` >
``a.cmp-list__item-link`` > ``span.cmp-list__item-title``, each with ``data-cmp-data-layer``),
``image/v2/image/image.html`` (``div.cmp-image`` with ``data-cmp-src``, ``data-cmp-widths``,
``itemscope itemtype=ImageObject`` and the ``<img class="cmp-image__image">`` inside ``<noscript>``),
``embed/v2/embed/embed.html`` and ``embed/v2/embed/embeddable/youtube/youtube.html`` (``div.cmp-embed``
> an ``<iframe>`` with ``aria-label="YouTube Video"``), and on the usual page structure those
components render into (``div.root.container.responsivegrid`` > ``div.cmp-container`` >
``div.aem-Grid.aem-Grid--12`` > ``div.*.aem-GridColumn``; header and footer as ``experiencefragment``
components; ``cmp-title`` > ``h1.cmp-title__text``; ``cmp-text``; ``cmp-teaser``; ``cmp-tabs``;
``cmp-breadcrumb`` with schema.org BreadcrumbList microdata; ``cmp-languagenavigation``) and the Adobe
Client Data Layer (``window.adobeDataLayer.push`` of the page's ``dc:title``, ``repo:modifyDate``,
``xdm:language``; ``data-cmp-data-layer`` JSON on components, ``xdm:text`` carrying a text component's
HTML).

The site (Lakeshore Health): English pages under ``/health-news/YYYY/MM/slug.html`` (health news
template: ``og:*`` and ``article:published_time`` meta) and ``/patient-education/slug.html`` (patient
education template: no date meta, a "Medically reviewed by ..." line); Spanish pages under
``/es/noticias-de-salud/YYYY/MM/slug.html``. Each article shows a category eyebrow, the title, a byline
component ("Written by <a href=/doctors/slug.html>Dr. Ana Costa, MD</a>, Cardiology"), "Published March
8, 2024" (Spanish "Publicado el 8 de marzo de 2024") in a custom date component, the body as Title /
Text / Image / Embed components, References (and on some posts the last section, a FAQ) in a collapsed
accordion that belongs to the article, a "Topics" tag component, a share bar with a print link to the
``slug.print.html`` selector (same article, a bare print rendering with ``rel=canonical`` to the page),
a "Related articles" List component (the article's own Read Also), a "Latest from Lakeshore Health"
teaser row (site-wide newest three), a "Find care" tabs component, a newsletter form, a cookie banner.
Pages also answer with ``?wcmmode=disabled`` (some listing teasers link so, as editors' copied links
do); ``rel=canonical`` is the clean URL. Listings paginate with selectors (``/health-news.2.html``).
Doctor profile pages (``/doctors/slug.html``: bio, specialty, the doctor's articles) and location pages
(``/locations/slug.html``) are not articles. Sitemaps from the Sling sitemap servlet
(``/sitemap.xml`` index, ``/en.sitemap.xml``, ``/es.sitemap.xml`` with ``lastmod``); no trap.
"""
from __future__ import annotations

import html
import json
from datetime import datetime

from .posts import Block, Entry, Person, Plan, slugify
from .site import ZooSite, later, long_date

DEPARTMENTS = ("Cardiology", "Family Medicine", "Nutrition Services", "Internal Medicine", "Dermatology",
               "Sports Medicine", "Behavioral Health")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre")
LOCATIONS = (("lakeshore-medical-center", "Lakeshore Medical Center", "1200 Lakeshore Dr, Evanston, IL 60201"),
             ("northbrook-outpatient-clinic", "Northbrook Outpatient Clinic", "455 Skokie Blvd, Northbrook, IL 60062"),
             ("oak-park-urgent-care", "Oak Park Urgent Care", "711 Madison St, Oak Park, IL 60302"))
XML = "application/xml; charset=utf-8"


class Aem(ZooSite):
    family = "aem"
    site_name = "Lakeshore Health"
    declared_language = "en"
    per_page = 12
    plan = Plan(seed="aem", count=40, languages=("en", "es"), authors=4, co_authors=0.15, reviewed=0.3,
                tz_hours=-6, related=(2, 3, 3, 4))

    # -- paths -------------------------------------------------------------------------------------------

    def education(self, entry: Entry) -> bool:
        return entry.reviewer is not None and entry.story.language == "en"

    def post_path(self, entry: Entry) -> str:
        if entry.story.language == "es":
            return f"/es/noticias-de-salud/{entry.published:%Y/%m}/{entry.slug}.html"
        if self.education(entry):
            return f"/patient-education/{entry.slug}.html"
        return f"/health-news/{entry.published:%Y/%m}/{entry.slug}.html"

    def print_path(self, entry: Entry) -> str:
        return self.post_path(entry)[:-len(".html")] + ".print.html"

    def paged(self, base: str, n: int) -> str:
        return f"{base}.html" if n == 1 else f"{base}.{n}.html"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/health-news", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/health-news/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/health-news/topics/{slugify(name)}", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/doctors/{slugify(person.name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}.html"

    def department(self, person: Person) -> str:
        return DEPARTMENTS[sum(map(ord, person.name)) % len(DEPARTMENTS)]

    def faq_post(self, entry: Entry) -> bool:
        """The last section of some long posts is authored as a collapsed FAQ accordion item."""
        return entry.post_id % 3 == 0 and sum(b.kind == "h2" for b in entry.story.blocks) >= 3

    def extra_routes(self) -> None:
        self.add("/", "page", self.landing)
        for entry in self.entries:
            self.add(self.print_path(entry), "other", lambda e=entry: self.render_print(e))
        for slug, name, address in LOCATIONS:
            self.add(f"/locations/{slug}.html", "page", lambda s=slug, n=name, a=address: self.render_location(s, n, a))
        self.add("/locations.html", "page", self.render_locations)
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(["/en.sitemap.xml", "/es.sitemap.xml"]), XML)
        self.add("/en.sitemap.xml", "other", lambda: self.lastmod_sitemap("en"), XML)
        self.add("/es.sitemap.xml", "other", lambda: self.lastmod_sitemap("es"), XML)

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /content/dam/lakeshore/private/\nDisallow: /bin/\nDisallow: /*.print.html\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def lastmod_sitemap(self, lang: str) -> str:
        rows = []
        for entry in self.newest:
            if (entry.story.language == "es") == (lang == "es"):
                modified = later(entry.published, f"aem:{entry.slug}", 20, 300)
                rows.append(f"<url><loc>{self.e(self.url(self.post_path(entry)))}</loc>"
                            f"<lastmod>{modified:%Y-%m-%dT%H:%M:%S.000%z}</lastmod></url>")
        if lang == "en":
            pages = ["/", self.home_path(), "/locations.html", *[f"/locations/{s}.html" for s, _, _ in LOCATIONS],
                     *[self.author_path(p) for p in self.by_author()]]
            rows += [f"<url><loc>{self.e(self.url(p))}</loc></url>" for p in pages]
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(rows) + "</urlset>")

    # -- components ------------------------------------------------------------------------------------------

    def cid(self, kind: str, key: str) -> str:
        return f"{kind}-{sum(map(ord, key)) * 7919 % 16**10:010x}"

    def layer(self, cid: str, kind: str, **fields) -> str:
        data = {cid: {"@type": f"lakeshore/components/{kind}", **fields}}
        return html.escape(json.dumps(data, separators=(",", ":")), quote=True)

    def column(self, kind: str, inner: str, width: int = 12, extra: str = "") -> str:
        return (f'<div class="{kind} {extra} aem-GridColumn aem-GridColumn--default--{width}">{inner}</div>').replace("  ", " ")

    def grid(self, columns: str, cid: str = "") -> str:
        return (f'<div id="container-{cid or "main"}" class="cmp-container"><div class="aem-Grid aem-Grid--12 '
                f'aem-Grid--default--12">{columns}</div></div>')

    def title_cmp(self, text: str, level: str, key: str, modified: datetime) -> str:
        cid = self.cid("title", key + text)
        return self.column("title", f'<div data-cmp-data-layer="{self.layer(cid, "title", **{"dc:title": text, "repo:modifyDate": modified.strftime("%Y-%m-%dT%H:%M:%SZ")})}" '
                           f'id="{cid}" class="cmp-title"><{level} class="cmp-title__text">{self.inline(text) if level != "h1" else self.e(text)}</{level}></div>')

    def text_cmp(self, inner: str, key: str, modified: datetime, plain: str = "") -> str:
        cid = self.cid("text", key + inner[:80])
        fields = {"xdm:text": inner, "repo:modifyDate": modified.strftime("%Y-%m-%dT%H:%M:%SZ")}
        return self.column("text", f'<div data-cmp-data-layer="{self.layer(cid, "text", **fields)}" id="{cid}" class="cmp-text">{inner}</div>')

    def image_cmp(self, src: str, alt: str, key: str) -> str:
        cid = self.cid("image", key + src)
        path = f"/content/dam/lakeshore/health-news/{slugify(alt)[:30] or 'image'}.jpg"
        return self.column("image", (
            f'<div data-cmp-is="image" data-cmp-lazy data-cmp-src="{self.url(path)}.coreimg.{{.width}}.jpeg/1700000000000/image.jpeg" '
            f'data-cmp-widths="480,800,1200" data-asset="{path}" data-title="{self.e(alt)}" id="{cid}" '
            f'data-cmp-data-layer="{self.layer(cid, "image", **{"dc:title": alt, "image": {"repo:path": path}})}" class="cmp-image" '
            f'itemscope itemtype="http://schema.org/ImageObject"><noscript data-cmp-hook-image="noscript">'
            f'<img src="{self.e(src)}" class="cmp-image__image" itemprop="contentUrl" data-cmp-hook-image="image" alt="{self.e(alt)}"/>'
            "</noscript></div>"))

    def embed_cmp(self, src: str, key: str) -> str:
        cid = self.cid("embed", key + src)
        return self.column("embed", (
            f'<div id="{cid}" class="cmp-embed"><iframe width="100%" height="390" src="{self.e(src)}" frameborder="0" '
            'allowfullscreen allow="autoplay; fullscreen" aria-label="YouTube Video"></iframe></div>'))

    def accordion_cmp(self, items: list[tuple[str, str]], key: str) -> str:
        cid = self.cid("accordion", key)
        rows = []
        for i, (title, panel) in enumerate(items):
            item = f"item-{sum(map(ord, title)) % 10**10:010d}"
            rows.append(
                f'<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="'
                f'{self.layer(f"{cid}-{item}", "accordion/item", **{"dc:title": title})}" id="{cid}-{item}">'
                f'<h3 class="cmp-accordion__header"><button id="{cid}-{item}-button" class="cmp-accordion__button" '
                f'aria-controls="{cid}-{item}-panel" data-cmp-hook-accordion="button"><span class="cmp-accordion__title">'
                f'{self.e(title)}</span><span class="cmp-accordion__icon"></span></button></h3>'
                f'<div data-cmp-hook-accordion="panel" id="{cid}-{item}-panel" class="cmp-accordion__panel '
                f'cmp-accordion__panel--hidden" role="region" aria-labelledby="{cid}-{item}-button">'
                f'<div class="container responsivegrid"><div class="cmp-container">{panel}</div></div></div></div>')
        return self.column("accordion panelcontainer", (
            f'<div id="{cid}" class="cmp-accordion" data-cmp-is="accordion" data-cmp-single-expansion="false" '
            f'data-cmp-data-layer="{self.layer(cid, "accordion")}">{"".join(rows)}</div>'))

    def list_cmp(self, items: list[Entry], key: str) -> str:
        cid = self.cid("list", key)
        rows = "".join(
            f'<li class="cmp-list__item" data-cmp-data-layer="{self.layer(f"{cid}-item-{o.post_id}", "list/item", **{"dc:title": o.title, "xdm:linkURL": self.post_path(o)})}">'
            f'<a class="cmp-list__item-link" href="{self.url(self.post_path(o))}" data-cmp-clickable>'
            f'<span class="cmp-list__item-title">{self.e(o.title)}</span></a></li>' for o in items)
        return f'<ul id="{cid}" data-cmp-data-layer="{self.layer(cid, "list")}" class="cmp-list">{rows}</ul>'

    def teaser_cmp(self, entry: Entry, link_query: str = "") -> str:
        href = self.url(self.post_path(entry)) + link_query
        cid = self.cid("teaser", entry.slug)
        return (f'<div id="{cid}" class="cmp-teaser" data-cmp-data-layer="{self.layer(cid, "teaser", **{"dc:title": entry.title, "xdm:linkURL": self.post_path(entry)})}">'
                f'<div class="cmp-teaser__image"><div class="cmp-image" data-cmp-is="image"><img class="cmp-image__image" '
                f'src="{self.url(f"/content/dam/lakeshore/teasers/{entry.slug[:28]}.jpg")}" alt=""></div></div>'
                f'<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">{self.e(entry.categories[0] if entry.categories else "")}</p>'
                f'<h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{href}">{self.e(entry.title)}</a></h3>'
                f'<div class="cmp-teaser__description"><p>{self.e(self.teaser(entry, 22))}</p></div>'
                f'<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="{href}">Read more</a></div></div></div>')

    def breadcrumb(self, trail: list[tuple[str, str]]) -> str:
        items = []
        for i, (label, path) in enumerate(trail, 1):
            last = i == len(trail)
            current = ' aria-current="page"' if last else ""
            link = (f'<span itemprop="name">{self.e(label)}</span>' if last else
                    f'<a href="{self.url(path)}" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">{self.e(label)}</span></a>')
            items.append(f'<li class="cmp-breadcrumb__item{" cmp-breadcrumb__item--active" if last else ""}"'
                         f'{current} itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                         f'{link}<meta itemprop="position" content="{i}"></li>')
        return self.column("breadcrumb", f'<nav id="breadcrumb-main" class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" '
                           f'itemscope itemtype="http://schema.org/BreadcrumbList">{"".join(items)}</ol></nav>')

    def language_nav(self, entry: Entry | None) -> str:
        es = bool(entry and entry.story.language == "es")
        rows = "".join(
            f'<li class="cmp-languagenavigation__item cmp-languagenavigation__item--countrycode-US cmp-languagenavigation__item--langcode-{code}-US '
            f'cmp-languagenavigation__item--level-0{" cmp-languagenavigation__item--active" if active else ""}">'
            f'<a class="cmp-languagenavigation__item-link" href="{self.url(path)}" hreflang="{code}-US" lang="{code}-US" rel="alternate">{label}</a></li>'
            for code, label, path, active in (("en", "English", "/", not es), ("es", "Español", "/es/noticias-de-salud.html", es)))
        return (f'<div class="languagenavigation"><nav id="languagenavigation-hdr" class="cmp-languagenavigation">'
                f'<ul class="cmp-languagenavigation__group">{rows}</ul></nav></div>')

    # -- frame -------------------------------------------------------------------------------------------------

    def header(self, entry: Entry | None = None) -> str:
        nav = "".join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="{self.url(p)}" class="cmp-navigation__item-link">{label}</a></li>'
                      for p, label in (("/doctors.html", "Find a Doctor"), ("/locations.html", "Locations"),
                                       (self.home_path(), "Health News"), (self.page_path("about"), "About Us"),
                                       (self.page_path("contact"), "Contact")))
        return (f'<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" '
                f'class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height"><div class="root container responsivegrid">'
                f'<div class="cmp-container"><header class="lakeshore-header"><div class="image"><a class="cmp-image__link" href="{self.url("/")}">'
                f'<img class="cmp-image__image" src="{self.url("/content/dam/lakeshore/logos/lakeshore-health.svg")}" alt="{self.site_name}"></a></div>'
                f'<div class="navigation"><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">'
                f'<ul class="cmp-navigation__group">{nav}</ul></nav></div>{self.language_nav(entry)}'
                f'<div class="search"><section class="cmp-search" role="search" data-cmp-is="search"><form class="cmp-search__form" '
                f'action="{self.url("/search.html")}" method="get"><input class="cmp-search__input" type="text" name="q" placeholder="Search" '
                f'role="combobox"></form></section></div>'
                f'<div class="button"><a class="cmp-button" href="https://mychart.lakeshorehealth.example/MyChart/"><span class="cmp-button__text">MyChart Login</span></a></div>'
                f"</header></div></div></div></div></div>")

    def footer(self) -> str:
        return (f'<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-footer" '
                f'class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="xf-content-height"><div class="root container responsivegrid">'
                f'<div class="cmp-container"><footer class="lakeshore-footer"><div class="text"><div class="cmp-text"><p><b>Lakeshore Health</b><br>'
                f'1200 Lakeshore Dr, Evanston, IL 60201<br>(847) 555-0100</p></div></div>'
                f'<div class="list"><ul class="cmp-list"><li class="cmp-list__item"><a class="cmp-list__item-link" href="{self.url(self.page_path("privacy-policy"))}">'
                f'<span class="cmp-list__item-title">Privacy Policy</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" '
                f'href="{self.url(self.page_path("contact"))}"><span class="cmp-list__item-title">Contact Us</span></a></li>'
                f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{self.url("/locations.html")}"><span class="cmp-list__item-title">'
                f'Locations</span></a></li></ul></div><div class="text"><div class="cmp-text"><p>© 2024 Lakeshore Health. All rights reserved. '
                f"Lakeshore Health complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, "
                f"national origin, age, disability, or sex.</p></div></div></footer></div></div></div></div></div>")

    def document(self, title: str, body_class: str, page_id: str, columns: str, head: str = "", lang: str = "en",
                 layer: dict | None = None) -> str:
        push = json.dumps({page_id: layer or {"@type": "lakeshore/components/page", "dc:title": title}}, separators=(",", ":"))
        return f"""<!DOCTYPE HTML>
<html lang="{lang}">
<head>
<meta charset="UTF-8"/>
<title>{self.e(title)}</title>
<meta name="template" content="{body_class.split()[-1]}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
{head}<link rel="stylesheet" href="{self.url('/etc.clientlibs/lakeshore/clientlibs/clientlib-site.lc-5f2d4a1c-lc.min.css')}" type="text/css">
<script async src="{self.url('/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js')}"></script>
<script src="https://assets.adobedtm.com/launch-EN5a2b1c9d.min.js" async></script>
</head>
<body class="page basicpage" id="{page_id}" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<script>
  window.adobeDataLayer = window.adobeDataLayer || [];
  adobeDataLayer.push({{
      page: JSON.parse({json.dumps(push)}),
      event:'cmp:show',
      eventInfo: {{ path: 'page.{page_id}' }}
  }});
</script>
<div class="root container responsivegrid"><div id="container-root" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
{self.header()}
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><main id="main-content" class="cmp-container">
{columns}
</main></div>
{self.footer()}
</div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience on our website, analyze traffic and personalize content.
<a href="{self.url(self.page_path('privacy-policy'))}">Privacy Notice</a></p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-reject-all-handler">Reject All</button></div></div></div>
<script type="text/javascript" src="{self.url('/etc.clientlibs/lakeshore/clientlibs/clientlib-site.lc-8c1e7f02-lc.min.js')}"></script>
</body>
</html>"""

    # -- the article ------------------------------------------------------------------------------------------

    def byline(self, entry: Entry) -> str:
        es = entry.story.language == "es"
        names = [f'<a href="{self.url(self.author_path(a))}" class="lakeshore-byline__author">{self.e(a.display)}</a>, '
                 f'<span class="lakeshore-byline__department">{self.department(a)}</span>' for a in entry.authors]
        joined = names[0] if len(names) == 1 else "; ".join(names[:-1]) + (" y " if es else " and ") + names[-1]
        return (f'<div class="byline aem-GridColumn aem-GridColumn--default--12"><div class="lakeshore-byline"><p class="lakeshore-byline__text">'
                f'{"Escrito por" if es else "Written by"} {joined}</p></div></div>')

    def date_line(self, entry: Entry) -> str:
        when = entry.published
        text = (f"Publicado el {when.day} de {SPANISH_MONTHS[when.month - 1]} de {when.year}"
                if entry.story.language == "es" else f"Published {long_date(when)}")
        return (f'<div class="articledate aem-GridColumn aem-GridColumn--default--12"><div class="lakeshore-articledate">'
                f'<p class="lakeshore-articledate__text">{text}</p></div></div>')

    def reviewed_line(self, entry: Entry) -> str:
        reviewer = entry.reviewer
        reviewed = later(entry.published, f"aem-review:{entry.slug}", 5, 60)
        if entry.story.language == "es":
            when = f"{reviewed.day} de {SPANISH_MONTHS[reviewed.month - 1]} de {reviewed.year}"
            words = ("Revisado médicamente por", "Última revisión")
        else:
            when, words = long_date(reviewed), ("Medically reviewed by", "Last reviewed")
        return (f'<div class="medicalreview aem-GridColumn aem-GridColumn--default--12"><div class="lakeshore-medicalreview">'
                f'<p>{words[0]} <a href="{self.url(self.author_path(reviewer))}">{self.e(reviewer.display)}</a>, '
                f'{self.department(reviewer)} · {words[1]} {when}</p></div></div>')

    def body_components(self, entry: Entry, modified: datetime) -> str:
        key = entry.slug
        blocks = list(entry.story.blocks)
        refs = [b for b in blocks if b.kind == "refs"]
        blocks = [b for b in blocks if b.kind != "refs"]
        faq: list[Block] = []
        if self.faq_post(entry):
            last = max(i for i, b in enumerate(blocks) if b.kind == "h2")
            faq, blocks = blocks[last:], blocks[:last]
        out, run = [], []

        def flush():
            if run:
                out.append(self.text_cmp("".join(run), key, modified))
                run.clear()

        for block in blocks:
            if block.kind in ("h2", "h3"):
                flush()
                out.append(self.title_cmp(block.text, block.kind, key, modified))
            elif block.kind == "figure":
                flush()
                out.append(self.image_cmp(block.text, block.items[0], key))
            elif block.kind == "video":
                flush()
                out.append(self.embed_cmp(block.text, key))
            else:
                run.append(self.block_html(block, entry))
        flush()
        panels = []
        if faq:
            inner = "".join(self.block_html(b, entry) for b in faq[1:])
            panels.append((faq[0].text, self.text_cmp(inner, key + "faq", modified)))
        for block in refs:
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            panels.append((block.text, self.text_cmp(f"<ul>{items}</ul>", key + "refs", modified)))
        if panels:
            out.append(self.accordion_cmp(panels, key))
        return "".join(out)

    def tabs(self) -> str:
        tabs = (("Find a doctor", f'<p>Search more than 900 Lakeshore Health doctors by specialty or location.</p><p><a href="{self.url("/doctors.html")}">Find a doctor</a></p>'),
                ("Locations", f'<p>Hospitals, outpatient clinics and urgent care across the North Shore.</p><p><a href="{self.url("/locations.html")}">See locations</a></p>'),
                ("Virtual visits", "<p>See a provider from home, 7 days a week, 7am to 11pm.</p>"))
        heads = "".join(f'<li role="tab" id="tabs-care-item-{i}-tab" class="cmp-tabs__tab{" cmp-tabs__tab--active" if i == 0 else ""}" '
                        f'aria-controls="tabs-care-item-{i}-tabpanel" tabindex="{0 if i == 0 else -1}" data-cmp-hook-tabs="tab">{t}</li>'
                        for i, (t, _) in enumerate(tabs))
        panels = "".join(f'<div id="tabs-care-item-{i}-tabpanel" role="tabpanel" aria-labelledby="tabs-care-item-{i}-tab" tabindex="0" '
                         f'class="cmp-tabs__tabpanel{" cmp-tabs__tabpanel--active" if i == 0 else ""}" data-cmp-hook-tabs="tabpanel">'
                         f'<div class="text"><div class="cmp-text">{p}</div></div></div>' for i, (_, p) in enumerate(tabs))
        return self.column("tabs panelcontainer", f'<div id="tabs-care" class="cmp-tabs" data-cmp-is="tabs"><h2 class="cmp-tabs__heading">Find care</h2>'
                           f'<ol role="tablist" class="cmp-tabs__tablist" aria-multiselectable="false">{heads}</ol>{panels}</div>', 4)

    def newsletter(self, es: bool) -> str:
        return self.column("form container", (
            f'<form method="POST" action="{self.url("/content/lakeshore/en/newsletter/jcr:content/root/form.post.html")}" id="new_form" '
            f'name="new_form" enctype="multipart/form-data" class="cmp-form aem-Grid aem-Grid--12 aem-Grid--default--12">'
            f'<div class="text"><div class="cmp-text"><h3>{"Boletín de salud" if es else "Healthy Living newsletter"}</h3><p>'
            f'{"Consejos de salud de nuestros médicos, cada mes." if es else "Health tips from our doctors, delivered monthly."}</p></div></div>'
            '<div class="cmp-form-text"><label for="form-text-email">Email</label><input class="cmp-form-text__text" type="email" '
            'id="form-text-email" name="email"/></div><div class="cmp-form-button"><button class="cmp-form-button" type="SUBMIT">'
            f'{"Suscribirse" if es else "Sign up"}</button></div></form>'), 4)

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return (f'<div class="sharing aem-GridColumn aem-GridColumn--default--12"><div class="lakeshore-share"><ul class="lakeshore-share__list">'
                f'<li><a class="lakeshore-share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li>'
                f'<li><a class="lakeshore-share__link--x" href="https://twitter.com/intent/tweet?url={url}">X</a></li>'
                f'<li><a class="lakeshore-share__link--email" href="mailto:?subject={self.e(entry.title)}&amp;body={url}">Email</a></li>'
                f'<li><a class="lakeshore-share__link--print" href="{self.url(self.print_path(entry))}" rel="nofollow">Print</a></li></ul></div></div>')

    def head(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        es = entry.story.language == "es"
        meta = (f'<meta name="description" content="{self.e(self.teaser(entry, 25))}"/>\n'
                f'<meta name="keywords" content="{self.e(",".join(entry.tags))}"/>\n'
                f'<link rel="canonical" href="{url}"/>\n'
                f'<meta property="og:title" content="{self.e(title)}"/>\n<meta property="og:url" content="{url}"/>\n'
                f'<meta property="og:type" content="article"/>\n<meta property="og:site_name" content="{self.site_name}"/>\n'
                f'<meta property="og:image" content="{self.url(f"/content/dam/lakeshore/teasers/{entry.slug[:28]}.jpg")}"/>\n')
        if not self.education(entry):
            meta += f'<meta property="article:published_time" content="{entry.published.isoformat()}"/>\n'
        if es:
            meta += f'<meta property="og:locale" content="es_US"/>\n'
        return meta

    def article_main(self, entry: Entry, modified: datetime) -> str:
        es = entry.story.language == "es"
        category = entry.categories[0] if entry.categories else ""
        section = ("Noticias de salud", "/es/noticias-de-salud.html") if es else (
            ("Patient Education", "/patient-education.html") if self.education(entry) else ("Health News", self.home_path()))
        trail = [("Inicio" if es else "Home", "/"), section, (category, self.category_path(category)), (entry.title, self.post_path(entry))]
        topics = "".join(f'<li class="lakeshore-tags__item"><a href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        pretitle = (f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text lakeshore-eyebrow"><p>'
                    f'<a href="{self.url(self.category_path(category))}">{self.e(category)}</a></p></div></div>')
        hero = self.image_cmp(self.url(f"/content/dam/lakeshore/teasers/{entry.slug[:28]}.jpg"), "", entry.slug + "hero")
        left = (pretitle + self.title_cmp(entry.title, "h1", entry.slug, modified) + self.byline(entry) + self.date_line(entry)
                + (self.reviewed_line(entry) if entry.reviewer else "") + self.share(entry) + hero
                + self.body_components(entry, modified)
                + (f'<div class="tags aem-GridColumn aem-GridColumn--default--12"><div class="lakeshore-tags"><h2 class="lakeshore-tags__title">'
                   f'{"Temas" if es else "Topics"}</h2><ul class="lakeshore-tags__list">{topics}</ul></div></div>' if topics else "")
                + '<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text lakeshore-disclaimer"><p><em>'
                + ("Este artículo tiene fines informativos y no sustituye el consejo médico." if es else
                   "This article is for informational purposes only and is not a substitute for professional medical advice.")
                + "</em></p></div></div>")
        related = self.shown_related(entry)
        right = ""
        if related:
            right += self.column("list", f'<div class="cmp-list__heading"><h2>{"Artículos relacionados" if es else "Related articles"}</h2></div>'
                                 + self.list_cmp(related, entry.slug), 4)
        right += self.tabs() + self.newsletter(es)
        latest = [o for o in self.newest if o is not entry][:3]
        teasers = "".join(self.column("teaser", self.teaser_cmp(o), 4) for o in latest)
        return (self.breadcrumb(trail)
                + f'<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--8"><article class="cmp-container">'
                + f'<div class="aem-Grid aem-Grid--8 aem-Grid--default--8">{left}</div></article></div>'
                + f'<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><aside class="cmp-container">'
                + f'<div class="aem-Grid aem-Grid--4 aem-Grid--default--4">{right}</div></aside></div>'
                + self.column("title", f'<div class="cmp-title"><h2 class="cmp-title__text">Latest from {self.site_name}</h2></div>')
                + self.column("container responsivegrid", self.grid(teasers, "latest")))

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {self.site_name}"
        modified = later(entry.published, f"aem:{entry.slug}", 20, 300)
        page_id = f"page-{entry.post_id * 104729 % 16**10:010x}"
        template = "patient-education" if self.education(entry) else "health-news-article"
        layer = {"@type": "lakeshore/components/page", "repo:modifyDate": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "dc:title": title, "dc:description": self.teaser(entry, 20),
                 "xdm:template": f"/conf/lakeshore/settings/wcm/templates/{template}",
                 "xdm:language": "es" if entry.story.language == "es" else "en",
                 "xdm:tags": [f"lakeshore:topics/{slugify(t)}" for t in entry.tags],
                 "repo:path": "/content/lakeshore/" + ("es" if entry.story.language == "es" else "en") + self.post_path(entry).replace("/es/", "/", 1)}
        return self.document(title, f"page basicpage {template}", page_id, self.article_main(entry, modified),
                             self.head(entry, title), "es" if entry.story.language == "es" else "en", layer)

    def render_print(self, entry: Entry) -> str:
        """The ``print`` selector: the same page through a bare print script."""
        modified = later(entry.published, f"aem:{entry.slug}", 20, 300)
        lang = "es" if entry.story.language == "es" else "en"
        body = (self.title_cmp(entry.title, "h1", entry.slug, modified) + self.byline(entry) + self.date_line(entry)
                + (self.reviewed_line(entry) if entry.reviewer else "") + self.body_components(entry, modified))
        return (f'<!DOCTYPE HTML><html lang="{lang}"><head><meta charset="UTF-8"/><title>{self.e(entry.title)} | {self.site_name}</title>'
                f'<meta name="robots" content="noindex"/><link rel="canonical" href="{self.url(self.post_path(entry))}"/></head>'
                f'<body class="page print" onload="window.print()"><div class="print-logo">{self.site_name}</div>'
                f'<div class="aem-Grid aem-Grid--12">{body}</div></body></html>')

    # -- listings and pages -------------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        doctor = path_of(1).startswith("/doctors/")
        cards = "".join(self.column("teaser", self.teaser_cmp(o, "?wcmmode=disabled" if o.post_id % 5 == 0 else ""), 4) for o in items)
        pager = ""
        if pages > 1:
            links = "".join(f'<li class="lakeshore-pagination__item{" lakeshore-pagination__item--active" if k == n else ""}">'
                            f'<a href="{self.url(path_of(k))}">{k}</a></li>' for k in range(1, pages + 1))
            if n < pages:
                links += f'<li class="lakeshore-pagination__next"><a href="{self.url(path_of(n + 1))}" aria-label="Next page">Next</a></li>'
            pager = f'<div class="pagination aem-GridColumn aem-GridColumn--default--12"><nav class="lakeshore-pagination"><ul>{links}</ul></nav></div>'
        heading = title
        intro = ""
        if doctor:
            person = next(p for p in self.by_author() if p.name == title)
            heading = person.display
            intro = (self.column("text", f'<div class="cmp-text lakeshore-provider"><p class="lakeshore-provider__specialty">{self.department(person)}</p>'
                                 f"<p>{self.e(person.name)} sees patients at Lakeshore Medical Center and writes for Lakeshore Health News. "
                                 "Accepting new patients. Languages: English.</p>"
                                 f'<p><a class="cmp-button" href="https://mychart.lakeshorehealth.example/MyChart/Scheduling">Schedule an appointment</a></p></div>')
                     + self.column("title", f'<div class="cmp-title"><h2 class="cmp-title__text">Articles by {self.e(person.name)}</h2></div>'))
        columns = (self.breadcrumb([("Home", "/"), ("Find a Doctor" if doctor else "Health News", "/doctors.html" if doctor else self.home_path()),
                                    (heading, path_of(1))])
                   + self.column("title", f'<div class="cmp-title"><h1 class="cmp-title__text">{self.e(heading)}</h1></div>')
                   + intro + self.column("container responsivegrid", self.grid(cards, slugify(title))) + pager)
        label = f"{heading} | {self.site_name}" + (f" | Page {n}" if n > 1 else "")
        head = f'<link rel="canonical" href="{self.url(path_of(n))}"/>\n<meta property="og:type" content="website"/>\n'
        if doctor:
            head += ('<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "Physician",
                                                                          "name": heading, "medicalSpecialty": self.department(person)})
                     + "</script>\n")
        return self.document(label, "page basicpage " + ("provider-profile" if doctor else "listing"), f"page-{slugify(title)[:20]}-{n}",
                             columns, head)

    def landing(self) -> str:
        hero = self.column("teaser", (
            f'<div class="cmp-teaser lakeshore-hero"><div class="cmp-teaser__content"><h1 class="cmp-teaser__title">Care close to home</h1>'
            f'<div class="cmp-teaser__description"><p>Primary care, specialists and hospitals across the North Shore.</p></div>'
            f'<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="{self.url("/doctors.html")}">Find a doctor</a>'
            f'<a class="cmp-teaser__action-link" href="{self.url(self.page_path("start-here"))}">Patients &amp; visitors</a></div></div></div>'))
        cards = "".join(self.column("teaser", self.teaser_cmp(o), 4) for o in self.newest[:6])
        columns = (hero + self.tabs() + self.column("title", '<div class="cmp-title"><h2 class="cmp-title__text">Health news</h2></div>')
                   + self.column("container responsivegrid", self.grid(cards, "home"))
                   + self.column("button", f'<a class="cmp-button" href="{self.url(self.home_path())}"><span class="cmp-button__text">All health news</span></a>'))
        head = f'<link rel="canonical" href="{self.url("/")}"/>\n<meta property="og:type" content="website"/>\n'
        return self.document(f"{self.site_name} | Hospitals, Doctors & Care on the North Shore", "page basicpage home", "page-home", columns, head)

    def doctors_index(self) -> str:
        rows = "".join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{self.url(self.author_path(p))}">'
                       f'<span class="cmp-list__item-title">{self.e(p.display)}</span></a><span class="cmp-list__item-description">'
                       f"{self.department(p)}</span></li>" for p in self.by_author())
        columns = (self.column("title", '<div class="cmp-title"><h1 class="cmp-title__text">Find a Doctor</h1></div>')
                   + self.column("list", f'<ul class="cmp-list">{rows}</ul>'))
        return self.document(f"Find a Doctor | {self.site_name}", "page basicpage provider-search", "page-doctors", columns,
                             f'<link rel="canonical" href="{self.url("/doctors.html")}"/>\n')

    def render_profile(self, person: Person) -> str:
        """A reviewing doctor's profile (no articles of their own)."""
        columns = (self.breadcrumb([("Home", "/"), ("Find a Doctor", "/doctors.html"), (person.display, self.author_path(person))])
                   + self.column("title", f'<div class="cmp-title"><h1 class="cmp-title__text">{self.e(person.display)}</h1></div>')
                   + self.column("text", f'<div class="cmp-text lakeshore-provider"><p class="lakeshore-provider__specialty">{self.department(person)}</p>'
                                 f"<p>{self.e(person.name)} sees patients at Lakeshore Medical Center and reviews patient education "
                                 "content for accuracy. Accepting new patients.</p></div>"))
        head = ('<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "Physician",
                                                                     "name": person.display, "medicalSpecialty": self.department(person)})
                + f'</script>\n<link rel="canonical" href="{self.url(self.author_path(person))}"/>\n')
        return self.document(f"{person.display} | {self.site_name}", "page basicpage provider-profile", f"page-{slugify(person.name)}", columns, head)

    def render_locations(self) -> str:
        rows = "".join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{self.url(f"/locations/{s}.html")}">'
                       f'<span class="cmp-list__item-title">{n}</span></a><span class="cmp-list__item-description">{a}</span></li>'
                       for s, n, a in LOCATIONS)
        columns = (self.column("title", '<div class="cmp-title"><h1 class="cmp-title__text">Locations</h1></div>')
                   + self.column("list", f'<ul class="cmp-list">{rows}</ul>'))
        return self.document(f"Locations | {self.site_name}", "page basicpage location-search", "page-locations", columns,
                             f'<link rel="canonical" href="{self.url("/locations.html")}"/>\n')

    def render_location(self, slug: str, name: str, address: str) -> str:
        ld = {"@context": "https://schema.org", "@type": "Hospital" if "Center" in name else "MedicalClinic", "name": name,
              "address": address, "telephone": "(847) 555-0100", "openingHours": "Mo-Su 00:00-23:59" if "Center" in name else "Mo-Fr 08:00-20:00"}
        columns = (self.breadcrumb([("Home", "/"), ("Locations", "/locations.html"), (name, f"/locations/{slug}.html")])
                   + self.column("title", f'<div class="cmp-title"><h1 class="cmp-title__text">{name}</h1></div>')
                   + self.column("text", f'<div class="cmp-text"><p>{address}</p><p>Main phone: (847) 555-0100</p>'
                                 "<p>Parking is free in the visitor garage. Services at this location include primary care, imaging, "
                                 "laboratory services and physical therapy. Walk-ins are welcome during open hours.</p>"
                                 "<h2>Hours</h2><ul><li>Monday–Friday: 8am–8pm</li><li>Saturday–Sunday: 9am–5pm</li></ul></div>", 8)
                   + self.tabs())
        head = (f'<link rel="canonical" href="{self.url(f"/locations/{slug}.html")}"/>\n'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>\n')
        return self.document(f"{name} | {self.site_name}", "page basicpage location", f"page-loc-{slug[:12]}", columns, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        columns = (self.column("title", f'<div class="cmp-title"><h1 class="cmp-title__text">{self.e(title)}</h1></div>')
                   + self.column("text", f'<div class="cmp-text">{body}</div>'))
        return self.document(f"{title} | {self.site_name}", "page basicpage content-page", f"page-{slug[:20]}", columns,
                             f'<link rel="canonical" href="{self.url(self.page_path(slug))}"/>\n')

    def build_routes(self) -> None:
        super().build_routes()
        self.add("/doctors.html", "page", self.doctors_index)
        for person in {e.reviewer for e in self.entries if e.reviewer} - set(self.by_author()):
            self.add(self.author_path(person), "page", lambda p=person: self.render_profile(p))
        self.add_listing("Noticias de salud", [e for e in self.newest if e.story.language == "es"],
                         lambda n: self.paged("/es/noticias-de-salud", n))
        self.add_listing("Patient Education", [e for e in self.newest if self.education(e)],
                         lambda n: self.paged("/patient-education", n))
