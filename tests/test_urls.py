import pytest

from archive.urls import clean_url, site_of
from archive.extract.ingest import identity_url

pytestmark = pytest.mark.fast


def test_tracking_parameters_and_fragment_removed():
    assert clean_url("https://Example.com/post/?utm_source=x&utm_medium=y&fbclid=1#top") == "https://example.com/post/"


def test_content_parameters_kept_in_order():
    assert clean_url("http://a.org/article.php?id=7&utm_campaign=z&page=2") == "http://a.org/article.php?id=7&page=2"


def test_default_port_dropped_other_port_kept():
    assert clean_url("http://a.org:80/x") == "http://a.org/x"
    assert clean_url("http://127.0.0.1:8123/x") == "http://127.0.0.1:8123/x"


def test_encoding_of_kept_query_is_preserved():
    assert clean_url("http://a.org/s?q=a%20b&gclid=9") == "http://a.org/s?q=a%20b"


def test_idn_and_non_ascii_paths_are_encoded():
    assert clean_url("https://münchen.de/straße") == "https://xn--mnchen-3ya.de/stra%C3%9Fe"


def test_site_strips_www_and_keeps_local_ports():
    assert site_of("https://www.example.com/a") == "example.com"
    assert site_of("http://127.0.0.1:8123/a") == "127.0.0.1:8123"


def test_identity_prefers_believable_canonical():
    problems = []
    assert identity_url("https://a.org/p?utm_source=x", "https://a.org/post/", problems) == "https://a.org/post/"
    assert problems == []


def test_identity_rejects_offsite_and_homepage_canonicals():
    problems = []
    assert identity_url("https://a.org/post/", "https://other.org/post/", problems) == "https://a.org/post/"
    assert identity_url("https://a.org/post/", "https://a.org/", problems) == "https://a.org/post/"
    assert len(problems) == 2


def test_file_addresses_are_not_followed_but_words_ending_like_extensions_are():
    from scraper.spiders.articles import _has_ignored_extension

    for url in ("https://h.example/report.pdf", "https://h.example/a/photo.JPG", "https://h.example/x.tar.gz",
                "https://h.example/slides.ps?dl=1"):
        assert _has_ignored_extension(url), url
    # slugs that merely end in the letters of an extension (ps, ai, tar, ods, rm) are pages
    for url in ("https://h.example/sleep-tips", "https://h.example/why-it-helps/", "https://h.example/guitar",
                "https://h.example/gut-health-fermented-foods", "https://h.example/do-no-harm",
                "https://h.example/thai"):
        assert not _has_ignored_extension(url), url
