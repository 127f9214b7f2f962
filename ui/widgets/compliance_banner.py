"""Compliance banners at the top of the prepare and live screens: re-assess, take care."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rmcoach.services.sales.meeting_compliance import MeetingCompliance
from ui.i18n import current_language


class ComplianceBanner(QWidget):
    """A red line when the bank must re-assess the client; an amber one for special care."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reassessment = QLabel()
        self.reassessment.setObjectName("reassessmentBanner")
        self.reassessment.setProperty("role", "error")
        self.reassessment.setWordWrap(True)
        self.care = QLabel()
        self.care.setObjectName("careBanner")
        self.care.setProperty("pill", "status")
        self.care.setProperty("state", "due")
        self.care.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.reassessment)
        layout.addWidget(self.care)
        self.show_compliance(None)

    def show_compliance(self, compliance: MeetingCompliance | None) -> None:
        lang = current_language()
        reassess = [r.text(lang) for r in compliance.reassessment] if compliance else []
        notices = [n.text(lang) for n in compliance.notices] if compliance else []
        self.reassessment.setText(
            "\n".join([self.tr("Re-assessment needed:"), *(f"• {r}" for r in reassess)])
        )
        self.reassessment.setVisible(bool(reassess))
        self.care.setText("\n".join([self.tr("Take care:"), *(f"• {n}" for n in notices)]))
        self.care.setVisible(bool(notices))
        self.setVisible(bool(reassess or notices))
