"""What each document shows, gathered from the services as plain dicts for the templates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rmcoach.compliance.domain import Product, SuitabilityRecord
from rmcoach.compliance.suitability import catalogue_index, check_proposed
from rmcoach.documents import formats
from rmcoach.documents.labels import labels
from rmcoach.documents.masking import Masker
from rmcoach.documents.names import name
from rmcoach.domain import ClientRecord, Gender, Holding
from rmcoach.meeting_domain import FollowUp, Meeting, MeetingStatus, MeetingType
from rmcoach.playbook import Playbook
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings import prep as meeting_prep
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import products, suitability

LIVE_PHASES = ("rapport", "questioning", "listening", "responding")
# What the one-page brief has room for; the rest is counted ("3 more not listed").
BRIEF_HOLDINGS = 5
BRIEF_OPENERS = 4
BRIEF_FOLLOWUPS = 4
BRIEF_QUESTIONS = 4
BRIEF_OBJECTIVES = 3
BRIEF_PRODUCTS = 3
# Widths in columns (a Chinese character takes two), so both languages are cut alike.
BRIEF_LINE = 80  # an objective, question or opener: two lines at most
BRIEF_FIELD = 48  # a free-text field of the client at a glance
BRIEF_CELL = 28  # a product name in the holdings table
BRIEF_TITLE = 36  # a follow-up's title
BRIEF_REASONS = 3
Context = dict[str, Any]
DONE = MeetingStatus.DONE


class DocumentError(Exception):
    """The document cannot be made from what the book holds.

    Attributes:
        code: "no_done_meeting", "meeting_not_done" or "other_client", for the UI's words.
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Sources:
    """Everything a document reads, gathered in one go (on the UI's worker thread)."""

    record: ClientRecord
    meeting: Meeting | None  # the meeting the document is about; None: a profile-only brief
    last_meeting: Meeting | None  # the latest done meeting before it (for the brief)
    open_followups: tuple[FollowUp, ...]
    playbook: Playbook
    now: datetime
    tier_names: dict[str, str]
    # the bank's assessment and the product catalogue: the brief marks products as the
    # prepare screen does (risk above the client's level, missing or expired assessment)
    suitability: SuitabilityRecord | None = None
    catalogue: Mapping[str, Product] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.now.date()


def gather(book: Book, kind: str, client_id: int, meeting_id: int | None = None) -> Sources:
    """Read the client and the meeting a document is about.

    Without meeting_id the brief takes the next planned meeting (none is fine: it is
    prepared from the profile) and the minutes and the letter the latest done one.
    """
    record = clients.get_client(book, client_id)
    meeting: Meeting | None = None
    if meeting_id is not None:
        meeting = meetings.get_meeting(book, meeting_id)
        if meeting.plan.client_id != client_id:
            message = f"meeting {meeting_id} is not with {record.display_name}"
            raise DocumentError(message, "other_client")
    elif kind == "brief":
        meeting = meetings.next_planned_meeting(book, client_id)
    elif kind in ("minutes", "letter"):
        meeting = meetings.last_done_meeting(book, client_id)
        if meeting is None:
            message = f"{record.display_name} has no wrapped-up meeting to write {kind} from"
            raise DocumentError(message, "no_done_meeting")
    if kind in ("minutes", "letter") and meeting is not None and meeting.status is not DONE:
        message = (
            f"meeting {meeting.id} is {meeting.status.value}: wrap it up before writing {kind}"
        )
        raise DocumentError(message, "meeting_not_done")
    last = meetings.last_done_meeting(book, client_id)
    return Sources(
        record=record,
        meeting=meeting,
        last_meeting=None
        if last is not None and meeting is not None and last.id == meeting.id
        else last,
        open_followups=tuple(
            f
            for f in followups.client_followups(book, client_id)
            if f.status.value in ("open", "snoozed")
        ),
        playbook=playbooks.active_playbook(book),
        now=book.clock.now(),
        tier_names=dict(book.get_setting("tier_names", {}) or {}),
        suitability=suitability.get_record(book, client_id),
        catalogue=catalogue_index(products.list_products(book, include_inactive=True)),
    )


# ------------------------------------------------------------------------------ shared parts


def common(src: Sources, m: Masker, kind: str) -> Context:
    """What every document has: its title, the client, the masking choice, the date."""
    return {
        "kind": kind,
        "title": labels(m.lang)[f"title_{kind}"],
        "masked": m.enabled,
        "printed_on": formats.day(src.today, m.lang),
        "client": client_part(src, m),
    }


