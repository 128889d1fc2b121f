"""Readers for the gold corpora the model is trained and measured on (NEMO, UD IAHLTwiki).

Used by tools/train_ner.py, tools/ner_cv.py, benchmarks/ner_bench.py and the tests, never by the app
(it lives out of app/ for that reason; import it as tools.ner_corpus with the project root on the path).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.entities.bioes import bioes_spans, span_tags


NEMO_LABELS = {"PER", "ORG", "GPE", "LOC", "FAC", "EVE", "WOA", "DUC", "ANG"}


@dataclass
class GoldSentence:
    tokens: list[str]
    tags: list[str]  # BIOES per token, e.g. "B-PER"
    strips: list[int] = field(default_factory=list)  # prefix letters before the entity in its first token


def _blocks(path: Path) -> list[list[list[str]]]:
    out: list[list[list[str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out[-1].append(line.rsplit(" ", 1))
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def read_nemo(directory: Path, split: str) -> list[GoldSentence]:
    """NEMO token-single sentences with, per entity-initial token, how many prefix letters to skip.

    token-multi gives one tag per morpheme ("O^B-GPE" for "ב|ירושלים"); the morph file gives the
    morphemes' forms, so the skipped letters are the forms before the first tagged morpheme (an
    implicit article, "ב|ה|כנסת" written "בכנסת", takes no letters).
    """
    single = _blocks(directory / f"token-single_gold_{split}.bmes")
    multi = _blocks(directory / f"token-multi_gold_{split}.bmes")
    morph = _blocks(directory / f"morph_gold_{split}.bmes")
    if not (len(single) == len(multi) == len(morph)):
        raise ValueError(f"NEMO {split}: files disagree on the number of sentences")
    sentences = []
    for s_rows, m_rows, f_rows in zip(single, multi, morph):
        forms = iter(row[0] for row in f_rows)
        strips = []
        for (token, tag), (_, parts) in zip(s_rows, m_rows):
            tags = parts.split("^")
            token_forms = [next(forms, "") for _ in tags]
            first = next((j for j, t in enumerate(tags) if t != "O"), 0)
            pos = 0
            if tag[:1] in "BS":
                for form in token_forms[:first]:
                    if token.startswith(form, pos):
                        pos += len(form)
            strips.append(pos if pos < len(token) else 0)
        sentences.append(GoldSentence([r[0] for r in s_rows], [r[1] for r in s_rows], strips))
    return sentences


def read_iahlt_jsonl(path: Path, labels: set[str]) -> list[GoldSentence]:
    """IAHLT NER lines (`text`, character spans `label` [[start, end, TYPE]], possibly nested) as
    sentences in our tokens; of nested spans of `labels` the outermost is kept, others dropped."""
    import json

    from app.core.entities.tokens import tokenize

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        tokens, spans = tokenize(item["text"])
        tags, strips = ["O"] * len(tokens), [0] * len(tokens)
        for start, end, label in sorted(item["label"], key=lambda x: (x[0], -x[1])):
            first = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
            last = next((i for i, (a, b) in reversed(list(enumerate(spans))) if a < end <= b), None)
            if label not in labels or first is None or last is None or last < first:
                continue
            if any(t != "O" for t in tags[first : last + 1]):
                continue  # inside an entity already taken
            tags[first : last + 1] = span_tags(last - first + 1, label)
            strips[first] = start - spans[first][0]
        out.append(GoldSentence(tokens, tags, strips))
    return out


@dataclass
class GoldText:
    """A text with gold entity character spans (start, end, label)."""

    text: str
    spans: list[tuple[int, int, str]]


def read_ud_entities(path: Path) -> list[GoldText]:
    """Paragraphs of a UD file carrying `Entity=` in MISC, with entity spans in characters.

    IAHLTwiki marks entities on syntactic words but a span that begins with a preposition
    ("ב|גרמניה") takes it in, so the spans here cover whole surface tokens.
    """
    paragraphs: list[GoldText] = []
    sentences: list[tuple[str, list[tuple[int, int, str]]]] = []

    def flush() -> None:
        if sentences:
            text, spans, offset = "", [], 0
            for s_text, s_spans in sentences:
                if text:
                    text += " "
                offset = len(text)
                text += s_text
                spans.extend((a + offset, b + offset, label) for a, b, label in s_spans)
            paragraphs.append(GoldText(text, spans))
        sentences.clear()

    text, pos, mwt_end, mwt_span = "", 0, 0, (0, 0)
    stack: list[tuple[int, str]] = []
    spans: list[tuple[int, int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") or line.startswith("# newdoc"):
            flush()
        elif line.startswith("# text = "):
            text, pos, mwt_end, stack, spans = line[9:], 0, 0, [], []
        elif not line.strip():
            if text:
                sentences.append((text, spans))
            text = ""
        elif not line.startswith("#"):
            cols = line.split("\t")
            ident, form, misc = cols[0], cols[1], cols[9]
            if "." in ident:
                continue
            if "-" in ident:
                mwt_end = int(ident.split("-")[1])
                at = text.find(form, pos)
                mwt_span = (at, at + len(form)) if at >= 0 else (pos, pos)
                pos = mwt_span[1]
                continue
            if int(ident) <= mwt_end:
                start, end = mwt_span
            else:
                at = text.find(form, pos)
                start, end = (at, at + len(form)) if at >= 0 else (pos, pos)
                pos = end
            entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
            for piece in _entity_pieces(entity):
                if piece.startswith("("):
                    if piece.endswith(")"):
                        spans.append((start, end, piece.strip("()")))
                    else:
                        stack.append((start, piece.strip("(")))
                elif piece.endswith(")") and stack:
                    s, label = stack.pop()
                    spans.append((s, end, label))
    flush()
    return paragraphs


def _entity_pieces(value: str) -> list[str]:
    """'(GPE' / 'GPE)' / '(ORG)' / '(ORG(GPE)' -> pieces in order."""
    pieces, buf = [], ""
    for ch in value:
        if ch == "(" and buf:
            pieces.append(buf)
            buf = ""
        buf += ch
        if ch == ")":
            pieces.append(buf)
            buf = ""
    if buf:
        pieces.append(buf)
    return pieces


def as_text(sentences: list[GoldSentence]) -> tuple[str, list[int], list[set]]:
    """The sentences one a line (tokens joined by spaces), each token's start, gold token spans."""
    starts, lines, gold, pos, base = [], [], [], 0, 0
    for s in sentences:
        for t in s.tokens:
            starts.append(pos)
            pos += len(t) + 1
        lines.append(" ".join(s.tokens))
        gold.append({(a + base, b + base, label) for a, b, label in bioes_spans(s.tags)})
        base += len(s.tokens)
    return "\n".join(lines), starts, gold


