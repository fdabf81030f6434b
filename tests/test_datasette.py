"""The archive in Datasette: metadata, search, facets, canned queries, article page, real server."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request

import lxml.html
import pytest
import sqlite_utils
from datasette.app import Datasette

from archive.db import queries
from archive.web.metadata import QUERIES, TABLES, build_metadata, write_metadata
from archive.web.plugin import excerpt
from archive.web.diffs import diff_html
from archive.extract.record import Article, Citation, Embed, Link, Person, Related
from archive.extract.sanitize import render_text, sanitize_body
from archive.db.schema import open_db
from archive.db.store import Archive, FetchedPage
from archive.db.views import VIEWS, create_views
from tests.helpers import free_port, wait_for_http

A_URL = "https://health-one.example/vitamin-d-winter/"
B_URL = "https://health-one.example/sleep-hygiene/"
C_URL = "https://health-two.example/hydration-myths/"
D_URL = "https://health-two.example/salt-and-blood-pressure/"
LIVE_ONLY_URL = "https://elsewhere.example/not-archived/"

HOSTILE_BODY = """
<p>Vitamin D levels drop in <strong>winter</strong>.</p>
<script>alert("pwned")</script>
<p onclick="alert(1)">Sunlight helps <a href="javascript:alert(2)">a lot</a>.</p>
<img src="https://health-one.example/sun.jpg" onerror="alert(3)" alt="Sun">
<p>See a <a href="https://clinic.example/" rel="sponsored">sponsored clinic</a>.</p>
"""


def sanitized(html: str) -> tuple[str, str]:
    """(body_html, body_text) exactly as the extractor produces them from ``html``."""
    body_html, soup = sanitize_body(lxml.html.fragment_fromstring(html, create_parent="div"))
    return body_html, render_text(soup)


def article(url, title, body, *, site, published=None, authors=(), tags=(), related=(), citations=(), links=(),
            embeds=(), language="en"):
    body_html, body_text = sanitized(body)
    people = [Person(name=name.removeprefix("Dr "), credentials=["MD"] if name.startswith("Dr ") else [])
              for name in authors]
    if citations:
        people.append(Person(name="Rev Iewer", role="reviewer", credentials=["MD", "FACP"]))
    return Article(
        url=url, canonical_url=url, site=site, is_article=True, page_type="article", title=title,
        authors=list(authors), published=published, tags=list(tags), body_html=body_html,
        body_text=body_text, word_count=len(body_text.split()), related=list(related),
        citations=list(citations), links=list(links), reviewed_by=["Dr Rev Iewer"] if citations else [],
        embeds=list(embeds), people=people, language=language, declared_language="en-US",
    )


def page(url, when):
    return FetchedPage(url=url, status=200, body=f"<html>{url} {when}</html>".encode(), fetched_at=when)


def build_archive(path) -> dict:
    """Four articles linking to each other, one hostile body, one changed article, one crawl."""
    arc = Archive(str(path))
    crawl = arc.start_crawl(["https://health-one.example/"])
    a = article(
        A_URL, "Vitamin D and winter fatigue", HOSTILE_BODY, site="health-one.example", published="2024-01-15",
        authors=["Dr Jane Roe"], tags=["vitamins", "fatigue"],
        related=[Related(url=B_URL, title="Sleep hygiene basics"), Related(url=LIVE_ONLY_URL, title="Elsewhere")],
        citations=[Citation(url="https://doi.org/10.1000/xyz123", text="Roe 2023",
                            doi="10.1000/xyz123", pmid="33301246")],
        links=[Link(url="https://clinic.example/", text="sponsored clinic", rel="sponsored")],
    )
    b = article(
        B_URL, "Sleep hygiene basics", "<p>Keep a regular sleep schedule.</p>", site="health-one.example",
        published="2024-02-03", authors=["John Doe", "Dr Jane Roe"], tags=["sleep"],
        related=[Related(url=A_URL, title="Vitamin D and winter fatigue"), Related(url=C_URL, title="Hydration myths")],
        citations=[Citation(url="https://pubmed.ncbi.nlm.nih.gov/1/", text="Doe 2020", pmid="1")],
    )
    c1 = article(
        C_URL, "Hydration myths", "<p>Drink eight glasses a day, they say.</p><p>Thirst is a good guide.</p>",
        site="health-two.example", published="2024-02-20", related=[Related(url=A_URL, title="Vitamin D")],
    )
    d = article(D_URL, "Salt and blood pressure", "<p>Less salt lowers pressure.</p><p>Menos sal en la comida "
                "baja la presión arterial de la mayoría de los adultos.</p>", site="health-two.example",
                tags=["salt"], language="es", embeds=[Embed(url="https://www.youtube.com/embed/abc123", kind="video",
                                             provider="youtube.com", title="Salt, explained")])
    ids = {}
    for key, art, when in (("a", a, "2024-03-01T10:00:00+00:00"), ("b", b, "2024-03-01T10:01:00+00:00"),
                           ("c", c1, "2024-03-01T10:02:00+00:00"), ("d", d, "2024-03-01T10:03:00+00:00")):
        _, ids[key] = arc.save_article(crawl, page(art.url, when), art)
        arc.record_fetch(crawl, art.url, status=200, page_type="article", outcome="new", article_id=ids[key])
    c2 = article(C_URL, "Hydration myths, revisited",
                 "<p>Drink when thirsty; use &lt;b&gt;less&lt;/b&gt; salt &amp; more water.</p>"
                 "<p>Thirst is a good guide.</p>",
                 site="health-two.example", published="2024-02-20", related=[Related(url=A_URL, title="Vitamin D")])
    assert arc.save_article(crawl, page(C_URL, "2024-03-08T09:00:00+00:00"), c2)[0] == "changed"
    arc.record_fetch(crawl, "https://health-one.example/broken", status=None, outcome="error", error="timeout")
    arc.finish_crawl(crawl, "finished")
    create_views(arc.db)
    arc.close()
    return ids


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "archive.db"
    return path, build_archive(path)


@pytest.fixture(scope="module")
def archive_path(built):
    return built[0]


@pytest.fixture(scope="module")
def ids(built):
    """Article ids by letter: a (hostile body), b, c (two versions), d."""
    return built[1]


@pytest.fixture(scope="module")
def ds(archive_path):
    return Datasette([str(archive_path)])


def get(ds, path, status=200):
    """GET through Datasette's in-process client (httpx over ASGI), checking the status."""
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == status, (path, response.status_code, response.text[:2000])
    return response


