"""Person names: the people one byline string names, credentials and roles apart (through nameparser)."""
from __future__ import annotations

import functools
import html
import re
from typing import Iterable, Optional

from archive.extract.record import Person

MAX_RAW = 2000      # characters of a raw value looked at (markup included); the rest is never scanned
MAX_TEXT = 300      # characters of byline text read after markup is gone: enough for a dozen names

_TAG = re.compile(r"<[^<>]*>|<[^<>]*$")            # a tag, or a tag cut off at the end
_AT_WORD = re.compile(r"\s?[\[(]at[\])]\s?", re.I)  # "jane [at] example.org"
_CONTACT = re.compile(r"[^@\s]*@|https?://|www\.", re.I)   # tried on single words, anchored
COPYRIGHT = re.compile(r"^(?:©|\(c\)|~)\s*", re.I)
# Titles before a name ("Dr. med. Jane Roe" -> "Jane Roe"); nameparser knows more, this one is multilingual.
HONORIFICS = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|hon|univ\.?-prof|priv\.?-doz|pd|dipl\.?-\w+|"
    r"mag|ing|med|dent|vet|rer\.?\s*nat|phil|herr|frau|mme|mlle|sra|dott|dott\.ssa)\.?\s+"
    # Arabic: د. (Dr., often written against the name: "د.أحمد"), أ.د. (Prof. Dr.), and the words in full
    r"|(?:[أا]\.\s?)?د\.\s*|(?:ال)?(?:دكتور|دكتورة|أستاذ|أستاذة|بروفيسور|بروفيسورة)\s+)+", re.I)
LEAD_IN = re.compile(
    r"^\s*(?:(?:(?:written|posted|published|submitted|text|story|report(?:ed)?|words|article|interview|"
    r"geschrieben|verfasst|erstellt|eingestellt|gepostet|ein beitrag|a post|reporting|publié|écrit|publicado|"
    r"escrito|pubblicato|scritto|geplaatst|geschreven|enviado|soumis|eingereicht|inviato)\s+)?(?:by|von|vom|par|por|di|da|door|av|af|"
    r"от|autor(?:in)?|автор(?:ы)?|author|auteur|verfasser(?:in)?|redakteur(?:in)?|text|written by|interview|"
    r"fotos?|photos?|as told to|fel y['’]i hadroddwyd wrth)\b\s*:?\s*"   # "As told to" (Welsh too): the
    # writer of a first-person story
    # Chinese and Japanese labels, always followed by a colon or a slash ("著者：山田太郎", "文／山田太郎",
    # "记者：王芳"): the words alone also open sentences
    r"|(?:著者|作者|筆者|執筆者?|撰文|文|記者|记者)\s*[:：/／]\s*)", re.I)
_SHORT_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_MONTHS = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
TAIL_CUT = re.compile(
    r"\s*(?:\||•|·|—|–|\s-\s|(?-i:\s(?:on|el|le|il|em|op)\s)|\bam\s+\d|\bupdated\b|\bpublished\b|\bposted\b|\blast\b|"
    r"\baktualisiert\b|\bveröffentlicht\b|\bstand\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"\b" + _MONTHS + r"\s+\d|\d\.?\s+" + _MONTHS + r"\b|\b" + _SHORT_MONTHS + r"\.?\s+\d|\d\.?\s+" + _SHORT_MONTHS + r"\b|"
    r"(?-i:\s[A-ZÄÖÜ][a-zäöüß]{2,20}:(?=\s|$))|"         # the next field's label: "Jane Roe Quelle: ..."
    r"\bfor\s+(?:the\s+)?[A-Z]|\bin\s+[A-Z]\w+\s*$|\breviewed\b|\bfact[- ]checked\b|\bmin(?:ute)?s?\s+read\b|"
    r"\b(?:am\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)\b).*$", re.S | re.I)
# an avatar's initials shown before the label of a byline ("JR Author Jane Roe": a user sticker)
_INITIALS = re.compile(r"^[A-Z]{1,2}\s+")
# "Posted on May 3, 2020 by Jane Roe", "Publié le 3 mai par ..." (not "von", "da": "Ursula von der Leyen")
BY_INSIDE = re.compile(r"(?:^|\s)(?:(?:by|par|por|door)\s+|(?:autor(?:in)?|автор(?:ы)?|author|auteur|verfasser(?:in)?):\s*)(?=\S)",
                       re.I)    # "By ...", or a labelled field's value: "Datum: 19.11.2021 Autor: Fritz Imhof"

