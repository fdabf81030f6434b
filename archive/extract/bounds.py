"""How much of a page extraction reads: a bound on what one page can cost.

The parser's time and memory grow with a page's elements (8 MB of tiny elements took 20 s and
550 MB), and libxml2 compares each attribute of a tag with the tag's earlier ones, so one tag
costs the square of its attributes (24,000 attributes: 1.6 s; 300,000: minutes). Before parsing,
a page is cut after MAX_TAGS tags (as many ``<`` as that) or MAX_CHARS characters, and a tag's
attributes after the MAX_ATTRIBUTES-th are dropped. The largest of 710 real pages in the shared
benchmark corpora has 19,437 ``<`` in 1.6 MB, and no tag there comes near 100 attributes. Each
cut is noted in the record's problems.
"""
from __future__ import annotations

import re

MAX_CHARS = 4_000_000
MAX_TAGS = 50_000
MAX_ATTRIBUTES = 256

_WS = "\t\n\f\r "
# One attribute as the HTML tokenizer reads it; possessive throughout, so a search never backtracks
# and each attempt stops at the first '<' or '>' outside a quoted value.
_ATTRIBUTE = (rf"[{_WS}/]++[^{_WS}/>=<\"'][^{_WS}/>=<]*+"
              rf"(?:[{_WS}]*+=[{_WS}]*+(?:\"[^\"]*+\"|'[^']*+'|[^{_WS}>]*+))?+")
_CROWDED_TAG_RE = re.compile(rf"(<[A-Za-z][A-Za-z0-9:_-]*+(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES}}})(?:{_ATTRIBUTE})*+")


def bound_html(html: str, problems: list[str]) -> str:
    """`html` cut to what extraction reads (see the module's docstring), each cut noted in `problems`."""
    tags = html.count("<")
    if tags > MAX_TAGS:
        html = html[:_after_max_tags(html)]
        problems.append(f"page cut for extraction: only its first {MAX_TAGS:,} tags are read (it has {tags:,})")
    if len(html) > MAX_CHARS:
        problems.append(f"page cut for extraction: only its first {MAX_CHARS:,} characters are read "
                        f"(it has {len(html):,})")
        html = html[:MAX_CHARS]
    html, crowded = _CROWDED_TAG_RE.subn(r"\1", html)
    if crowded:
        problems.append(f"1 tag with more than {MAX_ATTRIBUTES} attributes: the rest of its attributes dropped"
                        if crowded == 1 else
                        f"{crowded:,} tags with more than {MAX_ATTRIBUTES} attributes: the rest of their attributes dropped")
    return html


_TAGS_RE = re.compile(rf"(?:[^<]*+<){{{MAX_TAGS}}}[^<]*+")


def _after_max_tags(html: str) -> int:
    """Where the '<' after the first MAX_TAGS starts."""
    match = _TAGS_RE.match(html)
    return match.end() if match else len(html)
