"""Word diffs between article versions, as escaped HTML, in time linear in the text they compare.

Word matching (difflib) grows much faster than the text: two versions of one 50,000-word
paragraph took two minutes. So a diff compares at most MAX_DIFF_WORDS words of each version,
matches paragraphs, then sentences, and matches words only inside changed runs of at most
MAX_WORD_DIFF words; a longer run that cannot be split is shown replaced whole.
"""
from __future__ import annotations

import difflib
import re
from itertools import zip_longest
from typing import Optional

from markupsafe import Markup, escape

#: Words of each version a diff compares; past them the page says the diff was cut.
MAX_DIFF_WORDS = 10_000
#: Words (old + new) matched word by word at once (~7 ms of difflib at this size).
MAX_WORD_DIFF = 1_000
#: Above this many items (old + new) SequenceMatcher uses its popular-item heuristic:
#: exact matching is quadratic (~1 s for two 6,000-item lists), the heuristic ~100x faster.
MAX_EXACT_DIFF = 3_000
DIFF_CONTEXT_WORDS = 12
DIFF_TAGS = {"delete": "del", "insert": "ins"}
_WORD = re.compile(r"\S+\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…] )")

Segments = list[tuple[str, list[str]]]


def cut_words(text: Optional[str], limit: int = MAX_DIFF_WORDS) -> tuple[str, bool]:
    """The first ``limit`` words of ``text``, and whether anything was cut."""
    text = text or ""
    for n, match in enumerate(re.finditer(r"\S+", text), 1):
        if n == limit:
            rest = text[match.end():]
            return text[: match.end()], bool(rest.strip())
    return text, False


def _paragraphs(text: str) -> list[str]:
    """Non-blank lines, their spacing normalized, each ending in the newline that separates them."""
    return [" ".join(line.split()) + "\n" for line in text.splitlines() if line.strip()]


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, each keeping the space (or the paragraph's newline) after it."""
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def _words(units: list[str]) -> list[str]:
    return _WORD.findall("".join(units))


def _opcodes(a: list[str], b: list[str]):
    autojunk = len(a) + len(b) > MAX_EXACT_DIFF
    return difflib.SequenceMatcher(None, a, b, autojunk=autojunk).get_opcodes()


def diff_segments(before: Optional[str], after: Optional[str]) -> Segments:
    """``(op, words)`` runs, op equal/delete/insert. Paragraphs are matched first and words only
    inside changed paragraphs: fast on long articles, and edits stay within their paragraph."""
    return _merge(_matched(_paragraphs(before or ""), _paragraphs(after or "")))


def _matched(a: list[str], b: list[str]) -> Segments:
    segments: Segments = []
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        segments += [("equal", _words(b[j1:j2]))] if op == "equal" else _changed(a[i1:i2], b[j1:j2])
    return segments


def _changed(old: list[str], new: list[str]) -> Segments:
    """A changed run of units (paragraphs or sentences): word by word when small enough, else
    unit by unit, else sentence by sentence, else replaced whole."""
    old_words, new_words = _words(old), _words(new)
    if len(old_words) + len(new_words) <= MAX_WORD_DIFF:
        return _word_segments(old_words, new_words)
    if len(old) > 1 or len(new) > 1:
        segments: Segments = []
        for before, after in zip_longest(old, new):
            segments += _changed([before] if before else [], [after] if after else [])
        return segments
    old_sentences, new_sentences = _sentences("".join(old)), _sentences("".join(new))
    if len(old_sentences) > 1 or len(new_sentences) > 1:
        return _matched(old_sentences, new_sentences)
    return [("delete", old_words), ("insert", new_words)]


def _word_segments(old: list[str], new: list[str]) -> Segments:
    # Words are compared without their spacing, so a re-wrapped line is not an edit.
    segments = []
    for op, i1, i2, j1, j2 in _opcodes([w.strip() for w in old], [w.strip() for w in new]):
        if op == "equal":
            segments.append(("equal", new[j1:j2]))
        else:
            segments += [("delete", old[i1:i2]), ("insert", new[j1:j2])]
    return segments


def _merge(segments: Segments) -> Segments:
    """Drop empty runs and join neighbours with the same op."""
    merged: Segments = []
    for op, words in segments:
        if not words:
            continue
        if merged and merged[-1][0] == op:
            merged[-1][1].extend(words)
        else:
            merged.append((op, list(words)))
    return merged


def diff_html(before: Optional[str], after: Optional[str]) -> Markup:
    """Diff of two texts as escaped HTML with <ins>/<del>, long unchanged runs shortened to …;
    empty when the words are the same."""
    segments = diff_segments(before, after)
    if all(op == "equal" for op, _ in segments):
        return Markup("")
    parts = []
    for n, (op, words) in enumerate(segments):
        if op == "equal":
            parts.append(_context(words, first=n == 0, last=n == len(segments) - 1))
        else:
            tag = DIFF_TAGS[op]
            parts.append(Markup(f"<{tag}>{{}}</{tag}>").format("".join(words)))
    return Markup("").join(parts)


def _context(words: list[str], first: bool, last: bool) -> Markup:
    """Unchanged words around a change; only DIFF_CONTEXT_WORDS of them on each side are kept."""
    keep = DIFF_CONTEXT_WORDS
    head = [] if first else words[:keep]
    tail = [] if last else words[-keep:]
    if len(words) <= len(head) + len(tail):
        return escape("".join(words))
    gap = Markup('<span class="diff-gap">…</span> ')
    return escape("".join(head)) + gap + escape("".join(tail))


def version_history(versions: list[dict], with_diffs: int) -> list[dict]:
    """``versions`` newest first, as the page lists them; the first ``with_diffs`` get a diff
    against the version listed after them (their predecessor), when its text is there."""
    history = []
    for index, (after, before) in enumerate(zip(versions, [*versions[1:], None])):
        diff, cut = None, False
        if before is not None and index < with_diffs:
            (old, old_cut), (new, new_cut) = cut_words(before["body_text"]), cut_words(after["body_text"])
            diff, cut = diff_html(old, new), old_cut or new_cut
        history.append({
            "version": after["version"],
            "fetched_at": after["fetched_at"],
            "crawl_id": after["crawl_id"],
            "title": after["title"],
            "first": after["version"] == 1,
            "title_before": before["title"] if before and before["title"] != after["title"] else None,
            "diff": diff,
            "diff_cut": cut,
        })
    return history
