"""Named read queries over the archive, shared by Datasette (canned queries, pages, views) and the CLI.

Conventions the Datasette plugin relies on: a column holding an article's title is ``title`` and
sits next to ``article_id`` (``source_title``/``source_id`` and ``target_title``/``target_id`` in
the link graph), so result tables can link titles to the article page. Optional parameters take
``''`` for "any" because Datasette passes every named parameter, filled in or not.
"""
from __future__ import annotations

# -- archive overview ------------------------------------------------------------------

#: Articles per site with their freshness; the archive home and the ``site_summary`` view. Read
#: from ``site_stats``, which triggers keep current (archive.schema.m004_browse_tables); it equals
#: SUMMARY_FROM_ARTICLES_SQL, which scans every article.
SUMMARY_SQL = """
select
  site,
  articles,
  live,
  gone,
  case when worded > 0 then words end as words,
  first_seen,
  last_seen,
  last_changed
from site_stats
where articles > 0
order by articles desc, site
"""

#: SUMMARY_SQL computed from the articles themselves (what site_stats must always agree with).
SUMMARY_FROM_ARTICLES_SQL = """
select
  site,
  count(*) as articles,
  count(*) filter (where status = 'live') as live,
  count(*) filter (where status = 'gone') as gone,
  sum(word_count) as words,
  min(first_seen) as first_seen,
  max(last_seen) as last_seen,
  max(last_changed) as last_changed
from articles
group by site
order by articles desc, site
"""

#: The archive home's per-site table: the view (whichever version of it the archive has).
HOME_SITES_SQL = "select * from site_summary"

#: One row of totals for the archive home.
TOTALS_SQL = """
select
  (select coalesce(sum(articles), 0) from site_summary) as articles,
  (select count(*) from site_summary) as sites,
  (select count(*) from article_versions) as versions,
  (select coalesce(sum(gone), 0) from site_summary) as gone,
  (select min(published) from articles) as oldest,
  (select max(published) from articles) as newest
"""

#: The most recent crawl (the archive home shows when the archive was last refreshed).
LAST_CRAWL_SQL = """
select id as crawl_id, profile, started, finished, status, pages_fetched, articles_new,
       articles_changed, articles_gone, errors, message, anomaly
from crawls
order by id desc
limit 1
"""

#: Every stored version as an event: version 1 is "new", later ones "changed". Unordered, as the
#: ``recent_changes`` view (its metadata sorts it newest first); RECENT_CHANGES_ORDER orders it.
#: Site and url come from scalar subqueries rather than a join, and the view has no ORDER BY, so
#: counting it (Datasette does on every view page) is counting article_versions.
RECENT_CHANGES_SQL = """
select
  article_versions.fetched_at as changed_at,
  case when article_versions.version = 1 then 'new' else 'changed' end as change,
  article_versions.article_id,
  article_versions.title,
  (select site from articles where articles.id = article_versions.article_id) as site,
  article_versions.version,
  article_versions.crawl_id,
  (select url from articles where articles.id = article_versions.article_id) as url
from article_versions
"""
RECENT_CHANGES_ORDER = "order by article_versions.fetched_at desc, article_versions.id desc"

#: Changed articles only (version > 1), most recent change first.
RECENTLY_CHANGED_SQL = """
select
  articles.last_changed as changed_at,
  articles.id as article_id,
  articles.title,
  articles.site,
  articles.version,
  (select count(*) from article_versions v where v.article_id = articles.id) as versions,
  articles.url
from articles
where articles.version > 1
order by articles.last_changed desc
"""

# -- search ----------------------------------------------------------------------------

