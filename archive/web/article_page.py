"""The article page's content from its rows: sanitized body, bounded lists, version diffs.

Pure functions of plain values (rows, URL strings), run by the plugin in a worker process so
the server's event loop (and its GIL) stays free for other requests however heavy the article.
Every list is cut at MAX_LISTED rows and diffs are bounded (archive.web.diffs), so a page costs time
linear in what it shows.
"""
from __future__ import annotations

import gzip
import html
import json
import re
from typing import Optional
from urllib.parse import quote, urlsplit

import lxml.html
from markupsafe import Markup

from archive.web.diffs import MAX_DIFF_WORDS, cut_words, diff_html, version_history
from archive.extract.sanitize import CLEANER
from archive.db.version_fields import ITEM_LISTS, NAME_LISTS, list_changes, read_fields

#: Versions whose diff against the version before them the page shows.
MAX_DIFFS = 10
#: Rows of each list the page shows (images, Read Also, citations, versions): past it the page
#: links the table, so one article's page stays small whatever it holds.
MAX_LISTED = 200
DOI_URL = "https://doi.org/{}"
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{}/"
#: The lists with more rows than a page shows -> the table that holds them all.
LIST_TABLES = {"images": "images", "related": "related_links", "citations": "citations"}
#: The fields of a version a comparison lists items of, with their headings.
LIST_TITLES = {"authors": "Authors", "reviewed_by": "Reviewed by", "tags": "Tags", "categories": "Categories",
               "related": "Read Also", "citations": "Citations", "images": "Images", "links": "Links in the text",
               "embeds": "Embedded media", "people": "People and credentials"}
#: The single values a comparison shows before and after (version row, then snapshot).
VALUE_TITLES = {"title": "Title", "description": "Summary", "published": "Published", "modified": "Updated",
                "reviewed_on": "Reviewed on", "image": "Lead image", "language": "Language"}
#: The largest rowid SQLite holds: a larger number names no article.
MAX_ROWID = 2**63 - 1
#: Addresses in sanitized markup (nh3 writes every attribute value in double quotes).
_ADDRESS_ATTRIBUTE = re.compile(r'\s(?:src|href)="([^"]*)"')


def page_context(rows: dict, urls: dict) -> dict:
    """The template context of an article page.

    ``rows``: the article row and its lists (each up to MAX_LISTED + 1 rows: one more says
    there are more), ``versions`` newest first and ``texts`` {version: body_text} of the newest;
    ``requisites`` {image URL: SHA-256 of its archived copy} and ``link_targets`` {link as the
    body has it: article id} (the links that lead to other archived articles).
    ``urls``: ``articles`` (the articles table), ``row``, ``versions``, ``recommended_by`` (the
    Read Also rows that lead here), ``requisite`` (the archived images' path, a SHA-256 after it)
    and each table of LIST_TABLES, as paths.

    Images are shown from the archive only, never from their origin (a reader's visit is not
    told to the site, and the image is the one archived): one not archived is a link to it.
    """
    body = clean_body(rows["article"]["body_html_gz"])
    shown = shown_urls(body)
    archived = _archived_images(rows, urls)
    body = _reading_body(body, archived, rows, urls)
    versions = [{**version, "body_text": rows["texts"].get(version["version"])} for version in rows["versions"]]
    article_id = rows["article"]["id"]
    return {
        "article": _article_context(rows["article"], body, shown, archived),
        "related": [_related_context(urls["articles"], link) for link in rows["related"][:MAX_LISTED]],
        "recommended_by": [{**source, "href": article_path(urls["articles"], source["source_id"])}
                           for source in rows["recommended_by"][:MAX_LISTED]],
        "recommended_total": rows["recommended_by"][0]["total"] if rows["recommended_by"] else 0,
        "recommended_url": urls["recommended_by"],
        "graph_url": urls["graph"],
        "timeline": timeline(rows.get("fetch_history", [])),
        "citations": [_citation_context(citation) for citation in rows["citations"][:MAX_LISTED]],
        "images": _images(rows["images"], shown, archived),
        "more": {table: f"{urls[table]}?article_id={article_id}"
                 for name, table in LIST_TABLES.items() if len(rows[name]) > MAX_LISTED},
        "versions": version_history(versions, MAX_DIFFS),
        "versions_total": versions[0]["total"] if versions else 0,
        "max_diff_words": MAX_DIFF_WORDS,
        "row_url": urls["row"],
        "versions_url": urls["versions"],
        "page_url": urls["page"],
    }


