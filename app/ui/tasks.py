"""The one background-work helper: run a function on the pool, get its result as a signal."""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """`fn(progress, cancel)` runs off the UI thread; results arrive on the UI thread as signals."""

    def __init__(self, fn: Callable[[Callable[[float, str], None], threading.Event], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.cancel_event = threading.Event()
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        from ..core.analyze import Cancelled
        from ..core.load import LoadError

        try:
            try:
                with gc_paused():
                    result = self.fn(self.signals.progress.emit, self.cancel_event)
            except Cancelled:
                self.signals.cancelled.emit()
            except LoadError as exc:  # already a message for the user
                self.signals.failed.emit(str(exc))
            except Exception as exc:  # the UI must show it, never crash
                traceback.print_exc()
                self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window that asked is gone (closed while we worked): nobody to tell


_paused_lock = threading.Lock()
_paused = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic cycle collection while background work runs.

    A full collection walks every container in the process while holding the GIL, whichever
    thread triggers it; halfway through a 1 MB analysis that took 25-40 ms on its own, most of the
    window's longest stall (benchmarks/ui_bench.py). The pipeline builds no reference cycles, so its
    garbage goes by reference counting meanwhile; the young generation that piles up is collected
    as usual once the last task ends. Nested and parallel tasks share one count."""
    global _paused
    with _paused_lock:
        _paused += 1
        if _paused == 1:
            gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()


UI_SWITCH_INTERVAL = 0.001


def run_task(task: Task, pool: QThreadPool | None = None) -> Task:
    # A worker running Python holds the GIL for up to the switch interval each time the UI thread
    # asks for it, and requests queue up: at CPython's default 5 ms the window stalled for 30-60 ms
    # during a long summary; at 1 ms it stays under the 50 ms budget (benchmarks/ui_bench.py).
    if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
        sys.setswitchinterval(UI_SWITCH_INTERVAL)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
