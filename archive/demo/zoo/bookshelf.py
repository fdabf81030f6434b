"""bookshelf (held out): a clinical reference library shaped like NCBI Bookshelf's StatPearls chapters
(one book, "CarePearls [Internet]", on a Bookshelf-like site, "Clinical Bookshelf").

Modelled on real saved Bookshelf pages in berntpopp/genereviews-link: ``tests/fixtures/NBK1247_BRCA1.html``
(and ``NBK1311_Huntington.html``), a GeneReviews chapter as NCBI serves it: the ``ncbi_db`` /
``ncbi_pdid=book-part`` / ``ncbi_acc`` logger metas, the Highwire ``citation_inbook_title`` /
``citation_title`` / ``citation_date`` (the last revision, ``2025/03/20``) / ``citation_author`` /
``citation_pmid`` metas, ``DC.*`` and ``og:type=book`` metas, ``bk-non-canon-loc`` naming the book-path
alias of the chapter and ``rel=canonical`` its ``/books/NBK1247/`` address; the usa-banner and
ncbi-header; ``#maincontent`` > ``div.document`` > ``div.pre-content`` (the book's cover iconblock, "Show
details" toggler, in-book search and Prev/Next ``pagination`` to the *book-path* aliases) >
``div.main-content.lit-style[itemscope itemtype=http://schema.org/CreativeWork]`` > ``div.meta-content.fm-sec``
(``<h1 id="_NBK1247_"><span class="title" itemprop="name">``, the ``itemprop="author"`` spans, the
"Author Information and Affiliations" ``ncbitoggler`` and its hidden ``ui-widget`` holding each author
again with credentials and ``div.affiliation.small``, ``<span itemprop="dateModified">``) >
``div.jig-ncbiinpagenav.body-content[itemprop=text]`` (sections as ``<div id="...">`` with ``h2``) and the
references as ``div.bk_ref`` items each linked ``[PMC free article<span class="bk_prnt">: PMC...</span>]
[PubMed<span class="bk_prnt">: ...</span>]``; ``div.post-content`` (copyright, "Bookshelf ID" and "PMID"
labels, "Contents" and pagination again); ``#rightcolumn`` portlets: Share, "Views" (PubReader
``?report=reader``, Print View ``?report=printable``, the "Cite this Page" ``ncbidialog`` with its
``bk_tt`` citation, the PDF), "In this Page", "Related information" and "Similar articles in PubMed"
(``li.brieflinkpopper`` > ``a.brieflinkpopperctrl`` + ``div.brieflinkpop``), "Recent Activity"
(``#HTDisplay``, ``javascript:historyDisplayState`` links). The StatPearls shape (the "Continuing
Education Activity" section with Objectives and its "Access free multiple choice questions on this
topic." link, "Review Questions" with that link and "Comment on this article.", per-author
"Disclosure:" lines, CC BY-NC-ND copyright, "Last Update:" as the only date) follows the section
lists that public StatPearls scrapers strip (e.g. the ``unwanted_sections`` / ``boilerplate_phrases``
lists found by searching "Access free multiple choice questions"), and the NLM_SP scrapers' reading of
``div.meta-content`` > ``span.title``.

The site: ``/`` (Bookshelf home: "New & Updated" chapters), the book ``/books/n/carepearls/``, its table of
contents ``/books/n/carepearls/toc/`` (alphabetical, two pages: ``?page=2``), ``/books/browse/``, about,
help, copyright, disclaimer, contact and privacy pages, a sitemap and the book's RSS feed.

Chapters: ``/books/NBK539xxx/``; each is also served, byte for byte, at its book path
``/books/n/carepearls/article-NNNNN/`` (the Prev/Next links use it; ``bk-non-canon-loc`` names it; the
canonical names the NBK address), and as ``?report=printable`` (no portlets) and ``?report=reader``
(PubReader: another wrapper) variants, both canonical to the chapter. Figures link to their own
``/books/NBK.../figure/article-N.image.fK/?report=objectonly`` pages; each chapter links its PDF.

Truth decisions: the title is the ``h1`` (no book or site name). Authors: the 3 to 8 names of the
``itemprop=author`` spans as written (middle initials without periods, as NCBI writes them), once each,
without the superscript affiliation numbers; their credentials are what the collapsed affiliations
block prints after each name. Published: the page shows one date, "Last Update: March 12, 2024."; the
``citation_date`` and ``DC.Date`` metas carry that same date and the "Cite this Page" text only
"[Updated 2024 Mar 12]": that is the date of the version on the page (the nhs / dotdash convention).
No tags, no categories (the book has none). No Read Also: "Similar articles in PubMed" (PubMed records,
some of them other chapters of the book), "Related information" and "Recent Activity" are NCBI's
discovery portlets, and Prev/Next is the book's order. The body: the Continuing Education Activity
summary and its objectives, Introduction and the chapter's sections, and the References (each item as
printed, PubMed/PMC labels included); not the quiz and comment links, the Review Questions heading,
figure labels and credits, disclosures, copyright or citation box. Citations: the PubMed and PMC links
of the references. English only; short and video chapters carry no CE section.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import replace
from urllib.parse import parse_qsl, urlsplit

from .posts import Block, Entry, Person, Plan, links_of, plain
from .site import Response, ZooSite, long_date

SITE = "Clinical Bookshelf"
BOOK = "CarePearls"
BOOK_PATH = "/books/n/carepearls/"
TOC = BOOK_PATH + "toc/"
XML = "application/xml; charset=utf-8"
QUIZ = "https://www.carepearls.example"

# (name, credentials, affiliation): NCBI writes given names with bare middle initials
PEOPLE = (
    ("Priya N Raman", ("MD",), "Riverside University Health System"),
    ("Thomas J Okafor", ("DO",), "Lakeland Regional Medical Center"),
    ("Elena Vasquez-Ruiz", ("MD", "MPH"), "University of Texas Medical Branch"),
    ("Kwame A Mensah", ("MBBS",), "Korle Bu Teaching Hospital"),
    ("Hannah L Brooks", ("PharmD",), "Ohio State University College of Pharmacy"),
    ("Daniel Yoon", ("MD",), "Cleveland Clinic Foundation"),
    ("Fatima Al-Sayed", ("MD",), "King Abdulaziz University"),
    ("Marco De Luca", ("MD", "PhD"), "University of Padova"),
    ("Sophie Tremblay", ("RN", "MSN"), "McGill University Health Centre"),
    ("Aaron M Feldstein", ("MD",), "Mount Sinai Hospital"),
    ("Grace Oyelaran", ("DNP", "APRN"), "Emory University School of Nursing"),
    ("Vikram Shah", ("MD",), "All India Institute of Medical Sciences"),
    ("Lucia Moreno", ("PT", "DPT"), "University of Southern California"),
    ("Benjamin K Adler", ("MD",), "Walter Reed National Military Medical Center"),
    ("Nora Lindqvist", ("MD",), "Karolinska Institutet"),
    ("Samuel Osei", ("BS",), "Ross University School of Medicine"),
)

# more references, as StatPearls prints them (authors, title, journal, year;volume:pages)
REFERENCES = (
    ("Whelton PK, Carey RM, Aronow WS, Casey DE, Collins KJ, Dennison Himmelfarb C, et al. 2017 ACC/AHA guideline for "
     "the prevention, detection, evaluation, and management of high blood pressure in adults. Hypertension. 2018;71(6):e13-e115.",
     "29133356", ""),
    ("Ioannidis JPA. The proposal to lower P value thresholds to .005. JAMA. 2018;319(14):1429-1430.", "29566133", ""),
    ("Hall KD, Ayuketah A, Brychta R, Cai H, Cassimatis T, Chen KY, et al. Ultra-processed diets cause excess calorie intake "
     "and weight gain. Cell Metab. 2019;30(1):67-77.e3.", "31105044", "PMC7946062"),
    ("Lewington S, Clarke R, Qizilbash N, Peto R, Collins R. Age-specific relevance of usual blood pressure to vascular "
     "mortality. Lancet. 2002;360(9349):1903-13.", "12493255", ""),
    ("Irwin MR. Why sleep is important for health: a psychoneuroimmunology perspective. Annu Rev Psychol. 2015;66:143-72.",
     "25061767", "PMC4961463"),
    ("Piercy KL, Troiano RP, Ballard RM, Carlson SA, Fulton JE, Galuska DA, et al. The physical activity guidelines for "
     "Americans. JAMA. 2018;320(19):2020-2028.", "30418471", "PMC9582631"),
    ("Holt-Lunstad J, Smith TB, Baker M, Harris T, Stephenson D. Loneliness and social isolation as risk factors for "
     "mortality. Perspect Psychol Sci. 2015;10(2):227-37.", "25910392", ""),
    ("Knowler WC, Barrett-Connor E, Fowler SE, Hamman RF, Lachin JM, Walker EA, et al. Reduction in the incidence of type 2 "
     "diabetes with lifestyle intervention or metformin. N Engl J Med. 2002;346(6):393-403.", "11832527", "PMC1370926"),
    ("Gillespie LD, Robertson MC, Gillespie WJ, Sherrington C, Gates S, Clemson LM, et al. Interventions for preventing "
     "falls in older people living in the community. Cochrane Database Syst Rev. 2012;2012(9):CD007146.", "22972103", "PMC8095069"),
    ("Reynolds A, Mann J, Cummings J, Winter N, Mete E, Te Morenga L. Carbohydrate quality and human health. Lancet. "
     "2019;393(10170):434-445.", "30638909", ""),
)

_PM = re.compile(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d+)")
_PMC = re.compile(r"(PMC\d+)")


def _n(key: str, mod: int) -> int:
    return int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % mod


def ref_item(text: str, pmid: str, pmc: str = "") -> str:
    """A reference as inline markup: its text, then [PMC free article: PMC..] [PubMed: ..] links."""
    links = ([f"[[PMC free article: {pmc}](https://pmc.ncbi.nlm.nih.gov/articles/{pmc}/)]"] if pmc else []) + \
            ([f"[[PubMed: {pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)]"] if pmid else [])
    return " ".join([text, *links])


def objectives(story) -> tuple[str, ...]:
    """The CE activity's objectives, each naming the chapter's own subject (as StatPearls writes them:
    "Identify the etiology of ...", "Outline the management of ..."), three or four of them."""
    subject = story.title.split(":")[0].rstrip("?")
    headings = [plain(b.text) for b in story.blocks if b.kind == "h2" and b.text not in ("Sources", "References")]
    items = [f"Summarize what the evidence says about {subject}.",
             f"Describe how a clinician assesses a patient asking about {subject}."]
    items += [f"Explain the counselling points on {h[0].lower() + h[1:]}." for h in headings[:1]]
    items.append(f"Outline how the interprofessional team coordinates care and follow-up for {subject}.")
    return tuple(items)


class Bookshelf(ZooSite):
    family = "bookshelf"
    site_name = SITE
    declared_language = "en"
    per_page = 20
    author_pages = False
    plan = Plan(seed="bookshelf", count=40, languages=("en",), authors=4, related=(0,), tz_hours=-5)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._by_alias: dict[str, str] = {}
        super().__init__(base_url)

    # -- entries ------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        rng = random.Random(f"bookshelf:{entry.story.key}")
        story = entry.story
        full = story.kind == "article"
        people = [Person(n, "", c) for n, c, _ in rng.sample(PEOPLE, rng.randint(3, 8) if full else rng.randint(1, 3))]
        blocks = list(story.blocks)
        refs = [b for b in blocks if b.kind in ("refs",)]
        blocks = [b for b in blocks if b.kind != "refs"]
        if full:
            ce = (Block("h2", "Continuing Education Activity"),
                  Block("p", f"This activity reviews the evidence summarized in this chapter, {story.title.rstrip('?')}. "
                             "It highlights the role of the interprofessional team in evaluating patients, counselling "
                             "them and coordinating their care."),
                  Block("p", "**Objectives:**"),
                  Block("ul", items=objectives(story)))
            lead = [] if blocks and blocks[0].kind == "h2" else [Block("h2", "Introduction")]
            items = []
            for block in refs:
                for item in block.items:
                    hrefs = links_of(item)
                    pmid = next((m.group(1) for h in hrefs if (m := _PM.search(h))), "")
                    pmc = next((m.group(1) for h in hrefs if (m := _PMC.search(h))), "")
                    text = plain(re.sub(r"\s*\[[^\]]*\]\([^)]*\).*$", "", item) if pmid or pmc else item)
                    items.append(ref_item(text.rstrip(" ·"), pmid, pmc))
            for text, pmid, pmc in rng.sample(REFERENCES, rng.randint(2, 4)):
                items.append(ref_item(text, pmid, pmc))
            blocks = [*ce, *lead, *blocks, Block("refs", "References", tuple(items))]
        elif refs:
            blocks += refs
        return replace(entry, story=replace(story, blocks=tuple(blocks)), authors=tuple(people), tags=(), categories=())

    def nbk(self, entry: Entry) -> str:
        return f"NBK{539000 + entry.post_id * 7}"

    def article_id(self, entry: Entry) -> str:
        return f"article-{17000 + entry.post_id * 13}"

    def pmid(self, entry: Entry) -> str:
        return str(30960000 + entry.post_id * 11)

    def post_path(self, entry: Entry) -> str:
        return f"/books/{self.nbk(entry)}/"

    def alias(self, entry: Entry) -> str:
        return f"{BOOK_PATH}{self.article_id(entry)}/"

    def home_path(self, n: int = 1) -> str:
        return "/"

    def toc_path(self, n: int = 1) -> str:
        return TOC if n == 1 else f"{TOC}?page={n}"

    def page_path(self, slug: str) -> str:
        return {"about": "/books/about/", "contact": "/books/about/contact/", "start-here": "/books/about/using/",
                "privacy-policy": "/books/about/privacy/"}[slug]

    def figures(self, entry: Entry) -> list[str]:
        return [f"{self.article_id(entry)}.image.f{k}" for k, _ in enumerate(
            (b for b in entry.story.blocks if b.kind == "figure"), 1)]

    def pdf(self, entry: Entry) -> str:
        return f"/books/{self.nbk(entry)}/pdf/Bookshelf_{self.nbk(entry)}.pdf"

    def toc_order(self) -> list[Entry]:
        return sorted(self.entries, key=lambda e: e.title.lower())

    def shown_related(self, entry: Entry) -> list[Entry]:
        return []

    # -- routes ---------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", lambda e=entry: self.render_article(e))
            self._by_alias[self.alias(entry)] = self.post_path(entry)
            for k, fig in enumerate(self.figures(entry), 1):
                self.add(f"/books/{self.nbk(entry)}/figure/{fig}/", "page", lambda e=entry, f=fig, n=k: self.figure_page(e, f, n))
            pdf = f"%PDF-1.4\n% {self.nbk(entry)}\n%%EOF\n".encode()
            self.routes[self.pdf(entry)] = ("other", lambda b=pdf: Response(200, "application/pdf", b))
        self.add("/", "listing", self.landing)
        self.add(BOOK_PATH, "listing", self.book_page)
        order = self.toc_order()
        pages = -(-len(order) // self.per_page)
        for n in range(1, pages + 1):
            self.add(self.toc_path(n), "listing", lambda n=n: self.toc(order[(n - 1) * self.per_page:n * self.per_page], n, pages))
        from . import texts
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", lambda s=slug, t=title, p=paragraphs: self.render_page(s, t, p))
        for path, title, text in (
                ("/books/browse/", "Browse Titles", "Bookshelf holds books, reports and databases in the life sciences "
                                                    "and health care. CarePearls is its largest clinical collection."),
                ("/books/advanced/", "Advanced Search", "Search by title, author, publisher or subject. Combine fields "
                                                        "with AND, OR and NOT."),
                ("/books/about/help/", "Bookshelf Help", "How to search Bookshelf, read a chapter, cite it and download it."),
                ("/books/about/copyright/", "Copyright and Permissions", "Most books are copyrighted by their authors or "
                                                                        "publishers; some carry a Creative Commons license."),
                ("/books/about/disclaimer/", "Disclaimer", "Books and documents in Bookshelf are not endorsed by the "
                                                           "library; the information is not a substitute for medical advice.")):
            self.add(path, "page", lambda p=path, t=title, x=text: self.simple(p, t, f"<p>{x}</p>"))
        self.add("/books/sitemap.xml", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.entries] + [BOOK_PATH, TOC]), XML)
        self.add(BOOK_PATH + "rss/", "other", lambda: self.rss(f"{BOOK} - new and updated chapters", BOOK_PATH, self.newest),
                 "application/rss+xml; charset=utf-8")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /books/?term=\nDisallow: /books/n/*/?term=\nDisallow: /myncbi/\n\n"
                f"Sitemap: {self.url('/books/sitemap.xml')}\n")

    def route_key(self, target: str) -> str | None:
        """A chapter's book path (``/books/n/carepearls/article-NNNNN/``) serves the chapter itself."""
        path = urlsplit(target).path
        if path in self._by_alias:
            return self._by_alias[path]
        return super().route_key(target)

    def resolve(self, target: str) -> Response:
        """``?report=printable`` and ``?report=reader`` render the chapter another way (same canonical)."""
        key = self.route_key(target)
        report = dict(parse_qsl(urlsplit(target).query)).get("report", "")
        if key is not None and report in ("printable", "reader") and self.routes[key][0] == "article":
            cache = f"{key}?report={report}"
            if cache not in self._cache:
                entry = next(e for e in self.entries if self.post_path(e) == key)
                self._cache[cache] = Response(200, self.html_type, self.encode(self.render_variant(entry, report)))
            return self._cache[cache]
        return super().resolve(target)

    # -- page parts -------------------------------------------------------------------------------------------

    def head(self, title: str, canonical: str, extra: str = "", pdid: str = "book-part", acc: str = "") -> str:
        return ('<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
                f'<meta name="ncbi_db" content="books" /><meta name="ncbi_pdid" content="{pdid}" />'
                f'<meta name="ncbi_acc" content="{acc}" /><meta name="ncbi_domain" content="carepearls" />'
                f'<meta name="ncbi_app" content="bookshelf" /><title>{self.e(title)}</title>'
                '<link rel="stylesheet" href="/core/jig/1.15.2/css/jig.min.css" />'
                '<script type="text/javascript" src="/core/jig/1.15.2/js/jig.min.js"></script>'
                f'{extra}<link rel="canonical" href="{self.e(self.url(canonical))}" />'
                '<link rel="stylesheet" href="/corehtml/pmc/css/bookshelf/2.26/css/books.min.css" type="text/css" />'
                '<style type="text/css">.bk_tt {font-family: monospace} .first-line-outdent .bk_ref {display: inline}</style>'
                f'<link rel="alternate" type="application/rss+xml" title="{BOOK}" href="{self.url(BOOK_PATH + "rss/")}" />'
                '<link rel="shortcut icon" href="/favicon.ico" /></head>')

    def banner(self) -> str:
        return ('<div id="universal_header"><section class="usa-banner"><div class="usa-accordion"><header class="usa-banner-header">'
                '<div class="usa-grid usa-banner-inner"><p>An official website of the United States government</p>'
                '<button class="non-usa-accordion-button usa-banner-button" aria-expanded="false" type="button">'
                "<span class=\"usa-banner-button-text\">Here's how you know</span></button></div></header>"
                '<div class="usa-banner-content usa-grid usa-accordion-content" id="gov-banner-top" aria-hidden="true">'
                "<p><strong>The .gov means it's official.</strong> Federal government websites often end in .gov or .mil.</p>"
                "<p><strong>The site is secure.</strong> The <strong>https://</strong> ensures that you are connecting to the "
                "official website.</p></div></div></section>"
                '<header class="ncbi-header" role="banner" data-section="Header"><div class="usa-grid"><div class="usa-width-one-whole">'
                f'<div class="ncbi-header__logo"><a href="{self.url("/")}" class="logo" aria-label="Clinical Bookshelf logo">'
                '<img src="/coreutils/nwds/img/logos/AgencyLogo.svg" alt="Clinical Bookshelf" /></a></div>'
                '<div class="ncbi-header__account"><a id="account_login" href="https://account.example.gov/" class="usa-button header-button">Log in</a></div>'
                '</div></div></header></div>'
                f'<div class="header"><div class="res_logo"><h1 class="res_name"><a href="{self.url("/")}" title="Bookshelf home">Bookshelf</a></h1></div>'
                f'<div class="search"><form method="get" action="{self.url("/books/")}"><div class="search_form">'
                '<label for="term" class="offscreen_noflow">Search term</label><input type="text" name="term" id="term" '
                'class="jig-ncbiclearbutton jig-ncbiautocomplete" autocomplete="off" />'
                '<button id="search" type="submit" class="button_search nowrap" cmd="go">Search</button></div></form>'
                f'<ul class="searchlinks inline_list"><li><a href="{self.url("/books/browse/")}">Browse Titles</a></li>'
                f'<li><a href="{self.url("/books/advanced/")}">Advanced</a></li><li class="help"><a href="{self.url("/books/about/help/")}">Help</a></li>'
                f'<li class="disclaimer"><a target="_blank" href="{self.url("/books/about/disclaimer/")}">Disclaimer</a></li></ul></div></div>')

    def footer(self) -> str:
        return ('<div class="footer" id="footer"><section class="icon-section"><div id="icon-section-header" class="icon-section_header">'
                'Follow the Library</div><div class="icon-section_container"><a class="footer-icon" id="footer_twitter" '
                'href="https://twitter.com/clinicalbookshelf" aria-label="Twitter">Twitter</a><a class="footer-icon" id="footer_facebook" '
                'href="https://www.facebook.com/clinicalbookshelf" aria-label="Facebook">Facebook</a></div></section>'
                '<section class="container-fluid bg-primary"><div class="container pt-5"><div class="row mt-3">'
                '<div class="col-lg-3 col-12"><p class="address_footer text-white">Clinical Bookshelf<br />8600 Rockville Pike<br />'
                'Bethesda, MD 20894</p></div><div class="col-lg-3 col-12 centered-lg"><p>'
                f'<a href="{self.url("/books/about/privacy/")}" class="text-white">Web Policies</a><br />'
                f'<a href="{self.url("/books/about/contact/")}" class="text-white">Contact</a><br />'
                f'<a href="{self.url("/books/about/")}" class="text-white">About Bookshelf</a></p></div></div></div></section></div>')

    def document(self, main: str, head: str, right: str = "", body_class: str = "book-part") -> str:
        column = (f'<div id="rightcolumn" class="four_col col last">{right}</div>' if right else "")
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">' + head +
                f'<body class="{body_class}"><div class="grid"><div class="col twelve_col nomargin shadow">'
                '<div class="sysmessages"><noscript><p class="nojs"><strong>Warning:</strong> The site requires JavaScript '
                'to function.</p></noscript></div><div class="wrap"><div class="page"><div class="top">' + self.banner() +
                '</div><div class="content"><div class="container">'
                f'<div id="maincontent" class="content eight_col col">{main}</div>{column}</div></div>'
                f'<div class="bottom">{self.footer()}</div></div></div></div></div></body></html>')

    def portlet(self, title: str, inner: str, name: str) -> str:
        return ('<div class="portlet"><div class="portlet_head"><div class="portlet_title">'
                f'<h3><span>{title}</span></h3></div><a name="Shutter" sid="1" href="#" class="portlet_shutter" '
                f'title="Show/hide content" remembercollapsed="true" pgsec_name="{name}" id="Shutter"></a></div>'
                f'<div class="portlet_content">{inner}</div></div>')

    def short_names(self, entry: Entry) -> str:
        """"Raman PN, Okafor TJ" as a citation prints them."""
        def one(name: str) -> str:
            parts = name.split()
            return f"{parts[-1]} {''.join(p[0] for p in parts[:-1])}"
        return ", ".join(one(p.name) for p in entry.authors)

    def updated(self, entry: Entry) -> str:
        return f"{entry.published:%Y %b} {entry.published.day}"

    def citation(self, entry: Entry) -> str:
        return (f"{self.short_names(entry)}. {self.e(entry.title)}. [Updated {self.updated(entry)}]. In: {BOOK} [Internet]. "
                f"Treasure Island (FL): {BOOK} Publishing; {entry.published.year + 1} Jan-.")

    def right_column(self, entry: Entry) -> str:
        nbk, path = self.nbk(entry), self.post_path(entry)
        views = ('<ul class="simple-list">'
                 f'<li><a href="{self.url(path)}?report=reader">PubReader</a></li>'
                 f'<li><a href="{self.url(path)}?report=printable">Print View</a></li>'
                 f'<li><a data-jig="ncbidialog" href="#_ncbi_dlg_citbx_{nbk}" data-jigconfig="width:400,modal:true">Cite this Page</a>'
                 f'<div id="_ncbi_dlg_citbx_{nbk}" style="display:none" title="Cite this Page"><div class="bk_tt">{self.citation(entry)}'
                 '<span class="bk_cite_avail"></span></div></div></li>'
                 f'<li><a href="{self.url(self.pdf(entry))}">PDF version of this page</a> ({180 + _n(nbk, 600)}K)</li></ul>')
        sections = [b.text for b in entry.story.blocks if b.kind in ("h2", "refs")]
        inpage = '<ul class="simple-list">' + "".join(
            f'<li><a href="#{self.article_id(entry)}.s{k}" ref="log$=inpage&amp;link_id=inpage">{self.e(plain(t))}</a></li>'
            for k, t in enumerate(sections, 1)) + "</ul>"
        related_db = "".join(
            f'<li class="brieflinkpopper"><a class="brieflinkpopperctrl" href="https://www.ncbi.nlm.nih.gov/{db}/?LinkName=books_{db}&amp;from_uid={self.pmid(entry)}" '
            f'ref="log$=recordlinks">{label}</a><div class="brieflinkpop offscreen_noflow">{pop}</div></li>'
            for db, label, pop in (("medgen", "MedGen", "Related information in MedGen"),
                                   ("pmc", "PMC", "PubMed Central citations"), ("pubmed", "PubMed", "Links to PubMed")))
        others = [e for e in self.entries if e is not entry]
        similar = random.Random(f"similar:{entry.story.key}").sample(others, 3)
        cards = []
        for k, other in enumerate(similar, 1):
            cards.append(
                f'<li class="brieflinkpopper two_line"><a class="brieflinkpopperctrl" href="https://pubmed.ncbi.nlm.nih.gov/{self.pmid(other)}/" '
                f'ref="ordinalpos=1&amp;linkpos={k}&amp;log$=relatedreviews&amp;logdbfrom=pubmed"><span class="invert">Review</span> '
                f'{self.e(other.title)}.</a><span class="source">[{BOOK}. {other.published.year + 1}]</span>'
                f'<div class="brieflinkpop offscreen_noflow"><span class="invert">Review</span> {self.e(other.title)}.'
                f'<div class="brieflinkpopdesc"><em class="author">{self.short_names(other)}. </em><em class="cit">{BOOK}. '
                f'{other.published.year + 1}</em></div></div></li>')
        for k, (text, pmid, _) in enumerate(random.Random(f"pm:{entry.story.key}").sample(REFERENCES, 2), 4):
            title = text.split(". ", 1)[1].split(". ")[0] if ". " in text else text
            cards.append(
                f'<li class="brieflinkpopper two_line"><a class="brieflinkpopperctrl" href="https://pubmed.ncbi.nlm.nih.gov/{pmid}/" '
                f'ref="ordinalpos=1&amp;linkpos={k}&amp;log$=relatedarticles&amp;logdbfrom=pubmed">{self.e(title)}.</a>'
                f'<span class="source">[{self.e(text.rsplit(". ", 2)[-2][:40])}]</span></li>')
        similar_html = (f'<ul>{"".join(cards)}</ul><a class="seemore" href="https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_reviews&amp;from_uid={self.pmid(entry)}" '
                        'ref="ordinalpos=1&amp;log$=relatedreviews_seeall&amp;logdbfrom=pubmed">See reviews...</a>'
                        f'<a class="seemore" href="https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed&amp;from_uid={self.pmid(entry)}" '
                        'ref="ordinalpos=1&amp;log$=relatedarticles_seeall&amp;logdbfrom=pubmed">See all...</a>')
        activity = ('<div id="HTDisplay" class=""><div class="action"><a href="javascript:historyDisplayState(\'ClearHT\')">Clear</a>'
                    '<a href="javascript:historyDisplayState(\'HTOff\')" class="HTOn">Turn Off</a>'
                    '<a href="javascript:historyDisplayState(\'HTOn\')" class="HTOff">Turn On</a></div><ul id="activity"></ul>'
                    '<p class="HTOn">Your browsing activity is empty.</p><p class="HTOff">Activity recording is turned off.</p>'
                    '<p id="turnOn" class="HTOff"><a href="javascript:historyDisplayState(\'HTOn\')">Turn recording back on</a></p></div>')
        return (f'<div class="col6"><div id="ncbi_share_book"><a href="#" class="ncbi_share" data-ncbi_share_config="popup:false,shorten:true" '
                f'ref="id={nbk}&amp;db=books">Share</a></div></div>'
                + self.portlet("Views", views, "PDF_download") + self.portlet("In this Page", inpage, "page-toc")
                + self.portlet("Related information", f"<ul>{related_db}</ul>", "discovery_db_links")
                + self.portlet("Similar articles in PubMed", similar_html, "PBooksDiscovery_RA")
                + self.portlet("Recent Activity", activity, "recent_activity"))

    def pagination(self, entry: Entry) -> str:
        order = self.toc_order()
        i = order.index(entry)
        prev = f'<a class="active page_link prev" href="{self.url(self.alias(order[i - 1]))}" title="Previous page in this title">&lt; Prev</a>' if i else ""
        nxt = (f'<a class="active page_link next" href="{self.url(self.alias(order[i + 1]))}" title="Next page in this title">Next &gt;</a>'
               if i + 1 < len(order) else "")
        return f'<div class="pagination bk_noprnt">{prev}{nxt}</div>'

    def pre_content(self, entry: Entry) -> str:
        year = entry.published.year + 1
        return ('<div class="pre-content"><div><div class="bk_prnt"><p class="small">Clinical Bookshelf. A service of the National '
                f'Library of Medicine, National Institutes of Health.</p><p>{BOOK} [Internet]. Treasure Island (FL): {BOOK} Publishing; '
                f'{year} Jan-.</p></div><div class="iconblock clearfix whole_rhythm no_top_margin bk_noprnt">'
                f'<a class="img_link icnblk_img" title="Table of Contents Page" href="{self.url(TOC)}"><img class="source-thumb" '
                f'src="/corehtml/pmc/pmcgifs/bookshelf/thumbs/th-carepearls-lrg.png" alt="Cover of {BOOK}" height="100px" width="80px" /></a>'
                f'<div class="icnblk_cntnt eight_col"><h2>{BOOK} [Internet].</h2><a data-jig="ncbitoggler" href="#__{self.nbk(entry)}_dtls__">Show details</a>'
                f'<div style="display:none" class="ui-widget" id="__{self.nbk(entry)}_dtls__"><div>Treasure Island (FL): {BOOK} Publishing; {year} Jan-.</div></div>'
                f'<div class="half_rhythm"><ul class="inline_list"><li style="margin-right:1em"><a class="bk_cntns" href="{self.url(TOC)}">Contents</a></li></ul></div>'
                f'<div class="bk_noprnt"><form method="get" action="{self.url(BOOK_PATH)}" id="bk_srch"><div class="bk_search">'
                f'<label for="bk_term" class="offscreen_noflow">Search term</label><input type="text" title="Search this book" id="bk_term" name="term" value="" '
                'data-jig="ncbiclearbutton" /> <input type="submit" class="jig-ncbibutton" value="Search this book" submit="false" /></div></form></div></div>'
                f'<div class="icnblk_cntnt two_col">{self.pagination(entry)}</div></div></div></div>')

    def byline(self, entry: Entry) -> tuple[str, str]:
        """The authors with their affiliation numbers, and the hidden "Author Information and Affiliations" block."""
        affiliations: list[str] = []
        numbers = []
        for person in entry.authors:
            place = next(a for n, _, a in PEOPLE if n == person.name)
            if place not in affiliations:
                affiliations.append(place)
            numbers.append(affiliations.index(place) + 1)
        names = "; ".join(f'<span itemprop="author">{self.e(p.name)}</span><sup>{k}</sup>' for p, k in zip(entry.authors, numbers)) + "."
        nbk = self.nbk(entry)
        visible = f'<div class="contrib half_rhythm"><span class="label">Authors</span><br />{names}</div>'
        people = "".join(f'<div class="contrib half_rhythm"><span itemprop="author">{self.e(p.name)}</span>, {", ".join(p.credentials)}<sup>{k}</sup></div>'
                         for p, k in zip(entry.authors, numbers))
        places = "".join(f'<div class="affiliation small"><sup>{k}</sup> {self.e(a)}</div>' for k, a in enumerate(affiliations, 1))
        hidden = (f'<a data-jig="ncbitoggler" href="#__{nbk}_ai__" style="border:0;text-decoration:none">Author Information and Affiliations</a>'
                  f'<div style="display:none" class="ui-widget" id="__{nbk}_ai__"><h4>Authors</h4>{people}'
                  f'<div class="contrib-affiliations"><h4>Affiliations</h4>{places}</div></div>')
        return visible, hidden

    def section(self, entry: Entry, k: int, heading: str, inner: str) -> str:
        aid = self.article_id(entry)
        return f'<div id="{aid}.s{k}"><h2 id="_{aid}_s{k}_">{self.e(heading)}</h2>{inner}</div>'

    def quiz_link(self, entry: Entry, what: str) -> str:
        n = self.article_id(entry).split("-")[1]
        if what == "quiz":
            return (f'<a href="{QUIZ}/account/trialuserreg/?articleid={n}&amp;utm_source=pubmed&amp;utm_campaign=reviews&amp;'
                    f'utm_content={n}">Access free multiple choice questions on this topic.</a>')
        return f'<a href="{QUIZ}/articlelibrary/commentarticle/{n}/?utm_source=pubmed&amp;utm_campaign=comments&amp;utm_content={n}">Comment on this article.</a>'

    def body_html(self, entry: Entry) -> str:
        """Sections (``div#article-N.sK`` each led by its ``h2``); the CE section ends with its quiz link;
        Review Questions before the References."""
        parts, inner, heading, k = [], [], None, 0
        blocks = entry.story.blocks

        def close() -> None:
            nonlocal inner
            if heading is None:
                parts.extend(inner)
            else:
                tail = f"<p>{self.quiz_link(entry, 'quiz')}</p>" if heading == "Continuing Education Activity" else ""
                parts.append(self.section(entry, k, heading, "".join(inner) + tail))
            inner = []
        for block in blocks:
            if block.kind in ("h2", "refs"):
                close()
                k += 1
                heading = plain(block.text)
                if block.kind == "refs":
                    if entry.story.kind == "article":
                        parts.append(self.section(entry, k, "Review Questions", '<ul><li>' + self.quiz_link(entry, "quiz") + '</li><li>'
                                                  + self.quiz_link(entry, "comment") + "</li></ul>"))
                        k += 1
                    inner.append(self.refs_list(entry, block))
                continue
            inner.append(self.block_html(block, entry))
        close()
        return "\n".join(parts)

    def refs_list(self, entry: Entry, block: Block) -> str:
        aid = self.article_id(entry)
        rows = []
        for i, item in enumerate(block.items, 1):
            text = re.sub(r"\s*\[\[.*$", "", item)
            links = []
            for href in links_of(item):
                label, ident = (("PMC free article", _PMC.search(href).group(1)) if "pmc" in href else ("PubMed", _PM.search(href).group(1)))
                kind = "pmc" if "pmc" in href else "pubmed"
                links.append(f'[<a href="{self.e(href)}" ref="pagearea=cite-ref&amp;targetsite=entrez&amp;targetcat=link&amp;targettype={kind}">'
                             f'{label}<span class="bk_prnt">: {ident}</span></a>]')
            body = self.inline(text) + (" " + " ".join(links) if links else "")
            rows.append(f'<dl class="bkr_refwrap"><dt>{i}.</dt><dd><div class="bk_ref" id="{aid}.r{i}">{body}</div></dd></dl>')
        return f'<dl class="temp-labeled-list small">{"".join(rows)}</dl>'

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "figure":
            figs = self.figures(entry)
            k = sum(1 for b in entry.story.blocks[:entry.story.blocks.index(block)] if b.kind == "figure")
            fig = figs[k]
            href = self.url(f"/books/{self.nbk(entry)}/figure/{fig}/?report=objectonly")
            credit = entry.authors[k % len(entry.authors)].name.split()
            return (f'<div class="iconblock whole_rhythm clearfix ten_col fig" id="{fig}" co-legend-rid="lgnd_{fig}">'
                    f'<a href="{href}" target="object" class="img_link icnblk_img figpopup" rid-figpopup="fig{fig}" rid-ob="figob{fig}">'
                    f'<img class="small-thumb" src="/books/{self.nbk(entry)}/bin/{self.e(block.text.rsplit("/", 1)[-1])}" '
                    f'src-large="/books/{self.nbk(entry)}/bin/{self.e(block.text.rsplit("/", 1)[-1])}" alt="{self.e(block.items[0])}" /></a>'
                    f'<div class="icnblk_cntnt" id="lgnd_{fig}"><h4 id="{fig}_lbl"><a href="{href}" target="object" rid-ob="figob{fig}">Figure</a></h4>'
                    f'<p class="float-caption no_bottom_margin">Contributed by {credit[0][0]} {credit[-1]}</p></div></div>')
        if block.kind == "video":
            return (f'<div class="iconblock whole_rhythm clearfix ten_col fig bk_video"><div class="icnblk_cntnt"><h4>Video</h4>'
                    f'<iframe width="560" height="315" src="{self.e(block.text)}" title="{self.e(entry.title)}" frameborder="0" '
                    'allowfullscreen="allowfullscreen"></iframe></div></div>')
        return super().block_html(block, entry)

    # -- renderers -------------------------------------------------------------------------------------------------

    def chapter_meta(self, entry: Entry) -> str:
        date = entry.published
        metas = [("robots", "INDEX,FOLLOW,NOARCHIVE"), ("citation_inbook_title", f"{BOOK} [Internet]"),
                 ("citation_title", entry.title), ("citation_publisher", f"{BOOK} Publishing"),
                 ("citation_date", f"{date:%Y/%m/%d}"), *(("citation_author", p.name) for p in entry.authors),
                 ("citation_pmid", self.pmid(entry)), ("citation_fulltext_html_url", self.url(self.post_path(entry)))]
        dc = [("DC.Title", entry.title), ("DC.Type", "Text"), ("DC.Publisher", f"{BOOK} Publishing"),
              *(("DC.Contributor", p.name) for p in entry.authors), ("DC.Date", f"{date:%Y/%m/%d}"),
              ("DC.Identifier", self.url(self.post_path(entry)))]
        og = [("description", self.teaser(entry, 40)), ("og:title", entry.title), ("og:type", "book"),
              ("og:description", self.teaser(entry, 40)), ("og:url", self.url(self.post_path(entry))), ("og:site_name", SITE),
              ("og:image", self.url("/corehtml/pmc/pmcgifs/bookshelf/thumbs/th-carepearls-lrg.png")),
              ("twitter:card", "summary"), ("twitter:site", "@clinicalbookshelf"), ("bk-non-canon-loc", self.alias(entry))]
        return ("".join(f'<meta name="{k}" content="{self.e(v)}" />' for k, v in metas)
                + '<link rel="schema.DC" href="http://purl.org/DC/elements/1.0/" />'
                + "".join(f'<meta name="{k}" content="{self.e(v)}" />' for k, v in dc + og))

    def chapter_main(self, entry: Entry) -> str:
        nbk = self.nbk(entry)
        visible, hidden = self.byline(entry)
        disclosures = "".join(f'<p class="small">Disclosure: {self.e(p.name)} declares no relevant financial relationships with '
                              "ineligible companies.</p>" for p in entry.authors)
        year = entry.published.year + 1
        return ('<div class="document">' + self.pre_content(entry) +
                '<div class="main-content lit-style" itemscope="itemscope" itemtype="http://schema.org/CreativeWork">'
                f'<div class="meta-content fm-sec"><h1 id="_{nbk}_"><span class="title" itemprop="name">{self.e(entry.title)}</span></h1>'
                f'{visible}{hidden}<p class="small">Last Update: <span itemprop="dateModified">{long_date(entry.published)}</span>.</p></div>'
                '<div class="jig-ncbiinpagenav body-content whole_rhythm" data-jigconfig="allHeadingLevels: [\'h2\'],smoothScroll: false" itemprop="text">'
                f'{self.body_html(entry)}<div id="bk_toc_contnr"></div></div></div>'
                f'<div class="post-content"><div><div class="half_rhythm">{disclosures}</div>'
                f'<div class="half_rhythm"><a href="{self.url("/books/about/copyright/")}">Copyright</a> &#169; {year}, {BOOK} Publishing LLC.'
                '<p class="small">This book is distributed under the terms of the Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 '
                'International (CC BY-NC-ND 4.0) (<a href="http://creativecommons.org/licenses/by-nc-nd/4.0/" '
                'ref="pagearea=meta&amp;targetsite=external&amp;targetcat=link&amp;targettype=uri">http://creativecommons.org/licenses/by-nc-nd/4.0/</a>), '
                "which permits others to distribute the work, provided that the article is not altered or used commercially. You are not "
                "required to obtain permission to distribute this article, provided that you credit the author and journal.</p></div>"
                f'<div class="small"><span class="label">Bookshelf ID: {nbk}</span><span class="label">PMID: '
                f'<a href="https://pubmed.ncbi.nlm.nih.gov/{self.pmid(entry)}" title="PubMed record of this page" '
                f'ref="pagearea=meta&amp;targetsite=entrez&amp;targetcat=link&amp;targettype=pubmed">{self.pmid(entry)}</a></span></div>'
                f'<div style="margin-top:2em" class="bk_noprnt"><a class="bk_cntns" href="{self.url(TOC)}">Contents</a>{self.pagination(entry)}</div>'
                "</div></div></div>")

    def render_article(self, entry: Entry) -> str:
        head = self.head(f"{entry.title} - {BOOK} - {SITE}", self.post_path(entry), self.chapter_meta(entry), acc=self.nbk(entry))
        return self.document(self.chapter_main(entry), head, self.right_column(entry))

    def render_variant(self, entry: Entry, report: str) -> str:
        head = self.head(f"{entry.title} - {BOOK} - {SITE}", self.post_path(entry), self.chapter_meta(entry), acc=self.nbk(entry))
        if report == "printable":
            return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">'
                    f'{head}<body class="book-part printable"><div id="maincontent">{self.chapter_main(entry)}</div></body></html>')
        return ('<!DOCTYPE html>\n<html lang="en">' + head + '<body class="pubreader-body"><div class="pubreader-container">'
                '<div class="pr-header"><a class="pr-home" href="' + self.url(self.post_path(entry)) + '">Exit PubReader</a>'
                '<span class="pr-book">' + BOOK + '</span></div><div class="pr-content"><div class="pr-page">'
                + self.chapter_main(entry) + '</div></div></div></body></html>')

    def figure_page(self, entry: Entry, fig: str, n: int) -> str:
        path = f"/books/{self.nbk(entry)}/figure/{fig}/"
        block = [b for b in entry.story.blocks if b.kind == "figure"][n - 1]
        main = (f'<div class="document"><div class="figure-page" id="{fig}"><h1>Figure</h1>'
                f'<div class="largeobj-link align_right"><a href="{self.url(self.post_path(entry))}">From: {self.e(entry.title)}</a></div>'
                f'<img src="/books/{self.nbk(entry)}/bin/{self.e(block.text.rsplit("/", 1)[-1])}" alt="{self.e(block.items[0])}" />'
                f'<p class="small">{BOOK} [Internet]. Copyright &#169; {entry.published.year + 1}, {BOOK} Publishing LLC.</p></div></div>')
        return self.document(main, self.head(f"Figure, {entry.title} - {BOOK} - {SITE}", path, pdid="book-objectonly"))

    def chapter_rows(self, items: list[Entry]) -> str:
        return "".join(f'<li><a href="{self.e(self.url(self.post_path(o)))}" class="toc-item">{self.e(o.title)}</a>'
                       f' <span class="small">Last Update: {long_date(o.published)}</span></li>' for o in items)

    def landing(self) -> str:
        main = ('<div class="document"><h1>Bookshelf</h1><p>Bookshelf provides free online access to books and documents in life '
                'science and health care.</p><h2>New &amp; Updated</h2>'
                f'<ul class="simple-list bk_newupdtd">{self.chapter_rows(self.newest[:10])}</ul>'
                f'<p><a href="{self.url(BOOK_PATH)}">{BOOK} [Internet]</a> | <a href="{self.url("/books/browse/")}">Browse Titles</a></p></div>')
        return self.document(main, self.head(f"Home - Books - {SITE}", "/", pdid="bookshelf-home"))

    def book_page(self) -> str:
        main = (f'<div class="document"><h1>{BOOK} [Internet]</h1><p>Treasure Island (FL): {BOOK} Publishing; 2022 Jan-.</p>'
                f'<p>{BOOK} is a point-of-care clinical reference written and peer reviewed by clinicians, updated as evidence changes.</p>'
                f'<p><a class="bk_cntns" href="{self.url(TOC)}">Contents</a> | <a href="{self.url(BOOK_PATH + "rss/")}">RSS</a></p>'
                f'<h2>Recently updated chapters</h2><ul class="simple-list">{self.chapter_rows(self.newest[:10])}</ul></div>')
        return self.document(main, self.head(f"{BOOK} - {SITE}", BOOK_PATH, pdid="book-toc"))

    def toc(self, items: list[Entry], n: int, pages: int) -> str:
        pager = "".join(f"<span class=\"active\">{k}</span>" if k == n else f'<a href="{self.e(self.url(self.toc_path(k)))}">{k}</a>'
                        for k in range(1, pages + 1))
        main = (f'<div class="document"><h1>{BOOK} [Internet]: Contents</h1><ul class="simple-list toc">{self.chapter_rows(items)}</ul>'
                f'<div class="pagination">{pager}</div></div>')
        return self.document(main, self.head(f"Contents - {BOOK}", self.toc_path(n), pdid="book-toc"))

    def simple(self, path: str, title: str, inner: str) -> str:
        main = f'<div class="document"><h1>{self.e(title)}</h1>{inner}</div>'
        return self.document(main, self.head(f"{title} - {SITE}", path, pdid="bookshelf-static"))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        return self.simple(self.page_path(slug), title, "".join(f"<p>{self.e(p)}</p>" for p in paragraphs))

    def render_listing(self, title, items, n, pages, path_of) -> str:   # every listing has its own renderer
        raise NotImplementedError
