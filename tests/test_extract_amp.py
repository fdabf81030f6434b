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
