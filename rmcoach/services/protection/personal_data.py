"""Personal data typed into free text: resident ID numbers, bank card and account numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from stdnum import luhn
from stdnum.cn import ric

# What to say instead, per kind: (Chinese, English). Notes should hold only what they need
# (PIPL art. 6, the minimum necessary); ID and account numbers are sensitive personal
# information (PIPL art. 28) and live in the bank's own systems, not in an RM's notes.
SUGGESTIONS: Final[dict[str, tuple[str, str]]] = {
    "id_number": (
        "备注里不要记录身份证号：证件信息由银行核心系统保管，可写“身份证已核验”。",
        'Keep ID numbers out of notes: the bank\'s systems hold them; write "ID checked" instead.',
    ),
    "bank_card": (
        "备注里不要记录银行卡号：如需区分，写“尾号1234的卡”即可。",
        'Keep card numbers out of notes: if needed, write "the card ending 1234".',
    ),
    "account_number": (
        "备注里不要记录账号：如需区分，写“尾号1234的账户”即可。",
        'Keep account numbers out of notes: if needed, write "the account ending 1234".',
    ),
}
SOURCE: Final = (
    "PIPL art. 6, 28, 51; GB 11643-1999 (ID check digit; 15-digit first-generation IDs); "
    "ISO/IEC 7812 (Luhn)"
)
KINDS: Final = tuple(SUGGESTIONS)

# An account number is told by a word such as 账号 just before it: a bare run of digits is
# as often an order, serial or policy number (precision over recall, as in phrases.toml).
MIN_ACCOUNT_DIGITS = 12
MAX_ACCOUNT_DIGITS = 30
# A first-generation ID: area code (its first digit, the region, is 1-8), YYMMDD, sequence
_LEGACY_ID: Final = re.compile(r"[1-8][0-9]{5}([0-9]{2})([0-9]{2})([0-9]{2})[0-9]{3}", re.ASCII)

# A run of digits, optionally in groups split by one space or hyphen, ending maybe in X
# (an ID's check digit); never inside a longer run of letters or digits.
_RUN: Final = re.compile(
    r"(?<![0-9A-Za-z])[0-9]+(?:[ \-][0-9]+)*(?:[Xx])?(?![0-9A-Za-z])", re.ASCII
)
_GROUP: Final = re.compile(r"[0-9]+[Xx]?", re.ASCII)
_MAX_GROUPS = 8  # one number is typed in at most this many groups (4-4-4-4-3, 6-8-4 ...)
_ACCOUNT_WORDS: Final = re.compile(
    r"(?:账号|帐号|账户|帐户|卡号|户号|account(?:\s+(?:no\.?|number))?|acct\.?|a/c)"
    r"\s*(?:号码|号)?\s*[:：#]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DataHit:
    """One number in the text: text[start:end] and what it is."""

    start: int
    end: int
    kind: str  # id_number, bank_card or account_number


def id_check_digit(first17: str) -> str:
    """The GB 11643 check digit (ISO 7064 MOD 11-2) of an ID's first 17 digits."""
    return ric.calc_check_digit(first17 + "0")  # it reads all but the last character


def is_resident_id(text: str) -> bool:
    """18 characters, a real birth date, and the right check digit.

    Not stdnum's ric.is_valid: it also looks the birth place up in its own table of
    region codes, and a table behind the regions' renamings would make the coach miss
    real ID numbers; the check digit and the birth date are what tell an ID here.
    """
    if len(text) != 18 or not text[:17].isdigit() or not re.fullmatch(r"[0-9Xx]", text[17]):
        return False
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return False
    return born.year >= 1900 and id_check_digit(text[:17]) == text[17].upper()


def is_legacy_resident_id(digits: str) -> bool:
    """A first-generation ID (issued until 2004, some still on file): 15 digits, an area
    code whose first digit is 1-8, a real birth date 19YYMMDD, a 3-digit sequence.

    It has no check digit, so a 15-digit number is taken for one only on its own (see
    find_personal_data): about 3 in 100 random 15-digit numbers pass this test.
    """
    match = _LEGACY_ID.fullmatch(digits)
    if match is None:
        return False
    try:
        date(1900 + int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


def luhn_valid(digits: str) -> bool:
    """The Luhn check of card numbers (ISO/IEC 7812-1)."""
    return digits.isdigit() and luhn.is_valid(digits)


def is_bank_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and luhn_valid(digits)


def find_personal_data(text: str) -> list[DataHit]:
    """ID, card and account numbers in `text`, in order; each span is the number as typed.

    Numbers typed next to each other ("138... 139...") join into one run; its groups are
    tried from the left, the longest stretch (up to _MAX_GROUPS groups) first. A 15-digit
    first-generation ID counts only on its own: a whole run, or one unbroken group set off
    by spaces, never a stretch cut out of a longer or hyphenated number.
    """
    hits: list[DataHit] = []
    for match in _RUN.finditer(text):
        start = match.start()
        labelled = _ACCOUNT_WORDS.search(text, max(0, start - 16), start) is not None
        groups = [(m.start() + start, m.end() + start) for m in _GROUP.finditer(match.group())]
        i = 0
        while i < len(groups):
            for j in range(min(len(groups), i + _MAX_GROUPS), i, -1):
                first, last = groups[i][0], groups[j - 1][1]
                whole = i == 0 and j == len(groups)
                alone = whole or (j - i == 1 and "-" not in text[max(0, first - 1) : last + 1])
                kind = _classify(text[first:last], labelled and first == start, alone)
                if kind is not None:
                    hits.append(DataHit(first, last, kind))
                    i = j
                    break
            else:
                i += 1
    return hits


def _classify(run: str, after_account_word: bool, alone: bool) -> str | None:
    compact = run.replace(" ", "").replace("-", "")
    if is_resident_id(compact):
        return "id_number"
    if not compact.isdigit():
        return None
    if is_bank_card(compact):
        return "bank_card"  # a Luhn-valid number is a card first: Luhn is the stronger test
    if after_account_word and MIN_ACCOUNT_DIGITS <= len(compact) <= MAX_ACCOUNT_DIGITS:
        return "account_number"
    if alone and is_legacy_resident_id(compact):
        return "id_number"
    return None
