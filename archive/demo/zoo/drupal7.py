"""drupal7 (held out): a county public-health department's news site still on Drupal 7, with a
Bartik-derived subtheme and core's XHTML+RDFa output. Modelled on Drupal 7 core's own templates
(drupal/drupal ``themes/bartik/templates/node.tpl.php``: ``div#node-N`` with ``$classes clearfix``,
``div.meta.submitted``, ``div.content.clearfix``, ``div.link-wrapper`` holding ``ul.links.inline``;
``themes/garland/node.tpl.php`` and ``modules/node/node.tpl.php`` for the "Submitted by !username on
!datetime" wording; Bartik's page.tpl.php regions ``#page-wrapper`` > ``#page`` > ``#header``,
``#main-wrapper`` > ``#main`` > ``#content.column`` / ``#sidebar-first.column.sidebar``, ``#footer-wrapper``),
on Zen/Omega-style sub-theme node templates (pixelmord/generator-drupaltheme
``default/templates/d7/templates/node.tpl.php``, Lullabot/accessibots
``sites/all/themes/abtheme/templates/node/node--news.tpl.php``: ``p.submitted`` printed from
``$submitted``) and on what D7 core modules print around them: field.tpl.php's ``field
field-name-body field-type-text-with-summary field-label-hidden`` > ``field-items`` > ``field-item even``
(``property="content:encoded"``), the RDF module's hidden ``dc:title`` / ``sioc:num_replies`` spans and
its ``dc:date dc:created`` span with ``datatype="xsd:dateTime"`` around the date, theme_username's
``span.username`` (``typeof="sioc:UserAccount" property="foaf:name"``), taxonomy's term links
(``rel="dc:subject"``, ``typeof="skos:Concept"``), book.module's ``book-navigation`` (``page-previous /
page-up / page-next``), theme_pager's ``ul.pager`` (zero-based ``?page=N``; page 1 unqueried),
views' ``view view-related-content view-id-related_content`` block, video_embed_field's
``embedded-video`` > ``player`` iframe with a protocol-relative ``//www.youtube.com/embed/ID?...`` src,
core's relative ``rel=canonical`` and ``rel=shortlink`` (``/node/N``), ``<meta name="Generator"
content="Drupal 7 (http://drupal.org)">``, ``/rss.xml`` and ``/taxonomy/term/N/feed``, and D7's stock
robots.txt (without its ``Crawl-delay: 10``, which would make a benchmark take an hour).

The site: body classes ``html not-front not-logged-in one-sidebar sidebar-first page-node page-node-
page-node-N node-type-article``; the front page is core's ``/node`` listing of promoted teasers (``/``,
``?page=N``), the News view at ``/news``, Spanish news at ``/es/noticias``, a term page per tag
(``/taxonomy/term/N``). Articles live at ``/news/<slug>`` (pathauto), Spanish ones at
``/es/noticias/<slug>`` (i18n, ``xml:lang="es"`` only: Drupal 7's XHTML+RDFa doctype has no ``lang``
attribute) and every node also answers at ``/node/N`` (same page, canonical to the alias: a duplicate
address; editors link other news by ``/node/N`` in body text). Basic pages (About, Clinic hours,
Seasonal health guide) are ``node-type-page`` with no byline and no date: not articles.

Truth decisions. The byline prints the Drupal account name. Staff accounts here are created with the
person's name as the account name ("Maria Lopez", D7 allows spaces), so those are the authors. Press
briefs (the short posts) are "Submitted by hcph_comms": the communications office's shared login,
which names no person: their truth authors are empty. The date is the node's created date (the
visible ``D, m/d/Y - H:i``, US month first, and the RDFa ``content`` ISO time, UTC-5). Tags are the
Tags field (D7's article type has one vocabulary: no categories). Read Also is the "Related content"
view block in the sidebar: it is computed per node (contextual filter on the node's terms) and lists
the node's own related news, so it is the article's own; the sidebar's "Recent news" block (the same
on every page) and the book navigation (prev / up / next in the Seasonal health guide book, inside the
node on some articles) are not. No trap.
"""
from __future__ import annotations

import zlib

from .posts import Entry, Plan
from .site import RSS, ZooSite, video_id

_DAYS_ES = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
_RDF_NS = ('xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" '
           'xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" '
           'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:sioc="http://rdfs.org/sioc/ns#" '
           'xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" '
           'xmlns:xsd="http://www.w3.org/2001/XMLSchema#"')
