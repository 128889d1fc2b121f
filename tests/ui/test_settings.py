"""Settings persist atomically; a corrupt file is set aside, never fatal; the window reopens files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from app.core.summarize import DEFAULT_ALGORITHM
from app.settings import Settings, load_settings, save_settings, settings_path
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def test_round_trip_and_recent_list(private_config):
    s = Settings(theme="dark", zoom=2)
    for i in range(15):
        s.add_recent(f"/f{i}.txt")
    s.add_recent("/f3.txt")
    save_settings(s)
    back = load_settings()
    assert back.theme == "dark" and back.zoom == 2
    assert back.recent[0] == "/f3.txt" and len(back.recent) == 10 and back.recent.count("/f3.txt") == 1
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp left


def test_corrupt_file_is_set_aside_and_defaults_restored(private_config):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "dark", ', encoding="utf-8")
    assert load_settings() == Settings()
    aside = [p for p in path.parent.iterdir() if p.name.startswith("settings.json.corrupt")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == '{"theme": "dark", '
    assert not path.exists()


def test_wrong_types_fall_back_per_key(private_config):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"zoom": "big", "theme": "light", "recent": ["/a", 3], "unknown": 1}), encoding="utf-8")
    s = load_settings()
    assert s.zoom == 0 and s.theme == "light" and s.recent == ["/a"]


def test_window_remembers_open_files_for_the_next_start(qtbot, window):
    open_and_wait(qtbot, window, SAMPLE)
    window.close()
    s = load_settings()
    assert s.open_files == [str(SAMPLE)]
    assert s.recent[0] == str(SAMPLE)


# -- a settings file is input too ---------------------------------------------------------------


def _write(raw: bytes | str) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    return path


def test_deeply_nested_brackets_are_a_corrupt_file_not_a_crash(private_config):
    path = _write("[" * 100_000 + "]" * 100_000)
    assert load_settings() == Settings()
    assert not path.exists()  # set aside like any unreadable file


def test_values_out_of_range_or_unknown_fall_back_one_by_one(private_config):
    _write(json.dumps({
        "zoom": 10**400, "length_value": -(10**30), "algorithm": "no-such-method", "theme": "neon",
        "language": "fr", "length_mode": "words", "hidden_labels": ["PER", "NOPE", "PER"],
        "geometry": "zz" * 10, "reopen": 1, "open_files": ["/a"] * 3 + ["x" * 10_000],
    }))
    s = load_settings()
    assert (s.zoom, s.length_value, s.algorithm, s.theme, s.language, s.length_mode) == (0, 5, DEFAULT_ALGORITHM, "system", "", "auto")
    assert s.hidden_labels == ["PER"] and s.geometry == "" and s.reopen is True and s.open_files == ["/a"]
    save_settings(s)
    assert json.loads(settings_path().read_text(encoding="utf-8"))["algorithm"] == DEFAULT_ALGORITHM  # not saved back


def test_a_huge_zoom_or_length_starts_the_window(qtbot, private_config):
    from app.ui.main_window import MainWindow

    _write(json.dumps({"zoom": 10**400, "length_value": 10**400, "length_mode": "sentences"}))
    w = MainWindow(load_settings())
    qtbot.addWidget(w)
    w.set_zoom(+1)
    assert w.settings.zoom == 1


def test_a_300000_entry_recent_list_is_never_read_whole(private_config):
    _write(json.dumps({"recent": [f"/docs/{i}.txt" for i in range(300_000)]}))  # 5 MB
    assert load_settings().recent == []  # over the size bound: set aside unread
    _write(json.dumps({"theme": "dark", "recent": [f"/{i}" for i in range(60_000)]}))  # 600 KB
    s = load_settings()
    assert s.theme == "dark" and s.recent == [f"/{i}" for i in range(10)]


def test_a_file_saved_with_a_bom_is_read_and_kept(private_config):
    path = _write(b"\xef\xbb\xbf" + json.dumps({"theme": "dark", "zoom": 3}).encode())
    s = load_settings()
    assert s.theme == "dark" and s.zoom == 3 and path.exists()


def test_a_symlinked_settings_file_stays_a_symlink(private_config, tmp_path):
    target = tmp_path / "dotfiles" / "tamtzit.json"
    target.parent.mkdir()
    target.write_text(json.dumps({"theme": "dark"}), encoding="utf-8")
    link = settings_path()
    link.parent.mkdir(parents=True)
    link.symlink_to(target)
    s = load_settings()
    assert s.theme == "dark"
    s.zoom = 4
    save_settings(s)
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["zoom"] == 4


def test_a_named_pipe_in_place_of_the_file_does_not_hang_and_is_left_alone(private_config):
    import os
    import subprocess
    import sys

    path = settings_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    code = "from app.settings import load_settings, save_settings, Settings; print(load_settings() == Settings())"
    env = dict(os.environ, TAMTZIT_CONFIG_DIR=str(path.parent))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=30)
    assert out.stdout.strip() == "True", out.stderr
    try:
        save_settings(Settings(theme="dark"))
    except OSError:
        pass
    assert stat.S_ISFIFO(os.lstat(path).st_mode)  # not replaced, not moved


def test_keys_of_a_newer_version_are_kept_when_saving(private_config):
    _write(json.dumps({"version": 7, "theme": "dark", "reading_positions": {"/a.txt": 120}}))
    s = load_settings()
    s.zoom = 2
    save_settings(s)
    back = json.loads(settings_path().read_text(encoding="utf-8"))
    assert back["reading_positions"] == {"/a.txt": 120} and back["version"] == 7 and back["zoom"] == 2
    assert "extra" not in back


def test_an_oversized_file_is_not_read(private_config, monkeypatch):
    import app.settings

    monkeypatch.setattr(app.settings, "MAX_SETTINGS_BYTES", 1000)
    _write(json.dumps({"theme": "dark", "recent": ["/x" * 600]}))
    assert load_settings() == Settings()


def test_tracebacks_reach_the_log_file(private_config, monkeypatch):
    import logging
    import sys

    from app.settings import setup_logging

    monkeypatch.setattr(sys, "excepthook", lambda *_a: None)
    root = logging.getLogger()
    before = list(root.handlers)
    target = setup_logging()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        logging.getLogger("app.ui.tasks").exception("background task failed", exc_info=ValueError("boom in a task"))
        for h in root.handlers:
            h.flush()
        text = target.read_text(encoding="utf-8")
        assert "boom in a slot" in text and "Traceback" in text and "boom in a task" in text
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_a_path_that_is_not_utf8_is_saved_and_read_back(private_config):
    import os

    path = os.fsdecode(b"/docs/\xff\xfe-name.txt")  # what Python makes of such a name in argv
    s = Settings()
    s.add_recent(path)
    s.add_recent("/docs/מאמר.txt")
    save_settings(s)
    assert load_settings().recent == ["/docs/מאמר.txt", path]


def test_a_key_without_its_own_rule_is_still_bounded(private_config, monkeypatch):
    import app.settings

    monkeypatch.setattr(app.settings, "_RULES", {})  # as for a key added later without a rule
    _write(json.dumps({"recent": [f"/{i}" for i in range(5000)], "geometry": "ab" * 5000}))
    s = load_settings()
    assert len(s.recent) == app.settings.MAX_ITEMS and s.geometry == ""
