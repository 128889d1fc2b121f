"""Window tests: a private config directory per test, helpers to open and wait."""

from __future__ import annotations

import re

import pytest

from app.core.analyze import analyze
from app.core.document import Analysis, Entity, EntityGroup


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("TAMTZIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TAMTZIT_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("TAMTZIT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "config"


@pytest.fixture
def window(qtbot):
    from app.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    for doc in w.documents():
        doc.cancel()


def open_and_wait(qtbot, w, path, timeout=60000):
    with qtbot.waitSignal(w.analysis_ready, timeout=timeout):
        doc = w.open_path(str(path))
    return doc


def with_entities(text: str) -> Analysis:
    """The real analysis of `text` plus entities at the real offsets of a few names in it, grouped as
    the NER stage groups them (the model lands separately; the window must already show them)."""
    a = analyze(text)
    names = {"נתניהו": "PER", "פוטין": "PER", "מוסקבה": "GPE", "רוסיה": "GPE", "הקרמלין": "FAC", "קרמלין": "FAC"}
    ents: list[Entity] = []
    for name, label in names.items():
        for m in re.finditer(name, a.text):
            if not any(e.start <= m.start() < e.end for e in ents):
                ents.append(Entity(m.start(), m.end(), label, name))
    ents.sort(key=lambda e: e.start)
    a.entities = ents
    by_name: dict[str, list[int]] = {}
    for i, e in enumerate(ents):
        key = "קרמלין" if e.text == "הקרמלין" else e.text
        by_name.setdefault(key, []).append(i)
    a.groups = [EntityGroup(n, ents[m[0]].label, tuple(m)) for n, m in by_name.items()]
    return a
