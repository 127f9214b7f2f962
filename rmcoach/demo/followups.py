"""Demo follow-ups: what each wrapped-up meeting promised, done on time, late, or still open.

A completed follow-up counts as a contact (as followups.complete_followup logs it), so
this step writes those contacts too. The calendar's generated items (maturities,
birthdays, cadence) are raised once the whole book is written, by demo.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from rmcoach.demo import meeting_vocabulary as words
from rmcoach.demo import vocabulary as vocab
from rmcoach.demo.base import (
    DemoClient,
    DoneMeeting,
    Draws,
    Minutes,
    Row,
    StepInput,
    working_day,
)
from rmcoach.domain import Channel
from rmcoach.meeting_domain import FollowUpKind, FollowUpStatus, MeetingType, Outcome
from rmcoach.services.followups.records import CHANNEL_BY_KIND
from rmcoach.services.meetings.followup_suggestions import OBJECTION_WORKING_DAYS, add_working_days
from rmcoach.services.meetings.queries import NEXT_CONTACT_KEY
from rmcoach.storage.schema import ContactEntity
from rmcoach.storage.schema_meetings import FollowUpEntity

FOLLOWUP_COLUMNS = (
    "client_id", "meeting_id", "kind", "title", "notes", "due_on", "due_time", "status",
    "outcome", "completed_at", "source_key", "created_at", "updated_at",
)  # fmt: skip
CONTACT_COLUMNS = ("client_id", "occurred_at", "channel", "summary")
_OPEN_OVERDUE_DAYS = 60  # items overdue longer than this were done or called off long ago
_QUIET_DAYS = 181  # no contact with a client tagged dormant in the last six months
_CALL_TIMES = ("10:00:00.000000", "14:30:00.000000", "16:00:00.000000")
_UNDECIDED = (Outcome.CONSIDERING, Outcome.NEEDS_FOLLOW_UP)


def write_followups(step: StepInput) -> dict[str, int]:
    """The followups step: follow-ups of the batch's meetings, and their contacts."""
    maker = FollowUpMaker(step)
    for client in step.clients:
        maker.client(client)
    return {
        "followups": step.write(FollowUpEntity, FOLLOWUP_COLUMNS, maker.followups),
        "contacts": step.write(ContactEntity, CONTACT_COLUMNS, maker.contacts),
    }


class FollowUpMaker(Draws):
    """Turns each DoneMeeting of a batch into follow-up rows, as a wrap-up would."""

    def __init__(self, step: StepInput) -> None:
        super().__init__(step.rng)
        self.today = step.now.date()
        self.time = Minutes(step.now.tzinfo)
        self.followups: list[Row] = []
        self.contacts: list[Row] = []

    def client(self, c: DemoClient) -> None:
        english = not c.row["name_zh"]
        dormant = vocab.TAG_DORMANT in c.tags
        for meeting in c.meetings:
            for kind, key, text, due, notes in self.promised(meeting, english):
                title = self.choice(words.FOLLOWUP_TITLES[key][english]).format(
                    text=text, product=meeting.product
                )
                source = NEXT_CONTACT_KEY.format(id=meeting.id) if key == "next_contact" else None
                self.add(c.row["id"], meeting, kind, title, notes, due, source, english, dormant)

    def promised(
        self, meeting: DoneMeeting, english: bool
    ) -> list[tuple[FollowUpKind, str, str, date, str]]:
        """(kind, title key, title text, due, notes) of what the RM kept from the wrap-up."""
        day = meeting.day
        found = []
        for objection, response in meeting.unresolved:
            if self.chance(0.6):
                due = add_working_days(day, OBJECTION_WORKING_DAYS)
                found.append((FollowUpKind.CALL, "objection", objection, due, response))
        if meeting.promise and self.chance(0.7):
            found.append((FollowUpKind.SEND_MATERIAL, "material", meeting.promise,
                          self.workday(day + timedelta(days=1)), ""))  # fmt: skip
        if meeting.meeting_type is MeetingType.RECOVERY:
            found.append((FollowUpKind.SERVICE_REVIEW, "recovery", "",
                          add_working_days(day, 1), ""))  # fmt: skip
        elif meeting.outcome in _UNDECIDED and self.chance(0.35):
            kind, key = (
                (FollowUpKind.VISIT, "visit") if self.chance(0.35) else (FollowUpKind.CALL, "call")
            )
            found.append((kind, key, "", self.workday(day + timedelta(self.between(5, 21))), ""))
        elif self.chance(0.05):
            found.append((FollowUpKind.CALL, "thanks", "", add_working_days(day, 1), ""))
        if meeting.next_contact_on is not None:
            found.append((FollowUpKind.CALL, "next_contact", "", meeting.next_contact_on, ""))
        return found

    def workday(self, day: date) -> date:
        while not working_day(day):
            day += timedelta(days=1)
        return day

    def add(
        self,
        client_id: int,
        meeting: DoneMeeting,
        kind: FollowUpKind,
        title: str,
        notes: str,
        due: date,
        source: str | None,
        english: bool,
        dormant: bool,
    ) -> None:
        """One follow-up: open, or done (on time or late) with its contact, or cancelled."""
        yesterday = self.today - timedelta(days=1)
        created = meeting.completed_at
        status, done_on = FollowUpStatus.OPEN, None
        overdue = (self.today - due).days
        roll = self.rng.random()
        if overdue > 0 and not (overdue <= _OPEN_OVERDUE_DAYS and roll < 0.3):
            if roll > 0.96:
                status = FollowUpStatus.CANCELLED
            elif roll > 0.78:  # late
                status, done_on = FollowUpStatus.DONE, min(yesterday, due + self.days_late())
            else:  # on time, sometimes a little early
                early = max(meeting.day, due - timedelta(days=self.between(0, 2)))
                status, done_on = FollowUpStatus.DONE, early
        elif overdue <= 0 and roll < 0.1 and meeting.day + timedelta(days=1) < self.today:
            status, done_on = FollowUpStatus.DONE, meeting.day + timedelta(days=1)  # early
        if done_on is not None and dormant and done_on > self.today - timedelta(_QUIET_DAYS):
            status, done_on = FollowUpStatus.CANCELLED, None  # nobody reached them
        stamp = self.time.stamp
        completed, outcome = None, ""
        updated = created
        if done_on is not None:
            updated = max(self.time.local(done_on, self.between(540, 1140)), created + 1)
            completed = stamp(updated)
            outcome = self.choice(words.FOLLOWUP_OUTCOMES[kind][english])
            channel = CHANNEL_BY_KIND.get(kind, Channel.PHONE).value
            # as followups.complete_followup logs it
            self.contacts.append((client_id, completed, channel, f"{title}：{outcome}"))
        timed = kind is FollowUpKind.CALL and self.chance(0.2)
        self.followups.append((
            client_id, meeting.id, kind.value, title, notes, due.isoformat(),
            self.choice(_CALL_TIMES) if timed else None, status.value, outcome, completed,
            source, stamp(created), stamp(updated),
        ))  # fmt: skip

    def days_late(self) -> timedelta:
        return timedelta(days=self.between(1, 21))
