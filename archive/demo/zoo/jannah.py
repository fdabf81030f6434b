"""jannah (held out): a health magazine on WordPress with TieLabs' Jannah theme, Yoast SEO and
Co-Authors Plus, mostly in English with a few French and Arabic posts (Polylang: those pages are
``lang="fr-FR"`` / ``dir="rtl" lang="ar"`` with the theme's strings translated).

Modelled on real public markup: Jannah's own templates as kept in public repositories (the
``templates/single-post/related.php`` "Related Articles" block, ``#related-posts`` >
``.related-posts-list`` > ``.related-item``, and ``templates/loops/loop-default.php`` archive items
``li.post-item`` > ``.post-details``, both in nahuel560/-ZN-Digital-Newspaper
themes/zonanortedigital, a Jannah child copy; ``templates/single-post/head.php``, the ``entry-header``
with ``span.post-cat-wrap`` > ``a.post-cat`` and ``h1.post-title.entry-title``;
``framework/functions/post-functions.php`` ``tie_get_time``: "%s ago" for posts newer than a month,
``get_the_date()`` otherwise; Jannah's ``check-also.php``, the fly-in ``#check-also-box`` holding
ONE post from the post's categories that is not already in Related Articles; the theme's
``tie-schema-json`` Article schema with ``dateCreated``, ``keywords`` as one comma string,
``articleSection``, the whole ``articleBody``, a VideoObject on video posts and escaped slashes) and
on pages saved from Jannah sites (eldigitaldealbacete.com: ``#the-post.container-wrapper.post-content``,
``featured-area`` > ``single-featured-image``, ``#share-buttons-top`` ``share-links icons-text
share-skew`` with ``facebook-share-btn large-share-button`` and ``data-raw`` templates,
``entry-content entry clearfix``, ``#post-extra-info`` with a second share bar, the
``#Breadcrumb`` BreadcrumbList, ``main-content tie-col-md-8`` beside ``aside.sidebar tie-col-md-4
normal-side`` > ``theiaStickySidebar`` > ``container-wrapper widget``; steamrip.com:
``single-post-meta post-meta clearfix`` > ``author-meta single-author`` > ``meta-author-wrapper`` >
``meta-author`` > ``a.author-name.tie-icon``, ``date meta-item tie-icon`` reading "2 weeks ago" on
new posts and "June 8, 2023" on older ones, ``tie-alignright`` > ``meta-views meta-item``;
klfoodie.com: ``meta-reading-time meta-item`` "3 minutes read", ``mag-box`` homepage blocks,
``widget-single-post-item widget-post-list`` sidebar items).

A post page: Jannah's header with a breaking-news ticker (``#breaking-news-in-header.breaking-news``,
the five newest posts) and a main menu whose category items open mega menus (``mega-menu
mega-recent-featured``: the category's four newest posts as teasers); ``#tie-container`` >
``#content`` > ``#main-content-row``; ``article#the-post`` with the breadcrumb, the entry header
(category chips, title, "By NAME" bylines, one per author with Co-Authors Plus: ``author-meta
multiple-authors``, the date, comments, views and reading time), the featured area (an image, or on
video posts, Jannah's post format video, the YouTube or Vimeo iframe: the video is not in the
content), share bars, the content (some posts open with a "Medically reviewed by" line the editors
type into the content), the theme's JSON-LD, the "Tags" bar (``post-bottom-meta post-bottom-tags
post-tags-modern``); then ``post-components``: the author box (``about-author container-wrapper``,
the first author), the newsletter box (``#post-newsletter``), ``prev-next-post-nav``, "Related
Articles" (the post's own picks, 2 or 4: the truth's related list), the comment form; the sidebar:
the Popular / Recent / Comments tabs widget (``tabs-container-wrapper``), ``widget_categories``, a
text widget; the footer with a tag cloud; the "Check Also" box (fixed at the page's bottom, not the
article's, not its related list); a cookie notice. Yoast's ``@graph`` (with every co-author) and
Open Graph sit in the head beside Jannah's own schema.

Listings: the home page ``/`` (a ``mag-box`` of the newest posts), categories, tags, authors, with
Jannah's numbered ``pages-nav`` and ``/page/N/``; dates relative on the newest post ("3 weeks
ago"). Local time is UTC+4. Arabic posts and terms have WordPress's percent-encoded Arabic slugs,
written in lower-case hex as WordPress prints them; the server accepts either case.

Trap: the tag archives come from a child theme's ``tag.php`` that prints a "Load More" link
(``pages-nav`` > ``show-more-button load-more-button``) to ``/tag/x/page/N+1/`` whatever the page
count, and the site answers archive pages past the last with 200 and Jannah's "Nothing Found" box,
whose "Load More" again points one page further: ``/tag/<slug>/page/N/`` is endless (every tag has
one real page).
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from .posts import Entry, Person, Plan, body_text, slugify
from .site import Response, ZooSite, later

_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_TAG_PAGE = re.compile(r"^/tag/([^/?]+)/page/(\d+)/$")
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}
# Jannah's strings as Polylang / the theme's translation files print them.
LABELS = {
    "en": {"by": "By", "related": "Related Articles", "check": "Check Also", "tags": "Tags", "home": "Home",
           "reviewed": "Medically reviewed by", "reply": "Leave a Reply", "read": "read", "minute": "minute",
           "minutes": "minutes", "ago": "{} ago", "weeks": ("week", "weeks"), "days": ("day", "days"),
           "close": "Close", "email": "Share via Email", "prev": "Previous post", "next": "Next post"},
    "fr": {"by": "Par", "related": "Articles similaires", "check": "Voir aussi", "tags": "Étiquettes",
           "home": "Accueil", "reviewed": "Relu médicalement par", "reply": "Laisser un commentaire", "read": "de lecture",
           "minute": "minute", "minutes": "minutes", "ago": "il y a {}", "weeks": ("semaine", "semaines"),
           "days": ("jour", "jours"), "close": "Fermer", "email": "Partager par e-mail", "prev": "Article précédent",
           "next": "Article suivant"},
    "ar": {"by": "بواسطة", "related": "مقالات ذات صلة", "check": "شاهد أيضاً", "tags": "الوسوم", "home": "الرئيسية",
           "reviewed": "راجعه طبياً", "reply": "اترك تعليقاً", "read": "للقراءة", "minute": "دقيقة", "minutes": "دقائق",
           "ago": "منذ {}", "weeks": ("أسبوع", "أسابيع"), "days": ("يوم", "أيام"), "close": "إغلاق",
           "email": "مشاركة عبر البريد", "prev": "المقال السابق", "next": "المقال التالي"},
}
LOCALES = {"en": "en-US", "fr": "fr-FR", "ar": "ar"}
BIOS = ("writes about everyday nutrition and the research behind food headlines.",
        "covers sleep, stress and mental health for the magazine.",
        "is a health journalist with a background in nursing.",
        "edits the fitness and heart-health sections.")


def wp_slug(text: str) -> str:
    """WordPress's slug of a title or term: Latin words without accents, hyphenated; other scripts percent-encoded
    (this returns the upper-case escapes the server's routes use; pages print them in lower case)."""
    if all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha()):
        return slugify(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())   # remove_accents()
    words = re.sub(r"[^\w\s-]", "", text).split()
    return quote("-".join(words), safe="-")


