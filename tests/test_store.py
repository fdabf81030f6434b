import gzip
import json

import pytest

from archive.extract.record import Article, Link, Related
from archive.db.store import Archive, FetchedPage

pytestmark = pytest.mark.fast


@pytest.fixture
def archive(tmp_path):
    arc = Archive(str(tmp_path / "a.db"))
    yield arc
    arc.close()


def make(url, title="Sleep well", body="Sleep matters for health.", related=()):
    return Article(
        url=url, canonical_url=url, site="a.org", is_article=True, page_type="article", title=title,
        authors=["Jane Roe"], published="2024-03-03", body_html=f"<p>{body}</p>", body_text=body,
        word_count=len(body.split()), links=[Link(url="https://pay.example/", text="clinic", rel="sponsored")],
        related=[Related(url=u, title=f"T {u}", teaser="teaser") for u in related],
    )


def page(url, body=b"<html>raw</html>"):
    return FetchedPage(url=url, status=200, body=body, content_type="text/html; charset=utf-8", etag='"e1"')


def test_new_then_unchanged_then_changed(archive):
    crawl = archive.start_crawl(["https://a.org/"])
    url = "https://a.org/sleep/"
    assert archive.save_article(crawl, page(url), make(url))[0] == "new"
    assert archive.save_article(crawl, page(url, b"<html>other ad</html>"), make(url))[0] == "unchanged"
    outcome, article_id = archive.save_article(crawl, page(url, b"<html>v2</html>"), make(url, body="Sleep matters more."))
    assert outcome == "changed"
    db = archive.db
    assert db["articles"].count == 1
    row = next(db.query("select * from articles_full where id = ?", [article_id]))
    assert row["version"] == 2 and row["body_text"] == "Sleep matters more."
    versions = list(db.query("select v.version, v.body_id, b.body_text from article_versions v "
                             "join bodies b on b.id = v.body_id order by v.version"))
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["body_text"] == "Sleep matters for health."
    # each body once: the article and its current version share theirs
    assert db["bodies"].count == 2 and row["body_id"] == versions[1]["body_id"]
    # the unchanged visit stored no raw page: two raw pages, for v1 and v2
    assert db["raw_pages"].count == 2
    raw = db["raw_pages"].get(row["raw_page_id"])
    assert gzip.decompress(raw["body_gz"]) == b"<html>v2</html>"
    assert json.loads(row["authors"]) == ["Jane Roe"]


def test_fts_follows_updates(archive):
    url = "https://a.org/sleep/"
    archive.save_article(None, page(url), make(url, body="melatonin dosage"))
    archive.save_article(None, page(url), make(url, body="circadian rhythm"))
    hits = lambda q: [r["rowid"] for r in archive.db.query("select rowid from articles_fts where articles_fts match ?", [q])]
    assert hits("circadian") and not hits("melatonin")
    assert archive.db.execute("insert into articles_fts(articles_fts) values('integrity-check')")


def test_related_target_resolved_whichever_is_crawled_first(archive):
    a, b, c = "https://a.org/a/", "https://a.org/b/", "https://a.org/c/"
    archive.save_article(None, page(a), make(a, related=[b, c]))   # b, c not yet archived
    _, b_id = archive.save_article(None, page(b), make(b, title="B", related=[a]))
    rows = {r["url"]: r["target_id"] for r in archive.db.query("select url, target_id from related_links")}
    a_id = archive.find_article_id([a])
    assert rows == {b: b_id, c: None, a: a_id}


def test_url_variants_map_to_one_article(archive):
    canon = "https://a.org/post/"
    art = make(canon)
    archive.save_article(None, page("https://a.org/post/?utm_source=x"), art)
    archive.save_article(None, page("https://a.org/?p=12"), art)
    assert archive.db["articles"].count == 1
    assert archive.find_article_id(["https://a.org/?p=12"]) == archive.find_article_id([canon])


def test_crawl_counts_come_from_fetches(archive):
    crawl = archive.start_crawl(["https://a.org/"])
    url = "https://a.org/x/"
    outcome, aid = archive.save_article(crawl, page(url), make(url))
    archive.record_fetch(crawl, url, status=200, outcome=outcome, article_id=aid)
    archive.record_fetch(crawl, "https://a.org/missing", status=404, outcome="error", error="HTTP 404")
    row = archive.finish_crawl(crawl, "finished")
    assert (row["pages_fetched"], row["articles_new"], row["errors"], row["status"]) == (2, 1, 1, "finished")
    assert archive.db.execute("pragma foreign_key_check").fetchall() == []


def test_not_modified_visits_move_last_seen_and_leave_the_text_index_alone(archive):
    first = archive.start_crawl(["https://a.org/"])
    url, listing = "https://a.org/sleep/", "https://a.org/"
    archive.save_visit(first, page(url), kind="article", key=url, article=make(url, body="melatonin dosage"),
                       links={"related": ["https://a.org/b/"]})
    archive.save_visit(first, page(listing), kind="listing", key=listing, links={"pages": [url]})
    fts_rows = archive.db.execute("select count(*) from articles_fts_data").fetchone()[0]
    archive.db.execute("update articles set status = 'gone', gone_since = '2030-06-01T00:00:00+00:00'")
    second = archive.start_crawl(["https://a.org/"])
    seen = "2031-01-01T00:00:00+00:00"
    not_modified = [(u, FetchedPage(url=u, status=304, body=b"", fetched_at=seen, etag='"e1"'))
                    for u in (url, listing, "https://a.org/never-seen/")]
    assert archive.save_not_modified(second, not_modified) == [1, None, None]
    row = archive.db["articles"].get(1)
    assert (row["last_seen"], row["status"], row["gone_since"]) == (seen, "live", None)  # back, so live again
    pages = {r["url"]: r for r in archive.db.query("select url, fetched_at, crawl_id from pages")}
    assert all(p["crawl_id"] == second and p["fetched_at"] == seen for p in pages.values())
    fetches = list(archive.db.query("select url, status, outcome, page_type, article_id, bytes, etag from fetches "
                                    "where crawl_id = ?", [second]))
    assert [(f["outcome"], f["page_type"], f["status"], f["bytes"], f["etag"]) for f in fetches] == \
        [("not_modified", "not_modified", 304, 0, '"e1"')] * 3
    assert [f["article_id"] for f in fetches] == [1, None, None]
    counts = archive.finish_crawl(second, "finished")
    assert (counts["pages_fetched"], counts["not_modified"], counts["articles_unchanged"]) == (3, 3, 1)
    # A new last_seen is not an edit: the full-text index was not rewritten, and still answers.
    assert archive.db.execute("select count(*) from articles_fts_data").fetchone()[0] == fts_rows
    assert archive.db.execute("insert into articles_fts(articles_fts) values('integrity-check')")
    assert [r[0] for r in archive.db.execute("select rowid from articles_fts where articles_fts match 'melatonin'")] \
        == [1]
