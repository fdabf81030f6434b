"""Security: the sanitizer under generated hostile HTML, the SSRF guard, robots.txt and Crawl-delay."""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest import extract_page
from archive.netpolicy import refusal, resolve, trusted_origins
from archive.urls import clean_url
from fuzz_extract import (CONTENT_TYPES, FIXTURES, SCRIPT_URLS, VECTORS, check, fuzz_with_hypothesis, hostile_pages,
                          load_fixture, unsafe_html, unsafe_parts)
from helpers import query, run_cli
from hostile_site import Canary, HostileSite, article_page, ssrf_targets

FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "PROGRESS_INTERVAL=0")


# -- sanitization ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(page=hostile_pages(), content_type=st.sampled_from(CONTENT_TYPES))
def test_normalizer_never_raises_and_never_emits_active_content(page, content_type):
    """Generated hostile pages: the output holds no script, handler, style, frame, form or script URL."""
    article, _ = extract_page(page.encode("utf-8", "surrogatepass"), "https://fuzz.example/a/", content_type)
    assert unsafe_parts(article) == []


@pytest.mark.parametrize("vector", VECTORS)
def test_each_known_vector_is_neutralized_in_an_article_body(vector):
    page = article_page(7, extra_body=f"<p>Before the payload {vector} after the payload, still prose.</p>")
    article, _ = extract_page(page.encode(), "https://fuzz.example/a/", "text/html; charset=utf-8")
    assert article.is_article and article.word_count > 100
    assert unsafe_parts(article) == []


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_script_urls_never_survive_in_links_related_or_images(url):
    page = article_page(8, related=[url, "/fine/"], extra_body=f'<p>See <a href="{url}">this</a> and '
                        f'<img src="{url}" alt="x"> for more, in a sentence long enough.</p>')
    article, _ = extract_page(page.encode(), "https://fuzz.example/a/", "text/html; charset=utf-8")
    assert unsafe_parts(article) == []
    assert [r.url for r in article.related] == ["https://fuzz.example/fine/"]


def test_the_checker_itself_catches_active_content():
    """The property above is only as good as unsafe_html: it must see what browsers would run."""
    assert unsafe_html('<p onclick="x()">a</p>') and unsafe_html('<a href="jav&#x09;ascript:x()">a</a>')
    assert unsafe_html("<svg><script>x()</script></svg>") and unsafe_html('<p style="background:url(x)">a</p>')
    assert unsafe_html('<iframe src="https://a.org/"></iframe>') and unsafe_html("<form></form>")
    assert unsafe_html('<img src="data:image/png;base64,AAAA">')
    assert unsafe_html('<p>Fine <a href="https://a.org/" rel="nofollow">link</a> <img src="/x.png"></p>') == []


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*")), ids=lambda p: p.name)
def test_fuzz_regressions_stay_fixed(path):
    check(*load_fixture(path))


def test_fuzz_target_for_a_few_seconds():
    """The fuzz target (tests/fuzz_extract.py) as `make fuzz` runs it, bounded to seconds here."""
    assert fuzz_with_hypothesis(seconds=4) > 50


# -- SSRF --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ssrf_site():
    with Canary() as canary, HostileSite(sections={"articles", "ssrf"}, articles=2, canary=canary.base_url) as site:
        yield site, canary


ALLOW = ("--allow-domain", "127.0.0.2", "--allow-domain", "localhost", "--allow-domain", "::1",
         "--allow-domain", "2130706433", "-s", "RETRY_TIMES=0")  # in scope: only the SSRF guard stands in the way


