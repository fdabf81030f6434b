"""Fixes found on the held-out healthlibrary family (a US hospital's Sitecore site with a syndicated
StayWell/Krames health library), session 17: a breadcrumb step naming a library of documents or a
language edition is the site's division, no category."""
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
