"""Summary speed and memory at 10 kB, 100 kB and 1 MB of Hebrew, beside plain sumy in the same run.

Run: .venv/bin/python benchmarks/summary_speed.py [data dir, default ../shared/data] [--sumy-cap S]
     [--methods news lexrank …] (default: every method)
(needs the `bench` extra for plain sumy: pip install -e ".[bench]")

First it checks that the fast algorithms pick the sentences sumy picks on every article under
data/articles (sumy run through our tokenizer and stemmer seams, every algorithm, two lengths).
Then each figure is one fresh process on one core (BLAS threads pinned to 1): CPU seconds after
imports and the Hebrew lexicon's one-time load (process time, so other work on a shared machine does
not inflate it) and peak memory (max
RSS of the whole process, corpus builder included). Tamtzit = the full pipeline (clean, segment, default LexRank summary; entity
recognition is another stage with its own benchmark; the default method is "news"). Plain sumy = PlaintextParser +
Tokenizer("hebrew") + the same algorithm. Plain sumy is quadratic in Python (KL-Sum cubic), and is
stopped after --sumy-cap CPU seconds (default 60), and not started at a size where its growth
between the two smaller sizes predicts more than that: the figure says so, with the prediction.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SIZES = {"10 kB": 10_000, "100 kB": 100_000, "1 MB": 1_000_000}

_OURS = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/benchmarks")
from pathlib import Path
from corpus import hebrew_text
text = hebrew_text(int(sys.argv[3]), Path(sys.argv[2]))
from app.core.analyze import Options, analyze
algorithm = sys.argv[4] if sys.argv[4] != "default" else Options().algorithm
import numpy, scipy.sparse  # imports are start-up cost, not analysis
analyze("ראש הממשלה נפגש היום עם השרים בירושלים.")  # so is loading the Hebrew lexicon, once
t0 = time.process_time()
a = analyze(text, Options(algorithm=algorithm, entities=False))
seconds = time.process_time() - t0
t0 = time.process_time()
from app.core.analyze import summarize_analysis
a.summary_cache.clear()
summarize_analysis(a, Options(algorithm=algorithm))
summary = time.process_time() - t0
print(json.dumps({"seconds": seconds, "summary": summary, "sentences": len(a.sentences),
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_PLAIN = r"""
import json, resource, sys, time, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/benchmarks")
from pathlib import Path
from corpus import hebrew_text
import plain_sumy
text = hebrew_text(int(sys.argv[3]), Path(sys.argv[2]))
algorithm = sys.argv[4]
plain_sumy.parse("שלום עולם.")  # imports (and the Hebrew tokenizer's) are start-up cost
t0 = time.process_time()
document = plain_sumy.parse(text)
plain_sumy.summarizer(algorithm)(document, 20)
seconds = time.process_time() - t0
print(json.dumps({"seconds": seconds, "sentences": len(document.sentences),
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(
    code: str, data: Path, size: int, algorithm: str, cap: float | None = None, root: Path = ROOT
) -> dict | None:
    """One measurement in a fresh process; None when it used up `cap` CPU seconds and was stopped."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-c", code, str(root), str(data), str(size), algorithm]

    def limit() -> None:
        if cap is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_CPU, (int(cap) + 10, int(cap) + 15))  # + start-up

    out = subprocess.run(cmd, capture_output=True, text=True, env=env, preexec_fn=limit)
    if out.returncode != 0:
        if cap is not None and out.returncode < 0:  # killed by SIGXCPU/SIGKILL at the CPU limit
            return None
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def same_as_sumy(data: Path) -> None:
    from app.core.analyze import Options, analyze
    from app.core.summarize import METHODS, default_count
    from tools.sumy_reference import candidate_texts, disagreement

    warnings.filterwarnings("ignore")  # sumy's LSA warns on short texts
    paths = sorted((data / "articles").rglob("*.txt"))
    checks, problems = 0, []
    for path in paths:
        a = analyze(path.read_text(encoding="utf-8"), Options(entities=False))
        texts, paragraphs = candidate_texts(a)
        for algorithm in (m.key for m in METHODS if m.sumy):
            if not texts:
                continue
            for count in sorted({min(3, len(texts)), default_count(len(texts))}):
                checks += 1
                problem = disagreement(texts, algorithm, a.title, paragraphs, count)
                if problem:
                    problems.append(f"{path.name} {algorithm} {count}: {problem}")
    print(f"same sentences as sumy: {checks - len(problems)}/{checks} checks "
          f"({len(paths)} articles × {sum(m.sumy for m in METHODS)} algorithms × 2 lengths)")
    for p in problems:
        print("  DIFFERENT:", p)


def typical_article(data: Path) -> None:
    from app.core.analyze import Options, analyze

    articles = data / "articles"
    for name, path in [("seed", articles / "seed-netanyahu-putin.txt"), ("haaretz 12_5", articles / "haaretz-dev" / "12_5.txt")]:
        text = path.read_text(encoding="utf-8")
        for _ in range(10):
            analyze(text, Options(entities=False))
        times = []
        for _ in range(30):
            t0 = time.process_time()
            analyze(text, Options(entities=False))
            times.append(time.process_time() - t0)
        print(f"typical article ({name}, {len(text)} chars), warm: {1000 * statistics.median(times):.1f} ms CPU "
              "(median of 30; clean, segment, default summary)")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sumy-cap", type=float, default=60.0, help="CPU seconds before plain sumy is stopped")
    parser.add_argument("--methods", nargs="*", help="only these methods' rows (default: all)")
    parser.add_argument("--baseline", type=Path, help="another checkout: its default method beside ours, alternating")
    args = parser.parse_args()
    if args.baseline:
        return against_baseline(Path(args.data), args.baseline.resolve())
    data, cap = Path(args.data), args.sumy_cap
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    same_as_sumy(data)
    typical_article(data)
    from app.core.summarize import ALGORITHMS

    print(f"\n{'algorithm':10s} {'size':>6s} {'sentences':>9s} | {'Tamtzit':>8s} {'summary':>8s} {'peak':>7s} |"
          f" {'plain sumy':>10s} {'peak':>7s} | ratio")
    for algorithm in args.methods or ALGORITHMS:
        sumy_gave_up = False
        measured: list[tuple[int, float]] = []  # (sentences, plain sumy seconds)
        for label, size in SIZES.items():
            ours = _run(_OURS, data, size, algorithm)
            line = (f"{algorithm:10s} {label:>6s} {ours['sentences']:9d} | {ours['seconds']:7.2f}s "
                    f"{ours['summary']:7.3f}s {ours['rss']:5.0f}MB |")
            plain, predicted = None, _estimate(measured, ours["sentences"])
            tried = ALGORITHMS[algorithm].sumy and not sumy_gave_up and (predicted is None or predicted <= cap)
            if tried:
                plain = _run(_PLAIN, data, size, algorithm, cap)
                sumy_gave_up = plain is None
            if plain:
                measured.append((plain["sentences"], plain["seconds"]))
                ratio = plain["seconds"] / max(ours["seconds"], 1e-9)
                line += f" {plain['seconds']:9.2f}s {plain['rss']:5.0f}MB | {ratio:6.{0 if ratio >= 10 else 1}f}×"
            elif not ALGORITHMS[algorithm].sumy:  # ours only: compare with the LexRank rows
                line += f" {'—':>10s} {'':7s} |"
            else:
                line += f" {'> ' + format(cap, '.0f') + 's':>10s} {'':7s} | > {cap / ours['seconds']:.0f}×"
                if tried:
                    line += " (stopped at the limit)"
                elif predicted is not None and predicted > cap:
                    line += f" (not run: its growth from the smaller sizes gives ~{predicted:.0f} s)"
                else:
                    line += " (not run: stopped at a smaller size)"
            print(line, flush=True)


def against_baseline(data: Path, baseline: Path, rounds: int = 2) -> None:
    """Each checkout's default method, whole pipeline, fresh processes taking turns (load is shared)."""
    print(f"load average {os.getloadavg()[0]:.1f}; default method of {baseline} (baseline) and of {ROOT}")
    for label, size in SIZES.items():
        for _ in range(rounds):
            for root in (baseline, ROOT):
                r = _run(_OURS, data, size, "default", root=root)
                print(f"{label:>6s} {'baseline' if root == baseline else 'this':8s} {r['seconds']:6.3f}s "
                      f"summary {r['summary']:6.3f}s peak {r['rss']:4.0f}MB", flush=True)


def _estimate(measured: list[tuple[int, float]], sentences: int) -> float | None:
    """Plain sumy's seconds at this size, extrapolated from its growth between two finished sizes."""
    if len(measured) < 2:
        return None
    import math

    (n1, t1), (n2, t2) = measured[-2:]
    power = math.log(t2 / t1) / math.log(n2 / n1)
    return t2 * (sentences / n2) ** power


if __name__ == "__main__":
    main()
