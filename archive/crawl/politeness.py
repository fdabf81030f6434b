"""Politeness toward a site, whatever the transport: which download slot a request takes (its
site's key) and how long it waits for one. The slots live in a store: ``LocalSlots`` in one
process, or ``archive.distributed.frontier.Frontier`` (``acquire_slot``/``release_slot``) shared by the
workers of a distributed crawl (``scraper.distributed.SharedState``), so their concurrency and
delay hold for all of them together.
"""
from __future__ import annotations

import time
from typing import Callable, Protocol
from urllib.parse import urlsplit

MAX_CRAWL_DELAY = 60.0  # a longer robots.txt Crawl-delay is read as this: one page a minute


def politeness_key(url: str) -> str:
    """The slot a request to ``url`` takes: its host and port, as robots.txt rules are kept."""
    return urlsplit(url).netloc.lower()


def pause_for(delay: float, crawl_delay: float, obey_robots: bool = True) -> float:
    """Seconds between two downloads from a site: the crawl's delay, or its robots.txt Crawl-delay
    (read capped at MAX_CRAWL_DELAY) when longer and robots.txt is obeyed."""
    return max(delay, crawl_delay) if obey_robots else delay


class SlotStore(Protocol):
    def acquire(self, host: str, holder: str, concurrency: int, delay: float, lease: float) -> int:
        """Take a slot on ``host`` for ``holder``: 0, or milliseconds to wait before asking again."""

    def release(self, host: str, holder: str) -> None:
        """The download ended (a slot not released expires after ``lease`` seconds)."""


class LocalSlots:
    """Slots in this process. Scrapy's downloader already holds a site's concurrency here, so only
    the delay between downloads is kept: the next start time per host."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.next_start: dict[str, float] = {}

    def acquire(self, host, holder, concurrency, delay, lease) -> int:
        if delay <= 0:
            return 0
        now = self.clock()
        start = self.next_start.get(host, now)
        if now < start:
            return max(1, int((start - now) * 1000))
        self.next_start[host] = now + delay
        return 0

    def release(self, host, holder) -> None:
        pass
