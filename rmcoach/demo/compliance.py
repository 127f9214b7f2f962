"""The demo book's compliance side: each client's risk assessment record, and the catalogue."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as clock_time

from sqlalchemy import func, select

from rmcoach.clock import to_storage
from rmcoach.compliance.domain import CivilCapacity, ProductDraft, ProductKind
from rmcoach.compliance.rules import default_compliance_rules
from rmcoach.compliance.suitability import add_months, assessment_expires_on
from rmcoach.demo import vocabulary as vocab
from rmcoach.demo.base import Draws, StepInput
from rmcoach.domain import ProductType
from rmcoach.services.book import Book
from rmcoach.services.sales import products
from rmcoach.storage.schema_value import ProductEntity

# Of the clients with a risk level, most were assessed within the validity the rules give
# (12 months in resources/rules/compliance.toml), about one in ten let it lapse 1-18 months
# ago, and a few were carried over from an older system without the date.
UNDATED_SHARE = 0.05
EXPIRED_SHARE = 0.10
EXPIRED_MONTHS = (1, 18)  # months past the validity: 13-30 months ago with 12
NEW_CLIENT_DAYS = 180  # as the demo tags a client new
# A new client who holds no investment product yet is often buying one for the first time.
FIRST_TIME_SHARE = 0.4
_INVESTMENTS = frozenset({ProductType.WEALTH, ProductType.FUND, ProductType.PRECIOUS_METAL})
_FULL = CivilCapacity.FULL.value


def fill_suitability(step: StepInput) -> dict[str, int]:
    """The suitability step: each client's assessment date, first-time buyer flag and civil
    capacity, put in the clients' rows before the clients step writes them."""
    draws = Draws(step.rng)
    today = step.now.date()
    valid, expired = _windows(today)
    for client in step.clients:
        row = client.row
        joined = (today - row["client_since"]).days  # never assessed before joining
        kind = step.rng.random()
        if row["risk_profile"] is None or kind < UNDATED_SHARE:
            assessed = None
        elif kind < UNDATED_SHARE + EXPIRED_SHARE and joined >= expired[0]:
            assessed = today - timedelta(days=draws.between(expired[0], min(expired[1], joined)))
        else:  # too new a client to have lapsed is assessed within the year too
            assessed = today - timedelta(days=draws.between(valid[0], min(valid[1], joined)))
        row["risk_assessed_on"] = assessed
        row["first_time_buyer"] = (
            joined <= NEW_CLIENT_DAYS
            and draws.chance(FIRST_TIME_SHARE)
            and not any(h["product_type"] in _INVESTMENTS for h in client.holdings)
        )
        row["civil_capacity"] = _FULL
        row["guardian"] = ""
    return {}


def _windows(today: date) -> tuple[tuple[int, int], tuple[int, int]]:
    """(fewest, most) days ago of an assessment still valid today, and of one expired."""
    months = default_compliance_rules().assessment_valid_months
    oldest = add_months(today, -months)
    while assessment_expires_on(oldest) <= today:  # the 29th of February moves the edge
        oldest += timedelta(days=1)
    low, high = (add_months(today, -(months + m)) for m in EXPIRED_MONTHS)
    return (1, (today - oldest).days), ((today - low).days, (today - high).days)


