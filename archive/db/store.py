"""Every write to the archive, a method of :class:`Archive`: crawls, fetches, visits with their
captures, raw pages and articles with their versions and links, page states, notifications.

An article, its version row, its links and its raw page are written in one transaction, so a
crash leaves either the whole article or none of it.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional
from urllib.parse import parse_qsl, urlsplit

import sqlite_utils

from archive.extract.record import Article
from archive.crawl.linkpolicy import OPTIONAL, ROBOTS
from archive.db.manifest import note_rewrite, seal, seal_crawl
from archive.db.pages import article_for_url, encode_links
from archive.crawl.requisites import Requisite, refusal as requisite_refusal
from archive.db.schema import open_db
from archive.db.transaction import unit
from archive.config import extractor_version
from archive.extract.site import MIN_PAGES, PageSample, SiteLearner, template_key
from archive.db.site_knowledge import SAMPLE_LIMIT, SiteKnowledge
from archive.urls import clean_url
from archive.db.version_fields import canonical_json, fields_sha256, gzip_fields, snapshot

#: Fields whose change makes a new version. Related lists and markup are left out on purpose:
#: sites rotate "Read Also" picks and ad markup between visits, which is not an edit. Every list is
#: still kept per version (archive.db.version_fields): a version's snapshot is what the visit that made
#: it extracted; a later visit that finds the article unchanged updates the current-state tables only.
VERSIONED_FIELDS = (
    "title", "authors", "published", "modified", "description",
    "reviewed_by", "reviewed_on", "tags", "categories", "body_text",
)


#: The current versions of a site's articles extracted before the site had a template.
_UNSETTLED_SQL = (
    "select a.id as article_id, r.* from articles a "
    "join article_versions v on v.article_id = a.id and v.version = a.version "
    "join raw_pages r on r.id = a.raw_page_id "
    "where a.site = ? and v.template_pages < ? order by a.id limit ?")
SETTLE_LIMIT = 5000     # articles of one site settled when a crawl ends
EXTRACTOR = extractor_version()     # on every version row written or rewritten
#: A template learned from fewer pages than this may still take for furniture what a few of the
#: first pages happen to share (a reference cited by several early posts): the articles extracted
#: with it are settled again once the site's template has grown.
SETTLE_PAGES = 50
#: Sites small enough to be learned again from all their pages at once (MIN_PAGES..SETTLE_PAGES
#: articles) whose articles were not all extracted with a template of that many pages.
_SMALL_UNSETTLED_SQL = (
    "select s.site, s.articles from site_stats s where s.articles between ? and ? and exists ("
    "select 1 from articles a join article_versions v on v.article_id = a.id and v.version = a.version "
    "where a.site = s.site and v.template_pages is not s.articles) order by s.site")
#: Sites not settled yet whose pages were sampled while crawled (see _relearn).
_SAMPLED_SITES_SQL = (
    "select distinct s.site from site_samples s left join site_profiles p on p.site = s.site "
    "where p.settled is null order by s.site")
#: A site's articles with their kept samples (null: none kept).
_SITE_SAMPLES_SQL = (
    "select a.id, a.url, s.fingerprints, s.title_parts, s.template_key from articles a "
    "left join site_samples s on s.article_id = a.id where a.site = ? and a.raw_page_id is not null")
#: Versions a crawl made that a later version of the same crawl superseded, with their raw pages.
_SUPERSEDED_SQL = (
    "select v.id as version_id, v.article_id, v.version, v.body_id as old_body_id, "
    "a.site, r.* from article_versions v join articles a on a.id = v.article_id "
    "join raw_pages r on r.id = v.raw_page_id where v.crawl_id = ? and v.version < a.version order by v.id")
_RAW_PAGE_SQL = "select a.id as article_id, r.* from articles a join raw_pages r on r.id = a.raw_page_id where a.id = ?"
_SETTLED_PAGES_SQL = (
    "update article_versions set template_pages = ? where id in (select v.id from articles a "
    "join article_versions v on v.article_id = a.id and v.version = a.version where a.site = ?)")

REQUISITE = "requisite"  # fetches.page_type of a page requisite (archive.crawl.requisites)
#: Bytes the images stored for an article in a crawl take (each distinct image once).
_ARTICLE_REQUISITE_BYTES_SQL = (
    "select coalesce(sum(size), 0) from (select distinct q.sha256, q.size from requisites q "
    "join fetches f on f.id = q.id where q.article_url = ? and f.crawl_id is ? and q.sha256 is not null)")
_INSERT_REQUISITE_SQL = (
    "insert into requisites (id, url, article_url, role, sha256, content_type, size) values (?, ?, ?, ?, ?, ?, ?)")

# 304 visits, set-based: one statement per step for the whole batch, its rows passed as one JSON
# array ([key, url, fetched_at, status, content_type, bytes, elapsed_ms, etag, last_modified, article_id]
# each). A statement run per row gives the GIL back and waits to take it again from the busy
# reactor thread at every row; one statement waits once.
_NOT_MODIFIED_IDS_SQL = (  # one row: stepping through fifty would wait for the GIL fifty times
    "select json_group_array(article_id) from "
    "(select p.article_id from json_each(?) j left join pages p on p.url = j.value order by j.key)")
_NOT_MODIFIED_PAGES_SQL = (
    "update pages set fetched_at = json_extract(j.value, '$[2]'), crawl_id = ? "
    "from json_each(?) j where pages.url = json_extract(j.value, '$[0]')")
_NOT_MODIFIED_SEEN_SQL = (
    "update articles set last_seen = json_extract(j.value, '$[2]') "
    "from json_each(?) j where articles.id = json_extract(j.value, '$[9]')")
# Back to live only where it was not (a page gone and come back): setting status on every row
# would rewrite the status indexes for nothing.
_NOT_MODIFIED_LIVE_SQL = (
    "update articles set status = 'live', gone_since = null "
    "where id in (select json_extract(value, '$[9]') from json_each(?)) and status is not 'live'")
_NOT_MODIFIED_FETCHES_SQL = (
    "insert into fetches (crawl_id, url, status, fetched_at, content_type, bytes, page_type, outcome, "
    "article_id, error, elapsed_ms, etag, last_modified, worker) "
    "select ?, json_extract(value, '$[1]'), json_extract(value, '$[3]'), json_extract(value, '$[2]'), "
    "json_extract(value, '$[4]'), json_extract(value, '$[5]'), 'not_modified', 'not_modified', "
    "json_extract(value, '$[9]'), null, json_extract(value, '$[6]'), json_extract(value, '$[7]'), "
    "json_extract(value, '$[8]'), ? from json_each(?) order by key")

# Captures (archive.db.capture: what a hop holds), written beside their visit's fetches row.
_INSERT_CAPTURE_SQL = (
    "insert into captures (crawl_id, fetch_id, hop, kind, url, method, request_head, requested_at, status, "
    "protocol, ip, response_head, fetched_at, payload_sha256, payload_size, decoded, refers_to, source) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
#: What a 304 is a revisit of: its URL's last stored response.
_LAST_RESPONSE_SQL = (
    "select id from captures where url = ? and kind = 'response' and status between 200 and 299 "
    "order by fetched_at desc, id desc limit 1")
#: 304 visits of one hop each, set-based like the other 304 statements: one insert for the batch,
#: its rows one JSON array ([fetch_id, url, method, request_head, requested_at, status, protocol, ip,
#: response_head, fetched_at] each), each a revisit of its URL's last stored response.
_REVISITS_SQL = (
    "insert into captures (crawl_id, fetch_id, hop, kind, url, method, request_head, requested_at, status, "
    "protocol, ip, response_head, fetched_at, payload_sha256, payload_size, decoded, refers_to, source) "
    "select ?, json_extract(j.value, '$[0]'), 0, 'revisit', json_extract(j.value, '$[1]'), "
    "json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'), "
    "json_extract(j.value, '$[5]'), json_extract(j.value, '$[6]'), json_extract(j.value, '$[7]'), "
    "json_extract(j.value, '$[8]'), json_extract(j.value, '$[9]'), ?, 0, null, "
    "(select c.id from captures c where c.url = json_extract(j.value, '$[1]') and c.kind = 'response' "
    " and c.status between 200 and 299 order by c.fetched_at desc, c.id desc limit 1), 'crawl' "
    "from json_each(?) j order by j.key")
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


# -- crawl rows, read by the runners (CLI loop, Redis coordinator, import) -------------------

def crawl_row(db: sqlite_utils.Database, crawl_id: int) -> dict:
    return dict(db["crawls"].get(crawl_id))


def last_crawl_id(db: sqlite_utils.Database) -> int:
    """The newest crawl's id, 0 in an archive without crawls."""
    return db.execute("select coalesce(max(id), 0) from crawls").fetchone()[0]


