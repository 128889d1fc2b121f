"""The frozen bundle against the source checkout: size, cold start to first paint, to the analysed
article, and one `analyze --json`.

Run: .venv/bin/python benchmarks/bundle.py [BUNDLE]   (default dist/tamtzit; build it first with
python packaging/build.py). Offscreen; medians of 5 interleaved runs; the source baseline (`python main.py`,
same arguments) is measured in the same run.

First paint is read from Qt's own painting log (qt.widgets.painting) with a CLOCK_MONOTONIC
timestamp (`%{time boot}`), compared with the launch instant, so neither build needs a probe.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
RUNS = 5


def folder_size(path: Path) -> tuple[float, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def window_run(command: list[str]) -> tuple[float, float]:
    """(first paint, analysed article saved) in seconds from launch, for `--screenshot` on the sample."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting.debug=true",
        QT_MESSAGE_PATTERN="%{time boot} %{category} %{message}",
    )
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        run = subprocess.run([*command, "--screenshot", str(Path(tmp, "w.png")), str(SAMPLE)],
                             env=env, cwd=tmp, capture_output=True, text=True, timeout=120)
        done = time.monotonic() - started
    flushes = [line for line in run.stderr.splitlines() if "Flushing" in line and "MainWindow" in line]
    if run.returncode or not flushes:
        sys.exit(f"bundle: {command[0]} failed:\n{run.stderr[-2000:]}")
    return float(flushes[0].split()[0]) - started, done


def cli_run(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run([*command, "analyze", "--json", str(SAMPLE)], check=True, capture_output=True, timeout=120)
    return time.monotonic() - started


def main() -> None:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "tamtzit").resolve()
    frozen = [str(bundle / ("tamtzit-cli.exe" if sys.platform == "win32" else "tamtzit"))]
    source = [sys.executable, str(ROOT / "main.py")]
    size, count = folder_size(bundle)
    print(f"bundle:                    {size:7.1f} MB in {count} files ({bundle})")
    # interleaved, so a load change on the shared machine hits both builds alike
    window = {"frozen": [], "source": []}
    cli = {"frozen": [], "source": []}
    for _ in range(RUNS):
        for name, command in (("frozen", frozen), ("source", source)):
            window[name].append(window_run(command))
            cli[name].append(cli_run(command))
    for label, index in (("first paint, cold start:  ", 0), ("analysed article shown:   ", 1)):
        f = statistics.median(r[index] for r in window["frozen"])
        s = statistics.median(r[index] for r in window["source"])
        print(f"{label} frozen {f*1000:7.0f} ms   source {s*1000:7.0f} ms   ratio {f/s:5.2f}")
    f, s = statistics.median(cli["frozen"]), statistics.median(cli["source"])
    print(f"analyze --json, cold:      frozen {f*1000:7.0f} ms   source {s*1000:7.0f} ms   ratio {f/s:5.2f}")
    if hasattr(os, "getloadavg"):
        print(f"machine load average during the run: {os.getloadavg()[1]:.1f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
