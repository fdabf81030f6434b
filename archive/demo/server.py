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
import threading
import time
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .content import check_version
from .site import Page, Site, build_site

log = logging.getLogger(__name__)
_HOST_HEADER = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


class DemoServer:
    """A running demo site; links on each page are built from the request's Host header."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, version: int = 1, delay: float = 0.0):
        check_version(version)
        self.version = version
        self.delay = delay
        self.outage: int | None = None  # when set, every page but / and robots.txt answers this status
        self._lock = threading.Lock()
        self._log: list[tuple[str, str, int, dict]] = []
        self._sites: dict[tuple[int, str], Site] = {}
        self._httpd = ThreadingHTTPServer((host, port), type("Handler", (_Handler,), {"demo": self}))
        self.host = host
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"demo-server-{self.port}", daemon=True)

    def start(self) -> "DemoServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "DemoServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

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


def _not_modified(headers, page: Page) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since is only consulted without it."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or page.etag in tags
    since = headers.get("If-Modified-Since")
    if since:
        try:
            return page.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False  # unparseable dates are ignored, as the RFC requires
    return False


class _Handler(BaseHTTPRequestHandler):
    demo: DemoServer
    protocol_version = "HTTP/1.1"
    server_version = "DemoPress/1.0"
    timeout = 30

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def do_POST(self) -> None:
        self.demo.record("POST", self.path, 405, dict(self.headers))
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _serve(self, send_body: bool) -> None:
        if self.demo.delay:
            time.sleep(self.demo.delay)
        if self.demo.outage and self.path not in ("/", "/robots.txt"):
            self._fail(self.demo.outage)
            return
        page = self.demo.site_for(self.headers.get("Host")).resolve(self.path)
        status = 304 if page.status == 200 and _not_modified(self.headers, page) else page.status
        # Record before answering: a client that has read the response can rely on the log entry.
        self.demo.record(self.command, self.path, status, dict(self.headers))
        self.send_response(status)
        self.send_header("ETag", page.etag)
        self.send_header("Last-Modified", format_datetime(page.last_modified, usegmt=True))
        self.send_header("Cache-Control", "max-age=600")
        if page.location:
            self.send_header("Location", page.location)
        if status != 304:
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        if send_body and status != 304:
            self.wfile.write(page.body)

    def _fail(self, status: int) -> None:
        self.demo.record(self.command, self.path, status, dict(self.headers))
        body = b"<html><body><h1>Service unavailable</h1></body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        log.info("%s - %s", self.address_string(), format % args)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled demo health blog on loopback.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--version", type=int, default=1, choices=(1, 2), help="site version to serve")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each response")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    server = start_demo_server(args.host, args.port, args.version, args.delay)
    print(f"serving {server.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
