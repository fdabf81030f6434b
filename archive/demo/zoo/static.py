"""static: a Hugo blog with a PaperMod-like theme on a static host: ``article.post-single``,
``h1.post-title``, ``.post-meta`` ("March 5, 2024 · 4 min · Ana Costa and Marcus Bell"), a
collapsible table of contents, ``div.post-content`` with heading anchors, ``ul.post-tags``, a
"See also" list from Hugo's related content, Hugo's Open Graph and BlogPosting JSON-LD. Each post
links a per-page RSS feed the static host does not serve (404).

Trap: a "Discover" footer links ``/t/<letters>/``; every such page links three more made-up
letter slugs, forever.
"""
from __future__ import annotations

import hashlib
import json
import re

from .posts import Entry, Plan, slugify
from .site import Response, ZooSite, long_date

_TRAP = re.compile(r"^/t/([a-z]{3,12})/$")


class Static(ZooSite):
    family = "static"
    site_name = "Field Notes on Health"
    plan = Plan(seed="static", count=38, authors=4, co_authors=0.3, tz_hours=2, related=(1, 2, 3, 3))
    trap_patterns = (r"^/t/[a-z]+/$",)

    def post_path(self, entry: Entry) -> str:
        return f"/posts/{entry.slug}/"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/categories/{slugify(name)}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tags/{slugify(name)}/", n)

    def author_path(self, person, n: int = 1) -> str:
        return self.paged(f"/authors/{slugify(person.name)}/", n)

    def extra_routes(self) -> None:
        self.add_listing("Posts", self.newest, lambda n: self.paged("/posts/", n))
        self.add("/tags/", "listing", lambda: self.terms("Tags", self.tag_path, self.groups("tags")))
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (k, _) in self.routes.items() if k in ("article", "page", "listing")]), "application/xml")
        self.add("/index.xml", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml")

    def robots(self) -> str:
        return f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}\n"

    def letters(self, seed: str, n: int = 3) -> list[str]:
        digest = hashlib.sha256(seed.encode()).digest()
        return ["".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in digest[i * 8:i * 8 + 4 + digest[i] % 5])
                for i in range(n)]

    def trap(self, target: str) -> Response | None:
        match = _TRAP.match(target.split("?")[0])
        if not match:
            return None
        word = match.group(1)
        links = "".join(f'<li><a href="{self.url(f"/t/{w}/")}">{w}</a></li>' for w in self.letters(word))
        main = (f'<header class="page-header"><h1>Posts about &ldquo;{word}&rdquo;</h1></header>'
                f'<p>No posts match this topic yet. Other topics readers explored:</p><ul class="terms-tags">{links}</ul>')
        return Response(200, self.html_type, self.encode(self.document(f"{word} | {self.site_name}", "list", main)))

    def document(self, title: str, kind: str, main: str, head: str = "") -> str:
        discover = self.letters(title)[0]
        return f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{self.e(title)}</title>
<meta name="generator" content="Hugo 0.124.1">
{head}<link crossorigin="anonymous" href="{self.url('/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css')}" rel="preload stylesheet" as="style">
</head>
<body class="{kind}" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="{self.url('/')}" accesskey="h" title="{self.site_name} (Alt + H)">{self.site_name}</a></div>
<ul id="menu"><li><a href="{self.url('/posts/')}" title="Posts"><span>Posts</span></a></li><li><a href="{self.url('/tags/')}" title="Tags"><span>Tags</span></a></li><li><a href="{self.url(self.page_path('start-here'))}"><span>Start here</span></a></li><li><a href="{self.url(self.page_path('about'))}"><span>About</span></a></li></ul></nav></header>
<main class="main">
{main}
</main>
<footer class="footer"><span>&copy; 2025 <a href="{self.url('/')}">{self.site_name}</a></span> · <span>Discover: <a href="{self.url(f'/t/{discover}/')}">{discover}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
</body>
</html>"""

    def block_html(self, block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            anchor = slugify(block.text)
            return (f'<{block.kind} id="{anchor}">{self.inline(block.text)}<a hidden class="anchor" aria-hidden="true" '
                    f'href="#{anchor}">#</a></{block.kind}>')
        return super().block_html(block, entry)

    def toc(self, entry: Entry) -> str:
        heads = [b.text for b in entry.story.blocks if b.kind == "h2"]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li><a href="#{slugify(h)}" aria-label="{self.e(h)}">{self.e(h)}</a></li>' for h in heads)
        return (f'<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">'
                f'Table of Contents</span></summary><div class="inner"><ul>{items}</ul></div></details></div>')

    def names(self, entry: Entry) -> str:
        names = [p.name for p in entry.authors]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        words = len(self.teaser(entry, 9999).split())
        category = entry.categories[0]
        tags = "".join(f'<li><a href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        related = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>'
                          for o in self.related(entry))
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": entry.title, "name": entry.title,
              "description": self.teaser(entry), "keywords": list(entry.tags), "wordCount": str(words),
              "inLanguage": entry.story.language, "datePublished": entry.published.isoformat(),
              "dateModified": entry.published.isoformat(),
              "author": [{"@type": "Person", "name": p.name} for p in entry.authors],
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "publisher": {"@type": "Organization", "name": self.site_name}}
        tag_meta = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        head = f"""<meta name="description" content="{self.e(self.teaser(entry))}">
