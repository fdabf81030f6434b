"""Find the main content: score text blocks, pick the densest subtree, prune what is left inside."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from archive.extract import dates, media, vocab
from archive.extract.clean import (dismantle, drop_tree, has_descendant, keep_space, labels_references, remove,
                                   squashed_text, text_length, text_of)
from archive.extract.links import link_site, same_site

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
MIN_BLOCK = 20              # shorter blocks are labels, not prose
MAX_LINK_DENSITY = 0.5      # a block mostly made of link text is navigation
NOISE_WEIGHT = 1.0          # how much one char of non-prose text costs when widening the body
BLOCK_BONUS = 40            # each paragraph counts extra: articles are many blocks, notices one
MIN_BODY = 80               # less prose than this is no body at all
TEASER_MAX = 700            # a linked title with this much text around it is a teaser
_TITLE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
LEAD_LINE_MAX = 70          # before the first paragraph, shorter lines are kicker/byline/date
OPENING_MIN = 100           # a paragraph this long (or ending a sentence) opens the article
CREDIT_LINE_MAX = 250       # before the first paragraph, a line naming authors/reviewers up to this long
_PRUNABLE = frozenset(("div", "section", "ul", "ol", "table", "p", "li", "span", "header",
                       "figure", "dl", "article", "h2", "h3", "h4", "h5", "h6", "blockquote",
                       "strong", "b", "em", "a", "dt", "dd", "time"))
_LEAD_BLOCKS = frozenset(("p", "div", "span", "dl", "dt", "dd", "time", "a", "ul", "ol", "li",
                          "section", "blockquote", "pre", "table", "strong", "b"))
_INLINE = frozenset(("strong", "b", "em", "a", "span", "time"))
_FIELD_BLOCKS = frozenset(("p", "div", "li", "ul", "ol", "dl", "table", "section", "h2", "h3", "h4"))  # a field is one line
_CONTAINERS = frozenset(("div", "section", "ul", "ol", "table", "dl", "article"))
_XP_CONTACT_LINKS = etree.XPath(".//a[starts-with(@href, 'mailto:') or starts-with(@href, 'tel:')]")


@dataclass
class Content:
    node: HtmlElement | None
    reason: str = ""         # why node is None


def paragraphize(root) -> None:
    """Give loose text a <p> of its own, so it is scored and rendered like any paragraph.

    A <div> holding only inline content becomes a <p>; runs of text and inline elements
    between the block children of a container are wrapped in new <p> elements.
    """
    for el in list(root.iter(*vocab.CONTAINER_TAGS)):
        if not len(el):         # no children: a <p> if it says something
            if el.tag in ("div", "section", "center") and el.text and el.text.strip():
                el.tag = "p"
            continue
        children = [c for c in el if isinstance(c.tag, str)]
        if not any(c.tag in vocab.BLOCK_TAGS for c in children):
            if el.tag in ("div", "section", "center") and text_of(el).strip():
                el.tag = "p"
            continue
        if (el.text and el.text.strip()) or any(
            (c.tail and c.tail.strip())
            or (c.tag not in vocab.BLOCK_TAGS and text_of(c).strip()) for c in children
        ):
            _wrap_loose_runs(el)


def _wrap_loose_runs(el) -> None:
    pending = None
    if el.text and el.text.strip():
        pending = el.makeelement("p")
        pending.text, el.text = el.text, None
        el.insert(0, pending)
    for child in list(el):
        if child is pending:
            continue
        if not isinstance(child.tag, str) or child.tag in vocab.BLOCK_TAGS:
            pending = None
            if child.tail and child.tail.strip():
                pending = el.makeelement("p")
                pending.text, child.tail = child.tail, None
                child.addnext(pending)
            continue
        if pending is None:
            if not (text_of(child).strip() or (child.tail or "").strip()):
                continue
            pending = el.makeelement("p")
            child.addprevious(pending)
        pending.append(child)


def find_main_content(root) -> Content:
    """The subtree holding the article prose, or None with the reason."""
    prose: dict = {}        # element -> chars of prose inside it
    core: dict = {}         # element -> prose weighted by closeness (parent 1, grandparent 1/2...)
    teaser_boxes: dict = {}
    for block in text_blocks(root):
        good = _prose_length(block)
        if not good or _is_teaser(block, teaser_boxes):
            continue
        prose[block] = prose.get(block, 0) + good
        for depth, ancestor in enumerate(block.iterancestors(), 1):
            prose[ancestor] = prose.get(ancestor, 0) + good
            if depth <= 3:
                core[ancestor] = core.get(ancestor, 0) + (good + BLOCK_BONUS) / depth
    if not core:
        return Content(None, "no main content found")
    best = max(core, key=core.get)
    node = _widen(best, prose)
    if prose.get(node, 0) < MIN_BODY:
        return Content(None, "no main content found (too little prose)")
    return Content(node)


def _headlines(root) -> list[str]:
    """The page's headlines (its h1 texts, folded), long enough to be told apart from a label."""
    found = (" ".join(squashed_text(h1).split()).casefold() for h1 in root.iter("h1"))
    return [text for text in found if len(text) >= HEADLINE_CITED_MIN]


def _cites_page(block, headlines: list[str]) -> bool:
    """A reference to the page itself: a short block naming the page's whole headline beside a
    citation's marks (a year in parentheses, a DOI or address). A journal's "How to cite" / "Cite
    this article" box (PKP's citation plugin, Frontiers', PLOS', Springer's) formats the article as a
    reference; it describes the article and is no part of its prose."""
    if not headlines or has_descendant(block, "h1"):
        return False
    text = " ".join(squashed_text(block).split()).casefold()
    return len(text) <= CITATION_MAX and bool(_CITATION_MARK.search(text)) \
        and any(h in text and text != h for h in headlines)


