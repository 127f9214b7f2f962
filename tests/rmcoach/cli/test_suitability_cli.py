"""`python -m rmcoach suitability CLIENT_NO RISK [--kind KIND]`: JSON and exit codes, fixed day."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from rmcoach.cli import main
from rmcoach.clock import FixedClock
from rmcoach.compliance.domain import SuitabilityDraft
from rmcoach.domain import RiskProfile
from rmcoach.services import book as book_module
from rmcoach.services.book import Book
from rmcoach.services.sales import suitability
from tests.conftest import MakeClient


@pytest.fixture
def cli(
    book: Book,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Any:
    """Run the CLI on the test book with the test's fixed clock; (exit code, JSON or stderr)."""
    monkeypatch.setattr(book_module, "SystemClock", lambda: clock)

    def run(*argv: str) -> tuple[int, Any]:
        code = main(["--db", str(book.path), *argv])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out else err

    return run


@pytest.fixture
def senior(book: Book, make_client: MakeClient) -> int:
    client = make_client(book, name_zh="赵桂兰", client_no="C065", birthday=date(1958, 4, 2))
    suitability.save_record(book, client.id, SuitabilityDraft(RiskProfile.C3, date(2026, 6, 1)))
    return client.id


def test_a_suitable_product_exits_0_with_the_senior_notice(cli: Any, senior: int) -> None:
    code, data = cli("suitability", "C065", "R3")
    assert code == 0
    assert data["suitable"] is True and data["reasons"] == []
    assert [w["code"] for w in data["warnings"]] == ["care.senior"]
    assert data["warnings"][0]["params"] == {"age": "68", "threshold": "65"}
    assert data["warnings"][0]["en"].startswith("The client is 68 (65 or over)")


def test_a_riskier_product_exits_1_saying_why(cli: Any, senior: int) -> None:
    code, data = cli("suitability", "C065", "r5", "--kind", "私募理财")
    assert code == 1
    assert data["suitable"] is False
    assert [r["code"] for r in data["reasons"]] == ["suitability.risk_above_profile"]
    assert [w["code"] for w in data["warnings"]] == ["care.senior", "care.cooling_off"]


def test_an_expired_assessment_exits_1(cli: Any, book: Book, senior: int) -> None:
    suitability.save_record(book, senior, SuitabilityDraft(RiskProfile.C3, date(2025, 11, 1)))
    code, data = cli("suitability", "C065", "R1")
    assert (code, [r["code"] for r in data["reasons"]]) == (1, ["suitability.assessment_expired"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("C065", "R6"), "unknown risk level 'R6'"),
        (("C065", "C3"), "unknown risk level 'C3'"),
        (("C065", "R2", "--kind", "futures"), "unknown product kind 'futures'"),
        (("NOPE", "R2"), "no client with client number NOPE"),
    ],
)
def test_bad_input_exits_2(cli: Any, senior: int, argv: tuple[str, ...], message: str) -> None:
    code, err = cli("suitability", *argv)
    assert code == 2
    assert err.startswith("rmcoach: ") and message in err
