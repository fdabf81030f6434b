"""hugo (held out): a registered dietitian's personal blog built with Hugo and the PaperMod theme,
English with a few Spanish translations (Hugo's language prefix ``/es/``), served as ``hugo``
writes ``public/``.

Modelled on the real theme's templates, read in adityatelange/hugo-PaperMod:

- ``layouts/_default/single.html``: ``<article class="post-single">`` > ``<header
  class="post-header">`` (breadcrumbs, ``h1.post-title`` with the ``<div class="entry-isdraft">
  <sup>&nbsp;&nbsp;[draft]</sup></div>`` leftover of a site built with drafts, ``div.post-description``,
  ``div.post-meta`` with the ``ul.i18n_list`` "Translations:" list on translated posts), the table
  of contents ``div.toc > details > summary`` (ShowToc), ``div.post-content`` (through
  ``anchored_headings.html``), ``footer.post-footer`` with ``ul.post-tags``, ``nav.paginav`` and
  the share icons;
- ``layouts/partials/post_meta.html``: ``<span title='{{ .Date }}'>`` (Go's time string,
  "2024-03-12 08:00:00 +0000 UTC") with the "January 2, 2006" date, ``N min`` and the author
  (``author.html``: a front matter list joined with ", ", a string printed as written, the site's
  ``params.author`` when the post names none), joined by ``&nbsp;·&nbsp;``;
- ``layouts/partials/breadcrumbs.html`` (``div.breadcrumbs``, Home ``&nbsp;»&nbsp;`` section),
  ``layouts/partials/post_nav_links.html`` (``nav.paginav`` > ``a.prev`` / ``a.next`` with
  ``span.title`` "« Prev" / "Next »" and the neighbour's title), ``layouts/partials/share_icons.html``
  (``.share-buttons``, ``aria-label="share TITLE on x"``), ``layouts/partials/related.html`` of a
  PaperMod fork (``div.related > h3.see-also`` > ``ul``: the post's related content, Hugo's
  ``.Site.RegularPages.Related`` on a front matter ``related`` keyword index);
- ``layouts/partials/templates/schema_json.html``: the ``BreadcrumbList`` and ``BlogPosting``
  JSON-LD (``headline``, ``name``, ``description``, ``keywords`` from the tags, ``articleBody``,
  ``"wordCount" : "N"``, ``inLanguage``, ``datePublished`` / ``dateModified`` as Go time strings
  in RFC 3339, ``author`` a Person or a list of Persons, ``publisher``);
- ``layouts/_default/list.html``: ``header.page-header``, ``article.post-entry`` cards
  (``tag-entry`` on term pages, ``first-entry home-info`` on the home page) with
  ``header.entry-header > h2``, ``section.entry-content > p`` summary "...", ``footer.entry-footer``
  (post_meta) and the empty ``a.entry-link`` over the card; ``footer.page-footer >
  nav.pagination`` with ``a.prev`` / ``a.next``; ``/archives/`` (``archives.html``), ``/search/``
  (``search.html``, Fuse.js over ``/index.json``), ``terms.html`` (``ul.terms-tags``) and
  ``rss.xml`` (``<generator>Hugo -- ...``, per-term feeds ``/tags/x/index.xml``), the
  ``robots.txt`` template and Hugo's multilingual sitemap index;
- ``layouts/partials/head.html`` (``<meta name="author" content="{{ (partial "author.html" . ) }}">``:
  the post's own author line) and ``layouts/partials/templates/opengraph.html`` (og:type "article"
  on regular pages, "website" on every other page; ``article:section`` = the content section,
  "posts"; ``og:see_also`` for the other parts of a post's series);
- Hugo's own ``youtube`` and ``vimeo`` shortcodes (``<div style="position: relative;
  padding-bottom: 56.25%; height: 0; overflow: hidden;"><iframe ...>``) and goldmark's heading ids.

What a post page carries: the header nav (logo, theme toggle, the language switch, menu), the
post header, on posts of a series a "Series: NAME, part N of M" box listing the series' parts
(the site's own partial over its ``series`` taxonomy: a table of contents of the series, the same
on every part, not the post's related reading: the truth's related list is the "See also" block
only), the TOC on long posts, the body, a "See also" block when the post has related posts, a
newsletter box (Buttondown), the tags, prev/next links, share icons, giscus comments, the footer.
Older posts (migrated, ``schema: false`` in their front matter, honoured by the site's head
override) carry no JSON-LD and no description, and a date-only front matter date (00:00:00).
Guest posts: ``author: ["A", "B"]`` (printed "A, B") or ``author: "A & B"`` on older ones; the
owner's posts print the site's ``params.author`` "Marcus Bell, RD" (the truth: Marcus Bell). Some
posts keep the ``[draft]`` mark in the title (a site built with ``--buildDrafts``).

Categories are printed by the site's post_meta override (" · in <a>Nutrition</a>" appended), tags in
``ul.post-tags``. Listings: ``/``, ``/page/N/``, ``/posts/``, ``/posts/page/N/``, ``/tags/x/``,
``/categories/x/``, ``/series/x/``, ``/tags/``, ``/categories/``, ``/series/``, ``/archives/``; the
Spanish side ``/es/``, ``/es/posts/``, ``/es/tags/x/``, ``/es/categories/x/``. Each Spanish post is
the translation of one English post (``translationKey``): both have ``hreflang`` alternates. No
author pages, no trap.
"""
from __future__ import annotations

