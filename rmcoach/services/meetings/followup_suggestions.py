"""Follow-ups a finished meeting calls for, suggested from what was captured (pure, no DB)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind, Meeting, MeetingType

OBJECTION_WORKING_DAYS = 2
TITLE_SNIPPET = 60

_HAN = re.compile(r"[\u3400-\u9fff]")
# Promises to send something: the Chinese words as the brief lists them (plus the informal
# 你), the English ones as whole words so that "immaterial" is no promise.
_MATERIAL = re.compile(
    r"资料|材料|说明书|(?:发|寄)给(?:您|你)|"
    r"\bsend(?:ing)? you\b|\bmaterials?\b|\bbrochures?\b|\bfact ?sheets?\b|\bprospectus\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[。！？；;!?\n])|(?<=\.)\s")

_TITLES = {
    "objection": {"zh": "回复客户顾虑：{text}", "en": "Follow up on concern: {text}"},
    "material": {"zh": "发送资料：{text}", "en": "Send material: {text}"},
    "thanks": {"zh": "致谢客户并回顾面谈", "en": "Thank the client and review the meeting"},
    "recovery": {
        "zh": "回访：确认客户对处理结果满意",
        "en": "Check back: is the client satisfied with the resolution?",
    },
}


def suggest_followups(meeting: Meeting, today: date) -> tuple[FollowUpDraft, ...]:
    """One call per unresolved objection, one send-material per promise, and a thank-you.

    Titles are in the language of the text they come from; duplicates are dropped.
    """
    client_id, meeting_id = meeting.plan.client_id, meeting.id
    drafts: list[FollowUpDraft] = []

    def add(kind: FollowUpKind, key: str, source: str, due: date, notes: str = "") -> None:
        title = _TITLES[key][lang_of([source])].format(text=_snippet(source))
        drafts.append(FollowUpDraft(client_id, title, kind, due, None, notes, meeting_id))

    for objection in meeting.objections:
        if not objection.resolved:
            due = add_working_days(today, OBJECTION_WORKING_DAYS)
            add(FollowUpKind.CALL, "objection", objection.text, due, objection.response.strip())
    promises = [
        *(note.text for note in meeting.notes),
        *meeting.plan.talking_points.splitlines(),
        *(objection.response for objection in meeting.objections),
    ]
    for sentence in _sentences(promises):
        if _MATERIAL.search(sentence):
            add(FollowUpKind.SEND_MATERIAL, "material", sentence, today + timedelta(days=1))
    recovery = meeting.plan.meeting_type is MeetingType.RECOVERY
    title = _TITLES["recovery" if recovery else "thanks"][meeting_lang(meeting)]
    kind = FollowUpKind.SERVICE_REVIEW if recovery else FollowUpKind.CALL
    due = add_working_days(today, 1)
    drafts.append(FollowUpDraft(client_id, title, kind, due, None, "", meeting_id))
    unique: dict[tuple[FollowUpKind, str], FollowUpDraft] = {}
    for draft in drafts:
        unique.setdefault((draft.kind, draft.title.casefold()), draft)
    return tuple(unique.values())


def lang_of(texts: Iterable[str], fallback: str = "") -> str:
    """'zh' when the texts (or, if they are all blank, the fallback) hold Chinese, else 'en'."""
    joined = "".join(texts)
    return "zh" if _HAN.search(joined if joined.strip() else fallback) else "en"


def meeting_lang(meeting: Meeting) -> str:
    """The language the meeting was written in ('zh' or 'en'), else the client name's."""
    return lang_of(_all_texts(meeting), meeting.client_name)


def add_working_days(start: date, days: int) -> date:
    """start moved on by working days (Monday-Friday; public holidays are not known here)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _sentences(texts: Iterable[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        found += [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    return found


def _snippet(text: str) -> str:
    flat = " ".join(text.split()).rstrip("。.；;")
    return flat if len(flat) <= TITLE_SNIPPET else flat[: TITLE_SNIPPET - 1] + "…"


def _all_texts(meeting: Meeting) -> list[str]:
    return [
        *(n.text for n in meeting.notes),
        *(o.text for o in meeting.objections),
        *meeting.plan.objectives,
        meeting.plan.talking_points,
        meeting.stated_needs,
        meeting.real_intent,
    ]
