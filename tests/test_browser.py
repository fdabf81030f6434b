"""The archive as a person sees it: Chromium (via Playwright) against a real `datasette serve`.

Skipped with a reason when no Chromium is installed, unless HEALTH_ARCHIVE_REQUIRE_BROWSER=1
(as in CI), which turns the skip into a failure. Screenshots land in tests/artifacts/.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.extract.ingest import extract_page
from archive.crawl.requisites import Requisite
from archive.db.store import Archive, FetchedPage
from archive.db.views import create_views
from tests.helpers import ROOT, free_port, wait_for_http

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REQUIRE_BROWSER = "HEALTH_ARCHIVE_REQUIRE_BROWSER"
ARTIFACTS = ROOT / "tests" / "artifacts"
SITE = "https://health-one.example"

#: An image the fake network serves for every .jpg/.png/.svg under SITE: wide, to show it scales.
PHOTO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">'
    '<rect width="1600" height="900" fill="#9cc9a8"/><circle cx="1200" cy="260" r="140" fill="#f5d76e"/>'
    '<path d="M0 900 L500 420 L900 760 L1200 520 L1600 900 Z" fill="#4f7d62"/></svg>'
)
#: Plain-http addresses an archived page names as images: a reader's browser must not request them
#: (the kind of address of routers, printers and intranet services).
INTRANET_IMAGES = ["http://10.1.2.3/beacon.png", "http://printer.local/status.png"]
HOSTILE = """
<script>alert(1)</script>
<p>Soap breaks up grease and germs. <img src=x onerror=alert(1)> Rinse well.</p>
<p><a href="javascript:alert(1)">Tap for a hand-washing poster</a>, or ask your pharmacist.</p>
"""


def chromium_path() -> str:
    """The system Chromium, or skip (fail when HEALTH_ARCHIVE_REQUIRE_BROWSER=1)."""
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    reason = None
    if not path:
        reason = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed: pip install -e '.[test]'"
    if reason:
        if os.environ.get(REQUIRE_BROWSER) == "1":
            pytest.fail(f"{reason} ({REQUIRE_BROWSER}=1 requires the browser tests)")
        pytest.skip(reason)
    return path


# -- the archive -------------------------------------------------------------------------------


def words(topic: str, n: int) -> str:
    """Plausible filler: enough words for the extractor to take the page as an article."""
    sentences = [
        f"Research on {topic} keeps changing what doctors recommend.",
        f"Most people can improve their {topic} with small daily habits.",
        "Talk to your doctor before making big changes, especially if you take medicines.",
        "Small, consistent steps tend to last longer than dramatic ones.",
    ]
    return " ".join(sentences[i % len(sentences)] for i in range(n))


def page_html(slug, title, *, author, published, body, related=(), image=None, caption="", tags=()) -> str:
    """A WordPress-like article page: the extraction finds body, byline, date and Read Also."""
    related_html = "".join(f'<li><a href="{SITE}/{s}/">{t}</a></li>' for s, t in related)
    figure = f'<figure><img src="{SITE}/images/{image}" alt="{title}"><figcaption>{caption}</figcaption></figure>' if image else ""
    tag_meta = "".join(f'<meta property="article:tag" content="{t}">' for t in tags)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Health One</title><link rel="canonical" href="{SITE}/{slug}/">
<meta name="description" content="What the evidence says about {title.lower()}.">
<meta property="article:published_time" content="{published}"><meta name="author" content="{author}">{tag_meta}
</head><body><header><nav><a href="/">Home</a> <a href="/about/">About</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By {author}</p>
<div class="entry-content">{figure}{body}</div>
<section class="read-also"><h3>Read Also</h3><ul>{related_html}</ul></section>
</article></main><footer>© Health One</footer></body></html>"""


