"""Pasted documents kept in the data folder, so that quitting does not lose them.

A pasted text has no file to reopen: each one is written (on a worker, never the UI thread) as one
JSON file, removed when its tab is closed, and read back at the next start. Bounded: a text over
MAX_TEXT_CHARS is not kept (the window says so), and only the newest MAX_DOCUMENTS, MAX_TOTAL_BYTES
in all, are.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool

from .tasks import Task, run_task

MAX_TEXT_CHARS = 5_000_000
MAX_DOCUMENTS = 20
MAX_TOTAL_BYTES = 50 * 1024 * 1024


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("TAMTZIT_DATA_DIR") or user_data_dir("tamtzit", appauthor=False))


class PastedStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir() / "pasted"
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # one at a time, in the order asked
        self._tasks: set[Task] = set()

    def keep(self, text: str, name: str) -> str | None:
        """Start writing `text`; returns its key, or None when it is too long to keep."""
        if len(text) > MAX_TEXT_CHARS:
            return None
        key = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
        self._run(lambda _p, _c: _write(self.folder, key, text, name))
        return key

    def forget(self, key: str) -> None:
        self._run(lambda _p, _c: (self.folder / f"{key}.json").unlink(missing_ok=True))

    def load(self, done: Callable[[list[tuple[str, str, str]]], None]) -> None:
        """Read the kept documents on the worker; `done([(key, name, text), …])`, oldest first."""
        self._run(lambda _p, _c: _read_all(self.folder), done)

    def wait(self, msecs: int = 3000) -> None:
        """Let pending writes finish (at quit)."""
        self.pool.waitForDone(msecs)

    def _run(self, fn, done: Callable | None = None) -> None:
        task = Task(fn)
        if done is not None:  # connected before it starts: a quick task must not finish unheard
            task.signals.finished.connect(done)
        self._tasks.add(task)
        task.signals.finished.connect(lambda _r, t=task: self._tasks.discard(t))
        task.signals.failed.connect(lambda _m, t=task: self._tasks.discard(t))
        run_task(task, self.pool)


def _write(folder: Path, key: str, text: str, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"{key}.tmp"
    tmp.write_text(json.dumps({"name": name, "text": text}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(folder / f"{key}.json")
    _prune(folder)


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.json"), key=lambda p: p.name, reverse=True)  # newest first
    total = 0
    for n, f in enumerate(files):
        total += f.stat().st_size
        if n >= MAX_DOCUMENTS or total > MAX_TOTAL_BYTES:
            f.unlink(missing_ok=True)


def _read_all(folder: Path) -> list[tuple[str, str, str]]:
    out = []
    for f in sorted(folder.glob("*.json"), key=lambda p: p.name)[-MAX_DOCUMENTS:]:
        try:
            if f.stat().st_size > MAX_TOTAL_BYTES:
                continue
            data = json.loads(f.read_text(encoding="utf-8"))
            out.append((f.stem, str(data["name"]), str(data["text"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged entry is skipped, the others come back
    return out
