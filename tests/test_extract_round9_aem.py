"""Fixes found on the ninth round of held-out zoo families (a hospital's health-news site on Adobe
Experience Manager): each test is a page shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

PARAGRAPHS = "".join(f"<p>Paragraph {i}: Walking after meals helps the body use blood sugar, and ten minutes "
                     "is enough to make a measurable difference for most adults.</p>" for i in range(6))
URL = "https://www.lakeshore.test/health-news/2024/03/walking-after-meals.html"


def _page(byline: str, crumbs: str = "") -> str:
    return ("<html lang='en'><head><title>Walking after meals | Lakeshore Health</title></head><body>"
            "<header><a href='/'>Lakeshore Health</a></header><main>"
            f"<nav class='cmp-breadcrumb' aria-label='Breadcrumb'><ol class='cmp-breadcrumb__list'>{crumbs}</ol></nav>"
            "<article><div class='cmp-title'><h1 class='cmp-title__text'>Walking after meals</h1></div>"
            f"<div class='lakeshore-byline'><p>{byline}</p></div><p>Published March 8, 2024</p>"
            f"<div class='cmp-text'>{PARAGRAPHS}</div></article></main></body></html>")


@pytest.mark.parametrize("byline, names", [
    ("Written by <a href='/doctors/lena-hoffmann.html'>Dr. Lena Hoffmann, MD</a>, <span>Cardiology</span>",
     ["Lena Hoffmann"]),
    ("Written by <a href='/doctors/lena-hoffmann.html'>Dr. Lena Hoffmann, MD</a>, <span>Cardiology</span> and "
     "<a href='/doctors/omar-haddad.html'>Omar Haddad, RD</a>, <span>Nutrition Services</span>",
     ["Lena Hoffmann", "Omar Haddad"]),
    ("By <a href='/author/jane-roe/'>Jane Roe</a> and Ann Lee", ["Jane Roe", "Ann Lee"]),
    ("By <a href='/author/jane-roe/'>Jane Roe</a><!-- /author -->, <span>Metro Ledger</span>", ["Jane Roe"]),
])
def test_unlinked_words_after_a_linked_name_and_a_comma_qualify_it(byline, names):
    """A byline that links its people: the unlinked words after a linked name and a comma are its
    department or affiliation, no co-author; an unlinked name joined by "and" is still one."""
    assert extract_article(_page(byline), URL).authors == names

