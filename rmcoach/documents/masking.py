"""Personal data on printed documents: masked by default, shown in full on request.

The rules are the core's (rmcoach/masking.py), the same the screens use; this module
adds what only documents need: asset bands and the Masker a template writes through.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rmcoach.documents import formats
from rmcoach.masking import (
    mask_address,
    mask_card,
    mask_client_no,
    mask_email,
    mask_id_number,
    mask_phone,
    mask_text,
)

__all__ = [  # the masking rules are offered here too, beside the Masker
    "Masker",
    "asset_range",
    "mask_address",
    "mask_card",
    "mask_client_no",
    "mask_email",
    "mask_id_number",
    "mask_phone",
    "mask_text",
]

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
