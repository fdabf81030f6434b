"""Serve one zoo family on loopback (stdlib only), counting what it serves."""
from __future__ import annotations

import logging

from ..serving import Handler, LoopbackServer
from .site import ZooSite

log = logging.getLogger(__name__)


class ZooServer(LoopbackServer):
    """A running family site; ``requests`` lists (method, target, status) oldest first."""

    def __init__(self, family: str, host: str = "127.0.0.1", port: int = 0):
        from . import build
        super().__init__(_Handler, f"zoo-{family}", host, port)
        self.site: ZooSite = build(family, self.base_url)
        self.requests: list[tuple[str, str, int]] = []

    def record(self, method: str, target: str, status: int) -> None:
        with self._lock:
            self.requests.append((method, target, status))


def start_zoo_server(family: str, host: str = "127.0.0.1", port: int = 0) -> ZooServer:
    return ZooServer(family, host, port).start()


class _Handler(Handler):
    owner: ZooServer
    log = log
    server_version = "ZooPress/1.0"

    def _serve(self, send_body: bool) -> None:
        zoo = self.owner
        with zoo._lock:   # pages render lazily into a shared cache
            page = zoo.site.resolve(self.path)
        zoo.record(self.command, self.path, page.status)
        headers = [("Content-Type", page.content_type), ("Content-Length", str(len(page.body))), ("ETag", page.etag)]
        if page.location:
            headers.append(("Location", page.location))
        self.respond(page.status, headers, page.body, send_body)
