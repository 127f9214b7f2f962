"""Lay out a rendered document on A4 with Qt's rich text and write it as PDF or print it."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from rmcoach.storage.scratch import write_whole
from ui.documents.pdf_text import code_aliases, fix_text_layer

# Printer margins; the templates add none of their own (documentMargin 0).
MARGINS_MM = QMarginsF(14, 12, 14, 12)
PDF_DPI = 300
MIN_SCALE = 0.8  # a one-page document is shrunk at most to 80 % (9 pt text to 7.2 pt)
SCALE_STEP = 0.04

log = logging.getLogger("rmcoach.ui.documents")


@dataclass(frozen=True)
class PdfResult:
    """A PDF: its bytes, pages, the scale it was shrunk to (1.0: none) and the time taken."""

    data: bytes
    pages: int
    scale: float
    milliseconds: float
    path: Path | None = None


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def paged_document(
    html: str, device: QPagedPaintDevice, one_page: bool = False
) -> tuple[QTextDocument, float]:
    """The HTML laid out for `device`'s pages, and the scale it must be drawn at.

    With one_page (the brief), a document a little too long is laid out on a larger page
    and drawn shrunk to fit, down to MIN_SCALE; beyond that it keeps its pages. A
    QTextDocument is a QObject: build it in the thread that uses it (here the GUI thread;
    one A4 page takes well under 100 ms, see tests/ui/test_documents.py).
    """
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    font = doc.defaultFont()
    # CJK fonts' 'locl' swaps Latin digits for glyphs with no code point of their own, so
    # Qt writes no text for them and "C8801" would not be searchable in the PDF.
    font.setFeature(QFont.Tag("locl"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX()).size()
    # paginated at the device's own size, so print_() adds no 2 cm margins or page numbers
    doc.setPageSize(QSizeF(page))
    if not one_page or doc.pageCount() == 1:
        return doc, 1.0
    scale = 1.0
    while scale > MIN_SCALE:
        scale = round(scale - SCALE_STEP, 2)
        doc.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
        if doc.pageCount() == 1:
            log.info("document shrunk to %.0f%% to fit one page", scale * 100)
            return doc, scale
    doc.setPageSize(QSizeF(page))
    return doc, 1.0


def draw(doc: QTextDocument, scale: float, device: QPagedPaintDevice) -> None:
    """Paint the laid-out document on the device: Qt's own pagination, or one shrunk page."""
    if scale == 1.0:
        doc.print_(device)  # ends its painter: a PDF is complete when this returns
        return
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        doc.drawContents(painter, QRectF(QPointF(0, 0), doc.pageSize()))
    finally:
        painter.end()


def render_pdf(html: str, one_page: bool = False) -> PdfResult:
    """The document as an A4 PDF with its text embedded as text (searchable, selectable)."""
    started = time.perf_counter()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    writer.setResolution(PDF_DPI)
    writer.setCreator("RM Coach")
    doc, scale = paged_document(html, writer, one_page)
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    draw(doc, scale, writer)
    data = fix_text_layer(bytes(buffer.data().data()), code_aliases(doc))
    elapsed = (time.perf_counter() - started) * 1000
    return PdfResult(data, doc.pageCount(), scale, elapsed)


def write_pdf(html: str, path: Path, one_page: bool = False) -> PdfResult:
    """Write the PDF to `path` (whole or not at all); OSError when it cannot be written."""
    result = render_pdf(html, one_page)
    write_atomically(path, result.data)
    return replace(result, path=path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write the file whole or not at all, owner-only; a killed run leaves no partial copy."""
    write_whole(path.expanduser(), data)


def print_html(html: str, printer: QPagedPaintDevice, one_page: bool = False) -> int:
    """Print on a printer chosen in QPrintDialog; returns the number of pages sent."""
    doc, scale = paged_document(html, printer, one_page)
    draw(doc, scale, printer)
    return doc.pageCount()
