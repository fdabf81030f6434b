"""The shared frontier of a distributed crawl: its Redis keys, the scripts that change them, the codecs.

Workers (``scraper.distributed``, Scrapy with scrapy-redis) and the writer/seeder
(``archive.distributed.coordinator``) meet here. Every state change that must not be split by a crash is one
Lua script, so Redis applies it whole:

- ``add``: the dupefilter check and the push into the queue (and, for a retry or redirect of a
  leased request, releasing the old lease);
- ``pop``: a request leaves the queue only by moving into the popping worker's lease hash;
- ``item``: a page's item enters the items stream in the same step that releases its lease;
- ``requeue``: a dead worker's leases go back into the queue.

So at any moment a page is in the queue, in one worker's leases, or (as an item) in the stream
until the writer has committed it: the run is complete when all three are empty.

Layout (``P`` is the prefix, ``health-archive`` unless told otherwise; one run per Redis database):

    P:run              hash   the run: id, crawl_id, state, start_urls, settings, max_pages, seen_buckets
    P:requests         zset   the queue (scrapy-redis PriorityQueue format: score = -priority)
    P:seen:N           set    the dupefilter, 64-bit fingerprints in N buckets (kept intset-encoded)
    P:workers          set    worker ids; P:alive:ID expires unless its worker heartbeats
    P:leases:ID        hash   lease id -> "score request" for each request a worker is fetching
    P:items            stream normalized pages waiting for the writer (field "item": JSON)
    P:validators       hash   url -> JSON {etag, last_modified, skip, links_gz} for conditional GETs
    P:stats            hash   pages (and pages:ID per worker), skipped
    P:writer           string the writer's "host pid", expiring unless it heartbeats
    P:polite:HOST      zset   download slots held on HOST (global per-site concurrency)
    P:polite-next:HOST string earliest time (ms) of the next download from HOST (global delay)
    P:budgets          hash   page budget name -> pages queued against it (the run's site budgets)
    P:novelty          hash   link-policy key -> fetches in a row without a new article, or a flag (RedisCounter)
    P:novel-articles   set    article keys met in this run (linkpolicy.article_keys: an article none of whose keys was met credits)
    P:parked:KEY       hash   url -> link parked while KEY was dry, followed again if KEY yields
    P:robots           hash   host[:port] -> JSON {url, status, content_type, body}: the site's robots.txt
                              answer, as the first worker to get one read it (the others take it)
"""
from __future__ import annotations

import base64
import json
import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence


from archive.crawl import requisites
from archive.config import REDIS_PREFIX

logger = logging.getLogger(__name__)

SEEN, ADDED, OVER_BUDGET = 0, 1, 2  # what Frontier.add did with a request
BUDGETS_META = "ha_budgets"  # request meta: (name, limit) budgets the push of the request counts against
INTSET_LIMIT = 512          # Redis' set-max-intset-entries default: buckets stay compact below it
BUCKET_FILL = 256           # fingerprints per bucket the bucket count is chosen for


def connect(url: str):
    """A Redis client for ``url`` (redis://host:6379/0), with short timeouts so an outage is noticed."""
    import redis  # only distributed crawls need it

    return redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=10, health_check_interval=30)


def connection_errors() -> tuple:
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


class Outage:
    """One line when Redis stops answering, one when it is back (not one per failed call);
    ``failures`` in a row, for the backoff of whoever waits."""

    def __init__(self, what: str, say: Callable[[str], None]):
        self.what, self.say, self.down, self.failures = what, say, False, 0

    def failed(self, exc) -> None:
        self.failures += 1
        if not self.down:
            self.say(f"Redis unreachable ({self.what}: {exc}); retrying with backoff until it answers")
            self.down = True

    def ok(self) -> None:
        self.failures = 0
        if self.down:
            self.say(f"Redis is back ({self.what})")
            self.down = False

    def call(self, fn: Callable, *args, default=None):
        """``fn(*args)``, or ``default`` while Redis does not answer."""
        try:
            result = fn(*args)
        except connection_errors() as exc:
            self.failed(exc)
            return default
        self.ok()
        return result


