"""Document-level features for a second CRF pass (Krishnan & Manning 2006, "stacked" CRFs).

A name is written many times in one article, and the CRF is sure of it in some places and unsure
in others ("מארק חלאסקו" with a title, then "חלאסקו" alone). The first CRF pass reads every
sentence; what it said about each word form and each name it found, summed over the document, is
given to a second CRF as a few more features per token. Each sentence sees the evidence of the
*other* sentences only, so the second CRF weighs what the rest of the document says, not its own
first guess. The second CRF is trained on first-pass outputs from models that did not see the
sentence (jackknife, tools/train_ner.py), so it learns how far the evidence of unseen text goes.

The consistency rules (consistency.py) still act after the CRF: this module replaces none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .bioes import bioes_spans
from .features import MAX_PHRASE, stems

@dataclass
class Reading:
    """The first CRF pass over one sentence."""

    tags: list[str]
    p_name: list[float]  # per token, 1 - P(O)
    kinds: list[str | None]  # per token, the label of its Viterbi tag (None for O)
    spans: list[tuple[int, int, str, float]]  # Viterbi names, confidence = least marginal
    # the first pass's names as Model.crf_spans gives them with `heads` (kept when no second pass runs)
    named: list[tuple[int, int, str, float]] | None = None


def read_sentence(tagger) -> Reading:
    """The first pass's reading of the sentence `tagger` was last `set` to. A token's kind is its
    Viterbi tag's label (asking the marginal of every tag of an uncertain token took ~9% of
    the tagging time)."""
    tags = tagger.tag()
    marginal = tagger.marginal
    p_name = [1.0 - marginal("O", i) for i in range(len(tags))]
    kinds = [None if t == "O" else t[2:] for t in tags]
    spans = [(a, b, lab, min(marginal(tags[i], i) for i in range(a, b))) for a, b, lab in bioes_spans(tags)]
    return Reading(tags, p_name, kinds, spans)


def _keys(token: str) -> tuple[str, ...]:
    """The forms a token votes for: itself and each reading without clitics ("וחלאסקו" also
    votes for "חלאסקו")."""
    return (token, *stems(token))


@dataclass
class Evidence:
    """What the first pass said over a document: per word form, [occurrences, summed P(name),
    {label: summed P(name) where that label was likeliest}]; per name (space-joined tokens, the
    first also without its clitics), {label: [mentions, summed confidence]}."""

    forms: dict[str, list] = field(default_factory=dict)
    names: dict[str, dict[str, list]] = field(default_factory=dict)
    starts: set[str] = field(default_factory=set)  # first tokens of `names`
    # a sentence's first-pass features and reading, kept for the second pass (model.read_document)
    readings: dict[tuple[str, ...], tuple] = field(default_factory=dict)


def add(evidence: Evidence, tokens: list[str], reading: Reading, sign: int = 1) -> None:
    """Count one sentence's reading into `evidence` (sign -1 takes it out again)."""
    forms = evidence.forms
    for tok, p, kind in zip(tokens, reading.p_name, reading.kinds):
        for key in _keys(tok):
            got = forms.get(key)
            if got is None:
                got = forms[key] = [0, 0.0, {}]
            got[0] += sign
            got[1] += sign * p
            if kind is not None:
                got[2][kind] = got[2].get(kind, 0.0) + sign * p
    for a, b, label, conf in reading.spans:
        rest = tokens[a + 1 : b]
        for first in _keys(tokens[a]):
            name = " ".join((first, *rest))
            got = evidence.names.setdefault(name, {}).setdefault(label, [0, 0.0])
            got[0] += sign
            got[1] += sign * conf
            if sign > 0:
                evidence.starts.add(first)


def _p_bucket(p: float) -> str:
    return "0" if p < 0.05 else "1" if p < 0.25 else "2" if p < 0.5 else "3" if p < 0.8 else "4"


def _n_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n < 5 else "5"


def _form_features(mark: str, got: list | None, out: list[str]) -> None:
    if got is None or got[0] < 1:
        return
    n, pe, kinds = got[0], got[1], got[2]
    b = _p_bucket(pe / n)
    out.append(mark + "=" + b)
    out.append(mark + "n=" + b + _n_bucket(n))
    if b != "0":
        kind = max(kinds.items(), key=lambda x: (x[1], x[0]), default=(None, 0.0))
        if kind[0] is not None and kind[1] > 0.0:
            out.append(mark + "t=" + kind[0] + b)


def document_features(tokens: list[str], reading: Reading, evidence: Evidence) -> list[list[str]]:
    """Per token, what the *other* sentences of the document say: how likely the same word form
    (and its clitic-less reading) was a name there, and of which kind ("dw", "ds"); whether a name
    the first pass found elsewhere starts or continues here ("de"), with its label and how sure
    the first pass was of it."""
    add(evidence, tokens, reading, -1)  # the rest of the document only
    try:
        out: list[list[str]] = [[] for _ in tokens]
        forms = evidence.forms
        for i, tok in enumerate(tokens):
            f = out[i]
            _form_features("dw", forms.get(tok), f)
            best = None
            for s in stems(tok):
                got = forms.get(s)
                if got is not None and got[0] > 0 and (best is None or got[0] > best[0]):
                    best = got
            _form_features("ds", best, f)
        names, starts, n = evidence.names, evidence.starts, len(tokens)
        for i in range(n):
            found, found_len = None, 0
            for first in _keys(tokens[i]):
                if first not in starts:
                    continue
                key = first
                for j in range(i + 1, min(n, i + MAX_PHRASE) + 1):
                    if j > i + 1:
                        key = key + " " + tokens[j - 1]
                    labels = names.get(key)
                    if labels and j - i > found_len:
                        live = [(v[0], v[1], lab) for lab, v in labels.items() if v[0] > 0]
                        if live:
                            found, found_len = max(live), j - i
            if found is not None:
                mentions, conf, label = found
                sure = _p_bucket(conf / mentions)
                for k in range(found_len):
                    part = "B" if k == 0 else "I"
                    out[i + k].append("de" + part + "=" + label)
                    out[i + k].append("de" + part + "=" + label + sure)
        return out
    finally:
        add(evidence, tokens, reading, 1)


def disagrees(reading: Reading, extra: list[list[str]]) -> bool:
    """Whether the rest of the document says something of this sentence that its first reading
    does not: a word form (or its clitic-less reading) whose other occurrences were names with
    another likelihood (another five-step bucket of P(name)) than here, or a name found elsewhere
    that starts or continues here under another label than the first pass gave it. Only such a
    sentence needs the second pass; elsewhere the first pass's reading stands (Model.gate)."""
    for p, kind, feats in zip(reading.p_name, reading.kinds, extra):
        if not feats:
            continue
        own = _p_bucket(p)
        for f in feats:
            if f[:3] in ("dw=", "ds="):
                if f[3] != own:
                    return True
            elif f[:2] == "de" and f[-1].isalpha() and f[4:] != kind:
                return True
    return False
