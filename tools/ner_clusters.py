"""Distributional word classes for the NER model's features: words that occur between the same
neighbours fall in one class ("אמר", "הוסיף", "טען"), so a context the CRF saw with one word of a
class counts for the others.

Method: counts of each word's left and right neighbours (the commonest CONTEXTS words, the rest as
one), positive PMI, a rank-DIM truncated SVD (randomized, fixed seed), rows normalised, then k-means
(k-means++ seeding from a fixed seed) at two granularities. Only words seen at least MIN_COUNT times
get a class. Deterministic for the same sentences.

    python tools/ner_clusters.py [DATA]      # prints the classes' sizes and a few members
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MIN_COUNT = 3
CONTEXTS = 2000
DIM = 60
SIZES = (64, 256)
SEED = 1234


def word_classes(sentences: list[list[str]], sizes: tuple[int, ...] = SIZES) -> dict[str, str]:
    """word -> "c64|c256" class ids (e.g. "12|201") for words seen at least MIN_COUNT times."""
    import numpy as np

    counts = Counter(w for s in sentences for w in s)
    vocab = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    if len(vocab) < max(sizes):
        return {}
    index = {w: i for i, w in enumerate(vocab)}
    contexts = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:CONTEXTS]]
    cindex = {w: i for i, w in enumerate(contexts)}
    other = len(contexts)
    width = 2 * (other + 1) + 2  # left, right; sentence edges
    m = np.zeros((len(vocab), width), dtype=np.float32)
    for s in sentences:
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            left = cindex.get(s[i - 1], other) if i > 0 else 2 * (other + 1)
            right = (other + 1) + cindex.get(s[i + 1], other) if i + 1 < len(s) else 2 * (other + 1) + 1
            m[row, left] += 1
            m[row, right] += 1
    total = m.sum()
    rows = m.sum(axis=1, keepdims=True)
    cols = m.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * total / (rows * cols))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0).astype(np.float32)
    rng = np.random.default_rng(SEED)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((width, DIM + 10)).astype(np.float32))
    for _ in range(2):  # power iterations sharpen the leading directions
        q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u, sv, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    x = (q @ u[:, :DIM]) * np.sqrt(sv[:DIM])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    ids = [_kmeans(x, k, rng) for k in sizes]
    return {w: "|".join(str(c[i]) for c in ids) for i, w in enumerate(vocab)}


def _kmeans(x, k: int, rng, rounds: int = 25):
    import numpy as np

    # k-means++ seeding
    centres = [x[rng.integers(len(x))]]
    d = ((x - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        centres.append(x[rng.choice(len(x), p=d / d.sum())])
        d = np.minimum(d, ((x - centres[-1]) ** 2).sum(axis=1))
    c = np.array(centres)
    for _ in range(rounds):
        assign = (x @ c.T - 0.5 * (c**2).sum(axis=1)).argmax(axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c[j] = members.mean(axis=0)
    return assign


def unlabeled_sentences(data: Path) -> list[list[str]]:
    """Text besides NEMO train that the classes may be learnt from: IAHLT Knesset train and dev."""
    import json

    from app.core.entities.tokens import tokenize

    out = []
    for split in ("train", "dev"):
        path = data / "iahlt-knesset" / f"he_iahltknesset-ne-ud-{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(tokenize(json.loads(line)["text"])[0])
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT / "tools"))
    from tools.ner_corpus import read_nemo

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    sents = [s.tokens for s in read_nemo(data / "nemo", "train")] + unlabeled_sentences(data)
    classes = word_classes(sents)
    by: dict[str, list[str]] = {}
    for w, c in classes.items():
        by.setdefault(c.split("|")[1], []).append(w)
    print(len(classes), "words in", len(by), "classes")
    for c, ws in sorted(by.items(), key=lambda x: -len(x[1]))[:25]:
        print(c, len(ws), " ".join(ws[:15]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
