"""Site knowledge: the blocks and title parts a site repeats on most of its article pages (its
template), learned from the pages themselves.

Pages of one site share a template: the sidebar's "Categories" widget, a "Latest posts" list, a
newsletter box, an author box or a disclaimer come back on page after page, while an article's own
text, tags and related links are its own. A block is named by a fingerprint of its place in the
template (its tag and classes, its parent's) and its text; a fingerprint met on most of the pages
sampled since it first appeared is furniture, which extraction then never takes for body, tags,
categories, Read Also, citations or reviewer. A page extracted alone (no template) is read as
before.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from archive.extract import vocab
from archive.extract.clean import labels_references, labels_related

MIN_PAGES = 10       # a site shows no furniture before this many of its articles were sampled
MIN_REPEATS = 3      # ... and a block none before it came back this many times
MIN_SHARE = 0.5      # furniture: on at least this share of the pages sampled since its first sight
FORGET_AFTER = 40    # a block seen once and not again within this many pages is the page's own text
FORGET_EVERY = 10    # pages between two such clean-ups (a learner holds ~FORGET_AFTER pages of them)
MAX_BLOCKS = 600     # blocks sampled from one page (the rest are the page's own in any case)
TEXT_CHARS = 400     # characters of a block's text that name it
ANCHOR_DEPTH = 12    # levels looked up for the block a leaf sits in (_anchor)
CARD_DEPTH = 4       # levels looked up for the list item or card a leaf sits in (_card_in_own_list)
TITLE_START, TITLE_END = "title^", "title$"     # fingerprint prefixes of <title> parts

# Elements whose text makes a block: the innermost of these around a piece of text.
_BLOCKS = frozenset(vocab.BLOCK_TAGS - {"html", "body"})
_DIGITS = re.compile(r"\d+")
_TITLE_SEP = re.compile(r"\s+(?:[|·•»~/:]|::|[-–—])\s+|\s*\|\s*")


@dataclass(frozen=True)
class SiteTemplate:
    """What extraction is told about a page's site: furniture fingerprints and title affixes."""
    furniture: frozenset = frozenset()
    title_affixes: tuple = ()      # what it adds to titles, in loose form, e.g. ("healthy living",)
    pages: int = 0                 # article pages sampled when this was made

    def __bool__(self) -> bool:
        return bool(self.furniture or self.title_affixes)

    def to_dict(self) -> dict:
        return {"furniture": sorted(self.furniture), "title_affixes": list(self.title_affixes), "pages": self.pages}

    @classmethod
    def from_dict(cls, data: dict) -> "SiteTemplate":
        return cls(frozenset(data.get("furniture") or ()), tuple(data.get("title_affixes") or ()),
                   int(data.get("pages") or 0))


@dataclass
class PageSample:
    """What one article page shows of its site's template: the fingerprints of its blocks and the
    first and last parts of its <title>."""
    fingerprints: tuple = ()
    title_parts: tuple = ()        # fingerprints of the title's first and last part (title_parts)
    template_pages: int = 0        # pages behind the template the page was extracted with (0: none)
    template_key: str = ""         # what that template took out of the page (template_key)


def block_fingerprints(root) -> dict:
    """Element -> fingerprint for the innermost blocks holding text in the page body (at most
    MAX_BLOCKS), in page order. Read on the untouched tree: the template as served."""
    body = root.find("body")
    if body is None:
        return {}
    elements = list(body.iter(etree.Element))
    holders = set()          # elements with a block inside
    leaves = []
    for el in reversed(elements):
        tag = el.tag
        if tag in _BLOCKS:
            if el not in holders:
                leaves.append(el)
            parent = el.getparent()
            if parent is not None:
                holders.add(parent)
        elif el in holders:
            parent = el.getparent()
            if parent is not None:
                holders.add(parent)
    found, anchors = {}, {}
    for el in reversed(leaves):
        text = _text(el)
        if text:
            found[el] = _fingerprint(_context(el) + "@" + _anchor(el, anchors), text + _targets(el))
            if len(found) >= MAX_BLOCKS:
                break
    return found


