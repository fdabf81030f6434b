"""The archive's schema, built and evolved only through migrations (never edit an applied one)."""
from __future__ import annotations

import os
import sqlite3
from urllib.parse import quote

import sqlite_utils
from sqlite_utils import Migrations

from archive.db.transaction import unit

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


#: Tables Datasette's pages read instead of scanning ``articles`` (whose rows carried their bodies
#: until m008),
#: each kept current by triggers on ``articles``: per-site counts (the archive home and the
#: ``site_summary`` view), the items of the ``tags`` and ``authors`` JSON arrays one row each (a
#: chosen tag or author is an index lookup), and item and month counts over the whole table (the
#: unfiltered list and month facets). :func:`refresh_browse_tables` rebuilds them.
BROWSE_TABLES_SQL = [s.strip() for s in """
create table if not exists site_stats (
  site text primary key,
  articles integer not null default 0,
  live integer not null default 0,
  gone integer not null default 0,
  words integer not null default 0,   -- sum of word_count over the articles that have one
  worded integer not null default 0,  -- how many articles have a word_count (words is null if none)
  first_seen text,
  last_seen text,
  last_changed text
);
create table if not exists article_tags (
  article_id integer not null,
  position not null,  -- the item's key in the JSON array
  tag,                -- the item as json_each gives it (no type: '1' and 1 stay distinct)
  primary key (article_id, position)
) without rowid;
create index if not exists idx_article_tags_tag on article_tags (tag, article_id);
create table if not exists article_authors (
  article_id integer not null,
  position not null,
  author,
  primary key (article_id, position)
) without rowid;
create index if not exists idx_article_authors_author on article_authors (author, article_id);
create table if not exists facet_counts (
  facet text not null,  -- tags, authors (items) or published (months, YYYY-MM)
  value not null,
  count integer not null,
  primary key (facet, value)
) without rowid;
""".split(";") if s.strip()]

#: The JSON items a list facet counts: scalars of a valid JSON value (arrays normally).
_ITEMS = ("select coalesce(j.key, 0), j.value from {source}json_each(case when json_valid({col}) then {col} "
          "else '[]' end) as j where j.type not in ('object', 'array', 'null')")
_MONTH = "{col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"


def _site_add(row: str) -> str:
    """Add article ``row`` (new/old) to its site's counts."""
    return f"""
  insert into site_stats (site, articles, live, gone, words, worded, first_seen, last_seen, last_changed)
  values ({row}.site, 1, {row}.status is 'live', {row}.status is 'gone', coalesce({row}.word_count, 0),
          {row}.word_count is not null, {row}.first_seen, {row}.last_seen, {row}.last_changed)
  on conflict (site) do update set
    articles = articles + 1, live = live + excluded.live, gone = gone + excluded.gone,
    words = words + excluded.words, worded = worded + excluded.worded,
    first_seen = case when excluded.first_seen < first_seen or first_seen is null
                      then excluded.first_seen else first_seen end,
    last_seen = case when excluded.last_seen > last_seen or last_seen is null
                     then excluded.last_seen else last_seen end,
    last_changed = case when excluded.last_changed > last_changed or last_changed is null
                        then excluded.last_changed else last_changed end;"""


def _site_remove(row: str, recompute: str) -> str:
    """Take article ``row`` out of its site's counts; where ``recompute`` holds (it held the
    site's first or last date and no longer does), read those dates again from the index."""
    return f"""
  update site_stats set
    articles = articles - 1, live = live - ({row}.status is 'live'), gone = gone - ({row}.status is 'gone'),
    words = words - coalesce({row}.word_count, 0), worded = worded - ({row}.word_count is not null)
  where site = {row}.site;
  delete from site_stats where site = {row}.site and articles <= 0;
  update site_stats set
    first_seen = (select min(first_seen) from articles where site = {row}.site),
    last_seen = (select max(last_seen) from articles where site = {row}.site),
    last_changed = (select max(last_changed) from articles where site = {row}.site)
  where site = {row}.site and ({recompute});"""


#: After a delete: the row held a first/last date of its site.
_HELD = "first_seen is old.first_seen or last_seen is old.last_seen or last_changed is old.last_changed"
#: After an update (new row already added): the old row held a first/last date that is gone now.
_LOST = " or ".join(
    f"({col} is old.{col} and (old.site is not new.site or new.{col} is not old.{col}))"
    for col in ("first_seen", "last_seen", "last_changed"))


def _items_add(table: str, column: str, item: str, row: str) -> str:
    return (f"\n  insert into {table} (article_id, position, {item}) "
            + _ITEMS.format(source="", col=f"{row}.{column}").replace("select ", f"select {row}.id, ", 1) + ";")


def _month(op: str, row: str) -> str:
    if op == "add":
        return (f"\n  insert into facet_counts (facet, value, count) select 'published', substr({row}.published, 1, 7), 1 "
                f"where {_MONTH.format(col=f'{row}.published')} "
                f"on conflict (facet, value) do update set count = count + 1;")
    return (f"\n  update facet_counts set count = count - 1 where facet = 'published' "
            f"and value = substr({row}.published, 1, 7) and {_MONTH.format(col=f'{row}.published')};"
            f"\n  delete from facet_counts where facet = 'published' and count <= 0;")


