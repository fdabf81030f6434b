"""Security: the sanitizer under generated hostile HTML, the SSRF guard, robots.txt (RFC 9309) and Crawl-delay."""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.extract.ingest import extract_page
from archive.crawl.netpolicy import refusal, resolve, trusted_origins
from archive.urls import clean_url
from fuzz_extract import (CONTENT_TYPES, FIXTURES, SCRIPT_URLS, VECTORS, check, fuzz_with_hypothesis, hostile_pages,
                          load_fixture, unsafe_html, unsafe_parts)
from helpers import FAST, query, run_cli
from hostile_site import Canary, HostileSite, article_page, ssrf_targets

# -- sanitization ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(page=hostile_pages(), content_type=st.sampled_from(CONTENT_TYPES))
def test_normalizer_never_raises_and_never_emits_active_content(page, content_type):
    """Generated hostile pages: the output holds no script, handler, style, frame, form or script URL."""
    article, _ = extract_page(page.encode("utf-8", "surrogatepass"), "https://fuzz.example/a/", content_type)
    assert unsafe_parts(article) == []


@pytest.mark.fast
@pytest.mark.parametrize("vector", VECTORS)
def test_each_known_vector_is_neutralized_in_an_article_body(vector):
    page = article_page(7, extra_body=f"<p>Before the payload {vector} after the payload, still prose.</p>")
    article, _ = extract_page(page.encode(), "https://fuzz.example/a/", "text/html; charset=utf-8")
    assert article.is_article and article.word_count > 100
    assert unsafe_parts(article) == []


@pytest.mark.fast
@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_script_urls_never_survive_in_links_related_or_images(url):
    page = article_page(8, related=[url, "/fine/"], extra_body=f'<p>See <a href="{url}">this</a> and '
                        f'<img src="{url}" alt="x"> for more, in a sentence long enough.</p>')
    article, _ = extract_page(page.encode(), "https://fuzz.example/a/", "text/html; charset=utf-8")
    assert unsafe_parts(article) == []
    assert [r.url for r in article.related] == ["https://fuzz.example/fine/"]


@pytest.mark.fast
def test_the_checker_itself_catches_active_content():
    """The property above is only as good as unsafe_html: it must see what browsers would run."""
    assert unsafe_html('<p onclick="x()">a</p>') and unsafe_html('<a href="jav&#x09;ascript:x()">a</a>')
    assert unsafe_html("<svg><script>x()</script></svg>") and unsafe_html('<p style="background:url(x)">a</p>')
    assert unsafe_html('<iframe src="https://a.org/"></iframe>') and unsafe_html("<form></form>")
    assert unsafe_html('<img src="data:image/png;base64,AAAA">')
    assert unsafe_html('<p>Fine <a href="https://a.org/" rel="nofollow">link</a> <img src="/x.png"></p>') == []


@pytest.mark.fast
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


@pytest.mark.fast
@pytest.mark.parametrize("address", ["169.254.169.254", "10.1.2.3", "192.168.0.1", "172.16.5.4", "100.64.0.1",
                                     "127.0.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1"])
def test_private_addresses_are_refused(address):
    reason = refusal("http://attacker.example/", [address], trusted_origins(["http://start.example/"]), False)
    assert reason.startswith("refused:") and address in reason
    assert refusal("http://attacker.example/", [address], set(), allow_private=True) == ""


@pytest.mark.fast
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
    with HostileSite(sections={"articles", "robots"}, articles=5, crawl_delay=delay) as site:
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


# robots.txt that misbehaves (RFC 9309 2.3.1). Retries 0.1 s, 0.2 s, 0.4 s... apart; a stall outlasts the timeout.
ROBOTS_FAST = (*FAST, "-s", "RETRY_BACKOFF_BASE=0.1", "-s", "DOWNLOAD_TIMEOUT=1")


def robots_crawl(site, tmp_path, *extra, start=""):
    db_path = tmp_path / "a.db"
    result = run_cli("crawl", start or site.base_url + "/", "--db", db_path, *ROBOTS_FAST, *extra, "-v", check=False)
    return db_path, result


def archived_paths(db_path, base_url) -> set[str]:
    return {r["url"].replace(base_url, "") for r in query(db_path, "select url from articles")}


