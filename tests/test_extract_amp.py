"""Fixes found on the ninth round of held-out zoo families (an AMP news site): each test is a page
shape such sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

SHORT = ("Our nurse shows how to place the cuff, how long to rest first and why two readings a minute apart "
         "beat one. Write both numbers down and bring the log to your next appointment.")


def _amp_page(player: str) -> str:
    return ("<!doctype html><html amp lang='en'><head><title>Watch: reading a cuff - Bulletin</title>"
            "<script async src='https://cdn.ampproject.org/v0.js'></script></head><body><main><article class='post'>"
            "<h1 class='entry-title'>Watch: reading a cuff</h1><div class='entry-content'>"
            f"<p>{SHORT}</p><figure class='wp-block-embed'><div class='wp-block-embed__wrapper'>{player}</div></figure>"
            "</div></article></main></body></html>")


@pytest.mark.parametrize("player, url", [
    ("<amp-youtube data-videoid='Sx2Ne6Ju0Ya' layout='responsive' width='480' height='270'><a placeholder "
     "href='https://youtu.be/Sx2Ne6Ju0Ya'><amp-img src='https://i.ytimg.com/vi/Sx2Ne6Ju0Ya/hqdefault.jpg' "
     "layout='fill'></amp-img></a></amp-youtube>", "https://www.youtube.com/watch?v=Sx2Ne6Ju0Ya"),
    ("<amp-vimeo data-videoid='482913305' layout='responsive' width='500' height='281'></amp-vimeo>",
     "https://vimeo.com/482913305"),
    ("<amp-iframe width='640' height='360' layout='responsive' sandbox='allow-scripts allow-same-origin' "
     "src='https://www.youtube.com/embed/Df9Kr3Tb6Hq'><amp-img placeholder layout='fill' "
     "src='https://i.ytimg.com/vi/Df9Kr3Tb6Hq/hqdefault.jpg'></amp-img></amp-iframe>",
     "https://www.youtube.com/embed/Df9Kr3Tb6Hq"),
    ("<amp-video width='640' height='360' layout='responsive' controls><source src='https://media.example-cdn.net/clip.mp4' "
     "type='video/mp4'></amp-video>", "https://media.example-cdn.net/clip.mp4"),
])
def test_amp_player_components_are_the_posts_videos(player, url):
    """An AMP page plays media through AMP's own components (amp.dev): amp-youtube and amp-vimeo name
    the video only by data-videoid, amp-iframe and amp-video carry a src as their HTML namesakes do."""
    article = extract_article(_amp_page(player), "https://bulletin.test/2024/03/watch-cuff/")
    assert [(e.url, e.kind) for e in article.embeds] == [(url, "video")]
    assert article.body_text.startswith(SHORT)


def test_a_preview_of_the_next_story_titled_by_a_link_is_not_the_short_posts_body():
    """Below a short post, the theme prints the first paragraphs of the next story (amp-next-page's
    first slice, an "Up next" box) in an <article> titled by a linked h2: it is another page's
    text, longer than the post's own; the page's one h1 says which article the page is."""
    own = ("Seasonal flu vaccines have arrived at most community pharmacies. Adults can usually walk in "
           "without an appointment.")
    nxt = "".join(f"<p>Each morning write two lines about how you slept, part {i}: when you went to bed, when you "
                  "got up and how rested you feel on a scale of one to five.</p>" for i in range(3))
    html = ("<html><head><title>Flu shots at pharmacies - Bulletin</title></head><body><main>"
            "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>Flu shots at pharmacies"
            "</h1><div class='entry-meta'>By Marcus Bell</div></header>"
            f"<div class='entry-content'><p>{own}</p></div></article>"
            "<section aria-label='Up next'><div>Up next</div><article class='post type-post'><header class='entry-header'>"
            "<h2 class='entry-title'><a href='https://bulletin.test/2022/02/sleep-diary/'>A two-line sleep diary</a></h2>"
            f"<div class='entry-meta'>By Lena Hoffmann</div></header><div class='entry-content'>{nxt}</div>"
            "<a href='https://bulletin.test/2022/02/sleep-diary/'>Continue reading</a></article></section>"
            "</main></body></html>")
    article = extract_article(html, "https://bulletin.test/2022/03/flu-shots/")
    assert article.body_text == own
    # a post whose own headline is a linked h2 (no h1 on the page) keeps its text
    solo = html.replace("<h1 class='entry-title'>Flu shots at pharmacies</h1>", "").replace(
        "<section aria-label='Up next'><div>Up next</div>", "<section>")
    assert "Each morning write two lines" in extract_article(solo, "https://bulletin.test/2022/02/sleep-diary/").body_text
