"""One crawl at a time per archive: an advisory lock file beside the database.

``flock`` locks vanish with the process that held them, so a crawl killed with SIGKILL or
by a power cut never leaves a stale lock behind. The lock belongs to the real file: every
spelling of its path (relative, ``./``, a symlink to it or to its directory) takes the same
lock. (A hard link is a second name SQLite itself cannot share safely: its journal and WAL
files follow the name.)
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from typing import Optional


class ArchiveLocked(RuntimeError):
    """Another crawl holds the archive."""


def lock_key(db_path: str) -> str:
    """The archive file ``db_path`` names, however spelled: what the lock is taken on."""
    return os.path.realpath(db_path)


class CrawlLock:
    def __init__(self, db_path: str):
        self.path = f"{lock_key(db_path)}.lock"
        self.fd: Optional[int] = None

    def acquire(self, wait: bool = False, poll: float = 1.0, command: str = "crawl") -> "CrawlLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    holder = self.holder()
                    os.close(fd)
                    raise ArchiveLocked(
                        f"another {holder.get('command', 'crawl')} is running on {self.path[:-5]}"
                        + (f" (pid {holder.get('pid')}, since {holder.get('since')})" if holder else "")
                        + "; use --wait to queue behind it"
                    ) from None
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "since": time.strftime("%Y-%m-%dT%H:%M:%S"),
                                  "command": command}).encode())
        self.fd = fd
        return self

    def holder(self) -> dict:
        try:
            with open(self.path) as fh:
                return json.loads(fh.read() or "{}")
        except (OSError, ValueError):
            return {}

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
