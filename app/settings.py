"""Typed user settings, persisted atomically as JSON under platformdirs' config directory.

A settings file is user data we can lose at any moment (power cut, full disk, a hand edit): we write
to a temporary file and rename it over the old one, and a file we cannot read is moved aside (never
deleted) so the app starts on defaults and the user can still recover it.

It is also input we did not write: every value is checked (type, range, choices, length) and one
that fails falls back to its default alone; the read is bounded in size and never waits on a named
pipe; keys a newer Tamtzit wrote are kept when we save; a symlinked file is written through to its
target, and something that is not a regular file is never replaced.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_log_dir

from .core.analyze import Options
from .core.entities import LABELS
from .core.summarize import ALGORITHMS, DEFAULT_ALGORITHM

APP = "tamtzit"
SCHEMA_VERSION = 1
RECENT_LIMIT = 10
OPEN_FILES_LIMIT = 100
MAX_PATH_CHARS = 4096
MAX_SETTINGS_BYTES = 1 << 20  # ours is a few KB; anything bigger is not a settings file
ZOOM_RANGE = (-6, 24)  # font size steps relative to the default
LENGTH_RANGE = (1, 100)  # sentences, or percent of the article
LINE_SPACING_RANGE = (100, 250)  # percent of the font's height; beyond these a value is a hand edit gone wrong
MEASURE_RANGE = (30, 160)  # characters to a line
POSITIONS_LIMIT = 200  # documents whose reading place is kept, the most recently read
MAX_EXTRA_KEYS = 100
LINE_SPACING = 145  # percent of the font's height between body lines: open enough for nikud
MEASURE = 78  # characters to a line of the article: a comfortable measure for Hebrew body text
MAX_ITEMS = 1000  # entries of any list or mapping a key may hold
log = logging.getLogger(__name__)


def summary_options(algorithm: str, mode: str, value: int) -> Options:
    """A summary length as the window offers it — "auto", `value` "sentences" or `value` "percent"
    of the candidates — in the analysis' terms."""
    return Options(
        algorithm=algorithm,
        sentences=value if mode == "sentences" else None,
        ratio=value / 100 if mode == "percent" else None,
    )


def length_choice(options: Options) -> tuple[str, int]:
    """(mode, value) of `options`' summary length: the inverse of summary_options (auto shows 5)."""
    if options.sentences is not None:
        return "sentences", options.sentences
    if options.ratio is not None:
        return "percent", round(options.ratio * 100)
    return "auto", 5


@dataclass
class Settings:
    language: str = ""  # "" follows the system locale; "he" or "en"
    theme: str = "system"  # "system" | "light" | "dark" | "sepia"
    zoom: int = 0  # font size steps relative to the default
    algorithm: str = DEFAULT_ALGORITHM
    serif: bool = False  # the article in Noto Serif Hebrew rather than Noto Sans Hebrew
    line_spacing: int = LINE_SPACING
    measure: int = MEASURE
    length_mode: str = "auto"  # "auto" | "sentences" | "percent"
    length_value: int = 5
    hidden_labels: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    open_files: list[str] = field(default_factory=list)
    reopen: bool = True
    geometry: str = ""  # hex of QMainWindow.saveGeometry()
    positions: dict[str, int] = field(default_factory=dict)  # document key -> offset of the top line
    version: int = SCHEMA_VERSION
    # keys this version does not know (written by a newer Tamtzit), kept as they were when saving
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def summary_options(self) -> Options:
        """The saved summary method and length, as the analysis takes them."""
        return summary_options(self.algorithm, self.length_mode, self.length_value)

    def remember_summary(self, options: Options) -> None:
        self.algorithm = options.algorithm
        self.length_mode, self.length_value = length_choice(options)

    def add_recent(self, path: str) -> None:
        self.recent = [path] + [p for p in self.recent if p != path]
        del self.recent[RECENT_LIMIT:]

    def remember_position(self, key: str, offset: int) -> None:
        """The newest place last; the oldest beyond POSITIONS_LIMIT are forgotten."""
        self.positions.pop(key, None)
        self.positions[key] = offset
        for old in list(self.positions)[: max(0, len(self.positions) - POSITIONS_LIMIT)]:
            del self.positions[old]


