"""Named entities: the trained model, rules and document-level grouping (see entities issue)."""

from __future__ import annotations

from ..document import Entity, EntityGroup, Span


def find_entities(text: str, exclude: list[Span] | None = None) -> list[Entity]:
    """Entity mentions in `text` (offsets into it), outside the `exclude` spans.

    No model is shipped yet, so there are none; the signature is what the pipeline and UI rely on.
    """
    return []


def group_entities(text: str, entities: list[Entity]) -> list[EntityGroup]:
    return []
