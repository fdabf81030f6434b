"""divi (held out): a physiotherapy and chiropractic clinic's WordPress site on the Divi theme
(Elegant Themes), modelled on Divi's templates (``#page-container`` > ``#et-main-area`` >
``#main-content``, as in Divi child themes like CAWebPublishing/CAWeb partials/single.php), on the
Post Title module's PHP (``et_pb_postinfo_meta``: " by <span class=author vcard> | <span
class=published> | categories | <span class=comments-number>") and on rendered Theme Builder pages
(``#main-content`` > ``.et-l.et-l--body`` > ``.et_builder_inner_content`` > ``et_pb_section_0_tb_body``,
with no ``<article>`` and no post classes: the template's modules carry none): body classes
``single single-post et_pb_pagebuilder_layout et-tb-has-template et_right_sidebar``; ``et_pb_section`` /
``et_pb_row`` / ``et_pb_column`` / ``et_pb_module`` wrappers with ``_tb_body`` order classes; a
Post Title module (``h1.entry-title`` and ``p.et_pb_title_meta_container``: "by NAME | Mar 12, 2024
| Category | N comments"); the body in a Post Content module (``et_pb_post_content``). Half the posts
are written in the Divi builder themselves (a nested ``et-l--post`` layout: several ``et_pb_text``
modules each holding part of the body, ``et_pb_video`` modules for YouTube and Vimeo with a
``et_pb_video_overlay``); the others hold classic content. Around the body: a "Book an appointment"
Call To Action module (``et_pb_cta``), a "Common questions" toggle (``et_pb_toggle_close``) about the
clinic, a Posts Navigation module (``et_pb_posts_nav``), a "More on this topic" Blog module
(``et_pb_blog_grid``) filtered by the post's category (the newest three others in it), a Comments
module, a sidebar (``et_pb_widget_area_right``) with search, a site-wide "Recent posts" widget and
category list, Monarch-like share buttons, a cookie notice, and Yoast's JSON-LD ``@graph``.

Listings are Theme Builder archive templates with a Blog module and Divi's "« Older Entries /
Next Entries »" pagination (``/page/N/``); categories, tags and authors; the blog is ``/blog/``.
Dates are Divi's default ``M j, Y`` in local time (UTC-5). No trap.
"""
from __future__ import annotations

import hashlib
import html
import json

from .posts import Entry, Plan, slugify
from .site import ZooSite, later

