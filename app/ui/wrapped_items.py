"""A list delegate whose items always show whole: each item is measured and painted with the same
text layout, at the width the view really gives it.

Qt's own delegate measures a word-wrapped item at a width that is not the one it paints at (the
view's spacing, the focus-frame margins and a scroll bar that appears after the first layout all
narrow the painted rectangle), so a long Hebrew sentence got one line more than its height had room
for and lost its last words. Here one function lays the text out for both, and the view re-measures
on every resize (`QListView.Adjust`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

DIRECTION = Qt.UserRole + 1  # an item's own text direction (Qt.LayoutDirection), when it has one
PAD = 4  # room between an item's edge and its text


def text_layout(text: str, font: QFont, width: float, direction: Qt.LayoutDirection) -> tuple[QTextLayout, float]:
    """`text` wrapped at word boundaries (anywhere if a word is wider than the line) into `width`;
    returns the laid-out text and its height."""
    layout = QTextLayout(text, font)
    # the leading edge: right in a right-to-left item (QTextLayout takes AlignLeft literally, and a
    # Hebrew sentence in the English interface came out flush left, ragged where its lines begin)
    option = QTextOption(Qt.AlignRight if direction == Qt.RightToLeft else Qt.AlignLeft)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class WrappedItems(QStyledItemDelegate):
    """Paints an item's text wrapped in its own direction (an English quote reads left to right
    inside a right-to-left list) and sizes the item to exactly that text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        view.setResizeMode(QListView.Adjust)
        view.setUniformItemSizes(False)

    def text_width(self) -> int:
        """The width an item's text gets: the viewport, less the view's spacing and our padding."""
        return max(20, self.view.viewport().width() - 2 * self.view.spacing() - 2 * PAD)

    def _direction(self, option: QStyleOptionViewItem, index) -> Qt.LayoutDirection:
        direction = index.data(DIRECTION)
        return option.direction if direction is None else Qt.LayoutDirection(direction)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        _layout, height = text_layout(opt.text, opt.font, self.text_width(), self._direction(opt, index))
        return QSize(self.text_width() + 2 * PAD, int(height + 0.999) + 2 * PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)  # background, selection, focus
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        layout, _height = text_layout(text, opt.font, rect.width(), self._direction(opt, index))
        selected = bool(opt.state & QStyle.State_Selected)
        group = QPalette.Active if opt.state & QStyle.State_Active else QPalette.Inactive
        painter.save()
        painter.setPen(opt.palette.color(group, QPalette.HighlightedText if selected else QPalette.Text))
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()