HEADLINE_CITED_MIN = 20     # a headline this long is not a word a sentence happens to use
CITATION_MAX = 600          # a reference is a few lines, a paragraph naming the title may be longer
_CITATION_MARK = re.compile(r"\(\d{4}[a-z]?\)|\bdoi\b|https?://")


def text_blocks(root) -> list:
    """The elements scored as text blocks, in page order (see vocab.BLOCK_TAGS_SCORED)."""
    blocks = []
    for el in root.iter(*vocab.BLOCK_TAGS_SCORED):
        inner = _INNER_BLOCKS.get(el.tag)
        if inner is None or next(el.iterdescendants(*inner), None) is None:
            blocks.append(el)
    return blocks


_INNER_BLOCKS = {"blockquote": ("p",), "li": ("p", "li"), "td": ("p", "td")}  # such blocks hold blocks


def _widen(node, prose: dict):
    """Climb to the ancestor that gains the most prose for the least extra non-prose text.

    The climb stops below <body> (what hangs off it directly is page furniture) and at the
    outermost element declared as the article (<article>, articleBody, "entry-content"...),
    else at <main>: a declared article does not continue outside itself.
    """
    chain = []
    for candidate in [node, *node.iterancestors()]:
        if candidate.tag in ("body", "html"):
            break
        chain.append(candidate)
    article_cap = main_cap = None
    for i, candidate in enumerate(chain):
        if _declares_article(candidate):
            article_cap = i
        elif candidate.tag == "main" or candidate.get("role") == "main":
            main_cap = i
    cap = article_cap if article_cap is not None else main_cap
    if cap is not None:
        chain = chain[: cap + 1]
    best, best_score = node, None
    for candidate in chain:
        good = prose.get(candidate, 0)
        score = good - NOISE_WEIGHT * max(0, text_length(candidate) - good)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best


def _declares_article(el) -> bool:
    if el.tag == "article" or el.get("itemprop") == "articleBody" or _declares_text(el):
        return True
    names = (el.get("class", "") + " " + el.get("id", "")).lower()
    return bool(names.strip()) and any(
        vocab.BODY_NAME_RE.search(name.replace("-", "").replace("_", "")) for name in names.split()
    )


def _declares_text(el) -> bool:
    """itemprop="text": schema.org's CreativeWork.text, the work's own text (NCBI Bookshelf's
    chapters, a CreativeWork item, hold their sections in one), as articleBody is an Article's; not
    the text of a reply (a Comment, Answer, Question or Review item carries its own "text" too)."""
    if "text" not in (el.get("itemprop") or "").split():
        return False
    item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    return item is not None and not _REPLY_TYPE.search((item.get("itemtype") or "").strip())


_REPLY_TYPE = re.compile(r"(?:Comment|Answer|Question|Review|Message)/?$")


def _is_teaser(block, boxes: dict) -> bool:
    """Prose under a linked title in a small box: a teaser of another page, not this page's text."""
    el = block
    for _ in range(2):                      # the block, then its parent
        hops = 0
        for prev in el.itersiblings(preceding=True):
            if not isinstance(prev.tag, str):
                continue
            if _is_title_link(prev):
                box = el.getparent()
                if box not in boxes:
                    boxes[box] = text_length(box) <= TEASER_MAX
                return boxes[box]
            hops += 1
            if hops >= 2:
                break
        el = el.getparent()
        if el is None:
            break
    return False


def _is_title_link(el) -> bool:
    """A heading, or an element named like a title ("entry-title", "card__headline"), made of a link."""
    if el.tag not in _TITLE_TAGS and not _title_named(el.get("class") or ""):
        return False
    text = " ".join(text_of(el).split())
    linked = 0
    for a in el.iter("a"):
        href = a.get("href") or ""
        if href and not href.startswith("#"):
            linked += len(" ".join(text_of(a).split()))
    return bool(text) and linked >= 0.6 * len(text)


def _prose_length(block) -> int:
    text = text_of(block)
    length = len(" ".join(text.split()))
    if length < MIN_BLOCK or block.tag in _HEADINGS:
        return 0
    links = sum(len(" ".join(text_of(a).split())) for a in block.iter("a"))
    if links > MAX_LINK_DENSITY * length:
        return 0
    if length <= vocab.BOILERPLATE_TEXT_MAX and is_boilerplate_text(text.strip()):
        return 0
    if length <= vocab.CONSENT_TEXT_MAX and "ookie" in text and is_consent_notice(text):
        return 0
    return length - links


def is_consent_notice(text: str) -> bool:
    """A cookie-consent notice: cookies, where they go or what they serve, and the reader's say."""
    return bool(vocab.CONSENT_COOKIES_RE.search(text) and vocab.CONSENT_WHERE_RE.search(text)
                and vocab.CONSENT_SAY_RE.search(text))


def is_boilerplate_text(text: str) -> bool:
    """The whole line is a stock phrase (vocab.BOILERPLATE_TEXT_RE, vocab.SCRIPT_NOTICE_RE)."""
    if vocab.BOILERPLATE_TEXT_RE.match(text):
        return True
    # SCRIPT_NOTICE_RE needs "javascript" in any case: the letters str.lower() leaves alone but
    # re.IGNORECASE matches to s and i (ſ, ı, İ) send a line to the regex too.
    return ("javascript" in text.lower() or not text.isascii() and _ODD_CASE_RE.search(text) is not None) \
        and vocab.SCRIPT_NOTICE_RE.match(text) is not None


_ODD_CASE_RE = re.compile("[\u017f\u0131\u0130\u212a]")


