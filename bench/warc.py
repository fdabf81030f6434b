"""Benchmark: WARC/WACZ export and import speed, WACZ and capture size per article, on the demo site.

    python -m bench.warc                  # two crawls of the demo site (v1, then v2), then 3 runs each

Crawls the bundled demo site twice on loopback (the second time its version 2, with edits), then
times ``export`` (WARC, WACZ), ``import`` (of the WARC into an empty archive) and ``verify`` as the
CLI runs them, in-process (no interpreter start-up in the figures), and prints one JSON object.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "PROGRESS_INTERVAL=0"]


def _crawl(base: str, db: str) -> None:
    subprocess.run([sys.executable, "-m", "archive.cli", "crawl", base + "/", "--db", db, *FAST], cwd=ROOT,
                   capture_output=True, check=False)


def _best(fn, runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    from archive.demo import start_demo_server
    from archive.db.schema import open_db
    from archive.db.store import Archive
    from archive.db.verify import Report, verify
    from archive.evidence.warc import write_wacz, write_warc
    from archive.evidence.warc_import import import_warc

    with tempfile.TemporaryDirectory(prefix="bench-warc-") as tmp:
        db_path = os.path.join(tmp, "archive.db")
        with start_demo_server() as server:
            _crawl(server.base_url, db_path)
            server.set_version(2)
            _crawl(server.base_url, db_path)
        db = open_db(db_path)
        articles = db.execute("select count(*) from articles").fetchone()[0]
        captures = db.execute("select count(*) from captures").fetchone()[0]
        sizes = dict(db.execute("select name, sum(pgsize) from dbstat group by name").fetchall())
        capture_bytes = sum(v for k, v in sizes.items() if k.startswith(("captures", "payloads", "manifest")))
        warc_path, wacz_path = os.path.join(tmp, "a.warc.gz"), os.path.join(tmp, "a.wacz")

        def export_warc():
            with open(warc_path, "wb") as out:
                return write_warc(db, out, filename="a.warc.gz")

        warc_s, counts = _best(export_warc)
        wacz_s, _ = _best(lambda: write_wacz(db, wacz_path))
        verify_s, _ = _best(lambda: list(verify(db, Report())))
        db.close()

        def import_once():
            target = os.path.join(tmp, f"import-{time.perf_counter_ns()}.db")
            archive = Archive(target)
            try:
                return import_warc(archive, warc_path)
            finally:
                archive.close()

        import_s, imported = _best(import_once)
        print(json.dumps({
            "articles": articles, "captures": captures, "warc_records": counts.records,
            "export_warc_records_per_s": round(counts.records / warc_s), "export_warc_s": round(warc_s, 3),
            "export_wacz_s": round(wacz_s, 3), "warc_bytes": os.path.getsize(warc_path),
            "wacz_bytes": os.path.getsize(wacz_path),
            "wacz_bytes_per_article": round(os.path.getsize(wacz_path) / articles),
            "import_records_per_s": round(imported.records / import_s), "import_s": round(import_s, 3),
            "verify_s": round(verify_s, 3), "archive_bytes": sum(sizes.values()),
            "capture_tables_bytes": capture_bytes, "capture_bytes_per_article": round(capture_bytes / articles),
        }, indent=2))


if __name__ == "__main__":
    main()
