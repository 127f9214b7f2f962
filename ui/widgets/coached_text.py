"""A text box with the phrase coach: risky words underlined, a suggestion for each below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from rmcoach.phrasecoach import Finding, check_text, warm_up
from ui.i18n import current_language
from ui.theme import current_palette


def _utf16_offsets(text: str) -> list[int]:
    """Qt counts characters beyond U+FFFF (emoji) as two; map Python offsets to Qt's."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class PhraseHighlighter(QSyntaxHighlighter):
    """Underlines each finding of the phrase coach in the amber 'take care' colour."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(current_palette()["due"]))

    def highlightBlock(self, text: str) -> None:
        offsets = _utf16_offsets(text)
        for finding in check_text(text):
            start, end = offsets[finding.start], offsets[finding.end]
            self.setFormat(start, end - start, self._format)


class CoachedTextEdit(QWidget):
    """A plain-text editor that advises, never blocks.

    Signals:
        text_changed(str): the text after an edit.
        findings_changed(int): how many findings the text has now.
    """

    text_changed = Signal(str)
    findings_changed = Signal(int)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.highlighter = PhraseHighlighter(self.editor.document())
        self.advice = QLabel()
        self.advice.setProperty("role", "muted")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.hide()
        self.findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # advice follows typing without flickering per key
        self._timer.timeout.connect(self._refresh_advice)
        self.editor.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.advice)

    def showEvent(self, event: QShowEvent) -> None:
        # compile the rules in the background before the RM types, not during start-up
        warm_up()
        super().showEvent(event)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.editor.toPlainText():
            self.editor.setPlainText(text)
        self._refresh_advice()

    def _on_text_changed(self) -> None:
        self.text_changed.emit(self.editor.toPlainText())
        self._timer.start()

    def _refresh_advice(self) -> None:
        self._timer.stop()
        self.findings = check_text(self.editor.toPlainText())
        lang = current_language()
        lines = []
        seen: set[str] = set()
        for finding in self.findings:
            if finding.word in seen:
                continue
            seen.add(finding.word)
            lines.append(f"“{finding.word}”: {finding.suggestion(lang)}")
        self.advice.setText("\n".join(lines[:4]))
        self.advice.setVisible(bool(lines))
        self.findings_changed.emit(len(self.findings))
