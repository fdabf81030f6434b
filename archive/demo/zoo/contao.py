"""contao (held out): the health magazine ("Gesundheitsratgeber") of a German pharmacy chain on
Contao 4.13 with the core news bundle, codefog's news categories and a related-news extension.

Modelled on real files of the contao/contao repository: the page layout
``core-bundle/contao/templates/frontend/fe_page.html5`` (``body#top``, ``div#wrapper`` >
``header#header`` > ``div.inside``, ``div#container`` > ``main#main`` > ``div.inside`` and
``aside#left``/``aside#right`` > ``div.inside``, ``footer#footer``, the JSON-LD scripts at the end of
the body, ``<base href>`` with every link relative to it, ``meta name=generator content="Contao Open
Source CMS"``); the news templates ``news-bundle/contao/templates/news/news_full.html5``
(``div.layout_full.block`` > ``h1``, ``p.info`` > ``time[datetime]`` + the author, then the news'
content elements) and ``news_latest.html5`` (``div.layout_latest.arc_N.block`` with ``p.info``, an
``h2`` link, ``div.ce_text.block`` teaser and ``p.more`` "Weiterlesen …"), ``modules/mod_newsreader.html5``
(``p.back`` inside ``<!-- indexer::stop -->`` and the ``ce_comments`` block), ``modules/mod_newsmenu.html5``
(the daily menu: ``table.minicalendar`` with ``th.head.previous`` / ``th.head.next`` links that never
end: the trap); the schema.org data of ``news-bundle/contao/classes/News.php`` ``getSchemaOrgData``
(``@type`` NewsArticle, ``identifier`` ``#/schema/news/ID``, ``url``, ``headline``, ``datePublished``
``Y-m-d\\TH:i:sP``, ``description`` from the teaser, ``author`` a Person only when the news has a
backend user as author: here sometimes the shared "Redaktion" login, sometimes none), emitted in an
``@graph`` beside ``{"@type": "WebPage"}`` and Contao's own ``schema.contao.org`` Page graph; the
content elements ``core-bundle/contao/templates/elements/ce_youtube.html5`` (``figure.video_container``
> ``div.responsive.ratio-169`` > ``iframe``, youtube-nocookie), ``ce_accordionSingle.html5``
(``section.ce_accordion.ce_text.block`` > ``div.toggler`` + ``div.accordion``: the collapsed "Quellen"),
``ce_text``, ``ce_headline``, ``ce_image``. Around them the usual Contao site furniture: ``mod_navigation``
with ``level_1`` lists and the "Navigation überspringen" skip link, ``mod_breadcrumb``, a
``mod_newslist`` "Neueste Beiträge" in the right column (the same five on every page), ``mod_subscribe``
newsletter box, ``mod_search``, the Oveleon contao-cookiebar (``div.contao-cookiebar``), ``pagination
block`` with ``?page_n12=2``, ``share/ratgeber.xml`` (the news feed), Contao's ``/sitemap.xml`` and its
robots.txt (``disallow:/contao/``).

The site: "Vitalis Apotheken", ``<html lang="de">``; news at ``/ratgeber/news/<alias>.html`` (Contao's
alias: ä -> ae), the list at ``/ratgeber.html`` (10 per page), codefog news categories (the one
taxonomy, shown under a post as "Themen:", addressed ``/ratgeber/kategorie/<alias>.html``: the truth's
categories; the site has no tags). The byline is the
news author, a backend user: a pharmacist ("von Apothekerin Petra Krämer": truth name without the
job title), a doctor ("von Dr. Anna Lindner"), the shared "Redaktion" user (truth: no author) or none
at all. Dates "12.03.2023 09:30" in Berlin time. Under some posts the related-news module "Das könnte
Sie auch interessieren" (the truth's Read Also); some posts have comments, og: tags (an SEO
extension, only where an editor filled its fields), a lead image. A few posts in English (``/en/``)
and Turkish (``/tr/``) sections of their own. Not articles: home, Impressum, Datenschutz, Kontakt,
Filialen, Notdienst and the English and Turkish start pages.

The trap: the news archive (``/ratgeber/archiv.html?month=YYYYMM`` and ``?day=YYYYMMDD``), whose
mini calendar in every right column links the month before and after, forever.
"""
from __future__ import annotations

import calendar
import html
import json
import random
import unicodedata
import zlib
from dataclasses import replace
from datetime import date
from functools import partial
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from . import texts
from .posts import Block, Entry, Person, Plan, Story, slugify
from .site import Response, ZooSite
from .typo3 import _UMLAUTS, DE_ARTICLES, DE_VIDEOS


