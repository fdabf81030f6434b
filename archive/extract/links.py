"""Addresses a page holds: body links, images, headings, page links, pagination, feeds, citations."""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote, unquote, unquote_plus, urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from lxml import etree

from archive.extract import vocab
from archive.extract.clean import text_of
from archive.extract.record import Citation, Heading, Image, Link
from archive.urls import site_of as _site_of

HEADING_LEVEL = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass
class PageLinks:
    base_url: str
    canonical_url: str
    page_links: list[str] = field(default_factory=list)
    next_page: str = ""
    feeds: list[str] = field(default_factory=list)


def absolute_url(base_url: str, href: str) -> str:
    """href resolved against the page's base; absolute http(s) addresses are taken as written."""
    href = href.strip()
    if href.startswith(("http://", "https://")):
        return href
    if href[:1] == "/" and href[1:2] != "/" and "/." not in href and _PLAIN_PATH.fullmatch(href):
        origin = _origin(base_url)      # "/path": what urljoin gives, without its parsing
        if origin:
            return origin + href
    return _join(base_url, href)


# A path urljoin returns unchanged after the base's scheme and host: no query, fragment or
# parameters (";"), no characters urlsplit strips or removes, no "." or ".." segments
# (absolute_url also checks for "/." and for a leading "//", a host).
_PLAIN_PATH = re.compile(r"/[-A-Za-z0-9._~!$&'()*+,=:@%/]*")


@lru_cache(maxsize=1024)
def _origin(base_url: str) -> str:
    """ "scheme://host" of an http(s) base with a host, as urljoin puts it before a root path;
    "" otherwise (absolute_url then leaves the join to urljoin)."""
    if not base_url.startswith(("http://", "https://")):
        return ""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


@lru_cache(maxsize=8192)
def _join(base_url: str, href: str) -> str:
    """urljoin, cached: a site's pages repeat the same menu and footer links on every page."""
    try:
        return urljoin(base_url, href)
    except ValueError:          # malformed address (e.g. a bad IPv6 host): keep it as written
        return href


def as_from_canonical(link: str, page_url: str, canonical: str) -> str:
    """`link` as the page's canonical address would write it: a query parameter whose value is the
    page's own address (a "back" or return link set to the current URL: a portal's
    ``redirect=currentURL``, a login's ``next=``) names the page by its canonical address instead.
    A page reached by several addresses (a portlet URL, a tracking variant) then links the same
    items by the same URLs whichever address it was fetched at, so a Read Also item names the
    address the crawl fetches from the canonical page, not one nesting the address it came by."""
    page_url, canonical = urldefrag(page_url)[0], urldefrag(canonical or "")[0]
    parts, home = urlsplit(page_url), urlsplit(canonical)
    query = urlsplit(link).query
    if not query or canonical == page_url or home.netloc != parts.netloc or not home.scheme:
        return link
    path = lambda p: p.path + (f"?{p.query}" if p.query else "")
    names = {page_url: canonical, path(parts): path(home)}
    pairs = query.split("&")
    for i, pair in enumerate(pairs):
        key, eq, raw = pair.partition("=")
        own = unquote_plus(raw) if eq else ""
        if own in names:
            pairs[i] = f"{key}={_encoded_like(raw, own, names[own])}"
    changed = "&".join(pairs)
    return link if changed == query else link.replace(f"?{query}", f"?{changed}", 1)


def _encoded_like(raw: str, value: str, new: str) -> str:
    """`new` percent-encoded the way `raw` encodes `value`."""
    for safe in ("", "/", "/:?=&"):
        if quote(value, safe=safe) == raw:
            return quote(new, safe=safe)
    return raw.replace(value, new) if value in raw else quote(new, safe="")


@lru_cache(maxsize=8192)
def link_site(url: str) -> str:
    """archive.urls.site_of, but an unreadable address (bad port, bad IPv6) has no site (cached:
    pages repeat their links)."""
    plain = _PLAIN_HOST_URL.match(url)
    if plain is not None and "\t" not in url and "\r" not in url and "\n" not in url:
        host = plain.group(1)       # lower-case, no port, no user: what urlsplit's hostname gives
        return host[4:] if host.startswith("www.") else host
    try:
        return _site_of(url)
    except ValueError:
        return ""


# http(s) addresses whose host archive.urls.site_of reads as written (urlsplit removes tabs and
# line breaks anywhere in an address first: link_site checks there are none)
_PLAIN_HOST_URL = re.compile(r"https?://([a-z0-9.-]+)(?:[/?#]|\Z)")


