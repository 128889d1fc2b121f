"""File dialogs read right in the Hebrew interface (issue 16 item 5), on Qt's own dialog."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QListView, QTreeView

from app.core.safe_text import FSI
from app.ui import i18n
from app.ui.file_dialogs import LRI, file_dialog


def shown_dialog(qtbot, folder, title: str, filters: str) -> QFileDialog:
    """Qt's own dialog (what a desktop without GTK or KDE integration gets), on screen."""
    dialog = file_dialog(None, title, str(folder), filters)
    dialog.setOption(dialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_names_sizes_and_filters_keep_their_direction_in_hebrew(qtbot, tmp_path):
    for name in ("1.txt", "כתבה.txt", "notes.md", "picture.png"):
        (tmp_path / name).write_text("טקסט", encoding="utf-8")
    app = QApplication.instance()
    try:
        i18n.install(app, "he")
        dialog = shown_dialog(qtbot, tmp_path, "פתיחה", "טקסטים (*.txt *.md);;כל הקבצים (*)")
        view = dialog.findChild(QTreeView, "treeView")
        # the filter still filters: Qt parses "⁦טקסטים (*.txt *.md)" (the picture is not listed)
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 3)
        qtbot.wait(200)
        assert view.model().rowCount(view.rootIndex()) == 3
        painted = view.itemDelegate()

        def shown(row: int, column: int) -> str:
            return painted.displayText(view.model().index(row, column, view.rootIndex()).data(), QLocale())

        assert {shown(r, 0) for r in range(3)} == {FSI + "1.txt\u2069", FSI + "כתבה.txt\u2069", FSI + "notes.md\u2069"}
        assert all(shown(r, 1).startswith(FSI) for r in range(3))  # sizes
        folders = dialog.findChild(QComboBox, "lookInCombo")  # the folder path and its parents
        assert folders.itemDelegate().displayText(folders.itemText(0), QLocale()).startswith(FSI)
        assert not folders.grab().isNull()  # painted left to right by our filter, without error
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert "חיפוש בתוך:" in labels and "סוג הקבצים:" in labels
        assert all(f.startswith(LRI) for f in dialog.nameFilters())
        row = next(r for r in range(3) if view.model().index(r, 0, view.rootIndex()).data() == "1.txt")
        view.setCurrentIndex(view.model().index(row, 0, view.rootIndex()))  # as a click does
        assert dialog.selectedFiles() == [str(tmp_path / "1.txt")]  # the real path, with no marks
    finally:
        i18n.install(app, "en")


def test_the_hebrew_dialog_shows_no_mnemonic_underlines(qtbot, tmp_path):
    """Driven under X: Qt's Hebrew "&שם קובץ:" and "&פתח" drew an underline that reads as a vowel
    point (שֵם, פְתח), as the menus did before they lost theirs."""
    from PySide6.QtWidgets import QPushButton

    app = QApplication.instance()
    try:
        i18n.install(app, "he")
        dialog = shown_dialog(qtbot, tmp_path, "פתיחה", "טקסטים (*.txt)")
        shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.isVisible()]
        assert any("קובץ" in t for t in shown) and any("פתח" in t for t in shown), shown
        assert not any("&" in t for t in shown if any("\u0590" <= c <= "\u05ff" for c in t)), shown
    finally:
        i18n.install(app, "en")
    dialog = shown_dialog(qtbot, tmp_path, "Open", "Texts (*.txt)")
    assert "&" in dialog.labelText(QFileDialog.FileName)  # English keeps its Alt+N


def test_every_column_of_the_file_list_shows_whole(qtbot, tmp_path):
    """Seen under X: Qt's dialog opened at 630 px with its "Date Modified" cut to "30 11 2…6 10:07"
    and the type to "pla…ent". The dialog opens wide enough, and the size, type and date columns
    fit what they show once the folder is read."""
    names = ["seed-netanyahu-putin.txt", "notes.md"] + [f"{n}.txt" for n in range(40)]  # a scroll bar
    for name in names:
        (tmp_path / name).write_text("טקסט", encoding="utf-8")
    for language in ("en", "he"):
        app = QApplication.instance()
        try:
            i18n.install(app, language)
            dialog = shown_dialog(qtbot, tmp_path, "Open", "Texts (*.txt *.md)")
            view = dialog.findChild(QTreeView, "treeView")
            qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == len(names))
            header = view.header()
            qtbot.waitUntil(lambda: all(header.sectionSize(c) >= view.sizeHintForColumn(c) for c in (1, 2, 3)))
            qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
            shown = sum(header.sectionSize(c) for c in range(4) if not header.isSectionHidden(c))
            assert shown <= view.viewport().width(), (shown, view.viewport().width())
            assert header.sectionSize(0) >= view.sizeHintForColumn(0)  # the names whole too
            dialog.resize(dialog.width() - 120, dialog.height())  # the reader narrows it: the name gives way
            qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(4) if not header.isSectionHidden(c)) <= view.viewport().width())
            assert all(header.sectionSize(c) >= view.sizeHintForColumn(c) for c in (1, 2, 3))  # the date stays whole
            places = dialog.findChild(QListView, "sidebar")
            assert places.viewport().width() >= places.sizeHintForColumn(0)  # "Computer", the home folder
        finally:
            i18n.install(app, "en")
