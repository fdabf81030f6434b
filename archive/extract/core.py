"""Extraction orchestration: one parse, metadata, page links, cleaning, body, related, sanitizing."""
from __future__ import annotations

import threading
from html import escape as html_escape

import lxml.html
from lxml import etree

from archive.decode import decode_html
from archive.extract import body as _body
from archive.extract import clean, links, related, sanitize, vocab
from archive.extract.metadata import PageIndex, collect_jsonld, main_entity, read_metadata
from archive.extract.record import Article

# Metadata keys that are Article fields (the rest, e.g. page_type_hint, steer the decisions here).
_METADATA_FIELDS = (
    "title", "authors", "published", "published_source", "modified", "modified_source",
    "description", "language", "image", "tags", "categories", "reviewed_by", "reviewed_on",
)
ARTICLE_MIN_WORDS = 120     # an undeclared page needs this much body to count as an article
DECLARED_ARTICLE_MIN_WORDS = 30  # a page declaring itself an article still needs some body
LISTING_MIN_TEASERS = 6     # this many linked teaser headings make a listing
LD_BODY_MIN = 200           # a JSON-LD articleBody shorter than this is a summary


def extract_article(html: str, url: str) -> Article:
    """Extract one page into an Article; never raises: what went wrong lands in `problems`.

    `html` is the page text (bytes are decoded the crawler's way, archive.decode).
    """
    article = Article(url=url)
    if isinstance(html, bytes):
        html = decode_html(html)[0]
    root = parse_html(html, article.problems)
    if root is None:
        article.page_type = "other"
        return article
    try:
        _extract_into(article, root, html, url)
    except Exception as exc:  # a parser corner case must cost one page, not the crawl
        article.problems.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return article


def _html_parser() -> etree.HTMLParser:
    """lxml.html's element classes through a C-level lookup: lxml.html's own parser calls a
    Python function for every element proxy it creates, about a tenth of extraction time.
    No id table (collect_ids): nothing looks elements up by id, and filling it costs parsing time."""
    parser = etree.HTMLParser(collect_ids=False)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
    ))
    return parser


_LOCAL = threading.local()  # one parser per thread: the crawler extracts in a thread pool


def parse_html(html: str, problems: list[str]):
    """The lxml root of the page, or None with the reason in `problems`."""
    if not isinstance(html, str) or not html or html.isspace():     # (strip() would copy the page)
        problems.append("empty document")
        return None
    declaration = vocab.XML_DECLARATION_RE.match(html)     # anchored: one try, not a scan
    if declaration:
        html = html[declaration.end():]
    html = html.replace("\x00", "")
    try:
        parser = getattr(_LOCAL, "parser", None) or _LOCAL.__dict__.setdefault("parser", _html_parser())
        root = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        problems.append(f"unparseable HTML: {exc}")
        return None
    if root is None or (root.find("body") is None and not len(root)):
        problems.append("empty document")
        return None
    return root


def _extract_into(article: Article, root, html: str, url: str) -> None:
    try:        # one walk gathers what metadata, page links and listing cues read
        index = PageIndex(root)
    except Exception:       # read_metadata tries again and reports it; the others walk on their own
        index = None
    hint, ld_article = _apply_metadata(article, root, url, index)
    page = links.extract_page_links(root, url, None if index is None else (
        index.base_href, index.link_rels, index.anchor_rels, index.hrefs))
    article.canonical_url, article.site = page.canonical_url, links.site_of(url)
    article.page_links, article.next_page, article.feeds = page.page_links, page.next_page, page.feeds
    listing = _listing_cues(root, hint, None if index is None else index.teaser_tags)  # untouched page
    index = None        # its element references must not outlive the untouched tree (see clean.dismantle)

    clean.clean_tree(root)
    marks = clean.mark_furniture(root)
    anchor_order = {a: i for i, a in enumerate(marks.anchors)}
    # a Sources list may sit in a <footer>: read before furniture removal
    references = links.find_reference_links(root, marks.reference_labels)
    article.related = related.extract_related(root, page.base_url, url, marks.related,
                                              marks.related_labels)
    clean.remove_boilerplate(root, marks)
    _body.paragraphize(root)
    content = _body.find_main_content(root)
    if content.node is None:
        content = _second_try(html, content)
        if content.node is not None:
            article.problems.append("body found only without furniture filtering (second try)")
    node = _cross_check(content.node, ld_article.get("articleBody"), article.problems)
    if node is None:
        article.problems.append(content.reason)
    else:
        _fill_body(article, node, page.base_url)
    article.citations = links.extract_citations(references, node, page.base_url, anchor_order)
    article.page_type = _page_type(article, hint, listing)
    article.is_article = article.page_type == "article"


