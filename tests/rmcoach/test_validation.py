"""Parsing what the RM types (phones, dates, amounts) and validating whole client drafts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rmcoach.domain import ClientDraft, Holding, HouseholdMember
from rmcoach.validation import (
    ENGLISH_MESSAGES,
    MAX_AUM_FEN,
    FieldError,
    ValidationError,
    is_valid_email,
    normalize_phone,
    parse_amount_fen,
    parse_date,
    validate_draft,
)

TODAY = date(2026, 11, 29)

# ---------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("  13800138000  ", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("0086 138-0013-8000", "13800138000"),
        ("(+86) 19912345678", "19912345678"),
        ("１３８００１３８０００", "13800138000"),  # full-width, as a Chinese IME types it
    ],
)
def test_mainland_mobiles_become_eleven_digits(typed: str, canonical: str) -> None:
    assert normalize_phone(typed) == canonical


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("010-62123456", "01062123456"),
        ("(010) 6212 3456", "01062123456"),
        ("0755-1234567", "07551234567"),  # 3-digit area code, 7-digit number
        ("021-61234567-8001", "021612345678001"),  # with an extension
        # dialled from abroad a landline drops its trunk 0; stored as dialled at home
        ("+86 10 6212 3456", "01062123456"),
        ("0086 21 6123 4567", "02161234567"),
    ],
)
def test_landlines_keep_their_area_code(typed: str, canonical: str) -> None:
    assert normalize_phone(typed) == canonical


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("+852 9123 4567", "+85291234567"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_international_numbers_keep_their_plus(typed: str, canonical: str) -> None:
    assert normalize_phone(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "138abc00138",
        "call me",
        "138 0013 800O",  # letter O
        "1380013",  # too short for anything
        "1380013800",  # a mobile missing a digit
        "138001380001",  # a mobile with a digit too many
        "12345678901",  # 12 is no mobile prefix
        "+86 1380013800",  # short mobile behind +86 is not taken for a landline
        "+12",  # too short for an international number
        "+1234567890123456",  # too long
        "138+0013+8000",
        "+١٢٣٤٥٦٧٨٩",  # digits of another script
        "13800138000 ext. 5",
    ],
)
def test_non_phones_are_rejected(typed: str) -> None:
    assert normalize_phone(typed) is None


def test_an_empty_phone_is_empty_not_invalid() -> None:
    assert normalize_phone("") == ""
    assert normalize_phone("   ") == ""


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("wang.fang@example.com", True),
        ("  li@bank.cn ", True),
        ("no-at-sign.example.com", False),
        ("two@@example.com", False),
        ("nodot@example", False),
        ("spa ce@example.com", False),
    ],
)
def test_email(text: str, valid: bool) -> None:
    assert is_valid_email(text) is valid


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "typed",
    [
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024/03/05",
        "2024.3.5",
        "2024年3月5日",
        "2024年3月5",
        "20240305",
        " 2024-03-05 ",
    ],
)
def test_dates_in_the_forms_rms_type(typed: str) -> None:
    assert parse_date(typed) == date(2024, 3, 5)


@pytest.mark.parametrize(
    "typed",
    [
        "2024-02-30",
        "2023-02-29",  # not a leap year
        "2024-13-01",
        "2024-00-10",
        "0000-01-01",
        "2024年2月30日",
        "20241301",
        "2024-03",
        "05/03/2024",
        "yesterday",
        "",
        "2024-03-05x",
    ],
)
def test_non_dates_are_rejected(typed: str) -> None:
    assert parse_date(typed) is None


def test_leap_day_is_a_date() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1,250,000.50", 125_000_050),
        ("1250000.5", 125_000_050),
        ("0.01", 1),
        ("100", 10_000),
        ("125万", 125_000_000),
        ("125w", 125_000_000),
        ("125W", 125_000_000),
        ("1.2亿", 12_000_000_000),
        ("¥1,000", 100_000),
        ("￥1,000", 100_000),
        ("1000元", 100_000),
        ("¥125万元", 125_000_000),
        ("CNY 88.8", 8_880),
        ("1，000", 100_000),  # a full-width comma
        (" 3 000 ", 300_000),
    ],
)
def test_amounts_become_fen(typed: str, fen: int) -> None:
    assert parse_amount_fen(typed) == fen


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "abc",
        "万",
        "元",
        "¥",
        "NaN",
        "nan万",
        "sNaN",
        "inf",
        "-Infinity",
        "1.2.3",
        "12 yuan",
        "1e999999999",  # overflowed the decimal context before
        "9e999999万",
        "1e31",  # absurd: would take ages to turn into an int at 1e999999
    ],
)
def test_non_amounts_are_rejected(typed: str) -> None:
    assert parse_amount_fen(typed) is None


def test_a_negative_amount_parses_so_validation_can_name_it() -> None:
    assert parse_amount_fen("-5") == -500


# ----------------------------------------------------------------- never raise on text

NUMBERISH = st.from_regex(
    r"[-+¥￥]?[0-9,.\s]{0,12}([eE][-+]?[0-9]{1,12})?[万亿wW元]?", fullmatch=True
)
PHONEISH = st.from_regex(r"[-+()\s0-9０-９]{0,25}", fullmatch=True)
DATEISH = st.from_regex(r"[0-9]{1,5}[-/.年][0-9]{1,3}[-/.月][0-9]{1,3}日?", fullmatch=True)


@settings(max_examples=300, database=None)
@given(st.text() | NUMBERISH)
@example("1e999999999")
@example("-sNaN")
def test_parse_amount_fen_never_raises(text: str) -> None:
    result = parse_amount_fen(text)
    assert result is None or isinstance(result, int)


@settings(max_examples=300, database=None)
@given(st.text() | DATEISH)
@example("9999-12-31")
@example("0000-00-00")
def test_parse_date_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, date)


@settings(max_examples=300, database=None)
@given(st.text() | PHONEISH)
@example("+86")
@example("0086")
@example("+")
def test_normalize_phone_never_raises_and_is_idempotent(text: str) -> None:
    result = normalize_phone(text)
    if result:
        assert result.lstrip("+").isascii() and result.lstrip("+").isdigit()
        assert normalize_phone(result) == result


# --------------------------------------------------------------------------- drafts


def codes(draft: ClientDraft) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_draft(draft, TODAY)}


VALID = ClientDraft(
    name_zh="王芳",
    client_no="C-2024/001_a",
    mobile="138 0013 8000",
    phone_other="+852 9123 4567",
    email="wang@example.com",
    birthday=date(1980, 5, 1),
    client_since=TODAY,  # today is not the future
    aum_fen=MAX_AUM_FEN,
    holdings=(Holding(name="稳健理财", amount_fen=0, start_date=TODAY, maturity_date=TODAY),),
    household=(HouseholdMember(name="李明", relation="配偶"),),
)


def test_a_valid_draft_has_no_errors() -> None:
    assert validate_draft(VALID, TODAY) == []


def test_an_english_name_alone_is_enough() -> None:
    assert validate_draft(ClientDraft(name_en="Alice Wong"), TODAY) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name_zh": "  "}, ("name_zh", "name_required")),
        ({"name_zh": "王" * 101}, ("name_zh", "too_long")),
        ({"name_en": "A" * 201}, ("name_en", "too_long")),
        ({"occupation": "医" * 101}, ("occupation", "too_long")),
        ({"notes": "备" * 20_001}, ("notes", "too_long")),
        ({"name_zh": "张\x00三"}, ("name_zh", "control_characters")),
        ({"notes": "line\x07bell"}, ("notes", "control_characters")),
        ({"tags": ("ok", "bad\x1b")}, ("tags", "control_characters")),
        ({"client_no": "C 001"}, ("client_no", "client_no_invalid")),
        ({"client_no": "客户1"}, ("client_no", "client_no_invalid")),
        ({"client_no": "C" * 65}, ("client_no", "client_no_invalid")),
        ({"mobile": "12345"}, ("mobile", "phone_invalid")),
        ({"phone_other": "ext 12"}, ("phone_other", "phone_invalid")),
        ({"email": "wang@"}, ("email", "email_invalid")),
        ({"birthday": date(2026, 11, 30)}, ("birthday", "date_in_future")),
        ({"birthday": date(1899, 12, 31)}, ("birthday", "date_too_old")),
        ({"client_since": date(2027, 1, 1)}, ("client_since", "date_in_future")),
        ({"aum_fen": -1}, ("aum_fen", "amount_negative")),
        ({"aum_fen": MAX_AUM_FEN + 1}, ("aum_fen", "amount_too_large")),
        (
            {"holdings": (Holding(name=" "),)},
            ("holdings[0].name", "holding_name_required"),
        ),
        (
            {"holdings": (Holding(name="基金"), Holding(name="存款", amount_fen=-100))},
            ("holdings[1].amount_fen", "amount_negative"),
        ),
        (
            {"holdings": (Holding(name="存款", amount_fen=MAX_AUM_FEN + 1),)},
            ("holdings[0].amount_fen", "amount_too_large"),
        ),
        (
            {
                "holdings": (
                    Holding(
                        name="结构性存款",
                        start_date=date(2026, 3, 1),
                        maturity_date=date(2026, 2, 28),
                    ),
                )
            },
            ("holdings[0].maturity_date", "maturity_before_start"),
        ),
        (
            {"household": (HouseholdMember(name=""),)},
            ("household[0].name", "member_name_required"),
        ),
    ],
)
def test_each_problem_has_its_field_and_code(
    change: dict[str, object], expected: tuple[str, str]
) -> None:
    assert codes(replace(VALID, **change)) == {expected}  # type: ignore[arg-type]


def test_every_problem_is_reported_at_once() -> None:
    draft = ClientDraft(
        mobile="x",
        email="y",
        aum_fen=-5,
        birthday=date(2030, 1, 1),
        holdings=(Holding(name=""),),
    )
    assert codes(draft) == {
        ("name_zh", "name_required"),
        ("mobile", "phone_invalid"),
        ("email", "email_invalid"),
        ("aum_fen", "amount_negative"),
        ("birthday", "date_in_future"),
        ("holdings[0].name", "holding_name_required"),
    }


def test_every_code_has_an_english_message() -> None:
    error = FieldError("client_no", "client_no_taken", {"client_no": "C001"})
    assert error.message_en == "client number C001 belongs to another client"
    too_long = FieldError("name_zh", "too_long", {"max": "100"})
    assert "100" in too_long.message_en
    for code in ENGLISH_MESSAGES:
        if "{" not in ENGLISH_MESSAGES[code]:
            assert FieldError("x", code).message_en


def test_validation_error_names_every_field() -> None:
    error = ValidationError(
        [FieldError("mobile", "phone_invalid"), FieldError("email", "email_invalid")]
    )
    assert [e.field for e in error.errors] == ["mobile", "email"]
    assert str(error).startswith("mobile: not a phone number")
    assert "email: not an e-mail address" in str(error)