ARTICLES = {
    "hand-washing": dict(
        title="Hand washing facts", author="Dr Ada Clean", published="2024-04-02T08:00:00Z", tags=["hygiene"],
        body=f"<p>Twenty seconds of washing removes most germs. {words('hygiene', 12)}</p>{HOSTILE}"
             f"<h2>When to wash</h2><p>{words('hygiene', 10)}</p>",
        related=[("sleep-hygiene", "Sleep hygiene basics")],
    ),
    "sleep-hygiene": dict(
        title="Sleep hygiene basics", author="Dr Jane Roe", published="2024-02-03T07:30:00Z", tags=["sleep"],
        image="bedroom.svg", caption="A dim, quiet bedroom helps you fall asleep.",
        body=f"<p>Keep a regular sleep schedule, even at weekends. {words('sleep', 8)}</p>"
             f"<h2>Light and screens</h2><p>Dim the lights an hour before bed. {words('sleep', 10)}</p>"
             f"<blockquote>Consistency matters more than the exact hour.</blockquote><p>{words('sleep', 6)}</p>",
        related=[("hydration-myths", "Hydration myths"), ("hand-washing", "Hand washing facts"),
                 ("never-archived", "A page the crawl never reached")],
    ),
    "vitamin-d": dict(
        title="Vitamin D in winter", author="John Doe", published="2023-12-01T09:00:00Z", tags=["vitamins"],
        body=f"<p>Sunlight is scarce in winter months. {words('vitamin D', 14)}</p>",
        related=[("sleep-hygiene", "Sleep hygiene basics")],
    ),
    "safe-sleep": dict(
        title="Safe sleep for babies", author="Dr Ada Clean", published="2024-05-02T08:00:00Z", tags=["sleep"],
        body=f"<p>Put babies to sleep on their backs. {words('sleep', 12)}</p>"
             f"<p><img src='{INTRANET_IMAGES[0]}' alt='chart'> {words('sleep', 6)}</p>"
             f"<figure><img src='{INTRANET_IMAGES[1]}' alt='router'></figure><p>{words('sleep', 8)}</p>",
    ),
}
HYDRATION_V1 = dict(
    title="Hydration myths", author="Dr Jane Roe", published="2024-02-20T10:00:00Z", tags=["hydration"],
    body=f"<p>Drink eight glasses of water a day, they say. {words('hydration', 8)}</p>"
         f"<p>Thirst is a good guide for most adults. {words('hydration', 8)}</p>",
    related=[("sleep-hygiene", "Sleep hygiene basics")],
)
HYDRATION_V2 = dict(
    HYDRATION_V1, title="Hydration myths, revisited",
    body=f"<p>Drink when you are thirsty; coffee and tea count too. {words('hydration', 8)}</p>"
         f"<p>Thirst is a good guide for most adults. {words('hydration', 8)}</p>",
)


def save(arc: Archive, crawl: int, slug: str, spec: dict, when: str) -> int:
    """Save one page the way the crawler does: raw bytes through the real extraction."""
    url = f"{SITE}/{slug}/"
    body = page_html(slug, **spec).encode()
    article, _ = extract_page(body, url, "text/html; charset=utf-8")
    assert article.is_article, (slug, article.problems)
    return arc.save_article(crawl, FetchedPage(url=url, status=200, body=body, fetched_at=when), article)[1]


