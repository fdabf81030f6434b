"""hatena (held out): a Japanese nurse's and pharmacist's health blog on Hatena Blog (はてなブログ),
the big Japanese hosted blog platform, with the default theme and a Pro plan (two writers).

Modelled on Hatena Blog's own output as it appears in public repositories:
- hatena/Hatena-Blog-Theme-Boilerplate (``scss/lib/_core.scss``, ``scss/piyopiyo_code/_entry.scss``,
  ``_module.scss``): the ids and classes themes style (``#container``, ``#content.hfeed``,
  ``#wrapper``/``#main``/``#main-inner``, ``article.entry``, ``.entry-inner``, ``.entry-header``,
  ``.date.entry-date.first``, ``.entry-title``, ``.entry-categories``, ``.entry-content``,
  ``.entry-footer``, ``.hatena-module*``, ``#box2``);
- an indexed Markdown note on "はてなブログのHTML構造" (the page's blocks: ``#wrapper`` and the
  ``aside#box2`` blog footer, each blog part a ``div.hatena-module.hatena-module-XXX`` with a
  ``.hatena-module-title`` and ``.hatena-module-body``; the entry's ``header.entry-header``,
  ``div.entry-content.hatenablog-entry`` and ``footer.entry-footer`` with ``.entry-tags-wrapper``,
  ``.entry-footer-section``, ``.social-buttons``, ``.customized-footer`` holding
  ``hatena-module-related-entries`` > ``ul.related-entries.hatena-urllist`` of
  ``li.urllist-item.related-entries-item``, and ``.comment-box.js-comment-box`` with
  ``li.entry-comment``, ``p.comment-user-name``, ``p.comment-content``, ``p.comment-metadata``;
  ``div.pager.pager-permalink.permalink``; archive pages of ``section.archive-entry`` with
  ``.archive-entry-header``, ``.date.archive-date``, ``a.archive-category-link``,
  ``p.entry-description``; the about page's ``dl``);
- bluesura's MUGEN document templates (``Template/content.tpl`` and friends), which copy a Hatena
  entry's wrapper verbatim: ``<div id="content" class="hfeed">`` and ``<article class="entry hentry
  js-entry-article date-first autopagerize_page_element chars-200 words-100 mode-hatena entry-odd">``;
- a markdown-it plugin that re-renders Hatena's header (``div.date.entry-date.first`` > ``a`` >
  ``time`` with ``span.date-year`` / ``span.hyphen`` / ``span.date-month`` / ``span.date-day``, and
  ``h1.entry-title`` > ``a.entry-title-link.bookmark``);
- entries exported from Hatena blogs into repositories (kenzo0107's Terraform notes, a Scheme blog, a
  Kafka memo, a fluid-simulation post...): footnotes (``<a href="#f-bb29751c" name="fn-bb29751c"
  title="...">*2</a>`` and ``<div class="footnote"><p class="footnote"><a href="#fn-..." name="f-..."
  class="footnote-number">*1</a><span class="footnote-delimiter">:</span><span
  class="footnote-text">...</span></p></div>``), Amazon boxes (``div.hatena-asin-detail`` with
  ``hatena-asin-detail-image``, ``-info``, ``-title``, ``-label`` "作者:" / "出版社/メーカー:" /
  "発売日:" / "メディア:", ``a.asin-detail-buy``), embeds (``<iframe src="https://www.youtube.com/
  embed/ID?feature=oembed">`` followed by ``<cite class="hatena-citation">``, and blog cards
  ``iframe.embed-card.embed-blogcard`` from ``hatenablog-parts.com/embed?url=``), ``<h3 id="...">``
  headings (Markdown ``#`` is an h3 on Hatena), ``[:contents]``'s ``ul.table-of-contents``;
- a theme's Playwright tests naming ``.entry-footer .entry-share-button-bluesky``,
  ``.hatena-module-recent-comments``, ``.urllist-category-link``, ``.breadcrumb``.

Details written from memory (not in the indexed files): the ``Article`` JSON-LD of entry pages
(dates with +09:00), ``article:published_time`` as Unix seconds, ``<time datetime>`` in UTC (so a
post written at 06:30 JST carries the previous day there, while the page prints the JST date),
``html[data-author]``, the header's ``address.vcard`` with ``span.fn[data-load-nickname]``, the
archive module's markup, ``/?page=EPOCH`` cursors on the home page, the "続きを読む" link, Hatena's
"スポンサーリンク" ad (``google-afc-user-container``) inserted before the first heading of the
body, the cross-blog "この記事を読んだ人はこんな記事も読んでいます" box, robots.txt,
``/sitemap_index.xml`` with ``sitemap_common.xml`` and ``sitemap_periodical.xml?year=&month=``,
``/feed`` (Atom) and ``/rss``.

Posts: the cocoon family's Japanese posts (text of this project) republished here with Hatena's
markup, two Chinese guides, and four English posts (category "English"). URLs are Hatena's default
``/entry/2024/03/12/083000`` (JST) or a custom ``/entry/slug``. Categories: every post has one or
two (Hatena has no separate tags: the truth's tags are empty). Home ``/`` shows whole entries
("続きを読む" after the first part of longer ones), older pages at ``/?page=<epoch of the last
entry shown>``; archives: ``/archive`` (titles), ``/archive/2024``, ``/archive/2024/03``, the day
archive ``/archive/2024/03/12`` the entry's date links, ``/archive/category/健康`` (raw UTF-8 in
hrefs) with ``?page=N``; no author pages (Hatena's are on blog.hatena.ne.jp). The about page, three
static pages (Pro's 固定ページ). No trap.

The truth: the title (h1; ``<title>`` and ``og:title`` add " - " and the blog's name), the author's
Hatena id as the page prints it (``nurse_hanako``, ``pharma_kenji``: the byline's ``span.fn``, the
feed's ``<author><name>``, ``html[data-author]``; the nickname "はなこ＠看護師" is swapped in by
script from Hatena's API only, so the archived page does not hold it), the JST date the page
prints, the post's categories, the "関連記事" module as Read Also (not 最新記事, not the
cross-blog recommendations, not the prev/next pager), the body with its footnotes' text and
without the table of contents, the ad, the Amazon box, the blog card's citation and the embed
citations' host names.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta, timezone
from urllib.parse import quote, unquote, urlsplit

from .cocoon_data import PAGES, STORIES
from .posts import Block, Entry, Person, Plan, Story, plain, slugify
from .site import RSS, ZooSite

SITE = "ナースはなこの健康ノート"
HOST = "nurse-hanako.hatenablog.com"
WRITERS = ("nurse_hanako", "pharma_kenji")   # the Hatena ids of the plan's two writers, in order of first post
NICKNAMES = {"nurse_hanako": "はなこ＠看護師", "pharma_kenji": "けんじ（薬剤師）"}
ENGLISH_AT = (3, 10, 17, 24)          # entries kept in English (category English)
NOTES = ("病棟で働いていたころ、夜勤明けの患者さんからいちばん多く受けた相談でした。",
         "市販薬を使うときは、薬剤師に今飲んでいる薬を伝えてください。")
COMMENTS = (("yuko_mama", "とても参考になりました！さっそく今日から試してみます。"),
            ("takeshi0321", "わかりやすい説明をありがとうございます。"))
OTHER_BLOGS = (("https://kenkou-mania.hatenablog.jp/entry/2023/11/02/210000", "冬の朝がつらい人へ"),
               ("https://yakuzaishi-memo.hateblo.jp/entry/kusuri-nomiawase", "薬の飲み合わせ、気にしてますか"),
               ("https://diet-log.hatenadiary.com/entry/2024/01/15/070000", "1か月で体重が落ちた朝食"))
UTC = timezone.utc


def dashed(moment) -> str:
    return f"{moment:%Y-%m-%d}"


def zulu(moment) -> str:
    """Hatena's ``<time datetime>``: UTC, whatever the blog's time zone."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def uuid(entry: Entry) -> int:
    return 13574176438000000000 + entry.post_id


