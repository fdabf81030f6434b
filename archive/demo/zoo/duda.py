"""duda (held out): a multi-location physical-therapy and wellness clinic's site on Duda, the
website builder agencies use for clinics, with Duda's native blog.

Modelled from real files, read in public repositories (found with the code search; the stored
files have no repository name attached, so they are named by what they are):

- saved, rendered Duda pages (a veterinary clinic's home page built with Looka on Duda, 136 kB;
  a second saved Duda home page with ``dmMobileBody`` and the ``SlideRightTopFloatM`` layout; a
  third with the ``StandardLayoutMultiD`` layout): ``<body id="dmRoot" class="dmRoot dmDesktopBody
  fix-mobile-scrolling addCanvasBorder dmResellerSite ... d1SiteBody dmBodyNoIscroll">``, the
  "<!-- ========= Site Content ========= -->" comment, ``<div id="dm" class="dmwr">`` >
  ``div.dm_wrapper.standard-var5.widgetStyle-3.standard`` > ``div.dm-home-page[dmwrapped]`` >
  ``#dm-outer-wrapper.standardHeaderLayout.dm-bfs ... hasStickyHeader ... dmPageBody dmFreeHeader
  d-page-NNN runtime-module-container`` > ``#dmStyle_outerContainer.dmOuter`` >
  ``#dmStyle_innerContainer.dmInner`` > ``.dmLayoutWrapper`` > ``#iscrollBody`` > ``#site_content``;
  the header ``.dmHeaderContainer.fHeader`` > ``#hcontainer.u_hcontainer.dmHeader.p_hfcontainer
  [freeheader][preserve-sticky-header]`` > ``div.dmHeaderResp.dmHeaderStack[dm:templateorder]``;
  ``div.u_NNN.dmRespRow`` > ``div.dmRespColsWrapper`` > ``div.dmRespCol.small-12.large-N.medium-N``
  rows and columns with numeric ids and ``u_`` + id classes; ``div.dmNewParagraph[data-element-type=
  "paragraph"][data-version="5"]`` text widgets whose text sits in ``<span style="display:
  initial;">``; ``unifiednav`` menus (``nav.main-navigation.unifiednav.dmLinksMenu[data-element-type=
  "onelinksmenu"]``, ``li.unifiednav__item-wrap``, ``a.unifiednav__item.dmUDNavigationItem_NNN``,
  ``span.nav-item-text``); ``a.dmButtonLink.dmWidget.dmWwr[data-element-type="dButtonLinkId"]``
  buttons with ``span.iconBg`` / ``span.text``; ``div.imageWidget[data-element-type="image"]`` with
  ``data-dm-image-path`` images on ``irp.cdn-website.com/<site>/dms3rep/multi/``;
  ``div.dmSpacer[data-element-type="spacer"]``; the ``stickyHeaderSpacer``; the hidden
  ``dmPageTitleRow``; ``#dmFirstContainer.dmBody`` > ``#allWrapper`` > ``#dm_content.dmContent`` >
  ``div.dmRespRowsWrapper[dm:templateorder]``; the ``hideAnimFix`` style naming
  ``[data-anim-desktop]``; ``.dmFooterContainer``;
- scrapers and migration notes written against Duda sites: store locators reading
  ``div#dmFirstContainer div.dmRespRow.fullBleedChanged`` rows, ``div.inlineMap`` maps and
  addresses from ``.dmFooterContainer .dmNewParagraph``; a Duda-to-Astro migration reference (the
  export layout, ``dmform`` contact forms, ``dmVideo``, ``dmMap``, ``dmSocialShare``, the
  ``irp-cdn.multiscreensite.com/<site>/dms3rep/multi/`` CDN); a feed builder that reads a Duda
  news page's ``div.dmNewParagraph`` blocks; Duda's partner API clients (blog posts as a content
  collection);
- a script that inserts a ``dmNewParagraph`` through the editor's ``insertElement`` call (the
  widget's exact attributes: ``data-dmtmpl``, ``data-element-type="paragraph"``, ``data-version``).

From memory (not seen in a file here, so named as assumptions): the blog widgets' own class names
(``dmBlogPostTitle``, the post-meta widget, ``dmPostBody``, the "Recent Posts" and "Related
Posts" widgets), the video widget's lazy ``data-src`` player, the ``/blog/categories/<slug>``
category pages, ``/feed/rss2`` (Duda's blog feed), Duda's auto-generated ``/sitemap.xml``, the
``dmform`` success and error texts, and the cookie-notification bar.

What a post page (``/blog/<slug>``) carries: a ``MedicalClinic`` JSON-LD (the clinic: locations,
phone, hours) on every page, and on posts only a ``BlogPosting`` JSON-LD whose author is the
byline as typed ("Dr. Ana Lopez, PT, DPT") or, on about a fifth of the posts, the clinic
``Organization`` (the byline then reads "Written by" the clinic, and the truth names no author);
``og:type`` article on posts, website elsewhere; the sticky header (phone "(503) 555-0142", a
"Book an appointment" button, the menu with the services and locations); a title row
(``data-layout-grid``) with the category chips (``/blog/categories/x``), the ``h1`` in a
``dmNewParagraph.dmBlogPostTitle`` widget, the post-meta widget ("Written by ..." / "March 12,
2024") and the featured image; a two-column row: the body in ``div.dmPostBody`` (one
``dmNewParagraph`` per run of text, split by image widgets and Duda's ``dmVideo`` widget, whose
YouTube iframe has only ``data-src``), a share bar, and a sidebar with "Recent Posts" (the site's
three newest: furniture, the same on every post) and a "Book an appointment" box; then "Related
Posts" (the newest three other posts of the post's first category: the truth's Read Also; no
row when the category has no other post); then the site-wide rows: the appointment ``dmform``, a
reviews widget ("What our patients say"), the footer with the three locations and their hours,
and the cookie bar. English, with the blog's two Spanish posts; the page stays ``lang="en"``.

Listings: ``/blog`` and ``/blog/categories/<slug>``, paged with ``?page=N`` (Duda's blog list
widget; the links are absolute, never combined with the current query: no trap). Pages: ``/``,
``/about``, ``/contact``..., service pages ``/services/<slug>`` (long evergreen text, with the same
CTA, reviews and footer as every page) and location pages ``/locations/<slug>`` (address, hours,
an ``inlineMap`` Google Maps iframe).
"""
from __future__ import annotations

