"""The baseline for bench.crawl: a bare Scrapy spider that only follows links, with our crawl settings.

    python -m bench.bare_spider http://127.0.0.1:PORT/ -s CONCURRENT_REQUESTS_PER_DOMAIN=16

It loads ``scraper.settings`` (concurrency, robots.txt, reactor, queues, user agent) without our
pipeline, middlewares and extensions, follows every ``a::attr(href)`` on the start URL's host,
and prints Scrapy's final stats as one JSON line on stdout.
"""
from __future__ import annotations

import argparse
import json
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import TextResponse
from scrapy.settings import Settings

#: The settings both sides of bench.crawl run with (what ``health-archive demo`` uses).
FAST = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "PROGRESS_INTERVAL=0")


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname]

    def parse(self, response):
        if not isinstance(response, TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)


def bare_settings(overrides=()) -> Settings:
    """scraper.settings without the archive's components, then ``NAME=VALUE`` overrides."""
    settings = Settings()
    settings.setmodule("scraper.settings", priority="project")
    for name in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "EXTENSIONS"):
        settings.set(name, {}, priority="project")
    for item in overrides:
        name, _, value = item.partition("=")
        settings.set(name, value, priority="cmdline")
    return settings


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    process = CrawlerProcess(bare_settings([*FAST, *args.settings]))
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, start_url=args.url)
    process.start()
    stats = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in crawler.stats.get_stats().items()}
    print(json.dumps(stats, default=str), flush=True)


if __name__ == "__main__":
    main()
