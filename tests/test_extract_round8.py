"""Fixes found on the eighth round of held-out zoo families (a Wagtail hospital site): each test is
a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Paragraph {i}: most adults eat half the fiber they should, so add beans, oats and fruit "
                     "with the skin, and drink water with it.</p>" for i in range(6))


def test_a_topic_hub_link_above_the_headline_is_the_category_not_the_breadcrumbs_section():
    """A hospital or agency site files a story under a topic hub (/topics/heart-health/) and prints that
    link just above the headline; the breadcrumb's "News" is the section every story sits in."""
    html = ("<html><head><title>Cholesterol basics | Lakeview Health</title></head><body>"
            "<nav class='c-breadcrumb' aria-label='breadcrumb'><ol><li><a href='/'>Home</a></li><li><a href='/news/'>"
            "News</a></li><li aria-current='page'>Cholesterol basics</li></ol></nav><main><article class='c-article'>"
            "<header class='c-article__header'><p class='c-article__eyebrow'><a href='/topics/heart-health/'>Heart Health"
            "</a></p><h1 class='c-article__title'>Cholesterol basics</h1><div class='c-article__meta'>By Marcus Bell | "
            f"<time datetime='2022-06-23'>June 23, 2022</time></div></header><div class='c-article__body'>{PARAGRAPHS}"
            "</div></article></main></body></html>")
    for hub in ("/topics/heart-health/", "/es/temas/corazon/"):
        article = extract_article(html.replace("/topics/heart-health/", hub), "https://health.test/news/cholesterol-basics/")
        assert article.categories == ["Heart Health"], hub
    for printed in ("/ Heart Health", "Heart Health ›", "· Heart Health"):     # the separators it is printed with
        article = extract_article(html.replace(">Heart Health</a>", f">{printed}</a>"), "https://health.test/news/x/")
        assert article.categories == ["Heart Health"], printed


def test_a_block_named_related_that_lists_services_is_not_read_also():
    """A block classed like a related list whose label names something other than reading ("Related
    services", "Servicios relacionados": links to a hospital's service pages, a shop's related
    products) is no Read Also; the related articles beside it still are."""
    for label in ("Related services", "Servicios relacionados", "Related products"):
        html = ("<html><head><title>Prediabetes</title></head><body><main><article><h1>Prediabetes</h1>"
                f"<div class='c-article__body'>{PARAGRAPHS}</div><aside class='c-related-services'><h2>{label}</h2><ul class='c-related-services__list'>"
                "<li class='c-related-services__item'><a href='/services/nutrition/'>Nutrition Services</a></li><li><a href='/services/primary-care/'>"
                "Primary Care</a></li></ul></aside></article><section class='c-related-news'><h2>Related articles</h2>"
                "<div><a href='/health-library/fiber/'><h3>Fiber, the overlooked nutrient</h3></a>"
                "<a href='/health-library/a1c/'><h3>What your A1C means</h3></a></div></section></main></body></html>")
        article = extract_article(html, "https://health.test/health-library/prediabetes/")
        assert [r.url for r in article.related] == ["https://health.test/health-library/fiber/",
                                                    "https://health.test/health-library/a1c/"], label


@pytest.mark.parametrize("line, name", [
    ("Revisado por <a href='/doctors/helen-okoro/'>Dr. Helen Okoro, MD, FACP</a>", "Helen Okoro"),
    ("Revisado médicamente por Dra. Ana Costa", "Ana Costa"),
    ("Relu par le Dr Paul Martin", "Paul Martin"),
    ("Medically reviewed by Dr. Helen Okoro, MD", "Helen Okoro"),
])
def test_a_short_health_library_page_signed_by_its_reviewer_is_an_article(line, name):
    """A health library's page names no writer, only the clinician who reviewed it, in the site's
    language, and the day it was last updated, beside its one headline: a reviewed, dated page is an
    article, short as it is."""
    html = ("<html><head><title>Qué comer para cuidar el corazón | Lakeview Health</title><meta property='og:type' "
            "content='website'></head><body><main><article class='c-article'><header><h1 class='c-article__title'>"
            f"Qué comer para cuidar el corazón</h1><div class='c-article__meta'><p class='c-article__reviewer'>{line}</p>"
            "<p>Última actualización: <time datetime='2021-04-13'>13 de abril de 2021</time></p></div></header>"
            "<div class='c-rich-text'><p>La dieta mediterránea sigue siendo una de las mejores opciones para proteger el "
            "corazón. Se basa en verduras, legumbres, frutas, cereales integrales, pescado y aceite de oliva, con poca "
            "carne roja y pocos azúcares añadidos.</p><p>Cambie un alimento por semana: es más fácil de mantener.</p>"
            "</div></article></main></body></html>")
    article = extract_article(html, "https://health.test/es/biblioteca-de-salud/que-comer/")
    assert article.reviewed_by == [name] and article.authors == []
    assert article.page_type == "article" and article.published.startswith("2021-04-13")


