"""Dates: parse date strings (ISO, numeric, month names in many languages) and find a page's dates."""
from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple, Optional
from urllib.parse import urlsplit

from archive.extract import vocab

MIN_YEAR = 1995

# Month names and abbreviations, lower-case, by month number. One table for every language we read;
# no spelling maps to two different months.
_MONTHS = {
    1: "january jan januar jänner jaenner janvier janv enero ene gennaio gen janeiro januari "
       "января январь styczeń stycznia ocak tammikuuta ledna leden január januára січня sty jän",
    2: "february feb febr februar feber février fevrier févr fevr fév febrero febbraio fevereiro fev "
       "februari февраля февраль lutego luty şubat subat helmikuuta února únor február лютого",
    3: "march mar märz maerz marz mrz mär mars marzo março marco maart mrt maret "
       "марта март marca marzec mart maaliskuuta března březen március березня",
    4: "april apr avril avr abril abr aprile aprilie "
       "апреля апрель kwietnia kwiecień nisan huhtikuuta dubna duben április квітня",
    5: "may mai mayo maggio mag maio mei maj "
       "мая май maja mayıs mayis toukokuuta května květen május травня",
    6: "june jun juni juin junio giugno giu junho "
       "июня июнь czerwca czerwiec haziran kesäkuuta června červen június червня",
    7: "july jul juli juillet juil julio luglio lug julho "
       "июля июль lipca lipiec temmuz heinäkuuta července červenec július липня",
    8: "august aug août aout agosto ago augustus agustus augusti "
       "августа август sierpnia sierpień ağustos agustos elokuuta srpna srpen augusztus серпня",
    9: "september sep sept septembre septiembre setiembre settembre set setembro "
       "сентября сентябрь września wrzesień eylül eylul syyskuuta září szeptember вересня",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out "
        "октября октябрь października październik ekim lokakuuta října říjen október жовтня",
    11: "november nov novembre noviembre novembro "
        "ноября ноябрь listopada listopad kasım kasim marraskuuta listopadu листопада",
    12: "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro desember "
        "декабря декабрь grudnia grudzień aralık aralik joulukuuta prosince prosinec грудня",
}
# Arabic month names as used in Egypt and the Gulf, January to December
_ARABIC_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
MONTHS = {name: num for num, names in _MONTHS.items() for name in names.split()}
MONTHS.update((name, num) for num, name in enumerate(_ARABIC_MONTHS, 1))

# Every written date has a four-digit year: find years first, then try the patterns around each one.
YEAR_RE = re.compile(r"(?:19|20)\d\d")
_WORD = r"([^\W\d_]{3,12})"   # a month name, checked against MONTHS after matching (faster than a big alternation)
_TIME = r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)" + _TIME)
YMD_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:/|\.\s?)(\d{1,2})(?:/|\.\s?)(\d{1,2})(?!\d)")
DMY_RE = re.compile(r"(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?![\d.]\d)")
TEXT_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?\s*(?:de\s+|of\s+)?" + _WORD +
                         r"\.?,?\s*(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)")
TEXT_MDY_RE = re.compile(r"\b" + _WORD + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+((?:19|20)\d{2})(?!\d)")
TEXT_YMD_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\.?\s+" + _WORD + r"\.?\s+(\d{1,2})(?!\d)")
DMY2_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2})(?![\d:]|\.\d)")  # "23.09.22", short texts only
# "3/8/24": the short date style of Java, ICU and Intl (Liferay, SharePoint...), short texts only
SLASH2_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/:]|\.\d)")
CJK_RE = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")
_PATTERNS = ((ISO_RE, "ymd"), (TEXT_DMY_RE, "dMy"), (TEXT_MDY_RE, "Mdy"), (DMY_RE, "num"),
             (YMD_RE, "ymd"), (CJK_RE, "ymd"), (TEXT_YMD_RE, "yMd"))
COMPACT_RE = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$")
URL_RE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
EPOCH_RE = re.compile(r"^1\d{9}(?:\d{3})?$")
# JavaScript Date.toString(): "Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)"
JS_DATE_RE = re.compile(r"^\w{3} (\w{3}) (\d{1,2}) ((?:19|20)\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})")

# Words just before a date that say which date it is, several languages.
PUBLISHED_WORDS = re.compile(
    r"(?:published|posted|written|created|erstellt|veröffentlicht|erschienen|publiziert|publié|publie|"
    r"publicado|publicada|pubblicato|gepubliceerd|geplaatst|опубликовано|publikováno|opublikowano|"
    r"yayınlanma|julkaistu|publicerad|udgivet|datum|date|vom)\b[^\d]{0,25}$", re.I)
UPDATED_WORDS = re.compile(
    r"(?:updated?|last modified|modified|revised|aktualisiert|geändert|bearbeitet|stand|mis à jour|"
    r"actualizado|actualizada|aggiornato|aggiornamento|bijgewerkt|обновлено|обновлен|zaktualizowano|"
    r"güncellendi|päivitetty|uppdaterad|opdateret)\b[^\d]{0,25}$", re.I)
REVIEWED_WORDS = re.compile(r"(?:reviewed|checked|geprüft|überprüft)\b[^\d]{0,60}$", re.I)
# ... and words announcing a date the page plans, not one it happened on: health information services
# print "Page last reviewed: 12 March 2024 / Next review due: 12 March 2027" (NHS.UK's review-date
# component, and the NHS's and many public bodies' information standards require both).
SCHEDULED_WORDS = re.compile(
    r"(?:next review|review due|due for review|review date|expires?|expiry|valid until|nächste überprüfung"
    r"|prochaine révision|próxima revisión)\b[^\d]{0,25}$", re.I)


