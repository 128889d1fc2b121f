"""Choose the NER model's training data, lexicons and decision settings by k-fold cross-validation
over NEMO train, never looking at dev (dev is read once, at the end, by train_ner.py).

    python tools/ner_cv.py [DATA] --configs knesset,knesset+wiki --out /tmp/ner-cv   # train + score
    python tools/ner_cv.py --report /tmp/ner-cv --baseline knesset                    # mean ± sd, Δ
    python tools/ner_cv.py [DATA] --wiki --configs knesset+nemodev,knesset+nemodev+wiki  # IAHLTwiki

A configuration names its training data and hyper-parameters, joined by "+": `knesset`, `kdev`
(IAHLT Knesset train, dev), `wiki` (IAHLTwiki dev; `wiki3` three times), `nemodev` (NEMO dev, only with --wiki),
`gaz` (the shared name lists), `geo` (GeoNames' Hebrew city names; `geo3`: without one-word names of Zipf
frequency 3 or more; suffix `s`: the names CLDR lacks under a feature of their own; `w`: without Israel's towns;
see ner_lexicons.build_gazetteer), `it400` (L-BFGS iterations), `c1=0.1`, `c2=0.1`. The rejected candidates of
issue 14's third round (feature groups `bag`, `affix`: commit f648bdf; `doctext`: a17acd6; the two-stage
`document` model and its `+gate`, `docs=N` options: dead8e3 and f05de75) were configurations of this script;
their code left main after cross-validation rejected them (docs/quality.md, "Named entities").
With --wiki the held-out blocks are groups of IAHLTwiki dev documents (`# newdoc`) instead: the
model is trained on all of NEMO train and the configuration's extra data (with `wiki`, the other
groups' documents; without, one model serves every group), and each group's paragraphs are scored
as the benchmark does (whole-token character spans, the nine labels; the CRF and document rules,
not the Latin-script finder, which does not depend on the training data).

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
    NEMO_LABELS, GoldSentence, as_text, counts, prf, read_iahlt_jsonl, read_nemo, read_ud_documents,
    read_ud_entities, to_tokens,
)
from app.core.entities import features  # noqa: E402
from app.core.entities.tagging import Settings, tag_text  # noqa: E402
from train_ner import KNESSET, WIKI  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)
BEST = Settings(threshold=0.0, spread=0.0)  # the shipped rules; threshold and spread are swept
RULES = {
    "all": BEST,
    "no-titles": replace(BEST, titles=False),
    "no-propagate": replace(BEST, propagate=False),
    "no-first-names": replace(BEST, first_names=False),
    "no-heads": replace(BEST, heads=False),
    "with-pairs": replace(BEST, pairs=True),
    "no-offices": replace(BEST, offices=False),
    "none": Settings(titles=False, propagate=False, first_names=False, heads=False, pairs=False, offices=False),
}
GRID_SPREADS = (0.0, 0.6, 0.7, 0.8, 0.9)


def blocks(n: int, folds: int) -> list[tuple[int, int]]:
    return [(k * n // folds, (k + 1) * n // folds) for k in range(folds)]


def doc_groups(sizes: list[int], folds: int) -> list[list[int]]:
    """Documents into `folds` groups of about equal sentence counts (largest first, each to the
    smallest group so far; ties to the first), deterministic."""
    groups: list[list[int]] = [[] for _ in range(folds)]
    totals = [0] * folds
    for d in sorted(range(len(sizes)), key=lambda d: (-sizes[d], d)):
        k = totals.index(min(totals))
        groups[k].append(d)
        totals[k] += sizes[d]
    return [sorted(g) for g in groups]


def memoized(model):
    """The fold model with its CRF answers kept per sentence: the grid asks the same sentences
    under every setting, and the settings act only after the CRF."""
    crf, memo = model.crf_spans, {}

    def crf_spans(tokens, heads=False):
        key = (tuple(tokens), heads)
        if key not in memo:
            memo[key] = crf(tokens, heads)
        return memo[key]

    model.crf_spans = crf_spans
    return model


def grid(text: str, model) -> list[tuple[float, float, list]]:
    """(threshold, spread, names of the NEMO labels) under the shipped rules, for every setting."""
    return [
        (t, spread, [s for s in tag_text(text, model, replace(BEST, threshold=t, spread=spread)) if s[2] in NEMO_LABELS])
        for t in THRESHOLDS
        for spread in GRID_SPREADS
    ]


def score_fold(model, held: list[GoldSentence]) -> list[dict]:
    text, starts, gold_per = as_text(held)
    gold = set().union(*gold_per)
    return [
        {"rules": f"all/s{spread}", "threshold": t, "counts": counts(gold, to_tokens(spans, starts))}
        for t, spread, spans in grid(text, memoized(model))
    ]


def score_wiki(model, paragraphs) -> list[dict]:
    """Whole-token character spans per paragraph, as benchmarks/ner_bench.py scores IAHLTwiki."""
    from benchmarks.ner_bench import widen

    model, total = memoized(model), {}
    for p in paragraphs:
        gold = {s for s in p.spans if s[2] in NEMO_LABELS}
        for t, spread, spans in grid(p.text, model):
            c = counts(gold, widen(p.text, ((a, b, label) for a, b, label, _ in spans)))
            into = total.setdefault((t, spread), {})
            for label, (tp, n_pred, n_gold) in c.items():
                x = into.setdefault(label, [0, 0, 0])
                x[0], x[1], x[2] = x[0] + tp, x[1] + n_pred, x[2] + n_gold
    return [{"rules": f"all/s{spread}", "threshold": t, "counts": c} for (t, spread), c in total.items()]


def option(config: set[str], name: str, default: float) -> float:
    return next((float(c.split("=")[1]) for c in config if c.startswith(name + "=")), default)


def train_fold(train: list[GoldSentence], extra: list[GoldSentence], config: set[str], out: Path, iterations: int, wiki: list[GoldSentence] = ()):
    """One model as tools/train_ner.py makes it, from NEMO `train`, `extra` and `wiki`."""
    import train_ner
    from app.core.entities.model import Model

    train_ner.LISTS = LISTS
    sources = ("cldr", "names", "lists", "freq") if "gaz" in config else ("cldr", "names", "freq")
    sources += tuple(sorted(c for c in config if c[:3] == "geo"))  # GeoNames' Hebrew city names
    iterations = next((int(c[2:]) for c in config if c[:2] == "it" and c[2:].isdigit()), iterations)
    c1 = option(config, "c1", 0.1 if "c1" in config else train_ner.C1)
    copies = next((int(c[4:]) for c in config if c[:4] == "wiki" and c[4:].isdigit()), 1)
    train_ner.build_model(out, train, extra, list(wiki), sources, c1, option(config, "c2", train_ner.C2), iterations,
                          wiki_copies=copies)
    return Model(out)


LISTS: Path | None = None  # the shared gazetteers folder
SHIPPED_EXTRAS = features.EXTRAS  # the feature groups every configuration has
CANDIDATE_GROUPS: set[str] = set()  # feature groups a configuration may add (none now; see the docstring)


def feature_groups(config: set[str]) -> None:
    """The configuration's feature groups: the shipped ones, and the CANDIDATE_GROUPS it names."""
    features.EXTRAS = SHIPPED_EXTRAS | (config & CANDIDATE_GROUPS)


