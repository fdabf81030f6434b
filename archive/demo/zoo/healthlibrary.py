"""healthlibrary (held out): a US hospital system's website on Sitecore (ASP.NET WebForms layouts)
with a syndicated StayWell/Krames-style "Health Library" of licensed patient-education documents.

Modelled on real files and real addresses: ASP.NET WebForms page output as saved in
pmn4/reality-sports-proxy (``spec/data/LeagueHome.aspx.rb``, ``spec/data/RSOLanding.aspx.rb``: one
``<form name="aspnetForm" method="post" action="..." id="aspnetForm">`` around the whole page, the
``__EVENTTARGET`` / ``__EVENTARGUMENT`` / ``__VIEWSTATE`` hidden inputs, ``ctl00_ctl00_...`` client ids on
every server control, ``<head id="ctl00_Head1">``, ``href="javascript:__doPostBack('ctl00$...','')"``
link buttons); DataPager / GridView pagers whose page links are postbacks
(``javascript:__doPostBack('ctl00$PlaceHolderMain$ctl01$DataPagerArticles$ctl01$ctl03','')``, as scraped in
public crawlers of such sites, and ``'Page$2'`` GridView arguments); Sitecore SXA renderings
(sc-johanbecue/xmcloud-foundation-head ``src/sxastarter/src/components/RichText.tsx`` and the
PageContent / Container components: ``div.component.rich-text`` > ``div.component-content``); and the
URMC-style health-encyclopedia addresses that circulate in public repositories with their parameters in
both spellings (``content.aspx?ContentTypeID=85&ContentID=P00189`` and
``content?contenttypeid=85&contentid=p01409``), StayWell's "Online Medical Reviewer: Last, First, MD" and
"Date Last Reviewed: 3/1/2024" foot blocks and its copyright line.

The site ("Riverbend Health", ``<html lang="en">``) wraps every page in the WebForms form, an alert
banner (visitor policy, on every page), a mega menu, a "Find a Doctor" search box (a postback button),
a "Health Tools" sidebar, location cards, a OneTrust-like cookie banner and a long footer.

News (Sitecore items, lowercase dashed paths): ``/about-us/news/YYYY/MM/slug``; the title, "March 8,
2024 | By Ana Costa, MD" (co-authors "By A, MD, and B"), a share bar, the body in an SXA rich-text
component (YouTube players on video posts), a "Topic:" link, a media-contact box (a spokesperson, not an
author) and "Related Stories" (the article's Read Also). Some links carry Sitecore's ``sc_lang`` and
``sc_site`` parameters; every page names its clean ``rel=canonical``.

Health library documents: ``/health-library/content?contenttypeid=85&contentid=P00212`` (Spanish documents
``contenttypeid=3``); the server reads the parameters in any order and letter case (the A-Z index links
``?ContentTypeID=85&ContentID=P00212``, the site-wide "Popular in the Health Library" box
``?contentid=P00212&contenttypeid=85``); the page's ``rel=canonical`` is the lowercase form above. Each
document: the title, the body, then StayWell's foot block: "Author: Costa, Ana, MD" (last name first,
credentials after), one or two "Online Medical Reviewer: Okoro, Helen, MD, FACP" lines and "Date Last
Reviewed: 3/1/2024" (US month/day/year), the vendor copyright, and a "Related Items" block (other library
documents: the Read Also; and health tools, which are not articles). Some documents link a PDF patient
handout (``/-/media/riverbend/patient-handouts/slug.pdf``).

Truth decisions: a library document shows no other date than "Date Last Reviewed": that is the date of
the version on the page, its published date (as for the nhs family). Its authors are the "Author:" names
in first-last order without credentials; the first "Online Medical Reviewer" is its reviewer (never an
author). News carry their topic as their one category; neither kind shows tags. The language of Spanish
documents is Spanish although the site declares ``en`` everywhere and the vendor's labels stay English.

Listings: ``/about-us/news`` (the ten newest; its pager is postbacks only, ``Page$2``: a crawler cannot
and must not follow it), year filters ``?year=2024`` and topic filters ``?topic=heart-health`` (each one
page), the health library home ``/health-library/`` and its A-Z indexes ``/health-library/?letter=A``
... ``Z`` (empty letters say so), the Spanish library ``/health-library/espanol``. Pages: home, Find a
Doctor, locations, health tools (``contenttypeid=40``: calculators, not documents), visitor policy, about,
contact, privacy. ``/sitemap.xml`` lists news and pages (not the vendor's documents); ``robots.txt``.

The trap: the news filters are built by appending to the raw URL (``Request.RawUrl + "&year=2023"``): on
a filtered page every year and topic link adds a parameter (``?year=2024&year=2023&topic=cancer-care``
...), so filtered pages link ever longer filtered pages, forever.
"""
from __future__ import annotations

import hashlib
import html
import json
import string
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story, person, slugify
from .site import Response, ZooSite, long_date

SITE = "Riverbend Health"
XML = "application/xml; charset=utf-8"
NEWS = "/about-us/news"
LIBRARY = "/health-library/"
DOC = "/health-library/content"

