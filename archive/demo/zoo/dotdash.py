"""dotdash (held out): a big consumer-health publisher on the Dotdash Meredith "Mantle" platform
(the Verywell Health / Verywell Mind page shape), modelled on public material about Mantle's
rendered markup: the attribution-item FreeMarker template of Mantle (``mntl-attribution__item``:
a ``span.mntl-attribution__item-descriptor`` ("By", "Medically reviewed by"), an optional
``data-tooltip`` wrapper, ``a.mntl-attribution__item-name``, then ``div.mntl-attribution__item-date``
with its ``dateText`` prefix, "Updated on "), Mantle's Selenium page components
(``com.about.mantle.venus``: ``.mntl-article-sources`` with ``.mntl-article-sources__heading``,
``li.mntl-sources__source[id=citation-N]`` opened by ``Mntl.ExpandableBlock``, ``mntl-bylines__item``,
``.mntl-dynamic-tooltip--trigger``) and public scrapers of Dotdash sites (Investopedia, People,
Allrecipes, Lifewire, TripSavvy, Travel + Leisure) that name the rendered classes:
``div#mntl-sc-page_1-0.comp.article-body-content.mntl-sc-page.mntl-block``, paragraphs
``p#mntl-sc-block_1-0-N.comp.mntl-sc-block.mntl-sc-block-html``, headings
``h2.comp.mntl-sc-block.health-sc-block-heading.mntl-sc-block-heading > span.mntl-sc-block-heading__text``,
lists as ``ul.comp.mntl-sc-block.mntl-sc-block-startgroup.mntl-sc-block-group--UL`` of
``li.comp.mntl-sc-block-group--LI`` holding a ``p.mntl-sc-block-html``, ``h1#article-heading_1-0``,
``ul.mntl-universal-breadcrumbs`` / ``a.mntl-breadcrumbs__link``, document cards
``a.mntl-card-list-items.mntl-universal-card.mntl-document-card.mntl-card`` with
``span.card__title-text`` and ``div.card__byline[data-byline="By ..."]``.

What an article page carries: a header with the site's menu and search, a ``mntl-leaderboard``
ad slot, the breadcrumb taxonomy ("Health A-Z" > the topic, numeric-id URLs
``/heart-health-4014781``), the h1, the bylines block ("By NAME,
CREDENTIALS", "Medically reviewed by NAME, MD" on most posts, each name's bio in a ``data-tooltip``
attribute) and "Updated on DATE" (the publication date is only in JSON-LD ``datePublished``), a
"Table of Contents" (``mntl-toc``, collapsed, "View All"), the body as ``mntl-sc-block`` blocks with
ad slots (``mntl-sc-block-adslot``) between them and a YouTube player in a
``mntl-sc-block-iframe`` block on video posts, the "Article Sources" block collapsed behind its
button (the boilerplate "... uses only high-quality sources ..." and a numbered list of references
with DOI / PubMed links), the "Was this page helpful?" feedback widget, a newsletter box, "Related
Articles" cards (the article's own: posts of the same topic, newest first, filled from the plan's
picks; up to four), ``mntl-native`` ad slots, a footer with the publisher's brand links and the
cookie (OneTrust) banner. JSON-LD is Mantle's list of one object, ``@type`` ``["MedicalWebPage"]``
on medically reviewed posts and ``["NewsArticle"]`` otherwise, ``author`` as a list of Person
with ``url``, ``reviewedBy``, ``datePublished`` and ``dateModified``.

Truth: the title is the h1; authors the "By" names (credentials after the comma); the reviewer the
"Medically reviewed by" name; categories the breadcrumb's topic (Dotdash has no tags); related the
"Related Articles" cards; the body includes the Article Sources list (collapsed but on the page, as
the medical family counts it), not the boilerplate. The published date: the page shows only
"Updated on DATE"; by the project's convention (docs/benchmarks.md: a page that shows only an
"Updated on" date is dated by the shown date) the truth is that shown date, not ``datePublished``.

URLs: articles ``/slug-5196549`` (a seven-digit document id), topics ``/heart-health-4014781``
(``?page=N`` for the next cards), the hub ``/health-a-z-4014770``, the home page ``/`` (``?page=N``),
author bio pages ``/ana-costa-4775380`` (bio only, no list of posts: typed page), ``/about-us``...,
``/sitemap.xml`` (an index) over ``/sitemap_1.xml``, robots.txt. English only.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from dataclasses import replace

from . import texts
from .posts import Block, Entry, Person, Plan, _ascii, plain, slugify
from .site import ZooSite, later, long_date

BRAND = "Wellcove Health"
HUB = ("Health A-Z", "/health-a-z-4014770")
RELATED_LIMIT = 4
# Extra references (inline markup); DOIs and PMIDs here are illustrative.
REFERENCES = (
    "Chen L, Ortiz M, Hall R. Daily habits and cardiometabolic risk: a cohort study. *J Prev Med*. 2019;56(4):512-520. "
    "[doi:10.1016/j.jpm.2019.04.012](https://doi.org/10.1016/j.jpm.2019.04.012)",
    "Okafor B, Singh P. Sleep duration and mood in adults: a systematic review. *Sleep Health*. 2021;7(2):144-151. "
    "[doi:10.1016/j.sleh.2021.01.004](https://doi.org/10.1016/j.sleh.2021.01.004)",
    "National Institutes of Health. [Healthy living overview](https://www.nih.gov/health-information).",
    "Martins R, et al. Physical activity and all-cause mortality. *Br J Sports Med*. 2020;54(24):1499-1506. "
    "[doi:10.1136/bjsports-2020-102955](https://doi.org/10.1136/bjsports-2020-102955)",
    "Centers for Disease Control and Prevention. [Chronic disease prevention](https://www.cdc.gov/chronic-disease/).",
    "Ibrahim S, Novak T. Diet quality and inflammation markers. *Nutrients*. 2022;14(5):1012. "
    "[PMID: 35276890](https://pubmed.ncbi.nlm.nih.gov/35276890/)",
    "Lindqvist A, et al. Hydration status and cognitive performance. *Eur J Nutr*. 2020;59(3):1029-1037. "
    "[PMID: 31325014](https://pubmed.ncbi.nlm.nih.gov/31325014/)",
)
SOURCES_BOILERPLATE = (f"{BRAND} uses only high-quality sources, including peer-reviewed studies, to support the facts "
                       "within our articles. Read our editorial process to learn more about how we fact-check and keep "
                       "our content accurate, reliable, and trustworthy.")


def doc_id(*parts) -> int:
    """A Mantle document id: seven digits, stable per name."""
    return 4000000 + int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:8], 16) % 1900000


class Dotdash(ZooSite):
    family = "dotdash"
    site_name = BRAND
    declared_language = "en"
    per_page = 10
    author_pages = False     # author URLs are bio pages (typed page), not lists of posts
    plan = Plan(seed="dotdash", count=40, languages=("en",), authors=6, co_authors=0.0, reviewed=0.75,
                tz_hours=-5, related=(2, 3, 3, 4))

    def dress(self, entry: Entry) -> Entry:
        """No tags; every reference list (and a short post's lone source) becomes "Article Sources" at
        the end; articles without references get some, as every Verywell-shaped article has them."""
        blocks = [b for b in entry.story.blocks if b.kind not in ("refs", "source")]
        refs = [i for b in entry.story.blocks if b.kind == "refs" for i in b.items]
        refs += [f"[{b.text}]({b.text})" for b in entry.story.blocks if b.kind == "source"]
        if not refs and entry.story.kind == "article":
            rng = random.Random(f"dotdash:refs:{entry.slug}")
            refs = rng.sample(REFERENCES, rng.randint(2, 5))
        if refs:
            blocks.append(Block("refs", "Article Sources", tuple(refs)))
        return replace(entry, tags=(), story=replace(entry.story, blocks=tuple(blocks)))

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.slug}-{doc_id('post', entry.slug)}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        base = f"/{slugify(name)}-{doc_id('topic', name)}"
        return base if n == 1 else f"{base}?page={n}"

    def tag_path(self, name: str, n: int = 1) -> str:
        raise AssertionError("Dotdash pages show no tags")

    def author_path(self, person: Person, n: int = 1) -> str:
        return f"/{slugify(_ascii(person.name))}-{doc_id('author', person.name)}"

    def page_path(self, slug: str) -> str:
        return {"about": "/about-us", "privacy-policy": "/legal"}.get(slug, f"/{slug}")

    def updated(self, entry: Entry):
        return later(entry.published, f"dotdash:{entry.slug}", 40, 700)

    def extra_routes(self) -> None:
        people = {p for e in self.entries for p in (*e.authors, *([e.reviewer] if e.reviewer else []))}
        for person in sorted(people, key=lambda p: p.name):
            self.add(self.author_path(person), "page", lambda p=person: self.author_page(p))
        self.add(HUB[1], "listing", self.hub)
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(["/sitemap_1.xml"]), "application/xml")
        self.add("/sitemap_1.xml", "other", lambda: self.sitemap(
            ["/", HUB[1], *[self.category_path(c) for c in self.groups("categories")],
             *[self.post_path(e) for e in self.newest], *[self.page_path(s) for s in texts.EVERGREEN]]),
            "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /search\nDisallow: /*?*utm_\nDisallow: /embed\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- related: same topic, newest first, then the plan's picks ---------------------------------------

    def related(self, entry: Entry) -> list[Entry]:
        topic = [o for o in self.newest if o is not entry and set(o.categories) & set(entry.categories)]
        picks = [self.entries[i] for i in entry.related]
        out = []
        for o in [*topic, *picks]:
            if o not in out:
                out.append(o)
        return out[:RELATED_LIMIT]

    # -- pieces -----------------------------------------------------------------------------------------

    def shown(self, person: Person) -> str:
        """As Verywell prints a name: "Ana Costa, MD, FAAD" (no honorific)."""
        return ", ".join((person.name, *person.credentials))

    def bio(self, person: Person) -> str:
        creds = ", ".join(person.credentials)
        return (f"{person.name}{', ' + creds if creds else ''} is a health writer and editor who covers prevention "
                f"and everyday wellness for {BRAND}." if person not in self.reviewer_set else
                f"{person.name}, {creds}, is a board-certified physician and a member of the {BRAND} Medical Review Board.")

    @property
    def reviewer_set(self) -> set:
        return {e.reviewer for e in self.entries if e.reviewer}

    def attribution(self, n: int, descriptor: str, person: Person) -> str:
        tip = (f'<div class="mntl-author-tooltip"><div class="mntl-author-tooltip__top"><a href="{self.url(self.author_path(person))}">'
               f'{self.e(self.shown(person))}</a></div><div class="mntl-author-tooltip__bio"><p>{self.e(self.bio(person))}</p></div>'
               f'<a class="mntl-author-tooltip__learn-more" href="{self.url("/about-us")}#EditorialGuidelines">Learn about our editorial process</a></div>')
        return (f'<div id="mntl-bylines__item_{n}-0" class="comp mntl-bylines__item mntl-attribution__item">'
                f'<span class="mntl-attribution__item-descriptor">{descriptor}</span>'
                f'<div data-tooltip="{html.escape(tip)}" data-inline-tooltip="true">'
                f'<a class="mntl-attribution__item-name" href="{self.url(self.author_path(person))}" '
                f'data-trigger-link="true">{self.e(self.shown(person))}</a></div></div>')

    def bylines(self, entry: Entry) -> str:
        groups = [f'<div class="comp mntl-bylines__group mntl-block mntl-bylines__group--author">'
                  + "".join(self.attribution(1, "By", p) for p in entry.authors) + "</div>"]
        if entry.reviewer:
            groups.append('<div class="comp mntl-bylines__group mntl-block mntl-bylines__group--medical_review">'
                          + self.attribution(2, "Medically reviewed by", entry.reviewer) + "</div>")
        return (f'<div id="mntl-bylines_1-0" class="comp mntl-bylines">{"".join(groups)}'
                f'<div class="mntl-attribution__item-date">Updated on {long_date(self.updated(entry))}</div></div>')

    def adslot(self, n: int, kind: str = "square-flex") -> str:
        return (f'<div id="mntl-sc-block-adslot_{n}" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block">'
                f'<div id="{kind}-{n}_1-0" class="comp mntl-gpt-dynamic-adunit mntl-gpt-adunit gpt {kind} dynamic">'
                f'<div id="{kind}-{n}" class="wrapper" data-type="{kind}" data-pos="atf" data-priority="{n + 2}" '
                f'data-sizes="[[300, 250],[336, 280],[1, 1],&quot;fluid&quot;]" data-rtb="true" data-wait-for-third-party="false" '
                f'data-targeting="{{}}"></div></div></div>')

    def block_html(self, block: Block, entry: Entry, n: int = 0) -> str:
        sid = f"mntl-sc-block_1-0-{n}"
        if block.kind == "p":
            return f'<p id="{sid}" class="comp mntl-sc-block mntl-sc-block-html">{self.inline(block.text)}</p>'
        if block.kind in ("h2", "h3"):
            return (f'<{block.kind} id="toc-{slugify(plain(block.text))}" class="comp mntl-sc-block health-sc-block-heading '
                    f'mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">{self.inline(block.text)}</span></{block.kind}>')
        if block.kind in ("ul", "ol"):
            tag = block.kind
            items = "".join(f'<li id="{sid}-{k}" class="comp mntl-sc-block-group--LI mntl-sc-block mntl-sc-block-startgroup">'
                            f'<p class="comp mntl-sc-block mntl-sc-block-html">{self.inline(i)}</p></li>'
                            for k, i in enumerate(block.items))
            return (f'<{tag} id="{sid}" class="comp mntl-sc-block mntl-sc-block-startgroup '
                    f'mntl-sc-block-group--{tag.upper()}">{items}</{tag}>')
        if block.kind == "quote":
            return (f'<div id="{sid}" class="comp mntl-sc-block mntl-sc-block-pullquote"><blockquote class="pullquote">'
                    f'<p class="comp mntl-sc-block mntl-sc-block-html">{self.inline(block.text)}</p></blockquote></div>')
        if block.kind == "figure":
            return (f'<figure id="{sid}" class="comp mntl-sc-block mntl-sc-block-image figure-landscape figure-high-res">'
                    f'<div class="img-placeholder" style="padding-bottom:66.7%;"><img data-src="{self.e(block.text)}" '
                    f'class="lazyload figure-article-image" alt="{self.e(block.items[0])}" width="1500" height="1000"></div>'
                    f'<figcaption class="figure-article-caption"><span class="figure-article-caption-owner">'
                    f'{BRAND} / Illustration</span></figcaption></figure>')
        if block.kind == "video":
            return (f'<div id="{sid}" class="comp mntl-sc-block mntl-sc-block-iframe"><div class="mntl-sc-block-iframe__uri '
                    f'mntl-sc-block-iframe__uri--{"vimeo" if "vimeo" in block.text else "youtube"}"><iframe class="mntl-sc-block-iframe__iframe" src="{self.e(block.text)}" '
                    f'title="{self.e(entry.title)}" width="560" height="315" frameborder="0" allow="accelerometer; autoplay; '
                    f'clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div></div>')
        raise ValueError(f"unknown block kind {block.kind!r}")

    def body_html(self, entry: Entry) -> str:
        out, ads = [], 0
        body = [b for b in entry.story.blocks if b.kind != "refs"]
        for n, block in enumerate(body):
            out.append(self.block_html(block, entry, n))
            if block.kind == "p" and n >= 2 and n % 4 == 2 and n < len(body) - 1:
                ads += 1
                out.append(self.adslot(ads))
        return "\n".join(out)

    def toc(self, entry: Entry) -> str:
        heads = [b for b in entry.story.blocks if b.kind == "h2"]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li class="mntl-toc__list-item"><a href="#toc-{slugify(plain(h.text))}" class="mntl-toc__list-item-link" '
                        f'data-component="tocItem">{self.e(plain(h.text))}</a></li>' for h in heads)
        return (f'<div id="mntl-toc_1-0" class="comp mntl-toc mntl-toc--collapsed expandable" data-collapse-count="4">'
                f'<div class="mntl-toc__heading"><span class="mntl-toc__heading-text">Table of Contents</span></div>'
                f'<ul class="mntl-toc__list">{items}</ul><button class="mntl-toc__button btn-expand" aria-expanded="false">'
                f'<span class="mntl-toc__button-text">View All</span></button></div>')

    def sources(self, entry: Entry) -> str:
        refs = next((b for b in entry.story.blocks if b.kind == "refs"), None)
        if refs is None:
            return ""
        items = "".join(f'<li class="mntl-sources__source" id="citation-{k}"><p>{self.inline(i)}</p></li>'
                        for k, i in enumerate(refs.items, 1))
        return (f'<div id="mntl-article-sources_1-0" class="comp expandable mntl-article-sources mntl-block" '
                f'data-scroll-offset="75"><div class="mntl-article-sources__heading-wrapper"><button '
                f'class="mntl-article-sources__heading btn-expand" aria-expanded="false"><span class="mntl-article-sources__'
                f'heading-text">{self.e(refs.text)}</span></button></div><div class="expandable__content mntl-article-sources__'
                f'content" style="display: none;"><p class="mntl-article-sources__subheading">{SOURCES_BOILERPLATE}</p>'
                f'<div class="comp mntl-article-sources__citation-sources-1 mntl-citation-sources mntl-block">'
                f'<ol class="comp mntl-sources__content mntl-block">{items}</ol></div></div></div>')

    def feedback(self) -> str:
        reasons = "".join(f'<li class="mntl-feedback__checkbox"><input type="checkbox" id="fb-{k}" name="reason" value="{k}">'
                          f'<label for="fb-{k}">{r}</label></li>' for k, r in enumerate(
                              ("Inaccurate", "Hard to Understand", "Missing Information", "Other"), 1))
        return ('<div id="mntl-feedback_1-0" class="comp mntl-feedback mntl-block" data-tracking-container="true">'
                '<div class="mntl-feedback__title">Was this page helpful?</div><div class="mntl-feedback__buttons">'
                '<button class="mntl-feedback__button mntl-feedback__button--yes" data-vote="yes">Yes</button>'
                '<button class="mntl-feedback__button mntl-feedback__button--no" data-vote="no">No</button></div>'
                '<div class="mntl-feedback__thanks is-hidden">Thanks for your feedback!</div>'
                '<form class="mntl-feedback__form is-hidden"><div class="mntl-feedback__form-title">What is your feedback?</div>'
                f'<ul class="mntl-feedback__checkboxes">{reasons}</ul><textarea name="comment" maxlength="500"></textarea>'
                '<button type="submit" class="mntl-feedback__submit">Submit</button></form></div>')

    def newsletter(self) -> str:
        return ('<div id="newsletter-signup_1-0" class="comp newsletter-signup mntl-newsletter-signup mntl-block">'
                '<div class="mntl-newsletter-signup__title">Get Daily Health Tips for a Happier You</div>'
                '<form class="mntl-newsletter-submit" action="/newsletter/subscribe" method="post">'
                '<input type="hidden" name="objectorObjectIds" value="ADD_TO_LIST"><label class="is-vishidden" for="nl-email">'
                'Email Address</label><input type="email" id="nl-email" name="email" placeholder="Enter your email" required>'
                '<button type="submit" class="mntl-newsletter-submit__button">Sign Up</button></form>'
                '<div class="mntl-newsletter-signup__success is-hidden">You\'re in! Thank you, {first name}, for signing up.</div>'
                '<p class="mntl-newsletter-signup__disclaimer">There was an error. Please try again.</p></div>')

    def card(self, e: Entry, kind: str = "mntl-card-list-items") -> str:
        author = e.authors[0]
        topic = e.categories[0] if e.categories else ""
        return (f'<a id="{kind}_{doc_id("card", e.slug)}" class="comp {kind} mntl-universal-card mntl-document-card mntl-card '
                f'card card--no-image" data-doc-id="{doc_id("post", e.slug)}" href="{self.url(self.post_path(e))}" '
                f'data-cta="Read More" data-ordinal="1"><div class="card__media mntl-universal-card__media">'
                f'<div class="img-placeholder" style="padding-bottom:66.6%;"><img data-src="{self.url("/thmb/" + e.slug[:20] + ".jpg")}" '
                f'class="card__img universal-image__image lazyload" alt="" width="412" height="275"></div></div>'
                f'<div class="card__content" data-tag="{self.e(topic)}"><div class="card__header"><span class="card__tag">'
                f'{self.e(topic)}</span></div><span class="card__title"><span class="card__title-text">{self.e(e.title)}</span>'
                f'</span><div class="card__byline mntl-card__byline" data-byline="By {self.e(self.shown(author))}"></div></div></a>')

    def breadcrumbs(self, topic: str | None) -> str:
        crumbs = [HUB] + ([(topic, self.category_path(topic))] if topic else [])
        lis = "".join(f'<li class="comp mntl-breadcrumbs__item mntl-block"><a href="{self.url(p)}" '
                      f'class="mntl-text-link mntl-breadcrumbs__link"><span class="link__wrapper">{self.e(t)}</span></a></li>'
                      for t, p in crumbs)
        return f'<ul id="mntl-universal-breadcrumbs_1-0" class="comp mntl-universal-breadcrumbs mntl-breadcrumbs breadcrumbs">{lis}</ul>'

    # -- frame -----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", body_class: str = "", canonical: str = "",
                 description: str = "") -> str:
        topics = list(self.groups("categories"))
        menu = "".join(f'<li class="mntl-header-nav__list-item"><a href="{self.url(self.category_path(t))}" '
                       f'class="mntl-header-nav__link">{self.e(t)}</a></li>' for t in topics[:6])
        footer_links = "".join(f'<li class="mntl-footer__link-item"><a href="{self.url(self.page_path(s))}">{self.e(t)}</a></li>'
                               for s, (t, _) in texts.EVERGREEN.items())
        brands = "".join(f'<li><a href="https://www.{b.lower().replace(" ", "")}.example/" rel="noopener">{b}</a></li>'
                         for b in ("Wellcove Mind", "Wellcove Family", "Wellcove Fit"))
        return f"""<!DOCTYPE html>
<html id="{body_class or 'page'}Doc_1-0" class="comp {body_class} html mntl-html no-js" data-ab="99,99,99,99,99,99" data-resource-version="4.142.0" lang="en">
<head class="loc head">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
<meta name="description" content="{self.e(description)}">
<link rel="canonical" href="{canonical or self.url('/')}">
<meta property="og:site_name" content="{BRAND}">
{head}<link rel="stylesheet" href="{self.url('/static/4.142.0/cache/eNqVU-health.min.css')}">
</head>
<body class="{body_class or 'page'}-template mntl-body">
<a href="#main" class="mntl-skip-to-content mntl-text-link">Skip to content</a>
<div id="leaderboard-flex-1_1-0" class="comp mntl-leaderboard-header mntl-leaderboard mntl-flexible-leaderboard mntl-gpt-adunit gpt leaderboard">
<div id="leaderboard-flex-1" class="wrapper" data-type="leaderboard" data-pos="atf" data-priority="1" data-sizes="[[728, 90],[970, 250]]"></div></div>
<header id="header_1-0" class="comp header mntl-header" role="banner" data-tracking-container="true">
<div class="mntl-header__inner"><a href="{self.url('/')}" class="mntl-header__logo" aria-label="Visit {BRAND}'s homepage">
<svg class="mntl-header__logo-svg" width="180" height="30" aria-hidden="true"><use xlink:href="#logo-health"></use></svg></a>
<nav class="mntl-header-nav" aria-label="Main"><ul class="mntl-header-nav__list">{menu}
<li class="mntl-header-nav__list-item"><a href="{self.url(HUB[1])}" class="mntl-header-nav__link">{HUB[0]}</a></li></ul></nav>
<form class="mntl-search-form" action="/search" method="get" role="search"><input type="text" name="q" class="mntl-search-form__input" placeholder="Search" aria-label="Search the site">
<button type="submit" class="mntl-search-form__button" aria-label="Search">Search</button></form>
<a href="#newsletter-signup_1-0" class="mntl-header__newsletter-button">Subscribe</a></div></header>
<main id="main" class="loc main">
{main}
</main>
<footer id="footer_1-0" class="comp mntl-footer footer" role="contentinfo" data-tracking-container="true">
<div class="mntl-footer__inner"><a href="{self.url('/')}" class="mntl-footer__logo" aria-label="{BRAND}">{BRAND}</a>
<div class="mntl-footer__tagline">Know more. Feel better.</div>
<ul class="mntl-footer__links">{footer_links}<li class="mntl-footer__link-item"><a href="{self.url('/legal')}#privacy">Your Privacy Choices</a></li></ul>
<p class="mntl-footer__disclaimer">{BRAND}'s content is for informational and educational purposes only. Our website is not intended to be a substitute for professional medical advice, diagnosis, or treatment.</p>
<div class="mntl-dotdash-universal-nav"><span>{BRAND} is part of the Wellcove publishing family.</span><ul>{brands}</ul></div>
<p class="mntl-footer__copyright">&copy; 2025 Wellcove Media, Inc. All rights reserved</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalizing content and advertising and analyzing site traffic. You may find out more about the purposes for which we and our partners use cookies or exercise your preferences by clicking the \u2018Cookie Settings\u2019 button below.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script src="{self.url('/static/4.142.0/cache/eNqVU-health.min.js')}" async></script>
</body>
</html>"""

    def ld(self, entry: Entry, path: str) -> str:
        def person(p: Person) -> dict:
            return {"@type": "Person", "name": p.name, "url": self.url(self.author_path(p)),
                    **({"jobTitle": ", ".join(p.credentials)} if p.credentials else {})}
        topic = entry.categories[0] if entry.categories else ""
        data = {"@context": "http://schema.org", "@type": ["MedicalWebPage"] if entry.reviewer else ["NewsArticle"],
                "headline": entry.title, "description": self.summary(entry),
                "datePublished": entry.published.isoformat(timespec="milliseconds"),
                "dateModified": self.updated(entry).isoformat(timespec="milliseconds"),
                "mainEntityOfPage": {"@type": ["WebPage"], "@id": self.url(path),
                                     "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
                                         {"@type": "ListItem", "position": 1, "item": {"@id": self.url(HUB[1]), "name": HUB[0]}},
                                         {"@type": "ListItem", "position": 2, "item": {"@id": self.url(self.category_path(topic)),
                                                                                        "name": topic}}]}},
                "image": {"@type": "ImageObject", "url": self.url(f"/thmb/{entry.slug[:20]}.jpg"), "height": 1000, "width": 1500},
                "author": [person(p) for p in entry.authors],
                "publisher": {"@type": "Organization", "name": BRAND, "url": self.url("/"),
                              "logo": {"@type": "ImageObject", "url": self.url("/img/logo.png"), "width": 240, "height": 40}},
                "about": [{"@type": "Thing", "name": topic}], "inLanguage": "en"}
        if entry.reviewer:
            data["reviewedBy"] = [person(entry.reviewer)]
            data["lastReviewed"] = self.updated(entry).isoformat(timespec="milliseconds")
        return f'<script type="application/ld+json">{json.dumps([data], ensure_ascii=False)}</script>\n'

    def summary(self, entry: Entry, chars: int = 155) -> str:
        first = next((b for b in entry.story.blocks if b.kind == "p"), None)
        text = plain(first.text) if first else entry.title
        return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + "..."

    def render_article(self, entry: Entry) -> str:
        path = self.post_path(entry)
        topic = entry.categories[0] if entry.categories else None
        related = self.related(entry)
        cards = "".join(self.card(o, "mntl-related-content__card") for o in related)
        head = (self.ld(entry, path) + f'<meta property="og:type" content="article">\n<meta property="og:title" '
                f'content="{self.e(entry.title)}">\n<meta property="og:url" content="{self.url(path)}">\n'
                f'<meta name="sailthru.date" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:section" content="{self.e(topic or "")}">\n')
        native = ('<div id="native_1-0" class="comp mntl-native mntl-gpt-adunit gpt native"><div id="native" class="wrapper" '
                  'data-type="native" data-pos="btf" data-sizes="[[&quot;fluid&quot;]]"></div></div>')
        main = f"""<article id="health-article_1-0" class="comp article health-article mntl-article" data-tracking-container="true">
<div class="loc article-pre-content">{self.breadcrumbs(topic)}</div>
<header id="article-header_1-0" class="comp article-header mntl-block">
<h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">{self.e(entry.title)}</h1>
{self.bylines(entry)}
</header>
<div id="article-content_1-0" class="comp article-content expert-content mntl-block">
{self.toc(entry)}
<div id="article-body_1-0" class="comp article-body health-article-body mntl-block">
<div id="mntl-sc-page_1-0" class="comp article-body-content mntl-sc-page mntl-block" data-sc-sticky-offset="60" data-sc-ad-label-height="24" data-sc-min-track-height="250" data-sc-breakpoint="50em" data-sc-load-immediate="3" data-bind-scroll-on-start="true" data-sc-content-positions="[]">
{self.body_html(entry)}
</div></div>
{self.sources(entry)}
{self.feedback()}
</div>
</article>
{self.newsletter()}
<div id="mntl-related-content_1-0" class="comp mntl-related-content mntl-block" data-tracking-container="true">
<div class="mntl-related-content__heading">Related Articles</div>
<div class="mntl-related-content__list">{cards}</div></div>
{native}"""
        return self.document(f"{entry.title}", main, head, "health-article", self.url(path), self.summary(entry))

    # -- listings and pages ------------------------------------------------------------------------------

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        links = "".join(f'<li class="pagination__item"><a href="{self.url(path_of(k))}" class="pagination__link'
                        f'{" is-active" if k == n else ""}">{k}</a></li>' for k in range(1, pages + 1))
        nxt = (f'<li class="pagination__item pagination__item--next"><a href="{self.url(path_of(n + 1))}" '
               f'class="pagination__link">Next</a></li>' if n < pages else "")
        return f'<nav class="comp pagination mntl-pagination" aria-label="Pagination"><ul class="pagination__list">{links}{nxt}</ul></nav>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        cards = "".join(self.card(e) for e in items)
        heading = (f'<h1 class="comp home-heading mntl-text-block">Know more. Feel better.</h1>' if home else
                   f'{self.breadcrumbs(None)}<h1 id="taxonomysc-heading_1-0" class="comp taxonomysc-heading mntl-text-block">'
                   f'{self.e(title)}</h1><p class="comp taxonomysc-intro mntl-text-block">Explore trusted, expert-reviewed '
                   f'information about {self.e(title.lower())}.</p>')
        main = (f'<div id="{"home" if home else "mntl-taxonomysc"}_1-0" class="comp {"home-page" if home else "mntl-taxonomysc"} '
                f'mntl-block">{heading}<div class="comp mntl-taxonomysc-article-list mntl-card-list mntl-block">{cards}</div>'
                f'{self.pagination(n, pages, path_of)}</div>{self.newsletter()}')
        page_title = f"{BRAND} - Know more. Feel better." if home else f"{title}: Symptoms, Causes, and Treatment"
        if n > 1:
            page_title += f" - Page {n}"
        return self.document(page_title, main, "", "home" if home else "taxonomysc", self.url(path_of(n)))

    def hub(self) -> str:
        groups = self.groups("categories")
        tiles = "".join(f'<li class="mntl-taxonomy-nodes__item"><a class="mntl-taxonomy-nodes__link" '
                        f'href="{self.url(self.category_path(t))}">{self.e(t)}</a></li>' for t in sorted(groups))
        main = (f'<div id="mntl-taxonomysc_1-0" class="comp mntl-taxonomysc mntl-block"><h1 class="comp taxonomysc-heading '
                f'mntl-text-block">{HUB[0]}</h1><ul class="comp mntl-taxonomy-nodes">{tiles}</ul>'
                f'<div class="comp mntl-taxonomysc-article-list mntl-card-list mntl-block">'
                f'{"".join(self.card(e) for e in self.newest[:6])}</div></div>')
        return self.document(f"{HUB[0]} - {BRAND}", main, "", "taxonomysc", self.url(HUB[1]))

    def author_page(self, person: Person) -> str:
        main = (f'<div id="bio-page_1-0" class="comp bio-page mntl-block"><div class="mntl-author-bio">'
                f'<h1 class="mntl-author-bio__name">{self.e(self.shown(person))}</h1>'
                f'<div class="mntl-author-bio__text"><p>{self.e(self.bio(person))}</p><p>Areas of expertise: prevention, '
                f'nutrition and patient education.</p></div><a href="{self.url("/about-us")}#EditorialGuidelines">'
                f'Learn about our editorial process</a></div></div>')
        return self.document(f"{self.shown(person)} - {BRAND}", main, "", "bio", self.url(self.author_path(person)))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f'<p class="comp mntl-sc-block mntl-sc-block-html">{self.e(p)}</p>' for p in paragraphs)
        main = (f'<div id="structured-content_1-0" class="comp structured-content mntl-block"><h1 class="comp '
                f'article-heading mntl-text-block">{self.e(title)}</h1><div class="comp mntl-sc-page mntl-block">{body}</div></div>')
        return self.document(f"{title} - {BRAND}", main, "", "structured-content", self.url(self.page_path(slug)))

    # -- truth --------------------------------------------------------------------------------------------

    def truth(self) -> dict:
        """The page shows only "Updated on DATE": by the project's convention that shown date is the
        article's date (JSON-LD ``datePublished`` holds the first publication)."""
        data = super().truth()
        for entry in self.entries:
            data["articles"][self.post_path(entry)]["published"] = self.updated(entry).date().isoformat()
        return data
