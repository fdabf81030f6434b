"""The generated benchmark site (archive.demo.generated): deterministic pages, validators and 304s, exact edits."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.robotparser import RobotFileParser

import pytest

from archive.demo.generated import PER_PAGE, GeneratedServer, GeneratedSite

from helpers import ROOT

ARTICLES = 30


def fetch(url: str, method: str = "GET", **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None,
                                     headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def server():
    with GeneratedServer(articles=ARTICLES, seed=7) as running:
        yield running


def test_same_seed_same_site_other_seed_other_site():
    one, two, other = GeneratedSite(ARTICLES, seed=7), GeneratedSite(ARTICLES, seed=7), GeneratedSite(ARTICLES, seed=8)
    assert [one.resolve(p).body for p in one.paths()] == [two.resolve(p).body for p in two.paths()]
    assert one.resolve(one.paths()[-1]).body != other.resolve(other.paths()[-1]).body


def test_pages_look_like_a_wordpress_health_blog():
    site = GeneratedSite(ARTICLES, seed=7)
    articles = [site.resolve(site.path(s)) for s in site.specs]
    assert all(page.status == 200 and page.kind == "article" for page in articles)
    assert 25_000 < sum(len(p.body) for p in articles) / len(articles) < 40_000
    html = articles[0].body.decode()
    body = html.split('<div class="entry-content">')[1].split('<div class="read-also">')[0]
    words = len(re.sub(r"<[^>]+>", " ", body).split())
    assert 800 <= words <= 1400
    related = re.findall(r'class="read-also-title"><a href="([^"]+)"', html)
    assert 3 <= len(related) <= 8
    assert all(site.resolve(url.removeprefix(site.base)).kind == "article" for url in related)
    assert '<section id="comments"' in html and '<aside id="secondary"' in html
    # Listings: 20 posts a page, rel=next to the following page; the last page has none.
    home = site.resolve("/").body.decode()
    assert home.count('rel="bookmark"') == PER_PAGE
    assert f'<link rel="next" href="{site.base}/page/2/">' in home
    assert 'rel="next"' not in site.resolve("/page/2/").body.decode()
    assert site.resolve("/page/3/").status == 404


def test_pages_answer_with_validators_and_304(server):
    base = server.base_url
    status, headers, body = fetch(base + "/")
    assert status == 200 and headers["ETag"] and headers["Last-Modified"] and body
    assert fetch(base + "/", If_None_Match=headers["ETag"])[0] == 304
    assert fetch(base + "/", If_Modified_Since=headers["Last-Modified"])[0] == 304
    assert fetch(base + "/", If_None_Match='"stale"', If_Modified_Since=headers["Last-Modified"])[0] == 200
    status, _, body = fetch(base + "/", If_None_Match=headers["ETag"])
    assert body == b""
    # Control endpoints stay out of a polite crawl.
    robots = RobotFileParser()
    robots.parse(fetch(base + "/robots.txt")[2].decode().splitlines())
    assert not robots.can_fetch("health-archive", base + "/__control/stats")
    sitemap = fetch(base + "/sitemap.xml")[2].decode()
    assert sitemap.count("<lastmod>") == ARTICLES + 1
    stats = json.loads(fetch(base + "/__control/stats")[2])
    assert stats["requests"] == 7 and stats["status"] == {"200": 4, "304": 3}


def test_change_edits_exactly_the_chosen_articles(server):
    site, base = server.site, server.base_url
    before = {path: fetch(base + path) for path in site.paths()}
    status, _, body = fetch(base + "/__control/change?fraction=0.1&seed=3", method="POST")
    changed = json.loads(body)["changed"]
    assert status == 200 and len(changed) == 3
    assert sorted(changed) == sorted(base + f"/{slug}/" for slug in site.choose(0.1, 3))
    after = {path: fetch(base + path) for path in site.paths()}
    differ = {path for path in before if before[path][2] != after[path][2]}
    assert differ == {url.removeprefix(base) for url in changed} | {"/sitemap.xml"}
    for path, (_, headers, _) in before.items():
        expected = 200 if path in differ else 304
        assert fetch(base + path, If_None_Match=headers["ETag"])[0] == expected, path
        assert fetch(base + path, If_Modified_Since=headers["Last-Modified"])[0] == expected, path
    # The edit is in the body text; the title and the intro (teasers elsewhere) stay.
    page = after[changed[0].removeprefix(base)][2].decode()
    old = before[changed[0].removeprefix(base)][2].decode()
    assert "(Updated " in page and "(Updated " not in old
    assert old.split("<p>")[1] == page.split("<p>")[1]


def test_serves_from_the_command_line():
    proc = subprocess.Popen([sys.executable, "-m", "archive.demo.generated", "--articles", "5", "--port", "0",
                             "--change-fraction", "0.2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:")
        assert fetch(line.split()[1] + "/robots.txt")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
