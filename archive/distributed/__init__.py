"""The Redis transport of a crawl: the frontier (every Redis key) and the coordinator's writer."""
