"""Do two checkouts find the same names? For speed work on the entity model that must change no output.

    python tools/ner_same_output.py OTHER_CHECKOUT [DATA] [--model DIR]

Runs this checkout's and OTHER_CHECKOUT's `find_entities`, each in its own process and with the
same model files (DIR, default this checkout's resources/models), over NEMO train (train split
only: every sentence alone, and the sentences 25 a line-separated text, as benchmarks/ner_bench.py
reads NEMO dev) and the Haaretz dev articles (DATA/articles/haaretz-dev). Each entity is compared
by span, label and confidence. It also compares the CRF's features of every NEMO train sentence
(`features.sentence_features`, with the model's word cache and without one, as training calls
it), so a model trained by either checkout works with the other. Prints the counts compared and
equal, and each text that differs; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = 25  # sentences per text, as benchmarks/ner_bench.py

# Runs inside each checkout: argv = checkout, data folder, model folder.
_DUMP = r"""
import hashlib, json, sys
from pathlib import Path
root, data, model_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, root)
import app.core.entities.model as model_module
model_module.MODEL_DIR = model_dir
from app.core.entities import find_entities
from app.core.entities.features import sentence_features
from tools.ner_corpus import read_nemo

train = read_nemo(data / "nemo", "train")
texts = [("nemo-train/" + str(i), " ".join(s.tokens)) for i, s in enumerate(train)]
texts += [
    ("nemo-train-doc/" + str(i), "\n".join(" ".join(s.tokens) for s in train[i : i + int(sys.argv[4])]))
    for i in range(0, len(train), int(sys.argv[4]))
]
texts += [("haaretz-dev/" + p.name, p.read_text(encoding="utf-8"))
          for p in sorted((data / "articles" / "haaretz-dev").glob("*.txt"))]
for name, text in texts:
    found = [(e.start, e.end, e.label, e.confidence) for e in find_entities(text)]
    print(json.dumps({"name": name, "entities": found}, ensure_ascii=False))
model = model_module.load_model()
lex = model.lexicon
for i, s in enumerate(train):
    cached = model.features(s.tokens)
    fresh = sentence_features(s.tokens, lex.gazetteer, lex.seen, lex.freq, None, lex.triggers, lex.features, lex.morph)
    digest = hashlib.sha256(json.dumps([cached, fresh], ensure_ascii=False).encode()).hexdigest()
    print(json.dumps({"name": "features/" + str(i), "features": digest}))
"""


def dump(checkout: Path, data: Path, model: Path) -> dict[str, dict]:
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(checkout), str(data), str(model), str(DOC)],
        capture_output=True, text=True, cwd=checkout, check=True,
    ).stdout
    records = [json.loads(line) for line in out.splitlines()]
    return {r["name"]: r for r in records}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("other", type=Path)
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=ROOT / "resources" / "models")
    args = ap.parse_args()
    ours = dump(ROOT, args.data.resolve(), args.model.resolve())
    theirs = dump(args.other.resolve(), args.data.resolve(), args.model.resolve())
    texts = entities = same_entities = features = 0
    differ = []
    for name in sorted(set(ours) | set(theirs)):
        a, b = ours.get(name), theirs.get(name)
        if a is None or b is None:
            differ.append(name + " (missing on one side)")
            continue
        if "features" in a:
            features += 1
        else:
            texts += 1
            entities += max(len(a["entities"]), len(b["entities"]))
            same_entities += sum(x == y for x, y in zip(a["entities"], b["entities"]))
        if a != b:
            differ.append(name)
    digest = hashlib.sha256(json.dumps([ours[k] for k in sorted(ours)]).encode()).hexdigest()[:12]
    print(f"{texts} texts, {entities} entities compared (span, label, confidence): {same_entities} equal")
    print(f"features of {features} NEMO train sentences compared (cached and fresh): "
          f"{features - sum(n.startswith('features/') for n in differ)} equal")
    print(f"output digest {digest}")
    for name in differ[:20]:
        print("DIFFERS:", name)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
