"""Benchmark: first crawl of a generated site, bare Scrapy spider vs the full archiver.

    python -m bench.crawl --articles 3000            # prints one table
    python -m bench.crawl --articles 3000 --docs     # and writes it to docs/benchmarks.md

Serves ``archive.demo.generated`` (N articles of ~31 KB, listings, sitemap) from a separate
process, then crawls it twice with the same Scrapy settings (no delay, no AutoThrottle,
robots.txt obeyed, 16 requests per domain): once with ``bench.bare_spider`` (follow every
link, nothing else), once with ``health-archive crawl`` into a fresh archive (extract,
normalize, store). Each crawler runs as a child process: peak RSS comes from ``os.wait4``,
CPU time from /proc for every thread of the process tree (worker processes included), with the
reactor thread's share on its own; pages and bytes are the server's counters (requests the site
answers 404, the archiver's requests for the images articles name, are counted apart). With --runs N
both sides crawl N times, alternating, and the table shows each side's median run (the
machine may be shared: the load average is printed). Target: the archiver reaches at least
0.6x the bare spider's pages/s.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.bare_spider import FAST

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "crawl"
DOCS = ROOT / "docs" / "benchmarks.md"
TARGET_RATIO = 0.6
SECTION = "## First crawl: bare spider vs archiver"


# -- the site, in its own process ----------------------------------------------------------

class SiteProcess:
    """A running ``python -m archive.demo.generated`` and its control endpoints."""

    def __init__(self, proc: subprocess.Popen, base_url: str):
        self.proc = proc
        self.base_url = base_url

    def _call(self, path: str, method: str = "GET") -> dict:
        request = urllib.request.Request(self.base_url + "/__control/" + path, method=method,
                                         data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)

    def stats(self) -> dict:
        return self._call("stats")

    def reset(self) -> None:
        self._call("reset", "POST")

    def change(self, fraction: float, seed: int) -> list[str]:
        return self._call(f"change?fraction={fraction}&seed={seed}", "POST")["changed"]


@contextmanager
def serve_generated(articles: int, seed: int = 0):
    """Start the generated site in a child process; yields a SiteProcess once it is listening."""
    cmd = [sys.executable, "-m", "archive.demo.generated", "--articles", str(articles), "--seed", str(seed),
           "--port", "0"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if not line.startswith("serving "):
            raise RuntimeError(f"the generated site did not start: {line!r}")
        yield SiteProcess(proc, line.split()[1])
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# -- one measured child process ----------------------------------------------------------------

class ThreadClock:
    """Polls /proc for the CPU time of every thread of a process tree (Linux; empty elsewhere).

    ``os.wait4`` misses what grandchildren do not hand back (a forkserver's workers), and says
    nothing about the reactor thread, whose CPU per page is the crawl's ceiling.
    """

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid, self.interval = pid, interval
        self.ticks: dict[tuple[int, int], tuple[str, float]] = {}  # (pid, tid) -> (process cmdline, CPU s)
        self.error = ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._hz = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __enter__(self) -> "ThreadClock":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                for pid in self._tree(self.pid):
                    self._sample(pid)
            except Exception as exc:  # noqa: BLE001 - a process vanished mid-read: keep sampling, remember why
                self.error = f"{type(exc).__name__}: {exc}"

    def _tree(self, pid: int) -> list[int]:
        try:
            children = open(f"/proc/{pid}/task/{pid}/children").read().split()
        except OSError:
            return []
        return [pid] + [p for child in children for p in self._tree(int(child))]

    def _sample(self, pid: int) -> None:
        try:
            cmdline = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return
        if not cmdline:  # an exiting process (a zombie) has no command line left: keep the one it had
            cmdline = self.ticks.get((pid, pid), ("",))[0]
        for tid in tids:
            try:
                fields = open(f"/proc/{pid}/task/{tid}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            cpu = (int(fields[11]) + int(fields[12])) / self._hz  # utime + stime
            self.ticks[(pid, int(tid))] = (cmdline, cpu)

    def reactor_cpu(self, marker: str) -> float:
        """CPU seconds of the main thread of the process whose command line contains ``marker``."""
        return max((cpu for (pid, tid), (cmd, cpu) in self.ticks.items() if pid == tid and marker in cmd), default=0.0)

    def total_cpu(self) -> float:
        return sum(cpu for _, cpu in self.ticks.values())


def run_measured(cmd: list[str], log_path: Path, reactor: str = "scrapy crawl") -> dict:
    """Run ``cmd`` to completion; wall time, CPU (user+sys) and peak RSS of it and its children,
    and the CPU of the reactor thread (main thread of the process whose command line has ``reactor``)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        with ThreadClock(proc.pid) as clock:
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 4):  # 4: finished, flagged suspicious; still a measurement
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}; see {log_path}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall_s": wall, "cpu_s": max(cpu, clock.total_cpu()), "user_s": usage.ru_utime,
            "sys_s": usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024, "returncode": proc.returncode,
            "reactor_cpu_s": clock.reactor_cpu(reactor)}


