"""Narrow windows and focus mode (issue 16 item 3): the article keeps its width."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT, SAMPLE
from tests.ui.conftest import open_and_wait
from tests.ui.test_summary_items import cut_off_items


def test_at_420_px_the_panes_go_below_the_article(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    window.resize(420, 800)
    qtbot.waitUntil(lambda: window.width() <= 440)
    QApplication.processEvents()
    reader = doc.reader
    assert reader.viewport().width() >= 0.85 * doc.width()  # the full width, not a 110 px column
    side = doc.side_pane()
    assert side.mapTo(doc, side.rect().topLeft()).y() >= reader.mapTo(doc, reader.rect().bottomLeft()).y()  # below
    assert doc.summary.isVisible() and doc.summary.width() >= 0.85 * doc.width()
    qtbot.waitUntil(lambda: reader.height() >= 0.5 * doc.height())  # the article keeps most of the height
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Horizontal and doc.side.width() > 250)
    QApplication.processEvents()
    assert doc.side.width() > 250 and reader.viewport().width() > 600


def test_focus_mode_shows_only_the_text_and_esc_or_f11_leaves_it(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    action = window.actions_["focus_mode"]
    assert action.isCheckable() and "F11" in action.shortcut().toString()
    action.trigger()
    QApplication.processEvents()
    hidden = (window.menuBar(), window.statusBar(), window.tabs.tabBar(), doc.side_pane(), doc.bar)
    assert not any(w.isVisible() for w in hidden)
    assert action.isChecked() and doc.reader.isVisible()
    second = open_and_wait(qtbot, window, SAMPLE.parent.parent.parent / "tests" / "data" / "haaretz-dev" / "3.txt")
    assert not second.side_pane().isVisible()  # a document opened meanwhile is in focus mode too
    assert not window.actions_["cancel"].isEnabled()  # nothing runs: Esc is the one that leaves
    qtbot.keyClick(second.reader, Qt.Key_Escape)
    QApplication.processEvents()
    assert window.menuBar().isVisible() and second.side_pane().isVisible() and not action.isChecked()
    action.trigger()
    action.trigger()  # F11 twice: back
    assert window.statusBar().isVisible()


def test_at_1000_by_800_the_names_list_shows_more_than_a_few_names(qtbot, window):
    """Driven under X: at 1000×800 the summary kept 520 of every 820 px of the side, its list half
    empty, and the names list under the legend and the filter showed two or three names."""
    window.resize(1000, 800)
    doc = open_and_wait(qtbot, window, SAMPLE)
    QApplication.processEvents()
    tree = doc.entities.tree
    assert tree.topLevelItemCount() > 0
    row = tree.fontMetrics().height()
    assert tree.viewport().height() >= 6 * row, (tree.viewport().height(), row)
    summary = doc.summary.list  # and the summary keeps room for its items: every one whole, no scrolling
    assert cut_off_items(summary) == [] and summary.verticalScrollBar().maximum() == 0


def test_a_one_sentence_summary_at_700_px_is_one_snug_box(qtbot, window):
    """Seen under X at 700×800: a one-sentence summary sat at the top of a 200 px empty box with
    its count far below, and the article kept only 55% of the height. The box now fits the
    sentence, the count follows it, and the article gets the room the summary does not need."""
    window.resize(700, 800)
    doc = open_and_wait(qtbot, window, SAMPLE)
    doc.set_options(replace(doc.session.options, sentences=1, ratio=None))
    qtbot.waitUntil(lambda: len(doc.summary.sentences()) == 1, timeout=30000)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Vertical)
    QApplication.processEvents()
    summary = doc.summary.list
    item = summary.visualRect(summary.model().index(0, 0))
    assert cut_off_items(summary) == []
    assert summary.height() <= item.height() + 2 * summary.spacing() + 2 * summary.frameWidth() + 4, (summary.height(), item)
    status = doc.summary.status
    assert 0 <= status.y() - summary.geometry().bottom() <= 16, (status.geometry(), summary.geometry())
    qtbot.waitUntil(lambda: doc.reader.height() >= 0.6 * doc.height())  # not 55%: the summary needs less
    doc.side_tabs.setCurrentWidget(doc.entities)  # the names take their share again
    qtbot.waitUntil(lambda: doc.entities.tree.viewport().height() >= 3 * doc.entities.tree.fontMetrics().height())


def test_a_text_without_a_summary_shows_its_message_not_an_empty_box(qtbot, window):
    """A short paste has no sentence to summarize: the pane said so under a tall empty list."""
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc = window.open_text("שלום")
    QApplication.processEvents()
    assert doc.summary.sentences() == []
    assert not doc.summary.list.isVisible() and doc.summary.status.isVisible()
    assert doc.summary.height() <= 200
    assert doc.entities.height() > doc.side.height() // 2  # the room goes to the names panel below


def test_the_summary_box_refits_when_the_window_widens_from_narrow(qtbot, window):
    """Seen under X: started narrow and then widened, the summary moved beside the article still
    sized for one line; its sentence now took two, cut under a scroll bar."""
    window.resize(700, 800)
    doc = open_and_wait(qtbot, window, ROOT / "tests" / "data" / "haaretz-dev" / "13_5.txt")
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Vertical)
    window.resize(1300, 850)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Horizontal)
    summary = doc.summary.list
    qtbot.waitUntil(lambda: cut_off_items(summary) == [] and summary.verticalScrollBar().maximum() == 0, timeout=3000)


def test_below_the_article_the_tabs_name_the_panes_without_a_second_title(qtbot, window):
    """Seen under X at 700 px: the "Summary" tab over a "Summary" heading, "Names and places" over
    "Names and places"; the titles come back beside the article."""
    doc = open_and_wait(qtbot, window, SAMPLE)
    window.resize(700, 800)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Vertical)
    assert [doc.side_tabs.tabText(i) for i in range(2)] == [doc.summary.heading.text(), doc.entities.heading.text()]
    assert not doc.summary.heading.isVisible()
    pane, copy = doc.summary, doc.summary.copy_button
    QApplication.processEvents()
    end = copy.geometry().right() if pane.isLeftToRight() else pane.width() - copy.geometry().left()
    assert end >= pane.width() - 20, (copy.geometry(), pane.width())  # Copy stays at the row's end, not in the middle
    doc.side_tabs.setCurrentWidget(doc.entities)
    assert doc.entities.isVisible() and not doc.entities.heading.isVisible()
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: doc.splitter.orientation() == Qt.Horizontal)
    assert doc.summary.heading.isVisible() and doc.entities.heading.isVisible()
