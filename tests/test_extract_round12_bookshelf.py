"""Fixes of the twelfth round's bookshelf family (NCBI Bookshelf chapters): each test is a page shape
many sites share, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

SECTION = ("<p>Hypertension is a sustained elevation of arterial pressure that raises the risk of stroke, "
           "heart failure and kidney disease; most adults with it feel nothing at all.</p>")
SHORT = ("<p>Keep a two-line sleep diary each morning: when you went to bed, when you got up and how rested "
         "you feel. After two weeks the pattern is plain to see.</p>")


def page(body: str, people: int = 6, head: str = "") -> str:
    """A chapter on a Bookshelf-like site: a government banner and a masthead h1 above, a byline with its
    hidden affiliations, the work's text (itemprop=text) and disclosures, copyright and portlets around it."""
    names = ["Priya N Raman", "Thomas J Okafor", "Elena Vasquez", "Kwame Mensah", "Hannah L Brooks", "Daniel Yoon"][:people]
    byline = "; ".join(f'<span itemprop="author">{n}</span><sup>{k}</sup>' for k, n in enumerate(names, 1))
    hidden = "".join(f'<div class="contrib"><span itemprop="author">{n}</span>, MD<div class="affiliation small">'
                     f"Department of Internal Medicine, University Hospital number {k}, Springfield</div></div>"
                     for k, n in enumerate(names, 1))
    disclosures = "".join(f"<p>Disclosure: {n} declares no relevant financial relationships with ineligible "
                          "companies.</p>" for n in names)
    return ("<html><head><title>Chapter - Pearls - Bookshelf</title>"
            '<meta name="citation_title" content="Chapter" /><meta name="citation_date" content="2024/03/12" />'
            f"{head}</head><body><div class='page'><div class='top'><section class='usa-banner'>"
            "<p>The .gov means it's official. Federal government websites often end in .gov or .mil. Before "
            "sharing sensitive information, make sure you're on a federal government site.</p><p>The site is "
            "secure. The https:// ensures that you are connecting to the official website and that any "
            "information you provide is encrypted and transmitted securely.</p></section>"
            "<div class='header'><h1 class='res_name'><a href='/books/'>Bookshelf</a></h1></div></div>"
            "<div class='content'><div id='maincontent'><div class='document'>"
            "<div class='main-content' itemscope='itemscope' itemtype='http://schema.org/CreativeWork'>"
            "<div class='meta-content'><h1><span itemprop='name'>Chapter</span></h1>"
            f"<div class='contrib'>{byline}.</div><div style='display:none'>{hidden}</div>"
            "<p class='small'>Last Update: <span itemprop='dateModified'>March 12, 2024</span>.</p></div>"
            f"<div class='body-content' itemprop='text'>{body}</div></div>"
            f"<div class='post-content'>{disclosures}<p>This book is distributed under the terms of the Creative "
            "Commons Attribution-NonCommercial-NoDerivatives 4.0 International license, which permits others to "
            "distribute the work, provided that the article is not altered or used commercially.</p></div>"
            "</div></div><div id='rightcolumn'><p>Your browsing activity is empty.</p></div></div></div></body></html>")


def test_a_works_declared_text_bounds_the_body():
    """schema.org CreativeWork.text (itemprop="text") is the work's text, as articleBody is an
    Article's: the body does not widen past it to take the disclosures, the licence and the banner
    (each a sentence of prose) around it."""
    sections = "".join(f"<div id='s{k}'><h2>Section {k}</h2>{SECTION}{SECTION}</div>" for k in range(5))
    article = extract_article(page(sections), "https://books.test/books/NBK1234/")
    assert article.body_text.count("Hypertension is a sustained") == 10
    assert "Disclosure" not in article.body_text and "Creative Commons" not in article.body_text
    assert "official" not in article.body_text


def test_a_short_works_declared_text_beats_longer_prose_beside_it():
    """A short chapter (two paragraphs) beside longer disclosure and licence prose: the page declares
    which element is the work's text, and that one is the body."""
    article = extract_article(page(SHORT + SHORT.replace("sleep diary", "food diary")), "https://books.test/books/NBK1234/")
    assert "sleep diary" in article.body_text and "food diary" in article.body_text
    assert "Disclosure" not in article.body_text and "Creative Commons" not in article.body_text


def test_the_text_of_a_reply_bounds_nothing():
    """A Question or Answer item's itemprop="text" is that reply's text, not the page's work."""
    from lxml import html as lhtml
    from archive.extract.body import _declares_text
    tree = lhtml.fromstring("<div itemscope itemtype='https://schema.org/Answer'><div itemprop='text' id='a'>"
                            "<p>x</p></div></div><div itemscope itemtype='http://schema.org/CreativeWork'>"
                            "<div itemprop='text' id='w'><p>y</p></div></div>")
    assert not _declares_text(tree.get_element_by_id("a")) and _declares_text(tree.get_element_by_id("w"))


def test_a_masthead_h1_linking_home_is_no_second_headline():
    """The site's name set in an h1 that links to the site's (or section's) home is over every page:
    a short signed and dated chapter under it still has one headline, and is an article."""
    article = extract_article(page(SHORT, people=2), "https://books.test/books/NBK1234/")
    assert article.page_type == "article" and article.published == "2024-03-12"
    assert article.authors == ["Priya N Raman", "Thomas J Okafor"]
    teaser = page(SHORT, people=2).replace("<a href='/books/'>Bookshelf</a>", "<a href='/books/NBK99/'>Bookshelf</a>")
    assert extract_article(teaser, "https://books.test/books/NBK1234/").page_type != "article"
