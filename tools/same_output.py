"""Do two checkouts analyse the benchmark texts identically? For refactors that must change no figure.

    python tools/same_output.py OTHER_CHECKOUT [DATA]

Runs this checkout's and OTHER_CHECKOUT's pipeline, each in its own process, over the texts the
benchmarks measure (DATA/articles/haaretz-dev, the seed article, DATA/summaries/hesum-dev.jsonl's
articles) and the files of tests/data and resources/samples as the CLI loads them. For each text it
records the cleaned text, title, subtitle, removed and boilerplate blocks, paragraphs, sentences,
the default summary with its scores, the entities with their confidence, the groups, direction and
language, then every summary method at its default length and at 4 sentences. Prints the number of
records and each one that differs; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs inside each checkout: argv = checkout, data folder, files loaded as the CLI loads them.
_DUMP = r"""
import glob, json, sys
root, data, files = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path.insert(0, root)
from app.core.analyze import Options, analyze, summarize_analysis
from app.core.load import load_path
from app.core.summarize import METHODS

texts = [(p, open(p, encoding="utf-8").read()) for p in sorted(glob.glob(data + "/articles/**/*.txt", recursive=True))]
for line in open(data + "/summaries/hesum-dev.jsonl", encoding="utf-8"):
    record = json.loads(line)
    texts.append((record["id"], record["article"]))
texts += [(f, load_path(f).text) for f in files]

def summary(a):
    return [(i.sentence, round(i.score, 9)) for i in a.summary]

for name, text in texts:
    a = analyze(text)
    d = a.document
    span = lambda s: [s.start, s.end] if s else None
    print(json.dumps({
        "name": name, "text": d.text, "title": span(d.title), "subtitle": span(d.subtitle),
        "removed": [(r.start, r.end, r.reason) for r in d.removed],
        "boilerplate": [(b.start, b.end, b.kind) for b in d.boilerplate],
        "paragraphs": [(p.start, p.end) for p in d.paragraphs],
        "sentences": [(s.start, s.end, s.paragraph, s.role) for s in a.sentences],
        "summary": summary(a),
        "entities": [(e.start, e.end, e.label, round(e.confidence, 6)) for e in a.entities],
        "groups": [(g.name, g.label, list(g.mentions)) for g in a.groups],
        "direction": a.direction, "language": a.language,
    }, ensure_ascii=False))
    for method in METHODS:
        for n in (None, 4):
            s = summarize_analysis(a, Options(algorithm=method.key, sentences=n))
            print(json.dumps({"name": name, "method": method.key, "sentences": n, "summary": summary(s)}))
"""


def dump(checkout: Path, data: Path, files: list[str]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(checkout), str(data), *files],
        cwd=checkout, capture_output=True, text=True, check=True,
    )
    return out.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="the other checkout (e.g. a git worktree of main)")
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    files = sorted(
        str(p) for folder in (ROOT / "tests" / "data", ROOT / "resources" / "samples")
        for p in folder.rglob("*") if p.is_file() and p.name != "README.md"
    )
    ours, theirs = dump(ROOT, args.data, files), dump(args.other.resolve(), args.data, files)
    differ = [(a, b) for a, b in zip(ours, theirs) if a != b]
    print(f"{len(ours)} records here, {len(theirs)} in {args.other}; {len(differ)} differ")
    for a, _ in differ[:20]:
        record = json.loads(a)
        print("  differs:", record["name"], record.get("method", "(analysis)"), record.get("sentences", ""))
    return 1 if differ or len(ours) != len(theirs) else 0


if __name__ == "__main__":
    sys.exit(main())
