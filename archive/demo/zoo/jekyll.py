"""jekyll (held out): a university public-health lab's blog built with Jekyll and the minima theme,
hosted on GitHub Pages, as ``jekyll build`` writes ``_site/``.

Modelled on the real theme and plugins, read in their repositories:

- jekyll/minima ``_layouts/post.html``: ``<article class="post h-entry" itemscope
  itemtype="http://schema.org/BlogPosting">`` > ``header.post-header`` > ``h1.post-title.p-name``
  (``itemprop="name headline"``) and ``p.post-meta`` (``<time class="dt-published"
  datetime="{{ page.date | date_to_xmlschema }}" itemprop="datePublished">`` with the default
  ``"%b %-d, %Y"`` date, then `` • <span itemprop="author" itemscope
  itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">``), the body in
  ``div.post-content.e-content`` (``itemprop="articleBody"``), ``<a class="u-url" href hidden>``;
  minima's ``_includes/disqus_comments.html`` (``div#disqus_thread``, the ``disqus_config``
  script, the noscript "Please enable JavaScript to view the comments powered by Disqus.");
- jekyll/minima ``_layouts/home.html`` (``div.home``, ``h2.post-list-heading``, ``ul.post-list``
  with ``span.post-meta`` and ``h3 > a.post-link``, the excerpt when ``show_excerpts``, the
  ``feed-subscribe`` / ``rss-subscribe`` line), ``_layouts/page.html`` (``article.post`` >
  ``header.post-header > h1.post-title`` and ``div.post-content``), ``_includes/head.html``
  (``{%- seo -%}``, the stylesheet, ``{%- feed_meta -%}``), ``_includes/header.html``
  (``header.site-header``, ``a.site-title``, ``nav.site-nav`` with the ``nav-trigger`` checkbox and
  ``a.page-link`` items), ``_includes/footer.html`` (``footer.site-footer.h-card``,
  ``data.u-url``, ``h2.footer-heading``, ``footer-col-1..3``, ``ul.contact-list``);
- jekyll/jekyll-seo-tag ``lib/template.html``: ``<!-- Begin Jekyll SEO tag v2.8.0 -->``, the
  title "Page | Site", ``og:title``, ``meta name="author"`` (``page.author | default:
  page.authors[0]``: only the FIRST of several authors), ``og:locale``, description from the
  excerpt, canonical and ``og:url``, ``og:site_name``, ``og:type`` article and
  ``article:published_time`` only when the page has a date, ``twitter:card``, and one JSON-LD
  object: ``BlogPosting`` with ``author`` a Person (the first author) on posts, ``WebSite`` on the
  home and ``/about/`` pages, ``WebPage`` on other pages (no author, no date);
- jekyll/jekyll-feed ``lib/jekyll-feed/feed.xml``: the Atom ``/feed.xml`` (``<generator
  uri="https://jekyllrb.com/">Jekyll</generator>``, ten entries with the full post content
  escaped, ``<author><name>`` the first author, ``<category term>`` for the category and every tag,
  ``xml:lang`` on Spanish entries); jekyll-sitemap's ``/sitemap.xml`` (every post and HTML page:
  drafts pages included) and its generated ``robots.txt`` ("Sitemap: ...");
- jekyll-paginate as Jekyll's docs show it (``paginate: 5``, ``paginate_path: "/page:num/"`` so
  ``/page2/``; ``div.pagination`` with ``a.previous`` / ``span.page_number`` "Page: 2 of 7" /
  ``a.next``);
- the "Related Posts" block of the Poole themes' ``_layouts/post.html`` (poole/lanyon,
  poole/hyde: ``div.related > h2 "Related Posts" > ul.related-posts > li > h3 > a`` with
  ``<small>{{ post.date | date_to_string }}</small>``), over ``site.related_posts limit:3``, which
  without ``--lsi`` (GitHub Pages cannot run it) is the ten most recent posts other than the
  current one: the same three newest posts on almost every page. It is a site-wide "latest posts"
  box under a misleading label, not the post's own reading list: the truth's related list is
  empty for every post;
- kramdown's output: heading ids, footnotes (``<sup id="fnref:1" role="doc-noteref"><a
  href="#fn:1" class="footnote" rel="footnote">1</a></sup>`` and ``<div class="footnotes"
  role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>... <a href="#fnref:1"
  class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>``, the references
  with their DOIs), inline math as ``\\( ... \\)`` for MathJax (loaded from jsdelivr in the head
  override), and YouTube's own "copy embed code" iframe pasted in the Markdown.

Permalinks: Jekyll's default ``/:categories/:year/:month/:day/:title:output_ext``, so a post of
category "Nutrition" is ``/nutrition/2024/03/12/slug.html``. The lab's post.html override adds,
after the body, a "Filed under" line (the category, linking ``/categories/#slug``) and the tags
(linking ``/tags/#slug``); ``/tags/`` and ``/categories/`` are one long page each (every tag an
``h2`` with its posts), not paginated. Co-written posts have ``authors: [a, b, c]``, printed
"Jane Roe, John Doe and Kim Lee" by the override (each name in its own ``p-author`` span); a
single author's front matter ``author:`` sometimes carries credentials ("Lena Hoffmann, PhD"),
which the truth leaves out. Two posts are in Spanish (``lang: es`` -> ``<html lang="es">``; the
theme's strings and minima's English month abbreviations stay). Some video posts are only the
YouTube (or Vimeo) iframe and one line.

Not articles: the home page and ``/page2/``..., ``/tags/``, ``/categories/``, ``/about/``,
``/people/`` (the lab's members with their roles) and ``/drafts/``: a folder a student committed
outside ``_drafts``, so Jekyll publishes its files as pages: ``/drafts/`` (an index) and two
unfinished posts rendered with ``layout: post`` but no date (an empty ``time.dt-published``,
``WebPage`` JSON-LD), listed in the sitemap. No author pages, no trap.
"""
from __future__ import annotations