def contao_alias(title: str) -> str:
    """Contao's alias (ausi/slug-generator with the page's locale): ä -> ae, other letters to ASCII."""
    text = title.lower().translate(_UMLAUTS).replace("ı", "i")
    return slugify(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def _p(text):
    return Block("p", text)


PHARMACY = [
    Story("de-c1", "Erkältung: Was wirklich hilft", "de", "article", "Erkältung", ("Erkältung", "Hausmittel"), (
        _p("Eine Erkältung dauert mit Behandlung eine Woche und ohne sieben Tage, sagt der Volksmund. Ganz falsch "
           "ist das nicht: Gegen die Viren selbst gibt es kein Mittel, wohl aber gegen die Beschwerden."),
        Block("h2", "Was die Beschwerden lindert"),
        Block("ul", items=("Viel trinken, am besten warmen Tee oder Wasser",
                           "Meerwasser-Nasenspray befeuchtet die Schleimhaut",
                           "Abschwellende Nasensprays höchstens sieben Tage",
                           "Bei Fieber und Gliederschmerzen Paracetamol oder Ibuprofen")),
        _p("Dauern die Beschwerden länger als zehn Tage, steigt das Fieber über 39 Grad oder kommen Ohren- "
           "oder Brustschmerzen hinzu, gehört die Erkältung in ärztliche Hände."),
        Block("refs", "Quellen", (
            "Deutsche Gesellschaft für Allgemeinmedizin: [S3-Leitlinie Akuter und chronischer Husten]"
            "(https://register.awmf.org/de/leitlinien/detail/053-013)",
            "Robert Koch-Institut: [Akute respiratorische Erkrankungen]"
            "(https://www.rki.de/DE/Themen/Infektionskrankheiten/)")))),
    Story("de-c2", "Die Hausapotheke: Was gehört hinein?", "de", "article", "Arzneimittel",
          ("Hausapotheke", "Erste Hilfe"), (
              _p("Eine gut sortierte Hausapotheke hilft bei kleinen Verletzungen und alltäglichen Beschwerden, "
                 "ohne dass Sie nachts eine Notdienstapotheke suchen müssen."),
              Block("h2", "Die Grundausstattung"),
              Block("ul", items=("Pflaster, Mullbinden und ein Desinfektionsmittel", "Ein Fieberthermometer",
                                 "Ein Schmerzmittel und ein Mittel gegen Durchfall", "Eine Kühlkompresse")),
              _p("Bewahren Sie die Arzneimittel kühl, trocken und für Kinder unerreichbar auf. Das Badezimmer ist "
                 "wegen der Feuchtigkeit der ungünstigste Ort."),
              _p("Einmal im Jahr lohnt ein Blick auf die Verfallsdaten. Abgelaufene Arzneimittel nehmen viele "
                 "Apotheken zurück."))),
    Story("de-c3", "Wechselwirkungen: Wenn Arzneimittel sich nicht vertragen", "de", "article", "Arzneimittel",
          ("Wechselwirkungen", "Medikationsplan"), (
              _p("Wer fünf oder mehr Arzneimittel einnimmt, hat ein deutlich höheres Risiko für Wechselwirkungen. "
                 "Auch frei verkäufliche Mittel und Nahrungsergänzungen zählen dazu."),
              _p("Johanniskraut etwa schwächt die Wirkung der Pille und mancher Blutverdünner. Grapefruitsaft "
                 "verstärkt die Wirkung einiger Blutdrucksenker und Cholesterinsenker."),
              Block("h2", "Der Medikationsplan"),
              _p("Ab drei dauerhaft verordneten Arzneimitteln haben Sie Anspruch auf einen bundeseinheitlichen "
                 "Medikationsplan. Bringen Sie ihn zu jedem Arztbesuch und in die Apotheke mit."),
              Block("refs", "Quellen", (
                  "Bundesinstitut für Arzneimittel und Medizinprodukte: [Arzneimittelwechselwirkungen]"
                  "(https://www.bfarm.de/DE/Arzneimittel/)",)))),
    Story("de-c4", "Reiseapotheke: Gut vorbereitet in den Urlaub", "de", "article", "Reisen",
          ("Reisen", "Hausapotheke"), (
              _p("Durchfall, Sonnenbrand und Insektenstiche verderben jedes Jahr vielen Menschen den Urlaub. Mit "
                 "einer kleinen Reiseapotheke sind Sie für die häufigsten Beschwerden gerüstet."),
              Block("ul", items=("Ihre Dauermedikamente in ausreichender Menge", "Elektrolytpulver bei Durchfall",
                                 "Sonnenschutz und ein kühlendes Gel", "Ein Mittel gegen Reiseübelkeit")),
              _p("Dauermedikamente gehören ins Handgepäck. Für Fernreisen fragen Sie rechtzeitig nach den "
                 "empfohlenen Impfungen."))),
    Story("de-c5", "Wadenkrämpfe in der Nacht: Hilft Magnesium?", "de", "article", "Arzneimittel",
          ("Magnesium", "Nahrungsergänzung"), (
              _p("Nächtliche Wadenkrämpfe sind häufig und meist harmlos. Magnesium gilt als Hausmittel, doch "
                 "in Studien wirkt es bei älteren Menschen kaum besser als ein Scheinpräparat."),
              _p("Mehr hilft oft regelmäßiges Dehnen der Waden vor dem Schlafengehen. Treten die Krämpfe sehr "
                 "häufig auf, fragen Sie nach Ihren Arzneimitteln: Manche Entwässerungstabletten fördern sie."),
              Block("refs", "Quellen", (
                  "Garrison SR, Korownyk CS, Kolber MR, et al. Magnesium for skeletal muscle cramps. *Cochrane "
                  "Database Syst Rev*. 2020. [doi:10.1002/14651858.CD009402.pub3]"
                  "(https://doi.org/10.1002/14651858.CD009402.pub3)",)))),
]

NOTICES = [
    Story("de-n1", "E-Rezept: So lösen Sie es bei uns ein", "de", "short", "Service", ("E-Rezept",), (
        _p("Das E-Rezept lösen Sie mit Ihrer Gesundheitskarte, über die App oder mit dem ausgedruckten "
           "Code ein. Stecken Sie die Karte einfach in unser Lesegerät."),)),
    Story("de-n2", "Grippeimpfung jetzt auch in der Apotheke", "de", "short", "Impfen", ("Grippe", "Impfung"), (
        _p("Erwachsene können sich in unseren Filialen in der Innenstadt und am Bahnhof ohne Termin gegen "
           "Grippe impfen lassen. Bringen Sie Ihre Gesundheitskarte und den Impfpass mit."),)),
    Story("de-n3", "Blutdruck messen: Kostenlos in allen Filialen", "de", "short", "Service", ("Blutdruck",), (
        _p("Im März messen wir Ihren Blutdruck kostenlos und erklären Ihnen die Werte. Eine Anmeldung ist "
           "nicht nötig."),)),
]

TURKISH = [
    Story("tr-c1", "Antibiyotikleri doğru kullanmak", "tr", "article", "İlaçlar", ("Antibiyotik", "İlaçlar"), (
        _p("Antibiyotikler yalnızca bakterilere karşı etkilidir. Soğuk algınlığı ve grip gibi virüs "
           "enfeksiyonlarında işe yaramazlar."),
        _p("Doktorunuzun önerdiği süre boyunca ilacı düzenli alın ve kendinizi iyi hissetseniz bile tedaviyi "
           "erken bırakmayın. Kalan tabletleri başkalarına vermeyin."),
        _p("Sorularınız için eczanemizde Türkçe danışmanlık da sunuyoruz."))),
    Story("tr-c2", "Yaz sıcağında ilaçların saklanması", "tr", "article", "İlaçlar", ("Sıcak", "Saklama"), (
        _p("Çoğu ilaç 25 derecenin altında saklanmalıdır. Sıcak bir arabada bırakılan ilaçlar etkisini "
           "kaybedebilir."),
        _p("İnsülin gibi bazı ilaçlar buzdolabında saklanmalıdır, ancak dondurulmamalıdır. Yolculukta soğutucu "
           "çanta kullanın."))),
]

SITE = "Vitalis Apotheken"
DOMAIN = "https://www.vitalis-apotheken.example"
BERLIN = ZoneInfo("Europe/Berlin")
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
NEWSLIST = 12                       # the module id in ?page_n12=
# (base path, category folder, lang, list title, more, by, related heading, recent heading, topics label, home)
SECTIONS = {
    "de": ("/ratgeber", "kategorie", "de", "Gesundheitsratgeber", "Weiterlesen …", "von",
           "Das könnte Sie auch interessieren", "Neueste Beiträge", "Themen:", "/"),
    "en": ("/en/health-guide", "category", "en", "Health guide", "Read more …", "by",
           "You might also be interested in", "Latest articles", "Topics:", "/en/"),
    "tr": ("/tr/saglik-rehberi", "kategori", "tr", "Sağlık rehberi", "Devamını oku …", "yazan:",
           "Bunlar da ilginizi çekebilir", "Son yazılar", "Konular:", "/tr/"),
}
# texts.PEOPLE by position -> the chain's backend users who write news
WRITERS = (("Petra Krämer", "Apothekerin"), ("Jonas Albrecht", "Apotheker"), ("Anna Lindner", "Dr."),
           ("Miriam Vogt", "Apothekerin"), ("Lukas Brenner", "PTA"))
TURKISH_WRITER = Person("Selin Yıldız", "Eczacı", ())
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


class Contao(ZooSite):
    family = "contao"
    site_name = SITE
    declared_language = "de"
    per_page = 10
    ignore_query = False                 # ?page_n12=, ?month= and ?day= select the page
    author_pages = False                 # the news author is a backend user: no author pages
    authorless = "mixed"                 # "Redaktion" and author-less news name no person
    trap_patterns = (r"^/ratgeber/archiv\.html\?(month|day)=",)
    plan = Plan(seed="contao", count=34, languages=("en", "de"), authors=4, tz_hours=1,
                related=(0, 0, 1, 2, 3, 3))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        keep = [s for s in DE_ARTICLES if s.key not in ("de-t4", "de-t6", "de-t16")]   # the insurer's own offers
        self._de = {"article": iter([*PHARMACY, *keep]), "video": iter(DE_VIDEOS), "short": iter(NOTICES)}
        self._tr = iter(TURKISH)
        self._kept = {"video": 1, "short": 1, "article": 3}     # English stories kept for the /en/ section
        super().__init__(base_url)

    # -- entries ------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.language == "en":
            if story.kind == "short" and (tr := next(self._tr, None)):
                story = tr
            elif self._kept.get(story.kind, 0) > 0:
                self._kept[story.kind] -= 1
            else:
                story = next(self._de[story.kind], None) or next(self._de["article"], None) or story
        order = {n: i for i, (n, *_) in enumerate(texts.PEOPLE)}
        writer = WRITERS[order[entry.authors[0].name] % len(WRITERS)]
        mode = entry.post_id % 6
        if story.language == "tr":
            authors = (TURKISH_WRITER,)
        elif mode in (0, 3) and story.language == "de":
            authors = ()                          # 0: the "Redaktion" user; 3: no author set
        else:
            authors = (Person(writer[0], writer[1], ()),)
        terms = tuple(dict.fromkeys((story.category, *story.tags)))     # codefog's news categories: no tags
        return replace(entry, story=story, slug=contao_alias(story.title), authors=authors, reviewer=None,
                       categories=terms, tags=(), published=entry.published.replace(tzinfo=BERLIN))

    def lang(self, entry: Entry) -> str:
        return entry.story.language if entry.story.language in SECTIONS else "de"

    def in_lang(self, lang: str) -> list[Entry]:
        return [e for e in self.newest if self.lang(e) == lang]

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The related-news module lists the editor's picks that are in the post's own language."""
        return [o for o in self.related(entry) if self.lang(o) == self.lang(entry)]

    def signer(self, entry: Entry) -> str:
        """The news author (a backend user's name) as the byline and JSON-LD print it, or ""."""
        if entry.authors:
            return entry.authors[0].display
        return "Redaktion" if entry.post_id % 6 == 0 else ""

    # -- paths ----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        base = SECTIONS[self.lang(entry)][0]
        return f"{base}/{'haber' if self.lang(entry) == 'tr' else 'news'}/{entry.slug}.html"

    def list_path(self, lang: str, n: int = 1) -> str:
        path = SECTIONS[lang][0] + ".html"
        return path if n == 1 else f"{path}?page_n{NEWSLIST}={n}"

    def home_path(self, n: int = 1) -> str:
        return self.list_path("de", n)

    def term_lang(self, name: str) -> str:
        return next(self.lang(e) for e in self.newest if name in e.categories)

    def category_path(self, name: str, n: int = 1) -> str:
        base, folder = SECTIONS[self.term_lang(name)][:2]
        path = f"{base}/{folder}/{contao_alias(name)}.html"
        return path if n == 1 else f"{path}?page_n{NEWSLIST}={n}"

    def month_path(self, year: int, month: int) -> str:
        return f"/ratgeber/archiv.html?month={year}{month:02d}"

    @staticmethod
    def rel(path: str) -> str:
        """A link as Contao writes it: relative to ``<base href>``."""
        return html.escape(path.lstrip("/") or "./")

    # -- routes -------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        for lang in SECTIONS:
            self.add_listing(SECTIONS[lang][3], self.in_lang(lang), partial(self.list_path, lang))
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, partial(self.category_path, name))
        for path, title in self.static_pages().items():
            self.add(path, "page", partial(self.render_page, path, title, []))
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [*self.static_pages(), *(self.list_path(lang) for lang in SECTIONS), *(self.post_path(e) for e in self.newest)]),
                 XML)
        self.add("/share/ratgeber.xml", "other", lambda: self.rss(f"{SITE} – Gesundheitsratgeber", "/ratgeber.html",
                                                                 self.in_lang("de")), "application/rss+xml; charset=utf-8")

    def robots(self) -> str:
        return f"user-agent:*\ndisallow:/contao/\n\nsitemap:{self.url('/sitemap.xml')}\n"

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path != "/ratgeber/archiv.html":
            return None
        params = dict(parse_qsl(parts.query))
        value = params.get("month") or params.get("day", "")
        if not value.isdigit() or len(value) not in (6, 8) or not 1 <= int(value[4:6]) <= 12:
            return None
        if len(value) == 8 and not 1 <= int(value[6:]) <= calendar.monthrange(int(value[:4]), int(value[4:6]))[1]:
            return None
        year, month = int(value[:4]), int(value[4:6])
        day = int(value[6:]) if len(value) == 8 else 0
        return Response(200, self.html_type, self.encode(self.archive_view(year, month, day)))

    # -- the frame -------------------------------------------------------------------------------------

    def navigation(self, lang: str, active: str) -> str:
        items = {"de": (("/", "Startseite"), ("/ratgeber.html", "Gesundheitsratgeber"), ("/filialen.html", "Filialen"),
                        ("/notdienst.html", "Notdienst"), ("/kontakt.html", "Kontakt")),
                 "en": (("/en/", "Home"), ("/en/health-guide.html", "Health guide")),
                 "tr": (("/tr/", "Ana sayfa"), ("/tr/saglik-rehberi.html", "Sağlık rehberi"))}[lang]
        lis = []
        for k, (path, label) in enumerate(items):
            cls = " ".join(c for c in ("first" if k == 0 else "", "last" if k == len(items) - 1 else "") if c)
            if path == active:
                lis.append(f'<li class="active {cls}"><strong class="active {cls}">{label}</strong></li>')
            else:
                lis.append(f'<li class="{cls}"><a href="{self.rel(path)}" title="{label}" class="{cls}">{label}</a></li>')
        langs = "".join(f'<li><a href="{self.rel(SECTIONS[code][9])}" hreflang="{code}" lang="{code}">{code.upper()}</a></li>'
                        for code in SECTIONS if code != lang)
        return ('<!-- indexer::stop -->\n<div class="mod_logo"><a href="./" title="Startseite">'
                f'<img src="files/vitalis/layout/logo.svg" alt="{SITE}" width="220" height="60"></a></div>\n'
                '<nav class="mod_navigation block" id="mainnav">\n<a href="#skipNavigation1" class="invisible">Navigation überspringen</a>\n'
                f'<ul class="level_1">{"".join(lis)}</ul>\n<span id="skipNavigation1" class="invisible"></span>\n</nav>\n'
                f'<nav class="mod_changelanguage block"><ul class="level_1">{langs}</ul></nav>\n<!-- indexer::continue -->\n')

    def breadcrumb(self, crumbs: tuple[tuple[str, str], ...]) -> str:
        if not crumbs:
            return ""
        items = [f'<li class="first"><a href="{self.rel(crumbs[0][0])}" title="{self.e(crumbs[0][1])}">{self.e(crumbs[0][1])}</a></li>']
        items += [f'<li><a href="{self.rel(p)}" title="{self.e(t)}">{self.e(t)}</a></li>' for p, t in crumbs[1:-1]]
        items.append(f'<li class="active last" aria-current="page">{self.e(crumbs[-1][1])}</li>')
        return ('<div class="custom"><div id="breadcrumb"><div class="inside"><!-- indexer::stop -->\n'
                f'<nav class="mod_breadcrumb block" aria-label="Breadcrumb"><ul>{"".join(items)}</ul></nav>\n'
                "<!-- indexer::continue --></div></div></div>\n")

    def minicalendar(self, year: int, month: int) -> str:
        prev = (year - 1, 12) if month == 1 else (year, month - 1)
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        posted = {e.published.day for e in self.in_lang("de") if (e.published.year, e.published.month) == (year, month)}
        first = date(year, month, 1).isoweekday() - 1
        cells = [""] * first + [str(d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
        rows = []
        for w in range(0, len(cells), 7):
            tds = []
            for k, label in enumerate(cells[w:w + 7]):
                cls = "days" + (" weekend" if k >= 5 else "") + (" empty" if not label else "")
                if label and int(label) in posted:
                    day = f"{year}{month:02d}{int(label):02d}"
                    tds.append(f'<td class="{cls} active"><a href="ratgeber/archiv.html?day={day}" title="1 Beitrag">{label}</a></td>')
                else:
                    tds.append(f'<td class="{cls}">{label or "&nbsp;"}</td>')
            rows.append(f'<tr class="week_{w // 7}">{"".join(tds)}</tr>')
        head = "".join(f'<th class="label">{d}</th>' for d in DAYS)
        return ('<!-- indexer::stop -->\n<div class="mod_newsmenu block"><h3>Archiv</h3>\n<table class="minicalendar"><thead><tr>'
                f'<th class="head previous"><a href="{self.rel(self.month_path(*prev))}" title="{MONTHS[prev[1] - 1]} {prev[0]}">&lt;</a></th>'
                f'<th colspan="5" class="head current">{MONTHS[month - 1]} {year}</th>'
                f'<th class="head next"><a href="{self.rel(self.month_path(*nxt))}" title="{MONTHS[nxt[1] - 1]} {nxt[0]}">&gt;</a></th>'
                f'</tr><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>\n<!-- indexer::continue -->\n')

    def right_column(self, lang: str, month: tuple[int, int] | None = None) -> str:
        labels = SECTIONS[lang]
        recent = "".join(
            f'<div class="layout_simple arc_{1 + list(SECTIONS).index(lang)} block"><time datetime="{e.published.isoformat()}">'
            f'{e.published:%d.%m.%Y}</time> <a href="{self.rel(self.post_path(e))}" title="{self.e(e.title)}">{self.e(e.title)}</a></div>'
            for e in self.in_lang(lang)[:5])
        newest = self.in_lang("de")[0].published
        calendar = self.minicalendar(*(month or (newest.year, newest.month))) if lang == "de" else ""
        newsletter = ('<!-- indexer::stop -->\n<div class="mod_subscribe newsletter block"><h3>Newsletter</h3>'
                      "<p>Monatlich Gesundheitstipps und Angebote aus Ihrer Apotheke.</p>"
                      '<form id="tl_subscribe_21" method="post"><div class="formbody"><input type="hidden" name="FORM_SUBMIT" '
                      'value="tl_subscribe_21"><label for="ctrl_email_21" class="invisible">E-Mail-Adresse</label>'
                      '<input type="email" name="email" id="ctrl_email_21" class="text" placeholder="E-Mail-Adresse" required>'
                      '<button type="submit" class="submit">Abonnieren</button></div></form></div>\n<!-- indexer::continue -->\n') \
            if lang == "de" else ""
        return ('<aside id="right"><div class="inside">\n<!-- indexer::stop -->\n<div class="mod_search block"><form action="suche.html" '
                'method="get"><div class="formbody"><label for="ctrl_keywords_8" class="invisible">Suchbegriffe</label><input type="search" '
                'name="keywords" id="ctrl_keywords_8" class="text" value=""><button type="submit" class="submit">Suchen</button></div>'
                '</form></div>\n<!-- indexer::continue -->\n'
                f'<div class="mod_newslist block" id="recent-news"><h3>{labels[7]}</h3>{recent}</div>\n'
                f"{calendar}{newsletter}</div></aside>\n")

    def document(self, title: str, main: str, lang: str = "de", head: str = "", crumbs=(), right: str = "",
                 body_class: str = "", graph: dict | None = None, page_id: int = 1, canonical: str = "",
                 description: str = "") -> str:
        schema = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, *([graph] if graph else [])]}
        contao = {"@context": "https://schema.contao.org/", "@graph": [{"@type": "Page", "fePreview": False, "groups": [],
                                                                     "noSearch": False, "pageId": page_id, "protected": False,
                                                                     "title": title}]}
        scripts = "".join(f'<script type="application/ld+json">\n{json.dumps(s, indent=4).replace("/", chr(92) + "/")}\n</script>\n'
                          for s in (schema, contao))
        footer_links = ('<ul><li><a href="impressum.html">Impressum</a></li><li><a href="datenschutz.html">Datenschutz</a></li>'
                        '<li><a href="kontakt.html">Kontakt</a></li><li><a href="share/ratgeber.xml">RSS-Feed</a></li></ul>')
        canonical_link = f'<link rel="canonical" href="{self.url(canonical)}">\n' if canonical else ""
        return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n\n<meta charset="utf-8">\n<title>{self.e(title)} - {SITE}</title>\n'
                f'<base href="{self.base}/">\n\n<meta name="robots" content="index,follow">\n'
                f'<meta name="description" content="{self.e(description or title)}">\n<meta name="generator" content="Contao Open Source CMS">\n'
                f"{head}{canonical_link}"
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">\n'
            '<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,cookiebar_default.css-7c1a0d1e.css">\n'
            '<link type="application/rss+xml" rel="alternate" href="share/ratgeber.xml" title="Gesundheitsratgeber">\n'
            '<script src="assets/js/jquery.min.js,cookiebar.min.js-4f0b2a1c.js"></script>\n\n</head>\n'
            f'<body id="top" class="{body_class}">\n\n<div id="wrapper">\n\n<header id="header">\n<div class="inside">\n'
            f"{self.navigation(lang, crumbs[-1][0] if crumbs else '/')}</div>\n</header>\n\n{self.breadcrumb(crumbs)}"
            f'<div id="container">\n\n<main id="main">\n<div class="inside">\n{main}</div>\n</main>\n\n{right}</div>\n\n'
            '<footer id="footer">\n<div class="inside">\n<!-- indexer::stop -->\n<div class="ce_text footer-info block">'
            f"<p><strong>{SITE}</strong> · Am Markt 4 · 79098 Freiburg · Tel. 0761 123450</p></div>\n"
            f'<nav class="mod_customnav block">{footer_links}</nav>\n<p class="copyright">© 2025 {SITE} OHG</p>\n'
            "<!-- indexer::continue -->\n</div>\n</footer>\n\n</div>\n\n"
            '<!-- indexer::stop -->\n<div id="cookiebar" class="contao-cookiebar cc-bottom cc-blocked" role="complementary" '
            'aria-describedby="cookiebar-desc" data-nosnippet><div class="cc-inner" aria-live="assertive" role="alert">'
            '<div id="cookiebar-desc" class="cc-head"><p><strong>Datenschutzeinstellungen</strong></p><p>Wir nutzen Cookies '
            "auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre "
            'Erfahrung zu verbessern.</p></div><div class="cc-footer"><button class="cc-btn save" data-save>Auswahl speichern</button>'
            '<button class="cc-btn success" data-accept-all>Alle akzeptieren</button><button class="cc-btn deny" data-deny-all>'
            'Nur essenzielle Cookies akzeptieren</button></div><div class="cc-info"><a href="datenschutz.html">Datenschutz</a>'
            '<a href="impressum.html">Impressum</a></div></div></div>\n<!-- indexer::continue -->\n\n'
            f"{scripts}</body>\n</html>\n")

    # -- news -----------------------------------------------------------------------------------------

    def info(self, entry: Entry, lang: str, itemprop: bool = True) -> str:
        signer = self.signer(entry)
        by = f" {SECTIONS[lang][5]} {self.e(signer)}" if signer else ""
        prop = ' itemprop="datePublished"' if itemprop else ""
        return (f'<p class="info"><time datetime="{entry.published.isoformat()}"{prop}>'
                f"{entry.published:%d.%m.%Y %H:%M}</time>{by}</p>")

    def element(self, block: Block, entry: Entry, n: int) -> str:
        kind = block.kind
        if kind in ("h2", "h3"):
            return f'<{kind} class="ce_headline">{self.inline(block.text)}</{kind}>'
        if kind == "video":
            vid = block.text.rsplit("/", 1)[-1]
            src = (f"https://www.youtube-nocookie.com/embed/{vid}" if "youtube" in block.text
                   else f"https://player.vimeo.com/video/{vid}")
            cls = "ce_youtube" if "youtube" in block.text else "ce_vimeo"
            return (f'<div class="{cls} block"><figure class="video_container"><div class="responsive ratio-169">'
                    f'<iframe width="640" height="360" src="{src}" allow="autoplay; encrypted-media; picture-in-picture; '
                    'fullscreen" allowfullscreen></iframe></div></figure></div>')
        if kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return (f'<section class="ce_accordionSingle ce_accordion ce_text block"><div class="toggler">{self.e(block.text)}'
                    f'</div><div class="accordion" style="display:none"><div><ul>{items}</ul></div></div></section>')
        if kind == "figure":
            return (f'<div class="ce_image block"><figure class="image_container"><img src="{self.e(block.text)}" '
                    f'alt="{self.e(block.items[0])}"></figure></div>')
        inner = self.block_html(block, entry)
        return f'<div class="ce_text block">{inner}</div>'

    def body_elements(self, entry: Entry) -> str:
        """The news' content elements: consecutive text blocks share one ``ce_text`` element."""
        out, text = [], []
        for n, block in enumerate(entry.story.blocks):
            if block.kind in ("p", "ul", "ol", "quote", "source"):
                text.append(self.block_html(block, entry))
                continue
            if text:
                out.append(f'<div class="ce_text block">{"".join(text)}</div>')
                text = []
            out.append(self.element(block, entry, n))
        if text:
            out.append(f'<div class="ce_text block">{"".join(text)}</div>')
        return "\n".join(out)

    def latest(self, entry: Entry, lang: str, arc: int, words: int = 26) -> str:
        labels = SECTIONS[lang]
        href = self.rel(self.post_path(entry))
        return (f'<div class="layout_latest arc_{arc} block">\n{self.info(entry, lang, itemprop=False)}\n'
                f'<figure class="image_container float_above"><a href="{href}" title="{self.e(entry.title)}">'
                f'<img src="assets/images/{entry.post_id % 10}/{entry.slug[:30]}-{entry.post_id}.jpg" width="360" height="240" alt="">'
                f'</a></figure>\n<h2><a href="{href}" title="Den Artikel lesen: {self.e(entry.title)}">{self.e(entry.title)}</a></h2>\n'
                f'<div class="ce_text block"><p>{self.e(self.teaser(entry, words))}</p></div>\n'
                f'<p class="more"><a href="{href}" title="Den Artikel lesen: {self.e(entry.title)}">{labels[4]}'
                f'<span class="invisible"> {self.e(entry.title)}</span></a></p>\n</div>\n')

    def comments(self, entry: Entry) -> str:
        if entry.post_id % 3 != 0 or self.lang(entry) != "de":
            return ""
        rng = random.Random(f"contao:{entry.post_id}")
        people = rng.sample(("Maria S.", "Karl-Heinz", "Sabine aus Emmendingen", "Tobias", "Ute W."), 2)
        said = ("Danke für die verständliche Erklärung, das hat mir sehr geholfen.",
                "Ich habe in der Filiale am Bahnhof nachgefragt und wurde super beraten.")
        rows = "".join(f'<div class="comment_default {("odd first", "even last")[k]}" id="c{entry.post_id * 10 + k}">'
                       f'<p class="info">Kommentar von {self.e(p)} | {entry.published.day + k + 1:02d}.{entry.published:%m.%Y} 18:2{k}</p>'
                       f'<div class="comment"><p>{said[k]}</p></div></div>' for k, p in enumerate(people))
        return (f'<div class="ce_comments block"><h4>Kommentare</h4>{rows}<h4>Kommentar schreiben</h4>'
                f'<div class="form"><form id="com_tl_news_{entry.post_id}" method="post"><div class="formbody">'
                '<input type="text" name="name" class="mandatory" placeholder="Name"><input type="email" name="email" '
                'placeholder="E-Mail"><textarea name="comment" rows="4" cols="40"></textarea><button type="submit" '
                'class="submit">Kommentar absenden</button></div></form></div></div>\n')

    def render_article(self, entry: Entry) -> str:
        lang = self.lang(entry)
        labels = SECTIONS[lang]
        arc = 1 + list(SECTIONS).index(lang)
        topics = "".join(f'<li class="news_category_{zlib.crc32(t.encode()) % 90 + 10}"><a href="{self.rel(self.category_path(t))}">'
                         f"{self.e(t)}</a></li>" for t in entry.categories)
        image = "" if entry.story.kind == "video" else (
            f'<div class="ce_image first block"><figure class="image_container"><img src="files/vitalis/ratgeber/'
            f'{entry.slug[:30]}.jpg" width="800" height="450" alt="{self.e(entry.title)}"><figcaption class="caption">'
            f"Foto: stock.adobe.com</figcaption></figure></div>\n")
        article = (f'<div class="layout_full block">\n\n<h1>{self.e(entry.title)}</h1>\n\n{self.info(entry, lang)}\n\n'
                   f"{image}{self.body_elements(entry)}\n"
                   f'<div class="news_categories"><span class="label">{labels[8]}</span> <ul>{topics}</ul></div>\n</div>\n')
        back = ("<!-- indexer::stop -->\n"
                f'<p class="back"><a href="javascript:history.go(-1)" title="Zurück">Zurück</a></p>\n<!-- indexer::continue -->\n')
        related = self.shown_related(entry)
        related_box = (f'<div class="mod_newslist related-news block"><h2>{labels[6]}</h2>\n'
                       + "".join(self.latest(o, lang, arc, 16) for o in related) + "</div>\n") if related else ""
        hint = ('<div class="ce_text hinweis block"><p><strong>Hinweis:</strong> Dieser Beitrag ersetzt keine ärztliche '
                "oder pharmazeutische Beratung. Sprechen Sie uns in Ihrer Vitalis Apotheke an.</p></div>\n") if lang == "de" else ""
        main = (f'<div class="mod_article first last block" id="article-{40 + arc}">\n<div class="mod_newsreader block">\n\n'
                f"{article}{back}{self.comments(entry)}</div>\n{hint}{related_box}</div>\n")
        graph = {"@type": "NewsArticle", "identifier": f"#/schema/news/{entry.post_id}",
                 "url": self.post_path(entry).lstrip("/"), "headline": entry.title,
                 "datePublished": entry.published.isoformat(), "description": self.teaser(entry, 30)}
        if self.signer(entry):
            graph["author"] = {"@type": "Person", "name": self.signer(entry)}
        head = ""
        if entry.post_id % 2 == 0:     # the SEO extension's fields, filled in by some editors
            head = (f'<meta property="og:title" content="{self.e(entry.title)}">\n<meta property="og:type" content="article">\n'
                    f'<meta property="og:url" content="{self.url(self.post_path(entry))}">\n'
                    f'<meta property="og:description" content="{self.e(self.teaser(entry, 24))}">\n'
                    f'<meta property="og:site_name" content="{SITE}">\n')
        crumbs = ((labels[9], {"de": "Startseite", "en": "Home", "tr": "Ana sayfa"}[lang]),
                  (self.list_path(lang), labels[3]), (self.post_path(entry), entry.title))
        return self.document(entry.title, main, lang=lang, head=head, crumbs=crumbs, right=self.right_column(lang),
                             body_class="news-reader", graph=graph, page_id=30 + arc, canonical=self.post_path(entry),
                             description=graph["description"])

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<li class="first"><a href="{self.rel(path_of(1))}" class="first" title="Gehe zu Seite 1">Anfang</a></li>')
            items.append(f'<li class="previous"><a href="{self.rel(path_of(n - 1))}" class="previous" title="Gehe zu Seite {n - 1}">Zurück</a></li>')
        for k in range(1, pages + 1):
            items.append(f'<li><strong class="active">{k}</strong></li>' if k == n else
                         f'<li><a href="{self.rel(path_of(k))}" class="link" title="Gehe zu Seite {k}">{k}</a></li>')
        if n < pages:
            items.append(f'<li class="next"><a href="{self.rel(path_of(n + 1))}" class="next" title="Gehe zu Seite {n + 1}">Vorwärts</a></li>')
            items.append(f'<li class="last"><a href="{self.rel(path_of(pages))}" class="last" title="Gehe zu Seite {pages}">Ende</a></li>')
        return (f'<!-- indexer::stop -->\n<nav class="pagination block" aria-label="Seitenumbruch-Menü"><p>Seite {n} von {pages}</p>'
                f'<ul>{"".join(items)}</ul></nav>\n<!-- indexer::continue -->\n')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        lang = self.lang(items[0]) if items else "de"
        labels = SECTIONS[lang]
        arc = 1 + list(SECTIONS).index(lang)
        heading = title if path_of(1) == self.list_path(lang) else f"{labels[8].rstrip(':')}: {title}"
        main = (f'<div class="mod_article first last block" id="article-{20 + arc}">\n<h1 class="ce_headline first">{self.e(heading)}</h1>\n'
                f'<div class="mod_newslist block">\n' + "".join(self.latest(e, lang, arc) for e in items)
                + self.pagination(n, pages, path_of) + "</div>\n</div>\n")
        crumbs = ((labels[9], {"de": "Startseite", "en": "Home", "tr": "Ana sayfa"}[lang]), (self.list_path(lang), labels[3]))
        if heading != title:
            crumbs += ((path_of(1), title),)
        return self.document(heading + (f" - Seite {n}" if n > 1 else ""), main, lang=lang, crumbs=crumbs,
                             right=self.right_column(lang), body_class="news-list", page_id=10 + arc,
                             canonical=path_of(n))

    def archive_view(self, year: int, month: int, day: int) -> str:
        items = [e for e in self.in_lang("de") if (e.published.year, e.published.month) == (year, month)
                 and (not day or e.published.day == day)]
        when = f"{day}. {MONTHS[month - 1]} {year}" if day else f"{MONTHS[month - 1]} {year}"
        listed = "".join(self.latest(e, "de", 1) for e in items) or '<p class="empty">Es sind keine Beiträge vorhanden.</p>'
        main = (f'<div class="mod_article first last block" id="article-19">\n<div class="mod_newsarchive block">\n'
                f'<h1>{when}</h1>\n{listed}</div>\n</div>\n')
        crumbs = (("/", "Startseite"), ("/ratgeber.html", "Gesundheitsratgeber"), ("", f"Archiv {when}"))
        return self.document(f"Archiv {when}", main, crumbs=crumbs, right=self.right_column("de", (year, month)),
                             body_class="news-archive", page_id=19)

    # -- pages -------------------------------------------------------------------------------------------

    def static_pages(self) -> dict[str, str]:
        return {"/": "Startseite", "/impressum.html": "Impressum", "/datenschutz.html": "Datenschutz",
                "/kontakt.html": "Kontakt", "/filialen.html": "Filialen", "/notdienst.html": "Notdienst",
                "/en/": "Welcome", "/tr/": "Hoş geldiniz"}

    PAGE_TEXT = {
        "/impressum.html": ("<h2>Angaben gemäß § 5 DDG</h2><p>Vitalis Apotheken OHG<br>Am Markt 4<br>79098 Freiburg</p>"
                            "<p>Vertreten durch die Inhaberinnen Apothekerin Dr. Claudia Seitz und Apothekerin Ruth Haas</p>"
                            "<h2>Aufsichtsbehörde</h2><p>Regierungspräsidium Freiburg, Bissierstraße 7, 79114 Freiburg</p>"
                            "<h2>Berufsrechtliche Angaben</h2><p>Zuständige Kammer: Landesapothekerkammer Baden-Württemberg. "
                            "Berufsbezeichnung: Apothekerin (verliehen in der Bundesrepublik Deutschland)</p>"),
        "/datenschutz.html": ("<p>Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst und behandeln sie vertraulich "
                              "und entsprechend der gesetzlichen Datenschutzvorschriften.</p><h2>Cookies</h2><p>Essenzielle "
                              "Cookies setzen wir ohne Einwilligung; alle weiteren nur mit Ihrer Zustimmung über den "
                              "Cookie-Banner.</p><h2>Newsletter</h2><p>Für den Versand nutzen wir das Double-Opt-in-Verfahren.</p>"),
        "/kontakt.html": ("<p>Sie erreichen unser Serviceteam montags bis samstags von 8 bis 19 Uhr.</p>"
                          "<h2>Telefon</h2><p>0761 123450</p><h2>E-Mail</h2><p>service@vitalis-apotheken.example</p>"),
        "/filialen.html": ("<h2>Vitalis Apotheke am Markt</h2><p>Am Markt 4, 79098 Freiburg, Mo–Sa 8–19 Uhr</p>"
                           "<h2>Vitalis Apotheke am Bahnhof</h2><p>Bismarckallee 9, 79098 Freiburg, Mo–So 7–22 Uhr</p>"
                           "<h2>Vitalis Apotheke Emmendingen</h2><p>Markgrafenstraße 21, 79312 Emmendingen, Mo–Sa 8–18:30 Uhr</p>"),
        "/notdienst.html": ("<p>Den Apothekennotdienst in Ihrer Nähe finden Sie unter der kostenlosen Rufnummer 0800 00 22833 "
                            "oder auf www.aponet.de. Unsere Filiale am Bahnhof hat täglich bis 22 Uhr geöffnet.</p>"),
        "/en/": ("<p>Welcome to Vitalis pharmacies in Freiburg. Our staff advise you in English in all branches.</p>"
                 '<p><a href="en/health-guide.html">Read our health guide in English</a></p>'),
        "/tr/": ("<p>Vitalis eczanelerine hoş geldiniz. Bahnhof şubemizde Türkçe danışmanlık sunuyoruz.</p>"
                 '<p><a href="tr/saglik-rehberi.html">Sağlık rehberimizi okuyun</a></p>'),
    }

    def render_page(self, path: str, title: str, paragraphs: list[str]) -> str:
        lang = {"/en/": "en", "/tr/": "tr"}.get(path, "de")
        if path == "/":
            teasers = "".join(self.latest(e, "de", 1) for e in self.in_lang("de")[:4])
            content = ("<h1 class=\"ce_headline\">Ihre Apotheke in Freiburg und Emmendingen</h1><div class=\"ce_text block\">"
                       "<p>Persönliche Beratung, schnelle Lieferung und ein Gesundheitsratgeber von unseren Apothekerinnen und "
                       "Apothekern.</p></div>\n"
                       f'<div class="mod_newslist block"><h2>Aktuelles aus dem Gesundheitsratgeber</h2>\n{teasers}'
                       '<p class="all"><a href="ratgeber.html">Alle Beiträge</a></p></div>\n')
        else:
            content = f'<h1 class="ce_headline">{self.e(title)}</h1><div class="ce_text block">{self.PAGE_TEXT[path]}</div>\n'
        main = f'<div class="mod_article first last block" id="article-{len(path) + 2}">\n{content}</div>\n'
        home = SECTIONS[lang][9]
        crumbs = () if path == home else ((home, "Startseite"), (path, title))
        return self.document(title, main, lang=lang, crumbs=crumbs, right=self.right_column(lang) if path == "/" else "",
                             body_class="page", page_id=len(path) + 2, canonical=path)

