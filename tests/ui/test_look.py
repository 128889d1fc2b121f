"""Themes, the bundled font, background work that can be cancelled."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtGui import QFontDatabase, QPalette

from app.ui.tasks import Task, run_task
from app.ui.theme import FONT_FAMILY, load_fonts
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def test_bundled_hebrew_font_is_used_for_the_article(qtbot, window):
    load_fonts()
    assert FONT_FAMILY in QFontDatabase.families()
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert doc.reader.document().defaultFont().families()[0] == FONT_FAMILY


def test_dark_theme_repaints_the_article_in_dark_colours(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    try:
        with qtbot.waitSignal(window.analysis_ready, timeout=30000):
            window.set_theme("dark")
        assert window.palette().color(QPalette.Base).lightness() < 128
        assert window.colors.dark
        first = doc.summary.sentences()[0]
        found = doc.reader.document().find(first[:20])
        assert found.charFormat().background().color().name() in (window.colors.summary, window.colors.summary_strong)
    finally:
        window.set_theme("light")
        window.set_theme("system")


def test_the_text_keeps_its_measure_in_a_wide_view_and_a_margin_in_a_narrow_one(qtbot, window):
    from PySide6.QtGui import QTextDocument

    from app.ui.render import SIDE_MARGIN, set_measure

    reader = open_and_wait(qtbot, window, SAMPLE).reader
    doc = QTextDocument()
    doc.setDefaultFont(reader.document().defaultFont())
    set_measure(doc, 3000)  # wide: lines stay about 78 characters long, centred
    assert doc.rootFrame().frameFormat().leftMargin() == doc.rootFrame().frameFormat().rightMargin() > 1000
    set_measure(doc, 300)  # narrow: the text still keeps off the edges
    assert doc.rootFrame().frameFormat().leftMargin() == doc.rootFrame().frameFormat().rightMargin() == SIDE_MARGIN
    window.resize(450, 600)  # the real reader, made narrow by the window
    qtbot.waitUntil(lambda: reader.viewport().width() < 500)
    assert reader.document().rootFrame().frameFormat().leftMargin() == SIDE_MARGIN


def test_a_task_can_be_cancelled(qtbot):
    started = threading.Event()

    def slow(progress, cancel):
        from app.core.analyze import Cancelled

        started.set()
        for _ in range(500):
            if cancel.is_set():
                raise Cancelled()
            time.sleep(0.01)
        return "done"

    task = Task(slow)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        run_task(task)
        started.wait(5)
        task.cancel()


def test_a_failing_task_reports_instead_of_crashing(qtbot):
    task = Task(lambda p, c: 1 / 0)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as sig:
        run_task(task)
    assert "ZeroDivisionError" in sig.args[0]


def test_cycle_collection_pauses_only_while_tasks_run(qtbot):
    import gc

    seen = []
    gate = threading.Event()

    def waits(progress, cancel):
        seen.append(gc.isenabled())
        gate.wait(5)
        return "done"

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(2)  # both at once, whatever the machine's core count
    assert gc.isenabled()
    slow, failing = Task(waits), Task(lambda p, c: [seen.append(gc.isenabled()), 1 / 0])
    with qtbot.waitSignal(failing.signals.failed, timeout=5000):
        run_task(slow, pool)
        qtbot.waitUntil(lambda: bool(seen))
        run_task(failing, pool)
    assert seen == [False, False]
    assert not gc.isenabled()  # the slow task still runs: a failing one must not switch it back on
    with qtbot.waitSignal(slow.signals.finished, timeout=5000):
        gate.set()
    assert gc.isenabled()  # or the window would keep every reference cycle it ever made


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_binding_keeps_none_alive():
    """PySide6 6.12.0 drops a reference to None on every void call; typesetting a long article
    makes thousands of them and CPython 3.11 aborts ("deallocating None"). pyproject excludes it."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.insertText("א")
    assert sys.getrefcount(None) >= before - 100
