"""Test helper, run as its own process: the real app in live mode, typing until killed.

Usage: live_typist.py BOOK MEETING_ID SETTINGS MODE, MODE 'notes' (a note every 100 ms,
each followed by Enter) or 'draft' (three notes, then text left in the note box).
Prints 'entered N' / 'drafted' after each, flushed, so the killer knows what was typed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def main() -> None:
    book, meeting_id, settings_file, mode = (
        Path(sys.argv[1]),
        int(sys.argv[2]),
        sys.argv[3],
        sys.argv[4],
    )
    app = QApplication(sys.argv[:1])
    window = MainWindow(
        QSettings(settings_file, QSettings.Format.IniFormat), book.with_name("x.sqlite")
    )
    window.start_at = f"meeting:{meeting_id}:live"
    window.open_book(book)
    window.show()
    count = 0

    def type_next() -> None:
        nonlocal count
        live = window.meetings_page.flow.live
        if window.meetings_page.flow.stack.currentWidget() is not live or not live.cards:
            return
        if mode == "draft" and count >= 3:
            if not live.note_box.text():
                QTest.keyClicks(live.note_box, "draft left in the box")
                print("drafted", flush=True)
            return
        count += 1
        QTest.keyClicks(live.note_box, f"note {count}")
        QTest.keyClick(live.note_box, Qt.Key.Key_Return)
        print(f"entered {count}", flush=True)

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(type_next)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()
