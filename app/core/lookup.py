"""The read-only word tables' shared shape: `get` is the primitive, `[]` and `in` are built on it.

The Hebrew vocabulary (hebrew/lexicon.Vocabulary) and the entity model's big lists
(entities/table.SortedTable) are searched, not hashed; a lookup that misses is the common case on
their hot paths, so it returns a default instead of raising.
"""

from __future__ import annotations

from collections.abc import Mapping


class LookupTable(Mapping):
    """A Mapping from words whose subclasses define `get`, `__iter__` and `__len__`; a stored value
    is never None."""

    def get(self, key: str, default=None):  # pragma: no cover - each table defines its own
        raise NotImplementedError

    def __getitem__(self, key: str):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None
