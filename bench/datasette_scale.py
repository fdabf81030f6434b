"""Benchmark: Datasette over a generated archive of many articles (search, facets, pages, queries).

    python -m bench.datasette_scale --articles 50000            # generate once, then time
    python -m bench.datasette_scale --articles 50000 --runs 9   # more runs per page
    python -m bench.datasette_scale --articles 2000 --regenerate --no-docs

The archive is built in the real schema (archive.db.schema.open_db: migrations, FTS triggers,
views) under bench/out/, with bulk inserts instead of Archive.save_article for speed. Every
article gets a version-1 row sharing its body (one row of ``bodies``), as the store writes it; a
few percent get more versions, each with a body of its own. Bodies are 600-1,200 words drawn Zipf-like from real health words and a long tail of
generated words, so full-text search sees a realistic vocabulary. The file is reused while its
article count and generator version match.

Pages are requested through Datasette in process (``datasette.client``, httpx over ASGI) with
the plugin loaded, the same way ``health-archive serve`` serves them: one warm-up request each,
then --runs timed requests, reported as median and p95. A page whose facets timed out counts as
a failure, not as a fast page. With --docs the table replaces the "Datasette at N articles"
section of docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from archive.web.facets import FACET_MATCH_LIMIT
from archive.db.schema import open_db
from archive.db.store import body_sha256, gzip_html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOCS = ROOT / "docs" / "benchmarks.md"
GENERATOR_VERSION = 2  # 2: bodies in their own table (migration m007)
SLOW_MS = 300
SEED = 20240301

HEALTH_WORDS = """
health heart blood pressure sugar diabetes insulin glucose cholesterol diet nutrition protein fibre
vitamin mineral iron calcium magnesium zinc sleep stress anxiety depression mood exercise walking
running strength muscle bone joint arthritis pain back neck headache migraine fever infection virus
bacteria immune vaccine antibiotic allergy asthma lung breathing skin acne eczema rash sun cancer
screening tumour doctor nurse pharmacist clinic hospital symptom diagnosis treatment therapy
medicine dose side effect risk study trial evidence research patients adults children pregnancy
weight obesity calories fat sugar salt water hydration coffee tea alcohol smoking kidney liver gut
digestion stomach bowel brain memory dementia eye vision hearing teeth gum hormone thyroid
menopause fertility cycle period ageing older younger women men family daily habits routine
""".split()
COMMON_WORDS = """
the of and to a in is that for it as with be on are this by can or your you not more may have
from at if an but they when most some many often also which their about than other into should
people time help day body some much these how what who very can even well each like after before
over years new first good best long high low small large early late every because while without
""".split()
TAGS = sorted(set("""
diabetes sleep nutrition heart-health blood-pressure mental-health anxiety fitness weight-loss
vitamins skin-care allergies asthma pregnancy parenting ageing dementia cancer screening vaccines
infections gut-health kidney liver eye-health hearing dental hormones thyroid menopause fertility
pain arthritis back-pain migraine headaches stress hydration coffee alcohol smoking men-health
women-health children teens seniors first-aid covid-19 flu cold immunity cholesterol stroke
""".split()))
FIRST = "Jane John Ada Omar Priya Li Maria Tom Sara Ken Aisha Noah Emma Lucas Mia Ravi Yuki Ana Ben Zoe".split()
LAST = "Roe Doe Clean Patel Nguyen Garcia Smith Okafor Kim Rossi Muller Haddad Silva Cohen Ito Berg".split()


def make_vocabulary(rng: random.Random, size: int = 30000) -> tuple[list[str], list[float]]:
    """Common words first, then health words, then generated ones, with Zipf-like weights."""
    syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ki", "lo", "mu", "ne", "pa", "ri", "so", "tu", "vy",
                 "zen", "tor", "mal", "rex", "lin", "dro", "sta", "phy", "gen", "cal"]
    words = list(dict.fromkeys(COMMON_WORDS + HEALTH_WORDS))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights = [1.0 / (rank + 8) for rank in range(len(words))]
    cumulative, total = [], 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


class Generator:
    """Realistic-looking archive rows, deterministic for a seed."""

    def __init__(self, articles: int, seed: int = SEED):
        self.rng = random.Random(seed)
        self.count = articles
        self.words, self.cum = make_vocabulary(self.rng)
        self.sites = [f"{name}.example" for name in (
            "health-one", "wellness-daily", "med-facts", "family-doctor", "nutrition-now", "heart-matters",
            "sleep-well", "mind-care", "active-life", "kids-health", "senior-living", "skin-deep")]
        self.authors = [f"{'Dr ' if i % 3 == 0 else ''}{f} {l}" for i, (f, l) in
                        enumerate((f, l) for f in FIRST for l in LAST)]
        self.start = datetime(2012, 1, 1, tzinfo=timezone.utc)

    def text(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=n)

    def sentence(self, n: int) -> str:
        words = self.text(n)
        return " ".join(words).capitalize() + "."

    def body(self) -> tuple[str, str, int]:
        """(body_html, body_text, word_count): paragraphs of sentences, a few subheadings."""
        target = self.rng.randint(600, 1200)
        html, text, count = [], [], 0
        while count < target:
            if count and self.rng.random() < 0.15:
                heading = self.sentence(self.rng.randint(3, 6)).rstrip(".")
                html.append(f"<h2>{heading}</h2>")
                text.append(heading)
            sentences = [self.sentence(self.rng.randint(8, 22)) for _ in range(self.rng.randint(3, 6))]
            paragraph = " ".join(sentences)
            count += len(paragraph.split())
            html.append(f"<p>{paragraph}</p>")
            text.append(paragraph)
        return "\n".join(html), "\n\n".join(text), count

    def when(self, after: datetime | None = None) -> datetime:
        base = after or self.start
        span = (datetime(2025, 6, 1, tzinfo=timezone.utc) - base).total_seconds()
        return base + timedelta(seconds=self.rng.random() * max(span, 1))

    def article(self, article_id: int) -> dict:
        rng = self.rng
        site = rng.choices(self.sites, weights=range(len(self.sites), 0, -1))[0]
        title = self.sentence(rng.randint(4, 9)).rstrip(".")
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        published = self.when()
        first_seen = max(published, datetime(2023, 1, 1, tzinfo=timezone.utc)) + timedelta(days=rng.randint(0, 30))
        body_html, body_text, words = self.body()
        pool = self.authors[self.sites.index(site) * 20:][:60]
        authors = rng.sample(pool, rng.randint(1, 3))
        tags = rng.sample(TAGS, rng.randint(2, 5))
        return {
            "id": article_id,
            "url": f"https://{site}/{published:%Y/%m}/{slug}-{article_id}/",
            "site": site,
            "title": title,
            "authors": json.dumps(authors),
            "published": None if rng.random() < 0.03 else published.isoformat(timespec="seconds"),
            "published_source": "json-ld",
            "description": self.sentence(rng.randint(12, 25)),
            "language": "en",
            "image": f"https://{site}/images/{article_id}.jpg",
            "reviewed_by": json.dumps(rng.sample(self.authors, 1) if rng.random() < 0.3 else []),
            "tags": json.dumps(tags),
            "categories": json.dumps([tags[0]]),
            "headings": json.dumps([{"level": 2, "text": h} for h in re.findall(r"<h2>(.*?)</h2>", body_html)]),
            "body_html": body_html,
            "body_text": body_text,
            "word_count": words,
            "content_hash": f"{rng.getrandbits(128):032x}",
            "version": 1,
            "status": "gone" if rng.random() < 0.02 else "live",
            "first_seen": first_seen.isoformat(timespec="seconds"),
            "last_seen": first_seen.isoformat(timespec="seconds"),
            "last_changed": first_seen.isoformat(timespec="seconds"),
            "fetched_url": None,
        }


def insert(conn, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"insert into [{table}] ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
    conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def edit(gen: Generator, text: str) -> str:
    """A later version: one paragraph rewritten, one sentence appended."""
    paragraphs = text.split("\n\n")
    paragraphs[gen.rng.randrange(len(paragraphs))] = " ".join(gen.sentence(12) for _ in range(3))
    return "\n\n".join(paragraphs) + " " + gen.sentence(10)


def version_row(article: dict, version: int, fetched_at: str, body_id: int, crawl_id: int) -> dict:
    return {
        "article_id": article["id"], "version": version, "fetched_at": fetched_at,
        "content_hash": f"{article['content_hash']}-{version}", "title": article["title"],
        "authors": article["authors"], "published": article["published"], "description": article["description"],
        "body_id": body_id, "crawl_id": crawl_id,
    }


def body_row(body_id: int, body_text: str, body_html: str) -> dict:
    """A row of ``bodies`` (the generated texts are all distinct: no lookup needed)."""
    return {"id": body_id, "sha256": body_sha256(body_text, body_html), "body_text": body_text,
            "body_html_gz": gzip_html(body_html)}


def generate(path: Path, articles: int, log=print) -> None:
    """Build the archive at ``path`` (replacing it) with ``articles`` articles and their children."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(str(path))
    conn = db.conn
    conn.execute("pragma foreign_keys = off")  # Read Also targets may come later in the file
    gen = Generator(articles)
    crawls = 60
    crawl_start = datetime(2023, 1, 1, tzinfo=timezone.utc)
    with conn:
        insert(conn, "crawls", [{
            "id": n, "started": (crawl_start + timedelta(days=14 * n)).isoformat(timespec="seconds"),
            "finished": (crawl_start + timedelta(days=14 * n, hours=3)).isoformat(timespec="seconds"),
            "status": "finished", "start_urls": json.dumps([f"https://{s}/" for s in gen.sites]), "settings": "{}",
            "pages_fetched": 2000, "articles_new": articles // crawls, "errors": 0,
        } for n in range(1, crawls + 1)])
    popularity = [1.0 / (rank + 1) ** 0.8 for rank in range(articles)]
    popular_cum = []
    total = 0.0
    for weight in popularity:
        total += weight
        popular_cum.append(total)
    started = time.monotonic()
    batch = 1000
    body_id = 0
    for first in range(1, articles + 1, batch):
        rows, versions, bodies, related, links, images, citations, urls = [], [], [], [], [], [], [], []
        for article_id in range(first, min(first + batch, articles + 1)):
            article = gen.article(article_id)
            text, html = article.pop("body_text"), article.pop("body_html")
            crawl_id = 1 + article_id * crawls // (articles + 1)
            body_id += 1
            bodies.append(body_row(body_id, text, html))
            versions.append(version_row(article, 1, article["first_seen"], body_id, crawl_id))
            if gen.rng.random() < 0.04:
                changed = datetime.fromisoformat(article["first_seen"])
                for version in range(2, gen.rng.randint(3, 4)):
                    changed += timedelta(days=gen.rng.randint(14, 200))
                    text = edit(gen, text)
                    body_id += 1
                    bodies.append(body_row(body_id, text, html))
                    versions.append(version_row(article, version, changed.isoformat(timespec="seconds"), body_id,
                                                min(crawls, crawl_id + version)))
                article.update(version=version, last_changed=changed.isoformat(timespec="seconds"),
                               last_seen=changed.isoformat(timespec="seconds"))
            article["body_id"] = body_id
            rows.append(article)
            urls.append({"url": article["url"], "article_id": article_id})
            targets = gen.rng.choices(range(1, articles + 1), cum_weights=popular_cum, k=5)
            for position, target in enumerate(targets, 1):
                archived = gen.rng.random() < 0.85 and target != article_id
                related.append({
                    "article_id": article_id, "position": position,
                    "url": f"https://{article['site']}/related/{target}/" if not archived else f"https://x/{target}",
                    "title": gen.sentence(6).rstrip("."), "teaser": gen.sentence(12),
                    "target_id": target if archived else None,
                })
            for position in range(1, 9):
                sponsored = gen.rng.random() < 0.02
                links.append({"article_id": article_id, "position": position,
                              "url": f"https://{'ads.example' if sponsored else article['site']}/l/{position}",
                              "text": " ".join(gen.text(3)), "rel": "sponsored nofollow" if sponsored else None,
                              "internal": int(not sponsored)})
            for position in range(1, gen.rng.randint(1, 3) + 1):
                images.append({"article_id": article_id, "position": position,
                               "src": f"https://{article['site']}/images/{article_id}-{position}.jpg",
                               "alt": gen.sentence(5), "caption": gen.sentence(8)})
            for position in range(1, (0 if gen.rng.random() < 0.2 else gen.rng.randint(1, 6)) + 1):
                pmid = str(gen.rng.randint(10_000_000, 39_000_000))
                citations.append({"article_id": article_id, "position": position,
                                  "url": f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/", "text": gen.sentence(10),
                                  "doi": None, "pmid": pmid})
        with conn:
            insert(conn, "bodies", bodies)
            insert(conn, "articles", rows)
            insert(conn, "article_urls", urls)
            insert(conn, "article_versions", versions)
            insert(conn, "related_links", related)
            insert(conn, "links", links)
            insert(conn, "images", images)
            insert(conn, "citations", citations)
        done = min(first + batch - 1, articles)
        if done % 10000 == 0 or done == articles:
            log(f"  generated {done:,}/{articles:,} articles ({time.monotonic() - started:.0f}s)")
    with conn:
        # Related-link URLs of archived targets point at the target's real URL.
        conn.execute("update related_links set url = (select url from articles where id = target_id) "
                     "where target_id is not null")
        fetches = []
        for crawl_id in range(1, crawls + 1):
            for n in range(2000):
                error = gen.rng.random() < 0.02
                fetches.append({
                    "crawl_id": crawl_id, "url": f"https://{gen.rng.choice(gen.sites)}/p/{n}",
                    "status": None if error else 200,
                    "fetched_at": (crawl_start + timedelta(days=14 * crawl_id, seconds=n)).isoformat(timespec="seconds"),
                    "page_type": "article", "outcome": "error" if error else "unchanged",
                    "error": "TimeoutError" if error else None, "elapsed_ms": gen.rng.randint(40, 900),
                })
        insert(conn, "fetches", fetches)
        conn.execute("update crawls set errors = (select count(*) from fetches f where f.crawl_id = crawls.id "
                     "and f.outcome = 'error')")
    conn.execute("analyze")
    conn.execute("pragma wal_checkpoint(truncate)")
    db.close()


