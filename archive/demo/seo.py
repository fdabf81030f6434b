"""Head metadata as an SEO plugin (Yoast-like) writes it: the JSON-LD ``@graph`` and OpenGraph/Twitter tags."""
from __future__ import annotations

import json
from html import escape

from .content import DemoArticle


def _iso(moment) -> str:
    return moment.isoformat()


def _organization(base: str, site: dict) -> dict:
    return {
        "@type": "Organization", "@id": f"{base}/#organization", "name": site["name"], "url": f"{base}/",
        "logo": {"@type": "ImageObject", "@id": f"{base}/#/schema/logo/image/",
                 "url": f"{base}/wp-content/uploads/logo.svg", "width": 48, "height": 48,
                 "caption": site["name"]},
        "sameAs": site["social"],
    }


def _website(base: str, site: dict) -> dict:
    return {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": site["name"],
            "description": site["tagline"], "publisher": {"@id": f"{base}/#organization"},
            "inLanguage": "en-US"}


def _script(graph: list[dict]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + data.replace("</", "<\\/") + "</script>")


def article_jsonld(base: str, site: dict, article: DemoArticle, word_count: int) -> str:
    url = base + article.path
    authors = site["authors"]
    category = site["categories"][article.category]["name"]
    modified = _iso(article.last_modified)
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": [{"name": authors[a]["name"], "@id": f"{base}/#/schema/person/{a}"} for a in article.authors],
         "headline": article.title, "datePublished": _iso(article.published), "dateModified": modified,
         "mainEntityOfPage": {"@id": url}, "wordCount": word_count,
         "publisher": {"@id": f"{base}/#organization"}, "image": {"@id": f"{url}#primaryimage"},
         "thumbnailUrl": base + article.rendered.images[0][0], "keywords": list(article.tags),
         "articleSection": [category], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.title} | {site['name']}",
         "isPartOf": {"@id": f"{base}/#website"}, "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
         "datePublished": _iso(article.published), "dateModified": modified,
         "description": article.description, "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "en-US", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "@id": f"{url}#primaryimage", "url": base + article.rendered.images[0][0],
         "contentUrl": base + article.rendered.images[0][0], "width": 800, "height": 450,
         "caption": article.rendered.images[0][2]},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": category, "item": f"{base}/category/{article.category}/"},
            {"@type": "ListItem", "position": 3, "name": article.title}]},
        _website(base, site),
        _organization(base, site),
    ]
    if article.reviewed_by:
        graph[1]["reviewedBy"] = {"@type": "Person", "name": _person_name(site, article.reviewed_by)}
        graph[1]["lastReviewed"] = article.reviewed_on.date().isoformat()
    graph += [{"@type": "Person", "@id": f"{base}/#/schema/person/{a}", "name": authors[a]["name"],
               "description": authors[a]["bio"], "jobTitle": authors[a]["job"],
               "url": f"{base}/author/{a}/"} for a in article.authors]
    return _script(graph)


def page_jsonld(base: str, site: dict, url: str, name: str, kind: str = "WebPage") -> str:
    """The graph of a non-article page: ``kind`` is WebPage (static pages) or CollectionPage (archives)."""
    return _script([
        {"@type": kind, "@id": url, "url": url, "name": name,
         "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "en-US"},
        _website(base, site),
        _organization(base, site),
    ])


def page_meta_tags(site: dict, url: str, title: str) -> str:
    tags = [("og:locale", "en_US"), ("og:type", "website"), ("og:title", title), ("og:url", url),
            ("og:site_name", site["name"])]
    return "\n".join(f'<meta property="{key}" content="{escape(value)}">' for key, value in tags)


def _person_name(site: dict, who: str) -> str:
    return site["authors"][who]["name"] if who in site["authors"] else who


def article_meta_tags(base: str, site: dict, article: DemoArticle, minutes: int) -> str:
    url = base + article.path
    src, alt, _ = article.rendered.images[0]
    tags = [
        ("property", "og:locale", "en_US"), ("property", "og:type", "article"),
        ("property", "og:title", article.title), ("property", "og:description", article.description),
        ("property", "og:url", url), ("property", "og:site_name", site["name"]),
        ("property", "article:publisher", site["social"][0]),
        ("property", "article:published_time", _iso(article.published)),
    ]
    if article.modified:
        tags.append(("property", "article:modified_time", _iso(article.modified)))
    tags += [
        ("property", "og:image", base + src), ("property", "og:image:width", "800"),
        ("property", "og:image:height", "450"), ("property", "og:image:type", "image/png"),
        ("property", "og:image:alt", alt),
        ("name", "author", ", ".join(site["authors"][a]["name"] for a in article.authors)),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:label1", "Written by"),
        ("name", "twitter:data1", site["authors"][article.authors[0]]["name"]),
        ("name", "twitter:label2", "Est. reading time"), ("name", "twitter:data2", f"{minutes} minutes"),
    ]
    return "\n".join(f'<meta {kind}="{key}" content="{escape(value)}">' for kind, key, value in tags)
