"""agency (held out): a national public-health agency's information site, shaped like CDC.gov's
2024 template (and, for the A-Z index and Spanish pages, MedlinePlus). Modelled from memory of
CDC.gov's public page structure (the search tools returned only the CDC page text, no templates):
the "Official websites use .gov" banner, ``cdc-header`` with an "Español" toggle, a breadcrumb,
``cdc-page-title`` h1, an "On This Page" jump nav (``cdc-on-this-page``) to the h2 sections, a
"Key points" callout (``dfe-callout``) opening the body, ``dfe-section`` sections, "Sources" and
"Resources" sections (a Resources list links a PDF fact sheet, served as application/pdf), a
"Related Pages" list, a page footer with "Page last reviewed: May 15, 2024" and "Content source:
<division>" (no person signs anything: the truth has no author), "Sign up for email updates"
box, syndication/print/share links, and meta ``dcterms.created`` (the first publication, hidden),
``cdc:last_updated`` and ``cdc:last_reviewed``.

Truth decisions, consistent with the nhs family (docs/benchmarks.md): the only date shown is the
last-reviewed date and it is the published date (``dcterms.created`` is not shown, so not the
truth); the breadcrumb's topic hub is navigation, not a category: no categories, no tags; no
authors and no reviewer (a division is not a person). Spanish pages live under ``/spanish/`` in
``lang="es"`` with "Última revisión de la página: 15 de mayo de 2024". Some internal links carry a
campaign parameter ``?s_cid=`` (the page is the same whatever the query). Listings: ``/`` home,
topic landing pages ``/<topic>/index.html``, the A-Z index ``/az/index.html`` with a letter filter
``/az/a.html`` ... ``/az/z.html`` (empty letters say "No topics found"), ``/spanish/index.html``.
"""
from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import timedelta

from .posts import Block, Entry, Plan, slugify
from .site import ZooSite

DIVISIONS = {"Nutrition": "Division of Nutrition, Physical Activity, and Obesity",
             "Exercise & Fitness": "Division of Nutrition, Physical Activity, and Obesity",
             "Heart Health": "Division for Heart Disease and Stroke Prevention",
             "Diabetes": "Division of Diabetes Translation",
             "Mental Health": "National Center for Injury Prevention and Control",
             "Sleep": "Division of Population Health",
             "Senior Care": "Division of Population Health",
             "Skin Health": "Division of Cancer Prevention and Control",
             "Chiropractic & Spine": "National Institute for Occupational Safety and Health",
             "News": "Office of Communications"}
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
CAMPAIGNS = ("s_cid=cs_748", "s_cid=bb-oc-ltr")