def same_site(host: str, site: str) -> bool:
    """Same site, or one a subdomain of the other (blog.example.org and example.org)."""
    if not host or not site:
        return False
    return host == site or host.endswith("." + site) or site.endswith("." + host)


def extract_page_links(root, url: str, elements: tuple | None = None) -> PageLinks:
    """Base, canonical, feeds, rel=next and every followable link of the untouched page.

    `elements`: what _link_elements(root) returns, when another walk has gathered it already
    (the metadata PageIndex)."""
    base_href, link_rels, anchor_rels, hrefs = _link_elements(root) if elements is None else elements
    base_url = absolute_url(url, base_href) if base_href and base_href.strip() else url
    if not base_url.startswith(("http://", "https://")):
        base_url = url
    found = PageLinks(base_url=base_url, canonical_url=urldefrag(url)[0])
    for link in link_rels:
        rel = link.get("rel", "").lower().split()
        href = (link.get("href") or "").strip()
        if not href:
            continue
        if "canonical" in rel and found.canonical_url == urldefrag(url)[0]:
            canonical = absolute_url(base_url, href)
            if canonical.startswith(("http://", "https://")):
                found.canonical_url = urldefrag(canonical)[0]
        elif "next" in rel and not found.next_page:
            found.next_page = absolute_url(base_url, href)
        elif "alternate" in rel and (link.get("type") or "").lower().strip() in vocab.FEED_TYPES:
            feed = absolute_url(base_url, href)
            if feed not in found.feeds:
                found.feeds.append(feed)
    unfollowed = set()
    for a in anchor_rels:
        rel = (a.get("rel") or "").lower().split()
        if "next" in rel and not found.next_page:
            found.next_page = absolute_url(base_url, a.get("href"))
        # rel=nofollow, or the HTML download attribute: the page offers the target as a file to
        # save (a PDF, the raw upload behind a viewer), not as a page to read
        if "nofollow" in rel or a.get("download") is not None:
            unfollowed.add(a.get("href"))
    seen = set()
    for href in dict.fromkeys(hrefs):   # menus repeat links: join each once
        if href in unfollowed:
            continue
        absolute = absolute_url(base_url, href).split("#", 1)[0]
        if absolute not in seen and absolute.startswith(("http://", "https://")):
            seen.add(absolute)
            found.page_links.append(absolute)
    return found


def marked_anchor(a) -> bool:
    """An <a> whose attributes say how its link is followed: a rel (next, nofollow) or download."""
    return a.get("rel") is not None or a.get("download") is not None


def _link_elements(root) -> tuple:
    """(href of the first <base href>, <link>s with rel and href, <a>s with rel and href, every
    <a> href), in page order, from one walk over the page's base, link and a elements."""
    base_href, link_rels, anchor_rels, hrefs = None, [], [], []
    for el in root.iter("a", "link", "base"):
        href = el.get("href")
        if href is None:
            continue
        tag = el.tag
        if tag == "a":
            hrefs.append(href)
            if marked_anchor(el):
                anchor_rels.append(el)
        elif tag == "link":
            if el.get("rel") is not None:
                link_rels.append(el)
        elif base_href is None:
            base_href = href
    return base_href, link_rels, anchor_rels, hrefs


def extract_body_parts(soup: BeautifulSoup, site: str) -> tuple[list[Link], list[Image], list[Heading]]:
    """Links, images and headings of the sanitized body, in one walk over the soup."""
    anchors, images, headings = [], [], []
    for tag in soup.descendants:        # find_all's matching machinery costs more than this test
        name = tag.name                 # None for strings
        if name == "a":
            if tag.get("href"):
                anchors.append(tag)
        elif name == "img":
            if tag.get("src"):
                images.append(tag)
        elif name in HEADING_LEVEL:
            headings.append(tag)
    return _links(anchors, site), _images(images), _headings(headings)


def _links(anchors, site: str) -> list[Link]:
    """Every http(s) link (mailto and javascript: are not links to follow)."""
    links = []
    for a in anchors:
        url = a["href"]
        if not url.startswith(("http://", "https://")):
            continue
        rel = a.get("rel") or []
        links.append(Link(
            url=url,
            text=" ".join(a.get_text().split()),
            rel=" ".join(rel if isinstance(rel, list) else rel.split()).lower(),
            internal=same_site(link_site(url), site),
        ))
    return links


