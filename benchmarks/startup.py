"""Cold start to first paint, and one full analysis of the sample, each beside a baseline.

Run: .venv/bin/python benchmarks/startup.py   (offscreen; prints figures and ratios)
Baselines measured in the same run: a bare PySide6 window (the floor Qt itself sets) and plain
sumy's LexRank over the same article (what sumy alone costs). The first-paint probe is the window
benchmark's (`benchmarks/ui_bench.py`), which also measures the analysed article and UI stalls.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
sys.path.insert(0, str(ROOT))

def first_paint(mode: str) -> float:
    """Cold process start to the article's first paint (the window benchmark's probe)."""
    from benchmarks.ui_bench import cold_start

    return cold_start(mode)[0]


def full_analysis() -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = (
        "import time,sys; t0=time.perf_counter();"
        "from app.core.analyze import analyze; a=analyze(open(sys.argv[1],encoding='utf-8').read());"
        "print(time.perf_counter()-t0)"
    )
    return float(subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, env=env).stdout)


def plain_sumy() -> float:
    code = (
        "import time,sys,io,contextlib; t0=time.perf_counter();"
        "from sumy.parsers.plaintext import PlaintextParser;"
        "from sumy.nlp.tokenizers import Tokenizer;"
        "from sumy.summarizers.lex_rank import LexRankSummarizer;"
        "f=io.StringIO();\n"
        "with contextlib.redirect_stdout(f):\n"
        "  p=PlaintextParser.from_string(open(sys.argv[1],encoding='utf-8').read(), Tokenizer('hebrew'))\n"
        "  LexRankSummarizer()(p.document, 5)\n"
        "print(time.perf_counter()-t0)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def warm_analysis(repeat: int = 20) -> float:
    from app.core.analyze import analyze

    text = SAMPLE.read_text(encoding="utf-8")
    analyze(text)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        analyze(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    runs = 3
    bare = statistics.median(first_paint("bare") for _ in range(runs))
    ours = statistics.median(first_paint("tamtzit") for _ in range(runs))
    print(f"first paint, cold start:   tamtzit {ours*1000:7.0f} ms   bare Qt window {bare*1000:7.0f} ms   ratio {ours/bare:5.2f}")
    cold = statistics.median(full_analysis() for _ in range(runs))
    sumy_cold = statistics.median(plain_sumy() for _ in range(runs))
    print(f"sample analysis, cold:     tamtzit {cold*1000:7.0f} ms   plain sumy LexRank {sumy_cold*1000:7.0f} ms   ratio {cold/sumy_cold:5.2f}")
    warm = warm_analysis()
    print(f"sample analysis, warm:     tamtzit {warm*1000:7.1f} ms (median of 20)")


if __name__ == "__main__":
    main()
