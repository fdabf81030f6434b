"""Shared pytest options and fixtures."""
import socket

import pytest

from archive.demo import start_demo_server


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite golden expected.json files from the current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request) -> bool:
    """True when the run was asked to rewrite golden files instead of comparing with them."""
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="module")
def demo_site():
    """The demo site (archive.demo, version 1) served on a local port, one per test module."""
    with start_demo_server() as server:
        yield server


@pytest.fixture(autouse=True)
def _fast_tests_stay_offline(request, monkeypatch):
    """A test marked ``fast`` that connects to a network address fails: the fast tier is offline
    (local sockets, such as the extraction workers' fork server, are allowed)."""
    if request.node.get_closest_marker("fast") is None:
        return

    def refuse_network(connect):
        def guarded(sock, address):
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                raise OSError(f"a test marked fast connected to {address!r}: the fast tier is offline")
            return connect(sock, address)
        return guarded

    monkeypatch.setattr(socket.socket, "connect", refuse_network(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse_network(socket.socket.connect_ex))
