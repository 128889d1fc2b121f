"""A damaged Hebrew lexicon is said in the window, as a damaged entity model is."""

from __future__ import annotations

from app.core.hebrew import lexicon, prefixes
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def test_a_damaged_lexicon_is_reported_in_the_document_bar(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "vocabulary.bin"
    bad.write_bytes(lexicon.VOCABULARY.read_bytes()[:100_000])  # cut short: its checksum fails
    monkeypatch.setattr(lexicon, "VOCABULARY", bad)
    _forget_lexicon()
    try:
        doc = open_and_wait(qtbot, window, SAMPLE)
        assert doc.summary.list.count() >= 1  # degraded, still summarized
        assert doc.bar.isVisibleTo(doc) and "Hebrew lexicon is missing or damaged" in doc.bar_label.text()
        assert "vocabulary.bin" in doc.bar_label.text()
    finally:
        monkeypatch.undo()
        _forget_lexicon()


def _forget_lexicon() -> None:
    lexicon.reset()
    prefixes._segment.cache_clear()
    prefixes.normalize.cache_clear()
