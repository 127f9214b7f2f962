"""Demo meetings: a history of wrapped-up meetings per client, and a few planned ones.

Each meeting is one of the batch's pooled bodies (demo_capture) made the client's own:
its day and times, products, names filled in, satisfaction on the client's trend. Moments
are whole-minute ints (demo_base.Minutes). Nothing is dated today or later except planned
meetings (from tomorrow on), so the book does not depend on the hour it is made; and no
meeting is left live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from rmcoach.demo import meeting_vocabulary as words
from rmcoach.demo import vocabulary as vocab
from rmcoach.demo.base import (
    DemoClient,
    DoneMeeting,
    Draws,
    Minutes,
    Row,
    StepInput,
    Weighted,
    json_list,
    minute_of,
    working_day,
)
from rmcoach.demo.capture import POOL, Body, Capture
from rmcoach.domain import Channel
from rmcoach.meeting_domain import MeetingStatus, MeetingType, Outcome
from rmcoach.storage.schema import ContactEntity
from rmcoach.storage.schema_meetings import (
    MeetingAmendmentEntity,
    MeetingCheckEntity,
    MeetingEntity,
    MeetingNoteEntity,
    MeetingObjectionEntity,
    MeetingProductEntity,
    MeetingRatingEntity,
)

MEETING_COLUMNS = (
    "id", "client_id", "meeting_type", "status", "scheduled_at", "duration_minutes", "place",
    "objectives_json", "questions_json", "talking_points", "question_style", "directness",
    "playbook_id", "playbook_version", "started_at", "ended_at", "note_draft", "stated_needs",
    "real_intent", "consent_to_record", "outcome", "outcome_notes", "satisfaction",
    "next_contact_on", "completed_at", "created_at", "updated_at",
)  # fmt: skip
_NOT_HELD = (None, None, "", "", "", None, None, "", None, None, None)  # started..completed
_CHILD_COLUMNS: dict[Any, tuple[str, ...]] = {
    MeetingCheckEntity: ("meeting_id", "item_id", "checked_at"),
    MeetingNoteEntity: ("meeting_id", "at", "text"),
    MeetingObjectionEntity: ("meeting_id", "at", "text", "response", "resolved"),
    MeetingProductEntity: ("meeting_id", "position", "name", "risk", "product_type", "discussed"),
    MeetingRatingEntity: ("meeting_id", "phase_id", "rating"),
    MeetingAmendmentEntity: ("meeting_id", "at", "text"),
    ContactEntity: ("client_id", "occurred_at", "channel", "summary"),
}
_VISIT = Channel.VISIT.value
_DONE, _PLANNED, _CANCELLED = MeetingStatus.DONE, MeetingStatus.PLANNED, MeetingStatus.CANCELLED
_DORMANT_QUIET_DAYS = 271  # a client tagged dormant has not been met for nine months
_TYPES = Weighted(words.TYPE_WEIGHTS)
_STYLE_PLAN = {key: (s.value, d.value) for key, (s, d) in words.STYLE_PLAN.items()}
_PRODUCTS = {p.name: p for p in vocab.PRODUCTS}
_SUITABLE = {n: [p for p in vocab.PRODUCTS if p.risk.level <= n] for n in range(1, 6)}
_RISKIER = {n: [p for p in vocab.PRODUCTS if p.risk.level > n] for n in range(1, 6)}
_PRODUCT_COUNTS: dict[MeetingType, Callable[[Draws], int]] = {
    MeetingType.ACQUISITION: lambda d: d.between(0, 1),
    MeetingType.REVIEW: lambda d: 0 if d.chance(0.6) else d.between(1, 2),
    MeetingType.PRESENTATION: lambda d: d.between(1, 2),
    MeetingType.MATURITY: lambda d: d.between(1, 2),
    MeetingType.RECOVERY: lambda d: int(d.chance(0.3)),
}


def write_meetings(step: StepInput) -> dict[str, int]:
    """The meetings step: every client's meetings and what they hold, and their contacts."""
    maker = MeetingMaker(step, step.first_id(MeetingEntity))
    for client in step.clients:
        maker.client(client)
    step.ids_used(MeetingEntity, maker.next_id)
    step.write(MeetingEntity, MEETING_COLUMNS, maker.meetings)
    for entity, columns in _CHILD_COLUMNS.items():
        step.write(entity, columns, maker.children[entity])
    return {"meetings": len(maker.meetings), "contacts": len(maker.children[ContactEntity])}


