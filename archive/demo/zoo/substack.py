"""substack (held out): a Substack newsletter on its own domain, modelled on rendered Substack post
pages: ``div.post-header`` (``h1.post-title``, ``h3.subtitle``, a ``byline-wrapper`` whose
author links go to ``substack.com/@handle``, the date as plain text "Mar 12, 2024"), the post
"UFI" (like, comment, restack and share buttons), ``div.available-content > div.body.markup``
holding the text, ``subscription-widget-wrap`` boxes and "Share" ``button-wrapper`` links
inside the body, ``youtube-wrap`` / ``vimeo-wrap`` players, headings with an empty anchor widget,
"Discussion about this post" comments with commenters' names and comment permalinks, and "Ready
for more?" at the end. Some posts are cut by a paywall ("This post is for paid subscribers"):
the truth is the part the page shows. Podcast posts carry an audio player above the show notes.
NewsArticle JSON-LD names every author (``url`` on substack.com). There are no tags, no
categories and no related block (truth: none).

URLs: posts at ``/p/<slug>``; share links ``/p/<slug>?utm_source=substack&utm_medium=email&
utm_content=share&action=share`` serve the post again, as does any query; ``/p/<slug>/comments``
and ``/p/<slug>/comment/<id>`` are discussion pages ("other"); every paid post links
``/subscribe?...&next=<its URL>`` and ``/account/login?redirect=<its path>``. ``/archive`` shows
the newest 12 posts, the rest come from a "load more" JSON API
(``/api/v1/archive?sort=new&search=&offset=12&limit=12``); the sitemap is an index of
extension-less yearly sitemaps (``/sitemap/2023``).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from urllib.parse import quote

from .posts import Entry, Plan, slugify
from .site import ZooSite

COMMENTERS = ("Maggie R.", "Dev Patel", "Hannah Lowe", "Sam Okafor", "Beth Kingsley")
COMMENTS = ("This is so helpful, thank you. Sharing with my mum.", "I tried this for two weeks and noticed a "
            "difference. Would love a follow-up on the research.", "Great piece. Do you have a source for the "
            "second point?", "Saving this one. The practical tips are what I come here for.")
ARCHIVE_PAGE = 12


def _hash(*parts) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()


class Substack(ZooSite):
    family = "substack"
    site_name = "The Well Note"
    declared_language = "en"
    per_page = ARCHIVE_PAGE
    author_pages = False          # author links go to substack.com profiles
    plan = Plan(seed="substack", count=36, languages=("en", "es"), authors=3, co_authors=0.2, tz_hours=0,
                related=(0,))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.paid: set[str] = set()
        self.podcasts: set[str] = set()
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        blocks = entry.story.blocks
        if entry.story.kind == "article" and entry.post_id % 4 == 0 and len(blocks) > 6:
            cut = 4
            while blocks[cut - 1].kind in ("h2", "h3"):
                cut -= 1
            blocks = blocks[:cut]
            self.paid.add(entry.story.key)
        if entry.story.kind == "short" and len(self.podcasts) < 3:
            self.podcasts.add(entry.story.key)
        return replace(entry, story=replace(entry.story, blocks=blocks), categories=(), tags=())

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/p/{entry.slug}"

    def home_path(self, n: int = 1) -> str:
        return "/archive" if n == 1 else f"/api/v1/archive?sort=new&search=&offset={(n - 1) * ARCHIVE_PAGE}&limit={ARCHIVE_PAGE}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def handle(self, person) -> str:
        return "https://substack.com/@" + slugify(person.name).replace("-", "")

    def share_url(self, entry: Entry) -> str:
        return self.url(self.post_path(entry)) + "?utm_source=substack&utm_medium=email&utm_content=share&action=share"

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        """The archive's first page is HTML; the later ones are the "load more" JSON."""
        pages = max(1, -(-len(items) // self.per_page))
        for n in range(1, pages + 2):     # the API answers one page past the end with an empty list
            chunk = items[(n - 1) * self.per_page:n * self.per_page]
            if n == 1:
                self.add(path_of(1), "listing", lambda chunk=chunk: self.archive(chunk))
            else:
                self.add(path_of(n), "other", lambda chunk=chunk: json.dumps([self.api_post(e) for e in chunk]),
                         "application/json; charset=utf-8")

    def extra_routes(self) -> None:
        self.add("/", "listing", self.home)
        self.add("/podcast", "listing", self.podcast_page)
        years = sorted({e.published.year for e in self.entries})
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index([f"/sitemap/{y}" for y in years]), "application/xml")
        for year in years:
            self.add(f"/sitemap/{year}", "other", lambda year=year: self.sitemap(
                [self.post_path(e) for e in self.newest if e.published.year == year]), "application/xml")
        self.add("/feed", "other", lambda: self.rss(self.site_name, "/", self.newest[:20]), "application/rss+xml; charset=utf-8")
        self.add("/subscribe", "other", self.subscribe_page)
        self.add("/account/login", "other", self.login_page)
        for entry in self.entries:
            self.add(f"{self.post_path(entry)}/comments", "other", lambda entry=entry: self.comments_page(entry))
            for cid, _, _ in self.comments(entry):
                self.add(f"{self.post_path(entry)}/comment/{cid}", "other",
                         lambda entry=entry, cid=cid: self.comments_page(entry, cid))

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\nDisallow: /channel-frame\n"
                "Disallow: /session-attribution-frame\nDisallow: /visited-surface-frame\nDisallow: /embed\n"
                "Disallow: /inbox\nDisallow: /feed/private\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def api_post(self, e: Entry) -> dict:
        return {"id": e.post_id * 1013, "publication_id": 1842203, "title": e.title, "subtitle": self.subtitle(e),
                "slug": e.slug, "post_date": e.published.isoformat(), "audience": "only_paid" if e.story.key in self.paid
                else "everyone", "type": "podcast" if e.story.key in self.podcasts else "newsletter",
                "canonical_url": self.url(self.post_path(e)), "description": self.teaser(e, 20),
                "publishedBylines": [{"name": p.name, "handle": slugify(p.name).replace("-", "")} for p in e.authors]}

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", lang: str = "en") -> str:
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<meta name="theme-color" content="#ffffff">
<title>{self.e(title)}</title>
<link rel="alternate" type="application/rss+xml" href="{self.url('/feed')}" title="{self.site_name}">
<meta property="og:site_name" content="{self.site_name}">
{head}<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.2b6c1e.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="{self.url('/')}" class="navbar-title-link">{self.site_name}</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="{self.url('/subscribe?utm_source=menu&simple=true')}">Subscribe</a> <a class="button sign-in-link" href="{self.url('/account/login?redirect=%2F')}">Sign in</a></div></div>
<div class="section-bar"><a href="{self.url('/')}">Home</a> <a href="{self.url('/podcast')}">Podcast</a> <a href="{self.url('/archive')}">Archive</a> <a href="{self.url('/about')}">About</a></div></div>
{main}
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">&copy; 2025 Ana Costa</div> &middot; <a href="https://substack.com/privacy" target="_blank">Privacy</a> &middot; <a href="https://substack.com/tos" target="_blank">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected" target="_blank">Collection notice</a></div>
<div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button primary">Start writing</a> <a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Get the app</a></div>
<p class="substack-footer-text">Substack is the home for great culture</p></div>
</div></div>
<script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"wellnote\\",\\"publication_id\\":1842203}}}}")</script>
</body>
</html>"""

    def subscribe_widget(self, where: str) -> str:
        attrs = self.e(json.dumps({"url": self.url(f"/subscribe?utm_source={where}"), "text": "Subscribe", "language": "en"}))
        return (f'<div class="subscription-widget-wrap-editor" data-attrs="{attrs}" data-component-name="SubscribeWidgetToDOM">'
                '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">'
                f"{self.site_name} is a reader-supported publication. To receive new posts and support my work, consider "
                'becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" '
                'class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" '
                'class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>'
                '<div class="fake-button"></div></div></form></div></div>')

    def share_button(self, entry: Entry) -> str:
        url = self.share_url(entry)
        attrs = self.e(json.dumps({"url": url, "text": "Share", "action": None, "class": None}))
        return (f'<p class="button-wrapper" data-attrs="{attrs}" data-component-name="ButtonCreateButton">'
                f'<a class="button primary" href="{self.e(url)}"><span>Share</span></a></p>')

    # -- articles -------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "vimeo" in src:
            return (f'<div class="vimeo-wrap" data-attrs="{self.e(json.dumps({"videoId": vid, "videoKey": ""}))}" '
                    f'data-component-name="VimeoToDOM"><div class="vimeo-inner"><iframe src="https://player.vimeo.com/video/{vid}'
                    '?autoplay=0" frameborder="0" gesture="media" allowfullscreen="true" allow="autoplay; fullscreen" '
                    'width="728" height="409"></iframe></div></div>')
        return (f'<div id="youtube2-{vid}" class="youtube-wrap" data-attrs="{self.e(json.dumps({"videoId": vid, "startTime": None, "endTime": None}))}" '
                f'data-component-name="Youtube2ToDOM"><div class="youtube-inner"><iframe src="https://www.youtube-nocookie.com/embed/{vid}'
                '?rel=0&amp;autoplay=0&amp;showinfo=0&amp;enablejsapi=0" frameborder="0" loading="lazy" gesture="media" '
                'allow="autoplay; fullscreen" allowautoplay="true" allowfullscreen="true" width="728" height="409"></iframe></div></div>')

    def block_html(self, block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            anchor = slugify(block.text)
            return (f'<{block.kind} class="header-anchor-post">{self.inline(block.text)}<div class="pencraft pc-display-flex '
                    f'pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents '
                    f'pc-reset pubTheme-yiXxQA"><div id="§{anchor}" class="pencraft pc-reset header-anchor offset-top"></div>'
                    '<button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset header-anchor-button"></button>'
                    f"</div></div></{block.kind}>")
        if block.kind == "refs":
            items = "".join(f"<li><p>{self.inline(i)}</p></li>" for i in block.items)
            return f'<h3 class="header-anchor-post">{self.e(block.text)}</h3><ul>{items}</ul>'
        if block.kind == "figure":
            return (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" '
                    f'href="https://substackcdn.com/image/fetch/f_auto,q_auto:good/{quote(block.text, safe="")}"><div class="image2-inset">'
                    f'<picture><img src="{self.e(block.text)}" alt="{self.e(block.items[0])}" loading="lazy"></picture>'
                    '<div class="image-link-expand"><button tabindex="0" type="button" class="pencraft pc-reset restack-image">'
                    '</button><button tabindex="0" type="button" class="pencraft pc-reset view-image"></button></div></div></a>'
                    "</figure></div>")
        return super().block_html(block, entry)

    def body_html(self, entry: Entry) -> str:
        out, paragraphs = [], 0
        for block in entry.story.blocks:
            out.append(self.block_html(block, entry))
            paragraphs += block.kind == "p"
            if block.kind == "p" and paragraphs == 2 and entry.story.kind == "article":
                out.append(self.subscribe_widget("post"))
        if entry.story.key not in self.paid:
            out.append(self.share_button(entry))
            out.append(self.subscribe_widget("post-end"))
        return "\n".join(out)

    def subtitle(self, entry: Entry) -> str:
        topic = (entry.story.tags or (entry.story.category,))[0].lower()
        return f"What the evidence says about {topic}, and what to try this week"

    def byline(self, entry: Entry) -> str:
        links = [f'<div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="{self.handle(p)}" '
                 f'class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{self.e(p.name)}</a></div>'
                 for p in entry.authors]
        names = links[0] if len(links) == 1 else "<span>, </span>".join(links[:-1]) + "<span> and </span>" + links[-1]
        avatars = "".join(f'<a href="{self.handle(p)}" aria-label="View {self.e(p.name)}\'s profile" class="pencraft pc-reset">'
                          f'<div class="pencraft pc-display-flex user-avatar"><img src="https://substackcdn.com/image/fetch/w_80,h_80/'
                          f'{_hash(p.name)[:16]}.jpg" alt="{self.e(p.name)}\'s avatar" width="40" height="40"></div></a>'
                          for p in entry.authors)
        when = f"{entry.published:%b} {entry.published.day}, {entry.published.year}"
        return (f'<div class="post-meta"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset">'
                f'<div class="pencraft pc-display-flex pc-flexDirection-row pc-reset">{avatars}</div>'
                f'<div class="byline-wrapper"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw font-meta-MWBumP '
                f'transform-uppercase-yKDgcq meta-EgzBVA">{names}</div><div class="pencraft pc-display-flex pc-gap-4 pc-reset">'
                f'<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP meta-EgzBVA">{when}</div>'
                "</div></div></div></div>")

    def ufi(self, entry: Entry) -> str:
        likes = 5 + entry.post_id % 90
        return (f'<div class="post-ufi style-large-on-mobile"><div class="like-button-container post-ufi-button"><button '
                f'class="post-ufi-button style-compact with-label" aria-label="Like ({likes})"><div class="label">{likes}</div>'
                f'</button></div><a class="post-ufi-button style-compact post-ufi-comment-button has-label" href="{self.url(self.post_path(entry))}/comments" '
                f'aria-label="View comments ({len(self.comments(entry))})"><div class="label">{len(self.comments(entry))}</div></a>'
                '<button class="post-ufi-button style-compact" aria-label="Restack"><div class="label">Restack</div></button>'
                f'<a class="post-ufi-button style-compact" href="{self.e(self.share_url(entry))}" aria-label="Share">'
                '<div class="label">Share</div></a></div>')

    def comments(self, entry: Entry) -> list[tuple[int, str, str]]:
        n = entry.post_id % 4
        return [(entry.post_id * 3911 + k, COMMENTERS[(entry.post_id + k) % len(COMMENTERS)],
                 COMMENTS[(entry.post_id + k) % len(COMMENTS)]) for k in range(n)]

    def comments_html(self, entry: Entry, only: int | None = None) -> str:
        rows = "".join(
            f'<div class="comment" id="comment-{cid}"><div class="comment-content"><div class="comment-meta">'
            f'<span class="commenter-name"><a href="https://substack.com/@{slugify(name).replace("-", "")}">{self.e(name)}</a></span>'
            f'<a class="comment-timestamp" href="{self.url(self.post_path(entry))}/comment/{cid}">'
            f'{entry.published:%b} {entry.published.day + 1 if entry.published.day < 28 else 28}</a></div>'
            f'<div class="comment-body"><p>{self.e(text)}</p></div><div class="comment-actions"><button>Like</button>'
            "<button>Reply</button><button>Share</button></div></div></div>"
            for cid, name, text in self.comments(entry) if only in (None, cid))
        empty = "" if rows else '<p class="comments-empty">No posts</p>'
        return (f'<div class="comments-section" id="discussion"><h4 class="comments-heading">Discussion about this post</h4>'
                f'<div class="comments-page-tabs"><a href="{self.url(self.post_path(entry))}/comments">Comments</a> '
                f'<a href="https://substack.com/restacks">Restacks</a></div><div class="comment-list">{rows}{empty}</div></div>')

    def header(self, entry: Entry, linked: bool = False) -> str:
        title = (f'<a href="{self.url(self.post_path(entry))}">{self.e(entry.title)}</a>' if linked else self.e(entry.title))
        return (f'<div class="post-header"><h1 dir="auto" class="post-title published title-X1rLpV">{title}</h1>'
                f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{self.e(self.subtitle(entry))}</h3>'
                f"{self.byline(entry)}{self.ufi(entry)}</div>")

    def audio(self, entry: Entry) -> str:
        if entry.story.key not in self.podcasts:
            return ""
        minutes = 12 + entry.post_id % 30
        return (f'<div class="player-wrapper-outer"><div class="player-wrapper-inner"><div class="audio-player-wrapper">'
                f'<div class="audio-player" role="region" aria-label="Audio playback"><audio src="https://api.substack.com/feed/'
                f'podcast/{entry.post_id * 1013}/{_hash(entry.slug)[:32]}.mp3" preload="none"></audio><button class="play-button" '
                f'aria-label="Play"></button><div class="track-info"><div class="track-title">{self.e(entry.title)}</div>'
                f'<div class="time">0:00 / {minutes}:{entry.post_id % 60:02d}</div></div></div></div></div>'
                '<div class="podcast-links"><a href="https://podcasts.apple.com/us/podcast/the-well-note/id1700000001">Apple Podcasts</a> '
                '<a href="https://open.spotify.com/show/4wellnote">Spotify</a></div></div>')

    def paywall(self, entry: Entry) -> str:
        if entry.story.key not in self.paid:
            return ""
        url = self.url(self.post_path(entry))
        return (f'<div class="paywall"><div class="paywall-content"><h2 class="paywall-title">This post is for paid subscribers</h2>'
                f'<div class="paywall-cta"><a class="button primary subscribe-btn" href="{self.e(self.url("/subscribe?utm_source=post&utm_campaign=email-checkout&simple=true&next=" + quote(url, safe="")))}">'
                f'Subscribe</a><div class="paywall-login">Already a paid subscriber? <a href="{self.e(self.url("/account/login?redirect=" + quote(self.post_path(entry), safe="")))}">'
                "Sign in</a></div></div></div></div>")

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        free = entry.story.key not in self.paid
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url,
              "headline": entry.title, "description": self.subtitle(entry),
              "image": [{"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/{_hash(url)[:20]}.png"}],
              "datePublished": entry.published.isoformat(), "dateModified": entry.published.isoformat(),
              "isAccessibleForFree": free,
              "author": [{"@type": "Person", "name": p.name, "url": self.handle(p), "identifier": f"user:{_hash(p.name)[:8]}",
                          "image": {"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/{_hash(p.name)[:16]}.jpg"}}
                         for p in entry.authors],
              "publisher": {"@type": "Organization", "name": self.site_name, "url": self.url("/"),
                            "description": "Practical health notes, every week.", "identifier": "pub:1842203",
                            "logo": {"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/wellnote-logo.png"}}}
        if not free:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
        names = " and ".join(p.name for p in entry.authors)
        head = (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(self.subtitle(entry))}">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(entry.title)}">\n'
                f'<meta property="og:description" content="{self.e(self.subtitle(entry))}">\n'
                f'<meta name="author" content="{self.e(names)}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        main = f"""<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
{self.header(entry)}
{self.audio(entry)}
<div class="available-content"><div dir="auto" class="body markup">
{self.body_html(entry)}
</div></div>
{self.paywall(entry)}
<div class="post-footer use-separators">{self.ufi(entry)}</div>
</article>
<div class="visibility-check"></div>
{self.comments_html(entry)}
<div class="post-end-cta-full"><h3>Ready for more?</h3>{self.subscribe_widget("post-end-cta")}</div>
</div></div></div>"""
        return self.document(f"{entry.title} - by {names}", main, head, lang=entry.story.language)

    def comments_page(self, entry: Entry, only: int | None = None) -> str:
        url = self.url(self.post_path(entry)) + (f"/comment/{only}" if only else "/comments")
        main = (f'<div class="single-post-container"><div class="container"><div class="comments-page">'
                f'{self.header(entry, linked=True)}{self.comments_html(entry, only)}</div></div></div>')
        return self.document(f"Comments - {entry.title} - by {' and '.join(p.name for p in entry.authors)}", main,
                             f'<link rel="canonical" href="{url}">\n')

    # -- listings and pages ---------------------------------------------------------------------------

    def preview(self, e: Entry) -> str:
        lock = '<span class="audience-lock" aria-label="Paid">&#128274;</span>' if e.story.key in self.paid else ""
        return (f'<div class="post-preview portable-archive-post has-image"><div class="post-preview-content">'
                f'<a class="post-preview-title newsletter" href="{self.url(self.post_path(e))}">{self.e(e.title)}</a>'
                f'<a class="post-preview-description" href="{self.url(self.post_path(e))}">{self.e(self.subtitle(e))}</a>'
                f'<div class="post-preview-byline">{lock}<time datetime="{e.published.isoformat()}">{e.published:%b} '
                f'{e.published.day}</time> &middot; {self.e(" and ".join(p.name for p in e.authors))}</div></div></div>')

    def archive(self, items: list[Entry]) -> str:
        next_url = self.home_path(2)
        main = (f'<div class="container archive-page"><h1 class="archive-title">Archive</h1><div class="archive-sort">'
                f'<a href="{self.url("/archive?sort=new")}">Latest</a> <a href="{self.url("/archive?sort=top")}">Top</a> '
                f'<a href="{self.url("/archive?sort=community")}">Discussions</a></div><div class="portable-archive-list">'
                f'{"".join(self.preview(e) for e in items)}</div><div class="load-more"><button class="button">Load more</button></div></div>'
                f'<script>window._archiveConfig = {json.dumps({"nextUrl": next_url, "limit": ARCHIVE_PAGE})};</script>')
        return self.document(f"{self.site_name} | Archive", main, '<meta property="og:type" content="website">\n')

    def home(self) -> str:
        top = max(self.entries, key=lambda e: e.post_id % 17)
        main = (f'<div class="container home-page"><div class="publication-hero"><h1 class="publication-name">{self.site_name}</h1>'
                f'<p class="publication-tagline">Practical health notes, every week. By Ana Costa and friends.</p>'
                f'{self.subscribe_widget("homepage_hero")}</div><div class="home-posts"><h2>Latest</h2>'
                f'{"".join(self.preview(e) for e in self.newest[:8])}<a class="see-all" href="{self.url("/archive?sort=new")}">See all</a>'
                f'</div><div class="home-top"><h2>Top</h2>{self.preview(top)}</div><div class="recommendations"><h2>Recommendations</h2>'
                '<a href="https://sleepscience.substack.com/">Sleep Science Weekly</a> <a href="https://runningdoc.substack.com/">'
                "The Running Doc</a></div></div>")
        return self.document(self.site_name, main, '<meta property="og:type" content="website">\n')

    def podcast_page(self) -> str:
        items = [e for e in self.newest if e.story.key in self.podcasts]
        main = (f'<div class="container podcast-page"><h1>The Well Note Podcast</h1><div class="portable-archive-list">'
                f'{"".join(self.preview(e) for e in items)}</div></div>')
        return self.document(f"{self.site_name} | Podcast", main, '<meta property="og:type" content="website">\n')

    def subscribe_page(self) -> str:
        return self.document(f"Subscribe to {self.site_name}", f'<div class="container subscribe-page"><h1>{self.site_name}</h1>'
                             f'<p>Practical health notes, every week.</p>{self.subscribe_widget("subscribe-page")}</div>')

    def login_page(self) -> str:
        return self.document("Sign in - Substack", '<div class="container login-page"><h1>Sign in to Substack</h1>'
                             '<form><input type="email" name="email"><button>Continue</button></form></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        return self.archive(items)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div class="container about-page"><div class="content-about"><h1>{self.e(title)}</h1>'
                f'<div class="body markup">{body}</div>{self.subscribe_widget("about-page")}</div></div>')
        return self.document(f"{title} - {self.site_name}", main, '<meta property="og:type" content="website">\n')
