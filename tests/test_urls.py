from archive.urls import clean_url, site_of
from archive.ingest import identity_url


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
