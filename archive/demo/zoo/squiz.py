"""squiz (held out): a state health department's "Health topics" fact sheets, media releases and
translated resources on Squiz Matrix, as a Matrix design renders them.

Modelled on public material about Squiz Matrix designs and Australian government pages: the Matrix
design notes of ``jcu-eresearch/matrix-helpers`` (``designs.md``: parse files, ``MySource_AREA``
design areas such as ``menu_normal`` / ``asset_lineage``, asset listings, ``mysource_files``) and
``joshgillies/matrix-utils`` (``README.md``: ``MySource_AREA``/``MySource_PRINT var="asset_link"``
blocks), the Queensland Government web template (``qld-gov-au/qg-web-template``) and the CUE
template (``humanmade/Queensland-Government-Theme`` ``index.php`` / ``footer.php``: skip links,
``#content`` / ``.article`` / ``.box-sizing`` wrappers, "You are here" breadcrumbs, fat footer),
AGLS metadata (``JamesFehon-DTA/betaga`` ``_capabilities/australian-government-locator-service-metadata``,
the Drupal AGLS module's tag list ``aglsterms.function`` / ``dcterms.created`` ... and the
SilverWare AGLS config: ``schema.DCTERMS`` / ``schema.AGLSTERMS`` links, ``DCTERMS.creator`` with
``scheme="AGLSTERMS.AglsAgent"``), and Funnelback's search templates
(``FunnelbackPtyLtd/funnelback-shared`` ``web/WEB-INF/freemarker/search.ftl``: ``query``,
``collection``, ``start_rank`` paging; ``funnelback/program-finder-meta``
``_default_preview/simple.ftl``: contextual navigation, facets).

What a page carries: the "Running Squiz Matrix ... Page generated" head comment Matrix writes;
Dublin Core / AGLS meta (``DCTERMS.title``, ``DCTERMS.creator`` = the department,
``DCTERMS.created``, ``DCTERMS.modified``, ``DCTERMS.identifier`` = the page's URL,
``DCTERMS.language``, ``DCTERMS.subject``, ``AGLSTERMS.function``, ``AGLSTERMS.documentType``),
og:title and og:url, no JSON-LD, no meta author; a cookie notice; a header with the Funnelback
search form and "Popular searches" links (``/search?query=...&collection=...``); breadcrumbs; a
left section nav; ``<div id="content" class="main-content">``; a right column with the page's own
"Related links" (topic pages only: other pages of the site, a healthdirect link and the fact
sheet's PDF under ``/__data/assets/pdf_file/...``), a site-wide "Quick links" box and a site-wide
"Latest news" box whose links are un-rewritten asset-id links (``/?a=123456``: Matrix serves any
asset by its id, a second URL of the same page); a footer with "Page last updated: ..." (the
asset's last modification), an Acknowledgement of Country and the department's links.

Health topic pages (``/health-topics/a-z/<slug>``) are the department's fact sheets: the page
names no person, only "Content owner: <Branch>" and "Last updated: 12 March 2024"; they are
articles (a dated, self-contained piece of writing on one subject, as the nhs family's condition
pages are), authorless, and their date is the one the page shows ("Last updated"; the hidden
``DCTERMS.created`` is years older). Their "Related links" are their Read Also (site articles only).
Media releases (``/news/media-releases/<year>/<month>/<slug>``) show "12 March 2024 | Media
release", sometimes the speaker the release is issued by (the Minister for Health or the Chief
Health Officer, printed "The Hon. Alex Morgan MP" / "Dr Miriam Osei": the truth author is the
name, without the title and the post-nominal) and a "Media contact:" footer; some embed a YouTube
or Vimeo player. Translated resources (``/translated/<language>/<slug>``) are fact sheets in
Arabic, Vietnamese and Simplified Chinese inside the English design (``<html lang="en-AU">``;
the content ``div`` carries ``lang`` and ``dir`` and ``DCTERMS.language`` says the language).
No tags and no categories are shown anywhere.

Listings: the A-Z index (``/health-topics/a-z`` shows A, ``?letter=b`` the others; letters
without topics are not links), the media releases (``/news/media-releases``) and "What's new"
(``/whats-new``), both Matrix asset listings paged with ``?result_<assetid>_result_page=N``, and
``/translated``. ``/sitemap.xml``, ``/robots.txt`` (Matrix's own system paths disallowed).

Traps: the Funnelback results page (``/search?...``) links "Related searches" (contextual
navigation: the query and one more word) and more result pages, without end; Matrix answers any
page with ``/_nocache`` or ``/_recache`` appended (the same page, its cache bypassed), and editors'
pasted preview links leak such addresses into "Quick links" and some "Related links".
"""
from __future__ import annotations