def to_tokens(spans, starts: list[int]) -> set:
    """Character spans -> (first token, last token + 1, label) over the corpus tokens."""
    return {(bisect_right(starts, a) - 1, bisect_right(starts, b - 1), label) for a, b, label, _ in spans}


def counts(gold: set, pred: set) -> dict[str, list[int]]:
    """label -> [true positives, predicted, gold]."""
    out: dict[str, list[int]] = {}
    for span in pred:
        c = out.setdefault(span[2], [0, 0, 0])
        c[1] += 1
        c[0] += span in gold
    for span in gold:
        out.setdefault(span[2], [0, 0, 0])[2] += 1
    return out


def prf(c: list[int]) -> tuple[float, float, float]:
    tp, npred, ngold = c
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Scores = dict[str, tuple[float, float, float, int]]


def score(gold: list[set[tuple]], pred: list[set[tuple]]) -> Scores:
    """Exact-match precision, recall, F1 and gold count per label and overall ("ALL").

    Each item of `gold`/`pred` is one unit's set of spans whose last element is the label.
    """
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for g, p in zip(gold, pred):
        for span in g:
            n_gold[span[-1]] += 1
        for span in p:
            n_pred[span[-1]] += 1
            if span in g:
                tp[span[-1]] += 1
    for c in (tp, n_gold, n_pred):
        c["ALL"] = sum(c.values())
    out = {}
    for label in sorted(n_gold | n_pred, key=lambda x: (x == "ALL", -n_gold[x], x)):
        p = tp[label] / n_pred[label] if n_pred[label] else 0.0
        r = tp[label] / n_gold[label] if n_gold[label] else 0.0
        out[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold[label])
    return out