def extra_data(data: Path, config: set[str], nemo_dev: bool = False) -> list[GoldSentence]:
    """The configuration's extra training data besides NEMO train (IAHLTwiki apart)."""
    out = read_iahlt_jsonl(data / KNESSET.format("train"), NEMO_LABELS) if "knesset" in config else []
    if "kdev" in config:
        out += read_iahlt_jsonl(data / KNESSET.format("dev"), NEMO_LABELS)
    if nemo_dev and "nemodev" in config:
        out += read_nemo(data / "nemo", "dev")
    return out


def setup(args, name: str) -> tuple[Path, list[GoldSentence], Path, Path, set]:
    """Data folder, NEMO train, output folder, its results file `name` and what it holds already
    (an interrupted run goes on where it stopped)."""
    global LISTS
    data = Path(args.data)
    LISTS = data / "gazetteers"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    results = out / name
    done = set()
    if results.exists():
        done = {(r["config"], r["fold"]) for r in map(json.loads, results.read_text().splitlines())}
    return data, read_nemo(data / "nemo", "train"), out, results, done


def append(results: Path, rows: list[dict], **key) -> None:
    with results.open("a") as f:
        for r in rows:
            f.write(json.dumps({**key, **r}) + "\n")


def run(args) -> None:
    data, train, out, results, done = setup(args, "results.jsonl")
    wiki = [s for doc in read_ud_documents(data / WIKI, NEMO_LABELS) for s in doc]
    for config_name in args.configs.split(","):
        config = set(config_name.split("+"))
        feature_groups(config)
        for k, (a, b) in enumerate(blocks(len(train), args.folds)):
            if (config_name, k) in done:
                continue
            t0 = time.time()
            extra = extra_data(data, config)
            model = train_fold(train[:a] + train[b:], extra, config, out / config_name / str(k), args.iterations,
                               wiki if any(c.startswith("wiki") for c in config) else ())
            t1 = time.time()
            append(results, score_fold(model, train[a:b]), config=config_name, fold=k)
            print(f"{config_name} fold {k}: trained {t1 - t0:.0f} s, scored {time.time() - t1:.0f} s", flush=True)