import hashlib
import json
from functools import partial
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Plan, slugify
from .site import TEXT, ZooSite

BRAND = "Healthy Cities Lab"
DESCRIPTION = ("News and research notes from the Healthy Cities Lab, Department of Epidemiology and Population "
               "Health.")
GITHUB = "healthycitieslab"
ATOM = "application/atom+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
YOUTUBE_ALLOW = ("accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; "
                 "web-share")
MATH = ("In the notation we use in the lab, the risk ratio is \\(RR = \\frac{a/(a+b)}{c/(c+d)}\\), and a ratio "
        "above one means the outcome was more common in the exposed group.")
ROLES = ("Principal Investigator", "Postdoctoral Fellow", "PhD Student", "Research Coordinator", "MPH Student",
         "Data Analyst")
DRAFTS = {
    "urban-heat-and-hospital-visits": (
        "Urban heat and hospital visits (draft)",
        ["TODO: intro paragraph. Heat waves are getting longer in most of the cities we study, and emergency "
         "departments feel it first.",
         "Notes for the methods section: case-crossover design, lag 0 to 3 days, check the humidity model again "
         "before we share anything."]),
    "green-space-and-sleep": (
        "Green space and sleep: notes",
        ["Outline only. Does living near a park change how long people sleep? Three cohorts to compare, one "
         "with actigraphy.",
         "TODO: ask Lena about the exposure buffers (300 m or 500 m?)."]),
}


def category_dir(name: str) -> str:
    """A category as ``:categories`` writes it in a permalink: lower case, spaces to hyphens, other
    letters kept (percent-encoded)."""
    return quote(name.lower().replace(" ", "-"))


