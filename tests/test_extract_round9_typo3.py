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


@pytest.mark.parametrize("news, links, files", [
    ("Das könnte Sie auch interessieren", "Weiterführende Links", "Downloads"),
    ("You might also be interested in", "Further links", "Related files"),
])
def test_a_related_box_of_labelled_lists_gives_only_its_related_posts(news, links, files):
    """TYPO3's news extension relates news, links and files to a post in one "news-related-wrap",
    each list under its own label: the related news are Read Also, the service page and the
    brochure are not; a PDF is never a post."""
    def page(*parts):
        return ("<html><head><title>Wasser trinken</title></head><body><main><div class='article'><h1>Wasser trinken</h1>"
                f"<div class='news-text-wrap' itemprop='articleBody'>{PARAGRAPHS}</div><div class='news-related-wrap'>"
                + "".join(parts) + "</div></div></main></body></html>")
    related = (f"<div class='news-related news-related-news'><h4>{news}</h4><ul><li><span>12.03.2024</span>"
               "<a href='/magazin/artikel/zucker'>Zucker in Getränken</a></li><li><span>02.02.2024</span>"
               "<a href='/index.php?id=123&amp;tx_news_pi1%5Bnews%5D=419&amp;cHash=ab12'>Vitamin D im Winter</a></li></ul></div>")
    further = (f"<div class='news-related news-related-links'><h4>{links}</h4><ul><li><a href='/gesundheitskurse/'>"
               "Gesundheitskurse</a></li><li><a href='https://gesund.bund.de/'>gesund.bund.de</a></li></ul></div>")
    download = (f"<div class='news-related news-related-files'><h4>{files}</h4><ul><li><a href='/fileadmin/kurse-2025.pdf'>"
                "Kursprogramm 2025</a></li></ul></div>")
    url = "https://www.bkk.test/magazin/artikel/wasser"
    assert [r.url for r in extract_article(page(related, further, download), url).related] == [
        "https://www.bkk.test/magazin/artikel/zucker", "https://www.bkk.test/index.php?id=123&tx_news_pi1%5Bnews%5D=419&cHash=ab12"]
    # without related news, the box's lists are read as they are (a "Weiterführende Links" list of
    # articles is Read Also on other German sites), but the brochure is still no post
    assert [r.url for r in extract_article(page(further, download), url).related] == ["https://www.bkk.test/gesundheitskurse/"]
    brochure = ("<div class='related-posts'><h3>Related posts</h3><ul><li><a href='/blog/fiber/'>Fiber basics</a></li>"
                "<li><a href='/files/fiber-guide.pdf'>Fiber guide (PDF)</a></li></ul></div>")
    assert [r.url for r in extract_article(page(brochure), url).related] == ["https://www.bkk.test/blog/fiber/"]


@pytest.mark.parametrize("href", ["/magazin/?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=10&amp;cHash=0eba9f1b",
                                  "/magazin/?tx_news_pi1[overwriteDemand][categories]=10", "/blog/?filter[category]=10"])
def test_a_category_link_in_the_meta_line_under_the_headline_box_is_the_category(href):
    """The line just below the headline's box (TYPO3 news: <div class="header"><h1>, then a <div
    class="footer"> with date, category and author) names the category, by an address that filters
    a listing with a PHP-style array parameter ([categories]=12); the breadcrumb's section is not it.
    A paragraph of text below the headline box is no meta line."""
    line = (f"<span class='news-list-date'><time datetime='2024-03-12'>12.03.2024</time></span>"
            f"<span class='news-list-category'><a href='{href}'>Ernährung</a></span>")
    html = _page(line).replace("<main>", "<nav class='breadcrumb-section'><ol class='breadcrumb'><li><a href='/'>Start</a>"
                               "</li><li><a href='/magazin/'>Gesundheitsmagazin</a></li><li>Wasser trinken</li></ol></nav><main>")
    url = "https://www.bkk.test/magazin/artikel/wasser-trinken"
    assert extract_article(html, url).categories == ["Ernährung"]
    prose = html.replace("<div class='footer'><p>", "<div class='intro'><p>Wer genug trinkt, bleibt wacher: "
                         + "Wasser ist der beste Durstlöscher, sagen Ärztinnen seit Jahren, und es kostet fast nichts. " * 3)
    assert extract_article(prose, url).categories != ["Ernährung"]


