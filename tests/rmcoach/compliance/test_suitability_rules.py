"""The suitability rules at fixed dates: risk above level, missing and expired assessments, care."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rmcoach.compliance.domain import (
    CivilCapacity,
    Product,
    ProductDraft,
    ProductKind,
    SuitabilityRecord,
)
from rmcoach.compliance.suitability import (
    add_months,
    age_on,
    care_checklist,
    check,
    needs_reassessment,
)
from rmcoach.domain import ProductRisk, RiskProfile

TODAY = date(2026, 11, 29)
C3 = SuitabilityRecord(
    client_id=1,
    risk_profile=RiskProfile.C3,
    assessed_on=date(2026, 6, 1),
    birthday=date(1980, 5, 17),
)


def codes(reasons: tuple[object, ...]) -> list[str]:
    return [r.code for r in reasons]  # type: ignore[attr-defined]


@pytest.mark.parametrize("risk", [ProductRisk.R1, ProductRisk.R2, ProductRisk.R3])
def test_a_product_at_or_below_the_client_s_level_is_suitable(risk: ProductRisk) -> None:
    result = check(C3, risk, TODAY)
    assert (result.suitable, result.reasons, result.warnings) == (True, (), ())


def test_a_product_riskier_than_the_client_is_unsuitable_with_an_exception_path() -> None:
    result = check(C3, ProductRisk.R4, TODAY)
    assert not result.suitable
    [reason] = result.reasons
    assert (reason.code, dict(reason.params)) == (
        "suitability.risk_above_profile",
        {"product_risk": "R4", "risk_profile": "C3"},
    )
    assert reason.en == "R4 is above the client's C3 risk level"
    assert reason.text("zh") == "产品风险等级R4高于客户的风险承受能力C3"
    assert result.exception_allowed


def test_a_missing_assessment_makes_every_product_unsuitable() -> None:
    record = SuitabilityRecord(client_id=1)
    result = check(record, ProductRisk.R1, TODAY)
    assert (result.suitable, codes(result.reasons)) == (False, ["suitability.no_profile"])
    assert not result.exception_allowed


def test_a_level_without_its_date_cannot_be_relied_on() -> None:
    result = check(replace(C3, assessed_on=None), ProductRisk.R1, TODAY)
    assert codes(result.reasons) == ["suitability.assessment_undated"]


def test_an_assessment_expires_twelve_months_after_it_was_made() -> None:
    last_valid = replace(C3, assessed_on=date(2025, 11, 30))
    assert check(last_valid, ProductRisk.R2, TODAY).suitable
    expired = replace(C3, assessed_on=date(2025, 11, 29))
    result = check(expired, ProductRisk.R2, TODAY)
    assert not result.suitable and not result.exception_allowed
    [reason] = result.reasons
    assert reason.code == "suitability.assessment_expired"
    assert dict(reason.params) == {
        "assessed_on": "2025-11-29",
        "expired_on": "2026-11-29",
        "months": "12",
    }
    # an expired assessment and a risky product: both are said, and no exception is offered
    both = check(expired, ProductRisk.R5, TODAY)
    assert codes(both.reasons) == [
        "suitability.assessment_expired",
        "suitability.risk_above_profile",
    ]
    assert not both.exception_allowed


def test_an_assessment_about_to_expire_is_a_warning_only() -> None:
    result = check(replace(C3, assessed_on=date(2025, 12, 20)), ProductRisk.R2, TODAY)
    assert result.suitable
    [warning] = result.warnings
    assert (warning.code, dict(warning.params)) == (
        "suitability.assessment_expiring",
        {"expires_on": "2026-12-20", "days": "21"},
    )


def test_changed_circumstances_after_the_assessment_call_for_a_new_one() -> None:
    changed = replace(C3, changed_on=date(2026, 11, 20))
    assert codes(needs_reassessment(changed, TODAY)) == ["suitability.circumstances_changed"]
    assert not check(changed, ProductRisk.R1, TODAY).suitable
    # a report made before the latest assessment is already taken into account
    assert needs_reassessment(replace(C3, changed_on=date(2026, 5, 1)), TODAY) == ()


def test_needs_reassessment_is_empty_while_the_assessment_holds() -> None:
    assert needs_reassessment(C3, TODAY) == ()
    assert codes(needs_reassessment(SuitabilityRecord(client_id=1), TODAY)) == [
        "suitability.no_profile"
    ]


def test_a_c1_client_has_no_exception_even_on_their_own_request() -> None:
    c1 = replace(C3, risk_profile=RiskProfile.C1)
    assert check(c1, ProductRisk.R1, TODAY).suitable
    result = check(c1, ProductRisk.R2, TODAY)
    assert codes(result.reasons) == [
        "suitability.risk_above_profile",
        "suitability.lowest_category",
    ]
    assert not result.exception_allowed
    # C2 is not the lowest category: an exception is possible
    assert check(replace(C3, risk_profile=RiskProfile.C2), ProductRisk.R3, TODAY).exception_allowed


def test_at_65_the_special_care_notice_is_given() -> None:
    sixty_five = replace(C3, birthday=date(1961, 11, 29))  # 65 today
    result = check(sixty_five, ProductRisk.R2, TODAY)
    assert result.suitable  # a notice, not a reason
    [notice] = result.warnings
    assert (notice.code, dict(notice.params)) == ("care.senior", {"age": "65", "threshold": "65"})
    sixty_four = replace(C3, birthday=date(1961, 11, 30))  # 65 tomorrow
    assert check(sixty_four, ProductRisk.R2, TODAY).warnings == ()


def test_for_insurance_the_notice_starts_at_60() -> None:
    sixty = replace(C3, birthday=date(1966, 11, 29))
    [notice] = check(sixty, ProductRisk.R2, TODAY, ProductKind.INSURANCE).warnings
    assert dict(notice.params) == {"age": "60", "threshold": "60"}
    assert check(sixty, ProductRisk.R2, TODAY, ProductKind.FUND).warnings == ()
    assert (
        check(
            replace(sixty, birthday=date(1966, 11, 30)),
            ProductRisk.R2,
            TODAY,
            ProductKind.INSURANCE,
        ).warnings
        == ()
    )


def test_a_first_time_buyer_gets_the_notice_and_the_extra_checklist() -> None:
    first = replace(C3, first_time_buyer=True)
    assert codes(check(first, ProductRisk.R2, TODAY).warnings) == ["care.first_time_buyer"]
    ids = [item.id for item in care_checklist(first, TODAY)]
    assert "compliance.care.slow_explanation" in ids
    assert "compliance.care.time_to_decide" in ids
    assert care_checklist(C3, TODAY) == ()


def test_a_senior_s_checklist_suggests_family_and_a_private_product_warns_of_cooling_off() -> None:
    senior = replace(C3, birthday=date(1950, 1, 1))
    ids = [item.id for item in care_checklist(senior, TODAY)]
    assert ids[:2] == ["compliance.care.slow_explanation", "compliance.care.time_to_decide"]
    assert "compliance.care.family_present" in ids
    private = Product(1, ProductDraft("P1", "私享一号", ProductKind.WEALTH_PRIVATE, ProductRisk.R3))
    warnings = check(C3, private, TODAY).warnings
    assert codes(warnings) == ["care.cooling_off"]
    assert dict(warnings[0].params) == {"hours": "24"}


def test_civil_capacity_limits_what_may_be_sold() -> None:
    limited = replace(C3, civil_capacity=CivilCapacity.LIMITED, guardian="王建国")
    assert check(limited, ProductRisk.R1, TODAY).suitable
    result = check(limited, ProductRisk.R2, TODAY)
    assert codes(result.reasons) == ["suitability.limited_capacity"]
    assert not result.exception_allowed
    assert codes(result.warnings) == ["care.guardian"]
    none = replace(C3, civil_capacity=CivilCapacity.NONE, guardian="王建国")
    assert codes(check(none, ProductRisk.R1, TODAY).reasons) == ["suitability.no_capacity"]


def test_an_inactive_product_is_flagged_in_the_warnings() -> None:
    product = Product(
        2, ProductDraft("F1", "老基金", ProductKind.FUND, ProductRisk.R2, active=False)
    )
    assert codes(check(C3, product, TODAY).warnings) == ["suitability.product_inactive"]


def test_age_and_month_arithmetic() -> None:
    assert age_on(date(1961, 11, 29), TODAY) == 65
    assert age_on(date(1961, 11, 30), TODAY) == 64
    assert age_on(None, TODAY) is None
    assert age_on(date(2027, 1, 1), TODAY) is None
    # a lunar birthday's solar day is not known: count years, erring on the side of care
    assert age_on(date(1961, 12, 20), TODAY, lunar=True) == 65
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_the_result_as_json_has_codes_params_and_english() -> None:
    data = check(C3, ProductRisk.R5, TODAY).to_json()
    assert data == {
        "suitable": False,
        "reasons": [
            {
                "code": "suitability.risk_above_profile",
                "params": {"product_risk": "R5", "risk_profile": "C3"},
                "en": "R5 is above the client's C3 risk level",
            }
        ],
        "warnings": [],
    }
