"""nhs (held out): a public-health information service built with the NHS.UK frontend, modelled on
the ``nhsuk-frontend`` components (header, ``nhsuk-breadcrumb`` with its back link,
``nhsuk-contents-list``, care cards ``nhsuk-card--care--urgent``, ``nhsuk-warning-callout``,
``nhsuk-inset-text``, ``nhsuk-review-date``, ``nhsuk-related-nav``, footer) and on the shape of
condition pages of a national health information site. Nobody signs a page: the truth has no
author and no reviewer, although the MedicalWebPage JSON-LD names the service as ``author`` and
``reviewedBy`` (Organizations). The only date a page shows is "Page last reviewed: 12 March 2024"
beside "Next review due: 12 March 2027" (the later, future date is a trap); the JSON-LD
``lastReviewed`` lists both. No tags, no categories. Condition pages live at
``/conditions/<slug>/`` (health tips and videos at ``/live-well/<slug>/``); the Health A to Z is
``/conditions/`` with a letter navigation to ``/conditions/?letter=X`` pages, empty letters
included ("There are no conditions beginning with Q"). Videos are youtube-nocookie iframes in a
``nhsuk-video`` wrapper; the truth body includes care cards and callouts but not visually hidden
text. Unknown queries are 404s (the service routes on the whole URL).
"""
from __future__ import annotations

import json
import string
from dataclasses import replace
from .posts import Block, Entry, Plan, slugify
from .site import ZooSite

# Care-card and callout texts the service's editors reuse (this project's own words).
URGENT = ("Ask for an urgent GP appointment or get help from 111 if:",
          ("your symptoms get worse or have not improved after 2 weeks",
           "you are worried about a baby under 3 months with these symptoms",
           "you have a very high temperature or you feel hot and shivery"))
CALLOUT = ("Stay off school or work",
           "Try to stay at home and avoid contact with other people until you feel better, especially people "
           "who are more likely to become seriously unwell.")
INSET = "Find out more about the free health checks offered to adults aged 40 to 74 in your area."


class Nhs(ZooSite):
    family = "nhs"
    site_name = "Northfield Health Information"
    declared_language = "en-GB"
    ignore_query = False
    author_pages = False
    per_page = 500
    authorless = True             # the truth names no author: the service signs nothing
    plan = Plan(seed="nhs", count=36, languages=("en",), authors=1, tz_hours=0, related=(2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.boxes: dict[str, dict[int, str]] = {}     # story key -> {index of a box's first block: "card" or "callout"}
        super().__init__(base_url)

    # -- entries and paths ------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        blocks = list(entry.story.blocks)
        boxes: dict[int, str] = {}
        if entry.story.kind == "article" and len(blocks) >= 4:
            if entry.post_id % 2:
                blocks.insert(1, Block("p", INSET))
            at = next((i for i, b in enumerate(blocks) if b.kind == "refs"), len(blocks))
            blocks[at:at] = [Block("h3", URGENT[0]), Block("ul", items=URGENT[1])]
            boxes[at] = "card"
            sections = [i for i, b in enumerate(blocks) if b.kind in ("h2", "refs")]
            if entry.post_id % 3 == 0 and len(sections) >= 2 and sections[1] < at:
                blocks[sections[1]:sections[1]] = [Block("h3", CALLOUT[0]), Block("p", CALLOUT[1])]
                boxes = {(i + 2 if i > sections[1] else i): kind for i, kind in boxes.items()}
                boxes[sections[1]] = "callout"
        self.boxes[entry.story.key] = boxes
        reviewed = entry.published.replace(hour=11, minute=34)
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)), authors=(), reviewer=None,
                       categories=(), tags=(), published=reviewed)

    def section(self, entry: Entry) -> str:
        return "conditions" if entry.story.kind == "article" else "live-well"

    def post_path(self, entry: Entry) -> str:
        return f"/{self.section(entry)}/{entry.slug}/"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/?page={n}"

    def page_path(self, slug: str) -> str:
        return {"privacy-policy": "/our-policies/privacy-policy/", "start-here": "/using-this-service/"}.get(
            slug, f"/{slug}-us/" if slug in ("about", "contact") else f"/{slug}/")

    def letter_path(self, letter: str) -> str:
        return f"/conditions/?letter={letter.upper()}"

    def conditions(self) -> list[Entry]:
        return sorted((e for e in self.entries if self.section(e) == "conditions"), key=lambda e: e.title.lower())

    def extra_routes(self) -> None:
        self.add("/conditions/", "listing", lambda: self.a_to_z(None))
        for letter in string.ascii_uppercase:
            self.add(self.letter_path(letter), "listing", lambda letter=letter: self.a_to_z(letter))
        self.add("/live-well/", "listing", self.live_well)
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (k, _) in self.routes.items() if k in ("article", "page") or p in ("/conditions/", "/live-well/")]),
            "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /search/\nDisallow: /service-search/\nDisallow: /feedback/\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
        nav = "".join(f'<li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" '
                      f'href="{self.url(p)}">{label}</a></li>' for p, label in (
                          ("/conditions/", "Health A to Z"), ("/live-well/", "Live Well"),
                          (self.page_path("start-here"), "Using this service"), (self.page_path("about"), "About us")))
        trail = "".join(f'<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="{self.url(p)}">'
                        f"{self.e(label)}</a></li>" for p, label in crumbs)
        back = (f'<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="{self.url(crumbs[-1][0])}">'
                f'<span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>{self.e(crumbs[-1][1])}</a></p>' if crumbs else "")
        breadcrumb = (f'<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container">'
                      f'<ol class="nhsuk-breadcrumb__list">{trail}</ol>{back}</div></nav>' if crumbs else "")
        return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{self.e(title)}</title>
