"""Benchmark: crawl every template family of the zoo the way a user does and score the archive
against the generator's own truth.

    python -m bench.sites                       # the eight tuned families, one table
    python -m bench.sites --held-out            # the held-out families, pooled apart
    python -m bench.sites --family ghost        # one family (repeatable)
    python -m bench.sites --json out.json       # also write every figure

The held-out families (``archive.demo.zoo.HELD_OUT``) were built after the extraction work and
are never pooled with the tuned ones: their "overall" is their own.

For each family: serve ``archive.demo.zoo`` on 127.0.0.1, run ``python -m archive.cli crawl
URL/ --db TMP -s AUTOTHROTTLE_ENABLED=False -s DOWNLOAD_DELAY=0`` (with ``--max-pages`` at
``CAP`` times the family's real pages, so a trap cannot run forever), then read the archive with
sqlite3. Archive rows are matched to truth by URL (``articles.url``, else ``fetched_url``; the path
with its query first, then without it).

Figures (field figures are over the truth articles that were archived; "overall" pools the
families' counts):
- recall: truth articles archived / truth articles. non-art: ``articles`` rows that are no truth
  article (listings, pages, traps, 404s) / rows.
- title: exact after whitespace folding. authors: equal sets of names, each lower-cased with
  honorifics (Dr., Prof.) and punctuation dropped ("Ana Costa, MD" stays wrong). date:
  ``published[:10]``. tags, cats: equal sets, case-folded.
- RA-P / RA-R: ``related_links`` of archived articles whose URL, or the archived article it leads to
  (``target_id``: a link by an alias or a portlet URL), is a truth related URL / rows; truth related
  URLs found / truth related URLs.
- body-F1: bag-of-words F1 per article (lower-cased word tokens, multiset overlap of
  ``body_text`` with the truth body), averaged.
- videos: truth video URLs of archived articles found in ``embeds`` (same provider video id).
- lang: non-English archived articles whose ``language`` starts with the truth code.
- cite-P / cite-R: ``citations`` URLs that are truth references / rows, and the converse;
  own-cite: citation rows pointing at the zoo site itself (should be 0).
- reviewer-false: articles with ``reviewed_by`` where the page names no reviewer.
- req/page: ``fetches`` rows that asked something (not ``blocked``: refused by robots.txt or scope
  before any request) / truth pages (articles, listings, pages, feeds, sitemaps; traps excluded);
  trap-req: fetches of trap URLs.
- learn: title, authors, date, tags, cats and body-F1 over the first 10 archived articles (by
  ``articles.id``) and over the rest, to show what learning a site's template buys.
Each figure is flagged against issue 12's targets; a table or column the archive lacks scores 0
and is reported as missing.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

from archive.demo.zoo import FAMILIES, HELD_OUT, TUNED, start_zoo_server, truth, video_id

ROOT = Path(__file__).resolve().parent.parent
CAP = 10              # --max-pages = CAP x the family's real pages
TIMEOUT = 900         # seconds per crawl
COLUMN = 12           # width of a family's column in the printed table
TRAP_FAMILIES = {f for f, cls in FAMILIES.items() if cls.trap_patterns}
TARGETS = {           # name -> (comparison, bound); from issue 12
    "recall": (">=", 0.98), "non_articles": ("<=", 0.02), "title": (">=", 0.97), "authors": (">=", 0.97),
    "date": (">=", 0.97), "tags": (">=", 0.95), "categories": (">=", 0.95), "related_p": (">=", 0.95),
    "related_r": (">=", 0.95), "body_f1": (">=", 0.97), "videos": (">=", 0.9), "language": (">=", 0.9),
    "own_citations": ("<=", 0), "reviewer_false": ("<=", 0), "requests_per_page": ("<=", 3.0),
}
ROWS = [("recall", "recall"), ("non_articles", "non-art"), ("title", "title"), ("authors", "authors"),
        ("date", "date"), ("tags", "tags"), ("categories", "cats"), ("related_p", "RA-P"), ("related_r", "RA-R"),
        ("body_f1", "body-F1"), ("videos", "videos"), ("language", "lang"), ("citations_p", "cite-P"),
        ("citations_r", "cite-R"), ("own_citations", "own-cite"), ("reviewer_false", "rev-false"),
        ("requests_per_page", "req/page"), ("trap_requests", "trap-req")]
SOURCES = {"videos": "embeds", "language": "articles.language", "related_p": "related_links",
           "related_r": "related_links", "citations_p": "citations", "citations_r": "citations",
           "own_citations": "citations", "requests_per_page": "fetches", "trap_requests": "fetches"}
LEARN_FIELDS = ("title", "authors", "date", "tags", "categories", "body_f1")
_HONORIFIC = re.compile(r"^(dr|prof|mr|mrs|ms)\.?\s+", re.I)
# Words, and each Chinese or Japanese character on its own: those scripts put no space between words,
# so a run of them between punctuation would be one "word" and one changed character would miss a clause.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+", re.UNICODE)


# -- running a crawl ----------------------------------------------------------------------------

def crawl(family: str, workdir: Path) -> dict:
    """Serve ``family``, crawl it into a fresh archive; returns the archive path, base URL and run facts."""
    db = workdir / f"{family}.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    cap = CAP * len(truth(family)["pages"])
    with start_zoo_server(family) as server:
        cmd = [sys.executable, "-m", "archive.cli", "crawl", server.base_url + "/", "--db", str(db),
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "--max-pages", str(cap)]
        started = time.monotonic()
        try:
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
            status, tail = proc.returncode, (proc.stderr.strip().splitlines() or [""])[-1]
        except subprocess.TimeoutExpired:
            status, tail = "timeout", f"crawl still running after {TIMEOUT}s"
        return {"db": db, "base_url": server.base_url, "exit_status": status, "last_line": tail[:200],
                "seconds": round(time.monotonic() - started, 1), "served": len(server.requests), "cap": cap}


# -- reading the archive ------------------------------------------------------------------------

class Archive:
    """Read-only view of one archive that tolerates missing tables and columns."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if path.exists() else sqlite3.connect(":memory:")
        self.missing: set[str] = set()

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"pragma table_info({table})")}

    def rows(self, table: str, cols: list[str], order: str = "") -> list[dict]:
        """Rows of ``table`` with ``cols``; absent columns come back as None and are noted."""
        have = self.columns(table)
        if not have:
            self.missing.add(table)
            return []
        self.missing.update(f"{table}.{c}" for c in cols if c not in have)
        select = ", ".join(c if c in have else f"null as {c}" for c in cols)
        sql = f"select {select} from {table}" + (f" order by {order}" if order else "")
        return [dict(zip(cols, row)) for row in self.conn.execute(sql)]