def browse_triggers() -> dict[str, str]:
    """Trigger name -> CREATE TRIGGER keeping the browse tables in step with ``articles``."""
    triggers = {
        "browse_articles_ai": "after insert on articles begin"
        + _site_add("new") + _items_add("article_tags", "tags", "tag", "new")
        + _items_add("article_authors", "authors", "author", "new") + _month("add", "new") + "\nend",
        "browse_articles_ad": "after delete on articles begin"
        + _site_remove("old", _HELD) + "\n  delete from article_tags where article_id = old.id;"
        + "\n  delete from article_authors where article_id = old.id;" + _month("remove", "old") + "\nend",
        "browse_articles_au_site": "after update of site, status, word_count, first_seen, last_seen, last_changed "
        "on articles when old.site is not new.site or old.status is not new.status "
        "or old.word_count is not new.word_count or old.first_seen is not new.first_seen "
        "or old.last_seen is not new.last_seen or old.last_changed is not new.last_changed begin"
        + _site_add("new") + _site_remove("old", _LOST) + "\nend",
        "browse_articles_au_tags": "after update of id, tags on articles "
        "when old.id is not new.id or old.tags is not new.tags begin"
        "\n  delete from article_tags where article_id = old.id;" + _items_add("article_tags", "tags", "tag", "new")
        + "\nend",
        "browse_articles_au_authors": "after update of id, authors on articles "
        "when old.id is not new.id or old.authors is not new.authors begin"
        "\n  delete from article_authors where article_id = old.id;"
        + _items_add("article_authors", "authors", "author", "new") + "\nend",
        "browse_articles_au_published": "after update of published on articles "
        "when old.published is not new.published begin" + _month("remove", "old") + _month("add", "new") + "\nend",
    }
    for table, facet, item in (("article_tags", "tags", "tag"), ("article_authors", "authors", "author")):
        triggers[f"browse_{table}_ai"] = (
            f"after insert on {table} begin\n  insert into facet_counts (facet, value, count) "
            f"values ('{facet}', new.{item}, 1) on conflict (facet, value) do update set count = count + 1;\nend")
        triggers[f"browse_{table}_ad"] = (
            f"after delete on {table} begin\n  update facet_counts set count = count - 1 "
            f"where facet = '{facet}' and value = old.{item};\n"
            f"  delete from facet_counts where facet = '{facet}' and value = old.{item} and count <= 0;\nend")
    return triggers


def refresh_browse_tables(db: sqlite_utils.Database) -> None:
    """(Re)create the browse tables and their triggers and fill them from ``articles``.

    The m004 migration ran this (M004_SQL is its frozen copy); a bulk load that dropped the
    triggers runs it (bench.million).
    Reads go through covering indexes where they exist, not the article rows.
    """
    with db.atomic():
        for statement in BROWSE_TABLES_SQL:
            db.execute(statement)
        for name in browse_triggers():
            db.execute(f"drop trigger if exists [{name}]")
        for table in ("site_stats", "article_tags", "article_authors", "facet_counts"):
            db.execute(f"delete from [{table}]")
        db.execute("""
            insert into site_stats (site, articles, live, gone, words, worded, first_seen, last_seen, last_changed)
            select site, count(*), count(*) filter (where status = 'live'), count(*) filter (where status = 'gone'),
                   coalesce(sum(word_count), 0), count(word_count), min(first_seen), max(last_seen), max(last_changed)
            from articles group by site""")
        for table, column, item in (("article_tags", "tags", "tag"), ("article_authors", "authors", "author")):
            db.execute(f"insert into {table} (article_id, position, {item}) "
                       + _ITEMS.format(source="articles, ", col=f"articles.{column}").replace(
                           "select ", "select articles.id, ", 1))
            db.execute(f"insert into facet_counts (facet, value, count) "
                       f"select '{column}', {item}, count(*) from {table} group by {item}")
        db.execute(f"insert into facet_counts (facet, value, count) select 'published', substr(published, 1, 7), "
                   f"count(*) from articles where {_MONTH.format(col='published')} group by 2")
        for name, body in browse_triggers().items():
            db.execute(f"create trigger [{name}] {body}")
        if db["sqlite_stat1"].exists():
            for table in ("site_stats", "article_tags", "article_authors", "facet_counts"):
                db.execute(f"analyze [{table}]")


