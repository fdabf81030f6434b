"""wp-block: a WordPress block theme (Twenty Twenty-Four's templates) with Yoast SEO's Open Graph
tags and JSON-LD ``@graph``, a per-article "Related Posts" list (Contextual Related Posts' markup)
and, below it, the theme's site-wide "More posts" query loop. Dates carry the site's UTC-5 offset;
bylines and Yoast's Person nodes show display names with credentials ("Dr. Ana Costa, MD, FAAD").
"""
from __future__ import annotations

import hashlib
import json

from .posts import Entry, Plan, slugify
from .site import ZooSite, later


class WpBlock(ZooSite):
    family = "wp-block"
    site_name = "Harbor Health Daily"
    plan = Plan(seed="wp-block", count=40, authors=5, co_authors=0.15, reviewed=0.4, tz_hours=-5,
                related=(1, 2, 3, 4, 5))

    def extra_routes(self) -> None:
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml"]), "application/xml")
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), "application/xml")
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("page")), "application/xml")
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), "application/xml")
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest),
                 "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    def person_id(self, name: str) -> str:
        return self.url("/#/schema/person/") + hashlib.md5(name.encode()).hexdigest()

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                      f'href="{self.url(self.page_path(s))}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                      for s, t in (("start-here", "Start Here"), ("about", "About"), ("contact", "Contact")))
        cats = "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" '
                       f'href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                       for c in sorted(self.groups("categories"))[:6])
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
{head}<meta name="generator" content="WordPress 6.5.2">
<link rel="alternate" type="application/rss+xml" title="{self.site_name} &raquo; Feed" href="{self.url('/feed/')}">
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="{self.url('/')}" target="_self" rel="home">{self.site_name}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Header navigation"><ul class="wp-block-navigation__container">{nav}</ul></nav>
</div></header>
{main}
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">
<div class="wp-block-columns alignwide"><div class="wp-block-column"><h2 class="wp-block-heading has-medium-font-size">Topics</h2>
<nav class="wp-block-navigation is-vertical" aria-label="Topics"><ul class="wp-block-navigation__container">{cats}</ul></nav></div>
<div class="wp-block-column"><p class="has-small-font-size">Harbor Health Daily publishes practical health news. Content is for information only and is not a substitute for medical advice.</p></div></div>
<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div></footer>
</div>
</body>
</html>"""

    def head(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = later(entry.published, f"{self.family}:{entry.slug}:modified")
        names = [p.display for p in entry.authors]
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": [{"name": n, "@id": self.person_id(n)} for n in names] if len(names) > 1
             else {"name": names[0], "@id": self.person_id(names[0])},
             "headline": entry.title, "datePublished": entry.published.isoformat(),
             "dateModified": modified.isoformat(), "mainEntityOfPage": {"@id": url},
             "wordCount": len(self.teaser(entry, 9999).split()), "publisher": {"@id": self.url("/#organization")},
             "keywords": list(entry.tags), "articleSection": list(entry.categories), "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
             "publisher": {"@id": self.url("/#organization")}, "inLanguage": "en-US"},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": self.site_name, "url": self.url("/")},
            *({"@type": "Person", "@id": self.person_id(n), "name": n,
               "url": self.url(self.author_path(p))} for n, p in zip(names, entry.authors)),
        ]
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        return f"""<meta name="description" content="{self.e(self.teaser(entry))}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{self.e(title)}">
<meta property="og:description" content="{self.e(self.teaser(entry))}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{self.site_name}">
<meta property="article:published_time" content="{entry.published.isoformat()}">
<meta property="article:modified_time" content="{modified.isoformat()}">
{tags}<meta name="author" content="{self.e(names[0])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="{self.e(names[0])}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>
"""

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider}">'
                f'<div class="wp-block-embed__wrapper"><iframe loading="lazy" title="{self.e(entry.title)}" '
                f'width="620" height="349" src="{src}?feature=oembed" frameborder="0" allowfullscreen></iframe>'
                "</div></figure>")

    def render_article(self, entry: Entry) -> str:
        pid = entry.post_id
        title = f"{entry.title} - {self.site_name}"
        authors = " and ".join(f'<a href="{self.url(self.author_path(p))}" target="_self" '
                               f'class="wp-block-post-author-name__link">{self.e(p.display)}</a>' for p in entry.authors)
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="tag">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        reviewed = (f'<p class="has-small-font-size medically-reviewed">Medically reviewed by '
                    f"<strong>{self.e(entry.reviewer.display)}</strong></p>" if entry.reviewer else "")
        related = "".join(f'<li><a href="{self.url(self.post_path(o))}" class="crp_link post-{o.post_id}">'
                          f'<span class="crp_title">{self.e(o.title)}</span></a></li>' for o in self.related(entry))
        related = (f'<div class="crp_related crp-text-only"><h3>Related Posts:</h3><ul>{related}</ul>'
                   '<div class="crp_clear"></div></div>' if related else "")
        more = "".join(
            f'<li class="wp-block-post post-{o.post_id} post type-post status-publish format-standard hentry">'
            f'<h2 class="wp-block-post-title has-large-font-size"><a href="{self.url(self.post_path(o))}" target="_self">'
            f'{self.e(o.title)}</a></h2><div class="wp-block-post-date"><time datetime="{o.published.isoformat()}">'
            f'{o.published:%b} {o.published.day}, {o.published.year}</time></div></li>'
            for o in [e for e in self.newest if e is not entry][:3])
        main = f"""<main class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40)" class="has-text-align-left wp-block-post-title">{self.e(entry.title)}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex">
