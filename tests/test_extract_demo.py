"""Golden extraction of the demo site's pages: what the crawler must make of each kind of page.

The pages are rendered in memory by the demo site's own code at a fixed base URL, so the goldens
stay byte-stable; run `pytest --update-golden` after a deliberate change and review the diff.
"""
import json
from pathlib import Path

import pytest

from archive.demo import build_site
from archive.extract.ingest import extract_page

pytestmark = pytest.mark.fast

BASE = "http://demo.test"
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "demo"
PAGES = {
    "named-article": "/why-consistent-sleep-schedule-matters/",
    "no-json-ld": "/cholesterol-basics/",
    "date-only-in-text": "/article.php?id=7",
    "no-read-also": "/napping-guide-for-adults/",
    "hostile-markup": "/digital-burnout-screen-time/",
    "sponsored-link": "/desk-posture-and-back-pain/",
    "about-page": "/about/",
    "category-listing": "/category/sleep/",
}
FIELDS = (
    "canonical_url", "is_article", "page_type", "title", "authors", "published", "published_source",
    "modified", "modified_source", "language", "reviewed_by", "reviewed_on", "tags", "categories",
    "word_count", "headings", "images", "links", "related", "citations",
)


@pytest.fixture(scope="module")
def site():
    return build_site(1, BASE)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_demo_page_golden(site, name, update_golden):
    page = site.resolve(PAGES[name])
    article, _ = extract_page(page.body, BASE + PAGES[name], page.content_type)
    actual = {field: article.to_dict()[field] for field in FIELDS}
    path = GOLDEN / f"{name}.json"
    if update_golden:
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    diffs = [f"{f}:\n  expected {expected.get(f)!r}\n  actual   {actual[f]!r}" for f in FIELDS if expected.get(f) != actual[f]]
    assert not diffs, f"{name} (pytest --update-golden, then review):\n" + "\n".join(diffs)


def test_body_never_holds_boilerplate_or_script(site):
    for path in PAGES.values():
        page = site.resolve(path)
        article, _ = extract_page(page.body, BASE + path, page.content_type)
        text, html = article.body_text.lower(), article.body_html.lower()
        for phrase in ("did you find this helpful", "read also", "leave a reply", "cookie", "newsletter"):
            assert phrase not in text, (path, phrase)
        for bad in ("<script", "onerror", "javascript:", "<iframe", "<form", "style="):
            assert bad not in html, (path, bad)
