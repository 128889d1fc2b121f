"""The main window: reader on the right, summary beside it, analysis off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar, QSplitter

from ..core.document import Analysis
from ..core.load import LoadError, load_path
from .reader import ReaderView
from .summary_pane import SummaryPane
from .tasks import Task, run_task


class MainWindow(QMainWindow):
    analysis_ready = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("תמצית")
        self.setLayoutDirection(Qt.RightToLeft)
        self.resize(1200, 800)
        self.reader = ReaderView()
        self.summary = SummaryPane()
        splitter = QSplitter()
        splitter.addWidget(self.reader)
        splitter.addWidget(self.summary)
        splitter.setSizes([760, 440])
        self.setCentralWidget(splitter)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.analysis: Analysis | None = None
        self._task: Task | None = None

    def open_path(self, path: str) -> None:
        try:
            loaded = load_path(path)
        except LoadError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.setWindowTitle(f"תמצית — {path}")
        self.open_text(loaded.text)

    def open_paths(self, paths: list[str]) -> None:
        """Files handed over by the desktop (a second launch, a macOS file-open event)."""
        for path in paths:
            self.open_path(path)

    def open_text(self, text: str) -> None:
        from ..core.analyze import Options, analyze

        if self._task is not None:
            self._task.cancel()
        self.reader.show_text(text)
        self.summary.show_busy()
        self.progress.setValue(0)
        self.progress.show()
        task = Task(lambda progress, cancel: analyze(text, Options(), progress, cancel))
        task.signals.progress.connect(lambda f, _stage: self.progress.setValue(int(f * 100)))
        task.signals.finished.connect(self._show_analysis)
        task.signals.failed.connect(self._show_failure)
        self._task = run_task(task)

    def _show_analysis(self, analysis: Analysis) -> None:
        if self.sender() is not (self._task.signals if self._task else None):
            return  # a result of a document that was replaced meanwhile
        self.analysis = analysis
        self.progress.hide()
        self.reader.show_analysis(analysis)
        self.summary.show_analysis(analysis)
        removed = len(analysis.document.removed)
        if removed:
            self.statusBar().showMessage(f"{removed} בלוקים חוזרים הוסרו")
        self.analysis_ready.emit(analysis)

    def _show_failure(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().showMessage(f"הניתוח נכשל: {message}")
