"""craft (held out): a UK heart charity's "News and stories" on Craft CMS, built by an agency with
Twig templates, Matrix content blocks, SEOmatic, Sprig, Blitz and Cookiebot.

Modelled on real files: Craft's Europa Museum demo (craftcms/europa-museum
``templates/_/components/block-matrix.twig``: one include per Matrix block type,
``entry.contentBlocks.all()`` looped into ``"_/components/blocks/" ~ block.type.handle``;
``templates/_/pages/news-article.twig``: the news entry template, hero then the block matrix;
both read; ``templates/_/rss/news.rss`` and ``templates/_/layouts/base.twig`` only listed);
SEOmatic (nystudio107/craft-seomatic ``src/seomatic-config/entrymeta/JsonLdContainer.php`` and
``src/seomatic-config/categorymeta/JsonLdContainer.php``, read: the ``mainEntityOfPage`` JSON-LD of a
section, a ``WebPage`` unless configured, with ``{{ seomatic.canonicalUrl }}`` and ``inLanguage``;
the ``entrymeta`` folder's ``TagContainer.php``/``TitleContainer.php`` were only listed, not read).
From memory of SEOmatic's rendered output, not from a file read here: ``author``, ``copyrightHolder``,
``creator`` and ``publisher`` pointing at the ``#identity`` and ``#creator`` organisations rather than at
any person, ``<meta content=".." property="og:..">`` written content-first, "Title | Site" titles,
``og:type`` "website", its default robots.txt (``Disallow: /cpresources/``, ``/vendor/``, ``/.env``,
``/cache/``) and sitemap names (``/sitemaps-1-sitemap.xml`` > ``/sitemaps-1-section-news-1-sitemap.xml``).
Sprig: the class putyourlightson/sprig ``services/ComponentsService`` (read by content; the index gave
no repository path): a component renders as ``<div id="component-xxxxxx" class="sprig-component"
data-hx-target="this" data-hx-include="this" data-hx-trigger="refresh" data-hx-get="<action URL of
sprig-core/components/render>" data-hx-vals="{...sprig:siteId...}">``, ``s-*`` attributes become
``data-hx-*``, as also saved on live sites (a scraper's copy of wng.org's markup). Blitz: the class
putyourlightson/blitz ``services/GenerateCacheService`` (read by content, no path given):
``<!-- Cached by Blitz on DATE -->`` appended to the cached output. From memory too: Alpine.js
accordions (``x-data``, ``x-show``, ``x-collapse``, ``x-cloak``: the panel is hidden by the site's CSS
only), agency BEM/ITCSS classes (``o-container``, ``c-hero``, ``c-article``, ``c-block c-block--text``
...), and Cookiebot's manual blocking of iframes (``data-cookieblock-src`` with
``data-cookieconsent="marketing"``) for half the videos. The Welsh text is the author's own.

The site ("Hearts Together", ``<html lang="en-GB">``, Welsh site ``/cy``): a donation banner and a
header with "Donate" and a "Cymraeg" switcher; ``<main id="main">``; a newsletter signup and a
footer with the charity numbers on every page; Cookiebot's script in the head.

Entries (Craft URLs, no trailing slash):
- News ``/news-and-stories/news/slug``: ``c-hero`` with the topic pill, ``h1``, "By Jane Roe,
  Senior Press Officer" (a role, not a credential) or no byline (the press office), and the date
  "12 March 2024"; SEOmatic ``NewsArticle`` (author: the charity).
- Stories ``/news-and-stories/stories/slug``: personal stories; the hero says "As told to Jane Roe"
  (the staff writer who wrote the story up; the person whose story it is is only the story's subject,
  named by first name in the text if at all) and the date; SEOmatic ``WebPage`` (the section has no
  article schema configured).
- Welsh stories ``/cy/newyddion-a-straeon/straeon/slug`` (``lang="cy"``): "Fel y'i hadroddwyd wrth
  Jane Roe", "12 Mawrth 2024".
Bodies are Matrix blocks: ``c-block--text`` (rich text: paragraphs, headings, lists),
``c-block--quote``, ``c-block--image`` (``<picture>`` with transforms), ``c-block--video``
(YouTube/Vimeo from an embed field), ``c-block--accordion`` (the "References" or "Sources" list,
collapsed by Alpine: body), and a ``c-block--cta`` "Donate now" box in the flow of the body (not
body). After the article: tags, a share bar, "You might also like" (an entries field chosen per
entry: one to three items, the Read Also), and a site-wide "Latest news" strip (the three newest
news items: not the Read Also).

Truth decisions: "As told to NAME" makes NAME the author (the one who wrote the text down); the
press office is no person; a role after the comma is not a credential; the topic pill is the
category, the "Tagged" links the tags; the Welsh stories have neither; Read Also is "You might also
like" only (English pages show English entries, Welsh pages Welsh ones). Events
``/events/slug`` (date, venue, "Book your place") are pages, not articles.

Listings: ``/news-and-stories`` (Sprig "Load more": an ``<a href="?page=2">`` the component
enhances), ``/news-and-stories/news`` and ``/stories`` (same), topic and tag pages
``/news-and-stories/topics/slug`` and ``/news-and-stories/tags/slug``, ``/events``, ``/cy`` and
``/cy/newyddion-a-straeon``. Pages: home, donate, about, contact, get involved, privacy, events.
``/news-and-stories/feed.rss``, SEOmatic sitemaps, robots.txt.

The trap: the listing's filter pills are links (``?type=stories&topic=heart``) that toggle a topic
in the query or set the type, keeping the rest, and "Load more" keeps the filter and adds the page
(``?type=stories&topic=heart&topic=stroke&page=3``): thousands of combinations.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story, slugify
from .site import RSS, TEXT, Response, ZooSite
from .umbraco import cy_date, uk_date

SITE = "Hearts Together"
XML = "application/xml; charset=utf-8"
HUB = "/news-and-stories"
CY_HUB = "/cy/newyddion-a-straeon"
ROLE = "Senior Press Officer"
BLITZ = "<!-- Cached by Blitz on 2024-06-03T10:12:44+01:00 -->"

CY_STORIES = (
    Story("fy-nhaith-gyda-methiant-y-galon", "Fy nhaith gyda methiant y galon", "cy", "article", "Straeon", (), (
        Block("p", "Cefais wybod bod gen i fethiant y galon pan oeddwn i'n hanner cant oed. Roeddwn i wedi bod yn teimlo'n "
                   "flinedig ers misoedd, ond roeddwn i'n meddwl mai gwaith oedd ar fai."),
        Block("p", "Ar ôl y diagnosis, roedd popeth yn teimlo'n ansicr. Doeddwn i ddim yn gwybod a fyddwn i'n gallu mynd yn "
                   "ôl i'r gwaith na chwarae gyda fy wyrion."),
        Block("h2", "Dod o hyd i gefnogaeth"),
        Block("p", "Fe wnaeth fy nyrs arbenigol fy nghyflwyno i grŵp cymorth lleol. Mae cwrdd â phobl eraill sy'n byw gyda'r "
                   "un cyflwr wedi gwneud byd o wahaniaeth i mi a'm teulu."),
        Block("p", "Erbyn hyn rwy'n cerdded bob dydd ac rwy'n cymryd fy meddyginiaeth yn ofalus. Mae rhai dyddiau'n anodd o "
                   "hyd, ond rwy'n edrych ymlaen at y dyfodol."))),
    Story("dysgu-cpr-a-achubodd-fywyd-fy-nhad", "Dysgu CPR a achubodd fywyd fy nhad", "cy", "article", "Straeon", (), (
        Block("p", "Roedd fy nhad yn torri'r gwair pan gwympodd yn yr ardd. Roeddwn i wedi dysgu CPR yn yr ysgol dim ond "
                   "ychydig wythnosau ynghynt."),
        Block("p", "Ffoniais 999 a dechreuais wasgu ar ei frest yn galed ac yn gyflym, fel y dangosodd yr hyfforddwr i ni. "
                   "Dywedodd y sawl a atebodd yr alwad wrthyf am beidio â stopio."),
        Block("p", "Cyrhaeddodd yr ambiwlans ar ôl naw munud. Dywedodd y parafeddygon wedyn fod y CPR wedi rhoi cyfle iddo "
                   "oroesi."),
        Block("p", "Mae Dad yn iach erbyn hyn. Rwy'n annog pawb i ddysgu'r sgiliau syml hyn, oherwydd dydych chi byth yn "
                   "gwybod pryd y bydd eu hangen arnoch chi."))),
)

EVENTS = (
    ("london-heart-walk-2024", "London Heart Walk 2024", "2024-09-14T10:00:00+01:00", "Saturday 14 September 2024, 10am to 4pm",
     "Victoria Park, London",
     ("Join hundreds of supporters for a 10k walk around Victoria Park and raise money for research into heart and "
      "circulatory diseases.", "Registration is £15 for adults and free for under-16s. Every walker gets a T-shirt and a medal.")),
    ("cardiff-bay-run", "Cardiff Bay Run", "2024-10-06T09:00:00+01:00", "Sunday 6 October 2024, 9am",
     "Cardiff Bay Barrage, Cardiff",
     ("A flat, fast 5k and 10k around the bay, open to runners and walkers of every ability.",
      "Pick up your race pack from the charity tent from 8am on the day.")),
    ("cpr-training-evening-leeds", "Free CPR training evening in Leeds", "2024-07-18T18:30:00+01:00",
     "Thursday 18 July 2024, 6:30pm to 8pm", "Leeds Central Library, Leeds",
     ("Learn how to spot a cardiac arrest, call 999 and give CPR in a friendly, hands-on session.",
      "The session is free, but places are limited, so please book in advance.")),
    ("christmas-carol-concert", "Christmas carol concert", "2024-12-10T19:00:00+00:00", "Tuesday 10 December 2024, 7pm",
     "St Martin-in-the-Fields, London",
     ("Celebrate the season with readings, carols and mince pies, and hear how your support is changing lives.",
      "Tickets are £12 and include a glass of mulled wine.")),
)


def _hex(key: str, n: int = 8) -> str:
    return hashlib.md5(key.encode()).hexdigest()[:n]


class Craft(ZooSite):
    family = "craft"
    site_name = SITE
    declared_language = "en-GB"
    per_page = 9
    ignore_query = False
    author_pages = False
    authorless = "mixed"          # press-office news name no person
    trap_patterns = (rf"^{HUB}\?(?:[^#]*&)?(?:type|topic)=",)
    plan = Plan(seed="craft", count=38, languages=("en",), authors=4, tz_hours=0, related=(1, 2, 2, 3, 3))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._welsh = iter(CY_STORIES)
        super().__init__(base_url)

    # -- entries -------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story, authors = entry.story, tuple(Person(p.name) for p in entry.authors)   # roles, no credentials
        refs = any(b.kind == "refs" for b in story.blocks)
        if story.kind == "article" and not refs and entry.index % 6 == 4:
            story = next(self._welsh, story)
        section = self.section_of(story, entry.post_id)
        if section == "news" and entry.post_id % 3 == 1:
            authors = ()                                     # the press office
        categories = (story.category,) if section != "cy" else ()
        tags = story.tags if section != "cy" else ()
        return replace(entry, story=story, slug=story.key, authors=authors, categories=categories,
                       tags=tuple(dict.fromkeys(tags)))

    @staticmethod
    def section_of(story: Story, post_id: int) -> str:
        if story.language == "cy":
            return "cy"
        if any(b.kind == "refs" for b in story.blocks) or story.kind == "short":
            return "news"
        return "stories" if post_id % 2 == 0 else "news"

    def section(self, entry: Entry) -> str:
        return self.section_of(entry.story, entry.post_id)

    def in_section(self, name: str) -> list[Entry]:
        return [e for e in self.newest if self.section(e) == name]

    def english(self) -> list[Entry]:
        return [e for e in self.newest if self.section(e) != "cy"]

    def shown_related(self, entry: Entry) -> list[Entry]:
        if self.section(entry) == "cy":       # the Welsh site's entries field offers Welsh entries only
            return [o for o in self.in_section("cy") if o is not entry]
        return [o for o in self.related(entry) if self.section(o) != "cy"]

    # -- paths ---------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        section = self.section(entry)
        if section == "cy":
            return f"{CY_HUB}/straeon/{entry.slug}"
        return f"{HUB}/{section}/{entry.slug}"

    def listing_path(self, base: str, n: int = 1) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        return f"{HUB}/topics/{slugify(name)}"

    def tag_path(self, name: str, n: int = 1) -> str:
        return f"{HUB}/tags/{slugify(name)}"

    def page_path(self, slug: str) -> str:
        return {"about": "/about-us", "contact": "/contact-us", "start-here": "/get-involved",
                "privacy-policy": "/privacy-policy"}[slug]

    def asset(self, name: str, width: int = 1200, height: int = 675) -> str:
        return f"/uploads/images/_{width}x{height}_crop_center-center_82_line/{name}.jpg"

    # -- routes --------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
        english = self.english()
        self.add_listing("News and stories", english, lambda n: self.listing_path(HUB, n))
        self.add_listing("News", self.in_section("news"), lambda n: self.listing_path(f"{HUB}/news", n))
        self.add_listing("Stories", self.in_section("stories"), lambda n: self.listing_path(f"{HUB}/stories", n))
        for field, path_of in (("categories", self.category_path), ("tags", self.tag_path)):
            for name, items in self.groups(field).items():
                self.add(path_of(name), "listing",
                         lambda t=name, i=items, p=path_of: self.render_listing(t, i, 1, 1, lambda n, t=t, p=p: p(t)))
        self.add(CY_HUB, "listing", self.welsh_listing)
        self.add("/cy", "page", self.welsh_home)
        self.add("/", "page", self.home)
        self.add("/events", "listing", self.events_listing)
        for event in EVENTS:
            self.add(f"/events/{event[0]}", "page", lambda ev=event: self.event_page(ev))
        self.add("/donate", "page", lambda: self.simple("Donate", "/donate", (
            "Your donation funds research into heart and circulatory diseases, our Heart Helpline and support groups.",
            "£10 could pay for a call to our helpline. £50 could fund an hour of research in the lab.")))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.simple(t, self.page_path(s), p))
        self.add(f"{HUB}/feed.rss", "other", lambda: self.rss(f"{SITE}: news and stories", HUB, english), RSS)
        self.add_seomatic_sitemaps()

    def add_seomatic_sitemaps(self) -> None:
        sections = {"news": self.in_section("news"), "stories": self.in_section("stories")}
        maps = [f"/sitemaps-1-section-{name}-1-sitemap.xml" for name in (*sections, "events", "pages")]
        maps.append("/sitemaps-2-section-stories-2-sitemap.xml")
        self.add("/sitemaps-1-sitemap.xml", "other", lambda: self.sitemap_index(maps), XML)
        for name, items in sections.items():
            self.add(f"/sitemaps-1-section-{name}-1-sitemap.xml", "other",
                     lambda i=items: self.sitemap([self.post_path(e) for e in i]), XML)
        self.add("/sitemaps-1-section-events-1-sitemap.xml", "other",
                 lambda: self.sitemap([f"/events/{ev[0]}" for ev in EVENTS]), XML)
        self.add("/sitemaps-1-section-pages-1-sitemap.xml", "other", lambda: self.sitemap(
            ["/", "/donate", HUB, "/events", *[self.page_path(s) for s in texts.EVERGREEN]]), XML)
        self.add("/sitemaps-2-section-stories-2-sitemap.xml", "other",
                 lambda: self.sitemap(["/cy", CY_HUB, *[self.post_path(e) for e in self.in_section("cy")]]), XML)

    def robots(self) -> str:
        return (f"# robots.txt for {self.url('/')}\n\nSitemap: {self.url('/sitemaps-1-sitemap.xml')}\n\n"
                "# live - don't allow web crawlers to index cpresources/ or vendor/\n\nUser-agent: *\n"
                "Disallow: /cpresources/\nDisallow: /vendor/\nDisallow: /.env\nDisallow: /cache/\n")

    # -- the filter trap -----------------------------------------------------------------------------------

    def topics(self) -> list[str]:
        return sorted({c for e in self.english() for c in e.categories})

    def filter_state(self, target: str) -> tuple[str, list[str], int] | None:
        """(type, topics, page) of a filtered listing address, or None if it is not one."""
        parts = urlsplit(target)
        params = parse_qsl(parts.query)
        if parts.path != HUB or not any(k in ("type", "topic") for k, _ in params):
            return None
        known = {slugify(t) for t in self.topics()}
        if any(k not in ("type", "topic", "page") for k, _ in params) or any(
                (k == "topic" and v not in known) or (k == "type" and v not in ("news", "stories"))
                or (k == "page" and not (v.isdigit() and int(v) >= 1)) for k, v in params):
            return None
        types = [v for k, v in params if k == "type"]
        pages = [int(v) for k, v in params if k == "page"]
        return (types[-1] if types else ""), list(dict.fromkeys(v for k, v in params if k == "topic")), (pages[-1] if pages else 1)

    def filtered_path(self, kind: str, topics: list[str], page: int = 1) -> str:
        params = ([("type", kind)] if kind else []) + [("topic", t) for t in topics] + ([("page", str(page))] if page > 1 else [])
        return HUB + (f"?{urlencode(params)}" if params else "")

    def trap(self, target: str) -> Response | None:
        state = self.filter_state(target)
        if state is None:
            return None
        kind, topics, page = state
        items = [e for e in self.english() if (not kind or self.section(e) == kind)
                 and (not topics or any(slugify(c) in topics for c in e.categories))]
        pages = max(1, -(-len(items) // self.per_page))
        chunk = items[(page - 1) * self.per_page:page * self.per_page]
        body = self.render_listing("News and stories", chunk, page, max(pages, page + 1),
                                   lambda n: self.filtered_path(kind, topics, n), current=self.filtered_path(kind, topics, page))
        return Response(200, self.html_type, self.encode(body))

    def filters(self, current: str) -> str:
        kind, topics, _ = self.filter_state(current) or ("", [], 1)
        types = "".join(
            f'<li><a class="c-pill{" is-active" if k == kind else ""}" href="{self.e(self.url(self.filtered_path(k, topics) if k or topics else HUB))}">{label}</a></li>'
            for k, label in (("", "All"), ("news", "News"), ("stories", "Stories")))
        pills = "".join(
            f'<li><a class="c-pill{" is-active" if slugify(t) in topics else ""}" href="{self.e(self.url(self.filtered_path(kind, [x for x in topics if x != slugify(t)] if slugify(t) in topics else [*topics, slugify(t)])))}">{self.e(t)}</a></li>'
            for t in self.topics())
        return (f'<div class="c-filters" role="group" aria-label="Filter news and stories"><ul class="c-filters__types">{types}</ul>'
                f'<h2 class="c-filters__title">Topics</h2><ul class="c-filters__topics">{pills}</ul></div>')

    # -- the frame -----------------------------------------------------------------------------------------

    def seomatic(self, title: str, path: str, description: str, main_entity: dict, welsh: bool = False) -> str:
        canonical, home = self.url(path), self.url("/cy" if welsh else "/")
        identity = {"@id": f"{self.url('/')}#identity", "@type": "NGO", "name": SITE, "alternateName": "Hearts Together UK",
                    "url": self.url("/"), "logo": {"@type": "ImageObject", "url": self.url("/uploads/logo.png"), "width": "600", "height": "60"},
                    "sameAs": ["https://www.facebook.com/heartstogether", "https://twitter.com/heartstogether"],
                    "telephone": "0300 330 3311"}
        creator = {"@id": "https://www.northlight.agency/#creator", "@type": "Organization", "name": "Northlight Digital",
                   "url": "https://www.northlight.agency/"}
        crumbs = [("Home", "/")] + ([("News and stories", HUB)] if path.startswith(HUB + "/") else []) + [(title, path)]
        trail = {"@type": "BreadcrumbList", "description": "Breadcrumbs list", "itemListElement": [
            {"@type": "ListItem", "item": self.url(href), "name": name, "position": i + 1} for i, (name, href) in enumerate(crumbs)],
                 "name": "Breadcrumbs"}
        entity = {"author": {"@id": f"{self.url('/')}#identity"}, "copyrightHolder": {"@id": f"{self.url('/')}#identity"},
                  "creator": {"@id": "https://www.northlight.agency/#creator"}, "description": description,
                  "image": {"@type": "ImageObject", "url": self.url(self.asset(slugify(title)[:24]))},
                  "inLanguage": "cy" if welsh else "en-gb", "mainEntityOfPage": canonical, "name": title,
                  "publisher": {"@id": "https://www.northlight.agency/#creator"}, "url": canonical, **main_entity}
        graph = {"@context": "http://schema.org", "@graph": [entity, identity, creator, trail]}
        image = self.url(self.asset(slugify(title)[:24]))
        return f"""<title>{self.e(title)} | {SITE}</title>