def run_wiki(args) -> None:
    """Held-out groups of IAHLTwiki dev documents (see the module's docstring)."""
    data, train, out, results, done = setup(args, "wiki.jsonl")
    docs = read_ud_documents(data / WIKI, NEMO_LABELS)
    paragraphs = read_ud_entities(data / WIKI)
    groups = doc_groups([len(d) for d in docs], args.folds)
    for config_name in args.configs.split(","):
        config = set(config_name.split("+"))
        feature_groups(config)
        extra = extra_data(data, config, nemo_dev=True)
        model = None
        for k, group in enumerate(groups):
            if (config_name, k) in done:
                continue
            t0 = time.time()
            if any(c.startswith("wiki") for c in config):
                rest = [s for d, doc in enumerate(docs) if d not in group for s in doc]
                model = train_fold(train, extra, config, out / f"wiki-{config_name}" / str(k), args.iterations, rest)
            elif model is None:  # no IAHLTwiki in training: one model for every group
                model = train_fold(train, extra, config, out / f"wiki-{config_name}" / "all", args.iterations)
            t1 = time.time()
            rows = score_wiki(model, [p for p in paragraphs if p.doc in group])
            append(results, rows, config=config_name, fold=k, docs=group)
            print(f"wiki {config_name} fold {k} (docs {group}): trained {t1 - t0:.0f} s, scored {time.time() - t1:.0f} s", flush=True)


SPREADS = (0.0, 0.8)
FULL_GRID = {"all"}  # rules scored at every threshold (--full-grid adds more)


DOC_SENTENCES = 0  # with --doc-sentences: the held-out block is scored as files of this many sentences


def score_grid(model, held: list[GoldSentence]) -> list[dict]:
    """Rules and thresholds, and the least confidence of a name for it to be spread; the held-out
    block as one file, or (DOC_SENTENCES) as many short ones, as a reader's articles are (the
    26 Haaretz dev articles of the benchmark have 16.5 sentences on average), counts pooled."""
    size = DOC_SENTENCES or len(held)
    total: dict[tuple, dict] = {}
    for at in range(0, len(held), size):
        text, starts, gold_per = as_text(held[at : at + size])
        gold = set().union(*gold_per)
        for name, rules in RULES.items():
            for t in THRESHOLDS if name in FULL_GRID else (0.5, 0.6):
                for spread in (SPREADS if name in FULL_GRID else (0.0, 0.8)) if rules.propagate else (0.0,):
                    settings = replace(rules, threshold=t, spread=spread)
                    spans = [s for s in tag_text(text, model, settings) if s[2] in NEMO_LABELS]
                    into = total.setdefault((f"{name}/s{spread}", t), {})
                    for label, c in counts(gold, to_tokens(spans, starts)).items():
                        x = into.setdefault(label, [0, 0, 0])
                        for i in range(3):
                            x[i] += c[i]
    return [{"rules": rules, "threshold": t, "counts": c} for (rules, t), c in total.items()]


def rescore(args) -> None:
    """Score the fold models saved by `run` again under the current RULES (rules act after the
    CRF, so a new rule needs no training); the lexicon parts the rules read that the saved models
    lack are rebuilt from the training folds. Appends to OUT/rescore.jsonl."""
    from app.core.entities.model import Model
    from ner_lexicons import latin_lexicon
    from train_ner import head_words, office_words

    _, train, out, results, done = setup(args, args.name or "rescore.jsonl")
    if args.full_grid:
        global RULES
        FULL_GRID.update(args.full_grid.split(","))
        RULES = {k: v for k, v in RULES.items() if k in FULL_GRID}
    if args.spreads:
        global SPREADS
        SPREADS = tuple(float(x) for x in args.spreads.split(","))
    global DOC_SENTENCES
    DOC_SENTENCES = args.doc_sentences
    latin = latin_lexicon()
    for config_name in args.configs.split(","):
        for k, (a, b) in enumerate(blocks(len(train), args.folds)):
            folder = out / config_name / str(k)
            if (config_name, k) in done or not (folder / "ner.crfsuite").exists():
                continue
            model = memoized(Model(folder))
            model.lexicon.heads = head_words(train[:a] + train[b:])
            model.lexicon.offices = office_words(train[:a] + train[b:])
            model.lexicon.latin = latin
            append(results, score_grid(model, train[a:b]), config=config_name, fold=k)
            print(f"rescored {config_name} fold {k}", flush=True)


