"""Fixes of the tenth round (session 13): each test is a page shape many sites share, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

BODY = "".join(f"<p>Paragraph {i}: most adults sleep less than seven hours, and a regular bedtime helps the "
               "body keep its clock; light in the evening pushes that clock later.</p>" for i in range(6))


def test_read_also_cards_whose_excerpts_outweigh_their_short_titles_keep_their_excerpts():
    """A related list of cards (a linked title over a 40-word excerpt) carries little link text for
    its size; it is still one list of cards, each with its teaser, and no excerpt joins the body
    (each card was read as a bare title link, its teaser lost)."""
    excerpt = ("A walk after dinner lowers the rise in blood sugar that follows a meal, and ten minutes "
               "is enough to see it on a glucose monitor; longer walks help more, and so do stairs at work "
               "for people who sit most of the day")
    cards = "".join(f'<li class="rel-item"><h3 class="rel-title"><a href="/guides/{n}/">Guide {n}</a></h3>'
                    f'<p class="rel-excerpt">{excerpt} ({n}).</p></li>' for n in (1, 2, 3))
    html = (f"<html><head><title>Sleep and light</title></head><body><article><h1>Sleep and light</h1>"
            f"<p class='byline'>By Ana Costa</p>{BODY}<div class='rel'><h2>Read Also</h2><ul>{cards}</ul></div>"
            "</article></body></html>")
    article = extract_article(html, "https://health.test/sleep-and-light/")
    assert [r.url for r in article.related] == [f"https://health.test/guides/{n}/" for n in (1, 2, 3)]
    assert [r.teaser for r in article.related] == [f"{excerpt} ({n})." for n in (1, 2, 3)]
    assert "glucose" not in article.body_text


def test_paragraphs_that_each_carry_a_link_under_a_read_more_heading_are_no_cards():
    """Prose under a "Read more" heading, each paragraph with an inline link, stays in the body."""
    prose = "".join(f"<p>The trial {n} followed 2,000 adults for ten years and found that those who slept "
                    f"regular hours had fewer heart attacks; <a href='https://journal.test/{n}'>the paper</a> "
                    "gives the numbers, the confidence intervals and the caveats of an observational design.</p>" for n in (1, 2, 3))
    html = (f"<html><head><title>Sleep and light</title></head><body><article><h1>Sleep and light</h1>"
            f"<p class='byline'>By Ana Costa</p>{BODY}<h2>Read more</h2>{prose}</article></body></html>")
    article = extract_article(html, "https://health.test/sleep-and-light/")
    assert "observational design" in article.body_text and not article.related


def test_a_sentence_reads_as_the_page_shows_it_not_as_a_screen_reader_hears_it():
    """Inline in prose, aria-hidden="true" hides a shown word from screen readers only ("10
    <span aria-hidden>mins</span>") and a screen-reader class hides its spoken twin ("minutes",
    "(opens in a new tab)") from the eye: the body keeps the first and drops the second (both were
    dropped: "Bake for 10 and then Opens in a new tab serve")."""
    html = ("<html><body><article><h1>Lentil soup</h1><p class='byline'>By Ana Costa</p>" + BODY +
            "<p>Bake for <span>10</span> <span aria-hidden='true'>mins</span><span class='sr-only'>minutes</span>"
            " and then <a href='https://recipes.test/yogurt'>serve warm<span class='screen-reader-text'> (opens in a"
            " new tab)</span></a> with a spoon of yogurt on top.</p>"
            "</article></body></html>")
    article = extract_article(html, "https://health.test/lentil-soup/")
    assert "Bake for 10 mins and then serve warm with a spoon" in article.body_text
    assert "minutes" not in article.body_text and "new tab" not in article.body_text


def test_a_short_unsigned_post_filed_under_tags_is_an_article_and_an_untagged_page_is_not():
    """A press release: 60 words, dated beside its headline, signed by no one, og:type website, and
    filed under tags; static pages (About, Contact) carry no tags. A page with the same text and no
    tags stays a page (a dated static page is not an article for its date alone)."""
    text = ("<p>Seasonal flu vaccines have arrived at most community pharmacies. Adults can usually walk in "
            "without an appointment, and many insurance plans cover the shot in full. Getting vaccinated "
            "before the season peaks gives your body about two weeks to build protection.</p>"
            "<p>Contact: Media Office, (555) 201-4400</p>")
    tags = ("<div class='taglist'>Tags: <a rel='tag' href='/tag/vaccines'>vaccines</a> "
            "<a rel='tag' href='/tag/flu'>flu</a></div>")

    def page(with_tags: bool) -> str:
        return ("<html><head><meta property='og:type' content='website'><title>Flu shots are here</title></head>"
                "<body><main><h1>Flu shots are available at most pharmacies now</h1>"
                "<p class='date'>Published <time datetime='2022-12-22'>December 22, 2022</time></p>"
                f"{text}{tags if with_tags else ''}</main></body></html>")

    tagged = extract_article(page(True), "https://health.test/news/flu-shots/")
    assert tagged.tags == ["vaccines", "flu"] and tagged.page_type == "article"
    assert extract_article(page(False), "https://health.test/news/flu-shots/").page_type != "article"


def test_a_syndicated_health_library_s_online_medical_reviewer_is_the_reviewer():
    """StayWell-style documents, licensed by many hospitals, end with "Author: Last, First, RN" and
    "Online Medical Reviewer: Last, First, MD" lines: the reviewer is a reviewer, never an author."""
    html = ("<html><body><main><h1>Helping a parent settle into assisted living</h1>" + BODY +
            "<div class='Reviewers'><div class='Author'>Author: Rivera, Tomás, RN, BSN</div>"
            "<div class='OnlineMedicalReviewer'>Online Medical Reviewer: Okoro, Helen, MD, FACP</div>"
            "<div class='DateLastReviewed'>Date Last Reviewed: 12/19/2021</div></div></main></body></html>")
    article = extract_article(html, "https://www.riverbend.org/health-library/content?contenttypeid=85&contentid=P00366")
    assert article.authors == ["Tomás Rivera"] and article.reviewed_by == ["Helen Okoro"]


def test_a_labelled_metadata_block_gives_its_author_field_only():
    """"Datum: 19.11.2021 / Autor: Fritz Imhof / Quelle: Livenet": the author is the Autor field's
    value, up to the next field's label (the name ran on into "Quelle: Livenet" and was refused)."""
    from archive.extract.authors import byline_people
    assert [p.name for p in byline_people("Datum: 19.11.2021\nAutor: Fritz Imhof\nQuelle: Livenet")] == ["Fritz Imhof"]
    assert [p.name for p in byline_people("Von Anna Weber Foto: dpa")] == ["Anna Weber"]
    html = ("<html><body><article><h1>Von Sprachregeln und Genderpolitik</h1><div class='articleAuthorDateBlock'>"
            "<span class='label'>Datum:</span> 19.11.2021 <br><span class='label'>Autor:</span> Fritz Imhof<br>"
            "<span class='label'>Quelle:</span> Livenet<br></div>" + BODY + "</article></body></html>")
    assert extract_article(html, "https://www.livenet.test/themen/398805").authors == ["Fritz Imhof"]
