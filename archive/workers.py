"""Worker processes that run one call each at a time, with a time limit per call.

A call that runs past the limit costs its process: the process is killed and replaced, and the
call's future fails with ``CallTimedOut``; a process that dies on a call (a parser crash) fails
it with ``WorkerDied``. Other calls go on in the other processes. The crawl's extraction
(scraper.spiders.articles), ``reparse`` and ``health-archive extract`` run pages here, so one
page can cost at most its time limit, never the run.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future
from multiprocessing.connection import wait
from typing import Callable, Optional

#: Imported once in the fork server, so a process (a replacement too) starts with extraction imported
#: and warmed up (archive.extract.warm), without paying for it inside a call's time limit.
PRELOAD = ["archive.extract.warm"]


class CallTimedOut(Exception):
    """The call ran past the time limit; its process was killed."""


class WorkerDied(Exception):
    """The process running the call died (a crash in a C library, a kill from outside)."""


def _serve(conn) -> None:
    """A worker process: run each (fn, args) received, send back (ok, result or exception). Ctrl+C
    is the parent's to handle: it stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args = job
        try:
            reply = (True, fn(*args))
        except BaseException as exc:  # the caller decides; the process stays up for the next call
            reply = (False, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # a result or exception that does not pickle
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, context):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.future: Optional[Future] = None
        self.deadline = 0.0

    def stop(self, kill: bool = False) -> None:
        """End the process: asked to (idle), or killed (running a call, stuck or already dead)."""
        if not kill:
            try:
                self.conn.send(None)
                self.process.join(timeout=5)
            except OSError:
                pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class Workers:
    """``processes`` worker processes; ``submit(fn, *args)`` returns a Future. ``timeout``: seconds a
    call may run (0 or None: no limit). ``fn`` and its arguments must pickle (a module-level
    function); `preload` names the modules of the functions sent, imported once in the fork server
    rather than by each process inside its first call's time limit. A dispatcher thread hands calls
    to idle processes and watches their deadlines."""

    def __init__(self, processes: int, timeout: Optional[float] = None, preload: tuple = (),
                 context: str = "forkserver"):
        self.processes = max(1, processes)
        self.timeout = timeout or None
        self._context = multiprocessing.get_context(context)
        if context == "forkserver":     # (the fork server of this process takes the first list it is given)
            self._context.set_forkserver_preload([*PRELOAD, *preload])
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._wake_r, self._wake_w = os.pipe()     # a byte written wakes the dispatcher
        os.set_blocking(self._wake_w, False)
        self._workers: list[_Worker] = []
        self._closed = False
        self._thread = threading.Thread(target=self._dispatch, name="extraction-workers", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable, *args) -> Future:
        if self._closed:
            raise RuntimeError("workers closed")
        future: Future = Future()
        self._jobs.put((future, fn, args))
        self._wake()
        return future

    def close(self) -> None:
        """Stop the processes; calls not finished fail with WorkerDied."""
        if self._closed:
            return
        self._closed = True
        self._wake()
        self._thread.join()
        os.close(self._wake_r)
        os.close(self._wake_w)

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except BlockingIOError:  # the pipe is full of wake-ups already
            pass

    # -- the dispatcher thread ---------------------------------------------------------------

    def _dispatch(self) -> None:
        # Processes started from this thread (the fork server, and so every worker) inherit its signal
        # mask: with SIGINT blocked, a Ctrl-C meant for the crawl never raises KeyboardInterrupt in them.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        waiting: deque = deque()
        try:
            self._serve_calls(waiting)
        finally:  # closed, or a bug here: the calls fail rather than leave their callers waiting
            self._shut_down(waiting)

    def _serve_calls(self, waiting: deque) -> None:
        while not self._closed:
            while True:
                try:
                    waiting.append(self._jobs.get_nowait())
                except queue.Empty:
                    break
            waiting = self._start(waiting)
            busy = [w for w in self._workers if w.future is not None]
            deadlines = [w.deadline for w in busy if self.timeout]
            pause = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            ready = wait([self._wake_r, *(w.conn for w in busy)], timeout=pause)
            if self._wake_r in ready:
                os.read(self._wake_r, 65536)
            for worker in busy:
                if worker.conn in ready:
                    self._collect(worker)
                elif self.timeout and time.monotonic() >= worker.deadline:
                    self._replace(worker, CallTimedOut(f"took longer than {self.timeout:g} s; its process was stopped"))

    def _shut_down(self, waiting: deque) -> None:
        self._closed = True
        while True:
            try:
                waiting.append(self._jobs.get_nowait())
            except queue.Empty:
                break
        for future, _, _ in waiting:
            if future.set_running_or_notify_cancel():
                future.set_exception(WorkerDied("the workers were closed"))
        for worker in self._workers:
            if worker.future is not None:
                worker.future.set_exception(WorkerDied("the workers were closed"))
            worker.stop(kill=worker.future is not None)
        self._workers = []

    def _start(self, waiting: deque) -> deque:
        """Hand waiting calls to idle processes (started as needed); returns those still waiting."""
        while waiting:
            worker = next((w for w in self._workers if w.future is None), None)
            if worker is None and len(self._workers) >= self.processes:
                break
            future, fn, args = waiting.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            if worker is None:
                try:
                    worker = _Worker(self._context)
                except Exception as exc:  # no process could start: the call fails, the next one tries again
                    future.set_exception(WorkerDied(f"no worker process could start: {type(exc).__name__}: {exc}"))
                    continue
                self._workers.append(worker)
            try:
                worker.conn.send((fn, args))
            except Exception as exc:  # arguments that do not pickle, or a process gone while idle
                if isinstance(exc, OSError):
                    self._replace(worker, WorkerDied(f"the worker process had stopped: {exc}"), future)
                else:
                    future.set_exception(exc)
                continue
            worker.future, worker.deadline = future, time.monotonic() + (self.timeout or 0)
        return waiting

    def _collect(self, worker: _Worker) -> None:
        try:
            ok, value = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            self._replace(worker, WorkerDied(f"the worker process died (exit code {code})"))
            return
        future, worker.future = worker.future, None
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

    def _replace(self, worker: _Worker, error: Exception, future: Optional[Future] = None) -> None:
        """Kill the worker's process and fail its call with `error`; a fresh process takes its place
        when the next call needs one."""
        future = future or worker.future
        worker.future = None
        self._workers.remove(worker)
        worker.stop(kill=True)
        future.set_exception(error)
