"""Related-articles blocks ("Read Also", "Related posts", "You may also like"): read, then cut out."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urldefrag, urlsplit

from lxml import etree

from archive.extract import vocab
from archive.extract.clean import has_descendant, remove, text_of
from archive.extract.links import (HEADING_LEVEL, absolute_url, label_box, link_site, same_site, section_after,
                                   xpath_normalized_length)
from archive.extract.record import Related


def extract_related(root, base_url: str, page_url: str, named: list, candidates=None) -> list[Related]:
    """Every related-articles block of the page as items in page order; the blocks are removed.
    Items are links to the page's own site (or its subdomains).

    `named` are the elements whose class/id reads like a related block, `candidates` those with
    vocab.RELATED_LABEL_TAGS in page order, when already gathered (clean.mark_furniture).
    """
    blocks, sitewide = _blocks_by_heading(root, candidates)
    blocks += _blocks_by_name(named)
    own = link_site(page_url)
    blocks += _embedded_posts(root, base_url, own)
    blocks += _prompted_links(root, base_url, own)
    blocks, rails = _beside_the_article(root, blocks)
    sitewide += rails
    if len(blocks) > 1:        # page order; only the tags of the blocks' first elements are walked
        position = {el: i for i, el in enumerate(root.iter(*{group[0].tag for group in blocks}))}
        blocks.sort(key=lambda group: position.get(group[0], 0))
    # the parts of a block, or of the box around it, that list another kind of page go first
    boxes = {box for group in blocks for el in group for box in (el, el.getparent()) if box is not None}
    others = {part for box in boxes for part in _other_sections(box)}   # (each box once: blocks share a parent)
    for part in others:
        if part.getparent() is not None:
            remove(part)
    items: list[Related] = []
    seen = {urldefrag(page_url)[0]}
    for group in blocks:
        if any(el.getparent() is None or _detached(el, root) for el in group):
            continue  # inside a block already taken
        for item in _read_items(group, base_url, page_url):
            # Read Also is the site's own articles: a link elsewhere is an ad or a resource
            if item.url not in seen and same_site(link_site(item.url), own):
                seen.add(item.url)
                items.append(item)
        for el in group:
            if el.getparent() is not None:
                remove(el)
    for group in sitewide:      # "Latest posts", "Most read": the site's lists, not this article's
        for el in group:
            if el.getparent() is not None and not _detached(el, root):
                remove(el)
    return items


def _beside_the_article(root, blocks: list[list]) -> tuple[list[list], list[list]]:
    """(the article's blocks, the rails): when the <article> that holds the page's headline carries a
    related block of its own, a block in a complementary <aside> outside that article is a sidebar
    rail ("Recommended", a recommendation engine's picks, different on every page), not its Read Also."""
    h1 = next(root.iter("h1"), None)
    home = None if h1 is None else next(h1.iterancestors("article"), None)
    if home is None or len(blocks) < 2:
        return blocks, []

    def in_home(group: list) -> bool:
        return any(a is home for a in group[0].iterancestors())

    def in_rail(group: list) -> bool:
        return not in_home(group) and any(a.tag == "aside" or a.get("role") == "complementary"
                                          for a in group[0].iterancestors())

    rails = [group for group in blocks if in_rail(group)]
    if not rails or not any(in_home(group) for group in blocks):
        return blocks, []
    return [group for group in blocks if not in_rail(group)], rails


def _blocks_by_heading(root, candidates=None) -> tuple[list[list], list[list]]:
    """Blocks labelled like "Read Also" (link items up to the next heading of the label's rank),
    and those labelled like the site's own lists ("Latest posts", "Most read"): (own, site-wide)."""
    own, sitewide = [], []
    for label, text in related_labels(root, candidates):
        text = " ".join(text.split())
        if vocab.RELATED_HEADING_RE.match(text):
            blocks = own
        elif vocab.SITE_LIST_HEADING_RE.match(text):
            blocks = sitewide
        else:
            continue
        if has_descendant(label, "a") and label.tag not in HEADING_LEVEL:
            continue
        parent = label.getparent()
        if (label.tag in ("strong", "b", "span") and parent is not None
                and parent.tag in ("p", "li") and _is_link_list(parent, skip=label)):
            blocks.append([parent])  # "<p><strong>Read more:</strong> <a>Title</a></p>"
            continue
        group = _heading_group(label)
        if group:
            blocks.append(group)
    return own, sitewide


def related_labels(root, candidates=None):
    """(element, text) of every element short and simple enough to be a related block's label,
    outside links, in page order (the candidates are described at vocab.RELATED_LABEL_TAGS)."""
    limit = vocab.RELATED_LABEL_MAX
    for el in root.iter(*vocab.RELATED_LABEL_TAGS) if candidates is None else candidates:
        tag = el.tag
        if not len(el):
            pass                # no children: nothing inside to rule it out
        elif tag == "header":
            if next(el.iterdescendants("p"), None) is not None:
                continue
        elif tag == "span":
            if next(el.iterchildren(etree.Element), None) is not None:
                continue
        elif tag == "div":
            if next(el.iterdescendants("div", "p", "ul"), None) is not None:
                continue
        head = el.text
        if head is not None and len(head) > limit:
            continue            # its first words alone are too long: no need to read the rest
        text = text_of(el)
        if len(text) > limit:
            continue
        if len(text) == limit and tag in _SHORT_ONLY and xpath_normalized_length(text) >= limit:
            continue
        if next(el.iterancestors("a"), None) is None:
            yield el, text


_SHORT_ONLY = frozenset(("p", "span", "div"))   # candidates only when their text is short


def _heading_group(label) -> list | None:
    """The label's box and the link lists that follow it, or the label's parent if that is one."""
    group = [label_box(label)]
    for sibling in section_after(label):
        if sibling.tag in HEADING_LEVEL or not _is_link_list(sibling):
            break
        group.append(sibling)
    if len(group) > 1:
        return group
    # "<section><h2>Related</h2><div><ul>...</ul></div></section>": the label heads its parent.
    # A label that is its parent's last part heads nothing there (an empty related box, filled by
    # script, after the share buttons: Jetpack's "jp-relatedposts" in its post-flair box).
    parent = group[0].getparent()
    if parent is not None and parent.tag not in ("body", "html") and _heads(group[0], parent) \
            and _is_link_list(parent):
        return [parent]
    return None


def _heads(box, parent) -> bool:
    """The box comes first in its parent, before the content it would label."""
    first = next((k for k in parent if isinstance(k.tag, str) and (text_of(k).strip() or k.tag == "a")), None)
    return first is box


# A CMS's card for another post, as its editor embeds one in the text: Ghost's bookmark card
# (Koenig's figure.kg-bookmark-card) and WordPress's post embed (blockquote.wp-embedded-content,
# beside its hidden iframe).
_EMBEDDED_POSTS = etree.XPath(
    "//figure[contains(concat(' ', normalize-space(@class), ' '), ' kg-bookmark-card ')]"
    " | //blockquote[contains(concat(' ', normalize-space(@class), ' '), ' wp-embedded-content ')]")


def _embedded_posts(root, base_url: str, own: str) -> list[list]:
    """Cards of embedded posts that link to the page's own site: the editor's own "read this
    too", one card each, with or without a label ("More on this:" before several is read as a
    labelled block). A card for another site's page is a resource, and stays where it is."""
    blocks = []
    for card in _EMBEDDED_POSTS(root):
        links = [a for a in card.iter("a") if _usable(a.get("href"))]
        if links and same_site(link_site(_item_url(links, base_url)), own):
            blocks.append([card])
    return blocks


_PROMPT_SPLIT = re.compile(r"^([^:]{2,30}):\s*(\S.*)$")
_PUNCTUATION_ONLY = re.compile(r"^[\W_]*$")


def _prompted_links(root, base_url: str, own: str) -> list[list]:
    """Paragraphs that are nothing but one link to another page of the site whose text opens with a
    Read Also prompt and a colon ("<p><a>READ MORE: Title</a></p>", "[ Related: Title ]"): an
    editor's interstitial link (Arc's ``interstitial_link``, the same by hand on any CMS), one item
    each, unless the same address is linked beside it (a teaser's continuation link). The prompt
    outside the link ("<p><b>Read more:</b> <a>") is a labelled block already."""
    blocks = []
    for p in root.iter("p"):
        links = [a for a in p.iter("a") if _usable(a.get("href"))]
        if len(links) != 1 or len(p.xpath(".//a")) != 1:
            continue
        link_text = " ".join(text_of(links[0]).split())
        match = _PROMPT_SPLIT.match(link_text)
        if not match or len(match.group(2).split()) < 2 or not vocab.RELATED_HEADING_RE.match(match.group(1)):
            continue
        if not _PUNCTUATION_ONLY.match(" ".join(text_of(p).split()).replace(link_text, "", 1)):
            continue
        address = _address(links[0], base_url)
        if same_site(link_site(address), own) and not _linked_beside(p, links[0], address, base_url):
            blocks.append([p])
    return blocks


def _linked_beside(p, link, address: str, base_url: str) -> bool:
    """Another link to the same address in the paragraph's box or the box around it: a teaser's
    "Read more: Title" under its own linked heading (Joomla's blog layout), the teaser's
    continuation, not an editor's interstitial."""
    box = p
    for _ in range(2):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return False
        if any(a is not link and _usable(a.get("href")) and _address(a, base_url) == address for a in box.iter("a")):
            return True
    return False


def _blocks_by_name(named: list) -> list[list]:
    """Blocks named like related lists ("yarpp-related", "jp-relatedposts"), outermost first."""
    blocks, taken = [], set()
    for el in named:
        if any(a in taken for a in el.iterancestors()):
            continue  # the outermost related container speaks for the block
        label = _leading_label(el)
        if label is not None and vocab.RELATED_OTHER_RE.match(" ".join(text_of(label).split())):
            taken.add(el)   # its label says what it lists (services, products: not reading), its parts too
            continue
        if _is_link_list(el, skip=label):
            taken.add(el)
            parts = _labelled_parts(el) if label is None else None
            blocks.extend([[part] for part in parts] if parts else [[el]])
    return blocks


def _labelled_parts(el) -> list | None:
    """The parts of a related-named box to read when it holds several lists, each under a label of
    its own, and some labels say "related articles" (RELATED_HEADING_RE) while others do not: those
    parts only; the others list something else the CMS relates to the post (TYPO3's news extension
    puts related news, related links and related files in one "news-related-wrap"). None when the
    box is not built so."""
    kids = [k for k in _unwrap(el) if isinstance(k.tag, str) and text_of(k).strip()]
    labels = [_leading_label(k) for k in kids]
    if len(kids) < 2 or any(label is None for label in labels):
        return None
    reading = [k for k, label in zip(kids, labels)
               if vocab.RELATED_HEADING_RE.match(" ".join(text_of(label).split()))]
    return reading if 0 < len(reading) < len(kids) else None


def _other_sections(box) -> list:
    """The parts of a related box that list something else than reading matter: the box holds several
    lists, each under a label of its own (flat, "<h2>Related Items</h2><h3>Health Library</h3><ul>..
    <h3>Health Tools</h3><ul>..", or each in a box led by its label), and a label names another kind
    of page (vocab.OTHER_SECTION_RE: tools, doctors, locations, events). Those labels and their lists,
    when another part remains; [] otherwise, and for a box holding anything but labels and link lists
    (an article's text with a related list in it)."""
    sections: list[tuple[str, list]] = []
    for kid in _unwrap(box):
        if not isinstance(kid.tag, str) or not text_of(kid).strip():
            continue
        label = _leading_label(kid)
        if label is not None and _is_link_list(kid, skip=label):
            sections.append((text_of(label), [kid]))
        elif kid.tag in vocab.RELATED_LABEL_TAGS and not has_descendant(kid, "a") \
                and len(" ".join(text_of(kid).split())) <= vocab.RELATED_LABEL_MAX:
            sections.append((text_of(kid), [kid]))
        elif sections and _is_link_list(kid):
            sections[-1][1].append(kid)
        else:
            return []       # prose, or a list before any label: no box of labelled lists
    lists = [(text, parts) for text, parts in sections if any(has_descendant(p, "a") for p in parts)]
    other = [parts for text, parts in lists if vocab.OTHER_SECTION_RE.match(" ".join(text.split()))]
    if len(lists) < 2 or len(other) == len(lists):
        return []
    return [el for parts in other for el in parts]


def _leading_label(el):
    """The first child of a block named like a related list when it is the block's label: short,
    no link, and followed by the items ("<div class=crp_related><h3>Posts relacionados:</h3><ul>").
    The name says what the block is, whatever language its label is in."""
    kids = [k for k in _unwrap(el) if isinstance(k.tag, str) and text_of(k).strip()]
    if len(kids) < 2:
        return None
    first = kids[0]
    if first.tag not in vocab.RELATED_LABEL_TAGS or has_descendant(first, "a"):
        return None
    return first if len(" ".join(text_of(first).split())) <= vocab.RELATED_LABEL_MAX else None


def _is_link_list(el, skip=None) -> bool:
    """A short block of items that each carry a link, the links a real share of the text.
    `skip`: a child not counted as an item (the block's own label: "<p><b>Related:</b> <a>...")."""
    if el.tag == "a":
        return bool(el.get("href"))
    links = [a for a in el.iter("a") if a.get("href")]
    if not links:
        return False
    text = " ".join(text_of(el).split())
    if len(text) > vocab.RELATED_MAX_TEXT:
        return False
    children = [c for c in _unwrap(el) if isinstance(c.tag, str) and c is not skip and text_of(c).strip()]
    with_links = sum(1 for c in children if c.tag == "a" or has_descendant(c, "a"))
    link_text = sum(len(" ".join(text_of(a).split())) for a in links)
    if link_text < 0.15 * len(text) and len(text) >= 200 and not (with_links == len(children) and _cards(children)):
        return False
    return with_links >= 0.6 * len(children)


def _cards(children: list) -> bool:
    """Two or more like items (list items, <article>s, or boxes of one class), each led by its link
    (an image or a titled link) over other blocks (an excerpt, a date): cards whose long excerpts
    outweigh their short linked titles. Prose paragraphs that each carry a link are no cards."""
    if len(children) < 2:
        return False
    kind = (children[0].tag, children[0].get("class"))
    if kind[0] not in ("li", "article") and not (kind[0] == "div" and kind[1]):
        return False
    for child in children:
        kids = [k for k in child if isinstance(k.tag, str)]
        if (child.tag, child.get("class")) != kind or len(kids) < 2:
            return False
        lead = kids[0]
        if not (lead.tag == "a" or (lead.tag != "p" and has_descendant(lead, "a"))):
            return False
    return True


def _unwrap(el):
    """The children of el, looking through wrappers that hold a single element."""
    while True:
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) == 1 and kids[0].tag not in ("a", "li"):
            el = kids[0]
            continue
        return kids


def _read_items(group: list, base_url: str, page_url: str = "") -> list[Related]:
    items = []
    for container in _item_containers(group):
        links = [a for a in container.iter("a") if _usable(a.get("href")) and not _term_link(a)
                 and not _document(a.get("href"))]
        if not links:
            continue
        url = _item_url(links, base_url, page_url if _cited(container, links) else "")
        if _site_search(url):
            continue            # "start an advanced similarity search": a search form's results, no article
        title = _item_title([a for a in links if _address(a, base_url) == url])
        if not title:
            continue
        link_texts = {" ".join(text_of(a).split()) for a in links}
        teaser = _teaser(container, link_texts)
        if vocab.RELATED_HEADING_RE.match(teaser):
            teaser = ""         # only the block's label: "<p><b>Related articles:</b> <a>...</a></p>"
        items.append(Related(url=url, title=title, teaser=teaser))
    return items


def _term_link(a) -> bool:
    """A link to a tag or category archive as HTML marks it (rel="tag"; WordPress's category lists print
    rel="category tag"): a card's topic chip, never a related post of its own."""
    return "tag" in (a.get("rel") or "").lower().split()


def _item_containers(group: list) -> list:
    """The repeated children holding one item each (li, article, div...), in page order: a child
    that is itself a list of like items (a collection list beside the label's row) gives its items;
    a "View all" link to the whole listing is no item."""
    out = []
    for el in group:
        box = _single_descent(el)
        kids = _link_children(box)
        if len(kids) <= 1 or _one_card(kids):
            out.append(box)
            continue
        for kid in kids:
            inner = _link_children(_single_descent(kid)) if kid.tag != "a" else []
            if len(inner) >= 2 and len({(k.tag, k.get("class")) for k in inner}) == 1 and not _cited(kid, inner):
                out.extend(inner)       # a list of like cards, not one item
            else:
                out.append(kid)
    return [item for item in out if not _all_items_link(item)]


def _cited(item, links: list) -> bool:
    """A list item written as a citation: bare links among words of its own ("A. Roe, <a>Title</a>,
    <a>Journal: Vol. 5</a>"), one item however many links it has."""
    if item.tag != "li" or any(k.tag != "a" for k in links):
        return False
    letters = lambda el: sum(ch.isalpha() for ch in text_of(el))    # noqa: E731
    return letters(item) - sum(letters(a) for a in links) >= 3


def _one_card(kids: list) -> bool:
    """Unlike children that link, half or more of them, to one address: the image, title, byline and
    excerpt of a single card (its byline's author and category links are no items of their own).
    The cards of a list are alike, and may all link one category."""
    if len({k.tag for k in kids}) == 1:      # (by tag: a list's cards differ by per-item classes)
        return False
    counts: dict = {}
    for kid in kids:    # "#" tab and pager links (a block's own controls) address no card
        for href in {(a.get("href") or "").strip() for a in ([kid] if kid.tag == "a" else kid.iter("a"))
                     if _usable(a.get("href"))}:
            counts[href] = counts.get(href, 0) + 1
    top = max(counts.values(), default=0)
    return top >= 2 and 2 * top >= len(kids)


def _all_items_link(item) -> bool:
    links = [item] if item.tag == "a" else list(item.iter("a"))
    return bool(links) and all(vocab.ALL_ITEMS_RE.match(text_of(a)) for a in links)


def _link_children(box) -> list:
    return [k for k in box if isinstance(k.tag, str) and (k.tag == "a" or has_descendant(k, "a"))]


def _single_descent(box):
    """Down through wrappers holding a single link-bearing child."""
    while True:
        kids = _link_children(box)
        if len(kids) == 1 and kids[0].tag != "a":
            box = kids[0]
            continue
        return box


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub|ics)(?:/|$)", re.I)


