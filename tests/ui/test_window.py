"""The reading window on real widgets (offscreen): article, summary, files in, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from tests.conftest import ROOT, SAMPLE
from tests.ui.conftest import open_and_wait


def _block_of(doc, needle):
    found = doc.reader.document().find(needle)
    assert not found.isNull(), needle
    return found.block(), found


def test_article_is_typeset_right_to_left_with_its_summary(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert doc.reader.layoutDirection() == Qt.RightToLeft
    shown = doc.reader.toPlainText()
    assert shown.startswith("לראשונה מאז הפלת המטוס")
    assert shown.count("לראשונה מאז הפלת המטוס") == 1  # the repeated headline block is gone
    block, _ = _block_of(doc, "ראש הממשלה בנימין נתניהו")
    assert block.blockFormat().layoutDirection() == Qt.RightToLeft
    items = doc.summary.sentences()
    assert 1 <= len(items) <= 2  # the automatic length of a short news item
    assert doc.summary.list.item(0).text().startswith("1. ")
    assert all(item in shown for item in items)
    # title set larger and bold than body text
    title_fmt = doc.reader.document().begin().begin().fragment().charFormat()
    assert title_fmt.fontWeight() >= 700


def test_each_paragraph_takes_its_own_direction(qtbot, window, tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_text(
        "כותרת הכתבה על ציטוט באנגלית\n"
        "הנשיא אמר בנאום ארוך את הדברים הבאים לעיתונאים שהתאספו באולם.\n"
        "We will not stand by while our friends are attacked, he said to the crowd.\n"
        "הדברים עוררו תגובות רבות בקרב חברי הכנסת ובקרב הציבור הרחב בישראל.\n",
        encoding="utf-8",
    )
    doc = open_and_wait(qtbot, window, f)
    english, _ = _block_of(doc, "We will not stand by")
    hebrew, _ = _block_of(doc, "הדברים עוררו")
    assert english.blockFormat().layoutDirection() == Qt.LeftToRight
    assert hebrew.blockFormat().layoutDirection() == Qt.RightToLeft


def test_a_line_without_letters_runs_the_way_its_article_does(qtbot, window, tmp_path):
    """The reader takes each paragraph's direction from the analysis: "2019" in a Hebrew article is
    right-to-left, in an English one left-to-right (it once was right-to-left in the window and
    left-to-right in the core)."""
    for name, text, expected in (
        ("he.txt", "כותרת הכתבה\n2019\nהנשיא אמר בנאום ארוך את הדברים הבאים לעיתונאים שהתאספו באולם.\n", Qt.RightToLeft),
        ("en.txt", "A headline\n2019\nThe president said these things to the reporters in the hall.\n", Qt.LeftToRight),
    ):
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        doc = open_and_wait(qtbot, window, f)
        block, _ = _block_of(doc, "2019")
        assert block.blockFormat().layoutDirection() == expected, name


def test_file_markup_is_shown_as_text(qtbot, window, tmp_path):
    f = tmp_path / "markup.txt"
    f.write_text('כותרת\n<img src="x.png"> ו-<a href="http://e.x">קישור</a> בתוך הטקסט שלנו כאן.\n', encoding="utf-8")
    doc = open_and_wait(qtbot, window, f)
    assert '<img src="x.png">' in doc.reader.toPlainText()
    assert "<a href" in doc.reader.toPlainText()
    assert not any(f.isCharFormat() and f.toCharFormat().isAnchor() for f in doc.reader.document().allFormats())
    html = doc.reader.document().toHtml()
    assert "<img" not in html and "&lt;img" in html


def test_bad_files_are_reported_and_the_rest_keeps_working(qtbot, window, tmp_path):
    window.open_path("/nonexistent/file.txt")
    qtbot.waitUntil(lambda: "is not there" in window.statusBar().currentMessage())
    assert window.notice.isVisible() and "file.txt" in window.notice_label.text() and "is not there" in window.notice_label.text()
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    window.open_path(str(binary))
    qtbot.waitUntil(lambda: "not a text file" in window.notice_label.text())
    assert window.tabs.count() == 0
    assert str(binary) not in window.settings.recent  # only files that opened are remembered
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    doc = window.open_path(str(empty))
    qtbot.waitUntil(lambda: doc.bar.isVisible() and "empty" in doc.bar_label.text())
    open_and_wait(qtbot, window, SAMPLE)
    assert window.tabs.count() == 2


def test_files_load_on_the_worker_with_progress(qtbot, window):
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        doc = window.open_path(str(SAMPLE))
        assert doc.busy and doc.loaded is None  # not read on the UI thread
        assert window.status.progress.isVisibleTo(window)
    assert doc.loaded.encoding == "utf-8"
    assert not window.status.progress.isVisibleTo(window)
    assert "נתניהו" in doc.reader.toPlainText()


def test_removed_blocks_are_announced_and_can_be_shown(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert doc.bar.isVisible()
    assert "2 repeated blocks removed" in doc.bar_label.text()
    before = doc.reader.toPlainText().count("לראשונה מאז הפלת המטוס")
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.bar_button.click()
    assert doc.reader.toPlainText().count("לראשונה מאז הפלת המטוס") > before
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.bar_button.click()
    assert doc.reader.toPlainText().count("לראשונה מאז הפלת המטוס") == before


def test_summary_sentences_are_shaded_and_clicking_one_scrolls_to_it(qtbot, window):
    window.resize(900, 400)
    doc = open_and_wait(qtbot, window, SAMPLE)
    last = doc.summary.sentences()[-1]
    _, found = _block_of(doc, last[:30])
    assert found.charFormat().background().color().name() in (window.colors.summary, window.colors.summary_strong)
    a = window.analysis
    chosen = {item.sentence for item in a.summary}
    outside = next(
        a.sentence_text(i)[:12] for i, s in enumerate(a.sentences) if s.role == "body" and i not in chosen
    )
    plain, _ = _block_of(doc, outside)  # a body sentence outside the summary
    cursor = QTextCursor(plain)
    cursor.setPosition(doc.reader.document().find(outside).selectionEnd())
    assert cursor.charFormat().background().style() == Qt.NoBrush
    bar = doc.reader.verticalScrollBar()
    assert bar.value() == 0
    item = doc.summary.list.item(doc.summary.list.count() - 1)
    qtbot.mouseClick(doc.summary.list.viewport(), Qt.LeftButton, pos=doc.summary.list.visualItemRect(item).center())
    assert bar.value() > 0
    selections = doc.reader.extraSelections()
    current = selections[-1]
    assert current.cursor.selectedText() == last


def test_summary_length_and_algorithm_update_live(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    pane = doc.summary
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        pane.mode.setCurrentIndex(pane.mode.findData("sentences"))
        pane.amount.setValue(2)
    assert len(pane.sentences()) == 2
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        pane.algorithm.setCurrentIndex(pane.algorithm.findData("lead"))
    assert doc.analysis.algorithm == "lead"
    assert window.settings.algorithm == "lead" and window.settings.length_value == 2


def test_drop_files_and_text_open_documents(qtbot, window, tmp_path):
    other = tmp_path / "שני.txt"
    other.write_text("כותרת שנייה\nזה טקסט קצר של מסמך נוסף שנפתח בגרירה אל החלון.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE)), QUrl.fromLocalFile(str(other))])
    window.open_mime(mime)
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1).strip("\u2068\u2069") == "שני.txt"
    text = QMimeData()
    text.setText("טקסט מהדפדפן\nפסקה שהועתקה מדף אינטרנט ונגררה אל החלון כדי לקרוא אותה.")
    window.open_mime(text)
    assert window.tabs.count() == 3
    assert window.document.path is None and "טקסט מהדפדפן" in window.document.name


def test_ctrl_v_pastes_text_as_a_new_document(qtbot, window):
    open_and_wait(qtbot, window, SAMPLE)
    QGuiApplication.clipboard().setText("מסמך מודבק\nשורה ראשונה של טקסט שהודבק מהלוח אל החלון.")
    window.document.reader.setFocus()
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        qtbot.keyClick(window.document.reader, Qt.Key_V, Qt.ControlModifier)
    assert window.tabs.count() == 2
    assert "מסמך מודבק" in window.document.reader.toPlainText()


def test_the_welcome_page_lists_recent_files_and_opens_them(qtbot, window, tmp_path):
    gone = tmp_path / "נמחק.txt"
    window.settings.recent = [str(SAMPLE), str(gone)]
    window.welcome.show_recent(window.settings.recent)
    assert window.stack.currentWidget() is window.welcome
    items = [window.welcome.recent.item(i) for i in range(window.welcome.recent.count())]
    assert [i.data(Qt.UserRole + 1) for i in items] == [str(SAMPLE), str(gone)]
    assert "seed-netanyahu-putin.txt" in items[0].text()
    assert not items[1].flags() & Qt.ItemIsEnabled  # a file that is gone cannot be opened
    window.welcome._activated(items[1])
    assert window.tabs.count() == 0
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        rect = window.welcome.recent.visualItemRect(items[0])
        qtbot.mouseClick(window.welcome.recent.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.tabs and window.document.path == str(SAMPLE)
    other = tmp_path / "שני.txt"
    other.write_text("כותרת שנייה\nזה טקסט קצר של מסמך נוסף שנפתח ונסגר כדי לחזור לדף הפתיחה.\n", encoding="utf-8")
    window.open_path(str(other))
    window.close_tab()
    window.close_tab()
    assert window.stack.currentWidget() is window.welcome  # back, with the newest file first
    assert window.welcome.recent.item(0).data(Qt.UserRole + 1) == str(other)


def test_the_welcome_page_pastes_the_clipboard_as_a_document(qtbot, window):
    QGuiApplication.clipboard().setText("מסמך מודבק מדף הפתיחה\nשורה של טקסט שהודבק מהלוח אל החלון דרך הכפתור.")
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        qtbot.mouseClick(window.welcome.paste_button, Qt.LeftButton)
    assert "מסמך מודבק מדף הפתיחה" in window.document.reader.toPlainText()


def test_zoom_changes_the_article_font(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    size = doc.reader.document().defaultFont().pointSize()
    doc.reader.setFocus()
    qtbot.keyClick(doc.reader, Qt.Key_Plus, Qt.ControlModifier)
    qtbot.keyClick(doc.reader, Qt.Key_Plus, Qt.ControlModifier)
    assert doc.reader.document().defaultFont().pointSize() == size + 2
    qtbot.keyClick(doc.reader, Qt.Key_Minus, Qt.ControlModifier)
    assert doc.reader.document().defaultFont().pointSize() == size + 1
    assert window.settings.zoom == 1


def test_zoom_scales_the_summary_and_the_names_with_the_article_and_is_kept(qtbot, window):
    from app.ui.main_window import MainWindow

    doc = open_and_wait(qtbot, window, SAMPLE)
    assert doc.entities.tree.topLevelItemCount() > 0
    sizes = lambda d: (d.reader.document().defaultFont().pointSizeF(), d.summary.list.item(0).font().pointSizeF(), d.entities.tree.font().pointSizeF())  # noqa: E731
    article, summary, names = sizes(doc)
    doc.reader.setFocus()
    for _ in range(4):
        qtbot.keyClick(doc.reader, Qt.Key_Plus, Qt.ControlModifier)
    bigger = sizes(doc)
    factor = bigger[0] / article
    assert factor > 1.2
    assert bigger[1] == pytest.approx(summary * factor) and bigger[2] == pytest.approx(names * factor)
    assert window.settings.zoom == 4
    again = MainWindow(window.settings, persist=False)  # the next start: the same sizes at once
    qtbot.addWidget(again)
    second = open_and_wait(qtbot, again, SAMPLE)
    assert sizes(second) == pytest.approx(bigger)
    qtbot.keyClick(doc.reader, Qt.Key_0, Qt.ControlModifier)  # normal size: all three back
    assert sizes(doc) == pytest.approx((article, summary, names))


def test_interface_language_switches_and_mirrors(qtbot, window):
    app = QApplication.instance()
    first = open_and_wait(qtbot, window, SAMPLE)
    second = open_and_wait(qtbot, window, ROOT / "tests" / "data" / "haaretz-dev" / "3.txt")
    try:
        assert i18n.install(app, "he") == "he"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "קובץ")  # no mnemonic marks in Hebrew
        assert window.layoutDirection() == Qt.RightToLeft
        assert first.summary.copy_button.text() == second.summary.copy_button.text() == "העתקה"
        window.close_tab(0)  # a closed document's panes must not be asked to retranslate
        qtbot.waitUntil(lambda: window.tabs.count() == 1)
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        window.set_language("en")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
        assert second.summary.copy_button.text() == "Copy"
        assert window.layoutDirection() == Qt.LeftToRight
        assert window.settings.language == "en"
    finally:
        i18n.install(app, "en")


def _tool(name: str) -> str:
    import shutil

    import pytest

    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


def test_every_interface_string_has_a_hebrew_translation(tmp_path):
    import xml.etree.ElementTree as ET

    ts = ET.parse(ROOT / "resources" / "i18n" / "tamtzit_he.ts")
    unfinished = [m.findtext("source") for m in ts.iter("message") if m.find("translation").get("type")]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"  # what the code asks for today, extracted the way lupdate does
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
    sources.append(str(ROOT / "app" / "core" / "summarize" / "registry.py"))  # method names, tooltips
    sources.append(str(ROOT / "app" / "core" / "entities" / "__init__.py"))  # entity type names
    sources.append(str(ROOT / "app" / "core" / "loaders" / "encoding.py"))  # what a non-text file looks like
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    have = {(c.findtext("name"), m.findtext("source")) for c in ts.iter("context") for m in c.iter("message")}
    assert wanted - have == set()


def test_compiled_translation_is_up_to_date(tmp_path):
    out = tmp_path / "he.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ROOT / "resources/i18n/tamtzit_he.ts"), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "resources/i18n/tamtzit_he.qm").read_bytes()


def test_a_visual_iso_8859_8_file_is_not_called_windows_1255(qtbot, window):
    """Seen under X: the old visual-order ISO-8859-8 sample said "Hebrew (Windows-1255)" in the
    status bar. Its bytes read the same in both, ISO-8859-8 (the visual standard) named first."""
    doc = open_and_wait(qtbot, window, ROOT / "tests" / "data" / "samples" / "visual-iso-8859-8.txt")
    assert doc.loaded.visual
    assert window.status.encoding_button.text() == "Hebrew (ISO-8859-8 or Windows-1255)"
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.status.visual_button.click()  # undoing the conversion does not pick one of the two
    assert not doc.loaded.visual
    assert window.status.encoding_button.text() == "Hebrew (Windows-1255 or ISO-8859-8)"


def test_encoding_override_rereads_the_file(qtbot, window, tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("כותרת בקידוד ישן\nזהו טקסט עברי שנשמר בקידוד חלונות 1255 כמו פעם.\n".encode("cp1255"))
    doc = open_and_wait(qtbot, window, f)
    assert doc.loaded.encoding == "windows-1255"
    # letters only: the same bytes in ISO-8859-8, so the window does not claim it is the one
    assert window.status.encoding_button.text() == "Hebrew (Windows-1255 or ISO-8859-8)"
    menu = window.status.encoding_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Hebrew (Windows-1255)", "Hebrew (ISO-8859-8)"]
    assert "זהו טקסט עברי" in doc.reader.toPlainText()
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.reload(encoding="iso-8859-8")
    assert window.status.encoding_button.text() == "Hebrew (ISO-8859-8)"
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Hebrew (ISO-8859-8)"]
    window.reload(encoding="utf-8")  # not valid UTF-8: a message, the document stays
    qtbot.waitUntil(lambda: "utf-8" in window.notice_label.text())
    assert "זהו טקסט עברי" in window.document.reader.toPlainText()
    assert window.tabs.count() == 1 and not doc.busy and "Reading" not in doc.summary.status.text()


def test_window_paints_before_the_summarizer_and_the_tagger_load():
    """The window paints without numpy, scipy or the CRF tagger; opening a document then loads them
    on the worker (which shows the probe would see them)."""
    code = (
        "import os, sys, time; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from app.ui.main_window import MainWindow; w = MainWindow(persist=False); w.show(); app.processEvents()\n"
        "heavy = ('numpy', 'scipy', 'pycrfsuite')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        f"w.open_path({str(SAMPLE)!r}); end = time.time() + 60\n"
        "while w.analysis is None and time.time() < end: app.processEvents(); time.sleep(0.02)\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    before, after = out.stdout.split("\n")[:2]
    assert before == "[]", out.stderr
    assert "'numpy'" in after and "'pycrfsuite'" in after, out.stderr


def test_a_long_document_moves_in_by_slices_and_stays_exact(qtbot, window, seed_text):
    from app.ui.reader import SLICE_CHARS

    window.settings.algorithm = "lead"  # the summarizer's speed is not what this test is about
    body = [ln for ln in seed_text.splitlines() if len(ln) > 80]
    paragraphs = [f"פסקה {i}: {body[i % len(body)]}" for i in range(160)]
    paragraphs.insert(57, "An English paragraph in the middle of the Hebrew text, read left to right.")
    text = "כותרת של מסמך ארוך\n" + "\n".join(paragraphs) + "\n"
    assert len(text) > 3 * SLICE_CHARS
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        doc = window.open_text(text)
    reader = doc.reader
    assert reader.busy
    qtbot.waitUntil(lambda: not reader.busy, timeout=30000)
    shown = reader.toPlainText()
    assert shown.splitlines() == doc.analysis.text.splitlines()
    english, _ = _block_of(doc, "An English paragraph")
    assert english.blockFormat().layoutDirection() == Qt.LeftToRight
    last = doc.analysis.sentences[-1]
    reader.show_span(last.start, last.end, "#ff0000")
    selections = reader.extraSelections()
    assert selections[-1].cursor.selectedText() == doc.analysis.text[last.start : last.end]


def test_visual_order_conversion_can_be_undone(qtbot, window, monkeypatch, tmp_path):
    """The loader converts legacy visual Hebrew and says so (Loaded.visual); the status bar offers
    to re-read the file without the conversion, and to convert again."""
    from app.core.load import Loaded
    from app.ui import document_session

    f = tmp_path / "visual.txt"
    f.write_text("םולש תרתוכ\nטסקט ןשי רומש רדסב יתוזח הפ.\n", encoding="utf-8")
    calls = []

    def fake_load(path, encoding=None, visual="auto"):
        calls.append(visual)
        raw = f.read_text(encoding="utf-8")
        if visual == "no":
            return Loaded(raw, "utf-8", str(path), visual=False)
        return Loaded("\n".join(line[::-1] for line in raw.splitlines()), "utf-8", str(path), visual=True)

    monkeypatch.setattr(document_session, "load_path", fake_load)
    doc = open_and_wait(qtbot, window, f)
    assert "כותרת שלום" in doc.reader.toPlainText()
    assert window.status.visual_button.isVisibleTo(window) and window.status.visual_button.text() == "Undo visual-order conversion"
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.status.visual_button.click()
    assert calls[-1] == "no" and "םולש תרתוכ" in window.document.reader.toPlainText()
    assert window.status.visual_button.isVisibleTo(window) and window.status.visual_button.text() == "Convert from visual order"
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.status.visual_button.click()
    assert calls[-1] == "yes"


def test_screenshot_flag_renders_the_analysed_window(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen", TAMTZIT_CONFIG_DIR=str(tmp_path / "cfg"))
    run = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(out), "--lang", "he", "--size", "1000x700", str(SAMPLE)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # the summary shading is painted in the article, which sits on the right in Hebrew
    from app.ui.palette import SUMMARY, SUMMARY_STRONG

    shades = {SUMMARY["light"], SUMMARY_STRONG["light"]}
    shaded = [x for x in range(500, 1000, 4) for y in range(100, 700, 8) if image.pixelColor(x, y).name() in shades]
    assert len(shaded) > 50
    assert not (tmp_path / "cfg" / "settings.json").exists()  # a screenshot leaves the user's settings alone


def test_escape_cancels_a_long_analysis_at_once(qtbot, window, seed_text):
    body = [ln for ln in seed_text.splitlines() if len(ln) > 80]
    text = "מסמך ארוך לביטול\n" + "\n".join(f"פסקה {i}: {body[i % len(body)]}" for i in range(400)) + "\n"
    doc = window.open_text(text)
    assert doc.busy and window.status.progress.isVisibleTo(window)
    doc.reader.setFocus()
    qtbot.keyClick(doc.reader, Qt.Key_Escape)
    assert not doc.busy
    assert not window.status.progress.isVisibleTo(window)
    assert doc.summary.status.text() == "Cancelled."
    shown = doc.reader.toPlainText()  # the raw text read so far stays readable
    assert shown.startswith("מסמך ארוך לביטול") and "פסקה 1: " in shown
    with qtbot.assertNotEmitted(window.analysis_ready, wait=300):
        pass  # a result the worker may still deliver is not shown


def test_a_damaged_install_shows_the_summary_and_says_why_names_are_missing(qtbot, window, tmp_path, monkeypatch):
    from app.core.entities import model

    monkeypatch.setattr(model, "MODEL_DIR", tmp_path)  # no model files there
    model.load_model.cache_clear()
    try:
        doc = open_and_wait(qtbot, window, SAMPLE)
        assert doc.summary.list.count() >= 1
        assert doc.bar.isVisibleTo(doc) and "Names are not marked" in doc.bar_label.text()
        assert "ner.crfsuite" in doc.bar_label.text()
        assert "missing or damaged" in doc.entities.empty.text()  # not "no names in this text"
        assert doc.entities.empty.isVisibleTo(doc.entities)
    finally:
        model.load_model.cache_clear()


def test_about_names_the_data_the_models_come_from_and_their_licences(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def read_and_close():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"], seen["more"] = box.text(), box.informativeText()
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.actions_["about"].trigger()
    assert "Tamtzit" in seen["text"]
    assert "NEMO" in seen["more"] and "CC BY-NC-SA 4.0" in seen["more"]  # the models are derived from it
    assert "SIL Open Font License" in seen["more"] and "wordfreq" in seen["more"]


def test_cancel_is_offered_only_while_the_current_document_is_being_worked_on(qtbot, window, seed_text):
    cancel = window.actions_["cancel"]
    assert not cancel.isEnabled()  # no document
    done = open_and_wait(qtbot, window, SAMPLE)
    assert not done.busy and not cancel.isEnabled()
    body = [ln for ln in seed_text.splitlines() if len(ln) > 80]
    long = window.open_text("מסמך ארוך\n" + "\n".join(f"פסקה {i}: {body[i % len(body)]}" for i in range(400)) + "\n")
    assert long.busy and cancel.isEnabled()
    window.tabs.setCurrentWidget(done)  # it follows the tab on screen
    assert not cancel.isEnabled()
    window.tabs.setCurrentWidget(long)
    assert cancel.isEnabled()
    qtbot.keyClick(long.reader, Qt.Key_Escape)
    assert not long.busy and not cancel.isEnabled()
    window.set_focus_mode(True)  # Esc still leaves focus mode when nothing runs
    qtbot.keyClick(long.reader, Qt.Key_Escape)
    assert not window.focus_mode and window.menuBar().isVisible()
