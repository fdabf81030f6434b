"""Page metadata: title, authors, dates, language, description, image, tags, reviewers, page type."""
from __future__ import annotations

import functools
import html
import itertools
import json
import re
import unicodedata
from typing import Iterable, Optional
from urllib.parse import unquote_plus, urljoin, urlsplit

from lxml import etree

from archive.extract import authors as _authors
from archive.extract import vocab
from archive.extract import dates as _dates
from archive.extract import links as _links
from archive.extract import vocab

ARTICLE_TYPES = frozenset((
    "Article", "NewsArticle", "BlogPosting", "MedicalWebPage", "Report", "ScholarlyArticle", "TechArticle",
    "AnalysisNewsArticle", "ReportageNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "SocialMediaPosting",
    "LiveBlogPosting", "MedicalScholarlyArticle", "HealthTopicContent", "Recipe", "HowTo", "Review",
    "BackgroundNewsArticle", "AdvertiserContentArticle", "SatiricalArticle", "DiscussionForumPosting",
    "VideoObject", "PodcastEpisode", "Guide", "Question",
))
PAGE_TYPES = frozenset(("WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage", "FAQPage", "ContactPage",
                        "CollectionPage", "SearchResultsPage", "MedicalWebPage"))
# users' discussions: a forum thread (what forum software declares for a topic of posts), a question
# and its answers; their headline, posters and dates read as an article's, but the page is none
DISCUSSION_TYPES = frozenset(("DiscussionForumPosting", "QAPage"))
LISTING_TYPES = frozenset(("CollectionPage", "ItemList", "SearchResultsPage", "Blog"))
OTHER_TYPES = frozenset(("Product", "Person", "Organization", "ContactPage", "AboutPage", "ProfilePage", "Event",
                         "Place", "LocalBusiness", "MedicalOrganization", "Physician", "Hospital"))

# class/id words (matched in lower case) that mark bylines, date lines, tag and category lists,
# reviewer lines, headlines
_BUCKET_RES = (
    ("bylines", re.compile(r"byline|author|autor|auteur|writer|creator")),
    ("dateish", re.compile(r"date|time|byline|meta|posted|publish|datum")),
    ("tag_lists", re.compile(r"(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?links|post-?tags|keywords")),
    ("cat_lists", re.compile(r"cat-links|post-?categor|categories|taxonomy-category(?:$|\s)")),
    ("reviews", re.compile(r"review|fact-?check|expert")),
    ("headings", re.compile(r"headline|title")),
    ("crumbs", re.compile(r"breadcrumb")),
    ("entries", re.compile(r"(?:^|\s)(?:hentry|h-entry)(?:$|\s)")),
)
_BUCKETS = tuple((1 << i, name) for i, (name, _) in enumerate(_BUCKET_RES))
_BUCKET_BIT_RES = tuple((1 << i, rx) for i, (_, rx) in enumerate(_BUCKET_RES))
_SPECIAL_TAGS = frozenset(("meta", "script", "title", "h1", "time", "a", "link", "base", "h2", "h3", "article",
                           "nav", "iframe", "video", "audio", "embed", "object", "lite-youtube", "lite-vimeo",
                           "amp-iframe", "amp-video", "amp-audio", "amp-youtube", "amp-vimeo", "amp-dailymotion"))
_PLAYER_TAGS = frozenset(("iframe", "video", "audio", "embed", "object", "lite-youtube", "lite-vimeo",
                          "amp-iframe", "amp-video", "amp-audio", "amp-youtube", "amp-vimeo", "amp-dailymotion"))
_TEASER_TAGS = frozenset(("h2", "h3", "article"))
_ELEMENTS = etree.Element           # iter() filter: elements only
_LABELLED_LISTS = frozenset(("ul", "ol"))   # lists whose aria-label also says what box they are


# cheap first test: lower-case words, no re.I (a case-insensitive alternation costs ~5x more per call)
_HINT = re.compile("auth|autor|auteur|byline|writer|creator|date|time|posted|publish|datum|meta|tag|categ|cat-links|"
                   "review|expert|fact|headline|title|keyword|crumb|entry")


@functools.lru_cache(maxsize=1 << 15)
def _bucket_bits(marks: str) -> int:
    """Which buckets a class/id string belongs to, as bits (cached: class names repeat across pages).
    A post's own taxonomy classes ("category-nutrition", "tag-fiber") say what it is about, not
    what kind of box it is: they are left out."""
    low = marks.lower()
    if not _HINT.search(low):
        return 0
    if "-" in low:
        low = " ".join(t for t in low.split() if not t.startswith(_TAXONOMY_PREFIXES))
    bits = 0
    for bit, rx in _BUCKET_BIT_RES:
        if rx.search(low):
            bits |= bit
    return bits


_TAXONOMY_PREFIXES = ("tag-", "tags-", "category-", "categories-", "cat-item-", "topic-", "term-", "post-tag-",
                      "format-", "status-", "type-", "postid-")
MAX_TEXT = 5000       # characters of a JSON-LD text value read (a description at most)
MAX_META = 2000       # characters of a <meta> content kept
MAX_META_NAME = 100   # a longer meta name or property is no name any reader uses
MAX_TITLE = 600       # characters of a <title>, og:title or JSON-LD headline read (headlines are far shorter)
MAX_HEADLINE = 400    # an h1 with more text is a part of the page, not its headline
MAX_H1S = 30          # h1 elements considered
MAX_H1_PARTS = 40     # elements inside an h1 tried as its kicker
MAX_HEADINGS = 80     # other headings (h2, headline-classed) tried when no h1 is the headline
KICKER_MAX = 40       # characters of a kicker before "Kicker: Headline" in a title
_SEP_CHARS = " |-–—:·•»~/"
# class tokens of text hidden from sighted readers (WordPress, Bootstrap, Drupal, HTML5 Boilerplate)
_HIDDEN_CLASSES = vocab.SCREEN_READER_CLASSES | {"hidden"}
_TITLE_SEP = re.compile(r"\s+(?:[|·•»~/:]|::|[-–—])\s+|\s*\|\s*")
_JSON_JUNK = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$|[\x00-\x1f]")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_DECODER = json.JSONDecoder()
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b")
_NOT_WORD = re.compile(r"[\W_]+")
_TERM_HREF = re.compile(r"/(?:tags?|schlagw\w*|stichw\w*|thema|themen|topics?|category|categories|kategorien?|"
                        r"rubrik|section|etiqueta|mot-cle)[/-]|[?&](?:tag|cat)=|[?&][\w-]*categor(?:y|ies)=", re.I)
_TERM_HREF_LOWER = re.compile(_TERM_HREF.pattern)      # the same on a lower-cased address, faster
_QUERY_VALUE = re.compile(r"[?&][^=&#]+=([^&#]+)")
_LOOSE_TERM = re.compile(r"[\W_]+")


def _filters_by_own_text(low: str, a) -> bool:
    """The link leads to a listing filtered by its own text: one of its query values is the link's
    words (``?topic=heart-health``, SharePoint's ``?FilterField1=ArticleTopic&FilterValue1=Heart%20Health``):
    a term link whatever the address's words (a filter over a list view, a search by subject)."""
    text = _LOOSE_TERM.sub("", a.text_content().lower())
    if not text or len(text) > 60:
        return False
    return any(_LOOSE_TERM.sub("", unquote_plus(v)) == text for v in _QUERY_VALUE.findall(low))
MAX_TERMS = 30
FURNITURE_DEPTH = 12    # levels PageIndex.outside looks up for a furniture block


