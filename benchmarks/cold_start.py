"""Cold `analyze --json` against plain sumy's LexRank, each a fresh process, in the same run.

Run: .venv/bin/python benchmarks/cold_start.py [--runs 5] [--data ../shared/data] [--also CHECKOUT]
     (plain sumy needs the `bench` extra: pip install -e ".[bench]")

Inputs: the sample article with cleaning, and 10 kB and 100 kB of real Hebrew prose
(benchmarks/corpus.py, written to a temporary folder) with `--no-clean`, as issue 17 measured them.
Ours: `python main.py analyze --json FILE`, wall clock of the whole process. Baseline: a process that
imports sumy, parses the same file with its Hebrew tokenizer and runs LexRank for 5 sentences —
what "plain sumy" costs from a cold start. Runs alternate (ours, sumy, ours, …) so a busy machine
weighs on both alike; medians are printed. `--also CHECKOUT` times another checkout's main.py too
(e.g. the commit before a change), with the same interpreter. Then where a cold analysis of the sample spends its time,
in process: imports, loading the file, the analysis.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from corpus import hebrew_text  # noqa: E402

SUMY = """
import contextlib, io, sys
with contextlib.redirect_stdout(io.StringIO()):
    import hebrew_tokenizer  # prints on import
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
text = open(sys.argv[1], encoding="utf-8").read()
LexRankSummarizer()(PlaintextParser.from_string(text, Tokenizer("hebrew")).document, 5)
"""

SPLIT = """
import sys, time
t0 = time.perf_counter()
from app.cli import _load
from app.core.analyze import analyze
t1 = time.perf_counter()
loaded = _load(sys.argv[1], None, "auto")
t2 = time.perf_counter()
analyze(loaded.text)
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def wall(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--also", type=Path, metavar="CHECKOUT", help="also time CHECKOUT/main.py analyze")
    args = parser.parse_args()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import hebrew_tokenizer  # noqa: F401  (it prints on import)
    except ImportError:
        raise SystemExit('plain sumy\'s Hebrew tokenizer is missing: pip install -e ".[bench]"') from None
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [("the sample article, with cleaning", SAMPLE, [])]
        for size in (10_000, 100_000):
            path = Path(tmp) / f"{size // 1000}k.txt"
            path.write_text(hebrew_text(size, args.data), encoding="utf-8")
            inputs.append((f"{size // 1000} kB, --no-clean", path, ["--no-clean"]))
        also = f"{'also':>9s}" if args.also else ""
        print(f"{'input':36s} {'tamtzit':>9s} {'plain sumy':>11s} {'sumy / tamtzit':>15s}{also}   "
              f"(medians of {args.runs} cold processes)")
        for label, path, extra in inputs:
            ours, sumy, other = [], [], []
            for _ in range(args.runs):
                ours.append(wall([sys.executable, str(ROOT / "main.py"), "analyze", "--json", *extra, str(path)]))
                sumy.append(wall([sys.executable, "-c", SUMY, str(path)]))
                if args.also:
                    other.append(wall([sys.executable, str(args.also / "main.py"), "analyze", "--json", *extra, str(path)]))
            a, b = statistics.median(ours), statistics.median(sumy)
            more = f"{statistics.median(other):8.2f}s" if other else ""
            print(f"{label:36s} {a:8.2f}s {b:10.2f}s {b / a:15.2f}{more}")
        splits = [
            [float(x) for x in subprocess.run([sys.executable, "-c", SPLIT, str(SAMPLE)], capture_output=True,
                                              text=True, check=True, cwd=ROOT).stdout.split()]
            for _ in range(args.runs)
        ]
        imports, load, analysis = (statistics.median(s[k] for s in splits) for k in range(3))
        print(f"the sample, in process: imports {imports * 1000:.0f} ms, loading the file {load * 1000:.0f} ms, "
              f"analysis {analysis * 1000:.0f} ms")


if __name__ == "__main__":
    main()