def client_part(src: Sources, m: Masker) -> Context:
    d = src.record.draft
    lang = m.lang
    glance = meeting_prep.glance(src.record, src.today)
    L = labels(lang)
    last = ""
    if glance.last_contact_at is not None and glance.days_since_contact is not None:
        when = formats.day(glance.last_contact_at.astimezone(src.now.tzinfo).date(), lang)
        days = glance.days_since_contact
        ago = (
            L["today"]
            if days <= 0
            else L["yesterday"]
            if days == 1
            else L["days_ago"].format(n=days)
        )
        last = f"{when}（{ago}）" if formats.is_zh(lang) else f"{when} ({ago})"
    return {
        "name": src.record.display_name,
        "name_zh": d.name_zh,
        "name_en": d.name_en,
        "client_no": m.client_no(d.client_no),
        "tier": name(d.tier, lang, src.tier_names),
        "risk_profile": d.risk_profile.value if d.risk_profile else "",
        "aum": m.amount(glance.total_aum_fen),
        "gender": name(d.gender, lang),
        "birthday": m.birthday(d.birthday),
        "age": m.age(glance.age),
        "tenure": L["n_years"].format(n=glance.tenure_years)
        if glance.tenure_years is not None
        else "",
        "client_since": formats.day(d.client_since, lang),
        "mobile": m.phone(d.mobile),
        "phone_other": m.phone(d.phone_other),
        "email": m.email(d.email),
        "address": m.address(d.address),
        "preferred_channel": name(d.preferred_channel, lang),
        "best_time": d.best_time_to_call,
        "occupation": d.occupation,
        "employer": d.employer,
        "style": name(d.communication_style, lang),
        "style_short": re.split("[：:]", name(d.communication_style, lang))[0],
        "personality": m.text(d.personality),
        "habits": m.text(d.habits),
        "interests": "、".join(d.interests) if formats.is_zh(lang) else ", ".join(d.interests),
        "concerns": m.text(d.concerns),
        "mindset": m.text(d.mindset),
        "last_contact": last or L["never"],
        "referred_by": src.record.referred_by_name,
        "referrals": ", ".join(n for _, n in src.record.referrals),
        "tags": " · ".join(d.tags),
        "notes": m.text(d.notes),
        "household_line": ("；" if formats.is_zh(lang) else "; ").join(
            f"{h.relation} {h.name}".strip() for h in d.household
        ),
        "household": [
            {
                "name": h.name,
                "relation": h.relation,
                "birthday": m.birthday(h.birthday),
                "notes": m.text(h.notes),
            }
            for h in d.household
        ],
    }


def holdings_part(src: Sources, m: Masker, limit: int | None = None) -> Context:
    """Holdings, those maturing within 90 days first, then the largest; with their total."""
    today = src.today
    soon = {id(h) for h in meeting_prep.glance(src.record, today).maturities}
    ordered = sorted(
        src.record.draft.holdings,
        key=lambda h: (
            id(h) not in soon,
            h.maturity_date if id(h) in soon and h.maturity_date else today,
            -h.amount_fen,
            h.name,
        ),
    )
    shown = ordered if limit is None else ordered[:limit]
    return {
        "rows": [_holding_row(h, id(h) in soon, m, today) for h in shown],
        "more": len(ordered) - len(shown),
        "total": m.amount(sum(h.amount_fen for h in ordered)),
    }


def _holding_row(h: Holding, soon: bool, m: Masker, today: date) -> Context:
    days = (h.maturity_date - today).days if soon and h.maturity_date else None
    L = labels(m.lang)
    left = "" if days is None else L["today"] if days == 0 else L["tomorrow"] if days == 1 else None
    return {
        "name": h.name,
        "type": name(h.product_type, m.lang),
        "risk": h.risk.value if h.risk else "",
        "amount": m.amount(h.amount_fen),
        "matures": formats.short_day(h.maturity_date, m.lang),
        "soon": left if left is not None else L["in_days"].format(n=days),
    }


def meeting_part(meeting: Meeting, src: Sources, m: Masker) -> Context:
    plan = meeting.plan
    zone = src.now.tzinfo
    fit = src.suitability
    checks = [
        (p, check_proposed(fit, p, src.today, src.catalogue) if fit is not None else None)
        for p in plan.products
    ]
    held = ""
    if meeting.started_at is not None:
        end = formats.clock_time(meeting.ended_at, zone)
        held = formats.moment(meeting.started_at, m.lang, zone) + (f"–{end}" if end else "")
    return {
        "id": meeting.id,
        "type": name(plan.meeting_type, m.lang),
        "status": name(meeting.status, m.lang),
        "when": formats.moment(plan.scheduled_at, m.lang, zone),
        "held": held,
        "place": plan.place,
        "duration": labels(m.lang)["n_minutes"].format(n=plan.duration_minutes),
        "objectives": [m.text(o) for o in plan.objectives],
        "questions": [m.text(q) for q in plan.questions],
        "talking_points": m.text(plan.talking_points),
        "products": [
            {
                "name": p.name,
                "risk": p.risk.value if p.risk else "",
                "suitable": result is None or result.suitable,
                # the first reason only: the brief must stay one page
                "reason": result.reasons[0].text(m.lang) if result and result.reasons else "",
                "discussed": p.discussed,
            }
            for p, result in checks
        ],
    }


def followup_rows(items: tuple[FollowUp, ...], today: date, lang: str) -> list[Context]:
    return [
        {
            "title": f.title,
            "kind": name(f.kind, lang),
            "due": formats.day(f.shows_on, lang),
            "overdue": f.shows_on < today,
        }
        for f in items
    ]


def salutation(record: ClientRecord, lang: str) -> str:
    """尊敬的张先生： / Dear Mr Zhang,; the full name when the gender is not recorded."""
    d = record.draft
    L = labels(lang)
    if formats.is_zh(lang) and d.name_zh:
        surname = d.name_zh[:2] if d.name_zh[:2] in _COMPOUND_SURNAMES else d.name_zh[:1]
        title = {Gender.MALE: L["mr"], Gender.FEMALE: L["ms"]}.get(d.gender) if d.gender else None
        return L["dear"].format(name=surname + title if title else d.name_zh)
    english = d.name_en or d.name_zh
    if d.gender is not None and d.name_en:
        title = L["mr"] if d.gender is Gender.MALE else L["ms"]
        return L["dear"].format(name=f"{title} {d.name_en.split()[-1]}")
    return L["dear"].format(name=english)


# the common two-character surnames (欧阳修 is Mr 欧阳, not Mr 欧)
_COMPOUND_SURNAMES = frozenset(("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容"))


def planned_type(src: Sources) -> MeetingType:
    return src.meeting.plan.meeting_type if src.meeting is not None else MeetingType.REVIEW