def rows(ds, path):
    return get(ds, path + ("&" if "?" in path else "?") + "_shape=array").json()


# -- metadata and views ----------------------------------------------------------------------


def test_every_table_and_column_is_described(tmp_path):
    db = open_db(str(tmp_path / "fresh.db"))
    create_views(db)
    shadow = {f"articles_fts_{s}" for s in ("data", "idx", "docsize", "config")}
    names = [t for t in db.table_names() if t not in shadow] + db.view_names()
    assert sorted(TABLES) == sorted(names)
    for name in names:
        assert TABLES[name]["description"], name
        columns = [c.name for c in (db.table(name) if name in db.table_names() else db.view(name)).columns]
        assert sorted(TABLES[name]["columns"]) == sorted(columns), name


def test_create_views_is_idempotent(tmp_path):
    db = open_db(str(tmp_path / "v.db"))
    create_views(db)
    schema = db.execute("select group_concat(sql) from sqlite_master where type = 'view'").fetchone()[0]
    create_views(db)
    assert set(db.view_names()) == set(VIEWS) | {"articles_full"}   # that one is m008's (the index reads it)
    assert db.execute("select group_concat(sql) from sqlite_master where type = 'view'").fetchone()[0] == schema


def test_metadata_applies_without_metadata_flag(ds):
    metadata = get(ds, "/-/metadata.json").json()
    assert metadata["title"] == "Health article archive"
    articles = metadata["databases"]["archive"]["tables"]["articles"]
    assert articles["columns"]["word_count"] == "Words in body_text (each Chinese or Japanese character counts as one)"
    assert "/-/archive" in get(ds, "/").text


def test_write_metadata_matches_what_the_plugin_serves(tmp_path):
    write_metadata(tmp_path / "metadata.json")
    assert json.loads((tmp_path / "metadata.json").read_text()) == build_metadata(["archive"])


def test_any_database_name_is_recognised_as_an_archive(archive_path, ids, tmp_path):
    other = tmp_path / "health.db"
    with sqlite3.connect(archive_path) as source, sqlite3.connect(other) as target:
        source.backup(target)
    sqlite_utils.Database(str(tmp_path / "plain.db"))["t"].insert({"a": 1})
    other_ds = Datasette([str(other), str(tmp_path / "plain.db")])
    metadata = get(other_ds, "/-/metadata.json").json()
    assert list(metadata["databases"]) == ["health"]
    assert "Sleep hygiene basics" in get(other_ds, f"/health/articles/{ids['b']}/read").text
    get(other_ds, "/plain/articles/1/read", status=404)


