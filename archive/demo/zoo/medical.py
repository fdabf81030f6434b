"""medical: the page shape of a large medical publisher: hashed CSS-in-JS class names, a byline
line "Medically reviewed by Dr. X, MD — Written by Y — Updated on DATE", an "On this page" table
of contents, headings whose text sits in a ``<span id>`` anchor, words separated only by a
``<span>&nbsp;</span>``, references collapsed (``display:none``) until clicked, a per-article
"Read this next" block, a site-wide "Popular now" rail, and a MedicalWebPage JSON-LD with
``reviewedBy``. No tags; the topic hub is the category. A post showing only "Updated on DATE" is dated
by that date in the truth (see ``truth``).
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace

from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, later, long_date

# Extra references for posts that have none: (inline markup). PMIDs and DOIs here are illustrative.
REFERENCES = (
    "Chen L, et al. Daily habits and cardiometabolic risk: a cohort study. *J Prev Med*. 2019. "
    "[doi.org/10.1016/j.jpm.2019.04.012](https://doi.org/10.1016/j.jpm.2019.04.012)",
    "Okafor B, et al. Sleep duration and mood in adults: a systematic review. *Sleep Health*. 2021. "
    "[pubmed.ncbi.nlm.nih.gov/33812345](https://pubmed.ncbi.nlm.nih.gov/33812345/)",
    "National Institutes of Health. [Healthy living overview](https://www.nih.gov/health-information).",
    "Martins R, et al. Physical activity and all-cause mortality. *Br J Sports Med*. 2020. "
    "[doi.org/10.1136/bjsports-2020-102955](https://doi.org/10.1136/bjsports-2020-102955)",
    "Centers for Disease Control and Prevention. [Chronic disease prevention](https://www.cdc.gov/chronic-disease/).",
    "Ibrahim S, et al. Diet quality and inflammation markers. *Nutrients*. 2022. "
    "[pubmed.ncbi.nlm.nih.gov/35276890](https://pubmed.ncbi.nlm.nih.gov/35276890/)",
)


def css(name: str) -> str:
    """A CSS-in-JS class name: stable per name, meaningless to a reader."""
    return "css-" + hashlib.sha1(name.encode()).hexdigest()[:7]


class Medical(ZooSite):
    family = "medical"
    site_name = "WellPath Health"
    plan = Plan(seed="medical", count=36, languages=("en", "es"), authors=6, co_authors=0.35, reviewed=0.75,
                tz_hours=0, related=(2, 3, 3, 4))

    def post_path(self, entry: Entry) -> str:
        return f"/health/{entry.slug}"

    def category_path(self, name: str, n: int = 1) -> str:
        return f"/topics/{slugify(name)}" + (f"?page={n}" if n > 1 else "")

    def tag_path(self, name: str, n: int = 1) -> str:
        raise AssertionError("this publisher shows no tags")

    def author_path(self, person, n: int = 1) -> str:
        return f"/authors/{slugify(person.name)}" + (f"?page={n}" if n > 1 else "")

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/latest?page={n}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def dress(self, entry: Entry) -> Entry:
        entry = replace(entry, tags=())
        blocks = list(entry.story.blocks)
        if not any(b.kind == "refs" for b in blocks) and entry.story.kind == "article":
            rng = random.Random(f"medical:refs:{entry.slug}")
            blocks.append(Block("refs", "Sources", tuple(rng.sample(REFERENCES, rng.randint(2, 4)))))
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)))

    def extra_routes(self) -> None:
        self.add("/sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article") + self.paths_of("page")),
                 "application/xml")

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /api/\nDisallow: /search\nSitemap: {self.url('/sitemap.xml')}\n"

    # -- frame ------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", lang: str = "en") -> str:
        hubs = "".join(f'<li class="{css("hub-item")}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                       for c in sorted(self.groups("categories")))
        popular = "".join(f'<li class="{css("popular-item")}"><a href="{self.url(self.post_path(e))}">'
                          f'<span class="{css("popular-title")}">{self.e(e.title)}</span></a></li>' for e in self.popular())
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{self.e(title)}</title>
{head}<link rel="stylesheet" href="{self.url('/static/app.4f2c9e.css')}">
</head>
<body>
<div id="__app" class="{css('app')}">
<header class="{css('header')}"><a class="{css('logo')}" href="{self.url('/')}" aria-label="{self.site_name} home">{self.site_name}</a>
<nav class="{css('nav')}" aria-label="Health topics"><ul class="{css('hub-list')}">{hubs}</ul></nav>
<button class="{css('newsletter')}" type="button">Subscribe</button></header>
<div class="{css('layout')}">
<main class="{css('main')}">
{main}
</main>
<aside class="{css('rail')}"><section class="{css('popular')}"><h2 class="{css('rail-title')}">Popular now</h2><ol class="{css('popular-list')}">{popular}</ol></section>
<section class="{css('ad')}" data-ad-slot="rail-1"><span>Advertisement</span></section></aside>
</div>
<footer class="{css('footer')}"><ul class="{css('footer-links')}"><li><a href="{self.url(self.page_path('about'))}">About us</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact</a></li><li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy policy</a></li><li><a href="{self.url(self.page_path('start-here'))}">Start here</a></li></ul>
<p class="{css('disclaimer')}">Our website services, content and products are for informational purposes only. {self.site_name} does not provide medical advice, diagnosis or treatment.</p></footer>
</div>
</body>
</html>"""

    # -- articles ---------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "h2":   # an "Easy Table of Contents"-style anchor holds the heading text
            return f'<h2 class="{css("h2")}"><span id="{slugify(block.text)}">{self.inline(block.text)}</span></h2>'
        if block.kind == "p" and entry.post_id % 2 == 0:
            html = self.inline(block.text)
            words = html.split(" ")
            if len(words) > 8:   # one space replaced by a span holding only a no-break space
                words[4] = words[4] + "<span>&nbsp;</span>" + words[5]
                del words[5]
            return f"<p>{' '.join(words)}</p>"
        return super().block_html(block, entry)

    def refs_html(self, block: Block) -> str:
        items = "".join(f'<li class="{css("ref")}">{self.inline(i)}</li>' for i in block.items)
        return (f'<section class="{css("sources")}" data-testid="article-sources"><button class="{css("sources-toggle")}" '
                f'aria-expanded="false" aria-controls="sources-list"><h2 class="{css("sources-title")}">'
                f"{self.e(block.text)}</h2></button><div id=\"sources-list\" class=\"{css('sources-body')}\" "
                f'style="display:none"><ol class="{css("sources-list")}">{items}</ol></div></section>')

    def toc(self, entry: Entry) -> str:
        heads = [b.text for b in entry.story.blocks if b.kind == "h2"]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li><a href="#{slugify(h)}">{self.e(h)}</a></li>' for h in heads)
        return f'<nav class="{css("toc")}" aria-label="On this page"><p class="{css("toc-title")}">On this page</p><ul>{items}</ul></nav>'

    def updated(self, entry: Entry):
        """The date an updated post shows ("Updated on DATE", its only date), or None (it shows
        "Published on DATE")."""
        return later(entry.published, f"medical:{entry.slug}") if entry.post_id % 3 else None

    def truth(self) -> dict:
        """A post whose byline shows only "Updated on DATE" is dated by that shown date: the project's
        convention (docs/benchmarks.md; dotdash's and nuxt's truths follow it), as the human-labelled
        real pages are. The first publication stays in the JSON-LD ``datePublished``, which no reader sees."""
        data = super().truth()
        for entry in self.entries:
            if self.updated(entry) is not None:
                data["articles"][self.post_path(entry)]["published"] = self.updated(entry).date().isoformat()
        return data

    def byline(self, entry: Entry, updated) -> str:
        people = " and ".join(f'<a class="{css("byline-link")}" href="{self.url(self.author_path(p))}">{self.e(p.display)}</a>'
                              for p in entry.authors)
        parts = []
        if entry.reviewer:
            parts.append(f'<span>Medically reviewed by <span class="{css("reviewer")}">'
                         f'{self.e(entry.reviewer.display)}</span></span>')
        parts.append(f"<span>Written by {people}</span>")
        label = "Updated on" if updated else "Published on"
        parts.append(f'<span>{label} <time datetime="{(updated or entry.published).date()}">'
                     f"{long_date(updated or entry.published)}</time></span>")
        return f'<div class="{css("byline")}" data-testid="byline">{" — ".join(parts)}</div>'

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        updated = self.updated(entry)
        hub = entry.categories[0]
        nxt = "".join(
            f'<li class="{css("next-item")}"><a href="{self.url(self.post_path(o))}"><span class="{css("next-title")}">'
            f'{self.e(o.title)}</span></a><p class="{css("next-teaser")}">{self.e(self.teaser(o, 20))}</p></li>'
            for o in self.related(entry))
        ld = {"@context": "https://schema.org", "@type": "MedicalWebPage", "headline": entry.title, "url": url,
              "datePublished": entry.published.isoformat(),
              "dateModified": (updated or entry.published).isoformat(),
              "author": [{"@type": "Person", "name": p.name, "jobTitle": ", ".join(p.credentials) or None}
                         for p in entry.authors],
              "publisher": {"@type": "Organization", "name": self.site_name},
              "inLanguage": entry.story.language, "about": {"@type": "Thing", "name": hub}}
        if entry.reviewer:
            ld["reviewedBy"] = {"@type": "Person", "name": entry.reviewer.name}
            ld["lastReviewed"] = (updated or entry.published).date().isoformat()
        head = (f'<meta name="description" content="{self.e(self.teaser(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<meta property="og:site_name" content="{self.site_name}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        main = f"""<nav class="{css('breadcrumbs')}" aria-label="breadcrumbs"><a href="{self.url('/')}">Health</a> › <a href="{self.url(self.category_path(hub))}">{self.e(hub)}</a></nav>
<article class="article-body {css('article')}">
<h1 class="{css('title')}">{self.e(entry.title)}</h1>
{self.byline(entry, updated)}
<div class="{css('fact-check')}"><button class="{css('fact-check-button')}" aria-expanded="false">Our content is fact checked</button><div class="{css('fact-check-panel')} modal-panel" style="display:none"><p>Every article is checked against current guidelines by our medical network. <a href="{self.url(self.page_path('about'))}">How we review</a></p></div></div>
{self.toc(entry)}
<div class="{css('content')}">
{self.body_html(entry)}
</div>
<div class="{css('feedback')}"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>
</article>
<section class="{css('read-next')}" data-testid="read-this-next"><h2 class="{css('read-next-title')}">Read this next</h2><ul class="{css('read-next-list')}">{nxt}</ul></section>"""
        return self.document(entry.title, main, head, lang=entry.story.language)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(f'<li class="{css("card")}"><a href="{self.url(self.post_path(e))}"><h3 class="{css("card-title")}">'
                        f'{self.e(e.title)}</h3></a><p class="{css("card-teaser")}">{self.e(self.teaser(e))}</p></li>'
                        for e in items)
        nav = "".join([f'<a href="{self.url(path_of(n - 1))}" rel="prev">Previous</a>' if n > 1 else "",
                       f'<a href="{self.url(path_of(n + 1))}" rel="next">Next</a>' if n < pages else ""])
        heading = "Latest health news" if path_of(1) == "/" else title
        main = f'<h1 class="{css("hub-title")}">{self.e(heading)}</h1><ul class="{css("cards")}">{cards}</ul><nav class="{css("pager")}">{nav}</nav>'
        return self.document(f"{heading} | {self.site_name}", main)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        return self.document(f"{title} | {self.site_name}",
                             f'<h1 class="{css("page-title")}">{self.e(title)}</h1><div class="{css("page-body")}">{body}</div>')
