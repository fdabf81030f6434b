"""Calls the worker-process tests send (tests/test_workers.py): a module that imports in milliseconds,
since a worker imports it inside the call's time limit."""
import os
import time


def pid() -> int:
    return os.getpid()


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def stall(note) -> None:
    """Note this process's id, then hang."""
    note.write_text(str(os.getpid()))
    time.sleep(60)


def exit_hard() -> None:
    os._exit(7)


def fail() -> None:
    raise ValueError("a bad page")


def slow_page(rows, urls) -> dict:
    """An article page that takes longer than any limit a test sets (test_datasette_heavy)."""
    time.sleep(60)
    return {}