class Found(NamedTuple):
    iso: str        # "YYYY-MM-DD" or a full datetime "YYYY-MM-DDTHH:MM:SS[+HH:MM]"
    day: date
    start: int      # offset of the match in the parsed string
    end: int
    alt: Optional[date] = None  # the other reading of an ambiguous "03/04/2024"


def today() -> date:
    return (datetime.now(timezone.utc) + timedelta(days=1)).date()  # a day of slack for time zones


def plausible(d: date, latest: Optional[date] = None) -> bool:
    return MIN_YEAR <= d.year and d <= (latest or today())


def _day(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso_time(day: date, hh, mm, ss, tz) -> str:
    if hh is None:
        return day.isoformat()
    h, mi, s = int(hh), int(mm), int(ss or 0)
    if h > 23 or mi > 59 or s > 59:
        return day.isoformat()
    out = f"{day.isoformat()}T{h:02d}:{mi:02d}:{s:02d}"
    if tz == "Z":
        out += "+00:00"
    elif tz:
        digits = tz[1:].replace(":", "")
        out += f"{tz[0]}{digits[:2]}:{(digits[2:4] or '00')}"
    return out


def parse_machine(value: str) -> Optional[Found]:
    """A date from a machine-readable value (JSON-LD, meta content, time@datetime)."""
    value = (value or "")[:MAX_DATE_TEXT].strip()
    if not value:
        return None
    m = ISO_RE.search(value, 0, 40)
    if m:
        day = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return Found(_iso_time(day, *m.group(4, 5, 6, 7)), day, m.start(), m.end())
    m = COMPACT_RE.match(value)
    if m:
        day = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return Found(day.isoformat(), day, 0, len(value))
    m = JS_DATE_RE.match(value)
    if m and m.group(1).lower() in MONTHS:
        day = _day(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
        if day:
            return Found(_iso_time(day, *m.group(4, 5, 6, 7)), day, 0, m.end())
    if EPOCH_RE.match(value):
        day = datetime.fromtimestamp(int(value[:10]), timezone.utc).date()
        return Found(day.isoformat(), day, 0, len(value))
    found = find_all(value[:120])
    return found[0] if found else None


# Eastern Arabic (Arabic-Indic, ٠-٩) and Persian/Urdu (۰-۹) digits as ASCII digits: "١٢ مارس ٢٠٢٤" is
# 12 March 2024. One character for one, so offsets in the text stay where they were.
ASCII_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                              **{chr(0x6F0 + i): str(i) for i in range(10)}})


def find_all(text: str, month_first: bool = False, short_years: bool = False) -> list[Found]:
    """Every complete, valid date written in text ("3. März 2024", "March 3, 2024", "03.03.2024",
    "2024-03-03T10:00+01:00", "2024年3月3日", "١٢ مارس ٢٠٢٤"; "03.03.24" too with short_years), in order
    of position."""
    text = text.translate(ASCII_DIGITS)
    hits: dict[int, Found] = {}
    if short_years:
        for m in DMY2_RE.finditer(text):
            day = _day(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if day:
                hits[m.start()] = Found(day.isoformat(), day, m.start(), m.end())
        for m in SLASH2_RE.finditer(text):
            day = _slashed(int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3)), month_first)
            if day:
                hits[m.start()] = Found(day.isoformat(), day, m.start(), m.end())
    covered = -1
    for y in YEAR_RE.finditer(text):
        if y.start() < covered:
            continue
        lo, hi = max(0, y.start() - 32), min(len(text), y.end() + 32)
        for rx, order in _PATTERNS:
            for m in rx.finditer(text, lo, hi):
                if not (m.start() <= y.start() < m.end()) or m.start() in hits:
                    continue
                found = _found(m, rx, order, month_first)
                if found:
                    hits[m.start()] = found
                    covered = max(covered, m.end())
    kept, last_end = [], -1
    for start in sorted(hits):     # overlapping readings of one date: keep the earliest-starting one
        f = hits[start]
        if f.start >= last_end:
            kept.append(f)
            last_end = f.end
    return kept


def _found(m, rx, order: str, month_first: bool) -> Optional[Found]:
    g = m.groups()
    alt = None
    if order == "ymd":
        day = _day(int(g[0]), int(g[1]), int(g[2]))
    elif order in ("dMy", "Mdy", "yMd"):
        month = MONTHS.get(g[{"dMy": 1, "Mdy": 0, "yMd": 1}[order]].lower())
        if not month:
            return None
        if order == "dMy":
            day = _day(int(g[2]), month, int(g[0]))
        elif order == "Mdy":
            day = _day(int(g[2]), month, int(g[1]))
        else:
            day = _day(int(g[0]), month, int(g[2]))
    else:
        a, sep, b, y = int(g[0]), g[1], int(g[2]), int(g[3])
        day = _slashed(a, b, y, month_first) if sep == "/" else _day(y, b, a)
        if sep == "/" and a <= 12 and b <= 12 and a != b and day:
            alt = _day(y, day.day, day.month)
    if not day:
        return None
    iso = _iso_time(day, *g[3:7]) if rx is ISO_RE else day.isoformat()
    return Found(iso, day, m.start(), m.end(), alt)


