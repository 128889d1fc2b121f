"""Settings persist atomically; a corrupt file is set aside, never fatal; the window reopens files."""

from __future__ import annotations

import json

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
