"""The two halves of a shared benchmark (tune on half A, report half B too), and its scorer.

A page belongs to half A when the SHA-1 of its id (the file stem) ends in an even hex digit, else
to half B: fixed for a page whatever else the corpus holds, and about even.
"""
from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path


def half_of(page_id: str) -> str:
    """ "a" or "b"."""
    return "a" if int(hashlib.sha1(page_id.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "b"


def split(ids) -> dict[str, list]:
    """{"a": [...], "b": [...]} of the given ids, order kept."""
    halves: dict[str, list] = {"a": [], "b": []}
    for page_id in ids:
        halves[half_of(page_id)].append(page_id)
    return halves


def load_scorer(corpus: Path, name: str):
    """The corpus's scorer, module ``name`` (score_extraction, score_metadata) from the file
    ``name``.py in the corpus directory's parent."""
    path = corpus.resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