#: What m004 ran, frozen as it was written (archive.db.schema.refresh_browse_tables as of m004):
#: never edit it. tests/test_bodies.py checks the live helper still builds the same.
M004_SQL = (
    """create table if not exists site_stats (
  site text primary key,
  articles integer not null default 0,
  live integer not null default 0,
  gone integer not null default 0,
  words integer not null default 0,   -- sum of word_count over the articles that have one
  worded integer not null default 0,  -- how many articles have a word_count (words is null if none)
  first_seen text,
  last_seen text,
  last_changed text
)""",
    """create table if not exists article_tags (
  article_id integer not null,
  position not null,  -- the item's key in the JSON array
  tag,                -- the item as json_each gives it (no type: '1' and 1 stay distinct)
  primary key (article_id, position)
) without rowid""",
    """create index if not exists idx_article_tags_tag on article_tags (tag, article_id)""",
    """create table if not exists article_authors (
  article_id integer not null,
  position not null,
  author,
  primary key (article_id, position)
) without rowid""",
    """create index if not exists idx_article_authors_author on article_authors (author, article_id)""",
    """create table if not exists facet_counts (
  facet text not null,  -- tags, authors (items) or published (months, YYYY-MM)
  value not null,
  count integer not null,
  primary key (facet, value)
) without rowid""",
    """drop trigger if exists [browse_articles_ai]""",
    """drop trigger if exists [browse_articles_ad]""",
    """drop trigger if exists [browse_articles_au_site]""",
    """drop trigger if exists [browse_articles_au_tags]""",
    """drop trigger if exists [browse_articles_au_authors]""",
    """drop trigger if exists [browse_articles_au_published]""",
    """drop trigger if exists [browse_article_tags_ai]""",
    """drop trigger if exists [browse_article_tags_ad]""",
    """drop trigger if exists [browse_article_authors_ai]""",
    """drop trigger if exists [browse_article_authors_ad]""",
    """delete from [site_stats]""",
    """delete from [article_tags]""",
    """delete from [article_authors]""",
    """delete from [facet_counts]""",
    """insert into site_stats (site, articles, live, gone, words, worded, first_seen, last_seen, last_changed)
            select site, count(*), count(*) filter (where status = 'live'), count(*) filter (where status = 'gone'),
                   coalesce(sum(word_count), 0), count(word_count), min(first_seen), max(last_seen), max(last_changed)
            from articles group by site""",
    """insert into article_tags (article_id, position, tag) select articles.id, coalesce(j.key, 0), j.value from articles, json_each(case when json_valid(articles.tags) then articles.tags else '[]' end) as j where j.type not in ('object', 'array', 'null')""",
    """insert into facet_counts (facet, value, count) select 'tags', tag, count(*) from article_tags group by tag""",
    """insert into article_authors (article_id, position, author) select articles.id, coalesce(j.key, 0), j.value from articles, json_each(case when json_valid(articles.authors) then articles.authors else '[]' end) as j where j.type not in ('object', 'array', 'null')""",
    """insert into facet_counts (facet, value, count) select 'authors', author, count(*) from article_authors group by author""",
    """insert into facet_counts (facet, value, count) select 'published', substr(published, 1, 7), count(*) from articles where published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' group by 2""",
    """create trigger [browse_articles_ai] after insert on articles begin
  insert into site_stats (site, articles, live, gone, words, worded, first_seen, last_seen, last_changed)
  values (new.site, 1, new.status is 'live', new.status is 'gone', coalesce(new.word_count, 0),
          new.word_count is not null, new.first_seen, new.last_seen, new.last_changed)
  on conflict (site) do update set
    articles = articles + 1, live = live + excluded.live, gone = gone + excluded.gone,
    words = words + excluded.words, worded = worded + excluded.worded,
    first_seen = case when excluded.first_seen < first_seen or first_seen is null
                      then excluded.first_seen else first_seen end,
    last_seen = case when excluded.last_seen > last_seen or last_seen is null
                     then excluded.last_seen else last_seen end,
    last_changed = case when excluded.last_changed > last_changed or last_changed is null
                        then excluded.last_changed else last_changed end;
  insert into article_tags (article_id, position, tag) select new.id, coalesce(j.key, 0), j.value from json_each(case when json_valid(new.tags) then new.tags else '[]' end) as j where j.type not in ('object', 'array', 'null');
  insert into article_authors (article_id, position, author) select new.id, coalesce(j.key, 0), j.value from json_each(case when json_valid(new.authors) then new.authors else '[]' end) as j where j.type not in ('object', 'array', 'null');
  insert into facet_counts (facet, value, count) select 'published', substr(new.published, 1, 7), 1 where new.published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' on conflict (facet, value) do update set count = count + 1;
end""",
    """create trigger [browse_articles_ad] after delete on articles begin
  update site_stats set
    articles = articles - 1, live = live - (old.status is 'live'), gone = gone - (old.status is 'gone'),
    words = words - coalesce(old.word_count, 0), worded = worded - (old.word_count is not null)
  where site = old.site;
  delete from site_stats where site = old.site and articles <= 0;
  update site_stats set
    first_seen = (select min(first_seen) from articles where site = old.site),
    last_seen = (select max(last_seen) from articles where site = old.site),
    last_changed = (select max(last_changed) from articles where site = old.site)
  where site = old.site and (first_seen is old.first_seen or last_seen is old.last_seen or last_changed is old.last_changed);
  delete from article_tags where article_id = old.id;
  delete from article_authors where article_id = old.id;
  update facet_counts set count = count - 1 where facet = 'published' and value = substr(old.published, 1, 7) and old.published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*';
  delete from facet_counts where facet = 'published' and count <= 0;
end""",
    """create trigger [browse_articles_au_site] after update of site, status, word_count, first_seen, last_seen, last_changed on articles when old.site is not new.site or old.status is not new.status or old.word_count is not new.word_count or old.first_seen is not new.first_seen or old.last_seen is not new.last_seen or old.last_changed is not new.last_changed begin
  insert into site_stats (site, articles, live, gone, words, worded, first_seen, last_seen, last_changed)
  values (new.site, 1, new.status is 'live', new.status is 'gone', coalesce(new.word_count, 0),
          new.word_count is not null, new.first_seen, new.last_seen, new.last_changed)
  on conflict (site) do update set
    articles = articles + 1, live = live + excluded.live, gone = gone + excluded.gone,
    words = words + excluded.words, worded = worded + excluded.worded,
    first_seen = case when excluded.first_seen < first_seen or first_seen is null
                      then excluded.first_seen else first_seen end,
    last_seen = case when excluded.last_seen > last_seen or last_seen is null
                     then excluded.last_seen else last_seen end,
    last_changed = case when excluded.last_changed > last_changed or last_changed is null
                        then excluded.last_changed else last_changed end;
  update site_stats set
    articles = articles - 1, live = live - (old.status is 'live'), gone = gone - (old.status is 'gone'),
    words = words - coalesce(old.word_count, 0), worded = worded - (old.word_count is not null)
  where site = old.site;
  delete from site_stats where site = old.site and articles <= 0;
  update site_stats set
    first_seen = (select min(first_seen) from articles where site = old.site),
    last_seen = (select max(last_seen) from articles where site = old.site),
    last_changed = (select max(last_changed) from articles where site = old.site)
  where site = old.site and ((first_seen is old.first_seen and (old.site is not new.site or new.first_seen is not old.first_seen)) or (last_seen is old.last_seen and (old.site is not new.site or new.last_seen is not old.last_seen)) or (last_changed is old.last_changed and (old.site is not new.site or new.last_changed is not old.last_changed)));
end""",
    """create trigger [browse_articles_au_tags] after update of id, tags on articles when old.id is not new.id or old.tags is not new.tags begin
  delete from article_tags where article_id = old.id;
  insert into article_tags (article_id, position, tag) select new.id, coalesce(j.key, 0), j.value from json_each(case when json_valid(new.tags) then new.tags else '[]' end) as j where j.type not in ('object', 'array', 'null');
end""",
    """create trigger [browse_articles_au_authors] after update of id, authors on articles when old.id is not new.id or old.authors is not new.authors begin
  delete from article_authors where article_id = old.id;
  insert into article_authors (article_id, position, author) select new.id, coalesce(j.key, 0), j.value from json_each(case when json_valid(new.authors) then new.authors else '[]' end) as j where j.type not in ('object', 'array', 'null');
end""",
    """create trigger [browse_articles_au_published] after update of published on articles when old.published is not new.published begin
  update facet_counts set count = count - 1 where facet = 'published' and value = substr(old.published, 1, 7) and old.published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*';
  delete from facet_counts where facet = 'published' and count <= 0;
  insert into facet_counts (facet, value, count) select 'published', substr(new.published, 1, 7), 1 where new.published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' on conflict (facet, value) do update set count = count + 1;
end""",
    """create trigger [browse_article_tags_ai] after insert on article_tags begin
  insert into facet_counts (facet, value, count) values ('tags', new.tag, 1) on conflict (facet, value) do update set count = count + 1;
end""",
    """create trigger [browse_article_tags_ad] after delete on article_tags begin
  update facet_counts set count = count - 1 where facet = 'tags' and value = old.tag;
  delete from facet_counts where facet = 'tags' and value = old.tag and count <= 0;
end""",
    """create trigger [browse_article_authors_ai] after insert on article_authors begin
  insert into facet_counts (facet, value, count) values ('authors', new.author, 1) on conflict (facet, value) do update set count = count + 1;
end""",
    """create trigger [browse_article_authors_ad] after delete on article_authors begin
  update facet_counts set count = count - 1 where facet = 'authors' and value = old.author;
  delete from facet_counts where facet = 'authors' and value = old.author and count <= 0;
end""",
)


