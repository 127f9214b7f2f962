"""The book's tables as SQLAlchemy 2 typed models; migrations keep files in step with it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# offered here too (the migrations and the services name it so)
from rmcoach.storage.schema_base import Base as Base


class ClientEntity(Base):
    """A client. Timestamps are naive UTC; money is integer fen."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    # Derived from the name on every write; used for search and for pinyin-order sorting.
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")
    name_initials: Mapped[str] = mapped_column(String(100), default="")
    name_sort: Mapped[str] = mapped_column(String(400), default="")
    gender: Mapped[str | None] = mapped_column(String(1))
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_lunar: Mapped[bool] = mapped_column(Boolean, default=False)
    mobile: Mapped[str] = mapped_column(String(32), default="")
    phone_other: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_channel: Mapped[str | None] = mapped_column(String(16))
    best_time_to_call: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    personality: Mapped[str] = mapped_column(Text, default="")
    communication_style: Mapped[str | None] = mapped_column(String(16))
    habits: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    mindset: Mapped[str] = mapped_column(Text, default="")
    tier: Mapped[str] = mapped_column(String(16), default="mass")
    risk_profile: Mapped[str | None] = mapped_column(String(2))
    # the bank's risk assessment: the app records its result and date, never fills it in
    risk_assessed_on: Mapped[date | None] = mapped_column(Date)
    first_time_buyer: Mapped[bool] = mapped_column(Boolean, default=False)
    civil_capacity: Mapped[str] = mapped_column(String(16), default="full")  # full/limited/none
    guardian: Mapped[str] = mapped_column(String(100), default="")
    aum_fen: Mapped[int] = mapped_column(Integer, default=0)
    client_since: Mapped[date | None] = mapped_column(Date)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    tags: Mapped[list[ClientTagEntity]] = relationship(
        cascade="all, delete-orphan",
        order_by="(ClientTagEntity.kind, ClientTagEntity.position)",
    )
    holdings: Mapped[list[HoldingEntity]] = relationship(
        cascade="all, delete-orphan", order_by="HoldingEntity.id"
    )
    household: Mapped[list[HouseholdEntity]] = relationship(
        cascade="all, delete-orphan",
        order_by="HouseholdEntity.id",
        foreign_keys="HouseholdEntity.client_id",
    )
    contacts: Mapped[list[ContactEntity]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEntity.occurred_at.desc()"
    )

    __table_args__ = (
        Index("ix_clients_active_name", "archived_at", "name_sort", "id"),
        Index("ix_clients_aum", "aum_fen", "id"),
        Index("ix_clients_last_contact", "last_contact_at", "id"),
        Index("ix_clients_tier", "tier"),
        Index("ix_clients_initials", "name_initials"),
        Index("ix_clients_pinyin", "name_pinyin"),
        # client numbers are found by a prefix in any case (cn00 finds Cn001): LIKE can
        # use an index only when the index ignores case as LIKE does
        Index("ix_clients_client_no_nocase", text("client_no COLLATE NOCASE")),
    )


class ClientTagEntity(Base):
    """A free tag or an interest of a client (kind 'tag' or 'interest')."""

    __tablename__ = "client_tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("client_id", "kind", "value"),
        Index("ix_client_tags_value", "kind", "value"),
    )


class ClientSearchKeyEntity(Base):
    """A key that finds a client by a 1-2 character search the trigram index cannot see:
    each Chinese character of the client's searchable text, each word of the English name.

    Written with the trigram index entry (services/clients/search_index), never on its own.
    """

    __tablename__ = "client_search_keys"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (
        Index("ix_client_search_keys_client", "client_id"),
        {"sqlite_with_rowid": False},
    )


class HoldingEntity(Base):
    __tablename__ = "holdings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    product_type: Mapped[str] = mapped_column(String(32), default="other")
    risk: Mapped[str | None] = mapped_column(String(2))
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[date | None] = mapped_column(Date)
    maturity_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_holdings_client", "client_id"),
        Index("ix_holdings_maturity", "maturity_date"),
    )


class HouseholdEntity(Base):
    __tablename__ = "household_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    relation: Mapped[str] = mapped_column(String(50), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    linked_client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_household_client", "client_id"),)


class ContactEntity(Base):
    """One contact with the client; the newest sets clients.last_contact_at."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_contacts_client", "client_id", "occurred_at"),)


class BookSettingEntity(Base):
    """Settings that travel with the book (tier names, cadences); values are JSON."""

    __tablename__ = "book_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The search index is an FTS5 trigram table (rowid = clients.id) created by migration 0001;
# SQLAlchemy metadata cannot describe virtual tables, so it is named here for the services.
CLIENT_FTS_TABLE = "client_fts"

# Indexes on an expression: Alembic reflects them without it, so autogenerate leaves them
# out and a test checks their SQL on its own.
EXPRESSION_INDEXES = frozenset({"ix_clients_client_no_nocase"})

# Registers the meeting and follow-up tables on Base.metadata (Alembic compares against it).
from rmcoach.storage import schema_meetings  # noqa: E402, F401

from rmcoach.storage import schema_privacy  # noqa: E402, F401  # isort: skip
from rmcoach.storage import schema_value  # noqa: E402, F401  # isort: skip
