"""Body normalization: absolute URLs, nh3 allow-list sanitizing, a BeautifulSoup tree to read, text."""
from __future__ import annotations

import threading

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder import LXMLTreeBuilder, ParserRejectedMarkup
from bs4.element import Comment
from lxml import etree

from archive.extract import vocab
from archive.extract.clean import has_descendant, keep_space, remove, text_of, unwrap
from archive.extract.links import absolute_url

CLEANER = nh3.Cleaner(
    tags=set(vocab.ALLOWED_TAGS),
    attributes={tag: set(attrs) for tag, attrs in vocab.ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(vocab.URL_SCHEMES),
    clean_content_tags=set(vocab.CLEAN_CONTENT_TAGS),
    link_rel=None,          # keep the page's own rel tokens (sponsored, nofollow, ugc)
    strip_comments=True,
)
_TEXT_BLOCKS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt",
                          "dd", "tr", "caption", "figure", "ul", "ol", "dl", "table", "thead",
                          "tbody", "tfoot"))
# Elements whose own text, when blank, is only indentation before their first child.
_HOLDERS = ("ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "figure")
_LINE_BLOCKS = frozenset(("li", "tr", "dt", "dd"))   # one line each, no blank line between
_EMPTY_DROPPABLE = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "strong", "em", "b",
                    "i", "a", "figcaption", "ul", "ol", "dl", "dt", "dd", "tr", "table")


def absolutize(node, base_url: str) -> None:
    """Make link and image addresses absolute, taking lazy-loading attributes into account."""
    for a in node.iter("a"):
        href = a.get("href")
        if href is not None:
            a.set("href", absolute_url(base_url, href))
    for img in node.iter("img"):
        src = image_source(img)
        if src:
            img.set("src", absolute_url(base_url, src))
        elif "src" in img.attrib:
            del img.attrib["src"]


def image_source(img) -> str:
    """The address an <img> really shows: src unless it is a placeholder, else a lazy attribute."""
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    for attr in vocab.LAZY_SRC_ATTRIBUTES:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0] if "srcset" in attr else value
    return ""


def tidy(node) -> None:
    """Lower-case rel tokens, unwrap links that go nowhere safe, drop elements left empty.

    Whitespace-only text between blocks becomes one newline, so body_html reads cleanly.
    """
    for a in node.iter("a"):
        rel = a.get("rel")
        if rel is not None:
            a.set("rel", " ".join(rel.lower().split()))
    for el in reversed(list(node.iter(*_EMPTY_DROPPABLE))):
        if el is node or el.getparent() is None:
            continue
        if el.tag == "a" and not vocab.SAFE_HREF_RE.match(el.get("href") or ""):
            unwrap(el)              # javascript:, data:, no address: keep the words only
        elif not text_of(el).strip() and not has_descendant(el, "img"):
            keep_space(el)
            remove(el)
    for el in node.iter(*_TEXT_BLOCKS, "img", "figcaption", "br"):
        if el is not node and el.tail is not None and not el.tail.strip():
            el.tail = "\n"
    for el in (node, *node.iter(*_HOLDERS)):
        if el.text is not None and not el.text.strip():
            el.text = "\n"


def sanitize_body(node) -> tuple[str, BeautifulSoup]:
    """The body subtree as allow-listed HTML, plus its BeautifulSoup tree for the reading passes."""
    # etree's serializer: lxml.html.tostring would also run a regex over the markup to take out
    # <meta http-equiv="Content-Type">, which the allow-list drops anyway
    raw = etree.tostring(node, method="html", encoding="unicode", with_tail=False)
    clean = vocab.INVISIBLE_CHARS_RE.sub("", CLEANER.clean(raw)).strip()
    return clean, BeautifulSoup(clean, builder=_builder())