class Divi(ZooSite):
    family = "divi"
    site_name = "Northside Spine & Physio"
    declared_language = "en-US"
    per_page = 9
    plan = Plan(seed="divi", count=38, languages=("en",), authors=3, tz_hours=-5, related=(3,))

    # -- paths -----------------------------------------------------------------------------------------

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog/", n)

    def builder_post(self, entry: Entry) -> bool:
        return entry.story.kind == "video" or entry.post_id % 2 == 1

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The Blog module filtered by the post's first category: the newest three others in it."""
        cat = entry.categories[0] if entry.categories else ""
        return [e for e in self.newest if e is not entry and cat in e.categories][:3]

    def extra_routes(self) -> None:
        self.add("/", "page", self.landing)
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml"]), "application/xml")
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), "application/xml")
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(["/", "/blog/", *[self.page_path(s) for s in
                                                                                        ("about", "contact", "start-here", "privacy-policy")]]),
                 "application/xml")
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), "application/xml")
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/blog/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- Divi building blocks ----------------------------------------------------------------------------

    def module(self, kind: str, n: int, inner: str, suffix: str = "_tb_body", extra: str = "") -> str:
        return (f'<div class="et_pb_module et_pb_{kind} et_pb_{kind}_{n}{suffix} {extra} et_pb_bg_layout_light">'
                f"{inner}</div>")

    def text(self, n: int, inner: str, suffix: str = "_tb_body") -> str:
        return self.module("text", n, f'<div class="et_pb_text_inner">{inner}</div>', suffix, "et_pb_text_align_left")

    def row(self, n: int, columns: list[str], suffix: str = "_tb_body", sizes: tuple[str, ...] = ()) -> str:
        sizes = sizes or ({1: "4_4", 2: "1_2", 3: "1_3"}[len(columns)],) * len(columns)
        cols = "".join(f'<div class="et_pb_column et_pb_column_{sizes[i]} et_pb_column_{n}_{i}{suffix} et_pb_css_mix_blend_mode_passthrough'
                       f'{" et-last-child" if i == len(columns) - 1 else ""}">{c}</div>' for i, c in enumerate(columns))
        return f'<div class="et_pb_row et_pb_row_{n}{suffix}">{cols}</div>'

    def section(self, n: int, rows: str, suffix: str = "_tb_body", extra: str = "") -> str:
        return f'<div class="et_pb_section et_pb_section_{n}{suffix} et_section_regular {extra}">{rows}</div>'

    def date(self, entry: Entry) -> str:
        return f"{entry.published:%b} {entry.published.day}, {entry.published.year}"

    def byline(self, entry: Entry) -> str:
        authors = ", ".join(f'<span class="author vcard"><a href="{self.url(self.author_path(a))}" title="Posts by '
                            f'{self.e(a.name)}" rel="author">{self.e(a.name)}</a></span>' for a in entry.authors)
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        return f' by {authors} | <span class="published">{self.date(entry)}</span> | {cats}'

    def blog_module(self, items: list[Entry], n: int, suffix: str = "_tb_body", grid: bool = True) -> str:
        posts = "".join(
            f'<article id="post-{o.post_id}" class="et_pb_post clearfix et_pb_blog_item_{n}_{k} post-{o.post_id} post type-post '
            f'status-publish format-standard has-post-thumbnail hentry {" ".join("category-" + slugify(c) for c in o.categories)}">'
            f'<div class="et_pb_image_container"><a href="{self.url(self.post_path(o))}" class="entry-featured-image-url">'
            f'<img src="{self.url(f"/wp-content/uploads/2024/02/{o.slug[:24]}-400x250.jpg")}" alt="{self.e(o.title)}" '
            f'class="" width="400" height="250"></a></div>'
            f'<h2 class="entry-title"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h2>'
            f'<p class="post-meta">{self.byline(o)}</p><div class="post-content"><div class="post-content-inner">'
            f'<p>{self.e(self.teaser(o, 20))}</p></div><a href="{self.url(self.post_path(o))}" class="more-link">read more</a>'
            f"</div></article>" for k, o in enumerate(items))
        if grid:
            inner = (f'<div class="et_pb_blog_grid clearfix"><div class="et_pb_ajax_pagination_container">'
                     f'<div class="et_pb_salvattore_content" data-columns>{posts}</div></div></div>')
            return self.module("blog", n, inner, suffix, "et_pb_blog_grid_wrapper et_pb_blog_grid_wrapper")
        return self.module("blog", n, f'<div class="et_pb_ajax_pagination_container">{posts}', suffix,
                           "et_pb_posts clearfix") + "</div>"

    # -- frame -----------------------------------------------------------------------------------------

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:5])
        cats = "".join(f'<li class="cat-item"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                       for c in sorted(self.groups("categories")))
        return (f'<div class="et_pb_widget_area et_pb_widget_area_right clearfix et_pb_module et_pb_bg_layout_light et_pb_sidebar_0_tb_body">'
                f'<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" '
                f'action="{self.url("/")}"><div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" '
                f'name="s" id="s"><input type="submit" id="searchsubmit" value="Search"></div></form></div>'
                f'<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4>'
                f"<ul>{recent}</ul></div>"
                f'<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul>{cats}</ul></div>'
                f'<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Clinic hours</h4><div class="textwidget">'
                f"<p>Mon–Fri 7am–7pm<br>Sat 8am–1pm</p><p>Direct billing to most insurers.</p></div></div></div>")

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        nav = "".join(f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{40 + i}">'
                      f'<a href="{self.url(p)}">{label}</a></li>' for i, (p, label) in enumerate((
                          ("/", "Home"), (self.page_path("start-here"), "Treatments"), ("/blog/", "Blog"),
                          (self.page_path("about"), "Our Team"), (self.page_path("contact"), "Contact"))))
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{self.e(title)}</title>
{head}<link rel="stylesheet" id="divi-style-css" href="{self.url('/wp-content/themes/Divi/style-static.min.css?ver=4.24.2')}" type="text/css" media="all">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}">
</head>
<body class="{body_class} et_button_no_icon et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(614) 555-0182</span>
<a href="mailto:frontdesk@northsidespine.example"><span id="et-info-email">frontdesk@northsidespine.example</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="{self.url('/')}"><img src="{self.url('/wp-content/uploads/2022/05/northside-logo.png')}" width="240" height="84" alt="{self.e(self.site_name)}" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{nav}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>
</div></header>
<div id="et-main-area">
{main}
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div class="fwidget et_pb_widget widget_text"><h4 class="title">Visit us</h4><div class="textwidget"><p>2250 N High St, Columbus, OH 43201</p><p>Physiotherapy · Chiropractic · Massage therapy</p></div></div></div>
<div class="footer-widget"><div class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Information</h4><ul class="menu"><li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact</a></li><li><a href="{self.url('/feed/')}">RSS</a></li></ul></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="https://www.facebook.com/" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2024 {self.e(self.site_name)} | Designed by Elegant Themes | Powered by WordPress</div></div></div>
</footer>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span></div></div>
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {{"item_count":"%d Item","items_count":"%d Items"}};var et_frontend_scripts = {{"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"}};</script>
</body>
</html>"""

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = later(entry.published, f"divi:{entry.slug}", 30, 300)
        author = entry.authors[0]
        pid = self.url("/#/schema/person/") + hashlib.md5(author.name.encode()).hexdigest()
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": author.name, "@id": pid},
             "headline": entry.title, "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "mainEntityOfPage": {"@id": url}, "commentCount": 0, "publisher": {"@id": self.url("/#organization")},
             "articleSection": list(entry.categories), "keywords": list(entry.tags), "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "datePublished": entry.published.isoformat(),
             "dateModified": modified.isoformat(), "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": self.site_name, "url": self.url("/")},
            {"@type": "Person", "@id": pid, "name": author.name, "url": self.url(self.author_path(author))}]
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(title)}">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}">\n'
                f'<meta name="author" content="{self.e(author.name)}">\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- post content --------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        """Classic content: WordPress's oEmbed iframe in a paragraph (builder posts use a Video module)."""
        return (f'<p><iframe title="{self.e(entry.title)}" width="1080" height="608" src="{html.escape(src)}'
                f'{"?feature=oembed" if "youtube" in src else "?dnt=1&amp;app_id=122963"}" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></p>')

    def builder_content(self, entry: Entry) -> str:
        """The post written in the Divi builder: a section per h2, text modules holding runs of text
        blocks, video modules between them."""
        sections, modules, text = [], [], []
        counters = {"text": 0, "video": 0}

        def flush():
            if text:
                modules.append(self.text(counters["text"], "".join(text), ""))
                counters["text"] += 1
                text.clear()

        def close():
            flush()
            if modules:
                k = len(sections)
                sections.append(self.section(k, self.row(k, ["".join(modules)], ""), ""))
                modules.clear()

        for block in entry.story.blocks:
            if block.kind == "h2" and (modules or text):
                close()
            if block.kind == "video":
                flush()
                src = block.text
                iframe = (f'<iframe title="{self.e(entry.title)}" width="1080" height="608" src="{html.escape(src)}'
                          f'{"?feature=oembed" if "youtube" in src else "?dnt=1&amp;app_id=122963"}" frameborder="0" allowfullscreen></iframe>')
                modules.append(self.module("video", counters["video"], (
                    f'<div class="et_pb_video_box">{iframe}</div><div class="et_pb_video_overlay" style="background-image: url('
                    f'{self.url(f"/wp-content/uploads/2024/01/{entry.slug[:20]}-cover.jpg")});"><div class="et_pb_video_overlay_hover">'
                    '<a href="#" class="et_pb_video_play"></a></div></div>'), ""))
                counters["video"] += 1
            else:
                text.append(self.block_html(block, entry))
        close()
        return (f'<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">{"".join(sections)}</div></div>')

    def comments(self, entry: Entry) -> str:
        return self.module("comments", 0, (
            f'<section id="comment-wrap"><h1 id="comments" class="page_title">0 Comments</h1><div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3><form action="'
            f'{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
            '<span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span>'
            '</p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" '
            'name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><button name="submit" type="submit" '
            'id="et_pb_submit" class="submit et_pb_button">Submit Comment</button><input type="hidden" name="comment_post_ID" value="'
            f'{entry.post_id}"></p></form></div></section>'), extra="et_pb_comments_module")

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {self.site_name}"
        builder = self.builder_post(entry)
        content = self.builder_content(entry) if builder else self.body_html(entry)
        older, newer = self.neighbours(entry)
        nav = ('<div class="et_pb_posts_nav et_pb_module nav-single et_pb_posts_nav_0_tb_body">'
               + (f'<span class="nav-previous"><a href="{self.url(self.post_path(older))}" rel="prev"><span class="meta-nav">&larr; </span>'
                  f'<span class="nav-label">{self.e(older.title)}</span></a></span>' if older else "")
               + (f'<span class="nav-next"><a href="{self.url(self.post_path(newer))}" rel="next"><span class="nav-label">'
                  f'{self.e(newer.title)}</span><span class="meta-nav"> &rarr;</span></a></span>' if newer else "") + "</div>")
        cta = self.module("cta", 0, (
            '<div class="et_pb_promo_description"><h2 class="et_pb_module_header">Book an appointment</h2><div>'
            '<p>Back or neck pain slowing you down? Our physiotherapists and chiropractors can see you this week.</p></div></div>'
            f'<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="{self.url(self.page_path("contact"))}">'
            "Book online</a></div>"), extra="et_pb_promo et_pb_text_align_center")
        toggle = self.module("toggle", 0, (
            '<h5 class="et_pb_toggle_title">Do I need a referral to book?</h5><div class="et_pb_toggle_content clearfix">'
            "<p>No. You can book directly with any of our practitioners; many insurers reimburse without a doctor's note.</p></div>"),
            extra="et_pb_toggle_item et_pb_toggle_close")
        share = ('<div class="et_social_inline et_social_inline_bottom"><div class="et_social_networks"><ul class="et_social_icons_container">'
                 + "".join(f'<li class="et_social_{n}"><a href="#" class="et_social_share" rel="nofollow" data-social_name="{n}" '
                           f'data-social_type="share"><span class="et_social_network_label">{n.title()}</span></a></li>'
                           for n in ("facebook", "twitter", "linkedin")) + "</ul></div></div>")
        related = self.shown_related(entry)
        related_html = (self.text(2, "<h3>More on this topic</h3>") + self.blog_module(related, 0)) if related else ""
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        left = (self.module("post_title", 0, (
                    f'<div class="et_pb_title_container"><h1 class="entry-title">{self.e(entry.title)}</h1>'
                    f'<p class="et_pb_title_meta_container">{self.byline(entry)} | <span class="comments-number">'
                    f'<a href="#respond">0 comments</a></span></p></div>'
                    f'<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img src="'
                    f'{self.url(f"/wp-content/uploads/2024/02/{entry.slug[:24]}.jpg")}" alt="" title="{self.e(entry.title)}" '
                    'width="1080" height="675"></span></div>'), extra="et_pb_featured_bg et_pb_text_align_left")
                + self.module("post_content", 0, content, extra="clearfix")
                + (self.text(1, f'<p class="post-tags">Tags: {tags}</p>') if tags else "")
                + share + toggle + cta + nav + related_html + self.comments(entry))
        main = ('<div id="main-content"><div class="et-l et-l--body"><div class="et_builder_inner_content et_pb_gutters3">'
                + self.section(0, self.row(0, [left, self.sidebar()], sizes=("2_3", "1_3")))
                + "</div></div></div>")
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-standard "
                      f"{'et_pb_pagebuilder_layout ' if builder else ''}et-tb-has-template et-tb-has-body et_right_sidebar")
        return self.document(title, body_class, main, self.yoast(entry, title))

    # -- listings and pages ------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        pager = '<div class="pagination clearfix">'
        if n < pages:
            pager += f'<div class="alignleft"><a href="{self.url(path_of(n + 1))}">&laquo; Older Entries</a></div>'
        if n > 1:
            pager += f'<div class="alignright"><a href="{self.url(path_of(n - 1))}">Next Entries &raquo;</a></div>'
        pager += "</div>"
        blog = path_of(1) == "/blog/"
        heading = "Blog" if blog else title
        left = (self.text(0, f"<h1>{self.e(heading)}</h1>") + self.blog_module(items, 0, grid=False) + pager)
        main = ('<div id="main-content"><div class="et-l et-l--body"><div class="et_builder_inner_content et_pb_gutters3">'
                + self.section(0, self.row(0, [left, self.sidebar()], sizes=("2_3", "1_3")))
                + "</div></div></div>")
        label = (f"Blog | {self.site_name}" if blog else f"{title} Archives | {self.site_name}") + (f" | Page {n}" if n > 1 else "")
        return self.document(label, ("blog" if blog else "archive category") + " et-tb-has-template et-tb-has-body et_right_sidebar",
                             main, '<meta property="og:type" content="website">\n')

    def landing(self) -> str:
        hero = self.section(0, self.row(0, [
            self.module("fullwidth_header", 0, '<div class="et_pb_fullwidth_header_container left"><div class="header-content-container">'
                        '<div class="header-content"><h1 class="et_pb_module_header">Move well. Live well.</h1><div class="et_pb_header_content_wrapper">'
                        "<p>Physiotherapy, chiropractic and massage therapy in Columbus since 2009.</p></div>"
                        f'<a class="et_pb_button et_pb_more_button" href="{self.url(self.page_path("contact"))}">Book an appointment</a>'
                        "</div></div></div>", "")], ""), "", "et_pb_fullwidth_section")
        services = self.section(1, self.row(1, [
            self.module("blurb", i, f'<div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header">'
                        f'<span>{s}</span></h4><div class="et_pb_blurb_description"><p>{d}</p></div></div></div>', "")
            for i, (s, d) in enumerate((("Physiotherapy", "Assessment and rehab after injury or surgery."),
                                        ("Chiropractic", "Spinal adjustments for back and neck pain."),
                                        ("Massage therapy", "Registered massage therapists, direct billing.")))], ""), "")
        latest = self.section(2, self.row(2, [self.text(0, "<h2>From our blog</h2>", "") + self.blog_module(self.newest[:3], 0, "")
                                              + f'<a class="et_pb_button" href="{self.url("/blog/")}">All articles</a>'], ""), "")
        main = (f'<div id="main-content"><article id="post-12" class="post-12 page type-page status-publish hentry">'
                f'<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
                f"{hero}{services}{latest}</div></div></div></article></div>")
        head = f'<link rel="canonical" href="{self.url("/")}">\n<meta property="og:type" content="website">\n'
        return self.document(f"{self.site_name} | Physiotherapy & Chiropractic in Columbus",
                             "home page-template-default page page-id-12 et_pb_pagebuilder_layout et_no_sidebar", main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 30 + len(slug)
        main = (f'<div id="main-content"><article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
                f'<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
                + self.section(0, self.row(0, [self.text(0, f"<h1>{self.e(title)}</h1>", "") + self.text(1, body, "")], ""), "")
                + "</div></div></div></article></div>")
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="article">\n')
        return self.document(f"{title} | {self.site_name}", f"page-template-default page page-id-{pid} et_pb_pagebuilder_layout "
                             "et_no_sidebar", main, head)
