"""arcxp (held out): the health section of a regional daily on Arc XP, rendered by PageBuilder Fusion
with the current (2.x) public theme blocks, ``WPMedia/arc-themes-blocks`` on
``WPMedia/arc-themes-components``.

Modelled on (read in the stored corpus):
- ``WPMedia/arc-themes-blocks`` ``blocks/byline-block/features/byline/default.jsx`` (``credits.by``
  entries of ``type: "author"`` only, linked when they carry a ``url``, joined "A", "A and B",
  "A, B and C" after "By"), ``blocks/date-block/features/date/default.jsx`` (the story's
  ``display_date`` formatted "March 12, 2024 at 5:02 p.m. EDT" in the site's time zone, inside a
  ``<time>``), ``blocks/article-body-block/chains/article-body-chain.jsx`` and ``chains/article-body.jsx``
  (one element per ANS ``content_elements`` item: ``text`` paragraphs, ``header``, ``list``,
  ``quote``, ``oembed_response`` players, ``image`` figures, ``interstitial_link`` paragraphs
  holding one link to another story, ``raw_html``), and
  ``blocks/results-list-block/features/results-list/results/result-item.jsx`` (``.b-results-list``
  items: an overline with the ``website_section``, a ``c-heading`` link, a ``c-paragraph``
  description, a ``c-attribution`` "By ..." and a ``c-date``); the 2.x block class names
  (``b-header-nav-chain``, ``b-headline``, ``b-subheadline``, ``b-byline``, ``b-date``,
  ``b-article-body``, ``b-tags-bar`` of ``c-pill`` links, ``b-results-list``, ``b-links-bar``,
  ``b-footer``) and the ``c-`` components (``c-heading``, ``c-paragraph``, ``c-link``,
  ``c-attribution``, ``c-date``, ``c-overline``, ``c-separator``, ``c-link-list``);
- the ANS story shape as Fusion hydrates it (``<script id="fusion-metadata">window.Fusion=...;
  Fusion.globalContent={...}``; the same builder as the paper family, ``paper.Paper.ans``):
  ``headlines.basic``, ``subheadlines.basic``, ``credits.by`` with
  ``additional_properties.original.byline`` (the author profile's byline, credentials and all),
  ``display_date`` / ``first_publish_date`` / ``last_updated_date`` in UTC, ``taxonomy.sections``
  with ``primary_section``, ``taxonomy.tags``, ``related_content.basic`` and ANS's ``link_list``
  element; Arc's outbound feeds (``/arc/outboundfeeds/sitemap-index/?outputType=xml``,
  ``/arc/outboundfeeds/sitemap/?outputType=xml``, ``/arc/outboundfeeds/news-sitemap/?outputType=xml``,
  ``/arc/outboundfeeds/rss/category/health/?outputType=xml``) and AMP output type
  (``?outputType=amp`` on the story's own URL).
The page chrome (OneTrust cookie banner, newsletter promo, Arc Subscriptions paywall rules as JSON,
"Most Read" rail) follows Arc newspaper pages; it is reconstructed, not copied.

What a story page carries: ``b-header-nav-chain`` (site sections, Subscribe / Sign in); the section
overline (``c-overline`` link to ``/health/<section>/``); ``h1.b-headline``; ``h2.b-subheadline``;
``b-byline`` "By Jane Roe and John Doe | The Daily Courier" (names linked to ``/people/<slug>/``;
wire stories "By The Associated Press", no link: the agency is the author, ANS ``type: "author"``
with no url); ``b-date``: on an updated story (two in three) "Updated March 12, 2024 at 5:02 p.m.
EDT" then "Published March 11, 2024" (Arc's ``display_date`` is the update time there, the
JSON-LD ``datePublished`` and ``first_publish_date`` the first one, both in UTC: evening stories
carry the next day in UTC); a lead image; ``b-article-body`` with ``p.c-paragraph`` text, "READ
MORE: <title>" interstitial links (``b-article-body__interstitial-link``) and a "Related" link list
(ANS ``link_list``, ``c-link-list``) inside the body: the story's own related stories (the truth's
related; not body text); a newsletter promo after the body; ``b-tags-bar`` (the tags); share bar;
"More in Health": a results list of the section's five newest other stories (automatic, the same
front feed on every story: site furniture, not the story's Read Also); right rail "Most Read";
Arc Subscriptions' paywall rules (``<script type="application/json" id="arcp-paywall-rules">``)
and a hidden ``b-paywall`` wall ("You've reached your free article limit"); footer, cookie banner.

Truth: the headline (the ``<title>`` adds " - The Daily Courier"), authors without credentials (AP
stories: "The Associated Press"), the first-published date in the paper's zone (America/New_York),
tags and the primary section, the related stories, the body as shown minus the interstitial
links and the link list.

URLs: stories ``/health/YYYY/MM/DD/<slug>/`` (AMP: the same path ``?outputType=amp``, type other,
canonical to the story); ``/`` (the home front), ``/health/`` and ``/health/<section>/`` fronts
paged ``?offset=10``; ``/tags/<slug>/``, ``/people/<slug>/``; ``/about/`` etc.; robots.txt naming
the outbound sitemaps. English only. No trap.
"""
from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import partial

