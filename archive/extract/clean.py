"""Tree cleaning: drop code, hidden nodes and page furniture before the body is searched."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from archive.extract import vocab

_INLINE_PARENTS = frozenset(("p", "li", "td", "h2", "h3", "h4", "h5", "h6", "blockquote"))
_FURNITURE, _SURE = 1, 2

FORM_MAX_TEXT = 1000    # a search, login or comment form says less than this


FOLDED_MIN = 100        # a hidden block with this much text may be folded content (_folded)


def clean_tree(root, lenient: bool = False) -> None:
    """Remove code, comments, hidden nodes and small forms, in place.

    Hidden blocks that hold text (a reference list collapsed until clicked, an accordion, a tab, a
    "read more" fold) stay: they are the article's when they sit in it, and the search for the body
    decides that; hidden furniture (a modal, a menu) and small hidden bits go. `lenient` (the second
    try on a page where nothing was found) keeps every hidden node and the content of <noscript>,
    where some sites put their whole text.
    """
    if lenient:
        etree.strip_tags(root, "noscript")
    for button in list(root.iter("button")):
        # a disclosure toggle's text titles what it shows ("<h4><button aria-expanded>Sources")
        if button.get("aria-expanded") is not None or button.get("aria-controls") is not None:
            for inner in list(button.iter("svg", "img", "i")):
                drop_tree(inner)
            if len(button) == 1 and button[0].tag in ("span", "div") and not len(button[0]) \
                    and not (button.text or "").strip() and not (button[0].tail or "").strip():
                button[0].tag = "strong"    # its one text box is the toggle's title (a "Sources" label)
            button.drop_tag()
    # One walk removes comments, code and <head> (nothing in it is body text).
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *vocab.JUNK_TAGS, "head",
                         with_tail=False)
    for el in () if lenient else hidden_candidates(root):
        if el.tag not in ("html", "body") and (_never_shown(el) or _is_hidden(el) and not _folded(el)) \
                and not _shown_in_prose(el):
            _drop(el)
    for value in () if lenient else vocab.XP_SCREEN_READER_CLASS(root):
        el = value.getparent()
        if not vocab.SCREEN_READER_CLASSES.isdisjoint(value.split()) and _inside_prose(el) \
                and el.getparent() is not None:
            _drop(el)       # "(opens in a new tab)", "minutes" beside a shown "mins": not on the page
    for el in list(root.iter("form")):
        # ASP.NET pages wrap everything in one <form>: keep forms that hold a page of text, or the
        # page itself (its <h1>, <main> or <article>: no search, login or comment form holds those),
        # however little text a short post leaves in it once its site's furniture is gone.
        if text_length(el) < FORM_MAX_TEXT and next(el.iterdescendants("h1", "main", "article"), None) is None:
            _drop(el)


def hidden_candidates(root) -> list:
    """Elements with hidden, aria-hidden="true", a style attribute or a class a platform always hides,
    in page order."""
    found, last = [], None
    for value in vocab.XP_HIDING_ATTRIBUTES(root):
        el = value.getparent()
        if el is not last and (value.attrname != "aria-hidden" or value == "true"
                               or el.get("hidden") is not None or el.get("style") is not None):
            found.append(el)
            last = el
    return found


def _never_shown(el) -> bool:
    marks = el.get("class")
    return bool(marks) and vocab.NEVER_SHOWN_CLASS in marks.split()


@dataclass
class Marks:
    """What one pass over the cleaned page found (see mark_furniture)."""
    sure: list = field(default_factory=list)       # furniture whatever its size
    furniture: list = field(default_factory=list)  # furniture unless it holds most of the prose
    protected: set = field(default_factory=set)    # article body blocks and their containers
    related: list = field(default_factory=list)    # named like a related-articles block
    # Elements other passes look at, gathered by the same walk (all in page order):
    anchors: list = field(default_factory=list)            # every <a>
    related_labels: list = field(default_factory=list)     # tags that may label a related block
    declared: list = field(default_factory=list)           # itemprop/property articleBody (and "text")
    reference_labels: list = field(default_factory=list)   # tags that may head a reference list


def mark_furniture(root) -> Marks:
    """Classify every named element and landmark once, by tag, class, id and role.

    The same walk finds the elements marked as the article body (itemprop="articleBody" and
    kin) and the h1s: separate XPath scans of the tree cost more than these attribute reads.
    """
    marks = Marks()
    marked, h1s, grids = [], [], []
    landmarks = vocab.LANDMARK_TAGS
    anchors, related_labels, reference_labels = marks.anchors, marks.related_labels, marks.reference_labels
    for el in root.iter(etree.Element):
        tag = el.tag
        prop = el.get("itemprop")
        if prop is not None and (prop in _CONTENT_ITEMPROPS or " " in prop and "articleBody" in prop.split()) \
                or el.get("property") == "articleBody":
            marked.append(el)
        if tag in _GATHERED:    # file el for the passes that read elements of its tag
            if tag == "a":
                anchors.append(el)
            elif tag == "h1":
                h1s.append(el)
            else:
                if tag in _RELATED_LABEL_TAGS:
                    related_labels.append(el)
                if tag in _REFERENCE_LABEL_TAGS or tag in _TOGGLE_TAGS and not len(el) and _toggle(el):
                    reference_labels.append(el)
        cls, ident, role = el.get("class"), el.get("id"), el.get("role")
        if cls is not None and tag == "div" and "umb-grid" in cls.split():
            grids.append(el)
        if ident is not None and tag in _HEADING_TAGS and _anchor_of_own_words(ident, el):
            ident = None        # <h3 id="share-the-load">Share the load</h3>: the id names the words
        if cls is None and ident is None and role is None and tag not in landmarks \
                or tag in ("html", "body"):
            continue
        if ident is None and role is None and tag not in landmarks:
            kind, content, related, names_content = _names_facts(cls)     # the common case
            kind = 0 if names_content else kind
            related = related and tag != "a"
        else:
            kind, content, related = _classify(tag, cls, ident, role)
        if kind == _SURE:
            marks.sure.append(el)
        elif kind == _FURNITURE:
            marks.furniture.append(el)
        elif content and text_length(el) >= 200:
            _protect(marks, el)
        if related:
            marks.related.append(el)
    for grid in grids:
        marks.furniture += grid_sidebars(grid)
    marks.declared = marked
    for el in marked:       # itemprop="articleBody" and kin; the article body declared, however short (a video post)
        if el not in marks.protected and (text_length(el) >= 200 or el.get("property") == "articleBody"
                                          or "articleBody" in (el.get("itemprop") or "").split()):
            _protect(marks, el)
    headline = max(h1s, key=text_length, default=None)
    if headline is not None:    # furniture never holds the page's headline: its boxes are the article's
        marks.protected.update(headline.iterancestors())
    return marks


_GRID_WIDTH = re.compile(r"\b(?:col-(?:xs-|sm-|md-|lg-|xl-)?|span)(\d{1,2})\b")


def grid_sidebars(grid) -> list:
    """The narrower sections of an Umbraco grid (its Bootstrap partials print each section as
    ``div.grid-section`` > ``div.col-md-N.column``, Bootstrap 2's ``div.spanN.column``): the grid
    editor's own "Sidebar layout" is a 4 + 8 pair of sections, the editor's text in the wide one,
    "Latest news" and a helpline box in the other. Sections of equal width are all the page's."""
    widths = []
    for section in grid.iterfind(".//div[@class]"):
        if "grid-section" not in section.get("class").split():
            continue
        column = next((c for c in section if isinstance(c.tag, str)), None)
        found = _GRID_WIDTH.search(column.get("class") or "") if column is not None else None
        if found is None:
            return []
        widths.append((int(found.group(1)), section))
    if len(widths) < 2:
        return []
    widest = max(w for w, _ in widths)
    return [section for w, section in widths if w < widest]


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_ID_WORD = re.compile(r"[^\W_]+")


def _anchor_of_own_words(ident: str, el) -> bool:
    """The heading's id is an anchor slugged from its own text (WordPress block anchors, table-of-
    contents plugins, Markdown generators: "share-the-load", "Other_helpful_habits"): two or more
    words, every one of them a word of the heading. Such an id says nothing of the block's role."""
    words = _ID_WORD.findall(ident.lower())
    if len(words) < 2:
        return False
    text = el.text_content()
    return len(text) <= 300 and set(words) <= set(_ID_WORD.findall(text.lower()))


_CONTENT_ITEMPROPS = frozenset(("articleBody", "text"))
_RELATED_LABEL_TAGS = frozenset(vocab.RELATED_LABEL_TAGS)
_REFERENCE_LABEL_TAGS = frozenset(vocab.REFERENCE_LABEL_TAGS)
# A disclosure's toggle, a lone <div> of words before the panel it opens, labels the panel as a
# heading would (Contao's accordion: div.toggler + div.accordion; div role="button" + div.panel; a
# tab's headline): a collapsed "Sources" is a reference list. A toggle says what it is by its role,
# its aria state or the widget its class names; a plain <div> of words is any box's caption (a site
# footer's "Useful Links"). (A <button> toggle is unwrapped or dropped by clean_tree.)
_TOGGLE_TAGS = frozenset(("div",))
_TOGGLE_CLASS = re.compile(r"toggl|accordion|collaps|expand|disclos|trigger|(?:^|[\s_-])tabs?(?:$|[\s_-])", re.I)


def _toggle(el) -> bool:
    """A leaf <div> that opens a panel (see _TOGGLE_TAGS)."""
    if el.get("role") in ("button", "tab") or el.get("aria-expanded") is not None or el.get("aria-controls") is not None:
        return True
    cls = el.get("class")
    return cls is not None and _TOGGLE_CLASS.search(cls) is not None
_GATHERED = _RELATED_LABEL_TAGS | _REFERENCE_LABEL_TAGS | _TOGGLE_TAGS | {"a", "h1"}


def _protect(marks: Marks, el) -> None:
    marks.protected.add(el)
    marks.protected.update(el.iterancestors())


def remove_boilerplate(root, marks: Marks) -> int:
    """Remove blocks named or marked as furniture (share bars, comments, ads...); returns the count.

    Never removed: containers of the article body or of the page's headline, words inside a
    sentence, and (unless named like comments, cookie notices or pop-ups) blocks holding most
    of the page's prose: such names on a wrapper ("with-sidebar", "article-ad-marker")
    describe the layout, not the block.
    """
    removed = 0
    total = main = None
    for kind, elements in ((_SURE, marks.sure), (_FURNITURE, marks.furniture)):
        for el in elements:
            if el in marks.protected or el.getparent() is None or _inside_prose(el):
                continue
            if kind == _FURNITURE and el.tag == "footer" and has_descendant(el, "p"):
                main = _main_landmark(root) if main is None else main
                if main is not False and el not in main.iterancestors() and main not in el.iterancestors():
                    _drop(el)       # the page's footer, beside the main landmark holding the headline
                    removed += 1
                    continue
            if kind == _FURNITURE and has_descendant(el, "p"):
                total = text_length(root) if total is None else total
                if text_length(el) > 0.4 * total and sum(1 for _ in el.iterdescendants("p")) >= 3 \
                        or vocab.XP_HOLDS_PARAGRAPHS(el):
                    continue
            title = _title_of(el, marks)
            _drop(el)
            if title is not None:
                _drop(title)
            removed += 1
    return removed


def _main_landmark(root):
    """The page's one main landmark (<main>, role="main") when it holds the one <h1>, else False.
    A <footer> outside it is the page's footer however much of a short page's text it holds (an
    Acknowledgement of Country, a licence, "Page last updated"): the guard that spares furniture
    holding most of the prose is for wrappers named like furniture, not for that landmark."""
    mains = [el for el in root.iter("main")] + [el for el in root.iterfind(".//*[@role='main']") if el.tag != "main"]
    h1s = list(root.iter("h1"))
    if len(mains) != 1 or len(h1s) != 1 or mains[0] not in h1s[0].iterancestors():
        return False
    return mains[0]


_TITLE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_TITLED_LANDMARKS = frozenset(("nav", "menu", "aside"))
TITLE_MAX = 80          # a landmark's title is a few words ("Table of Contents", "In this article")


def _title_of(el, marks: Marks):
    """The heading that titles a navigation landmark, gone with it: el is a <nav>, <menu> or <aside>
    whose parent holds only a short, unlinked heading just before it and el itself, no other text (a
    table of contents' "Table of Contents" over its <nav> of in-page links); else None. A heading of
    the article's own container (protected), or one in or around a link (a card's title over its
    rating widget), is never taken."""
    parent = el.getparent()
    if el.tag not in _TITLED_LANDMARKS or parent is None or parent in marks.protected or len(parent) != 2 \
            or parent[1] is not el:
        return None
    heading = parent[0]
    if heading.tag not in _TITLE_TAGS or (parent.text or "").strip() or (heading.tail or "").strip() \
            or (el.tail or "").strip() or has_descendant(heading, "a") \
            or any(up.tag == "a" for up in heading.iterancestors()):
        return None
    words = text_of(heading).strip()
    return heading if words and len(words) <= TITLE_MAX else None


@lru_cache(maxsize=16384)
def _classify(tag: str, cls, ident, role) -> tuple[int, bool, bool]:
    """(furniture kind, names the article body, names a related block) of one element (cached:
    tag and class combinations repeat)."""
    kind, body, related, content = _names_facts(cls) if cls else _NO_FACTS
    if ident:
        id_kind, id_body, id_related, id_content = _name_facts(ident)
        kind, body = max(kind, id_kind), body or id_body
        related, content = related or id_related, content or id_content
    if content:                 # "sidebar-content", "post-content-share"... the content wins
        kind = 0
    if tag in vocab.LANDMARK_TAGS or (role and role.lower() in vocab.BOILERPLATE_ROLES):
        kind = max(kind, _FURNITURE)
    return kind, body, related and tag != "a"


_NO_FACTS = (0, False, False, False)


@lru_cache(maxsize=16384)
def _names_facts(names: str) -> tuple[int, bool, bool, bool]:
    """_name_facts of a whole class attribute (pages repeat their class strings: cached)."""
    tokens = names.split()
    if len(tokens) == 1:        # the common case: the loop below would give the same tuple
        return _name_facts(tokens[0])
    kind, body, related, content = _NO_FACTS
    for name in tokens:
        name_kind, name_body, name_related, name_content = _name_facts(name)
        if name_kind > kind:
            kind = name_kind
        body, related, content = body or name_body, related or name_related, content or name_content
    return kind, body, related, content


# Pages show a name once each: these tests run on every new class or id token, so they are kept cheap.
# RELATED_NAME_RE without re.IGNORECASE, for lower-cased ASCII names, where it matches the same
# (a case-insensitive pattern is tried letter by letter at every position; this one skips ahead).
_RELATED_NAME_ASCII = re.compile(vocab.RELATED_NAME_RE.pattern)
# Every alternative of vocab.CONTENT_NAME_RE (and so of BODY_NAME_RE) holds one of these.
_CONTENT_WORDS = ("body", "content", "text", "copy", "entry")     # (as _name_facts spells them out)
assert all(any(word in name for word in _CONTENT_WORDS) for name in vocab.CONTENT_NAME_RE.pattern.split("|"))


_NEGATIONS = frozenset(("not", "no", "non", "without"))


@lru_cache(maxsize=16384)
def _name_facts(name: str) -> tuple[int, bool, bool, bool]:
    """(furniture kind, body name, related name, content name) of one class or id token."""
    name = name.lower()
    compact = name.replace("-", "").replace("_", "")
    related = (_RELATED_NAME_ASCII if name.isascii() else vocab.RELATED_NAME_RE).search(name) is not None
    if name.startswith(vocab.TAXONOMY_PREFIXES):
        return 0, False, related, False
    # every content name holds one of _CONTENT_WORDS (spelled out: a generator costs more here)
    if "body" in compact or "content" in compact or "text" in compact or "copy" in compact \
            or "entry" in compact:
        body = vocab.BODY_NAME_RE.search(compact) is not None
        if vocab.CONTENT_NAME_RE.search(compact) is not None:
            return 0, body, related, True
    else:
        body = False
    tokens = name.replace("_", "-").split("-")
    kind = _FURNITURE if vocab.SCREEN_HIDDEN_NAME_RE.match(name) else 0
    for i, token in enumerate(tokens):
        if i and tokens[i - 1] in _NEGATIONS:
            continue
        if token in vocab.SURE_FURNITURE_TOKENS:
            kind = _SURE
            break
        if token in vocab.BOILERPLATE_TOKENS:
            kind = _FURNITURE
    else:   # two neighbouring words spelling an author box, a comment list ("news-author-box", "c-author-bio")
        if any(a + b in vocab.SURE_FURNITURE_TOKENS for a, b in zip(tokens, tokens[1:])):
            kind = _SURE
    if not kind and vocab.BOILERPLATE_NAME_RE.match(compact):
        kind = _SURE if compact.startswith(vocab.SURE_FURNITURE_PREFIXES) else _FURNITURE
    return kind, body, related, False


def in_sure_furniture(el, depth: int = 12) -> bool:
    """el is, or sits in, a block named as furniture whatever its size (a comment thread, a cookie
    dialog, an author bio: vocab.SURE_FURNITURE_TOKENS), within `depth` levels below <body>."""
    for i, node in enumerate((el, *el.iterancestors())):
        if i > depth or node.tag in ("body", "html"):
            return False
        if isinstance(node.tag, str) and _classify(node.tag, node.get("class"), node.get("id"), None)[0] == _SURE:
            return True
    return False


def _folded(el) -> bool:
    """A hidden block of the page's text, shown on a click: prose or a list, not named as furniture,
    not hidden from screen readers too (aria-hidden marks decoration and duplicates)."""
    if el.get("aria-hidden") == "true" or el.getparent() is None:
        return False
    if text_length(el) < FOLDED_MIN and not _under_references_label(el) \
            or not has_descendant(el, "p", "li", "dd", "td", "blockquote"):
        return False
    kind, content, _ = _classify(el.tag, el.get("class"), el.get("id"), el.get("role"))
    return content or kind == 0


def _under_references_label(el) -> bool:
    """The hidden block follows a "Sources" / "Article Sources" toggle: a collapsed reference list,
    however short (one source is one line)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and labels_references(prev)


def labels_references(el) -> bool:
    """A short box saying "Sources", "References", "Article Sources": a reference list's label."""
    text = el.text_content()
    return len(text) <= 2 * vocab.REFERENCE_LABEL_MAX and bool(vocab.REFERENCES_HEADING_RE.match(" ".join(text.split())))


def labels_related(el) -> bool:
    """A short box without links saying "Related Links", "Read also": a related list's label, in
    whatever tag (SharePoint's Summary Links and CQWPs label their lists with a <div>)."""
    if has_descendant(el, "a"):
        return False
    text = " ".join(el.text_content().split())
    return len(text) <= vocab.RELATED_LABEL_MAX and bool(vocab.RELATED_HEADING_RE.match(text))


def _is_hidden(el) -> bool:
    if el.get("hidden") is not None:
        return True
    if el.get("aria-hidden") == "true" and not has_descendant(el, "p"):
        return True
    style = el.get("style")
    return bool(style) and bool(vocab.HIDDEN_STYLE_RE.search(style))


def _shown_in_prose(el) -> bool:
    """A word of a sentence hidden from screen readers only (aria-hidden="true" and nothing more):
    the page shows it ("10 <span aria-hidden>mins</span><span class=sr-only>minutes</span>")."""
    return el.get("hidden") is None and not el.get("style") and _inside_prose(el)


def _inside_prose(el) -> bool:
    """An inline element in a paragraph is part of the sentence, whatever its class says."""
    parent = el.getparent()
    return parent is not None and parent.tag in _INLINE_PARENTS and el.tag not in vocab.BLOCK_TAGS


def has_descendant(el, *tags) -> bool:
    """``el.find(".//tag") is not None`` for any of tags, without ElementPath's path handling."""
    return bool(len(el)) and next(el.iterdescendants(*tags), None) is not None


def text_of(el) -> str:
    """``el.text_content()``: the same libxml2 string value, read through the serializer, which
    costs a third less than the XPath string() lxml.html uses (and an element without children
    is its own text)."""
    if not len(el):
        return el.text or ""
    return _tostring(el, method="text", encoding="unicode", with_tail=False)


_tostring = etree.tostring


def squashed_text(el) -> str:
    """``" ".join(text_of(el).split())``: el's text, whitespace runs as one space. Nested wrappers
    share one text (a chain of 240 <div>s around 2 MB of words split it 240 times: 12 s), so the
    last few are remembered."""
    return _squash(text_of(el))


@lru_cache(maxsize=8)
def _squash(text: str) -> str:
    return " ".join(text.split())


def text_length(el) -> int:
    """Characters of text under el, whitespace runs counted as one (computed by libxml2)."""
    return int(_TEXT_LENGTH(el))


_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")  # compiled once: el.xpath() compiles per call


def keep_space(el) -> None:
    """Before an inline element holding only white space is dropped, its space goes to its tail,
    so "estradiol<span>&nbsp;</span>which" stays two words."""
    text = text_of(el)
    if text and not text.strip():
        el.tail = ("\xa0" if "\xa0" in text else " ") + (el.tail or "")


def _drop(el) -> None:
    """Remove an element but keep its tail text (it belongs to the parent)."""
    drop_tree(el)


def drop_tree(el) -> None:
    """``remove(el)`` (a no-op once el is out of the tree), then dismantle what was removed."""
    if el.getparent() is not None:
        remove(el)
        dismantle(el)


#: Characters a text grows to by taking in the text of removed elements; past it, the text is held
#: by an empty <span> left in the element's place (the sanitizer unwraps it: the same body).
MERGE_MAX = 16384


def remove(el) -> None:
    """lxml's ``el.drop_tree()`` in linear time: el leaves the tree, its tail text stays in place.

    lxml appends the tail to the text before el; removing thousands of elements from one long
    paragraph appended to one growing string, copied each time (24,000 spans dropped from a 4 MB
    paragraph: 100 s). A text past MERGE_MAX takes in no more: the tail keeps its own holder."""
    if el.tail:
        _hand_over(el, el.tail)
        el.tail = None
    el.getparent().remove(el)


def unwrap(el) -> None:
    """lxml's ``el.drop_tag()`` in linear time: el's text and children take its place (lxml's also
    looked el up among its siblings each time: 8,000 unwrapped links in a paragraph took 24 s)."""
    if el.text and isinstance(el.tag, str):
        _hand_over(el, el.text)
        el.text = None
    tail, el.tail = el.tail, None
    for child in list(el):
        el.addprevious(child)       # with its tail
    if tail:
        _hand_over(el, tail)
    el.getparent().remove(el)


def _hand_over(el, text: str) -> None:
    """Put `text` just before el: at the end of the text there (its previous sibling's tail or its
    parent's text) while that stays within MERGE_MAX, else in the tail of an empty <span>."""
    previous = el.getprevious()
    before = (el.getparent().text if previous is None else previous.tail) or ""
    if len(before) + len(text) > MERGE_MAX:
        holder = el.makeelement("span", {})
        holder.tail = text
        el.addprevious(holder)
    elif previous is None:
        el.getparent().text = before + text
    else:
        previous.tail = before + text


def dismantle(el) -> None:
    """Take a removed subtree apart, element by element, so lxml can free it in linear time.

    lxml frees a removed subtree only once no element in it is referenced, and walks the whole
    subtree again each time one reference goes: with the references extraction holds (every
    link of the page), dropping a block of 20,000 links cost minutes. Lone elements are freed
    one by one instead.
    """
    if not len(el):
        return
    for child in reversed(list(el.iterdescendants())):
        child.getparent().remove(child)
