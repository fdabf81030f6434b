"""infinite (held out): the health desk of a large metro newspaper on an Arc XP (Fusion) news theme,
with infinite scroll and a metered paywall: every article page's HTML carries, below the article,
the next one or two stories in full (their own headline, byline, date, body, tags and author boxes,
each in an ``infinite-scroll-item`` with its own ``data-canonical-url``), as news publishers'
"next story" feeds do (the Washington Post's Arc XP pages, Gannett's and Penske's WordPress VIP
templates).

Modelled on the real templates of Arc XP's public theme blocks, ``WPMedia/arc-themes-blocks``:
``blocks/article-body-block/chains/article-body/default.jsx`` (the body as ``article.article-body``
of ``p.body-paragraph``; the ``interstitial_link`` element, an editor-placed link to another story
between paragraphs, rendered ``p.interstitial-link`` "[ ... ]"; ``section.correction``; the chain's
``elementPlacement`` that drops chain children such as a newsletter signup or a paywall meter *between*
body paragraphs, inside the body), ``blocks/byline-block/features/byline/default.jsx``
(``section.byline > p`` "By A", "By A and B", "By A, B and C"), ``blocks/article-tag-block/features/tag/
default.jsx`` (``div.tags-holder`` of ``a.tags`` to ``/tags/<slug>/``) and
``blocks/full-author-bio-block/features/full-author-bio/_children/Presentation/index.jsx`` (the
``b-full-author-bio`` box: photo, ``__name``, ``__role``, the bio paragraph, ``__social`` icons). The
infinite-scroll wrappers follow the single-post infinite scroll of WordPress news themes
(``Thomas-Florent/Foodog-Wordpress`` ``wp-content/themes/look/single.php``: ``#single-post-infinite``
with ``data-next_post_id``; ``RegionHalland/visithalland-cms`` ``resources/views/single-meet_local.blade.php``
and ``partials/infinite-scroll.blade.php``: ``#infinite-container > article.infinite-item``,
``.next-article``, ``.page-load-status``, ``.infinite-scroll-request``); the "Most popular" rail on
Penske's Larva patterns (``penske-media-corp/pmc-larva`` ``packages/larva-patterns/modules/
brands-most-popular/brands-most-popular.twig``, ``author-blurb/author-blurb.twig``,
``article-tags/article-tags.twig``); the body container's role as the ads and paywall "spacefinder"
target on the Guardian's ``dotcom-rendering`` (``src/components/ArticleBody.tsx``, the
``article-body-commercial-selector`` class). The Piano ``tp-container`` meter and the JSON-LD
``isAccessibleForFree: false`` with a ``hasPart`` ``WebPageElement`` ``cssSelector`` follow what
metered publishers print (Google's paywalled-content markup); their exact markup here is
reconstructed, as no publisher's template for them was in the stored corpus.

Each article page: the section overline, ``h1.b-headline``, a dek (``h2.b-subheadline``, most long
stories), the byline, "Published March 12, 2024 at 6:00 a.m. EST" and often "Updated ...", a share
bar, lead art; then ``article.article-body`` holding the story's paragraphs and, between them, the
Arc "Read more: TITLE" interstitial links, a Piano meter ("You have 3 free articles left this
month"), a newsletter signup (long stories) and, at the end, the hidden hard-paywall box
("Subscribe to keep reading"); after the body, "Topics:" tags, one author box per author (photo,
role and bio) and a comments button. Then the next one or two stories (the next older ones on the
site) in full, each after a "Next story" divider. A right rail holds "Most read" (numbered) and
"Trending" (site-wide lists, the same on every page). ``<meta name="description">`` is cut at 155
characters with "..."; ``og:description`` and the JSON-LD's ``description`` carry it whole.

The truth: the title without " - SITE"; the authors (one to three, names only); the published date
(not "Updated"); the story's section as its one category; its tags ("Topics:"); the body is the
story's own paragraphs, headings, lists, quotes and sources, not the dek, the meter, the newsletter
box, the paywall box, the author boxes or anything of the next stories. Read Also: the Arc
interstitial links ("Read more: TITLE") the editor placed in this story, in page order. They are
the story's own related list (an editor picked each for this story, which is what a related block
is), though they sit between its paragraphs, so they are Read Also and not body text. The links of
the next stories, "Most read" and "Trending" are not this story's.

URLs: ``/health/<section>/YYYY/MM/DD/<slug>/`` for stories, section fronts ``/health/<section>/``
(older pages ``/health/<section>/page/N/``), ``/tags/<slug>/``, ``/people/<slug>/``; Arc's outbound
feeds ``/arc/outboundfeeds/sitemap-index/?outputType=xml`` (sitemaps) and ``/arc/outboundfeeds/rss/
?outputType=xml``; robots.txt. Subscribe and sign-in links go to other hosts. No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from datetime import datetime, timedelta
from urllib.parse import quote

from .posts import Block, Entry, Person, Plan, slugify
from .site import RSS, ZooSite, long_date

SITE = "The Harbor Herald"
HOST_SUB = "https://subscribe.harborherald.example"
HOST_ACCOUNT = "https://account.harborherald.example"
DEKS = (
    "Researchers say the answer is simpler than most people think, and the habits that help cost little.",
    "What the latest studies show, what doctors tell their own patients, and where the evidence still falls short.",
    "A growing body of research points to small, steady changes rather than dramatic overhauls.",
    "Experts explain what to watch for, when to worry and when to call a doctor.",
    "New guidance from specialists is changing how clinics approach an everyday problem.",
)
ROLES = ("Health reporter", "Wellness columnist", "Science and medicine writer", "Deputy health editor",
         "Consumer health reporter", "Data reporter, health desk")
BEATS = ("covers public health, hospitals and the science of everyday habits",
         "writes about nutrition, sleep and mental health",
         "covers medical research and the people who take part in it",
         "edits the Herald's health and wellness coverage",
         "covers how patients pay for care and what they get for it")
BEFORE = ("the Tribune's metro desk", "a public radio newsroom in Ohio", "a medical trade magazine",
          "the Associated Press", "a regional daily in Oregon")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def people_slug(person: Person) -> str:
    return slugify(person.name)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def ap_time(moment: datetime) -> str:
    """Arc's default display: "March 12, 2024 at 6:00 a.m. EST" (AP months and a.m./p.m.)."""
    hour = moment.hour % 12 or 12
    half = "a.m." if moment.hour < 12 else "p.m."
    return f"{AP_MONTHS[moment.month - 1]} {moment.day}, {moment.year} at {hour}:{moment.minute:02d} {half} EST"


