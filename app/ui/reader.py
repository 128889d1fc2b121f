"""The article view: shows a rendered document, keeps a readable line length, zooms, and points at
offsets of the analysis (a summary sentence, an entity's next mention)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextDocumentFragment, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from .render import MAX_LINE_CHARS, Rendered, set_measure

SLICE_CHARS = 4_000


class ReaderView(QTextBrowser):
    adopted = Signal()  # a long document has been moved in completely

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)  # drops go to the window, which opens them as documents
        self.setLayoutDirection(Qt.RightToLeft)
        self.setFrameShape(QTextBrowser.NoFrame)
        self.rendered: Rendered | None = None
        self.measure = MAX_LINE_CHARS  # characters to a line (typography.py)
        self._adopting: tuple[QTextDocument, int] | None = None  # (source, next position)
        self._after_adopting = None
        self._adopt_timer = QTimer(self, interval=0)
        self._adopt_timer.timeout.connect(self._adopt_slice)
        self._marks: list[QTextEdit.ExtraSelection] = []  # what show_span marked
        self._found: list[QTextEdit.ExtraSelection] = []  # the find bar's matches

    def show_rendered(self, rendered: Rendered, keep_scroll: bool = False) -> None:
        """Show a document built on the worker. A long one is moved in by slices of a few
        paragraphs per event-loop turn: Qt lays a new document out in steps of up to 200,000
        characters, ~100 ms each on a 1 MB text, but lays out an insertion at once, so slices keep
        every turn short and the top of the article readable immediately."""
        self._stop_adopting()
        bar = self.verticalScrollBar()
        where = bar.value() / max(1, bar.maximum()) if keep_scroll else 0.0
        old = self.rendered.document if self.rendered else None
        source = rendered.document
        if source.characterCount() > SLICE_CHARS:
            target = QTextDocument()
            target.setUndoRedoEnabled(False)
            target.setDefaultFont(source.defaultFont())
            target.setDocumentMargin(source.documentMargin())
            target.rootFrame().setFrameFormat(source.rootFrame().frameFormat())
            source.setParent(self)
            self._adopting = (source, 0)
            rendered = Rendered(target, rendered.starts, rendered.positions, rendered.lengths, rendered.removed)
        rendered.document.setParent(self)
        self.rendered = rendered
        self._fit_measure(rendered.document)  # before the view lays it out: one layout, not two
        self.setDocument(rendered.document)
        self.setExtraSelections([])
        if old is not None:
            old.deleteLater()
        restore = (lambda: bar.setValue(round(where * bar.maximum()))) if keep_scroll else None
        if self._adopting:
            self._after_adopting = restore
            self._adopt_slice()  # the top of the article at once, the rest on the next turns
            if self._adopting:
                self._adopt_timer.start()
        elif restore:
            QTimer.singleShot(0, self, restore)  # never after the view is gone

    @property
    def busy(self) -> bool:
        """True while a long document is still being moved in."""
        return self._adopting is not None

    def _adopt_slice(self) -> None:
        source, pos = self._adopting
        target = self.document()
        last = source.characterCount() - 1
        block = source.findBlock(min(pos + SLICE_CHARS, last))
        end = min(block.position() + block.length() - 1, last)
        selection = QTextCursor(source)
        selection.setPosition(pos)
        selection.setPosition(end, QTextCursor.KeepAnchor)
        at = QTextCursor(target)
        at.movePosition(QTextCursor.End)
        at.insertFragment(QTextDocumentFragment(selection))
        if end < last:
            self._adopting = (source, end)
            return
        self._stop_adopting()
        if self._after_adopting:
            self._after_adopting()
        self.adopted.emit()

    def _stop_adopting(self) -> None:
        self._adopt_timer.stop()
        if self._adopting is not None:
            self._adopting[0].deleteLater()
        self._adopting = None

    def set_font_size(self, font) -> None:
        self.document().setDefaultFont(font)
        self._fit_measure()

    def show_span(
        self,
        start: int,
        end: int,
        color: str,
        others: list[tuple[int, int]] = (),
        others_color: str = "",
        scroll: bool = True,
        text_color: str = "",
    ) -> None:
        """Mark analysis span [start, end) and scroll to it; `others` are marked lighter. With
        `text_color`, marked text is drawn in it: a name's own colour would be hard to read on the
        mark (its underline keeps the colour)."""
        if self.rendered is None:
            return
        selections = []
        for a, b in others:
            selections.append(self._selection(a, b, others_color or color, text_color))
        current = self._selection(start, end, color, text_color)
        selections.append(current)
        self.setExtraSelections(selections)
        if scroll:
            self.scroll_to(current.cursor.selectionStart())

    def scroll_to(self, position: int) -> None:
        """Put Qt document `position` a third of the way down the view (where the eye rests when
        reading on), or as near as the scroll range allows, with the text cursor there."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.viewport().height() // 3)

    def _selection(self, start: int, end: int, color: str, text_color: str = "") -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1  # a long document may still be moving in
        cursor.setPosition(min(self.rendered.position(start), last))
        cursor.setPosition(min(self.rendered.position(end), last), QTextCursor.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        if text_color:
            fmt.setForeground(QColor(text_color))
        fmt.setProperty(QTextFormat.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def setExtraSelections(self, selections) -> None:
        """Marks of the moment (a sentence, a name's mentions) plus the find bar's matches, which
        stay while it is open; selections left from a replaced document are dropped."""
        self._marks = list(selections)
        self._combine()

    def set_found(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._found = list(selections)
        self._combine()

    def _combine(self) -> None:
        doc = self.document()
        super().setExtraSelections([s for s in self._marks + self._found if s.cursor.document() is doc])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    def _fit_measure(self, doc=None) -> None:
        set_measure(doc or self.document(), self.viewport().width(), self.measure)
