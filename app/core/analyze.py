"""The pipeline: analyze(text, options) -> Analysis. The UI and the CLI both call only this."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from .clean import clean
from .direction import text_direction, text_language
from .document import Analysis, Document, Sentence, SummaryItem
from .entities import ModelUnavailable, find_entities, group_entities
from .hebrew.chars import LETTERS
from .hebrew.lexicon import problem as lexicon_problem
from .hebrew.sentences import TERMINATORS, sentence_end, split_sentences
from .hebrew.words import words
from .passages import paragraph_roles, paragraph_spans, passages, word_count
from .summarize import ALGORITHMS, DEFAULT_ALGORITHM, resolve_count, summarize_scored
from .units import MAX_UNIT, asks, read_together, unit_sentence

MIN_CANDIDATE_WORDS = 4
MAX_HEADING_WORDS = 10
# LexRank, TextRank and Reduction compare sentences pairwise: memory grows with the square of the
# candidates (25,000 sentences of a 3 MB line took 6.4 GB). Up to this many — a 1 MB text has about
# 6,000 — every sentence is a candidate; beyond it, candidates are taken evenly across the document
# so a book's summary still covers all of it within about a gigabyte.
MAX_CANDIDATES = 8000
_ENDED = sentence_end(TERMINATORS + ":;")  # a colon or semicolon ends a line that is no heading
# A numbered item's label ("עצה מספר 6.", "פרק 3:", "שלב מס' 2."): one word, "מספר" if written, a
# number. In a text flattened to one line the item's heading follows it as a sentence of its own
# ("עצה מספר 6. ערוך בדיקה מחודשת."), or after a colon in the same one ("עצה מספר 1: הצטרפו לגופים.").
_LABEL = re.compile(rf"[{LETTERS}]+\s+(?:(?:מספר|מס['׳])\s*)?\d{{1,3}}\s*[.:]")

Progress = Callable[[float, str], None]


class CancelToken(Protocol):
    def is_set(self) -> bool: ...


class Cancelled(Exception):
    """The caller asked the analysis to stop."""


@dataclass(frozen=True)
class Options:
    clean: bool = True
    algorithm: str = DEFAULT_ALGORITHM
    sentences: int | None = None
    ratio: float | None = None
    entities: bool = True


def analyze(
    text: str,
    options: Options = Options(),
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Analysis:
    """Run every stage over `text`, reporting progress (0..1, stage name) and honouring `cancel`."""

    def step(fraction: float, stage: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(fraction, stage)

    step(0.0, "clean")
    document = clean(text, enabled=options.clean)
    step(0.2, "segment")
    sentences = segment(document)
    direction = text_direction(document.text)
    analysis = Analysis(
        document=document, sentences=sentences, algorithm=options.algorithm,
        direction=direction, language=text_language(document.text),
    )
    step(0.4, "summarize")
    analysis = summarize_analysis(analysis, options, lambda f: step(0.4 + 0.4 * f, "summarize"))
    if options.entities:
        step(0.8, "entities")
        exclude = list(document.boilerplate)
        try:
            analysis.entities = find_entities(
                document.text, exclude=exclude, check=lambda: step(0.8, "entities"), language=analysis.language
            )
        except ModelUnavailable as exc:  # a damaged install costs the names, not the summary or dates
            analysis.entities_unavailable = str(exc)
            analysis.entities = find_entities(document.text, exclude=exclude, names=False)
        analysis.groups = group_entities(document.text, analysis.entities)
    analysis.lexicon_unavailable = lexicon_problem()
    analysis.passages = passages(document, direction)
    analysis.words = word_count(document)
    step(1.0, "done")
    return analysis


def segment(document: Document) -> list[Sentence]:
    """Sentences of every paragraph, each tagged with the role of the block it sits in."""
    out: list[Sentence] = []
    spans, roles = paragraph_spans(document), paragraph_roles(document)
    for p_index, (p, role) in enumerate(zip(spans, roles)):
        for a, b in split_sentences(document.text, p.start, p.end):
            out.append(Sentence(a, b, p_index, role))
    return out


def summary_candidates(analysis: Analysis) -> list[int]:
    """Body sentences of at least MIN_CANDIDATE_WORDS words: no title, subtitle, captions, fragments.

    A short line standing alone without a sentence end ("מיקום וגילוי", "הצעת חוק יסוד: החקיקה") is
    a section heading, not a sentence an editor would quote, so it is left out too; so is the short
    heading of a numbered item ("עצה מספר 6. ערוך בדיקה מחודשת." as a one-line article has it),
    which would otherwise open the summary of an article that begins with one.
    """
    return _spread(_worth_offering(analysis.document.text, analysis.sentences))


def summary_units(analysis: Analysis) -> list[tuple[int, int]]:
    """What the sumy methods choose from: (first, last) sentence of each unit (`units.py`: a
    question or exclamation read with the sentence after it), by the rule of `summary_candidates`;
    a question that nothing in its paragraph answers is left out too, unless nothing else is left."""
    text, sentences = analysis.document.text, analysis.sentences
    spans = read_together(text, sentences)
    joined = [unit_sentence(sentences, a, b) for a, b in spans]
    keep = _worth_offering(text, joined)
    answered = [i for i in keep if not asks(text, joined[i])]
    return [spans[i] for i in _spread(answered or keep)]


def shown_units(analysis: Analysis, candidates: list[int]) -> list[tuple[int, int, int]]:
    """(unit, first, last) for each candidate, for a method that rates sentences but `shows_units`:
    the unit (`units.read_together`: a question, or a run of them, read with the sentence after it)
    by its first sentence, and the sentences shown: the unit's answer with the question(s) it
    answers, any other sentence alone. A question on a line of its own is answered by the first
    sentence of the next paragraph (`_asked_before`): they are one unit, shown together, as in one
    paragraph. At most one candidate of a unit is chosen.

    An answer shown without its question ("ועדת האתיקה אישרה אותן.") does not say what it answers,
    and its back-references ("אותן", "כך") point into the question. A question the method picks is
    shown as it is: news picks one when it reads like the editor's sub-heading, and adding its
    answer cost more than it gave (docs/quality.md, "What a reader sees").
    """
    text, sentences = analysis.document.text, analysis.sentences
    unit_of: dict[int, tuple[int, int, int]] = {}
    wanted = set(candidates)
    units = read_together(text, sentences)
    for k, (a, b) in enumerate(units):
        asked = _asked_before(text, sentences, units, k)
        for i in range(a, b + 1):
            if i not in wanted:
                continue
            if i == b and b > a:
                unit_of[i] = (a, a, b)
            elif a == b and asked is not None:  # its question is a paragraph of its own before it,
                unit_of[i] = (asked, asked, i)  # whose unit is numbered `asked` too: one item of the two
            else:
                unit_of[i] = (a, i, i)
    return [unit_of[i] for i in candidates]


def _asked_before(text: str, sentences: list[Sentence], units: list[tuple[int, int]], k: int) -> int | None:
    """The first sentence of the paragraph before unit `k` when that paragraph is body text and
    nothing but a question (or a run of them, within MAX_UNIT - 1 sentences) and unit `k` opens the
    next paragraph: a writer's question on a line of its own, answered below it ("מי ישלם על הקו
    החדש?" / "משרד האוצר יממן אותו…"). Shown alone, the answer's "אותו" points into a line the
    summary leaves out."""
    if k == 0:
        return None
    a, b = units[k - 1]
    first = sentences[units[k][0]]
    before = sentences[a]
    if before.role != "body" or before.paragraph == first.paragraph or b - a + 1 >= MAX_UNIT:
        return None
    if a > 0 and sentences[a - 1].paragraph == before.paragraph:
        return None  # the paragraph has more than this unit: its question is answered in it
    return a if asks(text, unit_sentence(sentences, a, b)) else None


def candidate_count(analysis: Analysis) -> int:
    """How many items the analysis' summary chose from (units or sentences, by its method)."""
    cache = analysis.summary_cache
    if ALGORITHMS[analysis.algorithm].sumy and "units" in cache:
        return len(cache["units"]["spans"])
    return len(cache.get("candidates", ()))


