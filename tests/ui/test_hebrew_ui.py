"""The Hebrew interface reads right (issue 16 item 4): messages, menus, numbers, shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from app.core.safe_text import FSI
from app.ui import i18n
from app.ui.actions import shortcuts_table
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


@pytest.fixture
def hebrew():
    app = QApplication.instance()
    i18n.install(app, "he")
    yield
    i18n.install(app, "en")


def test_an_unreadable_file_is_reported_in_hebrew_with_its_name_isolated(qtbot, window, hebrew, tmp_path):
    image = tmp_path / "image)"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    window.open_path(str(image))
    qtbot.waitUntil(window.notice.isVisible)  # the file is read on the worker
    message = window.statusBar().currentMessage()
    assert message.startswith("לא ניתן לפתוח את ") and "אינו קובץ טקסט" in message
    assert FSI + "image)" in message  # the name keeps its bracket where it is
    assert "(נראה כמו תמונת PNG)" in message  # not "a PNG image" in a Hebrew sentence (seen under X)
    assert window.notice_label.text() == message


def test_a_failed_re_read_on_the_worker_is_reported_in_hebrew_and_the_document_stays(qtbot, window, hebrew, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(SAMPLE.read_bytes())
    doc = open_and_wait(qtbot, window, path)
    shown = doc.reader.toPlainText()
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    window.reload()  # every read is on the worker: this one fails there
    qtbot.waitUntil(window.notice.isVisible, timeout=30000)
    assert window.notice_label.text().startswith("לא ניתן לפתוח את " + FSI + "big.txt")
    assert "not a text file" not in window.notice_label.text()
    assert window.tabs.indexOf(doc) >= 0 and doc.reader.toPlainText() == shown


def test_hebrew_menus_have_no_mnemonic_underlines_and_english_ones_do(qtbot, window, hebrew):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "קובץ" and not any("&" in t for t in titles)
    assert not any("&" in a.text() for a in window.actions_.values() if hasattr(a, "text"))
    i18n.install(QApplication.instance(), "en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_words_and_reading_time_read_naturally(qtbot, window, hebrew):
    from app.ui.reading_figures import reading_figures as figures

    assert figures(1) == "מילה אחת · פחות מדקת קריאה"
    assert figures(0) == "אין מילים"
    assert figures(200) == "200 מילים · דקת קריאה אחת"
    assert figures(2600) == "2,600 מילים · 13 דקות קריאה"
    assert "׳" not in figures(2600)  # a geresh reads as a yod at this size (דקי)
    i18n.install(QApplication.instance(), "en")
    assert figures(1) == "One word · under a minute to read"
    assert figures(347) == "347 words · 2 minutes to read"


def test_an_empty_file_shows_no_reading_time(qtbot, window, hebrew, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.open_path(str(empty))
    assert "דק" not in window.status.words_label.text()


def test_the_shortcut_table_is_mirrored_and_names_keys_as_people_do(qtbot, window, hebrew):
    table = shortcuts_table(window)
    assert table.startswith("<table dir='rtl'") and "align='right'" in table
    assert "Backtab" not in table and "Ctrl+Shift+Tab" in table
    assert not any("Backtab" in a.toolTip() for a in window.actions_.values() if hasattr(a, "toolTip"))
    # the menu shows an action's first shortcut as Qt writes it
    assert window.actions_["previous_tab"].shortcut().toString() == "Ctrl+Shift+Tab"
    i18n.install(QApplication.instance(), "en")
    assert shortcuts_table(window).startswith("<table dir='ltr'")


def test_the_sentence_count_reads_in_hebrew(qtbot, window, hebrew):
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert "מתוך" in doc.summary.status.text()


def test_every_kind_of_load_failure_is_said_in_hebrew(hebrew):
    import re

    from app.ui.load_messages import load_failure

    loader_says = [
        "/x/a.bin: no such file", "/x/a.bin: permission denied", "/x/a.bin: is a folder, not a file",
        "/x/a.bin: not a regular file (FIFO)", "/x/a.bin: too large (52.1 MB; the limit is 50 MB)",
        "too large (over the 50 MB limit)", "not a text file (it looks like a PNG image)", "not a text file",
        "this file is not windows-1255 text; try another encoding", "unknown encoding 'x'",
        "not a .docx document (damaged, or another kind of file renamed)", "damaged odt file (bad zip)",
        "this docx file is password-protected; save it without a password",
        "refused: this file declares XML entities or a DTD",
    ]
    for message in loader_says:
        said = load_failure("/x/a.bin", message)
        outside_isolates = re.sub("\u2068[^\u2069]*\u2069", "", said)
        assert not re.search(r"[a-z]{3,}", outside_isolates), said  # no English words (MB, XML, DOS stay)


def _cell_x(html: str, rtl: bool) -> dict[str, float]:
    """Where each cell's text starts when Qt lays the table out as the message box's label does."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument, QTextOption

    doc = QTextDocument()
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setTextWidth(600)
    xs, block = {}, doc.begin()
    while block.isValid():
        xs[block.text()] = doc.documentLayout().blockBoundingRect(block).x()
        block = block.next()
    return xs


