"""What kind of page this is, from what the page says of itself before how much text it has.

CMSs and themes write the kind of page into the markup: WordPress's body classes (`single-post`,
`page-id-5`, `archive category`) and post classes (`type-post`, `type-page`), Ghost's
`post-template`, Drupal's `node--type-article`, microformats' `h-entry`, schema.org types in
microdata and RDFa, JSON-LD and og:type (metadata.page_type_hint). A short post or a video post
is still an article; an undated "About" page is a page, however long. Word counts decide only for
pages that declare nothing.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

ARTICLE, LISTING, PAGE, OTHER = "article", "listing", "page", "other"
ENTRY = "entry"     # a post marked by class or schema type: an article when dated or bylined, else a page
DOCUMENT = "document"   # a CMS's one generic content type, for articles and standing pages alike: see page_type
DISCUSSION = "discussion"   # a forum thread or a Q&A page (schema.org type): other, unless JSON-LD declares an article
ITEM_LIST = "item-list"     # a microdata/RDFa ItemList of the site's pages: a listing, unless JSON-LD declares an article
ITEM_LIST_MIN = 3           # ... of at least this many linked ListItems

ARTICLE_MIN_WORDS = 120     # an undeclared page needs this much body to count as an article
DECLARED_ARTICLE_MIN_WORDS = 30  # a page whose markup or schema says article still needs some body
BYLINED_MIN_WORDS = 30      # ... as does an undeclared one with a headline, a byline and a date
LISTING_MIN_TEASERS = 6     # this many linked teaser headings make a listing
LISTING_ENTRY_SHARE = 0.5   # ... as does a body mostly made of entries (body.entry_share)
DOMINANT_ENTRY = 1500       # a marked post this long, three times the next one, is the page's post

# Body class tokens (lower case) and what they declare. A shop's product page is a single post too
# (WordPress writes "single-product postid-34"): it is none of these.
_PRODUCT_TOKENS = frozenset(("single-product", "woocommerce-page", "product-template-default"))
_BODY_TOKENS = {
    ARTICLE: frozenset((
        "single-post", "post-template", "page-node-type-article", "node-type-article",
        "postid", "single-format-standard", "single-format-video", "single-format-audio",
        "single-format-gallery", "single-format-image", "single-format-quote", "single-format-link",
        "single-format-aside", "single-format-status", "single-format-chat",
    )),
    PAGE: frozenset(("page-template", "page-node-type-page", "node-type-page", "page-id", "page-template-default")),
    LISTING: frozenset(("archive", "category", "tag", "search", "search-results", "blog", "home", "paged", "author",
                        "home-template", "tag-template", "author-template", "paged-template", "path-frontpage",
                        "path-taxonomy", "date", "tax", "post-type-archive", "view-category", "view-featured")),
    # Joomla shows every com_content item, its About and Contact pages too, in the "article" view:
    # that body class proves an entry, an article when it is dated or signed
    ENTRY: frozenset(("view-article",)),
    DOCUMENT: frozenset(),
    # Plone writes the content type of what it shows into the body class: portaltype-* (classic UI),
    # contenttype-* (Volto). A News Item is an article, a Folder or Collection lists, an Event is a
    # page; a Document (a "Page" in Plone's own UI) is what editors use for a report and for the About
    # page alike, and Plone shows every one of them with the same byline and date. They speak only
    # beside the type's own view (_plone_view): a form on an item (Send this) is no article
    ARTICLE + "+plone": frozenset(("portaltype-news-item", "contenttype-news-item")),
    LISTING + "+plone": frozenset(("portaltype-folder", "portaltype-collection", "portaltype-topic",
                                   "portaltype-plone-site", "contenttype-folder", "contenttype-collection",
                                   "contenttype-plone-site")),
    PAGE + "+plone": frozenset(("portaltype-event", "contenttype-event")),
    DOCUMENT + "+plone": frozenset(("portaltype-document", "contenttype-document")),
}
# Class tokens of the article element itself.
_ENTRY_TOKENS = {
    ARTICLE: frozenset(("type-post", "node--type-article", "h-entry", "post-full", "gh-article")),
    PAGE: frozenset(("type-page", "node--type-page")),
}
_ARTICLE_SCHEMA = re.compile(
    r"(?:^|[/#:\s])(?:Article|NewsArticle|BlogPosting|MedicalWebPage|ScholarlyArticle|TechArticle|Report"
    r"|SocialMediaPosting|VideoObject|PodcastEpisode|Recipe|HowTo)(?:\s|$)")
# users' discussions (metadata.DISCUSSION_TYPES): a forum thread's posts, a question and its answers
_DISCUSSION_SCHEMA = re.compile(r"(?:^|[/#:\s])(?:DiscussionForumPosting|QAPage)(?:\s|$)")
_ITEM_LIST_SCHEMA = re.compile(r"(?:^|[/#:\s])ItemList(?:\s|$)")     # (not BreadcrumbList)
_PAGE_SCHEMA = re.compile(r"(?:^|[/#:\s])(?:AboutPage|ContactPage|ProfilePage|FAQPage)(?:\s|$)")
_DIGITS = re.compile(r"-?\d+$")


def declared_kind(root, articles, entries=(), typed=(), url: str = "") -> str:
    """article, page, listing, discussion (a forum thread's or a Q&A page's schema.org type, with
    no article type) or item-list (a microdata/RDFa ItemList of the site's pages, and nothing else
    declared) as the page's CMS markers and microdata/RDFa types declare it; ""
    when they say nothing. `articles`: the page's <article> elements; `entries`: elements classed
    hentry / h-entry; `typed`: elements with an itemtype or typeof (metadata's walk gathers them).

    The body's classes speak for the page, so they come first (a category page listing one post
    holds one `type-post` entry); then the entries: several posts (marked by class or schema.org
    type) make an index unless one of them holds most of the text (the post, beside cards of others).
    """
    body = root.find("body")
    body_tokens = _tokens(body.get("class") if body is not None else "")
    if body_tokens & _PRODUCT_TOKENS:
        return OTHER
    plone = _plone_view(body_tokens)
    for kind in (ARTICLE, LISTING, PAGE, ENTRY, DOCUMENT):
        if body_tokens & (_BODY_TOKENS[kind] | (_BODY_TOKENS.get(kind + "+plone", frozenset()) if plone else frozenset())):
            return kind
    outer = _outermost(articles)
    if len(outer) > 1 and all(_tokens(el.get("class")) & _ENTRY_TOKENS[ARTICLE] for el in outer[:2]):
        return LISTING
    entry_tokens = _tokens(outer[0].get("class")) if len(outer) == 1 else frozenset()
    for kind in (ARTICLE, PAGE):
        if entry_tokens & _ENTRY_TOKENS[kind]:
            return kind
    posts = [el for el in typed if el is not body and _ARTICLE_SCHEMA.search(_declared_type(el))]
    if not posts and any(_DISCUSSION_SCHEMA.search(_declared_type(el)) for el in typed):
        return DISCUSSION   # a forum thread or a Q&A page: users' posts, dated and signed, are no article
    for marked in (posts, list(entries)):
        kind = _entries_kind(_outermost(marked), url)
        if kind:
            return kind
    return _schema_kind(body, outer) or (ITEM_LIST if any(_item_list(el, url) for el in typed) else "")


def _plone_view(tokens) -> bool:
    """Plone shows the content itself: its view template (classic ``template-newsitem_view``,
    ``template-summary_view``, ``template-event_listing``; Volto's ``view-viewview``)."""
    return any(t.startswith("template-") and t.endswith(("view", "listing")) or t == "view-viewview" for t in tokens)


def _item_list(el, url: str) -> bool:
    """A microdata/RDFa ItemList whose ListItems (ITEM_LIST_MIN or more) link other pages."""
    if not _ITEM_LIST_SCHEMA.search(_declared_type(el)):
        return False
    here = urlsplit(url)
    linked = 0
    for item in el.iter():
        if "itemListElement" not in (item.get("itemprop") or item.get("property") or ""):
            continue
        for a in item.iter("a"):
            target = urlsplit(urljoin(url, (a.get("href") or "").strip()))
            if target.netloc == here.netloc and target.path.rstrip("/") != here.path.rstrip("/"):
                linked += 1
                break
    return linked >= ITEM_LIST_MIN


def _outermost(elements) -> list:
    """The elements not inside another of them."""
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


def _entries_kind(outer, url: str = "") -> str:
    """One post marked: an article, unless its title links to its own page elsewhere (an archive
    page showing one post); several: a listing, unless one holds most of the text."""
    if not outer:
        return ""
    if len(outer) == 1:
        return LISTING if _permalink_elsewhere(outer[0], url) else ENTRY
    sizes = sorted((_text_size(el) for el in outer), reverse=True)
    return ENTRY if sizes[0] >= DOMINANT_ENTRY and sizes[0] >= 3 * sizes[1] else LISTING


def _permalink_elsewhere(entry, url: str) -> bool:
    """The entry's title is a link to another page than this one (its permalink)."""
    if not url:
        return False
    for heading in entry.iter("h1", "h2", "h3"):
        parent = heading.getparent()
        links = [a for a in heading.iter("a")] + ([parent] if parent is not None and parent.tag == "a" else [])
        for a in links:
            href = (a.get("href") or "").strip()
            if href and not href.startswith("#"):
                target = urlsplit(urljoin(url, href))
                here = urlsplit(url)
                return (target.netloc, target.path.rstrip("/")) != (here.netloc, here.path.rstrip("/"))
        return False        # the first heading speaks for the entry
    return False


# The address of a taxonomy or author archive: /tag/x/, /category/x/page/2/, /blog/author/x, Shopify's
# and Tumblr's /tagged/x (one name after the keyword, then at most a page number); CMSs list posts
# there and never put a post there.
_ARCHIVE_PATH = re.compile(r"/(?:tags?|tagged|categor(?:y|ies)|authors?)/[^/?#]+/?(?:page/\d+/?)?$", re.I)
# The address of a date archive: one that ends at a month or a day (WordPress's /2024/03/ and
# /2024/03/12/, Blogger's /2024/03/, Hatena Blog's /archive/2024/03 and /archive/2024/03/12), or at
# a year right after "archive(s)" (Hatena's /archive/2024), then at most a page number. A post's
# address goes on after its date (a slug, Hatena's /entry/2024/03/12/083000); a bare /1927 is a
# post id as often as a year, so a year alone is not enough.
_DATE_ARCHIVE_PATH = re.compile(
    r"/(?:(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?|archives?/(?:19|20)\d{2})/?(?:page/\d+/?)?$",
    re.I)


def archive_address(url: str) -> bool:
    """The page's address is a tag, category or author archive's (_ARCHIVE_PATH) or a date
    archive's (_DATE_ARCHIVE_PATH)."""
    path = urlsplit(url).path if url else ""
    return bool(path) and (_ARCHIVE_PATH.search(path) is not None or _DATE_ARCHIVE_PATH.search(path) is not None)


def teaser_card(node, urls) -> bool:
    """The body found is one card of a listing: it (or the <article> it sits in) opens, after the
    page's <h1> if it holds that, with an <h2>/<h3> linking to another page of the site, before any
    paragraph (the card's permalink title). A page's own headline is its <h1>, which may link
    elsewhere (a journal's full text, a video) and proves nothing; an article's linked subheading
    comes after its first paragraph.
    ``urls``: the page's address and its canonical one."""
    urls = [u for u in urls if u]
    if not urls:
        return False
    box = node if node.tag == "article" else next(node.iterancestors("article"), None)
    if box is None:     # no <article>: a body that opens with no heading of its own is read with the
        box = node      # heading just above it, its entry's title (a builder's div.blog-post > h2 + div)
        parent = node.getparent()
        if parent is not None and next(node.iter("h2", "h3"), None) is None:
            box = parent
    first = next((el for el in box.iter("p", "h1", "h2", "h3") if el.tag != "h1" and not (
        el.tag == "p" and next(el.iter("h2", "h3"), None) is not None)), None)   # (a <p> made around <a><h2>)
    if first is None or first.tag == "p":
        return False
    href = _heading_href(first) or _overlay_href(box)
    if not href or href.startswith("#"):
        return False
    for url in urls:
        target, here = urlsplit(urljoin(url, href)), urlsplit(url)
        if target.netloc != here.netloc or target.path.rstrip("/") == here.path.rstrip("/"):
            return False
    return True


def _overlay_href(box) -> str:
    """The permalink of a card whose title is no link: an empty <a> among the card's own children,
    laid over the whole card by its stylesheet (the "stretched link" of card designs: PaperMod's
    ``a.entry-link``, Bootstrap's ``.stretched-link``), named only by its aria-label or title. A
    post's text never holds one: its links have words or an image."""
    if box.tag != "article":
        return ""
    for a in box.iterchildren("a"):
        if a.get("href") and not a.text_content().strip() and not len(a) and (a.get("aria-label") or a.get("title")):
            return a.get("href").strip()
    return ""


def _heading_href(heading) -> str:
    parent = heading.getparent()
    link = next(heading.iter("a"), None) if parent is None or parent.tag != "a" else parent
    return (link.get("href") or "").strip() if link is not None else ""


def _text_size(el) -> int:
    return len(" ".join(el.text_content().split()))


def _declared_type(el) -> str:
    return " ".join(filter(None, (el.get("itemtype"), el.get("typeof"))))


def _schema_kind(body, outer) -> str:
    """Microdata itemtype / RDFa typeof on <body> or the one article element."""
    for el in ([body] if body is not None else []) + outer[:1]:
        declared = _declared_type(el)
        if declared:
            if _ARTICLE_SCHEMA.search(declared):
                return ARTICLE
            if _PAGE_SCHEMA.search(declared):
                return PAGE
    return ""


def _tokens(classes) -> frozenset:
    """Lower-case class tokens, numbered ones also without their number ("postid-12" -> "postid")."""
    out = set()
    for token in (classes or "").lower().split():
        out.add(token)
        if token[-1:].isdigit():
            out.add(_DIGITS.sub("", token))
    return frozenset(out)


def page_type(*, declared: str, hint: str, words: int, has_media: bool, title: str, dated: bool,
              bylined: bool, teasers: int, stated: bool | None = None,
              entries: float = 0.0, authored: bool = False, card: bool = False,
              archive: bool = False, fallback: bool = False, og_website: bool = False,
              filed: bool = False, og_only: bool = False, template_only: bool = False,
              dateline: bool = False, data_page: bool = False) -> str:
    """article, listing, page or other.

    `declared`: declared_kind; `hint`: metadata.page_type_hint (JSON-LD / og:type: article, listing,
    discussion, other or ""); `dated`: a publication date found on the page (not only its URL's); `stated`: that
    date is in the page's data or beside its headline, not met elsewhere (a sidebar, the header's
    clock): what a page its CMS calls static needs to count as an article (None: as `dated`); `bylined`: an
    author or a medical reviewer, and a date, beside a single headline; `entries`: the share of the body that is a run of
    listing entries (body.entry_share); `card`: the body is a listing's teaser card (teaser_card);
    `archive`: the address is a tag, category, author or date archive's (archive_address); `fallback`: the
    body was found only without furniture filtering (a page whose only text is its template's);
    `og_website`: the page's og:type is "website"; `filed`: the page names tags or categories of its own
    (not only the sections of its breadcrumb trail); `og_only`: the hint is og:type's alone (no
    schema.org type of the page's says so); `template_only`: the body was found only without the
    site's furniture filtering and no page data replaced it; `dateline`: the one headline has beside it
    the very date the page's data declares as its publication date (a news release's "7 October 2021 |
    Media release": static pages date nothing there); `data_page`: the page's JSON-LD declares a plain
    WebPage and no other type.
    """
    many_teasers = teasers >= LISTING_MIN_TEASERS
    # A template may write og:type "article" into every page it renders (a starter kit's meta
    # partial: the home page, listings, Donate): that alone speaks for a dated page only. And no
    # hint makes an article of a page whose only text is its template's (its body found only
    # without the site's furniture filtering: a filtered listing of one teaser card, dated by it).
    if hint == ARTICLE and (og_only and not dated or template_only):
        hint = ""
    has_body = words > 0 or has_media
    stated = dated if stated is None else stated
    if declared == OTHER or hint == DISCUSSION or declared == DISCUSSION and hint != ARTICLE:
        return OTHER
    if declared == LISTING or hint == "listing" or declared == ITEM_LIST and hint != ARTICLE:
        return LISTING
    if declared == ARTICLE:
        # the article markup is the layout's, the page's data is its own: a page rendered with the post
        # layout (a Jekyll page with `layout: post`, no date) carries the post's h-entry / BlogPosting
        # while its JSON-LD says WebPage and nothing more, its og:type website, and no date is found
        # anywhere: no post (og:type website alone is often site-wide: it does not outweigh the markup)
        if hint == "other" and data_page and not dated:
            return PAGE if has_body else OTHER
        return ARTICLE if has_body else OTHER
    if declared == DOCUMENT:
        # Plone dates and signs every Document alike (its byline viewlet), the About page as the report:
        # a Document is an article when filed under terms of its own or declared one, or long enough to
        # be one by words (as an undeclared page is)
        if not has_body:
            return OTHER
        return ARTICLE if filed or hint == ARTICLE or title and dated and words >= ARTICLE_MIN_WORDS else PAGE
    if declared == ENTRY:       # the same markup carries a CMS's undated "About" pages
        if not has_body:
            return OTHER
        return ARTICLE if dated or authored or hint == ARTICLE else PAGE
    if declared == PAGE:
        # a schema.org Article alone does not outweigh a static page's body class when its og:type
        # says website too: Ghost writes an Article, dated and signed, for every page and post
        if og_website:
            return PAGE
        return ARTICLE if hint == ARTICLE and stated and words >= DECLARED_ARTICLE_MIN_WORDS else PAGE
    if hint == ARTICLE and (words >= DECLARED_ARTICLE_MIN_WORDS or has_media):
        if not many_teasers or words >= 2 * DECLARED_ARTICLE_MIN_WORDS:
            return ARTICLE
    if entries >= LISTING_ENTRY_SHARE or card or archive or fallback and many_teasers:
        return LISTING
    # A page declared plain (og:type website, AboutPage) is an article only if it is dated.
    if title and words >= ARTICLE_MIN_WORDS and (dated or hint != "other"):
        return ARTICLE
    if title and bylined and dated and (words >= BYLINED_MIN_WORDS or has_media):
        return ARTICLE
    if title and dateline and words >= BYLINED_MIN_WORDS and not many_teasers:
        return ARTICLE      # an unsigned short release: its declared date printed as its dateline
    if title and dated and has_media and not many_teasers:
        return ARTICLE      # a dated video page: the player is its content (a health agency's, unsigned)
    if title and filed and stated and has_body and not many_teasers:
        return ARTICLE      # a short unsigned post (a news brief) filed under terms, however short: static pages have none
    if many_teasers:
        return LISTING
    return PAGE if hint == "other" and words >= DECLARED_ARTICLE_MIN_WORDS else OTHER