def build_browser_archive(path: Path) -> dict:
    arc = Archive(str(path))
    crawl = arc.start_crawl([SITE + "/"])
    ids = {"hydration-myths": save(arc, crawl, "hydration-myths", HYDRATION_V1, "2024-03-01T10:00:00+00:00")}
    for n, (slug, spec) in enumerate(ARTICLES.items()):
        ids[slug] = save(arc, crawl, slug, spec, f"2024-03-01T10:0{n + 1}:00+00:00")
    save(arc, crawl, "hydration-myths", HYDRATION_V2, "2024-03-08T09:00:00+00:00")
    # the crawl's copy of sleep-hygiene's image (archive.crawl.requisites): the reading page shows it
    image = f"{SITE}/images/bedroom.svg"
    arc.save_visit(crawl, FetchedPage(url=image, status=200, body=PHOTO_SVG.encode(), content_type="image/svg+xml",
                                      fetched_at="2024-03-01T10:02:01+00:00"),
                   kind="requisite", key=image, requisite=Requisite(image, f"{SITE}/sleep-hygiene/").to_dict())
    arc.finish_crawl(crawl, "finished")
    create_views(arc.db)
    arc.close()
    return ids


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `python -m datasette serve` over the browser archive; yields (base_url, ids)."""
    chromium_path()
    tmp = tmp_path_factory.mktemp("browser")
    ids = build_browser_archive(tmp / "archive.db")
    port = free_port()
    log = (tmp / "datasette.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(tmp / "archive.db"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/-/versions.json")
        yield base, ids
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


class Watcher:
    """Everything a page must not do: log console errors, throw, or open a dialog (XSS)."""

    def __init__(self):
        self.problems: list[str] = []

    def attach(self, page) -> None:
        page.on("console", lambda msg: msg.type == "error" and self.problems.append(
            f"console error on {page.url}: {msg.text} ({msg.location.get('url')})"))
        page.on("pageerror", lambda exc: self.problems.append(f"page error on {page.url}: {exc}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog ({dialog.type}) opened: {dialog.message!r}")
        dialog.dismiss()


def fake_network(route) -> None:
    """Local server as is; article images from SITE get a picture; `x` (the XSS image) is no image;
    anything else is refused without a network error, so no request leaves the machine."""
    url = urlsplit(route.request.url)
    if url.hostname == "127.0.0.1":
        route.continue_()
    elif url.path.startswith("/images/"):
        route.fulfill(status=200, content_type="image/svg+xml", body=PHOTO_SVG)
    elif route.request.resource_type == "image":
        route.fulfill(status=200, content_type="image/png", body=b"not an image")  # fires onerror, if any
    else:
        route.fulfill(status=204, body=b"")


@pytest.fixture(scope="module")
def browser_context(server, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=chromium_path(),
            args=CHROMIUM_ARGS, headless=True, viewport={"width": 1280, "height": 900},
        )
        context.route("**/*", fake_network)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser_context):
    watcher = Watcher()
    page = browser_context.new_page()
    watcher.attach(page)
    yield page
    page.close()
    assert watcher.problems == []


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# -- flows -----------------------------------------------------------------------------------


def test_home_search_read_also_and_diff(page, server):
    base, ids = server
    from playwright.sync_api import expect

    page.goto(base + "/-/archive")
    expect(page.locator("h1")).to_have_text("Archive home")
    expect(page.get_by_role("cell", name="health-one.example")).to_be_visible()
    expect(page.get_by_text("Hydration myths, revisited").first).to_be_visible()
    shot(page, "01-archive-home")

    page.get_by_label("Search articles").fill("thirsty")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/archive/search\?"))
    expect(page.locator("mark").first).to_have_text(re.compile("thirsty", re.I))
    shot(page, "02-search-results")

    page.get_by_role("link", name="Hydration myths, revisited").click()
    page.wait_for_url(f"{base}/archive/articles/{ids['hydration-myths']}/read")
    page.goto(f"{base}/archive/articles/{ids['sleep-hygiene']}/read")
    expect(page.locator("h1")).to_have_text("Sleep hygiene basics")
    expect(page.locator(".archive-byline")).to_contain_text("By Jane Roe")
    expect(page.locator(".archive-body h2")).to_have_text("Light and screens")
    image = page.locator(".archive-body img").first
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") == 1600
    assert image.bounding_box()["width"] <= page.locator(".archive-body").bounding_box()["width"]
    expect(page.locator(".archive-related")).to_contain_text("not archived")
    shot(page, "03-article")

    page.locator(".archive-related").get_by_role("link", name="Hydration myths").click()
    page.wait_for_url(f"{base}/archive/articles/{ids['hydration-myths']}/read")
    expect(page.locator("h1")).to_have_text("Hydration myths, revisited")
    diff = page.locator(".archive-diff").first
    diff.scroll_into_view_if_needed()
    expect(diff.locator("del").first).to_be_visible()
    expect(diff.locator("ins").first).to_be_visible()
    expect(diff.locator("ins").first).to_contain_text("thirsty")
    expect(page.locator(".archive-diff-title del")).to_have_text("Hydration myths")
    shot(page, "04-version-diff")


def test_a_version_is_read_in_full_and_two_are_compared_from_the_page(page, server):
    base, ids = server
    from playwright.sync_api import expect

    read = f"{base}/archive/articles/{ids['hydration-myths']}/read"
    page.goto(read)
    page.locator(".archive-compare-form select[name=from]").select_option("1")
    page.locator(".archive-compare-form select[name=to]").select_option("2")
    page.locator(".archive-compare-form").get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"read\?from=1&to=2$"))
    expect(page.locator(".archive-viewing")).to_contain_text("What changed from version 1")
    expect(page.locator(".archive-compare-body ins").first).to_contain_text("thirsty")
    expect(page.locator(".archive-compare-values del").first).to_have_text("Hydration myths")
    shot(page, "05-compare-versions")
    page.locator(".archive-viewing").get_by_role("link", name="version 1").click()
    page.wait_for_url(read + "?version=1")
    expect(page.locator("h1")).to_have_text("Hydration myths")
    expect(page.locator(".archive-viewing")).to_contain_text("You are reading version 1 of 2")
    expect(page.locator(".archive-body")).not_to_contain_text("thirsty")
    shot(page, "06-version-one")


def test_hostile_article_renders_inert(page, server):
    base, ids = server
    from playwright.sync_api import expect

    page.goto(f"{base}/archive/articles/{ids['hand-washing']}/read")
    expect(page.locator("h1")).to_have_text("Hand washing facts")
    body = page.locator(".archive-body")
    expect(body).to_contain_text("Soap breaks up grease and germs.")
    expect(body).to_contain_text("Tap for a hand-washing poster")
    assert body.locator("script").count() == 0
    for attribute in body.evaluate("b => [...b.querySelectorAll('*')].flatMap(e => e.getAttributeNames())"):
        assert not attribute.startswith("on"), attribute
    assert body.evaluate("b => [...b.querySelectorAll('a')].map(a => a.protocol)").count("javascript:") == 0
    body.get_by_text("Tap for a hand-washing poster").click()  # no href left: nothing happens
    page.wait_for_timeout(300)
    shot(page, "05-hostile-article")


def test_articles_table_and_facets(page, server):
    base, ids = server
    from playwright.sync_api import expect

    page.goto(base + "/archive/articles")
    expect(page.locator(".facet-info").first).to_be_visible()
    for facet in ("site", "authors", "tags", "published", "status"):
        expect(page.locator(f'.facet-info[data-column="{facet}"]')).to_be_visible()
    page.get_by_role("link", name="Vitamin D in winter").click()
    page.wait_for_url(f"{base}/archive/articles/{ids['vitamin-d']}/read")
    page.goto(base + "/archive/articles?_search=" + "%22sleep-hygiene%20(")
    expect(page.locator("table.rows-and-columns")).to_be_visible()
    page.goto(base + "/archive/articles")
    shot(page, "06-articles-table")


# -- the skip rule ---------------------------------------------------------------------------


@pytest.mark.parametrize("required, outcome", [(None, pytest.skip.Exception), ("1", pytest.fail.Exception)])
def test_missing_chromium_skips_unless_required(monkeypatch, required, outcome):
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    if required:
        monkeypatch.setenv(REQUIRE_BROWSER, required)
    else:
        monkeypatch.delenv(REQUIRE_BROWSER, raising=False)
    with pytest.raises(outcome, match="Chromium not found at /usr/bin/chromium: apt-get install chromium"):
        chromium_path()


# -- the Content-Security-Policy -----------------------------------------------------------------


def test_archived_images_cannot_reach_plain_http_addresses(browser_context, server):
    """Images not archived are links, never images: the browser fetches none of the body's
    http:// addresses (and the policy's img-src, this server and data: only, would refuse them)."""
    base, ids = server
    fetched, blocked = [], []

    def finished(request):
        fetched.append(request.url)

    def failed(request):
        blocked.append((request.url, request.failure))

    browser_context.on("requestfinished", finished)
    browser_context.on("requestfailed", failed)
    page = browser_context.new_page()
    try:
        response = page.goto(f"{base}/archive/articles/{ids['safe-sleep']}/read")
        assert "img-src 'self' data:" in response.headers["content-security-policy"]
        assert page.locator(".archive-body img").count() == 0  # not archived: no image of them...
        links = page.locator(".archive-body a", has_text="image not archived")
        assert sorted(links.evaluate_all("links => links.map(a => a.href)")) == sorted(INTRANET_IMAGES)
        page.wait_for_load_state("networkidle")
    finally:
        page.close()
        browser_context.remove_listener("requestfinished", finished)
        browser_context.remove_listener("requestfailed", failed)
    assert not set(fetched) & set(INTRANET_IMAGES)  # ...and the browser never fetched them
    assert not [url for url, _ in blocked if url in INTRANET_IMAGES]


