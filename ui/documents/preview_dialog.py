"""Preview a client's documents, then print them or save them as PDF or HTML."""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmcoach.documents.context import DocumentError
from rmcoach.documents.service import DocumentRequest, RenderedDocument, render_document
from ui.documents.pdf import PdfResult, a4_layout, print_html, write_atomically, write_pdf
from ui.i18n import current_language
from ui.icons import icon
from ui.operations import Operations
from ui.widgets.coached_text import CoachedTextEdit

log = logging.getLogger("rmcoach.ui.documents")

KINDS = ("brief", "minutes", "letter", "profile")
LETTER_DELAY_MS = 400  # re-render the letter this long after the last keystroke


class DocumentsDialog(QDialog):
    """Choose the document, its language and masking; see it; print or save it.

    Rendering runs on the book worker (ops.query); laying out and writing the PDF stays on
    the GUI thread, where QTextDocument must live: one A4 page takes well under 100 ms.

    Signals:
        rendered(str): a preview of this kind is shown (tests wait on it).
        failed(str): the document cannot be made; the message is shown in the dialog.
    """

    rendered = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        ops: Operations,
        client_id: int,
        meeting_id: int | None = None,
        kind: str = "brief",
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.resize(980, 760)
        self._ops = ops
        self.client_id = client_id
        self.meeting_id = meeting_id
        self.document: RenderedDocument | None = None
        self._asked = 0  # the latest request; older answers are dropped
        self._letter_edited = False
        self._filling_letter = False

        self.kind_box = QComboBox()
        for key, text in (
            ("brief", self.tr("Meeting brief")),
            ("minutes", self.tr("Meeting minutes")),
            ("letter", self.tr("Follow-up letter")),
            ("profile", self.tr("Client profile")),
        ):
            self.kind_box.addItem(text, key)
        self.kind_box.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        self.lang_box = QComboBox()
        self.lang_box.addItem("中文", "zh")
        self.lang_box.addItem("English", "en")
        # the app's language unless the document's is chosen
        self.lang_box.setCurrentIndex(0 if (lang or current_language()) == "zh" else 1)
        self.mask_box = QCheckBox(self.tr("Mask personal data"))
        self.mask_box.setChecked(True)
        self.mask_box.setToolTip(
            self.tr("Phone, e-mail, address and ID are partly hidden and amounts shown as ranges.")
        )
        for widget, name in (
            (self.kind_box, self.tr("Document")),
            (self.lang_box, self.tr("Language of the document")),
        ):
            widget.setAccessibleName(name)

        self.letter = CoachedTextEdit(self.tr("The letter to the client"))
        self.letter.setAccessibleName(self.tr("Letter text"))
        self.reset_button = QPushButton(self.tr("Reset text"))
        self.reset_button.clicked.connect(self._on_reset_letter)
        letter_box = QWidget()
        letter_layout = QVBoxLayout(letter_box)
        letter_layout.setContentsMargins(0, 0, 0, 0)
        letter_layout.addWidget(QLabel(self.tr("Letter text (checked by the phrase coach)")))
        letter_layout.addWidget(self.letter, 1)
        letter_layout.addWidget(self.reset_button)
        self.letter_box = letter_box
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        splitter = QSplitter()
        splitter.addWidget(letter_box)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.pdf_button = QPushButton(icon("pdf"), self.tr("Save as PDF…"))
        self.html_button = QPushButton(icon("export"), self.tr("Save as HTML…"))
        close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.on_print)
        self.pdf_button.clicked.connect(self.on_save_pdf)
        self.html_button.clicked.connect(self.on_save_html)
        close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(self.kind_box)
        options.addWidget(self.lang_box)
        options.addWidget(self.mask_box)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.print_button, self.pdf_button, self.html_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._letter_timer = QTimer(self)
        self._letter_timer.setSingleShot(True)
        self._letter_timer.setInterval(LETTER_DELAY_MS)
        self._letter_timer.timeout.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.lang_box.currentIndexChanged.connect(self._on_lang_changed)
        self.mask_box.toggled.connect(lambda _on: self.refresh())
        self.letter.text_changed.connect(self._on_letter_typed)
        self._set_ready(False)
        self._on_kind_changed()

    # -- what to render ------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def request(self) -> DocumentRequest:
        body = self.letter.text() if self.kind == "letter" and self._letter_edited else None
        return DocumentRequest(
            kind=self.kind,
            client_id=self.client_id,
            meeting_id=None if self.kind == "profile" else self.meeting_id,
            lang=self.lang,
            mask=self.mask_box.isChecked(),
            letter_body=body,
        )

    def refresh(self) -> None:
        """Render on the book worker; the newest request wins."""
        self._letter_timer.stop()
        self._asked += 1
        asked, request = self._asked, self.request()
        self._ops.query(
            lambda book: render_document(book, request),
            lambda document: self._on_rendered(asked, document),
            lambda error: self._on_failed(asked, error),
        )

    def _on_rendered(self, asked: int, document: RenderedDocument) -> None:
        if asked != self._asked or not shiboken6.isValid(self):
            return
        self.document = document
        if document.request.kind == "letter" and not self._letter_edited:
            self._set_letter(document.letter_body)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(document.html)
        self.preview.verticalScrollBar().setValue(scroll)
        self.message.setText(
            self.tr("Personal data masked")
            if document.request.mask
            else self.tr("Personal data shown in full: keep the printout safe")
        )
        self._set_ready(True)
        self.rendered.emit(document.request.kind)

    def _on_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked or not shiboken6.isValid(self):
            return
        if not isinstance(error, DocumentError):
            self._ops.report_error(error)
            return
        text = {
            "no_done_meeting": self.tr(
                "This client has no wrapped-up meeting yet: minutes and letters are "
                "written after the wrap-up."
            ),
            "meeting_not_done": self.tr(
                "This meeting is not wrapped up yet: minutes and letters are written after "
                "the wrap-up."
            ),
        }.get(error.code, str(error))
        self.document = None
        self.preview.clear()
        self.message.setText(text)
        self._set_ready(False)
        self.failed.emit(text)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.html_button):
            button.setEnabled(ready)

    def _on_kind_changed(self) -> None:
        self.letter_box.setVisible(self.kind == "letter")
        self.refresh()

    def _on_lang_changed(self) -> None:
        if not self._letter_edited:
            self._set_letter("")  # the default text follows the language
        self.refresh()

    def _set_letter(self, text: str) -> None:
        """Put our text in the editor without taking it for the RM's edit."""
        self._filling_letter = True
        try:
            self.letter.set_text(text)
        finally:
            self._filling_letter = False

    def _on_letter_typed(self, _text: str) -> None:
        if not self._filling_letter:
            self._letter_edited = True
            self._letter_timer.start()

    def _on_reset_letter(self) -> None:
        self._letter_edited = False
        self.refresh()

    # -- output --------------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.document.file_stem if self.document else "document"
        return str(Path(folder) / f"{stem}{suffix}")

    def on_save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._suggested(".pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def on_save_html(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as HTML"), self._suggested(".html"), self.tr("Web page (*.html)")
        )
        if path:
            self.save_html(Path(path))

    def save_pdf(self, path: Path) -> PdfResult | None:
        """Write the PDF (on this thread: layout needs the GUI thread; one page < 100 ms)."""
        if self.document is None:
            return None
        try:
            result = write_pdf(self.document.html, path, self.document.one_page)
        except OSError as exc:
            self._write_failed(path, exc)
            return None
        log.info("PDF %s: %d page(s) in %.0f ms", path, result.pages, result.milliseconds)
        self.message.setText(self.tr("Saved %1").replace("%1", str(path)))
        return result

    def save_html(self, path: Path) -> bool:
        if self.document is None:
            return False
        try:
            write_atomically(path, self.document.html.encode("utf-8"))
        except OSError as exc:
            self._write_failed(path, exc)
            return False
        self.message.setText(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def on_print(self) -> None:
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(self.document.file_stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_html(self.document.html, printer, self.document.one_page)

    def _write_failed(self, path: Path, error: OSError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("%1 could not be written: %2. Choose another folder.")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )


def open_documents(
    parent: QWidget, ops: Operations, client_id: int, meeting_id: int | None = None
) -> DocumentsDialog:
    """Open the documents dialog for a client (and a meeting, from a meeting record)."""
    kind = "minutes" if meeting_id is not None else "brief"
    dialog = DocumentsDialog(ops, client_id, meeting_id, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
