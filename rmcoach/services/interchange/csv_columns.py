"""The client-file vocabulary: column names and cell values in English and Chinese."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from rmcoach.domain import Gender, RiskProfile, Tier
from rmcoach.validation import parse_date


@dataclass(frozen=True)
class Column:
    """An importable column: its key, the headers the exporter writes, and other names."""

    key: str
    en: str
    zh: str
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("client_no", "client_no", "客户号", ("client number", "客户编号", "客户号码")),
    Column("name", "name", "姓名", ("客户姓名", "full name", "名字")),
    Column("name_zh", "name_zh", "中文名", ("中文姓名", "chinese name")),
    Column("name_en", "name_en", "英文名", ("英文姓名", "english name")),
    Column("gender", "gender", "性别", ("sex",)),
    Column("birthday", "birthday", "出生日期", ("生日", "date of birth", "dob", "birth date")),
    Column("phone", "phone", "手机号", ("mobile", "手机", "手机号码", "联系电话", "电话")),
    Column("phone_other", "phone_other", "其他电话", ("other phone", "座机", "固定电话")),
    Column("email", "email", "邮箱", ("e-mail", "电子邮箱", "电子邮件")),
    Column("address", "address", "地址", ("联系地址", "住址")),
    Column("occupation", "occupation", "职业", ("职务", "job title")),
    Column("employer", "employer", "工作单位", ("单位", "company", "公司")),
    Column("tier", "tier", "客户等级", ("等级", "客户级别", "client tier")),
    Column("risk_profile", "risk_profile", "风险等级", ("risk", "风险承受能力", "风险评级")),
    Column("aum", "aum", "资产规模", ("资产", "金融资产", "assets")),
    Column("interests", "interests", "兴趣爱好", ("兴趣", "爱好", "hobbies")),
    Column("tags", "tags", "标签", ()),
    Column("client_since", "client_since", "开户日期", ("client since", "开户时间")),
    Column("notes", "notes", "备注", ("note", "remarks")),
    Column("risk_assessed_on", "risk_assessed_on", "风险测评日期", ("风险评估日期", "测评日期")),
)
NAME_KEYS = ("name", "name_zh", "name_en")
# the column a rejects file adds; a rejects file re-imports without it being "unknown"
PROBLEMS_HEADERS = {"en": "problems", "zh": "导入问题"}

_HEADER_NOISE = re.compile(r"[\s_\-.:：*()（）]+")


def header_key(header: str) -> str:
    """A header reduced to what matters: case, spaces, _ - . : * and brackets dropped."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", header).casefold())


_BY_HEADER = {
    header_key(name): column.key
    for column in COLUMNS
    for name in (column.key, column.en, column.zh, *column.aliases)
}
_IGNORED = {header_key(h) for h in PROBLEMS_HEADERS.values()}


def column_key(header: str) -> str | None:
    """The column a header names (English or Chinese), or None when it is not ours."""
    return _BY_HEADER.get(header_key(header))


def is_ignored(header: str) -> bool:
    """A column we write ourselves and skip on import (a rejects file's problems)."""
    return header_key(header) in _IGNORED


def _word(text: str) -> str:
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


_TIER_WORDS = {
    Tier.PRIVATE: ("private", "privatebanking", "私行", "私人银行", "私银"),
    Tier.WEALTH: ("wealth", "财富", "财富管理"),
    Tier.VIP: ("vip", "贵宾"),
    Tier.MASS: ("mass", "大众", "普通"),
}
_TIERS = {_word(w): tier for tier, words in _TIER_WORDS.items() for w in words}
TIER_NAMES_ZH = {Tier.PRIVATE: "私人银行", Tier.WEALTH: "财富", Tier.VIP: "贵宾", Tier.MASS: "大众"}


def tier_value(text: str, custom: Mapping[str, str] | None = None) -> Tier | None:
    """私行, 私人银行, Private, 财富客户, VIP, 大众 ... or the book's own tier names."""
    word = _word(text)
    for custom_value, custom_name in (custom or {}).items():
        if custom_name and _word(custom_name) == word and custom_value in Tier._value2member_map_:
            return Tier(custom_value)
    return _TIERS.get(word) or _TIERS.get(word.removesuffix("客户"))


