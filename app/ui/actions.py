"""Menus, shortcuts and tooltips of the main window, in one table so none is forgotten.

Every action is also added to the window itself, so its shortcut works wherever the focus is.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ..core.safe_text import isolate
from .file_dialogs import open_file_names
from .plain import shown_text, tooltip, without_mnemonic
from .typography import LINE_SPACINGS, MEASURES, choice_texts

K = QKeySequence
# what only makes sense once the document is analysed: the window enables these with the analysis
ANALYSIS_ACTIONS = ("copy_summary", "export_summary", "export_article")


class MenuTexts(QObject):
    """The words of the menus, as self.tr literals so that lupdate finds them (context MenuTexts)."""

    def texts(self) -> dict[str, tuple[str, str]]:
        """key -> (menu text, tooltip)."""
        return {
            "open": (self.tr("&Open…"), self.tr("Open one or more files")),
            "paste": (self.tr("&Paste as new document"), self.tr("Open the text on the clipboard as a new document")),
            "export_summary": (self.tr("Export &summary…"), self.tr("Save the summary as .html, .md or .txt")),
            "export_article": (self.tr("Export &annotated article…"), self.tr("Save the article with its summary and entities marked")),
            "close": (self.tr("&Close document"), self.tr("Close the current document")),
            "quit": (self.tr("&Quit"), self.tr("Quit Tamtzit")),
            "copy_summary": (self.tr("Copy s&ummary"), self.tr("Copy the summary, title first, in the article's direction")),
            "show_removed": (self.tr("Show &removed blocks"), self.tr("Show the repeated blocks the cleaner removed")),
            "zoom_in": (self.tr("Zoom &in"), self.tr("Larger article, summary and names")),
            "zoom_out": (self.tr("Zoom &out"), self.tr("Smaller article, summary and names")),
            "zoom_reset": (self.tr("Normal si&ze"), self.tr("Default size of the article, summary and names")),
            "find": (self.tr("&Find in article…"), self.tr("Find words in the article, with or without nikud and prefixes")),
            "find_next": (self.tr("Find ne&xt"), self.tr("Go to the next match in the article")),
            "find_previous": (self.tr("Find pre&vious"), self.tr("Go to the previous match in the article")),
            "filter_names": (self.tr("Filter n&ames"), self.tr("Type to show only the names that match")),
            "next_mention": (self.tr("&Next mention"), self.tr("Next mention of the selected name")),
            "previous_mention": (self.tr("P&revious mention"), self.tr("Previous mention of the selected name")),
            "longer": (self.tr("&Longer summary"), self.tr("One more sentence in the summary")),
            "shorter": (self.tr("S&horter summary"), self.tr("One sentence fewer in the summary")),
            "focus_article": (self.tr("Go to &article"), self.tr("Move the keyboard focus to the article")),
            "focus_summary": (self.tr("Go to su&mmary"), self.tr("Move the keyboard focus to the summary")),
            "focus_entities": (self.tr("Go to &names"), self.tr("Move the keyboard focus to the names and places")),
            "next_tab": (self.tr("Ne&xt document"), self.tr("Switch to the next open document")),
            "previous_tab": (self.tr("Pre&vious document"), self.tr("Switch to the previous open document")),
            "cancel": (self.tr("&Cancel analysis"), self.tr("Stop the analysis of this document")),
            "focus_mode": (self.tr("&Focus mode"), self.tr("Only the article: hide the menus, the summary and the names (F11 or Esc to leave)")),
            "theme_system": (self.tr("&Follow the system"), self.tr("Light or dark as the desktop is")),
            "theme_light": (self.tr("&Light"), self.tr("Always light")),
            "theme_dark": (self.tr("&Dark"), self.tr("Always dark")),
            "theme_sepia": (self.tr("S&epia"), self.tr("Warm paper and brown ink, easier on the eyes for long reading")),
            "serif": (self.tr("S&erif font"), self.tr("Set the article in Noto Serif Hebrew instead of Noto Sans Hebrew")),
            "lang_system": (self.tr("S&ystem language"), self.tr("Hebrew or English as the system is")),
            "lang_he": ("עברית", "עברית"),  # no mnemonic: an underline on a Hebrew letter reads as a vowel point
            "lang_en": ("&English", "English"),
            "shortcuts": (self.tr("&Keyboard shortcuts"), self.tr("List every keyboard shortcut")),
            "about": (self.tr("&About Tamtzit"), self.tr("Version and licences")),
        }

    def titles(self) -> dict[str, str]:
        return {
            "file": self.tr("&File"), "recent": self.tr("Open &recent"), "edit": self.tr("&Edit"),
            "view": self.tr("&View"), "theme": self.tr("&Theme"), "language": self.tr("&Language"),
            "line_spacing": self.tr("Line &spacing"), "measure": self.tr("Column &width"),
            "help": self.tr("&Help"),
        }


_TEXTS = MenuTexts()


def _texts() -> dict[str, tuple[str, str]]:
    return _TEXTS.texts()


def build_menus(w) -> dict:
    actions: dict = {}

    def act(key: str, slot: Callable, *shortcuts, checkable: bool = False) -> QAction:
        a = QAction(w)
        a.setCheckable(checkable)
        a.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            unique: dict[str, QKeySequence] = {}  # a sequence bound twice is ambiguous, so dead
            for s in shortcuts:
                unique.setdefault(K(s).toString(K.PortableText), K(s))
            a.setShortcuts(list(unique.values()))
        w.addAction(a)
        actions[key] = a
        return a

    def doc_call(method: str, *args) -> Callable:
        return lambda: w.document is not None and getattr(w.document, method)(*args)

    act("open", lambda: open_dialog(w), K.Open)
    act("paste", w.paste, K.Paste)
    act("export_summary", lambda: w.export("summary"), "Ctrl+E")
    act("export_article", lambda: w.export("article"), "Ctrl+Shift+E")
    act("close", w.close_tab, K.Close)
    act("quit", w.close, K.Quit)
    act("copy_summary", w.copy_summary, "Ctrl+Shift+C")
    act("show_removed", doc_call("toggle_removed"), "Ctrl+R", checkable=True)
    act("zoom_in", lambda: w.set_zoom(+1), K.ZoomIn, "Ctrl+=")
    act("zoom_out", lambda: w.set_zoom(-1), K.ZoomOut)
    act("zoom_reset", lambda: w.set_zoom(None), "Ctrl+0")
    act("find", doc_call("find"), K.Find)
    act("find_next", doc_call("find", +1), "Ctrl+G")
    act("find_previous", doc_call("find", -1), "Ctrl+Shift+G")
    act("filter_names", lambda: _filter_names(w), "Ctrl+Shift+F")
    act("next_mention", lambda: w.document and w.document.entities.step(+1), "F3")  # Ctrl+G is find next
    act("previous_mention", lambda: w.document and w.document.entities.step(-1), "Shift+F3")
    act("longer", lambda: _nudge_length(w, +1), "Ctrl+]")
    act("shorter", lambda: _nudge_length(w, -1), "Ctrl+[")
    act("focus_article", lambda: w.document and w.document.reader.setFocus(), "Ctrl+1")
    act("focus_summary", lambda: w.document and w.document.focus_in(w.document.summary.list), "Ctrl+2")
    act("focus_entities", lambda: w.document and w.document.focus_in(w.document.entities.tree), "Ctrl+3")
    act("next_tab", lambda: _switch_tab(w, +1), K.NextChild, "Ctrl+PgDown")
    act("previous_tab", lambda: _switch_tab(w, -1), "Ctrl+Shift+Tab", K.PreviousChild, "Ctrl+PgUp")  # shown as people say it
    act("cancel", w.escape, "Esc")  # enabled by the window only while this document's work runs
    # Esc when nothing runs: leaves focus mode, closes the find bar. Not in the menus; the window
    # keeps exactly one of the two enabled, since a sequence two enabled actions share is dead
    act("leave", w.escape, "Esc")
    focus = act("focus_mode", lambda: w.set_focus_mode(not w.focus_mode), "F11", checkable=True)
    focus.setChecked(False)
    themes = QActionGroup(w)
    for theme in ("system", "light", "dark", "sepia"):
        a = act(f"theme_{theme}", lambda t=theme: w.set_theme(t), checkable=True)
        a.setChecked(w.settings.theme == theme)
        themes.addAction(a)
    act("serif", lambda: w.set_typography(serif=actions["serif"].isChecked()), "Ctrl+Shift+T", checkable=True)
    actions["serif"].setChecked(w.settings.serif)
    add_typography_choices(w, actions)
    languages = QActionGroup(w)
    for lang in ("system", "he", "en"):
        a = act(f"lang_{lang}", lambda code=("" if lang == "system" else lang): w.set_language(code), checkable=True)
        a.setChecked((w.settings.language or "system") == lang)
        languages.addAction(a)
    act("shortcuts", lambda: show_shortcuts(w), K.HelpContents)
    act("about", lambda: show_about(w))

    bar = w.menuBar()
    menus = {key: bar.addMenu("") for key in ("file", "edit", "view", "help")}
    menus["recent"] = menus["file"].addMenu("")
    menus["recent"].aboutToShow.connect(lambda: _fill_recent(w, menus["recent"]))
    layout = {
        "file": ["open", "recent", "paste", None, "export_summary", "export_article", None, "close", "quit"],
        "edit": ["copy_summary", None, "find", "find_next", "find_previous", None, "longer", "shorter", None,
                 "filter_names", "next_mention", "previous_mention"],
        "view": ["zoom_in", "zoom_out", "zoom_reset", None, "serif", "line_spacing", "measure", None,
                 "show_removed", "focus_mode", None, "theme", "language", None,
                 "focus_article", "focus_summary", "focus_entities", "next_tab", "previous_tab", None, "cancel"],
        "help": ["shortcuts", "about"],
    }
    menus["theme"] = menus["view"].addMenu("")
    menus["language"] = menus["view"].addMenu("")
    for key in ("line_spacing", "measure"):
        menus[key] = menus["view"].addMenu("")
        for a in actions[f"_{key}"].values():
            menus[key].addAction(a)
    for key in ("system", "light", "dark", "sepia"):
        menus["theme"].addAction(actions[f"theme_{key}"])
    for key in ("system", "he", "en"):
        menus["language"].addAction(actions[f"lang_{key}"])
    for menu_key, items in layout.items():
        menu = menus[menu_key]
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item in menus:
                menu.addMenu(menus[item])
            else:
                menu.addAction(actions[item])
    actions["_menus"] = menus
    return actions


def shortcut_text(sequences: list[QKeySequence]) -> str:
    """Shortcuts as people read them: "Ctrl+Shift+Tab", not Qt's "Ctrl+Shift+Backtab"."""
    shown: list[str] = []
    for seq in sequences:
        text = seq.toString(QKeySequence.PortableText).replace("Backtab", "Tab")
        if text and text not in shown:
            shown.append(text)
    return ", ".join(shown)


