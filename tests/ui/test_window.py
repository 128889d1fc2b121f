"""The first window, on real widgets (offscreen)."""

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from tests.conftest import SAMPLE


def test_window_shows_article_rtl_with_summary(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.analysis_ready, timeout=60000):
        w.open_path(str(SAMPLE))
    assert w.layoutDirection() == Qt.RightToLeft
    assert w.reader.layoutDirection() == Qt.RightToLeft
    shown = w.reader.toPlainText()
    assert shown.startswith("לראשונה מאז הפלת המטוס")
    assert shown.count("לראשונה מאז הפלת המטוס") == 1
    items = w.summary.sentences()
    assert len(items) >= 3 and items[0].startswith("1. ")
    assert all(item.split(". ", 1)[1] in shown for item in items)


def test_file_markup_is_shown_as_text(qtbot, tmp_path):
    f = tmp_path / "markup.txt"
    f.write_text('כותרת\n<img src="x.png"> ו-<a href="http://e.x">קישור</a> בתוך הטקסט שלנו כאן.\n', encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.analysis_ready, timeout=60000):
        w.open_path(str(f))
    assert '<img src="x.png">' in w.reader.toPlainText()
    assert "<a href" in w.reader.toPlainText()


def test_missing_file_is_reported_not_raised(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path("/nonexistent/file.txt")
    assert "no such file" in w.statusBar().currentMessage()
