"""newsroom (held out): the health desk of a large news publisher. An article page carries a
NewsArticle JSON-LD naming every author (with ``honorificSuffix`` credentials), a byline "By A, B
and C, Metro Ledger", a timestamp that shows only "Updated ..." (the later date) on most
articles, a mid-body "Related article" card (the first of the article's own related links; the
others follow the body), a metered paywall box and a newsletter promo inside the body column,
collapsed sources (``hidden``), videos as lazy iframes (``data-src``, ``src="about:blank"``),
an author box with a bio for each author, a site-wide "More from Health" strip and "Trending"
rail, and then, for infinite scroll, the next article appended below the page with its own h1,
byline and first paragraphs. URLs read ``/YYYY/MM/DD/health/<slug>/index.html``; sections,
topics and profiles are listings; Spanish articles say ``<html lang="es">``.

Trap: every listing ends with a "Load more" link to ``?page=N+1``, also past the last page, where
an empty page links the next one, forever.
"""
from __future__ import annotations

import json
import random
from dataclasses import replace
from functools import partial
from urllib.parse import parse_qs, urlsplit

from .posts import Block, Entry, Plan, slugify
from .site import Response, ZooSite, later

REFERENCES = (
    "Singh P, et al. Ultra-processed food intake and incident depression. *JAMA Netw Open*. 2023. "
    "[doi:10.1001/jamanetworkopen.2023.34770](https://doi.org/10.1001/jamanetworkopen.2023.34770)",
    "Reyes C, Ahn H. Daily step counts and mortality in adults. *Lancet Public Health*. 2022. "
    "[PMID 35247352](https://pubmed.ncbi.nlm.nih.gov/35247352/)",
    "U.S. Food and Drug Administration. [Press release on the new guidance](https://www.fda.gov/news-events/press-announcements)",
    "Morgan E, et al. Heat waves and emergency visits among older adults. *Environ Health Perspect*. 2021. "
    "[doi:10.1289/EHP8751](https://doi.org/10.1289/EHP8751)",
    "World Health Organization. [Fact sheet](https://www.who.int/news-room/fact-sheets)",
)
BIOS = ("covers medicine and public health for Metro Ledger.", "writes about food, nutrition and the science behind "
        "diet trends.", "reports on fitness, ageing and sleep research.", "is a senior health editor based in Chicago.")


