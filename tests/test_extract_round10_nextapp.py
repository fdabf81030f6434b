"""Fixes found on the tenth round's held-out nextapp family (a health-news site on Next.js's App
Router): each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = ("Most adults eat half the fiber they should, so add beans, oats and fruit with the skin, and drink water "
        "with it. Start slowly and give your gut two weeks to adjust to the change.")


def card(slug: str, topic: str, title: str, byline: str) -> str:
    return (f'<article class="Card_card__a1B2c"><a class="Card_link__d3E4f" href="/articles/{slug}">'
            f'<img alt="" loading="lazy" width="640" height="360" src="/_next/image?url=%2F{slug}.jpg&amp;w=1080&amp;q=75"/>'
            f'<div class="Card_text__g5H6i"><span class="Card_topic__j7K8l">{topic}</span>'
            f'<h3 class="Card_title__m9N0p">{title}</h3><p class="Card_meta__q1R2s">{byline} · '
            '<time dateTime="2024-03-02T19:30:00.000Z">Mar 2, 2024</time></p></div></a></article>')


def test_a_read_also_card_link_is_titled_by_its_heading():
    """A card that is one link around its topic chip, heading and byline (React and Vue component
    libraries, most "Keep reading" grids): the Read Also title is the heading, not the card's text run
    together ("NutritionFiber: the overlooked nutrientLena Hoffmann · Mar 2, 2024")."""
    url = "https://news.test/articles/fiber-basics"
    cards = (card("water-bottle", "Nutrition", "Keep a water bottle where you work", "Lena Hoffmann")
             + card("pantry-staples", "Heart Health", "Five pantry staples for heart-healthy meals", "Dr. Ana Costa"))
    html = ("<html lang='en'><head><title>Fiber basics | News</title></head><body><main><article>"
            f"<h1>Fiber basics</h1><div class='ArticleBody_body__x7Kq2'><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div>"
            "</article><!--$?--><template id='B:0'></template><div aria-busy='true'></div><!--/$--></main>"
            "<div hidden id='S:0'><section aria-labelledby='keep-reading'><h2 id='keep-reading'>Keep reading</h2>"
            f"<div class='KeepReading_grid__FXhPp'>{cards}</div></section></div>"
            "<script>$RC('B:0','S:0')</script></body></html>")
    article = extract_article(html, url)
    assert [(r.url, r.title) for r in article.related] == [
        ("https://news.test/articles/water-bottle", "Keep a water bottle where you work"),
        ("https://news.test/articles/pantry-staples", "Five pantry staples for heart-healthy meals")]
    assert "Keep reading" not in article.body_text and "water bottle" not in article.body_text
