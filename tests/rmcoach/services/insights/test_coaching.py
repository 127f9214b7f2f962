"""The coaching mirror, skipped-last-time and the insights CLI on the hand-worked book."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from rmcoach.cli import main as cli_main
from rmcoach.clock import FixedClock
from rmcoach.playbook import load_default_playbook
from rmcoach.services.book import Book
from rmcoach.services.insights import coaching as coach
from tests.conftest import NOW, MakeClient
from tests.rmcoach.services.insights.insights_book import SHANGHAI, HandBook, build_hand_book

# The last three done meetings (test_insights.py describes the book) are A's of 2026-10-15
# (prepared: review_profile; ticked: rapport.warm_intro, rapport.opening_topic,
# listening.no_phone; rated rapport 4, listening 3; "我保证这个产品没问题" in the talking
# points), C's of 2026-08-20 (prepared: review_profile, objectives; ticked: rapport.warm_intro;
# rated rapport 5) and C's of 2026-05-10 (nothing ticked, nothing rated). The default playbook
# has 11 prepare, 7 rapport, 11 questioning, 8 listening and 10 responding items.


@pytest.fixture
def hand(book: Book, clock: FixedClock) -> HandBook:
    return build_hand_book(book, clock)


def checklist() -> list[str]:
    playbook = load_default_playbook()
    return [i.id for p in playbook.phases if p.id in coach.CHECKLIST_PHASES for i in p.items]


def test_rates_per_phase_over_the_last_three(book: Book, hand: HandBook) -> None:
    report = coach.coaching(book, 3)
    assert report.meetings == 3
    assert [(r.phase_id, r.ticked, r.possible) for r in report.phase_rates] == [
        ("prepare", 3, 33),
        ("rapport", 3, 21),
        ("questioning", 0, 33),
        ("listening", 1, 24),
        ("responding", 0, 30),
    ]
    assert report.phase_rates[1].rate == pytest.approx(1 / 7)


def test_most_skipped_items_with_their_titles(book: Book, hand: HandBook) -> None:
    skipped = coach.coaching(book, 3).most_skipped
    # every item but the five ticked was skipped in all three; ties keep the playbook order
    assert [(s.item_id, s.skipped, s.meetings) for s in skipped] == [
        ("prepare.review_holdings", 3, 3),
        ("prepare.last_meeting", 3, 3),
        ("prepare.meeting_type", 3, 3),
        ("prepare.suitability", 3, 3),
        ("prepare.questions_materials", 3, 3),
    ]
    title = load_default_playbook().item("prepare.review_holdings").title
    assert skipped[0].title == title and title.zh and title.en


def test_own_ratings_over_time_and_on_average(book: Book, hand: HandBook) -> None:
    report = coach.coaching(book, 3)
    m = hand.meetings
    assert [(meeting_id, at.date().isoformat(), r) for meeting_id, at, r in report.ratings] == [
        (m["C2"], "2026-05-10", ()),
        (m["C3"], "2026-08-20", (("rapport", 5),)),
        (m["A2"], "2026-10-15", (("rapport", 4), ("listening", 3))),
    ]
    assert report.average_ratings == (("rapport", 4.5), ("listening", 3.0))


def test_phrase_coach_findings_per_meeting(book: Book, hand: HandBook) -> None:
    report = coach.coaching(book, 3)
    found = [(f.meeting_id, [(x.word, x.category) for x in f.findings]) for f in report.findings]
    m = hand.meetings
    assert found == [
        (m["C2"], []),
        (m["C3"], []),  # "我们会再联系您": nothing to say
        (m["A2"], [("我保证", "i_vs_we"), ("没问题", "implied_safety")]),
    ]
    # "this product is fine": safety implied about a product, not an approval promised
    assert report.findings_by_category == {"i_vs_we": 1, "implied_safety": 1}
    assert report.findings[-1].client_name == "甲"


def test_all_done_meetings_when_fewer_than_asked(book: Book, hand: HandBook) -> None:
    report = coach.coaching(book)
    assert report.meetings == 7
    assert report.phase_rates[1].possible == 7 * 7


def test_skipped_last_time(book: Book, hand: HandBook, make_client: MakeClient) -> None:
    a = hand.ids["C001"]
    ticked = {"prepare.review_profile", "rapport.warm_intro", "rapport.opening_topic",
              "listening.no_phone"}  # fmt: skip
    assert coach.skipped_last_time(book, a) == tuple(i for i in checklist() if i not in ticked)
    assert coach.skipped_last_time(book, hand.ids["C002"]) == tuple(checklist())
    assert coach.skipped_last_time(book, make_client(book).id) == ()  # never met


def test_an_empty_book_has_an_empty_mirror(book: Book) -> None:
    report = coach.coaching(book)
    assert report.meetings == 0 and report.most_skipped == () and report.findings == ()
    assert all(r.rate == 0 for r in report.phase_rates)


def test_cli_prints_grid_radar_and_coaching(
    book: Book, hand: HandBook, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command opens the book with the system clock: pin it to the test's day
    monkeypatch.setattr("rmcoach.services.book.SystemClock", lambda: FixedClock(NOW))
    book.set_setting("cadence_days", {"private": 30, "wealth": 60, "vip": 90, "mass": 180})
    assert cli_main(["--db", str(book.path), "insights", "--meetings", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["grid"] == {"retain": 1, "develop": 1, "grow": 1, "maintain": 1}
    assert [(r["client_no"], r["reason"]) for r in out["radar"]] == [
        ("C002", "maturing"),
        ("C001", "falling_satisfaction"),
        ("C004", "overdue_contact"),
        ("C001", "overdue_contact"),
    ]
    assert out["radar"][0]["client_id"] == hand.ids["C002"]
    coaching = out["coaching"]
    assert coaching["meetings"] == 3
    assert coaching["phase_rates"]["rapport"] == {"ticked": 3, "possible": 21, "rate": 0.143}
    assert coaching["most_skipped"][0]["item_id"] == "prepare.review_holdings"
    assert coaching["average_ratings"] == {"rapport": 4.5, "listening": 3.0}
    assert coaching["findings"] == {
        "total": 2,
        "meetings_with_findings": 1,
        "by_category": {"i_vs_we": 1, "implied_safety": 1},
    }


def test_cli_refuses_zero_meetings(book: Book, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", str(book.path), "insights", "--meetings", "0"]) == 2
    assert "--meetings" in capsys.readouterr().err


def test_meeting_times_are_read_in_the_clock_zone(book: Book, hand: HandBook) -> None:
    last = coach.coached_meetings(book, 1)[0]
    assert last.at == datetime(2026, 10, 15, 10, tzinfo=SHANGHAI)
