"""Where `batch`'s work runs: this process, a pool of local processes, or a Dask cluster.

Every engine runs the same pure function, `app.api.analyze_record(job, options)`, and yields the
records in input order while keeping only a bounded number of documents in flight (IN_FLIGHT per
worker), so the reader never runs ahead of the work by more than that. The lexicon and the models
are loaded once: on Linux before the pool forks its workers (which share them), elsewhere by each
worker as it starts; on Dask every worker is asked to load them before the first task, and keeps
them (module-level caches).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from .api import Job, analyze_record
from .core.analyze import Options

IN_FLIGHT = 4  # documents queued per worker: enough to keep it busy, little memory


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def run_serial(jobs: Iterable[Job], options: Options) -> Iterator[dict]:
    warm()
    for job in jobs:
        yield analyze_record(job, options)


def run_pool(jobs: Iterable[Job], options: Options, workers: int) -> Iterator[dict]:
    """A process pool: one process per core, documents streamed through a bounded window."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if sys.platform == "linux":  # forked workers share what this process loaded: warm once, here
        warm()
        context, initializer = multiprocessing.get_context("fork"), None
    else:  # spawned workers (macOS, Windows) start empty: each loads once
        context, initializer = multiprocessing.get_context(), warm
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        yield from _windowed(jobs, lambda job: pool.submit(analyze_record, job, options), workers * IN_FLIGHT)


def run_dask(jobs: Iterable[Job], options: Options, scheduler: str) -> Iterator[dict]:
    """The same function as tasks on a Dask distributed cluster (`pip install "tamtzit[cluster]"`).

    Files are read by the workers, so they must see the same paths (a shared filesystem); table rows
    travel with their task.
    """
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError('the Dask engine needs dask.distributed: pip install "tamtzit[cluster]"') from None
    with Client(scheduler) as client:
        client.run(warm)  # the workers there now; one that joins later loads on its first task
        threads = max(1, sum(client.nthreads().values()))
        submit = lambda job: client.submit(analyze_record, job, options, pure=False)  # noqa: E731
        yield from _windowed(jobs, submit, threads * IN_FLIGHT)


def warm() -> None:
    """Load what every document needs (lexicon, NER model, numpy) once, as a worker starts."""
    from .api import analyze_text
    from .core.hebrew.lexicon import load_all

    load_all()
    analyze_text("ראש הממשלה נפגש אתמול בירושלים עם שר החוץ של צרפת לשיחה ארוכה.")


def _windowed(jobs: Iterable[Job], submit: Callable, window: int) -> Iterator[dict]:
    """Submit up to `window` jobs ahead and yield their results in submission order."""
    pending: deque = deque()
    for job in jobs:
        pending.append(submit(job))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
