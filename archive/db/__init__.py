"""Storage: the archive's schema and migrations, every SQL statement, and what is kept (pages, captures, versions, manifests, site knowledge)."""
