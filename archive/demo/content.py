"""Load the demo site's articles, static pages and site facts from the packaged files in ``content/``.

An article is ``content/<slug>.md``: ``key: value`` header lines (``read_also`` and ``comment`` may
repeat), a ``---`` line, then the body in :mod:`archive.demo.markup`. Static pages are ``_<slug>.md``;
``site.json`` holds the site name, authors, categories and the text of the version-2 edits.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property, lru_cache
from pathlib import Path

from .markup import Rendered, render
from .quirks import LEGACY_PATH, LEGACY_SLUG, V2_ADDED_SLUGS, V2_CHANGED_SLUGS, V2_REMOVED_SLUGS, VERSIONS

CONTENT_DIR = Path(__file__).with_name("content")
_REPEATED = {"read_also", "comment"}


@dataclass(frozen=True)
class Comment:
    author: str
    date: datetime
    text: str
    url: str = ""


@dataclass(frozen=True)
class RelatedRef:
    """One Read Also entry: a demo slug, or an explicit url/title/teaser (off-site or dead target)."""
    slug: str = ""
    url: str = ""
    title: str = ""
    teaser: str = ""


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    title: str
    authors: tuple[str, ...]     # author ids (keys of site.json "authors")
    published: datetime
    modified: datetime | None
    category: str                # category slug
    tags: tuple[str, ...]        # display names
    description: str
    markup: str
    reviewed_by: str = ""        # author id or display name
    reviewed_on: datetime | None = None
    read_also: tuple[RelatedRef, ...] = ()
    comments: tuple[Comment, ...] = ()

    @property
    def path(self) -> str:
        return LEGACY_PATH if self.slug == LEGACY_SLUG else f"/{self.slug}/"

    @property
    def last_modified(self) -> datetime:
        return self.modified or self.published

    @cached_property
    def rendered(self) -> Rendered:
        return render(self.markup)


@dataclass(frozen=True)
class StaticPage:
    slug: str
    title: str
    modified: datetime
    markup: str


@dataclass(frozen=True)
class Content:
    site: dict
    articles: dict[str, DemoArticle]   # every article of every version, by slug
    pages: dict[str, StaticPage]

    def articles_for(self, version: int) -> list[DemoArticle]:
        """The articles published in ``version``, newest first, with that version's edits applied."""
        check_version(version)
        skip = V2_REMOVED_SLUGS if version == 2 else V2_ADDED_SLUGS
        chosen = [a for slug, a in self.articles.items() if slug not in skip]
        if version == 2:
            chosen = [self._edited(a) if a.slug in V2_CHANGED_SLUGS else a for a in chosen]
        return sorted(chosen, key=lambda a: a.published, reverse=True)

    def _edited(self, article: DemoArticle) -> DemoArticle:
        edit = self.site["v2_edits"][article.slug]
        if edit["replace"] not in article.markup:
            raise ValueError(f"site.json v2_edits: {edit['replace']!r} is not in {article.slug}")
        markup = article.markup.replace(edit["replace"], edit["with"]) + "\n\n" + edit["append"]
        return replace(article, markup=markup, modified=datetime.fromisoformat(edit["modified"]))


def check_version(version: int) -> None:
    if version not in VERSIONS:
        raise ValueError(f"demo site version must be one of {VERSIONS}, not {version!r}")


def _split(text: str) -> tuple[dict, str]:
    head, _, body = text.partition("\n---\n")
    fields: dict = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key in _REPEATED:
            fields.setdefault(key, []).append(value)
        else:
            fields[key] = value
    return fields, body


def _date(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _related(entry: str) -> RelatedRef:
    if "|" not in entry:
        return RelatedRef(slug=entry)
    url, title, teaser = (part.strip() for part in entry.split("|", 2))
    return RelatedRef(url=url, title=title, teaser=teaser)


def _comment(entry: str) -> Comment:
    author, date, text, *url = (part.strip() for part in entry.split("|"))
    return Comment(author, datetime.fromisoformat(date), text, url[0] if url else "")


def _article(path: Path) -> DemoArticle:
    fields, body = _split(path.read_text(encoding="utf-8"))
    return DemoArticle(
        slug=path.stem,
        title=fields["title"],
        authors=tuple(a.strip() for a in fields["authors"].split(",")),
        published=datetime.fromisoformat(fields["published"]),
        modified=_date(fields.get("modified")),
        category=fields["category"],
        tags=tuple(t.strip() for t in fields["tags"].split(",")),
        description=fields["description"],
        markup=body,
        reviewed_by=fields.get("reviewed_by", ""),
        reviewed_on=_date(fields.get("reviewed_on")),
        read_also=tuple(_related(e) for e in fields.get("read_also", [])),
        comments=tuple(_comment(e) for e in fields.get("comment", [])),
    )


def _page(path: Path) -> StaticPage:
    fields, body = _split(path.read_text(encoding="utf-8"))
    slug = path.stem.lstrip("_")
    return StaticPage(slug, fields["title"], datetime.fromisoformat(fields["modified"]), body)


@lru_cache(maxsize=1)
def load_content() -> Content:
    files = sorted(CONTENT_DIR.glob("*.md"))
    return Content(
        site=json.loads((CONTENT_DIR / "site.json").read_text(encoding="utf-8")),
        articles={a.slug: a for a in map(_article, (f for f in files if not f.stem.startswith("_")))},
        pages={p.slug: p for p in map(_page, (f for f in files if f.stem.startswith("_")))},
    )
