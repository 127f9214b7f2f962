"""The client value model: contribution, loyalty and satisfaction scores, and the grid.

Every score is 0-100, computed from plain facts about one client (ClientFacts) on a day:

Contribution (what the client brings) = assets + breadth + tenure
  assets   0-60: 20 points for each tenfold of assets above ¥10,000
                 (¥10,000 -> 0, ¥100,000 -> 20, ¥1 million -> 40, ¥10 million or more -> 60)
  breadth  0-25: 5 points per kind of product held now (deposit, fund, insurance...), up to 5
  tenure   0-15: 3 points per full year as a client, up to 5 years

Loyalty (whether the client stays and comes back) = tenure + products + reinvestment + response
  tenure        0-25: 5 points per full year as a client, up to 5 years
  products      0-20: 5 points per product held now, up to 4
  reinvestment  0-30: 30 x the share of the past year's maturities that were reinvested;
                      a maturity counts as reinvested when, within 30 days either side of
                      it, the client took up another product or agreed in a maturity
                      meeting; no maturity in the past year gives half marks (15)
  response      0-25: 15 x the share of the past year's follow-ups that were done (half
                      marks when none were due) + 5 per meeting held in the past year, up
                      to 2 meetings
  Tenure alone gives at most a quarter: habit is not loyalty.

Satisfaction = (rating - 1) / 4 x 100, where rating is the average of the client's meeting
  ratings (1-5) in the past year, else the last rating ever given; unknown (None) until a
  meeting has been rated.

Scores are rounded half up. A client is of high value from a contribution of 50, of high
loyalty from a loyalty of 50; the grid's cells and their actions:
  high value, high loyalty  -> retain    (keep them: the best terms)
  high value, low loyalty   -> develop   (deepen the relationship before they drift)
  low value, high loyalty   -> grow      (loyal already: grow their business with the bank)
  low value, low loyalty    -> maintain  (standard service, at a sensible cost)
Each cell has a preferential-pricing range (percent off standard fees), set per book in the
`pricing_table` setting; PRICING_DEFAULTS holds the defaults.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

VALUE_THRESHOLD = 50
LOYALTY_THRESHOLD = 50
REINVEST_WINDOW_DAYS = 30
LOOKBACK_DAYS = 365


class Cell(StrEnum):
    """A cell of the value x loyalty grid, named by its action."""

    RETAIN = "retain"
    DEVELOP = "develop"
    GROW = "grow"
    MAINTAIN = "maintain"


CELL_ORDER = (Cell.RETAIN, Cell.DEVELOP, Cell.GROW, Cell.MAINTAIN)
# percent off standard fees: (lowest, highest) the RM may offer clients of the cell
PRICING_DEFAULTS: Mapping[Cell, tuple[int, int]] = {
    Cell.RETAIN: (15, 30),
    Cell.DEVELOP: (10, 20),
    Cell.GROW: (5, 15),
    Cell.MAINTAIN: (0, 5),
}


@dataclass(frozen=True)
class ClientFacts:
    """What the scores are computed from, gathered for one client by SQL."""

    client_id: int
    client_no: str
    name_zh: str
    name_en: str
    tier: str
    aum_fen: int
    since: date  # client_since, else the day the client was added
    holdings: int = 0  # held now (no maturity, or maturing today or later)
    product_types: int = 0  # distinct product types among those
    maturities: int = 0  # holdings that matured in the past year
    reinvested: int = 0  # of those, reinvested
    followups_due: int = 0  # due in the past year, not cancelled
    followups_done: int = 0  # of those, done
    meetings_done: int = 0  # meetings held in the past year
    satisfaction_year: float | None = None  # average rating of the past year's meetings
    satisfaction_last: int | None = None  # the last rating given
    satisfaction_previous: float | None = None  # average of all ratings before the last


@dataclass(frozen=True)
class ClientScore:
    client_id: int
    contribution: int
    loyalty: int
    satisfaction: int | None
    cell: Cell


def full_years(since: date, on: date) -> int:
    """Whole years from since to on (0 if since is later)."""
    years = on.year - since.year - ((on.month, on.day) < (since.month, since.day))
    return max(0, years)


def round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def assets_points(aum_fen: int) -> float:
    yuan = aum_fen / 100
    if yuan <= 10_000:
        return 0.0
    return min(60.0, 20 * math.log10(yuan / 10_000))


def contribution(facts: ClientFacts, on: date) -> int:
    breadth = 5 * min(5, facts.product_types)
    tenure = 3 * min(5, full_years(facts.since, on))
    return round_half_up(assets_points(facts.aum_fen) + breadth + tenure)


def loyalty(facts: ClientFacts, on: date) -> int:
    tenure = 5 * min(5, full_years(facts.since, on))
    products = 5 * min(4, facts.holdings)
    if facts.maturities:
        reinvestment = 30 * min(facts.reinvested, facts.maturities) / facts.maturities
    else:
        reinvestment = 15.0
    if facts.followups_due:
        done = 15 * min(facts.followups_done, facts.followups_due) / facts.followups_due
    else:
        done = 7.5
    met = 5 * min(2, facts.meetings_done)
    return round_half_up(tenure + products + reinvestment + done + met)


def satisfaction(facts: ClientFacts) -> int | None:
    rating = facts.satisfaction_year
    if rating is None:
        rating = facts.satisfaction_last
    if rating is None:
        return None
    return round_half_up((rating - 1) / 4 * 100)


def cell_of(contribution_score: int, loyalty_score: int) -> Cell:
    high_value = contribution_score >= VALUE_THRESHOLD
    high_loyalty = loyalty_score >= LOYALTY_THRESHOLD
    if high_value:
        return Cell.RETAIN if high_loyalty else Cell.DEVELOP
    return Cell.GROW if high_loyalty else Cell.MAINTAIN


def score(facts: ClientFacts, on: date) -> ClientScore:
    value, loyal = contribution(facts, on), loyalty(facts, on)
    return ClientScore(facts.client_id, value, loyal, satisfaction(facts), cell_of(value, loyal))


def grid_counts(scores: Iterable[ClientScore]) -> dict[Cell, int]:
    """Clients per cell, every cell present (0 when empty), in CELL_ORDER."""
    counts = dict.fromkeys(CELL_ORDER, 0)
    for one in scores:
        counts[one.cell] += 1
    return counts


def pricing_table(stored: Any) -> dict[Cell, tuple[int, int]]:
    """The book's pricing table: a cell whose stored range is malformed keeps its default.

    The setting is {"retain": [15, 30], ...}: percent off standard fees, 0 <= low <= high <= 100.
    """
    table = dict(PRICING_DEFAULTS)
    if not isinstance(stored, Mapping):
        return table
    for cell in CELL_ORDER:
        given = stored.get(cell.value)
        if (
            isinstance(given, list | tuple)
            and len(given) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in given)
            and 0 <= given[0] <= given[1] <= 100
        ):
            table[cell] = (int(given[0]), int(given[1]))
    return table
