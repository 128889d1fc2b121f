"""Entities: a legend with a toggle per type, and the document's entities grouped with counts.

Clicking a group (or Next/Previous) steps through its mentions in the article.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.document import Analysis
from ..core.safe_text import isolate
from .i18n import follow_language
from ..core.entities import LABEL_NAMES, LABELS
from .name_filter import NameFilter
from .plain import PlainLabel
from .theme import Colors, scaled, set_heading_font

_GROUP = Qt.UserRole
_LABEL = Qt.UserRole + 1


def label_names() -> dict[str, str]:
    """Entity type names in the interface's language (the core's English names, context Labels)."""
    return {label: QCoreApplication.translate("Labels", name) for label, name in LABEL_NAMES.items()}


NAME_LABELS = frozenset(LABELS) - {"DATE", "TIME", "MONEY", "PERCENT"}  # found by the model, not by rule


def _names_not_looked_for(analysis: Analysis | None) -> bool:
    """A text that is not Hebrew, in which no names were found: the reader must be told why
    rather than see an empty panel (dates and sums are found in any language)."""
    return bool(
        analysis is not None and analysis.language != "he" and not any(e.label in NAME_LABELS for e in analysis.entities)
    )


class EntityPanel(QWidget):
    hidden_changed = Signal(frozenset)  # labels whose highlights are off
    mention_requested = Signal(int, object)  # entity index to show, all mention indices of its group

    def __init__(self, colors: Colors, hidden: frozenset[str] = frozenset(), parent=None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel()
        set_heading_font(self.heading)
        self.legend = QGridLayout()
        self.legend.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for label in LABELS:  # laid out by _lay_out_legend, for the types a text has
            box = QCheckBox(self)
            box.setMinimumWidth(40)  # the legend re-flows instead of holding the pane wide
            box.hide()
            box.setChecked(label not in hidden)
            box.toggled.connect(self._toggled)
            self.boxes[label] = box
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(40)  # in a narrow window the panes share the height with the article
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(lambda item, _col: self._step(item, +1))
        self.tree.itemClicked.connect(lambda item, _col: self._step(item, +1))
        self.filter = NameFilter(self.tree, lambda i: self.analysis.groups[i].name, _GROUP)
        self.filter.filtered.connect(self._title_types)
        self.previous = QToolButton()
        self.next = QToolButton()
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.previous.clicked.connect(lambda: self._step(self.tree.currentItem(), -1))
        self.next.clicked.connect(lambda: self._step(self.tree.currentItem(), +1))
        self.where = PlainLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.next)
        nav.addWidget(self.where, 1)
        self.empty = PlainLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addLayout(self.legend)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(nav)
        self.analysis: Analysis | None = None
        self._looking = False
        self._shown: list[str] = []  # the legend's types
        self._columns = 3
        self._position: dict[int, int] = {}  # group index -> mention shown last
        self.set_colors(colors)
        follow_language(self)

    def focus_order(self) -> list[QWidget]:
        """Tab's way through the panel (focus_order.py): the legend's boxes in the order they are
        laid out (those of types the text lacks are hidden, and Tab skips them), the filter, the
        names, Previous and Next."""
        return [*self.boxes.values(), self.filter, self.tree, self.previous, self.next]

    def hidden(self) -> frozenset[str]:
        return frozenset(label for label, box in self.boxes.items() if not box.isChecked())

    def set_scale(self, scale: float) -> None:
        """The names follow the reading zoom (Ctrl +, Ctrl −) as the article does; the legend and
        buttons, controls rather than text, keep the interface's size."""
        self.tree.setFont(scaled(self.font(), scale))

    def set_colors(self, colors: Colors) -> None:
        """The legend's squares and the groups' icons in the theme's colours (live)."""
        for label, box in self.boxes.items():
            pix = QPixmap(12, 12)
            pix.fill(QColor(colors.labels[label]))
            box.setIcon(QIcon(pix))
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top.setIcon(0, self.boxes[top.data(0, _LABEL)].icon())

    def show_analysis(self, analysis: Analysis | None, looking: bool = False) -> None:
        """The analysis' entities; None with `looking` while one is being made (the panel says
        so), None alone when there is none to wait for (it says nothing)."""
        self.analysis, self._looking = analysis, looking
        self._position.clear()
        self.tree.clear()
        self.where.clear()
        names = label_names()
        groups = analysis.groups if analysis else []
        present = {g.label for g in groups} | {e.label for e in (analysis.entities if analysis else [])}
        self._lay_out_legend([label for label in LABELS if label in present])
        for label in LABELS:
            members = [(i, g) for i, g in enumerate(groups) if g.label == label]
            if not members:
                continue
            top = QTreeWidgetItem()
            top.setIcon(0, self.boxes[label].icon())
            top.setData(0, _LABEL, label)
            top.setFlags(top.flags() & ~Qt.ItemIsSelectable)
            for i, g in sorted(members, key=lambda m: (-m[1].count, m[1].name)):
                child = QTreeWidgetItem([f"{isolate(g.name, always=True)} ({g.count})"])
                child.setData(0, _GROUP, i)
                child.setToolTip(0, self.tr("Click again or press F3 for the next mention"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._set_empty_text()  # also says, under any dates, why names are missing
        self.empty.setVisible(not groups or bool(analysis and analysis.entities_unavailable) or _names_not_looked_for(analysis))
        for w in (self.tree, self.previous, self.next, self.where):
            w.setVisible(bool(groups))  # the summary above gets the room
        self._update_buttons()
        self.filter.setVisible(bool(groups))
        self.filter.apply()

    def _title_types(self) -> None:
        """Each type with its number of mentions: all of them, or while the filter is on, those of
        the names it leaves ("People (5 of 12)"), never a total over names that are hidden."""
        if self.analysis is None:
            return
        names = label_names()
        groups = self.analysis.groups
        filtering = bool(self.filter.text().strip())
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            children = [top.child(c) for c in range(top.childCount())]
            total = sum(groups[c.data(0, _GROUP)].count for c in children)
            shown = sum(groups[c.data(0, _GROUP)].count for c in children if not c.isHidden())
            name = names[top.data(0, _LABEL)]
            if filtering:
                top.setText(0, self.tr("{name} ({shown} of {total})").format(name=name, shown=shown, total=total))
            else:
                top.setText(0, f"{name} ({total})")

    def _update_buttons(self) -> None:
        """Previous/Next step through a name's mentions: only with a name selected."""
        item = self.tree.currentItem()
        chosen = item is not None and item.data(0, _GROUP) is not None
        self.previous.setEnabled(chosen)
        self.next.setEnabled(chosen)

    def _lay_out_legend(self, shown: list[str] | None = None) -> None:
        """Only the types this text has, up to three to a row (fewer in a narrow pane, so the
        panel never holds the window wide), with no holes where the others would be."""
        if shown is None:
            shown = self._shown
        self._shown = shown
        self._columns = columns = self._legend_columns()
        for box in self.boxes.values():
            self.legend.removeWidget(box)
            box.hide()
        for n, label in enumerate(shown):
            self.legend.addWidget(self.boxes[label], n // columns, n % columns)
            self.boxes[label].show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._legend_columns() != self._columns:
            self._lay_out_legend()

    def _legend_columns(self) -> int:
        """The most columns (up to three) whose widest boxes fit side by side in the pane."""
        room = self.width() - self.layout().contentsMargins().left() - self.layout().contentsMargins().right()
        widths = [self.boxes[label].sizeHint().width() for label in self._shown]
        for columns in (3, 2):
            needed = sum(max(widths[c::columns], default=0) for c in range(columns)) + self.legend.spacing() * (columns - 1)
            if needed <= room:
                return columns
        return 1

    def _set_empty_text(self) -> None:
        if self.analysis is None:  # nothing is known yet, so nothing is "not found"
            self.empty.setText(self.tr("Looking for names, places and dates…") if self._looking else "")
        elif self.analysis.entities_unavailable:
            self.empty.setText(self.tr("Names are not marked: the entity model is missing or damaged."))
        elif _names_not_looked_for(self.analysis):
            self.empty.setText(self.tr("This text is not in Hebrew: names of people, places and organizations are looked for in Hebrew text only."))
        else:
            self.empty.setText(self.tr("No names, places or dates were found in this text."))

    def step(self, direction: int) -> None:
        """F3 / Shift+F3: the selected name's next or previous mention; with no name selected, the
        first name (the commonest of the first type) rather than nothing."""
        item = self.tree.currentItem()
        if (item is None or item.data(0, _GROUP) is None) and self.tree.topLevelItemCount():
            top = self.tree.topLevelItem(0)
            item = top.child(0) if top.childCount() else None
        self._step(item, direction)

    def _step(self, item: QTreeWidgetItem | None, direction: int) -> None:
        if item is None or self.analysis is None or item.data(0, _GROUP) is None:
            return
        index = item.data(0, _GROUP)
        group = self.analysis.groups[index]
        mentions = sorted(group.mentions, key=lambda m: self.analysis.entities[m].start)
        if not mentions:
            return
        last = self._position.get(index)
        k = 0 if last is None else (last + direction) % len(mentions)
        self._position[index] = k
        self.tree.setCurrentItem(item)
        self.where.setText(self.tr("{k} of {n}").format(k=k + 1, n=len(mentions)))
        self.mention_requested.emit(mentions[k], mentions)

    def _toggled(self) -> None:
        self.hidden_changed.emit(self.hidden())


    def retranslate(self) -> None:
        names = label_names()
        self.heading.setText(self.tr("Names and places"))
        for label, box in self.boxes.items():
            box.setText(names[label])
            box.setToolTip(self.tr("Show or hide the highlights of this type"))
        self.previous.setText(self.tr("Previous"))
        self.previous.setToolTip(self.tr("Previous mention (Shift+F3)"))
        self.next.setText(self.tr("Next"))
        self.next.setToolTip(self.tr("Next mention (F3)"))
        self._set_empty_text()
        self.tree.setToolTip(self.tr("Entities grouped by type, with their number of mentions"))
        if self.analysis is not None:
            self._keep_place(lambda: self.show_analysis(self.analysis))

    def _keep_place(self, rebuild) -> None:
        """Rebuild the tree with the reader's chosen name and its mention kept (a language switch
        cleared them, seen under X: Previous/Next went grey and "2 of 5" went away)."""
        item = self.tree.currentItem()
        chosen = item.data(0, _GROUP) if item is not None else None
        position = dict(self._position)
        rebuild()
        self._position = position
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for n in range(parent.childCount()):
                if chosen is not None and parent.child(n).data(0, _GROUP) == chosen:
                    self.tree.setCurrentItem(parent.child(n))
                    if chosen in position:
                        count = len(self.analysis.groups[chosen].mentions)
                        self.where.setText(self.tr("{k} of {n}").format(k=position[chosen] + 1, n=count))
