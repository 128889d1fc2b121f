"""Which colours one entity type could take, best first: every sRGB colour on a 16-step grid that
keeps 3:1 on its theme's page, the sepia page and the summary shading, ranked by its worst margin
over the floors tests/ui/test_palette.py keeps (5.5 under every vision and 14 with normal vision
from each other type, the NEIGHBOURS' own floors, 25 / 15 from the body text), the other types
as they are (or as given). How the 2026-11 palette was chosen, one type at a time:

    python tools/palette_search.py light ORG --with TIME=#bb7733 [--near '#ee2266']
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ui import palette  # noqa: E402
from tests.ui.colour_vision import contrast, delta_e, lab  # noqa: E402
from tests.ui.test_palette import NEIGHBOURS  # noqa: E402

VISIONS = ("normal", "protan", "deutan", "tritan")
PAGES = {"light": ("#ffffff", "#f6eedb", palette.SUMMARY["light"], palette.SUMMARY_STRONG["light"]),
         "dark": ("#1b1d21", palette.SUMMARY["dark"], palette.SUMMARY_STRONG["dark"])}
TEXT = {"light": "#000000", "dark": "#e6e6e6"}


def _hue(colour: str) -> tuple[float, float]:
    _l, a, b = lab(colour)
    return math.degrees(math.atan2(b, a)) % 360, math.hypot(a, b)


def margin(colour: str, label: str, others: dict[str, str], text: str) -> float:
    """The worst ratio of a distance to its floor over `label`'s pairs (>= 1: every floor kept)."""
    floors = {frozenset((a, b)): least for a, b, least in NEIGHBOURS}
    mine = [lab(colour, v) for v in VISIONS]
    worst = delta_e(mine[0], lab(text)) / 25
    worst = min(worst, min(delta_e(m, lab(text, v)) for m, v in zip(mine[1:], VISIONS[1:])) / 15)
    for other, value in others.items():
        d = [delta_e(m, lab(value, v)) for m, v in zip(mine, VISIONS)]
        least = floors.get(frozenset((label, other)))
        worst = min(worst, min(d) / least if least else min(d[0] / 14, min(d[1:]) / 5.5))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("theme", choices=PAGES)
    ap.add_argument("label", choices=palette.LIGHT)
    ap.add_argument("--with", dest="given", action="append", default=[], help="TYPE=#rrggbb for another type")
    ap.add_argument("--near", help="only colours within 25° of this colour's hue (keep a type's hue across themes)")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    colours = dict(palette.LIGHT if args.theme == "light" else palette.DARK)
    colours.update(dict(g.split("=", 1) for g in args.given))
    others = {k: v for k, v in colours.items() if k != args.label}
    grid = [f"#{r:02x}{g:02x}{b:02x}" for r in range(0, 256, 17) for g in range(0, 256, 17) for b in range(0, 256, 17)]
    grid = [c for c in grid if min(contrast(c, page) for page in PAGES[args.theme]) >= 3]
    if args.near:
        hue = _hue(args.near)[0]
        grid = [c for c in grid if _hue(c)[1] >= 25 and min(abs(_hue(c)[0] - hue), 360 - abs(_hue(c)[0] - hue)) <= 25]
    ranked = sorted(((margin(c, args.label, others, TEXT[args.theme]), c) for c in grid), reverse=True)
    print(f"now {colours[args.label]}: {margin(colours[args.label], args.label, others, TEXT[args.theme]):.2f}")
    for m, c in ranked[: args.top]:
        print(f"{c} {m:.2f}")


if __name__ == "__main__":
    main()
