"""The colour of each entity type: the one definition the window, the legend, the names panel and
every export use.

Thirteen types cannot each get a pure hue that everyone tells apart, so the colours started from
the Okabe–Ito and Paul Tol palettes (designed for colour-vision deficiencies) and were then moved on
a grid of sRGB colours (tools/palette_search.py) to keep the CIEDE2000 distance between any two of
them, and the body text, as large as possible as seen with normal vision and simulated protanopia,
deuteranopia and tritanopia (Machado et al. 2009). tests/ui/test_palette.py keeps every pair at
least 5.5 apart under every vision and 14 with normal vision (the legend shows them side by side),
the types that stand next to each other in news (tests/ui/test_palette.py NEIGHBOURS: the three
commonest, an organisation and its product or its newspaper, a date and its hour...) at least 10 --
organisations and products 15 -- and each colour readable on its theme's background, the sepia
page and the summary shading. Light colours sit on a white page, dark ones on the dark theme's base.
"""

from __future__ import annotations

from ..core.entities import LABELS

LIGHT: dict[str, str] = {
    "PER": "#0077bb", "ORG": "#ee2266", "GPE": "#117733", "LOC": "#6c8a66", "FAC": "#663333",
    "EVE": "#cc3311", "WOA": "#aa4499", "DUC": "#8866ff", "ANG": "#225555", "DATE": "#777777",
    "TIME": "#bb7733", "MONEY": "#004488", "PERCENT": "#882255",
}
DARK: dict[str, str] = {
    "PER": "#3388cc", "ORG": "#ff5577", "GPE": "#22ee99", "LOC": "#bbcc33", "FAC": "#888844",
    "EVE": "#d55e00", "WOA": "#ee99aa", "DUC": "#8877ff", "ANG": "#009988", "DATE": "#bbbbbb",
    "TIME": "#ffcc66", "MONEY": "#00ccff", "PERCENT": "#ee8866",
}
assert set(LIGHT) == set(DARK) == set(LABELS)
# the background of a summary sentence, and of the top-ranked ones: light enough (dark enough) that
# every type's colour keeps a 3:1 contrast on it
SUMMARY = {"light": "#fff6cc", "dark": "#302b1a"}
# page debris (captions, credits) and removed blocks: grey that reads on either theme's page
DIM = "#8a8a8a"
SUMMARY_STRONG = {"light": "#ffeb99", "dark": "#3f3717"}


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