import html
import json
import random
import re
from functools import partial
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, body_text, plain
from .site import RSS, TEXT, ZooSite, long_date

BRAND = "The Plate Notes"
HOST = "https://platenotes.blog"
OWNER = "Marcus Bell"
OWNER_SHOWN = "Marcus Bell, RD"
XML = "application/xml"
JSON_TYPE = "application/json"
SERIES = {"Gut health": "Nutrition", "Stress and the gut": "Mental Health"}   # series name: the category it is drawn from
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
UI = {"en": dict(home="Home", posts="Posts", prev="Prev", next="Next", toc="Table of Contents",
                 translations="Translations", see_also="See also", prev_page="Prev", next_page="Next",
                 archive="Archive", tags="Tags", search="Search", about="About", series="Series",
                 part="part {n} of {m}", this_post="this post", in_="in", categories="Categories"),
      "es": dict(home="Inicio", posts="Artículos", prev="Anterior", next="Siguiente", toc="Tabla de contenidos",
                 translations="Traducciones", see_also="Ver también", prev_page="Anterior", next_page="Siguiente",
                 archive="Archivo", tags="Etiquetas", search="Buscar", about="Sobre mí", series="Serie",
                 part="parte {n} de {m}", this_post="este artículo", in_="en", categories="Categorías")}


def term_slug(name: str) -> str:
    """Hugo's ``urlize``: lower case, punctuation dropped, spaces to hyphens, non-ASCII letters kept
    (percent-encoded in links)."""
    return quote(re.sub(r"[^\w\s-]", "", name.lower()).replace(" ", "-"))


def anchor(text: str) -> str:
    """goldmark's auto heading id (Hugo's ``github`` style)."""
    return re.sub(r"[^\w\- ]", "", plain(text).lower()).replace(" ", "-")


