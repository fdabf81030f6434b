"""Every field versioned: each version's snapshot of its lists (version_fields), written by every
path that writes a version, backfilled by m013, read by the reading page (?version=, ?compare=)."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest
import sqlite_utils
from datasette.app import Datasette

from archive import demo
from archive.demo import start_demo_server
from archive.extract.record import Article, Citation, Image, Link, Person, Related
from archive.db.schema import migrations, open_db
from archive.db.store import Archive, FetchedPage
from archive.db.version_fields import FIELDS, canonical_json, gzip_fields, read_fields, snapshot
from helpers import NO_DELAY, run_cli

URL = "https://health-one.example/vitamin-d-winter/"
OTHER = "https://health-one.example/sleep-hygiene/"
V1_RELATED = [Related(url=OTHER, title="Sleep hygiene basics"), Related(url="https://x.example/old", title="Old pick")]
V2_RELATED = [Related(url=OTHER, title="Sleep hygiene basics"), Related(url="https://x.example/new", title="New pick")]
V1_CITATIONS = [Citation(url="https://doi.org/10.1000/a", text="Roe 2023", doi="10.1000/a")]
V2_CITATIONS = [Citation(url="https://doi.org/10.1000/a", text="Roe 2023", doi="10.1000/a"),
                Citation(url="https://pubmed.ncbi.nlm.nih.gov/42/", text="Doe 2024", pmid="42")]


def article(version: int, url: str = URL) -> Article:
    body = ("Vitamin D levels drop in winter." if version == 1
            else "Vitamin D levels drop in winter. Sunlight and food help.")
    return Article(
        url=url, canonical_url=url, site="health-one.example", is_article=True, page_type="article",
        title=f"Vitamin D, take {version}", authors=["Jane Roe"] if version == 1 else ["Jane Roe", "John Doe"],
        tags=["vitamins"] if version == 1 else ["vitamins", "winter"], categories=["Nutrition"],
        reviewed_by=["Dr Rev Iewer"], body_html=f"<p>{body}</p>", body_text=body, word_count=len(body.split()),
        related=V1_RELATED if version == 1 else V2_RELATED,
        citations=V1_CITATIONS if version == 1 else V2_CITATIONS,
        images=[Image(src=f"https://health-one.example/sun{version}.jpg", alt="Sun")],
        links=[Link(url="https://clinic.example/", text="a clinic", rel="sponsored" if version == 1 else "")],
        people=[Person(name="Rev Iewer", role="reviewer", credentials=["MD"] if version == 1 else ["MD", "PhD"])],
    )


def page(url: str, when: str) -> FetchedPage:
    return FetchedPage(url=url, status=200, body=f"<html>{url} {when}</html>".encode(), fetched_at=when)


def build(path) -> int:
    """An article archived twice, its Read Also, citations, tags, authors, links changed between."""
    arc = Archive(str(path))
    crawl = arc.start_crawl([URL])
    arc.save_article(crawl, page(OTHER, "2024-03-01T09:00:00+00:00"), article(1, OTHER))
    _, article_id = arc.save_article(crawl, page(URL, "2024-03-01T10:00:00+00:00"), article(1))
    assert arc.save_article(crawl, page(URL, "2024-03-08T10:00:00+00:00"), article(2))[0] == "changed"
    arc.finish_crawl(crawl, "finished")
    arc.close()
    return article_id


def snapshots(db, article_id) -> dict:
    return {v: read_fields(gz) for v, gz in db.execute(
        "select v.version, f.fields_gz from article_versions v left join version_fields f on f.id = v.fields_id "
        "where v.article_id = ? order by v.version", [article_id])}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("versions") / "archive.db"
    return path, build(path)


def test_each_version_keeps_its_own_lists(built):
    path, article_id = built
    db = sqlite_utils.Database(str(path))
    v = snapshots(db, article_id)
    assert [r["url"] for r in v[1]["related"]] == [OTHER, "https://x.example/old"]
    assert [r["url"] for r in v[2]["related"]] == [OTHER, "https://x.example/new"]
    assert [c["text"] for c in v[1]["citations"]] == ["Roe 2023"]
    assert [c["pmid"] for c in v[2]["citations"]] == [None, "42"]
    assert v[1]["links"] == [{"url": "https://clinic.example/", "text": "a clinic", "rel": "sponsored", "internal": 0}]
    assert v[2]["links"][0]["rel"] is None
    assert (v[1]["tags"], v[2]["tags"]) == (["vitamins"], ["vitamins", "winter"])
    assert (v[1]["authors"], v[2]["authors"]) == (["Jane Roe"], ["Jane Roe", "John Doe"])
    assert v[1]["people"][0]["credentials"] == ["MD"] and v[2]["reviewed_by"] == ["Dr Rev Iewer"]
    # the current-state tables hold the current version's lists, as before
    current = [tuple(r) for r in db.execute("select url, title from related_links where article_id = ? "
                                            "order by position", [article_id])]
    assert current == [(r["url"], r["title"]) for r in v[2]["related"]]


def test_an_unchanged_snapshot_is_stored_once(tmp_path):
    arc = Archive(str(tmp_path / "a.db"))
    first = article(1)
    arc.save_article(None, page(URL, "2024-03-01T10:00:00+00:00"), first)
    retitled = article(1)
    retitled.title = "Vitamin D, retitled"     # a new version, the same lists
    assert arc.save_article(None, page(URL, "2024-03-02T10:00:00+00:00"), retitled)[0] == "changed"
    ids = [r[0] for r in arc.db.execute("select fields_id from article_versions order by version")]
    assert ids[0] == ids[1] and arc.db.execute("select count(*) from version_fields").fetchone()[0] == 1


def test_a_settled_version_rewrites_its_snapshot_and_a_reparse_writes_one(built, tmp_path):
    path, article_id = built
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    arc = Archive(str(copy))
    raw = next(arc.db.query("select r.* from raw_pages r join articles a on a.raw_page_id = r.id where a.id = ?",
                            [article_id]))
    before = arc.db.execute("select fields_id from article_versions where article_id = ? and version = 2",
                            [article_id]).fetchone()[0]
    settled = article(2)
    settled.citations = settled.citations[:1]     # a better reading of the same page: one citation was furniture
    arc.apply_reparse(article_id, settled, raw, in_place=True)
    v = snapshots(arc.db, article_id)
    assert len(v) == 2 and [c["text"] for c in v[2]["citations"]] == ["Roe 2023"]
    assert arc.db.execute("select count(*) from version_fields where id = ?", [before]).fetchone()[0] == 0
    reparsed = article(2)
    reparsed.title = "Vitamin D, read again"
    assert arc.apply_reparse(article_id, reparsed, raw) == "changed"
    row = next(arc.db.query("select v.source, f.fields_gz from article_versions v join version_fields f "
                            "on f.id = v.fields_id where v.article_id = ? and v.version = 3", [article_id]))
    assert row["source"] == "reparse" and read_fields(row["fields_gz"])["citations"] == v[2]["citations"] + \
        [{"url": "https://pubmed.ncbi.nlm.nih.gov/42/", "text": "Doe 2024", "doi": None, "pmid": "42"}]
    # a reading whose lists alone differ (same text, one citation fewer) is a version of its own
    fewer = article(2)
    fewer.title = reparsed.title
    fewer.citations = fewer.citations[:1]
    assert arc.apply_reparse(article_id, fewer, raw) == "changed"
    latest = snapshots(arc.db, article_id)
    assert len(latest) == 4 and [c["text"] for c in latest[4]["citations"]] == ["Roe 2023"]
    assert arc.apply_reparse(article_id, fewer, raw) == "unchanged"     # the same reading again: nothing new
    assert len(snapshots(arc.db, article_id)) == 4
    arc.close()


# -- m013 on an archive of the m010 era --------------------------------------------------------

COPIED = ("crawls", "raw_pages", "bodies", "articles", "article_urls", "article_versions", "related_links",
          "links", "images", "citations", "embeds", "people")


def old_archive(source, path) -> sqlite_utils.Database:
    """The rows of archive ``source`` in a file with the migrations before m013 only."""
    db = sqlite_utils.Database(str(path))
    migrations.apply(db, stop_before="m013_version_fields")
    assert "fields_id" not in db["article_versions"].columns_dict
    db.execute("attach database ? as src", [str(source)])
    with db.conn:
        for table in COPIED:
            columns = ", ".join(f"[{c}]" for c in db[table].columns_dict)
            db.execute(f"insert into main.[{table}] ({columns}) select {columns} from src.[{table}]")
    db.execute("detach database src")
    return db


def test_m013_backfills_a_v010_archive_and_leaves_it_consistent(built, tmp_path):
    path, article_id = built
    old = old_archive(path, tmp_path / "old.db")
    old.close()
    db = open_db(str(tmp_path / "old.db"))     # as any command opening it: m013 applied
    assert "m013_version_fields" in {m.name for m in migrations.applied(db)}
    assert db.execute("select count(*) from article_versions where fields_id is null").fetchone()[0] == 0
    assert db.execute("pragma foreign_key_check").fetchall() == []
    migrated, written = snapshots(db, article_id), snapshots(sqlite_utils.Database(str(path)), article_id)
    # the current version: what the live writer wrote, byte for byte (the frozen copies agree)
    assert migrated[2] == written[2]
    assert db.execute("select f.sha256 from article_versions v join version_fields f on f.id = v.fields_id "
                      "where v.article_id = ? and v.version = 2", [article_id]).fetchone()[0] == \
        sqlite_utils.Database(str(path)).execute(
            "select f.sha256 from article_versions v join version_fields f on f.id = v.fields_id "
            "where v.article_id = ? and v.version = 2", [article_id]).fetchone()[0]
    # an older version: its authors, every other field not recorded (None), never the current lists
    assert migrated[1] == {**{name: None for name in FIELDS}, "authors": ["Jane Roe"]}
    # and the archive keeps working: a new version gets its snapshot
    db.close()
    arc = Archive(str(tmp_path / "old.db"))
    third = article(2)
    third.title = "Vitamin D, take 3"
    assert arc.save_article(None, page(URL, "2024-04-01T10:00:00+00:00"), third)[0] == "changed"
    assert snapshots(arc.db, article_id)[3]["related"] == written[2]["related"]
    arc.close()


# -- the reading page ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ds(built):
    return Datasette([str(built[0])])


def get(ds, path, status=200):
    """GET through Datasette's in-process client (httpx over ASGI), checking the status."""
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == status, (path, response.status_code, response.text[:2000])
    return response


