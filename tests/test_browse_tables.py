"""The browse tables (m004): kept equal to what they summarize by triggers, filled on upgrade, and
the plugin's query rewriting that reads them."""
from __future__ import annotations

import asyncio
import json
import random

import pytest
from datasette.app import Datasette

from archive.db import queries
from archive.web.metadata import SETTINGS
from archive.web.facets import rewrite_sql
from archive.db.schema import migrations, open_db
from tests.test_datasette import build_archive

SITES = ["a.example", "b.example", "c.example"]
TAGS = ["sleep", "salt", "heart", "Sleep", "1"]
NAMES = ["Dr Jane Roe", "John Doe", "Ada Smith"]


def random_article(rng: random.Random, n: int) -> dict:
    def items(pool):
        choice = rng.random()
        if choice < 0.1:
            return "not json"
        if choice < 0.15:
            return None
        if choice < 0.2:
            return json.dumps([["nested"], {"a": 1}, None, 1, "x"])  # only the scalars count
        return json.dumps(rng.sample(pool, rng.randint(0, len(pool))))

    return {
        "url": f"https://{rng.choice(SITES)}/{n}", "site": rng.choice(SITES),
        "status": rng.choice(["live", "live", "gone", None]),
        "word_count": rng.choice([None, rng.randint(1, 2000)]),
        "published": rng.choice([None, "", "undated", f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]),
        "first_seen": f"2024-01-{rng.randint(10, 28)}", "last_seen": f"2024-02-{rng.randint(10, 28)}",
        "last_changed": rng.choice([None, f"2024-02-{rng.randint(10, 28)}"]),
        "tags": items(TAGS), "authors": items(NAMES),
    }


def expected_items(db, column: str) -> list:
    return sorted(db.execute(
        f"select articles.id, coalesce(j.key, 0), j.value from articles, json_each(case when json_valid({column}) "
        f"then {column} else '[]' end) j where j.type not in ('object', 'array', 'null')").fetchall(), key=repr)


def assert_consistent(db) -> None:
    assert db.execute(queries.SUMMARY_SQL).fetchall() == db.execute(queries.SUMMARY_FROM_ARTICLES_SQL).fetchall()
    assert sorted(db.execute("select * from article_tags").fetchall(), key=repr) == expected_items(db, "tags")
    assert sorted(db.execute("select * from article_authors").fetchall(), key=repr) == expected_items(db, "authors")
    counts = sorted(db.execute("select facet, value, count from facet_counts").fetchall(), key=repr)
    expected = db.execute("""
        select 'tags', tag, count(*) from article_tags group by tag
        union all select 'authors', author, count(*) from article_authors group by author
        union all select 'published', substr(published, 1, 7), count(*) from articles
          where published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' group by 2""").fetchall()
    assert counts == sorted(expected, key=repr)


def test_triggers_keep_browse_tables_equal_to_articles(tmp_path):
    rng = random.Random(7)
    db = open_db(str(tmp_path / "t.db"))
    for n in range(60):
        db["articles"].insert(random_article(rng, n))
    assert_consistent(db)
    for step in range(200):
        ids = [r[0] for r in db.execute("select id from articles")]
        op = rng.random()
        if op < 0.15:
            db["articles"].insert(random_article(rng, 1000 + step))
        elif op < 0.3 and ids:
            db["articles"].delete(rng.choice(ids))
        elif ids:
            changes = random_article(rng, 2000 + step)
            changes.pop("url")
            keys = rng.sample(sorted(changes), rng.randint(1, 4))
            db["articles"].update(rng.choice(ids), {k: changes[k] for k in keys})
        db.conn.commit()
        assert_consistent(db)
    db.execute("delete from articles")
    db.conn.commit()
    assert_consistent(db)
    assert db.execute("select count(*) from site_stats").fetchone()[0] == 0


