"""The article view: shows a rendered document, keeps a readable line length, zooms, and points at
offsets of the analysis (a summary sentence, an entity's next mention)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from .render import Rendered, set_measure


class ReaderView(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)  # drops go to the window, which opens them as documents
        self.setLayoutDirection(Qt.RightToLeft)
        self.setFrameShape(QTextBrowser.NoFrame)
        self.rendered: Rendered | None = None

    def show_rendered(self, rendered: Rendered, keep_scroll: bool = False) -> None:
        bar = self.verticalScrollBar()
        where = bar.value() / max(1, bar.maximum()) if keep_scroll else 0.0
        old = self.rendered.document if self.rendered else None
        rendered.document.setParent(self)
        self.rendered = rendered
        self._fit_measure(rendered.document)  # before the view lays it out: one layout, not two
        self.setDocument(rendered.document)
        self.setExtraSelections([])
        if old is not None:
            old.deleteLater()
        if keep_scroll:
            QTimer.singleShot(0, lambda: bar.setValue(round(where * bar.maximum())))

    def set_font_size(self, font) -> None:
        self.document().setDefaultFont(font)
        self._fit_measure()

    def show_span(self, start: int, end: int, color: str, others: list[tuple[int, int]] = (), others_color: str = "") -> None:
        """Scroll to analysis span [start, end) and mark it; `others` are marked lighter."""
        if self.rendered is None:
            return
        selections = []
        for a, b in others:
            selections.append(self._selection(a, b, others_color or color))
        current = self._selection(start, end, color)
        selections.append(current)
        self.setExtraSelections(selections)
        cursor = QTextCursor(current.cursor)
        cursor.setPosition(current.cursor.selectionEnd())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(current.cursor.selectionStart())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _selection(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.rendered.position(start))
        cursor.setPosition(self.rendered.position(end), QTextCursor.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        fmt.setProperty(QTextFormat.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    def _fit_measure(self, doc=None) -> None:
        set_measure(doc or self.document(), self.viewport().width())
