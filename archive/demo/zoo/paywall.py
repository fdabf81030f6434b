"""paywall (held out): a subscription medical-news site for clinicians (shaped like STAT News, Medscape
or a trade publication) on WordPress VIP with a Piano (TinyPass) paywall, Yoast SEO sitemaps and an
AMP twin per post.

Modelled on:
- Google Search Central, "Structured data for subscription and paywalled content (CreativeWork)"
  (developers.google.com/search/docs/appearance/structured-data/paywalled-content): a ``NewsArticle``
  with ``"isAccessibleForFree": false`` and ``"hasPart": {"@type": "WebPageElement",
  "isAccessibleForFree": false, "cssSelector": ".paywall"}``, the paywalled section wrapped in
  ``<div class="paywall">`` after a ``non-paywall`` lead-in;
- ``Automattic/newspack-plugin`` ``includes/plugins/wc-memberships/class-memberships.php`` (the inline
  gate: the visible excerpt, a fading ``div`` and ``div.newspack-memberships__gate
  newspack-memberships__inline-gate`` appended to ``.entry-content``), its ``src/memberships-gate/metering.js``
  (the meter that keeps ``settings.visible_paragraphs`` of ``.entry-content > *`` and cuts the rest)
  and ``includes/plugins/wc-memberships/block-patterns/pay-wall-one-tier.php`` ("Become a member to
  continue reading" + checkout button);
- ``svn2github/wordpress-vip-plugins`` ``tinypass-metered/`` (the Tinypass:Metered plugin of the VIP
  plugin repository: ``tinypass.php``, ``tinypass-form.php``, ``js/tp-readon.js``; the meter counting
  free articles and the "read on" cut), with the later Piano Composer embed (``tp = window.tp || [];
  tp.push(["setAid", ...])``, an empty ``#piano-inline`` container Composer fills, a ``tp-modal``
  registration wall) as seen on Piano publishers' saved pages;
- the Newspack theme (``Automattic/newspack-theme``) for the WordPress post classes, Co-Authors Plus
  bylines, tag links and author bios (as in the newspack family), and ampproject/amp-wp's classic
  Reader template for the ``/amp/`` twin (``rel=amphtml`` / ``rel=canonical``).
The page chrome (metered banner, "Recommended" and "Most read" rails, "Read next", OneTrust cookie
banner, sponsored-content labels) follows STAT- and Medscape-style news pages; their markup is
reconstructed, not copied, as no publisher's own theme was in the stored corpus.

Three access levels, by section:
- free sections, and every video and short post: the whole story, ``isAccessibleForFree: true``;
- "Clinician+" lead-in sections (``LEAD_IN``): the whole story is in the HTML for crawlers (Google's
  flexible-sampling markup), the paragraphs after the lead-in wrapped in ``div.paywall`` that Piano
  hides in the browser, then an empty ``#piano-inline`` offer container;
- "Clinician+" truncated sections (``TRUNCATED``): the server sends only the first two or three
  paragraphs, then ``div.paywall#piano-inline`` holding the offer ("Subscribe to read the rest",
  prices, "Already a subscriber? Log in").

The truth: a truncated post is still an article (its own permalink, headline, byline, date, section,
tags and Read next; the site published it, and the archive keeps what it was served), with the body AS
SHOWN: the lead-in only, never the offer; a lead-in post's body is the whole story (it is in the page).
Sponsored posts ("Advertiser content", "Sponsored by X" with a ``rel="sponsored"`` link) are articles
too: written and dated by named writers on the site's permalinks; the disclosure box is not body.
Authors without credentials ("By A and B"), the published date (not "Updated ... ET"), AP-style dates
("Sept. 5, 2023", "March 12, 2024", "9:15 a.m. ET"), the post's section and tags, the "Read next"
block (the post's own related posts). Not body: the metered banner, the registration wall modal on
every page, the mid-article ``.newsletter-inline`` sign-up, the offer, share bar, author bios, the
"Recommended" rail (different on every post) and the site-wide "Most read" list.

URLs: ``/YYYY/MM/DD/<slug>/`` with an AMP twin ``/YYYY/MM/DD/<slug>/amp/`` (type other),
``/category/x/``, ``/tag/x/``, ``/staff/<nicename>/`` with ``page/N/``; Yoast's ``/sitemap_index.xml``,
``/feed/``, WordPress's robots.txt. English only. No trap.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from datetime import datetime, timedelta

from .newspack import joined
from .paper import ap_date
from .posts import Block, Entry, Person, Plan, slugify
from .site import RSS, ZooSite

SITE = "The Clinical Dispatch"
TRUNCATED = ("Heart Health", "Diabetes", "Mental Health", "Senior Care")
LEAD_IN = ("Nutrition", "Sleep")
SPONSORS = (("Halvorsen Diagnostics", "https://www.halvorsen-diagnostics.example/"),
            ("Meridian Therapeutics", "https://meridian-therapeutics.example/"),
            ("CarePath Health Systems", "https://carepath.example/"))
BEATS = ("cardiology and metabolic disease", "mental health and neuroscience", "aging and long-term care",
         "nutrition science", "the business of hospitals", "public health and policy")
PRICES = (("Monthly", "$39", "per month, billed monthly"), ("Annual", "$349", "per year, save 25%"),
          ("Group", "Contact us", "for hospitals, practices and teams"))


def ap_time(moment: datetime) -> str:
    """AP style without ":00": "9:15 a.m.", "3 p.m." (dates: paper.ap_date, "Sept. 5, 2023")."""
    hour = moment.hour % 12 or 12
    clock = f"{hour}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}"
    return f"{clock} {'a.m.' if moment.hour < 12 else 'p.m.'}"


class Paywall(ZooSite):
    family = "paywall"
    site_name = SITE
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="paywall", count=40, languages=("en",), authors=6, co_authors=0.4, tz_hours=-5,
                related=(3, 3, 4, 2, 0))

    def dress(self, entry: Entry) -> Entry:
        if entry.post_id % 5 == 4 and entry.story.kind == "article" and entry.story.category not in TRUNCATED + LEAD_IN:
            entry = replace(entry, categories=("Sponsored",))
        return entry

    # -- access --------------------------------------------------------------------------------------

    def access(self, entry: Entry) -> str:
        """free, lead-in (whole text in the page, the rest in div.paywall) or truncated (lead-in only)."""
        if entry.story.kind != "article" or self.sponsor(entry):
            return "free"
        if entry.story.category in TRUNCATED:
            return "truncated"
        return "lead-in" if entry.story.category in LEAD_IN else "free"

    def lead_count(self, entry: Entry) -> int:
        """Blocks up to and including the second or third paragraph."""
        want, seen = 2 + entry.post_id % 2, 0
        for i, block in enumerate(entry.story.blocks):
            seen += block.kind == "p"
            if seen == want:
                return i + 1
        return len(entry.story.blocks)

    def shown_blocks(self, entry: Entry) -> tuple[Block, ...]:
        blocks = entry.story.blocks
        return blocks[:self.lead_count(entry)] if self.access(entry) == "truncated" else blocks

    def sponsor(self, entry: Entry) -> tuple[str, str] | None:
        return SPONSORS[entry.post_id % len(SPONSORS)] if entry.categories == ("Sponsored",) else None

    def modified(self, entry: Entry) -> datetime:
        return entry.published if entry.post_id % 3 == 0 else entry.published + timedelta(hours=18 + entry.post_id % 30,
                                                                                           minutes=15 * (entry.post_id % 4))

    def beat(self, person: Person) -> str:
        return BEATS[int(hashlib.md5(person.name.encode()).hexdigest(), 16) % len(BEATS)]

    def recommended(self, entry: Entry) -> list[Entry]:
        """The "Recommended" rail: an engine's pick, different on every post (not its own related list)."""
        return random.Random(f"paywall:rec:{entry.slug}").sample([e for e in self.entries if e is not entry], 4)

    # -- paths ---------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.published:%Y/%m/%d}/{entry.slug}/"

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/staff/{slugify(person.name)}/", n)

    def amp_path(self, entry: Entry) -> str:
        return self.post_path(entry) + "amp/"

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: ["/", *self.paths_of("page")])
        self.add("/feed/", "other", lambda: self.rss(SITE, "/", self.newest), RSS)
        for entry in self.entries:
            self.add(self.amp_path(entry), "other", lambda e=entry: self.render_amp(e))

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- the truth: the body as shown ------------------------------------------------------------------

    def truth(self) -> dict:
        from .posts import body_text, citations_of, videos_of
        out = super().truth()
        for entry in self.entries:
            shown = self.shown_blocks(entry)
            article = out["articles"][self.post_path(entry)]
            article.update(body=body_text(shown), embeds=videos_of(shown), citations=citations_of(shown))
        return out

    # -- pieces --------------------------------------------------------------------------------------

    def author_links(self, entry: Entry) -> str:
        links = [f'<a class="author-name" href="{self.url(self.author_path(p))}" rel="author">{self.e(p.name)}</a>'
                 for p in entry.authors]
        return links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]

    def dates(self, entry: Entry) -> str:
        out = (f'<time class="entry-date published" datetime="{entry.published.isoformat()}">'
               f'{ap_date(entry.published)}</time>')
        modified = self.modified(entry)
        if modified > entry.published:
            out += (f' <span class="updated-date">Updated <time class="updated" datetime="{modified.isoformat()}">'
                    f'{ap_date(modified)} at {ap_time(modified)} ET</time></span>')
        return f'<div class="article-dates">{out}</div>'

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        nets = (("twitter", "https://twitter.com/intent/tweet?url="), ("linkedin", "https://www.linkedin.com/shareArticle?url="),
                ("facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("email", "mailto:?body="))
        items = "".join(f'<li><a class="share-{n}" href="{base}{url}" target="_blank" rel="noopener nofollow">'
                        f'<span class="screen-reader-text">Share on {n.title()}</span></a></li>' for n, base in nets)
        return (f'<div class="share-bar"><ul class="share-bar__list">{items}<li><button class="share-copy" '
                f'data-url="{url}">Copy link</button></li><li><a class="reprints" href="https://subscribe.clinicaldispatch.example/reprints">Reprints</a>'
                "</li></ul></div>")

    def newsletter_inline(self) -> str:
        return ('<div class="newsletter-inline" data-newsletter="morning-rounds"><div class="newsletter-inline__copy">'
                "<h3>Morning Rounds</h3><p>Get the day's clinical news, summarized by our reporters, every weekday at 6 a.m. ET.</p>"
                '</div><form class="newsletter-inline__form" action="https://subscribe.clinicaldispatch.example/" method="post">'
                '<label class="screen-reader-text" for="nl-email">Email address</label><input id="nl-email" type="email" '
                'name="email" placeholder="Enter your email"/><button type="submit">Sign up</button></form>'
                '<p class="newsletter-inline__legal">By signing up you agree to our Privacy Policy.</p></div>')

    def offer(self, entry: Entry, truncated: bool) -> str:
        tiers = "".join(f'<li class="offer-box__tier"><span class="offer-box__term">{t}</span><span class="offer-box__price">'
                        f'{p}</span><span class="offer-box__note">{n}</span><a class="offer-box__cta button" '
                        f'href="https://subscribe.clinicaldispatch.example/?term={slugify(t)}">Choose</a></li>'
                        for t, p, n in PRICES)
        inner = ('<div class="tp-container-inner offer-box"><p class="offer-box__eyebrow">Clinician+</p>'
                 "<h2 class=\"offer-box__title\">Subscribe to read the rest</h2><p class=\"offer-box__lede\">Unlock this "
                 "article and all of our in-depth reporting on the science and business of medicine, plus daily "
                 f"newsletters and exclusive events.</p><ul class=\"offer-box__tiers\">{tiers}</ul>"
                 '<p class="offer-box__login">Already a subscriber? <a href="https://subscribe.clinicaldispatch.example/login" '
                 'class="tp-login-link">Log in</a></p><p class="offer-box__group">Need access for your team? '
                 '<a href="https://subscribe.clinicaldispatch.example/group">Explore group subscriptions</a>.</p></div>')
        if truncated:
            return ('<div class="paywall-fade" aria-hidden="true"></div>'
                    f'<div class="paywall" id="piano-inline" data-post-id="{entry.post_id}">{inner}</div>')
        return f'<div id="piano-inline" class="piano-inline" data-post-id="{entry.post_id}"></div>'

    def content(self, entry: Entry) -> str:
        mode = self.access(entry)
        blocks = [self.block_html(b, entry) for b in self.shown_blocks(entry)]
        lead = self.lead_count(entry) if mode != "free" else 2
        if len(blocks) > 2 or mode == "truncated":
            blocks.insert(min(2, len(blocks)), self.newsletter_inline())
            lead += 1
        if mode == "free":
            return "\n".join(blocks)
        if mode == "truncated":
            return "\n".join(blocks) + "\n" + self.offer(entry, True)
        return ("\n".join(blocks[:lead]) + '\n<div class="paywall">\n' + "\n".join(blocks[lead:]) + "\n</div>\n"
                + self.offer(entry, False))

    def card(self, e: Entry, cls: str = "card") -> str:
        plus = '<span class="plus-badge">Clinician+</span>' if self.access(e) != "free" else ""
        return (f'<article class="{cls}"><a class="{cls}__image" href="{self.url(self.post_path(e))}" tabindex="-1"><img '
                f'src="{self.url(f"/wp-content/uploads/{e.published:%Y/%m}/{e.slug[:18]}-400x225.jpg")}" alt="" loading="lazy"/>'
                f'</a><div class="{cls}__body"><span class="{cls}__kicker">{self.e(e.categories[0])}</span>{plus}'
                f'<h3 class="{cls}__title"><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h3>'
                f'<span class="{cls}__byline">By {self.e(joined([p.name for p in e.authors]))}</span> '
                f'<span class="{cls}__date">{ap_date(e.published)}</span></div></article>')

    def rails(self, entry: Entry | None) -> str:
        rec = "".join(self.card(e, "rail-card") for e in self.recommended(entry)) if entry else ""
        most = "".join(f'<li><span class="most-read__rank">{i}</span><a href="{self.url(self.post_path(e))}">{self.e(e.title)}'
                       "</a></li>" for i, e in enumerate(self.popular(5), 1))
        rec_box = (f'<section class="rail rail--recommended"><h2 class="rail__title">Recommended</h2>{rec}</section>'
                   if rec else "")
        return (f'<aside class="article-rail" role="complementary">{rec_box}<div class="ad-slot ad-slot--rail" '
                'data-ad-unit="/2151/clinicaldispatch/rail"></div><section class="rail most-read"><h2 class="rail__title">'
                f"Most read</h2><ol class=\"most-read__list\">{most}</ol></section></aside>")

    def author_bio(self, person: Person) -> str:
        mail = slugify(person.name).replace("-", ".") + "@clinicaldispatch.example"
        return (f'<div class="author-bio"><img class="author-bio__photo" src="https://secure.gravatar.com/avatar/'
                f'{hashlib.md5(person.name.encode()).hexdigest()}?s=96&amp;d=mm" alt="" width="96" height="96"/>'
                f'<div class="author-bio__text"><a class="author-bio__name" href="{self.url(self.author_path(person))}">'
                f"{self.e(person.name)}</a><p>{self.e(person.name)} covers {self.beat(person)} for {SITE}. Reach them at "
                f'<a href="mailto:{mail}">{mail}</a>.</p></div></div>')

    def read_next(self, entry: Entry) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        return ('<section class="read-next" aria-labelledby="read-next-title"><h2 id="read-next-title" class="read-next__title">'
                f'Read next</h2><div class="read-next__items">{"".join(self.card(e, "read-next-card") for e in items)}'
                "</div></section>")

    def json_ld(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                "headline": entry.title, "image": [self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:18]}.jpg")],
                "datePublished": entry.published.isoformat(), "dateModified": self.modified(entry).isoformat(),
                "author": [{"@type": "Person", "name": p.name, "url": self.url(self.author_path(p))} for p in entry.authors],
                "publisher": {"@type": "NewsMediaOrganization", "name": SITE, "logo": {"@type": "ImageObject",
                                                                                     "url": self.url("/wp-content/themes/dispatch/logo.png")}},
                "articleSection": entry.categories[0], "keywords": list(entry.tags), "description": self.teaser(entry, 24),
                "isAccessibleForFree": self.access(entry) == "free"}
        if self.access(entry) != "free":
            data["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
        return f'<script type="application/ld+json">{json.dumps(data)}</script>\n'

    def head(self, title: str, canonical: str, og_type: str = "website", extra: str = "") -> str:
        return (f'<title>{self.e(title)}</title>\n<link rel="canonical" href="{canonical}" />\n'
                f'<meta property="og:type" content="{og_type}" />\n<meta property="og:title" content="{self.e(title)}" />\n'
                f'<meta property="og:url" content="{canonical}" />\n<meta property="og:site_name" content="{SITE}" />\n{extra}')

    # -- pages ---------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        mode, sponsor = self.access(entry), self.sponsor(entry)
        cat = entry.categories[0]
        plus = '<span class="plus-badge">Clinician+</span>' if mode != "free" else ""
        label = '<div class="sponsored-label">Advertiser content</div>' if sponsor else ""
        disclosure = (f'<div class="sponsor-disclosure">Sponsored by <a href="{sponsor[1]}" rel="sponsored noopener" '
                      f'target="_blank">{self.e(sponsor[0])}</a>. This content was produced by {SITE} Brand Studio; the '
                      f"newsroom was not involved in its creation.</div>") if sponsor else ""
        tags = "".join(f'<li><a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a></li>' for t in entry.tags)
        classes = (f"post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                   f"category-{slugify(cat)} " + " ".join("tag-" + slugify(t) for t in entry.tags)
                   + (" is-premium" if mode != "free" else ""))
        extra = (f'<meta name="description" content="{self.e(self.teaser(entry, 24))}" />\n'
                 f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                 f'<meta property="article:modified_time" content="{self.modified(entry).isoformat()}" />\n'
                 f'<meta property="article:section" content="{self.e(cat)}" />\n'
                 + "".join(f'<meta property="article:tag" content="{self.e(t)}" />\n' for t in entry.tags)
                 + f'<meta name="parsely-title" content="{self.e(entry.title)}" />\n'
                 f'<meta name="parsely-author" content="{self.e(entry.authors[0].name)}" />\n'
                 f'<link rel="amphtml" href="{self.url(self.amp_path(entry))}" />\n' + self.json_ld(entry))
        image = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:18]}.jpg")
        main = f"""<div class="article-layout">
<article id="post-{entry.post_id}" class="{classes}">
<header class="article-header">
<div class="article-kicker"><a class="article-kicker__section" href="{self.url(self.category_path(cat))}">{self.e(cat)}</a>{plus}</div>
{label}<h1 class="article-title entry-title">{self.e(entry.title)}</h1>
<div class="article-meta"><div class="byline">By {self.author_links(entry)}</div>
{self.dates(entry)}</div>
{self.share(entry)}
</header>
{disclosure}<figure class="article-featured-image"><img src="{image}" alt="" width="1200" height="675"/><figcaption class="wp-caption-text">{self.e(entry.authors[0].name)}/{SITE}</figcaption></figure>
<div class="article-content entry-content">
{self.content(entry)}
</div>
<footer class="article-footer"><div class="article-tags"><h2 class="article-tags__title">Related topics</h2><ul>{tags}</ul></div>
<div class="article-authors">{"".join(self.author_bio(p) for p in entry.authors)}</div></footer>
{self.read_next(entry)}
</article>
{self.rails(entry)}
</div>"""
        body = f"post-template-default single single-post postid-{entry.post_id} single-format-standard" + (
            " tp-premium" if mode != "free" else "")
        return self.document(self.head(f"{entry.title} | {SITE}", url, "article", extra), body, main, meter=True)

    def document(self, head: str, body_class: str, main: str, meter: bool = False) -> str:
        nav = "".join(f'<li class="menu-item"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                      for c in sorted(self.groups("categories"))[:7])
        banner = ('<div id="piano-meter" class="tp-meter meter-banner" role="status"><p>You have <strong>2</strong> free '
                  'articles left this month. <a href="https://subscribe.clinicaldispatch.example/">Subscribe for unlimited '
                  "access</a></p></div>\n") if meter else ""
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel="stylesheet" id="dispatch-style-css" href="{self.url('/wp-content/themes/dispatch/assets/build/main.css?ver=4.12.0')}" media="all" />
<meta name="generator" content="WordPress 6.4.3" />
<script>window.tp = window.tp || []; tp.push(["setAid", "Xk3pLq9Ztw"]); tp.push(["setCxenseSiteId", "1139721"]); tp.push(["setUseTinypassAccounts", false]); tp.push(["setUsePianoIdUserProvider", true]);</script>
<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script>
</head>
<body class="{body_class}">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to personalize content, measure readership and support our journalism. <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div></div></div>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
{banner}<header class="site-header"><div class="site-header__inner"><a class="site-logo" href="{self.url('/')}" rel="home"><img src="{self.url('/wp-content/themes/dispatch/logo.svg')}" alt="{SITE}" width="220" height="40"/></a>
<nav class="primary-nav" aria-label="Sections"><ul>{nav}</ul></nav>
<div class="site-header__account"><a class="button button--subscribe" href="https://subscribe.clinicaldispatch.example/">Subscribe</a> <a class="tp-login-link" href="https://subscribe.clinicaldispatch.example/login">Log in</a></div></div></header>
<main id="main" class="site-main">
{main}
</main>
<footer class="site-footer"><div class="site-footer__inner"><p class="site-footer__about">{SITE} delivers clinical news, analysis and policy reporting for physicians, nurses, pharmacists and health care leaders.</p>
<ul class="site-footer__links"><li><a href="{self.url(self.page_path('about'))}">About</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact</a></li><li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></li><li><a href="https://subscribe.clinicaldispatch.example/">Subscriptions</a></li></ul>
<p class="site-footer__copy">&copy; 2024 {SITE}. Powered by WordPress VIP.</p></div></footer>
<div id="regwall" class="tp-modal regwall-modal" role="dialog" aria-modal="true" aria-labelledby="regwall-title" hidden><div class="tp-modal__inner"><button class="tp-close" aria-label="Close">&times;</button><h2 id="regwall-title">Create a free account to keep reading</h2><p>Register with your work email to read two free articles a month and get our Morning Rounds newsletter.</p><form class="regwall-form" action="https://id.tinypass.com/id/api/v1/identity/register" method="post"><label for="rw-email">Work email</label><input id="rw-email" type="email" name="email"/><label for="rw-role">Profession</label><select id="rw-role" name="role"><option>Physician</option><option>Nurse</option><option>Pharmacist</option><option>Other</option></select><button type="submit">Create account</button></form><p>Already have an account? <a class="tp-login-link" href="https://subscribe.clinicaldispatch.example/login">Log in</a></p></div></div>
</body>
</html>"""

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n
                       else f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' for k in range(1, pages + 1))
        if n < pages:
            nums += f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Next</a>'
        nav = f'<nav class="pagination" aria-label="Pagination">{nums}</nav>' if pages > 1 else ""
        if first == "/":
            heading, label = "", f"{SITE} | Clinical news, analysis and policy"
        elif first.startswith("/staff/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            heading = (f'<header class="archive-header archive-header--staff"><h1 class="archive-title">{self.e(title)}</h1>'
                       f'<p class="archive-description">{self.e(title)} covers {self.beat(person)}.</p></header>')
            label = f"{title}, Author at {SITE}"
        else:
            kind = "Topic" if first.startswith("/tag/") else "Section"
            heading = (f'<header class="archive-header"><span class="archive-kind">{kind}</span><h1 class="archive-title">'
                       f"{self.e(title)}</h1></header>")
            label = f"{title} Archives | {SITE}"
        if n > 1:
            label = f"{label} | Page {n} of {pages}"
        main = (f'<div class="archive-layout"><section class="archive-river">{heading}'
                f'{"".join(self.card(e, "river-card") for e in items)}{nav}</section>{self.rails(None)}</div>')
        return self.document(self.head(label, self.url(path_of(n))), "archive", main)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "\n".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article class="page type-page status-publish hentry"><header class="page-header"><h1 class="page-title">'
                f'{self.e(title)}</h1></header><div class="entry-content">{body}</div></article>')
        return self.document(self.head(f"{title} | {SITE}", self.url(self.page_path(slug)), "website"), "page", main)

    def render_amp(self, entry: Entry) -> str:
        """The AMP plugin's classic Reader template: canonical to the post, the same access rules."""
        url = self.url(self.post_path(entry))
        blocks = "\n".join(self.block_html(b, entry) for b in self.shown_blocks(entry) if b.kind not in ("video", "figure"))
        cut = ('<div class="paywall amp-access-offer"><h2>Subscribe to read the rest</h2><p>Already a subscriber? '
               '<a href="https://subscribe.clinicaldispatch.example/login">Log in</a></p></div>'
               if self.access(entry) == "truncated" else "")
        return f"""<!doctype html>
<html amp lang="en-US"><head><meta charset="utf-8"><title>{self.e(entry.title)} | {SITE}</title>
<link rel="canonical" href="{url}"><meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>
{self.json_ld(entry)}</head>
<body class=""><header id="top" class="amp-wp-header"><div><a href="{self.url('/')}">{SITE}</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{self.e(entry.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{self.e(joined([p.name for p in entry.authors]))}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{entry.published.isoformat()}">{ap_date(entry.published)}</time></div></header>
<div class="amp-wp-article-content">{blocks}{cut}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="{self.url(self.category_path(entry.categories[0]))}">{self.e(entry.categories[0])}</a></div></footer>
</article><footer class="amp-wp-footer"><p>&copy; {SITE}</p><a href="#top" class="back-to-top">Back to top</a></footer></body></html>"""