import hashlib
import html
import random
import string
from dataclasses import replace
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote_plus, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story, slugify
from .site import Response, ZooSite

SITE = "Eastvale Health"
DEPARTMENT = "Eastvale Department of Health"
COLLECTION = "eastvale-health-meta"
XML = "application/xml; charset=utf-8"
AZ = "/health-topics/a-z"
RELEASES = "/news/media-releases"
WHATS_NEW = "/whats-new"
LIST_RELEASES, LIST_NEW = 218443, 218450
MINISTER = Person("Alex Morgan", "The Hon.", ("MP",))
CHO = Person("Miriam Osei", "Dr", ())
SPEAKER_ROLE = {MINISTER: "Minister for Health", CHO: "Chief Health Officer"}
BRANCHES = ("Communicable Disease Branch", "Centre for Population Health", "Environmental Health Branch",
            "Centre for Aboriginal Health", "Health Protection Eastvale")
POPULAR = ("flu vaccine", "measles", "covid-19", "mental health", "quit smoking")
MORE_WORDS = ("children", "symptoms", "pregnancy", "free", "clinic", "translated", "older people", "vaccination",
              "fact sheet", "treatment", "near me", "rural")
LANGUAGES = {"ar": ("arabic", "العربية", "rtl"), "vi": ("vietnamese", "Tiếng Việt", "ltr"),
             "zh": ("chinese-simplified", "简体中文", "ltr")}
TRANSLATED_SLUGS = {"ar-1": "daily-walking-heart-health", "ar-2": "children-dehydration-summer",
                    "vi-sq1": "measles", "zh-sq1": "flu-vaccine-faq"}

# Two fact sheets the department translated (this project's own words).
EXTRA_STORIES = (
    Story("vi-sq1", "Bệnh sởi: những điều cần biết", "vi", "article", "Bệnh truyền nhiễm", ("Sởi",), (
        Block("p", "Bệnh sởi là một bệnh do vi-rút gây ra, lây lan rất dễ qua không khí khi người bệnh ho hoặc "
                   "hắt hơi. Bệnh thường bắt đầu bằng sốt, chảy nước mũi, ho và đau mắt, vài ngày sau mới nổi ban đỏ."),
        Block("h3", "Ai có nguy cơ?"),
        Block("p", "Trẻ nhỏ chưa được chủng ngừa đầy đủ và người lớn chưa tiêm đủ hai liều vắc-xin có nguy cơ mắc "
                   "bệnh cao nhất."),
        Block("p", "Vắc-xin sởi an toàn, hiệu quả và được cung cấp miễn phí. Hãy hỏi bác sĩ gia đình để kiểm tra "
                   "xem quý vị đã tiêm đủ hai liều chưa."),
        Block("p", "Nếu quý vị nghĩ mình bị sởi, hãy gọi điện cho phòng khám trước khi đến để tránh lây cho người "
                   "khác trong phòng chờ."))),
    Story("zh-sq1", "流感疫苗：常见问题", "zh", "article", "疫苗接种", ("流感",), (
        Block("p", "流感是一种由病毒引起的呼吸道疾病，每年冬季在社区中广泛传播。接种疫苗是预防流感及其并发症的最佳方法。"),
        Block("h3", "谁应该接种？"),
        Block("p", "建议所有六个月及以上的人每年接种流感疫苗。孕妇、六十五岁及以上的老人以及患有慢性疾病的人可以免费接种。"),
        Block("p", "最好在流感季节开始前接种，但在整个季节内接种仍然有益。"),
        Block("p", "如需了解更多信息，请咨询您的家庭医生或药剂师。"))),
)