def test_no_canned_query_writes_or_hides_a_table(ds):
    assert not any(query.get("write") for query in QUERIES.values())
    assert not set(QUERIES) & set(TABLES)
    listed = get(ds, "/archive.json").json()["queries"]
    assert {q["name"] for q in listed} == set(QUERIES)


# -- search and facets -----------------------------------------------------------------------


def test_table_search_finds_article(ds, ids):
    found = rows(ds, "/archive/articles.json?_search=sleep+schedule")
    assert [r["id"] for r in found] == [ids["b"]]


@pytest.mark.parametrize("query", ['"don\'t" AND -x (', '"', "-", "NEAR(", "a\"b", "*", "'"])
def test_search_input_never_errors(ds, query):
    get(ds, "/archive/articles.json?" + urllib.parse.urlencode({"_search": query}))
    get(ds, "/archive/search.json?" + urllib.parse.urlencode({"q": query, "site": ""}))


def test_raw_search_mode_reports_bad_syntax_as_400(ds):
    get(ds, "/archive/articles.json?_searchmode=raw&_search=%28", status=400)


def test_facets(ds):
    facets = get(ds, "/archive/articles.json").json()["facet_results"]
    assert set(facets) == {"site", "authors", "tags", "published", "status"}
    counts = {f["value"]: f["count"] for f in facets["authors"]["results"]}
    assert counts == {"Dr Jane Roe": 2, "John Doe": 1}
    months = {f["value"]: f["count"] for f in facets["published"]["results"]}
    assert months == {"2024-02": 2, "2024-01": 1}
    assert facets["published"]["type"] == "month"


def test_month_facet_selects_a_month(ds, ids):
    response = get(ds, "/archive/articles.json?published__startswith=2024-02")
    assert sorted(r[0] for r in response.json()["rows"]) == sorted([ids["b"], ids["c"]])
    results = response.json()["facet_results"]["published"]["results"]
    assert [r["value"] for r in results if r["selected"]] == ["2024-02"]


# -- canned queries --------------------------------------------------------------------------


def test_search_query_ranks_and_highlights(ds, ids):
    found = rows(ds, "/archive/search.json?q=thirst&site=")
    assert [r["article_id"] for r in found] == [ids["c"]]
    assert "<mark>Thirst</mark>" in found[0]["snippet"]
    assert rows(ds, "/archive/search.json?q=thirst&site=health-one.example") == []
    html = get(ds, "/archive/search?q=thirst&site=").text
    assert "<mark>Thirst</mark>" in html
    assert f'href="/archive/articles/{ids["c"]}/read"' in html


def test_search_sql_runs_outside_datasette(archive_path, ids):
    db = sqlite_utils.Database(str(archive_path))
    queries.register_functions(db.conn)
    found = list(db.query(queries.SEARCH_SQL, queries.search_params("sleep schedule")))
    assert [r["article_id"] for r in found] == [ids["b"]]
    assert list(db.query(queries.SEARCH_SQL, queries.search_params('"'))) == []


def test_most_recommended(ds, ids):
    found = [(r["article_id"], r["recommended_by"]) for r in rows(ds, "/archive/most_recommended.json")]
    assert found == [(ids["a"], 2), (ids["c"], 1), (ids["b"], 1)]


def test_broken_read_also(ds, ids):
    broken = [(r["article_id"], r["link_url"], r["problem"]) for r in rows(ds, "/archive/broken_read_also.json")]
    assert broken == [(ids["a"], LIVE_ONLY_URL, "not archived")]


def test_without_citations_and_sponsored_links(ds, ids):
    assert {r["article_id"] for r in rows(ds, "/archive/without_citations.json")} == {ids["c"], ids["d"]}
    sponsored = [(r["article_id"], r["link_url"]) for r in rows(ds, "/archive/sponsored_links.json")]
    assert sponsored == [(ids["a"], "https://clinic.example/")]


def test_crawl_history_counts_errors(ds):
    crawl = rows(ds, "/archive/crawl_history.json")[0]
    assert (crawl["status"], crawl["fetches"], crawl["error_fetches"]) == ("finished", 5, 1)


def test_changes_and_version_history(ds, ids):
    assert [r["article_id"] for r in rows(ds, "/archive/recently_changed.json")] == [ids["c"]]
    versions = rows(ds, f"/archive/version_history.json?article_id={ids['c']}")
    assert [(v["version"], v["title"]) for v in versions] == [(1, "Hydration myths"), (2, "Hydration myths, revisited")]


# -- HTML pages ------------------------------------------------------------------------------


