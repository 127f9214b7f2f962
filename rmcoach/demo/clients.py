"""Demo clients: one realistic client after another from a single random stream."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from rmcoach.demo import vocabulary as vocab
from rmcoach.demo.base import DemoClient, Draws, LocalDays, Weighted
from rmcoach.domain import CommunicationStyle, Gender, RiskProfile, Tier
from rmcoach.pinyin import PinyinKeys, name_keys

_REFERRAL_POOL = 10_000  # referrers come from the most recent demo clients (bounded memory)
_HISTORY_DAYS = 540  # contacts spread over the last 18 months

_TIERS = Weighted(zip(Tier, vocab.TIER_WEIGHTS, strict=True))
_HOLDING_COUNTS = {t: Weighted(enumerate(w)) for t, w in vocab.HOLDING_COUNTS.items()}
_RISK_BY_AGE = [(top, Weighted(zip(RiskProfile, w, strict=True))) for top, w in vocab.RISK_BY_AGE]
_STYLES = Weighted(zip(CommunicationStyle, vocab.STYLE_WEIGHTS, strict=True))
_CHANNELS = {  # stored values drawn directly: Enum.value costs a microsecond a call
    english: Weighted((channel.value, weight) for channel, weight in pairs)
    for english, pairs in ((False, vocab.CHANNEL_WEIGHTS_ZH), (True, vocab.CHANNEL_WEIGHTS_EN))
}
_OCCUPATIONS = {
    (english, tier, gender): Weighted((o, o.weights[i]) for o in pool if o.only in (None, gender))
    for english, pool in ((False, vocab.OCCUPATIONS), (True, vocab.EN_OCCUPATIONS))
    for i, tier in enumerate(Tier)
    for gender in Gender
}
_SURNAMES = Weighted(vocab.SURNAMES)
# What a client of risk level N may buy, cheapest first, and those minimums: a bisect then
# finds what a budget affords (tested ~100k times a book).
_AFFORDABLE = {
    level: ([p.minimum_yuan for p in fits], fits)
    for level in range(1, 6)
    for fits in [
        sorted((p for p in vocab.PRODUCTS if p.risk.level <= level), key=lambda p: p.minimum_yuan)
    ]
}
_PRODUCT_NAMES = [p.name for p in vocab.PRODUCTS[:6]]
# each summary template has at most one {slot}; only that one is drawn
_SUMMARIES = {
    english: [(t, next((s for s in vocab.SLOTS if f"{{{s}}}" in t), "")) for t in templates]
    for english, templates in ((False, vocab.SUMMARIES_ZH), (True, vocab.SUMMARIES_EN))
}


@dataclass
class _Person:
    """An earlier demo client, remembered so later ones can be referred (or married) to them."""

    id: int
    name: str
    surname: str
    english: bool
    gender: Gender
    birthday: date
    married: bool = False


class ClientGenerator(Draws):
    """Draws clients one after another from a single random stream."""

    def __init__(
        self, rng: random.Random, now: datetime, numbers: set[str], phones: set[str]
    ) -> None:
        super().__init__(rng)
        self.today = now.date()
        self.days = LocalDays(now.tzinfo)
        self.numbers = numbers
        self.phones = phones
        self.people: list[_Person] = []
        self.made = 0
        self.keys: dict[str, PinyinKeys] = {}

    def unique(self, used: set[str], draw: Callable[[], str]) -> str:
        value = draw()
        while value in used:
            value = draw()
        used.add(value)
        return value

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.between(low, high))

    def birthday(self, age: float) -> date:
        return self.today - timedelta(days=int(age * 365.25))

    def moment(self, day: date) -> datetime:
        """A moment between 9:00 and 20:00 on day in the clock's zone, as naive UTC."""
        return self.days.at(day, self.between(9 * 60, 20 * 60))

    def name_keys(self, name: str) -> PinyinKeys:
        found = self.keys.get(name)  # name_keys' own cache holds too few names for a book
        if found is None:
            found = self.keys[name] = name_keys(name)
        return found

    def surname(self) -> str:
        if self.chance(0.005):
            return self.choice(vocab.COMPOUND_SURNAMES)
        return _SURNAMES.draw(self.rng)

    def given(self, gender: Gender, born: int) -> str:
        if self.chance(0.3):
            return self.choice(vocab.SINGLE_GIVEN[gender])
        if born < 1975 and self.chance(0.6):
            return self.choice(vocab.CLASSIC_GIVEN[gender])
        return self.choice(vocab.GIVEN_FIRST[gender]) + self.choice(vocab.GIVEN_SECOND[gender])

    def english_name(self, gender: Gender, surname: str) -> str:
        return f"{self.choice(vocab.EN_FIRST[gender])} {surname}"

    def text(self, p: float, items: Sequence[str], most: int = 1) -> str:
        """With probability p, one to `most` distinct items joined as a Chinese list."""
        return "、".join(self.sample(items, self.between(1, most))) if self.chance(p) else ""

    def client(self, client_id: int) -> DemoClient:
        tier = _TIERS.draw(self.rng)
        gender = Gender.FEMALE if self.chance(0.5) else Gender.MALE
        birthday = self.birthday(self.rng.triangular(25.01, 85.99, vocab.AGE_MODE[tier]))
        age = _age(birthday, self.today)
        lunar = self.chance(0.08)
        if lunar and birthday.day == 31:  # a lunar month has at most 30 days
            birthday = birthday.replace(day=30)
        kind = self.rng.random()  # 85% Chinese, 9% bilingual, 6% English only
        english, bilingual = kind >= 0.94, 0.85 <= kind < 0.94
        surname = self.choice(vocab.EN_SURNAMES) if english else self.surname()
        name_zh = "" if english else surname + self.given(gender, birthday.year)
        name_en = self.english_name(gender, surname) if english else ""
        if bilingual:
            name_en = self.english_name(gender, self.name_keys(surname).full.capitalize())
        keys = self.name_keys(name_zh)
        occupation, employer = self.occupation(tier, gender, age, english, bilingual)
        low, high = vocab.AUM_BANDS[tier]
        aum_fen = min(
            max(int(low * (high / low) ** self.rng.random() * 100), low * 100), high * 100 - 1
        )
        risk = next(w for top, w in _RISK_BY_AGE if age < top).draw(self.rng)
        since = self.days_ago(1, 180) if self.chance(0.08) else self.days_ago(181, 365 * 20)
        holdings = self.holdings(client_id, tier, risk.level, aum_fen, since)
        since = min([since, *(h["start_date"] for h in holdings)])
        contacts = self.contacts(client_id, tier, since, english, holdings)
        last_contact = max((c["occurred_at"] for c in contacts), default=None)
        referred_by, household = self.family(client_id, gender, birthday, surname, english)
        created = self.moment(since)
        style = _STYLES.draw(self.rng) if self.chance(0.88) else None
        interests = self.sample(
            vocab.INTERESTS_EN if english else vocab.INTERESTS_ZH,
            self.choice((0, 1, 1, 2, 2, 3, 4)),
        )
        if bilingual and self.chance(0.5):
            interests.append(self.choice(vocab.INTERESTS_EN))
        row: dict[str, Any] = {
            "id": client_id,
            "client_no": self.unique(
                self.numbers, lambda: f"6222{self.between(0, 10**12 - 1):012d}"
            ),
            "name_zh": name_zh,
            "name_en": name_en,
            "name_pinyin": keys.full,
            "name_initials": keys.initials,
            "name_sort": keys.full or name_en.lower(),  # as clients._apply sorts names
            "gender": gender.value,
            "birthday": birthday,
            "birthday_lunar": lunar,
            "mobile": self.unique(
                self.phones,
                lambda: self.choice(vocab.MOBILE_PREFIXES) + f"{self.between(0, 10**8 - 1):08d}",
            ),
            "phone_other": self.choice(vocab.LANDLINE_AREAS)
            + str(self.between(20_000_000, 89_999_999))
            if self.chance(0.08)
            else "",
            "email": self.email(name_en if english else keys.full, birthday, english),
            "address": self.address() if self.chance(0.6) else "",
            "preferred_channel": _CHANNELS[english].draw(self.rng) if self.chance(0.9) else None,
            "best_time_to_call": self.text(0.7, vocab.BEST_TIMES),
            "occupation": occupation,
            "employer": employer,
            "personality": self.choice(vocab.PERSONALITIES[style]) if style else "",
            "communication_style": style.value if style else None,
            "habits": self.text(0.7, vocab.HABITS, 2),
            "concerns": self.text(0.75, vocab.CONCERNS, 2),
            "mindset": self.text(0.7, vocab.MINDSETS),
            "tier": tier.value,
            "risk_profile": risk.value,
            "aum_fen": aum_fen,
            "client_since": since,
            "referred_by_id": referred_by,
            "notes": self.text(0.4, vocab.NOTES_EN if english else vocab.NOTES),
            "last_contact_at": last_contact,
            "archived_at": None,
            "created_at": created,
            "updated_at": created,
        }
        tags = self.tags(tier, age, since, last_contact)
        self.remember(
            _Person(client_id, name_zh or name_en, surname, english, gender, birthday), household
        )
        return DemoClient(row, interests, tags, holdings, household, contacts)

    def occupation(
        self, tier: Tier, gender: Gender, age: int, english: bool, bilingual: bool
    ) -> tuple[str, str]:
        if (age >= 60 and self.chance(0.75)) or (age >= 55 and self.chance(0.3)):
            return (
                (vocab.RETIRED_EN, "")
                if english
                else (vocab.RETIRED, self.choice(vocab.RETIRED_FROM))
            )
        foreign = english or (bilingual and self.chance(0.3))
        chosen = _OCCUPATIONS[foreign, tier, gender].draw(self.rng)
        return chosen.name, self.choice(chosen.employers)

    def email(self, name: str, birthday: date, english: bool) -> str:
        if not self.chance(0.85 if english else 0.35):
            return ""
        if english:
            local = ".".join(name.lower().split()).replace("ü", "ue")
            return f"{local}@{self.choice(vocab.EMAIL_DOMAINS_EN)}"
        if self.chance(0.3):
            return f"{self.between(10_000_000, 2_999_999_999)}@qq.com"
        return f"{name}{birthday.year % 100:02d}@{self.choice(vocab.EMAIL_DOMAINS_ZH)}"

    def address(self) -> str:
        lane, number, floor = self.between(1, 2000), self.between(1, 40), self.between(1, 32)
        return f"{self.choice(vocab.ADDRESSES)}{lane}弄{number}号{floor}{self.between(1, 4):02d}室"

    def holdings(
        self, client_id: int, tier: Tier, risk_level: int, aum_fen: int, since: date
    ) -> list[dict[str, Any]]:
        count = _HOLDING_COUNTS[tier].draw(self.rng)
        # holdings take 50-95% of AUM; the rest sits in demand deposits
        budget = aum_fen // 100 * (0.5 + 0.45 * self.rng.random())
        shares = [self.rng.random() + 0.2 for _ in range(count)]
        rows: list[dict[str, Any]] = []
        for share in shares:
            part = int(budget * share / sum(shares))
            ceiling = risk_level if self.chance(0.92) else 5  # a few mis-sold, for the checks
            minimums, products = _AFFORDABLE[ceiling]
            affordable = bisect_right(minimums, part)
            if not affordable:
                continue
            product = products[int(self.rng.random() * affordable)]
            unit = 1000 if part >= 100_000 else 100 if part >= 1000 else 1
            if product.term_days is None:
                start = since + timedelta(days=self.between(0, (self.today - since).days - 1))
                maturity = None
            else:
                # uniform over the remaining term, so short products often mature within 90
                # days; a few matured last month and wait to be reinvested. Every date
                # stays before today, as a moment later today may be after the clock's now.
                maturity = (
                    self.days_ago(1, 30)
                    if self.chance(0.06)
                    else self.today + timedelta(days=self.between(1, product.term_days - 1))
                )
                start = maturity - timedelta(days=product.term_days)
            rows.append(
                {
                    "client_id": client_id,
                    "name": product.name,
                    "product_type": product.product_type.value,
                    "risk": product.risk.value,
                    "amount_fen": part // unit * unit * 100,
                    "start_date": start,
                    "maturity_date": maturity,
                }
            )
        return rows

    def contacts(
        self,
        client_id: int,
        tier: Tier,
        since: date,
        english: bool,
        holdings: Sequence[Mapping[str, Any]],
    ) -> list[dict[str, Any]]:
        # contacts happen after the client joined and before today (so never in the future)
        first = max(since, self.today - timedelta(days=_HISTORY_DAYS))
        span = max(0, (self.today - first).days - 1)
        fillers = {
            "product": [h["name"] for h in holdings] or _PRODUCT_NAMES,
            "concern": vocab.CONCERNS,
            "event": vocab.EVENTS,
        }
        count = self.between(*vocab.CONTACT_COUNTS[tier])
        rows: list[dict[str, Any]] = []
        for offset in sorted(self.between(0, span) for _ in range(count)):
            template, slot = self.choice(_SUMMARIES[english])
            rows.append(
                {
                    "client_id": client_id,
                    "occurred_at": self.moment(first + timedelta(days=offset)),
                    "channel": _CHANNELS[english].draw(self.rng),
                    "summary": template.format_map({slot: self.choice(fillers[slot])})
                    if slot
                    else template,
                }
            )
        return rows

    def family(
        self, client_id: int, gender: Gender, birthday: date, surname: str, english: bool
    ) -> tuple[int | None, list[dict[str, Any]]]:
        """Who referred the client (sometimes their spouse, then linked) and the household."""
        referred_by: int | None = None
        members: list[dict[str, Any]] = []
        husband = ""  # a linked husband's surname, for the children
        if self.people and self.chance(0.08):
            referrer = self.choice(self.people)
            referred_by = referrer.id
            if (
                self.chance(0.5)
                and not referrer.married
                and referrer.gender != gender
                and referrer.english == english
                and abs(referrer.birthday.year - birthday.year) <= 10
            ):
                referrer.married = True
                husband = referrer.surname if gender is Gender.FEMALE else ""
                members.append(
                    self.member(client_id, referrer.name, "配偶", referrer.birthday, referrer.id)
                )
        if not self.chance(0.5 if members else 0.3):
            return referred_by, members
        age = _age(birthday, self.today)
        # children take the father's surname; Western families share one
        family_surname = surname if gender is Gender.MALE or english else husband or self.surname()
        if not members and age >= 27 and self.chance(0.8):
            partner = Gender.MALE if gender is Gender.FEMALE else Gender.FEMALE
            partner_age = max(22, age + self.between(0, 6) * (1 if partner is Gender.MALE else -1))
            born = self.birthday(partner_age + self.rng.random())
            if english:
                name = self.english_name(partner, surname)
            else:
                name = (family_surname if partner is Gender.MALE else self.surname()) + self.given(
                    partner, born.year
                )
            members.append(self.member(client_id, name, "配偶", born))
        for _ in range(self.choice((0, 1, 1, 1, 2, 2)) if age >= 28 else 0):
            child_age = age - self.between(24, 36)
            if child_age >= 0:
                child = Gender.MALE if self.chance(0.5) else Gender.FEMALE
                born = self.birthday(child_age + self.rng.random())
                name = (
                    self.english_name(child, surname)
                    if english
                    else family_surname + self.given(child, born.year)
                )
                members.append(self.member(client_id, name, "子女", born))
        if age <= 58 and self.chance(0.3):
            born = self.birthday(age + self.between(22, 32) + self.rng.random())
            name = (
                self.english_name(Gender.MALE, surname)
                if english
                else surname + self.choice(vocab.CLASSIC_GIVEN[Gender.MALE])
            )
            members.append(self.member(client_id, name, "父母", born))
        return referred_by, members

    def member(
        self, client_id: int, name: str, relation: str, birthday: date, linked: int | None = None
    ) -> dict[str, Any]:
        if linked is not None:
            notes = "同为我行客户"
        else:
            notes = self.text(0.5, vocab.MEMBER_NOTES[relation])
        return {
            "client_id": client_id,
            "name": name,
            "relation": relation,
            "birthday": birthday if linked is not None or self.chance(0.7) else None,
            "linked_client_id": linked,
            "notes": notes,
        }

    def tags(self, tier: Tier, age: int, since: date, last_contact: datetime | None) -> list[str]:
        tags: list[str] = []
        if tier is Tier.PRIVATE or (tier is Tier.WEALTH and self.chance(0.3)):
            tags.append(vocab.TAG_KEY)
        if (self.today - since).days <= 180:
            tags.append(vocab.TAG_NEW)
        quiet = last_contact is None or (self.today - last_contact.date()).days > 180
        if quiet and tier in (Tier.VIP, Tier.MASS) and self.chance(0.6):
            tags.append(vocab.TAG_DORMANT)
        if age < 45 and tier in (Tier.VIP, Tier.MASS) and self.chance(0.12):
            tags.append(vocab.TAG_POTENTIAL)
        return tags

    def remember(self, person: _Person, household: Sequence[Mapping[str, Any]]) -> None:
        person.married = any(m["relation"] == "配偶" for m in household)
        if len(self.people) < _REFERRAL_POOL:
            self.people.append(person)
        else:
            self.people[self.made % _REFERRAL_POOL] = person
        self.made += 1


def _age(birthday: date, today: date) -> int:
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