def _n(*parts, digits: int = 6) -> int:
    return int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:8], 16) % 10 ** digits


def day(moment: datetime) -> str:
    """As Australian government pages print a date: "12 March 2024"."""
    return f"{moment.day} {moment:%B %Y}"


class Squiz(ZooSite):
    family = "squiz"
    site_name = SITE
    declared_language = "en-AU"
    per_page = 10
    author_pages = False
    authorless = "mixed"          # fact sheets and departmental releases name no person
    trap_patterns = (r"^/search\?", r"/_(?:nocache|recache)$")
    plan = Plan(seed="squiz", count=40, languages=("en", "ar"), authors=1, tz_hours=10,
                related=(1, 2, 3, 3, 4))

    # -- entries ------------------------------------------------------------------------------------

    def planned(self) -> list[Entry]:
        extra = iter(EXTRA_STORIES)
        out = []
        for entry in super().planned():
            story = entry.story
            if story.kind == "article" and story.language == "en" and entry.index % 5 == 2:
                story = next(extra, story)
            out.append(replace(entry, story=story))
        return out

    def dress(self, entry: Entry) -> Entry:
        kind = self.kind(entry)
        if kind == "release":
            speaker = (MINISTER, CHO, None)[entry.post_id % 3]
            authors = (speaker,) if speaker else ()
        else:
            authors = ()
        slug = TRANSLATED_SLUGS.get(entry.story.key, entry.slug)
        return replace(entry, authors=authors, slug=slug, tags=(), categories=(), reviewer=None)

    def kind(self, entry: Entry) -> str:
        """release (news), topic (a fact sheet) or translated (a fact sheet in another language)."""
        story = entry.story
        if story.language != "en":
            return "translated"
        if story.kind != "article" or entry.index % 4 == 0:
            return "release"
        return "topic"

    def asset_id(self, entry: Entry) -> int:
        return 120000 + entry.post_id * 37

    def modified(self, entry: Entry) -> datetime:
        """The asset's last modification: a fact sheet's is the date it shows; a release's is later."""
        if self.kind(entry) == "release":
            return entry.published + timedelta(days=2 + entry.post_id % 40, hours=3)
        return entry.published

    def created(self, entry: Entry) -> datetime:
        if self.kind(entry) == "release":
            return entry.published
        return entry.published - timedelta(days=400 + _n("created", entry.slug, digits=3))

    def branch(self, entry: Entry) -> str:
        return BRANCHES[entry.post_id % len(BRANCHES)]

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Only fact sheets have a "Related links" box."""
        return self.related(entry) if self.kind(entry) == "topic" else []

    def pdf_path(self, entry: Entry) -> str:
        aid = self.asset_id(entry) + 3
        return f"/__data/assets/pdf_file/{aid % 97:04d}/{aid}/{entry.slug}-fact-sheet.pdf"

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        kind = self.kind(entry)
        if kind == "release":
            when = entry.published
            return f"{RELEASES}/{when.year}/{when:%B}".lower() + f"/{entry.slug}"
        if kind == "translated":
            return f"/translated/{LANGUAGES[entry.story.language][0]}/{entry.slug}"
        return f"{AZ}/{entry.slug}"

    def home_path(self, n: int = 1) -> str:
        return WHATS_NEW if n == 1 else f"{WHATS_NEW}?result_{LIST_NEW}_result_page={n}"

    def releases_path(self, n: int = 1) -> str:
        return RELEASES if n == 1 else f"{RELEASES}?result_{LIST_RELEASES}_result_page={n}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def letter_of(self, entry: Entry) -> str:
        return entry.title[0].lower()

    def topics(self) -> list[Entry]:
        return sorted((e for e in self.entries if self.kind(e) == "topic"), key=lambda e: e.title.lower())

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        self.add_listing("Media releases", [e for e in self.newest if self.kind(e) == "release"], self.releases_path)
        letters = sorted({self.letter_of(e) for e in self.topics()})
        self.add(AZ, "listing", lambda: self.az(letters[0]))
        for letter in letters:
            self.add(f"{AZ}?letter={letter}", "listing", lambda letter=letter: self.az(letter))
        self.add("/translated", "listing", self.translated_index)
        self.add("/sitemap.xml", "other", lambda: self.sitemap([p for p, (k, _) in self.routes.items()
                                                                 if k in ("article", "listing", "page")]), XML)
        for entry in self.entries:
            if self.kind(entry) == "topic":
                self.routes[self.pdf_path(entry)] = ("other", lambda e=entry: Response(
                    200, "application/pdf", self.pdf_bytes(e)))
        self.assets = {str(self.asset_id(e)): self.post_path(e) for e in self.entries}

    def pdf_bytes(self, entry: Entry) -> bytes:
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"% " + entry.slug.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /_admin/\nDisallow: /_edit/\nDisallow: /_login/\nDisallow: /_designs/\n"
                "Disallow: /__lib/\n\n" f"Sitemap: {self.url('/sitemap.xml')}\n")

    def route_key(self, target: str) -> str | None:
        """Matrix serves an asset by its id whatever the path: ``/?a=123456``."""
        asset = dict(parse_qsl(urlsplit(target).query)).get("a")
        if asset in getattr(self, "assets", {}):
            return self.assets[asset]
        return super().route_key(target)

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path == "/search" and parts.query:
            return Response(200, self.html_type, self.encode(self.search(dict(parse_qsl(parts.query)))))
        for suffix in ("/_nocache", "/_recache"):
            if parts.path.endswith(suffix):
                key = super().route_key(parts.path[:-len(suffix)] or "/")
                if key is not None and self.routes[key][0] != "other":
                    return self.resolve(key)
        return None

    # -- frame ----------------------------------------------------------------------------------------

    def head(self, title: str, path: str, created: datetime, modified: datetime, doc_type: str,
             description: str, language: str = "en-AU", subject: str = "") -> str:
        stamp = datetime(2026, 12, 7, 9, 0) + timedelta(seconds=_n("gen", path, digits=4))
        subject_meta = (f'<meta name="DCTERMS.subject" scheme="AGLSTERMS.APAIS" content="{self.e(subject)}" />'
                        if subject else "")
        return f"""<head>
