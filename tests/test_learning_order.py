"""A site is learned again in an order fixed by its pages' paths, whatever host or port serves it."""
import pytest

from archive.db.store import _learning_order

pytestmark = pytest.mark.fast

PATHS = ["/news/a/", "/news/b/", "/blog/c/", "/information-and-support/d/", "/research/e/", "/news/?page=2",
         "/cy/newyddion/f/", "/blog/g/"]


def _order(base: str) -> list[str]:
    rows = [(i, base + p, None, None, None) for i, p in enumerate(PATHS)]
    return [row[1][len(base):] for row in sorted(rows, key=_learning_order)]


@pytest.mark.parametrize("other", ["http://127.0.0.1:51234", "https://www.example.org", "http://127.0.0.1:8000"])
def test_learning_order_ignores_host_and_port(other):
    assert _order("http://127.0.0.1:45911") == _order(other)