COMMS = "hcph_comms"


class Drupal7(ZooSite):
    family = "drupal7"
    site_name = "Harlow County Public Health"
    declared_language = "en"
    ignore_query = False
    author_pages = False          # anonymous visitors may not view user profiles
    authorless = "mixed"          # press briefs are submitted by the office's shared login
    per_page = 10
    plan = Plan(seed="drupal7", count=36, languages=("en", "es"), authors=4, tz_hours=-5,
                related=(0, 2, 3, 3, 4), tags_are_categories=True)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.term_ids: dict[str, int] = {}
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        if entry.story.kind == "short":     # press briefs: the office's shared login, no person
            entry.authors = ()
        return entry

    # -- paths -------------------------------------------------------------------------------------

    def nid(self, entry: Entry) -> int:
        return 40 + entry.post_id

    def post_path(self, entry: Entry) -> str:
        if entry.story.language == "es":
            return f"/es/noticias/{entry.slug}"
        return f"/news/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n - 1}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        tid = self.term_ids.setdefault(name, 12 + len(self.term_ids))
        return self.paged(f"/taxonomy/term/{tid}", n)

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def href_for(self, href: str) -> str:
        """Editors link other news by node id, as the D7 link dialog inserts it."""
        if href.startswith(("http://", "https://")):
            return href
        entry = self.by_key.get(href.strip("/").split("/")[0])
        return f"/node/{self.nid(entry)}" if entry else ""

    def book_member(self, entry: Entry) -> bool:
        return entry.story.language == "en" and entry.post_id % 3 == 0

    def extra_routes(self) -> None:
        self.add_listing("News", self.newest, lambda n: self.paged("/news", n))
        spanish = [e for e in self.newest if e.story.language == "es"]
        self.add_listing("Noticias", spanish, lambda n: self.paged("/es/noticias", n))
        for entry in self.entries:     # the node's system path: the same page, a duplicate address
            self.add(f"/node/{self.nid(entry)}", "other", lambda e=entry: self.render_article(e))
        self.add("/clinic-hours", "page", lambda: self.render_page("clinic-hours", "Clinic hours", [
            "Main clinic, 410 Court Street: Monday to Friday 8:00 a.m. to 4:30 p.m. Immunization walk-ins until 3:30 p.m.",
            "Eastside satellite clinic: Tuesdays and Thursdays 9:00 a.m. to 3:00 p.m., by appointment.",
            "The clinics close on county holidays. Call 555-0140 to book."]))
        self.add("/health-guide", "page", lambda: self.render_page("health-guide", "Seasonal health guide", [
            "This guide collects our seasonal advice: flu shots in the fall, heat safety in summer, ticks in spring.",
            "Use the links below each chapter to read the guide in order."], book=True))
        self.add("/user/login", "other", self.login)
        self.add("/rss.xml", "other", lambda: self.rss(self.site_name, "/", self.newest), RSS)
        for name, items in self.groups("tags").items():
            self.add(self.tag_path(name) + "/feed", "other",
                     lambda n=name, i=items: self.rss(f"{self.site_name} - {n}", self.tag_path(n), i), RSS)
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            ["/", "/news", *self.paths_of("article"), *self.paths_of("page"),
             *[self.tag_path(t) for t in self.groups("tags")]]), "text/xml; charset=utf-8")

    def route_key(self, target: str) -> str | None:
        """The log-in form answers whatever its ?destination= (each comment link asks its own)."""
        if target.split("?", 1)[0] == "/user/login":
            return "/user/login"
        return super().route_key(target)

    def login(self) -> str:
        form = ('<form action="/user/login" method="post" id="user-login" accept-charset="UTF-8"><div>'
                '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Username '
                '<span class="form-required" title="This field is required.">*</span></label><input type="text" '
                'id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" /></div>'
                '<div class="form-item form-type-password form-item-pass"><label for="edit-pass">Password '
                '<span class="form-required" title="This field is required.">*</span></label><input type="password" '
                'id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /></div>'
                '<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" '
                'name="op" value="Log in" class="form-submit" /></div></div></form>')
        return self.document(f"User account | {self.site_name}", "not-front page-user page-user-login", "User account",
                             form)

    def robots(self) -> str:
        return ("#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
                "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
                "User-agent: *\n# CSS, JS, Images\nAllow: /misc/*.css$\nAllow: /misc/*.js$\nAllow: /modules/*.css$\n"
                "Allow: /modules/*.js$\nAllow: /profiles/*.css$\nAllow: /sites/*.css$\nAllow: /themes/*.css$\n"
                "# Directories\nDisallow: /includes/\nDisallow: /misc/\nDisallow: /modules/\nDisallow: /profiles/\n"
                "Disallow: /scripts/\nDisallow: /themes/\n# Files\nDisallow: /CHANGELOG.txt\nDisallow: /cron.php\n"
                "Disallow: /INSTALL.txt\nDisallow: /xmlrpc.php\n# Paths (clean URLs)\nDisallow: /admin/\n"
                "Disallow: /comment/reply/\nDisallow: /filter/tips/\nDisallow: /node/add/\nDisallow: /search/\n"
                "Disallow: /user/register/\nDisallow: /user/password/\nDisallow: /user/login/\nDisallow: /user/logout/\n"
                "# Paths (no clean URLs)\nDisallow: /?q=admin/\nDisallow: /?q=comment/reply/\nDisallow: /?q=user/login/\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- pieces ------------------------------------------------------------------------------------

    def es(self, entry: Entry) -> bool:
        return entry.story.language == "es"

    def shown_date(self, entry: Entry) -> str:
        p = entry.published
        day = _DAYS_ES[p.weekday()] if self.es(entry) else f"{p:%a}"
        return f"{day}, {p:%m/%d/%Y - %H:%M}"

    def username(self, entry: Entry) -> str:
        name = entry.authors[0].name if entry.authors else COMMS
        return (f'<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" '
                f'datatype="">{self.e(name)}</span>')

    def submitted(self, entry: Entry) -> str:
        words = ("Enviado por", "el") if self.es(entry) else ("Submitted by", "on")
        return (f'<div class="meta submitted"><span property="dc:date dc:created" content="'
                f'{entry.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">{words[0]} '
                f"{self.username(entry)} {words[1]} {self.shown_date(entry)}</span></div>")

    def rdf_meta(self, entry: Entry) -> str:
        return (f'<span property="dc:title" content="{self.e(entry.title)}" class="rdf-meta element-hidden"></span>'
                '<span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>')

    def field(self, name: str, kind: str, items: list[str], label: str = "", attrs: str = "") -> str:
        rows = "".join(f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"{attrs}>{item}</div>'
                       for i, item in enumerate(items))
        head = f'<div class="field-label">{label}:&nbsp;</div>' if label else ""
        return (f'<div class="field field-name-{name} field-type-{kind} field-label-{"above" if label else "hidden"}">'
                f'{head}<div class="field-items">{rows}</div></div>')

    def tags_field(self, entry: Entry) -> str:
        links = [f'<a href="{self.tag_path(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" '
                 f'datatype="">{self.e(t)}</a>' for t in entry.tags]
        return self.field("field-tags", "taxonomy-term-reference", links, "Etiquetas" if self.es(entry) else "Tags",
                          ' rel="dc:subject"') if links else ""

    def video_field(self, entry: Entry) -> str:
        players = []
        for src in (b.text for b in entry.story.blocks if b.kind == "video"):
            vid = video_id(src)
            if "vimeo" in src:
                url = f"//player.vimeo.com/video/{vid}?width=640&amp;height=360&amp;autoplay=0&amp;loop=0"
            else:
                url = (f"//www.youtube.com/embed/{vid}?width%3D640%26amp%3Bheight%3D360%26amp%3Bautoplay%3D0"
                       "%26amp%3Bvq%3Dlarge%26amp%3Brel%3D0%26amp%3Bcontrols%3D1%26amp%3Bautohide%3D2"
                       "%26amp%3Bshowinfo%3D1%26amp%3Bmodestbranding%3D0%26amp%3Btheme%3Ddark"
                       "%26amp%3Biv_load_policy%3D1%26amp%3Bwmode%3Dopaque")
            players.append(f'<div class="embedded-video"><div class="player"><iframe class="" width="640" height="360" '
                           f'src="{url}" frameborder="0" allowfullscreen></iframe></div></div>')
        return self.field("field-video", "video-embed-field", players) if players else ""

    def body_html(self, entry: Entry) -> str:
        return "\n".join(self.block_html(b, entry) for b in entry.story.blocks if b.kind != "video")

    def book_nav(self, entry: Entry) -> str:
        members = [e for e in reversed(self.newest) if self.book_member(e)]
        i = members.index(entry)
        prev = members[i - 1] if i > 0 else None
        nxt = members[i + 1] if i + 1 < len(members) else None
        links = ""
        if prev:
            links += (f'<a href="{self.post_path(prev)}" class="page-previous" title="Go to previous page">'
                      f"‹ {self.e(prev.title)}</a>")
        links += '<a href="/health-guide" class="page-up" title="Go to parent page">up</a>'
        if nxt:
            links += f'<a href="{self.post_path(nxt)}" class="page-next" title="Go to next page">{self.e(nxt.title)} ›</a>'
        return (f'<div id="book-navigation-{self.nid(entry)}" class="book-navigation"><ul class="menu"></ul>'
                f'<div class="page-links clearfix">{links}</div></div>')

    def links_inline(self, entry: Entry) -> str:
        login = "Inicie sesión" if self.es(entry) else "Log in"
        rest = "para enviar comentarios" if self.es(entry) else "to post comments"
        return (f'<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span>'
                f'<a href="/user/login?destination=comment/reply/{self.nid(entry)}%23comment-form">{login}</a> {rest}'
                "</span></li></ul></div>")

    def teaser_node(self, entry: Entry) -> str:
        nid = self.nid(entry)
        path = self.post_path(entry)
        body = self.field("body", "text-with-summary", [f"<p>{self.e(self.teaser(entry, 40))}</p>"],
                          attrs=' property="content:encoded"')
        more = "Leer más" if self.es(entry) else "Read more"
        return (f'<div id="node-{nid}" class="node node-article node-promoted node-teaser clearfix" about="{path}" '
                f'typeof="sioc:Item foaf:Document"><h2><a href="{path}">{self.e(entry.title)}</a></h2>'
                f"{self.rdf_meta(entry)}{self.submitted(entry)}"
                f'<div class="content clearfix">{body}{self.tags_field(entry)}</div>'
                f'<div class="link-wrapper"><ul class="links inline"><li class="node-readmore first last"><a href="{path}" '
                f'rel="tag" title="{self.e(entry.title)}">{more}<span class="element-invisible"> about {self.e(entry.title)}'
                "</span></a></li></ul></div></div>")

    def block(self, bid: str, title: str, inner: str, module: str = "block") -> str:
        head = f"<h2>{title}</h2>" if title else ""
        return (f'<div id="block-{bid}" class="block block-{module}">{head}<div class="content">{inner}</div></div>')

    def view_list(self, view: str, items: list[Entry]) -> str:
        rows = "".join(
            f'<li class="views-row views-row-{i + 1} views-row-{"odd" if i % 2 == 0 else "even"}'
            f'{" views-row-first" if i == 0 else ""}{" views-row-last" if i == len(items) - 1 else ""}">'
            f'<div class="views-field views-field-title"><span class="field-content"><a href="{self.post_path(e)}">'
            f"{self.e(e.title)}</a></span></div></li>" for i, e in enumerate(items))
        vid = view.replace("-", "_")
        return (f'<div class="view view-{view} view-id-{vid} view-display-id-block view-dom-id-{zlib.crc32(view.encode()):08x}">'
                f'<div class="view-content"><div class="item-list"><ul>{rows}</ul></div></div></div>')

    def sidebar(self, entry: Entry | None = None) -> str:
        blocks = []
        related = self.shown_related(entry) if entry else []
        if related:
            blocks.append(self.block("views-related-content-block", "Related content",
                                     self.view_list("related-content", related), "views"))
        blocks.append(self.block("views-news-recent-block", "Recent news",
                                 self.view_list("news-recent", self.newest[:5]), "views"))
        blocks.append(self.block("block-3", "Get health alerts", (
            '<p>Sign up for email alerts about outbreaks, boil-water notices and clinic closures.</p>'
            '<form action="https://public.govdelivery.com/accounts/HARLOWCO/subscribers/qualify" method="get" '
            'accept-charset="UTF-8"><div><label for="email">Email address</label><input type="text" id="email" name="email">'
            '<input type="submit" value="Subscribe" class="form-submit"></div></form>')))
        return (f'<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first">'
                f'{"".join(blocks)}</div></div></div>')

    def document(self, title: str, body_class: str, h1: str, content: str, lang: str = "en", head: str = "",
                 sidebar: str = "", breadcrumb: str = "") -> str:
        menu = "".join(f'<li class="menu-{200 + i}{" first" if i == 0 else ""}{" last" if i == 4 else ""}">'
                       f'<a href="{p}">{label}</a></li>' for i, (p, label) in enumerate((
                           ("/", "Home"), ("/news", "News"), ("/clinic-hours", "Clinic hours"),
                           ("/health-guide", "Health guide"), ("/about", "About us"))))
        sidebars = "one-sidebar sidebar-first" if sidebar else "no-sidebars"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" version="XHTML+RDFa 1.0" dir="ltr"
  {_RDF_NS}>
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{self.url('/sites/all/themes/harlow/favicon.ico')}" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}  <title>{self.e(title)}</title>
  <style type="text/css" media="all">
@import url("{self.url('/modules/system/system.base.css?s8k2p1')}");
@import url("{self.url('/sites/all/themes/harlow/css/style.css?s8k2p1')}");
</style>
  <script type="text/javascript" src="{self.url('/misc/jquery.js?v=1.4.4')}"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"harlow","theme_token":"b1Q"}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} not-logged-in {sidebars}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header" class="without-secondary-menu"><div class="section clearfix">
        <a href="/" title="Home" rel="home" id="logo"><img src="{self.url('/sites/all/themes/harlow/logo.png')}" alt="Home" /></a>
          <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{self.e(self.site_name)}</span></a></strong></div>
          <div id="site-slogan">Protecting the health of every Harlow County resident</div></div>
      <div class="region region-header"><div id="block-locale-language" class="block block-locale"><div class="content">
      <ul class="language-switcher-locale-url"><li class="en first{' active' if lang == 'en' else ''}"><a href="/news" class="language-link" xml:lang="en">English</a></li>
      <li class="es last{' active' if lang == 'es' else ''}"><a href="/es/noticias" class="language-link" xml:lang="es">Español</a></li></ul></div></div></div>
      <div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">{menu}</ul></div>
  </div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    {breadcrumb}
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{h1}</h1>
      <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{content}
      </div></div></div>
    </div></div>
    {sidebar}
  </div></div>
  <div id="footer-wrapper"><div class="section">
    <div id="footer" class="clearfix"><div class="region region-footer">
      <div id="block-block-1" class="block block-block"><div class="content"><p>{self.e(self.site_name)} · 410 Court Street, Harlow, OH 45000 · (555) 555-0140</p>
      <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy-policy">Privacy policy</a> | <a href="/rss.xml">RSS</a></p></div></div>
      <div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div>
    </div></div>
  </div></div>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="find-more-button">No, give me more info</button></div></div></div></div>
