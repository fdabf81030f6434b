"""Extraction: pure functions from (html, url) to a typed Article record."""
from archive.extract.record import Article, Citation, Heading, Image, Link, Related

__all__ = ["Article", "Citation", "Heading", "Image", "Link", "Related", "extract_article"]


def extract_article(html: str, url: str, template=None, learn: bool = False):
    """Extract one page; see archive.extract.core.extract_article."""
    from archive.extract.core import extract_article as _extract

    return _extract(html, url, template, learn)
