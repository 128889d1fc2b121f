"""The tokenizer the summarizers count with: sentences, then words without nikud or invisible marks.

The app's own, at run time (summarize/terms.py, frequency.py). It has the shape of sumy's tokenizer
seam (`to_sentences`, `to_words`), so the sumy reference in tools/ and the benchmarks run sumy over
exactly the same words; hebrew/prefixes.normalize fits sumy's stemmer seam the same way.
"""

from __future__ import annotations

from .chars import plain
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

