"""A whole text through the NER model, in chunks of bounded size, with a confidence per name.

Memory is bounded by design: the text is cut into chunks of at most CHUNK_CHARS characters (at a
line break or a space where there is one) and a "sentence" given to the CRF is at most MAX_TOKENS
tokens, so the features built at any moment are a few thousand tokens' worth whatever the input
(one 1 MiB line of punctuation once cost 2.7 GB). Document-level evidence is kept small: the
distinct words, how often each occurs, the names tagged and their votes. The document rules need
the whole document before they can act (a name tagged in the last paragraph is also marked in the
first), so a long text is tokenized again for each later pass instead of being held in memory.

Confidence is the CRF's own: the lowest marginal probability of the tags of the span
(python-crfsuite `Tagger.marginal`). A span under the threshold is dropped before the document
rules see it, so an unsure guess is not spread to other mentions. A mention the rules add takes
the confidence of the CRF mentions of the same name, or the threshold itself (the least shown)
when only a rule found it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .bioes import bioes_spans, span_tags
from .consistency import (
    fill_names, first_and_last, form_counts, name_keys, name_votes, office_holders, relabelled_by_lexicon,
    titled_names, with_first_names,
)
from .tokens import tokenize

CHUNK_CHARS = 200_000  # characters tokenized and tagged at a time
MAX_TOKENS = 100  # tokens the CRF sees at once: a longer run is cut (NEMO sentences: 99% ≤ 67)
KEEP_TOKENS = 300_000  # a document up to this many tokens keeps its tokens between passes
CACHE = 20_000  # distinct sentences whose tags are remembered (a repeated line is tagged once)


@dataclass(frozen=True)
class Settings:
    """How names are decided; the defaults are the shipped choices (tools/ner_cv.py chose them)."""

    threshold: float = 0.6  # least CRF confidence for a name to be shown
    titles: bool = True  # a recurring rare word after a person's title is a name
    propagate: bool = True  # a name tagged once is tagged where it recurs
    first_names: bool = True  # a rare first name before a person's name joins it
    heads: bool = True  # a "person" whose first word heads organisations in training is one ("קרן פורד")
    pairs: bool = False  # a rare first name and a word that is no everyday word are a person ("דונלד טראמפ")
    offices: bool = True  # the words after "נשיא [ארצות הברית]" are its holder's name
    spread: float = 0.8  # least CRF confidence of a name for its repetitions to be tagged too


Span = tuple[int, int, str, float]  # start, end (characters), label, confidence


@dataclass
class _Chunk:
    sentences: list[list[str]]
    offsets: list[list[tuple[int, int]]]  # character span of each token


def tag_text(
    text: str,
    model,
    settings: Settings = Settings(),
    check: Callable[[], None] | None = None,
) -> list[Span]:
    """Names in `text` as (start, end, label, confidence), sorted; `check()` is called between
    chunks and may raise to cancel."""
    check = check or (lambda: None)
    keep: list[_Chunk] | None = []
    n_tokens = 0
    words: set[str] = set()
    counts: Counter = Counter()
    crf: list[list[list[Span]]] = []  # per chunk, per sentence: token spans
    raw: dict[tuple[str, ...], float] = {}  # (label, first token, rest...) -> surest confidence
    surnames: dict[tuple[str, ...], float] = {}
    cache: dict[tuple[str, ...], tuple] = {}  # a sentence met again is tagged once
    for chunk in _chunks(text, check):
        for tokens in chunk.sentences:
            words.update(tokens)
        if settings.titles:
            form_counts(chunk.sentences, counts)
        found = []
        for tokens in chunk.sentences:
            key = tuple(tokens)
            spans = cache.get(key)
            if spans is None:
                if len(cache) >= CACHE:
                    cache.clear()
                found_here = model.crf_spans(tokens, settings.heads)
                spans = cache[key] = tuple(s for s in found_here if s[3] >= settings.threshold)
            found.append(spans)
            for a, b, label, conf in spans:
                name = (label, *tokens[a:b])
                raw[name] = max(raw.get(name, 0.0), conf)
                if label == "PER" and b - a > 1:  # the surname alone is spread too (consistency.py)
                    surnames[(tokens[b - 1],)] = max(surnames.get((tokens[b - 1],), 0.0), conf)
        crf.append(found)
        n_tokens += sum(map(len, chunk.sentences))
        if keep is not None:
            keep.append(chunk)
            if n_tokens > KEEP_TOKENS:
                keep = None
    del cache
    prefixes = model.prefix.in_document(words)
    del words

    def chunks() -> Iterator[tuple[int, _Chunk]]:
        return enumerate(keep) if keep is not None else enumerate(_chunks(text, check))

    # pass 2: rules on the tags, and the votes of every name
    tags_of: list[list[tuple]] = []  # per chunk, per sentence: spans after the rules
    votes: dict = {}
    for k, chunk in chunks():
        tags = [_tags(len(t), spans) for t, spans in zip(chunk.sentences, crf[k])]
        if settings.heads:
            lex = model.lexicon
            tags = relabelled_by_lexicon(chunk.sentences, tags, prefixes.base, lex.heads or {}, lex.latin or {})
        if settings.pairs:
            tags = first_and_last(chunk.sentences, tags, model.is_first_name, model.lexicon.freq)
        if settings.offices and model.lexicon.offices:
            tags = office_holders(chunk.sentences, tags, model.lexicon.offices, model.lexicon.freq)
        if settings.titles and model.lexicon.triggers:
            tags = titled_names(chunk.sentences, tags, model.lexicon.triggers, model.lexicon.freq, counts)
        if settings.propagate:
            tags = name_votes(chunk.sentences, tags, prefixes.base, prefixes.known_label, votes)
        tags_of.append([tuple(bioes_spans(t)) for t in tags])  # kept as spans: few per sentence
    del counts
    keys = name_keys(votes) if settings.propagate else {}
    # confidence of each name: its surest CRF mention
    sure: dict[tuple[str, ...], float] = dict(surnames)
    for (label, first, *rest), conf in raw.items():
        key = (prefixes.base(first, label, tuple(rest)), *rest)
        sure[key] = max(sure.get(key, 0.0), conf)
    del raw, surnames
    if settings.spread > 0:  # only names the CRF was sure of somewhere (or a rule found) are spread
        keys = {k: v for k, v in keys.items() if sure.get(k, 1.0) >= settings.spread}
    # pass 3: names spread to their repetitions; spans in characters
    out: list[Span] = []
    for k, chunk in chunks():
        tags = [_tags(len(t), [(a, b, lab, 0.0) for a, b, lab in spans]) for t, spans in zip(chunk.sentences, tags_of[k])]
        if keys:
            tags = fill_names(chunk.sentences, tags, keys)
        if settings.first_names:
            tags = with_first_names(chunk.sentences, tags, model.is_first_name)
        for tokens, offsets, sent_tags, own in zip(chunk.sentences, chunk.offsets, tags, crf[k]):
            for a, b, label in bioes_spans(sent_tags):
                rest = tuple(tokens[a + 1 : b])
                skip = prefixes.length(tokens[a], label, rest)
                conf = max((c for x, y, _, c in own if x < b and a < y), default=-1.0)
                if conf < 0:
                    key = (tokens[a][skip:], *rest)
                    conf = sure.get(key, settings.threshold)
                out.append((offsets[a][0] + skip, offsets[b - 1][1], label, round(conf, 3)))
    out.sort()
    return out


def _tags(n: int, spans) -> list[str]:
    tags = ["O"] * n
    for a, b, label, _ in spans:
        tags[a:b] = span_tags(b - a, label)
    return tags


def _chunks(text: str, check: Callable[[], None]) -> Iterator[_Chunk]:
    """The text's sentences, tokenized, CHUNK_CHARS characters at a time; a sentence is cut into
    runs of at most MAX_TOKENS tokens."""
    from ..hebrew.sentences import split_sentences

    pos, n = 0, len(text)
    while pos < n:
        check()
        stop = _cut(text, pos, min(n, pos + CHUNK_CHARS))
        sentences, offsets = [], []
        for a, b in split_sentences(text, pos, stop):
            tokens, spans = tokenize(text[a:b])
            for i in range(0, len(tokens), MAX_TOKENS):
                sentences.append(tokens[i : i + MAX_TOKENS])
                offsets.append([(x + a, y + a) for x, y in spans[i : i + MAX_TOKENS]])
        yield _Chunk(sentences, offsets)
        pos = stop


def _cut(text: str, start: int, limit: int) -> int:
    """Where a chunk from `start` ends: the end of the text, else the last line break before
    `limit`, else the last space, else `limit` (a text without spaces has one-character tokens)."""
    if limit >= len(text):
        return len(text)
    for mark in ("\n", " "):
        at = text.rfind(mark, start, limit)
        if at > start:
            return at + 1
    return limit
