"""What the spider hands to the pipeline: one fetched page and, when it is one, its article."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from archive.extract.record import Article
from archive.db.store import FetchedPage


@dataclass
class PageItem:
    page: FetchedPage
    kind: str = "html"                 # article, listing, other, sitemap, feed, not_modified, skipped, gone, error, requisite
    article: Optional[Article] = None  # set when the page is an article
    error: str = ""                    # why the page could not be archived
    links: Optional[dict] = None       # links by role, remembered for a later 304
    requisite: Optional[dict] = None   # kind "requisite": archive.crawl.requisites.Requisite.to_dict()
