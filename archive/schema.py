"""The archive's schema, built and evolved only through migrations (never edit an applied one)."""
from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("health-archive")

#: Columns of ``articles`` that are JSON arrays (Datasette array facets use them).
JSON_COLUMNS = ("authors", "tags", "categories", "reviewed_by", "headings")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["crawls"].create(
        {
            "id": int,
            "started": str,
            "finished": str,
            "status": str,  # running, finished, interrupted, failed
            "start_urls": str,  # JSON array
            "settings": str,  # JSON object of the settings that shape the run
            "pages_fetched": int,
            "not_modified": int,
            "articles_new": int,
            "articles_changed": int,
            "articles_unchanged": int,
            "articles_gone": int,
            "errors": int,
            "message": str,
        },
        pk="id",
        defaults={
            "pages_fetched": 0,
            "not_modified": 0,
            "articles_new": 0,
            "articles_changed": 0,
            "articles_unchanged": 0,
            "articles_gone": 0,
            "errors": 0,
        },
        not_null=["started", "status"],
    )
    db["raw_pages"].create(
        {
            "id": int,
            "sha256": str,  # of the raw bytes: identical pages are stored once
            "url": str,
            "fetched_at": str,
            "status": int,
            "content_type": str,
            "encoding": str,
            "size": int,  # uncompressed bytes
            "body_gz": bytes,  # gzip of the raw bytes as received
        },
        pk="id",
        not_null=["sha256", "url", "body_gz"],
    )
    db["raw_pages"].create_index(["sha256"], unique=True)
    db["articles"].create(
        {
            "id": int,
            "url": str,  # canonical URL: the identity of the article
            "site": str,
            "title": str,
            "authors": str,
            "published": str,
            "published_source": str,
            "modified": str,
            "modified_source": str,
            "description": str,
            "language": str,
            "image": str,
            "reviewed_by": str,
            "reviewed_on": str,
            "tags": str,
            "categories": str,
            "headings": str,
            "body_html": str,
            "body_text": str,
            "word_count": int,
            "content_hash": str,
            "version": int,
            "status": str,  # live, gone
            "gone_since": str,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
            "fetched_url": str,  # the URL last fetched for it (may differ from the canonical url)
            "raw_page_id": int,
            "etag": str,
            "last_modified": str,
        },
        pk="id",
        not_null=["url", "site", "first_seen", "last_seen"],
        defaults={"status": "live", "version": 1},
        foreign_keys=[("raw_page_id", "raw_pages", "id")],
    )
    db["articles"].create_index(["url"], unique=True)
    for cols in (["site"], ["published"], ["last_changed"], ["status"]):
        db["articles"].create_index(cols)
    db["article_urls"].create(
        {"url": str, "article_id": int},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["article_id"])
    db["article_versions"].create(
        {
            "id": int,
            "article_id": int,
            "version": int,
            "fetched_at": str,
            "content_hash": str,
            "title": str,
            "authors": str,
            "published": str,
            "modified": str,
            "description": str,
            "body_text": str,
            "body_html": str,
            "raw_page_id": int,
            "crawl_id": int,
        },
        pk="id",
        not_null=["article_id", "version", "fetched_at", "content_hash"],
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("raw_page_id", "raw_pages", "id"),
            ("crawl_id", "crawls", "id"),
        ],
    )
    db["article_versions"].create_index(["article_id", "version"], unique=True)
    db["related_links"].create(
        {
            "article_id": int,
            "position": int,
            "url": str,
            "title": str,
            "teaser": str,
            "target_id": int,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id"), ("target_id", "articles", "id")],
    )
    db["related_links"].create_index(["url"])
    db["related_links"].create_index(["target_id"])
    db["links"].create(
        {
            "article_id": int,
            "position": int,
            "url": str,
            "text": str,
            "rel": str,
            "internal": int,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["links"].create_index(["url"])
    db["links"].create_index(["rel"])
    db["images"].create(
        {"article_id": int, "position": int, "src": str, "alt": str, "caption": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["citations"].create(
        {"article_id": int, "position": int, "url": str, "text": str, "doi": str, "pmid": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["citations"].create_index(["doi"])
    db["citations"].create_index(["pmid"])
    db["fetches"].create(
        {
            "id": int,
            "crawl_id": int,
            "url": str,
            "status": int,  # HTTP status; null when no response came back
            "fetched_at": str,
            "content_type": str,
            "bytes": int,
            "page_type": str,  # article, listing, other, sitemap, feed
            "outcome": str,  # new, changed, unchanged, not_modified, followed, error
            "article_id": int,
            "error": str,
            "elapsed_ms": int,
        },
        pk="id",
        not_null=["url", "fetched_at"],
        foreign_keys=[("crawl_id", "crawls", "id"), ("article_id", "articles", "id")],
    )
    db["fetches"].create_index(["crawl_id"])
    db["fetches"].create_index(["url"])
    db["articles"].enable_fts(["title", "description", "body_text"], create_triggers=True, tokenize="porter")


@migrations()
def m002_incremental(db: sqlite_utils.Database) -> None:
    """Scheduled crawls: profiles, resumes, validators for conditional GET, links of every page."""
    db["crawls"].add_column("profile", str)
    db["crawls"].add_column("resumed_from", int)
    db["crawls"].add_column("anomaly", str)
    db["crawls"].add_column("skipped", int)  # known pages not fetched: fresh, or archived by the resumed run
    db["fetches"].add_column("etag", str)
    db["fetches"].add_column("last_modified", str)
    db["pages"].create(
        {
            "url": str,  # as requested (cleaned)
            "kind": str,  # article, listing, other, sitemap, feed
            "status": int,
            "etag": str,
            "last_modified": str,
            "fetched_at": str,
            "crawl_id": int,
            "article_id": int,
            "links_gz": bytes,  # gzip of the JSON list of links to follow from this page
        },
        pk="url",
        foreign_keys=[("article_id", "articles", "id"), ("crawl_id", "crawls", "id")],
    )
    db["pages"].create_index(["crawl_id"])
    db["pages"].create_index(["article_id"])


@migrations()
def m003_distributed(db: sqlite_utils.Database) -> None:
    """Distributed crawls: which worker fetched each page, and how far the writer has committed."""
    db["fetches"].add_column("worker", str)
    db["crawls"].add_column("ingested_id", str)


def open_db(path: str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the archive in WAL mode with foreign keys on, applying pending migrations."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        from archive.views import create_views

        migrations.apply(db)
        create_views(db)
    return db
