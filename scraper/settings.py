"""Scrapy settings for the health-archive crawler; the single source of crawl defaults.

The CLI overrides these at command-line priority (``-s NAME=value``); nothing else
redefines them.
"""
import os as _os
from importlib.util import find_spec as _find_spec

from archive.crawl import requisites as _requisites

from scrapy.settings import default_settings as _scrapy_defaults

from archive.config import (DEFAULT_DB, EXTRACT_TIMEOUT as _EXTRACT_TIMEOUT, MAX_PAGE_BYTES as _MAX_PAGE_BYTES,
                            REDIS_PREFIX as _REDIS_PREFIX, REDIS_URL_ENV as _REDIS_URL_ENV,
                            USER_AGENT as _USER_AGENT)

BOT_NAME = "health-archive"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

# -- the archive ------------------------------------------------------------------------
ARCHIVE_DB = DEFAULT_DB          # SQLite file the pipeline writes
ARCHIVE_FOLLOW_LINKS = True      # follow the site's own links (not only Read Also blocks)
ARCHIVE_PROFILE = ""             # crawl profile name (health-archive.toml); "" for an ad-hoc crawl
ARCHIVE_RESUME = True            # pick up after an interrupted crawl of the same profile
ARCHIVE_CONDITIONAL_GET = True   # revisit known pages with If-None-Match / If-Modified-Since
ARCHIVE_REFRESH_INTERVAL = 0.0   # seconds; known articles seen more recently are not fetched
ARCHIVE_MIN_YIELD_RATIO = 0.5    # a run fetching/archiving less than this share of the last is flagged
ARCHIVE_MAX_ERROR_RATE = 0.2     # share of failed fetches above which the run exits non-zero
ARCHIVE_LOCK_WAIT = False        # wait for another crawl of the same archive instead of refusing
ARCHIVE_WRITE_BATCH = 100        # visits per SQLite transaction (each visit is still written whole)
ARCHIVE_EXTRACT_PROCESSES = 1    # extraction worker processes (0: a thread pool; shares the GIL with the reactor)
ARCHIVE_EXTRACT_TIMEOUT = _EXTRACT_TIMEOUT  # seconds a page's extraction may take (60); past it the page is an
                                 # error in fetches, its worker process is replaced and the crawl goes on; 0 = none
ARCHIVE_LOG_FILE = ""            # also write the log to this file (stderr keeps it too)
ARCHIVE_ALLOW_PRIVATE = False    # let links reach private/loopback addresses beyond the start URLs' own
ARCHIVE_NOVELTY_BUDGET = 30      # fetches of a URL pattern, section or link source in a row without a new
                                 # article, after which its links are no longer followed (0 = no limit)
ARCHIVE_MAX_LINKS_PER_PAGE = 2000  # links taken from one HTML page (a page of 300,000 links: the first 2,000)
ARCHIVE_MAX_PAGES_PER_SITE = 0   # page budget per site; 0 = unlimited
ARCHIVE_REQUISITES = True        # fetch and store each article's images (in-body and og:image): archive.crawl.requisites
ARCHIVE_REQUISITE_MAX_BYTES = _requisites.MAX_IMAGE_BYTES        # bytes of one image (5 MB); past it: recorded error
ARCHIVE_REQUISITES_PER_ARTICLE = _requisites.MAX_PER_ARTICLE     # images asked for per article (20)
ARCHIVE_REQUISITE_ARTICLE_BYTES = _requisites.MAX_ARTICLE_BYTES  # bytes of images stored per article and crawl (20 MB)
ARCHIVE_SITE_DELAY = 0.0         # seconds between downloads from a site kept by PolitenessMiddleware (0: Scrapy's
                                 # DOWNLOAD_DELAY does it); a worker moves DOWNLOAD_DELAY here, held across workers

