"""The shipped Hebrew lexicon (resources/hebrew), loaded once on first use.

Two files, kept apart because their sources carry different licences (see resources/hebrew/README.md):
- vocabulary.txt.xz: Hebrew word forms with their Zipf frequency, derived from wordfreq's list.
- prefix-model.json: per-proclitic weights and the analyses the weights get wrong, learned from
  the gold segmentation of NEMO train (the Hebrew Treebank).
"""

from __future__ import annotations

import json
import lzma
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "hebrew"
VOCABULARY = RESOURCES / "vocabulary.txt.xz"
MODEL = RESOURCES / "prefix-model.json"
ENCODING = "cp1255"  # one byte per Hebrew letter: halves the file before compression


@dataclass
class Lexicon:
    zipf: dict[str, float]  # word form -> Zipf frequency (log10 per billion words)
    floor: float  # stands for the frequency of a word not in `zipf`
    weights: dict[str, list[float]] = field(default_factory=dict)  # proclitic -> bias + weights
    analyses: dict[str, str] = field(default_factory=dict)  # word -> its gold written prefix


def read_vocabulary(path: Path = VOCABULARY) -> dict[str, float]:
    """Lines are words; a line "@45" starts the words of Zipf frequency 4.5."""
    zipf: dict[str, float] = {}
    current = 0.0
    for line in lzma.decompress(path.read_bytes()).decode(ENCODING).splitlines():
        if line.startswith("@"):
            current = int(line[1:]) / 10
        elif line:
            zipf[line] = current
    return zipf


def write_vocabulary(zipf: dict[str, float], path: Path = VOCABULARY) -> None:
    buckets: dict[int, list[str]] = {}
    for word, z in zipf.items():
        buckets.setdefault(round(z * 10), []).append(word)
    lines = []
    for bucket in sorted(buckets, reverse=True):
        lines.append(f"@{bucket}")
        lines.extend(sorted(buckets[bucket]))
    path.write_bytes(lzma.compress("\n".join(lines).encode(ENCODING), preset=9 | lzma.PRESET_EXTREME))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon; without its files the layer still works but strips no prefixes."""
    try:
        zipf = read_vocabulary()
        model = json.loads(MODEL.read_text(encoding="utf-8"))
    except (OSError, ValueError, lzma.LZMAError):
        return Lexicon(zipf={}, floor=0.0)
    return Lexicon(zipf, model["floor"], model["weights"], model["analyses"])
