"""clinic (held out): the health library of a large academic hospital, modelled on the public
condition pages of big medical centres (Mayo Clinic's health library in its Sitecore-era template,
as captured in public scraper fixtures and selectors: ``div.main > header h1 > a`` naming the
condition, ``article#main-content > div.row > div.content``, a ``thin-content-bar`` with the Print
link, ``div#maincta.acces-list-container.rc-list`` "Products & Services", ``requestappt`` boxes, a
``contentbox`` newsletter form, ``thin-content-by`` "By ... Staff", ``sectionnav``, ``pubdate``,
``references`` behind a "Show references" button, a second ``acces-list-container`` "Related",
``sidebar`` advertising; A-Z index pages ``/diseases-conditions/index?letter=X`` whose results sit
in ``cmp-azresults`` with ``cmp-result-name__link`` and "see" aliases; tab URLs
``/diseases-conditions/<slug>/symptoms-causes/syc-2035....``, ``/diagnosis-treatment/drc-...``,
``/doctors-departments/ddc-...``; ``<meta name="PublishDate">``) and on the generic furniture of
hospital CMS pages (OneTrust cookie banner, appointment calls to action, advertising slots with
"Advertisement" labels and an advertising-policy note, MedicalWebPage / MedicalCondition JSON-LD).

Decisions on the truth (what a careful reader records):
- Authors: none. Every page is signed "By Lakeshore Clinic Staff" (the organisation's staff line,
  no person) or not at all; the JSON-LD ``author`` is the Organization. No reviewer.
- Date: the date the page shows near the bottom, "Dec. 06, 2022" in AP style (so also "Sept.",
  "March", "June"); the ``PublishDate`` meta agrees.
- A condition's tabs are pages of their own: "Symptoms & causes" (``syc-``) is an article, and so
  is "Diagnosis & treatment" (``drc-``, present when the condition's text is long enough): each has
  its own body (the story split at a middle section), its own date, the same h1 (the condition
  name), the same references and the same Related list. "Doctors & departments" (``ddc-``) is a
  directory of staff and departments, typed page. ``/diseases-conditions/<slug>`` (the h1's link)
  is a redirect to the first tab (other).
- The "Related" list under an article is chosen per condition by the library's editors: it is the
  article's related block (truth). "Associated Procedures" links procedure pages (typed page, not
  articles); "Products & Services" links the clinic's store; neither is related reading.
- The references are hidden until "Show references" is clicked (``hidden``); their entries are the
  citations and their text is part of the body, as the other families count collapsed references.
- Categories: a health-library article shows its topic above the title ("Healthy Lifestyle ›
  Nutrition"): that is its category; condition pages show none. No tags anywhere.
- ``?p=1`` (the Print link) serves the same page (canonical to the plain URL); any other query too.
"""
from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, replace

from . import texts
from .posts import _ascii, Block, Entry, Person, Plan, body_text, citations_of, person, slugify, videos_of
from .site import Response, ZooSite, later

# References for pages that carry none (this project's own illustrative entries).
REFERENCES = (
    "Ferri FF. Overview of common outpatient conditions. In: Ferri's Clinical Advisor 2023. Elsevier; 2023. "
    "[https://www.clinicalkey.com](https://www.clinicalkey.com/)",
    "Patient education: the basics. National Library of Medicine. "
    "[https://medlineplus.gov/healthtopics.html](https://medlineplus.gov/healthtopics.html). Accessed Jan. 4, 2023.",
    "Centers for Disease Control and Prevention. Chronic disease fact sheets. "
    "[https://www.cdc.gov/chronic-disease/](https://www.cdc.gov/chronic-disease/). Accessed Feb. 10, 2023.",
    "Kumar A, et al. Lifestyle measures in primary prevention: a review. *J Gen Intern Med*. 2021. "
    "[doi.org/10.1007/s11606-021-06700-1](https://doi.org/10.1007/s11606-021-06700-1)",
    "World Health Organization. Noncommunicable diseases. "
    "[https://www.who.int/news-room/fact-sheets](https://www.who.int/news-room/fact-sheets). Accessed March 2, 2023.",
    "Rosen HN, et al. Screening and early treatment in adults. *BMJ*. 2022. "
    "[doi.org/10.1136/bmj-2022-070113](https://doi.org/10.1136/bmj-2022-070113)",
)
PROCEDURES = ("Blood tests", "Physical exam", "Sleep study", "Skin biopsy", "Stress test", "Nutrition counseling")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DEPARTMENTS = ("Internal Medicine", "Family Medicine", "Dermatology", "Cardiovascular Medicine", "Psychiatry and Psychology",
               "Sleep Medicine Center", "Endocrinology, Diabetes and Nutrition", "Physical Medicine and Rehabilitation")


