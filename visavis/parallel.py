"""Work on every core: forked workers that share the build's memory.

The tasks are not pickled: a worker is a fork of the build, so it already holds the parsed
documents, the plan and the layouts; only each task's index goes to it and only its result
comes back. Where `fork` does not exist (Windows, some macOS setups), or on one core,
callers do the work in-process instead.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

#: More workers than this gain nothing for a build (and each costs memory).
MAX_WORKERS = 8

#: A forked worker's task. Set only in the workers, by `_install` as each starts (the build
#: itself never sets it): a pool sends its workers pickled calls, and a closure over the
#: build's memory cannot be pickled, so the worker needs it where a pickled `_run` finds it.
#: Under `fork`, the pool's initializer and its arguments reach a worker unpickled.
_TASK: Callable[[int], Any] | None = None


def worker_count() -> int:
    """How many forked workers a build can use: the cores (at most MAX_WORKERS), or 1 when
    this platform cannot fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def map_forked(task: Callable[[int], T], count: int, chunksize: int) -> Iterator[T]:
    """Yield `task(0)`, …, `task(count - 1)`, in order, computed by forked workers.

    Objects alive now are moved out of the garbage collector's sight first: its passes in the
    workers would otherwise touch, and so copy, every page of the parent's memory.
    """
    gc.freeze()
    context = multiprocessing.get_context("fork")
    with context.Pool(worker_count(), initializer=_install, initargs=(task,)) as pool:
        yield from pool.imap(_run, range(count), chunksize=chunksize)


def _install(task: Callable[[int], Any]) -> None:
    """Worker: keep the task this worker runs (see `_TASK`), and collect its own garbage
    (the build's objects were frozen before the fork, so this never touches them)."""
    global _TASK
    _TASK = task
    gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a build: its passes over the objects a build
    keeps alive (documents, summaries, pages) cost a tenth of an incremental build, and what
    a build leaves behind it is freed by reference counting (workers collect their own). What
    the build made is then handed to the oldest generation, so that the first pass after it
    does not walk all of it at once (tens of milliseconds)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _run(index: int) -> Any:
    assert _TASK is not None
    return _TASK(index)