def test_upgrade_fills_browse_tables_of_an_existing_archive(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(str(path), migrate=False)
    migrations.apply(db, stop_before="m004_browse_tables")
    rng = random.Random(3)
    for n in range(40):
        db["articles"].insert(random_article(rng, n))
    db.conn.commit()
    assert not db["site_stats"].exists()
    db.close()
    db = open_db(str(path))
    assert db.execute("select count(*) from article_tags").fetchone()[0] > 0
    assert_consistent(db)


def test_rewrite_chosen_tag_to_lookup():
    sql = 'select count(*) from articles where :p0 in (select value from json_each("articles"."tags"))'
    assert rewrite_sql(sql) == (
        'select count(*) from articles where "articles"."id" in (select article_id from article_tags where tag = :p0)')
    authors = 'select 1 from articles where :p3 in (select value from json_each("articles"."authors"))'
    assert "from article_authors where author = :p3" in rewrite_sql(authors)
    assert rewrite_sql(sql, browse_tables=False) == sql
    not_contains = 'select count(*) from articles where :p0 not in (select value from json_each("articles"."tags"))'
    assert rewrite_sql(not_contains) == not_contains


def test_a_search_with_no_other_filter_is_counted_in_the_index():
    count = ("select count(*) from articles where id in (select rowid from articles_fts where articles_fts "
             "match escape_fts(:search))")
    assert rewrite_sql(count) == "select count(*) from articles_fts where articles_fts match escape_fts(:search)"
    assert rewrite_sql(count, browse_tables=False) == count


def test_a_page_of_search_matches_is_chosen_in_the_published_index():
    first = ("select id, url, [title] from articles where id in (select rowid from articles_fts where articles_fts "
             "match escape_fts(:search)) order by published desc limit 101")
    assert rewrite_sql(first) == (
        "select id, url, [title] from articles where id in (select id from articles indexed by idx_articles_published "
        "where id in (select rowid from articles_fts where articles_fts match escape_fts(:search)) "
        "order by published desc, id limit 101) order by published desc, id")
    later = first.replace(") order by", ") and (published < :p2 or published is null or (published = :p2 and "
                                         "((id > :p1)))) order by").replace("desc limit", "desc, id limit")
    assert "and (published < :p2 or published is null" in rewrite_sql(later)
    assert rewrite_sql(later).endswith("order by published desc, id limit 101) order by published desc, id")


def test_only_a_chosen_tag_or_author_and_a_plain_search_are_rewritten():
    """Other search, page and facet queries go to SQLite as Datasette wrote them (m008 made rows narrow)."""
    for untouched in (
        "select id, url, [title] from articles where id in (select rowid from articles_fts where articles_fts "
        "match escape_fts(:search)) order by title desc limit 101",
        "select count(*) from articles where site = :p0 and id in (select rowid from articles_fts where articles_fts "
        "match escape_fts(:search))",
        "select id from articles where site = :p0 order by published desc, id limit 51 offset 10",
        "select site as value, count(*) as count from (select id, site from articles where site = :p0) "
        "where site is not null group by value order by count desc, value limit 31",
    ):
        assert rewrite_sql(untouched) == untouched


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("browse") / "archive.db"
    ids = build_archive(path)
    return Datasette([str(path)], settings=SETTINGS), ids


def get_json(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, response.text[:1000]
    return response.json()


def test_chosen_tag_pages_and_facets(ds):
    datasette, ids = ds
    data = get_json(datasette, "/archive/articles.json?tags__arraycontains=sleep&_shape=objects")
    assert [r["id"] for r in data["rows"]] == [ids["b"]] and data["filtered_table_rows_count"] == 1
    assert {r["value"]: r["count"] for r in data["facet_results"]["authors"]["results"]} == {
        "Dr Jane Roe": 1, "John Doe": 1}
    assert get_json(datasette, "/archive/articles.json?tags__arraycontains=nothing")["rows"] == []


def test_search_pages_through_every_match_in_order(ds):
    datasette, _ = ds
    everything = get_json(datasette, "/archive/articles.json?_shape=objects&_size=max")["rows"]
    expected = [r["id"] for r in sorted(everything, key=lambda r: (r["published"] is None, r["published"] or ""),
                                        reverse=False)]
    seen, url = [], "/archive/articles.json?_shape=objects&_size=1&_where=id>0"
    while url:
        page = get_json(datasette, url)
        seen += [r["id"] for r in page["rows"]]
        url = page["next_url"] and page["next_url"].split("://", 1)[-1].split("/", 1)[-1]
        url = url and "/" + url
    assert sorted(seen) == sorted(expected) and len(seen) == len(set(seen))
    published = {r["id"]: r["published"] for r in everything}
    dates = [published[i] for i in seen]
    assert [d for d in dates if d] == sorted([d for d in dates if d], reverse=True)


def test_a_search_pages_through_every_match_newest_first(ds):
    datasette, _ = ds
    query = "_search=sleep+OR+vitamin+OR+hydration+OR+salt+OR+winter"
    everything = get_json(datasette, f"/archive/articles.json?{query}&_shape=objects&_size=max")["rows"]
    assert len(everything) >= 3
    seen, url = [], f"/archive/articles.json?{query}&_shape=objects&_size=1"
    while url:
        page = get_json(datasette, url)
        seen += [(r["published"] or "", r["id"]) for r in page["rows"]]
        url = page["next_url"] and "/" + page["next_url"].split("://", 1)[-1].split("/", 1)[-1]
    assert sorted(i for _, i in seen) == sorted(r["id"] for r in everything)
    assert [p for p, _ in seen] == sorted((p for p, _ in seen), reverse=True)


@pytest.mark.parametrize("words", ["sleep", "vitamin OR hydration", "nothingmatchesthis"])
def test_a_search_counts_what_it_lists(ds, words):
    datasette, _ = ds
    data = get_json(datasette, f"/archive/articles.json?_search={words}&_size=max&_shape=objects")
    assert data["filtered_table_rows_count"] == len(data["rows"])
    assert (len(data["rows"]) > 0) is (words != "nothingmatchesthis")


def test_home_and_site_summary_read_site_stats(ds):
    datasette, _ = ds
    rows = get_json(datasette, "/archive/site_summary.json?_shape=array")
    assert {r["site"]: r["articles"] for r in rows} == {"health-one.example": 2, "health-two.example": 2}
    home = asyncio.run(datasette.client.get("/-/archive")).text
    assert "health-one.example" in home and "health-two.example" in home


def test_the_recent_changes_view_is_counted_from_indexes_and_read_in_its_own_order(ds):
    """Counting the view sorted every version (a million: past the 3 s limit, the page failed); the
    count is the same from two indexes, and the rows keep the view's order, newest first."""
    datasette, _ = ds
    assert rewrite_sql("select count(*) from recent_changes ") == queries.RECENT_CHANGES_COUNT_SQL
    assert rewrite_sql("select count(*) from recent_changes where change = :p0").endswith("change = :p0")
    data = get_json(datasette, "/archive/recent_changes.json?_shape=objects&_size=max")
    db_path = datasette.databases["archive"].path
    db = open_db(db_path)
    through_view = db.execute("select count(*) from (select * from recent_changes)").fetchone()[0]
    assert data["filtered_table_rows_count"] == through_view == len(data["rows"]) > 0
    stamps = [(r["changed_at"], r["article_id"], r["version"]) for r in data["rows"]]
    assert stamps == sorted(stamps, reverse=True)


def test_facets_are_not_counted_over_too_many_matches(ds, monkeypatch):
    from archive.web import facets

    datasette, _ = ds
    configured = {"site", "authors", "tags", "published", "status"}
    searched = get_json(datasette, "/archive/articles.json?status=live")
    assert searched["filtered_table_rows_count"] >= 2 and set(searched["facet_results"]) == configured
    assert "facets timed out" not in asyncio.run(datasette.client.get("/archive/articles?status=live")).text
    monkeypatch.setattr(facets, "FACET_MATCH_LIMIT", 1)
    capped = get_json(datasette, "/archive/articles.json?status=live")
    assert capped["rows"] == searched["rows"] and capped["filtered_table_rows_count"] == searched[
        "filtered_table_rows_count"]
    assert capped["facet_results"] == {}
    # Datasette's way of saying a facet was not counted: listed under "These facets timed out".
    page = asyncio.run(datasette.client.get("/archive/articles?status=live")).text
    timed_out = page.split("These facets timed out:", 1)[1].split("<", 1)[0]
    assert {name.strip() for name in timed_out.split(",")} == configured
    # The whole table's facets come from facet_counts and indexes: never capped.
    assert set(get_json(datasette, "/archive/articles.json")["facet_results"]) == configured


def test_lists_by_site_and_date_stream_from_one_index_whatever_the_statistics_say(tmp_path):
    """without_citations and the facet page of a site and month read the index on (site,
    published desc) in order, also when ANALYZE's sample calls 'live' rare (as one at a million
    articles did: SQLite then sorted every live article)."""
    import sqlite3

    path = tmp_path / "a.db"
    open_db(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("analyze")
    conn.execute("delete from sqlite_stat1 where tbl = 'articles'")
    conn.executemany("insert into sqlite_stat1 values ('articles', ?, ?)", [
        ("idx_articles_status", "1149088 1001"), ("idx_articles_site_published", "735000 1001 1"),
        ("idx_articles_published", "6403320 2")])
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)        # statistics are read when a connection opens
    plan = " | ".join(row[3] for row in conn.execute("explain query plan " + queries.WITHOUT_CITATIONS_SQL))
    assert "idx_articles_site_published" in plan and "TEMP B-TREE" not in plan, plan
    month = "select count(*) from articles where published like '2020-03%' and site = 'a.example'"
    plan = " | ".join(row[3] for row in conn.execute("explain query plan " + month))
    assert "COVERING INDEX idx_articles_site_published" in plan, plan


def _in_degrees(conn) -> dict:
    return dict(conn.execute("select target_id, count(distinct article_id) from related_links "
                             "where target_id is not null and target_id != article_id group by target_id"))


def test_read_also_counts_follow_every_insert_update_and_delete_of_related_links(tmp_path):
    """The triggers keep read_also_counts equal to the in-degree counted from related_links: each
    (source, target) pair once, no self-link, whatever order links come, move and go in."""
    rng = random.Random(7)
    db = open_db(str(tmp_path / "a.db"))
    conn = db.conn
    conn.execute("pragma foreign_keys = off")     # links between articles this test never writes
    for step in range(1500):
        action = rng.random()
        article, position = rng.randint(1, 12), rng.randint(0, 5)
        target = rng.choice([None, *range(1, 12)])
        if action < 0.55:
            conn.execute("insert or replace into related_links (article_id, position, url, target_id) values (?, ?, ?, ?)",
                         [article, position, f"https://x.example/{target}", target])
        elif action < 0.8:
            conn.execute("update related_links set target_id = ? where article_id = ? and position = ?",
                         [target, article, position])
        elif action < 0.9:
            conn.execute("update or ignore related_links set article_id = ? where article_id = ? and position = ?",
                         [rng.randint(1, 12), article, position])
        else:
            conn.execute("delete from related_links where article_id = ?", [article])
        if step % 100 == 0:
            assert dict(conn.execute("select target_id, recommended_by from read_also_counts")) == _in_degrees(conn)
    assert dict(conn.execute("select target_id, recommended_by from read_also_counts")) == _in_degrees(conn)
    assert _in_degrees(conn)


def test_m015_counts_the_links_already_there(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(str(path), migrate=False)
    migrations.apply(db, stop_before="m015_read_also_counts")
    db.execute("pragma foreign_keys = off")
    db.execute("insert into related_links (article_id, position, url, target_id) values "
               "(1, 0, 'u', 2), (1, 1, 'u', 2), (3, 0, 'u', 2), (2, 0, 'u', 2), (2, 1, 'u', 1), (4, 0, 'u', null)")
    db.conn.commit()
    db = open_db(str(path))
    assert dict(db.execute("select target_id, recommended_by from read_also_counts").fetchall()) == {2: 2, 1: 1}
    db.execute("pragma foreign_keys = off")
    db.execute("delete from related_links where article_id = 3")
    assert dict(db.execute("select target_id, recommended_by from read_also_counts").fetchall()) == {2: 1, 1: 1}


def test_m015_ran_what_the_live_helper_builds(tmp_path):
    """m015 keeps a frozen copy of its triggers; while the live helper builds the same, a bulk load
    (bench.million) and the migration agree. A change to the helper needs a migration of its own."""
    from archive.db import schema

    assert schema.M015_TRIGGERS == schema.READ_ALSO_TRIGGERS
    db = open_db(str(tmp_path / "a.db"))
    db.execute("pragma foreign_keys = off")
    db.execute("insert into related_links (article_id, position, url, target_id) values (1, 0, 'u', 2), (3, 0, 'u', 2)")
    before = db.execute("select * from read_also_counts").fetchall()
    schema.refresh_read_also_counts(db)
    assert db.execute("select * from read_also_counts").fetchall() == before == [(2, 2)]
