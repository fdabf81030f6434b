"""shopify (held out): a supplement and nutrition brand's blog on Shopify, as a Dawn-based theme renders it.

Modelled on Shopify's Dawn theme as published in ``Shopify/dawn`` (``sections/main-article.liquid``:
``<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">``, the
``article-template__hero-container`` image, a ``header`` with ``h1.article-template__title`` and the
date in ``span.circle-divider.caption-with-letter-spacing`` (a ``time_tag``) followed by the author
string in ``span[itemprop=author] > span[itemprop=name]``, the body in
``div.article-template__content.rte[itemprop=articleBody]``, the ``share-button`` element, the "Back to
blog" link, the comment form posting to ``/blogs/<blog>/<slug>/comments`` and the JSON-LD Article whose
``author`` is a plain string; ``sections/main-blog.liquid`` and ``snippets/article-card.liquid`` for
listings (``blog-articles__article article``, ``card-wrapper``, ``card__heading``,
``card__information``, ``circle-divider`` date and author, ``pagination`` snippet with ``?page=N``);
``snippets/card-product.liquid`` for product cards (``product-card-wrapper``, ``price__regular``,
``price-item``, an "Add to cart" ``product-form`` button); ``sections/related-products.liquid`` "You may
also like" (product recommendations: Dawn has no related-posts block); the announcement bar,
``header__icons`` cart link, ``cart-drawer``, the newsletter ``contact[tags]=newsletter`` form,
Shopify's standard robots.txt and the ``sitemap.xml`` index of ``sitemap_products_1.xml?from=..&to=..``,
``sitemap_pages_1.xml``, ``sitemap_collections_1.xml`` and ``sitemap_blogs_1.xml``.

The store's theme was customised as many supplement stores are: a tag list under the body (Debut's
``tags--article`` list linking ``/blogs/<blog>/tagged/<tag>``), an app block "Shop the article"
carousel after the body inside the ``article`` element, and, in some posts, a "Shop now" product
callout the merchant pasted into the rich text (inside ``.rte``; a reader does not count it as the
article). Two blogs: ``/blogs/news`` and ``/blogs/health-journal``, each with tag pages and ``?page=2``
pagination. One author per post, a free-text string that sometimes carries credentials
("Marcus Bell, RD"). No related posts. Products and collections are typed "other".
"""
from __future__ import annotations

import hashlib
import json
from datetime import timezone
from functools import partial

from . import texts
from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, long_date

BRAND = "Verdant Nutrition"
DOMAIN = "verdantnutrition.com"
CDN = "//verdantnutrition.com/cdn/shop"
BLOGS = {"news": "News", "health-journal": "Health Journal"}
PRODUCTS = [
    ("daily-multivitamin", "Daily Multivitamin", "$29.00"),
    ("omega-3-fish-oil", "Omega-3 Fish Oil", "$34.00"),
    ("magnesium-glycinate", "Magnesium Glycinate", "$24.00"),
    ("vitamin-d3-k2", "Vitamin D3 + K2", "$22.00"),
    ("plant-protein-vanilla", "Plant Protein, Vanilla", "$49.00"),
    ("probiotic-50-billion", "Probiotic 50 Billion", "$39.00"),
]
COLLECTIONS = {"all": "All products", "vitamins": "Vitamins", "protein": "Protein"}
ROBOTS = """# we use Shopify as our ecommerce platform

User-agent: *
Disallow: /a/downloads/-/*
Disallow: /admin
Disallow: /cart
Disallow: /orders
Disallow: /checkouts/
Disallow: /checkout
Disallow: /carts
Disallow: /account
Disallow: /collections/*sort_by*
Disallow: /*/collections/*sort_by*
Disallow: /collections/*+*
Disallow: /collections/*%2B*
Disallow: /collections/*%2b*
Disallow: /*/collections/*+*
Disallow: /blogs/*+*
Disallow: /blogs/*%2B*
Disallow: /blogs/*%2b*
Disallow: /*/blogs/*+*
Disallow: /*?*oseid=*
Disallow: /*preview_theme_id*
Disallow: /*preview_script_id*
Disallow: /policies/
Disallow: /search
Disallow: /apple-app-site-association
Disallow: /.well-known/shopify/monorail
Disallow: /cdn/wpm/*.js
Disallow: /recommendations/products
Disallow: /*/recommendations/products

Sitemap: {sitemap}
"""


