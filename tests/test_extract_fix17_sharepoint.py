"""The sharepoint held-out family's short Spanish releases: a labelled term whose link goes to no term
address.

A CMS that keeps a page's terms in a field writes them twice: into the page's ``<meta name="keywords">``
and into the page, after a label ("Topic: <a>Sleep</a>"). The link under the label goes where the
site's editors or variation made it go: the English site's news list filtered on the topic (a term
address), the Spanish variation's unfiltered news list (no term address). A link after a term label
whose text the page's own keywords name is the page's term all the same: the page is filed under
it, and a short dated release filed under a topic is an article.
"""
from __future__ import annotations

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

HOST = "http://127.0.0.1:8000"
BODY = ("El Departamento de Salud confirmó un caso de sarampión en un adulto no vacunado que regresó de un viaje "
        "al extranjero. Las personas que estuvieron en la sala de espera del hospital regional podrían haber "
        "estado expuestas. Quienes no tengan dos dosis de la vacuna deben consultar a su médico.")


def release(keywords: str = "Vacunas") -> str:
    """A SharePoint publishing page (ArticleLeft layout) of the Spanish variation, its topic linked
    to the unfiltered news list."""
    return f"""<!DOCTYPE html><html dir="ltr" lang="es-US"><head>
<meta name="GENERATOR" content="Microsoft SharePoint" /><title>Confirman un caso de sarampión</title>
<meta name="keywords" content="{keywords}" /></head><body><form id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow">
<h1 id="pageTitle" class="ms-core-pageTitle"><span>Confirman un caso de sarampión</span></h1></div>
<div id="contentRow"><div id="sideNavBox"><div role="navigation"><ul>
<li><a href="/es/Pages/default.aspx">Inicio</a></li><li><a href="/es/noticias/Pages/default.aspx">Noticias</a></li>
<li><a href="/diseases/Pages/default.aspx">Enfermedades</a></li></ul></div></div>
<div id="contentBox"><div id="DeltaPlaceHolderMain"><div class="article article-left">
<div class="article-header"><div class="date-line">8/23/2021</div><div class="by-line"></div></div>
<div class="article-content"><div class="ms-rtestate-field"><p>{BODY}</p><p>###</p></div></div>
<div class="article-topic"><span class="ms-metadata">Tema:</span> <a href="/es/noticias/Pages/default.aspx">Vacunas</a></div>
</div></div></div></div></div></div></form></body></html>"""


def test_a_labelled_topic_named_by_the_keywords_meta_files_the_release():
    a = extract_article(release(), f"{HOST}/es/noticias/Pages/2021-08-23-confirman-un-caso.aspx")
    assert a.categories == ["Vacunas"]
    assert a.page_type == "article"


def test_a_labelled_link_the_keywords_do_not_name_is_no_term():
    a = extract_article(release(keywords="salud, Westbrook"), f"{HOST}/es/noticias/Pages/2021-08-23-confirman-un-caso.aspx")
    assert "Vacunas" not in a.categories


def test_a_spanish_related_links_summary_is_the_read_also():
    """SharePoint's Summary Links web part headed "Enlaces relacionados" (the Spanish of the
    "Related Links" heading already read as an article's own related block)."""
    links = ('<div class="article-links"><div class="slm-layout-main groupmarker">'
             '<div class="groupheader item medium">Enlaces relacionados</div><div class="dfwp-list">'
             '<div class="dfwp-item"><div class="link-item"><a href="/news/Pages/2024-06-05-watch-how-to-read.aspx">'
             'Watch: How to Read a Blood Pressure Cuff at Home</a></div></div>'
             '<div class="dfwp-item"><div class="link-item"><a href="/es/noticias/Pages/2024-07-03-que-comer.aspx">'
             'Qué comer para cuidar el corazón</a></div></div></div></div></div>')
    html = release().replace("</div>\n</div></div></div></div></div></div></form>", f"</div>{links}\n</div></div></div></div></div></div></form>")
    assert links in html
    a = extract_article(html, f"{HOST}/es/noticias/Pages/2021-08-23-confirman-un-caso.aspx")
    assert [r.url for r in a.related] == [f"{HOST}/news/Pages/2024-06-05-watch-how-to-read.aspx",
                                          f"{HOST}/es/noticias/Pages/2024-07-03-que-comer.aspx"]
