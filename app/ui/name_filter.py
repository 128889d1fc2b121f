"""The filter box over the names panel: type part of a name to see only the names that match.

Matching is the article search's (`app.core.search`): nikud, gershayim and prefixes do not matter,
and a name matches when any of its words begins with the query (נתני finds בנימין נתניהו).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget

from ..core.search import matches
from .find_bar import NO_MATCH_STYLE, FindEdit
from .i18n import follow_language


class NameFilter(FindEdit):
    filtered = Signal()  # after the names were shown or hidden: the panel retitles the types

    def __init__(self, tree: QTreeWidget, name_of: Callable[[int], str], role: int, parent=None) -> None:
        super().__init__(parent)
        self.tree, self._name_of, self._role = tree, name_of, role
        self.setClearButtonEnabled(True)
        self.textChanged.connect(lambda _t: self.apply())
        self.escape.connect(self._escape)
        self.step.connect(lambda _d: self.tree.setFocus())  # Enter: on to the names that are left
        follow_language(self)

    def apply(self) -> None:
        """Hide the names that do not match, and the types left with none; show all when empty."""
        query = self.text().strip()
        shown = 0
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            left = 0
            for c in range(top.childCount()):
                child = top.child(c)
                index = child.data(0, self._role)
                hide = bool(query) and index is not None and not matches(self._name_of(index), query)
                child.setHidden(hide)
                left += not hide
            top.setHidden(not left)
            shown += left
        self.setStyleSheet(NO_MATCH_STYLE if query and not shown else "")
        self.filtered.emit()

    def _escape(self) -> None:
        if self.text():
            self.clear()
        else:
            self.tree.setFocus()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Filter names"))
        self.setToolTip(self.tr("Show only the names with a word that begins so; nikud and prefixes do not matter (Esc clears)"))
