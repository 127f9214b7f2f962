"""The greeting of a new, empty book: one sentence and the actions that fill it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class Welcome(QWidget):
    """Signals: add_client(), open_sample(): the RM chose how to start."""

    add_client = Signal()
    open_sample = Signal()
    protect = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setObjectName("welcome")
        card.setProperty("card", True)
        card.setMaximumWidth(560)
        title = QLabel(self.tr("Welcome to RM Coach"))
        title.setProperty("role", "h1")
        text = QLabel(
            self.tr(
                "Your client book is empty. Add your first client, or open a sample book "
                "of 300 made-up clients to look around first. The sample is a separate "
                "file: nothing of it enters your own book."
            )
        )
        text.setWordWrap(True)
        self.add_button = QPushButton(icon("add"), self.tr("Add my first client"))
        self.add_button.setProperty("primary", True)
        self.add_button.setAccessibleName(self.tr("Add my first client"))
        self.sample_button = QPushButton(icon("clients"), self.tr("Open a sample book"))
        self.sample_button.setAccessibleName(self.tr("Open a sample book"))
        self.protect_button = QPushButton(icon("lock"), self.tr("Protect it with a passphrase…"))
        self.protect_button.setProperty("flat", True)
        self.protect_button.setAccessibleName(self.tr("Encrypt this book with a passphrase"))
        self.protect_button.clicked.connect(self.protect)
        protect_text = QLabel(
            self.tr(
                "Your book holds clients' personal data. A passphrase encrypts it on this "
                "computer and in its backups."
            )
        )
        protect_text.setProperty("role", "muted")
        protect_text.setWordWrap(True)
        self.add_button.clicked.connect(self.add_client)
        self.sample_button.clicked.connect(self.open_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        self.import_button = QPushButton(icon("import"), self.tr("Import from Excel…"))
        self.import_button.setAccessibleName(self.tr("Import clients from Excel"))
        self.import_button.clicked.connect(self.import_requested)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(8, 8, 8, 8)  # on top of the card's 16 px from app.qss
        inner.setSpacing(16)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(buttons)
        inner.addWidget(protect_text)
        inner.addWidget(self.protect_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
