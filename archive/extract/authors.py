"""Authors and reviewers of a page: where the page names them (structured data, meta tags, bylines)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from archive.extract import dates as _dates
from archive.extract import names as _names
from archive.extract import vocab
from archive.extract.names import clean_name  # noqa: F401  (callers read names of a byline here too)
from archive.extract.record import Person

META_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
             "byl", "citation_author")
# schema.org's Organization and its subtypes (those a publisher or a page's owner is typed as; not the
# LocalBusiness kinds, which metadata._BUSINESS_TYPES treats apart, nor Physician or Dentist, whose nodes
# often name the doctor): an author of one of these types is no person
ORG_TYPES = frozenset((
    "Organization", "NewsMediaOrganization", "Corporation", "MedicalOrganization", "NGO", "GovernmentOrganization",
    "EducationalOrganization", "CollegeOrUniversity", "School", "ResearchOrganization", "ResearchProject", "Project",
    "FundingAgency", "FundingScheme", "Consortium", "Cooperative", "LibrarySystem", "PerformingGroup", "PoliticalParty",
    "SportsOrganization", "WorkersUnion", "Airline", "OnlineBusiness", "SearchRescueOrganization"))
SIGNED_BY_ORGANIZATION = "signed only by the organization the page describes"   # a byline, but no person
SIGNED_BY_DESK = "signed by a desk or staff, no person"       # "By Communications staff", "Von der Redaktion"
MAX_LD_PEOPLE = 30      # people read from one JSON-LD value, values read from one meta tag name
MAX_ELEMENTS = 200      # byline-like elements looked at
BYLINE_TEXT = 250       # an element with more text than this is no byline
BOX_TEXT = 400          # a byline box (the block around the first byline that names co-authors) is this short
REVIEW_BOX_TEXT = 3000  # a review block longer than this is content, not a reviewer line
REVIEW_LINE = 200       # a line naming a reviewer is this short; longer lines are prose
REVIEW_PREFIX = 40      # words before "reviewed by" on such a line ("This article was medically")

DOMAIN = re.compile(r"\w\.(?:com|de|at|ch|org|net|fr|it|es|uk|eu|info|news|tv)\b", re.I)
# "reviewed by" and its kin, written so that a search is fast: a pattern that is case-insensitive from
# its first letter is tried at every position of a long text, one that opens with a plain character
# class lets the regex engine skip to the letters that can start a match. Same matches as
# (?i)(?:reviewed|checked|verified|geprüft|überprüft|revisado|verificado|révisé|vérifié|relu|revisionato|
# verificato|beoordeeld|gecontroleerd)(?:\s+médicamente)?\s+(?:by|von|por|par|da|door)\b, in the languages of
# health sites ("Revisado médicamente por", "Relu par", "Medisch beoordeeld door")
_REVIEW_VERB = re.compile(r"[rRcCvVgGüÜbB](?i:(?<=r)eviewed|(?<=c)hecked|(?<=v)erified|(?<=g)eprüft"
                          r"|(?<=ü)berprüft|(?<=r)evisad[oa]s?|(?<=v)erificad[oa]s?|(?<=r)évisée?s?|(?<=v)érifiée?s?"
                          r"|(?<=r)elue?s?|(?<=r)evisionat[oa]|(?<=v)erificat[oa]|(?<=b)eoordeeld|(?<=g)econtroleerd)"
                          r"(?i:\s+m[ée]dic(?:amente|alement))?\s+(?i:by|von|por|par|da|door)\b\s*:?\s*"
                          r"(?:(?:le|la|el)\s+(?=Dr))?")     # "par le Dr X", "por la Dra. Y"
# what makes "reviewed by" a medical or fact check anywhere ("Medically reviewed by", "Fact-checked by")
_REVIEW_KIND = re.compile(r"(?:medically|clinically|expert|fact|professionally|medizinisch|fachlich|ärztlich|"
                          r"medical|scientifically)[\s-]*$", re.I)
_REVIEW_LABEL = re.compile(r"[^\w\s]{0,3}\s*(?:(?:online\s+)?(?:(?:medical|clinical|expert|scientific)\s+)?"
                           r"(?:reviewer|fact[- ]?checker)s?\s*:|" + vocab.REVIEW_LABEL_RU + r")\s*", re.I)
# class or id of a block that holds a reviewer line (not "review-box", a product review's)
_REVIEWER_MARK = re.compile(r"review(?:er|ed)|fact-?check|medical-?review", re.I)
_RATED = frozenset(("review", "reviews", "reviewRating", "aggregateRating", "ratingValue"))
_RATED_TYPES = re.compile(r"/(?:Review|Product|AggregateRating|Rating)\b")
BY_LINE = re.compile(r"(?:^|[\s|•·—–(])(?:By|BY|Von|VON|Par|Por|Door|Written by|Text:|Autor:|Autorin:|Автор:|Авторы:|"
                     r"(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]hared|[Ss]ubmitted|[Ee]ingestellt|[Gg]eschrieben|"
                     r"[Vv]erfasst|[Pp]ubli[ée]|[Pp]ublicado|[Ee]scrito|[Pp]ubblicato|[Ss]critto|[Gg]eplaatst|"
                     # Drupal's "Submitted by !username on !datetime" as its translations print it
                     r"[Ee]nviado|[Ss]oumis|[Ee]ingereicht|[Ii]nviato)\b"
                     r"[^|•\n]{0,40}?\s(?:by|von|par|por|da|door))"
                     r"\s+(?=[A-ZÀ-ÞĀ-Ž])")
_PHOTO_LEAD = re.compile(r"\s*(?:photos?|fotos?|images?|pictures?|illustrations?|bild(?:er)?|credits?)\b", re.I)
# a link to a person's page on the site: /author/jane-roe/, /autoren/x, /staff/x, /profil/207/x, ?author=5
_AUTHOR_HREF = re.compile(r"/(?:(?:authors?|autor(?:en|in|innen)?|auteurs?|autores?|autori|staff|profile?s?|people|"
                          r"writers?|contributors?|redakteur\w*|journalist\w*)/[^/?#]+(?:/[^/?#]+)?|users?/\d+)/?"
                          r"(?:[?#]|$)|[?&]author=\d", re.I)


def person_href(href: str) -> bool:
    """The address of a person's page on a site (_AUTHOR_HREF): an author box's link, no teaser's."""
    return bool(href) and _AUTHOR_HREF.search(href) is not None