def menu_text(text: str) -> str:
    """`text` with its mnemonic marker, except in a right-to-left interface: under Hebrew letters
    the underline reads as a vowel point (הַגדלה), so Hebrew menus go without."""
    return without_mnemonic(text) if QGuiApplication.layoutDirection() == Qt.RightToLeft else text


def retranslate_menus(w, actions: dict) -> None:
    for key, (text, tip) in _texts().items():
        a = actions[key]
        a.setText(menu_text(text))
        shortcut = shortcut_text([a.shortcut()])
        a.setToolTip(tooltip(f"{tip} ({shortcut})" if shortcut else tip))
        a.setStatusTip(tip)
    for key, title in _TEXTS.titles().items():
        actions["_menus"][key].setTitle(menu_text(title))
    texts = choice_texts()
    for key, names, values, tip in (
        ("line_spacing", texts.line_spacings(), LINE_SPACINGS, texts.line_spacing_tip),
        ("measure", texts.measures(), MEASURES, texts.measure_tip),
    ):
        for choice, a in actions[f"_{key}"].items():
            a.setText(menu_text(names[choice]))
            a.setToolTip(tooltip(tip(values[choice])))
    for menu in actions["_menus"].values():
        menu.setToolTipsVisible(True)


def add_typography_choices(w, actions: dict) -> None:
    """Line spacing and column width: three named choices each, one checked (the nearest to the
    saved number, which a hand edit may have set between them)."""
    for key, values, attr in (("line_spacing", LINE_SPACINGS, "line_spacing"), ("measure", MEASURES, "measure")):
        group = QActionGroup(w)
        saved = getattr(w.settings, attr)
        nearest = min(values, key=lambda c: abs(values[c] - saved))
        actions[f"_{key}"] = {}
        for choice, value in values.items():
            a = QAction(w)
            a.setCheckable(True)
            a.setChecked(choice == nearest)
            a.triggered.connect(lambda _c=False, k=attr, v=value: w.set_typography(**{k: v}))
            group.addAction(a)
            actions[f"_{key}"][choice] = a


