"""One open document: its article, summary and entities, and the background work that feeds them.

Every piece of work (read the file, analyse, re-summarise, re-render) is one Task that returns a
`Result`; a newer task cancels the older one, and a stale result is never shown.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ..core.analyze import Options
from ..core.document import Analysis, Span
from ..core.load import Loaded, load_path
from ..core.safe_text import isolate
from .article import ArticleColumn
from .i18n import follow_language
from .entity_panel import EntityPanel, label_names
from .plain import PlainLabel, shown_text
from .reader import ReaderView
from .render import Rendered, View, render, render_preview
from .summary_pane import SummaryPane
from .tasks import Task, run_task
from .theme import Colors
from .typography import Typography

NARROW = 760  # below this width the summary and names go below the article, which keeps the width
WORDS_PER_MINUTE = 200


@dataclass
class Result:
    rendered: Rendered
    analysis: Analysis | None = None
    words: int = 0


class DocumentView(QWidget):
    progress = Signal(float, str)  # fraction, stage — while work runs
    busy_changed = Signal(bool)
    changed = Signal()  # title, status figures or analysis changed
    analysis_ready = Signal(object)  # Analysis, each time a new one is shown
    failed = Signal(str)
    load_failed = Signal(str)  # the file could not be read: nothing to show in this tab

    def __init__(self, colors: Colors, font: QFont, options: Options, hidden: frozenset[str], parent=None) -> None:
        super().__init__(parent)
        self.colors, self.font_, self.options = colors, font, options
        self.loaded: Loaded | None = None
        self.path: str | None = None
        self.name = ""
        self.text = ""
        self.analysis: Analysis | None = None
        self.words = 0
        self.show_removed = False
        self.focus_mode = False
        self.visual_undone = False  # the user undid a visual-order conversion
        self.typography = Typography()  # set by the window (typography.apply_typography)
        self.message = ""
        self._highlight: tuple | None = None  # the span marked last (a summary sentence, a name), kept across re-renders
        self._to_removed = False  # scroll to the first removed block once it is shown
        self._task: Task | None = None
        self._summarizing = threading.Lock()  # one re-summary of this document at a time
        self._loading = False  # the current task reads the file
        self._shown: Analysis | None = None

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
        side.setSizes([520, 300])
        self.splitter = QSplitter()
        self.article = ArticleColumn(self.reader, lambda: self.colors)
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

        self.summary.set_options(options.algorithm, _mode(options), _amount(options))
        self.summary.options_changed.connect(self.set_options)
        self.summary.sentence_activated.connect(self.show_summary_sentence)
        self.entities.hidden_changed.connect(lambda _h: self.rerender())
        self.entities.mention_requested.connect(self.show_mention)
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
        else:
            self.side.addWidget(self.summary)
            self.side.addWidget(self.entities)
            self.splitter.replaceWidget(1, self.side)
            self.summary.show()
            self.entities.show()  # a tab not on top was hidden
            self.side.setSizes([520, 300])
        self.splitter.widget(1).setVisible(not self.focus_mode)
        self.splitter.setOrientation(wanted)
        QTimer.singleShot(0, self, self._share_room)  # once the new layout has its size

    def _share_room(self) -> None:
        """The article gets 55% of the height below the panes in a narrow window, 60% of the width
        beside them otherwise."""
        vertical = self.splitter.orientation() == Qt.Vertical
        total = self.splitter.height() if vertical else self.splitter.width()
        self.splitter.setSizes([total * 11 // 20, total * 9 // 20] if vertical else [total * 3 // 5, total * 2 // 5])

    def side_pane(self) -> QWidget:
        """What holds the summary and the names now (beside the article, or below it)."""
        return self.splitter.widget(1)

    def set_focus_mode(self, on: bool) -> None:
        """Only the article: no bar, no summary, no names."""
        self.focus_mode = on
        self.side_pane().setVisible(not on)
        self._update_bar()

    # -- opening -------------------------------------------------------------------------------
    def open_file(self, path: str, encoding: str | None = None, visual: str = "auto") -> None:
        """Read the file on the worker, whatever its size (a small .docx can take seconds, a named
        pipe forever), then show and analyse it; `load_failed` says why when it cannot be read."""
        self.path = os.path.abspath(path)
        self.name = os.path.basename(path)
        self.summary.show_busy(self.tr("Reading the file…"))
        self._start(lambda p, c: _work_load(path, encoding, visual, p, c))
        self._loading = True

    def set_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.set_text(loaded.text, self.name)

    def set_text(self, text: str, name: str) -> None:
        self.text, self.name, self.analysis = text, name, None
        self.message = self.tr("The file is empty.") if not text.strip() else ""
        self.reader.show_rendered(render_preview(text, self._view()))
        self.summary.clear()
        self.summary.show_busy()
        self.entities.show_analysis(None, looking=True)
        self._update_bar()
        self.changed.emit()
        self._analyze()

    def _analyze(self) -> None:
        view, options, text = self._view(), self.options, self.text
        self._start(lambda p, c: _work_analyze(text, options, view, p, c))

    # -- changes the user asks for -------------------------------------------------------------
    def set_options(self, options: Options) -> None:
        self.options = options
        if self.analysis is None:
            if self.text:
                self._analyze()
            return
        self.summary.show_busy()
        analysis, view, words, lock = self.analysis, self._view(), self.words, self._summarizing
        self._start(lambda p, c: _work_resummarize(analysis, options, view, words, lock, p, c), keep_scroll=True)

    def display(self, analysis: Analysis, words: int = 0) -> None:
        """Show an analysis made elsewhere (typeset on the worker like any other)."""
        self.text, self.analysis, self.words = analysis.document.original, analysis, words
        self.rerender()

    def rerender(self) -> None:
        if self.analysis is None:
            return
        analysis, view, words = self.analysis, self._view(), self.words
        self._start(lambda p, c: Result(render(analysis, view, c), analysis, words), keep_scroll=True)

    def set_look(self, colors: Colors, font: QFont) -> None:
        self.colors, self.font_ = colors, font
        self.entities.set_colors(colors)
        if self.analysis is not None:
            self.rerender()
        else:
            self.reader.show_rendered(render_preview(self.text, self._view()))

    def set_font(self, font: QFont) -> None:
        self.font_ = font
        self.reader.set_font_size(font)

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
        """Stop now, as far as the user can tell: the worker stops at its next checkpoint, and
        whatever it still delivers is ignored."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.summary.show_busy(self.tr("Cancelled."))
            if self.analysis is None:
                self.entities.show_analysis(None)  # no longer looking
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- pointing into the article -------------------------------------------------------------
    def show_summary_sentence(self, k: int) -> None:
        if self.analysis is None or not 0 <= k < len(self.analysis.summary):
            return
        s = self.analysis.sentences[self.analysis.summary[k].sentence]
        self._mark(s.start, s.end, [])

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
            removed_caption=self.tr("removed: {reason}"),
            width=self.reader.viewport().width(),
            line_height=self.typography.line_height,
            measure=self.typography.measure,
        )

    def _start(self, fn, keep_scroll: bool = False) -> None:
        if self._task is not None:
            self._task.cancel()
        self._loading = False
        task = Task(fn, parent=self)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._keep_scroll = keep_scroll
        self._task = task
        run_task(task)
        self.busy_changed.emit(True)

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task

    def _on_progress(self, fraction: float, stage: str) -> None:
        if self._current():
            self.progress.emit(fraction, stage)

    def _on_finished(self, result: Result | Loaded) -> None:
        if not self._current():
            return  # superseded by newer work
        self._task = None
        if isinstance(result, Loaded):  # read on the worker: now show it and analyse it
            self._loading = False
            self.busy_changed.emit(False)
            self.set_loaded(result)
            return
        fresh = result.analysis is not None and result.analysis is not self._shown
        self.analysis, self.words = result.analysis, result.words
        self.reader.show_rendered(result.rendered, keep_scroll=self._keep_scroll)
        if self._highlight is not None and not fresh:
            self._mark(*self._highlight, scroll=False)  # a re-render keeps what the reader pointed at
        if self._to_removed and result.rendered.removed:
            self._to_removed = False
            first = result.rendered.removed[0]
            QTimer.singleShot(0, self, lambda: self.reader.scroll_to(first))  # after the kept place is restored
        if fresh:  # a re-render of the same analysis keeps the panes' selection and place
            self._shown = result.analysis
            self._highlight = None
            damaged = []
            if result.analysis.entities_unavailable:
                damaged.append(self.tr(
                    "Names are not marked: the entity model is missing or damaged ({reason}). "
                    "Reinstalling Tamtzit restores it."
                ).format(reason=isolate(result.analysis.entities_unavailable)))
            if result.analysis.lexicon_unavailable:
                damaged.append(self.tr(
                    "Hebrew prefixes are not separated: the Hebrew lexicon is missing or damaged ({reason}). "
                    "Reinstalling Tamtzit restores it."
                ).format(reason=isolate(result.analysis.lexicon_unavailable)))
            if damaged:
                self.message = " ".join(damaged)
            self.summary.show_analysis(result.analysis)
            self.entities.show_analysis(result.analysis)
            self.side.setSizes([520, 300] if result.analysis.groups else [700, 120])
        self._update_bar()
        self.busy_changed.emit(False)
        self.changed.emit()
        if result.analysis is not None:
            self.analysis_ready.emit(result.analysis)

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self._task = None
        if self._loading:  # the file could not be read: the window says so and closes the tab
            self._loading = False
            if self.analysis is not None:  # a re-read failed: the document stays as it was
                self.summary.show_analysis(self.analysis)
            self.busy_changed.emit(False)
            self.load_failed.emit(message)
            return
        self.message = self.tr("Could not finish: {error}").format(error=message)
        self.summary.show_busy(self.message)
        if self.analysis is None:
            self.entities.show_analysis(None)  # no longer looking
        self._update_bar()
        self.busy_changed.emit(False)
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
            parts.append(self.tr("{n} repeated blocks removed").format(n=removed))
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