ES_STORIES = (
    Story("es-hl1", "Cómo controlar la presión arterial en casa", "es", "article", "Corazón", ("Presión arterial",), (
        Block("p", "Medir la presión arterial en casa ayuda a su proveedor de atención médica a saber si el "
                   "tratamiento funciona. Use un monitor automático con un manguito del tamaño correcto para su brazo."),
        Block("h3", "Antes de medir"),
        Block("ul", items=("No fume ni tome café 30 minutos antes.", "Siéntese con la espalda apoyada y los pies en el piso.",
                           "Descanse cinco minutos en silencio.")),
        Block("p", "Tome dos lecturas con un minuto de diferencia, por la mañana y por la noche, y anótelas. "
                   "Lleve el registro a su próxima cita."),
        Block("p", "Llame al 911 si su presión es mayor de 180/120 y tiene dolor de pecho, falta de aire o "
                   "debilidad en un lado del cuerpo."))),
    Story("es-hl2", "La vacuna contra la gripe: preguntas frecuentes", "es", "article", "Vacunas", ("Gripe",), (
        Block("p", "La gripe es una infección de las vías respiratorias causada por un virus. La vacuna anual es la "
                   "mejor forma de protegerse a usted y a su familia."),
        Block("h3", "¿Quién debe vacunarse?"),
        Block("p", "Todas las personas de 6 meses de edad o más, con raras excepciones. Es muy importante para los "
                   "adultos mayores, las mujeres embarazadas y las personas con enfermedades crónicas."),
        Block("h3", "¿Cuándo debo vacunarme?"),
        Block("p", "Lo ideal es vacunarse a principios del otoño, antes de que el virus empiece a circular en su "
                   "comunidad. Aun así, vacunarse más tarde sigue siendo útil."))),
)

LOCATIONS = (("riverbend-medical-center", "Riverbend Medical Center", "2400 River Rd, Dayton, OH 45402", "Hospital"),
             ("northridge-family-medicine", "Northridge Family Medicine", "615 Needmore Rd, Dayton, OH 45414", "Primary Care"),
             ("kettering-urgent-care", "Kettering Urgent Care", "3100 Far Hills Ave, Kettering, OH 45429", "Urgent Care"))
TOOLS = (("BMICalculator", "Body Mass Index (BMI) Calculator", "Enter your height and weight to find your body mass index."),
         ("HeartRiskAssessment", "Heart Health Risk Assessment", "Answer 12 questions to learn your risk of heart disease."),
         ("DueDateCalculator", "Pregnancy Due Date Calculator", "Enter the first day of your last period to estimate your due date."))


def _id(key: str, n: int = 6) -> int:
    return int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % 10 ** n