class PageIndex:
    """Everything metadata extraction looks at, gathered in one walk over the tree."""

    def __init__(self, tree):
        self.tree = tree
        self.metas: dict = {}
        self.ld_blocks: list[str] = []
        self.data_blocks: list[str] = []     # <script type="application/json">: hydration data (hydration.py)
        self.title = ""
        self.h1s: list = []
        self.times: list = []
        self.itemprops: dict = {}
        self.rel_author: list = []
        self.rel_tag: list = []
        self.bylines: list = []
        self.dateish: list = []
        self.tag_lists: list = []
        self.cat_lists: list = []
        self.reviews: list = []
        self.headings: list = []     # elements classed like a headline ("entry-title", "c-headline")
        self.crumbs: list = []       # elements classed or named like a breadcrumb trail
        self.entries: list = []      # elements classed as entries (hAtom hentry, microformats h-entry)
        self.itemtypes: list = []    # elements with a microdata itemtype or an RDFa typeof
        self.rdfa_created: list = []  # RDFa creation dates: property="dc:date dc:created" content="ISO" (vocab)
        self.players: list = []      # iframes, videos, audio players... (media.mark_embeds)
        # for the page-level passes (core), gathered by the same walk: links._link_elements()'s
        # (first <base href>, <link>s with rel and href, <a>s with rel and href, every <a> href),
        # and the <h2>, <h3> and <article> elements core.count_teasers reads, all in page order
        self.base_href = None
        self.link_rels: list = []
        self.anchor_rels: list = []
        self.hrefs: list = []
        self.anchors: list = []      # the <a> elements of hrefs, in the same order
        self.teaser_tags: list = []
        self._main = None
        self._term_links: Optional[list] = None
        self.furniture: set = set()      # blocks its site repeats on most pages (site.py): not the article's
        self._walk(tree)

    def set_furniture(self, blocks) -> None:
        """Leave the site's furniture out: dates, tag and category lists, reviewer boxes inside it
        belong to the template (a sidebar's "Categories" widget on every page), not to the article."""
        self.furniture = set(blocks)
        if self.furniture:
            for name in ("times", "dateish", "tag_lists", "cat_lists", "reviews", "rel_tag", "rdfa_created"):
                setattr(self, name, [el for el in getattr(self, name) if self.outside(el)])

    def outside(self, el) -> bool:
        """el is not part of the site's furniture (set_furniture)."""
        furniture = self.furniture
        if not furniture:
            return True
        if el in furniture:
            return False
        for depth, ancestor in enumerate(el.iterancestors()):     # furniture blocks are small: a
            if ancestor in furniture:                              # bounded walk up finds them
                return False
            if depth >= FURNITURE_DEPTH:
                break
        return True

    def _walk(self, tree) -> None:
        special = _SPECIAL_TAGS
        itemprops = self.itemprops
        for el in tree.iter(_ELEMENTS):            # comments and processing instructions say nothing
            tag = el.tag
            if tag in special:
                if tag == "meta":
                    self._meta(el)
                    continue
                if tag == "script":
                    if el.text:
                        kind = (el.get("type") or "").lower()
                        if "ld+json" in kind:
                            self.ld_blocks.append(el.text)
                        elif kind == "application/json":
                            self.data_blocks.append(el.text)
                    continue
                if tag == "a":
                    href = el.get("href")
                    if href is not None:
                        self.hrefs.append(href)
                        self.anchors.append(el)
                        if _links.marked_anchor(el):
                            self.anchor_rels.append(el)
                    if el.get("rel"):               # of links, only those with a rel are special
                        self._special(el, tag)
                elif tag in _TEASER_TAGS:
                    self.teaser_tags.append(el)
                elif tag in _PLAYER_TAGS:
                    self.players.append(el)
                elif tag == "nav":
                    label = el.get("aria-label")
                    if label and "crumb" in label.lower():
                        self.crumbs.append(el)
                elif tag == "link":
                    if el.get("rel") is not None and el.get("href") is not None:
                        self.link_rels.append(el)
                elif tag == "base":
                    if self.base_href is None:
                        self.base_href = el.get("href")
                else:
                    self._special(el, tag)
            prop = el.get("itemprop")
            if prop:
                itemprops.setdefault(prop, []).append(el)
            if el.get("itemtype") is not None or el.get("typeof") is not None:
                self.itemtypes.append(el)
            rdfa = el.get("property")
            if rdfa and el.get("content") and len(self.rdfa_created) < 50 and vocab.RDFA_CREATED_RE.search(rdfa):
                self.rdfa_created.append(el)
            if tag in ("body", "html"):     # their classes describe the page, not a box in it
                continue
            marks = el.get("class")
            bits = _bucket_bits(marks) if marks else 0
            ident = el.get("id")
            if ident:
                bits |= _bucket_bits(ident)
            if tag in _LABELLED_LISTS:      # <ul aria-label="Post categories">: a list named for
                label = el.get("aria-label")    # its readers, where the classes are hashed
                if label:
                    bits |= _bucket_bits(label)
            if bits:
                self._classed(el, bits)

    def _special(self, el, tag: str) -> None:
        if tag == "title":
            self.title = self.title or " ".join(el.text_content()[:MAX_TITLE].split())
        elif tag == "h1":
            self.h1s.append(el)
        elif tag == "time":
            self.times.append(el)
        elif tag == "a" and el.get("rel"):
            rel = el.get("rel").lower().split()
            if "author" in rel:
                self.rel_author.append(el)
            if "tag" in rel or "category" in rel:
                self.rel_tag.append(el)

    def _meta(self, el) -> None:
        content = el.get("content")
        if not content or not content.strip():
            return
        content = content[:MAX_META].strip()
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if not key or len(key) > MAX_META_NAME:
                continue
            key = key.strip().lower().replace("&#x3a;", ":")
            if key not in self.metas:
                self.metas[key] = content
            elif key in ("article:tag", "article:author", "author", "citation_author", "dc.creator", "citation_keywords",
                         "dc.subject"):
                self.metas.setdefault(key + "[]", [self.metas[key]]).append(content)

    def _classed(self, el, bits: int) -> None:
        for bit, bucket in _BUCKETS:
            if bits & bit:
                target = getattr(self, bucket)
                if len(target) < 200:
                    target.append(el)

    def term_links(self) -> list:
        """(lower-cased href, <a>) of the links to term addresses (_TERM_HREF: tags, categories,
        topics...), in page order; read once for the passes that look for unmarked terms."""
        if self._term_links is None:
            term = _TERM_HREF_LOWER.search
            found = []
            for href, a in zip(self.hrefs, self.anchors):
                low = href.lower()      # plain tests first: a case-insensitive pattern costs ~20 µs a link
                if ("tag" in low or "cat" in low or "top" in low or "them" in low or "sect" in low or "rub" in low
                        or "stich" in low or "schlag" in low or "etiq" in low or "mot-" in low) and term(low) \
                        or "?" in low and _filters_by_own_text(low, a):
                    found.append((low, a))
            self._term_links = found
        return self._term_links

    def main(self, headline=None):
        """The article's container: the <article>/<main> around the headline, else <body>."""
        if self._main is None:
            if headline is not None:
                for anc in headline.iterancestors():
                    if (anc.tag in ("article", "main") or anc.get("role") == "main") \
                            and len(anc.text_content()) > 1000:
                        self._main = anc
                        return anc
            body = self.tree.find("body")
            self._main = body if body is not None else self.tree
        return self._main


def extract_metadata(tree, url: str, title_affixes: Iterable[str] = ()) -> dict:
    """Everything about the page except its body, from one parsed tree (never modified, never raises
    on odd input). Keys: title, authors, published, published_source, published_stated (the date is in
    the page's data, address or byline, not met elsewhere on it), modified, modified_source,
    description, language, image, tags, categories, reviewed_by, reviewed_on, people (record.Person,
    authors and reviewers with credentials and roles), page_type_hint, problems.
    `title_affixes`: what the site repeats in its <title>s (learned across its pages: site.py), left out."""
    return read_metadata(tree, url, title_affixes=title_affixes)[0]