def fold_scores(rows: list[dict]) -> dict[tuple, dict[int, tuple]]:
    """(config, rules, threshold) -> fold -> (P, R, F1, per-label F1)."""
    out: dict[tuple, dict[int, tuple]] = {}
    for r in rows:
        total = [sum(c[i] for c in r["counts"].values()) for i in range(3)]
        labels = {lab: prf(r["counts"].get(lab, [0, 0, 0]))[2] for lab in ("PER", "ORG", "GPE", "LOC")}
        out.setdefault((r["config"], r["rules"], r["threshold"]), {})[r["fold"]] = (*prf(total), labels)
    return out


def report(out: Path, name: str, baseline: str | None = None, only: str | None = None) -> None:
    """Mean ± sd over folds per setting; with `baseline`, the paired difference of F1 per fold
    from the baseline configuration under the same setting (mean ± sd, folds better)."""
    scores = fold_scores([json.loads(line) for line in (out / name).read_text().splitlines()])
    print(f"{'config':24}{'rules':10}{'thr':>5}  {'F1 mean±sd':>14}{'P':>7}{'R':>7}  n   PER   ORG   GPE   LOC"
          + ("   ΔF1 vs baseline   better" if baseline else ""))
    for (config, rules, t), folds in sorted(scores.items()):
        if only and rules != only:
            continue
        f1s = [v[2] for v in folds.values()]
        sd = statistics.stdev(f1s) if len(f1s) > 1 else 0.0
        labels = " ".join(f"{statistics.mean(v[3][lab] for v in folds.values()):.3f}" for lab in ("PER", "ORG", "GPE", "LOC"))
        line = (f"{config:24}{rules:10}{t:5.2f}  {statistics.mean(f1s):.3f} ± {sd:.3f}"
                f"{statistics.mean(v[0] for v in folds.values()):7.3f}{statistics.mean(v[1] for v in folds.values()):7.3f}"
                f"  {len(f1s)}   {labels}")
        base = scores.get((baseline, rules, t), {}) if baseline else {}
        paired = [folds[k][2] - base[k][2] for k in sorted(folds) if k in base]
        if baseline and config != baseline and len(paired) > 1:
            line += f"   {statistics.mean(paired):+.4f} ± {statistics.stdev(paired):.4f}   {sum(d > 0 for d in paired)}/{len(paired)}"
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--configs", default="knesset")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--out", default="/tmp/ner-cv")
    ap.add_argument("--wiki", action="store_true", help="hold out groups of IAHLTwiki dev documents")
    ap.add_argument("--report", metavar="OUT", help="summarise OUT's results and stop")
    ap.add_argument("--baseline", help="with --report: the configuration to compare with, fold by fold")
    ap.add_argument("--rules", help="with --report: only this rules/spread setting, e.g. all/s0.8")
    ap.add_argument("--rescore", action="store_true", help="score saved fold models under RULES again")
    ap.add_argument("--full-grid", help="with --rescore: only these rules (and 'all'), each at every threshold")
    ap.add_argument("--name", help="with --rescore: the results file in OUT (default rescore.jsonl)")
    ap.add_argument("--spreads", help="with --rescore: the spread limits of the full grid (default 0,0.8)")
    ap.add_argument("--doc-sentences", type=int, default=0,
                    help="with --rescore: score each held-out block as files of this many sentences")
    args = ap.parse_args(argv)
    if args.report:
        for name in ("results.jsonl", "rescore.jsonl", "wiki.jsonl", *([args.name] if args.name else [])):
            if (Path(args.report) / name).exists():
                print(name)
                report(Path(args.report), name, args.baseline, args.rules)
        return 0
    if args.rescore:
        rescore(args)
    elif args.wiki:
        run_wiki(args)
    else:
        run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
