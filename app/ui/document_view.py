"""One open document on screen: the article, its summary and its names, as the session delivers them.

The state and the background work live in `DocumentSession` (document_session.py); this widget only
displays what it delivers and passes on what the user asks for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ..core.analyze import Options
from ..core.document import Analysis
from ..core.load import Loaded
from ..core.safe_text import isolate
from ..settings import length_choice
from .article import ArticleColumn
from .document_session import DocumentSession, Result
from .entity_panel import EntityPanel, label_names
from .i18n import follow_language
from .plain import PlainLabel, shown_text
from .reader import ReaderView
from .reading_position import ReadingPosition
from .render import View, render_preview
from .summary_pane import SummaryPane
from .theme import Colors, reading_scale
from .typography import Typography

NARROW = 760  # below this width the summary and names go below the article, which keeps the width
# The side's height shared by the summary and the names: the names panel carries a legend, a filter
# and buttons above and below its list, so an even share still leaves the summary the larger list
SIDE_SHARES = [450, 450]
SIDE_SHARES_WITHOUT_NAMES = [700, 120]


class DocumentView(QWidget):
    progress = Signal(float, str)  # fraction, stage — while work runs
    busy_changed = Signal(bool)
    changed = Signal()  # title, status figures or analysis changed
    analysis_ready = Signal(object)  # Analysis, each time a new one is shown
    failed = Signal(str)
    load_failed = Signal(str)  # the file could not be read: nothing to show in this tab

    def __init__(self, colors: Colors, font: QFont, options: Options, hidden: frozenset[str], parent=None) -> None:
        super().__init__(parent)
        self.colors, self.font_ = colors, font
        self.session = DocumentSession(options, self._view, parent=self)
        self.show_removed = False
        self.focus_mode = False
        self.typography = Typography()  # set by the window (typography.apply_typography)
        self.message = ""
        self._highlight: tuple | None = None  # the span marked last (a summary sentence, a name), kept across re-renders
        self._to_removed = False  # scroll to the first removed block once it is shown
        self.position: ReadingPosition | None = None  # where the reader is, kept by the window's settings

        self.bar = QFrame()
        self.bar.setObjectName("removedBar")
        self.bar.setAutoFillBackground(True)  # a palette role, not a style sheet: it follows the theme live
        self.bar.setBackgroundRole(QPalette.AlternateBase)
        self.bar_label = PlainLabel()
        self.bar_button = QToolButton()
        self.bar_button.clicked.connect(self.toggle_removed)
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.setContentsMargins(10, 3, 10, 3)
        bar_layout.addWidget(self.bar_label, 1)
        bar_layout.addWidget(self.bar_button)
        self.bar.hide()

        self.reader = ReaderView()
        self.summary = SummaryPane()
        self.entities = EntityPanel(colors, hidden)
        self.side_tabs = QTabWidget()  # the panes below the article in a narrow window
        self.side_tabs.setDocumentMode(True)
        self.side = side = QSplitter(Qt.Vertical)
        side.addWidget(self.summary)
        side.addWidget(self.entities)
        side.setSizes(SIDE_SHARES)
        side.setStretchFactor(0, 0)  # a taller or shorter window changes the names' height, not the
        side.setStretchFactor(1, 1)  # summary's, which _share_side fits to its sentences
        self.splitter = QSplitter()
        self.article = ArticleColumn(self.reader, lambda: self.colors)
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        self._sized_by_reader = False  # the reader dragged the splitter: the split is theirs
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_sized_by_reader", True))
        self._side_sized_by_reader = False
        self.side.splitterMoved.connect(lambda *_: setattr(self, "_side_sized_by_reader", True))
        self.side_tabs.currentChanged.connect(self._tab_changed)
        self.summary.fitted.connect(self._summary_fitted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

        self.summary.set_options(options.algorithm, *length_choice(options))
        self._zoom_panes()  # a document opened at the saved zoom
        self.summary.options_changed.connect(self.set_options)
        self.summary.sentence_activated.connect(self.show_summary_sentence)
        self.entities.hidden_changed.connect(lambda _h: self.rerender())
        self.entities.mention_requested.connect(self.show_mention)
        session = self.session
        session.progress.connect(self.progress)
        session.busy_changed.connect(self.busy_changed)
        session.text_changed.connect(self._text_changed)
        session.result_ready.connect(self._show_result)
        session.failed.connect(self._failed)
        session.load_failed.connect(self._load_failed)
        follow_language(self)

    # -- room for the text ----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_panes()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_panes()

    def _fit_panes(self) -> None:
        """Side by side when there is room; in a narrow window the summary and the names go below
        the article, as two tabs (a splitter the reader can drag, or collapse to nothing), never
        squeezing the article into a column."""
        narrow = self.width() < NARROW
        wanted = Qt.Vertical if narrow else Qt.Horizontal
        if self.splitter.orientation() == wanted or not self.isVisible():
            return
        if narrow:
            for pane, title in ((self.summary, self.tr("Summary")), (self.entities, self.tr("Names and places"))):
                self.side_tabs.addTab(pane, shown_text(title))
            self.splitter.replaceWidget(1, self.side_tabs)
            self._tab_changed()
        else:
            self.side.addWidget(self.summary)
            self.side.addWidget(self.entities)
            self.splitter.replaceWidget(1, self.side)
            self.summary.show()
            self.entities.show()  # a tab not on top was hidden
            self._tab_changed()  # both panes size as they like again
            self._share_side()
        # below the article the tabs name the panes: "Summary" over "Summary" read as a stutter
        self.summary.show_heading(not narrow)
        self.entities.heading.setVisible(not narrow)
        self.splitter.widget(1).setVisible(not self.focus_mode)
        self.splitter.setOrientation(wanted)
        self._sized_by_reader = False
        QTimer.singleShot(0, self, self._share_room)  # once the new layout has its size

    def focus_in(self, widget: QWidget) -> None:
        """Keyboard focus to a control of the summary or the names (Ctrl+2, Ctrl+3, Ctrl+Shift+F),
        its tab brought on top below a narrow window's article: the focus went to the hidden tab
        and the keys the reader typed went nowhere. Nothing in focus mode, where both are hidden."""
        if self.focus_mode:
            return
        for pane in (self.summary, self.entities):
            if pane.isAncestorOf(widget) and self.side_tabs.indexOf(pane) >= 0:
                self.side_tabs.setCurrentWidget(pane)
        widget.setFocus(Qt.ShortcutFocusReason)

    def focus_order(self) -> list[QWidget]:
        """Tab's way through the document (focus_order.py): the removed-blocks bar, the find bar,
        the article, then the summary and the names (below the article, their tabs first)."""
        tabs = [self.side_tabs.tabBar()] if self.side_pane() is self.side_tabs else []
        return [self.bar_button, *self.article.find_bar.focus_order(), self.reader, *tabs, *self.summary.focus_order(), *self.entities.focus_order()]

    def _summary_fitted(self) -> None:
        if self.splitter.orientation() == Qt.Vertical:
            self._share_room(fit_only=True)
        elif not self._side_sized_by_reader:
            self._share_side()

    def _share_side(self) -> None:
        """Beside the article: the summary its share of the height (most of it when there are no
        names), or less when its sentences need less -- the names get the rest."""
        shares = SIDE_SHARES if self.analysis is None or self.analysis.groups else SIDE_SHARES_WITHOUT_NAMES
        total = sum(self.side.sizes()) or sum(shares)  # nothing yet before the first layout
        top = min(total * shares[0] // sum(shares), self.summary.maximumHeight())
        self.side.setSizes([top, total - top])

    def _tab_changed(self, _index: int = -1) -> None:
        """Only the tab on top sets how small the panes below the article may be: the names panel's
        legend, filter and buttons held a one-sentence summary's tab at their height."""
        for pane in (self.summary, self.entities):
            policy = pane.sizePolicy()
            on_top = self.side_tabs.currentWidget() is pane or self.side_tabs.indexOf(pane) < 0
            policy.setVerticalPolicy(QSizePolicy.Preferred if on_top else QSizePolicy.Ignored)
            pane.setSizePolicy(policy)
        self._share_room(fit_only=True)

    def _share_room(self, fit_only: bool = False) -> None:
        """The article gets 55% of the height above the panes in a narrow window (more when the
        summary on top needs less: a one-sentence summary left an empty half of the window), 60%
        of the width beside them otherwise. `fit_only`: a new summary or tab in a narrow window,
        unless the reader has set the split by hand."""
        vertical = self.splitter.orientation() == Qt.Vertical
        if fit_only and (not vertical or self._sized_by_reader or not self.isVisible()):
            return
        total = self.splitter.height() if vertical else self.splitter.width()
        if not vertical:
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
            return
        side = total * 9 // 20
        if self.side_tabs.currentWidget() is self.summary:
            side = min(side, self.summary.maximumHeight() + self.side_tabs.tabBar().sizeHint().height())
        self.splitter.setSizes([total - side, side])

    def side_pane(self) -> QWidget:
        """What holds the summary and the names now (beside the article, or below it)."""
        return self.splitter.widget(1)

    def set_focus_mode(self, on: bool) -> None:
        """Only the article: no bar, no summary, no names."""
        self.focus_mode = on
        self.side_pane().setVisible(not on)
        self._update_bar()

    # -- the document's state, kept by the session ---------------------------------------------
    @property
    def analysis(self) -> Analysis | None:
        return self.session.analysis

    @property
    def loaded(self) -> Loaded | None:
        return self.session.loaded

    @property
    def path(self) -> str | None:
        return self.session.path

    @property
    def name(self) -> str:
        return self.session.name

    @property
    def text(self) -> str:
        return self.session.text

    @property
    def busy(self) -> bool:
        return self.session.busy

    # -- opening -------------------------------------------------------------------------------
    def open_file(self, path: str, encoding: str | None = None, visual: str = "auto") -> None:
        """Read the file on the worker, then show and analyse it; `load_failed` says why not."""
        self.summary.show_busy(self.tr("Reading the file…"))
        self.session.open_file(path, encoding, visual)

    def set_text(self, text: str, name: str) -> None:
        self.session.set_text(text, name)

    def _text_changed(self) -> None:
        """A new text: shown raw at once, the panes wait for its analysis."""
        text = self.session.text
        self.message = self.tr("The file is empty.") if not text.strip() else ""
        self.reader.show_rendered(render_preview(text, self._view()))
        self.summary.clear()
        self.summary.show_busy()
        self.entities.show_analysis(None, looking=True)
        self._update_bar()
        self.changed.emit()

    # -- changes the user asks for -------------------------------------------------------------
    def set_options(self, options: Options) -> None:
        if self.analysis is not None:
            self.summary.show_busy()
        self.session.set_options(options)

    def display(self, analysis: Analysis) -> None:
        """Show an analysis made elsewhere (typeset on the worker like any other)."""
        self.session.display(analysis)

    def rerender(self) -> None:
        self.session.rerender()

    def set_look(self, colors: Colors, font: QFont) -> None:
        self.colors, self.font_ = colors, font
        self._zoom_panes()
        self.entities.set_colors(colors)
        if self.analysis is not None:
            self.rerender()
        else:
            self.reader.show_rendered(render_preview(self.text, self._view()))

    def set_font(self, font: QFont) -> None:
        self.font_ = font
        self.reader.set_font_size(font)
        self._zoom_panes()

    def _zoom_panes(self) -> None:
        """The summary and the names scaled as the article is (one zoom, settings.zoom)."""
        scale = reading_scale(self.font_)
        self.summary.set_scale(scale)
        self.entities.set_scale(scale)

    def find(self, step: int = 0) -> None:
        """Open the find bar (step 0) or go to the next (+1) or previous (-1) match."""
        if step:
            self.article.find_bar.step(step)
        else:
            self.article.find_bar.open_bar()

    def escape(self) -> None:
        """Esc (the Cancel action): stop the work while there is some, else close the find bar."""
        if self.busy:
            self.cancel()
        elif self.article.find_bar.isVisible():
            self.article.find_bar.close_bar()

    def toggle_removed(self) -> None:
        """Show the removed blocks where they were (and scroll to the first), or hide them again."""
        self.show_removed = not self.show_removed
        self._to_removed = self.show_removed
        self._update_bar()
        self.rerender()
        self.changed.emit()

    def cancel(self) -> None:
        """Stop now, as far as the user can tell (the session ignores whatever still arrives)."""
        if self.session.cancel():
            self.summary.show_busy(self.tr("Cancelled."))
            if self.analysis is None:
                self.entities.show_analysis(None)  # no longer looking

    # -- pointing into the article -------------------------------------------------------------
    def show_summary_sentence(self, k: int) -> None:
        if self.analysis is None or not 0 <= k < len(self.analysis.summary):
            return
        self._mark(*self.analysis.summary_span(self.analysis.summary[k]), [])

    def show_mention(self, entity: int, mentions) -> None:
        if self.analysis is None:
            return
        ents = self.analysis.entities
        others = [(ents[m].start, ents[m].end) for m in mentions if m != entity]
        self._mark(ents[entity].start, ents[entity].end, others)

    def _mark(self, start: int, end: int, others: list[tuple[int, int]], scroll: bool = True) -> None:
        self._highlight = (start, end, others)
        colors = self.colors
        self.reader.show_span(start, end, colors.current, others, colors.mention, scroll=scroll, text_color=colors.text)

    # -- work ----------------------------------------------------------------------------------
    def _view(self) -> View:
        return View(
            colors=self.colors,
            font=QFont(self.font_),
            hidden_labels=self.entities.hidden(),
            show_removed=self.show_removed,
            label_names=label_names(),
            removed_captions=self._removed_captions(),
            width=self.reader.viewport().width(),
            line_height=self.typography.line_height,
            measure=self.typography.measure,
        )

    def _removed_captions(self) -> dict[str, str]:
        """What the cleaner's reasons (app/core/clean.py) mean, in the reader's language: a Hebrew
        reader saw "הוסר: repeated-passage"."""
        return {
            "repeated-headline": self.tr("removed: a copy of the headline"),
            "repeated-paragraph": self.tr("removed: a paragraph printed again"),
            "repeated-passage": self.tr("removed: a second copy of the text"),
        }

    def _show_result(self, result: Result, fresh: bool) -> None:
        """The session's new result: the typeset article, and on a fresh analysis the panes too."""
        analysis = result.analysis
        self.reader.show_rendered(result.rendered, keep_scroll=result.same_text)
        if self._highlight is not None and not fresh:
            self._mark(*self._highlight, scroll=False)  # a re-render keeps what the reader pointed at
        if self._to_removed and result.rendered.removed:
            self._to_removed = False
            first = result.rendered.removed[0]
            QTimer.singleShot(0, self, lambda: self.reader.scroll_to(first))  # after the kept place is restored
        if fresh:  # a re-render of the same analysis keeps the panes' selection and place
            self._highlight = None
            damaged = []
            if analysis.entities_unavailable:
                damaged.append(self.tr(
                    "Names are not marked: the entity model is missing or damaged ({reason}). "
                    "Reinstalling Tamtzit restores it."
                ).format(reason=isolate(analysis.entities_unavailable)))
            if analysis.lexicon_unavailable:
                damaged.append(self.tr(
                    "Hebrew prefixes are not separated: the Hebrew lexicon is missing or damaged ({reason}). "
                    "Reinstalling Tamtzit restores it."
                ).format(reason=isolate(analysis.lexicon_unavailable)))
            if damaged:
                self.message = " ".join(damaged)
            self.summary.show_analysis(analysis)
            self.entities.show_analysis(analysis)
            self._share_side()
        self._update_bar()
        self.changed.emit()
        self.analysis_ready.emit(analysis)

    def _load_failed(self, message: str) -> None:
        """The file could not be read: the window says so and closes the tab (a failed re-read
        leaves the document as it was)."""
        if self.analysis is not None:
            self.summary.show_analysis(self.analysis)
        self.load_failed.emit(message)

    def _failed(self, error: str) -> None:
        self.message = self.tr("Could not finish: {error}").format(error=error)
        self.summary.show_busy(self.message)
        if self.analysis is None:
            self.entities.show_analysis(None)  # no longer looking
        self._update_bar()
        self.failed.emit(self.message)
        self.changed.emit()

    # -- the slim bar --------------------------------------------------------------------------
    def _update_bar(self) -> None:
        doc = self.analysis.document if self.analysis else None
        removed = len(doc.removed) if doc else 0
        boiler = len(doc.boilerplate) if doc else 0
        parts = []
        if self.message:
            parts.append(self.message)
        if removed:
            parts.append(
                self.tr("1 repeated block removed") if removed == 1 else self.tr("{n} repeated blocks removed").format(n=removed)
            )
        if boiler:
            parts.append(self.tr("{n} blocks of page debris dimmed").format(n=boiler))
        self.bar_label.setText(" · ".join(parts))
        self.bar_button.setVisible(bool(removed))
        self.bar_button.setText(self.tr("Hide") if self.show_removed else self.tr("Show"))
        self.bar.setVisible(bool(parts) and not self.focus_mode)


    def retranslate(self) -> None:
        for i, title in enumerate((self.tr("Summary"), self.tr("Names and places"))[: self.side_tabs.count()]):
            self.side_tabs.setTabText(i, shown_text(title))
        self.bar_button.setToolTip(self.tr("Show the removed blocks where they were, or hide them again"))
        self._update_bar()
        if self.analysis is not None:
            self.rerender()  # label names in tooltips
