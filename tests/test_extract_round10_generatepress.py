"""Fixes found on the tenth round's held-out generatepress family (a dietitian's WordPress blog on
GeneratePress with Rank Math): each test is a page shape such sites share with many others, written
small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Paragraph {i}: most adults eat half the fiber they should, so add beans, oats and fruit "
                     "with the skin, and drink water with it.</p>" for i in range(3))


def _post(inside: str) -> str:
    return ("<html><head><title>Fiber - Nourished Table</title></head><body class='single single-post postid-5'>"
            "<article class='post-5 post type-post hentry'><div class='inside-article'><header class='entry-header'>"
            "<h1 class='entry-title'>Fiber</h1></header><div class='entry-content'>"
            f"{PARAGRAPHS}{inside}<h2 class='wp-block-heading' id='why-fiber-matters'>Why fiber matters</h2>{PARAGRAPHS}"
            f"<h2 class='wp-block-heading' id='how-to-eat-more'>How to eat more</h2>{PARAGRAPHS}</div></div></article></body></html>")


@pytest.mark.parametrize("title", ["Table of Contents", "In this article"])
def test_a_table_of_contents_goes_with_its_title(title):
    """A table-of-contents block (Rank Math's, LuckyWP's, SimpleTOC's: a titled box around a <nav> of
    in-page links) is navigation: its <nav> goes as furniture and its title, left alone in the box,
    goes with it; the article's own headings stay."""
    toc = (f"<div class='wp-block-rank-math-toc-block' id='rank-math-toc'><h2>{title}</h2><nav><ul>"
           "<li><a href='#why-fiber-matters'>Why fiber matters</a></li><li><a href='#how-to-eat-more'>How to eat more</a></li>"
           "</ul></nav></div>")
    body = extract_article(_post(toc), "https://table.test/fiber/").body_text
    assert title not in body
    assert body.count("Why fiber matters") == 1 and body.count("How to eat more") == 1
    assert body.count("Paragraph 0") == 3


def test_a_heading_over_prose_in_its_own_section_stays():
    """A section of the article holding its heading, a paragraph and an aside keeps its heading: only a
    box holding nothing but a title and the furniture it titles loses the title."""
    section = ("<section><h2>What counts as fiber</h2><p>Soluble and insoluble fiber both count toward the daily "
               "target, and most plant foods hold some of each kind.</p><aside>Pull quote</aside></section>")
    body = extract_article(_post(section), "https://table.test/fiber/").body_text
    assert "What counts as fiber" in body


def test_a_card_title_over_its_widget_stays_a_card_title():
    """Only an unlinked heading titles a landmark: a recipe card's title inside the card's link, over
    its rating <aside>, is the card's own words (the rule leaves it to the related-block and
    listing passes)."""
    cards = "".join(f"<a href='/rezept/{i}/'><div><h3>Card {i} title</h3><aside>4.5 stars</aside></div></a>" for i in range(3))
    html = _post(f"<div class='carousel'>{cards}</div>")
    from archive.extract import clean
    import lxml.html
    root = lxml.html.fromstring(html)
    clean.clean_tree(root)
    marks = clean.mark_furniture(root)
    assert all(clean._title_of(el, marks) is None for el in root.iter("aside"))
