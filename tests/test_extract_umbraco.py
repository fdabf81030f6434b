"""Rules found on the umbraco family's failures (issue 12): an Umbraco grid's narrower section is its
sidebar; a health page's review dates are no body text; a breadcrumb's "Information and support" is
the site's division, no category; Welsh bylines open with "Gan" (by); a page-level <aside> filter
lists the site's terms, not the page's."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

SITE = "https://lungs.test"
STORY = ("<p>Hold the counter with one hand and practise standing on one leg, heel-to-toe steps and slow "
         "sit-to-stands. Two short sessions a day build steadier legs within weeks, and most people notice "
         "the difference on stairs first.</p>"
         "<p>Start with ten seconds on each leg and add five seconds a week. Stop if you feel dizzy and sit "
         "down until it passes; tell your nurse if it happens often.</p>")
HELPLINE = ("<div class='helpline-box'><h2>Need to talk?</h2><p>Call our helpline on 0300 222 5800. Our nurses "
            "can answer your questions about any lung condition.</p></div>")


def page(main: str, *, lang: str = "en-GB", crumbs: str = "") -> str:
    """The Clean starter kit's frame: og:type article on every page, a breadcrumb, a <main>."""
    return (f"<html lang='{lang}'><head><title>Balance drills | Breathe</title>"
            "<meta property='og:type' content='article'></head><body class='doctype-newsPage'>"
            "<header><nav class='navbar'><a href='/'>Home</a> <a href='/news/'>News</a></nav></header>"
            f"{crumbs}<main id='main-content' role='main'>{main}</main>"
            "<footer><p>Registered charity 1098765.</p></footer></body></html>")


def grid(wide: str, narrow: str, widths=(8, 4)) -> str:
    """Umbraco's Grid/Bootstrap3.cshtml with two sections (the "Sidebar layout")."""
    def row(inner):
        return f"<div ><div class='row clearfix'><div class='col-md-12 column'><div >{inner}</div></div></div></div>"
    return ("<div class='umb-grid'><div class='container'><div class='row clearfix'>"
            f"<div class='grid-section'><div class='col-md-{widths[0]} column'>{row(wide)}</div></div>"
            f"<div class='grid-section'><div class='col-md-{widths[1]} column'>{row(narrow)}</div></div>"
            "</div></div></div>")


HEADER = ("<div class='page-header'><h1 class='page-title'>Balance drills you can do at the counter</h1>"
          "<div class='article-meta'><span class='byline'>By Ana Costa</span> | "
          "<time datetime='2021-06-04'>4 June 2021</time></div></div>")


def test_umbraco_grid_sidebar_section_is_no_body():
    article = extract_article(page(HEADER + grid(STORY, HELPLINE)), SITE + "/news/balance/")
    assert "steadier legs" in article.body_text
    assert "helpline" not in article.body_text


def test_umbraco_grid_sections_of_equal_width_are_all_body():
    other = "<p>Practise in socks on a hard floor, never on a rug, and keep a chair within reach every time.</p>"
    article = extract_article(page(HEADER + grid(STORY, other, (6, 6))), SITE + "/news/balance/")
    assert "chair within reach" in article.body_text


def test_review_dates_are_no_body_text():
    review = ("<div class='review-dates container'><p>Page last reviewed: 15 June 2022</p>"
              "<p>Next review due: June 2025</p></div>")
    article = extract_article(page(HEADER + f"<div class='rte'>{STORY}</div>" + review), SITE + "/news/balance/")
    assert "steadier legs" in article.body_text
    assert "last reviewed" not in article.body_text.lower()


def test_information_and_support_crumb_is_no_category():
    crumbs = ("<nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>Home</a></li>"
              "<li><a href='/information-and-support/'>Information and support</a></li>"
              "<li aria-current='page'>Balance drills you can do at the counter</li></ol></nav>")
    article = extract_article(page(HEADER + f"<div class='rte'>{STORY}</div>", crumbs=crumbs),
                              SITE + "/information-and-support/lung-conditions/balance/")
    assert article.categories == []


@pytest.mark.parametrize("byline, want", [("Gan Ana Costa", ["Ana Costa"]), ("Gan Swyddfa'r Wasg", [])])
def test_welsh_byline_lead_in(byline, want):
    head = HEADER.replace("By Ana Costa", byline)
    article = extract_article(page(head + f"<div class='rte'>{STORY}</div>", lang="cy"), SITE + "/cy/newyddion/x/")
    assert [p.name if hasattr(p, "name") else p for p in article.authors] == want


def test_gan_is_a_name_on_an_english_page():
    head = HEADER.replace("By Ana Costa", "By Gan Kim Yong")
    article = extract_article(page(head + f"<div class='rte'>{STORY}</div>"), SITE + "/news/x/")
    assert [p.name if hasattr(p, "name") else p for p in article.authors] == ["Gan Kim Yong"]


def test_page_level_aside_filter_is_no_category_list():
    filters = ("<aside class='col-lg-3 news-filters'><h2 class='h5'>Filter news</h2><h3 class='h6'>Topic</h3>"
               "<ul class='list-unstyled'><li><a href='/news/?category=asthma'>Asthma</a></li>"
               "<li><a href='/news/?category=copd'>COPD</a></li></ul></aside>")
    card = ("<div class='card'><p class='card-date small'>4 June 2021</p><h3 class='card-title h5'>"
            "<a class='stretched-link' href='/news/sleep-diary/'>A two-line sleep diary</a></h3>"
            "<p class='card-text'>Each morning write two lines.</p></div>")
    pager = ("<nav aria-label='Pagination'><ul class='pagination'><li class='page-item'><a class='page-link' "
             "href='/news/'>1</a></li><li class='page-item active' aria-current='page'><span>2</span></li></ul></nav>")
    main = f"<h1 class='page-title'>News</h1><div class='row'>{filters}<div class='col-lg-9'>{card}{pager}</div></div>"
    html = page(main).replace("</main>", "</main><section class='donate-banner'><h2>Help us fund research</h2>"
                              "<p>£10 could pay for a call to our helpline. £50 could fund a support group.</p></section>")
    article = extract_article(html, SITE + "/news/?page=2")
    assert article.categories == []
    assert not article.is_article
