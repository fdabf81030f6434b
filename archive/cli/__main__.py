"""``python -m archive.cli``: the same as ``health-archive``."""
from archive.cli import cli

cli()