_FORM_TAGS = ("form", "input", "textarea", "select", "button")
_QUOTE_TAGS = frozenset(("blockquote", "q", "figure", "figcaption"))
_COMMENT_NAME = 60       # a comment's signature is a name, not a sentence
_SEGMENTS = re.compile(r"\s*(?:\||•|·|—|–|\n)\s*")


# a reviewer's credit that opens with its kind inside a line, after the author's part: "Written by A,
# Registered Dietitian Clinically reviewed by B" (the author box's two lines read as one) is two segments
_REVIEW_CREDIT_INSIDE = re.compile(r"(?<=\w)[,;]?\s+(?=(?:[Mm]edically|[Cc]linically|[Ee]xpert|[Ff]act)[- ]?"
                                   r"(?:[Rr]eviewed|[Cc]hecked)\s+by\b)")


def byline_people(text: str) -> list[Person]:
    """The authors and reviewers one byline line names, in order: "By Dr. Jane Roe, MD and Ann Lee",
    "Posted on May 3, 2020 by Jane Roe", "Medically reviewed by A, RN — Written by B — Updated ...".
    [] when the line introduces nobody ("by", "written by", "reviewed by" and their kin)."""
    found: list[Person] = []
    line = _REVIEW_CREDIT_INSIDE.sub(" | ", _names.to_text(text, REVIEW_LINE))
    for seg in _SEGMENTS.split(line):
        rest = _review_rest(seg, plain=True)
        if rest is not None:
            found += _reviewers_in(rest)
        elif _names.LEAD_IN.match(seg) and not _PHOTO_LEAD.match(seg):
            found += _names.people_in(seg, strict=True)
        else:
            lead = BY_LINE.search(seg, 0, REVIEW_PREFIX + 20)       # "Posted on May 3, 2020 by"
            if lead and lead.start() <= REVIEW_PREFIX:
                found += _names.people_in(seg[lead.start():], strict=True)
    return _names.merge(found)