#: Full-text search over title, description and body: the SEARCH_LIMIT best matches, best first
#: (``/archive/articles?_search=`` pages through every match), with optional filters:
#: ``:site`` (exact), ``:author`` (part of a name, any case), ``:tag`` (a whole tag, any case),
#: ``:since`` and ``:until`` (publication date bounds, inclusive; ``2024``, ``2024-03`` or
#: ``2024-03-05``). ``''`` means "any"; an article with no date is left out by a date bound.
#:
#: ``escape_fts`` quotes every term, so quotes, hyphens and brackets typed by a reader are
#: searched for, never parsed as FTS syntax. Datasette provides it (our plugin swaps in
#: :func:`escape_fts_query`); elsewhere call :func:`register_functions` first. Input with no
#: terms becomes ``""`` (matches nothing) instead of an empty MATCH, which FTS5 rejects.
SEARCH_LIMIT = 100
SEARCH_SQL = f"""
select
  articles.id as article_id,
  articles.title,
  articles.site,
  articles.published,
  articles.authors,
  snippet(articles_fts, -1, '<mark>', '</mark>', '…', 24) as snippet,
  articles.url
from articles_fts
join articles on articles.id = articles_fts.rowid
where articles_fts match coalesce(nullif(escape_fts(:q), ''), '""')
  and (:site = '' or articles.site = :site)
  and (:author = '' or exists (
    select 1 from json_each(articles.authors) where json_each.value like '%' || :author || '%'))
  and (:tag = '' or exists (
    select 1 from json_each(articles.tags) where json_each.value = :tag collate nocase))
  and (:since = '' or articles.published >= :since)
  and (:until = '' or substr(articles.published, 1, length(:until)) <= :until)
order by articles_fts.rank
limit {SEARCH_LIMIT}
"""

#: SEARCH_SQL's parameters: the query, then the filters, each ``''`` when not used.
SEARCH_PARAMS = ("q", "site", "author", "tag", "since", "until")


def search_params(q: str, **filters: str) -> dict:
    """Parameters for SEARCH_SQL: ``q`` and any of the filters, the rest ``''`` (any)."""
    unknown = set(filters) - set(SEARCH_PARAMS)
    if unknown:
        raise TypeError(f"unknown search filter(s): {', '.join(sorted(unknown))}")
    return {**dict.fromkeys(SEARCH_PARAMS, ""), **filters, "q": q}

# -- links between articles ------------------------------------------------------------

#: Read Also edges, one per link: which article recommends which (target_id null = not archived).
#: Titles come from scalar subqueries, not joins, so counting the view is counting related_links.
ARTICLE_GRAPH_SQL = """
select
  related_links.article_id as source_id,
  (select title from articles where articles.id = related_links.article_id) as source_title,
  (select url from articles where articles.id = related_links.article_id) as source_url,
  related_links.target_id,
  coalesce((select title from articles where articles.id = related_links.target_id),
           related_links.title) as target_title,
  related_links.url as target_url,
  related_links.position
from related_links
"""

#: The 1,000 articles listed under Read Also by the most other archived articles (in-degree).
#: Counted on related_links alone (an index on target_id, article_id covers it), then joined.
MOST_RECOMMENDED_SQL = """
select
  articles.id as article_id,
  articles.title,
  articles.site,
  top.recommended_by,
  articles.url
from (
  select target_id, count(distinct article_id) as recommended_by
  from related_links
  where target_id is not null and target_id != article_id
  group by target_id
  order by recommended_by desc, target_id
  limit 1000
) as top
join articles on articles.id = top.target_id
order by top.recommended_by desc, articles.title
"""

#: Read Also links with no usable archived copy: never archived, row missing, or marked gone.
BROKEN_RELATED_SQL = """
select
  related_links.article_id,
  source.title,
  related_links.position,
  related_links.title as link_title,
  related_links.url as link_url,
  case
    when related_links.target_id is null then 'not archived'
    when target.id is null then 'target row missing'
    else 'target gone'
  end as problem
from related_links
join articles as source on source.id = related_links.article_id
left join articles as target on target.id = related_links.target_id
where related_links.target_id is null or target.id is null or target.status = 'gone'
order by related_links.article_id, related_links.position
"""

#: Live articles citing no source: candidates for a closer editorial look.
WITHOUT_CITATIONS_SQL = """
select articles.id as article_id, articles.title, articles.site, articles.published,
       articles.word_count, articles.url
from articles
where articles.status = 'live'
  and not exists (select 1 from citations where citations.article_id = articles.id)
order by articles.site, articles.published desc
"""

