"""A generated WordPress-like health blog of N articles, for benchmarks and scale tests (stdlib only).

    python -m archive.demo.generated --articles 3000 --port 0     # prints "serving http://127.0.0.1:PORT"

Deterministic from a seed: article pages of about 30 KB (theme chrome, comments, a body of
800-1,200 words, a "Read Also" block of 3-8 other articles), listings (``/``, ``/page/N/``, 20
posts each, ``rel=next``; one page per category), three static pages, ``/sitemap.xml`` with
lastmod and ``robots.txt``. Every page has a stable ETag and Last-Modified and answers
If-None-Match / If-Modified-Since with 304. Pages are rendered once and cached.

``GeneratedSite.change(slugs)`` edits the body of exactly those articles (new ETag, Last-Modified
and sitemap lastmod; listings and every other page stay byte-identical). A running server takes
the same edit from ``POST /__control/change?fraction=0.05&seed=1`` (or ``?slugs=a,b``) and counts
what it serves: ``GET /__control/stats``, ``POST /__control/reset``. ``/__control/`` is disallowed
in robots.txt and linked from nowhere.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import parse_qs, urlsplit

from .serving import (HTML, Handler, LoopbackServer, add_address_arguments, body_etag, http_date, not_modified,
                      serve_until_killed)

SITE_NAME = "Riverside Wellness Notes"
PER_PAGE = 20
EPOCH = datetime(2019, 1, 7, 8, 0, tzinfo=timezone.utc)      # the first article
SPAN = timedelta(days=6 * 365)                                # the last article is this much later
CHANGE_EPOCH = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)  # edits made by change() date from here
CONTROL = "/__control/"

CATEGORIES = ("nutrition", "sleep", "fitness", "mental-health", "heart-health", "diabetes", "skin-care", "aging")
AUTHORS = ("Maya Lindqvist", "Daniel Okafor", "Priya Raman", "Tomás Herrera", "Grace Whitfield", "Samuel Ito",
           "Leila Haddad", "Owen Fairbanks", "Nadia Petrova", "Ruth Abernathy", "Jonah Mercer", "Alicia Santos")
REVIEWERS = ("Dr. Helen Marsh, MD", "Dr. Kwame Asante, PhD", "Dr. Irene Vogel, RD", "Dr. Paul Brennan, MD")
TOPICS = [t.strip() for t in """sleep, stress, blood pressure, cholesterol, hydration, fiber, protein, vitamin D, iron,
magnesium, posture, back pain, migraines, allergies, asthma, gut health, immunity, anxiety, mood, walking,
strength training, stretching, balance, joint health, bone density, heart rate, blood sugar, insulin, weight loss,
metabolism, skin care, sunscreen, eczema, acne, memory, focus, screen time, caffeine, alcohol, smoking, fatigue,
hearing, vision, dental care, inflammation""".split(",")]
WORDS = """health heart blood pressure sugar insulin glucose cholesterol diet nutrition protein fiber vitamin
mineral iron calcium magnesium zinc sleep stress anxiety mood exercise walking running strength muscle bone
joint pain back neck headache fever infection immune allergy breathing skin sun screening doctor nurse clinic
symptom diagnosis treatment therapy medicine dose risk study trial evidence research patients adults children
weight calories fat salt water hydration coffee tea alcohol kidney liver gut digestion stomach brain memory
eye vision hearing teeth hormone thyroid cycle ageing family daily habits routine meals vegetables fruit grains
legumes nuts seeds fish oil olive whole foods portion energy fatigue rest recovery posture balance movement
""".split()
GLUE = """the of and to a in is that for it as with be on are this by can or your you not more may have from
at if an but they when most some many often also which their about than other into should people time help
day body these how what who very even well each like after before over years new first good best long high
low small large early late every because while without around during between through usually still only
""".split()
TITLES = ("{n} Ways to Improve Your {A}", "What to Know About {A}", "The Link Between {A} and {B}",
          "How {A} Affects Your {B}", "A Beginner's Guide to {A}", "{A}: Myths and Facts",
          "Why {A} Matters More Than You Think", "{n} Signs Your {A} Needs Attention", "Simple Habits for Better {A}",
          "Can {A} Help With {B}?", "What Experts Say About {A} and {B}", "Everyday {A}: A Practical Guide")
HEADINGS = ("What the research says", "Why it matters", "Practical tips", "Common mistakes", "When to see a doctor",
            "How {a} works", "Small changes that add up", "What about {a}?", "Who is most at risk",
            "A simple daily plan", "Questions readers ask", "The bottom line on {a}")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Page:
    """A ready response: bytes plus the validators the server sends and checks."""
    status: int
    content_type: str
    body: bytes
    last_modified: datetime
    kind: str  # article, listing, page, sitemap, robots, missing
    etag: str = field(init=False, default="")
    last_modified_http: str = field(init=False, default="")

    def __post_init__(self):
        object.__setattr__(self, "etag", body_etag(self.body))
        object.__setattr__(self, "last_modified_http", http_date(self.last_modified))

    def not_modified(self, if_none_match: str | None, if_modified_since: str | None) -> bool:
        """Whether a conditional GET gets a 304 (only a 200 can): :func:`.serving.not_modified`."""
        return self.status == 200 and not_modified(self.etag, self.last_modified, if_none_match, if_modified_since)


@dataclass
class Spec:
    """What one article is, before rendering."""
    index: int
    slug: str
    title: str
    category: str
    authors: list[str]
    tags: list[str]
    published: datetime
    updated: datetime | None
    reviewer: str
    related: list[int]
    links: list[int]


class GeneratedSite:
    """N articles from ``seed``; pages render on first request and stay cached until an edit."""

    def __init__(self, articles: int = 3000, seed: int = 0, base_url: str = "http://127.0.0.1:8000"):
        if articles < 1:
            raise ValueError("a generated site needs at least one article")
        self.count = articles
        self.seed = seed
        self.base = base_url.rstrip("/")
        self.revisions: dict[int, int] = {}  # article index -> times change() edited it
        self.specs = self._plan()
        self.by_slug = {s.slug: s for s in self.specs}
        self.newest_first = sorted(self.specs, key=lambda s: s.published, reverse=True)
        self.listing_pages = max(1, -(-articles // PER_PAGE))
        self.site_modified = self.newest_first[0].published
        self._cache: dict[str, Page] = {}
        self._lock = threading.Lock()

    # -- the plan ---------------------------------------------------------------------------

    def _plan(self) -> list[Spec]:
        specs, taken = [], set()
        step = SPAN / max(self.count - 1, 1)
        for i in range(self.count):
            rng = random.Random(f"{self.seed}:plan:{i}")
            a, b = rng.sample(TOPICS, 2)
            title = rng.choice(TITLES).format(n=rng.randint(3, 12), A=a.title(), B=b.title())
            slug = base = slugify(title)
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            published = (EPOCH + step * i + timedelta(minutes=rng.randint(0, 600))).replace(microsecond=0)
            updated = published + timedelta(days=rng.randint(20, 400)) if rng.random() < 0.3 else None
            others = [j for j in rng.sample(range(self.count), min(self.count, 12)) if j != i]
            specs.append(Spec(
                index=i, slug=slug, title=title, category=rng.choice(CATEGORIES),
                authors=rng.sample(AUTHORS, 2 if rng.random() < 0.15 else 1),
                tags=sorted({slugify(a), slugify(b), *rng.sample(TOPICS, 2)}),
                published=published, updated=updated,
                reviewer=rng.choice(REVIEWERS) if rng.random() < 0.5 else "",
                related=others[:rng.randint(3, 8)], links=others[8:8 + rng.randint(1, 3)],
            ))
        return specs

    def path(self, spec: Spec) -> str:
        return f"/{spec.slug}/"

    def url(self, path: str) -> str:
        return self.base + path

    def modified(self, spec: Spec) -> datetime:
        """Last edit: an edit made by change() always dates after the article's own dates."""
        original = spec.updated or spec.published
        rev = self.revisions.get(spec.index, 0)
        return max(original, CHANGE_EPOCH) + timedelta(days=rev) if rev else original

    def paths(self) -> list[str]:
        """Every page a crawler can reach from the home page, robots.txt and the sitemap."""
        listings = ["/"] + [f"/page/{n}/" for n in range(2, self.listing_pages + 1)]
        listings += [f"/category/{c}/" for c in CATEGORIES]
        return (["/robots.txt", "/sitemap.xml", "/about/", "/contact/", "/privacy-policy/"] + listings
                + [self.path(s) for s in self.specs])

    # -- edits ------------------------------------------------------------------------------

    def choose(self, fraction: float, seed: int) -> list[str]:
        """A deterministic sample of ``fraction`` of the article slugs (at least one when fraction > 0)."""
        k = min(self.count, max(1, round(self.count * fraction))) if fraction > 0 else 0
        return sorted(self.specs[i].slug for i in random.Random(f"change:{seed}").sample(range(self.count), k))

    def change(self, slugs) -> list[str]:
        """Edit the body of these articles (a new revision each call); returns their URLs."""
        specs = [self.by_slug[s] for s in slugs]
        with self._lock:
            for spec in specs:
                self.revisions[spec.index] = self.revisions.get(spec.index, 0) + 1
                self._cache.pop(self.path(spec), None)
            self._cache.pop("/sitemap.xml", None)
        return [self.url(self.path(s)) for s in specs]

    # -- serving ----------------------------------------------------------------------------

    def resolve(self, target: str) -> Page:
        path = urlsplit(target).path or "/"
        page = self._cache.get(path)
        if page is None:
            page = self._render(path)
            if page.status == 200:
                with self._lock:
                    page = self._cache.setdefault(path, page)
        return page

    def render_all(self) -> None:
        for path in self.paths():
            self.resolve(path)

    def _render(self, path: str) -> Page:
        if path == "/robots.txt":
            return Page(200, "text/plain; charset=utf-8", self._robots().encode(), EPOCH, "robots")
        if path == "/sitemap.xml":
            return Page(200, "application/xml; charset=UTF-8", self._sitemap().encode(), self.latest_change(),
                        "sitemap")
        match = re.fullmatch(r"/(?:page/(\d+)/)?", path)
        if match and 1 <= int(match.group(1) or 1) <= self.listing_pages:
            return self._page(self._listing(int(match.group(1) or 1)), self.site_modified, "listing")
        match = re.fullmatch(r"/category/([a-z-]+)/", path)
        if match and match.group(1) in CATEGORIES:
            return self._page(self._category(match.group(1)), self.site_modified, "listing")
        if path in STATIC:
            return self._page(self._static(path), EPOCH, "page")
        spec = self.by_slug.get(path.strip("/")) if path.count("/") == 2 else None
        if spec is not None:
            return self._page(self._article(spec), self.modified(spec), "article")
        body = self._document("Page not found", "<h1>Oops! That page can’t be found</h1>", "error404", "", "")
        return Page(404, HTML, body.encode(), EPOCH, "missing")

    @staticmethod
    def _page(html: str, modified: datetime, kind: str) -> Page:
        return Page(200, HTML, html.encode("utf-8"), modified, kind)

    def latest_change(self) -> datetime:
        return max([self.site_modified, *(self.modified(self.specs[i]) for i in self.revisions)])

    # -- text -------------------------------------------------------------------------------

    @staticmethod
    def _sentence(rng: random.Random) -> str:
        n = rng.randint(9, 22)
        words = [rng.choice(WORDS) if rng.random() < 0.4 else rng.choice(GLUE) for _ in range(n)]
        return " ".join(words).capitalize() + ("?" if rng.random() < 0.1 else ".")

    def _paragraph(self, rng: random.Random, sentences: tuple[int, int] = (3, 6)) -> str:
        return " ".join(self._sentence(rng) for _ in range(rng.randint(*sentences)))

    def _intro(self, spec: Spec) -> str:
        return self._paragraph(random.Random(f"{self.seed}:intro:{spec.index}"), (3, 4))

    def teaser(self, spec: Spec) -> str:
        """The first words of the (never edited) intro, cut as related-post plugins do."""
        return " ".join(self._intro(spec).split()[:40]).rstrip(".,?") + "…"

    def _body(self, spec: Spec) -> str:
        rng = random.Random(f"{self.seed}:body:{spec.index}")
        target = rng.randint(800, 1200)
        topic = spec.tags[0].replace("-", " ")
        intro = self._intro(spec)
        parts = [f"<p>{intro}</p>"]
        words = len(intro.split())
        image = f"/wp-content/uploads/{spec.published:%Y/%m}/{spec.slug}-1.jpg"
        parts.append(f'<figure class="wp-block-image size-large"><img src="{image}" alt="{escape(spec.title)}" '
                     f'width="1024" height="576" loading="lazy"><figcaption>{escape(spec.title)}.</figcaption></figure>')
        links = list(spec.links)
        section = left = 0
        while words < target:
            if not left:  # a new section of 2-4 paragraphs
                heading = rng.choice(HEADINGS).format(a=topic)
                parts.append(f'<h2 id="section-{section + 1}">{escape(heading)}</h2>')
                section, left = section + 1, rng.randint(2, 4)
            left -= 1
            text = self._paragraph(rng)
            if links and rng.random() < 0.5:
                other = self.specs[links.pop()]
                text += f' See also <a href="{self.url(self.path(other))}">{escape(other.title.lower())}</a>.'
            parts.append(f"<p>{text}</p>")
            words += len(text.split())
            if rng.random() < 0.15:
                items = "".join(f"<li>{self._sentence(rng)}</li>" for _ in range(rng.randint(3, 5)))
                parts.append(f"<ul>{items}</ul>")
                words += sum(len(p.split()) for p in re.findall(r"<li>(.*?)</li>", items))
        rev = self.revisions.get(spec.index, 0)
        if rev:  # an editor rewrote a paragraph in the middle of the article
            edit = random.Random(f"{self.seed}:edit:{spec.index}:{rev}")
            middle = max(2, len(parts) // 2)
            while not parts[middle].startswith("<p>"):
                middle += 1
            parts[middle] = f"<p>{self._paragraph(edit)} (Updated {self.modified(spec):%B %d, %Y}.)</p>"
        refs = "".join(
            f'<li>{escape(rng.choice(AUTHORS).split()[-1])} et al. {escape(self._sentence(rng))} '
            f'<a href="https://doi.org/10.{rng.randint(1000, 9999)}/hn.{rng.randint(10**5, 10**6)}">doi</a></li>'
            for _ in range(rng.randint(1, 3)))
        parts.append(f'<h2>References</h2><ol class="references">{refs}</ol>')
        return "\n".join(parts)

    # -- pages ------------------------------------------------------------------------------

    def _article(self, spec: Spec) -> str:
        modified = self.modified(spec)
        authors = " and ".join(f'<span class="author vcard">{escape(a)}</span>' for a in spec.authors)
        updated = (f' <span class="updated-on">Updated <time class="updated" datetime="{modified.isoformat()}">'
                   f"{modified:%B %d, %Y}</time></span>" if modified != spec.published else "")
        reviewed = (f'<p class="medically-reviewed">Medically reviewed by {escape(spec.reviewer)}</p>'
                    if spec.reviewer else "")
        related = "\n".join(
            f'<li class="read-also-item"><h3 class="read-also-title"><a href="{self.url(self.path(o))}">'
            f'{escape(o.title)}</a></h3><p class="read-also-excerpt">{escape(self.teaser(o))}</p></li>'
            for o in (self.specs[j] for j in spec.related))
        category = spec.category.replace("-", " ").title()
        main = f"""<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="{self.url('/')}">Home</a> &raquo; <a href="{self.url(f'/category/{spec.category}/')}">{category}</a> &raquo; <span class="breadcrumb_last">{escape(spec.title)}</span></nav>
<article id="post-{1000 + spec.index}" class="post-{1000 + spec.index} post type-post status-publish format-standard has-post-thumbnail hentry category-{spec.category}">
<header class="entry-header">
<h1 class="entry-title">{escape(spec.title)}</h1>
<div class="entry-meta"><span class="byline">By {authors}</span>
<span class="posted-on">Published <time class="entry-date published" datetime="{spec.published.isoformat()}">{spec.published:%B %d, %Y}</time></span>{updated}
<span class="cat-links">in <a href="{self.url(f'/category/{spec.category}/')}" rel="category tag">{category}</a></span></div>{reviewed}
</header>
<div class="entry-content">
{self._body(spec)}
<div class="read-also">
<h2 class="read-also-heading">Read Also</h2>
<ul class="read-also-list">
{related}
</ul>
</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {", ".join(f'<span class="tag">{t}</span>' for t in spec.tags)}</span>
{self._share(spec)}</footer>
</article>
{NEWSLETTER_BOX}
{self._comments(spec)}"""
        head = self._article_head(spec, modified)
        return self._document(f"{spec.title} | {SITE_NAME}", main, f"single single-post postid-{1000 + spec.index}",
                              self.url(self.path(spec)), head)

    def _article_head(self, spec: Spec, modified: datetime) -> str:
        url = self.url(self.path(spec))
        description = escape(self.teaser(spec))
        tags = "".join(f'<meta property="article:tag" content="{t}">\n' for t in spec.tags)
        jsonld = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "headline": spec.title, "url": url,
             "datePublished": spec.published.isoformat(), "dateModified": modified.isoformat(),
             "author": [{"@type": "Person", "name": a} for a in spec.authors],
             "articleSection": spec.category, "keywords": spec.tags, "inLanguage": "en-US",
             "publisher": {"@type": "Organization", "name": SITE_NAME}},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": spec.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE_NAME}]},
            ensure_ascii=False)
        return f"""<meta name="description" content="{description}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(spec.title)}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="article:published_time" content="{spec.published.isoformat()}">
<meta property="article:modified_time" content="{modified.isoformat()}">
<meta property="article:section" content="{spec.category}">
{tags}<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{jsonld}</script>"""

    def _share(self, spec: Spec) -> str:
        target = self.url(self.path(spec)).replace(":", "%3A").replace("/", "%2F")
        return ('<div class="share-buttons"><span class="share-label">Share this article:</span> '
                f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={target}" rel="nofollow noopener">Facebook</a>'
                f'<a class="share-x" href="https://twitter.com/intent/tweet?url={target}" rel="nofollow noopener">X</a>'
                f'<a class="share-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={target}" rel="nofollow noopener">LinkedIn</a></div>')

    def _comments(self, spec: Spec) -> str:
        rng = random.Random(f"{self.seed}:comments:{spec.index}")
        items = []
        for n in range(rng.randint(3, 8)):
            when = spec.published + timedelta(days=rng.randint(1, 90), minutes=rng.randint(0, 1440))
            cid = (1000 + spec.index) * 10 + n
            items.append(f"""<li id="comment-{cid}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{rng.choice(COMMENTERS)}</b> <span class="says">says:</span>
<a href="#comment-{cid}"><time datetime="{when.isoformat()}">{when:%B %d, %Y at %H:%M}</time></a></footer>
<div class="comment-content"><p>{self._paragraph(rng, (1, 4))}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>""")
        return f"""<section id="comments" class="comments-area"><h2 class="comments-title">{len(items)} thoughts on &ldquo;{escape(spec.title)}&rdquo;</h2>
<ol class="comment-list">
{chr(10).join(items)}
</ol>
{COMMENT_FORM.format(post=1000 + spec.index)}</section>"""

    def _card(self, spec: Spec) -> str:
        url = self.url(self.path(spec))
        return f"""<article class="post-card post-{1000 + spec.index} category-{spec.category}">
<a class="post-thumbnail" href="{url}" aria-hidden="true" tabindex="-1"><img src="/wp-content/uploads/{spec.published:%Y/%m}/{spec.slug}-1-300x169.jpg" alt="" width="300" height="169" loading="lazy"></a>
<h2 class="entry-title"><a href="{url}" rel="bookmark">{escape(spec.title)}</a></h2>
<div class="entry-meta"><time datetime="{spec.published.isoformat()}">{spec.published:%B %d, %Y}</time> &middot; by {escape(" and ".join(spec.authors))}</div>
<div class="entry-summary"><p>{escape(self.teaser(spec))}</p></div>
<a class="more-link" href="{url}">Continue reading<span class="screen-reader-text"> &ldquo;{escape(spec.title)}&rdquo;</span></a>
</article>"""

    def _listing(self, n: int) -> str:
        items = self.newest_first[(n - 1) * PER_PAGE:n * PER_PAGE]
        older = f"/page/{n + 1}/" if n < self.listing_pages else ""
        newer = "" if n == 1 else "/" if n == 2 else f"/page/{n - 1}/"
        head = (f'<link rel="prev" href="{self.url(newer)}">\n' if newer else "") + (
            f'<link rel="next" href="{self.url(older)}">' if older else "")
        nav = ('<nav class="navigation posts-navigation" aria-label="Posts"><div class="nav-links">'
               + (f'<div class="nav-previous"><a href="{self.url(older)}">Older posts</a></div>' if older else "")
               + (f'<div class="nav-next"><a href="{self.url(newer)}">Newer posts</a></div>' if newer else "")
               + f'<span class="page-numbers">Page {n} of {self.listing_pages}</span></div></nav>')
        cards = "\n".join(self._card(s) for s in items)
        title = f"{SITE_NAME}" + (f" - Page {n} of {self.listing_pages}" if n > 1 else "")
        main = f'<header class="page-header"><h1 class="page-title">Latest articles</h1></header>\n{cards}\n{nav}'
        path = "/" if n == 1 else f"/page/{n}/"
        return self._document(title, main, "home blog" + (" paged" if n > 1 else ""), self.url(path), head)

    def _category(self, category: str) -> str:
        name = category.replace("-", " ").title()
        cards = "\n".join(self._card(s) for s in [s for s in self.newest_first if s.category == category][:PER_PAGE])
        main = (f'<header class="page-header"><h1 class="page-title">Category: <span>{name}</span></h1></header>\n'
                f'{cards}\n<p class="more-in-category">Older {name.lower()} articles are on the '
                f'<a href="{self.url("/")}">home page</a>.</p>')
        return self._document(f"{name} | {SITE_NAME}", main, f"archive category category-{category}",
                              self.url(f"/category/{category}/"), "")

    def _static(self, path: str) -> str:
        title, text = STATIC[path]
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header">'
                f'<h1 class="entry-title">{title}</h1></header><div class="entry-content"><p>{text}</p></div></article>')
        return self._document(f"{title} | {SITE_NAME}", main, f"page page-{slugify(title)}", self.url(path), "")

    def _robots(self) -> str:
        return (f"User-agent: *\nDisallow: {CONTROL}\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def _sitemap(self) -> str:
        rows = [f"<url><loc>{self.url('/')}</loc><lastmod>{self.site_modified.isoformat()}</lastmod></url>"]
        rows += [f"<url><loc>{self.url(self.path(s))}</loc><lastmod>{self.modified(s).isoformat()}</lastmod></url>"
                 for s in self.newest_first]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")

    def _document(self, title: str, main: str, body_class: str, canonical: str, head: str) -> str:
        canonical_tag = f'<link rel="canonical" href="{canonical}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{canonical_tag}{head}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2" media="all">
<link rel="stylesheet" id="riverside-style-css" href="/wp-content/themes/riverside/style.css?ver=1.8.0" media="all">
{GLOBAL_STYLES}
<script id="riverside-js-extra">var riversideSettings = {{"ajaxUrl":"\\/wp-admin\\/admin-ajax.php","nonce":"5f2c9a1b7e","cookieConsent":true}};</script>
</head>
<body class="{body_class} wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div id="page" class="site">
{self._header()}
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
{self._sidebar()}
</div>
{self._footer()}
</div>
{COOKIE_BANNER}
<script src="/wp-content/themes/riverside/js/navigation.js?ver=1.8.0" id="riverside-navigation-js"></script>
</body>
</html>
"""

    def _header(self) -> str:
        menu = "".join(f'<li class="menu-item"><a href="{self.url(f"/category/{c}/")}">{c.replace("-", " ").title()}</a></li>'
                       for c in CATEGORIES)
        return f"""<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="{self.url('/')}" rel="home">{SITE_NAME}</a></p><p class="site-description">Plain-language health, checked by clinicians</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary menu"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu"><li class="menu-item"><a href="{self.url('/')}">Home</a></li>{menu}
<li class="menu-item"><a href="{self.url('/about/')}">About</a></li></ul></nav></header>"""

    def _sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.path(s))}">{escape(s.title)}</a></li>' for s in self.newest_first[:6])
        cats = "".join(f'<li class="cat-item"><a href="{self.url(f"/category/{c}/")}">{c.replace("-", " ").title()}</a></li>'
                       for c in CATEGORIES)
        tags = " ".join(f'<span class="tag-cloud-link">{t}</span>' for t in TOPICS[:30])
        return f"""<aside id="secondary" class="widget-area" aria-label="Sidebar">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.url('/')}"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cats}</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Topics</h2><div class="tagcloud">{tags}</div></section>
