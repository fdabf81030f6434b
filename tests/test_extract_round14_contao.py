"""Fixes found on the fourteenth round's held-out contao family (a pharmacy chain's health guide on
Contao's news bundle): each test is a page shape such sites share with many others, written small."""
import json

import pytest

from archive.extract.core import extract_article
from archive.extract.names import people_in

pytestmark = pytest.mark.fast

TEXT = "".join(f"<p>Absatz {i}: Eine Erkältung dauert mit Behandlung eine Woche und ohne sieben Tage, sagt der "
               "Volksmund, doch gegen die Beschwerden hilft einiges aus der Apotheke.</p>" for i in range(4))


def news(author: str | None, byline: bool = True) -> str:
    """Contao's news_full template, with the NewsArticle its News::getSchemaOrgData emits (an author
    only when the news has a backend user as author)."""
    item = {"@type": "NewsArticle", "identifier": "#/schema/news/12", "headline": "Erkältung: Was hilft",
            "datePublished": "2024-03-12T09:30:00+01:00"}
    if author:
        item["author"] = {"@type": "Person", "name": author}
    by = f" von {author}" if author and byline else ""
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, item]})
    return ("<html lang='de'><head><title>Erkältung: Was hilft - Apotheke</title></head><body><div id='wrapper'>"
            "<div id='container'><main id='main'><div class='inside'><div class='mod_article block'>"
            "<div class='mod_newsreader block'><div class='layout_full block'><h1>Erkältung: Was hilft</h1>"
            f"<p class='info'><time datetime='2024-03-12T09:30:00+01:00'>12.03.2024 09:30</time>{by}</p>"
            f"<div class='ce_text block'>{TEXT}</div></div></div></div></div></main></div></div>"
            f"<script type='application/ld+json'>{ld}</script></body></html>")


@pytest.mark.parametrize("raw, name, role", [
    ("Apothekerin Petra Krämer", "Petra Krämer", "Apothekerin"),
    ("Apotheker Jonas Albrecht", "Jonas Albrecht", "Apotheker"),
    ("Eczacı Selin Yıldız", "Selin Yıldız", "Eczacı"),
    ("Pharmacienne Claire Martin", "Claire Martin", "Pharmacienne"),
    ("Heilpraktikerin Jana Roth", "Jana Roth", "Heilpraktikerin"),
])
def test_a_health_profession_written_before_the_name_is_a_position(raw, name, role):
    assert [(p.name, p.affiliation) for p in people_in(raw)] == [(name, role)]


def test_the_structured_author_loses_the_profession_before_the_name():
    got = extract_article(news("Apothekerin Petra Krämer"), "https://apo.test/ratgeber/news/erkaeltung.html")
    assert got.authors == ["Petra Krämer"]