def stamp_path(path: Path) -> Path:
    """generated.json beside the archive: what generated it and how long it took."""
    return path.with_name("generated.json")


def write_stamp(path: Path, articles: int, seconds: float) -> None:
    stamp = {"generator": GENERATOR_VERSION, "articles": articles, "seconds": round(seconds, 1)}
    stamp_path(path).write_text(json.dumps(stamp) + "\n")


def current_stamp(path: Path, articles: int) -> dict | None:
    """The stamp of the archive at ``path`` if this generator made it with ``articles``, else None."""
    try:
        stamp = json.loads(stamp_path(path).read_text())
    except (OSError, ValueError):
        return None
    if not path.exists() or stamp.get("generator") != GENERATOR_VERSION or stamp.get("articles") != articles:
        return None
    return stamp


# -- timing ----------------------------------------------------------------------------------


def pages(ids: dict) -> list[tuple[str, str]]:
    """(label, path) of every page timed."""
    q = "blood pressure"
    canned = [f"/archive/{name}" for name in
              ("recently_changed", "most_recommended", "broken_read_also", "without_citations",
               "sponsored_links", "crawl_history")]
    return [
        ("archive home", "/-/archive"),
        ("table search (HTML)", f"/archive/articles?_search={q.replace(' ', '+')}"),
        ("table search (.json)", f"/archive/articles.json?_search={q.replace(' ', '+')}"),
        ("table search, rare word (HTML)", f"/archive/articles?_search={ids['rare_word']}"),
        ("ranked search query (HTML)", f"/archive/search?q={q.replace(' ', '+')}"),
        ("ranked search query (.json)", f"/archive/search.json?q={q.replace(' ', '+')}"),
        ("ranked search, common word", "/archive/search.json?q=health"),
        ("ranked search + filters", "/archive/search.json?q=sleep&tag=sleep&since=2020&author=Roe"),
        ("facet page (HTML)", "/archive/articles"),
        ("facet page (.json)", "/archive/articles.json"),
        ("facet page, one site + month", f"/archive/articles?site={ids['site']}&published__startswith=2020-03"),
        ("facet page, one tag chosen", "/archive/articles?tags__arraycontains=sleep"),
        ("article page", f"/archive/articles/{ids['article']}/read"),
        ("article page with versions", f"/archive/articles/{ids['versioned']}/read"),
        *[(f"query {path.rsplit('/', 1)[1]}", path) for path in canned],
        ("query version_history", f"/archive/version_history?article_id={ids['versioned']}"),
        ("view article_graph", "/archive/article_graph"),
        ("view site_summary", "/archive/site_summary"),
        ("view recent_changes", "/archive/recent_changes"),
    ]


