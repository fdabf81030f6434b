"""genesis (held out): a registered dietitian's nutrition and food blog on WordPress with the
StudioPress Genesis Framework and a Feast-style food child theme (Foodie Pro), Yoast SEO, Co-Authors
Plus, Jetpack Related Posts, Tasty Recipes cards, Grow Social share buttons, Genesis eNews Extended
and the CookieYes cookie bar.

Modelled on the real framework and theme files: Genesis itself as kept in
``seothemes/genesis-as-a-plugin`` (``lib/structure/post.php``: ``genesis_entry_header_markup_open``,
``genesis_do_post_title`` (``h1.entry-title`` on singular, ``h2`` > ``a.entry-title-link`` on
archives), ``genesis_post_info`` (default ``[post_date] by [post_author_posts_link] [post_comments]
[post_edit]`` in ``p.entry-meta``), ``genesis_post_meta`` in ``footer.entry-footer``, the
``genesis_after_entry`` author box, adjacent entry navigation and comments, the ``entry`` post class
replacing ``hentry``; ``lib/shortcodes/post.php``: ``time.entry-time``, ``span.entry-author`` >
``a.entry-author-link`` > ``span.entry-author-name``, ``span.entry-comments-link`` "Leave a Comment"
/ "N Comments", ``span.entry-categories`` "Filed Under: ", ``span.entry-tags`` "Tagged With: ";
``lib/functions/schema.php``: ``body`` itemscope WebPage, ``site-header`` WPHeader, ``site-title``
itemprop headline, ``nav-primary`` SiteNavigationElement with ``itemprop="url"`` / ``name``, ``entry``
CreativeWork, ``entry-title`` headline, ``entry-time`` datePublished + datetime, ``entry-author``
author/Person, ``entry-content`` text, ``comment`` Comment, ``author-box`` Person, ``sidebar-primary``
WPSideBar, ``site-footer`` WPFooter, the BreadcrumbList microdata of Genesis breadcrumbs), and the
Genesis child themes' customisations seen in public repositories (``davidwolfpaw/obm-genesis-child``
``single.php``: ``genesis_post_info`` / ``genesis_post_meta`` filters, ``genesis_prev_next_post_nav``;
Foodie Pro 4.4.0 as copied in ``moriokameda/docker-wordpress``
``src/wp-content/themes/foodiepro-v440`` (README, ``sample-data/foodieprowidgets.wie``: the sidebar's
``user-profile`` "Welcome" widget with a photo and a "Let's dig deeper" page link, ``search``,
``featured-post`` "Feature Your Favorites" with square thumbnails and "[post_date] By
[post_author_posts_link]" post info, the ``enews-ext`` Subscribe boxes before the header and in the
``after-entry`` area, the ``categories`` dropdown on the recipe index). Jetpack's related posts in
its minimal (text) layout, appended to the content (``div#jp-relatedposts`` >
``h3.jp-relatedposts-headline`` > ``jp-relatedposts-items-minimal`` of ``p.jp-relatedposts-post``
with title, date and "In "Category"" context), Co-Authors Plus's ``coauthors_posts_links()`` (``a.author.url.fn``
joined with " and ") swapped into ``genesis_post_info`` by the child theme, Yoast's ``@graph``
(Article, WebPage, ImageObject, BreadcrumbList, WebSite, and the blogger as the site's Person
publisher), Tasty Recipes' card markup (``tasty-recipes``, ``tasty-recipes-entry-header``,
``tasty-recipes-details`` with "Author:"/"Prep Time:" labels, ``tasty-recipes-ingredients-body``,
``tasty-recipes-instructions-body``, ``tasty-recipes-nutrition``, the "Jump to Recipe" link) and
the WordPress block editor's YouTube/Vimeo embed figures are written from their plugins' rendered
output as seen on dietitians' and food bloggers' Genesis sites; those templates were not in the
stored corpus.

A post page: the "before header" Subscribe box; ``header.site-header`` with the title area;
``nav.nav-primary``; Genesis breadcrumbs ("You are here: Home / Category / Title");
``main.content`` > ``article.entry`` (CreativeWork) > ``header.entry-header`` (``h1`` and the post
info: "March 3, 2024 by Marcus Bell, RD Leave a Comment", two linked names joined by "and" on
co-authored posts, "3 Comments" on posts with comments) > ``div.entry-content`` (Grow Social's
share bar at the top, "Jump to Recipe" on posts with a card, the body, the Tasty Recipes card,
Jetpack's "Related" block on about half the posts) > ``footer.entry-footer`` ("Filed Under: X
Tagged With: a, b"); the author box ("About Marcus Bell, RD", a bio); the ``after-entry`` widget
area (eNews "Get my free 7-day meal plan"); previous/next post links; "Reader Interactions" with
the comments (``article`` Comment microdata, each with its own ``datePublished`` and author Person,
the blogger's replies marked ``bypostauthor``, ``?replytocom=`` reply links) and
``div#respond.comment-respond``; ``aside.sidebar-primary`` (About Me with a photo, Subscribe,
"Reader Favorites" featured posts (site-wide, ``article.entry`` cards with ``h4.entry-title``),
a Categories dropdown, a search form); the footer widgets ("Recent Posts") and the site footer; the
cookie bar with its "Read More" link.

The truth: the title without " - SITE"; the people in the post info, without the credentials
dietitians put in their WordPress display names ("Marcus Bell, RD"); the published date (Yoast's
``dateModified`` is later and not shown); the post's own categories and tags ("Filed Under" /
"Tagged With"); Jetpack's "Related" list where shown (none on the other posts: the site-wide
featured posts are no Read Also); the body is the post's text and, on posts with a card, the
card's name, summary, "Ingredients" and "Instructions" headings, ingredient lines and steps (not
its details line, buttons or nutrition facts). Video posts are a block-editor embed and a sentence
or two. Two posts are in Spanish (their own Spanish categories; the site's ``lang`` and Yoast's
``inLanguage`` stay ``en-US``). The About and Start Here pages are evergreen pages (Genesis marks
them ``article.page.entry`` CreativeWork too, without post info, and Yoast types them WebPage
with dates and ``og:type`` article); Contact and Privacy Policy likewise.

URLs: ``/slug/``, ``/category/x/``, ``/tag/x/``, ``/author/x/`` with ``page/N/`` (Genesis's
numbered ``archive-pagination``); the home page is the blog (``/``, ``/page/N/``); Yoast's
``/sitemap_index.xml``, ``/feed/``, robots.txt. No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from dataclasses import replace
from datetime import timedelta
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, slugify
from .recipes_data import RECIPES, Recipe
from .site import RSS, ZooSite, later, long_date

SITE = "Plate & Pulse Nutrition"
TAGLINE = "Realistic nutrition and simple recipes from a registered dietitian"
BIOS = ("is a registered dietitian who writes about everyday nutrition, easy weeknight meals and "
        "eating well without the guilt.", "develops and tests the recipes on this blog and writes about "
        "the science behind them.", "contributes articles on sleep, stress and heart health.")
COMMENTERS = ("Sarah", "Kim L.", "Danielle", "Mike R.", "Jess")
COMMENTS = ("This was so helpful, thank you! Saving it for later.",
            "I tried this last week and my whole family loved it.",
            "Do you have any tips for making this work with a busy schedule?",
            "Great explanation. I finally understand why this matters.")
REPLY = "Thank you so much for reading! I'm so glad it helped."


class Genesis(ZooSite):
    family = "genesis"
    site_name = SITE
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="genesis", count=40, languages=("en", "es"), authors=3, co_authors=0.2, tz_hours=-5,
                related=(0, 3, 3))
    per_link_params = ("replytocom",)   # WordPress comment reply links: the post again

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.cards: dict[str, Recipe] = {}
        self._pool = list(RECIPES)
        super().__init__(base_url)

    # -- the plan, dressed ------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """Two Nutrition articles carry a Tasty Recipes card (the recipe is body: the post is for it)."""
        story = entry.story
        if (story.kind == "article" and story.language == "en" and story.category == "Nutrition"
                and len(self.cards) < 2 and self._pool):
            recipe = self._pool.pop(0)
            card = (Block("h2", recipe.name), Block("p", recipe.summary), Block("h3", "Ingredients"),
                    Block("ul", items=tuple(recipe.ingredient_lines())), Block("h3", "Instructions"),
                    Block("ol", items=recipe.instructions))
            entry.story = replace(story, blocks=story.blocks + card)
            self.cards[story.key] = recipe
        return entry

    def card_of(self, entry: Entry) -> Recipe | None:
        return self.cards.get(entry.story.key)

    def prose(self, entry: Entry) -> list[Block]:
        return list(entry.story.blocks[:-6] if self.card_of(entry) else entry.story.blocks)

    def shown_related(self, entry: Entry) -> list[Entry]:
        return self.related(entry)

    def display(self, person: Person) -> str:
        """The WordPress display name dietitians give themselves: "Marcus Bell, RD"."""
        return ", ".join((person.name, *person.credentials))

    def comment_count(self, entry: Entry) -> int:
        return (0, 0, 2, 3)[entry.post_id % 4]

    def modified(self, entry: Entry):
        return later(entry.published, f"genesis:{entry.slug}", 40, 500)

    # -- routes ---------------------------------------------------------------------------------------

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: ["/", *[self.page_path(s) for s in texts.EVERGREEN]])
        self.add("/feed/", "other", lambda: self.rss(SITE, "/", self.newest), RSS)
        self.add("/wp-login.php", "other", lambda: f"<!DOCTYPE html><html><head><title>Log In &lsaquo; {self.e(SITE)} &#8212; "
                 "WordPress</title></head><body class=\"login\"><form name=\"loginform\" id=\"loginform\"></form></body></html>")
        for entry in self.entries:
            recipe = self.card_of(entry)
            if recipe:
                self.add(self.print_path(entry), "other", lambda entry=entry, recipe=recipe: (
                    f"<!DOCTYPE html><html><head><title>{self.e(recipe.name)}</title><meta name=\"robots\" content=\"noindex\">"
                    f"</head><body class=\"tasty-recipes-print-view\">{self.tasty_card(entry, recipe)}</body></html>"))

    def print_path(self, entry: Entry) -> str:
        return f"{self.post_path(entry)}print/{entry.post_id + 1000}/"

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- pieces ---------------------------------------------------------------------------------------

    def img(self, key: str, size: str = "") -> str:
        return self.url(f"/wp-content/uploads/2023/04/{key[:30]}{('-' + size) if size else ''}.jpg")

    def avatar(self, name: str, size: int) -> str:
        h = hashlib.md5(name.lower().encode()).hexdigest()
        return (f"<img alt='' src='https://secure.gravatar.com/avatar/{h}?s={size}&#038;d=mm&#038;r=g' "
                f"class='avatar avatar-{size} photo' height='{size}' width='{size}' loading='lazy' decoding='async'/>")

    def time_tag(self, entry: Entry) -> str:
        return (f'<time class="entry-time" itemprop="datePublished" datetime="{entry.published.isoformat()}">'
                f"{long_date(entry.published)}</time>")

    def post_info(self, entry: Entry, single: bool) -> str:
        """``genesis_post_info``: "[post_date] by [post_author_posts_link] [post_comments]"; on
        co-authored posts the child theme prints Co-Authors Plus's linked names instead."""
        if len(entry.authors) > 1:
            names = [f'<a href="{self.url(self.author_path(p))}" title="Posts by {self.e(self.display(p))}" '
                     f'class="author url fn" rel="author">{self.e(self.display(p))}</a>' for p in entry.authors]
            who = ", ".join(names[:-1]) + " and " + names[-1]
        else:
            p = entry.authors[0]
            who = (f'<span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                   f'<a href="{self.url(self.author_path(p))}" class="entry-author-link" rel="author" itemprop="url">'
                   f'<span class="entry-author-name" itemprop="name">{self.e(self.display(p))}</span></a></span>')
        n = self.comment_count(entry)
        label = "Leave a Comment" if n == 0 else f"{n} Comments"
        link = self.url(self.post_path(entry)) + ("#respond" if n == 0 else "#comments")
        return (f'<p class="entry-meta">{self.time_tag(entry)} by {who} <span class="entry-comments-link">'
                f'<a href="{link}">{label}</a></span> </p>')

    def post_meta(self, entry: Entry) -> str:
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        out = f'<span class="entry-categories">Filed Under: {cats}</span>' if cats else ""
        if tags:
            out += f' <span class="entry-tags">Tagged With: {tags}</span>'
        return f'<footer class="entry-footer"><p class="entry-meta">{out}</p></footer>'

    def post_classes(self, entry: Entry) -> str:
        return (f"post-{entry.post_id} post type-post status-publish format-"
                f"{'video' if entry.story.kind == 'video' else 'standard'} has-post-thumbnail "
                + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                + " ".join("tag-" + slugify(t) for t in entry.tags) + " entry")

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        query = "?feature=oembed" if provider == "youtube" else "?dnt=1&amp;app_id=122963"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                f'<iframe title="{self.e(entry.title)}" width="720" height="405" src="{html.escape(src)}{query}" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen>'
                "</iframe></div></figure>")

    def share_bar(self, entry: Entry) -> str:
        """Grow Social (Social Pug) buttons, prepended to the content."""
        url, title = quote(self.url(self.post_path(entry)), safe=""), quote(entry.title)
        nets = (("facebook", "Share", f"https://www.facebook.com/sharer/sharer.php?u={url}&amp;t={title}"),
                ("pinterest", "Pin", f"https://pinterest.com/pin/create/button/?url={url}&amp;media="
                                     f"{quote(self.img(entry.slug), safe='')}&amp;description={title}"),
                ("email", "Email", f"mailto:?subject={title}&amp;body={url}"))
        items = "".join(
            f'<li class="dpsp-network-list-item dpsp-network-list-item-{n}"><a rel="nofollow noopener" href="{h}" '
            f'class="dpsp-network-btn dpsp-{n}{" dpsp-first" if i == 0 else ""}" target="_blank" aria-label="Share on '
            f'{n.title()}" title="Share on {n.title()}"><span class="dpsp-network-icon"><span class="dpsp-network-icon-inner">'
            f'</span></span><span class="dpsp-network-label">{label}</span></a></li>' for i, (n, label, h) in enumerate(nets))
        return ('<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small dpsp-has-spacing '
                'dpsp-show-on-mobile dpsp-button-style-1"><ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share '
                f'dpsp-networks-btns-content dpsp-column-auto">{items}</ul></div>')

    def tasty_card(self, entry: Entry, recipe: Recipe) -> str:
        author = entry.authors[0]
        ings = "".join(f'<li data-tr-ingredient-checkbox=""><span data-amount="{self.e(a)}">{self.e(a)}</span> '
                       + self.e(" ".join(x for x in (u, n) if x) + (f", {notes}" if notes else "")) + "</li>"
                       for a, u, n, notes in recipe.ingredients)
        steps = "".join(f'<li id="instruction-step-{i + 1}">{self.e(s)}</li>' for i, s in enumerate(recipe.instructions))
        kcal, carbs, protein, fat, fiber, sugar, sodium = recipe.nutrition
        nutr = "".join(f'<li><strong class="tasty-recipes-label">{k}:</strong> <span class="tasty-recipes-{slugify(k)}">{v}</span></li>'
                       for k, v in (("Calories", kcal), ("Sugar", f"{sugar}g"), ("Sodium", f"{sodium}mg"),
                                    ("Fat", f"{fat}g"), ("Carbohydrates", f"{carbs}g"), ("Fiber", f"{fiber}g"),
                                    ("Protein", f"{protein}g")))
        rid = entry.post_id + 1000
        return (f'<span class="tasty-recipes-jump-target" id="tasty-recipes-{rid}-jump-target" style="display:block;padding-top:2px;'
                f'margin-top:-2px;"></span><div id="tasty-recipes-{rid}" data-tr-id="{rid}" class="tasty-recipes '
                f'tasty-recipes-{rid} tasty-recipes-has-image"><div class="tasty-recipes-entry-header">'
                f'<div class="tasty-recipes-image"><img width="225" height="225" src="{self.img(recipe.slug, "225x225")}" '
                f'class="attachment-thumbnail size-thumbnail" alt="{self.e(recipe.name)}" decoding="async"></div>'
                f'<h2 class="tasty-recipes-title">{self.e(recipe.name)}</h2>'
                '<div class="tasty-recipes-rating"><span class="tasty-recipes-rating-stars">★★★★★</span>'
                '<span class="rating-label"><span class="average">4.8</span> from <span class="count">12</span> reviews</span></div>'
                '<div class="tasty-recipes-details"><ul>'
                f'<li class="author"><span class="tasty-recipes-label">Author:</span> <span class="tasty-recipes-author-name">'
                f'{self.e(author.name)}</span></li>'
                f'<li class="prep-time"><span class="tasty-recipes-label">Prep Time:</span> <span class="tasty-recipes-prep-time">'
                f'{recipe.prep} minutes</span></li>'
                f'<li class="cook-time"><span class="tasty-recipes-label">Cook Time:</span> <span class="tasty-recipes-cook-time">'
                f'{recipe.cook} minutes</span></li>'
                f'<li class="yield"><span class="tasty-recipes-label">Yield:</span> <span class="tasty-recipes-yield">'
                f'{recipe.servings} servings</span></li>'
                f'<li class="category"><span class="tasty-recipes-label">Category:</span> <span class="tasty-recipes-category">'
                f'{self.e(recipe.course)}</span></li></ul></div>'
                f'<div class="tasty-recipes-buttons"><div class="tasty-recipes-button-wrap"><a class="button tasty-recipes-print-button '
                f'tasty-recipes-no-print" href="{self.url(self.print_path(entry))}" rel="nofollow">Print Recipe</a></div>'
                f'<div class="tasty-recipes-button-wrap"><a class="share-pin button" href="https://www.pinterest.com/pin/create/'
                f'button/?url={quote(self.url(self.post_path(entry)), safe="")}" target="_blank" rel="nofollow noopener">Pin Recipe</a>'
                "</div></div></div>"
                '<div class="tasty-recipes-entry-content"><div class="tasty-recipes-description"><div '
                f'class="tasty-recipes-description-body"><p>{self.e(recipe.summary)}</p></div></div>'
                '<div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header"><h3>Ingredients</h3>'
                '<div class="tasty-recipes-units-scale-container"><span class="tasty-recipes-scale-label">Scale</span>'
                '<button class="tasty-recipes-scale-button tasty-recipes-scale-button-active" data-amount="1">1x</button>'
                '<button class="tasty-recipes-scale-button" data-amount="2">2x</button></div></div>'
                f'<div class="tasty-recipes-ingredients-body" data-tasty-recipes-customization="body-color.color"><ul>{ings}</ul></div></div>'
                '<div class="tasty-recipes-instructions"><div class="tasty-recipes-instructions-header"><h3>Instructions</h3></div>'
                f'<div class="tasty-recipes-instructions-body"><ol>{steps}</ol></div></div>'
                '<div class="tasty-recipes-nutrifox"></div>'
                f'<div class="tasty-recipes-nutrition"><h3>Nutrition</h3><ul>{nutr}</ul></div>'
                "</div></div>")

    def jp_related(self, entry: Entry) -> str:
        related = self.shown_related(entry)
        if not related:
            return ""
        items = "".join(
            f'<p class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-id="{o.post_id}" data-post-format="false">'
            f'<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{self.url(self.post_path(o))}" '
            f'title="{self.e(self.teaser(o, 12))}" rel="nofollow" data-origin="{entry.post_id}" data-position="{k}">'
            f'{self.e(o.title)}</a></span><span class="jp-relatedposts-post-date">{long_date(o.published)}</span>'
            f'<span class="jp-relatedposts-post-context">In &quot;{self.e(o.categories[0])}&quot;</span></p>'
            for k, o in enumerate(related))
        return ("<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>"
                f'<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid ">{items}</div></div>')

    def content(self, entry: Entry) -> str:
        recipe = self.card_of(entry)
        parts = [self.share_bar(entry)]
        if recipe:
            parts.append(f'<p><a class="tasty-recipes-jump-link tasty-recipes-scrollto" href="#tasty-recipes-{entry.post_id + 1000}-jump-target">'
                         "Jump to Recipe</a></p>")
        parts.extend(self.block_html(b, entry) for b in self.prose(entry))
        if recipe:
            parts.append(self.tasty_card(entry, recipe))
        parts.append(self.jp_related(entry))
        return "\n".join(p for p in parts if p)

    def author_box(self, person: Person) -> str:
        bio = f"{person.name} {BIOS[self.by_author_index(person) % len(BIOS)]}"
        return ('<section class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'{self.avatar(person.name, 70)}<h4 class="author-box-title">About <span itemprop="name">'
                f'{self.e(self.display(person))}</span></h4><div class="author-box-content" itemprop="description">'
                f"<p>{self.e(bio)}</p></div></section>")

    def by_author_index(self, person: Person) -> int:
        return list(self.by_author()).index(person) if person in self.by_author() else 0

    def enews(self, wid: str, title: str, text: str, button: str) -> str:
        return (f'<section id="{wid}" class="widget enews-widget"><div class="widget-wrap"><div class="enews enews-1-field">'
                f'<h3 class="widgettitle widget-title">{title}</h3>\n<p>{text}</p>\n'
                f'<form id="subscribe{wid}" class="enews-form" action="https://platepulse.us21.list-manage.com/subscribe/post" '
                f'method="post" target="_blank" name="{wid}"><input type="email" value="" id="subbox" class="enews-email" '
                'aria-label="E-Mail Address" placeholder="E-Mail Address" name="EMAIL" required="required" />'
                f'<input type="submit" value="{button}" id="subbutton" class="enews-submit" /></form></div></div></section>')

    def comments(self, entry: Entry) -> str:
        n = self.comment_count(entry)
        items = []
        for k in range(n):
            cid = entry.post_id * 10 + k
            when = entry.published + timedelta(days=2 + k * 5, hours=3)
            who = COMMENTERS[(entry.post_id + k) % len(COMMENTERS)]
            reply = ""
            if k == 0:
                rid, rwhen = cid + 5, when + timedelta(hours=20)
                author = entry.authors[0]
                reply = (f'<ul class="children"><li class="comment byuser comment-author-{slugify(author.name)} bypostauthor odd alt depth-2" '
                         f'id="comment-{rid}">{self.comment_body(entry, rid, self.display(author), rwhen, REPLY, author=True)}</li></ul>')
            items.append(f'<li class="comment {"even thread-even" if k % 2 == 0 else "odd thread-odd"} depth-1" id="comment-{cid}">'
                         f"{self.comment_body(entry, cid, who, when, COMMENTS[(entry.post_id + k) % len(COMMENTS)])}{reply}</li>")
        listed = (f'<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">{"".join(items)}</ol></div>'
                  if items else "")
        return ('<h2 class="screen-reader-text">Reader Interactions</h2>' + listed
                + '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply '
                '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a>'
                f'</small></h3><form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
                '<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
                '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> '
                '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> '
                '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
                '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
                '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> '
                f"<input type='hidden' name='comment_post_ID' value='{entry.post_id}' id='comment_post_ID' /></p></form></div>")

    def comment_body(self, entry: Entry, cid: int, who: str, when, text: str, author: bool = False) -> str:
        stamp = f"{long_date(when)} at {when.strftime('%I:%M %p').lstrip('0').lower()}"
        link = self.url(self.post_path(entry))
        return (f'<article id="article-comment-{cid}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
                '<header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'{self.avatar(who, 48)}<span class="comment-author-name" itemprop="name">{self.e(who)}</span> <span class="says">says</span></p>'
                f'<p class="comment-meta"><time class="comment-time" datetime="{when.isoformat()}" itemprop="datePublished">'
                f'<a class="comment-time-link" href="{link}#comment-{cid}" itemprop="url">{stamp}</a></time></p></header>'
                f'<div class="comment-content" itemprop="text"><p>{self.e(text)}</p></div>'
                f'<div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="{link}?replytocom={cid}#respond" '
                f'data-commentid="{cid}" data-postid="{entry.post_id}" data-belowelement="article-comment-{cid}" '
                f'data-respondelement="respond" aria-label="Reply to {self.e(who)}">Reply</a></div></article>')

    def adjacent(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        out = '<div class="adjacent-entry-pagination pagination">'
        if older:
            out += (f'<div class="pagination-previous alignleft"><a href="{self.url(self.post_path(older))}" rel="prev">'
                    f'<span class="screen-reader-text">Previous Post: </span><span class="adjacent-post-link">&#xAB; '
                    f"{self.e(older.title)}</span></a></div>")
        if newer:
            out += (f'<div class="pagination-next alignright"><a href="{self.url(self.post_path(newer))}" rel="next">'
                    f'<span class="screen-reader-text">Next Post: </span><span class="adjacent-post-link">'
                    f"{self.e(newer.title)} &#xBB;</span></a></div>")
        return out + "</div>"

    def breadcrumb(self, crumbs: list[tuple[str, str]], last: str) -> str:
        parts = []
        for i, (label, path) in enumerate(crumbs):
            parts.append('<span class="breadcrumb-link-wrap" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                         f'<a class="breadcrumb-link" href="{self.url(path)}" itemprop="item"><span class="breadcrumb-link-text-wrap" '
                         f'itemprop="name">{self.e(label)}</span></a><meta itemprop="position" content="{i + 1}"></span>')
        sep = ' <span aria-label="breadcrumb separator">/</span> '
        return ('<div class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">You are here: '
                + sep.join(parts) + sep + self.e(last) + "</div>")

    # -- frame -----------------------------------------------------------------------------------------

    def sidebar(self) -> str:
        owner = self.owner()
        favs = "".join(
            f'<article class="{self.post_classes(o)}" aria-label="{self.e(o.title)}"><a href="{self.url(self.post_path(o))}" '
            f'class="alignleft" aria-hidden="true" tabindex="-1"><img width="100" height="100" src="{self.img(o.slug, "100x100")}" '
            f'class="entry-image attachment-post" alt="" itemprop="image" decoding="async" loading="lazy" /></a>'
            f'<header class="entry-header"><h4 class="entry-title" itemprop="headline"><a href="{self.url(self.post_path(o))}">'
            f"{self.e(o.title)}</a></h4></header></article>" for o in self.popular(5))
        cats = "".join(f'<option class="level-0" value="{10 + i}">{self.e(c)}</option>'
                       for i, c in enumerate(sorted(self.groups("categories"))))
        return ('<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope '
                'itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><h2 class="genesis-sidebar-title screen-reader-text">'
                'Primary Sidebar</h2>'
                '<section id="user-profile-2" class="widget user-profile"><div class="widget-wrap"><h3 class="widgettitle widget-title">'
                f"Hi, I'm {self.e(owner.name.split()[0])}!</h3>\n<p><span class=\"alignright\">{self.avatar(owner.name, 85)}</span>"
                f"I'm a registered dietitian and home cook. Here you'll find realistic nutrition advice and simple, nourishing "
                "recipes for busy people.</p>\n"
                f'<p class="pagelink"><a href="{self.url(self.page_path("about"))}">Let\'s dig deeper &#8594;</a></p>\n</div></section>'
                + self.enews("enews-ext-3", "Subscribe", "Get my free 7-day meal plan and new recipes every week.", "Sign Me Up")
                + '<section id="featured-post-7" class="widget featured-content featuredpost"><div class="widget-wrap">'
                f'<h3 class="widgettitle widget-title">Reader Favorites</h3>\n{favs}</div></section>'
                '<section id="categories-2" class="widget widget_categories"><div class="widget-wrap"><h3 class="widgettitle widget-title">'
                f'Categories</h3><form action="{self.url("/")}" method="get"><label class="screen-reader-text" for="cat">Categories</label>'
                f"<select  name='cat' id='cat' class='postform'><option value='-1'>Select Category</option>{cats}</select></form>"
                "</div></section>"
                '<section id="search-2" class="widget widget_search"><div class="widget-wrap"><form class="search-form" method="get" '
                f'action="{self.url("/")}" role="search" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction">'
                '<label class="search-form-label screen-reader-text" for="searchform-1">Search this website</label><input class="search-form-input" '
                'type="search" name="s" id="searchform-1" placeholder="Search this website" itemprop="query-input">'
                '<input class="search-form-submit" type="submit" value="Search"><meta content="' + self.url("/?s={s}")
                + '" itemprop="target"></form></div></section></aside>')

    def owner(self) -> Person:
        return next(iter(self.by_author()))

    def document(self, title: str, body_class: str, main: str, head: str, sidebar: bool = True) -> str:
        nav = "".join(
            f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-{kind} menu-item-{20 + i}"><a href="{self.url(p)}" '
            f'itemprop="url"><span itemprop="name">{label}</span></a></li>'
            for i, (kind, p, label) in enumerate((
                ("custom", "/", "Home"), ("post_type", self.page_path("start-here"), "Start Here"),
                ("taxonomy", self.category_path("Nutrition"), "Nutrition"), ("post_type", self.page_path("about"), "About"),
                ("post_type", self.page_path("contact"), "Contact"))))
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:4])
        layout = "content-sidebar" if sidebar else "full-width-content"
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head >
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(SITE)} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='foodie-pro-theme-css' href='{self.url('/wp-content/themes/foodiepro/style.css?ver=4.4.0')}' type='text/css' media='all' />
<link rel='stylesheet' id='tasty-recipes-main-css' href='{self.url('/wp-content/plugins/tasty-recipes/assets/dist/recipe.css?ver=3.8')}' type='text/css' media='all' />
<link rel="https://api.w.org/" href="{self.url('/wp-json/')}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="pingback" href="{self.url('/xmlrpc.php')}" />
</head>
<body class="{body_class} custom-header header-image header-full-width {layout} genesis-title-hidden genesis-breadcrumbs-visible genesis-footer-widgets-visible foodie-pro" itemscope itemtype="https://schema.org/WebPage"><div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut"> Skip to primary navigation</a></li><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li>{'<li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li>' if sidebar else ''}<li><a href="#genesis-footer-widgets" class="screen-reader-shortcut"> Skip to footer</a></li></ul><div class="before-header" id="before-header"><div class="wrap">{self.enews("enews-ext-2", "", "New here? Grab my free 7-day meal plan!", "Yes, please!")}</div></div><header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="{self.url('/')}">{self.e(SITE)}</a></p><p class="site-description" itemprop="description">{self.e(TAGLINE)}</p></div></div></header><nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap"><ul id="menu-main-menu" class="menu genesis-nav-menu menu-primary js-superfish">{nav}</ul></div></nav><div class="site-inner"><div class="content-sidebar-wrap">{main}{self.sidebar() if sidebar else ''}</div></div>
<div class="footer-widgets" id="genesis-footer-widgets"><h2 class="genesis-sidebar-title screen-reader-text">Footer</h2><div class="wrap"><div class="widget-area footer-widgets-1 footer-widget-area"><section id="recent-posts-3" class="widget widget_recent_entries"><div class="widget-wrap"><h3 class="widgettitle widget-title">Recent Posts</h3><ul>{recent}</ul></div></section></div><div class="widget-area footer-widgets-2 footer-widget-area"><section id="text-5" class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Disclaimer</h3><div class="textwidget"><p>The content on this site is for general information only and is not a substitute for individual medical advice.</p></div></div></section></div></div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2024 &middot; <a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a> &middot; Foodie Pro Theme by <a href="https://feastdesignco.com/" rel="nofollow">Feast Design Co.</a> &middot; <a href="https://www.studiopress.com/" rel="nofollow">Genesis Framework</a> &middot; <a href="https://wordpress.org/" rel="nofollow">WordPress</a> &middot; <a rel="nofollow" href="{self.url('/wp-login.php')}">Log in</a></p></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Accept</a> <a href="{self.url(self.page_path('privacy-policy'))}" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Read More</a></span></div>
<script type='text/javascript' id='jetpack-related-posts-js-extra'>var related_posts_js_options = {{"post_heading":"h4"}};</script>
</body></html>"""

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = self.modified(entry)
        owner = self.owner()
        pid = lambda p: self.url("/#/schema/person/") + hashlib.md5(p.name.encode()).hexdigest()   # noqa: E731
        authors = [{"name": self.display(p), "@id": pid(p)} for p in entry.authors]
        words = sum(len(b.text.split()) + sum(len(i.split()) for i in b.items) for b in entry.story.blocks)
        article = {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
                   "author": authors[0] if len(authors) == 1 else authors, "headline": entry.title,
                   "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
                   "wordCount": words, "commentCount": self.comment_count(entry), "publisher": {"@id": pid(owner)},
                   "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": self.img(entry.slug),
                   "keywords": list(entry.tags), "articleSection": list(entry.categories), "inLanguage": "en-US",
                   "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]}
        graph = [article,
                 {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
                  "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "datePublished": entry.published.isoformat(),
                  "dateModified": modified.isoformat(), "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
                 {"@type": "ImageObject", "inLanguage": "en-US", "@id": f"{url}#primaryimage", "url": self.img(entry.slug),
                  "contentUrl": self.img(entry.slug), "width": 1200, "height": 1800},
                 {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                     {"@type": "ListItem", "position": 2, "name": entry.title}]},
                 {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE, "description": TAGLINE,
                  "publisher": {"@id": pid(owner)}, "inLanguage": "en-US"},
                 *[{"@type": ["Person", "Organization"] if p == owner else "Person", "@id": pid(p), "name": self.display(p),
                    "image": {"@type": "ImageObject", "url": "https://secure.gravatar.com/avatar/x?s=96"},
                    "url": self.url(self.author_path(p))} for p in dict.fromkeys((owner, *entry.authors))]]
        recipe = self.card_of(entry)
        if recipe:
            graph.append({"@type": "Recipe", "name": recipe.name, "description": recipe.summary,
                          "author": {"@type": "Person", "name": entry.authors[0].name},
                          "recipeIngredient": recipe.ingredient_lines(),
                          "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in recipe.instructions],
                          "prepTime": f"PT{recipe.prep}M", "cookTime": f"PT{recipe.cook}M",
                          "recipeYield": str(recipe.servings), "datePublished": entry.date,
                          "@id": f"{url}#recipe", "isPartOf": {"@id": f"{url}#article"}, "mainEntityOfPage": url})
        first = entry.authors[0]
        return (f'<meta name="description" content="{self.e(self.teaser(entry, 24))}" />\n<link rel="canonical" href="{url}" />\n'
                '<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="og:site_name" content="{self.e(SITE)}" />\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}" />\n'
                f'<meta property="og:image" content="{self.img(entry.slug)}" />\n'
                f'<meta name="author" content="{self.e(self.display(first))}" />\n'
                '<meta name="twitter:card" content="summary_large_image" />\n'
                f'<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="{self.e(self.display(first))}" />\n'
                '<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- pages -------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} - {SITE}"
        cat = entry.categories[0]
        article = (f'<article class="{self.post_classes(entry)}" aria-label="{self.e(entry.title)}" itemscope '
                   'itemtype="https://schema.org/CreativeWork"><header class="entry-header">'
                   f'<h1 class="entry-title" itemprop="headline">{self.e(entry.title)}</h1>\n{self.post_info(entry, True)}</header>'
                   f'<div class="entry-content" itemprop="text">{self.content(entry)}</div>{self.post_meta(entry)}</article>')
        main = ('<main class="content" id="genesis-content">'
                + self.breadcrumb([("Home", "/"), (cat, self.category_path(cat))], entry.title)
                + article + self.author_box(entry.authors[0])
                + '<div class="after-entry widget-area">'
                + self.enews("enews-ext-5", "Get my free 7-day meal plan", "Join 20,000 readers for realistic nutrition tips "
                             "and new recipes every week.", "Send It!") + "</div>"
                + self.adjacent(entry) + self.comments(entry) + "</main>")
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-"
                      f"{'video' if entry.story.kind == 'video' else 'standard'}")
        return self.document(title, body_class, main, self.yoast(entry, title))

    def archive_entry(self, o: Entry) -> str:
        return (f'<article class="{self.post_classes(o)}" aria-label="{self.e(o.title)}" itemscope itemtype="https://schema.org/CreativeWork">'
                f'<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a class="entry-title-link" rel="bookmark" '
                f'href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h2>\n{self.post_info(o, False)}</header>'
                f'<div class="entry-content" itemprop="text"><a class="entry-image-link" href="{self.url(self.post_path(o))}" '
                f'aria-hidden="true" tabindex="-1"><img width="320" height="320" src="{self.img(o.slug, "320x320")}" '
                f'class="alignleft post-image entry-image" alt="" itemprop="image" decoding="async" /></a>'
                f'<p>{self.e(self.teaser(o, 40))} <a href="{self.url(self.post_path(o))}" class="more-link">Read More'
                f'<span class="screen-reader-text"> about {self.e(o.title)}</span></a></p></div>{self.post_meta(o)}</article>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        links = []
        for k in range(1, pages + 1):
            current = ' class="active" ' if k == n else ""
            aria = ' aria-label="Current page" aria-current="page"' if k == n else ""
            links.append(f'<li{current}><a href="{self.url(path_of(k))}"{aria}><span class="screen-reader-text">Page </span>{k}</a></li>')
        if n > 1:
            links.insert(0, f'<li class="pagination-previous"><a href="{self.url(path_of(n - 1))}" >&#x000AB; Previous Page</a></li>')
        if n < pages:
            links.append(f'<li class="pagination-next"><a href="{self.url(path_of(n + 1))}" >Next Page &#x000BB;</a></li>')
        pager = (f'<div class="archive-pagination pagination" role="navigation" aria-label="Pagination"><ul>{"".join(links)}</ul></div>'
                 if pages > 1 else "")
        if home:
            heading = ""
            label = f"{SITE} - {TAGLINE}" + (f" - Page {n} of {pages}" if n > 1 else "")
            body_class = "home blog" + (" paged" if n > 1 else "")
        else:
            heading = (f'<div class="archive-description taxonomy-archive-description taxonomy-description">'
                       f'<h1 class="archive-title">{self.e(title)}</h1></div>')
            label = f"{title} Archives - {SITE}" + (f" - Page {n} of {pages}" if n > 1 else "")
            body_class = "archive category" + (" paged" if n > 1 else "")
        main = (f'<main class="content" id="genesis-content">{heading}'
                + "".join(self.archive_entry(o) for o in items) + pager + "</main>")
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}" />\n<meta property="og:type" content="website" />\n'
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}" />\n' if n < pages else ""))
        return self.document(label, body_class, main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        pid = 40 + len(slug)
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        owner = self.owner()
        if slug == "about":
            body = (f'<figure class="wp-block-image alignright size-medium"><img src="{self.img("headshot", "300x300")}" '
                    f'alt="{self.e(owner.name)}" width="300" height="300"></figure>'
                    f"<h2>Hi, I'm {self.e(self.display(owner))}</h2>" + body
                    + "<h3>My credentials</h3><ul><li>Registered Dietitian (RD)</li><li>Ten years in outpatient nutrition counseling</li></ul>")
        elif slug == "start-here":
            guides = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.popular(6))
            body += f"<h2>Most popular guides</h2><ul>{guides}</ul>" + (
                f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="'
                f'{self.url(self.category_path("Nutrition"))}">Browse all nutrition posts</a></div></div>')
        url = self.url(self.page_path(slug))
        published, modified = "2021-02-10T09:00:00-05:00", "2024-01-18T14:22:05-05:00"
        graph = [{"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - {SITE}", "isPartOf": {"@id": self.url("/#website")},
                  "datePublished": published, "dateModified": modified, "inLanguage": "en-US"},
                 {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE}]
        head = (f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(SITE)}" />\n'
                f'<meta property="article:modified_time" content="{modified}" />\n'
                '<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>\n')
        article = (f'<article class="post-{pid} page type-page status-publish entry" aria-label="{self.e(title)}" itemscope '
                   'itemtype="https://schema.org/CreativeWork"><header class="entry-header">'
                   f'<h1 class="entry-title" itemprop="headline">{self.e(title)}</h1>\n</header>'
                   f'<div class="entry-content" itemprop="text">{body}</div></article>')
        main = ('<main class="content" id="genesis-content">' + self.breadcrumb([("Home", "/")], title) + article + "</main>")
        return self.document(f"{title} - {SITE}", f"page-template-default page page-id-{pid}", main, head)
