"""Stage the screenshots' meetings in a sample book; print CLIENT_NO PLANNED LIVE DONE ids."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from rmcoach.compliance.suitability import needs_reassessment
from rmcoach.domain import ClientQuery, ProductRisk, ProductType, RiskProfile, SortKey
from rmcoach.meeting_domain import MeetingPlan, MeetingType, Outcome, ProposedProduct, WrapUp
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.clients import search as client_search
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import suitability


def main() -> None:
    book = Book.open(Path(sys.argv[1]))
    try:
        rows = client_search.search_clients(
            book, ClientQuery(sort=SortKey.AUM, descending=True), limit=40
        ).rows
        now = book.clock.now().replace(minute=0, second=0, microsecond=0)
        # a C3 client whose assessment holds, so only the R4 fund is marked (above C3)
        row = next(
            r
            for r in rows
            if r.name_zh
            and r.risk_profile == RiskProfile.C3
            and not needs_reassessment(suitability.get_record(book, r.id), now.date())
        )
        record = clients.get_client(book, row.id)
        products = (  # as the sample book's catalogue names them
            ProposedProduct("稳享90天理财", ProductRisk.R2, ProductType.WEALTH),
            ProposedProduct("固收增强一年持有期理财", ProductRisk.R3, ProductType.WEALTH),
            ProposedProduct("沪深300指数基金", ProductRisk.R4, ProductType.FUND),
        )
        planned = meetings.plan_meeting(
            book,
            MeetingPlan(
                client_id=row.id,
                meeting_type=MeetingType.MATURITY,
                scheduled_at=now.replace(hour=10) + timedelta(days=1),  # tomorrow morning
                place="支行二楼贵宾室",
                objectives=("了解到期资金的安排", "确认留学资金的用款时间"),
                questions=("这笔钱近期有什么用途吗？", "您更看重流动性还是收益的稳定？"),
                talking_points="我们先回顾上次您关心的流动性，再一起看看期限合适的产品。",
                products=products,
            ),
        ).meeting
        live = meetings.plan_meeting(
            book,
            MeetingPlan(
                client_id=row.id,
                meeting_type=MeetingType.REVIEW,
                place="客户办公室",
                objectives=("年度回顾",),
                products=products[:1],
            ),
        ).meeting
        meetings.start_meeting(book, live.id)
        for item in ("rapport.warm_intro", "rapport.opening_topic", "rapport.ease_tension"):
            meetings.set_ticked(book, live.id, item, True)
        meetings.add_note(book, live.id, "客户提到孩子明年出国留学，需要预留一笔资金")
        meetings.add_note(book, live.id, "对市场波动比较在意，希望每季度回顾一次")
        objection = meetings.add_objection(book, live.id, "基金波动太大，担心亏损")
        meetings.update_objection(book, objection.id, "解释了分散配置和期限匹配", False)
        meetings.set_needs(book, live.id, "保留流动性，兼顾稳健收益")
        meetings.set_consent(book, live.id, True)
        done = meetings.plan_meeting(
            book,
            MeetingPlan(
                client_id=row.id, meeting_type=MeetingType.REVIEW, objectives=("季度回顾",)
            ),
        ).meeting
        meetings.add_note(book, done.id, "客户对服务满意，约好下季度再见")
        meetings.wrap_up(book, done.id, WrapUp(outcome=Outcome.RELATIONSHIP, satisfaction=5))
        print(record.draft.client_no, planned.id, live.id, done.id)
    finally:
        book.close()


if __name__ == "__main__":
    main()