class Hatena(ZooSite):
    family = "hatena"
    post_range = (25, 40)    # a personal blog of two writers: fewer posts than a publisher's section
    site_name = SITE
    declared_language = "ja"
    per_page = 5
    plan = Plan(seed="hatena", count=29, languages=("en",), authors=2, tz_hours=9, related=(2, 3, 4, 5, 5))

    # -- entries ---------------------------------------------------------------------------------

    def planned(self) -> list[Entry]:
        """The plan's entries: four stay English posts, the others carry the Japanese and Chinese
        stories in order; one in four was written before 09:00 JST (the previous day in UTC)."""
        own, ids, out = iter(STORIES), {}, []
        for entry in super().planned():
            if entry.authors[0].name not in ids:
                ids[entry.authors[0].name] = WRITERS[len(ids)]
            author = Person(ids[entry.authors[0].name])
            when = entry.published.replace(hour=6, minute=30) if entry.index % 4 == 1 else entry.published
            if entry.index in ENGLISH_AT:
                out.append(replace(entry, authors=(author,), published=when, categories=("English",), tags=()))
                continue
            key, slug, kind, category, tags, title, blocks = next(own)
            blocks = tuple(Block("p", f"出典：[{b.text}]({b.text})") if b.kind == "source" else b for b in blocks)
            note = NOTES[entry.index % 2] if kind == "article" and entry.index % 3 == 0 else ""
            story = Story(key, title, key.split("-")[0], kind, category, (), blocks + ((Block("p", note),) if note else ()))
            if note or any(b.kind == "source" for b in blocks):
                self.footnoted.add(key)
            out.append(replace(entry, story=story, slug=slug, authors=(author,), published=when,
                               categories=tuple(dict.fromkeys((category, *tags[:1]))), tags=()))
        return out

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.footnoted: set[str] = set()
        super().__init__(base_url)

    def epoch(self, entry: Entry) -> int:
        return int(entry.published.timestamp())

    # -- paths -----------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        if entry.post_id % 3 == 0 or entry.story.language == "en":
            return f"/entry/{entry.slug}"
        return f"/entry/{entry.published:%Y/%m/%d/%H%M%S}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/?page={self.epoch(self.newest[(n - 1) * self.per_page - 1])}"

    def category_path(self, name: str, n: int = 1) -> str:
        return quote(f"/archive/category/{name}") + (f"?page={n}" if n > 1 else "")

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def day_path(self, entry: Entry) -> str:
        return f"/archive/{entry.published:%Y/%m/%d}"

    def route_key(self, target: str) -> str | None:
        """Hatena answers a category archive whatever the escaping of its UTF-8 name."""
        parts = urlsplit(target)
        return super().route_key(quote(unquote(parts.path or "/")) + (f"?{parts.query}" if parts.query else ""))

    def build_routes(self) -> None:
        self.author_pages = False
        super().build_routes()

    def extra_routes(self) -> None:
        self.add("/about", "page", self.render_about)
        for label, key in (("archive", "%Y"), ("archive", "%Y/%m"), ("archive", "%Y/%m/%d")):
            groups: dict[str, list[Entry]] = {}
            for entry in self.newest:
                groups.setdefault(f"/{label}/{entry.published.strftime(key)}", []).append(entry)
            for path, items in groups.items():
                self.add_listing(path.split("/", 2)[2], items, lambda n, p=path: p + (f"?page={n}" if n > 1 else ""))
        self.add("/archive", "listing", self.render_archive_index)
        months = sorted({(e.published.year, e.published.month) for e in self.entries})
        xml = "application/xml; charset=utf-8"
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/sitemap_common.xml", *(f"/sitemap_periodical.xml?year={y}&month={m}" for y, m in months)]), xml)
        self.add("/sitemap_common.xml", "other", lambda: self.sitemap(
            ["/", "/about", *(self.category_path(c) for c in self.groups("categories"))]), xml)
        for y, m in months:
            self.add(f"/sitemap_periodical.xml?year={y}&month={m}", "other", lambda y=y, m=m: self.sitemap(
                [self.post_path(e) for e in self.newest if (e.published.year, e.published.month) == (y, m)]), xml)
        self.add("/rss", "other", lambda: self.rss(SITE, "/", self.newest), RSS)
        self.add("/feed", "other", self.atom, "application/atom+xml; charset=utf-8")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /api/\nDisallow: /draft/\nDisallow: /preview\nDisallow: /rpc/\n"
                f"Disallow: /search\n\nSitemap: {self.url('/sitemap_index.xml')}\n")

    def atom(self) -> str:
        rows = "".join(
            f'<entry><title>{self.e(e.title)}</title><link href="{self.url(self.post_path(e))}"/>'
            f"<id>hatenablog://entry/{uuid(e)}</id>"
            f"<published>{e.published.isoformat()}</published><updated>{e.published.isoformat()}</updated>"
            f"<summary type=\"html\">{self.e(self.teaser(e))}</summary><author><name>{e.authors[0].name}</name></author>"
            "</entry>" for e in self.newest[:7])
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">'
                f"<title>{SITE}</title><link href=\"{self.url('/')}\"/><updated>{self.newest[0].published.isoformat()}"
                f"</updated><author><name>nurse_hanako</name></author><generator uri=\"https://blog.hatena.ne.jp/\">"
                f"Hatena::Blog</generator>{rows}</feed>")

    # -- pieces ------------------------------------------------------------------------------------

    def img(self, entry: Entry) -> str:
        who = entry.authors[0].name
        return (f"https://cdn-ak.f.st-hatena.com/images/fotolife/{who[0]}/{who}/{entry.published:%Y%m%d}/"
                f"{entry.published:%Y%m%d%H%M%S}.jpg")

    def date_html(self, entry: Entry, cls: str = "date entry-date first") -> str:
        p, utc = entry.published, zulu(entry.published)
        return (f'<div class="{cls}"><a href="{self.url(self.day_path(entry))}" rel="nofollow"><time datetime="{utc}" '
                f'title="{utc}"><span class="date-year">{p:%Y}</span><span class="hyphen">-</span><span '
                f'class="date-month">{p:%m}</span><span class="hyphen">-</span><span class="date-day">{p:%d}</span>'
                "</time></a></div>")

    def category_links(self, entry: Entry, cls: str = "entry-category-link") -> str:
        return "".join(f'<a href="{self.url(self.category_path(c))}" class="{cls} category-{self.e(c)}">{self.e(c)}</a>'
                       for c in entry.categories)

    def byline(self, name: str) -> str:
        return (f'<span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="{name}" >{name}'
                "</span></span>")

    def ad(self) -> str:
        return ('<div class="google-afc-user-container google-afc-image test-google-rectangle-ads"><div '
                'class="google-afc-user-container-label">スポンサーリンク</div><ins class="adsbygoogle" '
                'style="display:inline-block;width:336px;height:280px" data-ad-client="ca-pub-6136867001843153" '
                'data-ad-slot="3711458498"></ins></div>')

    def asin(self, entry: Entry) -> str:
        link = "https://www.amazon.co.jp/dp/4062578603?tag=nursehanako-22&amp;linkCode=ogi&amp;th=1&amp;psc=1"
        return ('<div class="hatena-asin-detail"><a href="' + link + '" class="hatena-asin-detail-image-link" '
                'target="_blank" rel="noopener"><img src="https://m.media-amazon.com/images/I/41sample8L._SL500_.jpg" '
                'class="hatena-asin-detail-image" alt="睡眠の科学・改訂新版" title="睡眠の科学・改訂新版"></a><div '
                'class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="' + link + '" target="_blank" '
                'rel="noopener">睡眠の科学・改訂新版 なぜ眠るのか なぜ目覚めるのか</a></p><ul class="hatena-asin-detail-meta">'
                '<li><span class="hatena-asin-detail-label">作者:</span><a href="https://d.hatena.ne.jp/keyword/%E6%AB%BB%E4%BA%95%E6%AD%A6" '
                'class="keyword">櫻井武</a></li><li>講談社</li></ul><a href="' + link + '" class="asin-detail-buy" '
                'target="_blank" rel="noopener">Amazon</a></div></div>')

    def blogcard(self, other: Entry) -> str:
        url = self.url(self.post_path(other))
        return (f'<p><iframe src="https://hatenablog-parts.com/embed?url={quote(url, safe="")}" title="{self.e(other.title)} - '
                f'{SITE}" class="embed-card embed-blogcard" scrolling="no" frameborder="0" style="display: block; width: '
                '100%; height: 190px; max-width: 500px; margin: 10px 0px;" loading="lazy"></iframe><cite '
                f'class="hatena-citation"><a href="{url}">{urlsplit(url).netloc}</a></cite></p>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            tag = "h3" if block.kind == "h2" else "h4"
            return f'<{tag} id="{self.e(plain(block.text))}">{self.inline(block.text)}</{tag}>'
        if block.kind == "video":
            vid = block.text.rsplit("/", 1)[1]
            watch = (f"https://www.youtube.com/watch?v={vid}", "www.youtube.com") if "youtube" in block.text \
                else (f"https://vimeo.com/{vid}", "vimeo.com")
            query = "?feature=oembed" if "youtube" in block.text else "?app_id=122963"
            return (f'<p><iframe width="560" height="315" src="{self.e(block.text)}{query}" frameborder="0" allow="accelerometer; '
                    'autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen '
                    f'title="{self.e(entry.title)}"></iframe><cite class="hatena-citation"><a href="{watch[0]}">{watch[1]}'
                    "</a></cite></p>")
        return super().block_html(block, entry)

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return f'<h3 id="{self.e(block.text)}">{self.e(block.text)}</h3><ul>{items}</ul>'

    def body_html(self, entry: Entry, teaser: bool = False) -> str:
        """Hatena's Markdown output: an opening photo, ``[:contents]`` on posts with three or more
        headings, the platform's ad before the first heading, footnotes (the last block, marked
        after the paragraph before it), a blog card to a related post and an Amazon box on some."""
        blocks = list(entry.story.blocks)
        note = blocks.pop() if entry.story.key in self.footnoted else None
        heads = [b for b in blocks if b.kind in ("h2", "h3")]
        out = [f'<p><span itemscope itemtype="http://schema.org/Photograph"><img src="{self.img(entry)}" alt="" '
               'class="hatena-fotolife" itemprop="image" loading="lazy"></span></p>']
        if len(heads) >= 3:
            out.append('<ul class="table-of-contents">' + "".join(
                f'<li><a href="#{self.e(plain(h.text))}">{self.e(plain(h.text))}</a></li>' for h in heads) + "</ul>")
        first_head = True
        for i, block in enumerate(blocks):
            if block.kind in ("h2", "h3") and first_head:
                first_head = False
                if teaser:
                    out.append(f'<p class="entry-see-more"><a href="{self.url(self.post_path(entry))}#more">続きを読む</a></p>')
                    return "\n".join(out)
                out.append(f'<p><span id="more"></span></p>{self.ad()}')
            chunk = self.block_html(block, entry)
            if note and i == len(blocks) - 1 and chunk.endswith("</p>"):
                tip = self.e(plain(note.text))
                chunk = chunk[:-4] + f'<a href="#f-{self.fn(entry)}" id="fn-{self.fn(entry)}" name="fn-{self.fn(entry)}" title="{tip}">*1</a></p>'
            out.append(chunk)
        related = self.shown_related(entry)
        if len(heads) >= 2 and related and not teaser:
            out.append(self.blogcard(related[0]))
        if entry.categories[0] == "睡眠" and not teaser:
            out.append(self.asin(entry))
        if note:
            out.append(f'<div class="footnote">\n<p class="footnote"><a href="#fn-{self.fn(entry)}" id="f-{self.fn(entry)}" '
                       f'name="f-{self.fn(entry)}" class="footnote-number">*1</a><span class="footnote-delimiter">:</span>'
                       f'<span class="footnote-text">{self.inline(note.text)}</span></p>\n</div>')
        return "\n".join(out)

    def teaser(self, entry: Entry, words: int = 28) -> str:
        """Hatena cuts an excerpt by characters: Japanese and Chinese put no spaces between words, so
        a count of words would print whole paragraphs (about four characters a word)."""
        if entry.story.language not in ("ja", "zh"):
            return super().teaser(entry, words)
        text = "".join(plain(b.text) for b in entry.story.blocks if b.kind == "p")
        return text[: words * 4] + "…"

    def fn(self, entry: Entry) -> str:
        return f"{(entry.post_id * 2654435761) & 0xffffffff:08x}"

    def entry_html(self, entry: Entry, n: int, single: bool) -> str:
        """``article.entry``: on the entry page whole, on the home page up to "続きを読む"."""
        url = self.url(self.post_path(entry))
        chars = len(plain(" ".join(b.text for b in entry.story.blocks)))
        cats = " ".join(f"entry-category-{self.e(c)}" for c in entry.categories)
        who = entry.authors[0].name
        title = f'<h1 class="entry-title"><a href="{url}" class="entry-title-link bookmark">{self.e(entry.title)}</a></h1>'
        header = (f'<header class="entry-header">{self.date_html(entry)}{title}'
                  f'<div class="entry-categories categories">{self.category_links(entry)}</div></header>')
        footer = (f'<footer class="entry-footer"><div class="entry-tags-wrapper"><div class="entry-tags"></div></div>'
                  f'<p class="entry-footer-section track-inview-by-gtm" data-gtm-track-json="{{&quot;area&quot;: '
                  f'&quot;finish_reading&quot;}}">{self.byline(who)}<span class="entry-footer-time"><a href="{url}"><time '
                  f'data-relative datetime="{zulu(entry.published)}" '
                  f'title="{zulu(entry.published)}" class="updated">'
                  f"{entry.published:%Y-%m-%d %H:%M}</time></a></span></p>{self.social(entry)}")
        if single:
            footer += self.customized_footer(entry) + self.comments(entry)
        footer += "</footer>"
        return (f'<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element '
                f'chars-{chars} words-{chars // 2} mode-markdown entry-{"odd" if n % 2 else "even"} {cats}" '
                f'id="entry-{uuid(entry)}" data-keyword-campaign="" '
                f'data-uuid="{uuid(entry)}" data-publication-type="entry">'
                f'<div class="entry-inner">{header}'
                + (f'<div class="entry-header-menu"><address class="vcard"><a href="https://blog.hatena.ne.jp/{who}/">'
                   f"{self.byline(who)}</a></address></div>" if single else "")
                + f'<div class="entry-content hatenablog-entry">{self.body_html(entry, teaser=not single)}</div>'
                f"{footer}</div></article>")

    def social(self, entry: Entry) -> str:
        url, title = self.url(self.post_path(entry)), quote(f"{entry.title} - {SITE}")
        return ('<div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.ne.jp/entry/'
                f'{url.split("//")[1]}" class="hatena-bookmark-button" data-hatena-bookmark-url="{url}" '
                'data-hatena-bookmark-layout="vertical-balloon" data-hatena-bookmark-lang="ja" title="この記事をはてなブックマークに追加">'
                '<img src="https://b.st-hatena.com/images/entry-button/button-only.gif" alt="この記事をはてなブックマークに追加" '
                'width="20" height="20" style="border: none;" /></a></div><div class="social-button-item"><div '
                f'class="fb-share-button" data-layout="box_count" data-href="{url}"></div></div><div class="social-button-item">'
                f'<a class="entry-share-button entry-share-button-twitter test-share-button-twitter" href="https://x.com/intent/'
                f'post?text={title}&amp;url={quote(url, safe="")}" title="X（Twitter）で投稿する" target="_blank"></a></div>'
                f'<div class="social-button-item"><a class="entry-share-button entry-share-button-bluesky" href="https://bsky.app/'
                f'intent/compose?text={title}" title="Blueskyでシェア" target="_blank"></a></div></div>')

    def customized_footer(self, entry: Entry) -> str:
        items = "".join(
            f'<li class="urllist-item related-entries-item"><div class="urllist-item-inner related-entries-item-inner">'
            f'<div class="urllist-date-link related-entries-date-link"><a href="{self.url(self.day_path(e))}" rel="nofollow">'
            f'<time datetime="{zulu(e.published)}" title="{dashed(e.published)}">'
            f"{e.published:%Y-%m-%d}</time></a></div><a href=\"{self.url(self.post_path(e))}\" class=\"urllist-image-link "
            f'related-entries-image-link"><img src="{self.img(e)}" class="urllist-image related-entries-image" alt="" '
            f'title="{self.e(e.title)}" width="100" height="100" loading="lazy"></a><a href="{self.url(self.post_path(e))}" '
            f'class="urllist-title-link related-entries-title-link urllist-title related-entries-title">{self.e(e.title)}</a>'
            f'<div class="urllist-entry-body related-entries-entry-body">{self.e(self.teaser(e, 8))}</div></div></li>'
            for e in self.shown_related(entry))
        related = ('<div class="hatena-module hatena-module-related-entries"><div class="hatena-module-title">関連記事</div>'
                   '<div class="hatena-module-body"><ul class="related-entries hatena-urllist urllist-with-thumbnails">'
                   f"{items}</ul></div></div>") if items else ""
        others = "".join(f'<li class="recommend-entry"><a href="{u}" class="recommend-entry-link">{t}</a></li>' for u, t in OTHER_BLOGS)
        return (f'<div class="customized-footer">{related}<div class="hatena-module hatena-module-html"><div '
                'class="hatena-module-title">この記事を読んだ人はこんな記事も読んでいます</div><div class="hatena-module-body">'
                f'<ul class="recommend-entries">{others}<li class="recommend-entry recommend-ad">[PR] <a '
                'href="https://ad.example-network.jp/click?id=88102" rel="sponsored">薬剤師の転職なら今がチャンス</a></li></ul>'
                "</div></div></div>")

    def comments(self, entry: Entry) -> str:
        shown = COMMENTS[: entry.post_id % 3]
        rows = "".join(
            f'<li id="comment-{4207000000000000000 + entry.post_id * 10 + i}" class="entry-comment js-entry-comment">'
            f'<div class="comment-user-icon"><a href="https://blog.hatena.ne.jp/{u}/"><img src="https://cdn.profile-image.'
            f'st-hatena.com/users/{u}/profile.png" class="hatena-id-icon" alt="{u}" width="32" height="32"></a></div>'
            f'<div class="comment-content-container"><p class="comment-user-name"><a href="https://blog.hatena.ne.jp/{u}/" '
            f'class="comment-user-id">{u}</a></p><div class="comment-content hatenablog-entry"><p>{self.e(text)}</p></div>'
            f'<p class="comment-metadata"><a class="comment-link" href="#comment-{4207000000000000000 + entry.post_id * 10 + i}">'
            f'<time data-relative datetime="{zulu((entry.published + timedelta(days=1 + i)))}">'
            f"{entry.published + timedelta(days=1 + i):%Y-%m-%d %H:%M}</time></a></p></div></li>"
            for i, (u, text) in enumerate(shown))
        listed = f'<ul class="comment js-comment">{rows}</ul>' if rows else ""
        return (f'<div class="comment-box js-comment-box">{listed}<a class="leave-comment-title js-leave-comment-title">'
                "コメントを書く</a></div>")

    def sidebar(self) -> str:
        recent = "".join(f'<li class="urllist-item recent-entries-item"><div class="urllist-item-inner recent-entries-item-inner">'
                         f'<a href="{self.url(self.post_path(e))}" class="urllist-title-link recent-entries-title-link  '
                         f'urllist-title recent-entries-title">{self.e(e.title)}</a></div></li>' for e in self.newest[:5])
        cats = "".join(f'<li><a href="{self.url(self.category_path(c))}" class="category-{self.e(c)}">{self.e(c)} '
                       f"({len(items)})</a></li>" for c, items in self.groups("categories").items())
        years: dict[int, list[int]] = {}
        for e in self.newest:
            years.setdefault(e.published.year, [])
            if e.published.month not in years[e.published.year]:
                years[e.published.year].append(e.published.month)
        archive = "".join(
            f'<li class="archive-module-year archive-module-year-hidden" data-year="{y}"><div class="archive-module-button">'
            '<span class="archive-module-hide-button">▼</span><span class="archive-module-show-button">▶</span></div>'
            f'<a href="{self.url(f"/archive/{y}")}" class="archive-module-year-title archive-module-year-{y}">{y}</a>'
            '<ul class="archive-module-months">' + "".join(
                f'<li class="archive-module-month"><a href="{self.url(f"/archive/{y}/{m:02d}")}" class="archive-module-month-title '
                f'archive-module-month-{y}-{m}">{y} / {m}</a></li>' for m in ms) + "</ul></li>" for y, ms in years.items())
        return (f'<aside id="box2"><div id="box2-inner">'
                '<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div>'
                f'<div class="hatena-module-body"><a href="{self.url("/about")}" class="profile-icon-link"><img '
                'src="https://cdn.profile-image.st-hatena.com/users/nurse_hanako/profile.png" alt="id:nurse_hanako" '
                f'class="profile-icon" /></a><span class="id"><a href="{self.url("/about")}" class="hatena-id-link"><span '
                'data-load-nickname="1" data-user-name="nurse_hanako">id:nurse_hanako</span></a></span><div '
                f'class="profile-description"><p>{NICKNAMES["nurse_hanako"]}。総合病院の看護師歴12年。夫の{NICKNAMES["pharma_kenji"]}と'
                '、毎日の健康のコツを書いています。</p></div><div class="hatena-follow-button-box btn-subscribe '
                'js-hatena-follow-button-box"><a href="#" class="hatena-follow-button js-hatena-follow-button"><span '
                'class="subscribing"><span class="foreground">読者です</span><span class="background">読者をやめる</span></span>'
                '<span class="unsubscribing" data-track-name="profile-widget-subscribe-button" data-track-once><span '
                'class="foreground">読者になる</span><span class="background">読者になる</span></span></a></div></div></div>'
                '<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">検索</div><div '
                f'class="hatena-module-body"><form class="search-form" role="search" action="{self.url("/search")}" method="get">'
                '<input type="text" name="q" class="search-module-input" value="" placeholder="記事を検索" required><input '
                'type="submit" value="検索" class="search-module-button" /></form></div></div>'
                f'<div class="hatena-module hatena-module-recent-entries "><div class="hatena-module-title"><a href="'
                f'{self.url("/archive")}">最新記事</a></div><div class="hatena-module-body"><ul class="recent-entries '
                f'hatena-urllist ">{recent}</ul></div></div>'
                '<div class="hatena-module hatena-module-category"><div class="hatena-module-title">カテゴリー</div>'
                f'<div class="hatena-module-body"><ul class="hatena-urllist">{cats}</ul></div></div>'
                f'<div class="hatena-module hatena-module-archive" data-archive-type="default" data-archive-url="'
                f'{self.url("/archive")}"><div class="hatena-module-title"><a href="{self.url("/archive")}">月別アーカイブ</a>'
                f'</div><div class="hatena-module-body"><ul class="hatena-urllist archive-module-default-style">{archive}'
                "</ul></div></div></div></aside>")

    def document(self, title: str, page: str, main: str, head: str = "", body_class: str = "", author: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.ne.jp" data-admin-origin="https://blog.hatena.ne.jp" data-author="{author or 'nurse_hanako'}" data-avail-langs="ja en" data-blog="{HOST}" data-blog-host="{HOST}" data-blog-name="{SITE}" data-blog-owner="nurse_hanako" data-blog-uri="{self.url('/')}" data-blogs-uri-base="{self.url('')}" data-brand="hatenablog" data-device="pc" data-globalheader-type="pc" data-page="{page}" data-version="1a2b3c4d5e" itemscope itemtype="http://schema.org/Blog">
<head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb# article: http://ogp.me/ns/article#">
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=7; IE=9; IE=10; IE=11" />
<title>{self.e(title)}</title>
<link rel="shortcut icon" href="https://cdn.blog.st-hatena.com/images/favicon.ico?version=3fb866e995c13b5fc24055535557cd7c">
<link rel="alternate" type="application/atom+xml" title="Atom" href="{self.url('/feed')}"/>
<link rel="alternate" type="application/rss+xml" title="RSS2.0" href="{self.url('/rss')}"/>
<meta name="google-site-verification" content="x3bK7fQ0sample" />
{head}<link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.com/css/blog.css?version=1a2b3c4d5e"/>
<link rel="stylesheet" type="text/css" href="https://blog.hatena.ne.jp/-/blog_style/13574176438000000000/1a2b3c"/>
<script src="https://cdn.blog.st-hatena.com/js/external/jquery.min.js?v=1.12.4&amp;version=1a2b3c4d5e"></script>
</head>
<body class="{page} {body_class} header-image-enable enable-top-editarea enable-bottom-editarea globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" height="37" frameborder="0" allowTransparency="true"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content">
<h1 id="title"><a href="{self.url('/')}">{SITE}</a></h1>
<h2 id="blog-description">看護師と薬剤師の夫婦が書く、からだと薬のやさしい話</h2>
</div></div></header>
<div id="content" class="hfeed"><div id="content-inner">
<div id="wrapper"><div id="main"><div id="main-inner">
{main}
</div></div></div>
{self.sidebar()}
</div></div>
</div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="{self.url('/')}"><img src="https://cdn.profile-image.st-hatena.com/users/nurse_hanako/profile.png" width="16" height="16" alt="" />{SITE}</a></address><p class="services">Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a href="https://blog.hatena.ne.jp/-/abuse_report?target_url={quote(self.url('/'), safe='')}" class="report-abuse-link test-report-abuse-link" target="_blank">ブログを報告する</a></p></div></footer>
<div class="quote-box"><div class="tooltip-quote tooltip-quote-stock"><i class="blogicon-quote" title="引用をストック"></i></div><div class="tooltip-quote tooltip-quote-tweet js-tooltip-quote-tweet"><a class="js-tweet-quote" target="_blank" data-track-name="quote-tweet" data-track-once><img src="https://cdn.blog.st-hatena.com/images/admin/quote/quote-x-icon.svg" class="quote-x-icon"></a></div></div>
<div class="quote-stock-panel" id="quote-stock-message-box" style="position: absolute; z-index: 3000"><div class="message-box" id="quote-stock-succeeded-message" style="display: none"><p>引用をストックしました</p><button class="btn btn-primary" id="quote-stock-show-editor-button" data-track-name="curation-quote-edit-button">ストック一覧を見る</button><button class="btn quote-stock-close-message-button">閉じる</button></div><div class="message-box" id="quote-login-required-message" style="display: none"><p>引用するにはまずログインしてください</p><button class="btn btn-primary" id="quote-login-button">ログイン</button><button class="btn quote-stock-close-message-button">閉じる</button></div><div class="error-box" id="quote-stock-failed-message" style="display: none"><p>引用をストックできませんでした。再度お試しください</p><button class="btn quote-stock-close-message-button">閉じる</button></div></div>
<script src="https://cdn.blog.st-hatena.com/js/texts-ja.js?version=1a2b3c4d5e"></script>
<script id="vendors-js" data-env="production" src="https://cdn.blog.st-hatena.com/js/vendors.js?version=1a2b3c4d5e" crossorigin="anonymous"></script>
<script id="hatenablog-js" data-env="production" src="https://cdn.blog.st-hatena.com/js/hatenablog.js?version=1a2b3c4d5e" crossorigin="anonymous" data-page-id="{page}"></script>
</body>
</html>"""

    # -- pages --------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        older, newer = self.neighbours(entry)
        pager = '<div class="pager pager-permalink permalink">' + (
            f'<span class="pager-prev"><a href="{self.url(self.post_path(newer))}" rel="prev"><span class="pager-arrow">&laquo; '
            f"</span>{self.e(newer.title)}</a></span>" if newer else "") + (
            f'<span class="pager-next"><a href="{self.url(self.post_path(older))}" rel="next">{self.e(older.title)}<span '
            'class="pager-arrow"> &raquo;</span></a></span>' if older else "") + "</div>"
        first = entry.categories[0]
        crumbs = (f'<div id="top-box"><div class="breadcrumb" data-test-id="breadcrumb"><div class="breadcrumb-inner">'
                  f'<a class="breadcrumb-link" href="{self.url("/")}"><span>トップ</span></a><span class="breadcrumb-gt">&gt;'
                  f'</span><span class="breadcrumb-child"><a class="breadcrumb-child-link" href="{self.url(self.category_path(first))}">'
                  f'<span>{self.e(first)}</span></a></span><span class="breadcrumb-gt">&gt;</span><span class="breadcrumb-child">'
                  f"<span>{self.e(entry.title)}</span></span></div></div></div>")
        ld = ('{"@context":"http://schema.org","@type":"Article","dateModified":"' + entry.published.isoformat()
              + '","datePublished":"' + entry.published.isoformat() + '","description":' + _json(self.teaser(entry, 20))
              + ',"headline":' + _json(entry.title) + ',"image":["' + self.img(entry) + '"],"mainEntityOfPage":{"@id":"'
              + url + '","@type":"WebPage"}}')
        full = f"{entry.title} - {SITE}"
        head = (f'<link rel="canonical" href="{url}"/>\n<meta itemprop="name" content="{self.e(full)}"/>\n'
                f'<meta property="og:title" content="{self.e(full)}"/>\n<meta property="og:type" content="article"/>\n'
                f'<meta property="og:url" content="{url}"/>\n<meta property="og:image" content="{self.img(entry)}"/>\n'
                f'<meta property="og:description" content="{self.e(self.teaser(entry, 20))}"/>\n'
                f'<meta property="og:site_name" content="{SITE}"/>\n'
                f'<meta property="article:published_time" content="{self.epoch(entry)}" />\n'
                + "".join(f'<meta property="article:tag" content="{self.e(c)}" />\n' for c in entry.categories)
                + f'<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:title" content="{self.e(full)}" />\n'
                f'<meta name="description" content="{self.e(self.teaser(entry, 20))}" />\n'
                f'<script type="application/ld+json">{ld}</script>\n')
        cats = " ".join(f"category-{self.e(c)}" for c in entry.categories)
        main = crumbs + self.entry_html(entry, 1, True) + pager
        return self.document(full, "page-entry", main, head, cats, entry.authors[0].name)

    def archive_section(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        return (f'<section class="archive-entry test-archive-entry autopagerize_page_element" data-uuid="'
                f'{uuid(entry)}"><div class="archive-entry-header">'
                f'{self.date_html(entry, "date archive-date")}<h1 class="entry-title"><a class="entry-title-link" href="{url}">'
                f'{self.e(entry.title)}</a></h1></div><div class="categories">'
                f'{self.category_links(entry, "archive-category-link")}</div><a href="{url}" class="entry-thumb-link"><div '
                f"class=\"entry-thumb\" style=\"background-image: url('{self.img(entry)}');\"></div></a><div "
                f'class="archive-entry-body"><p class="entry-description">{self.e(self.teaser(entry, 30))}</p>'
                '<div class="archive-entry-tags-wrapper"><div class="archive-entry-tags"></div></div></div></section>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        prev = (f'<span class="pager-prev"><a href="{self.url(path_of(n - 1))}" class="test-pager-prev" rel="prev">前のページ'
                '</a></span>') if n > 1 else ""
        nxt = (f'<span class="pager-next"><a href="{self.url(path_of(n + 1))}" class="test-pager-next" rel="next">次のページ'
               '</a></span>') if n < pages else ""
        more = f'<div class="pager autopagerize_insert_before">{prev}{nxt}</div>' if pages > 1 else ""
        if title == "Latest posts":
            main = "".join(self.entry_html(e, i, False) for i, e in enumerate(items, 1)) + more
            return self.document(SITE, "page-index", main, f'<link rel="canonical" href="{self.url(path_of(n))}"/>\n')
        if title in self.groups("categories"):
            heading, page = f"{title}カテゴリーの記事一覧", "page-archive"
        else:
            heading, page = f"{title.replace('/', '-')}の記事一覧", "page-archive"
        main = (f'<header class="archive-header-category"><h2 class="archive-heading">{self.e(heading)}</h2></header>'
                f'<div class="archive-entries">{"".join(self.archive_section(e) for e in items)}</div>{more}')
        return self.document(f"{heading} - {SITE}", page, main, f'<meta name="robots" content="noindex,follow"/>\n')

    def render_archive_index(self) -> str:
        rows = "".join(f'<li class="archive-entry-title"><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a> '
                       f'<span class="archive-date">{dashed(e.published)}</span></li>' for e in self.newest)
        return self.document(f"記事一覧 - {SITE}", "page-archive", '<header class="archive-header"><h2 class="archive-heading">'
                             f'記事一覧</h2></header><div class="archive-entries"><ul class="archive-entries-list">{rows}</ul></div>')

    def render_about(self) -> str:
        main = ('<article class="entry"><div class="entry-inner"><header class="entry-header"><h1 class="entry-title">'
                f'<a href="{self.url("/about")}" class="entry-title-link">このブログについて</a></h1></header><div '
                f'class="entry-content"><p>{NICKNAMES["nurse_hanako"]}と{NICKNAMES["pharma_kenji"]}が書いています。'
                '医療の個別の相談にはお答えできません。</p><dl><dt>プロフィール</dt><dd><a href="https://blog.hatena.ne.jp/'
                'nurse_hanako/"><img src="https://cdn.profile-image.st-hatena.com/users/nurse_hanako/profile.png" alt="" />'
                '<span>id:nurse_hanako</span></a><a href="https://hatenablog.com/guide/pro"><i class="badge-type-pro">'
                f'はてなブログPro</i></a></dd><dt>ブログ投稿数</dt><dd>{len(self.entries)} 記事</dd><dt>ブログ投稿日数</dt>'
                f"<dd>{len(self.entries)} 日</dd></dl></div></div></article>")
        return self.document(f"このブログについて - {SITE}", "page-about", main)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        title, paragraphs = PAGES[slug]
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article class="entry page-static-page"><div class="entry-inner"><header class="entry-header"><h1 '
                f'class="entry-title"><a href="{self.url(self.page_path(slug))}" class="entry-title-link bookmark">'
                f'{self.e(title)}</a></h1></header><div class="entry-content hatenablog-entry">{body}</div></div></article>')
        return self.document(f"{title} - {SITE}", "page-staticpage", main)


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
