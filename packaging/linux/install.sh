#!/bin/sh
# Put Tamtzit in this user's applications menu (no root needed) — or take it out again.
#
#   ./install.sh [BUNDLE]        BUNDLE: the built folder (default: the folder holding this script when
#                                it sits inside one, else <repo>/dist/tamtzit)
#   ./install.sh --uninstall
#
# Copies the bundle to ~/.local/share/tamtzit/app, links ~/.local/bin/tamtzit, installs the desktop
# entry (Exec pointing at the copied binary, so it works whether or not ~/.local/bin is on PATH), the
# icons into the hicolor theme, and refreshes the desktop and icon caches when their tools exist.
# The entry lists text/plain and text/markdown, so file managers offer "Open with Tamtzit"; it does
# not make Tamtzit the default for them.
set -eu

data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"
target="$data/tamtzit/app"
bin="$HOME/.local/bin"
here="$(cd "$(dirname "$0")" && pwd)"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true; fi
}

uninstall() {
    rm -rf "$data/tamtzit"
    rm -f "$apps/tamtzit.desktop" "$icons"/*/apps/tamtzit.png "$icons/scalable/apps/tamtzit.svg"
    if [ -L "$bin/tamtzit" ]; then rm -f "$bin/tamtzit"; fi
    refresh
    echo "Tamtzit removed from the applications menu."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

if [ -n "${1:-}" ]; then
    bundle="$(cd "$1" && pwd)"
elif [ -x "$here/tamtzit" ]; then
    bundle="$here"
else
    bundle="$(cd "$here/../.." && pwd)/dist/tamtzit"
fi
if [ ! -x "$bundle/tamtzit" ]; then
    echo "install.sh: no tamtzit binary in $bundle — build it first: python packaging/build.py" >&2
    exit 1
fi
resources="$bundle/_internal/resources"
desktop="$bundle/tamtzit.desktop"
[ -f "$desktop" ] || desktop="$here/tamtzit.desktop"

if [ "$bundle" != "$target" ]; then
    rm -rf "$target.new"
    mkdir -p "$(dirname "$target")"
    cp -a "$bundle" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi

mkdir -p "$apps" "$bin" "$icons/scalable/apps"
for png in "$resources"/icons/hicolor/*/apps/tamtzit.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$icons/$size/apps"
    cp "$png" "$icons/$size/apps/tamtzit.png"
done
cp "$resources/icons/tamtzit.svg" "$icons/scalable/apps/tamtzit.svg"
sed -e "s|^Exec=tamtzit|Exec=\"$target/tamtzit\"|" -e "s|^TryExec=tamtzit|TryExec=$target/tamtzit|" \
    "$desktop" > "$apps/tamtzit.desktop"
ln -sfn "$target/tamtzit" "$bin/tamtzit"
refresh
echo "Tamtzit installed: applications menu, \"Open with\" for text and Markdown files, and $bin/tamtzit."
