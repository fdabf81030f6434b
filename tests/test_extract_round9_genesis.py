"""Fixes found on the ninth round's held-out genesis family (a dietitian's WordPress blog on the
Genesis Framework with Yoast SEO): each test is a page shape such sites share with many others,
written small."""
import json

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Paragraph {i}: most adults eat half the fiber they should, so add beans, oats and fruit "
                     "with the skin, and drink water with it.</p>" for i in range(6))


def _graph(*nodes) -> str:
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps({"@context": "https://schema.org", "@graph": list(nodes)}) + "</script>")


def test_a_blogger_whose_site_stands_for_her_still_co_signs_a_post():
    """Yoast types the person a personal blog represents ["Person", "Organization"] and makes her the
    publisher; her name is a person's, not the site's: on a post she wrote with a guest, both sign it."""
    url = "https://plate.test/overnight-oats/"
    owner = {"@type": ["Person", "Organization"], "@id": "https://plate.test/#/schema/person/1", "name": "Priya Shah, RD"}
    guest = {"@type": "Person", "@id": "https://plate.test/#/schema/person/2", "name": "Olivia Grant"}
    article = {"@type": "Article", "@id": url + "#article", "headline": "Overnight oats", "datePublished": "2023-03-04T09:00:00-05:00",
               "author": [{"name": "Priya Shah, RD", "@id": owner["@id"]}, {"name": "Olivia Grant", "@id": guest["@id"]}],
               "publisher": {"@id": owner["@id"]}}
    website = {"@type": "WebSite", "@id": "https://plate.test/#website", "name": "Plate & Pulse", "publisher": {"@id": owner["@id"]}}
    html = (f"<html><head><title>Overnight oats - Plate &amp; Pulse</title>{_graph(article, website, owner, guest)}</head>"
            "<body class='single single-post postid-5'><article class='post-5 post type-post entry'><header class='entry-header'>"
            "<h1 class='entry-title'>Overnight oats</h1><p class='entry-meta'><time class='entry-time' datetime='2023-03-04'>"
            "March 4, 2023</time> by <a href='/author/priya-shah/' class='author url fn' rel='author'>Priya Shah, RD</a> and "
            f"<a href='/author/olivia-grant/' class='author url fn' rel='author'>Olivia Grant</a></p></header>"
            f"<div class='entry-content'>{PARAGRAPHS}</div></article></body></html>")
    assert extract_article(html, url).authors == ["Priya Shah", "Olivia Grant"]


@pytest.mark.parametrize("shown", ["", "<p class='entry-meta'><time datetime='2021-02-10'>February 10, 2021</time></p>"])
def test_a_static_page_dated_only_on_its_webpage_node_is_a_page(shown):
    """SEO plugins write datePublished on the WebPage node of every page and og:type article on all of
    them: an About page (body class ``page``) with no date beside its headline is a page; the same
    page showing its date under the headline states it."""
    url = "https://plate.test/about/"
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": "About - Plate & Pulse",
               "datePublished": "2021-02-10T09:00:00-05:00", "dateModified": "2024-01-18T14:22:05-05:00"}
    html = ("<html><head><title>About - Plate &amp; Pulse</title><meta property='og:type' content='article'>"
            f"<meta property='article:modified_time' content='2024-01-18T14:22:05-05:00'>{_graph(webpage)}</head>"
            "<body class='page-template-default page page-id-46'><main class='content'><article class='post-46 page type-page entry'>"
            f"<header class='entry-header'><h1 class='entry-title'>About</h1>{shown}</header>"
            f"<div class='entry-content'>{PARAGRAPHS}</div></article></main></body></html>")
    article = extract_article(html, url)
    assert article.published.startswith("2021-02-10")
    assert article.page_type == ("article" if shown else "page")
