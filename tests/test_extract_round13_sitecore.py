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

