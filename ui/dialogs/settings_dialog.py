"""Settings: language, light/dark, the book's tier names, playbook, products and protection."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import Tier
from ui.labels import tier_name
from ui.operations import Operations

LANGUAGES = (("system", "System"), ("zh_CN", "简体中文"), ("en", "English"))
THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    """Edits app settings (QSettings) and the book's tier names (returned to the caller)."""

    def __init__(
        self,
        settings: QSettings,
        tier_names: dict[str, str],
        playbook: str = "",
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ):
        super().__init__(parent)
        self._ops = ops  # the open book's worker: the catalogue needs it
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(self.tr("Follow the system") if code == "system" else label, code)
        self.language.setCurrentIndex(
            max(self.language.findData(settings.value("language", "system")), 0)
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Appearance"))
        for code, label in zip(
            THEMES, (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.value("theme", "system")), 0))
        app_box = QGroupBox(self.tr("This computer"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Language"), self.language)
        app_form.addRow(self.tr("Appearance"), self.theme)

        book_box = QGroupBox(self.tr("This book: tier names"))
        book_form = QFormLayout(book_box)
        self.tier_edits: dict[Tier, QLineEdit] = {}
        for tier in Tier:
            edit = QLineEdit(tier_names.get(tier.value, ""))
            edit.setPlaceholderText(tier_name(tier))
            edit.setAccessibleName(self.tr("Name of tier %1").replace("%1", tier_name(tier)))
            self.tier_edits[tier] = edit
            book_form.addRow(tier_name(tier), edit)

        playbook_box = QGroupBox(self.tr("This book: meeting playbook"))
        playbook_layout = QVBoxLayout(playbook_box)
        self.playbook_label = QLabel()
        self.playbook_label.setWordWrap(True)
        self.playbook_choice: str | None = None  # None: unchanged; "": the default; else a path
        self._show_playbook(playbook)
        choose = QPushButton(self.tr("Use the bank's own playbook file…"))
        choose.clicked.connect(self._choose_playbook)
        default = QPushButton(self.tr("Use the default playbook"))
        default.clicked.connect(lambda: self._set_playbook(""))
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(default)
        row.addStretch(1)
        playbook_layout.addWidget(self.playbook_label)
        playbook_layout.addLayout(row)
        self.choose_file = self._ask_for_file  # tests replace this to skip the file dialog
        self.encryption_requested = False
        encryption_box = QGroupBox(self.tr("This book: protection"))
        encryption_layout = QVBoxLayout(encryption_box)
        encryption_text = QLabel(
            self.tr(
                "A passphrase encrypts the whole book and its backups; the book locks after "
                "5 minutes without use."
            )
        )
        encryption_text.setWordWrap(True)
        encryption_button = QPushButton(self.tr("Encryption and passphrase…"))
        encryption_button.clicked.connect(self._request_encryption)
        encryption_layout.addWidget(encryption_text)
        encryption_layout.addWidget(encryption_button)
        products_box = QGroupBox(self.tr("This book: products"))
        products_layout = QVBoxLayout(products_box)
        products_text = QLabel(
            self.tr(
                "The products you offer and their risk levels, kept by hand or imported from "
                "the bank's list; meeting plans check them against each client's assessment."
            )
        )
        products_text.setWordWrap(True)
        self.catalogue_button = QPushButton(self.tr("Product catalogue…"))
        self.catalogue_button.clicked.connect(self.open_catalogue)
        products_layout.addWidget(products_text)
        products_layout.addWidget(self.catalogue_button)
        products_box.setVisible(self._ops is not None)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(app_box)
        layout.addWidget(book_box)
        layout.addWidget(playbook_box)
        layout.addWidget(products_box)
        layout.addWidget(encryption_box)
        layout.addWidget(buttons)

    def open_catalogue(self) -> QDialog | None:
        """The catalogue over the settings; its changes are saved as they are made."""
        if self._ops is None:
            return None
        from ui.dialogs.product_catalogue import open_product_catalogue  # on first use only

        return open_product_catalogue(self._ops, self)

    def _request_encryption(self) -> None:
        """Close the settings and open the encryption dialog (it reopens the book)."""
        self.encryption_requested = True
        self.accept()

    def _show_playbook(self, path: str) -> None:
        self.playbook_label.setText(
            self.tr("Meetings follow: %1").replace("%1", path)
            if path
            else self.tr("Meetings follow the default playbook, built from the training outline.")
        )

    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a playbook"), "", self.tr("Playbook (*.toml)")
        )
        return path

    def _choose_playbook(self) -> None:
        path = self.choose_file()
        if path:
            self._set_playbook(path)

    def _set_playbook(self, path: str) -> None:
        self.playbook_choice = path
        self._show_playbook(path)

    def chosen_tier_names(self) -> dict[str, str]:
        return {t.value: e.text().strip() for t, e in self.tier_edits.items() if e.text().strip()}

    def apply_app_settings(self) -> tuple[bool, bool]:
        """Store language and theme; say which of the two changed."""
        language, theme = self.language.currentData(), self.theme.currentData()
        changed_language = language != self._settings.value("language", "system")
        changed_theme = theme != self._settings.value("theme", "system")
        self._settings.setValue("language", language)
        self._settings.setValue("theme", theme)
        return changed_language, changed_theme
