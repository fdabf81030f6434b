"""Fixes found on the ninth round's held-out drupal7 family (a county public-health department on
Drupal 7): each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

TEXT = ("Seasonal flu vaccines have arrived at the county clinic. Adults can walk in without an appointment, and "
        "most insurance plans cover the shot in full. Getting vaccinated before the season peaks gives your body "
        "about two weeks to build protection.")


def _node(stamp: str, shown: str, lang: str = "en") -> str:
    return (f"<!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml' xml:lang='{lang}' version='XHTML+RDFa 1.0'>"
            "<head><title>Flu shots now available | County Health</title></head>"
            "<body class='html not-front not-logged-in page-node node-type-article'><div id='content'>"
            "<h1 class='title' id='page-title'>Flu shots now available</h1>"
            "<div id='node-123' class='node node-article clearfix' typeof='sioc:Item foaf:Document'>"
            "<span property='dc:title' content='Flu shots now available' class='rdf-meta element-hidden'></span>"
            f"<div class='meta submitted'><span property='dc:date dc:created' content='{stamp}' datatype='xsd:dateTime' "
            "rel='sioc:has_creator'>Submitted by <span class='username' typeof='sioc:UserAccount' property='foaf:name'>"
            f"Maria Lopez</span> on {shown}</span></div>"
            f"<div class='content'><div class='field field-name-body'><p>{TEXT}</p><p>{TEXT}</p></div></div>"
            "</div></div></body></html>")


@pytest.mark.parametrize("stamp, shown, day", [
    ("2024-03-08T10:15:00-05:00", "Fri, 03/08/2024 - 10:15", "2024-03-08"),   # US month first
    ("2024-08-03T10:15:00+02:00", "Sa, 03/08/2024 - 10:15", "2024-08-03"),    # day first
])
def test_an_rdfa_creation_date_decides_how_a_numeric_byline_date_reads(stamp, shown, day):
    """Drupal 7's RDF module wraps the byline's date in property="dc:date dc:created" content="ISO"
    datatype="xsd:dateTime": machine data, which says whether "03/08/2024" is March 8 or 3 August
    (the page's xml:lang "en" and its address say nothing about that)."""
    article = extract_article(_node(stamp, shown), "http://203.0.113.7/news/flu-shots")
    assert article.published[:10] == day


def test_an_rdfa_date_in_a_teaser_of_another_node_is_not_the_page_s():
    """A listing's teasers each carry their own node's RDFa date: those are not the page's date."""
    teaser = ("<div class='node node-article node-teaser'><h2><a href='/news/other-{n}'>Other news {n}</a></h2>"
              "<div class='meta submitted'><span property='dc:date dc:created' content='2019-0{n}-02T10:00:00-05:00' "
              "datatype='xsd:dateTime'>Submitted by x on 0{n}/02/2019</span></div><div class='content'>"
              "<p>A short teaser of another story, cut after some thirty words or so…</p></div></div>")
    html = _node("2024-03-08T10:15:00-05:00", "Fri, 03/08/2024 - 10:15").replace(
        "</div></div></body>", "</div><div class='view-related'>" + "".join(teaser.format(n=n) for n in (1, 2, 3))
        + "</div></div></body>")
    article = extract_article(html, "http://203.0.113.7/news/flu-shots")
    assert article.published[:10] == "2024-03-08"
