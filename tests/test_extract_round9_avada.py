"""Fixes found on the ninth round's held-out avada family (a clinic's WordPress blog on ThemeFusion's
Avada with Yoast SEO on some pages): each test is a page shape such sites share with many others,
written small."""
import json

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Paragraph {i}: our providers see women at every stage of life, from the first well-woman "
                     "visit to menopause care, and they take the time to listen.</p>" for i in range(6))
SNIPPETS = ("<span class='entry-title rich-snippet-hidden'>About Us</span><span class='vcard rich-snippet-hidden'>"
            "<span class='fn'><a href='/author/irina-volkova/' rel='author'>Dr. Irina Volkova, MD</a></span></span>"
            "<span class='updated rich-snippet-hidden'>2024-02-06T16:31:09-06:00</span>")


def _graph(*nodes) -> str:
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps({"@context": "https://schema.org", "@graph": list(nodes)}) + "</script>")


def _about(head: str) -> str:
    return (f"<html><head><title>About Us | Willow Creek</title><meta property='og:type' content='article'>{head}</head>"
            "<body class='page-template-default page page-id-55 fusion-body'><section class='avada-page-titlebar-wrapper'>"
            "<div class='fusion-page-title-captions'><h1 class='entry-title'>About Us</h1></div></section>"
            "<main id='main'><div class='fusion-row'><section id='content'><div id='post-55' class='post-55 page type-page "
            f"status-publish hentry'>{SNIPPETS}<div class='post-content'><div class='fusion-text'>{PARAGRAPHS}</div></div>"
            "</div></section></div></main></body></html>")


@pytest.mark.parametrize("yoast", [True, False])
def test_a_machine_timestamp_beside_the_headline_is_no_date_the_page_shows(yoast):
    """Themes print the post's times for rich snippets as bare ISO 8601 timestamps in spans readers never
    see (Avada's and Salient's ``span.updated.rich-snippet-hidden``, ``span.updated`` with
    display:none): such a timestamp is not a date shown beside the headline, so a static page (body
    class ``page``) carrying one, and its SEO plugin's WebPage dates, is a page; its date is the
    WebPage's datePublished, not the update time."""
    url = "https://willow.test/about/"
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": "About Us | Willow Creek",
               "datePublished": "2022-08-15T10:12:40-05:00", "dateModified": "2024-02-06T16:31:09-06:00"}
    article = extract_article(_about(_graph(webpage) if yoast else ""), url)
    assert article.page_type == "page"
    if yoast:
        assert article.published.startswith("2022-08-15")


def test_a_post_with_a_hidden_update_timestamp_keeps_its_shown_date():
    """The same hidden ``updated`` timestamp in a post's meta line beside the date readers see: the
    post is an article dated by what it shows."""
    url = "https://willow.test/cholesterol-basics/"
    html = ("<html><head><title>Cholesterol Basics | Willow Creek</title>"
            "<meta property='article:published_time' content='2022-07-27T09:00:00-06:00'></head>"
            "<body class='post-template-default single single-post postid-216 single-format-standard'>"
            "<main id='main'><section id='content'><article id='post-216' class='post-216 post type-post hentry'>"
            "<h2 class='entry-title fusion-post-title'>Cholesterol Basics</h2><div class='fusion-meta-info'>"
            "<div class='fusion-meta-info-wrapper'>By <span class='vcard'><span class='fn'><a href='/author/priya-shah/' "
            "rel='author'>Priya Shah, PharmD</a></span></span><span class='fusion-inline-sep'>|</span>"
            "<span class='updated rich-snippet-hidden'>2023-05-28T13:45:00-06:00</span><span>July 27th, 2022</span>"
            f"</div></div><div class='post-content'>{PARAGRAPHS}</div></article></section></main></body></html>")
    article = extract_article(html, url)
    assert article.page_type == "article" and article.published.startswith("2022-07-27")


def test_the_questions_of_collapsed_toggles_are_body():
    """Bootstrap-style toggles (Avada's fusion-accordian, Bootstrap 3 panels): each question is a link
    to its own collapsed answer (``href="#id"``, ``data-toggle="collapse"``, ``aria-controls``), a
    button rather than a link elsewhere; the question heading is the article's text like its answer."""
    url = "https://willow.test/cholesterol-basics/"
    panels = "".join(
        f"<div class='fusion-panel panel-default'><div class='panel-heading'><h4 class='panel-title toggle' id='toggle_{i}'>"
        f"<a aria-expanded='false' aria-controls='p{i}' role='button' data-toggle='collapse' data-parent='#acc' "
        f"data-target='#p{i}' href='#p{i}'><span class='fusion-toggle-heading'>{q}</span></a></h4></div>"
        f"<div id='p{i}' class='panel-collapse collapse' aria-labelledby='toggle_{i}'><div class='panel-body toggle-content'>"
        f"<p>{a}</p></div></div></div>"
        for i, (q, a) in enumerate((("LDL cholesterol", "Low-density lipoprotein carries cholesterol to the tissues, and too "
                                     "much of it builds plaques in the walls of arteries over the years."),
                                    ("HDL cholesterol", "High-density lipoprotein carries cholesterol back to the liver, "
                                     "and higher levels go with lower heart risk in most people."))))
    html = ("<html><head><title>Cholesterol Basics | Willow Creek</title>"
            "<meta property='article:published_time' content='2022-07-27T09:00:00-06:00'></head>"
            "<body class='single single-post postid-216'><article class='post-216 post type-post hentry'>"
            "<h1 class='entry-title'>Cholesterol Basics</h1><div class='post-content'>"
            f"{PARAGRAPHS}<h2>The main numbers</h2><div class='accordian fusion-accordian'><div class='panel-group' id='acc'>"
            f"{panels}</div></div><p>Ask for a copy of your results at every visit and keep them together.</p></div>"
            "</article></body></html>")
    body = extract_article(html, url).body_text
    assert "LDL cholesterol\n\nLow-density" in body and "HDL cholesterol\n\nHigh-density" in body
