"""Round 12 (hugo): what the held-out Hugo + PaperMod family showed the extraction missing."""
import lxml.html
import pytest

from archive.extract.metadata import extract_metadata

pytestmark = pytest.mark.fast


def _post(section: str, generator: str = "Hugo 0.125.4", shown: str = "") -> str:
    # Hugo's opengraph template writes article:section = .Section, the content directory ("posts")
    return (f"<html><head><title>Fiber, the overlooked nutrient | Plate Notes</title><meta name='generator' content='{generator}'>"
            f"<meta property='og:type' content='article'><meta property='article:section' content='{section}'>"
            "</head><body><main><article class='post-single'><header class='post-header'><h1 class='post-title'>Fiber, the "
            "overlooked nutrient</h1><div class='post-meta'><span title='2024-03-12 08:00:00 +0000 UTC'>March 12, 2024</span>"
            f"&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Jane Roe{shown}</div></header><div class='post-content'><p>"
            + "Most adults eat half the fiber they need, and beans are the cheapest fix. " * 6 + "</p></div></article>"
            "</main></body></html>")


@pytest.mark.parametrize("url", ["https://plate.example/posts/fiber/", "https://plate.example/es/posts/fibra/"])
def test_a_section_that_is_the_address_directory_is_no_category(url):
    """article:section naming the directory the post sits in ("posts", Hugo's .Section) is the site's
    content section: no category when the page is Hugo's or when it shows categories of its own."""
    assert extract_metadata(lxml.html.fromstring(_post("posts")), url)["categories"] == []
    shown = "&nbsp;·&nbsp;<span class='post-categories'>in <a href='/categories/nutrition/'>Nutrition</a></span>"
    for generator in ("Hugo 0.125.4", "Eleventy v2.0.1"):
        got = extract_metadata(lxml.html.fromstring(_post("posts", generator, shown)), url)["categories"]
        assert got == ["Nutrition"], generator


def test_a_section_that_is_a_category_stays():
    """A section that names no directory of the address, or a directory on a page that shows no other
    category and is not Hugo's (a WordPress /%category%/%postname%/ permalink), is the post's category."""
    url = "https://plate.example/posts/fiber/"
    assert extract_metadata(lxml.html.fromstring(_post("Nutrition")), url)["categories"] == ["Nutrition"]
    wp = "https://plate.example/nutrition/fiber/"
    assert extract_metadata(lxml.html.fromstring(_post("nutrition", "WordPress 6.5")), wp)["categories"] == ["nutrition"]
