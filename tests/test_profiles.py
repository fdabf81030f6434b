"""Crawl profiles: good files load, bad ones are refused naming file, line and key."""
from __future__ import annotations

import textwrap

import pytest

from archive.crawl.profiles import ProfileError, load_profiles, parse_duration
from helpers import ROOT, run_cli


def write(tmp_path, text):
    path = tmp_path / "health-archive.toml"
    path.write_text(textwrap.dedent(text))
    return path


@pytest.mark.fast
def test_defaults_apply_and_sites_override(tmp_path):
    path = write(tmp_path, """
        [defaults]
        refresh_interval = "6h"
        download_delay = 1.5

        [[site]]
        name = "one"
        start_urls = ["https://one.example/"]

        [[site]]
        name = "two"
        start_urls = ["https://two.example/feed/"]
        download_delay = 3
        max_depth = 2
    """)
    one, two = load_profiles(path)
    assert (one.name, one.refresh_interval, one.download_delay) == ("one", 21600.0, 1.5)
    assert (two.download_delay, two.max_depth, two.max_pages) == (3.0, 2, None)
    assert "DOWNLOAD_DELAY=3.0" in two.scrapy_settings() and "ARCHIVE_PROFILE=two" in two.scrapy_settings()
    assert not any(s.startswith("CLOSESPIDER_PAGECOUNT") for s in two.scrapy_settings())


@pytest.mark.fast
@pytest.mark.parametrize("text, line, key, reason", [
    ("""
     [[site]]
     name = "a"
     start_urls = ["https://a.example/"]
     max_pagez = 10
     """, 5, "max_pagez", "unknown key"),
    ("""
     [defaults]
     refresh_interval = "often"

     [[site]]
     name = "a"
     start_urls = ["https://a.example/"]
     """, 3, "refresh_interval", "duration"),
    ("""
     [[site]]
     name = "a"
     start_urls = ["https://a.example/"]

     [[site]]
     name = "b"
     start_urls = ["ftp://b.example/"]
     """, 8, "start_urls", "only http and https addresses"),
    ("""
     [[site]]
     name = "a"
     start_urls = ["https://a.example/"]
     concurrency = 0
     """, 5, "concurrency", "at least 1"),
    ("""
     [[site]]
     name = "a"
     start_urls = ["https://a.example/"]
     obey_robots = "yes"
     """, 5, "obey_robots", "true or false"),
])
def test_bad_files_name_file_line_and_key(tmp_path, text, line, key, reason):
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as info:
        load_profiles(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert f"'{key}'" in message and reason in message


@pytest.mark.fast
def test_missing_sites_and_syntax_errors(tmp_path):
    with pytest.raises(ProfileError, match="no \\[\\[site\\]\\] tables"):
        load_profiles(write(tmp_path, "[defaults]\nmax_pages = 3\n"))
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profiles(write(tmp_path, "[[site]\nname = 1\n"))


@pytest.mark.fast
def test_durations():
    assert [parse_duration(v) for v in ("90", "30m", "6h", "1d", "2w", 15)] == [90, 1800, 21600, 86400, 1209600, 15]
    with pytest.raises(ValueError):
        parse_duration("-5m")


@pytest.mark.fast
def test_shipped_example_config_is_valid():
    profiles = load_profiles(ROOT / "deploy" / "health-archive.toml")
    assert [p.name for p in profiles] == ["example-health-blog", "example-clinic-news"]


def test_cli_reports_a_bad_config_in_one_line(tmp_path):
    path = write(tmp_path, '[[site]]\nname = "a"\nstart_urls = ["https://a.example/"]\nspeed = 3\n')
    result = run_cli("crawl", "--config", path, "--db", tmp_path / "a.db", check=False)
    assert result.returncode == 2           # bad usage
    assert len(result.stderr.strip().splitlines()) == 1
    assert f"{path}:4:" in result.stderr and "'speed'" in result.stderr and "Traceback" not in result.stderr


def test_cli_crawls_every_site_of_a_config(tmp_path):
    from archive.demo import start_demo_server

    with start_demo_server() as site:
        path = write(tmp_path, f"""
            [defaults]
            download_delay = 0
            autothrottle = false
            max_depth = 0

            [[site]]
            name = "demo-feed"
            start_urls = ["{site.base_url}/feed/"]

            [[site]]
            name = "demo-article"
            start_urls = ["{site.base_url}/cholesterol-basics/"]
        """)
        result = run_cli("crawl", "--config", path, "--db", tmp_path / "a.db")
    lines = [line for line in result.stdout.splitlines() if line.startswith("Crawl ")]
    assert len(lines) == 2 and "[demo-feed] finished" in lines[0] and "[demo-article] finished" in lines[1]