class HealthLibrary(ZooSite):
    family = "healthlibrary"
    site_name = SITE
    declared_language = "en"
    per_page = 10
    ignore_query = False
    author_pages = False
    trap_patterns = (r"/about-us/news\?(?:[^#]*&)?(?:year|topic)=[^&]*&(?:[^#]*&)?(?:year|topic)=",)
    plan = Plan(seed="healthlibrary", count=40, languages=("en", "es"), authors=5, co_authors=0.15, reviewed=0.5,
                tz_hours=-5, related=(0, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._spanish = iter(ES_STORIES)
        self._doc_keys: dict[tuple[str, str], str] | None = None
        super().__init__(base_url)

    # -- entries -------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story, reviewer = entry.story, entry.reviewer
        if story.kind != "article":
            reviewer = None                       # video and short posts are news
        elif story.language == "en" and reviewer is not None and entry.index % 5 == 1:
            extra = next(self._spanish, None)     # the vendor's Spanish documents
            if extra is not None:
                story = extra
        if story.language == "es" and reviewer is None:
            reviewer = person(texts.REVIEWERS[entry.index % len(texts.REVIEWERS)])
        library = reviewer is not None
        return replace(entry, story=story, slug=slugify(story.title) if story.language == "es" else entry.slug,
                       reviewer=reviewer, tags=(), categories=() if library else (story.category,))

    def library(self, entry: Entry) -> bool:
        return entry.reviewer is not None

    def content_type(self, entry: Entry) -> str:
        return "3" if entry.story.language == "es" else "85"

    def content_id(self, entry: Entry) -> str:
        return f"{'S' if entry.story.language == 'es' else 'P'}{200 + entry.post_id:05d}"

    def second_reviewer(self, entry: Entry) -> Person | None:
        if entry.post_id % 3:
            return None
        others = [person(p) for p in texts.REVIEWERS if p[0] != entry.reviewer.name]
        return others[entry.post_id % len(others)]

    def handout(self, entry: Entry) -> str:
        return f"/-/media/riverbend/patient-handouts/{entry.slug[:40]}.pdf" if entry.post_id % 4 == 0 else ""

    # -- paths -------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        if self.library(entry):
            return f"{DOC}?contenttypeid={self.content_type(entry)}&contentid={self.content_id(entry)}"
        return f"{NEWS}/{entry.published:%Y/%m}/{entry.slug}"

    def az_link(self, entry: Entry) -> str:
        """The vendor's own spelling of a document's address (A-Z indexes)."""
        return f"{DOC}?ContentTypeID={self.content_type(entry)}&ContentID={self.content_id(entry)}"

    def popular_link(self, entry: Entry) -> str:
        return f"{DOC}?contentid={self.content_id(entry)}&contenttypeid={self.content_type(entry)}"

    def news_link(self, entry: Entry) -> str:
        """Editors' copied links carry Sitecore's language and site parameters."""
        path = self.post_path(entry)
        return path + "?sc_lang=en&sc_site=riverbend" if entry.post_id % 3 == 1 else path

    def home_path(self, n: int = 1) -> str:
        return NEWS

    def year_path(self, year: int) -> str:
        return f"{NEWS}?year={year}"

    def category_path(self, name: str, n: int = 1) -> str:
        return f"{NEWS}?topic={slugify(name)}"

    def letter_path(self, letter: str) -> str:
        return f"{LIBRARY}?letter={letter}"

    def page_path(self, slug: str) -> str:
        return {"about": "/about-us", "contact": "/contact-us", "start-here": "/patients-visitors",
                "privacy-policy": "/privacy-policy"}[slug]

    def tool_path(self, key: str) -> str:
        return f"{DOC}?contenttypeid=40&contentid={key}"

    def news(self) -> list[Entry]:
        return [e for e in self.newest if not self.library(e)]

    def docs(self) -> list[Entry]:
        return sorted((e for e in self.entries if self.library(e)), key=lambda e: e.title)

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Related Items lists other library documents in the same language; Related Stories other news."""
        lib = self.library(entry)
        return [o for o in self.related(entry) if self.library(o) == lib and o.story.language == entry.story.language]

    # -- routes ------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
        news = self.news()
        self.add(NEWS, "listing", lambda: self.news_listing("News", news[:self.per_page], NEWS, pages=-(-len(news) // self.per_page)))
        for year in sorted({e.published.year for e in news}):
            items = [e for e in news if e.published.year == year]
            self.add(self.year_path(year), "listing", lambda y=year, i=items: self.news_listing(f"News from {y}", i, self.year_path(y)))
        for name, items in self.groups("categories").items():
            self.add(self.category_path(name), "listing",
                     lambda n=name, i=items: self.news_listing(f"{n} News", i, self.category_path(n)))
        self.add(LIBRARY, "listing", self.library_home)
        for letter in string.ascii_uppercase:
            self.add(self.letter_path(letter), "listing", lambda x=letter: self.a_to_z(x))
        self.add("/health-library/espanol", "listing", self.spanish_index)
        for key, title, text in TOOLS:
            self.add(self.tool_path(key), "page", lambda k=key, t=title, x=text: self.render_tool(k, t, x))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.render_page(s, t, p))
        self.add("/patients-visitors/visitor-policy", "page", self.visitor_policy)
        self.add("/", "page", self.landing)
        self.add("/find-a-doctor", "page", self.find_a_doctor)
        self.add("/locations", "page", self.locations_index)
        for slug, name, address, kind in LOCATIONS:
            self.add(f"/locations/{slug}", "page", lambda s=slug, n=name, a=address, k=kind: self.render_location(s, n, a, k))
        for entry in self.entries:
            if self.library(entry) and self.handout(entry):
                pdf = f"%PDF-1.4\n% {entry.story.key} patient handout\n%%EOF\n".encode()
                self.routes[self.handout(entry)] = ("other", lambda b=pdf: Response(200, "application/pdf", b))
        self.add("/sitemap.xml", "other", self.site_map, XML)

    def route_key(self, target: str) -> str | None:
        """Sitecore drops ``sc_lang`` / ``sc_site``; the library reads its parameters in any order and case."""
        parts = urlsplit(target)
        path = parts.path or "/"
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                  if k.lower() not in ("sc_lang", "sc_site")]
        if path.lower() == DOC:
            if self._doc_keys is None:
                self._doc_keys = {}
                for key in self.routes:
                    if key.startswith(DOC + "?"):
                        q = dict(parse_qsl(urlsplit(key).query))
                        self._doc_keys[(q["contenttypeid"], q["contentid"].lower())] = key
            q = {k.lower(): v for k, v in params}
            if set(q) != {"contenttypeid", "contentid"}:
                return None
            return self._doc_keys.get((q["contenttypeid"], q["contentid"].lower()))
        full = f"{path}?{urlencode(params)}" if params else path
        return full if full in self.routes else None

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path != NEWS:
            return None
        params = parse_qsl(parts.query)
        topics = {slugify(c) for c in self.groups("categories")}
        if (len(params) < 2 or any(k not in ("year", "topic") for k, _ in params)
                or any(k == "year" and not (v.isdigit() and len(v) == 4) for k, v in params)
                or any(k == "topic" and v not in topics for k, v in params)):
            return None
        year = next((int(v) for k, v in reversed(params) if k == "year"), None)
        topic = next((v for k, v in reversed(params) if k == "topic"), None)
        items = [e for e in self.news() if (year is None or e.published.year == year)
                 and (topic is None or topic in map(slugify, e.categories))]
        return Response(200, self.html_type, self.encode(self.news_listing("News", items, f"{NEWS}?{parts.query}")))

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /sitecore/\nDisallow: /sitecore modules/\nDisallow: /api/\n"
                "Disallow: /search-results\n\n" f"Sitemap: {self.url('/sitemap.xml')}\n")

    def site_map(self) -> str:
        rows = [f"<url><loc>{self.e(self.url(self.post_path(e)))}</loc><lastmod>{e.published:%Y-%m-%d}</lastmod>"
                "<changefreq>monthly</changefreq><priority>0.5</priority></url>" for e in self.news()]
        pages = ["/", NEWS, LIBRARY, "/find-a-doctor", "/locations", *[f"/locations/{s}" for s, *_ in LOCATIONS],
                 *[self.page_path(s) for s in texts.EVERGREEN], "/patients-visitors/visitor-policy"]
        rows += [f"<url><loc>{self.e(self.url(p))}</loc><changefreq>weekly</changefreq><priority>0.8</priority></url>" for p in pages]
        return '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(rows) + "</urlset>"

    # -- the WebForms frame ----------------------------------------------------------------------------------

    def viewstate(self, key: str, size: int = 12) -> str:
        import base64
        raw = b"".join(hashlib.sha256(f"{key}:{i}".encode()).digest() for i in range(size))
        return base64.b64encode(raw).decode()

    def mega_menu(self) -> str:
        cols = (
            ("Find Care", [("/find-a-doctor", "Find a Doctor"), ("/locations", "Locations"),
                           ("/locations/kettering-urgent-care", "Urgent Care"), ("/locations/riverbend-medical-center", "Emergency Care")]),
            ("Patients &amp; Visitors", [(self.page_path("start-here"), "Patients &amp; Visitors"),
                                         ("/patients-visitors/visitor-policy", "Visitor Policy"), (LIBRARY, "Health Library"),
                                         (self.tool_path("BMICalculator"), "Health Tools")]),
            ("About Us", [(self.page_path("about"), "About Riverbend Health"), (NEWS, "News"),
                          (self.page_path("contact"), "Contact Us")]),
        )
        items = []
        for i, (label, links) in enumerate(cols):
            lis = "".join(f'<li><a id="ctl00_ucHeader_rptMega_ctl{i:02d}_rptLinks_ctl{k:02d}_lnk" href="{self.url(p)}'
                          f'{"?sc_lang=en" if p == NEWS else ""}">{t}</a></li>' for k, (p, t) in enumerate(links))
            items.append(f'<li class="mega-menu__item has-children"><a href="#" class="mega-menu__toggle" aria-expanded="false">{label}</a>'
                         f'<div class="mega-menu__panel"><div class="mega-menu__col"><ul>{lis}</ul></div>'
                         '<div class="mega-menu__promo"><p>Schedule a visit online with MyChart.</p>'
                         '<a href="https://mychart.riverbendhealth.example/MyChart/">Log in to MyChart</a></div></div></li>')
        return f'<nav id="ctl00_ucHeader_navMega" class="mega-menu" aria-label="Main"><ul class="mega-menu__list">{"".join(items)}</ul></nav>'

    def find_box(self, where: str) -> str:
        return (f'<div id="ctl00_{where}_ucFindADoctor_pnlSearch" class="find-doctor-box" onkeypress="javascript:return WebForm_FireDefaultButton(event, '
                f'&#39;ctl00_{where}_ucFindADoctor_btnSearch&#39;)"><h2>Find a Doctor</h2>'
                f'<label for="ctl00_{where}_ucFindADoctor_txtKeyword">Name, specialty or condition</label>'
                f'<input name="ctl00${where}$ucFindADoctor$txtKeyword" type="text" id="ctl00_{where}_ucFindADoctor_txtKeyword" class="form-control" />'
                f'<input type="submit" name="ctl00${where}$ucFindADoctor$btnSearch" value="Search" id="ctl00_{where}_ucFindADoctor_btnSearch" class="btn btn-primary" />'
                f'<a id="ctl00_{where}_ucFindADoctor_lnkAdvanced" href="{self.url("/find-a-doctor")}">Advanced search</a></div>')

    def health_tools(self) -> str:
        rows = "".join(f'<li><a id="ctl00_SideContent_ucHealthTools_rptTools_ctl{i:02d}_lnkTool" href="{self.url(self.tool_path(k))}">{t}</a></li>'
                       for i, (k, t, _) in enumerate(TOOLS))
        return (f'<div id="ctl00_SideContent_ucHealthTools_pnlTools" class="sidebar-box health-tools"><h2>Health Tools</h2><ul>{rows}</ul>'
                f'<a href="{self.url(LIBRARY)}" class="more">Visit the Health Library</a></div>')

    def popular_docs(self) -> str:
        docs = [e for e in self.docs() if e.story.language == "en"][:5]
        rows = "".join(f'<li><a href="{self.e(self.url(self.popular_link(o)))}">{self.e(o.title)}</a></li>' for o in docs)
        return f'<div id="ctl00_SideContent_ucPopular_pnlPopular" class="sidebar-box popular-library"><h2>Popular in the Health Library</h2><ul>{rows}</ul></div>'

    def location_cards(self) -> str:
        cards = "".join(
            f'<div class="location-card col-md-4"><div class="location-card__type">{kind}</div>'
            f'<h3 class="location-card__name"><a href="{self.url(f"/locations/{slug}")}">{name}</a></h3>'
            f'<p class="location-card__address">{address}</p><p class="location-card__phone">(937) 555-01{i}0</p>'
            f'<a class="location-card__directions" href="https://www.google.com/maps/dir/?api=1&amp;destination={self.e(address)}">Get directions</a></div>'
            for i, (slug, name, address, kind) in enumerate(LOCATIONS))
        return f'<section class="component location-cards"><div class="component-content"><h2>Locations near you</h2><div class="row">{cards}</div></div></section>'

    def document(self, title: str, path: str, main: str, head: str = "", side: str = "", body_class: str = "") -> str:
        action = self.e(path.split("?")[0].rsplit("/", 1)[-1] or "default.aspx") + (self.e("?" + path.split("?", 1)[1]) if "?" in path else "")
        layout = (f'<div class="row"><div class="col-md-8 main-column">{main}</div><aside class="col-md-4 side-column">{side}</aside></div>'
                  if side else main)
        return f"""<!DOCTYPE html>
<html lang="en">
<head id="ctl00_Head1"><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{self.e(title)}
</title>{head}<link href="/assets/riverbend/css/main.min.css?v=8.2.1" rel="stylesheet" type="text/css" /><link rel="icon" href="/favicon.ico" />
<script src="/assets/riverbend/js/vendor/jquery-3.6.0.min.js"></script>
</head>
<body id="ctl00_body" class="{body_class}">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept Cookies</button></div></div></div></div>
<form name="aspnetForm" method="post" action="{action}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(path)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDmn0Hj3D5fY0&amp;t=638285885964787378" type="text/javascript"></script>
<div id="ctl00_ucAlertBanner_pnlAlert" class="alert-banner alert-banner--warning" role="alert"><div class="container">
<p><strong>Visitor policy update:</strong> Masks are required in all patient care areas during respiratory virus season. Two visitors per patient; children under 12 may not visit inpatient units. <a id="ctl00_ucAlertBanner_lnkAlert" href="{self.url('/patients-visitors/visitor-policy')}">Read the current visitor policy</a></p>
<a id="ctl00_ucAlertBanner_lnkDismiss" class="alert-banner__close" href="javascript:__doPostBack('ctl00$ucAlertBanner$lnkDismiss','')">Dismiss</a></div></div>
<header id="ctl00_ucHeader_header" class="site-header"><div class="container">
<div class="utility-nav"><a href="tel:9375550100">(937) 555-0100</a> <a href="https://mychart.riverbendhealth.example/MyChart/">MyChart</a> <a href="{self.url('/careers')}" rel="nofollow">Careers</a> <a href="https://give.riverbendhealth.example/">Give</a></div>
<a id="ctl00_ucHeader_lnkLogo" class="site-logo" href="{self.url('/')}"><img src="/-/media/riverbend/logos/riverbend-health-logo.svg" alt="{SITE}" /></a>
{self.mega_menu()}
<div id="ctl00_ucHeader_pnlSearch" class="site-search"><input name="ctl00$ucHeader$txtSearch" type="text" id="ctl00_ucHeader_txtSearch" placeholder="Search" /><input type="submit" name="ctl00$ucHeader$btnSearch" value="Go" id="ctl00_ucHeader_btnSearch" /></div>
</div></header>
<main id="ctl00_main" class="site-main"><div class="container">
{layout}
</div></main>
<footer id="ctl00_ucFooter_footer" class="site-footer"><div class="container"><div class="row">
<div class="col-md-3"><h2>{SITE}</h2><p>2400 River Rd<br />Dayton, OH 45402</p><p>(937) 555-0100</p></div>
<div class="col-md-3"><h2>Patients</h2><ul><li><a href="{self.url('/find-a-doctor')}">Find a Doctor</a></li><li><a href="{self.url('/locations')}">Locations</a></li><li><a href="{self.url(LIBRARY)}">Health Library</a></li><li><a href="https://pay.riverbendhealth.example/">Pay a Bill</a></li></ul></div>
<div class="col-md-3"><h2>About</h2><ul><li><a href="{self.url(self.page_path('about'))}">About Us</a></li><li><a href="{self.url(NEWS)}">News</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact Us</a></li></ul></div>
<div class="col-md-3"><h2>Stay connected</h2><div id="ctl00_ucFooter_ucNewsletter_pnlNewsletter" class="newsletter"><p>Get healthy living tips in your inbox every month.</p><input name="ctl00$ucFooter$ucNewsletter$txtEmail" type="email" id="ctl00_ucFooter_ucNewsletter_txtEmail" placeholder="Email address" /><input type="submit" name="ctl00$ucFooter$ucNewsletter$btnSubscribe" value="Subscribe" id="ctl00_ucFooter_ucNewsletter_btnSubscribe" /></div></div>
</div>
<div class="footer-bottom"><p>&copy; 2024 {SITE}. All rights reserved. | <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a> | <a href="{self.url(self.page_path('privacy-policy'))}?sc_lang=en#nondiscrimination">Nondiscrimination Notice</a> | <a href="{self.url('/sitemap.xml')}">Site Map</a></p></div>
</div></footer>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hashlib.md5(path.encode()).hexdigest()[:8].upper()}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{self.viewstate('ev' + path, 3)}" />
</div>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {{ return true; }}
//]]>
</script>
</form>
</body>
</html>"""

    def head(self, title: str, path: str, description: str = "", og_type: str = "website") -> str:
        url = self.url(path)
        return (f'<link rel="canonical" href="{self.e(url)}" /><meta name="description" content="{self.e(description)}" />'
                f'<meta property="og:title" content="{self.e(title)}" /><meta property="og:type" content="{og_type}" />'
                f'<meta property="og:url" content="{self.e(url)}" /><meta property="og:site_name" content="{SITE}" />'
                '<meta name="twitter:card" content="summary_large_image" />')

    def breadcrumb(self, trail: list[tuple[str, str]]) -> str:
        items = "".join(f'<li class="breadcrumb-item"><a href="{self.e(self.url(p))}">{self.e(t)}</a></li>' if p else
                        f'<li class="breadcrumb-item active" aria-current="page">{self.e(t)}</li>' for t, p in trail)
        return f'<nav class="component breadcrumb" aria-label="breadcrumb"><div class="component-content"><ol>{items}</ol></div></nav>'

    # -- articles ----------------------------------------------------------------------------------------------

    def byline_names(self, people) -> str:
        shown = [p.display for p in people]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + ", and " + shown[-1]

    def last_first(self, p: Person) -> str:
        first, _, last = p.name.rpartition(" ")
        return ", ".join((f"{last}, {first}", *p.credentials))

    def share(self, entry: Entry) -> str:
        url = self.e(self.url(self.post_path(entry)))
        return (f'<div class="share-bar"><span>Share</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a>'
                f'<a href="https://twitter.com/intent/tweet?url={url}" target="_blank">X</a><a href="mailto:?subject={self.e(entry.title)}&amp;body={url}">Email</a>'
                '<a href="javascript:window.print();">Print</a></div>')

    def render_article(self, entry: Entry) -> str:
        return self.render_doc(entry) if self.library(entry) else self.render_news(entry)

    def render_news(self, entry: Entry) -> str:
        path = self.post_path(entry)
        topic = entry.categories[0]
        ph = "ctl00_ContentPlaceHolder1_ucNewsDetail"
        related = self.shown_related(entry)
        rel = ""
        if related:
            rows = "".join(f'<li><a href="{self.e(self.url(self.news_link(o)))}">{self.e(o.title)}</a>'
                           f'<span class="date">{long_date(o.published)}</span></li>' for o in related)
            rel = f'<div id="{ph}_pnlRelated" class="component related-stories"><div class="component-content"><h2>Related Stories</h2><ul>{rows}</ul></div></div>'
        main = (self.breadcrumb([("Home", "/"), ("About Us", "/about-us"), ("News", NEWS), (entry.title, "")])
                + f'<div id="{ph}_pnlArticle" class="news-detail">'
                f'<h1 id="{ph}_lblTitle" class="news-detail__title">{self.e(entry.title)}</h1>'
                f'<div class="news-detail__meta"><span id="{ph}_lblDate" class="news-date">{long_date(entry.published)}</span> | '
                f'<span id="{ph}_lblAuthor" class="news-author">By {self.e(self.byline_names(entry.authors))}</span></div>'
                + self.share(entry)
                + f'<div class="component rich-text"><div class="component-content" id="{ph}_divBody">{self.body_html(entry)}</div></div>'
                f'<div class="news-detail__topic">Topic: <a id="{ph}_lnkTopic" href="{self.e(self.url(self.category_path(topic)))}">{self.e(topic)}</a></div>'
                f'<div id="{ph}_pnlMediaContact" class="media-contact"><h2>Media Contact</h2><p>Karen Whitfield, Public Relations<br />'
                '(937) 555-0148 | <a href="mailto:media@riverbendhealth.example">media@riverbendhealth.example</a></p></div>'
                f'<a id="{ph}_lnkBack" class="back-link" href="{self.url(NEWS)}">Back to News</a></div>')
        side = rel + self.find_box("SideContent") + self.health_tools() + self.popular_docs()
        title = f"{entry.title} | {SITE}"
        head = self.head(entry.title, path, self.teaser(entry, 24), "article")
        return self.document(title, path, main, head, side, "news-detail-page")

    def render_doc(self, entry: Entry) -> str:
        path = self.post_path(entry)
        ph = "ctl00_ContentPlaceHolder1_ucKramesContent"
        es = entry.story.language == "es"
        reviewers = [entry.reviewer, *([r] if (r := self.second_reviewer(entry)) else [])]
        foot = (f'<div class="Reviewers"><div class="Author">Author: {self.e("; ".join(self.last_first(a) for a in entry.authors))}</div>'
                + "".join(f'<div class="OnlineMedicalReviewer">Online Medical Reviewer: {self.e(self.last_first(r))}</div>' for r in reviewers)
                + f'<div class="DateLastReviewed">Date Last Reviewed: {entry.published.month}/{entry.published.day}/{entry.published.year}</div></div>'
                '<div class="Copyright">&copy; 2000-2024 The StayWell Company, LLC. All rights reserved. This information is not intended as a '
                "substitute for professional medical care. Always follow your healthcare professional's instructions.</div>")
        pdf = self.handout(entry)
        handout = (f'<p class="handout"><a href="{self.url(pdf)}" target="_blank">Download this patient handout (PDF)</a></p>' if pdf else "")
        related = self.shown_related(entry)
        items = ""
        if related:
            docs = "".join(f'<li><a href="{self.e(self.url(self.post_path(o)))}">{self.e(o.title)}</a></li>' for o in related)
            tools = "".join(f'<li><a href="{self.e(self.url(self.tool_path(k)))}">{t}</a></li>' for k, t, _ in TOOLS[:1 + entry.post_id % 2])
            items = (f'<div id="{ph}_pnlRelatedItems" class="RelatedItems"><h2>Related Items</h2>'
                     f'<h3>{"Biblioteca de salud" if es else "Health Library"}</h3><ul class="RelatedItemsList">{docs}</ul>'
                     + ("" if es else f'<h3>Health Tools</h3><ul class="RelatedItemsList">{tools}</ul>') + "</div>")
        trail = [("Home", "/"), ("Health Library", LIBRARY)] + ([("Biblioteca de salud en español", "/health-library/espanol")] if es else []) + [(entry.title, "")]
        main = (self.breadcrumb(trail)
                + f'<div id="{ph}_pnlContent" class="krames-content ContentTypeId{self.content_type(entry)}">'
                f'<h1 id="{ph}_lblTitle" class="DocumentTitle">{self.e(entry.title)}</h1>'
                f'<div id="{ph}_divBody" class="DocumentBody">{self.body_html(entry)}</div>'
                + handout + foot + "</div>" + items)
        side = self.find_box("SideContent") + self.health_tools() + self.popular_docs() + self.location_cards()
        title = f"{entry.title} | Health Library | {SITE}"
        head = self.head(entry.title, path, self.teaser(entry, 24))
        return self.document(title, path, main, head, side, "health-library-page")

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "h2" and self.library(entry):
            return f"<h3>{self.inline(block.text)}</h3>"     # the vendor's subheads
        if block.kind == "figure":                            # Sitecore's media library
            src = "/-/media/riverbend/" + ("library/" if self.library(entry) else "news/") + block.text.rsplit("/", 1)[-1]
            return f'<img src="{self.e(src)}" alt="{self.e(block.items[0])}" />'
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="component video"><div class="component-content"><div class="video-wrapper">'
                f'<iframe width="560" height="315" src="{self.e(src)}" title="{self.e(entry.title)}" frameborder="0" '
                'allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div></div></div>')

    # -- listings ----------------------------------------------------------------------------------------------

    def filters(self, current: str) -> str:
        """Year and topic filters; on a filtered page each link appends to the raw URL (the trap)."""
        def link(param: str, value: str) -> str:
            return f"{current}&{param}={value}" if "?" in current else f"{NEWS}?{param}={value}"
        years = sorted({e.published.year for e in self.news()}, reverse=True)
        ys = "".join(f'<li><a href="{self.e(self.url(link("year", str(y))))}">{y}</a></li>' for y in years)
        ts = "".join(f'<li><a href="{self.e(self.url(link("topic", slugify(t))))}">{self.e(t)}</a></li>'
                     for t in sorted(self.groups("categories")))
        return (f'<div id="ctl00_SideContent_ucNewsFilters_pnlFilters" class="sidebar-box news-filters"><h2>Filter news</h2>'
                f'<h3>By year</h3><ul>{ys}</ul><h3>By topic</h3><ul>{ts}</ul>'
                f'<a href="{self.url(NEWS)}" class="clear">Clear filters</a></div>')

    def news_listing(self, heading: str, items: list[Entry], path: str, pages: int = 1) -> str:
        rows = "".join(
            f'<div class="news-list__item"><div class="news-list__date">{long_date(o.published)}</div>'
            f'<h2 class="news-list__title"><a id="ctl00_ContentPlaceHolder1_ucNewsList_lvNews_ctrl{i}_lnkTitle" href="{self.e(self.url(self.news_link(o)))}">{self.e(o.title)}</a></h2>'
            f'<p class="news-list__summary">{self.e(self.teaser(o, 26))}</p></div>' for i, o in enumerate(items))
        if not rows:
            rows = '<p class="no-results">No news stories match your filters.</p>'
        pager = ""
        if pages > 1:
            links = "".join(f'<span class="current">1</span>' if k == 1 else
                            f'<a href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$ucNewsList$dpNews$ctl01$ctl{k - 1:02d}&#39;,&#39;&#39;)">{k}</a>'
                            for k in range(1, pages + 1))
            pager = (f'<div id="ctl00_ContentPlaceHolder1_ucNewsList_pnlPager" class="pager">{links}'
                     "<a href=\"javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$ucNewsList$gvNews&#39;,&#39;Page$2&#39;)\">Next &gt;</a></div>")
        main = (self.breadcrumb([("Home", "/"), ("About Us", "/about-us"), ("News", "")])
                + f'<h1 id="ctl00_ContentPlaceHolder1_lblHeading">{self.e(heading)}</h1>'
                + f'<div id="ctl00_ContentPlaceHolder1_ucNewsList_pnlList" class="news-list">{rows}</div>' + pager)
        side = self.filters(path) + self.find_box("SideContent") + self.health_tools()
        canonical = path if "&" not in path else NEWS
        return self.document(f"{heading} | {SITE}", path, main, self.head(heading, canonical), side, "news-list-page")

    def letters(self, current: str | None) -> str:
        return ('<ul class="AtoZ">' + "".join(f'<li class="active">{x}</li>' if x == current else
                                             f'<li><a href="{self.url(self.letter_path(x))}">{x}</a></li>' for x in string.ascii_uppercase)
                + "</ul>")

    def library_home(self) -> str:
        main = (self.breadcrumb([("Home", "/"), ("Health Library", "")]) + '<h1>Health Library</h1>'
                '<div class="component rich-text"><div class="component-content"><p>Browse thousands of articles on diseases, conditions, '
                'tests, procedures and healthy living, reviewed by medical professionals.</p></div></div>'
                f'<h2>Browse A-Z</h2>{self.letters(None)}'
                f'<p><a href="{self.url("/health-library/espanol")}">Biblioteca de salud en español</a></p>')
        side = self.find_box("SideContent") + self.health_tools() + self.popular_docs()
        return self.document(f"Health Library | {SITE}", LIBRARY, main, self.head("Health Library", LIBRARY), side, "health-library-page")

    def doc_list(self, docs: list[Entry]) -> str:
        return ('<ul class="ContentList">' + "".join(f'<li><a href="{self.e(self.url(self.az_link(o)))}">{self.e(o.title)}</a></li>' for o in docs)
                + "</ul>")

    def a_to_z(self, letter: str) -> str:
        docs = [o for o in self.docs() if o.story.language == "en" and o.title[:1].upper() == letter]
        listing = self.doc_list(docs) if docs else f'<p class="NoResults">There are no documents beginning with {letter}.</p>'
        main = (self.breadcrumb([("Home", "/"), ("Health Library", LIBRARY), (letter, "")])
                + f'<h1>Health Library: {letter}</h1>{self.letters(letter)}{listing}')
        path = self.letter_path(letter)
        return self.document(f"Health Library - {letter} | {SITE}", path, main, self.head(f"Health Library - {letter}", path),
                             self.health_tools(), "health-library-page")

    def spanish_index(self) -> str:
        docs = [o for o in self.docs() if o.story.language == "es"]
        main = (self.breadcrumb([("Home", "/"), ("Health Library", LIBRARY), ("Biblioteca de salud en español", "")])
                + f'<h1>Biblioteca de salud en español</h1>{self.doc_list(docs)}')
        path = "/health-library/espanol"
        return self.document(f"Biblioteca de salud en español | {SITE}", path, main, self.head("Biblioteca de salud", path),
                             self.health_tools(), "health-library-page")

    # -- pages ----------------------------------------------------------------------------------------------

    def simple(self, title: str, path: str, inner: str, side: bool = True) -> str:
        main = (self.breadcrumb([("Home", "/"), (title, "")]) + f'<h1>{self.e(title)}</h1>'
                f'<div class="component rich-text"><div class="component-content">{inner}</div></div>')
        return self.document(f"{title} | {SITE}", path, main, self.head(title, path),
                             self.find_box("SideContent") + self.health_tools() if side else "", "content-page")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        return self.simple(title, self.page_path(slug), "".join(f"<p>{self.e(p)}</p>" for p in paragraphs))

    def visitor_policy(self) -> str:
        return self.simple("Visitor Policy", "/patients-visitors/visitor-policy", (
            "<p>Two visitors may be with a patient at a time. Visitors must be 12 or older on inpatient units.</p>"
            "<p>Masks are required in all patient care areas during respiratory virus season. Visitors with symptoms of illness "
            "should stay home.</p><h2>Visiting hours</h2><ul><li>General units: 8 a.m. to 9 p.m.</li><li>Intensive care: "
            "by arrangement with the care team</li></ul>"))

    def render_tool(self, key: str, title: str, text: str) -> str:
        path = self.tool_path(key)
        inner = (f'<div class="krames-tool" id="ctl00_ContentPlaceHolder1_ucKramesTool_pnlTool"><p>{text}</p>'
                 f'<input name="ctl00$ContentPlaceHolder1$ucKramesTool$txtA" type="text" id="ctl00_ContentPlaceHolder1_ucKramesTool_txtA" />'
                 f'<input type="submit" name="ctl00$ContentPlaceHolder1$ucKramesTool$btnCalculate" value="Calculate" '
                 f'id="ctl00_ContentPlaceHolder1_ucKramesTool_btnCalculate" /></div>')
        return self.document(f"{title} | Health Library | {SITE}", path,
                             self.breadcrumb([("Home", "/"), ("Health Library", LIBRARY), (title, "")]) + f"<h1>{title}</h1>" + inner,
                             self.head(title, path), self.health_tools(), "health-library-page")

    def landing(self) -> str:
        latest = "".join(f'<div class="news-card col-md-4"><div class="news-card__date">{long_date(o.published)}</div>'
                         f'<h3><a href="{self.e(self.url(self.news_link(o)))}">{self.e(o.title)}</a></h3></div>' for o in self.news()[:3])
        main = ('<section class="component hero"><div class="component-content"><h1>Care that comes to you</h1>'
                "<p>Primary care, specialists and three hospitals across the Miami Valley.</p>"
                f'<a class="btn" href="{self.url("/find-a-doctor")}">Find a Doctor</a> <a class="btn" href="{self.url("/locations")}">Find a Location</a></div></section>'
                + self.find_box("ContentPlaceHolder1") + self.location_cards()
                + f'<section class="component latest-news"><div class="component-content"><h2>Latest News</h2><div class="row">{latest}</div>'
                f'<a href="{self.url(NEWS)}">All news</a></div></section>'
                f'<section class="component library-promo"><div class="component-content"><h2>Health Library</h2><p>Trusted health information, '
                f'reviewed by medical professionals.</p><a href="{self.url(LIBRARY)}">Visit the Health Library</a></div></section>')
        return self.document(f"{SITE} | Hospitals and Doctors in the Miami Valley", "/", main, self.head(SITE, "/"), "", "home-page")

    def find_a_doctor(self) -> str:
        inner = ('<p>Search more than 900 primary care doctors and specialists. Filter by specialty, location, language and '
                 'insurance, and book many appointments online.</p>') + self.find_box("ContentPlaceHolder1")
        return self.simple("Find a Doctor", "/find-a-doctor", inner, side=False)

    def locations_index(self) -> str:
        return self.simple("Locations", "/locations", "<p>Find a hospital, urgent care or doctor's office near you.</p>"
                           + self.location_cards(), side=False)

    def render_location(self, slug: str, name: str, address: str, kind: str) -> str:
        ld = {"@context": "https://schema.org", "@type": "Hospital" if kind == "Hospital" else "MedicalClinic", "name": name,
              "address": address, "telephone": "(937) 555-0100"}
        path = f"/locations/{slug}"
        main = (self.breadcrumb([("Home", "/"), ("Locations", "/locations"), (name, "")]) + f"<h1>{name}</h1>"
                f'<div class="component rich-text"><div class="component-content"><p>{address}</p><p>Open 24 hours for emergency care. '
                "Free parking in the visitor garage. Services include imaging, laboratory, primary care and physical therapy.</p>"
                "<h2>Hours</h2><ul><li>Monday to Friday: 7 a.m. to 8 p.m.</li><li>Saturday and Sunday: 8 a.m. to 4 p.m.</li></ul></div></div>")
        head = self.head(name, path) + f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        return self.document(f"{name} | {SITE}", path, main, head, self.find_box("SideContent"), "location-page")