class Jannah(ZooSite):
    family = "jannah"
    site_name = "Vital Signs Magazine"
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="jannah", count=40, languages=("en", "fr", "ar"), authors=4, co_authors=0.25, reviewed=0.3,
                tz_hours=4, related=(2, 4, 4))
    trap_patterns = (r"^/tag/[^/?]+/page/\d+/$",)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        super().__init__(base_url)
        self.now = self.newest[0].published + timedelta(days=20, hours=5)   # when the pages were rendered
        tags = self.groups("tags")
        assert all(len(items) <= self.per_page for items in tags.values()), "a tag has a second real page"
        self.tag_slugs = {wp_slug(name): name for name in tags}

    # -- paths -----------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        if not entry.story.title.isascii() and entry.story.language == "ar":
            entry.slug = wp_slug(entry.story.title)
        return entry

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{wp_slug(person.name)}/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{wp_slug(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tag/{wp_slug(name)}/", n)

    def url(self, path: str) -> str:
        """As WordPress prints links: percent escapes in lower case."""
        return self.base + _ESCAPE.sub(lambda m: m.group(0).lower(), path)

    def route_key(self, target: str) -> str | None:
        return super().route_key(_ESCAPE.sub(lambda m: m.group(0).upper(), target))

    def trap(self, target: str) -> Response | None:
        match = _TAG_PAGE.match(_ESCAPE.sub(lambda m: m.group(0).upper(), target))
        if not match or int(match.group(2)) < 2 or match.group(1) not in self.tag_slugs:
            return None
        name, n = self.tag_slugs[match.group(1)], int(match.group(2))
        return Response(200, self.html_type, self.encode(self.nothing_found(name, n)))

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: ["/", *[self.page_path(s) for s in ("about", "contact", "start-here", "privacy-policy")]])
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    def sitemap(self, paths: list[str]) -> str:
        rows = "".join(f"<url><loc>{self.e(self.url(p))}</loc></url>" for p in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//127.0.0.1/main-sitemap.xsl"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>')

    # -- small parts -----------------------------------------------------------------------------------

    def lang(self, entry: Entry | None) -> str:
        return entry.story.language if entry and entry.story.language in LABELS else "en"

    def date_text(self, moment: datetime, lang: str = "en") -> str:
        """Jannah's "modern" time format: "%s ago" within a month of now, the WordPress date after."""
        labels = LABELS[lang]
        diff = self.now - moment
        if diff < timedelta(days=30):
            days = max(1, round(diff.total_seconds() / 86400))
            unit, count = (labels["days"], days) if days < 7 else (labels["weeks"], max(1, round(days / 7)))
            return labels["ago"].format(f"{count} {unit[0] if count == 1 else unit[1]}")
        if lang == "fr":
            return f"{moment.day} {_MONTHS['fr'][moment.month - 1]} {moment.year}"
        if lang == "ar":
            return f"{moment.day} {_MONTHS['ar'][moment.month - 1]}، {moment.year}"
        return f"{moment:%B} {moment.day}, {moment.year}"

    def meta_date(self, entry: Entry, lang: str = "en") -> str:
        return f'<span class="date meta-item tie-icon">{self.e(self.date_text(entry.published, lang))}</span>'

    def thumb(self, entry: Entry, size: str = "390x220") -> str:
        return self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.story.key[:28]}-{size}.jpg")

    def cat_links(self, entry: Entry) -> str:
        return "".join(f'<a class="post-cat tie-cat-{3 + sorted(self.groups("categories")).index(c)}" '
                       f'href="{self.url(self.category_path(c))}">{self.e(c)}</a>' for c in entry.categories)

    def views(self, entry: Entry) -> int:
        return 180 + (entry.post_id * 7919) % 5200

    def reading_time(self, entry: Entry, lang: str) -> str:
        minutes = max(1, math.ceil(len(body_text(entry.story.blocks).split()) / 200))
        labels = LABELS[lang]
        return f"{minutes} {labels['minute'] if minutes == 1 else labels['minutes']} {labels['read']}"

    def post_meta(self, entry: Entry, lang: str = "en", single: bool = True) -> str:
        """``tie_the_post_meta``: authors (one wrapper each), the date, then comments/views/reading time."""
        labels = LABELS[lang]
        authors = "".join(
            f'<span class="meta-item meta-author-wrapper meta-author-{10 + i}">'
            + (f'<span class="meta-author-avatar"><a href="{self.url(self.author_path(a))}"><img alt="Photo of {self.e(a.name)}" '
               f'src="https://secure.gravatar.com/avatar/{hashlib.md5(a.name.encode()).hexdigest()}?s=140&amp;d=mm&amp;r=g" '
               'class="avatar avatar-140 photo" height="140" width="140"></a></span>' if single else "")
            + f'<span class="meta-author">{labels["by"] + " " if single else ""}<a href="{self.url(self.author_path(a))}" '
              f'class="author-name tie-icon" title="{self.e(a.name)}">{self.e(a.name)}</a></span></span>'
            for i, a in enumerate(entry.authors))
        kind = "multiple-authors" if len(entry.authors) > 1 else "single-author"
        extra = ""
        if single:
            extra = (f'<div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span>'
                     f'<span class="meta-views meta-item {"very-hot" if self.views(entry) > 5000 else "warm"}"><span class="tie-icon-fire" '
                     f'aria-hidden="true"></span> {self.views(entry):,} </span><span class="meta-reading-time meta-item">'
                     f'<span class="tie-icon-bookmark" aria-hidden="true"></span> {self.reading_time(entry, lang)}</span></div>')
        who = f'<span class="author-meta {kind} {"with-avatars" if single else "no-avatars"}">{authors}</span>'
        return f'<div class="{"single-post-meta " if single else ""}post-meta clearfix">{who}{self.meta_date(entry, lang)}{extra}</div>'

    def share_bar(self, entry: Entry, where: str, lang: str) -> str:
        link = self.url(self.post_path(entry))
        title = quote(entry.title)
        nets = (("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={link}", "https://www.facebook.com/sharer.php?u={post_link}", "facebook"),
                ("twitter", "X", f"https://twitter.com/intent/tweet?text={title}&amp;url={link}",
                 "https://twitter.com/intent/tweet?text={post_title}&amp;url={post_link}", "twitter"),
                ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={title}%20{link}",
                 "https://api.whatsapp.com/send?text={post_title}%20{post_link}", "whatsapp"),
                ("email", LABELS[lang]["email"], f"mailto:?subject={title}&amp;body={link}",
                 "mailto:?subject={post_title}&amp;body={post_link}", "envelope"))
        links = "".join(
            f'<a href="{href}" rel="external noopener nofollow" title="{self.e(label)}" target="_blank" class="{net}-share-btn '
            f'{"large-share-button" if where == "top" else ""}" data-raw="{raw}"><span class="share-btn-icon tie-icon-{icon}"></span> '
            f'<span class="social-text">{self.e(label)}</span></a>' for net, label, href, raw, icon in nets)
        return (f'<div id="share-buttons-{where}" class="share-buttons share-buttons-{where}"><div class="share-links '
                f'{"icons-text" if where == "top" else "icons-only"} share-skew">{links}</div></div>')

    def breadcrumb(self, entry: Entry, lang: str) -> str:
        cat = entry.categories[0] if entry.categories else ""
        trail = (f'<nav id="breadcrumb"><a href="{self.url("/")}"><span class="tie-icon-home" aria-hidden="true"></span> '
                 f'{LABELS[lang]["home"]}</a><em class="delimiter">/</em>'
                 + (f'<a href="{self.url(self.category_path(cat))}">{self.e(cat)}</a><em class="delimiter">/</em>' if cat else "")
                 + f'<span class="current">{self.e(entry.title)}</span></nav>')
        items = [{"@type": "ListItem", "position": 1, "item": {"name": LABELS[lang]["home"], "@id": self.url("/")}}]
        if cat:
            items.append({"@type": "ListItem", "position": 2, "item": {"name": cat, "@id": self.url(self.category_path(cat))}})
        return trail + self.json_script({"@context": "http://schema.org", "@type": "BreadcrumbList", "@id": "#Breadcrumb",
                                         "itemListElement": items})

    def json_script(self, data: dict, ident: str = "") -> str:
        text = json.dumps(data, separators=(",", ":")).replace("/", "\\/")   # PHP's json_encode
        attr = f' id="{ident}"' if ident else ""
        return f'<script{attr} type="application/ld+json">{text}</script>'

    def reviewer_line(self, entry: Entry, lang: str) -> str:
        return (f'<p class="medically-reviewed"><em>{LABELS[lang]["reviewed"]} <strong>{self.e(entry.reviewer.display)}</strong>'
                "</em></p>") if entry.reviewer else ""

    def content_html(self, entry: Entry, lang: str) -> str:
        """The post content: the typed review line, then every block but the video (post format video
        shows it in the featured area)."""
        body = "\n".join(self.block_html(b, entry) for b in entry.story.blocks if b.kind != "video")
        return self.reviewer_line(entry, lang) + "\n" + body

    def featured_area(self, entry: Entry) -> str:
        videos = [b.text for b in entry.story.blocks if b.kind == "video"]
        if videos:
            src = videos[0] + ("?feature=oembed" if "youtube" in videos[0] else "?dnt=1&amp;app_id=122963")
            media = (f'<div class="tie-fluid-width-video-wrapper"><iframe title="{self.e(entry.title)}" width="780" height="439" '
                     f'src="{self.e(src) if "&amp;" not in src else src}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                     'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>')
            return f'<div class="featured-area"><div class="featured-area-inner">{media}</div></div>'
        return (f'<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image">'
                f'<img width="780" height="470" src="{self.thumb(entry, "780x470")}" class="attachment-jannah-image-post '
                f'size-jannah-image-post wp-post-image" alt="" decoding="async" is_main_img="1"></figure></div></div>')

    def check_also(self, entry: Entry, lang: str) -> str:
        """One post from the post's categories that is neither the post nor in its Related Articles."""
        taken = {id(entry), *(id(e) for e in self.shown_related(entry))}
        pick = next((e for e in self.newest if id(e) not in taken and set(e.categories) & set(entry.categories)), None)
        pick = pick or next(e for e in self.newest if id(e) not in taken)
        return (f'<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title">'
                f'<div class="the-subtitle">{LABELS[lang]["check"]}</div><a href="#" id="check-also-close" class="remove">'
                f'<span class="screen-reader-text">{LABELS[lang]["close"]}</span></a></div><div class="widget posts-list-big-first has-first-big-post">'
                f'<ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail">'
                f'<a aria-label="{self.e(pick.title)}" href="{self.url(self.post_path(pick))}" class="post-thumb"><img width="390" height="220" '
                f'src="{self.thumb(pick)}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a></div>'
                f'<div class="post-widget-body "><a class="post-title the-subtitle" href="{self.url(self.post_path(pick))}">{self.e(pick.title)}</a>'
                f'<div class="post-meta">{self.meta_date(pick)}</div></div></li></ul></div></div>')

    def about_author(self, person: Person, n: int = 1) -> str:
        bio = BIOS[sum(map(ord, person.name)) % len(BIOS)]
        return (f'<div class="about-author container-wrapper about-author-{n}"><div class="author-avatar"><a href="'
                f'{self.url(self.author_path(person))}"><img alt="Photo of {self.e(person.name)}" src="https://secure.gravatar.com/avatar/'
                f'{hashlib.md5(person.name.encode()).hexdigest()}?s=180&amp;d=mm&amp;r=g" class="avatar avatar-180 photo" height="180" '
                f'width="180"></a></div><div class="author-info"><h3 class="author-name"><a href="{self.url(self.author_path(person))}">'
                f'{self.e(person.name)}</a></h3><div class="author-bio">{self.e(person.name.split()[0])} {bio}</div>'
                '<ul class="social-icons"><li class="social-icons-item"><a href="https://twitter.com/" rel="external noopener nofollow" '
                'target="_blank" class="social-link twitter-social-icon"><span class="tie-social-icon tie-icon-twitter"></span>'
                '<span class="screen-reader-text">X</span></a></li></ul></div><div class="clearfix"></div></div>')

    def related_block(self, entry: Entry, lang: str) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        cards = "".join(
            f'<div class="related-item tie-standard"><a aria-label="{self.e(o.title)}" href="{self.url(self.post_path(o))}" '
            f'class="post-thumb"><img width="390" height="220" src="{self.thumb(o)}" class="attachment-jannah-image-large '
            f'size-jannah-image-large wp-post-image" alt="" loading="lazy"></a><h3 class="post-title"><a href="'
            f'{self.url(self.post_path(o))}">{self.e(o.title)}</a></h3><div class="post-meta clearfix">{self.meta_date(o, lang)}</div></div>'
            for o in items)
        return (f'<div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>'
                f'{LABELS[lang]["related"]}</h3></div><div class="related-posts-list">{cards}</div></div>')

    def prev_next(self, entry: Entry, lang: str) -> str:
        older, newer = self.neighbours(entry)

        def side(other: Entry | None, cls: str, rel: str, label: str) -> str:
            if other is None:
                return f'<div class="tie-col-xs-6 {cls}"></div>'
            return (f'<div class="tie-col-xs-6 {cls}"><a href="{self.url(self.post_path(other))}" style="background-image: '
                    f'url({self.thumb(other)})" class="post-thumb" rel="{rel}"><div class="post-thumb-overlay-wrap"><div '
                    f'class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span><span class="screen-reader-text">'
                    f'{label}</span></div></div></a><a href="{self.url(self.post_path(other))}" rel="{rel}"><h3 class="post-title">'
                    f'{self.e(other.title)}</h3></a></div>')
        return (f'<div class="prev-next-post-nav container-wrapper media-overlay">{side(older, "prev-post", "prev", LABELS[lang]["prev"])}'
                f'{side(newer, "next-post", "next", LABELS[lang]["next"])}</div>')

    def newsletter(self) -> str:
        return ('<div id="post-newsletter" class="container-wrapper"><div class="subscribe-widget"><div class="widget-inner-wrap">'
                '<span class="tie-icon-envelope newsletter-icon" aria-hidden="true"></span><div class="subscribe-widget-content">'
                '<h4>The weekly check-up</h4><h3>Get our best health stories in your inbox every Friday.</h3></div>'
                f'<div id="mc_embed_signup-post-newsletter"><form action="https://vitalsigns.us21.list-manage.com/subscribe/post?u=7f3c" '
                'method="post" id="mc-embedded-subscribe-form-post-newsletter" class="subscribe-form validate" target="_blank" novalidate>'
                '<label class="screen-reader-text" for="mce-EMAIL-post-newsletter">Enter your Email address</label><input type="email" '
                'value="" id="mce-EMAIL-post-newsletter" placeholder="Enter your Email address" name="EMAIL" class="subscribe-input required email">'
                '<input type="submit" value="Subscribe" name="subscribe" class="button subscribe-submit"></form></div></div></div></div>')

    def comments(self, entry: Entry, lang: str) -> str:
        return (f'<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" '
                f'class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">{LABELS[lang]["reply"]}</h3>'
                f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are '
                'marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea '
                'id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author">'
                '<label for="author">Name</label><input id="author" name="author" type="text" size="30"></p><p class="form-submit">'
                '<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" '
                f'name="comment_post_ID" value="{entry.post_id}" id="comment_post_ID"></p></form></div></div></div>')

    # -- chrome ----------------------------------------------------------------------------------------

    def sidebar(self) -> str:
        def items(posts: list[Entry]) -> str:
            return "".join(
                f'<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="'
                f'{self.e(o.title)}" href="{self.url(self.post_path(o))}" class="post-thumb"><img width="220" height="150" src="'
                f'{self.thumb(o, "220x150")}" class="attachment-jannah-image-small size-jannah-image-small tie-small-image wp-post-image" '
                f'alt=""></a></div><div class="post-widget-body "><a class="post-title the-subtitle" href="{self.url(self.post_path(o))}">'
                f'{self.e(o.title)}</a><div class="post-meta">{self.meta_date(o)}</div></div></li>' for o in posts)
        commented = self.popular(8)[5:8]
        comments = "".join(
            f'<li><div class="post-widget-thumbnail" style="width:70px"><a class="author-avatar" href="{self.url(self.post_path(o))}'
            f'#comment-{o.post_id * 3}"><img alt="" src="https://secure.gravatar.com/avatar/{o.post_id}?s=70&amp;d=mm&amp;r=g" '
            f'class="avatar avatar-70 photo" height="70" width="70"></a></div><div class="comment-body post-widget-body "><a class="comment-author" '
            f'href="{self.url(self.post_path(o))}#comment-{o.post_id * 3}">{who}</a><p>{said}</p></div></li>'
            for o, who, said in zip(commented, ("Maria K.", "dave_r", "Noor"),
                                    ("Thank you, this finally made sense to me…", "Tried this for two weeks and my…",
                                     "Is this safe during pregnancy?…")))
        cats = "".join(f'<li class="cat-item cat-item-{3 + i}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a> '
                       f'<span>{len(v)}</span></li>' for i, (c, v) in enumerate(sorted(self.groups("categories").items())))
        return (f'<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar">'
                f'<div class="theiaStickySidebar">'
                f'<div id="widget_tabs-1" class="container-wrapper tabs-container-wrapper tabs-container-1"><div class="widget tabs-widget">'
                f'<div class="widget-container"><div class="tabs-widget"><div class="tabs-wrapper"><ul class="tabs">'
                f'<li><a href="#widget_tabs-1-popular">Popular</a></li><li><a href="#widget_tabs-1-recent">Recent</a></li>'
                f'<li><a href="#widget_tabs-1-comments">Comments</a></li></ul>'
                f'<div id="widget_tabs-1-popular" class="tab-content tab-content-popular"><ul class="tab-content-elements">'
                f'{items(self.popular(5))}</ul></div>'
                f'<div id="widget_tabs-1-recent" class="tab-content tab-content-recent"><ul class="tab-content-elements">'
                f'{items(self.newest[:5])}</ul></div>'
                f'<div id="widget_tabs-1-comments" class="tab-content tab-content-comments"><ul class="tab-content-elements">{comments}</ul></div>'
                f'</div></div></div></div></div>'
                f'<div id="categories-2" class="container-wrapper widget widget_categories"><div class="widget-title the-global-title">'
                f'<div class="the-subtitle">Categories</div></div><ul>{cats}</ul><div class="clearfix"></div></div>'
                f'<div id="text-4" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div '
                f'class="the-subtitle">Our editorial policy</div></div><div class="textwidget"><p>Every article is written or reviewed '
                f'by a health professional and updated when the evidence changes. This magazine does not give personal medical advice.'
                f'</p></div><div class="clearfix"></div></div>'
                f'</div></aside>')

    def header(self) -> str:
        ticker = "".join(f'<li class="news-item"><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>'
                         for o in self.newest[:5])
        cats = sorted(self.groups("categories").items(), key=lambda kv: -len(kv[1]))[:4]
        menu = "".join(
            f'<li id="menu-item-{200 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category mega-menu '
            f'mega-recent-featured menu-item-{200 + i} mega-menu-posts" data-id="{3 + i}"><a href="{self.url(self.category_path(c))}">'
            f'{self.e(c)}</a><div class="mega-menu-block menu-sub-content"><div class="mega-menu-content"><div class="mega-ajax-content '
            f'mega-cat-wrapper"><ul class="mega-recent-post">' + "".join(
                f'<li class="mega-recent-post-item"><div class="post-thumbnail"><a class="post-thumb" href="{self.url(self.post_path(o))}">'
                f'<img width="390" height="220" src="{self.thumb(o)}" alt=""></a></div><h3 class="post-box-title"><a class="mega-menu-link" '
                f'href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></h3><div class="post-meta clearfix">{self.meta_date(o)}</div></li>'
                for o in items[:4]) + '</ul></div></div></div></li>' for i, (c, items) in enumerate(cats))
        pages = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{self.url(self.page_path(s))}">'
                        f'{label}</a></li>' for s, label in (("start-here", "Start Here"), ("about", "About"), ("contact", "Contact")))
        return (f'<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below '
                f'has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo '
                f'mobile-header-default"><nav id="top-nav" class="has-breaking-menu top-nav header-nav has-breaking-news" '
                f'aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date">'
                f'{self.now:%A, %B} {self.now.day} {self.now.year}</div><div class="tie-alignleft"><div class="breaking controls-is-active">'
                f'<span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">'
                f'Trending</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{ticker}</ul>'
                f'</div></div></div></div></nav><div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper">'
                f'<div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{self.e(self.site_name)}" '
                f'href="{self.url("/")}"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" '
                f'src="{self.url("/wp-content/uploads/2023/01/vital-signs-logo.png")}" alt="{self.e(self.site_name)}" width="300" height="49"></picture>'
                f'</a></div></div></div></div></div><div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" '
                f'aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap">'
                f'<div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" '
                f'class="menu"><li class="menu-item menu-item-type-custom menu-item-home tie-current-menu"><a href="{self.url("/")}">Home</a></li>'
                f'{menu}{pages}</ul></div></div></div></div></div></nav></div></header>')

    def footer(self) -> str:
        cloud = " ".join(f'<a href="{self.url(self.tag_path(t))}" class="tag-cloud-link tag-link-{40 + i}" style="font-size: '
                         f'{8 + min(len(v), 5) * 2}pt;" aria-label="{self.e(t)} ({len(v)} items)">{self.e(t)}</a>'
                         for i, (t, v) in enumerate(sorted(self.groups("tags").items())))
        return (f'<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container">'
                f'<div class="container"><div class="footer-widget-area "><div class="tie-row"><div class="tie-col-md-4 normal-side">'
                f'<div id="text-2" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">'
                f'About {self.e(self.site_name)}</div></div><div class="textwidget"><p>Independent health journalism since 2016. '
                f'Written by clinicians and health reporters, reviewed by doctors.</p></div><div class="clearfix"></div></div></div>'
                f'<div class="tie-col-md-8 normal-side"><div id="tag_cloud-2" class="container-wrapper widget widget_tag_cloud">'
                f'<div class="widget-title the-global-title"><div class="the-subtitle">Tags</div></div><div class="tagcloud">{cloud}</div>'
                f'<div class="clearfix"></div></div></div></div></div></div></div><div id="site-info" class="site-info site-info-layout-2">'
                f'<div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">'
                f'&copy; Copyright 2024, All Rights Reserved &nbsp;|&nbsp; <a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a>'
                f'</div><ul class="social-icons"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener '
                f'nofollow" target="_blank" href="https://www.facebook.com/"><span class="tie-social-icon tie-icon-facebook"></span>'
                f'<span class="screen-reader-text">Facebook</span></a></li><li class="social-icons-item"><a class="social-link rss-social-icon" '
                f'href="{self.url("/feed/")}"><span class="tie-social-icon tie-icon-feed"></span><span class="screen-reader-text">RSS</span></a>'
                f'</li></ul></div></div></div></div></footer><a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body">'
                f'<span class="tie-icon-angle-up"></span><span class="screen-reader-text">Back to top button</span></a>')

    def document(self, title: str, body_class: str, main: str, head: str = "", lang: str = "en", after: str = "") -> str:
        rtl = ' dir="rtl"' if lang == "ar" else ""
        css = "style.min.css" if lang != "ar" else "style-rtl.min.css"
        return f"""<!DOCTYPE html>
<html{rtl} lang="{LOCALES[lang]}" class="" data-skin="light">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}">
<link rel="stylesheet" id="tie-css-base-css" href="{self.url('/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0')}" type="text/css" media="all">
<link rel="stylesheet" id="tie-css-styles-css" href="{self.url('/wp-content/themes/jannah/assets/css/' + css + '?ver=7.1.0')}" type="text/css" media="all">
<meta name="generator" content="Jannah 7.1.0">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body id="tie-body" class="{body_class}{' rtl' if lang == 'ar' else ''} wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share hide_share_post_top">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
{self.header()}
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
{main}
</div></div>
{self.footer()}
</div>
{after}
</div>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to personalise content and to analyse our traffic. <a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ACCEPT</a></span></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {{"is_rtl":"{'1' if lang == 'ar' else ''}","ajaxurl":"{self.url('/wp-admin/admin-ajax.php')}","is_taqyeem_active":"","is_sticky_video":"1","lazyload":"","select_share":"true","type_to_search":""}};</script>
</body>
</html>"""

    # -- schema ----------------------------------------------------------------------------------------

    def head(self, entry: Entry, title: str, lang: str) -> str:
        url = self.url(self.post_path(entry))
        published = entry.published.isoformat()
        modified = later(entry.published, f"jannah:{entry.slug}", 10, 200).isoformat()
        persons = [(a, self.url("/#/schema/person/") + hashlib.md5(a.name.encode()).hexdigest()) for a in entry.authors]
        image = self.thumb(entry, "780x470")
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": [{"name": a.name, "@id": pid} for a, pid in persons] if len(persons) > 1 else
             {"name": persons[0][0].name, "@id": persons[0][1]},
             "headline": entry.title, "datePublished": published, "dateModified": modified, "mainEntityOfPage": {"@id": url},
             "wordCount": len(body_text(entry.story.blocks).split()), "commentCount": 0,
             "publisher": {"@id": self.url("/#organization")}, "image": {"@id": f"{url}#primaryimage"},
             "thumbnailUrl": image, "keywords": list(entry.tags), "articleSection": list(entry.categories),
             "inLanguage": LOCALES[lang]},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": published, "dateModified": modified, "breadcrumb": {"@id": f"{url}#breadcrumb"},
             "inLanguage": LOCALES[lang]},
            {"@type": "ImageObject", "@id": f"{url}#primaryimage", "url": image, "contentUrl": image, "width": 780, "height": 470},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
             "publisher": {"@id": self.url("/#organization")}},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": self.site_name, "url": self.url("/")},
            *({"@type": "Person", "@id": pid, "name": a.name, "url": self.url(self.author_path(a))} for a, pid in persons)]
        og_locale = {"en": "en_US", "fr": "fr_FR", "ar": "ar_AR"}[lang]
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<meta property="og:locale" content="{og_locale}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{modified}">\n<meta property="og:image" content="{image}">\n'
                f'<meta name="author" content="{self.e(", ".join(a.name for a in entry.authors))}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n'
                f'<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="'
                f'{self.e(", ".join(a.name for a in entry.authors))}">\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    def tie_schema(self, entry: Entry, lang: str) -> str:
        """Jannah's own Article schema (``tie-schema-json``): the first author only, the whole content as text."""
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        review = f"{LABELS[lang]['reviewed']} {entry.reviewer.display}\r\n" if entry.reviewer else ""
        text = body_text(b for b in entry.story.blocks if b.kind != "video")
        schema = {
            "@context": "http://schema.org", "@type": "Article", "dateCreated": entry.published.isoformat(),
            "datePublished": entry.published.isoformat(),
            "dateModified": later(entry.published, f"jannah:{entry.slug}", 10, 200).isoformat(),
            "headline": entry.title, "name": entry.title, "keywords": ",".join(entry.tags), "url": url,
            "description": " ".join(text.split())[:200], "copyrightYear": str(entry.published.year),
            "articleSection": ",".join(entry.categories), "articleBody": "\r\n" + review + text.replace("\n", "\r\n"),
            "publisher": {"@id": "#Publisher", "@type": "Organization", "name": self.site_name,
                          "logo": {"@type": "ImageObject", "url": self.url("/wp-content/uploads/2023/01/vital-signs-logo.png")}},
            "sourceOrganization": {"@id": "#Publisher"}, "copyrightHolder": {"@id": "#Publisher"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url, "breadcrumb": {"@id": "#Breadcrumb"}},
            "author": {"@type": "Person", "name": author.name, "url": self.url(self.author_path(author))},
            "image": {"@type": "ImageObject", "url": self.thumb(entry, "780x470"), "width": 1200, "height": 470}}
        videos = [b.text for b in entry.story.blocks if b.kind == "video"]
        if videos:
            schema["video"] = {"@type": "VideoObject", "name": entry.title, "thumbnailUrl": self.thumb(entry, "780x470"),
                               "description": schema["description"], "uploadDate": entry.published.isoformat(),
                               "embedUrl": videos[0]}
        return self.json_script(schema, "tie-schema-json")

    # -- pages -----------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        lang = self.lang(entry)
        title = f"{entry.title} - {self.site_name}"
        video = entry.story.kind == "video"
        tags = "".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        tag_bar = (f'<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">'
                   f'<span class="tie-icon-tags" aria-hidden="true"></span> {LABELS[lang]["tags"]}</div><span class="tagcloud">{tags}</span>'
                   '</div>') if tags else ""
        article = (f'<article id="the-post" class="container-wrapper post-content tie-{"video" if video else "standard"}">'
                   f'<header class="entry-header-outer">{self.breadcrumb(entry, lang)}<div class="entry-header">'
                   f'<span class="post-cat-wrap">{self.cat_links(entry)}</span><h1 class="post-title entry-title">{self.e(entry.title)}</h1>'
                   f'{self.post_meta(entry, lang)}</div></header>'
                   f'{self.featured_area(entry)}{self.share_bar(entry, "top", lang)}'
                   f'<div class="entry-content entry clearfix">\n{self.content_html(entry, lang)}\n</div>'
                   f'<div id="post-extra-info"><div class="theiaStickySidebar">{self.share_bar(entry, "top", lang)}</div></div><div class="clearfix"></div>'
                   f'{self.tie_schema(entry, lang)}{tag_bar}{self.share_bar(entry, "bottom", lang)}</article>')
        components = (f'<div class="post-components">{self.about_author(entry.authors[0])}{self.newsletter()}'
                      f'{self.prev_next(entry, lang)}{self.related_block(entry, lang)}{self.comments(entry, lang)}</div>')
        main = (f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><div class="stream-item stream-item-above-post">'
                f'<a href="https://ads.example.net/click?c=vs-728" rel="nofollow noopener" target="_blank"><img src="'
                f'{self.url("/wp-content/uploads/2024/01/pharmacy-banner-728x90.jpg")}" alt="" width="728" height="90"></a></div>'
                f'{article}{components}</div>{self.sidebar()}')
        cats = " ".join(f"category-{wp_slug(c)}" for c in entry.categories)
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-"
                      f"{'video' if video else 'standard'} {cats} tie-no-js")
        return self.document(title, body_class, main, self.head(entry, title, lang), lang, self.check_also(entry, lang))

    def post_item(self, entry: Entry) -> str:
        """``loop-default.php``: thumbnail, meta, title, excerpt, "Read More »"."""
        return (f'<li class="post-item post-{entry.post_id} post type-post status-publish format-'
                f'{"video" if entry.story.kind == "video" else "standard"} has-post-thumbnail tie-{"video" if entry.story.kind == "video" else "standard"}">'
                f'<a aria-label="{self.e(entry.title)}" href="{self.url(self.post_path(entry))}" class="post-thumb"><span class="post-cat-wrap">'
                + "".join(f'<span class="post-cat tie-cat-{3 + sorted(self.groups("categories")).index(c)}">{self.e(c)}</span>' for c in entry.categories)
                + f'</span><img width="390" height="220" src="{self.thumb(entry)}" class="attachment-jannah-image-large size-jannah-image-large '
                f'wp-post-image" alt=""></a><div class="post-details">{self.post_meta(entry, single=False)}'
                f'<h2 class="post-title"><a href="{self.url(self.post_path(entry))}">{self.e(entry.title)}</a></h2>'
                f'<p class="post-excerpt">{self.e(self.teaser(entry, 30))}</p><a class="more-link button" href="'
                f'{self.url(self.post_path(entry))}">Read More &raquo;</a></div></li>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        is_tag = first.startswith("/tag/")
        is_home = first == "/"
        person = next((p for e in items for p in e.authors if p.name == title), None) if first.startswith("/author/") else None
        if is_tag:
            nav = (f'<div class="pages-nav"><a data-text="Load More" data-url="{self.url(path_of(n + 1))}" class="container-wrapper '
                   f'show-more-button load-more-button" href="{self.url(path_of(n + 1))}">Load More</a></div>')
        else:
            numbers = "".join(f'<li class="current"><span class="pages-nav-item">{k}</span></li>' if k == n else
                              f'<li><a href="{self.url(path_of(k))}" class="pages-nav-item">{k}</a></li>' for k in range(1, pages + 1))
            nav = ('<div class="pages-nav"><ul class="pages-numbers">'
                   + (f'<li class="the-prev-page"><a href="{self.url(path_of(n - 1))}">&laquo;</a></li>' if n > 1 else "")
                   + numbers + (f'<li class="the-next-page"><a href="{self.url(path_of(n + 1))}">&raquo;</a></li>' if n < pages else "")
                   + "</ul></div>")
        if is_home:
            heading = ""
        elif person is not None:
            heading = self.about_author(person)
        else:
            label = "Tag" if is_tag else "Category"
            heading = (f'<header class="entry-header-outer container-wrapper"><nav id="breadcrumb"><a href="{self.url("/")}">'
                       f'<span class="tie-icon-home" aria-hidden="true"></span> Home</a><em class="delimiter">/</em><span class="current">'
                       f'{self.e(title)}</span></nav><h1 class="page-title">{label}: <span>{self.e(title)}</span></h1></header>')
        box_title = ('<div class="mag-box-title the-global-title"><h3>Latest Articles</h3></div>' if is_home else "")
        main = (f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">{heading}<div class="mag-box wide-post-box">'
                f'<div class="container-wrapper">{box_title}<div class="mag-box-container clearfix"><ul id="posts-container" '
                f'data-layout="default" data-settings="{{\'uncropped_image\':\'jannah-image-post\'}}" class="posts-items">'
                f'{"".join(self.post_item(e) for e in items)}</ul><div class="clearfix"></div></div></div></div>{nav}</div>{self.sidebar()}')
        if is_home:
            page_title = f"{self.site_name} - Health news, explained by clinicians" + (f" - Page {n}" if n > 1 else "")
            body_class = "home blog" + (" paged" if n > 1 else "")
        else:
            page_title = f"{title}, Author at {self.site_name}" if person else f"{title} Archives - {self.site_name}"
            page_title += f" - Page {n} of {pages}" if n > 1 else ""
            body_class = ("archive author" if person else "archive tag" if is_tag else "archive category") + (" paged" if n > 1 else "")
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}">\n<meta property="og:type" content="'
                f'{"website" if is_home else "article"}">\n<meta property="og:title" content="{self.e(page_title)}">\n'
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}">\n' if n < pages else ""))
        return self.document(page_title, body_class, main, head)

    def nothing_found(self, tag: str, n: int) -> str:
        """An archive page past the last, as this site answers it: 200, Jannah's "Nothing Found"."""
        path_of = lambda k: self.tag_path(tag, k)   # noqa: E731
        main = (f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><header class="entry-header-outer container-wrapper">'
                f'<h1 class="page-title">Tag: <span>{self.e(tag)}</span></h1></header><div class="mag-box not-found">'
                f'<div class="container-wrapper" id="content-404"><h2>Nothing Found</h2><h3>It seems we can&rsquo;t find what '
                f'you&rsquo;re looking for. Perhaps searching can help.</h3><div class="search-bar"><form method="get" class="search-form" '
                f'action="{self.url("/")}"><input type="text" class="search-field" name="s" placeholder="Search"><input type="submit" '
                f'class="search-submit" value="Search"></form></div></div></div><div class="pages-nav"><a data-text="Load More" '
                f'data-url="{self.url(path_of(n + 1))}" class="container-wrapper show-more-button load-more-button" href="'
                f'{self.url(path_of(n + 1))}">Load More</a></div></div>{self.sidebar()}')
        return self.document(f"{tag} Archives - Page {n} - {self.site_name}", "archive tag paged", main,
                             '<meta name="robots" content="noindex, follow">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 20 + len(slug)
        main = (f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper '
                f'post-content"><header class="entry-header-outer"><nav id="breadcrumb"><a href="{self.url("/")}"><span class="tie-icon-home" '
                f'aria-hidden="true"></span> Home</a><em class="delimiter">/</em><span class="current">{self.e(title)}</span></nav>'
                f'<div class="entry-header"><h1 class="post-title entry-title">{self.e(title)}</h1></div></header>'
                f'<div class="entry-content entry clearfix">{body}</div></article></div>{self.sidebar()}')
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(self.site_name)}">\n')
        return self.document(f"{title} - {self.site_name}", f"page-template-default page page-id-{pid}", main, head)
