"""Datasette metadata for an archive database: descriptions, facets, search, sorting, canned queries.

Built once as plain dicts. The plugin serves it through ``get_metadata`` (no ``--metadata`` flag
needed); :func:`write_metadata` writes the same thing as JSON for ``datasette publish`` or for
serving without the plugin installed.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Iterable

from sqlite_utils import Migrations

from archive.db import queries

TITLE = "Health article archive"
DESCRIPTION = (
    "Health articles crawled from public websites, normalized and kept with every version. "
    "Search articles, browse by site, author, tag or month, and follow Read Also links."
)
LICENSE = "Articles remain © their publishers; archived for research and reference"
SOURCE = "Public health-article websites: the archive home lists them (each article links its original)"
ABOUT = "health-archive"
ABOUT_URL = "https://github.com/health-archive/health-archive"

_ISO = "ISO 8601 timestamp, UTC (e.g. 2024-03-05T14:02:11+00:00)"
_ISO_DATE = "ISO 8601 date or timestamp as the page states it (e.g. 2024-03-05)"
_JSON_NAMES = 'JSON array of names, e.g. ["Dr Jane Roe", "John Doe"]'
_ARTICLE_FK = "The article (articles.id)"
_POSITION = "Order on the page, from 1"

CRAWLS = {
    "description": "One row per crawl run; counts are recomputed from fetches when the crawl ends.",
    "sort_desc": "id",
    "facets": ["status"],
    "columns": {
        "id": "Crawl number",
        "started": f"When the crawl started; {_ISO}",
        "finished": f"When it ended (empty while running); {_ISO}",
        "status": "running, finished, interrupted or failed",
        "start_urls": 'JSON array of the URLs the crawl started from, e.g. ["https://example.org/health"]',
        "settings": 'JSON object of the settings that shaped the run, e.g. {"DEPTH_LIMIT": 3}',
        "pages_fetched": "Responses received (pages)",
        "not_modified": "Pages answered 304 Not Modified (pages)",
        "articles_new": "Articles seen for the first time (articles)",
        "articles_changed": "Articles whose content changed: a new version was stored (articles)",
        "articles_unchanged": "Articles fetched again with identical content (articles)",
        "articles_gone": "Articles found deleted, e.g. 404 or 410 (articles)",
        "errors": "Fetches that failed (fetches)",
        "message": "Why the crawl stopped, when it did not simply finish",
        "profile": "Name of the health-archive.toml site profile it crawled, e.g. health-one; empty for an ad hoc crawl",
        "resumed_from": "The interrupted crawl this one picked up from (crawls.id); empty for a fresh crawl",
        "skipped": "Known pages not fetched: seen recently enough, or archived by the run it resumed (pages)",
        "anomaly": "Why this crawl looks wrong next to the profile's previous one, e.g. fetched 12 pages where crawl 7 fetched 480",
        "ingested_id": "Distributed crawls: the last Redis stream entry the writer committed, e.g. 1718000000000-3",
    },
}

RAW_PAGES = {
    "description": "Raw responses exactly as received, gzipped and stored once per distinct body.",
    "sort_desc": "fetched_at",
    "columns": {
        "id": "Raw page number",
        "sha256": "SHA-256 of the raw bytes (64 hex characters): identical pages are stored once",
        "url": "The URL the bytes were fetched from",
        "fetched_at": f"When they were fetched; {_ISO}",
        "status": "HTTP status code, e.g. 200",
        "content_type": "Content-Type header, e.g. text/html; charset=utf-8",
        "encoding": "Character encoding used to decode the bytes, e.g. utf-8",
        "size": "Length of the raw body before compression (bytes)",
        "body_gz": "The raw body, gzip-compressed (download to inspect)",
    },
}

ARTICLES = {
    "description": (
        "One row per article, identified by its canonical URL; its current version. "
        "Click a title to read the archived article."
    ),
    "sort_desc": "published",
    "label_column": "title",
    "facet_size": 8,    # the first eight values of each facet; "…" shows more
    "fts_table": "articles_fts",
    "fts_pk": "id",
    # Escaped search goes through escape_fts (archive.web.search.fts_query): OR/NOT/phrases/prefix* kept,
    # everything else quoted, so no input errors.
    "searchmode": "escaped",
    # Not counted over more than 100,000 matches (archive.web.facets.FACET_MATCH_LIMIT).
    "facets": [
        {"capped": "site"},
        {"list": "authors"},
        {"list": "tags"},
        {"month": "published"},
        {"capped": "status"},
    ],
    "columns": {
        "id": "Article number",
        "url": "Canonical URL: the identity of the article",
        "site": "Host name without www., e.g. example-health.org",
        "title": "Headline",
        "authors": _JSON_NAMES,
        "published": f"Publication date; {_ISO_DATE}",
        "published_source": "Where the publication date was found: json-ld, meta, time, text or url",
        "modified": f"Last-updated date the page states; {_ISO_DATE}",
        "modified_source": "Where the modified date was found: json-ld, meta, time, text or url",
        "description": "Summary from the page's meta description or equivalent",
        "language": "Language of the text, identified from it (e.g. en, pt); the declared one when the text is too short to tell",
        "declared_language": "Language the page declares (html lang, og:locale), e.g. en-US",
        "image": "Main image URL",
        "reviewed_by": 'JSON array of medical reviewers, e.g. ["Dr A. Smith, MD"]',
        "reviewed_on": f"Date of the medical review; {_ISO_DATE}",
        "tags": 'JSON array of tags, e.g. ["diabetes", "nutrition"]',
        "categories": 'JSON array of categories or sections, e.g. ["Conditions"]',
        "headings": 'JSON array of body headings, e.g. [{"level": 2, "text": "Symptoms"}]',
        "body_id": "Its current body (bodies.id): body_text and body_html_gz, also in the articles_full view",
        "word_count": "Words in body_text (each Chinese or Japanese character counts as one)",
        "content_hash": "SHA-256 of the normalized content: a change makes a new version",
        "version": "Current version number, from 1",
        "status": "live, or gone once the site stopped serving it",
        "gone_since": f"When it was first found gone; {_ISO}",
        "first_seen": f"When it was first archived; {_ISO}",
        "last_seen": f"When it was last fetched; {_ISO}",
        "last_changed": f"When its current version was stored; {_ISO}",
        "fetched_url": "The URL last fetched for it (may differ from the canonical url)",
        "raw_page_id": "The raw page the current version was extracted from",
        "etag": "ETag header of the last fetch, for conditional requests",
        "last_modified": "Last-Modified header of the last fetch, for conditional requests",
    },
}

ARTICLES_FTS = {
    "description": ("Full-text index over articles (title, description and the current body's text), read "
                    "through the articles_full view and kept in sync by triggers; rowid is articles.id."),
    "hidden": True,
    "columns": {
        "title": "Indexed articles.title",
        "description": "Indexed articles.description",
        "body_text": "Indexed bodies.body_text of the article's current body",
    },
}

_BODY_HTML = ("Article body as sanitized HTML (allow-listed tags only), gzip-compressed: read it on the "
              "article page")
_BODY_TEXT = "Article body as plain text, paragraphs separated by blank lines"

BODIES = {
    "description": ("Article bodies, each distinct one stored once and shared by the articles and versions "
                    "that have it (articles.body_id, article_versions.body_id)."),
    "columns": {
        "id": "Body number",
        "sha256": "SHA-256 of the JSON array [body_text, body_html]: the body's name",
        "body_text": _BODY_TEXT,
        "body_html_gz": _BODY_HTML,
    },
}

VERSION_FIELDS = {
    "description": ("What each version held beside its title, dates and body: Read Also, citations, images, links "
                    "with their rel, embeds, people, authors, reviewers, tags, categories, headings. One row per "
                    "distinct snapshot, shared by the versions that have it (article_versions.fields_id); the "
                    "reading page shows it at ?version=N. A field null in it was not recorded for that version."),
    "columns": {
        "id": "Snapshot number",
        "sha256": "SHA-256 of the snapshot's canonical JSON (sorted keys, no spaces): its name",
        "fields_gz": "gzip of the snapshot's JSON (archive.db.version_fields names its fields)",
    },
}

ARTICLE_URLS = {
    "description": "Every URL an article was found under (canonical, fetched, redirects), so it is stored once.",
    "columns": {
        "url": "A cleaned URL (no tracking parameters or fragment)",
        "article_id": _ARTICLE_FK,
    },
}

ARTICLE_VERSIONS = {
    "description": "Every distinct content version of every article; version 1 is the first seen.",
    "sort_desc": "fetched_at",
    "columns": {
        "id": "Version row number",
        "article_id": _ARTICLE_FK,
        "version": "Version number within the article, from 1",
        "fetched_at": f"When this version was fetched; {_ISO}",
        "content_hash": "SHA-256 of the normalized content of this version",
        "title": "Headline in this version",
        "authors": _JSON_NAMES,
        "published": f"Publication date in this version; {_ISO_DATE}",
        "modified": f"Last-updated date in this version; {_ISO_DATE}",
        "description": "Summary in this version",
        "body_id": "Body of this version (bodies.id)",
        "raw_page_id": "The raw page this version was extracted from",
        "crawl_id": "The crawl that found this version",
        "template_pages": ("How many pages of its site the archive knew when this version was extracted; "
                           "a version extracted with no template (below 10) or a young one (below 50) is "
                           "extracted again, as the same version, when a crawl ends with the site's template "
                           "grown"),
        "source": ("Where the version came from: a crawl (empty), reparse (the stored page read again by a newer "
                   "extractor: the page did not change), or warc:FILE for a version imported from a WARC"),
        "extractor": "What extracted this version: health-archive and its version",
        "fields_id": ("This version's lists and other fields (version_fields.id): Read Also, citations, images, "
                      "links, tags, people..."),
    },
}

CAPTURES = {
    "description": ("Every HTTP exchange as it happened: the request as sent, the response head as received, the "
                    "body as transferred (in payloads or raw_pages, by digest), redirect hops, server address. "
                    "What `health-archive export` writes as WARC records."),
    "sort_desc": "id",
    "facets": ["kind", "status"],
    "columns": {
        "id": "Capture number",
        "crawl_id": "The crawl it belongs to",
        "fetch_id": "The fetches row of the visit this hop ended in",
        "hop": "0 the first request of a visit, 1.. each redirect after it",
        "kind": "response; revisit (a 304: the body was not sent again); request-only (no response)",
        "url": "The URL requested",
        "method": "HTTP method",
        "request_head": "Request line and headers as sent",
        "requested_at": "When the request was sent (UTC)",
        "status": "HTTP status received",
        "protocol": "HTTP/1.1, h2...",
        "ip": "The server's address",
        "response_head": "Status line and headers as received",
        "fetched_at": "When the response arrived (UTC)",
        "payload_sha256": "SHA-256 of the stored body (payloads or raw_pages hold it)",
        "payload_size": "Bytes of the stored body",
        "decoded": "The Content-Encoding removed before the body was stored (empty: stored as transferred)",
        "refers_to": "A revisit: the capture whose body the server did not send again",
        "source": "crawl, or the file it was imported from",
    },
}

PAYLOADS = {
    "description": ("Bodies of captures not already in raw_pages (listings, sitemaps, feeds, robots.txt, the "
                    "articles' images), once per digest."),
    "hidden": True,
    "columns": {"sha256": "SHA-256 of the bytes", "size": "Bytes", "body_gz": "The bytes, gzip-compressed"},
}

REQUISITES = {
    "description": ("Each article's images as the crawl fetched them (page requisites), one row per fetch (the "
                    "fetches row of the same id has its status and error): the image stored, once per SHA-256 "
                    "in payloads, which the reading page shows instead of the site's copy."),
    "sort_desc": "id",
    "facets": ["role", "content_type"],
    "columns": {
        "id": "The fetch (fetches.id)",
        "url": "The image's address as the article names it (before any redirect)",
        "article_url": "The article it was fetched for",
        "role": "image (in the body) or og:image",
        "sha256": "SHA-256 of the image stored in payloads (served at /-/requisite/<database>/<sha256>); empty: "
                  "not stored, fetches.error says why",
        "content_type": "The image's type as served (image/png, image/jpeg...)",
        "size": "Bytes of the image stored",
    },
}

MANIFESTS = {
    "description": ("One per finished crawl or import: a digest of every row it wrote, chained to the previous "
                    "manifest, so `health-archive verify` finds an edited or deleted row."),
    "sort_desc": "id",
    "columns": {
        "id": "Manifest number",
        "crawl_id": "The crawl sealed (empty: another write, e.g. an import)",
        "sealed": "When it was written (UTC)",
        "rows": "Rows sealed",
        "rows_gz": "gzip of the JSON list [table, id, digest] of the rows sealed",
        "digest": "SHA-256 of that list",
        "prev_hash": "The previous manifest's hash",
        "hash": "SHA-256 of prev_hash, crawl_id and digest",
    },
}

MANIFEST_PENDING = {
    "description": "Rows the archive itself rewrote (a reparse, a settled site) since the last manifest: sealed by the next one.",
    "hidden": True,
    "columns": {"tbl": "Table", "row_id": "Row id"},
}

RELATED_LINKS = {
    "description": "Read Also / related-article links of each article, in page order.",
    "columns": {
        "article_id": "The article showing the link (articles.id)",
        "position": _POSITION,
        "url": "Linked URL, cleaned",
        "title": "Link title as shown",
        "teaser": "Teaser text shown with the link",
        "target_id": "The archived copy of the linked article (articles.id); empty when not archived",
    },
}

LINKS = {
    "description": "Links inside article bodies, in order.",
    "facets": ["rel", "internal"],
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": _POSITION,
        "url": "Link target (absolute URL)",
        "text": "Link text",
        "rel": "rel tokens as found, space-separated, e.g. sponsored nofollow",
        "internal": "1 when the link stays on the article's own site, else 0",
    },
}

IMAGES = {
    "description": "Images inside article bodies, in order.",
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": _POSITION,
        "src": "Image URL (absolute)",
        "alt": "Alt text",
        "caption": "Caption (figcaption or equivalent)",
    },
}

CITATIONS = {
    "description": "References cited by articles, with DOI and PubMed identifiers when found.",
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": _POSITION,
        "url": "Cited URL",
        "text": "Citation text as shown",
        "doi": "DOI, e.g. 10.1056/NEJMoa2034577",
        "pmid": "PubMed ID, e.g. 33301246",
    },
}

EMBEDS = {
    "description": "Videos, audio players and other embedded frames in article bodies, in order (the body keeps a link to each).",
    "facets": ["kind", "provider"],
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": _POSITION,
        "url": "Address of the embedded player or media, e.g. https://www.youtube.com/embed/abc123",
        "kind": "video, audio or frame",
        "provider": "Host serving it, e.g. youtube.com",
        "title": "Its title as the page gives it",
    },
}

PEOPLE = {
    "description": "Authors and medical reviewers of each article, names apart from their credentials and roles.",
    "facets": ["role"],
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": _POSITION,
        "role": "author or reviewer",
        "name": "The person's name, e.g. Jane Roe",
        "credentials": 'JSON array of credentials after the name, e.g. ["MD", "FAAD"]',
        "affiliation": "Role or affiliation the page gives, e.g. Member, Medical Review Board",
    },
}

SITE_PROFILES = {
    "description": "What each site's pages share, learned while crawling: used to tell its template from its articles.",
    "columns": {
        "site": "Host name without www.",
        "pages": "Pages of the site sampled so far (pages)",
        "updated": f"When the profile last changed; {_ISO}",
        "title_affixes": 'JSON array of what the site adds to its page titles, e.g. [" - Healthy Living"]',
        "settled": "Pages of the site when it was last learned from all its pages at once (empty: not yet)",
    },
}

SITE_SAMPLES = {
    "description": "What each article page of a site not yet settled showed of its template; dropped when the site is.",
    "hidden": True,
    "columns": {
        "article_id": "The article (articles.id)",
        "site": "Host name without www.",
        "fingerprints": "The page's block fingerprints, 8 bytes each",
        "title_parts": "JSON array of fingerprints of its title's first and last part",
        "template_key": "What the template its current version was extracted with took out of it (empty: unknown)",
    },
}

SITE_BLOCKS = {
    "description": "Blocks of a site's pages and how many sampled pages showed each: those on most pages are its furniture.",
    "hidden": True,
    "columns": {
        "site": "Host name without www.",
        "fingerprint": "Hash of the block's place in the template and its text",
        "pages": "Sampled pages that showed it (pages)",
        "first_page": "How many pages of the site had been sampled when it was first seen",
    },
}

NOTIFICATIONS = {
    "description": "What `health-archive watch` sent: one row per watch rule and event, so each event is sent once.",
    "sort_desc": "sent_at",
    "facets": ["rule", "status"],
    "columns": {
        "rule": "The [[watch]] table's name in the profile file",
        "event": "The event: version:ARTICLE:N (new or changed), gone:ARTICLE:SINCE, anomaly:CRAWL",
        "sent_at": "When it was sent or tried (UTC)",
        "status": "sent; failed (tried again by the next run); skipped (watch --mark-seen)",
        "error": "Why a send failed",
    },
}

FETCHES = {
    "description": "Every request a crawl made and what came of it.",
    "sort_desc": "id",
    "facets": ["outcome", "page_type", "status"],
    "columns": {
        "id": "Fetch number",
        "crawl_id": "The crawl (crawls.id)",
        "url": "Requested URL",
        "status": "HTTP status code; empty when no response came back",
        "fetched_at": f"When the response (or error) came; {_ISO}",
        "content_type": "Content-Type header, e.g. text/html",
        "bytes": "Body size (bytes)",
        "page_type": ("article, listing, page (about, contact, evergreen), other, sitemap, feed or requisite "
                      "(an article's image)"),
        "outcome": "new, changed, unchanged, not_modified, followed, gone or error; an image: stored or error",
        "article_id": "The article the page was stored as, if any (articles.id)",
        "error": "Error message when the fetch failed",
        "elapsed_ms": "Download time (milliseconds)",
        "etag": "ETag header of the response, e.g. \"5e1f-61a\"",
        "last_modified": "Last-Modified header of the response, e.g. Tue, 05 Mar 2024 14:02:11 GMT",
        "worker": "The distributed crawl worker that fetched it, e.g. crawler-2:4711; empty for a local crawl",
    },
}

PAGES = {
    "description": "Every URL crawled, as last seen: validators for conditional requests and the links to follow.",
    "sort_desc": "fetched_at",
    "facets": ["kind", "status"],
    "columns": {
        "url": "Requested URL, cleaned: the page's identity",
        "kind": "article, listing, page (about, contact, evergreen), other, sitemap or feed",
        "status": "HTTP status of the last fetch, e.g. 200 or 304",
        "etag": "ETag of the last fetch, sent back as If-None-Match",
        "last_modified": "Last-Modified of the last fetch, sent back as If-Modified-Since",
        "fetched_at": f"When it was last fetched; {_ISO}",
        "crawl_id": "The crawl that last fetched it (crawls.id)",
        "article_id": "The article the page holds, if any (articles.id)",
        "links_gz": 'gzip of a JSON object of the links to follow, e.g. {"related": [...], "links": [...]}',
    },
}

SQLITE_MIGRATIONS = {
    "description": "Schema migrations applied to this file (sqlite-utils Migrations), oldest first.",
    "hidden": True,
    "columns": {
        "id": "Row number",
        "migration_set": "The set the migration belongs to, e.g. health-archive",
        "name": "Migration function name, e.g. m001_initial",
        "applied_at": "When it was applied (UTC)",
    },
}

ARTICLE_GRAPH = {
    "description": "View: Read Also edges between articles (target_id empty = linked page not archived).",
    "columns": {
        "source_id": "The recommending article (articles.id)",
        "source_title": "Its title",
        "source_url": "Its canonical URL",
        "target_id": "The recommended article's archived copy (articles.id), if any",
        "target_title": "The recommended article's title (archived title, else the link title)",
        "target_url": "The recommended article's URL",
        "position": "Position of the link in the source's Read Also list, from 1",
    },
}

RECENT_CHANGES = {
    # No sort_desc: the view orders itself, through an index; Datasette's own ORDER BY over a view
    # sorted every version (past the 3 s limit at a million articles).
    "description": "View: every stored version and every gone article as an event, newest first (new, changed, reparsed or gone).",
    "columns": {
        "changed_at": f"When the version was fetched, or since when the article is gone; {_ISO}",
        "change": ("new (version 1), changed (later versions), reparsed (a version a reparse made: the page did "
                   "not change, its reading did) or gone (the page answers 404 or 410)"),
        "article_id": _ARTICLE_FK,
        "title": "Title in that version (gone: the last one)",
        "site": "The article's site",
        "version": "Version number",
        "crawl_id": "The crawl that found the version (empty for gone)",
        "url": "The article's canonical URL",
    },
}

SITE_SUMMARY = {
    "description": "View: articles per site with freshness.",
    "columns": {
        "site": "Host name without www.",
        "articles": "Articles archived (articles)",
        "live": "Articles still served (articles)",
        "gone": "Articles no longer served (articles)",
        "words": "Words across all its articles (words)",
        "first_seen": f"First article archived; {_ISO}",
        "last_seen": f"Last fetch of any of its articles; {_ISO}",
        "last_changed": f"Last new or changed article; {_ISO}",
    },
}

_TRIGGERS = "Kept current by triggers on articles."

ARTICLES_FULL = {
    "description": "View: articles with their current body (body_text, body_html_gz from bodies).",
    "label_column": "title",
    "columns": {**ARTICLES["columns"], "body_text": _BODY_TEXT, "body_html_gz": _BODY_HTML},
}

SITE_STATS = {
    "description": f"Per-site article counts behind the site_summary view (read that instead). {_TRIGGERS}",
    "hidden": True,
    "columns": {
        "site": "Host name without www.",
        "articles": "Articles archived (articles)",
        "live": "Articles still served (articles)",
        "gone": "Articles no longer served (articles)",
        "words": "Words across the articles that have a word count (words)",
        "worded": "Articles that have a word count (articles); words is shown empty when there are none",
        "first_seen": f"First article archived; {_ISO}",
        "last_seen": f"Last fetch of any of its articles; {_ISO}",
        "last_changed": f"Last new or changed article; {_ISO}",
    },
}

ARTICLE_TAGS = {
    "description": f"Each tag of each article (the items of articles.tags), one row each. {_TRIGGERS}",
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": "Position of the tag in articles.tags, from 0",
        "tag": "The tag, e.g. sleep",
    },
}

ARTICLE_AUTHORS = {
    "description": f"Each author of each article (the items of articles.authors), one row each. {_TRIGGERS}",
    "columns": {
        "article_id": _ARTICLE_FK,
        "position": "Position of the author in articles.authors, from 0",
        "author": "The author's name as the page gives it, e.g. Dr Jane Roe",
    },
}

FACET_COUNTS = {
    "description": f"Articles per tag, author and month over the whole archive: the unfiltered facets. {_TRIGGERS}",
    "hidden": True,
    "columns": {
        "facet": "tags, authors (items of those arrays) or published (months)",
        "value": "A tag, an author, or a month as YYYY-MM",
        "count": "Items counted (articles, as an article lists a tag once)",
    },
}

READ_ALSO_COUNTS = {
    "description": "How many other archived articles list each archived article under Read Also (each "
                   "linking article once): what most_recommended reads. Kept current by triggers on related_links.",
    "hidden": True,
    "columns": {
        "target_id": "The recommended article (articles.id)",
        "recommended_by": "Other archived articles listing it under Read Also",
    },
}

TABLES = {
    "crawls": CRAWLS,
    "raw_pages": RAW_PAGES,
    "articles": ARTICLES,
    "articles_fts": ARTICLES_FTS,
    "bodies": BODIES,
    "version_fields": VERSION_FIELDS,
    "articles_full": ARTICLES_FULL,
    "article_urls": ARTICLE_URLS,
    "article_versions": ARTICLE_VERSIONS,
    "captures": CAPTURES,
    "payloads": PAYLOADS,
    "requisites": REQUISITES,
    "manifests": MANIFESTS,
    "manifest_pending": MANIFEST_PENDING,
    "related_links": RELATED_LINKS,
    "links": LINKS,
    "images": IMAGES,
    "citations": CITATIONS,
    "embeds": EMBEDS,
    "people": PEOPLE,
    "site_profiles": SITE_PROFILES,
    "site_blocks": SITE_BLOCKS,
    "site_samples": SITE_SAMPLES,
    "notifications": NOTIFICATIONS,
    "fetches": FETCHES,
    "pages": PAGES,
    Migrations.migrations_table: SQLITE_MIGRATIONS,   # "_sqlite_migrations"
    "site_stats": SITE_STATS,
    "article_tags": ARTICLE_TAGS,
    "article_authors": ARTICLE_AUTHORS,
    "facet_counts": FACET_COUNTS,
    "read_also_counts": READ_ALSO_COUNTS,
    "article_graph": ARTICLE_GRAPH,
    "recent_changes": RECENT_CHANGES,
    "site_summary": SITE_SUMMARY,
}


def _query(title: str, sql: str, description: str, **extra) -> dict:
    """A canned query shown as its form and results; its SQL is one click away ("Show SQL")."""
    return {"title": title, "sql": sql.strip(), "description": description, "hide_sql": True, **extra}


#: Canned queries; all read-only (none sets ``write``). A name must differ from every table and
#: view name: Datasette serves a canned query in place of a table of the same name.
QUERIES = {
    "search": _query(
        "Search articles", queries.SEARCH_SQL,
        f"Full-text search: the {queries.SEARCH_LIMIT} best matches, best first, with the matching "
        "passage highlighted (the articles table's search box pages through every match). "
        'Use OR, NOT, "a phrase" and prefix* (e.g. salt OR sodium NOT "sea salt"). Leave q empty to '
        "browse the newest articles the filters keep. Filters (empty for any): site (e.g. "
        "health-one.example), author (part of a name, e.g. Roe), tag (a whole tag, e.g. sleep), "
        "since and until (publication dates, inclusive: 2024, 2024-03, 2024-03-05, March 2024, "
        "last year, this month, 3 months ago).",
        params=list(queries.SEARCH_PARAMS),
        hide_sql=True,
    ),
    "recently_changed": _query(
        "Recently changed articles", queries.RECENTLY_CHANGED_SQL,
        "Articles with more than one version, most recent change first.",
    ),
    "most_recommended": _query(
        "Most recommended articles", queries.MOST_RECOMMENDED_SQL,
        "The 1,000 articles listed under Read Also by the most other archived articles.",
    ),
    "broken_read_also": _query(
        "Broken Read Also links", queries.BROKEN_RELATED_SQL,
        "Read Also links whose target is not archived, missing, or gone.",
    ),
    "images_not_archived": _query(
        "Images not archived", queries.IMAGES_NOT_ARCHIVED_SQL,
        "Article images no crawl could store, with why the last attempt failed (404, not an image, too large, "
        "refused by robots.txt or the address policy). The reading page links them instead of showing them.",
    ),
    "without_citations": _query(
        "Articles without citations", queries.WITHOUT_CITATIONS_SQL,
        "Live articles that cite no source.",
    ),
    "sponsored_links": _query(
        "Sponsored links", queries.SPONSORED_LINKS_SQL,
        'Links in article bodies marked rel="sponsored".',
    ),
    "crawl_history": _query(
        "Crawl history", queries.CRAWL_HISTORY_SQL,
        "Crawls newest first, with the number of failed fetches and any anomaly flagged.",
    ),
    "version_history": _query(
        "Version history of an article", queries.ARTICLE_VERSIONS_SQL,
        "Every stored version of one article (give its id).",
        params=["article_id"],
    ),
}

#: Datasette settings ``health-archive serve`` passes (the benchmark uses the same). Suggested
#: facets cost a query per column per page load (about a hundred on ``articles``): seconds on a
#: large archive, for suggestions the configured facets already cover. Queries may run 3 s instead
#: of 1 s: ranking a search for a common word scores every match (0.7-0.8 s at a million
#: articles, more on a busy machine), and a slow answer is better than an error page.
SETTINGS = {"suggest_facets": False, "sql_time_limit_ms": 3000}


DATABASE = {
    "description": DESCRIPTION,
    "tables": TABLES,
    "queries": QUERIES,
}


def home_link_html(home_url: str) -> str:
    """The description as HTML with a link to the archive home, shown on the index and database pages."""
    return f'<p>{DESCRIPTION}</p><p><a href="{home_url}">Archive home: sites, last crawl, recent changes →</a></p>'


@functools.lru_cache(maxsize=16)
def metadata_json(databases: tuple[str, ...], home_url: str = "/-/archive") -> str:
    """The metadata as JSON text, built once per database list (``get_metadata`` runs ~100x a page)."""
    database = {**DATABASE, "description_html": home_link_html(home_url)}
    metadata = {
        "title": TITLE,
        "description_html": home_link_html(home_url),
        "license": LICENSE,
        "source": SOURCE,
        "source_url": home_url,
        "about": ABOUT,
        "about_url": ABOUT_URL,
        "databases": {name: database for name in databases},
    }
    return json.dumps(metadata, indent=2, ensure_ascii=False)


def build_metadata(databases: Iterable[str], home_url: str = "/-/archive") -> dict:
    """Instance metadata with the archive section under each named database.

    A fresh copy each call: Datasette merges into and annotates the dicts it is given.
    """
    return json.loads(metadata_json(tuple(databases), home_url))


def write_metadata(path: str | Path, database: str = "archive") -> None:
    """Write the metadata as JSON (``database`` is the file name without .db, as Datasette names it)."""
    Path(path).write_text(metadata_json((database,)) + "\n")
