"""plone (held out): a national public-health institute's website on Plone 5.2 classic UI, with a
German-language section, modelled on real Plone templates and saved Plone pages:

- plone/plone.app.layout ``plone/app/layout/viewlets/document_byline.pt`` (the byline: "by <a>NAME</a>
  —", ``span.documentPublished`` "published DATE," and ``span.documentModified`` "last modified DATE
  TIME"; the Plone 5 form ``div.documentByLine#plone-document-byline`` with ``span.documentAuthor``),
  ``keywords.pt`` (``div#category.documentByLine``: "Filed under:" and ``a.link-category``
  ``rel="nofollow"`` links to ``@@search?Subject%3Alist=TAG``), ``document_relateditems.pt`` (the
  "Related content" box; its Plone 5.1 form ``div.relatedItems`` > ``section#relatedItemBox`` >
  ``header`` + ``ul`` with ``contenttype-*`` / ``state-published`` links, a ``thumb-icon`` and a
  ``span.discreet`` description, as compiled in a public Chameleon cache), ``document_actions.pt``
  (Print this / Send this: ``sendto_form``) and ``path_bar.pt`` (``#portal-breadcrumbs``);
- a saved Plone page (eposbed.pera.com's home page, kept in a public repository) for the frame:
  ``<meta name="generator" content="Plone - http://plone.org">``, ``<base href>``, ``#portal-header``,
  ``#portal-searchbox`` (a GET form on ``SearchableText``), ``#portal-globalnav`` tabs,
  ``#portal-breadcrumbs``, ``#portal-column-content`` / ``#portal-column-two``, portlets
  ``portlet portletNews`` with ``portletItem`` rows and ``portletItemDetails`` dates and a "More
  news…" footer, ``portletStaticText`` portlets whose hand-written HTML uses *relative* links
  (``href="results"``), and the ``#portal-footer`` / colophon;
- RedTurtle/rt.lastmodifier's README and the "published <date>, last modified <date>" byline
  add-ons (the Plone 4.3+ byline that shows both dates).

The site ("Northmark Institute for Public Health", Plone 5.2 markup: Bootstrap 3 columns,
``<body class="template-newsitem_view portaltype-news-item site-Plone section-news subsection-SLUG
icons-on thumbs-on frontend viewpermission-view userrole-anonymous">``): a left column with the
``portletNavigationTree`` and a "Quick links" static-text portlet, a right column with the News and
Events portlets and a newsletter box, a cookie notice, the Dublin Core ``<meta>`` tags Plone exposes
(``DC.creator`` is the creator's *user id*, ``DC.date.created`` the day the draft was created, before
publication) and Plone's social tags (``og:type`` "website" on every page).

Content types and the truth:
- News Items (``/news/SLUG``, German ones ``/de/aktuelles/SLUG``): articles. Title in
  ``h1.documentFirstHeading``; the lead (``div.documentDescription``) is the first paragraph of the
  article (part of the body); a lead image (``@@images/image/preview``, ``figure.newsImageContainer``);
  the text in ``#content-core`` > ``#parent-fieldname-text`` (YouTube iframes kept by TinyMCE). The
  byline: "by Ana Costa — published Mar 05, 2024, last modified Mar 12, 2024 10:15 AM" (Plone's
  ``%b %d, %Y`` and ``%b %d, %Y %I:%M %p``), in German "von Ana Costa — veröffentlicht 05.03.2024,
  zuletzt verändert 12.03.2024 10:15". Authors are the byline's name (the member's full name; some
  carry "Dr.", never credentials); the date is the *published* date. Plone has one taxonomy (Subject,
  "Filed under:"): tags, no categories. The Read Also is the "Related content" box, minus the File
  (PDF) items editors also relate.
- Documents under ``/topics/TOPIC/SLUG``: signed, dated technical reports with the same byline,
  lead and keywords: articles (a reader sees a signed, dated piece of writing on a subject).
  The institute's evergreen Documents (``/about``, ``/contact``, ``/start-here``,
  ``/privacy-policy``, the front page, ``/de``, ``/de/impressum``) are signed by the "Web Team"
  account and dated too, but are standing pages about the institute: pages, not articles.
- Events (``/events/SLUG``, with an ``ics_view`` iCalendar download): pages. Files
  (``/publications/SLUG.pdf``, the PDF itself; ``.../view`` its file view): other / page.
- Folders and collections: ``/news`` and ``/de/aktuelles`` (summary views, batched 10 at a time
  with ``?b_start:int=10``, the colon literal in the key), ``/topics`` and each topic folder,
  ``/events``, ``/publications``; author pages ``/author/USERID``; the keyword searches
  ``/@@search?Subject%3Alist=TAG`` with their three sort links (relevance, ``sort_on=Date&
  sort_order=reverse``, ``sort_on=sortable_title``): listings. The server ignores parameters Plone
  ignores (``set_language``, ``ajax_load``) and reads ``b_start%3Aint`` as ``b_start:int``.
- ``/robots.txt`` (Plone's default: everything allowed to ``*``, Googlebot kept out of ``/*?`` and
  ``@@search``) naming ``/sitemap.xml.gz`` (gzip bytes served as ``application/octet-stream``, as
  Products.CMFPlone's sitemap view does); RSS 1.0 (RDF) feeds ``/news/RSS`` and ``/de/aktuelles/RSS``.

The trap (Zope acquisition): the "Quick links" portlet's hand-written relative links
(``href="events"``, ``"publications"``, ``"contact"``) resolve against the page's ``<base href>``
(a folder's URL with a trailing slash); Zope acquires ``events`` from the site root under any path, so
``/news/events`` answers 200 with the events folder, whose base is ``/news/events/``, which links
``/news/events/events``, and so on forever.
"""
from __future__ import annotations

import gzip
import hashlib
import html
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from urllib.parse import parse_qsl, quote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story, _ascii, plain, slugify
from .site import Response, ZooSite, later

SITE = "Northmark Institute for Public Health"
XML = "application/xml; charset=utf-8"
QUICK = ("publications", "events", "contact")
PARAMS = ("Subject:list", "SearchableText", "sort_on", "sort_order", "b_start:int")   # what Plone reads here
DE_NEWS = "/de/aktuelles"