def sample_ids(path: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {
            "article": conn.execute("select id from articles where version = 1 order by id "
                                    "limit 1 offset (select count(*) / 40 from articles)").fetchone()[0],
            "versioned": conn.execute("select id from articles order by version desc, id limit 1").fetchone()[0],
            "site": conn.execute("select site from articles group by site order by count(*) desc").fetchone()[0],
            "rare_word": make_vocabulary(random.Random(SEED))[0][20000],
        }
    finally:
        conn.close()


async def time_pages(path: Path, runs: int) -> list[dict]:
    from datasette.app import Datasette

    from archive.web.metadata import SETTINGS

    ds = Datasette([str(path)], settings=SETTINGS)  # as `health-archive serve` runs it
    await ds.invoke_startup()
    results = []
    for label, url in pages(sample_ids(path)):
        await ds.client.get(url)  # warm-up: caches, prepared schema, page cache
        times, problems = [], []
        for _ in range(runs):
            started = time.perf_counter()
            response = await ds.client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            problems.append(f"HTTP {response.status_code}")
        problems += facet_problems(ds, url, response)
        results.append({
            "label": label, "path": url, "median": statistics.median(times),
            "p95": percentile(times, 95), "problems": problems, "note": facet_note(url, response),
        })
        print(f"  {label:34} {results[-1]['median']:8.1f} ms  p95 {results[-1]['p95']:8.1f} ms  "
              f"{' '.join(problems)} {results[-1]['note']}")
    return results


def facet_problems(ds, url: str, response) -> list[str]:
    """Facets that timed out (Datasette drops them silently) or went missing."""
    if "/archive/articles" not in url or "/read" in url:
        return []
    if url.startswith("/archive/articles.json"):
        data = response.json()
    else:
        data = None
    if data is None:
        return []
    missing = {"site", "authors", "tags", "published", "status"} - set(data.get("facet_results", {}))
    if not missing or capped_matches(data):
        return []  # all there, or not counted by design (facet_note says so), not timed out
    return [f"facets timed out: {', '.join(sorted(data.get('facets_timed_out') or missing))}"]


def capped_matches(data: dict) -> int:
    """The page's match count when the plugin left its facets uncounted (FACET_MATCH_LIMIT), else 0."""
    matches = data.get("filtered_table_rows_count") or 0
    return matches if matches > FACET_MATCH_LIMIT and not data.get("facet_results") else 0


def facet_note(url: str, response) -> str:
    """Facets the plugin does not count for a page matching more than FACET_MATCH_LIMIT articles."""
    matches = capped_matches(response.json()) if url.startswith("/archive/articles.json") else 0
    return f"facets not counted: {matches:,} matches (cap {FACET_MATCH_LIMIT:,})" if matches else ""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


# -- report ----------------------------------------------------------------------------------


def table(results: list[dict]) -> str:
    lines = ["| page | path | median ms | p95 ms | |", "|---|---|---:|---:|---|"]
    for r in results:
        flag = "; ".join(r["problems"]) or ("slow" if r["median"] > SLOW_MS else "")
        flag = "; ".join(f for f in (flag, r.get("note", "")) if f)
        lines.append(f"| {r['label']} | `{r['path']}` | {r['median']:.1f} | {r['p95']:.1f} | {flag} |")
    return "\n".join(lines)


def environment(path: Path, articles: int) -> str:
    import platform
    import sqlite3

    import datasette

    size = path.stat().st_size / 1e6
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{articles:,} articles, archive file {size:,.0f} MB; Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, Datasette {datasette.__version__}; "
            f"{platform.machine()}, {os.cpu_count()} CPUs, load average {load} when timing started")


