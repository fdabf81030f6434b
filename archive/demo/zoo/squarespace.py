"""squarespace (held out): a Squarespace 7.1 site whose blog ("Journal") is one collection,
modelled on rendered 7.1 pages: ``article.entry.h-entry.hentry``, ``h1.entry-title.p-name``,
``div.blog-item-content.e-content`` holding a LayoutEngine grid of ``sqs-block`` divs, each with
a ``data-block-type`` and a random ``block-yui_...`` id (2 text, 32 video, 5 image, 55 summary,
51 newsletter, 69 accordion). A video block holds no iframe: the player is entity-encoded in the
``data-html`` attribute of ``div.sqs-video-wrapper``. Titles read "Post — Site"; dates show as
"3/5/24"; the one structured author is the post's first (a co-written post names both in its
first text block); references sit in a collapsed accordion; a per-post summary block "You may
also like" is the article's own, the footer's "From the journal" summary and the newsletter
block are on every page. Listings are query URLs on one path: ``/journal?offset=<ms>``,
``?category=``, ``?tag=``, ``?author=<id>``; there is an "Older / Newer" item pagination.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from dataclasses import replace
from urllib.parse import quote_plus

from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, later

REFERENCES = (
    "Lopez A, et al. Protein timing and muscle protein synthesis in older adults. *Clin Nutr*. 2021. "
    "[https://doi.org/10.1016/j.clnu.2021.02.017](https://doi.org/10.1016/j.clnu.2021.02.017)",
    "Harvard T.H. Chan School of Public Health. [The Nutrition Source: fiber]"
    "(https://www.hsph.harvard.edu/nutritionsource/carbohydrates/fiber/)",
    "Park J, Greene D. Magnesium intake and sleep quality. *Nutrients*. 2022. "
    "[PubMed](https://pubmed.ncbi.nlm.nih.gov/35565805/)",
    "Office of Dietary Supplements. [Vitamin D fact sheet for health professionals]"
    "(https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/)",
)


def block_id(*parts) -> str:
    return "block-yui_3_17_2_1_" + hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:13]


def item_id(*parts) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:24]


class Squarespace(ZooSite):
    family = "squarespace"
    site_name = "Bloom Functional Nutrition"
    declared_language = "en-US"
    ignore_query = False
    per_page = 9
    plan = Plan(seed="squarespace", count=32, languages=("en", "es"), authors=3, co_authors=0.2, tz_hours=-5,
                related=(0, 1, 2, 3, 3))

    def dress(self, entry: Entry) -> Entry:
        if entry.story.kind != "article" or entry.story.language != "en" or entry.post_id % 2:
            return entry
        blocks = [b for b in entry.story.blocks if b.kind != "refs"]
        rng = random.Random(f"squarespace:refs:{entry.story.key}")
        blocks.append(Block("refs", "Sources", tuple(rng.sample(REFERENCES, rng.randint(2, 3)))))
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)))

    def post_path(self, entry: Entry) -> str:
        return f"/journal/{entry.slug}"

    def offset_path(self, base: str, items: list[Entry], n: int) -> str:
        if n == 1:
            return base
        millis = int(items[(n - 1) * self.per_page - 1].published.timestamp() * 1000)
        return f"{base}{'&' if '?' in base else '?'}offset={millis}"

    def home_path(self, n: int = 1) -> str:
        return "/journal" if n == 1 else self.offset_path("/journal", self.newest, n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.offset_path(f"/journal?category={quote_plus(name)}", self.groups("categories")[name], n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.offset_path(f"/journal?tag={quote_plus(name)}", self.groups("tags")[name], n)

    def author_path(self, person, n: int = 1) -> str:
        return self.offset_path(f"/journal?author={item_id('author', person.name)}", self.by_author()[person], n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add("/", "page", self.welcome)
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (k, _) in self.routes.items() if k in ("article", "page") or p == "/journal"]), "application/xml")
        self.add("/journal?format=rss", "other", lambda: self.rss(self.site_name, "/journal", self.newest),
                 "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /config\nDisallow: /search\nDisallow: /account$\nDisallow: /api/\n"
                "Disallow: /static/\nDisallow: /*?author=*\nDisallow: /*&author=*\nDisallow: /*?tag=*\n"
                "Disallow: /*&tag=*\nDisallow: /*?month=*\nDisallow: /*&month=*\nDisallow: /*?view=*\n"
                "Disallow: /*&view=*\nDisallow: /*?format=json\nDisallow: /*&format=json\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- blocks ---------------------------------------------------------------------------------------

    def sqs_block(self, kind: str, type_id: int, content: str, *key, extra: str = "") -> str:
        return (f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="{type_id}"{extra} '
                f'id="{block_id(*key)}"><div class="sqs-block-content">{content}</div></div>')

    def body_html(self, entry: Entry) -> str:
        """Runs of text blocks share one html block; a figure, video or accordion starts its own."""
        out, run = [], []

        def flush():
            if run:
                out.append(self.sqs_block("html", 2, f'<div class="sqs-html-content">{"".join(run)}</div>',
                                          entry.slug, len(out)))
                run.clear()

        if len(entry.authors) > 1:
            names = " and ".join(p.display for p in entry.authors)
            run.append(f'<p class="" style="white-space:pre-wrap;"><em>By {self.e(names)}</em></p>')
        for block in entry.story.blocks:
            if block.kind in ("figure", "video", "refs"):
                flush()
                out.append(self.block_html(block, entry))
            else:
                run.append(self.block_html(block, entry))
        flush()
        return "\n".join(out)

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p":
            return f'<p class="" style="white-space:pre-wrap;">{self.inline(block.text)}</p>'
        if block.kind == "figure":
            src = html.escape(block.text)
            return self.sqs_block("image", 5, f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline">'
                                  f'<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">'
                                  f'<img data-src="{src}" data-image="{src}" data-image-dimensions="1500x1000" '
                                  f'alt="{html.escape(block.items[0])}" src="{src}?format=1000w"></div></figure></div>',
                                  entry.slug, block.text)
        if block.kind == "refs":
            items = "".join(f'<p class="" style="white-space:pre-wrap;">{self.inline(i)}</p>' for i in block.items)
            content = (f'<ul class="accordion-items-container" data-should-allow-multiple-open-items="">'
                       f'<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
                       f'<button class="accordion-item__click-target" aria-expanded="false" aria-controls="acc-{entry.post_id}">'
                       f'<span class="accordion-item__title">{self.e(block.text)}</span><div class="accordion-icon-container" '
                       f'aria-hidden="true"><div class="plus"></div></div></button></h4>'
                       f'<div class="accordion-item__dropdown" role="region" id="acc-{entry.post_id}" aria-hidden="true" '
                       f'style="max-height:0;overflow:hidden"><div class="accordion-item__description">{items}</div></div>'
                       "</li></ul>")
            return self.sqs_block("accordion", 69, content, entry.slug, "refs")
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "YouTube" if "youtube" in src else "Vimeo"
        player = (f'<iframe src="{src}?wmode=opaque&enablejsapi=1" height="480" width="854" scrolling="no" '
                  f'frameborder="0" allow="autoplay; fullscreen" allowfullscreen></iframe>')
        data = {"layout": "caption-hidden", "overlay": True, "description": {"html": ""}, "hSize": None,
                "floatDir": None, "html": player, "url": src.replace("/embed/", "/watch?v=") if provider == "YouTube"
                else src.replace("player.vimeo.com/video/", "vimeo.com/"), "providerName": provider}
        return self.sqs_block(
            "video", 32, f'<div class="intrinsic" style="max-width:100%"><div class="embed-block-wrapper " '
            f'style="padding-bottom:56.25%;"><div class="sqs-video-wrapper" data-provider-name="{provider}" '
            f'data-html="{html.escape(player)}"></div></div></div>', entry.slug, src,
            extra=f' data-block-json="{html.escape(json.dumps(data))}"')

    def summary(self, heading: str, items: list[Entry], key: str) -> str:
        cards = "".join(
            f'<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide">'
            f'<div class="summary-thumbnail-outer-container"><a href="{self.url(self.post_path(o))}" '
            f'class="summary-thumbnail-container sqs-gallery-image-container"><div class="summary-thumbnail img-wrapper">'
            f'<img data-src="https://images.squarespace-cdn.com/content/v1/{item_id(o.slug)}/{o.slug}.jpg" alt="{self.e(o.title)}">'
            f'</div></a></div><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container '
            f'summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary">'
            f'<span class="summary-metadata-item summary-metadata-item--cats"><a href="{self.url(self.category_path(o.categories[0]))}">'
            f'{self.e(o.categories[0])}</a></span></div></div><div class="summary-title"><a href="{self.url(self.post_path(o))}" '
            f'class="summary-title-link">{self.e(o.title)}</a></div><div class="summary-excerpt"><p>{self.e(self.teaser(o, 16))}</p>'
            f'</div><div class="summary-read-more-link"><a href="{self.url(self.post_path(o))}">Read More &rarr;</a></div></div></div>'
            for o in items)
        content = (f'<div class="summary-block-wrapper summary-block-collection-type-blog-basic summary-block-setting-text-size-small">'
                   f'<div class="summary-block-header"><h3 class="summary-heading"><span>{self.e(heading)}</span></h3></div>'
                   f'<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{cards}'
                   "</div></div></div>")
        return self.sqs_block("summary-v2", 55, content, key, heading)

    def newsletter(self, key: str) -> str:
        return self.sqs_block("newsletter", 51, '<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">'
                              '<form class="newsletter-form" action="/api/newsletter" method="post"><header class="newsletter-form-header">'
                              '<h2>Join the Bloom list</h2><div class="newsletter-form-header-description"><p>One short email a '
                              "week: a recipe, a myth busted and what we are reading.</p></div></header><input type=\"email\" "
                              'name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">'
                              "Sign Up</button></form></div>", key, "newsletter")

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        nav = "".join(f'<div class="header-nav-item header-nav-item--collection"><a href="{self.url(p)}" data-animation-role="header-element">{t}</a></div>'
                      for p, t in (("/journal", "Journal"), ("/start-here", "Start Here"), ("/about", "About"), ("/contact", "Contact")))
        site_ld = {"url": self.url("/"), "name": self.site_name, "@context": "http://schema.org", "@type": "WebSite"}
        org_ld = {"legalName": self.site_name, "address": "12 Orchard Lane\nPortland, OR, 97214\nUnited States",
                  "email": "hello@bloom.example", "sameAs": [], "@context": "http://schema.org", "@type": "Organization"}
        return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>{self.e(title)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/favicon.ico"/>
<meta property="og:site_name" content="{self.site_name}"/>
{head}<script type="application/ld+json">{json.dumps(site_ld)}</script><script type="application/ld+json">{json.dumps(org_ld)}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/65f0c1/14/5c5a519771c10ba3470d8101/site.css"/>
</head>
<body id="collection-{item_id('collection', body_class)}" class="{body_class} tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-delimiter-bullet primary-button-style-solid header-width-full">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner container--fluid">
<div class="header-title"><div class="header-title-text"><a href="{self.url('/')}" data-animation-role="header-element">{self.site_name}</a></div></div>
<nav class="header-nav"><div class="header-nav-wrapper"><div class="header-nav-list">{nav}</div></div></nav>
<div class="header-actions"><a href="{self.url('/book')}" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Book a consult</a></div>
</div></header>
<main id="page" class="container" role="main">
{main}
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-footer"><div class="row sqs-row"><div class="col sqs-col-8 span-8">
{self.summary("From the journal", self.newest[:3], "footer")}
</div><div class="col sqs-col-4 span-4">{self.sqs_block("html", 2, f'<div class="sqs-html-content"><p class="sqsrte-small">&copy; 2025 {self.site_name}. Content is educational and does not replace care from your own clinician.</p><p class="sqsrte-small"><a href="{self.url("/privacy-policy")}">Privacy</a></p></div>', "footer-text")}</div></div></div></div></div></section>
</footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>"""

    # -- articles -------------------------------------------------------------------------------------

    def head(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        stamp = entry.published.strftime("%Y-%m-%dT%H:%M:%S%z")
        modified = later(entry.published, f"squarespace:{entry.slug}").strftime("%Y-%m-%dT%H:%M:%S%z")
        ld = {"url": url, "name": entry.title, "datePublished": stamp, "dateModified": modified,
              "headline": entry.title, "author": entry.authors[0].name,
              "publisher": {"name": self.site_name, "@context": "http://schema.org", "@type": "Organization"},
              "@context": "http://schema.org", "@type": "Article"}
        full = f"{entry.title} — {self.site_name}"
        return (f'<link rel="canonical" href="{url}"/>\n<meta property="og:title" content="{self.e(full)}"/>\n'
                f'<meta property="og:url" content="{url}"/>\n<meta property="og:type" content="article"/>\n'
                f'<meta property="og:description" content="{self.e(self.teaser(entry, 30))}"/>\n'
                f'<meta itemprop="name" content="{self.e(full)}"/>\n<meta itemprop="url" content="{url}"/>\n'
                f'<meta itemprop="author" content="{self.e(entry.authors[0].name)}"/>\n'
                f'<meta itemprop="datePublished" content="{stamp}"/>\n<meta itemprop="headline" content="{self.e(entry.title)}"/>\n'
                f'<meta itemprop="publisher" content="{self.site_name}"/>\n<meta name="twitter:title" content="{self.e(full)}"/>\n'
                f'<meta name="description" content="{self.e(self.teaser(entry, 30))}" />\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')

    def item_pagination(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        links = []
        if older is not None:
            links.append(f'<a href="{self.url(self.post_path(older))}" class="item-pagination-link item-pagination-link--prev">'
                         f'<div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"><path d="M19.4,1.3L4.2,24l15.2,22.7"/></svg></div>'
                         f'<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Older Post</div>'
                         f'<h2 class="item-pagination-title">{self.e(older.title)}</h2></div></a>')
        if newer is not None:
            links.append(f'<a href="{self.url(self.post_path(newer))}" class="item-pagination-link item-pagination-link--next">'
                         f'<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Newer Post</div>'
                         f'<h2 class="item-pagination-title">{self.e(newer.title)}</h2></div></a>')
        return (f'<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic" '
                f'aria-label="Older and newer posts">{"".join(links)}</section>')

    def render_article(self, entry: Entry) -> str:
        author = entry.authors[0]
        classes = " ".join([f"author-{slugify(author.name)}", f"post-type-{'video' if entry.story.kind == 'video' else 'text'}",
                            *(f"category-{slugify(c)}" for c in entry.categories), *(f"tag-{slugify(t)}" for t in entry.tags)])
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" class="blog-categories">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" class="blog-item-tag">{self.e(t)}</a>' for t in entry.tags)
        related = self.related(entry)
        own = self.summary("You may also like", related, entry.slug) if related else ""
        when = entry.published
        main = f"""<article class="sections" id="sections" data-page-sections="{item_id('sections', entry.slug)}">
<section data-test="page-section" class="page-section collection-type-blog-basic" data-section-theme="white"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry {classes}" id="article-{item_id(entry.slug)}" data-item-id="{item_id(entry.slug)}">
<div class="blog-item-wrapper">
<div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-categories-list">{cats}</span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align:center;">{self.e(entry.title)}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-section"><span class="blog-author-date-list"><a href="{self.url(self.author_path(author))}" class="blog-author"><span class="blog-author-name">{self.e(author.name)}</span></a><span class="blog-meta-delimiter"></span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="{when:%Y-%m-%d}">{when.month}/{when.day}/{when:%y}</time></span></div></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{int(when.timestamp() * 1000)}" id="item-{item_id(entry.slug)}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{self.body_html(entry)}
{own}
{self.newsletter(entry.slug)}
</div></div></div>
</div></div>
<div class="blog-item-tag-wrapper"><div class="blog-meta-section"><span class="blog-tags-list">{tags}</span></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-{item_id(entry.slug)}"><div class="comment-count">0 Comments</div></div></div>
</div>
</article>
{self.item_pagination(entry)}
</div></div></div></section></article>"""
        return self.document(f"{entry.title} — {self.site_name}", "collection-type-blog-basic view-item", main, self.head(entry))

    # -- listings and pages ---------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(
            f'<article class="blog-basic-grid--container entry blog-item is-loaded"><div><a href="{self.url(self.post_path(e))}" '
            f'class="image-wrapper" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/'
            f'{item_id(e.slug)}/{e.slug}.jpg" alt="{self.e(e.title)}"></a></div><div class="blog-basic-grid--text">'
            f'<div class="blog-meta-section"><span class="blog-categories-list"><a href="{self.url(self.category_path(e.categories[0]))}" '
            f'class="blog-categories">{self.e(e.categories[0])}</a></span></div><h1 class="blog-title"><a href="{self.url(self.post_path(e))}" '
            f'data-no-animation>{self.e(e.title)}</a></h1><div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p class="" '
            f'style="white-space:pre-wrap;">{self.e(self.teaser(e, 30))}</p></div></div><a class="blog-more-link" '
            f'href="{self.url(self.post_path(e))}">Read More</a></div></article>' for e in items)
        older = (f'<nav class="blog-list-pagination"><div class="older"><a href="{self.url(path_of(n + 1))}" rel="next">'
                 f'<span class="next-label">Older Posts</span></a></div></nav>' if n < pages else "")
        heading = "" if path_of(1) == "/journal" else f'<div class="blog-list-filter"><h1>{self.e(title)}</h1></div>'
        main = (f'<section class="page-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">'
                f'{heading}<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">{cards}</div>'
                f"{older}</div></div></section>")
        label = "Journal" if path_of(1) == "/journal" else f"Journal — {title}"
        return self.document(f"{label} — {self.site_name}", "collection-type-blog-basic view-list", main,
                             f'<meta property="og:type" content="website"/>\n<link rel="canonical" href="{self.url(path_of(n))}"/>\n')

    def welcome(self) -> str:
        text = self.sqs_block("html", 2, '<div class="sqs-html-content"><h1 style="text-align:center;">Eat well, without the noise</h1>'
                              '<p class="" style="text-align:center;white-space:pre-wrap;">Functional nutrition consults for '
                              "busy families, online and in Portland.</p></div>", "home")
        main = (f'<article class="sections"><section class="page-section"><div class="content-wrapper"><div class="content">'
                f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">'
                f'<div class="col sqs-col-12 span-12">{text}{self.summary("Latest from the journal", self.newest[:6], "home")}'
                "</div></div></div></div></div></section></article>")
        return self.document(self.site_name, "collection-type-page view-page homepage", main,
                             '<meta property="og:type" content="website"/>\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f'<p class="" style="white-space:pre-wrap;">{self.e(p)}</p>' for p in paragraphs)
        text = self.sqs_block("html", 2, f'<div class="sqs-html-content"><h1>{self.e(title)}</h1>{body}</div>', slug)
        main = (f'<article class="sections"><section class="page-section"><div class="content-wrapper"><div class="content">'
                f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">'
                f'<div class="col sqs-col-12 span-12">{text}</div></div></div></div></div></section></article>')
        return self.document(f"{title} — {self.site_name}", "collection-type-page view-page", main,
                             f'<meta property="og:title" content="{self.e(title)} — {self.site_name}"/>\n<meta property="og:type" content="website"/>\n')