def robots_rows(db_path) -> list[dict]:
    return query(db_path, "select status, page_type, outcome, error from fetches where url like '%/robots.txt'")


@pytest.mark.parametrize("failure", ["500", "503", "429", "stall"])
def test_a_robots_txt_that_fails_closes_the_site_until_it_answers(failure, tmp_path):
    """robots.txt fails three times, then answers. Before, Scrapy's three attempts failed and the
    error page was read as rules (none: everything allowed); /private/ was fetched and archived."""
    answers = [failure] * 3 + ["ok"]
    with HostileSite(sections={"articles", "robots"}, articles=3, stall=3.0, robots_answers=answers) as site:
        db_path, result = robots_crawl(site, tmp_path)
        log = site.request_log
    assert result.returncode == 0, result.stderr[-3000:]
    robots = [h for h in log if h.path == "/robots.txt"]
    pages = [h for h in log if h.path != "/robots.txt"]
    assert not [h.path for h in pages if h.path.startswith("/private")]
    assert len(robots) == 4  # read once for the rules and the Sitemap: lines alike
    assert pages and min(h.at for h in pages) > robots[-1].at  # nothing before robots.txt answered
    assert archived_paths(db_path, site.base_url) == set(site.article_urls())
    assert robots_rows(db_path) == [{"status": 200, "page_type": "robots", "outcome": "followed", "error": None}]
    said = [line for line in result.stderr.splitlines() if "robots.txt of" in line]
    assert len(said) == 2 and "did not answer" in said[0] and "until it does" in said[0], said
    assert "answered (attempt 4)" in said[1]


def test_a_robots_txt_that_never_answers_keeps_the_site_closed(tmp_path):
    with HostileSite(sections={"articles", "robots"}, articles=3, robots_answers=["503"]) as site:
        db_path, result = robots_crawl(site, tmp_path, "-s", "ARCHIVE_ROBOTS_ATTEMPTS=3")
        log = site.request_log
    assert [h.path for h in log] == ["/robots.txt"] * 3
    assert robots_rows(db_path) == [{"status": 503, "page_type": "robots", "outcome": "error",
                                     "error": "HTTP 503 (after 3 attempts)"}]
    blocked = query(db_path, "select url, error from fetches where outcome = 'blocked'")
    assert blocked == [{"url": site.base_url + "/",
                        "error": "Forbidden by robots.txt (robots.txt did not answer: HTTP 503, 3 attempts)"}]
    assert "Traceback" not in result.stderr
    said = [line for line in result.stderr.splitlines() if "robots.txt of" in line]
    assert len(said) == 2 and "did not answer in 3 attempts (HTTP 503)" in said[1], said
    # The crawl could fetch nothing: its one error says so, and the exit status (4: suspicious).
    assert result.returncode == 4 and "0 articles archived" in result.stdout and "1 error " in result.stdout


def test_a_robots_txt_redirected_to_another_host_rules_the_first(tmp_path):
    """www.example.org/robots.txt answering 301 to example.org/robots.txt, here localhost to 127.0.0.1
    (both loopback, hence --allow-private: the SSRF guard is the next test's). Before, the redirect
    left the crawl's domains, was refused, and no rules meant everything allowed."""
    with HostileSite(sections={"articles", "robots"}, articles=3, robots_answers=["redirect"]) as site:
        start = f"http://localhost:{site.port}"
        db_path, result = robots_crawl(site, tmp_path, "--allow-private", start=start + "/")
        log = site.request_log
    assert result.returncode == 0, result.stderr[-3000:]
    assert [(h.hostname, h.status) for h in log if h.path == "/robots.txt"] == [("localhost", 301), ("127.0.0.1", 200)]
    assert {h.hostname for h in log} == {"localhost", "127.0.0.1"}
    assert not [h.path for h in log if h.path.startswith("/private")]
    assert archived_paths(db_path, start) == set(site.article_urls())
    assert query(db_path, "select url, status, page_type from fetches where url like '%/robots.txt'") == [
        {"url": f"http://127.0.0.1:{site.port}/robots.txt", "status": 200, "page_type": "robots"}]