def _work_analyze(text: str, options: Options, view: View, progress, cancel) -> Result:
    """On the worker: analyse, count words and typeset; the UI thread only swaps the document in."""
    from ..core.analyze import analyze
    from ..core.hebrew.words import words

    analysis = analyze(text, options, lambda f, s: progress(f * 0.8, s), cancel)
    t = analysis.text  # counted per paragraph: one regex call over 1 MB would hold the GIL ~40 ms
    count = sum(len(words(t[p.start : p.end])) for p in analysis.document.paragraphs or [Span(0, len(t))])
    progress(0.85, "render")
    return Result(render(analysis, view, cancel), analysis, count)


def _work_resummarize(
    analysis: Analysis, options: Options, view: View, words: int, lock: threading.Lock, progress, cancel
) -> Result:
    """On the worker: a new Analysis with the new summary; the one on screen is never touched.

    The document's lock keeps a second re-summary (which shares the analysis's term cache) waiting
    until the one it cancelled has stopped at its next tick."""
    from ..core.analyze import Cancelled, summarize_analysis

    def tick(_fraction: float) -> None:
        if cancel.is_set():
            raise Cancelled()

    with lock:
        tick(0.0)
        progress(0.1, "summarize")
        updated = summarize_analysis(analysis, options, tick)
    progress(0.7, "render")
    return Result(render(updated, view, cancel), updated, words)


def _work_load(path: str, encoding, visual: str, progress, cancel) -> Loaded:
    """On the worker: load_path refuses named pipes, sockets and devices before opening them."""
    progress(0.0, "load")
    return load_path(path, encoding=encoding, visual=visual)


def _mode(options: Options) -> str:
    return "sentences" if options.sentences is not None else "percent" if options.ratio is not None else "auto"


def _amount(options: Options) -> int:
    if options.sentences is not None:
        return options.sentences
    if options.ratio is not None:
        return round(options.ratio * 100)
    return 5
