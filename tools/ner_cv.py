"""Choose the NER model's training data, lexicons and decision settings by k-fold cross-validation
over NEMO train, never looking at dev (dev is read once, at the end, by train_ner.py).

    python tools/ner_cv.py [DATA] --configs base,knesset --folds 5 --out /tmp/ner-cv   # train + score
    python tools/ner_cv.py --report /tmp/ner-cv                                         # mean ± sd

NEMO has no document ids, so the folds are contiguous blocks of sentences (neighbouring sentences
come from the same article and stay on one side). Every lexicon part learnt from data (names seen
in training, title words, vocabulary) is rebuilt from the training folds only. Each held-out block
is scored as the product sees a file: its sentences one a line through tagging.tag_text, character
spans mapped back to the corpus tokens, exact match of span and label. The document rules and the
confidence threshold act after the CRF, so one trained fold model is scored under every setting.
Results go to OUT/results.jsonl, one line per (config, fold, setting), with counts per label.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from tools.ner_corpus import (  # noqa: E402
    NEMO_LABELS, GoldSentence, as_text, counts, prf, read_iahlt_jsonl, read_nemo, to_tokens,
)
from app.core.entities.tagging import Settings, tag_text  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
BEST = Settings(pairs=False)  # the rules CV kept ("pairs" cost 1 point of F1 and 3 of precision)
RULES = {
    "all": BEST,
    "no-offices": replace(BEST, offices=False),
    "none": Settings(titles=False, propagate=False, first_names=False, heads=False, pairs=False, offices=False),
}


def blocks(n: int, folds: int) -> list[tuple[int, int]]:
    return [(k * n // folds, (k + 1) * n // folds) for k in range(folds)]


def score_fold(model, held: list[GoldSentence]) -> list[dict]:
    text, starts, gold_per = as_text(held)
    gold = set().union(*gold_per)
    rows = []
    for name, rules in RULES.items():
        for t in THRESHOLDS if name == "all" else THRESHOLDS[::3]:  # 0, 0.6, 0.9
            settings = replace(rules, threshold=t)
            spans = [s for s in tag_text(text, model, settings) if s[2] in NEMO_LABELS]
            pred = to_tokens(spans, starts)
            rows.append({"rules": name, "threshold": t, "counts": counts(gold, pred)})
    return rows


def train_fold(train: list[GoldSentence], extra: list[GoldSentence], config: set[str], out: Path, iterations: int):
    from app.core.entities.model import LEXICON_FILE, PREFIX_FILE, TAGGER_FILE, NameLexicon, Model, write_lexicon
    from ner_lexicons import build_gazetteer
    from train_ner import C1, C2, prefix_examples, seen_names, train_crf, train_features, trigger_words, vocabulary

    sources = ("cldr", "names", "lists") if "gaz" in config else ("cldr", "names")
    data = train + extra
    lexicon = NameLexicon(build_gazetteer(sources, LISTS), vocabulary(data))
    lexicon.seen = seen_names(data)
    lexicon.triggers = trigger_words(train)  # title words as Haaretz uses them
    lexicon.freq = _freq()
    out.mkdir(parents=True, exist_ok=True)
    write_lexicon(lexicon, out / LEXICON_FILE)
    px, py = prefix_examples(data, lexicon)
    train_crf(px, py, out / PREFIX_FILE, 0.05, 0.05, 100)
    xs = train_features(train, lexicon, True) + (train_features(extra, lexicon, True) if extra else [])
    c1 = 0.1 if "c1" in config else C1
    train_crf(xs, [s.tags for s in data], out / TAGGER_FILE, c1, C2, iterations)
    return Model(out)


_FREQ: dict = {}
LISTS: Path | None = None  # the shared gazetteers folder


def _freq():
    if not _FREQ:
        from ner_lexicons import word_frequencies

        _FREQ.update(word_frequencies())
    return _FREQ


def run(args) -> None:
    global LISTS
    data = Path(args.data)
    LISTS = data / "gazetteers"
    train = read_nemo(data / "nemo", "train")
    knesset = read_iahlt_jsonl(data / "iahlt-knesset" / "he_iahltknesset-ne-ud-train.jsonl", NEMO_LABELS)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    done = set()
    results = out / "results.jsonl"
    if results.exists():
        done = {(r["config"], r["fold"]) for r in map(json.loads, results.read_text().splitlines())}
    for config_name in args.configs.split(","):
        config = set(config_name.split("+"))
        for k, (a, b) in enumerate(blocks(len(train), args.folds)):
            if (config_name, k) in done:
                continue
            t0 = time.time()
            extra = knesset if "knesset" in config else []
            model = train_fold(train[:a] + train[b:], extra, config, out / config_name / str(k), args.iterations)
            t1 = time.time()
            rows = score_fold(model, train[a:b])
            with results.open("a") as f:
                for r in rows:
                    f.write(json.dumps({"config": config_name, "fold": k, **r}) + "\n")
            print(f"{config_name} fold {k}: trained {t1 - t0:.0f} s, scored {time.time() - t1:.0f} s", flush=True)


SPREADS = (0.0, 0.8)


def score_grid(model, held: list[GoldSentence]) -> list[dict]:
    """Rules and thresholds, and the least confidence of a name for it to be spread."""
    text, starts, gold_per = as_text(held)
    gold = set().union(*gold_per)
    rows = []
    for name, rules in RULES.items():
        for t in THRESHOLDS if name == "all" else (0.5, 0.6):
            for spread in SPREADS if name == "all" else (0.0, 0.8):
                settings = replace(rules, threshold=t, spread=spread)
                spans = [s for s in tag_text(text, model, settings) if s[2] in NEMO_LABELS]
                pred = to_tokens(spans, starts)
                rows.append({"rules": f"{name}/s{spread}", "threshold": t, "counts": counts(gold, pred)})
    return rows


def rescore(args) -> None:
    """Score the fold models saved by `run` again under the current RULES (rules act after the
    CRF, so a new rule needs no training); the lexicon parts the rules read that the saved models
    lack are rebuilt from the training folds. Appends to OUT/rescore.jsonl."""
    from app.core.entities.model import Model
    from ner_lexicons import latin_lexicon
    from train_ner import head_words, office_words

    data = Path(args.data)
    train = read_nemo(data / "nemo", "train")
    out = Path(args.out)
    latin = latin_lexicon()
    results = out / "rescore.jsonl"
    done = set()
    if results.exists():
        done = {(r["config"], r["fold"]) for r in map(json.loads, results.read_text().splitlines())}
    for config_name in args.configs.split(","):
        for k, (a, b) in enumerate(blocks(len(train), args.folds)):
            folder = out / config_name / str(k)
            if (config_name, k) in done or not (folder / "ner.crfsuite").exists():
                continue
            model = Model(folder)
            model.lexicon.heads = head_words(train[:a] + train[b:])
            model.lexicon.offices = office_words(train[:a] + train[b:])
            model.lexicon.latin = latin
            rows = score_grid(model, train[a:b])
            with results.open("a") as f:
                for r in rows:
                    f.write(json.dumps({"config": config_name, "fold": k, **r}) + "\n")
            print(f"rescored {config_name} fold {k}", flush=True)


def report(out: Path, name: str) -> None:
    rows = [json.loads(line) for line in (out / name).read_text().splitlines()]
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["config"], r["rules"], r["threshold"]), []).append(r)
    print(f"{'config':16}{'rules':16}{'thr':>5}  {'F1 mean±sd':>14}{'P':>7}{'R':>7}  folds   PER    ORG    GPE    LOC")
    for (config, rules, t), rs in sorted(groups.items()):
        f1s, ps, rs_ = [], [], []
        per_label: dict[str, list[float]] = {}
        for r in rs:
            total = [sum(c[i] for c in r["counts"].values()) for i in range(3)]
            p, rec, f = prf(total)
            f1s.append(f)
            ps.append(p)
            rs_.append(rec)
            for label in ("PER", "ORG", "GPE", "LOC"):
                per_label.setdefault(label, []).append(prf(r["counts"].get(label, [0, 0, 0]))[2])
        sd = statistics.stdev(f1s) if len(f1s) > 1 else 0.0
        labels = " ".join(f"{statistics.mean(v):.3f}" for v in per_label.values())
        print(
            f"{config:16}{rules:16}{t:5.2f}  {statistics.mean(f1s):.3f} ± {sd:.3f}"
            f"{statistics.mean(ps):7.3f}{statistics.mean(rs_):7.3f}  {len(rs):5}   {labels}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--configs", default="base")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", default="/tmp/ner-cv")
    ap.add_argument("--report", metavar="OUT", help="summarise OUT/results.jsonl and stop")
    ap.add_argument("--rescore", action="store_true", help="score saved fold models under RULES again")
    args = ap.parse_args(argv)
    if args.report:
        for name in ("results.jsonl", "rescore.jsonl"):
            if (Path(args.report) / name).exists():
                print(name)
                report(Path(args.report), name)
        return 0
    if args.rescore:
        rescore(args)
        return 0
    run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
