"""Benchmark: re-crawls of a generated site, unchanged and with a known 5% of its articles edited.

    python -m bench.recrawl --articles 3000            # prints one table and the verdicts
    python -m bench.recrawl --articles 3000 --runs 3   # three runs; the median one, every run's share
    python -m bench.recrawl --articles 3000 --docs     # and writes them to docs/benchmarks.md

Three passes of ``health-archive crawl`` into the same archive against ``archive.demo.generated``
in a separate process: a first crawl, a re-crawl of the unchanged site, and a re-crawl after
the site edited the body of a known 5% of its articles (``POST /__control/change``). For each
pass: wall time, requests and bytes as the site counted them, fetches and their bytes and
outcomes as the archive recorded them, and pages re-parsed (HTML answered 200, so extracted).

Targets: the unchanged re-crawl downloads under 5% of the first crawl's bytes and takes under
20% of its time; the changed re-crawl reports exactly the edited articles as changed.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections import Counter

from bench.crawl import OUT, FAST, archiver_command, fresh_db, machine, replace_section, run_measured, serve_generated

SECTION = "## Re-crawl: unchanged and 5% changed"
MAX_BYTES_SHARE = 0.05
MAX_TIME_SHARE = 0.20
NOT_PARSED = ("sitemap", "feed", "other", "not_modified", "skipped", "gone", "error", "blocked")


def crawl_pass(site, name: str, db_path, settings=()) -> dict:
    """One ``health-archive crawl`` into ``db_path``, with what the site and the archive saw."""
    site.reset()
    log = OUT / f"recrawl-{name.replace(' ', '-').replace('%', 'pct')}.log"
    run = run_measured(archiver_command(site.base_url + "/", db_path, settings), log)
    served = site.stats()
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        crawl = dict(conn.execute("select * from crawls order by id desc limit 1").fetchone())
        fetches = [dict(r) for r in conn.execute(
            "select url, status, bytes, page_type, outcome from fetches where crawl_id = ?", [crawl["id"]])]
    return {
        "name": name, "wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "rss_mb": run["rss_mb"],
        "reactor_cpu_s": run["reactor_cpu_s"],
        "requests": served["requests"], "bytes": served["bytes"], "status": served["status"],
        "fetches": len(fetches), "fetch_bytes": sum(f["bytes"] or 0 for f in fetches),
        "outcomes": dict(Counter(f["outcome"] for f in fetches)),
        "reparsed": sum(1 for f in fetches if f["status"] == 200 and f["page_type"] not in NOT_PARSED),
        "changed_urls": sorted(f["url"] for f in fetches if f["outcome"] == "changed"),
        "crawl": crawl,
    }


def table(passes: list[dict]) -> str:
    lines = ["| pass | wall s | CPU s | reactor CPU s | requests | 200 / 304 | MB served | fetches | MB in fetches "
             "| re-parsed | new / changed / unchanged |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for p in passes:
        c = p["crawl"]
        lines.append(
            f"| {p['name']} | {p['wall_s']:.1f} | {p['cpu_s']:.1f} | {p['reactor_cpu_s']:.1f} | {p['requests']} "
            f"| {p['status'].get('200', 0)} / {p['status'].get('304', 0)} | {p['bytes'] / 1e6:.2f} | {p['fetches']} "
            f"| {p['fetch_bytes'] / 1e6:.2f} | {p['reparsed']} "
            f"| {c['articles_new']} / {c['articles_changed']} / {c['articles_unchanged']} |")
    return "\n".join(lines)


def verdicts(first: dict, unchanged: dict, changed: dict, expected: list[str]) -> list[tuple[str, bool, str]]:
    bytes_share = unchanged["bytes"] / first["bytes"]
    time_share = unchanged["wall_s"] / first["wall_s"]
    extra = sorted(set(changed["changed_urls"]) - set(expected))
    missed = sorted(set(expected) - set(changed["changed_urls"]))
    exact = not extra and not missed and changed["crawl"]["articles_changed"] == len(expected)
    return [
        (f"unchanged re-crawl downloads < {MAX_BYTES_SHARE:.0%} of the first crawl's bytes",
         bytes_share < MAX_BYTES_SHARE, f"{bytes_share:.3%} ({unchanged['bytes']:,} of {first['bytes']:,} bytes)"),
        (f"unchanged re-crawl takes < {MAX_TIME_SHARE:.0%} of the first crawl's time",
         time_share < MAX_TIME_SHARE, f"{time_share:.1%} ({unchanged['wall_s']:.1f} s / {first['wall_s']:.1f} s)"),
        ("5%-changed re-crawl finds exactly the edited articles", exact,
         f"{len(expected)} edited, articles_changed = {changed['crawl']['articles_changed']}, "
         f"{len(extra)} reported but not edited, {len(missed)} edited but missed"),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Re-crawls of a generated site: unchanged, then 5% edited.")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--change-fraction", type=float, default=0.05)
    parser.add_argument("--change-seed", type=int, default=1)
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="extra Scrapy setting for every pass (repeatable)")
    parser.add_argument("--runs", type=int, default=1,
                        help="repeat the three passes this many times (a fresh archive and site each time); "
                             "the table and verdicts are the run with the median time share, every run is listed")
    parser.add_argument("--docs", action="store_true", help="write the table to docs/benchmarks.md")
    args = parser.parse_args(argv)

    load = [os.getloadavg()[0]]
    runs = []
    for run in range(args.runs):
        db = fresh_db(OUT / "recrawl.db")
        with serve_generated(args.articles, args.seed) as site:
            print(f"run {run + 1}: generated site of {args.articles} articles at {site.base_url}", file=sys.stderr)
            first = crawl_pass(site, "first crawl", db, args.settings)
            unchanged = crawl_pass(site, "unchanged re-crawl", db, args.settings)
            expected = site.change(args.change_fraction, args.change_seed)
            changed = crawl_pass(site, f"{args.change_fraction:.0%} changed re-crawl", db, args.settings)
        runs.append(([first, unchanged, changed], expected))
        load.append(os.getloadavg()[0])
    shares = [passes[1]["wall_s"] / passes[0]["wall_s"] for passes, _ in runs]
    passes, expected = runs[sorted(range(len(runs)), key=shares.__getitem__)[len(runs) // 2]]
    checks = verdicts(*passes, expected)
    every = ", ".join(f"{share:.1%}" for share in shares)
    print(f"\n{args.articles} generated articles; {machine()}; load average {min(load):.1f}-{max(load):.1f}\n")
    print(table(passes))
    print()
    for label, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}: {detail}")
    if len(runs) > 1:
        print(f"unchanged re-crawl time share, run by run: {every}")
    (OUT / "recrawl-last.json").write_text(json.dumps({"runs": [{"passes": p, "expected": e} for p, e in runs]},
                                                      indent=1))
    if args.docs:
        write_docs(args, passes, checks, load, every)
    return 0 if all(ok for _, ok, _ in checks) else 1


def write_docs(args, passes, checks, load, every: str) -> None:
    command = (f"python -m bench.recrawl --articles {args.articles}" + (f" --runs {args.runs}" if args.runs > 1 else "")
               + "".join(f" -s {s}" for s in args.settings))
    results = "\n".join(f"- **{'PASS' if ok else 'FAIL'}**: {label}: {detail}." for label, ok, detail in checks)
    runs = (f"The table is the median of {args.runs} runs by the unchanged re-crawl's time share; "
            f"run by run: {every}.\n" if args.runs > 1 else "")
    body = f"""Measured {time.strftime('%Y-%m-%d')} with `{command}` on {machine()}; 1-minute load
