"""The meeting flow: Prepare, Meet, Wrap-up for one meeting; each step can be left and resumed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from rmcoach.compliance.domain import ProductKind, Reason
from rmcoach.domain import OpChanges, ProductRisk, Written
from rmcoach.meeting_domain import (
    Amendment,
    Meeting,
    MeetingNote,
    MeetingStatus,
    MeetingType,
    Objection,
    Outcome,
    ProposedProduct,
)
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import cooling_off
from rmcoach.validation import ValidationError
from ui import formatting
from ui.coach_labels import meeting_type_name
from ui.dialogs.sale_exception_dialog import SaleExceptionDialog
from ui.documents.preview_dialog import open_documents
from ui.operations import Operations
from ui.pages.meeting_context import MeetingContext, load_context
from ui.widgets.live_view import LiveView
from ui.widgets.meeting_record import MeetingRecord
from ui.widgets.prepare_view import PrepareView
from ui.widgets.step_header import StepHeader
from ui.widgets.wrapup_view import WrapUpView


@dataclass(frozen=True)
class SaleRefused:
    """The sale check said no: the meeting stays live, the reasons are shown."""

    reasons: tuple[Reason, ...]
    changes: OpChanges = field(default_factory=OpChanges)  # nothing was written


class MeetingFlow(QWidget):
    """One meeting at a time. Its writes name it as their initiator: it shows what it
    wrote already, and the rest of the window reloads only what lists show.

    Signals:
        loaded(str): a step is shown ("prepare", "live", "wrapup", "record"): tests wait on it.
        fullscreen_requested(bool), status(str).
    """

    loaded = Signal(str)
    fullscreen_requested = Signal(bool)
    status = Signal(str)

    def __init__(self, ops: Operations, tier_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingFlow")
        self._ops = ops
        self.context: MeetingContext | None = None
        self.exception_dialog: SaleExceptionDialog | None = None
        self.header = StepHeader()
        self.header.step_clicked.connect(self.switch_to)
        self.prepare = PrepareView(tier_names)
        self.live = LiveView()
        self.wrapup = WrapUpView()
        self.record = MeetingRecord()
        self.stack = QStackedWidget()
        for widget in (self.prepare, self.live, self.wrapup, self.record):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self.prepare.save_requested.connect(lambda: self.save_plan())
        self.prepare.start_requested.connect(self.start)
        self.prepare.prepare_item_toggled.connect(self._on_prepare_item)
        self.prepare.exception_requested.connect(self._on_exception_requested)
        live = self.live
        live.item_toggled.connect(self._on_item_toggled)
        live.note_added.connect(self._on_note_added)
        live.note_draft_changed.connect(
            lambda text: self._live_op(lambda b, m: meetings.save_note_draft(b, m, text))
        )
        live.needs_changed.connect(
            lambda text: self._live_op(lambda b, m: meetings.set_needs(b, m, text))
        )
        live.intent_changed.connect(
            lambda text: self._live_op(lambda b, m: meetings.set_real_intent(b, m, text))
        )
        live.objection_added.connect(self._on_objection_added)
        live.objection_changed.connect(
            lambda oid, response, resolved: self._ops.op(
                lambda b: meetings.update_objection(b, oid, response, resolved), initiator=self
            )
        )
        live.product_toggled.connect(self._on_product_toggled)
        live.consent_changed.connect(
            lambda value: self._live_op(lambda b, m: meetings.set_consent(b, m, value))
        )
        live.end_requested.connect(lambda: self.switch_to("wrapup"))
        live.fullscreen_toggled.connect(self.fullscreen_requested)
        self.wrapup.finish_requested.connect(self.finish)
        self.record.amend_requested.connect(self._on_amend)
        self.record.documents_requested.connect(self._open_documents)

    # -- opening -------------------------------------------------------------------
    @property
    def meeting(self) -> Meeting | None:
        return self.context.meeting if self.context else None

    def open_new(self, client_id: int, meeting_type: MeetingType = MeetingType.REVIEW) -> None:
        self._load(
            lambda book: load_context(book, client_id=client_id, meeting_type=meeting_type),
            "prepare",
        )

    def open_meeting(self, meeting_id: int, step: str | None = None) -> None:
        self._load(lambda book: load_context(book, meeting_id=meeting_id), step)

    def _load(self, read: Callable[[Book], MeetingContext], step: str | None) -> None:
        def shown(context: MeetingContext) -> None:
            self.context = context
            self.go_to(step or self._natural_step(context.meeting))

        self._ops.query(read, shown)

    def reload(self, step: str | None = None) -> None:
        if self.meeting is not None:
            self.open_meeting(self.meeting.id, step)

    @staticmethod
    def _natural_step(meeting: Meeting | None) -> str:
        if meeting is None or meeting.status == MeetingStatus.PLANNED:
            return "prepare"
        if meeting.status == MeetingStatus.LIVE:
            return "live"
        return "record"

    def switch_to(self, step: str) -> None:
        """Leave the current step for another: what live mode captured is written and read
        back first (the worker runs in order), so the next step starts from the book."""
        self.flush()
        if self.meeting is not None:
            self.reload(step)
        else:
            self.go_to(step)

    def go_to(self, step: str) -> None:
        context = self.context
        if context is None:
            return
        if self.stack.currentWidget() is self.live and step != "live":
            self.live.flush()
            self.live.stop()
        meeting = context.meeting
        status = meeting.status if meeting else MeetingStatus.PLANNED
        if status == MeetingStatus.DONE or status == MeetingStatus.CANCELLED:
            step = "record"
        elif status == MeetingStatus.PLANNED and step != "prepare":
            step = "prepare"
        reachable = {
            MeetingStatus.PLANNED: ("prepare",),
            MeetingStatus.LIVE: ("prepare", "live", "wrapup"),
        }.get(status, ())
        self.header.set_step("wrapup" if step == "record" else step, reachable)
        title = f"{context.record.display_name} · {meeting_type_name(context.plan.meeting_type)}"
        self.header.title.setText(title)
        if step == "prepare":
            self.prepare.show_context(context)
            self.stack.setCurrentWidget(self.prepare)
        elif step == "live" and meeting is not None:
            self.live.show_meeting(
                meeting,
                context.playbook.phases,
                self._live_facts(context),
                context.compliance,
                context.check_product,
            )
            self.stack.setCurrentWidget(self.live)
        elif step == "wrapup" and meeting is not None:
            self.wrapup.show_meeting(meeting, context.playbook.phases, QDate(context.today))
            self.stack.setCurrentWidget(self.wrapup)
        elif meeting is not None:
            self.record.show_meeting(meeting, context.playbook)
            self.stack.setCurrentWidget(self.record)
        self.loaded.emit(step)

    def _live_facts(self, context: MeetingContext) -> str:
        draft = context.record.draft
        bits = [draft.risk_profile.value if draft.risk_profile else ""]
        if draft.aum_fen:
            bits.append(formatting.amount(draft.aum_fen))
        if draft.mobile:
            bits.append(draft.mobile)
        return " · ".join(b for b in bits if b)

    # -- prepare -------------------------------------------------------------------
    def save_plan(self, then: Callable[[int], None] | None = None) -> None:
        """Store the plan (a new one becomes a planned meeting), then reload or call `then`."""
        context = self.context
        if context is None:
            return
        plan = self.prepare.plan()
        checked = self.prepare.checked_items()
        meeting = context.meeting

        def write(book: Book) -> meetings.MeetingSaved:
            if meeting is None:
                saved = meetings.plan_meeting(book, plan)
                for item_id in checked:
                    meetings.set_prepare_checked(book, saved.meeting.id, item_id, True)
                return saved
            return meetings.update_plan(book, meeting.id, plan)

        def done(saved: meetings.MeetingSaved) -> None:
            self.status.emit(self.tr("Plan saved."))
            if then is not None:
                then(saved.meeting.id)
            else:
                self.open_meeting(saved.meeting.id, "prepare")

        self._ops.op(write, done, self._on_failure, initiator=self)

    def _on_prepare_item(self, item_id: str, checked: bool) -> None:
        meeting = self.meeting
        if meeting is not None:  # a new plan stores its ticks when it is first saved
            self._ops.op(
                lambda b: meetings.set_prepare_checked(b, meeting.id, item_id, checked),
                initiator=self,
            )

    def _on_exception_requested(
        self, name: str, risk: ProductRisk, kind: ProductKind | None
    ) -> None:
        context = self.context
        if context is None:
            return
        dialog = SaleExceptionDialog(
            self._ops,
            context.record.id,
            name,
            risk,
            kind,
            context.meeting.id if context.meeting else None,
            self,
        )
        self.exception_dialog = dialog

        def recorded(_exception: object) -> None:
            self.prepare.exception_recorded(name)
            self.status.emit(self.tr("Exception recorded for %1.").replace("%1", name))

        dialog.recorded.connect(recorded)
        dialog.open()

    def start(self) -> None:
        def started(meeting_id: int) -> None:
            self._ops.op(
                lambda b: meetings.start_meeting(b, meeting_id),
                lambda _r: self.open_meeting(meeting_id, "live"),
                self._on_failure,
                initiator=self,
            )

        self.save_plan(then=started)

    # -- live ------------------------------------------------------------------------
    def _live_op(self, write: Callable[[Book, int], OpChanges]) -> None:
        """One tap in live mode: one write, which only this meeting's view shows."""
        meeting = self.meeting
        if meeting is not None:
            self._ops.op(lambda b: write(b, meeting.id), initiator=self)

    def _on_item_toggled(self, item_id: str, ticked: bool) -> None:
        self.live.item_changed_locally()
        self._live_op(lambda b, m: meetings.set_ticked(b, m, item_id, ticked))

    def _on_note_added(self, text: str) -> None:
        meeting = self.meeting
        if meeting is None:
            return

        def added(note: Written[MeetingNote]) -> None:
            self.live.add_note_row(note.value)

        self._ops.op(lambda b: meetings.add_note(b, meeting.id, text), added, initiator=self)

    def _on_objection_added(self, text: str) -> None:
        meeting = self.meeting
        if meeting is None:
            return

        def added(objection: Written[Objection]) -> None:
            self.live.add_objection_row(objection.value)

        self._ops.op(lambda b: meetings.add_objection(b, meeting.id, text), added, initiator=self)

    def _on_product_toggled(self, name: str, discussed: bool) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        products = {p.name: p for p in meeting.plan.products}
        current = products.get(name)
        products[name] = (
            replace(current, discussed=discussed)
            if current
            else ProposedProduct(name=name, discussed=discussed)
        )
        if self.context is not None:
            new_plan = replace(meeting.plan, products=tuple(products.values()))
            self.context = replace(
                self.context, meeting=replace(meeting, plan=new_plan), plan=new_plan
            )
        names = tuple(p.name for p in products.values() if p.discussed)
        self._live_op(lambda b, m: meetings.set_products_discussed(b, m, names))

    # -- wrap-up -----------------------------------------------------------------
    def finish(self) -> None:
        """Wrap up; a sale made (AGREED) the sale check refuses shows its reasons, and a
        private product sold starts its cooling-off follow-ups in the same worker call."""
        meeting = self.meeting
        wrap = self.wrapup.wrap_up()
        if meeting is None or wrap is None:
            return
        sale = wrap.outcome is Outcome.AGREED

        def write(book: Book) -> meetings.MeetingSaved | SaleRefused:
            try:  # the core runs the sale check (suitability.sale_check) itself
                saved = meetings.wrap_up(book, meeting.id, wrap)
            except meetings.SaleNotAllowedError as refused:
                return SaleRefused(refused.reasons)
            if sale:
                started = cooling_off.after_sale(book, meeting.id)
                saved = replace(saved, changes=saved.changes | started.changes)
            return saved

        def done(result: meetings.MeetingSaved | SaleRefused) -> None:
            if isinstance(result, SaleRefused):
                self.wrapup.show_refusal(result.reasons)
                return
            self.status.emit(self.tr("Meeting saved as a record; follow-ups are on the calendar."))
            self.reload("record")

        self._ops.op(write, done, self._on_failure, initiator=self)

    def _open_documents(self) -> None:
        meeting = self.meeting
        if meeting is not None:
            open_documents(self, self._ops, meeting.plan.client_id, meeting.id)

    def _on_amend(self, text: str) -> None:
        meeting = self.meeting
        if meeting is not None:

            def amended(_amendment: Written[Amendment]) -> None:
                self.reload("record")

            self._ops.op(lambda b: meetings.amend(b, meeting.id, text), amended, initiator=self)

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, ValidationError | meetings.MeetingValidationError):
            from ui.labels import field_error_text

            errors = getattr(error, "errors", [])
            self.status.emit("  ".join(field_error_text(e) for e in errors) or str(error))
        else:
            self._ops.report_error(error)

    def flush(self) -> None:
        """Before the window closes or the page changes: write what live mode holds."""
        if self.stack.currentWidget() is self.live:
            self.live.flush()
