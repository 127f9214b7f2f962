"""The sales-talk rules in the phrase coach: each finding, no double flags, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmcoach.cli import main
from rmcoach.paths import resource_path
from rmcoach.phrasecoach import PhraseRuleError, check_text, default_rules, load_rules

SALES_TALK = resource_path("rules", "sales_talk.toml")
PHRASES = resource_path("rules", "phrases.toml")


def found(text: str) -> list[tuple[str, str]]:
    return [(f.word, f.category) for f in check_text(text)]


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("这款产品保本，到期拿回", "保本", "return_promise"),
        ("我们这个保收益的", "保收益", "return_promise"),
        ("这只基金稳赚", "稳赚", "return_promise"),
        ("本金无风险", "本金无风险", "return_promise"),
        ("您的本金是安全的", "本金是安全", "return_promise"),
        ("到期银行刚性兑付", "刚性兑付", "return_promise"),
        ("It is capital guaranteed.", "capital guaranteed", "return_promise"),
        ("预期收益率是4.2%", "预期收益率", "expected_return"),
        ("预期年化大概3.8%", "预期年化", "expected_return"),
        ("The expected return is 4%.", "expected return", "expected_return"),
        ("这个理财和存款一样，到期就能拿回来", "和存款一样", "deposit_likening"),
        ("您就把它当存款", "把它当存款", "deposit_likening"),
        ("It works just like a deposit.", "just like a deposit", "deposit_likening"),
        ("这只产品过往业绩年化5.1%", "过往业绩", "past_performance"),
        ("Its past performance was 6% a year.", "past performance", "past_performance"),
    ],
)
def test_each_sales_talk_finding(text: str, word: str, category: str) -> None:
    assert found(text) == [(word, category)]


def test_past_performance_with_its_disclaimer_is_fine() -> None:
    assert found("过往业绩年化5.1%，过往业绩不代表其未来表现，不等于产品实际收益。") == []
    assert (
        found("Past performance was 6%; past performance is no guarantee of future results.") == []
    )


def test_honest_statements_are_not_flagged() -> None:
    note = (
        "我们说明理财非存款、产品有风险、投资须谨慎；该产品不保本，不等同于存款，"
        "净值型产品没有预期收益，请参考业绩比较基准。"
    )
    # 净值型 and 业绩比较基准 are the words the disclosure rules require, not jargon
    assert found(note) == []
    assert found("It is not the same as a deposit and not risk-free.") == []


def test_safety_without_the_principal_is_implied_safety() -> None:
    # 零风险 about a product is implied safety; about the principal, a return promise
    assert found("这个理财无风险") == [("无风险", "implied_safety")]
    assert found("基本上是零风险") == [("零风险", "implied_safety")]
    assert found("本金零风险") == [("本金零风险", "return_promise")]


def test_the_words_phrases_toml_flags_are_flagged_once() -> None:
    # 保本, 保收益, 稳赚 live in sales_talk.toml: one rule, one finding each
    findings = check_text("保本 保收益 稳赚")
    assert [(f.word, f.category) for f in findings] == [
        (w, "return_promise") for w in ("保本", "保收益", "稳赚")
    ]
    owners = {
        r.id: r.origin.split(":")[0] for r in default_rules() if r.category == "return_promise"
    }
    assert set(owners.values()) == {str(SALES_TALK)}
    # the shipped files share no word (the loader would refuse it), except words whose
    # rules both say in which context they apply (放心吧 about an approval or a product)
    shared = {}
    for rule in default_rules():
        for word in rule.words:
            shared.setdefault(word.casefold(), []).append(rule)
    for word, rules in shared.items():
        assert len(rules) == 1 or all(r.requires for r in rules), word


def test_the_loader_refuses_a_sales_word_in_a_second_rule(tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(
        '[[rules]]\nid = "bank.deposit"\ncategory = "pressure"\nlang = "zh"\n'
        'words = ["保本"]\nsuggestion.zh = "甲"\nsuggestion.en = "A"\nsource = "t"\n',
        encoding="utf-8",
    )
    with pytest.raises(PhraseRuleError, match=r"'保本' is already in 'zh\.return\.principal'"):
        load_rules(PHRASES, SALES_TALK, bank)


def test_an_unless_field_must_be_a_list_of_terms(tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(
        '[[rules]]\nid = "bank.perf"\ncategory = "past_performance"\nlang = "zh"\n'
        'words = ["业绩曲线"]\nunless = "不代表"\nsuggestion.zh = "甲"\nsuggestion.en = "A"\n'
        'source = "t"\n',
        encoding="utf-8",
    )
    with pytest.raises(PhraseRuleError, match=r"bank\.toml:6: .*field 'unless'"):
        load_rules(bank)


def test_lint_text_reports_sales_talk_and_personal_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "预期收益4%，和存款一样\n客户身份证110101194910011231\n老证件110101491001123\n",
        encoding="utf-8",
    )
    assert main(["lint-text", str(note)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0:2] for line in out] == [
        ["1:1", "预期收益"],
        ["1:8", "和存款一样"],
        ["2:6", "110101194910011231"],
        ["3:4", "110101491001123"],  # a 15-digit first-generation ID, like the 18-digit one
    ]
    assert "身份证" in out[2].split(": ", 2)[2]
    assert out[3].split(": ", 2)[2] == out[2].split(": ", 2)[2]
    assert main(["lint-text", "--lang", "en", str(note)]) == 1
    assert "ID numbers" in capsys.readouterr().out.splitlines()[3]
