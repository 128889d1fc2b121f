"""Render resources/icons/tamtzit.svg into every icon the three platforms ask for.

Run after editing the SVG: `.venv/bin/python packaging/make_icons.py` (offscreen is fine). Writes
hicolor PNGs for Linux (`resources/icons/hicolor/<n>x<n>/apps/tamtzit.png`), a multi-size
`tamtzit.ico` for the Windows exe and installer, and `tamtzit.icns` for the macOS .app. The ICO and
ICNS containers hold PNG images, which both formats accept, so Qt is the only renderer needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "tamtzit.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types share sizes with 1x ones)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one 16-byte entry per image + the PNG payloads (Vista+ reads PNG entries)."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, payload = b"", b""
    for n in sizes:
        side = 0 if n >= 256 else n  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[n]), offset + len(payload))
        payload += pngs[n]
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[n])) + pngs[n] for kind, n in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, images)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {n for _, n in ICNS_TYPES})
    pngs = {n: render_png(renderer, n) for n in sizes}
    for n in HICOLOR_SIZES:
        target = ICONS / "hicolor" / f"{n}x{n}" / "apps" / "tamtzit.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[n])
    (ICONS / "tamtzit.ico").write_bytes(ico({n: pngs[n] for n in ICO_SIZES}))
    (ICONS / "tamtzit.icns").write_bytes(icns(pngs))
    print(f"make_icons: {len(HICOLOR_SIZES)} PNGs, tamtzit.ico, tamtzit.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