def read_path(built, query=""):
    return f"/{built[0].stem}/articles/{built[1]}/read{query}"


def test_version_one_reads_in_full_with_its_own_lists(ds, built):
    html = get(ds, read_path(built, "?version=1")).text
    assert "You are reading version 1 of 2" in html and "Vitamin D, take 1" in html
    assert "Old pick" in html and "New pick" not in html            # version 1's Read Also
    assert "Doe 2024" not in html and "Roe 2023" in html            # and its citations
    assert "John Doe" not in html and "Jane Roe" in html            # its authors
    assert "winter</li>" not in html and "vitamins</li>" in html    # its tags
    assert "sun1.jpg" in html and "rel=sponsored" in html           # its images and links with their rel
    assert "Sunlight and food help" not in html                     # its body
    current = get(ds, read_path(built)).text
    assert "New pick" in current and "Old pick" not in current and "?version=1" in current


def test_compare_lists_what_each_field_gained_and_lost(ds, built):
    html = get(ds, read_path(built, "?compare=1..2")).text
    assert "What changed from" in html and "<ins>Sunlight and food help." in html
    assert "<del>Old pick (https://x.example/old)</del>" in html
    assert "<ins>New pick (https://x.example/new)</ins>" in html
    assert "<ins>Doe 2024 pmid:42</ins>" in html and "<ins>winter</ins>" in html and "<ins>John Doe</ins>" in html
    assert "<del>Vitamin D, take 1</del> <ins>Vitamin D, take 2</ins>" in html
    assert "Unchanged: Reviewed by, Categories, Embedded media." in html
    assert get(ds, read_path(built, "?from=1&to=2")).text == html     # the page's form


