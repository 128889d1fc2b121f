"""Extractive summaries: sumy's algorithms behind one function, fed by our Hebrew layer.

sumy is imported lazily (it pulls in nltk and numpy), so the window paints before it loads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .document import SummaryItem
from .hebrew.stopwords import STOP_WORDS
from .hebrew.sumy_adapter import HebrewTokenizer, stem

ALGORITHMS: dict[str, str] = {
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "edmundson": "Edmundson",
    "sumbasic": "SumBasic",
    "kl": "KL-Sum",
    "reduction": "Reduction",
    "lead": "Lead",
}
DEFAULT_ALGORITHM = "lexrank"


@dataclass
class _Capture:
    """sumy's `sentences_count` may be a callable that picks from the rated list: we keep the ratings."""

    count: int
    ratings: dict[int, float]

    def __call__(self, infos):  # infos: SentenceInfo sorted by rating, best first
        for info in infos:
            rating = float(info.rating)  # LexRank gives NaN when no sentence has a content word
            self.ratings[info.order] = rating if math.isfinite(rating) else 0.0
        return infos[: self.count]


def default_count(candidates: int) -> int:
    """A summary length that grows with the text but stays skimmable."""
    if candidates <= 0:
        return 0
    return max(1, min(candidates, 20, round(1.2 * math.sqrt(candidates))))


def resolve_count(candidates: int, sentences: int | None, ratio: float | None) -> int:
    if sentences is not None:
        return max(0, min(candidates, sentences))
    if ratio is not None:
        return max(1 if candidates else 0, min(candidates, round(candidates * ratio)))
    return default_count(candidates)


def summarize(
    texts: Sequence[str],
    count: int,
    algorithm: str = DEFAULT_ALGORITHM,
    title: str = "",
) -> list[SummaryItem]:
    """Pick `count` of `texts` (candidate sentences, document order); indices are into `texts`."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose from {', '.join(ALGORITHMS)}")
    count = min(count, len(texts))
    if count <= 0:
        return []
    if algorithm == "lead":
        n = len(texts)
        return [SummaryItem(i, 1.0 - i / n) for i in range(count)]
    ratings = _sumy_ratings(texts, count, algorithm, title)
    chosen = sorted(ratings, key=lambda i: (-ratings[i], i))[:count]
    return [SummaryItem(i, ratings[i]) for i in sorted(chosen)]


def _sumy_ratings(texts: Sequence[str], count: int, algorithm: str, title: str) -> dict[int, float]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = HebrewTokenizer()
    sentences = [SumySentence(t, tokenizer) for t in texts]
    paragraphs = [Paragraph(sentences)]
    if algorithm == "edmundson" and title:
        paragraphs.insert(0, Paragraph([SumySentence(title, tokenizer, is_heading=True)]))
    document = ObjectDocumentModel(paragraphs)
    summarizer = _make_summarizer(algorithm)
    capture = _Capture(count, {})
    summarizer(document, capture)
    if algorithm == "edmundson" and title:
        # the heading is sentence 0 in sumy's view; shift back to candidate indices
        return {i - 1: r for i, r in capture.ratings.items() if i > 0}
    return capture.ratings


def _make_summarizer(algorithm: str):
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "edmundson": EdmundsonSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }
    if algorithm == "edmundson":
        # Title and location evidence only: cue/key methods need hand-made Hebrew bonus word lists.
        summarizer = EdmundsonSummarizer(stem, cue_weight=0.0, key_weight=0.0)
        summarizer.null_words = STOP_WORDS
    else:
        summarizer = classes[algorithm](stem)
        summarizer.stop_words = STOP_WORDS
    return summarizer
