"""Summary items always show whole (issue 16 item 1): at any width, zoom, font and language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.ui import i18n
from app.ui.wrapped_items import DIRECTION, PAD, text_layout
from tests.conftest import ROOT, SAMPLE
from tests.ui.conftest import open_and_wait


def cut_off_items(view) -> list[int]:
    """Rows whose text needs more height than the view gives them: what a reader sees as a sentence
    losing its last line. Measured with Qt's own text layout at the width the item is painted."""
    out = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        if rect.left() < 0 or rect.right() >= view.viewport().width():
            out.append(row)  # wider than the view: its ends are cut off
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        view.itemDelegate().initStyleOption(option, index)
        direction = index.data(DIRECTION)
        direction = Qt.LayoutDirection(direction) if direction is not None else view.layoutDirection()
        _layout, height = text_layout(option.text, option.font, rect.width() - 2 * PAD, direction)
        if height + 2 * PAD > rect.height() + 0.5:
            out.append(row)
    return out


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_summary_item_shows_whole_at_any_width(qtbot, window, language):
    app = QApplication.instance()
    try:
        i18n.install(app, language)
        window.resize(1000, 800)
        window.settings.length_mode, window.settings.length_value = "sentences", 5  # several items
        doc = open_and_wait(qtbot, window, SAMPLE if language == "he" else ROOT / "tests" / "data" / "samples" / "article.md")
        view = doc.summary.list
        assert view.count() == 5
        for width in (1000, 1280, 760, 1500, 900):
            window.resize(width, 800)
            qtbot.waitUntil(lambda: view.viewport().width() > 0)
            QApplication.processEvents()
            QApplication.processEvents()
            assert cut_off_items(view) == [], width
        doc.side.setSizes([140, 660])  # a short list: its scroll bar narrows the items
        QApplication.processEvents()
        QApplication.processEvents()
        assert view.verticalScrollBar().isVisible()
        assert cut_off_items(view) == []
        for zoom in (+4, -2):  # the sentences follow the reading zoom; still whole
            window.set_zoom(zoom)
            QApplication.processEvents()
            assert cut_off_items(view) == []
        # each item is no taller than its text: no empty band below
        for row in range(view.count()):
            rect = view.visualRect(view.model().index(row, 0))
            option = QStyleOptionViewItem()
            view.itemDelegate().initStyleOption(option, view.model().index(row, 0))
            _l, height = text_layout(option.text, option.font, rect.width() - 2 * PAD, Qt.RightToLeft)
            assert rect.height() <= height + 2 * PAD + 2
    finally:
        i18n.install(app, "en")


@pytest.mark.parametrize("direction", [Qt.RightToLeft, Qt.LeftToRight])
def test_wrapped_lines_start_at_the_items_own_leading_edge(qtbot, direction):
    """Seen under X in the English interface: a Hebrew summary sentence's lines were flush left,
    ragged on the right where a Hebrew reader's eye goes back to start each line."""
    from PySide6.QtGui import QFont

    text = "ראש הממשלה בנימין נתניהו הודיע היום (שלישי) כי ייפגש עם נשיא רוסיה ולדימיר פוטין ב-21 בפברואר במוסקבה."
    if direction == Qt.LeftToRight:
        text = "The prime minister said on Tuesday that he would meet the Russian president in Moscow on 21 February."
    width = 300
    layout, _height = text_layout(text, QFont(), width, direction)
    assert layout.lineCount() >= 2
    for n in range(layout.lineCount()):
        line = layout.lineAt(n).naturalTextRect()
        if direction == Qt.RightToLeft:
            assert line.right() == pytest.approx(width, abs=1), n
        else:
            assert line.left() == pytest.approx(0, abs=1), n
