"""Bodies stored once per distinct content (the ``bodies`` table), and the m008 migration that
moves an older archive's bodies there."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from archive.extract.record import Article
from archive.web.article_page import body_html
from archive.db.schema import _m008_body_sha256, _m008_gzip, migrations, open_db, rebuild_fts, refresh_browse_tables
from archive.db.store import Archive, FetchedPage, body_sha256, gzip_html

pytestmark = pytest.mark.fast


def make(url, title="Sleep well", body="Sleep matters for health.", html=None):
    return Article(url=url, canonical_url=url, site="a.org", is_article=True, page_type="article", title=title,
                   authors=["Jane Roe"], published="2024-03-03", body_html=html or f"<p>{body}</p>",
                   body_text=body, word_count=len(body.split()))


def page(url, body=b"<html>raw</html>"):
    return FetchedPage(url=url, status=200, body=body, content_type="text/html; charset=utf-8")


def rows(db, sql, params=()):
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def fts_ids(db, query):
    return rows(db, "select rowid from articles_fts where articles_fts match ? order by rowid", [query])


def test_a_body_is_stored_once_whoever_has_it(tmp_path):
    archive = Archive(str(tmp_path / "a.db"))
    first = archive.save_article(None, page("https://a.org/one/"), make("https://a.org/one/"))[1]
    # another article with the same body, and a new version of the first changing only its title
    second = archive.save_article(None, page("https://a.org/two/"), make("https://a.org/two/", title="Other"))[1]
    assert archive.save_article(None, page("https://a.org/one/", b"<html>v2</html>"),
                                make("https://a.org/one/", title="Sleep better"))[0] == "changed"
    db = archive.db
    assert rows(db, "select count(*) from bodies") == [(1,)]
    assert rows(db, "select body_id from articles order by id") == [(1,), (1,)]
    assert rows(db, "select article_id, version, body_id from article_versions order by id") == \
        [(first, 1, 1), (second, 1, 1), (first, 2, 1)]
    # an edit of the text adds a body; the older one stays for the versions that have it
    archive.save_article(None, page("https://a.org/one/", b"<html>v3</html>"),
                         make("https://a.org/one/", title="Sleep better", body="Naps count too."))
    assert [(i, text, body_html(gz)) for i, text, gz in rows(db, "select id, body_text, body_html_gz from bodies")] \
        == [(1, "Sleep matters for health.", "<p>Sleep matters for health.</p>"),
            (2, "Naps count too.", "<p>Naps count too.</p>")]
    assert rows(db, "select id, body_text from articles_full order by id") == \
        [(first, "Naps count too."), (second, "Sleep matters for health.")]
    assert fts_ids(db, "naps") == [(first,)] and fts_ids(db, "matters") == [(second,)]
    assert rows(db, "insert into articles_fts (articles_fts) values ('integrity-check')") == []
    assert rows(db, "pragma foreign_key_check") == []
    archive.close()


def test_the_migration_names_bodies_as_the_store_does():
    for text, html in [("a", "<p>a</p>"), ("é ü", None), (None, None), ("", ""), ("x\0y", "<p>\"</p>")]:
        assert _m008_body_sha256(text, html) == body_sha256(text, html)
        assert _m008_gzip(html) == gzip_html(html) and body_html(gzip_html(html)) == html
    assert body_sha256("a", "") != body_sha256("", "a") and body_sha256(None, None) != body_sha256("", "")


#: An archive as the schema before m008 stored it: bodies in the article rows and in every version.
OLD_ARTICLES = [
    # id, url, title, body_text, body_html, version
    (1, "https://a.org/sleep/", "Sleep", "Melatonin helps some people.", "<p>Melatonin helps some people.</p>", 2),
    (2, "https://a.org/copy/", "Copy", "Hydration matters.", "<p>Hydration matters.</p>", 1),
    (3, "https://a.org/same/", "Same body", "Hydration matters.", "<p>Hydration matters.</p>", 1),
    (4, "https://a.org/bare/", "No markup", "Circadian rhythm basics.", None, 1),
]
OLD_VERSIONS = [
    # article_id, version, title, body_text, body_html
    (1, 1, "Sleep", "Caffeine delays sleep.", "<p>Caffeine delays sleep.</p>"),
    (1, 2, "Sleep", "Melatonin helps some people.", "<p>Melatonin helps some people.</p>"),
    (2, 1, "Copy", "Hydration matters.", "<p>Hydration matters.</p>"),
    (3, 1, "Same body", "Hydration matters.", "<p>Hydration matters.</p>"),
    (4, 1, "No markup", "Circadian rhythm basics.", None),
]


def old_archive(path) -> sqlite_utils.Database:
    """An archive file with the migrations before m008 only, and OLD_ARTICLES in it."""
    db = sqlite_utils.Database(str(path))
    migrations.apply(db, stop_before="m008_bodies")
    assert "body_text" in db["articles"].columns_dict and not db["bodies"].exists()
    with db.conn:
        for article_id, url, title, text, html, version in OLD_ARTICLES:
            db.execute("insert into articles (id, url, site, title, body_text, body_html, version, first_seen, "
                       "last_seen, content_hash) values (?, ?, 'a.org', ?, ?, ?, ?, '2024-01-01', '2024-01-02', ?)",
                       [article_id, url, title, text, html, version, f"h{article_id}"])
            db.execute("insert into article_urls (url, article_id) values (?, ?)", [url, article_id])
        for article_id, version, title, text, html in OLD_VERSIONS:
            db.execute("insert into article_versions (article_id, version, fetched_at, content_hash, title, "
                       "body_text, body_html) values (?, ?, '2024-01-01', ?, ?, ?, ?)",
                       [article_id, version, f"h{article_id}-{version}", title, text, html])
    # what archive.db.views added to it then: covering indexes for rows that carried their bodies
    db.execute("create index idx_articles_by_id on articles (id, site, status, published, authors, tags)")
    return db


def unzipped(row: dict) -> dict:
    """An articles_full row as the articles row of the old schema: body_html in clear."""
    return {**row, "body_html": body_html(row.pop("body_html_gz"))}


def test_an_old_archive_upgrades_in_place_and_reads_the_same(tmp_path):
    path = tmp_path / "old.db"
    db = old_archive(path)
    before_articles = rows(db, "select * from articles order by id")
    article_columns = [c for c in db["articles"].columns_dict]
    before_versions = rows(db, "select article_id, version, title, body_text, body_html from article_versions "
                               "order by id")
    searches = {q: fts_ids(db, q) for q in ("melatonin", "hydration", "circadian", "caffeine", "sleep")}
    assert searches["hydration"] == [(2,), (3,)] and searches["caffeine"] == []
    db.close()

    db = open_db(str(path))     # as any command opening the archive: pending migrations applied
    assert "m008_bodies" in {m.name for m in migrations.applied(db)}
    assert "body_text" not in db["articles"].columns_dict
    assert "body_html" not in db["article_versions"].columns_dict
    assert not rows(db, "select name from sqlite_master where name = 'idx_articles_by_id'")
    # every article reads the same through articles_full, its columns in the same order as before
    full = db.execute("select * from articles_full order by id")
    names = [d[0] for d in full.description]
    after_articles = [tuple(unzipped(dict(zip(names, r)))[c] for c in article_columns) for r in full.fetchall()]
    assert after_articles == before_articles
    assert [(*r[:4], body_html(r[4])) for r in rows(
        db, "select v.article_id, v.version, v.title, b.body_text, b.body_html_gz from article_versions v "
            "join bodies b on b.id = v.body_id order by v.id")] == before_versions
    # five version bodies and four article bodies, three distinct: stored once each, oldest first
    assert [(i, text, body_html(gz)) for i, text, gz in rows(db, "select id, body_text, body_html_gz from bodies")] \
        == [(1, "Caffeine delays sleep.", "<p>Caffeine delays sleep.</p>"),
            (2, "Melatonin helps some people.", "<p>Melatonin helps some people.</p>"),
            (3, "Hydration matters.", "<p>Hydration matters.</p>"),
            (4, "Circadian rhythm basics.", None)]
    assert rows(db, "select count(*) from bodies where sha256 = ?",
                [body_sha256("Hydration matters.", "<p>Hydration matters.</p>")]) == [(1,)]
    assert {q: fts_ids(db, q) for q in searches} == searches
    assert rows(db, "insert into articles_fts (articles_fts) values ('integrity-check')") == []
    assert rows(db, "pragma foreign_key_check") == []
    db.close()

    # and it keeps working: an edit through the store moves the index with it
    archive = Archive(str(path))
    assert archive.save_article(None, page("https://a.org/copy/"),
                                make("https://a.org/copy/", title="Copy", body="Electrolytes too."))[0] == "changed"
    assert fts_ids(archive.db, "hydration") == [(3,)] and fts_ids(archive.db, "electrolytes") == [(2,)]
    assert rows(archive.db, "insert into articles_fts (articles_fts) values ('integrity-check')") == []
    archive.close()


def test_the_migration_is_one_transaction(tmp_path):
    """A failure part way leaves the archive as it was, with m008 still pending."""
    path = tmp_path / "old.db"
    db = old_archive(path)
    schema = rows(db, "select type, name, sql from sqlite_master order by name")
    # a view reading a body column makes dropping it fail, after the bodies were copied
    db.execute("create view uses_body as select body_text from articles")
    schema = rows(db, "select type, name, sql from sqlite_master order by name")
    with pytest.raises(sqlite3.OperationalError):
        migrations.apply(db)
    assert rows(db, "select type, name, sql from sqlite_master order by name") == schema
    assert "m008_bodies" not in {m.name for m in migrations.applied(db)}
    assert rows(db, "select count(*) from articles where body_text is not null") == [(4,)]
    db.close()


def test_the_live_helpers_build_what_the_migrations_built(tmp_path):
    """m004 and m008 run their own frozen SQL; refresh_browse_tables and rebuild_fts (bench.million's
    bulk load) must still build the same triggers, tables and rows, or an archive would differ
    by how it was made."""
    archive = Archive(str(tmp_path / "a.db"))
    archive.save_article(None, page("https://a.org/one/"), make("https://a.org/one/"))
    archive.save_article(None, page("https://a.org/two/"), make("https://a.org/two/", body="Naps count too."))
    db = archive.db
    schema_sql = "select type, name, sql from sqlite_master where type in ('table', 'index', 'trigger') order by name"
    contents = {t: f"select * from {t} order by 1, 2" for t in ("site_stats", "article_tags", "article_authors",
                                                                  "facet_counts")}
    schema, filled = rows(db, schema_sql), {t: rows(db, sql) for t, sql in contents.items()}
    searches = {q: fts_ids(db, q) for q in ("naps", "matters", "sleep")}
    assert searches["naps"] == [(2,)] and filled["article_authors"]
    refresh_browse_tables(db)
    rebuild_fts(db)
    assert rows(db, schema_sql) == schema
    assert {t: rows(db, sql) for t, sql in contents.items()} == filled
    assert {q: fts_ids(db, q) for q in searches} == searches
    archive.close()


def test_a_version_corrected_in_place_leaves_no_unused_body(tmp_path):
    """settle_sites rewrites the current version's extraction: the body it replaced is deleted
    once nothing refers to it, and one still shared stays."""
    archive = Archive(str(tmp_path / "a.db"))
    first = archive.save_article(None, page("https://a.org/one/"), make("https://a.org/one/"))[1]
    archive.save_article(None, page("https://a.org/two/"), make("https://a.org/two/", title="Other"))
    raw = dict(next(archive.db.query("select * from raw_pages where id = (select raw_page_id from articles "
                                     "where id = ?)", [first])))
    corrected = make("https://a.org/one/", body="Sleep matters, and naps count too.")
    assert archive.apply_reparse(first, corrected, raw, in_place=True) == "changed"
    db = archive.db
    assert rows(db, "select id, body_text from bodies order by id") == \
        [(1, "Sleep matters for health."), (2, "Sleep matters, and naps count too.")]   # 1: article two's
    assert rows(db, "select version, body_id from article_versions where article_id = ?", [first]) == [(1, 2)]
    third = archive.save_article(None, page("https://a.org/three/"),
                                 make("https://a.org/three/", body="Alone here."))[1]
    raw = dict(next(archive.db.query("select * from raw_pages where id = (select raw_page_id from articles "
                                     "where id = ?)", [third])))
    archive.apply_reparse(third, make("https://a.org/three/", body="Alone, corrected."), raw, in_place=True)
    assert rows(db, "select body_text from bodies where body_text like 'Alone%'") == [("Alone, corrected.",)]
    assert fts_ids(db, "naps") == [(first,)] and fts_ids(db, "alone") == [(third,)]
    assert rows(db, "insert into articles_fts (articles_fts) values ('integrity-check')") == []
    assert rows(db, "pragma foreign_key_check") == []
    archive.close()
