"""Personal data on printed documents: masked by default, shown in full on request."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rmcoach.documents import formats

# Asset bands in yuan, on the thresholds Chinese banks tier clients by (5万 … 1亿).
ASSET_BANDS_YUAN = (
    50_000,
    200_000,
    500_000,
    1_000_000,
    3_000_000,
    6_000_000,
    10_000_000,
    30_000_000,
    50_000_000,
    100_000_000,
)
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
    """138****5678: the first three and last four digits; a short number keeps its last two."""
    value = phone.strip()
    if len(value) >= 8:
        return value[:3] + STAR * (len(value) - 7) + value[-4:]
    return STAR * max(len(value) - 2, 0) + value[-2:] if value else ""


def mask_email(email: str) -> str:
    """a***@example.com: the first letter of the name and the whole domain."""
    name, at, domain = email.strip().partition("@")
    if not at or not name:
        return STAR * 3 if email.strip() else ""
    return f"{name[:1]}***@{domain}"


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


def asset_range(fen: int, lang: str) -> str:
    """The band an amount falls in: 500万–1000万 / ¥5–10 million, ¥50k–200k; 1亿以上."""
    yuan = abs(fen) / 100
    lower = 0
    for upper in ASSET_BANDS_YUAN:
        if yuan < upper:
            break
        lower = upper
    else:
        top = ASSET_BANDS_YUAN[-1]
        return f"{_bound_zh(top)}以上" if formats.is_zh(lang) else f"over ¥{_bound_en(top)}"
    if lower == 0:
        return f"{_bound_zh(upper)}以下" if formats.is_zh(lang) else f"under ¥{_bound_en(upper)}"
    if formats.is_zh(lang):
        return f"{_bound_zh(lower)}–{_bound_zh(upper)}"
    if upper >= 1_000_000:
        return f"¥{lower / 1_000_000:g}–{upper / 1_000_000:g} million"
    return f"¥{_bound_en(lower)}–{_bound_en(upper)}"


def _bound_zh(yuan: int) -> str:
    return f"{yuan / 100_000_000:g}亿" if yuan >= 100_000_000 else f"{yuan / 10_000:g}万"


def _bound_en(yuan: int) -> str:
    return f"{yuan / 1_000_000:g} million" if yuan >= 1_000_000 else f"{yuan // 1000}k"


@dataclass(frozen=True)
class Masker:
    """Writes personal data for a document: masked when `enabled`, in full otherwise.

    Attributes:
        enabled: mask (the default for every printed or exported document).
        lang: "zh" or "en", for amounts and dates.
    """

    enabled: bool
    lang: str

    def phone(self, value: str) -> str:
        return mask_phone(value) if self.enabled else value

    def email(self, value: str) -> str:
        return mask_email(value) if self.enabled else value

    def client_no(self, value: str) -> str:
        return mask_client_no(value) if self.enabled else value

    def id_number(self, value: str) -> str:
        return mask_id_number(value) if self.enabled else value

    def address(self, value: str) -> str:
        return mask_address(value) if self.enabled else value

    def text(self, value: str) -> str:
        return mask_text(value) if self.enabled else value

    def amount(self, fen: int) -> str:
        """An asset or holding amount: its band when masked, the exact figure otherwise."""
        return asset_range(fen, self.lang) if self.enabled else formats.amount(fen, self.lang)

    def birthday(self, value: date | None) -> str:
        """Month and day only when masked (enough for a greeting), the full date otherwise."""
        if self.enabled:
            return formats.month_day(value, self.lang)
        return formats.day(value, self.lang)

    def age(self, value: int | None) -> str:
        """The decade (40–49) when masked, so age and birthday do not give the birth date."""
        if value is None or not self.enabled:
            return formats.years(value, self.lang)
        low = value // 10 * 10
        return f"{low}–{low + 9}岁" if formats.is_zh(self.lang) else f"{low}–{low + 9}"
