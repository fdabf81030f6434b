"""Round 14 (squiz): what the held-out Squiz Matrix family showed the extraction missing."""
import pytest

from archive.db.store import Archive, FetchedPage
from archive.extract import extract_article

pytestmark = pytest.mark.fast

_TEXT = "<p>" + "Measles spreads through the air when an infected person coughs or sneezes. " * 8 + "</p>"


def _sheet(identifier: str, canonical: str = "") -> str:
    link = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return (f"<html lang='en-AU'><head><title>Measles - Eastvale Health</title>{link}"
            "<link rel='schema.DCTERMS' href='http://purl.org/dc/terms/'>"
            f"<meta name='DCTERMS.identifier' scheme='DCTERMS.URI' content='{identifier}'>"
            "<meta name='DCTERMS.created' scheme='DCTERMS.ISO8601' content='2021-03-04'></head><body>"
            f"<div id='content' class='main-content'><h1>Measles</h1>{_TEXT}</div></body></html>")


@pytest.mark.parametrize("fetched", [
    "https://health.test/?a=123456",                        # Matrix serves any asset by its id
    "https://health.test/health-topics/a-z/measles/_nocache",   # ... and any page with its cache bypassed
    "https://health.test/health-topics/a-z/measles",
])
def test_a_dublin_core_identifier_names_the_page_s_address_when_no_canonical_link_does(fetched):
    article = extract_article(_sheet("https://health.test/health-topics/a-z/measles"), fetched)
    assert article.canonical_url == "https://health.test/health-topics/a-z/measles"


def test_a_canonical_link_and_foreign_or_non_url_identifiers_win_or_are_ignored():
    url = "https://health.test/health-topics/a-z/measles/_nocache"
    assert extract_article(_sheet("https://health.test/x", "https://health.test/y"), url).canonical_url == \
        "https://health.test/y"
    assert extract_article(_sheet("https://other.test/health-topics/a-z/measles"), url).canonical_url == url
    assert extract_article(_sheet("urn:isbn:9780000000002"), url).canonical_url == url


def test_the_same_page_under_a_cache_bypass_address_is_one_article(tmp_path):
    arc = Archive(str(tmp_path / "a.db"))
    try:
        crawl = arc.start_crawl(["https://health.test/"])
        html = _sheet("https://health.test/health-topics/a-z/measles")
        ids = set()
        for url in ("https://health.test/health-topics/a-z/measles/_recache",
                    "https://health.test/health-topics/a-z/measles", "https://health.test/?a=123456"):
            page = FetchedPage(url=url, status=200, body=html.encode(), content_type="text/html; charset=utf-8")
            ids.add(arc.save_article(crawl, page, extract_article(html, url))[1])
        assert len(ids) == 1 and arc.db["articles"].count == 1
        assert next(arc.db.query("select url from articles"))["url"] == "https://health.test/health-topics/a-z/measles"
    finally:
        arc.close()
