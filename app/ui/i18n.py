"""Hebrew and English user interface through Qt's translators; the layout mirrors for Hebrew.

Source strings are English; `resources/i18n/tamtzit_he.ts` (edited with Qt Linguist, compiled with
`pyside6-lrelease`) carries the Hebrew. Qt's own dialogs use the `qtbase_he.qm` that PySide6 ships.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
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

    Installing or removing a translator sends every widget a LanguageChange event, on which each
    of ours re-sets its texts: switching needs no restart.
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
    return language


class _Retranslator(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.LanguageChange:
            watched.retranslate()
        return False


def follow_language(widget) -> None:
    """Call `widget.retranslate()` whenever the interface language changes (and once now)."""
    widget.installEventFilter(_Retranslator(widget))
    widget.retranslate()
