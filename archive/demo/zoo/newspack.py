"""newspack (held out): a nonprofit health-policy newsroom on WordPress with the Newspack theme,
Newspack Blocks, the Newspack plugin, Co-Authors Plus, Jetpack Related Posts, Yoast SEO and the
Republication Tracker Tool ("Republish this story").

Modelled on the real templates: ``Automattic/newspack-theme``
``newspack-theme/template-parts/header/entry-header.php`` (``newspack_categories()`` printing the
one primary category as ``span.cat-links``, ``h1.entry-title.entry-title--with-subtitle``, the
``div.newspack-post-subtitle`` dek from the ``newspack_post_subtitle`` meta, ``div.entry-subhead >
div.entry-meta`` with ``newspack_posted_by()`` and ``newspack_posted_on()``, then Jetpack's share
buttons), ``template-parts/content/content-single.php`` (``article > div.entry-content`` holding
``the_content()`` and then the ``article-2`` widget area, *inside* ``.entry-content``; then
``footer.entry-footer`` with ``newspack_entry_footer()``'s ``span.tags-links`` and one
``template-parts/post/author-bio.php`` box per co-author), the theme's ``inc/template-tags.php``
(``newspack_posted_by()`` with Co-Authors Plus: one ``span.author-avatar`` per author, then
``span.byline`` "by" + ``span.author.vcard > a.url.fn.n`` joined with ", " and " and ";
``newspack_posted_on()``: ``time.entry-date.published`` then, when modified,
``span.updated-label`` "Updated" + ``time.updated``) and, for the "Republish" box,
``Automattic/republication-tracker-tool`` ``includes/shareable-content.php`` (the hidden
``#republication-tracker-tool-modal-content``: "Republish this article", the ``cc-policy`` licence
and the site's republishing policy, ``div.article-info`` with an ``h1`` of the title and "by
AUTHORS, SITE <br /> DATE", and ``textarea#republication-tracker-tool-shareable-content`` holding
the WHOLE article again as escaped HTML plus the "first appeared on" footer) and
``includes/class-widget.php`` (the ``republication-tracker-tool-button`` widget, which Newspack
sites put in the ``article-2`` area). Jetpack Related Posts as Jetpack renders it server-side
(``div#jp-relatedposts.jp-relatedposts > h3.jp-relatedposts-headline`` "Related" +
``div.jp-relatedposts-items.jp-relatedposts-items-visual`` of ``jp-relatedposts-post`` cards with
date and "In "Category"" context), appended to the content (inside ``.entry-content``). Newspack
Blocks markup: the Homepage Posts block (``div.wp-block-newspack-blocks-homepage-articles.wpnbha``
with ``h2.article-section-title``, ``div[data-posts]`` of ``article[data-post-id]`` cards) which
editors drop into some article bodies as "More from our newsroom" (a query of the newest posts:
site furniture, not the article's related list), the Donate block
(``wp-block-newspack-blocks-donate wpbnbd`` with frequency tabs and tiers) inside a
reusable call-to-action group in the middle of the body, the Newsletters subscribe block
(``wp-block-newspack-newsletters-subscribe``). The corrections box follows the Newspack plugin's
corrections feature as seen on rendered Newspack sites (``section.correction-module`` after the
content, one ``p.correction`` per dated correction); its markup here is reconstructed, as the
plugin's template file was not in the stored corpus.

The truth: the title without " - SITE"; the Co-Authors Plus authors (one to three, "By A, B and
C", no credentials); the published date (not the "Updated" one); the one primary category and the
post's tags; the Jetpack "Related" list (up to three, none on some posts); the body is the post's
blocks plus, where present, the closing italic "This story was produced in partnership with X."
line and the dated corrections ("Correction, DATE: ..."), which the newsroom publishes as part of
the story. The dek (``newspack-post-subtitle``) sits in the header, outside the content, and is a
standfirst, not body. Not body: the donate CTA, the newsletter box, the Homepage Posts block, the
republish button and its hidden modal (which repeats the whole article and the licence), the
author bios, Jetpack's related posts and share buttons. Two posts are in Spanish (category "En
Español"); the site's ``<html lang>`` and Yoast's ``inLanguage`` stay ``en-US`` on them.

URLs: ``/YYYY/MM/DD/<slug>/`` (the dated permalinks most Newspack news sites use), ``/category/x/``,
``/tag/x/``, ``/author/<user_nicename>/`` (Co-Authors Plus), each with ``page/N/``; Yoast's
``/sitemap_index.xml`` (post, page, category, post_tag, author sitemaps), ``/feed/``, robots.txt.
No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from dataclasses import replace
from datetime import timedelta
from urllib.parse import parse_qs, quote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import RSS, Response, ZooSite, later, long_date

SITE = "Prairie Health Ledger"
SHARE_TO = {"facebook": "https://www.facebook.com/sharer.php?u=", "twitter": "https://twitter.com/intent/tweet?url=",
            "linkedin": "https://www.linkedin.com/shareArticle?mini=true&url=", "email": "mailto:?body=",
            "print": "https://www.printfriendly.com/print?url="}
TAGLINE = "Nonprofit, nonpartisan news about health policy and care in the Great Plains"
PARTNERS = ("the Plains Public Radio Network", "The Courier-Tribune", "Report for America",
            "the Rural Health Reporting Collaborative")
CORRECTIONS = (
    "An earlier version of this story misstated the year the clinic opened. It opened in 2019.",
    "An earlier version of this story gave an incorrect title for one of the researchers quoted.",
    "This story has been updated to correct the number of counties without a practicing obstetrician.",
)
DEKS = (
    "What the research says, and what it means for patients and the clinics that serve them.",
    "Doctors and public health officials say the answer is simpler than most people think.",
    "A look at the evidence behind the advice, and where it still falls short.",
    "Families across the region told us how they are coping, and what they wish they had known sooner.",
    "New data show the gap is widening. Here is what experts recommend.",
)
ROLES = ("senior health reporter", "data reporter", "rural health correspondent", "health policy editor",
         "Report for America corps member covering public health", "investigative reporter")
DONATE_TEXT = ("Our nonprofit newsroom depends on readers like you. We don't have a paywall, because we believe "
               "everyone deserves reliable health news. Make a gift today and your donation will be matched.")
POLICY = ("You are free to republish this story for free under a Creative Commons license, online or in print. "
          "Please follow our guidelines:",
          ("You must credit us and the author, and include a link back to the original story.",
           "You may not edit our stories except to reflect relative changes in time, location and style.",
           "You can't sell our material separately or syndicate it.",
           "If you share our stories on social media, please tag us in your posts."))


def nicename(person: Person) -> str:
    return slugify(person.name)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def joined(names: list[str]) -> str:
    """Co-Authors Plus as Newspack prints it: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class Newspack(ZooSite):
    family = "newspack"
    site_name = SITE
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="newspack", count=40, languages=("en", "es"), authors=6, co_authors=0.45,
                tz_hours=-6, related=(3, 3, 3, 2, 0))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.partnered: dict[str, str] = {}
        self.corrected: dict[str, list[tuple[str, str]]] = {}
        super().__init__(base_url)

    # -- the plan as this newsroom publishes it ----------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        blocks = list(entry.story.blocks)
        if entry.story.language == "es":
            entry.categories = ("En Español",)
        if entry.post_id % 4 == 1 and entry.story.language == "en":
            partner = PARTNERS[entry.post_id % len(PARTNERS)]
            self.partnered[entry.slug] = partner
            blocks.append(Block("p", f"*This story was produced in partnership with {partner}.*"))
        if entry.post_id % 6 == 2:
            when = later(entry.published, f"newspack:corr:{entry.slug}", 2, 30)
            text = CORRECTIONS[entry.post_id % len(CORRECTIONS)]
            line = f"Correction, {long_date(when)}: {text}"
            self.corrected[entry.slug] = [(when.isoformat(), line)]
            blocks.append(Block("p", line))
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)))

    def modified(self, entry: Entry):
        if entry.slug in self.corrected:
            return later(entry.published, f"newspack:corr:{entry.slug}", 2, 30) + timedelta(hours=3)
        if entry.post_id % 3 == 0:
            return entry.published
        return entry.published + timedelta(hours=2 + entry.post_id % 20)

    def dek(self, entry: Entry) -> str:
        if entry.story.kind == "short" or entry.post_id % 5 == 4 or entry.story.language != "en":
            return ""
        return DEKS[entry.post_id % len(DEKS)]

    def role(self, person: Person) -> str:
        return ROLES[int(_md5(person.name), 16) % len(ROLES)]

    # -- paths ---------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/{entry.published:%Y/%m/%d}/{entry.slug}/"

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{nicename(person)}/", n)

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: ["/", *self.paths_of("page")])
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), RSS)

    def resolve(self, target: str) -> Response:
        """Jetpack's share links (``?share=facebook&nb=1``) answer 302 to the network, as Jetpack does."""
        parts = urlsplit(target)
        share = parse_qs(parts.query).get("share")
        if share and self.route_key(parts.path) is not None:
            return Response(302, self.html_type, b"", location=SHARE_TO.get(share[0], "https://www.facebook.com/")
                            + quote(self.url(parts.path), safe=""))
        return super().resolve(target)

    def classify(self, target: str) -> str:
        parts = urlsplit(target)
        if "share" in parse_qs(parts.query) and self.route_key(parts.path) is not None:
            return "other"
        return super().classify(target)

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- blocks --------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        kind = block.kind
        if kind in ("h2", "h3"):
            return f'<{kind} class="wp-block-heading" id="{slugify(block.text)}">{self.inline(block.text)}</{kind}>'
        if kind in ("ul", "ol"):
            return (f'<{kind} class="wp-block-list">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + f"</{kind}>")
        if kind == "quote":
            return f'<blockquote class="wp-block-quote"><p>{self.inline(block.text)}</p></blockquote>'
        if kind == "figure":
            return (f'<figure class="wp-block-image size-large"><img decoding="async" src="{self.e(block.text)}" '
                    f'alt="{self.e(block.items[0])}"/></figure>')
        if kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return (f'<h2 class="wp-block-heading" id="{slugify(block.text)}">{self.e(block.text)}</h2>'
                    f'<ul class="wp-block-list">{items}</ul>')
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        if "vimeo" in src:
            vid = src.rstrip("/").split("/")[-1]
            return (f'<figure class="wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo wp-embed-aspect-16-9 '
                    f'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="{self.e(entry.title)}" '
                    f'src="https://player.vimeo.com/video/{vid}?dnt=1&amp;app_id=122963" width="640" height="360" '
                    'frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write"></iframe></div></figure>')
        return (f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 '
                f'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe loading="lazy" title="{self.e(entry.title)}" '
                f'width="640" height="360" src="{self.e(src)}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; '
                'clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div></figure>')

    def story_blocks(self, entry: Entry) -> list[str]:
        """The post's own blocks as Gutenberg saved them (partnership line as an italic paragraph);
        corrections come from the plugin, after the content, so they are left out here."""
        blocks = list(entry.story.blocks)
        if entry.slug in self.corrected:
            blocks = blocks[:-1]
        return [self.block_html(b, entry) for b in blocks]

    def donate_cta(self) -> str:
        tiers = "".join(f'<div class="wpbnbd__tiers__tier"><input type="radio" name="donation_value_month" '
                        f'value="{v}" id="newspack-tier-month-{v}"{" checked" if v == 15 else ""}/><label '
                        f'class="tier-select-label tier-label" for="newspack-tier-month-{v}">${v}</label></div>'
                        for v in (5, 15, 30))
        freqs = "".join(f'<div class="wpbnbd__button{" wpbnbd__button--active" if f == "month" else ""}">'
                        f'<input type="radio" value="{f}" name="donation_frequency" id="newspack-{f}"/>'
                        f'<label for="newspack-{f}" class="wpbnbd__button-label">{t}</label></div>'
                        for f, t in (("once", "One-time"), ("month", "Monthly"), ("year", "Annually")))
        return ('<div class="wp-block-group donate-cta has-light-gray-background-color has-background"><div '
                'class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow">'
                '<h3 class="wp-block-heading">Support independent health journalism</h3>'
                f"<p>{DONATE_TEXT}</p>"
                '<div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--frequency-based wpbnbd-frequencies--3" '
                'data-streamlined-config="{}"><form><input type="hidden" name="newspack_donate" value="1"/>'
                f'<div class="wpbnbd__frequencies frequencies">{freqs}</div><div class="wpbnbd__tiers tiers">{tiers}'
                '<div class="wpbnbd__tiers__tier wpbnbd__tiers__tier--other"><label for="newspack-tier-month-other">Other</label>'
                '<input type="number" min="1" name="donation_value_month_other" id="newspack-tier-month-other" value="15"/></div>'
                '</div><p class="wpbnbd__button-container"><button type="submit">Donate now</button></p></form></div>'
                "</div></div>")

    def newsletter_block(self, entry: Entry) -> str:
        return (f'<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" '
                'data-success-message="Thank you for signing up!"><form id="newspack-newsletters-subscribe-block-'
                f'{entry.post_id}"><input type="hidden" name="newspack_newsletters_subscribe" value="1"/>'
                '<div class="newspack-newsletters-email-input"><label class="newspack-newsletters-label" '
                f'for="newspack-newsletters-subscribe-block-input-{entry.post_id}">Get our free weekly newsletter on health '
                'policy in the Plains</label><input id="newspack-newsletters-subscribe-block-input-'
                f'{entry.post_id}" type="email" name="npe" autocomplete="email" placeholder="Email address"/></div>'
                '<input type="submit" value="Sign up"/></form><div class="newspack-newsletters-subscribe__response">'
                '<div class="newspack-newsletters-subscribe__icon"></div><div class="newspack-newsletters-subscribe__message">'
                "</div></div></div>")

    def more_from(self, entry: Entry) -> str:
        """A Homepage Posts block the editor dropped into the story: the three newest other posts."""
        items = [o for o in self.newest if o is not entry][:3]
        arts = "".join(
            f'<article data-post-id="{o.post_id}" class="{" ".join("category-" + slugify(c) for c in o.categories)} '
            f'{" ".join("tag-" + slugify(t) for t in o.tags)} post-has-image"><figure class="post-thumbnail">'
            f'<a href="{self.url(self.post_path(o))}" rel="bookmark" tabindex="-1" aria-hidden="true"><img width="400" height="300" '
            f'src="{self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:20]}-400x300.jpg")}" '
            'class="attachment-newspack-article-block-landscape-small size-newspack-article-block-landscape-small wp-post-image" '
            'alt="" decoding="async" loading="lazy"/></a></figure><div class="entry-wrapper"><h3 class="entry-title">'
            f'<a href="{self.url(self.post_path(o))}" rel="bookmark">{self.e(o.title)}</a></h3><div class="entry-meta">'
            f'<span class="byline">by {self.author_links(o)}</span><time class="entry-date published" '
            f'datetime="{o.published.isoformat()}">{long_date(o.published)}</time></div></div></article>' for o in items)
        return ('<div class="wp-block-newspack-blocks-homepage-articles alignfull wpnbha show-image image-aligntop ts-2 is-3 '
                'is-grid columns-3 colgap-3 is-landscape has-text-align-left"><div data-posts data-current-post-id="'
                f'{entry.post_id}"><h2 class="article-section-title"><span>More from our newsroom</span></h2>{arts}</div></div>')

    def corrections_html(self, entry: Entry) -> str:
        rows = self.corrected.get(entry.slug)
        if not rows:
            return ""
        items = "".join(f'<p class="correction"><span class="correction-date"><time datetime="{when}">'
                        f'{self.e(line.split(": ", 1)[0])}:</time></span> {self.e(line.split(": ", 1)[1])}</p>'
                        for when, line in rows)
        return ('<section class="correction-module"><h3 class="correction-heading screen-reader-text">Corrections</h3>'
                f"{items}</section>")

    def jp_related(self, entry: Entry) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        cards = "".join(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{k} jp-relatedposts-post-thumbs" data-post-id="{o.post_id}" '
            f'data-post-format="false"><a class="jp-relatedposts-post-a" href="{self.url(self.post_path(o))}" '
            f'title="{self.e(o.title)}" rel="nofollow" data-origin="{entry.post_id}" data-position="{k}">'
            f'<img loading="lazy" class="jp-relatedposts-post-img" src="{self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:20]}.jpg")}?resize=350%2C200&amp;ssl=1" '
            f'width="350" height="200" alt="{self.e(o.title)}"/></a><h4 class="jp-relatedposts-post-title">'
            f'<a class="jp-relatedposts-post-a" href="{self.url(self.post_path(o))}" title="{self.e(o.title)}" rel="nofollow" '
            f'data-origin="{entry.post_id}" data-position="{k}">{self.e(o.title)}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{self.e(self.teaser(o, 18))}</p>'
            f'<p class="jp-relatedposts-post-date">{long_date(o.published)}</p>'
            f'<p class="jp-relatedposts-post-context">In &quot;{self.e(o.categories[0])}&quot;</p></div>'
            for k, o in enumerate(items))
        return ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
                f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{cards}</div></div>')

    def body_html(self, entry: Entry) -> str:
        parts = self.story_blocks(entry)
        if entry.story.kind == "article" and len(parts) > 4:
            parts.insert(len(parts) // 2, self.donate_cta())
        if entry.post_id % 3 == 0 and entry.story.kind == "article":
            parts.insert(max(1, len(parts) - 2), self.more_from(entry))
        if entry.story.kind != "short":
            parts.append(self.newsletter_block(entry))
        return "\n".join(parts)

    # -- republication --------------------------------------------------------------------------------

    def republish(self, entry: Entry) -> str:
        names = joined([p.name for p in entry.authors])
        info = (f"<h1>{self.e(entry.title)}</h1>\n<p class=\"byline\">by {self.e(names)}, {self.e(SITE)} <br />\n"
                f"{long_date(entry.published)}</p>")
        content = "\n".join(self.story_blocks(entry))
        footer = (f'<p>This <a target="_blank" href="{self.url(self.post_path(entry))}">article</a> first appeared on '
                  f'<a target="_blank" href="{self.url("/")}">{self.e(SITE)}</a> and is republished here under a '
                  'Creative Commons license.</p><img id="republication-tracker-tool-source" '
                  f'src="{self.url("/?republication-pixel=true&post=")}{entry.post_id}&amp;ga4=G-7QJ2P4X1ZC" '
                  'style="width:1px;height:1px;">')
        policy = (f"<p>{self.e(POLICY[0])}</p><ul>" + "".join(f"<li>{self.e(i)}</li>" for i in POLICY[1]) + "</ul>")
        return (f'<section id="republication_tracker_tool-2" class="widget republication_tracker_tool">'
                '<div class="license"><p><button class="republication-tracker-tool-button">Republish This Story</button></p>'
                '<p><a class="license" rel="license" target="_blank" href="https://creativecommons.org/licenses/by-nd/4.0/">'
                '<img src="https://i.creativecommons.org/l/by-nd/4.0/88x31.png" alt="Creative Commons License" '
                'style="border-width:0"/></a></p></div><div class="message"></div></section>'
                f'<div id="republication-tracker-tool-modal" style="display:none;" data-postid="{entry.post_id}" '
                f'data-pluginsdir="{self.url("/wp-content/plugins/")}">'
                '<div id="republication-tracker-tool-modal-content" style="display:none;">'
                '<button class="republication-tracker-tool-close"><span class="screen-reader-text">Close window</span> '
                '<span aria-hidden="true">X</span></button><h2 id="republish-modal-label">Republish this article</h2>'
                '<div class="cc-policy"><div class="cc-license"><a rel="noreferrer license" target="_blank" '
                'href="https://creativecommons.org/licenses/by-nd/4.0/"><img src="https://i.creativecommons.org/l/by-nd/4.0/88x31.png" '
                'alt="Creative Commons License"/></a><p>This work is licensed under a <a rel="noreferrer license" target="_blank" '
                'href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons Attribution-NoDerivatives 4.0 '
                f'International License</a>.</p></div>{policy}</div><div class="article-info">{info}</div>'
                '<textarea readonly id="republication-tracker-tool-shareable-content" rows="5">'
                f"{html.escape(info, quote=False)}\n{html.escape(content, quote=False)}\n\n{html.escape(footer, quote=False)}"
                "</textarea><button onclick=\"copyToClipboard('#republication-tracker-tool-shareable-content', this)\">"
                "Copy to Clipboard</button></div></div>")

    # -- article --------------------------------------------------------------------------------------

    def author_links(self, entry: Entry) -> str:
        links = [f'<span class="author vcard"><a class="url fn n" href="{self.url(self.author_path(p))}">'
                 f"{self.e(p.name)}</a></span>" for p in entry.authors]
        return links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]

    def avatar(self, person: Person, size: int = 80) -> str:
        return (f'<img alt="" src="https://secure.gravatar.com/avatar/{_md5(person.name)}?s={size}&amp;d=mm&amp;r=g" '
                f'class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy" decoding="async"/>')

    def posted(self, entry: Entry) -> str:
        modified = self.modified(entry)
        stamp = (f'<time class="entry-date published" datetime="{entry.published.isoformat()}">{long_date(entry.published)}'
                 "</time>")
        if modified > entry.published:
            stamp += (f'<span class="updated-label">Updated</span> <time class="updated" datetime="{modified.isoformat()}">'
                      f"{long_date(modified)} {modified:%-I:%M %p}".replace("AM", "a.m.").replace("PM", "p.m.") + "</time>")
        return f'<span class="posted-on">{stamp}</span>'

    def share(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        nets = (("facebook", "Facebook"), ("twitter", "X"), ("linkedin", "LinkedIn"), ("email", "Email"), ("print", "Print"))
        items = "".join(f'<li class="share-{n}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{n}-{entry.post_id}" '
                        f'class="share-{n} sd-button share-icon no-text" href="{url}?share={n}&amp;nb=1" target="_blank" '
                        f'title="Click to share on {t}"><span></span><span class="sharing-screen-reader-text">Click to share on '
                        f"{t} (Opens in new window)</span></a></li>" for n, t in nets)
        return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon '
                f'sd-sharing"><div class="sd-content"><ul>{items}<li class="share-end"></li></ul></div></div></div>')

    def author_bio(self, person: Person) -> str:
        first = person.name.split()[0]
        return (f'<div class="author-bio"><a href="{self.url(self.author_path(person))}">{self.avatar(person, 80)}</a>'
                '<div class="author-bio-text"><div class="author-bio-header"><div><h2 class="accent-header">'
                f'<a href="{self.url(self.author_path(person))}">{self.e(person.name)}</a></h2><div class="author-meta">'
                f'<a class="author-email" href="mailto:{nicename(person)}@prairiehealthledger.org">'
                f'{nicename(person)}@prairiehealthledger.org</a></div></div></div>'
                f"<p>{self.e(person.name)} is a {self.role(person)} for {SITE}. {self.e(first)} previously covered health care "
                f'for daily newspapers in Kansas and Nebraska. <a class="author-link" href="{self.url(self.author_path(person))}">'
                f"More by {self.e(person.name)}</a></p></div></div>")

    def yoast(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        people = [{"@type": "Person", "@id": f"{self.url('/')}#/schema/person/{_md5(p.name)}", "name": p.name,
                   "image": {"@type": "ImageObject", "inLanguage": "en-US",
                             "url": f"https://secure.gravatar.com/avatar/{_md5(p.name)}?s=96&d=mm&r=g", "caption": p.name},
                   "url": self.url(self.author_path(p))} for p in entry.authors]
        image = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:20]}.jpg")
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": [{"name": p.name, "@id": f"{self.url('/')}#/schema/person/{_md5(p.name)}"} for p in entry.authors],
             "headline": entry.title, "datePublished": entry.published.isoformat(),
             "dateModified": self.modified(entry).isoformat(), "mainEntityOfPage": {"@id": url},
             "wordCount": len(plain(" ".join(b.text for b in entry.story.blocks)).split()),
             "publisher": {"@id": f"{self.url('/')}#organization"}, "image": {"@id": f"{url}#primaryimage"},
             "thumbnailUrl": image, "keywords": list(entry.tags), "articleSection": list(entry.categories),
             "inLanguage": "en-US", "copyrightYear": str(entry.published.year),
             "copyrightHolder": {"@id": f"{self.url('/')}#organization"}},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": f"{self.url('/')}#website"},
             "datePublished": entry.published.isoformat(), "dateModified": self.modified(entry).isoformat(),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "ImageObject", "inLanguage": "en-US", "@id": f"{url}#primaryimage", "url": image, "contentUrl": image,
             "width": 1200, "height": 800},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": f"{self.url('/')}#website", "url": self.url("/"), "name": SITE,
             "description": TAGLINE, "publisher": {"@id": f"{self.url('/')}#organization"}, "inLanguage": "en-US"},
            {"@type": ["Organization", "NewsMediaOrganization"], "@id": f"{self.url('/')}#organization", "name": SITE,
             "url": self.url("/"), "logo": {"@type": "ImageObject", "url": self.url("/wp-content/uploads/2021/01/phl-logo.png")}},
            *people]}
        description = self.dek(entry) or self.teaser(entry, 24)
        metas = [("og:locale", "en_US"), ("og:type", "article"), ("og:title", title), ("og:description", description),
                 ("og:url", url), ("og:site_name", SITE), ("article:publisher", "https://www.facebook.com/prairiehealthledger"),
                 ("article:published_time", entry.published.isoformat()),
                 ("article:modified_time", self.modified(entry).isoformat()), ("og:image", image)]
        return (f'<meta name="description" content="{self.e(description)}" />\n'
                '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />\n'
                f'<link rel="canonical" href="{url}" />\n'
                + "".join(f'<meta property="{k}" content="{self.e(v)}" />\n' for k, v in metas)
                + '<meta name="twitter:card" content="summary_large_image" />\n'
                + f'<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{self.e(joined([p.name for p in entry.authors]))}" />\n'
                + '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph) + "</script>\n")

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} - {SITE}"
        cat = entry.categories[0]
        dek = self.dek(entry)
        classes = (f"post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                   + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                   + " ".join("tag-" + slugify(t) for t in entry.tags) + " entry")
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        footer = f'<span class="tags-links"><span>Tagged: </span>{tags}</span>' if entry.tags else ""
        avatars = "".join(f'<span class="author-avatar">{self.avatar(p)}</span>' for p in entry.authors)
        image = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:20]}.jpg")
        main = f"""<div id="primary" class="content-area">
<main id="main" class="site-main">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="{self.url(self.category_path(cat))}" rel="category tag">{self.e(cat)}</a></span>
<h1 class="entry-title{' entry-title--with-subtitle' if dek else ''}">{self.e(entry.title)}</h1>
{f'<div class="newspack-post-subtitle">{self.e(dek)}</div>' if dek else ''}
<div class="entry-subhead"><div class="entry-meta">{avatars}<span class="byline"><span>by</span> {self.author_links(entry)}</span>{self.posted(entry)}</div><!-- .meta-info -->
{self.share(entry)}</div>
</header>
<figure class="post-thumbnail"><img width="1200" height="800" src="{image}" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high"/><figcaption><span class="image-credit"><span class="credit-label-wrapper">Credit:</span> {self.e(entry.authors[0].name)} / {SITE}</span></figcaption></figure>
<div class="main-content">
<article id="post-{entry.post_id}" class="{classes}">
<div class="entry-content">
{self.body_html(entry)}
{self.corrections_html(entry)}
{self.jp_related(entry)}
{self.republish(entry)}
</div><!-- .entry-content -->
<footer class="entry-footer">{footer}</footer><!-- .entry-footer -->
{"".join(self.author_bio(p) for p in entry.authors)}
</article><!-- #post-{entry.post_id} -->
</div><!-- .main-content -->
</main>
</div>"""
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-standard wp-custom-logo "
                      "single-featured-image-default h-nsub h-sub h-dh h-ll h-dis has-sidebar")
        return self.document(title, body_class, main, self.yoast(entry, title))

    # -- frame ----------------------------------------------------------------------------------------

    def menu(self) -> str:
        items = [("/", "Home")] + [(self.category_path(c), c) for c in sorted(self.groups("categories"))[:5]] + [
            (self.page_path("about"), "About")]
        return "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{self.url(p)}">{self.e(t)}</a></li>'
                       for p, t in items)

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in self.newest[:5])
        return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(SITE)} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel="stylesheet" id="newspack-style-css" href="{self.url('/wp-content/themes/newspack-theme/style.css?ver=2.3.1')}" media="all" />