class HTMLBuilder(LXMLTreeBuilder):
    """BeautifulSoup's lxml HTML builder ("lxml"), building the same tree for less: its start and
    end handlers skip the XML namespace bookkeeping, which never applies to what lxml's HTML parser
    reports (no namespaces, no "{uri}" names); anything namespaced still goes the original way."""

    def start(self, tag, attrib, nsmap={}):  # noqa: B006 (the signature lxml's target API inspects)
        if nsmap or len(self.nsmaps) > 1 or tag[:1] == "{":
            return super().start(tag, attrib, nsmap)
        attributes = self.attribute_dict_class()
        for key, value in attrib.items():
            if key[:1] == "{":
                return super().start(tag, attrib, nsmap)
            attributes[key] = value
        self.soup.handle_starttag(tag, None, None, attributes,
                                  namespaces=self.active_namespace_prefixes[-1])

    def end(self, tag):
        if len(self.nsmaps) > 1 or tag[:1] == "{":
            return super().end(tag)
        soup = self.soup
        if soup.current_data:       # (endData does nothing without pending text)
            soup.endData()
        top = soup.currentTag
        # lxml reports properly nested events: the tag ending is the innermost open one, which is
        # what handle_endtag's _popToTag would pop (it searches the stack for it)
        if top.name == tag and top.prefix is None and len(soup.tagStack) > 1:
            soup.popTag()
        else:
            soup.handle_endtag(tag, None)

    def data(self, data):
        self.soup.current_data.append(data)     # soup.handle_data, one call less per text

    def feed(self, markup):
        """LXMLTreeBuilder.feed with one lxml parser kept for this builder: a new parser inspects
        the target's start() signature (inspect.getfullargspec) on its first feed, every page."""
        parser = self.__dict__.get("_parser")
        if parser is None or self.soup.original_encoding is not None:
            return super().feed(markup)
        self.parser = parser
        try:
            parser.feed(markup)
            parser.close()
        except (UnicodeDecodeError, LookupError, etree.ParserError) as e:
            self._parser = None
            raise ParserRejectedMarkup(e)
        except BaseException:
            self._parser = None     # a parser stopped halfway is not reused
            raise


_LOCAL = threading.local()


def _builder() -> HTMLBuilder:
    """This thread's HTMLBuilder, its lxml parser made once (the crawler extracts in threads)."""
    builder = getattr(_LOCAL, "builder", None)
    if builder is None:
        builder = _LOCAL.builder = HTMLBuilder()
    if builder.__dict__.get("_parser") is None:     # new, or its parser dropped after an error
        builder._parser = builder.parser_for(None)
    return builder


def render_text(soup: BeautifulSoup, skip_links: frozenset = frozenset()) -> str:
    """Readable text: blank line between blocks, one line per list item, no figure captions.
    Links to `skip_links` (the placeholders of embedded media) are markup only: not text."""
    blocks: list[tuple[str, str]] = []     # (kind, text) where kind is "line" or "block"
    parts: list[str] = []
    _render(soup.body or soup, parts, blocks, "block", skip_links)
    _flush(parts, blocks, "block")
    out: list[str] = []
    for i, (kind, text) in enumerate(blocks):
        if i:
            out.append("\n" if kind == "line" and blocks[i - 1][0] == "line" else "\n\n")
        out.append(text)
    return "".join(out)


def _render(node, parts: list, blocks: list, kind: str, skip: frozenset = frozenset()) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                parts.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "a" and skip and child.get("href") in skip:
            continue
        if name == "br":
            parts.append("\n")
        elif name == "figcaption":
            _flush(parts, blocks, kind)
        elif name in ("td", "th"):
            parts.append(" ")
            _render(child, parts, blocks, kind, skip)
            parts.append(" ")
        elif name in _TEXT_BLOCKS:
            _flush(parts, blocks, kind)
            child_kind = "line" if name in _LINE_BLOCKS else "block"
            _render(child, parts, blocks, child_kind, skip)
            _flush(parts, blocks, child_kind)
        else:
            _render(child, parts, blocks, kind, skip)


def _flush(parts: list, blocks: list, kind: str) -> None:
    if not parts:
        return
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    parts.clear()
    if text:
        blocks.append((kind, text))
