"""Benchmark: article-body extraction (ours against trafilatura, readability-lxml, BeautifulSoup).

    python -m bench.extraction --corpus ../shared/bench/extraction            # the table
    python -m bench.extraction --corpus ../shared/bench/extraction --only ours --worst 10

F1 is also given on the corpus's two halves (bench/halves.py): rules are tuned on half A and
half B shows how they hold on pages they were not tuned on.

Pages are decoded the way Scrapy decodes a response (archive.extract.decode), loaded into memory once,
then each extractor runs over all of them in one process (wall-clock pages/s, and CPU ms/page from
time.process_time, which other processes on the machine disturb less). Scores use the corpus's own scorer
(score_extraction.py beside the corpus directory: shingle precision/recall/F1); predictions
are written to <out>/extraction-<extractor>.jsonl.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import importlib.metadata
import json
import sys
import time
import tracemalloc
from pathlib import Path

from archive.extract.decode import decode_html
from bench.halves import load_scorer, split

OUT = Path(__file__).resolve().parent / "out"


def load_pages(corpus: Path) -> dict[str, tuple[str, str]]:
    """{id: (html, url)} for every page of the corpus, decoded as the crawler decodes."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf8"))
    pages = {}
    for path in sorted((corpus / "html").glob("*.html.gz")):
        page_id = path.name[: -len(".html.gz")]
        html, _ = decode_html(gzip.decompress(path.read_bytes()), "text/html")
        pages[page_id] = (html, truth.get(page_id, {}).get("url", ""))
    return pages


def ours(html: str, url: str) -> str:
    from archive.extract import extract_article

    return extract_article(html, url).body_text