def read_metadata(tree, url: str, page: Optional[PageIndex] = None,
                  title_affixes: Iterable[str] = ()) -> tuple[dict, Optional[dict]]:
    """extract_metadata's dict and the page's main JSON-LD entity (None when there is none), so the
    body extraction reuses the JSON-LD read here instead of searching the tree again.
    `page`: the tree's PageIndex when the caller has made it; `title_affixes` as in extract_metadata
    (dropped from a title's ends as written, and from its separated parts in loose form)."""
    problems: list[str] = []
    page = PageIndex(tree) if page is None else page
    entities, ids = collect_jsonld(page.ld_blocks, problems)
    article = main_entity(entities, url)
    webpage = next((e for e in entities if _types(e) & PAGE_TYPES), None)
    language = extract_language(tree, page.metas, article)
    sites = _site_names(url, page.metas, entities) + [n for n in (_loose(a) for a in title_affixes) if n]
    title, headline = extract_title(page, article, sites, title_affixes)
    zone = _dates.Zone(tree, headline)
    dates = _dates.extract_dates(page, url, article or webpage, zone, language)
    if article is None and dates["published_source"] == "json-ld":
        # SEO plugins date the WebPage node of every page (Yoast, Rank Math: datePublished and
        # dateModified on About and Contact too): the record's dates, which the page itself states
        # only if it shows a date beside its headline
        dates["published_stated"] = any(c.kind in ("published", "") for c in zone.candidates())
    reviewed = next((e for e in (webpage, article) if e and e.get("reviewedBy")), None)
    rated = bool(article and _types(article) & {"Review", "Product"})   # "Reviewed by" is its author
    reviewers, reviewed_on = _authors.extract_reviewers(page, reviewed, ids, zone, rated, sites)
    authors, author_problems = _authors.extract_authors(page, article, ids, zone, reviewers,
                                                        _not_people(sites, entities), webpage,
                                                        _business_names(entities), language)
    tags, categories, filed = extract_tags(page, article, entities, title, url, _dates._headline_line(zone.headline))
    problems += dates["problems"] + author_problems
    if not title:
        problems.append("no title found")
    return {
        "title": title,
        "authors": [p.name for p in authors],
        "published": dates["published"],
        "published_source": dates["published_source"],
        "published_stated": dates["published_stated"],
        "published_shown": dates["published_shown"],
        "modified": dates["modified"],
        "modified_source": dates["modified_source"],
        "description": extract_description(page.metas, article),
        "language": language,
        "image": extract_image(url, page.metas, article),
        "tags": tags,
        "categories": categories,
        "filed": filed,
        "reviewed_by": [p.name for p in reviewers],
        "reviewed_on": _ld_date((webpage or {}).get("lastReviewed") or (article or {}).get("lastReviewed"))
        or reviewed_on,
        "people": _authors.in_page_order(authors, reviewers, zone),
        "page_type_hint": page_type_hint(entities, page.metas),
        # the hint is og:type's alone (no schema.org type of the page's says article)
        "hint_og_only": page_type_hint(entities, {}) != "article",
        # the page's JSON-LD declares it a plain WebPage and nothing more (jekyll-seo-tag's choice for a
        # page without a date: its posts get a BlogPosting)
        "data_plain_page": webpage is not None and page_type_hint(entities, {}) == "",
        # a page without an h1 whose title a heading of its own shows (an h2 post title): that
        # heading is its one headline, as an h1 would be
        "headline_shown": headline is not None and not page.h1s and headline.tag in _SUBHEADINGS,
        "problems": problems,
    }, article


# --- JSON-LD ---------------------------------------------------------------------------------------------

def collect_jsonld(blocks: list[str], problems: list) -> tuple[list[dict], dict]:
    """Every JSON-LD object on the page (flattened through @graph and lists), and an @id index."""
    entities: list[dict] = []
    for raw in blocks:
        data = _load_json(raw)
        if data is None:
            if raw.strip():
                problems.append("unreadable JSON-LD block ignored")
            continue
        _flatten(data, entities, 0)
    ids = {e["@id"]: e for e in entities if isinstance(e.get("@id"), str)}
    return entities, ids


def _load_json(raw: str):
    """Parsed JSON-LD, tolerating comment wrappers, control characters, trailing commas and junk after
    the value (a stray closing brace, several objects in a row); None when nothing parses."""
    try:
        return json.loads(raw)
    except RecursionError:      # nested deeper than the decoder goes: no reading of it will do
        return None
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub(r"\1", _JSON_JUNK.sub(" ", raw)).strip()
    values, pos = [], 0
    while pos < len(text):
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        values.append(value)
        while pos < len(text) and text[pos] in " ,;\t":
            pos += 1
    return values or None


def _flatten(data, out: list, depth: int) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict) and _types(main) & ARTICLE_TYPES:
            out.append(main)


