"""Round 11 (gatsby): what the held-out Gatsby + Contentful family showed the extraction missing."""
import lxml.html
import pytest

from archive.extract.metadata import extract_metadata

pytestmark = pytest.mark.fast


def _post(terms: str) -> str:
    # a CSS-in-JS site: hashed class names only; the post's tags are a list under a heading of their own
    return ("<html><head><title>Keep a water bottle where you work | Fuel &amp; Form</title></head><body><main>"
            "<article class='sc-31ziln-0 lNDhpL'><a href='/category/nutrition/' class='sc-dd63r9-0 CSJgoZ'>Nutrition</a>"
            "<h1 class='sc-qntcot-0 fRIaZT'>Keep a water bottle where you work</h1><div class='sc-277len-0 xKhliU'><p>"
            + "A bottle in sight is a bottle you drink from, so keep it by the keyboard. " * 6 + "</p></div>"
            f"<div class='sc-gskk0b-0 PUctIP'><h2 class='sc-o0v1jv-0 cuChBY'>Topics</h2><ul class='sc-ma621g-0 RbhhRY'>{terms}"
            "</ul></div></article></main><footer><h2>Explore</h2><ul><li><a href='/tags/sleep/'>Sleep</a></li></ul>"
            "</footer></body></html>")


def test_a_lone_tag_listed_under_a_term_label_heading_is_the_post_tag():
    """One tag link in a list headed "Topics" (the label in a heading before the list, not beside the
    link) is the post's tag, as two or more in the same list are."""
    url = "https://fuel.example/blog/keep-a-water-bottle/"
    one = "<li><a href='/tags/hydration/' class='sc-dd63r9-2 CSJgoZ'>Hydration</a></li>"
    two = one + "<li><a href='/tags/habits/' class='sc-dd63r9-2 CSJgoZ'>Habits</a></li>"
    assert extract_metadata(lxml.html.fromstring(_post(one)), url)["tags"] == ["Hydration"]
    assert extract_metadata(lxml.html.fromstring(_post(two)), url)["tags"] == ["Hydration", "Habits"]
    # a heading that is no term label ("Explore", in the footer above) names no tag
    assert "Sleep" not in extract_metadata(lxml.html.fromstring(_post(one)), url)["tags"]
