"""Meeting preparation from the client record alone: questioning, openers, suitability, glance."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from rmcoach.domain import (
    ClientRecord,
    CommunicationStyle,
    Holding,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.meeting_domain import Directness, MeetingType, ProposedProduct, QuestionStyle

# Every reason the coach gives, as a stable code (the UI translates it) and the English text
# for the CLI and tests; {name} marks a parameter, passed in the reason's params.
REASONS_EN: dict[str, str] = {
    "question.style_direct": "A direct communicator: closed questions, straight to the point",
    "question.style_analytical": (
        "An analytical client: guided questions backed by facts and figures, asked directly"
    ),
    "question.style_amiable": (
        "An amiable client: open questions asked tactfully, relationship first, no pressure"
    ),
    "question.style_expressive": (
        "An expressive client: open questions to let them talk, then guided ones to bring "
        "the talk back to the point"
    ),
    "question.style_unknown": (
        "No communication style on record: start open and tactful, and note how the client responds"
    ),
    "question.occupation_analytical": (
        "Works as {occupation}: likely to value facts, so guide the questions with figures"
    ),
    "question.type_presentation": (
        "A product presentation: guide the questions toward whether the product fits"
    ),
    "question.type_maturity": (
        "Money is maturing: guide the questions toward what the client wants to do with it"
    ),
    "question.first_visit": (
        "A first visit: open questions and a tactful approach let a new client talk and build trust"
    ),
    "question.recovery": (
        "A complaint to recover from: listen first, ask open questions tactfully, do not "
        "argue or sell"
    ),
    "question.personality_cautious": (
        "Noted as '{keyword}': ask tactfully and give the client time to answer"
    ),
    "question.senior": (
        "The client is {age}: ask tactfully, one question at a time, and confirm they understood"
    ),
    "topic.birthday": "Birthday on {date}, in {days} day(s): a warm opener",
    "topic.household_birthday": "{relation} {name} has a birthday on {date}, in {days} day(s)",
    "topic.interest": "Interested in {interest}",
    "topic.children": "Has a child ({relation} {name}): ask about their studies and plans",
    "topic.occupation": "Works as {occupation}: ask how work is going",
    "topic.last_contact": "Last contact on {date} ({days} day(s) ago): {summary}",
    "topic.long_gap": "No contact for {days} days, since {date}: ask what has changed",
    "topic.maturity": "{product} matures on {date}, in {days} day(s): ask about plans for it",
    "topic.concern": "The client's concern: {concern}. Acknowledge it early",
    "product.suitable": "{product_risk} is within the client's {risk_profile} profile",
    "product.too_risky": (
        "{product_risk} is riskier than the client's {risk_profile} profile: do not recommend it"
    ),
    "product.no_profile": (
        "The client has no risk assessment on record: assess before presenting investments"
    ),
    "product.risk_unknown": "The product has no risk rating: check it before presenting",
    "product.no_rating_needed": "Deposits and loans need no risk match",
}

SENIOR_AGE = 60
TOPIC_DAYS = 30  # birthdays and maturities this close make an opening topic
GLANCE_MATURITY_DAYS = 90
LONG_GAP_DAYS = 90

_STYLE_RULES = {
    CommunicationStyle.DIRECT: (QuestionStyle.CLOSED, Directness.DIRECT),
    CommunicationStyle.ANALYTICAL: (QuestionStyle.GUIDED, Directness.DIRECT),
    CommunicationStyle.AMIABLE: (QuestionStyle.OPEN, Directness.TACTFUL),
    CommunicationStyle.EXPRESSIVE: (QuestionStyle.OPEN, Directness.DIRECT),
}
_CAUTIOUS_ZH = ("内向", "谨慎", "保守", "敏感", "多疑", "慢热", "害羞", "腼腆")
_CAUTIOUS_EN = re.compile(
    r"\b(cautious|careful|reserved|introvert(?:ed)?|shy|sensitive|conservative)\b", re.I
)
_ANALYTICAL_JOBS = re.compile(
    r"会计|财务|审计|工程师|律师|精算|分析师|教授|"
    r"\b(accountant|auditor|engineer|lawyer|actuary|analyst|professor)s?\b",
    re.I,
)
# Named relations only: a bare 子 or 女 would also catch 妻子 (wife) and 女婿 (son-in-law).
_CHILD_RELATION = re.compile(
    r"儿子|女儿|子女|孩子|小孩|孙子|孙女|外孙|^[儿女]$|"
    r"\b(son|daughter|child|children|kid|grandson|granddaughter|grandchild)s?\b(?!-in-law)",
    re.I,
)
_EXEMPT_TYPES = (ProductType.DEPOSIT, ProductType.LOAN)


def reason_en(code: str, params: dict[str, str]) -> str:
    """The English text of a reason code with its parameters filled in."""
    return REASONS_EN[code].format(**params)


@dataclass(frozen=True)
class QuestioningSuggestion:
    """How to question this client; reasons are codes with params, in the order applied."""

    style: QuestionStyle
    directness: Directness
    reason_codes: tuple[str, ...]
    reasons_en: tuple[str, ...]
    reason_params: tuple[dict[str, str], ...] = ()

    @property
    def reasons(self) -> tuple[tuple[str, dict[str, str]], ...]:
        """(code, params) pairs, for the UI to translate."""
        return tuple(zip(self.reason_codes, self.reason_params, strict=True))


@dataclass(frozen=True)
class OpeningTopic:
    """Something to open with; topic is taken from the client's own data (not translated)."""

    topic: str
    reason_code: str
    reason_en: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductCheck:
    """A proposed product against the client's risk profile; unsuitable ones are flagged."""

    product: ProposedProduct
    suitable: bool
    reason_code: str
    reason_en: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ClientGlance:
    """The figures the prepare screen shows at the top."""

    age: int | None
    tenure_years: int | None
    total_aum_fen: int  # the recorded AUM, or the holdings' sum when none is recorded
    holdings_total_fen: int
    maturities: tuple[Holding, ...]  # maturing in the next 90 days, soonest first
    risk_profile: RiskProfile | None
    tier: Tier
    last_contact_at: datetime | None
    days_since_contact: int | None
    next_birthday: date | None


