"""Served archives are safe: read-only (no endpoint, canned query or SQL can change the file),
and article HTML cannot run script even if it reached the database unsanitized."""
from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from datasette.app import Datasette

from archive.web.metadata import build_metadata
from archive.db.readonly import make_read_only
from archive.db.store import Archive, gzip_html
from tests.helpers import free_port, wait_for_http
from tests.test_datasette import article, build_archive, page

#: Write canned queries an operator might add with --metadata; each must fail against an archive.
WRITE_QUERIES = {
    "delete_articles": "delete from articles",
    "retitle": "update articles set title = :title",
    "add_crawl": "insert into crawls (started, status) values ('now', 'running')",
    "drop_view": "drop view article_graph",
    "unlock": "pragma query_only = 0",
    "attach": "attach database ':memory:' as other",
}

#: Datasette 1.0's JSON write API and other write-shaped paths: 0.65 must not accept any of them.
WRITE_PATHS = [
    "/archive/articles/-/insert",
    "/archive/articles/-/upsert",
    "/archive/articles/-/drop",
    "/archive/articles/1/-/update",
    "/archive/articles/1/-/delete",
    "/archive/-/create",
    "/archive/articles",
    "/archive/articles/1",
    "/archive/articles/1/read",
    "/-/archive",
]


def fingerprint(path) -> str:
    """A digest of every row of every table and of the schema: equal means nothing changed."""
    conn = sqlite3.connect(path)
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    for sql in conn.execute("select sql from sqlite_master order by name"):
        digest.update(repr(sql).encode())
    for table in tables:
        digest.update(repr(sorted(map(repr, conn.execute(f"select * from [{table}]")))).encode())
    conn.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("readonly") / "archive.db"
    build_archive(path)
    return path


@pytest.fixture(scope="module")
def writable_ds(archive_path):
    """Datasette with an operator's metadata adding write canned queries to our own."""
    metadata = build_metadata(["archive"])
    for name, sql in WRITE_QUERIES.items():
        metadata["databases"]["archive"]["queries"][name] = {"sql": sql, "write": True}
    return Datasette([str(archive_path)], metadata=metadata)


def post(ds, path, data=None):
    async def run():
        # Datasette's CSRF check skips requests that carry no cookies, as a script would send them.
        return await ds.client.post(path, data=data or {})

    return asyncio.run(run())


@pytest.mark.parametrize("name", WRITE_QUERIES)
def test_write_canned_query_cannot_modify_archive(writable_ds, archive_path, name):
    before = fingerprint(archive_path)
    response = post(writable_ds, f"/archive/{name}", {"title": "defaced"})
    assert response.status_code == 302, response.text[:500]
    assert fingerprint(archive_path) == before
    [(message, level)] = writable_ds.unsign(response.cookies["ds_messages"], "messages")
    assert (message, level) in {("attempt to write a readonly database", writable_ds.ERROR),
                                ("not authorized", writable_ds.ERROR)}


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_write_shaped_posts_change_nothing(writable_ds, archive_path, path):
    before = fingerprint(archive_path)
    response = post(writable_ds, path, {"row": '{"title": "x"}', "rows": "[]", "sql": "delete from articles"})
    assert response.status_code >= 400, (path, response.status_code)
    assert fingerprint(archive_path) == before


def test_arbitrary_sql_cannot_write(writable_ds, archive_path):
    before = fingerprint(archive_path)
    for sql in ("delete from articles", "pragma query_only = 0", "update articles set title = 'x'"):
        response = asyncio.run(writable_ds.client.get("/archive.json", params={"sql": sql}))
        assert response.status_code == 400, (sql, response.status_code)
    assert fingerprint(archive_path) == before


def test_plugin_write_through_execute_write_is_refused(writable_ds, archive_path):
    """What a plugin would do: Datasette's own writable connection refuses too."""
    before = fingerprint(archive_path)
    db = writable_ds.get_database("archive")
    with pytest.raises(sqlite3.DatabaseError, match="not authorized|readonly"):
        asyncio.run(db.execute_write("delete from articles"))
    assert fingerprint(archive_path) == before
    assert asyncio.run(db.execute("select count(*) from articles")).first()[0] == 4


def test_other_databases_stay_writable(tmp_path, archive_path):
    """Only archives are locked: a scratch database served beside one keeps its write queries."""
    scratch = tmp_path / "scratch.db"
    sqlite3.connect(scratch).execute("create table notes (text)").connection.commit()
    ds = Datasette([str(archive_path), str(scratch)])
    asyncio.run(ds.get_database("scratch").execute_write("insert into notes values ('kept')"))
    assert sqlite3.connect(scratch).execute("select text from notes").fetchall() == [("kept",)]


def test_make_read_only_blocks_writes_but_not_reads(archive_path):
    conn = sqlite3.connect(archive_path)
    make_read_only(conn)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4
    assert conn.execute("pragma table_info(articles)").fetchall()
    assert conn.execute("select count(*) from articles_fts where articles_fts match 'sleep'").fetchone()[0] == 1
    for sql in ("delete from articles", "pragma query_only = 0", "create temp table t (x)",
                "attach database ':memory:' as other", "pragma journal_mode = delete"):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)
    conn.close()


