"""The places where the archive relies on what a library does not promise: internals of
BeautifulSoup's tree builder, and Datasette's ``Database.execute`` replaced on an instance.

Each wrapper says which version it was checked against and what it relies on;
tests/test_compat.py fails when a release changes that, and pyproject.toml bounds the library
below its next major. Scrapy's and Twisted's are in ``scraper.compat`` (``archive`` never
imports ``scraper``).
"""
from __future__ import annotations

import functools
import threading
from typing import Callable

from bs4 import BeautifulSoup
from bs4.builder import LXMLTreeBuilder, ParserRejectedMarkup
from lxml import etree


# -- BeautifulSoup: a faster lxml tree builder -------------------------------------------------


class HTMLBuilder(LXMLTreeBuilder):
    """BeautifulSoup's lxml HTML builder ("lxml"), building the same tree for less: its start and
    end handlers skip the XML namespace bookkeeping, which never applies to what lxml's HTML parser
    reports (no namespaces, no "{uri}" names); anything namespaced still goes the original way.

    Checked against beautifulsoup4 4.15.0. Relies on LXMLTreeBuilder's undocumented internals:
    ``start(tag, attrib, nsmap)``, ``end(tag)``, ``data(data)`` and ``feed(markup)`` as the lxml
    target, ``nsmaps``, ``active_namespace_prefixes``, ``attribute_dict_class``, ``parser_for()``,
    ``parser``; and on the BeautifulSoup object's ``current_data``, ``currentTag``, ``tagStack``,
    ``endData()``, ``popTag()``, ``handle_starttag(name, namespace, nsprefix, attrs, namespaces=)``,
    ``handle_endtag(name, nsprefix)`` and ``original_encoding``."""

    def start(self, tag, attrib, nsmap={}):  # noqa: B006 (the signature lxml's target API inspects)
        if nsmap or len(self.nsmaps) > 1 or tag[:1] == "{":
            return super().start(tag, attrib, nsmap)
        attributes = self.attribute_dict_class()
        for key, value in attrib.items():
            if key[:1] == "{":
                return super().start(tag, attrib, nsmap)
            attributes[key] = value
        self.soup.handle_starttag(tag, None, None, attributes,
                                  namespaces=self.active_namespace_prefixes[-1])

    def end(self, tag):
        if len(self.nsmaps) > 1 or tag[:1] == "{":
            return super().end(tag)
        soup = self.soup
        if soup.current_data:       # (endData does nothing without pending text)
            soup.endData()
        top = soup.currentTag
        # lxml reports properly nested events: the tag ending is the innermost open one, which is
        # what handle_endtag's _popToTag would pop (it searches the stack for it)
        if top.name == tag and top.prefix is None and len(soup.tagStack) > 1:
            soup.popTag()
        else:
            soup.handle_endtag(tag, None)

    def data(self, data):
        self.soup.current_data.append(data)     # soup.handle_data, one call less per text

    def feed(self, markup):
        """LXMLTreeBuilder.feed with one lxml parser kept for this builder: a new parser inspects
        the target's start() signature (inspect.getfullargspec) on its first feed, every page."""
        parser = self.__dict__.get("_parser")
        if parser is None or self.soup.original_encoding is not None:
            return super().feed(markup)
        self.parser = parser
        try:
            parser.feed(markup)
            parser.close()
        except (UnicodeDecodeError, LookupError, etree.ParserError) as e:
            self._parser = None
            raise ParserRejectedMarkup(e)
        except BaseException:
            self._parser = None     # a parser stopped halfway is not reused
            raise


_LOCAL = threading.local()


def _builder() -> HTMLBuilder:
    """This thread's HTMLBuilder, its lxml parser made once (the crawler extracts in threads)."""
    builder = getattr(_LOCAL, "builder", None)
    if builder is None:
        builder = _LOCAL.builder = HTMLBuilder()
    if builder.__dict__.get("_parser") is None:     # new, or its parser dropped after an error
        builder._parser = builder.parser_for(None)
    return builder


def html_soup(markup: str) -> BeautifulSoup:
    """``BeautifulSoup(markup, "lxml")``, the same tree built faster by this thread's HTMLBuilder."""
    return BeautifulSoup(markup, builder=_builder())


# -- Datasette: every query of a database through a rewrite ------------------------------------


def rewrite_database_queries(db, rewrite: Callable[[str], str]) -> None:
    """Make every query run on Datasette database ``db`` go through ``rewrite(sql)`` first.

    Checked against datasette 0.65.5. Relies on what Datasette does not document: its table,
    row and query pages and ``Datasette.execute`` all run their SQL through ``db.execute(sql,
    params=None, truncate=False, custom_time_limit=None, page_size=None, log_sql_errors=True)``,
    looked up on the instance, so a function set on the instance replaces it."""
    execute = type(db).execute

    @functools.wraps(execute)
    async def rewritten(sql, *args, **kwargs):
        return await execute(db, rewrite(sql), *args, **kwargs)

    db.execute = rewritten
