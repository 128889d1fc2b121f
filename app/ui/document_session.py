"""One open document's state and background work, without a widget: what DocumentView shows.

Every piece of work (read the file, analyse, re-summarise, re-typeset) is one Task that returns a
`Result` (or, for a read, a `Loaded`); a newer task cancels the older one, and a stale result is
never delivered. Tests drive this object directly, with no window: the view only listens.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..core.analyze import Options
from ..core.document import Analysis
from ..core.load import Loaded, load_path
from .render import Rendered, View, render
from .tasks import Task, run_task


@dataclass
class Result:
    """An analysis typeset for the reader, on the worker."""

    rendered: Rendered
    analysis: Analysis
    same_text: bool = False  # a re-summary or re-typeset of the text on screen: the reader keeps its place


class DocumentSession(QObject):
    """The document's text, its analysis, the summary options and the one task running for it.

    `view_of()` says how to typeset (theme, fonts, width) at the moment work starts; it is called
    on the UI thread and its answer travels to the worker."""

    progress = Signal(float, str)  # fraction, stage — while work runs
    busy_changed = Signal(bool)
    text_changed = Signal()  # a new text (read or pasted): its analysis has started
    result_ready = Signal(object, bool)  # Result, fresh (a new Analysis, not a re-typeset of the same)
    failed = Signal(str)  # the analysis could not finish (the error)
    load_failed = Signal(str)  # the file could not be read (the loader's message)

    def __init__(self, options: Options, view_of: Callable[[], View], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.view_of = view_of
        self.loaded: Loaded | None = None
        self.path: str | None = None
        self.name = ""
        self.text = ""
        self.analysis: Analysis | None = None
        self.visual_undone = False  # the user undid the loader's visual-order conversion
        self.pasted_key: str | None = None  # a pasted text kept in the data folder (pasted.PastedStore)
        self._task: Task | None = None
        self._loading = False  # the current task reads the file
        self._summarizing = threading.Lock()  # one re-summary of this document at a time
        self._shown: Analysis | None = None  # the analysis last delivered as fresh

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- what the user asks for ----------------------------------------------------------------
    def open_file(self, path: str, encoding: str | None = None, visual: str = "auto") -> None:
        """Read the file on the worker, whatever its size (a small .docx can take seconds, a named
        pipe forever), then analyse it; `load_failed` says why when it cannot be read."""
        self.path = os.path.abspath(path)
        self.name = os.path.basename(path)
        self._start(lambda p, c: _work_load(path, encoding, visual, p, c))
        self._loading = True

    def set_text(self, text: str, name: str) -> None:
        """A new text for this document (pasted, or just read): shown raw, then analysed."""
        self.text, self.name, self.analysis = text, name, None
        self.text_changed.emit()
        self._analyze()

    def set_options(self, options: Options) -> None:
        """A new summary method or length: re-summarised from the analysis there is, not re-cleaned."""
        self.options = options
        if self.analysis is None:
            if self.text:
                self._analyze()
            return
        analysis, view, lock = self.analysis, self.view_of(), self._summarizing
        self._start(lambda p, c: _work_resummarize(analysis, options, view, lock, p, c))

    def display(self, analysis: Analysis) -> None:
        """Show an analysis made elsewhere (typeset on the worker like any other)."""
        self.text, self.analysis = analysis.document.original, analysis
        self.rerender()

    def rerender(self) -> None:
        """Typeset the same analysis again (theme, hidden labels, removed blocks shown)."""
        if self.analysis is None:
            return
        analysis, view = self.analysis, self.view_of()
        self._start(lambda p, c: Result(render(analysis, view, c), analysis, same_text=True))

    def cancel(self) -> bool:
        """Stop now, as far as the user can tell: the worker stops at its next checkpoint, and
        whatever it still delivers is ignored. False when nothing was running."""
        if self._task is None:
            return False
        self._task.cancel()
        self._task = None
        self._loading = False
        self.busy_changed.emit(False)
        return True

    # -- work ----------------------------------------------------------------------------------
    def _analyze(self) -> None:
        view, options, text = self.view_of(), self.options, self.text
        self._start(lambda p, c: _work_analyze(text, options, view, p, c))

    def _start(self, fn) -> None:
        if self._task is not None:
            self._task.cancel()
        self._loading = False
        task = Task(fn, parent=self)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._task = task
        run_task(task)
        self.busy_changed.emit(True)

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task

    def _on_progress(self, fraction: float, stage: str) -> None:
        if self._current():
            self.progress.emit(fraction, stage)

    def _on_finished(self, result: Result | Loaded) -> None:
        if not self._current():
            return  # superseded by newer work, or cancelled
        self._task = None
        if isinstance(result, Loaded):  # read on the worker: now show it and analyse it
            self._loading = False
            self.busy_changed.emit(False)
            self.loaded = result
            self.set_text(result.text, self.name)
            return
        fresh = result.analysis is not self._shown
        self.analysis = self._shown = result.analysis
        self.busy_changed.emit(False)
        self.result_ready.emit(result, fresh)

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self._task = None
        reading, self._loading = self._loading, False
        self.busy_changed.emit(False)
        (self.load_failed if reading else self.failed).emit(message)


def _work_analyze(text: str, options: Options, view: View, progress, cancel) -> Result:
    """On the worker: analyse and typeset; the UI thread only swaps the document in."""
    from ..core.analyze import analyze

    analysis = analyze(text, options, lambda f, s: progress(f * 0.8, s), cancel)
    progress(0.85, "render")
    return Result(render(analysis, view, cancel), analysis)


def _work_resummarize(analysis: Analysis, options: Options, view: View, lock: threading.Lock, progress, cancel) -> Result:
    """On the worker: a new Analysis with the new summary; the one on screen is never touched.

    The document's lock keeps a second re-summary (which shares the analysis's term cache) waiting
    until the one it cancelled has stopped at its next tick."""
    from ..core.analyze import Cancelled, summarize_analysis

    def tick(_fraction: float) -> None:
        if cancel.is_set():
            raise Cancelled()

    with lock:
        tick(0.0)
        progress(0.1, "summarize")
        updated = summarize_analysis(analysis, options, tick)
    progress(0.7, "render")
    return Result(render(updated, view, cancel), updated, same_text=True)


def _work_load(path: str, encoding: str | None, visual: str, progress, cancel) -> Loaded:
    """On the worker: load_path refuses named pipes, sockets and devices before opening them."""
    progress(0.0, "load")
    return load_path(path, encoding=encoding, visual=visual)