def test_health_archive_serve_is_read_only_but_sees_new_crawls(tmp_path):
    """The real `health-archive serve`: POSTs change nothing, and a crawl writing meanwhile shows up
    (what `--immutable` would break)."""
    path = tmp_path / "archive.db"
    build_archive(path)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", "--db", str(path), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    count_url = base + "/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array"
    try:
        wait_for_http(base + "/-/versions.json")
        before = fingerprint(path)
        request = urllib.request.Request(base + "/archive/articles/1/read", data=b"x=1", method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code == 405
        assert fingerprint(path) == before
        with urllib.request.urlopen(count_url) as response:
            assert json.load(response) == [{"n": 4}]
        with urllib.request.urlopen(base + "/-/settings.json") as response:
            settings = json.load(response)  # SETTINGS reach the server
            assert settings["suggest_facets"] is False and settings["sql_time_limit_ms"] == 3000
        arc = Archive(str(path))
        url = "https://health-two.example/new-article/"
        arc.save_article(None, page(url, "2024-04-01T00:00:00+00:00"),
                         article(url, "A new article", "<p>Fresh.</p>", site="health-two.example"))
        arc.close()
        with urllib.request.urlopen(count_url) as response:
            assert json.load(response) == [{"n": 5}]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_article_page_resanitizes_and_forbids_inline_script(tmp_path):
    """A body written by something other than the extractor is cleaned again; CSP backs it up."""
    path = tmp_path / "archive.db"
    ids = build_archive(path)
    conn = sqlite3.connect(path)
    conn.execute("update bodies set body_html_gz = ? where id = (select body_id from articles where id = ?)", [
        gzip_html('<p>Kept</p><script>alert(1)</script><img src="x.png" onerror="alert(2)">'
                  '<a href="javascript:alert(3)">link</a><iframe src="https://evil.example/"></iframe>'), ids["d"]])
    conn.commit()
    conn.close()
    response = asyncio.run(Datasette([str(path)]).client.get(f"/archive/articles/{ids['d']}/read"))
    body = response.text.split('<div class="archive-body">')[1].split("</div>")[0]
    assert "<p>Kept</p>" in body
    for bad in ("<script", "onerror", "javascript:", "<iframe"):
        assert bad not in body, bad
    csp = policy(response)
    assert csp["script-src"][:2] == ["'self'", csp["script-src"][1]] and csp["script-src"][1].startswith("'sha256-")
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["script-src"]


def policy(response) -> dict[str, list[str]]:
    """A response's Content-Security-Policy as {directive: sources}."""
    directives = [d.split() for d in response.headers["content-security-policy"].split(";")]
    return {d[0]: d[1:] for d in directives if d}


#: One page of each kind a server with an archive sends (Datasette's own and the plugin's).
EVERY_PAGE = ["/", "/archive", "/archive/articles", "/archive/articles/1", "/archive/search?q=sleep",
              "/archive.json?sql=select+1", "/archive?sql=select+1", "/-/archive", "/archive/articles/1/read",
              "/-/static-plugins/health-archive/archive.css", "/-/versions", "/archive/articles.json",
              "/archive/articles/999/read"]


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_every_page_carries_the_policy(archive_path, path):
    """Images only from this server and data: (the archive's copies, no other address), scripts only
    from this server and Datasette's own inline ones, on every page, not only the article page."""
    response = asyncio.run(Datasette([str(archive_path)]).client.get(path))
    assert response.status_code in (200, 404), response.status_code
    csp = policy(response)
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert [s for s in csp["script-src"] if not s.startswith("'sha256-")] == ["'self'"]


def test_a_server_without_an_archive_gets_no_policy(tmp_path):
    """The plugin is installed for every Datasette in the environment: it leaves other servers alone."""
    sqlite3.connect(tmp_path / "plain.db").execute("create table t (a)").connection.commit()
    response = asyncio.run(Datasette([str(tmp_path / "plain.db")]).client.get("/plain/t"))
    assert response.status_code == 200 and "content-security-policy" not in response.headers


@pytest.mark.parametrize("path", ["/archive/articles/99999999999999999999/read",
                                  "/archive/articles/9223372036854775808/read",
                                  "/archive/articles/" + "9" * 5000 + "/read",
                                  "/archive/articles/99999999999999999999",
                                  "/archive/articles/99999999999999999999.json"])
def test_an_id_too_large_for_sqlite_is_not_found(archive_path, path):
    response = asyncio.run(Datasette([str(archive_path)]).client.get(path))
    assert response.status_code == 404, (response.status_code, response.text[:300])


#: Values arbitrary SQL can put in the columns the plugin renders (ids, titles, lists, bodies).
ODD_VALUES = ["'abc'", "''", "-1", "1.5", "9e999", "-9e999", "x'00ff'", "99999999999999999999", "null",
              "'[1, {\"a\": 1}, null]'", "'{\"text\": 5}'", "'<b>x</b>'", "9223372036854775807", "'1'"]
ODD_COLUMNS = ["article_id", "id", "title", "source_title", "target_title", "source_id", "target_id",
               "body_html", "body_text", "snippet", "tags", "authors", "headings"]


#: (id column, title column) pairs the render hook links (archive.web.common.TITLE_LINKS).
ID_AND_TITLE = [("article_id", "title"), ("source_id", "source_title"), ("target_id", "target_title"),
                ("article_id", "body_html"), ("id", "body_html")]


@pytest.mark.parametrize("value", ODD_VALUES)
def test_arbitrary_sql_with_odd_values_renders(archive_path, value):
    """Every column the render hook handles, holding any SQLite value: a page, never a 500."""
    ds = Datasette([str(archive_path)])
    sqls = [f"select {value} as {column}" for column in ODD_COLUMNS]
    sqls += [f"select {value} as {id_column}, 'A title' as {title}" for id_column, title in ID_AND_TITLE]
    sqls += [f"select 1 as {id_column}, {value} as {title}" for id_column, title in ID_AND_TITLE]
    for sql in sqls:
        response = asyncio.run(ds.client.get("/archive", params={"sql": sql}))
        assert response.status_code == 200, (sql, response.status_code, response.text[-500:])
