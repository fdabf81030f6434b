"""drupal: Drupal 10 with its default front-end theme Olivero (``node--type-article``, the title in
the page-title block, ``field--name-body``, ``field--name-field-tags``), a per-article "Related
content" view block and a site-wide "Recent content" block in the sidebar. Terms live at
``/taxonomy/term/N``, pagers are zero-based ``?page=N``, videos are oEmbed media served through
Drupal's own ``/media/oembed?url=...`` iframe, and French and German nodes say so in ``<html lang>``.

Trap: the "All articles" view has exposed sorting; every ``?sort_by=&sort_order=&page=`` page
links the other sorts and a next page, forever (its pager does not know where results end).
"""
from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from .posts import Entry, Plan
from .site import Response, ZooSite, video_id

_SORTS = ("created", "title", "changed")


class Drupal(ZooSite):
    family = "drupal"
    site_name = "Northfield Community Health"
    ignore_query = False
    plan = Plan(seed="drupal", count=34, languages=("en", "fr", "de", "es"), authors=4, tz_hours=0,
                related=(1, 2, 3, 3), tags_are_categories=True)
    trap_patterns = (r"^/articles\?(.*&)?sort_by=",)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.term_ids: dict[str, int] = {}
        super().__init__(base_url)

    def post_path(self, entry: Entry) -> str:
        return f"/article/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n - 1}"

    def tag_path(self, name: str, n: int = 1) -> str:
        tid = self.term_ids.setdefault(name, 3 + len(self.term_ids))
        return self.paged(f"/taxonomy/term/{tid}", n)

    def author_path(self, person, n: int = 1) -> str:
        return self.paged(f"/user/{3 + sorted(p.name for p in self.by_author()).index(person.name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        self.add_listing("All articles", self.newest, lambda n: self.paged("/articles", n))
        self.add("/rss.xml", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml")
        for entry in self.entries:
            for src in (b.text for b in entry.story.blocks if b.kind == "video"):
                self.add(self.oembed_path(src), "other", lambda s=src: self.oembed(s))

    def robots(self) -> str:
        return ("User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n# Directories\n"
                "Disallow: /core/\nDisallow: /profiles/\n# Paths (clean URLs)\nDisallow: /admin/\n"
                "Disallow: /comment/reply/\nDisallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\n"
                "Disallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\nDisallow: /user/logout\n")

    def oembed_path(self, src: str) -> str:
        watch = f"https://www.youtube.com/watch?v={video_id(src)}" if "youtube" in src else \
            f"https://vimeo.com/{video_id(src)}"
        return f"/media/oembed?url={quote(watch, safe='')}&max_width=0&max_height=0"

    def oembed(self, src: str) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Video</title></head><body style="margin:0">'
                f'<iframe src="{src}" width="480" height="270" frameborder="0" allowfullscreen></iframe></body></html>')

    def video_html(self, src: str, entry: Entry) -> str:
        return ('<div class="field field--name-field-media-oembed-video field--type-string field--label-hidden '
                f'field__item"><iframe src="{self.url(self.oembed_path(src)).replace("&", "&amp;")}" frameborder="0" '
                f'scrolling="no" allowtransparency width="480" height="270" class="media-oembed-content" loading="eager" '
                f'title="{self.e(entry.title)}"></iframe></div>')

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        if parts.path != "/articles" or "sort_by" not in query:
            return None
        sort = query["sort_by"][0] if query["sort_by"][0] in _SORTS else "created"
        order = query.get("sort_order", ["DESC"])[0]
        page = int(query["page"][0]) if query.get("page", ["0"])[0].isdigit() else 0
        ordered = sorted(self.entries, key=lambda e: (e.title if sort == "title" else e.published.isoformat()),
                         reverse=order == "DESC")
        items = ordered[page * self.per_page:(page + 1) * self.per_page]
        links = " ".join(f'<a href="{self.url(f"/articles?sort_by={s}&amp;sort_order={o}&amp;page={page}")}">'
                         f"{s} {o}</a>" for s in _SORTS for o in ("ASC", "DESC"))
        listing = self.listing_html("All articles", items, page + 1, page + 2, lambda n: (
            f"/articles?sort_by={sort}&sort_order={order}&page={n - 1}"), sorts=links)
        return Response(200, self.html_type, self.encode(listing))

    # -- page frame ---------------------------------------------------------------------------------

    def document(self, title: str, body_class: str, content: str, head: str = "", lang: str = "en",
                 page_title: str = "") -> str:
        menu = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="{self.url(p)}" '
                       f'class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">'
                       f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{t}</span></a></li>'
                       for p, t in (("/", "Home"), ("/articles", "Articles"), ("/start-here", "Start here"),
                                    ("/about", "About"), ("/contact", "Contact")))
        recent = "".join(f'<li><a href="{self.url(self.post_path(e))}" hreflang="en">{self.e(e.title)}</a></li>'
                         for e in self.newest[:5])
        heading = (f'<div id="block-olivero-page-title" class="block block-core block-page-title-block">'
                   f'<h1 class="title page-title">{page_title}</h1></div>' if page_title else "")
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head}<title>{self.e(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{self.site_name}" href="{self.url('/rss.xml')}">
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable"><div class="site-header__inner"><div class="site-header__inner__container container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="{self.url('/')}" title="Home" rel="home">{self.site_name}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">{menu}</ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{self.url('/')}" class="breadcrumb__link">Home</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">{heading}</div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
{content}
</div></main>
<div class="region region--sidebar">
<div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-olivero-views-block-content-recent-block-1"><h2 class="block__title">Recent content</h2><div class="block__content"><div class="view view-content-recent"><div class="item-list"><ul>{recent}</ul></div></div></div></div>
<div class="search-block-form block block-search" role="search"><h2 class="block__title">Search</h2><form action="{self.url('/search/node')}" method="get"><input type="search" name="keys"><input type="submit" value="Search"></form></div>
</div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
</div></div></footer>
</div></div></div>
</body>
</html>"""

    def render_article(self, entry: Entry) -> str:
        nid = entry.post_id
        author = entry.authors[0]
        when = entry.published
        tags = "".join(f'<li class="field--tags__item"><a href="{self.url(self.tag_path(t))}" hreflang="en">{self.e(t)}</a></li>'
                       for t in entry.tags)
        related = "".join(f'<li><a href="{self.url(self.post_path(o))}" hreflang="en">{self.e(o.title)}</a></li>'
                          for o in self.related(entry))
        related_block = (f'<div class="views-element-container block block-views block-views-blockrelated-content-block-1">'
                         f'<h2 class="block__title">Related content</h2><div class="block__content"><div class="view '
                         f'view-related-content view-id-related_content view-display-id-block_1"><div class="view-content">'
                         f'<div class="item-list"><ul>{related}</ul></div></div></div></div></div>' if related else "")
        content = f"""<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{nid}" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta">
<span>By <span class="node__author"><span><a title="View user profile." href="{self.url(self.author_path(author))}" class="username">{self.e(author.name)}</a></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{when.strftime('%Y-%m-%dT%H:%M:%SZ')}" title="{when:%A, %B %d, %Y - %H:%M}" class="datetime">{when:%a, %m/%d/%Y - %H:%M}</time></span></span>
</div></header>
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body_html(entry)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul class="links field__items field--tags__items">{tags}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Add new comment</h2>
<form class="comment-comment-form comment-form" action="{self.url(f'/comment/reply/node/{nid}/comment')}" method="post"><div class="js-form-item form-item"><label for="edit-comment-body">Comment</label><textarea name="comment_body" rows="5"></textarea></div><input type="submit" value="Save" class="button button--primary"></form></section>
</div>
</article>
</div></div>
{related_block}"""
        head = (f'<link rel="canonical" href="{self.url(self.post_path(entry))}">\n'
                f'<link rel="shortlink" href="{self.url(f"/node/{nid}")}">\n')
        title_span = (f'<span class="field field--name-title field--type-string field--label-hidden">'
                      f"{self.e(entry.title)}</span>")
        return self.document(f"{entry.title} | {self.site_name}", "path-node page-node-type-article", content, head,
                             lang=entry.story.language, page_title=title_span)

    def teaser_html(self, e: Entry) -> str:
        return (f'<article data-history-node-id="{e.post_id}" class="node node--type-article node--promoted '
                f'node--view-mode-teaser"><header><h2 class="node__title"><a href="{self.url(self.post_path(e))}" '
                f'rel="bookmark"><span class="field field--name-title">{self.e(e.title)}</span></a></h2>'
                f'<div class="node__meta"><span>By <span class="node__author">{self.e(e.authors[0].name)}</span>, '
                f'{e.published:%a, %m/%d/%Y - %H:%M}</span></div></header><div class="node__content"><div class="text-content '
                f'field field--name-body">{self.e(self.teaser(e))}</div><ul class="links inline"><li class="node-readmore">'
                f'<a href="{self.url(self.post_path(e))}" rel="tag" hreflang="en">Read more</a></li></ul></div></article>')

    def listing_html(self, title: str, items: list[Entry], n: int, pages: int, path_of, sorts: str = "") -> str:
        pager = []
        if n > 1:
            pager.append(f'<li class="pager__item pager__item--previous"><a href="{self.url(path_of(n - 1))}" rel="prev">‹ Previous</a></li>')
        pager.append(f'<li class="pager__item is-active">Page {n}</li>')
        if n < pages:
            pager.append(f'<li class="pager__item pager__item--next"><a href="{self.url(path_of(n + 1))}" rel="next">Next ›</a></li>')
        sort_form = f'<div class="view-filters">Sort by: {sorts}</div>' if sorts or path_of(1) == "/articles" else ""
        if path_of(1) == "/articles" and not sorts:
            sort_form = ('<div class="view-filters">Sort by: ' + " ".join(
                f'<a href="{self.url(f"/articles?sort_by={s}&amp;sort_order={o}&amp;page={n - 1}")}">{s} {o}</a>'
                for s in _SORTS for o in ("ASC", "DESC")) + "</div>")
        content = (f'<div class="views-element-container"><div class="view view-frontpage">{sort_form}<div class="view-content">'
                   f'{"".join(self.teaser_html(e) for e in items)}</div><nav class="pager" role="navigation">'
                   f'<ul class="pager__items js-pager__items">{"".join(pager)}</ul></nav></div></div>')
        return self.document(f"{title} | {self.site_name}", "path-frontpage" if path_of(1) == "/" else "path-taxonomy",
                             content, page_title="" if path_of(1) == "/" else self.e(title))

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        return self.listing_html(title, items, n, pages, path_of)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        content = (f'<div class="block block-system block-system-main-block"><article class="node node--type-page '
                   f'node--view-mode-full"><div class="node__content"><div class="text-content clearfix field '
                   f'field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div></div>'
                   "</article></div>")
        return self.document(f"{title} | {self.site_name}", "path-node page-node-type-page", content,
                             page_title=f'<span class="field field--name-title">{self.e(title)}</span>')

