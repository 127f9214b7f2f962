"""After a private product is sold: the cooling-off follow-up and the return visit after it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from rmcoach.compliance.domain import ProductKind
from rmcoach.compliance.rules import ComplianceRules, default_compliance_rules
from rmcoach.domain import OpChanges, Written
from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind, MeetingStatus, Outcome
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError
from rmcoach.services.followups.records import insert_followups
from rmcoach.services.meetings.queries import get_meeting
from rmcoach.services.sales import products
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import FollowUpEntity

# Keys make both follow-ups once only per client, product and signing day.
COOLING_OFF_KEY = "cooling_off:{client_id}:{day}:{product}"
RETURN_VISIT_KEY = "return_visit:{client_id}:{day}:{product}"


@dataclass(frozen=True)
class CoolingOff:
    """The two follow-ups of a private product's sale, and when the cooling-off ends."""

    cooling_off_id: int
    return_visit_id: int
    ends_at: datetime
    changes: OpChanges


def start_cooling_off(
    book: Book,
    client_id: int,
    product_name: str,
    signed_at: datetime | None = None,
    meeting_id: int | None = None,
    rules: ComplianceRules | None = None,
) -> CoolingOff:
    """Add the cooling-off follow-up (due when it ends; its title says not to press the
    client) and the return visit after it. Calling it again for the same sale adds nothing.
    """
    rules = rules or default_compliance_rules()
    zone = book.clock.now().tzinfo
    signed = (signed_at or book.clock.now()).astimezone(zone)
    ends = signed + timedelta(hours=rules.cooling_off_hours)
    visit_on = ends.date() + timedelta(days=int(rules.value("return_visit_days")))
    digest = hashlib.sha1(" ".join(product_name.split()).casefold().encode()).hexdigest()[:12]
    keys = {
        "day": signed.date().isoformat(),
        "client_id": client_id,
        "product": digest,
    }
    with book.write() as session:
        client = session.get(ClientEntity, client_id)
        if client is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        zh = bool(client.name_zh)
        name = product_name.strip()
        if zh:
            pause = f"冷静期至{ends:%m月%d日 %H:%M}，期间请勿催促客户：{name}"
            visit = f"冷静期后回访：确认客户了解产品风险并自愿购买：{name}"
            note = "投资冷静期内客户可以改变决定、解除合同，银行须全额退还投资款项。"
        else:
            pause = f"Cooling-off until {ends:%d %b %H:%M}: do not press the client ({name})"
            visit = f"Return visit after cooling-off: the client understood and still wants {name}"
            note = "During cooling-off the client may cancel and must get the full amount back."
        drafts = {
            COOLING_OFF_KEY.format(**keys): FollowUpDraft(
                client_id,
                pause,
                FollowUpKind.OTHER,
                due_on=ends.date(),
                due_time=ends.timetz().replace(tzinfo=None, second=0, microsecond=0),
                notes=note,
                meeting_id=meeting_id,
            ),
            RETURN_VISIT_KEY.format(**keys): FollowUpDraft(
                client_id, visit, FollowUpKind.CALL, due_on=visit_on, meeting_id=meeting_id
            ),
        }
        ids: list[int] = []
        for key, draft in drafts.items():
            found = session.scalars(
                select(FollowUpEntity.id).where(FollowUpEntity.source_key == key)
            ).first()
            if found is None:
                (found,) = insert_followups(session, [draft], book.clock.now())
                entity = session.get(FollowUpEntity, found)
                assert entity is not None
                entity.source_key = key
            ids.append(found)
    changes = OpChanges(followups=True, client_ids=frozenset({client_id}))
    return CoolingOff(ids[0], ids[1], ends, changes)


def after_sale(
    book: Book, meeting_id: int, rules: ComplianceRules | None = None
) -> Written[tuple[CoolingOff, ...]]:
    """Once a meeting is wrapped up as a sale: cooling-off for each private product discussed.

    A product counts as private when the catalogue lists it (by code or name) with a kind
    the rules name for cooling-off (wealth_private).
    """
    rules = rules or default_compliance_rules()
    meeting = get_meeting(book, meeting_id)
    wrap = meeting.wrap_up
    if (
        meeting.status is not MeetingStatus.DONE
        or wrap is None
        or wrap.outcome is not Outcome.AGREED
    ):
        return Written((), OpChanges())
    kinds: tuple[ProductKind, ...] = rules.value("cooling_off_kinds")
    signed = meeting.ended_at or book.clock.now()
    started: list[CoolingOff] = []
    for item in meeting.plan.products:
        listed = products.find_product(book, item.name)
        if item.discussed and listed is not None and listed.kind in kinds:
            started.append(
                start_cooling_off(
                    book, meeting.plan.client_id, item.name, signed, meeting_id, rules
                )
            )
    changes = OpChanges()
    for each in started:
        changes |= each.changes
    return Written(tuple(started), changes)
