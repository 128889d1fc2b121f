"""The one background-work helper: run a function on the pool, get its result as a signal.

Lifetime, as in Picard's `run_task`: the pool deletes the runnable once it has run, and the runnable
drops the function (and everything it captured: a pasted text, an analysis) as soon as it returns.
Results travel back through a relay object with queued connections to a `Task` owned by the widget
that asked: when that widget is closed, Qt cuts the connections and a late result goes nowhere.
A Task deletes itself once its outcome is delivered, so a long-lived document keeps none.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Work = Callable[[Callable[[float, str], None], threading.Event], Any]


class _Relay(QObject):
    """Emitted from the worker; connected (queued) to the Task on the UI thread."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QObject):
    """The UI thread's handle on one piece of background work: its outcome signals and its cancel.

    `fn(progress, cancel)` runs off the UI thread. Exactly one of finished / failed / cancelled
    arrives (unless the worker never returns), then the Task deletes itself."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._runnable: _Runnable | None = _Runnable(fn, self)
        for outcome in (self.finished, self.failed, self.cancelled):
            outcome.connect(self.deleteLater)

    @property
    def signals(self) -> Task:  # the former API: task.signals.finished.connect(...)
        return self

    def cancel(self) -> None:
        self.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Work, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn: Work | None = fn
        self._cancel = task.cancel_event
        self._relay: _Relay | None = _Relay()  # made here, on the UI thread, with no parent
        queued = Qt.ConnectionType.QueuedConnection
        for name in ("progress", "finished", "failed", "cancelled"):
            getattr(self._relay, name).connect(getattr(task, name), queued)

    def run(self) -> None:
        from ..core.analyze import Cancelled
        from ..core.load import LoadError

        fn, relay = self._fn, self._relay
        self._fn = self._relay = None  # nothing the function captured outlives this call
        if fn is None or relay is None:
            return
        try:
            if self._cancel.is_set():
                raise Cancelled()
            with gc_paused():
                result = fn(lambda f, stage: _emit(relay.progress, f, stage), self._cancel)
        except Cancelled:
            _emit(relay.cancelled)
        except LoadError as exc:  # already a message for the user
            _emit(relay.failed, str(exc))
        except Exception as exc:  # the UI must show it, never crash; a GUI launch has no stderr
            log.exception("background task failed")
            _emit(relay.failed, f"{type(exc).__name__}: {exc}")
        else:
            _emit(relay.finished, result)
        finally:
            del fn


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the application is shutting down under the worker: nobody to tell
        pass


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
    """Start `task` on the pool (once); returns it."""
    # A worker running Python holds the GIL for up to the switch interval each time the UI thread
    # asks for it, and requests queue up: at CPython's default 5 ms the window stalled for 30-60 ms
    # during a long summary; at 1 ms it stays under the 50 ms budget (benchmarks/ui_bench.py).
    if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
        sys.setswitchinterval(UI_SWITCH_INTERVAL)
    runnable, task._runnable = task._runnable, None
    if runnable is not None:
        (pool or QThreadPool.globalInstance()).start(runnable)
    return task
