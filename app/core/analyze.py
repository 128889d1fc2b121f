"""The pipeline: analyze(text, options) -> Analysis. The UI and the CLI both call only this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from .clean import clean
from .document import Analysis, Document, Sentence, Span
from .entities import find_entities, group_entities
from .hebrew.sentences import split_sentences
from .hebrew.words import words
from .summarize import DEFAULT_ALGORITHM, resolve_count, summarize

MIN_CANDIDATE_WORDS = 4
# sumy's graph summarizers compare every pair of sentences in pure Python: past a few hundred
# candidates a huge or hostile text would take hours. Beyond this many, candidates are taken
# evenly across the document so the summary still covers all of it.
MAX_CANDIDATES = 400

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
    analysis = Analysis(document=document, sentences=sentences, algorithm=options.algorithm)
    step(0.4, "summarize")
    analysis.summary = summarize_analysis(analysis, options)
    if options.entities:
        step(0.8, "entities")
        analysis.entities = find_entities(document.text, exclude=list(document.boilerplate))
        analysis.groups = group_entities(document.text, analysis.entities)
    analysis.direction = text_direction(document.text)
    analysis.language = "he" if analysis.direction == "rtl" else "und"
    step(1.0, "done")
    return analysis


def segment(document: Document) -> list[Sentence]:
    """Sentences of every paragraph, each tagged with the role of the block it sits in."""
    roles: list[tuple[Span, str]] = []
    if document.title:
        roles.append((document.title, "title"))
    if document.subtitle:
        roles.append((document.subtitle, "subtitle"))
    roles.extend((Span(b.start, b.end), "boilerplate") for b in document.boilerplate)
    out: list[Sentence] = []
    paragraphs = document.paragraphs or [Span(0, len(document.text))]
    for p_index, p in enumerate(paragraphs):
        role = next((r for span, r in roles if span.start <= p.start and p.end <= span.end), "body")
        for a, b in split_sentences(document.text, p.start, p.end):
            out.append(Sentence(a, b, p_index, role))
    return out


def summarize_analysis(analysis: Analysis, options: Options) -> list:
    """Summary over body sentences of at least MIN_CANDIDATE_WORDS words."""
    text = analysis.document.text
    candidates = [
        i
        for i, s in enumerate(analysis.sentences)
        if s.role == "body" and len(words(text[s.start : s.end])) >= MIN_CANDIDATE_WORDS
    ]
    candidates = _bounded(text, analysis.sentences, candidates)
    count = resolve_count(len(candidates), options.sentences, options.ratio)
    items = summarize(
        [text[analysis.sentences[i].start : analysis.sentences[i].end] for i in candidates],
        count,
        options.algorithm,
        title=analysis.title,
    )
    return [type(item)(candidates[item.sentence], item.score) for item in items]


def _bounded(text: str, sentences: list[Sentence], candidates: list[int]) -> list[int]:
    """Each distinct sentence once (a repeated one adds nothing to a summary), at most MAX_CANDIDATES."""
    seen: set[str] = set()
    unique = []
    for i in candidates:
        key = text[sentences[i].start : sentences[i].end]
        if key not in seen:
            seen.add(key)
            unique.append(i)
    if len(unique) <= MAX_CANDIDATES:
        return unique
    step = len(unique) / MAX_CANDIDATES
    return [unique[int(k * step)] for k in range(MAX_CANDIDATES)]


def text_direction(text: str) -> str:
    """'rtl' when Hebrew letters outnumber Latin ones."""
    sample = text[:20000]
    hebrew = sum(1 for c in sample if "\u0590" <= c <= "\u05ff")
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "rtl" if hebrew >= latin and hebrew > 0 else "ltr"
