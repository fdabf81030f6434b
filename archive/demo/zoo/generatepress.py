"""generatepress (held out, round 10): a registered dietitian's WordPress blog on the GeneratePress
theme with Rank Math SEO, Contextual Related Posts, WP Recipe Maker cards, Rank Math's FAQ and Table
of Contents blocks, Shared Counts buttons, a GenerateBlocks newsletter box and CookieYes.

Modelled on real public markup:

- GeneratePress's own templates (``tomusborne/generatepress``): ``content-single.php``
  (``article#post-ID`` with ``post_class()`` and CreativeWork microdata > ``div.inside-article`` >
  ``header.entry-header`` > ``h1.entry-title`` itemprop headline, ``div.entry-content``
  itemprop text, then the ``generate_after_entry_content`` hook) and ``inc/structure/post-meta.php``
  (``generate_do_post_meta_item``: ``span.posted-on`` holding ``<time class="updated">`` BEFORE
  ``<time class="entry-date published">`` whenever the post was modified more than 30 minutes after
  publishing (the theme's stylesheet hides ``.updated``); ``span.byline`` "by" ``span.author vcard``
  > ``a.url.fn.n`` > ``span.author-name``; the footer ``footer.entry-meta`` with ``span.cat-links`` /
  ``span.tags-links`` (a ``gp-icon`` svg, a ``screen-reader-text`` "Categories"/"Tags" label, the
  term links joined by ", ") and ``nav#nav-below.post-navigation`` with ``div.nav-previous`` /
  ``div.nav-next`` > ``span.prev``/``span.next`` > ``a rel=prev/next`` titled by the post; archives'
  ``paging-navigation`` with ``div.nav-links`` page numbers and "Older posts"/"Newer posts"; the
  "Read more" excerpt link ``a.read-more``), ``inc/structure/sidebars.php`` / saved GeneratePress
  pages (``div.widget-area.sidebar.is-right-sidebar#right-sidebar > div.inside-right-sidebar`` with
  ``aside.widget.inner-padding`` widgets: search form, custom HTML, Recent Posts, Categories) and
  GeneratePress's comments template (``div.comments-area > div#comments``, ``h3.comments-title``
  "N thoughts on “Title”", ``ol.comment-list`` of ``article.comment-body`` Comment microdata with
  ``footer.comment-meta``, ``ul.children`` replies, ``bypostauthor``, ``?replytocom=`` links).
- Contextual Related Posts (``WebberZone/contextual-related-posts``, the output generator's list
  items: ``a.crp_link.post-ID`` > ``figure`` thumbnail + ``span.crp_title``, then
  ``span.crp_excerpt``, the ``div.crp_clear`` after the list) and a post's saved CRP block
  (``<div class="crp_related  "><h3>…</h3><ul><li><a … class="post-776"><span class="crp_title">``),
  appended by the plugin's ``the_content`` filter at the END of ``div.entry-content``.
- Rank Math: its ``@graph`` JSON-LD (``class="rank-math-schema"``; Person ``@id`` = author archive,
  BlogPosting ``#richSnippet`` whose headline is the SEO title "Title - Site", FAQPage from the FAQ
  block, the WPRM Recipe merged into the graph), ``nav.rank-math-breadcrumb``, its FAQ block
  (``div#rank-math-faq.rank-math-block > div.rank-math-list > div.rank-math-list-item >
  h3.rank-math-question + div.rank-math-answer``), its TOC block (``div.wp-block-rank-math-toc-block``
  ``#rank-math-toc`` > ``h2`` "Table of Contents" > ``nav > ul > li > a href="#anchor"``) and its
  sitemap index (``/sitemap_index.xml`` with ``main-sitemap.xsl``; post, page and category sitemaps).
- WP Recipe Maker cards as public scrapers read them (``div#wprm-recipe-container-ID
  .wprm-recipe-container`` > ``h2.wprm-recipe-name``, ``div.wprm-recipe-summary``,
  ``wprm-recipe-ingredient-group`` > ``li.wprm-recipe-ingredient`` with ``-amount``/``-unit``/
  ``-name``/``-notes`` spans, ``wprm-recipe-instruction-group`` > ``li#wprm-recipe-ID-step-0-N`` >
  ``div.wprm-recipe-instruction-text``, the "Jump to Recipe" ``wprm-recipe-jump`` link).

The truth: the title without " - SITE"; the byline's person without the credentials in the
WordPress display name ("Marcus Bell, RD"); the published date (``time.entry-date.published``,
not the hidden ``time.updated`` that precedes it); the post's categories and tags from the footer
meta; Contextual Related Posts' list (inside ``entry-content``) is the Read Also; the body is the
post's text, its FAQ (questions and answers) and, on three posts, the recipe card's name, summary,
"Ingredients"/"Instructions" headings, ingredient lines and steps; NOT the affiliate disclosure
that opens every post, the table of contents, the share buttons, the "Jump to Recipe" link, the
recipe's times and nutrition, CRP's titles and excerpts, the newsletter box, the comments, nor the
sidebar's "About me" widget (which names the blog's owner on every page, guest posts included).
Two posts are in Spanish (the site stays ``lang="en-US"``). Video posts are a block-editor YouTube
or Vimeo embed figure and a sentence or two.

URLs: ``/slug/``, ``/category/x/``, ``/tag/x/``, ``/author/login/`` with ``page/N/``; the home page is
the blog; ``/feed/``; Rank Math's sitemaps; WordPress's robots.txt. No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, body_text, slugify
from .recipes_data import RECIPES, Recipe
from .site import RSS, ZooSite, later, long_date

SITE = "Nourished Table"
TAGLINE = "Evidence-based nutrition and easy recipes from a registered dietitian"
DISCLOSURE = ("This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases, "
              "at no extra cost to you.")
FAQ_POOL = (
    ("How much fiber should I eat a day?",
     "Most adults need 25 to 38 grams a day. Increase it slowly over a few weeks and drink enough water as you do."),
    ("Are frozen vegetables as nutritious as fresh ones?",
     "Yes. They are frozen within hours of picking, so they keep most of their vitamins and are often cheaper."),
    ("Do I need to take a multivitamin?",
     "Most healthy adults with a varied diet do not. Vitamin D in winter and B12 on a vegan diet are the usual exceptions."),
    ("Is it okay to eat late at night?",
     "What and how much you eat matters more than the clock. A light snack with protein is fine if you are hungry."),
    ("How can I eat more protein at breakfast?",
     "Add Greek yogurt, eggs, cottage cheese or a handful of nuts and seeds to what you already eat."),
    ("Should I cut out carbs to lose weight?",
     "No. Whole grains, beans and fruit help you feel full; cutting back on refined carbs and sugary drinks works better."),
)
COMMENTERS = ("Jenna", "Mark T.", "Rosa", "Beth K.", "Sam")
COMMENTS = ("This is so helpful, thank you for explaining it so clearly!",
            "I made this for meal prep on Sunday and it lasted all week.",
            "Would this work for someone with IBS? I have trouble with some high-fiber foods.",
            "Saving this one. My doctor told me the same thing last month.")
REPLY = "Thanks so much for reading! Start slowly and see how you feel, and check with your own care team if in doubt."
SVG = {"categories": '<svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z"/></svg>',
       "tags": '<svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20z"/></svg>',
       "arrow-left": '<svg viewBox="0 0 192 512" aria-hidden="true" width="1em" height="1em" fill-rule="evenodd"><path d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512L64.276 256.001l111.317 111.277c1.7 1.7 2.832 4.247 2.832 6.513 0 2.265-1.133 4.813-2.832 6.512L161.43 394.46c-1.7 1.7-4.249 2.832-6.514 2.832-2.266 0-4.816-1.133-6.515-2.832L16.407 262.514c-1.699-1.7-2.832-4.248-2.832-6.513 0-2.265 1.133-4.813 2.832-6.512l131.994-131.947c1.7-1.699 4.249-2.831 6.515-2.831 2.265 0 4.815 1.132 6.514 2.831l14.163 14.157c1.7 1.7 2.832 3.965 2.832 6.513z"/></svg>',
       "arrow-right": '<svg viewBox="0 0 192 512" aria-hidden="true" width="1em" height="1em" fill-rule="evenodd"><path d="M178.425 256.001c0 2.266-1.133 4.815-2.832 6.515L43.599 394.509c-1.7 1.7-4.248 2.833-6.514 2.833s-4.816-1.133-6.515-2.833l-14.163-14.162c-1.699-1.7-2.832-3.966-2.832-6.515 0-2.266 1.133-4.815 2.832-6.515l111.317-111.316L16.407 144.685c-1.699-1.7-2.832-4.249-2.832-6.515s1.133-4.815 2.832-6.515l14.163-14.162c1.7-1.7 4.249-2.833 6.515-2.833s4.815 1.133 6.514 2.833l131.994 131.993c1.7 1.7 2.832 4.249 2.832 6.515z"/></svg>'}


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def login(person: Person) -> str:
    first, *rest = person.name.split()
    return slugify(first + (rest[-1] if rest else ""))


class GeneratePress(ZooSite):
    family = "generatepress"
    site_name = SITE
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="generatepress", count=40, languages=("en", "es"), authors=2, tz_hours=-6,
                related=(3, 4, 4, 5))
    per_link_params = ("replytocom",)   # WordPress comment reply links: the post again

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.cards: dict[str, Recipe] = {}
        self.faq: dict[str, tuple[int, int]] = {}     # story key -> (first, end) indices of the FAQ blocks
        self._recipes = list(RECIPES[-3:])
        super().__init__(base_url)
        self.owner = Counter(e.authors[0] for e in self.entries).most_common(1)[0][0]

    # -- the plan, dressed ------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """Three Nutrition articles carry a WPRM card; about half the other English articles end in a
        Rank Math FAQ block (before their references). Both are body."""
        story = entry.story
        blocks = list(story.blocks)
        if story.kind != "article" or story.language != "en":
            return entry
        if story.category == "Nutrition" and self._recipes:
            recipe = self._recipes.pop(0)
            card = (Block("h2", recipe.name), Block("p", recipe.summary), Block("h3", "Ingredients"),
                    Block("ul", items=tuple(recipe.ingredient_lines())), Block("h3", "Instructions"),
                    Block("ol", items=recipe.instructions))
            self.cards[story.key] = recipe
            entry.story = replace(story, blocks=story.blocks + card)
            return entry
        if entry.post_id % 2 == 0:
            rng = random.Random(f"generatepress:faq:{story.key}")
            pairs = rng.sample(FAQ_POOL, rng.choice((2, 3, 3)))
            at = next((i for i, b in enumerate(blocks) if b.kind == "refs"), len(blocks))
            faq = [Block("h2", "Frequently Asked Questions")]
            for q, a in pairs:
                faq += [Block("h3", q), Block("p", a)]
            self.faq[story.key] = (at, at + len(faq))
            blocks[at:at] = faq
            entry.story = replace(story, blocks=tuple(blocks))
        return entry

    def card_of(self, entry: Entry) -> Recipe | None:
        return self.cards.get(entry.story.key)

    def display(self, person: Person) -> str:
        """The WordPress display name a dietitian gives herself: "Marcus Bell, RD"."""
        return ", ".join((person.name, *person.credentials))

    def modified(self, entry: Entry):
        if entry.post_id % 3 == 0:
            return entry.published + timedelta(minutes=5)    # saved again right away: GeneratePress shows one date
        return later(entry.published, f"generatepress:{entry.slug}", 20, 600)

    def comment_count(self, entry: Entry) -> int:
        return (0, 1, 2, 3)[entry.post_id % 4]

    # -- paths and routes -------------------------------------------------------------------------------

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{login(person)}/", n)

    def extra_routes(self) -> None:
        xml = "application/xml; charset=UTF-8"
        pages = ["/", *[self.page_path(s) for s in texts.EVERGREEN]]
        self.add("/sitemap_index.xml", "other", lambda: self.rm_index(["/post-sitemap.xml", "/page-sitemap.xml",
                                                                        "/category-sitemap.xml"]), xml)
        self.add("/post-sitemap.xml", "other", lambda: self.rm_sitemap(
            [(self.post_path(e), self.modified(e)) for e in reversed(self.newest)]), xml)
        self.add("/page-sitemap.xml", "other", lambda: self.rm_sitemap([(p, None) for p in pages]), xml)
        self.add("/category-sitemap.xml", "other", lambda: self.rm_sitemap(
            [(self.category_path(c), items[0].published) for c, items in self.groups("categories").items()]), xml)
        self.add("/main-sitemap.xsl", "other", lambda: '<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="2.0" '
                 'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"></xsl:stylesheet>', "text/xsl; charset=UTF-8")
        self.add("/feed/", "other", lambda: self.rss(SITE, "/", self.newest), RSS)
        for entry in self.entries:
            recipe = self.card_of(entry)
            if recipe:   # WPRM's print view: the card alone, noindex
                self.add(f"/wprm_print/{recipe.slug}", "other", lambda entry=entry, recipe=recipe: (
                    f'<!DOCTYPE html><html lang="en-US"><head><title>{self.e(recipe.name)}</title><meta name="robots" '
                    f'content="noindex"></head><body class="wprm-print wprm-print-recipe"><div id="wprm-print-content">'
                    f"{self.wprm_card(entry, recipe)}</div></body></html>"))

    def robots(self) -> str:
        return self.wordpress_robots()

    def rm_index(self, paths: list[str]) -> str:
        rows = "".join(f"<sitemap><loc>{self.url(p)}</loc><lastmod>{self.newest[0].published.isoformat()}</lastmod></sitemap>"
                       for p in paths)
        return (f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{self.url("/main-sitemap.xsl")}"?>\n'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>\n'
                "<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->")

    def rm_sitemap(self, rows: list) -> str:
        out = "".join(f"<url>\n\t\t<loc>{self.e(self.url(p))}</loc>\n"
                      + (f"\t\t<lastmod>{when.isoformat()}</lastmod>\n" if when else "") + "\t</url>\n" for p, when in rows)
        return (f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{self.url("/main-sitemap.xsl")}"?>\n'
                '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd '
                'http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n\t{out}</urlset>\n'
                "<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->")

    # -- pieces ---------------------------------------------------------------------------------------

    def img(self, key: str, size: str = "") -> str:
        return self.url(f"/wp-content/uploads/2024/01/{key[:28]}{('-' + size) if size else ''}.jpg")

    def avatar(self, name: str, size: int) -> str:
        return (f"<img alt='' src='https://secure.gravatar.com/avatar/{_md5(name.lower())}?s={size}&#038;d=mm&#038;r=g' "
                f"class='avatar avatar-{size} photo' height='{size}' width='{size}' loading='lazy' decoding='async'/>")

    def post_classes(self, entry: Entry) -> str:
        return (f"post-{entry.post_id} post type-post status-publish format-"
                f"{'video' if entry.story.kind == 'video' else 'standard'} has-post-thumbnail hentry "
                + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                + " ".join("tag-" + slugify(t) for t in entry.tags))

    def posted_on(self, entry: Entry) -> str:
        """``generate_do_post_meta_item('date')``: the updated time first when the post was edited later."""
        published = (f'<time class="entry-date published" datetime="{entry.published.isoformat()}" itemprop="datePublished">'
                     f"{long_date(entry.published)}</time>")
        modified = self.modified(entry)
        if modified > entry.published + timedelta(minutes=30):
            published = (f'<time class="updated" datetime="{modified.isoformat()}" itemprop="dateModified">'
                         f"{long_date(modified)}</time>") + published
        return f'<span class="posted-on">{published}</span> '

    def byline(self, entry: Entry) -> str:
        p = entry.authors[0]
        return (f'<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>'
                f'<a class="url fn n" href="{self.url(self.author_path(p))}" title="View all posts by {self.e(self.display(p))}" '
                f'rel="author" itemprop="url"><span class="author-name" itemprop="name">{self.e(self.display(p))}</span></a></span></span> ')

    def terms(self, entry: Entry) -> str:
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        out = ""
        if cats:
            out += (f'<span class="cat-links"><span class="gp-icon icon-categories">{SVG["categories"]}</span>'
                    f'<span class="screen-reader-text">Categories </span>{cats}</span> ')
        if tags:
            out += (f'<span class="tags-links"><span class="gp-icon icon-tags">{SVG["tags"]}</span>'
                    f'<span class="screen-reader-text">Tags </span>{tags}</span> ')
        return out

    def post_navigation(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        out = '<nav id="nav-below" class="post-navigation" aria-label="Posts">'
        if older:
            out += (f'<div class="nav-previous"><span class="gp-icon icon-arrow-left">{SVG["arrow-left"]}</span><span class="prev">'
                    f'<a href="{self.url(self.post_path(older))}" rel="prev">{self.e(older.title)}</a></span></div>')
        if newer:
            out += (f'<div class="nav-next"><span class="gp-icon icon-arrow-right">{SVG["arrow-right"]}</span><span class="next">'
                    f'<a href="{self.url(self.post_path(newer))}" rel="next">{self.e(newer.title)}</a></span></div>')
        return out + "</nav>"

    def breadcrumbs(self, entry: Entry) -> str:
        cat = entry.categories[0]
        return (f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{self.url("/")}">Home</a>'
                f'<span class="separator"> &raquo; </span><a href="{self.url(self.category_path(cat))}">{self.e(cat)}</a>'
                f'<span class="separator"> &raquo; </span><span class="last">{self.e(entry.title)}</span></p></nav>')

    # -- post content ---------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return f'<{block.kind} class="wp-block-heading" id="{slugify(block.text)}">{self.inline(block.text)}</{block.kind}>'
        if block.kind in ("ul", "ol"):
            return (f'<{block.kind} class="wp-block-list">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + f"</{block.kind}>")
        if block.kind == "quote":
            return f'<blockquote class="wp-block-quote is-layout-flow"><p>{self.inline(block.text)}</p></blockquote>'
        if block.kind == "figure":
            return (f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" '
                    f'src="{self.e(block.text)}" alt="{self.e(block.items[0])}"></figure>')
        if block.kind == "refs":
            return (f'<h2 class="wp-block-heading" id="{slugify(block.text)}">{self.e(block.text)}</h2>'
                    '<ul class="wp-block-list has-small-font-size">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items) + "</ul>")
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        query = "?feature=oembed" if provider == "youtube" else "?dnt=1&amp;app_id=122963"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                f'<iframe title="{self.e(entry.title)}" width="1200" height="675" src="{html.escape(src)}{query}" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n'
                "</div></figure>")

    def share_buttons(self, entry: Entry) -> str:
        """Shared Counts, before the content."""
        url, title = quote(self.url(self.post_path(entry)), safe=""), quote(entry.title)
        nets = (("facebook", "Share", f"https://www.facebook.com/sharer/sharer.php?u={url}&amp;display=popup&amp;ref=plugin&amp;src=share_button"),
                ("pinterest", "Pin", f"https://pinterest.com/pin/create/button/?url={url}&amp;media={quote(self.img(entry.slug), safe='')}&amp;description={title}"),
                ("email", "Email", "#shared-counts-email"))
        links = "".join(f'<a href="{h}" title="Share on {n.title()}" target="_blank" rel="nofollow noopener noreferrer" '
                        f'class="shared-counts-button {n} shared-counts-no-count" data-postid="{entry.post_id}" '
                        f'data-social-network="{n.title()}" data-social-action="Share" data-social-target="{self.url(self.post_path(entry))}">'
                        f'<span class="shared-counts-icon-label"><span class="shared-counts-icon"></span>'
                        f'<span class="shared-counts-label">{label}</span></span></a>' for n, label, h in nets)
        return f'<div class="shared-counts-wrap before_content style-rounded">{links}</div>'

    def toc(self, entry: Entry) -> str:
        heads = [b for b in entry.story.blocks if b.kind in ("h2", "refs")]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li class=""><a href="#{slugify(b.text)}">{self.inline(b.text) if b.kind == "h2" else self.e(b.text)}</a></li>'
                        for b in heads)
        return (f'<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Table of Contents</h2>'
                f"<nav><ul>{items}</ul></nav></div>")

    def faq_html(self, entry: Entry, blocks) -> str:
        items = "".join(
            f'<div id="faq-question-{_md5(q.text)[:13]}" class="rank-math-list-item">'
            f'<h3 class="rank-math-question ">{self.inline(q.text)}</h3>'
            f'<div class="rank-math-answer "><p>{self.inline(a.text)}</p></div></div>'
            for q, a in zip(blocks[1::2], blocks[2::2]))
        return (self.block_html(blocks[0], entry)
                + f'<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list ">{items}</div></div>')

    def wprm_card(self, entry: Entry, recipe: Recipe) -> str:
        rid = entry.post_id + 2000
        total = recipe.prep + recipe.cook

        def time(kind: str, label: str, minutes: int) -> str:
            return (f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal '
                    f'wprm-recipe-time-container wprm-recipe-{kind}-time-container"><span class="wprm-recipe-details-label '
                    f'wprm-block-text-faded wprm-recipe-time-label wprm-recipe-{kind}-time-label">{label}</span>'
                    f'<span class="wprm-recipe-time wprm-block-text-normal"><span class="wprm-recipe-details wprm-recipe-details-minutes '
                    f'wprm-recipe-{kind}_time wprm-recipe-{kind}_time-minutes">{minutes}<span class="sr-only screen-reader-text '
                    f'wprm-screen-reader-text"> minutes</span></span> <span class="wprm-recipe-details-unit wprm-recipe-details-minutes '
                    f'wprm-recipe-{kind}_time-unit wprm-recipe-{kind}_timeunit-minutes" aria-hidden="true">mins</span></span></div>')

        ingredients = "".join(
            f'<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="{i}">'
            + (f'<span class="wprm-recipe-ingredient-amount">{self.e(a)}</span>&#32;' if a else "")
            + (f'<span class="wprm-recipe-ingredient-unit">{self.e(u)}</span>&#32;' if u else "")
            + f'<span class="wprm-recipe-ingredient-name">{self.e(n)}</span>'
            + (f'&#32;<span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">, {self.e(notes)}</span>' if notes else "")
            + "</li>" for i, (a, u, n, notes) in enumerate(recipe.ingredients))
        steps = "".join(f'<li id="wprm-recipe-{rid}-step-0-{i}" class="wprm-recipe-instruction" style="list-style-type: decimal;">'
                        f'<div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;">{self.e(s)}</div></li>'
                        for i, s in enumerate(recipe.instructions))
        kcal, carbs, protein, fat, fiber, sugar, sodium = recipe.nutrition
        nutrition = "".join(
            f'<span class="wprm-nutrition-label-text-nutrition-container wprm-nutrition-label-text-nutrition-container-{k}">'
            f'<span class="wprm-nutrition-label-text-nutrition-label wprm-block-text-faded">{label}: </span>'
            f'<span class="wprm-nutrition-label-text-nutrition-value">{v}</span><span class="wprm-nutrition-label-text-nutrition-unit">{u}</span></span>'
            f'<span style="color: #777777"> | </span>'
            for k, label, v, u in (("calories", "Calories", kcal, "kcal"), ("carbohydrates", "Carbohydrates", carbs, "g"),
                                   ("protein", "Protein", protein, "g"), ("fat", "Fat", fat, "g"), ("fiber", "Fiber", fiber, "g"),
                                   ("sugar", "Sugar", sugar, "g"), ("sodium", "Sodium", sodium, "mg")))
        return (f'<div id="recipe"></div><div id="wprm-recipe-container-{rid}" class="wprm-recipe-container" data-recipe-id="{rid}" '
                f'data-servings="{recipe.servings}"><div class="wprm-recipe wprm-recipe-template-classic">'
                f'<div class="wprm-recipe-image wprm-block-image-rounded"><img style="border-width: 0px;border-style: solid;" '
                f'width="150" height="150" src="{self.img(recipe.slug, "150x150")}" class="attachment-150x150 size-150x150" alt="" '
                f'decoding="async"></div>'
                f'<h2 class="wprm-recipe-name wprm-block-text-bold">{self.e(recipe.name)}</h2>'
                f'<div class="wprm-spacer"></div><div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">'
                f'{self.e(recipe.summary)}</span></div><div class="wprm-spacer"></div>'
                f'<div class="wprm-recipe-buttons"><a href="{self.url(f"/wprm_print/{recipe.slug}")}" style="color: #333333;" '
                f'class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-normal" data-recipe-id="{rid}" '
                'data-template="" target="_blank" rel="nofollow">Print Recipe</a> <a href="https://www.pinterest.com/pin/create/bookmarklet/" '
                'class="wprm-recipe-pin wprm-recipe-link wprm-block-text-normal" target="_blank" rel="nofollow noopener" '
                f'data-recipe="{rid}">Pin Recipe</a></div>'
                '<div class="wprm-recipe-times-container wprm-recipe-block-container-columns wprm-block-text-normal">'
                f'{time("prep", "Prep Time", recipe.prep)}{time("cook", "Cook Time", recipe.cook)}{time("total", "Total Time", total)}</div>'
                f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal '
                f'wprm-recipe-tag-container wprm-recipe-course-container"><span class="wprm-recipe-details-label wprm-block-text-faded '
                f'wprm-recipe-tag-label wprm-recipe-course-label">Course </span><span class="wprm-recipe-course wprm-block-text-normal">'
                f'{self.e(recipe.course)}</span></div>'
                f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal '
                f'wprm-recipe-servings-container"><span class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-servings-label">'
                f'Servings </span><span class="wprm-recipe-servings wprm-recipe-details wprm-recipe-servings-{rid} '
                f'wprm-recipe-servings-adjustable-tooltip wprm-block-text-normal" data-recipe="{rid}">{recipe.servings}</span></div>'
                f'<div class="wprm-recipe-ingredients-container wprm-recipe-{rid}-ingredients-container wprm-block-text-normal" '
                f'data-recipe="{rid}" data-servings="{recipe.servings}"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header '
                'wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Ingredients</h3>'
                f'<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">{ingredients}</ul></div></div>'
                f'<div class="wprm-recipe-instructions-container wprm-recipe-{rid}-instructions-container wprm-block-text-normal" '
                f'data-recipe="{rid}"><h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left '
                'wprm-header-decoration-none">Instructions</h3><div class="wprm-recipe-instruction-group">'
                f'<ul class="wprm-recipe-instructions">{steps}</ul></div></div>'
                '<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-bold wprm-align-left '
                'wprm-header-decoration-none">Nutrition</h3><div class="wprm-nutrition-label-container '
                f'wprm-nutrition-label-container-simple wprm-block-text-normal" style="text-align: left;">{nutrition}</div>'
                "</div></div>")

    def crp(self, entry: Entry) -> str:
        related = self.shown_related(entry)
        if not related:
            return ""
        items = "".join(
            f'<li><a href="{self.url(self.post_path(o))}"     class="crp_link post-{o.post_id}"><figure>'
            f'<img loading="lazy" decoding="async" width="150" height="150" src="{self.img(o.slug, "150x150")}" '
            f'class="crp_featured crp_thumb thumbnail" alt="{self.e(o.title)}" title="{self.e(o.title)}" /></figure>'
            f'<span class="crp_title">{self.e(o.title)}</span></a><span class="crp_excerpt"> {self.e(self.teaser(o, 14))}</span></li>'
            for o in related)
        return (f'<div class="crp_related     crp-rounded-thumbs"><h3>You might also like:</h3><ul>{items}</ul>'
                '<div class="crp_clear"></div></div>')

    def content(self, entry: Entry) -> str:
        recipe = self.card_of(entry)
        blocks = list(entry.story.blocks[:-6] if recipe else entry.story.blocks)
        parts = [self.share_buttons(entry),
                 f'<p class="has-small-font-size"><em>{self.e(DISCLOSURE)} Read my <a href="{self.url(self.page_path("privacy-policy"))}">'
                 "disclosure policy</a>.</em></p>"]
        if recipe:
            parts.append(f'<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="{entry.post_id + 2000}">'
                         f'<a href="#recipe" data-recipe="{entry.post_id + 2000}" style="color: #ffffff;" class="wprm-recipe-jump '
                         'wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button '
                         'wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a></div>')
        toc = self.toc(entry)
        faq = self.faq.get(entry.story.key)
        first_h2 = next((i for i, b in enumerate(blocks) if b.kind in ("h2", "refs")), None)
        i = 0
        while i < len(blocks):
            if toc and i == first_h2:
                parts.append(toc)
            if faq and i == faq[0]:
                parts.append(self.faq_html(entry, blocks[faq[0]:faq[1]]))
                i = faq[1]
                continue
            parts.append(self.block_html(blocks[i], entry))
            i += 1
        if recipe:
            parts.append(self.wprm_card(entry, recipe))
        parts.append(self.crp(entry))
        return "\n".join(p for p in parts if p)

    def newsletter(self) -> str:
        """A GeneratePress Hook Element on ``generate_after_entry_content``: a GenerateBlocks container
        with a MailerLite form."""
        return ('<div class="gb-container gb-container-5f2a1c3e newsletter-box"><div class="gb-inside-container">'
                '<h3 class="gb-headline gb-headline-8c1d2e4f gb-headline-text">Get my free 7-day high-fiber meal plan</h3>'
                '<p class="gb-headline gb-headline-3a9b7c21 gb-headline-text">Join 12,000+ readers and get simple, dietitian-approved '
                'recipes in your inbox every week.</p><div class="ml-embedded" data-form="kQ2x9T"><form class="ml-block-form" '
                'action="https://assets.mailerlite.com/jsonp/412633/forms/98231/subscribe" method="post"><input type="email" '
                'class="form-control" name="fields[email]" placeholder="Email address" aria-label="email" required>'
                '<button type="submit" class="primary">Send me the plan</button></form></div></div></div>')

    def comments(self, entry: Entry) -> str:
        n = self.comment_count(entry)
        url = self.url(self.post_path(entry))
        respond = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment '
                   '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>'
                   f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                   '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" '
                   'name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label>'
                   '<input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required />'
                   '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" '
                   'type="email" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" '
                   f'class="submit" value="Post Comment" /> <input type="hidden" name="comment_post_ID" value="{entry.post_id}" '
                   'id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>')
        if not n:
            return f'<div class="comments-area"><div id="comments">{respond}</div></div>'
        rng = random.Random(f"generatepress:comments:{entry.slug}")
        items = []
        for k in range(n):
            cid = entry.post_id * 10 + k
            when = entry.published + timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 12))
            name = rng.choice(COMMENTERS)
            reply = ""
            if k == 0:
                rid, rwhen = cid + 5, when + timedelta(hours=rng.randint(2, 30))
                owner = entry.authors[0]
                reply = (f'<ul class="children"><li id="comment-{rid}" class="comment byuser comment-author-{login(owner)} '
                         f'bypostauthor odd alt depth-2">{self.comment_body(rid, self.display(owner), rwhen, REPLY, url, True)}</li></ul>')
            items.append(f'<li id="comment-{cid}" class="comment {"even thread-even" if k % 2 == 0 else "odd thread-odd"} depth-1'
                         f'{" parent" if reply else ""}">{self.comment_body(cid, name, when, rng.choice(COMMENTS), url, False)}'
                         f"{reply}</li>")
        total = n + 1
        title = f'{total} thoughts on &ldquo;<span>{self.e(entry.title)}</span>&rdquo;'
        return (f'<div class="comments-area"><div id="comments"><h3 class="comments-title">{title}</h3>'
                f'<ol class="comment-list">{"".join(items)}</ol>{respond}</div></div>')

    def comment_body(self, cid: int, name: str, when, text: str, url: str, staff: bool) -> str:
        clock = f"{when.hour % 12 or 12}:{when:%M} {'am' if when.hour < 12 else 'pm'}"
        who = (f'<cite itemprop="name" class="fn"><a href="{self.url("/")}" class="url" rel="ugc">{self.e(name)}</a></cite>'
               if staff else f'<cite itemprop="name" class="fn">{self.e(name)}</cite>')
        return (f'<article class="comment-body" id="div-comment-{cid}" itemtype="https://schema.org/Comment" itemscope>'
                f'<footer class="comment-meta" aria-label="Comment meta">{self.avatar(name, 50)}<div class="comment-author-info">'
                f'<div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>{who}</div>'
                f'<div class="entry-meta comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}" '
                f'itemprop="datePublished">{long_date(when)} at {clock}'
                f'</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>{self.e(text)}</p>'
                f'<span class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" '
                f'data-commentid="{cid}" data-postid="0" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                f'data-replyto="Reply to {self.e(name)}" aria-label="Reply to {self.e(name)}">Reply</a></span></div></article>')

    # -- head -----------------------------------------------------------------------------------------

    def rank_math(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = self.modified(entry)
        author = entry.authors[0]
        pid = self.url(self.author_path(author))
        home = self.url("/")
        image = self.img(entry.slug)
        cat = entry.categories[0]
        desc = self.teaser(entry, 24)
        graph = [
            {"@type": ["Person", "Organization"], "@id": f"{home}#person", "name": SITE,
             "logo": {"@type": "ImageObject", "@id": f"{home}#logo", "url": self.url("/wp-content/uploads/2022/03/nourished-table-logo.png"),
                      "contentUrl": self.url("/wp-content/uploads/2022/03/nourished-table-logo.png"), "caption": SITE,
                      "inLanguage": "en-US"}},
            {"@type": "WebSite", "@id": f"{home}#website", "url": home, "name": SITE, "publisher": {"@id": f"{home}#person"},
             "inLanguage": "en-US"},
            {"@type": "ImageObject", "@id": image, "url": image, "width": "1200", "height": "800", "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": "1", "item": {"@id": home, "name": "Home"}},
                {"@type": "ListItem", "position": "2", "item": {"@id": self.url(self.category_path(cat)), "name": cat}},
                {"@type": "ListItem", "position": "3", "item": {"@id": url, "name": entry.title}}]},
            {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": title, "datePublished": entry.published.isoformat(),
             "dateModified": modified.isoformat(), "isPartOf": {"@id": f"{home}#website"}, "primaryImageOfPage": {"@id": image},
             "inLanguage": "en-US", "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "Person", "@id": pid, "name": self.display(author), "url": pid,
             "image": {"@type": "ImageObject", "@id": f"https://secure.gravatar.com/avatar/{_md5(author.name)}?s=96&d=mm&r=g",
                       "url": f"https://secure.gravatar.com/avatar/{_md5(author.name)}?s=96&d=mm&r=g",
                       "caption": self.display(author), "inLanguage": "en-US"},
             "sameAs": [home]},
            {"@type": "BlogPosting", "headline": title, "keywords": entry.tags[0] if entry.tags else entry.title.lower(),
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "articleSection": ", ".join(entry.categories), "author": {"@id": pid, "name": self.display(author)},
             "publisher": {"@id": f"{home}#person"}, "description": desc, "name": title, "@id": f"{url}#richSnippet",
             "isPartOf": {"@id": f"{url}#webpage"}, "image": {"@id": image}, "inLanguage": "en-US",
             "mainEntityOfPage": {"@id": f"{url}#webpage"}}]
        faq = self.faq.get(entry.story.key)
        if faq:
            blocks = entry.story.blocks[faq[0] + 1:faq[1]]
            graph.append({"@type": "FAQPage", "mainEntity": [
                {"@type": "Question", "url": f"{url}#faq-question-{_md5(q.text)[:13]}", "name": q.text,
                 "acceptedAnswer": {"@type": "Answer", "text": a.text}} for q, a in zip(blocks[::2], blocks[1::2])],
                "@id": f"{url}#faq"})
        recipe = self.card_of(entry)
        if recipe:
            graph.append({"@type": "Recipe", "@id": f"{url}#recipe", "name": recipe.name, "description": recipe.summary,
                          "author": {"@type": "Person", "name": self.display(author)}, "datePublished": entry.published.isoformat(),
                          "image": [self.img(recipe.slug)], "recipeYield": [str(recipe.servings)],
                          "prepTime": f"PT{recipe.prep}M", "cookTime": f"PT{recipe.cook}M", "totalTime": f"PT{recipe.prep + recipe.cook}M",
                          "recipeIngredient": recipe.ingredient_lines(),
                          "recipeInstructions": [{"@type": "HowToStep", "text": s, "name": s, "url": f"{url}#wprm-recipe-{entry.post_id + 2000}-step-0-{i}"}
                                                 for i, s in enumerate(recipe.instructions)],
                          "recipeCategory": [recipe.course], "recipeCuisine": [recipe.cuisine],
                          "nutrition": {"@type": "NutritionInformation", "calories": f"{recipe.nutrition[0]} kcal"},
                          "mainEntityOfPage": f"{url}#webpage", "isPartOf": {"@id": f"{url}#richSnippet"}})
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}" />\n' for t in entry.tags)
        return (f'<meta name="description" content="{self.e(desc)}"/>\n'
                '<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>\n'
                f'<link rel="canonical" href="{url}" />\n<meta property="og:locale" content="en_US" />\n'
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{self.e(title)}" />\n'
                f'<meta property="og:description" content="{self.e(desc)}" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="og:site_name" content="{self.e(SITE)}" />\n{tags}'
                f'<meta property="article:section" content="{self.e(cat)}" />\n'
                f'<meta property="og:updated_time" content="{modified.isoformat()}" />\n<meta property="og:image" content="{image}" />\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}" />\n'
                f'<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:title" content="{self.e(title)}" />\n'
                f'<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="{self.e(self.display(author))}" />\n'
                f'<meta name="twitter:label2" content="Time to read" />\n<meta name="twitter:data2" content="'
                f'{max(1, len(body_text(entry.story.blocks).split()) // 200)} minutes" />\n'
                f'<script type="application/ld+json" class="rank-math-schema">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- frame ----------------------------------------------------------------------------------------

    def sidebar(self) -> str:
        owner = self.owner
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:5])
        groups = self.groups("categories")
        cats = "".join(f'<li class="cat-item cat-item-{3 + i}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a> ({len(groups[c])})</li>'
                       for i, c in enumerate(sorted(groups)))
        return ('<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
                '<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" '
                f'action="{self.url("/")}"><label><span class="screen-reader-text">Search for:</span><input type="search" '
                'class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label>'
                '<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"></span></button></form></aside>'
                '<aside id="custom_html-2" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">About me</h2>'
                f'<div class="textwidget custom-html-widget"><img src="{self.url("/wp-content/uploads/2022/03/headshot-300x300.jpg")}" '
                f'alt="{self.e(owner.name)}" width="300" height="300" class="about-photo"><p>Hi, I&#8217;m {self.e(owner.name)}, a '
                "registered dietitian who helps busy people eat well without dieting. Here you&#8217;ll find evidence-based "
                f'nutrition advice and simple, high-fiber recipes.</p><p><a href="{self.url(self.page_path("about"))}">Read my story '
                "&rarr;</a></p></div></aside>"
                f'<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
                f"<ul>{recent}</ul></aside>"
                f'<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2>'
                f"<ul>{cats}</ul></aside></div></div>")

    def document(self, title: str, body_class: str, main: str, head: str = "", sidebar: bool = True) -> str:
        nav = "".join(f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-{kind} menu-item-{20 + i}">'
                      f'<a href="{self.url(p)}">{label}</a></li>' for i, (p, label, kind) in enumerate((
                          ("/", "Home", "custom"), (self.page_path("start-here"), "Start Here", "post_type"),
                          (self.category_path("Nutrition"), "Nutrition", "taxonomy"),
                          (self.page_path("about"), "About", "post_type"), (self.page_path("contact"), "Contact", "post_type"))))
        layout = "right-sidebar" if sidebar else "no-sidebar"
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
\t<meta charset="UTF-8">
\t<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(SITE)} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='generate-style-css' href='{self.url('/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0')}' media='all' />
<style id='generate-style-inline-css'>body{{background-color:#f7f8f9;color:#222222;}}.posted-on .updated{{display:none;}}</style>
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='{self.url('/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.5.4')}' media='all' />
<link rel='stylesheet' id='wprm-public-css' href='{self.url('/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1')}' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
</head>

<body class="{body_class} wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center {layout} nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
\t<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>\t\t<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
\t\t\t<div class="inside-header grid-container">
\t\t\t\t<div class="site-branding-container"><div class="site-logo"><a href="{self.url('/')}" rel="home"><img class="header-image is-logo-image" alt="{self.e(SITE)}" src="{self.url('/wp-content/uploads/2022/03/nourished-table-logo.png')}" width="300" height="80" /></a></div><div class="site-branding"><p class="main-title" itemprop="headline"><a href="{self.url('/')}" rel="home">{self.e(SITE)}</a></p><p class="site-description" itemprop="description">{self.e(TAGLINE)}</p></div></div>
\t\t\t</div>
\t\t</header>
\t\t<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
\t\t\t<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"></span><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class=" menu sf-menu">{nav}</ul></div></div>
\t\t</nav>
\t<div class="site grid-container container hfeed" id="page">
\t\t\t\t<div class="site-content" id="content">
{main}
{self.sidebar() if sidebar else ""}
\t</div>
</div>

<div class="site-footer">
\t\t\t<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
\t\t\t<div class="inside-site-info grid-container">
\t\t\t\t<div class="footer-bar"><aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy &amp; Disclosures</a></li><li class="menu-item"><a href="{self.url(self.page_path('contact'))}">Contact</a></li></ul></div></aside></div>
\t\t\t\t<div class="copyright-bar">
\t\t\t\t\t<span class="copyright">&copy; 2024 {self.e(SITE)}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a>\t\t\t\t</div>
\t\t\t</div>
\t\t</footer>
\t\t</div>

<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" role="region" aria-label="We value your privacy"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalized ads or content, and analyze our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customize">Customize</button><button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button></div></div></div></div></div>
<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}})}}}}();</script>
<script src="{self.url('/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0')}" id="generate-menu-js"></script>
</body>
</html>"""

    # -- pages ----------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} - {SITE}"
        main = (f'\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n'
                f'<article id="post-{entry.post_id}" class="{self.post_classes(entry)}" itemtype="https://schema.org/CreativeWork" itemscope>\n'
                '\t<div class="inside-article">\n'
                f'\t\t{self.breadcrumbs(entry)}\n'
                f'\t\t<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" '
                f'src="{self.img(entry.slug)}" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" '
                'fetchpriority="high" /></div>\n'
                f'\t\t\t<header class="entry-header">\n\t\t\t<h1 class="entry-title" itemprop="headline">{self.e(entry.title)}</h1>\t\t'
                f'<div class="entry-meta">\n\t\t\t{self.posted_on(entry)}{self.byline(entry)}\t\t</div>\n\t\t\t\t\t</header>\n'
                f'\t\t\n\t\t<div class="entry-content" itemprop="text">\n{self.content(entry)}\n\t\t</div>\n\n'
                f"{self.newsletter()}\n"
                f'\t\t\t\t<footer class="entry-meta" aria-label="Entry meta">\n\t\t\t{self.terms(entry)}{self.post_navigation(entry)}'
                "\t\t</footer>\n\t\t\t</div>\n</article>\n\n"
                f"\t\t\t{self.comments(entry)}\n\n\t\t</main>\n\t</div>\n")
        body_class = f"post-template-default single single-post postid-{entry.post_id} single-format-" \
                     f"{'video' if entry.story.kind == 'video' else 'standard'}"
        return self.document(title, body_class, main, self.rank_math(entry, title))

    def summary(self, o: Entry) -> str:
        return (f'<article id="post-{o.post_id}" class="{self.post_classes(o)}" itemtype="https://schema.org/CreativeWork" itemscope>'
                '<div class="inside-article"><div class="post-image"><a href="' + self.url(self.post_path(o)) + '">'
                f'<img width="768" height="512" src="{self.img(o.slug, "768x512")}" class="attachment-medium_large size-medium_large '
                'wp-post-image" alt="" itemprop="image" decoding="async" loading="lazy" /></a></div>'
                f'<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{self.url(self.post_path(o))}" '
                f'rel="bookmark">{self.e(o.title)}</a></h2><div class="entry-meta">{self.posted_on(o)}{self.byline(o)}</div></header>'
                f'<div class="entry-summary" itemprop="text"><p>{self.e(self.teaser(o, 40).rstrip("…"))} ... <a title="{self.e(o.title)}" '
                f'class="read-more" href="{self.url(self.post_path(o))}" aria-label="More on {self.e(o.title)}">Read more</a></p></div>'
                f'<footer class="entry-meta" aria-label="Entry meta">{self.terms(o)}<span class="comments-link">'
                f'<a href="{self.url(self.post_path(o))}#{"comments" if self.comment_count(o) else "respond"}">'
                f'{"Leave a comment" if not self.comment_count(o) else f"{self.comment_count(o) + 1} Comments"}</a></span> </footer>'
                "</div></article>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        numbers = []
        for k in range(1, pages + 1):
            numbers.append(f'<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Page</span>{k}</span>'
                           if k == n else f'<a class="page-numbers" href="{self.url(path_of(k))}"><span class="screen-reader-text">Page</span>{k}</a>')
        if n > 1:
            numbers.insert(0, f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}"><span aria-hidden="true">&larr;</span> Previous</a>')
        if n < pages:
            numbers.append(f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Next <span aria-hidden="true">&rarr;</span></a>')
        pager = ""
        if pages > 1:
            pager = ('<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">'
                     + (f'<div class="nav-previous"><span class="gp-icon icon-arrow"></span><span class="prev" title="Previous">'
                        f'<a href="{self.url(path_of(n + 1))}" >Older posts</a></span></div>' if n < pages else "")
                     + (f'<div class="nav-next"><span class="gp-icon icon-arrow"></span><span class="next" title="Next">'
                        f'<a href="{self.url(path_of(n - 1))}" >Newer posts</a></span></div>' if n > 1 else "")
                     + f'<div class="nav-links">{"".join(numbers)}</div></nav>')
        header = "" if home else f'<header class="page-header" aria-label="Page"><h1 class="page-title">{self.e(title)}</h1></header>'
        main = ('\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n'
                + header + "".join(self.summary(o) for o in items) + pager + "\t\t</main>\n\t</div>\n")
        if home:
            label = f"{SITE} - {TAGLINE}" + (f" - Page {n}" if n > 1 else "")
            body_class = "home blog"
        else:
            label = f"{title} Archives - {SITE}" + (f" - Page {n} of {pages}" if n > 1 else "")
            body_class = "archive category" if any(title == c for c in self.groups("categories")) else "archive tag"
            if any(title == p.name for p in self.by_author()):
                body_class = "archive author"
        head = (f'<meta name="robots" content="{"noindex, " if body_class == "archive tag" else ""}follow, max-snippet:-1, '
                f'max-video-preview:-1, max-image-preview:large"/>\n<link rel="canonical" href="{self.url(path_of(n))}" />\n'
                f'<meta property="og:type" content="{"website" if home else "article"}" />\n'
                f'<meta property="og:title" content="{self.e(label)}" />\n')
        return self.document(label, body_class, main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        pid = 40 + len(slug)
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = ('\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n'
                f'<article id="post-{pid}" class="post-{pid} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>'
                f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{self.e(title)}</h1>'
                f'</header><div class="entry-content" itemprop="text">{body}</div></div></article>'
                "\t\t</main>\n\t</div>\n")
        url = self.url(self.page_path(slug))
        graph = [{"@type": "WebSite", "@id": f"{self.url('/')}#website", "url": self.url("/"), "name": SITE},
                 {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": f"{title} - {SITE}", "inLanguage": "en-US"}]
        head = (f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n'
                f'<script type="application/ld+json" class="rank-math-schema">{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>\n')
        return self.document(f"{title} - {SITE}", f"page-template-default page page-id-{pid}", main, head)