def _slashed(a: int, b: int, year: int, month_first: bool) -> Optional[date]:
    """The day "a/b/year" names: month first where the page reads month first (or b cannot be a
    month), else day first."""
    return _day(year, a, b) if a <= 12 and (month_first or b > 12) else _day(year, b, a)


def url_date(url: str) -> Optional[Found]:
    m = URL_RE.search(url or "")
    if not m:
        return None
    day = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return Found(day.isoformat(), day, m.start(), m.end()) if day else None


def kind_of(before: str) -> str:
    """Which date the words just before a date announce: "published", "modified", "reviewed",
    "scheduled" (a review due, an expiry: never the page's date) or ""."""
    tail = before[-40:]
    if SCHEDULED_WORDS.search(tail):
        return "scheduled"
    if REVIEWED_WORDS.search(tail):
        return "reviewed"
    if UPDATED_WORDS.search(tail):
        return "modified"
    if PUBLISHED_WORDS.search(tail):
        return "published"
    return ""


# --- page text: what a reader sees, without scripts, comments, sidebars and teasers ----------------------

# Elements whose text is visible article text; itertext() over these leaves out script, style,
# noscript, template, select/option and figcaption text (and is several times faster than an XPath).
_TEXT_TAGS = tuple((
    "a abbr address article aside b bdi bdo big blockquote body br caption center cite code dd del details "
    "dfn div dl dt em font footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd label legend li main mark "
    "nav ol p picture pre q s samp section small span strike strong sub summary sup table tbody td tfoot th "
    "thead time tr tt u ul var figure wbr"
).split())


def short_text(el, limit: int) -> Optional[str]:
    """The element's text (as text_content() gives it), or None when it is longer than `limit`
    characters: reading stops there, so a huge element costs no more than a small one."""
    if not len(el):                                        # a leaf: its own text (the common case)
        text = el.text or ""
        return text if len(text) <= limit else None
    parts, size = [], 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return "".join(parts)


def visible_text(el) -> str:
    """Text of an element without script, style, captions and other non-article text."""
    return " ".join(el.itertext(*_TEXT_TAGS))


_BLOCK_TAGS = frozenset((
    "address article aside blockquote body br dd details div dl dt fieldset figure footer form h1 h2 h3 h4 h5 "
    "h6 header hgroup hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
).split())
_HIDDEN_TAGS = frozenset("script style noscript template select option figcaption button".split())
SPACES = re.compile(r"[^\S\n]+")    # whitespace except line breaks
_NEWLINES = re.compile(r"\s*\n\s*")


# A bare ISO 8601 timestamp with its time of day, the whole text of an element: written for machines
# (themes' rich-snippet spans, hidden from readers), not a date a reader sees beside the headline.
_MACHINE_STAMP = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*")


def _machine_stamp(el) -> bool:
    """el holds nothing but a machine timestamp ("2024-02-06T16:31:09-06:00"): Avada prints the modified
    time so (``the_modified_time('c')``) in ``span.updated.rich-snippet-hidden``, its older templates in
    a display:none ``span.updated``."""
    text = el.text
    return not len(el) and text is not None and len(text) < 40 and _MACHINE_STAMP.fullmatch(text) is not None


class _Enough(Exception):
    """Raised inside _collect once enough text after the headline has been read."""


def block_text(el, stop_after=None, budget: int = 0) -> str:
    """Visible text of an element (its own and its children's) with one newline between blocks, so
    that a byline does not run into the paragraph after it; without furniture (in_aside's classes)
    and teasers. With stop_after: stop about `budget` characters after that element (which, with its
    ancestors, is never a teaser)."""
    parts: list[str] = [el.text] if el.text else []
    # element, text length when it was passed, budget, text length, the element and its ancestors
    state = [stop_after, -1, budget, len(el.text or ""), _headline_line(stop_after)]
    try:
        _collect(el, parts, 0, state)
    except _Enough:
        pass
    return _NEWLINES.sub("\n", SPACES.sub(" ", "".join(parts))).strip()


def _collect(el, parts: list, depth: int, state: list) -> None:
    for child in el:
        tag = child.tag
        if tag.__class__ is str and tag not in _HIDDEN_TAGS and depth < 60 and not _aside_element(child) \
                and not (tag in _ITEM_TAGS and child not in state[4] and _repeated(child) and _teaser(child)) \
                and not _machine_stamp(child):
            edge = "\n" if tag in _BLOCK_TAGS else " "   # inline elements: a space, "By<b>Ann</b>" is two words
            parts.append(edge)
            if child.text:
                parts.append(child.text)
                state[3] += len(child.text)
            _collect(child, parts, depth + 1, state)
            parts.append(edge)
            if child is state[0]:
                state[1] = state[3]
        if child.tail:
            parts.append(child.tail)
            state[3] += len(child.tail)
        if 0 <= state[1] < state[3] - state[2]:
            raise _Enough


# One class token or id of a block whose dates and names belong to something else than the article
# (comments, sidebars, teasers, the site footer). Tokens, not substrings: "post-footer" and a body class
# "has-sidebar" do not count.
_ASIDE_TOKEN = re.compile(
    r"comments?|comment-(?:list|body|content|meta|author|respond)|commentlist|respond|reply|"
    r"sidebar|side-bar|widget-area|secondary|site-footer|page-footer|global-footer|footer|colophon|"
    r"author-?box|about-the-author|author-?bio|calendar|archive[-_]?list|nav|navbar|navigation|menu", re.I)
