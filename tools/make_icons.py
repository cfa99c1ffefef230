"""Render the app icon's sizes from its SVG source (resources/icons/qsm-desktop.svg).

    python tools/make_icons.py           # write the PNG, ICO and ICNS files next to the SVG
    python tools/make_icons.py --check   # exit 1 when a committed file differs from a new render

The window uses the PNGs (no SVG renderer needed at run time), the Windows bundle the ICO and
the macOS bundle the ICNS; Qt's own image plugins write all three, so no other library is used.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
SOURCE = ICON_DIR / "qsm-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_all(out_dir: Path) -> list[Path]:
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in PNG_SIZES:
        path = out_dir / f"qsm-desktop-{size}.png"
        if not render(size).save(str(path)):  # PNG, by the file name
            raise SystemExit(f"could not write {path}")
        written.append(path)
    # Qt's ICO writer stores one image per file; an .ico with every size is made by hand below.
    ico = out_dir / "qsm-desktop.ico"
    ico.write_bytes(_ico_bytes([_png_bytes(render(size)) for size in ICO_SIZES], ICO_SIZES))
    written.append(ico)
    icns = out_dir / "qsm-desktop.icns"
    writer = QImageWriter(str(icns), b"icns")
    if not writer.write(render(512)):
        raise SystemExit(f"could not write {icns}: {writer.errorString()}")
    written.append(icns)
    return written


def _png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stub types the format as bytes; the binding takes only str (bytes: ValueError)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _ico_bytes(pngs: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO file holding PNG images (Windows Vista and later read PNG entries)."""
    import struct

    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries = b""
    for png, size in zip(pngs, sizes, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not args.check:
        for path in write_all(ICON_DIR):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [
            path.name
            for path in write_all(Path(tmp))
            if not (ICON_DIR / path.name).is_file()
            or (ICON_DIR / path.name).read_bytes() != path.read_bytes()
        ]
    if stale:
        print("out of date (run tools/make_icons.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
