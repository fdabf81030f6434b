"""Benchmark: publication date, authors and headline of our extractor against peers on labelled pages.

    python -m bench.metadata --corpus ../shared/bench/metadata            # full table
    python -m bench.metadata --corpus ../shared/bench/metadata --only ours --worst date
    python -m bench.metadata --only ours --only ours-full --repeat 3      # timing on a busy machine
    python -m bench.metadata --half a --only ours --worst date            # tune on half A only

Halves: a page belongs to half A when the SHA-1 of its id (the file stem, UTF-8) read as a hexadecimal
number is even, to half B when it is odd (301 and 319 of the 620 pages). Tune on A; look at B only to
report how the rules generalize. Without --half both halves run and the table gives A, B and all;
--worst then lists misses of half A only.

Pages are decoded the way Scrapy decodes a response (archive.extract.decode) and parsed as the product does,
loaded into memory once, then each extractor runs over all of them in one process. Scores come
from the corpus's own scorer (score_metadata.py beside the corpus directory); predictions are
written to bench/out/metadata-<extractor>.jsonl.
"""
from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import re
import sys
import time
import warnings
from pathlib import Path

import lxml.html

from bench.halves import half_of, load_scorer

OUT = Path(__file__).resolve().parent / "out"
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def decode(body: bytes, content_type: str | None = None) -> str:
    """Bytes to text exactly as the crawler does (the one decode path, archive.extract.decode)."""
    from archive.extract.decode import decode_html

    return decode_html(body, content_type)[0]  # (text, encoding)


def parse(html: str):
    """The lxml root the product parses (archive.extract.core.parse_html when present)."""
    try:
        from archive.extract.core import parse_html
    except ImportError:
        return lxml.html.fromstring(_XML_DECL.sub("", html, count=1) or "<html></html>")
    return parse_html(html, [])


def load_pages(corpus: Path, limit: int | None = None, half: str | None = None):
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    pages = []
    ids = [pid for pid in sorted(truth) if half is None or half_of(pid) == half]
    for pid in ids[:limit]:
        body = gzip.decompress((corpus / "pages" / f"{pid}.html.gz").read_bytes())
        pages.append((pid, truth[pid].get("url") or "", decode(body)))
    return truth, pages


# --- extractors: each returns (version, fn(html, url) -> {"published", "authors", "title"}) --------------

def ours():
    from archive.extract.metadata import extract_metadata

    def run(html, url):
        tree = parse(html)
        return extract_metadata(tree, url) if tree is not None else {}

    return "working tree", run


def ours_full():
    try:
        from archive.extract.core import extract_article
    except ImportError:
        return None

    def run(html, url):
        art = extract_article(html, url)
        return {"published": art.published, "authors": art.authors, "title": art.title}

    return "working tree", run


def trafilatura_meta():
    import trafilatura
    from trafilatura.metadata import extract_metadata

    def run(html, url):
        doc = extract_metadata(html, default_url=url)
        if doc is None:
            return {}
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return {"published": doc.date, "authors": authors, "title": doc.title}

    return trafilatura.__version__, run


def htmldate_find():
    import htmldate
    from htmldate import find_date

    def run(html, url):
        return {"published": find_date(html, url=url, extensive_search=True, original_date=True)}

    return htmldate.__version__, run


def newspaper():
    # tldextract (used by newspaper) would fetch the public suffix list over the network on every
    # call when offline; an empty URL list makes it use its bundled snapshot.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    try:
        import newspaper
    except ImportError:
        return None

    def run(html, url):
        art = newspaper.Article(url or "http://example.com/", fetch_images=False)  # no network
        art.download(input_html=html)
        art.parse()
        date = art.publish_date.isoformat() if art.publish_date else None
        return {"published": date, "authors": list(art.authors), "title": art.title}

    return newspaper.__version__, run


EXTRACTORS = {
    "ours": ours,
    "ours-full": ours_full,
    "htmldate": htmldate_find,
    "trafilatura": trafilatura_meta,
    "newspaper4k": newspaper,
}


def run_extractor(name, fn, pages):
    """Predictions by page id, wall-clock seconds by page id, pages that raised."""
    preds, seconds, errors = {}, {}, 0
    clock = time.perf_counter
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")       # peers warn per page (dateutil time zones, nltk missing)
        for pid, url, html in pages:
            start = clock()
            try:
                out = fn(html, url) or {}
            except Exception as exc:  # a peer crashing on one page must not stop the benchmark
                errors += 1
                out = {"error": f"{type(exc).__name__}: {exc}"[:200]}
            seconds[pid] = clock() - start
            preds[pid] = out
    return preds, seconds, errors


def write_preds(name, pages, preds):
    OUT.mkdir(exist_ok=True)
    path = OUT / f"metadata-{name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for pid, url, _ in pages:
            row = {"id": pid, "url": url}
            row.update({k: v for k, v in preds[pid].items() if _jsonable(v)})
            f.write(json.dumps(row, ensure_ascii=False, default=_plain) + "\n")
    return path


