"""BIOES tag sequences <-> token spans."""

from __future__ import annotations


def bioes_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) of BIOES tags; an ill-formed run still counts."""
    if tags.count("O") == len(tags):  # most sentences: one C-speed scan
        return []
    spans = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: the branch for kind "O" below, without splitting the tag
            if start >= 0:
                spans.append((start, i, label))
                start = -1
            continue
        kind, _, lab = tag.partition("-")
        if kind in ("B", "S") or (kind in ("I", "E") and (start < 0 or lab != label)):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, lab
        elif kind == "O":
            if start >= 0:
                spans.append((start, i, label))
            start = -1
            continue
        if kind in ("E", "S"):
            spans.append((start, i + 1, label))
            start = -1
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def span_tags(length: int, label: str) -> list[str]:
    """BIOES tags of one entity `length` tokens long."""
    if length == 1:
        return ["S-" + label]
    return ["B-" + label] + ["I-" + label] * (length - 2) + ["E-" + label]
