"""ghost: Ghost with its default theme Casper (``post.hbs``: ``article.article.post``,
``h1.article-title``, ``.article-byline``, ``section.gh-content``, then a site-wide "read more"
aside of the three latest posts and a subscribe call to action). Ghost has one taxonomy (tags, the
first being the primary tag), outputs Open Graph, ``article:tag`` and one JSON-LD Article naming
only the primary author. Some posts end with their own short "Read also" block (one or two links).
"""
from __future__ import annotations

import json

from .posts import Entry, Plan, slugify
from .site import ZooSite


class Ghost(ZooSite):
    family = "ghost"
    site_name = "The Calm Kitchen"
    per_page = 12
    plan = Plan(seed="ghost", count=36, authors=3, co_authors=0.2, tz_hours=1, related=(0, 0, 1, 1, 2),
                tags_are_categories=True)

    def extra_routes(self) -> None:
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/sitemap-posts.xml", "/sitemap-pages.xml", "/sitemap-tags.xml"]), "text/xml")
        self.add("/sitemap-posts.xml", "other", lambda: self.sitemap(self.paths_of("article")), "text/xml")
        self.add("/sitemap-pages.xml", "other", lambda: self.sitemap(self.paths_of("page")), "text/xml")
        self.add("/sitemap-tags.xml", "other", lambda: self.sitemap(
            [self.tag_path(t) for t in self.groups("tags")]), "text/xml")
        self.add("/rss/", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml")

    def robots(self) -> str:
        return (f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}\nDisallow: /ghost/\nDisallow: /email/\n"
                "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n")

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        nav = "".join(f'<li class="nav-{s}"><a href="{self.url(self.page_path(s))}">{t}</a></li>'
                      for s, t in (("start-here", "Start here"), ("about", "About")))
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{self.e(title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="{self.url('/assets/built/screen.css?v=5b1e2a7c1d')}">
{head}<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="{self.site_name}" href="{self.url('/rss/')}">
</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="{self.url('/')}">{self.site_name}</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="{self.url('/')}">Home</a></li>{nav}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<div class="site-content">
{main}
</div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="{self.url('/')}">{self.site_name}</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy</a></li><li><a href="{self.url(self.page_path('contact'))}">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
</body>
</html>"""

    def card(self, e: Entry) -> str:
        tag = e.tags[0]
        return (f'<article class="post-card post tag-{slugify(tag)}"><a class="post-card-image-link" '
                f'href="{self.url(self.post_path(e))}"><img class="post-card-image" src="{self.url(f"/content/images/{e.slug}.jpg")}" '
                f'alt="{self.e(e.title)}" loading="lazy"></a><div class="post-card-content">'
                f'<a class="post-card-content-link" href="{self.url(self.post_path(e))}"><header class="post-card-header">'
                f'<div class="post-card-tags"><span class="post-card-primary-tag">{self.e(tag)}</span></div>'
                f'<h2 class="post-card-title">{self.e(e.title)}</h2></header><div class="post-card-excerpt">'
                f"{self.e(self.teaser(e, 22))}</div></a><footer class=\"post-card-meta\"><time "
                f'class="post-card-meta-date" datetime="{e.date}">{e.published.day} {e.published:%b %Y}</time>'
                "</footer></div></article>")

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="{src}" '
                f'frameborder="0" allowfullscreen title="{self.e(entry.title)}"></iframe></figure>')

    def read_also(self, entry: Entry) -> str:
        others = self.related(entry)
        if len(others) == 1:
            o = others[0]
            return f'<p><strong>Read also:</strong> <a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></p>'
        if others:
            items = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in others)
            return f'<h3 id="read-also">Read also</h3><ul>{items}</ul>'
        return ""

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        primary = entry.tags[0]
        authors = entry.authors
        author_list = "".join(
            f'<li class="author-list-item"><a href="{self.url(self.author_path(p))}" class="author-avatar '
            f'author-profile-image"><img src="{self.url("/content/images/avatar.png")}" alt="{self.e(p.name)}"></a></li>'
            for p in authors)
        names = ", ".join(f'<a href="{self.url(self.author_path(p))}">{self.e(p.name)}</a>' for p in authors)
        words = len(self.teaser(entry, 9999).split())
        more = "".join(self.card(o) for o in [e for e in self.newest if e is not entry][:3])
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": self.site_name, "url": self.url("/")},
              "author": {"@type": "Person", "name": authors[0].name, "url": self.url(self.author_path(authors[0]))},
              "headline": entry.title, "url": url, "datePublished": entry.published.isoformat(),
              "dateModified": entry.published.isoformat(), "keywords": ", ".join(entry.tags),
              "description": self.teaser(entry), "mainEntityOfPage": url}
        head = f"""<link rel="canonical" href="{url}">
<meta name="description" content="{self.e(self.teaser(entry))}">
<meta property="og:site_name" content="{self.site_name}">
<meta property="og:type" content="article">
<meta property="og:title" content="{self.e(entry.title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{entry.published.isoformat()}">
{tags}<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="{self.e(authors[0].name)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
"""
        main = f"""<main id="site-main" class="site-main">
<article class="article post tag-{slugify(primary)}">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="{self.url(self.tag_path(primary))}">{self.e(primary)}</a></section>
<h1 class="article-title">{self.e(entry.title)}</h1>
<div class="article-byline"><section class="article-byline-content">
<ul class="author-list">{author_list}</ul>
<div class="article-byline-meta"><h4 class="author-name">{names}</h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{entry.date}">{entry.published.day} {entry.published:%b %Y}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {max(1, words // 230)} min read</span></div></div>
</section></div>
</header>
<section class="gh-content gh-canvas">
{self.body_html(entry)}
{self.read_also(entry)}
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">{more}</div></aside>"""
        return self.document(entry.title, f"post-template tag-{slugify(primary)}", main, head)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        header = ("" if home else f'<section class="outer"><div class="inner posts"><header class="tag-header">'
                  f'<h1 class="post-card-title">{self.e(title)}</h1></header></div></section>')
        nav = "".join([
            f'<a class="newer-posts" href="{self.url(path_of(n - 1))}">&larr; Newer Posts</a>' if n > 1 else "",
            f'<span class="page-number">Page {n} of {pages}</span>',
            f'<a class="older-posts" href="{self.url(path_of(n + 1))}">Older Posts &rarr;</a>' if n < pages else ""])
        head = (f'<link rel="next" href="{self.url(path_of(n + 1))}">\n' if n < pages else "") + (
            f'<meta property="og:type" content="website">\n<meta property="og:site_name" content="{self.site_name}">\n')
        main = (f'<main id="site-main" class="site-main outer">{header}<div class="inner posts"><div class="post-feed">'
                f'{"".join(self.card(e) for e in items)}</div><nav class="pagination">{nav}</nav></div></main>')
        label = self.site_name if home else f"{title} - {self.site_name}"
        return self.document(label + (f" (Page {n})" if n > 1 else ""),
                             ("home-template" if home else "tag-template") + (" paged" if n > 1 else ""), main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<main id="site-main" class="site-main"><article class="article page no-image">'
                f'<header class="article-header gh-canvas"><h1 class="article-title">{self.e(title)}</h1></header>'
                f'<section class="gh-content gh-canvas">{body}</section></article></main>')
        head = (f'<meta property="og:type" content="website">\n<meta property="og:title" content="{self.e(title)}">\n'
                f'<meta property="og:site_name" content="{self.site_name}">\n')
        return self.document(f"{title}", "page-template", main, head)