def _types(entity: dict) -> set:
    t = entity.get("@type")
    if isinstance(t, str):
        return {t.rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def main_entity(entities: list[dict], url: str = "") -> Optional[dict]:
    """The article the page is about: among several article-like entities the one whose url, @id or
    mainEntityOfPage is the page's `url` (an article before a web page); else the first, one with a
    headline or date preferred."""
    articles = [e for e in entities if _types(e) & ARTICLE_TYPES]
    if url and len(articles) > 1:
        page = _url_key(url)
        for e in sorted(articles, key=lambda e: bool(_types(e) & PAGE_TYPES)):    # articles before pages
            if any(_url_key(_ld_ref(e.get(k))) == page for k in ("url", "@id", "mainEntityOfPage")):
                return e
    for e in articles:
        if e.get("headline") or e.get("datePublished"):
            return e
    return articles[0] if articles else None


def _ld_ref(value) -> str:
    """A JSON-LD reference as a string: the value itself, or a node's @id or url."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else ""


def _url_key(url: str) -> str:
    """An address without scheme, "www.", query, fragment and trailing slash, lower-cased host."""
    try:
        parts = urlsplit(url.strip()[:2000])
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else ""


def _ld_text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not isinstance(value, str):
        return ""
    value = value[:MAX_TEXT]
    return " ".join((html.unescape(value) if "&" in value else value).split())


def _ld_date(value) -> Optional[str]:
    f = _dates.parse_machine(value) if isinstance(value, str) else None
    return f.day.isoformat() if f and _dates.plausible(f.day) else None


# --- title -----------------------------------------------------------------------------------------------

def extract_title(page: PageIndex, article: Optional[dict], sites: list[str],
                  affixes: Iterable[str] = ()) -> tuple[str, object]:
    """(headline, its element or None). The article's h1 when another source confirms it, or once its
    kicker / overline is left out, or when it is the page's one headline; else two agreeing sources;
    else the most trusted one: JSON-LD headline, og:title, <title>, each without the site's name and
    without `affixes` (strings the site repeats in every title, learned across its pages)."""
    metas = page.metas
    h1s = _headline_elements(page, sites)
    ld = _ld_text(article.get("headline") or article.get("name")) if article else ""
    og_raw = _fold((metas.get("og:title") or metas.get("twitter:title") or "")[:MAX_TITLE])
    candidates = [c for c in (ld[:MAX_TITLE], strip_site(og_raw, sites, affixes),
                              strip_site(page.title, sites, affixes)) if c]
    loose = [_loose(c) for c in candidates]
    runs = _segment_runs(page.title) | _segment_runs(og_raw)
    targets = set(loose) | runs
    if not h1s:                                            # no h1 is the headline: another heading
        kickless = {k for k in (_after_kicker(c) for c in candidates) if k}   # showing what the title says
        shown = _shown_heading(page, set(loose) | kickless, runs, page.title, sites)
        if shown:
            return shown
    for text, el in h1s:                                   # the h1 without its kicker / overline, as
        part = _without_kicker(text, el, targets, sites, len(text) // 2)   # another source says it
        if part:
            return part, el
    for text, el in h1s:                                   # the h1 says what another source says
        if _loose(text) in loose:
            return text, el
    for text, el in h1s:                                   # a part of it does ("Category: <span>Sleep")
        part = _without_kicker(text, el, set(loose), sites)
        if part:
            return part, el
    for text, el in h1s:                                   # ... or what <title> says beside a site name
        if _loose(text) in runs:
            return text, el
    if len({_loose(text) for text, _ in h1s}) == 1:        # the page's one headline
        return h1s[0]
    for text, el in h1s:                                   # an h1 most of another source's title
        key = _loose(text)
        if any(key in lc and 2 * len(key) >= len(lc) for lc in loose):
            return text, el
    for i, c in enumerate(candidates):
        if loose[i] in loose[i + 1:]:
            return c, _element_for(page, h1s, c)
    for text, el in h1s:
        if any(_loose(text) in lc for lc in loose):
            return text, el
    if candidates:
        return candidates[0], _element_for(page, h1s, candidates[0])
    return h1s[0] if h1s else ("", None)


def _without_kicker(text: str, h1, targets: set, sites: list[str], shortest: int = 0) -> str:
    """The h1's text without a part in an element of its own at its start or end (a kicker, overline,
    label), or that part alone, when the result is what another source says (`targets`, loose forms)
    and longer than `shortest` characters; the longest such, else ""."""
    best = ""
    for i, part in enumerate(h1.iterdescendants()):
        if i >= MAX_H1_PARTS:
            break
        if part.tag.__class__ is not str:                  # comments
            continue
        part_text = _fold(part.text_content())
        if not part_text or len(part_text) >= len(text):
            continue
        options = [part_text]
        if text.startswith(part_text):
            options.append(text[len(part_text):])
        elif text.endswith(part_text):
            options.append(text[:-len(part_text)])
        for option in options:
            option = option.strip(_SEP_CHARS)
            if len(option) > max(len(best), shortest) and _loose(option) in targets \
                    and not _is_site(option, sites):
                best = option
    return best


def _after_kicker(title: str) -> str:
    """Loose form of a title's part after a short kicker written with a colon ("Covid-19: Can the
    spread be slowed?" -> "can the spread be slowed"), "" when it has none. News sites put their
    kicker (topic line, overline) before the headline this way in og:title and JSON-LD."""
    head, sep, rest = title.partition(": ")
    if not sep or not head.strip() or len(head) > KICKER_MAX or len(rest) < len(head):
        return ""
    return _loose(rest)


def _shown_heading(page: PageIndex, said: set, runs: set, title: str, sites: list[str]):
    """(text, element) of the heading that shows the headline when the page has no h1 that may be it:
    an h2, a headline-classed element or itemprop=headline whose text, or whose text without a kicker
    in an element of its own, is what a title source says (`said`: loose forms of the sources and of
    their parts after a kicker) or a part of <title> between separators (`runs`). The first heading
    saying what a source says, else the one showing the earliest part of <title> (its headline comes
    before its subtitle and section). None when no heading says any of it. Never a teaser's linked
    title, nor one in navigation, a sidebar or the footer, nor one hidden from sighted readers."""
    targets = said | runs
    title = _loose(title)
    best, best_key = None, None
    seen = set()
    elements = itertools.chain(page.itemprops.get("headline", ()), page.headings,
                               (el for el in page.teaser_tags if el.tag == "h2"))
    for el in itertools.islice(elements, MAX_HEADINGS):
        if el in seen or el.tag in ("meta", "title", "a", "body", "html", "link"):
            continue
        seen.add(el)
        text = _fold(_dates.short_text(el, MAX_HEADLINE) or "")
        if not text or not len(el) and _loose(text) not in targets:      # (a leaf holds no kicker)
            continue
        shown = _without_kicker(text, el, targets, sites, len(text) // 3) or \
            (text if _loose(text) in targets else "")
        if not shown or _is_site(shown, sites) or _linked(el) or _furniture(el) or _hidden(el):
            continue
        key = _loose(shown)
        rank = 0 if key in said else 1 + max(title.find(key), 0)
        if best_key is None or rank < best_key:
            best, best_key = (shown, el), rank
            if rank == 0:
                break
    return best


_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _linked(el) -> bool:
    """Inside a link (a teaser's title), looked for a few levels up."""
    return any(anc.tag == "a" for anc, _ in zip(el.iterancestors(), range(4)))


def _segment_runs(title: str) -> set:
    """Loose forms of every run of consecutive separator-delimited parts of a title, the whole excluded."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()][:6]
    return {_loose(" ".join(parts[i:j])) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
            if j - i < len(parts)}


def _headline_elements(page: PageIndex, sites: list[str]) -> list[tuple[str, object]]:
    """(text, h1) of the h1s that may be the article's headline, those inside <article>/<main> first. Not
    one in navigation, a sidebar, comments or the footer, hidden from sighted readers, a link to a home
    page (a site logo), the site's name, empty, or too long for a headline."""
    inside, other = [], []
    for h in page.h1s[:MAX_H1S]:
        text = _fold(_dates.short_text(h, MAX_HEADLINE) or "")
        if not text or _is_site(text, sites) or _furniture(h) or _hidden(h) or _home_link(h, text) \
                or _kicker_class(h) or _in_breadcrumb(h):
            continue
        in_article = any(a.tag in ("article", "main") for a in h.iterancestors())
        (inside if in_article else other).append((text, h))
    return (inside + other)[:6]


def _furniture(el) -> bool:
    """Inside <nav>, <aside> or <footer>, or a block classed as navigation, sidebar, comments or site
    footer (a whole class token: "sidebar", "comments", not "post-footer")."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _dates.ASIDE_DEPTH or anc.tag in ("body", "html"):
            return False
        if anc.tag in ("nav", "aside", "footer") or _dates.aside_token(anc):
            return True
    return False


# class words of a kicker / overline above a headline (news CMS and theme conventions, English and German)
_KICKER_CLASS = re.compile(r"(?:^|[\s_-])(?:kicker|overline|over-?title|strapline|eyebrow|dachzeile|topline|"
                           r"roofline|spitzmarke|super-?title|pre-?title)(?:$|[\s_-])")


def _kicker_class(el) -> bool:
    """An h1 classed as a kicker, overline or strapline: the line above the headline, not the headline."""
    marks = el.get("class")
    return bool(marks) and _KICKER_CLASS.search(marks.lower()) is not None


def _in_breadcrumb(el) -> bool:
    """Inside a breadcrumb trail (a class or id naming it, schema.org BreadcrumbList, an aria-label):
    an h1 there is the trail's last item, the page's short name, not its headline."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _dates.ASIDE_DEPTH or anc.tag in ("body", "html"):
            return False
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''} {anc.get('aria-label') or ''}"
        if "crumb" in marks.lower() or "BreadcrumbList" in (anc.get("itemtype") or anc.get("typeof") or ""):
            return True
    return False


def _hidden(el) -> bool:
    """Hidden from sighted readers: the hidden attribute, display:none, or a screen-reader-only class."""
    style = (el.get("style") or "")[:500].replace(" ", "").lower()
    if el.get("hidden") is not None or "display:none" in style:
        return True
    return not _HIDDEN_CLASSES.isdisjoint((el.get("class") or "").lower().split())


def _home_link(h1, text: str) -> bool:
    """An h1 whose text is one link to a site's front page: the site's logo, not a headline."""
    links = list(itertools.islice(h1.iter("a"), 2))
    if len(links) != 1:
        return False
    a = links[0]
    href = (a.get("href") or "").strip()
    if "home" in (a.get("rel") or "").lower().split():
        return True
    try:
        parts = urlsplit(href[:2000])
    except ValueError:                                     # "http://[::1": not a link anywhere
        return False
    home = parts.path in ("", "/", "./", "/index.html", "/index.php") and not parts.query \
        and bool(parts.netloc or parts.path)
    return home and _fold(a.text_content()) == text


def _element_for(page: PageIndex, h1s, title: str):
    """The element showing the headline when no h1 equals it: a headline-classed element or
    itemprop=headline with that text, else an h1 that contains it (or is contained in it)."""
    key = _loose(title)
    for el in page.itemprops.get("headline", []) + page.headings:
        if el.tag not in ("meta", "title", "a", "body", "html") \
                and _loose(_dates.short_text(el, MAX_HEADLINE) or "") == key:
            return el
    for text, el in h1s:
        lt = _loose(text)
        if lt and (lt in key or key in lt):
            return el
    return h1s[0][1] if h1s else None


def _loose(s: str) -> str:
    return _NOT_WORD.sub(" ", s.casefold()).strip()


# schema.org types of an organization a page describes as such (a practice's LocalBusiness, a clinic)
# A local business or care provider: its name is the practice's, never a writer's. Not any
# Organization: a newsroom, a magazine or a blogger's own brand (schema "Organization" named after
# her) is signed with that name on purpose, and the shared benchmark's labels keep such names.
_BUSINESS_TYPES = frozenset(("LocalBusiness", "ProfessionalService", "MedicalOrganization", "MedicalBusiness",
                             "MedicalClinic", "Physician", "Hospital", "Dentist", "Pharmacy", "Optician",
                             "HealthAndBeautyBusiness", "SportsActivityLocation"))


def _business_names(entities: list) -> list[str]:
    """Names of the organizations the page's JSON-LD describes (not its people)."""
    return [n for n in (_ld_text(e.get("name")) for e in entities if _types(e) & _BUSINESS_TYPES) if n]


def _not_people(sites: list[str], entities: list) -> list[str]:
    """The site's names less those of the JSON-LD's Person nodes: a blogger whose site stands for
    her (Yoast types her node ["Person", "Organization"], the site's publisher) still signs the
    posts she writes with others, and her name is a person's, not the site's."""
    people = {_loose(_ld_text(e.get("name"))) for e in entities if "Person" in _types(e)}
    return [s for s in sites if s not in people]