@pytest.mark.parametrize("query", ["?version=3", "?version=0", "?version=abc", "?version=", "?version=99999999999999999999",
                                   "?compare=1..9", "?compare=1", "?compare=1..2..3", "?compare=a..b", "?from=1"])
def test_a_bad_version_is_a_plain_404(ds, built, query):
    response = get(ds, read_path(built, query), status=404)
    assert "Traceback" not in response.text and "No version" in response.text


def test_an_older_version_of_a_v010_archive_says_what_was_not_recorded(built, tmp_path):
    old_archive(built[0], tmp_path / "old.db").close()
    open_db(str(tmp_path / "old.db")).close()
    ds = Datasette([str(tmp_path / "old.db")])
    path = f"/old/articles/{built[1]}/read"
    html = get(ds, path + "?version=1").text
    assert "Not recorded for version 1" in html and "Old pick" not in html and "Jane Roe" in html
    compare = get(ds, path + "?compare=1..2").text
    assert "Not recorded for one of these versions" in compare and "<ins>John Doe</ins>" in compare


# -- end to end: the demo site crawled twice, then exported and imported ----------------------------


def test_demo_crawled_twice_then_imported_keeps_every_versions_fields(tmp_path):
    db, warc, imported = tmp_path / "archive.db", tmp_path / "demo.warc.gz", tmp_path / "imported.db"
    with start_demo_server() as site:
        run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
        site.set_version(2)
        run_cli("crawl", site.base_url + "/", "--db", db, *NO_DELAY)
    run_cli("export", "--db", db, warc)
    run_cli("import", "--db", imported, warc)
    for path in (db, imported):
        conn = sqlite_utils.Database(str(path))
        assert conn.execute("select count(*) from article_versions where fields_id is null").fetchone()[0] == 0
        changed = [r[0] for r in conn.execute("select article_id from article_versions where version = 2")]
        assert len(changed) == len(demo.V2_CHANGED_SLUGS)
        for article_id in changed:
            v = snapshots(conn, article_id)
            assert v[1]["related"] and v[1]["related"] == v[2]["related"]    # the demo edits bodies only
            current = [tuple(r) for r in conn.execute(
                "select url, title, teaser from related_links where article_id = ? order by position", [article_id])]
            assert current == [(r["url"], r["title"], r["teaser"]) for r in v[2]["related"]]
        conn.close()
    ds = Datasette([str(db)])
    html = get(ds, f"/archive/articles/{changed[0]}/read?compare=1..2").text
    assert "<ins>" in html and "Read Also" in html.split("Unchanged:")[1]