def truth_key(url: str | None, keys) -> str | None:
    """The truth path of a URL: path with its query, then the path alone, each with and without a
    trailing slash."""
    if not url:
        return None
    parts = urlsplit(url)
    path = parts.path or "/"
    for candidate in ([f"{path}?{parts.query}"] if parts.query else []) + [path]:
        for variant in (candidate, candidate.rstrip("/") or "/", candidate + "/"):
            if variant in keys:
                return variant
    return None


# -- comparing ----------------------------------------------------------------------------------

def fold(text) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text or "")).split())


def name_key(name: str) -> str:
    text = _HONORIFIC.sub("", fold(name))
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())


def as_list(value) -> list:
    if value in (None, ""):
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def same_set(got, want, key=lambda s: fold(s).casefold()) -> bool:
    return {key(x) for x in as_list(got) if str(x).strip()} == {key(x) for x in want}


def bag_f1(got: str | None, want: str) -> float:
    a, b = Counter(_WORD.findall((got or "").lower())), Counter(_WORD.findall(want.lower()))
    overlap = sum((a & b).values())
    if not a or not b or not overlap:
        return 1.0 if not a and not b else 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def url_key(url: str) -> str:
    parts = urlsplit(unquote(url.strip()))
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


class Tally:
    """Numerators and denominators, so families pool into an overall figure."""

    def __init__(self):
        self.num: Counter = Counter()
        self.den: Counter = Counter()

    def add(self, name: str, hit: float, total: float = 1) -> None:
        self.num[name] += hit
        self.den[name] += total

    def value(self, name: str) -> float | None:
        return self.num[name] / self.den[name] if self.den[name] else None

    def merge(self, other: "Tally") -> None:
        self.num.update(other.num)
        self.den.update(other.den)


def field_scores(row: dict, want: dict) -> dict[str, float]:
    return {
        "title": float(fold(row["title"]) == fold(want["title"])),
        "authors": float(same_set(row["authors"], want["authors"], key=name_key)),
        "date": float(str(row["published"] or "")[:10] == want["published"]),
        "tags": float(same_set(row["tags"], want["tags"])),
        "categories": float(same_set(row["categories"], want["categories"])),
        "body_f1": bag_f1(row["body_text"], want["body"]),
    }


