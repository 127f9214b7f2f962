"""The Save / Cancel row of the dialogs that write through the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(
    dialog: QDialog, save_text: str, cancel_text: str, on_save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the primary button) calls on_save, which closes the dialog once the book has
    the change; Cancel rejects. The texts come translated in the dialog's own context."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    save.setProperty("primary", True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
