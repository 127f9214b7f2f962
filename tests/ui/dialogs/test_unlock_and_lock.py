"""Auto-lock, unlocking, encryption settings, restore offer and automatic backups, offscreen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, ClientQuery
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.clients import search as client_search
from rmcoach.services.protection import backups
from rmcoach.services.protection.backup_names import default_backup_dir, list_backups
from rmcoach.storage import crypto
from tests.ui.conftest import type_text
from ui.auto_lock import AutoLock
from ui.backup_scheduler import BackupScheduler
from ui.dialogs.encryption_dialog import EncryptionDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.unlock_dialog import UnlockDialog
from ui.operations import Operations

PASSPHRASE = "春眠不觉晓abc"
TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "rmcoach_zh_CN.ts"


@pytest.fixture
def ops() -> Iterator[Operations]:
    errors: list[BaseException] = []
    operations = Operations(errors.append)
    yield operations
    operations.shutdown()
    assert errors == []


@pytest.fixture
def locked_path(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "locked.sqlite"
    book = Book.open(path, clock, passphrase=PASSPHRASE)
    clients.add_client(book, ClientDraft(name_zh="欧阳娜娜", client_no="E1"))
    book.close()
    return path


# -- auto-lock ---------------------------------------------------------------------------------
def test_idle_for_the_interval_requests_a_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = AutoLock(interval_ms=150)
    lock.start()
    with qtbot.waitSignal(lock.lock_requested, timeout=3000):
        pass
    assert not lock.active  # once: it waits for start() after the unlock


def test_activity_resets_the_idle_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    lock = AutoLock(interval_ms=600)
    fired: list[bool] = []
    lock.lock_requested.connect(lambda: fired.append(True))
    lock.start()
    for _ in range(6):  # 1.2 s of typing, a key every 200 ms: twice the interval
        qtbot.wait(200)
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert lock.active and lock.interval_ms - lock._timer.remainingTime() < 300
    assert fired == [] and field.text() == "aaaaaa"
    with qtbot.waitSignal(lock.lock_requested, timeout=3000):
        pass  # and once the typing stops, it locks
    lock.start()
    lock.set_interval(0)  # turned off in the settings
    qtbot.wait(700)
    assert fired == [True] and not lock.active


# -- unlocking ---------------------------------------------------------------------------------
def chinese_translator(tmp_path: Path) -> QTranslator:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "zh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def zh(context: str, source: str) -> str:
    for ctx in ElementTree.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{context}: {source!r} is not in {TS.name}")


WRONG = "That passphrase does not open this book. Check it and try again."


def test_a_wrong_passphrase_is_told_in_the_users_language_and_the_right_one_opens(
    qtbot, qapp: QApplication, ops: Operations, locked_path: Path, clock: FixedClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    translator = chinese_translator(tmp_path)
    qapp.installTranslator(translator)
    try:
        dialog = UnlockDialog(locked_path, ops, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog.passphrase, "春眠不觉晓abd")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        expected = zh("UnlockDialog", WRONG)
        assert expected and expected != WRONG
        qtbot.waitUntil(lambda: dialog.message.text() == expected, timeout=10_000)
        assert dialog.isVisible() and dialog.passphrase.isEnabled()
        assert dialog.unlock_button.text() == zh("UnlockDialog", "Unlock")
    finally:
        qapp.removeTranslator(translator)

    dialog.passphrase.clear()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    book = opened.args[0]
    assert isinstance(book, Book) and book.encrypted
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase.text() == ""
    ops.wait_idle()
    assert ops.book is book
    assert stored_names(qtbot, ops) == ["欧阳娜娜"]  # the unlocked book is the one written


def stored_names(qtbot, ops: Operations) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the clients in the book the worker has open now."""
    found: list[list[str]] = []
    ops.query(
        lambda b: [r.name_zh for r in client_search.search_clients(b, ClientQuery()).rows],
        found.append,
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def test_a_damaged_book_behind_the_passphrase_is_handed_on(
    qtbot, ops: Operations, locked_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(locked_path.read_bytes())
    data[5000] ^= 0xFF  # a page of the book, not its key
    locked_path.write_bytes(bytes(data))
    dialog = UnlockDialog(locked_path, ops, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.open_failed, timeout=10_000) as failed:
        dialog.accept()
    assert failed.args[0].code in ("corrupt", "not_a_database")
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- encryption settings --------------------------------------------------------------------
def test_encryption_is_turned_on_changed_and_off_with_progress(
    qtbot, ops: Operations, book: Book, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    clients.add_client(book, ClientDraft(name_zh="张伟", client_no="C1"))
    path = book.path
    book.close()
    ops.open_book(lambda: Book.open(path, clock), lambda _b: None, lambda e: None)
    ops.wait_idle()

    dialog = EncryptionDialog(path, ops, encrypted=False, clock=clock)
    qtbot.addWidget(dialog)
    dialog.new.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.message.text() == "The new passphrase needs at least 8 characters."
    dialog.new.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    steps: list[int] = []
    dialog.progress.connect(lambda done, _total: steps.append(done))
    with qtbot.waitSignal(dialog.book_reopened, timeout=15_000) as reopened:
        dialog.accept()
    assert reopened.args[0].encrypted and crypto.is_encrypted(path)
    qtbot.waitUntil(lambda: steps[-1:] == [4], timeout=5000)

    change = EncryptionDialog(path, ops, encrypted=True, clock=clock)
    qtbot.addWidget(change)
    change.current.setText("not the passphrase")
    change.new.setText("新的口令新的口令")
    change.again.setText("新的口令新的口令")
    change.accept()
    qtbot.waitUntil(lambda: not change.message.isHidden(), timeout=10_000)
    assert change.message.text() == "The current passphrase is not right. Nothing was changed."
    change.current.setText(PASSPHRASE)
    with qtbot.waitSignal(change.book_reopened, timeout=15_000):
        change.accept()
    assert crypto.unlock(path, "新的口令新的口令").salt == crypto.read_salt(path)

    off = EncryptionDialog(path, ops, encrypted=True, clock=clock)
    qtbot.addWidget(off)
    off.decrypt_button.setChecked(True)
    assert not off.new.isEnabled()
    off.current.setText("新的口令新的口令")
    with qtbot.waitSignal(off.book_reopened, timeout=15_000) as plain:
        off.accept()
    assert not plain.args[0].encrypted and not crypto.is_encrypted(path)
    ops.wait_idle()
    assert ops.book is plain.args[0]


# -- restore offer ----------------------------------------------------------------------------
def test_a_damaged_book_gets_its_newest_sound_backup_back(
    qtbot, ops: Operations, book: Book, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    clients.add_client(book, ClientDraft(name_zh="张伟", client_no="C1"))
    backups.backup(book)
    path = book.path
    book.close()
    path.write_bytes(b"SQLite format 3\x00" + bytes(8192))  # the header survived, nothing else

    dialog = RestoreDialog(path, ops, clock)
    qtbot.addWidget(dialog)
    assert dialog.has_backups and not dialog.passphrase.isVisible()
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.accept()
    assert isinstance(restored.args[0], Book)
    assert dialog.result_info is not None and dialog.result_info.damaged_copy is not None
    assert dialog.result_info.damaged_copy.exists()
    ops.wait_idle()
    assert stored_names(qtbot, ops) == ["张伟"]  # the backup's client is back


def test_no_backup_means_no_restore_button(qtbot, ops: Operations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(tmp_path / "book.sqlite", ops)
    qtbot.addWidget(dialog)
    assert not dialog.has_backups and dialog.restore_button is None
    assert "no backup" in dialog.intro.text()


# -- automatic backups ----------------------------------------------------------------------------
def test_backups_run_on_the_worker_when_the_book_changed_and_on_close(
    qtbot, ops: Operations, book: Book, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    path = book.path
    book.close()
    ops.open_book(lambda: Book.open(path, clock), lambda _b: None, lambda e: None)
    scheduler = BackupScheduler(ops, interval_ms=100)
    made: list[backups.BackupInfo] = []
    scheduler.backed_up.connect(made.append)
    scheduler.start()
    qtbot.waitUntil(lambda: len(made) == 1, timeout=5000)
    assert made[0].reason == "auto"
    qtbot.wait(400)  # several more ticks, but nothing changed
    assert len(made) == 1
    ops.op(lambda b: clients.add_client(b, ClientDraft(name_zh="张伟", client_no="C1")))
    qtbot.waitUntil(lambda: len(made) == 2, timeout=5000)
    ops.op(lambda b: clients.add_client(b, ClientDraft(name_zh="李娜", client_no="C2")))
    scheduler.on_close()
    assert not scheduler.running
    ops.wait_idle()
    reasons = [b.reason for b in list_backups(default_backup_dir(path))]
    assert reasons.count("close") + reasons.count("auto") == 3
    QCoreApplication.processEvents()