SPLIT = re.compile(r"\s*(?:,\s*(?:and|und|et|y|e|og)\s+|,|;|&|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+og\s+|\s+/\s+)\s*",
                   re.I)
# Dutch "en" (and) is Spanish and French "in": it joins two names only when a full name stands on
# each side ("Jan Jansen en Piet de Vries"), not in a desk's name ("El Courier en Español")
_DUTCH_AND = re.compile(r"\s+en\s+", re.I)
AGENCY_TAIL = re.compile(r"\s+(?:Associated Press|Reuters|AFP|dpa|APA|AP|KNA|epd|SDA|ANSA|EFE)\s*$")
NOT_A_NAME = re.compile(
    r"^(?:admin|administrator|editor|guest|anonymous|unknown|user|none|null|author|autor|"
    r"by|von|share|comments?|more|read more|home|menu|posts?|facebook|twitter|instagram|linkedin|email|"
    r"follow|profile|view|all posts|about|contact|print|teilen|kommentare?|datum|date|no author|"
    r"unknown author|gast|posted|published|source|sources|quelle|quellen|fonte|fuente|bron|photo|foto|"
    # a press office signs its releases: a desk, no person ("Pressestelle", "Press office")
    r"press(?:e)?(?:stelle|abteilung|büro|buero|referat)|press office|unternehmenskommunikation|swyddfa['’]r wasg)$", re.I)
_JUNK = re.compile(r"[<>={}\[\]\\|@#*^$%~+]")     # characters no name is written with
# a credit to the editorial team is the page's stated author, though no person's name
EDITORIAL = frozenset(("redaktion", "editors", "the editors", "editorial team", "editorial staff", "rédaction",
                       "redacción", "redazione", "redactie", "redakcja", "редакция"))
PARTICLES = frozenset("von van vom zu de der den da di du la le del della dos das ten ter bin al y e".split())
_SEG_STRIP = " ,:;|-–—()[]\"'~"

# Credentials after a name. By shape: capital-letter groups with optional dots, hyphens or slashes
# (MD, M.D., FAAD, FNP-BC, PA-C, OTR/L) and degrees built of capitals and degree syllables (PhD,
# Ph.D., MSc, PharmD, DrPH, MBChB, DPhil); besides, whatever nameparser lists as a suffix.
_CAPS_CRED = re.compile(r"(?:[A-Z]\.?){2,7}(?:[-/](?:[A-Z]\.?){1,5})?")
_DEGREE = re.compile(r"(?:[A-Z]|Ph|Pharm|Psy|Sc|Sci|Ed|Dr|Ch|Phil|Eng|Med|Nurs|Div|Th|Litt?|Mus|Res|Clin|App|"
                     r"Dip|Cert|Hons|Oec|Jur)+")
_GENERATIONS = frozenset("jr jnr junior sr snr senior ii iii iv".split())   # part of the name, not credentials
# Roles after a name ("Member, Scientific Advisory Board", "Senior Editor", "Professor of Medicine"):
# a segment naming an organization, ending in a job noun, or made only of nameparser's titles.
ORG_WORDS = frozenset((
    "board boards department dept university universität universidad université college school faculty "
    "institute institut hospital clinic klinik klinikum center centre council society association foundation "
    "stiftung committee panel team network academy akademie agency ministry laboratory lab program programme "
    "group inc inc. llc ltd gmbh ag corporation company news magazine newspaper press network"
).split())
JOB_WORDS = frozenset((
    "editor editors writer writers reporter correspondent journalist columnist contributor author reviewer "
    "producer photographer director manager officer member fellow professor lecturer researcher scientist "
    "dietitian dietician nutritionist nurse physician pharmacist therapist psychologist coach trainer "
    "specialist consultant advisor adviser chair chairman chairwoman founder co-founder president intern "
    "student resident expert staff redakteur redakteurin autor autorin korrespondent korrespondentin "
    "mitarbeiter mitarbeiterin journalistin rédacteur rédactrice journaliste redactor redactora periodista "
    # the health professions that sign a pharmacy's or practice's posts before the name ("Apothekerin
    # Petra Krämer", "Eczacı Selin Yıldız"); German feminine forms (-in) follow from these
    "apotheker pharmacien pharmacienne farmacéutico farmacéutica farmacêutico farmacêutica farmacista "
    "eczacı eczaci ärztin zahnärztin heilpraktiker physiotherapeut ernährungsberater hebamme"
).split())
ROLE_WORDS = frozenset((
    "editor editors senior chief managing contributing associate staff writer writers reporter correspondent "
    "journalist columnist contributor contributors redakteur redakteurin redaktion autor autorin author authors "
    "freelance freier freie mitarbeiter mitarbeiterin editorial desk online digital reviewer photographer "
    "photo photos video fotos foto text und and the of der die das"
).split())


