"""Defaults shared by the crawler and the CLI, defined once."""

DEFAULT_DB = "archive.db"
USER_AGENT = "health-archive/0.1 (+https://github.com/health-archive/health-archive; article archiver)"
DATASETTE_PORT = 8001
