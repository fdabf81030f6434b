"""What the demo servers (the demo site, the zoo, the generated site) share, stdlib only: a threaded
HTTP server on loopback in a background thread, the request handler's plumbing, ETags, conditional
GETs, the HTML and XML content types, and the command line's ``--host``/``--port`` and ``serving
URL`` until killed."""
from __future__ import annotations

import argparse
import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import ClassVar
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"


def body_etag(body: bytes, digest: str = "sha1", length: int = 20) -> str:
    """A strong ETag: the first ``length`` hex digits of the body's ``digest`` (a hashlib name)."""
    return '"' + hashlib.new(digest, body).hexdigest()[:length] + '"'


@dataclass(frozen=True)
class Reply:
    """A ready response (status, Content-Type, body) and its ETag: ``etag_digest`` and ``etag_length``
    say how a subclass hashes the body (:func:`body_etag`)."""
    status: int
    content_type: str
    body: bytes

    etag_digest: ClassVar[str] = "sha1"
    etag_length: ClassVar[int] = 20

    @cached_property
    def etag(self) -> str:
        return body_etag(self.body, self.etag_digest, self.etag_length)


def http_date(moment: datetime) -> str:
    """``moment`` as an HTTP date (Last-Modified)."""
    return format_datetime(moment, usegmt=True)


def not_modified(etag: str, last_modified: datetime, if_none_match: str | None, if_modified_since: str | None) -> bool:
    """Whether a conditional GET gets a 304. RFC 9110: If-None-Match wins; If-Modified-Since is
    only consulted without it, and an unparseable date is ignored."""
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if if_modified_since:
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False


class Handler(BaseHTTPRequestHandler):
    """GET and HEAD go to ``_serve``; ``owner`` is the :class:`LoopbackServer` serving; requests are
    logged to ``log`` (none when it is None)."""

    owner: "LoopbackServer"
    log: logging.Logger | None = None
    protocol_version = "HTTP/1.1"
    timeout = 30

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        raise NotImplementedError

    def respond(self, status: int, headers: list[tuple[str, str]], body: bytes = b"", send_body: bool = True) -> None:
        """Send the status line, ``headers`` in order, then ``body`` unless ``send_body`` is off."""
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        if self.log is not None:
            self.log.info("%s - %s", self.address_string(), format % args)


class LoopbackServer:
    """A ThreadingHTTPServer bound at once (``port`` 0 picks a free one), answering with a subclass
    of ``handler`` whose ``owner`` is this object, in a daemon thread named ``name-PORT`` that
    :meth:`start` starts. Leaving a ``with`` block stops it."""

    def __init__(self, handler: type[Handler], name: str, host: str = "127.0.0.1", port: int = 0):
        self._httpd = ThreadingHTTPServer((host, port), type("Handler", (handler,), {"owner": self}))
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"{name}-{self.port}", daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def add_address_arguments(parser: argparse.ArgumentParser) -> None:
    """``--host`` (loopback) and ``--port`` (0 picks a free port)."""
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")


def serve_until_killed(server: LoopbackServer) -> None:
    """Print ``serving URL`` once ``server`` (started) listens, serve until Ctrl-C or a kill, then stop it."""
    print(f"serving {server.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
