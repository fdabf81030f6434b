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


@pytest.mark.parametrize("line, name", [
    ("Enviado por Olivia Grant el vie, 04/13/2022 - 11:15", "Olivia Grant"),      # Drupal's es "Submitted by"
    ("Publicado por Olivia Grant el vie, 04/13/2022", "Olivia Grant"),
    ("Soumis par Jeanne Roux le ven, 13/04/2022 - 11:15", "Jeanne Roux"),
    ("Inviato da Marco Rossi il ven, 13/04/2022 - 11:15", "Marco Rossi"),
])
def test_a_translated_submitted_by_line_names_its_author(line, name):
    """Drupal prints "Submitted by !username on !datetime" in the site's language: "Enviado por X el
    vie, ...", "Soumis par X le ...": the lead-in and the lowercase word joining the name to its date
    ("el", "le", "il", as "on" in English) end at the name."""
    from archive.extract.authors import byline_people
    assert [p.name for p in byline_people(line)] == [name]


@pytest.mark.parametrize("line, name", [("By Mohamed El Amrani", "Mohamed El Amrani"),
                                        ("Par Marine Le Pen", "Marine Le Pen"),
                                        ("Por Ana de la Cruz el 3 de mayo", "Ana de la Cruz")])
def test_capitalised_particles_stay_in_a_name(line, name):
    from archive.extract.authors import byline_people
    assert [p.name for p in byline_people(line)] == [name]


def test_a_spanish_drupal_node_names_its_author():
    html = _node("2024-03-08T10:15:00-05:00", "vie, 03/08/2024 - 10:15", "es").replace(
        "Submitted by", "Enviado por").replace("</span> on ", "</span> el ")
    article = extract_article(html, "http://203.0.113.7/es/noticias/vacunas")
    assert article.authors == ["Maria Lopez"]
