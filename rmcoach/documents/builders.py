"""The context of each document kind: the brief, the minutes, the letter and the profile."""

from __future__ import annotations

from rmcoach.documents import formats
from rmcoach.documents.context import (
    BRIEF_CELL,
    BRIEF_FIELD,
    BRIEF_FOLLOWUPS,
    BRIEF_HOLDINGS,
    BRIEF_LINE,
    BRIEF_OBJECTIVES,
    BRIEF_OPENERS,
    BRIEF_PRODUCTS,
    BRIEF_QUESTIONS,
    BRIEF_REASONS,
    BRIEF_TITLE,
    LIVE_PHASES,
    Context,
    Sources,
    common,
    followup_rows,
    holdings_part,
    meeting_part,
    planned_type,
    salutation,
)
from rmcoach.documents.labels import labels
from rmcoach.documents.masking import Masker
from rmcoach.documents.names import name, reason
from rmcoach.meeting_domain import Meeting
from rmcoach.services.meetings import prep as meeting_prep

PROFILE_CONTACTS = 8


def brief(src: Sources, m: Masker) -> Context:
    """One A4 page to carry into the meeting; lists are cut to what fits."""
    lang = m.lang
    context = common(src, m, "brief")
    client = context["client"]
    for key in ("personality", "concerns", "interests", "household_line", "employer"):
        client[key] = formats.short(client[key], BRIEF_FIELD)
    meeting = meeting_part(src.meeting, src, m) if src.meeting is not None else None
    if meeting is not None:
        for key, limit in (
            ("objectives", BRIEF_OBJECTIVES),
            ("questions", BRIEF_QUESTIONS),
            ("products", BRIEF_PRODUCTS),
        ):
            meeting[f"more_{key}"] = max(len(meeting[key]) - limit, 0)
            meeting[key] = meeting[key][:limit]
        meeting["objectives"] = [formats.short(o, BRIEF_LINE) for o in meeting["objectives"]]
        meeting["questions"] = [formats.short(q, BRIEF_LINE) for q in meeting["questions"]]
        meeting["talking_points"] = formats.short(meeting["talking_points"], BRIEF_LINE)
        for product in meeting["products"]:
            product["name"] = formats.short(product["name"], BRIEF_LINE)
    suggestion = meeting_prep.suggest_questioning(src.record, planned_type(src), src.today)
    plan = src.meeting.plan if src.meeting is not None else None
    style = (plan.question_style if plan else None) or suggestion.style
    directness = (plan.directness if plan else None) or suggestion.directness
    separator = "，" if formats.is_zh(lang) else ", "
    topics = meeting_prep.opening_topics(src.record, src.today)
    due = src.open_followups[:BRIEF_FOLLOWUPS]
    context.update(
        meeting=meeting,
        questioning={
            "style": name(style, lang) + separator + name(directness, lang),
            "reasons": [
                reason(code, params, lang) for code, params in suggestion.reasons[:BRIEF_REASONS]
            ],
        },
        openers=[
            formats.short(m.text(reason(t.reason_code, t.params, lang)), BRIEF_LINE)
            for t in topics[:BRIEF_OPENERS]
        ],
        holdings=_short_names(holdings_part(src, m, BRIEF_HOLDINGS)),
        last_meeting=_last_meeting(src.last_meeting, src, m),
        followups=[
            {
                **row,
                "title": formats.short(f.title, BRIEF_TITLE),
                "due": formats.short_day(f.shows_on, lang),
            }
            for f, row in zip(due, followup_rows(due, src.today, lang), strict=True)
        ],
        more_followups=max(len(src.open_followups) - BRIEF_FOLLOWUPS, 0),
        reminders=_reminders(src, lang),
        prepare_open=_prepare_open(src, lang),
    )
    return context


def _last_meeting(meeting: Meeting | None, src: Sources, m: Masker) -> Context | None:
    if meeting is None:
        return None
    part = meeting_part(meeting, src, m)
    wrap = meeting.wrap_up
    summary = (wrap.outcome_notes if wrap else "") or meeting.real_intent or meeting.stated_needs
    part["outcome"] = name(wrap.outcome, m.lang) if wrap else ""
    part["summary"] = formats.short(m.text(summary), BRIEF_LINE)
    return part


def _short_names(holdings: Context) -> Context:
    for row in holdings["rows"]:
        row["name"] = formats.short(row["name"], BRIEF_CELL)
    return holdings


def _reminders(src: Sources, lang: str) -> list[Context]:
    """The live checklist, phase by phase, as short titles: what to keep in mind."""
    return [
        {"phase": phase.title.get(lang), "items": [item.title.get(lang) for item in phase.items]}
        for phase in src.playbook.phases
        if phase.id in LIVE_PHASES
    ]


