"""What `batch` reads: files, folders and tables, turned into a stream of Jobs.

Nothing is read ahead: a folder is walked as it goes, a table is read a line, a CSV record or a
Parquet batch at a time, so a 10 GB table never sits in memory. A file is only named here; the worker
that analyses it reads it. A table row that cannot be read becomes a Job with `error` set instead of
stopping the run.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .api import Job
from .core.load import FORMATS, MAX_BYTES

TABLES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
TEXT_COLUMNS = ("article", "text")  # looked for in this order when --text-column is not given
PARQUET_BATCH = 64  # rows per Parquet read: a few MB of articles at a time


def jobs(
    inputs: list[str], text_column: str | None = None, id_column: str | None = None
) -> Iterator[Job]:
    """Every document of `inputs`, in order: folders recursively (sorted), tables row by row."""
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            yield from _folder(path)
        elif path.suffix.lower() in TABLES and path.is_file():
            yield from _table(path, text_column, id_column)
        else:
            yield Job(source=given, path=given)  # missing or unreadable: the worker says why


def count(inputs: list[str]) -> int | None:
    """How many documents `inputs` hold, when that is cheap to know (files, folders, Parquet); else None."""
    total = 0
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            total += sum(1 for _ in _folder(path))
        elif path.suffix.lower() == ".parquet" and path.is_file():
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            except Exception:  # unreadable or no pyarrow: its one error record
                total += 1
        elif path.suffix.lower() in TABLES and path.is_file():
            return None
        else:
            total += 1
    return total


def _folder(root: Path) -> Iterator[Job]:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            # regular files only: a FIFO named like a document would block its worker for ever
            if Path(name).suffix.lower() in FORMATS and os.path.isfile(path):
                yield Job(source=path, path=path)


def _table(path: Path, text_column: str | None, id_column: str | None) -> Iterator[Job]:
    kind = TABLES[path.suffix.lower()]
    if kind == "parquet":
        rows = _parquet_rows(path, text_column, id_column)
    else:
        rows = _jsonl_rows(path) if kind == "jsonl" else _csv_rows(path)
    try:
        for number, row in enumerate(rows, 1):
            if isinstance(row, Job):  # a row that could not be read
                yield Job(f"{path}#{number}", error=row.error)
                continue
            key = row.get(id_column) if id_column else number
            source = f"{path}#{key if key is not None else number}"
            column = text_column or next((c for c in TEXT_COLUMNS if c in row), None)
            text = row.get(column) if column else None
            if not isinstance(text, str):
                wanted = text_column or " or ".join(TEXT_COLUMNS)
                yield Job(source, error=f"no text in column {wanted!r}")
            else:
                yield Job(source=source, text=text)
    except (OSError, ValueError, csv.Error) as exc:  # the table itself broke off: one record says so
        yield Job(str(path), error=f"cannot read table: {exc}")


def _jsonl_rows(path: Path) -> Iterator[dict | Job]:
    """One JSON object a line, each line read with a bound: a line past the limit is one failed row."""
    with path.open("rb") as f:
        while True:
            line = f.readline(MAX_BYTES + 1)
            if not line:
                return
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                    line = f.readline(1 << 20)
                yield Job("", error=f"line longer than {MAX_BYTES // 2**20} MB")
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield Job("", error=f"not JSON: {exc}")
                continue
            yield row if isinstance(row, dict) else Job("", error="not a JSON object")


def _csv_rows(path: Path) -> Iterator[dict]:
    csv.field_size_limit(MAX_BYTES)
    with path.open(encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def _parquet_rows(path: Path, text_column: str | None, id_column: str | None) -> Iterator[dict | Job]:
    """Batches of PARQUET_BATCH rows, of the text and id columns only."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Job("", error='reading Parquet needs pyarrow: pip install "tamtzit[tables]"')
        return
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow's own error types: not a Parquet file, damaged footer
        raise ValueError(str(exc)) from None
    names = table.schema_arrow.names
    text = text_column or next((c for c in TEXT_COLUMNS if c in names), None)
    columns = [c for c in dict.fromkeys((text, id_column)) if c in names]
    for batch in table.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
        yield from batch.to_pylist()

