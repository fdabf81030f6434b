"""Extraction orchestration: one parse, metadata, page links, cleaning, body, related, sanitizing."""
from __future__ import annotations

import threading
from urllib.parse import urldefrag, urljoin, urlsplit
from html import escape as html_escape

import lxml.html
from lxml import etree

from archive.extract.decode import decode_html
from archive.extract import authors as _authors
from archive.extract import body as _body
from archive.extract import dates as _dates
from archive.extract import names as _names
from archive.extract import bounds, clean, hydration, language, links, media, pagetype, related, sanitize, site, vocab
from archive.extract.metadata import PageIndex, collect_jsonld, main_entity, read_metadata
from archive.extract.record import Article, Person, Related
from archive.extract.site import SiteTemplate

# Metadata keys that are Article fields (the rest, e.g. page_type_hint, steer the decisions here).
_METADATA_FIELDS = (
    "title", "authors", "published", "published_source", "modified", "modified_source",
    "description", "image", "tags", "categories", "reviewed_by", "reviewed_on", "people",
)
LD_BODY_MIN = 200           # a JSON-LD articleBody shorter than this is a summary
HYDRATION_SKIP_WORDS = 250  # a body found in the HTML with this many words is not looked for in its data


def extract_article(html: str, url: str, template: SiteTemplate | None = None, learn: bool = False) -> Article:
    """Extract one page into an Article; never raises: what went wrong lands in `problems`.

    `html` is the page text (bytes are decoded the crawler's way, archive.extract.decode), read within the
    bounds of archive.extract.bounds. `template`: what the page's site repeats on most pages
    (site.SiteTemplate), left out of the article; `learn`: also sample the page's blocks into
    ``article.sample`` for the site's learner.
    """
    article = Article(url=url)
    if isinstance(html, bytes):
        html = decode_html(html)[0]
    if isinstance(html, str):
        html = bounds.bound_html(html, article.problems)
    root = parse_html(html, article.problems)
    if root is None:
        article.page_type = "other"
        return article
    try:
        _extract_into(article, root, html, url, template or SiteTemplate(), learn)
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


_LOCAL = threading.local()  # one parser per thread: extraction may run in threads (ARCHIVE_EXTRACT_PROCESSES=0)


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