def suggest_questioning(
    record: ClientRecord, meeting_type: MeetingType, today: date | None = None
) -> QuestioningSuggestion:
    """The questioning style for this client and meeting, with the reasons behind it.

    today is needed for the age rule; pass the book clock's date (the fallback reads the
    system date so the two-argument call still works).
    """
    draft = record.draft
    reasons: list[tuple[str, dict[str, str]]] = []
    style, directness = QuestionStyle.OPEN, Directness.TACTFUL
    if draft.communication_style is not None:
        style, directness = _STYLE_RULES[draft.communication_style]
        reasons.append((f"question.style_{draft.communication_style.value}", {}))
    else:
        reasons.append(("question.style_unknown", {}))
        if _ANALYTICAL_JOBS.search(draft.occupation):
            style = QuestionStyle.GUIDED
            reasons.append(("question.occupation_analytical", {"occupation": draft.occupation}))
        if meeting_type in (MeetingType.PRESENTATION, MeetingType.MATURITY):
            style = QuestionStyle.GUIDED
            reasons.append((f"question.type_{meeting_type.value}", {}))
    # A first visit or a complaint overrides the client's usual style: trust comes first.
    if meeting_type is MeetingType.ACQUISITION:
        style, directness = QuestionStyle.OPEN, Directness.TACTFUL
        reasons.append(("question.first_visit", {}))
    elif meeting_type is MeetingType.RECOVERY:
        style, directness = QuestionStyle.OPEN, Directness.TACTFUL
        reasons.append(("question.recovery", {}))
    keyword = _cautious_keyword(f"{draft.personality}\n{draft.mindset}")
    if keyword:
        directness = Directness.TACTFUL
        reasons.append(("question.personality_cautious", {"keyword": keyword}))
    age = _years_between(draft.birthday, today or date.today())
    if age is not None and age >= SENIOR_AGE:
        directness = Directness.TACTFUL
        reasons.append(("question.senior", {"age": str(age)}))
    return QuestioningSuggestion(
        style=style,
        directness=directness,
        reason_codes=tuple(code for code, _ in reasons),
        reasons_en=tuple(reason_en(code, params) for code, params in reasons),
        reason_params=tuple(params for _, params in reasons),
    )


