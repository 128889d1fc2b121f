"""The pipeline as a Python call: `from app import analyze_text` in a notebook or a script.

Each function returns the record `python main.py analyze --json` prints — a plain dict of text,
offsets and labels — so a notebook, `batch` and the command line can never disagree: `batch` calls
`analyze_record` for every document, on every engine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .core.analyze import Options, analyze
from .core.load import LoadError, load_bytes, load_path
from .core.summarize import DEFAULT_ALGORITHM


def analyze_text(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
    clean: bool = True,
) -> dict:
    """The `analyze --json` record of `text`, read as `analyze -` reads standard input (HTML is
    reduced to its article, visual-order Hebrew turned around).

    Raises LoadError when the text is too large for the pipeline.
    """
    options = Options(clean=clean, algorithm=algorithm, sentences=sentences, ratio=ratio)
    return _record(load_bytes(text.encode("utf-8")).text, options)


def analyze_file(
    path: str | os.PathLike[str],
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
    clean: bool = True,
) -> dict:
    """The `analyze --json PATH` record of a file (.txt .md .html .docx .odt); LoadError if unreadable."""
    options = Options(clean=clean, algorithm=algorithm, sentences=sentences, ratio=ratio)
    return _record(load_path(path).text, options)


@dataclass(frozen=True)
class Job:
    """One document of a batch: a file to read where the work runs, a table cell's text, or the
    reason its row could not be read (it still gets its record, in its place)."""

    source: str
    path: str | None = None
    text: str | None = None
    error: str | None = None


def analyze_record(job: Job, options: Options) -> dict:
    """`source`, `error` and the analyze --json fields of one document; never raises for a bad one.

    A pure function of the job, so any engine (a process pool, a Dask cluster) can run it.
    """
    if job.error is not None:
        return {"source": job.source, "error": job.error}
    try:
        loaded = load_path(job.path) if job.path is not None else load_bytes((job.text or "").encode("utf-8"))
        return {"source": job.source, "error": None, **_record(loaded.text, options)}
    except LoadError as exc:
        return {"source": job.source, "error": str(exc)}
    except Exception as exc:  # one document's failure is its record's, the run goes on
        return {"source": job.source, "error": f"internal error: {type(exc).__name__}: {exc}"}


def _record(text: str, options: Options) -> dict:
    from .cli import to_json  # the one definition of the record's fields

    return to_json(analyze(text, options))
