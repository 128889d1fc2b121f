"""`batch` over many news articles against one `analyze --json` process per file, in the same run.

Run: .venv/bin/python benchmarks/batch_throughput.py [--articles 200] [--data ../shared/data]
     [--folder DIR]   (your own articles instead of the generated ones)

The articles (about 4 kB each, a title line and news paragraphs) are cut from the shared corpora's
news text by benchmarks/corpus.py into a temporary folder, never into the project. Baseline: the
loop a user writes today, `python main.py analyze --json FILE` once per file, one after another.
Then `batch FOLDER --out OUT.jsonl` with its default of one worker per core, and with `--jobs 1`.
Every batch record is compared with the baseline's output for the same file: the figures count only
if they are identical. Wall clock decides; the CPU seconds of all the processes (getrusage of the
children) are printed beside it, since on a shared machine the wall clock also measures the others.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from corpus import paragraphs  # noqa: E402

ARTICLE_BYTES = 4000


def write_articles(folder: Path, count: int, data: Path) -> list[Path]:
    """`count` articles of about ARTICLE_BYTES, consecutive news paragraphs under a title line."""
    source = iter(paragraphs(data))
    files = []
    for k in range(count):
        body, size = [], 0
        for p in source:
            body.append(p)
            size += len(p.encode("utf-8"))
            if size >= ARTICLE_BYTES:
                break
        if not body:
            raise SystemExit(f"the corpora under {data} hold only {k} articles of {ARTICLE_BYTES} bytes")
        title = " ".join(body[0].split()[:8])
        path = folder / f"article-{k:04d}.txt"
        path.write_text(title + "\n" + "\n".join(body) + "\n", encoding="utf-8")
        files.append(path)
    return files


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def per_file(files: list[Path]) -> tuple[float, float, dict[str, dict]]:
    out = {}
    c0, t0 = cpu(), time.perf_counter()
    for path in files:
        p = subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", "--json", str(path)],
                           capture_output=True, check=True)
        out[str(path)] = json.loads(p.stdout)
    return time.perf_counter() - t0, cpu() - c0, out


def batch(folder: Path, out: Path, *extra: str) -> tuple[float, float, list[dict]]:
    out.unlink(missing_ok=True)
    c0, t0 = cpu(), time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "batch", str(folder), "--out", str(out), *extra],
                   check=True, stderr=subprocess.DEVNULL)
    elapsed, seconds = time.perf_counter() - t0, cpu() - c0
    return elapsed, seconds, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def identical(records: list[dict], expected: dict[str, dict]) -> int:
    same = 0
    for r in records:
        fields = {k: v for k, v in r.items() if k not in ("source", "error")}
        same += r["error"] is None and fields == expected.get(r["source"])
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folder", type=Path, help="a folder of your own .txt articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "articles"
        if args.folder:
            files = sorted(folder.rglob("*.txt"))[: args.articles]
        else:
            folder.mkdir()
            files = write_articles(folder, args.articles, args.data)
        n = len(files)
        size = sum(f.stat().st_size for f in files)
        print(f"{n} articles, {size / n / 1000:.1f} kB each on average, {os.cpu_count()} cores")
        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        base, base_cpu, expected = per_file(files)
        print(f"analyze --json once per file: {base:7.1f} s  {n / base:7.1f} articles/s   (baseline)"
              f"   CPU {base_cpu * 1000 / n:5.0f} ms an article")
        for label, extra in (("batch, every core", ()), ("batch --jobs 1", ("--jobs", "1"))):
            elapsed, seconds, records = batch(folder, Path(tmp) / "out.jsonl", *extra)
            same = identical(records, expected)
            print(f"{label + ':':29s} {elapsed:7.1f} s  {n / elapsed:7.1f} articles/s   "
                  f"{base / elapsed:5.1f}x the baseline   CPU {seconds * 1000 / n:5.0f} ms an article "
                  f"({base_cpu / seconds:.1f}x less); identical records {same}/{n}")


if __name__ == "__main__":
    main()