def archiver_command(url: str, db_path: Path, settings=()) -> list[str]:
    """``health-archive crawl`` (as ``python -m archive.cli``, so a scratch copy of the tree runs its own code)."""
    cmd = [sys.executable, "-m", "archive.cli", "crawl", url, "--db", str(db_path)]
    for setting in [*FAST, *settings]:
        cmd += ["-s", setting]
    return cmd


def measure(site: SiteProcess, name: str, cmd: list[str], reactor: str) -> dict:
    site.reset()
    before = site.stats()
    result = run_measured(cmd, OUT / f"{name.replace(' ', '-')}.log", reactor)
    after = site.stats()
    # pages are what the site serves as pages: the archiver also asks for each article's images,
    # which the generated site names but does not serve (404s, counted apart, never as pages)
    missing = after["kind"].get("missing", 0)
    served = after["requests"] - missing
    result.update(
        name=name, pages=served, other_requests=missing, bytes=after["bytes"], span_s=after["span_s"],
        pages_per_s=served / result["wall_s"], kinds=after["kind"], statuses=after["status"],
        server_cpu_s=(after["cpu_user_s"] + after["cpu_sys_s"]) - (before["cpu_user_s"] + before["cpu_sys_s"]),
    )
    return result


def fresh_db(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


# -- the report ------------------------------------------------------------------------------

def machine() -> str:
    model = ""
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    except OSError:
        pass
    import scrapy
    return (f"{os.cpu_count()} CPUs ({model or platform.processor() or platform.machine()}), "
            f"Python {platform.python_version()}, Scrapy {scrapy.__version__}, SQLite {sqlite3.sqlite_version}")


def table(rows: list[dict]) -> str:
    lines = ["| crawler | pages | other requests | MB | wall s | pages/s | CPU s | CPU ms/page "
             "| reactor thread ms/page | peak RSS MB | site CPU s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        pages = max(r["pages"], 1)
        lines.append(f"| {r['name']} | {r['pages']} | {r.get('other_requests', 0)} | {r['bytes'] / 1e6:.1f} "
                     f"| {r['wall_s']:.1f} "
                     f"| {r['pages_per_s']:.1f} "
                     f"| {r['cpu_s']:.1f} | {1000 * r['cpu_s'] / pages:.1f} | {1000 * r['reactor_cpu_s'] / pages:.1f} "
                     f"| {r['rss_mb']:.0f} | {r['server_cpu_s']:.1f} |")
    return "\n".join(lines)


def median_run(runs: list[dict]) -> dict:
    """The run with the median pages/s (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda r: r["pages_per_s"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    if len(runs) > 1:
        rates = ", ".join(f"{r['pages_per_s']:.0f}" for r in runs)
        chosen["name"] += f" (median of {len(runs)}: {rates} pages/s)"
    return chosen


def verdict(bare: dict, archiver: dict) -> tuple[float, str]:
    ratio = archiver["pages_per_s"] / bare["pages_per_s"]
    return ratio, "PASS" if ratio >= TARGET_RATIO else "FAIL"


def replace_section(heading: str, body: str) -> None:
    """Replace (or append) one ``## heading`` section of docs/benchmarks.md; other sections stay as they are."""
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n\nFigures come from the commands shown.\n"
    section = f"{heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text.rstrip("\n") + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="First crawl of a generated site: bare spider vs the archiver.")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="extra Scrapy setting for both crawlers (repeatable)")
    parser.add_argument("--runs", type=int, default=1,
                        help="crawl this many times each, alternating; the table shows each side's median run")
    parser.add_argument("--only", choices=("bare", "archiver"), help="run one side only")
    parser.add_argument("--docs", action="store_true", help=f"write the table to {DOCS.relative_to(ROOT)}")
    args = parser.parse_args(argv)

    runs = {"bare spider": [], "archiver": []}
    load = [os.getloadavg()[0]]
    with serve_generated(args.articles, args.seed) as site:
        print(f"generated site of {args.articles} articles at {site.base_url}", file=sys.stderr)
        for _ in range(args.runs):
            if args.only != "archiver":
                bare = [sys.executable, "-m", "bench.bare_spider", site.base_url + "/"]
                options = [a for s in args.settings for a in ("-s", s)]
                runs["bare spider"].append(measure(site, "bare spider", bare + options, "bench.bare_spider"))
                print(table(runs["bare spider"][-1:]).splitlines()[-1], file=sys.stderr)
            if args.only != "bare":
                db = fresh_db(OUT / "fresh.db")
                command = archiver_command(site.base_url + "/", db, args.settings)
                runs["archiver"].append(measure(site, "archiver", command, "scrapy crawl"))
                with sqlite3.connect(db) as conn:
                    runs["archiver"][-1]["articles"] = conn.execute("select count(*) from articles").fetchone()[0]
                print(table(runs["archiver"][-1:]).splitlines()[-1], file=sys.stderr)
            load.append(os.getloadavg()[0])
    rows = [median_run(r) for r in runs.values() if r]
    print(f"\n{args.articles} generated articles; {machine()}; load average {min(load):.1f}-{max(load):.1f}\n")
    print(table(rows))
    status = 0
    if len(rows) == 2:
        ratio, result = verdict(*rows)
        print(f"\narchiver / bare pages/s = {ratio:.2f} (target >= {TARGET_RATIO}): {result}; "
              f"{rows[1]['articles']} articles archived")
        status = 0 if result == "PASS" else 1
        if args.docs:
            write_docs(args, rows, ratio, result, load)
    (OUT / "last.json").write_text(json.dumps(rows, indent=1))
    return status


def write_docs(args, rows, ratio, result, load) -> None:
    command = (f"python -m bench.crawl --articles {args.articles}" + (f" --runs {args.runs}" if args.runs > 1 else "")
               + "".join(f" -s {s}" for s in args.settings))
    body = f"""Measured {time.strftime('%Y-%m-%d')} with `{command}` on {machine()}; 1-minute load
average {min(load):.1f}-{max(load):.1f} during the runs (the machine is shared).
Both crawlers run against the same generated site ({args.articles} articles of ~31 KB, 20-post
listings, sitemap), served by a separate process, with `{' '.join('-s ' + s for s in FAST)}`
(16 concurrent requests, no delay, robots.txt obeyed). Pages and MB are what the site served;
CPU is every thread of the crawler's process tree (read from /proc), "reactor thread" the
Scrapy process's main thread alone (what caps pages/s when the rest runs elsewhere); peak RSS
is from `os.wait4`; "site CPU" is the server process's share of the same machine.

{table(rows)}

Archiver / bare spider: **{ratio:.2f}x** pages/s (target 0.6x): **{result}**.
"""
    replace_section(SECTION, body + NOTES)


#: What the profile says; kept beside the table so a re-run with --docs keeps it.
NOTES = """
Where the time goes (py-spy `record --subprocesses --idle`, per-thread CPU from /proc):

- The bare spider is bound by its reactor thread (its CPU is all reactor thread, 6-7 ms a
  page): about half is Scrapy handling the ~53 links each page yields (spider middlewares,
  fingerprints, scheduling), the rest downloading and `response.css`.
- The archiver uses ~14 ms of CPU a page, and its reactor thread only 6.2-6.4 of them: it is
  bound by the GIL, not by the reactor. Extraction (`archive.extract.ingest.extract_page`, 7-8 ms a
  page, two thirds of it in lxml's `text_content`) runs in Twisted's thread pool: off the reactor
  thread, but not off the GIL, so extraction and the reactor take turns on one core.
- Half of the reactor thread's time is the pipeline: `save_visit` runs on it synchronously, one
  transaction per page (about 77 SQL statements, 32 of them `sqlite_master` lookups made by
  sqlite_utils' `Table.insert`, and two gzip compressions): 2.6 ms of CPU and 5.6 ms of wall
  time per article in isolation, the difference being WAL writes the reactor waits for.
- Scrapy 2.19 starts `CONCURRENT_ITEMS` asyncio tasks for every response's callback output
  (`scrapy.utils.asyncio._parallel_asyncio`; the limit is per response, scrapy/scrapy#6852):
  with Scrapy's default of 100, ~100 idle tasks for the archiver's one item per response.
  `scraper/settings.py` now sets 8 (variant D below): 1.5 ms a page less on the reactor thread.
- The IncrementalMiddleware's per-request `pages` lookup costs about 1% on a first crawl.

Changes tried in a scratch copy of the tree (same site and settings, runs alternated, load
average 5-10: pages/s scatter, CPU per page holds):

| variant | pages/s | CPU ms/page | reactor ms/page |
|---|---:|---:|---:|
| bare spider | 96, 97, 95, 146 | 5.6-7.3 | 5.6-7.2 |
| archiver with `CONCURRENT_ITEMS=100` | 29, 35, 41, 53 | 14.8-15.4 | 7.6-8.0 |
| A: pipeline writes on one writer thread, one transaction per 100 items or 1 s | 38, 56 | 15.8-16.0 | 5.1-5.2 |
| B: extraction in a one-process pool (forkserver) instead of threads | 53, 59 | 14.1-15.2 | 7.5-8.2 |
| A + B | 68, 69 | 14.7-15.4 | 5.3-5.6 |
| D: `CONCURRENT_ITEMS=8` (now in the tree) | 47, 49 | 13.1-13.5 | 6.0 |
| A + B + D | 45, 86 | 13.2-13.5 | 3.3 |

A and B are in the tree (`ARCHIVE_WRITE_BATCH` visits per transaction on one writer thread;
`ARCHIVE_EXTRACT_PROCESSES` extraction processes), with D: measured on a nearly idle machine
(load 1.7-2.8), that tree needed 2.6 ms a page on the reactor thread and 10.9 ms of CPU, and
reached 0.88x the bare spider. The bullet points above describe the tree before A and B, when
the archiver ran at 0.40x (0.52x with D).
`CONCURRENT_ITEMS=8` does not slow the bare spider (its reactor time per page is unchanged).

The re-crawl work (next section) took a little more off a first crawl, as the table at the top
shows (reactor thread 1.6 ms a page, 8.7 ms of CPU; both crawlers now run their reactor on
uvloop): `fetches` rows and `pages` upserts are
one prepared statement each instead of sqlite_utils' `insert` and `upsert` (which read the
table's schema on every call), a visit's savepoint has a fixed name instead of a random one drawn
from the OS, links outside the crawl's domains (2,000 DOI links on this site) are dropped before a
request is made instead of by Scrapy's offsite filter after scheduling, and Scrapy 2.19's
remote-control server is off. The ratio itself scatters with the machine's load more than with
the code: the archiver needs both cores (an extraction process beside the reactor and the writer)
where the bare spider needs one, so other jobs slow it more. Three runs of `--runs 3` the same
morning gave 0.93x (load 2.9-3.7), 0.69x (2.1-3.3) and 0.71x (the table, 1.4-3.0), and
first crawls of this tree with and without this round's changes, alternated (three pairs, load
1.3-3.5), took 28.3, 33.2, 23.3 s without and 26.8, 21.5, 18.1 s with them (32.0-34.1 s of CPU
without, 27.1-33.9 s with); an earlier set, with the load rising to 6.3, came out even (24.7-38.6 s
without, 28.4-38.1 s with). The tree measured also holds other work in progress (extraction
changes, the browse tables' triggers on `articles`).
"""

if __name__ == "__main__":
    sys.exit(main())