def test_articles_table_is_a_short_list_with_every_column_one_click_away(ds, ids):
    html = get(ds, "/archive/articles").text
    table = html.split('<table class="rows-and-columns archive-list">', 1)[1].split("</table>", 1)[0]
    assert [c for c in ("title", "site", "authors", "published", "status", "version")
            if f'data-column="{c}"' in table] == ["title", "site", "authors", "published", "status", "version"]
    assert 'data-column="body_text"' not in table and 'data-column="url"' not in table
    assert f'<a href="/archive/articles/{ids["a"]}/read">Vitamin D and winter fatigue</a>' in table
    assert 'href="/archive/articles?_view=all"' in html


def test_articles_table_shows_excerpts_and_links(ds, ids):
    html = get(ds, "/archive/articles?_view=all").text
    assert f'<a href="/archive/articles/{ids["a"]}/read">Vitamin D and winter fatigue</a>' in html
    assert "Keep a regular sleep schedule." not in html     # bodies are in their own table now
    # the articles_full view shows them: the text as an excerpt, the HTML as a link to the article page
    html = get(ds, "/archive/articles_full").text
    assert f'<a href="/archive/articles/{ids["a"]}/read">Vitamin D and winter fatigue</a>' in html
    assert "read article →" in html
    assert "<strong>winter</strong>" not in html and "&lt;strong&gt;" not in html  # body_html is never dumped
    assert '<span class="archive-excerpt">Keep a regular sleep schedule.</span>' in html


def test_excerpt_cuts_long_text_at_a_word():
    assert excerpt("word " * 100) == ("word " * 32).strip() + " …"
    assert excerpt("short\n\ntext") == "short text"


def test_article_page(ds, ids):
    html = get(ds, f"/archive/articles/{ids['b']}/read").text
    assert "<h1>Sleep hygiene basics</h1>" in html
    assert "By John Doe, Dr Jane Roe" in html
    assert "<p>Keep a regular sleep schedule.</p>" in html
    assert f'<a href="/archive/articles/{ids["a"]}/read">Vitamin D and winter fatigue</a>' in html
    assert f'<a href="/archive/articles/{ids["c"]}/read">Hydration myths</a>' in html
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/1/"' in html
    assert f'href="/archive/articles/{ids["b"]}"' in html  # the row page
    assert "archive.css" in html


def test_article_page_marks_live_only_links_and_citations(ds, ids):
    html = get(ds, f"/archive/articles/{ids['a']}/read").text
    assert f'<a href="{LIVE_ONLY_URL}" rel="nofollow noopener">Elsewhere</a>' in html
    assert "live site ↗, not archived" in html
    assert 'href="https://doi.org/10.1000/xyz123"' in html
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/33301246/"' in html
    assert "Medically reviewed by Dr Rev Iewer" in html


def test_article_page_is_inert_with_hostile_source(ds, ids):
    html = get(ds, f"/archive/articles/{ids['a']}/read").text
    body = html.split('<div class="archive-body">')[1].split("</div>")[0]
    assert "<strong>winter</strong>" in body
    for bad in ("<script", "pwned", "onclick", "onerror", "javascript:"):
        assert bad not in body, bad


def test_article_page_diff_is_escaped(ds, ids):
    html = get(ds, f"/archive/articles/{ids['c']}/read").text
    diff = html.split('<div class="archive-diff">')[1].split("</div>")[0]
    assert "<ins>" in diff and "<del>" in diff
    assert "&lt;b&gt;less&lt;/b&gt;" in diff and "<b>" not in diff
    assert "<del>Hydration myths</del> <ins>Hydration myths, revisited</ins>" in html


def test_diff_html_escapes_and_shortens():
    before = " ".join(f"w{i}" for i in range(100)) + " <old>"
    after = " ".join(f"w{i}" for i in range(100)) + " <new> & more"
    html = str(diff_html(before, after))
    assert html == ('<span class="diff-gap">…</span> ' + " ".join(f"w{i}" for i in range(88, 100))
                    + " <del>&lt;old&gt;\n</del><ins>&lt;new&gt; &amp; more\n</ins>")
    assert str(diff_html("same  text", "same text\n")) == ""


def test_diff_html_keeps_edits_within_paragraphs():
    paragraphs = [f"Paragraph {n} says something long enough to be shortened in the diff output." for n in range(6)]
    edited = [*paragraphs[:3], paragraphs[3].replace("something", "nothing"), *paragraphs[4:]]
    html = str(diff_html("\n\n".join(paragraphs), "\n\n".join(edited)))
    assert html.count("<del>") == 1 and "<del>something </del><ins>nothing </ins>" in html
    assert html.count("diff-gap") == 2 and "Paragraph 0" not in html and "Paragraph 5" not in html