<link rel="stylesheet" id="jetpack_related-posts-css" href="{self.url('/wp-content/plugins/jetpack/modules/related-posts/related-posts.css?ver=20240116')}" media="all" />
<link rel="stylesheet" id="republication-tracker-tool-css-css" href="{self.url('/wp-content/plugins/republication-tracker-tool/assets/widget.css?ver=1.0')}" media="all" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class}">
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle">Close</button><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">{self.menu()}</ul></nav></aside>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search" [class]="searchVisible ? 'show-header-search site-header ' : 'hide-header-search site-header'">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu"><li class="menu-item"><a href="{self.url(self.page_path('about'))}">About us</a></li><li class="menu-item"><a href="{self.url(self.page_path('contact'))}">Contact</a></li><li class="menu-item"><a href="{self.url(self.page_path('start-here'))}">Republish our work</a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper">
<div class="site-branding"><a href="{self.url('/')}" class="custom-logo-link" rel="home"><img width="400" height="100" src="{self.url('/wp-content/uploads/2021/01/phl-logo.png')}" class="custom-logo" alt="{self.e(SITE)}" decoding="async" /></a><div class="site-identity"><p class="site-title"><a href="{self.url('/')}" rel="home">{self.e(SITE)}</a></p><p class="site-description">{self.e(TAGLINE)}</p></div></div>
<div class="nav-wrapper desktop-only"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary-menu" class="main-menu">{self.menu()}</ul></nav></div></div>
<div class="nav-wrapper desktop-only"><a class="button donate-button" href="{self.url(self.page_path('about'))}#support">Donate</a></div>
</div></div>
</header>
<div id="content" class="site-content">
{main}
</div><!-- #content -->
<footer id="colophon" class="site-footer">
<div class="footer-branding"><div class="wrapper"><a href="{self.url('/')}" class="custom-logo-link" rel="home"><img src="{self.url('/wp-content/uploads/2021/01/phl-logo-white.png')}" class="custom-logo" alt="{self.e(SITE)}" /></a></div></div>
<div class="footer-widgets"><div class="wrapper">
<section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">About us</h2><p>{self.e(SITE)} is a nonprofit, nonpartisan newsroom covering health policy, public health and access to care across Kansas, Nebraska and the Dakotas. We are a member of the Institute for Nonprofit News.</p></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent stories</h2><ul>{recent}</ul></section>
<section id="block-5" class="widget widget_block"><div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><form><div class="newspack-newsletters-email-input"><label for="footer-npe">Sign up for our newsletter</label><input id="footer-npe" type="email" name="npe" placeholder="Email address"/></div><input type="submit" value="Sign up"/></form></div></section>
</div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2025 {self.e(SITE)}.</span><a class="imprint" href="https://newspack.com/" target="_blank">Proudly powered by Newspack by Automattic</a> <a class="privacy-policy-link" href="{self.url(self.page_path('privacy-policy'))}" rel="privacy-policy">Privacy Policy</a></div></div>
</footer>
</div><!-- #page -->
</body>
</html>"""

    # -- listings and pages -----------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        return (f'<article id="post-{e.post_id}" class="post-{e.post_id} post type-post status-publish format-standard '
                f'has-post-thumbnail hentry {" ".join("category-" + slugify(c) for c in e.categories)} entry">'
                f'<div class="post-thumbnail"><a class="post-thumbnail-inner" href="{self.url(self.post_path(e))}" '
                f'aria-hidden="true" tabindex="-1"><img width="400" height="300" src="{self.url(f"/wp-content/uploads/{e.published:%Y/%m}/{e.slug[:20]}-400x300.jpg")}" '
                'class="attachment-newspack-archive-image size-newspack-archive-image wp-post-image" alt="" decoding="async" '
                'loading="lazy"/></a></div><div class="entry-container"><span class="cat-links"><span class="screen-reader-text">'
                f'Posted in</span><a href="{self.url(self.category_path(e.categories[0]))}" rel="category tag">'
                f'{self.e(e.categories[0])}</a></span><header class="entry-header"><h2 class="entry-title"><a '
                f'href="{self.url(self.post_path(e))}" rel="bookmark">{self.e(e.title)}</a></h2></header>'
                f'<div class="entry-meta"><span class="byline"><span>by</span> {self.author_links(e)}</span>'
                f'<span class="posted-on"><a href="{self.url(self.post_path(e))}" rel="bookmark"><time class="entry-date published" '
                f'datetime="{e.published.isoformat()}">{long_date(e.published)}</time></a></span></div>'
                f'<p>{self.e(self.dek(e) or self.teaser(e, 30))}</p></div></article>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n
                       else f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' for k in range(1, pages + 1))
        if n > 1:
            nums = (f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}"><svg class="svg-icon" width="24" '
                    'height="24" aria-hidden="true" role="img" viewBox="0 0 24 24"><path d="M15.41 7.41L14 6l-6 6 6 6 '
                    '1.41-1.41L10.83 12z"></path></svg><span>Previous</span></a>') + nums
        if n < pages:
            nums += (f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}"><span>Next</span><svg class="svg-icon" '
                     'width="24" height="24" aria-hidden="true" role="img" viewBox="0 0 24 24"><path d="M10 6L8.59 7.41 '
                     '13.17 12l-4.58 4.59L10 18l6-6z"></path></svg></a>')
        nav = ('<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
               f'<div class="nav-links">{nums}</div></nav>') if pages > 1 else ""
        if first == "/":
            header, body_class = "", "home blog wp-custom-logo"
            label = f"{SITE} - {TAGLINE}"
        elif first.startswith("/author/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            header = (f'<header class="page-header author-archive">{self.avatar(person, 120)}<span><h1 class="page-title '
                      f'article-section-title"><span class="page-subtitle">Author</span><span class="page-description">'
                      f'{self.e(person.name)}</span></h1><div class="taxonomy-description">{self.e(person.name)} is a '
                      f'{self.role(person)} for {SITE}.</div></span></header>')
            body_class, label = f"archive author author-{nicename(person)}", f"{person.name}, Author at {SITE}"
        else:
            kind = "Tag" if first.startswith("/tag/") else "Category"
            header = (f'<header class="page-header"><h1 class="page-title article-section-title"><span class="page-subtitle">'
                      f'{kind}:</span> <span class="page-description">{self.e(title)}</span></h1></header>')
            body_class, label = f"archive {kind.lower()} {kind.lower()}-{slugify(title)}", f"{title} Archives - {SITE}"
        if n > 1:
            label = f"{label.split(' - ')[0]} - Page {n} of {pages} - {SITE}"
        main = (f'<section id="primary" class="content-area">{header}<main id="main" class="site-main">'
                f'{"".join(self.card(e) for e in items)}{nav}</main></section>')
        head = (f'<meta name="robots" content="{"index" if n == 1 else "noindex"}, follow" />\n'
                f'<link rel="canonical" href="{self.url(path_of(n))}" />\n'
                + (f'<link rel="prev" href="{self.url(path_of(n - 1))}" />\n' if n > 1 else "")
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}" />\n' if n < pages else "")
                + '<meta property="og:type" content="website" />\n')
        return self.document(label, f"{body_class} wp-custom-logo has-sidebar", main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "\n".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 30 + len(slug)
        main = (f'<section id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{pid}" '
                f'class="post-{pid} page type-page status-publish hentry entry"><header class="entry-header">'
                f'<h1 class="entry-title">{self.e(title)}</h1></header><div class="entry-content">{body}</div></article>'
                "</main></section>")
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(SITE)}" />\n')
        return self.document(f"{title} - {SITE}", f"page-template-default page page-id-{pid}", main, head)
