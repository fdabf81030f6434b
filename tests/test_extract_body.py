"""Body-side extraction: main content, related block, links, sanitizing, page type (golden + unit)."""
import json
import re
from pathlib import Path

import pytest

from archive.extract import extract_article
from archive.demo.zoo.site import video_id

pytestmark = pytest.mark.fast

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "extract"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.html").exists())
# The fields the golden files pin. Title, authors, dates... have their own fixtures
# (tests/fixtures/metadata) so a metadata change does not rewrite these files.
GOLDEN_FIELDS = (
    "url", "canonical_url", "site", "is_article", "page_type", "body_html", "body_text",
    "word_count", "headings", "images", "links", "page_links", "next_page", "feeds", "related",
    "citations",
)


def extract_case(case: str):
    folder = GOLDEN / case
    url = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["url"]
    return extract_article((folder / "input.html").read_text(encoding="utf-8"), url)


def describe(field: str, expected, actual) -> str:
    if isinstance(expected, list) and isinstance(actual, list):
        for i, (e, a) in enumerate(zip(expected, actual)):
            if e != a:
                return f"{field}[{i}]:\n    expected {e!r}\n    actual   {a!r}"
        return f"{field}: expected {len(expected)} items, got {len(actual)}: {actual[len(expected):]!r}"
    return f"{field}:\n    expected {expected!r}\n    actual   {actual!r}"


