"""The tilda held-out family's categories: a post's sections printed as plain text just above its headline.

Tilda's feed post template prints the post's "parts" (the feed's sections) as unlinked labels in a box
its classes call a term list (``t-feed__post-popup__tags-wrapper`` > ``span.t-feed__post-popup__tag``)
right before the headline's box; the page links none of them and marks none up (no article:section, no
articleSection). A linked eyebrow over the headline already reads as the category (kicker_category); an
unlinked one in a box whose classes name it a term list now does too.
"""
from __future__ import annotations

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

BODY = "<p>" + "Давление лучше измерять утром и вечером, сидя, после пяти минут покоя. " * 8 + "</p>"


def post(eyebrow: str, *, related: str = "", head: str = "") -> str:
    """A feed post as Tilda's static post template lays it out (tags box, then the headline's box)."""
    return f"""<!DOCTYPE html><html lang="ru"><head><title>Как снизить давление — Клиника</title>
<meta property="og:type" content="article">{head}</head><body class="t-body"><div id="allrecords" class="t-records">
<div class="t-feed__post-popup__container t-container" itemscope itemtype="https://schema.org/BlogPosting">
<div class="t-feed__post-popup__content t-col t-col_8">
{eyebrow}
<div class="t-feed__post-popup__title-wrapper"><h1 class="t-feed__post-popup__title t-title" itemprop="name">Как снизить давление</h1></div>
<div class="t-feed__post-popup__date-parts-wrapper"><span class="t-feed__post-popup__date t-uptitle">12 марта 2024</span></div>
<div class="t-feed__post-popup__text" itemprop="articleBody">{BODY}</div></div>{related}</div></div></body></html>"""


def parts(*names: str) -> str:
    return ('<div class="t-feed__post-popup__tags-wrapper">' + "".join(
        f'<span class="t-feed__post-popup__tag"><span class="t-uptitle t-uptitle_xs">{n}</span></span>' for n in names) + "</div>")


URL = "https://clinic.test/tpost/fbb506f72b-kak-snizit-davlenie"
RELATED = ('<div class="t-feed__post-popup__relevants"><div class="t-feed__post-popup__relevants-item"><a href="/tpost/x1-ekg">'
           '<span class="t-feed__post-popup__relevants-item-tag t-uptitle">Диагностика</span>'
           '<div class="t-name">ЭКГ: что показывает</div></a></div></div>')


@pytest.mark.parametrize("names", [("Кардиология",), ("Кардиология", "Профилактика")])
def test_unlinked_parts_in_a_term_box_over_the_headline_are_its_categories(names):
    article = extract_article(post(parts(*names), related=RELATED), URL)
    assert article.categories == list(names)
    assert article.tags == []


def test_a_labelled_or_linked_or_crowded_box_is_not_read_as_an_eyebrow():
    """"Tags:" is a label (labelled_terms reads such rows), links are kicker_category's, five terms a list."""
    assert extract_article(post('<div class="post-tags">Tags:</div>'), URL).categories == []
    assert extract_article(post(parts("a", "b", "c", "d", "e")), URL).categories == []


def test_a_plain_eyebrow_without_term_classes_stays_no_category():
    """Only the box's classes say the label is a term: a bare eyebrow ("Опрос", "Sponsored") is none."""
    eyebrow = '<div class="t-feed__post-popup__kicker"><span class="t-uptitle">Спецпроект</span></div>'
    assert extract_article(post(eyebrow), URL).categories == []


def test_a_term_the_page_already_gives_as_a_tag_stays_a_tag():
    article = extract_article(post(parts("Кардиология"), head='<meta property="article:tag" content="Кардиология">'), URL)
    assert article.tags == ["Кардиология"] and article.categories == []
