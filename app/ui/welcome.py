"""The page shown while no document is open: what Tamtzit does, how to start, and recent files.

It only asks: the window opens what is asked for, so a file opened from here goes the same way as
one opened from the menu, a drop or the command line.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..core.safe_text import isolate
from ..resources import resource_path
from .i18n import follow_language
from .plain import PlainLabel, tooltip
from .theme import set_heading_font

_PATH = Qt.UserRole + 1


class WelcomePage(QWidget):
    open_requested = Signal()
    paste_requested = Signal()
    recent_requested = Signal(str)  # a path from the recent list

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.icon = PlainLabel(alignment=Qt.AlignCenter)
        pixmap = QPixmap(str(resource_path("icons", "hicolor", "128x128", "apps", "tamtzit.png")))
        self.icon.setPixmap(pixmap.scaledToHeight(96, Qt.SmoothTransformation) if not pixmap.isNull() else pixmap)
        self.name = PlainLabel(alignment=Qt.AlignCenter)
        set_heading_font(self.name, 26)
        self.tagline = PlainLabel(alignment=Qt.AlignCenter, wordWrap=True)
        self.hint = PlainLabel(alignment=Qt.AlignCenter, wordWrap=True)
        self.hint.setForegroundRole(QPalette.PlaceholderText)
        self.open_button = QPushButton()
        self.paste_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        self.recent_heading = PlainLabel()
        set_heading_font(self.recent_heading, 0)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)

        column = QVBoxLayout()
        column.addStretch(2)
        for w in (self.icon, self.name, self.tagline):
            column.addWidget(w)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        column.addSpacing(24)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent)
        column.addStretch(3)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addLayout(column, 3)
        centred.addStretch(1)
        self._paths: list[str] = []
        follow_language(self)

    def show_recent(self, paths: list[str]) -> None:
        """The recent files, newest first; one that is gone is listed but cannot be opened."""
        self._paths = list(paths)
        self.recent.clear()
        for path in paths:
            folder = os.path.dirname(path)
            item = QListWidgetItem(f"{isolate(os.path.basename(path), always=True)}   {isolate(folder, always=True)}")
            item.setData(_PATH, path)
            item.setToolTip(tooltip(isolate(path, always=True)))
            if not os.path.exists(path):
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
                item.setToolTip(tooltip(self.tr("This file is no longer there: {path}").format(path=isolate(path, always=True))))
            self.recent.addItem(item)
        self.recent_heading.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        if paths:  # as tall as its rows (up to ten), not a big empty box
            rows = min(len(paths), 10)
            self.recent.setFixedHeight(rows * self.recent.sizeHintForRow(0) + 2 * self.recent.frameWidth() + 4)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemIsEnabled:
            self.recent_requested.emit(item.data(_PATH))

    def retranslate(self) -> None:
        self.name.setText(self.tr("Tamtzit"))
        self.tagline.setText(self.tr("Hebrew articles cleaned, summarized, with their people, places and organizations marked"))
        self.open_button.setText(self.tr("Open a file…"))
        self.open_button.setToolTip(self.tr("Open one or more text files (Ctrl+O)"))
        self.paste_button.setText(self.tr("Paste text"))
        self.paste_button.setToolTip(self.tr("Open the text on the clipboard as a new document (Ctrl+V)"))
        self.hint.setText(self.tr("…or drop files or text from a browser anywhere on this window."))
        self.recent_heading.setText(self.tr("Recent files"))
        self.show_recent(self._paths)
