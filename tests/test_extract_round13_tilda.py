"""Round 13 (tilda): what the held-out Tilda family showed the extraction missing."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

_TEXT = "<div class='t-redactor__text'>" + "Children's first shoes need a firm heel and a flexible sole. " * 6 + "</div>"


def _post(player: str) -> str:
    return (f"<html><head><title>Choosing a child's shoes</title><meta property='og:type' content='article'></head><body>"
            f"<h1>Choosing a child's shoes</h1><div class='post-text'>{_TEXT}<figure>{player}</figure>{_TEXT}</div></body></html>")


@pytest.mark.parametrize("player, url", [
    # Tilda's lazy load: the provider in one attribute, the id in another, no iframe until a click
    ("<div class='t-video-lazyload' data-videolazy-type='youtube' data-videolazy-id='Lp4Zc8mWd1s' data-blocklazy='true'></div>",
     "https://www.youtube.com/watch?v=Lp4Zc8mWd1s"),
    # Plyr's progressive enhancement of an embed
    ("<div class='plyr__video-embed' data-plyr-provider='vimeo' data-plyr-embed-id='482913305'></div>",
     "https://vimeo.com/482913305"),
    # an attribute named for the provider, holding the id (inside an outer one naming the same video)
    ("<div class='video-wrap' data-youtube-id='Rb7vQe2Hn5c'><div class='lazy-video' data-youtube='Rb7vQe2Hn5c'></div></div>",
     "https://www.youtube.com/watch?v=Rb7vQe2Hn5c"),
])
def test_a_player_named_by_provider_and_id_in_data_attributes_is_kept(player, url):
    article = extract_article(_post(player), "https://clinic.test/tpost/abc1234567-shoes")
    assert [(e.url, e.kind) for e in article.embeds] == [(url, "video")]


def test_provider_links_and_ids_of_another_shape_are_no_player():
    """A channel link in data-youtube and a type attribute without an id-shaped value add nothing."""
    player = ("<a class='social' data-youtube='https://www.youtube.com/@clinic'>YouTube</a>"
              "<div data-video-type='youtube' data-video-id='not an id'></div>")
    assert extract_article(_post(player), "https://clinic.test/tpost/abc1234567-shoes").embeds == []


@pytest.mark.parametrize("byline, name, credentials, affiliation", [
    ("Врач-кардиолог Попов Дмитрий Сергеевич", "Попов Дмитрий Сергеевич", [], "Врач-кардиолог"),
    ("Врач-педиатр, к.м.н. Кузнецова Елена Викторовна", "Кузнецова Елена Викторовна", ["к.м.н."], "Врач-педиатр"),
    ("General practitioner Maria Ivanova", "Maria Ivanova", [], "General practitioner"),
    ("Cardiologist Dmitry Popov", "Dmitry Popov", [], "Cardiologist"),
])
def test_a_position_written_before_the_name_is_no_part_of_it(byline, name, credentials, affiliation):
    """Clinics sign posts position first (Tilda's author field: "Врач-кардиолог Попов Дмитрий Сергеевич")."""
    from archive.extract.names import people_in
    assert [(p.name, p.credentials, p.affiliation) for p in people_in(byline)] == [(name, credentials, affiliation)]
    assert [p.name for p in people_in(byline, strict=True)] == [name]


@pytest.mark.parametrize("byline, names", [
    ("Doctor Foster", ["Doctor Foster"]), ("Jane Roe, MD", ["Jane Roe"]), ("Иванова Мария Петровна, врач-терапевт",
                                                                             ["Иванова Мария Петровна"])])
def test_names_without_a_position_before_them_stay_whole(byline, names):
    from archive.extract.names import people_in
    assert [p.name for p in people_in(byline)] == names
