"""Train the shipped NER model from NEMO train, tuned on NEMO dev; deterministic.

    python tools/train_ner.py [DATA]          # DATA defaults to ../shared/data
    python tools/train_ner.py --dry-run ...   # train and report on dev, write nothing

Needs the `train` extra (`pip install -e ".[train]"`): Babel, hebrew-names and wordfreq, from which
the lexicon is derived (see tools/ner_lexicons.py); python-crfsuite is a run-time dependency.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from app.core.entities.bioes import bioes_spans  # noqa: E402
from app.core.entities.corpus import GoldSentence, Scores, read_nemo, score  # noqa: E402
from app.core.entities.features import Gazetteer, sentence_features, stems  # noqa: E402
from app.core.entities.model import (  # noqa: E402
    LEXICON_FILE, MODEL_DIR, PREFIX_FILE, TAGGER_FILE, Lexicon, Model, prefix_features,
    write_lexicon,
)
from ner_lexicons import build_gazetteer, word_frequencies  # noqa: E402

# chosen on NEMO dev (see docs/quality.md, "Named entities")
C1, C2, ITERATIONS = 0.05, 0.05, 400
FOLDS = 4  # a training sentence's "seen names" come from the other three quarters of train
DOC_WINDOW = 25  # NEMO has no document boundaries: runs of 25 sentences stand in for articles


def train_crf(xseq, yseq, path: Path, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseq, yseq):
        trainer.append(x, y)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def vocabulary(sentences: list[GoldSentence]) -> dict[str, int]:
    """How often each word occurs in training text (the prefix model asks it of candidate stems)."""
    counts = Counter(t for s in sentences for t in s.tokens if len(t) > 1 and t[0].isalpha())
    return {w: c for w, c in counts.items() if c >= 1}


def seen_names(sentences: list[GoldSentence]) -> Gazetteer:
    """Entity phrases of `sentences` (first token without its clitics) with their commonest label."""
    votes: dict[str, Counter] = {}
    for s in sentences:
        for a, b, label in bioes_spans(s.tags):
            key = " ".join([s.tokens[a][s.strips[a] :], *s.tokens[a + 1 : b]])
            votes.setdefault(key, Counter())[label] += 1
    return Gazetteer({k: c.most_common(1)[0][0] for k, c in sorted(votes.items())}, mark="t")


def trigger_words(sentences: list[GoldSentence], least: int = 3, share: float = 0.15) -> dict[str, str]:
    """Words after which a name of one label often begins: titles ("השר", "הנשיא" -> PER), also
    across a place ("נשיא רוסיה ולדימיר פוטין"). Counted over the word as written (outside any
    entity): each label that follows it in at least `share` of its uses and `least` times."""
    before: dict[str, Counter] = {}
    uses: Counter = Counter()
    for s in sentences:
        for tok, tag in zip(s.tokens, s.tags):
            if tag == "O":
                uses[tok] += 1
        for a, _, label in bioes_spans(s.tags):
            j = a - 1
            if j >= 0 and s.tags[j] in ("E-GPE", "S-GPE"):  # "נשיא [רוסיה] ..."
                while j >= 0 and s.tags[j] != "O" and s.tags[j][:1] not in "BS":
                    j -= 1
                j -= 1
            if j >= 0 and s.tags[j] == "O":
                before.setdefault(s.tokens[j], Counter())[label] += 1
    out = {}
    for word, labels in sorted(before.items()):
        kept = [lab for lab, n in sorted(labels.items()) if n >= least and n >= share * uses[word]]
        if kept and len(word) > 1 and word[0].isalpha():
            out[word] = "|".join(kept)
    return out


def train_features(train: list[GoldSentence], lexicon: Lexicon, use_seen: bool) -> list:
    """Features of the training sentences; the names a fold has "seen" come from the other folds,
    so the model learns how far to trust a name seen in training on text it has not seen."""
    if not use_seen:
        return [
            sentence_features(s.tokens, lexicon.gazetteer, None, lexicon.freq, None, lexicon.triggers)
            for s in train
        ]
    xs = []
    for a, b in fold_bounds(len(train)):
        seen = seen_names(train[:a] + train[b:])
        xs += [
            sentence_features(s.tokens, lexicon.gazetteer, seen, lexicon.freq, None, lexicon.triggers)
            for s in train[a:b]
        ]
    return xs


def fold_bounds(n: int) -> list[tuple[int, int]]:
    return [(k * n // FOLDS, (k + 1) * n // FOLDS) for k in range(FOLDS)]


def prefix_examples(sentences: list[GoldSentence], lexicon: Lexicon):
    xs, ys = [], []
    for s in sentences:
        for tok, tag, strip in zip(s.tokens, s.tags, s.strips):
            if tag[:1] in "BS" and stems(tok):
                xs.append([prefix_features(tok, tag[2:], lexicon)])
                ys.append([str(strip)])
    return xs, ys


def evaluate(gold: list[list[str]], pred: list[list[str]]) -> Scores:
    return score([set(bioes_spans(g)) for g in gold], [set(bioes_spans(p)) for p in pred])


def windows(n: int) -> list[range]:
    return [range(i, min(n, i + DOC_WINDOW)) for i in range(0, n, DOC_WINDOW)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--dry-run", action="store_true", help="report on dev, write no model")
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--iterations", type=int, default=ITERATIONS)
    ap.add_argument("--sources", default="cldr,names,freq", help="lexicon sources ('' for none)")
    ap.add_argument("--no-triggers", action="store_true", help="without title-word features")
    ap.add_argument("--no-seen", action="store_true", help="without features of names seen in training")
    args = ap.parse_args(argv)

    nemo = Path(args.data) / "nemo"
    train, dev = read_nemo(nemo, "train"), read_nemo(nemo, "dev")
    sources = tuple(s for s in args.sources.split(",") if s)
    lexicon = Lexicon(build_gazetteer(sources), vocabulary(train))
    if not args.no_seen:
        lexicon.seen = seen_names(train)
    if not args.no_triggers:
        lexicon.triggers = trigger_words(train)
    if "freq" in sources:
        lexicon.freq = word_frequencies()
    out = Path(tempfile.mkdtemp(prefix="ner-")) if args.dry_run else Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_lexicon(lexicon, out / LEXICON_FILE)

    t0 = time.perf_counter()
    px, py = prefix_examples(train, lexicon)
    train_crf(px, py, out / PREFIX_FILE, 0.05, 0.05, 100)
    xs = train_features(train, lexicon, not args.no_seen)
    train_crf(xs, [s.tags for s in train], out / TAGGER_FILE, args.c1, args.c2, args.iterations)
    print(f"trained in {time.perf_counter() - t0:.0f} s on {len(train)} sentences", file=sys.stderr)

    model = Model(out)
    gold = [s.tags for s in dev]
    pred = []
    for w in windows(len(dev)):
        pred += model.tag_document([dev[i].tokens for i in w])
    for label, (p, r, f, n) in evaluate(gold, pred).items():
        print(f"{label:5} P {p:.3f} R {r:.3f} F1 {f:.3f}  ({n})")
    alone = [model.tag_sentence(s.tokens) for s in dev]
    print(f"each sentence alone, without document consistency: F1 {evaluate(gold, alone)['ALL'][2]:.3f}")
    starts = [
        (tok, tag[2:], strip)
        for s in dev
        for tok, tag, strip in zip(s.tokens, s.tags, s.strips)
        if tag[:1] in "BS" and stems(tok)
    ]
    hits = sum(model.prefix.length(tok, label) == strip for tok, label, strip in starts)
    print(f"prefix split accuracy on dev entity starts with a possible prefix: {hits / len(starts):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
