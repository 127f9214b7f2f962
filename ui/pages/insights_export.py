"""Saving the Insights dashboards: a PNG of one, or a PDF of several on A4 landscape pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtWidgets import QWidget

from ui.theme import base_font, current_palette

HEADER_PX = 44


def grab(widget: QWidget, size: QSize) -> QPixmap:
    """The widget drawn at `size`, also when it is not on screen (a hidden tab)."""
    if not widget.isVisible():
        widget.resize(size)
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    return widget.grab()


def with_header(picture: QPixmap, title: str, subtitle: str) -> QPixmap:
    """The picture under a band naming what it shows, in the page's colours."""
    palette = current_palette()
    ratio = picture.devicePixelRatio()
    width = round(picture.width() / ratio)
    height = round(picture.height() / ratio)
    result = QPixmap(QSize(width, height + HEADER_PX) * ratio)
    result.setDevicePixelRatio(ratio)
    result.fill(QColor(palette["bg"]))
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = base_font()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(palette["text"]))
    painter.drawText(QRect(16, 0, width - 32, HEADER_PX), Qt.AlignmentFlag.AlignVCenter, title)
    title_width = painter.fontMetrics().horizontalAdvance(title)
    font.setPixelSize(13)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor(palette["muted"]))
    painter.drawText(
        QRect(16 + title_width + 16, 0, max(0, width - title_width - 48), HEADER_PX),
        Qt.AlignmentFlag.AlignVCenter,
        subtitle,
    )
    painter.drawPixmap(QPoint(0, HEADER_PX), picture)
    painter.end()
    return result


def save_png(picture: QPixmap, path: Path) -> bool:
    return picture.save(str(path), "PNG")


def save_pdf(pages: Sequence[QPixmap], path: Path, title: str) -> bool:
    """One A4 landscape page per picture, each scaled to fit within 10 mm margins."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("RM Coach")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        return False
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    for index, picture in enumerate(pages):
        if index:
            writer.newPage()
        target = picture.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(QRect(QPoint(0, 0), target), picture)
    painter.end()
    return path.exists() and path.stat().st_size > 0
