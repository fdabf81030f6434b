"""The language of an article's text beside the one its page declares."""
import pytest

from archive.extract import extract_article
from archive.extract.language import article_language

pytestmark = pytest.mark.fast

PORTUGUESE = ("Caminhar todos os dias ajuda o coração e a cabeça. Trinta minutos de passo rápido bastam para "
              "baixar a pressão arterial, melhorar o sono e reduzir o risco de diabetes tipo 2.")
ENGLISH = ("Walking every day helps the heart and the mind. Thirty minutes at a brisk pace is enough to lower "
           "blood pressure, improve sleep and reduce the risk of type 2 diabetes.")


def test_the_text_decides_when_it_can_and_the_declaration_stays_apart():
    assert article_language(PORTUGUESE, "en-US") == "pt"
    assert article_language(ENGLISH, "en-US") == "en-US"          # agreeing: the declared region is kept
    assert article_language("Olá, mundo.", "en-US") == "en-US"     # too short to tell
    assert article_language(PORTUGUESE, "") == "pt"
    assert article_language("\x00\x01 " * 100, "de") == "de"       # nothing to read: the declaration stands


def test_a_post_in_another_language_on_a_site_declaring_one():
    html = (f'<html lang="en-US"><head><title>Caminhar</title></head><body><article><h1>Caminhar todos os dias</h1>'
            f'<p>{PORTUGUESE}</p><p>{PORTUGUESE}</p></article></body></html>')
    article = extract_article(html, "https://blog.example/caminhar/")
    assert (article.language, article.declared_language) == ("pt", "en-US")