def _document(href: str) -> bool:
    """A link to a file (a PDF brochure, a spreadsheet, a calendar entry) or to the CMS's page of one
    (Plone's ``/report.pdf/view``): a download, no article."""
    return bool(_DOCUMENT.search(urlsplit(href.strip()).path))


def _usable(href) -> bool:
    if not href:
        return False
    href = href.strip().lower()
    return not href.startswith(("#", "javascript:", "mailto:", "tel:"))


def _item_url(links: list, base_url: str, page_url: str = "") -> str:
    """The address most of the item's text points to (its title link). Given the page's address, for
    a list item written as a citation ("Authors, <a>Title</a>, <a>Journal: Vol. 5 No. 2</a>"), the
    links addressed as the page itself is come first (Read Also lists articles like this one; the
    other link is the issue, the section, the author), where any is."""
    weight: dict = {}
    for a in links:
        url = _address(a, base_url)
        weight[url] = weight.get(url, 0) + len(_title_text(a)) + 1
    if len(weight) > 1 and page_url:
        shape, here = _path_shape(page_url), urlsplit(page_url).path
        alike = {url: w for url, w in weight.items() if _path_shape(url) == shape and urlsplit(url).path != here}
        weight = alike or weight
    return max(weight, key=weight.get)


def _path_shape(url: str) -> tuple:
    """The path's segments with numbers folded and the last one (the item's slug or id) a wildcard:
    /index.php/j/article/view/102 and .../view/120 alike, not .../issue/view/17."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return tuple("N" if s.isdigit() else s for s in segments[:-1]) + (len(segments),)


def _site_search(url: str) -> bool:
    """A site search's address: a path segment "search" (/search, /search/search?query=)."""
    return "search" in urlsplit(url).path.lower().split("/")


