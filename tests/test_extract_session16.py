"""Rules found in session 16 (issue 12): a Chinese or Japanese body is counted in characters, as
word processors count it, not in the runs between its punctuation."""
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
