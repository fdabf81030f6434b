"""Crawling: the run's life, the link policy, politeness and network rules, shared by local and distributed crawls."""
