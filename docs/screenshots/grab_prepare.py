"""Grab the whole prepare screen (taller than a window) to show the suitability marks."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.theme import apply_theme


def main() -> None:
    book, meeting_id, language, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    install_language(app, language)
    window = MainWindow(QSettings(str(book.with_suffix(".ini")), QSettings.Format.IniFormat), book)
    window.start_at = f"meeting:{meeting_id}:prepare"
    window.open_book(book)
    window.resize(1280, 1700)
    window.show()

    def grab() -> None:
        prepare = window.meetings_page.flow.prepare
        for scroll in prepare.findChildren(QScrollArea):
            scroll.setMinimumHeight(scroll.widget().sizeHint().height())
        window.grab().save(out)
        app.quit()

    QTimer.singleShot(5000, grab)
    app.exec()


if __name__ == "__main__":
    main()
