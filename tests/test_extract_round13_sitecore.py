"""Round 13 (sitecore): what the held-out Sitecore SXA family showed the extraction missing."""
import pytest

from archive.extract import dates
from archive.extract.core import extract_article

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, want", [("13 abr. 2021", "2021-04-13"), ("13 abr 2021", "2021-04-13"),
                                        ("9 ago. 2021", "2021-08-09"), ("2 abr. de 2024", "2024-04-02")])
def test_spanish_and_portuguese_short_month_names(text, want):
    """CLDR's abbreviated months for es, pt and ca ("ene.", "abr.", "ago.", "sept.", "dic."), which
    .NET, Java and Intl print in a "d MMM y" date: April's "abr" is one of them."""
    assert [f.day.isoformat() for f in dates.find_all(text)][:1] == [want]


def test_a_short_spanish_news_item_dated_with_an_abbreviated_month_is_an_article():
    page = ("<html lang='es'><head><title>Qué comer para cuidar el corazón | Riverbend Health</title></head><body>"
            "<main><div class='component page-content col-12'><div class='component-content'><div class='field-category'>"
            "<a href='/news/categories/nutricion'>Nutrición</a></div><h1 class='field-title'>Qué comer para cuidar el corazón</h1>"
            "<div class='field-date'>13 abr. 2021</div><div class='field-content'><p>"
            + "Las legumbres, el pescado y el aceite de oliva ayudan a bajar el colesterol. " * 5
            + "</p></div></div></div></main></body></html>")
    article = extract_article(page, "https://riverbend.example/es/noticias/2021/04/que-comer")
    assert article.published.startswith("2021-04-13") and article.page_type == "article"


def _library(url: str, eyebrow: str = "Exercise &amp; Fitness") -> str:
    # an SXA page-content rendering variant: an unlinked category eyebrow over the title; the trail
    # skips the category folder (Home > Health Library > title)
    return ("<html><head><title>Strength training after 40 | Riverbend Health</title></head><body><main>"
            "<div class='component breadcrumb navigation-title'><div class='component-content'><nav><ol>"
            "<li class='breadcrumb-item home'><a href='/'>Home</a></li><li class='breadcrumb-item item1'>"
            "<a href='/health-library'>Health Library</a></li><li class='breadcrumb-item last'><a href='" + url + "'>"
            "Strength training after 40</a></li></ol></nav></div></div>"
            "<div class='component page-content col-12'><div class='component-content'>"
            f"<div class='field-category'>{eyebrow}</div><h1 class='field-title'>Strength training after 40</h1>"
            "<div class='field-content'><p>" + "Muscle mass falls with age unless you ask it to work. " * 8
            + "</p><p class='last-reviewed'>Last reviewed: 3/12/2024</p></div></div></div></main></body></html>")


def test_an_unlinked_eyebrow_naming_the_address_folder_is_the_category():
    """Text over the one headline that names the folder the address sits in
    (/health-library/exercise-fitness/x under "Exercise & Fitness") is the page's category, before
    the trail's section ("Health Library"); a top-level folder (/news/x under "News") is the site's
    section, and an eyebrow naming no folder is no category (nor, since session 17, is the trail's
    "Health Library": a library of documents is how the site divides its pages)."""
    import lxml.html
    from archive.extract.metadata import extract_metadata
    url = "https://riverbend.example/health-library/exercise-fitness/strength-training-after-40"
    assert extract_metadata(lxml.html.fromstring(_library(url)), url)["categories"] == ["Exercise & Fitness"]
    other = "https://riverbend.example/health-library/a-z/strength-training-after-40"
    assert extract_metadata(lxml.html.fromstring(_library(other)), other)["categories"] == []
    top = "https://riverbend.example/news/strength-training-after-40"
    assert extract_metadata(lxml.html.fromstring(_library(top, "News")), top)["categories"] == []