def _targets(el) -> str:
    """Where a block's links go (host and path of its first three): a site-wide list links the same
    pages on every page, while an article's own list ("Read also: Related guide 1", "Read more")
    may repeat its words on every page but links elsewhere each time. Queries are left out: a
    share button's link carries the page's own address there."""
    if not len(el):
        return ""
    out = []
    for a in el.iter("a"):
        href = a.get("href")
        if href:
            out.append(_TARGET_RE.match(href.strip()).group(0))
            if len(out) == 3:
                break
    return "\x1e" + "\x1e".join(out) if out else ""


_TARGET_RE = re.compile(r"[^?#]*")


def _text(el) -> str:
    raw = etree.tostring(el, method="text", encoding="unicode", with_tail=False) if len(el) else (el.text or "")
    return " ".join(raw[:TEXT_CHARS * 2].split())[:TEXT_CHARS].casefold().translate(_ZEROS)


_ZEROS = str.maketrans("123456789", "000000000")      # numbers fold: "(12)" and "(13)" name one block


def _anchor(el, memo: dict) -> str:
    """The id of the nearest ancestor that has one (digits folded): the template's block a leaf
    sits in. Lists of one CMS share their markup (Drupal's views, WordPress widgets), so the same
    item in a site-wide "Recent content" block and in an article's related block differs only here.
    Page builders name their layout's elements in a data attribute instead of an id (Elementor's
    ``data-id`` on every section, column and widget, Beaver Builder's ``data-node``): on the
    millions of sites they build, that name is the only thing telling the footer's Posts widget
    from the article's "Related" one, whose cards are the same markup."""
    chain = []
    node = el.getparent()
    found = ""
    for _ in range(ANCHOR_DEPTH):
        if node is None:
            break
        if node in memo:
            found = memo[node]
            break
        chain.append(node)
        ident = node.get("id") or node.get("data-id") or node.get("data-node")
        if ident:
            found = _DIGITS.sub("0", ident.lower())
            break
        node = node.getparent()
    for node in chain:
        memo[node] = found
    return found


def _context(el) -> str:
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    return "/".join((_name(el.tag, el.get("class"), el.get("id")),
                     _name(parent.tag, parent.get("class"), parent.get("id")) if parent is not None else "",
                     grand.tag if grand is not None else ""))


@lru_cache(maxsize=8192)
def _name(tag, classes, ident) -> str:
    """tag#id.class.class without what varies from page to page: digits, and the post's own
    taxonomy and state classes (WordPress "category-sleep", "postid-12", "has-post-thumbnail")."""
    tokens = [t for t in (classes or "").lower().split()
              if not t.startswith(vocab.TAXONOMY_PREFIXES) and not t.startswith("has-")]
    name = tag if isinstance(tag, str) else ""
    if ident:
        name += "#" + _DIGITS.sub("0", ident.lower())
    return name + "".join("." + _DIGITS.sub("0", t) for t in sorted(set(tokens)))


def _fingerprint(context: str, text: str) -> str:
    return hashlib.blake2b(f"{context}\x1f{text}".encode(), digest_size=8).hexdigest()


def title_parts(title: str) -> tuple:
    """Fingerprints of the first and last separator-delimited parts of a <title> with two or more
    parts: the prefix and the loose text itself ("title$healthy living")."""
    parts = [p for p in _TITLE_SEP.split(title or "") if p.strip()]
    if len(parts) < 2:
        return ()
    return (TITLE_START + loose(parts[0])[:80], TITLE_END + loose(parts[-1])[:80])


