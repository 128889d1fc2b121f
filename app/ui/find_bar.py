"""The find bar over the article: Ctrl+F opens it, typing finds as you go (Hebrew-aware, through
`app.core.search`), Enter / Shift+Enter (or Ctrl+G / Ctrl+Shift+G) step, Esc closes.

Every match is marked lightly and the current one strongly, in the colours the names panel uses for
"the mention you are looking at" and "its other mentions"; the count says where you are ("3 of 17").
The article's text is folded once per version of the document, so each keystroke only scans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QTextEdit, QToolButton

from ..core.search import MAX_MATCHES, Folded, find, fold_text
from .i18n import follow_language
from .plain import PlainLabel, tooltip
from .reader import ReaderView
from .theme import Colors

MAX_MARKED = 3_000  # matches painted at once; the count covers them all
NO_MATCH_STYLE = "QLineEdit { color: #c0392b; }"  # the query found nothing (the names filter too)


class FindEdit(QLineEdit):
    """The query field: Esc closes the bar rather than cancelling the analysis (the window's Esc),
    Enter goes to the next match and Shift+Enter to the previous one."""

    step = Signal(int)
    escape = Signal()

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_Escape:
            event.accept()  # ours, not the window's shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.escape.emit()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.ShiftModifier else +1)
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    def __init__(self, reader: ReaderView, colors: Callable[[], Colors], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")  # no style sheet: it would pin the palette the bar was polished with
        self.reader, self._colors = reader, colors
        self.edit = FindEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _t: self.search())
        self.edit.step.connect(self.step)
        self.edit.escape.connect(self.close_bar)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.UpArrow)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next = QToolButton()
        self.next.setArrowType(Qt.DownArrow)
        self.next.clicked.connect(lambda: self.step(+1))
        self.count = PlainLabel()
        self.count.setMinimumWidth(90)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.addWidget(self.edit, 1)
        for w in (self.previous, self.next, self.count, self.close_button):
            row.addWidget(w)
        self.spans: list[tuple[int, int]] = []  # Qt document positions of the matches
        self.current = -1
        self._folded: tuple[Folded, list[int]] | None = None  # the article's key, its astral characters
        self._again = QTimer(self, singleShot=True, interval=150)  # the article changed under us
        self._again.timeout.connect(lambda: self.search(keep_place=True))
        reader.textChanged.connect(self._article_changed)
        self.hide()
        follow_language(self)

    def paintEvent(self, event) -> None:
        """A line under the bar in the theme's own colour, drawn from the live palette."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def focus_order(self) -> list:
        """Tab's way through the bar (focus_order.py)."""
        return [self.edit, self.previous, self.next, self.close_button]

    # -- opening and closing -------------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the article's selection (if any) as the query, everything selected so
        typing replaces it."""
        chosen = self.reader.textCursor().selectedText().strip()
        self.show()
        if chosen and "\u2029" not in chosen:
            self.edit.setText(chosen)
        self.edit.setFocus(Qt.ShortcutFocusReason)
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.spans, self.current = [], -1
        self.reader.set_found([])
        self.reader.setFocus()

    # -- searching -----------------------------------------------------------------------------
    def search(self, keep_place: bool = False) -> None:
        """Find the query in the article; the current match is the first from the top of the view
        (or, when the article was only re-typeset, the one that was current)."""
        query = self.edit.text()
        before = self.spans[self.current][0] if keep_place and 0 <= self.current < len(self.spans) else None
        folded, astral = self._fold()
        self.spans = [(_qt(a, astral), _qt(b, astral)) for a, b in find(folded, query)] if query.strip() else []
        self.current = -1
        if self.spans:
            top = before if before is not None else self.reader.cursorForPosition(QPoint(0, 0)).position()
            self.current = next((i for i, (a, _b) in enumerate(self.spans) if a >= top), 0)
        self._show(scroll=not keep_place)

    def step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self.spans:
            return
        self.current = (self.current + direction) % len(self.spans)
        self._show(scroll=True)

    def _article_changed(self) -> None:
        """A new or re-typeset document (or the next slice of a long one): fold it again when asked."""
        self._folded = None
        if self.isVisible():
            self._again.start()

    def _fold(self) -> tuple[Folded, list[int]]:
        if self._folded is None:
            text = self.reader.document().toPlainText()
            astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if _has_astral(text) else []
            self._folded = (fold_text(text), astral)
        return self._folded

    def _show(self, scroll: bool) -> None:
        colors = self._colors()
        n = len(self.spans)
        lo = max(0, self.current - MAX_MARKED // 2)
        marks = [self._selection(a, b, colors.mention) for a, b in self.spans[lo : lo + MAX_MARKED]]
        if self.current >= 0:
            current = self._selection(*self.spans[self.current], colors.current)
            marks.append(current)
            if scroll:
                self._centre(current.cursor)
        self.reader.set_found(marks)
        more = "+" if n >= MAX_MATCHES else ""
        if n:
            self.count.setText(self.tr("{k} of {n}").format(k=f"{self.current + 1:,}", n=f"{n:,}{more}"))
        else:
            self.count.setText(self.tr("No matches") if self.edit.text().strip() else "")
        self.edit.setStyleSheet("" if n or not self.edit.text().strip() else NO_MATCH_STYLE)
        self.previous.setEnabled(n > 1)
        self.next.setEnabled(n > 1)

    def _selection(self, a: int, b: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        sel.format = fmt
        return sel

    def _centre(self, cursor: QTextCursor) -> None:
        """The match a third of the way down the view, where the eye looks first."""
        at = QTextCursor(cursor)
        at.setPosition(cursor.selectionStart())
        self.reader.setTextCursor(at)
        rect = self.reader.cursorRect(at)
        bar = self.reader.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.reader.viewport().height() // 3)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in the article"))
        self.edit.setToolTip(self.tr("Finds words with or without nikud and prefixes (ו ה ב כ ל מ ש); Enter for the next, Shift+Enter for the previous"))
        self.previous.setToolTip(tooltip(self.tr("Previous match ({keys})").format(keys=_keys("Ctrl+Shift+G"))))
        self.next.setToolTip(tooltip(self.tr("Next match ({keys})").format(keys=_keys("Ctrl+G"))))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        if self.isVisible():
            self._show(scroll=False)


def _keys(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.NativeText)


def _has_astral(text: str) -> bool:
    return len(text.encode("utf-16-le")) != 2 * len(text)


def _qt(offset: int, astral: list[int]) -> int:
    """A Python string offset as a Qt (UTF-16) position: characters beyond the BMP count twice."""
    return offset + bisect_left(astral, offset) if astral else offset
