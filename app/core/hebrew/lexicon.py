"""The shipped Hebrew lexicon (resources/hebrew), loaded once on first use.

Two files, kept apart because their sources carry different licences (see resources/hebrew/README.md):
- vocabulary.txt.xz: Hebrew word forms with their Zipf frequency, derived from wordfreq's list.
- prefix-model.json: per-proclitic weights and the analyses the weights get wrong, learned from
  the gold segmentation of NEMO train (the Hebrew Treebank).
"""

from __future__ import annotations

import json
import lzma
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ...resources import resource_path

RESOURCES = resource_path("hebrew")
VOCABULARY = RESOURCES / "vocabulary.txt.xz"
MODEL = RESOURCES / "prefix-model.json"
ENCODING = "cp1255"  # one byte per Hebrew letter: halves the file before compression
_ZIPF_ZERO = 0x40 - 20  # Zipf 2.0 is "@"; Zipf 0 to 8.2 map to printable ASCII, never "\n"


@dataclass
class Lexicon:
    zipf: dict[str, float]  # word form -> Zipf frequency (log10 per billion words)
    floor: float  # stands for the frequency of a word not in `zipf`
    weights: dict[str, list[float]] = field(default_factory=dict)  # proclitic -> bias + weights
    analyses: dict[str, str] = field(default_factory=dict)  # word -> its gold written prefix
    problem: str = ""  # why the shipped files could not be used ("" when they were): said to the user


def read_vocabulary(path: Path = VOCABULARY) -> dict[str, float]:
    """Sorted words, front-coded: a line is the count of letters shared with the previous word (one
    digit), the rest of the word, and one character for its Zipf frequency (tenths; "@" is 2.0)."""
    zipf: dict[str, float] = {}
    previous = ""
    for line in lzma.decompress(path.read_bytes()).decode(ENCODING).split("\n"):
        word = previous[: ord(line[0]) - 48] + line[1:-1]
        zipf[word] = (ord(line[-1]) - _ZIPF_ZERO) / 10
        previous = word
    return zipf


def write_vocabulary(zipf: dict[str, float], path: Path = VOCABULARY) -> None:
    lines = []
    previous = ""
    for word in sorted(zipf):
        shared = 0
        while shared < min(len(word), len(previous), 9) and word[shared] == previous[shared]:
            shared += 1
        lines.append(f"{shared}{word[shared:]}{chr(_ZIPF_ZERO + round(zipf[word] * 10))}")
        previous = word
    path.write_bytes(lzma.compress("\n".join(lines).encode(ENCODING), preset=9 | lzma.PRESET_EXTREME))


_lock = threading.Lock()
_loaded: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shipped lexicon; without its files the layer still works but strips no prefixes."""
    global _loaded
    if _loaded is None:
        with _lock:  # one load even when a preload thread and an analysis ask at once
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
    except (OSError, ValueError, TypeError, KeyError, IndexError, EOFError, lzma.LZMAError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return Lexicon(zipf={}, floor=0.0, problem=f"{path.name} is damaged ({reason})")


def preload() -> threading.Thread:
    """Load the lexicon in the background (about 0.2 s), e.g. right after the window first paints."""
    thread = threading.Thread(target=lexicon, name="hebrew-lexicon", daemon=True)
    thread.start()
    return thread
