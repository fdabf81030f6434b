"""Rules found in round 13 (issue 12, the duda family): a term link inside a teaser of another
post (a "Recent Posts" or "Related Posts" card) is that post's term, not the page's."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

BODY = "".join(f"<p>Paragraph {i} of the post explains how a short daily walk helps the knee recover after surgery, "
               "and why the first weeks matter most for the range of motion you keep.</p>" for i in range(6))


def _card(slug: str, title: str, category: str) -> str:
    return (f"<div class='post-card'><a href='/blog/{slug}'><img src='/i/{slug}.jpg' alt=''></a><div class='post-content'>"
            f"<a class='post-category' href='/blog/categories/{category.lower().replace(' ', '-')}'>{category}</a>"
            f"<h3 class='post-title'><a href='/blog/{slug}'>{title}</a></h3><div class='post-date'>May 2, 2024</div>"
            f"<a href='/blog/{slug}'>Read More</a></div></div>")


def test_a_category_link_in_another_post_s_card_is_not_the_page_s_category():
    """Cards of other posts beside the article each show their own category, linked like the post's
    own chip: only the chip over the headline files the page."""
    cards = "".join(_card(*c) for c in (("hydration-myths", "Hydration: What the Eight-Glasses Rule Gets Wrong", "Nutrition"),
                                        ("loneliness", "Loneliness Is a Health Issue and What Helps", "Mental Health"),
                                        ("napping", "The Smart Adult's Guide to Napping", "Sleep")))
    html = ("<html><head><title>Walking after knee surgery | Clinic</title></head><body><div class='row'><div class='col'>"
            "<div class='post-categories'><a class='post-category-chip' href='/blog/categories/rehab'>Rehab</a></div>"
            "<h1>Walking after knee surgery</h1><div class='post-meta'>Written by Ana Lopez, PT · March 12, 2024</div></div></div>"
            f"<div class='row'><div class='col main'>{BODY}</div><div class='col side'><h3>Recent Posts</h3>"
            f"<div class='posts-list'>{cards}</div></div></div></body></html>")
    article = extract_article(html, "https://clinic.test/blog/walking-after-knee-surgery")
    assert article.categories == ["Rehab"]


def test_a_post_s_own_label_row_is_no_teaser():
    """A post's footer lines repeat (line-1, line-2...) and its label links run to three words or
    more: still its own terms, not a card of another post (the card's headline is no term link)."""
    labels = ", ".join(f"<a href='https://blog.test/search/label/{t.replace(' ', '%20')}' rel='tag'>{t}</a>"
                       for t in ("Der Weg des Unsterblichen", "Interview", "News"))
    html = ("<html><head><title>Viertes Blog-Interview</title></head><body><div class='post'>"
            "<h3 class='post-title'>Viertes Blog-Interview: Dieses Mal mit Anne</h3>"
            f"<div class='post-body'>{BODY}</div><div class='post-footer'>"
            "<div class='post-footer-line post-footer-line-1'>Posted by <a href='/profile/1'>Lena</a> at "
            "<a href='https://blog.test/2020/05/interview.html'>May 4, 2020</a></div>"
            f"<div class='post-footer-line post-footer-line-2'>Labels: {labels}</div>"
            "<div class='post-footer-line post-footer-line-3'></div></div></div></body></html>")
    article = extract_article(html, "https://blog.test/2020/05/interview.html")
    assert sorted(article.tags) == ["Der Weg des Unsterblichen", "Interview", "News"]
