"""Fixes found on the tenth round's held-out healthlibrary family (a US hospital's Sitecore site on
ASP.NET WebForms with a syndicated health library): each test is a page shape such sites share with
many others, written small."""
import pytest

from archive.extract import clean
from archive.extract.core import extract_article, parse_html

pytestmark = pytest.mark.fast

SHORT = ("Hold the counter with one hand and practise standing on one leg, heel-to-toe steps and slow "
         "sit-to-stands. Two short sessions a day build steadier legs within weeks.")


def _webforms(body: str) -> str:
    """An ASP.NET WebForms page: one <form id=aspnetForm> around the whole page, as every
    WebForms master page renders it; no site furniture left around the post (a site template took it)."""
    return ("<html lang='en'><head><title>Balance drills | Riverbend Health</title></head><body>"
            "<form name='aspnetForm' method='post' action='./balance-drills' id='aspnetForm'>"
            "<div class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' id='__VIEWSTATE' value='/wEPDwUKLTk2' /></div>"
            "<main id='ctl00_main'><div class='news-detail'><h1 id='ctl00_ContentPlaceHolder1_lblTitle'>Balance drills</h1>"
            f"<div class='component rich-text'><div class='component-content'>{body}</div></div></div></main>"
            "</form></body></html>")


def test_a_form_wrapping_the_page_is_not_a_small_form():
    """WebForms wraps the whole page in one <form>: once the site's furniture is gone, a short post's
    form says less than a search form may, but it holds the page's <h1>: it is the page, kept."""
    root = parse_html(_webforms(f"<p>{SHORT}</p>"), [])
    clean.clean_tree(root)
    assert SHORT[:40] in root.text_content()
    small = parse_html("<html><body><form action='/search'><h2>Search</h2><input name='q'></form>"
                       f"<p>{SHORT}</p></body></html>", [])
    clean.clean_tree(small)
    assert "Search" not in small.text_content() and SHORT[:40] in small.text_content()


def test_a_short_webforms_post_keeps_its_body_and_player():
    """A video post of two short lines and a player on a WebForms page: the body is found on the
    first try, with its player."""
    url = "https://hospital.test/about-us/news/2023/06/balance-drills"
    html = _webforms(f"<p>{SHORT}</p><p><iframe src='https://player.vimeo.com/video/517204688' width='560' "
                     "height='315' allowfullscreen></iframe></p><p>Ask your physical therapist which drills suit you.</p>")
    article = extract_article(html, url)
    assert not any("second try" in p for p in article.problems), article.problems
    assert SHORT[:40] in article.body_text
    assert [e.url for e in article.embeds] == ["https://player.vimeo.com/video/517204688"]


@pytest.mark.parametrize("byline,people", [
    ("Author: Bell, Marcus, RD", [("Marcus Bell", ["RD"])]),
    ("Fraser, Marianne, MSN, RN; Shah, Priya, RD", [("Marianne Fraser", ["MSN", "RN"]), ("Priya Shah", ["RD"])]),
    ("Smith, Jones", [("Smith", []), ("Jones", [])]),          # no credentials after: two names, as before
    ("By Jane Roe, MD, FAAD", [("Jane Roe", ["MD", "FAAD"])]),
])
def test_a_byline_written_surname_first_with_credentials_names_one_person(byline, people):
    """A syndicated health library signs "Author: Bell, Marcus, RD" (surname, given name,
    credentials): one person, Marcus Bell, not "Bell" and "Marcus"."""
    from archive.extract import names
    assert [(p.name, p.credentials) for p in names.people_in(byline)] == people


def test_the_serial_comma_before_the_last_name_keeps_that_name():
    """"By Priya Shah, RD, Lena Hoffmann, PhD, and Tomás Rivera": the serial comma before "and" (US
    style) does not cost the last author."""
    from archive.extract import names
    assert names.clean_name("By Priya Shah, RD, Lena Hoffmann, PhD, and Tomás Rivera") == \
        ["Priya Shah", "Lena Hoffmann", "Tomás Rivera"]
    assert names.clean_name("By Ana Costa, and Lena Hoffmann") == ["Ana Costa", "Lena Hoffmann"]
