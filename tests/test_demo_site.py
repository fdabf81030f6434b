"""The bundled demo site, exercised over real HTTP on loopback: what the crawler's end-to-end tests rely on."""
from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

from archive.demo import (ARTICLE_PATHS, ARTICLE_SLUGS, AWKWARD_PAGES, EXPECTED_ARTICLE_COUNT,
                          EXPECTED_ARTICLE_COUNT_V2, LEGACY_PATH, MISSING_SLUG, NAMED_ARTICLE, V2_ADDED_SLUGS,
                          V2_CHANGED_SLUGS, V2_GONE_SLUGS, V2_MISSING_SLUGS, build_site, start_demo_server)
from archive.demo import quirks
from archive.demo.content import load_content
from archive.demo.markup import plain_text

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, method: str = "GET", follow: bool = True, **headers) -> tuple[int, dict, bytes]:
    """(status, headers, body) without raising on 3xx/4xx."""
    request = urllib.request.Request(url, method=method, headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with (urllib.request.urlopen if follow else _OPENER.open)(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def doc(body: bytes):
    return lxml.html.fromstring(body)


@pytest.fixture
def server_v2():
    with start_demo_server(version=2) as running:
        yield running


def test_home_lists_latest_articles_and_paginates(demo_site):
    status, headers, body = fetch(demo_site.base_url + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=UTF-8"
    page = doc(body)
    assert page.get("lang") == "en"
    cards = page.xpath("//article[contains(@class,'post-card')]//h2/a/@href")
    assert cards == [demo_site.base_url + ARTICLE_PATHS[slug] for slug in ARTICLE_SLUGS[:5]]
    assert page.xpath("//head/link[@rel='next']/@href") == [demo_site.base_url + "/page/2/"]
    assert page.xpath("//a[.='Older posts']/@href") == [demo_site.base_url + "/page/2/"]
    assert page.xpath("//link[@rel='alternate'][@type='application/rss+xml']/@href") == [demo_site.base_url + "/feed/"]
    for landmark in ("//header[@id='masthead']//nav", "//aside[@id='secondary']", "//footer[@id='colophon']",
                     "//div[@id='cookie-notice']"):
        assert page.xpath(landmark), landmark


def test_last_home_page_links_back_and_not_forward(demo_site):
    status, _, body = fetch(demo_site.base_url + "/page/6/")
    assert status == 200
    page = doc(body)
    assert len(page.xpath("//article[contains(@class,'post-card')]")) == EXPECTED_ARTICLE_COUNT - 25
    assert not page.xpath("//link[@rel='next']")
    assert page.xpath("//a[.='Newer posts']/@href") == [demo_site.base_url + "/page/5/"]


def test_named_article_has_metadata_and_read_also_block(demo_site):
    slug = NAMED_ARTICLE["slug"]
    status, _, body = fetch(demo_site.base_url + f"/{slug}/")
    assert status == 200
    page = doc(body)
    assert page.findtext(".//title") == f"{NAMED_ARTICLE['title']} | Meadowbrook Health Journal"
    assert NAMED_ARTICLE["title"] == "Why a Consistent Sleep Schedule Matters More Than You Think"
    assert page.xpath("//link[@rel='canonical']/@href") == [demo_site.base_url + f"/{slug}/"]
    assert page.xpath("//meta[@property='article:published_time']/@content") == ["2024-09-12T07:30:00+00:00"]
    assert page.xpath("//meta[@property='og:type']/@content") == ["article"]
    assert '"@type": "Article"' in page.xpath("//script[@type='application/ld+json']/text()")[0]
    assert page.xpath("string(//span[@class='byline'])").strip() == "By Dr. Maya Okafor, MD"
    assert (NAMED_ARTICLE["authors"], NAMED_ARTICLE["published"]) == (["Dr. Maya Okafor, MD"], "2024-09-12")
    assert "Medically reviewed by Dr. Priya Natarajan, PsyD on October 1, 2024" in plain_text(body.decode())
    content = page.xpath("//div[@class='entry-content']")[0]
    assert content.xpath("string(.//p[@class='helpful-cta'])") == (
        "Did you find this helpful? Check out our other helpful articles on our website.")
    items = content.xpath(".//div[@class='read-also']/ul/li")
    assert [li.xpath("string(h3/a/@href)") for li in items] == [
        demo_site.base_url + f"/{target}/" for target in NAMED_ARTICLE["related_slugs"]]
    assert NAMED_ARTICLE["related_slugs"] == ["insomnia-cbt-i-explained", "napping-guide-for-adults",
                                              "managing-everyday-anxiety", "digital-burnout-screen-time",
                                              "walking-steps-per-day"]
    for li in items:
        title = li.xpath("string(h3/a)")
        assert li.xpath("string(p)").endswith("…")
        assert li.xpath("string(a[@class='read-also-more'])") == f"Read more: {title}"
    assert content.xpath("string(.//div[@class='read-also']/h2)") == "Read Also"


def test_every_article_has_a_sane_shape():
    site = build_site(1)
    sponsored = 0
    for slug, path in ARTICLE_PATHS.items():
        page = doc(site.resolve(path).body)
        body = page.xpath("//div[contains(@class,'entry-content') or contains(@class,'post-body')"
                          " or contains(@class,'article-body')]")[0]
        read_also = body.xpath(".//div[@class='read-also']//li")
        if slug == quirks.NO_READ_ALSO_SLUG:
            assert read_also == [] and "Did you find this helpful?" not in body.text_content()
        else:
            assert 3 <= len(read_also) <= 8, slug
        text = plain_text(load_content().articles[slug].rendered.html)
        assert 500 <= len(text.split()) <= 1200, slug
        assert len(body.xpath(".//h2")) >= 3 and body.xpath(".//figure/img[@alt]/following-sibling::figcaption"), slug
        sponsored += len(page.xpath("//a[contains(concat(' ', @rel, ' '), ' sponsored ')]"))
    assert sponsored == 1


def test_awkward_pages_are_awkward():
    site = build_site(1)
    html = {name: site.resolve(path).body.decode() for name, path in AWKWARD_PAGES.items() if path.startswith("/")}
    assert "application/ld+json" not in html["no_metadata"] and 'property="og:' not in html["no_metadata"]
    legacy = html["date_in_text_only"]
    assert "Posted on March 3, 2024" in legacy and "<time" not in legacy and "ld+json" not in legacy
    assert 'rel="canonical"' not in legacy and '<div class="post-body">' in legacy
    assert '<div class="article-body">' in html["article_body_markup"]
    hostile = html["hostile_markup"]
    assert "<script>alert(1)</script>" in hostile and 'onerror="alert(2)"' in hostile and 'href="javascript:' in hostile
    assert 'rel="sponsored noopener"' in html["sponsored_link"]
    assert f'href="{quirks.CANONICAL_VARIANT_PATH}"' in site.resolve("/walking-steps-per-day/").body.decode()
    for slug, href in quirks.TRACKED_LINKS.items():
        assert f'href="{href.replace("&", "&amp;")}"' in site.resolve(f"/{slug}/").body.decode()
    assert site.resolve(quirks.SLASHLESS_LINK).status == 301
    assert site.resolve(quirks.DEAD_READ_ALSO_PATH).status == 404 and MISSING_SLUG in quirks.DEAD_READ_ALSO_PATH
    assert build_site(2).resolve(quirks.DEAD_READ_ALSO_PATH).status == 404
    assert f'href="{quirks.OFFSITE_READ_ALSO_URL}"' in site.resolve("/fall-prevention-at-home/").body.decode()


def test_url_variants_serve_same_bytes_with_canonical(demo_site):
    clean = demo_site.base_url + "/sunscreen-guide/"
    status, _, amp = fetch(demo_site.base_url + quirks.CANONICAL_VARIANT_PATH)
    assert status == 200 and doc(amp).xpath("//link[@rel='canonical']/@href") == [clean]
    _, _, tracked = fetch(clean + "?utm_source=newsletter&utm_medium=email")
    assert tracked == amp
    assert fetch(demo_site.base_url + LEGACY_PATH + "&utm_source=x")[0] == 200
    assert fetch(demo_site.base_url + "/article.php?id=8")[0] == 404
    assert fetch(demo_site.base_url + "/article.php")[0] == 404


def test_robots_txt(demo_site):
    status, headers, body = fetch(demo_site.base_url + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert body.decode() == ("User-agent: *\nDisallow: /wp-admin/\nDisallow: /private/\n\n"
                             f"Sitemap: {demo_site.base_url}/sitemap_index.xml\n")


def test_sitemaps_parse_and_list_every_article(demo_site):
    status, _, body = fetch(demo_site.base_url + "/sitemap_index.xml")
    assert status == 200
    children = [loc.text for loc in ET.fromstring(body).findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert children == [demo_site.base_url + p
                        for p in ("/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml")]
    posts = ET.fromstring(fetch(children[0])[2]).findall("sm:url", SITEMAP_NS)
    assert {u.findtext("sm:loc", namespaces=SITEMAP_NS) for u in posts} == {
        demo_site.base_url + path for path in ARTICLE_PATHS.values()}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT.*", u.findtext("sm:lastmod", namespaces=SITEMAP_NS)) for u in posts)
    for child in children[1:]:
        for loc in ET.fromstring(fetch(child)[2]).findall("sm:url/sm:loc", SITEMAP_NS):
            assert fetch(loc.text)[0] == 200, loc.text


def test_feed_is_rss_of_latest_ten(demo_site):
    status, headers, body = fetch(demo_site.base_url + "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(body)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    links = [item.findtext("link") for item in rss.findall("channel/item")]
    assert links == [demo_site.base_url + ARTICLE_PATHS[slug] for slug in ARTICLE_SLUGS[:10]]
    assert all(item.findtext("pubDate") for item in rss.findall("channel/item"))


def test_conditional_requests_and_head(demo_site):
    url = demo_site.base_url + f"/{NAMED_ARTICLE['slug']}/"
    status, headers, body = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert last_modified == "Wed, 02 Oct 2024 15:10:00 GMT"   # the article's modified date
    assert fetch(url)[1]["ETag"] == etag
    status, headers, body = fetch(url, If_None_Match=etag)
    assert (status, body) == (304, b"") and headers["ETag"] == etag
    assert fetch(url, If_Modified_Since=last_modified)[0] == 304
    assert fetch(url, If_Modified_Since="Tue, 01 Oct 2024 00:00:00 GMT")[0] == 200
    assert fetch(url, If_None_Match='"stale"', If_Modified_Since=last_modified)[0] == 200   # ETag wins
    status, headers, body = fetch(url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 10_000


def test_unknown_path_gets_themed_404_and_slashless_redirects(demo_site):
    status, headers, body = fetch(demo_site.base_url + "/no-such-article/")
    assert status == 404 and headers["Content-Type"] == "text/html; charset=UTF-8"
    page = doc(body)
    assert page.xpath("//h1[@class='page-title']/text()") == ["Oops! That page can’t be found"]
    assert page.xpath("//aside[@id='secondary']") and page.xpath("//footer[@id='colophon']")
    status, headers, _ = fetch(demo_site.base_url + "/loneliness-and-health", follow=False)
    assert status == 301 and headers["Location"] == demo_site.base_url + "/loneliness-and-health/"


def test_links_follow_the_request_host(demo_site):
    _, _, body = fetch(demo_site.base_url + "/", Host=f"localhost:{demo_site.port}")
    assert f'href="http://localhost:{demo_site.port}/page/2/"' in body.decode()
    assert demo_site.base_url not in body.decode()


def test_request_log_records_every_request(demo_site):
    fetch(demo_site.base_url + "/about/?from=test", X_Probe="yes")
    method, path, status, headers = demo_site.request_log[-1]
    assert (method, path, status, headers["X-Probe"]) == ("GET", "/about/?from=test", 200, "yes")


def test_every_asset_and_internal_link_resolves():
    """No 404 noise: everything the pages point at exists, except the one deliberately dead Read Also item."""
    site = build_site(1)
    for path, page in list(site.pages.items()):
        if not page.content_type.startswith("text/html"):
            continue
        tree = doc(page.body)
        for ref in tree.xpath("//a/@href | //img/@src | //link[@rel!='canonical']/@href"):
            url = urljoin(site.base_url + path, ref)
            if url.startswith(site.base_url) and urlsplit(url).path != quirks.DEAD_READ_ALSO_PATH:
                assert site.resolve(url[len(site.base_url):]).status in (200, 301), (path, ref)


def _crawl(base_url: str) -> set[str]:
    """A minimal polite crawler: obey robots.txt, follow <a href> on the host, key articles by canonical."""
    robots = RobotFileParser(base_url + "/robots.txt")
    robots.read()
    queue, seen, articles = deque([base_url + "/"]), {base_url + "/"}, set()
    while queue:
        url = queue.popleft()
        status, headers, body = fetch(url)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        page = doc(body)
        if "single-post" in page.xpath("string(//body/@class)"):
            canonical = page.xpath("//link[@rel='canonical']/@href")
            articles.add(canonical[0] if canonical else _untracked(url))
        for href in page.xpath("//a/@href"):
            link = urljoin(url, href).split("#")[0]
            if link.startswith(base_url) and link not in seen and robots.can_fetch("*", link):
                seen.add(link)
                queue.append(link)
    return articles


def _untracked(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode([kv for kv in parse_qsl(parts.query) if not kv[0].startswith("utm_")])))


def test_polite_crawl_finds_expected_articles_and_never_enters_disallowed_paths():
    with start_demo_server() as server:
        articles = _crawl(server.base_url)
        assert len(articles) == EXPECTED_ARTICLE_COUNT == len(ARTICLE_SLUGS)
        assert articles == {server.base_url + path for path in ARTICLE_PATHS.values()}
        requested = [path for _, path, _, _ in server.request_log]
        assert "/robots.txt" in requested
        assert not [p for p in requested if p.startswith(quirks.DISALLOWED_PATHS)]
        # The forbidden pages exist and are linked, so the assertion above is about the crawler's manners.
        assert [fetch(server.base_url + p)[0] for p in quirks.AWKWARD_PAGES.values()
                if p.startswith(quirks.DISALLOWED_PATHS)] == [200, 200]


def test_version_2_changes_only_what_it_announces(server_v2):
    v1 = build_site(1, server_v2.base_url)
    base = server_v2.base_url
    for slug in V2_CHANGED_SLUGS:
        status, headers, body = fetch(f"{base}/{slug}/")
        old = v1.resolve(f"/{slug}/")
        assert status == 200 and body != old.body and headers["ETag"] != old.etag
        assert " 2025 " in headers["Last-Modified"]
        assert "Update:" in doc(body).xpath("string(//div[@class='entry-content'])")
    assert [fetch(f"{base}/{slug}/")[0] for slug in V2_GONE_SLUGS] == [410]
    assert [fetch(f"{base}/{slug}/")[0] for slug in V2_MISSING_SLUGS] == [404]
    home = fetch(base + "/")[2].decode()
    feed = fetch(base + "/feed/")[2].decode()
    posts = fetch(base + "/post-sitemap.xml")[2].decode()
    for slug in V2_ADDED_SLUGS:
        assert fetch(f"{base}/{slug}/")[0] == 200
        assert all(f"{base}/{slug}/" in text for text in (home, feed, posts)), slug
    for slug in V2_GONE_SLUGS + V2_MISSING_SLUGS:
        assert f"{base}/{slug}/" not in posts
    untouched = [p for s, p in ARTICLE_PATHS.items() if s not in V2_CHANGED_SLUGS + V2_GONE_SLUGS + V2_MISSING_SLUGS]
    for path in untouched + ["/about/", "/privacy-policy/", "/robots.txt"]:
        status, headers, body = fetch(base + path, If_None_Match=v1.resolve(path).etag)
        assert status == 304, path   # byte-identical to version 1
    assert len(ET.fromstring(posts.encode()).findall("sm:url", SITEMAP_NS)) == EXPECTED_ARTICLE_COUNT_V2


def test_set_version_switches_live(server_v2):
    url = f"{server_v2.base_url}/{V2_GONE_SLUGS[0]}/"
    assert fetch(url)[0] == 410
    server_v2.set_version(1)
    assert fetch(url)[0] == 200
    with pytest.raises(ValueError):
        server_v2.set_version(3)


def test_cli_prints_serving_line_and_logs_requests():
    process = subprocess.Popen([sys.executable, "-m", "archive.demo.server", "--port", "0", "--version", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.fullmatch(r"serving (http://127\.0\.0\.1:(\d+))\n", line)
        assert match, line
        assert fetch(f"{match.group(1)}/{V2_ADDED_SLUGS[0]}/")[0] == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert f'"GET /{V2_ADDED_SLUGS[0]}/ HTTP/1.1" 200' in stderr and "Warning" not in stderr
