"""The health-archive command as a user runs it."""
from __future__ import annotations

import gzip
import json

import pytest

from helpers import run_cli

COMMANDS = ["crawl", "serve", "demo", "extract", "reparse"]

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Walking After Meals | Test Health</title>
<link rel="canonical" href="/walking-after-meals/"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>Walking After Meals</h1><p class="byline">By Dr. Jane Roe, MD</p>
<div class="entry-content">
<p>A short walk after eating helps the body handle blood sugar. Muscles take up glucose while they work,
so even ten minutes of easy walking blunts the rise that follows a meal.</p>
<h2>How long to walk</h2>
<p>Studies of people with and without diabetes found benefits from walks of two to fifteen minutes,
started within half an hour of finishing the meal. Longer walks help a little more.</p>
<p>See the <a href="https://pubmed.ncbi.nlm.nih.gov/12345678/">trial</a> and our <a href="/sleep/">sleep guide</a>.</p>
</div></article><footer>© Test Health</footer></body></html>"""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    out = run_cli(command, "--help").stdout
    assert "Example" in out and f"health-archive {command}" in out


def test_extract_prints_one_json_line_per_input(tmp_path):
    plain = tmp_path / "walk.html"
    plain.write_text(PAGE, encoding="utf-8")
    packed = tmp_path / "walk2.html.gz"
    packed.write_bytes(gzip.compress(PAGE.encode()))
    out = run_cli("extract", plain, packed, "--url", "https://health.test/walking-after-meals/?utm_source=x").stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in lines] == [str(plain), str(packed)]
    first = lines[0]
    assert first["title"] == "Walking After Meals"
    assert first["canonical_url"] == "https://health.test/walking-after-meals/"
    assert "blood sugar" in first["body_text"] and "Test Health" not in first["body_text"]
    assert {"url", "site", "authors", "published", "body_html", "word_count", "related", "links"} <= set(first)
    assert any(link["url"] == "https://health.test/sleep/" and link["internal"] for link in first["links"])
    assert lines[0]["body_text"] == lines[1]["body_text"]


def test_extract_missing_file_is_one_plain_error(tmp_path):
    proc = run_cli("extract", tmp_path / "nope.html", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error:") and "Traceback" not in proc.stderr


def test_serve_without_archive_says_what_to_do(tmp_path):
    proc = run_cli("serve", "--db", tmp_path / "none.db", check=False)
    assert proc.returncode != 0
    assert "health-archive crawl" in proc.stderr and "Traceback" not in proc.stderr
