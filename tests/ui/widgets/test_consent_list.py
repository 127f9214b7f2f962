"""Consents in the client's pane: recorded with scope and date, withdrawn after a confirm."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rmcoach.compliance.domain import Consent
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.protection import consents
from rmcoach.validation import FieldError
from tests.ui.conftest import type_text
from ui.dialogs.consent_dialog import scope_label
from ui.i18n import current_language
from ui.labels import field_error_text
from ui.main_window import MainWindow
from ui.widgets.consent_list import ConsentList


def stored(qtbot, window: MainWindow, client_no: str) -> tuple[Consent, ...]:  # type: ignore[no-untyped-def]
    found: list[tuple[Consent, ...]] = []
    window.ops.query(
        lambda b: consents.client_consents(b, clients.find_client_id(b, client_no)), found.append
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def open_consents(qtbot, window: MainWindow, client_no: str) -> ConsentList:  # type: ignore[no-untyped-def]
    page = window.clients_page
    found: list[int] = []
    window.ops.query(lambda b: clients.find_client_id(b, client_no), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    page.select_client(found[0])
    listing = page.detail.consents
    qtbot.waitUntil(lambda: listing.client_id == found[0], timeout=5000)
    page.detail.tabs.setCurrentWidget(listing)
    return listing


def cells(listing: ConsentList) -> list[list[str]]:
    model = listing.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_consent_is_recorded_with_errors_shown_in_place(qtbot, window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    listing = open_consents(qtbot, window, "C002")
    assert not listing.empty.isHidden() and listing.view.isHidden()
    assert not listing.withdraw_button.isEnabled()
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    dialog = listing.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.given_on.text() == "2026-11-29"  # today, by the book's clock
    assert dialog.own_words.isHidden()  # a preset scope is chosen first

    dialog.given_on.setText("2099-01-01")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.errors["given_on"].isHidden(), timeout=5000)
    future = field_error_text(FieldError("given_on", "date_in_future"))
    assert dialog.errors["given_on"].text() == future
    dialog.given_on.setText("next week")
    dialog.save()
    assert dialog.errors["given_on"].text() == field_error_text(FieldError("x", "date_invalid"))

    dialog.scope.setCurrentIndex(dialog.scope.findData(None))  # the form's own words
    assert not dialog.own_words.isHidden()
    dialog.given_on.setText("2026年11月20日")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.errors["scope"].isHidden(), timeout=5000)
    assert dialog.errors["scope"].text() == field_error_text(
        consents.ConsentFieldError("scope", "scope_required")
    )
    assert dialog.isVisible() and stored(qtbot, window, "C002") == ()

    type_text(qtbot, dialog.own_words, "同意将手机号用于生日问候")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    (consent,) = stored(qtbot, window, "C002")
    assert (consent.scope, consent.given_on, consent.withdrawn_on) == (
        "同意将手机号用于生日问候",
        date(2026, 11, 20),
        None,
    )
    assert cells(listing)[0][1:] == ["同意将手机号用于生日问候", listing.tr("In force")]
    assert listing.empty.isHidden() and not listing.view.isHidden()
    qtmodeltester.check(listing.model)


def test_a_preset_consent_is_withdrawn_only_after_the_confirmation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    listing = open_consents(qtbot, window, "C003")
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    dialog = listing.dialog
    assert dialog is not None
    dialog.scope.setCurrentIndex(dialog.scope.findData("recording"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    zh, en = consents.SCOPES["recording"]
    assert (
        cells(listing)[0][1]
        == scope_label("recording")
        == (zh if current_language() == "zh" else en)
    )
    assert stored(qtbot, window, "C003")[0].scope == "recording"  # the key, for has_consent

    listing.view.selectRow(0)
    assert listing.withdraw_button.isEnabled()
    qtbot.mouseClick(listing.withdraw_button, Qt.MouseButton.LeftButton)
    box = listing.confirm_box
    assert box is not None and box.isVisible()
    assert scope_label("recording") in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    window.ops.wait_idle()
    assert stored(qtbot, window, "C003")[0].withdrawn_on is None  # kept

    qtbot.mouseClick(listing.withdraw_button, Qt.MouseButton.LeftButton)
    box = listing.confirm_box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(listing)[0][2] != listing.tr("In force"), timeout=5000)
    (consent,) = stored(qtbot, window, "C003")
    assert consent.withdrawn_on == date(2026, 11, 29)
    listing.view.selectRow(0)
    assert not listing.withdraw_button.isEnabled()  # withdrawn once, and kept on record


def test_an_archived_clients_consents_are_read_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> None:
        cid = clients.find_client_id(book, "C004")
        consents.add_consent(book, cid, "marketing", date(2026, 1, 5))
        clients.archive_clients(book, [cid])

    done: list[object] = []
    window.ops.query(make, done.append)  # set-up: the consents are opened afterwards
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    listing = open_consents(qtbot, window, "C004")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    listing.view.selectRow(0)
    assert not listing.add_button.isEnabled() and not listing.withdraw_button.isEnabled()
