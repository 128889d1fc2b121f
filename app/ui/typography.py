"""How the article is set: sans or serif Hebrew (both bundled, OFL), line spacing, column width.

The choices are few and named for what a reader sees; each is a number the typesetter uses
(`render.View.line_height`, `render.View.measure`) and the window keeps in the settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont

from .render import BODY_LINE_HEIGHT, MAX_LINE_CHARS

SERIF_FAMILY = "Noto Serif Hebrew"
LINE_SPACINGS = {"compact": 125, "normal": BODY_LINE_HEIGHT, "relaxed": 180}  # percent of the font's height
MEASURES = {"narrow": 60, "medium": MAX_LINE_CHARS, "wide": 100}  # characters to a line


@dataclass(frozen=True)
class Typography:
    serif: bool = False
    line_height: int = BODY_LINE_HEIGHT
    measure: int = MAX_LINE_CHARS


def serif_families() -> list[str]:
    """The bundled serif for Hebrew, then the platform's serif for Latin letters it lacks."""
    latin = QFont()
    latin.setStyleHint(QFont.Serif)
    return [SERIF_FAMILY, latin.defaultFamily()]


def apply_typography(doc, typography: Typography) -> None:
    """Give a document view these settings; its next typesetting (set_look) uses them."""
    doc.typography = typography
    doc.reader.measure = typography.measure


class TypographyTexts(QObject):
    """Menu words for the choices (context TypographyTexts)."""

    def line_spacings(self) -> dict[str, str]:
        return {"compact": self.tr("&Compact"), "normal": self.tr("&Normal"), "relaxed": self.tr("&Relaxed")}

    def measures(self) -> dict[str, str]:
        return {"narrow": self.tr("&Narrow"), "medium": self.tr("&Medium"), "wide": self.tr("&Wide")}

    def line_spacing_tip(self, percent: int) -> str:
        return self.tr("Lines {percent}% of the font's height apart").format(percent=percent)

    def measure_tip(self, chars: int) -> str:
        return self.tr("About {n} characters to a line; narrower in a small window").format(n=chars)


def choice_texts() -> TypographyTexts:
    return TypographyTexts(QCoreApplication.instance())
