"""Fixes found on the twelfth round's held-out paywall family (subscription clinical news on WordPress
VIP with a Piano paywall): each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = "".join(f"<p>Paragraph {i}: a new trial in heart failure patients found fewer readmissions when nurses "
               "called within two days of discharge, the authors reported on Tuesday.</p>" for i in range(4))


def card(slug: str, title: str) -> str:
    return (f"<article class='card'><a class='card__image' href='https://news.test/2024/03/01/{slug}/'><img src='/i.jpg' "
            f"alt=''></a><div class='card__body'><span class='card__kicker'>Cardiology</span><h3 class='card__title'>"
            f"<a href='https://news.test/2024/03/01/{slug}/'>{title}</a></h3><span>By Ana Costa</span> "
            "<span>March 1, 2024</span></div></article>")


def page(read_next: str = "Read next") -> str:
    own = "".join(card(s, t) for s, t in (("statins-at-80", "Statins after 80: the evidence"),
                                          ("sodium-trial", "The sodium trial that changed nothing")))
    rail = "".join(card(s, t) for s, t in (("nurse-staffing", "Nurse staffing and outcomes"),
                                           ("ai-scribes", "AI scribes in the clinic"),
                                           ("drug-prices", "Drug prices in 2024")))
    return ("<html><head><title>Calls after discharge cut readmissions | Dispatch</title></head><body><main>"
            "<div class='layout'><article class='post'><header><h1>Calls after discharge cut readmissions</h1>"
            "<div class='byline'>By Ana Costa</div></header><div class='entry-content'>" + TEXT + "</div>"
            f"<section class='more'><h2>{read_next}</h2><div class='items'>{own}</div></section></article>"
            "<aside class='article-rail' role='complementary'><section class='rail'><h2 class='rail__title'>Recommended"
            f"</h2>{rail}</section></aside></div></main></body></html>")


def test_read_next_labels_the_articles_own_related_block():
    """"Read next" (like "Read this next") heads the article's own list of related stories."""
    got = [r.url for r in extract_article(page(), "https://news.test/2024/03/05/calls-after-discharge/").related]
    assert got[:2] == ["https://news.test/2024/03/01/statins-at-80/", "https://news.test/2024/03/01/sodium-trial/"]


def test_a_rail_in_an_aside_beside_the_article_yields_to_the_articles_own_related_block():
    """A labelled list in a complementary <aside> outside the <article> that holds the headline is a
    sidebar rail (a recommendation engine's picks, different on every page), not the article's own
    Read Also, when the article carries its own related block."""
    got = [r.url for r in extract_article(page(), "https://news.test/2024/03/05/calls-after-discharge/").related]
    assert got == ["https://news.test/2024/03/01/statins-at-80/", "https://news.test/2024/03/01/sodium-trial/"]


def test_a_rail_in_an_aside_is_still_read_when_the_article_has_no_related_block_of_its_own():
    html = page().replace("<h2>Read next</h2>", "<h2>Comments</h2>")
    got = [r.url for r in extract_article(html, "https://news.test/2024/03/05/calls-after-discharge/").related]
    assert "https://news.test/2024/03/01/ai-scribes/" in got
