"""The scheduling files under deploy/ are valid, and the README shows the same cron line."""
from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

DEPLOY = ROOT / "deploy"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


def unit(name):
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str
    parser.read(DEPLOY / name)
    return parser


def cron_line():
    lines = [line for line in (DEPLOY / "crontab").read_text().splitlines() if line and not line.startswith("#")]
    assert len(lines) == 1
    return lines[0]


def test_cron_line_parses():
    fields = cron_line().split(None, 5)
    assert len(fields) == 6
    for field, (low, high) in zip(fields[:5], RANGES):
        assert CRON_FIELD.match(field), field
        for number in map(int, re.findall(r"\d+", field.split("/")[0])):
            assert low <= number <= high, field
    assert "health-archive crawl --config" in fields[5]


def test_readme_shows_the_cron_line_and_the_units():
    readme = (ROOT / "README.md").read_text()
    assert cron_line() in readme
    assert "deploy/health-archive.service" in readme and "deploy/health-archive.timer" in readme


def test_systemd_units_have_what_systemd_needs():
    service, timer = unit("health-archive.service"), unit("health-archive.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert "health-archive crawl --config" in service["Service"]["ExecStart"]
    assert timer["Timer"]["Unit"] == "health-archive.service"
    assert timer["Install"]["WantedBy"] == "timers.target"
    assert timer["Timer"]["OnCalendar"]


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_analyze_accepts_units(tmp_path):
    """systemd's own checker, with ExecStart pointed at this checkout's real command."""
    executable = Path(sys.executable).with_name("health-archive")
    service = (DEPLOY / "health-archive.service").read_text().replace(
        "/opt/health-archive/.venv/bin/health-archive", str(executable))
    (tmp_path / "health-archive.service").write_text(service)
    shutil.copy(DEPLOY / "health-archive.timer", tmp_path / "health-archive.timer")
    result = subprocess.run(["systemd-analyze", "verify", "health-archive.service", "health-archive.timer"],
                            cwd=tmp_path, capture_output=True, text=True)
    problems = [line for line in result.stderr.splitlines()
                if "health-archive" in line and "User=" not in line and "Documentation" not in line]
    assert result.returncode == 0 or not problems, result.stderr
    calendar = unit("health-archive.timer")["Timer"]["OnCalendar"]
    check = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