def backoff(cap: float = 30.0):
    """redis-py's exponential backoff, waiting 1, 2, 4... ``cap`` seconds after the 1st, 2nd, 3rd... failure."""
    from redis.backoff import ExponentialBackoff

    return ExponentialBackoff(cap=cap, base=0.5)


def with_retry(fn: Callable[[], Any], *, what: str, say: Callable[[str], None], cap: float = 30.0,
               failed: Optional[Callable[[], None]] = None) -> Any:
    """Call ``fn`` until Redis answers (redis-py's Retry, forever, with ``backoff``; an Outage says
    so). ``failed`` hears of each failure (what was read may have to be read again)."""
    from redis.retry import Retry

    outage = Outage(what, say)

    def fail(exc) -> None:
        outage.failed(exc)
        if failed:
            failed()

    result = Retry(backoff(cap), -1, connection_errors()).call_with_retry(fn, fail)
    outage.ok()
    return result


# -- fingerprints and the dupefilter ---------------------------------------------------------


def fingerprint(url: str) -> str:
    """scrapy-redis' request fingerprint of a GET of ``url`` (what its dupefilter, and so a worker's,
    computes), for requests pushed without Scrapy: the seeds."""
    from scrapy import Request
    from scrapy_redis.dupefilter import RFPDupeFilter

    return RFPDupeFilter(server=None, key="").request_fingerprint(Request(url))


def seen_slot(fp: str, buckets: int) -> tuple[int, int]:
    """(bucket, member) of a fingerprint: members are signed 64-bit integers so each bucket is an
    intset (8 bytes per URL) instead of a hash table of 40-character strings (~100 bytes per URL)."""
    bucket = int(fp[:8], 16) % buckets
    member = int(fp[8:24], 16)
    return bucket, member - (1 << 64) if member >= 1 << 63 else member


def buckets_for(expected_urls: int) -> int:
    """Power of two giving about BUCKET_FILL fingerprints per bucket at ``expected_urls``."""
    n = 1024
    while n * BUCKET_FILL < expected_urls:
        n *= 2
    return n


# -- codecs: JSON only, never pickle (items and requests cross machines) ------------------------


def _encode(value):
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and "$b" not in value and "$d" not in value:
            return {k: _encode(v) for k, v in value.items()}
        return {"$d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot send a {type(value).__name__} through Redis: {value!r:.80}")


def _revive(obj: dict):
    """json.loads' object_hook, inner objects first: what ``_encode`` wrote as ``$b`` or ``$d``."""
    if len(obj) == 1 and "$b" in obj:
        return base64.b64decode(obj["$b"])
    if len(obj) == 1 and "$d" in obj:
        return dict(obj["$d"])
    return obj


#: What marks a queued request as no page (an article's image, archive.crawl.requisites): it is not
#: counted against the run's page limit (``popped``), as --max-pages counts pages locally too.
NOT_A_PAGE = json.dumps(requisites.META) + ":"


def dumps(obj) -> str:
    """JSON with bytes as base64 and non-string dict keys kept: Request.to_dict() round-trips."""
    return json.dumps(_encode(obj), separators=(",", ":"), ensure_ascii=False)


def loads(data) -> Any:
    return json.loads(data, object_hook=_revive)


def request_dict(url: str, *, callback: str = "parse", errback: str = "on_error", priority: int = 0,
                 meta: Optional[dict] = None) -> dict:
    """Scrapy's ``Request.to_dict()`` of a request to the spider's ``callback``, for seeds pushed without a spider."""
    from scrapy import Request

    return {**Request(url, priority=priority, meta=meta).to_dict(), "callback": callback, "errback": errback}


# -- scripts ------------------------------------------------------------------------------------

ADD = """
-- KEYS: queue, seen bucket, leases of the releasing worker, budgets;
-- ARGV: member, score, request, filter, lease, then (budget name, limit) pairs.
-- Returns 1 queued, 0 seen before, 2 refused: a page budget of the run is spent.
if ARGV[5] ~= '' then redis.call('HDEL', KEYS[3], ARGV[5]) end
if ARGV[4] == '1' and redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
for i = 6, #ARGV, 2 do
  if tonumber(redis.call('HGET', KEYS[4], ARGV[i]) or '0') >= tonumber(ARGV[i + 1]) then return 2 end
end
for i = 6, #ARGV, 2 do redis.call('HINCRBY', KEYS[4], ARGV[i], 1) end
if ARGV[4] == '1' then redis.call('SADD', KEYS[2], ARGV[1]) end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
"""

