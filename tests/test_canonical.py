"""A canonical link is a claim (issue 13): a page declaring another page's URL as canonical never
rewrites that article; the claim is accepted only when the archive confirms it (same content), and
a variant fetched before its canonical page moves to it once that page confirms it.

The store's rules one by one, then two real crawls of a hostile site on loopback.
"""
from __future__ import annotations

import pytest

from archive.extract.record import Article
from archive.db.store import Archive, FetchedPage
from helpers import FAST, query, run_cli
from hostile_site import HostileSite

SITE = "https://health.example"
ALICE, MALLORY = f"{SITE}/u/alice/post/", f"{SITE}/u/mallory/post/"


@pytest.fixture
def archive(tmp_path):
    arc = Archive(str(tmp_path / "a.db"))
    yield arc
    arc.close()


def article(fetched: str, canonical: str, text: str) -> Article:
    return Article(url=fetched, canonical_url=canonical, site="health.example", is_article=True, page_type="article",
                   title=text.split(".")[0], body_html=f"<p>{text}</p>", body_text=text, word_count=len(text.split()))


def visit(archive, fetched: str, canonical: str, text: str, crawl=None, status: int = 200):
    """One fetch as the crawl writes it; returns (outcome, article_id, the fetch's error)."""
    page = FetchedPage(url=fetched, status=status, body=text.encode(), content_type="text/html")
    if status == 404:
        archive.save_visit(crawl, page, kind="gone", key=fetched, error="HTTP 404")
        return "gone", None, ""
    outcome, article_id = archive.save_visit(crawl, page, kind="article", key=fetched,
                                             article=article(fetched, canonical, text))
    error = archive.db.execute("select error from fetches order by id desc limit 1").fetchone()[0]
    return outcome, article_id, error or ""


def stored(archive) -> dict:
    """url -> (body_text of each version)."""
    rows = archive.db.execute("select a.url, b.body_text from articles a join article_versions v "
                              "on v.article_id = a.id join bodies b on b.id = v.body_id "
                              "order by a.url, v.version").fetchall()
    out: dict = {}
    for url, text in rows:
        out.setdefault(url, []).append(text)
    return out


def address(archive, url: str):
    row = archive.db.execute("select a.url from article_urls u join articles a on a.id = u.article_id "
                             "where u.url = ?", [url]).fetchone()
    return row[0] if row else None


@pytest.mark.fast
def test_a_claim_made_before_the_victims_page_is_fetched_never_becomes_her_article(archive):
    outcome, _, error = visit(archive, MALLORY, ALICE, "Mallory sells pills.")
    assert outcome == "new" and f"canonical {ALICE} not confirmed" in error
    outcome, _, error = visit(archive, ALICE, ALICE, "Alice explains sleep.")
    assert (outcome, error) == ("new", "")
    for _ in range(2):      # the next crawls: nothing alternates
        assert visit(archive, MALLORY, ALICE, "Mallory sells pills.")[0] == "unchanged"
        assert visit(archive, ALICE, ALICE, "Alice explains sleep.")[0] == "unchanged"
    assert stored(archive) == {ALICE: ["Alice explains sleep."], MALLORY: ["Mallory sells pills."]}
    assert address(archive, ALICE) == ALICE and address(archive, MALLORY) == MALLORY


@pytest.mark.fast
def test_a_claim_on_an_archived_article_with_other_content_is_refused(archive):
    visit(archive, ALICE, ALICE, "Alice explains sleep.")
    outcome, _, error = visit(archive, MALLORY, ALICE, "Mallory sells pills.")
    assert outcome == "new"
    assert error == f"canonical {ALICE} not confirmed (the article archived there differs): stored under its own URL"
    assert visit(archive, ALICE, ALICE, "Alice explains sleep.")[0] == "unchanged"
    assert stored(archive) == {ALICE: ["Alice explains sleep."], MALLORY: ["Mallory sells pills."]}


@pytest.mark.fast
def test_a_variant_with_the_same_content_is_one_more_address(archive):
    amp = ALICE + "amp/"
    visit(archive, ALICE, ALICE, "Alice explains sleep.")
    assert visit(archive, amp, ALICE, "Alice explains sleep.")[:3:2] == ("unchanged", "")
    assert stored(archive) == {ALICE: ["Alice explains sleep."]}
    assert address(archive, amp) == ALICE


@pytest.mark.fast
def test_a_variant_fetched_before_its_canonical_page_moves_to_it(archive):
    amp = ALICE + "amp/"
    outcome, first_id, error = visit(archive, amp, ALICE, "Alice explains sleep.")
    assert outcome == "new" and "nothing is archived there yet" in error
    outcome, article_id, error = visit(archive, ALICE, ALICE, "Alice explains sleep.")
    assert (outcome, article_id, error) == ("unchanged", first_id, "")
    assert stored(archive) == {ALICE: ["Alice explains sleep."]}         # stored under the canonical URL now
    assert address(archive, amp) == ALICE and address(archive, ALICE) == ALICE