def ap_date(moment) -> str:
    """Mayo-style date line: "Dec. 06, 2022", "Sept. 14, 2021", "March 02, 2023"."""
    return f"{AP_MONTHS[moment.month - 1]} {moment.day:02d}, {moment.year}"


@dataclass
class Tab:
    """The "Diagnosis & treatment" tab of a condition: an article of its own."""
    entry: Entry                  # the condition's entry (its symptoms-causes page)
    blocks: tuple[Block, ...]
    published: object


class Clinic(ZooSite):
    family = "clinic"
    site_name = "Lakeshore Clinic"
    declared_language = "en"
    ignore_query = True           # ?p=1 (print), tracking queries: the same page
    author_pages = False
    per_page = 500                # no paged listings: the A-Z letters are the library's pages
    authorless = True             # the truth names no author: pages are signed by the staff line only
    plan = Plan(seed="clinic", count=30, languages=("en", "es"), authors=1, tz_hours=-6, related=(1, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.tabs: dict[str, Tab] = {}          # story key -> diagnosis-treatment tab
        self.kinds: dict[str, str] = {}         # story key -> condition, in-depth, video
        super().__init__(base_url)

    # -- entries ----------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story, blocks = entry.story, list(entry.story.blocks)
        refs = next((b for b in blocks if b.kind == "refs"), None)
        blocks = [b for b in blocks if b.kind != "refs"]
        rng = random.Random(f"clinic:{story.key}")
        if story.kind == "article" and story.language == "en" or refs:
            items = refs.items if refs else tuple(rng.sample(REFERENCES, rng.randint(2, 4)))
            refs = Block("refs", "References", items)
        heads = [i for i, b in enumerate(blocks) if b.kind == "h2"]
        kind = ("condition" if story.kind == "article" and story.language == "en" and len(heads) >= 5
                and rng.random() < 0.7 else
                "video" if story.kind == "video" else "in-depth")
        self.kinds[story.key] = kind
        published = entry.published.replace(hour=0, minute=0)
        if kind == "condition":
            lead = [Block("h2", "Overview")]
            if len(heads) >= 6:
                cut = heads[len(heads) // 2]
                shown = rng.random() < 0.5
                tab_date = later(published, f"clinic:drc:{story.key}", 3, 40) if shown else published
                self.tabs[story.key] = Tab(entry, (*blocks[cut:], refs), tab_date)
                blocks = blocks[:cut]
            blocks = [*lead, *blocks]
        if refs:
            blocks.append(refs)
        categories = () if kind == "condition" else (story.category,)
        return replace(entry, story=replace(story, blocks=tuple(blocks)), authors=(), reviewer=None, tags=(),
                       categories=categories, published=published)

    def kind_of(self, entry: Entry) -> str:
        return self.kinds[entry.story.key]

    def doc_id(self, entry: Entry, base: int, step: int = 0) -> int:
        return base + entry.post_id * 37 + step

    def post_path(self, entry: Entry) -> str:
        kind = self.kind_of(entry)
        if kind == "condition":
            return f"/diseases-conditions/{entry.slug}/symptoms-causes/syc-{self.doc_id(entry, 20350000)}"
        lang = "" if entry.story.language == "en" else f"/{entry.story.language}"
        topic = slugify(_ascii(entry.categories[0]))
        if kind == "video":
            return f"/healthy-lifestyle/{topic}/multimedia/{entry.slug}/vid-{self.doc_id(entry, 20080000)}"
        return f"{lang}/healthy-lifestyle/{topic}/in-depth/{entry.slug}/art-{self.doc_id(entry, 20040000)}"

    def drc_path(self, entry: Entry) -> str:
        return f"/diseases-conditions/{entry.slug}/diagnosis-treatment/drc-{self.doc_id(entry, 20350000, 4)}"

    def ddc_path(self, entry: Entry) -> str:
        return f"/diseases-conditions/{entry.slug}/doctors-departments/ddc-{self.doc_id(entry, 20350000, 6)}"

    def home_path(self, n: int = 1) -> str:
        return "/"

    def spanish(self, topic: str) -> bool:
        return any(e.story.language == "es" and topic in e.categories for e in self.entries)

    def category_path(self, name: str, n: int = 1) -> str:
        return f"{'/es' if self.spanish(name) else ''}/healthy-lifestyle/{slugify(_ascii(name))}/in-depth"

    def page_path(self, slug: str) -> str:
        return {"about": "/about-lakeshore-clinic", "contact": "/about-this-site/contact-us",
                "start-here": "/about-this-site/welcome", "privacy-policy": "/about-this-site/privacy-policy"}[slug]

    def letter_path(self, letter: str) -> str:
        return f"/diseases-conditions/index?letter={letter}"

    def procedure_path(self, name: str) -> str:
        return f"/tests-procedures/{slugify(name)}/about/pac-{20390000 + PROCEDURES.index(name) * 113}"

    def conditions(self) -> list[Entry]:
        return sorted((e for e in self.entries if self.kind_of(e) == "condition"), key=lambda e: e.title.lower())

    def procedures_of(self, entry: Entry) -> list[str]:
        return random.Random(f"clinic:pac:{entry.slug}").sample(PROCEDURES, 2)

    def doctors(self, entry: Entry) -> list[Person]:
        pool = [person(p) for p in (*texts.PEOPLE, *texts.REVIEWERS)]
        return random.Random(f"clinic:ddc:{entry.slug}").sample(pool, 3)

    # -- routes -------------------------------------------------------------------------------------

    def extra_routes(self) -> None:
        for entry in self.conditions():
            if entry.story.key in self.tabs:
                tab = self.tabs[entry.story.key]
                self.add(self.drc_path(entry), "article", lambda tab=tab: self.render_tab(tab))
            self.add(self.ddc_path(entry), "page", lambda entry=entry: self.render_ddc(entry))
            target = self.url(self.post_path(entry))
            self.routes[f"/diseases-conditions/{entry.slug}"] = (
                "other", lambda target=target: Response(301, self.html_type, b"", location=target))
        self.add("/diseases-conditions", "listing", self.conditions_hub)
        self.add("/diseases-conditions/index", "listing", lambda: self.a_to_z("A"))
        for letter in string.ascii_uppercase:
            self.add(self.letter_path(letter), "listing", lambda letter=letter: self.a_to_z(letter))
        self.add("/healthy-lifestyle", "listing", lambda: self.lifestyle_hub("en"))
        self.add("/es", "listing", lambda: self.lifestyle_hub("es"))
        for name in PROCEDURES:
            self.add(self.procedure_path(name), "page", lambda name=name: self.render_procedure(name))
        self.add("/appointments", "page", self.appointments)
        self.add("/about-this-site/advertising-sponsorship-policy", "page", lambda: self.render_page(
            "advertising", "Advertising and sponsorship policy", [
                f"{self.site_name} accepts advertising on its website to help fund its not-for-profit mission. "
                "Advertisements are clearly labeled and are never placed inside the text of a health article.",
                "Advertisers have no say in what our health library covers or how it covers it."]))
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/sitemaps/diseases-conditions.xml", "/sitemaps/healthy-lifestyle.xml", "/sitemaps/pages.xml"]),
            "application/xml")
        conditions = [p for p, (k, _) in self.routes.items() if p.startswith("/diseases-conditions/") and k in ("article", "page")]
        lifestyle = [p for p, (k, _) in self.routes.items() if "/healthy-lifestyle/" in p and k == "article"]
        self.add("/sitemaps/diseases-conditions.xml", "other", lambda: self.sitemap(conditions), "application/xml")
        self.add("/sitemaps/healthy-lifestyle.xml", "other", lambda: self.sitemap(lifestyle), "application/xml")
        self.add("/sitemaps/pages.xml", "other", lambda: self.sitemap(
            [self.page_path(s) for s in texts.EVERGREEN] + ["/appointments"]), "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /search/\nDisallow: /forms/\nDisallow: /appointments/confirm\n"
                f"Disallow: /-/media/*.pdf\n\nSitemap: {self.url('/sitemap.xml')}\n")

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", lang: str = "en", body_class: str = "") -> str:
        nav = "".join(f'<li><a href="{self.url(p)}">{label}</a></li>' for p, label in (
            ("/appointments", "Request appointment"), ("/diseases-conditions", "Diseases &amp; Conditions"),
            ("/healthy-lifestyle", "Healthy Lifestyle"), (self.page_path("about"), "About Lakeshore Clinic"),
            ("/es", "Español")))
        letters = "".join(f'<li><a href="{self.url(self.letter_path(x))}">{x}</a></li>' for x in string.ascii_uppercase)
        return f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
<meta property="og:site_name" content="{self.site_name}">
<meta name="twitter:site" content="@LakeshoreClinic">
{head}<link rel="stylesheet" href="{self.url('/css/gbs/patient-consumer.min.css?v=8.4.1')}">
<script src="{self.url('/js/analytics/adobe-launch.min.js')}" async></script>
</head>
<body class="{body_class}">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience, analyze site traffic and show relevant advertising. <a href="{self.url(self.page_path('privacy-policy'))}" class="ot-cookie-policy-link">Privacy Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Preferences</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="header-wrapper"><header id="header" role="banner"><div class="logo"><a href="{self.url('/')}"><img src="{self.url('/-/media/web/gbs/shared/images/logo.svg')}" alt="{self.site_name}"></a></div>
<nav class="primary-nav" aria-label="Main"><ul>{nav}</ul></nav>
<form class="search" action="{self.url('/search/search-results')}" method="get"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
<div class="header-cta"><a class="button-give" href="https://philanthropy.lakeshoreclinic.org/">Give Now</a> <a href="https://connect.lakeshoreclinic.org/patient-online-services">Log in to Patient Account</a></div>
</header></div>
{main}
<footer id="footer" role="contentinfo"><div class="footer-row">
<div class="footer-col"><h2>Find diseases &amp; conditions by first letter</h2><ol class="alpha">{letters}</ol></div>
<div class="footer-col"><h2>About this site</h2><ul>
<li><a href="{self.url(self.page_path('about'))}">About {self.site_name}</a></li>
<li><a href="{self.url(self.page_path('contact'))}">Contact Us</a></li>
<li><a href="{self.url(self.page_path('start-here'))}">Welcome</a></li>
<li><a href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></li>
<li><a href="{self.url('/appointments')}">Request Appointment</a></li></ul></div>
<div class="footer-col"><h2>Follow {self.site_name}</h2><ul class="social"><li><a href="https://twitter.com/LakeshoreClinic">Twitter</a></li><li><a href="https://www.facebook.com/LakeshoreClinic">Facebook</a></li><li><a href="https://www.youtube.com/user/lakeshoreclinic">YouTube</a></li></ul></div>
</div><p class="copyright">&copy; 1998-2024 Lakeshore Foundation for Medical Education and Research (LFMER). All rights reserved.</p>
<p class="disclaimer">A single copy of these materials may be reprinted for noncommercial personal use only. "{self.site_name}" is a trademark of the Lakeshore Foundation for Medical Education and Research.</p></footer>
</body>
</html>"""

    # -- article furniture ------------------------------------------------------------------------

    def ad(self, slot: str) -> str:
        return (f'<div id="ad-{slot}-container" class="ad-container"><div class="ad-label">Advertisement</div>'
                f'<div id="ad-{slot}" class="ad" data-ad-slot="/8095/lakeshore/health-library/{slot}"></div></div>')

    def products(self) -> str:
        return ('<div id="maincta" class="acces-list-container rc-list"><h3>Products &amp; Services</h3><ol class="acces-list">'
                '<li><a href="https://marketplace.lakeshoreclinic.org/family-health-book">A Book: The Lakeshore Clinic Family Health Book</a></li>'
                '<li><a href="https://marketplace.lakeshoreclinic.org/health-letter">Newsletter: Lakeshore Clinic Health Letter &mdash; Digital Edition</a></li>'
                '</ol></div>')

    def appointment_box(self) -> str:
        return (f'<div class="requestappt"><div class="requestappt-text"><h3>Request an appointment</h3>'
                f'<p>Our specialists see people with this and related conditions at every campus.</p></div><a class="button" href="{self.url("/appointments")}">'
                'Request an appointment</a></div>')

    def newsletter(self) -> str:
        return (f'<div class="contentbox no-border"><form class="myc-subscription-form" action="{self.url("/forms/newsletter")}" method="post">'
                f'<h2>From {self.site_name} to your inbox</h2><p>Sign up for free and stay up to date on research advancements, '
                'health tips, current health topics, and expertise on managing health.</p><label for="nl-email">Email</label>'
                '<input id="nl-email" type="email" name="email" required><button type="submit">Subscribe!</button>'
                f'<p class="fine-print">To provide you with the most relevant information, we may combine your email with other '
                f'information we have about you. <a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a></p></form></div>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<div class="references"><button type="button" class="references-toggle" aria-expanded="false" '
                f'aria-controls="references-list">Show references</button><div id="references-list" class="references-list" hidden>'
                f'<h3 class="visually-hidden">{self.e(block.text)}</h3><ol>{items}</ol></div></div>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "figure":
            src = block.text.replace("/wp-content/uploads/", "/-/media/kcms/gbs/patient-consumer/images/")
            return (f'<figure class="content-image"><img src="{self.e(src)}" alt="{self.e(block.items[0])}" '
                    f'loading="lazy"></figure>')
        if block.kind == "video":
            return f'<div class="video-container responsive-embed">{self.video_html(block.text, entry)}</div>'
        return super().block_html(block, entry)

    def body_of(self, blocks, entry: Entry) -> str:
        """The blocks, with the column's furniture where the template puts it: Products & Services
        after the first section, an ad slot and the appointment box mid-page, the newsletter box at
        the end of the text (before the references)."""
        out, sections = [], 0
        body = [b for b in blocks if b.kind != "refs"]
        for block in body:
            if block.kind == "h2":
                sections += 1
                if sections == 2:
                    out.append(self.products())
                if sections == 3:
                    out.append(self.ad("mobile-top"))
                    out.append(self.appointment_box())
            out.append(self.block_html(block, entry))
        if sections < 2:
            out.append(self.products())
        out.append(self.newsletter())
        return "\n".join(out)

    def related_html(self, entry: Entry) -> str:
        items = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.related(entry))
        procedures = ""
        if self.kind_of(entry) == "condition":
            procedures = ('<div class="acces-list-container"><h2>Associated Procedures</h2><ol class="acces-list">' + "".join(
                f'<li><a href="{self.url(self.procedure_path(p))}">{p}</a></li>' for p in self.procedures_of(entry)) + "</ol></div>")
        return f'<div class="acces-list-container related"><h2>Related</h2><ol class="acces-list">{items}</ol></div>{procedures}'

    def tabs_nav(self, entry: Entry, current: str) -> str:
        tabs = [("syc", self.post_path(entry), "Symptoms &amp; causes")]
        if entry.story.key in self.tabs:
            tabs.append(("drc", self.drc_path(entry), "Diagnosis &amp; treatment"))
        tabs.append(("ddc", self.ddc_path(entry), "Doctors &amp; departments"))
        active, current_page = ' class="active"', ' aria-current="page"'
        items = "".join(f'<li{active if key == current else ""}><a href="{self.url(path)}"'
                        f'{current_page if key == current else ""}>{label}</a></li>' for key, path, label in tabs)
        return f'<nav class="tableofcontents" aria-label="{self.e(entry.title)}"><ul>{items}</ul></nav>'

    def sidebar(self) -> str:
        return (f'<div class="sidebar">{self.ad("desktop-right-rail")}<div class="ad-policy"><p>{self.site_name} is a '
                'nonprofit organization and proceeds from Web advertising help support our mission. '
                f'{self.site_name} does not endorse any of the third party products and services advertised.</p>'
                f'<p><a href="{self.url("/about-this-site/advertising-sponsorship-policy")}">Advertising &amp; Sponsorship</a>: '
                f'<a href="{self.url("/about-this-site/advertising-sponsorship-policy")}">Policy</a> | '
                '<a href="https://www.lakeshoreclinic.org/advertising-opportunities">Opportunities</a> | '
                '<a href="https://optout.aboutads.info/">Ad Choices</a></p></div>'
                f'{self.ad("desktop-right-rail-2")}</div>')

    def head(self, entry_title: str, url: str, description: str, published, ld: dict) -> str:
        return (f'<link rel="canonical" href="{url}">\n<meta name="description" content="{self.e(description)}">\n'
                f'<meta name="PublishDate" content="{published.date().isoformat()}">\n'
                f'<meta name="ContentType" content="{ld.get("@type", "")}">\n'
                f'<meta property="og:title" content="{self.e(entry_title)}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{url}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')

    def ld(self, entry: Entry, url: str, published, condition: bool) -> dict:
        data = {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": entry.title, "url": url,
                "description": self.teaser(entry, 25), "lastReviewed": published.date().isoformat(),
                "audience": "https://schema.org/Patient", "inLanguage": entry.story.language,
                "author": {"@type": "Organization", "name": self.site_name, "url": self.url("/")},
                "publisher": {"@type": "Organization", "name": self.site_name,
                              "logo": {"@type": "ImageObject", "url": self.url("/-/media/web/gbs/shared/images/logo.png")}}}
        if condition:
            data["about"] = {"@type": "MedicalCondition", "name": entry.title}
        return data

    def condition_page(self, entry: Entry, blocks, published, current: str, url: str) -> str:
        sections = {"syc": "Symptoms and causes", "drc": "Diagnosis and treatment"}[current]
        nxt = (f'<div class="sectionnav"><a href="{self.url(self.drc_path(entry))}">Diagnosis &amp; treatment</a></div>'
               if current == "syc" and entry.story.key in self.tabs else
               f'<div class="sectionnav"><a href="{self.url(self.ddc_path(entry))}">Doctors &amp; departments</a></div>')
        refs = next((b for b in blocks if b.kind == "refs"), None)
        main = f"""<div class="main">
<header><div class="row"><h1><a href="{self.url('/diseases-conditions/' + entry.slug)}">{self.e(entry.title)}</a></h1></div>
{self.tabs_nav(entry, current)}</header>
<article id="main-content">
<div class="row">
<div class="content">
<div class="thin-content-bar"><a class="print" href="{url}?p=1">Print</a></div>
<div>
{self.body_of(blocks, entry)}
<div class="thin-content-by">By {self.site_name} Staff</div>
</div>
{self.appointment_box()}
{nxt}
<div class="pubdate">{ap_date(published)}</div>
{self.refs_html(refs) if refs else ""}
{self.related_html(entry)}
</div>
{self.sidebar()}
</div>
</article>
</div>"""
        head = self.head(entry.title, url, self.teaser(entry, 25), published, self.ld(entry, url, published, True))
        return self.document(f"{entry.title} - {sections} - {self.site_name}", main, head,
                             body_class="consumerconditionpage")

    def render_article(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        if self.kind_of(entry) == "condition":
            return self.condition_page(entry, entry.story.blocks, entry.published, "syc", url)
        lang = entry.story.language
        topic = entry.categories[0]
        hub = "/es" if lang == "es" else "/healthy-lifestyle"
        section = "Estilo de vida saludable" if lang == "es" else "Healthy Lifestyle"
        refs = next((b for b in entry.story.blocks if b.kind == "refs"), None)
        staff = f"Por el personal de {self.site_name}" if lang == "es" else f"By {self.site_name} Staff"
        byline = "" if self.kind_of(entry) == "video" else f'<div class="thin-content-by">{staff}</div>'
        main = f"""<div class="main">
<header><div class="row"><div class="topic-header"><a href="{self.url(hub)}">{section}</a> <span class="sep">&rsaquo;</span> <a href="{self.url(self.category_path(topic))}">{self.e(topic)}</a></div>
<h1>{self.e(entry.title)}</h1></div></header>
<article id="main-content">
<div class="row">
<div class="content">
<div class="thin-content-bar"><a class="print" href="{url}?p=1">Print</a></div>
<div>
{self.body_of(entry.story.blocks, entry)}
{byline}
</div>
<div class="pubdate">{ap_date(entry.published)}</div>
{self.refs_html(refs) if refs else ""}
{self.related_html(entry)}
</div>
{self.sidebar()}
</div>
</article>
</div>"""
        head = self.head(entry.title, url, self.teaser(entry, 25), entry.published,
                         self.ld(entry, url, entry.published, False))
        return self.document(f"{entry.title} - {self.site_name}", main, head, lang=lang, body_class="contentpage")

    def render_tab(self, tab: Tab) -> str:
        entry = self.by_key[tab.entry.story.key]
        return self.condition_page(entry, tab.blocks, tab.published, "drc", self.url(self.drc_path(entry)))

    def render_ddc(self, entry: Entry) -> str:
        docs = "".join(f'<li class="doctor"><a href="https://www.lakeshoreclinic.org/biographies/{slugify(p.name)}/bio-{2000 + i}">'
                       f"{self.e(', '.join((p.name, *p.credentials)))}</a><p>{DEPARTMENTS[(i + len(p.name)) % len(DEPARTMENTS)]}</p></li>"
                       for i, p in enumerate(self.doctors(entry)))
        deps = "".join(f"<li><a href=\"https://www.lakeshoreclinic.org/departments-centers/{slugify(d)}/overview\">{d}</a></li>"
                       for d in random.Random(f"clinic:dep:{entry.slug}").sample(DEPARTMENTS, 3))
        main = f"""<div class="main">
<header><div class="row"><h1><a href="{self.url('/diseases-conditions/' + entry.slug)}">{self.e(entry.title)}</a></h1></div>
{self.tabs_nav(entry, "ddc")}</header>
<article id="main-content"><div class="row"><div class="content">
<h2>Doctors</h2><ol class="doctors">{docs}</ol>
<h2>Departments &amp; specialties</h2><ol class="departments">{deps}</ol>
{self.appointment_box()}
</div>{self.sidebar()}</div></article></div>"""
        return self.document(f"{entry.title} - Doctors and departments - {self.site_name}", main,
                             f'<link rel="canonical" href="{self.url(self.ddc_path(entry))}">\n')

    # -- listings and pages ---------------------------------------------------------------------------

    def teaser_list(self, items: list[Entry]) -> str:
        return '<ol class="acces-list">' + "".join(
            f'<li><h3><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h3><p>{self.e(self.teaser(e, 22))}</p></li>'
            for e in items) + "</ol>"

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        if path_of(1) == "/":
            featured = [e for e in self.newest if self.kind_of(e) != "condition" and e.story.language == "en"][:4]
            main = (f'<div class="main home"><h1 class="visually-hidden">{self.site_name}</h1><div class="hero"><h2>Transforming '
                    f'your care</h2><p>Get the answers you need from experts in more than 100 specialties.</p>'
                    f'<a class="button" href="{self.url("/appointments")}">Request an appointment</a></div>'
                    f'<div class="home-library"><h2>Health Library</h2><ul><li><a href="{self.url("/diseases-conditions")}">'
                    f'Diseases &amp; Conditions</a></li><li><a href="{self.url("/healthy-lifestyle")}">Healthy Lifestyle</a></li>'
                    f'<li><a href="{self.url("/es")}">Información en español</a></li></ul></div>'
                    f'<div class="home-featured"><h2>Featured health information</h2>{self.teaser_list(featured)}</div></div>')
            return self.document(f"{self.site_name} - Top-ranked hospital care", main, body_class="homepage")
        es = items and items[0].story.language == "es"
        hub = "/es" if es else "/healthy-lifestyle"
        main = (f'<div class="main"><header><div class="row"><div class="topic-header"><a href="{self.url(hub)}">'
                f'{"Estilo de vida saludable" if es else "Healthy Lifestyle"}</a></div><h1>{self.e(title)}</h1></div>'
                f'<nav class="hl-tabs"><ul><li><span>Basics</span></li><li class="active"><a href="{self.url(path_of(1))}">'
                f'In-Depth</a></li><li><span>Expert Answers</span></li><li><span>Resources</span></li></ul></nav></header>'
                f'<div class="row"><div class="content">{self.teaser_list(items)}</div>{self.sidebar()}</div></div>')
        return self.document(f"{title} - {self.site_name}", main, body_class="landingpage")

    def conditions_hub(self) -> str:
        letters = "".join(f'<li><a href="{self.url(self.letter_path(x))}">{x}</a></li>' for x in string.ascii_uppercase)
        top = self.conditions()[:5]
        main = (f'<div class="main"><h1>Diseases &amp; Conditions</h1><p>Easy-to-understand answers about diseases and '
                f'conditions</p><nav class="alpha-nav" aria-label="Find diseases and conditions by first letter"><ol>{letters}</ol>'
                f'</nav><div class="popular"><h2>Popular topics</h2><ul>' + "".join(
                    f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in top) + "</ul></div></div>")
        return self.document(f"Diseases & Conditions - {self.site_name}", main, body_class="landingpage")

    def a_to_z(self, letter: str) -> str:
        items = [e for e in self.conditions() if e.title[0].upper() == letter]
        rng = random.Random(f"clinic:see:{letter}")
        rows = []
        for e in items:
            rows.append(f'<div class="cmp-link" data-testid="cmp-button"><a class="cmp-result-name__link" '
                        f'href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></div>')
            if rng.random() < 0.4:
                words = e.title.split()
                alias = f"{words[-1].capitalize()}, {' '.join(words[:-1]).lower()}" if len(words) > 1 else e.title
                rows.append(f'<div class="cmp-results-with-primary-name"><span>{self.e(alias)}</span> <a class="cmp-results-with-primary-name__see-link" '
                            f'href="{self.url(self.post_path(e))}">See {self.e(e.title)}</a></div>')
        results = "".join(rows) or f'<p class="cmp-azresults__no-results">No results found for &quot;{letter}&quot;.</p>'
        active = ' class="active"'
        nav = "".join(f'<li{active if x == letter else ""}><a href="{self.url(self.letter_path(x))}">{x}</a></li>'
                      for x in string.ascii_uppercase)
        main = (f'<div class="main"><h1>Diseases &amp; Conditions</h1><nav class="cmp-alphabet-facet" aria-label="Alphabet">'
                f'<ol>{nav}</ol></nav><div id="cmp-skip-to-main__content" class="cmp-azresults cmp-azresults-from-model">'
                f'<h2>{letter}</h2>{results}</div></div>')
        return self.document(f"Diseases & Conditions - {letter} - {self.site_name}", main, body_class="landingpage")

    def lifestyle_hub(self, lang: str) -> str:
        topics = sorted({e.categories[0] for e in self.entries if self.kind_of(e) != "condition" and e.story.language == lang})
        title = "Estilo de vida saludable" if lang == "es" else "Healthy Lifestyle"
        items = "".join(f'<li><a href="{self.url(self.category_path(t))}">{self.e(t)}</a></li>' for t in topics)
        main = f'<div class="main"><h1>{title}</h1><ul class="topic-list">{items}</ul></div>'
        return self.document(f"{title} - {self.site_name}", main, lang=lang, body_class="landingpage")

    def render_procedure(self, name: str) -> str:
        main = (f'<div class="main"><header><div class="row"><h1>{self.e(name)}</h1></div></header><div class="row"><div class="content">'
                f'<p>Our care teams perform {name.lower()} every day in clinics across all our campuses. Find out how to prepare, '
                f'what to expect and how to get your results, or ask for an appointment with a specialist.</p>'
                f'{self.appointment_box()}</div>{self.sidebar()}</div></div>')
        return self.document(f"{name} - {self.site_name}", main, f'<link rel="canonical" href="{self.url(self.procedure_path(name))}">\n')

    def appointments(self) -> str:
        main = (f'<div class="main"><h1>Request an appointment</h1><form action="{self.url("/forms/appointment")}" method="post">'
                '<label>First name <input name="first"></label><label>Last name <input name="last"></label>'
                '<label>Phone <input name="phone" type="tel"></label><button type="submit">Continue</button></form>'
                '<p>Call 555-0140 to make an appointment in person. Monday through Friday, 7 a.m. to 7 p.m.</p></div>')
        return self.document(f"Request an Appointment - {self.site_name}", main)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = f'<div class="main"><header><div class="row"><h1>{self.e(title)}</h1></div></header><div class="content">{body}</div></div>'
        return self.document(f"{title} - {self.site_name}", main, body_class="contentpage")

    # -- truth --------------------------------------------------------------------------------------

    def truth(self) -> dict:
        """The plan's entries, plus each condition's "Diagnosis & treatment" tab as an article of
        its own (same title, its own body and date, the condition's references and Related list)."""
        data = super().truth()
        for key, tab in self.tabs.items():
            entry = self.by_key[key]
            data["articles"][self.drc_path(entry)] = {
                "title": entry.title, "authors": [], "credentials": {}, "reviewer": "",
                "published": tab.published.date().isoformat(), "tags": [], "categories": [],
                "related": [self.post_path(e) for e in self.shown_related(entry)],
                "body": body_text(tab.blocks), "embeds": videos_of(tab.blocks), "language": entry.story.language,
                "citations": citations_of(tab.blocks), "kind": entry.story.kind}
        return data
