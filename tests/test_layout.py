"""The dependency runs one way: scraper uses archive; archive never imports scraper."""
import ast
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
