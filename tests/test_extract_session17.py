"""Rules found in session 17 (issue 12), on the plone family's failures: Plone writes the content
type it shows into the body class (a News Item is an article, a Folder lists, an Event is a page, a
Document is an article only when filed under terms or long); a list under a link is a menu's submenu,
no list of terms; a navigation landmark is navigation; a CMS's page of a file is a download."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

SITE = "https://institute.test"
NAV_TREE = ("<aside id='portal-column-one' role='complementary'><aside class='portlet portletNavigationTree'>"
            "<ul class='navTree'><li><a href='/topics'>Topics</a><ul class='navTree navTreeLevel1'>"
            "<li><a href='/topics/diabetes'>Diabetes</a></li><li><a href='/topics/sleep'>Sleep</a></li></ul></li>"
            "</ul></aside></aside>")


def plone_page(body_class: str, text: str, *, filed: bool = False, related: str = "") -> str:
    """A Plone 5 classic page: the byline viewlet that dates and signs every item, the navigation
    portlet, og:type website on every page."""
    keywords = ("<div id='category' class='documentByLine'>Filed under: "
                "<a class='link-category' rel='nofollow' href='/@@search?Subject%3Alist=Fiber'>Fiber</a></div>"
                if filed else "")
    return ("<html lang='en'><head><title>Page — Institute</title><meta property='og:type' content='website'>"
            "<meta name='generator' content='Plone - http://plone.org'></head>"
            f"<body class='{body_class} site-Plone frontend userrole-anonymous'><main id='main-container' role='main'>"
            f"{NAV_TREE}<div id='portal-column-content'><article id='content'><header>"
            "<h1 class='documentFirstHeading'>Fiber and you</h1><div class='documentByLine'>"
            "<span class='documentAuthor'>by <a href='/author/wteam'>Web Team</a> —</span>"
            "<span class='documentPublished'><span>published</span> Feb 09, 2019,</span></div></header>"
            f"<div id='content-core'><div id='parent-fieldname-text'>{text}</div></div>{keywords}{related}"
            "</article></div></main></body></html>")


SHORT = "<p>We are a small team of clinicians and health writers who check every piece against the evidence.</p>" * 2
LONG = "".join(f"<p>Section {i}: fiber slows digestion, feeds gut bacteria and helps keep blood sugar steady "
               "through the day, which is why most adults should eat more of it than they do.</p>" for i in range(8))


@pytest.mark.parametrize("body_class, text, filed, kind", [
    ("template-newsitem_view portaltype-news-item", SHORT, False, "article"),
    ("template-document_view portaltype-document", SHORT, False, "page"),      # the About page: dated, signed
    ("template-document_view portaltype-document", SHORT, True, "article"),    # a report filed under terms
    ("template-document_view portaltype-document", LONG, False, "article"),    # long enough by words alone
    ("template-event_view portaltype-event", SHORT, False, "page"),
    ("template-summary_view portaltype-folder", SHORT, False, "listing"),
    ("view-viewview contenttype-news-item", SHORT, False, "article"),          # Volto
])
def test_plone_content_types_declare_the_page_kind(body_class, text, filed, kind):
    assert extract_article(plone_page(body_class, text, filed=filed), SITE + "/about").page_type == kind


def test_a_form_on_a_plone_item_is_not_that_item():
    """Send this (``template-sendto_form``) shows the item's type in the body class too: it says
    nothing then."""
    form = plone_page("template-sendto_form portaltype-news-item", "<form><input name='send_to_address'></form>")
    assert extract_article(form, SITE + "/news/fiber/sendto_form").page_type != "article"


def test_a_submenu_under_a_menu_link_is_no_list_of_terms():
    """The navigation tree's "Topics" link over its folders read as a "Topics" label over a list of
    topics: every page of the site got the same five tags."""
    article = extract_article(plone_page("template-newsitem_view portaltype-news-item", LONG), SITE + "/news/fiber")
    assert article.tags == [] and article.categories == []


def test_a_headed_list_of_terms_still_counts():
    html = ("<html><body><article><h1>Fiber and you</h1><p>By Ana Costa, March 5, 2024</p>" + LONG +
            "<h3>Topics</h3><ul><li><a href='/tag/fiber/'>Fiber</a></li><li><a href='/tag/gut/'>Gut health</a></li>"
            "</ul></article></body></html>")
    assert extract_article(html, SITE + "/fiber-and-you/").tags == ["Fiber", "Gut health"]


def test_terms_in_a_navigation_landmark_are_not_the_pages():
    html = ("<html><body><div role='navigation'><p>Filed under: <a href='/category/news/'>News</a> "
            "<a href='/category/events/'>Events</a></p></div>"
            "<article><h1>Fiber and you</h1><p>By Ana Costa, March 5, 2024</p>" + LONG + "</article></body></html>")
    article = extract_article(html, SITE + "/fiber-and-you/")
    assert article.categories == [] and article.tags == []


def test_a_cms_page_of_a_file_is_no_read_also_item():
    related = ("<div class='relatedItems'><section id='relatedItemBox'><header>Related content</header><ul>"
               "<li><a href='/news/sleep-diary' class='contenttype-news-item'>A two-line sleep diary</a></li>"
               "<li><a href='/news/tech-neck' class='contenttype-news-item'>Tech neck</a></li>"
               "<li><a href='/publications/annual-report-2023.pdf/view' class='contenttype-file'>Annual report 2023</a>"
               "</li></ul></section></div>")
    article = extract_article(plone_page("template-newsitem_view portaltype-news-item", LONG, related=related),
                              SITE + "/news/fiber")
    assert [r.url for r in article.related] == [SITE + "/news/sleep-diary", SITE + "/news/tech-neck"]


OJS_PAGE = "https://journal.test/index.php/jhn/article/view/102"


def test_similar_articles_written_as_citations_are_read_also_by_their_titles():
    """Open Journal Systems' "Similar Articles": each item names the authors, links the article's
    title and its issue; the item is the article (addressed as the page is), not the issue, and the
    "advanced similarity search" line under the list is no item."""
    item = ("<li>{names}, <a href='/index.php/jhn/article/view/{n}'>{title}</a>, "
            "<a href='/index.php/jhn/issue/view/{issue}'>Journal of Health and Nutrition: Vol. 2 No. 3 (2022)</a></li>")
    items = "".join(item.format(names=names, n=n, title=title, issue=issue) for names, n, title, issue in (
        ("Marcus Bell, Irina Volkova", 214, "Fall Prevention at Home", 9),
        ("Irina Volkova", 208, "Caring for the Caregiver", 8)))
    html = ("<html><body><article><h1>Screen time and sleep</h1>" + LONG + "</article>"
            f"<div id='articlesBySimilarityList' class='item'><h3>Similar Articles</h3><ul>{items}</ul>"
            "<p id='articlesBySimilaritySearch'>You may also <a href='/index.php/jhn/search/search?query=sleep'>"
            "start an advanced similarity search</a> for this article.</p></div></body></html>")
    article = extract_article(html, OJS_PAGE)
    assert [r.url for r in article.related] == ["https://journal.test/index.php/jhn/article/view/214",
                                                "https://journal.test/index.php/jhn/article/view/208"]


@pytest.mark.parametrize("label", ["Related", "Ähnliche Beiträge"])
def test_an_empty_related_box_after_the_share_buttons_labels_nothing(label):
    """Jetpack's related posts box is filled by script: served, it holds only its headline, last in
    the post-flair box after the share buttons. The headline heads nothing there."""
    page = "https://blog.test/2019/10/31/a-walk-in-the-dark/"
    html = ("<html><body><article><h1>A walk in the dark</h1>" + LONG +
            "<div id='jp-post-flair' class='sharedaddy sd-like-enabled sd-sharing-enabled'>"
            "<div class='sharedaddy sd-sharing-enabled'><div class='robots-nocontent sd-block sd-social sd-sharing'>"
            "<h3 class='sd-title'>Share this:</h3><div class='sd-content'>"
            f"<ul><li class='share-twitter'><a rel='nofollow' class='share-twitter sd-button' href='{page}?share=twitter'>"
            "<span>Twitter</span></a></li>"
            f"<li class='share-facebook'><a rel='nofollow' class='share-facebook sd-button' href='{page}?share=facebook'>"
            "<span>Facebook</span></a></li><li class='share-end'></li></ul></div></div></div>"
            "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper'><h3 class='sd-title'>Like this:</h3>"
            "<div class='likes-widget-placeholder'><span class='button'><span>Like</span></span></div>"
            "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>"
            "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>"
            f"<em>{label}</em></h3></div></div></article></body></html>")
    assert extract_article(html, page).related == []


@pytest.mark.parametrize("step, href", [("Health topics A-Z", "/health-topics/a-z"),
                                        ("Translated resources", "/translated")])
def test_an_index_by_letter_or_a_languages_section_in_the_trail_is_no_category(step, href):
    html = ("<html><body><nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>Home</a></li>"
            f"<li><a href='{href}'>{step}</a></li><li>Asthma</li></ol></nav>"
            "<main><h1>Asthma</h1><p>Last updated: 12 March 2024</p>" + LONG + "</main></body></html>")
    assert extract_article(html, SITE + href + "/asthma").categories == []


def test_a_topic_in_the_trail_is_still_a_category():
    html = ("<html><body><nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>Home</a></li>"
            "<li><a href='/heart-health'>Heart health</a></li><li>Cholesterol</li></ol></nav>"
            "<main><h1>Cholesterol</h1><p>Last updated: 12 March 2024</p>" + LONG + "</main></body></html>")
    assert extract_article(html, SITE + "/heart-health/cholesterol").categories == ["Heart health"]


def test_a_welsh_as_told_to_names_the_writer():
    """"Fel y'i hadroddwyd wrth" is Welsh for "As told to": the writer of a first-person story."""
    html = ("<html lang='cy'><body><main><article><header><h1>Fy nhaith gyda methiant y galon</h1>"
            "<p class='c-article__meta'><span class='c-article__byline'>Fel y&#8217;i hadroddwyd wrth Claire Dubois"
            "</span> <time datetime='2021-07-08'>8 Gorffennaf 2021</time></p></header><div><p>"
            + "Roedd fy nhad yn byw gyda methiant y galon am flynyddoedd cyn iddo gael diagnosis llawn. " * 12
            + "</p></div></article></main></body></html>")
    assert extract_article(html, "https://charity.test/cy/straeon/fy-nhaith").authors == ["Claire Dubois"]
