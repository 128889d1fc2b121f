"""Open and save dialogs that read right in a right-to-left interface.

Where the desktop offers no dialog of its own, Qt draws one: in Hebrew its file names, sizes and
dates, left-to-right data inside a right-to-left view, came out as "txt.1" and "KiB 4.15". Each
shown value is isolated here (its own direction inside the row), the file types read left to
right, and the two labels Qt's Hebrew translation misses are set from ours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStylePainter,
    QTreeView,
)

from ..core.safe_text import isolate
from .plain import without_mnemonic


LRI = "\u2066"


class Isolated(QStyledItemDelegate):
    """Every shown name, size, type and date isolated (U+2068 … U+2069), so that "1.txt" stays
    "1.txt" in a right-to-left list. Only the painted text: the model's data, which the dialog
    copies into the file-name box, stays the bare name."""

    def displayText(self, value, locale) -> str:
        text = super().displayText(value, locale)
        return isolate(text, always=True) if text else text


class LeftToRightText(QObject):
    """Paints a combo box's current text left to right: the folder path ("/tmp/docs"), which Qt
    would otherwise lay out in the application's right-to-left direction ("tmp/docs/").

    An event filter on that one combo of a modal dialog, so it costs nothing elsewhere."""

    def eventFilter(self, combo, event) -> bool:
        if event.type() != QEvent.Paint or not isinstance(combo, QComboBox):
            return False
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        option.direction = Qt.LeftToRight  # the whole box, so the arrow and the path don't overlap
        painter = QStylePainter(combo)
        painter.setLayoutDirection(Qt.LeftToRight)
        painter.drawComplexControl(QStyle.CC_ComboBox, option)
        painter.drawControl(QStyle.CE_ComboBoxLabel, option)
        painter.end()
        return True


class DialogTexts(QObject):
    """(context DialogTexts)"""

    def labels(self) -> dict:
        return {QFileDialog.LookIn: self.tr("Look in:"), QFileDialog.FileType: self.tr("Files of type:")}


def file_dialog(parent, title: str, start: str, filters: str, save: bool = False) -> QFileDialog:
    # "Texts (*.txt *.md)" reads left to right even inside a Hebrew name: each filter opens with a
    # left-to-right isolate (left open: Qt wants the filter to end with its ")")
    dialog = QFileDialog(parent, title, start, ";;".join(LRI + f for f in filters.split(";;")))
    dialog.setAcceptMode(QFileDialog.AcceptSave if save else QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.AnyFile if save else QFileDialog.ExistingFiles)
    path = dialog.findChild(QComboBox, "lookInCombo")
    if path is not None:
        path.installEventFilter(LeftToRightText(path))
        path.setItemDelegate(Isolated(path))  # its list of parent folders
    for view in dialog.findChildren(QAbstractItemView):
        if view.objectName() in ("listView", "treeView"):
            view.setItemDelegate(Isolated(view))
    _room_for_columns(dialog)
    for label, text in DialogTexts().labels().items():
        dialog.setLabelText(label, text)
    if dialog.isRightToLeft():  # Qt's Hebrew "&שם קובץ:" underlines a letter as if with a vowel point
        for label in (QFileDialog.FileName, QFileDialog.Accept, QFileDialog.Reject):
            dialog.setLabelText(label, without_mnemonic(dialog.labelText(label)))
    return dialog


def _room_for_columns(dialog: QFileDialog) -> None:
    """Qt's dialog opened at 630 px, its "Date Modified" cut to "30 11 2…6 10:07" and the type to
    "pla…ent": it opens wider (within the screen), and once a folder is read the size, type and
    date columns take what they show, the name the rest."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    width, height = 900, 560
    if screen is not None:
        width, height = min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10)
    dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
    sidebar, split = dialog.findChild(QListView, "sidebar"), dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and split is not None:  # the places beside the list ("home-polis…") whole
        wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + sidebar.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        split.setSizes([wanted, max(1, sum(split.sizes()) - wanted)])
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model() if view is not None else None
    if not isinstance(model, QFileSystemModel):
        return

    def fit() -> None:
        header = view.header()
        for column in range(1, header.count()):
            view.resizeColumnToContents(column)  # measures the rows in sight only: any folder is quick
        # the name takes what is left, also once a scroll bar appears (a long folder cut the date)
        header.setSectionResizeMode(0, QHeaderView.Stretch)

    model.directoryLoaded.connect(lambda _path: QTimer.singleShot(0, view, fit))  # once its rows are laid out


def open_file_names(parent, title: str, start: str, filters: str) -> list[str]:
    dialog = file_dialog(parent, title, start, filters)
    return dialog.selectedFiles() if dialog.exec() else []


def save_file_name(parent, title: str, start: str, filters: str) -> str:
    """`start` may name the file proposed; "" when the reader cancels."""
    dialog = file_dialog(parent, title, start, filters, save=True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
