"""ojs (held out): a small open-access medical journal on Open Journal Systems 3 (PKP), default theme.

Modelled on PKP's own templates read from public repositories: ``pkp/ojs``
``templates/frontend/objects/article_details.tpl`` (``article.obj_article_details`` with
``h1.page_title``, ``div.row > div.main_entry`` holding ``section.item.authors`` (``ul.authors > li``
with ``span.name``, ``span.affiliation``, ``span.orcid`` linking orcid.org), ``section.item.doi``,
``section.item.keywords`` ("Keywords:" and a comma list), ``section.item.abstract`` (``h2.label``
"Abstract" then the abstract's own HTML), ``section.item.references`` (one ``<p>`` per parsed
citation, URLs turned into links) and ``div.entry_details`` holding ``div.item.cover_image``,
``div.item.galleys`` (``ul.galleys_links`` of ``a.obj_galley_link.pdf`` / ``.file``),
``div.item.published`` (``h2.label`` "Published" and the date in ``$dateFormatShort``,
``Y-m-d``), ``div.item.issue`` (Issue, Section, Categories sub_items) and ``div.item.copyright``),
the compiled Smarty copy of the same template in ``swgarz/revistaprueba`` (an OJS 3.1 site's
``cache/t_compile``), and the Google Scholar plugin (``plugins/generic/googleScholar``, several
versions found by ``googleScholarDate``: ``citation_date`` written ``Y/m/d`` from the article's
``datePublished`` when the issue's year agrees, else the issue's year; ``citation_publication_date``
in OMP and OJS 3.4). The Dublin Core plugin's tags (``DC.Creator.PersonalName``,
``DC.Date.created`` = date published, ``DC.Date.dateSubmitted``, ``DC.Date.issued`` = the *issue's*
publication date, ``DC.Date.modified``, ``DC.Identifier.DOI``, ``DC.Subject``, ``DC.Type.articleType``
= the journal section), the "How to Cite" box of the Citation Style Language plugin (``div.item.citation``
with ``#citationOutput`` and a ``#cslCitationFormats`` dropdown of styles and RIS/BibTeX
downloads), the recommendByAuthor ("Most read articles by the same author(s)",
``#articlesBySameAuthorList``) and recommendBySimilarity ("Similar Articles",
``#articlesBySimilarityList``) plugin lists, the default theme's header/sidebar/footer
(``pkp_structure_page``, ``pkp_navigation_primary``, ``pkp_block block_make_submission``,
``block_information``, ``block_language``, the "Platform & workflow by OJS / PKP" brand footer), the
issue TOC (``obj_issue_toc``, ``section.sections`` > ``h2`` section title, ``ul.cmp_article_list``
of ``obj_article_summary``), the archive (``obj_issue_summary``) and announcements
(``obj_announcement_summary``) follow the shapes of the OJS 3.3 default theme as PKP ships them.

What the page is, and the truth:
- The article is the landing page ``/index.php/jhn/article/view/<id>``. Its reader-facing text on
  the site is the abstract (here a structured abstract: the story's paragraphs, headings, lists)
  and the References section: that is the body. The PDF galley (``/article/view/<id>/<galley>``, a
  pdf.js viewer wrapper around ``/article/download/<id>/<galley>``) and the HTML full-text galley
  (a bar with "Return to Article Details" and an iframe to the raw uploaded file) are other
  renditions of the same article, not articles of their own.
- Authors: every name of ``ul.authors`` (1 to 8), without affiliations, ORCID or degrees.
- Date: "Published" (= ``citation_date``, ``DC.Date.created``); submitted, accepted (shown as
  "Received / Accepted" by the journal's custom block), modified and the issue's date are not it.
- Tags: the keywords. Categories: the OJS categories (``/catalog/category/<path>``) the article is
  filed in; the journal section (Original Articles, Reviews, Editorials...) is an article type.
- Read Also: "Similar Articles" (the recommendBySimilarity list placed under the article: a
  related-content block like any "related posts"); "Most read articles by the same author(s)" is
  author navigation, not the article's related list.
- Announcements (``/announcement/view/<n>``: calls for papers, indexing news) are journal
  housekeeping pages, not articles; About, Editorial Team, Submissions, Privacy are pages.
- Languages: English plus Spanish and Portuguese articles; the interface (``<html lang>``) stays
  ``en-US`` whatever the article's language (``citation_language`` / ``DC.Language`` carry it).
No trap: ``setLocale``, login, register and search sit under robots.txt ``Disallow`` lines.
"""
from __future__ import annotations

import dataclasses
import html
import random
from datetime import datetime, timedelta
from urllib.parse import quote

from ..serving import HTML
from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import Response, ZooSite

J = "/index.php/jhn"
JOURNAL = "Journal of Health and Nutrition"
ABBREV = "J Health Nutr"
ISSN = "2795-4411"
DOI_PREFIX = "10.55821"
SECTIONS = {"article": ("Original Articles", "Reviews"), "short": ("Editorials",), "video": ("Clinical Videos",)}
INSTITUTIONS = ("Universidade de São Paulo", "University of Edinburgh", "Universidad de Chile",
                "Karolinska Institutet", "University of Cape Town", "Hospital Clínic de Barcelona",
                "McGill University", "Universidade Federal de Minas Gerais", "Monash University", "Charité – Universitätsmedizin Berlin")
CSL_STYLES = (("acm-sig-proceedings", "ACM"), ("acs-nano", "ACS"), ("apa", "APA"), ("associacao-brasileira-de-normas-tecnicas", "ABNT"),
              ("chicago-author-date", "Chicago"), ("harvard-cite-them-right", "Harvard"), ("ieee", "IEEE"),
              ("modern-language-association", "MLA"), ("turabian-fullnote-bibliography", "Turabian"), ("vancouver", "Vancouver"))
