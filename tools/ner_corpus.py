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

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(gold_sentence(item["text"], [tuple(x) for x in item["label"]], labels))
    return out


def gold_sentence(text: str, entities: list[tuple[int, int, str]], labels: set[str]) -> GoldSentence:
    """`text` in our tokens with BIOES tags from character spans; of nested spans of `labels` the
    outermost is kept (a name of ours inside a dropped label, a GPE in a MISC, is kept)."""
    from app.core.entities.tokens import tokenize

    tokens, spans = tokenize(text)
    tags, strips = ["O"] * len(tokens), [0] * len(tokens)
    for start, end, label in sorted(entities, key=lambda x: (x[0], -x[1])):
        first = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
        last = next((i for i, (a, b) in reversed(list(enumerate(spans))) if a < end <= b), None)
        if label not in labels or first is None or last is None or last < first:
            continue
        if any(t != "O" for t in tags[first : last + 1]):
            continue  # inside an entity already taken
        tags[first : last + 1] = span_tags(last - first + 1, label)
        strips[first] = start - spans[first][0]
    return GoldSentence(tokens, tags, strips)


@dataclass
class GoldText:
    """A text with gold entity character spans (start, end, label)."""

    text: str
    spans: list[tuple[int, int, str]]
    doc: int = 0  # which `# newdoc` of the file it comes from


_CLITICS = {"ADP", "CCONJ", "SCONJ"}  # a name's span taking these in ("ב|גרמניה") starts after them


def _ud_sentences(path: Path):
    """(document number, starts a paragraph, text, entities) per sentence of a UD file carrying
    `Entity=` in MISC; an entity is (token start, name start, end, label) in characters: the token
    start is that of the whole surface token, the name start leaves out the clitic words before
    it in that token (a preposition IAHLTwiki sometimes takes into the span)."""
    doc, new_par, text, pos, mwt_end, mwt_span = -1, True, "", 0, 0, (0, 0)
    mwt_at = 0  # where the next word of the current multi-word token starts
    stack: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int, int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            doc, new_par = doc + 1, True
        elif line.startswith("# newpar"):
            new_par = True
        elif line.startswith("# text = "):
            text, pos, mwt_end, stack, spans = line[9:], 0, 0, [], []
        elif not line.strip():
            if text:
                yield max(doc, 0), new_par, text, spans
                new_par = False
            text = ""
        elif not line.startswith("#"):
            cols = line.split("\t")
            ident, form, upos, misc = cols[0], cols[1], cols[3], cols[9]
            if "." in ident:
                continue
            if "-" in ident:
                mwt_end = int(ident.split("-")[1])
                at = text.find(form, pos)
                mwt_span = (at, at + len(form)) if at >= 0 else (pos, pos)
                mwt_at, pos = mwt_span
                continue
            inside = int(ident) <= mwt_end
            if inside:
                start, end = mwt_span
                word = mwt_at  # an implicit article ("ב|ה|כנסת" written "בכנסת") takes no letters
                if text.startswith(form, mwt_at) and mwt_at + len(form) < end:
                    mwt_at += len(form)
                last_word = int(ident) == mwt_end
            else:
                at = text.find(form, pos)
                start, end = (at, at + len(form)) if at >= 0 else (pos, pos)
                pos, word, last_word = end, start, True
            entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
            opened = len(stack)
            for piece in _entity_pieces(entity):
                if piece.startswith("("):
                    if piece.endswith(")"):
                        spans.append((start, word, end, piece.strip("()")))
                    else:
                        stack.append((start, word, piece.strip("(")))
                elif piece.endswith(")") and stack:
                    s, w, label = stack.pop()
                    spans.append((s, w, end, label))
            if inside and upos in _CLITICS and not last_word:
                # names opened on this clitic word start, as names, at the next word
                for k in range(opened, len(stack)):
                    s, w, label = stack[k]
                    if w == word:
                        stack[k] = (s, mwt_at, label)
                spans = [(s, mwt_at if (w == word and b == end) else w, b, lab) for s, w, b, lab in spans]
    if text:
        yield max(doc, 0), new_par, text, spans


def read_ud_entities(path: Path) -> list[GoldText]:
    """Paragraphs of a UD file carrying `Entity=` in MISC, with entity spans in characters.

    IAHLTwiki marks entities on syntactic words but a span that begins with a preposition
    ("ב|גרמניה") takes it in, so the spans here cover whole surface tokens.
    """
    paragraphs: list[GoldText] = []
    for doc, new_par, text, spans in _ud_sentences(path):
        whole = [(a, b, label) for a, _, b, label in spans]
        if new_par or not paragraphs:
            paragraphs.append(GoldText(text, whole, doc))
        else:
            p = paragraphs[-1]
            offset = len(p.text) + 1
            p.text += " " + text
            p.spans.extend((a + offset, b + offset, label) for a, b, label in whole)
    return paragraphs


def read_ud_documents(path: Path, labels: set[str]) -> list[list[GoldSentence]]:
    """A UD file's sentences as training data, one list per `# newdoc`: of nested names of
    `labels` the outermost (others of its labels, TIMEX, TTL, MISC, dropped), the name starting
    after a preposition its span took in, so a token's prefix letters are counted as in NEMO."""
    docs: list[list[GoldSentence]] = []
    for doc, _, text, spans in _ud_sentences(path):
        while len(docs) <= doc:
            docs.append([])
        docs[doc].append(gold_sentence(text, [(w, b, label) for _, w, b, label in spans], labels))
    return docs


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