def version_fields(version: dict, cut: Optional[int] = None) -> dict:
    """A version's snapshot (archive.db.version_fields) read from its row (``fields_gz``), its authors
    from the row if the snapshot has none; with ``cut``, each list of items at most ``cut`` long."""
    fields = read_fields(version.get("fields_gz"))
    if fields["authors"] is None and version.get("authors"):
        fields["authors"] = json_list(version["authors"])
    if cut is not None:
        fields.update({name: fields[name][:cut] for name in ITEM_LISTS if isinstance(fields[name], list)})
    return fields


def version_context(rows: dict, urls: dict) -> dict:
    """The template context of one version of an article (``?version=N``): the article page's,
    from the version's row, body and snapshot (``rows["fields"]``: version_fields cut at
    MAX_LISTED + 1) instead of the current ones; ``rows["targets"]``: the archived articles its
    Read Also URLs lead to. A list the version did not record is named in ``viewing.unknown``."""
    version, fields, article = rows["version"], rows["fields"], rows["article"]
    body = clean_body(version["body_html_gz"])
    shown = shown_urls(body)
    archived = _archived_images(rows, urls)
    body = _reading_body(body, archived, rows, urls)
    targets = {target["url"]: target for target in rows["targets"]}
    lists = {name: fields[name] or [] for name in ITEM_LISTS}
    read = {**article, **{name: version[name] for name in ("title", "description", "published", "modified")},
            **{name: fields[name] for name in ("reviewed_on", "image")},
            **{name: fields[name] or [] for name in NAME_LISTS}, "version": version["version"]}
    related = [{"title": None, "teaser": None, "target_id": None, "target_title": None, "target_status": None,
                **link, **targets.get(link["url"], {})} for link in lists["related"][:MAX_LISTED]]
    versions = [{**v, "body_text": None} for v in rows["versions"]]
    return {
        "article": _article_context(read, body, shown, archived),
        "related": [_related_context(urls["articles"], link) for link in related],
        "recommended_by": [], "recommended_total": 0, "timeline": [],
        "citations": [_citation_context(citation) for citation in lists["citations"][:MAX_LISTED]],
        "images": _images(lists["images"], shown, archived),
        "links": [{**link, "url": safe_url(link["url"])} for link in lists["links"][:MAX_LISTED]],
        "more": {}, "cut": [LIST_TITLES[name] for name in ITEM_LISTS if len(lists[name]) > MAX_LISTED],
        "versions": version_history(versions, 0),
        "versions_total": versions[0]["total"] if versions else 0,
        "viewing": {"version": version["version"], "fetched_at": version["fetched_at"],
                    "crawl_id": version["crawl_id"], "source": version["source"], "extractor": version["extractor"],
                    "unknown": [name for name in (*NAME_LISTS, *ITEM_LISTS) if fields[name] is None]},
        **_version_urls(urls),
    }