<div class="wp-block-post-date"><time datetime="{entry.published.isoformat()}">{entry.published:%b} {entry.published.day}, {entry.published.year}</time></div>
<p class="has-contrast-2-color">— Written by</p><div class="wp-block-post-author-name">{authors}</div>
<p class="has-contrast-2-color">in</p><div class="taxonomy-category wp-block-post-terms">{cats}</div>
</div>{reviewed}</div>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
{self.body_html(entry)}
{related}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tags: </span>{tags}</div></div>
<div class="wp-block-comments"><h2 class="wp-block-heading">Leave a Reply</h2><form action="{self.url('/wp-comments-post.php')}" method="post" class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{pid}"></form></div>
<div class="wp-block-group alignwide has-global-padding is-layout-constrained"><h2 class="wp-block-heading alignwide has-small-font-size">More posts</h2>
<div class="wp-block-query alignwide"><ul class="columns-3 wp-block-post-template is-layout-grid">{more}</ul></div></div>
</main>"""
        return self.document(title, f"post-template-default single single-post postid-{pid} single-format-standard",
                             main, self.head(entry, title))

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        posts = "".join(
            f'<li class="wp-block-post post-{e.post_id} post type-post status-publish hentry">'
            f'<h2 class="wp-block-post-title"><a href="{self.url(self.post_path(e))}" target="_self">{self.e(e.title)}</a></h2>'
            f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{self.e(self.teaser(e))}</p></div>'
            f'<div class="wp-block-post-date"><time datetime="{e.published.isoformat()}">{e.published:%b} {e.published.day}, {e.published.year}</time></div></li>'
            for e in items)
        nav = (f'<a href="{self.url(path_of(n - 1))}" class="wp-block-query-pagination-previous">Newer Posts</a>' if n > 1 else "")
        nav += "".join(f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' if k != n
                       else f'<span aria-current="page" class="page-numbers current">{k}</span>' for k in range(1, pages + 1))
        nav += (f'<a href="{self.url(path_of(n + 1))}" class="wp-block-query-pagination-next">Older Posts</a>' if n < pages else "")
        home = path_of(1) == "/"
        heading = "" if home else f'<h1 class="wp-block-query-title">{self.e(title)}</h1>'
        main = (f'<main class="wp-block-group is-layout-constrained">{heading}<div class="wp-block-query">'
                f'<ul class="wp-block-post-template">{posts}</ul><nav class="wp-block-query-pagination" '
                f'aria-label="Pagination">{nav}</nav></div></main>')
        label = (self.site_name if home else f"{title} Archives - {self.site_name}") + (f" - Page {n} of {pages}" if n > 1 else "")
        return self.document(label, ("home blog" if home else "archive") + (" paged" if n > 1 else ""), main,
                             f'<meta property="og:type" content="website">\n<meta property="og:site_name" content="{self.site_name}">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<main class="wp-block-group is-layout-constrained"><h1 class="wp-block-post-title">{self.e(title)}</h1>'
                f'<div class="entry-content wp-block-post-content">{body}</div></main>')
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": self.url(self.page_path(slug)), "name": f"{title} - {self.site_name}"},
            {"@type": "WebSite", "@id": self.url("/#website"), "name": self.site_name}]}
        head = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(title)} - {self.site_name}">\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>\n')
        return self.document(f"{title} - {self.site_name}", f"page-template-default page page-id-{len(slug) + 2}", main, head)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{slugify(name)}/", n)
