"""Word diffs between article versions, as escaped HTML, in time linear in the text they compare.

Word matching (difflib) grows much faster than the text: two versions of one 50,000-word
paragraph took two minutes. So a diff compares at most MAX_DIFF_WORDS words of each version,
matches paragraphs, then sentences, and matches words only inside changed runs of at most
MAX_WORD_DIFF words; a longer run that cannot be split is shown replaced whole.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
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
#: Paragraphs or sentences (old + new) difflib matches between two anchors (~0.1 s at worst).
MAX_MATCHED_UNITS = 1_500
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


def _unit_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes (equal or not) between two lists of paragraphs or sentences.

    difflib alone is quadratic when many short matches tie (a change every few paragraphs: 7 s
    for 10,000 lines), so units found once in each list anchor the match first (patience diff)
    and difflib only matches the gaps between anchors; a gap of more than MAX_MATCHED_UNITS
    units is left unmatched (shown replaced).
    """
    blocks = []
    i = j = 0
    for ai, bj in _anchors(a, b):
        blocks += _gap_blocks(a, b, i, ai, j, bj) + [(ai, bj, 1)]
        i, j = ai + 1, bj + 1
    blocks += _gap_blocks(a, b, i, len(a), j, len(b))
    opcodes = []
    i = j = 0
    for ai, bj, size in [*blocks, (len(a), len(b), 0)]:
        if i < ai or j < bj:
            opcodes.append(("replace", i, ai, j, bj))
        if size:
            opcodes.append(("equal", ai, ai + size, bj, bj + size))
        i, j = ai + size, bj + size
    return opcodes


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """(i, j) of the units that occur once in ``a`` and once in ``b``, the longest run of them in
    the same order in both (O(n log n))."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {unit: j for j, unit in enumerate(b) if count_b[unit] == 1}
    pairs = [(i, where_b[unit]) for i, unit in enumerate(a) if count_a[unit] == 1 and unit in where_b]
    tails: list[int] = []   # tails[k]: index in pairs ending the best run of length k + 1
    before = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = _bisect(pairs, tails, j)
        before[n] = tails[k - 1] if k else -1
        tails[k:k + 1] = [n]
    run, n = [], tails[-1] if tails else -1
    while n != -1:
        run.append(pairs[n])
        n = before[n]
    return run[::-1]


def _bisect(pairs: list[tuple[int, int]], tails: list[int], j: int) -> int:
    """The first run length whose last pair's j is not below ``j``."""
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs[tails[mid]][1] < j:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _gap_blocks(a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int) -> list[tuple[int, int, int]]:
    """difflib's matching blocks between two anchors, in list positions."""
    if alo == ahi or blo == bhi or (ahi - alo) + (bhi - blo) > MAX_MATCHED_UNITS:
        return []
    matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
    return [(alo + i, blo + j, size) for i, j, size in matcher.get_matching_blocks() if size]


def diff_segments(before: Optional[str], after: Optional[str]) -> Segments:
    """``(op, words)`` runs, op equal/delete/insert. Paragraphs are matched first and words only
    inside changed paragraphs: fast on long articles, and edits stay within their paragraph."""
    return _merge(_matched(_paragraphs(before or ""), _paragraphs(after or "")))


def _matched(a: list[str], b: list[str]) -> Segments:
    segments: Segments = []
    for op, i1, i2, j1, j2 in _unit_opcodes(a, b):
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


def changed_passages(before: Optional[str], after: Optional[str], limit: int = 3) -> list[str]:
    """The first ``limit`` changed passages of ``after`` as plain text for a notification: a few
    words either side, what went in ``[-…-]`` and what came in ``{+…+}``."""
    old, _ = cut_words(before)
    new, _ = cut_words(after)
    segments = diff_segments(old, new)
    passages: list[str] = []
    keep = DIFF_CONTEXT_WORDS // 2
    n = 0
    while n < len(segments) and len(passages) < limit:
        if segments[n][0] == "equal":
            n += 1
            continue
        start = n
        while n < len(segments) and segments[n][0] != "equal":
            n += 1
        lead = segments[start - 1][1][-keep:] if start > 0 else []
        tail = segments[n][1][:keep] if n < len(segments) else []
        parts = ["".join(lead)]
        for op, words in segments[start:n]:
            text = "".join(words).strip()
            parts.append(f"[-{text}-] " if op == "delete" else f"{{+{text}+}} ")
        parts.append("".join(tail))
        passages.append(("… " if lead else "") + "".join(parts).strip() + (" …" if tail else ""))
    return passages
