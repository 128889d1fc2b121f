"""Copy (the real clipboard) and export of the summary and the annotated article."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.core.analyze import analyze
from app.core.safe_text import balance_bidi as balanced, isolate
from app.ui.export import article_html, article_markdown, summary_plain, write_export
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait, with_entities

RLO, PDF = "\u202e", "\u202c"


def test_ctrl_shift_c_puts_plain_and_rtl_html_on_the_clipboard(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    QGuiApplication.clipboard().clear()
    doc.reader.setFocus()
    qtbot.keyClick(doc.reader, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0] == doc.analysis.title
    assert lines[1:] == doc.summary.sentences()
    assert "text/html" in mime.formats()
    html = mime.html()
    assert 'dir="rtl"' in html
    assert doc.analysis.title in html and doc.summary.sentences()[0] in html


def test_copy_button_does_the_same(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    QGuiApplication.clipboard().clear()
    doc.summary.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines()[0] == doc.analysis.title


def test_bidi_overrides_in_the_text_stay_inside(qtbot, window, tmp_path):
    f = tmp_path / "override.txt"
    f.write_text(
        f"כותרת עם {RLO}עקיפה\nהמשפט הראשון של הכתבה כולל {RLO}תו עקיפה שנשאר פתוח עד הסוף.\n"
        "המשפט השני של הכתבה הוא משפט רגיל לגמרי בלי שום תו מיוחד.\n",
        encoding="utf-8",
    )
    doc = open_and_wait(qtbot, window, f)
    assert window.windowTitle().startswith("\u2068") and "\u2069 — " in window.windowTitle()
    assert window.tabs.tabText(window.tabs.currentIndex()) == isolate("override.txt", always=True)
    doc.summary.copy_button.click()
    for line in QGuiApplication.clipboard().text().splitlines():
        assert line.count(RLO) == line.count(PDF)  # every override closed on its own line
    assert balanced(f"a{RLO}b") == f"a{RLO}b{PDF}"
    assert balanced("\u2067x\u202bq") == "\u2067x\u202bq\u202c\u2069"
    assert balanced("plain") == "plain"


def test_a_hebrew_line_that_opens_in_english_pastes_right_to_left():
    """A chat or an editor takes a plain line's direction from its first letter: a summary sentence
    opening with "BBC" or "Apple" pasted left to right, its Hebrew words in reverse order. Such a
    line (and only such a line) starts with a right-to-left mark; an English text gets none."""
    text = (
        "Apple הודיעה היום על טלפון חדש שיימכר בישראל כבר בחודש הבא.\n\n"
        "החברה אמרה כי המחיר יהיה נמוך מזה של הדגם הקודם שלה בשוק.\n"
    )
    a = analyze(text)
    lines = summary_plain(a).splitlines()
    apple = next(line for line in lines if "Apple" in line)
    assert apple.startswith("\u200f") and apple.lstrip("\u200f").startswith("Apple")
    assert not any(line.startswith("\u200f") for line in lines if "Apple" not in line)
    english = analyze("The minister said today that the talks went well.\n\nThe next round is set for March in Paris.\n")
    assert "\u200f" not in summary_plain(english)


def test_exports_in_three_formats(qtbot, window, tmp_path, seed_text):
    doc = open_and_wait(qtbot, window, SAMPLE)
    for ext in ("txt", "md", "html"):
        window.export_to(str(tmp_path / f"s.{ext}"), "summary")
        window.export_to(str(tmp_path / f"a.{ext}"), "article")
    summary = doc.summary.sentences()
    assert (tmp_path / "s.txt").read_text(encoding="utf-8").splitlines() == [doc.analysis.title, *summary]
    assert f"1. {summary[0]}" in (tmp_path / "s.md").read_text(encoding="utf-8")
    assert 'dir="rtl"' in (tmp_path / "s.html").read_text(encoding="utf-8")
    article_md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert f"**{summary[0]}**" in article_md and article_md.startswith("# ")
    article = (tmp_path / "a.html").read_text(encoding="utf-8")
    first = re.search(r"<mark>(.*?)</mark>", article).group(1)
    assert re.sub(r"<[^>]+>", "", first) == summary[0]  # one mark per sentence, entity spans inside
    assert "ראש הממשלה בנימין נתניהו" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    window.export_to(str(tmp_path / "missing-dir" / "x.txt"), "summary")
    assert window.notice.isVisible()


def test_annotated_html_marks_entities_and_escapes_markup(seed_text):
    a = with_entities(seed_text + "\nשורה עם <script>alert(1)</script> ו-<img src=x> בתוכה, לא יותר מזה.\n")
    page = article_html(a)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<img" not in page
    assert page.count('class="ent PER"') >= sum(1 for e in a.entities if e.label == "PER")
    assert "<span class=\"ent GPE\" title=\"Countries and cities\">מוסקבה</span>" in page
    md = article_markdown(analyze("כותרת\nטקסט עם *כוכבים* ו-<b>תגית</b> בפנים של המשפט הזה.\n"))
    assert "\\*כוכבים\\*" in md and "\\<b\\>" in md


def test_write_export_defaults_to_text(tmp_path, seed_text):
    a = analyze(seed_text)
    write_export(tmp_path / "x.unknown", "summary", a)
    assert (tmp_path / "x.unknown").read_text(encoding="utf-8").startswith(a.title)


def _offered_name(monkeypatch, window) -> str:
    offered = []
    monkeypatch.setattr("app.ui.main_window.save_file_name", lambda _w, _title, name, _filters: offered.append(name) or "")
    window.export("summary")
    return offered[0]


def test_export_offers_a_pasted_text_its_whole_title_as_a_safe_file_name(qtbot, window, monkeypatch):
    """Seen under X: pasted "גוגל משיקה את Gemini 2.5 בישראל" was offered as "…Gemini 2-summary.html"
    (".5 ביש…" of the cut tab name taken for an extension); a "/" in a title would name a folder."""
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.open_text("גוגל משיקה את Gemini 2.5 בישראל\n\nחברת Google הודיעה היום כי המודל יהיה זמין בעברית. ההשקה תתחיל בתל אביב.")
    assert _offered_name(monkeypatch, window) == "גוגל משיקה את Gemini 2.5 בישראל-summary.html"
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.open_text('צה"ל: 24/7 במשמרת\n\nהצבא הודיע היום כי המשמרות יימשכו כל השבוע. הדובר אמר כי אין שינוי.')
    name = _offered_name(monkeypatch, window)
    assert "/" not in name and ":" not in name and name.startswith("צה״ל")


def test_export_offers_a_file_its_own_name_and_folder(qtbot, window, monkeypatch):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert _offered_name(monkeypatch, window) == str(SAMPLE.with_suffix("")) + "-summary.html"
    assert doc.path == str(SAMPLE)
