"""The compliance rules file: every threshold names its source; errors name file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rmcoach.compliance.rules import (
    ComplianceRulesError,
    default_compliance_rules,
    default_rules_path,
    load_compliance_rules,
)
from rmcoach.paths import resource_path

SHIPPED = resource_path("rules", "compliance.toml")


def test_the_shipped_rules_hold_the_regulators_thresholds() -> None:
    rules = default_compliance_rules()
    assert rules is default_compliance_rules()  # loaded once
    assert default_rules_path() == SHIPPED
    assert rules.assessment_valid_months == 12
    assert (rules.senior_age, rules.senior_age_insurance) == (65, 60)
    assert rules.cooling_off_hours == 24
    assert rules.disclaimers["product"].text.zh == "理财非存款、产品有风险、投资须谨慎"


def test_every_threshold_and_item_names_a_known_source() -> None:
    rules = default_compliance_rules()
    entries = [
        *rules.thresholds.values(),
        *rules.care_items,
        *rules.recorded_sale_items,
        *rules.disclaimers.values(),
    ]
    for entry in entries:
        assert entry.sources, entry
        assert set(entry.sources) <= set(rules.sources), entry
    # the regulations the issue names are all cited somewhere
    cited = " ".join(rules.sources[key] for e in entries for key in e.sources)
    for regulation in (
        "金融机构产品适当性管理办法",
        "商业银行理财业务监督管理办法",
        "理财公司理财产品销售管理暂行办法",
        "银行业金融机构销售专区录音录像管理暂行规定",
        "关于规范金融机构资产管理业务的指导意见",
        "个人信息保护法",
    ):
        assert regulation in cited, regulation
    assert "金融机构产品适当性管理办法" in rules.citation("senior_age")


def test_the_document_templates_print_the_disclaimers_of_the_rules_file() -> None:
    rules = default_compliance_rules()
    macros = resource_path("templates", "macros.html.j2").read_text(encoding="utf-8")
    for disclaimer in rules.disclaimers.values():
        assert disclaimer.text.zh in macros
        assert disclaimer.text.en in macros


def edited(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bank.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i + 1 for i, line in enumerate(lines) if needle in line)


def test_a_bad_value_is_named_with_its_line(tmp_path: Path) -> None:
    path = edited(
        tmp_path, "[thresholds.senior_age]\nvalue = 65", "[thresholds.senior_age]\nvalue = -1"
    )
    line = line_of(path, "value = -1")
    with pytest.raises(
        ComplianceRulesError,
        match=rf"^{re.escape(str(path))}:{line}: thresholds\.senior_age\.value:",
    ):
        load_compliance_rules(path)


def test_an_unknown_source_is_refused(tmp_path: Path) -> None:
    path = edited(tmp_path, 'sources = ["bank_policy"]', 'sources = ["bank_polcy"]')
    with pytest.raises(ComplianceRulesError, match="'bank_polcy' is not in \\[sources\\]"):
        load_compliance_rules(path)


def test_a_threshold_without_sources_is_refused(tmp_path: Path) -> None:
    path = edited(tmp_path, 'value = 24\nsources = ["wealth_2018"]\n', "value = 24\n")
    line = line_of(path, "[thresholds.cooling_off_hours]")
    with pytest.raises(
        ComplianceRulesError, match=rf":{line}: cooling_off_hours\.sources: every entry must name"
    ):
        load_compliance_rules(path)


def test_a_misspelt_threshold_and_a_bad_item_id_are_refused(tmp_path: Path) -> None:
    path = edited(tmp_path, "[thresholds.senior_age]", "[thresholds.senior_ages]")
    with pytest.raises(ComplianceRulesError, match=r"thresholds\.senior_ages: unknown threshold"):
        load_compliance_rules(path)
    path = edited(tmp_path, 'id = "compliance.recorded.rm_identity"', 'id = "Bad Id"')
    with pytest.raises(ComplianceRulesError, match=r"recorded_sale_items\[1\]\.id"):
        load_compliance_rules(path)


def test_an_unreadable_or_broken_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ComplianceRulesError, match="cannot read"):
        load_compliance_rules(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("version = \n", encoding="utf-8")
    with pytest.raises(ComplianceRulesError, match=r"broken\.toml:1: TOML syntax"):
        load_compliance_rules(broken)


def test_a_bank_file_adjusts_a_threshold(tmp_path: Path) -> None:
    path = edited(
        tmp_path, "[thresholds.senior_age]\nvalue = 65", "[thresholds.senior_age]\nvalue = 70"
    )
    assert load_compliance_rules(path).senior_age == 70
