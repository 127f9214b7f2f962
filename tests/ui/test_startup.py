"""Start-up pays only for the page it opens on: the other pages, documents, charts and
migrations are imported on first use (each costs 50-300 ms of a cold start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from tests.ui.conftest import SAMPLE_CLIENTS

REPO = Path(__file__).resolve().parents[2]
LATER = (
    "ui.pages.today_page",
    "ui.pages.meetings_page",
    "ui.pages.calendar_page",
    "ui.pages.insights_page",
    "ui.documents.preview_dialog",
    "ui.dialogs.client_editor",
    "ui.dialogs.settings_dialog",
    "jinja2",
    "alembic",
    "icalendar",
    "PySide6.QtCharts",
)

# Starts the app as ui.app.run does, waits for the first page of the client list, and
# prints which of the LATER modules were imported by then.
SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ui.app import create_window, parse_args
app = QApplication([])
window = create_window(app, QSettings(sys.argv[2], "startup-test"), parse_args(sys.argv[3:]))
window.show()
window.clients_page.model.loaded.connect(lambda _total: QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, lambda: app.exit(3))
code = app.exec()
later = json.loads(sys.argv[1])
print(json.dumps({"code": code, "current": type(window.stack.currentWidget()).__name__,
                  "imported": sorted(m for m in later if m in sys.modules)}))
"""


def start(book: Path, tmp_path: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(LATER), str(tmp_path), "--db", str(book), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    return result


@pytest.fixture
def small_book(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "book.sqlite"
    book = Book.open(path, clock)
    try:
        for draft in SAMPLE_CLIENTS:
            clients.add_client(book, draft)
    finally:
        book.close()
    return path


def test_opening_on_the_client_list_imports_no_other_page(small_book: Path, tmp_path: Path) -> None:
    result = start(small_book, tmp_path, "--open", "clients")
    assert result["current"] == "ClientsPage"
    assert result["imported"] == []


def test_the_default_start_builds_today_alone(small_book: Path, tmp_path: Path) -> None:
    result = start(small_book, tmp_path)
    assert result["current"] == "TodayPage"
    assert result["imported"] == ["ui.pages.today_page"]
