"""Translated reason texts of the meeting coach's suggestions and checks, by code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmcoach.services.meetings.prep import reason_en


def _reasons() -> dict[str, str]:
    # one literal per code so lupdate can find them; {name} placeholders are filled after
    return {
        "question.style_direct": QCoreApplication.translate(
            "reasons", "A direct communicator: closed questions, straight to the point"
        ),
        "question.style_analytical": QCoreApplication.translate(
            "reasons",
            "An analytical client: guided questions backed by facts and figures, asked directly",
        ),
        "question.style_amiable": QCoreApplication.translate(
            "reasons",
            "An amiable client: open questions asked tactfully, relationship first, no pressure",
        ),
        "question.style_expressive": QCoreApplication.translate(
            "reasons",
            "An expressive client: open questions to let them talk, then guided ones to bring the talk back to the point",
        ),
        "question.style_unknown": QCoreApplication.translate(
            "reasons",
            "No communication style on record: start open and tactful, and note how the client responds",
        ),
        "question.occupation_analytical": QCoreApplication.translate(
            "reasons",
            "Works as {occupation}: likely to value facts, so guide the questions with figures",
        ),
        "question.type_presentation": QCoreApplication.translate(
            "reasons", "A product presentation: guide the questions toward whether the product fits"
        ),
        "question.type_maturity": QCoreApplication.translate(
            "reasons",
            "Money is maturing: guide the questions toward what the client wants to do with it",
        ),
        "question.first_visit": QCoreApplication.translate(
            "reasons",
            "A first visit: open questions and a tactful approach let a new client talk and build trust",
        ),
        "question.recovery": QCoreApplication.translate(
            "reasons",
            "A complaint to recover from: listen first, ask open questions tactfully, do not argue or sell",
        ),
        "question.personality_cautious": QCoreApplication.translate(
            "reasons", "Noted as '{keyword}': ask tactfully and give the client time to answer"
        ),
        "question.senior": QCoreApplication.translate(
            "reasons",
            "The client is {age}: ask tactfully, one question at a time, and confirm they understood",
        ),
        "topic.birthday": QCoreApplication.translate(
            "reasons", "Birthday on {date}, in {days} day(s): a warm opener"
        ),
        "topic.household_birthday": QCoreApplication.translate(
            "reasons", "{relation} {name} has a birthday on {date}, in {days} day(s)"
        ),
        "topic.interest": QCoreApplication.translate("reasons", "Interested in {interest}"),
        "topic.children": QCoreApplication.translate(
            "reasons", "Has a child ({relation} {name}): ask about their studies and plans"
        ),
        "topic.occupation": QCoreApplication.translate(
            "reasons", "Works as {occupation}: ask how work is going"
        ),
        "topic.last_contact": QCoreApplication.translate(
            "reasons", "Last contact on {date} ({days} day(s) ago): {summary}"
        ),
        "topic.long_gap": QCoreApplication.translate(
            "reasons", "No contact for {days} days, since {date}: ask what has changed"
        ),
        "topic.maturity": QCoreApplication.translate(
            "reasons", "{product} matures on {date}, in {days} day(s): ask about plans for it"
        ),
        "topic.concern": QCoreApplication.translate(
            "reasons", "The client's concern: {concern}. Acknowledge it early"
        ),
        "product.suitable": QCoreApplication.translate(
            "reasons", "{product_risk} is within the client's {risk_profile} profile"
        ),
        "product.too_risky": QCoreApplication.translate(
            "reasons",
            "{product_risk} is riskier than the client's {risk_profile} profile: do not recommend it",
        ),
        "product.no_profile": QCoreApplication.translate(
            "reasons",
            "The client has no risk assessment on record: assess before presenting investments",
        ),
        "product.risk_unknown": QCoreApplication.translate(
            "reasons", "The product has no risk rating: check it before presenting"
        ),
        "product.no_rating_needed": QCoreApplication.translate(
            "reasons", "Deposits and loans need no risk match"
        ),
    }


def reason_text(code: str, params: dict[str, str]) -> str:
    """The reason in the user's language; an unknown code falls back to the core's English."""
    template = _reasons().get(code)
    if template is None:
        return reason_en(code, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return reason_en(code, params)
