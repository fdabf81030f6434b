"""Named read queries over the archive, shared by Datasette (canned queries, pages, views) and the CLI.

Conventions the Datasette plugin relies on: a column holding an article's title is ``title`` and
sits next to ``article_id`` (``source_title``/``source_id`` and ``target_title``/``target_id`` in
the link graph), so result tables can link titles to the article page. Optional parameters take
``''`` for "any" because Datasette passes every named parameter, filled in or not.
"""
from __future__ import annotations

from archive.web.search import DATE_HELP, fts_query, search_date

# -- archive overview ------------------------------------------------------------------

#: Articles per site with their freshness; the archive home and the ``site_summary`` view. Read
#: from ``site_stats``, which triggers keep current (archive.db.schema.m004_browse_tables); it equals
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

#: Every stored version as an event (version 1 is "new", later ones "changed"), and every gone
#: article ("gone", since ``gone_since``). Unordered: RECENT_CHANGES_ORDER orders it, newest first,
#: in the ``recent_changes`` view and on the archive home. Site and url come from scalar subqueries
#: rather than a join, so counting the view (Datasette does on every view page) is counting
#: article_versions and the gone articles.
RECENT_CHANGES_SQL = """
select
  article_versions.fetched_at as changed_at,
  case when article_versions.version = 1 then 'new' when article_versions.source = 'reparse' then 'reparsed'
       else 'changed' end as change,
  article_versions.article_id,
  article_versions.title,
  (select site from articles where articles.id = article_versions.article_id) as site,
  article_versions.version,
  article_versions.crawl_id,
  (select url from articles where articles.id = article_versions.article_id) as url
from article_versions
union all
select articles.gone_since, 'gone', articles.id, articles.title, articles.site, articles.version, null, articles.url
from articles
where articles.status = 'gone'
"""
RECENT_CHANGES_ORDER = "order by changed_at desc, article_id desc, version desc"
#: The number of rows of RECENT_CHANGES_SQL, from two indexes (counting the view sorts all its rows).
RECENT_CHANGES_COUNT_SQL = ("select (select count(*) from article_versions) "
                            "+ (select count(*) from articles where status = 'gone')")

def search_count_sql(match: str) -> str:
    """The number of articles a full-text search finds, counted in the index (``match``: the
    parameter expression Datasette's search uses, ``escape_fts(:search)`` or ``:search``)."""
    return f"select count(*) from articles_fts where articles_fts match {match}"


def search_page_sql(columns: str, where: str, limit: str) -> str:
    """A page of a full-text search's matches, newest first: their ids chosen by walking the
    index on published (a page of a common word's matches is met early; no match reads the whole
    narrow index), then their rows. Ties on published go by id, the order Datasette's next-page
    link (``published = :p and id > :id``) expects; Datasette's own first page left them unordered."""
    return (f"select {columns} from articles where id in (select id from articles indexed by idx_articles_published "
            f"where {where} order by published desc, id limit {int(limit)}) order by published desc, id")


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

#: The search page: with a query (``:q``), the SEARCH_LIMIT best full-text matches over title,
#: description and body, best first, the matching passage highlighted; without one, the
#: SEARCH_LIMIT newest articles the filters keep (filters alone browse). Filters: ``:site``
#: (exact), ``:author`` (part of a name, any case), ``:tag`` (a whole tag, any case), ``:since``
#: and ``:until`` (publication date bounds, inclusive, as archive.web.search.date_bound reads them:
#: ``2024-03``, ``March 2024``, ``last year``...). ``''`` means "any"; an article with no date is
#: left out by a date bound. A bound that is no date gives one row saying so instead of results.
#:
#: ``escape_fts`` (archive.web.search.fts_query, registered by :func:`register_functions` and by the
#: plugin on every connection) keeps ``OR``/``AND``/``NOT``, quoted phrases and ``prefix*`` and
#: quotes everything else, so no input makes FTS5 fail.
SEARCH_LIMIT = 100
_SEARCH_FILTERS = """(:site = '' or articles.site = :site)
  and (:author = '' or exists (
    select 1 from json_each(articles.authors) where json_each.value like '%' || :author || '%'))
  and (:tag = '' or exists (
    select 1 from json_each(articles.tags) where json_each.value = :tag collate nocase))
  and (:since = '' or articles.published >= search_date(:since))
  and (:until = '' or substr(articles.published, 1, length(search_date(:until))) <= search_date(:until))"""
