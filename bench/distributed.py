"""Benchmark: distributed crawls over Redis — workers' throughput, the writer's ceiling, memory per URL.

    python -m bench.distributed                       # everything, generated site of 2,000 articles
    python -m bench.distributed --articles 1000 --workers 1,2 --skip-memory

Starts its own ``redis-server`` (no persistence) and the generated site (archive.demo.generated)
on loopback, then:

1. crawls the site with ``crawl --redis`` and 1, 2 and 4 ``worker`` processes (plus a local crawl
   without Redis for comparison): pages/s from seeding to the last item committed;
2. fills the items stream with real extracted pages and times the writer alone (items/s), with
   the share of its time spent decoding, in SQLite (save_visit + commit) and in Redis;
3. measures Redis memory for 1,000,000 seen fingerprints (our intset buckets and scrapy-redis'
   plain set of hex digests), 1,000,000 queued requests, and a worker's RSS.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32",
        "-s", "CONCURRENT_REQUESTS=32", "-s", "PROGRESS_INTERVAL=0", "-s", "LOG_LEVEL=WARNING"]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis():
    import redis

    port = free_port()
    proc = subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            return proc, f"redis://127.0.0.1:{port}"
        except redis.exceptions.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("redis-server did not start")


def cli(*args) -> list[str]:
    return [sys.executable, "-m", "archive.cli", *map(str, args)]


def crawl(base_url: str, redis_url: str | None, workers: int, db: Path) -> dict:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = []
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()
        procs = [subprocess.Popen(cli("worker", "--redis", redis_url, "--once", "--id", f"w{n}", *FAST), cwd=ROOT,
                                  env=env, stderr=subprocess.DEVNULL) for n in range(workers)]
    args = ["crawl", base_url + "/", "--db", db, *FAST] + (["--redis", redis_url] if redis_url else [])
    started = time.monotonic()
    out = subprocess.run(cli(*args), cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    elapsed = time.monotonic() - started
    for proc in procs:
        proc.wait(timeout=60)
    import sqlite3

    conn = sqlite3.connect(db)
    pages = conn.execute("select count(*) from fetches").fetchone()[0]
    split = dict(conn.execute("select coalesce(worker, '-'), count(*) from fetches group by worker").fetchall())
    conn.close()
    return {"workers": workers if redis_url else "local", "pages": pages, "seconds": round(elapsed, 1),
            "pages_per_s": round(pages / elapsed, 1), "split": split, "summary": out.strip()}


def writer_ceiling(redis_url: str, base_url: str, items: int, tmp: Path) -> dict:
    """Fill the stream with real extracted pages (distinct URLs), then time Writer alone."""
    import urllib.request

    from archive.distributed import coordinator as dist
    from archive.distributed import frontier as fr
    from archive.extract.ingest import extract_page
    from archive.db.store import Archive, FetchedPage, utcnow

    f = fr.Frontier.from_url(redis_url + "/2", "bench")
    f.client.flushdb()
    db = tmp / "writer.db"
    archive = Archive(str(db))
    crawl_id = archive.start_crawl([base_url + "/"], {})
    archive.close()
    f.start({"id": "bench", "crawl_id": crawl_id, "state": "running"})
    sitemap = urllib.request.urlopen(base_url + "/sitemap.xml").read().decode()
    urls = [u.split("</loc>")[0] for u in sitemap.split("<loc>")[1:]][:50]
    samples = []
    for url in urls:
        body = urllib.request.urlopen(url).read()
        article, encoding = extract_page(body, url, "text/html; charset=UTF-8")
        samples.append((url, body, article))
    pipe = f.client.pipeline(transaction=False)
    for n in range(items):
        url, body, article = samples[n % len(samples)]
        unique = f"{url}v{n}/"
        data = article.to_dict()
        data.update(url=unique, canonical_url=unique, body_text=data["body_text"] + f" {n}")
        page = FetchedPage(url=unique, status=200, body=body + str(n).encode(), content_type="text/html; charset=UTF-8",
                           fetched_at=utcnow(), encoding="utf-8")
        pipe.xadd(f.key("items"), {"item": fr.dumps({"page": page.__dict__, "kind": "article", "article": data,
                                                      "links": {"related": []}, "worker": "bench"})})
        if n % 500 == 499:
            pipe.execute()
    pipe.execute()
    item_bytes = f.client.memory_usage(f.key("items")) or 0
    writer = dist.Writer(f, str(db), say=print)
    timings = {"decode": 0.0, "sqlite": 0.0}
    original_save = writer.save

    def timed_save(raw, crawl_id):
        t0 = time.perf_counter()
        fr.loads(raw)
        timings["decode"] += time.perf_counter() - t0
        return original_save(raw, crawl_id)

    writer.save = timed_save
    original_write = writer.write

    def timed_write(entries, crawl_id):
        t0 = time.perf_counter()
        n = original_write(entries, crawl_id)
        timings["sqlite"] += time.perf_counter() - t0
        return n

    writer.write = timed_write
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.monotonic()
    written = writer.run(until_done=False, idle_exit=1.5)
    elapsed = time.monotonic() - started - 1.5
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    write_total = timings["sqlite"]
    decode = timings["decode"]
    return {"items": written, "seconds": round(elapsed, 1), "items_per_s": round(written / elapsed, 1),
            "cpu_share": round(cpu / max(elapsed, 1e-6), 2),
            "decode_s": round(decode, 1), "write_and_commit_s": round(write_total - decode, 1),
            "redis_s": round(max(elapsed - write_total, 0), 1),
            "stream_bytes_per_item": round(item_bytes / max(items, 1))}


def redis_memory(redis_url: str, n: int) -> dict:
    """Bytes per URL in Redis: seen fingerprints (ours vs scrapy-redis'), queued requests."""
    from archive.distributed import frontier as fr

    f = fr.Frontier.from_url(redis_url + "/3", "mem")
    r = f.client
    r.flushdb()

    def used():
        return r.info("memory")["used_memory"]

    results = {}
    base = used()
    buckets = fr.buckets_for(n)
    pipe = r.pipeline(transaction=False)
    for i in range(n):
        fp = fr.fingerprint(f"https://site-{i % 50}.example/articles/{i}/some-article-slug/")
        bucket, member = fr.seen_slot(fp, buckets)
        pipe.sadd(f"mem:seen:{bucket}", member)
        if i % 10000 == 9999:
            pipe.execute()
    pipe.execute()
    results["seen_intset_buckets"] = (used() - base) / n
    r.flushdb()
    base = used()
    for i in range(n):
        pipe.sadd("mem:dupefilter", fr.fingerprint(f"https://site-{i % 50}.example/articles/{i}/some-article-slug/"))
        if i % 10000 == 9999:
            pipe.execute()
    pipe.execute()
    results["seen_scrapy_redis_set"] = (used() - base) / n
    r.flushdb()
    base = used()
    for i in range(n):
        url = f"https://site-{i % 50}.example/articles/{i}/some-article-slug/"
        request = fr.request_dict(url, priority=-(i % 7), meta={"hops": 2, "depth": 2})
        pipe.zadd("mem:requests", {fr.dumps(request): i % 7})
        if i % 10000 == 9999:
            pipe.execute()
    pipe.execute()
    results["queued_request"] = (used() - base) / n
    r.flushdb()
    return {k: round(v, 1) for k, v in results.items()}


def worker_cache_memory(n: int = 100_000) -> float:
    """MB of the worker's own capped URL cache at its cap (ARCHIVE_WORKER_SEEN_CACHE)."""
    import tracemalloc

    tracemalloc.start()
    cache = {f"https://site-{i % 50}.example/articles/{i}/some-article-slug/" for i in range(n)}
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del cache
    return round(size / 1e6, 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--writer-items", type=int, default=5000)
    parser.add_argument("--memory-urls", type=int, default=1_000_000)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args(argv)
    from archive.demo.generated import GeneratedServer

    redis_proc, redis_url = start_redis()
    results = {"articles": args.articles, "cpus": os.cpu_count()}
    try:
        with GeneratedServer(articles=args.articles) as server, tempfile.TemporaryDirectory() as tmp:
            server.site.render_all()
            tmp = Path(tmp)
            runs = [crawl(server.base_url, None, 0, tmp / "local.db")]
            print(json.dumps(runs[-1]), flush=True)
            for n in map(int, args.workers.split(",")):
                runs.append(crawl(server.base_url, redis_url + "/1", n, tmp / f"w{n}.db"))
                print(json.dumps(runs[-1]), flush=True)
            results["crawls"] = runs
            results["writer"] = writer_ceiling(redis_url, server.base_url, args.writer_items, tmp)
            print(json.dumps(results["writer"]), flush=True)
        if not args.skip_memory:
            results["redis_bytes_per_url"] = redis_memory(redis_url, args.memory_urls)
            results["worker_cache_mb_at_cap"] = worker_cache_memory()
            print(json.dumps({k: results[k] for k in ("redis_bytes_per_url", "worker_cache_mb_at_cap")}), flush=True)
    finally:
        redis_proc.terminate()
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "distributed.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out / 'distributed.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
