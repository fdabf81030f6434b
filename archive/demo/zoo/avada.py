"""avada (held out): a women's health clinic's blog on WordPress with ThemeFusion's Avada theme and
its Fusion Builder (Avada 7), Yoast SEO on some posts, a Co-Authors Plus byline swapped in by the
child theme, and the Cookie Notice plugin.

Modelled on Avada's own templates and functions as kept in public repositories:
``sibghat12/global-scholarship-site`` ``single.php`` and ``aliemteam/ALiEM`` ``aliem/pages/single.php``
(Avada's single-post template: ``section#content`` > ``article.post`` with ``post_class('post')``,
``avada_render_post_title`` (``h2`` when the page title bar is on, ``h1`` otherwise),
``avada_render_post_metadata('single')`` below the article or below the title, ``div.post-content``,
``avada_render_social_sharing()``, ``section.about-author`` with the ``title_template`` "About the
Author: <a rel=author>" heading, ``.about-author-container`` > ``.avatar`` + ``.description``, then
``avada_render_related_posts()`` and ``comments_template()``); ``gas-digital/dot-com``
``wp-content/themes/southerncompanygas/functions.php`` (a copy of ``fusion_render_post_metadata``:
"By %s" in ``span.vcard > span.fn``, ``span.fusion-inline-sep`` "|" separators, the hidden
``span.updated.rich-snippet-hidden`` holding the *modified* time, the ``date_format`` date in a
bare ``span``, "Categories: %s" when tags are shown too, ``span.meta-tags`` "Tags: %s",
``span.fusion-comments`` "0 Comments", wrapped in ``div.fusion-meta-info > div.fusion-meta-info-wrapper``
on single posts, ``p.fusion-single-line-meta`` on grid layouts and ``div.fusion-alignleft`` on the
large layout; and ``avada_render_related_posts``, "Related Posts" heading); Avada's
``templates/related-posts.php`` (``section.related-posts.single-related-posts`` > ``div.fusion-carousel``
> ``ul.fusion-carousel-holder`` > ``li.fusion-carousel-item`` with the image rollover,
``h4.fusion-carousel-title`` and ``div.fusion-carousel-meta`` date | comments; the rollover set to
its link icon only); a theme that copied
Avada's rendered single post (``nganhang`` ``single.php``: ``#main.clearfix`` > ``.fusion-row`` >
``#content``, ``fusion-sharing-box fusion-single-sharing-box share-box``, the ``fusion-title
title-heading-left`` heading of the related block, the rollover's "Permalink"/"Gallery" links,
``#sidebar.sidebar.fusion-widget-area.fusion-content-widget-area``); saved Avada pages in several
repositories (static pages' ``span.entry-title.rich-snippet-hidden`` /
``span.vcard.rich-snippet-hidden`` / ``span.updated.rich-snippet-hidden`` before ``div.post-content``,
Fusion Builder 3 containers ``fusion-fullwidth fullwidth-box fusion-builder-row-N fusion-flex-container``
> ``fusion-builder-row fusion-row`` > ``fusion-layout-column fusion_builder_column
fusion-builder-column-N fusion_builder_column_1_1`` > ``fusion-column-wrapper``); the Fusion
toggles (``accordian fusion-accordian`` > ``panel-group`` > ``fusion-panel panel-default`` >
``h4.panel-title.toggle`` > ``a[data-toggle=collapse]`` > ``span.fusion-toggle-heading``, then
``div.panel-collapse.collapse`` > ``div.panel-body.toggle-content``, as rendered and copied into a
React page in a public repository) and the ``fusion-video fusion-youtube`` > ``video-shortcode`` >
``iframe`` player (several saved pages). Avada's Element defaults (``fusion-text``, ``fusion-title
title fusion-title-size-two``, ``fusion-separator``, ``fusion-imageframe``, ``fusion-button``), its
header (``fusion-header-wrapper`` v1 with ``fusion-secondary-header`` top bar and
``nav.fusion-main-menu``), page title bar with ``fusion-breadcrumbs``, footer widget columns,
``fusion-footer-copyright-area`` and ``#toTop`` "Go to Top", the blog archive's
``fusion-blog-layout-large`` / ``fusion-blog-layout-grid`` posts with ``fusion-read-more`` "Read
More" and the ``.pagination`` with ``pagination-next`` "Next" are written from the same files and
from Avada's documented defaults; the Cookie Notice bar (``#cookie-notice``) from its rendered output.

A post page: the top bar (phone, "Book an Appointment"); the header; the page title bar (the post's
title as ``h1``, breadcrumbs "Home / Blog / Category / Title"); ``main#main`` > ``div.fusion-row`` >
``section#content`` > ``article.post`` (``h2.entry-title.fusion-post-title``, the meta line below
it: "By Dr. Irina Volkova, MD | March 3rd, 2024 | Categories: Sleep | Tags: a, b | 0 Comments",
two or three co-authors as "A and B" / "A, B and C"; ``div.post-content`` of Fusion Builder
containers: ``fusion-text`` blocks, ``fusion-title`` headings, a ``fusion-separator``, image frames,
``fusion-youtube`` / ``fusion-vimeo`` players, on some posts the article's question-and-answer
sections as collapsed toggles (``panel-collapse collapse``: the answers are the article's text),
then the clinic's "Ready to talk to one of our providers?" call-to-action container (a global
element at the end of every post); the sharing box "Share This Story, Choose Your Platform!"; the
author box "About the Author: X"; "Related Posts" (the newest four others in the post's first
category, a carousel with titles and dates); comments ("2 Comments" with "- Reply" links) and
"Leave A Comment"); ``aside#sidebar`` (search, Recent Posts, Categories with counts, Archives by
month, Tag Cloud); the footer widgets (clinic hours, a "Recent Posts" list, contact), the copyright
bar, "Go to Top", and the Cookie Notice bar.

The truth: the title (without " | SITE"); the people in the meta line (their WordPress display
names carry "Dr." and credentials); the published date (the hidden ``updated`` span and Yoast's
``dateModified`` are later); the post's own categories and tags; the Related Posts carousel; the
body is the post's text including the collapsed toggle answers, not the call to action. Video posts
are a player and a line or two. Two posts are in Spanish on the ``en-US`` site. Services, About,
Contact, Start Here and Privacy Policy are Fusion Builder pages without post meta (Avada still
prints the hidden author and ``updated`` spans on them, and Yoast types them WebPage with dates);
the home page is a Fusion Builder landing page with a "Latest From Our Blog" element.

URLs: ``/slug/``, the blog ``/blog/`` (large layout), ``/category/x/``, ``/tag/x/``, ``/author/x/``
(grid layout) and ``/YYYY/MM/`` monthly archives, all with ``page/N/``; Yoast's
``/sitemap_index.xml``; ``/feed/``; robots.txt; ``?replytocom=`` comment reply links. No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, slugify
from .site import RSS, ZooSite, later

SITE = "Willow Creek Women's Health"
TAGLINE = "Compassionate care for every stage of a woman's life"
PHONE = "(512) 555-0148"
BIOS = ("is a board-certified physician at Willow Creek who writes about hormones, sleep and everyday health.",
        "is one of our nurse practitioners and leads the clinic's patient education program.",
        "is a clinical pharmacist who answers readers' questions about medicines and supplements.")
COMMENTERS = ("Jessica M.", "Laura", "Karen T.", "Amy", "Denise R.")
COMMENTS = ("Thank you for explaining this so clearly. I am sharing it with my sister.",
            "This was exactly what I needed to read this week.",
            "Could you write a follow-up about how this changes after menopause?",
            "My provider at Willow Creek recommended this article and it really helped.")
REPLY = "Thank you for reading! Please call the clinic if you would like to talk it over at your next visit."
SERVICES = (("Annual Well-Woman Exams", "Screenings, breast exams and a conversation about your health goals, once a year."),
            ("Prenatal & Postpartum Care", "Care from the first appointment through the fourth trimester."),
            ("Menopause Care", "Hormone therapy and non-hormonal options, explained without hurry."),
            ("Family Planning", "Every contraceptive option, including same-day IUD placement."))


def ordinal_date(moment: datetime) -> str:
    """Avada's default ``date_format`` "F jS, Y": "March 3rd, 2024"."""
    day = moment.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{moment:%B} {day}{suffix}, {moment.year}"