@migrations()
def m004_browse_tables(db: sqlite_utils.Database) -> None:
    """Per-site counts, one row per tag and author, facet counts: kept by triggers, read by Datasette.

    An archive with articles but no statistics gets them (ANALYZE): without them SQLite looks
    rows up by id rather than in the covering indexes the browse pages rely on.
    """
    for statement in M004_SQL:
        db.execute(statement)
    if db["sqlite_stat1"].exists():
        for table in ("site_stats", "article_tags", "article_authors", "facet_counts"):
            db.execute(f"analyze [{table}]")
    elif db.execute("select exists (select 1 from articles)").fetchone()[0]:
        db.execute("analyze")


#: The full-text index follows the three columns it holds. sqlite_utils' trigger fires on any
#: update of ``articles``, so every 304 (a new ``last_seen``) re-tokenized the whole body twice.
#: m005's own SQL (m008 replaces the trigger): never edit it.
FTS_UPDATE_TRIGGER = """CREATE TRIGGER [articles_au] AFTER UPDATE OF [title], [description], [body_text] ON [articles]
BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title], [description], [body_text])
    VALUES('delete', old.rowid, old.[title], old.[description], old.[body_text]);
  INSERT INTO [articles_fts] (rowid, [title], [description], [body_text])
    VALUES (new.rowid, new.[title], new.[description], new.[body_text]);
END"""


@migrations()
def m005_fts_follows_text_only(db: sqlite_utils.Database) -> None:
    """Re-index an article's text only when its title, description or body changes."""
    db.execute("drop trigger if exists [articles_au]")
    db.execute(FTS_UPDATE_TRIGGER)