def open_dialog(w) -> None:
    start = os.path.dirname(w.settings.recent[0]) if w.settings.recent else os.path.expanduser("~")
    paths = open_file_names(
        w, QCoreApplication.translate("MenuTexts", "Open"), start, QCoreApplication.translate("MenuTexts", "Texts (*.txt *.md *.markdown *.html *.htm *.docx *.odt);;All files (*)")
    )
    w.open_paths(paths)


def _fill_recent(w, menu) -> None:
    menu.clear()
    for path in w.settings.recent:
        a = menu.addAction(shown_text(isolate(path, always=True)), lambda p=path: w.open_path(p))
        a.setToolTip(tooltip(isolate(path, always=True)))
        a.setEnabled(os.path.exists(path))
    if not w.settings.recent:
        menu.addAction(QCoreApplication.translate("MenuTexts", "No recent files")).setEnabled(False)


def _switch_tab(w, step: int) -> None:
    n = w.tabs.count()
    if n:
        w.tabs.setCurrentIndex((w.tabs.currentIndex() + step) % n)


def _filter_names(w) -> None:
    """The names filter, its text selected so typing replaces it."""
    doc = w.document
    if doc is not None:
        doc.focus_in(doc.entities.filter)
        doc.entities.filter.selectAll()


def _nudge_length(w, step: int) -> None:
    doc = w.document
    if doc is None:
        return
    doc.summary.step_length(step)