POP = """
-- KEYS: queue, leases, lease counter, popped counter, workers; ARGV: worker, page limit, not-a-page mark
local limit = tonumber(ARGV[2])
if limit > 0 and tonumber(redis.call('GET', KEYS[4]) or '0') >= limit then return false end
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
local id = tostring(redis.call('INCR', KEYS[3]))
redis.call('HSET', KEYS[2], id, top[2] .. ' ' .. top[1])
if not string.find(top[1], ARGV[3], 1, true) then redis.call('INCR', KEYS[4]) end
redis.call('SADD', KEYS[5], ARGV[1])
return {id, top[1]}
"""

ITEM = """
-- KEYS: items, leases, stats; ARGV: lease, item, worker
if ARGV[1] ~= '' and redis.call('HDEL', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('XADD', KEYS[1], '*', 'item', ARGV[2])
redis.call('HINCRBY', KEYS[3], 'pages', 1)
redis.call('HINCRBY', KEYS[3], 'pages:' .. ARGV[3], 1)
return 1
"""

REQUEUE = """
-- KEYS: leases, queue, workers, popped counter, alive; ARGV: worker, only if dead, not-a-page mark
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[5]) == 1 then return -1 end
local all = redis.call('HGETALL', KEYS[1])
local pages = 0
for i = 1, #all, 2 do
  local v = all[i + 1]
  local sp = string.find(v, ' ', 1, true)
  redis.call('ZADD', KEYS[2], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
  if not string.find(v, ARGV[3], 1, true) then pages = pages + 1 end
end
redis.call('DEL', KEYS[1], KEYS[5])
redis.call('SREM', KEYS[3], ARGV[1])
if pages > 0 then redis.call('DECRBY', KEYS[4], pages) end
return #all / 2
"""

SNAPSHOT = """
-- KEYS: queue, workers, items, popped counter; ARGV: prefix
local inflight = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  inflight = inflight + redis.call('HLEN', ARGV[1] .. ':leases:' .. w)
end
return {redis.call('ZCARD', KEYS[1]), inflight, redis.call('XLEN', KEYS[3]),
        tonumber(redis.call('GET', KEYS[4]) or '0')}
"""

ACQUIRE = """
-- KEYS: slots of the host, next-download time of the host; ARGV: holder, concurrency, delay ms, lease ms
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(10, math.min(250, tonumber(first[2]) - now))
end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < nxt then return nxt - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) + 1000)
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 1000) end
return 0
"""


SETTLE = """
-- KEYS: dry counts, articles met; ARGV: parked prefix, number of article keys, of debit keys, of credit
-- keys, then article keys, debit keys, credit keys, flags to set. An article none of whose keys was met
-- resets the credit keys, sets the flags and hands back what was parked under the credit keys; else
-- the debit keys get one fetch drier. Every article key is met from now on.
local k, n, m = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local new = k > 0
for i = 5, 4 + k do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 0 then new = false end
end
if new then
  local released = {}
  for i = 5 + k + n, 4 + k + n + m do
    redis.call('HSET', KEYS[1], ARGV[i], 0)
    local shelf = ARGV[1] .. ARGV[i]
    for _, entry in ipairs(redis.call('HVALS', shelf)) do released[#released + 1] = entry end
    redis.call('DEL', shelf)
  end
  for i = 5 + k + n + m, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], 1) end
  return {1, released}
end
for i = 5 + k, 4 + k + n do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
return {0, {}}
"""

PARK = """
-- ARGV: parked prefix, cap, then (key, url, entry) triples; at most cap URLs per key.
local cap = tonumber(ARGV[2])
for i = 3, #ARGV, 3 do
  local shelf = ARGV[1] .. ARGV[i]
  if redis.call('HLEN', shelf) < cap or redis.call('HEXISTS', shelf, ARGV[i + 1]) == 1 then
    redis.call('HSET', shelf, ARGV[i + 1], ARGV[i + 2])
  end
end
return 1
"""


