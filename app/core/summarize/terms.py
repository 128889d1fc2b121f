"""Sentence × term statistics, built once per document and shared by every algorithm.

Words come from the Hebrew layer through the same seams sumy uses (`HebrewTokenizer.to_words`, and
`term` as its stemmer), and a word is a stop word when it, its normalised (prefix-stripped) form or
its term is in `STOP_WORDS`. Each
distinct word is stemmed once, so a book costs one pass over its tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..hebrew.prefixes import normalize, segment
from ..hebrew.stopwords import STOP_WORDS
from ..hebrew.chars import fold_finals, plain
from ..hebrew.tokenizer import HebrewTokenizer

Tick = Callable[[float], None]


def is_stop(word: str) -> bool:
    """As written (sumy's own test), normalised, or stemmed: any form in the list makes a stop word.

    Not through a stripped article: function words take none (the listed הזה, ההוא are matched as
    written), so after ה the rest is a noun even when it is spelt like one: העם "the people", not
    עם "with"; השם "the name", not שם "there".
    """
    lowered = word.lower()
    if lowered in STOP_WORDS:
        return True
    if "ה" in segment(word)[0]:
        return False
    return normalize(word) in STOP_WORDS or term(lowered) in STOP_WORDS


def term(word: str) -> str:
    """The form a word is counted under, and sumy's stemmer seam: as written, lower-cased, finals folded.

    Not prefix-stripped: `normalize` (ובישראל → ישראל) merges more forms, but on the 117 HeSum dev
    news articles it made LexRank, Luhn, LSA, Reduction and SumBasic pick worse sentences (LexRank
    R1 at one sentence 11.6 against 12.8 as written; docs/quality.md), below plain sumy's own. Stop
    words are still recognised through their prefixes (`is_stop`).
    """
    return fold_finals(plain(word).lower())


@dataclass
class Terms:
    """Every token of every sentence, as ids: `stem_of[token]` and `stop[token]` per token."""

    n: int  # sentences
    ptr: np.ndarray  # token offsets of sentence i: ptr[i]:ptr[i+1]
    stem_ids: np.ndarray  # stem id of each token (stem of the lower-cased word)
    stop: np.ndarray  # bool: token is a stop word
    stems: list[str]  # stem id -> stem
    stem_index: dict[str, int]
    word_ids: np.ndarray | None = None  # id of each token's word as written (the news method's echo)
    words: list[str] = field(default_factory=list)  # word id -> word as written
    sentence_of: np.ndarray = field(init=False)  # sentence of each token
    _content: object = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.sentence_of = np.repeat(np.arange(self.n), np.diff(self.ptr))

    @property
    def vocabulary(self) -> int:
        return len(self.stems)

    def content(self):
        """CSR sentence × stem counts of the non-stop tokens (scipy), built on first use."""
        if self._content is None:
            keep = ~self.stop
            rows, cols = self.sentence_of[keep], self.stem_ids[keep]
            self._content = count_matrix(rows, cols, self.n, self.vocabulary, dense=False)
        return self._content

    def dense_content(self) -> np.ndarray:
        """The same counts as `content()` as a dense array (a short text: no scipy at cold start)."""
        keep = ~self.stop
        return count_matrix(self.sentence_of[keep], self.stem_ids[keep], self.n, self.vocabulary, True)

    def content_lengths(self) -> np.ndarray:
        """Number of non-stop tokens per sentence."""
        return np.bincount(self.sentence_of[~self.stop], minlength=self.n)


def count_matrix(rows: np.ndarray, cols: np.ndarray, n: int, width: int, dense: bool):
    """How often each (row, col) pair occurs, as an n × width matrix: a numpy array when `dense`
    (a short text: no scipy at cold start), else CSR with duplicates summed and indices sorted."""
    shape = (n, max(1, width))
    if dense:
        counts = np.zeros(shape)
        np.add.at(counts, (rows, cols), 1.0)
        return counts
    from scipy.sparse import csr_matrix

    m = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    m.sum_duplicates()
    m.sort_indices()
    return m


def row_ids(m) -> np.ndarray:
    """The row of each stored entry of a CSR matrix."""
    return np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))


def build_terms(texts: Sequence[str], tick: Tick | None = None, language=None) -> Terms:
    """Term statistics of `texts`, words counted and stopped by `language` (summarize.language;
    Hebrew by default)."""
    counted, stopped = (term, is_stop) if language is None else (language.term, language.is_stop)
    to_words = language.words if language is not None and language.words is not None else HebrewTokenizer().to_words
    word_ids: dict[str, int] = {}
    token_words: list[int] = []
    ptr = [0]
    step = max(1, len(texts) // 20)
    for i, text in enumerate(texts):
        for w in to_words(text):
            token_words.append(word_ids.setdefault(w, len(word_ids)))
        ptr.append(len(token_words))
        if tick is not None and i % step == 0:
            tick(i / max(1, len(texts)))
    stem_index: dict[str, int] = {}
    word_stem = np.empty(len(word_ids), dtype=np.int64)
    word_stop = np.empty(len(word_ids), dtype=bool)
    for w, i in word_ids.items():
        word_stem[i] = stem_index.setdefault(counted(w), len(stem_index))
        word_stop[i] = stopped(w)
    tokens = np.asarray(token_words, dtype=np.int64)
    return Terms(
        n=len(texts),
        ptr=np.asarray(ptr, dtype=np.int64),
        stem_ids=word_stem[tokens] if len(tokens) else np.zeros(0, dtype=np.int64),
        stop=word_stop[tokens] if len(tokens) else np.zeros(0, dtype=bool),
        stems=list(stem_index),
        stem_index=stem_index,
        word_ids=tokens if len(tokens) else np.zeros(0, dtype=np.int64),
        words=list(word_ids),
    )
