"""discourse (held out, round 12): a patient charity's site, a small WordPress news section and,
on the same host, its community forum on Discourse (a subfolder install at ``/community/``),
which holds most of the pages.

Modelled on real public markup:

- Discourse's server-rendered crawler view (``discourse/discourse``): ``app/views/layouts/
  crawler.html.erb`` (``body.crawler``, a ``header`` with the logo link, ``div#main-outlet.wrap``,
  the ``footer`` nav of Home / Categories / FAQ/Guidelines / Terms of Service / Privacy Policy and
  "Powered by Discourse, best viewed with JavaScript enabled"), ``app/views/topics/show.html.erb``
  (``#topic-title`` with the ``h1`` linking the topic, the category breadcrumb
  ``div.topic-category`` BreadcrumbList with ``badge-wrapper bullet`` / ``category-name``, the
  ``discourse-tags list-tags`` links, the ``rel=prev/next`` page links and ``link rel="alternate
  nofollow"`` RSS twin in the head), ``app/views/list/list.erb`` (the ``topic-list`` ItemList: a
  ``main-link`` cell with ``raw-topic-link``, page links for long topics, ``link-bottom-line``
  category badge and tags, ``replies`` / ``views`` cells; "next page" ``?page=N`` navigation, the
  list's RSS twin); the 3.x post markup as saved crawler pages show it (a saved
  discourse.threejs.org topic page and public scrapers' fixtures of Discourse topics, e.g.
  tiltforums.com and community.shopify.com: ``div#post_N.topic-body.crawler-post`` >
  ``div.crawler-post-meta`` > ``span.creator`` itemprop author (a Person with ``/u/username``) +
  ``span.crawler-post-infos`` > ``time.post-time`` itemprop ``datePublished`` + ``span
  itemprop=position``, then ``div.post`` itemprop ``text`` with the cooked HTML (``aside.quote``
  quotes, onebox links, ``lightbox-wrapper`` images, emoji images), ``post-likes``); since 3.2
  the topic is one ``itemscope`` ``http://schema.org/DiscussionForumPosting`` (``headline``,
  ``url``, ``articleSection``, ``keywords`` metas) and each reply a ``Comment`` inside it; the
  ``#related-topics.more-topics__list`` table after the posts. The head is Discourse's
  ``crawlable_meta_data``: ``og:type`` "website", ``og:site_name``, ``og:title`` (the topic
  title), ``og:description`` (the excerpt), ``og:article:section``, ``og:article:tag``,
  ``article:published_time``, ``twitter:label1`` "Reading time", ``generator`` "Discourse
  3.3.2", ``link rel=canonical`` (the topic, or its ``?page=N``); ``<title>`` "Topic - Category -
  Site".
- URLs as Discourse routes them: ``/t/slug/ID`` (20 posts a page, ``?page=2``), ``/t/slug/ID/N``
  post permalinks (the same topic page, the one holding post N, canonical to it), ``/c/slug/ID``
  category lists, ``/latest`` (30 topics a page, ``?page=1`` zero-based), ``/top``,
  ``/categories``, ``/tag/x``, ``/u/username`` (the crawler view's ``user-crawler`` box),
  ``/about``, ``/guidelines``, ``/tos``, ``/privacy``; ``.rss`` twins of topics, lists and
  categories (``/posts.rss`` too; their items link every post's permalink) and ``.json`` twins of
  topics and lists; ``/sitemap.xml`` (an index of ``sitemap_1.xml`` with every topic page and
  ``sitemap_recent.xml``); the login button (``/login``) goes through DiscourseConnect to the
  WordPress login (``/session/sso`` redirects to ``/wp-login.php``).
- The WordPress side: Twenty Twenty-One's single and archive templates (``article.entry`` >
  ``header.entry-header.alignwide`` > ``h1.entry-title``, ``div.entry-content``,
  ``footer.entry-footer.default-max-width`` with ``span.posted-on`` "Published <time
  class=entry-date published updated>", ``span.byline`` "By" ``a[rel=author]``, ``span.cat-links``
  "Categorized as", ``span.tags-links`` "Tagged"; ``div.author-bio``; ``nav.post-navigation``;
  ``nav.pagination`` "Older posts"), Yoast SEO's head and ``yoast-schema-graph`` JSON-LD (Article
  with ``author``, ``datePublished``, ``articleSection``, ``keywords``; the title "Post - Site"),
  YARPP's list template appended to the content (``div.yarpp.yarpp-related`` > ``h3`` "Related
  posts:" > ``ol`` of ``a[rel=bookmark]``), the WP Discourse plugin's comment template below the
  article (``div#comments.comments-area.discourse-comments-area``, "Notable Replies", replies as
  ``article.comment-body``, "Continue the discussion at ...", participants), whose companion
  topics on the forum open with "Originally published at: URL" and the article's first paragraph,
  Mailchimp for WordPress's form, the Cookie Notice banner; Yoast's sitemaps, ``/feed/``,
  WordPress's robots.txt (naming the forum's sitemap too).

The decision (the truth): a health archive must not present patients' forum posts as published
articles, so only the twelve news posts (``/news/slug/``) are articles. Everything under
``/community/`` is "other" (topics, their pages and permalinks, users, twins, about pages) or
"listing" (latest, top, categories, category and tag lists), including the pinned "About the X
category" topics, the staff's welcome and announcement topics (staff posts in a forum, not
editorial articles) and the WP Discourse companion topics that repeat a news post's opening
paragraph (the article is the news page). A news article's truth: the title without " - Patients
Together", its WordPress author, the published date, its category and tags, YARPP's list as Read
Also, the body without YARPP's block, the author box and the forum replies. English only, no trap
(every forum URL is finite), but the forum's permalinks and twins outnumber the news pages many
times over: a crawl that walks them all burns its budget on pages that are not articles.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import partial
from urllib.parse import quote

from . import texts
from .discourse_forum import (ANNOUNCEMENT, BIOS, CATEGORIES, MEMBERS, PATIENTS, REPLIES, TOPICS, WELCOME)
from .posts import Entry, Person, Plan, plan_entries, slugify
from .site import RSS, Response, ZooSite, long_date

SITE = "Patients Together"
TAGLINE = "Support and information for people living with long-term conditions"
FORUM = "/community"
FORUM_NAME = "Patients Together Community"
POSTS_PER_PAGE = 20      # Discourse's TopicView chunk size
TOPICS_PER_PAGE = 30     # Discourse's topic list page size
CDN = "https://sea1.discourse-cdn.com/flex019"
JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
COMPANIONS = 4           # news posts that WP Discourse published to the forum


def _hex(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


class Post:
    """One forum post: its number, author, time, cooked HTML and likes."""

    def __init__(self, number: int, username: str, when: datetime, cooked: str, likes: int):
        self.number, self.username, self.when, self.cooked, self.likes = number, username, when, cooked, likes


class Topic:
    def __init__(self, tid: int, slug: str, title: str, category: tuple, tags: tuple, pinned: bool = False):
        self.id, self.slug, self.title, self.category, self.tags, self.pinned = tid, slug, title, category, tags, pinned
        self.posts: list[Post] = []
        self.views = 0

    @property
    def path(self) -> str:
        return f"{FORUM}/t/{self.slug}/{self.id}"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.posts) // POSTS_PER_PAGE))

    def page_path(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}?page={n}"

    @property
    def created(self) -> datetime:
        return self.posts[0].when

    @property
    def bumped(self) -> datetime:
        return self.posts[-1].when


def category_path(category: tuple) -> str:
    return f"{FORUM}/c/{category[1]}/{category[0]}"


class Discourse(ZooSite):
    family = "discourse"
    site_name = SITE
    declared_language = "en-GB"
    per_page = 10
    post_range = (12, 12)    # a small news section: the forum holds most of the pages
    plan = Plan(seed="discourse", count=40, languages=("en",), authors=3, co_authors=0.0, tz_hours=0,
                related=(0,))

    def planned(self) -> list[Entry]:
        """Twelve news posts from the plan: two video posts, two short ones, eight articles, oldest
        first; YARPP's related lists drawn among them."""
        pool = plan_entries(self.plan)
        pick = ([e for e in pool if e.story.kind == "video"][:2] + [e for e in pool if e.story.kind == "short"][:2]
                + [e for e in pool if e.story.kind == "article"][:8])
        pick.sort(key=lambda e: e.published)
        rng = random.Random("discourse:yarpp")
        start = datetime(2024, 1, 9, 10, 0, tzinfo=timezone.utc)
        entries = []
        for i, e in enumerate(pick):
            when = start + timedelta(days=i * 26 + rng.randint(0, 9), hours=rng.randint(0, 6))
            entries.append(replace(e, index=i, published=when, related=[]))
        for entry in entries:
            size = rng.choice((0, 2, 3, 3, 4))
            entry.related = sorted(rng.sample([o.index for o in entries if o is not entry], size))
        return entries

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.topics: list[Topic] = []
        self.companion: dict[str, Topic] = {}
        super().__init__(base_url)

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/news/{entry.slug}/"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/news/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/category/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/news/tag/{slugify(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/news/author/{slugify(person.name)}/", n)

    def robots(self) -> str:
        return self.wordpress_robots() + f"Sitemap: {self.url(FORUM + '/sitemap.xml')}\n"

    # -- the forum's data -----------------------------------------------------------------------------

    def build_forum(self) -> None:
        rng = random.Random("discourse:forum")
        cats = {c[1]: c for c in CATEGORIES}
        tid = 14
        start = datetime(2023, 3, 2, 9, 12, tzinfo=timezone.utc)

        def topic(title, cat, tags, opener, count, author, when, pinned=False, staff_replies=False):
            nonlocal tid
            tid += rng.randint(3, 40)
            t = Topic(tid, slugify(title), title, cats[cat], tuple(tags), pinned)
            t.posts.append(Post(1, author, when, "".join(f"<p>{html.escape(p)}</p>" for p in opener),
                                rng.randint(2, 30)))
            replies = rng.sample(REPLIES, len(REPLIES))
            for n in range(2, count + 1):
                when = when + timedelta(hours=rng.randint(1, 40), minutes=rng.randint(0, 59))
                who = author if n == count and count > 4 and not staff_replies else rng.choice(PATIENTS)
                if n == 3 and staff_replies is False and rng.random() < 0.3:
                    who = "helen_nurse"
                text = replies[(n - 2) % len(replies)] if who != author else REPLIES[22]
                cooked = f"<p>{html.escape(text)}</p>"
                if n > 3 and rng.random() < 0.25:
                    prev = t.posts[n - 3]
                    snippet = prev.cooked[3:-4][:90].rsplit(" ", 1)[0]
                    cooked = (f'<aside class="quote no-group" data-username="{prev.username}" data-post="{prev.number}" '
                              f'data-topic="{t.id}"><div class="title"><div class="quote-controls"></div>'
                              f'<img loading="lazy" alt="" width="24" height="24" src="{self.avatar(prev.username, 48)}" '
                              f'class="avatar"> {prev.username}:</div><blockquote><p>{snippet}…</p></blockquote></aside>'
                              + cooked)
                t.posts.append(Post(n, who, when, cooked, rng.randint(0, 9)))
            t.views = 40 + count * rng.randint(20, 90)
            self.topics.append(t)
            return t

        for cat in CATEGORIES:
            title = f"About the {cat[2]} category"
            topic(title, cat[1], (), (cat[4], "Please read the community guidelines before posting, and remember "
                                      "that nothing shared here replaces advice from your own care team."),
                  1, "sarah.whitfield", start + timedelta(hours=cat[0]), pinned=True)
        topic(WELCOME[0], "announcements", WELCOME[1], WELCOME[2], WELCOME[3], "sarah.whitfield",
              start + timedelta(days=1), pinned=True, staff_replies=True)
        when = start + timedelta(days=3)
        for cat, title, tags, opener, count in TOPICS:
            when += timedelta(days=rng.randint(9, 30), hours=rng.randint(0, 12))
            topic(title, cat, tags, opener, count, rng.choice(PATIENTS), when)
        # the staff announcement links the news post it announces (the fatigue guide)
        guide = self.newest[0]
        ann = topic(ANNOUNCEMENT[0], "announcements", ANNOUNCEMENT[1], ANNOUNCEMENT[2], ANNOUNCEMENT[3],
                    "sarah.whitfield", guide.published + timedelta(hours=3), pinned=False)
        first = ann.posts[0]
        first.cooked += (f'<p><a href="{self.url(self.post_path(guide))}" class="onebox" target="_blank" '
                         f'rel="noopener">{self.url(self.post_path(guide))}</a></p>')
        # WP Discourse companion topics of the newest news posts
        for entry in self.newest[1:1 + COMPANIONS]:
            url = self.url(self.post_path(entry))
            opener_p = next(b for b in entry.story.blocks if b.kind == "p")
            t = topic(entry.title, "news", (), (), rng.randint(3, 6), "patientstogether",
                      entry.published + timedelta(minutes=2), staff_replies=True)
            t.posts[0].cooked = (f'<p><small>Originally published at: <a href="{url}">{url}</a></small><br>'
                                 f'{self.inline(opener_p.text)}</p><p><a href="{url}">Continue reading on '
                                 f"{SITE}</a></p>")
            self.companion[entry.story.key] = t
        # members point each other at posts in other topics (permalinks)
        for t in self.topics:
            if t.category[1] in ("living-with-it", "treatments") and len(t.posts) > 6:
                other = rng.choice([o for o in self.topics if o is not t and len(o.posts) > 4 and not o.pinned])
                n = rng.randint(2, len(other.posts))
                link = self.url(f"{other.path}/{n}")
                post = t.posts[rng.randint(3, len(t.posts) - 1)]
                post.cooked += (f'<p>There was a good answer about this in another thread: '
                                f'<a href="{link}">{link}</a></p>')

    def avatar(self, username: str, size: int) -> str:
        return f"{FORUM}/user_avatar/community/{username}/{size}/{int(_hex(username)[:4], 16) % 900 + 10}_2.png"

    def latest(self) -> list[Topic]:
        pinned = [t for t in self.topics if t.pinned and t.category[1] == "announcements"]
        rest = sorted((t for t in self.topics if t not in pinned), key=lambda t: t.bumped, reverse=True)
        return pinned + rest

    def tags(self) -> dict[str, list[Topic]]:
        out: dict[str, list[Topic]] = {}
        for t in self.latest():
            for tag in t.tags:
                out.setdefault(tag, []).append(t)
        return dict(sorted(out.items()))

    # -- routes ---------------------------------------------------------------------------------------

    def extra_routes(self) -> None:
        self.add("/", "page", self.front_page)
        self.add("/feed/", "other", lambda: self.rss(SITE, "/news/", self.newest), RSS)
        self.add_yoast_sitemaps(lambda: ["/", *[self.page_path(s) for s in texts.EVERGREEN]])
        self.add("/wp-login.php", "other", self.wp_login)
        self.build_forum()
        for t in self.topics:
            for n in range(1, t.pages + 1):
                self.add(t.page_path(n), "other", partial(self.topic_page, t, n))
            for post in t.posts:
                page = (post.number - 1) // POSTS_PER_PAGE + 1
                self.add(f"{t.path}/{post.number}", "other", partial(self.topic_page, t, page))
            self.add(f"{t.path}.rss", "other", partial(self.topic_rss, t), RSS)
            self.add(f"{t.path}.json", "other", partial(self.topic_json, t), JSON)
        latest = self.latest()
        for base in (FORUM + "/", FORUM + "/latest"):
            self.add_list(base, "Latest topics", latest)
        self.add_list(FORUM + "/top", "Top topics this year", sorted(self.topics, key=lambda t: -t.views))
        self.add(FORUM + "/categories", "listing", self.categories_page)
        self.add(FORUM + "/categories.json", "other", self.categories_json, JSON)
        for cat in CATEGORIES:
            items = [t for t in latest if t.category is cat]
            self.add_list(category_path(cat), cat[2], items, cat)
        for tag, items in self.tags().items():
            self.add_list(f"{FORUM}/tag/{tag}", tag, items)
        self.add(FORUM + "/tags", "listing", self.tags_page)
        self.add(FORUM + "/posts.rss", "other", self.posts_rss, RSS)
        for username in MEMBERS:
            self.add(f"{FORUM}/u/{username}", "other", partial(self.user_page, username))
        for slug, title in (("about", f"About {FORUM_NAME}"), ("guidelines", "FAQ/Guidelines"),
                            ("tos", "Terms of Service"), ("privacy", "Privacy Policy")):
            self.add(f"{FORUM}/{slug}", "other", partial(self.forum_static, slug, title))
        self.routes[FORUM + "/login"] = ("other", lambda: Response(
            302, "text/html; charset=utf-8", b"", location=self.url(FORUM + "/session/sso?return_path=%2Fcommunity%2F")))
        self.routes[FORUM + "/session/sso"] = ("other", lambda: Response(
            302, "text/html; charset=utf-8", b"",
            location=self.url("/wp-login.php?redirect_to=" + quote(self.url(FORUM + "/"), safe=""))))
        self.add(FORUM + "/sitemap.xml", "other", lambda: self.sitemap_index(
            [FORUM + "/sitemap_1.xml", FORUM + "/sitemap_recent.xml"]), XML)
        self.add(FORUM + "/sitemap_1.xml", "other", lambda: self.sitemap(
            [t.page_path(n) for t in self.topics for n in range(1, t.pages + 1)]), XML)
        self.add(FORUM + "/sitemap_recent.xml", "other", lambda: self.sitemap(
            [t.path for t in latest[:10]]), XML)

    def add_list(self, base: str, title: str, items: list[Topic], cat: tuple | None = None) -> None:
        pages = max(1, -(-len(items) // TOPICS_PER_PAGE))
        base_path = base.rstrip("/") if base != FORUM + "/" else FORUM + "/latest"
        for n in range(pages):
            chunk = items[n * TOPICS_PER_PAGE:(n + 1) * TOPICS_PER_PAGE]
            path = base if n == 0 else f"{base_path}?page={n}"
            self.add(path, "listing", partial(self.topic_list, title, chunk, n, pages, base_path, cat))
        if base != FORUM + "/":
            self.add(f"{base_path}.rss", "other", partial(self.list_rss, title, items, base_path), RSS)
            self.add(f"{base_path}.json", "other", partial(self.list_json, items, base_path), JSON)

    # -- the forum's pages ------------------------------------------------------------------------------

    def forum_document(self, title: str, head: str, main: str, canonical: str, description: str = "") -> str:
        description = description or ("A friendly place for people living with long-term conditions, and the "
                                      "people who care for them, to share experiences and support each other.")
        nav = "".join(f"<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>"
                      f"<a href='{FORUM}{p}' itemprop=\"url\">{t} </a></span></li>"
                      for p, t in (("/", "Home"), ("/categories", "Categories"), ("/guidelines", "FAQ/Guidelines"),
                                   ("/tos", "Terms of Service"), ("/privacy", "Privacy Policy")))
        return f"""<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>{self.e(title)}</title>
    <meta name="description" content="{self.e(description)}">
    <meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 9a0e2ad2f5b94dbbf0fb6a3a9e4bd0dd8ba4cf01">
<link rel="icon" type="image/png" href="{CDN}/uploads/patientstogether/optimized/1X/{_hex('fav')[:40]}_2_32x32.png">
<link rel="apple-touch-icon" type="image/png" href="{CDN}/uploads/patientstogether/optimized/1X/{_hex('touch')[:40]}_2_180x180.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="color-scheme" content="light">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{self.url(canonical)}" />
<link rel="search" type="application/opensearchdescription+xml" href="{self.url(FORUM + '/opensearch.xml')}" title="{FORUM_NAME} Search">
<link href="{FORUM}/stylesheets/color_definitions_base__3_{_hex('css')[:40]}.css?__ws=community" media="all" rel="stylesheet" class="light-scheme"/>
<link href="{FORUM}/stylesheets/desktop_{_hex('desk')[:40]}.css?__ws=community" media="all" rel="stylesheet" data-target="desktop"/>
{head}
  </head>
  <body class="crawler ">
    <header>
  <a href="{FORUM}/">
    <img src="{CDN}/uploads/patientstogether/original/1X/{_hex('logo')[:40]}.png" alt="{FORUM_NAME}" id="site-logo" style="max-width: 150px;">
  </a>
  <a href="/" class="custom-header-link">Back to {SITE}</a>
  <a href="{FORUM}/login" class="login-button">Log In</a>
</header>

    <div id="main-outlet" class="wrap" role="main">
{main}
    </div>
    <footer class="container wrap">
  <nav class='crawler-nav'>
    <ul>
{nav}
    </ul>
  </nav>
  <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</footer>
  </body>
</html>"""

    def badge(self, cat: tuple, item: bool = False) -> str:
        prop = ' itemprop="item"' if item else ""
        name_prop = " itemprop='name'" if item else ""
        return (f"<a href='{category_path(cat)}' class='badge-wrapper bullet'{prop}><span class='badge-category-bg' "
                f"style='background-color: #{cat[3]}'></span><span class='badge-category clear-badge'>"
                f"<span class='category-name'{name_prop}>{self.e(cat[2])}</span></span></a>")

    def tag_links(self, tags: tuple, cls: str = "discourse-tags list-tags") -> str:
        if not tags:
            return ""
        links = ", ".join(f"<a href='{self.url(FORUM + '/tag/' + t)}' class='discourse-tag' rel=\"tag\">{t}</a>"
                          for t in tags)
        return f"<div class='{cls}'>{links}</div>"

    def post_html(self, t: Topic, post: Post) -> str:
        name, title, _ = MEMBERS[post.username]
        wrapper = ("" if post.number == 1 else
                   " itemprop='comment' itemscope itemtype='http://schema.org/Comment'")
        shown = f" ({self.e(name)})" if name else ""
        flair = f"<span class='user-title'>{self.e(title)}</span>" if title else ""
        likes = f"{post.likes} Like{'s' if post.likes != 1 else ''}" if post.likes else ""
        stamp = f"{post.when:%B} {post.when.day}, {post.when.year}, {post.when.strftime('%I:%M%p').lstrip('0').lower()}"
        return f"""      <div id='post_{post.number}'{wrapper} class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" rel='nofollow' href='{self.url(FORUM + '/u/' + post.username)}'><span itemprop='name'>{post.username}</span></a>
            {shown}{flair}
          </span>

            <link itemprop="mainEntityOfPage" href="{self.url(t.path)}">

          <span class="crawler-post-infos">
              <time itemprop='datePublished' datetime='{post.when:%Y-%m-%dT%H:%M:%SZ}' class='post-time'>
                {stamp}
              </time>
              <meta itemprop='dateModified' content='{post.when:%Y-%m-%dT%H:%M:%SZ}'>
          <span itemprop='position'>{post.number}</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
          {post.cooked}
        </div>

        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
           <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
           <meta itemprop="userInteractionCount" content="{post.likes}" />
           <span class='post-likes'>{likes}</span>
        </div>
      </div>"""

    def topic_row(self, t: Topic, position: int, excerpt: bool = False) -> str:
        page_links = ("<span class='page-links'>" + " ".join(
            f"<a href='{t.page_path(n)}'>{n}</a>" for n in range(2, t.pages + 1)) + "</span>") if t.pages > 1 else ""
        ex = ""
        if excerpt and t.pinned:
            text = " ".join(html.unescape(t.posts[0].cooked.replace("<p>", " ").replace("</p>", " ")).split())[:200]
            ex = f"<p class='excerpt'>{self.e(text)}</p>"
        return f"""          <tr class="topic-list-item">
            <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
              <meta itemprop='position' content='{position}'>
              <span class="link-top-line">
                <a itemprop='url' href='{self.url(t.path)}' class='title raw-link raw-topic-link'>{self.e(t.title)}</a>
              </span>
              {page_links}
              <div class="link-bottom-line">
                  {self.badge(t.category)}
                  {self.tag_links(t.tags, "discourse-tags")}
              </div>
              {ex}
            </td>
            <td class="replies">
              <span class='posts' title='posts'>{len(t.posts) - 1}</span>
            </td>
            <td class="views">
              <span class='views' title='views'>{t.views}</span>
            </td>
            <td>{long_date(t.bumped)}</td>
          </tr>"""

    def topic_table(self, topics: list[Topic], excerpt: bool = False) -> str:
        rows = "\n".join(self.topic_row(t, i + 1, excerpt) for i, t in enumerate(topics))
        return f"""<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
      <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
      <table class='topic-list'>
        <thead>
          <tr>
            <th>Topic</th>
            <th></th>
            <th class="replies">Replies</th>
            <th class="views">Views</th>
            <th>Activity</th>
          </tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
    </div>"""

    def related_topics(self, t: Topic) -> list[Topic]:
        same = [o for o in self.latest() if o is not t and o.category is t.category and not o.pinned]
        return (same + [o for o in self.latest() if o is not t and o not in same and not o.pinned])[:5]

    def topic_page(self, t: Topic, n: int) -> str:
        posts = t.posts[(n - 1) * POSTS_PER_PAGE:n * POSTS_PER_PAGE]
        first = t.posts[0]
        excerpt = " ".join(html.unescape(first.cooked.replace("<p>", " ").replace("</p>", " ")
                                         .replace("<br>", " ")).split())
        excerpt = " ".join(re.sub(r"<[^>]+>", "", excerpt).split())[:180]
        minutes = max(1, sum(len(p.cooked.split()) for p in t.posts) // 200)
        likes = sum(p.likes for p in t.posts)
        tags = "".join(f'<meta property="og:article:tag" content="{tag}" />\n' for tag in t.tags)
        prev_next = ""
        if n > 1:
            prev_next += f'<link rel="prev" href="{t.page_path(n - 1)}">\n'
        if n < t.pages:
            prev_next += f'<link rel="next" href="{t.page_path(n + 1)}">\n'
        head = f"""<meta property="og:site_name" content="{FORUM_NAME}" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:image" content="{CDN}/uploads/patientstogether/original/1X/{_hex('logo')[:40]}.png" />
<meta property="og:image" content="{CDN}/uploads/patientstogether/original/1X/{_hex('logo')[:40]}.png" />
<meta property="og:url" content="{self.url(t.path)}" />
<meta name="twitter:url" content="{self.url(t.path)}" />
<meta property="og:title" content="{self.e(t.title)}" />
<meta name="twitter:title" content="{self.e(t.title)}" />
<meta property="og:description" content="{self.e(excerpt)}" />
<meta name="twitter:description" content="{self.e(excerpt)}" />
<meta property="og:article:section" content="{self.e(t.category[2])}" />
<meta property="og:article:section:color" content="{t.category[3]}" />
{tags}<meta name="twitter:label1" value="Reading time" />
<meta name="twitter:data1" value="{minutes} mins 🕑" />
<meta name="twitter:label2" value="Likes" />
<meta name="twitter:data2" value="{likes} ❤" />
<meta property="article:published_time" content="{first.when:%Y-%m-%dT%H:%M:%S+00:00}" />
<meta property="og:ignore_canonical" content="true" />
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;{self.e(t.title)}&#39;" href="{self.url(t.path)}.rss" />
{prev_next}"""
        keywords = f"\n        <meta itemprop='keywords' content='{', '.join(t.tags)}'>" if t.tags else ""
        nav = ""
        if t.pages > 1:
            links = []
            if n > 1:
                links.append(f"<span itemprop='name'><a rel=\"prev\" itemprop=\"url\" href=\"{t.page_path(n - 1)}\">"
                             "← previous page</a></span>")
            if n < t.pages:
                links.append(f"<span itemprop='name'><b><a rel=\"next\" itemprop=\"url\" href=\"{t.page_path(n + 1)}\">"
                             "next page →</a></b></span>")
            nav = ("<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' "
                   "class=\"topic-body crawler-post\">" + "".join(links) + "</div>")
        posts_html = "\n".join(self.post_html(t, p) for p in posts)
        main = f"""  <div id="topic-title">
    <h1>
      <a href="{t.path}">{self.e(t.title)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            {self.badge(t.category, item=True)}
            <meta itemprop="position" content="1" />
          </span>
      </div>

      <div class="topic-category">
        {self.tag_links(t.tags)}
      </div>
  </div>

    <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
      <meta itemprop='headline' content='{self.e(t.title)}'>
      <link itemprop='url' href='{self.url(t.path)}'>
      <meta itemprop='articleSection' content='{self.e(t.category[2])}'>{keywords}
      <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
        <meta itemprop='name' content='{SITE}'>
      </div>
{posts_html}
    </div>

    {nav}

    <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
      {self.topic_table(self.related_topics(t))}
    </div>"""
        title = f"{t.title} - {t.category[2]} - {FORUM_NAME}"
        if n > 1:
            title = f"{t.title} - Page {n} - {t.category[2]} - {FORUM_NAME}"
        return self.forum_document(title, head, main, t.page_path(n), excerpt)

    def topic_list(self, title: str, topics: list[Topic], n: int, pages: int, base: str, cat: tuple | None) -> str:
        header = ""
        if cat:
            header = (f'<div class="category-title-link"><h1>{self.badge(cat, item=True)}</h1></div>'
                      f'<div class="category-title-description"><div class="cooked"><p>{self.e(cat[4])}</p></div></div>')
        elif base.startswith(FORUM + "/tag/"):
            header = f"<h1><a href='{self.url(base)}' itemprop='item'><span itemprop='name'>{self.e(title)}</span></a></h1>"
        nav = ""
        if n + 1 < pages or n > 0:
            links = []
            if n > 0:
                prev = base if n == 1 else f"{base}?page={n - 1}"
                links.append(f"<span itemprop='name'><a rel=\"prev\" itemprop=\"url\" href=\"{prev}\">← previous page</a></span>")
            if n + 1 < pages:
                links.append(f"<span itemprop='name'><b><a rel=\"next\" itemprop=\"url\" href=\"{base}?page={n + 1}\">"
                             "next page →</a></b></span>")
            nav = ("<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' "
                   "class=\"topic-list-bottom\">" + "".join(links) + "</div>")
        main = f"""{header}
  {self.topic_table(topics, excerpt=True)}
  {nav}"""
        head = (f'<meta property="og:site_name" content="{FORUM_NAME}" />\n<meta property="og:type" content="website" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n'
                f'<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of {self.e(title)}" '
                f'href="{self.url(base)}.rss" />')
        page_title = f"{title} - {FORUM_NAME}" if n == 0 else f"{title} - Page {n + 1} - {FORUM_NAME}"
        return self.forum_document(page_title, head, main, base if n == 0 else f"{base}?page={n}",
                                   cat[4] if cat else "")

    def categories_page(self) -> str:
        rows = "".join(
            f"<div class='category'><h2>{self.badge(c)}</h2><span class='topic-count'>"
            f"{len([t for t in self.topics if t.category is c])} topics</span><div class='category-description'>"
            f"<p>{self.e(c[4])}</p></div></div>" for c in CATEGORIES)
        main = f"<div class='category-list'>{rows}</div>"
        return self.forum_document(f"Categories - {FORUM_NAME}", f'<meta property="og:type" content="website" />',
                                   main, FORUM + "/categories")

    def tags_page(self) -> str:
        links = "".join(f"<div class='tag-box'><a href='{self.url(FORUM + '/tag/' + tag)}' class='discourse-tag'>{tag}</a> "
                        f"<span class='tag-count'>x {len(items)}</span></div>" for tag, items in self.tags().items())
        return self.forum_document(f"Tags - {FORUM_NAME}", "", f"<h2>Tags</h2><div class='tags-list'>{links}</div>",
                                   FORUM + "/tags")

    def user_page(self, username: str) -> str:
        name, title, _ = MEMBERS[username]
        posts = [p for t in self.topics for p in t.posts if p.username == username]
        last = max((p.when for p in posts), default=datetime(2025, 1, 1, tzinfo=timezone.utc))
        bio = f"<p>{self.e(BIOS[username])}</p>" if username in BIOS else ""
        main = (f"<div class='user-crawler'><img src='{self.avatar(username, 45)}' class='avatar' alt='{username}' "
                f"title='{username}' width='45' height='45'><h2 class='username'>{username}</h2></div>"
                + (f"<p class='full-name'>{self.e(name)}</p>" if name else "")
                + (f"<p class='user-title'>{self.e(title)}</p>" if title else "") + bio
                + f"<p><span>Last seen:</span> {long_date(last)}, <span>Post count:</span> {len(posts)}</p>")
        head = f'<meta property="og:type" content="website" />\n<meta property="og:title" content="{username}" />'
        return self.forum_document(f"Profile - {username} - {FORUM_NAME}", head, main, f"{FORUM}/u/{username}")

    def forum_static(self, slug: str, title: str) -> str:
        paragraphs = {
            "about": [f"{FORUM_NAME} is run by {SITE}, a registered charity. The forum is moderated by our staff "
                      "and volunteers.", "Our staff: sarah.whitfield (Community Manager) and helen_nurse "
                      "(Specialist Nurse)."],
            "guidelines": ["This is a civilised place for public discussion. Please treat it with the same respect "
                           "you would a public park.", "Nothing posted here is medical advice."],
            "tos": [f"These terms govern use of the {FORUM_NAME} forum at {self.url(FORUM + '/')}."],
            "privacy": ["We collect the information you give us when you register and post. We do not sell it."],
        }[slug]
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        return self.forum_document(f"{title} - {FORUM_NAME}", "", f"<h1>{self.e(title)}</h1>{body}", f"{FORUM}/{slug}")

    # -- twins ------------------------------------------------------------------------------------------

    def rss_items(self, rows) -> str:
        return "".join(
            f"<item><title>{self.e(t.title)}</title><dc:creator><![CDATA[{p.username}]]></dc:creator>"
            f"<description><![CDATA[{p.cooked}]]></description><link>{self.url(f'{t.path}/{p.number}')}</link>"
            f"<pubDate>{p.when:%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
            f'<guid isPermaLink="false">community-post-{t.id}-{p.number}</guid></item>' for t, p in rows)

    def feed(self, title: str, link: str, items: str) -> str:
        return ('<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{self.e(title)}</title>'
                f"<link>{self.url(link)}</link><description>{self.e(title)}</description>{items}</channel></rss>")

    def topic_rss(self, t: Topic) -> str:
        return self.feed(t.title, t.path, self.rss_items((t, p) for p in t.posts))

    def list_rss(self, title: str, topics: list[Topic], base: str) -> str:
        items = "".join(
            f"<item><title>{self.e(t.title)}</title><dc:creator><![CDATA[{t.posts[0].username}]]></dc:creator>"
            f"<link>{self.url(t.path)}</link><pubDate>{t.created:%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
            f'<guid isPermaLink="false">community-topic-{t.id}</guid></item>' for t in topics[:25])
        return self.feed(f"{FORUM_NAME} - {title}", base, items)

    def posts_rss(self) -> str:
        rows = sorted(((t, p) for t in self.topics for p in t.posts), key=lambda r: r[1].when, reverse=True)[:50]
        return self.feed(f"{FORUM_NAME} - Latest posts", FORUM + "/", self.rss_items(rows))

    def topic_summary(self, t: Topic) -> dict:
        return {"id": t.id, "title": t.title, "fancy_title": self.e(t.title), "slug": t.slug,
                "posts_count": len(t.posts), "reply_count": len(t.posts) - 1, "created_at": t.created.isoformat(),
                "bumped_at": t.bumped.isoformat(), "pinned": t.pinned, "views": t.views, "category_id": t.category[0],
                "tags": list(t.tags)}

    def topic_json(self, t: Topic) -> str:
        posts = [{"id": t.id * 100 + p.number, "username": p.username, "name": MEMBERS[p.username][0],
                  "created_at": p.when.isoformat(), "cooked": p.cooked, "post_number": p.number,
                  "topic_id": t.id, "topic_slug": t.slug} for p in t.posts]
        return json.dumps({"post_stream": {"posts": posts[:POSTS_PER_PAGE], "stream": [p["id"] for p in posts]},
                           **self.topic_summary(t)})

    def list_json(self, topics: list[Topic], base: str) -> str:
        more = f"{base}?page=1" if len(topics) > TOPICS_PER_PAGE else None
        return json.dumps({"users": [{"username": u, "name": n} for u, (n, _, _) in MEMBERS.items()],
                           "topic_list": {"per_page": TOPICS_PER_PAGE, "more_topics_url": more,
                                          "topics": [self.topic_summary(t) for t in topics[:TOPICS_PER_PAGE]]}})

    def categories_json(self) -> str:
        return json.dumps({"category_list": {"categories": [
            {"id": c[0], "slug": c[1], "name": c[2], "color": c[3], "description": c[4],
             "topic_count": len([t for t in self.topics if t.category is c])} for c in CATEGORIES]}})

    # -- WordPress ----------------------------------------------------------------------------------------

    def wp_document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        menu = "".join(f'<li class="menu-item menu-item-type-custom"><a href="{p}">{t}</a></li>' for p, t in
                       (("/", "Home"), ("/news/", "News"), (FORUM + "/", "Community forum"), ("/start-here/", "Get support"),
                        ("/about/", "About us"), ("/contact/", "Contact")))
        return f"""<!doctype html>
<html lang="en-GB" class="no-js">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{self.e(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.10' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel="https://api.w.org/" href="{self.url('/wp-json/')}" />
<meta name="generator" content="WordPress 6.4.2" />
</head>

<body class="{body_class} wp-embed-responsive is-light-theme no-js has-main-navigation">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding">
	<p class="site-title"><a href="/">{SITE}</a></p>
	<p class="site-description">{TAGLINE}</p>
</div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
	<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span><span class="dropdown-icon close">Close</span></button></div>
	<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">{menu}</ul></div>
</nav>
</header>
	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
{main}
			</main>
		</div>
	</div>
<aside class="widget-area">
<section id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Get our news by email</h2><script>(function() {{ window.mc4wp = window.mc4wp || {{ listeners: [], forms: {{ on: function(evt, cb) {{ window.mc4wp.listeners.push({{ event: evt, callback: cb }}); }} }} }} }})();</script><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-4127" method="post" data-id="4127" data-name="Newsletter"><div class="mc4wp-form-fields"><p>Monthly news from {SITE}: research, events and ways to get involved.</p>
<p><label>Email address: <input type="email" name="EMAIL" placeholder="Your email address" required /></label></p>
<p><input type="submit" value="Sign up" /></p></div><label style="display: none !important;">Leave this field empty if you're human: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label><input type="hidden" name="_mc4wp_timestamp" value="1704790800" /><input type="hidden" name="_mc4wp_form_id" value="4127" /><input type="hidden" name="_mc4wp_form_element_id" value="mc4wp-form-1" /><div class="mc4wp-response"></div></form></section>
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Talk to people who understand</h2><p>Join thousands of members on our <a href="{FORUM}/">community forum</a>, or call our helpline on 0300 123 4567 (weekdays 9am to 1pm).</p></section>
</aside>
<footer id="colophon" class="site-footer">
	<div class="site-info">
		<div class="site-name"><a href="/">{SITE}</a></div>
		<div class="privacy-policy"><a class="privacy-policy-link" href="/privacy-policy/" rel="privacy-policy">Privacy Policy</a></div>
		<div class="powered-by">{SITE} is a registered charity in England and Wales (1187654).</div>
	</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>
</body>
</html>"""

    def yoast(self, entry: Entry, title: str, description: str) -> str:
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        person_id = f"{self.url('/')}#/schema/person/{_hex(author.name)[:32]}"
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": author.name, "@id": person_id}, "headline": entry.title,
             "datePublished": entry.published.isoformat(), "dateModified": entry.published.isoformat(),
             "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(b.text.split()) for b in entry.story.blocks),
             "publisher": {"@id": f"{self.url('/')}#organization"}, "keywords": list(entry.tags),
             "articleSection": list(entry.categories), "inLanguage": "en-GB"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": f"{self.url('/')}#website"},
             "datePublished": entry.published.isoformat(), "breadcrumb": {"@id": f"{url}#breadcrumb"},
             "inLanguage": "en-GB"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": "News", "item": self.url("/news/")},
                {"@type": "ListItem", "position": 3, "name": entry.title}]},
            {"@type": "WebSite", "@id": f"{self.url('/')}#website", "url": self.url("/"), "name": SITE,
             "description": TAGLINE, "publisher": {"@id": f"{self.url('/')}#organization"}, "inLanguage": "en-GB"},
            {"@type": ["Organization", "NGO"], "@id": f"{self.url('/')}#organization", "name": SITE, "url": self.url("/")},
            {"@type": "Person", "@id": person_id, "name": author.name,
             "url": self.url(self.author_path(author))},
        ]
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}" />' for t in entry.tags)
        return f"""<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{self.e(description)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_GB" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{self.e(title)}" />
	<meta property="og:description" content="{self.e(description)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/patientstogether" />
	<meta property="article:published_time" content="{entry.published.isoformat()}" />{tags}
	<meta name="author" content="{self.e(author.name)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="{self.e(author.name)}" />
	<meta name="twitter:label2" content="Est. reading time" />
	<meta name="twitter:data2" content="{self.minutes(entry)} minutes" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>
	<!-- / Yoast SEO plugin. -->"""

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "vimeo" if "vimeo" in src else "youtube"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                f'<iframe title="{self.e(entry.title)}" width="620" height="349" src="{self.e(src)}?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" allowfullscreen></iframe></div></figure>')

    def yarpp(self, entry: Entry) -> str:
        related = self.related(entry)
        if not related:
            return ("<div class='yarpp yarpp-related yarpp-related-website yarpp-related-none yarpp-template-list'>\n"
                    "<p>No related posts.</p>\n</div>")
        items = "".join(f'<li><a href="{self.url(self.post_path(o))}" rel="bookmark" title="{self.e(o.title)}">'
                        f"{self.e(o.title)}</a></li>" for o in related)
        return (f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
                f"<!-- YARPP List -->\n<h3>Related posts:</h3><ol>{items}</ol>\n</div>")

    def wpdc_comments(self, entry: Entry) -> str:
        t = self.companion.get(entry.story.key)
        if not t:
            return ""
        replies = t.posts[1:4]
        items = "".join(
            f'<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="{self.url(self.avatar(p.username, 64))}" '
            f'class="avatar avatar-64 photo avatar-default" height="64" width="64"><b class="fn">'
            f'<a href="{self.url(FORUM + "/u/" + p.username)}" rel="external" class="url">{p.username}</a></b> '
            f'<span class="says">says:</span></div><div class="comment-metadata"><time datetime="{p.when.isoformat()}">'
            f"{long_date(p.when)}</time></div></footer><div class=\"comment-content\">{p.cooked}</div></article></li>"
            for p in replies)
        people = "".join(f'<img alt="" src="{self.url(self.avatar(p.username, 64))}" class="avatar avatar-64 photo" '
                         'height="64" width="64">' for p in t.posts[1:])
        more = len(t.posts) - 1 - len(replies)
        more_html = f'<p class="more-replies">{more} more replies</p>' if more > 0 else ""
        return f"""<div id="comments" class="comments-area discourse-comments-area">
	<div class="comments-title-wrap"><h2 class="comments-title discourse-comments-title">Notable Replies</h2></div>
	<ol class="comment-list">{items}</ol>
	<div class="respond comment-respond">
		<h3 id="reply-title" class="comment-reply-title"><a href="{self.url(t.path)}">Continue the discussion</a> at {self.url(FORUM).split('//', 1)[1]}</h3>
		{more_html}
		<div class="comment-reply-title"><h4 class="discourse-participants">Participants</h4><p>{people}</p></div>
	</div>
</div>"""

    def render_article(self, entry: Entry) -> str:
        author = entry.authors[0]
        title = f"{entry.title} - {SITE}"
        description = self.teaser(entry, 25)
        cats = ", ".join(f'<a href="{self.category_path(c)}" rel="category tag">{self.e(c)}</a>' for c in entry.categories)
        tags = ", ".join(f'<a href="{self.tag_path(t)}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        tag_span = f'<span class="tags-links">Tagged {tags}</span>' if tags else ""
        classes = " ".join([f"post-{entry.post_id}", "post", "type-post", "status-publish", "format-standard", "hentry",
                            *[f"category-{slugify(c)}" for c in entry.categories],
                            *[f"tag-{slugify(t)}" for t in entry.tags], "entry"])
        older, newer = self.neighbours(entry)
        nav = ""
        if older:
            nav += (f'<div class="nav-previous"><a href="{self.url(self.post_path(older))}" rel="prev"><p class="meta-nav">'
                    f'Previous post</p><p class="post-title">{self.e(older.title)}</p></a></div>')
        if newer:
            nav += (f'<div class="nav-next"><a href="{self.url(self.post_path(newer))}" rel="next"><p class="meta-nav">'
                    f'Next post</p><p class="post-title">{self.e(newer.title)}</p></a></div>')
        main = f"""
<article id="post-{entry.post_id}" class="{classes}">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{self.e(entry.title)}</h1>
	</header>

	<div class="entry-content">
		{self.body_html(entry)}
{self.yarpp(entry)}
	</div>

	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="{entry.published.isoformat()}">{long_date(entry.published)}</time></span><span class="byline">By <a href="{self.url(self.author_path(author))}" rel="author">{self.e(author.name)}</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as {cats} </span>{tag_span}</div>
	</footer>

	<div class="author-bio show-avatars">
		<img alt='' src='https://secure.gravatar.com/avatar/{_hex(author.name)}?s=85&#038;d=mm&#038;r=g' class='avatar avatar-85 photo' height='85' width='85' loading='lazy'/>
		<div class="author-bio-content">
			<h2 class="author-title">By {self.e(author.name)}</h2>
			<p class="author-description">{self.e(author.name)} writes for the {SITE} news pages and works with our members to share what living with a long-term condition is really like.</p>
			<a class="author-link" href="{self.url(self.author_path(author))}" rel="author">View all of {self.e(author.name)}&#039;s posts.</a>
		</div>
	</div>
</article>
{self.wpdc_comments(entry)}
	<nav class="navigation post-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Post navigation</h2>
		<div class="nav-links">{nav}</div>
	</nav>"""
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-"
                      f"{'video' if entry.story.kind == 'video' else 'standard'} singular")
        return self.wp_document(title, body_class, main, self.yoast(entry, title, description))

    def excerpt_article(self, e: Entry) -> str:
        return (f'<article id="post-{e.post_id}" class="post-{e.post_id} post type-post status-publish format-standard '
                f'hentry entry"><header class="entry-header"><h2 class="entry-title default-max-width">'
                f'<a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2></header>'
                f'<div class="entry-content"><p>{self.e(self.teaser(e, 30))} <a class="more-link" '
                f'href="{self.url(self.post_path(e))}">Continue reading<span class="screen-reader-text">{self.e(e.title)}'
                f'</span></a></p></div><footer class="entry-footer default-max-width"><span class="posted-on">Published '
                f'<time class="entry-date published updated" datetime="{e.published.isoformat()}">{long_date(e.published)}'
                "</time></span></footer></article>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first == "/news/":
            header, body_class = '<header class="page-header alignwide"><h1 class="page-title">News</h1></header>', "blog"
        else:
            kind = "Category" if "/category/" in first else "Tag" if "/tag/" in first else "Author"
            header = (f'<header class="page-header alignwide"><h1 class="page-title">{kind}: <span class="page-description">'
                      f"{self.e(title)}</span></h1></header>")
            body_class = f"archive {kind.lower()}"
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{path_of(n - 1)}">Newer posts</a>')
        for k in range(1, pages + 1):
            links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                         f'<a class="page-numbers" href="{path_of(k)}">{k}</a>')
        if n < pages:
            links.append(f'<a class="next page-numbers" href="{path_of(n + 1)}">Older posts</a>')
        pagination = ('<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts '
                      f'navigation</h2><div class="nav-links">{"".join(links)}</div></nav>') if pages > 1 else ""
        main = header + "".join(self.excerpt_article(e) for e in items) + pagination
        head = (f'<meta name="robots" content="index, follow" /><link rel="canonical" href="{self.url(path_of(n))}" />'
                f'<meta property="og:type" content="website" />')
        suffix = f" - Page {n} of {pages}" if n > 1 else ""
        return self.wp_document(f"{title}{suffix} - {SITE}", body_class, main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article id="post-{len(slug) + 40}" class="post-{len(slug) + 40} page type-page status-publish hentry entry">'
                f'<header class="entry-header alignwide"><h1 class="entry-title">{self.e(title)}</h1></header>'
                f'<div class="entry-content">{body}</div></article>')
        head = f'<link rel="canonical" href="{self.url(self.page_path(slug))}" /><meta property="og:type" content="article" />'
        return self.wp_document(f"{title} - {SITE}", f"page-template-default page", main, head)

    def front_page(self) -> str:
        news = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a> '
                       f"<time>{long_date(e.published)}</time></li>" for e in self.newest[:3])
        forum = "".join(f'<li><a href="{self.url(t.path)}">{self.e(t.title)}</a></li>'
                        for t in [t for t in self.latest() if not t.pinned][:4])
        main = f"""<article class="page type-page status-publish hentry entry">
<div class="entry-content">
<div class="wp-block-cover alignfull"><div class="wp-block-cover__inner-container"><h1 class="has-text-align-center">You are not on your own</h1>
<p class="has-text-align-center">{SITE} supports people living with long-term conditions, and the people who care for them, through information, a helpline and an online community.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="{FORUM}/">Join the community</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="/start-here/">Get support</a></div></div></div></div>
<h2>Latest news</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{news}</ul>
<p><a href="/news/">All news</a></p>
<h2>From the community</h2><ul class="wpdc-latest-topics">{forum}</ul>
</div></article>"""
        head = f'<link rel="canonical" href="{self.url("/")}" /><meta property="og:type" content="website" />'
        return self.wp_document(f"{SITE} - {TAGLINE}", "home page-template-default page", main, head)

    def wp_login(self) -> str:
        return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Log In &lsaquo; {SITE} &#8212; '
                'WordPress</title><meta name="robots" content="noindex, nofollow"></head><body class="login no-js '
                f'login-action-login wp-core-ui"><div id="login"><h1><a href="/">{SITE}</a></h1>'
                '<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">'
                'Username or Email Address</label><input type="text" name="log" id="user_login" class="input" value="" '
                'size="20"></p><p><label for="user_pass">Password</label><input type="password" name="pwd" id="user_pass" '
                'class="input" value="" size="20"></p><p class="submit"><input type="submit" name="wp-submit" '
                'id="wp-submit" class="button button-primary button-large" value="Log In"></p></form>'
                '<p id="nav"><a href="/wp-login.php?action=lostpassword">Lost your password?</a></p>'
                '<p id="backtoblog"><a href="/">&larr; Go to Patients Together</a></p></div></body></html>')