import hashlib
import html
import json
from urllib.parse import quote

from . import texts
from .posts import Block, Entry, Person, Plan, slugify
from .site import ZooSite, long_date

SITE = "3f9a2c71"
CDN = f"https://irp.cdn-website.com/{SITE}"
RUNTIME = "https://static.cdn-website.com/mnlt/production/6021/_dm/s/rt/dist"
BRAND = "Harborline Physical Therapy & Wellness"
PHONE = "(503) 555-0142"
HOST = "https://www.harborlinept.com"
CLINICIANS = (Person("Ana Lopez", "Dr.", ("PT", "DPT")), Person("Jordan Reyes", "", ("PT", "OCS")),
              Person("Mei Tanaka", "", ("LMT",)), Person("Sam Whitfield", "Dr.", ("PT", "DPT", "SCS")))
LOCATIONS = {
    "pearl-district": ("Pearl District", "1120 NW Couch St, Suite 210", "Portland", "97209",
                       "Mon–Fri 7:00 am – 7:00 pm · Sat 8:00 am – 1:00 pm"),
    "beaverton": ("Beaverton", "4455 SW Hall Blvd", "Beaverton", "97005", "Mon–Thu 7:00 am – 6:30 pm · Fri 7:00 am – 4:00 pm"),
    "lake-oswego": ("Lake Oswego", "16 Oswego Pointe Dr, Suite 3", "Lake Oswego", "97034",
                    "Mon–Fri 8:00 am – 5:30 pm"),
}
SERVICES = {
    "dry-needling": ("Dry Needling", (
        "Dry needling uses thin, sterile filament needles to release tight bands of muscle, often called trigger points, "
        "that limit movement and refer pain elsewhere in the body. It is one tool within a wider physical therapy plan, "
        "not a stand-alone treatment, and our therapists combine it with exercise and manual therapy.",
        "Before any needling, your therapist takes a full history, screens for conditions that make needling unsuitable "
        "and explains what you may feel: a brief twitch of the muscle, a dull ache, and sometimes soreness for a day "
        "or two afterwards.",
        "Most patients who benefit notice a change in range of motion within the first visit or two. If we do not see "
        "progress after three sessions, we change the plan rather than repeat what is not working.",
        "Every clinician who offers dry needling at Harborline has completed post-graduate certification and follows "
        "the Oregon Board of Physical Therapy's rules for the technique, including clean needle practice and informed "
        "consent.")),
    "sports-rehab": ("Sports Rehabilitation", (
        "Our sports rehabilitation program takes athletes from injury back to full training with a plan built around "
        "the demands of their sport, whether that is a weekend trail run or a season of high school soccer.",
        "We test strength, balance and movement quality at the start and again at each stage, so that the return to "
        "running, jumping and cutting is based on measured readiness rather than on the calendar alone.",
        "Rehabilitation after ACL reconstruction, ankle sprains, shoulder dislocations and tendon problems makes up "
        "most of the program, and we work with surgeons and team coaches when you want us to.",
        "Sessions take place in our fully equipped gyms at all three locations, with access to force plates, a "
        "treadmill for gait analysis and an outdoor turf area at our Beaverton clinic.")),
    "pelvic-health": ("Pelvic Health Therapy", (
        "Pelvic health therapy treats bladder leakage, pelvic pain, pregnancy and postpartum concerns, and recovery "
        "after prostate surgery. It is evidence-based care delivered in a private treatment room by a therapist with "
        "specialist training.",
        "Your first visit is mostly conversation: we ask about symptoms, habits and goals, and we only move to an "
        "examination when you are comfortable and have agreed to it.",
        "Treatment usually combines education, breathing and muscle retraining, and a home program you can fit into "
        "a busy day. Many patients need between four and eight visits.",
        "Pelvic health appointments are available at our Pearl District and Lake Oswego clinics, including early "
        "morning times.")),
    "massage-therapy": ("Medical Massage Therapy", (
        "Medical massage at Harborline is delivered by licensed massage therapists who work alongside our physical "
        "therapists, so that soft tissue work supports the goals of your rehabilitation plan.",
        "Sessions of 30, 60 or 90 minutes focus on the areas that limit your recovery, such as the neck and upper back "
        "after a desk-heavy week or the calves and hamstrings during marathon training.",
        "Massage is often covered when a physician prescribes it for an injury. Our front desk can check your benefits "
        "before your first visit.",
        "We also offer cupping and instrument-assisted soft tissue mobilization when your therapist recommends it.")),
}
REVIEWS = (("Kara M.", "After my knee surgery I could barely climb stairs. Twelve weeks later I was back on my bike. The "
                        "whole team explained every step."),
           ("Daniel P.", "Friendly front desk, on-time appointments and a therapist who actually listened. My shoulder "
                         "feels better than it has in years."),
           ("Rosa G.", "Me atendieron en español y me dieron ejercicios claros para la casa. ¡Muy recomendados!"))


