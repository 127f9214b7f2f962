"""Tables for privacy hygiene: the audit log of exports, erasures and unmasking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rmcoach.storage.schema_base import Base


class AuditEntity(Base):
    """One privacy-relevant event. client_id is a plain number, not a foreign key: the record
    of an erasure must outlive the client. `detail` never holds client data (names, phones).
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_audit_log_client", "client_id", "at"),
        Index("ix_audit_log_at", "at"),
    )
