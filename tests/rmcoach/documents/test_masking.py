"""Masking: phones, e-mail, ID numbers, addresses, free text and asset bands."""

from __future__ import annotations

from datetime import date

import pytest

from rmcoach.documents.masking import (
    Masker,
    asset_range,
    mask_address,
    mask_client_no,
    mask_email,
    mask_id_number,
    mask_phone,
    mask_text,
)


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("02112345678", "021****5678"),
        ("+85291234567", "+852****4567"),
        ("1234567", "*****67"),
        ("", ""),
    ],
)
def test_a_phone_keeps_its_first_three_and_last_four_digits(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_an_email_keeps_its_first_letter_and_domain() -> None:
    assert mask_email("dahai.wang@example.com") == "d***@example.com"
    assert mask_email("not-an-address") == "***"
    assert mask_email("") == ""


def test_a_resident_id_hides_the_region_and_the_birth_date() -> None:
    masked = mask_id_number("310101196812101234")
    assert masked == "3*************1234"
    assert "19681210" not in masked and "310101" not in masked
    assert mask_id_number("31010119681210123x").endswith("123X")
    assert mask_id_number("E1234567") == "E***4567"


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("上海市浦东新区世纪大道100号3楼", "上海市浦东新区****"),
        ("广东省深圳市南山区科技园南区8栋", "广东省深圳市南山区****"),
        ("北京市朝阳区建国路88号", "北京市朝阳区****"),
        ("Flat 5, 12 Nathan Road, Kowloon, Hong Kong", "****, Kowloon, Hong Kong"),
        ("12 Nathan Road", "****"),
    ],
)
def test_an_address_keeps_only_the_district(address: str, masked: str) -> None:
    assert mask_address(address) == masked


def test_free_text_has_its_phones_ids_cards_and_emails_masked() -> None:
    text = (
        "请拨13812345678，证件310101196812101234，卡号6222433040530985，"
        "邮件 a.b@example.com；金额 500000"
    )
    assert mask_text(text) == (
        "请拨138****5678，证件3*************1234，卡号622243******0985，"
        "邮件 a***@example.com；金额 500000"
    )


def test_a_client_number_is_kept_unless_it_is_a_card_number() -> None:
    assert mask_client_no("C8801") == "C8801"
    assert mask_client_no("6222433040530985") == "622243******0985"


@pytest.mark.parametrize(
    ("yuan", "zh", "en"),
    [
        (0, "5万以下", "under ¥50k"),
        (49_999, "5万以下", "under ¥50k"),
        (50_000, "5万–20万", "¥50k–200k"),
        (800_000, "50万–100万", "¥0.5–1 million"),
        (8_563_000, "600万–1000万", "¥6–10 million"),
        (10_000_000, "1000万–3000万", "¥10–30 million"),
        (60_000_000, "5000万–1亿", "¥50–100 million"),
        (250_000_000, "1亿以上", "over ¥100 million"),
    ],
)
def test_assets_are_shown_as_the_band_they_fall_in(yuan: int, zh: str, en: str) -> None:
    assert asset_range(yuan * 100, "zh") == zh
    assert asset_range(yuan * 100, "en") == en


def test_the_masker_shows_everything_in_full_when_masking_is_off() -> None:
    on, off = Masker(True, "zh"), Masker(False, "zh")
    assert on.phone("13812345678") == "138****5678"
    assert off.phone("13812345678") == "13812345678"
    assert on.amount(856_300_000) == "600万–1000万"
    assert off.amount(856_300_000) == "856.3万"
    assert Masker(False, "en").amount(856_300_000) == "¥8,563,000"
    assert on.birthday(date(1968, 12, 10)) == "12月10日"
    assert off.birthday(date(1968, 12, 10)) == "1968年12月10日"
    assert on.age(57) == "50–59岁"
    assert off.age(57) == "57岁"
    assert Masker(True, "en").age(57) == "50–59"
