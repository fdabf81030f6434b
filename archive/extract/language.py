"""The language of an article's text, identified from the text itself.

Sites declare one language for every page (`<html lang="en-US">`) while posting some articles in
others: the declared language is kept apart, and the text decides when it is long enough to tell.
The identifier is Google's Compact Language Detector 2 (pycld2): its tables are compiled into the
module, so it costs nothing to load and some 40 µs a page (py3langid took half a second to load
its model in every process, and ten times as long a page).
"""
from __future__ import annotations

import pycld2

MIN_CHARS = 120          # shorter texts are not identified: the declared language stands
SAMPLE_CHARS = 2000      # the text read (the start of the body says enough)
MIN_PERCENT = 60         # the share of the text in the top language below which the declared one stands
# CLD2 still writes a few languages with their withdrawn ISO 639 codes.
_CODES = {"iw": "he", "in": "id", "jw": "jv", "ji": "yi", "zh-Hant": "zh"}


def identify(text: str) -> tuple[str, int]:
    """(ISO 639-1 code, percent of the text in it), or ("", 0) when it is too short or unclear."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS:
        return "", 0
    try:
        reliable, _, details = pycld2.detect(sample.encode("utf-8", "replace").decode("utf-8"))
    except pycld2.error:        # bytes CLD2 will not read (control characters): no verdict
        return "", 0
    name, code, percent, _ = details[0]
    if not reliable or code in ("un", "xxx") or name == "Unknown":
        return "", 0
    return _CODES.get(code, code), percent


def article_language(text: str, declared: str) -> str:
    """The text's language; the declared one (with its region) when they agree or the text cannot tell."""
    code, percent = identify(text)
    if not code or percent < MIN_PERCENT:
        return declared
    if declared.split("-")[0].lower() == code:
        return declared
    return code
