"""Translated names for the meeting coach's enums (the core stays language-free)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmcoach.meeting_domain import (
    Directness,
    FollowUpKind,
    FollowUpStatus,
    MeetingStatus,
    MeetingType,
    Outcome,
    QuestionStyle,
)


def meeting_type_name(kind: MeetingType) -> str:
    return {
        MeetingType.ACQUISITION: QCoreApplication.translate("coach", "First visit (acquisition)"),
        MeetingType.REVIEW: QCoreApplication.translate("coach", "Regular review (retention)"),
        MeetingType.PRESENTATION: QCoreApplication.translate("coach", "Product presentation"),
        MeetingType.MATURITY: QCoreApplication.translate("coach", "Maturity reinvestment"),
        MeetingType.RECOVERY: QCoreApplication.translate("coach", "Complaint and service recovery"),
    }[kind]


def meeting_status_name(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("coach", "Planned"),
        MeetingStatus.LIVE: QCoreApplication.translate("coach", "In progress"),
        MeetingStatus.DONE: QCoreApplication.translate("coach", "Done"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("coach", "Cancelled"),
    }[status]


def question_style_name(style: QuestionStyle) -> str:
    return {
        QuestionStyle.OPEN: QCoreApplication.translate("coach", "Open questions"),
        QuestionStyle.CLOSED: QCoreApplication.translate("coach", "Closed questions"),
        QuestionStyle.GUIDED: QCoreApplication.translate("coach", "Guided questions"),
    }[style]


def directness_name(directness: Directness) -> str:
    return {
        Directness.DIRECT: QCoreApplication.translate("coach", "asked directly"),
        Directness.TACTFUL: QCoreApplication.translate("coach", "asked tactfully"),
    }[directness]


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.AGREED: QCoreApplication.translate("coach", "Agreed to go ahead"),
        Outcome.CONSIDERING: QCoreApplication.translate("coach", "Interested, thinking it over"),
        Outcome.NEEDS_FOLLOW_UP: QCoreApplication.translate("coach", "Needs a follow-up"),
        Outcome.DECLINED: QCoreApplication.translate("coach", "Declined"),
        Outcome.RELATIONSHIP: QCoreApplication.translate(
            "coach", "Relationship visit, no sale meant"
        ),
    }[outcome]


def followup_kind_name(kind: FollowUpKind) -> str:
    return {
        FollowUpKind.CALL: QCoreApplication.translate("coach", "Call"),
        FollowUpKind.VISIT: QCoreApplication.translate("coach", "Visit"),
        FollowUpKind.SEND_MATERIAL: QCoreApplication.translate("coach", "Send material"),
        FollowUpKind.MATURITY: QCoreApplication.translate("coach", "Product maturity"),
        FollowUpKind.BIRTHDAY: QCoreApplication.translate("coach", "Birthday greeting"),
        FollowUpKind.SERVICE_REVIEW: QCoreApplication.translate("coach", "Service review"),
        FollowUpKind.OTHER: QCoreApplication.translate("coach", "Other"),
    }[kind]


def followup_status_name(status: FollowUpStatus) -> str:
    return {
        FollowUpStatus.OPEN: QCoreApplication.translate("coach", "Open"),
        FollowUpStatus.DONE: QCoreApplication.translate("coach", "Done"),
        FollowUpStatus.SNOOZED: QCoreApplication.translate("coach", "Snoozed"),
        FollowUpStatus.CANCELLED: QCoreApplication.translate("coach", "Cancelled"),
    }[status]
