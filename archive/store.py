"""Every write to the archive: crawls, fetches, raw pages and articles with their versions and links.

An article, its version row, its links and its raw page are written in one transaction, so a
crash leaves either the whole article or none of it.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional

import sqlite_utils

from archive.extract.record import Article
from archive.schema import open_db
from archive.urls import clean_url

#: Fields whose change makes a new version. Related lists and markup are left out on purpose:
#: sites rotate "Read Also" picks and ad markup between visits, which is not an edit.
VERSIONED_FIELDS = (
    "title", "authors", "published", "modified", "description",
    "reviewed_by", "reviewed_on", "tags", "categories", "body_text",
)


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class FetchedPage:
    """One HTTP response as the crawler received it."""
    url: str
    status: int
    body: bytes
    content_type: str = ""
    encoding: str = ""
    fetched_at: str = ""
    etag: str = ""
    last_modified: str = ""
    elapsed_ms: Optional[int] = None


def content_hash(article: Article) -> str:
    """Hash of the normalized content: equal hashes mean nothing a reader sees has changed."""
    payload = {name: getattr(article, name) for name in VERSIONED_FIELDS}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


class Archive:
    """The archive file, opened for writing (WAL mode, migrations applied)."""

    def __init__(self, path: str):
        self.path = path
        self.db: sqlite_utils.Database = open_db(path)

    def close(self) -> None:
        self.db.close()

    # -- crawls and fetches -------------------------------------------------------------

    def start_crawl(self, start_urls: Iterable[str], settings: Optional[dict] = None) -> int:
        table = self.db["crawls"].insert(
            {
                "started": utcnow(),
                "status": "running",
                "start_urls": _json(list(start_urls)),
                "settings": _json(settings or {}),
            }
        )
        return table.last_pk

    def finish_crawl(self, crawl_id: int, status: str, message: str = "") -> dict:
        """Close a crawl row, recomputing its counts from ``fetches`` so they cannot drift."""
        counts = self.crawl_counts(crawl_id)
        self.db["crawls"].update(
            crawl_id, {**counts, "finished": utcnow(), "status": status, "message": message or None}
        )
        return self.db["crawls"].get(crawl_id)

    def crawl_counts(self, crawl_id: int) -> dict:
        """Counts of a crawl; article counts are of distinct articles, whatever URL variants led to them."""
        row = next(
            self.db.query(
                """
                with f as (select * from fetches where crawl_id = :crawl),
                touched as (
                  select article_id,
                    max(outcome = 'new') as is_new,
                    max(outcome = 'changed') as is_changed
                  from f where article_id is not null and outcome in ('new', 'changed', 'unchanged', 'not_modified')
                  group by article_id
                )
                select
                  (select count(*) from f where status is not null) as pages_fetched,
                  (select count(*) from f where outcome = 'not_modified') as not_modified,
                  (select count(*) from touched where is_new) as articles_new,
                  (select count(*) from touched where is_changed and not is_new) as articles_changed,
                  (select count(*) from touched where not is_new and not is_changed) as articles_unchanged,
                  (select count(distinct article_id) from f where outcome = 'gone') as articles_gone,
                  (select count(*) from f where outcome = 'error') as errors
                """,
                {"crawl": crawl_id},
            )
        )
        return dict(row)

    def record_fetch(
        self,
        crawl_id: Optional[int],
        url: str,
        *,
        status: Optional[int] = None,
        content_type: str = "",
        size: Optional[int] = None,
        page_type: str = "",
        outcome: str = "",
        article_id: Optional[int] = None,
        error: str = "",
        elapsed_ms: Optional[int] = None,
        fetched_at: str = "",
    ) -> None:
        self.db["fetches"].insert(
            {
                "crawl_id": crawl_id,
                "url": url,
                "status": status,
                "fetched_at": fetched_at or utcnow(),
                "content_type": content_type or None,
                "bytes": size,
                "page_type": page_type or None,
                "outcome": outcome or None,
                "article_id": article_id,
                "error": error or None,
                "elapsed_ms": elapsed_ms,
            }
        )

    # -- articles -----------------------------------------------------------------------

    def find_article_id(self, urls: Iterable[str]) -> Optional[int]:
        for url in urls:
            row = self.db.execute("select article_id from article_urls where url = ?", [url]).fetchone()
            if row:
                return row[0]
        return None

    def save_article(self, crawl_id: Optional[int], page: FetchedPage, article: Article) -> tuple[str, int]:
        """Store one extracted article; returns ``(outcome, article_id)``, outcome new/changed/unchanged."""
        now = page.fetched_at or utcnow()
        key = clean_url(article.canonical_url or page.url)
        aliases = list(dict.fromkeys([key, clean_url(page.url)]))
        digest = content_hash(article)
        with self.db.atomic():
            article_id = self.find_article_id(aliases)
            existing = self.db["articles"].get(article_id) if article_id else None
            if existing and existing["content_hash"] == digest:
                self.db["articles"].update(
                    article_id,
                    {
                        "last_seen": now,
                        "status": "live",
                        "gone_since": None,
                        "fetched_url": page.url,
                        "etag": page.etag or None,
                        "last_modified": page.last_modified or None,
                    },
                )
                outcome = "unchanged"
            else:
                raw_page_id = self._save_raw(page)
                version = existing["version"] + 1 if existing else 1
                record = self._article_row(article, page, digest, raw_page_id, now)
                record.update({"version": version, "last_changed": now, "last_seen": now})
                if existing:
                    # Keep the identity it was first archived under.
                    record.update({"url": existing["url"], "first_seen": existing["first_seen"]})
                    self.db["articles"].update(article_id, record)
                    outcome = "changed"
                else:
                    record.update({"url": key, "first_seen": now})
                    article_id = self.db["articles"].insert(record).last_pk
                    outcome = "new"
                self.db["article_versions"].insert(
                    self._version_row(article_id, version, article, digest, now, raw_page_id, crawl_id)
                )
                self._replace_children(article_id, article)
            self._save_aliases(article_id, aliases)
            self._replace_related(article_id, article)
        return outcome, article_id

    @staticmethod
    def _version_row(article_id, version, article, digest, fetched_at, raw_page_id, crawl_id) -> dict:
        return {
            "article_id": article_id,
            "version": version,
            "fetched_at": fetched_at,
            "content_hash": digest,
            "title": article.title,
            "authors": _json(article.authors),
            "published": article.published,
            "modified": article.modified,
            "description": article.description,
            "body_text": article.body_text,
            "body_html": article.body_html,
            "raw_page_id": raw_page_id,
            "crawl_id": crawl_id,
        }

    def _article_row(self, article: Article, page: FetchedPage, digest: str, raw_page_id: int, now: str) -> dict:
        return {
            "site": article.site,
            "title": article.title,
            "authors": _json(article.authors),
            "published": article.published,
            "published_source": article.published_source or None,
            "modified": article.modified,
            "modified_source": article.modified_source or None,
            "description": article.description,
            "language": article.language or None,
            "image": article.image or None,
            "reviewed_by": _json(article.reviewed_by),
            "reviewed_on": article.reviewed_on,
            "tags": _json(article.tags),
            "categories": _json(article.categories),
            "headings": _json([{"level": h.level, "text": h.text} for h in article.headings]),
            "body_html": article.body_html,
            "body_text": article.body_text,
            "word_count": article.word_count,
            "content_hash": digest,
            "status": "live",
            "gone_since": None,
            "fetched_url": page.url,
            "raw_page_id": raw_page_id,
            "etag": page.etag or None,
            "last_modified": page.last_modified or None,
        }

    def _save_raw(self, page: FetchedPage) -> int:
        sha = hashlib.sha256(page.body).hexdigest()
        row = self.db.execute("select id from raw_pages where sha256 = ?", [sha]).fetchone()
        if row:
            return row[0]
        return self.db["raw_pages"].insert(
            {
                "sha256": sha,
                "url": page.url,
                "fetched_at": page.fetched_at or utcnow(),
                "status": page.status,
                "content_type": page.content_type or None,
                "encoding": page.encoding or None,
                "size": len(page.body),
                "body_gz": gzip.compress(page.body, compresslevel=6),
            }
        ).last_pk

    def _save_aliases(self, article_id: int, aliases: list[str]) -> None:
        for url in aliases:
            self.db.execute(
                "insert into article_urls (url, article_id) values (?, ?) "
                "on conflict(url) do update set article_id = excluded.article_id",
                [url, article_id],
            )
        # Read Also links archived earlier that point here now have a target.
        marks = ",".join("?" for _ in aliases)
        self.db.execute(
            f"update related_links set target_id = ? where target_id is null and url in ({marks})",
            [article_id, *aliases],
        )

    def _replace_children(self, article_id: int, article: Article) -> None:
        for table in ("links", "images", "citations"):
            self.db.execute(f"delete from [{table}] where article_id = ?", [article_id])
        self.db["links"].insert_all(
            {"article_id": article_id, "position": i, "url": link.url, "text": link.text,
             "rel": link.rel or None, "internal": int(link.internal)}
            for i, link in enumerate(article.links, 1)
        )
        self.db["images"].insert_all(
            {"article_id": article_id, "position": i, "src": img.src, "alt": img.alt, "caption": img.caption}
            for i, img in enumerate(article.images, 1)
        )
        self.db["citations"].insert_all(
            {"article_id": article_id, "position": i, "url": c.url, "text": c.text,
             "doi": c.doi or None, "pmid": c.pmid or None}
            for i, c in enumerate(article.citations, 1)
        )

    def _replace_related(self, article_id: int, article: Article) -> None:
        self.db.execute("delete from related_links where article_id = ?", [article_id])
        rows = []
        for i, item in enumerate(article.related, 1):
            url = clean_url(item.url)
            target = self.find_article_id([url])
            rows.append({"article_id": article_id, "position": i, "url": url, "title": item.title,
                         "teaser": item.teaser, "target_id": target})
        self.db["related_links"].insert_all(rows)

    # -- reparse ------------------------------------------------------------------------

    def raw_page_for(self, article_id: int) -> dict:
        """The raw page an article's current version was extracted from."""
        return next(self.db.query(
            "select raw_pages.* from articles join raw_pages on raw_pages.id = articles.raw_page_id "
            "where articles.id = ?",
            [article_id],
        ))

    def apply_reparse(self, article_id: int, article: Article, raw: dict) -> str:
        """Store a re-extraction: a new version if the content changed, else refresh in place."""
        digest = content_hash(article)
        page = FetchedPage(url=raw["url"], status=raw["status"], body=b"", content_type=raw["content_type"] or "",
                           fetched_at=raw["fetched_at"])
        with self.db.atomic():
            existing = self.db["articles"].get(article_id)
            record = self._article_row(article, page, digest, raw["id"], raw["fetched_at"])
            for keep in ("fetched_url", "etag", "last_modified", "status", "gone_since"):
                record.pop(keep)
            outcome = "unchanged"
            if existing["content_hash"] != digest:
                outcome = "changed"
                record.update({"version": existing["version"] + 1, "last_changed": utcnow()})
                self.db["article_versions"].insert(self._version_row(article_id, record["version"], article,
                                                                     digest, utcnow(), raw["id"], None))
            self.db["articles"].update(article_id, record)
            self._replace_children(article_id, article)
            self._replace_related(article_id, article)
        return outcome


def load_raw(row: dict) -> bytes:
    return gzip.decompress(row["body_gz"])
