"""A downloader middleware next to the download handler: every response as received, before any
other middleware rewrites it (decompression, redirects, retries), with the request as sent.

Each download of a visit adds one hop (``archive.db.capture.hop``) to ``request.meta["capture_hops"]``;
a redirect or a retry copies the meta, so the visit's final response carries its whole chain and
the spider hands it to the archive on the visit's FetchedPage (``archive.db.capture.attach``).
"""
from __future__ import annotations

from archive.db.capture import hop
from archive.db.store import utcnow

STARTED = "capture_started"
HOPS = "capture_hops"


def _pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


class CaptureMiddleware:
    """Priority 950 (settings.DOWNLOADER_MIDDLEWARES): after every middleware that adds a header to
    the request, before HttpCompression (590) decodes the body and Redirect (600) follows it."""

    def process_request(self, request):
        request.meta[STARTED] = (request.url, utcnow())

    def process_response(self, request, response):
        started = request.meta.pop(STARTED, None)
        if started is None or started[0] != request.url:
            return response  # not downloaded: made by a middleware (a page skipped, a 304 from the archive)
        ip = getattr(response, "ip_address", None)
        request.meta[HOPS] = [*request.meta.get(HOPS, []), hop(
            url=request.url, method=request.method, request_headers=_pairs(request.headers),
            requested_at=started[1], status=response.status, protocol=getattr(response, "protocol", None) or "",
            response_headers=_pairs(response.headers), body=response.body, fetched_at=utcnow(),
            ip=str(ip) if ip is not None else "")]
        return response
