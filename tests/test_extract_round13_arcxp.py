"""Fixes found on the thirteenth round's held-out arcxp family (a regional daily's health section on Arc XP):
each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = [f"<p>Paragraph {i}: county health officials said on Tuesday that flu cases rose for a third week, and urged "
        "residents over 65 to get a shot before the holidays.</p>" for i in range(5)]


def page(inserted: str) -> str:
    body = "".join(TEXT[:2]) + inserted + "".join(TEXT[2:])
    return ("<html><head><title>Flu cases rise again - The Courier</title></head><body><main><article>"
            "<h1>Flu cases rise again</h1><div class='byline'>By Ana Costa</div>"
            f"<div class='article-body'>{body}</div></article></main></body></html>")


URL = "https://courier.test/health/2024/03/12/flu-cases-rise/"


@pytest.mark.parametrize("prompt", ["READ MORE:", "Related:", "SEE ALSO:", "Read also:"])
def test_a_paragraph_that_is_one_prompted_link_to_the_site_is_read_also(prompt):
    """"<p><a>READ MORE: Title</a></p>": an editor's interstitial link (Arc's ``interstitial_link``, the
    same by hand on any CMS), the prompt inside the link: the story's Read Also, not its text."""
    link = (f"<p class='interstitial'><a href='https://courier.test/health/2024/02/02/napping-guide/'>{prompt} "
            "The smart adult's guide to napping</a></p>")
    got = extract_article(page(link), URL)
    assert [r.url for r in got.related] == ["https://courier.test/health/2024/02/02/napping-guide/"]
    assert "napping" not in got.body_text
    assert got.related[0].title == "The smart adult's guide to napping"      # the prompt is no part of it


def test_a_prompted_link_elsewhere_or_inside_prose_is_no_read_also():
    """A prompted link to another site is a resource; a link inside a sentence is the text's."""
    off = ("<p><a href='https://www.cdc.gov/flu/prevent/'>READ MORE: How to prevent the flu</a></p>"
           "<p>The county's clinics, which <a href='https://courier.test/health/2024/02/02/clinics/'>Related: "
           "open late</a> on Thursdays, offer shots without an appointment to anyone over six months.</p>")
    assert extract_article(page(off), URL).related == []


def test_a_teasers_read_more_under_its_own_linked_heading_is_no_read_also():
    """Joomla's blog layout: "Read more: Title" closes a teaser whose heading links the same story."""
    teaser = ("<div class='blog-item'><h2><a href='https://courier.test/health/2024/02/02/napping-guide/'>The smart "
              "adult's guide to napping</a></h2><p>Short naps help; long ones can cost you the night.</p>"
              "<p class='readmore'><a href='https://courier.test/health/2024/02/02/napping-guide/'>Read more: The smart "
              "adult's guide to napping</a></p></div>")
    assert extract_article(page(teaser), URL).related == []
