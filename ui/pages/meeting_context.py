"""What the meeting screens show, gathered in one worker call: client, plan, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rmcoach.compliance.domain import Product, SuitabilityResult
from rmcoach.compliance.suitability import catalogue_index, check_proposed
from rmcoach.domain import ClientRecord
from rmcoach.meeting_domain import FollowUp, Meeting, MeetingPlan, MeetingType, ProposedProduct
from rmcoach.playbook import Playbook
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings import prep as meeting_prep
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import products
from rmcoach.services.sales.meeting_compliance import MeetingCompliance, meeting_compliance


@dataclass(frozen=True)
class MeetingContext:
    """Everything the prepare, live and wrap-up steps need, read in one go off the UI thread."""

    record: ClientRecord
    meeting: Meeting | None  # None while a new plan is not yet saved
    plan: MeetingPlan
    playbook: Playbook
    glance: meeting_prep.ClientGlance
    questioning: meeting_prep.QuestioningSuggestion
    topics: tuple[meeting_prep.OpeningTopic, ...]
    last_meeting: Meeting | None
    open_followups: tuple[FollowUp, ...]
    now: datetime
    compliance: MeetingCompliance
    catalogue: dict[str, Product]  # catalogue_index of every product, to check plan rows

    @property
    def today(self) -> date:
        return self.now.date()

    def check_product(self, item: ProposedProduct) -> SuitabilityResult:
        """A product of the plan, or one named in the meeting, against the client, as the
        sale check will (no book call: the record and catalogue were read with the rest)."""
        return check_proposed(self.compliance.record, item, self.today, self.catalogue)


def load_context(
    book: Book,
    client_id: int | None = None,
    meeting_id: int | None = None,
    meeting_type: MeetingType = MeetingType.REVIEW,
) -> MeetingContext:
    """Read a saved meeting (meeting_id) or start a new plan for a client (client_id)."""
    meeting = meetings.get_meeting(book, meeting_id) if meeting_id is not None else None
    if meeting is not None:
        client_id = meeting.plan.client_id
        plan = meeting.plan
        playbook = playbooks.active_playbook(book)
    else:
        assert client_id is not None
        plan = MeetingPlan(client_id=client_id, meeting_type=meeting_type)
        playbook = playbooks.active_playbook(book)
    record = clients.get_client(book, client_id)
    now = book.clock.now()
    last = meetings.last_done_meeting(book, client_id)
    if last is not None and meeting is not None and last.id == meeting.id:
        last = None
    suggestion = meeting_prep.suggest_questioning(record, plan.meeting_type, now.date())
    return MeetingContext(
        record=record,
        meeting=meeting,
        plan=plan,
        playbook=playbook,
        glance=meeting_prep.glance(record, now.date()),
        questioning=suggestion,
        topics=meeting_prep.opening_topics(record, now.date()),
        last_meeting=last,
        open_followups=tuple(
            f
            for f in followups.client_followups(book, client_id)
            if f.status.value in ("open", "snoozed")
        ),
        now=now,
        compliance=meeting_compliance(
            book, client_id, plan=plan, meeting_id=meeting.id if meeting else None
        ),
        catalogue=catalogue_index(products.list_products(book, include_inactive=True)),
    )
