"""Smoke test of the frozen (PyInstaller) Tamtzit: the bundle a user double-clicks.

Skipped in the ordinary suite: building takes a minute or more on two cores. Run it with
`python packaging/build.py --smoke` (builds, then runs this with TAMTZIT_BUNDLE set), or
`TAMTZIT_BUNDLE_TEST=1 pytest tests/packaging` (builds first unless TAMTZIT_BUNDLE names a bundle).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QLocalServer

from app.cli import to_json
from app.core.analyze import Options, analyze
from app.core.summarize import ALGORITHMS
from app.ui.single_instance import is_running, server_name
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(
    os.environ.get("TAMTZIT_BUNDLE_TEST") != "1",
    reason="builds and runs the PyInstaller bundle: TAMTZIT_BUNDLE_TEST=1 or python packaging/build.py --smoke",
)
LINUX = sys.platform.startswith("linux")
# what the analysis loads and the window must not wait for: numpy, scipy (TextRank's sparse
# matrices) and the CRF runtime behind the NER model (paths, as numpy's OpenBLAS is "libscipy_…")
HEAVY = ("/numpy/", "/scipy/", "/pycrfsuite/")


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("TAMTZIT_BUNDLE")
    if given:
        return Path(given).resolve()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True)
    return ROOT / "dist" / "tamtzit"


@pytest.fixture(scope="module")
def binary(bundle) -> Path:
    exe = bundle / ("tamtzit-cli.exe" if sys.platform == "win32" else "tamtzit")
    assert exe.is_file(), f"no frozen binary at {exe}"
    return exe


def frozen_env(home: Path, **extra: str) -> dict:
    """A clean user: own HOME (no nltk_data, no settings, own instance socket), no source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NLTK", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", NLTK_DATA=str(home / "no-nltk-data"), **extra)
    return env


def offline(command: list[str]) -> list[str]:
    """Run without any network when the kernel lets us (a private, empty network namespace)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n", *command]
    pytest.skip("cannot cut the network here (unshare -n unavailable)")


def test_frozen_window_renders_the_sample_article(binary, tmp_path):
    out = tmp_path / "window.png"
    run = subprocess.run([str(binary), "--screenshot", str(out), str(SAMPLE)], cwd=tmp_path,
                         env=frozen_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the screenshot is (nearly) blank"


def test_frozen_window_looks_exactly_like_the_source_one_in_hebrew(binary, tmp_path):
    """Same pixels as `python main.py`: the bundled Hebrew font, translations and icons all came along.

    Fontconfig is handed an empty font folder, so the article's Hebrew can only come from the
    font in resources/fonts (a missing one shows boxes, not the system's Hebrew font).
    """
    no_fonts = tmp_path / "fonts.conf"
    no_fonts.write_text(f"<fontconfig><dir>{tmp_path / 'no-fonts'}</dir>"
                        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>", encoding="utf-8")
    shots = {}
    for name, command in (("frozen", [str(binary)]), ("source", [sys.executable, str(ROOT / "main.py")])):
        home = tmp_path / name
        home.mkdir()
        shots[name] = home / "window.png"
        env = frozen_env(home, LANG="he_IL.UTF-8", LC_ALL="", FONTCONFIG_FILE=str(no_fonts))
        run = subprocess.run([*command, "--screenshot", str(shots[name]), str(SAMPLE)], cwd=home,
                             env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    frozen, source = QImage(str(shots["frozen"])), QImage(str(shots["source"]))
    assert not frozen.isNull() and frozen == source


def test_frozen_analyze_json_matches_the_source_and_needs_no_network(binary, tmp_path):
    command = offline([str(binary), "analyze", "--json", str(SAMPLE)])
    run = subprocess.run(command, cwd=tmp_path, env=frozen_env(tmp_path), capture_output=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    frozen = json.loads(run.stdout.decode("utf-8"))
    assert frozen["removed"] and frozen["summary"]
    assert {e["label"] for e in frozen["entities"]} >= {"PER", "GPE"}  # the NER model and lexicon came along
    assert frozen == to_json(analyze(SAMPLE.read_text(encoding="utf-8"), Options()))


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_summarizer_in_the_bundle_agrees_with_the_source(binary, tmp_path, algorithm):
    """Each summarizer loads its own modules (scipy.sparse for TextRank, sumy's for the rest)."""
    run = subprocess.run([str(binary), "analyze", "--json", "--algorithm", algorithm, str(SAMPLE)],
                         cwd=tmp_path, env=frozen_env(tmp_path), capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    frozen = json.loads(run.stdout.decode("utf-8"))
    assert frozen["summary"]
    source = to_json(analyze(SAMPLE.read_text(encoding="utf-8"), Options(algorithm=algorithm)))
    assert frozen["summary"] == source["summary"]


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank"])
def test_frozen_analysis_of_many_articles_matches_the_source(binary, tmp_path, algorithm):
    """Longer input takes the summarizers' blocked paths and names the NER model has to split."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/haaretz-dev").glob("*.txt")))
    article = tmp_path / "articles.txt"
    article.write_text(text, encoding="utf-8")
    run = subprocess.run([str(binary), "analyze", "--json", "--algorithm", algorithm, str(article)],
                         cwd=tmp_path, env=frozen_env(tmp_path), capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    frozen = json.loads(run.stdout.decode("utf-8"))
    assert len(frozen["entities"]) > 50
    assert frozen == to_json(analyze(text, Options(algorithm=algorithm)))


@pytest.mark.skipif(not LINUX, reason="reads the dynamic loader's trace (glibc LD_DEBUG)")
def test_frozen_window_paints_without_loading_numpy_scipy_or_crfsuite(binary, tmp_path):
    def loaded(*args: str) -> str:
        trace = tmp_path / f"ld-{len(args)}"
        subprocess.run([str(binary), *args], cwd=tmp_path, timeout=120, capture_output=True,
                       env=frozen_env(tmp_path, LD_DEBUG="files", LD_DEBUG_OUTPUT=str(trace)))
        return "".join(p.read_text(errors="replace") for p in tmp_path.glob(f"{trace.name}.*"))

    window_only = loaded("--screenshot", str(tmp_path / "empty.png"))
    assert "libQt6Widgets" in window_only  # the trace does see what gets loaded
    for heavy in HEAVY:
        assert heavy not in window_only, f"the empty window loaded {heavy}"
    analysis = loaded("analyze", "--json", "--algorithm", "textrank", str(SAMPLE))
    for heavy in HEAVY:
        assert heavy in analysis, f"the analysis never loaded {heavy}: the probe does not see it"


def test_second_frozen_launch_hands_its_file_to_the_first(binary, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # so server_name() here is the frozen instances' name
    env = frozen_env(tmp_path)
    first = subprocess.Popen([str(binary)], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not is_running(server_name()):  # before that, the second would become a first itself
            assert time.monotonic() < deadline, "the first frozen Tamtzit never started listening"
            time.sleep(0.2)
        second = subprocess.run([str(binary), str(SAMPLE)], cwd=tmp_path, env=env, timeout=60,
                                capture_output=True, text=True)  # a window of its own: timeout
        assert second.returncode == 0, second.stderr
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.terminate()
        first.wait(timeout=30)
        QLocalServer.removeServer(server_name())  # a terminated instance leaves its socket file