def _site_names(url: str, metas: dict, entities: list) -> list[str]:
    """Loose forms of the site's names: og:site_name, JSON-LD WebSite/publisher, the host name."""
    names = [metas.get("og:site_name") or "", metas.get("application-name") or "",
             metas.get("apple-mobile-web-app-title") or ""]
    for e in entities:
        if _types(e) & {"WebSite", "Organization", "NewsMediaOrganization"}:
            names.append(_ld_text(e.get("name")))
        if isinstance(e.get("publisher"), dict):
            names.append(_ld_text(e["publisher"].get("name")))
    host = urlsplit(url or "").hostname or ""
    host = host[4:] if host.startswith("www.") else host
    if host:
        names += [host, host.split(".")[0]]
    return [n for n in (_loose(n) for n in names if n) if n]


def strip_site(title: str, sites: list[str], affixes: Iterable[str] = ()) -> str:
    """The title without the site's name: first any of `affixes` it starts or ends with (strings a site
    repeats in every title, e.g. " - Healthy Living Today", learned across the site's pages), then
    " | Site Name" / "Site - " parts recognised as one of `sites` (loose forms)."""
    title = _drop_affixes(title[:MAX_TITLE], affixes)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not _is_site(p, sites)]
    if kept and len(kept) < len(parts):
        start = title.find(kept[0])
        end = title.rfind(kept[-1]) + len(kept[-1])
        return title[start:end].strip(_SEP_CHARS) if 0 <= start < end else kept[0]
    return title


def _drop_affixes(title: str, affixes: Iterable[str]) -> str:
    """The title without the affixes it starts or ends with (whitespace folded on both sides); the title
    itself when nothing would be left."""
    title = _fold(title)
    for affix in affixes:
        affix = _fold(affix[:MAX_TITLE])
        if not affix or len(affix) >= len(title):
            continue
        if title.endswith(affix):
            title = title[:-len(affix)].strip(_SEP_CHARS) or title
        elif title.startswith(affix):
            title = title[len(affix):].strip(_SEP_CHARS) or title
    return title


def _fold(text: str) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return " ".join(text.split())


def _is_site(part: str, sites: list[str]) -> bool:
    p = _loose(part)
    if not p:
        return True
    squashed = p.replace(" ", "")
    for s in sites:
        if p == s or squashed == s.replace(" ", "") or (len(p) > 3 and p in s) \
                or (len(s) > 3 and s in p and len(p) < len(s) + 12):
            return True
    return False


# --- language, description, image, tags, page type ---------------------------------------------------------

def extract_language(tree, metas: dict, article: Optional[dict]) -> str:
    """The page's declared language. A scholarly record's own (Highwire/Google Scholar
    citation_language, Dublin Core DC.Language) describes the article, where <html lang> is the
    interface's locale: a journal on OJS, DSpace or EPrints keeps its interface English for a
    Spanish article; the record's declaration comes first."""
    for value in (metas.get("citation_language"), metas.get("dc.language"), tree.get("lang"), tree.get("xml:lang"), metas.get("content-language"), metas.get("language"),
                  metas.get("og:locale"), _ld_text(article.get("inLanguage")) if article else ""):
        norm = normalize_language(value or "")
        if norm:
            return norm
    return ""


def normalize_language(value: str) -> str:
    """ "en_us" -> "en-US", "DE" -> "de"; "" when it is not a language tag."""
    m = _LANG.match(value.strip().split(",")[0].strip())
    if not m:
        return ""
    lang, region = m.group(1).lower(), m.group(2)
    return f"{lang}-{region.upper()}" if region else lang


_CUT_END = re.compile(r"\s*(?:\.{3}|…|\[…\]|\[\.\.\.\])\s*$")


def extract_description(metas: dict, article: Optional[dict]) -> str:
    """The meta description, or og:/twitter:/JSON-LD's. A CMS often cuts one of them at a set
    length ("... of the skin…"); when another source says the same text in full, the full one."""
    found = []
    for value in (metas.get("description"), metas.get("og:description"), metas.get("twitter:description"),
                  _ld_text(article.get("description")) if article else ""):
        if value and value.strip():
            found.append(" ".join(value.split()))
    if not found:
        return ""
    first = found[0]
    stem = _CUT_END.sub("", first).rstrip()
    for other in found[1:]:
        if len(other) > len(stem) + 1 and other.startswith(stem) and len(stem) >= 20:
            return other
    return first


def extract_image(url: str, metas: dict, article: Optional[dict]) -> str:
    value = metas.get("og:image") or metas.get("og:image:url") or metas.get("og:image:secure_url") \
        or metas.get("twitter:image") or metas.get("twitter:image:src")
    if not value and article:
        img = article.get("image")
        if isinstance(img, list):
            img = img[0] if img else None
        if isinstance(img, dict):
            img = img.get("url") or img.get("contentUrl")
        value = img if isinstance(img, str) else ""
    return urljoin(url, value.strip()) if value else ""


def extract_tags(page: PageIndex, article: Optional[dict], entities: list = (),
                 title: str = "", url: str = "", keep: frozenset = frozenset()) -> tuple[list[str], list[str], bool]:
    """(tags, categories, filed): article:tag / JSON-LD keywords, rel=tag links, tag lists; article:section,
    articleSection, rel="category tag" links, category lists. A page that marks none up may still
    write them ("Filed under: X | Tags: a, b": labelled_terms) or show its section in its
    breadcrumb trail (breadcrumb_sections). ``filed``: the page names terms of its own, not only
    the sections of its trail (which a site's static pages show too).

    A marked section that is a directory of the page's address ("posts" for /posts/x/: Hugo writes
    its content section, ``.Section``, into article:section on every post) is the site's section,
    not a category: it counts only when the page shows no category of its own and no static-site
    generator that always writes the directory there (Hugo) made the page.

    A term link inside a teaser of another post (a card of a "Recent Posts" or "Related Posts" list:
    a repeated short block with a linked headline, as the date reader judges it) is that post's
    term; ``keep``: the headline and its ancestors, never a teaser."""
    tags, cats = _marked_terms(page, article, keep)
    directories = _section_directories(cats, page, article, url)
    cats = [c for c in cats if c not in directories]
    if not tags and not cats:
        tags, cats = labelled_terms(page)
    elif not cats:      # tags marked up (a class, rel=tag), the category only labelled: "Filed under <a>"
        cats = labelled_terms(page)[1]
    if not tags:
        tags = chip_tags(page)
    if not cats:
        cats = kicker_category(page)
    if not cats:
        cats = folder_kicker(page, url) or term_box_kicker(page, tags)
    if not cats and not page.metas.get("generator", "").lower().startswith("hugo"):
        cats = directories
    tags, filed = _clean_terms(tags), _clean_terms(cats)
    return tags, filed or _clean_terms(breadcrumb_sections(page, entities, title, url) or trail_line(page, url)), \
        bool(tags or filed)


CHIPS_MAX = 12          # more tag links in one row make a tag cloud, not a post's tags
CHIP_GAP = 3            # characters a row of chips may show outside its links (separators)


def chip_tags(page: PageIndex) -> list[str]:
    """Tags a page shows as a row of links to tag addresses and nothing else, unlabelled (Medium's
    chips, one per box): the first such row of two or more, outside sidebars and the site's furniture."""
    rows: dict = {}
    for low, a in page.term_links():
        if "tag" not in low or not _TAG_HREF.search(low):
            continue
        box = a.getparent()
        if box is not None and sum(1 for _ in box.iter("a")) == 1:
            box = box.getparent()       # a chip in a box of its own: the row is one level up
        if box is not None:
            rows.setdefault(box, []).append(a)
    for box, links in rows.items():
        if not 2 <= len(links) <= CHIPS_MAX or sum(1 for _ in box.iter("a")) != len(links):
            continue
        texts = [" ".join(a.text_content().split()) for a in links]
        outside = len(" ".join(box.text_content().split())) - len(" ".join(texts))
        if outside <= CHIP_GAP * len(links) and all(texts) and page.outside(box) and not _dates.in_aside(box):
            return texts
    return []


KICKER_REACH = 2        # siblings read back from the headline (and from its parent)


