"""optimizely (held out): a UK health insurer's member magazine, the "Health & Wellbeing hub", on
Optimizely CMS 12 (formerly Episerver) with Foundation-style MVC views, Optimizely Find (Search &
Navigation) listings, Optimizely Forms and a OneTrust cookie banner, as insurers and health funds run it.

Modelled on real files: Optimizely's Foundation sample site (episerver/Foundation
``Foundation/Features/Blog/BlogItem/Index.cshtml``: ``div.row.blog-item`` > hero ``img.blog-item__image``,
a breadcrumb list, ``StartPublish`` above the heading, the page's ``MainContentArea`` then ``MainBody``
raw, then "With the following tags:" ``a.tag.link`` "#Tag" links; ``Foundation/Features/Pages/StandardPage/Index.cshtml``:
``div.standard-page__container`` > ``div.standard-page__hero`` with a ``picture.standard-page__banner``
(``?width=1440&format=webp``), ``div.standard-page__box`` > ``div.article__title`` (category ``h4`` +
``h1``) and ``div.standard-page__content``; ``Foundation/Features/Blog/TagCloudBlock/Index.cshtml``:
``div.selection--cm__label`` + ``ul.selection--cm`` of "Tag (count)" links), the Alloy templates
(episerver/AlloyDemoKit ``src/AlloyDemoKit/Views/Shared/Blocks/TeaserBlock.cshtml``: ``div.border`` >
link > ``h2`` + ``p`` + image ``?width=368&height=176&scale=canvas``; ``Views/Shared/Breadcrumbs.cshtml``;
``Views/Shared/Blocks/CallToActionBlock.cshtml``, ``Views/PageListBlock/Index.cshtml``), and how
Optimizely renders a content area on the live site: ``div.block-area`` (the ``CssClass`` the view
passes) > one ``div.block TYPENAME DISPLAYOPTION`` per item (``block teaserblock col-md-4``), with no
``data-epi-*`` or ``epi-property`` attributes (those are written in edit mode only). Optimizely Forms as
served (``form.EPiServerForms`` > ``div.Form__Status`` + ``div.Form__MainBody`` > ``section.FormStep`` >
``div.Form__Element.FormChoice``, ``__FormGuid`` and ``__RequestVerificationToken`` hidden inputs), media
under ``/globalassets/`` with ImageSharp/ImageResizer queries, the OneTrust SDK's rendered banner
(``#onetrust-consent-sdk`` > ``#onetrust-banner-sdk.otFlat`` > ``#onetrust-policy-text`` and
``#onetrust-accept-btn-handler``, loaded by ``otSDKStub.js`` with ``data-domain-script``), a Geta-style
``/sitemap.xml`` (``lastmod``, ``changefreq``, ``priority``) and a robots.txt keeping ``/episerver/``
and ``/util/`` out.

The site (Meridian Health, ``<html lang="en-GB">``): a members' login banner ("Already a member? Log in
to My Meridian") above the header, a "Cymraeg" switcher, the OneTrust banner at the end of the body.

Articles ``/health-hub/articles/SLUG/`` (a ``BlogItemPage``-style page type): hero block (image, category
eyebrow, ``h1``, the intro as ``p.lead``: the story's first paragraph, part of the article), an author
block ("Written by Dr Ana Costa, GP" with a headshot, linked to the expert's profile; about a quarter
are "Written by the Meridian Health editorial team", no person), on some "Clinically reviewed by Sarah
Lindgren, Registered Nurse" and "Next review due: March 2026", a meta list "Published 12 March 2024"
and, on some, "Updated 2 April 2024", the body (``MainBody``; video posts embed a ``youtubeblock``
inside it), "Topics:" links, a share bar, a "Was this article helpful?" form, the "Related articles"
content area (three ``teaserblock`` blocks the editor picked: the truth's Read Also), a "Get a quote"
call to action, and the site-wide "Popular right now" page list block (the same five on every
article). JSON-LD: ``Article`` (``author`` a ``Person``, or the insurer's ``Organization`` on editorial
team articles), ``BreadcrumbList``. ``<title>`` is "Title | Health & Wellbeing hub | Meridian Health".

Welsh articles ``/cy/hwb-iechyd/erthyglau/SLUG/`` (``lang="cy"``): "Ysgrifennwyd gan ...",
"Cyhoeddwyd 12 Mawrth 2024", "Erthyglau cysylltiedig" (Welsh ones only); no category, no topics.

Truth decisions: authors are the named people (the editorial team is no person), credentials the role
shown ("GP", "Registered Dietitian"), the reviewer the clinician named; published is "Published" (not
"Updated"); tags are the "Topics:" links, the category the hub section (eyebrow and breadcrumb); the
lead paragraph is body; "Popular right now" is not Read Also.

Listings: ``/health-hub/`` (``?page=N``), a hub section per category ``/health-hub/mental-health/``
(``?page=N``), a topic page per tag ``/health-hub/topics/TAG/``, ``/cy/hwb-iechyd/``. Pages: home, policy
(product) pages under ``/health-insurance/`` and ``/dental-insurance/`` (with ``Product`` JSON-LD and
"Get a quote"), expert profiles ``/health-hub/our-experts/NAME/``, about, contact, privacy, search.

The trap: hub sections are Find-powered with a faceted sidebar: "Topic" facets that toggle a
``category`` parameter (several at once), "Sort by" links (``sort=newest|oldest|az``), and paging
that keeps them (``/health-hub/mental-health/?category=sleep&category=stress&page=2&sort=newest``):
combinations without end, each a page.
"""
from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from . import texts
from .posts import Entry, Person, Plan, slugify
from .site import TEXT, Response, ZooSite, later
from .umbraco import CY_STORIES, _hex, cy_date, uk_date

