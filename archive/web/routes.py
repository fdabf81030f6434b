"""The archive's own pages served by the plugin: the archive home, the reading page of an article
and its versions, charts, the Read Also graph, the feed of changes and archived images; and the
Content-Security-Policy every page is served with."""
from __future__ import annotations

import asyncio
import base64
import functools
import gzip
import hashlib
import json
import re
import sqlite3
from urllib.parse import quote_plus
from datetime import datetime, timedelta
from typing import Optional

from datasette.database import QueryInterrupted
from datasette.utils.asgi import NotFound, Response
from datasette.version import __version__ as datasette_version

from archive.db import queries
from archive.web.metadata import QUERIES
from archive.web.article_page import (LIST_TABLES, MAX_DIFFS, MAX_LISTED, as_article_id, compare_context,
                                      page_context, version_context, version_fields)
from archive.workers import CallTimedOut, WorkerDied, Workers
from archive.web.common import (DATASETTE_TEMPLATES, HOME_PATH, MAX_LINKS, PAGE_PROCESSES, PAGE_TIMEOUT,
                                 RECENT_CHANGES_ON_HOME, archive_names, article_url)


# -- pages ---------------------------------------------------------------------------------


def read_only_page(page):
    """Answer 405 to anything but GET/HEAD: our pages only ever read."""

    async def route(request, datasette):
        if request.method not in ("GET", "HEAD"):
            return Response.text("Method not allowed: the archive is read-only", status=405,
                                 headers={"Allow": "GET, HEAD"})
        return await page(request, datasette)

    route.__name__, route.__doc__ = page.__name__, page.__doc__
    return route


@read_only_page
async def archive_home(request, datasette):
    """Per archive: sites with article counts, the last crawl, recent changes and the saved queries."""
    sections = []
    for name in archive_names(datasette):
        visible, _ = await datasette.check_visibility(request.actor, permissions=_read_permissions(name))
        if visible:
            sections.append(await _home_section(datasette, name))
    return await _render(datasette, request, "archive_home.html", {"archives": sections})


FEED_ENTRIES = 50


async def _requested_archive(request, datasette) -> Optional[str]:
    """The archive a ``/-/`` page is about: ``?db=``, else the first one; None if none or not visible."""
    names = [n for n in archive_names(datasette) if n == request.args.get("db", n)]
    if not names:
        return None
    visible, _ = await datasette.check_visibility(request.actor, permissions=_read_permissions(names[0]))
    return names[0] if visible else None


async def charts_json(request, datasette):
    """The Chart.js configurations of archive.web.charts for ``?db=`` (default the first archive) and
    ``?site=`` (default all); the home page and /-/charts fetch them after they are shown."""
    from datetime import date

    from archive.web import charts

    name = await _requested_archive(request, datasette)
    if name is None:
        return Response.json({"error": "no archive on this server (or none you may read)"}, status=404)
    db = datasette.get_database(name)
    site = request.args.get("site", "").strip()
    try:
        latest = (await db.execute(queries.CHART_LATEST_SQL, {"site": site})).first()[0]
        params = {"site": site, "since": charts.since(latest, date.today()), "limit": charts.TOP_ROWS}
        return Response.json({
            "articles_per_month": charts.articles_per_month(
                await _dicts(db, queries.CHART_ARTICLES_PER_MONTH_SQL, params)),
            "changes_per_month": charts.changes_per_month(await _dicts(db, queries.CHART_CHANGES_PER_MONTH_SQL, params)),
            "citation_rate": charts.citation_rate(await _dicts(db, queries.CHART_CITATION_RATE_SQL, params)),
            "top_authors": charts.top_authors(await _dicts(db, queries.CHART_TOP_AUTHORS_SQL, params)),
        })
    except QueryInterrupted:
        return Response.json({"error": "the charts took too long to count"}, status=503)


def _charts_context(datasette, name: str, site: str) -> dict:
    from archive.web.charts import TITLES

    args = f"?db={quote_plus(name)}" + (f"&site={quote_plus(site)}" if site else "")
    return {"charts_src": datasette.urls.path("/-/charts.json") + args, "chart_titles": list(TITLES.items())}


