"""What the spider hands to the pipeline: one fetched page and, when it is one, its article."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

from archive.extract.record import Article
from archive.store import FetchedPage, save_visit


@dataclass
class PageItem:
    page: FetchedPage
    kind: str = "html"                 # article, listing, other, sitemap, feed, not_modified, skipped, gone, error, requisite
    article: Optional[Article] = None  # set when the page is an article
    error: str = ""                    # why the page could not be archived
    links: Optional[dict] = None       # links by role, remembered for a later 304
    requisite: Optional[dict] = None   # kind "requisite": archive.requisites.Requisite.to_dict()

    def save(self, archive, crawl_id: int, worker: str = "") -> str:
        """Write the visit into the archive (archive.store.save_visit), whichever process holds the
        archive: the local pipeline, or a distributed crawl's writer. Returns its outcome."""
        outcome, _ = save_visit(archive, crawl_id, self.page, kind=self.kind, key=self.page.url, article=self.article,
                                error=self.error, links=self.links, worker=worker, requisite=self.requisite)
        return outcome

    def to_dict(self) -> dict:
        """The item as plain data, the page's raw body with it: what a distributed worker sends its writer."""
        article = self.article.to_dict(with_sample=True) if self.article is not None else None
        return {"page": dataclasses.asdict(self.page), "kind": self.kind, "article": article, "error": self.error,
                "links": self.links, "requisite": self.requisite}

    @classmethod
    def from_dict(cls, data: dict) -> "PageItem":
        article = Article.from_dict(data["article"]) if data.get("article") else None
        return cls(page=FetchedPage(**data["page"]), kind=data["kind"], article=article,
                   error=data.get("error") or "", links=data.get("links"), requisite=data.get("requisite"))
