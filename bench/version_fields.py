"""What per-version snapshots (``version_fields``, migration m013) add to an archive.

    python -m bench.recrawl --articles 1000          # leaves bench/out/crawl/recrawl.db
    python -m bench.version_fields bench/out/crawl/recrawl.db

Counts the archive's versions and snapshots, and the bytes of SQLite pages (``dbstat``) the
``version_fields`` table and its two indexes take, per article and as a share of the file.
"""
from __future__ import annotations

import os
import sqlite3
import sys

ADDED = ("version_fields", "idx_version_fields_sha256", "idx_article_versions_fields_id")


def measure(path: str) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        versions, articles = conn.execute("select count(*), count(distinct article_id) from article_versions").fetchone()
        snapshots, gz = conn.execute("select count(*), coalesce(sum(length(fields_gz)), 0) from version_fields").fetchone()
        pages = dict(conn.execute("select name, sum(pgsize) from dbstat group by name"))
    finally:
        conn.close()
    added = sum(pages.get(name, 0) for name in ADDED)
    return {"articles": articles, "versions": versions, "snapshots": snapshots, "gzip_bytes": gz,
            "added_bytes": added, "page_bytes": sum(pages.values()), "file_bytes": os.path.getsize(path),
            "bodies_bytes": pages.get("bodies", 0)}


def main(argv=None) -> int:
    for path in (argv or sys.argv[1:]):
        m = measure(path)
        print(f"{path}: {m['articles']:,} articles, {m['versions']:,} versions, {m['snapshots']:,} snapshots "
              f"({m['gzip_bytes']:,} bytes of gzip, {m['gzip_bytes'] / max(m['snapshots'], 1):,.0f} a snapshot); "
              f"version_fields and its indexes {m['added_bytes']:,} bytes of pages, "
              f"{m['added_bytes'] / max(m['articles'], 1):,.0f} an article, {m['added_bytes'] / m['page_bytes']:.1%} "
              f"of the file ({m['file_bytes']:,} bytes; bodies {m['bodies_bytes']:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
