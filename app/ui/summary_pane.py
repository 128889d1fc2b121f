"""The summary pane: numbered summary sentences of the current analysis."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ..core.document import Analysis


class SummaryPane(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.RightToLeft)
        self.heading = QLabel("תקציר")
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setLayoutDirection(Qt.RightToLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def show_busy(self) -> None:
        self.list.clear()
        self.list.addItem("מסכם…")

    def show_analysis(self, analysis: Analysis) -> None:
        self.list.clear()
        for n, text in enumerate(analysis.summary_texts(), 1):
            self.list.addItem(f"{n}. {text}")

    def sentences(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