def prune_content(node, site: str = "") -> list[str]:
    """Remove what the body node still holds that is not prose: link lists, labels, the title.

    Before the first real paragraph, short lines (kicker, byline, date, "close") are furniture;
    captions outside a figure go, those inside become <figcaption>. Returns the byline lines cut
    ("Written by ...", "By Dr. Jane Roe, MD"): the authors, when the page names them nowhere else.
    `site`: the page's own site (a paragraph of links to other sites is a reference, kept).
    """
    _drop_teaser_lists(node)
    _drop_excerpt(node)
    bylines: list[str] = []
    opened = False          # has the first real paragraph been seen?
    lengths = _TextLengths()
    headlines = _headlines(node.getroottree().getroot())
    elements = list(node.iter(etree.Element))
    # blocks holding a player: never furniture as a whole (a caption line beside the player may make
    # one read as a labelled meta line); their other parts are judged on their own
    players = {a for e in _XP_EMBEDS(node) for a in e.iterancestors()}
    # Elements inside a block dropped earlier in this pass are still visited: a removed element
    # stays in its document, so the test this loop used to skip them by (its root element is
    # the page's) never did; skipping them would change the output of some pages.
    for el in elements:
        if el is node:
            continue
        tag = el.tag
        if tag == "h1":
            if opened:
                el.tag = "h2"
            else:
                lengths.drop(el)
            continue
        if _is_caption(el, lengths):
            continue
        if tag in ("p", "div") and _cites_page(el, headlines):
            lengths.drop(el)
            continue
        if tag in _PRUNABLE and el not in players and _is_furniture(el, bylines, site, lengths):
            if tag in _INLINE:
                keep_space(el)      # <span>&nbsp;</span> between two words
            lengths.drop(el)
            continue
        if not opened and tag in _LEAD_BLOCKS and not _in_heading(el):
            text = " ".join(text_of(el).split())
            if _credit_line(el, text):
                lengths.drop(el)    # "Medically reviewed by X — Written by Y — Updated on DATE"
            elif _opens_article(el, text):
                opened = True
            elif el.tag not in vocab.HEADING_TAGS and len(text) < LEAD_LINE_MAX \
                    and not has_descendant(el, "img") and not _holds_opening(el) \
                    and not _is_pseudo_heading(el, text) and not _list_item(el, text) \
                    and not _in_player(el):
                lengths.drop(el)
    for el in elements:     # what was dropped, taken apart while nothing reads it any more
        if el is not node and el.getparent() is None:
            dismantle(el)
    return bylines


_EMBED_MARK = media.MARK     # a media placeholder (media.py): content, however short
_CUT_MARK = ("…", "...", "[…]", "[...]")
EXCERPT_AT = 8              # an excerpt stands among the first paragraphs of the node...
EXCERPT_READ = 40           # ... the paragraph it was cut from among the first few dozen


def _drop_excerpt(node) -> None:
    """A summary cut at a set length ("...the night feels less strange…") over the paragraph it
    was cut from: a CMS's automatic excerpt shown above the post, the same words twice."""
    paragraphs = [" ".join(text_of(p).split()) for p in itertools.islice(node.iter("p"), EXCERPT_READ)]
    for i, (p, text) in enumerate(zip(node.iter("p"), paragraphs[:EXCERPT_AT])):
        if not text.endswith(_CUT_MARK):
            continue
        stem = text.rstrip(".…[] ").rstrip()
        if len(stem) >= 40 and any(q.startswith(stem) for q in paragraphs[i + 1:]):
            remove(p)
            return


class _TextLengths:
    """The text length (whitespace runs as one space) of each element prune_content asks about,
    read once and kept current as elements under it are dropped: a paragraph of 4,000 "Share"
    spans took 4 s when its text was read again for each span."""

    def __init__(self):
        self.known: dict = {}

    def of(self, el) -> int:
        length = self.known.get(el)
        if length is None:
            length = self.known[el] = len(" ".join(text_of(el).split()))
        return length

    def drop(self, el) -> None:
        """``clean.remove(el)``, its text taken off the lengths known of its ancestors."""
        if self.known:
            ancestors = [a for a in el.iterancestors() if a in self.known]
            if ancestors:
                gone = len(" ".join(text_of(el).split()))
                for ancestor in ancestors:
                    self.known[ancestor] = max(0, self.known[ancestor] - gone - (gone > 0))
        remove(el)


def _in_heading(el) -> bool:
    """Inside a heading (a table-of-contents anchor <h2><span id="x">Title</span></h2>); looks
    three levels up (a deeper walk per element would make nested pages quadratic)."""
    for depth, ancestor in enumerate(el.iterancestors()):
        if ancestor.tag in vocab.HEADING_TAGS:
            return True
        if depth >= 2:
            return False
    return False


def _credit_line(el, text: str) -> bool:
    """A byline of authors, reviewers and dates opening the body, too long for a short lead line:
    it names who wrote or reviewed the piece, or when, and is no sentence."""
    return el.tag not in vocab.HEADING_TAGS and len(text) <= CREDIT_LINE_MAX \
        and text[-1:] not in ".!?" and vocab.CREDIT_RE.search(text) is not None \
        and not _holds_opening(el)


def _list_item(el, text: str) -> bool:
    """A list or list item opening the body: the article's own list (key points, steps), unless it
    is a date or byline line ("by Lighthouse IP ／ 2016.12.01")."""
    return el.tag in ("ul", "ol", "li") and not (len(text) <= vocab.DATE_LINE_MAX and (
        _is_date_or_byline(text) or vocab.BYLINE_LEAD_RE.match(text)))


ENTRY_MAX = 800        # an entry of a listing (title, date, excerpt) says less than this
ENTRY_DEPTH = 3        # levels under the body node searched for a run of entries


