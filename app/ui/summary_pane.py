"""The summary pane: numbered summary sentences, the algorithm and length controls, copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.analyze import Options, candidate_count
from ..core.direction import text_direction
from ..core.document import Analysis
from ..core.summarize import METHODS, resolve_count
from ..core.safe_text import balance_bidi
from ..settings import summary_options
from .i18n import follow_language
from .plain import PlainLabel, tooltip
from .theme import scaled, set_heading_font
from .wrapped_items import DIRECTION, WrappedItems


class SummaryPane(QWidget):
    options_changed = Signal(object)  # Options, after the user stops fiddling for a moment
    sentence_activated = Signal(int)  # index into Analysis.summary
    copy_requested = Signal()
    fitted = Signal()  # the pane's height limit changed (a new summary, a new width)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel()
        set_heading_font(self.heading)
        self.copy_button = QToolButton()
        self.copy_button.clicked.connect(self.copy_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.copy_button, 0, Qt.AlignRight)  # at the end of the row with the title hidden too (mirrored in Hebrew)

        self.algorithm = QComboBox()
        for method in METHODS:  # the registry's order: the recommended method first
            self.algorithm.addItem("", method.key)
        self.mode = QComboBox()
        for key in ("auto", "sentences", "percent"):
            self.mode.addItem("", key)
        for combo in (self.algorithm, self.mode):
            # a long method name ("The article's word mix (KL-Sum)") may be cut in the closed box (the
            # open list shows it whole), so it never sets how narrow the window can be; ten characters
            # keep the side pane wide enough for the names legend to fit two rows below the article
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.amount = QSpinBox()
        self.amount.setRange(1, 100)
        self.amount.setValue(5)
        controls = QHBoxLayout()
        controls.addWidget(self.algorithm, 2)
        controls.addWidget(self.mode, 2)
        controls.addWidget(self.amount, 1)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(40)  # in a narrow window the panes share the height with the article
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setItemDelegate(WrappedItems(self.list))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.heading.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

        self._refit = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._refit.timeout.connect(self._fit_list)
        self.list.viewport().installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.options_changed.emit(self.options()))
        self.algorithm.currentIndexChanged.connect(self._debounce.start)
        self.algorithm.currentIndexChanged.connect(self._describe_method)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.amount.valueChanged.connect(self._debounce.start)
        self._sentences: list[str] = []
        self._candidates = 0  # sentences the summary chooses from
        self._analysis: Analysis | None = None
        self._scale = 1.0  # the reading zoom's factor (theme.reading_scale)
        follow_language(self)
        self._mode_changed(fire=False)

    def show_heading(self, on: bool) -> None:
        """The pane's title, left out below a narrow window's article where its tab says it."""
        self.heading.setVisible(on)
        self._refit.start()  # the pane's height limit follows

    def focus_order(self) -> list[QWidget]:
        """Tab's way through the pane (focus_order.py)."""
        return [self.copy_button, self.algorithm, self.mode, self.amount, self.list]

    # -- state ---------------------------------------------------------------------------------
    def options(self) -> Options:
        return summary_options(self.algorithm.currentData(), self.mode.currentData(), self.amount.value())

    def set_options(self, algorithm: str, mode: str, value: int) -> None:
        """Restore saved choices without triggering a re-summary."""
        for combo, data in ((self.algorithm, algorithm), (self.mode, mode)):
            i = combo.findData(data)
            if i >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(i)
                combo.blockSignals(False)
        self.amount.blockSignals(True)
        self.amount.setValue(value)
        self.amount.blockSignals(False)
        self._mode_changed(fire=False)
        self._describe_method()

    def show_busy(self, text: str | None = None) -> None:
        self.status.setText(text or self.tr("Summarizing…"))
        self._fit_list()

    def step_length(self, step: int) -> None:
        """One sentence more (+1) or fewer (-1), whatever the unit: in percent, the smallest
        percentage that gives that many sentences."""
        target = max(1, min(self._candidates or 10**6, len(self._sentences) + step))
        if self.mode.currentData() == "auto":
            self.mode.setCurrentIndex(self.mode.findData("sentences"))  # keeps the count shown
        self.amount.setValue(self._percent_for(target) if self.mode.currentData() == "percent" else target)

    def _percent_for(self, count: int) -> int:
        """The smallest percentage that summarises in `count` sentences (the core's own rule)."""
        return next((p for p in range(1, 101) if resolve_count(self._candidates, None, p / 100) >= count), 100)

    def show_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._candidates = candidate_count(analysis)  # the core's rule (summary_candidates / summary_units)
        self._sentences = analysis.summary_texts()
        self.list.clear()
        # the sentences keep the article's direction whatever the interface language
        self.list.setLayoutDirection(Qt.RightToLeft if analysis.direction == "rtl" else Qt.LeftToRight)
        font = self._item_font()
        for n, text in enumerate(self._sentences, 1):
            item = QListWidgetItem(f"{n}. {balance_bidi(text)}")
            item.setData(DIRECTION, Qt.RightToLeft if text_direction(text, analysis.direction) == "rtl" else Qt.LeftToRight)
            item.setFont(font)
            item.setToolTip(self.tr("Click to show this sentence in the article"))
            self.list.addItem(item)
        if self.mode.currentData() == "auto" and self._sentences:  # the greyed count is the one chosen
            self.amount.blockSignals(True)
            self.amount.setValue(len(self._sentences))
            self.amount.blockSignals(False)
        self._show_status()

    def set_scale(self, scale: float) -> None:
        """The sentences follow the reading zoom (Ctrl +, Ctrl −) as the article does."""
        self._scale = scale
        font = self._item_font()
        for row in range(self.list.count()):
            self.list.item(row).setFont(font)
        self.list.doItemsLayout()  # the wrapped heights change with the font
        self._fit_list()

    def _item_font(self) -> QFont:
        return scaled(self.font(), 1.1 * self._scale)  # a little larger than the controls: text to read

    def _show_status(self) -> None:
        """"6 of 8 sentences": the sentences the list shows, counted one by one. A question shown
        with its answer is one item of two sentences (SummaryItem.last): counting items read "3 of
        8 sentences" over four; when the two differ the line says why the list numbers fewer."""
        analysis = self._analysis
        total = sum(1 for s in analysis.sentences if s.role == "body")
        shown = sum(1 if i.last is None else i.last - i.sentence + 1 for i in analysis.summary)
        items = len(self._sentences)
        if not items:
            text = self.tr("No summary: the text has no body sentences of four words or more.")
        elif shown == items:
            text = self.tr("{n} of {total} sentences").format(n=shown, total=total)
        else:
            text = self.tr("{n} of {total} sentences; a question and its answer are one item").format(n=shown, total=total)
        self.status.setText(text)
        self._fit_list()

    def clear(self) -> None:
        self._sentences, self._analysis = [], None
        self.list.clear()
        self.status.clear()
        self._fit_list()

    def eventFilter(self, watched, event) -> bool:
        """The list's own width changed (the window, the splitter, a move between the side and the
        narrow window's tabs): its sentences wrap anew. Watching the pane's width was not enough:
        moved into the side while hidden, it kept a one-line height for a two-line sentence."""
        if watched is self.list.viewport() and event.type() == QEvent.Resize and event.size().width() != event.oldSize().width():
            self._refit.start()
        return False

    def _fit_list(self) -> None:
        """The list as tall as its sentences and no taller, and none without sentences: a
        one-sentence summary sat at the top of a tall empty box (seen under X at 700 px), the count
        far below it. The room left goes to the names beside a wide window's article; a longer
        summary still scrolls in what room there is."""
        list_ = self.list
        rows = list_.count()
        delegate = list_.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(list_)
        screen = self.screen()
        cap = screen.availableGeometry().height() if screen is not None else 4000
        needed = 2 * list_.frameWidth() + 2
        for r in range(rows):  # no further than a screen's height: a 100% summary of a long text
            needed += delegate.sizeHint(option, list_.model().index(r, 0)).height() + 2 * list_.spacing()
            if needed > cap:
                break
        list_.setMaximumHeight(max(list_.minimumHeight(), needed))
        list_.setVisible(rows > 0)  # no summary (yet): its message, not an empty white box
        self.layout().invalidate()  # its maximum follows the list's and the count's (wrapped) height
        pane = self.layout().maximumSize().height()
        if pane != self.maximumHeight():
            self.setMaximumHeight(pane)
            self.fitted.emit()

    def sentences(self) -> list[str]:
        """The summary sentences as shown, in order (without numbering)."""
        return list(self._sentences)

    # -- internals -----------------------------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        self.sentence_activated.emit(self.list.row(item))

    def _describe_method(self, *_args) -> None:
        """The closed list's tooltip says what the chosen method favours."""
        what = self.algorithm.currentData(Qt.ToolTipRole) or ""
        self.algorithm.setToolTip(tooltip(self.tr("Summarization method: {what}").format(what=what)))

    def _mode_changed(self, *_args, fire: bool = True) -> None:
        mode = self.mode.currentData()
        self.amount.setEnabled(mode != "auto")
        self.amount.setSuffix("%" if mode == "percent" else "")
        self.amount.setRange(1, 100 if mode == "percent" else 200)
        if fire and self._sentences:  # the same summary in the new unit
            shown = len(self._sentences)
            self.amount.blockSignals(True)
            self.amount.setValue(self._percent_for(shown) if mode == "percent" else shown)
            self.amount.blockSignals(False)
        if fire:
            self._debounce.start()


    def retranslate(self) -> None:
        self.heading.setText(self.tr("Summary"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the summary, title first, in the article's direction (Ctrl+Shift+C)"))
        for i, method in enumerate(METHODS):  # names and what each favours, from the method registry
            self.algorithm.setItemText(i, QCoreApplication.translate("SummaryMethods", method.label))
            self.algorithm.setItemData(i, QCoreApplication.translate("SummaryMethods", method.tooltip), Qt.ToolTipRole)
        self._describe_method()
        self.mode.setToolTip(self.tr("Summary length: automatic, a number of sentences, or a share of the article"))
        self.amount.setToolTip(self.tr("How many sentences, or what percentage of the article"))
        for i, name in enumerate((self.tr("Automatic length"), self.tr("Sentences"), self.tr("Percent"))):
            self.mode.setItemText(i, name)
        self.list.setToolTip(self.tr("Summary sentences in article order; click one to find it in the article"))
        if self._analysis is not None and self.status.text():  # not while a busy message shows
            self._show_status()
