"""sharepoint (held out): a US state health department's public site on SharePoint Server 2016/2019
publishing, with a Spanish variation, modelled on SharePoint's own publishing files and on public
copies of them:

- the out-of-box page layouts: a public copy of ``ArticleLeft.aspx`` (``div.article.article-left`` >
  ``div.captioned-image`` with the ``PublishingPageImage`` RichImageField and its
  ``PublishingImageCaption``, ``div.article-header`` > ``div.date-line`` (the ``ArticleStartDate``
  DateTimeField) + ``div.by-line`` (the ``ArticleByLine`` TextField), ``div.article-content`` with the
  ``PublishingPageContent`` RichHtmlField, the ``PublishingRollupImage`` only in an EditModePanel);
  ``ArticleLinks.aspx``'s SummaryLinkFieldControl (the "Related Links" a release's editor picks) and the
  "body only" ``PageFromDocLayout.aspx`` (``div.article.article-body``) for health topic pages;
  phillipharding/sp2013-features ``FEATURES/PublishingLayouts/PageLayouts/WelcomeTOC.aspx`` (a
  PublishingLayoutPage: ``PlaceHolderPageTitleInTitleArea``, the ``ListSiteMapPath`` breadcrumb with
  ``s4-breadcrumb*`` classes, ``WebPartZone`` columns); pnp/pnpframework
  ``src/lib/PnP.Framework.Modernization.Test/Provision/SitePages/WPP_Blank.aspx`` (``<meta
  name="GENERATOR" content="Microsoft SharePoint">``, ``ProgId``, ``CollaborationServer`` metas);
- seattle.master as rendered (public saved pages and custom masters that keep its skeleton, e.g.
  the ones found by ``id="s4-bodyContainer"``: ``<form method="post" action="./Article.aspx"
  id="aspnetForm">`` around the whole page with the ``aspNetHidden`` inputs ``__REQUESTDIGEST``,
  ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR``, ``__EVENTVALIDATION``; ``#s4-ribbonrow``;
  ``#s4-workspace.ms-core-overlay`` > ``#s4-bodyContainer`` > ``#s4-titlerow`` (site icon,
  ``ms-breadcrumb-top`` top navigation ``ms-core-listMenu-horizontalBox``, ``h1#pageTitle`` >
  ``span#DeltaPlaceHolderPageTitleInTitleArea``, the ``SmallSearchInputBox`` posting to
  ``/_layouts/15/osssearchresults.aspx?k=``) > ``#contentRow`` > ``#sideNavBox`` (the quick launch
  ``ms-core-listMenu-verticalBox``, on every page) + ``#contentBox`` > ``#DeltaPlaceHolderMain``);
- the RTE's own output: ``div.ms-rtestate-field`` wrappers with ``_ControlWrapper_RichHtmlField`` ids,
  ``h2.ms-rteElement-H2B`` / ``h3.ms-rteElement-H3B`` headings, ``ms-rteStyle-*`` spans,
  ``ms-rteElement-Callout1`` quotes, zero-width-space paragraphs, pasted embed code in
  ``div.ms-rte-embedcode.ms-rte-embedil``; Content Query Web Part output (``div.cbq-layout-main`` >
  ``ul.dfwp-column.dfwp-list`` > ``li.dfwp-item``) and the XSLT list view web part
  (``table.ms-listviewtable``, ``td.ms-vb2``, the ``ms-bottompaging`` pager "11 - 20").

The site ("Westbrook State Department of Health", site collection at the root, English at the root
and a Spanish variation under ``/es/``):
- News releases (``/news/Pages/2024-03-12-slug.aspx``; Spanish ``/es/noticias/Pages/...``): articles.
  ArticleLeft layout; the title in ``h1#pageTitle``; the date in ``div.date-line`` as SharePoint's
  short date ``3/12/2024`` (the Spanish variation runs es-US, whose short date is also M/D/YYYY);
  the ``by-line`` is empty: a department speaks, no person signs (authors: none). The release's rich
  text starts with the lines editors type: "FOR IMMEDIATE RELEASE", the date line, "Contact: Press
  Office, (555) 555-0100" (Spanish: "PARA PUBLICACIÓN INMEDIATA", "Contacto: Oficina de Prensa") and
  ends with "###"; those are the release's header and end mark, not its text (the truth body is the
  text between them). One topic per release (a managed-metadata "Topic" field shown as "Topic:" with a
  link to the news list filtered on it): its category; no tags. The Read Also is the "Related Links"
  summary links, minus the PDF fact sheets and external (CDC) links editors put there too. A
  right-hand web part zone holds a site-wide "Latest News" CQWP, a GovDelivery sign-up box and a
  media-contacts box; an AddThis share bar, a cookie notice.
- Health topic pages (``/diseases/Pages/Measles.aspx``): PageFromDocLayout, "Last updated: 3/12/2024",
  evergreen reference text with PDF fact sheets: pages, not articles (nothing was published on a
  date; the department keeps the page current), like the index ``/diseases/Pages/default.aspx``,
  the welcome pages ``/Pages/default.aspx`` and ``/es/Pages/default.aspx`` and the standing pages
  ``/Pages/about.aspx`` etc. ``/`` answers 302 to ``/Pages/default.aspx``, as SharePoint does.
- Listings: the news list web part (``/news/Pages/default.aspx`` and the Spanish one, 10 rows, newest
  first) and its topic filters (``?FilterField1=ArticleTopic&FilterValue1=TOPIC``), and the Pages
  library's list view ``/news/Pages/Forms/AllItems.aspx`` left open to anonymous users.
- Other: PDFs in ``/Documents/``, ``/sitemap.xml`` and ``/robots.txt`` of the "Search Engine Sitemap"
  feature (``/_layouts/``, ``/_vti_bin/``, ``/_catalogs/`` disallowed), the list RSS at
  ``/_layouts/15/listfeed.aspx?List=...`` (disallowed). Sign-in, site contents and search are under
  ``/_layouts/15/``. The ribbon's Browse tab (``?InitialTabId=Ribbon.Read``) and the site actions'
  shared view (``?PageView=Shared``) are query variants of the page itself.

The trap (modelled, no file copied): the news list's pager writes its links as the current URL's
query plus ``&Paged=TRUE&p_ArticleStartDate=...&p_ID=N&PageFirstRow=K&View=%7b...%7d`` (and
``PagedPrev=TRUE`` for the previous page); SharePoint reads the last value of each parameter, so
from page 2 on every Next/Previous hop answers 200 with a real page of rows under a longer URL, for
ever. The first hop from a query without ``Paged`` (page 1, a topic filter) is the real page 2.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from datetime import datetime
from functools import partial
from urllib.parse import parse_qsl, quote, urlsplit

from . import texts
from .posts import Block, Entry, Plan, Story, _ascii, slugify
from .site import RSS, TEXT, Response, ZooSite, later

SITE = "Westbrook State Department of Health"
VIEW = "%7b3F2A61C4-8E0B-4C1D-9A55-7D0E2B6C1F93%7d"
LIST_ID = "%7B8C1D0E55-2A6B-4F0E-B7C3-91D24A6E0F12%7D"
XML = "application/xml; charset=utf-8"
PHONE = "(555) 555-0100"

ES_STORIES = (
    Story("es-sp1", "Confirman un caso de sarampión en el condado de Harlan", "es", "article", "Vacunas",
          ("Sarampión",), (
              Block("p", "El Departamento de Salud confirmó un caso de sarampión en un adulto no vacunado que "
                         "regresó de un viaje al extranjero. Las personas que estuvieron en la sala de espera "
                         "del hospital regional el 4 de marzo podrían haber estado expuestas."),
              Block("p", "Quienes no tengan dos dosis de la vacuna triple viral deben consultar a su médico. "
                         "Los síntomas aparecen entre siete y veintiún días después de la exposición: fiebre "
                         "alta, tos, ojos rojos y un sarpullido que empieza en la cara."),
              Block("h2", "Qué hacer si tiene síntomas"),
              Block("p", "Llame antes de ir al consultorio o a la sala de urgencias, para que el personal pueda "
                         "tomar precauciones y evitar contagios."))),
    Story("es-sp2", "Temporada de gripe: vacúnese antes de las fiestas", "es", "article", "Gripe",
          ("Gripe", "Vacunas"), (
              Block("p", "La vacuna contra la gripe está disponible sin costo en todos los departamentos de "
                         "salud del condado para personas sin seguro médico. La protección tarda unas dos "
                         "semanas en desarrollarse."),
              Block("p", "Se recomienda la vacuna a todas las personas mayores de seis meses, en especial a "
                         "los adultos mayores, las embarazadas y las personas con enfermedades crónicas."),
              Block("ul", items=("Lávese las manos con frecuencia", "Quédese en casa si está enfermo",
                                 "Cúbrase al toser o estornudar")))),
)

TOPICS = (   # health topic pages: (page name, title, updated, paragraphs, fact sheet)
    ("Measles", "Measles", datetime(2024, 3, 12), [
        "Measles is a highly contagious disease caused by a virus. It spreads through the air when an infected "
        "person coughs or sneezes, and the virus can stay in the air of a room for up to two hours.",
        "Two doses of the measles, mumps and rubella (MMR) vaccine are about 97 percent effective. Children "
        "receive the first dose at 12 to 15 months and the second at four to six years of age.",
        "Health care providers must report suspected cases to the local health department immediately."],
     "measles-fact-sheet"),
    ("Influenza", "Influenza (Flu)", datetime(2024, 10, 1), [
        "Influenza is a respiratory illness that circulates every fall and winter. Most people recover within "
        "two weeks, but older adults, young children and people with chronic conditions can become very ill.",
        "An annual flu vaccine is recommended for everyone six months of age and older. Weekly surveillance "
        "reports are published from October through May."],
     "influenza-fact-sheet"),
    ("Lyme-Disease", "Lyme Disease", datetime(2023, 5, 22), [
        "Lyme disease is spread by the bite of an infected blacklegged tick. Early signs include fever, "
        "fatigue and an expanding red rash.",
        "Use repellent, wear long sleeves in wooded areas and check for ticks after spending time outdoors. "
        "Remove an attached tick promptly with fine-tipped tweezers."],
     "lyme-disease-fact-sheet"),
    ("Tuberculosis", "Tuberculosis (TB)", datetime(2022, 11, 8), [
        "Tuberculosis is a bacterial infection that usually affects the lungs. It spreads through the air "
        "but, unlike measles, usually requires long, close contact.",
        "Latent TB infection causes no symptoms and is not contagious, but it can become active disease. "
        "County health departments provide testing and treatment at no cost."],
     "tuberculosis-fact-sheet"),
    ("Hepatitis-A", "Hepatitis A", datetime(2023, 8, 14), [
        "Hepatitis A is a liver infection caused by a virus that spreads through contaminated food or water "
        "or close contact with an infected person.",
        "The hepatitis A vaccine is recommended for all children at age one and for adults at increased risk."],
     "hepatitis-a-fact-sheet"),
    ("West-Nile-Virus", "West Nile Virus", datetime(2024, 6, 3), [
        "West Nile virus is spread by mosquitoes. Most infected people have no symptoms; about one in five "
        "develops a fever with headache and body aches.",
        "Empty standing water around your home each week and use an EPA-registered insect repellent from "
        "dusk to dawn."],
     "west-nile-virus-fact-sheet"),
)
DOCUMENTS = ("measles-fact-sheet", "influenza-fact-sheet", "lyme-disease-fact-sheet", "tuberculosis-fact-sheet",
             "hepatitis-a-fact-sheet", "west-nile-virus-fact-sheet", "annual-report-2023", "media-guidelines")
EXTERNAL = (("https://www.cdc.gov/measles/", "CDC: Measles"), ("https://www.cdc.gov/flu/", "CDC: Influenza"),
            ("https://www.cdc.gov/heat-health/", "CDC: Heat and Health"))
UI = {
    "en": {"lang": "en-US", "release": "FOR IMMEDIATE RELEASE", "contact": f"Contact: Press Office, {PHONE}",
           "topic": "Topic:", "related": "Related Links", "latest": "Latest News", "news": "News",
           "home": "Home", "subscribe": "Get news releases by email", "email": "Email address",
           "signup": "Sign up", "media": "Media contacts", "search": "Search this site", "all": "All news releases",
           "switch": ("Español", "/es/Pages/default.aspx"), "first": "Title", "date": "Release Date",
           "share": "Share this page", "cookies": "This site uses cookies to improve your experience.",
           "accept": "Accept", "signin": "Sign In", "diseases": "Diseases & Conditions", "about": "About Us",
           "contactus": "Contact Us", "updated": "Last updated:"},
    "es": {"lang": "es-US", "release": "PARA PUBLICACIÓN INMEDIATA", "contact": f"Contacto: Oficina de Prensa, {PHONE}",
           "topic": "Tema:", "related": "Enlaces relacionados", "latest": "Noticias recientes", "news": "Noticias",
           "home": "Inicio", "subscribe": "Reciba los comunicados por correo", "email": "Correo electrónico",
           "signup": "Suscribirse", "media": "Contactos para medios", "search": "Buscar en este sitio",
           "all": "Todos los comunicados", "switch": ("English", "/Pages/default.aspx"), "first": "Título",
           "date": "Fecha", "share": "Compartir esta página", "cookies": "Este sitio usa cookies para mejorar su experiencia.",
           "accept": "Aceptar", "signin": "Iniciar sesión", "diseases": "Enfermedades", "about": "Acerca de",
           "contactus": "Contáctenos", "updated": "Última actualización:"},
}
NEWS = {"en": "/news/Pages/default.aspx", "es": "/es/noticias/Pages/default.aspx"}
PAGING = ("Paged", "PagedPrev", "p_ArticleStartDate", "p_ID", "PageFirstRow", "View")


def short_date(moment: datetime) -> str:
    """SharePoint's en-US / es-US short date: 3/12/2024."""
    return f"{moment.month}/{moment.day}/{moment.year}"