<meta name="generator" content="SEOmatic">
<meta content="{self.e(description)}" name="description">
<meta content="no-referrer-when-downgrade" name="referrer">
<meta content="all" name="robots">
<meta content="{'cy_GB' if welsh else 'en_GB'}" property="og:locale">
<meta content="{SITE}" property="og:site_name">
<meta content="website" property="og:type">
<meta content="{self.e(canonical)}" property="og:url">
<meta content="{self.e(title)}" property="og:title">
<meta content="{self.e(description)}" property="og:description">
<meta content="{self.e(image)}" property="og:image">
<meta content="1200" property="og:image:width">
<meta content="630" property="og:image:height">
<meta content="https://www.facebook.com/heartstogether" property="og:see_also">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@heartstogether">
<meta name="twitter:creator" content="@heartstogether">
<meta name="twitter:title" content="{self.e(title)}">
<meta name="twitter:description" content="{self.e(description)}">
<meta name="twitter:image" content="{self.e(image)}">
<link href="{self.e(canonical)}" rel="canonical">
<link href="{self.e(home)}" rel="home">
<link type="text/plain" href="{self.url('/humans.txt')}" rel="author">
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>"""

    def document(self, title: str, path: str, main: str, description: str, main_entity: dict, body_class: str,
                 welsh: bool = False) -> str:
        sprig_vals = self.e(json.dumps({"sprig:siteId": _hex("site" + str(welsh), 40) + "1"}))
        return f"""<!DOCTYPE html>