def test_the_shortcut_table_reads_right_to_left_as_laid_out(qtbot, window, hebrew):
    """Driven under X: F1 in Hebrew showed what each key does on the left and the key on the right
    (Qt ignores a table's dir): the description must come first, on the right."""
    xs = _cell_x(shortcuts_table(window), rtl=True)
    assert xs["פתיחה…"] > xs["Ctrl+O"], xs
    i18n.install(QApplication.instance(), "en")
    xs = _cell_x(shortcuts_table(window), rtl=False)
    assert xs["Open…"] < xs["Ctrl+O"], xs


def test_the_about_box_credits_what_tamtzit_runs_on(qtbot):
    """Its "Built with" line named sumy, which the app never runs nor ships, and left out
    charset-normalizer, lxml and platformdirs, which it does: every runtime dependency in
    pyproject.toml is credited, in both languages."""
    import tomllib

    from PySide6.QtWidgets import QApplication

    from app.ui import i18n
    from app.ui.actions import about_credits
    from tests.conftest import ROOT

    names = {"PySide6-Essentials": "Qt for Python", "numpy": "NumPy", "scipy": "SciPy"}
    needed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    needed = [names.get(d, d) for d in (re.split(r"[<>=!~; \[]", dep, maxsplit=1)[0] for dep in needed)]
    app = QApplication.instance()
    try:
        for language in ("en", "he"):
            i18n.install(app, language)
            credits = " ".join(about_credits())
            assert [n for n in needed if n not in credits] == [], language
            assert "sumy (Apache" in credits or "sumy ‏(Apache" in credits  # credited for the methods, not as a part
            assert not re.search(r"Built with[^;]*sumy", credits)
    finally:
        i18n.install(app, "en")


def test_each_english_menu_item_has_its_own_alt_letter(qtbot, window):
    """Alt+letter picks a menu item only when no other item of that menu has the letter: "&Serif
    font" and "Line &spacing" both took S, "&Normal size" and "Go to &names" both N, and the theme
    and language items had none. Hebrew menus go without (tests above)."""
    from PySide6.QtWidgets import QMenu

    def letter(text: str) -> str | None:
        m = re.search(r"&([^&])", text)
        return m.group(1).lower() if m else None

    for menu in [window.menuBar()] + window.menuBar().findChildren(QMenu):
        items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text()]
        items = [a for a in items if not re.search("[\u0590-\u05ff]", a.text())]  # "עברית" goes without
        letters = [letter(a.text()) for a in items]
        assert None not in letters, [a.text() for a in items if letter(a.text()) is None]
        assert len(set(letters)) == len(letters), [a.text() for a in items]
