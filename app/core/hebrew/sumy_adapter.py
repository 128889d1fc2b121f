"""Our Hebrew layer in the shapes sumy expects: a tokenizer object and a stemmer callable."""

from __future__ import annotations

from .chars import plain
from .prefixes import normalize
from .sentences import split_sentences
from .words import words


class HebrewTokenizer:
    """sumy tokenizer seam (`to_sentences`, `to_words`) backed by our segmenter.

    Words come out without nikud and invisible marks, so sumy's stop-word test sees plain spelling.
    """

    language = "hebrew"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(plain(sentence)))


def stem(word: str) -> str:
    """sumy stemmer seam: sumy lower-cases, then calls this; prefixes off, finals folded."""
    return normalize(word)
