"""The main window: documents in tabs, menus with shortcuts, status bar, files in and out."""

from __future__ import annotations

import errno
import logging
import os

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.analyze import Options
from ..settings import ZOOM_RANGE, Settings, load_settings, save_settings
from . import clipboard, i18n
from .actions import ANALYSIS_ACTIONS, build_menus, retranslate_menus
from .i18n import follow_language
from ..core.safe_text import isolate, strip_bidi
from .document_view import DocumentView
from .status_bar import DocumentStatus
from .entity_panel import label_names
from .export import suggested_name, write_export
from .file_dialogs import save_file_name
from .focus_order import next_in
from .load_messages import load_failure
from .pasted import PastedStore
from .plain import PlainLabel, readable, shown_text, tooltip
from .reading_position import ReadingPosition, remember
from .theme import apply_theme, article_font, colors, use_ui_font
from .typography import Typography, apply_typography
from .welcome import WelcomePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    analysis_ready = Signal(object)  # Analysis of any document, when shown

    def __init__(self, settings: Settings | None = None, persist: bool = True) -> None:
        super().__init__()
        self.settings = settings or (load_settings() if persist else Settings())
        self.persist = persist
        self.focus_mode = False
        self.pasted = PastedStore() if persist else None
        use_ui_font(QGuiApplication.instance())
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromHex(self.settings.geometry.encode()))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: (self.clear_notice(), self._refresh_status()))
        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(lambda: self.actions_["open"].trigger())
        self.welcome.paste_requested.connect(self.paste)
        self.welcome.recent_requested.connect(self.open_path)
        self.welcome.show_recent(self.settings.recent)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice_label = PlainLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.PlainText)
        notice_close = QToolButton()
        notice_close.setText("✕")
        notice_close.clicked.connect(self.clear_notice)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.notice_label, 1)
        row.addWidget(notice_close)
        self.notice.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_: dict = {}  # filled by build_menus, after the status bar it updates
        self.status = DocumentStatus(self.statusBar(), lambda: self.document, self.reload)
        self.actions_ = build_menus(self)
        self._apply_look()
        self._refresh_status()  # the title, the status bar and the actions as the (empty) window allows
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        follow_language(self)

    # -- public API ----------------------------------------------------------------------------
    @property
    def document(self) -> DocumentView | None:
        w = self.tabs.currentWidget()
        return w if isinstance(w, DocumentView) else None

    # the first window's API, kept for callers and tests
    @property
    def reader(self):
        return self.document.reader if self.document else None

    @property
    def summary(self):
        return self.document.summary if self.document else None

    @property
    def analysis(self):
        return self.document.analysis if self.document else None

    def documents(self) -> list[DocumentView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def open_paths(self, paths: list[str]) -> None:
        """Open each file in its own tab (or switch to it if open); what a file manager or a second
        instance asks for."""
        for path in paths:
            self.open_path(path)

    def open_path(self, path: str, encoding: str | None = None) -> DocumentView | None:
        full = os.path.abspath(path)
        for doc in self.documents():
            if doc.path == full and encoding is None:
                self.tabs.setCurrentWidget(doc)
                return doc
        doc = self._new_document()
        doc.open_file(path, encoding=encoding)  # read on the worker; a failure closes the tab
        self._add_tab(doc)
        self.settings.add_recent(full)
        self._save()
        return doc

    def open_text(self, text: str, name: str | None = None, key: str | None = None) -> DocumentView:
        """A document with no file (pasted or dropped text); kept in the data folder until its tab
        is closed (`key` names a kept one being restored)."""
        doc = self._new_document()
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        label = name or (first[:28] + "…" if len(first) > 28 else first) or self.tr("Pasted text")
        doc.set_text(text, strip_bidi(label))
        self._add_tab(doc)
        if self.pasted is not None:
            doc.session.pasted_key = key or self.pasted.keep(text, label)
            if doc.session.pasted_key is None:
                self.statusBar().showMessage(self.tr("This text is too long to keep: it will be gone when Tamtzit closes."), 8000)
        return doc

    def restore_pasted(self) -> None:
        """Reopen the pasted documents that were open when Tamtzit last closed."""
        if self.pasted is not None:
            self.pasted.load(self._pasted_back)

    def _pasted_back(self, kept: list[tuple[str, str, str]]) -> None:
        """The kept texts as tabs behind the document on screen: they are read on the worker and
        came in last, so `tamtzit FILE` showed a pasted text rather than FILE."""
        shown = self.document
        for key, name, text in kept:
            self.open_text(text, name, key)
        if shown is not None and self.tabs.indexOf(shown) >= 0:
            self.tabs.setCurrentWidget(shown)

    def show_error(self, message: str) -> None:
        """`message` is ours, with any file name in it isolated (its own bidi controls stripped)."""
        log.warning("%s", message)
        self.notice_label.setText(message)
        self.notice.show()
        self.statusBar().showMessage(message)

    def clear_notice(self) -> None:
        """The error bar goes, and its copy in the status bar with it (it stayed under X)."""
        if self.statusBar().currentMessage() == self.notice_label.text():
            self.statusBar().clearMessage()
        self.notice.hide()

    # -- documents -----------------------------------------------------------------------------
    def _new_document(self) -> DocumentView:
        doc = DocumentView(self.colors, self._article_font(), self.settings.summary_options(), frozenset(self.settings.hidden_labels))
        apply_typography(doc, self._typography())
        doc.progress.connect(lambda f, _s, d=doc: self.status.show_progress(d, f))
        doc.busy_changed.connect(lambda _b: self._refresh_status())
        doc.changed.connect(self._refresh_status)
        doc.analysis_ready.connect(self.analysis_ready)
        doc.failed.connect(lambda m, d=doc: d is self.document and self.statusBar().showMessage(m))
        doc.load_failed.connect(lambda m, d=doc: self._load_failed(d, m))
        doc.summary.copy_requested.connect(self.copy_summary)
        doc.summary.options_changed.connect(self._remember_options)
        doc.entities.hidden_changed.connect(self._remember_hidden)
        doc.position = ReadingPosition(doc, self.settings.positions.get)
        doc.position.moved.connect(self._save)
        return doc

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab from the document tabs through the document on screen to the status bar, wherever
        the panes are (focus_order.py); elsewhere (the start page) Qt's own order."""
        doc = self.document
        if doc is not None:
            order = [self.tabs.tabBar(), *doc.focus_order(), *self.status.focus_order()]
            target = next_in(order, QApplication.focusWidget(), forward)
            if target is not None:
                target.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    def _add_tab(self, doc: DocumentView) -> None:
        doc.set_focus_mode(self.focus_mode)
        i = self.tabs.addTab(doc, shown_text(isolate(doc.name, always=True)))
        self.tabs.setTabToolTip(i, tooltip(isolate(doc.path or doc.name, always=True)))
        self.tabs.setCurrentIndex(i)
        self.stack.setCurrentWidget(self.tabs)
        self.clear_notice()  # an earlier error is not about this document
        self._refresh_status()

    def _load_failed(self, doc: DocumentView, message: str) -> None:
        """A file that cannot be read leaves no empty tab behind (one re-read keeps its text).

        The tab goes first: closing it changes the current tab, which hides any earlier notice."""
        if doc.loaded is None and (index := self.tabs.indexOf(doc)) >= 0:
            self.settings.recent = [p for p in self.settings.recent if p != doc.path]
            self.close_tab(index)
        self.show_error(load_failure(doc.path or doc.name, message))

    def close_tab(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        doc = self.tabs.widget(index)
        if doc is None:
            return
        doc.cancel()
        if self.pasted is not None and doc.session.pasted_key:
            self.pasted.forget(doc.session.pasted_key)
        remember(self.settings, [doc])
        self.tabs.removeTab(index)
        doc.deleteLater()
        if not self.tabs.count():
            self.welcome.show_recent(self.settings.recent)
            self.stack.setCurrentWidget(self.welcome)
        self._refresh_status()
        self._save()

    def reload(self, encoding: str | None = None, visual: str = "auto") -> None:
        doc = self.document
        if doc is None or doc.path is None:
            return
        doc.open_file(doc.path, encoding=encoding, visual=visual)

    # -- summary out ---------------------------------------------------------------------------
    def copy_summary(self) -> None:
        doc = self.document
        if doc is None or doc.analysis is None:
            self.statusBar().showMessage(self.tr("Nothing to copy yet."), 4000)
            return
        clipboard.copy_summary(doc.analysis)
        self.statusBar().showMessage(self.tr("Summary copied."), 4000)

    def export(self, kind: str) -> None:
        doc = self.document
        if doc is None or doc.analysis is None:
            return
        base = suggested_name(doc.path, doc.name, doc.analysis.title, kind)
        filters = self.tr("Web page (*.html);;Markdown (*.md);;Plain text (*.txt)")
        path = save_file_name(self, self.tr("Export"), base + ".html", filters)
        if path:
            self.export_to(path, kind)

    def export_to(self, path: str, kind: str) -> None:
        try:
            if os.path.exists(path) and not os.path.isfile(path):  # writing to a named pipe blocks
                raise OSError(errno.EINVAL, self.tr("not a regular file"))
            write_export(path, kind, self.document.analysis, label_names())
        except OSError as exc:
            self.show_error(self.tr("Could not write {path}: {error}").format(path=isolate(strip_bidi(path), always=True), error=exc.strerror or exc))
            return
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=isolate(path, always=True)), 5000)

    # -- look and language ---------------------------------------------------------------------
    def set_zoom(self, step: int | None) -> None:
        low, high = ZOOM_RANGE
        self.settings.zoom = 0 if step is None else max(low, min(high, self.settings.zoom + step))
        font = self._article_font()
        for doc in self.documents():
            doc.set_font(font)
        self._save()

    def set_focus_mode(self, on: bool) -> None:
        """Everything but the text hidden (F11, View → Focus mode; F11 or Esc leaves it)."""
        self.focus_mode = on
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        if on:
            self.notice.hide()
        for doc in self.documents():
            doc.set_focus_mode(on)
        self.actions_["focus_mode"].setChecked(on)

    def escape(self) -> None:
        """Esc leaves focus mode, or else stops the current analysis."""
        if self.focus_mode:
            self.set_focus_mode(False)
        elif self.document is not None:
            self.document.escape()  # stops the work, or closes the find bar

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self._apply_look()
        self._save()

    def set_typography(self, serif: bool | None = None, line_spacing: int | None = None, measure: int | None = None) -> None:
        """Serif or sans, line spacing, column width: kept, and every open article set again."""
        s = self.settings
        s.serif = s.serif if serif is None else serif
        s.line_spacing = line_spacing or s.line_spacing
        s.measure = measure or s.measure
        self._apply_look()
        self._save()

    def _typography(self) -> Typography:
        return Typography(self.settings.serif, self.settings.line_spacing, self.settings.measure)

    def _article_font(self):
        return article_font(self.settings.zoom, self.settings.serif)

    def set_language(self, language: str) -> None:
        self.settings.language = language
        app = QGuiApplication.instance()
        i18n.install(app, language)
        self._save()

    def _scheme_changed(self, _scheme) -> None:
        if self.settings.theme == "system":
            self._apply_look()

    def _apply_look(self) -> None:
        apply_theme(QGuiApplication.instance(), self.settings.theme)
        self.colors = colors()
        self.notice.setStyleSheet(f"#notice {{ background: {self.colors.removed}; }}")
        for doc in self.documents():
            apply_typography(doc, self._typography())
            doc.set_look(self.colors, self._article_font())

    # -- status bar, title, tabs and actions follow the current document --------------------------
    def _refresh_status(self) -> None:
        doc = self.document
        self.status.refresh()
        for i in range(self.tabs.count()):
            d = self.tabs.widget(i)
            self.tabs.setTabText(i, shown_text(isolate(d.name, always=True)))
        name = readable(isolate(doc.name, always=True)) + " — " if doc else ""
        self.setWindowTitle(name + self.tr("Tamtzit"))
        analysed = bool(doc and doc.analysis is not None)
        if "cancel" in self.actions_:  # Cancel only while there is something to stop in this tab
            busy = bool(doc and doc.busy)
            self.actions_["cancel"].setEnabled(busy)
            self.actions_["leave"].setEnabled(not busy)
        for key in ANALYSIS_ACTIONS:
            if key in self.actions_:
                self.actions_[key].setEnabled(analysed)
        if "show_removed" in self.actions_:
            removed = self.actions_["show_removed"]
            removed.setEnabled(analysed and bool(doc.analysis.document.removed))
            removed.setChecked(bool(doc and doc.show_removed))

    # -- remembering ---------------------------------------------------------------------------
    def _remember_options(self, options: Options) -> None:
        self.settings.remember_summary(options)
        self._save()

    def _remember_hidden(self, hidden: frozenset) -> None:
        self.settings.hidden_labels = sorted(hidden)
        self._save()

    def _save(self) -> None:
        if not self.persist:
            return
        self.settings.open_files = [d.path for d in self.documents() if d.path]
        remember(self.settings, self.documents())
        self.settings.geometry = bytes(self.saveGeometry().toHex()).decode()
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    # -- drag and drop, paste ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.open_mime(event.mimeData())
        event.acceptProposedAction()

    def open_mime(self, mime) -> None:
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.open_paths(files)
        elif mime.hasText() and mime.text().strip():
            self.open_text(mime.text())

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not (mime.hasUrls() or (mime.hasText() and mime.text().strip())):
            self.statusBar().showMessage(self.tr("The clipboard holds no text."), 4000)
            return
        self.open_mime(mime)

    # -- lifecycle -----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        for doc in self.documents():
            doc.cancel()
        self._save()
        if self.pasted is not None:
            self.pasted.wait()
        super().closeEvent(event)


    def retranslate(self) -> None:
        self.status.retranslate()
        retranslate_menus(self, self.actions_)
        self._refresh_status()
        QTimer.singleShot(0, self, self._refresh_status)  # not after the window is gone
