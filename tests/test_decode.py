"""One decode path: extract and reparse see exactly the text Scrapy's response.text gave the spider."""
import pytest
from scrapy.http import HtmlResponse

from archive.extract.decode import decode_html, looks_binary

pytestmark = pytest.mark.fast

CASES = [
    ("text/html; charset=utf-8", "<p>café — ünïcode</p>".encode("utf-8")),
    ("text/html", "<html><head><meta charset='iso-8859-1'></head><p>café</p>".encode("latin-1")),
    ("text/html", "<p>Grüße aus München, déjà vu, naïve café résumé</p>".encode("cp1252")),
    ("", "<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'><p>日本語のページ</p>".encode("shift_jis")),
    ("text/html; charset=utf-8", "<p>header says utf-8, meta says latin-1 <meta charset=latin-1></p>".encode("utf-8")),
    ("text/html; charset=iso-8859-1", b"\xef\xbb\xbf<p>BOM wins: caf\xc3\xa9</p>"),
    ("text/html; charset=utf-8", b"<p>invalid \xff\xfe utf-8 bytes \xc3</p>"),
    ("text/html; charset=bogus-charset", "<p>unknown label</p>".encode()),
    (None, b""),
]


@pytest.mark.parametrize("content_type, body", CASES)
def test_same_text_as_scrapy(content_type, body):
    headers = {"Content-Type": content_type} if content_type else {}
    response = HtmlResponse("https://example.org/", body=body, headers=headers)
    text, encoding = decode_html(body, content_type)
    assert text == response.text
    assert encoding == response.encoding


def test_windows_1252_without_declaration_is_not_mojibake():
    text, _ = decode_html("<p>Grüße, déjà vu, naïve café résumé</p>".encode("cp1252"), "text/html")
    assert "Grüße" in text and "café" in text


def test_binary_detection():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(bytes(range(256)) * 4)
    assert not looks_binary("<html><body>héllo</body></html>".encode())
    assert not looks_binary("<p>x</p>".encode("utf-16"))


#: windows-1252 text with curly quotes, a dash, an ellipsis and a euro sign, the five bytes Python's
#: cp1252 leaves undefined, and a UTF-8 closing quote pasted into it (mojibake a browser shows too).
WINDOWS_1252 = ("<p>“Curly” ‘quotes’ — 5 € …</p>".encode("cp1252") + b"<p>\x81\x8d\x8f\x90\x9d</p>"
                + "<p>pasted ”</p>".encode("utf-8"))
#: What every browser shows for those bytes (the WHATWG windows-1252 decoder).
AS_BROWSERS_SHOW = "<p>“Curly” ‘quotes’ — 5 € …</p><p>\x81\x8d\x8f\x90\x9d</p><p>pasted â€\x9d</p>"


@pytest.mark.parametrize("content_type, head", [
    ("text/html; charset=ISO-8859-1", ""), ("text/html; charset=latin1", ""), ("text/html; charset=ascii", ""),
    ("text/html; charset=US-ASCII", ""), ("text/html", '<meta charset="iso-8859-1">'),
    ("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=latin1">'),
    ("text/html; charset=windows-1252", ""),
])
def test_latin1_labels_decode_as_windows_1252_like_browsers(content_type, head):
    body = head.encode() + WINDOWS_1252
    text, encoding = decode_html(body, content_type)
    assert encoding == "cp1252" and text == head + AS_BROWSERS_SHOW and "\ufffd" not in text


def test_extraction_stores_the_browsers_text():
    """The one path the spider, extract and reparse share (archive.extract.ingest) gets the same text."""
    from archive.extract.ingest import extract_page

    page = (b"<html><head><title>Q</title></head><body><article><h1>Quotes</h1>"
            + b"<p>Words about health and the quotes we use. " * 20 + WINDOWS_1252 + b"</article></body></html>")
    article, encoding = extract_page(page, "https://example.org/q/", "text/html; charset=ISO-8859-1")
    assert encoding == "cp1252" and "“Curly” ‘quotes’ — 5 € …" in article.body_text
    assert "\ufffd" not in article.body_text