def trafilatura_text(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def readability_text(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def soup_text(html: str, url: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


EXTRACTORS = {
    # name: (function, distribution whose version is reported)
    "ours": (ours, "health-archive"),
    "trafilatura": (trafilatura_text, "trafilatura"),
    "readability-lxml": (readability_text, "readability-lxml"),
    "bs4-get_text": (soup_text, "beautifulsoup4"),
}


def run(name: str, pages: dict, measure_memory: bool) -> dict:
    """Run one extractor over all pages; texts, timing, failures and (optionally) peak memory."""
    function = EXTRACTORS[name][0]
    function(*next(iter(pages.values())))        # warm-up: imports and caches
    texts, failures = {}, []
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    for page_id, (html, url) in pages.items():
        try:
            texts[page_id] = function(html, url)
        except Exception as exc:                  # a peer's crash is a result, not our bug
            failures.append(f"{page_id}: {type(exc).__name__}: {exc}")
            texts[page_id] = ""
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started       # this process's CPU time: less disturbed by load
    peak = None
    if measure_memory:   # a second, untimed pass: the largest Python heap one page needs
        tracemalloc.start()
        peak = 0
        for html, url in pages.values():
            tracemalloc.reset_peak()
            function(html, url)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return {"texts": texts, "seconds": elapsed, "cpu_seconds": cpu, "failures": failures, "peak": peak}


def time_shares(pages: dict) -> tuple[float, float]:
    """ms/page spent parsing and in extract_metadata, timed on their own over the same pages."""
    import lxml.html

    from archive.extract.metadata import extract_metadata

    started = time.perf_counter()
    roots = [(lxml.html.document_fromstring(html), url) for html, url in pages.values() if html.strip()]
    parsed = time.perf_counter()
    for root, url in roots:
        extract_metadata(root, url)
    done = time.perf_counter()
    return 1000 * (parsed - started) / len(pages), 1000 * (done - parsed) / len(pages)


def per_page(scorer, truth: dict, texts: dict) -> list[tuple[float, float, float, str]]:
    """(f1, precision, recall, id) per page, worst first."""
    rows = []
    for page_id, true_text in truth.items():
        tp, fp, fn = scorer.doc_counts(true_text, texts.get(page_id, ""))
        p, r = scorer.doc_precision(tp, fp, fn), scorer.doc_recall(tp, fp, fn)
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, page_id))
    return sorted(rows)


def write_predictions(out: Path, name: str, texts: dict) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"extraction-{name}.jsonl"
    with path.open("w", encoding="utf8") as fh:
        for page_id, text in texts.items():
            fh.write(json.dumps({"id": page_id, "body_text": text}, ensure_ascii=False) + "\n")
    return path


def version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True,
                        help="directory with html/*.html.gz and ground-truth.json")
    parser.add_argument("--out", type=Path, default=OUT, help="where predictions go (default bench/out)")
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS),
                        help="run only these extractors (repeatable)")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="also list our N worst pages (F1, precision, recall, id, url)")
    args = parser.parse_args(argv)

    scorer = load_scorer(args.corpus, "score_extraction")
    truth = scorer.load_truth(str(args.corpus / "ground-truth.json"))
    pages = load_pages(args.corpus)
    rows, results = [], {}
    for name in args.only or list(EXTRACTORS):
        result = run(name, pages, measure_memory=(name == "ours"))
        results[name] = result
        write_predictions(args.out, name, result["texts"])
        metrics = scorer.score(truth, result["texts"], n_bootstrap=0)
        rows.append((metrics["f1"], name, metrics, result))

    print(f"{len(pages)} pages from {args.corpus}, one process, pages in memory; peak MB is the")
    print("largest Python heap one page's extraction needs (tracemalloc: libxml2's own memory is not")
    print("counted), measured on a second, untimed pass\n")
    halves = split(truth)
    print(f"{'extractor':<18} {'version':<10} {'F1':>6} {'prec':>6} {'recall':>6} {'F1 A':>6} {'F1 B':>6} "
          f"{'pages/s':>8} {'ms/page':>8} {'CPU ms':>8} {'peak MB':>8}")
    for f1, name, metrics, result in sorted(rows, key=lambda row: row[0]):
        speed = len(pages) / result["seconds"]
        cpu_ms = 1000 * result["cpu_seconds"] / len(pages)
        peak = f"{result['peak'] / 2**20:.1f}" if result["peak"] is not None else "-"
        by_half = [scorer.score({i: truth[i] for i in halves[h]}, result["texts"], n_bootstrap=0)["f1"]
                   for h in ("a", "b")]
        print(f"{name:<18} {version(EXTRACTORS[name][1]):<10} {f1:6.3f} {metrics['precision']:6.3f} "
              f"{metrics['recall']:6.3f} {by_half[0]:6.3f} {by_half[1]:6.3f} "
              f"{speed:8.1f} {1000 / speed:8.2f} {cpu_ms:8.2f} {peak:>8}")
    print(f"\nhalves (bench/halves.py): A {len(halves['a'])} pages, B {len(halves['b'])} pages; "
          "tune on A, report B")
    if "ours" in results and "trafilatura" in results:
        wall = results["trafilatura"]["seconds"] / results["ours"]["seconds"]
        cpu = results["trafilatura"]["cpu_seconds"] / results["ours"]["cpu_seconds"]
        print(f"\nours against trafilatura: {wall:.2f}x its pages/s, {cpu:.2f}x by CPU time")
    for name, result in results.items():
        for failure in result["failures"]:
            print(f"FAILED {name} {failure}", file=sys.stderr)

    if "ours" in results:
        parse_ms, metadata_ms = time_shares(pages)
        ours_ms = 1000 * results["ours"]["seconds"] / len(pages)
        print(f"\nours: {ours_ms:.2f} ms/page, of which parsing {parse_ms:.2f} ms and "
              f"archive.extract.metadata {metadata_ms:.2f} ms (measured apart)")

    if args.worst and "ours" in results:
        print(f"\nours: {args.worst} worst pages")
        for f1, p, r, page_id in per_page(scorer, truth, results["ours"]["texts"])[: args.worst]:
            print(f"  F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  {page_id[:12]}  {pages[page_id][1]}")
    return 1 if results.get("ours", {}).get("failures") else 0


if __name__ == "__main__":
    sys.exit(main())
