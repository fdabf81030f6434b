"""Shared pytest options and fixtures."""
import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite golden expected.json files from the current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request) -> bool:
    """True when the run was asked to rewrite golden files instead of comparing with them."""
    return request.config.getoption("--update-golden")
