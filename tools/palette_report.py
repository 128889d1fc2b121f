"""How far apart the entity colours are, as people with and without colour-vision deficiency see
them: the smallest CIEDE2000 distance between two types (and the body text), per theme and vision,
the closest of the neighbouring pairs tests/ui/test_palette.py keeps apart (NEIGHBOURS) under the
vision that brings them closest, and each colour's contrast
with the page and the summary shading. Baseline: the palette before issue 14 item 6
(the window's hues, one shared by two or three types, lightened 150% for dark).

    python tools/palette_report.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ui import palette  # noqa: E402
from tests.ui.colour_vision import closest_pair, contrast  # noqa: E402
from tests.ui.test_palette import NEIGHBOURS  # noqa: E402

VISIONS = ("normal", "protan", "deutan", "tritan")
OLD_LIGHT = {
    "PER": "#d55e00", "ORG": "#0072b2", "GPE": "#009e73", "LOC": "#009e73", "FAC": "#8f7a00",
    "EVE": "#cc79a7", "WOA": "#cc79a7", "DUC": "#cc79a7", "ANG": "#56b4e9",
    "DATE": "#7f7f7f", "TIME": "#7f7f7f", "MONEY": "#b8860b", "PERCENT": "#b8860b",
}

# the palette before the neighbouring pairs (organisations and works two magentas, dark times,
# money and people three light blues)
BEFORE_LIGHT = {**palette.LIGHT, "ORG": "#aa3377", "TIME": "#666666"}
BEFORE_DARK = {**palette.DARK, "PER": "#6699cc", "ORG": "#cc79a7", "GPE": "#44bb99", "FAC": "#aaaa00", "TIME": "#88ccee", "MONEY": "#56b4e9"}

OLD_SHADES = {"light": ("#fff3bf", "#ffe380"), "dark": ("#4a4220", "#6b5a12")}


def _lighter(hex_: str) -> str:
    from PySide6.QtGui import QColor

    return QColor(hex_).lighter(150).name()


def report(name: str, colours: dict[str, str], base: str, text: str, shades: tuple[str, str]) -> None:
    cells = []
    for vision in VISIONS:
        d, a, b = closest_pair({**colours, "text": text}, vision)
        cells.append(f"{d:.1f} ({a}/{b})")
    near, a, b = min((closest_pair({a: colours[a], b: colours[b]}, v)[0], a, b) for a, b, _least in NEIGHBOURS for v in VISIONS)
    page = min(contrast(c, base) for c in colours.values())
    shaded = min(contrast(c, s) for c in colours.values() for s in shades)
    print(f"| {name} | " + " | ".join(cells) + f" | {near:.1f} ({a}/{b}) | {page:.2f} | {shaded:.2f} |")


def main() -> None:
    print("| palette | " + " | ".join(VISIONS) + " | closest neighbouring pair, any vision | lowest contrast on the page | on summary shading |")
    print("|---|" + "---|" * (len(VISIONS) + 3))
    for theme, colours, base, text in (("light", palette.LIGHT, "#ffffff", "#000000"), ("dark", palette.DARK, "#1b1d21", "#e6e6e6")):
        report(f"new, {theme}", colours, base, text, (palette.SUMMARY[theme], palette.SUMMARY_STRONG[theme]))
    report("before the neighbouring pairs, light", BEFORE_LIGHT, "#ffffff", "#000000", (palette.SUMMARY["light"], palette.SUMMARY_STRONG["light"]))
    report("before the neighbouring pairs, dark", BEFORE_DARK, "#1b1d21", "#e6e6e6", (palette.SUMMARY["dark"], palette.SUMMARY_STRONG["dark"]))
    report("old, light (baseline)", OLD_LIGHT, "#ffffff", "#000000", OLD_SHADES["light"])
    report("old, dark (baseline)", {k: _lighter(v) for k, v in OLD_LIGHT.items()}, "#1b1d21", "#e6e6e6", OLD_SHADES["dark"])


if __name__ == "__main__":
    main()
