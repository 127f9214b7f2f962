"""Pinyin keys of names: full pinyin, initials and syllables, surnames read as surnames."""

from __future__ import annotations

import pytest

from rmcoach.pinyin import PinyinKeys, has_han, name_keys


@pytest.mark.parametrize(
    ("name", "full", "initials", "syllables"),
    [
        ("张三", "zhangsan", "zs", ("zhang", "san")),
        ("张三丰", "zhangsanfeng", "zsf", ("zhang", "san", "feng")),
        ("李娜", "lina", "ln", ("li", "na")),
        ("黄小明", "huangxiaoming", "hxm", ("huang", "xiao", "ming")),
        ("欧阳娜娜", "ouyangnana", "oynn", ("ou", "yang", "na", "na")),
        # ü is written v, as pinyin keyboards type it
        ("吕布", "lvbu", "lb", ("lv", "bu")),
    ],
)
def test_keys_of_ordinary_names(
    name: str, full: str, initials: str, syllables: tuple[str, ...]
) -> None:
    assert name_keys(name) == PinyinKeys(full, initials, syllables)


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("单田芳", "shantianfang", "stf"),  # everyday reading: dan
        ("曾国藩", "zengguofan", "zgf"),  # everyday reading: ceng
        ("解缙", "xiejin", "xj"),  # jie
        ("仇英", "qiuying", "qy"),  # chou
        ("朴树", "piaoshu", "ps"),  # pu
        ("查良镛", "zhaliangyong", "zly"),  # cha
        ("区志强", "ouzhiqiang", "ozq"),  # qu
        ("乐嘉", "yuejia", "yj"),  # le
        ("盖聂", "genie", "gn"),  # gai
        ("繁漪", "poyi", "py"),  # fan
        ("单", "shan", "s"),  # a surname alone is still a surname
    ],
)
def test_the_first_character_is_read_as_a_surname(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert (keys.full, keys.initials) == (full, initials)


@pytest.mark.parametrize(
    ("name", "syllables", "initials"),
    [
        ("尉迟恭", ("yu", "chi", "gong"), "ycg"),
        ("万俟卨", ("mo", "qi", "xie"), "mqx"),
    ],
)
def test_compound_surnames_are_two_syllables(
    name: str, syllables: tuple[str, ...], initials: str
) -> None:
    keys = name_keys(name)
    assert keys.syllables == syllables
    assert keys.initials == initials
    assert keys.full == "".join(syllables)


def test_surname_readings_apply_only_to_the_first_character() -> None:
    # 单 inside a given name keeps its everyday reading
    assert name_keys("王单").syllables == ("wang", "dan")
    assert name_keys("单王").syllables == ("shan", "wang")


def test_spaces_and_separators_in_a_name_are_ignored() -> None:
    expected = name_keys("李娜")
    assert name_keys("  李娜 ") == expected
    assert name_keys("李 娜") == expected
    assert name_keys("李·娜") == expected


@pytest.mark.parametrize("name", ["", "   ", "Alice Wong", "O'Brien", "12345", "José"])
def test_non_chinese_input_has_no_pinyin_keys(name: str) -> None:
    # the caller sorts and searches such names by their own letters
    assert name_keys(name) == PinyinKeys("", "", ())


def test_keys_are_plain_lowercase_letters() -> None:
    for name in ["张三丰", "欧阳娜娜", "吕布", "尉迟恭", "曾国藩"]:
        keys = name_keys(name)
        assert keys.full.isascii() and keys.full.isalpha() and keys.full.islower()
        assert keys.initials == "".join(s[0] for s in keys.syllables)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("张三", True), ("Alice 王", True), ("Alice", False), ("", False), ("123-abc", False)],
)
def test_has_han(text: str, expected: bool) -> None:
    assert has_han(text) is expected
