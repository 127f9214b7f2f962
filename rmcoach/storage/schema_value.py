"""Tables for insights and compliance: asset snapshots, the product catalogue, consents."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from rmcoach.storage.schema_base import Base


class AssetSnapshotEntity(Base):
    """The client's assets on a day: trends come from these, not from the live figure."""

    __tablename__ = "asset_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    taken_on: Mapped[date] = mapped_column(Date)
    aum_fen: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("client_id", "taken_on"),
        Index("ix_asset_snapshots_day", "taken_on"),
    )


class ProductEntity(Base):
    """A product in the RM's catalogue (kept by hand or imported), with its risk rating."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # wealth_public, wealth_private, fund, ...
    risk: Mapped[str] = mapped_column(String(2))  # R1-R5
    min_amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    liquidity: Mapped[str] = mapped_column(String(200), default="")
    fees: Mapped[str] = mapped_column(String(200), default="")
    past_performance: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ConsentEntity(Base):
    """The client's consent to the handling of personal data (PIPL): when, for what."""

    __tablename__ = "client_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(200))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_client_consents_client", "client_id"),)


class SaleExceptionEntity(Base):
    """A product sold above the client's risk level at the client's own request, on record."""

    __tablename__ = "sale_exceptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    product_name: Mapped[str] = mapped_column(String(200))
    product_risk: Mapped[str] = mapped_column(String(2))
    client_request: Mapped[str] = mapped_column(Text)  # the client's own words asking for it
    warning_given: Mapped[bool] = mapped_column(Boolean)  # the special written risk warning
    supervisor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)
