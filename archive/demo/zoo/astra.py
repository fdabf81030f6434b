"""astra (held out): a dietitians' nutrition blog on WordPress with the Astra theme, Rank Math SEO,
Easy Table of Contents, Rank Math's FAQ block turned into an accordion, Astra Pro's related posts
and author box, Grow (Mediavine) share buttons and AdThrive-style ad slots.

Modelled on Astra's own templates and rendered pages (``brainstormforce/astra``
``template-parts/single/single-layout.php`` and ``inc/blog/blog-config.php``: ``#content.site-content
> .ast-container > #primary.content-area > main#main``, ``article.ast-article-single``,
``header.entry-header`` with ``h1.entry-title`` and ``div.entry-meta`` holding ``span.posted-by
vcard author`` / ``span.author-name`` and ``span.posted-on``; a rendered Astra site whose
"Updated: DATE" line sits beside a ``span.published`` hidden with ``style="display:none"``;
Astra Pro's ``ast-single-related-posts-container`` after the post navigation, outside the
article; ``ast-single-author-box``; ``ast-comment-list`` comments whose ``li`` carry WordPress's
``comment_class()`` (``byuser comment-author-LOGIN bypostauthor``)), on Rank Math's
``class-block-faq.php`` (``div#rank-math-faq.rank-math-block > div.rank-math-list >
div.rank-math-list-item > h3.rank-math-question + div.rank-math-answer``, the FAQPage going into
the ``@graph``) with the "Turn Rank Math FAQ Block to Accordion" plugin's stylesheet (answers
``display: none`` until a question is clicked), on rendered Easy Table of Contents output
(``div#ez-toc-container`` with a ``ez-toc-title-toggle`` link, ``nav > ul.ez-toc-list``, and
``span.ez-toc-section`` anchors inside every h2), and on Rank Math's JSON-LD ``@graph`` (WebSite,
WebPage, BreadcrumbList, Person ``@id`` = the author archive URL, BlogPosting whose ``author`` points
to it, its ``headline`` the SEO title "Title - Site") and breadcrumbs (``nav.rank-math-breadcrumb``).

Authors sign with their credentials ("Marcus Bell, RD": the WordPress display name), a few posts
carry a "Medically reviewed by" line, the FAQ (questions and answers) belongs to the body, the
table of contents does not. Most posts show only "Last Updated on DATE"; the publication date is
then in a hidden ``time.published`` (and in the JSON-LD): the truth is the publication date. Video
posts are short, one YouTube/Vimeo embed each. The sidebar has a Recent Posts widget, a Mailchimp
form and a categories list; the footer an "Editor's picks" list. Comments' reply links are
WordPress's ``?replytocom=ID#respond`` (they serve the post again).

URLs: ``/<slug>/``, ``/category/<slug>/``, ``/tag/<slug>/``, ``/author/<login>/`` with
``page/N/``; Rank Math's ``/sitemap_index.xml`` of ``post-``, ``page-``, ``category-`` and
``post_tag-sitemap.xml``; ``/feed/``.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace

from .posts import Block, Entry, Person, Plan, slugify
from .site import ZooSite, later, long_date

FAQ_POOL = (
    ("How much water should I drink a day?",
     "Most adults do well with about eight cups of fluid a day, more in hot weather or when you exercise. "
     "Tea, coffee, milk and the water in food all count toward it."),
    ("Is it better to eat breakfast?",
     "Not for everyone. What matters more is the quality of what you eat across the day; if you skip "
     "breakfast, make sure lunch includes protein, fiber and some fruit or vegetables."),
    ("Can I get enough protein without meat?",
     "Yes. Beans, lentils, tofu, eggs, dairy, nuts and whole grains together cover most people's needs "
     "when you eat a variety of them through the week."),
    ("Do I need a supplement?",
     "Most healthy adults eating a varied diet do not. Vitamin D in winter, B12 for vegans and folic acid "
     "before pregnancy are the common exceptions; ask your doctor before starting one."),
    ("How quickly will I notice a difference?",
     "Small changes to sleep and energy often show within two to three weeks. Changes to blood pressure or "
     "cholesterol take longer and are best checked with your clinician after about three months."),
    ("Is frozen produce as healthy as fresh?",
     "Frozen fruit and vegetables are picked ripe and frozen within hours, so they keep most of their "
     "vitamins. They are a cheap and practical way to eat more of them."),
    ("What is a realistic first step?",
     "Pick one habit you can repeat every day, such as adding a vegetable to dinner or a ten-minute walk "
     "after lunch, and keep it for a month before adding another."),
    ("Should I count calories?",
     "It can help for a short while to learn portion sizes, but most people do better long term by "
     "focusing on regular meals, enough fiber and protein, and fewer ultra-processed snacks."),
)
COMMENTERS = (("Kathy M.", ""), ("Rob Delgado", ""), ("Amina", ""), ("Pete Sorensen", ""), ("Julia W.", ""))
COMMENTS = ("Thank you for this! I printed the list and put it on my fridge.",
            "Is this also true for someone with type 2 diabetes? My dietitian said something slightly different.",
            "Really clear explanation, much better than the leaflets I got at the clinic.",
            "I have been doing this for a month and my afternoon slump is gone.")
REPLY = "Great question! It depends on your medications, so please check with your care team, but the general advice still applies."
AD = ('<div class="adthrive-ad adthrive-content adthrive-content-{n} adthrive-ad-cls" data-google-query-id="" '
      'style="min-height:250px;"></div>')


def login(person: Person) -> str:
    first, *rest = person.name.split()
    return slugify((first[0] + (rest[-1] if rest else first)))


def signed(person: Person) -> str:
    """The WordPress display name these authors chose: name and credentials, no honorific."""
    return ", ".join((person.name, *person.credentials))


def toc_id(text: str) -> str:
    """Easy TOC's anchor: words joined by underscores, punctuation dropped."""
    import re
    import unicodedata
    plain = unicodedata.normalize("NFKD", _plain(text)).encode("ascii", "ignore").decode()
    return "_".join(re.sub(r"[^\w\s-]", "", plain).split())