# ... and words that mark such a block wherever they sit in a class ("teaser-list", "c-header__nav-top",
# WordPress's "widget_recent_comments" and "comment-author-link")
_ASIDE_PART = re.compile(
    r"(?:^|[-_])(?:related|recommend\w*|teasers?|recent-?posts?|popular|newsletter|cookies?|breadcrumbs?|"
    r"more-from|comments?)(?:$|[-_])|__(?:nav|menu)(?:$|[-_])", re.I)
ASIDE_DEPTH = 12
MAX_TOKENS = 40     # class tokens of one element read
MAX_DATE_TEXT = 200     # characters of a machine-readable date value or a <time>'s text read


# ARIA landmarks of what is not the page's content: navigation, the page footer. (Not "complementary":
# sites write it on an article's own box of facts, its date among them.)
_ASIDE_ROLES = frozenset(("navigation", "contentinfo"))


def _aside_element(el) -> bool:
    if el.tag == "nav" or el.get("role") in _ASIDE_ROLES:
        return True
    marks = el.get("class")
    ident = el.get("id")
    return bool((marks and _aside_marks(marks)) or (ident and _aside_marks(ident)))


@functools.lru_cache(maxsize=1 << 14)
def _aside_marks(marks: str) -> bool:
    for tok in marks.split():       # (a loop: any() over a generator costs more per new name)
        if (_ASIDE_TOKEN.fullmatch(tok) or _ASIDE_PART.search(tok)) and not tok.startswith(vocab.TAXONOMY_PREFIXES):
            return True     # (a post's own term in its class names no block: "category-newsletter")
    return False


def aside_token(el) -> bool:
    """A class token or id of the element is one of _ASIDE_TOKEN's (comments, sidebar, navigation...)."""
    marks = " ".join(filter(None, (el.get("class"), el.get("id"))))
    return bool(marks) and _aside_tokens(marks)


@functools.lru_cache(maxsize=1 << 12)
def _aside_tokens(marks: str) -> bool:
    return any(_ASIDE_TOKEN.fullmatch(tok) for tok in marks.split()[:MAX_TOKENS])