def _second_try(html: str, first: _body.Content) -> _body.Content:
    """Nothing found: parse again and search with lenient cleaning and no furniture removal."""
    root = parse_html(html, [])
    if root is None:
        return first
    clean.clean_tree(root, lenient=True)
    _body.paragraphize(root)
    return _body.find_main_content(root)


def _fill_body(article: Article, node, base_url: str) -> None:
    """Prune, sanitize and read the body node into the body fields."""
    _body.prune_content(node)
    sanitize.absolutize(node, base_url)
    sanitize.tidy(node)
    article.body_html, soup = sanitize.sanitize_body(node)
    article.body_text = sanitize.render_text(soup)
    article.word_count = len(vocab.WORD_RE.findall(article.body_text))
    article.links, article.images, article.headings = links.extract_body_parts(soup, article.site)
    if not article.body_text:
        article.problems.append("no main content found (empty after sanitizing)")


def _cross_check(node, declared, problems: list[str]):
    """The body node, or the JSON-LD articleBody when the page declares much more text than we found."""
    if not isinstance(declared, str) or len(declared) < LD_BODY_MIN:
        return node
    declared_words = len(vocab.WORD_RE.findall(declared))
    if node is not None and len(vocab.WORD_RE.findall(node.text_content())) >= 0.5 * declared_words:
        return node
    paragraphs = [p for p in (" ".join(line.split()) for line in declared.splitlines()) if p]
    markup = "".join(f"<p>{html_escape(p)}</p>" for p in paragraphs)
    if "<" in declared and ">" in declared:     # some sites put HTML in articleBody
        markup = declared
    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return node
    problems.append("body taken from JSON-LD articleBody (the page shows less text)")
    return fragment


def _apply_metadata(article: Article, root, url: str, index=None) -> tuple[str, dict]:
    """Copy the metadata fields onto the article; returns the page-type hint (JSON-LD / og:type)
    and the page's main JSON-LD entity ({} when none). `index`: the root's PageIndex, if made."""
    try:
        meta, ld_article = read_metadata(root, url, index)
    except Exception as exc:  # metadata is best effort; the body is still worth having
        article.problems.append(f"metadata failed: {type(exc).__name__}: {exc}")
        return "", main_entity(collect_jsonld(vocab.XP_JSON_LD(root), [])[0]) or {}
    for key in _METADATA_FIELDS:
        value = meta.get(key)
        if value is not None:
            setattr(article, key, value)
    article.problems.extend(meta.get("problems", []))
    return meta.get("page_type_hint", ""), ld_article or {}


def _listing_cues(root, hint: str, teaser_tags=None) -> tuple[bool, int]:
    """(declared a listing: JSON-LD collection or archive-page body classes, linked teaser count).
    `teaser_tags`: the page's <h2>, <h3> and <article> elements in page order, if gathered."""
    body = root.find("body")
    declared = hint == "listing" or (
        body is not None and bool(vocab.LISTING_BODY_CLASS_RE.search(body.get("class", "").lower()))
    )
    return declared, count_teasers(root, teaser_tags)


def count_teasers(root, elements=None) -> int:
    """Linked teasers of a listing page: <h2>/<h3> with a link child, innermost <article>s with a link
    (`elements`: root's <h2>, <h3> and <article> elements in page order, when already gathered)."""
    count = 0
    for el in root.iter("h2", "h3", "article") if elements is None else elements:
        if el.tag != "article":
            count += any(a.get("href") is not None for a in el.iterchildren("a"))
        elif next(el.iterdescendants("article"), None) is None:
            count += any(a.get("href") is not None for a in el.iterdescendants("a"))
    return count


def _page_type(article: Article, hint: str, listing: tuple[bool, int]) -> str:
    """article, listing or other, from declared types, listing cues, dates and how much body there is."""
    declared_listing, teasers = listing
    words = article.word_count
    many_teasers = teasers >= LISTING_MIN_TEASERS
    if declared_listing:
        return "listing"
    if hint == "article" and words >= DECLARED_ARTICLE_MIN_WORDS:
        if not many_teasers or words >= 2 * DECLARED_ARTICLE_MIN_WORDS:
            return "article"
    # Declared a plain page (og:type website, AboutPage...): an article only if it is dated.
    dated = bool(article.published) or hint != "other"
    if words >= ARTICLE_MIN_WORDS and article.title and dated:
        return "article"
    return "listing" if many_teasers else "other"