async def charts_page(request, datasette):
    """The charts of one site (``?site=``) or of the whole archive."""
    name = await _requested_archive(request, datasette)
    if name is None:
        raise NotFound("No archive on this server (or none you may read)")
    site = request.args.get("site", "").strip()
    return await _render(datasette, request, "archive_charts.html",
                         {"database": name, "site": site, **_charts_context(datasette, name, site)})


async def read_also_graph(request, datasette):
    """The Read Also network (archive.web.graph): around ``?article=ID``, or the most recommended
    articles of ``?site=`` or of the whole archive."""
    from archive.web.graph import AROUND_DEPTH, MAX_NODES, elements

    name = await _requested_archive(request, datasette)
    if name is None:
        raise NotFound("No archive on this server (or none you may read)")
    db = datasette.get_database(name)
    site = request.args.get("site", "").strip()
    centre = as_article_id(request.args.get("article", "")) if request.args.get("article") else None
    if request.args.get("article") and centre is None:
        raise NotFound(f"No article {request.args['article'][:40]} in {name}")
    if centre is not None:
        ids = [r[0] for r in await db.execute(
            queries.GRAPH_AROUND_SQL, {"id": centre, "depth": AROUND_DEPTH, "nodes": MAX_NODES + 1})]
    else:
        ids = [r[0] for r in await db.execute(queries.GRAPH_TOP_SQL, {"site": site, "nodes": MAX_NODES + 1})]
    capped = len(ids) > MAX_NODES
    id_json = json.dumps(ids[:MAX_NODES])
    nodes = await _dicts(db, queries.GRAPH_NODES_SQL, {"ids": id_json})
    if centre is not None and not any(n["id"] == centre for n in nodes):
        raise NotFound(f"No article {centre} in {name}")
    edges = await _dicts(db, queries.GRAPH_EDGES_SQL, {"ids": id_json})
    graph = elements(nodes, edges, lambda aid: article_url(datasette, name, aid), centre)
    if centre is not None and len(graph["elements"]) == 1:
        graph = {"elements": [], "sites": []}       # an article alone: no network to draw
    title = next((n["title"] for n in nodes if n["id"] == centre), None) if centre is not None else None
    return await _render(datasette, request, "archive_graph.html", {
        "graph": graph, "site": site, "nodes": len(nodes), "capped": capped, "depth": AROUND_DEPTH,
        "centre_title": title or (f"article {centre}" if centre is not None else None),
        "centre_href": article_url(datasette, name, centre) if centre is not None else None,
        "db_arg": f"db={name}&" if request.args.get("db") else ""})


async def changes_atom(request, datasette):
    """The Atom feed of changes (archive.web.feed) of the first archive, or ``?db=``; ``?site=`` and
    ``?q=`` narrow it. A feed reader gets XML or one plain line, never an error page."""
    from archive.web.feed import changes_feed, feed_title
    from archive.web.watch import version_bodies

    name = await _requested_archive(request, datasette)
    if name is None:
        return Response.text("no archive on this server (or none you may read)\n", status=404)
    db = datasette.get_database(name)
    site, q = request.args.get("site", "").strip(), request.args.get("q", "").strip()
    try:
        rows = [dict(r) for r in await db.execute(
            queries.CHANGES_FEED_SQL, {"site": site, "q": q, "limit": FEED_ENTRIES})]
        bodies = {}
        for row in rows:
            if row["kind"] == "changed":
                bodies[row["key"]] = await db.execute_fn(
                    lambda conn, row=row: version_bodies(conn, row["article_id"], row["version"]))
    except (QueryInterrupted, sqlite3.Error) as exc:
        return Response.text(f"the feed could not be read: {exc}\n", status=400)
    base = datasette.absolute_url(request, "/").rstrip("/")
    from archive.web.diffs import changed_passages

    xml = changes_feed(
        rows, feed_url=datasette.absolute_url(request, request.full_path), home_url=base + datasette.urls.path(HOME_PATH),
        title=feed_title(site, q), read_url=lambda aid: base + article_url(datasette, name, aid),
        passages=lambda row: changed_passages(*bodies[row["key"]]))
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


