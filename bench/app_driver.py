"""The real app, started the way main.py starts it, timed to its first painted client list.

Run as a script: python bench/app_driver.py T0 BOOK [QUERIES_JSON]
(T0: the parent's time.time() at spawn). Prints one JSON line and exits.

It builds the app exactly as ui.app.run does (QApplication, settings, theme,
ui.app.create_window with --open clients), then waits for the client list model's
`loaded` signal and the next processed paint of the list's viewport. With QUERIES_JSON it
then types those queries into the window's search box, one key event per character, while
a 5 ms QTimer records the gaps between its ticks (the event-loop lag probe).
"""

import json
import resource
import sys
import time
from pathlib import Path

T0 = float(sys.argv[1])
BOOK = sys.argv[2]
QUERIES = sys.argv[3] if len(sys.argv) > 3 else ""
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import create_window, parse_args  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

IMPORTED = time.time()

KEY_INTERVAL_MS = 60  # a fast typist
QUERY_PAUSE_MS = 350  # reading the results before the next query
PROBE_MS = 5


class Driver(QObject):
    def __init__(self, app: QApplication, window: object) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.page = window.clients_page  # type: ignore[attr-defined]
        self.result: dict[str, object] = {}
        self.loaded_at: float | None = None
        self.painted = False
        self.page.model.loaded.connect(self.on_loaded)
        self.page.view.viewport().installEventFilter(self)
        self.stage = "start"

    def on_loaded(self, total: int) -> None:
        if self.loaded_at is None:
            self.loaded_at = time.time()
            self.result["loaded_s"] = self.loaded_at - T0
            self.result["total"] = total
            self.page.view.viewport().update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.loaded_at is not None
            and not self.painted
            and self.page.model.rowCount() > 0
        ):
            self.painted = True
            QTimer.singleShot(0, self.first_paint_done)  # after this paint is processed
        return False

    def first_paint_done(self) -> None:
        self.result["first_paint_s"] = time.time() - T0
        self.result["rows"] = self.page.model.rowCount()
        self.result["maxrss_after_start_mb"] = rss_mb()
        if QUERIES:
            self.start_typing()
        else:
            self.finish()

    # -- the lag probe while typing ---------------------------------------------
    def start_typing(self) -> None:
        self.queries: list[str] = json.loads(Path(QUERIES).read_text(encoding="utf-8"))
        self.script: list[tuple[str, str]] = []  # (action, text)
        for q in self.queries:
            self.script.append(("clear", q))
            self.script.extend(("key", ch) for ch in q)
            self.script.append(("pause", q))
        self.gaps: list[float] = []
        self.worst = (0.0, "")
        self.current = ""
        self.last_tick = time.perf_counter()
        self.probe = QTimer()
        self.probe.setTimerType(Qt.TimerType.PreciseTimer)
        self.probe.setInterval(PROBE_MS)
        self.probe.timeout.connect(self.tick)
        self.probe.start()
        self.typing_started = time.perf_counter()
        self.window.search.setFocus()  # type: ignore[attr-defined]
        self.step()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last_tick) * 1000
        self.last_tick = now
        self.gaps.append(gap)
        if gap > self.worst[0]:
            self.worst = (gap, self.current)

    def step(self) -> None:
        if not self.script:
            self.probe.stop()
            self.result["lag"] = {
                "probe_interval_ms": PROBE_MS,
                "ticks": len(self.gaps),
                "max_gap_ms": round(max(self.gaps), 2) if self.gaps else None,
                "p99_gap_ms": round(sorted(self.gaps)[int(len(self.gaps) * 0.99)], 2)
                if self.gaps
                else None,
                "worst_during_query": self.worst[1],
                "queries_typed": len(self.queries),
                "seconds": round(time.perf_counter() - self.typing_started, 2),
            }
            self.finish()
            return
        action, text = self.script.pop(0)
        search = self.window.search  # type: ignore[attr-defined]
        if action == "clear":
            self.current = text
            search.selectAll()
            self.send_key(search, Qt.Key.Key_Backspace, "")
            QTimer.singleShot(KEY_INTERVAL_MS, self.step)
        elif action == "key":
            self.send_key(search, Qt.Key.Key_unknown, text)
            QTimer.singleShot(KEY_INTERVAL_MS, self.step)
        else:
            QTimer.singleShot(QUERY_PAUSE_MS, self.step)

    def send_key(self, widget: QObject, key: Qt.Key, text: str) -> None:
        mods = Qt.KeyboardModifier.NoModifier
        # posted, not sent: the key is handled by the event loop as a real keystroke is
        self.app.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
        self.app.postEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))

    def finish(self) -> None:
        self.result["maxrss_mb"] = rss_mb()
        print(json.dumps(self.result), flush=True)
        self.app.exit(0)


def rss_mb() -> float:
    """Peak RSS of this process: VmHWM (ru_maxrss of a child started by a big parent can
    report the parent's peak, inherited across fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> int:
    # the same steps as ui.app.run, with a driver attached before the event loop starts
    args = parse_args(["--db", BOOK, "--open", "clients"])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RM Coach")
    app.setOrganizationName("RMCoach")
    settings = QSettings("RMCoach", "RMCoach")
    apply_theme(app, args.theme or str(settings.value("theme", "system")))
    window = create_window(app, settings, args)
    built = time.time()
    app.setProperty("main_window", window)
    driver = Driver(app, window)
    window.show()
    driver.result["phases_s"] = {
        "imports": round(IMPORTED - T0, 3),
        "window_built": round(built - IMPORTED, 3),
        "shown": round(time.time() - built, 3),
    }
    QTimer.singleShot(120_000, lambda: app.exit(3))  # never hang the bench
    code = app.exec()
    if code == 0 and "first_paint_s" not in driver.result:
        code = 4
    sys.stdout.flush()
    import os

    os._exit(code)  # skip teardown: it is not part of what is measured


if __name__ == "__main__":
    main()