def site_like(name: str, sites: Iterable[str]) -> bool:
    """A name that is the site's or publisher's own ("tagesschau.de", "FOCUS online"), not a person."""
    key = " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())
    squashed = key.replace(" ", "")
    return bool(DOMAIN.search(name)) or any(
        key == s or squashed == s.replace(" ", "") or (len(s) > 3 and (s in key or key in s)) for s in sites)


def people_from_ld(value, ids: dict) -> tuple[list[Person], list[Person]]:
    """(persons, organizations) of a JSON-LD author / creator / reviewedBy value; a Person's
    honorificSuffix counts as credentials and its jobTitle as its role."""
    persons: list[Person] = []
    orgs: list[Person] = []
    for item in (value if isinstance(value, list) else [value])[:MAX_LD_PEOPLE]:
        node = ids.get(item.get("@id")) if isinstance(item, dict) and isinstance(item.get("@id"), str) else None
        if node is not None and "name" not in item:
            item = node
        if isinstance(item, str):
            if not _is_address(item):
                persons += _names.people_in(item)
            continue
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        if not isinstance(name, str):
            continue
        types = item.get("@type")
        if (set(types) if isinstance(types, list) else {types}) & ORG_TYPES:
            org = _names.to_text(name)
            if org:
                orgs.append(Person(name=org))
            continue
        found = _names.people_in(name)
        if len(found) == 1:
            _details_from_ld(found[0], item)
            if isinstance(node, dict):        # the graph's Person node may say more (Yoast)
                _details_from_ld(found[0], node)
        persons += found
    return _names.merge(persons), _names.merge(orgs)


def _details_from_ld(person: Person, item: dict) -> None:
    suffix = item.get("honorificSuffix")
    if isinstance(suffix, str) and not person.credentials:
        person.credentials = [c for c in re.split(r"[,\s]+", _names.to_text(suffix)) if c]
    job = item.get("jobTitle")
    if isinstance(job, str) and not person.affiliation:
        person.affiliation = _names.to_text(job, 120)


def extract_authors(page, ld_main: Optional[dict], ids: dict, zone, reviewers: Iterable[Person] = (),
                    sites: Iterable[str] = (), ld_page: Optional[dict] = None,
                    businesses: Iterable[str] = (), language: str = "") -> tuple[list[Person], list[str]]:
    """(authors, problems): the article's JSON-LD persons, meta tags, marked-up bylines, a "By ..." line
    next to the headline, links to author pages, the JSON-LD WebPage's author: the first of these that
    names someone; names that are the site's own (or JSON-LD organizations) only when no person is
    found, and not when they are, whole, the name of the organization the page's JSON-LD describes
    (`businesses`: a LocalBusiness, a clinic; site builders stamp it as <meta name="author"> on every
    page, and a post "By Cedar Ridge Physical Therapy & Family Medicine" is the practice's, no
    person's). Reviewers are never authors. `language`: the page's, for the bylines' lead-in words that
    are names elsewhere (_LANGUAGE_LEAD_IN)."""
    sites = list(sites)
    skip = [p.name for p in reviewers]
    fallback: list[Person] = []
    shown = False           # the page shows a byline (not only a meta tag)
    for declared, found in _sources(page, ld_main, ids, zone, ld_page):
        shown = shown or (declared is False and bool(found))
        found = _without_lead_in(found, language)
        if declared is None:    # JSON-LD organizations: the site itself publishes, it is no author
            found = [p for p in found if not site_like(p.name, sites)]
        found = _names.merge(found, skip=skip)
        people = [p for p in found if not site_like(p.name, sites)]
        if people and declared and all(_LOGIN.fullmatch(p.name) for p in people):
            # account ids (Zope and Plone put the creator's user id in DC.creator): the person is the
            # name on the page's link to that account's author page (/author/ydemir)
            people = _from_elements(_account_links(page, zone, {p.name for p in people}), strict=True) or people
        if people:
            if declared:        # (the byline's "..., Metro Ledger" is the publisher, not a co-author)
                people = _checked_against(people, [p for p in _shown(page, zone) if not site_like(p.name, sites)])
            return people, []
        fallback = fallback or found
    if fallback and businesses and _loose(" ".join(p.name for p in fallback)) in {_loose(b) for b in businesses}:
        return [], [SIGNED_BY_ORGANIZATION if shown else "no author found"]
    if fallback:
        return fallback, []
    if any(_DESK_BYLINE.match(" ".join(el.text_content().split())) for el in page.bylines[:MAX_ELEMENTS]):
        return [], [SIGNED_BY_DESK]
    if any(e and _site_signed(e.get("author"), ids, sites) for e in (ld_main, ld_page)):
        return [], [SIGNED_BY_ORGANIZATION]     # the page's data (article or WebPage) names the site's organisation
    return [], ["no author found"]