def test_verify_seals_snapshots_and_names_a_tampered_one(built, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(built[0].read_bytes())
    assert run_cli("verify", "--db", copy).stdout.startswith("verify: 0 problems")
    conn = sqlite3.connect(copy)
    fields_id = conn.execute("select fields_id from article_versions where article_id = ? and version = 1",
                             [built[1]]).fetchone()[0]
    conn.execute("update version_fields set fields_gz = ? where id = ?",
                 [gzip_fields(canonical_json({"related": []})), fields_id])
    conn.commit()
    conn.close()
    result = run_cli("verify", "--db", copy, check=False)
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert any(line.startswith(f"version_fields {fields_id}: stored body's sha256") for line in lines)
    assert any(line.startswith(f"version_fields {fields_id}: changed after manifest") for line in lines)


def test_verify_names_a_version_pointed_at_another_snapshot(built, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(built[0].read_bytes())
    conn = sqlite3.connect(copy)
    (one, first), (two, second) = conn.execute(
        "select id, fields_id from article_versions where article_id = ? order by version", [built[1]]).fetchall()[:2]
    assert first != second
    conn.execute("update article_versions set fields_id = ? where id = ?", [second, one])
    conn.commit()
    conn.close()
    result = run_cli("verify", "--db", copy, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert any(line.startswith(f"article_versions {one} (version_snapshots): changed after manifest")
               for line in result.stdout.splitlines()), result.stdout


def test_a_version_page_and_a_comparison_are_bounded():
    from archive.web.article_page import MAX_LISTED, compare_context, version_context, version_fields

    many = article(1)
    many.links = [Link(url=f"https://clinic.example/{n}", text=f"link {n}") for n in range(MAX_LISTED + 50)]
    fewer = article(2)
    fewer.links = many.links[:10]
    rows = [{"version": n, "fetched_at": "2024-03-01", "crawl_id": 1, "source": None, "extractor": "x",
             "title": a.title, "description": "", "published": None, "modified": None, "authors": "[]",
             "body_text": a.body_text, "body_html_gz": gzip_fields(a.body_html.encode()),
             "fields_gz": gzip_fields(canonical_json(snapshot(a)))} for n, a in ((1, many), (2, fewer))]
    urls = {"articles": "/a/articles", "page": "/a/articles/1/read", "row": "/a/articles/1", "versions": "/v",
            "graph": "/g", "recommended_by": "/r"}
    listed = [{"version": 2, "fetched_at": "", "crawl_id": 1, "title": "", "total": 2},
              {"version": 1, "fetched_at": "", "crawl_id": 1, "title": "", "total": 2}]
    base = {"id": 1, "url": URL, "site": "health-one.example", "status": "live"}
    context = version_context({"article": base, "version": rows[0], "versions": listed, "targets": [],
                               "fields": version_fields(rows[0], MAX_LISTED + 1)}, urls)
    assert len(context["links"]) == MAX_LISTED and context["cut"] == ["Links in the text"]
    compared = compare_context({"article": base, "before": rows[0], "after": rows[1], "versions": listed}, urls)
    links = next(change for change in compared["lists"] if change["field"] == "links")
    assert (len(links["removed"]), links["removed_total"], links["added_total"]) == (MAX_LISTED, MAX_LISTED + 40, 0)
