"""paper (held out): the health section of a regional daily on a headless news CMS (Arc XP's
PageBuilder Fusion front end, with the story URLs and the dateline of a Gannett-style newspaper).

Modelled on public material: Arc XP's own theme blocks (``WPMedia/arc-themes-blocks``: the byline
block's "By A, B and C" string inside ``section.byline``, the article-body chain's
``p.body-paragraph``, ``p.interstitial-link`` and the story's ``location`` prefixed to the first
paragraph as "CITY — ", the ANS story shape of its mock data: ``headlines.basic``,
``subheadlines.basic``, ``credits.by[]`` of ``type: "author"``, ``taxonomy.tags``,
``promo_items.basic``, ``content_elements``); Fusion's server-side hydration script
``<script id="fusion-metadata">window.Fusion=window.Fusion||{};...Fusion.globalContent={...};
Fusion.globalContentConfig=...;Fusion.contentCache=...</script>`` and ``div#fusion-app``, as
scrapers and paywall-bypass scripts of Arc sites read them; Gannett story pages as scrapers select
them (``h1.gnt_ar_hl``, ``div.gnt_ar_by`` with ``a.gnt_ar_by_a``, ``div.gnt_ar_dt`` whose
``aria-label`` reads "Published: 6:00 a.m. ET March 12, 2024 Updated: ...", ``p.gnt_ar_b_p``,
``/story/news/health/YYYY/MM/DD/slug/12345678/`` URLs, AP-style months "Sept. 19, 2022");
Piano/TinyPass client scripts (``tp = window["tp"] || []``, ``tp.push(["setAid", ...])``,
``tp.push(["setTags", ...])``, the ``tinypass.min.js`` loader) and the ``tp-container-inner``
offer container that paywall-removal scripts hide.

What an article page carries: a header with section nav and a Subscribe button; an overline (the
section kicker, a link to the section front) above ``h1.headline``; a dek ``h2.sub-headline``; a
byline "By A and B, Staff Writers" (names linked to ``/staff/<slug>/``; the role is not a person);
the dateline "Published 6:00 a.m. ET March 12, 2024 | Updated 9:14 a.m. ET March 13, 2024"
("Updated" on two posts in three; truth: the Published date); a lead image with caption and
photographer credit; the body (``p.body-paragraph``; a "LAKESHORE, Mich. — " location on the
first paragraph of most English stories, part of the text a reader reads), inline "RELATED:"
interstitial links (the story's own related links: the truth's related), ad slots labelled
"Advertisement", a newsletter signup form inside the body; tags as a "tags-bar"; share buttons;
author bios ("Staff Writer" plus a beat line); the metered paywall (the whole text is in the
HTML, then a "Subscribe to keep reading / You've reached your free article limit" overlay and an
empty Piano offer container); a right rail with "Most Read" and "Trending" (site-wide); and, for
infinite scroll, the NEXT story appended below in its own ``<article>`` with its own h1, dek,
byline, dateline, lead image and first paragraphs (not this page's article). The head holds a
``NewsArticle`` JSON-LD with every author (``datePublished`` in UTC, as Arc's
``first_publish_date``: stories published after 7 p.m. ET carry the next day there), og: and
``article:`` meta (``article:section`` and ``articleSection`` name the story's primary section, the
subsection its overline shows, as Arc derives both from ``taxonomy.primary_section``), ``<link rel="amphtml">`` to ``/amp/<id>/`` (an AMP copy of the story, canonical
to the story: typed "other"), and the Fusion hydration script with the full ANS story (every
paragraph again, as JSON).

URLs: stories ``/story/news/health/YYYY/MM/DD/<slug>/<8-digit id>/``; the health front
``/news/health/`` (``/news/health/page/N/``), subsection fronts ``/news/health/<section>/``,
topic pages ``/topic/<slug>/``, staff pages ``/staff/<slug>/``; ``/`` is the paper's home page
(top health stories, a page); ``/about/`` etc.; Arc's outbound feeds for the sitemap index, the
monthly sitemaps and RSS (``/arc/outboundfeeds/...?outputType=xml``). Two Spanish stories
(``<html lang="es">``, from the paper's "En Español" desk). No trap.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from datetime import timedelta, timezone
from functools import partial

from . import texts
from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import ZooSite, later

PAPER = "The Lakeshore Courier"
ARC_SITE = "lakeshore-courier"
PIANO_AID = "Lk4Cq2rT9w"
LOCATIONS = ("LAKESHORE, Mich.", "GRAND HAVEN, Mich.", "MUSKEGON, Mich.", "HOLLAND, Mich.", "LANSING, Mich.")
PHOTOGRAPHERS = ("Dana Whitfield", "Marcus Lee", "Priya Anand")
BEATS = ("covers health care and hospitals", "writes about food, fitness and wellness",
         "covers public health and the county health department", "reports on aging, caregiving and senior care",
         "covers mental health and addiction")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def ap_time(moment) -> str:
    """AP style: "6:00 a.m." / "12:15 p.m."."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'a.m.' if moment.hour < 12 else 'p.m.'}"