def _images(tags) -> list[Image]:
    images = []
    for img in tags:
        figure = img.find_parent("figure")
        caption = figure.find("figcaption") if figure else None
        images.append(Image(
            src=img["src"],
            alt=" ".join((img.get("alt") or "").split()),
            caption=" ".join(caption.get_text().split()) if caption else "",
        ))
    return images


def _headings(tags) -> list[Heading]:
    headings = []
    for h in tags:
        text = " ".join(h.get_text().split())
        if text:
            headings.append(Heading(level=HEADING_LEVEL[h.name], text=text))
    return headings


def label_box(label):
    """The outermost element that holds nothing but the label ("<div><h3>Sources</h3></div>")."""
    box, text = label, " ".join(text_of(label).split())
    while True:
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return box
        if " ".join(text_of(parent).split()) != text:
            return box
        box = parent


def section_after(label):
    """The elements following a label's box, up to the next heading of the label's rank or higher
    (line breaks between them skipped: "<b>Sources:</b><br><ul>...")."""
    rank = HEADING_LEVEL.get(label.tag, 7)
    for sibling in label_box(label).itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag == "br":
            continue
        if HEADING_LEVEL.get(sibling.tag, 9) <= rank:
            return
        yield sibling


def find_reference_links(root, candidates=None) -> list[tuple]:
    """(link, citation text) for every link under a "Sources"/"References"-like heading: in its
    lists once it has one (a list of references, then a call to action or a share line in a
    paragraph), else in its paragraphs.

    Read before furniture removal: such a list often sits in a <footer> or an <aside>.
    `candidates`: the elements that may label such a list, in page order, as clean.mark_furniture
    gathers them (vocab.REFERENCE_LABEL_TAGS and disclosure toggles); without them, those tags alone.
    """
    found = []
    limit = vocab.REFERENCE_LABEL_MAX
    if candidates is None:
        candidates = root.iter(*vocab.REFERENCE_LABEL_TAGS)
    for label in candidates:
        head = label.text
        if head is not None and len(head) > limit and len(" ".join(head.split())) > limit:
            continue        # its first words alone are too long: no need to read the rest
        raw = text_of(label)
        text = " ".join(raw.split())
        if len(text) > limit:
            continue
        # a <p> must be shorter than that as XPath counts (its normalize-space keeps no-break
        # spaces), which is never less than len(text)
        if label.tag == "p" and len(raw) >= limit and (len(text) == limit
                                                       or xpath_normalized_length(raw) >= limit):
            continue
        if not vocab.REFERENCES_HEADING_RE.match(text):
            continue
        items: dict = {}    # a list item's text, read once for all its links
        listed = False
        for sibling in section_after(label):
            if sibling.tag in _LISTS:
                listed = True
            elif listed:
                continue    # after the list, a paragraph is the page's again: a call to action, a share line
            for a in sibling.iter("a"):
                if a.get("href"):
                    found.append((a, _item_text(_enclosing_item(a, sibling), items)))
    return found


_LISTS = frozenset(("ul", "ol", "dl"))
CITATION_TEXT_MAX = 1000    # characters of a reference's text kept (a list item or a "Source:" line)


def _item_text(item, items: dict) -> str:
    """The item's text, whitespace runs as one space, at most CITATION_TEXT_MAX characters; read once
    per item (8,000 links on one "Sources:" line read the line 8,000 times: 146 s)."""
    text = items.get(item)
    if text is None:
        text = items[item] = " ".join(text_of(item).split())[:CITATION_TEXT_MAX]
    return text


def xpath_normalized_length(text: str) -> int:
    """len() of text as XPath's string-length(normalize-space()) counts it: only space, tab, CR and
    LF are whitespace there (str.split() also splits at no-break and other Unicode spaces)."""
    return len(_XML_SPACE_RE.sub(" ", text).strip(" \t\r\n"))


_XML_SPACE_RE = re.compile(r"[ \t\r\n]+")
_XP_TEXTS = etree.XPath(".//text()")
_XP_LINK_BEFORE = etree.XPath("preceding::a[1]")


