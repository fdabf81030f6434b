"""What the spider hands to the pipeline: one fetched page and, when it is one, its article
(``archive.db.store.PageItem``: the archive writes it, whichever process holds the archive)."""
from archive.db.store import PageItem

__all__ = ["PageItem"]