@migrations()
def m006_site_knowledge(db: sqlite_utils.Database) -> None:
    """Embedded media and people of each article, the declared language beside the identified one,
    and what each site's pages share (its template), learned as crawls go."""
    db["articles"].add_column("declared_language", str)
    # how many pages of its site were known when the version was extracted (null: not recorded)
    db["article_versions"].add_column("template_pages", int)
    db["embeds"].create(
        {"article_id": int, "position": int, "url": str, "kind": str, "provider": str, "title": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["embeds"].create_index(["url"])
    db["people"].create(
        {"article_id": int, "position": int, "role": str, "name": str, "credentials": str, "affiliation": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["people"].create_index(["name"])
    db.execute("""create table site_profiles (
  site text primary key,
  pages integer not null default 0,   -- pages of the site sampled so far
  updated text,
  title_affixes text                  -- JSON array of title prefixes and suffixes the site repeats
)""")
    db.execute("""create table site_blocks (
  site text not null,
  fingerprint text not null,          -- of one block of a page: its place in the template and its text
  pages integer not null,             -- sampled pages that showed it
  first_page integer not null,        -- the site's sample count when it was first seen
  primary key (site, fingerprint)
) without rowid""")


@migrations()
def m007_captures(db: sqlite_utils.Database) -> None:
    """Every response as received (archive.db.capture): request and response heads, the body as
    transferred (stored once per digest in ``payloads`` or ``raw_pages``), redirect hops, server
    address and protocol; and the per-crawl manifests that chain each crawl's rows to the last."""
    db.execute("""create table captures (
  id integer primary key,
  crawl_id integer references crawls(id),
  fetch_id integer references fetches(id),  -- the visit this hop ended in (null: not recorded)
  hop integer not null default 0,           -- 0 the first request of a visit, 1.. each redirect after it
  kind text not null,                       -- response, revisit (a 304 of a stored capture), request-only
  url text not null,
  method text,
  request_head text,                        -- request line and headers as sent (latin-1)
  requested_at text,
  status integer,
  protocol text,                            -- HTTP/1.1, h2...
  ip text,                                  -- the server's address
  response_head text,                       -- status line and headers as received (latin-1)
  fetched_at text not null,
  payload_sha256 text,                      -- of the body as stored: payloads or raw_pages hold it
  payload_size integer,
  decoded text,                             -- the Content-Encoding the stored body had removed (null: as transferred)
  refers_to integer references captures(id),  -- a revisit: the capture whose body it did not send again
  source text                               -- crawl, or the file a capture was imported from
)""")
    db.execute("create index captures_url on captures (url, fetched_at)")
    db.execute("create index captures_crawl on captures (crawl_id)")
    db.execute("create index captures_fetch on captures (fetch_id)")
    db.execute("create index captures_payload on captures (payload_sha256)")
    db.execute("""create table payloads (
  sha256 text primary key,   -- of the bytes: a body already in raw_pages is not stored again here
  size integer not null,
  body_gz blob not null
)""")
    db.execute("""create table manifests (
  id integer primary key,
  crawl_id integer references crawls(id),  -- the crawl sealed (null: another write, e.g. an import)
  sealed text not null,
  rows integer not null,
  rows_gz blob not null,     -- gzip of the JSON list [table, id, digest] of the rows sealed
  digest text not null,      -- sha256 of rows_gz's JSON
  prev_hash text,            -- hash of the previous manifest
  hash text not null         -- sha256 of prev_hash, crawl_id, digest
)""")
    db.execute("""create table manifest_pending (
  tbl text not null,         -- a row the archive itself rewrote (a reparse) since the last seal
  row_id integer not null,
  primary key (tbl, row_id)
) without rowid""")
    db["article_versions"].add_column("source", str)  # where the version came from: a crawl, or an imported WARC


#: The full-text index over each article's title, description and current body, read through
#: the ``articles_full`` view (external content: the index holds no copy of the text), and the
#: triggers keeping it in step with ``articles``. A body row never changes (it is named by its
#: content), so the text to take out of the index is still there when an article moves to another.
#: m008's own SQL, also what :func:`rebuild_fts` recreates: never edit it, add a migration.
FTS_SQL = [
    """create virtual table articles_fts using fts5(
  title, description, body_text, tokenize = 'porter', content = 'articles_full', content_rowid = 'id'
)""",
    """create trigger articles_ai after insert on articles begin
  insert into articles_fts (rowid, title, description, body_text)
  values (new.id, new.title, new.description, (select body_text from bodies where id = new.body_id));
end""",
    """create trigger articles_ad after delete on articles begin
  insert into articles_fts (articles_fts, rowid, title, description, body_text)
  values ('delete', old.id, old.title, old.description, (select body_text from bodies where id = old.body_id));
end""",
    """create trigger articles_au after update of title, description, body_id on articles
when old.title is not new.title or old.description is not new.description or old.body_id is not new.body_id
begin
  insert into articles_fts (articles_fts, rowid, title, description, body_text)
  values ('delete', old.id, old.title, old.description, (select body_text from bodies where id = old.body_id));
  insert into articles_fts (rowid, title, description, body_text)
  values (new.id, new.title, new.description, (select body_text from bodies where id = new.body_id));
end""",
]

#: Articles with their current body: what ``articles`` held before m008 (the HTML gzipped), and
#: the full-text index's content. m008's own SQL: never edit it.
ARTICLES_FULL_SQL = """create view articles_full as
select articles.*, bodies.body_text, bodies.body_html_gz
from articles left join bodies on bodies.id = articles.body_id"""


def _m008_body_sha256(text, html) -> str:
    """m008's frozen copy of archive.db.store.body_sha256 (a test keeps the two equal)."""
    import hashlib
    import json

    return hashlib.sha256(json.dumps([text, html], ensure_ascii=False).encode()).hexdigest()


def _m008_gzip(html):
    """m008's frozen copy of archive.store.gzip_html (a test keeps the two equal)."""
    import gzip

    return None if html is None else gzip.compress(html.encode(), compresslevel=6, mtime=0)


@migrations()
def m008_bodies(db: sqlite_utils.Database) -> None:
    """Bodies out of the article and version rows: each distinct (body_text, body_html) stored once
    in ``bodies``, named by its SHA-256, and referenced by ``body_id`` from ``articles`` and
    ``article_versions`` (an unchanged body was stored twice, in the article and its version 1,
    and again in every version that changed only a title or a date). The HTML, which only the
    article page renders, is gzipped (``body_html_gz``); the text stays plain for SQL and the
    full-text index, which reads the bodies through the ``articles_full`` view.

    Self-contained SQL (and frozen copies of the two functions it needs), in the one transaction
    every migration runs in. The space freed inside the file is reused by later writes;
    ``sqlite-utils vacuum archive.db`` gives it back to the disk."""
    conn = db.conn
    conn.create_function("m008_body_sha256", 2, _m008_body_sha256, deterministic=True)
    conn.create_function("m008_gzip", 1, _m008_gzip, deterministic=True)
    statements = [
        """create table bodies (
  id integer primary key,
  sha256 text not null,   -- of the JSON array [body_text, body_html]
  body_text text,
  body_html_gz blob       -- gzip of the UTF-8 body_html: read by the article page, rarely by SQL
)""",
        "create unique index idx_bodies_sha256 on bodies (sha256)",
        # Oldest first, so a body's id says when it was first stored.
        """insert into bodies (sha256, body_text, body_html_gz)
select m008_body_sha256(body_text, body_html), body_text, m008_gzip(body_html) from article_versions where true
order by id on conflict (sha256) do nothing""",
        """insert into bodies (sha256, body_text, body_html_gz)
select m008_body_sha256(body_text, body_html), body_text, m008_gzip(body_html) from articles where true
order by id on conflict (sha256) do nothing""",
        "alter table article_versions add column body_id integer references bodies(id)",
        "alter table articles add column body_id integer references bodies(id)",
        """update article_versions set body_id = (select id from bodies
  where sha256 = m008_body_sha256(article_versions.body_text, article_versions.body_html))""",
        """update articles set body_id = (select id from bodies
  where sha256 = m008_body_sha256(articles.body_text, articles.body_html))""",
        "drop trigger if exists articles_ai",
        "drop trigger if exists articles_ad",
        "drop trigger if exists articles_au",
        "drop table if exists articles_fts",
        # Covering indexes the browse pages needed while article rows carried their bodies
        # (archive.db.views created them): a narrow row is read as fast (docs/benchmarks.md).
        *(f"drop index if exists {name}" for name in (
            "idx_articles_authors", "idx_articles_tags", "idx_articles_by_site", "idx_articles_by_status",
            "idx_articles_by_id")),
        "alter table articles drop column body_text",
        "alter table articles drop column body_html",
        "alter table article_versions drop column body_text",
        "alter table article_versions drop column body_html",
        "create index idx_articles_body_id on articles (body_id)",
        "create index idx_article_versions_body_id on article_versions (body_id)",
        ARTICLES_FULL_SQL,
        *FTS_SQL,
        "insert into articles_fts (articles_fts) values ('rebuild')",
    ]
    for statement in statements:
        conn.execute(statement)


def rebuild_fts(db: sqlite_utils.Database) -> None:
    """Recreate the full-text index and its triggers from the articles (after a bulk load that
    dropped them, as bench.million does)."""
    with db.atomic():
        for name in ("articles_ai", "articles_ad", "articles_au"):
            db.execute(f"drop trigger if exists [{name}]")
        db.execute("drop table if exists articles_fts")
        for statement in FTS_SQL:
            db.execute(statement)
        db.execute("insert into articles_fts (articles_fts) values ('rebuild')")


class NotAnArchive(ValueError):
    """The file is not an archive: not an SQLite database, or the database of another program."""


def check_archive(db: sqlite_utils.Database, path: str, *, empty_ok: bool = True) -> None:
    """Raise NotAnArchive unless ``db`` is an archive (our migrations were applied to it) or, with
    ``empty_ok``, has no tables yet (a new archive). Reads only."""
    try:
        # The migrations table alone is a new archive whose first migration was interrupted.
        tables = [t for t in db.table_names() if not t.startswith("sqlite_") and t != migrations.migrations_table]
        ours = bool(tables) and bool(migrations.applied(db))
    except sqlite3.OperationalError:
        raise  # it could not be read (permissions, a read-only directory, a lock): no verdict
    except sqlite3.DatabaseError as exc:  # SQLITE_NOTADB and its likes: the bytes are not SQLite
        raise NotAnArchive(f"{path} is not an SQLite database ({exc})") from None
    if ours or (empty_ok and not tables):
        return
    if not tables:
        raise NotAnArchive(f"{path} holds no archive yet")
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise NotAnArchive(f"{path} is another program's SQLite database (tables: {shown}), not an archive")


def check_archive_file(path: str, *, empty_ok: bool = True) -> None:
    """:func:`check_archive` on a file, opened read-only (nothing, not even a journal, is written).

    A file that cannot be read that way (a WAL archive on a read-only disk, a WAL left by a killed
    crawl without its index) gets no verdict here: opening it for real reports what is wrong.
    """
    try:
        conn = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True)
        try:
            check_archive(sqlite_utils.Database(conn), path, empty_ok=empty_ok)
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return


def open_db(path: str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the archive in WAL mode with foreign keys on, applying pending migrations.

    With ``migrate``, a file that is neither an archive nor empty raises NotAnArchive before
    anything is written to it (archive tables were once added to any SQLite file given).
    """
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    if migrate:
        try:
            check_archive(db, path)
        except NotAnArchive:
            db.close()
            raise
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        from archive.db.views import create_views

        migrations.apply(db)
        create_views(db)
    return db


@migrations()
def m009_watch_and_timeline(db: sqlite_utils.Database) -> None:
    """What `health-archive watch` sent: one row per rule and event, so an event is sent once; and
    an index of fetches by article, for the reading page's timeline (new, changed, gone, back)."""
    db.execute("create index if not exists fetches_article on fetches (article_id, id)")
    db.execute("""create table notifications (
  rule text not null,                 -- the [[watch]] table's name
  event text not null,                -- archive.web.watch.Event.key: version:ARTICLE:N, gone:ARTICLE:SINCE, anomaly:CRAWL
  sent_at text not null,
  status text not null,               -- sent, failed (tried again next time), skipped (--mark-seen)
  error text,
  primary key (rule, event)
) without rowid""")


@migrations()
def m010_version_provenance(db: sqlite_utils.Database) -> None:
    """Which extractor made each version (package and version); ``source`` says 'reparse' for a
    version a reparse made (the page did not change, its reading did)."""
    db.execute("alter table article_versions add column extractor text")


@migrations()
def m011_site_samples(db: sqlite_utils.Database) -> None:
    """What each article page of a site not yet settled showed of its template (``site_samples``,
    dropped once the site is), and when each site was last learned from all its pages at once
    (``site_profiles.settled``: its pages then; null: never). See Archive.settle_sites."""
    db.execute("alter table site_profiles add column settled integer")
    db.execute("""create table site_samples (
  article_id integer primary key references articles(id),
  site text not null,
  fingerprints blob not null,          -- the page's block fingerprints, 8 bytes each, in page order
  title_parts text not null,           -- JSON array of its <title>'s first and last part fingerprints
  template_key text not null           -- what the template its current version was extracted with took ('' unknown)
)""")
    db.execute("create index site_samples_site on site_samples (site)")


@migrations()
def m012_requisites(db: sqlite_utils.Database) -> None:
    """Page requisites (archive.crawl.requisites): the images of each archived article, fetched by the
    crawl. Each fetch is a ``fetches`` row (page_type 'requisite', outcome 'stored' or 'error';
    crawl counts leave them out) with its captures, and a ``requisites`` row of the same
    id: the URL as the article names it, the article it was asked for, and the image stored (by
    SHA-256 in ``payloads``, once per content) or null when it was not (the fetch's error says why)."""
    db.execute("""create table requisites (
  id integer primary key references fetches(id),  -- the fetch
  url text not null,         -- as the article names it (before any redirect)
  article_url text,          -- the article it was asked for (articles.url as the crawl met it)
  role text,                 -- image (in the body), og:image
  sha256 text,               -- of the image as stored in payloads; null: not stored
  content_type text,         -- image/png, image/jpeg...: what the reading page serves it as
  size integer               -- bytes of the image
)""")
    db.execute("create index requisites_url on requisites (url, id)")
    db.execute("create index requisites_sha256 on requisites (sha256)")
    db.execute("create index requisites_article on requisites (article_url)")


def _m013_canonical(text):
    """m013's frozen copy of archive.db.version_fields.canonical_json, from the JSON SQL built (a
    test keeps the two equal)."""
    import json

    return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _m013_sha256(text) -> str:
    """m013's frozen copy of archive.db.version_fields.fields_sha256 of canonical text."""
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def _m013_gzip(text) -> bytes:
    """m013's frozen copy of archive.version_fields.gzip_fields of canonical text."""
    import gzip

    return gzip.compress(text.encode(), compresslevel=6, mtime=0)


#: A JSON text column as JSON, or null when it holds something else (written by anything else).
def _m013_json(column: str) -> str:
    return f"case when json_valid({column}) then json({column}) end"


#: A current-state table's rows of article ``a`` in order, as JSON (m013's own SQL).
def _m013_items(table: str, pairs: str) -> str:
    return (f"json((select json_group_array(json_object({pairs})) from "
            f"(select * from [{table}] where article_id = a.id order by position)))")


#: m013's own SQL, frozen: never edit it, add a migration.
M013_SQL = [
    """create table version_fields (
  id integer primary key,
  sha256 text not null,   -- of the canonical JSON (sorted keys, no spaces) of the snapshot
  fields_gz blob not null -- gzip of that JSON: archive.db.version_fields names its fields
)""",
    "create unique index idx_version_fields_sha256 on version_fields (sha256)",
    "alter table article_versions add column fields_id integer references version_fields(id)",
    "create index idx_article_versions_fields_id on article_versions (fields_id)",
    "create temp table m013_snapshots (version_id integer primary key, fields text, sha256 text)",
    # The current version of each article: what the archive holds of it now.
    f"""insert into m013_snapshots (version_id, fields)
select v.id, json_object(
  'authors', {_m013_json('a.authors')}, 'reviewed_by', {_m013_json('a.reviewed_by')},
  'tags', {_m013_json('a.tags')}, 'categories', {_m013_json('a.categories')},
  'reviewed_on', a.reviewed_on, 'image', a.image, 'language', a.language,
  'declared_language', a.declared_language, 'headings', {_m013_json('a.headings')},
  'related', {_m013_items('related_links', "'url', url, 'title', title, 'teaser', teaser")},
  'citations', {_m013_items('citations', "'url', url, 'text', text, 'doi', doi, 'pmid', pmid")},
  'images', {_m013_items('images', "'src', src, 'alt', alt, 'caption', caption")},
  'links', {_m013_items('links', "'url', url, 'text', text, 'rel', rel, 'internal', internal")},
  'embeds', {_m013_items('embeds', "'url', url, 'kind', kind, 'provider', provider, 'title', title")},
  'people', {_m013_items('people', "'role', role, 'name', name, 'credentials', "
                                   + _m013_json('credentials') + ", 'affiliation', affiliation")})
from article_versions v join articles a on a.id = v.article_id and a.version = v.version""",
    # Every older version: its authors (on its row); the rest was not kept, so null, not invented.
    f"""insert into m013_snapshots (version_id, fields)
select v.id, json_object(
  'authors', {_m013_json('v.authors')}, 'reviewed_by', null, 'tags', null, 'categories', null,
  'reviewed_on', null, 'image', null, 'language', null, 'declared_language', null, 'headings', null,
  'related', null, 'citations', null, 'images', null, 'links', null, 'embeds', null, 'people', null)
from article_versions v where v.id not in (select version_id from m013_snapshots)""",
    "update m013_snapshots set fields = m013_canonical(fields)",
    "update m013_snapshots set sha256 = m013_sha256(fields)",
    """insert into version_fields (sha256, fields_gz)
select sha256, m013_gzip(fields) from m013_snapshots where true order by version_id on conflict (sha256) do nothing""",
    """update article_versions set fields_id = (select f.id from m013_snapshots s
  join version_fields f on f.sha256 = s.sha256 where s.version_id = article_versions.id)""",
    "drop table m013_snapshots",
]


@migrations()
def m013_version_fields(db: sqlite_utils.Database) -> None:
    """Every field versioned: each version references a snapshot (``version_fields``, one row per
    distinct snapshot, named by its SHA-256, gzipped) of its lists and of the fields its row does
    not hold: Read Also, citations, images, links with their rel, embeds, people with their
    credentials, authors, reviewers, tags, categories, headings (archive.db.version_fields).

    Backfill from what the archive knows: an article's current version gets the current-state
    rows (links, related_links, ...) and fields of ``articles`` (Read Also as last seen, which a
    visit that found the article unchanged may have rewritten since the version was archived);
    an older version gets the authors its row kept and null for every other field: not recorded,
    never invented from a later version. Self-contained SQL and frozen functions, in the one
    transaction every migration runs in."""
    conn = db.conn
    conn.create_function("m013_canonical", 1, _m013_canonical, deterministic=True)
    conn.create_function("m013_sha256", 1, _m013_sha256, deterministic=True)
    conn.create_function("m013_gzip", 1, _m013_gzip, deterministic=True)
    for statement in M013_SQL:
        conn.execute(statement)


@migrations()
def m014_site_month_index(db: sqlite_utils.Database) -> None:
    """One index on (site, published newest first): the facet page of a site and month
    (``?site=X&published__startswith=2024-03``) counts and lists its articles from it, where the
    index on site alone read every article row of the site for each of the page's seven queries
    (1.5 s at a million articles, 154,000 articles on the site), and lists ordered by site then
    newest (without_citations) stream from it. It replaces that index, its prefix."""
    db.execute("create index if not exists idx_articles_site_published on articles (site, published desc)")
    db.execute("drop index if exists idx_articles_site")
    if db["sqlite_stat1"].exists():     # the planner weighs an index by its statistics: the whole index's
        db.execute("analyze idx_articles_site_published")


#: In-degree of the Read Also graph, kept by triggers on related_links: how many other archived
#: articles list each archived article under Read Also (MOST_RECOMMENDED_SQL). Counting it from
#: related_links grouped 5 million links per page view at a million articles (0.6-1.2 s).
#: A link counts once per (source, target) pair, never from an article to itself.
READ_ALSO_COUNTS_SQL = [
    """create table if not exists read_also_counts (
  target_id integer primary key,
  recommended_by integer not null
)""",
    "create index if not exists idx_read_also_counts_top on read_also_counts (recommended_by desc, target_id)",
]


def _pair_sql(sign: str, row: str, alone: str) -> str:
    """Count ``row``'s (article_id, target_id) pair up (``+``) or down (``-``) when it is a link
    to another article and ``alone`` says no other row holds the pair."""
    if sign == "+":
        change = (f"insert into read_also_counts (target_id, recommended_by) select {row}.target_id, 1 "
                  f"where {row}.target_id is not null and {row}.target_id != {row}.article_id and {alone} "
                  "on conflict (target_id) do update set recommended_by = recommended_by + 1;")
        return change
    return (f"update read_also_counts set recommended_by = recommended_by - 1 where target_id = {row}.target_id "
            f"and {row}.target_id != {row}.article_id and {alone};\n"
            f"  delete from read_also_counts where target_id = {row}.target_id and recommended_by <= 0;")


def _others_hold(row: str, self_clause: str) -> str:
    return (f"not exists (select 1 from related_links r where r.target_id = {row}.target_id "
            f"and r.article_id = {row}.article_id{self_clause})")


READ_ALSO_TRIGGERS = {
    "read_also_counts_ai": "after insert on related_links begin\n  "
    + _pair_sql("+", "new", _others_hold("new", " and r.rowid != new.rowid")) + "\nend",
    "read_also_counts_ad": "after delete on related_links begin\n  "
    + _pair_sql("-", "old", _others_hold("old", "")) + "\nend",
    "read_also_counts_au": "after update of article_id, target_id on related_links "
    "when old.article_id is not new.article_id or old.target_id is not new.target_id begin\n  "
    + _pair_sql("-", "old", _others_hold("old", "")) + "\n  "
    + _pair_sql("+", "new", _others_hold("new", " and r.rowid != new.rowid")) + "\nend",
}


def refresh_read_also_counts(db: sqlite_utils.Database) -> None:
    """(Re)create read_also_counts and its triggers, filled from related_links (m015; a bulk load
    that dropped the triggers, as bench.million's)."""
    with unit(db):
        for statement in READ_ALSO_COUNTS_SQL:
            db.execute(statement)
        for name in READ_ALSO_TRIGGERS:
            db.execute(f"drop trigger if exists [{name}]")
        db.execute("delete from read_also_counts")
        db.execute("""insert into read_also_counts (target_id, recommended_by)
            select target_id, count(distinct article_id) from related_links
            where target_id is not null and target_id != article_id group by target_id""")
        for name, body in READ_ALSO_TRIGGERS.items():
            db.execute(f"create trigger [{name}] {body}")
        if db["sqlite_stat1"].exists():
            db.execute("analyze read_also_counts")


#: What m015 created, frozen as written (READ_ALSO_TRIGGERS as of m015): never edit it.
M015_TRIGGERS = {
    'read_also_counts_ai': (
        'after insert on related_links begin\n'
        '  insert into read_also_counts (target_id, recommended_by) select new.target_id, 1 where new.target_id is not null and new.target_id != new.article_id and not exists (select 1 from related_links r where r.target_id = new.target_id and r.article_id = new.article_id and r.rowid != new.rowid) on conflict (target_id) do update set recommended_by = recommended_by + 1;\n'
        'end'
    ),
    'read_also_counts_ad': (
        'after delete on related_links begin\n'
        '  update read_also_counts set recommended_by = recommended_by - 1 where target_id = old.target_id and old.target_id != old.article_id and not exists (select 1 from related_links r where r.target_id = old.target_id and r.article_id = old.article_id);\n'
        '  delete from read_also_counts where target_id = old.target_id and recommended_by <= 0;\n'
        'end'
    ),
    'read_also_counts_au': (
        'after update of article_id, target_id on related_links when old.article_id is not new.article_id or old.target_id is not new.target_id begin\n'
        '  update read_also_counts set recommended_by = recommended_by - 1 where target_id = old.target_id and old.target_id != old.article_id and not exists (select 1 from related_links r where r.target_id = old.target_id and r.article_id = old.article_id);\n'
        '  delete from read_also_counts where target_id = old.target_id and recommended_by <= 0;\n'
        '  insert into read_also_counts (target_id, recommended_by) select new.target_id, 1 where new.target_id is not null and new.target_id != new.article_id and not exists (select 1 from related_links r where r.target_id = new.target_id and r.article_id = new.article_id and r.rowid != new.rowid) on conflict (target_id) do update set recommended_by = recommended_by + 1;\n'
        'end'
    ),
}


@migrations()
def m015_read_also_counts(db: sqlite_utils.Database) -> None:
    """read_also_counts (see READ_ALSO_COUNTS_SQL) with its triggers, filled from related_links.
    Frozen copies of the statements, as every migration should be: a later change of the live
    helper must not change what this migration did."""
    conn = db.conn
    conn.execute("""create table if not exists read_also_counts (
  target_id integer primary key,
  recommended_by integer not null
)""")
    conn.execute("create index if not exists idx_read_also_counts_top on read_also_counts (recommended_by desc, target_id)")
    conn.execute("""insert into read_also_counts (target_id, recommended_by)
select target_id, count(distinct article_id) from related_links
where target_id is not null and target_id != article_id group by target_id""")
    for name, body in M015_TRIGGERS.items():
        conn.execute(f"create trigger if not exists [{name}] {body}")


