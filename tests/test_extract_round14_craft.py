"""Round 14 (craft): what the held-out Craft CMS family showed the extraction missing."""
import json

import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

_TEXT = "<p>" + "Regular walks strengthen the heart and help keep blood pressure down. " * 8 + "</p>"


def _page(byline: str, article_type: str, org_type: str) -> str:
    """A page whose JSON-LD names the site's own organisation (an @id reference, as SEOmatic writes it) as author."""
    site = "https://charity.test/"
    graph = {"@context": "http://schema.org", "@graph": [
        {"@type": article_type, "name": "Walking for a healthier heart", "headline": "Walking for a healthier heart",
         "author": {"@id": site + "#identity"}, "datePublished": "2024-03-12T09:00:00+00:00",
         "mainEntityOfPage": site + "news/walking", "url": site + "news/walking"},
        {"@id": site + "#identity", "@type": org_type, "name": "Hearts Together", "url": site}]}
    return (f"<html lang='en-GB'><head><title>Walking for a healthier heart | Hearts Together</title>"
            f"<meta content='Hearts Together' property='og:site_name'>"
            f"<script type='application/ld+json'>{json.dumps(graph)}</script></head><body><main id='main'><article>"
            f"<h1>Walking for a healthier heart</h1><p class='c-article__meta'>{byline}<time datetime='2024-03-12'>12 March 2024</time></p>"
            f"{_TEXT}{_TEXT}</article></main></body></html>")


@pytest.mark.parametrize("org_type", ["NGO", "GovernmentOrganization", "EducationalOrganization", "ResearchOrganization"])
def test_an_organization_subtype_named_as_author_is_the_site_not_a_person(org_type):
    """schema.org's subtypes of Organization are organisations: the site's own, named as author of a page
    that shows no byline, is its publisher and no author."""
    article = extract_article(_page("", "NewsArticle", org_type), "https://charity.test/news/walking")
    assert article.authors == []


@pytest.mark.parametrize("article_type", ["NewsArticle", "WebPage"])
def test_as_told_to_names_the_writer(article_type):
    """"As told to Jane Roe": the writer who wrote the story down signs it."""
    byline = "<span class='c-article__byline'>As told to Claire Dubois</span> "
    article = extract_article(_page(byline, article_type, "NGO"), "https://charity.test/news/walking")
    assert article.authors == ["Claire Dubois"]


@pytest.mark.parametrize("path", [
    "/news-and-stories/news/video-balance-drills-you-can-do-at-the-kitchen-counter",   # NewsArticle: 45 words, a player, six cards
    "/cy/newyddion-a-straeon/straeon/dysgu-cpr-a-achubodd-fywyd-fy-nhad",            # WebPage: a short dated Welsh story
])
def test_a_page_its_data_signs_by_the_site_s_organisation_is_signed_but_authorless(path):
    """SEOmatic names the site's ``#identity`` (an NGO) the author of every entry: no person, but the
    page is signed as a press office's news is, so a short dated entry stays an article (the Welsh
    story names its writer too: "Fel y'i hadroddwyd wrth", as told to; the NGO is never its author)."""
    from archive.demo.zoo import build, truth
    site = build("craft", "https://charity.test")
    article = extract_article(site.resolve(path).body.decode(), "https://charity.test" + path)
    assert article.authors == truth("craft")["articles"][path]["authors"] and article.is_article