def _extract_into(article: Article, root, html: str, url: str, template: SiteTemplate, learn: bool) -> None:
    try:        # one walk gathers what metadata, page links and listing cues read
        index = PageIndex(root)
    except Exception:       # read_metadata tries again and reports it; the others walk on their own
        index = None
    blocks = site.block_fingerprints(root) if learn or template.furniture else {}
    furniture = site.furniture_elements(blocks, template)
    # the stories an infinite-scroll page appends below its own are none of its body, terms or links
    appended = [] if index is None else _body.appended_stories(index.h1s, (index.title, index.metas.get("og:title", "")), url)
    furniture += appended
    elsewhere = (lambda el: any(a in appended for a in el.iterancestors())) if appended else (lambda el: False)
    if furniture and index is not None:
        index.set_furniture(furniture)
    ld_article, said = _apply_metadata(article, root, url, index, template.title_affixes)
    hint, stated = said.get("page_type_hint", ""), bool(said.get("published_stated"))
    headline_shown = bool(said.get("headline_shown"))
    og_type = _OG_TYPE(root) if index is None else index.metas.get("og:type", "")    # (the walk read the metas)
    record = index is not None and bool(index.metas.get("citation_language") or index.metas.get("dc.language"))
    og_website = og_type.strip().lower() == "website"
    page = links.extract_page_links(root, url, None if index is None else (
        index.base_href, index.link_rels, index.anchor_rels, index.hrefs))
    article.canonical_url, article.site = page.canonical_url, links.link_site(url)
    # the address the page's Dublin Core names as its own, where no canonical link names one: where
    # the archive stores the page, not a reading of the page (a viewer page naming its article's
    # address is still no teaser card of it)
    identifier = _stated_identifier(index.metas, url) if index is not None and page.canonical_url == urldefrag(url)[0] \
        else ""
    article.page_links, article.next_page, article.feeds = page.page_links, page.next_page, page.feeds
    teasers = count_teasers(root, None if index is None else [     # untouched page, the appended stories aside
        el for el in index.teaser_tags if not elsewhere(el)])
    declared = pagetype.declared_kind(
        root, [el for el in (index.teaser_tags if index is not None else root.iter("article")) if el.tag == "article"],
        index.entries if index is not None else (), index.itemtypes if index is not None else (), url)
    data_blocks = index.data_blocks if index is not None else []
    players = index.players if index is not None else None
    single_h1 = index is not None and len([h1 for h1 in index.h1s if not elsewhere(h1) and not _masthead(h1, url)]) == 1 \
        or headline_shown
    if learn:
        article.sample = site.sample_page(blocks, index.title if index is not None else "", template)
    index = blocks = None   # their element references must not outlive the untouched tree (see clean.dismantle)

    for el in furniture:    # the site's template: never body, Read Also or citations
        clean.drop_tree(el)
    furniture = None
    media.mark_embeds(root, page.base_url, players)
    players = None
    clean.clean_tree(root)
    marks = clean.mark_furniture(root)
    anchor_order = {a: i for i, a in enumerate(marks.anchors)}
    # a Sources list may sit in a <footer>: read before furniture removal
    references = links.find_reference_links(root, marks.reference_labels)
    article.related = related.extract_related(root, page.base_url, url, marks.related,
                                              marks.related_labels)
    for item in article.related:        # the same items by the same URLs from every address of the page
        item.url = links.as_from_canonical(item.url, url, page.canonical_url)
    clean.remove_boilerplate(root, marks)
    _body.paragraphize(root)
    content = _body.find_main_content(root)
    content.node = _body.headline_article(_body.declared_instead(content.node, marks.declared), root,
                                          article.title)
    fallback = content.node is None
    if fallback:
        content = _second_try(html, content, page.base_url)
        if content.node is not None:
            article.problems.append("body found only without furniture filtering (second try)")
    node = _cross_check(_body.with_players(_body.with_item_parts(content.node), _body.declares_video(root, ld_article)),
                        ld_article.get("articleBody"), article.problems)
    shown = node
    node = _hydrated(node, data_blocks, article, page.base_url)
    # the page's only text is what its site's template repeats (a filtered listing of teaser cards)
    template_only = fallback and bool(template.furniture) and node is shown
    entries, card = 0.0, False
    if node is None:
        article.problems.append(content.reason)
    else:
        if not declared and hint != "article":      # (only an undeclared page is judged by these)
            entries = _body.entry_share(node, article.site)
            card = pagetype.teaser_card(node, (url, article.canonical_url))
        _fill_body(article, node, page.base_url)
    article.citations = links.extract_citations(references, node, page.base_url, anchor_order, article.site)
    # a scholarly record declares each article's own language (Highwire citation_language, Dublin Core
    # DC.Language): it stands, where a site-wide <html lang> yields to the text (references in English
    # under a Spanish abstract would outvote it)
    article.language = (article.declared_language if record and article.declared_language
                        else language.article_language(article.body_text, article.declared_language))
    dated = bool(article.published)
    article.page_type = pagetype.page_type(
        declared=declared, hint=hint, words=article.word_count, has_media=bool(article.embeds),
        title=article.title, dated=dated, stated=stated, teasers=teasers, entries=entries, card=card, authored=bool(article.authors),
        archive=pagetype.archive_address(url), fallback=fallback, og_website=og_website, filed=bool(said.get("filed")),
        og_only=bool(said.get("hint_og_only")), template_only=template_only, data_page=bool(said.get("data_plain_page")),
        dateline=single_h1 and bool(said.get("published_shown")),
        bylined=single_h1 and dated and article.published_source != "url"
        and (bool(article.authors or article.reviewed_by) or _authors.SIGNED_BY_ORGANIZATION in article.problems
             or _authors.SIGNED_BY_DESK in article.problems))
    article.is_article = article.page_type == "article"
    article.canonical_url = identifier or article.canonical_url


# Dublin Core names a resource's own address: AGLS sites (DCTERMS.identifier, scheme DCTERMS.URI),
# OJS (DC.Identifier.URI) and other DC profiles, on pages that often write no canonical link.
_IDENTIFIER_METAS = ("dcterms.identifier", "dc.identifier", "dc.identifier.uri")


