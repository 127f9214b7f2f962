"""Tests for the phrase coach (rmcoach.phrasecoach) and its lint-text command."""

from __future__ import annotations

import io
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmcoach.cli import main
from rmcoach.paths import resource_path
from rmcoach.phrasecoach import (
    CATEGORIES,
    LANGS,
    PhraseRule,
    PhraseRuleError,
    check_text,
    default_grammar,
    default_rule_paths,
    default_rules,
    load_grammar,
    load_rules,
    warm_up,
)

DEFAULT_FILE = resource_path("rules", "phrases.toml")
DEFAULT_FILES = default_rule_paths()  # phrases.toml, then sales_talk.toml


def found(text: str) -> list[tuple[str, str]]:
    return [(f.word, f.category) for f in check_text(text)]


def suggestion(rule_id: str, lang: str) -> str:
    rule = next(r for r in default_rules() if r.id == rule_id)
    return rule.suggestion_zh if lang == "zh" else rule.suggestion_en


# ---------------------------------------------------------------------------- finding

CASES = [  # (phrase, word the coach must underline, category)
    ("这个方案肯定适合您", "肯定", "absolute_promise"),
    ("审批的事没问题", "没问题", "overcommitment"),
    ("这只基金久期较短", "久期", "jargon"),
    ("我保证下周给您答复", "我保证", "i_vs_we"),
    ("机不可失，您看看", "机不可失", "pressure"),
    ("这款理财稳赚不赔", "稳赚不赔", "return_promise"),
    ("This will definitely suit you.", "definitely", "absolute_promise"),
    ("No problem with the approval.", "No problem", "overcommitment"),
    ("Rates fell 25 basis points.", "basis points", "jargon"),
    ("I promise the card arrives Monday.", "I promise", "i_vs_we"),
    ("This is your last chance to join.", "last chance", "pressure"),
    ("It pays a guaranteed return of 4%.", "guaranteed return", "return_promise"),
]


@pytest.mark.parametrize(("phrase", "word", "category"), CASES)
def test_each_category_is_found_on_line_one(phrase: str, word: str, category: str) -> None:
    [f] = check_text(phrase)
    assert (f.word, f.category, f.line, f.col) == (word, category, 1, phrase.index(word) + 1)


@pytest.mark.parametrize(("phrase", "word", "category"), CASES)
def test_each_category_is_found_on_line_two_after_cjk(
    phrase: str, word: str, category: str
) -> None:
    prefix = "前面的中文"
    text = f"您好，王女士：\n{prefix}{phrase}"
    [f] = check_text(text)
    assert (f.word, f.category) == (word, category)
    # col counts characters, not UTF-8 bytes: each CJK character is one column.
    assert (f.line, f.col) == (2, len(prefix) + phrase.index(word) + 1)
    assert text[f.start : f.end] == word


def test_positions_are_exact() -> None:
    findings = check_text("第一行\n客户说完，我保证稳赚")
    assert [(f.word, f.line, f.col, f.start, f.end) for f in findings] == [
        ("我保证", 2, 6, 9, 12),
        ("稳赚", 2, 9, 12, 14),
    ]
    assert findings[0].rule_id == "zh.i_vs_we.promise"
    assert findings[0].suggestion_en == suggestion("zh.i_vs_we.promise", "en")
    # "I guarantee" is an "I" problem and an absolute promise: one finding, both categories
    assert findings[0].categories == ("i_vs_we", "absolute_promise")
    assert findings[1].categories == ("return_promise",)


def test_we_is_not_flagged_and_plain_i_is_left_alone() -> None:
    assert found("我们负责后续跟进，我们一定尽力。请相信我们。") == []
    assert found("我觉得这个产品适合您，我下周再联系您。我负责的客户都很满意。") == []
    # 我们保证 is still an absolute promise, just not an "I" problem.
    assert found("我们保证下周放款") == [("保证", "absolute_promise")]


