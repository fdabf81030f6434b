"""Fixes found on the ninth round's held-out arabic family (an Arabic health portal on a custom CMS
with a Bootstrap RTL theme): each test is a page shape Arabic-language sites share, written small."""
import json

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

URL = "https://sehha.test/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/%D9%86%D9%88%D9%85/"
PARAGRAPHS = "".join(f"<p>الفقرة {i}: يحتاج البالغ إلى سبع ساعات من النوم على الأقل كل ليلة، وقلة النوم ترتبط بضعف "
                     "المناعة وزيادة الوزن وارتفاع ضغط الدم وصعوبة التركيز في العمل والدراسة.</p>" for i in range(6))


def _page(head: str = "", meta: str = "", after: str = "", body: str = PARAGRAPHS) -> str:
    return (f'<html lang="ar" dir="rtl"><head><title>فوائد النوم | صحتك اليوم</title>{head}</head><body>'
            '<main><article class="single-post"><header class="post-header"><h1 class="post-title">فوائد النوم</h1>'
            f'{meta}</header><div class="post-content article-body">{body}</div>{after}</article></main></body></html>')


def test_an_arabic_doctor_is_named_without_his_honorific():
    """د. (Dr.), written with or without a space before the name, and أ.د. (Prof. Dr.) are titles, not
    part of the name, as "Dr." is: "د. أحمد خالد و د.سارة يوسف" are أحمد خالد and سارة يوسف."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "فوائد النوم", "inLanguage": "ar",
          "datePublished": "2024-03-12T10:00:00+03:00",
          "author": [{"@type": "Person", "name": "د. أحمد خالد"}, {"@type": "Person", "name": "د.سارة يوسف"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    meta = ('<div class="post-meta">بقلم: <a href="/author/ahmad-khaled/" rel="author">د. أحمد خالد</a> و'
            '<a href="/author/sara-youssef/" rel="author">د.سارة يوسف</a></div>')
    assert extract_article(_page(head, meta), URL).authors == ["أحمد خالد", "سارة يوسف"]


def test_a_date_in_eastern_arabic_digits_is_read():
    """"نُشر في ١٢ مارس ٢٠٢٤": Arabic-Indic digits are digits; the only date a page shows is its date."""
    meta = '<div class="post-meta"><span class="post-date">نُشر في ١٢ مارس ٢٠٢٤</span></div>'
    assert (extract_article(_page(meta=meta), URL).published or "").startswith("2024-03-12")


def test_keywords_written_with_the_arabic_comma_are_several_tags():
    """JSON-LD keywords "النوم، المراهقون" is two keywords: the Arabic comma (U+060C) separates them."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "فوائد النوم",
          "datePublished": "2024-03-12T10:00:00+03:00", "keywords": "النوم، المراهقون"}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    assert sorted(extract_article(_page(head), URL).tags) == ["المراهقون", "النوم"]


def test_a_reference_list_of_bare_urls_is_body_and_citations():
    """A references list (المراجع) whose one entry is a title and its bare URL is mostly link text, but
    its links leave the site: it is the article's references, body and citations, not navigation."""
    refs = ('<div class="references"><h2>المراجع</h2><ol><li>منظمة الصحة العالمية: التبغ. <a href="https://www.who.int/'
            'ar/news-room/fact-sheets/detail/tobacco">https://www.who.int/ar/news-room/fact-sheets/detail/tobacco</a></li>'
            '</ol></div>')
    article = extract_article(_page(body=PARAGRAPHS + refs), URL)
    assert "منظمة الصحة العالمية: التبغ." in article.body_text
    assert [c.url for c in article.citations] == ["https://www.who.int/ar/news-room/fact-sheets/detail/tobacco"]


def test_names_in_a_sites_data_are_split_on_their_scripts_comma_too():
    """The hydration data's "a, b" strings (authors, tags) split as JSON-LD keywords do."""
    from archive.extract.hydration import _names

    assert _names("النوم، المراهقون") == ["النوم", "المراهقون"]
    assert _names("睡眠、健康") == ["睡眠", "健康"] and _names("Ann Roe, Sam Poe") == ["Ann Roe", "Sam Poe"]
