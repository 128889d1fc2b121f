"""Plain sumy's own Hebrew pipeline, as its README shows it: the baseline every summary figure beats.

PlaintextParser + Tokenizer("hebrew") (needs `hebrew_tokenizer`, the `bench` extra, which prints the
working directory when imported: stdout is redirected while it loads), Stemmer("hebrew") (sumy has
none for Hebrew: the null stemmer) and get_stop_words("hebrew").
"""

from __future__ import annotations

import contextlib
import functools
import io

METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "sumbasic", "kl", "reduction")


def summarizer(algorithm: str):
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    stemmer, stops = Stemmer("hebrew"), get_stop_words("hebrew")
    if algorithm == "edmundson":  # same methods as ours: title and location (no Hebrew cue lists)
        s = EdmundsonSummarizer(stemmer, cue_weight=0.0, key_weight=0.0)
        s.null_words = stops
        return s
    cls = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }[algorithm]
    s = cls(stemmer)
    s.stop_words = stops
    return s


@functools.cache
def tokenizer():
    """sumy's Hebrew tokenizer (its import noise swallowed)."""
    with contextlib.redirect_stdout(io.StringIO()):
        import hebrew_tokenizer  # noqa: F401  (sumy imports it on first use; it prints on import)
        from sumy.nlp.tokenizers import Tokenizer

        return Tokenizer("hebrew")


def parse(text: str):
    """sumy's document model of `text`."""
    from sumy.parsers.plaintext import PlaintextParser

    return PlaintextParser.from_string(text, tokenizer()).document


def units_document(units: list[str], paragraphs: list[int]):
    """sumy's document model of sentences already cut (ours: Tamtzit's summary units), one sumy
    Paragraph per run of equal paragraph numbers, words still by sumy's Hebrew tokenizer."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    words, groups, previous = tokenizer(), [], object()
    for unit, p in zip(units, paragraphs):
        if p != previous or not groups:
            groups.append([])
        groups[-1].append(Sentence(unit, words))
        previous = p
    return ObjectDocumentModel([Paragraph(g) for g in groups])


def ranking(text: str, algorithm: str, document=None) -> list[str]:
    """Plain sumy's sentences of `text` (or of a ready `document`), best first (read through
    sumy's callable count seam)."""
    document = parse(text) if document is None else document
    order: list[int] = []

    def keep_order(infos):
        order.extend(i.order for i in infos)
        return infos

    summarizer(algorithm)(document, keep_order)
    return [str(document.sentences[i]) for i in order]
