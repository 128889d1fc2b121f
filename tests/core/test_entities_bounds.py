"""The tagger's memory and time are bounded by design (issue 15): chunks, capped CRF sentences, a
streamed long document giving the names a short one gives, and grouping that scales linearly."""

from __future__ import annotations

import gc
import random
import time
from dataclasses import replace
from pathlib import Path

from app.core.document import Entity
from app.core.entities import group_entities, tagging
from app.core.entities.model import load_model
from app.core.entities.tagging import Settings, tag_text

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "seed-netanyahu-putin.txt"


class _Spy:
    """The shipped model, recording the length of every token run its CRF is given."""

    def __init__(self) -> None:
        self.model = load_model()
        self.lengths: list[int] = []

    def __getattr__(self, name):
        return getattr(self.model, name)

    def crf_spans(self, tokens, heads=False):
        self.lengths.append(len(tokens))
        return self.model.crf_spans(tokens, heads)


def test_the_crf_never_sees_more_than_a_capped_run_of_tokens():
    spy = _Spy()
    text = ", " * 30_000 + "נתניהו נפגש עם פוטין " * 500  # one huge line, no sentence end
    tag_text(text, spy)
    assert spy.lengths and max(spy.lengths) <= tagging.MAX_TOKENS


def test_a_long_text_streamed_in_small_chunks_gives_the_same_names(monkeypatch):
    text = SAMPLE.read_text(encoding="utf-8") * 3
    model = load_model()
    whole = tag_text(text, model, model.settings)
    assert whole
    monkeypatch.setattr(tagging, "CHUNK_CHARS", 700)  # many chunks, cut at line breaks
    monkeypatch.setattr(tagging, "KEEP_TOKENS", 0)  # tokens re-read from the text in every pass
    assert tag_text(text, model, model.settings) == whole


def test_a_text_without_spaces_is_cut_into_chunks_too(monkeypatch):
    monkeypatch.setattr(tagging, "CHUNK_CHARS", 1000)
    cuts = list(tagging._chunks("." * 10_500, lambda: None))
    assert len(cuts) == 11
    assert sum(len(t) for c in cuts for t in c.sentences) == 10_500


def test_a_higher_threshold_shows_only_surer_names():
    text = SAMPLE.read_text(encoding="utf-8")
    model = load_model()
    crf_only = Settings(titles=False, propagate=False, first_names=False, heads=False, pairs=False, offices=False)
    low = tag_text(text, model, replace(crf_only, threshold=0.0))
    high = tag_text(text, model, replace(crf_only, threshold=0.9))
    assert len(high) < len(low)
    assert set(high) <= set(low)
    assert all(conf >= 0.9 for *_, conf in high)


def test_cancelling_stops_between_chunks(monkeypatch):
    monkeypatch.setattr(tagging, "CHUNK_CHARS", 500)
    calls = []

    def check():
        calls.append(1)
        if len(calls) > 3:
            raise KeyboardInterrupt

    try:
        tag_text(SAMPLE.read_text(encoding="utf-8") * 4, load_model(), Settings(), check)
    except KeyboardInterrupt:
        pass
    assert len(calls) == 4


def _names(n: int, seed: int = 1) -> tuple[str, list[Entity]]:
    rng = random.Random(seed)
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    parts, entities, pos = [], [], 0
    for _ in range(n):
        words = " ".join("".join(rng.choice(letters) for _ in range(5)) for _ in range(rng.choice((1, 2, 3))))
        entities.append(Entity(pos, pos + len(words), rng.choice(("PER", "ORG", "GPE")), words))
        parts.append(words)
        pos += len(words) + 1
    return " ".join(parts), entities


def _cpu(n: int) -> float:
    """Least CPU time of five runs, the garbage collector paused (a collection landing in one
    run is noise of the size measured)."""
    text, entities = _names(n)
    best = float("inf")
    gc.disable()
    try:
        for _ in range(5):
            t0 = time.process_time()
            group_entities(text, entities)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


def test_grouping_scales_linearly_with_the_number_of_names():
    # all pairs compared took 7.3 s for 4,000 names and four times that for twice as many
    small, large = _cpu(3000), _cpu(6000)
    assert large < 3 * small + 0.05