def _prepare_open(src: Sources, lang: str) -> list[str]:
    """Prepare-checklist items not ticked yet (all of them when nothing is planned)."""
    done = src.meeting.prepare_checked if src.meeting is not None else frozenset()
    phase = next((p for p in src.playbook.phases if p.id == "prepare"), None)
    if phase is None:
        return []
    return [item.title.get(lang) for item in phase.items if item.id not in done]


def minutes(src: Sources, m: Masker) -> Context:
    """The record of a wrapped-up meeting: discussed, needs and intent, objections, actions."""
    assert src.meeting is not None  # gather() refuses minutes without a done meeting
    meeting = src.meeting
    lang = m.lang
    zone = src.now.tzinfo
    context = common(src, m, "minutes")
    wrap = meeting.wrap_up
    part = meeting_part(meeting, src, m)
    part["products_discussed"] = [p for p in part["products"] if p["discussed"]]
    context.update(
        meeting=part,
        notes=[
            {"at": formats.clock_time(n.at, zone), "text": m.text(n.text)} for n in meeting.notes
        ],
        stated_needs=m.text(meeting.stated_needs),
        real_intent=m.text((wrap.real_intent if wrap else "") or meeting.real_intent),
        objections=[
            {"text": m.text(o.text), "response": m.text(o.response), "resolved": o.resolved}
            for o in meeting.objections
        ],
        actions=[
            {"title": f.title, "kind": name(f.kind, lang), "due": formats.day(f.due_on, lang)}
            for f in (wrap.followups if wrap else ())
        ],
        next_contact=formats.day(wrap.next_contact_on if wrap else None, lang),
        outcome=name(wrap.outcome, lang) if wrap else "",
        outcome_notes=m.text(wrap.outcome_notes if wrap else ""),
        satisfaction=f"{wrap.satisfaction}/5" if wrap and wrap.satisfaction else "",
        amendments=[
            {"at": formats.moment(a.at, lang, zone), "text": m.text(a.text)}
            for a in meeting.amendments
        ],
    )
    return context


def default_letter_body(src: Sources, lang: str) -> str:
    """The letter's text before the RM edits it: thanks, what was agreed, what comes next."""
    assert src.meeting is not None
    meeting = src.meeting
    L = labels(lang)
    when = meeting.started_at or meeting.plan.scheduled_at or src.now
    paragraphs = [
        L["letter_thanks"].format(date=formats.day(when.astimezone(src.now.tzinfo).date(), lang))
    ]
    talked = [
        *meeting.plan.objectives,
        *(L["letter_product"].format(name=p.name) for p in meeting.plan.products if p.discussed),
    ]
    if talked:
        paragraphs.append(L["letter_discussed"] + "\n" + "\n".join(f"· {t}" for t in talked))
    wrap = meeting.wrap_up
    steps = [
        L["letter_by"].format(date=formats.day(f.due_on, lang), title=f.title)
        for f in (wrap.followups if wrap else ())
        if f.due_on is not None
    ]
    if steps:
        paragraphs.append(L["letter_next"] + "\n" + "\n".join(f"· {s}" for s in steps))
    if wrap is not None and wrap.next_contact_on is not None:
        paragraphs.append(
            L["letter_next_contact"].format(date=formats.day(wrap.next_contact_on, lang))
        )
    paragraphs.append(L["letter_questions"])
    return "\n\n".join(paragraphs)


def letter(src: Sources, m: Masker, body: str | None) -> Context:
    """A letter to the client; `body` is the RM's edited text (None: the default text)."""
    context = common(src, m, "letter")
    text = default_letter_body(src, m.lang) if body is None else body
    context.update(
        salutation=salutation(src.record, m.lang),
        body=text,
        paragraphs=[p.strip() for p in text.split("\n\n") if p.strip()],
        dated=formats.day(src.today, m.lang),
    )
    return context


def profile(src: Sources, m: Masker) -> Context:
    """The client profile sheet: identity, contact, relationship, person, holdings, history."""
    lang = m.lang
    context = common(src, m, "profile")
    contacts = sorted(src.record.contacts, key=lambda c: c.occurred_at, reverse=True)
    context.update(
        holdings=holdings_part(src, m),
        contacts=[
            {
                "when": formats.day(c.occurred_at.astimezone(src.now.tzinfo).date(), lang),
                "channel": name(c.channel, lang),
                "summary": m.text(c.summary),
            }
            for c in contacts[:PROFILE_CONTACTS]
        ],
        more_contacts=max(len(contacts) - PROFILE_CONTACTS, 0),
        followups=followup_rows(src.open_followups, src.today, lang),
    )
    return context
