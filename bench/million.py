"""Benchmark: an archive of 1,000,000 articles — build time, file size, Datasette timings, reparse.

    python -m bench.million                      # build once (bench/out/million/), then time
    python -m bench.million --articles 200000    # a smaller run of the same recipe
    python -m bench.million --time-only          # time the archive already built
    python -m bench.million --build-only         # build, do not time

The archive is built by bench.datasette_scale's generator (real schema, realistic bodies of
600-1,200 words, versions, Read Also links, links, images, citations, fetches) with bulk inserts;
for speed the triggers on ``articles`` (full text, browse tables) are dropped during the load and
their tables built once at the end (``archive.db.schema.rebuild_fts`` and
``archive.db.schema.refresh_browse_tables``: the same tables and triggers the migrations create).
Pages are timed through Datasette in process with the plugin, as in bench.datasette_scale.
Reparse throughput: REPARSE_SAMPLE articles get a stored raw page (a ~30 KB page of the generated
site) and ``reparse_archive`` runs over them inside the big archive.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

from bench import datasette_scale as scale

OUT = scale.OUT / "million"
REPARSE_SAMPLE = 2000


def build(path: Path, articles: int) -> float:
    from archive.db.schema import open_db, rebuild_fts, refresh_browse_tables, refresh_read_also_counts

    def open_without_triggers(p):
        db = open_db(p)
        for name in [r[0] for r in db.execute("select name from sqlite_master where type = 'trigger' "
                                              "and tbl_name in ('articles', 'related_links')")]:
            db.execute(f"drop trigger [{name}]")
        return db

    started = time.monotonic()
    original = scale.open_db
    scale.open_db = open_without_triggers
    try:
        scale.generate(path, articles)
    finally:
        scale.open_db = original
    print(f"  rows loaded in {time.monotonic() - started:.0f}s; building the full-text index ...", flush=True)
    db = open_db(str(path))
    rebuild_fts(db)  # the index over articles_full, and its triggers (see m007)
    print(f"  full-text index built at {time.monotonic() - started:.0f}s; filling the browse tables ...", flush=True)
    refresh_browse_tables(db)  # and analyzes them (the generator analyzed everything else)
    refresh_read_also_counts(db)
    db.execute("pragma wal_checkpoint(truncate)")
    db.close()
    return time.monotonic() - started


def upgrade(path: Path) -> float:
    """Apply pending migrations and create missing views and browse indexes, as any command
    opening the archive does; returns the seconds it took (next to nothing when current)."""
    from archive.db.schema import open_db

    started = time.monotonic()
    open_db(str(path)).close()
    elapsed = time.monotonic() - started
    if elapsed > 1:
        print(f"  brought the archive up to date (migrations, browse indexes) in {elapsed:.0f}s", flush=True)
    return elapsed


def add_raw_pages(path: Path, sample: int) -> list[int]:
    """Give ``sample`` articles a stored raw page from the generated site; returns their ids."""
    from archive.demo.generated import GeneratedSite
    from archive.db.schema import open_db

    site = GeneratedSite(articles=sample, base_url="https://riverside.example")
    db = open_db(str(path))
    ids = [r[0] for r in db.execute("select id from articles order by id limit ?", [sample])]
    with db.conn:
        db.execute("update articles set raw_page_id = null where raw_page_id is not null")
        for article_id, spec in zip(ids, site.specs):
            body = site.resolve(site.path(spec)).body
            sha256 = hashlib.sha256(body).hexdigest()
            # A page stored by an earlier run is reused: versions that run's reparse added point at it.
            existing = db.execute("select id from raw_pages where sha256 = ?", [sha256]).fetchone()
            raw_id = existing[0] if existing else db["raw_pages"].insert({
                "sha256": sha256, "url": site.url(site.path(spec)),
                "fetched_at": "2025-01-01T00:00:00+00:00", "status": 200, "content_type": "text/html; charset=UTF-8",
                "encoding": "utf-8", "size": len(body), "body_gz": gzip.compress(body, 6),
            }).last_pk
            db.execute("update articles set raw_page_id = ? where id = ?", [raw_id, article_id])
    db.close()
    return ids


def reparse_rate(path: Path) -> dict:
    from archive.db.reparse import reparse_archive

    started = time.monotonic()
    counts = reparse_archive(str(path))
    elapsed = time.monotonic() - started
    return {**counts, "seconds": round(elapsed, 1), "per_s": round(counts["total"] / elapsed, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--time-only", action="store_true", help="do not build; time the archive already there")
    parser.add_argument("--build-only", action="store_true", help="build the archive; do not time it")
    args = parser.parse_args(argv)
    path = OUT / f"{args.articles}" / "archive.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    result_path = path.with_name("result.json")
    result = json.loads(result_path.read_text()) if result_path.exists() else {"articles": args.articles}
    if not args.time_only:
        print(f"Building {args.articles:,} articles into {path} ...", flush=True)
        result["build_s"] = round(build(path, args.articles), 1)
        result_path.write_text(json.dumps(result, indent=2) + "\n")
    else:
        result["upgrade_s"] = round(upgrade(path), 1)
    result["file_mb"] = round(path.stat().st_size / 1e6)
    if args.build_only:
        result_path.write_text(json.dumps(result, indent=2) + "\n")
        print(f"  {result['file_mb']:,} MB, built in {result.get('build_s', '?')}s", flush=True)
        return 0
    print(f"  {result['file_mb']:,} MB, built in {result.get('build_s', '?')}s", flush=True)
    results = asyncio.run(scale.time_pages(path, args.runs))
    result["pages"] = [{k: r[k] for k in ("label", "path", "median", "p95", "problems", "note")} for r in results]
    result_path.write_text(json.dumps(result, indent=2) + "\n")
    print(scale.table(results))
    add_raw_pages(path, REPARSE_SAMPLE)
    result["reparse"] = reparse_rate(path)
    print(f"  reparse: {result['reparse']}", flush=True)
    result_path.write_text(json.dumps(result, indent=2) + "\n")
    slow = [r for r in results if r["median"] > 1000 or r["problems"]]
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