_DATE_PROBLEM = """(:since != '' and search_date(:since) is null) or (:until != '' and search_date(:until) is null)"""
_NO_FILTERS = "(:site = '' and :author = '' and :tag = '' and :since = '' and :until = '')"
# The best matches are chosen first by id and score alone, sorted by SQLite's top-N sort of
# bm25() (FTS5's own ``order by rank`` sorter took 1.7x as long at a million articles), without
# reading an article row when no filter needs one; snippets are made for those rows only.
SEARCH_SQL = f"""
with ranked as (
  select * from (
    select articles_fts.rowid as id, bm25(articles_fts) as score from articles_fts
    where :q != '' and {_NO_FILTERS} and articles_fts match escape_fts(:q)
    order by score limit {SEARCH_LIMIT})
  union all
  select * from (
    select articles_fts.rowid, bm25(articles_fts) from articles_fts join articles on articles.id = articles_fts.rowid
    where :q != '' and not {_NO_FILTERS} and not ({_DATE_PROBLEM}) and articles_fts match escape_fts(:q)
      and {_SEARCH_FILTERS}
    order by 2 limit {SEARCH_LIMIT})
)
select article_id, title, site, published, authors, snippet, url from (
  select articles.id as article_id, articles.title, articles.site, articles.published, articles.authors,
    snippet(articles_fts, -1, '<mark>', '</mark>', '…', 24) as snippet, articles.url, ranked.score as sort_key
  from ranked join articles_fts on articles_fts.rowid = ranked.id join articles on articles.id = ranked.id
  where articles_fts match escape_fts(:q)
  union all
  select * from (
    select articles.id, articles.title, articles.site, articles.published, articles.authors, null,
      articles.url, row_number() over (order by articles.published desc, articles.id desc)
    from articles
    where :q = '' and not ({_DATE_PROBLEM}) and {_SEARCH_FILTERS}
    order by articles.published desc, articles.id desc limit {SEARCH_LIMIT})
  union all
  select null, 'No search: a date filter is not a date (' || trim(:since || ' ' || :until) || '): {DATE_HELP.replace("'", "''")}',
    null, null, null, null, null, 0
  where {_DATE_PROBLEM}
)
order by sort_key
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

#: The 1,000 articles listed under Read Also by the most other archived articles (in-degree),
#: read from the counts triggers keep (read_also_counts, archive.db.schema m015) in the order of
#: their index, then joined.
MOST_RECOMMENDED_SQL = """
select
  articles.id as article_id,
  articles.title,
  articles.site,
  top.recommended_by,
  articles.url
