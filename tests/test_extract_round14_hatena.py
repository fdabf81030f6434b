"""Round 14 (hatena): what the held-out Hatena Blog family showed the extraction missing."""
import pytest

from archive.extract import extract_article
from archive.extract.pagetype import archive_address

pytestmark = pytest.mark.fast

PROSE = ("お風呂上がりの肌は、時間がたつほど水分が逃げていきます。体をふいたら10分以内に化粧水と乳液、"
         "またはボディクリームで保湿するのがおすすめです。乾燥が気になる季節は、加湿器も上手に使いましょう。")


@pytest.mark.parametrize("url,expected", [
    ("https://b.hatenablog.com/archive/2024/03", True), ("https://b.hatenablog.com/archive/2024/03/12", True),
    ("https://b.hatenablog.com/archive/2024", True), ("https://b.hatenablog.com/archive/2024?page=2", True),
    ("https://wp.example/2024/03/", True), ("https://wp.example/2024/03/12/", True),
    ("https://wp.example/2024/03/page/2/", True),
    ("https://b.hatenablog.com/entry/2024/03/12/083000", False), ("https://x.blogspot.com/2024/03/a-post.html", False),
    ("https://wp.example/2024/03/12/a-post/", False), ("https://www.soundofscience.fr/1927", False),
    ("https://unexpecteduser.blogspot.de/2011/", False), ("https://site.example/reports/2024", False),
])
def test_date_archive_addresses(url, expected):
    """A date archive's address ends at a month or a day, or at a year after "archive": a post's
    address goes on after its date; a bare number may be a post id."""
    assert archive_address(url) is expected


def _archive(sections: int) -> str:
    # Hatena Blog's month archive: section.archive-entry cards, each h1 linking the entry, no post markup
    cards = "".join(
        f"<section class='archive-entry test-archive-entry autopagerize_page_element'><div class='archive-entry-header'>"
        f"<div class='date archive-date'><a href='/archive/2024/03/1{i}'><time datetime='2024-03-1{i}T01:00:00Z'>"
        f"<span class='date-year'>2024</span><span class='hyphen'>-</span><span class='date-month'>03</span>"
        f"<span class='hyphen'>-</span><span class='date-day'>1{i}</span></time></a></div><h1 class='entry-title'>"
        f"<a class='entry-title-link' href='https://b.hatenablog.com/entry/2024/03/1{i}/083000'>保湿は入浴後10分以内に{i}</a>"
        f"</h1></div><div class='categories'><a class='archive-category-link category-美容' "
        f"href='/archive/category/美容'>美容</a></div><div class='archive-entry-body'><p class='entry-description'>"
        f"{PROSE}</p></div></section>" for i in range(sections))
    return ("<html lang='ja'><head><title>2024-03の記事一覧 - ナースの健康ノート</title></head><body class='page-archive'>"
            "<div id='content' class='hfeed'><div id='main'><header class='archive-header-category'><h2 "
            f"class='archive-heading'>2024-03の記事一覧</h2></header><div class='archive-entries'>{cards}</div></div></div>"
            "</body></html>")


@pytest.mark.parametrize("sections", [1, 3])
def test_a_month_archive_of_few_entries_is_a_listing(sections):
    """Fewer cards than a listing needs to show itself (a month with one post), dated by the card:
    the address says date archive."""
    assert extract_article(_archive(sections), "https://b.hatenablog.com/archive/2024/03").page_type == "listing"


def _entry(head_tags: str, links: str) -> str:
    return ("<html lang='ja'><head><title>保湿は入浴後10分以内に - ナースの健康ノート</title>"
            "<meta property='og:type' content='article'>" + head_tags + "</head><body class='page-entry category-美容'>"
            "<article class='entry hentry test-hentry js-entry-article date-first autopagerize_page_element'>"
            "<div class='entry-inner'><header class='entry-header'><div class='date entry-date first'><a "
            "href='/archive/2024/03/12'><time datetime='2024-03-11T21:30:00Z'><span class='date-year'>2024</span>"
            "<span class='hyphen'>-</span><span class='date-month'>03</span><span class='hyphen'>-</span>"
            "<span class='date-day'>12</span></time></a></div><h1 class='entry-title'><a class='entry-title-link bookmark' "
            "href='https://b.hatenablog.com/entry/hoshitsu'>保湿は入浴後10分以内に</a></h1>"
            f"<div class='entry-categories categories'>{links}</div></header>"
            f"<div class='entry-content hatenablog-entry'><p>{PROSE}</p><p>{PROSE}</p></div></div></article></body></html>")


LINKS = ("<a href='/archive/category/美容' class='entry-category-link category-美容'>美容</a>"
         "<a href='/archive/category/保湿' class='entry-category-link category-保湿'>保湿</a>")


def test_categories_written_again_as_og_tags_are_no_tags():
    """Hatena Blog has one taxonomy, shown as categories (entry-category-link, /archive/category/)
    and written into article:tag too: categories, no tags."""
    got = extract_article(_entry("<meta property='article:tag' content='美容'><meta property='article:tag' content='保湿'>",
                                 LINKS), "https://b.hatenablog.com/entry/hoshitsu")
    assert (got.tags, got.categories) == ([], ["美容", "保湿"])


def test_og_tags_other_than_the_categories_stay_tags():
    got = extract_article(_entry("<meta property='article:tag' content='スキンケア'>", LINKS),
                          "https://b.hatenablog.com/entry/hoshitsu")
    assert (got.tags, got.categories) == (["スキンケア"], ["美容", "保湿"])
