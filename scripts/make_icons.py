"""Draw the app icon with QPainter and write every size the platforms want.

Writes into resources/icons/: app-<size>.png for each size, app.ico (Windows: the
executable and the taskbar) and app.icns (macOS: the .app bundle). Run it again after
changing the drawing; the output is committed, so builds need no drawing step.

    python scripts/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# Drawing needs no display; set before Qt starts, as the tests do.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, from the icns format's OSType table. The @2x
# types (ic11-ic14) are what Retina displays pick; 1024 is the 512@2x App Store size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)

# A calm corporate palette: deep blue tile, white cloud, arrow in the tile's blue.
TILE_TOP = QColor("#2f6fae")
TILE_BOTTOM = QColor("#1c4772")
CLOUD = QColor("#ffffff")
ARROW = QColor("#1f5a94")


def _cloud_path() -> QPainterPath:
    """A cloud made of three circles on a rounded base, in a 256-unit square."""
    path = QPainterPath()
    # Winding fill: where the circles overlap is cloud too, not a hole.
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addRoundedRect(QRectF(40, 120, 176, 76), 38, 38)
    path.addEllipse(QPointF(100, 124), 44, 44)
    path.addEllipse(QPointF(150, 106), 58, 58)
    path.addEllipse(QPointF(188, 138), 30, 30)
    return path.simplified()


def _arrow_path(small: bool) -> QPainterPath:
    """An upward arrow inside the cloud; wider strokes at small sizes stay legible."""
    shaft = 26 if small else 20
    head = 46 if small else 38
    top, neck, bottom = 82, 128, 178
    centre = 136
    path = QPainterPath()
    path.moveTo(centre, top)
    path.lineTo(centre + head, neck)
    path.lineTo(centre + shaft / 2, neck)
    path.lineTo(centre + shaft / 2, bottom)
    path.lineTo(centre - shaft / 2, bottom)
    path.lineTo(centre - shaft / 2, neck)
    path.lineTo(centre - head, neck)
    path.closeSubpath()
    return path


def draw(size: int) -> QImage:
    """The icon at one size, drawn from vectors rather than scaled from a bitmap."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    # The tile: macOS and Windows 11 both show rounded squares, with a small margin.
    gradient = QLinearGradient(0, 8, 0, 248)
    gradient.setColorAt(0, TILE_TOP)
    gradient.setColorAt(1, TILE_BOTTOM)
    margin = 4 if size <= 32 else 12
    tile = QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(tile, 52, 52)

    # The cloud, then the arrow punched into it in the tile's colour.
    painter.setBrush(CLOUD)
    painter.drawPath(_cloud_path())
    painter.setBrush(ARROW)
    painter.setPen(QPen(ARROW, 2))
    painter.drawPath(_arrow_path(small=size <= 32))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container with PNG entries (read by Windows Vista and later).

    Layout: a 6-byte header (reserved, type 1 = icon, count), one 16-byte directory
    entry per image, then the images. A width or height of 0 means 256.
    """
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An icns container: 'icns' and the total length, then (type, length, PNG) entries.

    Lengths are big-endian and include their own 8-byte headers.
    """
    body = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUTPUT.mkdir(parents=True, exist_ok=True)

    pngs = {size: png_bytes(draw(size)) for size in PNG_SIZES}
    for size, data in pngs.items():
        (OUTPUT / f"app-{size}.png").write_bytes(data)
    (OUTPUT / "app.ico").write_bytes(ico_bytes(pngs))
    (OUTPUT / "app.icns").write_bytes(icns_bytes(pngs))

    print(f"Wrote {len(pngs)} PNGs, app.ico and app.icns to {OUTPUT}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