# The catalogue entries of the demo's products (demo_data.PRODUCTS gives the name, risk and
# minimum amount): code, kind, liquidity and fees. Deposits and the family trust are left
# out: they need no risk match, and the catalogue has no kind for them.
_LISTED: dict[str, tuple[str, ProductKind, str, str]] = {
    "稳享90天理财": ("WX-090", ProductKind.WEALTH_PUBLIC, "封闭期90天，到期自动兑付",
                     "固定管理费0.20%/年，销售服务费0.30%/年，托管费0.02%/年"),
    "稳享180天理财": ("WX-180", ProductKind.WEALTH_PUBLIC, "封闭期180天，到期自动兑付",
                      "固定管理费0.20%/年，销售服务费0.30%/年，托管费0.02%/年"),
    "安心365天理财": ("AX-365", ProductKind.WEALTH_PUBLIC, "封闭期365天，到期自动兑付",
                      "固定管理费0.25%/年，销售服务费0.35%/年，托管费0.02%/年"),
    "天天利现金管理": ("TTL-01", ProductKind.WEALTH_PUBLIC, "T+0赎回（每日限1万元）",
                       "固定管理费0.10%/年，销售服务费0.20%/年，无申购赎回费"),
    "固收增强一年持有期理财": ("GS-365", ProductKind.WEALTH_PUBLIC, "每笔持有满1年后可赎回",
                               "固定管理费0.30%/年，销售服务费0.30%/年，超额业绩报酬20%"),
    "私行专享固收产品": ("SH-730", ProductKind.WEALTH_PRIVATE, "封闭2年；24小时冷静期",
                         "固定管理费0.50%/年，销售服务费0.40%/年，超额业绩报酬20%"),
    "结构性存款91天": ("JG-091", ProductKind.STRUCTURED_DEPOSIT, "封闭91天，不可提前支取",
                       "无认购费、管理费"),
    "结构性存款182天": ("JG-182", ProductKind.STRUCTURED_DEPOSIT, "封闭182天，不可提前支取",
                        "无认购费、管理费"),
    "三年期储蓄国债": ("GZ-3Y", ProductKind.BOND, "3年期，满半年可提前兑取",
                       "免认购费；提前兑取按持有期分档计息，收0.1%手续费"),
    "货币市场基金": ("F-001", ProductKind.FUND, "T+0赎回（每日限1万元）",
                     "管理费0.15%/年，托管费0.05%/年，销售服务费0.25%/年"),
    "纯债债券基金": ("F-110", ProductKind.FUND, "开放式，T+1确认，赎回款T+3到账",
                     "申购费0.60%，管理费0.30%/年；持有满7天免赎回费"),
    "沪深300指数基金": ("F-300", ProductKind.FUND, "开放式，T+1确认，赎回款T+3到账",
                        "申购费1.20%，管理费0.50%/年；持有不满7天赎回费1.5%"),
    "中证500指数基金": ("F-500", ProductKind.FUND, "开放式，T+1确认，赎回款T+3到账",
                        "申购费1.20%，管理费0.50%/年；持有不满7天赎回费1.5%"),
    "偏股混合基金": ("F-210", ProductKind.FUND, "开放式，T+1确认，赎回款T+4到账",
                     "申购费1.50%，管理费1.20%/年，托管费0.20%/年"),
    "QDII全球配置基金": ("F-Q01", ProductKind.FUND, "开放式，赎回款T+7到账",
                         "申购费1.60%，管理费1.50%/年，托管费0.25%/年"),
    "医药主题基金": ("F-520", ProductKind.FUND, "开放式，T+1确认，赎回款T+4到账",
                     "申购费1.50%，管理费1.20%/年，托管费0.20%/年"),
    "科技创新混合基金": ("F-530", ProductKind.FUND, "开放式，T+1确认，赎回款T+4到账",
                         "申购费1.50%，管理费1.20%/年，托管费0.20%/年"),
    "增额终身寿险": ("BX-ZE1", ProductKind.INSURANCE, "长期；可减保或退保",
                     "费用已含在保费中，前几年退保现金价值低于已交保费"),
    "养老年金保险": ("BX-YL1", ProductKind.INSURANCE, "60岁起按月或按年领取；犹豫期15天",
                     "费用已含在保费中，犹豫期后退保按现金价值"),
    "积存金": ("JC-AU1", ProductKind.PRECIOUS_METAL, "交易日随时买卖，可提实物金",
               "买入、卖出手续费各0.5%"),
}  # fmt: skip


def catalogue() -> tuple[ProductDraft, ...]:
    """The demo's products as the catalogue lists them, minimums as the demo sells them."""
    by_name = {p.name: p for p in vocab.PRODUCTS}
    return tuple(
        ProductDraft(
            code, name, kind, by_name[name].risk, by_name[name].minimum_yuan * 100, liquidity, fees
        )
        for name, (code, kind, liquidity, fees) in _LISTED.items()
    )


def seed_catalogue(book: Book, now: datetime) -> int:
    """Fill an empty catalogue with the demo's products (a book that has products keeps
    them as they are); returns how many were added. They are stamped at the start of the
    clock's day, so the book does not depend on the hour it is made."""
    midnight = to_storage(datetime.combine(now.date(), clock_time(), tzinfo=now.tzinfo))
    drafts = catalogue()
    with book.write() as session:
        if session.scalar(select(func.count()).select_from(ProductEntity)):
            return 0
        for draft in drafts:
            if errors := products.product_errors(draft):
                raise ValueError(f"demo product {draft.name}: {errors}")
            entity = ProductEntity(created_at=midnight, updated_at=midnight)
            products.apply_draft(entity, draft)
            session.add(entity)
    return len(drafts)
