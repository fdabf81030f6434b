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
