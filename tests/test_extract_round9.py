"""Fixes found on the ninth round of held-out zoo families (a news desk with infinite scroll): each
test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast


def story(title: str, url: str, words: str, tag: str, related: str, own: bool) -> str:
    state = "is-current" if own else "next-article"
    return (f"<div class='story {state}' data-canonical-url='{url}'><h1 class='headline'>{title}</h1>"
            "<p class='byline'>By Olivia Grant</p><time datetime='2024-03-12T06:00:00-05:00'>March 12, 2024</time>"
            f"<article class='story-body'>{words}<p class='interstitial-link'><b>Read more:</b> <a href='{related}'>"
            f"Another story</a></p>{words}</article><div class='tags-holder'><span>Topics:</span>"
            f"<a class='tags' href='/tags/{tag.lower()}/'>{tag}</a></div>"
            "<div class='author-bio'><a href='/people/olivia-grant/'><h2>Olivia Grant</h2></a><p>Olivia covers health.</p></div>"
            "</div>")


def test_the_next_stories_an_infinite_scroll_page_appends_are_not_its_own():
    """A news page carries the next stories in full below its own, each in a block that names its own
    address in a data- attribute (for the history API): the page's body, tags, Read Also and type
    are its own story's, even when its own is short and the next one long."""
    short = "<p>Rest if you have a fever; a light walk is fine with a head cold.</p>" * 2
    long = "".join(f"<p>Paragraph {i}: most adults eat half the fiber they should, so add beans, oats and fruit "
                   "with the skin, and drink water with it.</p>" for i in range(12))
    html = ("<html><head><title>Can you exercise with a cold? - The Herald</title>"
            "<meta property='og:type' content='article'/><meta property='og:title' content='Can you exercise with a cold?'/>"
            "</head><body><main><div class='infinite-container' data-infinite-scroll='true'>"
            + story("Can you exercise with a cold?", "https://news.test/health/2024/03/12/cold/", short, "Colds",
                    "/health/2023/01/01/flu/", True)
            + story("Why fiber matters", "https://news.test/health/2024/03/01/fiber/", long, "Fiber",
                    "/health/2022/05/05/beans/", False)
            + story("Sleep and the heart", "/health/2024/02/20/sleep/", long, "Sleep", "/health/2021/04/04/naps/", False)
            + "</div></main></body></html>")
    article = extract_article(html, "https://news.test/health/2024/03/12/cold/")
    assert article.page_type == "article"
    assert "fever" in article.body_text and "fiber" not in article.body_text
    assert article.tags == ["Colds"]
    assert [r.url for r in article.related] == ["https://news.test/health/2023/01/01/flu/"]
    # only blocks that name another address of the site are set aside, never the page's own
    import lxml.html
    from archive.extract.body import appended_stories
    root = lxml.html.fromstring(html)
    titles = ("Can you exercise with a cold? - The Herald", "")
    found = appended_stories(root.findall(".//h1"), titles, "https://news.test/health/2024/03/12/cold/")
    assert [el.get("data-canonical-url") for el in found] == ["https://news.test/health/2024/03/01/fiber/",
                                                             "/health/2024/02/20/sleep/"]
    for other in (html.replace("data-canonical-url=", "title="), html.replace("news.test/health/2024/03/01", "cdn.test/x")):
        root = lxml.html.fromstring(other)
        assert len(appended_stories(root.findall(".//h1"), titles, "https://news.test/health/2024/03/12/cold/")) < 2


def test_a_heading_linking_to_a_persons_page_is_an_author_box_not_a_teaser():
    """Author boxes print the writer's name as a linked heading (<a href="/people/jane-roe/"><h2>);
    a page with three writers is no listing for it. Linked headings to posts still count."""
    from lxml import html as lxml_html
    from archive.extract.core import count_teasers

    root = lxml_html.fromstring(
        "<html><body><article><h1>Story</h1><p>Text.</p></article>"
        + "".join(f"<div class='b-full-author-bio'><a href='/people/{n}/'><h2>{n}</h2></a><p>Bio.</p></div>"
                  for n in ("jane-roe", "sam-poe", "ann-doe"))
        + "<h3><a href='/author/jane-roe/'>Jane Roe</a></h3>"
        + "<section><h2><a href='/health/2024/01/02/a-post/'>A post</a></h2>"
          "<a href='/health/2024/01/03/another/'><h3>Another</h3></a></section></body></html>")
    assert count_teasers(root) == 2


@pytest.mark.parametrize("url, iso", [
    ("http://127.0.0.1:8000/blog/sleep-study", "2024-02-07"),     # an address names no country: as .com
    ("https://physio.example.com/blog/sleep-study", "2024-02-07"),
    ("https://physio.example.co.uk/blog/sleep-study", "2024-07-02"),
])
def test_a_numeric_date_on_an_english_page_reads_month_first_unless_the_domain_names_a_country(url, iso):
    html = ("<html lang='en'><head><title>What happens during a sleep study</title></head><body><div class='blog-post'>"
            "<h2 class='blog-title'><a href='" + url + "'>What happens during a sleep study</a></h2>"
            "<p class='blog-date'><span class='date-text'>2/7/2024</span></p><div class='blog-content'><p>"
            + "A sleep study records breathing, heart rate and brain waves through the night in a quiet room. " * 4
            + "</p></div></div></body></html>")
    assert extract_article(html, url).published[:10] == iso