def test_a_topic_hub_link_under_a_listing_headline_is_no_category():
    """Only the lone link over the headline may be a topic hub's; under it, a listing's "Load more"
    (/topics/colds?page=2) is pagination."""
    html = ("<html><head><title>Colds</title></head><body><main><section><h1 class='container__title'>Colds</h1>"
            "<ul class='container__list'>" + "".join(
                f"<li><a href='/2022/09/2{i}/health/story-{i}/index.html'><span>Story number {i} about colds and flu"
                f"</span></a><div class='container__date'>Sep 2{i}, 2022</div></li>" for i in range(2)) +
            "</ul><a class='container__load-more' href='/topics/colds?page=2'>Load more</a></section></main></body></html>")
    assert extract_article(html, "https://news.test/topics/colds").categories == []


@pytest.mark.parametrize("byline", ["By Communications staff", "By the Editorial Team", "Von der Redaktion",
                                    "By Staff"])
def test_a_short_news_brief_signed_by_a_desk_is_an_article_without_an_author(byline):
    """A newsroom's brief signed by a desk ("By Communications staff") beside its date and its one
    headline is signed as its other news items are: an article, short as it is, with no person to
    credit. Without the byline the same short page is no article (nothing says it is one)."""
    def page(line):
        return ("<html><head><title>Flu shots are available at most pharmacies now | Lakeview Health</title>"
                "<meta property='og:type' content='website'></head><body><main><article class='c-article'><header>"
                "<h1 class='c-article__title'>Flu shots are available at most pharmacies now</h1><div class='c-article__meta'>"
                f"<span class='c-article__byline'>{line}</span> <time datetime='2022-10-03'>October 3, 2022</time></div>"
                "</header><div class='c-rich-text'><p>This year's flu vaccine has arrived at most pharmacies in the region, "
                "and our clinics will offer walk-in shots on weekday mornings through November. Bring your insurance "
                "card; the shot is free for most plans. Everyone six months and older should get one each season.</p>"
                "</div></article></main></body></html>")
    article = extract_article(page(byline), "https://health.test/news/flu-shots-are-available/")
    assert article.page_type == "article" and article.authors == [], (byline, article.page_type, article.authors)
    assert extract_article(page(""), "https://health.test/news/flu-shots-are-available/").page_type != "article"


@pytest.mark.parametrize("items, kept", [
    ('<li><a href="/caffeine/">Cut caffeine after noon</a></li><li><a href="/naps/">Keep naps short</a></li>'
     '<li>Get some light.</li>', True),
    ('<li><a href="https://sleep.example.org/caffeine">Cut caffeine after noon</a></li>'
     '<li><a href="https://sleep.example.org/naps">Keep naps short</a></li><li>Get some light.</li>', True),
    ('<li><a href="/caffeine/">Cut caffeine after noon</a></li><li><a href="/naps/">Keep naps short</a></li>'
     '<li><a href="/light/">Get morning light every day</a></li>', False),
])
def test_a_list_the_text_leads_into_is_the_articles_own_however_many_items_link(items, kept):
    """A list the paragraph before it leads into ("Three habits help:") is the article's, though
    most of its items are links; a list of nothing but links to the site's own pages is a
    read-also list whatever words lead into it ("Lesen Sie auch die folgenden Beiträge:")."""
    prose = "<p>" + "Sleep matters for the heart and the brain, and most adults need seven to nine hours. " * 3 + "</p>"
    html = ("<html><head><title>Sleep and health</title></head><body><main><article><h1>Sleep and health</h1>"
            f"<p class='byline'>By Jane Roe, March 3, 2024</p>{prose}<p>Three habits help most people sleep:</p>"
            f"<ol>{items}</ol>{prose}</article></main></body></html>")
    body = extract_article(html, "https://site.test/sleep-and-health/").body_text
    assert ("Keep naps short" in body) is kept and "Three habits help" in body, body
