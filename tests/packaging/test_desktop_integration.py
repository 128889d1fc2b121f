"""How the desktops meet Tamtzit: Linux menu entry and installer, icons, macOS plist, Windows resources.

Fast and build-free (the frozen bundle itself is exercised by test_bundle.py).
"""

import ast
import configparser
import os
import plistlib
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_meta as meta  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
needs_validator = pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                                     reason="apt-get install desktop-file-utils")


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def validate(path: Path) -> None:
    run = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@needs_validator
def test_desktop_entry_is_valid_and_offers_tamtzit_for_text_and_markdown():
    validate(LINUX / "tamtzit.desktop")
    entry = desktop_entry(LINUX / "tamtzit.desktop")
    assert {"text/plain", "text/markdown"} <= set(entry["MimeType"].strip(";").split(";"))
    assert entry["Exec"].split() == ["tamtzit", "%F"]  # many files at once, as paths
    assert entry["Icon"] == "tamtzit" and entry["Name[he]"] == "תמצית"


def fake_bundle(root: Path) -> Path:
    """What build.py leaves in dist/tamtzit, minus the 200 MB: a binary, its resources, the entry."""
    bundle = root / "tamtzit"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    binary = bundle / "tamtzit"
    binary.write_text("#!/bin/sh\necho frozen-tamtzit \"$@\"\n")
    binary.chmod(0o755)
    for f in ("tamtzit.desktop", "install.sh"):
        shutil.copy2(LINUX / f, bundle / f)
    return bundle


def test_install_script_adds_tamtzit_to_the_menu_and_uninstall_removes_it(tmp_path):
    bundle = fake_bundle(tmp_path / "dist")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    run = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = home / ".local" / "share"
    entry_path = data / "applications" / "tamtzit.desktop"
    entry = desktop_entry(entry_path)
    installed = data / "tamtzit" / "app" / "tamtzit"
    assert entry["Exec"] == f'"{installed}" %F'  # works even when ~/.local/bin is not on PATH
    assert subprocess.run(["sh", "-c", entry["Exec"].replace("%F", "a.txt")], capture_output=True,
                          text=True).stdout.strip() == "frozen-tamtzit a.txt"
    assert (home / ".local" / "bin" / "tamtzit").resolve() == installed.resolve()
    for size in (16, 32, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "tamtzit.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "tamtzit.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validate(entry_path)
    if shutil.which("update-desktop-database"):  # the "Open with" list file managers read
        cache = (data / "applications" / "mimeinfo.cache").read_text()
        assert "text/plain=tamtzit.desktop;" in cache and "text/markdown=tamtzit.desktop;" in cache

    run = subprocess.run(["sh", str(installed.parent / "install.sh"), "--uninstall"], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    left = [p for p in home.rglob("*tamtzit*")]
    assert left == [], left


def test_install_script_refuses_a_folder_without_the_binary(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path))
    run = subprocess.run(["sh", str(LINUX / "install.sh"), str(tmp_path)], env=env, capture_output=True, text=True)
    assert run.returncode == 1 and "build it first" in run.stderr
    assert not (tmp_path / ".local").exists()


def test_hicolor_icons_have_the_size_their_folder_names():
    folders = sorted((ICONS / "hicolor").glob("*x*"))
    sizes = {int(f.name.split("x")[0]) for f in folders}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
    for folder in folders:
        n = int(folder.name.split("x")[0])
        image = QImage(str(folder / "apps" / "tamtzit.png"))
        assert (image.width(), image.height()) == (n, n)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corners


def test_windows_icon_holds_every_size_from_16_to_256():
    data = (ICONS / "tamtzit.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        payload = data[offset:offset + length]
        assert payload.startswith(PNG_MAGIC) and len(payload) == length
        image = QImage.fromData(payload)
        assert image.width() == (w or 256) == image.height() == (h or 256)
        sizes.add(image.width())
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icon_container_is_well_formed():
    data = (ICONS / "tamtzit.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack_from(">I", data, at + 4)[0]
        kinds[kind] = QImage.fromData(data[at + 8:at + length]).width()
        at += length
    assert at == len(data)
    assert kinds[b"ic07"] == 128 and kinds[b"ic10"] == 1024 and kinds[b"icp4"] == 16


def test_macos_info_plist_lets_finder_open_text_and_markdown_with_tamtzit():
    plist = plistlib.loads(plistlib.dumps(meta.info_plist()))
    types = {t for doc in plist["CFBundleDocumentTypes"] for t in doc["LSItemContentTypes"]}
    assert {"public.plain-text", meta.MARKDOWN_UTI} <= types
    assert all(doc["CFBundleTypeRole"] == "Viewer" for doc in plist["CFBundleDocumentTypes"])
    markdown = plist["UTImportedTypeDeclarations"][0]
    assert "md" in markdown["UTTypeTagSpecification"]["public.filename-extension"]
    assert plist["CFBundleShortVersionString"] == meta.version()


def test_windows_version_resource_names_tamtzit_and_its_version():
    tree = ast.parse(meta.windows_version_file(), mode="eval")  # PyInstaller evaluates this on Windows
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    strings = {ast.literal_eval(c.args[0]): ast.literal_eval(c.args[1]) for c in calls if c.func.id == "StringStruct"}
    assert strings["ProductName"] == strings["FileDescription"] == "Tamtzit"
    assert strings["ProductVersion"] == meta.version() and strings["OriginalFilename"] == "tamtzit.exe"
    fixed = next(c for c in calls if c.func.id == "FixedFileInfo")
    versions = {k.arg: ast.literal_eval(k.value) for k in fixed.keywords if k.arg in ("filevers", "prodvers")}
    assert versions == {"filevers": meta.version_tuple(), "prodvers": meta.version_tuple()}
    assert meta.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert meta.version_tuple("2.0") == (2, 0, 0, 0)


def test_inno_setup_script_installs_the_built_folder_and_registers_open_with_for_txt():
    script = (ROOT / "packaging" / "windows" / "tamtzit.iss").read_text(encoding="utf-8-sig")
    lines = script.splitlines()
    here = ROOT / "packaging" / "windows"
    source = next(line for line in lines if line.startswith("Source:")).split('"')[1]
    assert (here / source.replace("\\", "/")).parent.resolve() == ROOT / "dist" / meta.EXE
    icon = next(line for line in lines if line.startswith("SetupIconFile=")).split("=", 1)[1]
    assert (here / icon.replace("\\", "/")).resolve() == ICONS / "tamtzit.ico"
    assert f'#define AppExe "{meta.EXE}.exe"' in script
    registry = [line for line in lines if line.startswith("Root: HKA")]
    assert any(r"SystemFileAssociations\.txt\shell\Tamtzit\command" in r and '""%1""' in r for r in registry)
    assert any(r".txt\OpenWithProgids" in r for r in registry)
    assert "english.OpenWith=Open with Tamtzit" in script