def in_aside(el) -> bool:
    """Inside comments, a sidebar, navigation, teasers or the site footer (judged by class tokens and ids
    of the nearest ancestors; <body> classes are layout, not content, and do not count)."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= ASIDE_DEPTH or anc.tag in ("body", "html"):
            return False
        if _aside_element(anc):
            return True
    return False


# Teasers: repeated blocks (list items, cards) that link to another page and say little else. Their
# dates are other articles' dates, whatever the blocks are called.
_ITEM_TAGS = frozenset(("li", "article", "div", "section", "tr", "dd"))
TEASER_TEXT = 400       # a teaser is short: a linked headline, a date, maybe a line of summary
TEASER_UP = 8           # ancestors of a date looked at for the teaser it sits in (card builders nest deep)


def _headline_line(headline) -> frozenset:
    """The headline and its ancestors: never a teaser, whatever repeats around them."""
    return frozenset() if headline is None else frozenset((headline, *headline.iterancestors()))


@functools.lru_cache(maxsize=1 << 12)
def item_class(marks) -> str:
    """An element's classes without what a CMS loop stamps on each item of a list alone: numbers
    and the item's own taxonomy and state classes. WordPress's post_class() writes "post-1187 ...
    category-sleep tag-naps has-post-thumbnail" on every item of a Posts grid (core's query loop,
    page builders' posts widgets, themes' archives), so two cards of one grid seldom share a class
    string, while they share everything else."""
    if not marks:
        return ""
    return " ".join(sorted({_DIGIT_RUN.sub("0", t) for t in marks.lower().split()
                            if not t.startswith(vocab.TAXONOMY_PREFIXES) and not t.startswith("has-")}))


_DIGIT_RUN = re.compile(r"\d+")


def _alike(a, b) -> bool:
    """Two elements of one list: the same tag and, but for per-item classes, the same classes."""
    return a.tag == b.tag and (a.get("class") == b.get("class") or item_class(a.get("class")) == item_class(b.get("class")))


def _repeated(el) -> bool:
    """The element has a sibling next to it of the same tag and class (an item of a list or grid)."""
    prev, nxt = el.getprevious(), el.getnext()
    return (prev is not None and _alike(prev, el)) or (nxt is not None and _alike(nxt, el))


def _teaser(item, skip=None) -> bool:
    """A short block holding a link of three words or more to another page: a linked headline
    (`skip`: links that are never one)."""
    links = item.iter("a") if skip is None else (a for a in item.iter("a") if not skip(a))
    for i, a in enumerate(links):
        if i >= 3:
            break
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#") and len((short_text(a, TEASER_TEXT) or "").split()) >= 3:
            return short_text(item, TEASER_TEXT) is not None
    return False


def in_teaser(el, keep: frozenset = frozenset(), skip=None) -> bool:
    """Inside a teaser of another article (a repeated short block with a linked headline), judged by
    structure, not by class names; `keep`: the headline and its ancestors, never teasers; `skip`:
    links that are no headline (a term list's own links: a row "Labels: a, b" is none)."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= TEASER_UP or anc in keep or anc.tag in ("body", "html"):
            return False
        if anc.tag in _ITEM_TAGS and _repeated(anc):
            if _teaser(anc, skip):
                return True
            if short_text(anc, TEASER_TEXT) is None:
                return False        # too long to be a teaser: nothing around it is one
    return False


def article_text(root, headline=None, limit: int = 0) -> str:
    """Visible text of root without navigation, sidebars, comments and footers (class tokens, as
    in_aside, author boxes kept: they hold bylines) and without teasers (unless they hold the headline),
    from ZONE_BEFORE characters above the headline on: what a reader takes for the page's own text, up
    to about `limit` characters (TEXT_LIMIT by default)."""
    parts: list[str] = []
    budget = limit or TEXT_LIMIT
    state = [budget, headline, -1]     # budget left, the headline, len(parts) when it was reached
    try:
        _article_walk(root, parts, _headline_line(headline), state, 0)
    except _Enough:
        pass
    if state[2] <= 0:
        return " ".join(parts)[:budget]     # (one text node may hold more than the whole budget)
    # far above the headline are the site's header, today's date and tickers: keep only what is near
    return (" ".join(parts[:state[2]])[-ZONE_BEFORE:] + " " + " ".join(parts[state[2]:]))[:budget]


_TEXT_TAG_SET = frozenset(_TEXT_TAGS)


def _article_walk(el, parts: list, keep: frozenset, state: list, depth: int) -> None:
    children = list(el)
    skip = _skipped_children(children, keep) if depth < 200 else set(children)
    for child in children:
        if child is state[1]:
            state[2] = len(parts)
        if child.tag.__class__ is str and child.tag in _TEXT_TAG_SET and child not in skip:
            if child.text:
                parts.append(child.text)
                state[0] -= len(child.text)
            if len(child):
                _article_walk(child, parts, keep, state, depth + 1)
        if child.tail:
            parts.append(child.tail)
            state[0] -= len(child.tail)
        if state[0] < 0:
            raise _Enough


def _skipped_children(children: list, keep: frozenset) -> set:
    """Children that are furniture (not author boxes) or teasers; those in `keep` never are."""
    skip = set()
    prev_key = None
    for i, child in enumerate(children):
        if child.tag.__class__ is not str or child in keep:
            continue
        if _aside_element(child) and "author" not in ((child.get("class") or "") + (child.get("id") or "")).lower():
            skip.add(child)
            continue
        key = (child.tag, item_class(child.get("class")))
        nxt = children[i + 1] if i + 1 < len(children) else None
        repeated = key == prev_key or (nxt is not None and nxt.tag == key[0] and item_class(nxt.get("class")) == key[1])
        if repeated and child.tag in _ITEM_TAGS and _teaser(child):
            skip.add(child)
        prev_key = key
    return skip


# --- finding a page's dates ---------------------------------------------------------------------------

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "published_time", "publishdate", "publish-date", "publish_date", "published-date",
    "pubdate", "publicationdate", "publication_date", "citation_publication_date", "citation_online_date",
    "citation_date", "prism.publicationdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dcterms:created", "dc.created", "datecreated", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "bt:pubdate", "vr:published-time", "article_date_original",
    "original-publish-date", "shareaholic:article_published_time", "release_date", "og:pubdate",
    "dc.date", "dcterms.date", "date", "uploaddate", "created", "creation_date",
)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
    "datemodified", "modified_time", "dc.date.modified", "dcterms.modified", "last-modified",
    "last_updated_date", "revision_date", "bt:moddate", "shareaholic:article_modified_time", "lastmod",
)
_KNOWN_META = frozenset(PUBLISHED_META + MODIFIED_META)
_WORD_RUN = re.compile(r"\w+")
MAX_META_NAME = 100     # a longer meta name is nobody's date field
_MODIFIED_META_NAME = re.compile(r"modif|updat|revis|expir|review", re.I)
_PUBLISHED_CLASS = re.compile(r"publish|entry-date|post-date|created|pubdate|date-posted", re.I)
_UPDATED_CLASS = re.compile(r"updat|modif|revis|aktualis", re.I)
ZONE_BEFORE, ZONE_AFTER = 250, 600  # characters of text around the headline that hold its byline
NEAR = 160                          # ... and how close a date must be to count as the byline's
PROSE_LINE = 140                    # a longer line is running text, not a byline
TEXT_LIMIT = 100000                 # characters of page text searched when nothing better exists


class Candidate(NamedTuple):
    kind: str       # "published", "modified", "reviewed" or "" (not announced)
    source: str     # json-ld, meta, time, text, url
    found: Found


