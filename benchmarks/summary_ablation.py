"""Does the Hebrew layer's stemming or stop list help the summaries? Each variant beside plain sumy.

Run: .venv/bin/python benchmarks/summary_ablation.py [data dir, default ../shared/data]
(needs the `bench` extra)

Same documents, budgets and ROUGE as summary_quality.py; only the summariser's term form changes.
The variants are swapped in where the summary package takes its stemmer and stop list (the module
attributes `terms.term`, `frequency.stem`, `STOP_WORDS`), so the rest of the pipeline (cleaning,
sentences, candidates) is the same in every row:
- current: `terms.term` = the word as written, finals folded (since issue 13: HeSum dev chose it);
- prefixes stripped: the lexicon-driven `normalize` (proclitics off, finals folded), the term form
  before issue 13;
- article kept: proclitics off except the article ה (tests whether stripping ה merges wrongly);
- foundation stop list: the first, short list (no prefixed forms) with today's stemmer;
- sumy's stop list: sumy's own Hebrew list (what plain sumy uses) with today's stemmer, and with none.
The stop test itself (`terms.is_stop`: as written, or normalised unless through an article) is kept.
Each row: Δ mean of R1/R2/RL against plain sumy per algorithm, ×100, and the sum over algorithms.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import summary_quality as quality  # noqa: E402

from app.core.hebrew.chars import fold_finals  # noqa: E402
from app.core.hebrew.prefixes import normalize, segment  # noqa: E402
from app.core.summarize import ALGORITHMS, frequency, terms  # noqa: E402

FOUNDATION = "5a881f2"  # the commit whose Hebrew layer had no prefix stripping and the short list


def stripped(word: str) -> str:
    return normalize(word.lower())


def article_kept(word: str) -> str:
    steps, base = segment(word)
    return fold_finals(("ה" + base if "ה" in steps else base).lower())


def foundation_stop_words() -> frozenset[str] | None:
    """The foundation's list from git history (None outside a git checkout)."""
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{FOUNDATION}:app/core/hebrew/stopwords.py"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if shown.returncode:
        return None
    listed = shown.stdout.split('"""')[3].split()
    return frozenset(listed) | frozenset(fold_finals(w) for w in listed)


def deltas(cases, budgets, theirs) -> dict[str, float]:
    out = {}
    for algorithm in theirs:
        mine = [quality.rouge(quality.ours(c.text, algorithm, b), c.reference, c.text) for c, b in zip(cases, budgets)]
        out[algorithm] = 100 * sum(sum(m) - sum(p) for m, p in zip(mine, theirs[algorithm])) / 3 / len(cases)
    return out


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    warnings.filterwarnings("ignore")
    cases = [quality.seed_case(data), *quality.wiki_cases(data)]
    budgets = [len(quality._plain_tokens(c.reference)) for c in cases]
    theirs = {
        a: [quality.rouge(quality.plain(c.plain_text, a, b), c.reference, c.text) for c, b in zip(cases, budgets)]
        for a in ALGORITHMS
        if ALGORITHMS[a].sumy
    }
    original = terms.term, terms.STOP_WORDS
    variants = [("current", None, None), ("prefixes stripped", stripped, None), ("article kept", article_kept, None)]
    old = foundation_stop_words()
    if old is not None:
        variants.append(("foundation stop list", None, old))
    from sumy.utils import get_stop_words

    listed = frozenset(get_stop_words("hebrew"))
    sumys = listed | frozenset(fold_finals(w) for w in listed)
    variants += [("sumy's stop list", None, sumys), ("sumy's list, stripped", stripped, sumys)]
    print(f"{len(cases)} documents; Δ mean ROUGE ×100 against plain sumy")
    print(f"{'variant':22s} " + " ".join(f"{a[:9]:>9s}" for a in theirs) + "      sum")
    for name, stem, stop in variants:
        terms.term = frequency.stem = stem or original[0]
        terms.STOP_WORDS = frequency.STOP_WORDS = original[1] if stop is None else stop
        d = deltas(cases, budgets, theirs)
        print(f"{name:22s} " + " ".join(f"{v:+9.1f}" for v in d.values()) + f" {sum(d.values()):+8.1f}", flush=True)
    terms.term = frequency.stem = original[0]
    terms.STOP_WORDS = frequency.STOP_WORDS = original[1]


if __name__ == "__main__":
    main()
