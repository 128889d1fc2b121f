"""The shipped Hebrew lexicon (resources/hebrew), loaded once on first use.

Two files, kept apart because their sources carry different licences (see resources/hebrew/README.md):
- vocabulary.bin: Hebrew word forms with their Zipf frequency, derived from wordfreq's list, as a
  table that is looked up where it lies instead of being unpacked into a dict: opening it costs a
  read and a checksum (about 2 ms), where building a 226,000-word dict cost 0.2 s of every cold
  `analyze`.
- prefix-model.json: per-proclitic weights and the analyses the weights get wrong, learned from
  the gold segmentation of NEMO train (the Hebrew Treebank).
"""

from __future__ import annotations

import json
import struct
import threading
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...resources import resource_path
from ..lookup import LookupTable

RESOURCES = resource_path("hebrew")
VOCABULARY = RESOURCES / "vocabulary.bin"
MODEL = RESOURCES / "prefix-model.json"
ENCODING = "cp1255"  # one byte per Hebrew letter, and byte order is the letters' order
MAGIC = b"TZVOCAB1"
# magic, CRC-32 of everything after the header, longest word; then (offset, count) per word length
_HEADER = struct.Struct("<8sII")
_GROUP = struct.Struct("<II")
_UNSEEN = object()
MEMO = 1 << 18  # remembered lookups, at most (a long session meets many words): then start afresh


class Vocabulary(LookupTable):
    """Word form -> Zipf frequency (log10 per billion words), read from the bytes of vocabulary.bin.

    Words are grouped by length (in cp1255 bytes); a group is a sorted run of fixed-size records,
    the word's bytes then one byte of tenths of Zipf, so a lookup is a binary search in one group
    with no per-word offsets stored. Answers are memoised: the splitter asks for the same few
    hundred forms many times.
    """

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size or data[:8] != MAGIC:
            raise ValueError("not a Tamtzit vocabulary file")
        _, crc, longest = _HEADER.unpack_from(data)
        if zlib.crc32(memoryview(data)[_HEADER.size :]) != crc:
            raise ValueError("vocabulary file damaged (checksum mismatch)")
        end = _HEADER.size + _GROUP.size * (longest + 1)
        if end > len(data):
            raise ValueError("vocabulary file damaged (header outside the file)")
        self._data = data
        self._groups = [_GROUP.unpack_from(data, _HEADER.size + _GROUP.size * n) for n in range(longest + 1)]
        for size, (offset, count) in enumerate(self._groups):
            if offset < end or offset + count * (size + 1) > len(data):
                raise ValueError("vocabulary file damaged (group outside the file)")
        self._len = sum(count for _, count in self._groups)
        self._seen: dict[str, float | None] = {}
        self._complete = False  # True once load_all has put every word in _seen

    def get(self, word: str, default=None):  # type: ignore[override]  # the hot path: no exception
        seen = self._seen.get(word, _UNSEEN)
        if seen is _UNSEEN:
            if self._complete:
                return default
            if len(self._seen) >= MEMO:
                self._seen.clear()
            seen = self._seen[word] = self._find(word)
        return default if seen is None else seen

    def load_all(self) -> None:
        """Unpack every word into a dict (about 0.1 s, 30 MB): for a process that will analyse many
        documents (`batch` workers), where a dict lookup is ~20× faster than a search in the table."""
        words: dict[str, float | None] = {}
        data = self._data
        for size, (offset, count) in enumerate(self._groups):
            text = data[offset : offset + count * (size + 1)].decode(ENCODING)
            step = size + 1
            words.update(zip([text[i : i + size] for i in range(0, len(text), step)],
                             [ord(c) / 10 for c in text[size::step]]))
        self._seen, self._complete = words, True

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        data = self._data
        for size, (offset, count) in enumerate(self._groups):
            for k in range(count):
                start = offset + k * (size + 1)
                yield data[start : start + size].decode(ENCODING)

    def _find(self, word: str) -> float | None:
        try:
            key = word.encode(ENCODING)
        except UnicodeEncodeError:
            return None
        size = len(key)
        if size >= len(self._groups):
            return None
        offset, count = self._groups[size]
        data, record = self._data, size + 1
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            start = offset + mid * record
            probe = data[start : start + size]
            if probe < key:
                lo = mid + 1
            elif probe > key:
                hi = mid
            else:
                return data[start + size] / 10
        return None


@dataclass
class Lexicon:
    zipf: Mapping[str, float]  # word form -> Zipf frequency (log10 per billion words)
    floor: float  # stands for the frequency of a word not in `zipf`
    weights: dict[str, list[float]] = field(default_factory=dict)  # proclitic -> bias + weights
    analyses: dict[str, str] = field(default_factory=dict)  # word -> its gold written prefix
    problem: str = ""  # why the shipped files could not be used ("" when they were): said to the user


def read_vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    """The vocabulary file, checked (magic, checksum, bounds): ValueError when it is damaged."""
    return Vocabulary(path.read_bytes())


def write_vocabulary(zipf: Mapping[str, float], path: Path = VOCABULARY) -> None:
    """Write `zipf` (frequencies rounded to tenths, 0 to 25.5) in the format Vocabulary reads."""
    by_size: dict[int, list[tuple[bytes, int]]] = {}
    for word, z in zipf.items():
        key = word.encode(ENCODING)
        by_size.setdefault(len(key), []).append((key, round(z * 10)))
    longest = max(by_size, default=0)
    start = _HEADER.size + _GROUP.size * (longest + 1)
    groups, table = [], bytearray()
    for size in range(longest + 1):
        records = sorted(by_size.get(size, []))
        groups.append(_GROUP.pack(start + len(table), len(records)))
        for key, tenths in records:
            table += key + bytes([tenths])
    body = b"".join(groups) + bytes(table)
    path.write_bytes(_HEADER.pack(MAGIC, zlib.crc32(body), longest) + body)


_lock = threading.Lock()
_loaded: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shipped lexicon; without its files the layer still works but strips no prefixes."""
    global _loaded
    if _loaded is None:
        with _lock:  # one load even when two documents are analysed at once
            if _loaded is None:
                _loaded = _read()
    return _loaded


def reset() -> None:
    """Forget the loaded lexicon (tests point the paths elsewhere, then reload)."""
    global _loaded
    with _lock:
        _loaded = None


def problem() -> str:
    """Why the lexicon is missing or damaged, "" if it is whole (loads it: every summary does)."""
    return lexicon().problem


def _read() -> Lexicon:
    """Missing or damaged files degrade the layer (no prefix stripping) and say why, like the NER model."""
    path = VOCABULARY
    try:
        zipf = read_vocabulary(path)
        path = MODEL
        model = json.loads(path.read_text(encoding="utf-8"))
        return Lexicon(zipf, float(model["floor"]), dict(model["weights"]), dict(model["analyses"]))
    except FileNotFoundError:
        return Lexicon(zipf={}, floor=0.0, problem=f"{path.name} is missing")
    except (OSError, ValueError, TypeError, KeyError, IndexError, struct.error) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return Lexicon(zipf={}, floor=0.0, problem=f"{path.name} is damaged ({reason})")


def load_all() -> None:
    """Unpack the whole vocabulary now (see Vocabulary.load_all): for processes that analyse many texts."""
    zipf = lexicon().zipf
    if isinstance(zipf, Vocabulary):
        zipf.load_all()
