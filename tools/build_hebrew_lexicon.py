"""Build resources/hebrew/{vocabulary.bin, prefix-model.json}, the lexicon behind prefix splitting.

    pip install -e ".[lexicon]"
    python tools/build_hebrew_lexicon.py [../shared/data]

The vocabulary is wordfreq's large Hebrew list (Zipf >= CUTOFF, and rarer forms the list also
has with a prefix). The weights are one logistic
regression per proclitic over `app.core.hebrew.prefixes.features`, fitted on the rarer word types of
NEMO train (its gold morphemes give each token's written prefix; rare types stand for the unseen words
the model will meet). A type's train analysis is prefixed when at least SPLIT_SHARE of its tokens
are (the one value tuned on HTB dev). Analyses of NEMO train that the weights still get wrong are
kept verbatim. Deterministic: same data and package versions, same files. Dev and test splits are
not read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from app.core.hebrew import lexicon as lexicon_module  # noqa: E402
from app.core.hebrew.chars import is_hebrew  # noqa: E402
from app.core.hebrew.prefixes import ORDER, _ARTICLE, _decide, features  # noqa: E402
from hebrew_gold import gold_prefix, nemo_tokens  # noqa: E402

CUTOFF = 2.0  # Zipf frequency: every form this common (~202k)
RARE_CUTOFF = 1.5  # rarer forms kept when attested with a prefix: ~24k more
LIST_FLOOR = 1.0  # how far down the list prefixed forms are looked for
RARE = 3  # types seen at most this often in train are the training set for the weights
# A type is read as prefixed when at least this share of its train tokens is (NEMO keeps במקום,
# השנה whole about half the time where UD splits them); tuned on HTB dev, the only value read there.
SPLIT_SHARE = 0.3


def build_vocabulary() -> dict[str, float]:
    """Forms of Zipf >= CUTOFF, and rarer ones down to RARE_CUTOFF that the list also has with a
    prefix (פילנטרופיה beside הפילנטרופיה): rare remainders the splitter must recognise."""
    import wordfreq

    forms = {}
    for word in wordfreq.iter_wordlist("he", wordlist="large"):
        z = wordfreq.zipf_frequency(word, "he", wordlist="large")
        if z < LIST_FLOOR:
            break
        if is_hebrew(word[0]) and all(is_hebrew(c) or c in "\"'" for c in word):
            forms[word] = z
    return {
        w: z
        for w, z in forms.items()
        if z >= CUTOFF or (z >= RARE_CUTOFF and any(q + w in forms for q in "ובלהשמכ"))
    }


def step_examples(tokens: list[tuple[str, str]], zipf: dict[str, float], floor: float):
    """(step, features, is-a-prefix) for every candidate step along each token's gold analysis."""
    for word, gold in tokens:
        rest, prefix, last = word, gold, -1
        while True:
            for step, order in ORDER.items():
                if order > last and rest.startswith(step) and len(rest) - len(step) >= 2:
                    f = features(rest, step, rest[len(step) :], zipf, floor)
                    if f is not None:
                        yield step, f, prefix.startswith(step)
            taken = max((s for s, o in ORDER.items() if o > last and prefix.startswith(s)), key=len, default="")
            if not taken:
                break
            rest, prefix = rest[len(taken) :].lstrip('"'), prefix[len(taken) :].lstrip('"')
            last = _ARTICLE if taken in "בכל" else ORDER[taken]


def fit_weights(examples) -> dict[str, list[float]]:
    from sklearn.linear_model import LogisticRegression

    by_step: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for step, f, y in examples:
        by_step[step][0].append(f)
        by_step[step][1].append(y)
    weights = {}
    for step in ORDER:
        x, y = by_step[step]
        if len(set(y)) < 2 or sum(y) < 10:
            continue  # too little evidence to ever split on this step
        model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
        weights[step] = [round(float(model.intercept_[0]), 5)] + [round(float(c), 5) for c in model.coef_[0]]
        print(f"  {step}: {len(y)} examples, {sum(y)} prefixes", file=sys.stderr)
    return weights


def reading(counts: Counter) -> str:
    """The train analysis of a type: its commonest prefix if SPLIT_SHARE of its tokens are prefixed."""
    split = Counter({g: n for g, n in counts.items() if g})
    if split and sum(split.values()) >= SPLIT_SHARE * sum(counts.values()):
        return min(split, key=lambda g: (-split[g], g))
    return ""


def main(data: Path) -> None:
    if not (data / "ud").is_dir() or not (data / "nemo").is_dir():
        sys.exit(f"no corpora at {data}: pass the shared data folder (with ud/ and nemo/) as the argument")
    out = lexicon_module.RESOURCES
    out.mkdir(parents=True, exist_ok=True)
    lexicon_module.write_vocabulary(build_vocabulary(), lexicon_module.VOCABULARY)
    zipf = lexicon_module.read_vocabulary(lexicon_module.VOCABULARY)  # exactly what the app will see
    floor = RARE_CUTOFF - 0.5

    analyses: dict[str, Counter] = defaultdict(Counter)
    for surface, morphemes in nemo_tokens(data, "train"):
        gold = gold_prefix(surface, morphemes)
        if gold is not None and is_hebrew(surface[0]):
            analyses[surface][gold] += 1
    counts = {w: sum(c.values()) for w, c in analyses.items()}
    reading_of = {w: reading(c) for w, c in analyses.items()}
    rare = [(w, g) for w, g in sorted(reading_of.items()) for _ in range(counts[w]) if counts[w] <= RARE]
    weights = fit_weights(step_examples(rare, zipf, floor))

    lex = lexicon_module.Lexicon(zipf, floor, weights)
    for _ in range(5):  # memorised analyses feed later steps (ו + לכן), so settle them together
        wrong = {}
        for word, gold in sorted(reading_of.items()):
            if len(word) > 2 and word not in lex.analyses:
                _, base = _decide(word, lex)
                if word[: len(word) - len(base)] != gold:
                    wrong[word] = gold
        if not wrong:
            break
        lex.analyses.update(wrong)
    exceptions = dict(sorted(lex.analyses.items()))
    model = {
        "about": "Hebrew proclitic splitting; see resources/hebrew/README.md",
        "cutoff": CUTOFF,
        "floor": floor,
        "weights": weights,
        "analyses": exceptions,
    }
    lexicon_module.MODEL.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(zipf)} word forms, {len(exceptions)} memorised analyses of {len(reading_of)} train types")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
