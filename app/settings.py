"""Typed user settings, persisted atomically as JSON under platformdirs' config directory.

A settings file is user data we can lose at any moment (power cut, full disk, a hand edit): we write
to a temporary file and rename it over the old one, and a file we cannot read is moved aside (never
deleted) so the app starts on defaults and the user can still recover it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_config_dir, user_log_dir

from .core.summarize.registry import DEFAULT_ALGORITHM

APP = "tamtzit"
RECENT_LIMIT = 10
log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = ""  # "" follows the system locale; "he" or "en"
    theme: str = "system"  # "system" | "light" | "dark"
    zoom: int = 0  # font size steps relative to the default
    algorithm: str = DEFAULT_ALGORITHM
    length_mode: str = "auto"  # "auto" | "sentences" | "percent"
    length_value: int = 5
    hidden_labels: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    open_files: list[str] = field(default_factory=list)
    reopen: bool = True
    geometry: str = ""  # hex of QMainWindow.saveGeometry()

    def add_recent(self, path: str) -> None:
        self.recent = [path] + [p for p in self.recent if p != path]
        del self.recent[RECENT_LIMIT:]


def config_dir() -> Path:
    return Path(os.environ.get("TAMTZIT_CONFIG_DIR") or user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("TAMTZIT_LOG_DIR") or user_log_dir(APP, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _coerce(raw: dict) -> Settings:
    """Keep the known keys whose type matches the default's; anything else falls back to defaults."""
    defaults = Settings()
    values = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, expected = raw[f.name], type(getattr(defaults, f.name))
        if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
            if expected is list:
                value = [v for v in value if isinstance(v, str)]
            values[f.name] = value
    return Settings(**values)


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("settings are not a JSON object")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
            log.warning("settings file unreadable (%s); moved to %s, defaults restored", exc, aside)
        except OSError:
            log.warning("settings file unreadable (%s); defaults restored", exc)
        return Settings()
    return _coerce(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over: never a half file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(settings), f, ensure_ascii=False, indent=2)
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
    return target