# The word for "by" in a language where it is also a name elsewhere, read so on a page declared in that
# language only: Welsh "Gan Ana Costa" (Gan is a Chinese family name: "Gan Kim Yong" stays whole).
_LANGUAGE_LEAD_IN = {"cy": re.compile(r"gan\s+(?=\S)", re.I)}


def _without_lead_in(people: list[Person], language: str) -> list[Person]:
    """The people without the page language's "by" opening their name; a desk so read is no one
    ("Gan Swyddfa'r Wasg": by the press office)."""
    lead = _LANGUAGE_LEAD_IN.get((language or "").split("-")[0].lower())
    if lead is None or not any(lead.match(p.name) for p in people):
        return people
    out = []
    for p in people:
        found = lead.match(p.name)
        again = _names.person(p.name[found.end():]) if found else p
        if again is not None:
            out.append(replace(p, name=again.name) if found else p)
    return out


# A byline that names a desk, not a person: "By Communications staff", "By the Editorial Team", "Von der
# Redaktion". No one to credit, but the page is signed as news posts are.
_DESK_BYLINE = re.compile(
    r"(?:by|von|par|por|door|di)\s+(?:the\s+|der\s+|la\s+|el\s+|de\s+)?(?:[\w&.'’-]+\s+){0,3}?"
    r"(?:staff|team|desk|editors|editorial(?:\s+(?:team|staff|board))?|newsroom|redaktion|rédaction|redacción|"
    r"redazione|redactie)\.?$", re.I)


def _site_signed(value, ids: dict, sites: list[str]) -> bool:
    """The JSON-LD author value names organisations only, each the site's own (SEOmatic's ``#identity``,
    a press release's publisher): the publisher signs the article itself, as a news desk does."""
    persons, orgs = people_from_ld(value, ids) if value else ([], [])
    return not persons and bool(orgs) and all(site_like(o.name, sites) for o in orgs)


def _loose(name: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())


def _sources(page, ld_main, ids, zone, ld_page=None):
    """(declared, people) lists, most trusted source first: the article's JSON-LD and meta tags
    (declared), then what the page shows, then the WebPage's JSON-LD author (often the site's
    editor), then JSON-LD organizations (flagged None: the site's own name among them is its
    publisher, never an author)."""
    orgs: list[Person] = []
    if ld_main:
        persons, orgs = people_from_ld(ld_main.get("author") or ld_main.get("creator"), ids)
        yield True, persons
    metas = page.metas
    yield True, [p for key in META_KEYS for value in (metas.get(key + "[]") or [metas.get(key)])[:MAX_LD_PEOPLE]
                 if value and not _is_address(value) for p in _names.people_in(_names.uninverted(value))]
    yield False, _from_elements(page.itemprops.get("author", []), prefer_name=True)
    yield False, _from_elements(page.rel_author)
    yield False, _from_elements(page.bylines, strict=True)
    yield False, _from_zone(zone)
    yield False, _from_elements(_author_links(page, zone), strict=True)
    if ld_page and ld_page is not ld_main:
        persons, page_orgs = people_from_ld(ld_page.get("author") or ld_page.get("creator"), ids)
        yield False, persons
        orgs = orgs or page_orgs
    yield False, _post_author_reply(page)
    yield None, orgs


