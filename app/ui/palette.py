"""The colour of each entity type: the one definition the window, the legend, the names panel and
every export use.

Thirteen types cannot each get a pure hue that everyone tells apart, so the colours were chosen
from the Okabe–Ito and Paul Tol palettes (designed for colour-vision deficiencies) by maximising the
smallest CIEDE2000 distance between any two of them, and the body text, as seen with normal vision
and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009):
tests/ui/test_palette.py keeps every pair at least 6 apart, and each colour readable on its theme's
background. Light colours sit on a white page, dark ones on the dark theme's base.
"""

from __future__ import annotations

from ..core.entities import LABELS

LIGHT: dict[str, str] = {
    "PER": "#0077bb", "ORG": "#aa3377", "GPE": "#228833", "LOC": "#8f5e00", "FAC": "#666633",
    "EVE": "#ee6677", "WOA": "#cc79a7", "DUC": "#aa4499", "ANG": "#009e73", "DATE": "#777777",
    "TIME": "#225522", "MONEY": "#999933", "PERCENT": "#882255",
}
DARK: dict[str, str] = {
    "PER": "#6699cc", "ORG": "#ee3377", "GPE": "#44bb99", "LOC": "#997700", "FAC": "#bbcc33",
    "EVE": "#ee8866", "WOA": "#cc79a7", "DUC": "#ee99aa", "ANG": "#009988", "DATE": "#33bbee",
    "TIME": "#f0e442", "MONEY": "#aaaa00", "PERCENT": "#99ddff",
}
assert set(LIGHT) == set(DARK) == set(LABELS)
# the background of a summary sentence (the window also shades the top-ranked ones darker)
SUMMARY = {"light": "#fff3bf", "dark": "#4a4220"}


def label_colors(dark: bool) -> dict[str, str]:
    """type -> "#rrggbb" for the light or the dark theme."""
    return dict(DARK if dark else LIGHT)


def page_css(selector: str = ".{label}") -> str:
    """CSS giving each type its colour (text and underline) and summary sentences (<mark>) their
    shade, the dark ones under `prefers-color-scheme: dark`: an exported page looks like the window
    in the reader's browser theme."""

    def rules(colors: dict[str, str], theme: str) -> str:
        marks = f"mark {{ background: {SUMMARY[theme]}; color: inherit; }} "
        return marks + " ".join(f"{selector.format(label=k)} {{ color: {v}; border-color: {v}; }}" for k, v in colors.items())

    return f":root {{ color-scheme: light dark; }}\n{rules(LIGHT, 'light')}\n@media (prefers-color-scheme: dark) {{ {rules(DARK, 'dark')} }}\n"
