"""Every summary method in one list: its key, its name in the window, what it favours, how it rates.

The CLI's `--algorithm` choices, the window's method list (in this order, the first is the
default) and the summarizer's dispatch all read `METHODS`, so a method is added or renamed here
only. Labels and tooltips are English source strings; the window translates them in the
"SummaryMethods" context (`resources/i18n/tamtzit_he.ts`). The rating functions import numpy and
the algorithms on first use, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # terms.py imports numpy; this module must not
    from .terms import Terms, Tick


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for translation without importing Qt (run lupdate on this file too)."""
    return text


@dataclass(frozen=True)
class Inputs:
    """What a rating function may use: the texts' term statistics and the document around them."""

    terms: "Terms"
    title: str
    heading: "Terms | None"  # title + subtitle, tokenised like the texts (None when neither was found)
    paragraphs: Sequence[int] | None
    count: int  # sentences wanted (only greedy methods' ratings depend on it)
    tick: "Tick | None"
    texts: Sequence[str] = ()  # the texts rated, as written (the news method looks for an opening question)


@dataclass(frozen=True)
class Method:
    key: str
    label: str
    tooltip: str
    rate: Callable[[Inputs], object]  # -> numpy array, one rating per text, higher is better
    greedy: bool = False  # ratings depend on `count` (cached per count)
    sumy: bool = True  # sumy's own algorithm: must rate as sumy does (tools/sumy_reference.py, the tests)
    # (order best first, the texts, count) -> the order to choose in, for a method that reads more
    # than ratings (news: a sentence leaning on one not shown comes last, news.context_first)
    reorder: Callable[[Sequence[int], Sequence[str], int], list[int]] | None = None
    # rates sentences, but shows an answer with the question(s) it answers (its unit in units.py,
    # analyze.shown_units), one item per unit (news: its lead after an opening question)
    shows_units: bool = False


def _news(i: Inputs):
    from . import news

    return news.rate(i.terms, i.heading, i.tick, i.texts)


def _news_order(order: Sequence[int], texts: Sequence[str], count: int) -> list[int]:
    from .news import context_first

    return context_first(order, texts, count)


def _lexrank(i: Inputs):
    from .graph import lexrank

    return lexrank(i.terms, i.tick)


def _textrank(i: Inputs):
    from .graph import textrank

    return textrank(i.terms, i.tick)


def _reduction(i: Inputs):
    from .graph import reduction

    return reduction(i.terms, i.tick)


def _lsa(i: Inputs):
    from .lsa import lsa

    return lsa(i.terms, i.tick)


def _luhn(i: Inputs):
    from .frequency import luhn

    return luhn(i.terms, i.tick)


def _edmundson(i: Inputs):
    from .frequency import edmundson

    return edmundson(i.terms, i.title, i.paragraphs, i.tick)


def _sumbasic(i: Inputs):
    from .frequency import sumbasic

    return sumbasic(i.terms, i.count, i.tick)


def _kl(i: Inputs):
    from .frequency import kl

    return kl(i.terms, i.count, i.tick)


def _lead(i: Inputs):
    import numpy as np

    n = i.terms.n
    return np.linspace(1.0, 0.0, n, endpoint=False) if n else np.zeros(0)


METHODS: tuple[Method, ...] = (
    Method("news", QT_TRANSLATE_NOOP("SummaryMethods", "Recommended"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Made for news: early sentences that state the story, central to the article and its headline"),
           _news, sumy=False, reorder=_news_order, shows_units=True),
    Method("lexrank", QT_TRANSLATE_NOOP("SummaryMethods", "Common thread (LexRank)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences most like many others: the article's common thread"), _lexrank),
    Method("textrank", QT_TRANSLATE_NOOP("SummaryMethods", "Well-connected sentences (TextRank)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences that share words with other central sentences, long ones damped"),
           _textrank),
    Method("lsa", QT_TRANSLATE_NOOP("SummaryMethods", "Main topics (LSA)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences rich in the article's distinct words (latent topics)"), _lsa),
    Method("luhn", QT_TRANSLATE_NOOP("SummaryMethods", "Key words (Luhn)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences with dense clusters of the article's most frequent words"), _luhn),
    Method("edmundson", QT_TRANSLATE_NOOP("SummaryMethods", "Title and place (Edmundson)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences that repeat the title's words, and the first and last of each paragraph"),
           _edmundson),
    Method("sumbasic", QT_TRANSLATE_NOOP("SummaryMethods", "Each topic once (SumBasic)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Frequent words, each topic once: later picks avoid words already covered"),
           _sumbasic, greedy=True),
    Method("kl", QT_TRANSLATE_NOOP("SummaryMethods", "The article's word mix (KL-Sum)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "The sentences whose words together match the article's word mix best"),
           _kl, greedy=True),
    Method("reduction", QT_TRANSLATE_NOOP("SummaryMethods", "Shared words (Reduction)"),
           QT_TRANSLATE_NOOP("SummaryMethods", "Sentences most connected to all others by shared words (long ones favoured)"),
           _reduction),
    Method("lead", QT_TRANSLATE_NOOP("SummaryMethods", "Opening sentences"),
           QT_TRANSLATE_NOOP("SummaryMethods", "The article's first sentences, in order"), _lead, sumy=False),
)  # fmt: skip
ALGORITHMS: dict[str, Method] = {m.key: m for m in METHODS}
DEFAULT_ALGORITHM = METHODS[0].key
