"""Serve one zoo family on loopback (stdlib only), counting what it serves."""
from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .site import ZooSite

log = logging.getLogger(__name__)


class ZooServer:
    """A running family site; ``requests`` lists (method, target, status) oldest first."""

    def __init__(self, family: str, host: str = "127.0.0.1", port: int = 0):
        from . import build
        self._httpd = ThreadingHTTPServer((host, port), type("Handler", (_Handler,), {"zoo": self}))
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self.site: ZooSite = build(family, self.base_url)
        self._lock = threading.Lock()
        self.requests: list[tuple[str, str, int]] = []
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"zoo-{family}-{self.port}",
                                        daemon=True)

    def start(self) -> "ZooServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "ZooServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def record(self, method: str, target: str, status: int) -> None:
        with self._lock:
            self.requests.append((method, target, status))


def start_zoo_server(family: str, host: str = "127.0.0.1", port: int = 0) -> ZooServer:
    return ZooServer(family, host, port).start()


class _Handler(BaseHTTPRequestHandler):
    zoo: ZooServer
    protocol_version = "HTTP/1.1"
    server_version = "ZooPress/1.0"
    timeout = 30

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        with self.zoo._lock:   # pages render lazily into a shared cache
            page = self.zoo.site.resolve(self.path)
        self.zoo.record(self.command, self.path, page.status)
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        self.send_header("ETag", page.etag)
        if page.location:
            self.send_header("Location", page.location)
        self.end_headers()
        if send_body:
            self.wfile.write(page.body)

    def log_message(self, format: str, *args) -> None:
        log.info("%s - %s", self.address_string(), format % args)