<section class="widget widget_text"><h2 class="widget-title">About this site</h2><p>{SITE_NAME} publishes practical, evidence-based articles written by health journalists and reviewed by clinicians. Nothing here replaces advice from your own doctor.</p></section>
</aside>"""

    def _footer(self) -> str:
        return f"""<footer id="colophon" class="site-footer"><nav class="footer-navigation" aria-label="Footer menu"><ul class="footer-menu">
<li><a href="{self.url('/about/')}">About Us</a></li><li><a href="{self.url('/contact/')}">Contact</a></li>
<li><a href="{self.url('/privacy-policy/')}">Privacy Policy</a></li><li><a href="{self.url('/sitemap.xml')}">Sitemap</a></li></ul></nav>
<div class="site-info"><p>The content on this site is for general information and is not a substitute for professional medical advice.</p>
<p>&copy; 2025 {SITE_NAME}. All rights reserved. Proudly powered by WordPress.</p></div></footer>"""


STATIC = {
    "/about/": ("About Us", "We are a small team of health journalists and clinicians writing plain-language guides."),
    "/contact/": ("Contact", "Write to the editors at editors@riverside-wellness.example; we read every message."),
    "/privacy-policy/": ("Privacy Policy", "We use essential cookies only, and never sell reader data."),
}
COMMENTERS = ("Janet P.", "Mark", "Sofia R.", "Ahmed", "Linda K.", "Chris B.", "Yuki", "Beatriz", "Tom H.", "Ngozi")
NEWSLETTER_BOX = """<section class="newsletter-box"><h2>Get healthier, one email at a time</h2>
<p>Join 40,000 readers who get our weekly roundup of practical, evidence-based health tips.</p>
<form method="post" action="/newsletter/subscribe/"><input type="email" name="email" placeholder="Email address" required><button type="submit">Sign me up</button></form></section>"""
COMMENT_FORM = """<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p><label for="comment">Comment *</label><textarea id="comment" name="comment" rows="6" required></textarea></p>
<p><label for="author">Name *</label><input id="author" name="author" type="text" required></p>
<p><label for="email">Email *</label><input id="email" name="email" type="email" required></p>
<p><input name="submit" type="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{post}"></p></form></div>"""
COOKIE_BANNER = """<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie consent"><p>We use cookies to understand how our articles are read.</p>
<button type="button" class="cookie-accept">Accept</button> <button type="button" class="cookie-reject">Reject non-essential</button></div>"""
# WordPress inlines its block-theme variables in every page: a few KB of CSS nobody reads.
GLOBAL_STYLES = "<style id=\"global-styles-inline-css\">\nbody{" + "".join(
    f"--wp--preset--color--{name}: #{(i * 2654435761) % 0xFFFFFF:06x};"
    f"--wp--preset--gradient--{name}-to-white: linear-gradient(135deg,#{(i * 40503) % 0xFFFFFF:06x} 0%,#ffffff 100%);"
    f"--wp--preset--font-size--{name}: {12 + i % 30}px;--wp--preset--spacing--{10 * (i + 1)}: {0.44 * (i + 1):.2f}rem;"
    for i, name in enumerate(
        "black cyan-bluish-gray white pale-pink vivid-red luminous-vivid-orange luminous-vivid-amber light-green-cyan "
        "vivid-green-cyan pale-cyan-blue vivid-cyan-blue vivid-purple sage ivory slate coral".split())
) + "}\n" + "".join(
    f".has-{name}-color{{color: var(--wp--preset--color--{name}) !important;}}"
    f".has-{name}-background-color{{background-color: var(--wp--preset--color--{name}) !important;}}"
    f".has-{name}-border-color{{border-color: var(--wp--preset--color--{name}) !important;}}\n"
    for name in "black cyan-bluish-gray white pale-pink vivid-red vivid-green-cyan pale-cyan-blue vivid-purple".split()
) + "</style>"


# -- the server ------------------------------------------------------------------------------


class GeneratedServer(LoopbackServer):
    """Serve a GeneratedSite on loopback in a background thread, counting requests and bytes;
    a ``with`` block starts it."""

    def __init__(self, articles: int = 3000, seed: int = 0, host: str = "127.0.0.1", port: int = 0):
        super().__init__(_Handler, "generated", host, port)
        self.site = GeneratedSite(articles, seed, self.base_url)
        self.reset()

    def __enter__(self) -> "GeneratedServer":
        return self.start()

    def reset(self) -> None:
        with self._lock:
            self.counts = {"requests": 0, "bytes": 0, "status": {}, "kind": {}, "first": None, "last": None}

    def count(self, page: Page, status: int, sent: int) -> None:
        now = time.monotonic()
        with self._lock:
            c = self.counts
            c["requests"] += 1
            c["bytes"] += sent
            c["status"][str(status)] = c["status"].get(str(status), 0) + 1
            c["kind"][page.kind] = c["kind"].get(page.kind, 0) + 1
            c["first"] = c["first"] or now
            c["last"] = now

    def stats(self) -> dict:
        """Requests and body bytes served since the last reset, their time span, and this process's CPU."""
        usage = resource.getrusage(resource.RUSAGE_SELF)
        with self._lock:
            c = dict(self.counts, status=dict(self.counts["status"]), kind=dict(self.counts["kind"]))
        span = (c["last"] - c["first"]) if c["first"] else 0.0
        del c["first"], c["last"]
        return {**c, "span_s": round(span, 3), "cpu_user_s": usage.ru_utime, "cpu_sys_s": usage.ru_stime}


