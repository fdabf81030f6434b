"""The places where the crawler relies on what Scrapy does not promise: its redirect and robots.txt
middlewares' internals, and the engine's scheduler slot and idle heartbeat.

Each wrapper says which version it was checked against and what it relies on;
tests/test_compat.py fails when a release changes that, and pyproject.toml bounds Scrapy below
the next releases. The archive side's are in ``archive.compat``.
"""
from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware


class RedirectHookMiddleware(RedirectMiddleware):
    """Scrapy's RedirectMiddleware with a hook: ``check_redirect(redirected, request, reason)``
    sees every redirect it is about to follow, before its own limit check, and may raise
    IgnoreRequest to drop it.

    Checked against Scrapy 2.19.0. Relies on the private ``BaseRedirectMiddleware._redirect(
    redirected, request, reason)``: called by ``process_response`` with the request it built for
    the Location, which it returns after counting the hop (or raises IgnoreRequest past
    REDIRECT_MAX_TIMES); and on ``max_redirect_times``, that setting as its __init__ reads it."""

    def check_redirect(self, redirected, request, reason) -> None:
        """Raise IgnoreRequest (or a subclass) to refuse following ``redirected``."""

    def _redirect(self, redirected, request, reason):
        self.check_redirect(redirected, request, reason)
        return super()._redirect(redirected, request, reason)


class RobotsTxtBase(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware for a subclass that reads robots.txt itself and only asks
    ``check_allowed(parser, request)``: Scrapy's user agent choice, check and refusal.

    Checked against Scrapy 2.19.0. Relies on ``RobotsTxtMiddleware.__init__(crawler)`` (reads
    ROBOTSTXT_*; NotConfigured unless ROBOTSTXT_OBEY), ``DOWNLOAD_PRIORITY``, and the undocumented
    ``process_request_2(parser, request)``: ROBOTSTXT_USER_AGENT or the request's User-Agent,
    ``parser.allowed()``, and IgnoreRequest("Forbidden by robots.txt") with the
    ``robotstxt/forbidden`` stat when refused."""

    def check_allowed(self, parser, request) -> None:
        """Raise IgnoreRequest when the site's robots.txt ``parser`` forbids ``request``."""
        self.process_request_2(parser, request)


def engine_scheduler(engine):
    """The engine's scheduler, or None before the spider has started.

    Scrapy 2.19 has the public ``ExecutionEngine.scheduler``. For 2.14-2.18, which lack it, this
    falls back to the private ``engine._slot.scheduler`` (what 2.19's property reads; the tests run
    2.19, so the fallback is not exercised)."""
    try:
        return engine.scheduler
    except AttributeError:
        slot = getattr(engine, "_slot", None)
        return slot.scheduler if slot is not None else None


def set_idle_heartbeat(engine, seconds: float) -> None:
    """Make ``engine`` look for new requests every ``seconds`` when the scheduler gives none
    (Scrapy's default: 5 s). Call it before the engine starts processing (spider_opened).

    Checked against Scrapy 2.19.0. Relies on the private class attribute
    ``ExecutionEngine._SLOT_HEARTBEAT_INTERVAL``, read through the instance when the engine starts
    its slot's heartbeat."""
    engine._SLOT_HEARTBEAT_INTERVAL = seconds
