"""Defaults shared by the crawler and the CLI, defined once."""

DEFAULT_DB = "archive.db"
USER_AGENT = "health-archive/0.1 (+https://github.com/health-archive/health-archive; article archiver)"
DATASETTE_PORT = 8001
EXTRACT_TIMEOUT = 60.0  # seconds one page's extraction may take (crawl, reparse, extract); 0 = no limit
REDIS_PREFIX = "health-archive"  # the Redis keys of a distributed crawl start with it (--prefix)
REDIS_URL_ENV = "HEALTH_ARCHIVE_REDIS"  # the Redis URL, password included, kept off command lines (visible in `ps`)
MAX_PAGE_BYTES = 20 * 1024 * 1024  # a page's body, fetched or read (the crawl's DOWNLOAD_MAXSIZE)
DEMO_SITE_PORT = 8765  # the bundled demo site on 127.0.0.1 (`demo --site-port`): part of its archived URLs and site name


def extractor_version() -> str:
    """What extracted a version (``article_versions.extractor``): this package and its version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"health-archive {version('health-archive')}"
    except PackageNotFoundError:    # run from a source tree that was never installed
        return "health-archive (not installed)"
