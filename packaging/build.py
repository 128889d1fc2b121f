"""Build the double-clickable Tamtzit: `python packaging/build.py [--smoke] [--archive]`.

Runs PyInstaller on packaging/tamtzit.spec into dist/tamtzit/ (dist/Tamtzit.app on macOS too), puts
the Linux desktop entry and its install script beside the binary, and prints the bundle's size.
--smoke then runs the frozen binary (tests/packaging, offscreen) and times it (benchmarks/bundle.py).
--archive packs the folder into dist/tamtzit-<version>-<os>-<arch>.tar.gz (zip on Windows).
--installer (Windows, Inno Setup 6's iscc on PATH) makes dist/tamtzit-<version>-windows-setup.exe.
Needs the packaging extra: pip install -e ".[packaging]".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_meta as meta  # noqa: E402

ROOT = meta.ROOT
DIST = ROOT / "dist"
BUNDLE = DIST / meta.EXE
LINUX_FILES = (HERE / "linux" / "tamtzit.desktop", HERE / "linux" / "install.sh")


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build() -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('build: PyInstaller is missing; install the packaging extra: pip install -e ".[packaging]"')
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(HERE / "tamtzit.spec"),
    ]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    if sys.platform.startswith("linux"):
        strip_debug_info(BUNDLE)
        for f in LINUX_FILES:
            shutil.copy2(f, BUNDLE / f.name)
    size, count = folder_size(BUNDLE)
    print(f"build: {BUNDLE} — {size / 1e6:.1f} MB in {count} files, built in {time.monotonic() - started:.0f} s")
    return BUNDLE


def strip_debug_info(bundle: Path) -> None:
    """Remove DWARF sections (a pyenv-built libpython carries 17 MB of them); symbols stay intact."""
    if not (shutil.which("readelf") and shutil.which("strip")):
        print("build: binutils missing, debug sections left in place", file=sys.stderr)
        return
    for path in bundle.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
            if ".debug_info" in sections:
                subprocess.run(["strip", "--strip-debug", str(path)], check=True)


def archive(bundle: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"{meta.EXE}-{meta.version()}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    out = Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))
    print(f"build: {out} — {out.stat().st_size / 1e6:.1f} MB to download")
    return out


def installer() -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if sys.platform != "win32" or not iscc:
        sys.exit("build: --installer needs Windows and Inno Setup 6 (iscc on PATH)")
    subprocess.run([iscc, f"/DAppVersion={meta.version()}", str(HERE / "windows" / "tamtzit.iss")], check=True)


def smoke(bundle: Path) -> int:
    env = dict(os.environ, TAMTZIT_BUNDLE_TEST="1", TAMTZIT_BUNDLE=str(bundle), QT_QPA_PLATFORM="offscreen")
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/packaging"], cwd=ROOT, env=env)
    if tests.returncode:
        return tests.returncode
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bundle.py"), str(bundle)], cwd=ROOT).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="then run and time the frozen binary")
    parser.add_argument("--archive", action="store_true", help="then pack the folder for download")
    parser.add_argument("--installer", action="store_true", help="then make the Windows installer")
    args = parser.parse_args(argv)
    bundle = build()
    if args.archive:
        archive(bundle)
    if args.installer:
        installer()
    return smoke(bundle) if args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
