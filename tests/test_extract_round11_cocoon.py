"""Fixes of the eleventh round from the cocoon family (a Japanese blog on the Cocoon theme): each test
is a page shape many sites share, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

JA = "".join(f"<p>第{i}段落：睡眠は長さだけでなく質も大切です。寝る前のスマートフォンや夕方以降のカフェインは、"
             "眠りを浅くする原因になります。毎朝同じ時間に起きて朝日を浴びると、体内時計が整います。</p>" for i in range(6))
ZH = "".join(f"<p>第{i}段：在日本旅行时突然发烧或受伤，很多人不知道该去哪里看病。去医院前最好先打电话确认，"
             "并准备好护照、旅游保险的资料和正在服用的药物清单。</p>" for i in range(6))


@pytest.mark.parametrize("label, name, note, body", [
    ("監修：医師", "佐藤太郎", "総合内科専門医。都内のクリニックで院長を務める。", JA),
    ("監修者：", "田中恵子", "皮膚科専門医。", JA),
    ("医学审核：", "王医生", "北京协和医院内科主任医师。", ZH),
])
def test_a_cjk_supervision_credit_opening_the_body_is_no_body(label, name, note, body):
    """Japanese and Chinese health posts open with a credit box naming the doctor who supervised or
    reviewed them ("監修：医師 佐藤太郎", "医学审核：王医生") and the doctor's profile: a credit line
    like "Medically reviewed by Dr. X", not body, though it ends with a full stop ("。")."""
    html = ("<html lang='ja'><head><title>睡眠の質を上げる習慣</title></head><body><article><h1>睡眠の質を上げる習慣</h1>"
            "<div class='entry-content'><div class='blank-box bb-green'><p><strong>"
            f"{label} {name}</strong><br>{note}</p></div>{body}</div></article></body></html>")
    article = extract_article(html, "https://kenko.test/archives/279")
    assert name not in article.body_text and note not in article.body_text
    assert "第0" in article.body_text and "第5" in article.body_text


def test_a_cjk_paragraph_that_only_mentions_supervision_stays():
    """Prose that speaks of supervision ("監修の先生によると…") is body: only a label with its colon
    opening a short credit line marks one."""
    html = ("<html lang='ja'><head><title>冷え性の対策</title></head><body><article><h1>冷え性の対策</h1>"
            "<div class='entry-content'><p>監修の先生によると、冷え性の多くは筋肉量の不足が原因です。</p>"
            f"{JA}</div></article></body></html>")
    article = extract_article(html, "https://kenko.test/archives/183")
    assert "監修の先生によると" in article.body_text