def compare_context(rows: dict, urls: dict) -> dict:
    """The template context of a comparison of two versions (``?compare=A..B``): the body diff
    (archive.web.diffs, bounded as on the article page), the values that changed, and the items each
    list field gained and lost (at most MAX_LISTED of each shown)."""
    before, after = rows["before"], rows["after"]
    old_fields, new_fields = version_fields(before), version_fields(after)
    (old, old_cut), (new, new_cut) = cut_words(before["body_text"]), cut_words(after["body_text"])
    values = []
    for name, title in VALUE_TITLES.items():
        a, b = (before[name], after[name]) if name in before else (old_fields[name], new_fields[name])
        if a != b:
            values.append({"title": title, "before": a, "after": b})
    changes = [{**list_changes(name, old_fields[name], new_fields[name], MAX_LISTED), "title": title}
               for name, title in LIST_TITLES.items()]
    versions = rows["versions"]
    return {
        "article": {**rows["article"], "url": safe_url(rows["article"]["url"])},
        "before": {name: before[name] for name in ("version", "fetched_at", "crawl_id", "source")},
        "after": {name: after[name] for name in ("version", "fetched_at", "crawl_id", "source")},
        "diff": diff_html(old, new), "diff_cut": old_cut or new_cut, "max_diff_words": MAX_DIFF_WORDS,
        "values": values,
        "lists": [change for change in changes if change["unknown"] or change["added_total"] or change["removed_total"]],
        "unchanged": [change["title"] for change in changes
                      if not (change["unknown"] or change["added_total"] or change["removed_total"])],
        "versions": versions,
        "versions_total": versions[0]["total"] if versions else 0,
        **_version_urls(urls),
    }


def clean_body(body_html_gz) -> Markup:
    """The only field ever rendered as markup: sanitized when it was extracted, and again here
    with the same allow-list, in case the row was written by anything else."""
    return Markup(CLEANER.clean(body_html(body_html_gz) or ""))


def _images(images: list[dict], shown: set[str], archived: dict) -> list[dict]:
    """The images to list under the body (at most MAX_LISTED): http(s) ones the body does not show,
    each with the path of its archived copy (``archived``), if any."""
    safe = [{**image, "src": safe_url(image["src"]), "archived": archived.get(image["src"])}
            for image in images[:MAX_LISTED]]
    return [image for image in safe if image["src"] and image["src"] not in shown]


def _archived_images(rows: dict, urls: dict) -> dict:
    """Image URL -> the path of its archived copy (``rows["requisites"]``: URL -> SHA-256)."""
    return {url: urls["requisite"] + sha for url, sha in rows.get("requisites", {}).items() if sha}


def _reading_body(body: Markup, archived: dict, rows: dict, urls: dict) -> Markup:
    """The body as read here (archived_body): archived images, links to archived articles."""
    targets = {url: article_path(urls["articles"], aid) for url, aid in rows.get("link_targets", {}).items()}
    return Markup(archived_body(str(body), archived, targets))


def _version_urls(urls: dict) -> dict:
    return {"page_url": urls["page"], "row_url": urls["row"], "versions_url": urls["versions"],
            "graph_url": urls["graph"], "recommended_url": urls["recommended_by"], "max_diff_words": MAX_DIFF_WORDS,
            "max_listed": MAX_LISTED}


def timeline(fetches: list[dict]) -> list[dict]:
    """The article's history from what each visit found (oldest first): archived, changed, gone
    from its site, back; the visits that found it as it was are counted, not listed."""
    events, gone, seen = [], False, 0
    for fetch in fetches:
        outcome = fetch["outcome"]
        if outcome == "gone":
            if not gone:
                events.append({"at": fetch["fetched_at"], "event": "gone", "crawl_id": fetch["crawl_id"],
                               "seen": seen})
                seen = 0
            gone = True
            continue
        if gone:
            events.append({"at": fetch["fetched_at"], "event": "back", "crawl_id": fetch["crawl_id"], "seen": seen})
            gone, seen = False, 0
            if outcome not in ("new", "changed"):
                continue            # back as it was: the return is the event
        if outcome in ("new", "changed"):
            events.append({"at": fetch["fetched_at"], "event": outcome, "crawl_id": fetch["crawl_id"], "seen": seen})
            seen = 0
        else:
            seen += 1
    if events:
        events.append({"at": None, "event": "now", "crawl_id": None, "seen": seen})
    return events


