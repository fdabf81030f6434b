"""liferay (held out): a regional public-health agency's portal on Liferay DXP, news as Web Content
shown by the Asset Publisher, modelled on Liferay's own templates:
``modules/apps/asset/asset-publisher-web/.../display/full_content.jsp`` (liferay/liferay-central-test-2,
and the CMAP-REPOS/cmap-liferay-dxp-modules fragment of it: the ``liferay-ui:header`` back link to the
``redirect`` parameter, ``div.asset-full-content.default-asset-publisher.show-asset-title``,
``div.asset-user-actions`` / ``print-action``, ``div.asset-content#_NS_<entryId>`` with social bookmarks,
``asset-ratings`` and ``liferay-ui:asset-metadata`` after the content), the asset-links taglib
``asset-taglib/.../asset_links/page.jsp`` (mjbradford89/liferay-portal: ``div.taglib-asset-links`` >
``h2.asset-links-title`` "Related Assets:" > ``ul.asset-links-list`` > ``li.asset-links-list-item``, each
link an Asset Publisher render URL carrying ``assetEntryId``, ``type``, ``urlTitle`` and
``redirect=currentURL``), the theme wrappers ``portlet.ftl`` (Liferay-theme-developers/westeros-bank-theme,
``frontend-theme-unstyled/.../portlet.ftl``: ``section.portlet#portlet_ID`` > ``div.portlet-content`` >
``h2.portlet-title-text``) and ``portal_normal.ftl`` (lfrsales/73-formed-theme: ``header#banner`` with the
language selector and search bar in ``upper-header``, ``site-navigation`` navbar, ``section#content``
with the sr-only ``h2`` of the page title, ``footer#footer`` "Powered By Liferay"), and the Asset
Publisher's ``asset_html_metadata.jsp`` (fraunhoferfokus/particity: the asset's title as the page
subtitle, its summary as description, its tags and categories as the ``keywords`` meta). The
``asset-metadata`` markup (``span.metadata-entry.metadata-publish-date`` with the short-style date
``3/8/24``, ``metadata-author``, ``taglib-asset-categories-summary`` / ``taglib-asset-tags-summary``
chips, view count) follows the asset-metadata taglib as rendered on public Liferay 7 sites.

The site (Northvale Region Public Health, group ``/web/health``): every news item at its display page
``/web/health/-/url-title`` (a layout whose default Asset Publisher shows it: no ``<h1>``, the title in
``h3.header-title``, the "Publish Date" and "Author" in the metadata block *after* the body, the layout
name "News" in the sr-only ``h2``), ``rel=canonical`` to that address (the instance's SEO setting "use
the default language URL"). The same item also answers as the Asset Publisher's full-content render
URL on ``/web/health/news?p_p_id=..._INSTANCE_abc123&p_p_lifecycle=0&p_p_state=maximized&...
&_NS_assetEntryId=4521&_NS_redirect=...``: the "Related Assets" box and every listing's "Read More »"
link that way, with ``redirect`` set to the current URL; when the current URL is itself such a portlet
URL the redirect nests it, growing each hop (**trap**: a portlet URL whose redirect holds another portlet
URL). A language selector and ``hreflang`` alternates lead to ``/es/`` and ``/fr/`` copies of every page
(Spanish or French interface, the same content, canonical to the unprefixed address); Spanish and
French news items are published in their language only, under the same unprefixed addresses with the
English interface (``<html lang="en-US">`` around a Spanish body). Press releases (English short posts)
name no author (their metadata shows the web team's account is hidden) and end with a "Contact: Media
Office" line, part of the release's text. Fact sheets (``/web/health/fact-sheets/...``) are Web Content
Display portlets (``journal-content-article``) with no date, linking PDFs in the Documents and Media
library (``/documents/20142/0/x.pdf/uuid``). Around the article: a "Was this page helpful?" ratings
portlet, a "Latest News" Asset Publisher (site-wide newest four), a "Related Assets" portlet (the
item's own related news, its Read Also), social bookmarks, a cookie banner. Listings: the news page
with the search-container paginator (``_NS_cur=2&_NS_delta=20``), tag filters (``?p_r_p_tag=``) and
category filters (``?p_r_p_categoryId=``). ``/sitemap.xml`` (with ``xhtml:link`` alternates), the Asset
Publisher's RSS resource URL (``p_p_lifecycle=2&p_p_resource_id=getRSS``), Liferay's default robots.txt.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import partial
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from .posts import Block, Entry, Person, Plan, slugify
from .site import TEXT, Response, ZooSite

AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc123"
NS = f"_{AP}_"
RELATED = "com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_INSTANCE_rel456"
LATEST = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_lat789"
RATINGS = "com_liferay_ratings_web_portlet_RatingsPortlet_INSTANCE_hlp001"
JOURNAL = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_fs"
GROUP = "/web/health"
NEWS = f"{GROUP}/news"
XML = "application/xml; charset=UTF-8"
RSS = f"{NEWS}?p_p_id={AP}&p_p_lifecycle=2&p_p_state=normal&p_p_mode=view&p_p_resource_id=getRSS&p_p_cacheability=cacheLevelPage"
UI = {
    "en": {"locale": "en-US", "og": "en_US", "publish": "Publish Date", "author": "Author", "back": "Back",
           "related": "Related Assets", "latest": "Latest News", "more": "Read More", "topic": "Topic",
           "helpful": "Was this page helpful?", "yes": "Yes", "no": "No", "print": "Print", "views": "Views",
           "news": "News", "next": "Next", "prev": "Previous", "home": "Home", "facts": "Fact Sheets",
           "search": "Search", "skip": "Skip to Main Content", "powered": "Powered By",
           "cookies": "This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
           "accept": "Accept All", "showing": "Showing {a} to {b} of {n} entries.", "page": "Page {n} of {m}"},
    "es": {"locale": "es-ES", "og": "es_ES", "publish": "Fecha de publicación", "author": "Autor", "back": "Volver",
           "related": "Activos relacionados", "latest": "Últimas noticias", "more": "Leer más", "topic": "Tema",
           "helpful": "¿Le resultó útil esta página?", "yes": "Sí", "no": "No", "print": "Imprimir", "views": "Vistas",
           "news": "Noticias", "next": "Siguiente", "prev": "Anterior", "home": "Inicio", "facts": "Hojas informativas",
           "search": "Buscar", "skip": "Saltar al contenido principal", "powered": "Desarrollado por",
           "cookies": "Este sitio web utiliza cookies para mejorar su experiencia.", "accept": "Aceptar todo",
           "showing": "Mostrando {a} a {b} de {n} entradas.", "page": "Página {n} de {m}"},
    "fr": {"locale": "fr-FR", "og": "fr_FR", "publish": "Date de publication", "author": "Auteur", "back": "Retour",
           "related": "Contenus liés", "latest": "Dernières actualités", "more": "Lire la suite", "topic": "Thème",
           "helpful": "Cette page vous a-t-elle été utile ?", "yes": "Oui", "no": "Non", "print": "Imprimer",
           "views": "Vues", "news": "Actualités", "next": "Suivant", "prev": "Précédent", "home": "Accueil",
           "facts": "Fiches d'information", "search": "Rechercher", "skip": "Passer au contenu principal",
           "powered": "Propulsé par", "cookies": "Ce site utilise des cookies pour améliorer votre expérience.",
           "accept": "Tout accepter", "showing": "Affichage de {a} à {b} sur {n} entrées.", "page": "Page {n} sur {m}"},
}
CONTACT = "Contact: Media Office, Northvale Region Public Health, (555) 201-4400, media@nrph.example.gov"
FACT_SHEETS = {
    "influenza-flu": ("Influenza (Flu)", [
        "Influenza is a contagious respiratory illness caused by influenza viruses. It can cause mild to severe "
        "illness, and at times can lead to hospitalization.",
        "Everyone six months and older should get a flu vaccine every season. Wash your hands often and stay "
        "home when you are sick."], "flu-fact-sheet"),
    "lead-poisoning-prevention": ("Lead Poisoning Prevention", [
        "Lead is a toxic metal found in old paint, soil and some plumbing. Children under six are most at risk.",
        "Ask your child's doctor about a blood lead test at ages one and two. Free testing is offered at all "
        "regional clinics."], "lead-fact-sheet"),
    "tick-borne-diseases": ("Tick-Borne Diseases", [
        "Ticks can spread Lyme disease, anaplasmosis and other infections in our region from spring to fall.",
        "Use repellent, check for ticks after being outdoors, and shower within two hours of coming indoors."],
        "tick-fact-sheet"),
}
ES_DATES = "{d}/{m:02d}/{y:02d}"


class Liferay(ZooSite):
    family = "liferay"
    site_name = "Northvale Region Public Health"
    declared_language = "en-US"
    per_page = 20
    ignore_query = False
    any_order_query = True
    author_pages = False
    authorless = "mixed"               # press releases are signed by the media office only
    trap_patterns = (r"_redirect=[^&]*p_p_id%3D",)
    plan = Plan(seed="liferay", count=42, languages=("en", "es", "fr"), authors=5, co_authors=0.1,
                tz_hours=-5, related=(1, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        super().__init__(base_url)

    # -- entries ----------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if self.is_press(entry):
            story = replace(story, blocks=(*story.blocks, Block("p", CONTACT)))
            return replace(entry, story=story, authors=(), categories=("Press Releases",))
        # Liferay shows the creating user's full name: no honorific, no credentials
        return replace(entry, authors=tuple(Person(p.name) for p in entry.authors))

    @staticmethod
    def is_press(entry: Entry) -> bool:
        return entry.story.kind == "short" and entry.story.language == "en"

    def entry_id(self, entry: Entry) -> int:
        return 4500 + entry.post_id

    def post_path(self, entry: Entry) -> str:
        return f"{GROUP}/-/{entry.slug}"

    # -- addresses ---------------------------------------------------------------------------------------

    @staticmethod
    def prefix(ui: str) -> str:
        return "" if ui == "en" else f"/{ui}"

    def full_content_url(self, entry: Entry, redirect: str, ui: str = "en") -> str:
        """The Asset Publisher's render URL of the full content, as asset_links/page.jsp builds it."""
        return (f"{self.prefix(ui)}{NEWS}?p_p_id={AP}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
                f"&{NS}mvcPath=%2Fview_content.jsp&{NS}redirect={quote(redirect, safe='')}"
                f"&{NS}assetEntryId={self.entry_id(entry)}&{NS}type=content&{NS}urlTitle={entry.slug}")

    def news_page(self, n: int = 1, extra: str = "") -> str:
        if n == 1:
            return f"{NEWS}?{extra}" if extra else NEWS
        query = f"p_p_id={AP}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&{NS}cur={n}&{NS}delta={self.per_page}&{NS}resetCur=false"
        return f"{NEWS}?{extra}&{query}" if extra else f"{NEWS}?{query}"

    def home_path(self, n: int = 1) -> str:
        return self.news_page(n)

    def category_id(self, name: str) -> int:
        names = sorted({c for e in self.entries for c in e.categories})
        return 41200 + 7 * names.index(name)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.news_page(n, f"p_r_p_categoryId={self.category_id(name)}")

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.news_page(n, f"p_r_p_tag={quote(name.lower(), safe='')}")

    def page_path(self, slug: str) -> str:
        return f"{GROUP}/{slug}"

    def pdf_path(self, name: str) -> str:
        uid = hashlib.md5(name.encode()).hexdigest()
        return f"/documents/20142/0/{name}.pdf/{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}"

    # -- routes ------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        pages: list[tuple[str, str, object]] = []   # (path, kind, render(ui))
        self._linked: dict[str, list[Entry]] = {self.post_path(e): self.shown_related(e) for e in self.entries}
        for entry in self.entries:
            pages.append((self.post_path(entry), "article", partial(self.render_article, entry)))
        self.listings(pages, "News", self.newest, self.home_path)
        for name, items in self.groups("categories").items():
            self.listings(pages, name, items, partial(self.category_path, name))
        for name, items in self.groups("tags").items():
            self.listings(pages, name, items, partial(self.tag_path, name))
        pages.append(("/", "page", self.render_home))
        from . import texts
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            pages.append((self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs)))
        pages.append((f"{GROUP}/fact-sheets", "page", self.render_fact_index))
        for slug, (title, paragraphs, pdf) in FACT_SHEETS.items():
            pages.append((f"{GROUP}/fact-sheets/{slug}", "page", partial(self.render_fact_sheet, slug, title, paragraphs, pdf)))
            self.routes[self.pdf_path(pdf)] = ("other", lambda t=title: Response(
                200, "application/pdf", f"%PDF-1.4\n% {t}\n%%EOF\n".encode()))
        for ui in UI:
            for path, kind, render in pages:
                if ui != "en":
                    kind = "other" if kind == "article" else kind
                self.add(self.prefix(ui) + path if path != "/" or ui == "en" else f"/{ui}", kind,
                         partial(render, ui=ui, current=self.prefix(ui) + path if path != "/" or ui == "en" else f"/{ui}"))
        # the full-content render URLs one hop from a page that is no portlet URL: the same item again
        for ui in UI:
            for path, kind, _ in pages:
                current = self.prefix(ui) + path if path != "/" or ui == "en" else f"/{ui}"
                if "p_p_id=" in current:
                    continue
                for entry in self.linked_full(path):
                    url = self.full_content_url(entry, current, ui)
                    if url not in self.routes:
                        self.add(url, "other", partial(self.render_article, entry, ui=ui, current=url))
        self.add("/sitemap.xml", "other", self.lr_sitemap, XML)
        self.add(RSS, "other", lambda: self.rss(f"{self.site_name} News", NEWS, self.newest), "application/rss+xml;charset=UTF-8")

    def listings(self, pages: list, title: str, items: list[Entry], path_of) -> None:
        count = max(1, -(-len(items) // self.per_page))
        self._linked[path_of(1)] = items[:self.per_page]
        for n in range(1, count + 1):
            chunk = items[(n - 1) * self.per_page:n * self.per_page]
            pages.append((path_of(n), "listing", partial(self.render_list, title, chunk, n, count, path_of, len(items))))

    def linked_full(self, path: str) -> list[Entry]:
        """The items a page links by their full-content render URL (a listing's "Read More", an
        article's Related Assets)."""
        return self._linked.get(path, [])

    def trap(self, target: str) -> Response | None:
        """A full-content render URL whose redirect is itself a portlet URL: the article again, its
        links nesting the current URL once more."""
        parts = urlsplit(target)
        ui = next((u for u in UI if u != "en" and parts.path == f"/{u}{NEWS}"), "en" if parts.path == NEWS else None)
        if ui is None:
            return None
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if params.get("p_p_id") != AP or "p_p_id=" not in params.get(f"{NS}redirect", ""):
            return None
        entry = next((e for e in self.entries if str(self.entry_id(e)) == params.get(f"{NS}assetEntryId")), None)
        if entry is None:
            return None
        return Response(200, self.html_type, self.encode(self.render_article(entry, ui=ui, current=target)))

    def robots(self) -> str:
        return f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /api/\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def lr_sitemap(self) -> str:
        rows = []
        paths = [NEWS, f"{GROUP}/fact-sheets", *[f"{GROUP}/fact-sheets/{s}" for s in FACT_SHEETS],
                 *[self.post_path(e) for e in self.newest]]
        for path in paths:
            alts = "".join(f'<xhtml:link rel="alternate" hreflang="{UI[u]["locale"]}" href="{self.e(self.url(self.prefix(u) + path))}"/>'
                           for u in UI)
            rows.append(f"<url><loc>{self.e(self.url(path))}</loc>{alts}<changefreq>daily</changefreq><priority>0.5</priority></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(rows) + "</urlset>")

    # -- page chrome --------------------------------------------------------------------------------------

    def date(self, entry: Entry, ui: str) -> str:
        d = entry.published
        if ui == "en":
            return f"{d.month}/{d.day}/{d:%y}"
        if ui == "es":
            return f"{d.day}/{d.month:02d}/{d:%y}"
        return f"{d:%d/%m/%Y}"

    def language_selector(self, current: str, ui: str) -> str:
        base = current[3:] if ui != "en" else current
        base = base or "/"
        links = []
        for u, label in (("en", "English"), ("es", "español"), ("fr", "français")):
            href = self.url(self.prefix(u) + base if base != "/" or u == "en" else f"/{u}")
            if u == ui:
                links.append(f'<span class="language-entry-short-text" lang="{UI[u]["locale"]}">{u}</span>')
            else:
                links.append(f'<a href="{self.e(href)}" class="language-entry-short-text" lang="{UI[u]["locale"]}" '
                             f'title="{label}">{u}</a>')
        return ('<div class="autofit-col language-selector mr-1 mr-md-2"><div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet_ portlet-static portlet-barebone" '
                'id="p_p_id_com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet_"><section class="portlet" '
                'id="portlet_com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet"><div class="portlet-content">'
                f'<div class="portlet-body"><div class="truncate-text">{" ".join(links)}</div></div></div></section></div></div>')

    def navigation(self, ui: str) -> str:
        l, p = UI[ui], self.prefix(ui)
        items = [(l["home"], p or "/"), (l["news"], p + NEWS), (l["facts"], f"{p}{GROUP}/fact-sheets"),
                 ("About Us", f"{p}{GROUP}/about"), ("Contact", f"{p}{GROUP}/contact")]
        lis = "".join(f'<li class="lfr-nav-item nav-item" id="layout_{i + 1}" role="presentation"><a class="nav-link text-truncate" '
                      f'href="{self.url(h)}" role="menuitem"><span class="text-truncate">{self.e(t)}</span></a></li>'
                      for i, (t, h) in enumerate(items))
        return (f'<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Navigation</h1>'
                f'<ul aria-label="Site Pages" class="navbar-blank navbar-nav navbar-site" role="menubar">{lis}</ul></nav>')

    def portlet(self, pid: str, title: str, inner: str, decorate: bool = True, extra: str = "") -> str:
        base = pid.split("_INSTANCE_")[0]
        head = (f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
                f'<h2 class="portlet-title-text">{self.e(title)}</h2></div></div>') if decorate else ""
        return (f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end '
                f'{"portlet-decorate" if decorate else "portlet-barebone"} {extra}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
                f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">{head}'
                f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>')

    def document(self, ui: str, current: str, html_title: str, layout_title: str, columns: tuple[str, str],
                 canonical: str, description: str = "", keywords: str = "", body_class: str = "") -> str:
        l = UI[ui]
        base = current[3:] if ui != "en" else current
        alts = "".join(f'<link data-senna-track="temporary" href="{self.e(self.url(self.prefix(u) + (base or "/")))}" '
                       f'hreflang="{UI[u]["locale"]}" rel="alternate" />' for u in UI)
        alts += f'<link data-senna-track="temporary" href="{self.e(self.url(base or "/"))}" hreflang="x-default" rel="alternate" />'
        meta = (f'<meta content="{self.e(description)}" lang="{l["locale"]}" name="description" />' if description else "")
        meta += (f'<meta content="{self.e(keywords)}" lang="{l["locale"]}" name="keywords" />' if keywords else "")
        og = (f'<meta property="og:locale" content="{l["og"]}"><meta property="og:site_name" content="{self.site_name}">'
              f'<meta property="og:title" content="{self.e(html_title)}"><meta property="og:type" content="website">'
              f'<meta property="og:url" content="{self.e(self.url(canonical))}">')
        main, side = columns
        layout = (f'<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">'
                  f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content '
                  f'portlet-column-content-first" id="layout-column_column-1">{main}</div></div>'
                  f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content '
                  f'portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>')
        return (f'<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="{l["locale"]}">\n<head>\n<title>{self.e(html_title)}</title>\n'
                '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
                '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
                f'{meta}\n<link data-senna-track="temporary" href="{self.e(self.url(canonical))}" rel="canonical" />\n{alts}\n{og}\n'
                f'<link rel="alternate" type="application/rss+xml" title="{self.site_name} News" href="{self.e(self.url(RSS))}" />\n'
                '<link class="lfr-css-file" data-senna-track="temporary" href="/o/nrph-theme/css/main.css?browserId=chrome&themeId=nrphtheme_WAR_nrphtheme&languageId=en_US" rel="stylesheet" type="text/css" />\n'
                f'<script data-senna-track="temporary">var Liferay = Liferay || {{}}; Liferay.ThemeDisplay = {{getLanguageId: function() {{return "{l["og"]}";}}, '
                f'getSiteGroupId: function() {{return "20142";}}, getPathMain: function() {{return "{self.prefix(ui)}/c";}}}};</script>\n'
                f'</head>\n<body class="chrome controls-visible signed-out public-page site {body_class}">\n'
                f'<nav aria-label="Quick Links" class="quick-access-nav" id="wclx_quickAccessNav"><ul><li><a href="#main-content">{l["skip"]}</a></li></ul></nav>\n'
                '<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">\n'
                '<header id="banner"><div class="navbar navbar-classic navbar-top py-2 upper-header">'
                '<div class="container-fluid user-personal-bar"><div class="align-items-center autofit-row">'
                f'{self.language_selector(current, ui)}'
                f'<div class="autofit-col flex-grow-1"><div class="navbar-form" role="search"><form action="{self.e(self.url(self.prefix(ui) + GROUP + "/search"))}" method="get">'
                f'<input class="form-control search-input" name="q" placeholder="{l["search"]}..." type="text" /></form></div></div>'
                f'<div class="autofit-col personal-bar-container"><a class="sign-in text-default" href="{self.e(self.url("/c/portal/login?p_l_id=20145"))}" rel="nofollow">Sign In</a></div>'
                '</div></div></div>'
                '<div class="lower-header navbar navbar-classic navbar-expand-md site-navigation"><div class="container-fluid">'
                f'<a class="logo custom-logo align-items-center d-md-inline-flex" href="{self.url(self.prefix(ui) or "/")}" title="Go to {self.site_name}">'
                f'<img alt="" class="site-logo" src="/image/layout_set_logo?img_id=34101&t=1700000000000" />'
                f'<h2 class="font-weight-light h2 mb-0 text-uppercase">{self.site_name}</h2></a>{self.navigation(ui)}</div></div></header>\n'
                f'<section class="flex-fill" id="content"><h2 class="sr-only" role="heading" aria-level="1">{self.e(layout_title)}</h2>\n'
                f'<div class="layout-content portlet-layout" id="main-content" role="main">{layout}</div></section>\n'
                '<footer id="footer" role="contentinfo"><div class="container"><div class="row">'
                f'<div class="col-md-6"><p>{self.site_name}<br>400 Commonwealth Avenue, Northvale<br>(555) 201-4000</p>'
                f'<ul class="footer-links"><li><a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a></li>'
                f'<li><a href="{self.url(self.page_path("contact"))}">Contact</a></li><li><a href="{self.url(self.page_path("about"))}">About Us</a></li></ul></div>'
                f'<div class="col-md-6 text-md-right">{l["powered"]} <a href="http://www.liferay.com" rel="external">Liferay</a></div>'
                '</div></div></footer>\n</div></div>\n'
                f'<div class="cookies-banner-bottom lfr-cookies-banner" role="dialog"><p>{l["cookies"]}</p>'
                f'<button class="btn btn-primary btn-sm" type="button">{l["accept"]}</button></div>\n'
                '<script src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>\n'
                '</body>\n</html>\n')

    def ratings(self, ui: str, key: str) -> str:
        l = UI[ui]
        inner = (f'<div class="helpful-rating"><p class="helpful-question"><strong>{l["helpful"]}</strong></p>'
                 f'<div class="taglib-ratings thumbs" id="ratings_{key}"><button class="btn btn-outline-secondary btn-sm" '
                 f'title="{l["yes"]}" type="button">{l["yes"]}</button> <button class="btn btn-outline-secondary btn-sm" '
                 f'title="{l["no"]}" type="button">{l["no"]}</button></div></div>')
        return self.portlet(RATINGS, "Helpful", inner, decorate=False)

    def latest(self, ui: str, exclude: Entry | None = None) -> str:
        l, p = UI[ui], self.prefix(ui)
        items = [e for e in self.newest if e is not exclude][:4]
        rows = "".join(f'<div class="asset-abstract"><h4 class="asset-title"><a href="{self.e(self.url(p + self.post_path(e)))}">{self.e(e.title)}</a></h4>'
                       f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.date(e, ui)}</span></div></div>'
                       for e in items)
        return self.portlet(LATEST, l["latest"], rows)

    # -- articles -------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry, ui: str = "en", current: str = "") -> str:
        l, p = UI[ui], self.prefix(ui)
        current = current or p + self.post_path(entry)
        eid = self.entry_id(entry)
        params = dict(parse_qsl(urlsplit(current).query))
        back = params.get(f"{NS}redirect") or p + NEWS
        header = (f'<div class="taglib-header"><span class="header-back-to"><a class="icon-monospaced" href="{self.e(self.url(back))}" '
                  f'title="{l["back"]}"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation"></svg><span class="sr-only">{l["back"]}</span></a></span>'
                  f'<h3 class="header-title"><span>{self.e(entry.title)}</span></h3></div>')
        share_url = quote(self.url(self.post_path(entry)), safe="")
        bookmarks = (f'<div class="pull-right"><div class="taglib-social-bookmarks" id="socialBookmarks_{eid}"><ul class="list-unstyled inline">'
                     f'<li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?text={quote(entry.title)}&amp;url={share_url}" target="_blank">Twitter</a></li>'
                     f'<li class="taglib-social-bookmark-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">Facebook</a></li>'
                     f'<li class="taglib-social-bookmark-linkedin"><a href="https://www.linkedin.com/shareArticle?url={share_url}" target="_blank">LinkedIn</a></li>'
                     '</ul></div></div>')
        journal = (f'<div class="journal-content-article" data-analytics-asset-id="{eid + 11}" data-analytics-asset-title="{self.e(entry.title)}" '
                   f'data-analytics-asset-type="web-content"><div class="nrph-news-article">{self.body_html(entry)}</div></div>')
        meta = [f'<span class="metadata-entry metadata-publish-date"><span class="metadata-entry-label">{l["publish"]}</span> {self.date(entry, ui)}</span>']
        for person in entry.authors:
            meta.append(f'<span class="metadata-entry metadata-author"><span class="user-avatar-image"><span class="sticker sticker-circle sticker-light user-icon-color-3">'
                        f'<span class="inline-item">{person.name[0]}</span></span></span><span class="metadata-entry-label">{l["author"]}</span> {self.e(person.name)}</span>')
        cats = "".join(f'<a class="asset-category" href="{self.e(self.url(p + self.category_path(c)))}">{self.e(c)}</a>' for c in entry.categories)
        if cats:
            meta.append(f'<span class="metadata-entry metadata-categories"><span class="taglib-asset-categories-summary">'
                        f'<span class="asset-vocabulary">{l["topic"]}:</span> {cats}</span></span>')
        tags = "".join(f'<a class="badge badge-default badge-sm" href="{self.e(self.url(p + self.tag_path(t)))}">{self.e(t.lower())}</a>' for t in entry.tags)
        if tags:
            meta.append(f'<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">{tags}</span></span>')
        meta.append(f'<span class="metadata-entry metadata-view-count">{(entry.post_id * 37) % 900 + 40} {l["views"]}</span>')
        full = (header + '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
                f'<div class="asset-user-actions"><div class="print-action"><a href="javascript:Liferay.Util.openWindow({{}});" class="lfr-icon-item">'
                f'<span class="taglib-text">{l["print"]}</span></a></div></div>'
                f'<div class="asset-content" id="{NS}{eid}">{bookmarks}{journal}</div>'
                f'<div class="asset-metadata">{" ".join(meta)}</div></div>')
        related = self.shown_related(entry)
        side = self.latest(ui, entry)
        if related:
            lis = "".join(f'<li class="asset-links-list-item"><a class="lfr-icon-item taglib-icon" href="{self.e(self.url(self.full_content_url(o, current, ui)))}">'
                          f'<svg class="lexicon-icon lexicon-icon-web-content" role="presentation"></svg><span class="taglib-text">{self.e(o.title)}</span></a></li>'
                          for o in related)
            side = self.portlet(RELATED, l["related"], f'<div class="taglib-asset-links"><h2 class="asset-links-title">'
                                f'<svg class="lexicon-icon lexicon-icon-link" role="presentation"></svg> {l["related"]}:</h2>'
                                f'<ul class="asset-links-list">{lis}</ul></div>') + side
        main = self.portlet(AP, l["news"], full, decorate=False, extra="portlet-asset-publisher") + self.ratings(ui, str(eid))
        keywords = ",".join([*(t.lower() for t in entry.tags), *entry.categories])
        return self.document(ui, current, f"{entry.title} - {l['news']} - {self.site_name}", l["news"], (main, side),
                             self.post_path(entry), self.teaser(entry, 25), keywords, "news-display-page")

    # -- listings and pages ---------------------------------------------------------------------------------

    def render_list(self, title: str, items: list[Entry], n: int, pages: int, path_of, total: int,
                    ui: str = "en", current: str = "") -> str:
        l, p = UI[ui], self.prefix(ui)
        current = current or p + path_of(n)
        rows = []
        for e in items:
            rows.append(
                f'<div class="asset-abstract"><div class="asset-actions"></div>'
                f'<h4 class="asset-title"><a href="{self.e(self.url(p + self.post_path(e)))}">{self.e(e.title)}</a></h4>'
                f'<div class="asset-content"><div class="asset-summary">{self.e(self.teaser(e, 30))}</div>'
                f'<div class="asset-more"><a href="{self.e(self.url(self.full_content_url(e, current, ui)))}">{l["more"]}<span class="hide-accessible"> about {self.e(e.title)}</span> &raquo;</a></div></div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.date(e, ui)}</span></div></div>')
        start = (n - 1) * self.per_page
        pager = ""
        if pages > 1:
            links = []
            if n > 1:
                links.append(f'<li class="page-item"><a class="page-link" href="{self.e(self.url(p + path_of(n - 1)))}">{l["prev"]}</a></li>')
            for k in range(1, pages + 1):
                links.append(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{self.e(self.url(p + path_of(k)))}">{k}</a></li>')
            if n < pages:
                links.append(f'<li class="page-item"><a class="page-link" href="{self.e(self.url(p + path_of(n + 1)))}">{l["next"]}</a></li>')
            pager = (f'<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
                     f'<div class="lfr-pagination-page-selector">{l["page"].format(n=n, m=pages)}</div></div>'
                     f'<small class="search-results">{l["showing"].format(a=start + 1, b=start + len(items), n=total)}</small>'
                     f'<ul class="lfr-pagination-buttons pager pagination">{"".join(links)}</ul></div></div>')
        filt = "" if title == "News" else f'<div class="alert alert-info taglib-asset-filter">{self.e(title)}</div>'
        main = self.portlet(AP, l["news"], filt + "".join(rows) + pager, extra="portlet-asset-publisher")
        side = self.latest(ui)
        heading = l["news"] if title == "News" else f"{title} - {l['news']}"
        return self.document(ui, current, f"{heading} - {self.site_name}", l["news"], (main, side),
                             path_of(n), body_class="news-page")

    def render_home(self, ui: str = "en", current: str = "") -> str:
        l, p = UI[ui], self.prefix(ui)
        intro = ('<div class="journal-content-article"><h2>Protecting the health of every community in the Northvale region</h2>'
                 '<p>Find clinic hours, vaccination sites, health alerts and data for the six counties we serve.</p>'
                 f'<p><a href="{self.url(p + GROUP + "/fact-sheets")}">{l["facts"]}</a> · <a href="{self.url(p + NEWS)}">{l["news"]}</a></p></div>')
        main = self.portlet(f"{JOURNAL}_home", "Welcome", intro, decorate=False) + self.latest(ui)
        return self.document(ui, current or (p or "/"), f"{l['home']} - {self.site_name}", l["home"], (main, ""), "/")

    def render_page(self, slug: str, title: str, paragraphs: list[str], ui: str = "en", current: str = "") -> str:
        body = "".join(f"<p>{self.e(x)}</p>" for x in paragraphs)
        main = self.portlet(f"{JOURNAL}_{slug[:8].replace('-', '')}", title,
                            f'<div class="journal-content-article"><h1>{self.e(title)}</h1>{body}</div>', decorate=False)
        main += self.ratings(ui, slug)
        return self.document(ui, current or self.page_path(slug), f"{title} - {self.site_name}", title, (main, ""),
                             self.page_path(slug))

    def render_fact_index(self, ui: str = "en", current: str = "") -> str:
        l, p = UI[ui], self.prefix(ui)
        rows = "".join(f'<li><a href="{self.url(f"{p}{GROUP}/fact-sheets/{s}")}">{self.e(t)}</a></li>' for s, (t, _, _) in FACT_SHEETS.items())
        main = self.portlet(f"{JOURNAL}_fsindex", l["facts"], f'<div class="journal-content-article"><ul class="fact-sheet-list">{rows}</ul></div>')
        return self.document(ui, current or f"{GROUP}/fact-sheets", f"{l['facts']} - {self.site_name}", l["facts"], (main, self.latest(ui)),
                             f"{GROUP}/fact-sheets")

    def render_fact_sheet(self, slug: str, title: str, paragraphs: list[str], pdf: str, ui: str = "en", current: str = "") -> str:
        body = "".join(f"<p>{self.e(x)}</p>" for x in paragraphs)
        inner = (f'<div class="journal-content-article" data-analytics-asset-type="web-content"><div class="fact-sheet">'
                 f'<h1>{self.e(title)}</h1>{body}<p><a href="{self.url(self.pdf_path(pdf))}">Download the fact sheet (PDF, 220 KB)</a></p>'
                 '</div></div>')
        main = self.portlet(f"{JOURNAL}_{slug[:8].replace('-', '')}", title, inner, decorate=False) + self.ratings(ui, slug)
        return self.document(ui, current or f"{GROUP}/fact-sheets/{slug}", f"{title} - {UI[ui]['facts']} - {self.site_name}", title,
                             (main, self.latest(ui)), f"{GROUP}/fact-sheets/{slug}")
