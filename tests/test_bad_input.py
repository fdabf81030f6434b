"""Bad input a user can type: one plain line on stderr, a documented exit status, nothing left behind."""
from __future__ import annotations

import os
import socket

import pytest

from helpers import ROOT, free_port, query, run_cli

BUSY = "{busy}"         # replaced by a port something listens on
NO_REDIS = "no-redis"   # run as if the redis extra were not installed

BAD = [
    (["crawl", "example.com"], 2, "did you mean https://example.com"),
    (["crawl", "javascript:alert(1)"], 2, "only http and https"),
    (["crawl", "ftp://files.example/"], 2, "only http and https"),
    (["crawl", "http://[::1"], 2, "not a valid address"),
    (["crawl", "http://127.0.0.1:99999/"], 2, "port"),
    (["crawl", "https://ok.example/", "--max-pages", "-5"], 2, "--max-pages"),
    (["crawl", "https://ok.example/", "--max-depth", "-1"], 2, "--max-depth"),
    (["crawl", "https://ok.example/", "-v", "-q"], 2, "-v or -q"),
    (["crawl"], 2, "start URL"),
    (["crawl", "--config", "no-such-file.toml"], 2, "no-such-file.toml"),
    (["crawl", "https://ok.example/", "--redis", "redis://127.0.0.1:9/0", NO_REDIS], 2,
     "pip install 'health-archive[redis]'"),
    (["worker", "--redis", "redis://127.0.0.1:9/0", NO_REDIS], 2, "pip install 'health-archive[redis]'"),
    (["status", "--redis", "redis://127.0.0.1:9/0", NO_REDIS], 2, "pip install 'health-archive[redis]'"),
    (["demo", "--port", BUSY], 2, "in use"),
    (["demo", "--no-serve", "--site-port", BUSY], 2, "in use"),
    (["demo", "--port", "0"], 2, "--port"),
    (["no-such-command"], 2, "No such command"),
    (["serve", "--db", "no-such-archive.db"], 1, "no archive"),
]


@pytest.fixture()
def busy_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.mark.parametrize("args,status,says", BAD, ids=[" ".join(a) for a, _, _ in BAD])
def test_bad_input_is_one_plain_line(args, status, says, tmp_path, busy_port):
    db = tmp_path / "archive.db"
    env = {}
    if NO_REDIS in args:
        args = [a for a in args if a != NO_REDIS]
        fake = tmp_path / "site"
        fake.mkdir()
        (fake / "redis.py").write_text("raise ModuleNotFoundError(\"No module named 'redis'\", name='redis')\n")
        env["PYTHONPATH"] = os.pathsep.join([str(fake), str(ROOT)])
    args = [str(busy_port) if a == BUSY else a for a in args]
    if "--db" not in args and args[0] in ("crawl", "demo", "serve"):
        args = [*args, "--db", str(db)]
    result = run_cli(*args, cwd=tmp_path, check=False, timeout=60, env=env)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == status, (result.returncode, result.stderr)
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not db.exists()      # nothing made for a crawl that could not start: no archive, lock or journal
    assert [p.name for p in tmp_path.iterdir() if p.name != "site"] == []


def test_exit_statuses_in_the_table_are_documented():
    """The README's exit statuses are the ones the table above expects."""
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "2 a usage error" in readme and "1 a failed or interrupted run" in readme


def test_an_unreachable_site_is_one_warning_and_an_anomaly(tmp_path):
    db = tmp_path / "archive.db"
    port = free_port()          # nothing listens there
    result = run_cli("crawl", f"http://127.0.0.1:{port}/", "--db", db, "-s", "RETRY_TIMES=0", "-q", check=False)
    assert result.returncode == 4, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr == ""  # the log is not shown without -v
    warning = [line for line in result.stdout.splitlines() if line.startswith("Warning")]
    assert len(warning) == 1 and "no page could be fetched" in warning[0], result.stdout
    (crawl,) = query(db, "select status, anomaly from crawls")
    assert crawl["status"] == "finished" and crawl["anomaly"].startswith("no page could be fetched")
