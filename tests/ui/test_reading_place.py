"""Where the article is when the reader asks for something (issue 16 item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait, with_entities


def _top_of_selection(doc) -> int:
    """Pixels from the top of the view to the marked span."""
    from PySide6.QtGui import QTextCursor

    selections = doc.reader.extraSelections()
    cursor = QTextCursor(selections[-1].cursor)
    cursor.setPosition(cursor.selectionStart())
    return doc.reader.cursorRect(cursor).top()


def _marked(doc) -> str:
    selections = doc.reader.extraSelections()
    return selections[-1].cursor.selectedText() if selections else ""


def test_a_summary_sentence_lands_a_third_from_the_top(qtbot, window):
    window.resize(900, 500)
    window.settings.length_mode, window.settings.length_value = "sentences", 5  # sentences down the article
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert len(doc.summary.sentences()) == 5
    view_height = doc.reader.viewport().height()
    for k in (2, len(doc.summary.sentences()) - 1):
        doc.summary.sentence_activated.emit(k)
        QApplication.processEvents()
        bar = doc.reader.verticalScrollBar()
        top = _top_of_selection(doc)
        if bar.value() < bar.maximum():  # not clamped at the end of the article
            assert abs(top - view_height // 3) <= 4, (k, top, view_height)
        assert 0 <= top < view_height * 0.6


def test_changing_the_length_keeps_the_reading_place(qtbot, window):
    window.resize(900, 500)
    doc = open_and_wait(qtbot, window, SAMPLE)
    bar = doc.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    assert before > 0
    pane = doc.summary
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        pane.mode.setCurrentIndex(pane.mode.findData("sentences"))
        pane.amount.setValue(3)
    qtbot.wait(50)
    assert abs(bar.value() - before) <= 0.05 * bar.maximum()


def test_removed_blocks_show_in_place_scrolled_to_with_the_name_still_marked(qtbot, window, seed_text):
    window.resize(900, 500)
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert doc.analysis.document.removed
    a = with_entities(seed_text)
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(a)
    group = next(i for i, g in enumerate(a.groups) if g.label == "GPE")
    entity = a.groups[group].mentions[0]
    doc.show_mention(entity, a.groups[group].mentions)
    marked = _marked(doc)
    action = window.actions_["show_removed"]
    assert action.isCheckable() and action.isEnabled() and not action.isChecked()
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        action.trigger()
    qtbot.wait(50)
    assert action.isChecked() and doc.show_removed
    first = doc.reader.rendered.removed[0]
    d = doc.analysis.document  # in place: after the paragraphs that came before it in the file
    before = sum(1 for p in d.paragraphs if d.offsets.to_original(p.start) < d.removed[0].start)
    positions = doc.reader.rendered.positions
    assert positions[before - 1] < first < (positions[before] if before < len(positions) else 10**9)
    cursor = doc.reader.textCursor()
    cursor.setPosition(first)
    top = doc.reader.cursorRect(cursor).top()
    assert 0 <= top < doc.reader.viewport().height()  # on screen
    assert _marked(doc) == marked
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        action.trigger()
    assert not action.isChecked() and not doc.show_removed
