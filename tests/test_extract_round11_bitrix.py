"""Fixes found on the eleventh round of held-out zoo families (a 1C-Bitrix clinic site): each test is
a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = "".join(f"<p>Абзац {i}: взрослому человеку нужно от семи до девяти часов сна, а хронический недосып "
               "повышает риск гипертонии и диабета второго типа.</p>" for i in range(5))


def _page(detail: str) -> str:
    return ("<html lang='ru'><head><title>Как правильно спать | Клиника</title></head><body>"
            "<div class='workarea'><h1 id='pagetitle'>Как правильно спать</h1>"
            f"<div class='news-detail'><span class='news-date-time'>13.01.2022</span>{detail}</div>"
            "<p><a href='/articles/'>Возврат к списку</a></p></div></body></html>")


@pytest.mark.parametrize("line, authors", [
    ("Автор:&nbsp;Смирнов Алексей Игоревич, врач-невролог", ["Смирнов Алексей Игоревич"]),
    ("Автор:&nbsp;Иванова Мария Петровна, врач-терапевт&nbsp;/&nbsp;Кузнецова Елена Викторовна, врач-педиатр, к.м.н.",
     ["Иванова Мария Петровна", "Кузнецова Елена Викторовна"]),
    ("Autor: Anna Weber", ["Anna Weber"]),
    ("Автор:&nbsp;Редакция", []),      # the editorial desk: a credit, no person
])
def test_a_labelled_author_property_after_the_text_is_the_byline(line, authors):
    """A CMS that prints an item's properties under its text ("NAME:&nbsp;VALUE<br />", as Bitrix's
    news.detail template does) puts the author there: a labelled author field on a line of its own is
    the byline, wherever it stands, and no line of the body."""
    article = extract_article(_page(f"{TEXT}<div style='clear:both'></div><br />{line}<br />"),
                              "https://clinic.test/articles/detail.php?ID=1351")
    assert article.authors == authors
    assert article.body_text.startswith("Абзац 0") and article.body_text.endswith("диабета второго типа.")
    assert "Автор" not in article.body_text and "Autor" not in article.body_text


def test_a_labelled_author_line_over_the_text_is_no_opening_paragraph():
    """"Автор: ..., к.м.н." ends in a dot (a degree's abbreviation) but is the byline, not the text's first line."""
    line = "<div class='article-author'>Автор: Кузнецова Елена Викторовна, врач-педиатр, к.м.н.</div>"
    article = extract_article(_page(line + TEXT), "https://clinic.test/articles/pediatriya/kak-spat/")
    assert article.authors == ["Кузнецова Елена Викторовна"]
    assert article.body_text.startswith("Абзац 0")