def _worth_offering(text: str, sentences: list[Sentence]) -> list[int]:
    alone = Counter(s.paragraph for s in sentences)
    out = []
    for i, s in enumerate(sentences):
        if s.role != "body":
            continue
        count = len(words(text[s.start : s.end]))
        if count < MIN_CANDIDATE_WORDS:
            continue
        # a short line standing alone without a sentence end, or a numbered item's heading
        heading = count <= MAX_HEADING_WORDS and (
            (alone[s.paragraph] == 1 and not _ENDED.search(text, s.start, s.end)) or _item_heading(text, sentences, i)
        )
        if not heading:
            out.append(i)
    return out


def _item_heading(text: str, sentences: list[Sentence], i: int) -> bool:
    """Sentence i opens with a numbered item's label, or follows one standing alone in its paragraph."""
    s = sentences[i]
    label = _LABEL.match(text, s.start, s.end)
    if label and label.end() < s.end:
        return True
    if i == 0 or sentences[i - 1].paragraph != s.paragraph:
        return False
    before = sentences[i - 1]
    bare = _LABEL.match(text, before.start, before.end)
    return bare is not None and bare.end() == before.end


def _spread(out: list):
    """At most MAX_CANDIDATES, taken evenly across the document."""
    if len(out) > MAX_CANDIDATES:
        step = len(out) / MAX_CANDIDATES
        out = [out[int(k * step)] for k in range(MAX_CANDIDATES)]
    return out


