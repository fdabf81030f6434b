"""The posts of the zoo: one pool of stories (the demo's articles plus the hand-written ones in
texts.py) and, per family, a seeded plan of entries (slug, authors, dates, tags, related posts).

A story's body is a tuple of blocks; families render blocks their own way, and the truth text of a
body is computed here from the same blocks, never from rendered HTML.
"""
from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from ..content import load_content
from . import texts

_LINK = re.compile(r"\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)(?:\{\w+\})?")
_FIGURE = re.compile(r'^!\[([^\]]*)\]\((\S+)(?: "([^"]*)")?\)$')
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_REFS_HEADINGS = ("Sources", "References")


@dataclass(frozen=True)
class Block:
    """One block of a body: kind p, h2, h3, ul, ol, quote, figure, video, refs or source.

    ``text`` holds inline markup (``[text](href)``, ``**bold**``, ``*em*``) for p, h2, h3 and quote,
    the URL for video and source, the heading for refs; ``items`` the list items (inline markup)."""
    kind: str
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    key: str                      # slug base, unique in the pool
    title: str
    language: str                 # ISO 639-1
    kind: str                     # article, video or short
    category: str
    tags: tuple[str, ...]
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Person:
    name: str
    honorific: str = ""
    credentials: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """As a byline prints it: "Dr. Ana Costa, MD, FAAD"."""
        full = f"{self.honorific} {self.name}".strip()
        return ", ".join((full, *self.credentials))


@dataclass
class Entry:
    """A story as one family publishes it."""
    index: int
    story: Story
    slug: str
    authors: tuple[Person, ...]
    published: datetime           # local time of the site, with its offset
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    reviewer: Person | None = None
    related: list[int] = field(default_factory=list)   # indices of entries in the article's own block
    inline_byline: bool = False   # the byline is written in the body ("Written by ..."), not by the theme
    post_id: int = 0

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def date(self) -> str:
        return self.published.date().isoformat()


# -- inline markup ------------------------------------------------------------------------------

def inline_html(markup: str, href_for) -> str:
    """Escape ``markup`` and expand its links (``href_for(href)`` gives the URL, or "" for plain
    text), bold and emphasis."""
    out, last = [], 0
    for match in _LINK.finditer(markup):
        out.append(_emphasis(html.escape(markup[last:match.start()], quote=False)))
        text, href = match.group(1), href_for(match.group(2))
        label = _emphasis(html.escape(text, quote=False))
        out.append(f'<a href="{html.escape(href)}">{label}</a>' if href else label)
        last = match.end()
    out.append(_emphasis(html.escape(markup[last:], quote=False)))
    return "".join(out)


def _emphasis(text: str) -> str:
    return _EMPHASIS.sub(lambda m: f"<strong>{m.group(1)}</strong>" if m.group(1) else f"<em>{m.group(2)}</em>",
                         text)


def plain(markup: str) -> str:
    """The words a reader sees in inline markup."""
    text = _LINK.sub(lambda m: m.group(1), markup)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return " ".join(text.split())


def links_of(markup: str) -> list[str]:
    return [m.group(2) for m in _LINK.finditer(markup)]


def body_text(blocks) -> str:
    """The truth text of a body: every block a reader reads (figures and players carry none)."""
    parts = []
    for block in blocks:
        if block.kind in ("p", "h2", "h3", "quote"):
            parts.append(plain(block.text))
        elif block.kind in ("ul", "ol"):
            parts.extend(plain(item) for item in block.items)
        elif block.kind == "refs":
            parts.append(block.text)
            parts.extend(plain(item) for item in block.items)
        elif block.kind == "source":
            parts.append(f"Source: {block.text}")
    return "\n".join(p for p in parts if p)


def citations_of(blocks) -> list[str]:
    """Reference URLs: every link of a references list and every "Source:" line."""
    urls = []
    for block in blocks:
        if block.kind == "refs":
            urls.extend(href for item in block.items for href in links_of(item))
        elif block.kind == "source":
            urls.append(block.text)
    return urls


def videos_of(blocks) -> list[str]:
    return [b.text for b in blocks if b.kind == "video"]


# -- the pool -------------------------------------------------------------------------------------

def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _demo_blocks(markup: str) -> tuple[Block, ...]:
    """The demo's article markup as blocks; raw HTML blocks (forms, hostile widgets) are left out."""
    blocks: list[Block] = []
    for chunk in (c.strip() for c in re.split(r"\n\s*\n", markup.strip())):
        lines = chunk.splitlines()
        figure = _FIGURE.match(chunk)
        if not chunk or chunk.startswith("<"):
            continue
        if chunk.startswith("### "):
            blocks.append(Block("h3", chunk[4:]))
        elif chunk.startswith("## "):
            blocks.append(Block("h2", chunk[3:]))
        elif figure:
            blocks.append(Block("figure", figure.group(2), (figure.group(1),)))
        elif all(line.startswith("- ") for line in lines):
            items = tuple(line[2:] for line in lines)
            if blocks and blocks[-1].kind == "h2" and blocks[-1].text in _REFS_HEADINGS:
                blocks[-1] = Block("refs", blocks[-1].text, items)
            else:
                blocks.append(Block("ul", items=items))
        elif all(re.match(r"\d+\.\s", line) for line in lines):
            blocks.append(Block("ol", items=tuple(re.sub(r"^\d+\.\s+", "", line) for line in lines)))
        elif chunk.startswith("> "):
            blocks.append(Block("quote", " ".join(line[2:] for line in lines)))
        else:
            blocks.append(Block("p", " ".join(lines)))
    return tuple(blocks)