def uid(*parts) -> str:
    """A Duda element id: ten digits, stable per element."""
    return str(1000000000 + int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:8], 16) % 999999999)


class Duda(ZooSite):
    family = "duda"
    site_name = BRAND
    declared_language = "en"
    per_page = 9
    author_pages = False       # Duda's blog has no author pages
    authorless = "mixed"       # some posts are signed by the clinic only
    plan = Plan(seed="duda", count=34, languages=("en", "es"), authors=3, tz_hours=-8, related=(0,))

    def dress(self, entry: Entry) -> Entry:
        """The clinic's own clinicians write the posts (a fifth are signed by the clinic); one
        category per post (Duda's blog categories), no tags."""
        entry.tags = ()
        entry.authors = () if entry.post_id % 5 == 0 else (CLINICIANS[entry.post_id % len(CLINICIANS)],)
        return entry

    # -- paths ------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/blog/{entry.slug}"

    def home_path(self, n: int = 1) -> str:
        return "/blog" if n == 1 else f"/blog?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        base = f"/blog/categories/{slugify(name)}"
        return base if n == 1 else f"{base}?page={n}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Duda's "Related Posts" widget: the newest three other posts of the post's first category."""
        return [e for e in self.newest if e is not entry and entry.categories[0] in e.categories][:3]

    def related(self, entry: Entry) -> list[Entry]:
        return self.shown_related(entry)

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        for slug in SERVICES:
            self.add(f"/services/{slug}", "page", lambda slug=slug: self.service(slug))
        for slug in LOCATIONS:
            self.add(f"/locations/{slug}", "page", lambda slug=slug: self.location(slug))
        self.add("/feed/rss2", "other", lambda: self.rss(f"{BRAND} Blog", "/blog", self.newest),
                 "application/rss+xml; charset=UTF-8")
        self.add("/sitemap.xml", "other", self.sitemap_xml, "application/xml; charset=UTF-8")

    def robots(self) -> str:
        return f"User-agent: *\nAllow: /\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_xml(self) -> str:
        return self.sitemap(["/", *[f"/services/{s}" for s in SERVICES], *[f"/locations/{s}" for s in LOCATIONS],
                             *[self.page_path(s) for s in texts.EVERGREEN], "/blog",
                             *[self.category_path(c) for c in self.groups("categories")],
                             *[self.post_path(e) for e in self.newest]])

    # -- widgets ----------------------------------------------------------------------------------------

    def byline(self, entry: Entry) -> str:
        return entry.authors[0].display if entry.authors else BRAND

    def paragraph(self, key, inner: str, extra: str = "", anim: bool = False) -> str:
        i = uid("p", key)
        motion = ' data-anim-desktop="fadeInUp"' if anim else ""
        return (f'<div class="u_{i} dmNewParagraph{extra}" data-element-type="paragraph" data-version="5" id="{i}"'
                f'{motion} style="transition: opacity 1s ease-in-out 0s;">{inner}</div>')

    def span(self, markup: str) -> str:
        return f'<span style="display: initial;">{markup}</span>'

    def row(self, key, cols: list[tuple[int, str]], extra: str = "", attrs: str = "") -> str:
        i = uid("row", key)
        inner = "".join(f'<div class="u_{uid("col", key, n)} dmRespCol small-12 large-{w} medium-{w}" '
                        f'id="{uid("col", key, n)}">{c}</div>' for n, (w, c) in enumerate(cols))
        return (f'<div class="u_{i} dmRespRow{extra}"{attrs} id="{i}"><div class="dmRespColsWrapper" '
                f'id="{uid("cw", key)}">{inner}</div></div>')

    def button(self, key, href: str, text: str) -> str:
        i = uid("btn", key)
        return (f'<a data-display-type="block" class="u_{i} align-center dmButtonLink dmWidget dmWwr default '
                f'dmOnlyButton dmDefaultGradient" file="false" href="{href}" data-element-type="dButtonLinkId" id="{i}">'
                f'<span class="iconBg" id="{uid("ib", key)}"><span class="icon hasFontIcon icon-calendar" '
                f'id="{uid("ic", key)}"></span></span><span class="text" id="{uid("bt", key)}">{text}</span></a>')

    def image(self, key, name: str, alt: str = "") -> str:
        i = uid("img", key)
        return (f'<div class="u_{i} imageWidget align-center" data-widget-type="image" id="{i}" '
                f'data-element-type="image" editablewidget="true"><img src="{CDN}/dms3rep/multi/opt/{quote(name)}-640w.jpg" '
                f'id="{uid("im", key)}" alt="{self.e(alt)}" data-dm-image-path="{CDN}/dms3rep/multi/{quote(name)}.jpg" '
                'width="1200" height="800" onerror="handleImageLoadError(this)"></div>')

    def video_html(self, src: str, entry: Entry) -> str:
        i = uid("video", entry.slug, src)
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        player = (f"https://player.vimeo.com/video/{vid}" if "vimeo" in src
                  else f"https://www.youtube.com/embed/{vid}?autoplay=0&amp;rel=0&amp;showinfo=0")
        return (f'<div class="u_{i} dmVideo videoWrapper" data-element-type="video" data-widget-type="video" id="{i}">'
                f'<div class="iframeWrapper" style="padding-bottom:56.25%"><iframe class="dmVideoIframe" '
                f'data-src="{player}" title="{self.e(entry.title)}" frameborder="0" '
                'allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen="allowfullscreen">'
                "</iframe></div></div>")

    def block_html(self, block: Block, entry: Entry) -> str:
        kind = block.kind
        if kind == "p":
            return f'<p class="text-align-left">{self.span(self.inline(block.text))}</p>'
        if kind in ("h2", "h3"):
            return f"<{kind}>{self.span(self.inline(block.text))}</{kind}>"
        if kind in ("ul", "ol"):
            return (f'<{kind} class="defaultList {"bullet" if kind == "ul" else "decimal"}">'
                    + "".join(f"<li>{self.span(self.inline(i))}</li>" for i in block.items) + f"</{kind}>")
        if kind == "refs":
            return (f"<h3>{self.span(self.e(block.text))}</h3><ul class=\"defaultList bullet\">"
                    + "".join(f"<li>{self.span(self.inline(i))}</li>" for i in block.items) + "</ul>")
        return super().block_html(block, entry)

    def post_body(self, entry: Entry) -> str:
        """Runs of text in paragraph widgets, split by image and video widgets, as Duda's blog editor saves them."""
        out, run = [], []

        def flush():
            if run:
                out.append(self.paragraph((entry.slug, len(out)), "".join(run)))
                run.clear()
        for n, block in enumerate(entry.story.blocks):
            if block.kind == "video":
                flush()
                out.append(self.video_html(block.text, entry))
            elif block.kind == "figure":
                flush()
                out.append(self.image((entry.slug, n), block.text.rsplit("/", 1)[-1].rsplit(".", 1)[0], block.items[0]))
            else:
                run.append(self.block_html(block, entry))
        flush()
        return "".join(out)

    def post_card(self, e: Entry, key: str, teaser: bool = True) -> str:
        cat = e.categories[0]
        text = f'<p class="post-description">{self.e(self.teaser(e, 22))}</p>' if teaser else ""
        return (f'<div class="blog-post-card" data-post-id="{e.post_id}"><a href="{self.post_path(e)}" class="post-image-link">'
                f'<img src="{CDN}/dms3rep/multi/opt/{e.slug[:30]}-320w.jpg" alt="" loading="lazy"></a><div class="post-content">'
                f'<a class="post-category" href="{self.category_path(cat)}">{self.e(cat)}</a>'
                f'<h3 class="post-title"><a href="{self.post_path(e)}">{self.e(e.title)}</a></h3>'
                f'<div class="post-meta"><span class="post-date">{long_date(e.published)}</span></div>{text}'
                f'<a class="read-more" href="{self.post_path(e)}">Read More</a></div></div>')

    def posts_widget(self, key: str, heading: str, items: list[Entry], element: str, teaser: bool) -> str:
        i = uid("blog", key)
        cards = "".join(self.post_card(e, key, teaser) for e in items)
        return (self.paragraph(("h", key), f"<h3>{self.span(heading)}</h3>")
                + f'<div class="u_{i} dmBlogPostsWidget {element}" data-element-type="{element}" id="{i}">'
                f'<div class="blog-posts-list">{cards}</div></div>')

    def cta_box(self, key: str) -> str:
        return (f'<div class="u_{uid("cta", key)} ctaBox">'
                + self.paragraph(("cta", key), f"<h3>{self.span('Book an appointment')}</h3><p>{self.span('Same-week visits at all three clinics. Most insurance plans accepted, and no referral needed in Oregon.')}</p>")
                + self.button(("cta", key), "/contact", "Book an appointment") + "</div>")

    # -- frame ------------------------------------------------------------------------------------------

    def clinic_ld(self) -> dict:
        return {"@context": "https://schema.org", "@type": "MedicalClinic", "name": BRAND, "url": HOST,
                "telephone": PHONE, "image": f"{CDN}/dms3rep/multi/harborline-logo.png",
                "medicalSpecialty": "PhysicalTherapy",
                "department": [{"@type": "MedicalClinic", "name": f"{BRAND} – {name}",
                                "address": {"@type": "PostalAddress", "streetAddress": street, "addressLocality": city,
                                            "addressRegion": "OR", "postalCode": zip_, "addressCountry": "US"},
                                "openingHours": hours} for name, street, city, zip_, hours in LOCATIONS.values()]}

    def head(self, title: str, description: str, path: str, og_type: str = "website", extra_ld: dict | None = None) -> str:
        lds = [self.clinic_ld(), *([extra_ld] if extra_ld else [])]
        ld = "".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in lds)
        return (f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{self.e(title)}</title><meta name=\"description\" content=\"{self.e(description)}\">"
                f'<link rel="canonical" href="{HOST}{path}">'
                f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{self.e(title)}">'
                f'<meta property="og:description" content="{self.e(description)}"><meta property="og:url" content="{HOST}{path}">'
                f'<meta property="og:image" content="{CDN}/dms3rep/multi/harborline-og.jpg">'
                f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{self.e(title)}">'
                f'<link rel="alternate" type="application/rss+xml" title="{BRAND} Blog" href="/feed/rss2">{ld}'
                "<script type=\"text/javascript\">var _dm_gaq = {}; var _gaq = _gaq || []; window._currentDevice = 'desktop';"
                "window.rtCommonProps = {}; rtCommonProps['rt.ajax.ajaxScriptsFix'] = true; rtCommonProps['rt.pushnotifs.sslframe.encoded'] = "
                f"'aHR0cHM6Ly97c3ViZG9tYWlufS5wdXNoLW5vdGlmaWNhdGlvbnMuY29t';</script>"
                f'<link rel="stylesheet" href="{RUNTIME}/css/d-css-runtime-desktop-one-package-structured-global.min.css">'
                f'<link rel="stylesheet" href="{CDN}/files/{SITE}_1.min.css">'
                "<style id=\"hideAnimFix\">.dmDesktopBody:not(.editGrid) [data-anim-desktop]:not([data-anim-desktop='none']), "
                ".dmDesktopBody:not(.editGrid) [data-anim-extended] {visibility: hidden;}</style>")

    def nav(self) -> str:
        items = [("/", "Home", ()), ("/services/dry-needling", "Services", [(f"/services/{s}", t) for s, (t, _) in SERVICES.items()]),
                 ("/locations/pearl-district", "Locations", [(f"/locations/{s}", v[0]) for s, v in LOCATIONS.items()]),
                 ("/blog", "Blog", ()), ("/about", "About Us", ()), ("/contact", "Contact", ())]
        out = []
        for href, text, subs in items:
            sub = ("" if not subs else '<ul role="menu" aria-expanded="false" class="unifiednav__container unifiednav__container_sub-nav" data-depth="0">'
                   + "".join(f'<li role="menuitem" class="unifiednav__item-wrap" data-depth="1"><a href="{h}" class="unifiednav__item '
                             f'dmUDNavigationItem_{uid("nav", h)}" target="" tabindex="-1"><span class="nav-item-text" data-link-text="{t}">'
                             f"{t}</span></a></li>" for h, t in subs) + "</ul>")
            out.append(f'<li role="menuitem" class="unifiednav__item-wrap" data-depth="0"><a href="{href}" class="unifiednav__item '
                       f'dmUDNavigationItem_{uid("nav", href)}" target="" tabindex="-1"><span class="nav-item-text" '
                       f'data-link-text="{text}">{text}<span class="icon icon-angle-down"></span></span></a>{sub}</li>')
        i = uid("nav")
        return (f'<nav class="u_{i} effect-text-color main-navigation unifiednav dmLinksMenu" role="navigation" '
                f'layout-main="horizontal_nav_layout_2" layout-sub="submenu_horizontal_1" id="{i}" dmle_extension="onelinksmenu" '
                f'data-element-type="onelinksmenu" navigation-id="unifiedNav"><ul role="menubar" class="unifiednav__container">'
                f'{"".join(out)}</ul></nav>')

    def header(self) -> str:
        top = self.row("top", [(6, self.paragraph("hours-top", f"<p>{self.span('Same-week appointments at 3 Portland-area clinics')}</p>")),
                               (6, self.paragraph("phone-top", '<p class="text-align-right">' + self.span(f'Call us: <a href="tel:+15035550142">{PHONE}</a>') + "</p>"))],
                       " dmDefaultListContentRow mini-header-hide-row")
        main = self.row("header", [(3, f'<div class="u_{uid("logo")} imageWidget align-center" data-widget-type="image" '
                                       f'data-element-type="image" id="{uid("logo")}"><a href="/"><img src="{CDN}/dms3rep/multi/'
                                       f'harborline-logo-166w.png" alt="{BRAND}" width="166" height="60"></a></div>'),
                                   (7, self.nav()), (2, self.button("header", "/contact", "Book an appointment"))],
                       " dmDefaultListContentRow mini-header-show-row", ' style="text-align:center"')
        return (f'<div class="dmHeaderContainer fHeader d-header-wrapper"><div id="hcontainer" class="u_hcontainer dmHeader '
                f'p_hfcontainer" freeheader="true" data-scrollable-target="body" preserve-sticky-header="true" '
                f'mini-header-show-only-navigation-row="true"><div dm:templateorder="85" class="dmHeaderResp dmHeaderStack '
                f'noSwitch" id="{uid("hs")}">{top}{main}</div></div></div><div class="stickyHeaderSpacer" '
                'id="stickyHeaderSpacer" data-new="true"></div><div class="dmRespRow dmRespRowStable dmRespRowNoPadding '
                'dmPageTitleRow "><div class="dmRespColsWrapper"><div class="large-12 dmRespCol"><div id="innerBar" '
                'class="innerBar lineInnerBar dmDisplay_None"><div class="titleLine display_None"><hr></div>'
                '<div id="pageTitleText"></div><div class="titleLine display_None"><hr></div></div></div></div></div>')

    def appointment_row(self) -> str:
        fields = ("".join(f'<div class="dmforminput small-12 medium-6 large-6"><label for="dmform-{n}">{label}</label>'
                          f'<input type="{t}" class="" name="dmform-{n}" id="dmform-{n}" placeholder="{label}"></div>'
                          for n, (label, t) in enumerate((("Name", "text"), ("Phone", "tel"), ("Email", "email")))))
        options = "".join(f"<option value=\"{v[0]}\">{v[0]}</option>" for v in LOCATIONS.values())
        form = (f'<div class="u_{uid("form")} dmform default native-inputs" data-element-type="dContactUsRespId" '
                f'id="{uid("form")}"><h3 class="dmform-title dmwidget-title">Request an appointment</h3>'
                '<div class="dmform-wrapper"><form method="post" class="dmRespDesignRow" locale="ENGLISH">'
                f'{fields}<div class="dmforminput small-12"><label for="dmform-3">Preferred clinic</label>'
                f'<select name="dmform-3" id="dmform-3">{options}</select></div><div class="dmforminput small-12">'
                '<label for="dmform-4">How can we help?</label><textarea name="dmform-4" id="dmform-4"></textarea></div>'
                '<input class="dmwidget-submit" type="submit" name="submit" value="Request appointment"></form></div>'
                '<div class="dmform-success" style="display:none">Thank you for contacting us.<br>We will get back to you as soon as possible.</div>'
                '<div class="dmform-error" style="display:none">Oops, there was an error sending your message.<br>Please try again later.</div></div>')
        intro = self.paragraph("appt", f"<h2>{self.span('Ready to move better?')}</h2><p>{self.span('Tell us what is going on and the clinic that suits you. Our front desk calls you back within one business day to confirm a time.')}</p>", anim=True)
        return self.row("appt", [(5, intro), (7, form)], " dmSectionNoParallax", ' data-anim-desktop="fadeIn"')

    def reviews_row(self) -> str:
        cards = "".join(f'<div class="review-item"><div class="review-stars" aria-label="5 stars">★★★★★</div>'
                        f'<p class="review-text">{self.e(text)}</p><div class="review-author">{self.e(name)}</div></div>'
                        for name, text in REVIEWS)
        widget = (f'<div class="u_{uid("reviews")} ssrreviews" data-element-type="ssrreviews" id="{uid("reviews")}">'
                  f'<div class="reviews-summary">4.9 out of 5 · 412 Google reviews</div><div class="reviews-list">{cards}</div></div>')
        return self.row("reviews", [(12, self.paragraph("reviews-h", f"<h2 class=\"text-align-center\">{self.span('What our patients say')}</h2>") + widget)])

    def footer(self) -> str:
        cols = [(4, self.paragraph(("f", slug), f"<h4>{self.span(name)}</h4><p>{self.span(self.e(street))}</p>"
                                   f"<p>{self.span(f'{city}, OR {zip_}')}</p><p>{self.span(hours)}</p>"
                                   "<p>" + self.span(f'<a href="/locations/{slug}">Directions</a>') + "</p>"))
                for slug, (name, street, city, zip_, hours) in LOCATIONS.items()]
        bottom = self.row("footer-bottom", [(8, self.paragraph("copy", "<p>" + self.span(f'© 2025 {BRAND}. All rights reserved. <a href="/privacy-policy">Privacy Policy</a>') + "</p>")),
                                            (4, f'<div class="u_{uid("social")} dmSocialHub" data-element-type="dSocialLinks"><a href="https://www.facebook.com/harborlinept" class="dmSocialFacebook" aria-label="facebook"></a>'
                                                '<a href="https://www.instagram.com/harborlinept/" class="dmSocialInstagram" aria-label="instagram"></a></div>')])
        return (f'<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer">'
                f'<div dm:templateorder="250" class="dmFooterResp generalFooter" id="{uid("footer")}">'
                f'{self.row("footer", cols)}{bottom}</div></div></div>')

    def cookie_bar(self) -> str:
        return ('<div id="dm-cookie-notification" class="dmCookieNotification cookie-notification-bottom" '
                'data-element-type="cookie_notification" style="display:none"><div class="cookie-text">This website uses '
                'cookies to ensure you get the best experience. By continuing to browse, you agree to our use of cookies. '
                '<a href="/privacy-policy">Learn more</a></div><div class="cookie-buttons"><a class="dmCookieReject" '
                'href="javascript:void(0)">Decline</a><a class="dmCookieAccept" href="javascript:void(0)">Accept</a></div></div>')

    def document(self, head: str, alias: str, rows: str, page_id: str, lang: str = "en") -> str:
        return (f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body id="dmRoot" data-page-alias="{alias}" '
                'class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite mac dmLargeBody d1SiteBody '
                'dmBodyNoIscroll" style="padding:0;margin:0;"><!-- ========= Site Content ========= -->'
                '<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard">'
                f'<div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true"><div '
                f'dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations '
                f'hasStickyHeader rows-1200 dmPageBody dmFreeHeader d-page-{page_id} runtime-module-container" '
                f'id="dm-outer-wrapper" data-page-class="{page_id}" data-soch="true"><div id="dmStyle_outerContainer" '
                'class="dmOuter"><div id="dmStyle_innerContainer" class="dmInner"><div class="dmLayoutWrapper standard-var '
                f'dmStandardDesktop"><div><div id="iscrollBody"><div id="site_content">{self.header()}'
                f'<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_{alias}"><div id="allWrapper" '
                f'class="allWrapper"><div id="dm_content" class="dmContent"><div dm:templateorder="170" class="dmDefaultRespTmpl '
                f'mainBorder dmRespRowsWrapper dmFullRowRespTmpl" id="{page_id}">{rows}{self.appointment_row()}'
                f'{self.reviews_row()}</div></div></div></div>{self.footer()}</div></div></div></div></div></div></div></div>'
                f"</div></div>{self.cookie_bar()}"
                f'<script type="text/javascript" src="{RUNTIME}/js/d-js-one-runtime-unified-desktop.min.js"></script>'
                "</body></html>")

    # -- pages ------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        cat = entry.categories[0]
        published = entry.published.isoformat()
        if entry.authors:
            author = {"@type": "Person", "name": entry.authors[0].display}
        else:
            author = {"@type": "Organization", "name": BRAND, "url": HOST}
        posting = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": entry.title,
                   "image": f"{CDN}/dms3rep/multi/{entry.slug[:30]}.jpg", "datePublished": published,
                   "dateModified": published, "author": author,
                   "publisher": {"@type": "Organization", "name": BRAND,
                                 "logo": {"@type": "ImageObject", "url": f"{CDN}/dms3rep/multi/harborline-logo.png"}},
                   "mainEntityOfPage": f"{HOST}{self.post_path(entry)}"}
        chips = (f'<div class="u_{uid("cats", entry.slug)} postCategories" data-element-type="dPostCategories">'
                 f'<a class="post-category-chip" href="{self.category_path(cat)}">{self.e(cat)}</a></div>')
        meta = (f'<div class="u_{uid("meta", entry.slug)} dmPostMeta postMetaWidget" data-element-type="dPostMeta" '
                f'id="{uid("meta", entry.slug)}"><div class="post-meta-author"><span class="post-meta-label">Written by </span>'
                f'<span class="post-author-name">{self.e(self.byline(entry))}</span></div>'
                f'<div class="post-meta-date"><span class="post-date">{long_date(entry.published)}</span></div></div>')
        title = chips + self.paragraph(("title", entry.slug), f"<h1>{self.span(self.e(entry.title))}</h1>",
                                       " dmBlogPostTitle") + meta
        title_row = self.row(("title", entry.slug), [(12, title + self.image(("hero", entry.slug), entry.slug[:30], entry.title))],
                             "", ' data-layout-grid=""')
        share_url = quote(f"{HOST}{self.post_path(entry)}", safe="")
        share = (f'<div class="u_{uid("share", entry.slug)} dmShareWidget" data-element-type="socialShare">'
                 '<span class="share-label">Share this post</span>'
                 f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="dmShareFacebook" target="_blank">Facebook</a>'
                 f'<a href="https://twitter.com/intent/tweet?url={share_url}" class="dmShareTwitter" target="_blank">X</a>'
                 f'<a href="mailto:?subject={quote(entry.title)}&amp;body={share_url}" class="dmShareEmail">Email</a></div>')
        body = (f'<div class="u_{uid("body", entry.slug)} dmPostBody" data-element-type="blog_post_content" '
                f'id="{uid("body", entry.slug)}">{self.post_body(entry)}</div>{share}')
        recent = [e for e in self.newest[:3]]
        sidebar = (self.posts_widget("recent", "Recent Posts", recent, "dRecentPosts", False) + self.cta_box("side"))
        body_row = self.row(("body", entry.slug), [(8, body), (4, sidebar)], "", ' data-layout-grid=""')
        related = self.shown_related(entry)
        related_row = (self.row(("related", entry.slug), [(12, self.posts_widget("related", "Related Posts", related,
                                                                                   "dRelatedPosts", True))])
                       if related else "")
        head = self.head(f"{entry.title} | {BRAND}", self.teaser(entry, 24), self.post_path(entry), "article", posting)
        return self.document(head, f"blog-{entry.slug}"[:60], title_row + body_row + related_row, uid("page", entry.slug))

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        is_blog = path_of(1) == "/blog"
        heading = "Blog" if is_blog else title
        intro = ("Exercise tips, recovery advice and clinic news from the Harborline physical therapists."
                 if is_blog else f"Posts in {title}")
        cats = "".join(f'<li><a href="{self.category_path(c)}">{self.e(c)}</a></li>' for c in sorted(self.groups("categories")))
        pager = ""
        if pages > 1:
            prev = f'<a class="blog-pagination-prev" href="{path_of(n - 1)}">Newer posts</a>' if n > 1 else ""
            nxt = f'<a class="blog-pagination-next" href="{path_of(n + 1)}">Older posts</a>' if n < pages else ""
            pager = f'<div class="blog-pagination">{prev}<span class="blog-pagination-info">Page {n} of {pages}</span>{nxt}</div>'
        cards = "".join(self.post_card(e, "list") for e in items)
        widget = (f'<div class="u_{uid("list", title)} dmBlogListWidget" data-element-type="dBlogListWidget" '
                  f'id="{uid("list", title)}"><div class="blog-posts-list">{cards}</div>{pager}</div>')
        rows = (self.row(("lh", title), [(12, self.paragraph(("lh", title), f"<h1>{self.span(self.e(heading))}</h1><p>{self.span(intro)}</p>"))])
                + self.row(("list", title), [(9, widget), (3, self.paragraph("cats-h", f"<h3>{self.span('Categories')}</h3>")
                                                           + f'<ul class="blog-categories-list">{cats}</ul>' + self.cta_box("list"))]))
        head = self.head(f"{heading} | {BRAND}", intro, path_of(n))
        return self.document(head, "blog" if is_blog else f"blog-category-{slugify(title)}", rows, uid("page", title, n))

    def text_page(self, alias: str, path: str, title: str, paragraphs, extra: str = "") -> str:
        text = "".join(f"<p>{self.span(self.e(p))}</p>" for p in paragraphs)
        rows = (self.row(("ph", alias), [(12, self.paragraph(("ph", alias), f"<h1>{self.span(self.e(title))}</h1>", anim=True))],
                         " dmSectionNoParallax")
                + self.row(("pb", alias), [(8, self.paragraph(("pb", alias), text) + extra), (4, self.cta_box(alias))]))
        return self.document(self.head(f"{title} | {BRAND}", paragraphs[0][:150], path), alias, rows, uid("page", alias))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        return self.text_page(slug, self.page_path(slug), title, paragraphs)

    def service(self, slug: str) -> str:
        title, paragraphs = SERVICES[slug]
        return self.text_page(f"services-{slug}", f"/services/{slug}", title, paragraphs)

    def location(self, slug: str) -> str:
        name, street, city, zip_, hours = LOCATIONS[slug]
        paragraphs = (f"Our {name} clinic offers physical therapy, dry needling, sports rehabilitation and medical massage.",
                      f"{street}, {city}, OR {zip_}", f"Hours: {hours}", f"Phone: {PHONE}")
        i = uid("map", slug)
        address = quote(f"{street}, {city}, OR {zip_}")
        map_ = (f'<div class="u_{i} inlineMap" data-element-type="inlineMap" id="{i}" data-address="{self.e(street)}">'
                f'<iframe title="Map of {self.e(name)}" src="https://maps.google.com/maps?q={address}&amp;output=embed" '
                'loading="lazy" frameborder="0"></iframe></div>')
        return self.text_page(f"locations-{slug}", f"/locations/{slug}", f"{name} Clinic", paragraphs, map_)

    def home(self) -> str:
        services = "".join(f'<li><a href="/services/{s}">{t}</a></li>' for s, (t, _) in SERVICES.items())
        rows = (self.row("hero", [(12, self.paragraph("hero", f"<h1 class=\"text-align-center\">{self.span('Physical therapy that gets you back to what you love')}</h1>"
                                                      f"<p>{self.span('Three clinics across the Portland area, one team of specialists.')}</p>", anim=True)
                                  + self.button("hero", "/contact", "Book an appointment"))], " dmSectionNoParallax")
                + self.row("services", [(6, self.paragraph("services", f"<h2>{self.span('Our services')}</h2><ul>{services}</ul>")),
                                        (6, self.posts_widget("home", "From our blog", self.newest[:3], "dRecentPosts", True))]))
        return self.document(self.head(f"{BRAND} | Portland Physical Therapy", "Physical therapy, dry needling and sports "
                                       "rehabilitation at three Portland-area clinics.", "/"), "home", rows, uid("page", "home"))
