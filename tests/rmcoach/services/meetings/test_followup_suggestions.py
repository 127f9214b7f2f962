"""Follow-ups suggested from a meeting: objections, promised material, a thank-you."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rmcoach.meeting_domain import (
    FollowUpDraft,
    FollowUpKind,
    Meeting,
    MeetingNote,
    MeetingPlan,
    MeetingStatus,
    MeetingType,
    Objection,
)
from rmcoach.services.meetings.followup_suggestions import add_working_days, suggest_followups

FRIDAY = date(2026, 11, 27)
STAMP = datetime(2026, 11, 27, 2, tzinfo=UTC)


def meeting(
    notes: tuple[str, ...] = (),
    objections: tuple[Objection, ...] = (),
    talking_points: str = "",
    meeting_type: MeetingType = MeetingType.REVIEW,
    client_name: str = "Li Lei",
) -> Meeting:
    return Meeting(
        id=7,
        plan=MeetingPlan(client_id=3, meeting_type=meeting_type, talking_points=talking_points),
        status=MeetingStatus.LIVE,
        playbook_id="p",
        playbook_version="1",
        created_at=STAMP,
        notes=tuple(MeetingNote(STAMP, text) for text in notes),
        objections=objections,
        client_name=client_name,
    )


def titles(found: tuple[FollowUpDraft, ...]) -> list[tuple[str, str, date | None]]:
    return [(f.kind.value, f.title, f.due_on) for f in found]


def test_unresolved_objections_get_a_call_in_two_working_days() -> None:
    found = suggest_followups(
        meeting(
            objections=(
                Objection("Fees are too high", "Will ask the branch for a discount"),
                Objection("Worried about losses", "Showed the drawdowns", resolved=True),
                Objection("担心流动性"),
            )
        ),
        FRIDAY,
    )
    tuesday, monday = date(2026, 12, 1), date(2026, 11, 30)
    assert titles(found) == [
        ("call", "Follow up on concern: Fees are too high", tuesday),
        ("call", "回复客户顾虑：担心流动性", tuesday),
        ("call", "致谢客户并回顾面谈", monday),  # the meeting's text is partly Chinese
    ]
    assert found[0].notes == "Will ask the branch for a discount"
    assert {(f.client_id, f.meeting_id) for f in found} == {(3, 7)}


@pytest.mark.parametrize(
    "text",
    [
        "客户要一份资料",
        "准备材料",
        "产品说明书",
        "下午发给您",
        "周一寄给您",
        "I will send you the details",
        "Marketing materials",
        "Leave the brochure",
        "The fund factsheet",
    ],
)
def test_promised_material_is_found_in_both_languages(text: str) -> None:
    found = suggest_followups(meeting(notes=(text,)), FRIDAY)
    assert [f.kind for f in found] == [FollowUpKind.SEND_MATERIAL, FollowUpKind.CALL]
    assert found[0].due_on == date(2026, 11, 28)  # the next day
    assert found[0].title.endswith(text)
    assert found[0].title.startswith("Send material: " if text.isascii() else "发送资料：")


def test_material_from_talking_points_and_responses_once_each() -> None:
    found = suggest_followups(
        meeting(
            notes=("Client liked it. I will send you the factsheet.", "Immaterial detail"),
            talking_points="Open with golf\nI will send you the factsheet",
            objections=(Objection("Unclear terms", "会把产品说明书寄给您", resolved=True),),
        ),
        FRIDAY,
    )
    assert titles(found) == [
        ("send_material", "Send material: I will send you the factsheet", date(2026, 11, 28)),
        ("send_material", "发送资料：会把产品说明书寄给您", date(2026, 11, 28)),
        ("call", "Thank the client and review the meeting", date(2026, 11, 30)),
    ]


def test_the_thank_you_follows_the_language_and_a_complaint_gets_a_service_review() -> None:
    english = suggest_followups(meeting(notes=("Nice chat",)), FRIDAY)
    assert titles(english) == [
        ("call", "Thank the client and review the meeting", date(2026, 11, 30))
    ]
    silent = suggest_followups(meeting(client_name="王芳"), FRIDAY)
    assert silent[0].title == "致谢客户并回顾面谈"  # nothing written: the client's name decides
    recovery = suggest_followups(meeting(meeting_type=MeetingType.RECOVERY), FRIDAY)
    assert titles(recovery) == [
        (
            "service_review",
            "Check back: is the client satisfied with the resolution?",
            date(2026, 11, 30),
        )
    ]


def test_long_sources_make_short_titles() -> None:
    (material, _) = suggest_followups(meeting(notes=("send you " + "x" * 200,)), FRIDAY)
    assert len(material.title) == len("Send material: ") + 60
    assert material.title.endswith("…")


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(FRIDAY, 1) == date(2026, 11, 30)
    assert add_working_days(date(2026, 11, 28), 2) == date(2026, 12, 1)  # from a Saturday
    assert add_working_days(date(2026, 11, 30), 2) == date(2026, 12, 2)
