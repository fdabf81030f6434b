"""The dependency runs one way: scraper uses archive; archive never imports scraper."""
import ast
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.fast

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_archive_never_imports_scraper():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "archive").rglob("*.py")
        for module in imported_modules(path)
        if module == "scraper" or module.startswith("scraper.")
    ]
    assert offenders == []


def test_scraper_parses_nothing_itself():
    """Spider and pipeline must not parse HTML: extraction lives in archive/."""
    for path in (ROOT / "scraper").rglob("*.py"):
        modules = set(imported_modules(path))
        assert not modules & {"bs4", "lxml", "lxml.html", "nh3"}, path


#: The start of an SQL statement (a word such as "select" or "delete" alone is not one).
SQL_START = re.compile(r"^\s*(select\s.+\sfrom\s|insert\s+(or\s+\w+\s+)?into\s|update\s+\[?\w+\]?\s+set\s|"
                       r"delete\s+from\s|create\s+(unique\s+)?(table|index|view|trigger|virtual)\s|drop\s+(table|index|view|trigger)\s|"
                       r"alter\s+table\s|pragma\s+\w|savepoint\s|release\s+savepoint\s|with\s+\w+\s+as\s*\(|"
                       r"(begin|commit|rollback)\s*;?\s*$)", re.I | re.S)


def test_all_sql_lives_in_archive_db():
    """Storage has one owner: every SQL statement is written in archive/db/ (the web modules run the
    queries of archive.db.queries through Datasette; the demo sites' markup is not SQL)."""
    offenders = []
    for top in ("archive", "scraper"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if rel.parts[:2] in (("archive", "db"), ("archive", "demo")):
                continue
            tree = ast.parse(path.read_text(), filename=str(path))
            docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                          if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                          and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                        and SQL_START.match(node.value)):
                    offenders.append(f"{rel}:{node.lineno}: {node.value.strip()[:60]}")
    assert offenders == []
