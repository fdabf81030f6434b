"""The language of an article's text, identified from the text itself (py3langid ships its model).

Sites declare one language for every page (`<html lang="en-US">`) while posting some articles in
others: the declared language is kept apart, and the text decides when it is long enough to tell.
"""
from __future__ import annotations

import threading

MIN_CHARS = 120          # shorter texts are not identified: the declared language stands
SAMPLE_CHARS = 400       # the text read (a few sentences say enough; the cost grows with it)
MIN_CONFIDENCE = 0.9     # normalized probability below which the declared language stands

_LOCAL = threading.local()


def _identifier():
    """py3langid's identifier with normalized probabilities, loaded once per thread (the model
    takes a few milliseconds to load)."""
    ident = getattr(_LOCAL, "ident", None)
    if ident is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = _LOCAL.ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return ident


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the text, or ("", 0.0) when it is too short."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS:
        return "", 0.0
    code, confidence = _identifier().classify(sample)
    return code, float(confidence)


def article_language(text: str, declared: str) -> str:
    """The text's language; the declared one (with its region) when they agree or the text cannot tell."""
    code, confidence = identify(text)
    if not code or confidence < MIN_CONFIDENCE:
        return declared
    if declared.split("-")[0].lower() == code:
        return declared
    return code
