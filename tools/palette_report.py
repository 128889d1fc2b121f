"""How far apart the entity colours are, as people with and without colour-vision deficiency see
them: the smallest CIEDE2000 distance between two types (and the body text), per theme and vision,
the organisation/product pair under the vision that brings them closest, and each colour's contrast
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

VISIONS = ("normal", "protan", "deutan", "tritan")
OLD_LIGHT = {
    "PER": "#d55e00", "ORG": "#0072b2", "GPE": "#009e73", "LOC": "#009e73", "FAC": "#8f7a00",
    "EVE": "#cc79a7", "WOA": "#cc79a7", "DUC": "#cc79a7", "ANG": "#56b4e9",
    "DATE": "#7f7f7f", "TIME": "#7f7f7f", "MONEY": "#b8860b", "PERCENT": "#b8860b",
}

OLD_SHADES = {"light": ("#fff3bf", "#ffe380"), "dark": ("#4a4220", "#6b5a12")}


def _lighter(hex_: str) -> str:
    from PySide6.QtGui import QColor

    return QColor(hex_).lighter(150).name()


def report(name: str, colours: dict[str, str], base: str, text: str, shades: tuple[str, str]) -> None:
    cells = []
    for vision in VISIONS:
        d, a, b = closest_pair({**colours, "text": text}, vision)
        cells.append(f"{d:.1f} ({a}/{b})")
    org_duc = min(closest_pair({"ORG": colours["ORG"], "DUC": colours["DUC"]}, v)[0] for v in VISIONS)
    page = min(contrast(c, base) for c in colours.values())
    shaded = min(contrast(c, s) for c in colours.values() for s in shades)
    print(f"| {name} | " + " | ".join(cells) + f" | {org_duc:.1f} | {page:.2f} | {shaded:.2f} |")


def main() -> None:
    print("| palette | " + " | ".join(VISIONS) + " | ORG/DUC, closest vision | lowest contrast on the page | on summary shading |")
    print("|---|" + "---|" * (len(VISIONS) + 3))
    for theme, colours, base, text in (("light", palette.LIGHT, "#ffffff", "#000000"), ("dark", palette.DARK, "#1b1d21", "#e6e6e6")):
        report(f"new, {theme}", colours, base, text, (palette.SUMMARY[theme], palette.SUMMARY_STRONG[theme]))
    report("old, light (baseline)", OLD_LIGHT, "#ffffff", "#000000", OLD_SHADES["light"])
    report("old, dark (baseline)", {k: _lighter(v) for k, v in OLD_LIGHT.items()}, "#1b1d21", "#e6e6e6", OLD_SHADES["dark"])


if __name__ == "__main__":
    main()
