"""A journal's "How to cite" box (the article formatted as a reference to itself) is not body text."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

TITLE = "Three Breathing Exercises for Stressful Days"
ABSTRACT = ("<p>Slow breathing lowers the heart rate within minutes. We describe three exercises that adults "
            "can practise at a desk, on a bus or in bed, and how often to repeat them for a lasting effect.</p>"
            "<p>Box breathing, the physiological sigh and extended exhalation were taught to forty volunteers, "
            "who kept a diary of their stress levels for a fortnight before and after the lessons.</p>")
REFS = "".join(f"<p>Author {i} A, Writer B. Breathing and stress in adults: trial {i}. Lancet. 2019;{i}(2):{i}1. "
               f'<a href="https://doi.org/10.1000/x.{i}">https://doi.org/10.1000/x.{i}</a></p>' for i in range(1, 8))
# modelled on OJS 3's article_details.tpl with the Citation Style Language plugin's box
PAGE = f"""<html lang="en"><head><title>{TITLE} | Journal of Health</title></head><body>
<div class="page"><article class="details"><h1 class="page_title">{TITLE}</h1>
<div class="row"><div class="main">
<section class="item authors"><ul><li><span class="name">Ana Costa</span></li><li><span class="name">Marcus Bell</span></li></ul></section>
<section class="item abstract"><h2 class="label">Abstract</h2>{ABSTRACT}</section>
<section class="item references"><h2 class="label">References</h2><div class="value">{REFS}</div></section>
</div>
<div class="details">
<div class="item published"><h2 class="label">Published</h2><div class="value">2023-03-14</div></div>
<div class="item citation"><h2 class="label">How to Cite</h2><div class="value"><div id="citationOutput" role="region">
<div class="csl-bib-body"><div class="csl-entry">Costa, A., &amp; Bell, M. (2023). {TITLE}. <i>Journal of Health</i>, <i>3</i>(1).
https://doi.org/10.55821/jhn.v3i1.263</div></div></div></div></div>
<div class="item issue"><h2 class="label">Section</h2><div class="value">Clinical Videos</div></div>
</div></div></article></div></body></html>"""


def test_how_to_cite_box_is_not_body():
    article = extract_article(PAGE, "https://journal.example/index.php/jh/article/view/263")
    assert "Slow breathing lowers the heart rate" in article.body_text
    assert "Breathing and stress in adults: trial 7" in article.body_text
    assert "Costa, A., & Bell, M. (2023)" not in article.body_text
    assert "How to Cite" not in article.body_text


def test_a_sentence_naming_the_title_stays():
    """A paragraph of the story that names the headline (no reference marks) is prose."""
    page = PAGE.replace(ABSTRACT, ABSTRACT + f"<p>In {TITLE} we set out what helps most people and why "
                        "it works, with the caveats a doctor would add for readers with asthma.</p>")
    article = extract_article(page, "https://journal.example/index.php/jh/article/view/263")
    assert f"In {TITLE} we set out" in article.body_text


def test_download_link_is_not_followed():
    """<a download>: the page offers the target as a file to save (OJS's galley viewer's "Download"
    of the raw upload), not a page to crawl; the same target linked plainly elsewhere is likewise held back."""
    page = ('<html><body><header><a href="/jh/article/view/263" class="return">Return to Article Details</a>'
            '<a href="/jh/article/download/263/827" class="download" download>Download</a></header>'
            '<iframe src="/jh/article/download/263/827?inline=1"></iframe><a href="/jh/about">About</a></body></html>')
    links = extract_article(page, "https://journal.example/jh/article/view/263/827").page_links
    assert "https://journal.example/jh/article/download/263/827" not in links
    assert "https://journal.example/jh/about" in links
    assert "https://journal.example/jh/article/view/263" in links