#: What keeps these figures low; kept with them in docs/benchmarks.md.
NOTES = """\
What keeps it fast (each found with this benchmark or bench.million):

- Bodies live in their own table (`bodies`, migration `m008_bodies`), so an article row is about
  a kilobyte of metadata and any page reading articles reads a narrow row: no covering indexes of
  article columns are needed, and the plugin no longer rewrites Datasette's search and page SQL
  (both measured without effect at this size on 2026-12-06). The full-text index reads the text
  through the `articles_full` view (external content), and the article page reads one body.
- `health-archive serve` turns Datasette's suggested facets off (`archive.web.metadata.SETTINGS`):
  they cost a query per column per page, seconds at this size.
- The authors and tags facets are the plugin's `list` facet, not Datasette's `array` facet, whose
  `select distinct j.value, inner.*` compares whole rows and timed out.
- Browse tables kept current by triggers on `articles` (migration `m004_browse_tables`):
  `site_stats` answers the home page's site summary and the `site_summary` view; `facet_counts`
  the unfiltered tags, authors and month facets; `article_tags` and `article_authors` (one row per
  item, indexed) a chosen tag or author: the plugin rewrites Datasette's `tags__arraycontains`
  JSON scan of every row into a lookup there (`archive.web.facets.rewrite_sql`, the one
  rewrite left: without it the page of a chosen tag takes ~1 s here instead of ~0.15 s).
- `sponsored_links` walks articles in site order and finds each one's sponsored links in a
  partial index, so its first page streams instead of sorting every sponsored link.
- Archive connections are memory-mapped (`PRAGMA mmap_size`) and keep up to 256 MB of pages
  (`PRAGMA cache_size`), so the queries of one page do not each re-read the same index pages.
- The `search` query returns the 100 best matches: snippets cost ~0.1 ms each, and Datasette would
  otherwise build a thousand of them. The articles table's search box pages through every match.
- The `article_graph` and `recent_changes` views take titles and sites from scalar subqueries and
  have no ORDER BY, so the row count Datasette shows on a view page is a plain count.

The worst case left is the articles table's own search box on a word matching half the archive
(`blood pressure`, 26,000 articles here): its count and each of its five facets is a pass over
every match, the tags and authors facets a JSON array per match. Figures are with a warm page
cache; the generated archive has no raw_pages (stored HTML), which does not take part in these
queries.
"""


