"""Ctrl-C during a crawl: the crawler child stops gracefully, this process waits for it and says what was done.

The terminal sends SIGINT to its whole foreground process group: the CLI, the ``scrapy crawl``
child (whose first SIGINT closes the spider cleanly and whose second forces it) and the child's
fork server and extraction processes (which block SIGINT: archive.workers). So the CLI does not
forward the signal; it only notes it, keeps waiting, and runs no further profile. A third Ctrl-C
kills a child that did not stop.
"""
from __future__ import annotations

import signal
import subprocess
import threading

_received = 0


def interrupted() -> bool:
    """Whether Ctrl-C was pressed while a crawler child ran."""
    return _received > 0


def run_child(cmd: list[str], **popen_kwargs) -> int:
    """Run ``cmd`` to its end, Ctrl-C reaching it rather than this process; returns its exit status."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        return subprocess.run(cmd, **popen_kwargs).returncode
    proc = subprocess.Popen(cmd, **popen_kwargs)
    presses = 0

    def on_sigint(signum, frame):
        global _received
        nonlocal presses
        _received += 1
        presses += 1
        if presses >= 3:
            proc.kill()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        return proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
