"""sumy itself, through its tokenizer and stemmer seams: the reference the fast algorithms must match.

Used by the tests and benchmarks, never by the app (so it lives in tools/, and sumy is a test and bench
dependency only). Each text is one sumy Sentence; consecutive texts
of one paragraph form a sumy Paragraph; for Edmundson the title is a heading in the first paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.hebrew.stopwords import STOP_WORDS
from app.core.hebrew.tokenizer import HebrewTokenizer
from app.core.summarize.terms import is_stop
from app.core.summarize.terms import term as stem


@dataclass
class _Capture:
    """sumy's `sentences_count` may be a callable given the rated list: it records ratings and order."""

    ratings: dict[int, float] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)

    def __call__(self, infos):  # SentenceInfo, best first (stable: ties keep document order)
        for info in infos:
            self.ratings[info.order] = float(info.rating)
            self.order.append(info.order)
        return infos


class ContentStemTokenizer(HebrewTokenizer):
    """For KL-Sum, which never calls its stemmer: the words it sees are already stems, stop words gone."""

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(stem(w.lower()) for w in super().to_words(sentence) if not is_stop(w))


def candidate_texts(analysis) -> tuple[list[str], list[int]]:
    """What the sumy methods rate in an analysis (its summary units: a question read with its
    answer): distinct texts, paragraph each."""
    from app.core.analyze import summary_units

    texts, paragraphs, seen = [], [], set()
    sentences, text_of = analysis.sentences, analysis.document.text
    for first, last in summary_units(analysis):
        text = text_of[sentences[first].start : sentences[last].end]
        if text not in seen:
            seen.add(text)
            texts.append(text)
            paragraphs.append(sentences[first].paragraph)
    return texts, paragraphs


def sumy_ranking(
    texts: Sequence[str],
    algorithm: str,
    title: str = "",
    paragraphs: Sequence[int] | None = None,
    count: int | None = None,
) -> tuple[list[float], list[int]]:
    """(sumy's rating of each text, text indices best first). Greedy methods rate all sentences."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = ContentStemTokenizer() if algorithm == "kl" else HebrewTokenizer()
    groups: list[list] = []
    previous = object()
    for i, text in enumerate(texts):
        p = paragraphs[i] if paragraphs is not None else 0
        if p != previous or not groups:
            groups.append([])
        groups[-1].append(SumySentence(text, tokenizer))
        previous = p
    if algorithm == "edmundson" and title and groups:
        groups[0].insert(0, SumySentence(title, tokenizer, is_heading=True))
    document = ObjectDocumentModel([Paragraph(g) for g in groups])
    capture = _Capture()
    _summarizer(algorithm, texts, title)(document, capture)
    return [capture.ratings.get(i, 0.0) for i in range(len(texts))], capture.order


def _stop_surfaces(texts: Sequence[str], title: str) -> set[str]:
    """The stop words as sumy compares them: every surface form in this text that is one of ours."""
    tokenizer = HebrewTokenizer()
    surfaces = set(STOP_WORDS)
    for text in [*texts, title]:
        for w in tokenizer.to_words(text):
            if is_stop(w):
                surfaces.update((w, w.lower()))
    return surfaces


def _summarizer(algorithm: str, texts: Sequence[str], title: str):
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    stops = _stop_surfaces(texts, title)
    if algorithm == "edmundson":
        # Title and location evidence only: cue/key methods need hand-made Hebrew bonus word lists.
        summarizer = EdmundsonSummarizer(stem, cue_weight=0.0, key_weight=0.0)
        summarizer.null_words = stops
        return summarizer
    if algorithm == "kl":
        return KLSummarizer()  # its tokenizer has already stemmed and dropped stop words
    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
    }
    summarizer = classes[algorithm](stem)
    summarizer.stop_words = stops
    return summarizer


def disagreement(
    texts: Sequence[str],
    algorithm: str,
    title: str = "",
    paragraphs: Sequence[int] | None = None,
    count: int = 5,
) -> str | None:
    """How our `rate` differs from sumy on these texts, or None when it picks what sumy picks.

    Non-greedy methods must give sumy's ratings (relative error < 1e-9) and the same best `count`;
    a different pick is allowed only between sentences whose ratings are equal, where sumy's own
    rounding (LSA's SVD) broke the tie. Greedy methods must choose the same sentences in order.
    """
    import numpy as np

    from app.core.summarize import ALGORITHMS, rate

    ours = np.asarray(rate(texts, algorithm, title, paragraphs, count=count), dtype=float)
    ratings, order = sumy_ranking(texts, algorithm, title, paragraphs, count)
    mine = [int(i) for i in np.argsort(-ours, kind="stable")[:count]]
    if ALGORITHMS[algorithm].greedy:
        return None if mine == order[:count] else f"chose {mine}, sumy chose {order[:count]}"
    theirs = np.nan_to_num(np.asarray(ratings))  # sumy's LexRank gives 0/0 = NaN to all when no edges
    if not np.allclose(ours, theirs, rtol=1e-9, atol=1e-12):
        worst = int(np.argmax(np.abs(ours - theirs)))
        return f"sentence {worst} rated {ours[worst]!r}, sumy {theirs[worst]!r}"
    if set(mine) == set(order[:count]):
        return None
    boundary = theirs[order[count - 1]]
    differing = set(mine) ^ set(order[:count])
    if all(abs(theirs[i] - boundary) <= 1e-9 * max(1.0, abs(boundary)) for i in differing):
        return None
    return f"chose {sorted(mine)}, sumy chose {sorted(order[:count])}"