@lru_cache(maxsize=1)
def story_pool() -> tuple[Story, ...]:
    """Every story a family can publish: the demo's English articles, then video, short and
    foreign-language posts."""
    content = load_content()
    categories = content.site["categories"]
    stories = [Story(a.slug, a.title, "en", "article", categories[a.category]["name"], tuple(a.tags),
                     _demo_blocks(a.markup))
               for a in sorted(content.articles.values(), key=lambda a: a.slug)]
    for post in texts.VIDEO_POSTS:
        blocks = (Block("p", post["paragraphs"][0]), Block("video", post["video"]),
                  *(Block("p", p) for p in post["paragraphs"][1:]))
        stories.append(Story(slugify(post["title"]), post["title"], "en", "video", post["category"],
                             tuple(post["tags"]), blocks))
    for post in texts.SHORT_POSTS:
        blocks = tuple(Block("p", p) for p in post["paragraphs"])
        if post.get("source"):
            blocks += (Block("source", post["source"]),)
        stories.append(Story(slugify(post["title"]), post["title"], "en", "short", post["category"],
                             tuple(post["tags"]), blocks))
    for post in texts.FOREIGN_POSTS:
        key = f"{post['lang']}-{len([s for s in stories if s.language == post['lang']]) + 1}"
        stories.append(Story(key, post["title"], post["lang"], "article", post["category"], tuple(post["tags"]),
                             tuple(Block("p", p) for p in post["paragraphs"])))
    return tuple(stories)


def person(entry: tuple) -> Person:
    name, honorific, credentials = entry
    return Person(name, honorific, tuple(credentials))


@dataclass(frozen=True)
class Plan:
    """How a family picks and dresses its entries."""
    seed: str
    count: int                          # entries wanted (all video and short posts come first)
    languages: tuple[str, ...] = ("en", "pt", "es", "fr", "de", "ru")
    authors: int = 4                    # people drawn from texts.PEOPLE
    co_authors: float = 0.0             # chance of a second (and, half as often, a third) author
    reviewed: float = 0.0               # chance of a reviewer from texts.REVIEWERS
    inline_bylines: float = 0.0         # chance the byline sits in the body
    tz_hours: int = 0
    related: tuple[int, ...] = (1, 2, 3, 3, 4)   # sizes of the article's own related block (0: none)
    tags_are_categories: bool = False   # the CMS has one taxonomy (tags only)
    slug_style: str = "slug"            # slug or id


def plan_entries(plan: Plan) -> list[Entry]:
    """A deterministic list of entries, oldest first; ``post_id`` is stable per entry."""
    rng = random.Random(plan.seed)
    pool = [s for s in story_pool() if s.language in plan.languages]
    special = [s for s in pool if s.kind != "article" or s.language != "en"]
    english = [s for s in pool if s.kind == "article" and s.language == "en"]
    chosen = special + rng.sample(english, max(0, min(len(english), plan.count - len(special))))
    rng.shuffle(chosen)
    people = [person(p) for p in rng.sample(texts.PEOPLE, plan.authors)]
    reviewers = [person(p) for p in texts.REVIEWERS]
    start = datetime(2021, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=plan.tz_hours)))
    entries = []
    for i, story in enumerate(chosen):
        authors = [rng.choice(people)]
        if rng.random() < plan.co_authors:
            authors += rng.sample([p for p in people if p not in authors], 2 if rng.random() < 0.3 else 1)
        when = start + timedelta(days=i * 31 + rng.randint(0, 20), hours=rng.randint(0, 13),
                                 minutes=rng.choice((0, 15, 30, 45)))
        categories = () if plan.tags_are_categories else (story.category,)
        tags = (story.category, *story.tags) if plan.tags_are_categories else story.tags
        entries.append(Entry(
            index=i, story=story, slug=story.key if story.language == "en" else slugify(_ascii(story.title)),
            authors=tuple(authors), published=when, categories=categories, tags=tuple(dict.fromkeys(tags)),
            reviewer=rng.choice(reviewers) if rng.random() < plan.reviewed else None,
            inline_byline=rng.random() < plan.inline_bylines, post_id=101 + i * 7 + rng.randint(0, 5)))
    for entry in entries:
        size = rng.choice(plan.related)
        others = [e.index for e in entries if e.index != entry.index]
        entry.related = rng.sample(others, size)
    return entries


_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
                           "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
                           "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
                           "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
                           "я": "ya"})


def _ascii(title: str) -> str:
    """A title as a WordPress-style slug source: transliterated and stripped of accents."""
    import unicodedata
    text = title.lower().translate(_TRANSLIT)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