def opening_topics(record: ClientRecord, today: date | None = None) -> tuple[OpeningTopic, ...]:
    """Opening topics drawn from the profile: personal ones first, business ones last."""
    today = today or date.today()
    draft = record.draft
    topics: list[OpeningTopic] = []

    def add(topic: str, code: str, **params: str) -> None:
        topics.append(OpeningTopic(topic, code, reason_en(code, params), params))

    # A lunar birthday's solar date moves every year; without a lunar calendar we skip it.
    birthday = None if draft.birthday_lunar else next_birthday(draft.birthday, today)
    if birthday is not None and (birthday - today).days <= TOPIC_DAYS:
        until = str((birthday - today).days)
        add(birthday.isoformat(), "topic.birthday", date=birthday.isoformat(), days=until)
    for member in draft.household:
        upcoming = next_birthday(member.birthday, today)
        if upcoming is not None and (upcoming - today).days <= TOPIC_DAYS:
            add(
                member.name,
                "topic.household_birthday",
                relation=member.relation,
                name=member.name,
                date=upcoming.isoformat(),
                days=str((upcoming - today).days),
            )
    for interest in draft.interests:
        add(interest, "topic.interest", interest=interest)
    for member in draft.household:
        if _CHILD_RELATION.search(member.relation.strip()):
            add(member.name, "topic.children", relation=member.relation, name=member.name)
    if draft.occupation.strip():
        add(draft.occupation.strip(), "topic.occupation", occupation=draft.occupation.strip())
    if record.contacts:
        last = max(record.contacts, key=lambda c: c.occurred_at)
        when = last.occurred_at.date()
        gap = (today - when).days
        if gap > LONG_GAP_DAYS:
            add(when.isoformat(), "topic.long_gap", days=str(gap), date=when.isoformat())
        elif last.summary.strip():
            summary = _short(last.summary)
            add(
                summary,
                "topic.last_contact",
                date=when.isoformat(),
                days=str(gap),
                summary=summary,
            )
    for holding in _maturing(draft.holdings, today, TOPIC_DAYS):
        assert holding.maturity_date is not None
        add(
            holding.name,
            "topic.maturity",
            product=holding.name,
            date=holding.maturity_date.isoformat(),
            days=str((holding.maturity_date - today).days),
        )
    if draft.concerns.strip():
        concern = _short(draft.concerns)
        add(concern, "topic.concern", concern=concern)
    return tuple(topics)


def check_products(
    record: ClientRecord, products: Iterable[ProposedProduct]
) -> tuple[ProductCheck, ...]:
    """Each product against the client's risk profile: R level above C level is flagged."""
    profile = record.draft.risk_profile
    checks: list[ProductCheck] = []
    for product in products:
        params: dict[str, str] = {}
        if product.risk is None and product.product_type in _EXEMPT_TYPES:
            code, suitable = "product.no_rating_needed", True
        elif profile is None:
            code, suitable = "product.no_profile", False
        elif product.risk is None:
            code, suitable = "product.risk_unknown", False
        else:
            params = {"product_risk": product.risk.value, "risk_profile": profile.value}
            suitable = product.risk.level <= profile.level
            code = "product.suitable" if suitable else "product.too_risky"
        checks.append(ProductCheck(product, suitable, code, reason_en(code, params), params))
    return tuple(checks)


def glance(record: ClientRecord, today: date) -> ClientGlance:
    draft = record.draft
    holdings_total = sum(h.amount_fen for h in draft.holdings)
    last = record.last_contact_at
    return ClientGlance(
        age=_years_between(draft.birthday, today),
        tenure_years=_years_between(draft.client_since, today),
        total_aum_fen=draft.aum_fen or holdings_total,
        holdings_total_fen=holdings_total,
        maturities=_maturing(draft.holdings, today, GLANCE_MATURITY_DAYS),
        risk_profile=draft.risk_profile,
        tier=draft.tier,
        last_contact_at=last,
        days_since_contact=None if last is None else (today - last.date()).days,
        next_birthday=None if draft.birthday_lunar else next_birthday(draft.birthday, today),
    )


def next_birthday(birthday: date | None, today: date) -> date | None:
    """The next time this birthday comes round (today included); 29 Feb falls on 28 Feb."""
    if birthday is None:
        return None
    for year in (today.year, today.year + 1):
        day = 28 if (birthday.month, birthday.day) == (2, 29) and not _leap(year) else birthday.day
        candidate = date(year, birthday.month, day)
        if candidate >= today:
            return candidate
    return None  # unreachable: next year's date is always after today


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _years_between(start: date | None, today: date) -> int | None:
    if start is None or start > today:
        return None
    return today.year - start.year - ((today.month, today.day) < (start.month, start.day))


def _maturing(holdings: Iterable[Holding], today: date, days: int) -> tuple[Holding, ...]:
    soon = [
        h
        for h in holdings
        if h.maturity_date is not None and 0 <= (h.maturity_date - today).days <= days
    ]
    return tuple(sorted(soon, key=lambda h: (h.maturity_date or today, h.name)))


def _cautious_keyword(text: str) -> str:
    for word in _CAUTIOUS_ZH:
        if word in text:
            return word
    match = _CAUTIOUS_EN.search(text)
    return match.group(0) if match else ""


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
