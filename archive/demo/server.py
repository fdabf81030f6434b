"""Serve the demo site from memory on loopback (stdlib only), with validators, 304s and a request log,
so crawls can be tested end to end without the network.

Usage: ``python -m archive.demo.server --port 0 [--version 2]`` prints ``serving http://127.0.0.1:PORT``
once listening, logs one line per request to stderr and serves until killed.
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
import time

from .content import check_version
from .serving import Handler, LoopbackServer, add_address_arguments, http_date, not_modified, serve_until_killed
from .site import Site, build_site

log = logging.getLogger(__name__)
_HOST_HEADER = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


class DemoServer(LoopbackServer):
    """A running demo site; links on each page are built from the request's Host header."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, version: int = 1, delay: float = 0.0):
        check_version(version)
        self.version = version
        self.delay = delay
        self.outage: int | None = None  # when set, every page but / and robots.txt answers this status
        self._log: list[tuple[str, str, int, dict]] = []
        self._sites: dict[tuple[int, str], Site] = {}
        super().__init__(_Handler, "demo-server", host, port)
        self.host = host

    def set_outage(self, status: int | None) -> None:
        """Simulate a broken site (a block page, a failing backend): only the home page still works."""
        self.outage = status

    def set_version(self, version: int) -> None:
        check_version(version)
        self.version = version

    @property
    def request_log(self) -> list[tuple[str, str, int, dict]]:
        """(method, path-with-query, status, request headers) per request, oldest first (a copy)."""
        with self._lock:
            return list(self._log)

    def site_for(self, host_header: str | None) -> Site:
        base = f"http://{host_header}" if host_header and _HOST_HEADER.match(host_header) else self.base_url
        key = (self.version, base)
        with self._lock:
            if key not in self._sites:
                self._sites[key] = build_site(self.version, base)
            return self._sites[key]

    def record(self, method: str, target: str, status: int, headers: dict) -> None:
        with self._lock:
            self._log.append((method, target, status, headers))


def start_demo_server(host: str = "127.0.0.1", port: int = 0, version: int = 1, delay: float = 0.0) -> DemoServer:
    """Start serving in a background thread; ``delay`` seconds are slept before every response."""
    return DemoServer(host, port, version, delay).start()


class _Handler(Handler):
    owner: DemoServer
    log = log
    server_version = "DemoPress/1.0"

    def do_POST(self) -> None:
        self.owner.record("POST", self.path, 405, dict(self.headers))
        self.respond(405, [("Allow", "GET, HEAD"), ("Content-Length", "0")])

    def _serve(self, send_body: bool) -> None:
        demo = self.owner
        if demo.delay:
            time.sleep(demo.delay)
        if demo.outage and self.path not in ("/", "/robots.txt"):
            self._fail(demo.outage)
            return
        page = demo.site_for(self.headers.get("Host")).resolve(self.path)
        conditional = not_modified(page.etag, page.last_modified, self.headers.get("If-None-Match"),
                                   self.headers.get("If-Modified-Since"))
        status = 304 if page.status == 200 and conditional else page.status
        # Record before answering: a client that has read the response can rely on the log entry.
        demo.record(self.command, self.path, status, dict(self.headers))
        headers = [("ETag", page.etag), ("Last-Modified", http_date(page.last_modified)),
                   ("Cache-Control", "max-age=600")]
        if page.location:
            headers.append(("Location", page.location))
        if status != 304:
            headers += [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))]
        self.respond(status, headers, page.body if status != 304 else b"", send_body)

    def _fail(self, status: int) -> None:
        self.owner.record(self.command, self.path, status, dict(self.headers))
        body = b"<html><body><h1>Service unavailable</h1></body></html>"
        self.respond(status, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))], body)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled demo health blog on loopback.")
    add_address_arguments(parser)
    parser.add_argument("--version", type=int, default=1, choices=(1, 2), help="site version to serve")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each response")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    serve_until_killed(start_demo_server(args.host, args.port, args.version, args.delay))


if __name__ == "__main__":
    main()
