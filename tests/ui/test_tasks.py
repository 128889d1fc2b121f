"""Background tasks: nothing outlives its document, every task can be cancelled, one re-summary at a time."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from app.core.analyze import Options
from app.ui.tasks import Task, run_task
from tests.conftest import SAMPLE


def _settle(qtbot) -> None:
    """Let queued results arrive and deleteLater run, then collect."""
    for _ in range(5):
        qtbot.wait(20)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_closing_documents_frees_their_analyses(qtbot, window, seed_text):
    analyses: list[weakref.ref] = []
    for i in range(20):
        with qtbot.waitSignal(window.analysis_ready, timeout=60000) as shown:
            doc = window.open_text(f"מסמך מספר {i}\n{seed_text}")
        analyses.append(weakref.ref(shown.args[0]))
        if i % 4 == 0:  # a re-summary and a re-render each leave a new Analysis / Result behind
            with qtbot.waitSignal(window.analysis_ready, timeout=60000) as shown:
                doc.set_options(Options(algorithm="luhn", sentences=2))
            analyses.append(weakref.ref(shown.args[0]))
            with qtbot.waitSignal(window.analysis_ready, timeout=60000):
                doc.rerender()
        del shown, doc
        window.close_tab()
    _settle(qtbot)
    alive = [r() for r in analyses if r() is not None]
    assert alive == [], f"{len(alive)} of {len(analyses)} analyses of closed documents still in memory"


def test_a_finished_task_lets_go_of_what_its_function_captured(qtbot):
    class Big:
        pass

    owner = QObject()
    big = Big()
    ref = weakref.ref(big)
    task = Task(lambda _p, _c, b=big: None, parent=owner)
    with qtbot.waitSignal(task.finished, timeout=10000):
        run_task(task)
    del big, task
    _settle(qtbot)
    assert ref() is None
    assert owner.findChildren(Task) == []  # a delivered task deletes itself


def test_a_cancelled_task_reports_cancelled_and_never_finishes(qtbot):
    from app.core.analyze import Cancelled

    started, release = threading.Event(), threading.Event()

    def work(_progress, cancel):
        started.set()
        release.wait(10)
        if cancel.is_set():
            raise Cancelled()
        return "done"

    owner = QObject()
    task = Task(work, parent=owner)
    finished = []
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        run_task(task)
        assert started.wait(10)
        task.cancel()
        release.set()
    assert finished == []


def test_a_new_resummary_cancels_the_old_one_and_they_never_overlap(qtbot, window, monkeypatch):
    import app.core.analyze as analyze_module

    doc = window.open_path(str(SAMPLE))
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        pass
    shown = doc.analysis
    before = (list(shown.summary), list(shown.scores), shown.algorithm)
    real = analyze_module.summarize_analysis
    running, most, calls = [0], [0], []
    lock = threading.Lock()

    def slow(analysis, options, tick=None):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        calls.append(options.algorithm)
        try:
            for _ in range(50):  # long enough for the next request to arrive meanwhile
                threading.Event().wait(0.01)
                if tick is not None:
                    tick(0.5)
            return real(analysis, options, tick)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(analyze_module, "summarize_analysis", slow)
    with qtbot.waitSignal(window.analysis_ready, timeout=60000) as last:
        doc.set_options(Options(algorithm="luhn", sentences=2))
        qtbot.wait(100)
        doc.set_options(Options(algorithm="textrank", sentences=3))
    assert most[0] == 1  # never two at once on one document
    assert last.args[0].algorithm == "textrank" and len(last.args[0].summary) == 3
    assert (list(shown.summary), list(shown.scores), shown.algorithm) == before  # the old one untouched


def test_exporting_onto_a_named_pipe_is_refused_not_a_hang(qtbot, window, tmp_path):
    import os

    doc = window.open_path(str(SAMPLE))
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        pass
    fifo = tmp_path / "summary.txt"
    os.mkfifo(fifo)
    window.export_to(str(fifo), "summary")  # would wait forever for a reader
    assert "not a regular file" in window.notice_label.text() and doc.analysis is not None
