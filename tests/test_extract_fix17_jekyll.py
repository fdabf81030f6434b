"""The jekyll held-out family's non-articles: a page rendered with the post layout is no post.

Jekyll publishes any Markdown file outside ``_posts`` as a page; one given ``layout: post`` (a
draft committed to a ``drafts/`` folder instead of ``_drafts``) is wrapped in minima's
``<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">`` like every post,
with an empty ``time.dt-published``. The markup is the layout's; the page's own data is
jekyll-seo-tag's, which writes a BlogPosting and og:type article only for a page with a date, and
``WebPage`` / og:type website otherwise. Markup saying article, the page's JSON-LD saying a plain
WebPage and its og:type website, and no date anywhere: a page, not an article. og:type website alone
(often site-wide, on dated and undated stories alike) does not outweigh the article markup.
"""
from __future__ import annotations

import json

import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

URL = "https://lab.example.edu/drafts/urban-heat.html"
TEXT = ["TODO: intro paragraph. Heat waves are getting longer in most of the cities we study, and emergency "
        "departments feel it first.",
        "Notes for the methods section: case-crossover design, lag 0 to 3 days, check the humidity model again "
        "before we share anything."]


def minima_page(*, ld_type: str | None, og_type: str, date: str = "") -> str:
    ld = "" if ld_type is None else (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@type": ld_type, "headline": "Urban heat (draft)", "url": URL,
                      **({"datePublished": date} if date else {})})
        + "</script>")
    shown = "Mar 12, 2024" if date else ""
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><!-- Begin Jekyll SEO tag v2.8.0 -->'
            '<title>Urban heat (draft) | Healthy Cities Lab</title><meta name="generator" content="Jekyll v3.10.0" />'
            f'<meta property="og:title" content="Urban heat (draft)" /><meta property="og:type" content="{og_type}" />'
            f'<link rel="canonical" href="{URL}" />{ld}<!-- End Jekyll SEO tag --></head>'
            '<body><header class="site-header" role="banner"><a class="site-title" href="/">Healthy Cities Lab</a>'
            '<nav class="site-nav"><a class="page-link" href="/about/">About</a></nav></header>'
            '<main class="page-content" aria-label="Content"><div class="wrapper">'
            '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
            '<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Urban heat (draft)</h1>'
            f'<p class="post-meta"><time class="dt-published" datetime="{date}" itemprop="datePublished">{shown}</time>'
            ' • <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<span class="p-author h-card" itemprop="name">Irina Volkova</span></span></p></header>'
            '<div class="post-content e-content" itemprop="articleBody">'
            + "".join(f"<p>{p}</p>" for p in TEXT)
            + f'</div><a class="u-url" href="{URL}" hidden></a></article></div></main>'
            '<footer class="site-footer h-card"><h2 class="footer-heading">Healthy Cities Lab</h2></footer></body></html>')


def test_an_undated_page_in_the_post_layout_declared_a_webpage_is_no_article():
    article = extract_article(minima_page(ld_type="WebPage", og_type="website"), URL)
    assert article.page_type == "page"
    assert not article.is_article


def test_the_same_layout_dated_and_declared_a_blogposting_is_an_article():
    html = minima_page(ld_type="BlogPosting", og_type="article", date="2024-03-12T09:30:00-05:00")
    assert extract_article(html, URL.replace("/drafts/", "/nutrition/2024/03/12/")).is_article


def test_og_website_alone_does_not_outweigh_the_post_markup():
    # no JSON-LD: og:type website is often the whole site's, an undated story's too
    assert extract_article(minima_page(ld_type=None, og_type="website"), URL).is_article