def entry_share(node, site: str) -> float:
    """Share of the node's text that lies in a run of at least three like entries (same tag and
    class) each holding a titled link to another page of the site and little text: the cards of a
    listing (home, category, tag, author pages), whatever their markup."""
    total = text_length(node)
    if not total:
        return 0.0
    best, level = 0.0, [node]
    for _ in range(ENTRY_DEPTH + 1):
        below = []
        for container in level:
            kids = [c for c in container if isinstance(c.tag, str)]
            below.extend(kids)
            if len(kids) < 3:
                continue
            groups: dict = {}
            for kid in kids:
                groups.setdefault((kid.tag, kid.get("class")), []).append(kid)
            for members in groups.values():
                if len(members) < 3:
                    continue
                entries = [m for m in members if _is_entry(m, site)]
                if len(entries) >= 3 and len(entries) >= 0.8 * len(members):
                    best = max(best, sum(text_length(e) for e in entries) / total)
        level = below
    return best


def _is_entry(el, site: str) -> bool:
    if text_length(el) > ENTRY_MAX:
        return False
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        if href.startswith(("http://", "https://")) and site and not same_site(link_site(href), site):
            continue
        title = " ".join(text_of(a).split()) or (a.get("aria-label") or a.get("title") or "")
        if len(title.split()) >= 3:
            return True
    return False


SHORT_BODY = 600        # characters of prose below which a post's players around its text are sought


def declared_instead(node, declared: list):
    """The page's one element declared as its article body (itemprop="articleBody", or a work's
    itemprop="text") when the text
    found lies elsewhere, and it holds prose: the article, not the one appended below it for
    infinite scroll, nor a longer block beside a short post."""
    bodies = [el for el in declared if "articleBody" in (el.get("itemprop") or el.get("property") or "") or _declares_text(el)]
    if node is None or len(bodies) != 1:
        return node
    body = bodies[0]
    if body.getparent() is None or body is node or node in body.iterancestors() or body in node.iterancestors():
        return node
    prose = sum(_prose_length(block) for block in text_blocks(body))
    return body if prose >= MIN_BODY else node


def headline_article(node, root, title: str):
    """The prose of the article holding the page's headline when the text found lies in another
    article with a headline of its own: sites that append the next story below the first
    (infinite scroll) or print a longer story beside a short one give the page one headline. The
    other article's headline is its h1, or, when it has none, a first heading that is a link to
    another page: a preview of the next story ("Up next", amp-next-page's first slice) titles
    itself with a linked h2 under the page's one h1."""
    want = " ".join(title.split()).casefold()
    if node is None or not want:
        return node
    other = next((a for a in [node, *node.iterancestors()] if _is_article_element(a)), None)
    if other is None:
        return _narrowed_to_headline(node, want)
    heads = [_folded(h1) for h1 in other.iter("h1")]
    if not heads:
        first = next(other.iter(*_TITLE_TAGS), None)
        if first is not None and _is_title_link(first):
            heads = [_folded(first)]
    if not heads or want in heads:
        return node
    holder = _headline_holder(root, want)
    if holder is None or holder is other or other in holder.iterancestors() or holder in other.iterancestors():
        return node
    found = find_main_content(holder)
    return node if found.node is None else found.node


def appended_stories(h1s, titles, url: str) -> list:
    """The other stories a page carries in full below its own (infinite scroll: the next one or two
    stories, rendered server-side so the script can swap the address bar as the reader scrolls).

    Each is the block around an <h1> that is not the page's headline, after that headline and not
    around it, which names another page of the site as its own address in a ``data-`` attribute
    (``data-canonical-url``, ``data-url``, ``data-permalink``...): the script needs that address for
    the history API, and a page's own story never points its data at another page. ``h1s``: the
    page's <h1> elements in page order; ``titles``: <title> and og:title (a headline is one of them,
    or begins one before the site's name). Their body, tags, Read Also and player are not the page's."""
    wants = [" ".join(t.split()).casefold() for t in titles if t and t.strip()]
    if len(h1s) < 2 or not wants or not url:
        return []
    def is_headline(h1) -> bool:
        text = _folded(h1)
        return bool(text) and any(w == text or w.startswith(text + " ") for w in wants)
    first = next((i for i, h1 in enumerate(h1s) if is_headline(h1)), None)
    if first is None:
        return []
    headline = h1s[first]
    around = set(headline.iterancestors())
    here = urlsplit(url)
    found = []
    for h1 in h1s[first + 1:]:
        if is_headline(h1) or any(h1 in set(b.iter()) for b in found):
            continue
        el = h1
        while True:
            parent = el.getparent()
            if parent is None or parent in around:
                break
            el = parent
            if _names_other_page(el, here):
                found.append(el)
                break
    return found


def _names_other_page(el, here) -> bool:
    """A data- attribute of el holds the address of another page of the site (absolute or from /)."""
    for name, value in el.attrib.items():
        if not name.startswith("data-") or not value or not value.startswith(("http://", "https://", "/")):
            continue
        target = urlsplit(value if "://" in value else f"{here.scheme}://{here.netloc}{value}")
        if value.startswith("//") or not same_site(target.netloc, here.netloc):
            continue
        if target.path.rstrip("/") not in ("", here.path.rstrip("/")):
            return True
    return False


def _narrowed_to_headline(node, want: str):
    """The body inside the article holding the headline when the text found is a wider block
    (the story with a "Top stories" list, an author's bio or a ticker beside it) and that
    article has most of the prose: a third of the block's or more."""
    holder = _headline_holder(node, want)
    if holder is None or node not in holder.iterancestors():
        return node
    found = find_main_content(holder)
    if found.node is None:
        return node
    own = sum(_prose_length(b) for b in text_blocks(found.node))
    total = sum(_prose_length(b) for b in text_blocks(node))
    return found.node if own * 3 >= total else node


def _headline_holder(scope, want: str):
    """The article element around the first h1 in ``scope`` that says ``want`` (folded), or None."""
    h1 = next((h for h in scope.iter("h1") if _folded(h) == want), None)
    return None if h1 is None else next((a for a in h1.iterancestors() if _is_article_element(a)), None)


def _folded(el) -> str:
    return " ".join(text_of(el).split()).casefold()