def crawl_after(db: sqlite_utils.Database, before: int) -> Optional[int]:
    """The newest crawl started after crawl ``before`` (the one a child process opened), or None."""
    row = db.execute("select id from crawls where id > ? order by id desc limit 1", [before]).fetchone()
    return row[0] if row else None


def ingested_entry(db: sqlite_utils.Database, crawl_id: Optional[int]) -> Optional[str]:
    """The last Redis items-stream entry a distributed crawl's writer committed."""
    row = db.execute("select ingested_id from crawls where id = ?", [crawl_id]).fetchone()
    return row[0] if row else None




def page_count(db: sqlite_utils.Database) -> int:
    """URLs the archive knows (0 before the ``pages`` table exists)."""
    return db.execute("select count(*) from pages").fetchone()[0] if "pages" in db.table_names() else 0






def resumed_totals(db: sqlite_utils.Database, crawl_id: int) -> tuple[int, int]:
    """Pages fetched and errors of the interrupted crawls that ``crawl_id`` picked up from.

    A resumed crawl fetches only what its predecessors left, so its own error rate is taken over
    a handful of pages; the chain's totals say what the whole crawl met.
    """
    pages = errors = 0
    seen: set[int] = set()
    row = db.execute("select resumed_from from crawls where id = ?", [crawl_id]).fetchone()
    current = row[0] if row else None
    while current is not None and current not in seen:
        seen.add(current)
        row = db.execute("select pages_fetched, errors, resumed_from from crawls where id = ?", [current]).fetchone()
        if not row:
            break
        pages += row[0] or 0
        errors += row[1] or 0
        current = row[2]
    return pages, errors


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
    capture: Optional[list] = None  # the visit's downloads as they happened (archive.db.capture.hop each)


@dataclass
class PageItem:
    """One visit as a crawl hands it to the archive (the spider's item, scraper.items): the page and
    what it was. Whichever process holds the archive writes it (``save``): the local pipeline, or a
    distributed run's writer, which a worker sends it as plain data (``to_dict``, ``from_dict``)."""
    page: FetchedPage
    kind: str = "html"                 # article, listing, other, sitemap, feed, not_modified, skipped, gone, error, requisite
    article: Optional[Article] = None  # set when the page is an article
    error: str = ""                    # why the page could not be archived
    links: Optional[dict] = None       # links by role, remembered for a later 304
    requisite: Optional[dict] = None   # kind "requisite": archive.crawl.requisites.Requisite.to_dict()

    def save(self, archive: "Archive", crawl_id: Optional[int], worker: str = "") -> str:
        """Write the visit (``Archive.save_visit``); returns its outcome."""
        outcome, _ = archive.save_visit(crawl_id, self.page, kind=self.kind, key=self.page.url, article=self.article,
                                        error=self.error, links=self.links, worker=worker, requisite=self.requisite)
        return outcome

    def to_dict(self) -> dict:
        """The item as plain data, the page's raw body with it: what a distributed worker sends its writer."""
        article = self.article.to_dict(with_sample=True) if self.article is not None else None
        return {"page": asdict(self.page), "kind": self.kind, "article": article, "error": self.error,
                "links": self.links, "requisite": self.requisite}

    @classmethod
    def from_dict(cls, data: dict) -> "PageItem":
        article = Article.from_dict(data["article"]) if data.get("article") else None
        return cls(page=FetchedPage(**data["page"]), kind=data["kind"], article=article,
                   error=data.get("error") or "", links=data.get("links"), requisite=data.get("requisite"))


@dataclass
class Placement:
    """Where a fetched article goes: the stored article it updates (None: a new one), the URL it is
    stored under, the addresses that lead to it, and why a canonical claim was not accepted."""
    article: Optional[dict]
    url: str
    aliases: list[str]
    note: str = ""


def one_address(a: str, b: str) -> bool:
    """Whether two URLs differ only in their query's parameter order or the case of its names."""
    pa, pb = urlsplit(a), urlsplit(b)
    if (pa.scheme, pa.netloc, pa.path) != (pb.scheme, pb.netloc, pb.path) or not pa.query:
        return False

    def params(query: str) -> list:
        return sorted((k.lower(), v) for k, v in parse_qsl(query, keep_blank_values=True))
    return params(pa.query) == params(pb.query)


def content_hash(article: Article) -> str:
    """Hash of the normalized content: equal hashes mean nothing a reader sees has changed."""
    payload = {name: getattr(article, name) for name in VERSIONED_FIELDS}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def body_sha256(body_text: Optional[str], body_html: Optional[str]) -> str:
    """The name of a body in ``bodies``: SHA-256 of the JSON array ``[body_text, body_html]``."""
    return hashlib.sha256(json.dumps([body_text, body_html], ensure_ascii=False).encode()).hexdigest()