def test_clean_text_gives_nothing() -> None:
    note = (
        "今天和王女士面谈，她关心孩子明年留学的资金安排。我们介绍了三个月期的稳健型理财，"
        "并说明产品不保本、过往业绩不代表未来表现。客户说下周和家人商量，我们约好周五前回复。\n"
        "Met Mr Li about his maturing deposit. We explained both options and that returns "
        "are not guaranteed; he will think it over and we will call him next week."
    )
    assert found(note) == []
    assert check_text("") == []


# ---------------------------------------------------------------------------- English


def test_english_is_case_insensitive() -> None:
    assert found("GUARANTEED. Guarantees. It WILL CERTAINLY rise!") == [
        ("GUARANTEED", "absolute_promise"),
        ("Guarantees", "absolute_promise"),
        ("CERTAINLY", "absolute_promise"),
    ]


def test_english_respects_word_boundaries() -> None:
    # guarantor is a person (a loan term), not a promise; uncertainly is not certainly.
    assert found("The guarantor signed. He spoke uncertainly. definitelyx") == []
    assert found("guaranteed") == [("guaranteed", "absolute_promise")]
    # Chinese characters are not English letters, so mixed text still matches.
    assert found("这个guaranteed吗") == [("guaranteed", "absolute_promise")]


def test_english_spacing_and_typographic_apostrophes() -> None:
    assert found("you can’t lose") == [("can’t lose", "implied_safety")]
    assert found("No   problem with the loan") == [("No   problem", "overcommitment")]
    [f] = check_text("The loan: no\nproblem")
    assert (f.line, f.col, f.word) == (1, 11, "no\nproblem")


def test_honest_negations_are_not_flagged() -> None:
    assert found("We cannot guarantee returns. Past performance is no guarantee.") == []
    assert found("Returns are not guaranteed, and nothing is risk-free.") == []
    assert found("我们不保证收益，该产品不保本，属于非保本浮动收益型，并非零风险。") == []
    assert found("为了保证您的资金安全，请缴纳保证金时核对账户。") == []


# ---------------------------------------------------------------------------- overlaps


def test_longest_match_wins() -> None:
    assert found("稳赚不赔") == [("稳赚不赔", "return_promise")]
    assert found("我保证") == [("我保证", "i_vs_we")]
    assert found("无风险利率") == [("无风险利率", "jargon")]
    assert found("The risk-free rate is 2%.") == [("risk-free rate", "jargon")]
    assert found("principal guaranteed") == [("principal guaranteed", "return_promise")]


def test_longer_match_wins_even_when_it_starts_later() -> None:
    def rule(rule_id: str, words: tuple[str, ...]) -> PhraseRule:
        return PhraseRule(rule_id, "jargon", "zh", words, (), "甲", "A", "test")

    findings = check_text("一甲乙丙丁二", [rule("short", ("甲乙",)), rule("long", ("乙丙丁",))])
    assert [(f.word, f.rule_id) for f in findings] == [("乙丙丁", "long")]


def test_exclusion_beats_an_overlapping_longer_word() -> None:
    # 不保证 (excluded) overlaps 保证收益 (a word): the honest sentence stays clean.
    assert found("这款产品不保证收益") == []


def test_no_rules_finds_nothing() -> None:
    assert check_text("我保证稳赚", []) == []


# ---------------------------------------------------------------------------- rules files

GOOD = """\
[[rules]]
id = "t.one"
category = "jargon"
lang = "en"
words = ["foo"]
suggestion.zh = "甲"
suggestion.en = "A"
source = "test"
"""


def write(tmp_path: Path, text: str, name: str = "bank.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_rules_cover_every_category_in_both_languages() -> None:
    rules = default_rules()
    assert rules is default_rules()  # loaded once
    assert {(r.category, r.lang) for r in rules} == {(c, lg) for c in CATEGORIES for lg in LANGS}
    assert len({r.id for r in rules}) == len(rules)


def test_semantic_error_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "\n" + GOOD.replace("t.one", "t.two").replace("jargon", "jargn"))
    with pytest.raises(PhraseRuleError) as err:
        load_rules(path)
    message = str(err.value)
    assert message.startswith(f"{path}:12: rule 2 ('t.two'), field 'category':")
    assert "'jargn'" in message


