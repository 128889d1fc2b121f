"""The frozen bundle against the source checkout: size, cold start to first paint, to the analysed
article, and one `analyze --json`.

Run: .venv/bin/python benchmarks/bundle.py [BUNDLE]   (default dist/tamtzit; build it first with
python packaging/build.py). Offscreen; medians of 5 interleaved runs; the source baseline (`python main.py`,
same arguments) is measured in the same run.

First paint is read from Qt's own painting log (qt.widgets.painting) with a CLOCK_MONOTONIC
timestamp (`%{time boot}`), compared with the launch instant, so neither build needs a probe.
CPU seconds (user + system) are printed too: on a machine shared with other jobs they move less
than wall-clock times.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no CPU figures
    resource = None

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
RUNS = 5


def folder_size(path: Path) -> tuple[float, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def children_cpu() -> float:
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def window_run(command: list[str]) -> tuple[float, float, float]:
    """First paint and analysed article saved (s from launch), and the run's CPU seconds, for
    `--screenshot` on the sample."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting.debug=true",
        QT_MESSAGE_PATTERN="%{time boot} %{category} %{message}",
    )
    with tempfile.TemporaryDirectory() as tmp:
        cpu, started = children_cpu(), time.monotonic()
        run = subprocess.run([*command, "--screenshot", str(Path(tmp, "w.png")), str(SAMPLE)],
                             env=env, cwd=tmp, capture_output=True, text=True, timeout=120)
        done, cpu = time.monotonic() - started, children_cpu() - cpu
    flushes = [line for line in run.stderr.splitlines() if "Flushing" in line and "MainWindow" in line]
    if run.returncode or not flushes:
        sys.exit(f"bundle: {command[0]} failed:\n{run.stderr[-2000:]}")
    return float(flushes[0].split()[0]) - started, done, cpu


def cli_run(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `analyze --json` of the sample."""
    cpu, started = children_cpu(), time.monotonic()
    subprocess.run([*command, "analyze", "--json", str(SAMPLE)], check=True, capture_output=True, timeout=120)
    return time.monotonic() - started, children_cpu() - cpu


def compare(label: str, frozen: list[float], source: list[float]) -> None:
    f, s = statistics.median(frozen), statistics.median(source)
    print(f"{label:27s} frozen {f*1000:7.0f} ms   source {s*1000:7.0f} ms   ratio {f/s:5.2f}")


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
    for label, index in (("first paint, cold start:", 0), ("analysed article shown:", 1), ("  CPU of that run:", 2)):
        compare(label, [r[index] for r in window["frozen"]], [r[index] for r in window["source"]])
    for label, index in (("analyze --json, cold:", 0), ("  CPU of that run:", 1)):
        compare(label, [r[index] for r in cli["frozen"]], [r[index] for r in cli["source"]])
    if hasattr(os, "getloadavg"):
        print(f"machine load average during the run: {os.getloadavg()[1]:.1f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