# -- distributed crawls (health-archive worker; scraper.distributed) ----------------------
# the shared frontier, e.g. redis://host:6379/0; "" = a local crawl. From the environment
# (HEALTH_ARCHIVE_REDIS) when set there: a password in it stays out of the process list.
REDIS_URL = _os.environ.get(_REDIS_URL_ENV, "")
REDIS_KEY_PREFIX = _REDIS_PREFIX
REDIS_WORKER_TIMEOUT = 15        # seconds without a heartbeat after which a worker's pages are requeued
ARCHIVE_WORKER_ID = ""           # name in fetches.worker; "" = host:pid
ARCHIVE_WORKER_SEEN_CACHE = 100000  # URLs a worker remembers itself (the Redis dupefilter is the authority)

# -- identity and manners ---------------------------------------------------------------
USER_AGENT = _USER_AGENT
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
CONCURRENT_ITEMS = 8             # one item per response: Scrapy's 100 would start ~100 idle tasks each
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False   # Scrapy 2.19's HTTP server running posted code in the crawler (not even loaded: EXTENSIONS_BASE)

# -- robustness -------------------------------------------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 2                  # 5xx, 429 and timeouts are retried, then recorded
RETRY_BACKOFF_BASE = 1.0         # seconds before the first retry, doubled for each next one
RETRY_BACKOFF_MAX = 30.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = _MAX_PAGE_BYTES  # 20 MB: also what `extract` reads of a file or URL
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
ARCHIVE_ROBOTS_ATTEMPTS = 6      # fetches of a robots.txt answering 5xx or 429, or not at all, spaced by the
                                 # retry backoff; the site is closed meanwhile, and for the crawl if none answers
ARCHIVE_MAX_DEPTH = -1           # link hops from the start URLs; -1 = unlimited (--max-depth)
DEPTH_LIMIT = 0                  # Scrapy's own limit counts sitemap hops too; left unlimited
CLOSESPIDER_PAGECOUNT = 0        # 0 = unlimited; the CLI's --max-pages sets it
HTTPERROR_ALLOW_ALL = False      # non-2xx reach the spider's errback and are recorded

# Breadth-first: a bounded crawl keeps the pages closest to where it started.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

ITEM_PIPELINES = {"scraper.pipelines.ArchivePipeline": 300}
DOWNLOADER_MIDDLEWARES = {
    "scraper.middlewares.LinkPolicyMiddleware": 40,       # a queued link whose pattern ran dry is not fetched
    "scraper.middlewares.IncrementalMiddleware": 50,
    "scraper.middlewares.ScopeGuardMiddleware": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scraper.middlewares.RobotsMiddleware": 100,          # Scrapy's, reading robots.txt as RFC 9309 says
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scraper.middlewares.RedirectGuardMiddleware": 600,
    "scraper.middlewares.PolitenessMiddleware": 900,      # a site's slot, right before the download
    "scraper.capture.CaptureMiddleware": 950,             # responses as received, before 590 decodes them
}
EXTENSIONS = {"scraper.extensions.Progress": 500, "scraper.extensions.LogFile": 0}
# Scrapy imports every listed extension, even one set to None or switched off, to read its name;
# remote control's import alone (aiohttp) is ~70 ms of every crawl's start, for a feature kept off.
# --max-pages counts pages, not an article's images (scraper.extensions.CloseSpider)
_OURS = {"scrapy.extensions.closespider.CloseSpider": "scraper.extensions.CloseSpider"}
EXTENSIONS_BASE = {_OURS.get(path, path): order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if path != "scrapy.extensions.remote_control.RemoteControl"}
PROGRESS_INTERVAL = 5.0          # seconds between progress lines; 0 turns them off
ARCHIVE_PROGRESS_LINE = False    # progress as one line on stderr (live on a terminal), not a log message

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 0
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# libuv's event loop under that reactor: the reactor thread is what a re-crawl of 304s waits on,
# and uvloop took ~13% off an unchanged re-crawl (docs/benchmarks.md). Python's own loop where
# uvloop is not installed (Windows).
ASYNCIO_EVENT_LOOP = "uvloop.Loop" if _find_spec("uvloop") else None
FEED_EXPORT_ENCODING = "utf-8"
