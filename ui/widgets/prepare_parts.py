"""Parts of the prepare step: card and label helpers, and each proposed product's verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from rmcoach.compliance.suitability import product_key
from rmcoach.domain import ProductRisk
from rmcoach.meeting_domain import ProposedProduct
from ui.pages.meeting_context import MeetingContext


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    heading.setProperty("role", "h2")
    layout.addWidget(heading)
    return frame, layout


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def lines_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t"))


@dataclass
class ProductVerdicts:
    """What the products table shows: the unsuitable ones and why, and those an exception
    may be recorded for (name, risk, kind or None).

    Attributes:
        cells: row -> the reasons, for the row's risk cell.
    """

    problems: list[str] = field(default_factory=list)
    cells: dict[int, str] = field(default_factory=dict)
    exceptions: list[tuple[str, ProductRisk, object]] = field(default_factory=list)


def product_verdicts(
    context: MeetingContext, rows: list[ProposedProduct | None], lang: str
) -> ProductVerdicts:
    """Check each proposed product (None for an empty row) against the client."""
    separator = "；" if lang == "zh" else "; "
    found = ProductVerdicts()
    for row, item in enumerate(rows):
        if item is None:
            continue
        result = context.check_product(item)
        if result.suitable:
            continue
        why = separator.join(r.text(lang) for r in result.reasons)
        found.problems.append(f"{item.name}: {why}")
        found.cells[row] = why
        listed = context.catalogue.get(product_key(item.name))
        risk = item.risk or (listed.risk if listed else None)
        if result.exception_allowed and risk is not None:
            found.exceptions.append((item.name, risk, listed.kind if listed else None))
    return found
