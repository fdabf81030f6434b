"""URL discovery from non-HTML documents: sitemaps (and indexes), RSS/Atom feeds, robots.txt."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from lxml import etree

from archive.urls import is_http_url

# Never resolve entities or fetch DTDs: sitemaps and feeds come from strangers (XXE).
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
)
_ROOT_TAG = re.compile(rb"<\s*(?:[\w-]+:)?(urlset|sitemapindex|rss|feed|RDF)\b", re.I)


@dataclass
class Discovered:
    kind: str  # sitemap, sitemapindex, feed
    urls: list[str] = field(default_factory=list)  # pages to fetch
    sitemaps: list[str] = field(default_factory=list)  # child sitemaps to read
    lastmod: dict[str, str] = field(default_factory=dict)  # url -> <lastmod> where given

    def newest_first(self, urls: list[str]) -> list[str]:
        """``urls`` by their ``<lastmod>``, most recently modified first, then those without one
        (or with one that is no date) in the document's order: a crawl with a page budget, or
        one cut short, gets what the site changed last."""
        stamps = {url: _when(self.lastmod.get(url, "")) for url in urls}
        dated = sorted((url for url in urls if stamps[url] is not None), key=stamps.__getitem__, reverse=True)
        return dated + [url for url in urls if stamps[url] is None]


def _when(text: str) -> Optional[float]:
    """A W3C datetime (``2024-03-01``, ``2024-03-01T08:00:00Z``, ``...+02:00``) as a timestamp; None if it is none."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def sniff_kind(body: bytes, content_type: str = "") -> str:
    """Tell sitemaps and feeds from HTML by their root element, not by what the server claims."""
    head = body[:2048].lstrip()
    match = _ROOT_TAG.search(head)
    if match and (head.startswith(b"<?xml") or head.startswith(b"<" + match.group(1)) or "xml" in content_type):
        name = match.group(1).lower()
        if name in (b"urlset", b"sitemapindex"):
            return "sitemap"
        return "feed"
    ct = content_type.lower()
    if "html" in ct or not ct or head[:1] == b"<":
        return "html"
    return "other"


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_xml_urls(body: bytes) -> Discovered:
    """Read page URLs (and child sitemaps) from a sitemap, sitemap index, RSS or Atom document."""
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return Discovered(kind="unknown")
    kind = _local(root.tag)
    found = Discovered(kind="sitemapindex" if kind == "sitemapindex" else "sitemap" if kind == "urlset" else "feed")
    if kind in ("urlset", "sitemapindex"):
        for entry in root:
            loc = lastmod = ""
            for child in entry:
                name = _local(child.tag)
                if name == "loc":
                    loc = (child.text or "").strip()
                elif name == "lastmod":
                    lastmod = (child.text or "").strip()
            if not is_http_url(loc):
                continue
            (found.sitemaps if kind == "sitemapindex" else found.urls).append(loc)
            if lastmod:
                found.lastmod[loc] = lastmod
        return found
    for el in root.iter():
        name = _local(el.tag)
        parent = el.getparent()
        if name == "link" and parent is not None and _local(parent.tag) in ("item", "entry"):
            href = (el.get("href") or el.text or "").strip()
            rel = el.get("rel", "alternate")
            if is_http_url(href) and rel == "alternate":
                found.urls.append(href)
    found.urls = list(dict.fromkeys(found.urls))
    return found


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt file."""
    from protego import Protego

    return [url for url in Protego.parse(robots_txt).sitemaps if is_http_url(url)]
