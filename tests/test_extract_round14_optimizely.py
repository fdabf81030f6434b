"""Round 14 (optimizely): what the held-out Optimizely CMS family showed the extraction missing."""
import json

import pytest

from archive.extract import authors
from archive.extract.body import prune_content
from archive.extract.core import extract_article, parse_html

pytestmark = pytest.mark.fast

_BOX = ("<div class='author-block'><div class='author-block__person'><img src='/globalassets/people/mb.jpg' alt=''>"
        "<p class='author-block__name'>Written by <a href='/health-hub/our-experts/marcus-bell/'>Marcus Bell</a>, {role}</p>"
        "</div>{review}</div>")
_REVIEW = ("<p class='author-block__reviewer'>Clinically reviewed by <a href='/health-hub/our-experts/sarah-lindgren/'>"
           "Sarah Lindgren</a>, Registered Nurse</p><p class='author-block__review-due'>Next review due: March 2026</p>")
_META = "<ul class='article-meta'><li>Published 12 March 2024</li><li>Updated 2 April 2024</li></ul>"


def _page(role: str, review: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": "Flu shots are available at most pharmacies now",
          "datePublished": "2024-03-12T09:00:00+00:00", "author": [{"@type": "Person", "name": "Marcus Bell", "jobTitle": role}]}
    # a short post: the author box and the meta list sit in the same column as its two paragraphs
    return ("<html lang='en-GB'><head><title>Flu shots are available at most pharmacies now | Meridian Health</title>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main><div class='row blogitem-page'>"
            "<div class='col-lg-8 article'><h1>Flu shots are available at most pharmacies now</h1>"
            + _BOX.format(role=role, review=review) + _META
            + "<div class='article__body rich-text'><p>Seasonal flu vaccines have arrived at most community pharmacies. "
              "Adults can usually walk in without an appointment.</p><p>Bring your NHS number if you have it.</p></div>"
              "</div></div></main></body></html>")


@pytest.mark.parametrize("role, review", [("Registered Dietitian", _REVIEW), ("Pharmacist", ""), ("Health Writer", _REVIEW)])
def test_an_author_box_s_role_line_does_not_run_into_the_next_block(role, review):
    """"Written by <a>Marcus Bell</a>, Registered Dietitian</p><p>Clinically reviewed by ..." (or
    "</div><ul><li>Published ...") read as one string fused the role with the next block's first word
    ("Registered DietitianClinically", "PharmacistPublished"), a second author to the name reader."""
    article = extract_article(_page(role, review), "https://meridianhealth.example/health-hub/articles/flu-shots/")
    assert article.authors == ["Marcus Bell"]


def test_a_byline_line_cut_from_the_body_keeps_its_blocks_apart():
    root = parse_html("<html><body><div id='b'>" + _BOX.format(role="Registered Dietitian", review=_REVIEW)
                      + "<p>" + "Seasonal flu vaccines have arrived at most community pharmacies this week. " * 3
                      + "</p></div></body></html>", [])
    lines = prune_content(root.get_element_by_id("b"))
    assert lines and "Dietitian Clinically" in lines[0] and "DietitianClinically" not in lines[0]


@pytest.mark.parametrize("line, want", [
    ("Written by Marcus Bell, Registered Dietitian Clinically reviewed by Sarah Lindgren, Registered Nurse",
     [("Marcus Bell", "author"), ("Sarah Lindgren", "reviewer")]),
    ("By Ana Costa, MD Medically reviewed by Helen Okoro, MD", [("Ana Costa", "author"), ("Helen Okoro", "reviewer")]),
    ("This article was medically reviewed by Dr. Helen Okoro, MD", [("Helen Okoro", "reviewer")]),
])
def test_a_review_credit_inside_a_byline_line_starts_its_own_segment(line, want):
    """A reviewer's credit opening with its kind ("Clinically reviewed by") after the author's part of
    the same line is no part of the author's appositive."""
    assert [(p.name, p.role) for p in authors.byline_people(line)] == want
