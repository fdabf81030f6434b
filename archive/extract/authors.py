"""Authors and medical reviewers: person names from structured data and bylines, cleaned."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from archive.extract import dates as _dates

# Titles before a name and credentials after it ("Dr. med. Jane Roe, MD, MPH" -> "Jane Roe").
HONORIFICS = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|hon|univ\.?-prof|priv\.?-doz|pd|dipl\.?-\w+|"
    r"mag|ing|med|dent|vet|rer\.?\s*nat|phil|herr|frau|mme|mlle|sra|dott|dott\.ssa)\.?\s+)+", re.I)
CREDENTIALS = frozenset((
    "md m.d m.d. phd ph.d ph.d. rn rd ld rdn do mph ms msc bsc ba ma mba mbbs mbchb frcp frcpc facp faap facs "
    "cde cdces cpt np pa pa-c dpt pharmd dnp aprn lcsw ibclc fnp fnp-bc msn bsn lpn mfa jd dds dmd od psyd "
    "edd lmft lpc cscs cns crnp facog ccc-slp atc mhs dc msw bs jr sr ii iii facc fache rph cpnp mpas "
    "ccrn cnm whnp mph. msed ms. ma. ba. bsc. med. lac l.ac dipl mbe frcs mrcp mrcgp llm mpa"
).split())
ROLE_WORDS = frozenset((
    "editor editors senior chief managing contributing associate staff writer writers reporter correspondent "
    "journalist columnist contributor contributors redakteur redakteurin redaktion autor autorin author authors "
    "freelance freier freie mitarbeiter mitarbeiterin editorial desk online digital reviewer photographer "
    "photo photos video fotos foto text und and the of der die das"
).split())
LEAD_IN = re.compile(
    r"^\s*(?:(?:written|posted|published|text|story|report(?:ed)?|words|article|interview|geschrieben|"
    r"verfasst|erstellt|ein beitrag|a post|reporting)\s+)?(?:by|von|vom|par|por|di|door|av|af|от|"
    r"autor(?:in)?|author|auteur|verfasser(?:in)?|redakteur(?:in)?|text|written by|interview|"
    r"fotos?|photos?)\b\s*:?\s*", re.I)
TAIL_CUT = re.compile(
    r"\s*(?:\||•|·|—|–|\s-\s|\bon\s+\w+\s+\d|\bam\s+\d|\bupdated\b|\bpublished\b|\bposted\b|\blast\b|"
    r"\baktualisiert\b|\bveröffentlicht\b|\bstand\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"\bfor\s+(?:the\s+)?[A-Z]|\bin\s+[A-Z]\w+\s*$|\breviewed\b|\bfact[- ]checked\b|\bmin(?:ute)?s?\s+read\b|"
    r"\b(?:am\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)\b).*$", re.S | re.I)
AGENCY_TAIL = re.compile(r"\s+(?:Associated Press|Reuters|AFP|dpa|APA|AP|KNA|epd|SDA|ANSA|EFE)\s*$")
BY_INSIDE = re.compile(r"(?:^|\s)by\s+(?=\S)", re.I)   # "Posted on May 3, 2020 by Jane Roe"
SPLIT = re.compile(r"\s*(?:,|;|&|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+og\s+|\s+/\s+)\s*",
                   re.I)
EMAIL_URL = re.compile(r"\S+@\S+\.\w+|\S+\s?[\[(]at[\])]\s?\S+|https?://\S+|www\.\S+|@\w+")
NOT_A_NAME = re.compile(
    r"^(?:admin|administrator|editor|editors|redaktion|guest|anonymous|unknown|user|none|null|author|autor|"
    r"by|von|share|comments?|more|read more|home|menu|posts?|facebook|twitter|instagram|linkedin|email|"
    r"follow|profile|view|all posts|about|contact|print|teilen|kommentare?|datum|date|no author|"
    r"unknown author|gast|posted|published)$", re.I)
PARTICLES = frozenset("von van vom zu de der den da di du la le del della dos das ten ter bin al y e".split())
DOMAIN = re.compile(r"\w\.(?:com|de|at|ch|org|net|fr|it|es|uk|eu|info|news|tv)\b", re.I)
REVIEW_LEAD = re.compile(
    r"(?:medically|clinically|expert|fact|professionally|medizinisch|fachlich|ärztlich)?[\s-]*"
    r"(?:reviewed|checked|verified|geprüft|überprüft)\s+(?:by|von)\b\s*:?\s*", re.I)
# REVIEW_LEAD without its optional adverb, written so that a search is fast: a pattern that is
# case-insensitive from its first letter is tried at every position of a long text (review blocks
# can be whole pages), one that opens with a plain character class lets the regex engine skip to
# the letters that can start a match. Same matches as
# (?i)(?:reviewed|checked|verified|geprüft|überprüft)\s+(?:by|von)\b
_REVIEW_VERB = re.compile(r"[rRcCvVgGüÜ](?i:(?<=r)eviewed|(?<=c)hecked|(?<=v)erified|(?<=g)eprüft"
                          r"|(?<=ü)berprüft)\s+(?i:by|von)\b")
BY_LINE = re.compile(r"(?:^|[\s|•·—–(])(?:By|BY|Von|VON|Par|Por|Door|Written by|Text:|Autor:|Autorin:|"
                     r"(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]hared)\b[^|•\n]{0,40}?\sby)\s+(?=[A-ZÀ-ÞĀ-Ž])")
_SEGMENTS = re.compile(r"\s*(?:\||•|·|—|–|\n)\s*")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|~)\s*", re.I)


def clean_name(raw: str, strict: bool = False) -> list[str]:
    """One byline string to the person names in it ("By Dr. Jane Roe, MD and Ann Lee" -> both names).
    strict (text found in the page, not declared as an author): every name word must be capitalized."""
    text = COPYRIGHT.sub("", " ".join(EMAIL_URL.sub(" ", raw or "").split()))
    by = BY_INSIDE.search(text)
    if by and by.start() > 0:
        text = text[by.end():]
    text = LEAD_IN.sub("", text)
    text = TAIL_CUT.sub("", text).strip(" ,;:|-–—()[]\"'~")
    text = LEAD_IN.sub("", text)
    names: list[str] = []
    for part in SPLIT.split(text):
        part = HONORIFICS.sub("", part.strip(" .,:;|-–—()[]\"'~")).strip()
        words = [w for w in part.split() if w.strip(",").lower() not in CREDENTIALS]
        part = " ".join(words).strip(" ,")
        if len(words) > 2:
            part = AGENCY_TAIL.sub("", part)        # "Jill Lawless Associated Press" -> "Jill Lawless"
        if _looks_like_name(part, strict):
            names.append(part)
    return names


def _looks_like_name(s: str, strict: bool = False) -> bool:
    words = s.split()
    if not s or len(s) > 60 or len(words) > 5 or NOT_A_NAME.match(s) or not any(ch.isalpha() for ch in s):
        return False
    if all(w.lower().strip(".:") in ROLE_WORDS for w in words):
        return False
    if len(words) == 1:                       # a user name ("jancak", "freeman1984") or a single name
        return not strict or (s[0].isupper() and not any(ch.isdigit() for ch in s))
    if any(ch.isdigit() for ch in s):
        return False
    return not strict or all(w[0].isupper() or w.lower() in PARTICLES for w in words)


def site_like(name: str, sites: Iterable[str]) -> bool:
    """A name that is the site's or publisher's own ("tagesschau.de", "FOCUS online"), not a person."""
    key = " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())
    squashed = key.replace(" ", "")
    return bool(DOMAIN.search(name)) or any(
        key == s or squashed == s.replace(" ", "") or (len(s) > 3 and (s in key or key in s)) for s in sites)


def dedupe(names: Iterable[str], skip: Iterable[str] = ()) -> list[str]:
    seen = {n.casefold() for n in skip}
    out = []
    for n in names:
        key = n.casefold()
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def names_from_ld(value, ids: dict) -> tuple[list[str], list[str]]:
    """(person names, organization names) of a JSON-LD author / creator / reviewedBy value."""
    persons: list[str] = []
    orgs: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "@id" in item and "name" not in item:
            item = ids.get(item["@id"], item)
        if isinstance(item, str):
            if not item.lstrip().startswith(("http://", "https://", "/")):
                persons.extend(clean_name(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if not isinstance(name, str):
                continue
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & {"Organization", "NewsMediaOrganization", "Corporation", "MedicalOrganization"}:
                orgs.append(" ".join(name.split()))
            else:
                persons.extend(clean_name(name))
    return dedupe(persons), dedupe(orgs)


def extract_authors(page, ld_main: Optional[dict], ids: dict, zone, reviewers: list[str],
                    sites: Iterable[str] = ()) -> tuple[list, list]:
    """(authors, problems): JSON-LD persons, meta tags, marked-up bylines, a "By ..." line next to the
    headline; names that are the site's own (or JSON-LD organizations) only when no person is found.
    Medical reviewers are never authors."""
    sites = list(sites)
    fallback: list[str] = []
    for names in _sources(page, ld_main, ids, zone):
        names = dedupe(names, skip=reviewers)
        people = [n for n in names if not site_like(n, sites)]
        if people:
            return people, []
        fallback = fallback or names
    if fallback:
        return fallback, []
    return [], ["no author found"]


def _sources(page, ld_main, ids, zone):
    orgs: list[str] = []
    if ld_main:
        persons, orgs = names_from_ld(ld_main.get("author") or ld_main.get("creator"), ids)
        yield persons
    metas = page.metas
    for key in ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author"):
        value = metas.get(key)
        if value and not value.lstrip().startswith(("http://", "https://", "/")):
            yield clean_name(value)
    yield _from_elements(page.itemprops.get("author", []), prefer_name=True)
    yield _from_elements(page.rel_author)
    yield _from_elements(page.bylines, strict=True)
    yield _from_zone(zone)
    yield orgs


def _from_elements(elements, prefer_name: bool = False, strict: bool = False) -> list[str]:
    for el in elements:
        if el.tag in ("meta", "link"):
            text = el.get("content") or ""
        else:
            if _dates.in_aside(el):
                continue
            named = [n for n in el.iter() if n.get("itemprop") == "name"] if prefer_name else []
            text = " ".join((named[0] if named else el).itertext())
        if not text.strip() or len(text) > 250:
            continue
        # an element holding nothing but one word is a user name, even in lower case ("jancak")
        names = clean_name(_without_review(text), strict and len(text.split()) > 1)
        if names:
            return names
    return []


def _without_review(text: str) -> str:
    """The author part of a byline that also names a reviewer ("Written by A — Medically reviewed by B")."""
    if not _mentions_review(text):
        return text
    parts = [p for p in _SEGMENTS.split(text) if p.strip() and not _mentions_review(p)]
    return " | ".join(parts)


def _mentions_review(text: str) -> bool:
    """REVIEW_LEAD.search(text) is not None."""
    return _REVIEW_VERB.search(text) is not None


def _from_zone(zone) -> list[str]:
    """A "By Jane Roe" line in the text around the headline."""
    text = zone.text() if zone.headline is not None else ""
    for m in BY_LINE.finditer(text):
        names = clean_name(text[m.end():m.end() + 80].split("\n", 1)[0], strict=True)
        if names:
            return names
    return []


def extract_reviewers(page, ld_page: Optional[dict], ids: dict, zone) -> tuple[list[str], Optional[str]]:
    """(medical reviewers / fact checkers, review date): schema.org reviewedBy, else a "Medically reviewed
    by ... on <date>" line in a review block or beside the headline."""
    if ld_page and ld_page.get("reviewedBy"):
        persons, orgs = names_from_ld(ld_page.get("reviewedBy"), ids)
        if persons or orgs:
            return persons or orgs, None
    texts = [el.text_content() for el in page.reviews[:20]]
    if zone.headline is not None:
        texts.append(zone.text())
    for text in texts:
        if not _mentions_review(text):
            continue
        text = _dates.SPACES.sub(" ", text)        # keep line breaks: they end the reviewer line
        m = REVIEW_LEAD.search(text)
        if not m:
            continue
        line = _SEGMENTS.split(text[m.end():m.end() + 160], 1)[0]    # up to the next "|", "—", "•"
        # "reviewed by someone trained in the field" is prose, not a byline: names are capitalized.
        names = [n for n in clean_name(line) if n[:1].isupper()]
        if names:
            found = _dates.find_all(line)
            return dedupe(names[:3]), (found[0].day.isoformat() if found else None)
    return [], None
