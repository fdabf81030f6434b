"""Fixes found on the held-out healthlibrary family (a US hospital's Sitecore site with a syndicated
StayWell/Krames health library), session 17: a breadcrumb step naming a library of documents or a
language edition is the site's division, no category; a related box's part that lists tools (or
doctors, locations, events) under a label of its own is no Read Also."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

BODY = "".join(f"<p>Paragraph {i} of a patient-education document about blood pressure, long enough to be "
               "read as text a person wrote, with a second sentence to make it so.</p>" for i in range(6))
URL = "https://hospital.test/health-library/content?contenttypeid=85&contentid=P00212"


def _doc(trail: str, after: str = "") -> str:
    """A vendor health-library document as a hospital's CMS frames it: a breadcrumb, the title, the
    body, the reviewer's foot block and what follows."""
    return ("<html lang='en'><head><title>Checking your blood pressure | Health Library | Riverbend Health</title>"
            "</head><body><form id='aspnetForm' method='post' action='content'>"
            "<nav class='component breadcrumb' aria-label='breadcrumb'><div class='component-content'><ol>"
            f"<li class='breadcrumb-item'><a href='/'>Home</a></li>{trail}"
            "<li class='breadcrumb-item active' aria-current='page'>Checking your blood pressure</li></ol></div></nav>"
            "<div class='krames-content'><h1 class='DocumentTitle'>Checking your blood pressure</h1>"
            f"<div class='DocumentBody'>{BODY}</div>"
            "<div class='Reviewers'><div class='Author'>Author: Costa, Ana, MD</div>"
            "<div class='DateLastReviewed'>Date Last Reviewed: 3/1/2024</div></div></div>"
            f"{after}</form></body></html>")


def _crumb(name: str, href: str) -> str:
    return f"<li class='breadcrumb-item'><a href='{href}'>{name}</a></li>"


@pytest.mark.parametrize("name", ["Health Library", "Health Encyclopedia", "Library", "Biblioteca de salud"])
def test_a_library_of_documents_atop_the_trail_is_no_category(name):
    """"Home > Health Library > document": the library is how the site divides its pages (every one of
    its thousands of documents shows it), as News or Articles is, not what this document is about."""
    article = extract_article(_doc(_crumb(name, "/health-library/")), URL)
    assert article.categories == []


@pytest.mark.parametrize("name", ["Biblioteca de salud en español", "Español", "In English"])
def test_a_step_naming_a_language_edition_is_no_category(name):
    """"Home > Health Library > Biblioteca de salud en español > document": the Spanish edition of the
    library, a division by language at any depth of the trail, not a topic."""
    trail = _crumb("Health Library", "/health-library/") + _crumb(name, "/health-library/espanol")
    article = extract_article(_doc(trail), URL)
    assert article.categories == []


def test_a_topical_step_under_the_library_stays_the_category():
    trail = _crumb("Health Library", "/health-library/") + _crumb("Heart Health", "/health-library/heart")
    article = extract_article(_doc(trail), URL)
    assert article.categories == ["Heart Health"]


RELATED = ("<div class='RelatedItems'><h2>Related Items</h2><h3>Health Library</h3><ul class='RelatedItemsList'>"
           "<li><a href='/health-library/content?contenttypeid=85&contentid=P00305'>High blood pressure and your heart</a></li>"
           "<li><a href='/health-library/content?contenttypeid=85&contentid=P00442'>Low-salt eating</a></li></ul>"
           "<h3>{tools}</h3><ul class='RelatedItemsList'>"
           "<li><a href='/health-library/content?contenttypeid=40&contentid=BMICalculator'>Body Mass Index (BMI) Calculator</a></li>"
           "<li><a href='/health-library/content?contenttypeid=40&contentid=HeartRisk'>Heart Health Risk Assessment</a></li>"
           "</ul></div>")


@pytest.mark.parametrize("tools", ["Health Tools", "Tools &amp; Calculators", "Our Doctors", "Upcoming Events"])
def test_a_related_box_s_list_of_tools_is_no_read_also(tools):
    """The vendor's "Related Items" box lists related documents under one label and the site's health
    tools (calculators, quizzes: no reading matter) under another: the documents are the Read Also."""
    article = extract_article(_doc(_crumb("Health Library", "/health-library/"), RELATED.format(tools=tools)), URL)
    assert [r.url.rsplit("=", 1)[-1] for r in article.related] == ["P00305", "P00442"]
    assert "Calculator" not in article.body_text


def test_a_related_box_of_reading_lists_only_keeps_them_all():
    article = extract_article(_doc("", RELATED.format(tools="Videos")), URL)
    assert [r.url.rsplit("=", 1)[-1] for r in article.related] == ["P00305", "P00442", "BMICalculator", "HeartRisk"]


def test_labelled_lists_beside_prose_are_no_related_box():
    """A box that also holds prose is the article's text: its "Our doctors" list is not cut as a part
    of a related box (only a box of labels and link lists is one)."""
    import lxml.html
    from archive.extract.related import _other_sections
    lists = ("<h3>Related articles</h3><ul><li><a href='/health-library/a'>Heart failure basics</a></li>"
             "<li><a href='/health-library/b'>Eating for your heart</a></li></ul>"
             "<h3>Our Doctors</h3><ul><li><a href='/doctors/okoro'>Helen Okoro, MD</a></li>"
             "<li><a href='/doctors/lee'>Sam Lee, MD</a></li></ul>")
    box = lxml.html.fragment_fromstring(f"<div class='related-content'>{lists}</div>")
    assert [el.tag for el in _other_sections(box)] == ["h3", "ul"]
    prose = ("<p>Our cardiology team sees patients at three sites across the valley, and most new "
             "patients are seen within a week of their first call.</p>")
    box = lxml.html.fragment_fromstring(f"<div class='related-content'>{prose}{lists}</div>")
    assert _other_sections(box) == []