@pytest.mark.parametrize("case", CASES)
def test_golden(case, update_golden):
    path = GOLDEN / case / "expected.json"
    actual = extract_case(case).to_dict()
    if update_golden:
        pinned = {field: actual[field] for field in GOLDEN_FIELDS}
        path.write_text(json.dumps(pinned, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    diffs = [describe(f, expected.get(f), actual[f]) for f in GOLDEN_FIELDS if expected.get(f) != actual[f]]
    assert not diffs, f"{case} (run pytest --update-golden, then review the diff):\n" + "\n".join(diffs)


# --- the WordPress article: boilerplate, related block, links ------------------------------------

@pytest.fixture(scope="module")
def wordpress():
    return extract_case("wordpress-article")


def test_related_block_is_read_and_kept_out_of_the_body(wordpress):
    assert [r.title for r in wordpress.related] == [
        "Stretching Before Bed: Does It Help?",
        "Five Hydration Myths Runners Still Believe",
        "Does Protein Timing Matter?",
    ]
    assert all(r.url.startswith("https://www.riverbend-health.example/") for r in wordpress.related)
    for item in wordpress.related:
        assert item.teaser and "Read more" not in item.teaser and item.title not in item.teaser
        assert item.title not in wordpress.body_text
        assert item.teaser[:40] not in wordpress.body_text
    assert "Read Also" not in wordpress.body_text
    assert "Read Also" not in wordpress.body_html


@pytest.mark.parametrize("phrase", [
    "Did you find this helpful", "Share on Facebook", "Tweet", "newsletter", "Subscribe",
    "physiotherapist and writer",            # author bio
    "Great article", "Leave a Reply",        # comments
    "We use cookies", "All rights reserved", "Categories", "Dana Whitlock", "March 2, 2024",
    "How Sleep Shapes Recovery",             # the title is not part of the body
])
def test_boilerplate_is_not_in_the_body(wordpress, phrase):
    assert phrase not in wordpress.body_text
    assert phrase not in wordpress.body_html


def test_body_text_is_readable(wordpress):
    text = wordpress.body_text
    assert text.startswith("Training breaks muscle fibres down;")
    assert "\n\nWhat Happens While You Sleep\n\n" in text           # heading on its own line
    assert ("Keep a regular bedtime, even on weekends.\n"
            "Avoid caffeine after mid-afternoon.\n") in text       # one line per list item
    assert "Rest days matter" not in text                           # captions stay in body_html
    assert "<figcaption>Rest days matter as much as training days.</figcaption>" in wordpress.body_html
    assert not re.search(r"[ \t]{2,}|\n{3,}", text)
    assert wordpress.word_count == len(re.findall(r"\w+", text))


def test_body_links_keep_rel_tokens_and_know_their_site(wordpress):
    by_text = {link.text: link for link in wordpress.links}
    clinic, guide = by_text["Sleepwell Clinic"], by_text["guide to sleep hygiene"]
    assert clinic.rel == "sponsored nofollow"                       # lower-cased, order kept
    assert clinic.internal is False
    assert guide.url == "https://www.riverbend-health.example/sleep-hygiene-basics/"
    assert guide.internal is True                                   # www. ignored
    assert 'rel="sponsored nofollow"' in wordpress.body_html


def test_page_links_feeds_and_canonical(wordpress):
    assert wordpress.canonical_url == "https://www.riverbend-health.example/sleep-and-recovery/"
    assert wordpress.site == "riverbend-health.example"
    assert wordpress.feeds == ["https://www.riverbend-health.example/feed/",
                               "https://www.riverbend-health.example/comments/feed/"]
    assert "https://www.riverbend-health.example/category/sleep/" in wordpress.page_links
    assert all(link.startswith(("http://", "https://")) and "#" not in link
               for link in wordpress.page_links)
    assert not any("replytocom" in link for link in wordpress.page_links)   # rel=nofollow
    assert len(wordpress.page_links) == len(set(wordpress.page_links))


def test_images_are_absolute_with_captions(wordpress):
    assert [(i.src, i.alt, i.caption) for i in wordpress.images] == [(
        "https://www.riverbend-health.example/wp-content/uploads/2024/03/runner-resting.jpg",
        "A runner resting on a bench", "Rest days matter as much as training days.",
    )]


def test_the_article_is_an_article(wordpress):
    assert wordpress.is_article and wordpress.page_type == "article"


# --- sanitizing ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile():
    return extract_case("hostile")


def test_sanitized_body_has_no_active_content(hostile):
    html = hostile.body_html.lower()
    for needle in ("<script", "<iframe", "<form", "<style", "<object", "<svg", "<input",
                   "javascript:", "data:", "alert(", "evil()", "steal()"):
        assert needle not in html
    assert not re.search(r"\son\w+\s*=", html)
    assert "style=" not in html and "class=" not in html


def test_links_are_absolute_against_base_href(hostile):
    assert [(link.url, link.text, link.rel) for link in hostile.links] == [(
        "https://cdn.wellness-daily.example/articles/guides/vitamin-d-foods.html",
        "our food guide", "noopener",
    )]                                  # javascript: dropped, mailto: not a link to follow
    assert "mailto:editor@wellness-daily.example" in hostile.body_html
    assert "especially for older adults" in hostile.body_text   # the words of a bad link stay


def test_players_become_safe_links_listed_as_embeds(hostile):
    # <iframe onload=...> and <object data=...> in the body: a link to what they show, no handler;
    # the ad frame outside the body is not an embed of the article
    assert [(e.url, e.kind) for e in hostile.embeds] == [
        ("https://www.video.example/embed/123", "frame"),
        ("https://cdn.wellness-daily.example/articles/movie.swf", "frame"),
    ]
    assert '<a href="https://www.video.example/embed/123">' in hostile.body_html
    assert "onload" not in hostile.body_html and "<iframe" not in hostile.body_html


def test_lazy_images_use_their_real_address(hostile):
    assert "https://cdn.wellness-daily.example/articles/images/sunlight-chart.png" in [
        image.src for image in hostile.images
    ]


def test_rel_tokens_are_lowercased_and_kept():
    html = ("<html><body><article><p>" + "Plenty of prose for a body here. " * 8 +
            '<a href="/x" rel="UGC  NoFollow">a forum post</a></p></article></body></html>')
    article = extract_article(html, "https://example.org/a")
    assert [(link.url, link.rel) for link in article.links] == [("https://example.org/x", "ugc nofollow")]


# --- citations, listing, other pages, languages -----------------------------------------------------

def test_citations_parse_doi_and_pmid_in_page_order():
    article = extract_case("references")
    assert [(c.url, c.doi, c.pmid) for c in article.citations] == [
        ("https://www.cdc.gov/bloodpressure/facts.htm", "", ""),
        ("https://doi.org/10.1056/NEJMoa2114833", "10.1056/NEJMoa2114833", ""),
        ("https://doi.org/10.1001/jamanetworkopen.2021.39558", "10.1001/jamanetworkopen.2021.39558", ""),
        ("https://www.nih.gov/news-events/nih-research-matters/time-restricted-eating", "", ""),
        ("https://pubmed.ncbi.nlm.nih.gov/35525743/", "", "35525743"),
        ("https://www.sciencedirect.com/science/article/pii/S1550413120303193", "", "32673591"),
    ]
    # a link cited in the text and in the list is one citation carrying the reference text
    assert article.citations[0].text.startswith("Centers for Disease Control and Prevention.")


def test_listing_is_not_an_article():
    listing = extract_case("listing")
    assert listing.page_type == "listing" and not listing.is_article
    assert listing.next_page == "https://www.riverbend-health.example/category/everyday-health/page/2/"
    assert "https://www.riverbend-health.example/walking-after-meals/" in listing.page_links
    assert "Ten minutes on your feet" not in listing.body_text     # teasers are not a body


def test_cms_page_is_a_page_not_an_article():
    contact = extract_case("contact")   # WordPress says so: <body class="page-template-default page page-id-7">
    assert contact.page_type == "page" and not contact.is_article
    assert "Send" not in contact.body_text and "Name" not in contact.body_text


def test_non_english_related_block_and_lazy_image():
    article = extract_case("non-english")
    assert [r.title for r in article.related] == [
        "Coup de chaleur : les symptômes qui doivent alerter", "Les fruits les plus riches en eau",
    ]
    assert "À lire aussi" not in article.body_text and "Coup de chaleur" not in article.body_text
    assert article.images[0].src == "https://sante-pratique.example/images/verre-eau.jpg"
    assert "Par Claire Martin" not in article.body_text and "Facebook" not in article.body_text


def test_inline_read_more_line_becomes_related():
    prose = "<p>" + "Regular walks help the heart and the mind in many ways. " * 5 + "</p>"
    html = (f"<html><body><article>{prose}"
            '<p><strong>Read more:</strong> <a href="/walking-benefits">Ten benefits of walking</a></p>'
            f"{prose}</article></body></html>")
    article = extract_article(html, "https://example.org/walks")
    assert [(r.url, r.title) for r in article.related] == [
        ("https://example.org/walking-benefits", "Ten benefits of walking")]
    assert "Read more" not in article.body_text and "Ten benefits" not in article.body_text


def test_json_ld_article_body_fills_in_when_the_page_shows_little():
    text = "Hand washing with soap removes most germs from the skin. " * 10
    html = ('<html><head><script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "headline": "Wash your hands", "articleBody": text})
            + "</script></head><body><div id='app'>Loading...</div></body></html>")
    article = extract_article(html, "https://example.org/hands")
    assert article.body_text == text.strip()
    assert any("JSON-LD articleBody" in problem for problem in article.problems)


# --- bad input never raises ---------------------------------------------------------------------------

@pytest.mark.parametrize("html", [
    "", "   ", None, "<<<>>>", "\x00\x00", "just some words", "<html></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>xml declared</p></body></html>',
    "<div>" * 3000 + "deep" + "</div>" * 3000,
    '<html><body><a href="http://[bad-ipv6/x">bad</a><a href="http://example.org:99999999/">port</a>'
    '<base href="javascript:alert(1)"></body></html>',
    b"<html><body><p>bytes in, text out</p></body></html>",
])
def test_bad_input_is_a_recorded_outcome(html):
    article = extract_article(html, "https://example.org/odd")
    assert article.url == "https://example.org/odd"
    assert article.body_text == "" or isinstance(article.body_text, str)
    if not article.body_text:
        assert article.problems, "an empty body must say why"


def test_empty_body_is_recorded():
    article = extract_article("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                              "https://example.org/")
    assert article.body_text == "" and article.word_count == 0
    assert any(p.startswith("no main content found") for p in article.problems)


# --- method details that generalize beyond the fixtures ---------------------------------------------

def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


PROSE = "<p>" + "Regular exercise lowers blood pressure and improves sleep in most adults. " * 4 + "</p>"


def test_layout_names_do_not_hide_the_article():
    # furniture words in a wrapper's class ("share", "sidebar", "ad") describe the layout
    html = page(f'<div class="entry docked-sharebar-container with-sidebar-right article-ad-marker">'
                f"{PROSE}{PROSE}{PROSE}</div>"
                '<div class="share-buttons"><a href="https://facebook.com/x">Share</a></div>')
    article = extract_article(html, "https://example.org/a")
    assert article.word_count >= 3 * 40 and "Share" not in article.body_text


@pytest.mark.parametrize("names, shown", [
    ("hidden", False), ("d-none", False), ("hidden-xs", False), ("print-only", False),
    ("field-label-hidden", True), ("hidden-print", True), ("d-print-none", True), ("overflow-hidden", True),
])
def test_hidden_class_names(names, shown):
    html = page(f'<article>{PROSE}<div class="{names}"><p>Marker sentence that is long enough to count as prose here.</p></div>{PROSE}</article>')
    assert ("Marker sentence" in extract_article(html, "https://example.org/a").body_text) is shown


def test_datelines_bylines_and_invisible_characters():
    html = page("<article><p>Nov. 20, 2019, 9:28 AM UTC</p><p>By Jane Doe</p>"
                "<p>Schon im Mit\u00adtel\u00adal\u00adter war der Wein be\u200bkannt, und "
                "die Winzer schlossen sich 1927 zu einer Schutzgemeinschaft zusammen.</p>"
                f"{PROSE}<p>Updated at 1:23 p.m.</p></article>")
    text = extract_article(html, "https://example.org/a").body_text
    assert text.startswith("Schon im Mittelalter war der Wein bekannt")
    assert "2019" not in text and "Jane Doe" not in text and "Updated" not in text


def test_teaser_cards_inside_the_body_are_dropped():
    cards = "".join(f'<div class="card"><h3><a href="/s{i}">Story number {i} about health</a></h3>'
                    f"<p>A short teaser for story {i}, which is about something else entirely.</p></div>"
                    for i in range(4))
    html = page(f"<article>{PROSE}{PROSE}<div class='more'>{cards}</div></article>")
    text = extract_article(html, "https://example.org/a").body_text
    assert "teaser for story" not in text and "Story number" not in text


def test_numeric_citation_markers_carry_their_sentence():
    html = page("<article><p>Fasting was associated with a higher risk of binge eating "
                '(<a href="https://www.ncbi.nlm.nih.gov/pubmed/16261600">1</a>).</p>' + PROSE + "</article>")
    [citation] = extract_article(html, "https://example.org/a").citations
    assert citation.pmid == "16261600"
    assert citation.text == "Fasting was associated with a higher risk of binge eating"


def test_text_only_in_noscript_is_found_on_the_second_try():
    html = page(f"<noscript><div class='content'>{PROSE}{PROSE}</div></noscript><div id='app'></div>")
    article = extract_article(html, "https://example.org/a")
    assert article.word_count > 40
    assert any("second try" in problem for problem in article.problems)


def test_source_lines_stay_in_the_body_and_are_citations():
    prose = " ".join(["Seasonal flu vaccines have arrived at most community pharmacies this month."] * 4)
    html = (f"<html><body><article><h1>Flu shots</h1><p>{prose}</p>"
            "<p>Source: https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal).</p>"
            "<p>Source: <a href='https://www.cdc.gov/flu/'>CDC flu page</a></p>"
            "<p>Source: <a href='/about/'>our editorial team</a></p>"
            "</article></body></html>")
    article = extract_article(html, "https://pharmacy-news.example/flu-shots/")
    assert [c.url for c in article.citations] == [
        "https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)", "https://www.cdc.gov/flu/"]
    assert "Source: https://www.who.int" in article.body_text and "CDC flu page" in article.body_text


def test_the_declared_article_body_wins_over_the_next_article_appended_below():
    short = "Seasonal flu vaccines have arrived at most community pharmacies this week, so get one soon."
    long = " ".join(["Readers told us a weekly digest was easier to keep up with than three short emails."] * 6)
    html = (f"<html><body><article><h1>Flu shots</h1><div itemprop='articleBody'><p>{short}</p></div></article>"
            f"<div class='next-article'><article><h1>Newsletter</h1><div class='article__content'><p>{long}</p>"
            f"</div></article></div></body></html>")
    article = extract_article(html, "https://news.example/flu-shots/")
    assert article.body_text == short


def test_an_accordions_toggle_titles_its_reference_list():
    prose = " ".join(["Protein needs rise with age, and spreading it over the day helps muscles keep up."] * 4)
    html = (f"<html><body><article><h1>Protein</h1><p>{prose}</p><h4><button aria-expanded='false' "
            f"aria-controls='r'><span>Sources</span></button></h4><div id='r' role='region' aria-hidden='true'>"
            f"<p>Lopez A, et al. Clin Nutr. 2021.<br>https://doi.org/10.1016/j.clnu.2021.02.017<br>Harvard T.H. "
            f"Chan. <a href='https://www.hsph.harvard.edu/nutritionsource/protein/'>Protein</a>.</p>"
            f"<p>Smith B. Protein timing. PMID: 31234567.</p></div></article></body></html>")
    article = extract_article(html, "https://bloom.example/protein/")
    urls = [c.url for c in article.citations]
    assert "https://doi.org/10.1016/j.clnu.2021.02.017" in urls          # ends at the line break
    assert "https://pubmed.ncbi.nlm.nih.gov/31234567/" in urls           # a PMID written as text
    assert "https://www.hsph.harvard.edu/nutritionsource/protein/" in urls
    assert "Sources" in [h.text for h in article.headings]


def test_a_player_kept_in_an_attribute_and_beside_a_short_text_block_is_the_posts():
    text = "A sleep technician walks through the sensors and the overnight room, so the night feels less strange."
    html = (f"<html><body><article class='entry'><h1>Video: a sleep study</h1><div class='block'><div class='html'>"
            f"<p>{text}</p></div></div><div class='block'><div class='video-wrapper' data-html='&lt;iframe "
            f"src=&quot;https://player.vimeo.com/video/390611472&quot;&gt;&lt;/iframe&gt;'></div></div>"
            f"</article></body></html>")
    article = extract_article(html, "https://studio.example/journal/sleep-study")
    assert [(e.url, e.kind) for e in article.embeds] == [("https://player.vimeo.com/video/390611472", "video")]
    assert article.body_text == text


def _story(headline: str, byline: str, topic: str, paragraphs: int) -> str:
    text = "".join(f"<p>{topic} came up in the clinic again this week, and the advice given was the same as before: "
                   f"rest, fluids and a visit to the doctor when the symptoms last (part {i}).</p>"
                   for i in range(paragraphs))
    return (f'<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">{headline}'
            f'</h1><div class="entry-meta">{byline}</div></header><div class="entry-content">{text}</div></article>')


def test_the_story_appended_below_for_infinite_scroll_is_not_the_body():
    """The next story, loaded below the first and longer than it, has its own h1: the page's
    headline says which article the page is."""
    html = ("<html><head><title>Flu season starts early - Daily Health</title>"
            "<meta property='og:title' content='Flu season starts early'></head><body><main>"
            + _story("Flu season starts early", "By Ana Ruiz", "Influenza", 3)
            + "<div id='infinite-scroll-next' class='next-story'>"
            + _story("What to know about shingles", "By Ben Cole", "Shingles", 6)
            + "</div></main></body></html>")
    article = extract_article(html, "https://dailyhealth.example/flu-season/")
    assert article.title == "Flu season starts early"
    assert "Influenza came up" in article.body_text
    assert "Shingles" not in article.body_text


def test_a_block_wider_than_the_headlines_article_narrows_to_it():
    """Teasers of other stories beside the article, long enough to read as prose, are not the
    article's: the page's headline sits in an <article> that holds most of the prose."""
    teasers = "".join(f"<div class='teaser'><p>Another story on the site talks about topic {i} at some length, "
                      f"with a sentence or two to draw the reader into clicking through.</p></div>"
                      for i in range(3))
    html = ("<html><head><title>Flu season starts early - Daily Health</title></head><body>"
            "<div class='story-content'><div class='main-column'>"
            + _story("Flu season starts early", "By Ana Ruiz", "Influenza", 3)
            + f"</div><div class='top-stories'><h2>Top stories</h2>{teasers}</div></div></body></html>")
    article = extract_article(html, "https://dailyhealth.example/flu-season/")
    assert "Influenza came up" in article.body_text
    assert "Another story" not in article.body_text


def test_a_paragraph_wrapped_in_the_source_reads_as_one_line():
    """A line break in the page's markup is a space, as a browser shows it: a hard-wrapped paragraph
    stays one line of body_text; <br> and <pre> keep theirs."""
    html = """<html><head><title>Wrapped</title></head><body><article><h1>Wrapped</h1>
<p>A paragraph written in an editor that wraps its lines
at seventy characters, as older sites and hand-made pages
still are, reads as one line.</p>
<p>Two lines<br>kept apart by a break.</p>
<pre>def f():
    return 1</pre>
<p>More text so that the page holds enough words to be an article body worth keeping, with a few
more words on how a sleep diary is kept: the time you went to bed, the time you woke.</p></article></body></html>"""
    lines = extract_article(html, "https://blog.test/wrapped/").body_text.split("\n")
    assert ("A paragraph written in an editor that wraps its lines at seventy characters, as older sites and "
            "hand-made pages still are, reads as one line.") in lines
    assert "Two lines" in lines and "kept apart by a break." in lines
    assert "def f():" in lines and "return 1" in lines


def test_a_heading_anchor_made_from_its_own_words_is_not_a_furniture_name():
    """WordPress, TOC plugins and Markdown generators give a heading an id slugged from its text
    (<h3 id="share-the-load">Share the load</h3>): that id names the words, not a share bar or a
    "was this helpful" widget; a furniture id that is not the heading's words still counts."""
    paragraph = ("<p>Caring for a parent at home is work that rarely stops, and the people who do it often "
                 "put their own health last for months or even years before anyone notices.</p>")
    html = ("<html><head><title>Caregiver burnout</title></head><body><article><h1>Caregiver burnout</h1>"
            + paragraph * 3
            + '<h3 class="wp-block-heading" id="share-the-load">Share the load</h3>' + paragraph
            + '<h2 class="wp-block-heading" id="other-helpful-habits">Other helpful habits</h2>' + paragraph
            + '<div id="share-buttons"><h3>Spread the word</h3></div>'
            + "</article></body></html>")
    text = extract_article(html, "https://news.test/2021/09/08/caregiver-burnout/").body_text
    assert "Share the load" in text.split("\n") and "Other helpful habits" in text.split("\n")
    assert "Spread the word" not in text


def test_a_player_box_beside_a_short_post_text_is_the_post_s_video():
    """A site builder's post built from blocks: a short text box, then a box holding only a player
    (GoDaddy's Website Builder); the player is the post's video, and the page is an article."""
    page = """<!DOCTYPE html><html lang="en"><head><title>Video: Desk stretches | Cedar Ridge</title>
<meta property="og:type" content="website"></head><body><div class="layout"><header><nav><a href="/">Home</a>
<a href="/blog">Blog</a></nav></header><div class="section"><div class="container">
<a href="/blog">All Posts</a><h1>Video: Desk stretches</h1><div><p>December 22, 2023</p></div>
<p>By Marcus Bell</p>
<div class="x-rt"><p>Sitting for hours tightens the hips and rounds the shoulders. Follow along with this
short routine between meetings.</p></div>
<div class="video-block"><div><iframe src="https://www.youtube.com/embed/kX3mTq9pLw2?rel=0"></iframe></div></div>
<div class="share"><p>Share this post</p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>
</div></div><footer><p>Copyright 2025 Cedar Ridge</p></footer></div></body></html>"""
    article = extract_article(page, "https://cedarridge.example/blog/f/desk-stretches")
    assert [video_id(e.url) for e in article.embeds] == ["kX3mTq9pLw2"]
    assert article.is_article
