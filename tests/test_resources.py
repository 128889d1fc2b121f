"""resource_path finds bundled files from source and inside a frozen bundle alike."""

import sys

from app.resources import resource_path
from tests.conftest import SAMPLE


def test_resource_path_from_source_finds_the_sample():
    found = resource_path("samples", SAMPLE.name)
    assert found.is_file()
    assert found.read_bytes() == SAMPLE.read_bytes()


def test_resource_path_inside_a_frozen_bundle(monkeypatch, tmp_path):
    bundled = tmp_path / "resources" / "icons" / "tamtzit.svg"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "tamtzit.svg") == bundled
    assert resource_path("samples", SAMPLE.name).parent == tmp_path / "resources" / "samples"
