#!/usr/bin/env bash
# Set up Tamtzit on a fresh Debian machine and run it:
#   bash setup.sh run    — create .venv, install, open the window on the bundled sample article
#   bash setup.sh test   — create .venv, install, run the whole test suite headless
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-run}"

# The shared libraries Qt's xcb (desktop) and offscreen (CI) platform plugins load.
qt_packages=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  fonts-dejavu-core)
if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for p in "${qt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing Qt's system libraries: ${missing[*]}" >&2
    $sudo apt-get update -qq
    available=()
    for p in "${missing[@]}"; do
      apt-cache show "$p" >/dev/null 2>&1 && available+=("$p")
    done
    [ ${#available[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"

case "$what" in
  run) exec .venv/bin/python main.py "${@:2}" resources/samples/seed-netanyahu-putin.txt ;;
  test) QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "${@:2}" ;;
  *) echo "usage: bash setup.sh run|test" >&2; exit 2 ;;
esac