def kicker_category(page: PageIndex) -> list[str]:
    """The category a page prints as a link just above its one headline, unlabelled ("Exercise &
    Fitness" over the title), or in the line just below it, known as one by its address
    (/category/x, /blog-categories/x, /blog?blogcategory=x, a topic hub /topics/x)."""
    if len(page.h1s) != 1:
        return []
    el = page.h1s[0]
    for level in range(2):              # the headline's own siblings, then its parent's
        near = [(p, False) for p in itertools.islice(el.itersiblings(preceding=True), KICKER_REACH)]
        if level == 0:                  # ... and the meta line just below it ("December 3, 2024 | Sleep, Falls")
            near += [(p, True) for p in itertools.islice(el.itersiblings(), KICKER_REACH)]
        else:                           # ... or just below the headline's box, when that is a short line
            near += [(p, True) for p in itertools.islice(el.itersiblings(), 1) if _meta_line(p)]
        for prev, below in near:
            links = [prev] if prev.tag == "a" else list(itertools.islice(prev.iter("a"), 4))
            if len(links) > 3:
                return []               # a menu, not a kicker
            term = _CATEGORY_HREF if below else _KICKER_HREF    # (a topic hub only over the headline)
            # the line right below the headline's box is the article's own, whatever its class says
            # (TYPO3's news extension prints date, category and author in a <div class="footer">)
            aside = (lambda a, line=prev: _aside_between(a, line) or _dates.in_aside(line)
                     or line.tag == "nav" or line.get("role") == "navigation") if level else _dates.in_aside
            found = [" ".join(a.text_content().split()).strip(_KICKER_MARKS) for a in links     # "/ Educación"
                     if term.search(a.get("href") or "") and page.outside(a) and not aside(a)]
            if found:
                return [t for t in (found if below else found[:1]) if t]
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
    return []


def folder_kicker(page: PageIndex, url: str) -> list[str]:
    """The category a page prints as plain text just above its one headline (an eyebrow without a
    link) when that text names the folder its address sits in: "Exercise & Fitness" over the title
    of /health-library/exercise-fitness/x (a content tree's folder: Sitecore, AEM, a CMS's
    /%category%/%postname%/ addresses). The address's first folder is the site's section ("News"
    over /news/x), no category."""
    folders = [unquote_plus(s) for s in urlsplit(url).path.split("/") if s][:-1]
    if len(page.h1s) != 1 or len(folders) < 2:
        return []
    folder = _folded_slug(folders[-1])
    if not folder:
        return []
    for prev in itertools.islice(page.h1s[0].itersiblings(preceding=True), KICKER_REACH):
        text = " ".join(prev.text_content().split()) if isinstance(prev.tag, str) else ""
        if text and len(text) <= 60 and _folded_slug(text) == folder and page.outside(prev) and not _dates.in_aside(prev):
            return [text]
    return []


EYEBROW_TERMS = 3       # more plain-text terms in the box over a headline make a list, not its eyebrow
EYEBROW_TERM = 60       # characters of one such term


def term_box_kicker(page: PageIndex, tags: list[str] = ()) -> list[str]:
    """The categories a page prints as plain text just above its one headline in a box its classes
    call a term list ("post-categories", "tags-wrapper": page.tag_lists, page.cat_lists), no link in
    it: one to three short labels, each its own element, read as the eyebrow kicker_category reads
    when it is a link (a site builder's feed post prints its sections so: Tilda's "parts"). A term
    the page already gives as a tag stays a tag; a labelled box ("Tags:") is left to labelled_terms."""
    if len(page.h1s) != 1:
        return []
    boxes = {*page.tag_lists, *page.cat_lists}
    el = page.h1s[0]
    for _ in range(2):                  # the headline's own siblings, then its box's
        for prev in itertools.islice(el.itersiblings(preceding=True), KICKER_REACH):
            if prev not in boxes or next(prev.iter("a"), None) is not None or not page.outside(prev) \
                    or _dates.in_aside(prev):
                continue
            leaves = [e for e in prev.iter(_ELEMENTS) if len(e) == 0] or [prev]
            terms = [" ".join(e.text_content().split()) for e in leaves]
            terms = [t for t in terms if t]
            if 1 <= len(terms) <= EYEBROW_TERMS and all(len(t) <= EYEBROW_TERM and not t.endswith(":") for t in terms) \
                    and "".join("".join(terms).split()) == "".join(prev.text_content().split()):    # no loose text
                known = _term_keys(tags)
                return [t for t in terms if _term_key(t) not in known]
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
    return []


def _folded_slug(text: str) -> str:
    """"Exercise & Fitness", "exercise-fitness" and "Exercise_Fitness" alike; "Nutrición" as "nutricion"."""
    text = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", text))


META_LINE = 200         # characters of a meta line (date, category, byline) under a headline


def _meta_line(el) -> bool:
    """A short block: a line of post meta, not the body that follows a headline."""
    return isinstance(el.tag, str) and len(" ".join(el.text_content().split())) <= META_LINE


def _aside_between(a, line) -> bool:
    """An element between the link and the line holding it is site furniture (a menu in the line)."""
    for anc in a.iterancestors():
        if anc is line:
            return False
        if _dates._aside_element(anc):
            return True
    return False


def _section_directories(cats: list[str], page: PageIndex, article: Optional[dict], url: str) -> list[str]:
    """The marked sections (article:section, articleSection) among ``cats`` that name a directory of
    ``url``'s path (a segment before its last: "posts", "es" for /es/posts/x/)."""
    segments = [s.casefold() for s in urlsplit(url).path.split("/") if s][:-1]
    if not segments:
        return []
    marked = [page.metas.get("article:section", ""), *_article_sections(article)]
    return [c for c in cats if c in marked and " ".join(c.split()).casefold() in segments]


def _article_sections(article: Optional[dict]) -> list[str]:
    """The JSON-LD entity's articleSection: one string or a list of them."""
    sec = article.get("articleSection") if article else None
    return [sec] if isinstance(sec, str) else [s for s in sec if isinstance(s, str)] if isinstance(sec, list) else []


def _marked_terms(page: PageIndex, article: Optional[dict], keep: frozenset = frozenset()) -> tuple[list[str], list[str]]:
    metas = page.metas
    tags = list(metas.get("article:tag[]") or ([metas["article:tag"]] if metas.get("article:tag") else []))
    cats = [metas["article:section"]] if metas.get("article:section") else []
    if not tags:            # a scholarly record's keywords (Highwire/Google Scholar, Dublin Core): one per tag,
        for key in ("citation_keywords", "dc.subject"):     # or one list separated by semicolons or commas
            words = metas.get(key + "[]") or ([metas[key]] if metas.get(key) else [])
            if len(words) == 1:
                words = words[0].split(";") if ";" in words[0] else vocab.LIST_COMMA_RE.split(words[0])
            tags = [w.strip() for w in words if w.strip()]
            if tags:
                break
    if article:
        kw = article.get("keywords")
        tags += _keyword_tags(vocab.LIST_COMMA_RE.split(kw) if isinstance(kw, str) else [k for k in kw or [] if isinstance(k, str)]
                              if isinstance(kw, list) else [])
        cats += _article_sections(article)
    written, unlinked = len(tags), len(cats)     # the terms the page's data writes, before those it shows
    cat_boxes = set(page.cat_lists)
    teased = _teaser_test(page, keep)
    for a in page.rel_tag:                 # tag clouds and category menus in sidebars are the site's, not the page's
        if _dates.in_aside(a) or teased(a):
            continue
        # WordPress writes rel="tag" on every term link; a category says so by its rel, its
        # address or the category list it sits in (read with those lists below)
        if any(box in cat_boxes for box, _ in zip(a.iterancestors(), range(3))):
            continue
        (cats if _other_term(a, "category") else tags).append(a.text_content())
    for box in page.tag_lists:
        if not _dates.in_aside(box) and not teased(box):
            tags += _term_links(box, page, "category")
    for box in page.cat_lists:
        if not _dates.in_aside(box) and not teased(box):
            cats += _term_links(box, page, "tag")
    if written and len(tags) == written and _term_keys(tags) == _term_keys(cats[unlinked:]):
        return [], cats     # one taxonomy, shown as categories and written again as tags (see _term_keys)
    return tags, cats


def _term_keys(terms) -> set[str]:
    """Terms compared as _clean_terms compares them. A page whose data's tags (og article:tag,
    JSON-LD keywords) are exactly the categories its links show has one taxonomy, which it calls
    categories (Hatena Blog writes each category of an entry into article:tag): no tags besides."""
    return {_term_key(t) for t in terms if t.strip()}