def loose(text: str) -> str:
    """Text compared as metadata.strip_site compares site names: case-folded words."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def sample_page(fingerprints: dict, title: str, template: SiteTemplate | None = None) -> PageSample:
    template = template or SiteTemplate()
    blocks = tuple(dict.fromkeys(fingerprints.values()))
    return PageSample(fingerprints=blocks, title_parts=title_parts(title), template_pages=template.pages,
                      template_key=template_key(blocks, template))


def template_key(fingerprints, template: SiteTemplate) -> str:
    """What `template` takes out of a page whose blocks have these fingerprints: the page's blocks
    that are furniture, and the site's title affixes. Extraction reads nothing else of a template,
    so two templates of one key extract a page alike: a site learned again need only extract again
    the pages whose key changed (Archive.settle_sites)."""
    taken = sorted(set(fingerprints) & template.furniture) if template.furniture else ()
    text = "\x1e".join(taken) + "\x1d" + "\x1e".join(template.title_affixes)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def sample_html(html: str) -> PageSample:
    """The sample of a page given as text (a stored page: reparse learns sites from them)."""
    from archive.extract.bounds import bound_html
    from archive.extract.core import parse_html

    root = parse_html(bound_html(html, []), [])
    if root is None:
        return PageSample()
    title = root.find("head/title")
    return sample_page(block_fingerprints(root), " ".join((title.text_content() if title is not None else "").split()))


def furniture_elements(fingerprints: dict, template: SiteTemplate) -> list:
    """The blocks of a page that are its site's furniture, in page order; a heading only when what
    follows it is furniture too (a widget's title), never an article's own "References" or
    "Symptoms" that many pages share; a related list's label likewise, whatever its tag."""
    if not template.furniture:
        return []
    furniture = template.furniture
    marked = {el for el, fp in fingerprints.items() if fp in furniture}
    marked -= _twins_in_related_lists(fingerprints, marked)
    found = []
    for el in marked:
        if _card_in_own_list(el, marked, fingerprints):
            continue
        if el.tag in vocab.HEADING_TAGS and _card_title(el):
            found.append(el)        # the title of a site-wide list's card heads that card only
            continue
        if el.tag in vocab.HEADING_TAGS or labels_references(el) or labels_related(el):
            box = _after(el)
            if box is None:
                continue
            if box in marked or _only_furniture(box, marked, fingerprints):
                found.append(el)
            elif _rotating_list(box, marked, fingerprints):
                found += (el, box)      # the list's rotating item goes with the list
            continue
        found.append(el)
    return found


def _card_in_own_list(el, marked: set, leaves: dict) -> bool:
    """el sits in a linking item (a list item or a card of several blocks) whose like siblings are
    mostly not furniture: a card many posts recommend comes back on most pages of a site, but the
    Read Also list it sits in is each post's own. A site-wide list repeats most of its items;
    a sidebar's widgets differ in their markup, so none is an item of a list of them."""
    node = el
    for _ in range(CARD_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag == "body" or _crumbs(parent):
            return False
        if node.tag == "li" or (node is not el and sum(1 for i in node.iterdescendants(*_BLOCKS) if i in leaves) > 1):
            name = _name(node.tag, node.get("class"), None)
            others = [s for s in parent if s is not node and isinstance(s.tag, str)
                      and _name(s.tag, s.get("class"), None) == name]
            if others:
                if any(s.find(".//a[@href]") is None for s in (node, *others)):
                    return False        # items that do not all link are no cards
                furnished = sum(1 for s in others if s in marked or _only_furniture(s, marked, leaves))
                return 2 * furnished < len(others)
        node = parent
    return False


def _card_title(heading) -> bool:
    """The heading is the linked title of a list item (``<li><h3><a href="/other-post/">Title
    <small>date</small></a></h3></li>``): it heads its card, not the blocks after it, and links
    another page (an in-page anchor heading of an article's own section is no card)."""
    anchors = heading.findall(".//a[@href]")
    if len(anchors) != 1 or (anchors[0].get("href") or "").strip().startswith("#"):
        return False
    if " ".join(anchors[0].text_content().split()) != " ".join(heading.text_content().split()):
        return False
    return any(a.tag == "li" for a, _ in zip(heading.iterancestors(), range(CARD_DEPTH)))


def _crumbs(el) -> bool:
    """A breadcrumb trail: its crumbs are steps of a path, no cards (its root steps are the site's)."""
    return "crumb" in f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}".lower()


def _twins_in_related_lists(fingerprints: dict, marked: set) -> set:
    """The furniture blocks inside a list labelled as the page's related list ("You might also
    like") that the page shows a second time elsewhere, in the same markup and words: a card the
    site-wide "Latest news" strip also shows, both lists built from one card component under one
    landmark. Such a fingerprint names two places on the page, so it says nothing of the related
    list; the other copy stays furniture."""
    counts: dict = {}
    for fp in fingerprints.values():
        counts[fp] = counts.get(fp, 0) + 1
    if all(n == 1 for n in counts.values()):
        return set()
    out = set()
    for label in marked:
        if counts[fingerprints[label]] > 1 or not labels_related(label):
            continue
        box = _after(label)
        if box is None:
            continue
        inside = [el for el in box.iterdescendants(*_BLOCKS) if el in fingerprints]
        within: dict = {}
        for el in inside:
            within[fingerprints[el]] = within.get(fingerprints[el], 0) + 1
        # (a fingerprint met only inside the list names its own items: digits are read alike, "Post 61", "Post 62")
        out.update(el for el in inside if el in marked and counts[fingerprints[el]] > within[fingerprints[el]])
    return out


def _after(heading):
    """The element after the heading (or after its lone wrapper), or None."""
    box = heading
    while True:
        nxt = box.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            return nxt
        box = box.getparent()       # <div><h3>Categories</h3></div><ul>...</ul>
        if box is None or box.tag == "body" or sum(1 for c in box if isinstance(c.tag, str)) != 1:
            return None


def _rotating_list(box, marked: set, leaves: dict) -> bool:
    """A site's list (its heading furniture) whose items are mostly furniture, the others in the
    same markup as they: a "Latest" or "Read more" list of the newest posts but the page's own
    shows the same cards on most pages, and one more on the newest posts' own pages. That card
    is the list's, not the page's."""
    inside = [el for el in box.iterdescendants(*_BLOCKS) if el in leaves]
    taken = [el for el in inside if el in marked]
    rest = [el for el in inside if el not in marked]
    if not rest or len(taken) < 2 * len(rest):
        return False
    slots = {_context(el) for el in taken}
    return all(_context(el) in slots for el in rest)


def _only_furniture(el, marked: set, leaves: dict) -> bool:
    """Every block with text inside el is furniture (and there is one)."""
    found = False
    for inner in el.iterdescendants(*_BLOCKS):
        if inner in leaves:
            if inner not in marked:
                return False
            found = True
    return found


@dataclass
class SiteLearner:
    """One site's block counts, updated page by page: ``blocks[fingerprint] = [pages, first_page]``."""
    pages: int = 0
    blocks: dict = field(default_factory=dict)
    changed: set = field(default_factory=set)       # fingerprints whose counts changed since taken

    def add(self, sample: PageSample) -> None:
        self.pages += 1
        blocks = self.blocks
        for fp in sample.fingerprints:
            self._count(fp)
        for fp in sample.title_parts:
            self._count(fp)
        if self.pages % FORGET_EVERY == 0:
            stale = [fp for fp, (seen, first) in blocks.items() if seen == 1 and self.pages - first >= FORGET_AFTER]
            for fp in stale:
                del blocks[fp]
                self.changed.discard(fp)

    def _count(self, fp: str) -> None:
        counts = self.blocks.get(fp)
        if counts is None:
            self.blocks[fp] = [1, self.pages]
        else:
            counts[0] += 1
        self.changed.add(fp)

    def is_furniture(self, fp: str) -> bool:
        counts = self.blocks.get(fp)
        if counts is None or self.pages < MIN_PAGES:
            return False
        seen, first = counts
        window = self.pages - first + 1
        return seen >= MIN_REPEATS and seen >= MIN_SHARE * max(window, 2 * MIN_PAGES)

    def template(self) -> SiteTemplate:
        if self.pages < MIN_PAGES:
            return SiteTemplate(pages=self.pages)
        furniture, affixes = set(), set()
        for fp in self.blocks:
            if self.is_furniture(fp):
                if fp.startswith((TITLE_START, TITLE_END)):
                    affixes.add(fp[len(TITLE_START):])
                else:
                    furniture.add(fp)
        return SiteTemplate(frozenset(furniture), tuple(sorted(a for a in affixes if a)), self.pages)

    def take_changes(self) -> list[tuple[str, int, int]]:
        """(fingerprint, pages, first_page) of what changed since the last call, worth keeping: blocks
        seen on one page only are the page's own text until they come back."""
        rows = [(fp, *self.blocks[fp]) for fp in self.changed if fp in self.blocks and self.blocks[fp][0] > 1]
        self.changed = {fp for fp in self.changed if fp in self.blocks and self.blocks[fp][0] == 1}
        return rows