def score(family: str, db: Path, base_url: str) -> dict:
    """Every figure for one crawled family (see the module docstring)."""
    from archive.demo.zoo import build
    site, want = build(family, base_url), truth(family)
    arts, pages = want["articles"], want["pages"]
    archive = Archive(db)
    rows = archive.rows("articles_full", ["id", "url", "fetched_url", "title", "authors", "published", "tags",
                                     "categories", "body_text", "language", "reviewed_by"], order="id")
    tally, first, rest = Tally(), Tally(), Tally()
    matched: dict[int, str] = {}
    kinds = Counter()
    for row in rows:
        key = truth_key(row["url"], arts) or truth_key(row["fetched_url"], arts)
        if key is None or key in matched.values():
            kinds["duplicate" if key else site.classify(_target(row["url"]))] += 1
            continue
        matched[row["id"]] = key
        scores = field_scores(row, arts[key])
        for name, value in scores.items():
            tally.add(name, value)
            (first if len(matched) <= 10 else rest).add(name, value)
        if arts[key]["language"] != "en":
            tally.add("language", float(str(row["language"] or "").lower().startswith(arts[key]["language"])))
        tally.add("reviewer_false", float(bool(as_list(row["reviewed_by"])) and not arts[key]["reviewer"]), 0)
    tally.add("recall", len(matched), len(arts))
    tally.add("non_articles", len(rows) - len(matched), len(rows))
    related_scores(archive, matched, arts, tally)
    embed_scores(archive, matched, arts, tally)
    citation_scores(archive, matched, arts, tally, urlsplit(base_url).netloc)
    # a row refused before any request (robots.txt, another site, a private address) asked nothing
    fetches = [f for f in archive.rows("fetches", ["url", "outcome"]) if f["outcome"] != "blocked"]
    trap_fetches = sum(site.classify(_target(f["url"])) == "trap" for f in fetches)
    tally.add("requests_per_page", len(fetches), len(pages))
    tally.add("trap_requests", trap_fetches, 0)
    return {"tally": tally, "first": first, "rest": rest, "non_article_kinds": dict(kinds),
            "missing": sorted(archive.missing), "archived": len(matched), "truth_articles": len(arts),
            "rows": len(rows), "fetches": len(fetches), "truth_pages": len(pages)}


def _target(url: str | None) -> str:
    parts = urlsplit(url or "")
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def related_scores(archive: Archive, matched: dict, arts: dict, tally: Tally) -> None:
    got: dict[int, set] = {}
    for row in archive.rows("related_links", ["article_id", "url", "target_id"]):
        if row["article_id"] in matched:     # a link is to the article it leads to (an alias, a portlet URL)
            key = truth_key(row["url"], arts) or matched.get(row["target_id"]) or row["url"]
            got.setdefault(row["article_id"], set()).add(key)
    for article_id, key in matched.items():
        want, have = set(arts[key]["related"]), got.get(article_id, set())
        tally.add("related_p", len(have & want), len(have))
        tally.add("related_r", len(have & want), len(want))


def embed_scores(archive: Archive, matched: dict, arts: dict, tally: Tally) -> None:
    got: dict[int, set] = {}
    for row in archive.rows("embeds", ["article_id", "url"]):
        got.setdefault(row["article_id"], set()).add(video_id(row["url"] or "") or row["url"])
    for article_id, key in matched.items():
        for url in arts[key]["embeds"]:
            tally.add("videos", float(video_id(url) in got.get(article_id, set())))


def citation_scores(archive: Archive, matched: dict, arts: dict, tally: Tally, host: str) -> None:
    got: dict[int, set] = {}
    for row in archive.rows("citations", ["article_id", "url"]):
        url = row["url"] or ""
        if urlsplit(url).netloc in (host, "") and url:
            tally.add("own_citations", 1, 0)
        if row["article_id"] in matched:
            got.setdefault(row["article_id"], set()).add(url_key(url))
    for article_id, key in matched.items():
        want, have = {url_key(u) for u in arts[key]["citations"]}, got.get(article_id, set())
        tally.add("citations_p", len(have & want), len(have))
        tally.add("citations_r", len(have & want), len(want))


# -- reporting ----------------------------------------------------------------------------------