def test_missing_article_is_404(ds):
    get(ds, "/archive/articles/999999/read", status=404)


def test_archive_home(ds, ids):
    html = get(ds, "/-/archive").text
    assert "health-one.example" in html and "health-two.example" in html
    assert "Crawl <a" in html and "finished" in html
    assert f'href="/archive/articles/{ids["c"]}/read">Hydration myths, revisited</a>' in html
    assert 'href="/archive/broken_read_also"' in html


def test_static_css_is_served(ds):
    response = get(ds, "/-/static-plugins/health-archive/archive.css")
    assert ".archive-article" in response.text


# -- real server -----------------------------------------------------------------------------


def test_plain_datasette_serve_uses_plugin(archive_path, ids, tmp_path):
    """`datasette serve archive.db` with no flags: the installed plugin brings metadata and pages."""
    port = free_port()
    log = (tmp_path / "datasette.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(archive_path), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/-/versions.json")
        with urllib.request.urlopen(base + "/archive/articles.json?_search=vitamin&_shape=array") as response:
            assert [r["id"] for r in json.load(response)] == [ids["a"]]
        with urllib.request.urlopen(base + "/-/metadata.json") as response:
            assert json.load(response)["title"] == "Health article archive"
        with urllib.request.urlopen(f"{base}/archive/articles/{ids['b']}/read") as response:
            assert "<h1>Sleep hygiene basics</h1>" in response.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_the_reading_page_lists_the_articles_that_recommend_it(ds, ids):
    """Backlinks: B and C list A in their Read Also, so A's page says so and links them; D is
    listed by nobody and has no such section."""
    html = get(ds, f"/archive/articles/{ids['a']}/read").text
    section = html.split('class="archive-recommended"', 1)[1].split("</section>", 1)[0]
    assert "Recommended by 2 articles" in section
    assert f'href="/archive/articles/{ids["b"]}/read"' in section and f'href="/archive/articles/{ids["c"]}/read"' in section
    assert "Hydration myths, revisited" in section          # the source's current title
    assert 'class="archive-recommended"' not in get(ds, f"/archive/articles/{ids['d']}/read").text


def test_read_also_network_page_data_and_bad_input(ds, ids):
    """The graph page carries its nodes and edges as JSON for the browser (tests/test_browser.py
    draws it); a bad or unknown article is a 404 and a site without links says so."""
    import json as json_module

    html = get(ds, "/-/graph").text
    data = json_module.loads(html.split('id="archive-graph-data">', 1)[1].split("</script>", 1)[0])
    nodes = {e["data"]["id"] for e in data["elements"] if "source" not in e["data"]}
    edges = {(e["data"]["source"], e["data"]["target"]) for e in data["elements"] if "source" in e["data"]}
    assert {f"a{ids['a']}", f"a{ids['b']}", f"a{ids['c']}"} <= nodes and f"a{ids['d']}" not in nodes
    assert (f"a{ids['b']}", f"a{ids['a']}") in edges and (f"a{ids['a']}", f"a{ids['b']}") in edges
    assert {s["site"] for s in data["sites"]} == {"health-one.example", "health-two.example"}
    around = get(ds, f"/-/graph?article={ids['c']}").text
    assert "around “Hydration myths, revisited”" in around
    get(ds, "/-/graph?article=abc", status=404)
    get(ds, "/-/graph?article=999999", status=404)
    assert "No Read Also links" in get(ds, f"/-/graph?article={ids['d']}").text
    assert "No Read Also links" in get(ds, "/-/graph?site=nowhere.example").text
    assert "<script>" not in html.split('id="archive-graph-data">', 1)[1].split("</script>", 1)[0]


def test_dates_read_as_dates_and_canned_queries_as_forms(ds, ids):
    """HTML shows '15 Jan 2024' with the ISO value kept in datetime=; JSON keeps ISO; a canned
    query's page is its form and results, the SQL one click away."""
    html = get(ds, "/archive/articles").text
    assert '<time datetime="2024-01-15" title="2024-01-15">15 Jan 2024</time>' in html
    assert [r["published"] for r in rows(ds, "/archive/articles.json?_sort=published&published__notblank=1")][0] == "2024-01-15"
    changes = get(ds, "/archive/recently_changed").text
    assert "_show_sql=1" in changes and "<textarea" not in changes
    assert '<time datetime="2024-03-08T09:00:00+00:00"' in changes and "8 Mar 2024, 09:00 UTC" in changes
