"""Baseline: a bare PySide6 window, from process start to its first processed paint.

Run as a script: python bench/bare_window.py T0 (T0: the parent's time.time() at spawn).
"""

import json
import resource
import sys
import time

T0 = float(sys.argv[1])

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class _PaintWatch(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.done)  # runs once this paint event has been processed
        return False

    def done(self) -> None:
        elapsed = time.time() - T0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # VmHWM: ru_maxrss of a child can report the parent's peak (inherited over fork)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    rss = int(line.split()[1]) / 1024
        print(json.dumps({"first_paint_s": elapsed, "maxrss_mb": rss}), flush=True)
        self.app.exit(0)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
label = QLabel("bare window")
window.setCentralWidget(label)
watch = _PaintWatch(app)
label.installEventFilter(watch)
window.resize(1200, 800)
window.show()
app.exec()
