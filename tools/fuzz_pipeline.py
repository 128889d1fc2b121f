"""Run the pipeline fuzz properties (tests/core/test_fuzz_pipeline.py) at fuzzing strength.

    python tools/fuzz_pipeline.py [EXAMPLES] [SEED] [SELECT]    # default 10000 examples per property

SELECT is a pytest -k expression, e.g. "office or web" for the package and page fuzzers only
(valid .docx/.odt ZIPs and HTML pages built from random parts, then with random bytes damaged).
Prints hypothesis's per-test statistics and the wall time; any failure is shrunk to a minimal
input and printed by hypothesis. Record runs in docs/quality.md under "Input robustness".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = sys.argv[2] if len(sys.argv) > 2 else "20261125"
    select = ["-k", sys.argv[3]] if len(sys.argv) > 3 else []
    env = dict(os.environ, TAMTZIT_FUZZ_EXAMPLES=str(examples), QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable, "-m", "pytest", "tests/core/test_fuzz_pipeline.py",
        "-p", "no:cacheprovider", "--hypothesis-show-statistics", f"--hypothesis-seed={seed}",
        "-W", "ignore::RuntimeWarning", "-W", "ignore::UserWarning", *select,
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - start
    print(f"\nfuzz: {examples} examples per property, seed {seed}, {elapsed:.0f} s, "
          f"{'PASSED' if result.returncode == 0 else 'FAILED'}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
