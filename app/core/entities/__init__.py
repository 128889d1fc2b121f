"""Named entities: the trained model, rules and document-level grouping.

`find_entities` tags people, organisations, places, events, works, products and languages with the
CRF model shipped in resources/models (loaded on first call, not at import, so the window paints
first), and dates, times, sums of money and percentages by rule. Offsets are into the text given.
"""

from __future__ import annotations

from bisect import bisect_left

from ..document import Entity, Span
from .grouping import group_entities

__all__ = ["find_entities", "group_entities", "LABELS", "LABEL_NAMES", "ModelUnavailable"]

LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "EVE", "WOA", "DUC", "ANG", "DATE", "TIME", "MONEY", "PERCENT")
# English names of the labels, for the CLI and exports; the window shows translated ones
LABEL_NAMES: dict[str, str] = {
    "PER": "People",
    "ORG": "Organisations",
    "GPE": "Countries and cities",
    "LOC": "Places",
    "FAC": "Buildings and sites",
    "EVE": "Events",
    "WOA": "Works",
    "DUC": "Products",
    "ANG": "Languages",
    "DATE": "Dates",
    "TIME": "Times",
    "MONEY": "Money",
    "PERCENT": "Percentages",
}


class ModelUnavailable(RuntimeError):
    """The model files are missing or damaged: names cannot be marked, everything else works
    (raised by model.load_model; analyze() records it and goes on)."""


def find_entities(text: str, exclude: list[Span] | None = None, names: bool = True) -> list[Entity]:
    """Entity mentions in `text`, in order, none overlapping another or an `exclude` span.

    `names=False` leaves the model out: dates, times, sums and percentages only (what is left to
    show when the model cannot be loaded)."""
    from .rules import rule_entities

    tagged = _names(text) if names else []
    found = tagged + [(a, b, label, 1.0) for a, b, label in rule_entities(text) if not _overlaps(tagged, a, b)]
    found.sort()
    blocked = _merged(sorted((s.start, s.end) for s in exclude or []))
    return [Entity(a, b, label, text[a:b], conf) for a, b, label, conf in found if not _overlaps(blocked, a, b)]


def _names(text: str) -> list[tuple[int, int, str, float]]:
    """The model's (start, end, label, confidence) spans, sorted; ModelUnavailable if it cannot be
    loaded."""
    from .model import load_model
    from .tagging import tag_text

    return tag_text(text, load_model(), load_model().settings)


def _overlaps(spans: list, a: int, b: int) -> bool:
    """Whether [a, b) meets one of `spans`, sorted and not overlapping one another."""
    i = bisect_left(spans, (a,)) - 1
    return any(0 <= j < len(spans) and spans[j][0] < b and a < spans[j][1] for j in (i, i + 1))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
