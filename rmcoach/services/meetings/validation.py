"""The meeting service's errors and the checks run before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from rmcoach.compliance.domain import Reason
from rmcoach.compliance.reasons import reason_text
from rmcoach.meeting_domain import MeetingPlan, MeetingStatus, WrapUp
from rmcoach.playbook import PHASE_IDS
from rmcoach.validation import ENGLISH_MESSAGES, FieldError, ValidationError

# English texts of the codes the meeting service adds to rmcoach.validation's; the UI
# translates each code ({name} is a parameter, passed in FieldError.params).
MEETING_MESSAGES = {
    "text_required": "cannot be empty",
    "client_changed": "a meeting cannot move to another client",
    "duration_invalid": "must be 1 to {max} minutes",
    "datetime_naive": "needs a time zone",
    "product_name_required": "a product needs a name",
    "item_invalid": "is not a playbook item id",
    "satisfaction_invalid": "must be 1 to 5",
    "rating_invalid": "must be 1 to 5",
    "phase_unknown": "{phase} is not a phase of the meeting",
    "phase_repeated": "{phase} is rated twice",
    "due_date_required": "a follow-up needs a due date",
    "date_in_past": "cannot be before today",
    "followup_other_client": "a follow-up from this meeting must be for the meeting's client",
}

MAX_DURATION_MINUTES = 24 * 60
_ITEM_ID = re.compile(r"[a-z0-9_.]{1,90}")  # playbook ids; room left for the prepare prefix
_LIMITS = {"place": 200, "objective": 500, "question": 500, "talking_points": 20_000}


@dataclass(frozen=True)
class MeetingFieldError(FieldError):
    """A FieldError whose code may be one of the meeting service's own."""

    @property
    def message_en(self) -> str:
        template = MEETING_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)


class MeetingValidationError(ValidationError, ValueError):
    """What was given cannot be stored; errors lists every problem, and nothing was written."""


@dataclass(frozen=True)
class SaleFieldError(FieldError):
    """Why the outcome cannot be "agreed": its code is a compliance reason code
    (compliance/reasons.py), with the shipped Chinese and English text."""

    def message(self, lang: str = "en") -> str:
        return reason_text(self.code, self.params, lang)

    @property
    def message_en(self) -> str:
        return self.message("en")


class SaleNotAllowedError(MeetingValidationError):
    """The meeting cannot be wrapped up as a sale made (Outcome.AGREED): a recorded sale
    lacks the client's consent, or a product is unsuitable with no exception on record.

    Attributes:
        reasons: the compliance reasons, as suitability.sale_check gives them.
    """

    def __init__(self, reasons: tuple[Reason, ...]) -> None:
        super().__init__([SaleFieldError("outcome", r.code, dict(r.params)) for r in reasons])
        self.reasons = reasons


class MeetingNotFoundError(LookupError):
    """No meeting (or objection) with that id."""


class MeetingStateError(Exception):
    """The call does not fit the meeting's status."""

    def __init__(self, message: str, meeting_id: int, status: MeetingStatus) -> None:
        super().__init__(message)
        self.meeting_id = meeting_id
        self.status = status


class MeetingClosedError(MeetingStateError):
    """The meeting is done (a record: amend it instead) or cancelled."""

    def __init__(self, meeting_id: int, status: MeetingStatus) -> None:
        hint = "; add an amendment instead" if status is MeetingStatus.DONE else ""
        super().__init__(
            f"meeting {meeting_id} is {status.value} and cannot change{hint}", meeting_id, status
        )


class MeetingNotDoneError(MeetingStateError):
    """Amendments are for wrapped-up meetings; before that, edit the meeting itself."""

    def __init__(self, meeting_id: int, status: MeetingStatus) -> None:
        super().__init__(
            f"meeting {meeting_id} is {status.value}: only a done meeting takes amendments",
            meeting_id,
            status,
        )


def normalized_plan(plan: MeetingPlan) -> MeetingPlan:
    """Trimmed texts, blank list entries dropped: what is stored is what reads back."""

    def lines(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.strip() for v in values if v.strip())

    return replace(
        plan,
        place=plan.place.strip(),
        objectives=lines(plan.objectives),
        questions=lines(plan.questions),
        products=tuple(replace(p, name=p.name.strip()) for p in plan.products),
    )


def plan_errors(plan: MeetingPlan) -> list[FieldError]:
    errors: list[FieldError] = []
    if not 1 <= plan.duration_minutes <= MAX_DURATION_MINUTES:
        errors.append(_error("duration_minutes", "duration_invalid", max=MAX_DURATION_MINUTES))
    if plan.scheduled_at is not None and plan.scheduled_at.tzinfo is None:
        errors.append(_error("scheduled_at", "datetime_naive"))
    errors += _too_long("place", plan.place, _LIMITS["place"])
    errors += _too_long("talking_points", plan.talking_points, _LIMITS["talking_points"])
    for index, objective in enumerate(plan.objectives):
        errors += _too_long(f"objectives[{index}]", objective, _LIMITS["objective"])
    for index, question in enumerate(plan.questions):
        errors += _too_long(f"questions[{index}]", question, _LIMITS["question"])
    for index, product in enumerate(plan.products):
        if not product.name:
            errors.append(_error(f"products[{index}].name", "product_name_required"))
        errors += _too_long(f"products[{index}].name", product.name, 200)
    return errors


def wrap_up_errors(wrap: WrapUp, client_id: int, today: date) -> list[FieldError]:
    """Every problem with a wrap-up at once, so the screen can mark all of them."""
    errors: list[FieldError] = []
    if wrap.satisfaction is not None and not 1 <= wrap.satisfaction <= 5:
        errors.append(_error("satisfaction", "satisfaction_invalid"))
    seen: set[str] = set()
    for index, (phase, rating) in enumerate(wrap.phase_ratings):
        where = f"phase_ratings[{index}]"
        if phase not in PHASE_IDS:
            errors.append(_error(where, "phase_unknown", phase=phase))
        elif phase in seen:
            errors.append(_error(where, "phase_repeated", phase=phase))
        seen.add(phase)
        if not 1 <= rating <= 5:
            errors.append(_error(where, "rating_invalid"))
    for index, draft in enumerate(wrap.followups):
        where = f"followups[{index}]"
        if not draft.title.strip():
            errors.append(_error(f"{where}.title", "text_required"))
        errors += _too_long(f"{where}.title", draft.title.strip(), 300)
        if draft.due_on is None:
            errors.append(_error(f"{where}.due_on", "due_date_required"))
        elif draft.due_on < today:
            errors.append(_error(f"{where}.due_on", "date_in_past"))
        if draft.client_id != client_id:
            errors.append(_error(f"{where}.client_id", "followup_other_client"))
    if wrap.next_contact_on is not None and wrap.next_contact_on < today:
        errors.append(_error("next_contact_on", "date_in_past"))
    return errors


def required_text(field: str, text: str) -> list[FieldError]:
    return [] if text.strip() else [_error(field, "text_required")]


def check_item_id(item_id: str) -> list[FieldError]:
    # Only the form is checked, not the playbook: a bank may swap its playbook while a
    # meeting recorded under the old one is still open.
    return [] if _ITEM_ID.fullmatch(item_id) else [_error("item_id", "item_invalid")]


def _too_long(field: str, text: str, limit: int) -> list[FieldError]:
    return [_error(field, "too_long", max=limit)] if len(text) > limit else []


def _error(field: str, code: str, **params: object) -> FieldError:
    return MeetingFieldError(field, code, {k: str(v) for k, v in params.items()})