# A position written before the name, as clinics sign posts ("Врач-кардиолог Попов Дмитрий Сергеевич",
# "Cardiologist Dmitry Popov", "General practitioner Maria Ivanova"): a job noun, known by its ending in
# the languages a health site is written in, ends the position; a Russian academic degree written with it
# ("к.м.н.", "д.м.н.": candidate or doctor of medical sciences) is a credential.
_JOB_ENDING = re.compile(r"(?:olog(?:ist|ue|e)|ician|iatr(?:ist|e|a)?|practitioner|surgeon|doctor|nurse|"
                         r"врач|олог|иатр|терапевт|хирург|медсестра|фельдшер)$", re.I)
_RU_DEGREE = re.compile(r"[кд]\.\s?[а-я]{1,3}\.\s?н\.?", re.I)


def _job_word(word: str) -> bool:
    return any(part in JOB_WORDS or _JOB_ENDING.search(part) or part.endswith("in") and part[:-2] in JOB_WORDS
               for part in word.lower().strip(".,:").split("-") if part)


def _is_position(segment: str) -> bool:
    """A segment that is only a position (and degrees), opening with its job noun: "Врач-педиатр",
    "Cardiologist", "Nurse practitioner"; not a desk's name ("HNN Staff": a name before the noun)."""
    words = segment.split()
    return bool(words) and len(words) <= 4 and _job_word(words[0]) \
        and all(_job_word(w) or _RU_DEGREE.fullmatch(w) or w[:1].islower() for w in words[1:])


