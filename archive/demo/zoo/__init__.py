"""The template zoo: small sites in unlike real-world templates, served on loopback, each with its
truth (what every URL is, and what every article says), for measuring extraction and crawling on
material shaped like the web rather than like our own demo.

Eight families were used while the extraction was tuned; ``HELD_OUT`` names the families built
after that work, measured apart (``python -m bench.sites --held-out``) and never tuned on.

    python -m archive.demo.zoo --family wp-classic --port 0     # prints "serving http://127.0.0.1:PORT"

``truth(family)`` gives the truth as JSON-ready data (paths, not URLs: the port changes);
``start_zoo_server(family)`` serves one family in a background thread.
"""
from __future__ import annotations

from functools import lru_cache

from .server import ZooServer, start_zoo_server
from .site import ZooSite, video_id


def _families() -> dict[str, type[ZooSite]]:
    from .aem import Aem
    from .agency import Agency
    from .amp import Amp
    from .arabic import Arabic
    from .arcxp import ArcXp
    from .astra import Astra
    from .avada import Avada
    from .bitrix import Bitrix
    from .bookshelf import Bookshelf
    from .blogger import Blogger
    from .clinic import Clinic
    from .cocoon import Cocoon
    from .contao import Contao
    from .craft import Craft
    from .discourse import Discourse
    from .divi import Divi
    from .dotdash import Dotdash
    from .drupal import Drupal
    from .duda import Duda
    from .drupal7 import Drupal7
    from .elementor import Elementor
    from .gatsby import Gatsby
    from .generatepress import GeneratePress
    from .genesis import Genesis
    from .ghost import Ghost
    from .ghostsource import GhostSource
    from .godaddy import GoDaddy
    from .hatena import Hatena
    from .healthlibrary import HealthLibrary
    from .hugo import Hugo
    from .hubspot import HubSpot
    from .infinite import Infinite
    from .jannah import Jannah
    from .jekyll import Jekyll
    from .joomla import Joomla
    from .legacy import Legacy
    from .liferay import Liferay
    from .medical import Medical
    from .medium import Medium
    from .newspaper import Newspaper
    from .newspack import Newspack
    from .ojs import Ojs
    from .optimizely import Optimizely
    from .newsroom import Newsroom
    from .nextapp import NextApp
    from .nextjs import NextJs
    from .nhs import Nhs
    from .nuxt import Nuxt
    from .paper import Paper
    from .paywall import Paywall
    from .plone import Plone
    from .polyglot import Polyglot
    from .recipes import Recipes
    from .sharepoint import SharePoint
    from .shopify import Shopify
    from .sitecore import Sitecore
    from .squarespace import Squarespace
    from .squiz import Squiz
    from .static import Static
    from .substack import Substack
    from .tilda import Tilda
    from .typo3 import Typo3
    from .umbraco import Umbraco
    from .wagtail import Wagtail
    from .wp_block import WpBlock
    from .webflow import Webflow
    from .weebly import Weebly
    from .wix import Wix
    from .wp_classic import WpClassic
    return {cls.family: cls for cls in (WpClassic, WpBlock, Ghost, Drupal, Static, Medical, NextJs, Legacy,
                                         Joomla, Blogger, Squarespace, Newsroom, Elementor, Substack, Nhs, Astra,
                                         Wix, Clinic, HubSpot, Paper, Dotdash, Webflow, Medium, Agency, Divi,
                                         Shopify, Polyglot, Jannah, Newspaper, Recipes, GhostSource, Newspack,
                                         Wagtail, GoDaddy, Infinite, Genesis, Amp, Typo3, Weebly, Avada, Arabic,
                                         Drupal7, Aem, Ojs, NextApp, Nuxt, GeneratePress, Liferay, HealthLibrary,
                                         Cocoon, Gatsby, Bitrix, Umbraco, Plone, Discourse, SharePoint, Hugo, Paywall, Bookshelf, Sitecore, Tilda, Duda, Jekyll, ArcXp, Hatena, Optimizely, Contao, Squiz, Craft)}


FAMILIES: dict[str, type[ZooSite]] = _families()
HELD_OUT: frozenset[str] = frozenset({"joomla", "blogger", "squarespace", "newsroom", "elementor", "substack", "nhs",
                                      "astra", "wix", "clinic", "hubspot", "paper", "dotdash", "webflow",
                                      "medium", "agency", "divi", "shopify", "polyglot", "jannah", "newspaper", "recipes", "ghostsource",
                                      "newspack", "wagtail", "godaddy", "infinite", "genesis", "amp", "typo3", "weebly", "avada", "arabic",
                                      "drupal7", "aem", "ojs", "nextapp", "nuxt", "generatepress", "liferay", "healthlibrary",
                                      "cocoon", "gatsby", "bitrix", "umbraco", "plone", "discourse", "sharepoint", "hugo", "paywall", "bookshelf", "sitecore", "tilda", "duda", "jekyll", "arcxp", "hatena", "optimizely", "contao", "squiz", "craft"})
TUNED: tuple[str, ...] = tuple(f for f in FAMILIES if f not in HELD_OUT)


def build(family: str, base_url: str = "http://127.0.0.1:8000") -> ZooSite:
    """The site of ``family`` with links under ``base_url``."""
    if family not in FAMILIES:
        raise KeyError(f"unknown zoo family {family!r}; choose from {', '.join(FAMILIES)}")
    return FAMILIES[family](base_url)


@lru_cache(maxsize=None)
def truth(family: str) -> dict:
    """The truth of ``family``: ``pages`` (path -> article/listing/page/other), ``traps`` (regexes
    over path?query of endless pages), ``articles`` (path -> title, authors, credentials, reviewer,
    published, tags, categories, related, body, embeds, language, citations, kind)."""
    return build(family).truth()


__all__ = ["FAMILIES", "HELD_OUT", "TUNED", "ZooServer", "ZooSite", "build", "start_zoo_server", "truth", "video_id"]