DE_STORIES = (
    Story("de-p1", "Hitzeschutz: So schützen Sie ältere Angehörige im Sommer", "de", "article", "Umwelt und Gesundheit",
          ("Hitze", "Ältere Menschen"), (
              Block("p", "Hitzeperioden werden häufiger und länger. Besonders gefährdet sind ältere Menschen, "
                         "Pflegebedürftige und Menschen mit Herz-Kreislauf-Erkrankungen."),
              Block("p", "Trinken Sie regelmäßig, auch ohne Durst, und halten Sie Räume tagsüber abgedunkelt. "
                         "Lüften Sie in den frühen Morgenstunden und am späten Abend."),
              Block("h2", "Warnzeichen erkennen"),
              Block("ul", items=("Kopfschmerzen und Schwindel", "Verwirrtheit oder ungewohnte Müdigkeit",
                                 "trockene, heiße Haut")),
              Block("p", "Rufen Sie bei Bewusstseinsstörungen sofort den Notruf 112 an."))),
    Story("de-p2", "Masern: Impfschutz vor Reisen überprüfen", "de", "article", "Impfungen", ("Masern", "Reisen"), (
        Block("p", "Vor Fernreisen sollten Erwachsene ihren Impfausweis prüfen. Wer nach 1970 geboren ist und "
                   "nur einmal oder gar nicht gegen Masern geimpft wurde, sollte die Impfung nachholen."),
        Block("p", "Die Impfung erfolgt mit einem Kombinationsimpfstoff gegen Masern, Mumps und Röteln. "
                   "Die Kosten übernehmen die gesetzlichen Krankenkassen."),
        Block("p", "Ihre Hausärztin oder Ihr Hausarzt berät Sie gern, auch zu weiteren Reiseimpfungen."))),
)

EVENTS = (
    ("annual-public-health-conference-2024", "Annual Public Health Conference 2024", datetime(2024, 9, 18, 9, 0),
     "Congress Centre, Hall B", "Two days of talks on surveillance, prevention and environmental health."),
    ("webinar-heat-and-health", "Webinar: Heat and health in cities", datetime(2024, 6, 5, 14, 0),
     "Online", "How municipalities plan for heat waves; with a question and answer session."),
    ("open-day-at-the-laboratory", "Open day at the reference laboratory", datetime(2024, 10, 12, 10, 0),
     "Laboratory building, Campus North", "Guided tours of the microbiology and chemistry laboratories."),
    ("vaccination-week-briefing", "Press briefing: European Immunization Week", datetime(2024, 4, 22, 11, 0),
     "Press room, main building", "The institute presents this year's vaccination coverage figures."),
)
FILES = (
    ("annual-report-2023", "Annual report 2023", "The institute's work in 2023: surveillance, research and advice.", 2481),
    ("vaccination-coverage-2023", "Vaccination coverage report 2023", "Coverage by vaccine, age group and region.", 1174),
    ("heat-health-action-plan", "Heat-health action plan", "Guidance for municipalities and care homes.", 866),
)
UI = {
    "en": {"by": "by", "published": "published", "modified": "last modified", "filed": "Filed under:",
           "related": "Related content", "home": "Home", "news": "News", "more_news": "More news…",
           "events": "Upcoming Events", "more_events": "Upcoming events…", "print": "Print this",
           "send": "Send this", "here": "You are here:", "nav": "Navigation", "quick": "Quick links",
           "next": "Next {n} items", "prev": "Previous {n} items", "read_more": "Read More…",
           "lead_image": "Image", "search": "Search Site"},
    "de": {"by": "von", "published": "veröffentlicht", "modified": "zuletzt verändert", "filed": "Abgelegt unter:",
           "related": "Verwandte Inhalte", "home": "Startseite", "news": "Nachrichten", "more_news": "Weitere Nachrichten…",
           "events": "Anstehende Termine", "more_events": "Weitere Termine…", "print": "Drucken",
           "send": "Senden", "here": "Sie sind hier:", "nav": "Navigation", "quick": "Schnellzugriff",
           "next": "Nächste {n} Einträge", "prev": "Vorherige {n} Einträge", "read_more": "Weiterlesen…",
           "lead_image": "Bild", "search": "Website durchsuchen"},
}
WEB_TEAM = Person("Web Team")


def _uid(key: str) -> str:
    return hashlib.md5(key.encode()).hexdigest()


