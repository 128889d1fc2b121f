"""Peak memory and time of entity tagging on pathological and very long inputs, each case in a
fresh process, beside a floor measured in the same process: the text in memory and the model
loaded, before tagging.

Run: .venv/bin/python benchmarks/ner_memory.py [--stage entities|analyze] [--cases a,b] [DATA]

`entities` runs find_entities (the tagger, issue 15 item 3); `analyze` the whole pipeline the CLI
runs (clean, sentences, summary, entities). Cases:
- punct: 1 MiB of punctuation and spaces; dots: 3 MiB of "." with no space; lines: 1,000,000
  short distinct lines; article50: a 50 MB "article" of real Haaretz dev sentences (DATA), each
  made distinct by a number, in paragraphs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
text = open({path!r}, encoding="utf-8").read()
from app.core.entities.model import load_model
load_model()
floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0, c0 = time.perf_counter(), time.process_time()
if {stage!r} == "entities":
    from app.core.entities import find_entities
    n = len(find_entities(text))
else:
    from app.core.analyze import analyze
    n = len(analyze(text).entities)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"floor": floor / 1024, "peak": peak / 1024, "wall": wall, "cpu": cpu, "entities": n}}))
"""


def make(case: str, data: Path, folder: Path) -> Path:
    path = folder / f"{case}.txt"
    if path.exists():
        return path
    rng = random.Random(7)
    if case == "punct":
        text = "".join(rng.choice(",.;:!?()-\"' ") for _ in range(1 << 20))
    elif case == "dots":
        text = "." * (3 << 20)
    elif case == "lines":
        text = "".join(f"שורה {i} קצרה\n" for i in range(1_000_000))
    elif case == "article50":
        sentences = []
        for f in sorted((data / "articles" / "haaretz-dev").glob("*.txt")):
            sentences += [s.strip() for s in f.read_text(encoding="utf-8").split(". ") if s.strip()]
        parts, size, i = [], 0, 0
        while size < 50_000_000:
            s = rng.choice(sentences)
            words = s.split()
            k = rng.randrange(len(words) + 1)
            s = " ".join(words[:k] + [str(i)] + words[k:]) + (". " if i % 8 else ".\n\n")
            parts.append(s)
            size += len(s.encode("utf-8"))
            i += 1
        text = "".join(parts)
    else:
        raise SystemExit(f"unknown case {case}")
    path.write_text(text, encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--stage", default="entities", choices=("entities", "analyze"))
    ap.add_argument("--cases", default="punct,dots,lines,article50")
    ap.add_argument("--tmp", default="/tmp/ner-memory")
    args = ap.parse_args()
    folder = Path(args.tmp)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"stage: {args.stage}; floor = peak RSS with the text read and the model loaded")
    print(f"{'case':10}{'MB':>7}{'floor MB':>10}{'peak MB':>9}{'added/MB in':>13}{'wall s':>8}{'CPU s':>7}{'names':>8}")
    for case in args.cases.split(","):
        path = make(case, Path(args.data), folder)
        mb = path.stat().st_size / 1e6
        code = CHILD.format(root=str(ROOT), path=str(path), stage=args.stage)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
        if out.returncode:
            print(f"{case:10}{mb:7.1f}  failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout)
        added = (r["peak"] - r["floor"]) / mb
        print(
            f"{case:10}{mb:7.1f}{r['floor']:10.0f}{r['peak']:9.0f}{added:13.1f}{r['wall']:8.1f}"
            f"{r['cpu']:7.1f}{r['entities']:8}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
