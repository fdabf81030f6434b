"""The liferay held-out family's Read Also: a page's links must not depend on the address it was
fetched at.

A portal's links back to "where you came from" (Liferay's Asset Publisher writes
``redirect=currentURL`` into every "Related Assets" link, a login link its ``next=``) carry the page's
current address. Fetched at a portlet URL, the same article's related links nested that URL, a crawler
trap never fetched, so which Read Also items the archive could resolve to archived articles depended on
the address the crawl last reached the article by. A parameter naming the page's own address now names
it by the page's canonical address: the links read as they do on the canonical page.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from archive.extract import links
from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

HOST = "http://127.0.0.1:8000"
AP = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc123_"


def portlet_url(entry: int, title: str, redirect: str) -> str:
    return (f"/web/health/news?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc123"
            f"&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&{AP}mvcPath=%2Fview_content.jsp"
            f"&{AP}redirect={quote(redirect, safe='')}&{AP}assetEntryId={entry}&{AP}type=content&{AP}urlTitle={title}")


def page(current: str) -> str:
    """A display page's markup (asset_links/page.jsp) as served at `current` (path and query)."""
    items = "".join(
        f'<li class="asset-links-list-item"><a class="lfr-icon-item taglib-icon" href="{HOST}{portlet_url(n, slug, current).replace("&", "&amp;")}">'
        f'<span class="taglib-text">{title}</span></a></li>'
        for n, slug, title in ((4627, "strength-training-after-40", "Strength Training After 40"),
                               (4774, "checking-your-feet", "Checking Your Feet When You Have Diabetes")))
    return f"""<!DOCTYPE html><html lang="en-US"><head><title>Hydration Myths - News - County Health</title>
<link rel="canonical" href="{HOST}/web/health/-/hydration-myths"></head><body>
<header id="banner"><a href="/">County Health</a></header><section id="content">
<h2 class="sr-only">News</h2><section class="portlet"><div class="portlet-content">
<div class="taglib-header"><h3 class="header-title"><span>Hydration Myths</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content">
<div class="journal-content-article">
<p>Eight glasses a day is a rule of thumb, not a law of physiology: most healthy adults get enough water from what they drink and eat over a day, and thirst is a reliable guide for them.</p>
<p>Older adults, people who exercise in the heat and those taking some medicines need to drink before they feel thirsty, and the colour of urine is a simple check on how well they are doing.</p>
<p>Coffee and tea count towards the day's fluids; the mild diuretic effect of caffeine does not outweigh the water they bring, even for people who drink several cups.</p>
</div></div></div></div></section>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_INSTANCE_rel456">
<div class="portlet-content"><div class="portlet-header"><h2 class="portlet-title-text">Related Assets</h2></div>
<div class="portlet-body"><div class="taglib-asset-links"><h2 class="asset-links-title">Related Assets:</h2>
<ul class="asset-links-list">{items}</ul></div></div></div></section></section>
<footer id="footer">Powered By Liferay</footer></body></html>"""


def redirects(article) -> list[str]:
    return [dict(parse_qsl(urlsplit(r.url).query))[AP + "redirect"] for r in article.related]


def test_related_links_read_the_same_from_every_address_of_the_page():
    canonical = "/web/health/-/hydration-myths"
    reached = portlet_url(4521, "hydration-myths", "/web/health/-/blood-sugar-and-exercise")
    at_home = extract_article(page(canonical), HOST + canonical)
    by_portlet = extract_article(page(reached), HOST + reached)
    assert redirects(at_home) == [canonical, canonical]
    assert [r.url for r in by_portlet.related] == [r.url for r in at_home.related]


def test_only_a_parameter_naming_the_page_itself_is_rewritten():
    here, home = HOST + "/news?id=7&back=%2Fa", HOST + "/news/seven"
    assert links.as_from_canonical(HOST + "/x?next=%2Fnews%3Fid%3D7%26back%3D%252Fa", here, home) == \
        HOST + "/x?next=%2Fnews%2Fseven"
    assert links.as_from_canonical(HOST + "/x?url=" + quote(here, safe=""), here, home) == \
        HOST + "/x?url=" + quote(home, safe="")
    # another page's address, no canonical, a canonical on another host: as written
    assert links.as_from_canonical(HOST + "/x?next=%2Fother", here, home) == HOST + "/x?next=%2Fother"
    assert links.as_from_canonical(HOST + "/x?next=%2Fnews", here, "") == HOST + "/x?next=%2Fnews"
    assert links.as_from_canonical(HOST + "/x?next=%2Fnews%3Fid%3D7%26back%3D%252Fa", here,
                                   "https://other.org/seven") == HOST + "/x?next=%2Fnews%3Fid%3D7%26back%3D%252Fa"