def _plain(value):
    """Records inside a prediction (metadata's people are record.Person) as their fields."""
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else str(value)


def _jsonable(v):
    return v is None or isinstance(v, (str, int, float, bool, list, dict))


def table(rows):
    """One row per extractor and half; extractors ranked worst-first by the sum of their three scores over
    all the pages they ran (a field an extractor lacks counts 0)."""
    total = lambda r: sum(r[k] or 0 for k in ("date", "authors", "title"))
    rank = {r["name"]: total(r) for r in rows if r["half"] in ("all", "a", "b")}
    f = lambda v: "   -  " if v is None else f"{v:6.3f}"
    lines = [f"{'extractor':<14} {'version':<14} {'half':<4} {'date':>6} {'authors':>7} {'headline':>8} "
             f"{'pages/s':>8} {'ms/page':>8}"]
    for r in sorted(rows, key=lambda r: (rank[r["name"]], r["name"], r["half"] == "all", r["half"])):
        speed = f"{r['pps']:8.1f} {r['ms']:8.2f}" if r["pps"] else f"{'':8} {'':8}"
        lines.append(f"{r['name']:<14} {r['version'][:14]:<14} {r['half']:<4} {f(r['date'])} "
                     f"{f(r['authors']):>7} {f(r['title']):>8} {speed}")
    return "\n".join(lines)


def worst(field, truth, preds, scorer, limit):
    """Our misses for one field: id, url, truth, prediction (and where the date came from)."""
    for pid, t in truth.items():
        p = preds.get(pid, {})
        if field == "date" and t.get("published"):
            got = scorer.pred_date(p)
            if got != t["published"]:
                print(f"{pid} {t['url'][:90]}\n   truth {t['published']}  got {got} ({p.get('published_source')})"
                      f"  modified {p.get('modified')} ({p.get('modified_source')})")
                limit -= 1
        elif field == "authors" and t.get("authors"):
            got = scorer.pred_authors(p)
            if scorer.canon_authors(got) != scorer.canon_authors(t["authors"]):
                print(f"{pid} {t['url'][:90]}\n   truth {t['authors']}  got {got}")
                limit -= 1
        elif field == "title" and t.get("title"):
            got = p.get("title")
            if scorer.ws(str(got or "")) != scorer.ws(t["title"]):
                print(f"{pid} {t['url'][:90]}\n   truth {t['title']!r}\n   got   {got!r}")
                limit -= 1
        if limit <= 0:
            break


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="../shared/bench/metadata", help="directory with truth.json and pages/")
    ap.add_argument("--only", action="append", choices=sorted(EXTRACTORS), help="run only these (repeatable)")
    ap.add_argument("--half", choices=("a", "b"), help="only this half of the corpus (default: both, scored apart)")
    ap.add_argument("--limit", type=int, help="first N pages only")
    ap.add_argument("--worst", choices=("date", "authors", "title"), help="list our misses for this field")
    ap.add_argument("--worst-limit", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=1, help="run each extractor N times, report the fastest")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    scorer = load_scorer(corpus, "score_metadata")
    truth, pages = load_pages(corpus, args.limit, args.half)
    truth = {pid: truth[pid] for pid, _, _ in pages}
    halves = [args.half] if args.half else ["a", "b", "all"]
    members = {h: {pid for pid in truth if h == "all" or half_of(pid) == h} for h in halves}
    rows, our_preds = [], None
    for name in args.only or list(EXTRACTORS):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # import-time notices (newspaper without nltk)
            made = EXTRACTORS[name]()
        if made is None:
            print(f"skipped {name}: not installed", file=sys.stderr)
            continue
        version, fn = made
        preds, seconds, errors = run_extractor(name, fn, pages)
        for _ in range(args.repeat - 1):      # on a busy machine the fastest run is the fairest
            again = run_extractor(name, fn, pages)[1]
            if sum(again.values()) < sum(seconds.values()):
                seconds = again
        if errors:
            print(f"{name}: {errors} pages raised", file=sys.stderr)
        write_preds(name, pages, preds)
        has = lambda k: any(p.get(k) for p in preds.values())
        for h in halves:
            s = scorer.score({pid: truth[pid] for pid in members[h]}, preds)
            elapsed = sum(seconds[pid] for pid in members[h])
            rows.append({"name": name, "version": version, "half": h,
                         "date": s["date_accuracy"] if has("published") else None,
                         "authors": s["authors_accuracy"] if has("authors") else None,
                         "title": s["title_exact"] if has("title") else None,
                         "pps": len(members[h]) / elapsed if elapsed else 0,
                         "ms": 1000 * elapsed / len(members[h]) if members[h] else 0})
            print(scorer.fmt(f"{name} [{h}]", s), file=sys.stderr)
        if name == "ours":
            our_preds = preds
    print(table(rows))
    if args.worst and our_preds is not None:
        tuned = {pid: t for pid, t in truth.items() if args.half or half_of(pid) == "a"}
        print(f"\nmisses of half {args.half or 'a'}:")
        worst(args.worst, tuned, our_preds, scorer, args.worst_limit)


if __name__ == "__main__":
    main()
