"""A bundled, offline demo health blog ("Meadowbrook Health Journal") to crawl end to end; see quirks.py for its traps."""
from .content import load_content
from .quirks import (AWKWARD_PAGES, DEAD_READ_ALSO_PATH, LEGACY_PATH, V2_ADDED_SLUGS, V2_CHANGED_SLUGS,
                     V2_GONE_SLUGS, V2_MISSING_SLUGS)
from .site import build_site


def __getattr__(name: str):
    # Imported lazily so ``python -m archive.demo.server`` does not find its module already loaded.
    if name in ("DemoServer", "start_demo_server"):
        from . import server
        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _named_article(slug: str) -> dict:
    content = load_content()
    article = content.articles[slug]
    return {
        "slug": slug,
        "title": article.title,
        "authors": [content.site["authors"][a]["name"] for a in article.authors],
        "published": article.published.date().isoformat(),
        "related_slugs": [ref.slug for ref in article.read_also],
    }


ARTICLE_SLUGS = tuple(a.slug for a in load_content().articles_for(1))   # version 1, newest first
ARTICLE_PATHS = {a.slug: a.path for a in load_content().articles_for(1)}
# Distinct real articles a robots-obeying crawler reaches from "/" (every article is on the home pages).
EXPECTED_ARTICLE_COUNT = 28
EXPECTED_ARTICLE_COUNT_V2 = EXPECTED_ARTICLE_COUNT - len(V2_GONE_SLUGS + V2_MISSING_SLUGS) + len(V2_ADDED_SLUGS)
# A plain, fully tagged article whose Read Also items all resolve: the one to name in end-to-end tests.
NAMED_ARTICLE = _named_article("why-consistent-sleep-schedule-matters")
MISSING_SLUG = DEAD_READ_ALSO_PATH.strip("/")   # a Read Also target that never existed (404 in every version)

__all__ = [
    "ARTICLE_PATHS", "ARTICLE_SLUGS", "AWKWARD_PAGES", "DemoServer", "EXPECTED_ARTICLE_COUNT",
    "EXPECTED_ARTICLE_COUNT_V2", "LEGACY_PATH", "MISSING_SLUG", "NAMED_ARTICLE", "V2_ADDED_SLUGS",
    "V2_CHANGED_SLUGS", "V2_GONE_SLUGS", "V2_MISSING_SLUGS", "build_site", "start_demo_server",
]