def extract_dates(page, url: str, ld: Optional[dict], zone: "Zone", language: str = "") -> dict:
    """Published and modified dates, where each came from, and problems explaining gaps.

    `page` is the metadata PageIndex (metas, times, itemprops, dateish elements, tree); `zone` the
    headline's surroundings.
    Structured data (JSON-LD, meta tags) is trusted first; the URL and the dates printed next to the
    headline decide between disagreeing sources, and UTC timestamps are stated in the site's offset.
    Without structured data: the URL, then the byline beside the headline, then the page text.
    """
    latest = today()
    problems: list[str] = []
    structured = [c for c in [*_structured(ld, page.metas), *_rdfa_created(page, zone)] if _ok(c, latest, problems)]
    from_url = url_date(url)
    if from_url and not plausible(from_url.day, latest):
        from_url = None
    offset = site_offset(structured, url, language)
    zone.month_first, zone.offset, zone.latest = _month_first(url, language), offset, latest
    published = _choose_published(structured, from_url, zone, offset)
    modified = next((_localize(c, offset) for c in structured if c.kind == "modified"), None)
    if published is None:
        published = _fallback_published(page, zone)
    if published is None and modified is None:
        modified = _fallback_modified(page, zone)
    if published is None and modified is not None:
        problems.append("no publication date: the update date stands in")
        published = modified
    if published is None:
        # A page dated only "Page last reviewed: ..." (health information services sign and date
        # nothing else): the day its text was last checked is the date it stands by.
        published = next((c for c in zone.candidates() if c.kind == "reviewed"), None) or \
            next((c for c in _text_dates(page, zone) if c.kind == "reviewed"), None)
        if published is not None:
            problems.append("no publication date: the review date stands in")
    if modified is None and published is not None and published.source in ("text", "time"):
        modified = next((c for c in zone.candidates() if c.kind == "modified"), None)
    if published and modified and modified.found.day < published.found.day:
        problems.append(f"modified date {modified.found.iso} before published {published.found.iso}: dropped")
        modified = None
    if published is None:
        problems.append("no publication date found")
    return {
        "published": published.found.iso if published else None,
        "published_source": published.source if published else "",
        # the page states it: in its data, its address or beside its headline (not a date met elsewhere)
        "published_stated": published is not None and (
            published.source in ("json-ld", "meta", "url") or any(c is published for c in zone.candidates())),
        "modified": modified.found.iso if modified else None,
        "modified_source": modified.source if modified else "",
        # the page prints the publication date its data declares right beside its headline (a dateline)
        "published_shown": published is not None and published.source in ("json-ld", "meta") and any(
            s.near and s.kind in ("published", "") and s.day == published.found.day for s in zone.ordered()),
        "problems": problems,
    }


def _month_first(url: str, language: str) -> bool:
    """Whether "03/04/2024" means March 4 (US usage) rather than 3 April: any language as written in
    the US (en-US, es-US: CLDR's short date there is M/d/y), Canadian and Philippine English, or
    English on a domain that names no country (.com, .org...; a site served at an IP address names
    none either, as site_offset reads it)."""
    tld = _tld(url)
    return language.endswith("-US") or language in ("en-CA", "en-PH") or (
        language == "en" and (tld in _GENERIC_TLDS or not tld.isalpha()))


def _ok(c: Candidate, latest: date, problems: list) -> bool:
    if plausible(c.found.day, latest):
        return True
    why = "in the future" if c.found.day > latest else f"before {MIN_YEAR}"
    problems.append(f"{c.kind} date {c.found.iso} from {c.source} ignored: {why}")
    return False


def _structured(ld: Optional[dict], metas: dict):
    if ld:
        for key, kind in (("datePublished", "published"), ("dateCreated", "published"),
                          ("uploadDate", "published"), ("dateModified", "modified")):
            value = ld.get(key)
            if isinstance(value, list):
                value = value[0] if value else None
            f = parse_machine(value) if isinstance(value, str) else None
            if f:
                yield Candidate(kind, "json-ld", f)
    for names, kind in ((PUBLISHED_META, "published"), (MODIFIED_META, "modified")):
        for name in names:
            value = metas.get(name)
            f = parse_machine(value) if value else None
            if f:
                yield Candidate(kind, "meta", f)
    for name, value in metas.items():
        if name not in _KNOWN_META and isinstance(value, str) and published_meta_name(name) \
                and not _MODIFIED_META_NAME.search(name):
            f = parse_machine(value)
            if f:
                yield Candidate("published", "meta", f)


def _rdfa_created(page, zone):
    """The article's RDFa creation date (vocab.RDFA_CREATED_RE: Drupal 7 wraps each node's byline date in
    property="dc:date dc:created" content="2024-03-08T10:15:00-05:00"): structured data, which decides
    how the byline's "03/08/2024" reads. Not a teaser's or a sidebar's (another node's date)."""
    keep = _headline_line(zone.headline)
    for el in getattr(page, "rdfa_created", ()):
        if in_aside(el) or in_teaser(el, keep):
            continue
        f = parse_machine(el.get("content") or "")
        if f:
            yield Candidate("published", "meta", f)
            return


def published_meta_name(name: str) -> bool:
    """Whether another meta name announces a publication date: within one word, "pub" then "date",
    "publish" then "date" or "time", "date" then "publish", or "issued" ("sw-pubdate",
    "article.publishdate", "date_published"). Linear in the name, and names are capped."""
    name = name.lower()
    if len(name) > MAX_META_NAME or ("pub" not in name and "issued" not in name):
        return False
    for m in _WORD_RUN.finditer(name):
        word = m.group()
        pub, publish, day = word.find("pub"), word.find("publish"), word.find("date")
        if (pub >= 0 and word.find("date", pub + 3) >= 0) or "issued" in word \
                or (publish >= 0 and (word.find("date", publish + 7) >= 0 or word.find("time", publish + 7) >= 0)) \
                or (day >= 0 and word.find("publish", day + 4) >= 0):
            return True
    return False


def _choose_published(structured, from_url, zone, offset: Optional[int]) -> Optional[Candidate]:
    """Structured publication dates, checked against the URL and the dates printed near the headline."""
    pubs = []
    for c in structured:
        if c.kind == "published":
            local = _localize(c, offset)
            pubs += [local, c] if local is not c else [c]  # the local day first, the UTC day as a reading
    if from_url:
        agree = [c for c in pubs if c.found.day == from_url.day]
        if agree:
            return agree[0]
        pubs.append(Candidate("published", "url", from_url))
    if not pubs:
        return None
    ordered = zone.ordered()
    shown = [s for s in ordered if s.kind in ("published", "")] \
        or [s for s in ordered if s.kind == "modified" and s.near]     # a lone "updated" date at the headline
    shown_days = {s.day for s in shown} | {s.cand.found.alt for s in shown}
    for c in pubs:
        if c.found.day in shown_days:
            return c
    if shown and not from_url:
        # the page prints another date right at its headline: that is the date its readers see
        near = [s for s in shown if s.near]
        labelled = [s for s in near if s.kind == "published"]
        if labelled or near:
            return (labelled or near)[0].cand
    return pubs[0]


