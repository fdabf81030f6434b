"""Typed records produced by extraction: what one HTML page says, normalized."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Link:
    url: str
    text: str = ""
    rel: str = ""          # space-separated rel tokens as found ("sponsored nofollow")
    internal: bool = False  # same registrable site as the page


@dataclass
class Image:
    src: str
    alt: str = ""
    caption: str = ""


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Related:
    """One item of a "Read Also" / related-articles block, in page order."""
    url: str
    title: str = ""
    teaser: str = ""


@dataclass
class Citation:
    url: str
    text: str = ""
    doi: str = ""
    pmid: str = ""


@dataclass
class Article:
    url: str                     # the URL the page was fetched from
    canonical_url: str = ""      # <link rel=canonical> (absolute) or the cleaned url
    site: str = ""               # host without "www."
    is_article: bool = False     # article page (vs listing / other page)
    page_type: str = ""          # "article", "listing", "other"
    title: str = ""
    authors: list[str] = field(default_factory=list)
    published: Optional[str] = None      # ISO 8601
    published_source: str = ""           # json-ld, meta, time, text, url
    modified: Optional[str] = None
    modified_source: str = ""
    description: str = ""
    language: str = ""
    image: str = ""                      # main image URL
    reviewed_by: list[str] = field(default_factory=list)
    reviewed_on: Optional[str] = None
    body_html: str = ""
    body_text: str = ""
    word_count: int = 0
    headings: list[Heading] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)        # links inside the body
    page_links: list[str] = field(default_factory=list)    # every followable link on the page (absolute)
    related: list[Related] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)          # <link rel=alternate> RSS/Atom
    next_page: str = ""                                     # rel=next pagination
    problems: list[str] = field(default_factory=list)       # why a field is empty, what went wrong

    def to_dict(self) -> dict:
        return asdict(self)