<meta name="author" content="{self.e(self.names(entry))}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="{url}index.xml">
<meta property="og:title" content="{self.e(entry.title)}">
<meta property="og:description" content="{self.e(self.teaser(entry))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:section" content="{self.e(category)}">
<meta property="article:published_time" content="{entry.published.isoformat()}">
<meta property="article:modified_time" content="{entry.published.isoformat()}">
{tag_meta}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
"""
        main = f"""<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{self.url('/')}">Home</a>&nbsp;»&nbsp;<a href="{self.url(self.category_path(category))}">{self.e(category)}</a></div>
<h1 class="post-title entry-hint-parent">{self.e(entry.title)}</h1>
<div class="post-meta"><span title="{entry.published:%Y-%m-%d %H:%M:%S %z}">{long_date(entry.published)}</span>&nbsp;·&nbsp;{max(1, words // 200)} min&nbsp;·&nbsp;{self.e(self.names(entry))}</div>
</header>
{self.toc(entry)}
<div class="post-content">{self.body_html(entry)}</div>
{f'<div class="see-also"><h3>See also</h3><ul>{related}</ul></div>' if related else ""}
<footer class="post-footer"><ul class="post-tags">{tags}</ul>
<nav class="paginav">{self.prev_next(entry)}</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?url={url}">X</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}">LinkedIn</a></li></ul>
</footer>
</article>"""
        return self.document(f"{entry.title} | {self.site_name}", "", main, head)

    def prev_next(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        out = ""
        if newer is not None:
            out += f'<a class="prev" href="{self.url(self.post_path(newer))}"><span class="title">« Prev</span><br><span>{self.e(newer.title)}</span></a>'
        if older is not None:
            out += f'<a class="next" href="{self.url(self.post_path(older))}"><span class="title">Next »</span><br><span>{self.e(older.title)}</span></a>'
        return out

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "".join(
            f'<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{self.e(e.title)}</h2>'
            f'</header><div class="entry-content"><p>{self.e(self.teaser(e))}</p></div><footer class="entry-footer">'
            f'<span title="{e.published:%Y-%m-%d}">{long_date(e.published)}</span>&nbsp;·&nbsp;{self.e(self.names(e))}</footer>'
            f'<a class="entry-link" aria-label="post link to {self.e(e.title)}" href="{self.url(self.post_path(e))}"></a></article>'
            for e in items)
        nav = "".join([
            f'<a class="prev" href="{self.url(path_of(n - 1))}">«&nbsp;Prev&nbsp;</a>' if n > 1 else "",
            f'<a class="next" href="{self.url(path_of(n + 1))}">Next&nbsp;&nbsp;»</a>' if n < pages else ""])
        home = path_of(1) == "/"
        header = "" if home else f'<header class="page-header"><h1>{self.e(title)}</h1></header>'
        head = f'<link rel="alternate" type="application/rss+xml" href="{self.url("/index.xml")}">\n'
        return self.document(self.site_name if home else f"{title} | {self.site_name}", "list",
                             f'{header}{cards}<footer class="page-footer"><nav class="pagination">{nav}</nav></footer>', head)

    def terms(self, title: str, path_of, groups: dict) -> str:
        items = "".join(f'<li><a href="{self.url(path_of(name))}">{self.e(name)} <sup>{len(items)}</sup></a></li>'
                        for name, items in sorted(groups.items()))
        return self.document(f"{title} | {self.site_name}", "list",
                             f'<header class="page-header"><h1>{title}</h1></header><ul class="terms-tags">{items}</ul>')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article class="post-single"><header class="post-header"><h1 class="post-title">{self.e(title)}</h1>'
                f'</header><div class="post-content">{body}</div></article>')
        return self.document(f"{title} | {self.site_name}", "", main,
                             f'<meta property="og:title" content="{self.e(title)}">\n<meta property="og:type" content="website">\n')