def _post_author_reply(page) -> list[Person]:
    """The name signing a comment that WordPress marks as the post author's own (comment_class()
    adds ``bypostauthor`` when the commenter is the post's author): a last resort on blogs whose
    theme prints no byline. The comment's ``fn`` (its vcard name), else a one-line
    ``comment-author``; replies nested in it come after its own header."""
    for el in page.bylines:             # ("comment-author-LOGIN" puts the comment in that bucket)
        marks = el.get("class")
        if not marks or "bypostauthor" not in marks.split():
            continue
        signed = [n for n in el.iter() if n is not el and n.get("class")
                  and {"fn", "comment-author"} & set(n.get("class").split())]
        signed.sort(key=lambda n: "fn" not in n.get("class").split())      # fn first, in page order
        for n in signed:
            text = " ".join(_short_text(n, _COMMENT_NAME).split())
            if text and len(text.split()) <= 4:
                people = _names.people_in(text, len(text.split()) > 1)
                if people:
                    return people[:1]
        return []
    return []


def _shown(page, zone) -> list[Person]:
    """The people the page's visible byline names: its author markup (itemprop, rel=author),
    byline-classed elements, else a "By ..." line at the headline."""
    return (_from_elements(page.itemprops.get("author", []), prefer_name=True) or _from_elements(page.rel_author)
            or _from_elements(page.bylines, strict=True) or _from_zone(zone))


def _checked_against(declared: list[Person], shown: list[Person]) -> list[Person]:
    """Declared authors (JSON-LD, meta) checked against the byline the page shows: the byline's list
    when it names them all and more (structured data often names only the first author), each
    completed with the credentials and role the other mentions."""
    by_name = {p.name.casefold(): p for p in shown}
    if len(shown) > len(declared) and all(p.name.casefold() in by_name for p in declared):
        declared, shown = shown, declared
        by_name = {p.name.casefold(): p for p in shown}
    for p in declared:
        if p.name.casefold() in by_name:
            _names.complete(p, by_name[p.name.casefold()])
    return declared


_LOGIN = re.compile(r"[a-z0-9._-]+")   # one lower-case token: an account id, no written name


def _is_address(value: str) -> bool:
    return value.lstrip().startswith(("http://", "https://", "/"))


def _from_elements(elements, prefer_name: bool = False, strict: bool = False) -> list[Person]:
    """The people the first byline element names, and the co-authors named by others of its box
    (three rel=author links, three author spans); never from comments, sidebars or author boxes."""
    found: list[Person] = []
    used: list = []
    box = kind = None
    for el in elements[:MAX_ELEMENTS]:
        if box is not None and ((el.tag, el.get("class")) != kind or not _within(el, box)):
            continue
        if any(_within(el, u) for u in used):
            continue
        if el.tag in ("meta", "link"):
            text = el.get("content") or ""
        else:
            if (_dates.in_aside(el) or _dates._aside_element(el) or _quoted(el)) and not (
                    prefer_name and _main_item_property(el)):
                continue
            named = [n for n in el.iter() if n.get("itemprop") == "name"] if prefer_name else []
            text = _short_text(named[0] if named else _name_part(el), BYLINE_TEXT)
        if not text or text.isspace():
            continue
        # an element holding nothing but one word is a user name, even in lower case ("jancak")
        people = _names.people_in(_without_review(text), strict and len(text.split()) > 1)
        if len(people) > 1 and el.tag not in ("meta", "link"):
            people = _without_appositives(el, people)
        if people:
            found += people
            used.append(el)
            if box is None:     # co-authors: elements of the same kind in the same byline-sized block
                box, kind = _byline_box(el), (el.tag, el.get("class"))
    return _names.merge(found)


_APPOSITIVE = re.compile(r"^,\s*([^,;&|]+?)\s*(?:$|[,;&|]|\s(?:and|und|et|y|e|en)(?:\s|$))")


def _without_appositives(el, people: list[Person]) -> list[Person]:
    """A byline that links its people names each by its link; the unlinked words after a linked
    name and a comma qualify it (a department, a hospital, a publication: "Written by <a>Dr. Lena
    Hoffmann, MD</a>, Cardiology", "By <a>Jane Roe</a>, Metro Ledger"), they are no co-author."""
    linked, after = set(), []
    for a in el.iter("a"):
        names = {_loose(p.name) for p in _names.people_in(" ".join(a.text_content().split()))}
        if not names & {_loose(p.name) for p in people}:
            continue
        linked |= names
        parts = [a.tail or ""]
        for sib in a.itersiblings():
            if not isinstance(sib.tag, str):      # a comment or a processing instruction: its tail only
                parts.append(sib.tail or "")
                continue
            if sib.tag == "a" or next(sib.iter("a"), None) is not None:
                break
            parts += [sib.text_content(), sib.tail or ""]
        after.append(" ".join("".join(parts).split()))
    drop = {_loose(m.group(1)) for seg in after for m in [_APPOSITIVE.match(seg)] if m}
    return [p for p in people if _loose(p.name) in linked or _loose(p.name) not in drop]