class Jekyll(ZooSite):
    family = "jekyll"
    site_name = BRAND
    declared_language = "en"
    per_page = 5
    author_pages = False
    plan = Plan(seed="jekyll", count=36, languages=("en", "es"), authors=5, co_authors=0.35, tz_hours=-5,
                related=(0,))

    # -- the plan, dressed --------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """Posts as the lab writes them in Markdown: DOIs on the footnoted references, one risk-ratio
        sentence in MathJax on some posts, and some video posts that are only the player and a line."""
        blocks = list(entry.story.blocks)
        blocks = [Block(b.kind, b.text, tuple(f"{item} doi:[{doi}](https://doi.org/{doi})"
                                                for item, doi in ((i, self.doi(entry, n)) for n, i in enumerate(b.items))))
                  if b.kind == "refs" else b for b in blocks]
        if entry.story.kind == "article" and entry.story.language == "en" and entry.index % 4 == 1:
            blocks.insert(1, Block("p", MATH))
        if entry.story.kind == "video" and entry.index % 2 == 0:
            first = next(b for b in blocks if b.kind == "p")
            blocks = [b for b in blocks if b.kind == "video"] + [Block("p", first.text.split(". ")[0].rstrip(".") + ".")]
        entry.story = type(entry.story)(entry.story.key, entry.story.title, entry.story.language, entry.story.kind,
                                        entry.story.category, tuple(t.lower() for t in entry.story.tags), tuple(blocks))
        entry.tags = tuple(t.lower() for t in entry.tags)
        return entry

    def doi(self, entry: Entry, n: int) -> str:
        digest = hashlib.md5(f"{entry.slug}:{n}".encode()).hexdigest()
        return f"10.{1000 + int(digest[:3], 16) % 9000}/{digest[3:7]}.{int(digest[7:12], 16) % 100000:05d}"

    def lang(self, entry: Entry) -> str:
        return "es" if entry.story.language == "es" else "en"

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        p = entry.published
        return f"/{category_dir(entry.categories[0])}/{p.year}/{p.month:02d}/{p.day:02d}/{entry.slug}.html"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/page{n}/"

    def category_path(self, name: str, n: int = 1) -> str:
        return f"/categories/#{slugify(name)}"

    def tag_path(self, name: str, n: int = 1) -> str:
        return f"/tags/#{slugify(name)}"

    # -- routes ------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        self.add_listing("Posts", self.newest, self.home_path)
        self.add("/tags/", "listing", partial(self.render_terms, "Tags", "tags"))
        self.add("/categories/", "listing", partial(self.render_terms, "Categories", "categories"))
        title, paragraphs = texts.EVERGREEN["about"]
        self.add("/about/", "page", partial(self.render_page, "about", title, paragraphs))
        self.add("/people/", "page", self.render_people)
        self.add("/drafts/", "page", self.render_drafts_index)
        for slug, (title, paragraphs) in DRAFTS.items():
            self.add(f"/drafts/{slug}.html", "page", partial(self.render_draft, slug, title, paragraphs))
        self.add("/feed.xml", "other", self.feed, ATOM)
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.entries] + [p for p, (k, _) in self.routes.items()
                                                          if k in ("page", "listing")]), XML)

    def robots(self) -> str:
        return f"Sitemap: {self.url('/sitemap.xml')}\n"   # jekyll-sitemap's robots.txt

    # -- frame --------------------------------------------------------------------------------------------

    def xmlschema(self, entry: Entry) -> str:
        return entry.published.isoformat()

    def seo(self, path: str, title: str, description: str, kind: str, entry: Entry | None = None,
            lang: str = "en") -> str:
        """jekyll-seo-tag 2.8's block: kind is BlogPosting, WebSite or WebPage."""
        url = self.url(path)
        full = f"{title} | {BRAND}" if title != BRAND else f"{BRAND} | {DESCRIPTION}"
        first = entry.authors[0] if entry else None
        author = self.byline_name(entry) if entry and len(entry.authors) == 1 else (first.name if first else "")
        tags = [f"<title>{self.e(full)}</title>", '<meta name="generator" content="Jekyll v3.10.0" />',
                f'<meta property="og:title" content="{self.e(title)}" />']
        if author:
            tags.append(f'<meta name="author" content="{self.e(author)}" />')
        tags += [f'<meta property="og:locale" content="{"es" if lang == "es" else "en_US"}" />',
                 f'<meta name="description" content="{self.e(description)}" />',
                 f'<meta property="og:description" content="{self.e(description)}" />',
                 f'<link rel="canonical" href="{url}" />', f'<meta property="og:url" content="{url}" />',
                 f'<meta property="og:site_name" content="{BRAND}" />']
        ld: dict = {"@context": "https://schema.org", "@type": kind}
        if entry:
            tags += ['<meta property="og:type" content="article" />',
                     f'<meta property="article:published_time" content="{self.xmlschema(entry)}" />']
            older, newer = self.neighbours(entry)
            if newer:
                tags.append(f'<link rel="next" href="{self.url(self.post_path(newer))}" title="{self.e(newer.title)}" />')
            if older:
                tags.append(f'<link rel="prev" href="{self.url(self.post_path(older))}" title="{self.e(older.title)}" />')
            ld.update({"author": {"@type": "Person", "name": author}, "dateModified": self.xmlschema(entry),
                       "datePublished": self.xmlschema(entry), "description": description, "headline": title,
                       "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url})
        else:
            tags.append('<meta property="og:type" content="website" />')
            ld.update({"description": description, "headline": title, "url": url})
            if kind == "WebSite":
                ld["name"] = BRAND
        tags += ['<meta name="twitter:card" content="summary" />',
                 f'<meta property="twitter:title" content="{self.e(title)}" />']
        return ("<!-- Begin Jekyll SEO tag v2.8.0 -->\n" + "\n".join(tags) + '\n<script type="application/ld+json">\n'
                + json.dumps(ld, ensure_ascii=False, separators=(",", ":")) + "</script>\n<!-- End Jekyll SEO tag -->\n")

    def document(self, path: str, seo: str, main: str, lang: str = "en") -> str:
        nav = "".join(f'<a class="page-link" href="{p}">{t}</a>'
                      for p, t in (("/about/", "About"), ("/people/", "People"), ("/categories/", "Categories"),
                                   ("/tags/", "Tags")))
        return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>\n<meta charset="utf-8">\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">{seo}'
                '<link rel="stylesheet" href="/assets/main.css">'
                f'<link type="application/atom+xml" rel="alternate" href="{self.url("/feed.xml")}" title="{BRAND}" />'
                "<script>window.MathJax = { tex: { inlineMath: [['\\\\(', '\\\\)']] } };</script>"
                '<script type="text/javascript" id="MathJax-script" async '
                'src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>'
                "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-7Q2LJ4K9XH\"></script><script>"
                "window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());"
                "gtag('config', 'G-7Q2LJ4K9XH');</script></head>\n"
                f'<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" '
                f'href="/">{BRAND}</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" />'
                '<label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px">'
                '<path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,'
                '1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>'
                f'<div class="trigger">{nav}</div></nav></div></header>'
                f'<main class="page-content" aria-label="Content"><div class="wrapper">{main}</div></main>'
                f'<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">'
                f'<h2 class="footer-heading">{BRAND}</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1">'
                f'<ul class="contact-list"><li class="p-name">{BRAND}</li><li><a class="u-email" '
                'href="mailto:healthycities@univ.example.edu">healthycities@univ.example.edu</a></li></ul></div>'
                '<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/'
                f'{GITHUB}"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> '
                f'<span class="username">{GITHUB}</span></a></li><li><a href="https://bsky.app/profile/'
                f'{GITHUB}.bsky.social"><span class="username">{GITHUB}.bsky.social</span></a></li></ul></div>'
                f'<div class="footer-col footer-col-3"><p>{self.e(DESCRIPTION)}</p></div></div></div></footer>'
                "</body></html>")

    # -- posts ----------------------------------------------------------------------------------------------

    def byline_name(self, entry: Entry) -> str:
        """A single author's front matter string: credentials written in when the person has them."""
        person = entry.authors[0]
        return ", ".join((person.name, *person.credentials))

    def authors_html(self, entry: Entry) -> str:
        names = [self.byline_name(entry)] if len(entry.authors) == 1 else [p.name for p in entry.authors]
        spans = [f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" '
                 f'itemprop="name">{self.e(n)}</span></span>' for n in names]
        return spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + " and " + spans[-1]

    def short_date(self, entry: Entry) -> str:
        p = entry.published
        return f"{p:%b} {p.day}, {p.year}"

    def date_to_string(self, entry: Entry) -> str:
        p = entry.published
        return f"{p.day:02d} {p:%b} {p.year}"

    def body_html(self, entry: Entry) -> str:
        """kramdown's output: the footnote markers go after the paragraphs that cite them."""
        refs = next((b for b in entry.story.blocks if b.kind == "refs"), None)
        paragraphs = [i for i, b in enumerate(entry.story.blocks) if b.kind == "p"]
        marks = dict(zip(paragraphs, range(1, len(refs.items) + 1))) if refs else {}
        out = []
        for i, block in enumerate(entry.story.blocks):
            html_ = self.block_html(block, entry)
            if i in marks:
                n = marks[i]
                html_ = html_[:-4] + (f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote" '
                                      f'rel="footnote">{n}</a></sup></p>')
            out.append(html_)
        return "\n".join(out)

    def refs_html(self, block: Block) -> str:
        items = "".join(f'<li id="fn:{n}" role="doc-endnote"><p>{self.inline(i)}&nbsp;<a href="#fnref:{n}" '
                        f'class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>'
                        for n, i in enumerate(block.items, 1))
        return (f'<h2 id="{slugify(block.text)}">{self.e(block.text)}</h2>\n'
                f'<div class="footnotes" role="doc-endnotes"><ol>{items}</ol></div>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "figure":   # kramdown: an image alone in its paragraph, from the repository's assets
            name = block.text.rsplit("/", 1)[-1]
            return f'<p><img src="/assets/img/posts/{self.e(name)}" alt="{self.e(block.items[0])}" /></p>'
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        if "vimeo" in src:
            return (f'<p><iframe src="{self.e(src)}" width="640" height="360" frameborder="0" '
                    'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe></p>')
        return (f'<iframe width="560" height="315" src="{self.e(src)}" title="YouTube video player" frameborder="0" '
                f'allow="{YOUTUBE_ALLOW}" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>')

    def related_posts(self, entry: Entry) -> list[Entry]:
        """``site.related_posts`` without LSI: the most recent posts but this one."""
        return [e for e in self.newest if e is not entry][:3]

    def render_article(self, entry: Entry) -> str:
        path, lang = self.post_path(entry), self.lang(entry)
        description = self.teaser(entry, 40).rstrip("…")
        category = entry.categories[0]
        tags = ", ".join(f'<a class="post-tag" href="{self.tag_path(t)}">{self.e(t)}</a>' for t in entry.tags)
        related = "".join(f'<li><h3><a href="{self.post_path(o)}">{self.e(o.title)} <small>{self.date_to_string(o)}'
                          "</small></a></h3></li>" for o in self.related_posts(entry))
        main = ('<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{self.e(entry.title)}'
                f'</h1><p class="post-meta"><time class="dt-published" datetime="{self.xmlschema(entry)}" '
                f'itemprop="datePublished">{self.short_date(entry)}</time> • {self.authors_html(entry)}</p></header>'
                f'<div class="post-content e-content" itemprop="articleBody">\n{self.body_html(entry)}\n</div>'
                f'<p class="post-taxonomy">Filed under <a href="{self.category_path(category)}">{self.e(category)}</a>'
                + (f" · Tags: {tags}" if tags else "") + "</p>"
                f'<div class="related"><h2>Related Posts</h2><ul class="related-posts">{related}</ul></div>'
                '<div id="disqus_thread"></div><script>var disqus_config = function () { '
                f"this.page.url = '{self.url(path)}'; this.page.identifier = '{self.url(path)}'; }};"
                "(function() { var d = document, s = d.createElement('script'); s.src = 'https://healthycitieslab.disqus.com/"
                "embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); })();</script>"
                '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">'
                "comments powered by Disqus.</a></noscript>"
                f'<a class="u-url" href="{path}" hidden></a></article>')
        return self.document(path, self.seo(path, entry.title, description, "BlogPosting", entry, lang), main, lang)

    # -- listings and pages ---------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        rows = "".join(f'<li><span class="post-meta">{self.short_date(e)}</span><h3><a class="post-link" '
                       f'href="{self.post_path(e)}">{self.e(e.title)}</a></h3><p>{self.e(self.teaser(e, 30))}</p></li>'
                       for e in items)
        intro = ("<p>We study how the places people live shape their health: housing, heat, green space, food and "
                 "transport. This blog is where lab members write about our papers, methods and the evidence behind "
                 'public-health advice. Read more <a href="/about/">about the lab</a> or meet the '
                 '<a href="/people/">people</a>.</p>') if n == 1 else ""
        prev = (f'<a href="{path_of(n - 1)}" class="previous">Previous</a>' if n > 1
                else '<span class="previous">Previous</span>')
        nxt = f'<a href="{path_of(n + 1)}" class="next">Next</a>' if n < pages else '<span class="next">Next</span>'
        main = (f'<div class="home">{intro}<h2 class="post-list-heading">Posts</h2><ul class="post-list">{rows}</ul>'
                f'<div class="pagination">{prev}<span class="page_number">Page: {n} of {pages}</span>{nxt}</div>'
                f'<p class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></p></div>')
        kind = "WebSite" if n == 1 else "WebPage"
        return self.document(path_of(n), self.seo(path_of(n), BRAND, DESCRIPTION, kind), main)

    def page_main(self, title: str, content: str) -> str:
        """minima's page layout."""
        return (f'<article class="post"><header class="post-header"><h1 class="post-title">{self.e(title)}</h1>'
                f'</header><div class="post-content">{content}</div></article>')

    def render_terms(self, title: str, field: str) -> str:
        sections = "".join(
            f'<h2 id="{slugify(name)}">{self.e(name)}</h2><ul>'
            + "".join(f'<li><a href="{self.post_path(e)}">{self.e(e.title)}</a> <small>{self.date_to_string(e)}</small></li>'
                      for e in members) + "</ul>"
            for name, members in sorted(self.groups(field).items()))
        path = f"/{field}/"
        return self.document(path, self.seo(path, title, DESCRIPTION, "WebPage"), self.page_main(title, sections))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        path = f"/{slug}/"
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        return self.document(path, self.seo(path, title, paragraphs[0][:160], "WebSite"), self.page_main(title, body))

    def render_people(self) -> str:
        people = list(dict.fromkeys(p for e in self.entries for p in e.authors))
        rows = "".join(f'<h3 id="{slugify(p.name)}">{self.e(", ".join((p.name, *p.credentials)))}</h3>'
                       f"<p><em>{ROLES[i % len(ROLES)]}</em></p>" for i, p in enumerate(people))
        text = "<p>The lab is part of the Department of Epidemiology and Population Health.</p>" + rows
        return self.document("/people/", self.seo("/people/", "People", DESCRIPTION, "WebPage"),
                             self.page_main("People", text))

    def render_drafts_index(self) -> str:
        items = "".join(f'<li><a href="/drafts/{slug}.html">{self.e(title)}</a></li>' for slug, (title, _) in DRAFTS.items())
        return self.document("/drafts/", self.seo("/drafts/", "Drafts", "Work in progress.", "WebPage"),
                             self.page_main("Drafts", f"<p>Work in progress, not linked from the blog.</p><ul>{items}</ul>"))

    def render_draft(self, slug: str, title: str, paragraphs: list[str]) -> str:
        """A page with ``layout: post`` and no date: minima prints an empty time element."""
        path = f"/drafts/{slug}.html"
        author = self.entries[0].authors[0].name
        main = ('<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{self.e(title)}</h1>'
                '<p class="post-meta"><time class="dt-published" datetime="" itemprop="datePublished"></time> • '
                f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" '
                f'itemprop="name">{self.e(author)}</span></span></p></header>'
                '<div class="post-content e-content" itemprop="articleBody">'
                + "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
                + f'</div><a class="u-url" href="{path}" hidden></a></article>')
        return self.document(path, self.seo(path, title, paragraphs[0][:160], "WebPage"), main)

    # -- feed ---------------------------------------------------------------------------------------------------

    def feed(self) -> str:
        entries = []
        for e in self.newest[:10]:
            url = self.url(self.post_path(e))
            terms = "".join(f'<category term="{self.e(t)}" />' for t in (*e.categories, *e.tags))
            lang = ' xml:lang="es"' if self.lang(e) == "es" else ""
            entries.append(
                f'<entry{lang}><title type="html">{self.e(e.title)}</title><link href="{url}" rel="alternate" '
                f'type="text/html" title="{self.e(e.title)}" /><published>{self.xmlschema(e)}</published>'
                f"<updated>{self.xmlschema(e)}</updated><id>{url}</id>"
                f'<content type="html" xml:base="{url}">{self.e(self.body_html(e))}</content>'
                f"<author><name>{self.e(e.authors[0].name)}</name></author>{terms}"
                f'<summary type="html">{self.e(self.teaser(e, 40))}</summary></entry>')
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
                '<generator uri="https://jekyllrb.com/" version="3.10.0">Jekyll</generator>'
                f'<link href="{self.url("/feed.xml")}" rel="self" type="application/atom+xml" />'
                f'<link href="{self.url("/")}" rel="alternate" type="text/html" hreflang="en" />'
                f"<updated>{self.xmlschema(self.newest[0])}</updated><id>{self.url('/feed.xml')}</id>"
                f'<title type="html">{BRAND}</title><subtitle>{self.e(DESCRIPTION)}</subtitle>'
                + "".join(entries) + "</feed>")
