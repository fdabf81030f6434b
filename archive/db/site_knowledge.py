"""What the archive knows of each site's template: the site learners of archive.extract.site,
kept in ``site_profiles`` and ``site_blocks`` so later crawls and reparse start from them.

The crawl's writer owns one SiteKnowledge: each archived article adds its page sample, the
templates the spider extracts with are refreshed as the counts grow, and the counts are written
with each of the writer's commits. Every version records how many pages of its site were known
when it was extracted (``article_versions.template_pages``); those extracted before the site had a
template are extracted again with it when a crawl ends (Archive.settle_sites), as the same version:
the page did not change, only what is known about its site.
"""
from __future__ import annotations

import json
import logging
import sqlite_utils

from archive.extract.site import MIN_PAGES, PageSample, SiteLearner, SiteTemplate

logger = logging.getLogger(__name__)

REFRESH_EVERY = 10      # samples between two recomputations of a site's template past MIN_PAGES
FORGET_RARE_AFTER = 500  # a block seen on two pages, not again in this many, is dropped from the table
#: Pages of a site whose samples are kept until it is settled: a larger site is settled from its
#: running template (its first SAMPLE_LIMIT pages' samples are then dropped unused).
SAMPLE_LIMIT = 20_000


class SiteKnowledge:
    """Site learners and their templates for one archive connection (one thread)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.learners: dict[str, SiteLearner] = {}
        #: site -> SiteTemplate, read by the spider from the reactor thread (whole values are swapped in)
        self.templates: dict[str, SiteTemplate] = {}
        self.dirty: set = set()     # sites whose counts changed since the last save
        self.settled: dict[str, bool] = {}     # site -> learned from all its pages at once (settle_sites)

    def template(self, site: str) -> SiteTemplate:
        """The site's template as known now (loaded from the archive on first use)."""
        if site not in self.templates:
            self.templates[site] = self.learner(site).template()
        return self.templates[site]

    def learner(self, site: str) -> SiteLearner:
        learner = self.learners.get(site)
        if learner is None:
            learner, self.settled[site] = _load(self.db, site)
            self.learners[site] = learner
        return learner

    def keeps_samples(self, site: str) -> bool:
        """Whether the site's page samples are kept for the crawl's end (site_samples): until the
        site is settled, and for at most SAMPLE_LIMIT of its pages."""
        return not self.settled.get(site) and self.learner(site).pages <= SAMPLE_LIMIT

    def add(self, site: str, sample: PageSample) -> None:
        """Count one archived article's page."""
        learner = self.learner(site)
        learner.add(sample)
        self.dirty.add(site)
        if learner.pages <= 2 * MIN_PAGES or learner.pages % REFRESH_EVERY == 0:
            self.templates[site] = learner.template()

    def save(self) -> None:
        """Write what changed of the sites' counts since the last save, in the caller's transaction
        (the writer calls it before each commit, so a killed crawl keeps what it learned)."""
        for name in sorted(self.dirty):
            learner = self.learners[name]
            rows = learner.take_changes()
            self.db.execute(
                "insert into site_profiles (site, pages, updated, title_affixes) values (?, ?, datetime('now'), ?) "
                "on conflict (site) do update set pages = excluded.pages, updated = excluded.updated, "
                "title_affixes = excluded.title_affixes",
                [name, learner.pages, json.dumps(list(learner.template().title_affixes), ensure_ascii=False)])
            self.db.conn.executemany(
                "insert into site_blocks (site, fingerprint, pages, first_page) values (?, ?, ?, ?) "
                "on conflict (site, fingerprint) do update set pages = excluded.pages",
                [(name, fp, pages, first) for fp, pages, first in rows])
            self.db.execute("delete from site_blocks where site = ? and pages <= 2 and first_page < ?",
                            [name, learner.pages - FORGET_RARE_AFTER])
        self.dirty.clear()

    def replace(self, site: str, learner: SiteLearner) -> SiteTemplate:
        """Put `learner` in place of what was known of `site` (written with the next save, the
        site's old block counts dropped now); returns its template."""
        self.db.execute("delete from site_blocks where site = ?", [site])
        self.learners[site] = learner
        self.templates[site] = template = learner.template()
        self.dirty.add(site)
        return template

    def is_mature(self, site: str) -> bool:
        return self.learner(site).pages >= MIN_PAGES


def _load(db: sqlite_utils.Database, site: str) -> tuple[SiteLearner, bool]:
    row = db.execute("select pages, settled from site_profiles where site = ?", [site]).fetchone()
    learner = SiteLearner(pages=row[0] if row else 0)
    if row:
        learner.blocks = {fp: [pages, first] for fp, pages, first in db.execute(
            "select fingerprint, pages, first_page from site_blocks where site = ?", [site])}
    return learner, bool(row and row[1] is not None)