@pytest.mark.parametrize("hops", [5, 6])
def test_robots_txt_redirects_are_followed_five_times(hops, tmp_path):
    """Five redirects (the first to another host) reach the rules; a sixth is not followed, and
    robots.txt counts as not answering (RFC 9309 lets a crawler take it as missing, i.e. allow
    everything; this crawler keeps the site closed). Before, the first hop left the crawl's
    domains: refused, no rules, everything allowed."""
    with HostileSite(sections={"articles", "robots"}, articles=2, robots_answers=[f"redirect{hops}"]) as site:
        db_path, result = robots_crawl(site, tmp_path, "--allow-private", "-s", "ARCHIVE_ROBOTS_ATTEMPTS=2",
                                       start=f"http://localhost:{site.port}/")
        log = site.request_log
    assert not [h.path for h in log if h.path.startswith("/private")]
    hops_made = [h.path for h in log if h.path.startswith("/robots")]
    if hops == 5:
        assert hops_made == ["/robots.txt", "/robots-hop/4/", "/robots-hop/3/", "/robots-hop/2/", "/robots-hop/1/",
                             "/robots-hop/0/"]
        assert archived_paths(db_path, f"http://localhost:{site.port}") == set(site.article_urls())
    else:
        assert hops_made == ["/robots.txt", *(f"/robots-hop/{n}/" for n in range(5, 0, -1))] * 2  # two attempts
        assert "did not answer in 2 attempts (more than 5 redirects)" in result.stderr
        assert query(db_path, "select count(*) as n from articles")[0]["n"] == 0


def test_a_robots_txt_redirected_to_a_private_address_closes_the_site(tmp_path):
    """The same redirect without --allow-private: 127.0.0.1 is not the start URL's host, so the SSRF
    guard refuses it; robots.txt gave no answer, and nothing is fetched."""
    with HostileSite(sections={"articles", "robots"}, articles=3, robots_answers=["redirect"]) as site:
        db_path, result = robots_crawl(site, tmp_path, "-s", "ARCHIVE_ROBOTS_ATTEMPTS=2",
                                       start=f"http://localhost:{site.port}/")
        log = site.request_log
    assert [(h.hostname, h.path) for h in log] == [("localhost", "/robots.txt")] * 2
    refused = "refused: 127.0.0.1 resolves to non-public address 127.0.0.1"
    rows = query(db_path, "select url, outcome, error from fetches order by url")
    assert [(r["url"].replace(f"http://localhost:{site.port}", ""), r["outcome"]) for r in rows] == [
        ("/", "blocked"), ("/robots.txt", "blocked")]
    assert rows[0]["error"].startswith(f"Forbidden by robots.txt (robots.txt did not answer: {refused}")
    assert rows[1]["error"].startswith(refused)


def test_a_missing_robots_txt_allows_everything_and_is_read_once(tmp_path):
    """404: no rules (RFC 9309: any 4xx but 429). Before, robots.txt was fetched twice (by Scrapy's
    middleware, and by the spider for its Sitemap: lines) and recorded as page type 'other'."""
    with HostileSite(sections={"articles", "robots"}, articles=2, robots_answers=["404"]) as site:
        db_path, result = robots_crawl(site, tmp_path)
        log = site.request_log
    assert result.returncode == 0, result.stderr[-3000:]
    assert [h.path for h in log].count("/robots.txt") == 1
    assert {"/private/", "/private/secret/"} <= {h.path for h in log}
    assert robots_rows(db_path) == [{"status": 404, "page_type": "robots", "outcome": "followed", "error": None}]


def test_requests_waiting_for_robots_txt_all_get_its_rules(tmp_path):
    """Several requests to a site before its robots.txt came back (start URLs here; a worker's first
    requests in a distributed crawl). Scrapy 2.19's middleware handed the rules to the first waiter
    and None (no rules) to the others: /private/secret/ was fetched."""
    with HostileSite(sections={"articles", "robots"}, articles=2) as site:
        start = ",".join(site.base_url + path for path in ("/", "/private/", "/private/secret/", "/private/1/"))
        db_path, result = robots_crawl(site, tmp_path, start=start)
        log = site.request_log
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [h.path for h in log if h.path.startswith("/private")]
    blocked = query(db_path, "select url, error from fetches where outcome = 'blocked' order by url")
    assert [(r["url"].replace(site.base_url, ""), r["error"]) for r in blocked] == [
        (path, "Forbidden by robots.txt") for path in ("/private/", "/private/1/", "/private/secret/")]