class Plone(ZooSite):
    family = "plone"
    site_name = SITE
    declared_language = "en"
    per_page = 10
    ignore_query = False
    any_order_query = True
    trap_patterns = (r"^/[^?#]+/(?:publications|events|contact)(?:[/?#]|$)",)
    plan = Plan(seed="plone", count=40, languages=("en", "de"), authors=5, tz_hours=1, related=(0, 1, 2, 3, 3),
                tags_are_categories=True)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._german = iter(DE_STORIES)
        self.folders: set[str] = set()
        super().__init__(base_url)

    # -- entries -------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.kind == "article" and story.language == "en" and entry.index % 9 == 4:
            story = next(self._german, story)          # the German editors' own news
        # the byline shows the member's full name: an honorific sometimes, never credentials
        authors = tuple(Person(p.name, p.honorific) for p in entry.authors)
        tags = (story.category, *story.tags) if story is not entry.story else entry.tags
        return replace(entry, story=story, authors=authors, tags=tuple(dict.fromkeys(tags)),
                       slug=slugify(_ascii(story.title)) if story is not entry.story else entry.slug)

    @staticmethod
    def german(entry: Entry) -> bool:
        return entry.story.language == "de"

    @staticmethod
    def report(entry: Entry) -> bool:
        """A signed technical report, published as a Document in its topic folder."""
        return entry.story.kind == "article" and entry.story.language == "en" and entry.post_id % 4 == 0

    def topic(self, entry: Entry) -> str:
        return entry.story.category

    def post_path(self, entry: Entry) -> str:
        if self.german(entry):
            return f"{DE_NEWS}/{entry.slug}"
        if self.report(entry):
            return f"/topics/{slugify(self.topic(entry))}/{entry.slug}"
        return f"/news/{entry.slug}"

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The editor's related items in the article's language (Files related too are not articles)."""
        return [o for o in self.related(entry) if o.story.language == entry.story.language]

    def related_file(self, entry: Entry) -> tuple | None:
        return FILES[entry.post_id % len(FILES)] if entry.post_id % 3 == 0 and not self.german(entry) else None

    def userid(self, person: Person) -> str:
        first, _, last = person.name.rpartition(" ")
        return (first[:1] + last).lower() if first else last.lower()

    def author_path(self, person: Person, n: int = 1) -> str:
        return f"/author/{self.userid(person)}"

    def tag_path(self, name: str, n: int = 1, sort: str = "") -> str:
        return f"/@@search?Subject%3Alist={quote(name)}{sort}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def paged_path(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?b_start:int={(n - 1) * self.per_page}"

    def modified(self, entry: Entry) -> datetime:
        return later(entry.published, f"plone:{entry.slug}", 1, 240).replace(hour=entry.published.hour % 9 + 8,
                                                                              minute=(entry.post_id * 7) % 60)

    def created(self, entry: Entry) -> datetime:
        return entry.published - timedelta(days=1 + entry.post_id % 5, hours=3, minutes=17)

    # -- routes ----------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        self.folders = {"/", "/news", "/events", "/topics", "/publications", "/de", DE_NEWS}
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
            self.add(self.post_path(entry) + "/sendto_form", "page", partial(self.sendto, entry))
        english_news = [e for e in self.newest if not self.german(e) and not self.report(e)]
        self.batched("/news", "News", english_news, "en")
        self.batched(DE_NEWS, "Aktuelles", [e for e in self.newest if self.german(e)], "de")
        topics: dict[str, list[Entry]] = {}
        for entry in self.newest:
            if self.report(entry):
                topics.setdefault(self.topic(entry), []).append(entry)
        self.add("/topics", "listing", partial(self.topics_index, sorted(topics)))
        for name, items in topics.items():
            self.folders.add(f"/topics/{slugify(name)}")
            self.batched(f"/topics/{slugify(name)}", name, items, "en")
        for name, items in self.groups("tags").items():
            for sort in ("", "&sort_on=Date&sort_order=reverse", "&sort_on=sortable_title"):
                self.add(self.tag_path(name, sort=sort), "listing", partial(self.search_page, name, items, sort))
        for person, items in self.by_author().items():
            self.add(self.author_path(person), "listing", partial(self.author_page, person, items))
        self.add(self.author_path(WEB_TEAM), "listing", partial(self.author_page, WEB_TEAM, []))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        self.add("/", "page", self.front_page)
        self.add("/de", "page", self.german_front_page)
        self.add("/de/impressum", "page", self.impressum)
        self.add("/events", "listing", self.events_index)
        for event in EVENTS:
            self.add(f"/events/{event[0]}", "page", partial(self.event_page, event))
            self.routes[f"/events/{event[0]}/ics_view"] = ("other", partial(self.ics, event))
        self.add("/publications", "listing", self.files_index)
        for item in FILES:
            pdf = f"%PDF-1.5\n% {item[1]}\n%%EOF\n".encode()
            self.routes[f"/publications/{item[0]}.pdf"] = ("other", lambda b=pdf: Response(200, "application/pdf", b))
            self.add(f"/publications/{item[0]}.pdf/view", "page", partial(self.file_view, item))
        self.add("/@@search", "page", lambda: self.search_page("", [], ""))
        self.add("/sitemap", "page", self.sitemap_page)
        self.add("/accessibility-info", "page", lambda: self.standing(
            "/accessibility-info", "Accessibility", "", ["This site follows the Web Content Accessibility Guidelines 2.1, "
                                                         "level AA. Report a barrier to the web team."], "en", "a11y"))
        self.add("/login", "page", self.login)
        self.add("/news/RSS", "other", partial(self.rdf, "News", "/news", english_news), "application/rss+xml; charset=utf-8")
        self.add(f"{DE_NEWS}/RSS", "other", partial(self.rdf, "Aktuelles", DE_NEWS, [e for e in self.newest if self.german(e)]),
                 "application/rss+xml; charset=utf-8")
        self.routes["/sitemap.xml.gz"] = ("other", lambda: Response(200, "application/octet-stream",
                                                                     gzip.compress(self.site_map().encode(), mtime=0)))

    def batched(self, base: str, title: str, items: list[Entry], ui: str) -> None:
        pages = max(1, -(-len(items) // self.per_page))
        path_of = partial(self.paged_path, base)
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * self.per_page:n * self.per_page]
            self.add(path_of(n), "listing", partial(self.folder_listing, title, base, chunk, n, pages, ui))

    def route_key(self, target: str) -> str | None:
        """Plone reads the parameters its view knows (in any order, ``%3A`` or ``:``) and ignores the rest."""
        parts = urlsplit(target)
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                  if k in PARAMS and not (k == "b_start:int" and v == "0")]
        query = "&".join(f"{k}={quote(v)}" for k, v in params)
        return super().route_key((parts.path.rstrip("/") or "/") + (f"?{query}" if query else ""))

    def trap(self, target: str) -> Response | None:
        """Zope acquisition: a Quick-links name under any traversable path answers with the acquired page."""
        parts = urlsplit(target)
        segments = [s for s in parts.path.split("/") if s]
        for k in range(1, len(segments)):
            if segments[k] not in QUICK:
                continue
            prefix, rest = "/" + "/".join(segments[:k]), "/" + "/".join(segments[k:])
            key = self.route_key(rest + (f"?{parts.query}" if parts.query else ""))
            if key is None or self.routes[key][0] == "other":
                continue
            if self.route_key(prefix) is None and self.trap(prefix) is None:
                continue
            page = self.resolve(key).body.decode(self.charset)
            here = parts.path.rstrip("/")
            page = (page.replace(f'<base href="{self.base_of(rest)}"', f'<base href="{self.base_of(here, rest)}"')
                    .replace(f'<link rel="canonical" href="{self.url(rest)}"', f'<link rel="canonical" href="{self.url(here)}"'))
            return Response(200, self.html_type, self.encode(page))
        return None

    def base_of(self, path: str, like: str = "") -> str:
        """Plone's ``<base href>``: a folder's URL ends with a slash, an item's does not."""
        path = path.split("?")[0]
        return self.url(path) + ("/" if (like or path) in self.folders and path != "/" else "")

    def robots(self) -> str:
        return ("# Define access-restrictions for robots/spiders\n# http://www.robotstxt.org/wc/norobots.html\n\n"
                "# By default we allow robots to access all areas of our site\n# already accessible to anonymous users\n\n"
                "User-agent: *\nDisallow:\n\n"
                "# Add Googlebot-specific syntax extension to exclude forms\n"
                "# that are repeated for each piece of content in the site\n# the wildcard is only supported by Googlebot\n"
                "User-Agent: Googlebot\nDisallow: /*?\nDisallow: /*folder_factories$\nDisallow: /*folder_summary_view$\n"
                "Disallow: /*login_form$\nDisallow: /*mail_password_form$\nDisallow: /@@search\nDisallow: /*search_rss$\n"
                "Disallow: /*sendto_form$\nDisallow: /*summary_view$\nDisallow: /*thumbnail_view$\nDisallow: /*view$\n\n"
                f"Sitemap: {self.url('/sitemap.xml.gz')}\n")

    def site_map(self) -> str:
        rows = []
        for entry in self.newest:
            rows.append((self.post_path(entry), self.modified(entry)))
        stamp = datetime(2024, 11, 4, 8, 30, tzinfo=self.newest[0].published.tzinfo)
        for path in ("/", "/news", "/events", "/topics", "/publications", "/de", DE_NEWS, "/de/impressum",
                     *[self.page_path(s) for s in texts.EVERGREEN], *[f"/events/{e[0]}" for e in EVENTS],
                     *[f"/publications/{f[0]}.pdf/view" for f in FILES]):
            rows.append((path, stamp))
        body = "".join(f"<url><loc>{self.e(self.url(p))}</loc><lastmod>{m.isoformat()}</lastmod></url>" for p, m in rows)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'

    def rdf(self, title: str, path: str, items: list[Entry]) -> str:
        """Plone's RSS 1.0 (RDF) feed of a folder."""
        seq = "".join(f'<rdf:li rdf:resource="{self.url(self.post_path(e))}"/>' for e in items[:15])
        rows = "".join(
            f'<item rdf:about="{self.url(self.post_path(e))}"><title>{self.e(e.title)}</title>'
            f"<link>{self.url(self.post_path(e))}</link><description>{self.e(self.description(e))}</description>"
            f"<dc:publisher>No publisher</dc:publisher><dc:creator>{self.userid(e.authors[0])}</dc:creator>"
            f"<dc:rights></dc:rights>{''.join(f'<dc:subject>{self.e(t)}</dc:subject>' for t in e.tags)}"
            f"<dc:date>{e.published.isoformat()}</dc:date><dc:type>News Item</dc:type></item>" for e in items[:15])
        return ('<?xml version="1.0" encoding="utf-8" ?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" '
                f'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="{self.url(path)}"><title>{self.e(title)}</title>'
                f"<link>{self.url(path)}</link><description></description><image rdf:resource=\"{self.url('/logo.png')}\"/>"
                f"<items><rdf:Seq>{seq}</rdf:Seq></items></channel>{rows}</rdf:RDF>")

    # -- formats ---------------------------------------------------------------------------------------------

    @staticmethod
    def short_date(moment: datetime, ui: str) -> str:
        return f"{moment:%d.%m.%Y}" if ui == "de" else f"{moment:%b %d, %Y}"

    @staticmethod
    def long_date(moment: datetime, ui: str) -> str:
        return f"{moment:%d.%m.%Y %H:%M}" if ui == "de" else f"{moment:%b %d, %Y %I:%M %p}"

    def ui(self, entry: Entry) -> str:
        return "de" if self.german(entry) else "en"

    def description(self, entry: Entry) -> str:
        """The lead: the story's first paragraph as plain text (Plone's description field)."""
        first = entry.story.blocks[0]
        return plain(first.text) if first.kind == "p" else ""

    def rest_blocks(self, entry: Entry) -> tuple[Block, ...]:
        blocks = entry.story.blocks
        return blocks[1:] if blocks and blocks[0].kind == "p" else blocks

    def portal_type(self, entry: Entry) -> str:
        return "Document" if self.report(entry) else "News Item"

    # -- frame -----------------------------------------------------------------------------------------------

    def byline(self, person: Person, published: datetime, modified: datetime, ui: str) -> str:
        t = UI[ui]
        full = f"{person.honorific} {person.name}".strip()
        return (f'<div class="documentByLine" id="plone-document-byline"><span id="lock-icon"></span>'
                f'<span class="documentAuthor">{t["by"]} <a href="{self.url(self.author_path(person))}">{self.e(full)}</a> —</span>'
                f'<span class="documentPublished"><span>{t["published"]}</span> {self.short_date(published, ui)},</span>'
                f'<span class="documentModified"><span>{t["modified"]}</span> {self.long_date(modified, ui)}</span></div>')

    def portlet(self, kind: str, header: str, items: str, footer: str = "", key: str = "") -> str:
        hash_ = _uid(f"{kind}:{key or header}")[:24]
        return (f'<div class="portletWrapper" id="portletwrapper-{hash_}" data-portlethash="{hash_}">'
                f'<aside class="portlet {kind}"><header class="portletHeader">{header}</header>'
                f'<div class="portletContent">{items}</div>'
                + (f'<footer class="portletFooter">{footer}</footer>' if footer else "") + "</aside></div>")

    def nav_tree(self, current: str, ui: str) -> str:
        if ui == "de":
            items = [("/de", "Startseite", ()), (DE_NEWS, "Aktuelles", ()), ("/de/impressum", "Impressum", ())]
        else:
            topics = sorted({self.topic(e) for e in self.entries if self.report(e)})
            items = [("/news", "News", ()), ("/events", "Events", ()),
                     ("/topics", "Topics", tuple((f"/topics/{slugify(t)}", t) for t in topics)),
                     ("/publications", "Publications", ()),
                     *[(self.page_path(s), title, ()) for s, (title, _) in texts.EVERGREEN.items()]]
        rows = []
        for path, label, children in items:
            here = " navTreeCurrentNode" if current == path else ""
            inner = "".join(f'<li class="navTreeItem visualNoMarker"><a href="{self.url(p)}" class="state-published '
                            f'contenttype-folder" title="">{self.e(t)}</a></li>' for p, t in children)
            kind = "navTreeFolderish contenttype-folder" if path in self.folders else "contenttype-document"
            rows.append(f'<li class="navTreeItem visualNoMarker {kind.split()[0]} section-{path.rsplit("/", 1)[-1] or "home"}">'
                        f'<a href="{self.url(path)}" class="state-published {kind}{here}" title="">'
                        f'{self.e(label)}</a>' + (f'<ul class="navTree navTreeLevel1">{inner}</ul>' if inner else "") + "</li>")
        return self.portlet("portletNavigationTree", f'<a href="{self.url("/sitemap")}" class="tile">{UI[ui]["nav"]}</a>',
                            f'<ul class="navTree navTreeLevel0">{"".join(rows)}</ul>')

    def quick_links(self, ui: str) -> str:
        """A static-text portlet typed by hand: relative links (resolved against ``<base href>``)."""
        return self.portlet("portletStaticText portlet-static-quick-links", f'<span>{UI[ui]["quick"]}</span>',
                            '<ul><li><a href="publications">Reports and publications</a></li>'
                            '<li><a href="events">Events and conferences</a></li>'
                            '<li><a href="contact">Press office and contact</a></li></ul>', key="quick")

    def news_portlet(self, ui: str) -> str:
        items = [e for e in self.newest if self.german(e) == (ui == "de") and not self.report(e)][:5]
        rows = "".join(f'<li class="portletItem {"odd" if i % 2 == 0 else "even"}"><a href="{self.url(self.post_path(e))}" '
                       f'class="tile contenttype-news-item state-published" title="{self.e(self.description(e)[:160])}">'
                       f'{self.e(e.title)}<span class="portletItemDetails">{self.short_date(e.published, ui)}</span></a></li>'
                       for i, e in enumerate(items))
        base = DE_NEWS if ui == "de" else "/news"
        return self.portlet("portletNews", f'<a href="{self.url(base)}" class="tile">{UI[ui]["news"]}</a>',
                            f"<ul>{rows}</ul>", f'<a href="{self.url(base)}">{UI[ui]["more_news"]}</a>')

    def events_portlet(self, ui: str) -> str:
        rows = "".join(f'<li class="portletItem"><a href="{self.url(f"/events/{slug}")}" class="tile contenttype-event state-published" '
                       f'title="{self.e(text)}">{self.e(title)}<span class="portletItemDetails">{self.short_date(when, ui)} '
                       f'<span class="location">— {self.e(where)}</span></span></a></li>'
                       for slug, title, when, where, text in sorted(EVENTS, key=lambda e: e[2]))
        return self.portlet("portletEvents", f'<a href="{self.url("/events")}" class="tile">{UI[ui]["events"]}</a>',
                            f"<ul>{rows}</ul>", f'<a href="{self.url("/events")}" class="tile">{UI[ui]["more_events"]}</a>')

    def newsletter(self, ui: str) -> str:
        return self.portlet("portletStaticText portlet-static-newsletter", "<span>Newsletter</span>",
                            '<p>Our monthly newsletter: new reports, surveillance data and events.</p>'
                            f'<form action="{self.url("/newsletter/subscribe")}" method="post"><label for="nl-email">E-mail</label>'
                            '<input type="email" name="subscriber" id="nl-email"><input type="submit" class="context" value="Subscribe"></form>',
                            key="newsletter")

    def breadcrumbs(self, crumbs: list[tuple[str, str]], ui: str) -> str:
        home = "/de" if ui == "de" else "/"
        items = [f'<li id="breadcrumbs-home"><a href="{self.url(home)}">{UI[ui]["home"]}</a></li>']
        for i, (path, label) in enumerate(crumbs, 1):
            inner = (f'<span id="breadcrumbs-current">{self.e(label)}</span>' if i == len(crumbs)
                     else f'<a href="{self.url(path)}">{self.e(label)}</a>')
            items.append(f'<li id="breadcrumbs-{i}">{inner}</li>')
        return (f'<nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container">'
                f'<span id="breadcrumbs-you-are-here" class="hiddenStructure">{UI[ui]["here"]}</span>'
                f'<ol aria-labelledby="breadcrumbs-you-are-here">{"".join(items)}</ol></div></nav>')

    def document(self, path: str, title: str, body_class: str, content: str, crumbs: list[tuple[str, str]],
                 ui: str = "en", meta: str = "", feed: str = "", base: str = "") -> str:
        t = UI[ui]
        tabs = ((("/de", "Startseite"), (DE_NEWS, "Aktuelles"), ("/de/impressum", "Impressum")) if ui == "de" else
                (("/", "Home"), ("/news", "News"), ("/events", "Events"), ("/topics", "Topics"),
                 ("/publications", "Publications"), ("/about", "About us")))
        nav = "".join(f'<li class="{p.strip("/").replace("/", "-") or "index_html"}"><a href="{self.url(p)}" '
                      f'class="state-published">{label}</a></li>' for p, label in tabs)
        feed_link = (f'<link rel="alternate" href="{self.url(feed)}" title="RSS 1.0" type="application/rss+xml">\n'
                     if feed else "")
        switch = "/" if ui == "de" else "/de"
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="{ui}" xml:lang="{ui}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<base href="{self.base_of(base or path)}"><!--[if lt IE 7]></base><![endif]-->
{meta}<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Plone - http://plone.com">
<link rel="canonical" href="{self.url(path)}">
{feed_link}<link rel="search" href="{self.url('/@@search')}" title="Search this site">
<link rel="stylesheet" href="{self.url('/++plone++production/++unique++2024-05-02T09:12:44.517830/default.css')}" data-bundle="production">
<link rel="shortcut icon" type="image/x-icon" href="{self.url('/favicon.ico')}">
<title>{self.e(title)} — {SITE}</title>
</head>
<body id="visual-portal-wrapper" class="{body_class} site-Plone icons-on thumbs-on frontend viewpermission-view userrole-anonymous pat-markspeciallinks" dir="ltr" data-base-url="{self.url(path)}" data-view-url="{self.url(path)}" data-portal-url="{self.url('')}" data-i18ncatalogurl="{self.url('/plonejsi18n')}" data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'>
<div class="outer-wrapper">
<header id="content-header"><div class="container">
<div id="portal-header">
<a id="portal-logo" title="{SITE}" href="{self.url('/de' if ui == 'de' else '/')}"><img src="{self.url('/logo.png')}" alt="{SITE}" title="{SITE}"></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="{self.url('/@@search')}" role="search" class="pat-livesearch" data-pat-livesearch="ajaxUrl:{self.url('/@@ajax-search')}">
<div class="LSBox"><label class="hiddenStructure" for="searchGadget">{t["search"]}</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="{t["search"]}" placeholder="{t["search"]}" class="searchField">
<input class="searchButton" type="submit" value="Search"></div></form></div>
<div id="portal-anontools"><ul><li><a href="{self.url('/login')}" id="personaltools-login">Log in</a></li></ul></div>
<ul id="portal-languageselector"><li class="language-{'en' if ui == 'de' else 'de'}"><a href="{self.url(switch)}?set_language={'en' if ui == 'de' else 'de'}" title="{'English' if ui == 'de' else 'Deutsch'}">{'English' if ui == 'de' else 'Deutsch'}</a></li></ul>
</div></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container">
<div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav">{nav}</ul></div></div></nav></div></div>
<div id="above-content-wrapper"><div id="viewlet-above-content">{self.breadcrumbs(crumbs, ui)}</div></div>
<div class="container">
<div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
<div id="column1-container"><aside id="portal-column-one" class="col-xs-12 col-sm-3 col-sm-pull-6" role="complementary">{self.nav_tree(path, ui)}{self.quick_links(ui)}</aside></div>
<div id="column-content"><div id="portal-column-content" class="col-xs-12 col-sm-6 col-sm-push-3">
{content}
</div></div>
<div id="column2-container"><aside id="portal-column-two" class="col-xs-12 col-sm-3" role="complementary">{self.news_portlet(ui)}{self.events_portlet(ui)}{self.newsletter(ui)}</aside></div>
</main></div></div>
<footer id="portal-footer-wrapper" role="contentinfo"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12">
<div class="portletWrapper"><section class="portlet portletClassic" id="portal-footer-signature"><div class="portletContent"><p>{SITE} · Nordufer 20 · 13353 Berlin · Tel. +49 30 18754-0</p></div></section></div>
<div class="portletWrapper"><section class="portlet portletActions" role="menu"><ul class="portletContent"><li class="portletItem"><a href="{self.url('/sitemap')}">Site Map</a></li><li class="portletItem"><a href="{self.url('/accessibility-info')}">Accessibility</a></li><li class="portletItem"><a href="{self.url('/contact')}">Contact</a></li><li class="portletItem"><a href="{self.url('/privacy-policy')}">Privacy</a></li></ul></section></div>
<div class="portletWrapper"><section class="portlet portletClassic" id="portal-colophon"><div class="portletContent"><a href="https://plone.com" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; Python</a></div></section></div>
</div></div></div></footer>
</div>
<div id="cookieconsent" class="cookie-consent" role="dialog" aria-live="polite"><p>This website uses cookies to improve your browsing experience. <a href="{self.url('/privacy-policy')}">Privacy policy</a></p><button type="button" class="context" id="cookieconsent-accept">Accept</button></div>
<script src="{self.url('/++plone++production/++unique++2024-05-02T09:12:44.517830/default.js')}" data-bundle="production"></script>
</body>
</html>"""

    def head(self, entry: Entry, path: str) -> str:
        """Plone's Dublin Core tags (the creator's user id, the draft's creation date) and social tags."""
        lang = entry.story.language
        image = self.url(f"{path}/@@images/image/preview") if not self.report(entry) else self.url("/logo.png")
        return (f'<meta name="DC.description" content="{self.e(self.description(entry))}">\n'
                f'<meta name="description" content="{self.e(self.description(entry))}">\n'
                f'<meta name="DC.subject" content="{self.e(", ".join(entry.tags))}">\n'
                f'<meta name="keywords" content="{self.e(", ".join(entry.tags))}">\n'
                f'<meta name="DC.creator" content="{self.userid(entry.authors[0])}">\n'
                f'<meta name="DC.format" content="text/plain">\n<meta name="DC.language" content="{lang}">\n'
                f'<meta name="DC.date.modified" content="{self.modified(entry).isoformat()}">\n'
                f'<meta name="DC.date.created" content="{self.created(entry).isoformat()}">\n'
                f'<meta name="DC.type" content="{self.portal_type(entry)}">\n<meta name="DC.distribution" content="Global">\n'
                f'<meta name="robots" content="ALL">\n'
                f'<meta content="summary" name="twitter:card"><meta content="{SITE}" property="og:site_name">'
                f'<meta content="{self.e(entry.title)}" property="og:title"><meta content="website" property="og:type">'
                f'<meta content="{self.e(self.description(entry))}" property="og:description">'
                f'<meta content="{self.url(path)}" property="og:url"><meta content="{image}" property="og:image">'
                f'<meta content="image/jpeg" property="og:image:type">\n')

    # -- articles --------------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<p><iframe width="560" height="315" src="{html.escape(src)}" frameborder="0" '
                'allowfullscreen="allowfullscreen"></iframe></p>')

    def related_box(self, entry: Entry, ui: str) -> str:
        items = [(self.post_path(o), o.title, self.description(o)[:140], "contenttype-news-item", self.portal_type(o))
                 for o in self.shown_related(entry)]
        extra = self.related_file(entry)
        if extra:
            items.append((f"/publications/{extra[0]}.pdf/view", extra[1], extra[2], "contenttype-file", "File"))
        if not items:
            return ""
        rows = "".join(f'<li><a href="{self.url(p)}" class="{c} state-published url" title="{kind}">'
                       f'<img class="thumb-icon" src="{self.url(p.removesuffix("/view") + "/@@images/image/icon")}" alt="">'
                       f'{self.e(title)}</a><span class="discreet">{self.e(desc)}</span></li>' for p, title, desc, c, kind in items)
        return (f'<div class="relatedItems"><div class="visualClear" id="clear-space-before-relatedItemBox"><!-- --></div>'
                f'<section id="relatedItemBox"><header>{UI[ui]["related"]}</header><ul>{rows}</ul></section></div>')

    def render_article(self, entry: Entry) -> str:
        ui, path = self.ui(entry), self.post_path(entry)
        t = UI[ui]
        body = "\n".join(self.block_html(b, entry) for b in self.rest_blocks(entry))
        image = ""
        if not self.report(entry):
            image = (f'<figure class="newsImageContainer"><img src="{self.url(path + "/@@images/image/preview")}" '
                     f'alt="{self.e(entry.title)}" title="{self.e(entry.title)}" height="225" width="400" class="newsImage">'
                     f'<figcaption>{t["lead_image"]}: {SITE}</figcaption></figure>')
        tags = "".join(f'<span><a href="{self.url(self.tag_path(tag))}" class="link-category" rel="nofollow">{self.e(tag)}</a>'
                       + ('<span class="separator">,</span>' if i < len(entry.tags) - 1 else "") + "</span>"
                       for i, tag in enumerate(entry.tags))
        keywords = f'<div id="category" class="documentByLine"><span>{t["filed"]}</span> {tags}</div>' if tags else ""
        actions = (f'<div class="documentActions"><p class="hiddenStructure">Document Actions</p><ul>'
                   f'<li id="document-action-print"><a href="javascript:this.print();" title="">{t["print"]}</a></li>'
                   f'<li id="document-action-sendto"><a href="{self.url(path + "/sendto_form")}" title="">{t["send"]}</a></li></ul></div>')
        content = (f'<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope '
                   f'itemtype="http://schema.org/WebPage"><span itemprop="name">{self.e(entry.title)}</span>'
                   f'<span itemprop="url">{self.url(path)}</span></span></div>'
                   f'<article id="content"><header>'
                   f'<h1 class="documentFirstHeading">{self.e(entry.title)}</h1>'
                   f'<div id="viewlet-below-content-title">'
                   f'{self.byline(entry.authors[0], entry.published, self.modified(entry), ui)}</div>'
                   + (f'<div class="documentDescription description">{self.e(self.description(entry))}</div>' if self.description(entry) else "")
                   + f'</header><div id="viewlet-above-content-body"></div>'
                   f'<div id="content-core">{image}<div id="parent-fieldname-text" class="">{body}</div></div>'
                   f'<footer><div id="viewlet-below-content-body">{actions}{keywords}{self.related_box(entry, ui)}</div></footer>'
                   f'</article><div id="viewlet-below-content"></div>')
        kind = "document" if self.report(entry) else "news-item"
        template = "document_view" if self.report(entry) else "newsitem_view"
        if self.german(entry):
            section, crumbs = "de", [("/de", "Deutsch"), (DE_NEWS, "Aktuelles"), (path, entry.title)]
        elif self.report(entry):
            topic = f"/topics/{slugify(self.topic(entry))}"
            section, crumbs = "topics", [("/topics", "Topics"), (topic, self.topic(entry)), (path, entry.title)]
        else:
            section, crumbs = "news", [("/news", "News"), (path, entry.title)]
        body_class = f"template-{template} portaltype-{kind} section-{section} subsection-{path.split('/')[2]}"
        feed = f"{DE_NEWS}/RSS" if self.german(entry) else ("/news/RSS" if not self.report(entry) else "")
        return self.document(path, entry.title, body_class, content, crumbs, ui, self.head(entry, path), feed)

    def sendto(self, entry: Entry) -> str:
        path = self.post_path(entry)
        content = (f'<article id="content"><h1 class="documentFirstHeading">Send this page to someone</h1>'
                   f'<div class="documentDescription">Fill in the email address of your friend, and we will send an email '
                   f'that contains a link to this page.</div><form action="{self.url(path + "/sendto_form")}" method="post">'
                   '<div class="field"><label for="form-widgets-send_to_address">Send to</label>'
                   '<input type="text" id="form-widgets-send_to_address" name="form.widgets.send_to_address"></div>'
                   '<div class="field"><label for="form-widgets-comment">Comment</label><textarea id="form-widgets-comment" '
                   'name="form.widgets.comment"></textarea></div><input type="submit" name="form.buttons.send" value="Send" class="context">'
                   "</form></article>")
        return self.document(path + "/sendto_form", "Send this page to someone", "template-sendto_form portaltype-news-item",
                             content, [(path, entry.title)], self.ui(entry), base=path)   # a view's base is its item's

    # -- listings ----------------------------------------------------------------------------------------------

    def tile(self, entry: Entry, ui: str) -> str:
        """One item of Plone's summary view."""
        url = self.url(self.post_path(entry))
        person = entry.authors[0]
        image = ("" if self.report(entry) else f'<div class="tileImage"><a href="{url}"><img src="{url}/@@images/image/thumb" '
                 f'alt="{self.e(entry.title)}" class="image-tile" height="128" width="128"></a></div>')
        return (f'<article class="tileItem"><h2 class="tileHeadline"><a href="{url}" class="summary url" '
                f'title="{self.portal_type(entry)}">{self.e(entry.title)}</a></h2>'
                f'<div class="documentByLine"><span class="documentAuthor">{UI[ui]["by"]} <a href="{self.url(self.author_path(person))}">'
                f'{self.e(f"{person.honorific} {person.name}".strip())}</a></span><span> — </span>'
                f'<span class="documentModified">{UI[ui]["modified"]} {self.long_date(self.modified(entry), ui)}</span></div>'
                f'{image}<div class="tileBody"><span class="description">{self.e(self.description(entry))}</span></div>'
                f'<div class="tileFooter"><a href="{url}">{UI[ui]["read_more"]}</a></div><div class="visualClear"><!-- --></div></article>')

    def batch_nav(self, base: str, n: int, pages: int, ui: str) -> str:
        if pages == 1:
            return ""
        t = UI[ui]
        items = []
        if n > 1:
            items.append(f'<li class="previous"><a href="{self.url(self.paged_path(base, n - 1))}"><span class="arrow"></span>'
                         f'<span class="label">{t["prev"].format(n=self.per_page)}</span></a></li>')
        for k in range(1, pages + 1):
            items.append(f'<li class="active"><span>{k}</span></li>' if k == n else
                         f'<li><a href="{self.url(self.paged_path(base, k))}">{k}</a></li>')
        if n < pages:
            items.append(f'<li class="next"><a href="{self.url(self.paged_path(base, n + 1))}"><span class="label">'
                         f'{t["next"].format(n=self.per_page)}</span><span class="arrow"></span></a></li>')
        return f'<nav class="pagination"><ul>{"".join(items)}</ul></nav>'

    def folder_listing(self, title: str, base: str, items: list[Entry], n: int, pages: int, ui: str) -> str:
        tiles = "".join(self.tile(e, ui) for e in items)
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">{self.e(title)}</h1></header>'
                   f'<div id="content-core"><div class="entries">{tiles}</div>{self.batch_nav(base, n, pages, ui)}</div></article>')
        crumbs = ([("/de", "Deutsch"), (base, title)] if ui == "de" else
                  [("/topics", "Topics"), (base, title)] if base.startswith("/topics/") else [(base, title)])
        section = base.strip("/").split("/")[0]
        feed = f"{base}/RSS" if base in ("/news", DE_NEWS) else ""
        return self.document(self.paged_path(base, n), title, f"template-summary_view portaltype-folder section-{section}",
                             content, crumbs, ui, f'<meta content="website" property="og:type">\n', feed)

    def topics_index(self, names: list[str]) -> str:
        rows = "".join(f'<article class="tileItem"><h2 class="tileHeadline"><a href="{self.url(f"/topics/{slugify(n)}")}" '
                       f'class="summary url" title="Folder">{self.e(n)}</a></h2></article>' for n in names)
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">Topics</h1><div class="documentDescription '
                   f'description">Technical reports and assessments by subject.</div></header>'
                   f'<div id="content-core"><div class="entries">{rows}</div></div></article>')
        return self.document("/topics", "Topics", "template-listing_view portaltype-folder section-topics", content, [("/topics", "Topics")])

    def search_page(self, tag: str, items: list[Entry], sort: str) -> str:
        if sort == "&sort_on=Date&sort_order=reverse":
            items = sorted(items, key=lambda e: e.published, reverse=True)
        elif sort:
            items = sorted(items, key=lambda e: e.title)
        rows = "".join(
            f'<li><span class="result-title"><a href="{self.url(self.post_path(e))}" class="state-published">{self.e(e.title)}</a></span>'
            f'<span class="discreet"><span class="documentAuthor">by <a href="{self.url(self.author_path(e.authors[0]))}">'
            f'{self.e(e.authors[0].name)}</a></span> — <span class="documentModified">last modified '
            f'{self.long_date(self.modified(e), "en")}</span></span>'
            f'<p class="discreet croppedDescription">{self.e(self.description(e)[:200])}</p>'
            f'<cite class="documentLocation link-location"><span>Located in</span> <span><a href="{self.url(self.post_path(e).rsplit("/", 1)[0])}">'
            f'{self.e(self.post_path(e).rsplit("/", 2)[1])}</a></span></cite></li>' for e in items)
        q = f"Subject%3Alist={quote(tag)}" if tag else "SearchableText="
        sorts = (f'<nav id="sorting-options">Sort by <a data-sort="" href="{self.url(f"/@@search?{q}")}">relevance</a> · '
                 f'<a data-sort="Date" data-order="reverse" href="{self.url(f"/@@search?{q}&sort_on=Date&sort_order=reverse")}">date (newest first)</a> · '
                 f'<a data-sort="sortable_title" href="{self.url(f"/@@search?{q}&sort_on=sortable_title")}">alphabetically</a></nav>') if tag else ""
        content = (f'<article id="content"><form name="searchform" action="{self.url("/@@search")}" class="searchPage pat-formautofocus">'
                   f'<input class="searchPage" name="SearchableText" type="text" size="25" title="Search Site" value="">'
                   f'<input class="searchPage allowMultiSubmit" type="submit" value="Search"></form>'
                   f'<h1 class="documentFirstHeading">Search results</h1>'
                   f'<div id="search-results-wrapper"><div id="search-results-bar"><span id="results-count"><strong id="search-results-number">'
                   f'{len(items)}</strong> items matching your search terms.</span>{sorts}</div>'
                   f'<div id="search-results" data-default-sort="relevance">'
                   + (f'<ol class="searchResults">{rows}</ol>' if rows else '<p><strong>No results were found.</strong></p>')
                   + "</div></div></article>")
        path = self.tag_path(tag, sort=sort) if tag else "/@@search"
        return self.document(path, "Search results", "template-search portaltype-plone-site section-front-page",
                             content, [("/@@search", "Search results")], meta='<meta name="robots" content="noindex,follow">\n')

    def author_page(self, person: Person, items: list[Entry]) -> str:
        full = f"{person.honorific} {person.name}".strip()
        rows = "".join(f'<li><a href="{self.url(self.post_path(e))}" class="contenttype-news-item">{self.e(e.title)}</a> '
                       f'<span class="discreet">{self.short_date(e.published, "en")}</span></li>' for e in items[:10])
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">{self.e(full)}</h1></header>'
                   f'<div id="content-core"><div class="portrait"><img src="{self.url("/defaultUser.png")}" alt=""></div>'
                   f'<h2>Latest content created by this user</h2>'
                   + (f'<ul class="author-content">{rows}</ul>' if rows else "<p>This user has not created any content yet.</p>")
                   + "</div></article>")
        return self.document(self.author_path(person), full, "template-author portaltype-plone-site", content,
                             [(self.author_path(person), full)])

    def events_index(self) -> str:
        rows = "".join(f'<article class="vevent event-item"><h2 class="tileHeadline"><a href="{self.url(f"/events/{s}")}" '
                       f'class="url">{self.e(title)}</a></h2><ul class="hiddenStructure"><li class="dtstart">{when.isoformat()}</li></ul>'
                       f'<span class="cal_date">{self.short_date(when, "en")}</span> <span class="location">{self.e(where)}</span>'
                       f'<p class="description">{self.e(text)}</p></article>' for s, title, when, where, text in EVENTS)
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">Events</h1></header>'
                   f'<div id="content-core"><section class="event-listing">{rows}</section></div></article>')
        return self.document("/events", "Events", "template-event_listing portaltype-folder section-events", content,
                             [("/events", "Events")])

    def event_page(self, event: tuple) -> str:
        slug, title, when, where, text = event
        end = when + timedelta(hours=7 if "Conference" in title else 2)
        path = f"/events/{slug}"
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">{self.e(title)}</h1>'
                   f'<div class="documentDescription description">{self.e(text)}</div></header>'
                   f'<div id="content-core"><div class="event-details"><ul class="event summary details" '
                   f'itemscope itemtype="http://data-vocabulary.org/Event"><li class="event-date"><strong>When</strong> '
                   f'<span class="datedisplay"><abbr class="dtstart" title="{when.isoformat()}">{when:%b %d, %Y} from '
                   f'{when:%I:%M %p}</abbr> to <abbr class="dtend" title="{end.isoformat()}">{end:%I:%M %p}</abbr></span></li>'
                   f'<li class="event-location"><strong>Where</strong> {self.e(where)}</li>'
                   f'<li class="event-calendar"><strong>Add event to calendar</strong> <a href="{self.url(path + "/ics_view")}" '
                   f'title="Download this event in iCal format">iCal</a></li></ul></div>'
                   f'<div id="parent-fieldname-text"><p>{self.e(text)} Registration is free; places are limited.</p></div></div></article>')
        return self.document(path, title, f"template-event_view portaltype-event section-events subsection-{slug}", content,
                             [("/events", "Events"), (path, title)])

    def ics(self, event: tuple) -> Response:
        slug, title, when, where, _ = event
        body = (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plone.org//NONSGML plone.app.event//EN\r\nBEGIN:VEVENT\r\n"
                f"SUMMARY:{title}\r\nDTSTART:{when:%Y%m%dT%H%M%S}\r\nLOCATION:{where}\r\nUID:{_uid(slug)}\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")
        return Response(200, "text/calendar; charset=utf-8", body.encode())

    def files_index(self) -> str:
        rows = "".join(f'<article class="tileItem"><h2 class="tileHeadline"><a href="{self.url(f"/publications/{s}.pdf/view")}" '
                       f'class="summary url" title="File">{self.e(title)}</a></h2><div class="tileBody"><span class="description">'
                       f'{self.e(text)}</span></div><div class="tileFooter"><a href="{self.url(f"/publications/{s}.pdf")}">'
                       f'Download (PDF, {size} KB)</a></div></article>' for s, title, text, size in FILES)
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">Publications</h1></header>'
                   f'<div id="content-core"><div class="entries">{rows}</div></div></article>')
        return self.document("/publications", "Publications", "template-summary_view portaltype-folder section-publications",
                             content, [("/publications", "Publications")])

    def file_view(self, item: tuple) -> str:
        slug, title, text, size = item
        path = f"/publications/{slug}.pdf/view"
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">{self.e(title)}</h1>'
                   f'<div class="documentDescription description">{self.e(text)}</div></header>'
                   f'<div id="content-core"><p><a href="{self.url(f"/publications/{slug}.pdf")}"><img src="{self.url("/++resource++mimetype.icons/pdf.png")}" '
                   f'alt="PDF document"> {slug}.pdf</a> <span class="discreet">— PDF document, {size} KB ({size * 1024} bytes)</span></p></div></article>')
        return self.document(path, title, f"template-file_view portaltype-file section-publications subsection-{slug}-pdf",
                             content, [("/publications", "Publications"), (path, title)])

    # -- pages -------------------------------------------------------------------------------------------------

    def standing(self, path: str, title: str, lead: str, paragraphs: list[str], ui: str, key: str) -> str:
        """An evergreen Document signed by the Web Team account: a page, though signed and dated."""
        published = datetime(2019, 2, 4 + len(key) % 20, 10, 0)
        modified = later(published, f"plone:page:{key}", 400, 1500).replace(hour=14, minute=10)
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        content = (f'<article id="content"><header><h1 class="documentFirstHeading">{self.e(title)}</h1>'
                   f'<div id="viewlet-below-content-title">{self.byline(WEB_TEAM, published, modified, ui)}</div>'
                   + (f'<div class="documentDescription description">{self.e(lead)}</div>' if lead else "")
                   + f'</header><div id="content-core"><div id="parent-fieldname-text">{body}</div></div></article>')
        section = path.strip("/").split("/")[0] or "front-page"
        return self.document(path, title, f"template-document_view portaltype-document section-{section}", content,
                             [(path, title)] if path not in ("/", "/de") else [], ui,
                             f'<meta name="DC.type" content="Page">\n<meta content="website" property="og:type">\n')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        return self.standing(self.page_path(slug), title, "", paragraphs, "en", slug)

    def front_page(self) -> str:
        return self.standing("/", f"Welcome to the {SITE}", "Science for health: surveillance, research and advice for "
                             "public health policy.", [
                                 "The institute monitors infectious and chronic diseases, assesses health risks from the "
                                 "environment and advises governments and health services.",
                                 "Read our latest news, technical reports by topic and the calendar of events."], "en", "front")

    def german_front_page(self) -> str:
        return self.standing("/de", "Willkommen", "Wissenschaft für die Gesundheit.", [
            "Das Institut beobachtet Infektionskrankheiten und chronische Erkrankungen und berät Politik und Gesundheitswesen.",
            "Hier finden Sie unsere Nachrichten in deutscher Sprache."], "de", "de")

    def impressum(self) -> str:
        return self.standing("/de/impressum", "Impressum", "", [
            f"{SITE}, Nordufer 20, 13353 Berlin. Vertreten durch die Präsidentin.",
            "Verantwortlich für den Inhalt: Pressestelle des Instituts."], "de", "impressum")

    def sitemap_page(self) -> str:
        rows = "".join(f'<li><a href="{self.url(p)}">{self.e(label)}</a></li>' for p, label in (
            ("/news", "News"), ("/events", "Events"), ("/topics", "Topics"), ("/publications", "Publications"),
            *[(self.page_path(s), t) for s, (t, _) in texts.EVERGREEN.items()], ("/de", "Deutsch")))
        content = (f'<article id="content"><h1 class="documentFirstHeading">Site map</h1><div id="content-core">'
                   f'<ul id="portal-sitemap" class="navTreeLevel0">{rows}</ul></div></article>')
        return self.document("/sitemap", "Site map", "template-sitemap portaltype-plone-site", content, [("/sitemap", "Site map")])

    def login(self) -> str:
        content = (f'<article id="content"><h1 class="documentFirstHeading">Log in</h1><form method="post" action="{self.url("/login")}">'
                   '<input type="text" name="__ac_name"><input type="password" name="__ac_password">'
                   '<input type="submit" name="buttons.login" value="Log in"></form></article>')
        return self.document("/login", "Log in", "template-login portaltype-plone-site", content, [("/login", "Log in")])

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        raise NotImplementedError   # listings are folder_listing / search_page / author_page

