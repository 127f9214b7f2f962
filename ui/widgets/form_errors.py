"""The parts of an editing dialog that say what to fix in place: error lines, summary, Save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def error_line() -> QLabel:
    """A red line that says what is wrong, hidden until there is something to say."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error_line(field: QWidget) -> tuple[QWidget, QLabel]:
    """The field in a cell with its error line under it, for a form row."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = error_line()
    layout.addWidget(error)
    return cell, error


def save_cancel(
    dialog: QDialog, save: Callable[[], None], save_text: str = ""
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the primary button, which runs `save`) and Cancel (which rejects the dialog).

    save_text, translated by the caller, names what Save does when "Save" says too little
    ("Record the consent").
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setText(save_text or QCoreApplication.translate("forms", "Save"))
    save_button.setProperty("primary", True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Cancel")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button