</body>
</html>"""

    # -- pages ---------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        nid, path = self.nid(entry), self.post_path(entry)
        summary = self.e(self.teaser(entry, 30))
        head = (f'<meta name="description" content="{summary}" />\n'
                f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{nid}" />\n'
                f'<meta property="og:site_name" content="{self.e(self.site_name)}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{self.url(path)}" />\n<meta property="og:title" content="{self.e(entry.title)}" />\n')
        image = self.field("field-image", "image", [
            f'<img typeof="foaf:Image" src="{self.url(f"/sites/default/files/styles/large/public/field/image/{entry.slug[:20]}.jpg")}" '
            f'width="480" height="320" alt="" />'], attrs=f' rel="og:image rdfs:seeAlso" resource="'
            f'{self.url(f"/sites/default/files/field/image/{entry.slug[:20]}.jpg")}"') if entry.story.kind == "article" else ""
        body = self.field("body", "text-with-summary", [self.body_html(entry)], attrs=' property="content:encoded"')
        book = self.book_nav(entry) if self.book_member(entry) else ""
        node = (f'<div id="node-{nid}" class="node node-article node-promoted clearfix" about="{path}" '
                f'typeof="sioc:Item foaf:Document">{self.rdf_meta(entry)}{self.submitted(entry)}'
                f'<div class="content clearfix">{image}{self.video_field(entry)}{body}{self.tags_field(entry)}{book}</div>'
                f"{self.links_inline(entry)}</div>")
        home = "Inicio" if self.es(entry) else "Home"
        crumb = (f'<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb">'
                 f'<a href="/">{home}</a> » <a href="{"/es/noticias" if self.es(entry) else "/news"}">'
                 f'{"Noticias" if self.es(entry) else "News"}</a></div></div>')
        body_class = f"not-front page-node page-node- page-node-{nid} node-type-article" + (" i18n-es" if self.es(entry) else " i18n-en")
        return self.document(f"{entry.title} | {self.site_name}", body_class, self.e(entry.title), node,
                             "es" if self.es(entry) else "en", head, self.sidebar(entry), crumb)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        teasers = "".join(self.teaser_node(e) for e in items)
        pager = ""
        if pages > 1:
            lis = []
            if n > 1:
                lis.append(f'<li class="pager-first first"><a title="Go to first page" href="{path_of(1)}">« first</a></li>')
                lis.append(f'<li class="pager-previous"><a title="Go to previous page" href="{path_of(n - 1)}">‹ previous</a></li>')
            for k in range(1, pages + 1):
                lis.append(f'<li class="pager-current">{k}</li>' if k == n else
                           f'<li class="pager-item"><a title="Go to page {k}" href="{path_of(k)}">{k}</a></li>')
            if n < pages:
                lis.append(f'<li class="pager-next"><a title="Go to next page" href="{path_of(n + 1)}">next ›</a></li>')
                lis.append(f'<li class="pager-last last"><a title="Go to last page" href="{path_of(pages)}">last »</a></li>')
            pager = f'<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">{"".join(lis)}</ul></div>'
        base = path_of(1)
        feed = "/rss.xml" if base in ("/", "/news") else (base + "/feed" if base.startswith("/taxonomy/") else "")
        icon = (f'<a href="{feed}" class="feed-icon" title="Subscribe to {self.e(title)}"><img typeof="foaf:Image" '
                f'src="{self.url("/misc/feed.png")}" width="16" height="16" alt="Subscribe to {self.e(title)}" /></a>') if feed else ""
        es = base.startswith("/es/")
        head = (f'<link rel="alternate" type="application/rss+xml" title="{self.e(title)}" href="{self.url(feed)}" />\n'
                if feed else "")
        if base == "/":
            cls, h1, label = "front page-node", "", self.site_name
            content = f"{teasers}{pager}{icon}"
        elif base.startswith("/taxonomy/"):
            tid = base.rsplit("/", 1)[1]
            cls, h1, label = f"not-front page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{tid}", \
                self.e(title), f"{title} | {self.site_name}"
            content = f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-tags"><div class="content"></div></div></div>{teasers}{pager}{icon}'
        else:
            cls, h1, label = f"not-front page-{'es-noticias' if es else 'news'}", self.e(title), f"{title} | {self.site_name}"
            content = (f'<div class="view view-news view-id-news view-display-id-page"><div class="view-content">{teasers}</div>'
                       f"{pager}</div>{icon}")
        if n > 1:
            label = f"{label} | Page {n}" if base != "/" else f"{self.site_name} | Page {n}"
        return self.document(label, cls, h1, content, "es" if es else "en", head, self.sidebar())

    def render_page(self, slug: str, title: str, paragraphs: list[str], book: bool = False) -> str:
        nid = 3 + len(slug)
        body = self.field("body", "text-with-summary", ["".join(f"<p>{self.e(p)}</p>" for p in paragraphs)],
                          attrs=' property="content:encoded"')
        nav = ""
        if book:
            members = [e for e in reversed(self.newest) if self.book_member(e)]
            items = "".join(f'<li class="leaf"><a href="{self.post_path(e)}">{self.e(e.title)}</a></li>' for e in members)
            nav = (f'<div id="book-navigation-{nid}" class="book-navigation"><ul class="menu">{items}</ul>'
                   f'<div class="page-links clearfix"><a href="{self.post_path(members[0])}" class="page-next" '
                   f'title="Go to next page">{self.e(members[0].title)} ›</a></div></div>') if members else ""
        node = (f'<div id="node-{nid}" class="node node-page clearfix" about="/{slug}" typeof="foaf:Document">'
                f'<span property="dc:title" content="{self.e(title)}" class="rdf-meta element-hidden"></span>'
                f'<div class="content clearfix">{body}{nav}</div></div>')
        head = f'<link rel="canonical" href="/{slug}" />\n<link rel="shortlink" href="/node/{nid}" />\n'
        return self.document(f"{title} | {self.site_name}", f"not-front page-node page-node- page-node-{nid} node-type-page",
                             self.e(title), node, "en", head, self.sidebar())

