"""CPU time of the date, time, money and percent rules, and of all names in an English text.

Run: .venv/bin/python benchmarks/rules_bench.py [--also CHECKOUT] [--data ../shared/data]

Hebrew: the 26 Haaretz dev articles as one text (`rule_entities`). English: a paragraph written
for this benchmark (companies, sums in figures and in words, dates) repeated to 70 kB
(`rule_entities`, then `find_entities(..., language="en")`). Best CPU time of 7 runs. `--also
CHECKOUT` runs the same measurement on another checkout's code in its own process, the baseline
of the same run (e.g. `--also /work/main` before a change to the rules lands).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = (
    "Goldman Sachs expects the economy to grow by two percent next year, and Morgan Stanley paid "
    "two billion dollars to settle the case on March 3, 2024. The government spent a hundred million "
    "pounds on roads, $1.2bn on rail and 300 million euros on ports. Two billion people live in the "
    "region, and twenty percent of them are under 15. Officials in Washington said Procter & Gamble "
    "and Deutz AG would invest 5 percent more.\n"
)

_MEASURE = r"""
import glob, sys, time
sys.path.insert(0, sys.argv[1])
from app.core.entities import find_entities
from app.core.entities.rules import rule_entities
hebrew = " ".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[2] + "/articles/haaretz-dev/*.txt")))
english = sys.stdin.read()
def best(fn, *args):
    out = float("inf")
    for _ in range(7):
        start = time.process_time()
        fn(*args)
        out = min(out, time.process_time() - start)
    return out * 1000
find_entities(english[:2000], language="en")  # the model and the name lists, loaded once
print(f"{best(rule_entities, hebrew):.1f} {best(rule_entities, english):.1f} {best(find_entities, english, None, True, None, 'en'):.1f} {len(hebrew)} {len(english)}")
"""


def measure(checkout: Path, data: Path) -> list[float]:
    text = ENGLISH * (70_000 // len(ENGLISH))
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(checkout), str(data)], input=text, capture_output=True,
        text=True, check=True, cwd=checkout,
    )
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--also", type=Path, metavar="CHECKOUT")
    args = ap.parse_args()
    rows = [("this checkout", ROOT)] + ([(str(args.also), args.also)] if args.also else [])
    print(f"{'':24} {'rules, Hebrew':>14} {'rules, English':>15} {'names, English':>15}  (ms CPU, best of 7)")
    for name, checkout in rows:
        he, en, names, he_chars, en_chars = measure(checkout.resolve(), args.data.resolve())
        print(f"{name:24} {he:14.1f} {en:15.1f} {names:15.1f}")
    print(f"Hebrew: {int(he_chars):,} characters of Haaretz dev; English: {int(en_chars):,} characters")


if __name__ == "__main__":
    main()
