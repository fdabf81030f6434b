import pytest

from archive.crawl.discover import parse_xml_urls, robots_sitemaps, sniff_kind

pytestmark = pytest.mark.fast

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://a.org/one/</loc><lastmod>2024-03-01</lastmod></url>
  <url><loc>https://a.org/two/</loc></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.org/post-sitemap.xml</loc></sitemap></sitemapindex>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://a.org/</link>
<item><title>x</title><link>https://a.org/x/</link></item><item><link>https://a.org/y/</link></item></channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://a.org/"/>
<entry><link rel="alternate" href="https://a.org/z/"/><link rel="edit" href="https://a.org/edit"/></entry></feed>"""

XXE = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/hostname">]>
<urlset><url><loc>https://a.org/&e;</loc></url></urlset>"""


def test_sitemap_urls_and_lastmod():
    found = parse_xml_urls(SITEMAP)
    assert found.kind == "sitemap"
    assert found.urls == ["https://a.org/one/", "https://a.org/two/"]
    assert found.lastmod == {"https://a.org/one/": "2024-03-01"}


def test_sitemap_index_lists_children():
    found = parse_xml_urls(INDEX)
    assert found.kind == "sitemapindex"
    assert found.sitemaps == ["https://a.org/post-sitemap.xml"] and found.urls == []


def test_feeds_give_item_links_only():
    assert parse_xml_urls(RSS).urls == ["https://a.org/x/", "https://a.org/y/"]
    assert parse_xml_urls(ATOM).urls == ["https://a.org/z/"]


def test_external_entities_are_never_resolved():
    found = parse_xml_urls(XXE)
    with open("/etc/hostname") as fh:
        hostname = fh.read().strip()
    assert all(hostname not in url for url in found.urls)


def test_garbage_is_not_an_error():
    assert parse_xml_urls(b"\x00\xffnot xml at all").urls == []


def test_sniff_by_root_element():
    assert sniff_kind(SITEMAP, "text/html") == "sitemap"
    assert sniff_kind(RSS, "application/rss+xml") == "feed"
    assert sniff_kind(b"<!doctype html><html></html>", "text/html") == "html"
    assert sniff_kind(b"%PDF-1.4", "application/pdf") == "other"


def test_robots_sitemap_lines():
    assert robots_sitemaps("User-agent: *\nDisallow: /x\nSitemap: https://a.org/s.xml\n") == ["https://a.org/s.xml"]


def test_entries_newest_first_by_lastmod_then_undated_in_document_order():
    found = parse_xml_urls(b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://a.org/a/</loc><lastmod>2024-01-01</lastmod></url>
<url><loc>https://a.org/b/</loc></url>
<url><loc>https://a.org/c/</loc><lastmod>2024-03-01T08:00:00Z</lastmod></url>
<url><loc>https://a.org/d/</loc><lastmod>2024-02-30</lastmod></url>
<url><loc>https://a.org/e/</loc><lastmod>2024-03-01T09:00:00+02:00</lastmod></url>
<url><loc>https://a.org/f/</loc><lastmod>2024-03-01</lastmod></url>
</urlset>""")
    order = [u.rsplit("/", 2)[1] for u in found.newest_first(found.urls)]
    # c is 08:00 UTC, e 07:00 UTC, f midnight UTC; b has no lastmod and d no real date.
    assert order == ["c", "e", "f", "a", "b", "d"]
