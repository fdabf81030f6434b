"""Every `sqlite-utils archive.db "..."` example in the README's "Querying with SQL" section runs
against the demo's archive (after `demo` and `demo --changes`, as the README suggests) and returns
rows; the few about what the demo site lacks return rows on a built archive instead."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, free_port, run_cli
from tests.test_datasette import build_archive

README = ROOT / "README.md"
SECTION = "## Querying with SQL"
SQLITE_UTILS = Path(sys.executable).parent / "sqlite-utils"
#: Output options that only change how rows are printed; dropped to read the rows as JSON.
FORMAT_FLAGS = {"--table", "-t", "--csv", "--tsv", "--nl", "--arrays", "--json-cols", "--no-headers"}
FORMAT_OPTIONS = {"--fmt", "-f"}
#: Examples about what the demo site has none of (the README says so): embedded media, and an
#: article in another language than its site declares.
NOT_IN_DEMO = ("from embeds", "declared_language")


def section(text: str, heading: str = SECTION) -> str:
    """The text under ``heading`` up to the next heading of the same level."""
    start = text.index(heading + "\n") + len(heading) + 1
    following = re.search(r"^## ", text[start:], re.M)
    return text[start: start + following.start()] if following else text[start:]


def sh_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```(?:sh|bash|shell)\n(.*?)^```", markdown, re.M | re.S)


def sqlite_utils_commands(block: str) -> list[list[str]]:
    """Each ``sqlite-utils ...`` command of a shell block as its argument list (SQL may span lines)."""
    tokens = shlex.split(block.replace("\\\n", " "), comments=True)
    starts = [i for i, token in enumerate(tokens) if token == "sqlite-utils"]
    return [tokens[i + 1: end] for i, end in zip(starts, [*starts[1:], len(tokens)])]


def examples() -> list[list[str]]:
    """Every example command; none (and test_readme_has_examples fails) when the section is missing."""
    text = README.read_text() if README.exists() else ""
    if SECTION + "\n" not in text:
        return []
    return [cmd for block in sh_blocks(section(text)) for cmd in sqlite_utils_commands(block)]


def as_json_rows(args: list[str]) -> list[str]:
    """The same command printing JSON rows: format options dropped."""
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in FORMAT_OPTIONS:
            skip = True
        elif arg not in FORMAT_FLAGS and not arg.startswith("--fmt="):
            kept.append(arg)
    return kept


def sql_of(args: list[str]) -> str:
    """The SQL argument: ``archive.db SQL`` or ``query archive.db SQL``."""
    positional = [a for a in args if not a.startswith("-")]
    return positional[2] if positional[0] == "query" else positional[1]


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("readme")
    build_archive(path / "archive.db")
    return path


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """The archive `make demo` then `health-archive demo --changes` leave."""
    path = tmp_path_factory.mktemp("readme-demo")
    port = str(free_port())
    run_cli("demo", "--no-serve", "--site-port", port, cwd=path)
    run_cli("demo", "--no-serve", "--site-port", port, "--changes", cwd=path)
    return path


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(SQLITE_UTILS), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def test_section_parser_reads_multiline_sql():
    block = 'sqlite-utils archive.db "select a\n  from b where c = \'x\'" --table\n# note\nsqlite-utils archive.db "select 1"\n'
    assert sqlite_utils_commands(block) == [["archive.db", "select a\n  from b where c = 'x'", "--table"],
                                            ["archive.db", "select 1"]]
    assert as_json_rows(["archive.db", "select 1", "--fmt", "github", "--table"]) == ["archive.db", "select 1"]


def test_readme_has_examples():
    assert examples(), f"no sqlite-utils examples found under {SECTION!r} in README.md"


@pytest.mark.parametrize("args", examples(), ids=lambda args: " ".join(sql_of(args).split())[:60])
def test_readme_example_runs_and_returns_rows(args, archive_dir, demo_dir):
    assert "archive.db" in args, args
    on_demo = not any(fragment in sql_of(args) for fragment in NOT_IN_DEMO)
    if on_demo:
        assert run(args, archive_dir).returncode == 0   # an archive built otherwise runs it too
    where = demo_dir if on_demo else archive_dir
    printed = run(args, where)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip(), f"no output from: sqlite-utils {shlex.join(args)}"
    rows = run(as_json_rows(args), where)
    assert rows.returncode == 0, rows.stderr
    assert json.loads(rows.stdout), f"no rows from: {sql_of(args)}"