@pytest.mark.parametrize(
    ("edit", "line", "field"),
    [
        (lambda t: t.replace('source = "test"\n', ""), 1, "source"),  # missing: header line
        (lambda t: t.replace("words =", "word ="), 5, "word"),  # unknown field
        (lambda t: t.replace('"t.one"', '"T One"'), 2, "id"),
        (lambda t: t.replace('["foo"]', "[]"), 5, "words"),
        (lambda t: t.replace('["foo"]', '["foo", "FOO"]'), 5, "words"),  # twice, any case
        (lambda t: t + 'exclude = ["bar"]\n', 9, "exclude"),  # contains none of the words
        (lambda t: t.replace('suggestion.en = "A"\n', ""), 6, "suggestion.en"),
        (lambda t: t + GOOD, 10, "id"),  # duplicate id in one file
    ],
)
def test_rule_errors(tmp_path: Path, edit: Callable[[str], str], line: int, field: str) -> None:
    path = write(tmp_path, edit(GOOD))
    with pytest.raises(
        PhraseRuleError, match=rf"^{re.escape(str(path))}:{line}: .*field '{field}'"
    ):
        load_rules(path)


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('"jargon"', "jargon"))
    with pytest.raises(
        PhraseRuleError, match=rf"^{re.escape(str(path))}:3: TOML syntax: .*\(at line 3, column"
    ):
        load_rules(path)


