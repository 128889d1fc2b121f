"""Each rule the window shares with the core is defined once: the window reads the core's."""

from __future__ import annotations

from app.core.entities import LABEL_NAMES, LABELS
from app.ui import i18n
from app.ui.entity_panel import label_names
from app.ui.palette import DARK, LIGHT


def test_entity_type_names_are_the_cores_translated(qtbot):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    i18n.install(app, "en")
    assert label_names() == LABEL_NAMES
    assert tuple(label_names()) == LABELS
    i18n.install(app, "he")
    try:
        hebrew = label_names()
        assert hebrew["ORG"] == "ארגונים" and hebrew["PER"] == "אנשים"
        assert all(hebrew[k] != LABEL_NAMES[k] for k in LABELS)  # every one translated
    finally:
        i18n.install(app, "en")


def test_every_type_has_one_colour_per_theme():
    assert tuple(LIGHT) == tuple(DARK) == LABELS


def test_entity_colours_are_written_only_in_the_palette():
    """A second copy of a label's colour (theme.py and export.py once differed) would drift."""
    from pathlib import Path

    import app

    colours = {c.lower() for c in (*LIGHT.values(), *DARK.values())}
    root = Path(app.__file__).parent
    elsewhere = [
        (str(f.relative_to(root)), c)
        for f in root.rglob("*.py")
        if f.name != "palette.py"
        for c in colours
        if c in f.read_text(encoding="utf-8").lower()
    ]
    assert elsewhere == []