from (
  select target_id, recommended_by
  from read_also_counts
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
#: Read in the order of the index on (site, published desc), stopping at the page's end: ``+``
#: keeps SQLite from choosing the index on status instead (statistics that call 'live' rare made it
#: sort every live article: 0.7 s at a million, against 0.02 s).
WITHOUT_CITATIONS_SQL = """
select articles.id as article_id, articles.title, articles.site, articles.published,
       articles.word_count, articles.url
from articles
where +articles.status = 'live'
  and not exists (select 1 from citations where citations.article_id = articles.id)
order by articles.site, articles.published desc
"""

#: Links in article bodies whose rel marks them as paid placements, by site. Articles are walked in
#: site order (CROSS JOIN keeps them the outer loop) and each one's sponsored links found in a
#: partial index (archive.db.views.BROWSE_INDEXES), so rows stream in order: the first page of a
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

#: The articles whose Read Also lists this one ("recommended by N"), each once, and how many.
ARTICLE_RECOMMENDED_BY_SQL = """
select source.id as source_id, source.title, source.site, source.status, count(*) over () as total
from articles as source
where source.id in (select article_id from related_links where target_id = :id and article_id != :id)
order by source.title, source.id limit :limit
"""

#: What each visit found of an article, oldest first: the reading page's timeline (archive.web.article_page.timeline).
ARTICLE_FETCH_HISTORY_SQL = """
select fetched_at, outcome, crawl_id from fetches
where article_id = :id and outcome in ('new', 'changed', 'unchanged', 'not_modified', 'gone')
order by id limit 5000
"""

ARTICLE_CITATIONS_SQL = """
select position, url, text, doi, pmid from citations where article_id = :id order by position limit :limit
"""

ARTICLE_IMAGES_SQL = """
select position, src, alt, caption from images where article_id = :id order by position limit :limit
"""

#: The archived copy of each image the article shows (its images, og:image, and what the crawl
#: fetched for it): the URL as the article names it and the SHA-256 of the latest image stored.
ARTICLE_REQUISITES_SQL = """
with wanted(url) as (
  select src from (select src from images where article_id = :id order by position limit :limit)
  union select image from articles where id = :id and image is not null
  union select url from (select url from requisites where article_url = (select url from articles where id = :id)
                         order by id desc limit :limit)
)
select w.url, (select q.sha256 from requisites q where q.url = w.url and q.sha256 is not null
               order by q.id desc limit 1) as sha256
from wanted w
"""

#: The article's links that lead to another archived article (the reading page points them at its
#: page): the link as the body has it, matched as it is, without its #fragment or without its
#: query (tracking parameters), each an index lookup in article_urls.
ARTICLE_LINK_TARGETS_SQL = """
select l.url, min(u.article_id) as article_id
from (select distinct url from links where article_id = :id limit :limit) l
join article_urls u on u.url = l.url or u.url = substr(l.url, 1, instr(l.url, '#') - 1)
                    or u.url = substr(l.url, 1, instr(l.url, '?') - 1)
where u.article_id != :id
group by l.url
"""

#: Images of articles that no fetch stored (archive.crawl.requisites), with the last fetch's status and error.
IMAGES_NOT_ARCHIVED_SQL = """
select a.id as article_id, a.title, q.url, f.status, f.error, f.fetched_at
from requisites q join fetches f on f.id = q.id
left join articles a on a.url = q.article_url
where q.id = (select max(id) from requisites r where r.url = q.url)
  and not exists (select 1 from requisites s where s.url = q.url and s.sha256 is not null)
order by f.id desc limit 1000
"""

#: A stored page requisite (archive.crawl.requisites) by its SHA-256: its type and gzipped bytes.
REQUISITE_SQL = """
select q.content_type, p.body_gz from requisites q join payloads p on p.sha256 = q.sha256
where q.sha256 = :sha256 order by q.id desc limit 1
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


#: One version of an article (``:id``, ``:version``) with its body and its snapshot of every
#: other field (archive.db.version_fields): what ``?version=N`` and ``?compare=A..B`` show.
ARTICLE_VERSION_SQL = """
select v.version, v.fetched_at, v.crawl_id, v.source, v.extractor, v.title, v.authors, v.published, v.modified,
       v.description, b.body_text, b.body_html_gz, f.fields_gz
from article_versions v
left join bodies b on b.id = v.body_id
left join version_fields f on f.id = v.fields_id
where v.article_id = :id and v.version = :version
"""

#: The archived articles the URLs of ``:urls`` (a JSON array) lead to: a version's Read Also.
ARTICLE_URL_TARGETS_SQL = """
select u.url, target.id as target_id, target.title as target_title, target.status as target_status
from json_each(:urls) as j
join article_urls as u on u.url = j.value
join articles as target on target.id = u.article_id
"""


def register_functions(conn) -> None:
    """Register ``escape_fts`` (archive.web.search.fts_query, in place of Datasette's) and
    ``search_date`` on a sqlite3 connection, for SEARCH_SQL.

    The Datasette plugin registers them on every connection, so the articles table's search box
    takes the same syntax and cannot fail either; the CLI calls this on ``db.conn``.
    """
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    # "deterministic" lets SQLite compute a bound once per query instead of once per row; the
    # answer changes only with the day ("last month").
    conn.create_function("search_date", 1, search_date, deterministic=True)


#: Every event the archive records, oldest first: the rows of RECENT_CHANGES_SQL (a version "new"
#: or "changed", an article "gone") and each crawl's anomaly. ``key`` names an event for good
#: (archive.web.watch sends each once per rule; the Atom feed's entry ids).
CHANGES_SQL = f"""
select case when e.change = 'gone' then 'gone:' || e.article_id || ':' || e.changed_at
            else 'version:' || e.article_id || ':' || e.version end as key,
  e.change as kind, e.changed_at as at, e.article_id, e.site, e.title, e.url, e.version, null as message
from ({RECENT_CHANGES_SQL}) as e
union all
select 'anomaly:' || c.id, 'anomaly', coalesce(c.finished, c.started), null,
  (select group_concat(distinct site) from articles where id in (select article_id from fetches where crawl_id = c.id)),
  null, null, null, c.anomaly
from crawls c where c.anomaly is not null and c.anomaly != ''
order by at, key
"""

#: The events of CHANGES_SQL a watch rule (``:rule``) has not sent yet, oldest first.
UNSENT_CHANGES_SQL = f"""
select * from ({CHANGES_SQL}) as e
where not exists (select 1 from notifications n where n.rule = :rule and n.event = e.key and n.status != 'failed')
"""

#: The Atom feed's entries: the newest `:limit` events of CHANGES_SQL of one site (``:site``, ''
#: for all) whose article matches a full-text query (``:q``, '' for all; anomalies only without
#: either). The same rows, written with the limit inside each part so that each reads only its
#: newest rows by index: a feed costs the same on a million articles as on ten.
_FEED_FILTER = """(:site = '' or a.site = :site)
  and (:q = '' or a.id in (
    select rowid from articles_fts where articles_fts match coalesce(nullif(escape_fts(:q), ''), '""')))"""
CHANGES_FEED_SQL = f"""
select * from (
  select * from (
    select 'version:' || v.article_id || ':' || v.version as key,
      case when v.version = 1 then 'new' when v.source = 'reparse' then 'reparsed' else 'changed' end as kind,
      v.fetched_at as at, a.id as article_id, a.site, v.title, a.url, v.version, null as message
    from article_versions v join articles a on a.id = v.article_id
    where {_FEED_FILTER} order by v.fetched_at desc limit :limit)
  union all
  select * from (
    select 'gone:' || a.id || ':' || a.gone_since, 'gone', a.gone_since, a.id, a.site, a.title, a.url,
      a.version, null
    from articles a where a.status = 'gone' and {_FEED_FILTER} order by a.gone_since desc limit :limit)
  union all
  select * from (
    select 'anomaly:' || c.id, 'anomaly', coalesce(c.finished, c.started), null, null, null, null, null, c.anomaly
    from crawls c where c.anomaly is not null and c.anomaly != '' and :q = '' and :site = ''
    order by c.id desc limit :limit)
)
order by at desc, key desc
limit :limit
"""

#: What a watch rule matches a version against (article id, version), or a gone article (article id).
VERSION_TEXT_SQL = """
select v.title, v.description, b.body_text, a.tags, v.authors
from article_versions v join articles a on a.id = v.article_id left join bodies b on b.id = v.body_id
where v.article_id = ? and v.version = ?
"""
ARTICLE_TEXT_SQL = "select title, description, body_text, tags, authors from articles_full where id = ?"
#: (version, body_text) of two versions of an article: what a change notice quotes.
VERSION_BODIES_SQL = """
select v.version, b.body_text from article_versions v left join bodies b on b.id = v.body_id
where v.article_id = ? and v.version in (?, ?)
"""

#: The Read Also network around one article (``:id``): archived articles at most ``:depth`` Read
#: Also links away in either direction, nearest first, at most ``:nodes`` of them.
GRAPH_AROUND_SQL = """
with recursive near(id, depth) as (
  select :id, 0
  union
  select case when r.article_id = near.id then r.target_id else r.article_id end, near.depth + 1
  from near join related_links r on r.article_id = near.id or r.target_id = near.id
  where near.depth < :depth and r.target_id is not null and r.target_id != r.article_id
)
select id from near group by id order by min(depth), id limit :nodes
"""
#: The ``:nodes`` articles most listed under other articles' Read Also, of one site (``:site``) or all.
GRAPH_TOP_SQL = """
select r.target_id as id from related_links r
where r.target_id != r.article_id and (:site = '' or r.target_id in (select id from articles where site = :site))
group by r.target_id order by count(distinct r.article_id) desc, r.target_id limit :nodes
"""
#: The graph's nodes and the Read Also links among them (``:ids``: a JSON array of article ids).
GRAPH_NODES_SQL = """
select id, title, site, status from articles where id in (select value from json_each(:ids))
"""
GRAPH_EDGES_SQL = """
select distinct article_id as source, target_id as target from related_links
where article_id in (select value from json_each(:ids)) and target_id in (select value from json_each(:ids))
  and target_id != article_id
"""

#: Chart data (archive.web.charts; the archive home and /-/charts). ``:site`` is '' for all sites.
#: The newest date of the archive (published or fetched): where the month charts end.
CHART_LATEST_SQL = """
select max(coalesce((select max(published) from articles where :site = '' or site = :site), ''),
           coalesce((select max(fetched_at) from article_versions), ''))
"""
CHART_ARTICLES_PER_MONTH_SQL = """
select substr(published, 1, 7) as month, site, count(*) as articles from articles
where published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' and substr(published, 1, 7) >= :since
  and (:site = '' or site = :site)
group by month, site order by month, site
"""
CHART_CHANGES_PER_MONTH_SQL = """
select month, sum(kind = 'new') as new, sum(kind = 'changed') as changed, sum(kind = 'gone') as gone from (
  select substr(v.fetched_at, 1, 7) as month,
    case when v.version = 1 then 'new' when v.source = 'reparse' then 'reparsed' else 'changed' end as kind
  from article_versions v where (:site = '' or v.article_id in (select id from articles where site = :site))
  union all
  select substr(gone_since, 1, 7), 'gone' from articles where gone_since is not null and (:site = '' or site = :site)
) where month >= :since group by month order by month
"""
CHART_CITATION_RATE_SQL = """
select site, count(*) as articles,
  sum(exists(select 1 from citations c where c.article_id = a.id)) as cited
from articles a where status = 'live' and (:site = '' or site = :site)
group by site order by articles desc, site limit :limit
"""
CHART_TOP_AUTHORS_SQL = """
select value as author, count as articles from facet_counts
where :site = '' and facet = 'authors' and typeof(value) = 'text'
union all
select aa.author, count(*) from article_authors aa join articles a on a.id = aa.article_id
where :site != '' and a.site = :site and typeof(aa.author) = 'text' group by aa.author
order by 2 desc, 1 limit :limit
"""


# -- facets and filters of the articles table (archive.web.facets) ----------------------------

#: A chosen tag or author, as an index lookup in its browse table (m004) instead of a JSON scan.
ITEM_TABLES = {"tags": ("article_tags", "tag"), "authors": ("article_authors", "author")}


def item_filter_sql(column: str, param: str) -> str:
    """``articles.id`` among the articles listing ``:param`` in list column ``column``."""
    table, item = ITEM_TABLES[column]
    return f'"articles"."id" in (select article_id from {table} where {item} = :{param})'


def facet_counts_sql(order: str, limit: int) -> str:
    """A whole-table facet's counts (``:facet``) as the browse tables keep them."""
    return f"select value, count from facet_counts where facet = :facet and count > 0 order by {order} limit {limit}"


def list_facet_sql(inner_sql: str, col: str, limit: int) -> str:
    """(value, count) of the items of JSON list column ``col`` (escaped) over the rows of ``inner_sql``."""
    return (f"select j.value as value, count(*) as count "
            f"from ({inner_sql}) as inner_rows, "
            f"json_each(case when json_valid(inner_rows.{col}) then inner_rows.{col} else '[]' end) as j "
            f"where j.type not in ('object', 'array', 'null') "
            f"group by j.value order by count desc, j.value limit {limit}")


def month_facet_sql(inner_sql: str, col: str, limit: int) -> str:
    """(YYYY-MM, count) of ISO 8601 column ``col`` (escaped) over the rows of ``inner_sql``, newest first."""
    return (f"select substr({col}, 1, 7) as value, count(*) as count from ({inner_sql}) "
            f"where {col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
            f"group by value order by value desc limit {limit}")
