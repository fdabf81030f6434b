"""One page fetched outside a crawl (``health-archive extract URL``) under the crawl's rules: its
User-Agent, its address policy (archive.crawl.netpolicy: the URL as typed is trusted, a redirect to a
loopback, private or metadata address is refused unless allowed) and its size cap."""
from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request

from archive.config import MAX_PAGE_BYTES, USER_AGENT
from archive.extract.decode import UnreadablePage, gunzip
from archive.crawl.netpolicy import refusal, resolve, trusted_origins
from archive.urls import is_http_url

TIMEOUT = 30  # seconds without an answer before a fetch fails


class _GuardedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an http(s) address the crawl's policy allows."""

    def __init__(self, trusted: set, allow_private: bool):
        self.trusted, self.allow_private = trusted, allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_http_url(newurl):
            raise UnreadablePage(f"redirect to a non-web address refused: {newurl[:200]}")
        host = urllib.request.urlparse(newurl).hostname or ""
        reason = refusal(newurl, resolve(host), self.trusted, self.allow_private)
        if reason:
            raise UnreadablePage(f"redirect from {req.full_url} to {newurl} {reason}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_page(url: str, allow_private: bool = False, limit: int = MAX_PAGE_BYTES) -> tuple[bytes, str, str]:
    """``(body, content type, final URL)`` of `url`; UnreadablePage, in one plain line, for anything
    else: an HTTP error status, a protocol error, a refused redirect, a body over `limit` bytes."""
    if not is_http_url(url):
        raise UnreadablePage("not an http(s) URL")
    opener = urllib.request.build_opener(_GuardedRedirects(trusted_origins([url]), allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"})
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            announced = response.headers.get("Content-Length") or ""
            if announced.isdigit() and int(announced) > limit:
                raise UnreadablePage(f"larger than {limit:,} bytes (Content-Length {int(announced):,})")
            body = response.read(limit + 1)
            if len(body) > limit:
                raise UnreadablePage(f"larger than {limit:,} bytes")
            if announced.isdigit() and len(body) < int(announced):
                raise UnreadablePage(f"HTTP protocol error: IncompleteRead: the connection closed after {len(body):,} "
                                     f"of the {int(announced):,} bytes announced")
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
            if encoding in ("gzip", "x-gzip"):
                body = gunzip(body, limit)
            elif encoding not in ("", "identity"):
                raise UnreadablePage(f"unsupported Content-Encoding: {encoding[:40]}")
            return body, response.headers.get("Content-Type") or "", response.geturl()
    except UnreadablePage:
        raise
    except urllib.error.HTTPError as exc:
        raise UnreadablePage(f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        raise UnreadablePage(str(reason) if isinstance(reason, str) else f"{type(reason).__name__}: {reason}") from None
    except http.client.HTTPException as exc:  # a malformed status line or headers, a body cut short
        raise UnreadablePage(f"HTTP protocol error: {type(exc).__name__}: {exc}") from None
    except (TimeoutError, socket.timeout):
        raise UnreadablePage(f"no answer within {TIMEOUT} s") from None
    except (OSError, ValueError) as exc:  # a connection reset, a URL the HTTP library cannot use
        raise UnreadablePage(f"{type(exc).__name__}: {exc}") from None
