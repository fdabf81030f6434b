"""Named read queries over the archive, shared by Datasette (canned queries, pages, views) and the CLI.

Conventions the Datasette plugin relies on: a column holding an article's title is ``title`` and
sits next to ``article_id`` (``source_title``/``source_id`` and ``target_title``/``target_id`` in
the link graph), so result tables can link titles to the article page. Optional parameters take
``''`` for "any" because Datasette passes every named parameter, filled in or not.
"""
from __future__ import annotations

# -- archive overview ------------------------------------------------------------------

#: Articles per site with their freshness; the archive home and the ``site_summary`` view.
SUMMARY_SQL = """
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

#: The most recent crawl (the archive home shows when the archive was last refreshed).
LAST_CRAWL_SQL = """
select id as crawl_id, started, finished, status, pages_fetched, articles_new,
       articles_changed, articles_gone, errors, message
from crawls
order by id desc
limit 1
"""

#: Every stored version as an event, newest first: version 1 is "new", later ones "changed".
RECENT_CHANGES_SQL = """
select
  article_versions.fetched_at as changed_at,
  case when article_versions.version = 1 then 'new' else 'changed' end as change,
  article_versions.article_id,
  article_versions.title,
  articles.site,
  article_versions.version,
  article_versions.crawl_id,
  articles.url
from article_versions
join articles on articles.id = article_versions.article_id
order by article_versions.fetched_at desc, article_versions.id desc
"""

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

#: Full-text search over title, description and body, best match first.
#:
#: ``escape_fts`` quotes every term, so quotes, hyphens and brackets typed by a reader are
#: searched for, never parsed as FTS syntax. Datasette provides it (our plugin swaps in
#: :func:`escape_fts_query`); elsewhere call :func:`register_functions` first. Input with no
#: terms becomes ``""`` (matches nothing) instead of an empty MATCH, which FTS5 rejects.
SEARCH_SQL = """
select
  articles.id as article_id,
  articles.title,
  articles.site,
  articles.published,
  snippet(articles_fts, -1, '<mark>', '</mark>', '…', 24) as snippet,
  articles.url
from articles_fts
join articles on articles.id = articles_fts.rowid
where articles_fts match coalesce(nullif(escape_fts(:q), ''), '""')
  and (:site = '' or articles.site = :site)
order by articles_fts.rank
"""

# -- links between articles ------------------------------------------------------------

#: Read Also edges, one per link: which article recommends which (target_id null = not archived).
ARTICLE_GRAPH_SQL = """
select
  related_links.article_id as source_id,
  source.title as source_title,
  source.url as source_url,
  related_links.target_id,
  coalesce(target.title, related_links.title) as target_title,
  related_links.url as target_url,
  related_links.position
from related_links
join articles as source on source.id = related_links.article_id
left join articles as target on target.id = related_links.target_id
"""

#: Articles ranked by how many other archived articles list them under Read Also (in-degree).
MOST_RECOMMENDED_SQL = """
select
  articles.id as article_id,
  articles.title,
  articles.site,
  count(distinct related_links.article_id) as recommended_by,
  articles.url
from related_links
join articles on articles.id = related_links.target_id
where related_links.article_id != related_links.target_id
group by articles.id
order by recommended_by desc, articles.title
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

#: Links in article bodies whose rel marks them as paid placements.
SPONSORED_LINKS_SQL = """
select links.article_id, articles.title, articles.site, links.position,
       links.text as link_text, links.url as link_url, links.rel
from links
join articles on articles.id = links.article_id
where links.rel like '%sponsored%'
order by articles.site, links.article_id, links.position
"""

# -- crawls and versions ---------------------------------------------------------------

#: Crawls newest first, with errors counted from ``fetches`` (live even while a crawl runs).
CRAWL_HISTORY_SQL = """
select
  crawls.id as crawl_id,
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
  crawls.message
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
  length(article_versions.body_text) as body_chars,
  article_versions.crawl_id,
  article_versions.content_hash
from article_versions
where article_versions.article_id = :article_id
order by article_versions.version
"""

# -- the article page ------------------------------------------------------------------

ARTICLE_SQL = "select * from articles where id = :id"

ARTICLE_RELATED_SQL = """
select related_links.position, related_links.url, related_links.title, related_links.teaser,
       related_links.target_id, target.title as target_title, target.status as target_status
from related_links
left join articles as target on target.id = related_links.target_id
where related_links.article_id = :id
order by related_links.position
"""

ARTICLE_CITATIONS_SQL = """
select position, url, text, doi, pmid from citations where article_id = :id order by position
"""

ARTICLE_IMAGES_SQL = """
select position, src, alt, caption from images where article_id = :id order by position
"""

#: Versions with their text, oldest first, so consecutive pairs can be diffed.
ARTICLE_VERSION_TEXTS_SQL = """
select version, fetched_at, crawl_id, title, body_text
from article_versions where article_id = :id order by version
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