@pytest.mark.fast
def test_an_address_that_later_serves_other_content_gets_its_own_article(archive):
    mirror = f"{SITE}/u/mallory/copy/"
    visit(archive, ALICE, ALICE, "Alice explains sleep.")
    assert visit(archive, mirror, ALICE, "Alice explains sleep.")[0] == "unchanged"     # a faithful copy first
    outcome, _, error = visit(archive, mirror, ALICE, "Mallory sells pills.")             # then the swap
    assert outcome == "new" and "not confirmed" in error
    assert visit(archive, mirror, mirror, "Mallory sells pills again.")[0] == "changed"  # its own from now on
    assert stored(archive) == {ALICE: ["Alice explains sleep."],
                               mirror: ["Mallory sells pills.", "Mallory sells pills again."]}


@pytest.mark.fast
def test_a_copy_declaring_itself_canonical_does_not_take_the_article_away(archive):
    mirror = f"{SITE}/u/mallory/copy/"
    visit(archive, ALICE, ALICE, "Alice explains sleep.")
    visit(archive, mirror, ALICE, "Alice explains sleep.")
    assert visit(archive, mirror, mirror, "Alice explains sleep.")[0] == "unchanged"
    assert visit(archive, ALICE, ALICE, "Alice explains sleep.")[0] == "unchanged"
    assert stored(archive) == {ALICE: ["Alice explains sleep."]}


@pytest.mark.fast
def test_a_claimed_url_answering_404_does_not_mark_the_claimant_gone(archive):
    visit(archive, MALLORY, ALICE, "Mallory sells pills.")
    visit(archive, ALICE, ALICE, "", status=404)
    (status,) = archive.db.execute("select status from articles where url = ?", [MALLORY]).fetchone()
    assert status == "live"


# -- a real crawl of a hostile site ---------------------------------------------------------------

def test_a_hostile_canonical_never_rewrites_another_article_across_crawls(tmp_path):
    """/claims/u/mallory/post/ declares /claims/u/alice/post/ canonical and is fetched first (only it
    is linked from the index; it links Alice's page); /claims/u/eve/post/ claims Bob's page, fetched
    after it. /claims/u/carol/post/amp/ is a faithful variant of Carol's page, fetched first."""
    db = tmp_path / "claims.db"
    with HostileSite(sections={"claims"}) as site:
        base = site.base_url + "/claims/u/"
        for _ in range(2):
            run_cli("crawl", site.base_url + "/claims/", "--db", db, *FAST, check=False)
        versions = query(db, "select a.url, v.version, b.body_text from articles a join article_versions v "
                             "on v.article_id = a.id join bodies b on b.id = v.body_id order by a.url, v.version")
        fetches = query(db, "select url, outcome, error from fetches where url like '%/claims/u/%' order by id")
    by_url: dict = {}
    for row in versions:
        by_url.setdefault(row["url"].removeprefix(base), []).append(row["body_text"])
    assert sorted(by_url) == ["alice/post/", "bob/post/", "carol/post/", "eve/post/", "mallory/post/"]
    assert {u: len(t) for u, t in by_url.items()} == dict.fromkeys(by_url, 1), by_url   # one version each, two crawls
    for name, n in (("alice", 202), ("mallory", 201), ("bob", 203), ("eve", 204), ("carol", 205)):
        assert by_url[f"{name}/post/"][0].startswith(f"This is guide number {n} "), name
    second = [f for f in fetches[len(fetches) // 2:]]
    assert {f["outcome"] for f in second} == {"unchanged"}, second
    refused = {f["url"].removeprefix(base): f["error"] for f in fetches if f["error"]}
    assert set(refused) == {"mallory/post/", "eve/post/", "carol/post/amp/"}, refused
    assert "not confirmed (the article archived there differs)" in refused["eve/post/"]
    carol = query(db, "select u.url from article_urls u join articles a on a.id = u.article_id "
                      "where a.url = ? order by u.url", [base + "carol/post/"])
    assert [r["url"] for r in carol] == [base + "carol/post/", base + "carol/post/amp/"]


def test_a_canonical_spelling_its_own_address_otherwise_is_confirmed_by_the_page(archive):
    """A page whose canonical is its own address with the query's parameters in another order, or
    their names in another case (ASP.NET reads ``?ContentID=P1&ContentTypeID=85`` as
    ``?contenttypeid=85&contentid=P1``), names itself: no other article is at stake, and a crawl may
    never fetch that spelling (a request fingerprint sorts the query). It is stored there at once,
    and the other spellings are its addresses."""
    doc = f"{SITE}/health-library/content?contenttypeid=85&contentid=P00212"
    swapped = f"{SITE}/health-library/content?contentid=P00212&contenttypeid=85"
    shouted = f"{SITE}/health-library/content?ContentTypeID=85&ContentID=P00212"
    text = "Heart failure means the heart does not pump as well as it should."
    outcome, first, error = visit(archive, swapped, doc, text)
    assert outcome == "new" and not error and address(archive, swapped) == doc
    outcome, again, error = visit(archive, shouted, doc, text)
    assert again == first and not error and address(archive, shouted) == doc
    assert list(stored(archive)) == [doc]
    other = f"{SITE}/health-library/content?contenttypeid=85&contentid=P00213"     # another value: a claim as before
    _, _, error = visit(archive, swapped, other, text)
    assert "not confirmed" in error
