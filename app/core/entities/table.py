"""A read-only string table that costs one `split` to load.

The lexicon's word lists (100,000 word frequencies, 25,000 names) would take a few hundred
milliseconds to hash into dictionaries; kept as the sorted "word<TAB>value" lines they were written
as, a lookup is a binary search and loading is free. Words are looked up once each per document
(features are cached per word), so the search costs nothing that shows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

from ..lookup import LookupTable


class SortedTable(LookupTable):
    def __init__(self, lines: list[str], convert: Callable[[str], object] = str) -> None:
        # sorted "key\tvalue"; a tuple, because the garbage collector stops tracking a tuple of
        # strings, while a list of 100,000 is re-scanned by every full collection: ~10 ms of GIL
        # each time, a visible stall of the window (benchmarks/ui_bench.py)
        self._lines = tuple(lines)
        self._convert = convert

    def get(self, key: str, default=None):
        probe = key + "\t"
        i = bisect_left(self._lines, probe)
        if i < len(self._lines) and self._lines[i].startswith(probe):
            return self._convert(self._lines[i][len(probe) :])
        return default

    def __iter__(self) -> Iterator[str]:
        return (line.partition("\t")[0] for line in self._lines)

    def __len__(self) -> int:
        return len(self._lines)