def extract_citations(references: list[tuple], body, base_url: str, order: dict, site: str = "") -> list[Citation]:
    """Reference-section links, "Source: ..." lines, body links to scholarly/official hosts and
    DOIs written in the body.

    A reference is a link to another site or one carrying a scholarly identifier (DOI, PMID, PMCID,
    arXiv, ISBN): never the page's own site (Read Also teasers and calls to action that follow a
    "Sources" heading). Citations come in page order (`order` maps each link element to its position
    on the page) and are unique by URL; a link cited twice keeps its first place and the fuller
    reference text, DOI and PMID.
    """
    found: list[tuple[float, Citation, bool]] = []      # (position, citation, from a reference list)
    for a, text in references:
        if _in_page(a, base_url):
            continue
        citation = _citation(a.get("href") or "", text, base_url)
        if _is_reference(citation, site):
            found.append((order.get(a, 0), citation, True))
    if body is not None:
        blocks: dict = {}
        items: dict = {}
        for a in body.iter("a"):
            url = absolute_url(base_url, a.get("href") or "")
            if vocab.SCHOLARLY_HOST_RE.search(link_site(url)):
                found.append((order.get(a, 0), _citation(url, _link_words(a, blocks), base_url), False))
            elif _attributed(a) and not _in_page(a, base_url):
                citation = _citation(url, _item_text(_enclosing_item(a, body), items), base_url)
                if _is_reference(citation, site):
                    found.append((order.get(a, 0), citation, True))
        found.extend(_written_dois(body, order))
        found.extend(_written_sources(body, order, site))
    found.sort(key=lambda item: item[0])
    by_url: dict[str, Citation] = {}
    dois = set()
    for _, citation, from_list in found:
        if not citation.url.startswith(("http://", "https://")):
            continue
        first = by_url.get(citation.url)
        if first is None:
            if citation.doi and citation.doi.lower() in dois and not from_list:
                continue        # a DOI written out next to its own link
            by_url[citation.url] = citation
        else:
            if from_list and len(citation.text) > len(first.text):
                first.text = citation.text
            first.doi = first.doi or citation.doi
            first.pmid = first.pmid or citation.pmid
        if citation.doi:
            dois.add(citation.doi.lower())
    return list(by_url.values())


def _in_page(a, base_url: str) -> bool:
    """A link to a place in the page itself (a footnote's backlink ``href="#fnref:1"``, absolute
    once the body is made so; a table of contents entry): it cites nothing, though its reference's
    text carries a DOI."""
    href = (a.get("href") or "").strip()
    return href.startswith("#") or "#" in href and urldefrag(absolute_url(base_url, href))[0] == urldefrag(base_url)[0]


def _is_reference(citation: Citation, site: str) -> bool:
    """Off the page's own site, or carrying a scholarly identifier."""
    if citation.doi or citation.pmid or vocab.SCHOLARLY_ID_RE.search(citation.url + " " + citation.text):
        return True
    return not site or not same_site(link_site(citation.url), site)


def _attributed(a) -> bool:
    """A link on a "Source: ..." / "Reference: ..." line of the body."""
    block = next((el for el in a.iterancestors() if el.tag in ("p", "li", "dd", "div")), None)
    if block is None:
        return False
    head = " ".join((block.text or "").split())
    label = head.split(":", 1)[0] if ":" in head else ""
    return bool(label) and len(label) <= vocab.REFERENCE_LABEL_MAX and bool(vocab.REFERENCES_HEADING_RE.match(label))


SENTENCE_MAX = 1000     # characters read back from a bare citation marker for its sentence


def _link_words(a, blocks: dict) -> str:
    """The link's text; for a bare marker ("1", "[2]"), the sentence it stands behind (at most
    SENTENCE_MAX characters of it). `blocks` caches each paragraph's text pieces (_block_texts)."""
    text = " ".join(text_of(a).split())
    if len(text.strip("[]() ")) > 3:
        return text
    block = next((el for el in a.iterancestors() if el.tag in ("p", "li", "dd", "td")), None)
    if block is None:
        return text
    if block not in blocks:
        blocks[block] = _block_texts(block)
    pieces, first = blocks[block]
    end = first.get(a, len(pieces))
    start = end
    size = 0
    while start > 0 and size < SENTENCE_MAX:   # back from the marker, not from the paragraph's start
        start -= 1
        size += len(pieces[start])
    before = "".join(pieces[start:end])[-SENTENCE_MAX:]
    sentence = vocab.SENTENCE_END_RE.split(" ".join(before.split()))[-1].rstrip(" ([")
    return sentence or text


def _block_texts(block) -> tuple[list[str], dict]:
    """The block's text pieces in order, and for each link in it the index of its first piece."""
    pieces, first = [], {}
    for piece in _XP_TEXTS(block):
        if not piece.is_tail:
            holder = piece.getparent()
            for el in itertools.chain((holder,), holder.iterancestors()):
                if el is block:
                    break
                if el.tag == "a" and el not in first:
                    first[el] = len(pieces)
        pieces.append(piece)
    return pieces, first