def _localize(c: Candidate, offset: Optional[int]) -> Candidate:
    """A UTC timestamp restated in the site's own UTC offset (minutes) when that changes its calendar
    day (the same instant; the day is the one the site's readers saw)."""
    f = c.found
    if not offset or len(f.iso) <= 19 or not f.iso.endswith("+00:00"):
        return c
    try:
        moment = datetime.fromisoformat(f.iso)
    except ValueError:
        return c
    local = moment.astimezone(timezone(timedelta(minutes=offset)))
    if local.date() == f.day:
        return c
    return Candidate(c.kind, c.source, Found(local.isoformat(), local.date(), f.start, f.end))


def _fallback_published(page, zone) -> Optional[Candidate]:
    for kind in ("published", ""):
        for shown in zone.ordered():
            if shown.kind == kind:
                return shown.cand
    if any(shown.kind == "modified" for shown in zone.ordered()):
        return None  # the byline shows only an update date: that one stands in, not some date elsewhere
    for prop in ("datePublished", "dateCreated"):
        for el in page.itemprops.get(prop, ()):
            f = parse_machine(el.get("content") or el.get("datetime") or short_text(el, MAX_DATE_TEXT) or "")
            if f and plausible(f.day, zone.latest):
                return Candidate("published", "time" if el.tag == "time" else "meta", f)
    keep = _headline_line(zone.headline)     # (another article's teaser dates its own article)
    for c in _time_elements([el for el in page.times if not in_teaser(el, keep)], zone):
        if c.kind not in ("modified", "scheduled"):
            return c
    for key in ("og:image", "og:image:url", "twitter:image", "twitter:image:src"):
        f = url_date(page.metas.get(key) or "")     # ".../uploads/2016/05/04/photo.jpg": uploaded that day
        if f and plausible(f.day, zone.latest):
            return Candidate("published", "url", f)
    return next((c for c in _text_dates(page, zone) if c.kind in ("published", "")), None)


def _fallback_modified(page, zone) -> Optional[Candidate]:
    return next((c for c in zone.candidates() if c.kind == "modified"), None) or \
        next((c for c in _text_dates(page, zone) if c.kind == "modified"), None)


class Shown(NamedTuple):
    kind: str           # what the words before it announce
    day: date
    cand: Candidate
    near: bool          # a <time> beside the headline, or text within NEAR characters of it


class Zone:
    """The headline's surroundings (its byline area): text and dates, computed on first use."""

    def __init__(self, tree, headline, month_first: bool = False, offset: Optional[int] = None):
        self.tree, self.headline, self.month_first, self.offset = tree, headline, month_first, offset
        self.latest = today()
        self._found: Optional[list] = None
        self._text: Optional[str] = None
        self._pos = (0, 0)                # where the headline sits in text(): offset, length
        self._container = None

    @property
    def container(self):
        """The smallest ancestor of the headline that holds its byline (a few hundred characters)."""
        if self._container is None:
            el = self.headline
            for _ in range(8):
                parent = el.getparent()
                if parent is None or el.tag == "body":
                    break
                el = parent
                hidden = sum(len(x.text or "") for x in el.iter("script", "style", "noscript"))
                if len(el.text_content()) - hidden > ZONE_AFTER + ZONE_BEFORE:
                    break
            self._container = el
        return self._container

    def text(self) -> str:
        """Visible text around the headline: ZONE_BEFORE characters before it, ZONE_AFTER after."""
        if self._text is None:
            self._text = ""
            if self.headline is not None:
                title = block_text(self.headline)
                text = block_text(self.container, self.headline, 3 * ZONE_AFTER)
                pos = max(text.find(title), 0) if title else 0
                if title and text.find(title, pos + 1) >= 0:
                    # the title written again before the headline (a hidden microdata span, the current
                    # breadcrumb): the zone is the headline's own, its last occurrence up to the headline
                    upto = len(block_text(self.container, self.headline, 0))
                    pos = max(text.rfind(title, 0, upto + 1), pos)
                self._pos = pos - max(0, pos - ZONE_BEFORE), len(title)
                self._text = text[max(0, pos - ZONE_BEFORE):pos + len(title) + ZONE_AFTER]
        return self._text

    def ordered(self) -> list[Shown]:
        """Dates beside the headline: <time> elements, then text after it, then text before it."""
        if self._found is None:
            self._found = self._scan()
        return self._found

    def candidates(self) -> list[Candidate]:
        return [s.cand for s in self.ordered()]

    def _scan(self) -> list[Shown]:
        if self.headline is None:
            return []
        out = []
        keep = _headline_line(self.headline)
        times = [el for el in self.container.iter("time") if not in_teaser(el, keep)]
        for c in _time_elements(times, self):
            out.append(Shown(c.kind, c.found.day, c, True))
        window = self.text()
        pos, length = self._pos
        end = pos + length
        after, before = [], []
        for f in find_all(window, self.month_first, short_years=True):
            if not plausible(f.day, self.latest):
                continue
            kind = kind_of(window[max(0, f.start - 40):f.start])
            line_start = window.rfind("\n", 0, f.start) + 1
            line_end = window.find("\n", f.end)
            line_end = line_end if line_end >= 0 else len(window)
            if not kind and line_end - line_start > PROSE_LINE and line_end - f.end > 20:
                continue    # a date inside a sentence of the article is not its byline
            cand = Candidate(kind, "text", f)
            if f.start >= pos:
                after.append(Shown(kind, f.day, cand, f.start - end < NEAR))
            else:
                before.append(Shown(kind, f.day, cand, pos - f.end < NEAR))
        return out + after + before[::-1]


