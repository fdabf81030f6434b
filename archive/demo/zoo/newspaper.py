"""newspaper (held out): a health-and-wellness news blog on WordPress with tagDiv's Newspaper theme.

Modelled on the theme's own templates and on rendered Newspaper pages found in public repositories:
the single-post loop (``loop-single.php``: ``article`` > ``div.td-post-header`` with ``ul.td-category``
over ``header.td-post-title`` > ``h1.entry-title`` and ``div.td-module-meta-info``; then
``div.td-post-content tagdiv-type``, and a ``footer`` with ``div.td-post-source-tags``, the
``td-post-next-prev`` row and the ``author-box-wrap`` box; Technology-Community/Technology-Community.github.io
wp-content/themes/Newspaper/loop-single.php and loop.php), the single-module class that prints each
piece (jackass-theology/jackasstheology wp-content/themes/Newspaper/includes/wp_booster/
td_module_single_base.php: ``td-post-author-name`` "<div class=td-author-by>By</div> NAME <div
class=td-author-line> - </div>", ``td-post-date`` > ``time.entry-date.updated.td-module-date`` with a
W3C ``datetime``, ``td-post-views``, the "VIA" / "SOURCE" ``td-post-small-box`` lines in
``td-post-source-via``, the "TAGS" ``ul.td-tags.td-post-small-box``, the author box with
``td-author-name vcard author``, ``td-author-description`` and ``td-author-social``, the
``td-page-meta`` microdata after the footer, the video post format's featured video in
``td-post-featured-image``, and ``related_posts()``: a ``td_block_related_posts`` of 3 posts of the
same categories with next/prev ajax pagination; loop-single-7.php for the sharing bars), and a
saved Newspaper single page (a news site's ``td-post-template-default`` page, found by the string
``td-related-left``: ``td-post-sharing-top`` / ``td-post-sharing-bottom`` with
``td-social-sharing-button`` links, ``td-post-content td-pb-padding-side``, the related block
``h4.td-related-title`` > ``a.td-related-left.td-cur-simple-item``, ``td-related-row`` /
``td-related-span4`` / ``td_module_related_posts``, ``td-next-prev-wrap`` ajax arrows, the
``tdBlock`` JavaScript config, the ``td-main-sidebar`` with ``aside.widget`` boxes). Posts built
with tagDiv Composer's Cloud Library templates (tdb) follow scrapers written against real tdb pages
(``h1.tdb-title-text``, ``div.tdb-author-name-wrap`` > ``a.tdb-author-name``, ``div.tdb_single_date``
> ``div.tdb-block-inner.td-fix-index`` > ``time``, ``div.td_block_wrap.tdb_single_content
.td-pb-border-top.td_block_template_1.td-post-content.tagdiv-type`` > ``div.tdb-block-inner``,
``ul.tdb-tags``, ``tdb_single_featured_image``) and on td-cloud-library's posts-autoload code
(``tdb_js_posts_autoload_ajax``: the next article is fetched from ``?tdb_action=tdb_ajax`` while the
reader scrolls; the page's HTML holds only its own article and a ``tdb-autoload-article`` stub
naming the next post's URL in data attributes).

The site: "Vital Signs Daily", a health news blog. About half the posts use a tdb Cloud Library
single template (with infinite loading of the next post), the others the theme's classic
``td-post-template-default``. Around every post: a header with ``td-header-menu`` whose category
items open mega menus of the category's four newest posts (``td_block_mega_menu``), a "TRENDING
NOW" ticker; share bars top and bottom; the "RELATED ARTICLES" / "MORE FROM AUTHOR" block (the
first tab's three posts of the same category, newest first, are in the HTML; the second tab's are
fetched by ajax); comments (one reader comment on some posts) with "LEAVE A REPLY"; a sidebar of
``td_block_widget`` boxes ("POPULAR POSTS", "LATEST ARTICLES", a Mailchimp sign-up, "Popular
Category" with counts); a footer of "EDITOR PICKS" / "POPULAR POSTS" / "POPULAR CATEGORY" columns; a
GDPR cookie bar; Yoast's JSON-LD ``@graph`` and Open Graph tags. Bylines print the WordPress display
name, which carries credentials on this site ("Dr. Ana Costa, MD, FAAD"). Video posts use the
theme's video post format (the YouTube or Vimeo player is the featured image, not in the content).
Two short posts credit another site in the theme's "SOURCE" line (one also has a "VIA" line); a
few posts open with an italic "Medically reviewed by ..." line in the content.

Truth: the title is the h1; authors the byline names without honorifics or credentials; the
reviewer the "Medically reviewed by" name; the body the post content without the review line and
without the SOURCE/VIA box (those URLs are its citations); related the first tab's three posts.

Listings: ``/`` (latest articles, ``/page/N/``), ``/category/x/``, ``/tag/x/``, ``/author/x/``,
paginated with Newspaper's ``div.page-nav.td-pb-padding-side`` ("Page 1 of 3"). Yoast sitemaps,
``/feed/``, robots.txt. Dates are WordPress's ``F j, Y`` in local time (UTC-4). No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from urllib.parse import quote

from .posts import Entry, Person, Plan, body_text, citations_of, slugify
from .site import ZooSite, later, long_date

VIA = {"flu-shots-are-available-at-most-pharmacies-now": ("Reuters Health", "https://www.reuters.com/business/healthcare-pharmaceuticals/")}
SOURCE_NAMES = {"www.cdc.gov": "CDC", "www.who.int": "World Health Organization"}
TD_VER = "12.6.5"


class Newspaper(ZooSite):
    family = "newspaper"
    site_name = "Vital Signs Daily"
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="newspaper", count=40, languages=("en",), authors=4, reviewed=0.08, tz_hours=-4, related=(3,))

    # -- choices per post ------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """Site news is not medically reviewed."""
        if entry.story.category == "News":
            entry.reviewer = None
        return entry

    def tdb_post(self, entry: Entry) -> bool:
        """Posts on the Cloud Library single template (with infinite loading of the next post)."""
        return entry.post_id % 3 == 0

    def source_of(self, entry: Entry) -> str:
        return next((b.text for b in entry.story.blocks if b.kind == "source"), "")

    def shown_related(self, entry: Entry) -> list[Entry]:
        """td_block_related_posts, live filter cur_post_same_categories, limit 3: the newest three others."""
        cat = entry.categories[0] if entry.categories else ""
        return [e for e in self.newest if e is not entry and cat in e.categories][:3]

    def views(self, entry: Entry) -> int:
        return random.Random(f"views:{entry.slug}").randint(120, 9800)

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: [self.page_path(s) for s in ("about", "contact", "start-here", "privacy-policy")], xml="application/xml")
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- small pieces -----------------------------------------------------------------------------------

    def display(self, person: Person) -> str:
        """The WordPress display name, as this site's editors set it (honorific and credentials)."""
        return person.display

    def date_html(self, entry: Entry) -> str:
        return (f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
                f'datetime="{entry.published.isoformat()}" >{long_date(entry.published)}</time></span>')

    def thumb(self, entry: Entry, size: str = "218x150") -> str:
        return self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:28]}-{size}.jpg")

    def cat_link(self, entry: Entry, cls: str = "td-post-category") -> str:
        if not entry.categories:
            return ""
        c = entry.categories[0]
        return f'<a href="{self.url(self.category_path(c))}" class="{cls}">{self.e(c)}</a>'

    def module(self, o: Entry, kind: str = "td_module_6", excerpt: bool = False, size: str = "100x70") -> str:
        """A tagDiv module (a post teaser) as blocks and listings print it."""
        a = o.authors[0]
        meta = (f'<div class="td-editor-date">'
                + (f'<span class="td-author-date"><span class="td-post-author-name"><a href="{self.url(self.author_path(a))}">'
                   f'{self.e(self.display(a))}</a> <span>-</span> </span>' if excerpt else '<span class="td-author-date">')
                + f'{self.date_html(o)}</span></div>')
        return (f'<div class="{kind} td_module_wrap td-animation-stack">'
                f'<div class="td-module-thumb"><a href="{self.url(self.post_path(o))}" rel="bookmark" class="td-image-wrap " '
                f'title="{self.e(o.title)}"><img class="entry-thumb" src="{self.thumb(o, size)}" alt="" title="{self.e(o.title)}" '
                f'width="{size.split("x")[0]}" height="{size.split("x")[1]}"></a></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{self.url(self.post_path(o))}" '
                f'rel="bookmark" title="{self.e(o.title)}">{self.e(o.title)}</a></h3>'
                f'<div class="td-module-meta-info">{self.cat_link(o) if excerpt else ""}{meta}</div>'
                + (f'<div class="td-excerpt">{self.e(self.teaser(o, 25))}</div>' if excerpt else "")
                + "</div></div>")

    def block_wrap(self, uid: str, kind: str, title: str, inner: str, extra: str = "") -> str:
        head = (f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">'
                f'{self.e(title)}</span></h4></div>') if title else ""
        return (f'<div class="td_block_wrap {kind} {uid} td-pb-border-top td_block_template_1 td-column-1 {extra}" '
                f'data-td-block-uid="{uid}">{head}<div id="{uid}" class="td_block_inner">{inner}</div></div>')

    def share_bar(self, entry: Entry, where: str) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        text = quote(entry.title).replace("%20", "+")
        nets = (("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"),
                ("twitter", "Twitter", f"https://twitter.com/intent/tweet?text={text}&amp;url={url}&amp;via=VitalSignsDaily"),
                ("pinterest", "Pinterest", f"https://pinterest.com/pin/create/button/?url={url}&amp;description={text}"),
                ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={text}%0A%0A{url}"),
                ("linkedin", "Linkedin", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}&amp;title={text}"))
        buttons = "".join(
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{n}" href="{h}" '
            f'title="{label}"><div class="td-social-but-icon"><i class="td-icon-{n}"></i></div>'
            f'<div class="td-social-but-text">{label}</div></a>' for n, label, h in nets)
        lead = ('<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text">'
                '<div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Share</div></div>')
        return (f'<div class="td-post-sharing-{where}"><div id="td_social_sharing_article_{where}" class="td-post-sharing '
                f'td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible">{lead}{buttons}</div>'
                f'<div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button '
                f'td-social-handler td-social-expand-tabs" href="#" data-block-uid="td_social_sharing_article_{where}" title="More">'
                '<div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div></div>')

    def review_line(self, entry: Entry) -> str:
        r = entry.reviewer
        if not r:
            return ""
        return (f'<p><em>Medically reviewed by {self.e(r.display)} — Written by {self.e(entry.authors[0].name)} — '
                f'Updated on {long_date(later(entry.published, f"np-rev:{entry.slug}", 20, 200))}</em></p>')

    def featured(self, entry: Entry, tdb: bool) -> str:
        """The featured image, or on video posts the theme's featured video (td_video_support::render_video)."""
        video = next((b.text for b in entry.story.blocks if b.kind == "video"), "")
        if video:
            player = "td-youtube-player" if "youtube" in video else "td-vimeo-player"
            src = video + ("?enablejsapi=1&amp;feature=oembed&amp;wmode=opaque&amp;vq=hd720" if "youtube" in video else "")
            inner = (f'<div class="wpb_video_wrapper"><iframe class="{player}" width="600" height="560" src="{src}" '
                     'frameborder="0" allowfullscreen="" allow="autoplay"></iframe></div>')
        else:
            full = self.thumb(entry, "1068x580")
            inner = (f'<img width="696" height="464" class="entry-thumb" src="{full}" alt="" '   # the "no_modal" setting
                     f'title="{self.e(entry.title)}">')
        if tdb:
            return (f'<div class="td_block_wrap tdb_single_featured_image tdi_62 tdb-content-horiz-left td-pb-border-top '
                    f'td_block_template_1"><div class="tdb-block-inner td-fix-index">{inner}</div></div>')
        return f'<div class="td-post-featured-image">{inner}</div>'

    def content(self, entry: Entry) -> str:
        """The post content: every block but the featured video and the SOURCE line (theme fields)."""
        parts = [self.review_line(entry)]
        for k, block in enumerate(entry.story.blocks):
            if block.kind in ("video", "source"):
                continue
            parts.append(self.block_html(block, entry))
            if k == 2 and len(entry.story.blocks) > 6:
                parts.append('<div class="td-a-rec td-a-rec-id-content_inline tdi_2_a1f td_block_template_1">'
                             '<span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices">'
                             f'<a href="{self.url(self.page_path("contact"))}"><img src="{self.url("/wp-content/uploads/2023/01/ad-728x90.jpg")}" '
                             'alt="" width="728" height="90"></a></div></div>')
        return "\n".join(p for p in parts if p)

    def source_via(self, entry: Entry) -> str:
        source = self.source_of(entry)
        via = VIA.get(entry.slug)
        if not source and not via:
            return ""
        out = f'<div class="td-post-source-via {"" if entry.tags else "td-no-tags"}">'
        if via:
            out += f'<div class="td-post-small-box"><span>VIA</span><a rel="nofollow" href="{via[1]}">{self.e(via[0])}</a></div>'
        if source:
            host = source.split("/")[2]
            out += (f'<div class="td-post-small-box"><span>SOURCE</span><a rel="nofollow" href="{self.e(source)}">'
                    f'{self.e(SOURCE_NAMES.get(host, host))}</a></div>')
        return out + "</div>"

    def tags_html(self, entry: Entry, tdb: bool = False) -> str:
        if not entry.tags:
            return ""
        items = "".join(f'<li><a href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        return (f'<ul class="tdb-tags"><li><span>TAGS</span></li>{items}</ul>' if tdb else
                f'<ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{items}</ul>')

    def next_prev(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        prev = (f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>'
                f'<a href="{self.url(self.post_path(older))}">{self.e(older.title)}</a></div></div>' if older
                else '<div class="td-block-span6 td-post-prev-post"></div>')
        nxt = (f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span>'
               f'<a href="{self.url(self.post_path(newer))}">{self.e(newer.title)}</a></div></div>' if newer else "")
        return f'<div class="td-block-row td-post-next-prev">{prev}<div class="td-next-prev-separator"></div>{nxt}</div>'

    def bio(self, person: Person) -> str:
        return (f"{person.name} covers health news for {self.site_name}"
                + (f" and brings {len(person.credentials) + 4} years of clinical practice to the desk." if person.credentials
                   else ", with a focus on public health, nutrition and everyday wellness.")
                + " Story tips are welcome through the contact page.")

    def avatar(self, person: Person, size: int = 96) -> str:
        digest = hashlib.md5(person.name.lower().encode()).hexdigest()
        return (f'<img alt="{self.e(person.name)}" src="https://secure.gravatar.com/avatar/{digest}?s={size}&amp;d=mm&amp;r=g" '
                f'class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy">')

    def author_box(self, entry: Entry) -> str:
        a = entry.authors[0]
        href = self.url(self.author_path(a))
        social = "".join(f'<span class="td-social-icon-wrap"><a target="_blank" href="{h}" title="{n.title()}">'
                         f'<i class="td-icon-font td-icon-{n}"></i></a></span>'
                         for n, h in (("facebook", "https://www.facebook.com/vitalsignsdaily"),
                                      ("twitter", f"https://twitter.com/{slugify(a.name).replace('-', '')}")))
        return (f'<div class="author-box-wrap"><a href="{href}">{self.avatar(a)}</a><div class="desc">'
                f'<div class="td-author-name vcard author"><span class="fn"><a href="{href}">{self.e(self.display(a))}</a></span></div>'
                f'<div class="td-author-description">{self.e(self.bio(a))}</div><div class="td-author-social">{social}</div>'
                '<div class="clearfix"></div></div></div>')

    def related_block(self, entry: Entry, tdb: bool) -> str:
        items = self.shown_related(entry)
        uid = f"tdi_{entry.post_id % 90 + 3}_{hashlib.md5(entry.slug.encode()).hexdigest()[:3]}"
        if items:
            cells = "".join(
                f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
                f'<div class="td-module-image"><div class="td-module-thumb"><a href="{self.url(self.post_path(o))}" rel="bookmark" '
                f'class="td-image-wrap " title="{self.e(o.title)}"><img class="entry-thumb" src="{self.thumb(o)}" alt="" '
                f'title="{self.e(o.title)}" width="218" height="150"></a></div>{self.cat_link(o)}</div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{self.url(self.post_path(o))}" '
                f'rel="bookmark" title="{self.e(o.title)}">{self.e(o.title)}</a></h3></div></div></div>' for o in items)
            inner = f'<div class="td-related-row">{cells}</div>'
        else:
            inner = '<div class="td_block_inner"><div class="no-results td-pb-padding-side"><h2>No posts to display</h2></div></div>'
        atts = json.dumps({"limit": 3, "ajax_pagination": "next_prev", "live_filter": "cur_post_same_categories",
                           "td_ajax_filter_type": "td_custom_related", "class": uid, "td_column_number": 3,
                           "block_type": "td_block_related_posts", "live_filter_cur_post_id": entry.post_id,
                           "live_filter_cur_post_author": str(11 + len(entry.authors[0].name))})
        wrap = "tdb_single_related " if tdb else ""
        return (f'<div class="td_block_wrap td_block_related_posts {wrap}{uid} td_with_ajax_pagination td-pb-border-top '
                f'td_block_template_1" data-td-block-uid="{uid}"><h4 class="td-related-title td-block-title">'
                f'<a id="{uid}_l" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="{uid}" '
                f'href="#">RELATED ARTICLES</a><a id="{uid}_r" class="td-related-right" data-td_filter_value="td_related_more_from_author" '
                f'data-td_block_id="{uid}" href="#">MORE FROM AUTHOR</a></h4><div id="{uid}" class="td_block_inner">{inner}</div>'
                f'<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-{uid}" '
                f'data-td_block_id="{uid}"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" '
                f'id="next-page-{uid}" data-td_block_id="{uid}"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>'
                f"<script>var block_{uid} = new tdBlock();block_{uid}.id = \"{uid}\";block_{uid}.atts = '{atts}';"
                f'block_{uid}.block_type = "td_block_related_posts";block_{uid}.post_count = "{len(items)}";'
                f"tdBlocksArray.push(block_{uid});</script>")

    def comments(self, entry: Entry) -> str:
        listing = ""
        count = 1 if entry.post_id % 4 == 0 else 0
        if count:
            listing = (f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>1 COMMENT</span></h4></div>'
                       f'<ol class="comment-list"><li class="comment even thread-even depth-1" id="li-comment-{entry.post_id * 3}">'
                       f'<article><footer><img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm" class="avatar avatar-50 photo" '
                       'height="50" width="50"><cite>Maggie R.</cite><a class="comment-link" href="#comment-'
                       f'{entry.post_id * 3}"><time pubdate="{later(entry.published, "np-c:" + entry.slug, 1, 30).isoformat()}">'
                       f'{long_date(later(entry.published, "np-c:" + entry.slug, 1, 30))} at 9:14 am</time></a></footer>'
                       '<div class="comment-content"><p>Thank you for writing this up so clearly. I shared it with my mother, '
                       'who has been asking her doctor about exactly this.</p></div><div class="comment-meta" id="comment-'
                       f'{entry.post_id * 3}"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>'
                       '</article></li></ol>')
        return (f'<div class="comments" id="comments">{listing}<div id="respond" class="comment-respond">'
                '<h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" '
                'href="#respond" style="display:none;">Cancel reply</a></small></h3>'
                f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                '<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" '
                'id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">'
                'Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" '
                'name="author" placeholder="Name:*" type="text" value="" size="30" aria-required="true"><div class="td-warning-author">'
                'Please enter your name here</div></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" '
                'name="email" placeholder="Email:*" type="text" value="" size="30" aria-required="true"><div class="td-warning-email-error">'
                "You have entered an incorrect email address!</div></div><p class=\"comment-form-cookies-consent\"><input id=\"wp-comment-"
                'cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">'
                "Save my name, email, and website in this browser for the next time I comment.</label></p>"
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment">'
                f'<input type="hidden" name="comment_post_ID" value="{entry.post_id}" id="comment_post_ID"></p></form></div></div>')

    def microdata(self, entry: Entry) -> str:
        a = entry.authors[0]
        modified = later(entry.published, f"np:{entry.slug}", 10, 300)
        return (f'<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'<meta itemprop="name" content="{self.e(self.display(a))}"><meta itemprop="url" content="{self.url(self.author_path(a))}"></span>'
                f'<meta itemprop="datePublished" content="{entry.published.isoformat()}">'
                f'<meta itemprop="dateModified" content="{modified.isoformat()}">'
                f'<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{self.url(self.post_path(entry))}"/>'
                f'<span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
                f'<span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">'
                f'<meta itemprop="url" content="{self.url("/wp-content/uploads/2022/03/vsd-logo.png")}"></span>'
                f'<meta itemprop="name" content="{self.e(self.site_name)}"></span>'
                f'<meta itemprop="headline " content="{self.e(entry.title)}">')

    # -- the frame ------------------------------------------------------------------------------------

    def mega_menu(self) -> str:
        items = []
        for i, (cat, posts) in enumerate(sorted(self.groups("categories").items())[:6]):
            teasers = "".join(
                f'<div class="td_module_mega_menu td-animation-stack td_mod_mega_menu"><div class="td-module-image">'
                f'<div class="td-module-thumb"><a href="{self.url(self.post_path(o))}" rel="bookmark" class="td-image-wrap " '
                f'title="{self.e(o.title)}"><img class="entry-thumb" src="{self.thumb(o)}" alt="" width="218" height="150"></a></div></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{self.url(self.post_path(o))}" '
                f'rel="bookmark" title="{self.e(o.title)}">{self.e(o.title)}</a></h3></div></div>' for o in posts[:4])
            items.append(
                f'<li id="menu-item-{200 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item '
                f'td-mega-menu menu-item-{200 + i}"><a href="{self.url(self.category_path(cat))}">{self.e(cat)}</a>'
                f'<ul class="sub-menu"><li class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid">'
                f'<div class="td_block_wrap td_block_mega_menu tdi_{40 + i}_mm td_with_ajax_pagination td-pb-border-top '
                f'td_block_template_1"><div id="tdi_{40 + i}_mm" class="td_block_inner"><div class="td-mega-row">{teasers}</div>'
                f'</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled">'
                '<i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page">'
                '<i class="td-icon-font td-icon-menu-right"></i></a></div></div></div></div></li></ul></li>')
        return "".join(items)

    def header(self) -> str:
        ticker = "".join(f'<div class="td-trending-now-post"><a class="td-trending-now-post-title" href="{self.url(self.post_path(o))}">'
                         f"{self.e(o.title)}</a></div>" for o in self.newest[:4])
        return (f'<div class="td-header-wrap td-header-style-1 "><div class="td-header-top-menu-full td-container-wrap">'
                f'<div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu">'
                f'<div class="td_data_time"><div>Monday, December 7, 2026</div></div><div class="menu-top-container"><ul id="menu-top" '
                f'class="top-header-menu"><li class="menu-item"><a href="{self.url(self.page_path("about"))}">About us</a></li>'
                f'<li class="menu-item"><a href="{self.url(self.page_path("contact"))}">Contact</a></li>'
                f'<li class="menu-item"><a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a></li></ul></div></div>'
                f'<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/vitalsignsdaily" '
                f'title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap">'
                f'<a target="_blank" href="https://www.youtube.com/@vitalsignsdaily" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span></div>'
                f'</div></div></div><div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header">'
                f'<div class="td-header-sp-logo"><a class="td-main-logo" href="{self.url("/")}"><img class="td-retina-data" '
                f'src="{self.url("/wp-content/uploads/2022/03/vsd-logo.png")}" alt="{self.e(self.site_name)}" width="272" height="90">'
                f'<span class="td-visual-hidden">{self.e(self.site_name)}</span></a></div></div></div>'
                f'<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient ">'
                f'<div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">'
                f'<div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div>'
                f'<div class="td-main-menu-logo td-logo-in-header"></div><div class="menu-main-container"><ul id="menu-main" '
                f'class="sf-menu"><li id="menu-item-199" class="menu-item menu-item-type-custom menu-item-object-custom '
                f'menu-item-home current-menu-item td-menu-item td-normal-menu menu-item-first menu-item-199"><a href="{self.url("/")}">Home</a></li>'
                f'{self.mega_menu()}</ul></div></div><div class="header-search-wrap"><div class="td-search-btns-wrap">'
                f'<a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div>'
                f'<div class="td-drop-down-search"><form method="get" class="td-search-form" action="{self.url("/")}"><div role="search" '
                f'class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete="off">'
                f'<input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Search"></div></form>'
                f'<div id="td-aj-search"></div></div></div></div></div></div></div>'
                f'<div class="td-container td-trending-now-wrapper"><div class="td_block_trending_now"><div class="td-trending-now-wrapper" '
                f'id="tdi_1_tn" data-start=""><div class="td-trending-now-title">Trending Now</div><div class="td-trending-now-display-area">'
                f'{ticker}</div></div></div></div>')

    def widget_list(self, uid: str, title: str, posts: list[Entry]) -> str:
        return self.block_wrap(uid, "td_block_7 td_block_widget", title, "".join(
            f'<div class="td-block-span12">{self.module(o)}</div>' for o in posts))

    def popular_category(self, uid: str, title: str) -> str:
        cats = sorted(self.groups("categories").items(), key=lambda kv: (-len(kv[1]), kv[0]))[:6]
        lis = "".join(f'<li><a href="{self.url(self.category_path(c))}"><span class="td-cat-name">{self.e(c)}</span>'
                      f'<span class="td-cat-no">{len(items)}</span></a></li>' for c, items in cats)
        return self.block_wrap(uid, "td_block_popular_categories td_block_widget widget widget_categories", title,
                               f'<ul class="td-pb-padding-side">{lis}</ul>')

    def sidebar(self) -> str:
        newsletter = ('<aside class="td_block_template_1 widget mc4wp_form_widget"><h4 class="block-title"><span>Newsletter</span></h4>'
                      f'<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-311" method="post" data-id="311" data-name="Weekly digest">'
                      '<div class="mc4wp-form-fields"><p>Get the week\'s health news every Saturday morning.</p><p><input type="email" '
                      'name="EMAIL" placeholder="Your email address" required></p><p><input type="submit" value="Sign up"></p></div>'
                      '<div class="mc4wp-response"></div></form></aside>')
        return ('<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
                '<div class="clearfix"></div>'
                + self.widget_list("tdi_70_pop", "POPULAR POSTS", self.popular(5))
                + '<div class="td-a-rec td-a-rec-id-sidebar td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>'
                  f'<a href="{self.url(self.page_path("contact"))}"><img src="{self.url("/wp-content/uploads/2023/01/ad-300x250.jpg")}" alt="" '
                  'width="300" height="250"></a></div>'
                + self.widget_list("tdi_71_lat", "LATEST ARTICLES", self.newest[:4])
                + newsletter + self.popular_category("tdi_72_cat", "Popular Category")
                + "</div></div>")

    def footer(self) -> str:
        picks = random.Random("newspaper:picks").sample(self.entries, 3)
        cols = [("EDITOR PICKS", self.block_wrap("tdi_90_ep", "td_block_7", "EDITOR PICKS",
                                                  "".join(f'<div class="td-block-span12">{self.module(o)}</div>' for o in picks))),
                ("POPULAR POSTS", self.block_wrap("tdi_91_pp", "td_block_7", "POPULAR POSTS",
                                                   "".join(f'<div class="td-block-span12">{self.module(o)}</div>' for o in self.popular(3)))),
                ("POPULAR CATEGORY", self.popular_category("tdi_92_pc", "POPULAR CATEGORY"))]
        columns = "".join(f'<div class="td-pb-span4">{c}</div>' for _, c in cols)
        return (f'<div class="td-footer-wrapper td-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row">'
                f'{columns}</div></div><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><aside class="footer-text-wrap">'
                f'<div class="block-title"><span>ABOUT US</span></div>{self.e(self.site_name)} reports health and wellness news in plain '
                f'language, checked by clinicians.<div class="footer-email-wrap">Contact us: <a href="mailto:desk@vitalsignsdaily.example">'
                f'desk@vitalsignsdaily.example</a></div></aside></div></div></div></div>'
                f'<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row">'
                f'<div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">'
                f'<li class="menu-item"><a href="{self.url(self.page_path("about"))}">About</a></li><li class="menu-item">'
                f'<a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a></li><li class="menu-item">'
                f'<a href="{self.url(self.page_path("contact"))}">Contact</a></li></ul></div></div><div class="td-pb-span td-sub-footer-copy">'
                f"&copy; Copyright 2026 - {self.e(self.site_name)}. All rights reserved.</div></div></div></div>")

    def document(self, title: str, body_class: str, main: str, head: str = "", scripts: str = "") -> str:
        return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
    <title>{self.e(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{self.url('/xmlrpc.php')}" />
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{self.url('/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=' + TD_VER)}' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{self.url('/wp-content/themes/Newspaper/style.css?ver=' + TD_VER)}' type='text/css' media='all' />
<script type="text/javascript" id="td-generated-header-js">
var tdBlocksArray = []; function tdBlock() {{ this.id = ''; this.block_type = 1; this.atts = ''; this.td_column_number = ''; this.td_current_page = 1; this.post_count = 0; this.found_posts = 0; this.max_num_pages = 0; this.td_filter_value = ''; this.is_ajax_running = false; this.td_user_action = ''; this.header_color = ''; this.ajax_pagination_infinite_stop = ''; }}
var tdThemeName="Newspaper";var td_ajax_url="{self.url('/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=' + TD_VER)}";var tds_general_modal_image="yes";
</script>
</head>
<body class="{body_class} global-block-template-1 td-health-pro tdb-template td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up  td-hide-scroll-up-on-mob" style="display:none;"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-container"><ul id="menu-main-1" class="td-mobile-main-menu"><li class="menu-item"><a href="{self.url('/')}">Home</a></li></ul></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
{self.header()}
{main}
{self.footer()}
</div>
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2"><span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking "Accept", you consent to the use of ALL the cookies.</div><div class="cli-bar-btn_container"><a role='button' class="cli_settings_button">Cookie settings</a><a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ACCEPT</a></div></div></span></div>
{scripts}<script type='text/javascript' src='{self.url('/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=' + TD_VER)}' id='td-site-min-js'></script>
</body>
</html>"""

    # -- JSON-LD ------------------------------------------------------------------------------------

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = later(entry.published, f"np:{entry.slug}", 10, 300)
        author = entry.authors[0]
        pid = self.url("/#/schema/person/") + hashlib.md5(author.name.encode()).hexdigest()
        graph = [
            {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": self.display(author), "@id": pid}, "headline": entry.title,
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "mainEntityOfPage": {"@id": url}, "wordCount": len(body_text(entry.story.blocks).split()),
             "commentCount": 1 if entry.post_id % 4 == 0 else 0, "publisher": {"@id": self.url("/#organization")},
             "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": self.thumb(entry, "1068x580"),
             "keywords": list(entry.tags), "articleSection": list(entry.categories), "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "ImageObject", "@id": f"{url}#primaryimage", "url": self.thumb(entry, "1068x580"), "width": 1068, "height": 580},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
             "publisher": {"@id": self.url("/#organization")}, "inLanguage": "en-US"},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": self.site_name, "url": self.url("/"),
             "sameAs": ["https://www.facebook.com/vitalsignsdaily", "https://www.youtube.com/@vitalsignsdaily"]},
            {"@type": "Person", "@id": pid, "name": self.display(author), "description": self.bio(author),
             "url": self.url(self.author_path(author))}]
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}" />\n<link rel="canonical" href="{url}" />\n'
                f'<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="og:site_name" content="{self.e(self.site_name)}" />\n'
                f'<meta property="article:publisher" content="https://www.facebook.com/vitalsignsdaily" />\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}" />\n'
                f'<meta property="og:image" content="{self.thumb(entry, "1068x580")}" />\n'
                f'<meta name="author" content="{self.e(self.display(author))}" />\n'
                f'<meta name="twitter:card" content="summary_large_image" />\n'
                f'<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="{self.e(self.display(author))}" />\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- single posts ---------------------------------------------------------------------------------

    def crumbs(self, entry: Entry, cls: str = "entry-crumbs") -> str:
        cat = entry.categories[0] if entry.categories else ""
        return (f'<div class="{cls}"><span><a title="" class="entry-crumb" href="{self.url("/")}">Home</a></span> '
                f'<i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in {self.e(cat)}" class="entry-crumb" '
                f'href="{self.url(self.category_path(cat))}">{self.e(cat)}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
                f'<span class="td-bred-no-url-last">{self.e(entry.title)}</span></div>')

    def post_classes(self, entry: Entry) -> str:
        fmt = "video" if entry.story.kind == "video" else "standard"
        return (f"post-{entry.post_id} post type-post status-publish format-{fmt} has-post-thumbnail hentry "
                + " ".join(f"category-{slugify(c)}" for c in entry.categories) + " "
                + " ".join(f"tag-{slugify(t)}" for t in entry.tags))

    def classic(self, entry: Entry) -> str:
        a = entry.authors[0]
        cats = "".join(f'<li class="entry-category"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                       for c in entry.categories)
        article = (
            f'<article id="post-{entry.post_id}" class="{self.post_classes(entry)}" itemscope itemtype="https://schema.org/Article">'
            f'<div class="td-post-header"><ul class="td-category">{cats}</ul><header class="td-post-title">'
            f'<h1 class="entry-title">{self.e(entry.title)}</h1><div class="td-module-meta-info">'
            f'<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="{self.url(self.author_path(a))}">'
            f'{self.e(self.display(a))}</a><div class="td-author-line"> - </div> </div>{self.date_html(entry)}'
            f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{entry.post_id}">{self.views(entry)}</span></div>'
            f'<div class="td-post-comments"><a href="{self.url(self.post_path(entry))}#respond"><i class="td-icon-comments"></i>'
            f'{1 if entry.post_id % 4 == 0 else 0}</a></div></div></header></div>'
            f'{self.share_bar(entry, "top")}'
            f'<div class="td-post-content tagdiv-type">{self.featured(entry, False)}{self.content(entry)}</div>'
            f'<footer><div class="td-post-source-tags">{self.source_via(entry)}{self.tags_html(entry)}</div>'
            f'{self.share_bar(entry, "bottom")}{self.next_prev(entry)}{self.author_box(entry)}{self.microdata(entry)}</footer>'
            "</article>")
        return (f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default ">'
                f'<div class="td-crumb-container">{self.crumbs(entry)}</div><div class="td-pb-row">'
                f'<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><div class="clearfix"></div>'
                f'{article}{self.related_block(entry, False)}{self.comments(entry)}</div></div>{self.sidebar()}</div></div></div>')

    def tdb(self, entry: Entry) -> str:
        a = entry.authors[0]

        def block(kind: str, n: int, inner: str, extra: str = "") -> str:
            return (f'<div class="td_block_wrap {kind} tdi_{n} {extra} td-pb-border-top td_block_template_1" data-td-block-uid="tdi_{n}">'
                    f'<div class="tdb-block-inner td-fix-index">{inner}</div></div>')

        cats = "".join(f'<a class="tdb-entry-category" href="{self.url(self.category_path(c))}"><span class="tdb-cat-bg"></span>'
                       f"{self.e(c)}</a>" for c in entry.categories)
        source = self.source_via(entry)
        left = (block("tdb_breadcrumbs", 49, self.crumbs(entry, "tdb-crumbs"))
                + f'<div class="td_block_wrap tdb_single_categories tdi_50 td-pb-border-top td_block_template_1 " data-td-block-uid="tdi_50">'
                  f'<div class="tdb-category td-fix-index">{cats}</div></div>'
                + block("tdb_title", 51, f'<h1 class="tdb-title-text">{self.e(entry.title)}</h1><div></div><div class="tdb-title-line"></div>',
                        "tdb-single-title")
                + block("tdb_single_author", 52, f'<a class="tdb-author-photo" href="{self.url(self.author_path(a))}" '
                        f'title="{self.e(self.display(a))}">{self.avatar(a, 40)}</a><div class="tdb-author-name-wrap">'
                        f'<span class="tdb-author-by">By</span> <a class="tdb-author-name" href="{self.url(self.author_path(a))}">'
                        f'{self.e(self.display(a))}</a></div>', "tdb-post-meta")
                + block("tdb_single_date", 53, f'<time class="entry-date updated td-module-date" datetime="{entry.published.isoformat()}" >'
                        f"{long_date(entry.published)}</time>", "tdb-post-meta")
                + block("tdb_single_post_views", 54, f'<i class="td-icon-views"></i><span class="td-nr-views-{entry.post_id}">'
                        f"{self.views(entry)}</span>", "tdb-post-meta")
                + block("tdb_single_post_share", 55, self.share_bar(entry, "top"))
                + self.featured(entry, True)
                + f'<div class="td_block_wrap tdb_single_content tdi_58 td-pb-border-top td_block_template_1 td-post-content tagdiv-type" '
                  f'data-td-block-uid="tdi_58"><div class="tdb-block-inner td-fix-index">{self.content(entry)}</div></div>'
                + (block("tdb_single_source", 59, source) if source else "")
                + (block("tdb_single_tags", 60, self.tags_html(entry, True)) if entry.tags else "")
                + block("tdb_single_post_share", 61, self.share_bar(entry, "bottom"))
                + block("tdb_single_next_prev", 63, self.next_prev(entry))
                + block("tdb_single_author_box", 64, self.author_box(entry))
                + self.related_block(entry, True)
                + block("tdb_single_comments", 66, self.comments(entry)))
        older, _ = self.neighbours(entry)
        autoload = ""
        if older:
            autoload = (f'<div class="tdb-autoload-wrap"><div class="tdb-autoload-article" data-post-url="{self.url(self.post_path(older))}" '
                        f'data-post-edit-url="{self.url("/wp-admin/post.php?post=" + str(older.post_id) + "&amp;action=edit")}" '
                        f'data-post-title="{self.e(older.title)}"></div><div class="tdb-loader-autoload"></div></div>')
        return (f'<div id="tdb-autoload-article" data-autoload="on" data-autoload-org-post-id="{entry.post_id}" '
                f'data-autoload-type="next" data-autoload-count="5" >'
                f'<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">'
                f'<article id="template-id-2841" class="post-2841 tdb_templates type-tdb_templates status-publish post" '
                f'itemscope itemtype="https://schema.org/Article"><div id="tdi_40" class="tdc-zone"><div class="tdc_zone tdi_41  wpb_row td-pb-row">'
                f'<div id="tdi_42" class="tdc-row"><div class="vc_row tdi_43  wpb_row td-pb-row"><div class="vc_column tdi_45  wpb_column '
                f'vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">{left}</div></div>'
                f'<div class="vc_column tdi_68  wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky"><div class="wpb_wrapper">'
                f'{self.sidebar()}</div></div></div></div></div></div>{self.microdata(entry)}</article></div></div></div>{autoload}')

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {self.site_name}"
        tdb = self.tdb_post(entry)
        main = self.tdb(entry) if tdb else self.classic(entry)
        fmt = "video" if entry.story.kind == "video" else "standard"
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-{fmt} "
                      + ("tdb_template_2841 tdb-template" if tdb else "td-post-template-default") + " td-full-layout")
        scripts = ""
        if tdb:
            scripts = (f"<script type='text/javascript' id='tdb_js_posts_autoload_ajax-js-extra'>var tdbAutoload = "
                       f'{{"ajaxUrl":"{self.url("/?tdb_action=tdb_ajax")}","postId":"{entry.post_id}"}};</script>'
                       f"<script type='text/javascript' src='{self.url('/wp-content/plugins/td-cloud-library/assets/js/js_posts_autoload_ajax.min.js?ver=' + TD_VER)}' "
                       "id='tdb_js_posts_autoload_ajax-js'></script>\n")
        return self.document(title, body_class, main, self.yoast(entry, title), scripts)

    # -- listings and pages ---------------------------------------------------------------------------

    def page_nav(self, n: int, pages: int, path_of) -> str:
        if pages <= 1:
            return ""
        out = '<div class="page-nav td-pb-padding-side">'
        if n > 1:
            out += f'<a href="{self.url(path_of(n - 1))}" ><i class="td-icon-menu-left"></i></a>'
        for k in range(1, pages + 1):
            out += (f'<span class="current">{k}</span>' if k == n else
                    f'<a href="{self.url(path_of(k))}" class="page" title="{k}">{k}</a>')
        if n < pages:
            out += f'<a href="{self.url(path_of(n + 1))}" ><i class="td-icon-menu-right"></i></a>'
        return out + f'<span class="pages">Page {n} of {pages}</span><div class="clearfix"></div></div>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        home = first == "/"
        kind = "home" if home else first.split("/")[1]
        if kind == "author":
            person = next(p for p in self.by_author() if p.name == title)
            heading = (f'<div class="td-author-header"><h1 class="entry-title td-page-title"><span>{self.e(self.display(person))}</span></h1>'
                       f'<div class="author-box-wrap td-author-page"><a href="{self.url(first)}">{self.avatar(person)}</a><div class="desc">'
                       f'<div class="td-author-counters"><span class="td-author-post-count">{len(self.by_author()[person])} POSTS</span>'
                       f'<span class="td-author-comments-count">0 COMMENTS</span></div>'
                       f'<div class="td-author-description">{self.e(self.bio(person))}</div></div></div></div>')
        elif kind == "tag":
            heading = f'<h1 class="entry-title td-page-title"><span class="td-header-tag">Tags</span><span>{self.e(title)}</span></h1>'
        elif kind == "category":
            heading = (f'<div class="td-category-header td-container-wrap"><div class="td-crumb-container"><div class="entry-crumbs">'
                       f'<span><a title="" class="entry-crumb" href="{self.url("/")}">Home</a></span> <i class="td-icon-right td-bread-sep '
                       f'td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{self.e(title)}</span></div></div>'
                       f'<h1 class="entry-title td-page-title">{self.e(title)}</h1></div>')
        else:
            heading = ('<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">'
                       "LATEST ARTICLES</span></h4></div>")
        rows = "".join(f'<div class="td-block-row"><div class="td-block-span12">{self.module(o, "td_module_10", True, "218x150")}'
                       "</div></div>" for o in items)
        grid = ""
        if home and n == 1:
            grid = ('<div class="td_block_wrap td_block_big_grid_1 tdi_30 td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top '
                    'td_block_template_1"><div id="tdi_30" class="td_block_inner"><div class="td-big-grid-wrapper">'
                    + "".join(f'<div class="td_module_mx5 td-animation-stack td-big-grid-post-{k} td-big-grid-post td-big-thumb">'
                              f'<div class="td-module-thumb"><a href="{self.url(self.post_path(o))}" rel="bookmark" class="td-image-wrap" '
                              f'title="{self.e(o.title)}"><img class="entry-thumb" src="{self.thumb(o, "534x462")}" alt=""></a></div>'
                              f'<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
                              f'{self.cat_link(o)}<h3 class="entry-title td-module-title"><a href="{self.url(self.post_path(o))}" '
                              f'rel="bookmark" title="{self.e(o.title)}">{self.e(o.title)}</a></h3></div></div></div></div>'
                              for k, o in enumerate(self.newest[:4]))
                    + "</div></div></div>")
        main = (f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container ">{grid if home else heading}'
                f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">'
                f'{heading if home else ""}{rows}{self.page_nav(n, pages, path_of)}</div></div>{self.sidebar()}</div></div></div>')
        label = (self.site_name + " | Health news you can use" if home else
                 f"{title}, Author at {self.site_name}" if kind == "author" else f"{title} Archives - {self.site_name}")
        if n > 1:
            label = f"{label} - Page {n} of {pages}" if not home else f"{self.site_name} - Page {n} of {pages}"
        body_class = {"home": "home blog", "author": "archive author", "tag": "archive tag",
                      "category": "archive category"}[kind]
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}" />\n<meta property="og:type" content="website" />\n'
                + (f'<link rel="prev" href="{self.url(path_of(n - 1))}" />\n' if n > 1 else "")
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}" />\n' if n < pages else ""))
        return self.document(label, body_class + " td-standard-pack", main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 30 + len(slug)
        main = (f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container tdc-content-wrap">'
                f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{self.e(title)}</span></h1></div>'
                f'<div class="td-page-content tagdiv-type">{body}</div></div></div>{self.sidebar()}</div></div></div>')
        head = f'<link rel="canonical" href="{self.url(self.page_path(slug))}" />\n<meta property="og:type" content="article" />\n'
        return self.document(f"{title} - {self.site_name}", f"page-template-default page page-id-{pid}", main, head)

    # -- truth ----------------------------------------------------------------------------------------

    def truth(self) -> dict:
        """The base truth, with the SOURCE line out of the body (it is the theme's SOURCE box, not
        content) and the SOURCE and VIA links as the post's citations."""
        data = super().truth()
        for entry in self.entries:
            art = data["articles"][self.post_path(entry)]
            blocks = [b for b in entry.story.blocks if b.kind != "source"]
            art["body"] = body_text(blocks)
            cites = citations_of(entry.story.blocks)
            if entry.slug in VIA:
                cites.insert(0, VIA[entry.slug][1])
            art["citations"] = cites
        return data
