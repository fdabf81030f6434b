"""The link policy: which of a page's links a crawl takes and follows, and when a part of a site
stops being followed. Pure (no Scrapy): its state lives in a counter, ``LocalCounter`` for one
process or ``archive.distributed.frontier.RedisCounter`` shared by the workers of a distributed crawl, so
both apply the same rules.

The rules, in the order a link meets them:

1. **Per page**: at most ``max_links`` of a page's own links are taken (``max_listed`` entries
   of a sitemap or feed); a feed under the page's own path (WordPress's ``/post/feed/``, a
   category's ``/category/x/feed/``) is not taken: it lists that page's comments or what the
   page itself links, and static copies of a site answer it 404.
2. **Path rules** (``archive.crawl.traps.path_problem``): too deep, a segment repeated, a session id.
3. **Novelty budget** (a page's generic links only; sitemap and feed entries and Read Also links
   are what the site says is content), per URL *shape* and per *section* (``archive.crawl.traps``).
   A fetch that gives an article new to this crawl credits the shape of its URL and the shape of
   the page whose link led to it (its *source*: a listing shape is productive when its links lead
   to new articles), and marks both shapes *proven*; any other fetch makes its shape one fetch
   drier. A section counts the fetches of its shapes not yet proven, and is credited when one of
   them proves itself: a section keeps trying new shapes while new shapes pay off, so a trap that
   makes a new shape at every hop (a tag tree one level deeper per hop) is bounded once, however
   productive the section's other shapes are. A link is followed while neither its shape nor,
   for an unproven shape, its section has gone ``dry_limit`` fetches in a row without a new
   article (fetches on their way count as dry). A link refused that way is *parked* under the
   dry key (at most ``park_cap`` per key) and followed after all if that key is credited, so a
   shape cut while its first listings were still being read loses nothing. A source is credited,
   never cut on its own: its credit could only come through the links a cut would hold back.
   An article is new when neither its canonical address nor its title and text were met before in
   the crawl (``article_keys``): the same served again under other addresses (Zope's acquisition,
   a path alias) credits nothing, nor does a variant of it (a print view) under its canonical.
4. **Page budget per site** (``site_budget``, 0 = none), charged once per page queued.

A productive shape is never cut however large (5,000 posts sharing ``/S/`` keep crediting it);
a trap (a calendar, a tag tree, facets, random slugs) costs about ``dry_limit`` fetches per key.
No key groups a whole depth of the site: one dry trap would then cut every page of that depth,
and the pages that could credit it again would be the ones parked. So random *words* as
top-level paths (``/qzxv/`` linking ``/bnmk/``) are not grouped: each is a shape of its own, and
only the per-page link cap and the site's page budget bound them.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional, Protocol, Sequence
from urllib.parse import urlsplit

from archive.crawl.traps import path_problem, url_section, url_shape
from archive.urls import site_of

# What the policy says of a link: follow it, park it (a dry key), refuse it (a path rule, a spent budget).
FOLLOW, PARK, TRAP, OVER_BUDGET = "follow", "park", "trap", "over_budget"

# Roles of a page's links, as stored with the page (a 304 follows them again), and of robots.txt.
SITEMAPS, LISTED, RELATED, PAGES, FEEDS, ROBOTS = "sitemaps", "listed", "related", "pages", "feeds", "robots"
BUDGETED = frozenset((PAGES,))                                  # what the novelty budget applies to
OPTIONAL = {SITEMAPS: "sitemap", FEEDS: "feed", ROBOTS: "robots"}  # role -> page type of a request a crawl may fail

SHAPE, SECTION, PROVEN = "shape:", "section:", "proven:"  # the counter's keys: dry counts, and flags

# Request meta a link carries to its fetch, so its outcome can be settled (both transports).
SOURCE_META = "ha_from"   # the page the link was found on ("" for a start URL)
ROLE_META = "ha_role"     # its role there

MAX_LISTED = 50_000   # entries taken from one sitemap or feed (the sitemap protocol's own limit)
PARK_CAP = 1000       # links parked per dry key; more are dropped


@dataclass(frozen=True)
class Link:
    """A link to follow: where it points, the page it was found on, its role, its hop count;
    ``queued`` once it was requested (a link parked at download time)."""
    url: str
    source: str = ""
    role: str = PAGES
    hops: int = 0
    queued: bool = False

    def entry(self) -> str:
        return json.dumps([self.url, self.source, self.role, self.hops, self.queued])

    @classmethod
    def from_entry(cls, text) -> "Link":
        url, source, role, hops, queued = json.loads(text)
        return cls(url, source, role, int(hops), bool(queued))


@dataclass(frozen=True)
class Decision:
    verdict: str        # FOLLOW, PARK, TRAP or OVER_BUDGET
    reason: str = ""    # why not followed: a path rule, the dry key, the site budget
    meta: Optional[dict] = None  # extra request meta when followed (a distributed crawl's budget charges)


class NoveltyCounter(Protocol):
    """Where the policy keeps its state (one process, or Redis for a distributed crawl)."""

    def dry_counts(self, keys: Iterable[str]) -> dict[str, int]:
        """Fetches in a row without a new article, per key (0 for a key never seen); 1 for a
        PROVEN flag that is set."""

    def settle(self, debit: Sequence[str], credit: Sequence[str], article: Sequence[str],
               prove: Sequence[str]) -> tuple[bool, list[str]]:
        """A fetch came back: if ``article`` holds keys and none was met before in this crawl, reset
        ``credit``, set the ``prove`` flags and hand back what was parked under ``credit``; else
        add one to each of ``debit``. Every key of ``article`` is met from now on."""

    def park(self, parked: Sequence[tuple[str, str, str]], cap: int) -> None:
        """Keep (key, url, entry) triples, at most ``cap`` URLs per key."""

    def charge(self, budgets: Sequence[tuple[str, int]]) -> Optional[dict]:
        """Count a page against (name, limit) budgets: None when one is spent, else request meta."""


class LocalCounter:
    """The policy's state in this process."""

    def __init__(self):
        self.dry: Counter[str] = Counter()
        self.articles: set[str] = set()
        self.parked: dict[str, dict[str, str]] = defaultdict(dict)
        self.charged: Counter[str] = Counter()

    def dry_counts(self, keys):
        return {key: self.dry.get(key, 0) for key in keys}

    def settle(self, debit, credit, article, prove):
        new = bool(article) and not any(key in self.articles for key in article)
        self.articles.update(article)
        if new:
            released = []
            for key in credit:
                self.dry[key] = 0
                released += self.parked.pop(key, {}).values()
            for flag in prove:
                self.dry[flag] = 1
            return True, released
        for key in debit:
            self.dry[key] += 1
        return False, []

    def park(self, parked, cap):
        for key, url, entry in parked:
            shelf = self.parked[key]
            if url in shelf or len(shelf) < cap:
                shelf[url] = entry

    def charge(self, budgets):
        if any(self.charged[name] >= limit for name, limit in budgets):
            return None
        for name, _ in budgets:
            self.charged[name] += 1
        return {}