def write_docs(articles: int, runs: int, results: list[dict], env: str, generated_s: float | None) -> None:
    heading = f"## Datasette at {articles:,} articles"
    section = "\n".join([
        heading,
        "",
        f"Measured with `python -m bench.datasette_scale --articles {articles} --runs {runs}` "
        f"({time.strftime('%Y-%m-%d')}): {env}. Requests go through Datasette in process with the plugin "
        f"loaded, after one warm-up request each; {runs} timed runs per page. "
        + (f"Generating the archive took {generated_s:.0f} s. " if generated_s else "")
        + f"Anything over {SLOW_MS} ms, or a page whose facets timed out, is flagged.",
        "",
        table(results),
        "",
        NOTES,
    ])
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text.rstrip("\n") + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=7, help="timed requests per page (after a warm-up)")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the archive even if it is current")
    parser.add_argument("--no-docs", dest="docs", action="store_false", help="do not update docs/benchmarks.md")
    parser.add_argument("--out", type=Path, default=OUT, help="where the generated archive is kept")
    args = parser.parse_args(argv)
    path = args.out / f"datasette-scale-{args.articles}" / "archive.db"  # served as /archive
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = None if args.regenerate else current_stamp(path, args.articles)
    if stamp is None:
        print(f"Generating {args.articles:,} articles into {path} ...")
        stamp_path(path).unlink(missing_ok=True)
        started = time.monotonic()
        generate(path, args.articles)
        write_stamp(path, args.articles, time.monotonic() - started)
        stamp = current_stamp(path, args.articles)
    else:
        open_db(str(path)).close()  # bring views and browse indexes up to date
    generated_s = stamp["seconds"]
    env = environment(path, args.articles)
    print(f"Timing ({env}), {args.runs} runs per page:")
    results = asyncio.run(time_pages(path, args.runs))
    print()
    print(table(results))
    if args.docs:
        write_docs(args.articles, args.runs, results, env, generated_s)
        print(f"\nWrote the figures to {DOCS.relative_to(ROOT)}")
    failed = [r for r in results if r["problems"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
