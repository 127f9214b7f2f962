"""Tests for the meeting playbook: the shipped content, validation errors and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rmcoach.cli import main
from rmcoach.playbook import (
    PHASE_IDS,
    LocalText,
    Playbook,
    PlaybookError,
    PlaybookIssue,
    active_playbook_path,
    default_playbook_path,
    load_default_playbook,
    load_playbook,
)

OUTLINE_SOURCES = (
    [f"A{n}" for n in range(1, 8)]
    + [f"B{n}" for n in range(1, 12)]
    + [f"C{n}" for n in range(1, 9)]
)
# The outline's own rules (B8, B10) apply to the example phrases we ship.
BANNED_ZH = ("保证", "必然", "肯定", "没问题", "稳赚", "保本", "绝对")
BANNED_EN = ("guarantee", "certainly", "definitely", "no problem", "risk-free")

DEFAULT_TEXT = default_playbook_path().read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_playbook_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RMCOACH_PLAYBOOK", raising=False)


@pytest.fixture
def default() -> Playbook:
    return load_default_playbook()


def errors_for(tmp_path: Path, text: str) -> list[PlaybookIssue]:
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as info:
        load_playbook(path)
    assert info.value.errors, "a refused playbook must say why"
    return info.value.errors


def line_of(text: str, fragment: str) -> int:
    """1-based line of the first line containing fragment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in text")


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


# --- the shipped default playbook ---------------------------------------------------


def test_default_identity_and_phase_order(default: Playbook) -> None:
    assert default.id == "rmcoach-default"
    assert default.version == "1.0.0"
    assert default.title.zh and default.title.en
    assert tuple(p.id for p in default.phases) == PHASE_IDS
    assert PHASE_IDS == (
        "prepare",
        "rapport",
        "questioning",
        "listening",
        "responding",
        "follow_up",
    )


@pytest.mark.parametrize("source", OUTLINE_SOURCES)
def test_every_outline_item_is_covered(default: Playbook, source: str) -> None:
    items = [i for i in default.all_items() if i.source == source]
    assert len(items) == 1, f"outline item {source} must appear exactly once"
    item = items[0]
    for text in (item.title, item.guide):
        assert text.zh.strip() and text.en.strip()
        assert re.search(r"[\u4e00-\u9fff]", text.zh), "zh must be Chinese"
        assert not re.search(r"[\u4e00-\u9fff]", text.en), "en must not contain Chinese"
    expected_phase = {"A": "rapport", "B": "questioning", "C": "listening"}[source[0]]
    assert item in default.phase(expected_phase).items


def test_section_counts(default: Playbook) -> None:
    counts = {p.id: len(p.items) for p in default.phases}
    assert counts["rapport"] == 7
    assert counts["questioning"] == 11
    assert counts["listening"] == 8
    assert counts["responding"] >= 6
    assert 8 <= counts["prepare"] <= 12
    assert 6 <= counts["follow_up"] <= 10
    responding = default.phase("responding").items
    assert all(re.fullmatch(r"D\d+", i.source) for i in responding)
    assert {i.source for i in default.phase("prepare").items} == {""}
    assert {i.source for i in default.phase("follow_up").items} == {""}


def test_item_ids_are_unique_and_well_formed(default: Playbook) -> None:
    ids = [i.id for i in default.all_items()]
    assert len(ids) == len(set(ids))
    for phase in default.phases:
        for item in phase.items:
            assert re.fullmatch(r"[a-z0-9_.]+", item.id)
            assert item.id.startswith(phase.id + "."), item.id
            assert default.item(item.id) is item


def test_phrases_follow_the_outline_rules(default: Playbook) -> None:
    with_phrases = [i for i in default.all_items() if i.phrases_zh]
    assert len(with_phrases) >= 20
    for item in default.all_items():
        assert len(item.phrases_zh) == len(item.phrases_en), item.id
        for phrase in item.phrases_zh:
            assert not [w for w in BANNED_ZH if w in phrase], (item.id, phrase)
        for phrase in item.phrases_en:
            assert not [w for w in BANNED_EN if w in phrase.lower()], (item.id, phrase)


def test_lookup_helpers(default: Playbook) -> None:
    assert default.phase("rapport").items[0].source == "A1"
    assert default.item("responding.escalate").source == "D7"
    with pytest.raises(KeyError):
        default.phase("closing")
    with pytest.raises(KeyError):
        default.item("rapport.nope")


