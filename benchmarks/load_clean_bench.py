"""Hostile and large files through the load and clean stages: time and peak memory, one process each.

    python benchmarks/load_clean_bench.py [--only NAME ...] [--article-mb 50]

Each case is written to a temporary file and read in a fresh process through `load_path` and
`clean` (what the CLI and window run before segmenting, summarizing and tagging). Printed per case:
load and clean wall and CPU time (the machine is shared: CPU time is the steadier figure), peak RSS, the process's RSS before reading (interpreter + imports: the
baseline measured in the same run) and the growth over it per MB of input, and the outcome.
A last baseline row: the same process reading the realistic article's bytes and decoding them with
plain Python, nothing else.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import zip_package  # noqa: E402
MB = 2**20
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _zip_streamed(name: str, parts: list[tuple[bytes, int]], extra: dict[str, bytes] | None = None) -> bytes:
    """A ZIP whose member `name` is streamed through the compressor, after the `extra` members."""
    return zip_package({**(extra or {}), name: parts})


def article(size: int) -> bytes:
    """A scraped-looking article of real sentences (the cleaning benchmark's builder), `size` bytes
    of UTF-8 at most, cut at a line end."""
    from benchmarks.clean_bench import build, sentences

    text = build(sentences(ROOT.parent / "shared" / "data"), int(size / 1.6), random.Random(4))[0]
    data = text.encode("utf-8")[:size]
    return data[: data.rfind(b"\n") + 1] if len(data) == size else data


def cases(article_mb: float) -> Iterator[tuple[str, str, str, bytes]]:
    """(name, what it is, file suffix, bytes), made one at a time so the parent stays small."""
    yield "mimetype-bomb", "ODT whose mimetype part inflates to 1 GB", ".odt", _zip_streamed(
        "mimetype", [(b"\0" * MB, 1024)], {"content.xml": b"<x/>"})
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p>'.encode()
    yield "empty-elements", "DOCX of 20 million empty elements", ".docx", _zip_streamed(
        "word/document.xml", [(head, 1), (b"<w:r/>" * 100_000, 200)])
    yield "deep-nesting", "DOCX of 5 million nested elements", ".docx", _zip_streamed(
        "word/document.xml", [(head, 1), (b"<w:r>" * 100_000, 50)])
    yield "late-doctype", "DOCX declaring entities after 900 KB of comment", ".docx", _zip_streamed(
        "word/document.xml", [(b'<?xml version="1.0"?><!--', 1), (b"x" * 900_000, 1),
                              (b'--><!DOCTYPE d [<!ENTITY a "b">]><d>&a;</d>', 1)])
    text = article(int(10 * MB))
    paragraphs = b"".join(b"<w:p><w:r><w:t>" + line + b"</w:t></w:r></w:p>" for line in text.splitlines())
    yield "huge-attribute", "DOCX with one 300 MB attribute", ".docx", _zip_streamed(
        "word/document.xml", [(head + b'<w:r a="', 1), (b"x" * MB, 300), (b'"/>', 1)])
    yield "docx-10mb", "DOCX holding a 10 MB article", ".docx", _zip_streamed(
        "word/document.xml", [(f'<?xml version="1.0"?><w:document {W}><w:body>'.encode(), 1), (paragraphs, 1),
                              (b"</w:body></w:document>", 1)])
    del paragraphs
    yield "markdown-quotes", "Markdown: one line of 100,000 nested quote markers", ".md", b"> " * 100_000 + "שלום".encode()
    yield "markdown-hostile", "Markdown: 10 MB of open links, backtick runs, space runs, table rules", ".md", (
        b"[a](" * 500_000 + b"\n" + b"`" * 2_000_000 + b"x\n" + b" " * 2_000_000 + b"x\n" + b"| -" * 1_000_000 + b"\n")
    yield "utf8-spaces", "1 MiB of spaces, then Hebrew (UTF-8)", ".txt", b" " * MB + "שלום עולם.\n".encode() * 100
    yield "html-void-embed", "10 MB page with a void <embed> before the article", ".html", (
        b"<html><body><p>x<embed src=a.swf></p><article>" + b"".join(
            b"<p>" + line + b"</p>" for line in text.splitlines()) + b"</article></body></html>")
    del text
    yield "html-many-paragraphs", "a page of 4 million one-word paragraphs", ".html", b"<html><body>" + b"".join(
        b"<p>\xd7\xa9%d" % i for i in range(4_000_000))
    yield "many-lines", "5 million distinct short lines", ".txt", "".join(f"ש{i:07d}\n" for i in range(5_000_000)).encode()
    yield "article", f"a realistic {article_mb:g} MB scraped article", ".txt", article(int(article_mb * MB))


def measure(path: str, floor_only: bool) -> None:
    """Child process: load and clean `path`, report times and memory as JSON."""
    from app.core.clean import clean
    from app.core.load import LoadError, load_path

    def rss() -> float:
        """Peak RSS of this process image (VmHWM: ru_maxrss would carry the parent's over exec)."""
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {"bytes": Path(path).stat().st_size, "base_mb": rss()}
    t0, c0 = time.perf_counter(), time.process_time()
    if floor_only:
        Path(path).read_bytes().decode("utf-8", errors="replace")
        result.update(load=time.perf_counter() - t0, load_cpu=time.process_time() - c0, outcome="read + decode only")
    else:
        try:
            loaded = load_path(path)
        except LoadError as exc:
            said = str(exc).split(": ", 1)[-1]
            result.update(load=time.perf_counter() - t0, load_cpu=time.process_time() - c0,
                          outcome=said if said.startswith("refused") else f"refused: {said}")
        else:
            result.update(load=time.perf_counter() - t0, load_cpu=time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            doc = clean(loaded.text)
            result.update(clean=time.perf_counter() - t0, clean_cpu=time.process_time() - c0,
                          outcome=f"{len(loaded.text):,} chars, {len(doc.paragraphs):,} paragraphs, "
                                  f"{len(doc.removed):,} removed")
    result["peak_mb"] = rss()
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", help="case names to run")
    parser.add_argument("--article-mb", type=float, default=50.0)
    parser.add_argument("--child")
    parser.add_argument("--floor", action="store_true")
    args = parser.parse_args()
    if args.child:
        measure(args.child, args.floor)
        return 0
    print("case | input | file | load, wall (CPU) | clean, wall (CPU) | peak RSS (baseline) | growth | per MB of input | outcome")
    print("---|---|---|---|---|---|---|---|---")
    with tempfile.TemporaryDirectory() as tmp:
        for name, what, suffix, data in cases(args.article_mb):
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / f"{name}{suffix}"
            path.write_bytes(data)
            del data
            runs = [("", False)] + ([(" (floor: read + decode)", True)] if name == "article" else [])
            for label, floor in runs:
                command = [sys.executable, __file__, "--child", str(path)] + (["--floor"] if floor else [])
                p = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=3600)
                if p.returncode:
                    print(f"{name}{label} | {what} | FAILED: {p.stderr.strip().splitlines()[-1:]}", flush=True)
                    continue
                r = json.loads(p.stdout.strip().splitlines()[-1])
                size = r["bytes"] / MB
                clean_time = f"{r['clean']:.2f} s ({r['clean_cpu']:.2f})" if "clean" in r else "—"
                growth = r["peak_mb"] - r["base_mb"]
                print(f"{name}{label} | {what} | {size:.2f} MB | {r['load']:.2f} s ({r['load_cpu']:.2f}) | {clean_time} | "
                      f"{r['peak_mb']:.0f} MB ({r['base_mb']:.0f}) | {growth:.0f} MB | {growth / max(size, 1e-9):.1f} MB/MB | "
                      f"{r['outcome']}", flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