def _address(a, base_url: str) -> str:
    return _defragged(base_url, a.get("href"))


@lru_cache(maxsize=8192)
def _defragged(base_url: str, href: str) -> str:
    """The absolute address without its #fragment (cached: an item's links are read twice)."""
    return urldefrag(absolute_url(base_url, href))[0]


def _item_title(links: list) -> str:
    titles = [_heading_text(a) or _title_text(a) for a in links]
    best = max(titles, key=len, default="")
    if best:
        return best
    # only "Read more: Title" links: the title is what follows the prompt
    texts = [vocab.READ_MORE_RE.sub("", " ".join(text_of(a).split()), count=1) for a in links]
    return max(texts, key=len, default="")


def _heading_text(a) -> str:
    """The text of the first heading inside a link that wraps a whole card (topic chip, heading,
    byline, date: one <a> around block content): the card's title, where the link's text runs
    them together."""
    for h in a.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = " ".join(text_of(h).split())
        if text:
            return "" if vocab.READ_MORE_RE.match(text) else text
    return ""


def _title_text(a) -> str:
    text = " ".join(text_of(a).split())
    stripped = vocab.READ_MORE_RE.sub("", text, count=1)
    if stripped != text:
        # "Read more: Title" restates the title; the title link itself is better
        return ""
    prompted = _PROMPT_SPLIT.match(text)      # an interstitial's "SEE ALSO: Title": the title
    if prompted and vocab.RELATED_HEADING_RE.match(prompted.group(1)) and len(prompted.group(2).split()) >= 2:
        return prompted.group(2)
    return stripped or (a.get("title") or "").strip()


def _teaser(container, link_texts: set) -> str:
    """The item's text without its links (title, "Read more: Title")."""
    whole = " ".join(text_of(container).split())
    for link in sorted(link_texts, key=len, reverse=True):
        if link:
            whole = whole.replace(link, " ")
    return " ".join(whole.split())


def _detached(el, root) -> bool:
    """Is el inside a block removed earlier?"""
    return el.getroottree().getroot() is not root