SITE = "Meridian Health"
HUB_NAME = "Health & Wellbeing hub"
HUB = "/health-hub/"
CY_HUB = "/cy/hwb-iechyd/"
XML = "application/xml; charset=utf-8"
SORTS = ("newest", "oldest", "az")
ROLES = {"MD": "GP", "DO": "GP", "RD": "Registered Dietitian", "PhD": "Health Psychologist", "RN": "Registered Nurse",
         "MPH": "Public Health Specialist", "PT": "Physiotherapist", "CPT": "Personal Trainer", "PharmD": "Pharmacist"}
PRODUCTS = (("/health-insurance/individual/", "Individual health insurance", "from £32.40 a month"),
            ("/health-insurance/family/", "Family health insurance", "from £78.15 a month"),
            ("/health-insurance/over-50s/", "Health insurance for over 50s", "from £54.90 a month"),
            ("/dental-insurance/", "Dental insurance", "from £11.50 a month"))


def role_of(person: Person) -> Person:
    """The person as the site shows them: "Dr" (no dot) and one role in words, not letters."""
    role = next((ROLES[c] for c in person.credentials if c in ROLES), "Health Writer")
    return Person(person.name, "Dr" if person.honorific else "", (role,))


class Optimizely(ZooSite):
    family = "optimizely"
    site_name = SITE
    declared_language = "en-GB"
    per_page = 9
    ignore_query = False
    author_pages = False
    authorless = "mixed"          # editorial-team articles name no person
    trap_patterns = (r"^/health-hub/[a-z0-9-]+/\?(?:[^#]*&)?(?:category|sort)=",)
    plan = Plan(seed="optimizely", count=40, languages=("en",), authors=5, reviewed=0.4, tz_hours=0,
                related=(3, 3, 3, 2))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._welsh = iter(CY_STORIES)
        super().__init__(base_url)

    # -- entries and paths ---------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.kind == "article" and entry.index % 9 == 4:
            story = next(self._welsh, story)
        authors = tuple(role_of(p) for p in entry.authors)
        reviewer = role_of(entry.reviewer) if entry.reviewer else None
        if story.language == "cy":
            return replace(entry, story=story, slug=story.key, authors=authors, reviewer=None, categories=(), tags=())
        if entry.post_id % 4 == 0:
            authors = ()                                  # "the Meridian Health editorial team"
        return replace(entry, authors=authors, reviewer=reviewer)

    def welsh(self, entry: Entry) -> bool:
        return entry.story.language == "cy"

    def english(self) -> list[Entry]:
        return [e for e in self.newest if not self.welsh(e)]

    def updated(self, entry: Entry):
        return later(entry.published, f"optimizely-updated:{entry.slug}", 20, 300) if entry.post_id % 3 != 1 else None

    def shown_related(self, entry: Entry) -> list[Entry]:
        return [o for o in self.related(entry) if self.welsh(o) == self.welsh(entry)]

    def post_path(self, entry: Entry) -> str:
        if self.welsh(entry):
            return f"{CY_HUB}erthyglau/{entry.slug}/"
        return f"{HUB}articles/{entry.slug}/"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged(HUB, n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"{HUB}{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"{HUB}topics/{slugify(name)}/", n)

    def expert_path(self, person: Person) -> str:
        return f"{HUB}our-experts/{slugify(person.name)}/"

    def page_path(self, slug: str) -> str:
        return {"about": "/about-us/", "contact": "/contact-us/", "start-here": "/health-hub/about-the-hub/",
                "privacy-policy": "/privacy-notice/"}.get(slug, f"/{slug}/")

    def media(self, name: str, width: int = 800) -> str:
        return f"/globalassets/health-hub/{_hex(name, 2)}/{name}.jpg?width={width}&quality=80"

    # -- routes --------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        welsh = [e.index for e in self.entries if self.welsh(e)]
        for entry in self.entries:
            if self.welsh(entry):                         # the Welsh editor links the other Welsh articles
                entry.related = [i for i in welsh if i != entry.index]
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
        self.add_listing(HUB_NAME, self.english(), self.home_path)
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, lambda n, t=name: self.category_path(t, n))
        for name, items in self.groups("tags").items():
            self.add_listing(name, items, lambda n, t=name: self.tag_path(t, n))
        self.add(CY_HUB, "listing", self.welsh_listing)
        people = {p for e in self.entries for p in (*e.authors, *([e.reviewer] if e.reviewer else []))}
        for person in people:
            self.add(self.expert_path(person), "page", lambda p=person: self.expert_page(p))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.render_page(s, t, p))
        for path, name, price in PRODUCTS:
            self.add(path, "page", lambda p=path, n=name, c=price: self.product_page(p, n, c))
        self.add("/", "page", self.home)
        self.add("/search/", "page", self.search_page)
        self.add("/sitemap.xml", "other", self.site_map, XML)

    def filter_state(self, target: str) -> tuple[str, list[str], str, int] | None:
        """(section path, topics, sort, page) of a faceted hub-section address, or None."""
        parts = urlsplit(target)
        sections = {self.category_path(c): c for c in self.groups("categories")}
        if parts.path not in sections:
            return None
        params = parse_qsl(parts.query)
        topics = {slugify(t) for t in self.groups("tags")}
        if any(k not in ("category", "sort", "page") for k, _ in params):
            return None
        if any((k == "category" and v not in topics) or (k == "sort" and v not in SORTS)
               or (k == "page" and not (v.isdigit() and int(v) >= 1)) for k, v in params):
            return None
        cats = list(dict.fromkeys(v for k, v in params if k == "category"))
        sort = next((v for k, v in reversed(params) if k == "sort"), "")
        page = int(next((v for k, v in reversed(params) if k == "page"), "1"))
        if not cats and not sort:
            return None
        return parts.path, cats, sort, page

    def trap(self, target: str) -> Response | None:
        state = self.filter_state(target)
        if state is None:
            return None
        path, cats, sort, page = state
        name = next(c for c in self.groups("categories") if self.category_path(c) == path)
        items = [e for e in self.groups("categories")[name] if not cats or any(slugify(t) in cats for t in e.tags)]
        if sort == "oldest":
            items.reverse()
        elif sort == "az":
            items.sort(key=lambda e: e.title)
        pages = max(1, -(-len(items) // self.per_page))
        if page > pages:
            return None

        def path_of(n: int) -> str:
            params = [("category", c) for c in cats] + ([("page", str(n))] if n > 1 else []) + ([("sort", sort)] if sort else [])
            return f"{path}?{urlencode(params)}"
        chunk = items[(page - 1) * self.per_page:page * self.per_page]
        return Response(200, self.html_type, self.encode(self.render_listing(name, chunk, page, pages, path_of, (cats, sort))))

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /episerver/\nDisallow: /EPiServer/\nDisallow: /util/\nDisallow: /search/\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def site_map(self) -> str:
        rows = []
        for entry in self.newest:
            when = self.updated(entry) or entry.published
            rows.append(f"<url><loc>{self.e(self.url(self.post_path(entry)))}</loc><lastmod>{when:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>"
                        "<changefreq>weekly</changefreq><priority>0.5</priority></url>")
        pages = ["/", HUB, CY_HUB, *[self.category_path(c) for c in self.groups("categories")],
                 *[p for p, _, _ in PRODUCTS], *[self.page_path(s) for s in texts.EVERGREEN]]
        rows += [f"<url><loc>{self.e(self.url(p))}</loc><changefreq>daily</changefreq><priority>0.8</priority></url>" for p in pages]
        return ('<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(rows) + "</urlset>")

    # -- the frame -----------------------------------------------------------------------------------------

    def document(self, title: str, path: str, main: str, description: str, crumbs: list[tuple[str, str]],
                 page_type: str, welsh: bool = False, ld: list[dict] | None = None, og_type: str = "website") -> str:
        canonical = self.url(path)
        trail = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": name, "item": self.url(href)} for i, (name, href) in enumerate(crumbs)]}
        scripts = "".join(f'<script type="application/ld+json">{json.dumps(d)}</script>\n' for d in [*(ld or []), trail])
        head = f"""<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{self.e(title)}</title>
<meta name="description" content="{self.e(description)}" />
<link rel="canonical" href="{self.e(canonical)}" />
<link rel="alternate" hreflang="{'cy' if welsh else 'en-gb'}" href="{self.e(canonical)}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{self.e(title.split(' | ')[0])}" />
<meta property="og:description" content="{self.e(description)}" />
<meta property="og:url" content="{self.e(canonical)}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:image" content="{self.url(self.media('social-share', 1200))}" />
<meta name="twitter:card" content="summary_large_image" />
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="3f9a2c1e-7b4d-4e8a-9c10-5d6e7f8a9b0c"></script>
<script type="text/javascript">function OptanonWrapper() {{ }}</script>
<link href="/dist/css/main.min.css?v=638412345678901234" rel="stylesheet" />
{scripts}"""
        return f"""<!DOCTYPE html>
<html lang="{'cy' if welsh else 'en-GB'}">
<head>
{head}</head>
<body class="{page_type}">
{self.header(welsh)}
<main id="main-content" class="main-content">
<div class="container">
{self.breadcrumb(crumbs)}
{main}
</div>
</main>
{self.footer(welsh)}
{self.onetrust()}
<script src="/dist/js/main.min.js?v=638412345678901234"></script>
</body>
</html>"""

    def header(self, welsh: bool) -> str:
        banner = ("Eisoes yn aelod? <a href=\"https://my.meridianhealth.example/login\">Mewngofnodwch i Fy Meridian</a> i wneud hawliad."
                  if welsh else
                  'Already a member? <a href="https://my.meridianhealth.example/login">Log in to My Meridian</a> to make a claim, '
                  "find a specialist or view your policy documents.")
        nav = ((HUB, HUB_NAME), ("/health-insurance/individual/", "Health insurance"), ("/dental-insurance/", "Dental insurance"),
               ("/about-us/", "About us"))
        links = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.url(h)}">{self.e(t)}</a></li>' for h, t in nav)
        switch = (f'<a class="language-switch" href="{self.url("/")}" hreflang="en" lang="en">English</a>' if welsh else
                  f'<a class="language-switch" href="{self.url(CY_HUB)}" hreflang="cy" lang="cy">Cymraeg</a>')
        return f"""<div class="member-login-banner"><div class="container"><p>{banner}</p></div></div>
<header class="header">
<nav class="navbar navbar-expand-lg"><div class="container">
<a class="navbar-brand" href="{self.url('/')}"><img src="/globalassets/logos/meridian-health.svg" alt="{SITE}" width="170" height="40" /></a>
<ul class="navbar-nav">{links}</ul>
<form class="header-search" action="{self.url('/search/')}" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search" /><button type="submit">Search</button></form>
{switch}
<a class="btn btn-primary header-quote" href="{self.url(PRODUCTS[0][0])}#quote">Get a quote</a>
</div></nav>
</header>"""

    def breadcrumb(self, crumbs: list[tuple[str, str]]) -> str:
        items = "".join(f'<li class="breadcrumb-item active" aria-current="page">{self.e(name)}</li>' if i == len(crumbs) - 1 else
                        f'<li class="breadcrumb-item"><a href="{self.e(self.url(href))}">{self.e(name)}</a></li>'
                        for i, (name, href) in enumerate(crumbs))
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{items}</ol></nav>'

    def footer(self, welsh: bool) -> str:
        links = "".join(f'<li><a href="{self.url(self.page_path(s))}">{self.e(t)}</a></li>' for s, (t, _) in texts.EVERGREEN.items())
        return f"""<footer class="footer"><div class="container"><div class="row">
<div class="col-md-4"><h3>Meridian Health</h3><ul class="footer-links">{links}<li><a href="{self.url('/sitemap.xml')}">Sitemap</a></li></ul></div>
<div class="col-md-4"><h3>{'Cysylltu' if welsh else 'Talk to us'}</h3><p>0800 123 4567<br />Monday to Friday, 8am to 8pm</p></div>
<div class="col-md-4"><p class="legal">Meridian Health Insurance Limited is authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales No. 01234567.</p></div>
</div><p class="copyright">&copy; 2024 Meridian Health</p></div></footer>"""

    def onetrust(self) -> str:
        return """<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text" aria-modal="true" aria-label="Privacy">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div class="banner_logo"></div><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>
<div id="onetrust-policy-text">We use cookies to make our website work, to understand how you use it and to show you relevant offers.
You can accept all cookies or manage your preferences. <a class="ot-cookie-policy-link" href="/privacy-notice/" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div></div></div></div>"""

    # -- blocks --------------------------------------------------------------------------------------------

    def teaser_block(self, entry: Entry, grid: str = "col-md-4") -> str:
        return (f'<div class="block teaserblock {grid}"><div class="teaser"><a class="teaser__link" href="{self.url(self.post_path(entry))}">'
                f'<div class="teaser__image"><img src="{self.media(entry.slug[:24], 368)}&amp;height=176&amp;scale=canvas" alt="" loading="lazy" /></div>'
                f'<h3 class="teaser__heading">{self.e(entry.title)}</h3>'
                f'<p class="teaser__text">{self.e(self.teaser(entry, 18))}</p></a></div></div>')

    def page_list_block(self, heading: str, items: list[Entry], extra: str = "") -> str:
        rows = "".join(f'<li class="page-list__item"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a>'
                       f'<span class="page-list__date">{uk_date(o.published)}</span></li>' for o in items)
        return (f'<div class="block-area {extra}"><div class="block pagelistblock col-md-12"><div class="page-list">'
                f'<h2>{self.e(heading)}</h2><ul class="page-list__items">{rows}</ul></div></div></div>')

    def cta_block(self) -> str:
        return ('<div class="block-area cta-area"><div class="block calltoactionblock col-md-12"><div class="call-to-action">'
                '<h2>Health insurance that puts you first</h2><p>Fast access to specialists, mental health support and a 24/7 '
                'GP phone line. Get a personalised quote in minutes.</p>'
                f'<a class="btn btn-primary" href="{self.url(PRODUCTS[0][0])}#quote">Get a quote</a></div></div></div>')

    def feedback_form(self, entry: Entry, welsh: bool) -> str:
        guid = f"{_hex('form' + entry.slug, 8)}-{_hex('a' + entry.slug, 4)}-4c2d-9e1f-{_hex('b' + entry.slug, 12)}"
        q, yes, no, send = (("Oedd yr erthygl hon yn ddefnyddiol?", "Oedd", "Nac oedd", "Anfon") if welsh else
                            ("Was this article helpful?", "Yes", "No", "Send feedback"))
        return (f'<div class="block-area feedback-area"><div class="block formcontainerblock col-md-12">'
                f'<form method="post" enctype="multipart/form-data" class="EPiServerForms" id="{guid}" action="/EPiServer.Forms/DataSubmit/Submit">'
                f'<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormGuid" value="{guid}" />'
                f'<h2 class="Form__Title">{q}</h2><div class="Form__Status"><div class="Form__Status__Message hide"></div></div>'
                '<div class="Form__MainBody"><section class="Form__Element FormStep"><div class="Form__Element FormChoice" data-f-element-name="__field_1842">'
                f'<fieldset><legend class="Form__Element__Caption">{q}</legend>'
                f'<label><input type="radio" name="__field_1842" value="yes" class="FormChoice__Input FormChoice__Input--Radio" />{yes}</label>'
                f'<label><input type="radio" name="__field_1842" value="no" class="FormChoice__Input FormChoice__Input--Radio" />{no}</label></fieldset></div>'
                f'<button type="submit" name="submit" value="Submit" class="Form__Element FormExcludeDataRebind FormSubmitButton">{send}</button></section></div>'
                f'<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{_hex("token" + entry.slug, 40)}" /></form></div></div>')

    def share(self, entry: Entry) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        return ('<div class="share-bar"><span class="share-bar__label">Share</span><ul class="share-bar__list">'
                f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="noopener">Facebook</a></li>'
                f'<li><a href="https://twitter.com/intent/tweet?url={url}" rel="noopener">X</a></li>'
                f'<li><a href="https://www.linkedin.com/sharing/share-offsite/?url={url}" rel="noopener">LinkedIn</a></li>'
                f'<li><a href="mailto:?subject={quote(entry.title)}&amp;body={url}">Email</a></li></ul></div>')

    # -- articles ------------------------------------------------------------------------------------------

    def author_block(self, entry: Entry, welsh: bool) -> str:
        written = "Ysgrifennwyd gan" if welsh else "Written by"
        if not entry.authors:
            people = (f'<div class="author-block__person"><img class="author-block__image" src="{self.media("meridian-logo-mark", 96)}" alt="" />'
                      f'<p class="author-block__name">{written} the {SITE} editorial team</p></div>')
        else:
            people = "".join(
                f'<div class="author-block__person"><img class="author-block__image" src="{self.media(slugify(p.name), 96)}" alt="{self.e(p.name)}" />'
                f'<p class="author-block__name">{written} <a href="{self.url(self.expert_path(p))}">{self.e(f"{p.honorific} {p.name}".strip())}</a>, '
                f'{self.e(p.credentials[0])}</p></div>' for p in entry.authors)
        reviewer = entry.reviewer
        review = ""
        if reviewer:
            due = entry.published.replace(year=entry.published.year + 2)
            review = (f'<p class="author-block__reviewer">Clinically reviewed by <a href="{self.url(self.expert_path(reviewer))}">'
                      f'{self.e(f"{reviewer.honorific} {reviewer.name}".strip())}</a>, {self.e(reviewer.credentials[0])}</p>'
                      f'<p class="author-block__review-due">Next review due: {due:%B} {due.year}</p>')
        return f'<div class="author-block">{people}{review}</div>'

    def meta_list(self, entry: Entry, welsh: bool) -> str:
        when, updated = entry.published, self.updated(entry)
        if welsh:
            rows = f'<li class="article-meta__published">Cyhoeddwyd {cy_date(when)}</li>'
            rows += f'<li class="article-meta__updated">Diweddarwyd {cy_date(updated)}</li>' if updated else ""
        else:
            rows = f'<li class="article-meta__published">Published {uk_date(when)}</li>'
            rows += f'<li class="article-meta__updated">Updated {uk_date(updated)}</li>' if updated else ""
            rows += f'<li class="article-meta__reading-time">{self.minutes(entry)} min read</li>'
        return f'<ul class="article-meta">{rows}</ul>'

    def main_body(self, entry: Entry) -> str:
        out = []
        for block in entry.story.blocks[1:]:
            if block.kind == "video":
                out.append(f'<div class="block youtubeblock col-md-12"><div class="video-container embed-responsive embed-responsive-16by9">'
                           f'{self.video_html(block.text, entry)}</div></div>')
            elif block.kind == "figure":
                out.append(f'<p><img src="{self.media(slugify(block.items[0])[:30])}" alt="{self.e(block.items[0])}" /></p>')
            else:
                out.append(self.block_html(block, entry))
        return "\n".join(out)

    def lead(self, entry: Entry) -> str:
        first = entry.story.blocks[0]
        return f'<p class="lead">{self.inline(first.text)}</p>' if first.kind == "p" else self.block_html(first, entry)

    def render_article(self, entry: Entry) -> str:
        welsh = self.welsh(entry)
        path = self.post_path(entry)
        cat = entry.categories[0] if entry.categories else ""
        if welsh:
            crumbs = [("Hafan", "/"), ("Hwb iechyd a lles", CY_HUB), (entry.title, path)]
        else:
            crumbs = [("Home", "/"), (HUB_NAME, HUB), (cat, self.category_path(cat)), (entry.title, path)]
        eyebrow = f'<h4 class="article__category"><a href="{self.url(self.category_path(cat))}">{self.e(cat)}</a></h4>' if cat else ""
        hero = (f'<div class="block-area hero-area"><div class="block heroblock col-md-12"><div class="hero">'
                f'<picture class="hero__image"><source srcset="{self.media(entry.slug[:24], 1440)}&amp;format=webp" type="image/webp" />'
                f'<img src="{self.media(entry.slug[:24], 1440)}" alt="" loading="lazy" /></picture>'
                f'<div class="hero__content"><div class="article__title">{eyebrow}<h1>{self.e(entry.title)}</h1></div>'
                f'{self.lead(entry)}</div></div></div></div>')
        topics = "".join(f'<li><a class="tag link" href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        topics = f'<div class="article-topics"><span>Topics:</span><ul class="tag-cloud">{topics}</ul></div>' if topics else ""
        related = self.shown_related(entry)
        related_html = ""
        if related:
            heading = "Erthyglau cysylltiedig" if welsh else "Related articles"
            related_html = (f'<div class="related-articles"><h2>{heading}</h2><div class="block-area row equal-height">'
                            + "".join(self.teaser_block(o) for o in related) + "</div></div>")
        popular = "" if welsh else self.page_list_block("Popular right now", self.popular(5), "popular-area")
        main = (f'<div class="row blogitem-page"><div class="col-12">{hero}'
                f'<div class="row"><div class="col-lg-8 article">{self.author_block(entry, welsh)}{self.meta_list(entry, welsh)}'
                f'<div class="article__body rich-text">\n{self.main_body(entry)}\n</div>{topics}{self.share(entry)}'
                f'{self.feedback_form(entry, welsh)}</div>'
                f'<aside class="col-lg-4 sidebar">{popular}</aside></div>'
                f'{related_html}{"" if welsh else self.cta_block()}</div></div>')
        updated = self.updated(entry) or entry.published
        author = ([{"@type": "Person", "name": p.name, "jobTitle": p.credentials[0], "url": self.url(self.expert_path(p))} for p in entry.authors]
                  or {"@type": "Organization", "name": SITE, "url": self.url("/")})
        article = {"@context": "https://schema.org", "@type": "Article", "headline": entry.title,
                   "image": self.url(self.media(entry.slug[:24], 1440)), "datePublished": entry.published.isoformat(),
                   "dateModified": updated.isoformat(), "author": author,
                   "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": self.url("/globalassets/logos/meridian-health.png")}},
                   "mainEntityOfPage": self.url(path), "inLanguage": "cy" if welsh else "en-GB"}
        if entry.reviewer:
            article["reviewedBy"] = {"@type": "Person", "name": entry.reviewer.name}
        title = f"{entry.title} | {'Hwb iechyd a lles' if welsh else HUB_NAME} | {SITE}"
        return self.document(title, path, main, self.teaser(entry, 24), crumbs, "blogitem-page", welsh, [article], "article")

    # -- listings and pages --------------------------------------------------------------------------------

    def card(self, entry: Entry, welsh: bool = False) -> str:
        when = cy_date(entry.published) if welsh else uk_date(entry.published)
        return (f'<div class="col-md-4"><article class="blog-item-preview"><a href="{self.url(self.post_path(entry))}">'
                f'<img class="blog-item-preview__image img-fluid" src="{self.media(entry.slug[:24], 400)}" alt="" loading="lazy" /></a>'
                f'<p class="blog-item-preview__date">{when}</p><h3 class="blog-item-preview__title"><a href="{self.url(self.post_path(entry))}">'
                f'{self.e(entry.title)}</a></h3><p>{self.e(self.teaser(entry, 20))}</p></article></div>')

    def pager(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        items = "".join(f'<li class="page-item active"><span class="page-link">{k}</span></li>' if k == n else
                        f'<li class="page-item"><a class="page-link" href="{self.e(self.url(path_of(k)))}">{k}</a></li>' for k in range(1, pages + 1))
        if n < pages:
            items += f'<li class="page-item"><a class="page-link" href="{self.e(self.url(path_of(n + 1)))}" aria-label="Next">Next</a></li>'
        return f'<nav aria-label="Pagination"><ul class="pagination">{items}</ul></nav>'

    def facets(self, section: str, state: tuple[list[str], str]) -> str:
        """Find's faceted sidebar: each topic toggles a ``category`` value, sort links set ``sort``, keeping the rest."""
        cats, sort = state

        def link(new_cats: list[str], new_sort: str) -> str:
            params = [("category", c) for c in new_cats] + ([("sort", new_sort)] if new_sort else [])
            return section + (f"?{urlencode(params)}" if params else "")
        counts = {name: len(items) for name, items in self.groups("tags").items()}
        topics = "".join(
            f'<li class="facet__item{" facet__item--selected" if slugify(t) in cats else ""}"><a href="{self.e(self.url(link([c for c in cats if c != slugify(t)] if slugify(t) in cats else [*cats, slugify(t)], sort)))}">'
            f'{self.e(t)} <span class="facet__count">({k})</span></a></li>' for t, k in sorted(counts.items()))
        sorts = "".join(f'<li><a href="{self.e(self.url(link(cats, s)))}">{label}</a></li>'
                        for s, label in zip(SORTS, ("Newest first", "Oldest first", "A to Z")))
        return (f'<aside class="col-lg-3 search-facets"><div class="selection--cm__label">Topic</div><ul class="selection--cm facet">{topics}</ul>'
                f'<div class="selection--cm__label">Sort by</div><ul class="selection--cm sort">{sorts}</ul>'
                f'<a class="facets__clear" href="{self.url(section)}">Clear filters</a></aside>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of,
                       state: tuple[list[str], str] | None = None) -> str:
        first = path_of(1).split("?")[0]
        cards = "".join(self.card(e) for e in items) or '<p class="no-results">No articles match your filters.</p>'
        listing = f'<div class="row search-results">{cards}</div>{self.pager(n, pages, path_of)}'
        section = first != HUB and not first.startswith(f"{HUB}topics/")
        if section:
            listing = f'<div class="row">{self.facets(first, state or ([], ""))}<div class="col-lg-9">{listing}</div></div>'
        heading = title if not first.startswith(f"{HUB}topics/") else f"Topic: {title}"
        crumbs = [("Home", "/"), (HUB_NAME, HUB)] + ([(heading, first)] if first != HUB else [])
        main = (f'<div class="standard-page__box"><div class="article__title"><h1>{self.e(heading)}</h1></div>'
                f'<div class="standard-page__content">{listing}</div></div>')
        label = f"{heading} | {SITE}" + (f" | Page {n}" if n > 1 else "")
        path = path_of(n)
        return self.document(label, path, main, f"{heading}: articles from the {SITE} {HUB_NAME}", crumbs, "blog-list-page")

    def welsh_listing(self) -> str:
        cards = "".join(self.card(e, True) for e in self.newest if self.welsh(e))
        main = (f'<div class="standard-page__box"><div class="article__title"><h1>Hwb iechyd a lles</h1></div>'
                f'<div class="standard-page__content"><div class="row search-results">{cards}</div></div></div>')
        return self.document(f"Hwb iechyd a lles | {SITE}", CY_HUB, main, "Erthyglau iechyd a lles", [("Hafan", "/"), ("Hwb iechyd a lles", CY_HUB)],
                             "blog-list-page", True)

    def standard(self, title: str, path: str, inner: str, crumbs: list[tuple[str, str]], ld: list[dict] | None = None) -> str:
        main = (f'<div class="row"><div class="col-12 standard-page__container"><div class="standard-page__hero">'
                f'<picture class="standard-page__banner"><img class="standard-page__banner" src="{self.media(slugify(title)[:24], 1440)}" loading="lazy" /></picture>'
                f'<div class="hero__gradient"></div></div><div class="standard-page__box"><div class="article__title">'
                f'<h1 class="color-light margin-bottom-z">{self.e(title)}</h1></div><div class="standard-page__content">{inner}</div></div></div></div>')
        return self.document(f"{title} | {SITE}", path, main, title, crumbs, "standard-page", ld=ld)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        path = self.page_path(slug)
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        return self.standard(title, path, f'<div class="row"><div class="col-12">{body}</div></div>', [("Home", "/"), (title, path)])

    def product_page(self, path: str, name: str, price: str) -> str:
        ld = {"@context": "https://schema.org", "@type": "Product", "name": name, "brand": {"@type": "Brand", "name": SITE},
              "offers": {"@type": "Offer", "priceCurrency": "GBP", "price": price.split("£")[1].split()[0], "url": self.url(path)}}
        inner = (f'<p class="lead">Cover {price}, with fast access to specialists and a 24/7 GP phone line.</p>'
                 '<ul class="benefits"><li>Outpatient consultations and diagnostics</li><li>Mental health support</li>'
                 '<li>Cancer cover as standard</li><li>Digital GP appointments</li></ul>'
                 '<p>Premiums depend on your age, where you live and the excess you choose. Terms and exclusions apply; '
                 'pre-existing conditions are usually excluded.</p>'
                 f'<div class="block-area"><div class="block calltoactionblock col-md-12" id="quote"><div class="call-to-action"><h2>Get a quote</h2>'
                 f'<a class="btn btn-primary" href="https://quote.meridianhealth.example/start?product={slugify(name)}">Start your quote</a></div></div></div>')
        return self.standard(name, path, inner, [("Home", "/"), (name, path)], [ld])

    def expert_page(self, person: Person) -> str:
        path = self.expert_path(person)
        shown = f"{person.honorific} {person.name}".strip()
        written = [e for e in self.newest if person in e.authors]
        items = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in written)
        inner = (f'<p class="expert__role">{self.e(person.credentials[0])}</p><p>{self.e(person.name)} writes and reviews articles for the '
                 f'{HUB_NAME}, drawing on years of clinical practice.</p>' + (f"<h2>Articles</h2><ul>{items}</ul>" if items else ""))
        ld = {"@context": "https://schema.org", "@type": "Person", "name": person.name, "jobTitle": person.credentials[0]}
        return self.standard(shown, path, inner, [("Home", "/"), (HUB_NAME, HUB), (shown, path)], [ld])

    def home(self) -> str:
        latest = "".join(self.teaser_block(e) for e in self.english()[:3])
        products = "".join(f'<li><a href="{self.url(p)}">{self.e(n)}</a> <span>{c}</span></li>' for p, n, c in PRODUCTS)
        inner = (f'<p class="lead">Health insurance that helps you get back to the things you love.</p><ul class="products">{products}</ul>'
                 f'<h2>From the {HUB_NAME}</h2><div class="block-area row equal-height">{latest}</div>'
                 f'<p><a href="{self.url(HUB)}">Visit the {HUB_NAME}</a></p>')
        org = {"@context": "https://schema.org", "@type": "InsuranceAgency", "name": SITE, "url": self.url("/"), "telephone": "0800 123 4567"}
        return self.standard(SITE, "/", inner, [("Home", "/")], [org])

    def search_page(self) -> str:
        form = (f'<form action="{self.url("/search/")}" method="get"><input type="search" name="q" aria-label="Search" />'
                '<button type="submit">Search</button></form><p>Search articles, policies and help.</p>')
        return self.standard("Search", "/search/", form, [("Home", "/"), ("Search", "/search/")])