def test_local_text_get() -> None:
    text = LocalText(zh="准备", en="Prepare")
    assert text.get("zh") == text.get("zh_CN") == text.get("zh-Hans") == "准备"
    assert text.get("en") == text.get("fr") == "Prepare"


def test_active_playbook_path_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert active_playbook_path() == default_playbook_path()
    monkeypatch.setenv("RMCOACH_PLAYBOOK", str(tmp_path / "bank.toml"))
    assert active_playbook_path() == tmp_path / "bank.toml"


# --- refusing broken files, with the line and the field -------------------------------


def test_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = replace_once(
        DEFAULT_TEXT, 'title = { zh = "熟悉客户档案"', 'title = { zh = "熟悉客户档案'
    )
    [issue] = errors_for(tmp_path, text)
    assert issue.line == line_of(text, 'title = { zh = "熟悉客户档案')
    assert "syntax" in issue.message
    assert "at line" not in issue.message  # the position moved into .line
    assert str(issue).startswith(f"{tmp_path / 'bank.toml'}:{issue.line}: ")


def test_missing_english_guide(tmp_path: Path) -> None:
    old = 'guide.en = "Catch up on recent'
    text = replace_once(DEFAULT_TEXT, old, "# " + old)
    [issue] = errors_for(tmp_path, text)
    assert issue.field == "phases[0].items[9].guide.en"
    assert issue.message == "missing English text"
    # The guide's Chinese line, right where the English one belongs.
    assert issue.line == line_of(text, 'guide.zh = "了解近期利率')
    expected = f"{tmp_path / 'bank.toml'}:{issue.line}: phases[0].items[9].guide.en: missing"
    assert str(issue).startswith(expected)


def test_missing_table_points_at_its_header(tmp_path: Path) -> None:
    text = replace_once(
        DEFAULT_TEXT,
        'title = { zh = "消除初次见面的紧张", en = "Ease first-meeting tension" }\n',
        "",
    )
    [issue] = errors_for(tmp_path, text)
    assert issue.field == "phases[1].items[2].title"
    assert issue.message.startswith("missing")
    assert issue.line == line_of(text, 'id = "rapport.ease_tension"') - 1  # [[phases.items]]


def test_duplicate_item_id(tmp_path: Path) -> None:
    text = replace_once(DEFAULT_TEXT, 'id = "rapport.ease_tension"', 'id = "rapport.warm_intro"')
    [issue] = errors_for(tmp_path, text)
    assert issue.field == "phases[1].items[2].id"
    assert "duplicate item id 'rapport.warm_intro'" in issue.message
    first, second = [n for n, ln in enumerate(text.splitlines(), 1) if "rapport.warm_intro" in ln]
    assert issue.line == second
    assert f"line {first}" in issue.message


def test_unknown_phase_and_resulting_missing_phase(tmp_path: Path) -> None:
    text = replace_once(DEFAULT_TEXT, 'id = "listening"\n', 'id = "listenin"\n')
    issues = {i.field: i for i in errors_for(tmp_path, text)}
    assert issues["phases[3].id"].message.startswith("unknown phase 'listenin'")
    assert issues["phases[3].id"].line == line_of(text, 'id = "listenin"')
    assert "listening" in issues["phases"].message
    assert issues["phases"].line == line_of(text, "[[phases]]")