def _stated_identifier(metas: dict, url: str) -> str:
    """The page's own address as its Dublin Core identifier states it, when the page has no canonical
    link: an absolute URL on the page's own host. It is a claim like a canonical link (the archive
    confirms it by content): the same page served under other addresses (a CMS's asset-id link
    ``/?a=123``, a cache-bypass suffix ``/_nocache``) is then one article."""
    here = urlsplit(url)
    for key in _IDENTIFIER_METAS:
        value = (metas.get(key) or "").strip()
        target = urlsplit(value)
        if target.scheme in ("http", "https") and target.netloc.lower() == here.netloc.lower() and " " not in value:
            return urldefrag(value)[0]
    return ""


def _masthead(h1, url: str) -> bool:
    """An h1 that is only a link to an ancestor of the page's own address (the site's or its
    section's home: ``<h1 class="res_name"><a href="/books/">Bookshelf</a></h1>``, a theme's
    ``h1.site-title``) is the site's name over every page, not the page's headline."""
    anchors = h1.findall(".//a[@href]")
    if len(anchors) != 1 or " ".join(clean.text_of(anchors[0]).split()) != " ".join(clean.text_of(h1).split()):
        return False
    target, here = urlsplit(urljoin(url, anchors[0].get("href") or "")), urlsplit(url)
    home = target.path if target.path.endswith("/") else target.path + "/"
    return (target.netloc == here.netloc and not target.query and here.path != target.path
            and (here.path or "/").startswith(home))


_OG_TYPE = etree.XPath("string((//meta[@property='og:type' or @name='og:type'])[1]/@content)")


def _second_try(html: str, first: _body.Content, base_url: str) -> _body.Content:
    """Nothing found: parse again and search with lenient cleaning and no furniture removal; then
    take the element the page declares as its article body (a video post: a player, a few lines)."""
    root = parse_html(html, [])
    if root is None:
        return first
    media.mark_embeds(root, base_url)
    clean.clean_tree(root, lenient=True)
    _body.paragraphize(root)
    found = _body.find_main_content(root)
    if found.node is not None and clean.in_sure_furniture(found.node):
        # A post's discussion page (Substack's /p/slug/comments, a comment permalink) holds the
        # post's headline and byline over readers' comments: they are nobody's article body.
        found = _body.Content(None, "only comments or other furniture found (second try)")
    declared = _body.declared_body(root) if found.node is None else _body.player_body_beside(root, found.node)
    if declared is not None:
        return _body.Content(declared)
    return found


def _fill_body(article: Article, node, base_url: str) -> None:
    """Prune, sanitize and read the body node into the body fields."""
    bylines = _body.prune_content(node, article.site)
    article.embeds = media.read_embeds(node)
    sanitize.absolutize(node, base_url)
    sanitize.tidy(node)
    article.body_html, soup = sanitize.sanitize_body(node)
    article.body_text = sanitize.render_text(soup, frozenset(embed.url for embed in article.embeds))
    article.word_count = len(vocab.WORD_RE.findall(article.body_text))
    article.links, article.images, article.headings = links.extract_body_parts(soup, article.site)
    if article.embeds:      # a placeholder's link is listed as the embed it stands for
        embedded = {embed.url for embed in article.embeds}
        article.links = [link for link in article.links if link.url not in embedded]
    _authors_from_bylines(article, bylines)
    if not article.body_text:
        article.problems.append("no text found beside the player" if article.embeds
                                else "no main content found (empty after sanitizing)")


def _authors_from_bylines(article: Article, lines: list[str]) -> None:
    """Authors from the byline lines cut from the body ("Written by ...", "by N. V., M.D., Member,
    Scientific Advisory Board"), when the page named none, or when a line names every author the
    page named and more (its co-authors: a CMS's byline shows the account that posted)."""
    known = {name.casefold() for name in article.authors}
    for line in lines:
        people = [p for p in _authors.byline_people(line)        # a desk's credit ("Автор: Редакция") names nobody
                  if p.role == "author" and p.name.casefold() not in _names.EDITORIAL]
        names = {p.name.casefold() for p in people}
        if people and (not known or known < names):
            article.authors = [p.name for p in people]
            article.people = people + [p for p in article.people if p.role != "author"]
            article.problems = [p for p in article.problems if p != "no author found"]
            return


def _cross_check(node, declared, problems: list[str]):
    """The body node, or the JSON-LD articleBody when the page declares much more text than we found."""
    if not isinstance(declared, str) or len(declared) < LD_BODY_MIN:
        return node
    declared_words = len(vocab.WORD_RE.findall(declared))
    if node is not None and len(vocab.WORD_RE.findall(node.text_content())) >= 0.5 * declared_words:
        return node
    fragment = _fragment(declared, "<" in declared and ">" in declared)      # some sites put HTML there
    if fragment is None:
        return node
    problems.append("body taken from JSON-LD articleBody (the page shows less text)")
    return fragment