def summarize_analysis(
    analysis: Analysis, options: Options, tick: Callable[[float], None] | None = None
) -> Analysis:
    """A new Analysis with the summary, shading scores and algorithm for `options`, no re-cleaning.

    `analysis` itself is left as it is: the window may be showing it while a worker re-summarizes.

    The sumy methods choose from `summary_units` (a question with its answer), the others from
    `summary_candidates` (sentences). Candidates, their words and stems and each algorithm's
    ratings are cached on the analysis (the units' under "units"), so
    switching algorithm re-rates only, and changing the length only re-selects; the new Analysis
    gets a copy of the cache with what this call added (the entries themselves are shared, never
    changed). `tick(0..1)` is called as the work proceeds (analyze turns it into progress and
    cancellation).
    """
    cache = dict(analysis.summary_cache)
    method = ALGORITHMS[options.algorithm]
    if method.sumy:  # question + answer units, with words and ratings of their own
        part = cache["units"] = dict(cache.get("units", {}))
        if "spans" not in part:
            part["spans"] = summary_units(analysis)
        spans = part["spans"]
    else:
        if "candidates" not in cache:
            cache["candidates"] = summary_candidates(analysis)
        part, spans = cache, [(i, i) for i in cache["candidates"]]
    text = analysis.document.text
    count = resolve_count(len(spans), options.sentences, options.ratio)
    sentences = analysis.sentences
    shown = None
    if method.shows_units:  # news: a sentence with its question, or its answer
        if "shown" not in cache:
            cache["shown"] = shown_units(analysis, cache["candidates"])
        shown = cache["shown"]
    result = summarize_scored(
        [text[sentences[a].start : sentences[b].end] for a, b in spans],
        count,
        options.algorithm,
        title=analysis.title,
        subtitle=analysis.subtitle,
        paragraphs=[sentences[a].paragraph for a, _ in spans],
        tick=tick,
        cache=part,
        language=analysis.language,
        units=None if shown is None else [u for u, _, _ in shown],
        shown=None if shown is None else [text[sentences[a].start : sentences[b].end] for _, a, b in shown],
    )
    scores = [0.0] * len(sentences)
    for (a, b), score in zip(spans, result.scores):
        scores[a : b + 1] = [score] * (b + 1 - a)
    summary = []
    for item in result.items:
        a, b = spans[item.sentence] if shown is None else shown[item.sentence][1:]
        summary.append(SummaryItem(a, item.score, b if b != a else None))
    return replace(analysis, summary=summary, scores=scores, algorithm=options.algorithm, summary_cache=cache)
