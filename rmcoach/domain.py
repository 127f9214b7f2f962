"""Plain domain values shared by services, CLI and UI: enums and frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, NamedTuple, Protocol, TypeVar


class Tier(StrEnum):
    """Client tiers; their display names are configurable per book (book settings)."""

    PRIVATE = "private"
    WEALTH = "wealth"
    VIP = "vip"
    MASS = "mass"


class RiskProfile(StrEnum):
    """The client's assessed risk tolerance, C1 (conservative) to C5 (aggressive)."""

    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    C4 = "C4"
    C5 = "C5"

    @property
    def level(self) -> int:
        return int(self.value[1])


class ProductRisk(StrEnum):
    """A product's risk rating, R1 (lowest) to R5 (highest)."""

    R1 = "R1"
    R2 = "R2"
    R3 = "R3"
    R4 = "R4"
    R5 = "R5"

    @property
    def level(self) -> int:
        return int(self.value[1])


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"


class Channel(StrEnum):
    """How the client likes to be reached, and how a contact happened."""

    PHONE = "phone"
    WECHAT = "wechat"
    SMS = "sms"
    EMAIL = "email"
    VISIT = "visit"
    BRANCH = "branch"


class CommunicationStyle(StrEnum):
    """A simple social-style reading that drives the questioning suggestion."""

    DIRECT = "direct"  # wants the point first, decides fast
    ANALYTICAL = "analytical"  # wants figures and documents, decides slowly
    AMIABLE = "amiable"  # relationship first, dislikes pressure
    EXPRESSIVE = "expressive"  # talkative, enjoys stories and ideas


class ProductType(StrEnum):
    DEPOSIT = "deposit"
    WEALTH = "wealth"  # bank wealth-management product
    FUND = "fund"
    INSURANCE = "insurance"
    STRUCTURED_DEPOSIT = "structured_deposit"
    BOND = "bond"
    PRECIOUS_METAL = "precious_metal"
    LOAN = "loan"
    OTHER = "other"


class SortKey(StrEnum):
    NAME = "name"
    TIER = "tier"
    AUM = "aum"
    LAST_CONTACT = "last_contact"
    CLIENT_SINCE = "client_since"


@dataclass(frozen=True)
class Holding:
    """A product the client holds. Amounts are in fen (1/100 yuan) to stay exact."""

    name: str
    product_type: ProductType = ProductType.OTHER
    risk: ProductRisk | None = None
    amount_fen: int = 0
    start_date: date | None = None
    maturity_date: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class HouseholdMember:
    """Someone in the client's household; linked to their own record when a client too."""

    name: str
    relation: str = ""
    birthday: date | None = None
    linked_client_id: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Contact:
    """One logged contact with the client (call, visit, message)."""

    occurred_at: datetime
    channel: Channel
    summary: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ClientDraft:
    """Everything the RM can edit on a client; validated before it is saved."""

    name_zh: str = ""
    name_en: str = ""
    client_no: str = ""
    gender: Gender | None = None
    birthday: date | None = None
    birthday_lunar: bool = False
    mobile: str = ""
    phone_other: str = ""
    email: str = ""
    address: str = ""
    preferred_channel: Channel | None = None
    best_time_to_call: str = ""
    occupation: str = ""
    employer: str = ""
    personality: str = ""
    communication_style: CommunicationStyle | None = None
    habits: str = ""
    interests: tuple[str, ...] = ()
    concerns: str = ""
    mindset: str = ""
    tier: Tier = Tier.MASS
    risk_profile: RiskProfile | None = None
    aum_fen: int = 0
    client_since: date | None = None
    referred_by_id: int | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    holdings: tuple[Holding, ...] = ()
    household: tuple[HouseholdMember, ...] = ()


@dataclass(frozen=True)
class ClientRecord:
    """A stored client: the draft plus identity, history and bookkeeping."""

    id: int
    draft: ClientDraft
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None = None
    last_contact_at: datetime | None = None
    referred_by_name: str = ""
    referrals: tuple[tuple[int, str], ...] = ()  # (client id, display name) this client referred
    contacts: tuple[Contact, ...] = ()

    @property
    def display_name(self) -> str:
        return display_name(self.draft.name_zh, self.draft.name_en)


def display_name(name_zh: str, name_en: str) -> str:
    """The name to show: Chinese and English together when both are known."""
    if name_zh and name_en:
        return f"{name_zh} ({name_en})"
    return name_zh or name_en


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list: only what the list shows."""

    id: int
    name_zh: str
    name_en: str
    client_no: str
    tier: Tier
    risk_profile: RiskProfile | None
    aum_fen: int
    mobile: str
    last_contact_at: datetime | None
    next_maturity: date | None
    tags: str

    @property
    def display_name(self) -> str:
        return display_name(self.name_zh, self.name_en)


@dataclass(frozen=True)
class ClientQuery:
    """What the client list asks for: text search, filters and a sort, all done in SQL."""

    text: str = ""
    tiers: frozenset[Tier] = frozenset()
    risk_profiles: frozenset[RiskProfile] = frozenset()
    not_contacted_days: int | None = None
    include_archived: bool = False
    archived_only: bool = False
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class ClientPage:
    """A page of the list plus the cursor for the next page (None when it was the last)."""

    rows: tuple[ClientRow, ...]
    next_cursor: tuple[object, int] | None


@dataclass(frozen=True)
class OpChanges:
    """What a write changed, so the UI refreshes only the stale parts (Anki's OpChanges).

    `meetings` is what lists and calendars show of a meeting (its time, type, status,
    outcome); `meeting_capture` is what was recorded inside one meeting (ticks, notes,
    objections, drafts, products discussed, amendments), which only that meeting's own
    view shows: live mode writes on every tap, and the rest of the window must not reload.
    """

    clients: bool = False
    meetings: bool = False
    meeting_capture: bool = False
    followups: bool = False
    settings: bool = False
    products: bool = False  # the product catalogue
    snapshots: bool = False  # the daily asset figures the trends are read from
    client_ids: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: OpChanges) -> OpChanges:
        """Both writes' changes, for a call that makes several writes."""
        flags = {name: getattr(self, name) or getattr(other, name) for name in _FLAGS}
        # no ids on a change that changed something means "any client": keep it so
        widest = any(not c.client_ids and c.changed_any for c in (self, other))
        ids = frozenset() if widest else self.client_ids | other.client_ids
        return OpChanges(**flags, client_ids=ids)

    @property
    def changed_any(self) -> bool:
        return any(getattr(self, name) for name in _FLAGS)


_FLAGS = tuple(f.name for f in fields(OpChanges) if f.name != "client_ids")


class ReportsChanges(Protocol):
    """A write's result that says what the write changed (ClientSaved, Written, ...)."""

    @property
    def changes(self) -> OpChanges: ...


T = TypeVar("T")


class Written(NamedTuple, Generic[T]):
    """What a write returned and what it changed: every public write returns OpChanges
    or a result carrying them (Anki's OpChangesWithId and friends)."""

    value: T
    changes: OpChanges


def changes_of(result: OpChanges | ReportsChanges) -> OpChanges:
    """The changes a write reported, whichever of the two shapes it returned."""
    return result if isinstance(result, OpChanges) else result.changes