#: Links in article bodies whose rel marks them as paid placements, by site. Articles are walked in
#: site order (CROSS JOIN keeps them the outer loop) and each one's sponsored links found in a
#: partial index (archive.views.BROWSE_INDEXES), so rows stream in order: the first page of a
#: million-article archive needs a few thousand articles, not every sponsored link sorted.
SPONSORED_LINKS_SQL = """
select links.article_id, articles.title, articles.site, links.position,
       links.text as link_text, links.url as link_url, links.rel
from articles
cross join links on links.article_id = articles.id
where links.rel like '%sponsored%'
order by articles.site, articles.id, links.position
"""

# -- crawls and versions ---------------------------------------------------------------

#: Crawls newest first, with errors counted from ``fetches`` (live even while a crawl runs).
CRAWL_HISTORY_SQL = """
select
  crawls.id as crawl_id,
  crawls.profile,
  crawls.started,
  crawls.finished,
  crawls.status,
  crawls.pages_fetched,
  crawls.articles_new,
  crawls.articles_changed,
  crawls.articles_gone,
  (select count(*) from fetches where fetches.crawl_id = crawls.id) as fetches,
  (select count(*) from fetches where fetches.crawl_id = crawls.id
     and (fetches.outcome = 'error' or fetches.error is not null)) as error_fetches,
  crawls.message,
  crawls.anomaly
from crawls
order by crawls.id desc
"""

#: One article's versions, oldest first (:article_id).
ARTICLE_VERSIONS_SQL = """
select
  article_versions.article_id,
  article_versions.version,
  article_versions.fetched_at,
  article_versions.title,
  article_versions.published,
  article_versions.modified,
  (select length(body_text) from bodies where bodies.id = article_versions.body_id) as body_chars,
  article_versions.crawl_id,
  article_versions.content_hash
from article_versions
where article_versions.article_id = :article_id
order by article_versions.version
"""

# -- the article page ------------------------------------------------------------------

#: The article with its current body (the articles_full view).
ARTICLE_SQL = "select * from articles_full where id = :id"

#: The article page's lists, each at most ``:limit`` rows (the page asks one more to know there are more).
ARTICLE_RELATED_SQL = """
select related_links.position, related_links.url, related_links.title, related_links.teaser,
       related_links.target_id, target.title as target_title, target.status as target_status
from related_links
left join articles as target on target.id = related_links.target_id
where related_links.article_id = :id
order by related_links.position limit :limit
"""

ARTICLE_CITATIONS_SQL = """
select position, url, text, doi, pmid from citations where article_id = :id order by position limit :limit
"""

ARTICLE_IMAGES_SQL = """
select position, src, alt, caption from images where article_id = :id order by position limit :limit
"""

#: Versions newest first, at most ``:limit``, with how many there are.
ARTICLE_VERSION_LIST_SQL = """
select version, fetched_at, crawl_id, title, (select count(*) from article_versions where article_id = :id) as total
from article_versions where article_id = :id order by version desc limit :limit
"""

#: The texts of the newest ``:limit`` versions (what the page diffs).
ARTICLE_VERSION_TEXTS_SQL = """
select article_versions.version, bodies.body_text from article_versions
left join bodies on bodies.id = article_versions.body_id
where article_versions.article_id = :id order by article_versions.version desc limit :limit
"""


def escape_fts_query(query: str) -> str:
    """Datasette's ``escape_fts``, but never empty: input with no terms (a lone ``"``) becomes ``""``.

    FTS5 rejects an empty MATCH with a syntax error; ``""`` is valid and matches nothing.
    """
    # Imported here: this module is also loaded by open_db (via views), which should not pay for
    # importing Datasette on every crawl and CLI start.
    from datasette.utils import escape_fts

    return escape_fts(query or "") or '""'


def register_functions(conn) -> None:
    """Register ``escape_fts`` (our never-empty version) on a sqlite3 connection, for SEARCH_SQL.

    The Datasette plugin registers it on every connection, so the articles search box cannot
    fail either; the CLI calls it on ``db.conn``.
    """
    conn.create_function("escape_fts", 1, escape_fts_query, deterministic=True)