def h(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


class Shopify(ZooSite):
    family = "shopify"
    site_name = BRAND
    declared_language = "en"
    per_page = 8
    author_pages = False
    plan = Plan(seed="shopify", count=36, languages=("en",), authors=5, co_authors=0.0, reviewed=0.0,
                tz_hours=-5, related=(0,), tags_are_categories=True)

    def dress(self, entry: Entry) -> Entry:
        entry.categories = ()
        return entry

    # -- paths ------------------------------------------------------------------------------------

    def blog_of(self, entry: Entry) -> str:
        return "health-journal" if int(h("blog", entry.slug)[:2], 16) % 3 == 0 else "news"

    def post_path(self, entry: Entry) -> str:
        return f"/blogs/{self.blog_of(entry)}/{entry.slug}"

    def blog_path(self, blog: str, n: int = 1) -> str:
        return f"/blogs/{blog}" if n == 1 else f"/blogs/{blog}?page={n}"

    def tagged_path(self, blog: str, tag: str, n: int = 1) -> str:
        base = f"/blogs/{blog}/tagged/{slugify(tag)}"
        return base if n == 1 else f"{base}?page={n}"

    def page_path(self, slug: str) -> str:
        return "/policies/privacy-policy" if slug == "privacy-policy" else f"/pages/{slug}"

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, "text/plain")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        for blog, title in BLOGS.items():
            items = [e for e in self.newest if self.blog_of(e) == blog]
            self.add_listing(title, items, partial(self.blog_path, blog))
            tags: dict[str, list[Entry]] = {}
            for e in items:
                for t in e.tags:
                    tags.setdefault(t, []).append(e)
            for tag, tagged in tags.items():
                self.add_listing(f"{title}|{tag}", tagged, partial(self.tagged_path, blog, tag))
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        self.add("/", "page", self.home)
        for handle, name, price in PRODUCTS:
            self.add(f"/products/{handle}", "other", partial(self.product, handle, name, price))
        for handle, name in COLLECTIONS.items():
            self.add(f"/collections/{handle}", "other", partial(self.collection, handle, name))
        for path, title in (("/cart", "Your cart"), ("/search", "Search"), ("/account/login", "Login")):
            self.add(path, "other", partial(self.simple, title))
        xml = "application/xml; charset=utf-8"
        self.add("/sitemap.xml", "other", self.sitemap_xml, xml)
        self.add("/sitemap_products_1.xml", "other",
                 lambda: self.sitemap([f"/products/{p[0]}" for p in PRODUCTS]), xml)
        self.add("/sitemap_pages_1.xml", "other",
                 lambda: self.sitemap([self.page_path(s) for s in texts.EVERGREEN]), xml)
        self.add("/sitemap_collections_1.xml", "other",
                 lambda: self.sitemap([f"/collections/{c}" for c in COLLECTIONS]), xml)
        self.add("/sitemap_blogs_1.xml", "other", lambda: self.sitemap(
            [*(f"/blogs/{b}" for b in BLOGS), *(self.post_path(e) for e in self.newest)]), xml)
        for blog, title in BLOGS.items():
            self.add(f"/blogs/{blog}.atom", "other", partial(self.atom, blog, title),
                     "application/atom+xml; charset=utf-8")

    def robots(self) -> str:
        return ROBOTS.replace("{sitemap}", self.url("/sitemap.xml"))

    def sitemap_xml(self) -> str:
        return self.sitemap_index(["/sitemap_products_1.xml?from=7012345678901&to=7012345679999",
                                   "/sitemap_pages_1.xml", "/sitemap_collections_1.xml", "/sitemap_blogs_1.xml"])

    def atom(self, blog: str, title: str) -> str:
        rows = "".join(f"<entry><id>https://{DOMAIN}{self.post_path(e)}</id><published>{e.published.isoformat()}</published>"
                       f'<link rel="alternate" type="text/html" href="{self.url(self.post_path(e))}"/>'
                       f"<title>{self.e(e.title)}</title><author><name>{self.e(self.author_string(e))}</name></author>"
                       f'<summary type="html">{self.e(self.teaser(e))}</summary></entry>'
                       for e in self.newest if self.blog_of(e) == blog)
        return (f'<?xml version="1.0" encoding="UTF-8"?><feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">'
                f"<id>https://{DOMAIN}/blogs/{blog}</id><title>{BRAND} - {title}</title>{rows}</feed>")

    # -- helpers ------------------------------------------------------------------------------------

    def author_string(self, entry: Entry) -> str:
        """Shopify's article.author: the staff member's name, typed with credentials by some writers."""
        return entry.authors[0].display

    def img(self, key: str, width: int = 1100) -> str:
        return f"{CDN}/articles/{key}.jpg?v=17{int(h('v', key)[:8], 16) % 10**8:08d}&amp;width={width}"

    def time_tag(self, entry: Entry) -> str:
        stamp = entry.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f'<time datetime="{stamp}">{entry.published:%B} {entry.published.day}, {entry.published.year}</time>'

    def product_card(self, handle: str, name: str, price: str, key: str) -> str:
        pid = 7012345678900 + int(h("p", handle)[:4], 16) % 999
        vid = 41000000000000 + int(h("v", handle)[:6], 16)
        return f"""<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media" style="--ratio-percent: 100.0%;"><div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100.0%;"><div class="card__media"><div class="media media--transparent media--hover-effect"><img src="{CDN}/files/{handle}.jpg?v=1712345678&amp;width=533" alt="{self.e(name)}" class="motion-reduce" loading="lazy" width="1200" height="1200"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-{key}-{pid}"><a href="/products/{handle}" id="CardLink-{key}-{pid}" class="full-unstyled-link" aria-labelledby="CardLink-{key}-{pid} Badge-{key}-{pid}">{self.e(name)}</a></h3><div class="card-information"><span class="caption-large light"></span><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">{price} USD</span></div></div></div></div></div><div class="quick-add no-js-hidden"><product-form data-section-id="{key}"><form method="post" action="/cart/add" id="quick-add-{key}{pid}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="id" value="{vid}" class="product-variant-id"><button id="quick-add-{key}{pid}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog"><span>Add to cart</span></button></form></product-form></div></div></div></div>"""

    def products_for(self, entry: Entry, n: int) -> list[tuple[str, str, str]]:
        start = int(h("prod", entry.slug)[:4], 16) % len(PRODUCTS)
        return [PRODUCTS[(start + i) % len(PRODUCTS)] for i in range(n)]

    # -- frame ----------------------------------------------------------------------------------------

    def header(self) -> str:
        nav = "".join(f'<li><a href="{p}" class="header__menu-item list-menu__item link link--text focus-inset">'
                      f'<span>{t}</span></a></li>' for p, t in
                      (("/collections/all", "Shop all"), ("/collections/vitamins", "Vitamins"),
                       ("/collections/protein", "Protein"), ("/blogs/news", "Blog"),
                       ("/blogs/health-journal", "Health Journal"), ("/pages/about", "Our story")))
        return f"""<div id="shopify-section-sections--2214__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-3 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free shipping on orders over $50 · Subscribe &amp; save 15%</span></p></div></div></div></div></div>
<div id="shopify-section-sections--2214__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="{CDN}/files/verdant-logo.png?v=1699999999&amp;width=600" alt="{BRAND}" width="140" height="40" class="header__heading-logo motion-reduce"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{nav}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>Search</span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><form action="/search" method="get" role="search" class="search search-modal__form"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search"><input type="hidden" name="options[prefix]" value="last"></form></div></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>"""

    def cart_drawer(self) -> str:
        return """<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div><div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Your cart is empty</h2><button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="Close"></button><a href="/collections/all" class="button">Continue shopping</a></div></div></div><div class="drawer__header"><h2 class="drawer__heading">Your cart</h2></div><cart-drawer-items class="is-empty"><form action="/cart" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post"><div id="CartDrawer-CartItems" class="drawer__contents js-contents"><p id="CartDrawer-LiveRegionText" class="visually-hidden" role="status"></p></div></form></cart-drawer-items><div class="drawer__footer"><div class="cart-drawer__footer"><div class="totals" role="status"><h2 class="totals__total">Estimated total</h2><p class="totals__total-value">$0.00 USD</p></div><small class="tax-note caption-large rte">Taxes, discounts and shipping calculated at checkout.</small></div><div class="cart__ctas"><button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button" name="checkout" form="CartDrawer-Form" disabled>Check out</button></div></div></div></div></cart-drawer>"""

    def newsletter(self) -> str:
        return """<div class="shopify-section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-2 gradient content-container isolate content-container--full-width section-template--newsletter-padding"><h2 class="inline-richtext h2">Join the Verdant list</h2><div class="newsletter__subheading rte"><p>Get 10% off your first order, plus new articles from our dietitians.</p></div><div><form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">Subscribe</button></div></div></form></div></div></div></div>"""

    def footer(self) -> str:
        cols = "".join(f'<li><a href="{p}" class="link link--text list-menu__item list-menu__item--link">{t}</a></li>'
                       for p, t in (("/search", "Search"), ("/pages/about", "Our story"), ("/pages/contact", "Contact"),
                                    ("/pages/start-here", "Start here"), ("/policies/privacy-policy", "Privacy policy"),
                                    ("/blogs/news", "Blog")))
        return (f'{self.newsletter()}<footer class="footer color-scheme-1 gradient section-sections--2215__footer-padding">'
                f'<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">'
                f'<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>'
                f'<ul class="footer-block__details-content list-unstyled">{cols}</ul></div><div class="footer-block grid__item">'
                '<h2 class="footer-block__heading inline-richtext">Our mission</h2><div class="footer-block__details-content rte">'
                "<p>Clean, third-party tested supplements and honest nutrition advice. *These statements have not been evaluated "
                "by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any "
                "disease.</p></div></div></div></div><div class=\"footer__content-bottom\"><div class=\"footer__copyright caption\">"
                f'<small class="copyright__content">&copy; 2025, <a href="/" title="">{BRAND}</a></small>'
                '<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>'
                "</div></div></footer>")

    def document(self, title: str, description: str, body: str, template: str, og_type: str = "website",
                 canonical: str = "/", extra_head: str = "") -> str:
        return f"""<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical" href="https://{DOMAIN}{canonical}"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>{self.e(title)}</title><meta name="description" content="{self.e(description)}">
<meta property="og:site_name" content="{BRAND}"><meta property="og:url" content="https://{DOMAIN}{canonical}"><meta property="og:title" content="{self.e(title)}"><meta property="og:type" content="{og_type}"><meta property="og:description" content="{self.e(description)}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{self.e(title)}"><meta name="twitter:description" content="{self.e(description)}">{extra_head}
<script src="{CDN}/t/12/assets/constants.js?v=132983761750457495441712345678" defer="defer"></script><script src="{CDN}/t/12/assets/global.js?v=837810235245837214171712345678" defer="defer"></script>
<script>window.Shopify = window.Shopify || {{}};Shopify.shop = "verdant-nutrition.myshopify.com";Shopify.locale = "en";Shopify.currency = {{"active":"USD","rate":"1.0"}};Shopify.country = "US";Shopify.theme = {{"name":"Dawn","id":132456789012,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"}};</script>
<link href="{CDN}/t/12/assets/base.css?v=144968985024194912401712345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
{self.cart_drawer()}
{self.header()}
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{body}
</main>
{self.footer()}
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li><li id="a11y-new-window-message">Opens in a new window.</li></ul>
</body></html>"""

    # -- articles ---------------------------------------------------------------------------------------

    def shop_now(self, entry: Entry) -> str:
        handle, name, price = self.products_for(entry, 1)[0]
        return (f'<div style="border: 1px solid #e3e3e3; padding: 16px; text-align: center;"><p><strong>{self.e(name)}</strong>'
                f"<br>Our dietitian's pick for this topic: {price}</p>"
                f'<p><a href="/products/{handle}" title="{self.e(name)}"><img src="{CDN}/files/{handle}.jpg?v=1712345678" '
                f'alt="{self.e(name)}" width="240"></a></p><p><a href="/products/{handle}" class="button">Shop now</a></p></div>')

    def body_html(self, entry: Entry) -> str:
        parts = [self.block_html(b, entry) for b in entry.story.blocks]
        if int(h("inline", entry.slug)[:2], 16) % 2 == 0 and len(parts) > 2:
            parts.insert(len(parts) // 2, self.shop_now(entry))
        return "\n".join(parts)

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return f"<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind == "figure":
            name = block.text.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            return f'<p><img src="{CDN}/files/{self.e(name)}.jpg?v=1712345678" alt="{self.e(block.items[0])}"></p>'
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<p><iframe width="560" height="315" src="{self.e(src)}" title="YouTube video player" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen=""></iframe></p>')

    def ld_json(self, entry: Entry) -> str:
        from .posts import body_text
        data = {"@context": "http://schema.org", "@type": "Article", "articleBody": body_text(entry.story.blocks),
                "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://{DOMAIN}{self.post_path(entry)}"},
                "headline": entry.title, "description": self.teaser(entry, 30),
                "image": [f"https:{CDN}/articles/{entry.slug}.jpg?v=1712345678&width=1600"],
                "datePublished": entry.published.isoformat(), "dateCreated": entry.published.isoformat(),
                "author": self.author_string(entry),
                "publisher": {"@type": "Organization", "logo": {"@type": "ImageObject", "height": 40,
                              "url": f"https:{CDN}/files/verdant-logo.png?v=1699999999", "width": 140}, "name": BRAND}}
        return f'<script type="application/ld+json">\n{json.dumps(data, indent=2)}\n</script>'

    def render_article(self, entry: Entry) -> str:
        blog = self.blog_of(entry)
        path = self.post_path(entry)
        aid = 556677000000 + entry.post_id
        tags = "".join(f'<li><a href="{self.tagged_path(blog, t)}">{self.e(t)}</a></li>' for t in entry.tags)
        carousel = "".join(f'<li class="grid__item slider__slide">{self.product_card(*p, key="shop-article")}</li>'
                           for p in self.products_for(entry, 3))
        recs = "".join(f'<li class="grid__item">{self.product_card(*p, key="related")}</li>'
                       for p in self.products_for(entry, 4)[::-1])
        comments = ""
        if entry.post_id % 4 == 1:
            comments = (f'<h2 id="Comments-{aid}" tabindex="-1">2 comments</h2><div class="article-template__comments">'
                        '<article id="1011" class="article-template__comments-comment"><p>I started taking magnesium at night after '
                        'reading this and my sleep is so much better. Thank you!</p><footer class="right"><span class="circle-divider '
                        'caption-with-letter-spacing">Jessica T.</span><span class="caption-with-letter-spacing"><time datetime="2024-02-03T15:12:44Z">February 3, 2024</time></span></footer></article>'
                        '<article id="1012" class="article-template__comments-comment"><p>Is this safe to take while pregnant?</p>'
                        '<footer class="right"><span class="circle-divider caption-with-letter-spacing">Priya</span><span class="caption-with-letter-spacing">'
                        '<time datetime="2024-03-11T09:40:02Z">March 11, 2024</time></span></footer></article></div>')
        body = f"""<div id="shopify-section-template--2216__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img srcset="{self.img(entry.slug, 350)} 350w, {self.img(entry.slug, 750)} 750w, {self.img(entry.slug, 1100)} 1100w" sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw" src="{self.img(entry.slug)}" loading="lazy" width="1600" height="900" alt="{self.e(entry.title)}"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">{self.e(entry.title)}</h1><span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">{self.time_tag(entry)}</span><span class="caption-with-letter-spacing" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{self.e(self.author_string(entry))}</span></span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">{self.body_html(entry)}</div>
<div class="page-width page-width--narrow"><ul class="tags tags--article inline-list" aria-label="Tags"><li class="tags__title">Tagged:</li>{tags}</ul></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-{aid}" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-{aid}"><summary class="share-button__button"><span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field"><span class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-{aid}" value="https://{DOMAIN}{path}" placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-{aid}">Link</label></div></div></details></share-button></div>
<div class="page-width page-width--narrow"><div id="shopify-block-AcF{h('app', blog)[:10]}" class="shopify-app-block"><div class="shop-the-article"><h2 class="title inline-richtext h2">Shop the article</h2><slider-component class="slider-mobile-gutter"><ul class="grid product-grid contains-card contains-card--product grid--3-col-desktop slider slider--tablet" role="list" aria-label="Slider">{carousel}</ul></slider-component></div></div></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/{blog}" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M8.537.808a.5.5 0 01.817-.162l4 4a.5.5 0 010 .708l-4 4a.5.5 0 11-.708-.708L11.793 5.5H1a.5.5 0 010-1h10.793L8.646 1.354a.5.5 0 01-.109-.546z" fill="currentColor"></path></svg></span>Back to {BLOGS[blog]}</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">{comments}<form method="post" action="/blogs/{blog}/{entry.slug}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓"><h2>Leave a comment</h2><div class="article-template__comments-fields"><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" aria-required="true" required placeholder="Name"><label class="field__label" for="CommentForm-author">Name<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" aria-required="true" required placeholder="Email"><label class="field__label" for="CommentForm-email">Email<span aria-hidden="true">*</span></label></div></div><div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" aria-required="true" required placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment<span aria-hidden="true">*</span></label></div></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div>
</article>
{self.ld_json(entry)}
</div>
<div id="shopify-section-template--2216__related-products" class="shopify-section"><product-recommendations class="related-products page-width section-template--2216__related-products-padding isolate" data-url="/recommendations/products?limit=4&amp;section_id=template--2216__related-products&amp;product_id=7012345678911"><h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">{recs}</ul></product-recommendations></div>"""
        og = (f'<meta property="og:image" content="http:{self.img(entry.slug, 1600)}"><meta property="og:image:width" content="1600">'
              f'<meta property="og:image:height" content="900">')
        return self.document(f"{entry.title} – {BRAND}", self.teaser(entry, 30), body, "article", "article", path, og)

    # -- listings ------------------------------------------------------------------------------------------

    def card(self, e: Entry) -> str:
        return f"""<div class="blog-articles__article article"><div class="article-card-wrapper card-wrapper underline-links-hover"><div class="card article-card card--standard card--media" style="--ratio-percent: 60.24%;"><div class="card__inner color-scheme-2 gradient ratio"><div class="article-card__image-wrapper card__media"><div class="article-card__image media media--hover-effect"><img srcset="{self.img(e.slug, 533)} 533w, {self.img(e.slug, 750)} 750w" src="{self.img(e.slug, 533)}" alt="{self.e(e.title)}" class="motion-reduce" loading="lazy" width="1600" height="900"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h2"><a href="{self.post_path(e)}" class="full-unstyled-link">{self.e(e.title)}</a></h3><div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">{self.time_tag(e)}</span><span>{self.e(self.author_string(e))}</span></div><p class="article-card__excerpt rte-width">{self.e(self.teaser(e, 30))}</p><div class="article-card__footer"></div></div></div></div></div></div>"""

    def pagination(self, path_of, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<li><a href="{path_of(n - 1)}" class="pagination__item pagination__item--prev pagination__item-arrow link motion-reduce" aria-label="Previous page"><span>‹</span></a></li>')
        for i in range(1, pages + 1):
            if i == n:
                items.append(f'<li><span class="pagination__item pagination__item--current" aria-current="page" aria-label="Page {i}">{i}</span></li>')
            else:
                items.append(f'<li><a href="{path_of(i)}" class="pagination__item link" aria-label="Page {i}">{i}</a></li>')
        if n < pages:
            items.append(f'<li><a href="{path_of(n + 1)}" class="pagination__item pagination__item--next pagination__item-arrow link motion-reduce" aria-label="Next page"><span>›</span></a></li>')
        return (f'<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Pagination">'
                f'<ul class="pagination__list list-unstyled" role="list">{"".join(items)}</ul></nav></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        blog_title, _, tag = title.partition("|")
        blog = next(b for b, t in BLOGS.items() if t == blog_title)
        all_tags = sorted({t for e in self.entries if self.blog_of(e) == blog for t in e.tags})
        filter_links = "".join(f'<li><a href="{self.tagged_path(blog, t)}"{" aria-current=" + chr(34) + "page" + chr(34) if t == tag else ""}>{self.e(t)}</a></li>' for t in all_tags)
        body = f"""<div id="shopify-section-template--2217__main" class="shopify-section"><div class="main-blog page-width section-template--2217__main-padding"><h1 class="title--primary">{self.e(blog_title)}</h1><div class="blog-tags"><ul class="blog-tags__list list-unstyled" role="list"><li><a href="/blogs/{blog}">All</a></li>{filter_links}</ul></div><div class="blog-articles blog-articles--collage">{''.join(self.card(e) for e in items)}</div>{self.pagination(path_of, n, pages)}</div></div>"""
        page_title = f"{blog_title} – {BRAND}" if not tag else f"{blog_title} – Tagged \"{tag}\" – {BRAND}"
        if n > 1:
            page_title = page_title.replace(f" – {BRAND}", f" – Page {n} – {BRAND}")
        return self.document(page_title, f"Articles from the {BRAND} team.", body, "blog", "website", path_of(n))

    # -- other pages ---------------------------------------------------------------------------------------

    def home(self) -> str:
        cards = "".join(f'<li class="grid__item">{self.product_card(*p, key="featured")}</li>' for p in PRODUCTS[:4])
        posts = "".join(self.card(e) for e in self.newest[:3])
        body = (f'<div class="shopify-section"><div class="banner"><div class="banner__box content-container"><h2 class="banner__heading h0">'
                "Clean supplements, backed by science</h2><div class=\"banner__text rte\"><p>Third-party tested. Dietitian approved.</p></div>"
                f'<a href="/collections/all" class="button button--primary">Shop all</a></div></div></div><div class="shopify-section">'
                f'<div class="collection page-width"><h2 class="title">Bestsellers</h2><ul class="grid product-grid" role="list">{cards}</ul></div></div>'
                f'<div class="shopify-section"><div class="blog page-width"><h2 class="blog__title">From the blog</h2>'
                f'<div class="blog__posts articles-wrapper">{posts}</div><a href="/blogs/news" class="button">View all</a></div></div>')
        return self.document(BRAND, "Clean, third-party tested supplements and nutrition advice.", body, "index")

    def product(self, handle: str, name: str, price: str) -> str:
        body = (f'<section class="shopify-section section"><div class="product page-width"><div class="product__info-wrapper">'
                f'<h1 class="product__title">{self.e(name)}</h1><div class="price"><span class="price-item price-item--regular">{price} USD</span></div>'
                f'<div class="product__description rte"><p>{self.e(name)} is made in a GMP-certified facility and tested by an '
                "independent lab for purity and potency. Take as directed on the label.</p></div>"
                f'<form method="post" action="/cart/add"><button type="submit" name="add" class="product-form__submit button">Add to cart</button>'
                "</form></div></div></section>")
        return self.document(f"{name} – {BRAND}", f"{name} from {BRAND}.", body, "product", "product", f"/products/{handle}")

    def collection(self, handle: str, name: str) -> str:
        cards = "".join(f'<li class="grid__item">{self.product_card(*p, key="collection")}</li>' for p in PRODUCTS)
        body = (f'<div class="shopify-section"><div class="collection-hero"><h1 class="collection-hero__title">{self.e(name)}</h1></div>'
                f'<div class="page-width"><ul id="product-grid" class="grid product-grid" role="list">{cards}</ul></div></div>')
        return self.document(f"{name} – {BRAND}", f"{name} from {BRAND}.", body, "collection", "website",
                             f"/collections/{handle}")

    def simple(self, title: str) -> str:
        return self.document(f"{title} – {BRAND}", title, f'<div class="page-width"><h1>{self.e(title)}</h1></div>', "page")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        paras = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        body = (f'<div class="shopify-section section"><div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">'
                f'{self.e(title)}</h1><div class="rte">{paras}</div></div></div>')
        return self.document(f"{title} – {BRAND}", paragraphs[0][:150], body, "page", "website", self.page_path(slug))