class Hugo(ZooSite):
    family = "hugo"
    site_name = BRAND
    declared_language = "en"
    per_page = 10
    author_pages = False
    plan = Plan(seed="hugo", count=36, languages=("en", "es"), authors=4, co_authors=0.3, tz_hours=0,
                related=(0, 0, 2, 3, 3, 4))

    # -- the plan, dressed ------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """The owner writes the posts that name one author; co-written posts are guest posts."""
        if len(entry.authors) == 1:
            entry.authors = (Person(OWNER, "", ("RD",)),)
        return entry

    def lang(self, entry: Entry) -> str:
        return "es" if entry.story.language == "es" else "en"

    def older(self, entry: Entry) -> bool:
        """Posts migrated before the theme switch: no description, no JSON-LD, date-only dates."""
        return entry.published.year < 2022 or (entry.published.year == 2022 and entry.published.month < 6)

    def draft(self, entry: Entry) -> bool:
        return entry.post_id % 5 == 1

    def side(self, lang: str) -> list[Entry]:
        return [e for e in self.newest if self.lang(e) == lang]

    def prepare(self) -> None:
        rng = random.Random("hugo:series")
        english = sorted((e for e in self.entries if self.lang(e) == "en" and e.story.kind == "article"),
                         key=lambda e: e.published)
        self.series: dict[str, list[Entry]] = {}
        for name, category in SERIES.items():
            pool = [e for e in english if category in e.categories and all(e not in s for s in self.series.values())]
            self.series[name] = sorted(rng.sample(pool, 3), key=lambda e: e.published)
        self.series_of = {e.index: name for name, parts in self.series.items() for e in parts}
        spanish = [e for e in self.entries if self.lang(e) == "es"]
        partners = rng.sample([e for e in english if e.index not in self.series_of], len(spanish))
        self.translation: dict[int, Entry] = {}
        for es, en in zip(spanish, partners):
            self.translation[es.index], self.translation[en.index] = en, es

    # -- paths ---------------------------------------------------------------------------------------

    def prefix(self, lang: str) -> str:
        return "/es" if lang == "es" else ""

    def post_path(self, entry: Entry) -> str:
        return f"{self.prefix(self.lang(entry))}/posts/{entry.slug}/"

    def term_path(self, lang: str, taxonomy: str, name: str, n: int = 1) -> str:
        return self.paged(f"{self.prefix(lang)}/{taxonomy}/{term_slug(name)}/", n)

    def lang_of_term(self, name: str) -> str:
        return next((self.lang(e) for e in self.entries if name in (*e.tags, *e.categories)), "en")

    def category_path(self, name: str, n: int = 1) -> str:
        return self.term_path(self.lang_of_term(name), "categories", name, n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.term_path(self.lang_of_term(name), "tags", name, n)

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Hugo relates pages within one language only."""
        return [o for o in self.related(entry) if self.lang(o) == self.lang(entry)]

    # -- routes ----------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.prepare()
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        for lang in ("en", "es"):
            pre, items = self.prefix(lang), self.side(lang)
            self.add_listing(f"home:{lang}", items, lambda n, pre=pre: self.paged(f"{pre}/", n))
            self.add_listing(f"section:{lang}", items, lambda n, pre=pre: self.paged(f"{pre}/posts/", n))
            self.add(f"{pre}/index.xml", "other", partial(self.feed, lang, BRAND, f"{pre}/", items), RSS)
            self.add(f"{pre}/posts/index.xml", "other", partial(self.feed, lang, f"Posts on {BRAND}", f"{pre}/posts/", items), RSS)
            for taxonomy, field in (("categories", "categories"), ("tags", "tags")):
                groups = {k: v for k, v in self.groups(field).items() if self.lang(v[0]) == lang}
                for name, members in groups.items():
                    self.add_taxonomy(lang, taxonomy, name, members)
                self.add(f"{pre}/{taxonomy}/", "listing", partial(self.render_terms, lang, taxonomy, groups))
            self.add(f"{pre}/archives/", "listing", partial(self.render_archives, lang))
            self.add(f"{pre}/search/", "page", partial(self.render_search, lang))
            self.add(f"{pre}/index.json", "other", partial(self.search_index, lang), JSON_TYPE)
            self.add(f"/{lang}/sitemap.xml", "other", partial(self.language_sitemap, lang), XML)
        for name, members in self.series.items():
            self.add_taxonomy("en", "series", name, list(reversed(members)))
        self.add("/series/", "listing", partial(self.render_terms, "en", "series", self.series))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(["/en/sitemap.xml", "/es/sitemap.xml"]), XML)

    def add_taxonomy(self, lang: str, taxonomy: str, name: str, members: list[Entry]) -> None:
        self.add_listing(f"{taxonomy}:{lang}:{name}", members, partial(self.term_path, lang, taxonomy, name))
        self.add(self.term_path(lang, taxonomy, name) + "index.xml", "other",
                 partial(self.feed, lang, f"{name} on {BRAND}", self.term_path(lang, taxonomy, name), members), RSS)

    def robots(self) -> str:
        """PaperMod's ``robots.txt`` template in production."""
        return f"User-agent: *\nDisallow:\nSitemap: {self.url('/sitemap.xml')}\n"

    def feed(self, lang: str, title: str, link: str, items: list[Entry]) -> str:
        out = self.rss(title, link, items)
        return out.replace("<channel>", '<channel><generator>Hugo -- 0.125.4</generator>'
                           f"<language>{'es' if lang == 'es' else 'en-us'}</language>", 1)

    def language_sitemap(self, lang: str) -> str:
        paths = [p for p, (kind, _) in self.routes.items()
                 if kind != "other" and p.startswith("/es/") == (lang == "es") and "/page/" not in p]
        return self.sitemap(paths).replace("<urlset ", '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" ', 1)

    def search_index(self, lang: str) -> str:
        """PaperMod's ``index.json`` for Fuse.js: title, content, permalink, summary."""
        return json.dumps([{"title": e.title, "content": body_text(e.story.blocks), "permalink": self.url(self.post_path(e)),
                            "summary": self.teaser(e)} for e in self.side(lang)], ensure_ascii=False)

    # -- page furniture --------------------------------------------------------------------------------

    def date_text(self, entry: Entry) -> str:
        d = entry.published
        return f"{d.day} {MONTHS_ES[d.month - 1]} {d.year}" if self.lang(entry) == "es" else long_date(d)

    def go_time(self, entry: Entry) -> str:
        """Go's ``time.Time.String()`` of the front matter date (date-only on older posts)."""
        d = entry.published
        clock = "00:00:00" if self.older(entry) else d.strftime("%H:%M:%S")
        return f"{d:%Y-%m-%d} {clock} +0000 UTC"

    def rfc3339(self, entry: Entry) -> str:
        d = entry.published
        return f"{d:%Y-%m-%d}T{'00:00:00' if self.older(entry) else d.strftime('%H:%M:%S')}Z"

    def author_text(self, entry: Entry) -> str:
        names = [p.name for p in entry.authors]
        if names == [OWNER]:
            return OWNER_SHOWN
        return " & ".join(names) if self.older(entry) else ", ".join(names)

    def post_meta(self, entry: Entry, with_terms: bool = True) -> str:
        ui = UI[self.lang(entry)]
        parts = [f"<span title='{self.go_time(entry)}'>{self.date_text(entry)}</span>", f"{self.minutes(entry, 212)} min",
                 self.e(self.author_text(entry))]
        out = "&nbsp;·&nbsp;".join(parts)
        if with_terms and entry.categories:
            links = ", ".join(f'<a href="{self.category_path(c)}">{self.e(c)}</a>' for c in entry.categories)
            out += f'&nbsp;·&nbsp;<span class="post-categories">{ui["in_"]} {links}</span>'
        return out

    def header(self, lang: str, switch_to: str) -> str:
        ui = UI[lang]
        other = "es" if lang == "en" else "en"
        label = "Español" if other == "es" else "English"
        menu = [(f"{self.prefix(lang)}/posts/", ui["posts"]), (f"{self.prefix(lang)}/archives/", ui["archive"]),
                (f"{self.prefix(lang)}/tags/", ui["tags"]), (f"{self.prefix(lang)}/search/", ui["search"])]
        if lang == "en":
            menu.append(("/about/", ui["about"]))
        items = "".join(f'<li><a href="{self.url(href)}" title="{name}"><span>{name}</span></a></li>' for href, name in menu)
        return (f'<header class="header"><nav class="nav"><div class="logo"><a href="{self.url(self.prefix(lang) + "/")}" '
                f'accesskey="h" title="{BRAND} (Alt + H)">{BRAND}</a><div class="logo-switches">'
                '<button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" '
                'xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 '
                '11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button><ul class="lang-switch"><li>|</li>'
                f'<li><a href="{self.url(switch_to)}" title="{label}" aria-label="{label}">{other.capitalize()}</a></li></ul>'
                f'</div></div><ul id="menu">{items}</ul></nav></header>')

    def footer(self) -> str:
        return (f'<footer class="footer"><span>&copy; 2024 <a href="{self.url("/")}">{BRAND}</a></span> · <span>Powered by '
                '<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a '
                'href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>'
                '</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" '
                'accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path '
                'd="M12 6H0l6-6z"></path></svg></a><script>let menu = document.getElementById(\'menu\'); if (menu) '
                '{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>')

    def document(self, lang: str, path: str, title: str, body_class: str, main: str, description: str,
                 head_extra: str = "", alternates: dict[str, str] | None = None, switch_to: str = "",
                 author: str = OWNER_SHOWN) -> str:
        """PaperMod's baseof.html and head.html: ``<meta name="author">`` is ``author.html``'s output (the
        post's own author, the site's on other pages); Hugo's opengraph template writes og:type
        "website" on every page that is not a regular page."""
        full = title if title == BRAND else f"{title} | {BRAND}"
        if "og:type" not in head_extra:
            head_extra = "".join(f'<meta property="{k}" content="{self.e(v)}">' for k, v in (
                ("og:title", title), ("og:description", description), ("og:type", "website"),
                ("og:url", self.url(path)), ("og:site_name", BRAND))) + head_extra
        links = "".join(f'<link rel="alternate" hreflang="{k}" href="{self.url(v)}">' for k, v in (alternates or {}).items())
        return (f'<!DOCTYPE html><html lang="{lang}" dir="auto"><head><meta charset="utf-8"><meta '
                'http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, '
                'initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">'
                f'<title>{self.e(full)}</title><meta name="description" content="{self.e(description)}">'
                f'<meta name="author" content="{self.e(author)}"><link rel="canonical" href="{self.url(path)}">'
                '<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" '
                'integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">'
                f'<link rel="icon" href="{self.url("/favicon.ico")}"><meta name="generator" content="Hugo 0.125.4">'
                f'<link rel="alternate" type="application/rss+xml" href="{self.url(self.prefix(lang) + "/index.xml")}">'
                f"{links}{head_extra}</head>"
                f'<body class="{body_class}" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") '
                '{ document.body.classList.add(\'dark\'); }</script>'
                f'{self.header(lang, switch_to or ("/" if lang == "es" else "/es/"))}<main class="main">{main}</main>'
                f"{self.footer()}</body></html>")

    def breadcrumbs(self, lang: str, section: bool = True) -> str:
        ui = UI[lang]
        pre = self.prefix(lang)
        crumbs = f'<a href="{self.url(pre + "/")}">{ui["home"]}</a>'
        if section:
            crumbs += f'&nbsp;»&nbsp;<a href="{self.url(pre + "/posts/")}">{ui["posts"]}</a>'
        return f'<div class="breadcrumbs">{crumbs}</div>'

    # -- articles ------------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3", "refs"):
            tag, aid = ("h3" if block.kind == "h3" else "h2"), anchor(block.text)
            head = (f'<{tag} id="{aid}">{self.inline(block.text)}<a hidden class="anchor" '
                    f'aria-hidden="true" href="#{aid}">#</a></{tag}>')
            if block.kind != "refs":
                return head
            return head + "\n<ul>\n" + "".join(f"<li>{self.inline(i)}</li>\n" for i in block.items) + "</ul>"
        if block.kind == "figure":
            return f'<p><img loading="lazy" src="{self.e(block.text)}" alt="{self.e(block.items[0])}"></p>'
        if block.kind == "quote":
            return f"<blockquote>\n<p>{self.inline(block.text)}</p>\n</blockquote>"
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        """Hugo's ``youtube`` / ``vimeo`` shortcodes."""
        wrap = '<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">'
        style = 'style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;"'
        if "vimeo" in src:
            return (f'{wrap}\n      <iframe src="{self.e(src)}?dnt=0" {style} webkitallowfullscreen mozallowfullscreen '
                    'allowfullscreen></iframe>\n    </div>')
        return (f'{wrap}\n      <iframe allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" '
                f'referrerpolicy="strict-origin-when-cross-origin" src="{self.e(src)}?autoplay=0&amp;controls=1&amp;end=0'
                f'&amp;loop=0&amp;mute=0&amp;start=0" {style} title="YouTube video"></iframe>\n    </div>')

    def toc(self, entry: Entry) -> str:
        heads = [b for b in entry.story.blocks if b.kind in ("h2", "refs")]
        if len(heads) < 3:
            return ""
        ui = UI[self.lang(entry)]
        items = "".join(f'<li>\n<a href="#{anchor(b.text)}" aria-label="{self.e(plain(b.text))}">{self.e(plain(b.text))}</a>'
                        "</li>\n" for b in heads)
        return (f'<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">{ui["toc"]}</span>'
                f'</summary><div class="inner"><ul>\n{items}</ul>\n</div></details></div>')

    def series_box(self, entry: Entry) -> str:
        name = self.series_of.get(entry.index)
        if not name:
            return ""
        parts = self.series[name]
        n = parts.index(entry) + 1
        ui = UI["en"]
        items = "".join(f"<li>{self.e(p.title)} ({ui['this_post']})</li>" if p is entry else
                        f'<li><a href="{self.url(self.post_path(p))}">{self.e(p.title)}</a></li>' for p in parts)
        return (f'<div class="series"><details open><summary>{ui["series"]}: <a href="{self.url(self.term_path("en", "series", name))}">'
                f'{self.e(name)}</a>, {ui["part"].format(n=n, m=len(parts))}</summary><ol class="series-list">{items}</ol>'
                "</details></div>")

    def see_also(self, entry: Entry) -> str:
        related = self.shown_related(entry)
        if not related:
            return ""
        items = "".join(f'<li><a href="{self.post_path(o)}">{self.e(o.title)}</a></li>' for o in related)
        return f'<div class="related"><h3 class="see-also">{UI[self.lang(entry)]["see_also"]}</h3><ul>{items}</ul></div>'

    def newsletter(self, entry: Entry) -> str:
        if self.lang(entry) == "es":
            return ""
        return ('<div class="newsletter"><h3>Get new posts by email</h3><p>One short email a month with what I have '
                'written and what I am reading. No spam, unsubscribe any time.</p><form action="https://buttondown.email/api/'
                'emails/embed-subscribe/platenotes" method="post" target="popupwindow" class="embeddable-buttondown-form">'
                '<label for="bd-email">Enter your email</label><input type="email" name="email" id="bd-email">'
                '<input type="submit" value="Subscribe"></form></div>')

    def paginav(self, entry: Entry) -> str:
        pages = self.side(self.lang(entry))
        i = pages.index(entry)
        ui = UI[self.lang(entry)]
        out = ""
        if i + 1 < len(pages):
            o = pages[i + 1]
            out += (f'<a class="prev" href="{self.url(self.post_path(o))}"><span class="title">« {ui["prev"]}</span><br>'
                    f"<span>{self.e(o.title)}</span></a>")
        if i > 0:
            o = pages[i - 1]
            out += (f'<a class="next" href="{self.url(self.post_path(o))}"><span class="title">{ui["next"]} »</span><br>'
                    f"<span>{self.e(o.title)}</span></a>")
        return f'<nav class="paginav">{out}</nav>'

    def share(self, entry: Entry) -> str:
        url, title = quote(self.url(self.post_path(entry)), safe=""), quote(entry.title)
        nets = (("x", f"https://x.com/intent/tweet/?text={title}&amp;url={url}&amp;hashtags="),
                ("linkedin", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}&amp;title={title}"),
                ("reddit", f"https://reddit.com/submit?url={url}&title={title}"),
                ("facebook", f"https://facebook.com/sharer/sharer.php?u={url}"),
                ("whatsapp", f"https://api.whatsapp.com/send?text={title}%20-%20{url}"))
        items = "".join(f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {self.e(entry.title)} on {n}" '
                        f'href="{href}"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" '
                        'width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554z"/></svg>'
                        "</a></li>" for n, href in nets)
        return f'<ul class="share-buttons">{items}</ul>'

    def comments(self) -> str:
        return ('<div class="comments"><script src="https://giscus.app/client.js" data-repo="marcusbell/platenotes" '
                'data-repo-id="R_kgDOJx2Y7Q" data-category="Comments" data-mapping="pathname" data-reactions-enabled="1" '
                'data-theme="preferred_color_scheme" data-lang="en" crossorigin="anonymous" async></script></div>')

    def schema(self, entry: Entry, description: str) -> str:
        url = self.url(self.post_path(entry))
        pre = self.prefix(self.lang(entry))
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Posts", "item": self.url(f"{pre}/posts/")},
            {"@type": "ListItem", "position": 2, "name": entry.title, "item": url}]}
        out = f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>'
        if self.older(entry):
            return out
        names = [p.name for p in entry.authors]
        author = ({"@type": "Person", "name": OWNER_SHOWN} if names == [OWNER] else
                  [{"@type": "Person", "name": n} for n in names])
        body = body_text(entry.story.blocks)
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": entry.title, "name": entry.title,
              "description": description, "keywords": list(entry.tags), "articleBody": body,
              "wordCount": str(len(body.split())), "inLanguage": "es" if pre else "en",
              "datePublished": self.rfc3339(entry), "dateModified": self.rfc3339(entry), "author": author,
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "publisher": {"@type": "Organization", "name": BRAND,
                            "logo": {"@type": "ImageObject", "url": self.url("/favicon.ico")}}}
        return out + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, indent=2)}</script>'

    def opengraph(self, entry: Entry, description: str) -> str:
        tags = [("og:title", entry.title), ("og:description", description), ("og:type", "article"),
                ("og:url", self.url(self.post_path(entry))), ("og:site_name", BRAND), ("article:section", "posts"),
                ("article:published_time", self.rfc3339(entry)), ("article:modified_time", self.rfc3339(entry)),
                *[("article:tag", t) for t in entry.tags],
                *[("og:see_also", self.url(self.post_path(p))) for p in self.series.get(self.series_of.get(entry.index, ""), [])
                  if p is not entry]]   # Hugo's opengraph template: "If it is part of a series, link to related articles"
        return ("".join(f'<meta property="{k}" content="{self.e(v)}">' for k, v in tags)
                + f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{self.e(entry.title)}">'
                f'<meta name="keywords" content="{self.e(", ".join(entry.tags))}">')

    def render_article(self, entry: Entry) -> str:
        lang = self.lang(entry)
        ui = UI[lang]
        description = "" if self.older(entry) else self.teaser(entry, 22)
        draft = ('<span class="entry-hint" title="Draft"><sup>&nbsp;&nbsp;[draft]</sup></span>' if self.draft(entry) else "")
        other = self.translation.get(entry.index)
        i18n = ""
        alternates = None
        if other:
            i18n = (f'&nbsp;|&nbsp;<ul class="i18n_list">{ui["translations"]}:<li><a href="{self.url(self.post_path(other))}">'
                    f"{self.lang(other).capitalize()}</a></li></ul>")
            alternates = {lang: self.post_path(entry), self.lang(other): self.post_path(other)}
        tags = "".join(f'<li><a href="{self.url(self.tag_path(t))}">{self.e(t)}</a></li>' for t in entry.tags)
        main = (f'<article class="post-single"><header class="post-header">{self.breadcrumbs(lang)}'
                f'<h1 class="post-title entry-hint-parent">{self.e(entry.title)}{draft}</h1>'
                + (f'<div class="post-description">{self.e(description)}</div>' if description else "")
                + f'<div class="post-meta">{self.post_meta(entry)}{i18n}</div></header>'
                f"{self.series_box(entry)}{self.toc(entry)}"
                f'<div class="post-content">{self.body_html(entry)}</div>{self.see_also(entry)}{self.newsletter(entry)}'
                f'<footer class="post-footer"><ul class="post-tags">{tags}</ul>{self.paginav(entry)}{self.share(entry)}'
                f"</footer>{self.comments()}</article>")
        head = self.opengraph(entry, description or self.teaser(entry, 22)) + self.schema(entry, description or self.teaser(entry, 22))
        switch_to = self.post_path(other) if other else ("/" if lang == "es" else "/es/")
        return self.document(lang, self.post_path(entry), entry.title, "", main, description or self.teaser(entry, 22), head,
                             alternates, switch_to, self.author_text(entry))

    # -- listings and pages ------------------------------------------------------------------------------

    def card(self, e: Entry, cls: str) -> str:
        draft = '<span class="entry-hint" title="Draft"><sup>&nbsp;&nbsp;[draft]</sup></span>' if self.draft(e) else ""
        return (f'<article class="{cls}"><header class="entry-header"><h2 class="entry-hint-parent">{self.e(e.title)}{draft}</h2>'
                f'</header><div class="entry-content"><p>{self.e(self.teaser(e, 40).rstrip("…"))}...</p></div>'
                f'<footer class="entry-footer">{self.post_meta(e, with_terms=False)}</footer><a class="entry-link" '
                f'aria-label="post link to {self.e(e.title)}" href="{self.url(self.post_path(e))}"></a></article>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        kind, lang, *rest = title.split(":", 2)
        ui = UI[lang]
        path = path_of(n)
        if kind == "home":
            head = ""
            if n == 1:
                head = ('<article class="first-entry home-info"><header class="entry-header"><h1>'
                        + ("Hola, soy Marcus" if lang == "es" else "Hi, I'm Marcus 👋") + '</h1></header><div class="entry-content">'
                        + ("Dietista-nutricionista. Escribo sobre comida, intestino y sueño, con los estudios detrás."
                           if lang == "es" else "Registered dietitian. I write about food, gut health and sleep, with the "
                           "studies behind each claim.") + '</div><footer class="entry-footer"><div class="social-icons">'
                        '<a href="https://www.instagram.com/platenotes" target="_blank" rel="noopener noreferrer me" '
                        'title="Instagram">IG</a></div></footer></article>')
            page_title = BRAND
            cls = "post-entry"
        else:
            name = rest[0] if rest else ui["posts"]
            crumbs = self.breadcrumbs(lang, section=False) if kind != "section" else ""
            head = f'<header class="page-header">{crumbs}<h1>{self.e(name)}' + (
                f' <a href="{self.url(path_of(1) + "index.xml")}" title="RSS" aria-label="RSS"><svg xmlns="http://www.w3.org/2000/svg" '
                'viewBox="0 0 24 24" height="23"><path d="M4 11a9 9 0 0 1 9 9"></path></svg></a>' if kind != "section" else "") + "</h1></header>"
            page_title = name
            cls = "post-entry tag-entry" if kind != "section" else "post-entry"
        cards = "".join(self.card(e, cls) for e in items)
        nav = ""
        if pages > 1:
            nav = '<footer class="page-footer"><nav class="pagination">'
            if n > 1:
                nav += f'<a class="prev" href="{self.url(path_of(n - 1))}">«&nbsp;{ui["prev_page"]}&nbsp;</a>'
            if n < pages:
                nav += f'<a class="next" href="{self.url(path_of(n + 1))}">{ui["next_page"]}&nbsp;&nbsp;»</a>'
            nav += "</nav></footer>"
        return self.document(lang, path, page_title, "list", head + cards + nav, BRAND)

    def render_terms(self, lang: str, taxonomy: str, groups: dict[str, list[Entry]]) -> str:
        ui = UI[lang]
        label = {"tags": ui["tags"], "categories": ui["categories"], "series": ui["series"]}[taxonomy]
        items = "".join(f'<li><a href="{self.url(self.term_path(lang, taxonomy, name))}">{self.e(name)} <sup><strong><sup>'
                        f"{len(members)}</sup></strong></sup></a></li>" for name, members in sorted(groups.items()))
        main = f'<header class="page-header"><h1>{label}</h1></header><ul class="terms-tags">{items}</ul>'
        return self.document(lang, f"{self.prefix(lang)}/{taxonomy}/", label, "list", main, BRAND)

    def render_archives(self, lang: str) -> str:
        ui = UI[lang]
        out, years = "", {}
        for e in self.side(lang):     # archives.html: GroupByPublishDate "2006", then GroupByDate "January"
            years.setdefault(e.published.year, {}).setdefault(e.published.strftime("%B"), []).append(e)
        for year, months in years.items():
            inner = ""
            for month, posts in months.items():
                rows = "".join(f'<div class="archive-entry"><h3 class="archive-entry-title entry-hint-parent">{self.e(e.title)}'
                               f'</h3><div class="archive-meta">{self.post_meta(e, with_terms=False)}</div><a class="entry-link" '
                               f'aria-label="post link to {self.e(e.title)}" href="{self.url(self.post_path(e))}"></a></div>'
                               for e in posts)
                inner += (f'<div class="archive-month"><h3 class="archive-month-header">{month}<sup class="archive-count">'
                          f'&nbsp;&nbsp;{len(posts)}</sup></h3><div class="archive-posts">{rows}</div></div>')
            count = sum(len(p) for p in months.values())
            out += (f'<div class="archive-year"><h2 class="archive-year-header">{year}<sup class="archive-count">&nbsp;&nbsp;'
                    f"{count}</sup></h2>{inner}</div>")
        main = f'<header class="page-header"><h1>{ui["archive"]}</h1></header>{out}'
        return self.document(lang, f"{self.prefix(lang)}/archives/", ui["archive"], "list", main, BRAND)

    def render_search(self, lang: str) -> str:
        ui = UI[lang]
        main = (f'<header class="page-header"><h1>{ui["search"]}&nbsp;<svg xmlns="http://www.w3.org/2000/svg" width="28" '
                'height="28" viewBox="0 0 24 24"><circle cx="11" cy="11" r="8"></circle></svg></h1></header>'
                '<div id="searchbox"><input id="searchInput" autofocus placeholder="Search ↵" aria-label="search" '
                'type="search" autocomplete="off" maxlength="64"><ul id="searchResults" aria-label="search results"></ul>'
                '</div><script defer crossorigin="anonymous" src="/assets/js/search.2b9a5a6e8f.js"></script>')
        return self.document(lang, f"{self.prefix(lang)}/search/", ui["search"], "list", main, BRAND)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article class="post-single"><header class="post-header"><h1 class="post-title entry-hint-parent">'
                f'{self.e(title)}</h1></header><div class="post-content">{body}</div><footer class="post-footer">'
                "</footer></article>")
        return self.document("en", self.page_path(slug), title, "", main, paragraphs[0][:150])