def _main_item_property(el) -> bool:
    """`el` is a property of the microdata article item that holds the page's headline (its nearest
    itemscope ancestor is typed Article, NewsArticle, BlogPosting... and holds the <h1>): the page
    declares it, whatever the classes of the blocks around it say. TYPO3's news extension prints
    the author item in the article's meta line, a <div class="footer"> under the headline."""
    for anc in el.iterancestors():
        if anc.get("itemscope") is not None:
            return bool(vocab.ARTICLE_ITEMTYPE_RE.search((anc.get("itemtype") or "").strip())) and \
                next(anc.iter("h1"), None) is not None
    return False


def _name_part(el):
    """The one part of a byline element classed as the name ("author-name", "fn") when it holds
    more (a name over a role line: "Jonah Whitaker / Health Writer"), else the element (which may
    name several people, each in an "fn")."""
    found = None
    for n in el.iterdescendants():
        marks = n.get("class")
        if marks and any(t == "fn" or t.endswith("name") for t in marks.lower().split()):
            if found is not None and not any(a is found for a in n.iterancestors()):
                return el
            found = found if found is not None else n
    return el if found is None else found


def _author_links(page, zone) -> list:
    """Links to a person's page on the site inside the article's container (the <article>/<main>
    around the headline), in page order. Looked for only when no other source names anyone."""
    if zone.headline is None:
        return []
    links = []
    for a in page.main(zone.headline).iter("a"):
        if _AUTHOR_HREF.search(a.get("href") or ""):
            links.append(a)
            if len(links) >= MAX_ELEMENTS:
                break
    return links


def _account_links(page, zone, logins: set) -> list:
    """The page's author links whose address ends with one of these account ids."""
    return [a for a in _author_links(page, zone)
            if (a.get("href") or "").split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1].lower() in logins]


def _short_text(el, limit: int) -> str:
    """The element's text, or "" when it is longer than `limit` (read no further than that)."""
    parts, size = [], 0
    if next(el.iter(*_FORM_TAGS), None) is not None:      # a form's labels are no byline
        return ""
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            return ""
        parts.append(piece)
    return " ".join(parts)


def _quoted(el) -> bool:
    """Inside a quotation or a figure: the name under a quote or a photo is not the page's byline."""
    return any(a.tag in _QUOTE_TAGS for a in el.iterancestors())


def _within(el, ancestor) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


def _byline_box(el):
    """The block around a byline element that is still byline-sized (up to three levels up)."""
    box = el
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= 3 or anc.tag in ("body", "html", "article", "main") or not _short_text(anc, BOX_TEXT):
            break
        box = anc
    return box


def _without_review(text: str) -> str:
    """The author part of a byline that also names a reviewer ("Written by A — Medically reviewed by B")."""
    if not _mentions_review(text):
        return text
    parts = [p for p in _SEGMENTS.split(text) if p.strip() and _review_rest(p, plain=True) is None]
    return " | ".join(parts)


def _mentions_review(text: str) -> bool:
    """A cheap first test: "reviewed by" and its kin, or a "Reviewer:" / "Fact checker:" label."""
    if _REVIEW_VERB.search(text):
        return True
    low = text.lower()
    return "reviewer" in low or "checker" in low


def _from_zone(zone) -> list[Person]:
    """The authors of a "By Jane Roe" line in the text around the headline."""
    text = zone.text() if zone.headline is not None else ""
    headline = " ".join(zone.headline.text_content().split()) if text else ""
    for m in BY_LINE.finditer(text):
        start = text.rfind("\n", 0, m.start() + 1) + 1     # (the match may open with that line break)
        end = text.find("\n", m.end())         # the name may stand on the line after "By"
        line = text[start:end if end >= 0 else len(text)]
        if len(line) > REVIEW_LINE or " ".join(line.split()) in headline:    # a sentence, the headline
            continue
        people = [p for p in byline_people(line) if p.role == "author"]
        if people:
            return people
    return []


