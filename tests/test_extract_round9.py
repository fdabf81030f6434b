"""Fixes found on the ninth round of held-out zoo families (a TYPO3 news site): each test is a page
shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Absatz {i}: Wer regelmäßig Wasser trinkt, fühlt sich wacher, und ein Glas am "
                     "Arbeitsplatz erinnert daran, zwischendurch aufzustehen.</p>" for i in range(6))


def _page(byline: str) -> str:
    """TYPO3's news extension (tx_news): the detail view is a microdata Article whose meta line
    (date, category, author) sits in a <div class="footer"> under the headline."""
    return ("<html lang='de-DE'><head><title>BKK: Wasser trinken</title></head><body><header class='navbar'>"
            "<a href='/'>Start</a></header><main><div class='news news-single'><div class='article' itemscope='itemscope' "
            "itemtype='http://schema.org/Article'><div class='header'><h1 itemprop='headline'>Wasser trinken</h1></div>"
            "<div class='footer'><p><span class='news-list-date'><time datetime='2024-03-12'>12.03.2024</time></span>"
            f"{byline}</p></div><div class='news-text-wrap' itemprop='articleBody'>{PARAGRAPHS}</div></div></div></main>"
            "<footer class='footer'><p>© BKK, <span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            "<span itemprop='name'>Max Muster</span></span></p></footer></body></html>")


@pytest.mark.parametrize("byline, names", [
    ("<span class='news-list-author' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
     "Text: <span itemprop='name'>Dr. med. Anna Weber</span></span>", ["Anna Weber"]),
    ("<span class='news-list-author' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
     "Text: <span itemprop='name'>Jens Köhler und Miriam Schulte</span></span>", ["Jens Köhler", "Miriam Schulte"]),
])
def test_the_author_of_the_microdata_article_is_read_inside_its_footer(byline, names):
    """itemprop="author" of the microdata Article that holds the headline names the post's author, even
    in a block classed "footer" (the article's own meta line, not the site's footer); an author item in
    the site's footer, outside the Article, still names nobody."""
    article = extract_article(_page(byline), "https://www.bkk.test/magazin/artikel/wasser-trinken")
    assert article.authors == names
    assert extract_article(_page(""), "https://www.bkk.test/magazin/artikel/wasser-trinken").authors == []


def test_a_title_after_and_opens_the_next_author_and_a_press_office_signs_as_nobody():
    """German bylines put the academic title before each name ("Text: Jens Köhler und Dr. med. Anna
    Weber"): "Dr. med. ..." after a name is the next author, not a role of the first. A release
    signed by the press office ("Pressestelle") names no person."""
    byline = ("<span class='news-list-author' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
              "Text: <span itemprop='name'>{}</span></span>")
    url = "https://www.bkk.test/magazin/artikel/wasser-trinken"
    article = extract_article(_page(byline.format("Julia Richter, Andreas Lang und Dr. med. Anna Weber")), url)
    assert article.authors == ["Julia Richter", "Andreas Lang", "Anna Weber"]
    assert extract_article(_page(byline.format("Pressestelle")), url).authors == []
