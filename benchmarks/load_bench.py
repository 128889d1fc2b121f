"""Pathological inputs finish in bounded time and memory: load + full analysis, one process each.

    python benchmarks/load_bench.py [--quick]

Each case is written to a temporary file and opened in a fresh process (so peak memory is the
case's own) through the same `load_path` + `analyze` the CLI and window use. Baselines measured in
the same run: reading and UTF-8-decoding the same bytes with plain Python (the floor for loading),
and the seed article's own load + analysis (a typical article). `--quick` uses 1/10 sizes.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"


def cases(scale: float) -> Iterator[tuple[str, str, bytes]]:
    """(name, what it is, bytes), made one at a time so the parent stays small."""
    seed = SEED.read_text(encoding="utf-8")
    rng = random.Random(1)
    words = [w for w in seed.split() if len(w) > 1]
    n_lines = int(1_000_000 * scale)
    size = int(10 * 2**20 * scale)
    yield "seed", "the sample article (typical input)", seed.encode("utf-8")
    yield "identical-lines", f"{n_lines:,} identical five-word lines", ("הוא נפגש היום עם הנשיא.\n" * n_lines).encode()
    sentences, total = [], 0
    while total < size:
        s = " ".join(rng.choice(words) for _ in range(rng.randint(6, 18))) + ". "
        sentences.append(s)
        total += len(s.encode("utf-8"))
    line = "".join(sentences).encode("utf-8")[:size]
    del sentences
    yield "one-long-line", f"one {size / 2**20:.0f} MB line of distinct sentences", line
    del line
    yield "random-bytes", f"{size / 2**20:.0f} MB of random bytes", rng.randbytes(size)
    chunk = seed.encode("utf-16-le") + b"\x00\xd8"  # ends with a high surrogate and no low one
    yield (
        "utf16-lone-surrogates",
        f"UTF-16 with a lone surrogate every {len(chunk) // 2} characters",
        codecs.BOM_UTF16_LE + chunk * (size // len(chunk)),
    )
    junk = b'<!--<a b="<![CDATA[<?</a '
    yield (
        "hostile-html",
        ".html of unclosed comments, tags, CDATA and instructions",
        "<p>שלום ".encode() + junk * (size // len(junk)),
    )
    from bidi import get_display

    visual_lines = [get_display(line, base_dir="R") for line in seed.splitlines() if line.strip()]
    repeat = max(1, int(100_000 * scale) // len(visual_lines))
    yield (
        "visual-order",
        f"{len(visual_lines) * repeat:,} lines of visual-order Windows-1255",
        ("\n".join(visual_lines * repeat) + "\n").encode("cp1255"),
    )


def measure(path: str) -> None:
    """Child process: load, analyze, and report times and peak memory as JSON."""
    import resource

    from app.core.analyze import analyze
    from app.core.load import LoadError, load_path

    t0 = time.perf_counter()
    data = Path(path).read_bytes()
    data.decode("utf-8", errors="replace")
    floor = time.perf_counter() - t0
    result = {"bytes": len(data), "floor": floor}
    del data
    t0 = time.perf_counter()
    try:
        loaded = load_path(path)
    except LoadError as exc:
        result.update(load=time.perf_counter() - t0, refused=str(exc).split(": ", 1)[-1])
    else:
        result.update(load=time.perf_counter() - t0, chars=len(loaded.text), visual=loaded.visual)
        t0, c0 = time.perf_counter(), time.process_time()
        a = analyze(loaded.text)
        result.update(
            analyze=time.perf_counter() - t0,
            analyze_cpu=time.process_time() - c0,
            sentences=len(a.sentences),
            summary=len(a.summary),
        )
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        measure(args.child)
        return 0
    print("case | input | load | floor (read+decode) | analysis (wall, CPU) | peak memory | outcome")
    print("---|---|---|---|---|---|---")
    with tempfile.TemporaryDirectory() as tmp:
        for name, what, data in cases(0.1 if args.quick else 1.0):
            path = Path(tmp) / f"{name}.{'html' if name.endswith('-html') else 'txt'}"
            path.write_bytes(data)
            del data
            p = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                capture_output=True, text=True, cwd=ROOT, timeout=1800,
            )
            if p.returncode:
                print(f"{name} | {what} | FAILED: {p.stderr.strip().splitlines()[-1:]}")
                continue
            path.unlink()
            r = json.loads(p.stdout.strip().splitlines()[-1])
            ratio = r["load"] / r["floor"] if r["floor"] else float("nan")
            analysis = (
                f"{r['analyze']:.2f} s, CPU {r['analyze_cpu']:.2f} s ({r['sentences']:,} sentences)"
                if "analyze" in r
                else "—"
            )
            outcome = f"refused: {r['refused']}" if "refused" in r else (
                f"{r['chars']:,} chars{', visual→logical' if r['visual'] else ''}, {r['summary']} summary sentences"
            )
            print(
                f"{name} | {what} ({r['bytes'] / 2**20:.1f} MB) | {r['load']:.2f} s | {r['floor']:.3f} s (×{ratio:.1f}) | "
                f"{analysis} | {r['peak_mb']:.0f} MB | {outcome}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