class Agency(ZooSite):
    family = "agency"
    site_name = "National Centers for Health Protection"
    declared_language = "en-US"
    ignore_query = True
    author_pages = False
    per_page = 500
    authorless = True
    plan = Plan(seed="agency", count=40, languages=("en", "es"), authors=1, tz_hours=-5, related=(2, 3, 3, 4, 5))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.topic_of: dict[str, str] = {}
        self.created: dict[str, object] = {}
        self.pdfs = 0
        super().__init__(base_url)

    # -- entries and paths ------------------------------------------------------------------------

    def topic(self, entry: Entry) -> str:
        return self.topic_of[entry.story.key]

    def dress(self, entry: Entry) -> Entry:
        self.topic_of[entry.story.key] = entry.story.category if entry.story.language == "en" else "Salud"
        blocks = list(entry.story.blocks)
        if entry.story.kind == "article" and entry.story.language == "en" and len(blocks) >= 4:
            firsts = [re.split(r"(?<=\.)\s", b.text)[0] for b in blocks if b.kind == "p" and "](" not in b.text][:3]
            if len(firsts) >= 2:
                blocks[0:0] = [Block("h2", "Key points"), Block("ul", items=tuple(firsts))]
            if entry.post_id % 3 == 0 and self.pdfs < 2:
                self.pdfs += 1
                pdf = self.url(self.pdf_path(entry))
                at = next((i for i, b in enumerate(blocks) if b.kind == "refs"), len(blocks))
                blocks[at:at] = [Block("h2", "Resources"), Block("ul", items=(f"[{entry.story.title} fact sheet (PDF)]({pdf})",))]
        self.created[entry.story.key] = entry.published
        reviewed = entry.published + timedelta(days=200 + entry.post_id % 90)
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)), authors=(), reviewer=None,
                       categories=(), tags=(), published=reviewed)

    def topic_dir(self, topic: str) -> str:
        return slugify(topic)

    def post_path(self, entry: Entry) -> str:
        if entry.story.language == "es":
            return f"/spanish/salud/{entry.slug}.html"
        sub = "about" if entry.story.kind == "article" else "communication-resources"
        return f"/{self.topic_dir(self.topic(entry))}/{sub}/{entry.slug}.html"

    def pdf_path(self, entry: Entry) -> str:
        return f"/{self.topic_dir(entry.story.category)}/media/pdfs/{entry.slug}-fact-sheet-508.pdf"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/index.html?page={n}"

    def page_path(self, slug: str) -> str:
        return {"privacy-policy": "/other/privacy.html", "start-here": "/other/agencymaterials.html",
                "about": "/about/index.html", "contact": "/contact/index.html"}[slug]

    def letter_path(self, letter: str) -> str:
        return f"/az/{letter.lower()}.html"

    def topics(self) -> list[str]:
        return sorted({self.topic(e) for e in self.entries if e.story.language == "en"})

    def extra_routes(self) -> None:
        for t in self.topics():
            self.add(f"/{self.topic_dir(t)}/index.html", "listing", lambda t=t: self.topic_page(t))
        self.add("/az/index.html", "listing", lambda: self.a_to_z(None))
        for letter in string.ascii_lowercase:
            self.add(self.letter_path(letter), "listing", lambda letter=letter: self.a_to_z(letter))
        self.add("/spanish/index.html", "listing", self.spanish_home)
        for e in self.entries:
            if any(self.pdf_path(e) in i for b in e.story.blocks for i in b.items):
                self.add(self.pdf_path(e), "other", lambda e=e: f"%PDF-1.4\n% {e.title} fact sheet\n%%EOF\n", "application/pdf")
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (k, _) in self.routes.items() if k in ("article", "page", "listing") and "?" not in p]),
            "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /search/\nDisallow: /cdc-info/\nDisallow: /wcms/\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def link(self, entry: Entry, tracked: bool = False) -> str:
        path = self.post_path(entry)
        return self.url(path + (f"?{CAMPAIGNS[entry.post_id % 2]}" if tracked and entry.post_id % 2 == 0 else ""))

    # -- frame ------------------------------------------------------------------------------------

    def document(self, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", lang: str = "en-us",
                 other_lang: str = "") -> str:
        es = lang.startswith("es")
        toggle = other_lang or self.url("/" if es else "/spanish/index.html")
        trail = "".join(f'<li class="breadcrumb-item"><a href="{self.url(p)}">{self.e(label)}</a></li>' for p, label in crumbs)
        breadcrumb = (f'<nav class="cdc-breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb">{trail}</ol></nav>'
                      if crumbs else "")
        nav = "".join(f'<li class="cdc-header-nav__item"><a href="{self.url(f"/{self.topic_dir(t)}/index.html")}">{self.e(t)}</a></li>'
                      for t in self.topics())
        return f"""<!DOCTYPE html>
<html lang="{lang}" class="theme-cyan">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{self.e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta property="og:site_name" content="{self.site_name}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@NCHP_gov">
{head}<link rel="stylesheet" href="{self.url('/TemplatePackage/contrib/css/cdc.min.css')}">
</head>
<body class="{'spanish' if es else 'english'}">
<div class="cdc-site-gov-notice"><div class="container"><p>{'Los sitios web oficiales usan .gov' if es else 'An official website of the United States government'}</p></div></div>
<div class="skippy"><a class="skippy-anchor" href="#content">{'Pasar al contenido' if es else 'Skip directly to site content'}</a><a class="skippy-anchor" href="{self.url('/az/index.html')}">{'Pasar a la lista de la A a la Z' if es else 'Skip directly to A to Z list'}</a></div>
<header class="cdc-header"><div class="container"><div class="cdc-header__logo"><a href="{self.url('/spanish/index.html' if es else '/')}"><img src="{self.url('/TemplatePackage/contrib/imgs/nchp-logo.svg')}" alt="{self.site_name}"></a></div>
<div class="cdc-header__search"><form action="{self.url('/search/')}" method="get" role="search"><label class="sr-only" for="search-input">{'Buscar' if es else 'Search'}</label><input id="search-input" name="query" type="search" placeholder="{'Buscar' if es else 'Search'}"><button type="submit">{'Buscar' if es else 'Search'}</button></form></div>
<div class="cdc-header__language"><a class="language-link" lang="{'en' if es else 'es'}" href="{toggle}">{'English' if es else 'Español'}</a></div>
<nav class="cdc-header-nav" aria-label="Health Topics"><ul>{nav}<li class="cdc-header-nav__item"><a href="{self.url('/az/index.html')}">{'Temas de la A a la Z' if es else 'Health Topics A-Z'}</a></li></ul></nav></div></header>
{breadcrumb}
<main class="container cdc-main" id="content">
{main}
</main>
<div class="cdc-email-updates"><div class="container"><h2>{'Suscríbase para recibir actualizaciones por correo electrónico' if es else 'Sign up for email updates'}</h2><form action="https://tools.example-govdelivery.com/accounts/NCHP/subscribers/qualify" method="post"><label for="email">{'Correo electrónico' if es else 'Email Address'}</label><input id="email" name="email" type="email"><button type="submit">{'Suscribirse' if es else 'Subscribe'}</button></form><p>{'¿Qué es esto?' if es else 'What&#39;s this?'}</p></div></div>
<footer class="cdc-footer"><div class="container"><div class="row">
<div class="col"><h2>{'Contacte a NCHP' if es else 'Contact NCHP'}</h2><p>800-232-4636</p><ul><li><a href="{self.url(self.page_path('contact'))}">{'Contáctenos' if es else 'Contact Us'}</a></li></ul></div>
<div class="col"><h2>{'Acerca de NCHP' if es else 'About NCHP'}</h2><ul><li><a href="{self.url(self.page_path('about'))}">{'Acerca de' if es else 'About NCHP'}</a></li><li><a href="{self.url(self.page_path('start-here'))}">Policies</a></li><li><a href="{self.url(self.page_path('privacy-policy'))}">{'Privacidad' if es else 'Privacy'}</a></li><li><a href="{self.url('/az/index.html')}">{'Índice A-Z' if es else 'A-Z Index'}</a></li></ul></div>
<div class="col"><ul class="social"><li><a href="https://www.facebook.com/NCHP">Facebook</a></li><li><a href="https://x.com/NCHP_gov">X</a></li><li><a href="https://www.youtube.com/@NCHP">YouTube</a></li><li><a href="{self.url('/rss/index.html')}">RSS</a></li></ul></div>
</div><p class="cdc-footer__hhs">U.S. Department of Health &amp; Human Services | USA.gov</p></div></footer>
</body>
</html>"""

    # -- articles -------------------------------------------------------------------------------------

    def reviewed_text(self, entry: Entry) -> str:
        d = entry.published
        if entry.story.language == "es":
            return f"Última revisión de la página: {d.day} de {MESES[d.month - 1]} de {d.year}"
        return f"Page last reviewed: {d:%B} {d.day}, {d.year}"

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="dfe-video embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
                f'src="{src}" title="{self.e(entry.title)}" allowfullscreen></iframe></div>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<div class="dfe-section" data-section="cdc_sources"><h2 id="{slugify(block.text)}">{self.e(block.text)}</h2>'
                f'<ol class="cdc-sources">{items}</ol></div>')

    def body_html(self, entry: Entry) -> str:
        blocks, out, i, open_section = entry.story.blocks, [], 0, False
        while i < len(blocks):
            b = blocks[i]
            if b.kind == "h2" and b.text == "Key points" and i + 1 < len(blocks):
                out.append('<div class="dfe-callout cdc-callout--key-points"><div class="dfe-callout__body">'
                           '<h2 class="cdc-callout__heading" id="key-points">Key points</h2><ul>'
                           + "".join(f"<li>{self.inline(x)}</li>" for x in blocks[i + 1].items) + "</ul></div></div>")
                i += 2
                continue
            if b.kind in ("h2", "refs"):
                if open_section:
                    out.append("</div>")
                open_section = b.kind == "h2"
                if b.kind == "h2":
                    out.append(f'<div class="dfe-section" data-section="cdc_{slugify(b.text)[:20]}">')
            out.append(self.block_html(b, entry))
            i += 1
        if open_section:
            out.append("</div>")
        return "\n".join(out)

    def on_this_page(self, entry: Entry) -> str:
        heads = [b.text for b in entry.story.blocks if b.kind in ("h2", "refs") and b.text != "Key points"]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li><a class="nav-link" href="#{slugify(h)}">{self.e(re.sub(r"[*]", "", h))}</a></li>' for h in heads)
        return (f'<nav class="cdc-on-this-page" aria-label="On This Page"><div class="cdc-on-this-page__title">'
                f'{"En esta página" if entry.story.language == "es" else "On This Page"}</div><ul class="nav">{items}</ul></nav>')

    def render_article(self, entry: Entry) -> str:
        es = entry.story.language == "es"
        url = self.url(self.post_path(entry))
        topic = self.topic(entry)
        hub = ("/spanish/index.html", "Temas de salud") if es else (f"/{self.topic_dir(topic)}/index.html", topic)
        crumbs = [("/spanish/index.html" if es else "/", "Inicio" if es else "Home"), hub]
        created = self.created[entry.story.key]
        division = DIVISIONS.get(entry.story.category, "Office of Communications")
        head = (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(self.teaser(entry, 25))}">\n'
                f'<meta property="og:title" content="{self.e(entry.title)}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="og:type" content="website">\n'
                f'<meta name="dcterms.created" content="{created:%Y-%m-%d}">\n'
                f'<meta property="cdc:last_updated" content="{entry.published:%Y-%m-%d}">\n'
                f'<meta property="cdc:last_reviewed" content="{entry.published:%Y-%m-%d}">\n'
                f'<meta name="cdc:content_source" content="{division}">\n'
                f'<meta name="cdc:maintained_by" content="{division}">\n'
                f'<meta name="cdc:template_version" content="4.24.2">\n<meta name="DC.language" content="{entry.story.language}">\n')
        related = "".join(f'<li><a href="{self.link(o, tracked=True)}">{self.e(o.title)}</a></li>' for o in self.related(entry))
        tools = (f'<div class="cdc-page-tools"><ul><li><a class="page-share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li>'
                 f'<li><a class="page-share-x" href="https://x.com/intent/tweet?url={url}">X</a></li>'
                 f'<li><a class="page-share-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a></li>'
                 f'<li><a class="page-share-syndicate" href="https://tools.example-syndication.gov/syndication/?url={url}">Syndicate</a></li>'
                 f'<li><button class="page-print" onclick="window.print()">{"Imprimir" if es else "Print"}</button></li></ul></div>')
        main = f"""<div class="row">
<div class="col-md-12"><h1 id="cdc-page-title" class="cdc-page-title">{self.e(entry.title)}</h1>{tools}</div>
</div>
<div class="row">
<div class="col-md-3 cdc-left-nav">{self.on_this_page(entry)}</div>
<div class="col-md-9">
<div class="cdc-dfe-body syndicate">
{self.body_html(entry)}
</div>
<div class="dfe-section cdc-related-pages"><h2>{"Páginas relacionadas" if es else "Related Pages"}</h2><ul class="list-bullet">{related}</ul></div>
<div class="cdc-page-footer"><div class="cdc-page-footer__content-source"><p class="last-reviewed">{self.reviewed_text(entry)}</p>
<p class="content-source">{"Fuente del contenido" if es else "Content source"}: <a href="{self.url(self.page_path('about'))}">{division}</a></p></div></div>
</div>
</div>"""
        return self.document(f"{entry.title} | {topic} | NCHP", main, crumbs, head, "es-us" if es else "en-us")

    # -- listings and pages ---------------------------------------------------------------------------

    def cards(self, entries: list[Entry], tracked: bool = False) -> str:
        return "".join(f'<div class="card cdc-card"><div class="card-body"><h3 class="card-title"><a href="{self.link(e, tracked)}">'
                       f'{self.e(e.title)}</a></h3><p class="card-text">{self.e(self.teaser(e, 18))}</p></div></div>'
                       for e in entries)

    def topic_page(self, topic: str) -> str:
        items = [e for e in self.newest if e.story.language == "en" and self.topic(e) == topic]
        main = (f'<h1 class="cdc-page-title">{self.e(topic)}</h1><div class="cdc-dfe-body"><div class="dfe-section">'
                f'<p class="lead">Information and resources about {self.e(topic.lower())} from {self.site_name}.</p>'
                f'<div class="cdc-card-grid">{self.cards(items)}</div></div></div>')
        return self.document(f"{topic} | NCHP", main, [("/", "Home")])

    def a_to_z(self, letter: str | None) -> str:
        names: dict[str, str] = {}
        for t in self.topics():
            names[t] = f"/{self.topic_dir(t)}/index.html"
        for e in self.entries:
            if e.story.language == "en":
                names[e.title] = self.post_path(e)
        have = {n[0].lower() for n in names}
        letters = "".join(f'<li><a href="{self.url(self.letter_path(x))}">{x.upper()}</a></li>' for x in string.ascii_lowercase)
        letters += '<li><a href="#">#</a></li>'
        shown = sorted((n, p) for n, p in names.items() if letter is None or n[0].lower() == letter)
        body = ("<ul class=\"az-list\">" + "".join(f'<li><a href="{self.url(p)}">{self.e(n)}</a></li>' for n, p in shown)
                + "</ul>") if shown else f'<p class="az-none">No topics found for the letter {letter.upper()}.</p>'
        heading = "Health Topics A-Z" + (f": {letter.upper()}" if letter else "")
        main = (f'<h1 class="cdc-page-title">{heading}</h1><nav class="az-strip" aria-label="A to Z index"><ul class="az-letters">'
                f'{letters}</ul></nav><div class="az-content">{body}</div>')
        crumbs = [("/", "Home")] + ([("/az/index.html", "A-Z Index")] if letter else [])
        assert have  # every site has topics
        return self.document(f"{heading} | NCHP", main, crumbs)

    def spanish_home(self) -> str:
        items = [e for e in self.newest if e.story.language == "es"]
        main = (f'<h1 class="cdc-page-title">Centros Nacionales para la Protección de la Salud</h1>'
                f'<div class="cdc-card-grid">{self.cards(items)}</div>')
        return self.document("NCHP en Español", main, [], lang="es-us", other_lang=self.url("/"))

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        hubs = "".join(f'<li><a href="{self.url(f"/{self.topic_dir(t)}/index.html")}">{self.e(t)}</a></li>' for t in self.topics())
        latest = [e for e in items if e.story.language == "en"][:8]
        main = (f'<h1 class="sr-only">{self.site_name}</h1><div class="cdc-hero"><h2>Protecting the nation&#39;s health</h2></div>'
                f'<div class="dfe-section"><h2>Features</h2><div class="cdc-card-grid">{self.cards(latest, tracked=True)}</div></div>'
                f'<div class="dfe-section"><h2>Health Topics</h2><ul class="topic-list">{hubs}</ul>'
                f'<p><a href="{self.url("/az/index.html")}">View all topics A-Z</a></p></div>')
        return self.document(self.site_name, main, [])

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<h1 class="cdc-page-title">{self.e(title)}</h1><div class="cdc-dfe-body"><div class="dfe-section">{body}</div></div>'
                f'<div class="cdc-page-footer"><p class="last-reviewed">Page last reviewed: January 8, 2024</p>'
                f'<p class="content-source">Content source: Office of Communications</p></div>')
        return self.document(f"{title} | NCHP", main, [("/", "Home")])
