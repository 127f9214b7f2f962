"""What happens in a demo meeting, drawn into pools once per batch.

Half a million meetings cannot each afford ~100 draws, so every batch draws POOL meeting
"bodies" per (language, meeting type): plan texts, timings, what the RM ticked, notes,
objections, the outcome. A meeting takes one body and adds what is its own: the client,
the day, the products, the satisfaction trend. The checklist ticks follow each playbook
item's rate, so the items ticked least are what the "most skipped" insight should find.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from rmcoach.compliance.rules import default_compliance_rules
from rmcoach.demo import meeting_vocabulary as words
from rmcoach.demo.base import Draws, Weighted
from rmcoach.meeting_domain import MeetingType, Outcome
from rmcoach.playbook import load_default_playbook
from rmcoach.services.meetings.queries import PREPARE_PREFIX

POOL = 256
_LEVELS = (0.1, 0.2, 0.35, 0.55)  # how diligent the RM was that day: scales every rate
# when in the meeting each phase's items are ticked: (start, width) as shares of its length
_PHASE_TIMES = {
    "rapport": (0.0, 0.15),
    "questioning": (0.1, 0.5),
    "listening": (0.2, 0.7),
    "responding": (0.4, 0.58),
}
_QUIET = 0.4  # responding without an objection: opinions and suggestions, answered less
_CONSENT_ITEM = "questioning.consent_to_record"
_DURATIONS = Weighted(words.DURATIONS)
_OUTCOMES = {t: Weighted(w) for t, w in words.OUTCOME_WEIGHTS.items()}
_NOTE_COUNTS = Weighted(words.NOTE_COUNTS)
_OBJECTION_COUNTS = Weighted(words.OBJECTION_COUNTS)
_STYLES = tuple((s.value, d.value) for s, d in words.STYLE_PLAN.values())
_NO_STYLE: tuple[str | None, str | None] = (None, None)


@dataclass(slots=True)
class Body:
    """A meeting's draws that do not depend on its client or day. Texts are templates
    ({product}, {concern}); times are minutes after its start (or before, for prep)."""

    cancelled: bool
    duration: int  # planned
    length: int  # as held
    slot: int  # scheduled, minutes after local midnight
    shift: int  # started this much after the scheduled time
    wrap: int  # wrapped up this long after the end
    lead_days: int  # planned this many days ahead
    planned_at: int  # minutes after local midnight
    prepared: int  # prepare ticks start this long before the scheduled time
    style: tuple[str | None, str | None] | None  # None: the client's usual style
    objectives: tuple[str, ...]
    questions: tuple[str, ...]
    points: str
    prepare_ticks: tuple[tuple[str, int], ...]
    live_ticks: tuple[tuple[str, int], ...]
    consent: int | None
    notes: tuple[tuple[int, str], ...]
    promise: str
    objections: tuple[tuple[int, str, str, int], ...]  # (at, text, response, resolved)
    unresolved: list[tuple[str, str]]
    outcome: Outcome
    outcome_notes: str
    noise: float  # the client's satisfaction this time, around their trend
    satisfaction_known: bool  # the RM recorded it (most do)
    ratings: tuple[tuple[str, float], ...]
    next_contact_days: int | None
    amendment: tuple[int, int, str] | None  # (days later, minute of that day, text)
    needs: str
    intent: str


class Capture(Draws):
    """The batch's pools of meeting bodies, and tick patterns for planned meetings.

    Attributes:
        playbook: (id, version) of the default playbook, recorded on every meeting.
        recorded_types: the meeting types whose sale in the sales area is recorded (双录).
    """

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        playbook = load_default_playbook()
        self.playbook = (playbook.id, playbook.version)
        # a sale of these types made in the sales area is recorded: it needs the consent
        self.recorded_types = frozenset(
            default_compliance_rules().value("recorded_sale_meeting_types")
        )

        def rated(phase: str, prefix: str = "") -> list[tuple[str, float]]:
            items = playbook.phase(phase).items
            return [(prefix + i.id, words.TICK_RATES.get(i.id, words.DEFAULT_TICK)) for i in items]

        self.prepare = rated("prepare", PREPARE_PREFIX)
        self.live = [(rated(phase), *_PHASE_TIMES[phase]) for phase in words.LIVE_PHASES]
        self.pools = {
            english: {kind: [self.body(kind, english) for _ in range(POOL)] for kind in MeetingType}
            for english in (False, True)
        }

    def ticked(self, items: list[tuple[str, float]], level: float) -> list[str]:
        random = self.rng.random
        return [item for item, rate in items if random() < rate * level]

    def prepare_ticks(self) -> tuple[tuple[str, int], ...]:
        """Prepare items ticked a minute apart (for a planned meeting too)."""
        ticked = self.ticked(self.prepare, self.choice(_LEVELS))
        return tuple((item, n + 1) for n, item in enumerate(ticked))

    def body(self, kind: MeetingType, english: bool) -> Body:
        random, lang = self.rng.random, english
        recovery = kind is MeetingType.RECOVERY
        duration = _DURATIONS.draw(self.rng)
        length = int(duration * (0.7 + 0.6 * random()))
        level = self.choice(_LEVELS)
        objections = _OBJECTION_COUNTS.draw(self.rng) or int(recovery)
        outcome = _OUTCOMES[kind].draw(self.rng)
        roll = random()
        consent = 1 if roll < 0.6 else 0 if roll < 0.72 else None
        if outcome is Outcome.AGREED and kind in self.recorded_types:
            consent = 1  # a sale made in the sales area is on record (meetings.wrap_up's gate)
        live: list[tuple[str, int]] = []
        for index, (items, low, width) in enumerate(self.live):
            quiet = index == len(self.live) - 1 and not objections
            for item in self.ticked(items, level * _QUIET if quiet else level):
                if consent is not None or item != _CONSENT_ITEM:  # recording never raised
                    live.append((item, int(length * (low + width * random()))))
        promise = ""
        notes = []
        for at in sorted(int(length * random()) for _ in range(_NOTE_COUNTS.draw(self.rng))):
            if not promise and random() < 0.15:
                notes.append((at, promise := self.choice(words.PROMISES[lang])))
            else:
                notes.append((at, self.choice(words.NOTES[lang])))
        said = []
        unresolved = []
        for text, response in self.sample(words.OBJECTIONS[lang], objections):
            answered = response if random() < 0.85 else ""
            resolved = bool(answered) and random() < (0.4 if recovery else 0.7)
            said.append((int(length * (0.3 + 0.65 * random())), text, answered, int(resolved)))
            if not resolved:
                unresolved.append((text, answered))
        amend: tuple[int, int, str] | None = None
        if random() < 0.03:  # a dated addition, some days later
            later, minute = 1 + int(random() * 30), 540 + int(random() * 661)
            amend = (later, minute, self.choice(words.AMENDMENTS[lang]))
        roll = random()
        return Body(
            cancelled=random() < 0.02,
            duration=duration,
            length=length,
            slot=540 + 30 * int(random() * 17),  # 9:00 to 17:00
            shift=-5 + int(random() * 21),
            wrap=5 + int(random() * 176),
            lead_days=1 + int(random() * 21),
            planned_at=540 + int(random() * 541),
            prepared=30 + int(random() * 1411),
            style=_NO_STYLE if roll < 0.12 else self.choice(_STYLES) if roll < 0.25 else None,
            objectives=self.picks(words.OBJECTIVES[kind][lang]),
            questions=self.picks(words.QUESTIONS[lang]),
            points=self.choice(words.TALKING_POINTS[lang]) if random() < 0.35 else "",
            prepare_ticks=self.prepare_ticks(),
            live_ticks=tuple(live),
            consent=consent,
            notes=tuple(notes),
            promise=promise,
            objections=tuple(said),
            unresolved=unresolved,
            outcome=outcome,
            outcome_notes=self.choice(words.OUTCOME_NOTES[outcome][lang])
            if random() < 0.85
            else "",
            noise=1.4 * (random() - 0.5) - (1.0 if recovery else 0.0),
            satisfaction_known=random() < 0.95,
            ratings=tuple((phase, 2 * random()) for phase in words.LIVE_PHASES)
            if random() < words.RATED_SHARE
            else (),
            next_contact_days=14 + int(random() * 77)
            if random() < words.NEXT_CONTACT_SHARE
            else None,
            amendment=amend,
            needs=self.choice(words.NEEDS[lang]) if random() < 0.8 else "",
            intent=self.choice(words.INTENTS[lang]) if random() < 0.6 else "",
        )

    def picks(self, pool: tuple[str, ...]) -> tuple[str, ...]:
        """One to three distinct texts of the pool."""
        return tuple(self.sample(pool, 1 + int(self.rng.random() * 3)))
