"""Prove or refute new CRF feature groups (features.EXTRAS) by paired k-fold cross-validation over
NEMO train, as tools/ner_cv.py chooses data and settings: the same folds (contiguous blocks), the
same training data (NEMO training folds + IAHLT Knesset train), lexicon parts rebuilt from the
training folds, each held-out block scored as one file through tagging.tag_text.

    python tools/ner_features_cv.py [DATA] --variants base,morph,morph2 --out /tmp/ner-feat-cv
    python tools/ner_features_cv.py --report /tmp/ner-feat-cv      # paired Δ F1 vs "base"

A variant is a "+"-joined set of feature groups ("base" = none); every variant is trained on every
fold in the same run, so the difference per fold is paired. Fold-major order: the first folds of
every variant come first. Results go to OUT/results.jsonl, one line per (variant, fold, setting).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from tools.ner_corpus import NEMO_LABELS, as_text, counts, prf, read_iahlt_jsonl, read_nemo, to_tokens  # noqa: E402
from app.core.entities import features  # noqa: E402
from app.core.entities.tagging import Settings, tag_text  # noqa: E402

SETTINGS = {"shipped": Settings(), "t0.5": Settings(threshold=0.5, spread=0.0)}


def groups_of(variant: str) -> frozenset[str]:
    return frozenset(g for g in variant.split("+") if g != "base")


def run(args) -> None:
    import ner_cv
    from ner_lexicons import latin_lexicon
    from train_ner import head_words, office_words

    data = Path(args.data)
    ner_cv.LISTS = data / "gazetteers"
    train = read_nemo(data / "nemo", "train")
    knesset = read_iahlt_jsonl(data / "iahlt-knesset" / "he_iahltknesset-ne-ud-train.jsonl", NEMO_LABELS)
    latin = latin_lexicon()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    results = out / "results.jsonl"
    done = set()
    if results.exists():
        done = {(r["variant"], r["fold"]) for r in map(json.loads, results.read_text().splitlines())}
    folds = [int(k) for k in args.only.split(",")] if args.only else range(args.folds)
    for k in folds:
        a, b = ner_cv.blocks(len(train), args.folds)[k]
        rest = train[:a] + train[b:]
        for variant in args.variants.split(","):
            if (variant, k) in done:
                continue
            features.EXTRAS = groups_of(variant)
            t0 = time.time()
            model = ner_cv.train_fold(rest, knesset, {"knesset"}, out / variant / str(k), args.iterations)
            assert model.lexicon.features == features.EXTRAS
            model.lexicon.heads = head_words(rest)
            model.lexicon.offices = office_words(rest)
            model.lexicon.latin = latin
            t1 = time.time()
            text, starts, gold_per = as_text(train[a:b])
            gold = set().union(*gold_per)
            with results.open("a") as f:
                for name, settings in SETTINGS.items():
                    spans = [s for s in tag_text(text, model, settings) if s[2] in NEMO_LABELS]
                    row = {"variant": variant, "fold": k, "setting": name, "counts": counts(gold, to_tokens(spans, starts))}
                    f.write(json.dumps(row) + "\n")
            size = (out / variant / str(k) / "ner.crfsuite").stat().st_size / 1e6
            print(f"{variant} fold {k}: trained {t1 - t0:.0f} s, scored {time.time() - t1:.0f} s, {size:.1f} MB", flush=True)


def report(out: Path, base: str = "base") -> None:
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    table: dict[tuple[str, str], dict[int, dict]] = {}
    for r in rows:
        table.setdefault((r["variant"], r["setting"]), {})[r["fold"]] = r["counts"]

    def scores(c: dict) -> tuple[float, float, float, dict[str, float]]:
        total = [sum(x[i] for x in c.values()) for i in range(3)]
        p, rec, f = prf(total)
        return p, rec, f, {lab: prf(c.get(lab, [0, 0, 0]))[2] for lab in ("PER", "ORG", "GPE", "LOC")}

    print(f"{'variant':28}{'setting':9}{'F1 mean±sd':>15}{'P':>7}{'R':>7}  {'ΔF1 vs base mean±sd':>22} better  ΔP     PER/ORG/GPE/LOC")
    for (variant, setting), by_fold in sorted(table.items()):
        ref = table.get((base, setting), {})
        folds = sorted(k for k in by_fold if k in ref)
        if not folds:
            continue
        s = [scores(by_fold[k]) for k in folds]
        r = [scores(ref[k]) for k in folds]
        f1 = [x[2] for x in s]
        d = [x[2] - y[2] for x, y in zip(s, r)]
        dp = statistics.mean(x[0] - y[0] for x, y in zip(s, r))
        sd = lambda v: statistics.stdev(v) if len(v) > 1 else 0.0  # noqa: E731
        labels = "/".join(f"{statistics.mean(x[3][lab] for x in s):.3f}" for lab in ("PER", "ORG", "GPE", "LOC"))
        print(
            f"{variant:28}{setting:9}{statistics.mean(f1):8.3f} ± {sd(f1):.3f}{statistics.mean(x[0] for x in s):7.3f}"
            f"{statistics.mean(x[1] for x in s):7.3f}  {statistics.mean(d):+.4f} ± {sd(d):.4f} ({len(folds)})"
            f"  {sum(x > 0 for x in d)}/{len(d)}  {dp:+.3f}  {labels}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--variants", default="base")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated fold numbers to run (default all)")
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--out", default="/tmp/ner-feat-cv")
    ap.add_argument("--report", metavar="OUT", help="summarise OUT/results.jsonl and stop")
    args = ap.parse_args(argv)
    if args.report:
        report(Path(args.report))
        return 0
    run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
