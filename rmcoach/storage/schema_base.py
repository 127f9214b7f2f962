"""The declarative base every table model registers on (schema.py and schema_*.py).

Apart from schema.py so that the table modules it imports do not import it back.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
