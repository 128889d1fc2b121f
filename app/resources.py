"""Where the bundled resources (fonts, models, translations, icons, samples) live.

Every module asks here rather than walking up from its own `__file__`, so the same lookup works from
a source checkout (`<project>/resources`) and from a PyInstaller bundle, which unpacks data next to
the frozen modules under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "resources" if frozen else _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """`resource_path("samples", "seed.txt")` → the file inside the resources folder (may not exist)."""
    return resources_root().joinpath(*parts)