def shortcuts_table(w) -> str:
    """Every shortcut with what it does, as an HTML table in the interface's direction."""
    rtl = QGuiApplication.layoutDirection() == Qt.RightToLeft
    align = "right" if rtl else "left"
    rows = []
    for key, (text, _tip) in _texts().items():
        shortcuts = shortcut_text(w.actions_[key].shortcuts())
        if shortcuts:
            label = escape(without_mnemonic(text))
            cells = [f"<td align='{align}'>{label}</td>", f"<td dir='ltr' align='{align}'>{escape(shortcuts)}</td>"]
            # Qt's rich text lays a table's columns out left to right whatever its dir: in a
            # right-to-left interface the first column (what it does) is put on the right by hand
            rows.append("<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>")
    return f"<table dir='{'rtl' if rtl else 'ltr'}' cellspacing='6'>" + "".join(rows) + "</table>"


def show_shortcuts(w) -> None:
    QMessageBox.information(w, QCoreApplication.translate("MenuTexts", "Keyboard shortcuts"), shortcuts_table(w))


def about_credits() -> list[str]:
    """The data and code Tamtzit is made of with their licences (the entity and prefix models are
    derived from NEMO / the Hebrew Treebank: non-commercial, share-alike), translated."""
    return [
        QCoreApplication.translate("MenuTexts", "Fonts: Noto Sans Hebrew and Noto Serif Hebrew, SIL Open Font License 1.1"),
        QCoreApplication.translate("MenuTexts", "Entity and prefix models: trained on the NEMO corpus over the Hebrew UD Treebank (Bareket & Tsarfaty 2021), CC BY-NC-SA 4.0"),
        QCoreApplication.translate("MenuTexts", "Entity model, more training data: IAHLT Knesset named entities (IAHLT), CC BY 4.0"),
        QCoreApplication.translate("MenuTexts", "Word frequencies: wordfreq by Robyn Speer, CC BY-SA 4.0"),
        QCoreApplication.translate("MenuTexts", "Place and language names: Unicode CLDR, Unicode License v3; first and last names: hebrew-names, MIT"),
        QCoreApplication.translate("MenuTexts", "Names of states and provinces: ISO 3166-2 from Debian iso-codes, LGPL 2.1+; of cities: GeoNames, CC BY 4.0"),
        QCoreApplication.translate("MenuTexts", "Company names: the stock indices' constituents from pytickersymbols (MIT), gathered from Wikipedia"),
        QCoreApplication.translate("MenuTexts", "Built with Qt for Python (LGPL 3), python-bidi (LGPL 3), python-crfsuite (MIT), charset-normalizer (MIT), lxml (BSD), platformdirs (MIT), NumPy and SciPy (BSD); summary methods after sumy (Apache 2.0)"),
    ]


def show_about(w) -> None:
    """What Tamtzit is, and what it is made of (`about_credits`)."""
    from PySide6.QtGui import QPixmap

    from .. import __version__
    from ..resources import resource_path

    credits = about_credits()
    name = QCoreApplication.translate("MenuTexts", "Tamtzit")
    what = QCoreApplication.translate("MenuTexts", "A Hebrew reader that cleans articles, summarizes them and marks the people, places and organizations in them. Everything runs on this computer; nothing is sent anywhere.")
    box = QMessageBox(w)
    box.setWindowTitle(QCoreApplication.translate("MenuTexts", "About Tamtzit"))
    box.setTextFormat(Qt.RichText)
    box.setText(f"<h2>{escape(name)} {escape(__version__)}</h2><p>{escape(what)}</p>")
    box.setInformativeText("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in credits) + "</ul>")
    icon = QPixmap(str(resource_path("icons", "hicolor", "64x64", "apps", "tamtzit.png")))
    if not icon.isNull():
        box.setIconPixmap(icon)
    # credit lines mix directions: the fewer line breaks, the better they read
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 40em; }")
    box.setStandardButtons(QMessageBox.Ok)
    box.exec()
