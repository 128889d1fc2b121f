"""Typography a reader chooses: serif Hebrew (bundled), line spacing, column width, sepia."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication, QPalette

from app.settings import Settings, load_settings, settings_path
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def _body_block(doc):
    found = doc.reader.document().find("ראש הממשלה בנימין נתניהו")
    assert not found.isNull()
    return found.block()


def test_serif_font_is_bundled_and_set_live_and_kept(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert "Noto Serif Hebrew" in QFontDatabase.families()  # registered from resources/fonts
    assert QFontInfo(doc.reader.document().defaultFont()).family() == "Noto Sans Hebrew"
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        qtbot.keyClick(window, Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.actions_["serif"].isChecked()
    assert QFontInfo(doc.reader.document().defaultFont()).family() == "Noto Serif Hebrew"
    assert load_settings().serif is True
    window.set_zoom(+2)  # zooming keeps the serif
    assert QFontInfo(doc.reader.document().defaultFont()).family() == "Noto Serif Hebrew"


def test_line_spacing_and_column_width_choices(qtbot, window, tmp_path):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert _body_block(doc).blockFormat().lineHeight() == 145
    margin = doc.reader.document().rootFrame().frameFormat().leftMargin()
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.actions_["_line_spacing"]["relaxed"].trigger()
    assert _body_block(doc).blockFormat().lineHeight() == 180
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.actions_["_measure"]["narrow"].trigger()
    narrow = doc.reader.document().rootFrame().frameFormat().leftMargin()
    assert narrow > margin  # fewer characters to a line: wider margins in the same window
    window.resize(1400, 800)
    qtbot.wait(50)
    assert doc.reader.document().rootFrame().frameFormat().leftMargin() > narrow  # the measure holds on resize
    saved = load_settings()
    assert (saved.line_spacing, saved.measure) == (180, 60)
    # a new document is set the same way from the start
    copy = tmp_path / "copy.txt"
    copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    other = open_and_wait(qtbot, window, copy)
    assert _body_block(other).blockFormat().lineHeight() == 180


def test_a_new_window_starts_with_the_saved_choices(qtbot, private_config):
    from app.settings import save_settings
    from app.ui.main_window import MainWindow

    save_settings(Settings(serif=True, line_spacing=125, measure=100, theme="sepia"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    doc = open_and_wait(qtbot, w, SAMPLE)
    assert QFontInfo(doc.reader.document().defaultFont()).family() == "Noto Serif Hebrew"
    assert _body_block(doc).blockFormat().lineHeight() == 125
    assert w.actions_["_line_spacing"]["compact"].isChecked() and w.actions_["_measure"]["wide"].isChecked()
    assert w.actions_["theme_sepia"].isChecked()
    w.close()
    w.set_theme("light")
    w.set_theme("system")


def test_sepia_theme_is_warm_paper_with_readable_ink(qtbot, window):
    open_and_wait(qtbot, window, SAMPLE)
    try:
        with qtbot.waitSignal(window.analysis_ready, timeout=30000):
            window.set_theme("sepia")
        palette = QGuiApplication.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        assert base.name() == "#f6eedb" and base.red() > base.blue()  # warm
        assert not window.colors.dark
        assert _contrast(base, text) >= 7  # WCAG AAA for body text
        assert window.document.reader.palette().color(QPalette.Base) == base
    finally:
        window.set_theme("light")
        window.set_theme("system")


def test_typography_settings_are_validated(private_config):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"line_spacing": 5000, "measure": "wide", "serif": 1}), encoding="utf-8")
    s = load_settings()
    assert (s.line_spacing, s.measure, s.serif) == (145, 78, False)
    path.write_text(json.dumps({"line_spacing": 180, "measure": 60, "serif": True}), encoding="utf-8")
    s = load_settings()
    assert (s.line_spacing, s.measure, s.serif) == (180, 60, True)


def _contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