class Avada(ZooSite):
    family = "avada"
    site_name = SITE
    declared_language = "en-US"
    per_page = 8
    plan = Plan(seed="avada", count=40, languages=("en", "es"), authors=3, co_authors=0.12, tz_hours=-6,
                related=(0,))
    per_link_params = ("replytocom",)   # WordPress comment reply links: the post again

    # -- the plan, dressed ------------------------------------------------------------------------------

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog/", n)

    def month_path(self, moment: datetime, n: int = 1) -> str:
        return self.paged(f"/{moment.year}/{moment.month:02d}/", n)

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Avada's related posts: others sharing the post's category, newest first, four at most."""
        cat = entry.categories[0] if entry.categories else ""
        return [e for e in self.newest if e is not entry and cat in e.categories][:4]

    def faq_post(self, entry: Entry) -> bool:
        """Posts whose question-and-answer sections the editor put in Fusion toggles."""
        return (entry.story.kind == "article" and entry.story.language == "en" and entry.post_id % 3 == 0
                and len(self.qa_runs(entry)) >= 2)

    def qa_runs(self, entry: Entry) -> list[int]:
        """Indices of h3 blocks followed by paragraphs only (a question and its answer)."""
        blocks = entry.story.blocks
        return [i for i, b in enumerate(blocks) if b.kind == "h3" and i + 1 < len(blocks) and blocks[i + 1].kind == "p"]

    def yoast_post(self, entry: Entry) -> bool:
        return entry.post_id % 5 not in (1, 3)

    def modified(self, entry: Entry) -> datetime:
        return later(entry.published, f"avada:{entry.slug}", 30, 420)

    def comment_count(self, entry: Entry) -> int:
        """Threads on the post (the first gets the author's reply)."""
        return (0, 0, 1, 2)[entry.post_id % 4]

    def total_comments(self, entry: Entry) -> int:
        n = self.comment_count(entry)
        return n + 1 if n else 0

    def months(self) -> dict[tuple[int, int], list[Entry]]:
        out: dict[tuple[int, int], list[Entry]] = {}
        for e in self.newest:
            out.setdefault((e.published.year, e.published.month), []).append(e)
        return out

    # -- routes -----------------------------------------------------------------------------------------

    def extra_routes(self) -> None:
        xml = "application/xml; charset=UTF-8"
        self.add("/", "page", self.landing)
        self.add(self.page_path("services"), "page", lambda: self.render_page(
            "services", "Services", ["From your first well-woman visit to menopause care, our providers take the time to "
                                     "listen. Most services are covered by the major insurance plans in Texas."]))
        for (year, month), items in self.months().items():
            first = items[0].published
            self.add_listing(f"{first:%B} {year}", items, lambda n, first=first: self.month_path(first, n))
        pages = ["/", "/blog/", *[self.page_path(s) for s in ("services", *texts.EVERGREEN)]]
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml"]), xml)
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), xml)
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(pages), xml)
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), xml)
        self.add("/feed/", "other", lambda: self.rss(SITE, "/blog/", self.newest), RSS)

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- pieces -------------------------------------------------------------------------------------------

    def img(self, key: str, size: str = "") -> str:
        return self.url(f"/wp-content/uploads/2024/01/{key[:32]}{('-' + size) if size else ''}.jpg")

    def avatar(self, name: str, size: int) -> str:
        h = hashlib.md5(name.lower().encode()).hexdigest()
        return (f"<img alt='' src='https://secure.gravatar.com/avatar/{h}?s={size}&#038;d=mm&#038;r=g' "
                f"class='avatar avatar-{size} photo' height='{size}' width='{size}' decoding='async'/>")

    def author_links(self, entry: Entry) -> str:
        """``the_author_posts_link()``, or Co-Authors Plus's linked names ("A and B", "A, B and C")."""
        cls = ' class="author url fn"' if len(entry.authors) > 1 else ""
        links = [f'<a href="{self.url(self.author_path(p))}" title="Posts by {self.e(p.display)}" rel="author"{cls}>'
                 f"{self.e(p.display)}</a>" for p in entry.authors]
        return links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]

    def metadata(self, entry: Entry, layout: str) -> str:
        """``fusion_render_post_metadata``: By | updated (hidden) date | Categories | Tags | comments."""
        sep = '<span class="fusion-inline-sep">|</span>'
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        n = self.total_comments(entry)
        label = {0: "0 Comments", 1: "1 Comment"}.get(n, f"{n} Comments")
        link = self.url(self.post_path(entry)) + ("#respond" if n == 0 else "#comments")
        meta = (f'By <span class="vcard"><span class="fn">{self.author_links(entry)}</span></span>{sep}'
                f'<span class="updated rich-snippet-hidden">{self.modified(entry).isoformat()}</span>'
                f"<span>{ordinal_date(entry.published)}</span>{sep}")
        if cats:
            meta += f"Categories: {cats}{sep}" if tags else f"{cats}{sep}"
        if tags and layout == "single":
            meta += f'<span class="meta-tags">Tags: {tags}</span>{sep}'
        meta += f'<span class="fusion-comments"><a href="{link}">{label}</a></span>'
        if layout == "single":
            return f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">{meta}</div></div>'
        if layout == "grid":
            return f'<p class="fusion-single-line-meta">{meta}</p>'
        return f'<div class="fusion-alignleft">{meta}</div>'

    def post_classes(self, entry: Entry) -> str:
        return (f"post-{entry.post_id} post type-post status-publish format-"
                f"{'video' if entry.story.kind == 'video' else 'standard'} has-post-thumbnail hentry "
                + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                + " ".join("tag-" + slugify(t) for t in entry.tags))

    # -- Fusion Builder -----------------------------------------------------------------------------------

    def container(self, n: int, inner: str, extra: str = "") -> str:
        style = ("--awb-border-radius-top-left:0px;--awb-border-radius-top-right:0px;--awb-border-radius-bottom-right:0px;"
                 "--awb-border-radius-bottom-left:0px;--awb-flex-wrap:wrap;")
        return (f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} fusion-flex-container '
                f'nonhundred-percent-fullwidth non-hundred-percent-height-scrolling{extra}" style="{style}">'
                '<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start fusion-flex-content-wrap" '
                'style="max-width:1216.8px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );">'
                f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} fusion_builder_column_1_1 1_1 '
                'fusion-flex-column" style="--awb-bg-size:cover;--awb-width-large:100%;--awb-margin-top-large:0px;'
                '--awb-spacing-right-large:1.92%;--awb-margin-bottom-large:20px;--awb-spacing-left-large:1.92%;">'
                '<div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start '
                f'fusion-content-layout-column">{inner}</div></div></div></div>')

    def text(self, n: int, inner: str) -> str:
        return f'<div class="fusion-text fusion-text-{n}">{inner}</div>'

    def title(self, n: int, text: str, size: str = "two") -> str:
        tag = {"one": "h1", "two": "h2", "three": "h3"}[size]
        return (f'<div class="fusion-title title fusion-title-{n} fusion-sep-none fusion-title-text fusion-title-size-{size}" '
                'style="--awb-margin-bottom:15px;">'
                f'<{tag} class="fusion-title-heading title-heading-left" style="margin:0;">{text}</{tag}></div>')

    def separator(self) -> str:
        return ('<div class="fusion-separator fusion-full-width-sep" style="align-self: center;margin-left: auto;'
                'margin-right: auto;margin-top:10px;margin-bottom:25px;width:100%;"><div class="fusion-separator-border '
                'sep-single sep-solid" style="--awb-height:20px;--awb-amount:20px;border-color:#e2e2e2;'
                'border-top-width:1px;"></div></div>')

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        query = "?wmode=transparent&amp;autoplay=0" if provider == "youtube" else "?autoplay=0"
        label = "YouTube video player" if provider == "youtube" else "vimeo"
        return (f'<div class="fusion-video fusion-{provider}" style="--awb-max-width:600px;--awb-max-height:360px;">'
                '<div class="video-shortcode"><div class="fluid-width-video-wrapper" style="padding-top: 60%;">'
                f'<iframe title="{label} 1" src="{html.escape(src)}{query}" width="600" height="360" '
                'allowfullscreen allow="autoplay; fullscreen"></iframe></div></div></div>')

    def image(self, n: int, src: str, alt: str) -> str:
        return (f'<div class="fusion-image-element " style="--awb-caption-title-font-family:var(--h2_typography-font-family);">'
                f'<span class=" fusion-imageframe imageframe-none imageframe-{n} hover-type-none">'
                f'<img decoding="async" width="1024" height="683" alt="{html.escape(alt)}" src="{html.escape(src)}" '
                f'class="img-responsive wp-image-{400 + n}"/></span></div>')

    def accordion(self, entry: Entry, pairs: list[tuple[str, list[str]]], k: int) -> str:
        panels = []
        for i, (question, answers) in enumerate(pairs):
            pid = f"{hashlib.md5(f'{entry.slug}{k}{i}'.encode()).hexdigest()[:17]}"
            body = "".join(f"<p>{self.inline(a)}</p>" for a in answers)
            panels.append(
                '<div class="fusion-panel panel-default panel-' + pid + ' fusion-toggle-has-divider">'
                f'<div class="panel-heading"><h4 class="panel-title toggle" id="toggle_{pid}">'
                f'<a aria-expanded="false" aria-controls="{pid}" role="button" data-toggle="collapse" '
                f'data-parent="#accordion-{entry.post_id}-{k}" data-target="#{pid}" href="#{pid}">'
                '<span class="fusion-toggle-icon-wrapper" aria-hidden="true"><i class="fa-fusion-box active-icon awb-icon-minus" '
                'aria-hidden="true"></i><i class="fa-fusion-box inactive-icon awb-icon-plus" aria-hidden="true"></i></span>'
                f'<span class="fusion-toggle-heading">{self.inline(question)}</span></a></h4></div>'
                f'<div id="{pid}" class="panel-collapse collapse " aria-labelledby="toggle_{pid}">'
                f'<div class="panel-body toggle-content fusion-clearfix">{body}</div></div></div>')
        return ('<div class="accordian fusion-accordian" style="--awb-border-size:1px;--awb-icon-size:16px;">'
                f'<div class="panel-group fusion-toggle-icon-boxed" id="accordion-{entry.post_id}-{k}">'
                + "".join(panels) + "</div></div>")

    def elements(self, entry: Entry, blocks: list[Block], start: int) -> str:
        """One container's elements: runs of text in ``fusion-text``, h2 as ``fusion-title``, players,
        images, and (on toggle posts) question-and-answer runs as a ``fusion-accordian``."""
        out, run, n = [], [], start
        faq = self.faq_post(entry)

        def flush():
            nonlocal n
            if run:
                out.append(self.text(n, "".join(run)))
                run.clear()
                n += 1
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if faq and b.kind == "h3" and i + 1 < len(blocks) and blocks[i + 1].kind == "p":
                flush()
                pairs = []
                while i + 1 < len(blocks) and blocks[i].kind == "h3" and blocks[i + 1].kind == "p":
                    j = i + 1
                    answers = []
                    while j < len(blocks) and blocks[j].kind == "p":
                        answers.append(blocks[j].text)
                        j += 1
                    pairs.append((blocks[i].text, answers))
                    i = j
                out.append(self.accordion(entry, pairs, n))
                n += 1
                continue
            if b.kind == "h2":
                flush()
                out.append(self.title(n, self.inline(b.text)))
                n += 1
            elif b.kind == "video":
                flush()
                out.append(self.video_html(b.text, entry))
            elif b.kind == "figure":
                flush()
                out.append(self.image(n, b.text, b.items[0]))
                n += 1
            else:
                run.append(self.block_html(b, entry))
            i += 1
        flush()
        return "".join(out)

    def content(self, entry: Entry) -> str:
        blocks = list(entry.story.blocks)
        split = next((i for i, b in enumerate(blocks) if b.kind == "h2"), len(blocks))
        parts = [self.container(1, self.elements(entry, blocks[:split], 1) + (self.separator() if split < len(blocks) else ""))]
        if split < len(blocks):
            parts.append(self.container(2, self.elements(entry, blocks[split:], 20)))
        parts.append(self.cta(3))
        return "".join(parts)

    def cta(self, n: int) -> str:
        """The clinic's global call-to-action container, saved in the Avada Library and placed at the
        end of every post."""
        inner = (self.title(90, "Ready to talk to one of our providers?", "three")
                 + self.text(91, "<p>Same-week appointments are available at both of our Austin offices. Most insurance "
                                 "plans accepted.</p>")
                 + f'<div ><a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default '
                 f'button-1 fusion-button-default-span fusion-button-default-type" target="_self" href="{self.url(self.page_path("contact"))}">'
                 '<span class="fusion-button-text">Book an Appointment</span></a></div>')
        return self.container(n, inner, " fusion-global-container").replace(
            'class="fusion-fullwidth', 'data-global-id="2871" class="fusion-fullwidth', 1)

    def sharing_box(self, entry: Entry) -> str:
        url, title = quote(self.url(self.post_path(entry)), safe=""), quote(entry.title)
        nets = (("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}&amp;t={title}"),
                ("twitter", "X", f"https://x.com/intent/post?url={url}&amp;text={title}"),
                ("linkedin", "LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}&amp;title={title}"),
                ("pinterest", "Pinterest", f"https://pinterest.com/pin/create/button/?url={url}&amp;description={title}"),
                ("mail", "Email", f"mailto:?body={url}&amp;subject={title}"))
        icons = "".join(
            f'<a class="fusion-social-network-icon fusion-tooltip fusion-{n} awb-icon-{n}" style="color:var(--sharing_social_links_icon_color);" '
            f'data-placement="top" data-title="{label}" data-toggle="tooltip" title="{label}" href="{h}" target="_blank" '
            f'rel="noopener noreferrer"><span class="screen-reader-text">{label}</span></a>' for n, label, h in nets)
        return ('<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box">'
                '<h4>Share This Story, Choose Your Platform!</h4><div class="fusion-social-networks">'
                f'<div class="fusion-social-networks-wrapper">{icons}</div></div></div>')

    def author_box(self, person: Person) -> str:
        bio = f"{person.display} {BIOS[list(self.by_author()).index(person) % len(BIOS)]}"
        link = (f'<a href="{self.url(self.author_path(person))}" title="Posts by {self.e(person.display)}" rel="author">'
                f"{self.e(person.display)}</a>")
        return ('<section class="about-author"><div class="fusion-title fusion-title-size-three sep-double sep-solid" '
                f'style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left">About the Author: {link}</h3>'
                '<span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid">'
                f'</div></div></div><div class="about-author-container"><div class="avatar">{self.avatar(person.name, 72)}</div>'
                f'<div class="description">{self.e(bio)}</div></div></section>')

    def related_html(self, entry: Entry) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        style = ' style="max-width: 300px;"' if len(items) < 4 else ""
        cards = "".join(
            f'<li class="fusion-carousel-item"{style}><div class="fusion-carousel-item-wrapper">'
            f'<div class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true"><img src="{self.img(o.slug, "500x383")}" '
            f'width="500" height="383" alt="{self.e(o.title)}"/><div class="fusion-rollover"><div class="fusion-rollover-content">'
            f'<a class="fusion-rollover-link" href="{self.url(self.post_path(o))}">{self.e(o.title)}</a>'
            "</div></div></div>"
            f'<h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link" href="{self.url(self.post_path(o))}" '
            f'target="_self" title="{self.e(o.title)}">{self.e(o.title)}</a></h4>'
            f'<div class="fusion-carousel-meta"><span class="fusion-date">{ordinal_date(o.published)}</span>'
            '<span class="fusion-inline-sep">|</span><span><a href="'
            f'{self.url(self.post_path(o))}#respond">{self.total_comments(o)} Comments</a></span></div></div></li>' for o in items)
        return ('<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-size-three sep-double sep-solid" '
                'style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left">Related Posts</h3>'
                '<span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div></div>'
                '<div class="fusion-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" '
                'data-autoplay="no" data-touchscroll="no" data-columns="4" data-itemmargin="44px" data-itemwidth="180" data-scrollitems="">'
                f'<div class="fusion-carousel-positioner"><ul class="fusion-carousel-holder">{cards}</ul>'
                '<div class="fusion-carousel-nav"><span class="fusion-nav-prev"></span><span class="fusion-nav-next"></span></div>'
                "</div></div></section>")

    def comments(self, entry: Entry) -> str:
        n = self.comment_count(entry)
        link = self.url(self.post_path(entry))
        items = []
        for k in range(n):
            cid = entry.post_id * 10 + k
            when = later(entry.published, f"c{cid}", 1, 9)
            who = COMMENTERS[(entry.post_id + k) % len(COMMENTERS)]
            reply = ""
            if k == 0:
                rid, author = cid + 5, entry.authors[0]
                reply = (f'<ul class="children"><li class="comment byuser comment-author-{slugify(author.name)} bypostauthor odd alt depth-2" '
                         f'id="comment-{rid}">{self.comment_body(link, rid, author.display, when, REPLY)}</li></ul>')
            items.append(f'<li class="comment {"even thread-even" if k % 2 == 0 else "odd thread-odd"} depth-1" id="comment-{cid}">'
                         f"{self.comment_body(link, cid, who, when, COMMENTS[(entry.post_id + k) % len(COMMENTS)])}{reply}</li>")
        listed = ""
        if items:
            count = self.total_comments(entry)
            listed = ('<div id="comments" class="comments-container"><div class="fusion-title fusion-title-size-three sep-double sep-solid" '
                      f'style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left">{count} Comments</h3></div>'
                      f'<ol class="comment-list commentlist">{"".join(items)}</ol></div>')
        return (listed + '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
                '<div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;">'
                '<h3 class="title-heading-left">Leave A Comment</h3></div> <small><a rel="nofollow" id="cancel-comment-reply-link" '
                'href="#respond" style="display:none;">Cancel reply</a></small></h3>'
                f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form">'
                '<div id="comment-textarea"><label class="screen-reader-text" for="comment">Comment</label>'
                '<textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" '
                'placeholder="Comment..." class="textarea-comment"></textarea></div><div id="comment-input">'
                '<input id="author" name="author" type="text" value="" placeholder="Name (required)" size="30" aria-required="true" />'
                '<input id="email" name="email" type="email" value="" placeholder="Email (required)" size="30" aria-required="true" />'
                '<input id="url" name="url" type="url" value="" placeholder="Website" size="30" /></div>'
                '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" '
                'type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this '
                'browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" '
                'id="comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value="Post Comment" />'
                f"<input type='hidden' name='comment_post_ID' value='{entry.post_id}' id='comment_post_ID' /></p></form></div>")

    def comment_body(self, link: str, cid: int, who: str, when: datetime, text: str) -> str:
        stamp = f"{ordinal_date(when)} at {when.strftime('%I:%M %p').lstrip('0').lower()}"
        return (f'<div class="the-comment"><div class="avatar">{self.avatar(who, 54)}</div><div class="comment-box">'
                f'<div class="comment-author meta"><strong>{self.e(who)}</strong>{stamp}'
                f'<a rel="nofollow" class="comment-reply-link" href="{link}?replytocom={cid}#respond" data-commentid="{cid}" '
                f'data-respondelement="respond" aria-label="Reply to {self.e(who)}"> - Reply</a></div>'
                f'<div class="comment-text"><p>{self.e(text)}</p></div></div></div>')

    # -- head -----------------------------------------------------------------------------------------------

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = self.modified(entry)
        first = entry.authors[0]
        head = (f'<meta name="description" content="{self.e(self.teaser(entry, 24))}" />\n<link rel="canonical" href="{url}" />\n'
                '<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="og:site_name" content="{self.e(SITE)}" />\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}" />\n'
                f'<meta property="og:image" content="{self.img(entry.slug)}" />\n'
                f'<meta name="author" content="{self.e(first.display)}" />\n<meta name="twitter:card" content="summary_large_image" />\n')
        if not self.yoast_post(entry):
            return head
        pid = lambda p: self.url("/#/schema/person/") + hashlib.md5(p.name.encode()).hexdigest()   # noqa: E731
        authors = [{"name": p.display, "@id": pid(p)} for p in entry.authors]
        graph = [{"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
                  "author": authors[0] if len(authors) == 1 else authors, "headline": entry.title,
                  "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
                  "mainEntityOfPage": {"@id": url}, "commentCount": self.total_comments(entry),
                  "publisher": {"@id": self.url("/#organization")}, "image": {"@id": f"{url}#primaryimage"},
                  "thumbnailUrl": self.img(entry.slug), "keywords": list(entry.tags),
                  "articleSection": list(entry.categories), "inLanguage": "en-US"},
                 {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
                  "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
                  "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
                 {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                     {"@type": "ListItem", "position": 2, "name": "Blog", "item": self.url("/blog/")},
                     {"@type": "ListItem", "position": 3, "name": entry.title}]},
                 {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE,
                  "publisher": {"@id": self.url("/#organization")}, "inLanguage": "en-US"},
                 {"@type": ["Organization", "MedicalClinic"], "@id": self.url("/#organization"), "name": SITE, "url": self.url("/"),
                  "telephone": PHONE, "logo": {"@type": "ImageObject", "url": self.url("/wp-content/uploads/2023/02/willow-logo.png")}},
                 *[{"@type": "Person", "@id": pid(p), "name": p.display, "url": self.url(self.author_path(p))}
                   for p in entry.authors]]
        return (head + '<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- pages --------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {SITE}"
        cat = entry.categories[0]
        article = (f'<article id="post-{entry.post_id}" class="{self.post_classes(entry)}">'
                   f'<h2 class="entry-title fusion-post-title">{self.e(entry.title)}</h2>'
                   + self.metadata(entry, "single")
                   + f'<div class="post-content">{self.content(entry)}</div>'
                   + self.sharing_box(entry) + self.author_box(entry.authors[0]) + self.related_html(entry)
                   + self.comments(entry) + "</article>")
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-"
                      f"{'video' if entry.story.kind == 'video' else 'standard'} fusion-image-hovers fusion-pagination-sizing "
                      "fusion-button_type-flat fusion-button_span-no avada-image-rollover-circle-yes avada-image-rollover-yes "
                      "avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header "
                      "no-mobile-sticky-header no-mobile-slidingbar avada-has-rev-slider-styles fusion-disable-outline "
                      "fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none "
                      "layout-scroll-offset-full avada-has-zero-margin-offset-top has-sidebar fusion-top-header "
                      "menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v1 "
                      "avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic "
                      "fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large "
                      "avada-blog-archive-layout-grid avada-header-shadow-no avada-menu-icon-position-left "
                      "avada-has-megamenu-shadow avada-has-pagetitle-100-width avada-has-breadcrumb-mobile-hidden "
                      "avada-has-titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade "
                      "avada-ec-views-v1")
        crumbs = [("Home", "/"), ("Blog", "/blog/"), (cat, self.category_path(cat))]
        return self.document(title, body_class, self.titlebar(entry.title, crumbs), article, self.yoast(entry, title))

    def listing_post(self, o: Entry, grid: bool) -> str:
        link = self.url(self.post_path(o))
        image = (f'<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow"><ul class="slides"><li>'
                 f'<div class="fusion-image-wrapper" aria-haspopup="true"><img width="{700 if grid else 1200}" height="{441 if grid else 750}" '
                 f'src="{self.img(o.slug, "700x441" if grid else "")}" class="attachment-full size-full wp-post-image" alt="" decoding="async" />'
                 '<div class="fusion-rollover"><div class="fusion-rollover-content">'
                 f'<a class="fusion-rollover-link" href="{link}">{self.e(o.title)}</a><div class="fusion-rollover-sep"></div>'
                 f'<h4 class="fusion-rollover-title"><a class="fusion-rollover-title-link" href="{link}">{self.e(o.title)}</a></h4>'
                 '<div class="fusion-rollover-categories">'
                 + ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="tag">{self.e(c)}</a>' for c in o.categories)
                 + "</div></div></div></div></li></ul></div>")
        excerpt = f'<div class="fusion-post-content-container"><p>{self.e(self.teaser(o, 40 if not grid else 22))}</p></div>'
        if grid:
            return (f'<article id="post-{o.post_id}" class="fusion-post-grid {self.post_classes(o)}"><div class="fusion-post-wrapper">'
                    f'{image}<div class="fusion-post-content-wrapper"><div class="fusion-post-content post-content">'
                    f'<h2 class="blog-shortcode-post-title entry-title"><a href="{link}">{self.e(o.title)}</a></h2>'
                    f'{self.metadata(o, "grid")}<div class="fusion-content-sep sep-double sep-solid"></div>{excerpt}</div>'
                    f'<div class="fusion-meta-info"><div class="fusion-alignleft"><a href="{link}" class="fusion-read-more" '
                    f'aria-label="More on {self.e(o.title)}">Read More</a></div><div class="fusion-alignright">'
                    f'<a href="{link}#respond"><i class="awb-icon-bubbles" aria-hidden="true"></i>&nbsp;{self.total_comments(o)}</a>'
                    "</div></div></div></div></article>")
        return (f'<article id="post-{o.post_id}" class="fusion-post-large {self.post_classes(o)}">{image}'
                f'<div class="fusion-post-content post-content"><h2 class="entry-title fusion-post-title"><a href="{link}">'
                f"{self.e(o.title)}</a></h2>{excerpt}</div><div class=\"fusion-clearfix\"></div>"
                f'<div class="fusion-meta-info">{self.metadata(o, "large")}<div class="fusion-alignright">'
                f'<a href="{link}" class="fusion-read-more" aria-label="More on {self.e(o.title)}">Read More</a></div></div></article>')

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        out = []
        if n > 1:
            out.append(f'<a class="pagination-prev" rel="prev" href="{self.url(path_of(n - 1))}"><span class="page-prev"></span>'
                       '<span class="page-text">Previous</span></a>')
        for k in range(1, pages + 1):
            out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{self.url(path_of(k))}" class="inactive">{k}</a>')
        if n < pages:
            out.append(f'<a class="pagination-next" rel="next" href="{self.url(path_of(n + 1))}"><span class="page-text">Next</span>'
                       '<span class="page-next"></span></a>')
        return f'<div class="pagination clearfix">{"".join(out)}</div>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        blog = path_of(1) == "/blog/"
        grid = not blog
        layout = "grid" if grid else "large"
        posts = "".join(self.listing_post(o, grid) for o in items)
        main = (f'<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-{layout}-wrapper fusion-clearfix">'
                f'<div class="fusion-posts-container fusion-blog-layout-{layout}{" fusion-blog-layout-grid-3 isotope" if grid else ""} '
                f'fusion-blog-pagination fusion-blog-rollover" data-pages="{pages}">{posts}</div>'
                + self.pagination(n, pages, path_of) + "</div>")
        if blog:
            heading, label, body_class = "Blog", f"Blog | {SITE}", "blog"
        else:
            kind = ("Category" if path_of(1).startswith("/category/") else "Tag" if path_of(1).startswith("/tag/")
                    else "Author" if path_of(1).startswith("/author/") else "Month")
            heading = title
            label = f"{title} Archives | {SITE}"
            body_class = {"Category": "archive category", "Tag": "archive tag", "Author": "archive author",
                          "Month": "archive date"}[kind]
        if n > 1:
            label = label.replace(f" | {SITE}", f" | Page {n} of {pages} | {SITE}")
            body_class += " paged"
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}" />\n<meta property="og:type" content="website" />\n'
                f'<meta property="og:title" content="{self.e(label)}" />\n'
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}" />\n' if n < pages else ""))
        crumbs = [("Home", "/")] + ([("Blog", "/blog/")] if not blog else [])
        return self.document(label, body_class + " fusion-body avada-blog-layout-large avada-blog-archive-layout-grid has-sidebar",
                             self.titlebar(heading, crumbs), main, head)

    def page_head(self, slug: str, title: str) -> str:
        url = self.url(self.page_path(slug) if slug else "/")
        published, modified = "2022-08-15T10:12:40-05:00", "2024-02-06T16:31:09-06:00"
        graph = [{"@type": "WebPage", "@id": url, "url": url, "name": f"{title} | {SITE}", "isPartOf": {"@id": self.url("/#website")},
                  "datePublished": published, "dateModified": modified, "inLanguage": "en-US"},
                 {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE}]
        return (f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="{"website" if not slug else "article"}" />\n'
                f'<meta property="og:title" content="{self.e(title)} | {self.e(SITE)}" />\n'
                f'<meta property="article:modified_time" content="{modified}" />\n'
                '<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>\n')

    def page_article(self, pid: int, title: str, content: str) -> str:
        """A page: Avada's hidden rich snippets (title, the page's WordPress author, modified time), then the builder content."""
        admin = self.owner()
        return (f'<div id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
                f'<span class="entry-title rich-snippet-hidden">{self.e(title)}</span><span class="vcard rich-snippet-hidden">'
                f'<span class="fn"><a href="{self.url(self.author_path(admin))}" title="Posts by {self.e(admin.display)}" rel="author">'
                f'{self.e(admin.display)}</a></span></span><span class="updated rich-snippet-hidden">2024-02-06T16:31:09-06:00</span>'
                f'<div class="post-content">{content}</div></div>')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        pid = 40 + len(slug) * 3
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        parts = [self.container(1, self.title(1, self.e(title), "two") + self.text(2, body))]
        if slug == "services":
            cols = "".join(self.title(10 + i, self.e(name), "three") + self.text(20 + i, f"<p>{self.e(text)}</p>")
                           for i, (name, text) in enumerate(SERVICES))
            parts.append(self.container(2, cols))
        elif slug == "about":
            people = "".join(f'<div class="fusion-person person-shortcode person-shortcode-{i + 1}"><div class="person-shortcode-image-wrapper">'
                             f'<div class="person-image-container">{self.avatar(p.name, 300)}</div></div><div class="person-desc">'
                             f'<div class="person-author"><div class="person-author-wrapper"><span class="person-name">{self.e(p.display)}</span>'
                             '<span class="person-title">Provider</span></div></div></div></div>'
                             for i, p in enumerate(self.by_author()))
            parts.append(self.container(2, self.title(30, "Meet Our Providers") + people))
        elif slug == "contact":
            parts.append(self.container(2, self.text(40, f"<p><strong>Call us:</strong> {PHONE}<br/>4120 Medical Pkwy, Suite 210, "
                                                         "Austin, TX 78756</p><p>Monday to Friday, 8:00 am to 5:00 pm</p>")
                                        + '<div class="fusion-form fusion-form-builder fusion-form-form-wrapper"><form action="#" method="post">'
                                        '<input type="text" name="name" placeholder="Your Name"><textarea name="message"></textarea>'
                                        '<button type="submit" class="fusion-button">Send Message</button></form></div>'))
        main = self.page_article(pid, title, "".join(parts))
        return self.document(f"{title} | {SITE}", f"page-template-default page page-id-{pid} fusion-body has-sidebar",
                             self.titlebar(title, [("Home", "/")]), main, self.page_head(slug, title), sidebar=False)

    def landing(self) -> str:
        services = "".join(self.title(10 + i, f'<a href="{self.url(self.page_path("services"))}">{self.e(name)}</a>', "three")
                           + self.text(20 + i, f"<p>{self.e(text)}</p>") for i, (name, text) in enumerate(SERVICES))
        recent = "".join(
            f'<article class="post fusion-column column col col-lg-4 col-md-4 col-sm-4"><div class="fusion-flexslider flexslider '
            f'floated-slideshow"><ul class="slides"><li><a href="{self.url(self.post_path(o))}" aria-label="{self.e(o.title)}">'
            f'<img src="{self.img(o.slug, "700x441")}" alt="" /></a></li></ul></div><div class="recent-posts-content">'
            f'<h4 class="entry-title"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h4>'
            f'<p class="meta"><span><span class="date">{ordinal_date(o.published)}</span></span></p>'
            f"<p>{self.e(self.teaser(o, 16))}</p></div></article>" for o in self.newest[:3])
        content = (self.container(1, self.title(1, f"Welcome to {self.e(SITE)}", "one")
                                  + self.text(2, f"<p>{self.e(TAGLINE)}. Our board-certified physicians and nurse practitioners "
                                                 "care for women in Austin from adolescence through menopause and beyond.</p>"))
                   + self.container(2, self.title(3, "Our Services") + services)
                   + self.container(3, self.title(4, "Latest From Our Blog")
                                    + f'<div class="fusion-recent-posts fusion-recent-posts-1 avada-container layout-thumbnails-on-side '
                                    f'layout-columns-3"><section class="fusion-columns columns fusion-columns-3 columns-3">{recent}</section></div>'
                                    + f'<div ><a class="fusion-button button-flat button-default" href="{self.url("/blog/")}">'
                                    '<span class="fusion-button-text">Read the Blog</span></a></div>'))
        main = self.page_article(7, "Home", content)
        return self.document(f"{SITE} | {TAGLINE}", "home page-template page-template-100-width page-template-100-width-php page "
                             "page-id-7 fusion-body", "", main, self.page_head("", "Home"), sidebar=False)

    # -- frame --------------------------------------------------------------------------------------------

    def titlebar(self, heading: str, crumbs: list[tuple[str, str]]) -> str:
        if not heading:
            return ""
        items = "".join(f'<span class="fusion-breadcrumb-item"><a href="{self.url(p)}" class="fusion-breadcrumb-link">'
                        f'<span >{self.e(label)}</span></a></span><span class="fusion-breadcrumb-sep">/</span>' for label, p in crumbs)
        return ('<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-title-bar '
                'fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
                f'<div class="fusion-page-title-captions"><h1 class="entry-title">{self.e(heading)}</h1></div>'
                '<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb">'
                f'<ol class="awb-breadcrumb-list"><li>{items}<span class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">'
                f"{self.e(heading)}</span></span></li></ol></nav></div></div></div></div></section>")

    def owner(self) -> Person:
        return next(iter(self.by_author()))

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:5])
        groups = self.groups("categories")
        cats = "".join(f'<li class="cat-item cat-item-{10 + i}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a> '
                       f"({len(groups[c])})</li>" for i, c in enumerate(sorted(groups)))
        months = "".join(f'<li><a href="{self.url(self.month_path(items[0].published))}">{items[0].published:%B} {y}</a>'
                         f"&nbsp;({len(items)})</li>" for (y, m), items in self.months().items())
        tags = self.groups("tags")
        cloud = "".join(f'<a href="{self.url(self.tag_path(t))}" class="tag-cloud-link tag-link-{100 + i} tag-link-position-{i + 1}" '
                        f'style="font-size: {8 + 2 * min(len(tags[t]), 5)}pt;" aria-label="{self.e(t)} ({len(tags[t])} items)">{self.e(t)}</a>\n'
                        for i, t in enumerate(sorted(tags)))
        head = lambda t: f'<div class="heading"><h4 class="widget-title">{t}</h4></div>'   # noqa: E731
        return ('<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right '
                'fusion-blogsidebar" style="float: right;" data="">'
                f'<section id="search-2" class="widget widget_search"><form role="search" class="searchform fusion-search-form '
                f'fusion-search-form-classic" method="get" action="{self.url("/")}"><div class="fusion-search-form-content">'
                '<div class="fusion-search-field search-field"><label><span class="screen-reader-text">Search for:</span>'
                '<input type="search" value="" name="s" class="s" placeholder="Search..." required aria-required="true" '
                'aria-label="Search..."/></label></div><div class="fusion-search-button search-button"><input type="submit" '
                'class="fusion-search-submit searchsubmit" aria-label="Search" value="&#xf002;" /></div></div></form></section>'
                f'<section id="recent-posts-2" class="widget widget_recent_entries">{head("Recent Posts")}<ul>{recent}</ul></section>'
                f'<section id="categories-2" class="widget widget_categories">{head("Categories")}<ul>{cats}</ul></section>'
                f'<section id="archives-2" class="widget widget_archive">{head("Archives")}<ul>{months}</ul></section>'
                f'<section id="tag_cloud-2" class="widget widget_tag_cloud">{head("Tags")}<div class="tagcloud">{cloud}</div></section>'
                "</aside>")

    def document(self, title: str, body_class: str, titlebar: str, main: str, head: str, sidebar: bool = True) -> str:
        menu = (("/", "Home"), (self.page_path("about"), "About"), (self.page_path("services"), "Services"),
                ("/blog/", "Blog"), (self.page_path("contact"), "Contact"))
        nav = "".join(f'<li id="menu-item-{30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{30 + i}" '
                      f'data-item-id="{30 + i}"><a href="{self.url(p)}" class="fusion-bar-highlight"><span class="menu-text">{label}</span></a></li>'
                      for i, (p, label) in enumerate(menu))
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:3])
        content_style = ' style="float: left;"' if sidebar else ' class="full-width"'
        return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(SITE)} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{self.url('/wp-content/uploads/fusion-styles/7c1a2b.min.css?ver=3.11.7')}' type='text/css' media='all' />