<!--
  Running Squiz Matrix
  Developed by Squiz - http://www.squiz.net
  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd
  Page generated: {stamp:%d %B %Y %H:%M:%S}
-->
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{self.e(title)} - {SITE}</title>
<meta name="description" content="{self.e(description)}" />
<link rel="schema.DCTERMS" href="http://purl.org/dc/terms/" />
<link rel="schema.AGLSTERMS" href="http://www.agls.gov.au/agls/terms/" />
<meta name="DCTERMS.title" content="{self.e(title)}" />
<meta name="DCTERMS.creator" scheme="AGLSTERMS.AglsAgent" content="corporateName={DEPARTMENT}; jurisdiction=Eastvale" />
<meta name="DCTERMS.publisher" scheme="AGLSTERMS.AglsAgent" content="corporateName={DEPARTMENT}" />
<meta name="DCTERMS.created" scheme="DCTERMS.ISO8601" content="{created:%Y-%m-%d}" />
<meta name="DCTERMS.modified" scheme="DCTERMS.ISO8601" content="{modified:%Y-%m-%d}" />
<meta name="DCTERMS.identifier" scheme="DCTERMS.URI" content="{self.url(path)}" />
<meta name="DCTERMS.language" scheme="DCTERMS.RFC5646" content="{language}" />
<meta name="DCTERMS.description" content="{self.e(description)}" />
{subject_meta}
<meta name="AGLSTERMS.function" scheme="AGLSTERMS.AGIFT" content="Health care" />
<meta name="AGLSTERMS.documentType" content="{doc_type}" />
<meta property="og:title" content="{self.e(title)}" />
<meta property="og:url" content="{self.url(path)}" />
<meta property="og:site_name" content="{SITE}" />
<link rel="stylesheet" href="/__data/assets/css_file/0014/215006/eastvale-health.css?v=0.4.12" />
<script src="/__data/assets/js_file/0015/215007/global.js?v=0.4.12" defer></script>
</head>"""

    def header(self) -> str:
        popular = " ".join(f'<li><a href="/search?query={quote_plus(q)}&amp;collection={COLLECTION}">{q}</a></li>'
                           for q in POPULAR)
        nav = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in (
            ("/", "Home"), (AZ, "Health topics"), (RELEASES, "News"), (WHATS_NEW, "What's new"),
            ("/translated", "Translated resources"), ("/about", "About us"), ("/contact", "Contact us")))
        return f"""<div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice"><div class="container"><p>This website uses cookies to improve your experience and to collect anonymous statistics. Read our <a href="/privacy-policy">privacy statement</a>.</p><button type="button" class="btn cookie-notice__accept">Accept</button></div></div>