def _token(key: str, n: int = 96) -> str:
    raw = b"".join(hashlib.sha256(f"{key}:{i}".encode()).digest() for i in range(n // 32 + 1))
    return base64.b64encode(raw[:n]).decode()


class SharePoint(ZooSite):
    family = "sharepoint"
    site_name = SITE
    declared_language = "en-US"
    per_page = 10
    authorless = True
    author_pages = False
    trap_patterns = (r"[?&]Paged=TRUE&.*&Paged=TRUE",)
    plan = Plan(seed="sharepoint", count=40, languages=("en", "es"), authors=1, tz_hours=-5, related=(0, 1, 2, 2, 3))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._spanish = iter(ES_STORIES)
        self._lists: dict[tuple, str] = {}
        super().__init__(base_url)

    # -- entries and paths ---------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.kind == "article" and story.language == "en" and entry.index % 11 == 5:
            story = next(self._spanish, story)          # the Spanish variation's own releases
        slug = slugify(_ascii(story.title)) if story is not entry.story else entry.slug
        return replace(entry, story=story, slug="-".join(slug.split("-")[:7]), authors=(), reviewer=None,
                       categories=(story.category,), tags=())

    @staticmethod
    def lang(entry: Entry) -> str:
        return "es" if entry.story.language == "es" else "en"

    def post_path(self, entry: Entry) -> str:
        folder = "/es/noticias" if self.lang(entry) == "es" else "/news"
        return f"{folder}/Pages/{entry.published:%Y-%m-%d}-{entry.slug}.aspx"

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The editor's Related Links to other releases (the PDFs and CDC pages there are no releases)."""
        return self.related(entry)

    def page_path(self, slug: str) -> str:
        return f"/Pages/{slug}.aspx"

    def category_path(self, name: str, n: int = 1, ui: str = "en") -> str:
        return f"{NEWS[ui]}?FilterField1=ArticleTopic&FilterValue1={quote(name)}"

    def news(self, ui: str) -> list[Entry]:
        return [e for e in self.newest if self.lang(e) == ui]

    def document_for(self, entry: Entry) -> str:
        return DOCUMENTS[entry.post_id % len(DOCUMENTS)]

    # -- routes ------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        self.routes["/"] = ("other", lambda: Response(302, self.html_type, b"", location=self.url("/Pages/default.aspx")))
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        for ui in ("en", "es"):
            self.news_list(ui, "", self.news(ui))
            if ui == "en":
                for name, items in self.groups("categories").items():
                    mine = [e for e in items if self.lang(e) == ui]
                    if mine:
                        self.news_list(ui, urlsplit(self.category_path(name)).query, mine, name)
        self.add("/news/Pages/Forms/AllItems.aspx", "listing", self.all_items)
        self.add("/Pages/default.aspx", "page", partial(self.welcome, "en"))
        self.add("/es/Pages/default.aspx", "page", partial(self.welcome, "es"))
        self.add("/diseases/Pages/default.aspx", "page", self.topics_index)
        for topic in TOPICS:
            self.add(f"/diseases/Pages/{topic[0]}.aspx", "page", partial(self.topic_page, topic))
        for slug, (title, paragraphs) in [*texts.EVERGREEN.items(), ("accessibility", ("Accessibility", [
                "The department follows the Web Content Accessibility Guidelines 2.1, level AA. To report a barrier "
                "on this site, call the web team at (555) 555-0142."]))]:
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        for path, title in (("/_layouts/15/viewlsts.aspx", "Site Contents"), ("/_layouts/15/Authenticate.aspx", "Sign In"),
                            ("/_layouts/15/osssearchresults.aspx", "Search")):
            self.add(path, "page", partial(self.layouts_page, path, title))
        for name in DOCUMENTS:
            pdf = f"%PDF-1.6\n% {name}\n%%EOF\n".encode()
            self.routes[f"/Documents/{name}.pdf"] = ("other", lambda b=pdf: Response(200, "application/pdf", b))
        self.add("/sitemap.xml", "other", self.site_map, XML)
        self.add(f"/_layouts/15/listfeed.aspx?List={LIST_ID}", "other",
                 lambda: self.rss(f"{SITE}: News", NEWS["en"], self.news("en")), RSS)

    def news_list(self, ui: str, query: str, items: list[Entry], topic: str = "") -> None:
        """The list view's real pages: page 1 at ``query``, then the pager's first hop from it."""
        pages = max(1, -(-len(items) // self.per_page))
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per_page:n * self.per_page]
            q = query if n == 1 else self.pager_query(query, items[(n - 1) * self.per_page - 1], (n - 1) * self.per_page + 1)
            key = NEWS[ui] + (f"?{q}" if q else "")
            self.add(key, "listing", partial(self.render_list, ui, q, items, chunk, (n - 1) * self.per_page + 1, topic))
            self._lists[(NEWS[ui], tuple(parse_qsl(q)))] = key

    @staticmethod
    def stamp(entry: Entry) -> str:
        return f"{entry.published:%Y%m%d}%20{entry.published:%H}%3a{entry.published:%M}%3a00"

    def pager_query(self, query: str, anchor: Entry, first_row: int, previous: bool = False) -> str:
        """The pager's link: the current query, then its own parameters (it never drops the old ones)."""
        own = (f"Paged=TRUE{'&PagedPrev=TRUE' if previous else ''}&p_ArticleStartDate={self.stamp(anchor)}"
               f"&p_ID={anchor.post_id}&PageFirstRow={first_row}&View={VIEW}")
        return f"{query}&{own}" if query else own

    def route_key(self, target: str) -> str | None:
        parts = urlsplit(target)
        if parts.path in NEWS.values() and parts.query:
            key = self._lists.get((parts.path, tuple(parse_qsl(parts.query))))
            if key or "Paged=TRUE" in parts.query or "FilterField1" in parts.query:
                return key
        return super().route_key(target)

    def trap(self, target: str) -> Response | None:
        """A pager hop from a page that already had one: SharePoint reads each parameter's last value."""
        parts = urlsplit(target)
        params = parse_qsl(parts.query, keep_blank_values=True)
        if parts.path not in NEWS.values() or sum(k == "Paged" for k, _ in params) < 2:
            return None
        ui = "es" if parts.path.startswith("/es/") else "en"
        last = dict(params)
        topic = last.get("FilterValue1", "")
        items = [e for e in self.news(ui) if not topic or topic in e.categories]
        ids = [e.post_id for e in items]
        try:
            at, first_row = ids.index(int(last.get("p_ID", ""))), int(last.get("PageFirstRow", "1"))
        except ValueError:
            return None
        if last.get("PagedPrev") == "TRUE":
            chunk = items[max(0, at - self.per_page):at] or items[:self.per_page]
        else:
            chunk = items[at + 1:at + 1 + self.per_page]
        body = self.render_list(ui, parts.query, items, chunk, first_row, topic)
        return Response(200, self.html_type, self.encode(body))

    def robots(self) -> str:
        return ("User-Agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def site_map(self) -> str:
        rows = [(self.post_path(e), e.published) for e in self.newest]
        stamp = datetime(2024, 11, 4, 8, 30)
        rows += [(p, stamp) for p in ("/Pages/default.aspx", "/es/Pages/default.aspx", NEWS["en"], NEWS["es"],
                                      "/diseases/Pages/default.aspx", *[self.page_path(s) for s in texts.EVERGREEN])]
        rows += [(f"/diseases/Pages/{t[0]}.aspx", t[2]) for t in TOPICS]
        body = "".join(f"<url><loc>{self.e(self.url(p))}</loc><lastmod>{m:%Y-%m-%d}</lastmod><changefreq>daily</changefreq>"
                       "</url>" for p, m in rows)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'

    # -- the master page -----------------------------------------------------------------------------------

    def nav(self, ui: str, current: str) -> str:
        l = UI[ui]
        items = ((("/es/Pages/default.aspx" if ui == "es" else "/Pages/default.aspx"), l["home"]), (NEWS[ui], l["news"]),
                 ("/diseases/Pages/default.aspx", l["diseases"]), (self.page_path("about"), l["about"]),
                 (self.page_path("contact"), l["contactus"]))
        top = self.menu_items(items, current)
        return (f'<div class="ms-breadcrumb-top"><div class="ms-core-navigation ms-dialogHidden" id="DeltaTopNavigation">'
                f'<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" '
                f'class="root ms-core-listMenu-root static">{top}</ul></div></div></div>')

    def menu_items(self, links, current: str) -> str:
        """AspMenu's rendered nodes (the top navigation and the quick launch alike)."""
        return "".join(f'<li class="static{" selected" if p == current else ""}"><a class="static menu-item ms-core-listMenu-item '
                       f'ms-displayInline ms-navedit-linkNode" href="{p}"><span class="additional-background ms-navedit-flyoutArrow">'
                       f'<span class="menu-item-text">{self.e(t)}</span></span></a></li>' for p, t in links)

    def quick_launch(self, ui: str, current: str) -> str:
        news = self.news(ui)
        links = [(NEWS[ui], UI[ui]["all"])] + [(f"/diseases/Pages/{t[0]}.aspx", t[1]) for t in TOPICS]
        if ui == "en":
            links += [("/news/Pages/Forms/AllItems.aspx", "News archive (all items)"), (f"/Documents/{DOCUMENTS[6]}.pdf",
                                                                                       "Annual Report 2023 (PDF)")]
        else:
            links += [(self.post_path(news[0]), news[0].title)] if news else []
        rows = self.menu_items(links, current)
        return (f'<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" '
                f'class="ms-core-navigation" role="navigation"><a id="startNavigation" name="startNavigation" tabIndex="-1"></a>'
                f'<div class="ms-core-sideNavBox-removeLeftMargin"><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">'
                f'<div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul id="zz4_RootAspMenu" '
                f'class="root ms-core-listMenu-root static">{rows}</ul></div></div>'
                f'<div class="ms-core-listMenu-verticalBox"><a class="ms-core-listMenu-item ms-core-listMenu-heading" '
                f'href="/_layouts/15/viewlsts.aspx">Site Contents</a></div></div></div></div>')

    def breadcrumb(self, crumbs: list[tuple[str, str]]) -> str:
        parts = []
        for path, label in crumbs[:-1]:
            parts.append(f'<span><a class="ms-sitemapdirectional" href="{path}">{self.e(label)}</a></span><span> &gt; </span>')
        parts.append(f'<span class="ms-sitemapdirectional">{self.e(crumbs[-1][1])}</span>')
        return (f'<span id="ctl00_PlaceHolderMain_siteMapPath"><a href="#ctl00_PlaceHolderMain_siteMapPath_SkipLink">'
                f'<img alt="Skip Navigation Links" src="/WebResource.axd?d=x1&amp;t=6" width="0" height="0" style="border-width:0px;" /></a>'
                f'{"".join(parts)}<a id="ctl00_PlaceHolderMain_siteMapPath_SkipLink"></a></span>')

    def latest_cqwp(self, ui: str, exclude: Entry | None = None) -> str:
        rows = "".join(f'<li class="dfwp-item"><div class="item link-item"><a href="{self.post_path(o)}" title="">{self.e(o.title)}</a>'
                       f'<div class="description">{short_date(o.published)}</div></div></li>'
                       for o in [e for e in self.news(ui) if e is not exclude][:5])
        return self.web_part("g_5d1c0f3e_7a2b_4c9d_8e61_0b3f2a9c4d17", UI[ui]["latest"],
                             f'<div class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{rows}</ul></div>'
                             f'<div class="ms-textSmall"><a href="{NEWS[ui]}">{self.e(UI[ui]["all"])} &raquo;</a></div>')

    def web_part(self, wpid: str, title: str, inner: str) -> str:
        return (f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPart{wpid}" class="s4-wpcell-plain '
                f'ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical '
                f'ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPart{wpid}_ChromeTitle"><span title="{self.e(title)}" '
                f'id="WebPartTitle{wpid}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText">'
                f'<nobr><span>{self.e(title)}</span></nobr></h2></span></div><div webpartid="{wpid[2:].replace("_", "-")}" haspers="false" '
                f'id="WebPart{wpid}" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div id="ct{wpid}">'
                f"{inner}</div></div></div></div></div>")

    def side(self, ui: str, exclude: Entry | None = None) -> str:
        l = UI[ui]
        signup = self.web_part("g_0e8d4b27_3c51_4f6a_9b02_6a1d7c3e5f80", l["subscribe"], (
            '<div class="govdelivery-signup"><label for="email-signup">' + self.e(l["email"]) + '</label>'
            '<input type="email" id="email-signup" name="email" /><a class="ms-promotedActionButton" '
            f'href="https://public.govdelivery.com/accounts/WBDOH/subscriber/new?topic_id=WBDOH_{ui.upper()}_NEWS">{self.e(l["signup"])}</a></div>'))
        media = self.web_part("g_71c2e9a0_5b4d_4e38_a1f6_2d9e0c7b3a54", l["media"], (
            f'<div class="ms-rtestate-field"><p>Press Office<br/>{PHONE}<br/><a href="mailto:press@health.westbrook.example">'
            'press@health.westbrook.example</a></p><p>After hours: (555) 555-0199</p></div>'))
        return f'<div class="col-right" id="rightColumn">{self.latest_cqwp(ui, exclude)}{signup}{media}</div>'

    def columns(self, main: str, ui: str, exclude: Entry | None = None) -> str:
        """The page layout's main column and its right-hand web part zone."""
        return (f'<div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell col-main">{main}</div>'
                f'<div class="ms-tableCell">{self.side(ui, exclude)}</div></div></div>')

    def document(self, ui: str, path: str, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "",
                 action: str = "Article.aspx", layout: str = "Article") -> str:
        l = UI[ui]
        name, other = l["switch"]
        digest = "0x" + hashlib.sha1(path.encode()).hexdigest().upper() * 3
        page = quote(path, safe="").replace(".", "%2E")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="{l['lang']}">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
\t{self.e(title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=VXAUb3f5Tuac6lBrgkRx3w%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/en-us/Themable/Core%20Styles/pagelayouts15.css"/>
<link rel="stylesheet" type="text/css" href="/SiteAssets/css/wbdoh.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZzbYcoKMrMwZ2d8Kg%2F1S5g%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=hmTpGrHsKcBZh9cBnHzGZ0&amp;t=ffffffffecf19baa"></script>
<link rel="alternate" type="application/rss+xml" title="News" href="/_layouts/15/listfeed.aspx?List={LIST_ID}" />
<link rel="shortcut icon" href="/SiteAssets/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
{head}<link rel="canonical" href="{self.url(path)}" />
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/SiteAssets/wbdoh-logo.png" /></div>
<form method="post" action="./{action}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest[:130]},12 Mar 2024 14:02:11 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIOD2QWAgIDD2QWAmYPZBYCZg88KwAGAGQCAw9kFgICAQ9kFgQ{_token(path)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
var _spPageContextInfo = {{webServerRelativeUrl: "{'/es' if ui == 'es' else '/'}", webAbsoluteUrl: "{self.url('/es' if ui == 'es' else '')}", currentLanguage: {3082 if ui == 'es' else 1033}, currentUICultureName: "{l['lang']}", pageListId: "{{8c1d0e55-2a6b-4f0e-b7c3-91d24a6e0f12}}", webUIVersion: 15, pageItemId: {len(path)}, userId: 0, alertsEnabled: false, siteServerRelativeUrl: "/", allowSilverlightPrompt: 'True'}};
//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="height: 35px;"><div id="globalNavBox" class="noindex"><div id="ribbonBox">
<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar2"><ul class="ms-cui-tts" role="tablist">
<li class="ms-cui-tt ms-browseTab ms-cui-tt-s" id="Ribbon.Read-title" role="tab"><a class="ms-cui-tt-a" href="?InitialTabId=Ribbon.Read" title="Browse"><span class="ms-cui-tt-span">BROWSE</span></a></li>
<li class="ms-cui-tt" id="Ribbon.Page-title" role="tab"><a class="ms-cui-tt-a" href="?PageView=Shared" title="Page"><span class="ms-cui-tt-span">PAGE</span></a></li>
</ul></div></div></div>
<div id="welcomeMenuBox"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source={page}" style="display:inline;">{self.e(l['signin'])}</a></div>
</div></div></div></div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
<div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace">
<div id="titleAreaRow" class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><div id="DeltaSiteLogo"><a id="ctl00_onetidProjectPropertyTitleGraphic" title="{self.e(SITE)}" class="ms-siteicon-a" href="{'/es/Pages/default.aspx' if ui == 'es' else '/Pages/default.aspx'}"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/SiteAssets/wbdoh-logo.png" alt="{self.e(SITE)}" /></a></div></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop">{self.nav(ui, path)}
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{self.e(title)}</span><div id="DeltaPlaceHolderPageDescription" class="ms-displayInlineBlock ms-normalWrap"></div></h1>
</div>
<div class="ms-tableCell ms-verticalAlignTop"><div id="DeltaPlaceHolderSearchArea" class="ms-mpSearchBox ms-floatRight"><div id="searchInputBox"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv">
<input type="text" value="" maxlength="2048" accesskey="S" title="{self.e(l['search'])}" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" data-results="/_layouts/15/osssearchresults.aspx?k=" />
<a title="Search" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" href="/_layouts/15/osssearchresults.aspx?k="><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Search" /></a>
</div></div></div></div></div>
<div class="variation-switch"><a href="{other}" hreflang="{'en' if ui == 'es' else 'es'}">{name}</a></div></div>
</div></div></div>
<div id="contentRow">
{self.quick_launch(ui, path)}
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-breadcrumb-box wbdoh-breadcrumb">{self.breadcrumb(crumbs)}</div>
{main}
<div style='display:none' id='hidZone'></div>
</div>
</div>
</div>
<div id="footer" class="ms-dialogHidden"><div class="footer-links"><a href="{self.page_path('privacy-policy')}">Privacy Policy</a> | <a href="{self.page_path('contact')}">{self.e(l['contactus'])}</a> | <a href="{self.page_path('accessibility')}">Accessibility</a> | <a href="/_layouts/15/viewlsts.aspx">Site Contents</a></div>
<p>&#169; 2024 {self.e(SITE)} &middot; 101 Capitol Way, Westbrook City &middot; {PHONE}</p></div>
</div>
</div>
<div id="cookie-notice" class="cookie-banner ms-dialogHidden" role="dialog"><p>{self.e(l['cookies'])} <a href="{self.page_path('privacy-policy')}">Privacy Policy</a></p><button type="button" class="cookie-accept">{self.e(l['accept'])}</button></div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN{_token(path + layout, 48)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;WebForm_InitCallback();
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript" src="/SiteAssets/js/addthis_widget.js#pubid=ra-wbdoh"></script>
</body>
</html>"""

    # -- rich text -------------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        kind = block.kind
        if kind in ("h2", "h3"):
            return f'<{kind} class="ms-rteElement-{kind.upper()}B">{self.inline(block.text)}</{kind}><p>\u200b</p>'
        if kind == "quote":
            return f'<div class="ms-rteElement-Callout1">{self.inline(block.text)}</div>'
        if kind == "figure":
            name = block.text.rsplit("/", 1)[-1].split("?")[0] or "photo.jpg"
            return (f'<p><img alt="{self.e(block.items[0])}" src="/news/PublishingImages/{self.e(name)}?RenditionID=6" '
                    'style="margin:5px;" /></p>')
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="ms-rtestate-read ms-rte-embedcode ms-rte-embedil ms-rtestate-notify"><iframe width="560" '
                f'height="315" src="{self.e(src)}" frameborder="0" allowfullscreen=""></iframe></div>')

    def field(self, n: int, label: str, inner: str, kind: str = "RichHtmlField") -> str:
        return (f"<div id=\"ctl00_PlaceHolderMain_ctl0{n}_label\" style='display:none'>{label}</div>"
                f'<div id="ctl00_PlaceHolderMain_ctl0{n}__ControlWrapper_{kind}" class="ms-rtestate-field" style="display:inline" '
                f'aria-labelledby="ctl00_PlaceHolderMain_ctl0{n}_label">{inner}</div>')

    # -- pages -----------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        ui = self.lang(entry)
        l = UI[ui]
        date = short_date(entry.published)
        content = (f'<p><strong>{l["release"]}</strong></p><p>{date}</p><p>{self.e(l["contact"])}</p><p>\u200b</p>'
                   f"{self.body_html(entry)}"
                   '<p style="text-align:center;">###</p>')
        links = [(self.post_path(o), o.title) for o in self.shown_related(entry)]
        if entry.post_id % 3 == 0:
            links.append((f"/Documents/{self.document_for(entry)}.pdf", "Fact sheet (PDF)"))
        if entry.post_id % 4 == 1:
            links.append(EXTERNAL[entry.post_id % len(EXTERNAL)])
        summary = "".join(f'<div class="dfwp-item"><div class="link-item"><a href="{p}" title="">{self.e(t)}</a>'
                          f'<div class="description"></div></div></div>' for p, t in links)
        summary_html = (f'<div class="article-links">' + self.field(5, "Summary Links", (
            f'<div class="slm-layout-main groupmarker"><div class="groupheader item medium">{self.e(l["related"])}</div>'
            f'<div class="dfwp-list">{summary}</div></div>'), "SummaryLinkFieldControl") + "</div>") if links else ""
        topic = entry.categories[0]
        image = (self.field(1, "Page Image", f'<div class="ms-rtestate-field"><img alt="" src="/news/PublishingImages/'
                                               f'{entry.published:%Y}/{entry.slug[:30]}.jpg?RenditionID=9" style="BORDER:0px solid;" /></div>',
                            "RichImageField") if entry.story.kind != "short" else "")
        main = (f'<div class="article article-left">'
                f'<div class="captioned-image"><div class="image">{image}</div><div class="caption">'
                f'{self.field(2, "Image Caption", "") if image else ""}</div></div>'
                f'<div class="article-header"><div class="date-line">{date}</div><div class="by-line"></div></div>'
                f'<div class="article-content">{self.field(4, "Page Content", content)}</div>'
                f'<div class="article-topic"><span class="ms-metadata">{self.e(l["topic"])}</span> '
                f'<a href="{self.e(self.category_path(topic, ui=ui)) if ui == "en" else NEWS[ui]}">{self.e(topic)}</a></div>'
                f"{summary_html}"
                f'<div class="addthis_inline_share_toolbox" data-title="{self.e(l["share"])}"><span class="share-label">{self.e(l["share"])}</span>'
                '<a class="at-share-btn at-svc-facebook" href="#" rel="nofollow">Facebook</a><a class="at-share-btn at-svc-twitter" href="#" '
                'rel="nofollow">X</a><a class="at-share-btn at-svc-email" href="#" rel="nofollow">Email</a></div>'
                '</div>')
        main = self.columns(main, ui, entry)
        head = (f'<meta name="description" content="{self.e(self.teaser(entry, 30))}" />\n'
                f'<meta name="keywords" content="{self.e(topic)}" />\n')
        crumbs = [("/es/Pages/default.aspx" if ui == "es" else "/Pages/default.aspx", l["home"]), (NEWS[ui], l["news"]),
                  ("", entry.title)]
        return self.document(ui, self.post_path(entry), entry.title, main, crumbs, head)

    def render_list(self, ui: str, query: str, items: list[Entry], chunk: list[Entry], first_row: int, topic: str = "") -> str:
        l = UI[ui]
        rows = "".join(
            f'<tr class="ms-itmHoverEnabled ms-itmhover" iid="{o.post_id}"><td class="ms-cellstyle ms-vb2"><a class="ms-listlink" '
            f'href="{self.post_path(o)}">{self.e(o.title)}</a></td><td class="ms-cellstyle ms-vb2"><nobr>{short_date(o.published)}</nobr></td>'
            f'<td class="ms-cellstyle ms-vb2">{self.e(o.categories[0])}</td></tr>' for o in chunk)
        base = NEWS[ui]
        pager = ""
        if chunk:
            at = items.index(chunk[-1])
            prev = (f'<a href="{self.e(base + "?" + self.pager_query(query, chunk[0], max(1, first_row - self.per_page), True))}" '
                    'title="Previous"><img src="/_layouts/15/images/prev.gif" alt="Previous" /></a>') if first_row > 1 else ""
            nxt = (f'<a href="{self.e(base + "?" + self.pager_query(query, chunk[-1], first_row + self.per_page))}" title="Next">'
                   '<img src="/_layouts/15/images/next.gif" alt="Next" /></a>') if at + 1 < len(items) else ""
            pager = (f'<table class="ms-bottompaging" width="100%"><tr><td class="ms-vb ms-bottompagingline" id="bottomPagingCellWPQ2" '
                     f'align="center"><table><tr><td>{prev}</td><td nowrap="nowrap" class="ms-paging">{first_row} - '
                     f'{first_row + len(chunk) - 1}</td><td>{nxt}</td></tr></table></td></tr></table>')
        filters = ""
        if ui == "en":
            filters = "".join(f'<li><a href="{self.e(self.category_path(name))}">{self.e(name)}</a></li>'
                              for name in sorted({e.categories[0] for e in items if not topic}))
            filters = f'<div class="news-topics"><h3>Topics</h3><ul>{filters}</ul></div>' if filters else ""
        table = (f'<table summary="News" class="ms-listviewtable" id="onetidDoclibViewTbl0" cellpadding="1" cellspacing="0" border="0" dir="None">'
                 f'<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-vh2">{self.e(l["first"])}</th>'
                 f'<th class="ms-vh2">{self.e(l["date"])}</th><th class="ms-vh2">{self.e(l["topic"].rstrip(":"))}</th></tr></thead>'
                 f"<tbody>{rows}</tbody></table>{pager}")
        heading = f"{l['news']}: {topic}" if topic else l["news"]
        main = (f'<div class="article article-body"><div class="article-content">{self.field(1, "Page Content", "<p>" + self.e(l["all"]) + "</p>")}'
                f'</div>{self.web_part("g_2b7e4d19_6c0a_4f53_8d2e_91a4c6f0b735", heading, table)}{filters}'
                + (f'<p><a href="/news/Pages/Forms/AllItems.aspx">View all items</a></p>' if ui == "en" else "") + "</div>")
        main = self.columns(main, ui)
        crumbs = [("/es/Pages/default.aspx" if ui == "es" else "/Pages/default.aspx", l["home"]), ("", l["news"])]
        return self.document(ui, base, heading, main, crumbs, action="default.aspx", layout="list")

    def all_items(self) -> str:
        rows = "".join(
            f'<tr class="ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-title"><div class="ms-vb ms-tableCell ms-list-TitleLink">'
            f'<a class="ms-listlink ms-draggable" href="{self.post_path(o)}">{self.post_path(o).rsplit("/", 1)[-1][:-5]}</a></div></td>'
            f'<td class="ms-cellstyle ms-vb2">{self.e(o.title)}</td><td class="ms-cellstyle ms-vb2"><span title="{short_date(later(o.published, o.slug, 0, 20))}">'
            f'{short_date(later(o.published, o.slug, 0, 20))}</span></td><td class="ms-cellstyle ms-vb-user">Press Office</td></tr>'
            for o in self.news("en"))
        table = (f'<table summary="Pages" class="ms-listviewtable" id="onetidDoclibViewTbl0"><thead><tr class="ms-viewheadertr">'
                 f'<th class="ms-vh2">Name</th><th class="ms-vh2">Title</th><th class="ms-vh2">Modified</th><th class="ms-vh2">Modified By</th>'
                 f"</tr></thead><tbody>{rows}</tbody></table>")
        main = self.web_part("g_9a0c3e71_4b2d_4e8f_a615_3d7b2c9e0f48", "Pages", table)
        return self.document("en", "/news/Pages/Forms/AllItems.aspx", "Pages - All Documents", main,
                             [("/Pages/default.aspx", "Home"), (NEWS["en"], "News"), ("", "Pages")], action="AllItems.aspx",
                             layout="AllItems")

    def welcome(self, ui: str) -> str:
        l = UI[ui]
        tiles = "".join(f'<li><a href="/diseases/Pages/{t[0]}.aspx">{self.e(t[1])}</a></li>' for t in TOPICS)
        intro = ("The Department of Health protects and improves the health of every resident of Westbrook State."
                 if ui == "en" else "El Departamento de Salud protege y mejora la salud de todos los residentes del estado.")
        main = (f'<div class="welcome welcome-links"><div class="welcome-content">{self.field(1, "Page Content", f"<p>{intro}</p>")}</div>'
                f'{self.latest_cqwp(ui)}<div class="topic-tiles"><h2>{self.e(l["diseases"])}</h2><ul>{tiles}</ul></div></div>')
        path = "/es/Pages/default.aspx" if ui == "es" else "/Pages/default.aspx"
        return self.document(ui, path, SITE if ui == "en" else "Departamento de Salud del Estado de Westbrook", main,
                             [("", l["home"])], action="default.aspx", layout="welcome")

    def topics_index(self) -> str:
        rows = "".join(f'<li><a href="/diseases/Pages/{t[0]}.aspx">{self.e(t[1])}</a></li>' for t in TOPICS)
        main = f'<div class="article article-body"><div class="article-content">{self.field(1, "Page Content", f"<ul>{rows}</ul>")}</div></div>'
        return self.document("en", "/diseases/Pages/default.aspx", "Diseases & Conditions", main,
                             [("/Pages/default.aspx", "Home"), ("", "Diseases & Conditions")], action="default.aspx", layout="index")

    def topic_page(self, topic: tuple) -> str:
        name, title, updated, paragraphs, sheet = topic
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        body += (f'<h2 class="ms-rteElement-H2B">Resources</h2><ul><li><a href="/Documents/{sheet}.pdf">{self.e(title)} fact sheet (PDF)</a></li>'
                 f'<li><a href="{NEWS["en"]}">News releases</a></li></ul>')
        main = (f'<div class="article article-body"><div class="article-content">{self.field(1, "Page Content", body)}</div>'
                f'<div class="page-updated"><p>{UI["en"]["updated"]} {short_date(updated)}</p></div></div>')
        main = self.columns(main, "en")
        return self.document("en", f"/diseases/Pages/{name}.aspx", title, main,
                             [("/Pages/default.aspx", "Home"), ("/diseases/Pages/default.aspx", "Diseases & Conditions"), ("", title)],
                             head=f'<meta name="description" content="{self.e(paragraphs[0][:150])}" />\n', layout="PageFromDocLayout")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = f'<div class="article article-body"><div class="article-content">{self.field(1, "Page Content", body)}</div></div>'
        return self.document("en", self.page_path(slug), title, main, [("/Pages/default.aspx", "Home"), ("", title)],
                             layout="PageFromDocLayout")

    def layouts_page(self, path: str, title: str) -> str:
        """An application page under /_layouts/15/ (robots.txt keeps crawlers out)."""
        main = (f'<div id="ms-pageDescriptionDiv"><div id="ms-pageDescription">{self.e(title)}</div></div>'
                '<div class="ms-listdescription">Sign in with your state account to see this page.</div>')
        return self.document("en", path, title, main, [("/Pages/default.aspx", "Home"), ("", title)],
                             action=path.rsplit("/", 1)[-1], layout="application")
