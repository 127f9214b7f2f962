"""Preparation from the client record: questioning style, opening topics, suitability, glance."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from rmcoach.domain import (
    Channel,
    ClientDraft,
    ClientRecord,
    CommunicationStyle,
    Contact,
    Holding,
    HouseholdMember,
    ProductRisk,
    ProductType,
    RiskProfile,
)
from rmcoach.meeting_domain import Directness, MeetingType, ProposedProduct, QuestionStyle
from rmcoach.services.meetings.prep import (
    REASONS_EN,
    check_products,
    glance,
    next_birthday,
    opening_topics,
    suggest_questioning,
)

TODAY = date(2026, 11, 29)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
OPEN, CLOSED, GUIDED = QuestionStyle.OPEN, QuestionStyle.CLOSED, QuestionStyle.GUIDED
DIRECT, TACTFUL = Directness.DIRECT, Directness.TACTFUL


def record(contacts: tuple[Contact, ...] = (), **fields: Any) -> ClientRecord:
    """A client record as the service returns it; only the fields a test sets."""
    draft = ClientDraft(name_zh=fields.pop("name_zh", "王芳"), **fields)
    return ClientRecord(id=1, draft=draft, created_at=STAMP, updated_at=STAMP, contacts=contacts)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (CommunicationStyle.DIRECT, (CLOSED, DIRECT)),
        (CommunicationStyle.ANALYTICAL, (GUIDED, DIRECT)),
        (CommunicationStyle.AMIABLE, (OPEN, TACTFUL)),
        (CommunicationStyle.EXPRESSIVE, (OPEN, DIRECT)),
    ],
)
def test_the_communication_style_sets_the_questioning(
    style: CommunicationStyle, expected: tuple[QuestionStyle, Directness]
) -> None:
    suggestion = suggest_questioning(record(communication_style=style), MeetingType.REVIEW, TODAY)
    assert (suggestion.style, suggestion.directness) == expected
    assert suggestion.reason_codes == (f"question.style_{style.value}",)
    assert suggestion.reasons == ((f"question.style_{style.value}", {}),)
    assert suggestion.reasons_en == (REASONS_EN[f"question.style_{style.value}"],)


@pytest.mark.parametrize(
    ("meeting_type", "expected", "codes"),
    [
        (MeetingType.REVIEW, (OPEN, TACTFUL), ("question.style_unknown",)),
        (
            MeetingType.PRESENTATION,
            (GUIDED, TACTFUL),
            ("question.style_unknown", "question.type_presentation"),
        ),
        (
            MeetingType.MATURITY,
            (GUIDED, TACTFUL),
            ("question.style_unknown", "question.type_maturity"),
        ),
        (
            MeetingType.ACQUISITION,
            (OPEN, TACTFUL),
            ("question.style_unknown", "question.first_visit"),
        ),
        (MeetingType.RECOVERY, (OPEN, TACTFUL), ("question.style_unknown", "question.recovery")),
    ],
)
def test_without_a_style_the_meeting_type_decides(
    meeting_type: MeetingType, expected: tuple[QuestionStyle, Directness], codes: tuple[str, ...]
) -> None:
    suggestion = suggest_questioning(record(), meeting_type, TODAY)
    assert (suggestion.style, suggestion.directness) == expected
    assert suggestion.reason_codes == codes


@pytest.mark.parametrize("meeting_type", [MeetingType.ACQUISITION, MeetingType.RECOVERY])
def test_a_first_visit_or_a_complaint_is_open_and_tactful_whatever_the_style(
    meeting_type: MeetingType,
) -> None:
    client = record(communication_style=CommunicationStyle.DIRECT)
    suggestion = suggest_questioning(client, meeting_type, TODAY)
    assert (suggestion.style, suggestion.directness) == (OPEN, TACTFUL)
    assert suggestion.reason_codes[0] == "question.style_direct"  # the style is still shown


@pytest.mark.parametrize(
    ("fields", "keyword"),
    [
        ({"personality": "比较内向，话不多"}, "内向"),
        ({"mindset": "投资谨慎"}, "谨慎"),
        ({"personality": "Cautious with money"}, "Cautious"),
    ],
)
def test_a_cautious_personality_makes_a_direct_client_tactful(
    fields: dict[str, str], keyword: str
) -> None:
    client = record(communication_style=CommunicationStyle.DIRECT, **fields)
    suggestion = suggest_questioning(client, MeetingType.REVIEW, TODAY)
    assert (suggestion.style, suggestion.directness) == (CLOSED, TACTFUL)
    assert suggestion.reasons[-1] == ("question.personality_cautious", {"keyword": keyword})
    assert keyword in suggestion.reasons_en[-1]


def test_older_clients_are_asked_tactfully() -> None:
    client = record(communication_style=CommunicationStyle.ANALYTICAL, birthday=date(1958, 6, 1))
    suggestion = suggest_questioning(client, MeetingType.REVIEW, TODAY)
    assert (suggestion.style, suggestion.directness) == (GUIDED, TACTFUL)
    assert suggestion.reasons[-1] == ("question.senior", {"age": "68"})
    assert suggestion.reasons_en[-1].startswith("The client is 68:")
    young = replace(client, draft=replace(client.draft, birthday=date(1990, 6, 1)))
    assert suggest_questioning(young, MeetingType.REVIEW, TODAY).directness is DIRECT


def test_an_analytical_occupation_guides_when_no_style_is_known() -> None:
    suggestion = suggest_questioning(record(occupation="注册会计师"), MeetingType.REVIEW, TODAY)
    assert suggestion.style is GUIDED
    assert suggestion.reasons[1] == ("question.occupation_analytical", {"occupation": "注册会计师"})


def test_opening_topics_come_with_their_reasons() -> None:
    client = record(
        birthday=date(1975, 12, 10),
        interests=("高尔夫", "书法"),
        occupation="医生",
        concerns="担心利率下行",
        household=(
            HouseholdMember("李明", "儿子", birthday=date(2008, 12, 20)),
            HouseholdMember("李强", "丈夫"),
            HouseholdMember("张伟", "女婿"),
            HouseholdMember("Amy", "daughter"),
        ),
        holdings=(
            Holding("稳健理财30天", maturity_date=date(2026, 12, 9)),
            Holding("三年定期", maturity_date=date(2027, 3, 1)),
        ),
        contacts=(
            Contact(datetime(2026, 10, 1, 2, tzinfo=UTC), Channel.PHONE, "old call"),
            Contact(datetime(2026, 11, 9, 2, tzinfo=UTC), Channel.WECHAT, "问了基金净值"),
        ),
    )
    topics = opening_topics(client, TODAY)
    assert [(t.topic, t.reason_code, t.params) for t in topics] == [
        ("2026-12-10", "topic.birthday", {"date": "2026-12-10", "days": "11"}),
        (
            "李明",
            "topic.household_birthday",
            {"relation": "儿子", "name": "李明", "date": "2026-12-20", "days": "21"},
        ),
        ("高尔夫", "topic.interest", {"interest": "高尔夫"}),
        ("书法", "topic.interest", {"interest": "书法"}),
        ("李明", "topic.children", {"relation": "儿子", "name": "李明"}),
        ("Amy", "topic.children", {"relation": "daughter", "name": "Amy"}),
        ("医生", "topic.occupation", {"occupation": "医生"}),
        (
            "问了基金净值",
            "topic.last_contact",
            {"date": "2026-11-09", "days": "20", "summary": "问了基金净值"},
        ),
        (
            "稳健理财30天",
            "topic.maturity",
            {"product": "稳健理财30天", "date": "2026-12-09", "days": "10"},
        ),
        ("担心利率下行", "topic.concern", {"concern": "担心利率下行"}),
    ]
    assert topics[0].reason_en == "Birthday on 2026-12-10, in 11 day(s): a warm opener"
    assert topics[-1].reason_en == "The client's concern: 担心利率下行. Acknowledge it early"


def test_quiet_profiles_give_few_topics() -> None:
    assert opening_topics(record(), TODAY) == ()
    lunar = record(birthday=date(1975, 12, 1), birthday_lunar=True)  # no lunar calendar here
    assert opening_topics(lunar, TODAY) == ()
    far = record(birthday=date(1975, 1, 15))
    assert opening_topics(far, TODAY) == ()
    quiet = record(contacts=(Contact(datetime(2026, 5, 1, tzinfo=UTC), Channel.VISIT, "x"),))
    (gap,) = opening_topics(quiet, TODAY)
    assert (gap.reason_code, gap.params) == (
        "topic.long_gap",
        {"days": "212", "date": "2026-05-01"},
    )


@pytest.mark.parametrize(
    ("profile", "product", "suitable", "code"),
    [
        (
            RiskProfile.C3,
            ProposedProduct("Growth fund", ProductRisk.R4),
            False,
            "product.too_risky",
        ),
        (RiskProfile.C3, ProposedProduct("Balanced", ProductRisk.R3), True, "product.suitable"),
        (RiskProfile.C3, ProposedProduct("Cash plus", ProductRisk.R1), True, "product.suitable"),
        (None, ProposedProduct("Balanced", ProductRisk.R3), False, "product.no_profile"),
        (RiskProfile.C5, ProposedProduct("Unrated"), False, "product.risk_unknown"),
        (
            None,
            ProposedProduct("定期存款", product_type=ProductType.DEPOSIT),
            True,
            "product.no_rating_needed",
        ),
    ],
)
def test_products_are_checked_against_the_risk_profile(
    profile: RiskProfile | None, product: ProposedProduct, suitable: bool, code: str
) -> None:
    (check,) = check_products(record(risk_profile=profile), [product])
    assert (check.product, check.suitable, check.reason_code) == (product, suitable, code)
    assert check.reason_en == REASONS_EN[code].format(**check.params)


def test_a_too_risky_product_names_both_levels() -> None:
    (check,) = check_products(
        record(risk_profile=RiskProfile.C3), [ProposedProduct("Fund", ProductRisk.R4)]
    )
    assert check.params == {"product_risk": "R4", "risk_profile": "C3"}
    assert check.reason_en == "R4 is riskier than the client's C3 profile: do not recommend it"


def test_glance_sums_up_the_client() -> None:
    client = record(
        birthday=date(1980, 2, 29),
        client_since=date(2015, 12, 1),
        risk_profile=RiskProfile.C2,
        holdings=(
            Holding("later", amount_fen=300, maturity_date=date(2027, 2, 20)),
            Holding("too far", amount_fen=200, maturity_date=date(2027, 3, 1)),
            Holding("soon", amount_fen=100, maturity_date=date(2026, 12, 1)),
            Holding("past", amount_fen=50, maturity_date=date(2026, 11, 1)),
        ),
    )
    seen = replace(client, last_contact_at=datetime(2026, 11, 19, 4, tzinfo=UTC))
    summary = glance(seen, TODAY)
    assert [h.name for h in summary.maturities] == ["soon", "later"]
    assert (summary.age, summary.tenure_years) == (46, 10)
    assert (summary.total_aum_fen, summary.holdings_total_fen) == (650, 650)
    assert (summary.risk_profile, summary.days_since_contact) == (RiskProfile.C2, 10)
    assert summary.next_birthday == date(2027, 2, 28)  # no 29 February in 2027
    recorded = replace(client, draft=replace(client.draft, aum_fen=1_000_000))
    assert glance(recorded, TODAY).total_aum_fen == 1_000_000
    empty = glance(record(), TODAY)
    assert (empty.age, empty.tenure_years, empty.maturities, empty.days_since_contact) == (
        None,
        None,
        (),
        None,
    )


def test_next_birthday() -> None:
    assert next_birthday(date(1990, 11, 29), TODAY) == TODAY
    assert next_birthday(date(1990, 11, 28), TODAY) == date(2027, 11, 28)
    assert next_birthday(date(2000, 2, 29), date(2028, 1, 1)) == date(2028, 2, 29)
    assert next_birthday(None, TODAY) is None
