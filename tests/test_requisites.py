

def test_an_export_carries_the_images_as_response_records(demo_archive, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    path, _ = demo_archive
    out = tmp_path / "demo.warc.gz"
    run_cli("export", "--db", path, out)
    with open(out, "rb") as stream:
        images = {record.rec_headers.get_header("WARC-Target-URI") for record in ArchiveIterator(stream)
                  if record.rec_type == "response" and record.http_headers.get_header("Content-Type") == "image/png"}
    assert images == {r["url"] for r in query(path, "select url from requisites where sha256 is not null")}


def _stored_images(path) -> set:
    return {(urlsplit(r["url"]).path, r["sha256"]) for r in query(
        path, "select url, sha256 from requisites where sha256 is not null")}


def test_distributed_workers_store_the_images_a_local_crawl_stores(demo_archive, tmp_path, redis_db):
    from test_distributed import crawl_with_workers

    db = tmp_path / "distributed.db"
    with start_demo_server() as server:
        crawl_with_workers(server, redis_db, db, workers=2)
    assert _stored_images(db) == _stored_images(demo_archive[0])
    assert query(db, "select count(*) as n from requisites q join fetches f on f.id = q.id "
                     "where f.worker is null")[0]["n"] == 0        # fetched by the workers