@dataclass
class Snapshot:
    queued: int
    in_flight: int
    unwritten: int
    popped: int


class Frontier:
    """One run's keys in one Redis database, and the scripted operations on them: nothing else
    names a key. ``client`` is the connection, for what hands it to scrapy-redis (its scheduler
    and dupefilter take a server) and for inspection in tests and benchmarks."""

    def __init__(self, client, prefix: str = REDIS_PREFIX):
        self.client = client
        self.prefix = prefix
        self._scripts = {name: client.register_script(src) for name, src in
                         (("add", ADD), ("pop", POP), ("item", ITEM), ("requeue", REQUEUE),
                          ("snapshot", SNAPSHOT), ("acquire", ACQUIRE))}

    @classmethod
    def from_url(cls, url: str, prefix: str = REDIS_PREFIX) -> "Frontier":
        return cls(connect(url), prefix)

    def key(self, *parts) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> dict:
        return {k.decode(): v.decode() for k, v in self.client.hgetall(self.key("run")).items()}

    def start(self, run: dict) -> None:
        """Write the run hash (a new run, or a resumed run's new crawl id and settings)."""
        self.client.hset(self.key("run"), mapping=run)

    def finish(self) -> None:
        """Tell workers and the writer the run is over."""
        self.start({"state": "done", "finished": str(time.time())})

    def release(self) -> None:
        """Free the finished run's frontier; the run hash stays, so late workers learn it is over
        (unless it is already gone: a release that failed half-way leaves nothing to restore)."""
        run = self.run()
        self.clear()
        if run:
            self.start(run)

    def stats(self) -> dict[str, str]:
        """Pages (and pages:WORKER), skipped, rate: what the run counted."""
        return {k.decode(): v.decode() for k, v in self.client.hgetall(self.key("stats")).items()}

    def stat(self, name: str) -> int:
        return int(self.client.hget(self.key("stats"), name) or 0)

    def set_stat(self, name: str, value) -> None:
        self.client.hset(self.key("stats"), name, value)

    def memory_used(self) -> int:
        return self.client.info("memory").get("used_memory")

    def run_keys(self) -> list:
        return list(self.client.scan_iter(match=self.prefix + ":*", count=1000))

    def clear(self) -> int:
        """Delete every key of this prefix (a finished or abandoned run)."""
        keys = self.run_keys()
        for i in range(0, len(keys), 1000):
            self.client.unlink(*keys[i:i + 1000])
        return len(keys)

    # -- requests --------------------------------------------------------------------------

    def add(self, request: dict, fp: str, buckets: int, *, dont_filter: bool = False, lease: str = "",
            worker: str = "", budgets: Sequence[tuple[str, int]] = ()) -> int:
        """Push a request unless its fingerprint was seen or one of its ``budgets`` (name, limit) is
        spent, counting it against them; release ``lease`` in the same step. Returns ADDED, SEEN
        or OVER_BUDGET. Budgets are counted once, across all workers, for pages actually queued."""
        bucket, member = seen_slot(fp, buckets)
        keys = [self.key("requests"), self.key("seen", bucket), self.key("leases", worker), self.key("budgets")]
        args = [member, -int(request.get("priority") or 0), dumps(request), "0" if dont_filter else "1", lease]
        for name, limit in budgets:
            args += [name, int(limit)]
        return int(self._scripts["add"](keys=keys, args=args))

    def see(self, fp: str, buckets: int) -> bool:
        """Mark a fingerprint seen (the dupefilter alone); True if it had been seen already."""
        bucket, member = seen_slot(fp, buckets)
        return self.client.sadd(self.key("seen", bucket), member) == 0

    def pop(self, worker: str, limit: int = 0) -> Optional[tuple[str, dict]]:
        """Move the highest-priority request into ``worker``'s leases: (lease id, request dict)."""
        keys = [self.key("requests"), self.key("leases", worker), self.key("lease-seq"), self.key("popped"),
                self.key("workers")]
        got = self._scripts["pop"](keys=keys, args=[worker, limit, NOT_A_PAGE])
        if not got:
            return None
        return got[0].decode(), loads(got[1])

    def ack(self, worker: str, lease: str) -> None:
        self.client.hdel(self.key("leases", worker), lease)

    def push_item(self, worker: str, lease: str, item_json: str) -> bool:
        """Hand a page's item to the writer and release its lease at once; False if the lease was
        lost (the worker was taken for dead and the page requeued: the new fetch will carry it)."""
        keys = [self.key("items"), self.key("leases", worker), self.key("stats")]
        return bool(self._scripts["item"](keys=keys, args=[lease, item_json, worker]))

    def requeue(self, worker: str, only_if_dead: bool = False) -> int:
        """Put a worker's leased requests back into the queue; -1 if it turned out to be alive."""
        keys = [self.key("leases", worker), self.key("requests"), self.key("workers"), self.key("popped"),
                self.key("alive", worker)]
        return int(self._scripts["requeue"](keys=keys, args=[worker, "1" if only_if_dead else "0", NOT_A_PAGE]))

    def reap(self, say: Optional[Callable[[str], None]] = None) -> dict[str, int]:
        """Requeue the leases of every worker whose heartbeat expired (``say`` hears of each);
        {worker: requests requeued}."""
        reaped = {}
        for raw in self.client.smembers(self.key("workers")):
            worker = raw.decode()
            if not self.client.exists(self.key("alive", worker)):
                n = self.requeue(worker, only_if_dead=True)
                if n >= 0:
                    reaped[worker] = n
                    if say:
                        say(f"worker {worker} stopped heartbeating: {n} pages back in the queue")
        return reaped

    def heartbeat(self, worker: str, seconds: int) -> bool:
        """Keep the worker alive for ``seconds`` (REDIS_WORKER_TIMEOUT); False if it had been given up
        for dead (its leases were requeued)."""
        pipe = self.client.pipeline()
        pipe.set(self.key("alive", worker), str(int(time.time())), ex=seconds)
        pipe.sadd(self.key("workers"), worker)
        _, added = pipe.execute()
        return not added

    def worker_count(self) -> int:
        return self.client.scard(self.key("workers"))

    def workers(self) -> list[tuple[str, bool, int]]:
        """(worker, alive, requests it holds) for every worker that joined the run."""
        out = []
        for raw in sorted(self.client.smembers(self.key("workers"))):
            worker = raw.decode()
            out.append((worker, bool(self.client.exists(self.key("alive", worker))),
                        self.client.hlen(self.key("leases", worker))))
        return out

    def snapshot(self) -> Snapshot:
        keys = [self.key("requests"), self.key("workers"), self.key("items"), self.key("popped")]
        return Snapshot(*map(int, self._scripts["snapshot"](keys=keys, args=[self.prefix])))

    # -- the writer and the items stream -------------------------------------------------------

    def writer(self) -> str:
        """The writer holding the run ("host pid"), or ""."""
        return (self.client.get(self.key("writer")) or b"").decode()

    def claim_writer(self, holder: str, ttl: int, take_over: Callable[[str], bool]) -> bool:
        """Be the run's only writer for ``ttl`` seconds (renewed by claiming again); the claim of
        a writer ``take_over`` says is gone (killed on this host) is taken at once."""
        key = self.key("writer")
        if self.client.set(key, holder, nx=True, ex=ttl):
            return True
        current = self.writer()
        if current == holder or take_over(current):
            self.client.set(key, holder, ex=ttl)
            return True
        return False

    def release_writer(self, holder: str) -> None:
        if self.writer() == holder:
            self.client.delete(self.key("writer"))

    def read_items(self, group: str, consumer: str, pending: bool, count: int, block_ms: int) -> list:
        """Entries of the items stream for the writer's consumer group: those it read before and has
        not acknowledged (``pending``), or new ones, waiting up to ``block_ms``."""
        import redis

        stream = self.key("items")
        try:
            got = self.client.xreadgroup(group, consumer, {stream: "0" if pending else ">"}, count=count,
                                         block=None if pending else block_ms)
        except redis.exceptions.ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            self.client.xgroup_create(stream, group, id="0", mkstream=True)
            return []
        return got[0][1] if got else []

    def ack_items(self, group: str, ids: list, skipped: int) -> None:
        """The writer committed these entries: acknowledge and drop them, and count the skipped pages."""
        pipe = self.client.pipeline()
        pipe.xack(self.key("items"), group, *ids)
        pipe.xdel(self.key("items"), *ids)
        if skipped:
            pipe.hincrby(self.key("stats"), "skipped", skipped)
        pipe.execute()

    # -- politeness and validators -----------------------------------------------------------

    def acquire_slot(self, host: str, holder: str, concurrency: int, delay: float, lease: float) -> int:
        """Take a download slot on ``host``: 0, or milliseconds to wait before asking again."""
        keys = [self.key("polite", host), self.key("polite-next", host)]
        return int(self._scripts["acquire"](keys=keys, args=[holder, concurrency, int(delay * 1000),
                                                             int(lease * 1000)]))

    def release_slot(self, host: str, holder: str) -> None:
        self.client.zrem(self.key("polite", host), holder)

    # -- site templates --------------------------------------------------------------------

    def publish_templates(self, templates: dict) -> None:
        """Site -> SiteTemplate as the writer knows them, for workers to extract with."""
        if templates:
            self.client.hset(self.key("templates"), mapping={site: json.dumps(t.to_dict()) for site, t in templates.items()})

    def template(self, site: str):
        """The site's template as last published, or None."""
        from archive.extract.site import SiteTemplate

        raw = self.client.hget(self.key("templates"), site)
        return SiteTemplate.from_dict(json.loads(raw)) if raw else None

    # -- robots.txt ------------------------------------------------------------------------

    def robots_answer(self, netloc: str) -> Optional[dict]:
        """The site's robots.txt answer a worker shared in this run, or None."""
        raw = self.client.hget(self.key("robots"), netloc)
        return loads(raw) if raw else None

    def share_robots_answer(self, netloc: str, answer: dict) -> dict:
        """Give the run ``answer`` unless a worker gave one first; the answer every worker holds."""
        pipe = self.client.pipeline()  # MULTI/EXEC: the read sees what the first writer wrote
        pipe.hsetnx(self.key("robots"), netloc, dumps(answer))
        pipe.hget(self.key("robots"), netloc)
        _, raw = pipe.execute()
        return loads(raw)

    def publish_validators(self, entries) -> int:
        """Publish (url, entry) pairs for workers' conditional GETs; returns how many."""
        pipe, n = self.client.pipeline(transaction=False), 0
        for url, entry in entries:
            pipe.hset(self.key("validators"), url, dumps(entry))
            n += 1
            if n % 1000 == 0:
                pipe.execute()
        pipe.execute()
        return n

    def validators(self, url: str) -> Optional[dict]:
        """What the seeder published for ``url`` (archive.db.pages.known_pages), or None."""
        raw = self.client.hget(self.key("validators"), url)
        return loads(raw) if raw else None