def body_html(body_html_gz) -> Optional[str]:
    """The HTML of a body (``bodies.body_html_gz``, gzip of UTF-8); a value that is not gzip
    (written by something else) is shown as text rather than failing the page."""
    if body_html_gz is None:
        return None
    if isinstance(body_html_gz, bytes) and body_html_gz[:2] == b"\x1f\x8b":
        return gzip.decompress(body_html_gz).decode("utf-8", "replace")
    return body_html_gz.decode("utf-8", "replace") if isinstance(body_html_gz, bytes) else str(body_html_gz)


def article_path(articles_url: str, article_id: int) -> str:
    return f"{articles_url}/{int(article_id)}/read"


def as_article_id(value) -> Optional[int]:
    """``value`` as an article id (an integer, or its digits, SQLite can hold), else None:
    arbitrary SQL can name a text, a float or a number too large in an id column."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= len(str(MAX_ROWID)):
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ROWID:
        return value
    return None


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` if it is http(s), else None: stored URLs come from crawled pages and are not trusted."""
    if isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def json_list(value) -> list:
    """A JSON-array column as a list; any other value is shown as one item rather than dropped."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    if not isinstance(value, str):
        return [value]
    try:
        parsed = json.loads(value)
    except ValueError:
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def shown_urls(body: str) -> set[str]:
    """Every image and link address of a sanitized body, read in one pass."""
    return {html.unescape(value).strip() for value in _ADDRESS_ATTRIBUTE.findall(body)}


def archived_body(body: str, images: dict, articles: dict) -> str:
    """A sanitized body as the reading page shows it: each image from its archived copy
    (``images``: URL -> local path), one not archived replaced by a link to it (no request leaves
    for its origin); each link to another archived article (``articles``: the link as written -> its
    reading page) leading there, its original address in the title and one click away.
    Sanitized again after (the same allow-list), whatever the rewrite did."""
    if not body.strip() or ("<img" not in body and not articles):
        return body
    root = lxml.html.fragment_fromstring(body, create_parent="div")
    for img in list(root.iter("img")):
        src = (img.get("src") or "").strip()
        if src in images:
            img.set("src", images[src])
            continue
        link = lxml.html.Element("a", href=src, rel="nofollow noopener", title="This image was not archived")
        link.text = f"[image not archived{': ' + img.get('alt') if img.get('alt') else ''}]"
        link.tail = img.tail
        img.getparent().replace(img, link)
    for a in list(root.iter("a")) if articles else ():
        href = (a.get("href") or "").strip()
        target = articles.get(href)
        if target is None:
            continue
        a.set("href", target)
        a.set("title", f"Archived copy of {href}")
        original = lxml.html.Element("a", href=href, rel="nofollow noopener", title=href)
        original.text = "original"
        mark = lxml.html.Element("sup")
        mark.append(original)
        mark.tail, a.tail = a.tail, None
        a.addnext(mark)
    html_text = (root.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    return CLEANER.clean(html_text)


def _article_context(article: dict, body: Markup, shown: set[str], archived: dict) -> dict:
    image = safe_url(article["image"])
    return {
        **article,
        "authors": json_list(article["authors"]),
        "reviewed_by": json_list(article["reviewed_by"]),
        "tags": json_list(article["tags"]),
        "url": safe_url(article["url"]),
        "image": image if image not in shown else None,  # unless the body already shows it
        "image_archived": archived.get(image) if image not in shown else None,
        "body": body,
    }


def _related_context(articles_url: str, link: dict) -> dict:
    archived = link["target_id"] is not None and link["target_title"] is not None
    return {
        "title": link["title"] or link["target_title"] or link["url"],
        "teaser": link["teaser"],
        "href": article_path(articles_url, link["target_id"]) if archived else safe_url(link["url"]),
        "archived": archived,
        "gone": link["target_status"] == "gone",
        "live_url": safe_url(link["url"]),
    }


def _citation_context(citation: dict) -> dict:
    return {
        **citation,
        "url": safe_url(citation["url"]),
        "doi_url": DOI_URL.format(quote(citation["doi"], safe="/")) if citation["doi"] else None,
        "pmid_url": PUBMED_URL.format(quote(citation["pmid"], safe="")) if citation["pmid"] else None,
    }
