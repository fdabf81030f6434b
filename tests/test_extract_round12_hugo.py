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


def _card(slug: str, title: str) -> str:
    # PaperMod's list.html: the title is no link; an empty <a class="entry-link"> laid over the card is
    # (the "stretched link" of card designs)
    return (f"<article class='post-entry'><header class='entry-header'><h2 class='entry-hint-parent'>{title}</h2></header>"
            f"<div class='entry-content'><p>{title} explained: " + "what the studies say, and what to eat on an ordinary day. " * 3
            + "...</p></div><footer class='entry-footer'><span title='2024-03-12 08:00:00 +0000 UTC'>March 12, 2024</span>"
            f"&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Jane Roe</footer><a class='entry-link' aria-label='post link to {title}' "
            f"href='https://plate.example/posts/{slug}/'></a></article>")


def _listing(cards: str) -> str:
    return ("<html lang='en'><head><title>Gut health | Plate Notes</title><meta property='og:type' content='website'>"
            "</head><body class='list' id='top'><header class='header'><nav class='nav'><a href='/'>Plate Notes</a></nav>"
            f"</header><main class='main'><header class='page-header'><h1>Gut health</h1></header>{cards}</main></body></html>")


def test_a_small_listing_whose_cards_link_by_an_overlay_is_no_article():
    """Two or three cards whose permalink is an empty link over the card, not the title: the body
    found is one card, a teaser of another page, so the page is a listing however few its cards."""
    from archive.extract import extract_article
    cards = _card("fiber", "Fiber and the gut") + _card("kefir", "Fermented foods") + _card("water", "Hydration myths")
    got = extract_article(_listing(cards), "https://plate.example/series/gut-health/")
    assert not got.is_article and got.page_type == "listing"


def test_an_empty_link_inside_a_post_is_no_overlay_permalink():
    """A post whose article holds an empty link to another page (an icon, an anchor) stays an article."""
    from archive.extract import extract_article
    post = ("<html lang='en'><head><title>Fiber | Plate Notes</title><meta property='og:type' content='article'></head>"
            "<body id='top'><main class='main'><article class='post-single'><header class='post-header'><h1 class='post-title'>"
            "Fiber</h1><div class='post-meta'><span title='2024-03-12 08:00:00 +0000 UTC'>March 12, 2024</span>&nbsp;·&nbsp;"
            "Jane Roe</div></header><div class='post-content'><p>" + "Most adults eat half the fiber they need. " * 12
            + "</p><h2 id='beans'>Beans<a hidden class='anchor' aria-hidden='true' href='#beans'>#</a></h2><p>"
            + "Beans are the cheapest fix, and lentils cook fast. " * 8 + "</p></div><a aria-label='Next post' href='https://plate.example/posts/"
            "kefir/'></a></article></main></body></html>")
    got = extract_article(post, "https://plate.example/posts/fiber/")
    assert got.is_article