def gzip_html(body_html: Optional[str]) -> Optional[bytes]:
    """``bodies.body_html_gz``: gzip of the UTF-8 HTML (no timestamp: equal HTML, equal bytes)."""
    return None if body_html is None else gzip.compress(body_html.encode(), compresslevel=6, mtime=0)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


class Archive:
    """The archive file, opened for writing (WAL mode, migrations applied)."""

    def __init__(self, path: str):
        self.path = path
        self.db: sqlite_utils.Database = open_db(path)
        self.knowledge = SiteKnowledge(self.db)

    def close(self) -> None:
        # SQLite's advice for long-lived archives: refresh the planner's statistics where they went
        # stale as the archive grew (usually nothing to do). Whole tables, not a bounded sample:
        # at a million articles a sample of 1,000 rows per index guessed 6.4 million articles and
        # 'live' a rare status, and Datasette's newest-first page sorted the whole table (0.6 s,
        # not 0.1 ms); all of that archive's statistics take 6.4 s, and optimize seldom needs any.
        try:
            self.db.execute("pragma optimize")
        except sqlite3.Error:  # a read-only or full disk: statistics can wait for the next run
            pass
        self.db.close()

    # -- crawls and fetches -------------------------------------------------------------

    def start_crawl(
        self, start_urls: Iterable[str], settings: Optional[dict] = None, *,
        profile: str = "", resumed_from: Optional[int] = None,
    ) -> int:
        table = self.db["crawls"].insert(
            {
                "started": utcnow(),
                "status": "running",
                "start_urls": _json(list(start_urls)),
                "settings": _json(settings or {}),
                "profile": profile or None,
                "resumed_from": resumed_from,
            }
        )
        return table.last_pk

    def close_dead_crawls(self) -> list[int]:
        """Crawls still 'running' while we hold the lock died (SIGKILL, power cut): mark them interrupted."""
        ids = [r[0] for r in self.db.execute("select id from crawls where status = 'running'")]
        for crawl_id in ids:
            self.finish_crawl(crawl_id, "interrupted", message="the crawl process died before it finished")
        return ids

    def resumable_crawl(self, profile: str, start_urls: list[str]) -> Optional[int]:
        """The last crawl of this profile, if it was interrupted: the next run picks up after it."""
        row = self.db.execute(
            "select id, status from crawls where profile is ? and start_urls = ? order by id desc limit 1",
            [profile or None, _json(list(start_urls))],
        ).fetchone()
        return row[0] if row and row[1] == "interrupted" else None

    def resume_chain(self, crawl_id: Optional[int]) -> list[int]:
        """An interrupted crawl and the interrupted crawls it resumed, newest first."""
        chain: list[int] = []
        while crawl_id is not None and crawl_id not in chain:
            row = self.db.execute("select status, resumed_from from crawls where id = ?", [crawl_id]).fetchone()
            if not row or row[0] != "interrupted":
                break
            chain.append(crawl_id)
            crawl_id = row[1]
        return chain

    def finish_crawl(self, crawl_id: int, status: str, message: str = "", skipped: int = 0) -> dict:
        """Close a crawl row, recomputing its counts from ``fetches`` so they cannot drift."""
        counts = self.crawl_counts(crawl_id)
        self.db["crawls"].update(
            crawl_id,
            {**counts, "finished": utcnow(), "status": status, "message": message or None, "skipped": skipped},
        )
        seal_crawl(self.db, crawl_id)  # archive.db.manifest: the crawl's rows, chained to the crawl before
        return self.db["crawls"].get(crawl_id)

    def seal_rewrites(self) -> None:
        """A manifest of its own for the rows rewritten outside a crawl (a reparse), chained to the last."""
        with unit(self.db):
            seal(self.db)

    def flag_anomaly(self, crawl_id: int, min_ratio: float) -> str:
        """Compare a finished crawl with the previous finished crawl of the same profile.

        A run that fetched or archived far fewer pages than the one before (a redesign that
        breaks extraction, a block page, an outage), or that got no answer at all, is flagged so a
        scheduled run does not fail silently. Returns the reason, or "".
        """
        row = self.db["crawls"].get(crawl_id)
        if not row["pages_fetched"] and row["errors"]:
            # nothing answered: the site is down, unreachable or refuses us; say why once
            first = self.db.execute("select url, error from fetches where crawl_id = ? and outcome = 'error' "
                                    "order by id limit 1", [crawl_id]).fetchone()
            reason = "no page could be fetched" + (f" ({first[0]}: {first[1]})" if first else "")
            self.db["crawls"].update(crawl_id, {"anomaly": reason})
            return reason
        previous = self.db.execute(
            "select id, pages_fetched + coalesce(skipped, 0), "
            "articles_new + articles_changed + articles_unchanged + coalesce(skipped, 0) from crawls "
            "where profile is ? and start_urls = ? and status = 'finished' and id < ? "
            "and resumed_from is null order by id desc limit 1",
            [row["profile"], row["start_urls"], crawl_id],
        ).fetchone()
        if previous is None or row["resumed_from"]:
            return ""
        prev_id, prev_pages, prev_articles = previous
        # Pages skipped as fresh were accounted for, not lost.
        skipped = row["skipped"] or 0
        pages = row["pages_fetched"] + skipped
        articles = row["articles_new"] + row["articles_changed"] + row["articles_unchanged"] + skipped
        reasons = []
        if prev_pages and pages < prev_pages * min_ratio:
            reasons.append(f"fetched {pages} pages where crawl {prev_id} fetched {prev_pages}")
        if prev_articles and articles < prev_articles * min_ratio:
            reasons.append(f"archived {articles} articles where crawl {prev_id} archived {prev_articles}")
        reason = "; ".join(reasons)
        if reason:
            self.db["crawls"].update(crawl_id, {"anomaly": reason})
        return reason

    def crawl_counts(self, crawl_id: int) -> dict:
        """Counts of a crawl; article counts are of distinct articles, whatever URL variants led to them.
        Page requisites (an article's images) are no pages: neither fetched pages nor errors.
        ``errors`` counts the pages that matter: a feed or sitemap the site does not serve stays in
        ``fetches`` (its page_type says which) but is no failure of the crawl. A robots.txt that
        failed is one: it never answered, so nothing was fetched from its site (one the site does
        not serve is no error at all: no rules)."""
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
                  (select count(*) from f where status is not null and page_type is not 'requisite') as pages_fetched,
                  (select count(*) from f where outcome = 'not_modified') as not_modified,
                  (select count(*) from touched where is_new) as articles_new,
                  (select count(*) from touched where is_changed and not is_new) as articles_changed,
                  (select count(*) from touched where not is_new and not is_changed) as articles_unchanged,
                  (select count(distinct article_id) from f where outcome = 'gone') as articles_gone,
                  (select count(*) from f where outcome = 'error'
                   and coalesce(page_type, '') not in (select value from json_each(:optional))) as errors
                """,
                {"crawl": crawl_id,
                 "optional": json.dumps(sorted([*(v for k, v in OPTIONAL.items() if k != ROBOTS), REQUISITE]))},
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
        etag: str = "",
        last_modified: str = "",
        worker: str = "",
    ) -> int:
        """Write one ``fetches`` row; returns its id."""
        # One prepared statement: a fetch row is written for every response, and sqlite_utils'
        # insert() reads the table's schema on every call.
        return self.db.execute(
            "insert into fetches (crawl_id, url, status, fetched_at, content_type, bytes, page_type, outcome, "
            "article_id, error, elapsed_ms, etag, last_modified, worker) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [crawl_id, url, status, fetched_at or utcnow(), content_type or None, size, page_type or None,
             outcome or None, article_id, error or None, elapsed_ms, etag or None, last_modified or None,
             worker or None],
        ).lastrowid

    def set_ingested_entry(self, crawl_id: int, entry_id: Optional[str]) -> None:
        """Remember the last Redis items-stream entry a distributed crawl's writer committed (``ingested_entry``)."""
        self.db.execute("update crawls set ingested_id = ? where id = ?", [entry_id, crawl_id])

    def mark_source(self, crawl_id: int, source: str) -> None:
        """Name where a crawl's versions and captures came from (an imported WARC's file name)."""
        self.db.execute("update article_versions set source = ? where crawl_id = ? and source is null",
                        [source, crawl_id])
        self.db.execute("update captures set source = ? where crawl_id = ?", [source, crawl_id])

    # -- articles -----------------------------------------------------------------------

    def find_article_id(self, urls: Iterable[str]) -> Optional[int]:
        for url in urls:
            row = self.db.execute("select article_id from article_urls where url = ?", [url]).fetchone()
            if row:
                return row[0]
        return None

    def save_article(self, crawl_id: Optional[int], page: FetchedPage, article: Article,
                     notes: Optional[list] = None) -> tuple[str, int]:
        """Store one extracted article; returns ``(outcome, article_id)``, outcome new/changed/unchanged.

        Where it goes is settled by ``_place``: a canonical link is a claim, and an article's text
        changes only through its own URL. A claim the archive cannot confirm is noted in
        ``article.problems`` and in `notes` (save_visit writes them in the fetch's ``error``).
        """
        now = page.fetched_at or utcnow()
        digest = content_hash(article)
        fields = snapshot(article)
        with unit(self.db):
            place = self._place(page, article.canonical_url, digest)
            if place.note:
                article.problems.append(place.note)
                if notes is not None:
                    notes.append(place.note)
            existing = place.article
            article_id = existing["id"] if existing else None
            if existing and existing["content_hash"] == digest:
                self.db["articles"].update(
                    article_id,
                    {
                        "url": place.url,
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
                body_id = self._save_body(article)
                version = existing["version"] + 1 if existing else 1
                record = self._article_row(article, page, digest, raw_page_id, body_id, now)
                record.update({"url": place.url, "version": version, "last_changed": now, "last_seen": now})
                if existing:
                    record["first_seen"] = existing["first_seen"]
                    self.db["articles"].update(article_id, record)
                    outcome = "changed"
                else:
                    record["first_seen"] = now
                    article_id = self.db["articles"].insert(record).last_pk
                    outcome = "new"
                self.db["article_versions"].insert(
                    self._version_row(article_id, version, article, digest, now, raw_page_id, body_id, crawl_id,
                                      article.sample.template_pages if article.sample is not None else None,
                                      fields=fields)
                )
                self._replace_children(article_id, fields)
            self._save_aliases(article_id, place.aliases)
            self._replace_related(article_id, fields)
            if article.sample is not None:
                self.knowledge.add(article.site, article.sample)
                if self.knowledge.keeps_samples(article.site):
                    self._keep_sample(article_id, article.site, article.sample, outcome)
        return outcome, article_id

    def _keep_sample(self, article_id: int, site: str, sample: PageSample, outcome: str) -> None:
        """Keep the page's sample until its site is settled. The key is that of the extraction the
        current version holds: an unchanged page keeps its version, so a key other than the stored
        one becomes unknown ('')."""
        key = sample.template_key
        if outcome == "unchanged":
            row = self.db.execute("select template_key from site_samples where article_id = ?", [article_id]).fetchone()
            key = key if row and row[0] == key else ""
        self.db.execute(
            "insert or replace into site_samples (article_id, site, fingerprints, title_parts, template_key) "
            "values (?, ?, ?, ?, ?)",
            [article_id, site, b"".join(bytes.fromhex(fp) for fp in sample.fingerprints),
             json.dumps(list(sample.title_parts), ensure_ascii=False), key])

    def _place(self, page: FetchedPage, canonical: str, digest: str) -> Placement:
        """Where a page declaring `canonical`, with content `digest`, goes.

        A page speaks for its own URL: it updates the article stored under it (``articles.url``).
        A canonical link to another URL of the site is a claim, accepted only when the archive
        confirms it: the article there has this very content, or was archived from these very
        bytes (the page is one more address of it). Otherwise the page is stored under its own
        URL, with the conflict noted: a page declaring another's URL canonical never rewrites that
        article. An unconfirmed claim to a URL nothing is archived under is remembered (an address
        of the claiming article) until that URL's own page comes: with the same content, the
        article moves to it (an ``/amp/`` or ``?print=1`` variant fetched before its canonical
        page); with other content, the URL gets its own article.
        """
        fetched = clean_url(page.url)
        claimed = clean_url(canonical) if canonical else fetched
        sha = hashlib.sha256(page.body).hexdigest()

        def same(row: dict) -> bool:
            return row["content_hash"] == digest or row["sha256"] == sha

        if claimed == fetched:
            found = self._article_at(fetched)
            if found is None or found["url"] == fetched:
                return Placement(found, fetched, [fetched])
            if same(found):     # another address of an article stored under another URL
                adopt = not self._fetched_as(page.url, fetched, found["id"])     # that URL only claimed it
                return Placement(found, fetched if adopt else found["url"], [fetched])
            return Placement(None, fetched, [fetched])      # its own page now, no longer that article
        if one_address(claimed, fetched):
            # The page names its own address spelled otherwise: the query's parameters in another
            # order, or their names in another case (ASP.NET reads ?ContentID=1&ContentTypeID=85 as
            # ?contenttypeid=85&contentid=1). No other page's article is at stake, and a crawl may
            # never fetch that spelling (a request fingerprint sorts the query): the page confirms it.
            found = self._article_at(claimed) or self._article_at(fetched)
            return Placement(found, claimed, [fetched, claimed])
        target = self._article_at(claimed)
        if target is not None and same(target):
            return Placement(target, target["url"], [fetched])
        own = self._article_at(fetched)
        if own is not None and own["url"] != fetched and not same(own):
            own = None      # an address of another article: this page gets its own
        if target is not None and own is not None and target["id"] == own["id"]:
            target = None   # this page's own earlier claim
        if target is None:
            why, aliases = "nothing is archived there yet", [fetched, claimed]
        elif target["url"] == claimed:
            why, aliases = "the article archived there differs", [fetched]
        else:
            why, aliases = "another page claims it with other content", [fetched]
        note = f"canonical {claimed} not confirmed ({why}): stored under its own URL"
        return Placement(own, own["url"] if own else fetched, aliases, note)

    def _article_at(self, url: str) -> Optional[dict]:
        """The article `url` leads to: its id, url, content hash, version, first_seen and raw page sha256."""
        row = self.db.execute(
            "select a.id, a.url, a.content_hash, a.version, a.first_seen, r.sha256 from article_urls u "
            "join articles a on a.id = u.article_id left join raw_pages r on r.id = a.raw_page_id "
            "where u.url = ?", [url]).fetchone()
        return dict(zip(("id", "url", "content_hash", "version", "first_seen", "sha256"), row)) if row else None

    def _fetched_as(self, url: str, clean: str, article_id: int) -> bool:
        """Whether a fetch of `url` was ever recorded as the article (pages remembers each URL's last)."""
        return self.db.execute("select 1 from pages where url in (?, ?) and article_id = ?",
                               [url, clean, article_id]).fetchone() is not None

    def _version_row(self, article_id, version, article, digest, fetched_at, raw_page_id, body_id, crawl_id,
                     template_pages=None, source=None, *, fields: Optional[dict] = None) -> dict:
        """A version row, with its snapshot of every other field stored (``fields``: the
        article's snapshot, if already made): every version written or rewritten has one."""
        return {
            "fields_id": self._save_fields(snapshot(article) if fields is None else fields),
            "template_pages": template_pages,
            "extractor": EXTRACTOR,
            "source": source,
            "article_id": article_id,
            "version": version,
            "fetched_at": fetched_at,
            "content_hash": digest,
            "title": article.title,
            "authors": _json(article.authors),
            "published": article.published,
            "modified": article.modified,
            "description": article.description,
            "body_id": body_id,
            "raw_page_id": raw_page_id,
            "crawl_id": crawl_id,
        }

    def _article_row(self, article: Article, page: FetchedPage, digest: str, raw_page_id: int, body_id: int,
                     now: str) -> dict:
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
            "declared_language": article.declared_language or None,
            "image": article.image or None,
            "reviewed_by": _json(article.reviewed_by),
            "reviewed_on": article.reviewed_on,
            "tags": _json(article.tags),
            "categories": _json(article.categories),
            "headings": _json([{"level": h.level, "text": h.text} for h in article.headings]),
            "body_id": body_id,
            "word_count": article.word_count,
            "content_hash": digest,
            "status": "live",
            "gone_since": None,
            "fetched_url": page.url,
            "raw_page_id": raw_page_id,
            "etag": page.etag or None,
            "last_modified": page.last_modified or None,
        }

    def _save_body(self, article: Article) -> int:
        """The id of the article's body in ``bodies``, stored there if no article or version has it yet."""
        sha = body_sha256(article.body_text, article.body_html)
        row = self.db.execute("select id from bodies where sha256 = ?", [sha]).fetchone()
        if row:
            return row[0]
        return self.db.execute("insert into bodies (sha256, body_text, body_html_gz) values (?, ?, ?)",
                               [sha, article.body_text, gzip_html(article.body_html)]).lastrowid

    def _save_fields(self, fields: dict) -> int:
        """The id of a version's snapshot (archive.db.version_fields) in ``version_fields``, stored
        there if no version has it yet."""
        data = canonical_json(fields)
        sha = fields_sha256(data)
        row = self.db.execute("select id from version_fields where sha256 = ?", [sha]).fetchone()
        if row:
            return row[0]
        return self.db.execute("insert into version_fields (sha256, fields_gz) values (?, ?)",
                               [sha, gzip_fields(data)]).lastrowid

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

    def _replace_children(self, article_id: int, fields: dict) -> None:
        """The current-state tables of an article's lists, from its snapshot (archive.db.version_fields)."""
        children = {table: [{"article_id": article_id, "position": i, **item} for i, item in enumerate(fields[table], 1)]
                    for table in ("links", "images", "citations", "embeds", "people")}
        for row in children["people"]:
            row["credentials"] = _json(row["credentials"])
        for table, rows in children.items():
            self.db.execute(f"delete from [{table}] where article_id = ?", [article_id])
            if rows:        # (sqlite-utils does real work even for an empty batch)
                self.db[table].insert_all(rows)

    def _replace_related(self, article_id: int, fields: dict) -> None:
        self.db.execute("delete from related_links where article_id = ?", [article_id])
        rows = [{"article_id": article_id, "position": i, **item, "target_id": self.find_article_id([item["url"]])}
                for i, item in enumerate(fields["related"], 1)]
        self.db["related_links"].insert_all(rows)

    # -- reparse ------------------------------------------------------------------------

    def apply_reparse(self, article_id: int, article: Article, raw: dict, in_place: bool = False,
                      template_pages: Optional[int] = None) -> str:
        """Store a re-extraction: a new version if the content or any list changed, else refresh in place.
        `in_place`: the change is a correction of the current version's extraction from the same
        raw page (settle_sites), not a new state of the page: the current version is rewritten.
        `template_pages`: what was known of the site's template (see site_knowledge)."""
        digest = content_hash(article)
        fields = snapshot(article)
        page = FetchedPage(url=raw["url"], status=raw["status"], body=b"", content_type=raw["content_type"] or "",
                           fetched_at=raw["fetched_at"])
        with unit(self.db):
            existing = self.db["articles"].get(article_id)
            body_id = self._save_body(article)
            record = self._article_row(article, page, digest, raw["id"], body_id, raw["fetched_at"])
            for keep in ("fetched_url", "etag", "last_modified", "status", "gone_since"):
                record.pop(keep)
            outcome = "unchanged"
            if existing["content_hash"] != digest or in_place or self._lists_differ(article_id, existing, fields):
                # a reading whose lists alone differ (Read Also, citations, links...) is a version too
                outcome = "changed" if existing["content_hash"] != digest or not in_place else "unchanged"
                if in_place:   # the version's snapshot is rewritten with it
                    self._rewrite_version(self._version_id(article_id, existing["version"]), article_id,
                                          existing["version"], article, digest, raw["id"], body_id, template_pages,
                                          fields)
                else:
                    record.update({"version": existing["version"] + 1, "last_changed": utcnow()})
                    version = self._version_row(article_id, record["version"], article, digest, utcnow(), raw["id"],
                                                body_id, None, template_pages, source="reparse", fields=fields)
                    version_id = self.db["article_versions"].insert(version).last_pk
                    note_rewrite(self.db, "article_versions", version_id)  # sealed by the next manifest
                    note_rewrite(self.db, "version_fields", version["fields_id"])   # and its snapshot
            self.db["articles"].update(article_id, record)
            if existing["body_id"] != body_id:     # a version rewritten in place may leave its body unused
                self._drop_body_if_unused(existing["body_id"])
            self._replace_children(article_id, fields)
            self._replace_related(article_id, fields)
            # the key of the version's extraction, if its site's pages are sampled, is no longer known
            self.db.execute("delete from site_samples where article_id = ?", [article_id])
        return outcome

    def _lists_differ(self, article_id: int, existing: dict, fields: dict) -> bool:
        """The current version's snapshot is known and is not ``fields``."""
        row = self.db.execute(
            "select f.sha256 from article_versions v join version_fields f on f.id = v.fields_id "
            "where v.article_id = ? and v.version = ?", [article_id, existing["version"]]).fetchone()
        return row is not None and row[0] != fields_sha256(canonical_json(fields))

    def _drop_body_if_unused(self, body_id: Optional[int]) -> None:
        """Delete a body no article or version refers to any more (after the full-text index took
        its text out: the index's triggers read it)."""
        deleted = self.db.execute(
            "delete from bodies where id = :id and not exists (select 1 from articles where body_id = :id) "
            "and not exists (select 1 from article_versions where body_id = :id)", {"id": body_id}).rowcount
        if deleted:
            note_rewrite(self.db, "bodies", body_id)     # sealed as gone by the next manifest

    def _drop_fields_if_unused(self, fields_id: Optional[int]) -> None:
        """Delete a snapshot no version refers to any more (one a version rewritten in place left)."""
        deleted = self.db.execute("delete from version_fields where id = :id and not exists "
                                  "(select 1 from article_versions where fields_id = :id)", {"id": fields_id}).rowcount
        if deleted:
            note_rewrite(self.db, "version_fields", fields_id)     # sealed as gone by the next manifest

    def _version_id(self, article_id: int, version: int) -> int:
        return self.db.execute("select id from article_versions where article_id = ? and version = ?",
                               [article_id, version]).fetchone()[0]

    def _rewrite_version(self, version_id: int, article_id: int, version: int, article: Article, digest: str,
                         raw_page_id: int, body_id: int, template_pages: Optional[int],
                         fields: Optional[dict] = None) -> None:
        """Rewrite a version in place with another reading of its own raw page (a settled site): its
        row and snapshot, the snapshot it leaves dropped if no version uses it; sealed by the next
        manifest. The body it leaves is the caller's to drop (an article row may still use it)."""
        row = self._version_row(article_id, version, article, digest, "", raw_page_id, body_id, None,
                                template_pages, fields=fields)
        for keep in ("article_id", "version", "fetched_at", "raw_page_id", "crawl_id", "source"):
            row.pop(keep)
        old_fields_id = self.db.execute("select fields_id from article_versions where id = ?",
                                        [version_id]).fetchone()[0]
        self.db["article_versions"].update(version_id, row)
        if old_fields_id != row["fields_id"]:
            self._drop_fields_if_unused(old_fields_id)
        note_rewrite(self.db, "article_versions", version_id)
        note_rewrite(self.db, "version_fields", row["fields_id"])

    def settle_sites(self, limit: int = SETTLE_LIMIT) -> int:
        """Write the site knowledge gathered, then extract again, as the same version, what was
        extracted with less knowledge of its site than there is now; returns how many changed.

        A site's articles are extracted with its running template, which depends on the order a
        crawl met its pages. So at a crawl's end a site is learned again from all its pages at
        once, in an order fixed by their URLs, and each article whose extraction that template changes is extracted
        again with it: what the archive ends with depends on the site's pages only, not on the
        order a crawl (local or distributed) met them in nor on where it was interrupted. A site is
        learned so while it is small (MIN_PAGES..SETTLE_PAGES articles: from its stored pages, at
        every crawl that changed it) and once more at the end of its first crawl that finished
        (from the samples kept in ``site_samples``, without parsing pages). Afterwards, articles
        extracted before the site had a template, or with one of fewer than SETTLE_PAGES pages, are
        extracted with the running one (up to `limit`)."""
        from archive.extract.ingest import extract_page

        knowledge = self.knowledge
        changed = 0
        with unit(self.db):
            knowledge.save()
            for site, count in self.db.execute(_SMALL_UNSETTLED_SQL, [MIN_PAGES, SETTLE_PAGES]).fetchall():
                changed += self._relearn(site)
            for (site,) in self.db.execute(_SAMPLED_SITES_SQL).fetchall():
                changed += self._relearn(site)
            for site in sorted(knowledge.learners):
                template = knowledge.template(site)
                if not template:
                    continue
                below = max(MIN_PAGES, min(template.pages, SETTLE_PAGES))
                cursor = self.db.execute(_UNSETTLED_SQL, [site, below, limit])
                names = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    raw = dict(zip(names, row))
                    article, _ = extract_page(load_raw(raw), raw["url"], raw["content_type"], template)
                    if article.archivable:
                        changed += self.apply_reparse(raw["article_id"], article, raw, in_place=True,
                                                      template_pages=template.pages) == "changed"
            knowledge.save()
        return changed

    def settle_superseded(self, crawl_id: int) -> int:
        """Extract again with its site's template now, in place, each version `crawl_id` made that
        is no longer current: an import reads several captures of a page in a row, and settle_sites
        settles only the current version of each; returns how many were extracted again."""
        from archive.extract.ingest import extract_page

        cursor = self.db.execute(_SUPERSEDED_SQL, [crawl_id])
        names = [d[0] for d in cursor.description]
        done = 0
        for values in cursor.fetchall():
            raw = dict(zip(names, values))
            template = self.knowledge.template(raw["site"])
            article, _ = extract_page(load_raw(raw), raw["url"], raw["content_type"], template)
            if not article.archivable:
                continue
            with unit(self.db):
                body_id = self._save_body(article)
                self._rewrite_version(raw["version_id"], raw["article_id"], raw["version"], article,
                                      content_hash(article), raw["id"], body_id, template.pages)
                if raw["old_body_id"] != body_id:
                    self._drop_body_if_unused(raw["old_body_id"])
            done += 1
        return done

    def _relearn(self, site: str) -> int:
        """Learn `site` again from all its pages in _learning_order (their kept samples, else their stored
        pages), replace what the archive knew of it, mark it settled, and extract again, in place,
        each article whose extraction the new template changes; returns how many changed."""
        from archive.extract.ingest import extract_page

        rows = sorted(self.db.execute(_SITE_SAMPLES_SQL, [site]).fetchall(), key=_learning_order)
        if len(rows) > SAMPLE_LIMIT:    # too large to learn again at once: it keeps its running template
            self._mark_settled(site, self.knowledge.learner(site).pages)
            return 0
        learner, samples = SiteLearner(), []
        for article_id, url, fingerprints, title_parts, key in rows:
            if fingerprints is None:    # not sampled (archived before, or read again since): its page
                raw = self._raw_page(article_id)
                sample = extract_page(load_raw(raw), raw["url"], raw["content_type"], None, learn=True)[0].sample
                if sample is None:
                    continue
                key = None
            else:
                sample = PageSample(fingerprints=tuple(fingerprints[i:i + 8].hex() for i in range(0, len(fingerprints), 8)),
                                    title_parts=tuple(json.loads(title_parts)))
            learner.add(sample)
            samples.append((article_id, sample, key))
        template = self.knowledge.replace(site, learner)
        redo = [article_id for article_id, sample, key in samples
                if key != template_key(sample.fingerprints, template)]
        changed = 0
        for article_id in redo:
            raw = self._raw_page(article_id)
            article, _ = extract_page(load_raw(raw), raw["url"], raw["content_type"], template)
            if article.archivable:
                changed += self.apply_reparse(article_id, article, raw, in_place=True,
                                              template_pages=template.pages) == "changed"
        # the others were extracted as this template would: they count as extracted with it
        self.db.execute(_SETTLED_PAGES_SQL, [template.pages, site])
        self._mark_settled(site, template.pages)
        return changed

    def _mark_settled(self, site: str, pages: int) -> None:
        self.knowledge.save()
        self.db.execute("update site_profiles set settled = ? where site = ?", [pages, site])
        self.knowledge.settled[site] = True
        self.db.execute("delete from site_samples where site = ?", [site])

    def _raw_page(self, article_id: int) -> dict:
        cursor = self.db.execute(_RAW_PAGE_SQL, [article_id])
        return dict(zip([d[0] for d in cursor.description], cursor.fetchone()))

    # -- one visit, written whole -------------------------------------------------------

    def save_visit(
        self,
        crawl_id: Optional[int],
        page: FetchedPage,
        *,
        kind: str,
        key: str,
        article: Optional[Article] = None,
        error: str = "",
        links: Optional[dict] = None,
        worker: str = "",
        requisite: Optional[dict] = None,
    ) -> tuple[str, Optional[int]]:
        """Write everything one visit produced in one transaction; returns ``(outcome, article_id)``.

        ``key`` is the URL as requested (before redirects): the next crawl looks the page up by it.
        Outcomes: new, changed, unchanged (article), not_modified (304), gone (404/410 of a known
        article), followed (listing, sitemap, feed, other page), blocked (robots.txt), error; a page
        requisite (kind ``requisite``, ``requisite`` the archive.crawl.requisites.Requisite as a dict):
        stored or error (:meth:`save_requisite`).
        """
        if kind == REQUISITE:
            return self.save_requisite(crawl_id, page, Requisite.from_dict(requisite or {"url": page.url, "article": ""}),
                                       error=error, worker=worker), None
        db = self.db
        now = page.fetched_at or utcnow()
        common = dict(status=page.status, content_type=page.content_type, size=len(page.body) if page.status else None,
                      elapsed_ms=page.elapsed_ms, fetched_at=now, page_type=kind, etag=page.etag,
                      last_modified=page.last_modified, worker=worker)
        with unit(db):
            article_id = None
            if article is not None:
                notes: list[str] = []
                outcome, article_id = self.save_article(crawl_id, page, article, notes)
                error = error or "; ".join(notes)
            elif kind == "not_modified":
                return "not_modified", self.save_not_modified(crawl_id, [(key, page)], worker=worker)[0]
            elif kind == "gone":
                known = article_for_url(db, key)
                if known and known["url"] != clean_url(key) and not self._fetched_as(key, clean_url(key), known["id"]):
                    known = None    # a canonical another page claimed, never this article's own page
                if known:
                    self._mark_gone(known["id"], now)
                    fetch_id = self.record_fetch(crawl_id, page.url, outcome="gone", article_id=known["id"],
                                                 error=error, **common)
                    self._save_captures(crawl_id, fetch_id, page)
                    return "gone", known["id"]
                outcome = "error"
            elif kind == "blocked":
                outcome = "blocked"
            elif error:
                outcome = "error"
            else:
                outcome = "followed"
            fetch_id = self.record_fetch(crawl_id, page.url, outcome=outcome, article_id=article_id, error=error,
                                         **common)
            self._save_captures(crawl_id, fetch_id, page)
            # robots.txt is read afresh by every crawl: no page to revisit conditionally, or to skip on resume.
            if page.status and 200 <= page.status < 300 and kind != OPTIONAL[ROBOTS]:
                self.record_page(key, kind=kind, status=page.status, fetched_at=now, crawl_id=crawl_id,
                                 etag=page.etag, last_modified=page.last_modified, article_id=article_id, links=links)
        return outcome, article_id

    def save_requisite(self, crawl_id: Optional[int], page: FetchedPage, requisite: Requisite, *,
                       error: str = "", worker: str = "") -> str:
        """One requisite fetch, in one transaction: its ``fetches`` row (page_type 'requisite'), its
        captures, and its ``requisites`` row naming the image stored, once per SHA-256 in ``payloads``,
        or nothing stored and the reason in the fetch's error (an HTTP error, not an image, over a
        cap). ``error``: why the download failed (an HTTP status, a timeout, or the crawl's refusal:
        robots.txt, the address policy, a redirect loop). Returns the outcome: stored or error."""
        db = self.db
        caps = requisite.caps()
        with unit(db):
            kind = sha = None
            if not error:
                used = db.execute(_ARTICLE_REQUISITE_BYTES_SQL, [requisite.article, crawl_id]).fetchone()[0]
                kind, error = requisite_refusal(page.status, page.content_type, page.body, caps, used)
            if kind:
                sha = self._store_payload(page.body)
            outcome = "stored" if sha else "error"
            fetch_id = self.record_fetch(
                crawl_id, page.url, status=page.status, content_type=page.content_type,
                size=len(page.body) if page.status else None, page_type=REQUISITE, outcome=outcome, error=error or "",
                elapsed_ms=page.elapsed_ms, fetched_at=page.fetched_at or utcnow(), worker=worker)
            self._save_captures(crawl_id, fetch_id, page)
            db.execute(_INSERT_REQUISITE_SQL, [fetch_id, requisite.url, requisite.article or None, requisite.role, sha,
                                               kind or None, len(page.body) if sha else None])
        return outcome

    def save_not_modified(self, crawl_id: Optional[int], visits: list[tuple[str, FetchedPage]], *,
                          worker: str = "") -> list[Optional[int]]:
        """Write 304 visits, ``(key, page)`` each, in one savepoint: the page's visit time moves, its
        article (if any) is live and seen now, and each gets its ``fetches`` row. Returns the article ids.

        The crawl's writer hands over a batch at a time (a re-crawl is mostly 304s).
        """
        conn = self.db.conn
        with unit(self.db):
            keys = json.dumps([key for key, _ in visits])
            article_ids: list[Optional[int]] = json.loads(conn.execute(_NOT_MODIFIED_IDS_SQL, [keys]).fetchone()[0])
            rows = json.dumps([
                [key, page.url, page.fetched_at or utcnow(), page.status, page.content_type or None,
                 len(page.body) if page.status else None, page.elapsed_ms, page.etag or None,
                 page.last_modified or None, article_id]
                for (key, page), article_id in zip(visits, article_ids)])
            conn.execute(_NOT_MODIFIED_PAGES_SQL, [crawl_id, rows])
            conn.execute(_NOT_MODIFIED_SEEN_SQL, [rows])
            conn.execute(_NOT_MODIFIED_LIVE_SQL, [rows])
            first_id = conn.execute("select coalesce(max(id), 0) + 1 from fetches").fetchone()[0]
            conn.execute(_NOT_MODIFIED_FETCHES_SQL, [crawl_id, worker or None, rows])
            # the rows just inserted, in order: ids from first_id
            self._save_not_modified_captures(crawl_id, first_id, [page for _, page in visits])
        return article_ids

    def record_page(
        self,
        url: str,
        *,
        kind: str,
        status: Optional[int],
        fetched_at: str,
        crawl_id: Optional[int],
        etag: str = "",
        last_modified: str = "",
        article_id: Optional[int] = None,
        links: Optional[dict] = None,
    ) -> None:
        """Remember a fetched page (archive.db.pages reads it back); links keep their roles
        ({"related": [...], "links": [...]})."""
        # One statement (sqlite_utils' upsert reads the table's schema on every call).
        self.db.execute(
            "insert into pages (url, kind, status, etag, last_modified, fetched_at, crawl_id, article_id, links_gz) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict(url) do update set kind = excluded.kind, "
            "status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified, "
            "fetched_at = excluded.fetched_at, crawl_id = excluded.crawl_id, article_id = excluded.article_id, "
            "links_gz = excluded.links_gz",
            [url, kind, status, etag or None, last_modified or None, fetched_at, crawl_id, article_id,
             encode_links(links)],
        )

    def _mark_gone(self, article_id: int, when: str) -> bool:
        """The article's page answered 404/410: keep it, marked gone since now. True if it was live."""
        cursor = self.db.execute(
            "update articles set status = 'gone', gone_since = ? where id = ? and status != 'gone'", [when, article_id]
        )
        return cursor.rowcount > 0

    # -- captures (archive.db.capture), inside the visit's transaction ------------------

    def _store_payload(self, body: bytes) -> str:
        """Store ``body`` once by its SHA-256 (a body raw_pages already holds is not stored again)."""
        sha = hashlib.sha256(body).hexdigest()
        if self.db.execute("select 1 from raw_pages where sha256 = ?", [sha]).fetchone() is None:
            self.db.execute("insert into payloads (sha256, size, body_gz) values (?, ?, ?) "
                            "on conflict (sha256) do nothing", [sha, len(body), gzip.compress(body, compresslevel=6)])
        return sha

    def _save_captures(self, crawl_id: Optional[int], fetch_id: Optional[int], page: FetchedPage, *,
                       source: str = "crawl") -> int:
        """Write the hops ``page.capture`` holds (archive.db.capture.hop each); returns how many."""
        hops = getattr(page, "capture", None) or []
        for number, h in enumerate(hops):
            body = page.body if h.get("same_as_page") else (h.get("body") or b"")
            kind, refers_to = "response", None
            if h["status"] == 304:
                row = self.db.execute(_LAST_RESPONSE_SQL, [h["url"]]).fetchone()
                kind, refers_to = "revisit", row[0] if row else None
            self.db.execute(_INSERT_CAPTURE_SQL, [
                crawl_id, fetch_id, number, kind, h["url"], h.get("method") or "GET", h.get("request_head"),
                h.get("requested_at"), h["status"], h.get("protocol") or None, h.get("ip") or None,
                h.get("response_head"),
                # the last hop is the visit: its time is the visit's (the version's fetched_at)
                (page.fetched_at if number == len(hops) - 1 else "") or h.get("fetched_at") or page.fetched_at,
                self._store_payload(body), len(body), h.get("decoded") or None, refers_to, source])
        return len(hops)

    def _save_not_modified_captures(self, crawl_id: Optional[int], first_fetch_id: int,
                                    pages: list[FetchedPage]) -> None:
        """The captures of a batch of 304 visits whose fetches rows have ids from ``first_fetch_id``
        on, in order: a lone 304 without a body in one statement for the batch, anything else (a
        redirect before it) hop by hop."""
        rows = []
        for offset, page in enumerate(pages):
            hops = getattr(page, "capture", None) or []
            if len(hops) == 1 and hops[0]["status"] == 304 and not (hops[0].get("body") or
                                                                     hops[0].get("same_as_page") and page.body):
                h = hops[0]
                rows.append([first_fetch_id + offset, h["url"], h.get("method") or "GET", h.get("request_head"),
                             h.get("requested_at"), 304, h.get("protocol") or None, h.get("ip") or None,
                             h.get("response_head"), page.fetched_at or h.get("fetched_at")])
            elif hops:
                self._save_captures(crawl_id, first_fetch_id + offset, page)
        if rows:
            self._store_payload(b"")
            self.db.execute(_REVISITS_SQL, [crawl_id, EMPTY_SHA256, json.dumps(rows)])

    # -- notifications (archive.web.watch) ----------------------------------------------

    def record_notification(self, rule: str, event: str, status: str, error: Optional[str]) -> None:
        """What sending one change to one watch rule did (one row per rule and event, the last attempt)."""
        with unit(self.db):
            self.db.execute(
                "insert into notifications (rule, event, sent_at, status, error) values (?, ?, ?, ?, ?) "
                "on conflict (rule, event) do update set sent_at = excluded.sent_at, status = excluded.status, "
                "error = excluded.error",
                [rule, event, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), status, error])


def _learning_order(row: tuple) -> tuple:
    """A site's pages are learned again in an order fixed by their URLs alone, but not URL order:
    that puts pages of one kind together (``/walking-tips-2/``, ``/walking-tips-3/``), and what a
    run of pages shares looks like a template that changed (site.SiteLearner counts a block's share
    from its first sight). Their paths and queries only: the same site served under another host
    name, scheme or port (a mirror, a test server's free port) is learned in the same order, so
    its pages are extracted alike (a block near the learner's share threshold, on half the pages,
    was furniture on one port and body on the next)."""
    parts = urlsplit(row[1])
    return hashlib.sha1(f"{parts.path}?{parts.query}".encode()).digest(), row[1]


def load_raw(row: dict) -> bytes:
    return gzip.decompress(row["body_gz"])
