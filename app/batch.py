"""`python main.py batch INPUT… --out FILE`: analyse many documents with one start-up.

One process pays Python's start, the lexicon and the NER model once per worker, then streams
documents through them; each record holds the fields of `analyze --json` plus `source` and `error`
(app/api.py makes them, app/batch_inputs.py reads, app/batch_output.py writes, app/batch_engines.py
runs the work). A document that fails gets a record with `error` and the run goes on; the exit code
says whether any did.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import batch_engines, batch_inputs
from .api import Job
from .batch_output import Writer, done_sources
from .arguments import positive_int, share
from .core.analyze import Options
from .core.summarize import ALGORITHMS, DEFAULT_ALGORITHM

EXIT_OK, EXIT_USAGE, EXIT_FAILED = 0, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tamtzit batch",
        description="Analyse many documents: files, folders (recursively: .txt .md .html .docx .odt) "
        "and JSON-lines / CSV / Parquet tables with a text column.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a folder or a table")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="records as JSON lines, or .csv / .parquet by extension; - for standard output")
    parser.add_argument("--text-column", metavar="NAME", help="a table's text column (default: article, else text)")
    parser.add_argument("--id-column", metavar="NAME", help="a table's id column, used in `source` (default: row number)")
    parser.add_argument("--no-clean", action="store_true", help="analyse the texts exactly as given")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=positive_int, metavar="N", help="summary length in sentences")
    length.add_argument("--ratio", type=share, metavar="R", help="summary length as a share (0-1]")
    parser.add_argument("--algorithm", default=DEFAULT_ALGORITHM, choices=sorted(ALGORITHMS), help="summary method")
    parser.add_argument("--jobs", type=positive_int, metavar="N", help="worker processes (default: every core)")
    parser.add_argument("--resume", action="store_true", help="skip the sources already in --out and append")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes, or a Dask distributed cluster (needs --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://10.0.0.5:8786")
    return parser


def run(argv: list[str], stderr: TextIO | None = None) -> int:
    stderr = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    if args.engine == "dask" and not args.scheduler:
        parser.error("--engine dask needs --scheduler ADDRESS")
    if args.out != "-" and Path(args.out).exists() and not args.resume:
        print(f"tamtzit: {args.out} exists: --resume continues it; remove it to start again", file=stderr)
        return EXIT_USAGE
    options = Options(clean=not args.no_clean, algorithm=args.algorithm, sentences=args.sentences, ratio=args.ratio)
    try:
        done = set(done_sources(args.out)) if args.resume and args.out != "-" else set()
    except (OSError, ValueError, KeyError, TypeError) as exc:  # not an output of ours, or damaged
        print(f"tamtzit: cannot resume from {args.out}: {exc}", file=stderr)
        return EXIT_USAGE
    skipped = [0]

    def todo() -> Iterator[Job]:
        for job in batch_inputs.jobs(args.inputs, args.text_column, args.id_column):
            if job.source in done:
                skipped[0] += 1
            else:
                yield job

    total = batch_inputs.count(args.inputs)
    progress = Progress(stderr, None if total is None else max(0, total - len(done)))
    try:
        writer = Writer(args.out, args.resume)
    except OSError as exc:
        print(f"tamtzit: cannot write {args.out}: {exc.strerror or exc}", file=stderr)
        return EXIT_USAGE
    failed = 0
    try:
        for record in _engine(args)(todo(), options):
            writer.write(record)
            failed += record["error"] is not None
            progress.step()
    except RuntimeError as exc:  # an engine that cannot start (no Dask installed, no scheduler)
        print(f"tamtzit: {exc}", file=stderr)
        return EXIT_FAILED
    finally:
        writer.close()
        progress.close()
    elapsed = time.monotonic() - progress.start
    rate = progress.done / elapsed if elapsed > 0 else 0.0
    more = f", {skipped[0]} already in {args.out}" if args.resume else ""
    print(f"tamtzit batch: {progress.done} documents, {progress.done - failed} analysed, {failed} failed{more}; "
          f"{elapsed:.1f} s, {rate:.1f} documents/s", file=stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _engine(args: argparse.Namespace):
    if args.engine == "dask":
        return lambda jobs, options: batch_engines.run_dask(jobs, options, args.scheduler)
    workers = args.jobs or batch_engines.default_jobs()
    if workers == 1:
        return batch_engines.run_serial
    return lambda jobs, options: batch_engines.run_pool(jobs, options, workers)


class Progress:
    """Count, rate and ETA on one self-rewriting line of stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream, self.total = stream, total
        self.start = self._shown = time.monotonic()
        self.done = 0
        self._width = 0
        try:
            self.live = stream.isatty()
        except (AttributeError, ValueError):
            self.live = False

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.live and now - self._shown >= 0.2:
            self._shown = now
            line = self.line(now)
            self.stream.write("\r" + line.ljust(self._width))  # spaces, not an escape: any terminal
            self._width = len(line)
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        if not self.total:
            return f"{self.done} documents  {rate:.1f}/s"
        share = min(1.0, self.done / self.total)
        bar = "#" * int(share * 30)
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (f"[{bar:<30}] {self.done}/{self.total}  {rate:.1f}/s  "
                f"ETA {int(left // 60)}:{int(left % 60):02d}")

    def close(self) -> None:
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