# --- reviewers ------------------------------------------------------------------------------------------

def extract_reviewers(page, ld_page: Optional[dict], ids: dict, zone,
                      rated: bool = False, sites: Iterable[str] = ()) -> tuple[list[Person], Optional[str]]:
    """(medical reviewers / fact checkers, review date): schema.org reviewedBy, else a line saying
    "Medically reviewed by ...", "Fact checked by ...", "Reviewer: ..." beside the headline or in a
    reviewer block. Never prose ("was reviewed by the FDA"), never a product review's box (`rated`: the
    page is itself a review of something), never the site itself (`sites`: its names): a health
    information service's JSON-LD says its own editorial team reviewed every page, which names nobody."""
    if ld_page and ld_page.get("reviewedBy"):
        persons, orgs = people_from_ld(ld_page.get("reviewedBy"), ids)
        sites = list(sites)
        orgs = [o for o in orgs if not site_like(o.name, sites)]
        if persons or orgs:
            return [replace(p, role="reviewer") for p in persons or orgs], None
    if rated:
        return [], None
    for text, plain in _review_texts(page, zone):
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if len(line) > REVIEW_LINE:
                continue
            for seg in _SEGMENTS.split(line):
                rest = _review_rest(seg, plain)
                if rest is not None and not rest.strip() and i + 1 < len(lines):
                    rest = lines[i + 1]     # the label on a line of its own, the name on the next
                people = _reviewers_in(rest) if rest is not None else []
                if people:
                    found = _dates.find_all(rest)
                    return people[:3], (found[0].day.isoformat() if found else None)
    return [], None


def _review_texts(page, zone):
    """(text, whether a plain "Reviewed by" counts there): reviewer blocks, then the headline's area."""
    for el in page.reviews[:20]:
        text = _short_text(el, REVIEW_BOX_TEXT)
        if text and _mentions_review(text) and not (_dates.in_aside(el) or _dates._aside_element(el) or _rated(el)):
            marks = f"{el.get('class') or ''} {el.get('id') or ''}"
            yield _dates.block_text(el), bool(_REVIEWER_MARK.search(marks))
    if zone.headline is not None:       # (a page rating something says "Reviewed by" of its reviewer)
        yield zone.text(), not any(prop in page.itemprops for prop in _RATED)


def _review_rest(segment: str, plain: bool) -> Optional[str]:
    """What follows the review lead of a byline segment ("Medically reviewed by", "Fact checked by",
    "Reviewer:"), or None when the segment does not open with one. A plain "Reviewed by" counts only
    where `plain` (beside the headline, in a reviewer block)."""
    label = _REVIEW_LABEL.match(segment)
    if label:
        return segment[label.end():]
    m = _REVIEW_VERB.search(segment, 0, REVIEW_PREFIX + 20)
    if m is None:
        return None
    prefix = segment[:m.start()]
    if len(prefix) > REVIEW_PREFIX or any(ch in prefix for ch in ".!?;:"):
        return None
    if not plain and not _REVIEW_KIND.search(prefix):
        return None
    return segment[m.end():]


def _reviewers_in(text: str) -> list[Person]:
    """Reviewers named at the start of a line: capitalized full names ("the FDA", "our team" are not)."""
    return [replace(p, role="reviewer") for p in _names.people_in(text, strict=True) if " " in p.name]


def _rated(el) -> bool:
    """Inside or holding a product review's rating (schema.org Review, Product, AggregateRating)."""
    for node in (el, *list(el.iterancestors())[:6]):
        if node.get("itemprop") in _RATED or _RATED_TYPES.search(node.get("itemtype") or ""):
            return True
    return any(n.get("itemprop") in _RATED for n in el.iter() if n.get("itemprop"))


def in_page_order(authors: list[Person], reviewers: list[Person], zone) -> list[Person]:
    """Authors and reviewers as the page shows them: reviewers first where the headline's byline
    names one before the first author ("Medically reviewed by A — Written by B")."""
    if authors and reviewers and zone.headline is not None:
        text = zone.text()
        a, r = text.find(authors[0].name), text.find(reviewers[0].name)
        if r >= 0 and (a < 0 or r < a):
            return reviewers + authors
    return authors + reviewers