<link rel="https://api.w.org/" href="{self.url('/wp-json/')}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="icon" href="{self.url('/wp-content/uploads/2023/02/favicon-66x66.png')}" sizes="32x32" />
</head>
<body class="{body_class}" data-awb-post-id="0">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo- fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header"><div class="fusion-row"><div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Call Us Today! {PHONE}</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:&#105;nfo&#64;willowcreekwh.com">&#105;nfo&#64;willowcreekwh.com</a></span></div></div><div class="fusion-alignright"><nav class="fusion-secondary-menu" role="navigation" aria-label="Secondary Menu"><ul id="menu-top" class="menu"><li class="menu-item"><a href="https://portal.willowcreekwh.com/" class="fusion-bar-highlight"><span class="menu-text">Patient Portal</span></a></li><li class="menu-item"><a href="{self.url(self.page_path('contact'))}" class="fusion-bar-highlight"><span class="menu-text">Book an Appointment</span></a></li></ul></nav></div></div></div>
<div class="fusion-header-sticky-height"></div><div class="fusion-header"><div class="fusion-row"><div class="fusion-logo" data-margin-top="31px" data-margin-bottom="31px" data-margin-left="0px" data-margin-right="0px"><a class="fusion-logo-link" href="{self.url('/')}"><img src="{self.url('/wp-content/uploads/2023/02/willow-logo.png')}" width="240" height="60" alt="{self.e(SITE)} Logo" data-retina_logo_url="" class="fusion-standard-logo" /></a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><div class="fusion-overlay-search"></div><ul id="menu-main" class="fusion-menu">{nav}</ul></nav></div></div></div><div class="fusion-clearfix"></div></header>
<div id="sliders-container" class="fusion-slider-visibility"></div>
{titlebar}
<main id="main" class="clearfix "><div class="fusion-row" style="">
<section id="content"{content_style}>{main}</section>
{self.sidebar() if sidebar else ''}
</div></main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div class="fusion-columns fusion-columns-3 fusion-widget-area">
<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-3" class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Office Hours</h4><div class="textwidget"><p>Monday &#8211; Friday: 8:00 am &#8211; 5:00 pm<br />Saturday: 9:00 am &#8211; 12:00 pm</p><p>After hours, call our nurse line at {PHONE}.</p></div><div style="clear:both;"></div></section></div>
<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="recent-posts-3" class="fusion-footer-widget-column widget widget_recent_entries"><h4 class="widget-title">From the Blog</h4><ul>{recent}</ul><div style="clear:both;"></div></section></div>
<div class="fusion-column fusion-column-last col-lg-4 col-md-4 col-sm-4"><section id="contact_info-widget-2" class="fusion-footer-widget-column widget contact_info"><h4 class="widget-title">Contact Us</h4><div class="contact-info-container"><p class="address">4120 Medical Pkwy, Suite 210, Austin, TX 78756</p><p class="phone">Phone: <a href="tel:5125550148">{PHONE}</a></p></div><div style="clear:both;"></div></section></div>
<div class="fusion-clearfix"></div></div></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>Copyright 2024 {self.e(SITE)} | All Rights Reserved | <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a> | Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a> | <a href="https://avada.com" rel="nofollow">Avada</a></div></div><div class="fusion-social-links-footer"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" title="Facebook" href="https://www.facebook.com/willowcreekwh" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-instagram awb-icon-instagram" title="Instagram" href="https://www.instagram.com/willowcreekwh" target="_blank" rel="noreferrer"><span class="screen-reader-text">Instagram</span></a></div></div></div></div></div></footer>
</div></div></div>
<div class="avada-footer-scripts"><div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link"><span class="screen-reader-text">Go to Top</span></a></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="{self.url(self.page_path('privacy-policy'))}" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>
<script type="text/javascript" id="fusion-scripts-js-extra">var fusionJSVars = {{"visibility_small":"640","visibility_medium":"1024"}};</script>
</body></html>"""