def _is_article_element(el) -> bool:
    """<article>, or an element typed as one in microdata (not <html> or <body>: the whole page)."""
    return el.tag == "article" or (el.tag not in ("html", "body")
                                   and bool(_ARTICLE_TYPE.search(el.get("itemtype") or "")))


_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report)\b")


def with_players(node, video_post: bool = False):
    """The node with the post's players, or the article around it: a box right beside the text that
    holds only players joins the node (_players_beside); a short text takes the article around it
    when the players sit elsewhere in that article (a video post built from blocks: a text block,
    a video block). `video_post`: the page says it is one (declares_video); then a longer text also
    gets the nearest players above it (a theme's featured video over the post's text)."""
    if node is None or _XP_EMBEDS(node):
        return node
    beside = _players_beside(node)
    if beside:
        for after, box in beside:
            if after:
                node.append(box)
            else:
                node.insert(0, box)
        return node
    short = text_length(node) < SHORT_BODY
    if not short and not video_post:
        return node
    for ancestor in node.iterancestors():
        if ancestor.tag in ("body", "html"):
            return node
        if short and _declares_article(ancestor):
            if _XP_EMBEDS(ancestor):
                return ancestor
            if not video_post:
                return node
        if video_post:      # the nearest players above the text (a featured-media block beside it)
            players = _players_before(ancestor, node)
            if players:
                for player in reversed(players):
                    node.insert(0, player)      # (moved: the rest of the article is not the body)
                return node
    return node


def _players_beside(node) -> list:
    """(after, box) for the nearest non-empty element just after and just before `node` when it
    holds players and nothing else to read: a site builder's video section placed between or after
    the text sections of a post (the text box and the player box are siblings, as GoDaddy's Website
    Builder, Wix and Squarespace build a post from blocks). A box with its own words (a "Watch our
    latest video" widget, a related-videos list) is not the post's."""
    found = []
    box = node      # a builder's wrappers (row > column > module) around the text alone: their siblings
    while (box.getparent() is not None and box.getparent().tag not in ("body", "html", "main", "article")
           and not _declares_article(box.getparent())
           and not any(isinstance(s.tag, str) for s in (*box.itersiblings(), *box.itersiblings(preceding=True)))):
        box = box.getparent()
    for after in (True, False):
        for sibling in box.itersiblings(preceding=not after):
            if not isinstance(sibling.tag, str):
                continue
            if not len(sibling) and not (sibling.text or "").strip():
                continue                    # an empty spacer
            players = _XP_EMBEDS(sibling)
            if players and not _says_more(sibling, players):
                found.append((after, sibling))
            break
    return found


def _says_more(box, players) -> bool:
    """`box` holds text outside its media placeholders (a consent manager's short "accept cookies to
    watch this video" line, shown in place of a blocked player, is none of its own)."""
    inside = sum(len(squashed_text(p)) for p in players if not any(a in players for a in p.iterancestors()))
    return len(squashed_text(box)) - _consent_lines(box, players) > inside


def _consent_lines(el, players) -> int:
    """Characters of the short cookie lines in `el` outside its players."""
    if el in players:
        return 0
    if any(p is el or el in p.iterancestors() for p in players):
        return sum(_consent_lines(c, players) for c in el if isinstance(c.tag, str))
    text = squashed_text(el)
    return len(text) if "ookie" in text and len(text) <= CONSENT_LINE_MAX else 0


LEAD_MIN = 60           # characters of a lead paragraph
CONSENT_LINE_MAX = 160  # characters of a consent manager's line in place of a blocked player


