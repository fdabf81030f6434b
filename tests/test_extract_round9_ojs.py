"""Fixes found on the ninth round's OJS family (an open-access journal on Open Journal Systems):
each test is a page shape scholarly platforms share (Highwire/Google Scholar and Dublin Core meta,
OJS, DSpace, EPrints, Janeway, Drupal's bibcite), written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

ES = ("<p>El estrés de corta duración nos ayuda a reaccionar ante un problema, pero cuando se mantiene durante "
      "meses altera el sueño, la digestión y la tensión arterial.</p>")
REFS = "".join(f"<p>Smith J{i}. Stress and health outcomes in adults: a randomized controlled trial of sleep and "
               f"exercise. Prev Med. 2017;40(5):46. https://doi.org/10.9558/s.2017.{i}</p>" for i in range(6))


def journal_page(lang: str, keywords: list[str], similar_heading: str = "Similar Articles") -> str:
    metas = "".join(f'<meta name="citation_keywords" xml:lang="{lang}" content="{k}">' for k in keywords)
    metas += "".join(f'<meta name="DC.Subject" xml:lang="{lang}" content="{k}">' for k in keywords)
    return ('<!DOCTYPE html><html lang="en-US"><head><title>El estrés crónico | Journal of Health</title>'
            '<meta name="citation_title" content="El estrés crónico"><meta name="citation_author" content="Marcus Bell">'
            f'<meta name="citation_date" content="2023/08/19"><meta name="citation_language" content="{lang}">'
            f'<meta name="DC.Language" scheme="ISO639-1" content="{lang}">{metas}</head><body>'
            '<article class="obj_article_details"><h1 class="page_title">El estrés crónico</h1>'
            '<ul class="authors"><li><span class="name">Marcus Bell</span></li></ul>'
            f'<section class="item keywords"><h2 class="label">Keywords:</h2><span class="value">{", ".join(keywords)}</span></section>'
            f'<section class="item abstract"><h2 class="label">Abstract</h2>{ES * 2}</section>'
            f'<section class="item references"><h2 class="label">References</h2><div class="value">{REFS}</div></section>'
            '<div class="item published"><h2 class="label">Published</h2><span>2023-08-19</span></div></article>'
            f'<div id="articlesBySimilarityList"><h3>{similar_heading}</h3><ul>'
            '<li>Ana Costa, <a href="/index.php/jhn/article/view/131">Screen time and stress</a></li>'
            '<li>Lena Hoffmann, <a href="/index.php/jhn/article/view/208">Caregiver burnout</a></li></ul></div>'
            "</body></html>")


def test_the_article_level_language_declaration_outranks_the_interface_language():
    """A journal's interface stays English (<html lang="en-US">) while an article is in Spanish and
    says so in its own bibliographic record (citation_language, DC.Language); its references, in
    English, make the text alone undecided."""
    article = extract_article(journal_page("es", ["Estrés", "Ansiedad"]), "https://j.test/index.php/jhn/article/view/309")
    assert article.language.split("-")[0] == "es"


def test_scholarly_keywords_metadata_are_the_tags():
    """citation_keywords (Highwire / Google Scholar) and DC.Subject are the article's keywords: its tags."""
    article = extract_article(journal_page("en", ["Stress", "Anxiety"]), "https://j.test/index.php/jhn/article/view/309")
    assert article.tags == ["Stress", "Anxiety"]


def test_one_keywords_meta_written_with_commas_gives_one_tag_per_keyword():
    from archive.extract.core import extract_article

    html = ("<html><head><title>Reading a 1541 disk on Linux</title>"
            "<meta name='citation_keywords' content='linux, c64, retro, 1541, diskette'></head><body><article>"
            "<h1>Reading a 1541 disk on Linux</h1><p>" + "The drive still reads old disks with a cheap adapter. " * 8
            + "</p></article></body></html>")
    assert extract_article(html, "https://blog.example.org/1541/").tags == ["linux", "c64", "retro", "1541", "diskette"]
