"""Where the reader is: a thin progress line under the article, and the place in each document
remembered across sessions (by file path, or by the text itself for a pasted document).

The place is stored as the analysis offset of the first line on screen, not as a scroll fraction,
so it survives another window size, zoom, font or column width.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from .plain import tooltip
from .reader import ReaderView

SETTLE_MS = 1500  # a place counts as the reader's once scrolling has stopped this long


def document_key(path: str | None, text: str) -> str:
    """The key a document's place is kept under: its path, or a digest of a pasted text."""
    if path:
        return path
    return "pasted:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def top_offset(reader: ReaderView) -> int | None:
    """The analysis offset of the first line on screen (None before anything is typeset)."""
    rendered = reader.rendered
    if rendered is None or not rendered.positions:
        return None
    pos = reader.cursorForPosition(QPoint(reader.viewport().width() // 2, 0)).position()
    k = max(0, bisect_right(rendered.positions, pos) - 1)
    return rendered.starts[k] + max(0, min(pos - rendered.positions[k], rendered.lengths[k]))


def scroll_to_offset(reader: ReaderView, offset: int) -> None:
    """Put the line holding analysis `offset` at the top of the view. The block's place is asked of
    the document layout, which lays the text out that far first (a view's cursorRect would answer
    from a layout still in progress)."""
    if reader.rendered is None:
        return
    doc = reader.document()
    pos = min(reader.rendered.position(offset), doc.characterCount() - 1)
    block = doc.findBlock(pos)
    top = doc.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineForTextPosition(pos - block.position())
    y = round(top + (line.y() if line.isValid() else 0))
    bar = reader.verticalScrollBar()
    bar.setValue(y)
    if bar.value() != y:  # the scroll range catches up with the layout on the next turn
        QTimer.singleShot(0, lambda: bar.setValue(y))


def fraction_read(reader: ReaderView) -> float:
    """How far down the article the view's bottom edge is, 0 to 1."""
    bar = reader.verticalScrollBar()
    if bar.maximum() <= 0:
        return 1.0 if reader.rendered is not None else 0.0
    return bar.value() / bar.maximum()


class ReadingPosition(QObject):
    """Keeps one document's place: restores the saved one when its first analysis is shown (after a
    long text has moved in completely), and says when the reader has settled somewhere new."""

    moved = Signal()

    def __init__(self, doc, saved: Callable[[str], int | None]) -> None:
        super().__init__(doc)
        self.doc, self._saved = doc, saved
        self._restored = False  # the saved place has been applied (or there was none)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.moved)
        doc.analysis_ready.connect(self._analysed)
        doc.reader.verticalScrollBar().valueChanged.connect(lambda _v: self._restored and self._settle.start())

    def key(self) -> str:
        return document_key(self.doc.path, self.doc.text)

    def offset(self) -> int | None:
        """The place to remember, or None while there is none yet (no analysis shown, or the saved
        place not yet restored: the top of a half-loaded text must not overwrite it)."""
        if not self._restored or self.doc.analysis is None:
            return None
        return top_offset(self.doc.reader)

    def _analysed(self, _analysis) -> None:
        if self._restored:
            return
        offset = self._saved(self.key())
        reader = self.doc.reader
        if not offset:
            self._restored = True
        elif reader.busy:
            reader.adopted.connect(self._restore_once, Qt.SingleShotConnection)
        else:
            QTimer.singleShot(0, self._restore_once)  # after the view has laid the text out

    def _restore_once(self) -> None:
        if not self._restored:
            scroll_to_offset(self.doc.reader, self._saved(self.key()) or 0)
            self._restored = True


def remember(settings, docs: list) -> None:
    """Write the places of these document views into the settings (saved with them)."""
    for doc in docs:
        keeper = doc.position  # None for a view the window did not make
        offset = keeper.offset() if keeper is not None else None
        if offset is not None:
            settings.remember_position(keeper.key(), offset)


class ProgressLine(QWidget):
    """A 3-pixel line under the article that fills as the reader goes down, from the side the
    article's first paragraph starts on; its tooltip gives the percentage."""

    def __init__(self, reader: ReaderView, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.setFixedHeight(3)
        bar = reader.verticalScrollBar()
        bar.valueChanged.connect(lambda _v: self._changed())
        bar.rangeChanged.connect(lambda _a, _b: self._changed())

    def _changed(self) -> None:
        self.setToolTip(tooltip(self.tr("{percent}% read").format(percent=round(100 * fraction_read(self.reader)))))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.Mid))
        width = round(self.width() * fraction_read(self.reader))
        first = self.reader.document().firstBlock().blockFormat()
        rtl = first.layoutDirection() != Qt.LeftToRight
        x = self.width() - width if rtl else 0
        painter.fillRect(QRect(x, 0, width, self.height()), QColor(self.palette().color(QPalette.Highlight)))