def _written_dois(body, order: dict):
    """DOIs and PubMed ids written as text in body paragraphs ("doi:10.1000/xyz", "PMID: 12345"),
    placed after the link before them; a PMID beside a block's one DOI is that reference's."""
    whole = text_of(body)
    if "10." not in whole and "PMID" not in whole:
        return
    for block in body.iter("p", "li", "dd", "td"):
        text = " ".join(" ".join(block.itertext()).split())     # (a <br> or a tag ends a DOI too)
        dois = list(vocab.DOI_RE.finditer(text)) if "10." in text else []
        pmids = list(vocab.PMID_TEXT_RE.finditer(text)) if "PMID" in text else []
        if not dois and not pmids:
            continue
        linked = list(block.iterdescendants("a"))
        anchors = linked or _XP_LINK_BEFORE(block)
        position = (order.get(anchors[-1], 0) if anchors else 0) + 0.5
        sentence = _sentences(text)
        for match in dois:
            doi = match.group(1).rstrip(vocab.DOI_TRAILING)
            pmid = pmids[0].group(1) if len(dois) == 1 and len(pmids) == 1 else ""
            yield position, Citation(url=f"https://doi.org/{doi}", text=sentence(match), doi=doi, pmid=pmid), False
        if not dois and not linked:     # (beside a link, the PMID is that reference's: _citation reads it)
            for match in pmids:
                pmid = match.group(1)
                yield (position, Citation(url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/", text=sentence(match),
                                          pmid=pmid), False)


def _sentences(text: str):
    """A function giving the sentence around a match in ``text`` (at most SENTENCE_MAX characters on
    either side of it): the sentence ends are found in one pass, not once per DOI written."""
    ends = [(m.start(), m.end()) for m in vocab.SENTENCE_END_RE.finditer(text)]
    starts = [end for _, end in ends]

    def around(match) -> str:
        n = bisect.bisect_right(starts, match.start())
        start = max(starts[n - 1] if n else 0, match.start() - SENTENCE_MAX)
        stop = min(ends[n][0] if n < len(ends) else len(text), match.end() + SENTENCE_MAX)
        return text[start:stop].strip()
    return around


def _written_sources(body, order: dict, site: str):
    """Addresses written as text on a "Source: https://..." line of the body (no link made of them)."""
    for block in body.iter("p", "li", "dd"):
        head = (block.text or "").lstrip()
        if ":" not in head[:vocab.REFERENCE_LABEL_MAX + 1] or "http" not in head:
            continue
        label, rest = head.split(":", 1)
        if not vocab.REFERENCES_HEADING_RE.match(label.strip()):
            continue
        text = " ".join(text_of(block).split())
        for match in _WRITTEN_URL_RE.finditer(rest):
            url = _trim_url(match.group(0))
            citation = _citation(url, text, url)
            if _is_reference(citation, site):
                anchors = _XP_LINK_BEFORE(block)       # placed after the link before it (or first)
                yield (order.get(anchors[-1], 0) + 0.5) if anchors else -0.5, citation, True


_WRITTEN_URL_RE = re.compile(r"https?://[^\s<>\"']+")


def _trim_url(url: str) -> str:
    """A written address without the punctuation of the sentence it ends: a closing bracket stays
    when the address opened it ("influenza-(seasonal)")."""
    while url and url[-1] in ".,;:!?)]}":
        closing = url[-1]
        opening = {")": "(", "]": "[", "}": "{"}.get(closing)
        if opening and url.count(opening) >= url.count(closing):
            break
        url = url[:-1]
    return url


def _enclosing_item(a, stop):
    """The list item or paragraph a reference link belongs to (its full citation text)."""
    for el in a.iterancestors():
        if el.tag in ("li", "p", "dd") or el is stop:
            return el
    return a


def _citation(href: str, text: str, base_url: str) -> Citation:
    url = urldefrag(absolute_url(base_url, href))[0]
    text = " ".join(text.split())
    doi = ""
    if link_site(url) in ("doi.org", "dx.doi.org"):
        doi = unquote(urlsplit(url).path.lstrip("/"))
    else:
        match = vocab.DOI_RE.search(url) or vocab.DOI_RE.search(text)
        doi = match.group(1) if match else ""
    doi = doi.rstrip(vocab.DOI_TRAILING)
    pmid_match = vocab.PMID_URL_RE.search(url) or vocab.PMID_TEXT_RE.search(text)
    return Citation(url=url, text=text, doi=doi, pmid=pmid_match.group(1) if pmid_match else "")