def ap_date(moment) -> str:
    return f"{AP_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def arc_id(*parts) -> str:
    """An Arc ANS id: 26 upper-case base32 characters."""
    import base64
    return base64.b32encode(hashlib.sha1(":".join(map(str, parts)).encode()).digest()).decode()[:26]


class Paper(ZooSite):
    family = "paper"
    site_name = PAPER
    declared_language = "en"
    per_page = 10
    plan = Plan(seed="paper", count=40, languages=("en", "es"), authors=6, co_authors=0.55, reviewed=0.0,
                tz_hours=-5, related=(0, 1, 1, 2, 2, 3))

    # -- dressing: newspaper staff have no honorifics or credentials in a byline ----------------------

    def dress(self, entry: Entry) -> Entry:
        authors = tuple(Person(p.name) for p in entry.authors)
        entry = replace(entry, authors=authors)
        rng = random.Random(f"paper:loc:{entry.story.key}")
        if entry.story.language == "en" and entry.story.kind == "article" and rng.random() < 0.7:
            blocks = list(entry.story.blocks)
            first = next(i for i, b in enumerate(blocks) if b.kind == "p")
            blocks[first] = Block("p", f"{rng.choice(LOCATIONS)} — {blocks[first].text}")
            entry = replace(entry, story=replace(entry.story, blocks=tuple(blocks)))
        return entry

    def story_id(self, entry: Entry) -> int:
        return 72000000 + entry.post_id * 1931 + entry.index * 17

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/story/news/health/{entry.published:%Y/%m/%d}/{entry.slug}/{self.story_id(entry)}/"

    def amp_path(self, entry: Entry) -> str:
        return f"/amp/{self.story_id(entry)}/"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/news/health/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/health/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/topic/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/staff/{slugify(person.name)}/", n)

    def extra_routes(self) -> None:
        self.add("/", "listing", self.home)
        self.add("/subscribe/", "other", partial(self.utility, "Subscribe", "Get unlimited digital access for $1 for 6 months."))
        self.add("/account/login/", "other", partial(self.utility, "Log in", "Log in with your Lakeshore Courier account."))
        for entry in self.entries:
            self.add(self.amp_path(entry), "other", partial(self.render_amp, entry))
        months = sorted({e.published.strftime("%Y-%m") for e in self.entries})
        self.add("/arc/outboundfeeds/sitemap-index/", "other", lambda: self.sitemap_index(
            [f"/arc/outboundfeeds/sitemap/{m}/?outputType=xml" for m in months]
            + ["/arc/outboundfeeds/sitemap-sections/?outputType=xml"]), "application/xml")
        for month in months:
            self.add(f"/arc/outboundfeeds/sitemap/{month}/", "other", partial(self.sitemap, [
                self.post_path(e) for e in self.newest if e.published.strftime("%Y-%m") == month]), "application/xml")
        self.add("/arc/outboundfeeds/sitemap-sections/", "other", lambda: self.sitemap(
            ["/", self.home_path(), *[self.category_path(c) for c in self.groups("categories")]]), "application/xml")
        self.add("/arc/outboundfeeds/rss/category/news/health/", "other",
                 lambda: self.rss(f"Health | {PAPER}", self.home_path(), self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /pf/api/\nDisallow: /search/\nDisallow: /subscribe/\nDisallow: /account/\n\n"
                f"Sitemap: {self.url('/arc/outboundfeeds/sitemap-index/?outputType=xml')}\n")

    # -- shared furniture -------------------------------------------------------------------------------

    def most_read(self) -> list[Entry]:
        return self.popular(5)

    def trending(self) -> list[Entry]:
        return random.Random("paper:trending").sample(self.entries, 5)

    def dek(self, entry: Entry) -> str:
        """The subtitle: the first sentence of the first paragraph (without the location)."""
        text = plain(next(b.text for b in entry.story.blocks if b.kind == "p"))
        text = text.split(" — ", 1)[1] if " — " in text[:30] else text
        sentence = text.split(". ")[0].rstrip(".")
        words = sentence.split()
        return " ".join(words[:24]) + ("…" if len(words) > 24 else ".")

    def names(self, entry: Entry, link: bool = True) -> str:
        """Arc's byline string: "A", "A and B", "A, B and C"."""
        parts = [f'<a class="gnt_ar_by_a" href="{self.url(self.author_path(p))}">{self.e(p.name)}</a>' if link
                 else self.e(p.name) for p in entry.authors]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    def byline(self, entry: Entry) -> str:
        role = "Staff Writer" if len(entry.authors) == 1 else "Staff Writers"
        if entry.story.language == "es":
            role = "El Courier en Español"
        return (f'<section class="byline gnt_ar_by"><p class="byline__names"> <span class="byline__by">By</span> '
                f"{self.names(entry)}, <span class=\"byline__role\">{role}</span></p></section>")

    def updated(self, entry: Entry):
        """The "Updated" time: none on one story in three, the same morning's fix or a later update otherwise."""
        if entry.post_id % 3 == 0:
            return None
        if entry.post_id % 2:
            return entry.published + timedelta(hours=3, minutes=14)
        return later(entry.published, f"paper:upd:{entry.slug}", 1, 40)

    def dateline(self, entry: Entry) -> str:
        pub = f"{ap_time(entry.published)} ET {ap_date(entry.published)}"
        upd = self.updated(entry)
        label = f"Published: {pub}" + (f" Updated: {ap_time(upd)} ET {ap_date(upd)}" if upd else "")
        shown = f"Published {pub}" + (f" | Updated {ap_time(upd)} ET {ap_date(upd)}" if upd else "")
        return f'<div class="gnt_ar_dt date" aria-label="{label}">{shown}</div>'

    def lead_art(self, entry: Entry, eager: bool = True) -> str:
        rng = random.Random(f"paper:img:{entry.slug}")
        sid = arc_id("img", entry.slug)
        src = self.url(f"/resizer/{arc_id('rz', entry.slug)[:22]}=/1200x675/smart/filters:focal(600x338:601x339)/"
                       f"cloudfront-us-east-1.images.arcpublishing.com/{ARC_SITE}/{sid}.jpg")
        caption = f"A file photo illustrating {self.e(entry.story.category.lower())} coverage in the Lakeshore area."
        return (f'<figure class="lead-art gnt_em gnt_em_fo__bt"><img src="{src}" alt="{self.e(entry.title)}" width="1200" '
                f'height="675" loading="{"eager" if eager else "lazy"}"><figcaption class="lead-art__caption">'
                f'<span class="image-caption">{caption}</span> <span class="image-credit">'
                f"{rng.choice(PHOTOGRAPHERS)}/{PAPER}</span></figcaption></figure>")

    def ad(self, slot: str) -> str:
        return (f'<div class="arc-ad ad-container ad-{slot}" id="arcad_{slot}" data-ad-slot="{slot}">'
                f'<span class="advertisement-label">Advertisement</span><div id="arcad-{slot}-inner"></div></div>')

    def newsletter(self) -> str:
        return ('<div class="newsletter-signup" data-newsletter="health-wellness"><h3 class="newsletter-signup__title">'
                "Stay well with our Health &amp; Wellness newsletter</h3><p>Local health news, tips and hospital updates "
                f'in your inbox every Tuesday.</p><form action="{self.url("/newsletters/signup/")}" method="post">'
                '<label for="nl-email">Email address</label><input id="nl-email" type="email" name="email" '
                'placeholder="you@example.com"><input type="hidden" name="list" value="health-wellness">'
                '<button type="submit">Sign up</button></form><p class="newsletter-signup__legal">By signing up you agree '
                "to our Terms of Service and Privacy Policy.</p></div>")

    def paywall(self) -> str:
        return ('<div class="paywall-overlay" id="paywall-overlay" data-meter="metered" aria-hidden="true">'
                '<div class="paywall-overlay__box"><p class="paywall-overlay__eyebrow">You\'ve reached your free article '
                'limit.</p><h2 class="paywall-overlay__title">Subscribe to keep reading</h2><p>Get unlimited digital access '
                f'to {PAPER} for $1 for 6 months. Cancel anytime.</p><a class="paywall-overlay__cta" '
                f'href="{self.url("/subscribe/?gps-source=CPROADBLOCK")}">Subscribe now</a> <a class="paywall-overlay__login" '
                f'href="{self.url("/account/login/")}">Already a subscriber? Log in</a></div></div>'
                '<div id="piano-offer-container" class="tp-container-inner piano-offer" data-piano-offer="OFCPSQX7N2Y4"></div>')

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return ('<div class="share-bar" aria-label="Share this story">'
                f'<a class="share-bar__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
                f'<a class="share-bar__x" href="https://twitter.com/intent/tweet?url={url}">X</a>'
                f'<a class="share-bar__email" href="mailto:?subject={self.e(entry.title)}&amp;body={url}">Email</a></div>')

    def bios(self, entry: Entry) -> str:
        out = []
        for person in entry.authors:
            beat = BEATS[sum(map(ord, person.name)) % len(BEATS)]
            out.append(f'<div class="author-bio"><a href="{self.url(self.author_path(person))}" class="author-bio__name">'
                       f'{self.e(person.name)}</a><p class="author-bio__text">{self.e(person.name)} is a staff writer who '
                       f'{beat} for {PAPER}. Contact: {slugify(person.name).replace("-", ".")}@lakeshorecourier.com.</p></div>')
        return f'<section class="author-bios">{"".join(out)}</section>'

    def rail(self) -> str:
        most = "".join(f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span><a href="'
                       f'{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for i, e in enumerate(self.most_read()))
        trend = "".join(f'<li class="trending__item"><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>'
                        for e in self.trending())
        return (f'<aside class="right-rail">{self.ad("right-rail-1")}<section class="most-read"><h2 class="most-read__title">'
                f'Most Read</h2><ol>{most}</ol></section><section class="trending"><h2 class="trending__title">Trending</h2>'
                f"<ul>{trend}</ul></section>{self.ad('right-rail-2')}</aside>")

    def nav(self) -> str:
        sections = "".join(f'<li><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                           for c in sorted(self.groups("categories")))
        return (f'<header class="site-header"><a class="site-header__logo" href="{self.url("/")}">{PAPER}</a>'
                f'<nav class="site-nav" aria-label="Sections"><ul><li><a href="{self.url("/")}">News</a></li>'
                f'<li><a href="{self.url(self.home_path())}">Health</a></li>{sections}</ul></nav>'
                f'<div class="site-header__actions"><a class="subscribe-button" href="{self.url("/subscribe/?gps-source=CPNAV")}">'
                f'Subscribe</a> <a href="{self.url("/account/login/")}">Log in</a></div></header>')

    def footer(self) -> str:
        links = " ".join(f'<a href="{self.url(f"/{slug}/")}">{self.e(title)}</a>' for slug, (title, _) in texts.EVERGREEN.items())
        return (f'<footer class="site-footer"><div class="site-footer__links">{links} '
                f'<a href="{self.url("/arc/outboundfeeds/rss/category/news/health/?outputType=xml")}">RSS</a></div>'
                f'<p>&copy; 2025 {PAPER}, part of Great Lakes Media Group. All rights reserved.</p>'
                '<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p>We use cookies '
                "and similar technologies to personalize content and ads and to analyse our traffic.</p>"
                '<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></footer>')

    def piano(self, entry: Entry | None) -> str:
        tags = json.dumps(["health", *[slugify(t) for t in entry.tags]] if entry else ["section-front"])
        return (f'<script type="text/javascript">(function(){{tp = window["tp"] || [];tp.push(["setAid", "{PIANO_AID}"]);'
                'tp.push(["setEndpoint", "https://buy.piano.io/api/v3"]);tp.push(["setUsePianoIdUserProvider", true]);'
                f'tp.push(["setTags", {tags}]);tp.push(["setContentSection", "{slugify(self.section(entry)) if entry else "health"}"]);'
                + (f'tp.push(["setContentAuthor", {json.dumps(", ".join(p.name for p in entry.authors))}]);'
                   f'tp.push(["setContentCreated", "{entry.published.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}"]);'
                   if entry else "")
                + 'tp.push(["init", function(){tp.experience.init();}]);})();</script>\n'
                '<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script>\n')

    def fusion(self, global_content: dict, entry: Entry | None) -> str:
        cache = {"site-service-hierarchy": {"{\"hierarchy\":\"default\"}": {"data": {"children": [
            {"_id": self.category_path(c).rstrip("/"), "name": c} for c in sorted(self.groups("categories"))]}}},
            "most-read": {"{\"section\":\"health\"}": {"data": [
                {"headline": e.title, "url": self.post_path(e)} for e in self.most_read()]}}}
        config = {"source": "content-api", "query": {"website_url": self.post_path(entry)} if entry else {"_id": "/news/health"}}
        data = json.dumps(global_content, ensure_ascii=False).replace("</", "<\\/")
        return ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
                "Fusion.contextPath='/pf';Fusion.deployment='2841';Fusion.outputType='default';"
                f"Fusion.arcSite='{ARC_SITE}';Fusion.lastModified=1710255300000;Fusion.globalContent={data};"
                f"Fusion.globalContentConfig={json.dumps(config)};Fusion.contentCache={json.dumps(cache, ensure_ascii=False)}"
                "</script>\n")

    def document(self, title: str, head: str, main: str, lang: str = "en", page_type: str = "article",
                 scripts: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
<meta property="og:site_name" content="{PAPER}">
<meta name="twitter:site" content="@lakeshorecourier">
{head}<link rel="stylesheet" href="{self.url('/pf/resources/dist/lakeshore-courier/css/style.css?d=2841')}">
<script defer src="{self.url('/pf/dist/engine/react.js?d=2841')}"></script>
<script defer src="{self.url('/pf/dist/components/combinations/default.js?d=2841')}"></script>
{scripts}</head>
<body class="{page_type}-page">
<div id="fusion-app" class="layout-section">
{self.nav()}
<div class="layout"><main class="layout__main" id="main">
{main}
</main>
{self.rail()}</div>
{self.footer()}
</div>
</body>
</html>"""

    # -- body -------------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p":
            return f'<p class="body-paragraph gnt_ar_b_p">{self.inline(block.text)}</p>'
        if block.kind in ("h2", "h3"):
            return f'<h2 class="body-heading">{self.inline(block.text)}</h2>'
        if block.kind == "figure":
            name = arc_id("fig", block.text)
            return (f'<figure class="inline-image"><img src="{self.url(f"/resizer/{name[:22]}=/800x533/{name}.png")}" '
                    f'alt="{self.e(block.items[0])}" width="800" height="533" loading="lazy"></figure>')
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        vimeo = "vimeo.com" in src
        query = "?dnt=1&amp;app_id=122963" if vimeo else "?feature=oembed"
        return (f'<div class="embed-responsive embed-responsive-16by9 oembed-{"vimeo" if vimeo else "youtube"}">'
                f'<iframe width="560" height="315" src="{src}{query}" title="{self.e(entry.title)}" frameborder="0" allow="accelerometer; autoplay; '
                'clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>')

    def related_slots(self, entry: Entry) -> dict[int, Entry]:
        """After which paragraph each RELATED link goes: the 2nd, 5th, 8th ... (the last paragraph at most)."""
        paragraphs = sum(b.kind == "p" for b in entry.story.blocks)
        slots: dict[int, Entry] = {}
        for i, other in enumerate(self.related(entry)):
            at = min(2 + 3 * i, paragraphs)
            while at in slots:
                at += 1
            slots[at] = other
        return slots

    def body_html(self, entry: Entry) -> str:
        slots, out, n = self.related_slots(entry), [], 0
        total = sum(b.kind == "p" for b in entry.story.blocks)
        for block in entry.story.blocks:
            out.append(self.block_html(block, entry))
            if block.kind != "p":
                continue
            n += 1
            pending = [slots[k] for k in sorted(slots) if k == n or (n == total and k > n)]
            for other in pending:
                out.append(f'<p class="interstitial-link"><strong>RELATED:</strong> <a href="{self.url(self.post_path(other))}">'
                           f"{self.e(other.title)}</a></p>")
            if n == 3:
                out.append(self.ad("inline-1"))
            if n == 4 or (n == total and total < 4):
                out.append(self.newsletter())
            if n == 7:
                out.append(self.ad("inline-2"))
        return "\n".join(out)

    def ans(self, entry: Entry) -> dict:
        """The ANS story Fusion hydrates the page with (Fusion.globalContent)."""
        elements = []
        for i, block in enumerate(entry.story.blocks):
            eid = arc_id("el", entry.slug, i)
            if block.kind == "p":
                elements.append({"_id": eid, "type": "text", "content": self.inline(block.text)})
            elif block.kind in ("h2", "h3"):
                elements.append({"_id": eid, "type": "header", "level": 2, "content": self.inline(block.text)})
            elif block.kind in ("ul", "ol", "refs"):
                if block.kind == "refs":
                    elements.append({"_id": eid + "H", "type": "header", "level": 2, "content": self.e(block.text)})
                elements.append({"_id": eid, "type": "list", "list_type": "ordered" if block.kind == "ol" else "unordered",
                                 "items": [{"type": "text", "content": self.inline(t)} for t in block.items]})
            elif block.kind == "quote":
                elements.append({"_id": eid, "type": "quote", "subtype": "blockquote",
                                 "content_elements": [{"type": "text", "content": self.inline(block.text)}]})
            elif block.kind == "video":
                provider = "vimeo" if "vimeo.com" in block.text else "youtube"
                elements.append({"_id": eid, "type": "oembed_response", "subtype": provider,
                                 "raw_oembed": {"html": self.video_html(block.text, entry), "type": provider}})
            elif block.kind == "source":
                elements.append({"_id": eid, "type": "text", "content": f'Source: <a href="{block.text}">{block.text}</a>'})
            elif block.kind == "figure":
                elements.append({"_id": eid, "type": "image", "url": block.text, "alt_text": block.items[0]})
        upd = self.updated(entry) or entry.published
        section = self.section(entry)
        return {"_id": arc_id("story", entry.slug), "type": "story", "version": "0.10.9",
                "canonical_url": self.post_path(entry), "website_url": self.post_path(entry),
                "headlines": {"basic": entry.title, "meta_title": ""},
                "subheadlines": {"basic": self.dek(entry)}, "description": {"basic": self.dek(entry)},
                "credits": {"by": [{"_id": slugify(p.name), "type": "author", "name": p.name,
                                    "url": self.author_path(p), "additional_properties": {"original": {
                                        "byline": p.name, "role": "Staff Writer"}}} for p in entry.authors]},
                "display_date": entry.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "first_publish_date": entry.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "last_updated_date": upd.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "language": entry.story.language,
                "taxonomy": {"primary_section": {"_id": self.category_path(section).rstrip("/"), "name": section},
                             "sections": [{"_id": self.category_path(c).rstrip("/"), "name": c} for c in entry.categories],
                             "tags": [{"text": t, "slug": slugify(t)} for t in entry.tags]},
                "related_content": {"basic": [{"_id": arc_id("story", o.slug), "type": "story",
                                               "headlines": {"basic": o.title}, "canonical_url": self.post_path(o)}
                                              for o in self.related(entry)]},
                "content_restrictions": {"content_code": "metered"},
                "content_elements": elements}

    def section(self, entry: Entry) -> str:
        """The story's primary section: the overline, ``article:section`` and ``articleSection`` all name it."""
        return entry.categories[0] if entry.categories else "Health"

    def head(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        section = self.section(entry)
        upd = self.updated(entry) or entry.published
        utc = entry.published.astimezone(timezone.utc)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": entry.title, "description": self.dek(entry), "url": url,
              "image": [self.url(f"/resizer/{arc_id('rz', entry.slug)[:22]}=/1200x675/{arc_id('img', entry.slug)}.jpg")],
              "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
              "dateModified": upd.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "author": [{"@type": "Person", "name": p.name, "url": self.url(self.author_path(p)), "jobTitle": "Staff Writer"}
                         for p in entry.authors],
              "publisher": {"@type": "NewsMediaOrganization", "name": PAPER,
                            "logo": {"@type": "ImageObject", "url": self.url("/pf/resources/images/logo.png?d=2841")}},
              "articleSection": section, "keywords": list(entry.tags), "inLanguage": entry.story.language,
              "isAccessibleForFree": False,
              "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"}}
        return (f'<meta name="description" content="{self.e(self.dek(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<link rel="amphtml" href="{self.url(self.amp_path(entry))}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<meta property="og:description" content="{self.e(self.dek(entry))}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">\n'
                f'<meta property="article:modified_time" content="{upd.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}">\n'
                f'<meta property="article:section" content="{self.e(section)}">\n'
                f'<meta name="byl" content="By {self.e(" and ".join(p.name for p in entry.authors))}">\n'
                f'<meta property="article:content_tier" content="metered">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')

    def tags_bar(self, entry: Entry) -> str:
        links = "".join(f'<a class="tags-bar__tag" href="{self.url(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        return f'<div class="tags-bar" aria-label="Topics">{links}</div>'

    def next_story(self, entry: Entry) -> Entry:
        i = self.newest.index(entry)
        return self.newest[i + 1] if i + 1 < len(self.newest) else self.newest[0]

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        section = entry.categories[0] if entry.categories else "Health"
        o = self.next_story(entry)
        next_paras = "".join(f'<p class="body-paragraph gnt_ar_b_p">{self.inline(b.text)}</p>'
                             for b in [b for b in o.story.blocks if b.kind == "p"][:3])
        main = f"""<article class="article gnt_pr" data-story-id="{self.story_id(entry)}" data-ans-id="{arc_id('story', entry.slug)}">
<div class="article-header">
<a class="overline gnt_ar_kicker" href="{self.url(self.category_path(section))}">{self.e(section)}</a>
<h1 class="headline gnt_ar_hl">{self.e(entry.title)}</h1>
<h2 class="sub-headline">{self.e(self.dek(entry))}</h2>
{self.byline(entry)}
{self.dateline(entry)}
{self.share(entry)}
</div>
{self.lead_art(entry)}
<div class="article-body gnt_ar_b">
{self.body_html(entry)}
</div>
{self.paywall()}
{self.tags_bar(entry)}
{self.bios(entry)}
</article>
{self.ad("below-article")}
<div class="infinite-scroll" data-next-url="{self.url(self.post_path(o))}">
<p class="infinite-scroll__label">Next story</p>
<article class="article article--next gnt_pr" data-story-id="{self.story_id(o)}">
<a class="overline gnt_ar_kicker" href="{self.url(self.category_path(o.categories[0] if o.categories else 'Health'))}">{self.e(o.categories[0] if o.categories else 'Health')}</a>
<h1 class="headline gnt_ar_hl"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h1>
<h2 class="sub-headline">{self.e(self.dek(o))}</h2>
{self.byline(o)}
{self.dateline(o)}
{self.lead_art(o, eager=False)}
<div class="article-body gnt_ar_b">{next_paras}</div>
<a class="infinite-scroll__continue" href="{self.url(self.post_path(o))}">Continue reading</a>
</article>
</div>"""
        scripts = self.piano(entry) + self.fusion(self.ans(entry), entry)
        return self.document(f"{entry.title} | {PAPER}", self.head(entry), main, lang=entry.story.language,
                             scripts=scripts)

    def render_amp(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        body = "\n".join(self.block_html(b, entry) for b in entry.story.blocks if b.kind != "video")
        return f"""<!doctype html>
<html ⚡ lang="{entry.story.language}">
<head>
<meta charset="utf-8">
<title>{self.e(entry.title)}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head>
<body>
<header class="amp-header"><a href="{self.url('/')}">{PAPER}</a></header>
<article class="amp-article">
<a class="overline" href="{self.url(self.category_path(entry.categories[0] if entry.categories else 'Health'))}">{self.e(entry.categories[0] if entry.categories else 'Health')}</a>
<h1 class="headline">{self.e(entry.title)}</h1>
{self.byline(entry)}
{self.dateline(entry)}
<amp-img src="{self.url('/resizer/' + arc_id('rz', entry.slug)[:22] + '=/1200x675/' + arc_id('img', entry.slug) + '.jpg')}" width="1200" height="675" layout="responsive"></amp-img>
<div class="article-body">{body}</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/7175/lakeshore/health"></amp-ad>
</article>
</body>
</html>"""

    # -- listings and pages -------------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        return (f'<div class="list-item"><a class="list-item__image" href="{self.url(self.post_path(e))}" aria-hidden="true" '
                f'tabindex="-1"><img src="{self.url("/resizer/" + arc_id("rz", e.slug)[:22] + "=/400x225/" + arc_id("img", e.slug) + ".jpg")}" '
                f'alt="" loading="lazy"></a><div class="list-item__text"><a class="list-item__headline" '
                f'href="{self.url(self.post_path(e))}"><h2 class="headline-text">{self.e(e.title)}</h2></a>'
                f'<p class="list-item__description">{self.e(self.dek(e))}</p><p class="list-item__meta">'
                f'<span class="list-item__by">By {self.names(e, link=False)}</span> <span class="list-item__date">'
                f"{ap_date(e.published)}</span></p></div></div>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first == self.home_path():
            heading = "Health"
        elif first.startswith("/staff/"):
            heading = f"{title}, Staff Writer"
        elif first.startswith("/topic/"):
            heading = title
        else:
            heading = title
        pager = []
        if n > 1:
            pager.append(f'<a class="pagination__prev" rel="prev" href="{self.url(path_of(n - 1))}">Previous</a>')
        pager.append(f'<span class="pagination__current">Page {n} of {pages}</span>')
        if n < pages:
            pager.append(f'<a class="pagination__next" rel="next" href="{self.url(path_of(n + 1))}">Next page</a>')
        main = (f'<section class="section-front"><h1 class="section-front__title">{self.e(heading)}</h1>'
                f'<div class="results-list">{"".join(self.card(e) for e in items)}</div>'
                f'<nav class="pagination" aria-label="Pagination">{" ".join(pager)}</nav></section>')
        url = self.url(path_of(n))
        head = (f'<link rel="canonical" href="{url}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="{self.e(heading)} | {PAPER}">\n')
        front = {"_id": first.rstrip("/"), "type": "results", "count": len(items),
                 "content_elements": [{"_id": arc_id("story", e.slug), "headlines": {"basic": e.title},
                                       "canonical_url": self.post_path(e)} for e in items]}
        return self.document(f"{heading} | {PAPER}" + (f" - Page {n}" if n > 1 else ""), head, main,
                             page_type="section", scripts=self.piano(None) + self.fusion(front, None))

    def home(self) -> str:
        top, rest = self.newest[0], self.newest[1:7]
        main = (f'<section class="homepage"><h1 class="visually-hidden">{PAPER}: Lakeshore news, sports and health</h1>'
                f'<div class="top-story"><a href="{self.url(self.post_path(top))}"><h2>{self.e(top.title)}</h2></a>'
                f'<p>{self.e(self.dek(top))}</p></div><div class="top-table"><h2 class="chain-title">Health</h2>'
                f'{"".join(self.card(e) for e in rest)}<a href="{self.url(self.home_path())}">More health news</a></div>'
                "</section>")
        return self.document(f"{PAPER} | Lakeshore news, sports and health", f'<link rel="canonical" href="{self.url("/")}">\n',
                             main, page_type="homepage")

    def utility(self, title: str, text: str) -> str:
        main = f'<div class="utility-page"><h1>{self.e(title)}</h1><p>{self.e(text)}</p><form method="post"><input type="email" name="email"><button>Continue</button></form></div>'
        return self.document(f"{title} | {PAPER}", '<meta name="robots" content="noindex">\n', main, page_type="utility")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = f'<div class="static-page"><h1 class="static-page__title">{self.e(title)}</h1>{body}</div>'
        return self.document(f"{title} | {PAPER}", f'<link rel="canonical" href="{self.url(f"/{slug}/")}">\n', main,
                             page_type="static")
