"""Fixes found on the twelfth round's held-out discourse family (a patient charity's news section
beside its Discourse forum): each test is a page shape such sites share with many others, written
small. No forum software's class names: only the schema.org type the page declares."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

BODY = "".join(f"<p>Paragraph {i}: our new fatigue guide was written with members and reviewed by our "
               "specialist nurses, and the helpline now opens on two evenings a week.</p>" for i in range(5))
REPLY = ("<p>I felt exactly the same in my first year. It does get easier, mostly because you learn what your "
         "body is telling you, and the nurses on the helpline were brilliant when I rang them.</p>")


def _post(n: int, user: str, reply: bool) -> str:
    scope = " itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if reply else ""
    return (f"<div id='p{n}'{scope}><span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<a href='/forum/u/{user}'><span itemprop='name'>{user}</span></a></span>"
            f"<time itemprop='datePublished' datetime='2024-03-0{n}T10:00:00Z'>March {n}, 2024</time>"
            f"<div itemprop='text'>{REPLY * 2}</div></div>")


def thread(scope: str = "itemscope itemtype='http://schema.org/DiscussionForumPosting'", head: str = "") -> str:
    posts = "".join(_post(n, user, n > 1) for n, user in enumerate(("fran", "mike_r", "kez", "tomos"), 1))
    return (f"<html><head><title>How do you pace on a bad week? - Support - Community</title>"
            f"<meta property='og:type' content='website'>{head}</head><body><h1>How do you pace on a bad week?</h1>"
            f"<div {scope}><meta itemprop='headline' content='How do you pace on a bad week?'>{posts}</div>"
            "</body></html>")


def test_a_forum_thread_declared_as_a_discussion_forum_posting_is_not_an_article():
    """schema.org's DiscussionForumPosting is what forum software (Discourse, XenForo, vBulletin,
    Invision, phpBB's SEO extensions) declares for a thread of users' posts: dated, signed and long
    as it is, it is a discussion, not a published article."""
    page = extract_article(thread(), "https://charity.test/forum/t/how-do-you-pace/241")
    assert page.page_type == "other" and not page.is_article


def test_the_same_declared_in_json_ld():
    ld = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
          "\"DiscussionForumPosting\", \"headline\": \"How do you pace on a bad week?\", \"author\": {\"@type\": "
          "\"Person\", \"name\": \"fran\"}, \"datePublished\": \"2024-03-01T10:00:00Z\"}</script>")
    page = extract_article(thread(scope="class='thread'", head=ld), "https://charity.test/forum/t/how-do-you-pace/241")
    assert page.page_type == "other" and not page.is_article


def test_a_question_and_answer_page_is_not_an_article_either():
    page = extract_article(thread(scope="itemscope itemtype='https://schema.org/QAPage'"),
                           "https://charity.test/forum/t/how-do-you-pace/241")
    assert page.page_type == "other"


def test_an_article_whose_comments_are_marked_as_a_discussion_stays_an_article():
    """A news post that declares itself an Article keeps that kind when its comment section is
    marked up as a DiscussionForumPosting of readers' comments."""
    html = ("<html><head><title>Our new fatigue guide - Charity</title><meta property='og:type' content='article'>"
            "</head><body><article itemscope itemtype='http://schema.org/Article'><h1 itemprop='headline'>Our new "
            "fatigue guide</h1><time itemprop='datePublished' datetime='2024-03-01'>1 March 2024</time>"
            f"<div itemprop='articleBody'>{BODY}</div></article><section class='comments' itemscope "
            "itemtype='http://schema.org/DiscussionForumPosting'>" + _post(2, "kez", True) + "</section></body></html>")
    page = extract_article(html, "https://charity.test/news/our-new-fatigue-guide/")
    assert page.page_type == "article"


def test_a_json_ld_article_outweighs_a_discussion_marked_in_microdata():
    ld = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
          "\"headline\": \"How do you pace on a bad week?\", \"datePublished\": \"2024-03-01T10:00:00Z\"}</script>")
    page = extract_article(thread(head=ld), "https://charity.test/news/how-do-you-pace/")
    assert page.page_type == "article"


def _item_list(n: int) -> str:
    rows = "".join(f"<tr><td itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>"
                   f"<meta itemprop='position' content='{i}'><a itemprop='url' href='https://charity.test/forum/t/"
                   f"topic-{i}/{100 + i}'>Topic number {i} about pacing</a> <a href='https://charity.test/forum/tag/"
                   f"fatigue' class='tag'>fatigue</a></td><td>{i + 2}</td><td>March {i}, 2024</td></tr>"
                   for i in range(1, n + 1))
    return (f"<div itemscope itemtype='http://schema.org/ItemList'><table class='topics'><tbody>{rows}</tbody>"
            "</table></div>")


def test_a_page_that_declares_a_microdata_item_list_of_its_sites_pages_is_a_listing():
    """A forum's category page: its description (the pinned topic's excerpt) over a table of topics
    that the page declares a schema.org ItemList of ListItems, as JSON-LD ItemLists already declare
    a listing: not a short dated article filed under the rows' tags."""
    html = ("<html><head><title>Carers and family - Community</title><meta property='og:type' content='website'>"
            "</head><body><h1><a href='https://charity.test/forum/c/carers/9'>Carers and family</a></h1>"
            "<p>A space for partners, parents, children and friends who support someone with a long-term "
            "condition. Please read the guidelines before posting, and remember that nothing shared here replaces "
            f"advice from your own care team.</p>{_item_list(4)}</body></html>")
    page = extract_article(html, "https://charity.test/forum/c/carers/9")
    assert page.page_type == "listing"


def test_an_article_with_a_related_item_list_stays_an_article():
    ld = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
          "\"headline\": \"Our new fatigue guide\", \"datePublished\": \"2024-03-01T10:00:00Z\"}</script>")
    html = (f"<html><head><title>Our new fatigue guide - Charity</title>{ld}</head><body><h1>Our new fatigue guide</h1>"
            f"<div class='content'>{BODY}</div><h2>Read next</h2>{_item_list(4)}</body></html>")
    assert extract_article(html, "https://charity.test/news/our-new-fatigue-guide/").page_type == "article"