def _after_position(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(position words, degrees, the name) of a name written after its holder's position and degrees;
    ([], [], words) when the words do not read so. The name is two or three capitalized words."""
    cut = 0
    for i, word in enumerate(words[:-2] if len(words) > 2 else []):
        if _job_word(word) or _RU_DEGREE.fullmatch(word):
            cut = i + 1
    if len(words) > 2 and _RU_DEGREE.fullmatch(words[0]) and not cut:
        cut = 1
    tail = words[cut:]
    if not cut or not 2 <= len(tail) <= 3 or any(_job_word(w) for w in tail) \
            or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in tail):
        return [], [], words
    head = words[:cut]
    return [w for w in head if not _RU_DEGREE.fullmatch(w)], [w for w in head if _RU_DEGREE.fullmatch(w)], tail


@functools.cache
def _lexicon():
    """nameparser's parser and vocabulary, loaded on first use (the import costs ~70 ms)."""
    from nameparser import HumanName
    from nameparser.config import CONSTANTS

    titles = frozenset(t.lower() for t in CONSTANTS.titles)
    suffixes = frozenset(s.lower().replace(".", "") for s in (*CONSTANTS.suffix_acronyms,
                                                              *CONSTANTS.suffix_not_acronyms))
    return HumanName, titles, suffixes, frozenset(c.lower() for c in CONSTANTS.conjunctions)


def to_text(raw, limit: int = MAX_TEXT) -> str:
    """A value as plain text on one line: tags dropped (a name carrying `<img onerror=...>` keeps only its
    text), entities decoded, whitespace folded, at most `limit` characters."""
    if not isinstance(raw, str):
        return ""
    text = raw[:MAX_RAW]
    if "<" in text or "&" in text:
        text = _TAG.sub(" ", html.unescape(_TAG.sub(" ", text))).replace("<", " ").replace(">", " ")
    text = " ".join(text.split())
    if len(text) > limit:       # cut at a word's end: half a word would read as a name ("Gestaltung Deine")
        text = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return text


def people_in(raw, strict: bool = False) -> list[Person]:
    """The people one byline string names, in order ("By Dr. Jane Roe, MD and Ann Lee, Member, Review
    Board" -> Jane Roe [MD]; Ann Lee, affiliation "Member, Review Board"). strict (text found in the page,
    not declared as an author): every name word must be capitalized."""
    text = _without_contacts(COPYRIGHT.sub("", to_text(raw)))
    by = BY_INSIDE.search(text)
    if by and by.start() > 0:
        text = text[by.end():]
    initials = _INITIALS.match(text)
    if initials and LEAD_IN.match(text[initials.end():]):
        text = text[initials.end():]
    text = LEAD_IN.sub("", text, count=1)
    text = TAIL_CUT.sub("", text, count=1).strip(_SEG_STRIP)
    text = LEAD_IN.sub("", text, count=1)
    text = _without_date_tail(text)
    text = _uninverted_byline(text)
    people: list[Person] = []
    current: Optional[Person] = None
    position = ""           # a position written before the name, in a segment of its own
    for seg in _segments(text):
        # a closing parenthetical is no part of a name or credential: pronouns ("Ann Lee (she/her)"), a
        # specialty ("MD (Dermatology)"), a country ("MRCP(UK)")
        seg = _PAREN_END.sub("", seg.strip(_SEG_STRIP)).strip(_SEG_STRIP)
        if not seg:
            continue
        if seg.count(" ") > 1:                  # "Jill Lawless Associated Press" -> "Jill Lawless"
            name_part = AGENCY_TAIL.sub("", seg)
            seg = name_part if " " in name_part else seg     # ("The Associated Press" stays whole)
        if current is not None and HONORIFICS.match(seg):
            # "Jens Köhler und Dr. med. Anna Weber": a title opens the next person, no role of the last
            nxt = person(seg, strict)
            if nxt is not None and len(nxt.name.split()) > 1:
                current = nxt
                people.append(current)
                continue
        if current is not None:
            # after a name in capitals, "JOHN DOE" is no credential
            creds = _credentials(seg, current.name != current.name.upper())
            if creds:
                current.credentials += creds
                continue
            if _is_role(seg):
                current.affiliation = f"{current.affiliation}, {seg}" if current.affiliation else seg
                continue
        if current is None and not position and _is_position(seg):
            position = seg       # "Врач-педиатр, к.м.н. Кузнецова Елена Викторовна"
            continue
        current = person(seg, strict)
        if current is not None:
            if position and not current.affiliation:
                current.affiliation = position
            position = ""
            people.append(current)
        elif strict and not people:     # a byline names someone first: this is a sentence
            return []
    return merge(people)


def _without_date_tail(text: str) -> str:
    """Text before a date or time that a short word leads in ("Jana Berg um 10:00", "Ana Ruiz el 3 de
    mayo"): a name has no digits, "Bündnis 90/Die Grünen" is left whole (and is no name)."""
    words = text.split()
    for i, word in enumerate(words):
        if i > 1 and any(ch.isdigit() for ch in word) and len(words[i - 1]) <= 3 and words[i - 1].islower():
            j = i - 1
            while j > 0 and len(words[j - 1]) <= 3 and words[j - 1].islower():
                j -= 1
            return " ".join(words[:j])
    return text


# "Roe, Jane", "Roe, Jane A.": a catalogue's surname-first form (Dublin Core creators, Highwire's
# citation_author), one person; not "Roe, MD" (credentials), not "Roe, Lee, Ng" (three names), not
# "ACME, Berlin" (a firm in capitals and its town), not "Redaktion, Team"
_INVERTED = re.compile(r"\s*([A-ZÀ-ÞĀ-Ž][\w'’-]+),\s*((?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\.?\s*){1,3})$")


def _uninverted_byline(text: str) -> str:
    """A byline written surname first with credentials after ("Author: Bell, Marcus, RD", a syndicated
    health library's, a catalogue's; several people apart by ";") as a byline writes it ("Marcus Bell,
    RD"). Only with credentials after: "Smith, Jones" stays two names."""
    parts = []
    for part in text.split(";"):
        segs = [seg.strip() for seg in part.split(",")]
        rest = segs[2:]
        if rest and all(word and _credential_word(word, True) for seg in rest for word in seg.split()):
            head = f"{segs[0]}, {segs[1]}"
            name = uninverted(head)
            if name != head:
                part = ", ".join((name, *rest))
        parts.append(part.strip())
    return "; ".join(parts)


def uninverted(value: str) -> str:
    """A meta tag's "Surname, Given name(s)" written as a byline writes it ("Harm, Robert" ->
    "Robert Harm"); any other value as it is."""
    m = _INVERTED.match(value)
    if not m:
        return value
    surname, given = m.group(1), m.group(2).split()
    words = [w.lower().rstrip(".") for w in (surname, *given)]
    if any(w in ROLE_WORDS or w in JOB_WORDS or w in ORG_WORDS for w in words) or surname.isupper() \
            or any(_credential_word(w, True) for w in (surname, *given)) \
            or len(given) == 1 and len(given[0].rstrip(".")) < 2:
        return value
    return f"{' '.join(given)} {m.group(1)}"


def clean_name(raw, strict: bool = False) -> list[str]:
    """The names alone of people_in()."""
    return [p.name for p in people_in(raw, strict)]


def person(segment: str, strict: bool = False) -> Optional[Person]:
    """One name with what is written around it ("Dr. Jane Roe MD" -> Jane Roe [MD]); None when the
    segment is no person's name."""
    words = HONORIFICS.sub("", segment).split()
    while len(words) > 1 and any(ch.isdigit() for ch in words[-1]):     # "Ana Costa 10" (of "10 May 2021")
        words.pop()
    role, creds, words = _after_position(words)
    # without a comma, capital-letter groups are credentials only when dotted: "Jean DUPONT" is a name
    caps_ok = any(ch.islower() for ch in " ".join(words[:-1]))
    while len(words) > 1 and _credential_word(words[-1], caps_ok and "." in words[-1]):
        creds.insert(0, words.pop())
    name = parse_name(" ".join(words))
    if not looks_like_name(name, strict):
        return None
    return Person(name=name, credentials=creds, affiliation=" ".join(role))


@functools.lru_cache(maxsize=4096)
def parse_name(text: str) -> str:
    """A name without the titles and post-nominals nameparser finds in it ("Prof. Dr. med. Erika
    Mustermann" -> "Erika Mustermann"); the text itself when nameparser finds nothing to take off.
    Plain names ("Jane Roe") skip the parser: it costs about half a millisecond a call."""
    human_name, titles, suffixes, conjunctions = _lexicon()
    words = text.split()
    lowered = [w.lower().strip(".,") for w in words]
    if not any(w in titles or w in suffixes or w in conjunctions for w in lowered) \
            and not any(ch in text for ch in "\"'“”‘’()") and "." not in text:
        return text
    parsed = human_name(text)
    kept = [parsed.first, parsed.middle, parsed.last]
    kept += [s for s in parsed.suffix_list if s.lower().strip(".,") in _GENERATIONS]
    name = " ".join(" ".join(filter(None, kept)).split())
    if not name:
        return text
    if parsed.title and len(name.split()) < 2 and not parsed.title.endswith("."):
        return text       # "Pastor Ralf", "Judge Judy": a one-word rest is not the name on its own
    return name


def _credential_word(word: str, caps_ok: bool) -> bool:
    """A post-nominal: a degree (PhD, MSc), a capital-letter group (MD, FAAD, FNP-BC) when the byline
    is not all capitals, or a suffix nameparser knows (Esq, MD)."""
    bare = word.replace(".", "")
    if len(bare) < 2 or not bare[0].isupper() or len(bare) > 12:       # "V." is an initial
        return False
    low = bare.lower()
    if low in _GENERATIONS:
        return False
    if low in _lexicon()[2]:
        return True
    if _DEGREE.fullmatch(bare) and any(ch.islower() for ch in bare) and len(_DEGREE_PARTS.findall(bare)) > 1:
        return True
    return caps_ok and _CAPS_CRED.fullmatch(word) is not None


_DEGREE_PARTS = re.compile(r"[A-Z][a-z]*")
_PAREN_END = re.compile(r"\s*\([^()]{0,30}(?:\)|$)\s*$")   # a closing parenthetical: pronouns, a note


def _credentials(segment: str, caps_ok: bool) -> list[str]:
    """The credentials a comma-separated segment after a name lists ("MD", "MPH RD"), or []."""
    words = segment.split()
    if words and all(_credential_word(w, caps_ok) for w in words):
        return words
    return []


def _segments(text: str) -> list[str]:
    """A byline split at commas and conjunctions (SPLIT; "A, MD, and B": the serial comma before the
    last name), and at "en" between two full names."""
    out = []
    for seg in SPLIT.split(text):
        parts = _DUTCH_AND.split(seg)
        if len(parts) > 1 and all(len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split()[:1] + p.split()[-1:])
                                  for p in parts):
            out.extend(parts)
        else:
            out.append(seg)
    return out


