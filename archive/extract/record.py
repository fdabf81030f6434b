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
class Embed:
    """A video, audio player or other embedded frame of the body, kept as a link (the player is not)."""
    url: str
    kind: str = ""         # video, audio, frame
    provider: str = ""     # the host that serves it, e.g. youtube.com, vimeo.com
    title: str = ""


@dataclass
class Person:
    """An author or reviewer as the page names them: the name apart from what follows it."""
    name: str
    role: str = "author"                                   # author, reviewer
    credentials: list[str] = field(default_factory=list)   # MD, PhD, FAAD, RN...
    affiliation: str = ""                                  # "Member, Medical Review Board", "Senior Editor"


@dataclass
class Article:
    url: str                     # the URL the page was fetched from
    canonical_url: str = ""      # <link rel=canonical> (absolute) or the cleaned url
    site: str = ""               # host without "www."
    is_article: bool = False     # article page (vs listing / other page)
    page_type: str = ""          # "article", "listing", "page" (about, contact, evergreen), "other"
    title: str = ""
    authors: list[str] = field(default_factory=list)
    published: Optional[str] = None      # ISO 8601
    published_source: str = ""           # json-ld, meta, time, text, url
    modified: Optional[str] = None
    modified_source: str = ""
    description: str = ""
    language: str = ""                   # of the text (identified), else as declared
    declared_language: str = ""          # as the page declares it (html lang, og:locale, JSON-LD)
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
    embeds: list[Embed] = field(default_factory=list)       # videos, audio, frames in the body
    people: list[Person] = field(default_factory=list)      # authors and reviewers with credentials
    feeds: list[str] = field(default_factory=list)          # <link rel=alternate> RSS/Atom
    next_page: str = ""                                     # rel=next pagination
    problems: list[str] = field(default_factory=list)       # why a field is empty, what went wrong
    # What the page shows of its site's template (site.PageSample), for the site's learner; not a field
    # of the record (to_dict leaves it out).
    sample: Optional[object] = field(default=None, repr=False, compare=False)

    @property
    def archivable(self) -> bool:
        """An article with something to keep: text, or a player (a video post that writes nothing
        around its video). An article page without either is recorded as an error."""
        return self.is_article and bool(self.body_text or self.embeds)

    def to_dict(self, with_sample: bool = False) -> dict:
        """The record as plain values; `with_sample` keeps the page sample (for another process
        that writes the archive, ``from_dict``)."""
        record = asdict(self)
        if not with_sample or self.sample is None:
            record.pop("sample", None)
        return record

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        """The record ``to_dict`` gave, with its nested records (and page sample) rebuilt."""
        from archive.extract.site import PageSample

        nested = {"headings": Heading, "images": Image, "links": Link, "related": Related, "citations": Citation,
                  "embeds": Embed, "people": Person}
        values = dict(data)
        for name, kind in nested.items():
            values[name] = [kind(**v) for v in values.get(name) or []]
        if values.get("sample") is not None:
            values["sample"] = PageSample(**{k: tuple(v) if isinstance(v, list) else v
                                             for k, v in values["sample"].items()})
        return cls(**values)