def config_dir() -> Path:
    return Path(os.environ.get("TAMTZIT_CONFIG_DIR") or user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("TAMTZIT_LOG_DIR") or user_log_dir(APP, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _choice(*allowed: str) -> Callable[[Any], Any]:
    return lambda v: v if v in allowed else _invalid()


def _within(low: int, high: int) -> Callable[[Any], Any]:
    return lambda v: v if low <= v <= high else _invalid()


def _paths(limit: int) -> Callable[[list[str]], list[str]]:
    """At most `limit` distinct paths, each of a sane length; the rest of a huge list is not read."""

    def check(values: list[str]) -> list[str]:
        out: list[str] = []
        for v in values[: limit * 4]:
            if len(v) <= MAX_PATH_CHARS and v not in out:
                out.append(v)
            if len(out) == limit:
                break
        return out

    return check


def _positions(v: dict) -> dict[str, int]:
    """Text keys with non-negative whole offsets, the most recently read POSITIONS_LIMIT of them."""
    kept = {k: n for k, n in v.items() if isinstance(k, str) and len(k) <= MAX_PATH_CHARS and type(n) is int and n >= 0}
    return dict(list(kept.items())[-POSITIONS_LIMIT:])


def _geometry(v: str) -> str:
    return v if len(v) <= 4096 and all(c in "0123456789abcdefABCDEF" for c in v) else _invalid()


def _bounded(v: Any) -> Any:
    """The rule for a key without its own: no string, list or mapping without bound."""
    if isinstance(v, str) and len(v) > MAX_PATH_CHARS:
        _invalid()
    if isinstance(v, dict):
        return dict(list(v.items())[:MAX_ITEMS])
    return v[:MAX_ITEMS] if isinstance(v, list) else v


def _invalid() -> Any:
    raise ValueError("out of range")


# Each key's rule; a key without one is checked for its type only.
_RULES: dict[str, Callable[[Any], Any]] = {
    "language": _choice("", "he", "en"),
    "theme": _choice("system", "light", "dark", "sepia"),
    "zoom": _within(*ZOOM_RANGE),
    "algorithm": _choice(*ALGORITHMS),
    "length_mode": _choice("auto", "sentences", "percent"),
    "length_value": _within(*LENGTH_RANGE),
    "line_spacing": _within(*LINE_SPACING_RANGE),
    "measure": _within(*MEASURE_RANGE),
    "positions": _positions,
    "hidden_labels": lambda v: sorted(set(v) & set(LABELS)),
    "recent": _paths(RECENT_LIMIT),
    "open_files": _paths(OPEN_FILES_LIMIT),
    "geometry": _geometry,
    "version": lambda v: v if v >= 1 else _invalid(),
}


def _coerce(raw: dict) -> Settings:
    """Keep the known keys whose value passes its rule; each other one falls back to its default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name == "extra" or f.name not in raw:
            continue
        value, expected = raw[f.name], type(getattr(defaults, f.name))
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            log.warning("settings: %s is not a %s; default used", f.name, expected.__name__)
            continue
        if expected is list:
            value = [v for v in value[:MAX_ITEMS] if isinstance(v, str)]
        try:
            values[f.name] = _RULES.get(f.name, _bounded)(value)
        except ValueError:
            log.warning("settings: %s has a value this version cannot use; default used", f.name)
    known = {f.name for f in fields(Settings)}
    extra = dict([(k, v) for k, v in raw.items() if k not in known][:MAX_EXTRA_KEYS])
    try:
        json.dumps(extra)  # what we cannot write back as it was, we do not keep
    except (ValueError, RecursionError):
        extra = {}
    return Settings(**values, extra=extra)


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(_read_bounded(path).decode("utf-8-sig"))  # -sig: Notepad writes a BOM
        if not isinstance(raw, dict):
            raise ValueError("settings are not a JSON object")
    except FileNotFoundError:
        return Settings()
    except _NotAFile as exc:
        log.warning("settings: %s; defaults used, the file is left alone", exc)
        return Settings()
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: brackets nested 100,000 deep
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
            log.warning("settings file unreadable (%s); moved to %s, defaults restored", exc, aside)
        except OSError:
            log.warning("settings file unreadable (%s); defaults restored", exc)
        return Settings()
    return _coerce(raw)


class _NotAFile(OSError):
    """settings.json is a named pipe, a device or a folder: not ours to read or move."""


def _read_bounded(path: Path) -> bytes:
    """At most MAX_SETTINGS_BYTES of a regular file; never blocks on a named pipe."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise _NotAFile(f"{path} is not a regular file")
        data = f.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise ValueError(f"larger than {MAX_SETTINGS_BYTES // 1024} KB")
    return data


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over: never a half file.

    A symlinked settings file (dotfiles kept in a repository) stays a symlink: we write its target.
    Something that is not a regular file is left alone (OSError), as is a newer Tamtzit's data."""
    path = Path(os.path.realpath(path or settings_path()))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _NotAFile(f"{path} is not a regular file; settings not saved")
    except FileNotFoundError:
        pass
    ours = {f.name: getattr(settings, f.name) for f in fields(Settings) if f.name != "extra"}
    data = {**settings.extra, **ours, "version": max(settings.version, SCHEMA_VERSION)}
    try:
        payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    except UnicodeEncodeError:  # a path that is not valid UTF-8 (surrogate escapes): \u escapes
        payload = json.dumps(data, ensure_ascii=True, indent=2).encode("ascii")
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def setup_logging() -> Path | None:
    """Log to a file under the log directory; a read-only home must not stop the app."""
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / "tamtzit.log"
        handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    previous = sys.excepthook

    def log_uncaught(kind, value, tb) -> None:  # an exception in a Qt slot: a GUI launch has no stderr
        logging.getLogger("tamtzit").error("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = log_uncaught
    return target
