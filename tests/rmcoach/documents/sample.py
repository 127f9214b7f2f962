"""A sample client with a planned and a done meeting, for the document tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rmcoach.clock import FixedClock
from rmcoach.domain import (
    ClientDraft,
    CommunicationStyle,
    Gender,
    Holding,
    HouseholdMember,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.meeting_domain import (
    FollowUpDraft,
    FollowUpKind,
    MeetingPlan,
    MeetingType,
    Outcome,
    ProposedProduct,
    WrapUp,
)
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import records as meetings

MOBILE = "13812345678"
MASKED_MOBILE = "138****5678"
EMAIL = "dahai.wang@example.com"
# 大 shares its glyph with the Kangxi radical ⼤ (U+2F24) in CJK fonts: a PDF text layer
# that maps glyphs back naively would say 王⼤海, and a search for 王大海 would miss it.
NAME_ZH = "王大海"
NAME_EN = "Dahai Wang"
CLIENT_NO = "C8801"
SCRIPT_NOTE = "<script>alert('x')</script>"


@dataclass(frozen=True)
class Sample:
    client_id: int
    planned_id: int
    done_id: int


def sample_draft(today: date) -> ClientDraft:
    return ClientDraft(
        name_zh=NAME_ZH,
        name_en=NAME_EN,
        client_no=CLIENT_NO,
        gender=Gender.MALE,
        birthday=date(1968, 12, 10),
        mobile=MOBILE,
        email=EMAIL,
        address="上海市浦东新区世纪大道100号3楼",
        occupation="会计师",
        employer="华东会计师事务所",
        personality="谨慎，做决定前喜欢看数据",
        communication_style=CommunicationStyle.ANALYTICAL,
        interests=("高尔夫", "书法"),
        concerns="担心市场波动影响女儿的留学资金",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C3,
        aum_fen=856_300_000,
        client_since=date(2015, 3, 1),
        notes=f"{SCRIPT_NOTE} 喜欢上午联系",
        household=(HouseholdMember(name="王小雨", relation="女儿", birthday=date(2008, 5, 2)),),
        holdings=(
            Holding(
                "稳享90天",
                ProductType.WEALTH,
                ProductRisk.R2,
                100_000_000,
                today - timedelta(days=74),
                today + timedelta(days=16),
            ),
            Holding("大额存单", ProductType.DEPOSIT, None, 300_000_000, None, date(2027, 6, 1)),
            Holding("沪深300指数基金", ProductType.FUND, ProductRisk.R4, 80_000_000),
            Holding("年金保险", ProductType.INSURANCE, ProductRisk.R1, 50_000_000),
        ),
    )


def add_sample(book: Book, clock: FixedClock) -> Sample:
    """The client, a meeting done a week ago (wrapped up) and one planned in four days."""
    now = clock.now()
    client_id = clients.add_client(book, sample_draft(now.date())).client.id
    clock.set(now - timedelta(days=7))
    done = meetings.plan_meeting(
        book,
        MeetingPlan(
            client_id=client_id,
            meeting_type=MeetingType.REVIEW,
            scheduled_at=clock.now(),
            place="客户办公室",
            objectives=("回顾持仓表现", "了解女儿留学的资金需要"),
            products=(ProposedProduct("稳健增利180天", ProductRisk.R2, ProductType.WEALTH),),
        ),
    ).meeting
    meetings.start_meeting(book, done.id)
    meetings.add_note(book, done.id, "客户关心女儿明年留学的资金安排")
    meetings.set_needs(book, done.id, "明年需要约50万用于女儿留学")
    meetings.set_real_intent(book, done.id, "希望本金稳健，兼顾流动性")
    objection = meetings.add_objection(book, done.id, "基金最近亏损，不想再买基金").value
    meetings.update_objection(book, objection.id, "我们一起看了历史波动，建议降低权益仓位", True)
    meetings.set_products_discussed(book, done.id, ["稳健增利180天"])
    clock.set(clock.now() + timedelta(hours=1))
    meetings.wrap_up(
        book,
        done.id,
        WrapUp(
            outcome=Outcome.CONSIDERING,
            satisfaction=4,
            outcome_notes="客户倾向稳健型产品，下周再确认金额",
            followups=(
                FollowUpDraft(
                    client_id, "寄送留学金融服务资料", FollowUpKind.SEND_MATERIAL, now.date()
                ),
                FollowUpDraft(
                    client_id, "电话确认资金安排", FollowUpKind.CALL, now.date() + timedelta(days=6)
                ),
            ),
            next_contact_on=now.date() + timedelta(days=11),
        ),
    )
    clock.set(now)
    planned = meetings.plan_meeting(
        book,
        MeetingPlan(
            client_id=client_id,
            meeting_type=MeetingType.MATURITY,
            scheduled_at=datetime.combine(now.date() + timedelta(days=4), now.timetz()).replace(
                hour=14, minute=30
            ),
            place="支行二楼贵宾室",
            objectives=("了解到期资金的安排", "介绍稳健型理财产品"),
            questions=("这笔到期资金近期有什么用途？", "收益和流动性，您更看重哪一个？"),
            products=(
                ProposedProduct("稳健增利180天", ProductRisk.R2, ProductType.WEALTH),
                ProposedProduct("成长混合基金", ProductRisk.R4, ProductType.FUND),
            ),
        ),
    ).meeting
    return Sample(client_id, planned.id, done.id)