_RISK_WORDS = {
    RiskProfile.C1: ("conservative", "保守型", "保守"),
    RiskProfile.C2: ("cautious", "moderately conservative", "稳健型", "稳健"),
    RiskProfile.C3: ("balanced", "平衡型", "平衡"),
    RiskProfile.C4: ("growth", "成长型", "成长"),
    RiskProfile.C5: ("aggressive", "进取型", "进取"),
}
_RISKS = {_word(w): risk for risk, words in _RISK_WORDS.items() for w in words}
_RISK_CODE = re.compile(r"^c([1-5])(.*)$")


def risk_value(text: str) -> RiskProfile | None:
    """C3, 平衡型, balanced, 'C3 平衡型' (a code and a name must agree); None if unknown."""
    word = _word(text)
    match = _RISK_CODE.match(word)
    if match is None:
        return _RISKS.get(word)
    risk = RiskProfile(f"C{match[1]}")
    return risk if not match[2] or _RISKS.get(match[2]) is risk else None


_GENDERS = {
    **dict.fromkeys(("男", "男性", "m", "male"), Gender.MALE),
    **dict.fromkeys(("女", "女性", "f", "female"), Gender.FEMALE),
}


def gender_value(text: str) -> Gender | None:
    return _GENDERS.get(_word(text))


# Han ideographs (every extension block) and the middle dots of transliterated names
_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f·•・]+$")
_BRACKETED = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")


def is_han_name(text: str) -> bool:
    return bool(_HAN_NAME.match(text))


def split_name(text: str) -> tuple[str, str]:
    """One name cell as (Chinese name, English name).

    All Han characters is a Chinese name, anything else an English one; "张三 Zhang San",
    "Zhang San 张三" and the app's own "张三 (San Zhang)" are split into both.
    """
    bracketed = _BRACKETED.match(text.strip())
    if bracketed:
        outer, inner = bracketed[1].strip(), " ".join(bracketed[2].split())
        if is_han_name(outer.replace(" ", "")) and not _has_han_token(inner):
            return outer.replace(" ", ""), inner
    tokens = text.split()
    han = [is_han_name(t) for t in tokens]
    if not tokens:
        return "", ""
    if all(han):
        return "".join(tokens), ""
    for cut in range(1, len(tokens)):
        if all(han[:cut]) and not any(han[cut:]):
            return "".join(tokens[:cut]), " ".join(tokens[cut:])
        if not any(han[:cut]) and all(han[cut:]):
            return "".join(tokens[cut:]), " ".join(tokens[:cut])
    return "", " ".join(tokens)


def _has_han_token(text: str) -> bool:
    return any(is_han_name(t) for t in text.split())


LIST_SEPARATORS = ";；、,，\n"
_LIST_SPLIT = re.compile(f"[{LIST_SEPARATORS}]+")


def split_list(text: str) -> tuple[str, ...]:
    """Interests or tags: separated by ; 、 ， (or a comma or a new line); each once."""
    seen: dict[str, None] = {}
    for part in _LIST_SPLIT.split(text):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return tuple(seen)


_TRAILING_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def cell_date(text: str) -> date | None:
    """A date as typed or as Excel writes it ('2024/3/5 0:00'); full-width digits too."""
    raw = unicodedata.normalize("NFKC", text).strip()
    return parse_date(_TRAILING_TIME.sub("", raw))


# Excel, LibreOffice and Sheets run a cell that starts with one of these as a formula
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")


def guard(value: str) -> str:
    """A cell that cannot run as a formula: a leading ' where a formula could start.

    Values that already start with ' before such a character get one more, so
    unguard(guard(v)) == v for every text.
    """
    return "'" + value if _FORMULA_START.match(value) else value


def unguard(value: str) -> str:
    """Undo guard(): '+8613800138000 from an export is +8613800138000 again."""
    if value.startswith("'") and _FORMULA_START.match(value[1:]):
        return value[1:]
    return value


def yuan_text(fen: int) -> str:
    """Fen as plain yuan for a spreadsheet: 125000000 -> '1250000.00' (no separators)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"