from .newspack import joined
from .paper import Paper, ap_date, arc_id
from .posts import Block, Entry, Person, Plan, slugify
from .site import RSS, ZooSite

SITE = "The Daily Courier"
ARC_SITE = "dailycourier"
AP = Person("The Associated Press")
XML = "application/xml; charset=utf-8"
ROLES = ("Health reporter", "Health and science reporter", "Medical writer", "Wellness editor", "Staff writer")


def eastern(moment: datetime) -> tuple[datetime, str]:
    """The moment in America/New_York (US rules: EDT from the second Sunday of March to the first
    Sunday of November) and its zone label."""
    utc = moment.astimezone(timezone.utc)
    year = utc.year
    march = datetime(year, 3, 8, 7, tzinfo=timezone.utc)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    nov = datetime(year, 11, 1, 6, tzinfo=timezone.utc)
    end = nov + timedelta(days=(6 - nov.weekday()) % 7)
    dst = start <= utc < end
    return utc.astimezone(timezone(timedelta(hours=-4 if dst else -5))), "EDT" if dst else "EST"


def arc_time(moment: datetime) -> str:
    """The date block's format: "March 12, 2024 at 5:02 p.m. EDT"."""
    local, zone = eastern(moment)
    hour = local.hour % 12 or 12
    return (f"{local:%B} {local.day}, {local.year} at {hour}:{local:%M} {'a.m.' if local.hour < 12 else 'p.m.'} "
            f"{zone}")


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class ArcXp(ZooSite):
    family = "arcxp"
    site_name = SITE
    declared_language = "en"
    per_page = 10
    plan = Plan(seed="arcxp", count=40, languages=("en",), authors=5, co_authors=0.35, tz_hours=-5,
                related=(0, 1, 2, 2, 3))

    # borrowed from the paper family (the same ANS builder, dek and player markup)
    ans = Paper.ans
    dek = Paper.dek
    section = Paper.section
    video_html = Paper.video_html

    def planned(self) -> list[Entry]:
        """First-published in the paper's zone; a story in six from the wire (the AP's own byline)."""
        out = []
        for entry in super().planned():
            local, _ = eastern(entry.published)
            authors = (AP,) if entry.story.kind == "article" and entry.post_id % 4 == 1 else \
                tuple(Person(p.name, "", p.credentials) for p in entry.authors)
            out.append(replace(entry, published=local, authors=authors))
        return out

    def updated(self, entry: Entry) -> datetime | None:
        """Two stories in three were updated, 2 to 50 hours later (often the next day)."""
        if entry.post_id % 3 == 0 or AP in entry.authors:
            return None
        return entry.published + timedelta(hours=2 + entry.post_id % 49, minutes=7 * (entry.post_id % 8))

    def role(self, person: Person) -> str:
        return ROLES[sum(map(ord, person.name)) % len(ROLES)]

    def more_in(self, entry: Entry) -> list[Entry]:
        """"More in Health": the section feed's five newest stories but this one (not Read Also)."""
        return [e for e in self.newest if e is not entry][:5]

    def most_read(self) -> list[Entry]:
        return random.Random("arcxp:most-read").sample(self.entries, 5)

    # -- paths -----------------------------------------------------------------------------------------

    def offset(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?offset={(n - 1) * self.per_page}"

    def post_path(self, entry: Entry) -> str:
        return f"/health/{entry.published:%Y/%m/%d}/{entry.slug}/"

    def amp_path(self, entry: Entry) -> str:
        return self.post_path(entry) + "?outputType=amp"

    def home_path(self, n: int = 1) -> str:
        return self.offset("/", n)

    def front_path(self, n: int = 1) -> str:
        return self.offset("/health/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.offset(f"/health/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.offset(f"/tags/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.offset(f"/people/{slugify(person.name)}/", n)

    def by_author(self) -> dict[Person, list[Entry]]:
        """Staff have /people/ pages; the wire has none."""
        return {p: items for p, items in super().by_author().items() if p != AP}

    def extra_routes(self) -> None:
        self.add_listing("Health", self.newest, self.front_path)
        for entry in self.entries:
            self.add(self.amp_path(entry), "other", partial(self.render_amp, entry))
        feeds = "/arc/outboundfeeds/"
        self.add(f"{feeds}sitemap-index/?outputType=xml", "other", lambda: self.sitemap_index(
            [f"{feeds}sitemap/?outputType=xml", f"{feeds}sitemap-section/?outputType=xml"]), XML)
        self.add(f"{feeds}sitemap/?outputType=xml", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.newest]), XML)
        self.add(f"{feeds}sitemap-section/?outputType=xml", "other", lambda: self.sitemap(
            ["/", self.front_path(), *[self.category_path(c) for c in self.groups("categories")]]), XML)
        self.add(f"{feeds}news-sitemap/?outputType=xml", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.newest[:5]]), XML)
        self.add(f"{feeds}rss/category/health/?outputType=xml", "other",
                 lambda: self.rss(f"Health | {SITE}", self.front_path(), self.newest), RSS)

    def robots(self) -> str:
        feeds = self.url("/arc/outboundfeeds/")
        return ("User-agent: *\nDisallow: /pf/api/\nDisallow: /search/\n"
                f"\nSitemap: {feeds}sitemap-index/?outputType=xml\nSitemap: {feeds}news-sitemap/?outputType=xml\n")

    # -- pieces --------------------------------------------------------------------------------------------

    def story_ans(self, entry: Entry) -> dict:
        """Paper's ANS story, with this site's display_date (the update time on updated stories),
        the interstitial links and the related link list among the content elements."""
        story = self.ans(entry)
        upd = self.updated(entry)
        story["display_date"] = utc_iso(upd or entry.published)
        story["last_updated_date"] = utc_iso(upd or entry.published)
        story["canonical_website"] = ARC_SITE
        story["taxonomy"]["sections"] = [{"_id": "/health", "name": "Health", "parent_id": "/"},
                                         *story["taxonomy"]["sections"]]
        for by in story["credits"]["by"]:
            person = next(p for p in entry.authors if p.name == by["name"])
            if person == AP:
                by.pop("url")
                by["_id"], by["org"] = "associated-press", "Associated Press"
                by["additional_properties"]["original"] = {"byline": "The Associated Press"}
            else:
                by["additional_properties"]["original"] = {
                    "byline": person.display, "role": self.role(person),
                    "bio": f"{person.name} is a {self.role(person).lower()} at {SITE}."}
        elements = story["content_elements"]
        for after, item in sorted(self.inserts(entry, elements).items(), reverse=True):
            elements.insert(after, item)
        return story

    def inserts(self, entry: Entry, elements: list[dict]) -> dict[int, dict]:
        """Where the related stories go among the content elements: one related story as a READ MORE
        interstitial after the second paragraph; two or more as a "Related" link list after the
        fourth (the last paragraph at most)."""
        related = self.related(entry)
        texts = [i + 1 for i, item in enumerate(elements) if item["type"] == "text"]
        if not related:
            return {}
        if len(related) == 1:
            o = related[0]
            return {texts[min(1, len(texts) - 1)]: {"_id": arc_id("il", entry.slug), "type": "interstitial_link",
                                                    "url": self.post_path(o), "content": f"READ MORE: {self.e(o.title)}"}}
        return {texts[min(3, len(texts) - 1)]: {"_id": arc_id("ll", entry.slug), "type": "link_list", "title": "Related",
                                                "items": [{"type": "interstitial_link", "url": self.post_path(o),
                                                           "content": self.e(o.title)} for o in related]}}

    def element_html(self, item: dict, entry: Entry) -> str:
        kind = item["type"]
        if kind == "text":
            return f'<p class="c-paragraph">{item["content"]}</p>'
        if kind == "header":
            return f'<h{item["level"]} class="c-heading">{item["content"]}</h{item["level"]}>'
        if kind == "list":
            tag = "ol" if item["list_type"] == "ordered" else "ul"
            return (f'<{tag} class="c-stack b-article-body__list">'
                    + "".join(f'<li>{i["content"]}</li>' for i in item["items"]) + f"</{tag}>")
        if kind == "quote":
            return ('<blockquote class="b-article-body__blockquote">'
                    + "".join(f'<p class="c-paragraph">{c["content"]}</p>' for c in item["content_elements"])
                    + "</blockquote>")
        if kind == "oembed_response":
            return f'<div class="b-article-body__oembed">{item["raw_oembed"]["html"]}</div>'
        if kind == "image":
            name = arc_id("fig", item["url"])
            return (f'<figure class="c-media-item"><img class="c-image" src="https://www.dailycourier.example/'
                    f'resizer/v2/{name}.jpg?auth={name[:12].lower()}&amp;width=800" alt="{self.e(item["alt_text"])}" '
                    f'width="800" height="533" loading="lazy"/><figcaption class="c-media-item__fig-caption">'
                    f'<span class="c-media-item__caption">{self.e(item["alt_text"])}</span></figcaption></figure>')
        if kind == "interstitial_link":
            return (f'<p class="c-paragraph b-article-body__interstitial-link"><a class="c-link" '
                    f'href="{self.url(item["url"])}">{item["content"]}</a></p>')
        if kind == "link_list":
            links = "".join(f'<li class="c-link-list__item"><a class="c-link" href="{self.url(i["url"])}">'
                            f'{i["content"]}</a></li>' for i in item["items"])
            return (f'<div class="c-link-list b-article-body__link-list"><h2 class="c-heading c-link-list__title">'
                    f'{self.e(item["title"])}</h2><ul class="c-link-list__items">{links}</ul></div>')
        raise ValueError(kind)

    def byline(self, entry: Entry) -> str:
        names = [self.e(p.name) if p == AP else
                 f'<a class="c-link" href="{self.url(self.author_path(p))}">{self.e(p.name)}</a>' for p in entry.authors]
        org = "" if AP in entry.authors else f' <span class="c-separator">|</span> {SITE}'
        return (f'<div class="b-byline"><span class="c-attribution"><span class="b-byline__by">By</span> '
                f'{joined(names)}{org}</span></div>')

    def dates(self, entry: Entry) -> str:
        upd = self.updated(entry)
        if not upd:
            return (f'<div class="b-date"><time class="c-date primary-font__PrimaryFontStyles" '
                    f'dateTime="{utc_iso(entry.published)}">{arc_time(entry.published)}</time></div>')
        return (f'<div class="b-date"><time class="c-date primary-font__PrimaryFontStyles" dateTime="{utc_iso(upd)}">'
                f'Updated {arc_time(upd)}</time><div class="b-date__published">Published {ap_date(entry.published)}'
                "</div></div>")

    def nav(self) -> str:
        sections = [("/", "Home"), ("/health/", "Health"),
                    *[(self.category_path(c), c) for c in sorted(self.groups("categories"))]]
        links = "".join(f'<li class="b-header-nav-chain__links-list-item"><a class="c-link" href="{self.url(p)}">{t}</a>'
                        "</li>" for p, t in sections)
        return (f'<header class="b-header-nav-chain"><nav class="b-header-nav-chain__top-layout" aria-label="Sections Menu">'
                f'<a class="b-header-nav-chain__logo" href="{self.url("/")}"><img src="https://www.dailycourier.example/pf/resources/'
                f'images/logo.svg?d=412" alt="{SITE}"/></a><ul class="b-header-nav-chain__links-list">{links}</ul>'
                f'<a class="c-button c-button--primary" href="https://subscribe.dailycourier.example/">Subscribe</a>'
                '<a class="c-button" href="https://subscribe.dailycourier.example/login/">Sign In</a></nav></header>')

    def rail(self) -> str:
        items = "".join(f'<li><a class="c-link" href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>'
                        for e in self.most_read())
        return f'<aside class="b-right-rail"><div class="b-most-read"><h2 class="c-heading">Most Read</h2><ol>{items}</ol></div></aside>'

    def footer(self) -> str:
        links = "".join(f'<a class="c-link" href="{self.url(self.page_path(s))}">{t}</a>'
                        for s, t in (("about", "About Us"), ("contact", "Contact Us"), ("privacy-policy", "Privacy Policy")))
        return (f'<footer class="b-footer"><div class="b-footer__links">{links}<a class="c-link" '
                f'href="{self.url("/arc/outboundfeeds/rss/category/health/?outputType=xml")}">RSS</a></div>'
                f'<p class="b-footer__copyright">Copyright &copy; 2025 {SITE}. All rights reserved.</p></footer>'
                '<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">'
                '<p id="onetrust-policy-text">We use cookies and similar technologies to personalize content and ads and '
                'to analyze our traffic. By clicking "Accept All" you agree to this use.</p>'
                '<button id="onetrust-accept-btn-handler">Accept All</button></div></div>')

    def result_item(self, e: Entry, description: bool = True) -> str:
        section = self.section(e)
        desc = (f'<a class="c-link" href="{self.url(self.post_path(e))}"><p class="c-paragraph">{self.e(self.dek(e))}</p></a>'
                if description else "")
        return (f'<div class="b-results-list b-results-list--show-image"><div class="c-media-item"><a class="c-link" '
                f'href="{self.url(self.post_path(e))}" aria-hidden="true" tabindex="-1"><img class="c-image" alt="{self.e(e.title)}" '
                f'src="https://www.dailycourier.example/resizer/v2/{arc_id("promo", e.slug)}.jpg?width=250" loading="lazy"/></a></div>'
                f'<a class="c-overline" href="{self.url(self.category_path(section))}">{self.e(section)}</a>'
                f'<h2 class="c-heading"><a class="c-link" href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2>{desc}'
                f'<div class="c-attribution">By {self.e(joined([p.name for p in e.authors]))} <span class="c-separator">'
                f'</span> <time class="c-date" dateTime="{utc_iso(e.published)}">{ap_date(e.published)}</time></div></div>')

    def fusion(self, content: dict, path: str, layout: str) -> str:
        data = json.dumps(content, ensure_ascii=False).replace("</", "<\\/")
        config = {"source": "content-api" if layout == "article" else "story-feed-sections",
                  "query": {"website_url": path} if layout == "article" else {"feedOffset": 0, "feedSize": 10}}
        return ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
                f'Fusion.arcSite="{ARC_SITE}";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="1874";'
                f"Fusion.globalContent={data};Fusion.globalContentConfig={json.dumps(config)};"
                f'Fusion.lastModified=1710277320000;Fusion.contentCache={{}};Fusion.layout="{layout}-right-rail";'
                'Fusion.outputType="default";Fusion.template="template-8f3d2c";Fusion.spa=false;Fusion.spaEnabled=false;'
                "</script>")

    def paywall(self) -> str:
        rules = {"rules": [{"id": 12, "e": [10], "cc": None, "pw": 2592000, "rt": [">", 4], "dom": ["dailycourier.example"],
                            "pwType": "metered", "campaign": "default"}], "contentType": "story"}
        return (f'<script type="application/json" id="arcp-paywall-rules">{json.dumps(rules)}</script>'
                '<div class="b-paywall" hidden><div class="b-paywall__content"><h2 class="c-heading">You\'ve reached '
                'your free article limit</h2><p class="c-paragraph">Subscribe for unlimited access to local health '
                'news for $1 a week.</p><a class="c-button c-button--primary" href="https://subscribe.dailycourier.example/">'
                'Subscribe now</a><p class="c-paragraph">Already a subscriber? <a class="c-link" '
                'href="https://subscribe.dailycourier.example/login/">Sign in</a></p></div></div>')

    def newsletter(self) -> str:
        return ('<div class="b-newsletter-promo"><h2 class="c-heading">Get the Health &amp; Wellness newsletter</h2>'
                '<p class="c-paragraph">The week\'s most important health news from our newsroom, every Tuesday.</p>'
                '<form class="b-newsletter-promo__form" action="https://newsletters.dailycourier.example/subscribe" method="post">'
                '<input type="email" name="email" placeholder="Email address" required/>'
                '<button type="submit" class="c-button c-button--primary">Sign Up</button></form></div>')

    def document(self, title: str, head: str, main: str, fusion: str, scripts: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{self.e(title)}</title>{head}
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=1874&amp;mxId=00000000"/>
<script defer="" src="/pf/dist/engine/react.js?d=1874&amp;mxId=00000000"></script>
</head><body><div id="fusion-app" class="layout-section">
{self.nav()}
<div class="b-single-column-right-rail"><main class="b-single-column-right-rail__main">{main}</main>{self.rail()}</div>
{self.footer()}</div>
{fusion}{scripts}</body></html>"""

    # -- story --------------------------------------------------------------------------------------------

    def json_ld(self, entry: Entry) -> str:
        upd = self.updated(entry) or entry.published
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title,
                "description": self.dek(entry), "mainEntityOfPage": self.url(self.post_path(entry)),
                "datePublished": utc_iso(entry.published), "dateModified": utc_iso(upd),
                "author": [{"@type": "Person", "name": p.name, **({} if p == AP else {"url": self.url(self.author_path(p))})}
                           for p in entry.authors],
                "articleSection": self.section(entry), "isAccessibleForFree": False,
                "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject",
                              "url": "https://www.dailycourier.example/pf/resources/images/logo.png"}}}
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def head(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return (f'<link rel="canonical" href="{url}"/><link rel="amphtml" href="{self.url(self.amp_path(entry))}"/>'
                f'<meta name="description" content="{self.e(self.dek(entry))}"/>'
                f'<meta property="og:title" content="{self.e(entry.title)}"/><meta property="og:type" content="article"/>'
                f'<meta property="og:url" content="{url}"/><meta property="og:site_name" content="{SITE}"/>'
                f'<meta property="article:section" content="{self.e(self.section(entry))}"/>'
                f'<meta name="twitter:card" content="summary_large_image"/>{self.json_ld(entry)}')

    def render_article(self, entry: Entry) -> str:
        story = self.story_ans(entry)
        section = self.section(entry)
        body = "\n".join(self.element_html(item, entry) for item in story["content_elements"])
        tags = "".join(f'<a class="c-pill" href="{self.url(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        share = "".join(f'<a class="c-button c-button--share" href="{u}{self.url(self.post_path(entry))}" '
                        f'aria-label="Share on {n}">{n}</a>' for n, u in (("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
                                                                     ("X", "https://twitter.com/intent/tweet?url="),
                                                                     ("Email", "mailto:?body=")))
        more = "".join(self.result_item(e, description=False) for e in self.more_in(entry))
        main = f"""<article class="b-article">
<a class="c-overline" href="{self.url(self.category_path(section))}">{self.e(section)}</a>
<h1 class="b-headline c-heading">{self.e(entry.title)}</h1>
<h2 class="b-subheadline c-heading">{self.e(story["subheadlines"]["basic"])}</h2>
{self.byline(entry)}
{self.dates(entry)}
<div class="b-share-bar">{share}</div>
<figure class="b-lead-art c-media-item"><img class="c-image" src="https://www.dailycourier.example/resizer/v2/{arc_id("lead", entry.slug)}.jpg?width=1200" alt="" width="1200" height="800"/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__credit">(Photo: Courier file)</span></figcaption></figure>
<div class="b-article-body">{body}</div>
{self.newsletter()}
<div class="b-tags-bar">{tags}</div>
</article>
<div class="b-results-list-container"><h2 class="c-heading">More in Health</h2>{more}</div>
{self.paywall()}"""
        return self.document(f"{entry.title} - {SITE}", self.head(entry), main, self.fusion(story, self.post_path(entry), "article"))

    def render_amp(self, entry: Entry) -> str:
        story = self.story_ans(entry)
        body = "\n".join(self.element_html(i, entry) for i in story["content_elements"] if i["type"] != "oembed_response")
        return f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"/><title>{self.e(entry.title)} - {SITE}</title>
<link rel="canonical" href="{self.url(self.post_path(entry))}"/><meta name="viewport" content="width=device-width"/>
<script async src="https://cdn.ampproject.org/v0.js"></script>{self.json_ld(entry)}</head>
<body><header class="amp-header"><a href="{self.url("/")}">{SITE}</a></header>
<article class="amp-article"><h1 class="b-headline">{self.e(entry.title)}</h1>{self.byline(entry)}{self.dates(entry)}
<div class="b-article-body">{body}</div></article><footer class="amp-footer">&copy; {SITE}</footer></body></html>"""

    # -- fronts and pages -------------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        results = "".join(self.result_item(e) for e in items)
        more = (f'<a class="c-button c-button--secondary b-results-list__see-more" href="{self.url(path_of(n + 1))}">'
                "See More</a>") if n < pages else ""
        if first.startswith("/people/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            top = (f'<div class="b-full-author-bio"><h1 class="c-heading">{self.e(person.name)}</h1>'
                   f'<p class="b-full-author-bio__role">{self.e(self.role(person))}</p><p class="c-paragraph">'
                   f'{self.e(person.name)} is a {self.e(self.role(person).lower())} at {SITE}.</p></div>')
        else:
            top = f'<h1 class="c-heading b-section-title">{self.e("Latest news" if first == "/" else title)}</h1>'
        main = f'{top}<div class="b-results-list-container">{results}</div>{more}'
        head = f'<link rel="canonical" href="{self.url(path_of(n))}"/><meta property="og:type" content="website"/>'
        content = {"type": "results", "count": len(items), "next": (n * self.per_page) if n < pages else None,
                   "content_elements": [{"_id": arc_id("story", e.slug), "type": "story", "canonical_url": self.post_path(e),
                                         "headlines": {"basic": e.title}} for e in items]}
        return self.document(f"{title} - {SITE}", head, main, self.fusion(content, first, "section"))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f'<p class="c-paragraph">{self.e(p)}</p>' for p in paragraphs)
        main = f'<h1 class="c-heading">{self.e(title)}</h1><div class="b-article-body">{body}</div>'
        return self.document(f"{title} - {SITE}", f'<link rel="canonical" href="{self.url(self.page_path(slug))}"/>',
                             main, self.fusion({"type": "story", "subtype": "page", "headlines": {"basic": title}},
                                               self.page_path(slug), "page"))
