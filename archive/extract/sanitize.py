"""Body normalization: absolute URLs, nh3 allow-list sanitizing, a BeautifulSoup tree to read, text."""
from __future__ import annotations

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment
from lxml import etree

from archive.compat import html_soup
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
    return clean, html_soup(clean)


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


def _render(node, parts: list, blocks: list, kind: str, skip: frozenset = frozenset(), pre: bool = False) -> None:
    """`pre`: inside <pre>, where a line break of the markup is one of the text; elsewhere it is a
    space (a paragraph wrapped in the page's source reads as one line; <br> breaks it)."""
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                parts.append(str(child) if pre or "\n" not in child else child.replace("\n", " "))
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
            _render(child, parts, blocks, kind, skip, pre)
            parts.append(" ")
        elif name in _TEXT_BLOCKS:
            _flush(parts, blocks, kind)
            child_kind = "line" if name in _LINE_BLOCKS else "block"
            _render(child, parts, blocks, child_kind, skip, pre or name == "pre")
            _flush(parts, blocks, child_kind)
        else:
            _render(child, parts, blocks, kind, skip, pre)


def _flush(parts: list, blocks: list, kind: str) -> None:
    if not parts:
        return
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    parts.clear()
    if text:
        blocks.append((kind, text))