def figure(tally: Tally, name: str) -> float | None:
    if name in ("own_citations", "reviewer_false", "trap_requests"):
        return tally.num[name]
    return tally.value(name)


def verdict(name: str, value, family: str | None) -> str:
    if name not in TARGETS or value is None:
        return ""
    if name == "requests_per_page" and family not in TRAP_FAMILIES and family != "overall":
        return ""
    op, bound = TARGETS[name]
    return "" if (value >= bound if op == ">=" else value <= bound) else "!"


def cell(name: str, value, family: str | None, missing=()) -> str:
    if SOURCES.get(name) in missing:
        return "missing"
    if value is None:
        return "-"
    text = f"{value:.0f}" if name in ("own_citations", "reviewer_false", "trap_requests") else (
        f"{value:.2f}" if name == "requests_per_page" else f"{value:.3f}")
    return text + verdict(name, value, family)


def table(results: dict, overall: Tally) -> str:
    names = list(results)
    head = f"{'':10}" + "".join(f"{n:>{COLUMN}}" for n in names) + f"{'overall':>{COLUMN}}  target"
    lines = [head]
    for name, label in ROWS:
        target = TARGETS.get(name)
        values = [cell(name, figure(results[f]["tally"], name), f, results[f]["missing"]) for f in names]
        values.append(cell(name, figure(overall, name), "overall"))
        lines.append(f"{label:10}" + "".join(f"{v:>{COLUMN}}" for v in values)
                     + (f"  {target[0]} {target[1]}" if target else ""))
    for field in LEARN_FIELDS:
        values = [f"{_fmt(results[f]['first'].value(field))}/{_fmt(results[f]['rest'].value(field))}" for f in names]
        lines.append(f"{'learn:' + field[:4]:10}" + "".join(f"{v:>{COLUMN}}" for v in values))
    return "\n".join(lines)


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def to_json(results: dict, overall: Tally) -> dict:
    out = {"families": {}, "overall": {name: figure(overall, name) for name, _ in ROWS}, "targets": TARGETS}
    for family, r in results.items():
        out["families"][family] = {
            **{name: figure(r["tally"], name) for name, _ in ROWS},
            "learn_first10": {f: r["first"].value(f) for f in LEARN_FIELDS},
            "learn_rest": {f: r["rest"].value(f) for f in LEARN_FIELDS},
            **{k: v for k, v in r.items() if k not in ("tally", "first", "rest", "db")},
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Crawl the template zoo and score the archive against its truth.")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only this family (repeatable)")
    parser.add_argument("--held-out", action="store_true",
                        help=f"the held-out families ({', '.join(sorted(HELD_OUT))}) instead of the tuned ones")
    parser.add_argument("--json", metavar="OUT", help="write every figure to this JSON file")
    parser.add_argument("--keep", metavar="DIR", help="keep the archives in this directory")
    args = parser.parse_args(argv)
    families = args.family or (sorted(HELD_OUT) if args.held_out else list(TUNED))
    if set(families) & HELD_OUT and set(families) - HELD_OUT:
        parser.error("held-out and tuned families are scored apart: run them separately")
    results, overall = {}, Tally()
    with tempfile.TemporaryDirectory(prefix="bench-sites-") as tmp:
        workdir = Path(args.keep or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for family in families:
            run = crawl(family, workdir)
            result = {**run, **score(family, run["db"], run["base_url"])}
            results[family] = result
            overall.merge(result["tally"])
            print(f"{family}: exit {run['exit_status']} in {run['seconds']}s, {result['fetches']} fetches "
                  f"(served {run['served']}, cap {run['cap']}), {result['rows']} article rows, "
                  f"{result['archived']}/{result['truth_articles']} truth articles archived; "
                  f"non-articles {result['non_article_kinds'] or '{}'}"
                  + (f"; missing: {', '.join(result['missing'])}" if result["missing"] else ""), flush=True)
    kind = "held-out" if set(families) <= HELD_OUT else "tuned"
    print(f"\n{kind} families; load average {os.getloadavg()[0]:.1f} (figures are per crawl, not speeds)")
    print(table(results, overall))
    print("\n'!' misses issue 12's target; '-' no data; req/page is held to its target on trap families "
          f"({', '.join(sorted(TRAP_FAMILIES))}) only. learn: first 10 archived articles / the rest.")
    if args.json:
        Path(args.json).write_text(json.dumps(to_json(results, overall), indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