LOCALES = (("en_US", "en-US", "English"), ("es_ES", "es-ES", "Español (España)"), ("pt_BR", "pt-BR", "Português (Brasil)"))
JOURNALS = ("Lancet", "BMJ", "JAMA", "N Engl J Med", "Am J Clin Nutr", "Sleep Med Rev", "Prev Med", "Nutrients")
SURNAMES = ("García", "Nguyen", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Kowalski", "Haddad", "Brennan")
PAGES = {"about": ("About the Journal", [
    f"The {JOURNAL} is a peer-reviewed, open-access journal publishing original research, reviews and editorials on "
    "clinical nutrition, sleep, mental health and everyday prevention. Articles are free to read and free to publish.",
    "All submissions are double-blind peer reviewed by at least two reviewers. The journal follows the COPE guidelines."]),
    "about/editorialTeam": ("Editorial Team", [
        "Editor-in-Chief: Prof. Beatriz Lozano, Universidad de Chile.",
        "Associate Editors: Dr. Kwame Mensah, University of Cape Town; Dr. Hanna Berg, Karolinska Institutet."]),
    "about/submissions": ("Submissions", [
        "Already have a username and password? Go to Login. Need a username and password? Go to Registration.",
        "Submission preparation checklist: the submission has not been previously published; the file is in Microsoft "
        "Word or RTF; URLs and DOIs for the references are provided where available."]),
    "about/privacy": ("Privacy Statement", [
        "The names and email addresses entered in this journal site will be used exclusively for the stated purposes "
        "of this journal and will not be made available for any other purpose or to any other party."]),
    "about/contact": ("Contact", [
        "Principal contact: Prof. Beatriz Lozano, Editor-in-Chief. Support contact: journal office, jhn@example.org."]),
    "information/readers": ("Information For Readers", [
        "We encourage readers to sign up for the publishing notification service for this journal."]),
    "information/authors": ("Information For Authors", [
        "Interested in submitting to this journal? We recommend that you review the About the Journal page."]),
    "information/librarians": ("Information For Librarians", [
        "We encourage research librarians to list this journal among their library's electronic journal holdings."]),
    "about/aboutThisPublishingSystem": ("About this Publishing System", [
        "This journal uses Open Journal Systems 3.3.0.13, which is open source journal management and publishing "
        "software developed, supported, and freely distributed by the Public Knowledge Project under the GNU General "
        "Public License."])}
ANNOUNCEMENTS = (
    ("Call for Papers: Special Issue on Sleep and Metabolic Health", "2022-02-14",
     "We invite original research and systematic reviews on sleep duration, circadian timing and metabolic outcomes. "
     "Deadline for submissions: 30 June 2022. Manuscripts follow the usual author guidelines."),
    ("The Journal Is Now Indexed in DOAJ", "2022-09-05",
     "We are pleased to announce that the journal has been accepted into the Directory of Open Access Journals."),
    ("New Editorial Board Members", "2023-04-20",
     "Three new associate editors join the board this year, with expertise in pediatrics, pharmacology and nursing."),
    ("Reviewer Recognition 2023", "2024-01-22",
     "Thank you to the 112 reviewers who gave their time to the journal last year. Their names are listed on the "
     "Editorial Team page."),
)


class Ojs(ZooSite):
    family = "ojs"
    site_name = JOURNAL
    declared_language = "en-US"
    author_pages = False
    per_page = 25
    plan = Plan(seed="ojs", count=40, languages=("en", "es", "pt"), authors=10, co_authors=0.0, tz_hours=-3,
                related=(0,))
    per_link_params = ("source", "submissionId", "publicationId", "return")

    # -- entries -------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """1 to 8 authors from the plan's people; the references list gains DOIs and PubMed links;
        a short post's "Source:" line becomes a reference."""
        rng = random.Random(f"ojs:{entry.index}")
        from . import texts
        from .posts import person
        people = [person(p) for p in texts.PEOPLE]
        count = rng.choice((1, 1, 2, 3, 3, 4, 5, 6, 8))
        others = [p for p in people if p != entry.authors[0]]
        entry.authors = (entry.authors[0], *rng.sample(others, count - 1))
        blocks = [b for b in entry.story.blocks if b.kind not in ("refs", "source")]
        refs = [i for b in entry.story.blocks if b.kind == "refs" for i in b.items]
        refs += [f"{b.text}" for b in entry.story.blocks if b.kind == "source"]
        refs = [r if not r.startswith("http") else f"[{r}]({r})" for r in refs]
        for k in range(rng.randint(3, 7)):
            year = rng.randint(2008, 2022)
            doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(('j', 's', 'bmj'))}.{year}.{rng.randint(100, 9999)}"
            pmid = str(rng.randint(18000000, 36999999))
            authors = ", ".join(f"{rng.choice(SURNAMES)} {rng.choice('ABCDEHJKLMPRS')}" for _ in range(rng.randint(1, 3)))
            refs.append(f"{authors}. {self.ref_title(entry, k)}. {rng.choice(JOURNALS)}. {year};{rng.randint(3, 80)}"
                        f"({rng.randint(1, 12)}):{rng.randint(10, 900)}. "
                        f"[https://doi.org/{doi}](https://doi.org/{doi}) PMID: [{pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)")
        blocks.append(Block("refs", "References", tuple(refs)))
        entry.story = dataclasses.replace(entry.story, blocks=tuple(blocks))
        return entry

    @staticmethod
    def ref_title(entry: Entry, k: int) -> str:
        topics = ("A randomized controlled trial", "A systematic review and meta-analysis", "A prospective cohort study",
                  "Results from a national survey", "A cross-sectional analysis", "A pilot study", "Long-term follow-up")
        subject = (entry.tags[k % len(entry.tags)] if entry.tags else entry.story.category).lower()
        return f"{subject.capitalize()} and health outcomes in adults: {topics[k % len(topics)].lower()}"

    def aid(self, e: Entry) -> int:
        return e.post_id

    def section(self, e: Entry) -> str:
        choices = SECTIONS[e.story.kind]
        return choices[e.index % len(choices)]

    def dates(self, e: Entry) -> dict[str, datetime]:
        rng = random.Random(f"ojs-dates:{e.index}")
        accepted = e.published - timedelta(days=rng.randint(14, 60))
        return {"submitted": accepted - timedelta(days=rng.randint(40, 200)), "accepted": accepted,
                "modified": e.published + timedelta(days=rng.randint(20, 400))}

    def doi(self, e: Entry) -> str:
        return f"{DOI_PREFIX}/jhn.v{self.issue_of(e)[1]}i{self.issue_of(e)[2]}.{self.aid(e)}"

    def orcid(self, p: Person) -> str:
        n = sum(map(ord, p.name))
        return f"0000-000{n % 3 + 1}-{n * 7 % 9000 + 1000}-{n * 13 % 9000 + 1000}"

    def institution(self, p: Person) -> str:
        return INSTITUTIONS[sum(map(ord, p.name)) % len(INSTITUTIONS)]

    # issues: one per quarter, published on the quarter's last day (continuous publication)
    def issue_of(self, e: Entry) -> tuple[int, int, int, str]:
        """(issue id, volume, number, issue date)."""
        y, q = e.published.year, (e.published.month - 1) // 3 + 1
        first = min(x.published.year for x in self.entries_for_issues())
        iid = (y - first) * 4 + q + 2
        end = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[q]
        return iid, y - 2020, q, f"{y}-{end}"

    def entries_for_issues(self) -> list[Entry]:
        return self.entries if hasattr(self, "entries") else []

    def issues(self) -> dict[int, tuple[int, int, str, list[Entry]]]:
        out: dict[int, tuple[int, int, str, list[Entry]]] = {}
        for e in sorted(self.entries, key=lambda x: x.published):
            iid, vol, no, date = self.issue_of(e)
            out.setdefault(iid, (vol, no, date, []))[3].append(e)
        return out

    def issue_label(self, vol: int, no: int, date: str) -> str:
        return f"Vol. {vol} No. {no} ({date[:4]})"

    # -- paths -------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"{J}/article/view/{self.aid(entry)}"

    def home_path(self, n: int = 1) -> str:
        return f"{J}/index"

    def category_path(self, name: str, n: int = 1) -> str:
        return f"{J}/catalog/category/{slugify(name)}" + ("" if n == 1 else f"/{n}")

    def page_path(self, slug: str) -> str:
        return f"{J}/{slug}"

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
            a, g = self.aid(entry), self.aid(entry) * 2 + 300
            self.add(f"{J}/article/view/{a}/{g}", "other", lambda e=entry: self.galley_view(e, "pdf"))
            self.add(f"{J}/article/view/{a}/{g + 1}", "other", lambda e=entry: self.galley_view(e, "html"))
            self.routes[f"{J}/article/download/{a}/{g}"] = ("other", lambda: Response(
                200, "application/pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"))
            self.add(f"{J}/article/download/{a}/{g + 1}", "other", lambda e=entry: self.galley_file(e))
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, lambda n, name=name: self.category_path(name, n))
        self.add("/", "listing", self.journal_home)
        self.add(f"{J}/index", "listing", self.journal_home)
        self.add(f"{J}/issue/current", "listing", lambda: self.issue_page(max(self.issues())))
        self.add(f"{J}/issue/archive", "listing", self.archive_page)
        for iid in self.issues():
            self.add(f"{J}/issue/view/{iid}", "listing", lambda iid=iid: self.issue_page(iid))
        self.add(f"{J}/announcement", "listing", self.announcements_page)
        for n, _ in enumerate(ANNOUNCEMENTS, 1):
            self.add(f"{J}/announcement/view/{n}", "page", lambda n=n: self.announcement_page(n))
        for slug, (title, paragraphs) in PAGES.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.render_page(s, t, p))
        for style, _ in CSL_STYLES:
            self.add(f"{J}/citationstylelanguage/get/{style}", "other", lambda s=style: self.csl_text(s))
        for fmt in ("ris", "bibtex"):
            self.add(f"{J}/citationstylelanguage/download/{fmt}", "other", lambda: "TY  - JOUR\nER  -\n",
                     "application/x-Research-Info-Systems")
        for locale, _, _ in LOCALES:
            self.add(f"{J}/user/setLocale/{locale}", "other", lambda: self.simple("Language", "<p>Language changed.</p>"))
        self.add(f"{J}/login", "other", lambda: self.simple("Login", "<form class=\"cmp_form cmp_form login\"></form>"))
        self.add(f"{J}/user/register", "other", lambda: self.simple("Register", "<form class=\"cmp_form register\"></form>"))
        self.add(f"{J}/search/search", "other", lambda: self.simple("Search", "<form class=\"cmp_form\"></form>"))
        self.add(f"{J}/gateway/plugin/WebFeedGatewayPlugin/rss2", "other",
                 lambda: self.rss(JOURNAL, f"{J}/index", self.newest), "application/rss+xml; charset=utf-8")
        self.add(f"{J}/sitemap", "other", self.sitemap_xml, "application/xml; charset=utf-8")

    def robots(self) -> str:
        return (f"User-agent: *\nDisallow: {J}/user/\nDisallow: {J}/login\nDisallow: {J}/search/\n"
                f"Disallow: {J}/citationstylelanguage/download/\n\nSitemap: {self.url(J + '/sitemap')}\n")

    def sitemap_xml(self) -> str:
        """The OJS sitemap plugin: journal home, issue archive, every issue, every article, its galleys, about."""
        paths = [f"{J}/index", f"{J}/issue/archive", *[f"{J}/issue/view/{i}" for i in self.issues()],
                 f"{J}/about", f"{J}/about/editorialTeam", f"{J}/about/submissions", f"{J}/announcement"]
        for e in sorted(self.entries, key=lambda x: x.published):
            a, g = self.aid(e), self.aid(e) * 2 + 300
            paths += [self.post_path(e), f"{J}/article/view/{a}/{g}", f"{J}/article/view/{a}/{g + 1}"]
        rows = "".join(f"<url><loc>{self.e(self.url(p))}</loc></url>" for p in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{rows}</urlset>")

    # -- related lists ---------------------------------------------------------------------------------

    def similar(self, entry: Entry) -> list[Entry]:
        """recommendBySimilarity: the articles sharing most keywords (then the category), best first, at most 5."""
        def score(o: Entry) -> int:
            return 2 * len(set(o.tags) & set(entry.tags)) + len(set(o.categories) & set(entry.categories))
        ranked = sorted((o for o in self.newest if o is not entry and score(o) > 0), key=lambda o: -score(o))
        return ranked[:5]

    def shown_related(self, entry: Entry) -> list[Entry]:
        return self.similar(entry)

    def by_same_authors(self, entry: Entry) -> list[Entry]:
        """recommendByAuthor: the most read other articles sharing an author, at most 5."""
        names = {p.name for p in entry.authors}
        others = [o for o in self.newest if o is not entry and names & {p.name for p in o.authors}]
        return sorted(others, key=lambda o: -(o.post_id * 37 % 101))[:5]

    # -- frame --------------------------------------------------------------------------------------------

    def head(self, title: str, extra: str = "") -> str:
        return (f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                f"<title>{self.e(title)}</title>"
                '<meta name="generator" content="Open Journal Systems 3.3.0.13">'
                f'<link rel="icon" href="{self.url("/public/journals/1/favicon_en_US.png")}">{extra}'
                f'<link rel="alternate" type="application/atom+xml" href="{self.url(J + "/gateway/plugin/WebFeedGatewayPlugin/atom")}">'
                f'<link rel="alternate" type="application/rss+xml" href="{self.url(J + "/gateway/plugin/WebFeedGatewayPlugin/rss2")}">'
                f'<link rel="stylesheet" href="{self.url(J + "/$$$call$$$/page/page/css?name=stylesheet")}" type="text/css">'
                '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto+Sans:400,400italic,700,700italic" type="text/css">'
                f'<link rel="stylesheet" href="{self.url("/plugins/generic/citationStyleLanguage/css/citationStyleLanguagePlugin.css")}" type="text/css">')

    def header(self, source: str) -> str:
        nav = (f'<li class=""><a href="{J}/issue/current">Current</a></li><li class=""><a href="{J}/issue/archive">Archives</a></li>'
               f'<li class=""><a href="{J}/announcement">Announcements</a></li><li class=""><a href="{J}/about">About</a>'
               f'<ul><li class=""><a href="{J}/about">About the Journal</a></li><li class=""><a href="{J}/about/submissions">Submissions</a></li>'
               f'<li class=""><a href="{J}/about/editorialTeam">Editorial Team</a></li><li class=""><a href="{J}/about/privacy">Privacy Statement</a></li>'
               f'<li class=""><a href="{J}/about/contact">Contact</a></li></ul></li>')
        return ('<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">'
                '<nav class="cmp_skip_to_content" aria-label="Jump to content links"><a href="#pkp_content_main">Skip to main content</a>'
                '<a href="#siteNav">Skip to main navigation menu</a><a href="#pkp_content_footer">Skip to site footer</a></nav>'
                '<div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper"><button class="pkp_site_nav_toggle">'
                '<span>Open Menu</span></button><div class="pkp_site_name">'
                f'<a href="{J}/index" class="is_img"><img src="/public/journals/1/pageHeaderLogoImage_en_US.png" width="600" height="90" '
                f'alt="{JOURNAL}"></a></div></div>'
                '<nav class="pkp_site_nav_menu" aria-label="Site Navigation"><a id="siteNav"></a>'
                '<div class="pkp_navigation_primary_row"><div class="pkp_navigation_primary_wrapper">'
                f'<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">{nav}</ul>'
                f'<div class="pkp_navigation_search_wrapper"><a href="{J}/search/search" class="pkp_search pkp_search_desktop">'
                '<span class="fa fa-search" aria-hidden="true"></span>Search</a></div></div></div>'
                '<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">'
                f'<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list"><li class="profile"><a href="{J}/user/register">Register</a></li>'
                f'<li class="profile"><a href="{J}/login">Login</a></li></ul></div></nav></div></header>')

    def sidebar(self, source: str) -> str:
        langs = "".join(f'<li class="locale_{loc}{" current" if loc == "en_US" else ""}" lang="{tag}">'
                        f'<a href="{J}/user/setLocale/{loc}?source={quote(source, safe="")}">{name}</a></li>'
                        for loc, tag, name in LOCALES)
        return ('<div class="pkp_structure_sidebar left" role="complementary" aria-label="Sidebar">'
                '<div class="pkp_block block_make_submission"><h2 class="pkp_screen_reader">Make a Submission</h2>'
                f'<div class="content"><a class="block_make_submission_link" href="{J}/about/submissions">Make a Submission</a></div></div>'
                '<div class="pkp_block block_information"><h2 class="title">Information</h2><div class="content"><ul>'
                f'<li><a href="{J}/information/readers">For Readers</a></li><li><a href="{J}/information/authors">For Authors</a></li>'
                f'<li><a href="{J}/information/librarians">For Librarians</a></li></ul></div></div>'
                '<div class="pkp_block block_language"><h2 class="title">Language</h2><div class="content">'
                f'<ul>{langs}</ul></div></div>'
                '<div class="pkp_block block_custom" id="customblock-indexing"><h2 class="title pkp_screen_reader">Indexing</h2>'
                '<div class="content"><p><strong>Indexed in:</strong> DOAJ, LILACS, Latindex, Google Scholar</p>'
                f'<p>ISSN {ISSN} (online)</p></div></div></div>')

    def footer(self) -> str:
        return ('<div class="pkp_structure_footer_wrapper" role="contentinfo"><a id="pkp_content_footer"></a>'
                '<div class="pkp_structure_footer"><div class="pkp_footer_content">'
                f'<p>{JOURNAL} · ISSN {ISSN} · Published by the Faculty of Medicine, Universidad de Chile.</p>'
                '<p>Articles are published under a <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                'Attribution 4.0 International License</a>.</p></div>'
                f'<div class="pkp_brand_footer" role="complementary"><a href="{J}/about/aboutThisPublishingSystem">'
                '<img alt="More information about the publishing system, Platform and Workflow by OJS/PKP." '
                'src="/templates/images/ojs_brand.png"></a></div></div></div>'
                '<div id="cookieConsent" class="cookie-consent"><p>This website uses cookies to improve your experience. '
                'By continuing to browse you agree to our use of cookies.</p><button type="button" class="cmp_button">OK</button></div>')

    def document(self, title: str, main: str, source: str, extra_head: str = "", body_class: str = "") -> str:
        return (f'<!DOCTYPE html>\n<html lang="en-US" xml:lang="en-US"><head>{self.head(title, extra_head)}</head>'
                f'<body class="pkp_page_{body_class or "index"} pkp_op_index has_site_logo" dir="ltr">'
                f'<div class="pkp_structure_page">{self.header(source)}'
                '<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main">'
                f'<a id="pkp_content_main"></a>{main}</div>{self.sidebar(source)}</div>{self.footer()}</div>'
                f'<script src="{self.url("/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.13")}" type="text/javascript"></script>'
                f'<script src="{self.url("/plugins/themes/default/js/main.js?v=3.3.0.13")}" type="text/javascript"></script>'
                "</body></html>")

    def simple(self, title: str, inner: str) -> str:
        return self.document(f"{title} | {JOURNAL}", f'<div class="page"><h1>{self.e(title)}</h1>{inner}</div>', f"{J}/index")

    # -- article -------------------------------------------------------------------------------------------

    def meta(self, e: Entry) -> str:
        iid, vol, no, idate = self.issue_of(e)
        d = self.dates(e)
        a, g = self.aid(e), self.aid(e) * 2 + 300
        lang = e.story.language
        abstract = self.e(" ".join(plain(b.text) for b in e.story.blocks if b.kind == "p")[:600])
        first, last = 1 + e.index * 11 % 90, 1 + e.index * 11 % 90 + 6 + e.index % 9
        dc = [f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">']
        dc += [f'<meta name="DC.Creator.PersonalName" content="{self.e(p.name)}">' for p in e.authors]
        dc += [f'<meta name="DC.Date.created" scheme="ISO8601" content="{e.date}">',
               f'<meta name="DC.Date.dateSubmitted" scheme="ISO8601" content="{d["submitted"].date().isoformat()}">',
               f'<meta name="DC.Date.issued" scheme="ISO8601" content="{idate}">',
               f'<meta name="DC.Date.modified" scheme="ISO8601" content="{d["modified"].date().isoformat()}">',
               f'<meta name="DC.Description" xml:lang="{lang}" content="{abstract}">',
               '<meta name="DC.Format" scheme="IMT" content="application/pdf">',
               '<meta name="DC.Format" scheme="IMT" content="text/html">',
               f'<meta name="DC.Identifier" content="{a}">',
               f'<meta name="DC.Identifier.pageNumber" content="{first}-{last}">',
               f'<meta name="DC.Identifier.DOI" content="{self.doi(e)}">',
               f'<meta name="DC.Identifier.URI" content="{self.url(self.post_path(e))}">',
               f'<meta name="DC.Language" scheme="ISO639-1" content="{lang}">',
               '<meta name="DC.Rights" content="Copyright (c) 2024 The authors">',
               '<meta name="DC.Rights" content="https://creativecommons.org/licenses/by/4.0">',
               f'<meta name="DC.Source" content="{JOURNAL}">', f'<meta name="DC.Source.ISSN" content="{ISSN}">',
               f'<meta name="DC.Source.Issue" content="{no}">', f'<meta name="DC.Source.Volume" content="{vol}">',
               f'<meta name="DC.Source.URI" content="{self.url(J)}">']
        dc += [f'<meta name="DC.Subject" xml:lang="{lang}" content="{self.e(t)}">' for t in e.tags]
        dc += [f'<meta name="DC.Title" content="{self.e(e.title)}">', '<meta name="DC.Type" content="Text.Serial.Journal">',
               f'<meta name="DC.Type.articleType" content="{self.section(e)}">']
        gs = [f'<meta name="gs_meta_revision" content="1.1">', f'<meta name="citation_journal_title" content="{JOURNAL}">',
              f'<meta name="citation_journal_abbrev" content="{ABBREV}">', f'<meta name="citation_issn" content="{ISSN}">']
        for p in e.authors:
            gs += [f'<meta name="citation_author" content="{self.e(p.name)}">',
                   f'<meta name="citation_author_institution" content="{self.e(self.institution(p))}">']
        gs += [f'<meta name="citation_title" content="{self.e(e.title)}">',
               f'<meta name="citation_language" content="{lang}">',
               f'<meta name="citation_date" content="{e.published:%Y/%m/%d}">',
               f'<meta name="citation_publication_date" content="{e.published:%Y/%m/%d}">',
               f'<meta name="citation_volume" content="{vol}">', f'<meta name="citation_issue" content="{no}">',
               f'<meta name="citation_firstpage" content="{first}">', f'<meta name="citation_lastpage" content="{last}">',
               f'<meta name="citation_doi" content="{self.doi(e)}">',
               f'<meta name="citation_abstract_html_url" content="{self.url(self.post_path(e))}">',
               f'<meta name="citation_fulltext_html_url" content="{self.url(f"{J}/article/view/{a}/{g + 1}")}">']
        gs += [f'<meta name="citation_keywords" xml:lang="{lang}" content="{self.e(t)}">' for t in e.tags]
        gs += [f'<meta name="citation_pdf_url" content="{self.url(f"{J}/article/download/{a}/{g}")}">']
        refs = [i for b in e.story.blocks if b.kind == "refs" for i in b.items]
        gs += [f'<meta name="citation_reference" content="{self.e(plain(r))}">' for r in refs]
        return "".join(dc + gs)

    def abstract_html(self, e: Entry) -> str:
        return "\n".join(self.block_html(b, e) for b in e.story.blocks if b.kind != "refs")

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return f"<p><strong>{self.inline(block.text)}</strong></p>"
        if block.kind == "video":
            return ('<div class="video-abstract"><iframe width="560" height="315" '
                    f'src="{self.e(block.text)}" title="Video abstract" frameborder="0" allowfullscreen></iframe></div>')
        return super().block_html(block, entry)

    def authors_html(self, e: Entry) -> str:
        items = "".join(
            f'<li><span class="name">{self.e(p.name)}</span><span class="affiliation">{self.e(self.institution(p))}</span>'
            f'<span class="orcid"><svg class="orcid_icon" viewBox="0 0 256 256" aria-hidden="true"><circle cx="128" cy="128" r="128" fill="#A6CE39"></circle></svg>'
            f'<a href="https://orcid.org/{self.orcid(p)}" target="_blank">https://orcid.org/{self.orcid(p)}</a></span></li>'
            for p in e.authors)
        return f'<section class="item authors"><h2 class="pkp_screen_reader">Authors</h2><ul class="authors">{items}</ul></section>'

    def plugin_list(self, div: str, heading: str, items: list[Entry], tail: str) -> str:
        lis = "".join(f'<li>{", ".join(self.e(p.name) for p in o.authors)}, <a href="{self.post_path(o)}">{self.e(o.title)}</a>, '
                      f'<a href="{J}/issue/view/{self.issue_of(o)[0]}">{JOURNAL}: '
                      f"{self.issue_label(*self.issue_of(o)[1:])}</a></li>" for o in items)
        return f'<div id="{div}" class="item"><h3>{heading}</h3><ul>{lis}</ul>{tail}</div>'

    def how_to_cite(self, e: Entry) -> str:
        _, vol, no, _ = self.issue_of(e)
        names = [p.name.split() for p in e.authors]
        cite_names = ", ".join(f"{n[-1]}, {n[0][0]}." for n in names[:-1])
        last = f"{names[-1][-1]}, {names[-1][0][0]}."
        cite_names = f"{cite_names}, &amp; {last}" if cite_names else last
        q = f"submissionId={self.aid(e)}&amp;publicationId={self.aid(e) + 17}"
        styles = "".join(f'<li><a aria-controls="citationOutput" href="{J}/citationstylelanguage/get/{s}?{q}" '
                         f'data-load-citation data-json-href="{J}/citationstylelanguage/get/{s}?{q}&amp;return=json">{label}</a></li>'
                         for s, label in CSL_STYLES)
        downloads = "".join(f'<li><a href="{J}/citationstylelanguage/download/{f}?{q}"><span class="fa fa-download"></span>{label}</a></li>'
                            for f, label in (("ris", "Endnote/Zotero/Mendeley (RIS)"), ("bibtex", "BibTeX")))
        return ('<div class="item citation"><section class="sub_item citation_display"><h2 class="label">How to Cite</h2>'
                '<div class="value"><div id="citationOutput" role="region" aria-live="polite"><div class="csl-bib-body">'
                f'<div class="csl-entry">{cite_names} ({e.published.year}). {self.e(e.title)}. <i>{JOURNAL}</i>, <i>{vol}</i>({no}). '
                f'https://doi.org/{self.doi(e)}</div></div></div><div class="citation_formats">'
                '<button class="cmp_button citation_formats_button" aria-controls="cslCitationFormats" aria-expanded="false" '
                'data-csl-dropdown="true">More Citation Formats</button><div id="cslCitationFormats" class="citation_formats_list" '
                f'aria-hidden="true"><ul class="citation_formats_styles">{styles}</ul><div class="label">Download Citation</div>'
                f'<ul class="citation_formats_styles">{downloads}</ul></div></div></div></section></div>')

    def render_article(self, entry: Entry) -> str:
        e = entry
        iid, vol, no, idate = self.issue_of(e)
        d = self.dates(e)
        a, g = self.aid(e), self.aid(e) * 2 + 300
        refs = [i for b in e.story.blocks if b.kind == "refs" for i in b.items]
        refs_html = "".join(f"<p>{self.inline(r)} </p>" for r in refs)
        cats = "".join(f'<li><a href="{self.category_path(c)}">{self.e(c)}</a></li>' for c in e.categories)
        keywords = ", ".join(self.e(t) for t in e.tags)
        similar = self.similar(e)
        same = self.by_same_authors(e)
        main = f"""<div class="page page_article">
<nav class="cmp_breadcrumbs" role="navigation" aria-label="You are here:"><ol><li><a href="{J}/index">Home</a><span class="separator">/</span></li>
<li><a href="{J}/issue/archive">Archives</a><span class="separator">/</span></li>
<li><a href="{J}/issue/view/{iid}">{self.issue_label(vol, no, idate)}</a><span class="separator">/</span></li>
<li class="current"><span aria-current="page">{self.section(e)}</span></li></ol></nav>
<article class="obj_article_details">
<h1 class="page_title">{self.e(e.title)}</h1>
<div class="row"><div class="main_entry">
{self.authors_html(e)}
<section class="item doi"><h2 class="label">DOI:</h2><span class="value"><a href="https://doi.org/{self.doi(e)}">https://doi.org/{self.doi(e)}</a></span></section>
{f'<section class="item keywords"><h2 class="label">Keywords:</h2><span class="value">{keywords}</span></section>' if e.tags else ''}
<section class="item dates"><span class="received">Received {d["submitted"].date().isoformat()}</span> · <span class="accepted">Accepted {d["accepted"].date().isoformat()}</span></section>
<section class="item abstract"><h2 class="label">Abstract</h2>
{self.abstract_html(e)}
</section>
<div class="item downloads_chart"><h3 class="label">Downloads</h3><div class="value"><canvas class="usageStatsGraph" data-object-type="Submission" data-object-id="{a}"></canvas><div class="usageStatsUnavailable" data-object-type="Submission" data-object-id="{a}">Download data is not yet available.</div></div></div>
<section class="item references"><h2 class="label">References</h2><div class="value">{refs_html}</div></section>
</div><!-- .main_entry -->
<div class="entry_details">
<div class="item cover_image"><div class="sub_item"><a href="{J}/issue/view/{iid}"><img src="/public/journals/1/cover_issue_{iid}_en_US.png" alt=""></a></div></div>
<div class="item galleys"><h2 class="pkp_screen_reader">Downloads</h2><ul class="value galleys_links">
<li><a class="obj_galley_link pdf" href="{J}/article/view/{a}/{g}">PDF</a></li>
<li><a class="obj_galley_link file" href="{J}/article/view/{a}/{g + 1}">HTML</a></li></ul></div>
<div class="item published"><section class="sub_item"><h2 class="label">Published</h2><div class="value"><span>{e.date}</span></div></section></div>
{self.how_to_cite(e)}
<div class="item issue"><section class="sub_item"><h2 class="label">Issue</h2><div class="value"><a class="title" href="{J}/issue/view/{iid}">{self.issue_label(vol, no, idate)}</a></div></section>
<section class="sub_item"><h2 class="label">Section</h2><div class="value">{self.section(e)}</div></section>
<section class="sub_item"><h2 class="label">Categories</h2><div class="value"><ul class="categories">{cats}</ul></div></section></div>
<div class="item copyright"><h2 class="label">License</h2><p>Copyright (c) {e.published.year} {self.e(", ".join(p.name for p in e.authors))}</p>
<a rel="license" href="https://creativecommons.org/licenses/by/4.0/"><img alt="Creative Commons License" src="//i.creativecommons.org/l/by/4.0/88x31.png"></a><p>This work is licensed under a <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 International License</a>.</p></div>
</div><!-- .entry_details -->
</div><!-- .row -->
</article>
{self.plugin_list("articlesBySameAuthorList", "Most read articles by the same author(s)", same, "") if same else ""}
{self.plugin_list("articlesBySimilarityList", "Similar Articles", similar, f'<p id="articlesBySimilaritySearch">You may also <a href="{J}/search/search?query={quote(" ".join(e.tags[:2]))}">start an advanced similarity search</a> for this article.</p>') if similar else ""}
</div><!-- .page -->"""
        return self.document(f"{e.title} | {JOURNAL}", main, self.post_path(e), self.meta(e), "article")

    def galley_view(self, e: Entry, kind: str) -> str:
        a, g = self.aid(e), self.aid(e) * 2 + 300
        gid = g if kind == "pdf" else g + 1
        src = (f"/plugins/generic/pdfJsViewer/pdf.js/web/viewer.html?file={quote(self.url(f'{J}/article/download/{a}/{g}'), safe='')}"
               if kind == "pdf" else f"{J}/article/download/{a}/{gid}?inline=1")
        return (f'<!DOCTYPE html>\n<html lang="en-US" xml:lang="en-US"><head>{self.head(f"View of {e.title} | {JOURNAL}")}</head>'
                f'<body class="pkp_page_article pkp_op_view"><header class="header_view">'
                f'<a href="{self.post_path(e)}" class="return"><span class="pkp_screen_reader">Return to Article Details</span></a>'
                f'<a href="{self.post_path(e)}" class="title">{self.e(e.title)}</a>'
                f'<a href="{J}/article/download/{a}/{gid}" class="download" download><span class="label">Download</span></a></header>'
                f'<div id="{"pdfCanvasContainer" if kind == "pdf" else "htmlContainer"}" class="galley_view">'
                f'<iframe src="{self.e(src)}" width="100%" height="100%" style="min-height: 500px;" title="{kind.upper()} of {self.e(e.title)}" '
                'allowfullscreen webkitallowfullscreen></iframe></div></body></html>')

    def galley_file(self, e: Entry) -> str:
        """The uploaded HTML full text, served raw (no site chrome), as the iframe shows it."""
        return (f'<html><head><meta charset="utf-8"><title>{self.e(e.title)}</title></head><body>'
                f"<h1>{self.e(e.title)}</h1><p>{self.e(', '.join(p.name for p in e.authors))}</p>"
                f"{self.body_html(e)}</body></html>")

    def csl_text(self, style: str) -> str:
        return f'<div class="csl-bib-body"><div class="csl-entry">Citation ({self.e(style)}).</div></div>'

    # -- listings --------------------------------------------------------------------------------------------

    def summary(self, e: Entry) -> str:
        a, g = self.aid(e), self.aid(e) * 2 + 300
        return (f'<li><div class="obj_article_summary"><h3 class="title"><a id="article-{a}" href="{self.post_path(e)}">'
                f'{self.e(e.title)}</a></h3><div class="meta"><div class="authors">{self.e(", ".join(p.name for p in e.authors))}</div>'
                f'<div class="pages">{1 + e.index * 11 % 90}-{7 + e.index * 11 % 90 + e.index % 9}</div>'
                f'<div class="published">{e.date}</div></div><ul class="galleys_links">'
                f'<li><a class="obj_galley_link pdf" href="{J}/article/view/{a}/{g}" aria-labelledby="article-{a}">PDF</a></li>'
                f'<li><a class="obj_galley_link file" href="{J}/article/view/{a}/{g + 1}" aria-labelledby="article-{a}">HTML</a></li>'
                "</ul></div></li>")

    def toc(self, items: list[Entry]) -> str:
        out = []
        for sec in ("Editorials", "Original Articles", "Reviews", "Clinical Videos"):
            rows = [e for e in items if self.section(e) == sec]
            if rows:
                out.append(f'<div class="section"><h2>{sec}</h2><ul class="cmp_article_list articles">'
                           + "".join(self.summary(e) for e in rows) + "</ul></div>")
        return "".join(out)

    def issue_page(self, iid: int) -> str:
        vol, no, date, items = self.issues()[iid]
        label = self.issue_label(vol, no, date)
        main = (f'<div class="page page_issue"><nav class="cmp_breadcrumbs" role="navigation"><ol><li><a href="{J}/index">Home</a>'
                f'<span class="separator">/</span></li><li><a href="{J}/issue/archive">Archives</a><span class="separator">/</span></li>'
                f'<li class="current"><span aria-current="page">{label}</span></li></ol></nav><h1>{label}</h1>'
                f'<div class="obj_issue_toc"><div class="heading"><a class="cover" href="{J}/issue/view/{iid}">'
                f'<img src="/public/journals/1/cover_issue_{iid}_en_US.png" alt=""></a><div class="published"><span class="label">Published:</span>'
                f'<span class="value">{date}</span></div></div><div class="sections">{self.toc(items)}</div></div></div>')
        return self.document(f"{label} | {JOURNAL}", main, f"{J}/issue/view/{iid}", body_class="issue")

    def archive_page(self) -> str:
        rows = "".join(f'<li><div class="obj_issue_summary"><a class="cover" href="{J}/issue/view/{iid}">'
                       f'<img src="/public/journals/1/cover_issue_{iid}_en_US.png" alt=""></a><h2><a class="title" href="{J}/issue/view/{iid}">'
                       f"{self.issue_label(vol, no, date)}</a></h2></div></li>"
                       for iid, (vol, no, date, _) in sorted(self.issues().items(), reverse=True))
        main = f'<div class="page page_issue_archive"><h1>Archives</h1><ul class="issues_archive">{rows}</ul></div>'
        return self.document(f"Archives | {JOURNAL}", main, f"{J}/issue/archive", body_class="issue")

    def announcement_summaries(self, n: int = 0) -> str:
        items = list(enumerate(ANNOUNCEMENTS, 1))[::-1][:n or None]
        return "".join(f'<article class="obj_announcement_summary"><h2><a href="{J}/announcement/view/{i}">{self.e(t)}</a></h2>'
                       f'<div class="date">{d}</div><div class="summary">{self.e(text[:120])}…<a href="{J}/announcement/view/{i}" '
                       f'class="read_more"><span aria-hidden="true" role="presentation">Read more</span></a></div></article>'
                       for i, (t, d, text) in items)

    def announcements_page(self) -> str:
        main = f'<div class="page page_announcements"><h1>Announcements</h1><ul class="cmp_announcements">{self.announcement_summaries()}</ul></div>'
        return self.document(f"Announcements | {JOURNAL}", main, f"{J}/announcement", body_class="announcement")

    def announcement_page(self, n: int) -> str:
        title, date, text = ANNOUNCEMENTS[n - 1]
        main = (f'<div class="page page_announcement"><nav class="cmp_breadcrumbs"><ol><li><a href="{J}/index">Home</a></li>'
                f'<li><a href="{J}/announcement">Announcements</a></li><li class="current">{self.e(title)}</li></ol></nav>'
                f'<article class="obj_announcement_full"><h1>{self.e(title)}</h1><div class="date">{date}</div>'
                f'<div class="description"><p>{self.e(text)}</p></div></article></div>')
        return self.document(f"{title} | {JOURNAL}", main, f"{J}/announcement/view/{n}", body_class="announcement")

    def journal_home(self) -> str:
        iid = max(self.issues())
        vol, no, date, items = self.issues()[iid]
        main = (f'<div class="page_index_journal"><section class="homepage_about"><h2>About the Journal</h2>'
                f"<p>{self.e(PAGES['about'][1][0])}</p></section>"
                f'<section class="cmp_announcements highlight_first"><h2>Announcements</h2>{self.announcement_summaries(2)}'
                f'<a class="read_more" href="{J}/announcement">More Announcements...</a></section>'
                f'<section class="current_issue"><h2>Current Issue</h2><div class="current_issue_title">{self.issue_label(vol, no, date)}</div>'
                f'<div class="obj_issue_toc"><div class="sections">{self.toc(items)}</div></div>'
                f'<a href="{J}/issue/archive" class="read_more">View All Issues</a></section></div>')
        return self.document(JOURNAL, main, f"{J}/index")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        nav = ""
        if pages > 1:
            nav = ('<div class="cmp_pagination" aria-label="View additional articles">'
                   + (f'<a class="prev" href="{path_of(n - 1)}">Previous</a>' if n > 1 else "")
                   + (f'<a class="next" href="{path_of(n + 1)}">Next</a>' if n < pages else "") + "</div>")
        main = (f'<div class="page page_catalog_category"><h1>{self.e(title)}</h1><div class="article_count">{len(items)} Items</div>'
                f'<ul class="cmp_article_list articles">{"".join(self.summary(e) for e in items)}</ul>{nav}</div>')
        return self.document(f"{title} | {JOURNAL}", main, path_of(n), body_class="catalog")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div class="page page_about"><nav class="cmp_breadcrumbs"><ol><li><a href="{J}/index">Home</a></li>'
                f'<li class="current">{self.e(title)}</li></ol></nav><h1>{self.e(title)}</h1>{body}</div>')
        return self.document(f"{title} | {JOURNAL}", main, self.page_path(slug), body_class="about")