<ul class="skip-links"><li><a href="#content">Skip to content</a></li><li><a href="#main-nav">Skip to navigation</a></li><li><a href="#footer">Skip to footer</a></li></ul>
<header id="header" class="site-header"><div class="container">
<a class="site-header__logo" href="/"><img src="/__data/assets/image/0003/215001/eastvale-health-logo.svg" alt="{SITE} - {DEPARTMENT}" width="220" height="60" /></a>
<form id="search-form" class="site-search" action="/search" method="get" role="search"><input type="hidden" name="collection" value="{COLLECTION}" /><label for="search-query" class="visuallyhidden">Search {SITE}</label><input id="search-query" name="query" type="text" placeholder="Search" autocomplete="off" /><button type="submit">Search</button></form>
<div class="popular-searches"><h2 class="popular-searches__title">Popular searches</h2><ul>{popular}</ul></div>
</div>
<nav id="main-nav" class="main-nav" aria-label="Main"><div class="container"><ul>{nav}</ul></div></nav>
</header>"""

    def breadcrumbs(self, trail: list[tuple[str, str]], here: str) -> str:
        items = "".join(f'<li><a href="{p}">{self.e(t)}</a></li>' for p, t in [("/", "Home"), *trail])
        return (f'<nav class="breadcrumbs" aria-label="Breadcrumb"><h2 class="visuallyhidden">You are here:</h2>'
                f'<ol>{items}<li class="current">{self.e(here)}</li></ol></nav>')

    def left_nav(self, section: str) -> str:
        if section == "topics":
            links = [(AZ, "Health topics A-Z"), ("/translated", "Translated resources"), ("/start-here", "Staying healthy")]
        elif section == "news":
            links = [(RELEASES, "Media releases"), (WHATS_NEW, "What's new"), ("/contact", "Media enquiries")]
        else:
            links = [("/about", "About us"), ("/contact", "Contact us"), ("/privacy-policy", "Privacy")]
        items = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in links)
        return f'<aside id="left-nav" class="col-left" aria-label="Section navigation"><nav class="section-nav"><ul>{items}</ul></nav></aside>'

    def quick_links(self) -> str:
        return ('<div class="right-box quick-links"><h2>Quick links</h2><ul>'
                f'<li><a href="{AZ}/_nocache">Health topics A-Z</a></li>'
                '<li><a href="https://www.healthdirect.gov.au/">healthdirect (1800 022 222)</a></li>'
                f'<li><a href="{RELEASES}">Media releases</a></li>'
                '<li><a href="/translated">Information in your language</a></li>'
                '<li><a href="/contact">Contact us</a></li></ul></div>')

    def latest_news(self) -> str:
        releases = [e for e in self.newest if self.kind(e) == "release"][:3]
        items = "".join(f'<li><a href="/?a={self.asset_id(e)}">{self.e(e.title)}</a> <span class="date">'
                        f"{day(e.published)}</span></li>" for e in releases)
        return (f'<div class="right-box latest-news"><h2>Latest news</h2><ul>{items}</ul>'
                f'<p class="more"><a href="{RELEASES}">All media releases</a></p></div>')

    def footer(self, updated: datetime) -> str:
        return f"""<footer id="footer" class="site-footer">
