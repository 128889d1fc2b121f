"""Where `batch` writes: JSON lines (default), CSV or Parquet by the output's extension.

Records are written as they come. JSON lines and CSV are flushed a record at a time and appended to
on `--resume` (a line cut short by a killed run is dropped first); Parquet is written in row groups
to FILE.partial and renamed when the run ends, and resuming it copies the finished file's row groups
into the new one. In CSV and Parquet the nested fields (removed, sentences, summary, entities) are
JSON text and typed lists respectively.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

FIELDS = ("source", "error", "title", "language", "direction", "text", "removed", "sentences", "summary", "entities")
NESTED = ("removed", "sentences", "summary", "entities")
PARQUET_ROWS = 256  # records per Parquet row group, or fewer when their texts pass PARQUET_CHARS
PARQUET_CHARS = 32_000_000


def kind(out: str) -> str:
    suffix = Path(out).suffix.lower()
    return {".csv": "csv", ".parquet": "parquet"}.get(suffix, "jsonl")


def done_sources(out: str) -> Iterator[str]:
    """The `source` of every record already in `out` (streamed: the output may be large)."""
    path = Path(out)
    if not path.exists():
        return
    k = kind(out)
    if k == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(columns=["source"]):
            yield from batch.column(0).to_pylist()
        return
    if k == "csv":
        with path.open("rb") as f:
            if not f.readline().startswith(",".join(FIELDS[:2]).encode()):
                raise ValueError("not a CSV file written by batch")
        _drop_cut_line(path)
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row["source"]
        return
    with path.open("r+b") as f:
        end = 0
        for line in f:
            if not line.endswith(b"\n"):
                if not line.startswith(b'{"source": '):  # how every record of ours starts
                    raise ValueError("the last line is not a record written by batch")
                break  # the last line, cut short by a killed run: dropped below, and redone
            if line.strip():
                yield json.loads(line)["source"]
            end += len(line)
        f.truncate(end)  # only once every complete line was read as ours


def _drop_cut_line(path: Path) -> None:
    """A run killed mid-write leaves a last line without its newline: cut it off, it is redone."""
    with path.open("r+b") as f:
        size = f.seek(0, os.SEEK_END)
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        keep = size
        while keep > 0:
            step = min(1 << 16, keep)
            f.seek(keep - step)
            chunk = f.read(step)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                keep = keep - step + cut + 1
                break
            keep -= step
        f.truncate(keep)


class Writer:
    """Writes records to `out` ("-" is standard output, JSON lines), appending when `resume`."""

    def __init__(self, out: str, resume: bool) -> None:
        self.out, self.kind = out, kind(out) if out != "-" else "jsonl"
        self._stream: TextIO | None = None
        self._parquet = None
        self._rows: list[dict] = []
        self._chars = 0
        if out == "-":
            self._stream = sys.stdout
        elif self.kind == "parquet":
            self._open_parquet(resume)
        else:
            path = Path(out)
            fresh = not (resume and path.exists() and path.stat().st_size > 0)
            self._stream = path.open("w" if fresh else "a", encoding="utf-8", newline="")
            if self.kind == "csv":
                self._csv = csv.DictWriter(self._stream, FIELDS, extrasaction="ignore")
                if fresh:
                    self._csv.writeheader()

    def write(self, record: dict) -> None:
        """Every record has every field, in FIELDS order (None where a failed document has none)."""
        record = {k: record.get(k) for k in FIELDS}
        if self.kind == "parquet":
            self._rows.append(record)
            self._chars += len(record["text"] or "")
            if len(self._rows) >= PARQUET_ROWS or self._chars >= PARQUET_CHARS:
                self._flush_parquet()
            return
        assert self._stream is not None
        if self.kind == "csv":
            self._csv.writerow({k: json.dumps(v, ensure_ascii=False) if k in NESTED and v is not None else v
                                for k, v in record.items()})
        else:
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self.kind == "parquet":
            self._flush_parquet()
            self._parquet.close()
            os.replace(self.out + ".partial", self.out)
        elif self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()

    def _open_parquet(self, resume: bool) -> None:
        import pyarrow.parquet as pq

        self._parquet = pq.ParquetWriter(self.out + ".partial", _schema())
        if resume and Path(self.out).exists():
            old = pq.ParquetFile(self.out)
            for group in range(old.num_row_groups):
                self._parquet.write_table(old.read_row_group(group).cast(_schema()))

    def _flush_parquet(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=_schema()))
            self._rows, self._chars = [], 0


def _schema():
    import pyarrow as pa

    span = [("start", pa.int64()), ("end", pa.int64())]
    return pa.schema(
        [(name, pa.string()) for name in FIELDS[:6]]
        + [
            ("removed", pa.list_(pa.struct(span + [("text", pa.string()), ("reason", pa.string())]))),
            ("sentences", pa.list_(pa.struct(span))),
            ("summary", pa.list_(pa.struct([("sentence", pa.int64()), ("last", pa.int64()), ("score", pa.float64())]))),
            (
                "entities",
                pa.list_(
                    pa.struct(
                        span + [("label", pa.string()), ("text", pa.string()), ("confidence", pa.float64())]
                    )
                ),
            ),
        ]
    )
