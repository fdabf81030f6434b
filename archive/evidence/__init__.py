"""WARC and WACZ: export of captures and import through the crawl's own ingest path."""
