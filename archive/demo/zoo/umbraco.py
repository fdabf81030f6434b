"""umbraco (held out): a UK lung-health charity's site on Umbraco (8 to 13, ASP.NET) with a custom
Bootstrap template, as UK charities and NHS trusts run it.

Modelled on real files: Umbraco-CMS's grid partial ``src/Umbraco.Web.UI/Views/Partials/Grid/Bootstrap3.cshtml``
(``div.umb-grid`` > ``div.container`` > ``div.row.clearfix`` > ``div.grid-section`` > ``div.col-md-8.column``
for a two-section grid, each row ``<div >`` (no config: ``RenderElementAttributes`` prints nothing) >
``div.row.clearfix`` > ``div.col-md-12.column`` > ``<div >``), its editors ``Grid/Editors/Media.cshtml``
(``<img src="/media/1234/x.jpg?width=..&height=..&center=..&mode=crop">``), ``Grid/Editors/Embed.cshtml``
(``div.video-wrapper`` around the raw embed) and ``Rte.cshtml`` (the rich text as is); its block list
partial ``src/Umbraco.Web.UI/Views/Partials/blocklist/default.cshtml`` (``div.umb-block-list`` around one
partial per block, ``blocklist/Components/ALIAS``); the Clean starter kit (prjseal/Clean
``Clean.Site/Views/Partials/metaData.cshtml``: "Name | Site name" titles, ``og:type`` "article" on
every page whatever it is, ``/media/favicon.png?width=57&height=57`` ImageSharp query strings;
``template/Clean.Blog/Views/Partials/xmlSitemap.cshtml``: ``/sitemap.xml`` walking the content tree with
``lastmod``; ``template/Clean.Blog/Views/master.cshtml``: Bootstrap from a CDN, navigation and footer
partials). ImageSharp crops as Umbraco 9+ prints them (``?width=800&height=450&rmode=crop&v=1d9..``),
Umbraco Forms / SurfaceController posts (``/umbraco/surface/...`` with ``__RequestVerificationToken`` and
``ufprt``), Cookiebot's rendered dialog (``#CybotCookiebotDialog``) and its blocked iframes
(``data-cookieblock-src`` + ``data-cookieconsent="marketing"`` and a ``cookieconsent-optout-marketing``
placeholder), Bootstrap 4 accordions (``div.collapse`` panels) and pagination.

The site ("Breathe Cymru & England", ``<html lang="en-GB">``): a header with a "Donate" button and an
English / Cymraeg switcher whose English link is the page's own address plus ``?culture=en-GB``, a
Cookiebot dialog, a "Donate" banner and a "Sign up to our newsletter" form on every page, a footer
with the charity numbers. JSON-LD is the charity's ``NGO`` and a ``BreadcrumbList`` only (no Article).

Sections, each its own document type and template:
- News ``/news/slug/``: category badge, ``h1``, "By Press Office" (the desk: the truth names no author)
  or "By Ana Costa", ``<time>`` "12 March 2024"; a share bar; "Related pages".
- Blog ``/blog/slug/``: personal stories; an author card (photo, the name alone, the date as
  ``12/03/2024``: UK day/month), the story, "Topics:" tag links, an "About the author" box.
- Research ``/research/slug/``: "Written by Ana Costa, Research Communications Officer" (a role after
  the comma, not a credential) and "Published: 12 March 2024"; the body ends with a collapsed Bootstrap
  accordion whose panel holds the "References" (DOI and PubMed links): they belong to the article.
- Information and support ``/information-and-support/lung-conditions/slug/``: evergreen condition guides
  with "On this page" jump links, "Page last reviewed: 12 March 2024" and "Next review due: March 2027",
  "Reviewed by Dr Helen Okoro, MD, FACP", a PDF download, a "Was this page helpful?" form.
- Welsh ``/cy/newyddion/slug/`` (``lang="cy"``): Welsh news, "Gan Olivia Grant" and "12 Mawrth 2024".

Posts older than 2023 were written in the grid editor (a two-section grid whose ``col-md-4`` section
holds "Latest news" and a helpline box); newer ones in the block list (related pages are a block of
the same list).

Truth decisions: the condition guides are articles (authored, clinically reviewed, dated health
information: the documents this archive keeps, as the nhs and healthlibrary families count their
condition pages), signed by the charity only (no author), their reviewer the named clinician, their
published date the "last reviewed" one (the date of the version shown; no other is printed), with no
tags or categories. "Press Office" is no person. Research references are body text. Blog tags are
the "Topics:" links; news, blog and research carry their badge's category; the Welsh news neither.
"Related pages" are the Read Also (English pages show English ones, Welsh pages Welsh ones).

Listings: ``/news/`` (``?page=2``), ``/news/?category=x`` and ``/news/?year=2023`` (one page each),
``/blog/`` (``?page=N``), ``/blog/?tag=x`` and ``?category=x``, ``/research/`` and ``?category=x``, the
information hub, ``/cy/newyddion/``, search results for three "popular searches". Pages: home, ``/cy/``,
donate, search, about, contact, get involved, privacy. ``/news/rss/`` (news only), ``/sitemap.xml``,
robots.txt.

The trap: the news filter sidebar is faceted: on a filtered page each category link toggles that
category in the query and each year link sets the year, keeping the rest
(``/news/?category=asthma&category=copd&year=2022``): thousands of combinations, each a page.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from . import texts
from .posts import Block, Entry, Plan, Story, slugify
from .site import RSS, TEXT, Response, ZooSite

SITE = "Breathe Cymru & England"
XML = "application/xml; charset=utf-8"
FILTERS = ("category", "year", "page")
HUB = "/information-and-support/"
GUIDES = HUB + "lung-conditions/"
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr")
DESK_CY = "Swyddfa'r Wasg"
POPULAR_SEARCHES = ("sleep", "diabetes", "exercise")

CY_STORIES = (
    Story("galw-am-fwy-o-glinigau-adsefydlu", "Galw am fwy o glinigau adsefydlu'r ysgyfaint yng Nghymru", "cy", "article",
          "Newyddion", (), (
              Block("p", "Mae'r elusen yn galw ar Lywodraeth Cymru i ariannu rhagor o glinigau adsefydlu'r ysgyfaint, wedi i "
                         "adroddiad newydd ddangos bod cleifion mewn rhai ardaloedd yn aros dros flwyddyn am le ar gwrs."),
              Block("p", "Mae adsefydlu'r ysgyfaint yn rhaglen o ymarfer corff ac addysg sy'n helpu pobl sy'n byw gyda "
                         "chyflyrau fel COPD i anadlu'n haws ac i aros yn annibynnol am fwy o amser."),
              Block("h2", "Beth mae'r adroddiad yn ei ddweud"),
              Block("p", "Yn ôl yr adroddiad, dim ond un o bob tri pherson a allai elwa o'r rhaglen sy'n cael cynnig lle. "
                         "Mae'r bylchau mwyaf yng nghefn gwlad, lle mae'n rhaid i gleifion deithio'n bell i'r ysbyty agosaf."),
              Block("p", "Dywedodd ein cyfarwyddwr yng Nghymru: \"Rydyn ni'n gwybod bod y rhaglenni hyn yn gweithio. Mae "
                         "angen i bawb gael yr un cyfle, ble bynnag maen nhw'n byw.\""))),
    Story("sut-i-ddefnyddio-ch-anadlydd", "Sut i ddefnyddio'ch anadlydd yn gywir", "cy", "article", "Newyddion", (), (
        Block("p", "Mae llawer o bobl ag asthma yn defnyddio'u hanadlydd yn y ffordd anghywir heb sylweddoli hynny. Gall "
                   "hyn olygu nad yw'r feddyginiaeth yn cyrraedd yr ysgyfaint."),
        Block("ul", items=("Ysgwydwch yr anadlydd cyn pob pwff.", "Anadlwch allan yn llwyr cyn rhoi'r anadlydd yn eich ceg.",
                           "Anadlwch i mewn yn araf ac yn ddwfn wrth wasgu'r anadlydd.",
                           "Daliwch eich anadl am tua deg eiliad.")),
        Block("p", "Gofynnwch i'ch nyrs practis neu'ch fferyllydd wirio'ch techneg o leiaf unwaith y flwyddyn. Mae'r "
                   "gwiriad yn rhad ac am ddim ac yn cymryd ychydig funudau yn unig."))),
    Story("teithiau-cerdded-grwp-newydd", "Teithiau cerdded grŵp newydd i bobl â chyflyrau'r ysgyfaint", "cy", "article",
          "Newyddion", (), (
              Block("p", "Bydd cyfres o deithiau cerdded grŵp yn dechrau ym mis Ebrill mewn parciau ledled de Cymru. Mae'r "
                         "teithiau'n fyr, yn wastad ac yn cael eu harwain gan wirfoddolwyr hyfforddedig."),
              Block("p", "Mae cerdded yn rheolaidd yn cryfhau'r cyhyrau ac yn gallu lleihau diffyg anadl dros amser. Mae "
                         "hefyd yn gyfle gwych i gwrdd â phobl eraill sy'n deall sut beth yw byw gyda chyflwr hirdymor."),
              Block("p", "Does dim angen cofrestru ymlaen llaw. Gwisgwch esgidiau cyfforddus a dewch â'ch anadlydd gyda chi."))),
)


def _hex(key: str, n: int = 8) -> str:
    return hashlib.md5(key.encode()).hexdigest()[:n]


def uk_date(moment) -> str:
    return f"{moment.day} {moment:%B} {moment.year}"


def cy_date(moment) -> str:
    return f"{moment.day} {WELSH_MONTHS[moment.month - 1]} {moment.year}"


class Umbraco(ZooSite):
    family = "umbraco"
    site_name = SITE
    declared_language = "en-GB"
    per_page = 10
    ignore_query = False
    author_pages = False
    authorless = "mixed"          # press-office news and the condition guides name no person
    trap_patterns = (r"^/news/\?(?:[^#]*&)?(?:category|year|page)=[^&]*&(?:[^#]*&)?(?:category|year|page)=",)
    plan = Plan(seed="umbraco", count=40, languages=("en",), authors=5, co_authors=0.1, reviewed=0.3, tz_hours=0,
                related=(0, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._welsh = iter(CY_STORIES)
        super().__init__(base_url)

    # -- entries -------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story, reviewer, authors = entry.story, entry.reviewer, entry.authors
        refs = any(b.kind == "refs" for b in story.blocks)
        if story.kind == "article" and not refs and reviewer is None and entry.index % 4 == 2:
            story = next(self._welsh, story)
        if story.language == "cy":
            section = "cy"
        elif refs:
            section = "research"
        elif reviewer is not None and story.kind == "article":
            section = "guide"
        elif story.kind == "video" or entry.post_id % 3 == 0:
            section = "blog"
        else:
            section = "news"
        if section != "guide":
            reviewer = None
        if section == "guide" or (section in ("news", "cy") and entry.post_id % 3 == 1):
            authors = ()                                     # signed by the charity or "Press Office"
        categories = (story.category,) if section in ("news", "blog", "research") else ()
        tags = story.tags if section == "blog" else ()
        if refs:                                             # the accordion's label
            story = replace(story, blocks=tuple(replace(b, text="References") if b.kind == "refs" else b for b in story.blocks))
        return replace(entry, story=story, slug=story.key, reviewer=reviewer, authors=authors,
                       categories=categories, tags=tuple(dict.fromkeys(tags)))

    def section(self, entry: Entry) -> str:
        if entry.story.language == "cy":
            return "cy"
        if any(b.kind == "refs" for b in entry.story.blocks):
            return "research"
        if entry.reviewer is not None:
            return "guide"
        return "blog" if entry.tags or entry.story.kind == "video" or entry.post_id % 3 == 0 else "news"

    def in_section(self, name: str) -> list[Entry]:
        return [e for e in self.newest if self.section(e) == name]

    def grid(self, entry: Entry) -> bool:
        """Posts older than 2023 were written in the grid editor, newer ones in the block list."""
        return entry.published.year < 2023 and self.section(entry) != "research"

    def shown_related(self, entry: Entry) -> list[Entry]:
        welsh = self.section(entry) == "cy"
        return [o for o in self.related(entry) if (self.section(o) == "cy") == welsh]

    # -- paths ---------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        section = self.section(entry)
        if section == "guide":
            return f"{GUIDES}{entry.slug}/"
        if section == "cy":
            return f"/cy/newyddion/{entry.slug}/"
        return f"/{section}/{entry.slug}/"

    def listing_path(self, section: str, n: int = 1, **query: str) -> str:
        params = {**query, **({"page": str(n)} if n > 1 else {})}
        return f"/{section}/" + (f"?{urlencode(params)}" if params else "")

    def category_path(self, name: str, n: int = 1, section: str = "news") -> str:
        return self.listing_path(section, category=slugify(name))

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.listing_path("blog", tag=slugify(name))

    def page_path(self, slug: str) -> str:
        return {"about": "/about-us/", "contact": "/contact-us/", "start-here": "/get-involved/",
                "privacy-policy": "/privacy-policy/"}[slug]

    def media(self, name: str, width: int = 800, height: int = 450) -> str:
        return f"/media/{_hex(name, 6)}/{name}?width={width}&height={height}&rmode=crop&v=1d9{_hex('v' + name, 12)}"

    def guide_pdf(self, entry: Entry) -> str:
        return f"/media/{_hex(entry.slug, 6)}/{entry.slug[:30]}-information-leaflet.pdf"

    # -- routes --------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
            if self.section(entry) == "guide":
                pdf = f"%PDF-1.4\n% {entry.slug} leaflet\n%%EOF\n".encode()
                self.routes[self.guide_pdf(entry)] = ("other", lambda b=pdf: Response(200, "application/pdf", b))
        labels = {"news": "News", "blog": "Blog", "research": "Our research"}
        for section, label in labels.items():
            items = self.in_section(section)
            self.add_listing(label, items, lambda n, s=section: self.listing_path(s, n))
            for name in sorted({c for e in items for c in e.categories}):
                chosen = [e for e in items if name in e.categories]
                self.add(self.category_path(name, section=section), "listing",
                         lambda t=name, i=chosen, s=section: self.render_listing(t, i, 1, 1, lambda n, s=s, t=t: self.category_path(t, section=s)))
        for name, items in self.groups("tags").items():
            self.add(self.tag_path(name), "listing", lambda t=name, i=items: self.render_listing(t, i, 1, 1, lambda n, t=t: self.tag_path(t)))
        for year in sorted({e.published.year for e in self.in_section("news")}):
            items = [e for e in self.in_section("news") if e.published.year == year]
            self.add(self.listing_path("news", year=str(year)), "listing",
                     lambda y=year, i=items: self.render_listing(f"News from {y}", i, 1, 1, lambda n, y=y: self.listing_path("news", year=str(y))))
        self.add(HUB, "listing", self.hub)
        self.add("/cy/newyddion/", "listing", self.welsh_listing)
        self.add("/cy/", "page", self.welsh_home)
        self.add("/", "page", self.home)
        self.add("/donate/", "page", lambda: self.simple("Donate", "/donate/", (
            "Every gift helps us fund research, run our helpline and support groups, and campaign for better care.",
            "£10 could pay for a call to our helpline. £50 could fund a support group meeting for a month.")) )
        self.add("/search/", "page", lambda: self.search_page(""))
        for q in POPULAR_SEARCHES:
            self.add(f"/search/?q={q}", "listing", lambda q=q: self.search_page(q))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.simple(t, self.page_path(s), p))
        self.add("/news/rss/", "other", lambda: self.rss(f"{SITE} news", "/news/", self.in_section("news")), RSS)
        self.add("/sitemap.xml", "other", self.site_map, XML)

    def route_key(self, target: str) -> str | None:
        """Umbraco serves a page whatever its ``culture`` parameter says (the switcher's)."""
        parts = urlsplit(target)
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "culture"]
        key = (parts.path or "/") + (f"?{urlencode(params)}" if params else "")
        return key if key in self.routes else None

    def filter_state(self, target: str) -> tuple[list[str], str, int] | None:
        """(categories, year, page) of a news listing address, or None if it is not one."""
        parts = urlsplit(target)
        if parts.path != "/news/":
            return None
        params = [(k, v) for k, v in parse_qsl(parts.query) if k != "culture"]
        known = {slugify(c) for e in self.in_section("news") for c in e.categories}
        if any(k not in FILTERS for k, _ in params) or any(k == "category" and v not in known for k, v in params):
            return None
        years = [v for k, v in params if k == "year"]
        pages = [v for k, v in params if k == "page"]
        if any(not (v.isdigit() and len(v) == 4) for v in years) or any(not v.isdigit() or int(v) < 1 for v in pages):
            return None
        cats = list(dict.fromkeys(v for k, v in params if k == "category"))
        return cats, (years[-1] if years else ""), (int(pages[-1]) if pages else 1)

    def trap(self, target: str) -> Response | None:
        state = self.filter_state(target)
        if state is None:
            return None
        cats, year, page = state
        items = [e for e in self.in_section("news") if (not cats or any(slugify(c) in cats for c in e.categories))
                 and (not year or str(e.published.year) == year)]
        pages = max(1, -(-len(items) // self.per_page))
        chunk = items[(page - 1) * self.per_page:page * self.per_page]
        base = [(k, v) for k, v in parse_qsl(urlsplit(target).query) if k not in ("page", "culture")]
        body = self.render_listing("News", chunk, page, pages, lambda n: "/news/?" + urlencode(base + ([("page", str(n))] if n > 1 else [])),
                                   current="/news/?" + urlencode(base + ([("page", str(page))] if page > 1 else [])))
        return Response(200, self.html_type, self.encode(body))

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /umbraco/\nDisallow: /App_Plugins/\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def site_map(self) -> str:
        rows = [f"<url><loc>{self.e(self.url('/'))}</loc><priority>1.0</priority><lastmod>2024-06-03T10:12:44+01:00</lastmod></url>"]
        paths = ["/news/", "/blog/", "/research/", HUB, *[self.post_path(e) for e in self.newest if self.section(e) != "cy"],
                 "/donate/", *[self.page_path(s) for s in texts.EVERGREEN], "/cy/", "/cy/newyddion/",
                 *[self.post_path(e) for e in self.in_section("cy")]]
        for path in paths:
            entry = next((e for e in self.entries if self.post_path(e) == path), None)
            when = (entry.published.strftime("%Y-%m-%dT%H:%M:%S+00:00") if entry else "2024-05-20T16:40:02+01:00")
            rows.append(f"<url><loc>{self.e(self.url(path))}</loc><lastmod>{when}</lastmod></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">' + "".join(rows) + "</urlset>")

    # -- the frame -----------------------------------------------------------------------------------------

    def head(self, title: str, path: str, description: str, crumbs: list[tuple[str, str]]) -> str:
        canonical = self.url(path)
        ngo = {"@context": "https://schema.org", "@type": "NGO", "name": SITE, "url": self.url("/"),
               "logo": self.url("/media/favicon.png"), "telephone": "0300 222 5800",
               "sameAs": ["https://www.facebook.com/breathecymruengland", "https://twitter.com/breathecymru"]}
        trail = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": name, **({"item": self.url(href)} if href else {})}
            for i, (name, href) in enumerate(crumbs)]}
        icons = "".join(f'<link rel="apple-touch-icon" sizes="{s}x{s}" href="/media/favicon.png?width={s}&height={s}">' for s in (57, 114, 180))
        return f"""<meta charset="utf-8" />
<link rel="icon" type="image/png" href="/media/favicon.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, shrink-to-fit=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{self.e(title)} | {SITE}</title>
<meta name="Description" content="{self.e(description)}" />
<link rel="canonical" href="{self.e(canonical)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{self.e(canonical)}" />
<meta property="og:title" content="{self.e(title)}" />
<meta property="og:description" content="{self.e(description)}" />
<meta property="og:image" content="{self.url('/media/socialimage.png')}">
<meta name="twitter:card" content="summary_large_image">
{icons}
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8f2c1e4a-5b7d-4c3e-9a10-2d6e7f8a9b0c" data-blockingmode="auto" type="text/javascript"></script>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/site.min.css?v=Yt3kP0qW9xZ" rel="stylesheet">
<link rel="alternate" type="application/rss+xml" title="{SITE} news" href="{self.url('/news/rss/')}">
<script type="application/ld+json">{json.dumps(ngo)}</script>
<script type="application/ld+json">{json.dumps(trail)}</script>"""

    def breadcrumb(self, crumbs: list[tuple[str, str]]) -> str:
        items = "".join(f'<li class="breadcrumb-item"><a href="{self.e(self.url(href))}">{self.e(name)}</a></li>' if href else
                        f'<li class="breadcrumb-item active" aria-current="page">{self.e(name)}</li>' for name, href in crumbs)
        return f'<nav aria-label="breadcrumb" class="breadcrumb-wrapper"><div class="container"><ol class="breadcrumb">{items}</ol></div></nav>'

    def header(self, path: str, welsh: bool) -> str:
        if welsh:
            nav = (("/cy/", "Hafan"), ("/cy/newyddion/", "Newyddion"), ("/donate/", "Cyfrannwch"))
            switch = (f'<li class="list-inline-item"><a href="{self.url("/")}" lang="en" hreflang="en">English</a></li>'
                      '<li class="list-inline-item active"><span lang="cy">Cymraeg</span></li>')
            donate = "Cyfrannwch"
        else:
            nav = ((HUB, "Information and support"), ("/news/", "News"), ("/blog/", "Blog"), ("/research/", "Our research"),
                   ("/get-involved/", "Get involved"), ("/about-us/", "About us"))
            own = urlsplit(path).path
            switch = (f'<li class="list-inline-item active"><a href="{self.e(self.url(own + "?culture=en-GB"))}" hreflang="en">English</a></li>'
                      f'<li class="list-inline-item"><a href="{self.url("/cy/")}" lang="cy" hreflang="cy">Cymraeg</a></li>')
            donate = "Donate"
        links = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.url(h)}">{label}</a></li>' for h, label in nav)
        return f"""<a class="sr-only sr-only-focusable skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<div class="top-bar"><div class="container d-flex justify-content-between"><ul class="list-inline language-switcher mb-0">{switch}</ul>
<p class="helpline mb-0">Helpline: <a href="tel:03002225800">0300 222 5800</a></p></div></div>
<nav class="navbar navbar-expand-lg navbar-light"><div class="container">
<a class="navbar-brand" href="{self.url('/cy/' if welsh else '/')}"><img src="/media/{_hex('logo', 6)}/breathe-logo.svg" alt="{SITE}" width="180" height="48"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav mr-auto">{links}</ul>
<form class="form-inline site-search" action="{self.url('/search/')}" method="get"><label class="sr-only" for="site-q">Search</label><input class="form-control" id="site-q" type="search" name="q" placeholder="Search"><button class="btn btn-outline-secondary" type="submit">Search</button></form>
<a class="btn btn-donate ml-lg-3" href="{self.url('/donate/')}">{donate}</a></div>
</div></nav>
</header>"""

    def donate_banner(self, welsh: bool) -> str:
        if welsh:
            heading, text, button = ("Helpwch ni i ariannu ymchwil", "Gallai £10 dalu am alwad i'n llinell gymorth.", "Cyfrannwch heddiw")
        else:
            heading, text, button = ("Help us fund research into lung disease",
                                     "£10 could pay for a call to our helpline. £50 could fund a support group for a month.", "Donate today")
        return (f'<section class="donate-banner bg-primary text-white"><div class="container"><div class="row align-items-center">'
                f'<div class="col-md-8"><h2 class="h3">{heading}</h2><p>{self.e(text)}</p></div>'
                f'<div class="col-md-4 text-md-right"><a class="btn btn-light btn-lg" href="{self.url("/donate/")}">{button}</a></div>'
                "</div></div></section>")

    def newsletter(self, welsh: bool) -> str:
        heading = "Cofrestrwch i'n cylchlythyr" if welsh else "Sign up to our newsletter"
        text = ("Newyddion, straeon a chyngor bob mis." if welsh else
                "Get our latest news, stories and ways to get involved, once a month. You can unsubscribe at any time.")
        return (f'<section class="newsletter-signup"><div class="container"><div class="row"><div class="col-lg-6">'
                f"<h2>{heading}</h2><p>{text}</p></div><div class=\"col-lg-6\">"
                f'<form action="/umbraco/surface/newsletter/subscribe" enctype="multipart/form-data" method="post" class="newsletter-form">'
                '<div class="form-group"><label for="Email">Email address</label><input class="form-control" data-val="true" '
                'data-val-required="Please enter your email address" id="Email" name="Email" type="email" value=""></div>'
                '<div class="form-check"><input class="form-check-input" id="Consent" name="Consent" type="checkbox" value="true">'
                '<label class="form-check-label" for="Consent">I agree to receive emails and have read the privacy policy.</label></div>'
                '<button type="submit" class="btn btn-secondary">Sign up</button>'
                f'<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{_hex("token", 40)}">'
                f'<input name="ufprt" type="hidden" value="CfDJ8{_hex("ufprt", 32)}"></form></div></div></div></section>')

    def footer(self, welsh: bool) -> str:
        return f"""<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-4"><h2 class="h5">Contact us</h2><p>Helpline: 0300 222 5800<br>Monday to Friday, 9am to 5pm</p><p>Unit 4, Cardiff Gate Business Park, Cardiff CF23 8RS</p></div>
<div class="col-md-4"><h2 class="h5">About</h2><ul class="list-unstyled"><li><a href="{self.url('/about-us/')}">About us</a></li><li><a href="{self.url('/contact-us/')}">Contact us</a></li><li><a href="{self.url('/privacy-policy/')}">Privacy policy</a></li><li><a href="{self.url('/news/rss/')}">News RSS feed</a></li></ul></div>
<div class="col-md-4"><ul class="list-inline social"><li class="list-inline-item"><a href="https://www.facebook.com/breathecymruengland">Facebook</a></li><li class="list-inline-item"><a href="https://twitter.com/breathecymru">X (Twitter)</a></li><li class="list-inline-item"><a href="https://www.instagram.com/breathecymru/">Instagram</a></li></ul>
<img src="/media/{_hex('pif', 6)}/pif-tick-logo.png?width=120" alt="PIF TICK: trusted information creator" width="120"></div>
</div><p class="charity-numbers small">{'Elusen gofrestredig' if welsh else 'Registered charity'} in England and Wales (1098765) and Scotland (SC045678). Company limited by guarantee 4412375.</p></div></footer>"""

    def cookiebot(self) -> str:
        return ('<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" '
                'aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="en" class="CybotCookiebotDialogActive" '
                'data-template="slideup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">'
                '<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>'
                '<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content, to provide social media '
                "features and to analyse our traffic. We also share information about your use of our site with our social media "
                "and analytics partners who may combine it with other information that you've provided to them.</div></div>"
                '<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Deny</button>'
                '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Allow selection</button>'
                '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button>'
                '</div></div></div>')

    def document(self, title: str, path: str, main: str, description: str, crumbs: list[tuple[str, str]],
                 doctype: str, welsh: bool = False) -> str:
        return f"""<!DOCTYPE html>
<html lang="{'cy' if welsh else 'en-GB'}">
<head>
{self.head(title, path, description, crumbs)}
</head>
<body class="doctype-{doctype}">
{self.header(path, welsh)}
{self.breadcrumb(crumbs) if len(crumbs) > 1 else ''}
<main id="main-content" role="main">
{main}
</main>
{self.donate_banner(welsh)}
{self.newsletter(welsh)}
{self.footer(welsh)}
{self.cookiebot()}
<script src="https://cdn.jsdelivr.net/npm/jquery@3.5.1/dist/jquery.slim.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/js/bootstrap.bundle.min.js"></script>
<script src="/scripts/site.min.js?v=Yt3kP0qW9xZ"></script>
</body>
</html>"""

    # -- bodies: the grid editor and the block list ----------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1]
            if self.grid(entry):
                return f'<img src="/media/{_hex(name, 4)}/{name}?width=800&height=450&center=0.5,0.5&mode=crop" alt="{self.e(block.items[0])}">'
            return f'<img class="img-fluid" src="{self.media(name)}" alt="{self.e(block.items[0])}" loading="lazy">'
        if block.kind == "quote":
            return f'<blockquote class="blockquote"><p class="mb-0">{self.inline(block.text)}</p></blockquote>'
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        if self.grid(entry):                                 # Grid/Editors/Embed.cshtml: the raw embed
            return (f'<div class="video-wrapper"><iframe width="560" height="315" src="{self.e(src)}" frameborder="0" '
                    'allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>')
        nocookie = src.replace("www.youtube.com/embed/", "www.youtube-nocookie.com/embed/")
        return (f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
                f'data-cookieblock-src="{self.e(nocookie)}" data-cookieconsent="marketing" title="{self.e(entry.title)}" '
                'allowfullscreen></iframe></div>'
                '<div class="cookieconsent-optout-marketing alert alert-info">Please <a href="javascript:Cookiebot.renew()">accept '
                "marketing cookies</a> to watch this video.</div>")

    def refs_html(self, block: Block) -> str:
        """A collapsed Bootstrap accordion holds the references (they are the article's)."""
        key = _hex(block.text + "".join(block.items), 6)
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<div class="accordion" id="accordion-{key}"><div class="card"><div class="card-header" id="heading-{key}">'
                f'<h2 class="mb-0"><button class="btn btn-link btn-block text-left collapsed" type="button" data-toggle="collapse" '
                f'data-target="#collapse-{key}" aria-expanded="false" aria-controls="collapse-{key}">{self.e(block.text)}</button></h2></div>'
                f'<div id="collapse-{key}" class="collapse" aria-labelledby="heading-{key}" data-parent="#accordion-{key}">'
                f'<div class="card-body"><ol class="references">{items}</ol></div></div></div></div>')

    def grid_html(self, entry: Entry, related: str) -> str:
        """Bootstrap3.cshtml with two sections: the story in rows of the col-md-8 one, furniture in the col-md-4."""
        def row(inner: str, width: int = 12) -> str:
            return (f'<div ><div class="row clearfix"><div class="col-md-{width} column"><div >{inner}</div></div></div></div>')
        rows, chunk = [], []
        for block in entry.story.blocks:
            if block.kind in ("figure", "video"):
                if chunk:
                    rows.append(row("\n".join(chunk)))
                    chunk = []
                rows.append(row(self.block_html(block, entry)))
            else:
                chunk.append(self.block_html(block, entry))
        if chunk:
            rows.append(row("\n".join(chunk)))
        latest = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.in_section("news")[:4])
        side = (row(f'<h2>Latest news</h2><ul class="list-unstyled latest-news">{latest}</ul>')
                + row('<div class="helpline-box"><h2>Need to talk?</h2><p>Call our helpline on 0300 222 5800. Our nurses can '
                      "answer your questions about any lung condition.</p></div>"))
        return (f'<div class="umb-grid"><div class="container"><div class="row clearfix">'
                f'<div class="grid-section"><div class="col-md-8 column">{"".join(rows)}</div></div>'
                f'<div class="grid-section"><div class="col-md-4 column">{side}</div></div>'
                f"</div></div></div>{related}")

    def component(self, alias: str, inner: str) -> str:
        return (f'<section class="block block-{alias}"><div class="container"><div class="row"><div class="col-lg-8 offset-lg-2">'
                f"{inner}</div></div></div></section>")

    def block_list_html(self, entry: Entry, related: str) -> str:
        """blocklist/default.cshtml: one component per block (rich text runs, images, videos, accordions)."""
        parts, chunk = [], []
        for block in entry.story.blocks:
            alias = {"figure": "image", "video": "video", "refs": "accordion"}.get(block.kind)
            if alias:
                if chunk:
                    parts.append(self.component("rich-text", '<div class="rte">' + "\n".join(chunk) + "</div>"))
                    chunk = []
                parts.append(self.component(alias, self.block_html(block, entry)))
            else:
                chunk.append(self.block_html(block, entry))
        if chunk:
            parts.append(self.component("rich-text", '<div class="rte">' + "\n".join(chunk) + "</div>"))
        return f'<div class="umb-block-list">{"".join(parts)}{related}</div>'

    def related_html(self, entry: Entry, welsh: bool) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        cards = "".join(
            f'<div class="col-md-4"><div class="card h-100 related-card"><img class="card-img-top" src="{self.media(o.slug[:20] + ".jpg", 400, 225)}" alt="">'
            f'<div class="card-body"><p class="card-label">{self.label(o)}</p><h3 class="card-title h5">'
            f'<a class="stretched-link" href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h3></div></div></div>' for o in items)
        heading = "Tudalennau cysylltiedig" if welsh else "Related pages"
        return (f'<section class="block block-related-pages"><div class="container"><h2>{heading}</h2>'
                f'<div class="row">{cards}</div></div></section>')

    def label(self, entry: Entry) -> str:
        return {"news": "News", "blog": "Blog", "research": "Research", "guide": "Information and support",
                "cy": "Newyddion"}[self.section(entry)]

    def share(self, entry: Entry, welsh: bool) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        return (f'<div class="share-this container"><h2 class="h6">{"Rhannwch y dudalen hon" if welsh else "Share this page"}</h2>'
                f'<ul class="list-inline"><li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li>'
                f'<li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={url}">X</a></li>'
                f'<li class="list-inline-item"><a href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a></li>'
                f'<li class="list-inline-item"><a href="mailto:?subject={quote(entry.title)}&amp;body={url}">Email</a></li></ul></div>')

    # -- articles ------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        section = self.section(entry)
        welsh = section == "cy"
        path = self.post_path(entry)
        related = self.related_html(entry, welsh)
        body = self.grid_html(entry, related) if self.grid(entry) else self.block_list_html(entry, related)
        when = entry.published
        names = " and ".join(self.e(p.name) for p in entry.authors)
        cat = entry.categories[0] if entry.categories else ""
        badge = (f'<a class="badge badge-category" href="{self.e(self.url(self.category_path(cat, section=section)))}">{self.e(cat)}</a>'
                 if cat else "")
        if section in ("news", "cy"):
            welsh_page = section == "cy"
            crumbs = ([("Hafan", "/cy/"), ("Newyddion", "/cy/newyddion/")] if welsh_page else [("Home", "/"), ("News", "/news/")]) + [(entry.title, "")]
            by = f"Gan {names or DESK_CY}" if welsh_page else f"By {names or 'Press Office'}"
            meta = (f'<div class="article-meta"><span class="byline">{by}</span> <span class="sep">|</span> '
                    f'<time datetime="{when:%Y-%m-%d}">{cy_date(when) if welsh_page else uk_date(when)}</time></div>')
            header = f'<div class="page-header"><div class="container">{badge}<h1 class="page-title">{self.e(entry.title)}</h1>{meta}</div></div>'
            main = header + body + self.share(entry, welsh_page)
        elif section == "blog":
            crumbs = [("Home", "/"), ("Blog", "/blog/"), (entry.title, "")]
            photos = "".join(f'<img class="rounded-circle author-photo" src="{self.media(slugify(p.name) + ".jpg", 96, 96)}" alt="Photo of {self.e(p.name)}">'
                             for p in entry.authors)
            header = (f'<div class="page-header blog-header"><div class="container">{badge}<h1 class="page-title">{self.e(entry.title)}</h1>'
                      f'<div class="author-card d-flex align-items-center">{photos}<div><p class="author-name mb-0">{names}</p>'
                      f'<p class="date mb-0">{when:%d/%m/%Y}</p></div></div></div></div>')
            topics = "".join(f'<li class="list-inline-item"><a href="{self.e(self.url(self.tag_path(t)))}">{self.e(t)}</a></li>' for t in entry.tags)
            about = "".join(f'<div class="about-author media"><img class="mr-3 rounded-circle" src="{self.media(slugify(p.name) + ".jpg", 64, 64)}" alt="">'
                            f'<div class="media-body"><h2 class="h5">About the author</h2><p>{self.e(p.name)} lives with a long-term lung condition '
                            "and volunteers with one of our Breathe Easy support groups.</p></div></div>" for p in entry.authors)
            tail = (f'<div class="container blog-footer">' + (f'<div class="topics"><span>Topics:</span> <ul class="list-inline">{topics}</ul></div>' if topics else "")
                    + about + "</div>")
            main = header + body + tail + self.share(entry, False)
        elif section == "research":
            crumbs = [("Home", "/"), ("Our research", "/research/"), (entry.title, "")]
            people = ", ".join(f"<strong>{self.e(p.name)}</strong>, Research Communications Officer" for p in entry.authors)
            header = (f'<div class="page-header research-header"><div class="container">{badge}<h1 class="page-title">{self.e(entry.title)}</h1>'
                      f'<p class="byline">Written by {people}</p><p class="published">Published: {uk_date(when)}</p></div></div>')
            main = header + body + self.share(entry, False)
        else:
            crumbs = [("Home", "/"), ("Information and support", HUB), (entry.title, "")]
            jumps = "".join(f'<li><a href="#{slugify(b.text)}">{self.inline(b.text)}</a></li>' for b in entry.story.blocks if b.kind == "h2")
            toc = f'<nav class="on-this-page" aria-label="On this page"><h2 class="h6">On this page</h2><ul>{jumps}</ul></nav>' if jumps else ""
            due = when.replace(year=when.year + 3)
            reviewer = entry.reviewer
            who = ", ".join((f"{reviewer.honorific.rstrip('.')} {reviewer.name}".strip(), *reviewer.credentials))
            review = (f'<div class="review-dates container"><p>Page last reviewed: {uk_date(when)}</p><p>Next review due: {due:%B} {due.year}</p>'
                      f'<p class="reviewer">Reviewed by {self.e(who)}</p>'
                      f'<p><a class="download" href="{self.url(self.guide_pdf(entry))}">Download this information (PDF, 220KB)</a></p>'
                      '<form class="feedback" action="/umbraco/surface/feedback/submit" method="post"><fieldset><legend>Was this page helpful?</legend>'
                      '<button name="helpful" value="yes" class="btn btn-sm btn-outline-primary">Yes</button> '
                      '<button name="helpful" value="no" class="btn btn-sm btn-outline-primary">No</button></fieldset></form></div>')
            header = (f'<div class="page-header guide-header"><div class="container"><h1 class="page-title">{self.e(entry.title)}</h1>'
                      f'{toc}</div></div>')
            main = header + body + review
        return self.document(entry.title, path, main, self.teaser(entry, 24), crumbs, f"{section}Page", welsh)

    # -- listings ------------------------------------------------------------------------------------------

    def card(self, entry: Entry, welsh: bool = False) -> str:
        date = cy_date(entry.published) if welsh else uk_date(entry.published)
        return (f'<div class="col-md-6 col-lg-4 mb-4"><div class="card h-100"><img class="card-img-top" '
                f'src="{self.media(entry.slug[:20] + ".jpg", 400, 225)}" alt=""><div class="card-body">'
                f'<p class="card-date small">{date}</p><h3 class="card-title h5"><a class="stretched-link" '
                f'href="{self.url(self.post_path(entry))}">{self.e(entry.title)}</a></h3>'
                f'<p class="card-text">{self.e(self.teaser(entry, 20))}</p></div></div></div>')

    def pager(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        items = "".join(f'<li class="page-item active" aria-current="page"><span class="page-link">{k}</span></li>' if k == n else
                        f'<li class="page-item"><a class="page-link" href="{self.e(self.url(path_of(k)))}">{k}</a></li>'
                        for k in range(1, pages + 1))
        nxt = (f'<li class="page-item"><a class="page-link" href="{self.e(self.url(path_of(n + 1)))}" aria-label="Next">Next</a></li>'
               if n < pages else "")
        return f'<nav aria-label="Pagination"><ul class="pagination">{items}{nxt}</ul></nav>'

    def news_filters(self, current: str) -> str:
        """The faceted sidebar: on a filtered page each link toggles a category or sets the year, keeping the rest."""
        state = self.filter_state(current) or ([], "", 1)
        cats, year, _ = state
        filtered = bool(cats or year)

        def link(new_cats: list[str], new_year: str) -> str:
            params = [("category", c) for c in new_cats] + ([("year", new_year)] if new_year else [])
            return "/news/" + (f"?{urlencode(params)}" if params else "")
        names = sorted({c for e in self.in_section("news") for c in e.categories})
        years = sorted({str(e.published.year) for e in self.in_section("news")}, reverse=True)
        cat_links = "".join(
            f'<li class="{"active" if slugify(c) in cats else ""}"><a href="{self.e(self.url(link([x for x in cats if x != slugify(c)] if slugify(c) in cats else [*cats, slugify(c)], year) if filtered else link([slugify(c)], "")))}">{self.e(c)}</a></li>'
            for c in names)
        year_links = "".join(
            f'<li><a href="{self.e(self.url(link(cats, "" if y == year else y) if filtered else link([], y)))}">{y}</a></li>' for y in years)
        return (f'<aside class="col-lg-3 news-filters"><h2 class="h5">Filter news</h2><h3 class="h6">Topic</h3>'
                f'<ul class="list-unstyled">{cat_links}</ul><h3 class="h6">Year</h3><ul class="list-unstyled">{year_links}</ul>'
                f'<a class="clear-filters" href="{self.url("/news/")}">Clear all filters</a></aside>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of, current: str = "") -> str:
        first = current or path_of(n)
        section = first.split("/")[1]
        label = {"news": "News", "blog": "Blog", "research": "Our research"}[section]
        cards = "".join(self.card(e) for e in items) or '<p class="no-results">No results match your filters.</p>'
        listing = f'<div class="row">{cards}</div>{self.pager(n, pages, path_of)}'
        if section == "news":
            listing = f'<div class="row">{self.news_filters(first)}<div class="col-lg-9">{listing}</div></div>'
        heading = title if title == label else f"{label}: {title}"
        main = f'<div class="page-header"><div class="container"><h1 class="page-title">{self.e(heading)}</h1></div></div><div class="container listing">{listing}</div>'
        crumbs = [("Home", "/"), (label, f"/{section}/")] + ([(title, "")] if title != label else [])
        return self.document(heading, first, main, f"{label} from {SITE}", crumbs, f"{section}Listing")

    def hub(self) -> str:
        guides = sorted(self.in_section("guide"), key=lambda e: e.title)
        items = "".join(f'<li class="col-md-6"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in guides)
        main = ('<div class="page-header"><div class="container"><h1 class="page-title">Information and support</h1>'
                '<p class="lead">Clear, trusted information about lung conditions, written with people who live with them and '
                f'checked by health professionals.</p></div></div><div class="container"><h2>Lung conditions A to Z</h2>'
                f'<ul class="row list-unstyled a-to-z">{items}</ul></div>')
        return self.document("Information and support", HUB, main, "Information and support about lung conditions",
                             [("Home", "/"), ("Information and support", "")], "hubPage")

    def welsh_listing(self) -> str:
        cards = "".join(self.card(e, True) for e in self.in_section("cy"))
        main = (f'<div class="page-header"><div class="container"><h1 class="page-title">Newyddion</h1></div></div>'
                f'<div class="container listing"><div class="row">{cards}</div></div>')
        return self.document("Newyddion", "/cy/newyddion/", main, "Newyddion", [("Hafan", "/cy/"), ("Newyddion", "")], "newsListing", True)

    def welsh_home(self) -> str:
        latest = "".join(self.card(e, True) for e in self.in_section("cy")[:3])
        main = ('<section class="hero"><div class="container"><h1>Anadlu gyda\'n gilydd</h1><p class="lead">Rydyn ni yma i bawb '
                "sy'n byw gyda chyflwr ar yr ysgyfaint yng Nghymru.</p></div></section>"
                f'<section class="container"><h2>Newyddion diweddaraf</h2><div class="row">{latest}</div>'
                f'<a href="{self.url("/cy/newyddion/")}">Pob newyddion</a></section>')
        return self.document("Hafan", "/cy/", main, "Elusen iechyd yr ysgyfaint", [("Hafan", "")], "homePage", True)

    def home(self) -> str:
        latest = "".join(self.card(e) for e in self.in_section("news")[:3])
        stories = "".join(self.card(e) for e in self.in_section("blog")[:3])
        main = ('<section class="hero"><div class="container"><h1>Breathing life into lung health</h1><p class="lead">We support '
                "everyone living with a lung condition, fund research and campaign for better care across Wales and England.</p>"
                f'<a class="btn btn-primary" href="{self.url(HUB)}">Information and support</a></div></section>'
                f'<section class="container"><h2>Latest news</h2><div class="row">{latest}</div><a href="{self.url("/news/")}">All news</a></section>'
                f'<section class="container"><h2>Your stories</h2><div class="row">{stories}</div><a href="{self.url("/blog/")}">Read more stories</a></section>'
                f'<section class="container"><h2>Our research</h2><p>We fund research into the causes and treatment of lung disease.</p>'
                f'<a href="{self.url("/research/")}">Research we fund</a></section>')
        return self.document("Home", "/", main, "The lung health charity for Wales and England", [("Home", "")], "homePage")

    def search_page(self, q: str) -> str:
        popular = "".join(f'<li class="list-inline-item"><a href="{self.url("/search/?q=" + p)}">{p}</a></li>' for p in POPULAR_SEARCHES)
        results = ""
        if q:
            hits = [e for e in self.newest if q in (e.title + " " + self.teaser(e)).lower() and self.section(e) != "cy"]
            results = (f'<p class="result-count">{len(hits)} results for "{q}"</p><ol class="search-results list-unstyled">'
                       + "".join(f'<li><h3 class="h5"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h3>'
                                 f'<p>{self.e(self.teaser(o, 20))}</p></li>' for o in hits) + "</ol>")
        main = (f'<div class="page-header"><div class="container"><h1 class="page-title">Search</h1></div></div><div class="container">'
                f'<form action="{self.url("/search/")}" method="get"><input class="form-control" type="search" name="q" value="{self.e(q)}">'
                f'<button class="btn btn-primary" type="submit">Search</button></form><p>Popular searches:</p><ul class="list-inline">{popular}</ul>'
                f"{results}</div>")
        path = f"/search/?q={q}" if q else "/search/"
        return self.document(f"Search results for {q}" if q else "Search", path, main, "Search", [("Home", "/"), ("Search", "")], "searchPage")

    def simple(self, title: str, path: str, paragraphs) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        rte = f'<div class="rte">{body}</div>'
        main = (f'<div class="page-header"><div class="container"><h1 class="page-title">{self.e(title)}</h1></div></div>'
                f'<div class="umb-block-list">{self.component("rich-text", rte)}</div>')
        return self.document(title, path, main, paragraphs[0][:150], [("Home", "/"), (title, "")], "contentPage")
