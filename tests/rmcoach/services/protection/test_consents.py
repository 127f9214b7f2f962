"""Consents (PIPL): given with a scope, withdrawn on a day, exported and erased with the client."""

from __future__ import annotations

from datetime import date

import pytest

from rmcoach.services.book import Book
from rmcoach.services.protection import consents, privacy
from rmcoach.services.protection.consents import ConsentError
from tests.conftest import MakeClient


def test_a_consent_is_given_and_withdrawn_with_its_days(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book)
    given, changes = consents.add_consent(book, client.id, "recording", date(2026, 11, 1))
    assert (given.given_on, given.scope, given.withdrawn_on) == (
        date(2026, 11, 1),
        "recording",
        None,
    )
    assert changes.client_ids == {client.id}
    assert consents.has_consent(book, client.id, "recording")
    assert not consents.has_consent(book, client.id, "marketing")
    assert not consents.has_consent(book, client.id, "recording", on=date(2026, 10, 31))
    withdrawn, _ = consents.withdraw_consent(book, given.id, date(2026, 11, 20))
    assert withdrawn.withdrawn_on == date(2026, 11, 20)
    assert not consents.has_consent(book, client.id, "recording")  # today is 2026-11-29
    assert consents.has_consent(book, client.id, "recording", on=date(2026, 11, 19))
    assert consents.client_consents(book, client.id) == (withdrawn,)  # the record stays


def test_consents_refuse_impossible_days(book: Book, make_client: MakeClient) -> None:
    client = make_client(book)
    with pytest.raises(ConsentError) as caught:
        consents.add_consent(book, client.id, " ", date(2026, 12, 1))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("scope", "scope_required"),
        ("given_on", "date_in_future"),
    ]
    given, _ = consents.add_consent(book, client.id, "marketing", date(2026, 11, 10))
    with pytest.raises(ConsentError, match="before the day the consent was given"):
        consents.withdraw_consent(book, given.id, date(2026, 11, 9))
    consents.withdraw_consent(book, given.id)
    with pytest.raises(ConsentError, match="already withdrawn on 2026-11-29"):
        consents.withdraw_consent(book, given.id)


def test_consents_are_exported_and_erased_with_the_client(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book)
    consents.add_consent(book, client.id, "client_record")
    exported = privacy.export_client_data(book, client.id)
    assert [c["scope"] for c in exported["client"]["client_consents"]] == ["client_record"]
    privacy.erase_client(book, client.id)
    assert consents.client_consents(book, client.id) == ()
