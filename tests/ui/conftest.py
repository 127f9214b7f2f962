"""UI fixtures: a real main window on a real book file under tmp_path, offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, Holding, ProductRisk, ProductType, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from ui.main_window import MainWindow

# Qt's offscreen screen is 800x800 by default, smaller than the window's minimum size;
# a desktop-sized virtual screen lets window-geometry tests mean what they say.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

SAMPLE_CLIENTS = (
    ClientDraft(
        name_zh="张三",
        name_en="San Zhang",
        client_no="C001",
        mobile="13800138000",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C4,
        aum_fen=860_000_000,
        interests=("高尔夫",),
        tags=("重点客户",),
        holdings=(
            Holding(
                name="稳享90天",
                product_type=ProductType.WEALTH,
                risk=ProductRisk.R2,
                amount_fen=100_000_000,
            ),
        ),
    ),
    ClientDraft(
        name_zh="李娜",
        client_no="C002",
        mobile="13912345678",
        tier=Tier.WEALTH,
        risk_profile=RiskProfile.C3,
        aum_fen=250_000_000,
    ),
    ClientDraft(
        name_zh="王芳",
        client_no="C003",
        mobile="13700001111",
        tier=Tier.VIP,
        risk_profile=RiskProfile.C2,
        aum_fen=80_000_000,
    ),
    ClientDraft(
        name_zh="张三丰",
        client_no="C004",
        mobile="13600002222",
        tier=Tier.MASS,
        risk_profile=RiskProfile.C1,
        aum_fen=5_000_000,
    ),
    ClientDraft(
        name_en="Alice Wong",
        client_no="C005",
        email="alice@example.com",
        tier=Tier.MASS,
        aum_fen=1_000_000,
    ),
)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, so tests never touch the user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def filled_book_path(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "filled.sqlite"
    book = Book.open(path, clock)
    for draft in SAMPLE_CLIENTS:
        clients.add_client(book, draft)
    book.close()
    return path


def open_window(
    qtbot, settings: QSettings, path: Path, clock: FixedClock, tmp_path: Path
) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings, tmp_path / "sample.sqlite", clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.book_ready, timeout=10_000):
        window.open_book(path)
    window.show()
    return window


@pytest.fixture
def window(
    qtbot,
    ui_settings: QSettings,
    filled_book_path: Path,
    clock: FixedClock,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> Iterator[MainWindow]:
    win = open_window(qtbot, ui_settings, filled_book_path, clock, tmp_path)
    page = win.clients_page
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SAMPLE_CLIENTS), timeout=5000)
    win.show_clients()  # the book opens on Today; these tests drive the client book
    yield win
    win.close()


@pytest.fixture
def empty_window(qtbot, ui_settings: QSettings, clock: FixedClock, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, ui_settings, tmp_path / "empty.sqlite", clock, tmp_path)
    yield win
    win.close()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user: ASCII as key presses, Chinese as an input method's commit.

    QTest can only synthesise keys for ASCII; Chinese reaches a widget from the IME as a
    QInputMethodEvent carrying the committed text, so that is what we send.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for chunk in _chunks(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _chunks(text: str) -> list[str]:
    chunks: list[str] = []
    for char in text:
        if chunks and chunks[-1][-1].isascii() == char.isascii():
            chunks[-1] += char
        else:
            chunks.append(char)
    return chunks
