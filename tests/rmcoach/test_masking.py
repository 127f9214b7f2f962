"""One masker for the screens and the documents: the tricky phones, handles and e-mails."""

from __future__ import annotations

import pytest

from rmcoach.masking import mask_email, mask_phone


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),  # a mobile
        ("138 1234 5678", "138****5678"),  # as typed, with spaces
        ("021-6888 8888", "021****8888"),  # a landline with its area code
        ("(0755) 8888-6666", "075*****6666"),  # a four-digit area code
        ("+86 138 1234 5678", "+861******5678"),  # international, the + kept
        ("+852 9123 4567", "+852****4567"),  # Hong Kong: 8 digits after the code
        ("+1 (415) 555-0100", "+141****0100"),
        ("8123456", "*****56"),  # a landline without its area code: 5 of 7 hidden
        ("68888888", "******88"),
        ("95588", "***88"),  # a bank's service number
        ("12", "***"),
        ("wechat:abc", "wechat:a***"),  # a WeChat id kept in the phone field
        ("wxid_k8s9", "***"),  # a handle with two digits: nothing of it shown
        ("微信：张三的号", "微信：张***"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_a_phone_or_handle_shows_little_enough(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    "phone", ["13812345678", "021-6888 8888", "+852 9123 4567", "8123456", "68888888"]
)
def test_at_least_four_digits_stay_hidden(phone: str) -> None:
    digits = sum(c.isdigit() for c in phone)
    shown = sum(c.isdigit() for c in mask_phone(phone))
    assert digits - shown >= 4


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("dahai.wang@example.com", "d***@example.com"),
        ("  Alice@Example.COM ", "A***@Example.COM"),
        ("张三@例子.中国", "张***@例子.中国"),
        ("a@b.cn", "a***@b.cn"),
        ("@example.com", "***"),  # no name: nothing to recognise, nothing shown
        ("alice@", "***"),
        ("not-an-address", "***"),
        ("", ""),
    ],
)
def test_an_email_keeps_its_first_character_and_domain(email: str, masked: str) -> None:
    assert mask_email(email) == masked
