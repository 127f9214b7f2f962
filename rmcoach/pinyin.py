"""Pinyin keys for Chinese names: full (zhangsan) and initials (zs), for search and sorting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Surnames whose reading differs from the character's everyday one; pypinyin reads
# the common word, but a name's first character is a surname.
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "乐": "yue",
    "尉": "yu",
    "繁": "po",
    "盖": "ge",
    "缪": "miao",
    "覃": "qin",
    "员": "yun",
    "种": "chong",
    "召": "shao",
    "万俟": "moqi",
    "尉迟": "yuchi",
}


# longest first, so a compound surname (尉迟) wins over its first character (尉)
_SURNAMES_LONGEST_FIRST = sorted(SURNAME_READINGS, key=len, reverse=True)


@dataclass(frozen=True)
class PinyinKeys:
    full: str  # "zhangsan"
    initials: str  # "zs"
    syllables: tuple[str, ...]  # ("zhang", "san")


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


@lru_cache(maxsize=4096)
def name_keys(name: str) -> PinyinKeys:
    """Pinyin of a Chinese name, the surname read as a surname; empty keys for other text."""
    name = name.strip()
    if not name or not has_han(name):
        return PinyinKeys("", "", ())
    from pypinyin import Style, lazy_pinyin  # ~250 ms import: only when a name is written

    syllables: list[str] = []
    rest = name
    for surname in _SURNAMES_LONGEST_FIRST:
        if rest.startswith(surname):
            reading = SURNAME_READINGS[surname]
            syllables.extend([reading] if len(surname) == 1 else _split_compound(reading))
            rest = rest[len(surname) :]
            break
    syllables.extend(
        s.lower() for s in lazy_pinyin(rest, style=Style.NORMAL, errors="ignore") if s.strip()
    )
    clean = tuple(s for s in (re.sub(r"[^a-z]", "", s) for s in syllables) if s)
    return PinyinKeys("".join(clean), "".join(s[0] for s in clean), clean)


def _split_compound(reading: str) -> list[str]:
    # compound surnames map to two syllables; their readings are written with no separator
    return {"moqi": ["mo", "qi"], "yuchi": ["yu", "chi"]}.get(reading, [reading])
