"""The article column: the find bar above the text, the reading-progress line below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .find_bar import FindBar
from .reader import ReaderView
from .reading_position import ProgressLine
from .theme import Colors


class ArticleColumn(QWidget):
    def __init__(self, reader: ReaderView, colors: Callable[[], Colors], parent=None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.find_bar = FindBar(reader, colors)
        self.progress = ProgressLine(reader)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(reader, 1)
        column.addWidget(self.progress)
