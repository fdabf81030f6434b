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


def test_the_page_footer_beside_the_main_landmark_is_never_the_body_of_a_short_page():
    """A short release (one paragraph and a player) in ``role="main"`` under the page's one <h1>; the
    site's <footer> (Acknowledgement of Country, licence, "Page last updated") holds more words."""
    html = ("<html lang='en-AU'><head><title>Breathing exercises - Eastvale Health</title></head><body>"
            "<div id='content' class='main-content' role='main'><h1>Breathing exercises</h1>"
            "<p class='release-details'><span class='release-date'>7 October 2021</span> | Media release</p>"
            "<div class='release-body'><p>Box breathing, longer exhales and the physiological sigh each take less "
            "than a minute. Try them before a difficult call.</p><div class='video-container'><iframe "
            "src='https://www.youtube.com/embed/Rb7vQe2Hn5c' allowfullscreen></iframe></div></div></div>"
            "<footer id='footer'><div class='container'><p>Page last updated: 10 November 2021</p>"
            "<p>The Department acknowledges the Traditional Custodians of the lands where we work and live. We pay "
            "our respects to Elders past and present.</p><p>Content is available under a Creative Commons "
            "Attribution 4.0 licence.</p></div></footer></body></html>")
    article = extract_article(html, "https://health.test/news/media-releases/2021/october/breathing")
    assert article.body_text.startswith("Box breathing") and "Custodians" not in article.body_text
    assert [e.url for e in article.embeds] == ["https://www.youtube.com/embed/Rb7vQe2Hn5c"]
    assert article.page_type == "article"


def _release(dateline: str, created: str) -> str:
    return ("<html lang='en-AU'><head><title>Keep a water bottle where you work - Eastvale Health</title>"
            f"<meta name='DCTERMS.created' scheme='DCTERMS.ISO8601' content='{created}'></head><body>"
            "<div id='content' role='main'><h1>Keep a water bottle where you work</h1>"
            f"<p class='release-details'>{dateline}</p><div class='release-body'><p>Thirst is easy to ignore when "
            "you are busy. A bottle within reach turns drinking water into something you do without deciding to. "
            "Refill it at lunch and again mid-afternoon, and notice whether the late-day headache fades.</p></div>"
            "<div class='media-contact'><p>Media contact: Eastvale Health Media Unit, (08) 5550 1234</p></div></div>"
            "</body></html>")


def test_a_short_unsigned_release_printing_its_declared_date_as_its_dateline_is_an_article():
    url = "https://health.test/news/media-releases/2022/november/water-bottle"
    assert extract_article(_release("17 November 2022 | Media release", "2022-11-17"), url).page_type == "article"
    # the same short text without that dateline, or with another date there, is read as before
    assert extract_article(_release("Media release", "2022-11-17"), url).page_type != "article"
    assert extract_article(_release("17 November 2022 | Media release", "2019-05-02"), url).page_type != "article"
