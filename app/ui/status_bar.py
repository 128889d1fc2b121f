"""The status bar's permanent widgets for the document on screen: progress and Cancel while work
runs, the detected encoding (a menu to re-read in another), the visual-order toggle, and the words
with their reading time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QProgressBar, QPushButton, QStatusBar, QToolButton

from .document_view import DocumentView
from .encodings import fill_encoding_menu, loaded_name
from .plain import PlainLabel, shown_text, tooltip
from .reading_figures import WORDS_PER_MINUTE, reading_figures

Reload = Callable[..., None]  # reload(encoding=..., visual=...) of the current document


class DocumentStatus(QObject):
    """Shows one document's figures; `current()` is the document on screen (or None)."""

    def __init__(self, bar: QStatusBar, current: Callable[[], DocumentView | None], reload: Reload) -> None:
        super().__init__(bar)
        self.current, self.reload = current, reload
        self.words_label = PlainLabel()
        self.encoding_button = QPushButton()  # its menu arrow beside the name, not over it
        self.encoding_button.setFlat(True)
        menu = QMenu(self.encoding_button)
        menu.aboutToShow.connect(lambda: fill_encoding_menu(menu, self.current() and self.current().loaded, self.reload))
        self.encoding_button.setMenu(menu)
        self.visual_button = QToolButton()
        self.visual_button.clicked.connect(self._toggle_visual)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 100)
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(lambda: self.current() and self.current().cancel())
        for w in (self.progress, self.cancel_button, self.visual_button, self.encoding_button, self.words_label):
            bar.addPermanentWidget(w)

    def focus_order(self) -> list:
        """Tab's way through the status bar (focus_order.py), as its controls are laid out."""
        return [self.cancel_button, self.visual_button, self.encoding_button]

    def show_progress(self, doc: DocumentView, fraction: float) -> None:
        if doc is self.current():
            self.progress.setValue(int(fraction * 100))

    def refresh(self) -> None:
        doc = self.current()
        busy = bool(doc and doc.busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.progress.setValue(0)
        loaded = doc.loaded if doc else None
        self.encoding_button.setVisible(loaded is not None)
        if loaded is not None:
            self.encoding_button.setText(shown_text(loaded_name(loaded)))
        self.visual_button.setVisible(bool(loaded and (loaded.visual or doc.session.visual_undone)))
        if loaded is not None:
            self.visual_button.setText(self.tr("Undo visual-order conversion") if loaded.visual else self.tr("Convert from visual order"))
        if doc and doc.analysis is not None:
            self.words_label.setText(reading_figures(doc.analysis.words))
        else:
            self.words_label.clear()

    def retranslate(self) -> None:
        self.encoding_button.setToolTip(self.tr("Detected encoding — choose another to re-read the file"))
        self.visual_button.setToolTip(self.tr("The file was saved in visual (reversed) order and converted; undo if it reads wrong"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the analysis of this document"))
        self.words_label.setToolTip(tooltip(self.tr("Words in the article and reading time at {n} words a minute").format(n=WORDS_PER_MINUTE)))
        self.refresh()

    def _toggle_visual(self) -> None:
        """Re-read the file as stored (undo the loader's conversion), or convert it after all."""
        doc = self.current()
        if doc is None or doc.loaded is None:
            return
        undo = doc.loaded.visual
        doc.session.visual_undone = undo
        # the encoding the reader chose stays; a detected one is detected again (it may be either of two)
        encoding = None if doc.loaded.also else doc.loaded.encoding
        self.reload(encoding=encoding, visual="no" if undo else "yes")