def _time_elements(times, zone):
    for el in times:
        if in_aside(el):
            continue
        f = parse_machine(el.get("datetime") or short_text(el, MAX_DATE_TEXT) or "")
        if f and plausible(f.day, zone.latest):
            yield _localize(Candidate(_element_kind(el), "time", f), zone.offset)


def _element_kind(el) -> str:
    marks = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))
    if el.get("pubdate") is not None or _PUBLISHED_CLASS.search(marks):
        return "published"
    if _UPDATED_CLASS.search(marks):
        return "modified"
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments, processing instructions
        prev = prev.getprevious()
    if prev is not None:
        before = prev.text_content()[-60:] + (prev.tail or "")
    else:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
    return kind_of(before)


def _text_dates(page, zone):
    """Dates written in visible text: date-ish blocks, then the running text, in page order."""
    marked = [el for el in page.dateish if _PUBLISHED_CLASS.search(el.get("class") or "")]
    keep = _headline_line(zone.headline)
    for el in marked + [el for el in page.dateish if el not in marked]:
        if in_aside(el) or in_teaser(el, keep):
            continue
        text = short_text(el, 300)
        if text is None:
            continue
        for f in find_all(text, zone.month_first, short_years=True):
            if plausible(f.day, zone.latest):
                kind = kind_of(text[:f.start]) or ("modified" if _UPDATED_CLASS.search(el.get("class") or "") else "")
                yield Candidate(kind, "text", f)
    root = page.main(zone.headline)
    if not YEAR_RE.search(visible_text(root)[:TEXT_LIMIT].translate(ASCII_DIGITS)):   # no date anywhere: no need to look closer
        return
    text = article_text(root, zone.headline)
    for f in find_all(text, zone.month_first):
        if plausible(f.day, zone.latest):
            yield Candidate(kind_of(text[max(0, f.start - 40):f.start]), "text", f)


# --- the site's time zone, to state UTC timestamps as the local day the page prints --------------------

_OFFSET_RE = re.compile(r"[+-]\d{2}:\d{2}$")
_GENERIC_TLDS = frozenset("com org net info news biz edu gov io us".split())
_GENERIC_CC = frozenset("io ai tv me fm cc to ly gg".split())   # two letters, used like .com
# Standard-time UTC offsets (hours) by country-code TLD, and by language for generic TLDs.
_TLD_HOURS = {
    **dict.fromkeys("de at ch fr it es nl be lu pl cz sk si hr ba rs me mk al hu dk se no "
                    "li mc sm va ad mt".split(), 1),
    **dict.fromkeys("uk ie pt is".split(), 0),
    **dict.fromkeys("fi ee lv lt ua ro bg gr cy il eg za".split(), 2),
    **dict.fromkeys("ru by tr sa qa kw iq ke".split(), 3),
    "ae": 4, "az": 4, "pk": 5, "in": 5.5, "bd": 6, "th": 7, "vn": 7, "id": 7,
    **dict.fromkeys("cn hk tw sg my ph".split(), 8), "jp": 9, "kr": 9, "au": 10, "nz": 12,
    "ca": -5, "us": -5, "mx": -6, "br": -3, "ar": -3, "cl": -4, "co": -5, "pe": -5,
}
_LANG_HOURS = {"en-US": -5, "en": -5, "en-GB": 0, "en-AU": 10, "en-CA": -5, "en-IN": 5.5, "de": 1, "fr": 1,
               "it": 1, "nl": 1, "pl": 1, "cs": 1, "sv": 1, "da": 1, "nb": 1, "hu": 1, "hr": 1, "sk": 1,
               "ru": 3, "uk": 2, "tr": 3, "ja": 9, "ko": 9, "zh": 8, "pt-BR": -3, "fi": 2, "el": 2}


def _tld(url: str) -> str:
    host = (urlsplit(url or "").hostname or "").rstrip(".")
    return host.rsplit(".", 1)[-1] if "." in host else ""


def site_offset(structured, url: str, language: str) -> Optional[int]:
    """Minutes east of UTC where the site lives: a local offset printed in its own timestamps,
    else its country-code domain, else its language (generic domains); None when unknown."""
    for c in structured:
        m = _OFFSET_RE.search(c.found.iso)
        if m and not c.found.iso.endswith("+00:00"):
            sign = -1 if m.group(0)[0] == "-" else 1
            return sign * (int(m.group(0)[1:3]) * 60 + int(m.group(0)[4:6]))
    tld = _tld(url)
    hours = _TLD_HOURS.get(tld)
    if hours is None and (len(tld) != 2 or tld in _GENERIC_CC):   # a country we cannot place: unknown
        hours = -5 if tld in ("edu", "gov") else _LANG_HOURS.get(language, _LANG_HOURS.get(language[:2]))
    return None if hours is None else int(hours * 60)
