"""hubspot (held out): a family clinic's blog on the HubSpot CMS, modelled on HubSpot's own theme
boilerplate (``HubSpot/cms-theme-boilerplate``: ``templates/blog-post.html``, ``blog-index.html``,
``layouts/base.html``), the HubL module reference's rendered output (``blog_subscribe``, ``cta``)
and rendered HubSpot pages read from public repositories (a blog post on blog.zircon.tech, a
HubSpot-hosted blog post with HubSpot's automatic ``BlogPosting`` JSON-LD, CTA embed codes, the
``hs-responsive-embed`` video wrappers HubSpot's rich-text editor writes, the
``hs-eu-cookie-confirmation`` banner).

What a post page carries: ``<div class="body-wrapper hs-content-id-N hs-blog-post hs-blog-id-N">``
(the boilerplate's ``builtin_body_classes``); a header whose menu module is a
``hs_cos_wrapper_type_menu`` / ``hs-menu-wrapper``; the blog header (``h2.blog-header__title``, the
blog's name, above the post's ``h1``); ``article.blog-post`` with the title in
``h1 > span#hs_cos_wrapper_name``, ``div.blog-post__meta`` (an author link to ``/blog/author/x``
with the author's display name "Dr. Ana Costa", and ``div.blog-post__timestamp`` printed as HubSpot's
``publish_date_localized`` does: "Mar 12, 2024 10:15:00 AM", portal time, UTC-5), the body in
``div.blog-post__body > span#hs_cos_wrapper_post_body.hs_cos_wrapper_type_rich_text`` (a
``<!--more-->`` after the summary, ``<p>&nbsp;</p>`` spacers, Google-Docs-pasted ``<span
style="font-weight: 400;">`` on some posts, videos in ``hs-responsive-embed-wrapper`` with a
protocol-relative YouTube ``src``, a CTA embed (``hs-cta-wrapper``, an image or a ``cta_button``)
at the end of articles), ``div.blog-post__tags`` (``a.blog-post__tag-link``), a
``hs_cos_wrapper_type_social_sharing`` share row, an author bio box; the ``blog_comments`` module
with readers' comments on some posts (their names and HubSpot-format dates); a sidebar with
"Subscribe to our blog" (a rendered ``hs-form`` with HubSpot's "Notification Frequency" radios), a
"Recent Posts" ``post_listing`` module (the site's 5 newest, on every page) and a "Posts by Tag"
``post_filter`` module with counts; "Related articles" (``related_blog_posts limit=3``: the posts
sharing the most tags, newest first; none when no post shares a tag) in the boilerplate's
``blog-recent-posts__post`` cards; the cookie banner; HubSpot's minimal ``BlogPosting`` JSON-LD
whose ``datePublished`` is UTC (``...T02:15:00.000Z``: the next day for posts published after
19:00 portal time; the truth is the date the page shows) and ``<meta name="author">``, og: tags,
no ``article:published_time``.

HubSpot has one taxonomy (tags, case-insensitively unique: "Heart health" on one post is the
"Heart Health" tag) and one author per post; no categories (truth: none), no reviewer. Two Spanish
posts sit in the same blog with ``<html lang="es">``.

URLs: posts ``/blog/<slug>``, ``/blog/page/N``, ``/blog/tag/<slug>`` (``/page/N``),
``/blog/author/<slug>``, the simple "all posts" list ``/blog/all``, ``/blog/rss.xml``,
``/sitemap.xml``; site pages ``/``, ``/about``... without trailing slashes. Menu, footer, author,
tag and in-body links carry ``?hsLang=en`` (HubSpot's multi-language sites append it), while
listing cards, related cards, the sidebar and pagination link the bare URL; every page answers
with or without the query and its canonical is the bare URL.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import timedelta, timezone
from urllib.parse import quote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, _ascii, plain
from .site import ZooSite, later, long_date

PORTAL = 4817263
BLOG_ID = 61207731845
BLOG_TITLE = "Northfield Health Blog"
BLOG_DESCRIPTION = "Practical advice from the doctors, nurses and dietitians of Northfield Family Health."
RELATED_LIMIT = 3
COMMENTERS = ("Maria K.", "Dennis Hall", "Joanne P.", "Luis Ortega", "Kate Brennan")
COMMENTS = ("Thank you, this answered the question I forgot to ask at my appointment.",
            "Very clear. Could you write something similar for teenagers?",
            "I printed this for my father. The list at the end is especially useful.",
            "Helpful as always. Is the clinic running a talk on this topic this year?")
HS_STYLE = ("a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;"
            "box-sizing:content-box !important;vertical-align:middle}.hs-breadcrumb-menu{list-style-type:none;"
            "margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}.hs-breadcrumb-menu-item{float:left;padding:10px 0px 10px 10px}"
            ".hs-featured-image-link{border:0}.hs-featured-image{float:right;margin:0 0 20px 20px;max-width:50%}"
            ".hs-screen-reader-text{clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute !important;width:1px}")
TAG_ICON = ('<svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">'
            '<path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059l211.882 211.882c18.745 18.745 '
            '18.745 49.137 0 67.882L293.823 497.941c-18.745 18.745-49.137 18.745-67.882 0L14.059 286.059A48 48 0 0 1 0 252.118z">'
            '</path></g></svg>')


def slug_of(text: str) -> str:
    """A HubSpot slug: accents dropped, lower case, hyphens ("Tomás Rivera" -> "tomas-rivera")."""
    import re
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text)).strip("-")


def guid(*parts) -> str:
    h = hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def hs_datetime(moment) -> str:
    """As ``publish_date_localized`` prints it: "Mar 12, 2024 10:15:00 AM"."""
    hour = moment.hour % 12 or 12
    return f"{moment:%b} {moment.day}, {moment.year} {hour}:{moment:%M}:{moment:%S} {moment:%p}"


class HubSpot(ZooSite):
    family = "hubspot"
    site_name = "Northfield Family Health"
    declared_language = "en"
    per_page = 10
    plan = Plan(seed="hubspot", count=40, languages=("en", "es"), authors=4, co_authors=0.0, reviewed=0.0,
                tz_hours=-5, related=(0,), tags_are_categories=True)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._tag_names: dict[str, str] = {}
        super().__init__(base_url)
        self.host = urlsplit(self.base).netloc

    def dress(self, entry: Entry) -> Entry:
        """Tags are unique by slug: a post's "Heart health" is the blog's "Heart Health"."""
        tags = []
        for tag in entry.tags:
            name = self._tag_names.setdefault(slug_of(tag), tag)
            if name not in tags:
                tags.append(name)
        entry.tags = tuple(tags)
        return entry

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        return f"/blog/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}/page/{n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/blog", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/blog/tag/{slug_of(name)}", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/blog/author/{slug_of(person.name)}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def lang(self, path: str) -> str:
        """An internal link as HubSpot's menus and rich text write it."""
        return self.url(path) + "?hsLang=en"

    def href_for(self, href: str) -> str:
        out = super().href_for(href)
        return out + "?hsLang=en" if out.startswith(self.base) else out

    def extra_routes(self) -> None:
        self.add("/", "page", self.home)
        self.add("/blog/all", "listing", self.all_posts)
        self.add("/blog/rss.xml", "other", lambda: self.rss(BLOG_TITLE, "/blog", self.newest), "application/rss+xml; charset=UTF-8")
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            ["/", *[self.page_path(slug) for slug in texts.EVERGREEN], "/blog", *[self.tag_path(t) for t in self.groups("tags")],
             *[self.post_path(e) for e in self.newest]]), "application/xml")

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /_hcms/preview/\nDisallow: /hs/manage-preferences/\n"
                "Disallow: /hs/preferences-center/\nDisallow: /hs-search-results\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- related posts: HubSpot's related_blog_posts, by shared tags -------------------------------------

    def related(self, entry: Entry) -> list[Entry]:
        mine = set(entry.tags)
        scored = [(len(mine & set(o.tags)), o.published, o) for o in self.entries if o is not entry and mine & set(o.tags)]
        scored.sort(key=lambda t: (-t[0], -t[1].timestamp()))
        return [o for _, _, o in scored[:RELATED_LIMIT]]

    # -- HubSpot building blocks -------------------------------------------------------------------------

    def wrapper(self, name: str, kind: str, inner: str, tag: str = "div", general: str = "widget") -> str:
        return (f'<{tag} id="hs_cos_wrapper_{name}" class="hs_cos_wrapper hs_cos_wrapper_{general} '
                f'hs_cos_wrapper_type_{kind}" style="" data-hs-cos-general-type="{general}" data-hs-cos-type="{kind}">'
                f"{inner}</{tag}>")

    def shown(self, person: Person) -> str:
        return f"{person.honorific} {person.name}".strip()

    def hubfs(self, name: str, width: int) -> str:
        src = self.url(f"/hs-fs/hubfs/{quote(name)}?width={width}&amp;name={quote(name)}")
        return (f'src="{src}" srcset="{self.url(f"/hs-fs/hubfs/{quote(name)}?width={width // 2}&amp;name={quote(name)}")} '
                f'{width // 2}w, {src} {width}w" sizes="(max-width: {width}px) 100vw, {width}px"')

    def menu(self, name: str, items: list[tuple[str, str]], label: str) -> str:
        lis = "".join(f'<li class="hs-menu-item hs-menu-depth-1" role="none"><a href="{self.lang(p)}" role="menuitem">'
                      f"{self.e(text)}</a></li>" for p, text in items)
        inner = (f'<div id="hs_menu_wrapper_{name}" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" '
                 f'role="navigation" data-sitemap-name="default" data-menu-id="{int(hashlib.md5(name.encode()).hexdigest()[:9], 16)}" '
                 f'aria-label="Navigation Menu"><ul role="menu">{lis}</ul></div>')
        return (f'<nav class="navigation-primary" aria-label="{label}">'
                + self.wrapper(f"{name}_", "menu", inner, tag="span") + "</nav>")

    def hs_form(self, key: str, fields: str, submit: str) -> str:
        form_id = guid("form", key)
        return (f'<div id="hs_form_target_{key}"><form novalidate accept-charset="UTF-8" '
                f'action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{PORTAL}/{form_id}" '
                f'enctype="multipart/form-data" id="hsForm_{form_id}" method="POST" class="hs-form-private hsForm_{form_id} '
                f'hs-form-{form_id} hs-form-{form_id}_{guid("inst", key)} hs-form stacked hs-custom-form" '
                f'data-form-id="{form_id}" data-portal-id="{PORTAL}" target="target_iframe_{form_id}">{fields}'
                f'<div class="hs_submit hs-submit"><div class="hs-field-desc" style="display:none;"></div><div class="actions">'
                f'<input type="submit" class="hs-button primary large" value="{submit}"></div></div>'
                f'<input name="hs_context" type="hidden" value="{self.e(json.dumps({"embedAtTimestamp": "1710255300000", "formDefinitionUpdatedAt": "1689250561000", "renderRawHtml": "true"}))}">'
                f'</form><iframe name="target_iframe_{form_id}" style="display:none;"></iframe></div>')

    def field(self, key: str, name: str, label: str, kind: str = "text", required: bool = True) -> str:
        fid = f"{name}-{guid('form', key)}"
        req = '<span class="hs-form-required">*</span>' if required else ""
        control = (f'<textarea id="{fid}" class="hs-input" name="{name}"></textarea>' if kind == "textarea" else
                   f'<input id="{fid}" name="{name}" {"required " if required else ""}placeholder="" type="{kind}" '
                   f'class="hs-input" value="">')
        return (f'<div class="hs_{name} hs-{name} hs-fieldtype-{"textarea" if kind == "textarea" else "text"} field hs-form-field">'
                f'<label id="label-{fid}" for="{fid}"><span>{label}</span>{req}</label><legend class="hs-field-desc" '
                f'style="display: none;"></legend><div class="input">{control}</div></div>')

    def subscribe(self, key: str, title: str = "Subscribe to our blog") -> str:
        radios = "".join(f'<li class="hs-form-radio" role="radio"><label for="freq-{v}-{key}" class="hs-form-radio-display">'
                         f'<input id="freq-{v}-{key}" class="hs-input" type="radio" name="blog_default_hubspot_blog_subscription" '
                         f'value="{v}"{" checked" if v == "weekly" else ""}><span>{v.title()}</span></label></li>'
                         for v in ("instant", "daily", "weekly", "monthly"))
        fields = (self.field(key, "email", "Email", "email")
                  + '<div class="hs_blog_default_hubspot_blog_subscription hs-blog_default_hubspot_blog_subscription '
                  'hs-fieldtype-radio field hs-form-field"><label><span>Notification Frequency</span>'
                  f'<span class="hs-form-required">*</span></label><div class="input"><ul class="inputs-list" role="radiogroup">'
                  f"{radios}</ul></div></div>")
        inner = (f'<h3 id="hs_cos_wrapper_{key}_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field" '
                 f'data-hs-cos-type="text">{title}</h3>' + self.hs_form(key, fields, "Subscribe"))
        return self.wrapper(key, "blog_subscribe", inner, tag="span")

    def cookie_banner(self) -> str:
        return ('<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" '
                'aria-label="Cookie banner" data-hs-banner-type="opt-in" data-nosnippet="true"><div id="hs-eu-cookie-confirmation-inner">'
                '<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to '
                'improve your website experience and provide more personalized services to you, both on this website and '
                'through other media. To find out more about the cookies we use, see our Privacy Policy.</p>'
                "<p>We won't track your information when you visit our site. But in order to comply with your preferences, "
                "we'll have to use just one tiny cookie so that you're not asked to make this choice again.</p></div>"
                '<div id="hs-eu-cookie-confirmation-buttons-area"><div id="hs-eu-confirmation-button-group">'
                '<button id="hs-eu-confirmation-button" aria-label="Accept" tabindex="0">Accept</button>'
                '<button id="hs-eu-decline-button" aria-label="Decline" tabindex="0">Decline</button></div></div></div></div>')

    # -- frame -----------------------------------------------------------------------------------------

    def document(self, title: str, body_classes: str, main: str, head: str = "", lang: str = "en",
                 description: str = "") -> str:
        header = (f'<div data-global-resource-path="northfield-theme/templates/partials/header.html">'
                  f'<header class="header"><a href="#main-content" class="header__skip">Skip to content</a>'
                  f'<div class="header__container content-wrapper"><div class="header__logo">'
                  + self.wrapper("site_logo", "module", f'<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper '
                                 f'hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" '
                                 f'data-hs-cos-type="logo"><a href="{self.lang("/")}" id="hs-link-site_logo_hs_logo_widget" '
                                 f'style="border-width:0px;border:0px;"><img src="{self.url("/hubfs/northfield-logo.svg")}" '
                                 f'class="hs-image-widget" height="56" style="height: auto;width:190px;border-width:0px;border:0px;" '
                                 f'width="190" alt="{self.site_name}" title="{self.site_name}"></a></span>')
                  + '</div><div class="header__menu">'
                  + self.menu("navigation-primary", [("/", "Home"), ("/start-here", "Our Services"), ("/blog", "Health Blog"),
                                                     ("/about", "About Us"), ("/contact", "Contact")], "Main menu")
                  + f'</div><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">'
                  f'<label class="hs-search-field__label show-for-sr" for="search-term">Search</label>'
                  f'<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search">'
                  f'<input type="hidden" name="type" value="BLOG_POST"><button aria-label="Search">Search</button></form></div>'
                  f'<div class="header__cta">' + self.wrapper("header_button", "module", f'<a class="button" href="{self.lang("/contact")}">'
                                                               "Book an appointment</a>") + "</div></div></header></div>")
        footer_links = [("/about", "About Us"), ("/start-here", "Our Services"), ("/contact", "Contact"),
                        ("/privacy-policy", "Privacy Policy")]
        footer = (f'<div data-global-resource-path="northfield-theme/templates/partials/footer.html"><footer class="footer">'
                  f'<div class="footer__container content-wrapper">'
                  + self.wrapper("footer_text", "module", self.wrapper("footer_text_", "rich_text",
                                 f"<p><strong>{self.site_name}</strong><br>220 Maple Street, Northfield, MN 55057<br>"
                                 "(507) 555-0162 &middot; Mon&ndash;Fri 8am&ndash;6pm</p><p>The articles on this blog are "
                                 "general information and do not replace a visit with your own clinician.</p>", tag="span"))
                  + self.menu("footer_menu", footer_links, "Footer menu")
                  + self.wrapper("social_follow", "module", '<div class="social-links">' + "".join(
                      f'<a class="social-links__link" href="{u}" target="_blank" rel="noopener"><span class="social-links__icon">'
                      f'{n}</span></a>' for n, u in (("Facebook", "https://www.facebook.com/northfieldfamilyhealth"),
                                                     ("Instagram", "https://www.instagram.com/northfieldhealth/"),
                                                     ("LinkedIn", "https://www.linkedin.com/company/northfield-family-health")))
                      + "</div>")
                  + f'<p class="footer__copyright">&copy; 2025 {self.site_name}</p></div></footer></div>')
        return f"""<!doctype html><html lang="{lang}"><head>
    <meta charset="utf-8">
    <title>{self.e(title)}</title>
    <link rel="shortcut icon" href="{self.url('/hubfs/northfield-favicon.png')}">
    <meta name="description" content="{self.e(description)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
{head}    <style>
{HS_STYLE}
</style>
<link rel="stylesheet" href="{self.url('/hubfs/hub_generated/template_assets/1/118233412457/1709311024601/template_main.min.css')}">
<link rel="stylesheet" href="{self.url('/hubfs/hub_generated/module_assets/1/118233412460/1709311027114/module_blog-sidebar.min.css')}">
<meta http-equiv="content-language" content="{lang}">
<meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   {body_classes}">
{header}
{main}
{footer}
    </div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script src="{self.url('/hubfs/hub_generated/template_assets/1/118233412466/1709311025071/template_main.min.js')}"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "{'blog-post' if 'hs-blog-post' in body_classes else 'listing-page' if 'hs-blog-listing' in body_classes else 'standard-page'}"]);
_hsq.push(["setCanonicalUrl", "{self.base}"]);
_hsq.push(["setPageId", "{body_classes.split('hs-content-id-')[-1].split()[0] if 'hs-content-id-' in body_classes else BLOG_ID}"]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{PORTAL}.js"></script>
<!-- End of HubSpot Analytics Code -->
{self.cookie_banner()}
</body></html>"""

    def og(self, url: str, title: str, description: str, kind: str, image: str = "") -> str:
        host = f"//{self.host}"
        picture = (f'<meta property="og:image" content="{host}/hubfs/{image}">\n<meta property="og:image:width" content="1200">\n'
                   f'<meta property="og:image:height" content="630">\n<meta name="twitter:image" content="{host}/hubfs/{image}">\n'
                   if image else "")
        return (f'<meta property="og:description" content="{self.e(description)}">\n<meta property="og:title" content="{self.e(title)}">\n'
                f'<meta name="twitter:description" content="{self.e(description)}">\n<meta name="twitter:title" content="{self.e(title)}">\n'
                f'{picture}<meta property="og:url" content="{url}">\n<meta name="twitter:card" content="summary_large_image">\n'
                f'<link rel="canonical" href="{url}">\n<meta property="og:type" content="{kind}">\n'
                f'<link rel="alternate" type="application/rss+xml" href="{host}/blog/rss.xml">\n'
                f'<meta name="twitter:domain" content="{self.host}">\n')

    # -- sidebar and shared modules ----------------------------------------------------------------------

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in self.newest[:5])
        groups = sorted(self.groups("tags").items(), key=lambda kv: (-len(kv[1]), kv[0]))
        hidden = ' style="display:none;"'
        tags = "".join(f'<li{"" if i < 10 else hidden}>'
                       f'<a href="{self.url(self.tag_path(name))}">{self.e(name)} <span class="filter-link-count" dir="ltr">'
                       f"({len(items)})</span></a></li>" for i, (name, items) in enumerate(groups))
        return ('<aside class="blog-sidebar" aria-label="Blog sidebar">'
                + '<div class="blog-sidebar__module blog-sidebar__subscribe">'
                + self.wrapper("module_1696871234567", "module", self.subscribe("module_1696871234567_blog_subscribe")) + "</div>"
                + '<div class="blog-sidebar__module">' + self.wrapper("module_1696871234568", "module", self.wrapper(
                    "module_1696871234568_", "post_listing", f'<div class="block"><h3>Recent Posts</h3><div class="widget-module">'
                    f'<ul class="hs-hash-{PORTAL % 10000}-{BLOG_ID % 100000}">{recent}</ul></div></div>', tag="span")) + "</div>"
                + '<div class="blog-sidebar__module">' + self.wrapper("module_1696871234569", "module", self.wrapper(
                    "module_1696871234569_", "post_filter", f'<div class="block"><h3>Posts by Tag</h3><div class="widget-module">'
                    f'<ul>{tags}</ul><a class="filter-expand-link" href="#">see all</a></div></div>', tag="span")) + "</div>"
                + "</aside>")

    def related_card(self, o: Entry) -> str:
        return (f'<a href="{self.url(self.post_path(o))}" class="blog-recent-posts__post">'
                f'<div class="blog-recent-posts__image" style="background-image: url(\'{self.url("/hubfs/Blog/" + o.slug[:24] + ".jpg")}\');"></div>'
                f'<h3 class="blog-recent-posts__title">{self.e(o.title)}</h3>{self.e(self.summary(o, 100))}</a>')

    def summary(self, entry: Entry, chars: int | None = None) -> str:
        """The post's summary: its text above ``<!--more-->`` (the first paragraph), ``truncatehtml`` cut."""
        first = next((b for b in entry.story.blocks if b.kind == "p"), None)
        text = plain(first.text) if first else ""
        if chars and len(text) > chars:
            text = text[:chars].rsplit(" ", 1)[0] + "..."
        return text

    # -- articles ---------------------------------------------------------------------------------------

    def pasted(self, entry: Entry) -> bool:
        """Posts pasted from Google Docs keep its spans (``font-weight: 400``) and ``aria-level``."""
        return entry.post_id % 3 == 0

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "vimeo" in src:
            player, service, extra = f"https://player.vimeo.com/video/{vid}?h=4a1c2b9e07&amp;app_id=122963", "vimeo", ""
        else:
            player, service, extra = f"//www.youtube.com/embed/{vid}", "youtube", ' xml="lang"'
        return ('<div class="hs-responsive-embed-wrapper hs-responsive-embed" style="width: 100%; height: auto; position: relative; '
                'overflow: hidden; padding: 0; max-width: 640px; max-height: 360px; min-width: 256px; margin: 0px auto; display: block;">'
                '<div class="hs-responsive-embed-inner-wrapper" style="position: relative; overflow: hidden; max-width: 100%; '
                'padding-bottom: 56.25%; margin: 0;"><iframe class="hs-responsive-embed-iframe" style="position: absolute; top: 0; '
                f'left: 0; width: 100%; height: 100%; border: none;"{extra} src="{player}" width="640" height="360" '
                f'allowfullscreen="" data-service="{service}"></iframe></div></div>')

    def cta(self, entry: Entry) -> str:
        g = guid("cta", entry.post_id % 3)
        label = ("Book your annual check-up", "Download our free healthy-habits guide", "Find a clinician near you")[entry.post_id % 3]
        if entry.post_id % 2:
            link = (f'<a href="https://cta-redirect.hubspot.com/cta/redirect/{PORTAL}/{g}" target="_blank" rel="noopener">'
                    f'<img class="hs-cta-img" id="hs-cta-img-{g}" style="border-width:0px;" '
                    f'src="https://no-cache.hubspot.com/cta/default/{PORTAL}/{g}.png" alt="{label}"></a>')
        else:
            link = (f'<a id="cta_button_{PORTAL}_{g}" class="cta_button " href="https://cta-service-cms2.hubspot.com/ctas/v2/public/cs/c/'
                    f'?cta_guid={g}&amp;placement_guid={guid("placement", entry.post_id)}&amp;portal_id={PORTAL}" target="_blank" '
                    f'rel="noopener" cta_dest_link="{self.lang("/contact")}" title="{label}">{label} &rarr;</a>')
        return (f'<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{g}">'
                f'<span class="hs-cta-node hs-cta-{g}" id="hs-cta-{g}"><!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]-->'
                f'{link}</span><script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script>'
                f'<script type="text/javascript"> hbspt.cta.load({PORTAL}, \'{g}\', {{"useNewLoader":"true","region":"na1"}}); </script>'
                "</span><!-- end HubSpot Call-to-Action Code --></p>")

    def block_html(self, block: Block, entry: Entry) -> str:
        pasted = self.pasted(entry)
        span = (lambda s: f'<span style="font-weight: 400;">{s}</span>') if pasted else (lambda s: s)
        if block.kind == "p":
            return f"<p>{span(self.inline(block.text))}</p>"
        if block.kind in ("h2", "h3"):
            return f"<p>&nbsp;</p>\n<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind in ("ul", "ol"):
            attrs = ' style="font-weight: 400;" aria-level="1"' if pasted else ""
            return (f"<{block.kind}>" + "".join(f"<li{attrs}>{span(self.inline(i))}</li>" for i in block.items)
                    + f"</{block.kind}>")
        if block.kind == "figure":
            name = "Blog/" + block.text.rsplit("/", 1)[-1]
            return (f'<p><img {self.hubfs(name, 720)} alt="{html.escape(block.items[0])}" width="720" loading="lazy" '
                    'style="width: 720px; margin-left: auto; margin-right: auto; display: block;"></p>')
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f"<p>&nbsp;</p>\n<h2>{html.escape(block.text)}</h2>\n<ol>{items}</ol>"
        return super().block_html(block, entry)

    def body_html(self, entry: Entry) -> str:
        out, more = [], False
        for block in entry.story.blocks:
            out.append(self.block_html(block, entry))
            if block.kind == "p" and not more:
                out.append("<!--more-->")
                more = True
        if entry.story.kind == "article" and entry.story.language == "en":
            out.append(self.cta(entry))
        return "\n".join(out)

    def comments(self, entry: Entry) -> list[tuple[str, str, object]]:
        n = (0, 2, 0, 1)[entry.post_id % 4]
        return [(COMMENTERS[(entry.post_id + k) % len(COMMENTERS)], COMMENTS[(entry.post_id + k) % len(COMMENTS)],
                 entry.published + timedelta(days=2 + 3 * k, hours=5, minutes=17, seconds=41)) for k in range(n)]

    def comments_html(self, entry: Entry) -> str:
        rows = "".join(f'<div class="comment depth-0"><p class="comment-from"><strong>{self.e(name)}</strong> '
                       f'<span class="comment-date">{hs_datetime(when)}</span></p><div class="comment-body"><p>{self.e(text)}</p></div>'
                       '<p class="comment-reply-to" data-comment-id="0">Reply to ' + self.e(name) + "</p></div>"
                       for name, text, when in self.comments(entry))
        form = self.hs_form(f"comment_form_{entry.post_id}", self.field("comment", "firstname", "First Name")
                            + self.field("comment", "email", "Email", "email")
                            + self.field("comment", "comment", "Comment", "textarea"), "Submit Comment")
        inner = (f'<div class="section post-footer"><div id="comments-listing" class="new-comments">{rows}</div>'
                 f'<div class="comment-form-title"><h3>Leave a Comment</h3></div>{form}</div>')
        return ('<div class="blog-comments">' + self.wrapper("blog_comments", "module", self.wrapper(
            "blog_comments_blog_comments", "blog_comments", inner, tag="span")) + "</div>")

    def share(self, entry: Entry) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        links = "&nbsp;".join(
            f'<a href="{href}" target="_blank" rel="noopener" style="width:24px;border-width:0px;border:0px;">'
            f'<img src="https://static.hubspot.com/final/img/common/icons/social/{icon}-24x24.png" class="hs-image-widget '
            f'hs-image-social-sharing-24" style="max-height:24px;max-width:24px;border-width:0px;border:0px;" width="24" '
            f'hspace="0" alt="Share on {name}" loading="lazy"></a>'
            for name, icon, href in (
                ("Facebook", "facebook", f"http://www.facebook.com/share.php?u={url}%3Futm_medium%3Dsocial%26utm_source%3Dfacebook"),
                ("LinkedIn", "linkedin", f"http://www.linkedin.com/shareArticle?mini=true&amp;url={url}%3Futm_medium%3Dsocial%26utm_source%3Dlinkedin"),
                ("Twitter", "twitter", f"https://twitter.com/intent/tweet?original_referer={url}&amp;url={url}&amp;source=tweetbutton"
                                      f"&amp;text={quote(entry.title)}"),
                ("Email", "email", f"mailto:?subject=Check%20out%20{url}%20&amp;body=Check%20out%20{url}")))
        return ('<div class="blog-post__social-sharing"><span class="blog-post__share-label">Share this article</span>'
                + self.wrapper("social_sharing", "social_sharing", links, tag="span") + "</div>")

    def author_bio(self, person: Person) -> str:
        return (f'<div class="blog-post__author-bio"><img class="blog-post__author-bio-avatar" '
                f'src="{self.url("/hubfs/Team/" + slug_of(person.name) + ".jpg")}" alt="Picture of {self.e(self.shown(person))}" '
                f'width="96" loading="lazy"><div class="blog-post__author-bio-text"><h3 class="blog-post__author-bio-name">'
                f'<a href="{self.lang(self.author_path(person))}">{self.e(self.shown(person))}</a></h3>'
                f"<p>{self.e(self.bio(person))}</p></div></div>")

    def bio(self, person: Person) -> str:
        return f"{person.display} sees patients at {self.site_name} and writes for the {BLOG_TITLE}."

    def ld(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        utc = entry.published.astimezone(timezone.utc)
        modified = later(entry.published, f"hubspot:{entry.slug}", 10, 300).astimezone(timezone.utc)
        author = entry.authors[0]
        data = {"mainEntityOfPage": {"@type": "WebPage", "@id": url},
                "author": {"name": self.shown(author), "url": self.url(self.author_path(author)), "@type": "Person"},
                "headline": entry.title, "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "dateModified": modified.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                "publisher": {"name": self.site_name, "logo": {"url": f"//{self.host}/hubfs/northfield-logo.png",
                                                               "@type": "ImageObject"}, "@type": "Organization"},
                "@context": "https://schema.org", "@type": "BlogPosting",
                "image": [f"//{self.host}/hubfs/Blog/{entry.slug[:24]}.jpg"]}
        return f'<script type="application/ld+json">\n{json.dumps(data, indent=2, ensure_ascii=False)}\n</script>\n'

    def render_article(self, entry: Entry) -> str:
        author = entry.authors[0]
        url = self.url(self.post_path(entry))
        description = self.summary(entry, 155)
        tags = ",\n".join(f'<a class="blog-post__tag-link" href="{self.lang(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        related = self.related(entry)
        content_id = 100000000000 + entry.post_id * 7919
        head = (f'<meta name="author" content="{self.e(self.shown(author))}">\n'
                + self.ld(entry) + self.og(url, entry.title, description, "article", f"Blog/{entry.slug[:24]}.jpg"))
        main = f"""<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
  <div class="blog-header"><div class="blog-header__inner">
    <h2 class="blog-header__title">{BLOG_TITLE}</h2>
    <h4 class="blog-header__subtitle">{BLOG_DESCRIPTION}</h4>
  </div></div>
  <div class="content-wrapper blog-post-layout">
    <div class="blog-post-layout__main">
      <article class="blog-post">
        <div class="blog-post__featured-image"><img {self.hubfs("Blog/" + entry.slug[:24] + ".jpg", 1200)} alt="{self.e(entry.title)}" width="1200" loading="eager"></div>
        <h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{self.e(entry.title)}</span></h1>
        <div class="blog-post__meta">
          <div class="blog-post__author"><img class="blog-post__author-avatar" src="{self.url("/hubfs/Team/" + slug_of(author.name) + ".jpg")}" alt="Picture of {self.e(self.shown(author))}" width="40" loading="lazy">
          <a class="blog-post__author-name" href="{self.lang(self.author_path(author))}">{self.e(self.shown(author))}</a></div>
          <div class="blog-post__timestamp">{hs_datetime(entry.published)}</div>
        </div>
        <div class="blog-post__body">
          <span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{self.body_html(entry)}</span>
        </div>
        <div class="blog-post__tags">
          <span id="hs_cos_wrapper_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon" style="" data-hs-cos-general-type="widget" data-hs-cos-type="icon">{TAG_ICON}</span>
          {tags}
        </div>
        {self.share(entry)}
        {self.author_bio(author)}
      </article>
      {self.comments_html(entry)}
    </div>
    {self.sidebar()}
  </div>
  <div class="blog-recent-posts">
    <div class="content-wrapper">
      <h2>Related articles</h2>
      <div class="blog-recent-posts__list">
        {"".join(self.related_card(o) for o in related)}
      </div>
    </div>
  </div>
</div>
</main>"""
        return self.document(entry.title, f"hs-content-id-{content_id} hs-blog-post hs-blog-id-{BLOG_ID}", main, head,
                             lang=entry.story.language, description=description)

    # -- listings and pages ------------------------------------------------------------------------------

    def card(self, e: Entry, large: bool) -> str:
        size = "large" if large else "small"
        author = e.authors[0]
        return (f'<article class="blog-index__post blog-index__post--{size}" aria-label="Blog post summary: {self.e(e.title)}">'
                f'<a class="blog-index__post-image-wrapper blog-index__post-image-wrapper--{size}" href="{self.url(self.post_path(e))}" '
                f'aria-label="Read full post: {self.e(e.title)}"><img class="blog-index__post-image" '
                f'src="{self.url("/hubfs/Blog/" + e.slug[:24] + ".jpg")}" width="{596 if large else 365}" '
                f'{"" if large else "loading=" + chr(34) + "lazy" + chr(34) + " "}alt=""></a>'
                f'<div class="blog-index__post-content blog-index__post-content--{size}">'
                f'<h2><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2>'
                f'<div class="blog-index__post-meta"><span class="blog-index__post-author">By {self.e(self.shown(author))}</span>'
                f' <time class="blog-index__post-date" datetime="{e.published.isoformat()}">{long_date(e.published)}</time></div>'
                f"<p>{self.e(self.summary(e, None if large else 100))}</p>"
                f'<a class="blog-index__post-button" href="{self.url(self.post_path(e))}">Read more</a></div></article>')

    def pagination(self, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        prev = f' href="{self.url(path_of(n - 1))}"' if n > 1 else ""
        nxt = f' href="{self.url(path_of(n + 1))}"' if n < pages else ""
        numbers = "".join(f'<a class="blog-pagination__link blog-pagination__number-link'
                          f'{" blog-pagination__link--active" if k == n else ""}" href="{self.url(path_of(k))}">{k}</a>'
                          for k in range(max(1, n - 2), min(pages, n + 2) + 1))
        return (f'<div class="blog-pagination"><a class="blog-pagination__link blog-pagination__prev-link'
                f'{"" if prev else " blog-pagination__prev-link--disabled"}"{prev}>Prev</a>{numbers}'
                f'<a class="blog-pagination__link blog-pagination__next-link{"" if nxt else " blog-pagination__next-link--disabled"}"'
                f"{nxt}>Next</a></div>")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first.startswith("/blog/author/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            header = (f'<img class="blog-header__author-avatar" src="{self.url("/hubfs/Team/" + slug_of(person.name) + ".jpg")}" '
                      f'alt="{self.e(self.shown(person))}" width="200" loading="eager"><h1 class="blog-header__title">'
                      f'{self.e(self.shown(person))}</h1><h4 class="blog-header__subtitle">{self.e(self.bio(person))}</h4>')
            page_title = f"{BLOG_TITLE} | {self.shown(person)}"
        elif first.startswith("/blog/tag/"):
            header = f'<h1 class="blog-header__title">Posts about {self.e(title)}</h1>'
            page_title = f"{BLOG_TITLE} | {title}"
        else:
            header = (f'<h1 class="blog-header__title">{BLOG_TITLE}</h1><h4 class="blog-header__subtitle">{BLOG_DESCRIPTION}</h4>'
                      f'<div class="blog-header__form">{self.subscribe("blog_subscribe_form", "")}</div>')
            page_title = BLOG_TITLE
        if n > 1:
            page_title += f" (Page {n})"
        cards = "".join(self.card(e, k == 0 and n == 1 and first == "/blog") for k, e in enumerate(items))
        main = (f'<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-index">'
                f'<div class="blog-header"><div class="blog-header__inner">{header}</div></div>'
                f'<div class="content-wrapper blog-post-layout"><div class="blog-post-layout__main"><section class="blog-index">{cards}'
                f'</section>{self.pagination(n, pages, path_of)}<p class="blog-index__rss"><a href="{self.url("/blog/rss.xml")}">'
                f'Subscribe by RSS</a> &middot; <a href="{self.url("/blog/all")}">All posts</a></p></div>{self.sidebar()}</div>'
                "</div></main>")
        url = self.url(path_of(n))
        head = self.og(url, page_title, BLOG_DESCRIPTION, "website")
        if n > 1:
            head += f'<link rel="prev" href="{self.url(path_of(n - 1))}">\n'
        if n < pages:
            head += f'<link rel="next" href="{self.url(path_of(n + 1))}">\n'
        return self.document(page_title, f"hs-blog-listing hs-blog-id-{BLOG_ID}", main, head, description=BLOG_DESCRIPTION)

    def all_posts(self) -> str:
        rows = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in self.newest)
        main = (f'<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-index">'
                f'<div class="content-wrapper"><h1>All posts</h1><ul class="blog-all-posts">{rows}</ul></div></div></main>')
        return self.document(f"{BLOG_TITLE} | All Posts", f"hs-blog-listing hs-blog-id-{BLOG_ID}", main,
                             self.og(self.url("/blog/all"), f"{BLOG_TITLE} | All Posts", BLOG_DESCRIPTION, "website"))

    def dnd(self, rows: list[str]) -> str:
        return "".join(
            f'<div class="row-fluid-wrapper row-depth-1 row-number-{i + 1} dnd-section"><div class="row-fluid ">'
            f'<div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">'
            f'<div class="row-fluid-wrapper row-depth-1 row-number-{i + 2} dnd-row"><div class="row-fluid ">'
            f'<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" '
            f'data-x="0" data-w="12">{row}</div></div></div></div></div></div>' for i, row in enumerate(rows))

    def page_frame(self, slug: str, title: str, rows: list[str], description: str) -> str:
        url = self.url(self.page_path(slug) if slug else "/")
        main = (f'<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container '
                f'body-container--{slug or "home"}">{self.dnd(rows)}</div></main>')
        content_id = 90000000000 + sum(map(ord, slug or "home")) * 131
        return self.document(title, f"hs-content-id-{content_id} hs-site-page page", main,
                             self.og(url, title, description, "website"), description=description)

    def home(self) -> str:
        cards = "".join(f'<div class="home-blog__card"><a href="{self.url(self.post_path(e))}"><h3>{self.e(e.title)}</h3></a>'
                        f'<p>{self.e(self.summary(e, 100))}</p></div>' for e in self.newest[:3])
        rows = [self.wrapper("widget_1601", "module", self.wrapper("widget_1601_", "rich_text",
                             "<h1>Family medicine for every stage of life</h1><p>Same-week appointments, evening hours and a "
                             "team that knows your family. New patients welcome.</p>", tag="span")
                             + f'<a class="button" href="{self.lang("/contact")}">Book an appointment</a>'),
                self.wrapper("widget_1602", "module", "<h2>Our services</h2><ul><li>Annual physicals and screenings</li>"
                             "<li>Pediatrics and vaccinations</li><li>Chronic disease management</li>"
                             "<li>Nutrition counselling</li></ul>"),
                self.wrapper("widget_1603", "module", f'<h2>From our blog</h2><div class="home-blog">{cards}</div>'
                             f'<a href="{self.url("/blog")}">Read the blog</a>')]
        return self.page_frame("", f"{self.site_name} | Family Medicine in Northfield, MN", rows,
                               "Family medicine, pediatrics and preventive care in Northfield, Minnesota.")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        rows = [self.wrapper(f"widget_{slug}", "module", self.wrapper(f"widget_{slug}_", "rich_text",
                                                                       f"<h1>{self.e(title)}</h1>{body}", tag="span"))]
        if slug == "contact":
            form = self.hs_form("contact_form", self.field("contact", "firstname", "First name")
                                + self.field("contact", "lastname", "Last name")
                                + self.field("contact", "email", "Email", "email")
                                + self.field("contact", "message", "Message", "textarea", required=False), "Send")
            rows.append(self.wrapper("widget_contact_form", "module", self.wrapper("widget_contact_form_", "form", form, tag="span")))
        return self.page_frame(slug, f"{title} | {self.site_name}", rows, paragraphs[0][:150])