@pytest.mark.parametrize("path, editor", [
    ("/archive", True), ("/archive?sql=select+title+from+articles", True), ("/archive/search?q=sleep", False),
    ("/archive/articles", False), ("/archive/articles/1", False), ("/-/archive", False),
])
def test_datasette_pages_run_under_the_policy(page, server, path, editor):
    """Datasette's own inline scripts still run (the SQL editor appears) and nothing is refused:
    the page fixture fails on any console error, which is how a violated policy shows."""
    base, _ = server
    from playwright.sync_api import expect

    response = page.goto(base + path)
    assert response.status == 200 and "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    if editor:
        expect(page.locator(".CodeMirror").first).to_be_visible()


# -- decoding as the browser does ----------------------------------------------------------------

#: Every byte 0x80-0xFF in a page, and the labels browsers read as windows-1252 (WHATWG).
ALL_HIGH_BYTES = bytes(range(0x80, 0x100))
LABELLED = [("text/html; charset=ISO-8859-1", b""), ("text/html; charset=latin1", b""),
            ("text/html; charset=us-ascii", b""), ("text/html", b'<meta charset="iso-8859-1">'),
            ("text/html; charset=windows-1250", b""), ("text/html; charset=windows-1251", b"")]


@pytest.fixture(scope="module")
def byte_server():
    """Serves /N: LABELLED[N]'s header, and its <meta> before a paragraph of every high byte."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            content_type, head = LABELLED[int(self.path.strip("/"))]
            body = b"<html><head>" + head + b'</head><body><p id="t">' + ALL_HIGH_BYTES + b"</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("n", range(len(LABELLED)))
def test_pages_decode_to_the_text_chromium_shows(page, byte_server, n):
    """decode_html (the spider's, extract's and reparse's one path) against Chromium itself."""
    import lxml.html

    from archive.extract.decode import decode_html

    page.goto(f"{byte_server}/{n}")
    shown = page.locator("#t").evaluate("p => p.textContent")
    content_type, head = LABELLED[n]
    text, _ = decode_html(b"<html><head>" + head + b'</head><body><p id="t">' + ALL_HIGH_BYTES + b"</p></body></html>",
                          content_type)
    assert lxml.html.fromstring(text).get_element_by_id("t").text_content() == shown


def test_read_also_network_is_drawn_and_leads_to_the_articles(page, server):
    """The network of the whole archive and of one article's neighbourhood, drawn by Cytoscape.js
    from this server under the pages' CSP (the page fixture fails on any console error); a click
    on an article opens its reading page."""
    base, ids = server
    from playwright.sync_api import expect

    page.goto(base + "/-/archive")
    page.get_by_role("link", name="Read Also network").click()
    graph = page.locator("#archive-graph[data-drawn]")
    expect(graph).to_be_visible()
    drawn = int(graph.get_attribute("data-drawn"))
    assert drawn >= 3
    assert page.evaluate("window.archiveGraph.edges().length") >= 2
    expect(page.locator(".archive-graph-legend")).to_contain_text("health-one.example")
    shot(page, "05-read-also-network")

    page.goto(f"{base}/archive/articles/{ids['sleep-hygiene']}/read")
    page.get_by_role("link", name="See this article's Read Also network").click()
    expect(page.locator("h1")).to_contain_text("around “Sleep hygiene basics”")
    expect(page.locator("#archive-graph[data-drawn]")).to_be_visible()
    centre = page.evaluate(f"window.archiveGraph.getElementById('a{ids['sleep-hygiene']}').data('centre')")
    assert centre is True
    target = ids["hydration-myths"]
    point = page.evaluate(f"window.archiveGraph.getElementById('a{target}').renderedPosition()")
    box = page.locator("#archive-graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_url(f"{base}/archive/articles/{target}/read")


def test_charts_on_the_home_and_per_site_are_drawn_with_data(page, server):
    """The archive home and a site's chart page draw their charts (Chart.js from this server, data
    from /-/charts.json) with the archive's numbers; the page fixture fails on any console error."""
    base, ids = server
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1280, "height": 1600})
    page.goto(base + "/-/archive")
    holder = page.locator(".archive-charts[data-drawn]")
    expect(holder).to_have_attribute("data-drawn", re.compile(r"^[34]$"))
    published = page.evaluate("window.archiveCharts.articles_per_month.data.datasets"
                              ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")
    assert published == len(ids)          # every article was published within the charted months
    versions = page.evaluate("window.archiveCharts.changes_per_month.data.datasets"
                             ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")
    assert versions >= len(ids)          # every article's version 1, and the second of one
    authors = page.evaluate("window.archiveCharts.top_authors.data.labels")
    assert "Jane Roe" in " ".join(authors)
    assert page.locator("canvas[data-chart='articles_per_month']").bounding_box()["height"] > 100
    shot(page, "06-charts-home")

    page.get_by_role("link", name="charts").first.click()
    page.wait_for_url(re.compile(r"/-/charts\?db=archive&site=health-one\.example"))
    expect(page.locator("h1")).to_have_text("Charts of health-one.example")
    expect(page.locator(".archive-charts[data-drawn]")).to_have_attribute("data-drawn", re.compile(r"^[34]$"))
    labels = page.evaluate("window.archiveCharts.citation_rate.data.labels")
    assert len(labels) == 1 and labels[0].startswith("health-one.example")


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """The demo site crawled into an archive, served by `health-archive serve`; yields its base URL."""
    from archive.demo.server import start_demo_server
    from tests.helpers import run_cli

    chromium_path()
    db = tmp_path_factory.mktemp("demo-browser") / "archive.db"
    with start_demo_server() as site:
        run_cli("crawl", site.base_url + "/", "--db", db, "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/-/versions.json")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_articles_table_shows_ten_rows_on_its_first_screen(demo_server, browser_context):
    """At 1280x1600 the articles table is a list a person scans: at least ten rows above the fold,
    six columns, the glossary folded, every column one click away."""
    from playwright.sync_api import expect

    page = browser_context.new_page()
    page.set_viewport_size({"width": 1280, "height": 1600})
    watcher = Watcher()
    watcher.attach(page)
    try:
        page.goto(demo_server + "/archive/articles")
        rows = page.locator("table.archive-list tbody tr")
        expect(rows.first).to_be_visible()
        visible = sum(1 for box in (rows.nth(i).bounding_box() for i in range(rows.count()))
                      if box and box["y"] + box["height"] <= 1600)
        headers = page.locator("table.archive-list thead th").all_inner_texts()
        shot(page, "07-articles-table")
        assert visible >= 10, f"{visible} rows above the fold"
        assert [h.strip(" ▼▲\xa0") for h in headers] == ["title", "site", "authors", "published", "status", "version"]
        expect(page.locator("details.archive-glossary summary")).to_contain_text("What the columns mean")
        assert not page.locator("dl.column-descriptions").is_visible()
        page.get_by_role("link", name="show every column").click()
        expect(page.locator("table.rows-and-columns thead th[data-column='word_count']")).to_have_count(1)
    finally:
        page.close()
    assert watcher.problems == []