def test_unreadable_rules_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PhraseRuleError, match="cannot read"):
        load_rules(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(GOOD.encode() + b"# caf\xe9\n")
    with pytest.raises(PhraseRuleError, match=rf"^{re.escape(str(bad))}:9: not UTF-8"):
        load_rules(bad)


def test_bank_file_overrides_and_extends_the_defaults(tmp_path: Path) -> None:
    bank = write(
        tmp_path,
        GOOD.replace("t.one", "bank.jargon.foo")
        + "\n"
        + GOOD.replace("t.one", "zh.absolute.guarantee")
        .replace("jargon", "absolute_promise")
        .replace('lang = "en"', 'lang = "zh"')
        .replace('["foo"]', '["保证"]')
        .replace('"甲"', '"本行口径：请说“力争”。"'),
    )
    defaults = default_rules()
    rules = load_rules(*DEFAULT_FILES, bank)
    assert len(rules) == len(defaults) + 1
    assert [r.id for r in rules[: len(defaults)]] == [r.id for r in defaults]  # order kept
    assert [f.suggestion_zh for f in check_text("保证", rules)] == ["本行口径：请说“力争”。"]
    # The override narrowed the words: 打包票 belonged to the replaced rule only.
    assert check_text("打包票", rules) == []
    assert [(f.word, f.rule_id) for f in check_text("a foo", rules)] == [("foo", "bank.jargon.foo")]


def test_a_word_may_not_belong_to_two_rules(tmp_path: Path) -> None:
    bank = write(tmp_path, GOOD.replace('["foo"]', '["Guarantee"]'))
    with pytest.raises(
        PhraseRuleError, match=rf"^{re.escape(str(bank))}:5: .*'words'.*en\.absolute\.guarantee"
    ):
        load_rules(DEFAULT_FILE, bank)


@pytest.mark.parametrize(
    ("edit", "line", "field", "problem"),
    [
        (lambda t: t.replace('["foo"]', '["/fo(o/"]'), 5, "words", "bad pattern"),
        (lambda t: t.replace('["foo"]', '["/Foo/"]'), 5, "words", "lower case"),
        (lambda t: t.replace('["foo"]', '["/x?/"]'), 5, "words", "empty text"),
        (lambda t: t + 'requires = ["@nope"]\n', 9, "requires", "no such set"),
        (lambda t: t + 'also = ["jargon"]\n', 9, "also", "twice"),
        (lambda t: t + 'also = ["promises"]\n', 9, "also", "not one of"),
        (lambda t: t + 'unless = ["/[/"]\n', 9, "unless", "bad pattern"),
    ],
)
def test_pattern_set_and_also_errors_name_file_line_and_field(
    tmp_path: Path, edit: Callable[[str], str], line: int, field: str, problem: str
) -> None:
    path = write(tmp_path, edit(GOOD))
    with pytest.raises(
        PhraseRuleError, match=rf"^{re.escape(str(path))}:{line}: .*field '{field}'.*{problem}"
    ):
        load_rules(path)


def test_a_set_error_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[sets]\nok = ["a"]\nbad = []\n\n' + GOOD)
    with pytest.raises(PhraseRuleError, match=rf"^{re.escape(str(path))}:3: \[sets\], field 'bad'"):
        load_rules(path)


def test_requires_sets_patterns_and_also_in_a_bank_file(tmp_path: Path) -> None:
    bank = write(
        tmp_path,
        '[sets]\nloans = ["贷款", "/授信~{2}额度/"]\n\n'
        + GOOD.replace('["foo"]', '["办妥", "/稳~{2}批/"]')
        .replace('"jargon"', '"overcommitment"')
        .replace('lang = "en"', 'lang = "zh"\nrequires = ["@loans"]\nalso = ["i_vs_we"]'),
    )
    rules = load_rules(bank)
    # without a loan in the sentence the words say nothing
    assert check_text("材料已办妥", rules) == []
    assert [(f.word, f.categories) for f in check_text("您的贷款肯定办妥", rules)] == [
        ("办妥", ("overcommitment", "i_vs_we"))
    ]
    # a gap ~{N} keeps to its clause and never runs across a negation
    assert [f.word for f in check_text("授信的额度稳稳能批", rules)] == ["稳稳能批"]
    assert check_text("授信额度稳，不批", rules) == []
    assert check_text("授信额度不稳能批", rules) == []


def test_two_rules_may_share_a_word_only_when_both_require_their_context(tmp_path: Path) -> None:
    one = GOOD.replace('["foo"]', '["ok"]') + 'requires = ["loan"]\n'
    two = one.replace("t.one", "t.two").replace('["loan"]', '["fund"]')
    rules = load_rules(write(tmp_path, one + "\n" + two))
    assert [f.rule_id for f in check_text("the loan is ok", rules)] == ["t.one"]
    assert [f.rule_id for f in check_text("the fund is ok", rules)] == ["t.two"]
    unconditional = two.replace('requires = ["fund"]\n', "")
    with pytest.raises(PhraseRuleError, match=r"'ok' is already in 't\.one'"):
        load_rules(write(tmp_path, one + "\n" + unconditional))


def test_grammar_errors_name_file_line_and_field(tmp_path: Path) -> None:
    grammar = resource_path("rules", "grammar.toml").read_text(encoding="utf-8")
    assert load_grammar(resource_path("rules", "grammar.toml")) == default_grammar()
    bad = write(tmp_path, grammar.replace("breaks = [", 'breaks = ["/(/", '), "grammar.toml")
    line = next(i + 1 for i, ln in enumerate(grammar.splitlines()) if ln.startswith("breaks ="))
    with pytest.raises(
        PhraseRuleError, match=rf"^{re.escape(str(bad))}:{line}: \[negation\], field 'breaks'"
    ):
        load_grammar(bad)
    unknown = write(tmp_path, grammar + '\n[tone]\nsoft = ["x"]\n', "grammar.toml")
    with pytest.raises(PhraseRuleError, match=r"unknown table \[tone\]"):
        load_grammar(unknown)


def test_a_custom_grammar_changes_what_counts_as_a_negation(tmp_path: Path) -> None:
    text = "We never guarantee returns."
    assert check_text(text) == []
    grammar = resource_path("rules", "grammar.toml").read_text(encoding="utf-8")
    without_never = grammar.replace("not|never|", "not|")
    custom = load_grammar(write(tmp_path, without_never, "grammar.toml"))
    assert [f.word for f in check_text(text, grammar=custom)] == ["guarantee"]


# ---------------------------------------------------------------------------- speed


def test_a_2000_character_note_is_checked_quickly() -> None:
    chunk = (
        "今天和王女士面谈，我们介绍了稳健型理财，她担心会不会亏，我们说明产品不保本。"
        "Met Mr Li; we said returns are not guaranteed and we will call him next week. "
    )
    note = (chunk * (2000 // len(chunk) + 1))[:2000]
    check_text(note)  # the first call compiles the rules
    best = min(_timed(note) for _ in range(5))
    assert best < 0.050


def test_warm_up_compiles_the_shipped_rules_once_in_the_background() -> None:
    thread = warm_up()
    assert warm_up() is thread and thread.daemon
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert found("我保证") == [("我保证", "i_vs_we")]


def _timed(text: str) -> float:
    start = time.perf_counter()
    check_text(text)
    return time.perf_counter() - start


# ---------------------------------------------------------------------------- property

_TERMS = sorted({t for r in default_rules() for t in (*r.words, *r.exclude)})
_PIECES = st.one_of(
    st.text(max_size=5),
    st.sampled_from(_TERMS),
    st.sampled_from(["\n", " ", "我们", "不", "İ", "GUARANTEE", "’", "x"]),
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=25).map("".join)))
def test_check_text_never_crashes_and_findings_match_the_text(text: str) -> None:
    previous_end = 0
    for f in check_text(text):
        assert f.word and text[f.start : f.end] == f.word
        assert f.start >= previous_end  # sorted and not overlapping
        previous_end = f.end
        assert f.line == text.count("\n", 0, f.start) + 1
        assert f.col == f.start - (text.rfind("\n", 0, f.start) + 1) + 1


# ---------------------------------------------------------------------------- CLI


def test_cli_on_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "我保证\nWe guarantee it.\n", "note.txt")
    assert main(["lint-text", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == (
        f"1:1: 我保证: {suggestion('zh.i_vs_we.promise', 'zh')}\n"
        f"2:4: guarantee: {suggestion('en.absolute.guarantee', 'en')}\n"
    )
    assert err == ""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cli_lang_forces_the_suggestion_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = write(tmp_path, "审批没问题, approval no problem", "note.txt")
    assert main(["lint-text", "--lang", lang, str(path)]) == 1
    assert capsys.readouterr().out == (
        f"1:3: 没问题: {suggestion('zh.over.no_problem', lang)}\n"
        f"1:17: no problem: {suggestion('en.over.no_problem', lang)}\n"
    )


def test_cli_clean_file_and_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint-text", str(write(tmp_path, "我们周五前回复您。", "ok.txt"))]) == 0
    assert capsys.readouterr() == ("", "")
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeff保本".encode())
    assert main(["lint-text", str(bom)]) == 1
    assert capsys.readouterr().out.startswith("1:1: 保本: ")  # the BOM is not a column


@pytest.mark.parametrize("kind", ["missing", "directory", "not-utf8"])
def test_cli_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "note.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "not-utf8":
        path.write_bytes("保证".encode("gbk"))
    assert main(["lint-text", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("rmcoach: ") and err.count("\n") == 1 and str(path) in err
    assert "Traceback" not in err


def test_cli_bad_rules_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = write(tmp_path, "hello", "note.txt")
    rules = write(tmp_path, GOOD.replace("jargon", "nope"))
    assert main(["lint-text", "--rules", str(rules), str(note)]) == 2
    assert capsys.readouterr().err.startswith(f"rmcoach: {rules}:3: ")


@pytest.mark.parametrize("argv", [["lint-text"], ["lint-text", "-"]])
def test_cli_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\ufeff您好\n放款放心吧"))
    assert main(argv) == 1
    assert capsys.readouterr().out == f"2:3: 放心吧: {suggestion('zh.over.no_problem', 'zh')}\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO("我们下周联系您"))
    assert main(argv) == 0
    assert capsys.readouterr().out == ""


def test_cli_stdin_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A real stdin has .buffer: the bytes are decoded like a file, BOM and errors included.
    stdin = io.TextIOWrapper(io.BytesIO("\ufeffnet asset value, NAV".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["lint-text"]) == 1
    assert capsys.readouterr().out == f"1:18: NAV: {suggestion('en.jargon.nav', 'en')}\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"ok\n\xff"), encoding="utf-8"))
    assert main(["lint-text"]) == 2
    assert capsys.readouterr().err == "rmcoach: stdin: not UTF-8 text (bad byte on line 2)\n"