average {min(load):.1f}-{max(load):.1f} (the machine is shared).
Three `health-archive crawl` passes into one archive, with `{' '.join('-s ' + s for s in FAST)}`,
against the generated site in a separate process: first crawl, unchanged re-crawl, and a
re-crawl after the site edited the body of {args.change_fraction:.0%} of its articles (chosen with
seed {args.change_seed}; new ETag, Last-Modified and sitemap lastmod; listings unchanged).
Requests, 200/304 and MB served are the site's counters (response bodies); fetches, MB in
fetches and outcomes are the archive's `fetches` rows of that crawl; re-parsed counts HTML
pages answered 200 (each one extracted again); reactor CPU is the Scrapy process's main thread.

{table(passes)}

{results}

{runs}"""
    replace_section(SECTION, body + NOTES)


#: What the profile says; kept beside the table so a re-run with --docs keeps it.
NOTES = """
Where the time goes: a re-crawl downloads almost nothing (304s carry no body); its CPU is the
reactor thread handing each conditional request through Scrapy (scheduler, downloader
middlewares, Twisted's HTTP client), 0.6-0.9 ms per request now, and about 0.8 s of process
start and stop. For scale, a scratch spider that sends the 3,162 known URLs with their
validators and does nothing with the 304s (no robots.txt, no archive, no middlewares of ours)
used 2.3-2.4 s of CPU on the same machine. Before the changes below the unchanged pass took
4.4-5.5 s of reactor CPU and 6.2-7.6 s of CPU in all (7.2-9.4 s of wall, 29.6-33.6% of the first
crawl's time); before the 304s settled in the middleware, the set-based writes and uvloop,
20.8%, 19.8%, 21.8% and 22.8% of it.

- Known articles due for a revisit count as requested from the start. Every 304 re-follows its
  page's stored links, and the links to those articles were 3,000 requests a pass that Scrapy's
  dupefilter dropped; they also used up the per-pattern budget (4,008 links refused on every
  re-crawl).
- Links outside the crawl's domains (2,000 DOI links here) are dropped before a request is made,
  not by Scrapy's offsite filter after scheduling; a link spelled exactly as a URL already
  requested is skipped before any cleaning.
- A 304 whose stored links were all met already (requested, refused or off-site) is recorded by
  the IncrementalMiddleware itself (`ArticlesSpider.settle_unmodified`), which then ends the
  request with an IgnoreRequest and no errback: no spider-middleware chain, no callback, and none
  of the nine asyncio tasks Scrapy starts per response to process its output. That machinery was
  a fifth of the reactor's samples (py-spy) in this pass. A 304 with a link new to the crawl
  still goes to the spider, which follows it (tests/test_incremental.py).
- A 304 is no item: its visit goes to the archive pipeline, which writes 304s in batches of 50 on
  its writer thread (the `fetches` row, the page's `fetched_at`, the article's `last_seen`, and
  `live` again only where it was not), committed with the other visits (every
  `ARCHIVE_WRITE_BATCH` visits or second): what a crash loses is asked for again by the resumed
  crawl. A batch is one statement per step, its rows passed as one JSON array: run row by row,
  each step gave the GIL back and waited to take it again from the busy reactor thread, and the
  writer fell 0.25 s behind by the end of the pass (the tail between "Closing spider" and the
  crawl's counts). Setting `status` on every row rewrote four indexes for nothing.
- The full-text index follows only title, description and body (migration m005): sqlite_utils'
  trigger fired on every update of `articles`, so each 304's new `last_seen` re-tokenized the
  article's body twice (0.75-0.95 s of CPU per 3,000 articles measured alone; 1.3 s of CPU and
  1.6 s of wall in the crawl), and every re-crawl rewrote the whole index.
- The IncrementalMiddleware reads a page's validators and stored links in one lookup, and reads
  `articles.last_seen` (behind the body in the row: its overflow pages are walked) only when a
  refresh interval needs it.
- The reactor runs on uvloop (Scrapy's `ASYNCIO_EVENT_LOOP = "uvloop.Loop"` under Twisted's
  asyncio reactor; Python's own loop where uvloop is not installed): the event loop's own work
  per callback and per socket event is in C. Five alternated runs of the unchanged pass: 2.80-3.29 s
  (median 2.99 s) against 3.01-3.66 s (median 3.44 s) with Python's loop.
- Scrapy 2.19's remote-control extension (an HTTP server that runs posted code in the crawler)
  is off and left out of `EXTENSIONS_BASE`: Scrapy imports every listed extension to read its
  name, even one switched off, and this one imports aiohttp, ~70 ms of every crawl's start.

Start and stop, as seen under strace (timestamps of exec, exit and log lines): ~0.12 s of the
CLI before it starts `scrapy crawl`, ~0.34 s of imports in the child (now ~70 ms less), ~0.2 s of
Scrapy building the crawler, ~0.03 s closing the crawl, and ~0.2 s from "Spider closed" to the
CLI's exit, most of it the child's interpreter shutdown (90 ms without a system call). Running
the crawl in the CLI's own process would save the first part only (~0.1 s) and was left alone.
`CONCURRENT_ITEMS=1` measured no difference before 304s stopped reaching the spider, so it stays
at 8. The generated site listens with Python's default backlog of 5; against the same site with a
backlog of 128 the unchanged pass took the same time (3.2-3.4 s either way), so the harness keeps it.
Scrapy's experimental aiohttp download handler looked ~0.2 s faster a pass in one A/B run, within
the machine's noise, and is not used.
"""

if __name__ == "__main__":
    sys.exit(main())
