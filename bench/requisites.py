"""Benchmark: what storing page requisites (each article's images) adds to a crawl of the demo site.

    python -m bench.requisites            # 3 crawls each way, alternating; prints one JSON object

Crawls the bundled demo site on loopback into fresh archives, with ``ARCHIVE_REQUISITES`` on and
off (alternating, so a loaded machine weighs on both alike), and reports each side's median wall
time, the requests the site served, the archive's size and what the requisites take in it (their
payloads, fetches, captures and requisites rows), per article.
"""
from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "PROGRESS_INTERVAL=0"]


def _crawl(server, db: str, requisites: bool) -> dict:
    before = len(server.request_log)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "archive.cli", "crawl", server.base_url + "/", "--db", db, *FAST,
                    "-s", f"ARCHIVE_REQUISITES={requisites}"], cwd=ROOT, capture_output=True, check=True)
    seconds = time.perf_counter() - started
    conn = sqlite3.connect(db)
    try:
        conn.execute("pragma wal_checkpoint(truncate)")
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        stored = conn.execute("select count(*), coalesce(sum(size), 0) from (select sha256, max(size) as size "
                              "from requisites where sha256 is not null group by sha256)").fetchone()
        image_bytes = conn.execute(
            "select coalesce(sum(length(body_gz)), 0) from payloads where sha256 in (select sha256 from requisites)"
        ).fetchone()[0]
        captures = conn.execute("select count(*) from captures c join fetches f on f.id = c.fetch_id "
                                "where f.page_type = 'requisite'").fetchone()[0]
    finally:
        conn.close()
    return {"seconds": seconds, "requests": len(server.request_log) - before, "articles": articles,
            "file_bytes": os.path.getsize(db), "images": stored[0], "image_bytes": stored[1],
            "image_payload_bytes": image_bytes, "image_captures": captures}


def main(runs: int = 3) -> None:
    from archive.demo import start_demo_server

    results: dict[bool, list[dict]] = {True: [], False: []}
    with tempfile.TemporaryDirectory(prefix="bench-requisites-") as tmp, start_demo_server() as server:
        for n in range(runs):
            for on in (False, True):
                results[on].append(_crawl(server, os.path.join(tmp, f"{on}-{n}.db"), on))
    out = {"load_average": os.getloadavg(), "runs": runs}
    for on, rows in results.items():
        median = statistics.median(r["seconds"] for r in rows)
        out["with" if on else "without"] = {**rows[-1], "seconds": round(median, 2)}
    with_, without = out["with"], out["without"]
    articles = with_["articles"] or 1
    out["added_per_article"] = {
        "requests": round((with_["requests"] - without["requests"]) / articles, 2),
        "file_bytes": round((with_["file_bytes"] - without["file_bytes"]) / articles),
        "image_bytes": round(with_["image_bytes"] / articles),
        "seconds": round((with_["seconds"] - without["seconds"]) / articles, 4),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
