"""What the archive's Datasette modules share: where the plugin's files are, which attached
databases are archives, and the limits of its pages."""
from __future__ import annotations

import weakref
from pathlib import Path

import datasette

from archive.web.article_page import article_path

PLUGIN = "health-archive"
HERE = Path(__file__).parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
HOME_PATH = "/-/archive"
#: Tables the m004 migration adds (archive.db.schema.refresh_browse_tables), kept by triggers.
BROWSE_TABLES = {"site_stats", "article_tags", "article_authors", "facet_counts"}
EXCERPT_CHARS = 160
#: Processes that build article pages (archive.web.article_page: sanitizing, diffs), started by a fork
#: server (archive.workers). A thread was not enough: a page thread holding the GIL made every
#: I/O call of the event loop wait up to the 5 ms switch interval for it, and a small request,
#: made of dozens of such calls, waited 300-500 ms while a 0.5 s page was built.
PAGE_PROCESSES = 2
#: Seconds one page may take to build; past it the page answers 503 and its process is replaced.
PAGE_TIMEOUT = 60.0
RECENT_CHANGES_ON_HOME = 20
#: Links of an article the reading page checks for archived targets.
MAX_LINKS = 2000
#: Datasette's templates: their inline scripts are the only ones pages may run (allowed by hash).
DATASETTE_TEMPLATES = Path(datasette.__file__).parent / "templates"

#: (table, column) -> the column holding the id of the article that title names; table None
#: covers canned and arbitrary queries, which follow the naming convention of archive.db.queries.
TITLE_LINKS = {
    ("articles", "title"): "id",
    ("articles_full", "title"): "id",
    ("article_versions", "title"): "article_id",
    ("recent_changes", "title"): "article_id",
    ("related_links", "title"): "target_id",
    ("article_graph", "source_title"): "source_id",
    ("article_graph", "target_title"): "target_id",
    (None, "title"): "article_id",
    (None, "source_title"): "source_id",
    (None, "target_title"): "target_id",
}

#: Archive database names per running Datasette, found once at startup (hooks get no db list).
_archives: "weakref.WeakKeyDictionary[object, tuple[str, ...]]" = weakref.WeakKeyDictionary()


def archive_names(datasette) -> tuple[str, ...]:
    return _archives.get(datasette, ())


def article_url(datasette, database: str, article_id: int) -> str:
    return article_path(datasette.urls.table(database, "articles"), article_id)
