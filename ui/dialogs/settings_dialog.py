"""Settings: language, light/dark, and the book's own names for its tiers."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import Tier
from ui.labels import tier_name

LANGUAGES = (("system", "System"), ("zh_CN", "简体中文"), ("en", "English"))
THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    """Edits app settings (QSettings) and the book's tier names (returned to the caller)."""

    def __init__(
        self, settings: QSettings, tier_names: dict[str, str], parent: QWidget | None = None
    ):
        super().__init__(parent)
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
        layout.addWidget(buttons)

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