def test_wrong_phase_order(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace('id = "listening"\n', 'id = "@"\n')
    text = text.replace('id = "questioning"\n', 'id = "listening"\n').replace("@", "questioning")
    [issue] = errors_for(tmp_path, text)
    assert issue.field == "phases[2].id"
    assert "out of order" in issue.message


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    text = replace_once(DEFAULT_TEXT, 'guide.zh = "初次见面', 'gude.zh = "初次见面')
    issues = errors_for(tmp_path, text)
    fields = {i.field: i for i in issues}
    assert "did you mean 'guide'" in fields["phases[1].items[2].gude"].message
    assert fields["phases[1].items[2].gude"].line == line_of(text, "gude.zh")
    assert fields["phases[1].items[2].guide.zh"].message == "missing Chinese text"


def test_wrong_types_and_bad_ids_are_all_reported(tmp_path: Path) -> None:
    text = replace_once(DEFAULT_TEXT, 'version = "1.0.0"', "version = 1.0")
    text = replace_once(text, 'id = "follow_up.self_review"', 'id = "Follow-Up.Review"')
    text = replace_once(text, 'source = "C8"', "source = 8")
    issues = {i.field: i for i in errors_for(tmp_path, text)}
    assert set(issues) == {"version", "phases[5].items[7].id", "phases[3].items[7].source"}
    assert "must be a string" in issues["version"].message
    assert issues["version"].line == line_of(text, "version = 1.0")
    assert issues["phases[5].items[7].id"].line == line_of(text, "Follow-Up.Review")
    assert issues["phases[3].items[7].source"].line == line_of(text, "source = 8")


def test_phrases_need_both_languages(tmp_path: Path) -> None:
    text = replace_once(
        DEFAULT_TEXT,
        'phrases.en = ["Good morning, Mr Wang.',
        'phrases.en = []\n# ["Good morning, Mr Wang.',
    )
    [issue] = errors_for(tmp_path, text)
    assert issue.field == "phases[1].items[0].phrases"
    assert "1 Chinese and 0 English" in issue.message


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bank.toml"
    path.write_bytes('id = "x"\ntitle = "客户"\n'.encode("gbk"))
    with pytest.raises(PlaybookError) as info:
        load_playbook(path)
    assert info.value.errors[0].line == 2
    assert "UTF-8" in str(info.value)


# --- the command line -----------------------------------------------------------------


def test_cli_prints_the_default_playbook_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["playbook"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"id", "version", "phases"}
    assert data["id"] == "rmcoach-default"
    assert [p["id"] for p in data["phases"]] == list(PHASE_IDS)
    first = data["phases"][1]["items"][0]
    assert set(first) >= {"id", "title", "guide"}
    assert set(first["title"]) == set(first["guide"]) == {"zh", "en"}
    assert first["id"] == "rapport.warm_intro"
    assert sum(len(p["items"]) for p in data["phases"]) == len(load_default_playbook().all_items())


def test_cli_prints_another_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bank.toml"
    path.write_text(DEFAULT_TEXT.replace('"rmcoach-default"', '"bank-a"'), encoding="utf-8")
    assert main(["playbook", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["id"] == "bank-a"
    assert "面谈前准备" in out  # ensure_ascii=False: Chinese is readable


def test_cli_env_var_names_the_active_playbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bank.toml"
    path.write_text(DEFAULT_TEXT.replace('"rmcoach-default"', '"bank-b"'), encoding="utf-8")
    monkeypatch.setenv("RMCOACH_PLAYBOOK", str(path))
    assert main(["playbook"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "bank-b"


def test_cli_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["playbook", "check", str(default_playbook_path())]) == 0
    total = len(load_default_playbook().all_items())
    assert capsys.readouterr().out.strip() == f"OK: rmcoach-default 1.0.0, 6 phases, {total} items"


def test_cli_check_reports_every_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bank.toml"
    text = replace_once(DEFAULT_TEXT, 'version = "1.0.0"', "version = 1")
    text = replace_once(text, 'id = "rapport.ease_tension"', 'id = "rapport.warm_intro"')
    path.write_text(text, encoding="utf-8")
    assert main(["playbook", "check", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:{line_of(text, 'version = 1')}: version: ")
    assert ": phases[1].items[2].id: duplicate item id" in lines[1]
    assert captured.out == ""


def test_cli_check_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["playbook", "check", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["playbook", "--help"], ["playbook", "check", "--help"]])
def test_cli_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_a_huge_or_deeply_nested_file_is_refused_in_one_line(tmp_path: Path) -> None:
    import time as timing

    from rmcoach.playbook import MAX_NESTING, load_playbook

    huge = tmp_path / "huge.toml"
    huge.write_text('title = "x"\n' + "# padding\n" * 400_000, encoding="utf-8")
    started = timing.perf_counter()
    with pytest.raises(PlaybookError) as raised:
        load_playbook(huge)
    assert timing.perf_counter() - started < 1
    assert "\n" not in str(raised.value) and "at most 2 MB" in str(raised.value)
    deep = tmp_path / "deep.toml"
    deep.write_text('id = "x"\nphases = ' + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:  # not RecursionError
        load_playbook(deep)
    assert str(raised.value) == (
        f"{deep}:2: arrays or tables nested 5000 deep; a playbook needs at most {MAX_NESTING}"
    )
