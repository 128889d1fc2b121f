"""What a cold `analyze` of a short UTF-8 article loads: only what it needs (timings: benchmarks/cold_start.py)."""

import json
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE

PROBE = """
import io, json, sys
from app.cli import run
out = io.StringIO()
code = run(["--json", sys.argv[1]], stdout=out)
names = [e for e in json.loads(out.getvalue())["entities"] if e["label"] == "PER"]
print(json.dumps([code, len(names), sorted(m for m in sys.modules if not m.startswith("_"))]))
"""


def test_a_short_utf8_article_loads_no_scipy_no_decoders_no_qt():
    p = subprocess.run([sys.executable, "-c", PROBE, str(SAMPLE)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    code, names, modules = json.loads(p.stdout)
    assert code == 0, p.stderr
    roots = {m.split(".")[0] for m in modules}
    assert not roots & {"scipy", "charset_normalizer", "lxml", "PySide6", "sumy", "nltk"}, roots
    assert names > 0  # and the names are still found: the model loads when the text needs it