class Newsroom(ZooSite):
    family = "newsroom"
    site_name = "Metro Ledger"
    declared_language = "en"
    ignore_query = False
    per_page = 8
    plan = Plan(seed="newsroom", count=38, languages=("en", "es"), authors=6, co_authors=0.45, reviewed=0.25,
                tz_hours=-5, related=(1, 1, 2, 3, 3))
    trap_patterns = (r"^/[a-z0-9/-]*\?page=\d+$",)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.listings: dict[str, tuple[str, list[Entry], object]] = {}   # first page -> (title, items, path_of)
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        if entry.story.kind != "article" or any(b.kind == "refs" for b in entry.story.blocks):
            return entry
        rng = random.Random(f"newsroom:refs:{entry.story.key}")
        blocks = (*entry.story.blocks, Block("refs", "Sources", tuple(rng.sample(REFERENCES, rng.randint(2, 3)))))
        return replace(entry, story=replace(entry.story, blocks=blocks))

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.published:%Y/%m/%d}/health/{entry.slug}/index.html"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/health/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/topics/{slugify(name)}", n)

    def author_path(self, person, n: int = 1) -> str:
        return self.paged(f"/profiles/{slugify(person.name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        self.listings[path_of(1)] = (title, items, path_of)
        super().add_listing(title, items, path_of)

    def extra_routes(self) -> None:
        months = sorted({e.published.strftime("%Y-%m") for e in self.entries})
        self.add("/sitemaps/index.xml", "other", lambda: self.sitemap_index(
            [f"/sitemaps/article-{m}.xml" for m in months] + ["/sitemaps/pages.xml"]), "application/xml")
        for month in months:
            self.add(f"/sitemaps/article-{month}.xml", "other", partial(self.sitemap, [
                self.post_path(e) for e in self.entries if e.published.strftime("%Y-%m") == month]), "application/xml")
        self.add("/sitemaps/pages.xml", "other", lambda: self.sitemap(self.paths_of("page")), "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /search\nDisallow: /api/\nDisallow: /subscribe\nDisallow: /login\n\n"
                f"Sitemap: {self.url('/sitemaps/index.xml')}\n")

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        page = query.get("page", [""])[0]
        if parts.path not in self.listings or set(query) != {"page"} or not page.isdigit() or int(page) < 2:
            return None
        title, items, path_of = self.listings[parts.path]
        body = self.render_listing(title, [], int(page), int(page), path_of)
        return Response(200, self.html_type, self.encode(body))

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", lang: str = "en", rail: bool = True) -> str:
        sections = "".join(f'<li class="header__nav-item"><a class="header__nav-item-link" href="{self.url(self.category_path(c))}">'
                           f"{self.e(c)}</a></li>" for c in sorted(self.groups("categories"))[:7])
        trending = "".join(f'<li class="trending__item"><a href="{self.url(self.post_path(e))}"><span class="trending__rank">{i + 1}</span>'
                           f'<span class="trending__title">{self.e(e.title)}</span></a></li>' for i, e in enumerate(self.popular()))
        aside = (f'<aside class="layout-with-rail__rail"><section class="trending" data-component="trending"><h2 class="trending__title">'
                 f'Trending</h2><ol class="trending__list">{trending}</ol></section><div class="ad-slot ad-slot--rail" '
                 f'data-ad-position="rail-1"><span class="ad-slot__label">Advertisement</span></div></aside>' if rail else "")
        return f"""<!DOCTYPE html>
<html lang="{lang}" data-layout-uri="metroledger.com/_layouts/layout-with-rail/instances/article@published">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">
<title>{self.e(title)}</title>
<meta property="og:site_name" content="{self.site_name}">
<meta name="twitter:site" content="@metroledger">
{head}<link rel="stylesheet" href="{self.url('/static/css/site.8d2e1f.css')}">
</head>
<body class="layout layout-with-rail">
<header class="header" data-component="header"><div class="header__wrapper"><a class="brand-logo" href="{self.url('/')}" aria-label="{self.site_name} home">{self.site_name}</a>
<nav class="header__nav" aria-label="Sections"><ul class="header__nav-list"><li class="header__nav-item"><a class="header__nav-item-link" href="{self.url('/')}">Health</a></li>{sections}</ul></nav>
<div class="header__actions"><a class="header__subscribe" href="{self.url('/subscribe?ref=header')}">Subscribe</a> <a class="header__login" href="{self.url('/login')}">Sign in</a></div></div></header>
<div class="layout__content-wrapper"><section class="layout__wrapper layout-with-rail__wrapper">
<section class="layout__main layout-with-rail__main" data-editable="main">
{main}
</section>
{aside}
</section></div>
<footer class="footer" data-component="footer"><div class="footer__links"><a href="{self.url(self.page_path('about'))}">About us</a> <a href="{self.url(self.page_path('contact'))}">Contact</a> <a href="{self.url(self.page_path('privacy-policy'))}">Privacy policy</a> <a href="{self.url(self.page_path('start-here'))}">Newsletters</a></div>
<p class="footer__copyright">&copy; 2025 Metro Ledger Media. All Rights Reserved.</p></footer>
</body>
</html>"""

    # -- articles -------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="video-resource" data-component="video"><div class="video-resource__wrapper">'
                f'<iframe class="lazyload" data-src="{src}?rel=0&amp;enablejsapi=1" src="about:blank" '
                f'title="{self.e(entry.title)}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div></div>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<section class="article-sources"><button class="article-sources__toggle" aria-expanded="false" '
                f'aria-controls="sources">{self.e(block.text)}</button><div id="sources" class="article-sources__list" hidden>'
                f"<ol>{items}</ol></div></section>")

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p":
            return f'<p class="paragraph inline-placeholder">{self.inline(block.text)}</p>'
        if block.kind in ("h2", "h3"):
            return f'<h2 class="subheader">{self.inline(block.text)}</h2>'
        return super().block_html(block, entry)

    def body_html(self, entry: Entry) -> str:
        related = self.related(entry)
        out, paragraphs = [], 0
        for block in entry.story.blocks:
            out.append(self.block_html(block, entry))
            paragraphs += block.kind == "p"
            if block.kind == "p" and paragraphs == 2 and related:
                o = related[0]
                out.append(f'<div class="related-content related-content--article" data-component="related-content">'
                           f'<span class="related-content__label">Related article</span><a class="related-content__headline" '
                           f'href="{self.url(self.post_path(o))}"><span class="related-content__headline-text">{self.e(o.title)}'
                           "</span></a></div>")
            if block.kind == "p" and paragraphs == 3:
                out.append(self.paywall() if entry.post_id % 2 else self.newsletter())
        return "\n".join(out)

    def shown_related(self, entry) -> list:
        """The card shows the first related post after the second paragraph: a post of fewer
        paragraphs (the short and video posts) shows only the list below it."""
        related = self.related(entry)
        if sum(block.kind == "p" for block in entry.story.blocks) < 2:
            return related[1:]
        return related

    def paywall(self) -> str:
        return (f'<div class="paywall-inline" data-component="paywall"><p class="paywall-inline__count">You have 2 free '
                'articles left this month.</p><h3 class="paywall-inline__title">Keep reading for just $1 a week</h3>'
                '<p>Unlimited access to reporting you can trust. Cancel anytime.</p>'
                f'<a class="paywall-inline__cta" href="{self.url("/subscribe?ref=inline")}">Subscribe now</a> '
                f'<a class="paywall-inline__login" href="{self.url("/login")}">Already a subscriber? Sign in</a></div>')

    def newsletter(self) -> str:
        return ('<div class="newsletter-inline" data-component="newsletter-signup"><p class="newsletter-inline__title">'
                "Sign up for our Healthy Habits newsletter</p><p>Get the week's best health reporting in your inbox "
                f'every Friday.</p><a href="{self.url("/newsletters/healthy-habits")}">Sign up</a></div>')

    def byline(self, entry: Entry) -> str:
        links = [f'<a class="byline__link" href="{self.url(self.author_path(p))}"><span class="byline__name">{self.e(p.name)}</span></a>'
                 for p in entry.authors]
        names = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
        return f'<div class="byline__names">By {names}, {self.site_name}</div>'

    def stamp(self, moment) -> str:
        return f"{moment:%I:%M %p}".lstrip("0") + f" EST, {moment:%a} {moment:%B} {moment.day}, {moment.year}"

    def author_box(self, entry: Entry) -> str:
        boxes = "".join(
            f'<div class="author-box"><a href="{self.url(self.author_path(p))}"><img class="author-box__image" '
            f'src="{self.url(f"/static/people/{slugify(p.name)}.jpg")}" alt="{self.e(p.name)}"></a><div class="author-box__text">'
            f'<a class="author-box__name" href="{self.url(self.author_path(p))}">{self.e(p.name)}</a>'
            f'<p class="author-box__bio">{self.e(p.display)} {BIOS[(i + entry.post_id) % len(BIOS)]} Follow on X '
            f'@{slugify(p.name).replace("-", "")}.</p><a class="author-box__more" href="{self.url(self.author_path(p))}">'
            f"More from {self.e(p.name)}</a></div></div>" for i, p in enumerate(entry.authors))
        return f'<section class="author-boxes" data-component="author-box">{boxes}</section>'

    def next_article(self, entry: Entry) -> str:
        i = self.newest.index(entry)
        o = self.newest[i + 1] if i + 1 < len(self.newest) else self.newest[0]
        paras = "".join(f'<p class="paragraph inline-placeholder">{self.inline(b.text)}</p>'
                        for b in [b for b in o.story.blocks if b.kind == "p"][:3])
        return (f'<div class="next-article" data-component="infinite-scroll" data-next-uri="{self.url(self.post_path(o))}">'
                f'<div class="next-article__label">Up next</div><article class="article article--next" data-uri="{self.url(self.post_path(o))}">'
                f'<div class="headline"><h1 class="headline__text">{self.e(o.title)}</h1><div class="headline__footer">'
                f'{self.byline(o)}<div class="timestamp">Published {self.stamp(o.published)}</div></div></div>'
                f'<div class="article__content">{paras}</div><a class="next-article__continue" href="{self.url(self.post_path(o))}">'
                "Continue reading</a></article></div>")

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        updated = later(entry.published, f"newsroom:{entry.slug}", 1, 30) if entry.post_id % 3 else None
        section = entry.categories[0]
        related = self.related(entry)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title, "url": url,
              "mainEntityOfPage": url, "description": self.teaser(entry, 30),
              "datePublished": entry.published.isoformat(), "dateModified": (updated or entry.published).isoformat(),
              "author": [{"@type": "Person", "name": p.name, "url": self.url(self.author_path(p)),
                          **({"honorificSuffix": ", ".join(p.credentials)} if p.credentials else {})}
                         for p in entry.authors],
              "publisher": {"@type": "NewsMediaOrganization", "name": self.site_name,
                            "logo": {"@type": "ImageObject", "url": self.url("/static/logo.png")}},
              "articleSection": section, "keywords": list(entry.tags), "inLanguage": entry.story.language,
              "isAccessibleForFree": False,
              "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content"}}
        head = (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(self.teaser(entry, 30))}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:section" content="{self.e(section)}">\n<meta name="author" content="'
                f'{self.e(", ".join(p.name for p in entry.authors))}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        when = (f"Updated {self.stamp(updated)}" if updated else f"Published {self.stamp(entry.published)}")
        reviewed = (f'<div class="headline__reviewed">Medically reviewed by {self.e(entry.reviewer.display)}</div>'
                    if entry.reviewer else "")
        more = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in related[1:])
        more = f'<div class="related-list"><h2 class="related-list__title">Related</h2><ul>{more}</ul></div>' if more else ""
        topics = " ".join(f'<a class="article__topic" href="{self.url(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        strip = "".join(f'<li class="card"><a href="{self.url(self.post_path(o))}"><span class="card__headline">{self.e(o.title)}</span></a></li>'
                        for o in [e for e in self.newest if e is not entry][:4])
        main = f"""<article class="article" data-uri="{url}" data-article-id="{entry.post_id}">
<div class="headline headline--has-lowertext">
<div class="breadcrumb"><a href="{self.url('/')}">Health</a> <span>/</span> <a href="{self.url(self.category_path(section))}">{self.e(section)}</a></div>
<h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">{self.e(entry.title)}</h1>
<div class="headline__footer"><div class="byline vossi-byline">{self.byline(entry)}</div>
<div class="timestamp vossi-timestamp">{when}</div>{reviewed}</div>
</div>
<section class="body" data-tabcontent="Content"><div class="article__content-container">
<div class="article__content" data-editable="content" itemprop="articleBody">
{self.body_html(entry)}
</div>
{more}
<div class="article__topics"><span class="article__topics-label">Topics:</span> {topics}</div>
</div>
{self.author_box(entry)}
</section>
</article>
<section class="more-from" data-component="zone"><h2 class="more-from__title">More from Health</h2><ul class="more-from__list">{strip}</ul></section>
{self.next_article(entry)}"""
        return self.document(f"{entry.title} | {self.site_name}", main, head, lang=entry.story.language)

    # -- listings and pages ---------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(f'<li class="container__item"><a class="container__link" href="{self.url(self.post_path(e))}">'
                        f'<span class="container__headline-text">{self.e(e.title)}</span></a><div class="container__date">'
                        f'{e.published:%b} {e.published.day}, {e.published.year}</div></li>' for e in items)
        empty = "" if items else '<p class="container__empty">No more stories.</p>'
        heading = "Health" if path_of(1) == "/" else title
        main = (f'<section class="container" data-component="container"><h1 class="container__title">{self.e(heading)}</h1>'
                f'<ul class="container__list">{cards}</ul>{empty}<a class="container__load-more" href="{self.url(path_of(n + 1))}" '
                'data-load-more="true">Load more</a></section>')
        return self.document(f"{heading} | {self.site_name}" + (f" - Page {n}" if n > 1 else ""), main,
                             '<meta property="og:type" content="website">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f'<p class="paragraph">{self.e(p)}</p>' for p in paragraphs)
        main = f'<div class="basic-page"><h1 class="basic-page__title">{self.e(title)}</h1>{body}</div>'
        return self.document(f"{title} | {self.site_name}", main, '<meta property="og:type" content="website">\n', rail=False)
