"""Personal data masked by one set of rules, for the screens and for every document.

What stays visible is enough to recognise a client's detail (the last digits, a first
letter, the district), not enough to misuse it if a screen or a printout is seen.
"""

from __future__ import annotations

import re

STAR = "*"

_CARD = re.compile(r"\d{16,19}")
_CARD_IN_TEXT = re.compile(r"(?<!\d)(?:\d{16,17}|\d{19})(?!\d)")  # 18 digits: an ID number
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Province (or region), city, district: what is kept of a Chinese address.
_ZH_REGION = re.compile(
    r"^(?:[^省市区县]{1,7}?(?:省|自治区|特别行政区))?"
    r"(?:[^省市区县]{1,7}?(?:自治州|地区|市|州|盟))?"
    r"(?:[^省市区县]{1,7}?(?:区|县|旗|市))?"
)


def mask_phone(phone: str) -> str:
    """A phone number or contact handle as it may be shown to whoever sees the screen.

    11 digits or more (a mobile, a landline with its area code, an international number):
    the first three and the last four digits, 138****5678, 021****8888, +852****4567
    (separators dropped, a leading + kept). Fewer (a landline without its area code, an
    extension): only the last two, *****56. No digit at all (a WeChat id in the phone
    field): the label before a colon and the first character, wechat:a***.
    """
    value = phone.strip()
    if not value:
        return ""
    digits = "".join(c for c in value if c.isdigit())
    if not digits:
        cut = max(value.rfind(":"), value.rfind("："))  # wechat:abc, 微信：abc
        label, handle = value[: cut + 1], value[cut + 1 :].strip()
        return f"{label}{handle[:1]}{STAR * 3}" if handle else STAR * 3
    plus = "+" if value.startswith("+") else ""
    if len(digits) >= 11:  # at least four digits stay hidden
        return plus + digits[:3] + STAR * (len(digits) - 7) + digits[-4:]
    return plus + STAR * max(len(digits) - 2, 1) + digits[-2:] if len(digits) > 2 else STAR * 3


def mask_email(email: str) -> str:
    """a***@example.com: the first character of the name and the whole domain; anything
    that is not an address (no name, no domain) is hidden whole."""
    name, at, domain = email.strip().partition("@")
    if not at or not name or not domain:
        return STAR * 3 if email.strip() else ""
    return f"{name[:1]}{STAR * 3}@{domain}"


def mask_id_number(number: str) -> str:
    """1*************123X: the first character and the last four.

    The first six digits of a resident ID give the place of registration and the next
    eight the birth date: both are hidden. The last four (尾号) are what a client quotes
    to confirm which document is meant.
    """
    value = number.strip().upper()
    if len(value) >= 8:
        return value[:1] + STAR * (len(value) - 5) + value[-4:]
    return STAR * max(len(value) - 2, 0) + value[-2:] if value else ""


def mask_card(number: str) -> str:
    """622243******0985: a bank card number keeps its first six (the bank) and last four."""
    value = number.strip()
    return value[:6] + STAR * (len(value) - 10) + value[-4:] if len(value) > 10 else value


def mask_client_no(number: str) -> str:
    """A client number is kept, unless it is a bank card number (some banks use those)."""
    return mask_card(number) if _CARD.fullmatch(number.strip()) else number


def mask_address(address: str) -> str:
    """上海市浦东新区**** (down to the district) / ****, Kowloon, Hong Kong (the last two parts)."""
    value = address.strip()
    if not value:
        return ""
    if _CJK.search(value):
        match = _ZH_REGION.match(value)
        kept = match.group(0) if match else ""
        return f"{kept}{STAR * 4}" if kept != value else value
    parts = [p.strip() for p in value.split(",") if p.strip()]
    return ", ".join([STAR * 4, *parts[-2:]]) if len(parts) > 2 else STAR * 4


def mask_text(text: str) -> str:
    """Free text (notes, summaries) with any mobile, ID, card number or e-mail in it masked."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id_number(m.group()), text)
    text = _CARD_IN_TEXT.sub(lambda m: mask_card(m.group()), text)
    text = _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)
    return _EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group()), text)
