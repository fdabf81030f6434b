"""Fixes found on the eleventh round's held-out plone family (a public-health institute on Plone 5
classic UI): each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = "".join(f"<p>Paragraph {i}: heat waves are getting longer, and older people feel them first, so check on "
               "neighbours, keep rooms dark by day and drink water often.</p>" for i in range(4))


def test_a_dublin_core_creator_that_is_an_account_id_yields_to_the_byline_name():
    """Plone (and Zope before it) exposes the creator's user id as DC.creator ("ydemir"); the byline
    shows the member's full name, linked to /author/ydemir: the name is the author, the id is not."""
    html = ("<html><head><title>Heat and health - Institute</title><meta name='DC.creator' content='ydemir'>"
            "</head><body><article id='content'><h1 class='documentFirstHeading'>Heat and health</h1>"
            "<div class='documentByLine' id='plone-document-byline'><span class='documentAuthor'>by "
            "<a href='https://inst.test/author/ydemir'>Dr. Yusuf Demir</a> —</span><span class='documentPublished'>"
            "<span>published</span> Mar 05, 2024,</span></div>"
            f"<div id='content-core'><div id='parent-fieldname-text'>{TEXT}</div></div></article></body></html>")
    assert [p for p in extract_article(html, "https://inst.test/news/heat-and-health").authors] == ["Yusuf Demir"]


def test_a_dublin_core_creator_written_as_a_name_still_stands():
    html = ("<html><head><title>Heat and health - Institute</title><meta name='DC.creator' content='Yusuf Demir'>"
            f"</head><body><article><h1>Heat and health</h1>{TEXT}</article></body></html>")
    assert extract_article(html, "https://inst.test/news/heat-and-health").authors == ["Yusuf Demir"]


def test_the_byline_zone_is_the_headlines_own_when_a_hidden_span_repeats_the_title_before_it():
    """Plone 5 writes its social tags a second time as a hidden microdata span (#social-tags-body:
    the title, then the page's address) just before the h1; the zone read for the byline starts at the
    headline itself, so "published Sep 10, 2022" beside it beats DC.date.created (the draft's day)."""
    url = "https://inst.test/news/reader-question-is-it-safe-to-exercise-with-a-cold-or-the-flu"
    title = "Reader Question: Is It Safe to Exercise With a Cold?"
    html = (f"<html><head><title>{title} — Institute</title><meta name='DC.date.created' "
            f"content='2022-09-05T15:43:00+01:00'></head><body><nav id='portal-breadcrumbs'><a href='/'>Home</a></nav>"
            "<div id='portal-column-content'><div id='viewlet-above-content-title'><span id='social-tags-body' "
            f"style='display: none' itemscope itemtype='http://schema.org/WebPage'><span itemprop='name'>{title}</span>"
            f"<span itemprop='url'>{url}</span></span></div><article id='content'><header>"
            f"<h1 class='documentFirstHeading'>{title}</h1><div class='documentByLine'><span class='documentAuthor'>by "
            "<a href='https://inst.test/author/trivera'>Tomás Rivera</a> —</span><span class='documentPublished'>"
            "<span>published</span> Sep 10, 2022,</span><span class='documentModified'><span>last modified</span> "
            "Apr 03, 2023 09:43 AM</span></div></header><div id='content-core'><p>A useful rule is the neck check: "
            "symptoms above the neck allow light exercise.</p></div></article></div></body></html>")
    assert extract_article(html, url).published[:10] == "2022-09-10"