def _hydrated(node, data_blocks: list[str], article: Article, base_url: str):
    """The body node, or the post in the page's hydration data when that holds much more text (a
    client-rendered shell); its title, date, authors, terms and related posts fill what the HTML
    did not give."""
    if not data_blocks:
        return node
    found_words = len(vocab.WORD_RE.findall(node.text_content())) if node is not None else 0
    if found_words >= HYDRATION_SKIP_WORDS:
        return node         # the HTML holds an article: its data need not be parsed
    post = hydration.find_post(data_blocks, article.url)
    if post is None:
        return node
    if node is not None and found_words >= 0.5 * len(vocab.WORD_RE.findall(post.body)):
        return node
    fragment = _fragment(post.body, post.is_html)
    if fragment is None:
        return node
    media.mark_embeds(fragment, base_url)
    clean.clean_tree(fragment)
    article.problems.append("body taken from the page's hydration data (the HTML shows less text)")
    article.title = article.title or post.title
    if post.authors and not article.authors:
        article.authors = post.authors
        article.people = [Person(name=name) for name in post.authors] + article.people
    article.tags = article.tags or post.tags
    article.categories = article.categories or post.categories
    if not article.related:
        article.related = [Related(url=url, title=title) for url, title in post.related]
    if post.published and not article.published:
        found = _dates.parse_machine(post.published)
        if found and _dates.plausible(found.day):
            article.published, article.published_source = found.day.isoformat(), "json"
    settled = {"no publication date found": article.published, "no author found": article.authors,
               "no title found": article.title}
    article.problems = [p for p in article.problems if not settled.get(p)]
    return fragment


def _fragment(text: str, is_html: bool):
    """A <div> holding text (paragraphs on their own lines) or HTML; None when it does not parse."""
    if is_html:
        markup = text
    else:
        paragraphs = [p for p in (" ".join(line.split()) for line in text.splitlines()) if p]
        markup = "".join(f"<p>{html_escape(p)}</p>" for p in paragraphs)
    try:
        return lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _apply_metadata(article: Article, root, url: str, index=None, site_names: tuple = ()) -> tuple[dict, dict]:
    """Copy the metadata fields onto the article; returns the page's main JSON-LD entity ({} when
    none) and what metadata says that steers the decisions here (read_metadata's other keys): the
    page-type hint (JSON-LD / og:type) and whether it is og:type's alone, whether the page states its
    publication date, whether a page without an h1 shows its title in a heading of its own, whether
    it is filed under terms of its own. `index`: the root's PageIndex, if made;
    `site_names`: what the site adds to its titles."""
    try:
        meta, ld_article = read_metadata(root, url, index, site_names)
    except Exception as exc:  # metadata is best effort; the body is still worth having
        article.problems.append(f"metadata failed: {type(exc).__name__}: {exc}")
        return main_entity(collect_jsonld(vocab.XP_JSON_LD(root), [])[0]) or {}, {}
    for key in _METADATA_FIELDS:
        value = meta.get(key)
        if value is not None:
            setattr(article, key, value)
    article.declared_language = meta.get("language") or ""
    article.problems.extend(meta.get("problems", []))
    return ld_article or {}, meta


def count_teasers(root, elements=None) -> int:
    """Linked teasers of a listing page: <h2>/<h3> with a link child, innermost <article>s with a link
    (`elements`: root's <h2>, <h3> and <article> elements in page order, when already gathered). A
    heading linking to a person's page is an author box's name, no teaser."""
    count = 0
    for el in root.iter("h2", "h3", "article") if elements is None else elements:
        if el.tag != "article":
            parent = el.getparent()     # <h2><a href>Title</a></h2>, or a card's <a href><h2>Title</h2></a>
            links = [a for a in el.iterchildren("a")] + ([parent] if parent is not None and parent.tag == "a" else [])
            count += any(a.get("href") is not None and not _authors.person_href(a.get("href")) for a in links)
        elif next(el.iterdescendants("article"), None) is None:
            count += any(a.get("href") is not None for a in el.iterdescendants("a"))
    return count