<meta property="og:site_name" content="{self.site_name}">
<meta property="og:type" content="website">
<meta property="og:title" content="{self.e(title)}">
<meta name="twitter:card" content="summary">
{head}<link rel="stylesheet" href="{self.url('/static/nhsuk-9.1.0.min.css')}">
</head>
<body class="js-enabled">
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container"><h2>Cookies on {self.site_name}</h2><p>We've put some small files called cookies on your device to make our site work.</p><ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul><p><a id="nhsuk-cookie-banner__link" href="{self.url('/our-policies/cookies-policy/')}">Let me choose which cookies are OK</a></p></div></div></div>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="{self.url('/')}" aria-label="{self.site_name} homepage"><svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="presentation" focusable="false" viewBox="0 0 40 16"><path class="nhsuk-logo__background" d="M0 0h40v16H0z"></path></svg></a></div>
<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="{self.url('/search/')}" method="get" role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search the {self.site_name} website</label><input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off"><button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div>
<nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><div class="nhsuk-width-container"><ul class="nhsuk-header__navigation-list">{nav}</ul></div></nav>
</header>
{breadcrumb}
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent" role="main">
{main}
</main>
</div>
<div class="nhsuk-width-container"><div class="nhsuk-feedback-banner"><h2 class="nhsuk-heading-s">Help us improve this website</h2><p>Can you answer a quick question about why you visited today? <a href="{self.url('/feedback/')}">Take our survey</a></p></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2><div class="nhsuk-footer"><ul class="nhsuk-footer__list">
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="{self.url('/conditions/')}">Health A to Z</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="{self.url(self.page_path('about'))}">About us</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="{self.url(self.page_path('contact'))}">Contact us</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="{self.url(self.page_path('privacy-policy'))}">Privacy policy</a></li>
</ul><p class="nhsuk-footer__copyright">&copy; Crown copyright</p></div></div></div></footer>
</body>
</html>"""

    # -- articles -------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        src = src.replace("www.youtube.com/embed/", "www.youtube-nocookie.com/embed/")
        return (f'<div class="nhsuk-video"><iframe class="nhsuk-video__iframe" src="{src}?rel=0" title="Video: '
                f'{self.e(entry.title)}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return f'<h2 id="{slugify(block.text)}">{self.e(block.text)}</h2><ul class="nhsuk-list nhsuk-list--bullet">{items}</ul>'

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p" and block.text == INSET:
            return f'<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>{self.e(INSET)}</p></div>'
        if block.kind == "ul":
            return ('<ul class="nhsuk-list nhsuk-list--bullet">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + "</ul>")
        return super().block_html(block, entry)

    def body_html(self, entry: Entry) -> str:
        """Sections open at each h2 (as the service's pages do); a care card or a warning callout
        wraps its two blocks (a heading, then a list or a paragraph)."""
        boxes = self.boxes.get(entry.story.key, {})
        out, open_section, skip = [], False, -1
        blocks = entry.story.blocks
        for i, block in enumerate(blocks):
            if i == skip:
                continue
            if i in boxes:
                out.append(self.card(block, blocks[i + 1]) if boxes[i] == "card" else self.callout(block, blocks[i + 1]))
                skip = i + 1
                continue
            if block.kind in ("h2", "refs"):
                if open_section:
                    out.append("</section>")
                out.append("<section>")
                open_section = True
            out.append(self.block_html(block, entry))
        if open_section:
            out.append("</section>")
        return "\n".join(out)

    def card(self, heading: Block, items: Block) -> str:
        rows = "".join(f"<li>{self.inline(x)}</li>" for x in items.items)
        return ('<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card--care__heading-container">'
                f'<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>'
                f'{self.inline(heading.text)}</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div>'
                f'<div class="nhsuk-card__content"><ul>{rows}</ul></div></div>')

    def callout(self, heading: Block, text: Block) -> str:
        return (f'<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label"><span role="text">'
                f'<span class="nhsuk-u-visually-hidden">Important: </span>{self.inline(heading.text)}</span></h3>'
                f"<p>{self.inline(text.text)}</p></div>")

    def contents(self, entry: Entry) -> str:
        heads = [b for b in entry.story.blocks if b.kind == "h2"]
        if len(heads) < 2:
            return ""
        items = "".join(f'<li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" '
                        f'href="#{slugify(b.text)}">{self.inline(b.text)}</a></li>' for b in heads)
        return (f'<nav class="nhsuk-contents-list" role="navigation" aria-label="Contents"><h2 class="nhsuk-u-visually-hidden">'
                f'Contents</h2><ol class="nhsuk-contents-list__list"><li class="nhsuk-contents-list__item" aria-current="page">'
                f'<span class="nhsuk-contents-list__current">Overview</span></li>{items}</ol></nav>')

    def review_dates(self, entry: Entry) -> tuple:
        last = entry.published
        return last, last.replace(year=last.year + 3, day=min(last.day, 28) if last.month == 2 else last.day)

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        last, due = self.review_dates(entry)
        hub = ("/conditions/", "Health A to Z") if self.section(entry) == "conditions" else ("/live-well/", "Live Well")
        ld = {"@context": "http://schema.org", "@type": "MedicalWebPage", "name": entry.title, "url": url,
              "description": self.teaser(entry, 25), "lastReviewed": [last.isoformat(), due.isoformat()],
              "author": {"@type": "Organization", "name": self.site_name, "url": self.url("/"),
                         "logo": self.url("/static/logo.png")},
              "reviewedBy": {"@type": "Organization", "name": f"{self.site_name} editorial team", "url": self.url("/")},
              "about": {"@type": "MedicalCondition" if hub[0] == "/conditions/" else "Thing", "name": entry.title},
              "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
                  {"@type": "ListItem", "position": 1, "item": {"@id": self.url("/"), "name": "Home"}},
                  {"@type": "ListItem", "position": 2, "item": {"@id": self.url(hub[0]), "name": hub[1]}}]},
              "inLanguage": "en-GB", "isAccessibleForFree": True}
        related = "".join(f'<li class="nhsuk-related-nav__item"><a class="nhsuk-related-nav__link" '
                          f'href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.related(entry))
        head = (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(self.teaser(entry, 25))}">\n'
                f'<meta property="og:url" content="{url}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        main = f"""<div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<section>
<h1>{self.e(entry.title)}</h1>
{self.contents(entry)}
</section>
<article>
{self.body_html(entry)}
</article>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: {last.day} {last:%B %Y}<br>
Next review due: {due.day} {due:%B %Y}</p></div>
</div>
<div class="nhsuk-grid-column-one-third">
<aside class="nhsuk-related-nav" role="complementary" aria-labelledby="related-nav-heading"><h2 class="nhsuk-related-nav__heading" id="related-nav-heading">Related {"conditions" if hub[0] == "/conditions/" else "pages"}</h2>
<ul class="nhsuk-related-nav__list">{related}</ul></aside>
</div>
</div>"""
        return self.document(f"{entry.title} - {self.site_name}", main, [("/", "Home"), hub], head)

    # -- listings and pages ---------------------------------------------------------------------------

    def letters_nav(self, current: str | None) -> str:
        have = {e.title[0].upper() for e in self.conditions()}
        items = "".join(
            f'<li class="nhsuk-nav-a-z__item"><a class="nhsuk-nav-a-z__link" href="{self.url(self.letter_path(x))}">{x}</a></li>'
            if x in have else f'<li class="nhsuk-nav-a-z__item"><span class="nhsuk-nav-a-z__link--disabled">{x}</span></li>'
            for x in string.ascii_uppercase)
        # Every letter page links every other letter (also the empty ones: their URLs are shared and bookmarked).
        items += "".join(f'<a class="nhsuk-u-visually-hidden" href="{self.url(self.letter_path(x))}">Conditions beginning with {x}</a>'
                         for x in string.ascii_uppercase if x not in have and current is not None)
        return f'<nav class="nhsuk-nav-a-z" id="nhsuk-nav-a-z" role="navigation" aria-label="A to Z Navigation"><ol class="nhsuk-nav-a-z__list">{items}</ol></nav>'

    def a_to_z(self, letter: str | None) -> str:
        groups: dict[str, list[Entry]] = {}
        for e in self.conditions():
            groups.setdefault(e.title[0].upper(), []).append(e)
        shown = {letter: groups.get(letter, [])} if letter else groups
        panels = "".join(
            f'<div class="nhsuk-list-panel" id="{x}"><h2 class="nhsuk-list-panel__label">{x}</h2>'
            + ('<ul class="nhsuk-list-panel__list nhsuk-list-panel__list--with-label">' + "".join(
                f'<li class="nhsuk-list-panel__item"><a class="nhsuk-list-panel__link" href="{self.url(self.post_path(e))}">'
                f"{self.e(e.title)}</a></li>" for e in items) + "</ul>" if items else
               f'<div class="nhsuk-list-panel__box nhsuk-list-panel__box--with-label"><p class="nhsuk-list-panel--results-items__no-results">'
               f"There are no conditions beginning with {x}</p></div>")
            + '<div class="nhsuk-back-to-top"><a class="nhsuk-back-to-top__link" href="#nhsuk-nav-a-z">Back to top</a></div></div>'
            for x, items in shown.items())
        heading = "Health A to Z" + (f": {letter}" if letter else "")
        main = (f'<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-full"><h1>{heading}</h1>'
                f'<p class="nhsuk-lede-text">Find out about conditions, symptoms and treatments, including what to do and '
                f"when to get help.</p>{self.letters_nav(letter)}{panels}</div></div>")
        crumbs = [("/", "Home")] + ([("/conditions/", "Health A to Z")] if letter else [])
        return self.document(f"{heading} - {self.site_name}", main, crumbs)

    def live_well(self) -> str:
        cards = "".join(f'<li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable">'
                        f'<div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" '
                        f'href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2><p class="nhsuk-card__description">'
                        f"{self.e(self.teaser(e, 16))}</p></div></div></li>"
                        for e in self.entries if self.section(e) == "live-well")
        main = (f'<h1>Live Well</h1><p class="nhsuk-lede-text">Advice, tips and tools to help you make the best choices '
                f'about your health and wellbeing.</p><ul class="nhsuk-grid-row nhsuk-card-group">{cards}</ul>')
        return self.document(f"Live Well - {self.site_name}", main, [("/", "Home")])

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        hubs = "".join(f'<li class="nhsuk-grid-column-one-half nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable">'
                       f'<div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" '
                       f'href="{self.url(p)}">{label}</a></h2><p class="nhsuk-card__description">{text}</p></div></div></li>'
                       for p, label, text in (("/conditions/", "Health A to Z", "Find out about conditions, symptoms and treatments"),
                                              ("/live-well/", "Live Well", "Advice and tips on sleep, food, exercise and more")))
        main = (f'<h1 class="nhsuk-u-visually-hidden">{self.site_name}</h1><ul class="nhsuk-grid-row nhsuk-card-group">{hubs}</ul>'
                f'<h2>Health information you can trust</h2><p>Every page is written by our editorial team and reviewed by '
                'clinicians at least every three years.</p>')
        return self.document(self.site_name, main, [])

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds"><h1>{self.e(title)}</h1>{body}'
                "</div></div>")
        return self.document(f"{title} - {self.site_name}", main, [("/", "Home")])
