"""wagtail (held out): a hospital system's health news and patient-education site on Wagtail.

Modelled on real Wagtail markup read from public repositories:

- Wagtail's own default StreamField rendering (``{{ page.body }}`` wraps every block in
  ``<div class="block-{{ block_type }}">``, as the StreamField docs' ``<section
  class="block-{{ block.block_type }}">`` loop shows), Draftail rich text written with
  ``data-block-key`` attributes on every block element (Wagtail 4+), and the embeds app's
  ``<div style="padding-bottom: 56.25%;" class="responsive-object">`` wrapper around the oEmbed
  ``<iframe ... src="https://www.youtube.com/embed/ID?feature=oembed">`` (strings found in
  Wagtail test fixtures and sites' saved pages);
- wagtail/bakerydemo: ``templates/blog/blog_page.html`` (intro, ``blog-meta``, authors as snippets
  with no page of their own, "Tagged with" tag buttons), ``templates/tags/breadcrumbs.html``
  (``<nav aria-label="breadcrumb"><ol class="breadcrumb">`` with the current page unlinked),
  ``templates/includes/pagination.html`` (Django's paginator, ``?page=N`` links);
- nhsx/nhsx-website (a Torchbox-style Wagtail site): ``_partials/head_meta.html`` (title
  "<title> | Site", ``og:type`` ``website`` on every page, whatever the page type, twitter card
  tags), ``_partials/page_meta.html`` (date as ``first_published_at|date:"j F Y"`` then the author
  list), ``core/article_page.html`` (breadcrumb, h1, meta, ``include_block page.body``, a sidebar of
  section pages), ``core/blocks/embed.html``.

Modelled from memory (no public source read for it, say so): the agency's BEM classes (``o-container``,
``o-grid``, ``c-article``, ``c-article__header``, ``c-card``, ``c-expert-card``, ``c-mega-menu``,
``c-alert-banner``), the hospital furniture (visitor-policy alert banner, mega menu with "Find a
doctor by specialty" quick links, "Find a doctor" / "Request an appointment" calls to action,
footer of locations and phone numbers), the JSON-LD (NewsArticle on news items of the newer
template, MedicalWebPage with ``lastReviewed`` / ``reviewedBy`` on newer health-library pages,
nothing on older ones) and the faceted doctor directory.

Site: Lakeview Health. Two article templates:

- News items ``/news/<slug>/`` (NewsPage): category eyebrow (a topic), h1, byline "By <writer>"
  (writers are snippets: no author pages) or "By Communications staff" (no person: the truth has no
  author), date "April 12, 2023", StreamField body, "Topics" tag buttons (``/news/tags/<slug>/``),
  share bar, "Related news" (three hand-picked cards, the article's Read Also; news briefs have
  none). Short news briefs and video posts (an embed block) are news items.
- Health-library articles ``/health-library/<slug>/`` and the Spanish library
  ``/es/biblioteca-de-salud/<slug>/`` (HealthLibraryPage): no author; "Reviewed by Dr. X, MD"
  (linking the reviewer's doctor profile when there is one) and "Last updated: <date>" (Spanish:
  "Revisado por", "Última actualización: 12 de abril de 2023"); that date is the only date the
  page shows and is its truth date. An "On this page" list of the h2s, the body, a medical
  disclaimer, a "Request an appointment" call to action, "Related services" (links to service
  pages: not Read Also) and "Related articles" (three cards: Read Also). No tags; the topic is the
  category.

Both templates may carry a "Meet the expert" StreamField block inside the body: a doctor card
(photo, name, title, link to the profile). The expert is not the author and not the reviewer.

Not articles though long: the home page, service pages ``/services/<slug>/``, location pages
``/locations/<slug>/``, doctor profiles ``/doctors/<slug>/`` (biography paragraphs), the doctor
directory ``/doctors/``, the visitor policy and the evergreen pages.

Listings: ``/news/`` (``?page=N``), ``/news/tags/<slug>/``, topic hubs ``/topics/<slug>/`` and
``/es/temas/<slug>/`` (news and library items of one topic, ``?page=N``), the health-library A-Z
``/health-library/`` and ``/es/biblioteca-de-salud/``.

The trap: the doctor directory's facets. ``/doctors/?specialty=x&location=y&page=N``: every facet
link and the "Next" link append to the current query string (``?{{ request.GET.urlencode
}}&specialty=x``), so the URLs never end; the mega menu on every page links
``/doctors/?specialty=x``.

``/sitemap.xml`` (wagtail.contrib.sitemaps: every live page with ``lastmod``), ``/news/feed/``
(a Django syndication RSS feed of news items), ``robots.txt``.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import re
import unicodedata
from urllib.parse import parse_qsl, quote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, person, slugify
from .site import RSS, Response, ZooSite, long_date

BRAND = "Lakeview Health"
MEDIA = "/media/images"
PHONE = "(312) 555-0142"

SERVICES = {   # slug: (name, intro)
    "heart-vascular": ("Heart & Vascular Institute", "Our cardiologists and surgeons treat every kind of heart and vascular condition."),
    "behavioral-health": ("Behavioral Health", "Counseling, psychiatry and support groups for adults, teens and families."),
    "nutrition-services": ("Nutrition Services", "Registered dietitians help you plan meals for diabetes, heart health and weight."),
    "sleep-medicine": ("Sleep Medicine", "Sleep studies and treatment for insomnia, sleep apnea and restless legs."),
    "sports-medicine": ("Sports Medicine & Orthopedics", "Care for injuries of the bones, joints, spine and muscles."),
    "primary-care": ("Primary Care", "Family doctors and internists for checkups, screenings and everyday care."),
    "dermatology": ("Dermatology", "Diagnosis and treatment of skin, hair and nail conditions."),
    "senior-care": ("Senior Health", "Geriatric medicine, memory care and fall prevention for older adults."),
}
SERVICE_OF = {"Heart Health": ("heart-vascular", "primary-care"), "Mental Health": ("behavioral-health",),
              "Nutrition": ("nutrition-services", "primary-care"), "Sleep": ("sleep-medicine",),
              "Exercise & Fitness": ("sports-medicine",), "Chiropractic & Spine": ("sports-medicine",),
              "Diabetes": ("nutrition-services", "primary-care"), "Skin Health": ("dermatology",),
              "Senior Care": ("senior-care", "primary-care"), "Nutrición": ("nutrition-services",),
              "Salud mental": ("behavioral-health",)}
LOCATIONS = {"lakeview-medical-center": ("Lakeview Medical Center", "1200 N. Lake Shore Dr., Chicago, IL 60610", "(312) 555-0100"),
             "northbrook-hospital": ("Northbrook Hospital", "455 Skokie Blvd., Northbrook, IL 60062", "(847) 555-0177"),
             "oak-park-clinic": ("Oak Park Outpatient Center", "810 Madison St., Oak Park, IL 60302", "(708) 555-0123")}
# doctors with a profile page: (name, honorific, credentials, title, specialty slug, location slug)
DOCTORS = (("Helen Okoro", "Dr.", ("MD", "FACP"), "Internal Medicine", "primary-care", "lakeview-medical-center"),
           ("Rafael Mendes", "Dr.", ("DO",), "Family Medicine", "primary-care", "oak-park-clinic"),
           ("Nadia Farouk", "Dr.", ("MD",), "Cardiologist", "heart-vascular", "lakeview-medical-center"),
           ("Kevin Tran", "Dr.", ("MD",), "Sleep Medicine Physician", "sleep-medicine", "northbrook-hospital"),
           ("Grace Adeyemi", "Dr.", ("MD",), "Psychiatrist", "behavioral-health", "lakeview-medical-center"),
           ("Samuel Ortiz", "Dr.", ("DO",), "Sports Medicine Physician", "sports-medicine", "northbrook-hospital"))
EXPERT_OF = {"Heart Health": "Nadia Farouk", "Sleep": "Kevin Tran", "Mental Health": "Grace Adeyemi",
             "Exercise & Fitness": "Samuel Ortiz", "Chiropractic & Spine": "Samuel Ortiz"}
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre")
_DIRECTORY = re.compile(r"^/doctors/\?(.+)$")
FACETS = ("specialty", "location")


def ascii_slug(text: str) -> str:
    return slugify(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def block_key(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:5]


class Wagtail(ZooSite):
    family = "wagtail"
    site_name = BRAND
    declared_language = "en"
    ignore_query = False
    author_pages = False          # writers are snippets, not pages
    authorless = "mixed"          # news items name writers; staff-signed news and library pages name none
    per_page = 9
    plan = Plan(seed="wagtail", count=40, languages=("en", "es"), authors=4, co_authors=0.12, reviewed=0.0,
                tz_hours=-6, related=(3,))
    trap_patterns = (r"^/doctors/\?",)

    # -- which template --------------------------------------------------------------------------------

    def is_news(self, entry: Entry) -> bool:
        story = entry.story
        if story.language != "en":
            return False
        if story.kind in ("video", "short"):
            return True
        return random.Random(f"wagtail:tpl:{story.key}").random() < 0.45

    def staff_signed(self, entry: Entry) -> bool:
        return entry.story.kind == "short" or random.Random(f"wagtail:staff:{entry.story.key}").random() < 0.25

    def dress(self, entry: Entry) -> Entry:
        if self.is_news(entry):
            if self.staff_signed(entry):
                entry.authors = ()
        else:
            entry.authors = ()
            entry.tags = ()
            reviewers = [person(p) for p in texts.REVIEWERS]
            entry.reviewer = random.Random(f"wagtail:rev:{entry.story.key}").choice(reviewers)
        return entry

    def shown_related(self, entry: Entry) -> list[Entry]:
        return [] if entry.story.kind == "short" else self.related(entry)

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        if self.is_news(entry):
            return f"/news/{entry.slug}/"
        if entry.story.language == "es":
            return f"/es/biblioteca-de-salud/{entry.slug}/"
        return f"/health-library/{entry.slug}/"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/news/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        spanish = any(e.story.language == "es" and name in e.categories for e in self.entries)
        return self.paged(f"/es/temas/{ascii_slug(name)}/" if spanish else f"/topics/{ascii_slug(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/tags/{ascii_slug(name)}/", n)

    def page_path(self, slug: str) -> str:
        return f"/about-us/{slug}/" if slug in ("about", "start-here") else f"/{slug}/"

    def doctor_path(self, name: str) -> str:
        return f"/doctors/{slugify(name)}/"

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
        news = [e for e in self.newest if self.is_news(e)]
        self.add_listing("News", news, self.home_path)
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, lambda n, name=name: self.category_path(name, n))
        for name, items in self.groups("tags").items():
            self.add_listing(name, items, lambda n, name=name: self.tag_path(name, n))
        self.add("/health-library/", "listing", lambda: self.library_index("en"))
        self.add("/es/biblioteca-de-salud/", "listing", lambda: self.library_index("es"))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.render_page(s, t, p))
        self.add("/", "page", self.home)
        self.add("/doctors/", "page", lambda: self.directory({}))
        for doc in DOCTORS:
            self.add(self.doctor_path(doc[0]), "page", lambda d=doc: self.doctor_page(d))
        for slug in SERVICES:
            self.add(f"/services/{slug}/", "page", lambda s=slug: self.service_page(s))
        for slug in LOCATIONS:
            self.add(f"/locations/{slug}/", "page", lambda s=slug: self.location_page(s))
        self.add("/patients-visitors/visitor-policy/", "page", self.visitor_policy)
        self.add("/services/", "page", lambda: self.section_index("Services", "/services/", {
            f"/services/{s}/": v[0] for s, v in SERVICES.items()}))
        self.add("/locations/", "page", lambda: self.section_index("Locations", "/locations/", {
            f"/locations/{s}/": v[0] for s, v in LOCATIONS.items()}))
        self.add("/patients-visitors/", "page", lambda: self.section_index("Patients & visitors", "/patients-visitors/", {
            "/patients-visitors/visitor-policy/": "Visitor policy", "/appointments/": "Request an appointment",
            "/doctors/": "Find a doctor"}))
        self.add("/appointments/", "page", self.appointments)
        self.add("/news/feed/", "other", lambda: self.rss(f"{BRAND} News", "/news/", news), RSS)
        self.add("/sitemap.xml", "other", self.sitemap_xml, "application/xml")

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        """Django's paginator as bakerydemo's pagination include writes it: "Previous" from page 2 is ``?page=1``."""
        super().add_listing(title, items, path_of)
        pages = max(1, -(-len(items) // self.per_page))
        if pages > 1:
            self.add(f"{path_of(1)}?page=1", "listing",
                     lambda: self.render_listing(title, items[:self.per_page], 1, pages, path_of))

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /admin/\nDisallow: /search/\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_xml(self) -> str:
        rows = []
        for path, (kind, _) in self.routes.items():
            if kind in ("article", "listing", "page") and "?" not in path:
                entry = next((e for e in self.entries if self.post_path(e) == path), None)
                lastmod = entry.date if entry else "2025-01-14"
                rows.append(f"<url><loc>{self.e(self.url(path))}</loc><lastmod>{lastmod}</lastmod></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(rows) + "</urlset>")

    # -- the trap: the doctor directory's facets ------------------------------------------------------------

    def trap(self, target: str) -> Response | None:
        match = _DIRECTORY.match(target)
        if not match:
            return None
        pairs = parse_qsl(match.group(1), keep_blank_values=True)
        known = {"specialty": set(SERVICES), "location": set(LOCATIONS)}
        for key, value in pairs:
            if key == "page":
                if not value.isdigit() or int(value) < 1:
                    return None
            elif key not in known or value not in known[key]:
                return None
        return Response(200, self.html_type, self.encode(self.directory(pairs, match.group(1))))

    def directory(self, pairs, query: str = "") -> str:
        pairs = list(pairs) if pairs else []
        chosen = {k: {v for kk, v in pairs if kk == k} for k in FACETS}
        page = max([int(v) for k, v in pairs if k == "page"] or [1])
        docs = [d for d in DOCTORS if (not chosen["specialty"] or d[4] in chosen["specialty"])
                and (not chosen["location"] or d[5] in chosen["location"])]

        def more(key: str, value: str) -> str:
            return "?" + (f"{query}&amp;" if query else "") + f"{key}={value}"

        facets = "".join(
            f'<fieldset class="c-filters__group"><legend>{label}</legend><ul class="c-filters__list">'
            + "".join(f'<li><a class="c-filters__link{" is-active" if s in chosen[key] else ""}" href="{more(key, s)}">'
                      f"{self.e(name)}</a></li>" for s, name in options) + "</ul></fieldset>"
            for key, label, options in (("specialty", "Specialty", [(s, v[0]) for s, v in SERVICES.items()]),
                                        ("location", "Location", [(s, v[0]) for s, v in LOCATIONS.items()])))
        cards = "".join(self.doctor_card(d) for d in docs) or '<p class="c-results__empty">No doctors match your filters.</p>'
        nav = (f'<nav class="c-pagination" aria-label="Pagination"><span>Page {page}</span> '
               f'<a class="c-pagination__next" href="{more("page", str(page + 1))}">Next</a></nav>')
        main = (f'<div class="o-container"><h1 class="c-page-title">Find a doctor</h1>'
                '<form class="c-search-form" action="/doctors/" method="get"><label for="q">Name or condition</label>'
                '<input id="q" type="search" name="q"><button type="submit">Search</button></form>'
                f'<div class="o-grid"><aside class="c-filters o-grid__sidebar">{facets}</aside>'
                f'<div class="c-results o-grid__main"><p class="c-results__count">{len(docs)} doctors</p>{cards}{nav}</div></div></div>')
        return self.document("Find a doctor", main, "page-directory", description="Search Lakeview Health doctors.")

    # -- frame -------------------------------------------------------------------------------------------

    def head(self, title: str, description: str, path: str, image: str = "", extra: str = "") -> str:
        img = f'<meta property="og:image" content="{self.url(image)}" />' if image else ""
        return (f'<meta charset="utf-8" /><meta http-equiv="x-ua-compatible" content="ie=edge">'
                f"<title>{self.e(title)} | {BRAND}</title>"
                f'<meta name="description" content="{self.e(description)}" />'
                '<meta name="viewport" content="width=device-width, initial-scale=1" />'
                '<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:site" content="@LakeviewHealth" />'
                f'<meta name="twitter:title" content="{self.e(title)}" />'
                f'<meta name="twitter:description" content="{self.e(description)}">{img}'
                '<meta property="og:type" content="website" />'
                f'<meta property="og:url" content="{self.url(path)}" />'
                f'<meta property="og:title" content="{self.e(title)}" />'
                f'<meta property="og:description" content="{self.e(description)}" />'
                f'<meta property="og:site_name" content="{BRAND}" />'
                f'<link rel="canonical" href="{self.url(path)}">'
                '<link rel="stylesheet" href="/static/css/main.3f9a1c.css" media="all">' + extra)

    def alert_banner(self) -> str:
        return ('<div class="c-alert-banner" role="region" aria-label="Site alert" data-alert-id="14">'
                '<div class="o-container c-alert-banner__inner"><p class="c-alert-banner__text"><strong>Visitor policy update:</strong> '
                "Two visitors at a time may stay with inpatients between 8 a.m. and 8 p.m. Masks are required in "
                'the Emergency Department. <a href="/patients-visitors/visitor-policy/">Read the full visitor policy</a></p>'
                '<button class="c-alert-banner__close" type="button" aria-label="Dismiss alert">×</button></div></div>')

    def mega_menu(self) -> str:
        specialties = "".join(f'<li><a href="/doctors/?specialty={s}">{self.e(v[0])}</a></li>' for s, v in SERVICES.items())
        services = "".join(f'<li><a href="/services/{s}/">{self.e(v[0])}</a></li>' for s, v in SERVICES.items())
        locations = "".join(f'<li><a href="/locations/{s}/">{self.e(v[0])}</a></li>' for s, v in LOCATIONS.items())
        return ('<header class="c-header"><div class="o-container c-header__inner">'
                f'<a class="c-header__logo" href="/"><img src="/static/images/lakeview-logo.svg" alt="{BRAND}" width="180"></a>'
                '<ul class="c-utility-nav"><li><a href="https://mychart.lakeviewhealth.org/">MyChart</a></li>'
                '<li><a href="/es/biblioteca-de-salud/" lang="es">Español</a></li><li><a href="tel:+13125550142">'
                f'{PHONE}</a></li></ul>'
                '<nav class="c-mega-menu" aria-label="Main"><ul class="c-mega-menu__list">'
                '<li class="c-mega-menu__item"><button class="c-mega-menu__toggle" aria-expanded="false">Find a doctor</button>'
                '<div class="c-mega-menu__panel"><div class="c-mega-menu__col"><h2 class="c-mega-menu__heading">By specialty</h2>'
                f'<ul>{specialties}</ul></div><div class="c-mega-menu__col"><a class="c-button" href="/doctors/">Search all doctors</a>'
                '</div></div></li>'
                '<li class="c-mega-menu__item"><button class="c-mega-menu__toggle" aria-expanded="false">Services</button>'
                f'<div class="c-mega-menu__panel"><ul>{services}</ul></div></li>'
                '<li class="c-mega-menu__item"><button class="c-mega-menu__toggle" aria-expanded="false">Locations</button>'
                f'<div class="c-mega-menu__panel"><ul>{locations}</ul></div></li>'
                '<li class="c-mega-menu__item"><a href="/health-library/">Health library</a></li>'
                '<li class="c-mega-menu__item"><a href="/news/">News</a></li>'
                '<li class="c-mega-menu__item"><a href="/patients-visitors/visitor-policy/">Patients &amp; visitors</a></li>'
                '</ul></nav><a class="c-button c-button--primary" href="/appointments/">Request an appointment</a>'
                '<form class="c-header__search" action="/search/" method="get"><input type="search" name="query" '
                'placeholder="Search" aria-label="Search"></form></div></header>')

    def footer(self) -> str:
        locs = "".join(f'<li class="c-footer__location"><a href="/locations/{s}/">{self.e(n)}</a><address>{self.e(a)}</address>'
                       f'<a href="tel:{re.sub(r"[^0-9]", "", p)}">{p}</a></li>' for s, (n, a, p) in LOCATIONS.items())
        return ('<footer class="c-footer"><div class="o-container"><div class="c-footer__grid">'
                f'<div class="c-footer__col"><h2 class="c-footer__heading">Locations</h2><ul>{locs}</ul></div>'
                '<div class="c-footer__col"><h2 class="c-footer__heading">Patients &amp; visitors</h2><ul>'
                '<li><a href="/doctors/">Find a doctor</a></li><li><a href="/appointments/">Request an appointment</a></li>'
                '<li><a href="/patients-visitors/visitor-policy/">Visitor policy</a></li>'
                '<li><a href="/health-library/">Health library</a></li><li><a href="/news/">News</a></li>'
                '<li><a href="/news/feed/">News RSS</a></li></ul></div>'
                '<div class="c-footer__col"><h2 class="c-footer__heading">About</h2><ul>'
                '<li><a href="/about-us/about/">About Lakeview Health</a></li><li><a href="/contact/">Contact us</a></li>'
                '<li><a href="/privacy-policy/">Privacy policy</a></li><li><a href="/about-us/start-here/">New patients</a></li></ul></div>'
                '</div><p class="c-footer__legal">© 2025 Lakeview Health. All rights reserved. '
                'Lakeview Health complies with applicable federal civil rights laws. Atención: si habla español, tiene a su '
                f'disposición servicios gratuitos de asistencia lingüística. Llame al {PHONE}.</p></div></footer>')

    def document(self, title: str, main: str, body_class: str, path: str = "/", description: str = "",
                 lang: str = "en", image: str = "", extra_head: str = "", crumbs: list | None = None) -> str:
        crumb_html = ""
        if crumbs:
            items = "".join(f'<li class="c-breadcrumb__item"><a href="{p}">{self.e(t)}</a></li>' for p, t in crumbs[:-1])
            crumb_html = ('<nav class="c-breadcrumb" aria-label="breadcrumb"><div class="o-container"><ol class="c-breadcrumb__list">'
                          f'{items}<li class="c-breadcrumb__item is-active" aria-current="page">{self.e(crumbs[-1][1])}</li>'
                          "</ol></div></nav>")
        return (f'<!DOCTYPE html>\n<html lang="{lang}" class="no-js"><head>'
                f'{self.head(title, description or title, path, image, extra_head)}</head>'
                f'<body class="template-{body_class}"><a class="c-skip-link" href="#main-content">Skip to main content</a>'
                f"{self.alert_banner()}{self.mega_menu()}{crumb_html}"
                f'<main id="main-content" class="o-main">{main}</main>{self.footer()}'
                '<script src="/static/js/main.3f9a1c.js" defer></script></body></html>')

    # -- body -----------------------------------------------------------------------------------------

    def rich(self, block: Block, key: str) -> str:
        attr = f' data-block-key="{key}"'
        if block.kind == "p":
            return f"<p{attr}>{self.inline(block.text)}</p>"
        if block.kind == "h3":
            return f"<h3{attr}>{self.inline(block.text)}</h3>"
        if block.kind in ("ul", "ol"):
            items = "".join(f"<li{' data-block-key=' + chr(34) + block_key(key, i) + chr(34)}>{self.inline(t)}</li>"
                            for i, t in enumerate(block.items))
            return f"<{block.kind}>{items}</{block.kind}>"
        if block.kind == "source":
            return f'<p{attr}>Source: <a href="{html.escape(block.text)}">{html.escape(block.text)}</a></p>'
        if block.kind == "refs":
            items = "".join(f'<li data-block-key="{block_key(key, i)}">{self.inline(t)}</li>' for i, t in enumerate(block.items))
            return f"<h2{attr}>{html.escape(block.text)}</h2><ul>{items}</ul>"
        raise ValueError(block.kind)

    def embed(self, src: str, entry: Entry) -> str:
        title = self.e(entry.title)
        if "vimeo" in src:
            player = (f'<iframe src="{src}?app_id=122963" width="480" height="270" frameborder="0" '
                      f'allow="autoplay; fullscreen; picture-in-picture; clipboard-write" title="{title}"></iframe>')
        else:
            player = (f'<iframe width="480" height="270" src="{src}?feature=oembed" frameborder="0" allow="accelerometer; '
                      'autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                      f'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="{title}"></iframe>')
        return f'<div style="padding-bottom: 56.25%;" class="responsive-object">\n    {player}\n</div>'

    def expert(self, entry: Entry) -> tuple | None:
        name = EXPERT_OF.get(entry.categories[0] if entry.categories else "")
        if not name or entry.story.kind != "article" or random.Random(f"wagtail:exp:{entry.story.key}").random() < 0.3:
            return None
        doc = next(d for d in DOCTORS if d[0] == name)
        if entry.reviewer and entry.reviewer.name == doc[0]:
            return None
        return doc

    def expert_card(self, doc: tuple) -> str:
        name, hon, creds, title, spec, loc = doc
        return (f'<aside class="c-expert-card"><img class="c-expert-card__photo" src="{MEDIA}/{slugify(name)}.2e16d0ba.fill-240x240.jpg" '
                f'alt="" width="120" height="120"><div class="c-expert-card__body"><p class="c-expert-card__label">Meet the expert</p>'
                f'<h3 class="c-expert-card__name"><a href="{self.doctor_path(name)}">{self.e(hon + " " + name)}, {", ".join(creds)}</a></h3>'
                f'<p class="c-expert-card__title">{self.e(title)}, {self.e(SERVICES[spec][0])}</p>'
                f'<a class="c-expert-card__link" href="{self.doctor_path(name)}">View profile</a></div></aside>')

    def stream(self, entry: Entry) -> str:
        """The StreamField: consecutive rich-text blocks share one ``paragraph`` block, as editors write them."""
        out, run = [], []

        def flush():
            if run:
                out.append('<div class="block-paragraph">' + "".join(run) + "</div>")
                run.clear()
        for i, block in enumerate(entry.story.blocks):
            key = block_key(entry.slug, i)
            if block.kind in ("p", "h3", "ul", "ol", "source", "refs"):
                run.append(self.rich(block, key))
                continue
            flush()
            if block.kind == "h2":
                out.append(f'<div class="block-heading"><h2 class="c-heading" id="{slugify(block.text)}">'
                           f"{self.inline(block.text)}</h2></div>")
            elif block.kind == "quote":
                out.append(f'<div class="block-quote"><blockquote class="c-quote"><p class="c-quote__text">'
                           f"{self.inline(block.text)}</p></blockquote></div>")
            elif block.kind == "figure":
                name = block.text.rsplit("/", 1)[-1].rsplit(".", 1)[0]
                out.append(f'<div class="block-image"><figure class="c-figure"><img alt="{html.escape(block.items[0])}" '
                           f'height="450" src="{MEDIA}/{slugify(name)}.width-800.jpg" width="800"></figure></div>')
            elif block.kind == "video":
                out.append(f'<div class="block-embed">{self.embed(block.text, entry)}</div>')
        flush()
        doc = self.expert(entry)
        if doc:
            out.insert(min(3, len(out)), f'<div class="block-expert_card">{self.expert_card(doc)}</div>')
        return "\n".join(out)

    # -- articles ----------------------------------------------------------------------------------------

    def thumb(self, e: Entry) -> str:
        return f"{MEDIA}/{e.slug[:30]}.fill-600x400.jpg"

    def card(self, e: Entry, heading: str = "h3") -> str:
        spanish = e.story.language == "es"
        label = "Biblioteca de salud" if spanish else ("News" if self.is_news(e) else "Health library")
        return (f'<article class="c-card"><a class="c-card__link" href="{self.post_path(e)}">'
                f'<img class="c-card__image" src="{self.thumb(e)}" alt="" loading="lazy" width="600" height="400">'
                f'<div class="c-card__body"><p class="c-card__eyebrow">{label}</p>'
                f'<{heading} class="c-card__title">{self.e(e.title)}</{heading}>'
                f'<p class="c-card__meta"><time datetime="{e.date}">{long_date(e.published)}</time></p></div></a></article>')

    def person_json(self, p: Person) -> dict:
        return {"@type": "Person", "name": p.name}

    def share(self, entry: Entry) -> str:
        u = quote(self.url(self.post_path(entry)), safe="")
        return ('<div class="c-share"><span class="c-share__label">Share</span>'
                f'<a class="c-share__link" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
                f'<a class="c-share__link" href="https://twitter.com/intent/tweet?url={u}">X</a>'
                f'<a class="c-share__link" href="mailto:?subject={quote(entry.title)}&amp;body={u}">Email</a>'
                '<button class="c-share__print" type="button" onclick="window.print()">Print</button></div>')

    def related_news(self, entry: Entry, heading: str) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        return (f'<section class="c-related-news"><div class="o-container"><h2 class="c-section-title">{heading}</h2>'
                '<div class="o-grid o-grid--thirds">' + "".join(self.card(o) for o in items) + "</div></div></section>")

    def related_services(self, entry: Entry, spanish: bool) -> str:
        slugs = SERVICE_OF.get(entry.categories[0] if entry.categories else "", ("primary-care",))
        items = "".join(f'<li class="c-related-services__item"><a href="/services/{s}/">{self.e(SERVICES[s][0])}</a></li>'
                        for s in slugs)
        heading = "Servicios relacionados" if spanish else "Related services"
        return (f'<aside class="c-related-services"><h2 class="c-related-services__title">{heading}</h2>'
                f'<ul class="c-related-services__list">{items}</ul></aside>')

    def render_article(self, entry: Entry) -> str:
        return self.news_page(entry) if self.is_news(entry) else self.library_page(entry)

    def news_page(self, entry: Entry) -> str:
        category = entry.categories[0]
        if entry.authors:
            names = [p.name for p in entry.authors]
            byline = "By " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
            author_json = [self.person_json(p) for p in entry.authors]
        else:
            byline = "By Communications staff"
            author_json = {"@type": "Organization", "name": f"{BRAND} Communications"}
        ld = ""
        if entry.published.year >= 2022:   # the NewsPage template gained structured data in 2022
            ld = ('<script type="application/ld+json">' + json.dumps({
                "@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title,
                "datePublished": entry.published.isoformat(), "dateModified": entry.published.isoformat(),
                "author": author_json, "image": [self.url(self.thumb(entry))],
                "publisher": {"@type": "Organization", "name": BRAND,
                              "logo": {"@type": "ImageObject", "url": self.url("/static/images/lakeview-logo.png")}},
                "mainEntityOfPage": self.url(self.post_path(entry))}, ensure_ascii=False) + "</script>")
        tags = ""
        if entry.tags:
            tags = ('<div class="c-tags"><h2 class="c-tags__title">Topics</h2><ul class="c-tags__list">'
                    + "".join(f'<li><a class="c-tags__link" href="{self.tag_path(t)}">{self.e(t)}</a></li>' for t in entry.tags)
                    + "</ul></div>")
        description = self.teaser(entry, 26)
        main = (f'<article class="c-article c-article--news"><div class="o-container o-container--narrow">'
                f'<header class="c-article__header"><p class="c-article__eyebrow"><a href="{self.category_path(category)}">'
                f'{self.e(category)}</a></p><h1 class="c-article__title">{self.e(entry.title)}</h1>'
                f'<div class="c-article__meta"><span class="c-article__byline">{self.e(byline)}</span> '
                f'<span class="c-article__sep" aria-hidden="true">|</span> <time class="c-article__date" datetime="{entry.date}">'
                f"{long_date(entry.published)}</time></div></header>"
                f'<div class="c-article__hero"><img src="{self.thumb(entry)}" alt="" width="1200" height="675"></div>'
                f'<div class="c-article__body c-rich-text">{self.stream(entry)}</div>'
                f"{tags}{self.share(entry)}"
                '<div class="c-media-contact"><h2 class="c-media-contact__title">Media contact</h2><p>Lakeview Health '
                'Communications, <a href="mailto:news@lakeviewhealth.org">news@lakeviewhealth.org</a>, (312) 555-0190</p></div>'
                f"</div></article>{self.related_news(entry, 'Related news')}")
        crumbs = [("/", "Home"), ("/news/", "News"), (self.post_path(entry), entry.title)]
        return self.document(entry.title, main, "news-page", self.post_path(entry), description, image=self.thumb(entry),
                             extra_head=ld, crumbs=crumbs)

    def updated(self, entry: Entry, spanish: bool) -> str:
        d = entry.published
        if spanish:
            return f"{d.day} de {SPANISH_MONTHS[d.month - 1]} de {d.year}"
        return long_date(d)

    def library_page(self, entry: Entry) -> str:
        spanish = entry.story.language == "es"
        reviewer = entry.reviewer
        shown = ", ".join((f"{reviewer.honorific} {reviewer.name}".strip(), *reviewer.credentials))
        profile = any(d[0] == reviewer.name for d in DOCTORS)
        who = f'<a href="{self.doctor_path(reviewer.name)}">{self.e(shown)}</a>' if profile else self.e(shown)
        ld = ""
        if entry.post_id % 3:   # older HealthLibraryPage revisions render no structured data
            ld = ('<script type="application/ld+json">' + json.dumps({
                "@context": "https://schema.org", "@type": "MedicalWebPage", "name": entry.title,
                "url": self.url(self.post_path(entry)), "inLanguage": entry.story.language,
                "lastReviewed": entry.date, "dateModified": entry.date,
                "reviewedBy": {"@type": "Person", "name": reviewer.name},
                "about": {"@type": "MedicalCondition", "name": entry.categories[0]},
                "publisher": {"@type": "Organization", "name": BRAND}}, ensure_ascii=False) + "</script>")
        heads = [b.text for b in entry.story.blocks if b.kind == "h2"]
        toc = ""
        if len(heads) > 1:
            toc = (f'<nav class="c-toc" aria-label="On this page"><h2 class="c-toc__title">{"En esta página" if spanish else "On this page"}</h2><ul>'
                   + "".join(f'<li><a href="#{slugify(h)}">{self.e(re.sub(r"[*]", "", h))}</a></li>' for h in heads) + "</ul></nav>")
        label_rev, label_upd = ("Revisado por", "Última actualización:") if spanish else ("Reviewed by", "Last updated:")
        disclaimer = ("Esta información no reemplaza el consejo de su médico. Si tiene preguntas sobre su salud, hable con su proveedor."
                      if spanish else "This information is not intended to replace the advice of a doctor. "
                      "Lakeview Health disclaims any liability for the decisions you make based on this information.")
        cta = ('<div class="c-cta"><h2 class="c-cta__title">{}</h2><p>{}</p><a class="c-button c-button--primary" href="/appointments/">{}</a> '
               '<a class="c-button" href="/doctors/">{}</a></div>').format(
            *(("¿Necesita atención?", f"Llame al {PHONE} o pida una cita en línea.", "Pedir una cita", "Buscar un médico")
              if spanish else ("Need care?", f"Call {PHONE} or request an appointment online.", "Request an appointment",
                               "Find a doctor")))
        category = entry.categories[0]
        index = "/es/biblioteca-de-salud/" if spanish else "/health-library/"
        main = (f'<article class="c-article c-article--library"><div class="o-container"><div class="o-grid">'
                f'<div class="o-grid__main"><header class="c-article__header"><p class="c-article__eyebrow">'
                f'<a href="{self.category_path(category)}">{self.e(category)}</a></p>'
                f'<h1 class="c-article__title">{self.e(entry.title)}</h1>'
                f'<div class="c-article__meta"><p class="c-article__reviewer">{label_rev} {who}</p>'
                f'<p class="c-article__updated">{label_upd} <time datetime="{entry.date}">{self.updated(entry, spanish)}</time></p>'
                f"</div></header>{toc}"
                f'<div class="c-article__body c-rich-text">{self.stream(entry)}</div>'
                f'<p class="c-article__disclaimer"><small>{disclaimer}</small></p>{self.share(entry)}{cta}</div>'
                f'<div class="o-grid__sidebar">{self.related_services(entry, spanish)}</div></div></div></article>'
                f"{self.related_news(entry, 'Artículos relacionados' if spanish else 'Related articles')}")
        crumbs = [("/", "Inicio" if spanish else "Home"), (index, "Biblioteca de salud" if spanish else "Health library"),
                  (self.post_path(entry), entry.title)]
        return self.document(entry.title, main, "health-library-page", self.post_path(entry), self.teaser(entry, 26),
                             lang=entry.story.language, image=self.thumb(entry), extra_head=ld, crumbs=crumbs)

    # -- listings ------------------------------------------------------------------------------------------

    def pagination(self, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        links = "".join(f'<li class="c-pagination__item{" is-current" if i == n else ""}">'
                        + (f'<span aria-current="page">{i}</span>' if i == n else f'<a href="?page={i}">{i}</a>') + "</li>"
                        for i in range(1, pages + 1))
        prev = f'<li><a class="c-pagination__prev" href="?page={n - 1}">Previous</a></li>' if n > 1 else ""
        nxt = f'<li><a class="c-pagination__next" href="?page={n + 1}">Next</a></li>' if n < pages else ""
        return f'<nav class="c-pagination" aria-label="Pagination"><ul class="c-pagination__list">{prev}{links}{nxt}</ul></nav>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        spanish = first.startswith("/es/")
        if first == "/news/":
            heading, crumbs = "News", [("/", "Home"), ("/news/", "News")]
        elif first.startswith("/news/tags/"):
            heading, crumbs = f"News tagged “{title}”", [("/", "Home"), ("/news/", "News"), (first, title)]
        else:
            heading = title
            crumbs = [("/", "Inicio" if spanish else "Home"), (first, title)]
        cards = "".join(self.card(e, "h2") for e in items)
        main = (f'<div class="o-container"><h1 class="c-page-title">{self.e(heading)}</h1>'
                f'<div class="o-grid o-grid--thirds c-listing">{cards}</div>{self.pagination(n, pages)}</div>')
        return self.document(heading, main, "index-page", path_of(n), lang="es" if spanish else "en", crumbs=crumbs)

    def library_index(self, lang: str) -> str:
        items = sorted((e for e in self.entries if not self.is_news(e) and e.story.language == lang), key=lambda e: e.title)
        groups: dict[str, list[Entry]] = {}
        for e in items:
            groups.setdefault(unicodedata.normalize("NFKD", e.title[0]).upper()[0], []).append(e)
        body = "".join(f'<section class="c-az__group" id="{letter}"><h2 class="c-az__letter">{letter}</h2><ul>'
                       + "".join(f'<li><a href="{self.post_path(e)}">{self.e(e.title)}</a></li>' for e in group) + "</ul></section>"
                       for letter, group in sorted(groups.items()))
        jump = "".join(f'<a href="#{letter}">{letter}</a>' for letter in sorted(groups))
        spanish = lang == "es"
        title = "Biblioteca de salud" if spanish else "Health library"
        intro = ("Información de salud revisada por médicos de Lakeview Health." if spanish else
                 "Trusted health information, reviewed by Lakeview Health doctors and nurses.")
        other = ('<a href="/health-library/" lang="en">English</a>' if spanish else
                 '<a href="/es/biblioteca-de-salud/" lang="es">Biblioteca de salud en español</a>')
        main = (f'<div class="o-container"><h1 class="c-page-title">{title}</h1><p class="c-intro">{intro}</p><p>{other}</p>'
                f'<nav class="c-az__jump">{jump}</nav><div class="c-az">{body}</div></div>')
        path = "/es/biblioteca-de-salud/" if spanish else "/health-library/"
        return self.document(title, main, "health-library-index", path, intro, lang=lang,
                             crumbs=[("/", "Inicio" if spanish else "Home"), (path, title)])

    # -- pages that are not articles ---------------------------------------------------------------------

    def doctor_card(self, d: tuple) -> str:
        name, hon, creds, title, spec, loc = d
        return (f'<div class="c-doctor-card"><img src="{MEDIA}/{slugify(name)}.2e16d0ba.fill-240x240.jpg" alt="" width="120" height="120">'
                f'<h2 class="c-doctor-card__name"><a href="{self.doctor_path(name)}">{self.e(hon + " " + name)}, {", ".join(creds)}</a></h2>'
                f'<p>{self.e(title)}</p><p>{self.e(LOCATIONS[loc][0])}</p>'
                f'<a class="c-button" href="/appointments/">Request an appointment</a></div>')

    def doctor_page(self, d: tuple) -> str:
        name, hon, creds, title, spec, loc = d
        full = f"{hon} {name}, {', '.join(creds)}"
        rng = random.Random(f"wagtail:bio:{name}")
        bio = [f"{hon} {name} is a {title.lower()} at {LOCATIONS[loc][0]} and a member of the {SERVICES[spec][0]} team. "
               f"{rng.choice(('She', 'He'))} sees adults for new visits, second opinions and long-term care, and believes that "
               "good care starts with listening: every visit begins with the questions patients bring, not with a checklist.",
               f"After medical school at the University of Illinois, {hon} {name} completed residency at Northwestern "
               f"and a fellowship at the University of Michigan. Board certified since {rng.randint(2004, 2016)}, "
               f"{hon} {name} has taught residents at Lakeview Medical Center and led quality projects on "
               "follow-up care after hospital stays, shorter waits for specialist visits and clearer discharge instructions.",
               "Outside the clinic, they volunteer with free screening events across the city and coach a youth "
               "soccer team. Languages spoken: English" + (", Spanish" if rng.random() < 0.5 else "") + "."]
        main = (f'<div class="o-container"><div class="c-profile"><img class="c-profile__photo" src="{MEDIA}/{slugify(name)}.2e16d0ba.fill-480x480.jpg" alt="{self.e(full)}">'
                f'<div class="c-profile__summary"><h1 class="c-profile__name">{self.e(full)}</h1><p class="c-profile__title">{self.e(title)}</p>'
                f'<p class="c-profile__specialty"><a href="/services/{spec}/">{self.e(SERVICES[spec][0])}</a></p>'
                f'<p>Accepting new patients · <a href="tel:{re.sub(r"[^0-9]", "", LOCATIONS[loc][2])}">{LOCATIONS[loc][2]}</a></p>'
                f'<a class="c-button c-button--primary" href="/appointments/">Request an appointment</a></div></div>'
                '<div class="c-profile__bio"><h2>About me</h2>' + "".join(f"<p>{self.e(p)}</p>" for p in bio) + "</div>"
                f'<div class="c-profile__locations"><h2>Locations</h2><p><a href="/locations/{loc}/">{self.e(LOCATIONS[loc][0])}</a><br>'
                f"{self.e(LOCATIONS[loc][1])}</p></div></div>")
        return self.document(full, main, "doctor-page", self.doctor_path(name), bio[0][:150],
                             crumbs=[("/", "Home"), ("/doctors/", "Find a doctor"), (self.doctor_path(name), full)])

    def service_page(self, slug: str) -> str:
        name, intro = SERVICES[slug]
        docs = [d for d in DOCTORS if d[4] == slug]
        topics = [c for c, s in SERVICE_OF.items() if slug in s]
        stories = [e for e in self.newest if e.categories and e.categories[0] in topics][:3]
        paras = [intro, f"At {BRAND}, {name} brings specialists, nurses and therapists together in one team, so you can see the "
                 "right person sooner and your care plan follows you from the clinic to the hospital and back home.",
                 "Most patients start with a referral from their primary care doctor, but you can also call us directly. "
                 "We accept most insurance plans, including Medicare and Illinois Medicaid managed care plans, and offer "
                 "financial counseling before any planned procedure.",
                 "We treat common and complex conditions with the latest evidence-based care, and our teams take part in "
                 "clinical trials that give eligible patients access to new treatments close to home."]
        main = (f'<div class="o-container"><section class="c-hero"><h1 class="c-hero__title">{self.e(name)}</h1>'
                f'<p class="c-hero__intro">{self.e(intro)}</p><a class="c-button c-button--primary" href="/appointments/">'
                f'Request an appointment</a> <a class="c-button" href="/doctors/?specialty={slug}">Find a doctor</a></section>'
                '<div class="block-paragraph">' + "".join(f'<p data-block-key="{block_key(slug, i)}">{self.e(p)}</p>'
                                                          for i, p in enumerate(paras)) + "</div>"
                '<div class="block-heading"><h2 class="c-heading">Conditions we treat</h2></div><div class="block-paragraph"><ul>'
                + "".join(f"<li>{self.e(t)}</li>" for t in (topics or ["General care"])) + "</ul></div>"
                + (('<section class="c-team"><h2>Our doctors</h2>' + "".join(self.doctor_card(d) for d in docs) + "</section>")
                   if docs else "")
                + (('<section class="c-related-news"><h2 class="c-section-title">Health news and tips</h2><div class="o-grid o-grid--thirds">'
                    + "".join(self.card(e) for e in stories) + "</div></section>") if stories else "")
                + "</div>")
        return self.document(name, main, "service-page", f"/services/{slug}/", intro,
                             crumbs=[("/", "Home"), ("/services/", "Services"), (f"/services/{slug}/", name)])

    def location_page(self, slug: str) -> str:
        name, address, phone = LOCATIONS[slug]
        docs = [d for d in DOCTORS if d[5] == slug]
        main = (f'<div class="o-container"><h1 class="c-page-title">{self.e(name)}</h1><div class="c-location">'
                f'<address>{self.e(address)}</address><p><a href="tel:{re.sub(r"[^0-9]", "", phone)}">{phone}</a></p>'
                '<h2>Hours</h2><table class="c-hours"><tr><th>Monday–Friday</th><td>7 a.m.–7 p.m.</td></tr>'
                '<tr><th>Saturday</th><td>8 a.m.–noon</td></tr><tr><th>Emergency Department</th><td>Open 24 hours</td></tr></table>'
                f'<div class="block-paragraph"><p>{self.e(name)} offers primary and specialty care, imaging, lab services and a '
                "pharmacy under one roof. Free parking is available in the garage on the north side of the building; "
                "valet parking is available at the main entrance from 6 a.m. to 8 p.m.</p><p>Public transit: the #151 and #147 "
                "buses stop at the main entrance.</p></div>"
                '<section class="c-team"><h2>Doctors at this location</h2>' + "".join(self.doctor_card(d) for d in docs)
                + "</section></div></div>")
        return self.document(name, main, "location-page", f"/locations/{slug}/", address,
                             crumbs=[("/", "Home"), ("/locations/", "Locations"), (f"/locations/{slug}/", name)])

    def section_index(self, title: str, path: str, links: dict[str, str]) -> str:
        items = "".join(f'<li class="c-link-list__item"><a href="{p}">{self.e(t)}</a></li>' for p, t in links.items())
        main = (f'<div class="o-container"><h1 class="c-page-title">{self.e(title)}</h1>'
                f'<ul class="c-link-list">{items}</ul></div>')
        return self.document(title, main, "index-page", path, crumbs=[("/", "Home"), (path, title)])

    def visitor_policy(self) -> str:
        paras = ["We welcome visitors who support the healing of our patients. To protect patients, visitors and staff, "
                 "please follow these guidelines at all Lakeview Health hospitals.",
                 "Two visitors at a time may stay with an adult inpatient between 8 a.m. and 8 p.m. One support person may "
                 "stay overnight. Visitors must be 12 or older unless approved by the care team.",
                 "Please stay home if you have a fever, cough or other symptoms of illness. Masks are required in the "
                 "Emergency Department and in units caring for patients with weakened immune systems."]
        main = ('<div class="o-container o-container--narrow"><h1 class="c-page-title">Visitor policy</h1><div class="block-paragraph">'
                + "".join(f"<p>{self.e(p)}</p>" for p in paras) + "</div></div>")
        return self.document("Visitor policy", main, "standard-page", "/patients-visitors/visitor-policy/", paras[0],
                             crumbs=[("/", "Home"), ("/patients-visitors/", "Patients & visitors"),
                                     ("/patients-visitors/visitor-policy/", "Visitor policy")])

    def appointments(self) -> str:
        main = ('<div class="o-container o-container--narrow"><h1 class="c-page-title">Request an appointment</h1>'
                f'<p>Call {PHONE} or fill in this form and we will call you within one business day.</p>'
                '<form class="c-form" action="/appointments/" method="post"><input type="hidden" name="csrfmiddlewaretoken" '
                'value="x4Yq0Qp8b1"><p><label for="id_name">Name</label><input type="text" name="name" id="id_name" required></p>'
                '<p><label for="id_phone">Phone</label><input type="tel" name="phone" id="id_phone" required></p>'
                '<p><label for="id_reason">Reason for visit</label><textarea name="reason" id="id_reason"></textarea></p>'
                '<button class="c-button c-button--primary" type="submit">Submit</button></form></div>')
        return self.document("Request an appointment", main, "form-page", "/appointments/",
                             crumbs=[("/", "Home"), ("/appointments/", "Request an appointment")])

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        path = self.page_path(slug)
        main = (f'<div class="o-container o-container--narrow"><h1 class="c-page-title">{self.e(title)}</h1>'
                '<div class="block-paragraph">' + "".join(f'<p data-block-key="{block_key(slug, i)}">{self.e(p)}</p>'
                                                          for i, p in enumerate(paragraphs)) + "</div></div>")
        return self.document(title, main, "standard-page", path, paragraphs[0][:150], crumbs=[("/", "Home"), (path, title)])

    def home(self) -> str:
        news = [e for e in self.newest if self.is_news(e)][:3]
        library = [e for e in self.newest if not self.is_news(e) and e.story.language == "en"][:3]
        services = "".join(f'<li><a class="c-tile" href="/services/{s}/">{self.e(v[0])}</a></li>' for s, v in SERVICES.items())
        main = ('<section class="c-hero c-hero--home"><div class="o-container"><h1 class="c-hero__title">Care that’s close to home</h1>'
                '<p class="c-hero__intro">Three hospitals, 40 clinics and more than 900 doctors across Chicagoland.</p>'
                '<form class="c-hero__search" action="/doctors/" method="get"><input type="search" name="q" placeholder="Search doctors">'
                '<button type="submit">Find a doctor</button></form></div></section>'
                f'<section class="o-container"><h2 class="c-section-title">Our services</h2><ul class="c-tiles">{services}</ul></section>'
                '<section class="c-related-news o-container"><h2 class="c-section-title">Latest news</h2><div class="o-grid o-grid--thirds">'
                + "".join(self.card(e) for e in news) + '</div><a href="/news/">All news</a></section>'
                '<section class="o-container"><h2 class="c-section-title">From the health library</h2><div class="o-grid o-grid--thirds">'
                + "".join(self.card(e) for e in library) + '</div><a href="/health-library/">Browse the health library</a></section>')
        return self.document("Home", main, "home-page", "/", "Lakeview Health: hospitals, clinics and doctors in Chicagoland.")