def _term_key(term: str) -> str:
    """A term as terms are compared: case-folded, hyphens and underscores read as spaces."""
    return " ".join(term.casefold().replace("-", " ").replace("_", " ").split())


TERM_BOX_UP = 3         # levels above a link looked at for the term list holding it


def _teaser_test(page: PageIndex, keep: frozenset):
    """el -> el sits in a teaser of another post (dates.in_teaser), whose linked headline is no
    term link: a term address, a rel="tag" link or a link in one of the page's term lists (a meta
    row "Labels: Der Weg des Unsterblichen", "Category: News & Politics" is the page's own)."""
    boxes = {*page.rel_tag, *page.tag_lists, *page.cat_lists}

    def term(a) -> bool:
        return (a in boxes or _TERM_HREF.search(a.get("href") or "") is not None
                or any(anc in boxes for anc, _ in zip(a.iterancestors(), range(TERM_BOX_UP))))
    return lambda el: _dates.in_teaser(el, keep, term)


_FLAG = re.compile(r"^\s*([A-Za-z]+):(?=\S)")


def _keyword_tags(keywords: list[str]) -> list[str]:
    """JSON-LD keywords as tags. A platform that writes its own flags among them as KEY:VALUE and
    its tags as "Tag:VALUE" ("Tag:Sleep", "LayerCake:3", "Lite:true": Medium) gives those values
    and its plain keywords; other KEY:VALUE words (a ticker's "BX:TMUBMUSD02Y") stay as they are."""
    flags = [_FLAG.match(k) for k in keywords]
    if not any(m and m.group(1).lower() == "tag" for m in flags):
        return keywords
    return [k[m.end():] if m else k for k, m in zip(keywords, flags) if not m or m.group(1).lower() == "tag"]


_TERM_LABEL = re.compile(
    r"(?:filed under|posted in|categor(?:y|ies)|sections?|tags?|tagged(?: with| in| as)?|topics?|keywords"
    r"|schlagw(?:ö|oe)rter|kategorien?|etiquetas|categor[íi]as?|mots-cl[ée]s|th[èe]mes?|rubriques?"
    r"|tem[aá]s?|argomenti)\s*:?\s*$", re.I)
# a singular "Topic:" names the one section a post is filed in (a single-valued field), "Topics:" its tags
_CATEGORY_LABEL = re.compile(r"^(?:filed|posted|categ|section|kategor|rubri|(?:topic|tema)\s*:?\s*$)", re.I)
LABELLED_MAX = 12       # more links after one label make a widget (a sidebar's category list)


def labelled_terms(page: PageIndex) -> tuple[list[str], list[str]]:
    """Term links a page writes after a label, outside sidebars and the site's furniture: "Filed
    under: <a>Nutrition</a> | Tags: <a>fiber</a>, <a>gut</a>" (templates without markup)."""
    tags, cats = [], []
    groups: dict = {}
    for a in _term_anchors(page):
        parent = a.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(a)
    for parent, anchors in groups.items():
        if len(anchors) > LABELLED_MAX:
            continue
        found, kind = [], None
        for piece in _pieces(parent):
            if isinstance(piece, str):
                label = _last_label(piece) if piece.strip() else None
                if label is not None:
                    kind = "category" if _CATEGORY_LABEL.match(label) else "tag"
            elif piece in anchors and kind is not None:
                found.append((piece, kind))
        if not found:
            found = _headed_list(parent, anchors)
        if not found or _dates.in_aside(parent) or _in_complementary(parent) or not page.outside(parent):
            continue        # (the label first: most groups are menu items, told apart cheaply)
        for a, kind in found:
            is_cat = _other_term(a, "category") or kind == "category" and not _other_term(a, "tag")
            (cats if is_cat else tags).append(a.text_content())
    return tags, cats


def _term_anchors(page: PageIndex) -> list:
    """The links to term addresses, and the links the page's own keywords meta names (a CMS writes a
    page's terms into both; the link under a "Topic:" label may go to an unfiltered list, as a
    SharePoint variation's does), in page order."""
    keywords = {k.strip().lower() for k in re.split(r"[,;]", page.metas.get("keywords", "")) if k.strip()}
    linked = {id(a) for _, a in page.term_links()}
    return [a for a in page.anchors
            if id(a) in linked or keywords and " ".join(a.text_content().split()).lower() in keywords]


def _in_complementary(el) -> bool:
    """Inside the page's complementary landmark: an <aside> (or role="complementary") outside any
    <article>. Its terms are the site's (a sidebar's "Topics" filter lists every category), never the
    page's; an <aside> within the article is the article's own box and may name them."""
    box = None
    for anc in el.iterancestors():
        if anc.tag == "article":
            return False
        if box is None and (anc.tag == "aside" or anc.get("role") == "complementary"):
            box = anc
    return box is not None


def _headed_list(item, anchors) -> list:
    """(anchor, kind) of a list item's term link when the list is headed by a term label of its own
    ("<h2>Topics</h2><ul><li><a href=/tags/x>"): the label sits before the list, not beside the link,
    and is no link itself.
    Every link of the list must go to a term address (a "Topics" menu mixing other pages is no list
    of terms)."""
    if item.tag != "li" or len(anchors) != 1:
        return []
    box = item.getparent()
    label = box.getprevious() if box is not None and box.tag in ("ul", "ol") else None
    if label is None or not isinstance(label.tag, str) or len(box) > LABELLED_MAX or label.tag == "a":
        return []       # (a link over a list is a menu item and its submenu: Plone's navigation tree)
    text = " ".join(label.text_content().split()).strip(" :")
    match = _TERM_LABEL.match(text) if len(text) <= 40 else None
    if not match or match.end() != len(text) or sum(1 for _ in box.iter("a")) != len(box):
        return []
    if not all(_TERM_HREF.search(a.get("href") or "") for a in box.iter("a")):
        return []
    return [(anchors[0], "category" if _CATEGORY_LABEL.match(text) else "tag")]


def _pieces(parent):
    """The parent's text and children in order: strings (its text, its other children's own text
    (a label in <b> or <span>), tails) and the <a> elements."""
    yield parent.text or ""
    for child in parent:
        if child.tag == "a":
            yield child
        elif isinstance(child.tag, str):
            yield child.text or ""
        yield child.tail or ""


def _last_label(text: str):
    """The term label the text ends with ("... | Tags:"), or None."""
    for part in reversed(re.split(r"[|•·]", text)):
        part = part.strip(" \t\n\xa0,;")
        if part:
            m = _TERM_LABEL.search(part[-40:])
            return m.group(0) if m and (m.start() == 0 or not part[-40:][m.start() - 1].isalnum()) else None
    return None


def breadcrumb_sections(page: PageIndex, entities: list, title: str, url: str = "") -> list[str]:
    """The sections a breadcrumb trail puts the page in: its items between the home page and the
    page itself (JSON-LD BreadcrumbList, else a breadcrumb element). A crumb the site shows on most
    of its articles (site furniture, learned across its pages: "Home > News", "Health A to Z") is
    the site's own section, no category of this page; so is a step linking a top-level section of
    the site (``top_section``) named for the kind of page it holds (News, Blog, Articles:
    vocab.SECTION_KIND_RE) or followed by a narrower step ("Patient Education > Sleep"). A lone
    topical top-level step stays (on news sites it is the topic: "Wirtschaft", "Health"), and so
    does a deeper step named News (Joomla's trail skips its menu root: a category called News)."""
    names: list[str] = []
    hrefs_of: list[str] = []
    shared = {" ".join(a.text_content().split()) for el in page.crumbs[:1] for a in el.iter("a")
              if not page.outside(a)} if page.furniture else set()
    for e in entities:
        if "BreadcrumbList" in _types(e) and isinstance(e.get("itemListElement"), list):
            items = sorted((i for i in e["itemListElement"] if isinstance(i, dict)),
                           key=lambda i: i.get("position") if isinstance(i.get("position"), int) else 0)
            names = [_ld_text(i.get("name") or (i.get("item") if isinstance(i.get("item"), dict) else None))
                     for i in items]
            hrefs_of = [_ld_item_url(i) for i in items]
            break
    else:
        for el in page.crumbs[:1]:
            # once per address: a trail's "Back to X" link (the NHS.UK frontend's, for small
            # screens) repeats a crumb, and is no section of its own
            hrefs: set = set()
            links = [a for a in el.iter("a")
                     if not ((a.get("href") or "").strip() in hrefs or hrefs.add((a.get("href") or "").strip()))]
            names = [" ".join(a.text_content().split()) for a in links]
            hrefs_of = [(a.get("href") or "").strip() for a in links]
    hrefs_of += [""] * (len(names) - len(hrefs_of))
    steps = [(n, href) for n, href in zip(names[1:], hrefs_of[1:]) if n and n not in shared]  # [0]: home
    if steps and title and _loose(steps[-1][0]) == _loose(title):
        steps = steps[:-1]
    return _sections_of(steps, url)