def test_the_lead_and_the_player_of_a_microdata_article_item_join_its_declared_body():
    """TYPO3's news extension prints a post inside one schema.org Article item as its media block (a
    YouTube player), the teaser (the lead paragraph, itemprop="description") and the bodytext
    (itemprop="articleBody"): the lead opens the body and the player is the post's; a lead repeated in
    the body is not read twice."""
    lead = ("Unsere Physiotherapeutin zeigt fünf einfache Übungen, die Sie ohne Geräte zu Hause machen können: "
            "Katzenbuckel, Brücke und Vierfüßlerstand.")
    def page(text):
        return ("<html lang='de'><head><title>BKK: Video: Rückenübungen</title></head><body><main><div class='news news-single'>"
                "<div class='article' itemscope='itemscope' itemtype='http://schema.org/Article'><div class='header'>"
                "<h1 itemprop='headline'>Video: Rückenübungen</h1></div><div class='footer'><p><span class='news-list-date'>"
                "<time datetime='2021-06-11'>11.06.2021</time></span></p></div><div class='news-img-wrap'><div class='outer'>"
                "<div class='mediaelement mediaelement-video'><div class='video-wrapper'><iframe src='https://www.youtube-nocookie"
                ".com/embed/Hq7Tz2Wk9Lp?autohide=1' allowfullscreen width='750' height='422'></iframe></div></div></div></div>"
                f"<div class='teaser-text' itemprop='description'><p>{lead}</p></div><div class='news-text-wrap' "
                f"itemprop='articleBody'>{text}</div><div class='news-backlink-wrap'><a href='/magazin/'>Zurück</a></div>"
                "</div></div></main></body></html>")
    url = "https://www.bkk.test/magazin/artikel/video-rueckenuebungen"
    article = extract_article(page(PARAGRAPHS), url)
    assert article.body_text.startswith(lead) and "Absatz 5" in article.body_text
    assert [e.url for e in article.embeds] == ["https://www.youtube-nocookie.com/embed/Hq7Tz2Wk9Lp?autohide=1"]
    twice = extract_article(page(f"<p>{lead}</p>{PARAGRAPHS}"), url)
    assert twice.body_text.count("Katzenbuckel") == 1


def test_an_author_box_named_in_several_words_is_no_body_and_a_long_lead_leads_its_short_body():
    """A box classed "news-author-box" (the words of "authorbox", one by one) is an author box, kept
    out of the body like "author-box"; when the teaser is longer than the text it leads, the body is
    still the two of them."""
    def page(text, after=""):
        return ("<html lang='de'><head><title>BKK: Entspannung</title></head><body><main><div class='news news-single'>"
                "<div class='article' itemscope='itemscope' itemtype='http://schema.org/Article'><div class='header'>"
                "<h1 itemprop='headline'>Entspannung</h1></div><div class='footer'><p><time datetime='2021-09-12'>12.09.2021"
                f"</time></p></div><div class='teaser-text' itemprop='description'><p>{lead}</p></div><div class='news-text-wrap' "
                f"itemprop='articleBody'>{text}</div>{after}</div></div></main></body></html>")
    lead = ("Bei der progressiven Muskelentspannung nach Jacobson spannen Sie nacheinander einzelne Muskelgruppen an "
            "und lassen wieder los. Die Anleitung dauert zwölf Minuten, und Sie brauchen nur einen ruhigen Platz.")
    box = ("<div class='news-author-box'><h4 class='news-author-box__header'>Über die Autorin</h4><p class='news-author-box__name'>"
           "<strong>Leonie Hartmann</strong></p><p>Psychologin und Autorin. Schreibt für das Gesundheitsmagazin.</p></div>")
    url = "https://www.bkk.test/magazin/artikel/entspannung"
    article = extract_article(page("<p>Am besten wirkt die Methode täglich zur gleichen Zeit.</p>", box), url)
    assert article.body_text.startswith("Bei der progressiven") and "zur gleichen Zeit" in article.body_text
    assert "Über die Autorin" not in article.body_text and "Psychologin" not in article.body_text