class Astra(ZooSite):
    family = "astra"
    site_name = "The Balanced Plate"
    declared_language = "en-US"
    per_page = 10
    plan = Plan(seed="astra", count=40, languages=("en",), authors=4, co_authors=0.0, reviewed=0.2,
                tz_hours=-5, related=(2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.faq: dict[str, tuple[int, int]] = {}     # slug -> (first, end) indices of FAQ blocks
        super().__init__(base_url)

    # -- the plan as this site publishes it --------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        blocks = list(entry.story.blocks)
        if entry.story.kind != "article" or entry.post_id % 5 in (0, 3):
            return entry
        rng = random.Random(f"astra:faq:{entry.slug}")
        pairs = rng.sample(FAQ_POOL, rng.choice((2, 3, 3, 4)))
        at = next((i for i, b in enumerate(blocks) if b.kind == "refs"), len(blocks))
        faq = [Block("h2", "Frequently Asked Questions")]
        for q, a in pairs:
            faq += [Block("h3", q), Block("p", a)]
        self.faq[entry.slug] = (at, at + len(faq))
        blocks[at:at] = faq
        return replace(entry, story=replace(entry.story, blocks=tuple(blocks)))

    def modified(self, entry: Entry):
        """WordPress's post_modified; a third of the posts were never edited after publishing."""
        if entry.post_id % 3 == 0:
            return entry.published
        return later(entry.published, f"astra:{entry.slug}", 30, 500)

    def commented(self, entry: Entry) -> int:
        return entry.post_id % 4

    # -- paths -----------------------------------------------------------------------------------------

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{login(person)}/", n)

    def extra_routes(self) -> None:
        self.add_yoast_sitemaps(lambda: ["/", *self.paths_of("page")], authors=False, xml="application/xml")
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- frame -----------------------------------------------------------------------------------------

    def menu(self) -> str:
        items = (("/", "Home"), (self.category_path("Nutrition"), "Nutrition"), (self.page_path("start-here"), "Start Here"),
                 (self.page_path("about"), "About"), (self.page_path("contact"), "Contact"))
        cats = set(self.groups("categories"))
        return "".join(f'<li id="menu-item-{300 + i}" class="menu-item menu-item-type-post_type menu-item-object-page '
                       f'menu-item-{300 + i}"><a href="{self.url(p)}" class="menu-link">{label}</a></li>'
                       for i, (p, label) in enumerate(items) if label != "Nutrition" or "Nutrition" in cats)

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in self.newest[:5])
        cats = "".join(f'<li class="cat-item cat-item-{10 + i}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a> '
                       f"({len(items)})</li>" for i, (c, items) in enumerate(sorted(self.groups("categories").items())))
        return f"""<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
<div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.url('/')}"><label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s" tabindex="-1"></label></form></aside>
<aside id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Get our free 7-day meal plan</h2><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-412" method="post" data-id="412" data-name="Newsletter"><div class="mc4wp-form-fields"><p>Weekly recipes and nutrition tips from our dietitians.</p><p><input type="email" name="EMAIL" placeholder="Your email address" required></p><p><input type="submit" value="Sign up"></p></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>{cats}</ul></nav></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div id="AdThrive_Sidebar_1_desktop" class="adthrive-ad adthrive-sidebar adthrive-stuck"></div></div></aside>
</div></div>"""

    def document(self, title: str, body_class: str, main: str, head: str = "", sidebar: bool = True) -> str:
        picks = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>' for e in self.popular(4))
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}">
<link rel="stylesheet" id="astra-theme-css-css" href="{self.url('/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4')}" media="all">
<link rel="stylesheet" id="ez-toc-css" href="{self.url('/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.62')}" media="all">
<link rel="stylesheet" id="rmfa-style-css" href="{self.url('/wp-content/plugins/turn-rank-math-faq-block-to-accordion/assets/css/style.min.css?ver=1.1.0')}" media="all">
<link rel="https://api.w.org/" href="{self.url('/wp-json/')}">
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//ads.adthrive.com/sites/5f2a7c9e1d/ads.min.js?referrer=x&amp;threshold=26"></script>
</head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="{body_class} ast-desktop ast-separate-container {'ast-right-sidebar' if sidebar else 'ast-no-sidebar'} astra-4.6.4 ast-blog-single-style-1 ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="{self.url('/')}" class="custom-logo-link" rel="home"><img width="200" height="60" src="{self.url('/wp-content/uploads/2022/01/balanced-plate-logo.png')}" class="custom-logo" alt="{self.e(self.site_name)}"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{self.url('/')}" rel="home" itemprop="url">{self.e(self.site_name)}</a></span><p class="site-description" itemprop="description">Evidence-based nutrition from registered dietitians</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{self.menu()}</ul></div></nav></div></div></div></div>
</div></div></div></div></div>
</header>
<div id="content" class="site-content">
<div class="ast-container">
{main}
{self.sidebar() if sidebar else ""}
</div>
</div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Editor's picks</h2><ul class="wp-block-list">{picks}</ul></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2"><section id="block-8" class="widget widget_block widget_text"><p>The content on this site is for information only and does not replace advice from your doctor or dietitian.</p></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-3" aria-label="Footer Widget 3"><section id="nav_menu-2" class="widget widget_nav_menu"><nav class="menu-footer-container" aria-label="Footer"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{self.url(self.page_path('privacy-policy'))}" class="menu-link">Privacy Policy</a></li><li class="menu-item"><a href="{self.url(self.page_path('contact'))}" class="menu-link">Contact</a></li><li class="menu-item"><a href="{self.url('/sitemap_index.xml')}" class="menu-link">Sitemap</a></li></ul></nav></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2024 {self.e(self.site_name)} | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div>
</footer>
</div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-banner-bottom" role="region" aria-label="We value your privacy"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to personalise ads and analyse our traffic. By clicking "Accept All", you consent to our use of cookies. <a href="{self.url(self.page_path('privacy-policy'))}" class="cky-policy">Cookie Policy</a></p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customize</button><button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<div id="AdThrive_Footer_1_desktop" class="adthrive-ad adthrive-footer adthrive-footer-1 adthrive-ad-cls"></div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1","is_header_footer_builder_active":"1"}};</script>
<script src="{self.url('/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.62')}" id="ez-toc-js-js"></script>
<script src="{self.url('/wp-content/plugins/turn-rank-math-faq-block-to-accordion/assets/js/RMFA-JS.min.js?ver=1.1.0')}" id="rmfa-js-js"></script>
</body>
</html>"""

    # -- Rank Math ---------------------------------------------------------------------------------------

    def rank_math(self, entry: Entry, title: str) -> str:
        url = self.url(self.post_path(entry))
        modified = self.modified(entry)
        author = entry.authors[0]
        pid = self.url(self.author_path(author))
        home = self.url("/")
        image = self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:24]}.jpg")
        cat = entry.categories[0] if entry.categories else ""
        graph = [
            {"@type": "Organization", "@id": f"{home}#organization", "name": self.site_name,
             "logo": {"@type": "ImageObject", "@id": f"{home}#logo", "url": self.url("/wp-content/uploads/2022/01/balanced-plate-logo.png")}},
            {"@type": "WebSite", "@id": f"{home}#website", "url": home, "name": self.site_name,
             "publisher": {"@id": f"{home}#organization"}, "inLanguage": "en-US"},
            {"@type": "ImageObject", "@id": image, "url": image, "width": "1200", "height": "800", "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": "1", "item": {"@id": home, "name": "Home"}},
                {"@type": "ListItem", "position": "2", "item": {"@id": self.url(self.category_path(cat)), "name": cat}},
                {"@type": "ListItem", "position": "3", "item": {"@id": url, "name": entry.title}}]},
            {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": title,
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "isPartOf": {"@id": f"{home}#website"}, "primaryImageOfPage": {"@id": image}, "inLanguage": "en-US",
             "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "Person", "@id": pid, "name": signed(author), "url": pid,
             "image": {"@type": "ImageObject", "@id": f"https://secure.gravatar.com/avatar/{_md5(author.name)}?s=96&d=mm&r=g",
                       "url": f"https://secure.gravatar.com/avatar/{_md5(author.name)}?s=96&d=mm&r=g",
                       "caption": signed(author), "inLanguage": "en-US"},
             "worksFor": {"@id": f"{home}#organization"}},
            {"@type": "BlogPosting", "headline": title, "keywords": entry.tags[0] if entry.tags else entry.title.lower(),
             "datePublished": entry.published.isoformat(), "dateModified": modified.isoformat(),
             "articleSection": ", ".join(entry.categories),
             "author": {"@id": pid, "name": signed(author)}, "publisher": {"@id": f"{home}#organization"},
             "description": self.teaser(entry, 24), "name": title, "@id": f"{url}#richSnippet",
             "isPartOf": {"@id": f"{url}#webpage"}, "image": {"@id": image}, "inLanguage": "en-US",
             "mainEntityOfPage": {"@id": f"{url}#webpage"}}]
        if entry.slug in self.faq:
            first, end = self.faq[entry.slug]
            blocks = entry.story.blocks[first + 1:end]
            graph.append({"@type": "FAQPage", "mainEntity": [
                {"@type": "Question", "url": f"{url}#faq-question-{_md5(q.text)[:10]}", "name": q.text,
                 "acceptedAnswer": {"@type": "Answer", "text": a.text}} for q, a in zip(blocks[::2], blocks[1::2])],
                "@id": f"{url}#faq"})
        tags = "".join(f'<meta property="article:tag" content="{self.e(t)}">\n' for t in entry.tags)
        section = f'<meta property="article:section" content="{self.e(cat)}">\n' if cat else ""
        return (f'<meta name="description" content="{self.e(self.teaser(entry, 24))}">\n'
                '<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">\n'
                f'<link rel="canonical" href="{url}">\n<meta property="og:locale" content="en_US">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{self.e(title)}">\n'
                f'<meta property="og:description" content="{self.e(self.teaser(entry, 24))}">\n'
                f'<meta property="og:url" content="{url}">\n<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'{tags}{section}<meta property="og:updated_time" content="{modified.isoformat()}">\n'
                f'<meta property="og:image" content="{image}">\n'
                f'<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                f'<meta property="article:modified_time" content="{modified.isoformat()}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:title" content="{self.e(title)}">\n'
                f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{self.e(signed(author))}">\n'
                f'<meta name="twitter:label2" content="Time to read"><meta name="twitter:data2" content="'
                f'{max(1, len(self.body_words(entry)) // 200)} minutes">\n'
                f'<script type="application/ld+json" class="rank-math-schema">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    def body_words(self, entry: Entry) -> list[str]:
        from .posts import body_text
        return body_text(entry.story.blocks).split()

    # -- post content --------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            anchor = toc_id(block.text)
            return (f'<{block.kind} class="wp-block-heading"><span class="ez-toc-section" id="{anchor}"></span>'
                    f'{self.inline(block.text)}<span class="ez-toc-section-end"></span></{block.kind}>')
        if block.kind == "figure":
            return (f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" '
                    f'src="{self.e(block.text)}" alt="{self.e(block.items[0])}"></figure>')
        if block.kind in ("ul", "ol"):
            return (f'<{block.kind} class="wp-block-list">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + f"</{block.kind}>")
        if block.kind == "quote":
            return f'<blockquote class="wp-block-quote"><p>{self.inline(block.text)}</p></blockquote>'
        if block.kind == "refs":
            return (f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{toc_id(block.text)}"></span>'
                    f'{self.e(block.text)}<span class="ez-toc-section-end"></span></h2><ul class="wp-block-list has-small-font-size">'
                    + "".join(f"<li>{self.inline(i)}</li>" for i in block.items) + "</ul>")
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                f'<iframe title="{self.e(entry.title)}" width="1200" height="675" src="{self.e(src)}?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'
                "</div></figure>")

    def faq_html(self, entry: Entry, blocks: list[Block]) -> str:
        heading = self.block_html(blocks[0], entry)
        items = "".join(
            f'<div id="faq-question-{_md5(q.text)[:10]}" class="rank-math-list-item">\n'
            f'<h3 class="rank-math-question ">{self.inline(q.text)}</h3>\n'
            f'<div class="rank-math-answer "><p>{self.inline(a.text)}</p>\n</div>\n</div>\n'
            for q, a in zip(blocks[1::2], blocks[2::2]))
        return (f'{heading}\n<div id="rank-math-faq" class="rank-math-block">\n<div class="rank-math-list ">\n'
                f"{items}</div>\n</div>")

    def toc_html(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        heads = [b.text for b in entry.story.blocks if b.kind in ("h2", "refs")]
        links = "".join(f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i}\" "
                        f'href="{url}#{toc_id(h)}" title="{self.e(_plain(h))}">{self.e(_plain(h))}</a></li>'
                        for i, h in enumerate(heads, 1))
        return ('<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter ez-toc-grey '
                'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title" '
                'style="cursor:inherit">Table of Contents</p>\n<span class="ez-toc-title-toggle"><a href="#" '
                'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table '
                'of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">'
                'Toggle</span><span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>\n'
                f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{links}</ul></nav></div>")

    def body_html(self, entry: Entry) -> str:
        blocks = entry.story.blocks
        first, end = self.faq.get(entry.slug, (-1, -1))
        out, paragraphs, ads = [], 0, 0
        toc = sum(b.kind in ("h2", "refs") for b in blocks) >= 3
        for i, block in enumerate(blocks):
            if i == first:
                out.append(self.faq_html(entry, list(blocks[first:end])))
            if first <= i < end:
                continue
            if toc and block.kind in ("h2", "refs") and not any(b.kind in ("h2", "refs") for b in blocks[:i]):
                out.append(self.toc_html(entry))
            out.append(self.block_html(block, entry))
            if block.kind == "p":
                paragraphs += 1
                if paragraphs % 3 == 0 and ads < 4:
                    ads += 1
                    out.append(AD.format(n=ads))
        return "\n\n".join(out)

    # -- the single-post template ------------------------------------------------------------------------

    def byline(self, entry: Entry) -> str:
        author = entry.authors[0]
        modified = self.modified(entry)
        if modified > entry.published:
            date = (f'<span class="posted-on"><time class="entry-date published" datetime="{entry.published.isoformat()}" '
                    f'itemprop="datePublished" style="display:none">{long_date(entry.published)}</time>'
                    f'<span class="updated-post">Last Updated on <time class="updated" datetime="{modified.isoformat()}" '
                    f'itemprop="dateModified">{long_date(modified)}</time></span></span>')
        else:
            date = (f'<span class="posted-on"><time class="entry-date published updated" datetime="{entry.published.isoformat()}" '
                    f'itemprop="datePublished">{long_date(entry.published)}</time></span>')
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>'
                         for c in entry.categories)
        return (f'<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" '
                f'itemscope="itemscope" itemprop="author"><a title="View all posts by {self.e(signed(author))}" '
                f'href="{self.url(self.author_path(author))}" rel="author" class="url fn n" itemprop="url">'
                f'<span class="author-name" itemprop="name">{self.e(signed(author))}</span></a></span> / {date} / '
                f'<span class="ast-terms-link cat-links">{cats}</span></div>')

    def reviewed(self, entry: Entry) -> str:
        if not entry.reviewer:
            return ""
        r = entry.reviewer
        return (f'<div class="medically-reviewed-by"><img class="mr-badge" src="{self.url("/wp-content/uploads/2022/03/check-badge.svg")}" '
                f'alt="" width="16" height="16"> Medically reviewed by <a href="{self.url(self.page_path("about"))}#'
                f'{slugify(r.name)}">{self.e(signed(r))}</a></div>')

    def share(self, entry: Entry, where: str) -> str:
        url = self.url(self.post_path(entry))
        nets = (("facebook", "Share", f"https://www.facebook.com/sharer/sharer.php?u={url}&amp;t={self.e(entry.title)}"),
                ("pinterest", "Pin", "#"),
                ("x", "Tweet", f"https://x.com/intent/tweet?text={self.e(entry.title)}&amp;url={url}"),
                ("email", "Email", f"mailto:?subject={self.e(entry.title)}&amp;body={url}"))
        items = "".join(f'<li class="dpsp-network-list-item dpsp-network-list-item-{n}"><a rel="nofollow noopener" href="{h}" '
                        f'class="dpsp-network-btn dpsp-{n} dpsp-first dpsp-has-label" target="_blank" aria-label="Share on {n}" '
                        f'title="Share on {n}"><span class="dpsp-network-icon"><span class="dpsp-network-icon-inner"></span></span>'
                        f'<span class="dpsp-network-label">{label}</span></a></li>' for n, label, h in nets)
        return (f'<div id="dpsp-content-{where}" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small '
                f'dpsp-has-buttons-count dpsp-show-on-mobile dpsp-button-style-1"><ul class="dpsp-networks-btns-wrapper '
                f'dpsp-networks-btns-share dpsp-networks-btns-content dpsp-column-auto dpsp-has-button-icon-animation">{items}</ul></div>')

    def author_box(self, entry: Entry) -> str:
        a = entry.authors[0]
        creds = f" and a {', '.join(a.credentials)}" if a.credentials else ""
        return (f'<div class="ast-single-author-box ast-author-container--boxed" itemprop="author" itemscope '
                f'itemtype="https://schema.org/Person"><div class="ast-author-meta"><div class="about-author-title-wrapper">'
                f'<h3 class="about-author">About The Author</h3></div><div class="ast-author-details"><div class="post-author-avatar">'
                f'<img alt="" src="https://secure.gravatar.com/avatar/{_md5(a.name)}?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" '
                f'height="100" width="100" loading="lazy"></div><div class="post-author-bio"><a class="url fn n" '
                f'href="{self.url(self.author_path(a))}" itemprop="url" rel="author"><h4 class="author-title" itemprop="name">'
                f'{self.e(signed(a))}</h4></a><div class="post-author-desc">{self.e(a.name.split()[0])} is a writer at '
                f'{self.e(self.site_name)}{self.e(creds)} who loves turning research into dinner.</div></div></div></div></div>')

    def related_html(self, entry: Entry) -> str:
        items = self.shown_related(entry)
        if not items:
            return ""
        cards = "".join(
            f'<article class="ast-related-post post-{o.post_id} post type-post status-publish format-standard has-post-thumbnail '
            f'hentry {" ".join("category-" + slugify(c) for c in o.categories)}"><div class="ast-related-posts-inner-section">'
            f'<div class="ast-related-post-content"><div class="ast-related-post-featured-section post-has-thumb"><div '
            f'class="post-thumb-img-content post-thumb"><a aria-label="Read more about {self.e(o.title)}" href="{self.url(self.post_path(o))}">'
            f'<img width="768" height="512" src="{self.url(f"/wp-content/uploads/{o.published:%Y/%m}/{o.slug[:24]}-768x512.jpg")}" '
            f'class="attachment-large size-large wp-post-image" alt="{self.e(o.title)}" decoding="async"></a></div></div>'
            f'<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a '
            f'href="{self.url(self.post_path(o))}" target="_self" rel="bookmark noopener noreferrer">{self.e(o.title)}</a></h3>'
            f'<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on">'
            f'<span class="published" itemprop="datePublished"> {long_date(o.published)} </span></span></div></header>'
            f'<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{self.e(self.teaser(o, 20))}</p>'
            "</div></div></div></article>" for o in items)
        return ('<div class="ast-single-related-posts-container ast-container--"><div class="ast-related-posts-title-section"> '
                f'<h2 class="ast-related-posts-title"> Related Posts </h2> </div><div class="ast-related-posts-wrapper">{cards}</div></div>')

    def comments_html(self, entry: Entry) -> str:
        n = self.commented(entry)
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        rows = []
        for k in range(n):
            cid = entry.post_id * 10 + k
            name, _ = COMMENTERS[(entry.post_id + k) % len(COMMENTERS)]
            when = later(entry.published, f"astra:c:{cid}", 1, 40)
            reply = ""
            if k == 0:
                rid = cid + 5
                rwhen = later(when, f"astra:r:{rid}", 0, 3)
                reply = (f'<ol class="children"><li class="comment byuser comment-author-{login(author)} bypostauthor odd alt '
                         f'depth-2" id="li-comment-{rid}">' + self.comment(rid, signed(author), rwhen, REPLY, url) + "</li></ol>")
            rows.append(f'<li class="comment {"even thread-even" if k % 2 == 0 else "odd alt thread-odd"} depth-1" '
                        f'id="li-comment-{cid}">' + self.comment(cid, name, when, COMMENTS[(entry.post_id + k) % len(COMMENTS)], url)
                        + reply + "</li>")
        count = n + (1 if n else 0)
        listing = (f'<div class="comments-count-wrapper"><h3 class="comments-title">{count} '
                   f'{"thought" if count == 1 else "thoughts"} on &ldquo;{self.e(entry.title)}&rdquo;</h3></div>'
                   f'<ol class="ast-comment-list">{"".join(rows)}</ol>') if n else ""
        return (f'<div id="comments" class="comments-area comment-form-position-below">{listing}'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment '
                f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a>'
                f'</small></h3><form action="{self.url("/wp-comments-post.php")}" method="post" id="ast-commentform" class="comment-form">'
                '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked '
                '<span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment">'
                '<legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-lg-12"><label for="comment" '
                'class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" '
                'rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">'
                '<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" '
                'class="screen-reader-text">Name*</label><input id="author" name="author" type="text" value="" placeholder="Name*" size="30" '
                'aria-required="true"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">'
                '<label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" value="" '
                'placeholder="Email*" size="30" aria-required="true"></p></div><p class="form-submit"><input name="submit" type="submit" '
                f'id="submit" class="submit" value="Post Comment &raquo;"><input type="hidden" name="comment_post_ID" value="{entry.post_id}" '
                'id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')

    def comment(self, cid: int, name: str, when, text: str, url: str) -> str:
        return (f'<article id="comment-{cid}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">'
                f'<img alt="" src="https://secure.gravatar.com/avatar/{_md5(name)}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" '
                f'height="50" width="50" loading="lazy"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">'
                f'<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">'
                f'<cite><b class="fn">{self.e(name)}</b> </cite></div><div class="ast-comment-time"><span class="timendate">'
                f'<a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}">{long_date(when)} at {when:%I:%M %p}</time>'
                f'</a></span></div></header></div></div></div><section class="ast-comment-content comment"><p>{self.e(text)}</p>'
                f'<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" '
                f'href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="0" data-belowelement="comment-{cid}" '
                f'data-respondelement="respond" data-replyto="Reply to {self.e(name)}" aria-label="Reply to {self.e(name)}">Reply</a>'
                "</span></div></section></article>")

    def post_navigation(self, entry: Entry) -> str:
        older, newer = self.neighbours(entry)
        side = lambda o, cls, rel, label: (
            f'<div class="{cls}"><a title="{self.e(o.title)}" href="{self.url(self.post_path(o))}" rel="{rel}">'
            f'<span class="ast-post-nav" aria-hidden="true">{label}</span> <p> {self.e(o.title)} </p></a></div>' if o else "")
        return ('<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
                f'{side(older, "nav-previous", "prev", "&larr; Previous")}{side(newer, "nav-next", "next", "Next &rarr;")}</div></nav>')

    def render_article(self, entry: Entry) -> str:
        title = f"{entry.title} - {self.site_name}"
        cat = entry.categories[0] if entry.categories else ""
        crumbs = (f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{self.url("/")}">Home</a>'
                  f'<span class="separator"> &raquo; </span><a href="{self.url(self.category_path(cat))}">{self.e(cat)}</a>'
                  f'<span class="separator"> &raquo; </span><span class="last">{self.e(entry.title)}</span></p></nav>')
        classes = (f"post-{entry.post_id} post type-post status-publish format-standard has-post-thumbnail hentry "
                   + " ".join("category-" + slugify(c) for c in entry.categories) + " "
                   + " ".join("tag-" + slugify(t) for t in entry.tags) + " ast-article-single")
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        footer = (f'<footer class="entry-footer"><div class="ast-tags-meta"><span class="tags-links">Tags: {tags}</span></div></footer>'
                  if entry.tags else "")
        disclaimer = ('<p class="affiliate-disclosure"><em>This post may contain affiliate links. As an Amazon Associate we earn '
                      'from qualifying purchases.</em></p>') if entry.story.kind == "article" else ""
        main = f"""<div id="primary" class="content-area primary">
{crumbs}
<main id="main" class="site-main">
<article class="{classes}" id="post-{entry.post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
<div class="ast-single-post-order"><h1 class="entry-title" itemprop="headline">{self.e(entry.title)}</h1>{self.byline(entry)}</div>
{self.reviewed(entry)}
</header>
<div class="post-thumb-img-content post-thumb"><img width="1200" height="800" src="{self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.slug[:24]}.jpg")}" class="attachment-large size-large wp-post-image" alt="{self.e(entry.title)}" itemprop="image" decoding="async" fetchpriority="high"></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{self.share(entry, "top")}
{disclaimer}
{self.body_html(entry)}
{self.share(entry, "bottom")}
</div>
{footer}
{self.author_box(entry)}
</div>
</article>
{self.post_navigation(entry)}
{self.related_html(entry)}
{self.comments_html(entry)}
</main>
</div>"""
        body_class = (f"post-template-default single single-post postid-{entry.post_id} single-format-standard wp-custom-logo "
                      "ast-single-post ast-inherit-site-logo-transparent ast-hfb-header")
        head = self.rank_math(entry, title)
        return self.document(title, body_class, main, head)

    # -- listings and pages ------------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        author = e.authors[0]
        return (f'<article class="post-{e.post_id} post type-post status-publish format-standard has-post-thumbnail hentry '
                f'{" ".join("category-" + slugify(c) for c in e.categories)} ast-grid-common-col ast-full-width ast-article-post" '
                f'id="post-{e.post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- '
                f'blog-layout-4 ast-article-inner"><div class="post-content ast-grid-common-col"><div class="ast-blog-featured-section '
                f'post-thumb ast-blog-single-element"><div class="post-thumb-img-content post-thumb"><a href="{self.url(self.post_path(e))}">'
                f'<img width="768" height="512" src="{self.url(f"/wp-content/uploads/{e.published:%Y/%m}/{e.slug[:24]}-768x512.jpg")}" '
                f'class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async"></a></div></div>'
                f'<h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{self.url(self.post_path(e))}" '
                f'rel="bookmark">{self.e(e.title)}</a></h2><header class="entry-header ast-blog-single-element ast-blog-meta-container">'
                f'<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" '
                f'itemprop="author"><a title="View all posts by {self.e(signed(author))}" href="{self.url(self.author_path(author))}" '
                f'rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{self.e(signed(author))}</span>'
                f'</a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> {long_date(e.published)} '
                f'</span></span></div></header><div class="ast-excerpt-container ast-blog-single-element"><p>{self.e(self.teaser(e))}</p>'
                f'</div><p class="read-more"> <a class="" href="{self.url(self.post_path(e))}"> <span class="screen-reader-text">'
                f'{self.e(e.title)}</span>Read More &raquo;</a></p><div class="entry-content clear" itemprop="text"></div></div></div></article>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n
                       else f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>' for k in range(1, pages + 1))
        if n > 1:
            nums = f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}">&larr; Previous</a>' + nums
        if n < pages:
            nums += f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Next &rarr;</a>'
        home = path_of(1) == "/"
        kind = ("" if home else "Author: " if path_of(1).startswith("/author/") else
                "Tag: " if path_of(1).startswith("/tag/") else "Category: ")
        header = "" if home else (f'<section class="ast-archive-description"><h1 class="page-title ast-archive-title">'
                                  f'{kind}<span>{self.e(title)}</span></h1></section>')
        main = (f'<div id="primary" class="content-area primary ast-grid-3 ast-blog-layout-4-grid">{header}<main id="main" class="site-main">'
                f'<div class="ast-row">{"".join(self.card(e) for e in items)}</div>'
                f'<div class="ast-pagination"><nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">'
                f'Posts navigation</h2><div class="nav-links">{nums}</div></nav></div></main></div>')
        label = (f"{self.site_name} - Evidence-based nutrition from registered dietitians" if home
                 else f"{title} - {self.site_name}") + (f" - Page {n} of {pages}" if n > 1 else "")
        canonical = f'<link rel="canonical" href="{self.url(path_of(n))}">\n'
        rels = (f'<link rel="prev" href="{self.url(path_of(n - 1))}">\n' if n > 1 else "") + (
            f'<link rel="next" href="{self.url(path_of(n + 1))}">\n' if n < pages else "")
        head = (f'<meta name="robots" content="{"index" if n == 1 else "noindex"}, follow">\n{canonical}{rels}'
                '<meta property="og:type" content="website">\n')
        body_class = ("home blog" if home else "archive " + ("author" if kind == "Author: " else "tag" if kind == "Tag: " else "category"))
        return self.document(label, f"{body_class} wp-custom-logo ast-hfb-header ast-blog-grid-3", main, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "\n\n".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 20 + len(slug)
        main = (f'<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="post-{pid} page '
                f'type-page status-publish ast-article-single" id="post-{pid}" itemtype="https://schema.org/CreativeWork" '
                f'itemscope="itemscope"><header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" '
                f'itemprop="headline">{self.e(title)}</h1></header><div class="entry-content clear" data-ast-blocks-layout="true" '
                f'itemprop="text">{body}</div></article></main></div>')
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(self.site_name)}">\n')
        return self.document(f"{title} - {self.site_name}", f"page-template-default page page-id-{pid} wp-custom-logo ast-page-builder-template",
                             main, head, sidebar=False)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def _plain(markup: str) -> str:
    from .posts import plain
    return plain(markup)