def _is_role(segment: str) -> bool:
    """A job or an organization written after a name: "Member", "Senior Editor", "Scientific Advisory
    Board", "Professor of Medicine at Yale" (a lower-case word no name has)."""
    words = segment.split()
    if any(ch.isdigit() for ch in segment):     # a date, a time, a count
        return False
    low = [w.lower().strip(".,()") for w in words]
    titles = _lexicon()[1]
    if any(w in ORG_WORDS for w in low) or low[-1] in JOB_WORDS:
        return True
    if all(w in titles or w in ROLE_WORDS for w in low):
        return True
    return any(w[:1].islower() and w.lower() not in PARTICLES for w in words)


def looks_like_name(s: str, strict: bool = False) -> bool:
    words = s.split()
    if not s or len(s) > 60 or len(words) > 5 or NOT_A_NAME.match(s) or not any(ch.isalpha() for ch in s) \
            or _JUNK.search(s):
        return False
    if all(w.lower().strip(".:") in ROLE_WORDS for w in words):
        return s.casefold() in EDITORIAL
    if len(words) == 1:                       # a user name ("jancak", "freeman1984") or a single name
        return not strict or (_capital(s) and not any(ch.isdigit() for ch in s))
    if any(ch.isdigit() for ch in s):
        return False
    if words[0].isalpha() and words[0].islower() and words[0] not in PARTICLES and not s.islower():
        return False        # "deinen Hochzeitsbloggern": a phrase; a name is capitalized, or all lower case
    return not strict or all(_capital(w) or w.lower() in PARTICLES for w in words)