# -- the link policy's counter -----------------------------------------------------------------------


class RedisCounter:
    """``archive.crawl.linkpolicy``'s state for a distributed run, shared by its workers: dry counts,
    articles met, parked links. Page budgets are charged by ``Frontier.add`` when a request is
    queued (once per page, across workers), so ``charge`` only names them on the request."""

    def __init__(self, frontier: Frontier):
        self.frontier = frontier
        self._settle = frontier.client.register_script(SETTLE)
        self._park = frontier.client.register_script(PARK)

    def dry_counts(self, keys) -> dict[str, int]:
        keys = list(keys)
        if not keys:
            return {}
        values = self.frontier.client.hmget(self.frontier.key("novelty"), keys)
        return {key: int(v or 0) for key, v in zip(keys, values)}

    def settle(self, debit, credit, article, prove) -> tuple[bool, list[str]]:
        args = [self.frontier.key("parked", ""), len(article), len(debit), len(credit), *article, *debit, *credit, *prove]
        credited, released = self._settle(keys=[self.frontier.key("novelty"), self.frontier.key("novel-articles")], args=args)
        return bool(credited), [e.decode() if isinstance(e, bytes) else e for e in released]

    def park(self, parked, cap) -> None:
        args = [self.frontier.key("parked", ""), cap]
        for key, url, entry in parked:
            args += [key, url, entry]
        self._park(keys=[], args=args)

    def charge(self, budgets) -> dict:
        return {BUDGETS_META: [list(b) for b in budgets]} if budgets else {}