class _Handler(Handler):
    """Requests are counted (/__control/stats), not logged: thousands a second."""
    owner: GeneratedServer
    server_version = "RiversidePress/1.0"
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms Nagle stalls
    timeout = 60

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        state = self.owner
        if parts.path == CONTROL + "reset":
            state.reset()
            self._json({"ok": True})
        elif parts.path == CONTROL + "change":
            site = state.site
            slugs = (query["slugs"].split(",") if query.get("slugs")
                     else site.choose(float(query.get("fraction", "0.05")), int(query.get("seed", "1"))))
            unknown = [s for s in slugs if s not in site.by_slug]
            if unknown:
                self._json({"error": f"unknown slugs: {', '.join(unknown)}"}, 400)
                return
            urls = site.change(slugs)
            site.render_all()  # re-render now, so the next crawl does not pay for it
            self._json({"changed": urls})
        else:
            self._json({"error": "not found"}, 404)

    def _serve(self, send_body: bool) -> None:
        if self.path.startswith(CONTROL):
            if self.path.startswith(CONTROL + "stats"):
                self._json(self.owner.stats())
            else:
                self._json({"error": "use POST"}, 405)
            return
        page = self.owner.site.resolve(self.path)
        conditional = page.not_modified(self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
        status = 304 if conditional else page.status
        headers = [("ETag", page.etag), ("Last-Modified", page.last_modified_http), ("Cache-Control", "max-age=600")]
        if status != 304:
            headers += [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))]
        sent = len(page.body) if send_body and status != 304 else 0
        self.respond(status, headers, page.body, bool(sent))
        self.owner.count(page, status, sent)

    def _json(self, data: dict, status: int = 200) -> None:
        body = json.dumps(data).encode()
        self.respond(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))], body)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a generated health blog of N articles on loopback.")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    add_address_arguments(parser)
    parser.add_argument("--change-fraction", type=float, default=0.0, help="serve this share of articles edited")
    parser.add_argument("--change-seed", type=int, default=1)
    args = parser.parse_args(argv)
    server = GeneratedServer(args.articles, args.seed, args.host, args.port)
    if args.change_fraction:
        urls = server.site.change(server.site.choose(args.change_fraction, args.change_seed))
        print(f"changed {len(urls)} articles", file=sys.stderr, flush=True)
    started = time.monotonic()
    server.site.render_all()
    print(f"rendered {len(server.site.paths())} pages in {time.monotonic() - started:.1f}s", file=sys.stderr,
          flush=True)
    serve_until_killed(server.start())


if __name__ == "__main__":
    main()