<div class="container"><div class="page-updated"><p>Page last updated: {day(updated)}</p></div>
<div class="acknowledgement"><p>{DEPARTMENT} acknowledges the Traditional Custodians of the lands where we work and live. We pay our respects to Elders past and present.</p></div>
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy-policy">Privacy</a></li><li><a href="/sitemap.xml">Sitemap</a></li></ul>
<p class="copyright">&copy; {DEPARTMENT}. Content is available under a Creative Commons Attribution 4.0 licence.</p></div>
</footer>
<!--coloured by Squiz Matrix-->"""

    def document(self, head: str, crumbs: str, section: str, content: str, right: str, updated: datetime) -> str:
        return f"""<!DOCTYPE html>
<html lang="en-AU" class="no-js">
{head}
<body class="{section}">
{self.header()}
<div id="main" class="main-container"><div class="container">
{crumbs}
<div class="row">
{self.left_nav(section)}
<div id="content" class="main-content" role="main">
{content}
</div>
<aside id="right-column" class="col-right">{right}{self.quick_links()}{self.latest_news()}</aside>
</div></div></div>
{self.footer(updated)}
</body>
</html>"""

    # -- articles -----------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "figure":
            aid = _n("img", block.text)
            name = block.text.rsplit("/", 1)[-1]
            return (f'<p class="image"><img src="/__data/assets/image/{aid % 97:04d}/{aid}/{html.escape(name)}" '
                    f'alt="{html.escape(block.items[0])}" /></p>')
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="video-container"><iframe width="560" height="315" src="{html.escape(src)}" '
                f'title="{self.e(entry.title)}" frameborder="0" allow="accelerometer; autoplay; encrypted-media; '
                'picture-in-picture" allowfullscreen></iframe></div>')

    def related_box(self, entry: Entry) -> str:
        items = []
        for i, other in enumerate(self.shown_related(entry)):
            path = self.post_path(other)
            if i == 0 and entry.post_id % 5 == 0:
                path += "/_recache"          # an editor's pasted preview address
            items.append(f'<li><a href="{path}">{self.e(other.title)}</a></li>')
        items.append(f'<li><a href="{self.pdf_path(entry)}">{self.e(entry.title)} fact sheet (PDF 212KB)</a></li>')
        items.append('<li><a href="https://www.healthdirect.gov.au/">healthdirect Australia</a></li>')
        return f'<div class="right-box related-links"><h2>Related links</h2><ul>{"".join(items)}</ul></div>'

    def render_article(self, entry: Entry) -> str:
        kind, path = self.kind(entry), self.post_path(entry)
        description = self.teaser(entry, 24)
        body = self.body_html(entry)
        if kind == "release":
            speaker = ""
            if entry.authors:
                who = entry.authors[0]
                name = f"{who.honorific} {who.name}" + (" " + " ".join(who.credentials) if who.credentials else "")
                speaker = (f'<p class="release-speaker"><strong>{self.e(name)}</strong><br />'
                           f"{SPEAKER_ROLE[who]}</p>")
            content = f"""<div class="article"><div class="box-sizing">
<h1>{self.e(entry.title)}</h1>
<p class="release-details"><span class="release-date">{day(entry.published)}</span> <span class="sep">|</span> <span class="release-type">Media release</span></p>
{speaker}
<div class="release-body">
{body}
</div>
<div class="media-contact"><p><strong>Media contact:</strong> {SITE} Media Unit, (08) 5550 1234, <a href="mailto:media@health.eastvale.gov.au">media@health.eastvale.gov.au</a></p></div>
</div></div>"""
            crumbs = self.breadcrumbs([(RELEASES, "Media releases")], entry.title)
            head = self.head(entry.title, path, self.created(entry), self.modified(entry), "Media release", description)
            return self.document(head, crumbs, "news", content, "", self.modified(entry))
        language = entry.story.language
        attrs = ""
        if kind == "translated":
            attrs = f' lang="{language}" dir="{LANGUAGES[language][2]}"'
        content = f"""<div class="article"><div class="box-sizing"{attrs}>
