"""Rules found in session 16 (issue 12): a Chinese or Japanese body is counted in characters, as
word processors count it, not in the runs between its punctuation; a disclosure's toggle labels the
collapsed panel it opens as a heading would ("Quellen" over an accordion is a reference list)."""
import pytest

from archive.extract import extract_article, vocab

pytestmark = pytest.mark.fast

# Plain sentences of a flu-vaccine fact sheet, in Chinese: no spaces between words, as written.
ZH = ("流感疫苗每年都需要接种，因为病毒每年都会发生变化。六个月以上的人都应该接种疫苗。"
      "孕妇、老年人和慢性病患者更容易出现严重并发症，应尽早接种。接种后可能出现轻微发热或手臂酸痛，通常一两天内消失。"
      "如有疑问，请咨询您的家庭医生或药剂师。")


def test_each_chinese_character_and_kana_is_a_word():
    assert vocab.WORD_RE.findall("多喝水 好") == ["多", "喝", "水", "好"]
    assert len(vocab.WORD_RE.findall("毎日歩きましょう")) == 8
    assert vocab.WORD_RE.findall("건강 뉴스 2024 naïve") == ["건강", "뉴스", "2024", "naïve"]   # spaced scripts: runs


def test_a_short_dated_chinese_fact_sheet_is_an_article():
    """About 150 characters of prose: far past the words an undeclared article needs when counted
    as a reader of Chinese counts them, 11 "words" when counted between punctuation."""
    url = "https://health.test/translated/chinese-simplified/flu-vaccine-faq"
    html = ("<html lang='zh-CN'><head><title>流感疫苗常见问题</title>"
            "<meta name='DCTERMS.created' content='2024-03-12'></head><body>"
            f"<main><h1>流感疫苗常见问题</h1><p>{ZH}</p><p>{ZH[40:]}</p>"
            "<p>最后更新：2024年3月12日</p></main></body></html>")
    article = extract_article(html, url)
    assert article.word_count >= 150
    assert article.page_type == "article"


_PROSE = "".join(f"<p>Paragraph {i} on colds and what helps with them, long enough to read as the text a "
                 "person wrote, with a second sentence to make it so.</p>" for i in range(6))


@pytest.mark.parametrize("toggle, panel", [
    ("<div class='toggler'>Quellen</div>", "<div class='accordion' style='display:none'>{}</div>"),
    ("<div class='accordion__title' role='button' aria-expanded='false'>References</div>", "<div class='panel' hidden>{}</div>"),
])
def test_a_collapsed_sources_panel_opened_by_a_toggle_is_a_reference_list(toggle, panel):
    """A disclosure's toggle (a lone div) labels the panel it opens as a heading would:
    the off-site links inside a collapsed "Sources" are citations, not only those in the body."""
    refs = ("<ul><li>Robert Koch-Institut: <a href='https://www.rki.de/DE/Themen/'>Akute Erkrankungen</a></li>"
            "<li>AWMF: <a href='https://register.awmf.org/de/leitlinien/detail/053-013'>Leitlinie Husten</a></li></ul>")
    url = "https://apotheke.test/ratgeber/news/erkaeltung.html"
    html = (f"<html><head><title>Erkältung</title></head><body><main><article><h1>Erkältung: was hilft</h1>"
            f"<p class='info'><time datetime='2024-03-12'>12.03.2024</time></p>{_PROSE}"
            f"<section class='ce_accordion'>{toggle}{panel.format(refs)}</section></article></main></body></html>")
    article = extract_article(html, url)
    assert {c.url for c in article.citations} >= {"https://www.rki.de/DE/Themen/",
                                                  "https://register.awmf.org/de/leitlinien/detail/053-013"}


def test_a_toggle_of_other_words_labels_nothing():
    url = "https://apotheke.test/ratgeber/news/erkaeltung.html"
    html = (f"<html><body><main><article><h1>Erkältung: was hilft</h1>{_PROSE}"
            "<div class='toggler'>Mehr erfahren</div><div class='accordion'><ul><li>"
            "<a href='https://shop.example.com/tee'>Erkältungstee kaufen</a></li></ul></div></article></main></body></html>")
    assert [c.url for c in extract_article(html, url).citations] == []


def test_a_plain_div_caption_of_a_footer_link_box_is_no_toggle():
    """A site footer's "<div>Useful Links</div>" over links to the publisher's other sites captions
    a box of the site's: no disclosure, no reference list."""
    url = "https://news.test/economy/gdp-forecast.html"
    html = (f"<html><body><main><article><h1>GDP forecast cut</h1>{_PROSE}</article></main><footer>"
            "<div class='flhd1'>Useful Links</div><ul><li><a href='https://www.sister-site.example/'>Sister</a></li>"
            "</ul></footer></body></html>")
    assert [c.url for c in extract_article(html, url).citations] == []


@pytest.mark.parametrize("line, name", [("著者：山田太郎", "山田太郎"), ("文／山田 はなこ", "山田 はなこ"), ("记者：王芳", "王芳")])
def test_a_chinese_or_japanese_byline_label_and_name(line, name):
    """"著者：" (author), "文／" (text by), "记者：" (reporter) open a byline as "By" does, always with
    a colon or slash (the words alone open sentences); the name, without capitals, is a short run of
    Han characters or kana. A byline box kept its label in the name ("著者：山田太郎")."""
    from archive.extract.authors import byline_people

    assert [p.name for p in byline_people(line)] == [name]
    prose = "".join("<p>健康のために毎日歩きましょう。これは長い文章です。</p>" for _ in range(20))
    html = (f"<html lang='ja'><body><article><h1>毎日歩く</h1><p class='byline'>{line}</p>"
            f"<time datetime='2024-03-12'>2024年3月12日</time>{prose}</article></body></html>")
    assert extract_article(html, "https://blog.test/entry/1").authors == [name]


def test_a_sentence_after_a_chinese_or_japanese_label_is_no_name():
    from archive.extract.authors import byline_people

    assert byline_people("著者：健康のために毎日歩きましょう") == []
    assert byline_people("文章を書く") == []
