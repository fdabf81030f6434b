"""Machine-readable site maps: robots.txt, the Yoast-style sitemap index and children, and the RSS 2.0 feed."""
from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from .quirks import DISALLOWED_PATHS

SITEMAP_INDEX_PATH = "/sitemap_index.xml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def robots_txt(base: str) -> str:
    rules = "".join(f"Disallow: {path}\n" for path in DISALLOWED_PATHS)
    return f"User-agent: *\n{rules}\nSitemap: {base}{SITEMAP_INDEX_PATH}\n"


def sitemap_index(base: str, children: dict[str, datetime]) -> str:
    """``children`` maps each child sitemap's path to its newest lastmod."""
    entries = "".join(f"<sitemap><loc>{escape(base + path)}</loc><lastmod>{moment.isoformat()}</lastmod></sitemap>\n"
                      for path, moment in children.items())
    return (XML_DECLARATION + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries + "</sitemapindex>\n")


def url_set(base: str, urls: list[tuple[str, datetime]]) -> str:
    entries = "".join(f"<url><loc>{escape(base + path)}</loc><lastmod>{moment.isoformat()}</lastmod></url>\n"
                      for path, moment in urls)
    return (XML_DECLARATION + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries + "</urlset>\n")


def rss_feed(base: str, site: dict, items: list) -> str:
    """``items`` are the newest articles, newest first; authors resolve through ``site["authors"]``."""
    def item(article) -> str:
        creators = ", ".join(site["authors"][a]["name"] for a in article.authors)
        category = site["categories"][article.category]["name"]
        return (f"<item>\n<title>{escape(article.title)}</title>\n<link>{escape(base + article.path)}</link>\n"
                f"<dc:creator><![CDATA[{creators}]]></dc:creator>\n"
                f"<pubDate>{format_datetime(article.published)}</pubDate>\n"
                f"<category><![CDATA[{category}]]></category>\n"
                f'<guid isPermaLink="true">{escape(base + article.path)}</guid>\n'
                f"<description><![CDATA[{article.description}]]></description>\n</item>\n")

    newest = max(a.last_modified for a in items)
    return (XML_DECLARATION
            + '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            + f"<channel>\n<title>{escape(site['name'])}</title>\n"
            + f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml"/>\n'
            + f"<link>{base}/</link>\n<description>{escape(site['tagline'])}</description>\n"
            + f"<lastBuildDate>{format_datetime(newest)}</lastBuildDate>\n<language>en-US</language>\n"
            + "".join(item(a) for a in items)
            + "</channel>\n</rss>\n")
