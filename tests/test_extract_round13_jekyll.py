"""Round 13 (jekyll): what the held-out Jekyll + minima family showed the extraction missing."""
import lxml.html
import pytest

from archive.extract import extract_article
from archive.extract import site as _site
from archive.extract.metadata import extract_metadata

pytestmark = pytest.mark.fast

URL = "https://lab.example/sleep/2024/03/12/sleep-diary.html"


def _post(body: str, after: str = "", related: str = "") -> str:
    # minima's post.html, a site override adding the terms line and Poole's "Related Posts" block
    return ("<html lang='en'><head><title>A two-line sleep diary | Lab</title><meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2024-03-12T08:00:00-05:00'></head><body>"
            "<header class='site-header'><a class='site-title' href='/'>Lab</a></header><main class='page-content'>"
            "<div class='wrapper'><article class='post h-entry' itemscope itemtype='http://schema.org/BlogPosting'>"
            "<header class='post-header'><h1 class='post-title p-name' itemprop='name headline'>A two-line sleep diary</h1>"
            "<p class='post-meta'><time class='dt-published' datetime='2024-03-12T08:00:00-05:00' itemprop='datePublished'>"
            "Mar 12, 2024</time> • <span itemprop='author' itemscope itemtype='http://schema.org/Person'><span "
            "class='p-author h-card' itemprop='name'>Jane Roe</span></span></p></header>"
            f"<div class='post-content e-content' itemprop='articleBody'>{body}</div>{after}{related}"
            "<a class='u-url' href='/sleep/2024/03/12/sleep-diary.html' hidden></a></article></div></main>"
            "<footer class='site-footer h-card'><div class='wrapper'><div class='footer-col footer-col-3'><p>News and "
            "research notes from the Healthy Cities Lab, Department of Epidemiology and Population Health.</p></div>"
            "</div></footer></body></html>")


TERMS = ("<p class='post-taxonomy'>Filed under <a href='/categories/#sleep'>Sleep</a> · Tags: <a class='post-tag' "
         "href='/tags/#sleep'>sleep</a>, <a class='post-tag' href='/tags/#habits'>habits</a></p>")
SHORT = ("<p>Each morning write two lines: when you went to bed and got up, and how rested you feel on a scale of one "
         "to five. After two weeks patterns appear on their own.</p>")


def test_a_terms_line_labelled_without_a_colon_is_no_body():
    """"Filed under <a>Sleep</a> · Tags: <a>sleep</a>": "Filed under", "Posted in", "Tagged" announce
    term links without a colon; the line is the post's terms, not its text."""
    got = extract_article(_post(SHORT, TERMS), URL)
    assert "Filed under" not in got.body_text and got.body_text.startswith("Each morning")


def test_the_category_is_read_from_its_label_when_the_tags_are_marked_up():
    """Tags marked up (class post-tag), the category only labelled ("Filed under <a>"): both are read."""
    meta = extract_metadata(lxml.html.fromstring(_post(SHORT, TERMS)), URL)
    assert meta["tags"] == ["sleep", "habits"] and meta["categories"] == ["Sleep"]


def test_a_video_post_s_declared_body_beats_the_footer_blurb():
    """A post of a player and one short line (less prose than a body needs): the lenient search finds
    the footer's blurb, longer; the declared article body holding the player is the body."""
    body = ("<iframe width='560' height='315' src='https://www.youtube.com/embed/kX3mTq9pLw2' title='YouTube video player' "
            "frameborder='0' allowfullscreen></iframe><p>Sitting for hours tightens the hips.</p>")
    got = extract_article(_post(body), URL)
    assert [e.url for e in got.embeds] == ["https://www.youtube.com/embed/kX3mTq9pLw2"]
    assert got.body_text.strip() == "Sitting for hours tightens the hips." and "Healthy Cities" not in got.body_text


def test_a_footnote_backlink_is_no_citation():
    """kramdown's footnotes: each reference ends with a backlink to its marker (href="#fnref:1"); the
    reference's DOI belongs to its own link, the backlink cites nothing (the page itself)."""
    body = ("<p>" + "Sleep diaries help clinicians see patterns. " * 4 + "<sup id='fnref:1' role='doc-noteref'><a href='#fn:1' "
            "class='footnote' rel='footnote'>1</a></sup></p><h2 id='references'>References</h2><div class='footnotes' "
            "role='doc-endnotes'><ol><li id='fn:1' role='doc-endnote'><p>Carney CE, et al. The consensus sleep diary. Sleep. "
            "2012. doi:<a href='https://doi.org/10.5665/sleep.1642'>10.5665/sleep.1642</a>&nbsp;<a href='#fnref:1' "
            "class='reversefootnote' role='doc-backlink'>&#8617;</a></p></li></ol></div>")
    got = extract_article(_post(body), URL)
    assert [c.url for c in got.citations] == ["https://doi.org/10.5665/sleep.1642"]


def _related(titles) -> str:
    items = "".join(f"<li><h3><a href='/news/2024/0{n}/01/{t.lower().replace(' ', '-')}.html'>{t} <small>0{n} Mar 2024"
                    "</small></a></h3></li>" for n, t in enumerate(titles, 1))
    return f"<div class='related'><h2>Related Posts</h2><ul class='related-posts'>{items}</ul></div>"


def test_every_card_of_a_site_wide_list_is_furniture_the_last_one_too():
    """``site.related_posts`` without LSI: the site's newest posts, the same cards on every page. A
    card's linked title is furniture like the rest of the card, even the last card, after which no
    block follows (a heading is dropped only with what follows it: not a card's title)."""
    titles = ["Strength training after 40", "A desk stretch routine", "Five pantry staples"]
    learner = _site.SiteLearner()
    for n in range(12):
        html = _post(SHORT.replace("Each morning", f"Page {n}: each morning"), related=_related(titles))
        learner.add(extract_article(html, URL.replace("sleep-diary", f"post-{n}"), _site.SiteTemplate(), learn=True).sample)
    got = extract_article(_post(SHORT, related=_related(titles)), URL, learner.template())
    assert got.related == []