def _sections_of(steps: list, url: str) -> list[str]:
    """The names of a trail's (name, href) steps below the home page that file the page: a step
    linking a top-level section is the site's division when it names a kind of page or a narrower
    step follows it ("Patient Education > Sleep"); deeper, "News" is a category. A step named for a
    language ("Biblioteca de salud en español", "Español") is the site's edition in it, and an index
    by letter ("Health topics A-Z") a directory, at any depth."""
    if url:
        steps = [(n, href) for i, (n, href) in enumerate(steps) if not (
            top_section(href, url) and (vocab.SECTION_KIND_RE.fullmatch(n) or i + 1 < len(steps)))]
    return [n for n, _ in steps[-3:] if not vocab.LANGUAGE_EDITION_RE.match(n) and not vocab.LETTER_INDEX_RE.fullmatch(n)]


TRAIL_MARKS = "›»>/|→·•:"     # what a trail prints between its steps


def trail_line(page: PageIndex, url: str) -> list[str]:
    """The sections of a trail printed without a breadcrumb's name just above the one headline: a
    line of two or three links to the site's pages and nothing between them but separators
    ("Healthy Lifestyle › Nutrition"), read as a breadcrumb trail is (``_sections_of``)."""
    if len(page.h1s) != 1 or not url:
        return []
    prev = next(page.h1s[0].itersiblings(etree.Element, preceding=True), None)    # the element just above
    if prev is None:
        return []
    links = list(itertools.islice(prev.iter("a"), 4))
    if not 2 <= len(links) <= 3 or not page.outside(prev) or _dates.in_aside(prev):
        return []
    between = " ".join(prev.text_content().split())
    for a in links:
        between = between.replace(" ".join(a.text_content().split()), "", 1)
    targets = [urlsplit(urljoin(url, (a.get("href") or "").strip())) for a in links]
    marks = [ch for ch in between if ch in TRAIL_MARKS]
    if between.strip(TRAIL_MARKS + " ") or len(marks) < len(links) - 1 \
            or any(t.netloc != urlsplit(url).netloc for t in targets):
        return []           # (a separator printed between each two steps: no row of adjacent links)
    steps = [(" ".join(a.text_content().split()), a.get("href").strip()) for a, t in zip(links, targets)
             if _section_path(t.path)]          # (a link to the home page, / or /es/, is the first step)
    return _sections_of([(n, href) for n, href in steps if n], url)


def _ld_item_url(item: dict) -> str:
    """The address a JSON-LD ListItem of a BreadcrumbList links: ``item`` as a URL or an entity."""
    target = item.get("item")
    if isinstance(target, dict):
        target = target.get("@id") or target.get("url")
    return target.strip() if isinstance(target, str) else ""


# A path segment naming a language or locale (/es/, /pt-br/, /zh_hans/) or a front script
# (/index.php/): neither is a level of the site's sections.
_PATH_PREFIX = re.compile(r"(?:[a-z]{2}(?:[-_][a-z]{2,4})?|index\.\w+)$", re.I)
_FOLDER_INDEX = re.compile(r"(?:index|default)\.\w+$", re.I)


def top_section(href: str, url: str) -> bool:
    """``href`` links a top-level section of ``url``'s site: one folder or page below its home (after
    a language prefix), as /news/, /es/noticias, /health-library.html. A trail's first step names
    how the site divides its pages (News, Blog, Health Library, Live Well), which every page under
    it shares; the step below it, or a term address (/category/x/) at any depth, is what the page
    is filed under."""
    if not href:
        return False
    target = urlsplit(urljoin(url, href))
    if target.netloc != urlsplit(url).netloc or _CATEGORY_HREF.search(href) or _TAG_HREF.search(href):
        return False
    return len(_section_path(target.path)) == 1


def _section_path(path: str) -> list[str]:
    """The segments of a path that are levels of the site's sections: after its language prefix or
    front script, without a folder's own index page (/es/noticias/index.html: ["noticias"]; a home
    page: [])."""
    segments = [seg for seg in path.split("/") if seg]
    while segments and _PATH_PREFIX.match(segments[0]):
        segments = segments[1:]
    if segments and _FOLDER_INDEX.match(segments[-1]):
        segments = segments[:-1]            # /exercise-fitness/index.html is the folder's own page
    return segments


def _term_links(box, page: PageIndex, other: str) -> list[str]:
    """Link texts of a tag/category list; when some links go to tag or category pages, only those
    (a post-meta box also links the author, the date, the comments). Never the site's furniture,
    nor a link that says it is the other kind of term (rel="category tag" in a tag list, a /tag/
    address in a category list)."""
    links = [a for a in box.iter("a") if a.get("rel") != "author" and page.outside(a)
             and not _other_term(a, other)]
    termish = [a for a in links if _TERM_HREF.search(a.get("href") or "")]
    return [a.text_content() for a in (termish or links)]


def _other_term(a, other: str) -> bool:
    rel = (a.get("rel") or "").lower().split()
    if other == "category":
        return "category" in rel or _CATEGORY_HREF.search(a.get("href") or "") is not None
    return rel == ["tag"] or _TAG_HREF.search(a.get("href") or "") is not None


_CATEGORY_HREF = re.compile(r"/(?:category|categories|kategorie|rubrik|section)/|-categor(?:y|ies)/"
                            # a listing filtered by a query: ?blogcategory=X, and a PHP CMS's array parameter
                            # ?tx_news_pi1[overwriteDemand][categories]=12 (escaped %5B...%5D or not)
                            r"|[?&][\w-]*categor(?:y|ies)=|[?&][\w%\[\]-]*?(?:\[|%5B)categor(?:y|ies)(?:\]|%5D)=", re.I)
# a kicker may also link a topic hub (/topics/heart-health/, /es/temas/corazon/: hospital, agency and
# news sites file a story under one): a term address when it is the lone link over the headline
_KICKER_MARKS = " /|·•›»>-–—:"      # separators a kicker link's text is printed with
_KICKER_HREF = re.compile(_CATEGORY_HREF.pattern + r"|/(?:topics?|temas?|themen)/[^/?#]+", re.I)
_TAG_HREF = re.compile(r"/(?:tags?|schlagw\w*|stichw\w*|etiqueta|mot-cle)/|[?&]tag=", re.I)


def _clean_terms(terms) -> list[str]:
    """Terms once each: "mental-health" (a slug in article:section) and "Mental Health" (the
    link text) are one term, written the way people read it; a list's own label ("Categories",
    a wiki's link to its category index) is none."""
    out, seen = [], {}
    for t in terms:
        t = " ".join(t.split()).strip("#,;| ")
        if not t or len(t) > 60 or _TERM_LABEL.match(t):    # a box's own label ("Kategorien"), no term
            continue
        key = _term_key(t)
        if key in seen:
            if _slug_like(out[seen[key]]) and not _slug_like(t):
                out[seen[key]] = t
        elif not _dates.find_all(t):
            seen[key] = len(out)
            out.append(t)
    return out[:MAX_TERMS]


def _slug_like(term: str) -> bool:
    return " " not in term and term == term.lower() and ("-" in term or "_" in term)


def page_type_hint(entities: list, metas: dict) -> str:
    """ "article" when JSON-LD or og:type says so, "listing" for collection pages, "discussion" for a
    forum thread or a question's page that declares no article beside it, "other", or ""."""
    types = set().union(*(_types(e) for e in entities)) if entities else set()
    if types & DISCUSSION_TYPES and not types & (ARTICLE_TYPES - DISCUSSION_TYPES - {"Question"}):
        return "discussion"
    og = (metas.get("og:type") or "").lower()
    if types & ARTICLE_TYPES or og in ("article", "blog", "news"):
        return "article"
    if types & LISTING_TYPES:
        return "listing"
    if types & OTHER_TYPES or og in ("website", "product", "profile", "place", "business.business"):
        return "other"
    return ""