async def _home_section(datasette, name: str) -> dict:
    db = datasette.get_database(name)
    recent_sql = f"{queries.RECENT_CHANGES_SQL} {queries.RECENT_CHANGES_ORDER} limit {RECENT_CHANGES_ON_HOME}"
    last_crawl = (await db.execute(queries.LAST_CRAWL_SQL)).first()
    return {
        **_charts_context(datasette, name, ""),
        "database": name,
        "database_url": datasette.urls.database(name),
        "sites": [dict(r) for r in await db.execute(queries.HOME_SITES_SQL)],
        "totals": dict((await db.execute(queries.TOTALS_SQL)).first()),
        "last_crawl": dict(last_crawl) if last_crawl else None,
        "recent": [
            {**dict(r), "href": article_url(datasette, name, r["article_id"])}
            for r in await db.execute(recent_sql)
        ],
        "queries": [
            {"title": q["title"], "description": q["description"], "href": datasette.urls.query(name, key)}
            for key, q in QUERIES.items()
        ],
    }


@read_only_page
async def article_page(request, datasette):
    """The archived article as a reader saw it: body, byline, Read Also, citations, versions and diffs.
    ``?version=N``: version N in full, as archived then; ``?compare=A..B`` (or ``?from=A&to=B``):
    what changed from version A to B, in the body and in every list.

    The rows are read in Datasette's SQL threads and the page is built in a page process.
    """
    db = _archive_db(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(request.actor, _read_permissions(db.name))
    article_id = _article_id(request.url_vars["id"], db.name)
    wanted = _wanted_versions(request.args, db.name, article_id)
    urls = _page_urls(datasette, db.name, article_id)
    if wanted is None:
        template, build, rows = "archive_article.html", page_context, await _article_rows(db, article_id)
    elif len(wanted) == 1:
        template, build, rows = "archive_article.html", version_context, await _version_rows(db, article_id, *wanted)
    else:
        template, build, rows = "archive_compare.html", compare_context, await _compare_rows(db, article_id, *wanted)
    try:
        if build is version_context:    # the snapshot is read in a page process too, then its Read Also looked up
            rows["fields"] = await asyncio.wrap_future(
                _page_workers().submit(version_fields, {name: rows["version"][name] for name in ("fields_gz", "authors")},
                                       MAX_LISTED + 1))
            rows["targets"] = await _dicts(db, queries.ARTICLE_URL_TARGETS_SQL, {
                "urls": json.dumps([link["url"] for link in rows["fields"]["related"] or []])})
        context = await asyncio.wrap_future(_page_workers().submit(build, rows, urls))
    except (CallTimedOut, WorkerDied) as exc:
        reason = f"took longer than {PAGE_TIMEOUT:g} s" if isinstance(exc, CallTimedOut) else "failed"
        return Response.text(f"Building the page of article {article_id} {reason}; its data is in the "
                             f"articles table.", status=503)
    return await _render(datasette, request, template, {"database": db.name, "table": "articles", **context})


def _wanted_versions(args, database: str, article_id: int) -> Optional[tuple[int, ...]]:
    """The version numbers a reading page URL asks for: none (the article as it is now), one
    (``?version=N``) or two (``?compare=A..B``, or ``?from=A&to=B`` from the page's form); a
    value that is no version number is a 404."""
    if "compare" in args:
        value = args.get("compare", "")
        parts = value.split("..") if ".." in value else [value, ""]
    elif "from" in args or "to" in args:
        parts = [args.get("from", ""), args.get("to", "")]
        value = "..".join(parts)
    elif "version" in args:
        value = args.get("version", "")
        parts = [value]
    else:
        return None
    numbers = tuple(as_article_id(part.strip()) for part in parts)
    if len(numbers) > 2 or None in numbers:
        raise NotFound(f"No version {value[:40]} of article {article_id} in {database}")
    return numbers


async def _version(db, article_id: int, number: int) -> dict:
    try:
        row = (await db.execute(queries.ARTICLE_VERSION_SQL, {"id": article_id, "version": number})).first()
    except sqlite3.OperationalError as exc:     # served without its migrations applied (no version_fields)
        raise NotFound(f"Versions of {db.name} cannot be read until it is upgraded (any health-archive "
                       f"command opening it does so): {exc}")
    if row is None:
        raise NotFound(f"No version {number} of article {article_id} in {db.name}")
    return dict(row)


async def _version_rows(db, article_id: int, number: int) -> dict:
    """What ``?version=N`` shows: the article (404 if none), the version and the version list."""
    article = (await db.execute(queries.ARTICLE_SQL, {"id": article_id})).first()
    if article is None:
        raise NotFound(f"No article {article_id} in {db.name}")
    current = {name: value for name, value in dict(article).items() if name not in ("body_text", "body_html_gz")}
    return {"article": current, "version": await _version(db, article_id, number),
            "versions": await _dicts(db, queries.ARTICLE_VERSION_LIST_SQL, {"id": article_id, "limit": MAX_LISTED}),
            **await _archived_copies(db, article_id)}


async def _compare_rows(db, article_id: int, first: int, second: int) -> dict:
    """What ``?compare=A..B`` shows: the article, both versions and the version list."""
    rows = await _version_rows(db, article_id, first)
    return {"article": rows["article"], "versions": rows["versions"], "before": rows["version"],
            "after": await _version(db, article_id, second)}


#: The Content-Security-Policy of an archived image: nothing it names loads or runs (an SVG's
#: scripts, styles from elsewhere), and opened on its own it is sandboxed.
REQUISITE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


@read_only_page
async def requisite(request, datasette):
    """An archived image (archive.crawl.requisites) by its SHA-256, as stored: its image type served
    inline with nosniff and REQUISITE_POLICY; anything else (never stored by a crawl) as a download."""
    from archive.crawl.requisites import inline_type

    db = _archive_db(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(request.actor, _read_permissions(db.name))
    sha = request.url_vars["sha256"]
    try:
        row = (await db.execute(queries.REQUISITE_SQL, {"sha256": sha})).first()
    except sqlite3.OperationalError:     # an archive from before m012_requisites
        row = None
    if row is None:
        raise NotFound(f"No archived image {sha} in {db.name}")
    inline = inline_type(row["content_type"])
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": REQUISITE_POLICY,
        "Content-Disposition": "inline" if inline else f'attachment; filename="{sha}"',
        "Cache-Control": "public, max-age=31536000, immutable",     # named by its content
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    body = gzip.decompress(row["body_gz"]) if request.method != "HEAD" else b""
    return Response(body, content_type=row["content_type"] if inline else "application/octet-stream",
                    headers=headers)


def _article_id(value: str, database: str) -> int:
    """The id in an article URL; one SQLite cannot hold names no article (404, not an overflow)."""
    article_id = as_article_id(value)
    if article_id is None:
        raise NotFound(f"No article {value[:40]} in {database}")
    return article_id


async def _article_rows(db, article_id: int) -> dict:
    """What the article page shows, each list at most MAX_LISTED rows (one more says there are more)."""
    params = {"id": article_id, "limit": MAX_LISTED + 1}
    row = (await db.execute(queries.ARTICLE_SQL, params)).first()
    if row is None:
        raise NotFound(f"No article {article_id} in {db.name}")
    texts = await db.execute(queries.ARTICLE_VERSION_TEXTS_SQL, {"id": article_id, "limit": MAX_DIFFS + 1})
    return {
        **await _archived_copies(db, article_id),
        "article": dict(row),
        "related": await _dicts(db, queries.ARTICLE_RELATED_SQL, params),
        "recommended_by": await _dicts(db, queries.ARTICLE_RECOMMENDED_BY_SQL, params),
        "fetch_history": await _dicts(db, queries.ARTICLE_FETCH_HISTORY_SQL, params),
        "citations": await _dicts(db, queries.ARTICLE_CITATIONS_SQL, params),
        "images": await _dicts(db, queries.ARTICLE_IMAGES_SQL, params),
        "versions": await _dicts(db, queries.ARTICLE_VERSION_LIST_SQL, {"id": article_id, "limit": MAX_LISTED}),
        "texts": {version: text for version, text in texts.rows},
    }


async def _archived_copies(db, article_id: int) -> dict:
    """``requisites`` {image URL: SHA-256 of its archived copy} and ``link_targets`` {link as the
    body has it: article id} of the article's links that lead to other archived articles."""
    try:
        stored = {r["url"]: r["sha256"] for r in await db.execute(
            queries.ARTICLE_REQUISITES_SQL, {"id": article_id, "limit": MAX_LISTED})}
    except sqlite3.OperationalError:     # an archive from before m012_requisites: nothing archived
        stored = {}
    targets = await db.execute(queries.ARTICLE_LINK_TARGETS_SQL, {"id": article_id, "limit": MAX_LINKS})
    return {"requisites": stored, "link_targets": {url: aid for url, aid in targets.rows}}


def _page_urls(datasette, database: str, article_id: int) -> dict:
    return {
        "requisite": datasette.urls.path(f"/-/requisite/{datasette.get_database(database).route}/"),
        "articles": datasette.urls.table(database, "articles"),
        "page": article_url(datasette, database, article_id),
        "row": datasette.urls.row(database, "articles", str(article_id)),
        "versions": datasette.urls.query(database, "version_history") + f"?article_id={article_id}",
        "recommended_by": datasette.urls.table(database, "related_links") + f"?target_id={article_id}",
        "graph": datasette.urls.path("/-/graph") + f"?db={quote_plus(database)}&article={article_id}",
        **{table: datasette.urls.table(database, table) for table in LIST_TABLES.values()},
    }


@functools.lru_cache(maxsize=1)
def _page_workers() -> Workers:
    return Workers(PAGE_PROCESSES, timeout=PAGE_TIMEOUT, preload=("archive.web.article_page",))


async def _dicts(db, sql: str, params: dict) -> list[dict]:
    return [dict(row) for row in await db.execute(sql, params)]


async def _render(datasette, request, template: str, context: dict) -> Response:
    """Render a page with what Datasette's own pages give the footer (metadata, version)."""
    context = {"metadata": datasette.metadata(), "datasette_version": datasette_version, **context}
    return Response.html(await datasette.render_template(template, context, request=request))


def _archive_db(datasette, route: str):
    try:
        db = datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")
    if db.name not in archive_names(datasette):
        raise NotFound(f"{db.name} is not an archive")
    return db


def _read_permissions(database: str) -> list:
    """The article page shows the articles table, so it needs what its table page needs."""
    return [("view-table", (database, "articles")), ("view-database", database), "view-instance"]


@functools.lru_cache(maxsize=1)
def content_security_policy() -> str:
    """The Content-Security-Policy of every page a server with an archive sends.

    Defence in depth behind the sanitizer: were an article's ``<script>``, ``onerror=`` or
    ``javascript:`` link ever to reach a page, the browser would refuse to run it: scripts run
    from this server only, and inline ones only if they are Datasette's own (by hash). Images
    load from this server and ``data:`` only: the reading page shows an article's images from
    the archive's own copies (archive.crawl.requisites), so an archived page cannot make a reader's
    browser request any other address, an intranet one included (docs/reliability.md).
    """
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
                      for script in datasette_inline_scripts())
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {hashes}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ])


