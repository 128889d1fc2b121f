"""Train the second CRF pass of a stacked NER model (app/core/entities/document_features.py).

The second CRF must learn from first-pass readings like those it will get on new text, not from
a first CRF that has memorised the sentence (its marginals there are over-confident). So the
training sentences are cut into JACKKNIFE contiguous parts; a first-pass CRF trained on the other
parts reads each part, and the part's readings, summed over documents of DOC_SENTENCES
consecutive sentences (about the size of the held-out files: NEMO test is 706 sentences, a CV
block ~990), give the document features the second CRF is trained with.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.core.entities.document_features import Evidence, add, document_features, read_sentence

JACKKNIFE = 4
DOC_SENTENCES = 800


def second_pass_features(tokens: list[list[str]], xs: list, ys: list, train_crf, c1: float, c2: float,
                         iterations: int) -> list:
    """The training sentences' features with the document features of jackknifed first passes;
    `train_crf(xs, ys, path, c1, c2, iterations)` trains one CRF."""
    import pycrfsuite

    n = len(xs)
    readings: list = [None] * n
    bounds = [(k * n // JACKKNIFE, (k + 1) * n // JACKKNIFE) for k in range(JACKKNIFE)]
    with tempfile.TemporaryDirectory(prefix="ner-jack-") as tmp:
        for k, (a, b) in enumerate(bounds):
            path = Path(tmp) / f"first-{k}.crfsuite"
            train_crf(xs[:a] + xs[b:], ys[:a] + ys[b:], path, c1, c2, iterations)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for i in range(a, b):
                tagger.set(xs[i])
                readings[i] = read_sentence(tagger)
            tagger.close()
    out = []
    for a, b in bounds:
        for start in range(a, b, DOC_SENTENCES):
            doc = range(start, min(b, start + DOC_SENTENCES))
            evidence = Evidence()
            for i in doc:
                add(evidence, tokens[i], readings[i])
            for i in doc:
                extra = document_features(tokens[i], readings[i], evidence)
                out.append([f + d for f, d in zip(xs[i], extra)])
    return out