# A Chinese or Japanese name, which has no capitals: two to five Han characters or kana, written whole
# ("山田太郎", "王芳") or family name and given name apart ("山田 はなこ"); a longer run is a phrase.
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,5}")


def _capital(word: str) -> bool:
    """The word is written as a name is: capitalized, or a short run of Chinese or Japanese characters."""
    return word[0].isupper() or (_CJK_NAME.fullmatch(word) is not None and len(word) >= 2 or
                                 len(word) == 1 and "\u4e00" <= word <= "\u9fff")


def _without_contacts(text: str) -> str:
    """Text without e-mail addresses, web addresses and handles (word by word: linear on any input)."""
    if "@" not in text and "://" not in text and "www." not in text.lower() and "(at)" not in text.lower() \
            and "[at]" not in text.lower():
        return text
    text = _AT_WORD.sub("@", text)
    return " ".join(w for w in text.split() if not _CONTACT.match(w))


def merge(people: Iterable[Person], skip: Iterable[str] = ()) -> list[Person]:
    """People once each (by name, case-folded), the first mention completed by later ones' details."""
    seen = {n.casefold(): None for n in skip}
    out: list[Person] = []
    for p in people:
        key = p.name.casefold()
        if key not in seen:
            seen[key] = p
            out.append(p)
        elif seen[key] is not None:
            complete(seen[key], p)
    return out


def complete(p: Person, other: Person) -> None:
    """Fill p's empty credentials and affiliation from another mention of the same person."""
    if not p.credentials and other.credentials:
        p.credentials = list(other.credentials)
    if not p.affiliation and other.affiliation:
        p.affiliation = other.affiliation
