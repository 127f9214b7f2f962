"""Personal data in free text: ID numbers by their check digit, cards by Luhn, accounts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmcoach.phrasecoach import PERSONAL_DATA, check_text
from rmcoach.services.protection.personal_data import (
    find_personal_data,
    id_check_digit,
    is_legacy_resident_id,
    is_resident_id,
    luhn_valid,
)

# Made-up numbers with computed check digits, not anyone's: region 110101, born 1949-10-01,
# sequence 123 -> check digit 1 (GB 11643: sum of digit x weight, mod 11, "10X98765432").
VALID_ID = "110101194910011231"
VALID_ID_X = "11010119900307002X"
INVALID_ID = "110101194910011237"  # wrong check digit (and not Luhn-valid either)
# First-generation IDs (15 digits, no check digit): region 110101, born (19)49-10-01, 123
LEGACY_ID = "110101491001123"
LEGACY_BAD_DATE = "110101491301123"  # month 13
LEGACY_BAD_AREA = "910101491001123"  # no region starts with 9
LEGACY_LUHN = "110101491001106"  # also passes Luhn: a 15-digit card number first
VALID_CARD = "6214830000000009"  # 621483000000000 + Luhn digit 9
INVALID_CARD = "6214830000000008"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.kind) for h in find_personal_data(text)]


def test_the_check_digits_are_computed_as_the_standards_say() -> None:
    assert id_check_digit(VALID_ID[:17]) == "1"
    assert id_check_digit(VALID_ID_X[:17]) == "X"
    assert is_resident_id(VALID_ID) and is_resident_id(VALID_ID_X.lower())
    assert not is_resident_id(INVALID_ID)
    assert not is_resident_id("110101194902301231")  # 30 February
    assert luhn_valid(VALID_CARD) and luhn_valid("4111111111111111")
    assert not luhn_valid(INVALID_CARD)


def test_a_valid_id_number_is_found_and_an_invalid_one_is_not() -> None:
    assert kinds(f"客户身份证号{VALID_ID}，已核对") == [(VALID_ID, "id_number")]
    assert kinds(f"证件号 {VALID_ID_X}") == [(VALID_ID_X, "id_number")]
    assert kinds(f"客户身份证号{INVALID_ID}，已核对") == []


def test_a_15_digit_legacy_id_needs_a_region_and_a_real_birth_date() -> None:
    assert is_legacy_resident_id(LEGACY_ID) and is_legacy_resident_id("810101040229123")
    assert not is_legacy_resident_id("810101000229123")  # 1900 was no leap year
    for wrong in (LEGACY_BAD_DATE, LEGACY_BAD_AREA, "010101491001123", LEGACY_ID[:14]):
        assert not is_legacy_resident_id(wrong)
    assert not is_legacy_resident_id("１１０１０１４９１００１１２３")  # full-width digits


def test_a_valid_legacy_id_is_found_and_an_invalid_one_is_not() -> None:
    assert kinds(f"老身份证{LEGACY_ID}，已核对") == [(LEGACY_ID, "id_number")]
    assert kinds("证件号 110101 491001 123") == [("110101 491001 123", "id_number")]
    assert kinds(f"{LEGACY_ID} 电话13812345678") == [(LEGACY_ID, "id_number")]
    assert kinds(f"老身份证{LEGACY_BAD_DATE}") == []
    assert kinds(f"老身份证{LEGACY_BAD_AREA}") == []
    # part of a longer run of digits: an order or serial number, not an ID
    assert kinds(f"订单{LEGACY_ID}7") == []
    assert kinds(f"编号{LEGACY_ID}-7") == []
    assert kinds("编号 110101 491001 123 45") == []
    # a valid card number is reported once, as a card; after 账号 it is an account number
    assert kinds(f"卡{LEGACY_LUHN}") == [(LEGACY_LUHN, "bank_card")]
    assert kinds(f"账号{LEGACY_ID}") == [(LEGACY_ID, "account_number")]


def test_a_luhn_card_number_is_found_and_an_invalid_one_is_not() -> None:
    assert kinds(f"他的卡{VALID_CARD}到期了") == [(VALID_CARD, "bank_card")]
    assert kinds("card 6214 8300 0000 0009, thanks") == [("6214 8300 0000 0009", "bank_card")]
    assert kinds(f"他的卡{INVALID_CARD}到期了") == []
    # numbers typed one after the other are found one by one
    grouped = "6214 8300 0000 0009"
    assert kinds(f"{grouped} {grouped} 2026") == [(grouped, "bank_card")] * 2
    # after 卡号 a number failing Luhn is still an account-like number
    assert kinds(f"卡号{INVALID_CARD}") == [(INVALID_CARD, "account_number")]


def test_account_numbers_are_found_after_an_account_word() -> None:
    assert kinds("转入账号：3100 1234 5678 91") == [("3100 1234 5678 91", "account_number")]
    assert kinds("Account No. 310012345678901") == [("310012345678901", "account_number")]
    assert kinds("acct: 3100-1234-5678-9012-4") == [("3100-1234-5678-9012-4", "account_number")]
    # without an account word a long run is as often a serial or policy number
    assert kinds("编号 310012345678901") == []
    assert kinds("流水号31001234567890123456") == []


def test_phones_dates_and_amounts_are_left_alone() -> None:
    text = "电话13812345678 13912345678，2026-11-29 转入1,250,000.00元，订单20261129"
    assert kinds(text) == []
    assert kinds(f"x{VALID_ID}y") == []  # inside a longer code


def test_the_phrase_coach_reports_them_as_personal_data() -> None:
    text = f"王先生：\n身份证{VALID_ID}，保本"
    findings = check_text(text)
    assert [(f.word, f.category, f.rule_id, f.line, f.col) for f in findings] == [
        (VALID_ID, PERSONAL_DATA, "personal_data.id_number", 2, 4),
        ("保本", "return_promise", "zh.return.principal", 2, 23),
    ]
    assert "身份证" in findings[0].suggestion("zh") and "ID" in findings[0].suggestion("en")
    assert check_text(text, personal_data=False)[0].word == "保本"
    assert [f.word for f in check_text(f"卡号{VALID_CARD}", [])] == [VALID_CARD]


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=4),
            st.sampled_from([VALID_ID, VALID_CARD, LEGACY_ID, " ", "-", "账号", "X", "0", "62"]),
            st.from_regex(r"[0-9]{1,20}", fullmatch=True),
        ),
        max_size=12,
    ).map("".join)
)
def test_findings_never_overlap_and_match_the_text(text: str) -> None:
    end = 0
    for hit in find_personal_data(text):
        assert hit.start >= end and hit.end > hit.start
        assert text[hit.start : hit.end].strip(" -") == text[hit.start : hit.end]
        end = hit.end


@pytest.mark.parametrize("valid", [VALID_ID, VALID_CARD, LEGACY_ID])
def test_a_number_split_across_lines_is_still_one_finding(valid: str) -> None:
    [finding] = check_text(f"号码：\n{valid}\n")
    assert (finding.line, finding.col, finding.word) == (2, 1, valid)