def with_item_parts(node):
    """The declared article body (itemprop="articleBody") with what its microdata Article item shows
    just before it: the lead, a paragraph of prose marked as the item's description right above the
    body and not repeated in it, and the players of the item's media block. TYPO3's news extension
    prints a post as media, then the teaser (its lead paragraph, itemprop="description"), then the
    bodytext (itemprop="articleBody"), all in one schema.org Article item; a player in the media
    block is the post's video. A node that is that lead alone (a short body beside a longer lead)
    gives way to the body it leads. Any other node comes back as it is."""
    if node is not None and "description" in (node.get("itemprop") or "").split():
        after = next((s for s in node.itersiblings() if isinstance(s.tag, str)), None)
        if after is not None and "articleBody" in (after.get("itemprop") or "").split() and text_of(after).strip():
            node = after
    if node is None or "articleBody" not in (node.get("itemprop") or "").split():
        return node
    item = next((a for a in node.iterancestors() if a.get("itemscope") is not None), None)
    if item is None or not vocab.ARTICLE_ITEMTYPE_RE.search((item.get("itemtype") or "").strip()):
        return node
    lead = next((s for s in node.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    if lead is not None and "description" in (lead.get("itemprop") or "").split() and has_descendant(lead, "p"):
        text = " ".join(text_of(lead).split())
        if len(text) >= LEAD_MIN and text[:LEAD_MIN] not in " ".join(text_of(node).split()):
            tail, lead.tail = lead.tail, None
            node.insert(0, lead)            # (moved: the rest of the item is not the body)
            previous = node.getprevious()
            if tail and tail.strip() and previous is not None:
                previous.tail = (previous.tail or "") + tail
    if not _XP_EMBEDS(node):
        for player in reversed(_players_before(item, node)):
            node.insert(0, player)
    return node


def _players_before(article, node) -> list:
    """The outermost media placeholders of `article` that come before `node` in it."""
    found = []
    for el in article.iter(etree.Element):
        if el is node:
            break
        if el.get(_EMBED_MARK) and not any(p in found for p in el.iterancestors()):
            found.append(el)
    return found


def declares_video(root, ld_article: dict) -> bool:
    """The page says it is a video post: WordPress's post format on the page or its post
    ("single-format-video", "format-video"), or a JSON-LD VideoObject or an article with a video."""
    body = root.find("body")
    marks = [body] if body is not None else []
    marks += root.iter("article")
    for el in marks:
        tokens = (el.get("class") or "").split()
        if "single-format-video" in tokens or "format-video" in tokens:
            return True
    kind = ld_article.get("@type") if isinstance(ld_article, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return "VideoObject" in kinds or bool(isinstance(ld_article, dict) and ld_article.get("video"))


def declared_body(root):
    """The element the page declares as its article body (itemprop="articleBody", "entry-content",
    "post-body"...) when it holds text or a media placeholder; None otherwise."""
    return next(_declared_bodies(root), None)


def _declared_bodies(root):
    for el in root.iter(etree.Element):
        if el.get("itemprop") == "articleBody" or el.get("property") == "articleBody" or (
                el.get("class") or el.get("id")) and _declares_body(el.get("class") or "", el.get("id") or ""):
            if text_of(el).strip() or next(el.iterdescendants("figure"), None) is not None:
                yield el


def player_body_beside(root, found):
    """The page's one declared article body when it holds a player and the text the lenient search
    found lies outside it (a video post of a player and one line: its site's footer blurb is
    longer): the page's own declaration wins. None when the page declares several bodies (a
    listing of full posts) or none."""
    bodies = []
    for el in _declared_bodies(root):
        if not any(b in el.iterancestors() for b in bodies):
            bodies.append(el)
            if len(bodies) > 1:
                return None
    if not bodies or not _holds_embed(bodies[0]) or found is bodies[0]:
        return None
    body = bodies[0]
    return body if body not in found.iterancestors() and found not in body.iterancestors() else None


@lru_cache(maxsize=4096)
def _declares_body(classes: str, ident: str) -> bool:
    names = (classes + " " + ident).lower().replace("-", "").replace("_", "")
    return any(vocab.BODY_NAME_RE.search(name) for name in names.split())


def _drop_teaser_lists(node) -> None:
    """Remove repeated cards (linked title + blurb) left inside the body: "more stories" lists."""
    boxes_by_list: dict = {}
    for title in node.iter(*_TITLE_TAGS, "div", "span", "p", "a"):
        if title.tag not in _TITLE_TAGS and not _title_named(title.get("class") or ""):
            continue
        box = title.getparent()
        if box is None or box is node or not _is_title_link(title):
            continue
        if text_length(box) <= TEASER_MAX and box.getparent() is not None:
            boxes_by_list.setdefault(box.getparent(), []).append(box)
    for holder, boxes in boxes_by_list.items():
        if len(boxes) < 2:
            continue
        for box in boxes:
            drop_tree(box)
        if holder is not node and text_length(holder) < MIN_BLOCK * 3:
            drop_tree(holder)       # what is left is the list's own heading


def _opens_article(el, text: str) -> bool:
    return el.tag in ("p", "li", "blockquote", "pre", "table") and (
        len(text) >= OPENING_MIN or text[-1:] in ".!?。！？:;\"”»"
    ) and bool(_prose_length(el))


def _is_pseudo_heading(el, text: str) -> bool:
    """<p><strong>A heading set in bold</strong></p>: kept like an <h2> would be."""
    if el.tag != "p" or len(el) != 1 or el[0].tag not in ("strong", "b"):
        return False
    return " ".join(text_of(el[0]).split()) == text and not text.endswith(":")


def _holds_opening(el) -> bool:
    """A container whose inner paragraphs will be judged one by one."""
    return el.tag not in ("p", "span", "a", "time", "dt", "dd", "li") and has_descendant(el, "p")


@lru_cache(maxsize=8192)
def _title_named(classes: str) -> bool:
    """Class names like a title ("entry-title", "card__headline"); cached, pages repeat them."""
    return vocab.TITLE_NAME_RE.search(classes) is not None


@lru_cache(maxsize=8192)
def _caption_named(classes: str, ident: str) -> bool:
    """Class or id names a caption or an image credit; cached, pages repeat them."""
    names = (classes + " " + ident).lower()
    return "caption" in names or vocab.CREDIT_NAME_RE.search(names) is not None


def _is_caption(el, lengths: _TextLengths | None = None) -> bool:
    """Normalize captions: inside a figure they become <figcaption>; elsewhere they go."""
    if el.tag in ("figcaption", "figure", "img"):
        return False
    if not _caption_named(el.get("class", ""), el.get("id", "")):
        return False
    if has_descendant(el, "img"):
        if not any(a.tag == "figure" for a in el.iterancestors()):
            el.tag = "figure"   # WordPress' <div class="wp-caption"><img><p class="wp-caption-text">
        return True
    if any(a.tag == "figure" for a in el.iterancestors()):
        el.tag = "figcaption"
    elif lengths is not None:
        lengths.drop(el)
    else:
        remove(el)
    return True


def _is_furniture(el, bylines: list | None = None, site: str = "", lengths: _TextLengths | None = None) -> bool:
    text = squashed_text(el)
    if not text:
        return not has_descendant(el, "img") and el.tag != "td" and not el.get(_EMBED_MARK)
    if len(text) <= vocab.BOILERPLATE_TEXT_MAX and is_boilerplate_text(text) or (
        len(text) <= vocab.DATE_LINE_MAX and _is_date_or_byline(text)
    ):
        # the phrase must be the whole block, not a bold word opening a sentence
        whole = el.tag not in _INLINE or not _has_other_text(el.getparent(), el, lengths)
        if whole and bylines is not None and vocab.BYLINE_RE.match(text):
            bylines.append(_line_text(el))
        return whole
    if _meta_line(text):
        return el.tag not in _INLINE or not _has_other_text(el.getparent(), el, lengths)
    if len(text) <= vocab.DATE_LINE_MAX * 2 and vocab.WRITTEN_BY_RE.match(text):
        if bylines is not None:     # "by N. V., M.D., Member, Scientific Advisory Board"
            bylines.append(_line_text(el))
        return el.tag not in _INLINE or not _has_other_text(el.getparent(), el, lengths)
    if len(text) <= CREDIT_LINE_MAX and vocab.AUTHOR_FIELD_RE.match(text) and text[-1:] not in "!?" \
            and not any(d.tag in _FIELD_BLOCKS for d in el.iterdescendants()):
        if bylines is not None:     # "Автор: Иванова Мария Петровна, врач-терапевт", before or after the text
            bylines.append(_line_text(el))
        return el.tag not in _INLINE or not _has_other_text(el.getparent(), el, lengths)
    if len(text) <= CREDIT_LINE_MAX and vocab.REVIEW_FIELD_RE.match(text) and text[-1:] not in "!?":
        return el.tag not in _INLINE or not _has_other_text(el.getparent(), el, lengths)  # the reviewer's credit
    tag = el.tag
    if tag in _INLINE and tag != "span":
        return False
    links = sum(len(" ".join(text_of(a).split())) for a in el.iter("a") if not _disclosure(a))
    if tag == "p":      # only a link ("Click here"), or a label and its link ("Tag: x.com")
        if links >= 0.9 * len(text):
            return not _cites_elsewhere(el, site)
        return links > 0 and len(text) < 160 and _only_labels(_text_outside_links(el)) \
            and not _XP_CONTACT_LINKS(el)
    if tag == "span":   # a hover card or link cluster inside a sentence
        return len(text) >= 60 and links >= 0.8 * len(text) and sum(1 for _ in el.iterdescendants("a")) >= 2
    if tag == "header":
        return not _holds_prose(el)
    if tag in _CONTAINERS:
        return links > 0.6 * len(text) and not _holds_prose(el) and not _holds_embed(el) and not _introduced(el, site) \
            and not _labelled_references(el, site) or _regwall(el, text) or _shop_box(el, text)
    return False


def _line_text(el) -> str:
    """el's text as a byline line: a block's end is a word's end, so the words of two blocks never
    fuse (an author box's "..., Registered Dietitian</p><p>Clinically reviewed by ..." read as one
    string is "DietitianClinically", a name to the name reader)."""
    if not len(el):
        return squashed_text(el)
    parts: list[str] = []

    def walk(node) -> None:
        edge = " " if node.tag in vocab.BLOCK_TAGS else ""
        parts.append(edge + (node.text or ""))
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        parts.append(edge)
    walk(el)
    return " ".join("".join(parts).split())


def _disclosure(a) -> bool:
    """A heading's link that opens a collapsed block of this page (Bootstrap's and page builders'
    toggles and accordions: ``href="#id"`` with ``data-toggle="collapse"`` or ``aria-controls``, in or
    around an h1-h6): a button whose text heads the page's own content, not a link elsewhere. (A
    toolbar's "Sources" toggle beside "Print" heads nothing: it stays a link.)"""
    href = a.get("href") or ""
    if not href.startswith("#") or len(href) < 2 or (
            a.get("aria-controls") is None and "collapse" not in (a.get("data-toggle") or a.get("data-bs-toggle") or "")):
        return False
    parent = a.getparent()
    return parent is not None and parent.tag in vocab.HEADING_TAGS or has_descendant(a, *vocab.HEADING_TAGS)


def _labelled_references(el, site: str) -> bool:
    """A reference list: a list under a "References" / "المراجع" label (the heading just before it,
    or the first thing in its box) whose links all leave the site. Its entries are often a title and
    the bare URL ("WHO: Tobacco. https://www.who.int/..."), link text as long as the rest: content."""
    if not site or el.tag not in ("ul", "ol", "div", "section"):
        return False
    lists = [el] if el.tag in ("ul", "ol") else list(itertools.islice(el.iterchildren("ul", "ol"), 2))
    if len(lists) != 1:
        return False
    box = lists[0]
    label = box.getprevious()
    while label is not None and not isinstance(label.tag, str):
        label = label.getprevious()
    if label is None or not labels_references(label):
        return False
    return _cites_elsewhere(box, site)


INTRO_MIN_WORDS = 3         # "Try these:" is a label; "Here are five ways to sleep better:" leads into a list
ITEM_MIN_WORDS = 3          # ... whose items say something ("Cut caffeine after noon"), not "Facebook"


def _introduced(el, site: str = "") -> bool:
    """A list the text leads into: the paragraph just before it ends in a colon ("Five habits that
    help:") and its items are phrases, linked or not. The article's own list, however many of its
    items link; not a related block, whatever words lead into it ("Read more:", "Lesen Sie auch die
    folgenden Beiträge:"): a list whose every item is a link to the site's own pages."""
    if el.tag not in ("ul", "ol"):
        return False
    intro = el.getprevious()
    intro_text = " ".join(text_of(intro).split()) if intro is not None and intro.tag == "p" else ""
    if not intro_text.endswith(":") or len(intro_text.split()) < INTRO_MIN_WORDS:
        return False
    label = intro_text.rstrip(": ")
    if vocab.RELATED_HEADING_RE.match(label) or vocab.SITE_LIST_HEADING_RE.match(label) \
            or vocab.READ_MORE_RE.match(label) or vocab.RELATED_OTHER_RE.match(label):
        return False
    items = list(el.iterchildren("li"))
    texts = [" ".join(text_of(li).split()) for li in items]
    if not items or 2 * sum(len(t.split()) >= ITEM_MIN_WORDS for t in texts) < len(items):
        return False
    return not all(_own_link_only(li, text, site) for li, text in zip(items, texts))


def _own_link_only(li, text: str, site: str) -> bool:
    """The list item is one link (or links) to a page of the site, nothing else said."""
    hrefs = [(a.get("href") or "").strip() for a in li.iter("a")]
    if not hrefs or sum(len(" ".join(text_of(a).split())) for a in li.iter("a")) < 0.9 * len(text):
        return False
    return all(not h.startswith(("http://", "https://", "//")) or same_site(link_site(h), site) for h in hrefs)


def _shop_box(el, text: str) -> bool:
    """A product box pasted into a post ("Magnesium Glycinate — our pick: $24.00 — Shop now"): a
    short block showing a price whose links all lead to product pages."""
    return len(text) <= vocab.SHOP_BOX_TEXT_MAX and bool(vocab.PRICE_RE.search(text)) \
        and _leads_only_to(el, vocab.PRODUCT_HREF_RE, 1)


def _regwall(el, text: str) -> bool:
    """A short box whose links (two or more) all lead to signing in, registering or paying: a
    paywall or registration wall ("Sign up to read this story... Already have an account? Sign in"),
    told by where it leads, whatever its classes or language."""
    return len(text) <= vocab.REGWALL_TEXT_MAX and _leads_only_to(el, vocab.ACCOUNT_HREF_RE, 2)


def _leads_only_to(el, pattern, at_least: int) -> bool:
    """el holds `at_least` links or more, each to an address whose path and query `pattern` finds."""
    targets = []
    for a in el.iter("a"):
        parts = urlsplit((a.get("href") or "").strip().lower())
        targets.append(f"{parts.path}?{parts.query}")
    return len(targets) >= at_least and all(pattern.search(t) for t in targets)


def _in_player(el) -> bool:
    """A media placeholder, its link, or a wrapper holding one: content however short, even above
    the first paragraph (a video post whose theme shows the player over the text)."""
    return bool(el.get(_EMBED_MARK)) or _holds_embed(el) or any(a.get(_EMBED_MARK) for a in el.iterancestors())


def _holds_embed(el) -> bool:
    """A media placeholder inside (a player's wrapper: <div class="wp-block-embed__wrapper">)."""
    return bool(_XP_EMBEDS(el))


_XP_EMBEDS = etree.XPath(f".//*[@{_EMBED_MARK}]")


def _only_labels(text: str) -> bool:
    """What a line says outside its links is labels only: "Tag:", "Filed under: | Tags: , ,"; a
    "Source:" or "References:" line is a citation, kept."""
    chunks = [c.strip(" ,;\t\n\xa0") for c in _LABEL_SEPARATORS.split(text)]
    chunks = [c for c in chunks if c]
    return bool(chunks) and all(
        (vocab.LINK_LABEL_RE.match(c) or _BARE_TERM_LABEL.match(c))
        and not vocab.REFERENCES_HEADING_RE.match(c.rstrip(": ")) for c in chunks)


_LABEL_SEPARATORS = re.compile(r"[|•·]")
# term labels that announce links without a colon: "Filed under <a>Sleep</a> · Tags: ...", "Posted
# in <a>News</a> | Tagged <a>flu</a>, <a>vaccines</a>"
_BARE_TERM_LABEL = re.compile(r"^(?:filed under|posted in|tagged(?: with| in| as)?)$", re.I)


def _cites_elsewhere(p, site: str) -> bool:
    """A paragraph of links to other sites (a study, a report, a resource): content. One of
    links to the page's own site is navigation ("Next: ...", "See our guide")."""
    hrefs = [(a.get("href") or "").strip() for a in p.iter("a")]
    return bool(site) and bool(hrefs) and all(
        h.startswith(("http://", "https://")) and not same_site(link_site(h), site) for h in hrefs)


def _text_outside_links(el) -> str:
    return " ".join("".join(vocab.XP_TEXT_OUTSIDE_LINKS(el)).split())


# the whole label is one of publication ("Update vom 3. April", "Schreiben vom ..." are text)
_META_LABEL = re.compile(
    r"(?:publish(?:ed)?(?:\s+(?:date|on))?|publication\s+date|posted(?:\s+on)?|date(?:\s+(?:published|de\s+publication))?|"
    r"datum|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|erschienen(?:\s+am)?|erscheinungsdatum|publié(?:\s+le)?|"
    r"fecha(?:\s+de\s+publicaci[oó]n)?|publicado(?:\s+el)?|data(?:\s+de\s+publica[çc][ãa]o|\s+di\s+pubblicazione)?|"
    r"pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?|"
    # a health page's review dates ("Page last reviewed: 12 March 2024", "Next review due: March 2027")
    r"(?:page\s+)?last\s+reviewed(?:\s+on)?|next\s+review(?:\s+(?:due|date))?)", re.I)


def _meta_line(text: str) -> bool:
    """A short block opening with a publication-date label and the date, whatever follows it (the
    author, the terms, a view count: "Publish Date 3/8/24 Author Jane Roe Topic: Flu 120 Views",
    Liferay's asset metadata after the body): the page's metadata line, not its text. A sentence
    ("Published 3/8/24, the report found ...") ends with a full stop and stays."""
    if len(text) > 2 * vocab.DATE_LINE_MAX or text.endswith((".", "!", "?", ":")) \
            or not _META_LABEL.match(text.lstrip(" :|·-–—")):
        return False        # (the label opens the line: no date search for the rest)
    found = dates.find_all(text[:48], short_years=True)
    if not found:
        return False
    label = text[:found[0].start]
    return _META_LABEL.fullmatch(label.strip(" :|·-–—")) is not None


def _is_date_or_byline(text: str) -> bool:
    if vocab.BYLINE_RE.match(text):
        return True
    return bool(vocab.YEAR_OR_TIME_RE.search(text)) and bool(vocab.DATE_LINE_RE.match(text))


def _has_other_text(parent, el, lengths: _TextLengths | None = None) -> bool:
    if parent is None:
        return False
    whole = lengths.of(parent) if lengths is not None else len(" ".join(text_of(parent).split()))
    return whole > len(" ".join(text_of(el).split())) + 2


def _holds_prose(el) -> bool:
    return any(_prose_length(p) >= 150 for p in el.iter("p"))