def datasette_inline_scripts() -> list[str]:
    """The inline scripts of Datasette's templates, as pages carry them.

    Static ones as written; the table page's one template value (whether facets may be
    chosen) both ways. A plugin's ``extra_body_script`` is not among them: the policy blocks it.
    """
    scripts = []
    for template in sorted(DATASETTE_TEMPLATES.glob("*.html")):
        for script in re.findall(r"<script>(.*?)</script>", template.read_text(), re.S):
            if "{{ datasette_allow_facet }}" in script:
                scripts += [script.replace("{{ datasette_allow_facet }}", value) for value in ("true", "false")]
            elif "{{" not in script and "{%" not in script:
                scripts.append(script)
    return list(dict.fromkeys(scripts))


def human_date(value: Optional[str], with_time: bool = False) -> str:
    """An ISO 8601 date or timestamp as ``3 Feb 2024`` (``3 Feb 2024, 07:30 UTC`` with the time);
    anything else unchanged."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    text = f"{when.day} {when:%b %Y}"
    if not with_time or len(str(value)) <= 10:
        return text
    if when.utcoffset() == timedelta(0):
        return f"{text}, {when:%H:%M} UTC"
    return f"{text}, {when:%H:%M}" + (f" (UTC{when:%z})" if when.tzinfo else "")
