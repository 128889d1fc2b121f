"""Tab walks the window as a keyboard reader expects: from the document tabs into the article, the
summary, the names, then the status bar's controls, and round again -- in a narrow window too,
where the panes are moved below the article (seen under X: Tab went from the tab bar straight to
the status bar's encoding button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def _walk(window, key=Qt.Key_Tab, modifier=Qt.NoModifier):
    """The widgets focus visits from the document tab bar until it comes back to it."""
    start = window.tabs.tabBar()
    start.setFocus(Qt.TabFocusReason)
    QApplication.processEvents()
    seen = []
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        seen.append(focused)
    raise AssertionError(f"Tab never came back to the document tabs: {[type(w).__name__ for w in seen]}")


def _check_order(window, doc, narrow: bool):
    seen = _walk(window)
    status = window.status.encoding_button
    reader, copy, summary, names = doc.reader, doc.summary.copy_button, doc.summary.list, doc.entities.tree
    wanted = [doc.bar_button, reader, copy, summary] + ([] if narrow else [names]) + [status]
    assert [w for w in seen if w in wanted] == wanted, [type(w).__name__ for w in seen]
    assert seen[-1] is status  # the status bar last, then round to the tabs
    if narrow:  # the tabs of the panes below the article come between the article and the summary
        assert seen.index(doc.side_tabs.tabBar()) == seen.index(reader) + 1
    back = _walk(window, Qt.Key_Backtab, Qt.ShiftModifier)
    assert back == seen[::-1]


def test_tab_goes_through_article_summary_names_then_status(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    qtbot.waitUntil(lambda: doc.bar_button.isVisible() and window.status.encoding_button.isVisible())
    _check_order(window, doc, narrow=False)
    window.resize(700, 800)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Vertical)
    _check_order(window, doc, narrow=True)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Horizontal)
    _check_order(window, doc, narrow=False)


def test_go_to_summary_names_and_filter_bring_their_tab_on_top_in_a_narrow_window(qtbot, window):
    """Seen under X at 700 px: Ctrl+3 left the summary tab on top and gave the focus to the hidden
    names list, so the keys the reader typed went nowhere."""
    doc = open_and_wait(qtbot, window, SAMPLE)
    window.resize(700, 800)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Vertical)
    for action, pane, control in (
        ("focus_entities", doc.entities, doc.entities.tree),
        ("focus_summary", doc.summary, doc.summary.list),
        ("filter_names", doc.entities, doc.entities.filter),
    ):
        window.actions_[action].trigger()
        QApplication.processEvents()
        assert doc.side_tabs.currentWidget() is pane, action
        assert control.isVisible() and QApplication.focusWidget() is control, action
