"""joomla (held out): Joomla 4 with its default site template Cassiopeia, modelled on
joomla/joomla-cms (``components/com_content/tmpl/article/default.php``: ``div.com-content-article
item-page`` with ``itemprop="articleBody"``; ``layouts/joomla/content/info_block``: a
``dl.article-info`` of "Written by:", "Category:", "Published:" and "Hits:"; ``tags.php``;
``mod_articles_latest``, ``mod_articles_popular`` and ``mod_related_items`` in Cassiopeia's card
module chrome). The sidebar repeats "Latest Articles" and "Most Read" on every page; the article's
own "Related Articles" module sits under the component. The byline is the author alias a clinic
types ("Dr. Ana Costa, MD, FAAD and Marcus Bell, RD"), a reviewer line opens some bodies,
references are plain text with DOIs and PMIDs (no links), videos are youtube-nocookie iframes,
About/Contact pages are com_content articles with the info block hidden, and French and German
posts sit on an en-GB site that never says otherwise. URLs are Joomla's SEF URLs without
rewriting (``/index.php/health-topics/<category>/<id>-<alias>``), pagers ``?start=N``.

Trap: a "Health talks & events" module links the events calendar; every month page links the
previous and next month and each of its days, without end (``?month=YYYY-MM[&day=D]``).
"""
from __future__ import annotations

import calendar
import random
import re
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

from .posts import Block, Entry, Plan, slugify
from .site import Response, ZooSite

# References a clinic newsletter pastes as plain text; the identifiers are illustrative.
REFERENCES = (
    "Alvarez M, Ortiz P. Evening light exposure and sleep onset in adults. *Sleep Med*. 2020;68:112-119. "
    "doi:[10.1016/j.sleep.2019.11.004](https://doi.org/10.1016/j.sleep.2019.11.004)",
    "Nakamura K, et al. Walking pace and cardiovascular events: a prospective cohort. *Heart*. 2021;107(4):301-307. "
    "PMID: [33127702](https://pubmed.ncbi.nlm.nih.gov/33127702/)",
    "Brennan S, Feld J. Dietary fibre intake and glycaemic control: a meta-analysis. *BMJ Open Diabetes Res Care*. "
    "2022;10:e002711. doi:[10.1136/bmjdrc-2021-002711](https://doi.org/10.1136/bmjdrc-2021-002711)",
    "Okonkwo T, et al. Loneliness and blood pressure in older adults. *J Hypertens*. 2019;37(9):1843-1850. "
    "PMID: [31058794](https://pubmed.ncbi.nlm.nih.gov/31058794/)",
    "Haddad R. Hydration status and cognitive performance in heat. *Nutrients*. 2023;15(2):388. "
    "doi:[10.3390/nu15020388](https://doi.org/10.3390/nu15020388)",
)
_EVENTS = (("Walk with a Doc", 6), ("Diabetes support group", 2), ("Healthy cooking class", 4),
           ("Blood pressure check", 1))   # (name, weekday: Monday is 0)
_CALENDAR = re.compile(r"^/index\.php/events/calendar\?month=(\d{4})-(\d{2})(?:&day=(\d{1,2}))?$")