<html lang="{'cy' if welsh else 'en-GB'}" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5c1e3f2a-8b7d-4e61-9a0f-2d4c6b8e1a37" data-blockingmode="auto" type="text/javascript"></script>
<link rel="stylesheet" href="/dist/css/app.3f9c2a1b.css">
<script type="module" src="/dist/js/app.8d1e7f42.js"></script>
{self.seomatic(title, path, description, main_entity, welsh)}
</head>
<body class="{body_class}" data-hx-headers='{{"X-CSRF-Token": "{_hex(path, 32)}"}}'>
<a class="c-skip-link u-visually-hidden-focusable" href="#main">{'Neidio i’r prif gynnwys' if welsh else 'Skip to main content'}</a>
{self.donate_banner(welsh)}
{self.header(welsh)}
<main id="main">
{main}
{self.latest_news(welsh)}
</main>
<div id="component-{_hex('newsletter' + path, 6)}" class="sprig-component" data-hx-target="this" data-hx-include="this" data-hx-trigger="refresh" data-hx-get="{self.url('/index.php?p=actions/sprig-core/components/render')}" data-hx-vals="{sprig_vals}">
{self.newsletter(welsh)}
</div>
{self.footer(welsh)}
<script src="/cpresources/3c9f1d2e/htmx.min.js?v=1717401164"></script>
</body>
</html>
{BLITZ}"""

    def donate_banner(self, welsh: bool) -> str:
        text = "Gallwch chi helpu i guro clefyd y galon." if welsh else "Heart disease won't wait. Neither can we."
        return (f'<div class="c-donate-banner" role="region" aria-label="Donate"><div class="o-container"><p class="c-donate-banner__text">{text}</p>'
                f'<a class="c-button c-button--white" href="{self.url("/donate?utm_source=banner")}">{"Rhoi nawr" if welsh else "Donate now"}</a></div></div>')

    def header(self, welsh: bool) -> str:
        nav = (("Heart conditions", "/heart-conditions"), ("Research", "/research"), ("Get involved", "/get-involved"),
               ("News and stories", HUB), ("Events", "/events"))
        items = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{self.url(href)}">{label}</a></li>' for label, href in nav
                        if href != "/heart-conditions" and href != "/research")
        switch = ('<a class="c-lang-switch" href="{0}" hreflang="en" lang="en">English</a>'.format(self.url("/")) if welsh else
                  '<a class="c-lang-switch" href="{0}" hreflang="cy" lang="cy">Cymraeg</a>'.format(self.url("/cy")))
        return (f'<header class="c-site-header"><div class="o-container c-site-header__inner"><a class="c-logo" href="{self.url("/cy" if welsh else "/")}">'
                f'<img src="/dist/img/logo.svg" alt="{SITE}" width="180" height="48"></a>'
                f'<nav class="c-nav" aria-label="Main navigation"><ul class="c-nav__list">{items}</ul></nav>'
                f'<div class="c-site-header__actions">{switch}<a class="c-button c-button--primary" href="{self.url("/donate")}">Donate</a>'
                f'<button class="c-search-toggle" aria-expanded="false" aria-controls="site-search">Search</button></div></div></header>')

    def newsletter(self, welsh: bool) -> str:
        title = "Cofrestrwch i gael ein cylchlythyr" if welsh else "Sign up to our newsletter"
        return (f'<section class="c-newsletter"><div class="o-container"><h2 class="c-newsletter__title">{title}</h2>'
                '<p>Get the latest research news, stories and ways to get involved, straight to your inbox.</p>'
                '<form class="c-newsletter__form" method="post" sprig s-method="post" s-action="campaign/subscribe">'
                '<input type="hidden" name="CRAFT_CSRF_TOKEN" value="x7Gm2QpZ0aLr">'
                '<label for="newsletter-email">Email address</label><input type="email" id="newsletter-email" name="email" required>'
                '<button class="c-button" type="submit">Sign up</button></form>'
                '<p class="c-newsletter__small">We will never share your details. Read our privacy policy.</p></div></section>')

    def footer(self, welsh: bool) -> str:
        links = "".join(f'<li><a href="{self.url(self.page_path(s))}">{self.e(t)}</a></li>' for s, (t, _) in texts.EVERGREEN.items())
        return (f'<footer class="c-site-footer"><div class="o-container"><ul class="c-site-footer__links">{links}</ul>'
                f'<p class="c-site-footer__legal">© 2024 {SITE}. Registered charity in England and Wales (1234567) and Scotland (SC045678).</p>'
                '<p class="c-site-footer__credit">Website by Northlight Digital</p></div></footer>')

    def latest_news(self, welsh: bool) -> str:
        cards = "".join(self.card(e) for e in self.in_section("news")[:3])
        return (f'<section class="c-latest-news" aria-labelledby="latest-news-title"><div class="o-container">'
                f'<h2 id="latest-news-title" class="c-section-title">{"Y newyddion diweddaraf" if welsh else "Latest news"}</h2>'
                f'<div class="c-card-grid">{cards}</div><a class="c-link-arrow" href="{self.url(HUB + "/news")}">All news</a></div></section>')

    def card(self, entry: Entry) -> str:
        welsh = self.section(entry) == "cy"
        label = {"news": "News", "stories": "Story", "cy": "Stori"}[self.section(entry)]
        date = cy_date(entry.published) if welsh else uk_date(entry.published)
        return (f'<article class="c-card c-card--{self.section(entry)}"><a class="c-card__link" href="{self.url(self.post_path(entry))}">'
                f'<picture class="c-card__image"><img src="{self.asset(entry.slug[:24], 600, 400)}" alt="" loading="lazy" width="600" height="400"></picture>'
                f'<div class="c-card__body"><span class="c-card__type">{label}</span><h3 class="c-card__title">{self.e(entry.title)}</h3>'
                f'<time class="c-card__date" datetime="{entry.published:%Y-%m-%d}">{date}</time></div></a></article>')

    # -- the matrix --------------------------------------------------------------------------------------------

    def matrix(self, entry: Entry) -> str:
        out, text = [], []

        def flush() -> None:
            if text:
                out.append(f'<div class="c-block c-block--text"><div class="c-rich-text">{"".join(text)}</div></div>')
                text.clear()
        for block in entry.story.blocks:
            if block.kind in ("p", "h2", "h3", "ul", "ol", "source"):
                text.append(super().block_html(block, entry))
                continue
            flush()
            out.append(self.matrix_block(block, entry))
        flush()
        cta = self.cta(self.section(entry) == "cy")
        out.insert(1 if len(out) > 1 else len(out), cta)     # after the first block, in the flow of the body
        return "\n".join(out)

    def matrix_block(self, block: Block, entry: Entry) -> str:
        if block.kind == "quote":
            return (f'<div class="c-block c-block--quote"><figure class="c-quote"><blockquote class="c-quote__text">'
                    f'<p>{self.inline(block.text)}</p></blockquote></figure></div>')
        if block.kind == "figure":
            name = slugify(block.text.rsplit("/", 1)[-1])[:24]
            return (f'<div class="c-block c-block--image"><picture><source type="image/webp" srcset="{self.asset(name, 800, 450)}.webp 800w, '
                    f'{self.asset(name, 1600, 900)}.webp 1600w" sizes="(min-width: 64em) 50vw, 100vw">'
                    f'<img src="{self.asset(name, 800, 450)}" alt="{self.e(block.items[0])}" width="800" height="450" loading="lazy"></picture></div>')
        if block.kind == "video":
            if entry.post_id % 2:
                frame = (f'<iframe data-cookieblock-src="{self.e(block.text)}" data-cookieconsent="marketing" title="{self.e(entry.title)}" '
                         'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>'
                         '<div class="cookieconsent-optout-marketing c-video__consent">Please <a href="javascript:Cookiebot.renew()">accept '
                         'marketing cookies</a> to watch this video.</div>')
            else:
                frame = (f'<iframe src="{self.e(block.text)}" title="{self.e(entry.title)}" frameborder="0" '
                         'allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>')
            return f'<div class="c-block c-block--video"><div class="c-video o-ratio o-ratio--16x9">{frame}</div></div>'
        if block.kind == "refs":
            panel = f"accordion-panel-{_hex(entry.slug, 6)}"
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return (f'<div class="c-block c-block--accordion"><div class="c-accordion" x-data="{{ open: false }}">'
                    f'<h2 class="c-accordion__heading"><button type="button" class="c-accordion__trigger" @click="open = !open" '
                    f':aria-expanded="open" aria-expanded="false" aria-controls="{panel}">{self.e(block.text)}</button></h2>'
                    f'<div id="{panel}" class="c-accordion__panel" x-show="open" x-collapse x-cloak><div class="c-rich-text"><ol>{items}</ol></div></div>'
                    "</div></div>")
        raise ValueError(block.kind)

    def cta(self, welsh: bool) -> str:
        return ('<div class="c-block c-block--cta"><div class="c-cta c-cta--red"><h2 class="c-cta__title">'
                + ("Rhowch heddiw" if welsh else "Donate now") + '</h2><p class="c-cta__text">'
                + ("Mae eich rhodd yn ariannu ymchwil sy'n achub bywydau." if welsh else
                   "Your gift funds research that saves lives. £20 could pay for an hour of lab time.")
                + f'</p><a class="c-button c-button--primary" href="{self.url("/donate?utm_source=article-cta")}">'
                + ("Rhoi nawr" if welsh else "Donate now") + "</a></div></div>")

    # -- articles ------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        section, path, when = self.section(entry), self.post_path(entry), entry.published
        welsh = section == "cy"
        names = " and ".join(self.e(p.name) for p in entry.authors)
        date = cy_date(when) if welsh else uk_date(when)
        if section == "news":
            by = f'<span class="c-article__byline">By {names}, {ROLE}</span> ' if names else ""
        else:
            by = f'<span class="c-article__byline">{"Fel y&#8217;i hadroddwyd wrth" if welsh else "As told to"} {names}</span> '
        cat = entry.categories[0] if entry.categories else ""
        pill = f'<a class="c-pill c-pill--topic" href="{self.url(self.category_path(cat))}">{self.e(cat)}</a>' if cat else ""
        crumbs = (f'<nav class="c-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="{self.url("/cy" if welsh else "/")}">{"Hafan" if welsh else "Home"}</a></li>'
                  f'<li><a href="{self.url(CY_HUB if welsh else HUB)}">{"Newyddion a straeon" if welsh else "News and stories"}</a></li></ol></nav>')
        hero = (f'<header class="c-hero c-hero--article c-article__header"><div class="o-container">{crumbs}{pill}'
                f'<h1 class="c-hero__title">{self.e(entry.title)}</h1><p class="c-article__meta">{by}'
                f'<time datetime="{when:%Y-%m-%d}">{date}</time></p></div>'
                f'<picture class="c-hero__image"><img src="{self.asset(entry.slug[:24])}" alt="" width="1200" height="675"></picture></header>')
        tags = "".join(f'<li><a href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        tagged = f'<div class="c-tags"><h2 class="c-tags__title">Tagged</h2><ul>{tags}</ul></div>' if tags else ""
        url = quote(self.url(path), safe="")
        share = (f'<div class="c-share"><h2 class="c-share__title">{"Rhannu" if welsh else "Share this"}</h2><ul>'
                 f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li>'
                 f'<li><a href="https://twitter.com/intent/tweet?url={url}">X</a></li>'
                 f'<li><a href="https://wa.me/?text={url}">WhatsApp</a></li>'
                 f'<li><a href="mailto:?body={url}">Email</a></li></ul></div>')
        related = self.shown_related(entry)
        also = ""
        if related:
            also = (f'<section class="c-related" aria-labelledby="related-title"><div class="o-container"><h2 id="related-title" class="c-section-title">'
                    f'{"Efallai yr hoffech chi hefyd" if welsh else "You might also like"}</h2><div class="c-card-grid">'
                    + "".join(self.card(o) for o in related) + "</div></div></section>")
        main = (f'<article class="c-article c-article--{section}">{hero}<div class="c-article__body o-container o-container--narrow">'
                f'{self.matrix(entry)}</div><footer class="c-article__footer o-container o-container--narrow">{tagged}{share}</footer></article>{also}')
        iso = when.isoformat()
        entity = ({"@type": "NewsArticle", "headline": entry.title, "datePublished": iso, "dateCreated": iso,
                   "dateModified": iso, "copyrightYear": str(when.year)} if section == "news" else {"@type": "WebPage"})
        return self.document(entry.title, path, main, self.teaser(entry, 24), entity, f"page-{section}-entry", welsh)

    # -- listings and pages ------------------------------------------------------------------------------

    def load_more(self, n: int, pages: int, path_of) -> str:
        if n >= pages:
            return ""
        nxt = path_of(n + 1)
        vals = self.e(json.dumps({"page": str(n + 1)}))
        return (f'<div class="c-load-more"><a class="c-button c-button--outline" href="{self.e(self.url(nxt))}" '
                f'data-hx-get="{self.e(self.url(nxt))}" data-hx-vals="{vals}" data-hx-target="#results" data-hx-select="#results > *" '
                f'data-hx-swap="beforeend" data-hx-push-url="{self.e(self.url(nxt))}">Load more</a></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of, current: str = "") -> str:
        first = current or path_of(n)
        cards = "".join(self.card(e) for e in items) or '<p class="c-no-results">No results. Try removing a filter.</p>'
        filters = self.filters(first) if urlsplit(first).path == HUB else ""
        main = (f'<header class="c-hero c-hero--listing"><div class="o-container"><h1 class="c-hero__title">{self.e(title)}</h1></div></header>'
                f'<div class="o-container">{filters}<div id="results" class="c-card-grid">{cards}</div>{self.load_more(n, pages, path_of)}</div>')
        return self.document(title, first, main, f"{title} from {SITE}", {"@type": "CollectionPage"}, "page-listing")

    def welsh_listing(self) -> str:
        cards = "".join(self.card(e) for e in self.in_section("cy"))
        main = ('<header class="c-hero c-hero--listing"><div class="o-container"><h1 class="c-hero__title">Newyddion a straeon</h1></div></header>'
                f'<div class="o-container"><div id="results" class="c-card-grid">{cards}</div></div>')
        return self.document("Newyddion a straeon", CY_HUB, main, "Newyddion a straeon", {"@type": "CollectionPage"}, "page-listing", True)

    def welsh_home(self) -> str:
        main = ('<section class="c-hero c-hero--home"><div class="o-container"><h1 class="c-hero__title">Gyda\'n gilydd, gallwn guro clefyd y galon</h1>'
                '<p>Rydyn ni\'n ariannu ymchwil ac yn cefnogi pobl sy\'n byw gyda chyflyrau\'r galon ledled Cymru.</p>'
                f'<a class="c-button" href="{self.url(CY_HUB)}">Newyddion a straeon</a></div></section>')
        return self.document("Hafan", "/cy", main, "Elusen y galon", {"@type": "WebPage"}, "page-home", True)

    def home(self) -> str:
        stories = "".join(self.card(e) for e in self.in_section("stories")[:3])
        events = "".join(f'<li><a href="{self.url("/events/" + ev[0])}">{self.e(ev[1])}</a> <span>{ev[3]}</span></li>' for ev in EVENTS)
        main = ('<section class="c-hero c-hero--home"><div class="o-container"><h1 class="c-hero__title">Together we can beat heart disease</h1>'
                '<p>We fund research, support people living with heart conditions and campaign for better care.</p>'
                f'<a class="c-button" href="{self.url(HUB)}">News and stories</a></div></section>'
                f'<section class="o-container"><h2 class="c-section-title">Your stories</h2><div class="c-card-grid">{stories}</div>'
                f'<a class="c-link-arrow" href="{self.url(HUB + "/stories")}">Read more stories</a></section>'
                f'<section class="o-container"><h2 class="c-section-title">Upcoming events</h2><ul class="c-event-list">{events}</ul></section>')
        return self.document("Home", "/", main, "The heart charity for everyone", {"@type": "WebPage"}, "page-home")

    def events_listing(self) -> str:
        items = "".join(f'<article class="c-card c-card--event"><a class="c-card__link" href="{self.url("/events/" + ev[0])}">'
                        f'<div class="c-card__body"><span class="c-card__type">Event</span><h3 class="c-card__title">{self.e(ev[1])}</h3>'
                        f'<p class="c-card__date">{ev[3]}</p><p class="c-card__venue">{self.e(ev[4])}</p></div></a></article>' for ev in EVENTS)
        main = ('<header class="c-hero c-hero--listing"><div class="o-container"><h1 class="c-hero__title">Events</h1></div></header>'
                f'<div class="o-container"><div id="results" class="c-card-grid">{items}</div></div>')
        return self.document("Events", "/events", main, "Fundraising and community events", {"@type": "CollectionPage"}, "page-listing")

    def event_page(self, event: tuple) -> str:
        slug, title, start, when, venue, paragraphs = event
        path = f"/events/{slug}"
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article class="c-event"><header class="c-hero c-hero--event"><div class="o-container"><span class="c-pill">Event</span>'
                f'<h1 class="c-hero__title">{self.e(title)}</h1><dl class="c-event__details"><dt>When</dt><dd>{when}</dd>'
                f'<dt>Where</dt><dd>{self.e(venue)}</dd></dl></div></header>'
                f'<div class="o-container o-container--narrow"><div class="c-block c-block--text"><div class="c-rich-text">{body}</div></div>'
                f'<a class="c-button c-button--primary" href="https://www.eventbrite.co.uk/e/{slug}-tickets">Book your place</a></div></article>')
        entity = {"@type": "Event", "startDate": start, "eventStatus": "https://schema.org/EventScheduled",
                  "location": {"@type": "Place", "name": venue}, "organizer": {"@id": f"{self.url('/')}#identity"}}
        return self.document(title, path, main, paragraphs[0], entity, "page-event")

    def simple(self, title: str, path: str, paragraphs) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<header class="c-hero"><div class="o-container"><h1 class="c-hero__title">{self.e(title)}</h1></div></header>'
                f'<div class="o-container o-container--narrow"><div class="c-block c-block--text"><div class="c-rich-text">{body}</div></div></div>')
        return self.document(title, path, main, paragraphs[0][:150], {"@type": "WebPage"}, "page-default")
