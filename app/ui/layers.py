"""What covers each stretch of a paragraph — a summary sentence, an entity — shared by the reader and
the exports so that both mark exactly the same characters."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..core.document import Analysis, Passage, Span


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    summary: int | None = None  # index into Analysis.summary
    entity: int | None = None  # index into Analysis.entities


class Marks:
    """Sorted (start, end, index) lists built once per rendering, so a 1 MB text costs one sort."""

    def __init__(self, analysis: Analysis, hidden_labels: frozenset[str] = frozenset()) -> None:
        self.summary = sorted(
            (*analysis.summary_span(item), k) for k, item in enumerate(analysis.summary)
        )
        self.entities = sorted(
            (e.start, e.end, k)
            for k, e in enumerate(analysis.entities)
            if e.label not in hidden_labels and e.end > e.start
        )
        self._summary_starts = [s for s, _, _ in self.summary]
        self._entity_starts = [s for s, _, _ in self.entities]

    def runs(self, paragraph: Span | Passage) -> list[Run]:
        """Maximal runs of `paragraph` with one summary sentence and one entity (or none) over them."""
        a, b = paragraph.start, paragraph.end
        cover_s = _overlapping(self.summary, self._summary_starts, a, b)
        cover_e = _overlapping(self.entities, self._entity_starts, a, b)
        cuts = {a, b}
        for s, e, _ in cover_s + cover_e:
            cuts.update(x for x in (s, e) if a < x < b)
        points = sorted(cuts)
        out: list[Run] = []
        si = ei = 0
        for x, y in zip(points, points[1:]):
            while si < len(cover_s) and cover_s[si][1] <= x:
                si += 1
            while ei < len(cover_e) and cover_e[ei][1] <= x:
                ei += 1
            s = cover_s[si][2] if si < len(cover_s) and cover_s[si][0] <= x else None
            e = cover_e[ei][2] if ei < len(cover_e) and cover_e[ei][0] <= x else None
            out.append(Run(x, y, s, e))
        return out


def _overlapping(items: list[tuple[int, int, int]], starts: list[int], a: int, b: int) -> list[tuple[int, int, int]]:
    k = max(bisect_left(starts, a) - 1, 0)
    out = []
    while k < len(items) and items[k][0] < b:
        if items[k][1] > a:
            out.append(items[k])
        k += 1
    return out