<h1>{self.e(entry.title)}</h1>
<div class="content-body">
{body}
</div>
</div></div>
<div class="content-footer"><p class="content-owner">Content owner: {self.branch(entry)}</p><p class="last-updated">Last updated: {day(entry.published)}</p></div>
<div class="page-feedback"><form action="/feedback" method="post"><fieldset><legend>Was this page helpful?</legend><label><input type="radio" name="helpful" value="yes" /> Yes</label><label><input type="radio" name="helpful" value="no" /> No</label></fieldset><button type="submit">Send feedback</button></form></div>"""
        if kind == "translated":
            crumbs = self.breadcrumbs([("/translated", "Translated resources")], entry.title)
            right = ""
            doc_type = "Fact sheet (translated)"
        else:
            crumbs = self.breadcrumbs([(AZ, "Health topics A-Z")], entry.title)
            right = self.related_box(entry)
            doc_type = "Fact sheet"
        head = self.head(entry.title, path, self.created(entry), self.modified(entry), doc_type, description,
                         language if kind == "translated" else "en-AU", f"Health; {entry.story.category}")
        return self.document(head, crumbs, "topics", content, right, self.modified(entry))

    # -- listings -----------------------------------------------------------------------------------

    def listing_item(self, e: Entry) -> str:
        return (f'<li class="listing-item"><h3><a href="{self.post_path(e)}">{self.e(e.title)}</a></h3>'
                f'<p class="date">{day(e.published)}</p><p>{self.e(self.teaser(e, 22))}</p></li>')

    def pager(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        links = []
        if n > 1:
            links.append(f'<li><a href="{path_of(n - 1)}">Previous</a></li>')
        for i in range(1, pages + 1):
            links.append(f'<li class="current"><span>{i}</span></li>' if i == n else
                         f'<li><a href="{path_of(i)}">{i}</a></li>')
        if n < pages:
            links.append(f'<li><a href="{path_of(n + 1)}">Next</a></li>')
        return f'<nav class="pagination" aria-label="Pagination"><ul>{"".join(links)}</ul></nav>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        name = "What's new" if first == WHATS_NEW else title
        section = "news"
        content = (f'<h1>{self.e(name)}</h1><p class="result-summary">Page {n} of {pages}</p>'
                   f'<ul class="asset-listing">{"".join(self.listing_item(e) for e in items)}</ul>'
                   + self.pager(n, pages, path_of))
        stamp = self.newest[0].published
        head = self.head(name, first, datetime(2019, 2, 1), stamp, "Index", f"{name} from {SITE}.")
        return self.document(head, self.breadcrumbs([], name), section, content, "", stamp)

    def az(self, letter: str) -> str:
        topics = self.topics()
        have = {self.letter_of(e) for e in topics}
        nav = "".join(f'<li><a href="{AZ}?letter={c}">{c.upper()}</a></li>' if c in have else
                      f'<li><span class="disabled">{c.upper()}</span></li>' for c in string.ascii_lowercase)
        items = "".join(f'<li><a href="{self.post_path(e)}">{self.e(e.title)}</a></li>'
                        for e in topics if self.letter_of(e) == letter)
        content = (f'<h1>Health topics A-Z</h1><nav class="az-nav" aria-label="A to Z"><ul>{nav}</ul></nav>'
                   f'<h2 class="az-letter">{letter.upper()}</h2><ul class="az-list">{items}</ul>')
        stamp = max(e.published for e in topics)
        head = self.head("Health topics A-Z", AZ, datetime(2018, 6, 4), stamp, "Index", "Health topics from A to Z.")
        return self.document(head, self.breadcrumbs([], "Health topics A-Z"), "topics", content, "", stamp)

    def translated_index(self) -> str:
        rows = []
        for code, (slug, native, _) in LANGUAGES.items():
            items = "".join(f'<li><a href="{self.post_path(e)}" lang="{code}">{self.e(e.title)}</a></li>'
                            for e in self.newest if e.story.language == code)
            rows.append(f'<h2 id="{slug}">{native} ({slug.replace("-", " ").title()})</h2><ul>{items}</ul>')
        content = ('<h1>Translated resources</h1><p>Health information in languages other than English. Free '
                   'interpreting is available through the Translating and Interpreting Service on 131 450.</p>'
                   + "".join(rows))
        stamp = max(e.published for e in self.entries if self.kind(e) == "translated")
        head = self.head("Translated resources", "/translated", datetime(2019, 9, 9), stamp, "Index",
                         "Health information in your language.")
        return self.document(head, self.breadcrumbs([], "Translated resources"), "topics", content, "", stamp)

    def home(self) -> str:
        releases = [e for e in self.newest if self.kind(e) == "release"][:4]
        featured = random.Random("squiz:home").sample(self.topics(), 4)
        content = ('<h1 class="visuallyhidden">Eastvale Health</h1><div class="hero"><p class="lead">Health '
                   "information, advice and news from the Eastvale Department of Health.</p></div>"
                   '<h2>Featured health topics</h2><ul class="tiles">'
                   + "".join(f'<li><a href="{self.post_path(e)}">{self.e(e.title)}</a></li>' for e in featured)
                   + f'</ul><h2>News</h2><ul class="asset-listing">{"".join(self.listing_item(e) for e in releases)}</ul>'
                   f'<p><a href="{RELEASES}">More media releases</a></p>')
        stamp = self.newest[0].published
        head = self.head(SITE, "/", datetime(2018, 6, 4), stamp, "Homepage", f"{SITE}: health information and news.")
        return self.document(head, "", "home", content, "", stamp)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        content = f'<h1>{self.e(title)}</h1>' + "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        stamp = datetime(2024, 7, 1)
        head = self.head(title, self.page_path(slug), datetime(2018, 6, 4), stamp, "Page", paragraphs[0][:150])
        return self.document(head, self.breadcrumbs([], title), "about", content, "", stamp)

    def search(self, query: dict) -> str:
        """Funnelback results inside the site's design: results, paging and contextual navigation."""
        words = query.get("query", "").strip()
        start = int(query.get("start_rank", "1") or 1) if query.get("start_rank", "1").isdigit() else 1
        rng = random.Random(f"squiz:search:{words}:{start}")
        results = rng.sample(self.entries, 6)
        more = [w for w in MORE_WORDS if w not in words][:3]
        related = "".join(f'<li><a href="/search?query={quote_plus(words + " " + w)}&amp;collection={COLLECTION}">'
                          f"{self.e(words)} {w}</a></li>" for w in more)
        items = "".join(f'<li class="search-result"><h3><a href="{self.post_path(e)}">{self.e(e.title)}</a></h3>'
                        f'<p class="search-result__url">{self.url(self.post_path(e))}</p>'
                        f"<p>{self.e(self.teaser(e, 20))}</p></li>" for e in results)
        nxt = (f'<a class="next" href="/search?query={quote_plus(words)}&amp;collection={COLLECTION}'
               f'&amp;start_rank={start + 10}">Next</a>')
        content = (f'<h1>Search results</h1><p class="search-summary"><span class="search-count">{start} - {start + 5}'
                   f"</span> of 214 results for <strong>{self.e(words)}</strong></p>"
                   f'<div class="search-contextual-navigation"><h2>Related searches</h2><ul>{related}</ul></div>'
                   f'<ol class="search-results">{items}</ol><nav class="pagination">{nxt}</nav>')
        head = self.head("Search results", "/search", datetime(2018, 6, 4), datetime(2024, 7, 1), "Search", "Search")
        return self.document(head, self.breadcrumbs([], "Search results"), "search", content, "", datetime(2024, 7, 1))