class MeetingMaker(Draws):
    """Builds one batch's meeting rows, client by client, from the step's random stream."""

    def __init__(self, step: StepInput, first_id: int) -> None:
        super().__init__(step.rng)
        self.next_id = first_id
        self.today = step.now.date()
        self.time = Minutes(step.now.tzinfo)
        # the pools of meeting bodies are drawn once per run, not per batch (1.7 s at 50k)
        if "capture" not in step.kept:
            step.kept["capture"] = Capture(step.rng)
        self.capture: Capture = step.kept["capture"]
        self.concerns: list[str] = []
        self.meetings: list[Row] = []
        self.children: dict[Any, list[Row]] = {entity: [] for entity in _CHILD_COLUMNS}
        self.checks = self.children[MeetingCheckEntity]
        self.notes = self.children[MeetingNoteEntity]
        self.objections = self.children[MeetingObjectionEntity]
        self.ratings = self.children[MeetingRatingEntity]
        self.amendments = self.children[MeetingAmendmentEntity]
        self.contacts = self.children[ContactEntity]
        ahead = (self.today + timedelta(days=n) for n in range(1, 31))
        self.ahead = [d for d in ahead if working_day(d)]

    def fill(self, template: str, product: str) -> str:
        """The template with the product and, if it names one, one of the client's concerns."""
        if "{" not in template:
            return template
        concern = self.choice(self.concerns) if "{concern}" in template else ""
        return template.format(product=product, concern=concern)

    def workday(self, day: date, latest: date) -> date:
        """day, or the next working day; the one before when the next would pass latest."""
        later = day
        while not working_day(later):
            later += timedelta(days=1)
        if later <= latest:
            return later
        for _ in range(30):  # the longest run of days off is the October holiday week
            if working_day(day):
                break
            day -= timedelta(days=1)
        return day

    def products(self, level: int, k: int, first: str = "", sold: bool = False) -> list[Row]:
        """k products within the client's risk level (a few beyond it, unless they were
        sold: a sale needs an exception then), `first` leading."""
        leading = _PRODUCTS.get(first)
        if leading is not None and sold and leading.risk.level > level:
            leading = None  # a holding mis-sold before cannot simply be renewed
        chosen = [leading] if leading is not None else []
        while len(chosen) < k:
            beyond = not sold and level < 5 and self.chance(0.03)
            product = self.choice(_RISKIER[level] if beyond else _SUITABLE[level])
            if product not in chosen:
                chosen.append(product)
        return [(p.name, p.risk.value, p.product_type.value) for p in chosen]

    def head(
        self,
        c: DemoClient,
        kind: MeetingType,
        english: bool,
        body: Body,
        name: str,
        objectives: list[str],
        status: MeetingStatus,
        scheduled: int,
    ) -> tuple[Any, ...]:
        """A meeting row from its id to the playbook version."""
        row = c.row
        places = words.PLACES[english]
        fill = self.fill
        questions = [fill(q, name) for q in body.questions]
        return (
            self.next_id,
            row["id"],
            kind.value,
            status.value,
            self.time.stamp(scheduled),
            body.duration,
            places[-1 - int(self.rng.random() * 2)] if row["tier"] == "private" else
            places[int(self.rng.random() * len(places))],
            json_list(objectives),
            json_list(questions),
            fill(body.points, name),
            *(body.style or _STYLE_PLAN[row["communication_style"]]),
            *self.capture.playbook,
        )  # fmt: skip

    def add_products(self, meeting_id: int, products: list[Row], discussed: bool) -> None:
        rows = self.children[MeetingProductEntity]
        for position, (name, risk, product_type) in enumerate(products):
            # in the meeting a proposed product is sometimes left out of the talk
            talked = discussed and (position == 0 or self.chance(0.85))
            rows.append((meeting_id, position, name, risk, product_type, int(talked)))

    # -- one client ---------------------------------------------------------------------
    def client(self, c: DemoClient) -> None:
        row = c.row
        english = not row["name_zh"]
        level = int(row["risk_profile"][1])
        self.concerns = row["concerns"].split("、") if row["concerns"] else list(vocab.CONCERNS)
        held = [h["name"] for h in c.holdings]
        quiet = _DORMANT_QUIET_DAYS if vocab.TAG_DORMANT in c.tags else 1
        plan = self.history(c, self.today - timedelta(days=quiet))
        joined = minute_of(row["created_at"])
        # satisfaction drifts over the years: most relationships steady or warming, one in
        # four cooling off (the "falling satisfaction" insight needs some)
        base = 3.0 + 1.8 * self.rng.random()
        drift = -0.8 - 1.7 * self.rng.random() if self.chance(0.25) else self.rng.random() - 0.3
        for index, (day, kind, product) in enumerate(plan):
            trend = base + drift * index / max(1, len(plan) - 1)
            fallback = product or (self.choice(held) if held else "")
            self.done(c, day, kind, fallback, trend, english, level, joined)
        if self.chance(words.PLANNED_CHANCE[row["tier"]]):
            for _ in range(2 if self.chance(0.15) else 1):
                self.planned(c, english, level, joined, first=not plan)

    def history(self, c: DemoClient, latest: date) -> list[tuple[date, MeetingType, str]]:
        """(day, type, product) of each past meeting, oldest first, on working days."""
        since: date = c.row["client_since"]
        window = self.today - timedelta(days=round(365.25 * words.HISTORY_YEARS))
        start = max(since + timedelta(days=1), window)
        if start > latest:
            return []
        span = (latest - start).days
        rate = words.MEETINGS_PER_YEAR[c.row["tier"]] * (0.5 + self.rng.random())
        count = min(int(span / 365.25 * rate + self.rng.random()), words.MAX_MEETINGS)
        plan: dict[date, tuple[MeetingType, str]] = {}
        if since >= window:  # the first meeting wins the client, within two weeks of opening
            day = self.workday(start + timedelta(days=self.between(0, min(13, span))), latest)
            plan[day] = (MeetingType.ACQUISITION, "")
            start = day + timedelta(days=1)  # and every other one comes after it
            span = max(0, (latest - start).days)
        # money maturing is the most natural reason to meet: past maturities of the term
        # products held (each renewal started the day the one before matured)
        for h in c.holdings:
            if h["maturity_date"] is None or len(plan) > count // 3:
                continue
            term = h["maturity_date"] - h["start_date"]
            due = h["maturity_date"] if h["maturity_date"] < self.today else h["start_date"]
            for _ in range(4):
                if due < start or not self.chance(0.6):
                    break
                day = self.workday(due - timedelta(days=self.between(0, 7)), latest)
                if start <= day <= latest:
                    plan.setdefault(day, (MeetingType.MATURITY, h["name"]))
                due -= term
        for _ in range(count - len(plan)):
            day = self.workday(start + timedelta(days=self.between(0, span)), latest)
            if start <= day <= latest:
                plan.setdefault(day, (_TYPES.draw(self.rng), ""))
        return [(day, *plan[day]) for day in sorted(plan)]

    def done(
        self,
        c: DemoClient,
        day: date,
        kind: MeetingType,
        product: str,
        trend: float,
        english: bool,
        level: int,
        joined: int,
    ) -> None:
        """A wrapped-up meeting: plan, live capture, wrap-up, and the contact it counts as."""
        body = self.capture.pools[english][kind][int(self.rng.random() * POOL)]
        stamp, local, fill = self.time.stamp, self.time.local, self.fill
        meeting_id, client_id = self.next_id, c.row["id"]
        maturing = product if kind is MeetingType.MATURITY else ""
        sold = body.outcome is Outcome.AGREED
        products = self.products(level, _PRODUCT_COUNTS[kind](self), maturing, sold)
        name = products[0][0] if products else product or self.choice(_SUITABLE[level]).name
        objectives = [fill(t, name) for t in body.objectives]
        planned_on = max(c.row["client_since"], day - timedelta(days=body.lead_days))
        created = max(local(planned_on, body.planned_at), joined)
        scheduled = local(day, body.slot)
        if body.cancelled:  # called off: the plan stays, nothing happened
            head = self.head(c, kind, english, body, name, objectives, _CANCELLED, scheduled)
            self.meetings.append((*head, *_NOT_HELD, stamp(created), stamp(scheduled - 60)))
            self.next_id += 1
            self.add_products(meeting_id, products, discussed=False)
            return
        head = self.head(c, kind, english, body, name, objectives, _DONE, scheduled)
        self.next_id += 1
        started = scheduled + body.shift
        completed = started + body.length + body.wrap
        prepared = max(created, scheduled - body.prepared)
        self.checks += [(meeting_id, key, stamp(prepared + n)) for key, n in body.prepare_ticks]
        self.checks += [(meeting_id, key, stamp(started + at)) for key, at in body.live_ticks]
        self.notes += [(meeting_id, stamp(started + at), fill(t, name)) for at, t in body.notes]
        self.objections += [
            (meeting_id, stamp(started + at), text, response, resolved)
            for at, text, response, resolved in body.objections
        ]
        felt = trend + body.noise
        self.ratings += [
            (meeting_id, phase, min(5, max(1, round(2.3 + 0.5 * felt + noise))))
            for phase, noise in body.ratings
        ]
        next_contact = None
        if body.next_contact_days is not None:
            next_contact = day + timedelta(days=body.next_contact_days)
        updated = completed
        if body.amendment is not None:
            later, minute, text = body.amendment
            amended = day + timedelta(days=later)
            if amended < self.today:
                updated = local(amended, minute)
                self.amendments.append((meeting_id, stamp(updated), text))
        outcome_notes = fill(body.outcome_notes, name)
        satisfaction = min(5, max(1, round(felt))) if body.satisfaction_known else None
        self.meetings.append((
            *head, stamp(started), stamp(started + body.length), "", fill(body.needs, name),
            body.intent, body.consent, body.outcome.value, outcome_notes, satisfaction,
            next_contact and next_contact.isoformat(), stamp(completed), stamp(created),
            stamp(updated),
        ))  # fmt: skip
        self.add_products(meeting_id, products, discussed=True)
        # as meetings.wrap_up logs it: a visit, summed up by the outcome or the objectives
        summary = outcome_notes or "; ".join(objectives)
        self.contacts.append((client_id, stamp(started), _VISIT, summary))
        promise = fill(body.promise, name)
        c.meetings.append(
            DoneMeeting(
                meeting_id,
                day,
                completed,
                kind,
                body.outcome,
                name,
                body.unresolved,
                promise,
                next_contact,
            )
        )

    def planned(self, c: DemoClient, english: bool, level: int, joined: int, first: bool) -> None:
        """A meeting planned on a working day of the next 30, some of it prepared already."""
        if not self.ahead:
            return
        soon = self.today + timedelta(days=45)
        due = [h["name"] for h in c.holdings if self.today < (h["maturity_date"] or soon) < soon]
        product = ""
        if first:
            kind = MeetingType.ACQUISITION
        elif due and self.chance(0.7):
            kind, product = MeetingType.MATURITY, due[0]
        else:
            kind = MeetingType.PRESENTATION if self.chance(0.5) else MeetingType.REVIEW
        products = self.products(level, _PRODUCT_COUNTS[kind](self) or 1, product)
        if level < 5 and self.chance(0.3):  # the prepare screen's suitability flag shows
            riskier = self.choice(_RISKIER[level])
            if riskier.name not in {p[0] for p in products}:
                products.append((riskier.name, riskier.risk.value, riskier.product_type.value))
        name = products[0][0]
        body = self.capture.pools[english][kind][int(self.rng.random() * POOL)]
        objectives = [self.fill(t, name) for t in body.objectives]
        meeting_id = self.next_id
        scheduled = self.time.local(self.choice(self.ahead), 540 + 30 * self.between(0, 15))
        head = self.head(c, kind, english, body, name, objectives, _PLANNED, scheduled)
        self.next_id += 1
        created_on = self.today - timedelta(days=self.between(1, 10))
        created = max(self.time.local(created_on, self.between(540, 1080)), joined)
        updated = created
        if self.chance(0.5):  # prepared in part already
            for key, n in self.capture.prepare_ticks():
                updated = created + n
                self.checks.append((meeting_id, key, self.time.stamp(updated)))
        stamps = self.time.stamp(created), self.time.stamp(updated)
        self.meetings.append((*head, *_NOT_HELD, *stamps))
        self.add_products(meeting_id, products, discussed=False)
