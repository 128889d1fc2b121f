"""Look: the bundled Hebrew font, light/dark palettes that follow the system, highlight colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from .palette import DIM, SUMMARY, SUMMARY_STRONG, label_colors

FONT_FAMILY = "Noto Sans Hebrew"
BASE_POINT_SIZE = 13
_fonts_loaded = False


def load_fonts() -> list[str]:
    """Register the bundled font(s); returns the family list the article is set in."""
    global _fonts_loaded
    if not _fonts_loaded:
        for f in sorted((resource_path("fonts")).glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(f))
        _fonts_loaded = True
    return [FONT_FAMILY, QGuiApplication.font().family()]


def use_ui_font(app: QApplication) -> None:
    """The interface's Hebrew in the bundled font too; Latin falls back to the platform's."""
    font = app.font()
    if FONT_FAMILY not in font.families():
        base = font.family()
        font.setFamilies([FONT_FAMILY, base])
        load_fonts()
        app.setFont(font)


def set_heading_font(label, point_size: float = 13) -> None:
    """Bold (and `point_size`, 0 = as it is) through the widget's font, never a style sheet: a
    widget with a style sheet keeps the palette it was polished with and stops following the theme."""
    font = label.font()
    font.setBold(True)
    if point_size:
        font.setPointSizeF(point_size)
    label.setFont(font)


def article_font(zoom: int = 0, serif: bool = False) -> QFont:
    font = QFont()
    families = load_fonts()
    if serif:
        from .typography import serif_families

        families = serif_families() + families
    font.setFamilies(families)
    font.setPointSize(max(6, BASE_POINT_SIZE + zoom))
    return font


def reading_scale(article: QFont) -> float:
    """How far the reading zoom (settings.zoom, through `article_font`) has scaled the article: the
    summary and the names are text to read too, and follow it by this same factor."""
    return article.pointSizeF() / BASE_POINT_SIZE


def scaled(font: QFont, scale: float) -> QFont:
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * scale)
    return out


@dataclass(frozen=True)
class Colors:
    dark: bool
    text: str
    dim: str
    summary: str  # background of a summary sentence
    summary_strong: str  # the top-ranked ones
    current: str  # the occurrence the user is looking at
    mention: str  # the other occurrences of the same name
    removed: str
    labels: dict[str, str]


def colors(palette: QPalette | None = None) -> Colors:
    palette = palette or QGuiApplication.palette()
    dark = palette.color(QPalette.Base).lightness() < 128
    if dark:
        return Colors(True, palette.color(QPalette.Text).name(), DIM, SUMMARY["dark"], SUMMARY_STRONG["dark"], "#2f78b0", "#1d3b52", "#5a2a2a", label_colors(True))
    return Colors(False, palette.color(QPalette.Text).name(), DIM, SUMMARY["light"], SUMMARY_STRONG["light"], "#7cc4ff", "#d9eeff", "#fbe3e3", label_colors(False))


def apply_theme(app: QApplication, theme: str) -> None:
    """"system" keeps the platform palette (it is already dark when the desktop is); "light" and
    "dark" set Fusion with an explicit palette so the choice holds on every platform."""
    if theme == "system":
        native = app.property("tamtzit_native_style")
        if native and app.style().name().lower() != str(native).lower():
            app.setStyle(native)
        app.setPalette(QPalette())  # an empty palette resolves to the platform's own
        return
    if app.property("tamtzit_native_style") is None:
        app.setProperty("tamtzit_native_style", app.style().name())
    if app.style().name().lower() != "fusion":  # setting it again would rebuild and repolish every widget
        app.setStyle("Fusion")
    if theme == "sepia":
        app.setPalette(_sepia_palette())
    else:
        app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


# The two palettes Tamtzit sets itself, role by role: (dark, sepia). Sepia is warm paper and brown
# ink, as e-readers set it: less glare than white, more contrast than grey (text on base 11:1, WCAG
# AAA). None leaves the role to Qt's default.
_ROLES: dict[QPalette.ColorRole, tuple[str | None, str]] = {
    QPalette.Window: ("#23262b", "#ede2c8"),
    QPalette.WindowText: ("#e6e6e6", "#3b2f22"),
    QPalette.Base: ("#1b1d21", "#f6eedb"),
    QPalette.AlternateBase: ("#262a30", "#efe4c9"),
    QPalette.Text: ("#e6e6e6", "#3b2f22"),
    QPalette.Button: ("#2c3036", "#e6d9ba"),
    QPalette.ButtonText: ("#e6e6e6", "#3b2f22"),
    QPalette.Highlight: ("#2f6ea5", "#a0703c"),
    QPalette.HighlightedText: ("#ffffff", "#ffffff"),
    QPalette.ToolTipBase: ("#2c3036", "#fbf6e9"),
    QPalette.ToolTipText: ("#e6e6e6", "#3b2f22"),
    QPalette.PlaceholderText: ("#8a8a8a", "#8a7a62"),
    QPalette.Link: ("#7ab8ff", "#7a4a12"),
    QPalette.BrightText: ("#ff6b6b", "#b00020"),
    QPalette.Mid: ("#3a3f46", "#c9b78f"),
    QPalette.Dark: ("#15171a", "#a8956b"),
    QPalette.Light: ("#3a3f46", "#fbf6e9"),
    QPalette.Midlight: (None, "#f1e7cf"),
}
_DISABLED_TEXT = ("#7a7a7a", "#9a8a70")


def _sepia_palette() -> QPalette:
    return _palette(1)


def _dark_palette() -> QPalette:
    return _palette(0)


def _palette(column: int) -> QPalette:
    """The palette of one column of _ROLES, disabled text greyed."""
    p = QPalette()
    for role, colors in _ROLES.items():
        if colors[column] is not None:
            p.setColor(role, QColor(colors[column]))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(_DISABLED_TEXT[column]))
    return p