def own_feed(page_url: str, feed_url: str) -> bool:
    """True for a feed under the page's own path (``/post/`` -> ``/post/feed/``): the page's
    comments, or the entries of a category or tag page the page itself lists."""
    page, feed = urlsplit(page_url), urlsplit(feed_url)
    path = page.path.rstrip("/")
    return bool(path) and page.netloc == feed.netloc and feed.path.startswith(path + "/")


def article_keys(canonical: str, title: str = "", text: str = "") -> tuple[str, ...]:
    """The keys a fetched article is met by in a crawl (the counter's articles met): its canonical
    address and, when it has text, its title and text. A site serving one article under endless
    addresses, each its own canonical (Zope's acquisition: /news/events/events/contact), then
    proves no shape after the first; two posts alike in text (a video's one-line caption) differ
    by their titles."""
    if not text:
        return (canonical,)
    return canonical, "text:" + hashlib.blake2b(f"{title}\n{text}".encode("utf-8", "replace"), digest_size=12).hexdigest()


def take_links(urls: Iterable[str], limit: int) -> list[str]:
    """The first ``limit`` distinct links, in page order (0 = all)."""
    out = list(dict.fromkeys(u for u in urls if u))
    return out[:limit] if limit > 0 else out


class LinkPolicy:
    """The rules above; ``dry_limit`` and ``max_links`` come from the crawl's settings (0 = no limit)."""

    def __init__(self, counter: NoveltyCounter, *, dry_limit: int, max_links: int, site_budget: int = 0,
                 max_listed: int = MAX_LISTED, park_cap: int = PARK_CAP):
        self.counter = counter
        self.dry_limit = dry_limit
        self.max_links = max_links
        self.max_listed = max_listed
        self.site_budget = site_budget
        self.park_cap = park_cap
        self.in_flight: Counter[str] = Counter()   # this process's fetches not settled yet, per key
        self._flying: dict[str, list[str]] = {}    # url -> the keys it holds in in_flight

    # -- what a page's links are --------------------------------------------------------

    def page_links(self, page_url: str, *, related: Iterable[str] = (), next_page: str = "",
                   feeds: Iterable[str] = (), links: Iterable[str] = ()) -> dict:
        """A page's links by role, capped, without the page's own feeds; stored with the page."""
        return {RELATED: take_links(related, self.max_links),
                PAGES: take_links([next_page, *links], self.max_links),
                FEEDS: take_links((f for f in feeds if not own_feed(page_url, f)), self.max_links)}

    def listed_links(self, sitemaps: Iterable[str], urls: Iterable[str]) -> dict:
        """A sitemap's or feed's entries by role, capped."""
        return {SITEMAPS: take_links(sitemaps, self.max_listed), LISTED: take_links(urls, self.max_listed)}

    # -- following ------------------------------------------------------------------------

    @staticmethod
    def keys(url: str) -> tuple[str, str]:
        """The shape key and the section key ("" when none) of ``url``."""
        section = url_section(url)
        return SHAPE + url_shape(url), SECTION + section if section else ""

    def _read(self, urls: Iterable[str]) -> dict[str, int]:
        """One read of the counter: dry counts of the URLs' keys, and their shapes' PROVEN flags."""
        wanted = set()
        for url in urls:
            shape, section = self.keys(url)
            wanted.update((shape, PROVEN + shape, section) if section else (shape, PROVEN + shape))
        return self.counter.dry_counts(wanted) if wanted else {}

    @classmethod
    def _counted(cls, url: str, state: dict) -> list[str]:
        """The keys a fetch of ``url`` counts against: its shape, and its section while the shape is unproven."""
        shape, section = cls.keys(url)
        return [shape, section] if section and not state.get(PROVEN + shape) else [shape]

    def decide(self, links: Sequence[Link]) -> list[Decision]:
        """Follow, park or refuse each link (one read of the counter for all of them)."""
        budgeted = [link.url for link in links if link.role in BUDGETED] if self.dry_limit > 0 else []
        state = self._read(budgeted)
        return [self._decide(link, self._counted(link.url, state) if link.role in BUDGETED and self.dry_limit > 0
                             else (), state) for link in links]

    def _decide(self, link: Link, keys, dry) -> Decision:
        problem = path_problem(link.url)
        if problem:
            return Decision(TRAP, problem)
        spent = next((k for k in keys if dry.get(k, 0) >= self.dry_limit), None)
        if spent:
            return Decision(PARK, spent)
        if link.queued:
            return Decision(FOLLOW, meta={})  # charged when it was first queued
        budgets = [("site:" + site_of(link.url), self.site_budget)] if self.site_budget > 0 else []
        meta = self.counter.charge(budgets)
        return Decision(OVER_BUDGET, "page budget of the site spent") if meta is None else Decision(FOLLOW, meta=meta)

    def admit_fetch(self, link: Link) -> Optional[str]:
        """At download time: the key that went dry while the link waited in the queue, or None and
        the fetch counts as in flight until it settles (fetches on their way count as dry ones,
        so a trap costs ``dry_limit`` fetches, not that plus all a fast crawl had under way)."""
        if link.role not in BUDGETED or self.dry_limit <= 0:
            return None
        state = self._read([link.url])
        keys = self._counted(link.url, state)
        spent = next((k for k in keys if state.get(k, 0) + self.in_flight[k] >= self.dry_limit), None)
        if spent is None:
            self._land(link.url)  # a retry or a second spelling: counted once
            self._flying[link.url] = keys
            self.in_flight.update(keys)
        return spent

    def _land(self, url: str) -> None:
        for key in self._flying.pop(url, ()):
            self.in_flight[key] -= 1
            if self.in_flight[key] <= 0:
                del self.in_flight[key]

    def abandon(self, url: str) -> None:
        """A fetch admitted but never made (robots.txt or the address guard said no)."""
        self._land(url)

    def park(self, parked: Sequence[tuple[Link, str]]) -> None:
        """Keep links refused by a dry key (given with it) until that key yields again."""
        if parked:
            self.counter.park([(key, link.url, link.entry()) for link, key in parked], self.park_cap)

    def settle(self, url: str, source: str, article: Sequence[str] = ()) -> list[Link]:
        """A fetch of ``url`` (found on ``source``) came back; ``article`` are its article's keys
        (``article_keys``) when it was one. Returns the parked links that may now be followed."""
        self._land(url)
        pages = [url, source] if source else [url]
        state = self._read(pages)
        credit, prove = [], []
        for page in pages:  # a new article credits its shape and its source's; a section when one proves itself
            shape = self.keys(page)[0]
            credit += [k for k in self._counted(page, state) if k not in credit]
            prove.append(PROVEN + shape)
        credited, entries = self.counter.settle(self._counted(url, state), credit, article, prove)
        return [Link.from_entry(e) for e in entries] if credited else []