class Infinite(ZooSite):
    family = "infinite"
    site_name = SITE
    declared_language = "en"
    per_page = 10
    plan = Plan(seed="infinite", count=40, languages=("en",), authors=6, co_authors=0.35, tz_hours=-5,
                related=(1, 2, 3, 3, 2))

    # -- the plan as this newsroom publishes it ----------------------------------------------------

    def dek(self, entry: Entry) -> str:
        if entry.story.kind == "short" or entry.post_id % 5 == 4:
            return ""
        return DEKS[entry.post_id % len(DEKS)]

    def description(self, entry: Entry) -> str:
        return self.dek(entry) or self.teaser(entry, 40)

    def modified(self, entry: Entry) -> datetime | None:
        if entry.post_id % 3 == 0:
            return None
        return entry.published + timedelta(hours=3 + entry.post_id % 30)

    def role(self, person: Person) -> str:
        return ROLES[int(_md5(person.name), 16) % len(ROLES)]

    def bio(self, person: Person) -> str:
        n = int(_md5(person.name), 16)
        first = person.name.split()[0]
        return (f"{person.name} {BEATS[n % len(BEATS)]} for {SITE}. Before joining the Herald in {2014 + n % 8}, "
                f"{first} reported for {BEFORE[(n // 7) % len(BEFORE)]}.")

    def slots(self, entry: Entry) -> dict[int, Entry]:
        """Where the editor placed each interstitial link: after the block at index i (a paragraph
        with another block after it), one link after every second paragraph, in the related order."""
        related = self.related(entry)
        blocks = entry.story.blocks
        out, seen_p, k = {}, 0, 0
        for i, block in enumerate(blocks[:-1]):
            if block.kind != "p":
                continue
            seen_p += 1
            if seen_p % 2 == 0 and k < len(related):
                out[i] = related[k]
                k += 1
        return out

    def shown_related(self, entry: Entry) -> list[Entry]:
        return list(self.slots(entry).values())

    def next_stories(self, entry: Entry) -> list[Entry]:
        """The infinite scroll's next stories: the next older one or two on the site (the newest
        ones after the oldest story, as the feed wraps around)."""
        i = self.newest.index(entry)
        count = 1 if entry.post_id % 3 == 0 else 2
        return [self.newest[(i + k) % len(self.newest)] for k in range(1, count + 1)]

    # -- paths ---------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/health/{slugify(entry.categories[0])}/{entry.published:%Y/%m/%d}/{entry.slug}/"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/health/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tags/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/people/{people_slug(person)}/", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}/"

    def extra_routes(self) -> None:
        xml = "application/xml; charset=utf-8"
        self.add("/arc/outboundfeeds/sitemap-index/", "other", lambda: self.sitemap_index(
            ["/arc/outboundfeeds/sitemap/?outputType=xml", "/arc/outboundfeeds/sitemap-sections/?outputType=xml"]), xml)
        self.add("/arc/outboundfeeds/sitemap/", "other", lambda: self.sitemap(self.paths_of("article")), xml)
        self.add("/arc/outboundfeeds/sitemap-sections/", "other", lambda: self.sitemap(
            ["/", *[self.category_path(c) for c in self.groups("categories")]]), xml)
        self.add("/arc/outboundfeeds/news-sitemap/", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.newest[:10]]), xml)
        self.add("/arc/outboundfeeds/rss/", "other", lambda: self.rss(f"{SITE} - Health", "/", self.newest), RSS)

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /pf/api/\nDisallow: /search/\nDisallow: /*?_amp=true\n\n"
                f"Sitemap: {self.url('/arc/outboundfeeds/sitemap-index/?outputType=xml')}\n"
                f"Sitemap: {self.url('/arc/outboundfeeds/news-sitemap/?outputType=xml')}\n")

    # -- blocks ----------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p":
            return f'<p class="body-paragraph">{self.inline(block.text)}</p>'
        if block.kind in ("h2", "h3"):
            return f'<{block.kind} class="headline">{self.inline(block.text)}</{block.kind}>'
        if block.kind == "quote":
            return f'<blockquote class="b-quote"><p>{self.inline(block.text)}</p></blockquote>'
        if block.kind == "figure":
            return (f'<figure class="c-media-item"><img src="{self.e(block.text)}" alt="{self.e(block.items[0])}" '
                    'loading="lazy" width="800" height="533"/></figure>')
        if block.kind == "source":
            return f'<p class="body-paragraph">Source: <a href="{self.e(block.text)}">{self.e(block.text)}</a></p>'
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        if "vimeo" in src:
            player = f"{src}?dnt=1&amp;app_id=122963"
        else:
            player = f"{src}?feature=oembed"
        return (f'<div class="embed-responsive embed-responsive-16by9 oembed-container" data-oembed-type="video">'
                f'<iframe width="640" height="360" src="{player}" title="{self.e(entry.title)}" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
                "allowfullscreen></iframe></div>")

    def interstitial(self, other: Entry) -> str:
        return (f'<p class="interstitial-link"><span>[&nbsp;</span><b>Read more:</b> '
                f'<a href="{self.url(self.post_path(other))}">{self.e(other.title)}</a><span>&nbsp;]</span></p>')

    def meter(self, entry: Entry) -> str:
        left = 1 + entry.post_id % 4
        offer = f"{HOST_SUB}/offer/?src=meter&amp;story={entry.post_id}"
        return (f'<div id="tp-container-inline-{entry.post_id}" class="tp-container-inner paywall-meter" '
                'data-paywall="meter" aria-live="polite"><div class="paywall-meter__inner">'
                f'<p class="paywall-meter__count">You have <strong>{left}</strong> free article{"s" if left > 1 else ""} '
                'left this month.</p><p class="paywall-meter__cta"><a class="b-button b-button--primary" '
                f'href="{offer}">Subscribe for $1 a week</a> <a class="paywall-meter__signin" '
                f'href="{HOST_ACCOUNT}/login/?redirect=meter">Already a subscriber? Sign in</a></p></div></div>')

    def newsletter(self, entry: Entry) -> str:
        return (f'<div class="newsletter-signup newsletter-signup--inline" data-newsletter="the-checkup" '
                f'data-story-id="{entry.post_id}"><h3 class="newsletter-signup__title">The Checkup</h3>'
                '<p class="newsletter-signup__description">Health news and advice from the Herald\'s health desk, '
                'every Tuesday and Friday. Free for everyone.</p><form class="newsletter-signup__form" '
                f'action="{HOST_ACCOUNT}/newsletters/subscribe/" method="post"><label class="sr-only" '
                f'for="nl-email-{entry.post_id}">Email address</label><input id="nl-email-{entry.post_id}" type="email" '
                'name="email" placeholder="Enter your email address"/><button type="submit" class="b-button">Sign up</button>'
                '</form><p class="newsletter-signup__legal">By signing up you agree to our Terms of Use and '
                "Privacy Policy.</p></div>")

    def paywall_box(self, entry: Entry) -> str:
        return ('<div class="paywall" data-paywall="hard" hidden><div class="paywall__inner">'
                '<h2 class="paywall__heading">Subscribe to keep reading</h2><p class="paywall__text">You\'ve read all '
                f"of your free articles this month. Get unlimited access to {SITE}'s reporting on health, science "
                "and your community.</p><ul class=\"paywall__benefits\"><li>Unlimited digital access</li><li>The "
                "Herald app and e-edition</li><li>Cancel anytime</li></ul><a class=\"b-button b-button--primary\" "
                f'href="{HOST_SUB}/offer/?src=paywall&amp;story={entry.post_id}">See subscription options</a>'
                f'<p class="paywall__signin">Already a subscriber? <a href="{HOST_ACCOUNT}/login/?redirect=paywall">'
                "Sign in</a></p></div></div>")

    def body_html(self, entry: Entry) -> str:
        """The Arc article-body chain: the story's elements, with the chain's children placed between
        them (interstitial links, the meter after the first paragraph, the newsletter in long stories)."""
        slots = self.slots(entry)
        blocks = entry.story.blocks
        long_story = len(blocks) >= 6
        parts = []
        for i, block in enumerate(blocks):
            parts.append(self.block_html(block, entry))
            if i == 0:
                parts.append(self.meter(entry))
            if i in slots:
                parts.append(self.interstitial(slots[i]))
            if long_story and i == len(blocks) // 2:
                parts.append(self.newsletter(entry))
        parts.append(self.paywall_box(entry))
        return "\n".join(parts)

    # -- pieces of a story -------------------------------------------------------------------------------

    def byline(self, entry: Entry) -> str:
        names = [f'<a href="{self.url(self.author_path(p))}">{self.e(p.name)}</a>' for p in entry.authors]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f'<section class="byline"><p class="ts-byline"> <span class="ts-byline__by">By</span> {joined}</p></section>'

    def dates(self, entry: Entry) -> str:
        modified = self.modified(entry)
        updated = (f'<span class="b-date__updated">Updated <time datetime="{modified.isoformat()}">{ap_time(modified)}'
                   "</time></span>") if modified else ""
        return (f'<div class="b-date"><span class="b-date__published">Published <time datetime="'
                f'{entry.published.isoformat()}">{ap_time(entry.published)}</time></span>{updated}</div>')

    def share(self, entry: Entry) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        return ('<div class="b-share-bar" role="group" aria-label="Share this story">'
                f'<a class="b-share-bar__link" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>'
                f'<a class="b-share-bar__link" href="https://twitter.com/intent/tweet?url={url}&amp;text={quote(entry.title)}" target="_blank" rel="noopener">X</a>'
                f'<a class="b-share-bar__link" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a>'
                f'<a class="b-share-bar__link" href="mailto:?subject={quote(entry.title)}&amp;body={url}">Email</a>'
                '<button class="b-share-bar__gift" type="button">Gift this article</button></div>')

    def lead_art(self, entry: Entry) -> str:
        src = self.url(f"/resizer/v2/{_md5(entry.slug)[:26].upper()}.jpg?auth={_md5(entry.title)[:16]}&amp;width=1200")
        return (f'<figure class="b-lead-art"><img src="{src}" alt="" width="1200" height="800" fetchpriority="high"/>'
                f'<figcaption class="b-lead-art__caption">Researchers say small changes add up. '
                f'<span class="b-lead-art__credit">(Illustration by {SITE}; iStock)</span></figcaption></figure>')

    def author_box(self, person: Person) -> str:
        img = self.url(f"/resizer/v2/{_md5(person.name)[:26].upper()}.png?auth={_md5(person.name)[-16:]}&amp;width=180")
        handle = slugify(person.name).replace("-", "")
        return (f'<div class="b-full-author-bio"><div class="c-media-item"><img alt="{self.e(person.name)}" '
                f'src="{img}" width="180" height="180" loading="lazy"/></div><div class="c-stack b-full-author-bio__text">'
                f'<div class="c-stack b-full-author-bio__identification"><a class="b-full-author-bio__name-link" '
                f'href="{self.url(self.author_path(person))}"><h2 class="c-heading b-full-author-bio__name">'
                f'{self.e(person.name)}</h2></a><h3 class="c-heading b-full-author-bio__role">{self.e(self.role(person))}</h3>'
                f'</div><p class="c-paragraph">{self.e(self.bio(person))}</p><div class="c-stack b-full-author-bio__social">'
                '<h3 class="c-heading b-full-author-bio__social-header">Connect</h3><div class="b-full-author-bio__social-icons">'
                f'<a class="b-full-author-bio__social-link" href="https://twitter.com/{handle}" target="_blank" '
                f'rel="noreferrer" title="Connect with {self.e(person.name)} on X">X</a>'
                f'<a class="b-full-author-bio__social-link" href="mailto:{handle}@harborherald.example" '
                f'title="Send {self.e(person.name)} an email">Email</a></div></div><div></div></div></div>')

    def tags(self, entry: Entry) -> str:
        if not entry.tags:
            return ""
        links = "".join(f'<a class="tags" href="{self.url(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        return f'<div class="tags-holder"><span class="tags-holder__label">Topics:</span>{links}</div>'

    def story(self, entry: Entry, first: bool) -> str:
        cat = entry.categories[0]
        dek = self.dek(entry)
        url = self.url(self.post_path(entry))
        comments = (f'<div class="b-comments"><button class="b-comments__button" type="button" data-coral-story="'
                    f'{url}">Comments</button><div id="coral_thread_{entry.post_id}"></div></div>') if first else ""
        state = "is-current" if first else "next-article"
        return f"""<div class="infinite-scroll-item {state}" data-infinite-scroll-item data-canonical-url="{url}" data-story-id="{_md5(entry.slug)[:26].upper()}" data-headline="{self.e(entry.title)}">
<div class="b-overline"><a class="b-overline__link" href="{self.url(self.category_path(cat))}">{self.e(cat)}</a></div>
<h1 class="b-headline">{self.e(entry.title)}</h1>
{f'<h2 class="b-subheadline">{self.e(dek)}</h2>' if dek else ''}
<div class="b-article-meta">{self.byline(entry)}{self.dates(entry)}</div>
{self.share(entry)}
{self.lead_art(entry)}
<div class="article-body-wrapper article-body-commercial-selector">
<article class="article-body" data-paywall="article-body">
{self.body_html(entry)}
</article>
</div>
{self.tags(entry)}
<div class="b-author-bios">{"".join(self.author_box(p) for p in entry.authors)}</div>
{comments}
</div>"""

    def render_article(self, entry: Entry) -> str:
        nexts = "".join(f'<div class="next-article-divider" aria-hidden="true"><span>Next story</span></div>\n'
                        f"{self.story(o, False)}" for o in self.next_stories(entry))
        main = f"""<div class="infinite-scroll-container" id="infinite-container" data-infinite-scroll="true" data-next-url="/pf/api/v3/content/fetch/next-stories?query=%7B%22id%22%3A%22{_md5(entry.slug)[:26].upper()}%22%7D">
{self.story(entry, True)}
{nexts}
<div class="page-load-status"><div class="infinite-scroll-request">Loading the next story&hellip;</div><p class="infinite-scroll-last">You're all caught up.</p></div>
</div>"""
        return self.document(f"{entry.title} - {SITE}", "article", self.rail(main), self.head(entry))

    def head(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        description = self.description(entry)
        short = description if len(description) <= 155 else description[:152].rsplit(" ", 1)[0] + "..."
        modified = self.modified(entry) or entry.published
        image = self.url(f"/resizer/v2/{_md5(entry.slug)[:26].upper()}.jpg?auth={_md5(entry.title)[:16]}&width=1200")
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title,
              "description": description, "url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
              "author": [{"@type": "Person", "name": p.name, "url": self.url(self.author_path(p))} for p in entry.authors],
              "publisher": {"@type": "NewsMediaOrganization", "name": SITE, "url": self.url("/"),
                            "logo": {"@type": "ImageObject", "url": self.url("/pf/resources/images/logo.png")}},
              "image": [image], "articleSection": entry.categories[0], "keywords": list(entry.tags),
              "isAccessibleForFree": False,
              "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"}}
        metas = [("og:type", "article"), ("og:site_name", SITE), ("og:title", entry.title), ("og:description", description),
                 ("og:url", url), ("og:image", image), ("article:published_time", entry.published.isoformat()),
                 ("article:modified_time", modified.isoformat()), ("article:section", entry.categories[0]),
                 *[("article:tag", t) for t in entry.tags]]
        return (f'<meta name="description" content="{self.e(short)}"/>\n<link rel="canonical" href="{url}"/>\n'
                + "".join(f'<meta property="{k}" content="{self.e(v)}"/>\n' for k, v in metas)
                + f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@harborherald"/>\n'
                + f'<meta name="twitter:description" content="{self.e(description)}"/>\n'
                + f'<script type="application/ld+json">{json.dumps(ld)}</script>\n')

    # -- frame -------------------------------------------------------------------------------------------

    def rail_list(self, heading: str, key: str, items: list[Entry], numbered: bool) -> str:
        tag = "ol" if numbered else "ul"
        rows = "".join(f'<li class="{key}__item"><a class="{key}__link" href="{self.url(self.post_path(o))}">'
                       f"{self.e(o.title)}</a></li>" for o in items)
        return (f'<section class="{key}"><h2 class="c-heading {key}__heading">{heading}</h2>'
                f'<{tag} class="{key}__list">{rows}</{tag}></section>')

    def rail(self, main: str) -> str:
        trending = random.Random(f"{self.family}:trending").sample(self.entries, 5)
        return f"""<div class="b-right-rail">
<div class="b-right-rail__main">
{main}
</div>
<aside class="b-right-rail__rail">
<div class="arcad" id="arcad-rail-1" data-ad-slot="right_rail_1"><div class="ad-label">Advertisement</div></div>
{self.rail_list("Most read", "brands-most-popular", self.popular(5), True)}
{self.rail_list("Trending", "b-trending", trending, False)}
<div class="arcad" id="arcad-rail-2" data-ad-slot="right_rail_2"><div class="ad-label">Advertisement</div></div>
</aside>
</div>"""

    def document(self, title: str, kind: str, main: str, head: str) -> str:
        sections = "".join(f'<li class="b-header-nav__item"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                           for c in sorted(self.groups("categories")))
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{SITE} - Health" href="{self.url('/arc/outboundfeeds/rss/?outputType=xml')}"/>
<link rel="stylesheet" href="{self.url('/pf/dist/components/combinations/default.css?d=1842&mxId=00000000')}"/>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="harbor-herald";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="1842";Fusion.globalContentConfig={{"source":"content-api","query":{{"website":"harbor-herald"}}}};Fusion.spa=false;Fusion.outputType="default";</script>
<script src="https://cdn.tinypass.com/api/tinypass.min.js" async></script>
</head>
<body class="b-{kind}-page">
<div id="fusion-app" class="layout-section">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top">
<a class="b-header-nav-chain__logo" href="{self.url('/')}"><img src="{self.url('/pf/resources/images/logo.png?d=1842')}" alt="{SITE}" width="240" height="40"/></a>
<form class="b-header-nav-chain__search" action="{self.url('/search/')}" method="get" role="search"><input type="search" name="q" aria-label="Search"/></form>
<a class="b-button b-button--primary b-header-nav-chain__subscribe" href="{HOST_SUB}/offer/?src=header">Subscribe</a>
<a class="b-header-nav-chain__signin" href="{HOST_ACCOUNT}/login/?redirect=header">Sign in</a>
</div>
<nav class="b-header-nav" aria-label="Sections"><ul class="b-header-nav__list"><li class="b-header-nav__item"><a href="{self.url('/')}">Health</a></li>{sections}</ul></nav>
</header>
<div class="b-alert-bar" role="region" aria-label="Breaking news"><a href="{HOST_SUB}/offer/?src=alertbar">Limited time: 12 weeks of unlimited access for $1</a></div>
<main id="main">
{main}
</main>
<footer class="b-footer"><div class="b-footer__links">
<ul class="b-footer__list"><li><a href="{self.url(self.page_path('about'))}">About the Herald</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact the newsroom</a></li><li><a href="{self.url(self.page_path('start-here'))}">Start here</a></li><li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></li><li><a href="{self.url('/arc/outboundfeeds/rss/?outputType=xml')}">RSS</a></li></ul>
<ul class="b-footer__list"><li><a href="{HOST_SUB}/offer/?src=footer">Subscribe</a></li><li><a href="{HOST_ACCOUNT}/help/">Help center</a></li><li><a href="https://www.facebook.com/harborherald">Facebook</a></li></ul>
</div><p class="b-footer__copyright">&copy; 2024 {SITE}. All rights reserved. Powered by Arc XP.</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use cookies and similar technologies to personalize content and ads, to provide social media features and to analyze our traffic. <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
</body>
</html>"""

    # -- listings and pages ------------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        names = ", ".join(p.name for p in e.authors)
        return (f'<div class="b-results-list__item"><a class="b-results-list__image" href="{self.url(self.post_path(e))}" '
                f'aria-hidden="true" tabindex="-1"><img src="{self.url(f"/resizer/v2/{_md5(e.slug)[:26].upper()}.jpg?width=400")}" '
                f'alt="" width="400" height="267" loading="lazy"/></a><div class="b-results-list__text">'
                f'<div class="b-results-list__overline">{self.e(e.categories[0])}</div>'
                f'<h2 class="b-results-list__headline"><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2>'
                f'<p class="b-results-list__description">{self.e(self.description(e))}</p>'
                f'<div class="b-results-list__meta"><span class="b-results-list__byline">By {self.e(names)}</span> '
                f'<time datetime="{e.published.isoformat()}">{long_date(e.published)}</time></div></div></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first.startswith("/people/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            header = f'<div class="b-author-page-header">{self.author_box(person)}</div>'
            label = f"{person.name} - {SITE}"
        elif first == "/":
            header = '<h1 class="b-section-title">Health</h1><p class="b-section-description">News and advice on health, science and wellness.</p>'
            label = f"Health news and advice - {SITE}"
        elif first.startswith("/tags/"):
            header = f'<h1 class="b-section-title">{self.e(title)}</h1>'
            label = f"{title} - {SITE}"
        else:
            header = f'<div class="b-overline">Health</div><h1 class="b-section-title">{self.e(title)}</h1>'
            label = f"{title} - Health - {SITE}"
        if n > 1:
            label = f"{label} - Page {n}"
        more = (f'<a class="b-results-list__see-more b-button" href="{self.url(path_of(n + 1))}">Load more stories</a>'
                if n < pages else "")
        back = f'<a class="b-results-list__newer" href="{self.url(path_of(n - 1))}">Newer stories</a>' if n > 1 else ""
        main = (f'<section class="b-section-front">{header}<div class="b-results-list">'
                f'{"".join(self.card(e) for e in items)}</div><div class="b-results-list__pager">{back}{more}</div></section>')
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}"/>\n<meta property="og:type" content="website"/>\n'
                f'<meta property="og:site_name" content="{SITE}"/>\n<meta property="og:title" content="{self.e(label)}"/>\n')
        return self.document(label, "section", self.rail(main), head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "\n".join(f'<p class="body-paragraph">{self.e(p)}</p>' for p in paragraphs)
        main = (f'<div class="b-static-page"><h1 class="b-headline">{self.e(title)}</h1>'
                f'<div class="article-body">{body}</div></div>')
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}"/>\n<meta property="og:type" content="website"/>\n'
                f'<meta property="og:title" content="{self.e(title)} - {SITE}"/>\n')
        return self.document(f"{title} - {SITE}", "static", main, head)
