"""cocoon (held out): a Japanese health and beauty blog on WordPress with the free theme Cocoon (by
yhira, now maintained by Xserver), the most common free theme of Japanese blogs, with Yoast SEO.

Modelled on the theme's own templates (xserver-inc/cocoon): ``tmp/content.php`` (``article.article``
with the post classes and ``itemtype=BlogPosting``, ``header.article-header`` > ``h1.entry-title``, the
eye-catch, the top ``.sns-share`` bar, ``.date-tags``, ``.entry-content``, ``footer.article-footer``
with ``.entry-categories-tags``, the bottom share bar, ``tmp/footer-meta.php``'s ``.post-author`` and
the hidden ``.publisher`` block), ``lib/page-settings/seo-funcs.php``'s ``get_the_date_tags`` (the published date in a
``span.entry-date`` with ``<meta itemprop=datePublished>`` and the updated one in a
``<time class="entry-date date updated">``, both ``Y.m.d`` after ``fa-clock-o`` / ``fa-history`` icon
spans), ``tmp/categories-tags.php``, ``tmp/author-box.php``, ``tmp/breadcrumbs.php`` (microdata
``BreadcrumbList`` of ``.breadcrumb-home`` / ``.breadcrumb-item`` with Font Awesome icons),
``tmp/entry-card.php`` (listing cards ``a.entry-card-wrap`` > ``article.entry-card``),
``tmp/pagenation.php`` ("次のページ" and ``paginate_links``), ``tmp/json-ld.php`` (the theme's own
``Article`` JSON-LD, beside Yoast's ``@graph``); the ``related-entry-card-wrap`` markup of
``tmp/related-entry-card.php`` and a rendered Cocoon single page copied into a Laravel Blade view (the
``under-entry-content`` > ``aside#related-entries.related-entries`` "関連記事" cards and
``#pager-post-navi.pager-post-navi`` prev/next cards); the table of contents of Cocoon's ``lib/toc.php``
(``#toc.toc`` with a ``toc-checkbox`` and "目次", ``<span id="tocN">`` inside each heading); speech
balloons (``wp-block-cocoon-blocks-balloon-ex-box-1 speech-wrap sb-id-1 sbs-stn sbp-l sbis-cb cf``,
as ``lib/page-speech-balloon/speech-balloon-func.php``'s ``generate_speech_balloon_tag`` and posting scripts of Cocoon bloggers write them) and blank boxes.

Every post: breadcrumbs above the article, an ad slot ("スポンサーリンク") under the title and one
before the first heading, the table of contents on longer posts, speech balloons (body), a doctor's
supervision box "監修：医師 佐藤太郎" at the top of the body on reviewed posts (credit, not body),
an internal blog card ("あわせて読みたい") to one of its related posts on longer posts, category and
tag links (``.cat-link`` / ``.tag-link``), share buttons (X, Facebook, はてブ, Pocket, LINE, コピー),
the author's profile box, "関連記事" (the other posts of its category, up to six), the prev/next
cards, comments on some posts (dated "2024年3月15日 10:21 AM"), the sidebar with search, the
site-wide "人気記事" (ranking) and "新着記事" widgets and the category list, mobile footer buttons, a
cookie notice. Dates are the theme's default ``Y.m.d`` in JST; posts updated later show both dates.

Five English posts (category English) and two Chinese guides for visitors; the rest Japanese, with
no spaces between words. Listings: home (``/page/N/``), categories (ASCII slugs), tags (Japanese
slugs, percent-encoded in lower case as WordPress writes them), authors; posts at
``/archives/ID``. Yoast sitemaps, ``/feed/``, robots.txt. No trap.

The truth: titles without the site name, the author (one per post, a Japanese name written with a
space), the reviewer without "医師", the published date (not the updated one), the post's own
categories and tags, "関連記事" as Read Also, the body with balloons and without the supervision box,
the ads, the table of contents and the blog card.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from urllib.parse import quote, urlsplit

from .cocoon_data import CATEGORY_IDS, CATEGORY_SLUGS, COMMENTS, PAGES, REVIEWERS, STORIES, WRITERS
from .posts import Block, Entry, Person, Plan, Story, plain
from .site import ZooSite, later

SITE = "すこやか日和"
ENGLISH_KEPT = {"video": 1, "short": 2, "article": 2}
_ESCAPE = re.compile(r"%[0-9A-F]{2}")


def ymd(moment) -> str:
    return f"{moment:%Y.%m.%d}"


def kanji_date(moment) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日"


def wp_slug(name: str) -> str:
    """A term slug as WordPress makes one from a Japanese name: percent-encoded UTF-8, lower case."""
    return quote(name.lower().replace(" ", "-"), safe="-").lower()


class Cocoon(ZooSite):
    family = "cocoon"
    site_name = SITE
    declared_language = "ja"
    per_page = 12
    plan = Plan(seed="cocoon", count=30, languages=("en",), authors=4, reviewed=0.6, tz_hours=9)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._own = {kind: [s for s in STORIES if s[2] == kind] for kind in ("video", "short", "article")}
        self._english = dict(ENGLISH_KEPT)
        self.logins: dict[str, str] = {}
        self.profiles: dict[str, str] = {}
        self.reviewer_notes: dict[str, tuple[str, str]] = {}
        super().__init__(base_url)

    # -- entries ---------------------------------------------------------------------------------

    def writer(self, p: Person) -> Person:
        name, login, profile = WRITERS[p.name]
        self.logins[name], self.profiles[name] = login, profile
        return Person(name)

    def supervisor(self, p: Person) -> Person:
        name, title, note = REVIEWERS[p.name]
        self.reviewer_notes[name] = (title, note)
        return Person(name, "", (title,))

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        entry = replace(entry, authors=(self.writer(entry.authors[0]),),
                        reviewer=self.supervisor(entry.reviewer) if entry.reviewer else None)
        if self._english.get(story.kind):
            self._english[story.kind] -= 1
            return replace(entry, categories=("English",), reviewer=None)
        for kind in (story.kind, "article", "short", "video"):
            if self._own[kind]:
                key, slug, kind, category, tags, title, blocks = self._own[kind].pop(0)
                break
        else:
            raise RuntimeError("the cocoon family ran out of stories")
        language = key.split("-")[0]
        story = Story(key, title, language, kind, category, tags, blocks)
        reviewer = entry.reviewer if kind == "article" and language == "ja" else None
        return replace(entry, story=story, slug=slug, categories=(category,), tags=tags, reviewer=reviewer)

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Cocoon's 関連記事: other posts of the post's category, in a seeded random order, six at most."""
        cat = entry.categories[0]
        others = [e for e in self.newest if e is not entry and cat in e.categories]
        random.Random(f"cocoon:{entry.post_id}").shuffle(others)
        return others[:6]

    def updated(self, entry: Entry):
        """The date of the last edit, when the post was edited after publication (about half)."""
        return later(entry.published, f"cocoon:{entry.slug}", 20, 500) if entry.post_id % 2 == 0 else None

    def truth(self) -> dict:
        """Japanese posts print their source line as "出典：URL"."""
        out = super().truth()
        for article in out["articles"].values():
            if article["language"] == "ja":
                article["body"] = re.sub(r"^Source: ", "出典：", article["body"], flags=re.M)
        return out

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/archives/{entry.post_id}"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{CATEGORY_SLUGS[name]}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tag/{wp_slug(name)}/", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{self.logins[person.name]}/", n)

    def route_key(self, target: str) -> str | None:
        """WordPress answers a term slug whatever the case of its percent escapes."""
        parts = urlsplit(target)
        path = _ESCAPE.sub(lambda m: m.group().lower(), quote(parts.path or "/", safe="/%-._~"))
        return super().route_key(path + (f"?{parts.query}" if parts.query else ""))

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: [self.page_path(s) for s in PAGES])
        self.add("/feed/", "other", lambda: self.rss(SITE, "/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- pieces ---------------------------------------------------------------------------------------

    def thumb(self, entry: Entry, size: str = "320x180") -> str:
        return self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/eyecatch-{entry.post_id}-{size}.jpg")

    def ad(self, where: str) -> str:
        return (f'<div class="ad-area no-icon ad-{where} ad-type-display ad-label-visible cf" itemscope '
                'itemtype="https://schema.org/WPAdBlock"><div class="ad-label" itemprop="name" data-nosnippet>スポンサーリンク'
                '</div><div class="ad-wrap"><div class="ad-responsive ad-usual"><ins class="adsbygoogle" style="display:block" '
                'data-ad-client="ca-pub-4816207931551234" data-ad-slot="7391045712" data-ad-format="auto" '
                'data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>'
                "</div></div></div>")

    def share(self, entry: Entry, where: str) -> str:
        url, title = self.url(self.post_path(entry)), quote(entry.title)
        buttons = (("twitter-button x-corp-button", f"https://x.com/intent/tweet?text={title}&amp;url={url}", "X"),
                   ("facebook-button", f"//www.facebook.com/sharer/sharer.php?u={url}&amp;t={title}", "Facebook"),
                   ("hatebu-button", f"//b.hatena.ne.jp/entry/{url.split('//')[1]}", "はてブ"),
                   ("pocket-button", f"//getpocket.com/edit?url={url}", "Pocket"),
                   ("line-button", f"//timeline.line.me/social-plugin/share?url={url}", "LINE"))
        links = "".join(f'<a href="{href}" class="sns-button share-button {cls}" target="_blank" rel="nofollow noopener '
                        f'noreferrer"><span class="social-icon icon-{cls.split("-")[0]}"></span><span class="button-caption">'
                        f"{label}</span><span class=\"share-count\"></span></a>" for cls, href, label in buttons)
        links += ('<a role="button" tabindex="0" class="sns-button share-button copy-button copy-share-button-sq" '
                  f'data-clipboard-text="{self.e(entry.title)} {url}"><span class="social-icon icon-copy"></span>'
                  '<span class="button-caption">コピー</span></a>')
        message = '<div class="sns-share-message">シェアする</div>' if where == "bottom" else ""
        return (f'<div class="sns-share ss-col-6 bc-brand-color sbc-hide ss-{where}">{message}'
                f'<div class="sns-share-buttons sns-buttons">{links}</div></div>')

    def date_tags(self, entry: Entry) -> str:
        updated = self.updated(entry)
        iso = entry.published.isoformat()
        if updated:
            return ('<div class="date-tags"><span class="post-date"><span class="fa fa-clock-o" aria-hidden="true"></span>'
                    f'<span class="entry-date date published"><meta itemprop="datePublished" content="{iso}">'
                    f'{ymd(entry.published)}</span></span><span class="post-update"><span class="fa fa-history" '
                    f'aria-hidden="true"></span><time class="entry-date date updated" datetime="{updated.isoformat()}" '
                    f'itemprop="dateModified">{ymd(updated)}</time></span></div>')
        return ('<div class="date-tags"><span class="post-date"><span class="fa fa-clock-o" aria-hidden="true"></span>'
                f'<time class="entry-date date published updated" datetime="{iso}" itemprop="datePublished dateModified">'
                f"{ymd(entry.published)}</time></span></div>")

    def breadcrumb(self, entry: Entry) -> str:
        cat = entry.categories[0]
        return ('<div id="breadcrumb" class="breadcrumb breadcrumb-category sbp-main-top" itemscope '
                'itemtype="https://schema.org/BreadcrumbList"><div class="breadcrumb-home" itemscope '
                'itemtype="https://schema.org/ListItem" itemprop="itemListElement"><span class="fa fa-home fa-fw" '
                f'aria-hidden="true"></span><a href="{self.url("/")}" itemprop="item"><span itemprop="name" '
                'class="breadcrumb-caption">ホーム</span></a><meta itemprop="position" content="1" /><span class="sp">'
                '<span class="fa fa-angle-right" aria-hidden="true"></span></span></div><div class="breadcrumb-item" '
                'itemscope itemtype="https://schema.org/ListItem" itemprop="itemListElement"><span class="fa fa-folder fa-fw" '
                f'aria-hidden="true"></span><a href="{self.url(self.category_path(cat))}" itemprop="item"><span itemprop="name" '
                f'class="breadcrumb-caption">{self.e(cat)}</span></a><meta itemprop="position" content="2" /></div></div>')

    def card(self, entry: Entry, kind: str) -> str:
        """A small linked card: kind is related (関連記事), popular or new (sidebar widgets)."""
        url = self.url(self.post_path(entry))
        if kind == "related":
            return (f'<a href="{url}" class="related-entry-card-wrap a-wrap border-element cf" title="{self.e(entry.title)}">'
                    f'<article class="post-{entry.post_id} related-entry-card e-card cf post type-post status-publish '
                    f'format-standard has-post-thumbnail hentry category-{CATEGORY_IDS[entry.categories[0]]}-post">'
                    f'<figure class="related-entry-card-thumb card-thumb e-card-thumb"><img width="160" height="90" '
                    f'src="{self.thumb(entry, "160x90")}" class="related-entry-card-thumb-image card-thumb-image wp-post-image" '
                    f'alt="" loading="lazy"><span class="cat-label cat-label-{CATEGORY_IDS[entry.categories[0]]}">'
                    f'{self.e(entry.categories[0])}</span></figure><div class="related-entry-card-content card-content '
                    f'e-card-content"><h3 class="related-entry-card-title card-title e-card-title">{self.e(entry.title)}</h3>'
                    f'<div class="related-entry-card-snippet card-snippet e-card-snippet">{self.e(self.teaser(entry, 12))}</div>'
                    '</div></article></a>')
        return (f'<a href="{url}" class="{kind}-entry-card-link widget-entry-card-link a-wrap" title="{self.e(entry.title)}">'
                f'<div class="{kind}-entry-card widget-entry-card e-card cf"><figure class="{kind}-entry-card-thumb '
                f'widget-entry-card-thumb card-thumb"><img width="120" height="68" src="{self.thumb(entry, "120x68")}" '
                f'class="attachment-thumb120 size-thumb120 wp-post-image" alt="" loading="lazy"></figure>'
                f'<div class="{kind}-entry-card-content widget-entry-card-content card-content"><span class="{kind}-entry-card-title '
                f'widget-entry-card-title card-title">{self.e(entry.title)}</span><div class="{kind}-entry-card-date '
                f'widget-entry-card-date display-none"><span class="{kind}-entry-card-post-date widget-entry-card-post-date '
                f'post-date">{ymd(entry.published)}</span></div></div></div></a>')

    def sidebar(self) -> str:
        popular = "".join(self.card(e, "popular") for e in self.popular(5))
        newest = "".join(self.card(e, "new") for e in self.newest[:5])
        cats = "".join(f'<li class="cat-item cat-item-{CATEGORY_IDS[c]}"><a href="{self.url(self.category_path(c))}">'
                       f"{self.e(c)} <span class=\"post-count\">{len(items)}</span></a></li>"
                       for c, items in self.groups("categories").items())
        return ('<div id="sidebar" class="sidebar nwa cf" role="complementary">'
                '<aside id="search-2" class="widget widget-sidebar widget-sidebar-standard widget_search">'
                f'<form class="search-box input-box" method="get" action="{self.url("/")}"><input type="text" '
                'placeholder="サイト内を検索" name="s" class="search-edit" aria-label="input" value=""><button type="submit" '
                'class="search-submit" aria-label="button"><span class="fa fa-search" aria-hidden="true"></span></button></form></aside>'
                '<aside id="popular_entries-2" class="widget widget-sidebar widget-sidebar-standard widget_popular_entries">'
                '<h3 class="widget-sidebar-title widget-title">人気記事</h3><div class="popular-entry-cards widget-entry-cards '
                f'no-icon cf border-partition ranking-visible">{popular}</div></aside>'
                '<aside id="new_entries-2" class="widget widget-sidebar widget-sidebar-standard widget_new_entries">'
                '<h3 class="widget-sidebar-title widget-title">新着記事</h3><div class="new-entry-cards widget-entry-cards '
                f'no-icon cf">{newest}</div></aside>'
                '<aside id="categories-2" class="widget widget-sidebar widget-sidebar-standard widget_categories">'
                f'<h3 class="widget-sidebar-title widget-title">カテゴリー</h3><ul>{cats}</ul></aside></div>')

    def document(self, title: str, body_class: str, main: str, head: str = "", sidebar: bool = True) -> str:
        nav = "".join(f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category">'
                      f'<a href="{self.url(self.category_path(c))}"><div class="caption-wrap"><div class="item-label">{c}</div>'
                      "</div></a></li>" for i, c in enumerate(("睡眠", "食事・栄養", "美容・スキンケア", "女性の健康", "メンタルヘルス")))
        return f"""<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover"/>
<title>{self.e(title)}</title>
{head}<link rel='stylesheet' id='cocoon-style-css' href='{self.url("/wp-content/themes/cocoon-master/style.css?ver=6.4.3&amp;fver=20240312")}' media='all' />
<link rel='stylesheet' id='cocoon-child-style-css' href='{self.url("/wp-content/themes/cocoon-child-master/style.css?ver=6.4.3")}' media='all' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; フィード" href="{self.url('/feed/')}" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-custom-logo public-page page-body ff-hiragino fz-18px fw-400 hlt-center-logo-wrap ect-entry-card-wrap rect-entry-card-wrap no-scrollable-sidebar no-scrollable-main sidebar-right mblt-footer-mobile-buttons scrollable-mobile-buttons author-admin mobile-button-fmb no-mobile-header-logo font-awesome-4 thumb-wide" itemscope itemtype="https://schema.org/WebPage">
<div id="container" class="container cf">
<div id="header-container" class="header-container"><div id="header-container-in" class="header-container-in hlt-center-logo">
<header id="header" class="header cf" itemscope itemtype="https://schema.org/WPHeader"><div id="header-in" class="header-in wrap cf" itemscope itemtype="https://schema.org/WebSite">
<div class="tagline" itemprop="alternativeHeadline">看護師・管理栄養士がつくる健康と美容の情報ブログ</div>
<div class="logo logo-header logo-text"><a href="{self.url('/')}" class="site-name site-name-text-link" itemprop="url"><span class="site-name-text" itemprop="name about">{SITE}</span></a></div>
</div></header>
<nav id="navi" class="navi cf" itemscope itemtype="https://schema.org/SiteNavigationElement"><div id="navi-in" class="navi-in wrap cf"><ul id="menu-global" class="menu-top menu-header menu-pc">{nav}</ul></div></nav>
</div></div>
<div id="content" class="content cf"><div id="content-in" class="content-in wrap">
<main id="main" class="main" itemscope itemtype="https://schema.org/Blog">
{main}
</main>
{self.sidebar() if sidebar else ""}
</div></div>
<footer id="footer" class="footer footer-container nwa cf" itemscope itemtype="https://schema.org/WPFooter"><div id="footer-in" class="footer-in wrap cf">
<div class="footer-bottom fdt-logo fnm-text-width cf"><div class="footer-bottom-logo"><div class="logo logo-footer logo-text"><a href="{self.url('/')}" class="site-name site-name-text-link"><span class="site-name-text">{SITE}</span></a></div></div>
<div class="footer-bottom-content"><nav id="navi-footer" class="navi-footer"><div id="navi-footer-in" class="navi-footer-in"><ul id="menu-footer" class="menu-footer">
<li class="menu-item"><a href="{self.url(self.page_path('about'))}">運営者情報</a></li><li class="menu-item"><a href="{self.url(self.page_path('privacy-policy'))}">プライバシーポリシー</a></li><li class="menu-item"><a href="{self.url(self.page_path('contact'))}">お問い合わせ</a></li></ul></div></nav>
<div class="source-org copyright">© 2021 {SITE}.</div></div></div>
</div></footer>
<div id="go-to-top" class="go-to-top"><button class="go-to-top-button go-to-top-common go-to-top-hide go-to-top-button-icon-font"><span class="fa fa-angle-double-up"></span></button></div>
<div class="mobile-menu-buttons mobile-footer-menu-buttons">
<div class="home-menu-button menu-button"><a href="{self.url('/')}" class="menu-button-in"><span class="home-menu-icon menu-icon"><span class="fa fa-home" aria-hidden="true"></span></span><span class="home-menu-caption menu-caption">ホーム</span></a></div>
<div class="search-menu-button menu-button"><input id="search-menu-input" type="checkbox" class="display-none"><label id="search-menu-open" class="menu-open menu-button-in" for="search-menu-input"><span class="search-menu-icon menu-icon"><span class="fa fa-search" aria-hidden="true"></span></span><span class="search-menu-caption menu-caption">検索</span></label></div>
<div class="top-menu-button menu-button"><a href="#" class="go-to-top-common top-menu-a menu-button-in"><span class="top-menu-icon menu-icon"><span class="fa fa-arrow-up" aria-hidden="true"></span></span><span class="top-menu-caption menu-caption">トップ</span></a></div>
<div class="sidebar-menu-button menu-button"><input id="sidebar-menu-input" type="checkbox" class="display-none"><label id="sidebar-menu-open" class="menu-open menu-button-in" for="sidebar-menu-input"><span class="sidebar-menu-icon menu-icon"><span class="fa fa-outdent" aria-hidden="true"></span></span><span class="sidebar-menu-caption menu-caption">サイドバー</span></label></div>
</div>
<div class="copy-info">タイトルとURLをコピーしました</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">当サイトではサービス向上のためにCookieを使用しています。</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">同意する</a><a href="{self.url(self.page_path('privacy-policy'))}" target="_blank" id="cn-more-info" class="cn-more-info cn-button">詳細</a></span></div></div>
<script src="{self.url('/wp-content/themes/cocoon-master/javascript.js?ver=6.4.3')}" id="cocoon-js-js"></script>
</div>
</body>
</html>"""

    # -- article ----------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "quote":
            return ('<div class="wp-block-cocoon-blocks-balloon-ex-box-1 speech-wrap sb-id-1 sbs-stn sbp-l sbis-cb cf block-box">'
                    '<div class="speech-person"><figure class="speech-icon"><img src="'
                    f'{self.url("/wp-content/themes/cocoon-master/images/woman.png")}" alt="{self.e(entry.authors[0].name)}" '
                    f'class="speech-icon-image" width="160" height="160"></figure></div><div class="speech-balloon">'
                    f"<p>{self.inline(block.text)}</p></div></div>")
        if block.kind in ("h2", "h3"):
            return f'<{block.kind} class="wp-block-heading"><span id="toc{block.items[0] if block.items else ""}">{self.inline(block.text)}</span></{block.kind}>'
        if block.kind == "video":
            return ('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 '
                    f'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><div class="video-container"><iframe loading="lazy" '
                    f'title="{self.e(entry.title)}" width="800" height="450" src="{self.e(block.text)}'
                    f'{"?feature=oembed" if "youtube" in block.text else "?dnt=1&amp;app_id=122963"}" frameborder="0" '
                    'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                    'allowfullscreen></iframe></div></div></figure>')
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f'<h2 class="wp-block-heading">{self.e(block.text)}</h2><ul class="wp-block-list">{items}</ul>'
        if block.kind == "source":
            return f'<p>出典：<a href="{self.e(block.text)}" target="_blank" rel="noopener">{self.e(block.text)}</a></p>' \
                if entry.story.language == "ja" else super().block_html(block, entry)
        return super().block_html(block, entry)

    def content(self, entry: Entry) -> str:
        """The post's content as the editor and the theme leave it: supervision box, ad before the
        first heading, table of contents, numbered headings, a blog card before the last heading."""
        blocks = list(entry.story.blocks)
        heads = [b for b in blocks if b.kind in ("h2", "h3")]
        numbered = {id(b): replace(b, items=(str(i + 1),)) for i, b in enumerate(heads)}
        out = []
        if entry.reviewer:
            title, note = self.reviewer_notes[entry.reviewer.name]
            out.append('<div class="wp-block-cocoon-blocks-blank-box-1 blank-box bb-green block-box supervisor-box">'
                       f'<p><strong>監修：{title} {self.e(entry.reviewer.name)}</strong><br>{self.e(note)}</p></div>')
        related = self.shown_related(entry)
        card_at = blocks.index(heads[-1]) if len(heads) >= 2 and related else -1
        for i, block in enumerate(blocks):
            if heads and block is heads[0]:
                out.append(self.ad("content-middle"))
                if len(heads) >= 3:
                    items = "".join(f'<li><a href="#toc{k + 1}" tabindex="0">{self.e(h.text)}</a></li>' for k, h in enumerate(heads))
                    out.append('<div id="toc" class="toc tnt-number toc-center tnt-number border-element">'
                               '<input type="checkbox" class="toc-checkbox" id="toc-checkbox-1" checked><label class="toc-title" '
                               f'for="toc-checkbox-1">目次</label><div class="toc-content"><ol class="toc-list open">{items}</ol></div></div>')
            if i == card_at:
                out.append(self.blogcard(related[0]))
            out.append(self.block_html(numbered.get(id(block), block), entry))
        return "\n".join(out)

    def blogcard(self, other: Entry) -> str:
        url = self.url(self.post_path(other))
        return ('<p><span class="blogcard-label-text">あわせて読みたい</span></p>'
                f'<a href="{url}" title="{self.e(other.title)}" class="blogcard-wrap internal-blogcard-wrap a-wrap cf">'
                '<div class="blogcard internal-blogcard ib-left cf"><div class="blogcard-label internal-blogcard-label">'
                '<span class="fa"></span></div><figure class="blogcard-thumbnail internal-blogcard-thumbnail"><img '
                f'src="{self.thumb(other, "160x90")}" alt="" class="blogcard-thumb-image internal-blogcard-thumb-image" width="160" '
                f'height="90"></figure><div class="blogcard-content internal-blogcard-content"><div class="blogcard-title '
                f'internal-blogcard-title">{self.e(other.title)}</div><div class="blogcard-snippet internal-blogcard-snippet">'
                f'{self.e(self.teaser(other, 14))}</div></div><div class="blogcard-footer internal-blogcard-footer cf">'
                f'<div class="blogcard-site internal-blogcard-site"><div class="blogcard-favicon internal-blogcard-favicon"></div>'
                f'<div class="blogcard-domain internal-blogcard-domain">{urlsplit(self.base).netloc}</div></div>'
                f'<div class="blogcard-date internal-blogcard-date"><div class="blogcard-post-date internal-blogcard-post-date">'
                f"{ymd(other.published)}</div></div></div></div></a>")

    def teaser(self, entry: Entry, words: int = 28) -> str:
        if entry.story.language == "en":
            return super().teaser(entry, words)
        text = plain(next(b.text for b in entry.story.blocks if b.kind == "p"))
        return text[:words * 4].rstrip("、。") + "…"

    def author_box(self, person: Person) -> str:
        return ('<aside id="author_box-2" class="widget widget-below-single-sns-buttons widget_author_box">'
                '<div class="author-box border-element no-icon cf"><div class="author-widget-name">この記事を書いた人</div>'
                f'<figure class="author-thumb"><img alt="" src="{self.url("/wp-content/uploads/avatar-" + self.logins[person.name] + ".png")}" '
                'class="avatar avatar-200 photo" height="200" width="200" loading="lazy"></figure><div class="author-content">'
                f'<div class="author-name"><a href="{self.url(self.author_path(person))}" class="author-link">'
                f'<span class="author-name-text">{self.e(person.name)}</span></a></div><div class="author-description">'
                f"<p>{self.e(self.profiles[person.name])}</p></div><div class=\"author-follows\"><div class=\"sns-follow "
                f'bc-brand-color fbc-hide sf-profile"><div class="sns-follow-buttons sns-buttons"><a href="https://x.com/'
                f'{self.logins[person.name]}_health" class="sns-button follow-button x-corp-button" target="_blank" '
                f'rel="nofollow noopener noreferrer"><span class="icon-x-corp-logo"></span></a><a href="{self.url("/feed/")}" '
                'class="sns-button follow-button rss-button" target="_blank"><span class="icon-rss-logo"></span></a></div></div>'
                "</div></div></div></aside>")

    def comments(self, entry: Entry) -> str:
        rng = random.Random(f"cocoon:comments:{entry.post_id}")
        shown = COMMENTS[:rng.randint(0, 2)] if entry.story.language == "ja" else ()
        items = ""
        for k, (name, text) in enumerate(shown):
            when = later(entry.published, f"cocoon:c:{entry.post_id}:{k}", 2, 60)
            cid = entry.post_id * 10 + k
            items += (f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" class="comment-body article">'
                      f'<div class="comment-author vcard"><img alt="" src="{self.url("/wp-content/themes/cocoon-master/images/man.png")}" '
                      f'class="avatar avatar-48 photo" height="48" width="48"><cite class="fn">{self.e(name)}</cite> '
                      f'<span class="says">より:</span></div><div class="comment-meta commentmetadata"><a href="#comment-{cid}">'
                      f"{kanji_date(when)} {when:%I:%M %p}</a></div><p>{self.e(text)}</p>"
                      f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">返信</a></div></div></li>')
        listing = (f'<section class="comment-list"><h2 id="comments" class="comment-title">コメント</h2>'
                   f'<ol class="commets-list">{items}</ol></section>') if items else ""
        return (f'<div id="comment-area" class="comment-area">{listing}<aside class="comment-form"><div id="respond" class="comment-respond">'
                '<h3 id="reply-title" class="comment-reply-title">コメント</h3><form action="'
                f'{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
                '<span id="email-notes">メールアドレスが公開されることはありません。</span> <span class="required">*</span> が付いている欄は必須項目です</p>'
                '<p class="comment-form-comment"><label for="comment">コメント <span class="required">*</span></label><textarea id="comment" '
                'name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" '
                f'type="submit" id="submit" class="submit" value="コメントを送信"><input type="hidden" name="comment_post_ID" value="{entry.post_id}">'
                "</p></form></div></aside></div>")

    def pager(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        out = '<div id="pager-post-navi" class="pager-post-navi post-navi-default cf">'
        for other, side, icon in ((older, "prev", "left"), (newer, "next", "right")):
            if other:
                out += (f'<a href="{self.url(self.post_path(other))}" title="{self.e(other.title)}" class="{side}-post a-wrap '
                        f'border-element cf"><div class="fa fa-chevron-{icon} iconfont" aria-hidden="true"></div><figure '
                        f'class="{side}-post-thumb card-thumb"><img width="120" height="68" src="{self.thumb(other, "120x68")}" '
                        f'alt="" loading="lazy"></figure><div class="{side}-post-title">{self.e(other.title)}</div></a>')
        return out + "</div>"

    def head(self, entry: Entry, title: str) -> str:
        url, updated = self.url(self.post_path(entry)), self.updated(entry)
        modified = (updated or entry.published).isoformat()
        author = entry.authors[0]
        cocoon_ld = {"@context": "https://schema.org", "@type": "Article", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                     "headline": entry.title, "image": {"@type": "ImageObject", "url": self.thumb(entry, "800x451"), "width": 800,
                                                        "height": 451},
                     "datePublished": entry.published.isoformat(), "dateModified": modified,
                     "author": {"@type": "Person", "name": author.name, "url": self.url(self.author_path(author))},
                     "description": self.teaser(entry) }
        person = self.url(f"/#/schema/person/{self.logins[author.name]}")
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": author.name, "@id": person},
             "headline": entry.title, "datePublished": entry.published.isoformat(), "dateModified": modified,
             "mainEntityOfPage": {"@id": url}, "publisher": {"@id": self.url("/#website")},
             "keywords": list(entry.tags), "articleSection": list(entry.categories), "inLanguage": "ja"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": entry.published.isoformat(), "dateModified": modified, "breadcrumb": {"@id": f"{url}#breadcrumb"},
             "inLanguage": "ja"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "ホーム", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": SITE, "inLanguage": "ja"},
            {"@type": "Person", "@id": person, "name": author.name, "url": self.url(self.author_path(author))}]
        return (f'<meta name="description" content="{self.e(self.teaser(entry))}" />\n<link rel="canonical" href="{url}" />\n'
                f'<meta property="og:locale" content="ja_JP" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="og:site_name" content="{SITE}" />\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}" />\n'
                f'<meta property="article:modified_time" content="{modified}" />\n'
                f'<meta property="og:image" content="{self.thumb(entry, "800x451")}" />\n<meta name="author" content="{self.e(author.name)}" />\n'
                '<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:label1" content="執筆者" />\n'
                f'<meta name="twitter:data1" content="{self.e(author.name)}" />\n'
                '<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n'
                f'<script type="application/ld+json">{json.dumps(cocoon_ld, ensure_ascii=False, indent=2)}</script>\n')

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} | {SITE}"
        author, cat = entry.authors[0], entry.categories[0]
        cats = "".join(f'<a class="cat-link cat-link-{CATEGORY_IDS[c]}" href="{self.url(self.category_path(c))}"><span '
                       f'class="fa fa-folder cat-icon tax-icon" aria-hidden="true"></span>{self.e(c)}</a>' for c in entry.categories)
        tags = "".join(f'<a class="tag-link tag-link-{40 + i} border-element" href="{self.url(self.tag_path(t))}"><span '
                       f'class="fa fa-tag tag-icon tax-icon" aria-hidden="true"></span>{self.e(t)}</a>' for i, t in enumerate(entry.tags))
        related = self.shown_related(entry)
        related_html = ('<aside id="related-entries" class="related-entries rect-vertical-card rect-vertical-card-3">'
                        '<h2 class="related-entry-heading"><span class="related-entry-main-heading main-caption">関連記事</span></h2>'
                        f'<div class="related-list">{"".join(self.card(o, "related") for o in related)}</div></aside>')
        classes = (f"article post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                   f"category-{CATEGORY_SLUGS[cat]}" + "".join(f" tag-{wp_slug(t)}" for t in entry.tags))
        main = (self.breadcrumb(entry)
                + f'<article id="post-{entry.post_id}" class="{classes}" itemscope="itemscope" itemprop="blogPost" '
                'itemtype="https://schema.org/BlogPosting" data-clarity-region="article">'
                f'<header class="article-header entry-header"><h1 class="entry-title" itemprop="headline">{self.e(entry.title)}</h1>'
                + self.ad("below-title")
                + f'<div class="eye-catch-wrap"><figure class="eye-catch" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
                f'<img width="800" height="451" src="{self.thumb(entry, "800x451")}" class="attachment-800x451 size-800x451 eye-catch-image '
                f'wp-post-image" alt="" decoding="async"><meta itemprop="url" content="{self.thumb(entry, "800x451")}"><meta itemprop="width" '
                f'content="800"><meta itemprop="height" content="451"><span class="cat-label cat-label-{CATEGORY_IDS[cat]}">{self.e(cat)}</span>'
                "</figure></div>"
                + self.share(entry, "top") + self.date_tags(entry) + "</header>"
                + f'<div class="entry-content cf" itemprop="mainEntityOfPage">\n{self.content(entry)}\n</div>'
                + '<footer class="article-footer entry-footer">' + self.ad("content-bottom")
                + f'<div class="entry-categories-tags ctdt-one-row"><div class="entry-categories">{cats}</div>'
                f'<div class="entry-tags">{tags}</div></div>'
                + self.share(entry, "bottom") + self.author_box(author)
                + '<div class="footer-meta"><div class="author-info"><span class="fa fa-pencil" aria-hidden="true"></span> '
                f'<a href="{self.url(self.author_path(author))}" class="author-link"><span class="post-author vcard author" '
                f'itemprop="editor author creator copyrightHolder" itemscope itemtype="https://schema.org/Person"><meta itemprop="url" '
                f'content="{self.url(self.author_path(author))}"><span class="author-name fn" itemprop="name">{self.e(author.name)}</span>'
                "</span></a></div></div>"
                f'<div class="publisher" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><div itemprop="logo" '
                f'itemscope itemtype="https://schema.org/ImageObject"><img src="{self.url("/wp-content/uploads/2021/03/logo.png")}" '
                f'width="600" height="60" alt=""><meta itemprop="url" content="{self.url("/wp-content/uploads/2021/03/logo.png")}"></div>'
                f'<div itemprop="name">{SITE}</div></div></footer></article>'
                + f'<div class="under-entry-content">{related_html}{self.pager(entry)}{self.comments(entry)}</div>')
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-standard "
                      f"categoryid-{CATEGORY_IDS[cat]}" + "".join(f" tagid-{40 + i}" for i in range(len(entry.tags))))
        return self.document(title, body_class, main, self.head(entry, title))

    # -- listings and pages ------------------------------------------------------------------------------

    def entry_card(self, entry: Entry) -> str:
        cat = entry.categories[0]
        return (f'<a href="{self.url(self.post_path(entry))}" class="entry-card-wrap a-wrap border-element cf" title="{self.e(entry.title)}">'
                f'<article id="post-{entry.post_id}" class="post-{entry.post_id} entry-card e-card cf post type-post status-publish '
                f'format-standard has-post-thumbnail hentry category-{CATEGORY_SLUGS[cat]}"><figure class="entry-card-thumb card-thumb '
                f'e-card-thumb"><img width="320" height="180" src="{self.thumb(entry)}" class="entry-card-thumb-image card-thumb-image '
                f'wp-post-image" alt="" loading="lazy"><span class="cat-label cat-label-{CATEGORY_IDS[cat]}">{self.e(cat)}</span></figure>'
                f'<div class="entry-card-content card-content e-card-content"><h2 class="entry-card-title card-title e-card-title" '
                f'itemprop="headline">{self.e(entry.title)}</h2><div class="entry-card-snippet card-snippet e-card-snippet">'
                f'{self.e(self.teaser(entry, 20))}</div><div class="entry-card-meta card-meta e-card-meta"><div class="entry-card-info '
                f'e-card-info"><span class="post-date"><span class="fa fa-clock-o" aria-hidden="true"></span><span class="entry-date">'
                f'{ymd(entry.published)}</span></span></div><div class="entry-card-categorys"><span class="entry-category">'
                f"{self.e(cat)}</span></div></div></div></article></a>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        pager = ""
        if pages > 1:
            if n < pages:
                pager += f'<div class="pagination-next"><a href="{self.url(path_of(n + 1))}" class="pagination-next-link key-btn">次のページ</a></div>'
            links = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                            f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' for k in range(1, pages + 1))
            pager += f'<div class="pagination">{links}</div>'
        heading = "" if home else (f'<h1 id="archive-title" class="archive-title"><span class="fa fa-folder-open" '
                                   f'aria-hidden="true"></span>{self.e(title)}</h1>')
        main = (heading + f'<div id="list" class="list ecb-entry-border">{"".join(self.entry_card(e) for e in items)}</div>' + pager)
        label = SITE if home else f"{title} | {SITE}"
        if n > 1:
            label = f"{label} - {n}ページ"
        head = (f'<link rel="canonical" href="{self.url(path_of(n))}" />\n<meta property="og:type" content="'
                f'{"website" if home else "object"}" />\n')
        return self.document(label, "home blog" if home else "archive category", main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        title, paragraphs = PAGES[slug]
        pid = 2 + len(slug)
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article id="post-{pid}" class="article post-{pid} page type-page status-publish hentry" itemscope="itemscope" '
                'itemprop="blogPost" itemtype="https://schema.org/BlogPosting"><header class="article-header entry-header">'
                f'<h1 class="entry-title" itemprop="headline">{self.e(title)}</h1></header>'
                f'<div class="entry-content cf" itemprop="mainEntityOfPage">{body}</div></article>')
        head = f'<link rel="canonical" href="{self.url(self.page_path(slug))}" />\n<meta property="og:type" content="article" />\n'
        return self.document(f"{title} | {SITE}", f"page-template-default page page-id-{pid}", main, head, sidebar=False)