def test_links_redirects_sitemaps_and_read_also_never_reach_private_addresses(ssrf_site, tmp_path):
    site, canary = ssrf_site
    db_path = tmp_path / "a.db"
    run_cli("crawl", site.base_url + "/", "--db", db_path, *ALLOW, *FAST)
    assert canary.hits == []
    blocked = {r["url"]: r["error"] for r in query(db_path, "select url, error from fetches where outcome = 'blocked'")}
    expected = [u for u in ssrf_targets(site) if "169.254" not in u] + [
        f"{canary.base_url}/from-redirect/", f"{canary.base_url}/from-sitemap/", f"{canary.base_url}/from-read-also/"]
    for url in expected:
        assert blocked.get(clean_url(url), "").startswith("refused:"), (url, blocked)
    # The start URL's own host and port are trusted as typed: the crawl itself went on.
    assert query(db_path, "select count(*) as n from articles")[0]["n"] >= 3


def test_allow_private_lets_them_through(ssrf_site, tmp_path):
    site, canary = ssrf_site
    run_cli("crawl", site.base_url + "/", "--db", tmp_path / "a.db", *ALLOW, "--allow-private", *FAST)
    paths = {path for _, path in canary.hits}
    assert {"/from-link/", "/from-localhost/", "/from-redirect/", "/from-sitemap/", "/from-read-also/"} <= paths
    canary.hits.clear()


def test_a_crawl_started_on_a_private_host_may_fetch_that_host(ssrf_site, tmp_path):
    _, canary = ssrf_site
    db_path = tmp_path / "a.db"
    run_cli("crawl", canary.base_url + "/intranet/", "--db", db_path, *FAST)
    assert ("127.0.0.2", "/intranet/") in canary.hits
    assert query(db_path, "select status from fetches where url like '%/intranet/'")[0]["status"] == 200
    canary.hits.clear()


@pytest.mark.parametrize("address", ["169.254.169.254", "10.1.2.3", "192.168.0.1", "172.16.5.4", "100.64.0.1",
                                     "127.0.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1"])
def test_private_addresses_are_refused(address):
    reason = refusal("http://attacker.example/", [address], trusted_origins(["http://start.example/"]), False)
    assert reason.startswith("refused:") and address in reason
    assert refusal("http://attacker.example/", [address], set(), allow_private=True) == ""


def test_metadata_hosts_and_numeric_spellings_of_loopback_are_refused():
    trusted = trusted_origins(["http://start.example/"])
    assert "metadata" in refusal("http://metadata.google.internal/computeMetadata/v1/", [], trusted, False)
    for spelling in ("2130706433", "0x7f000001", "127.1", "017700000001"):
        assert "127.0.0.1" in resolve(spelling)
        assert refusal(f"http://{spelling}/", resolve(spelling), trusted, False).startswith("refused:")
    assert refusal("http://example.org/", ["93.184.216.34"], trusted, False) == ""
    assert refusal("http://start.example/x", ["10.0.0.1"], trusted, False) == ""  # the start host, as typed


# -- robots.txt ----------------------------------------------------------------------------------------


def test_robots_txt_disallow_and_crawl_delay_are_obeyed(tmp_path):
    delay = 0.6
    with HostileSite(sections={"articles", "robots"}, articles=4, crawl_delay=delay) as site:
        db_path = tmp_path / "a.db"
        run_cli("crawl", site.base_url + "/", "--db", db_path, *FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
        log = site.request_log
    assert not [h for h in log if h.path.startswith("/private")]
    blocked = query(db_path, "select url, error from fetches where outcome = 'blocked'")
    assert sorted(r["url"].replace(site.base_url, "") for r in blocked) == ["/private/", "/private/secret/"]
    assert all(r["error"] == "Forbidden by robots.txt" for r in blocked)
    # Every request after robots.txt was read starts at least Crawl-delay after the one before.
    assert log[0].path == "/robots.txt"
    starts = [h.at for h in log[1:]]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    # The server stamps a request when its thread gets to it: on a busy machine a stamp can come late,
    # shrinking the next gap a little. Without the delay gaps are ~0; Scrapy's randomized delay would
    # go down to half of it.
    assert len(gaps) >= 5 and min(gaps) >= delay - 0.15, gaps
