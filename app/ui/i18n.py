"""Hebrew and English user interface through Qt's translators; the layout mirrors for Hebrew.

Source strings are English; `resources/i18n/tamtzit_he.ts` (edited with Qt Linguist, compiled with
`pyside6-lrelease`) carries the Hebrew. Qt's own dialogs use the `qtbase_he.qm` that PySide6 ships.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

LANGUAGES = ("he", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "he" if QLocale.system().language() == QLocale.Hebrew else "en"


def resolve(language: str) -> str:
    return language if language in LANGUAGES else system_language()


def install(app: QApplication, language: str) -> str:
    """Switch the whole application to `language` ("" = the system's); returns the one in use.

    Qt's own widgets and dialogs follow the LanguageChange events that (un)installing a
    translator sends; ours re-set their texts on `_language.changed`: switching needs no restart.
    """
    language = resolve(language)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "he":
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", "tamtzit_he.qm"))):
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Hebrew), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _installed.append(qt)
    for tr in _installed:
        app.installTranslator(tr)
    app.setLayoutDirection(Qt.RightToLeft if language == "he" else Qt.LeftToRight)
    _language.changed.emit()
    return language


class _Language(QObject):
    changed = Signal()


_language = _Language()


def follow_language(widget) -> None:
    """Call `widget.retranslate()` whenever the interface language changes (and once now).

    A signal, not an event filter: a filter written in Python is called for every event the
    widget gets, each call waiting for the GIL while the worker analyses, and a repaint of the
    window cost ~1 ms per call (benchmarks/ui_bench.py)."""
    _language.changed.connect(widget.retranslate)
    widget.retranslate()