class Joomla(ZooSite):
    family = "joomla"
    site_name = "Riverbend Family Clinic"
    declared_language = "en-GB"
    ignore_query = False
    per_page = 8
    author_pages = False          # Joomla links authors to contact pages, not to lists of their articles
    plan = Plan(seed="joomla", count=34, languages=("en", "de", "fr"), authors=5, co_authors=0.2, reviewed=0.3,
                tz_hours=0, related=(1, 2, 3, 4))
    trap_patterns = (r"^/index\.php/events/calendar\?month=\d{4}-\d{2}(&day=\d{1,2})?$",)

    def dress(self, entry: Entry) -> Entry:
        blocks = [b for b in entry.story.blocks if b.kind != "refs"]
        if entry.story.kind == "article" and entry.story.language == "en":
            rng = random.Random(f"joomla:refs:{entry.story.key}")
            blocks.append(Block("refs", "References", tuple(rng.sample(REFERENCES, rng.randint(2, 4)))))
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)))

    def post_path(self, entry: Entry) -> str:
        return f"/index.php/health-topics/{slugify(entry.categories[0])}/{entry.post_id}-{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?start={(n - 1) * self.per_page}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/index.php?start={(n - 1) * self.per_page}"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/index.php/health-topics/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/index.php/component/tags/tag/{slugify(name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/index.php/{slug}"

    def href_for(self, href: str) -> str:
        """References are pasted as text: their DOI and PubMed links are not links on this site."""
        if "doi.org/" in href or "pubmed.ncbi" in href:
            return ""
        return super().href_for(href)

    def extra_routes(self) -> None:
        self.add("/index.php/health-topics", "listing", self.topics)

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\n"
                "Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\n"
                "Disallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\n"
                "Disallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n")

    # -- the calendar trap ----------------------------------------------------------------------------

    def calendar_path(self, year: int, month: int, day: int = 0) -> str:
        return f"/index.php/events/calendar?month={year:04d}-{month:02d}" + (f"&day={day}" if day else "")

    def trap(self, target: str) -> Response | None:
        match = _CALENDAR.match(target)
        if not match or not 1 <= int(match.group(2)) <= 12:
            return None
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
        if day > calendar.monthrange(year, month)[1]:
            return None
        return Response(200, self.html_type, self.encode(self.calendar_page(year, month, day)))

    def calendar_page(self, year: int, month: int, day: int) -> str:
        prev = (year - 1, 12) if month == 1 else (year, month - 1)
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        cells = []
        for week in calendar.Calendar().monthdayscalendar(year, month):
            row = "".join(
                "<td></td>" if not d else
                f'<td class="{"selected" if d == day else ""}"><a href="{self.url(self.calendar_path(year, month, d))}">{d}</a>'
                + "".join(f'<div class="event">{name}</div>' for name, wd in _EVENTS
                          if calendar.weekday(year, month, d) == wd) + "</td>" for d in week)
            cells.append(f"<tr>{row}</tr>")
        heading = f"{calendar.month_name[month]} {year}" + (f", {day}" if day else "")
        main = (f'<div class="dp-calendar"><div class="page-header"><h1>Health talks &amp; events: {heading}</h1></div>'
                f'<div class="dp-calendar__nav"><a class="btn btn-secondary" href="{self.url(self.calendar_path(*prev))}">'
                f'&lsaquo; {calendar.month_name[prev[1]]}</a> <a class="btn btn-secondary" href="{self.url(self.calendar_path(*nxt))}">'
                f'{calendar.month_name[nxt[1]]} &rsaquo;</a></div><table class="table dp-calendar__grid"><thead><tr>'
                + "".join(f"<th>{d}</th>" for d in calendar.day_abbr) + f'</tr></thead><tbody>{"".join(cells)}</tbody></table>'
                "<p>All talks are free and open to patients and families. No registration needed.</p></div>")
        return self.document(f"Events: {heading}", "com_dpcalendar view-calendar", main)

    # -- page frame -----------------------------------------------------------------------------------

    def module(self, title: str, content: str, position: str = "sidebar-right") -> str:
        return (f'<div class="{position} card "><h3 class="card-header ">{title}</h3>'
                f'<div class="card-body">{content}</div></div>')

    def article_list(self, css: str, items: list[Entry]) -> str:
        rows = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{self.url(self.post_path(e))}" '
                       f'itemprop="url"><span itemprop="name">{self.e(e.title)}</span></a></li>' for e in items)
        return f'<ul class="{css} mod-list">{rows}</ul>'

    def document(self, title: str, body_class: str, main: str, head: str = "", bottom: str = "") -> str:
        menu = "".join(f'<li class="nav-item item-{101 + i}"><a href="{self.url(path)}">{label}</a></li>'
                       for i, (path, label) in enumerate((
                           ("/", "Home"), ("/index.php/health-topics", "Health topics"),
                           (self.page_path("start-here"), "Start here"), (self.page_path("about"), "About us"),
                           (self.page_path("contact"), "Contact"))))
        newest = self.newest[0].published
        events = (f'<div class="mod-custom custom"><p>Free talks on sleep, diabetes and healthy cooking at the clinic '
                  f'every month.</p><p><a href="{self.url(self.calendar_path(newest.year, newest.month))}">'
                  "See the events calendar</a></p></div>")
        sidebar = "".join((
            self.module("Latest Articles", self.article_list("mod-articleslatest latestnews", self.newest[:5])),
            self.module("Most Read", self.article_list("mod-articlespopular mostread", self.popular())),
            self.module("Health talks &amp; events", events)))
        return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
{head}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{self.e(title)} - {self.site_name}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?a4b9f2" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?a4b9f2" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Error","MESSAGE":"Message"}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site {body_class} wrapper-static no-layout no-task has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="{self.url('/')}"><span title="{self.site_name}">{self.site_name}</span></a><div class="site-description">Health news and advice from your family doctors</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav ">{menu}</ul></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="{self.url('/index.php/component/finder/search')}" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<div id="system-message-container" aria-live="polite"></div>
<main>
{main}
</main>
{bottom}</div>
<div class="grid-child container-sidebar-right">{sidebar}</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright &#169; 2025 {self.site_name}. All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div>
<ul class="mod-menu mod-list nav "><li class="nav-item"><a href="{self.url(self.page_path('privacy-policy'))}">Privacy policy</a></li></ul></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>"""

    # -- articles ---------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        if "youtube.com/embed/" in src:
            src = src.replace("www.youtube.com/embed/", "www.youtube-nocookie.com/embed/")
        return (f'<p style="text-align: center;"><iframe src="{src}" width="560" height="315" frameborder="0" '
                'allowfullscreen="allowfullscreen"></iframe></p>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return f"<h3>{self.e(block.text)}</h3><ol>{items}</ol>"

    def info_block(self, entry: Entry, listing: bool = False) -> str:
        names = " and ".join(p.display for p in entry.authors)
        cat = entry.categories[0]
        hits = 40 + (entry.post_id * 37) % 900
        rows = [
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user '
            f'icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">{self.e(names)}</span></dd>',
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: '
            f'<a href="{self.url(self.category_path(cat))}" itemprop="genre">{self.e(cat)}</a></dd>',
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="'
            f'{entry.published.isoformat()}" itemprop="datePublished">Published: {entry.published:%d %B %Y}</time></dd>']
        if not listing:
            rows.append(f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta '
                        f'itemprop="interactionCount" content="UserPageVisits:{hits}">Hits: {hits}</dd>')
        return (f'<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>{"".join(rows)}</dl>')

    def tags_html(self, entry: Entry) -> str:
        items = "".join(f'<li class="list-inline-item tag-{3 + i} tag-list{i}"><a href="{self.url(self.tag_path(t))}" '
                        f'class="btn btn-sm btn-info">{self.e(t)}</a></li>' for i, t in enumerate(entry.tags))
        return f'<ul class="tags list-inline">{items}</ul>'

    def page_navigation(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        links = []
        if older is not None:
            links.append(f'<a class="btn btn-sm btn-secondary previous" href="{self.url(self.post_path(older))}" rel="prev">'
                         f'<span class="visually-hidden">Previous article: {self.e(older.title)}</span><span class="icon-chevron-left" '
                         'aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>')
        if newer is not None:
            links.append(f'<a class="btn btn-sm btn-secondary next" href="{self.url(self.post_path(newer))}" rel="next">'
                         f'<span class="visually-hidden">Next article: {self.e(newer.title)}</span><span aria-hidden="true">'
                         'Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>')
        return f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">{"".join(links)}</span></nav>'

    def render_article(self, entry: Entry) -> str:
        reviewed = (f'<p><em>Medically reviewed by {self.e(entry.reviewer.display)}</em></p>\n' if entry.reviewer else "")
        main = f"""<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{self.url('/')}" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{self.url(self.category_path(entry.categories[0]))}" class="pathway"><span>{self.e(entry.categories[0])}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{self.e(entry.title)}</span></li></ol></nav>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">{self.e(entry.title)}</h1></div>
{self.info_block(entry)}
{self.tags_html(entry)}
<div itemprop="articleBody" class="com-content-article__body">
{reviewed}{self.body_html(entry)}
</div>
{self.page_navigation(entry)}
</div>"""
        related = self.module("Related Articles", "".join((
            '<ul class="mod-relateditems relateditems mod-list">',
            *(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.related(entry)),
            "</ul>")), position="main-bottom")
        head = (f'<meta name="author" content="{self.e(entry.authors[0].display)}">\n'
                f'<meta name="description" content="{self.e(self.teaser(entry, 24))}">\n')
        return self.document(entry.title, "com_content view-article", main, head, related)

    # -- listings and pages -----------------------------------------------------------------------------

    def blog_item(self, e: Entry) -> str:
        return (f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
                f'itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header">'
                f'<h2 itemprop="name"><a href="{self.url(self.post_path(e))}" itemprop="url">{self.e(e.title)}</a></h2></div>'
                f'{self.info_block(e, listing=True)}<p>{self.e(self.teaser(e, 40))}</p><p class="readmore">'
                f'<a class="btn btn-secondary" href="{self.url(self.post_path(e))}" aria-label="Read more: {self.e(e.title)}">'
                f'<span class="icon-chevron-right" aria-hidden="true"></span> Read more: {self.e(e.title)}</a></p></div></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        home = path_of(1) == "/"
        pager = "".join(
            f'<li class="page-item{" active" if k == n else ""}">' + (
                f'<span aria-current="true" class="page-link">{k}</span>' if k == n else
                f'<a aria-label="Go to page {k}" href="{self.url(path_of(k))}" class="page-link">{k}</a>') + "</li>"
            for k in range(1, pages + 1))
        if n < pages:
            pager += (f'<li class="page-item"><a aria-label="Go to next page" href="{self.url(path_of(n + 1))}" '
                      'class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        css = "com-content-featured blog-featured" if home else "com-content-category-blog blog"
        heading = "" if home else f'<h1>{self.e(title)}</h1>'
        main = (f'<div class="{css}" itemscope itemtype="https://schema.org/Blog">{heading}'
                f'<div class="com-content-category-blog__items blog-items">{"".join(self.blog_item(e) for e in items)}</div>'
                f'<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter '
                f'counter float-end pt-3 pe-2">Page {n} of {pages}</p><div class="com-content-category-blog__pagination">'
                f'<nav class="pagination__wrapper" aria-label="Pagination"><ul class="pagination ms-0 mb-4">{pager}</ul>'
                "</nav></div></div></div>")
        return self.document("Home" if home else title, "com_content view-featured" if home else "com_content view-category",
                             main)

    def topics(self) -> str:
        rows = "".join(f'<li><a href="{self.url(self.category_path(name))}">{self.e(name)}</a> '
                       f'<span class="badge bg-info">{len(items)}</span></li>'
                       for name, items in sorted(self.groups("categories").items()))
        return self.document("Health topics", "com_content view-categories",
                             f'<div class="com-content-categories categories-list"><h1>Health topics</h1><ul>{rows}</ul></div>')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
                f'<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">'
                f'{self.e(title)}</h1></div><div itemprop="articleBody" class="com-content-article__body">{body}</div></div>')
        return self.document(title, "com_content view-article", main)
