"""Bad input a user can type: one plain line on stderr, a documented exit status, nothing left behind."""
from __future__ import annotations

import pytest

from helpers import free_port, query, run_cli

BAD = [
    (["crawl", "example.com"], 2, "did you mean https://example.com"),
    (["crawl", "javascript:alert(1)"], 2, "only http and https"),
    (["crawl", "ftp://files.example/"], 2, "only http and https"),
    (["crawl", "http://[::1"], 2, "not a valid address"),
    (["crawl", "http://127.0.0.1:99999/"], 2, "port"),
    (["crawl", "https://ok.example/", "--max-pages", "-5"], 2, "--max-pages"),
    (["crawl", "https://ok.example/", "--max-depth", "-1"], 2, "--max-depth"),
    (["crawl"], 2, "start URL"),
    (["crawl", "--config", "no-such-file.toml"], 2, "no-such-file.toml"),
    (["no-such-command"], 2, "No such command"),
    (["serve", "--db", "no-such-archive.db"], 1, "no archive"),
]


@pytest.mark.parametrize("args,status,says", BAD, ids=[" ".join(a) for a, _, _ in BAD])
def test_bad_input_is_one_plain_line(args, status, says, tmp_path):
    db = tmp_path / "archive.db"
    if "--db" not in args:
        args = [*args, "--db", str(db)] if args[0] != "no-such-command" else args
    result = run_cli(*args, cwd=tmp_path, check=False, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == status, (result.returncode, result.stderr)
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not db.exists()      # nothing made for a crawl that could not start


def test_an_unreachable_site_is_one_warning_and_an_anomaly(tmp_path):
    db = tmp_path / "archive.db"
    port = free_port()          # nothing listens there
    result = run_cli("crawl", f"http://127.0.0.1:{port}/", "--db", db, "-s", "RETRY_TIMES=0", check=False)
    assert result.returncode == 4, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    warning = [line for line in result.stdout.splitlines() if line.startswith("Warning")]
    assert len(warning) == 1 and "no page could be fetched" in warning[0], result.stdout
    (crawl,) = query(db, "select status, anomaly from crawls")
    assert crawl["status"] == "finished" and crawl["anomaly"].startswith("no page could be fetched")
