"""Names of the core's enums and the coach's reasons in both languages, for documents."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from rmcoach.documents import formats
from rmcoach.services.meetings.prep import REASONS_EN

# (Chinese, English) per enum class and value; the UI has its Qt-translated set (ui/labels.py).
_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "Tier": {
        "private": ("私行", "Private"),
        "wealth": ("财富", "Wealth"),
        "vip": ("贵宾", "VIP"),
        "mass": ("大众", "Mass"),
    },
    "Gender": {"F": ("女", "Female"), "M": ("男", "Male")},
    "Channel": {
        "phone": ("电话", "Phone"),
        "wechat": ("微信", "WeChat"),
        "sms": ("短信", "SMS"),
        "email": ("邮件", "E-mail"),
        "visit": ("上门拜访", "Visit"),
        "branch": ("网点面谈", "At the branch"),
    },
    "CommunicationStyle": {
        "direct": ("直接型：开门见山，决策快", "Direct: point first, decides fast"),
        "analytical": ("分析型：看重数据，决策慢", "Analytical: wants figures, decides slowly"),
        "amiable": (
            "亲和型：重视关系，不喜欢被催促",
            "Amiable: relationship first, dislikes pressure",
        ),
        "expressive": ("表达型：健谈，喜欢新想法", "Expressive: talkative, enjoys ideas"),
    },
    "ProductType": {
        "deposit": ("存款", "Deposit"),
        "wealth": ("理财产品", "Wealth product"),
        "fund": ("基金", "Fund"),
        "insurance": ("保险", "Insurance"),
        "structured_deposit": ("结构性存款", "Structured deposit"),
        "bond": ("债券", "Bond"),
        "precious_metal": ("贵金属", "Precious metal"),
        "loan": ("贷款", "Loan"),
        "other": ("其他", "Other"),
    },
    "MeetingType": {
        "acquisition": ("初次拜访（获客）", "First visit (acquisition)"),
        "review": ("定期回访（维护）", "Regular review (retention)"),
        "presentation": ("产品沟通", "Product presentation"),
        "maturity": ("到期资金再配置", "Maturity reinvestment"),
        "recovery": ("投诉处理与关系修复", "Complaint and service recovery"),
    },
    "MeetingStatus": {
        "planned": ("已计划", "Planned"),
        "live": ("进行中", "In progress"),
        "done": ("已完成", "Done"),
        "cancelled": ("已取消", "Cancelled"),
    },
    "QuestionStyle": {
        "open": ("开放式提问", "Open questions"),
        "closed": ("封闭式提问", "Closed questions"),
        "guided": ("引导式提问", "Guided questions"),
    },
    "Directness": {
        "direct": ("直接地问", "asked directly"),
        "tactful": ("委婉地问", "asked tactfully"),
    },
    "Outcome": {
        "agreed": ("同意办理", "Agreed to go ahead"),
        "considering": ("有意向，还在考虑", "Interested, thinking it over"),
        "needs_follow_up": ("需要跟进", "Needs a follow-up"),
        "declined": ("婉拒", "Declined"),
        "relationship": ("关系维护，不以销售为目的", "Relationship visit, no sale meant"),
    },
    "FollowUpKind": {
        "call": ("电话回访", "Call"),
        "visit": ("上门拜访", "Visit"),
        "send_material": ("寄送资料", "Send material"),
        "maturity": ("产品到期", "Product maturity"),
        "birthday": ("生日问候", "Birthday greeting"),
        "service_review": ("服务回访", "Service review"),
        "other": ("其他", "Other"),
    },
    "FollowUpStatus": {
        "open": ("待办", "Open"),
        "done": ("已完成", "Done"),
        "snoozed": ("已推迟", "Snoozed"),
        "cancelled": ("已取消", "Cancelled"),
    },
}

REASONS_ZH: dict[str, str] = {
    "question.style_direct": "直接型客户：用封闭式提问，开门见山",
    "question.style_analytical": "分析型客户：用引导式提问，辅以事实和数据，直接地问",
    "question.style_amiable": "亲和型客户：用开放式提问，委婉地问，先谈关系，不施压",
    "question.style_expressive": (
        "表达型客户：先用开放式提问让客户多说，再用引导式提问把话题拉回正题"
    ),
    "question.style_unknown": "档案中没有沟通风格：先开放、委婉地问，留意客户的反应并记下来",
    "question.occupation_analytical": "职业是{occupation}：多半看重事实，用数据引导提问",
    "question.type_presentation": "产品沟通：引导提问，弄清产品是否适合客户",
    "question.type_maturity": "有资金到期：引导提问，弄清客户打算如何安排这笔钱",
    "question.first_visit": "初次拜访：开放、委婉地提问，让新客户多说，先建立信任",
    "question.recovery": "需要修复关系：先倾听，开放、委婉地提问，不争辩，不推销",
    "question.personality_cautious": "档案记有“{keyword}”：委婉地问，给客户留出思考的时间",
    "question.senior": "客户{age}岁：委婉地问，一次只问一个问题，并确认客户听明白了",
    "topic.birthday": "{date}生日，还有{days}天：一个温暖的开场",
    "topic.household_birthday": "{relation}{name}{date}生日，还有{days}天",
    "topic.interest": "兴趣：{interest}",
    "topic.children": "有子女（{relation}{name}）：可以聊聊学业和打算",
    "topic.occupation": "职业是{occupation}：问问工作近况",
    "topic.last_contact": "上次联系在{date}（{days}天前）：{summary}",
    "topic.long_gap": "自{date}起已有{days}天没有联系：问问有什么变化",
    "topic.maturity": "{product}将于{date}到期，还有{days}天：问问客户的打算",
    "topic.concern": "客户的顾虑：{concern}。尽早回应",
    "product.suitable": "{product_risk}在客户{risk_profile}的风险承受范围内",
    "product.too_risky": "{product_risk}高于客户{risk_profile}的风险等级：不要推荐",
    "product.no_profile": "客户没有风险评估记录：介绍投资产品前先做评估",
    "product.risk_unknown": "产品没有风险评级：介绍前先核实",
    "product.no_rating_needed": "存款和贷款无需匹配风险等级",
}


def name(member: StrEnum | None, lang: str, custom: dict[str, str] | None = None) -> str:
    """The member's name in `lang`; `custom` (the book's tier names) wins when it has one."""
    if member is None:
        return ""
    if custom and custom.get(member.value):
        return custom[member.value]
    zh, en = _NAMES.get(type(member).__name__, {}).get(member.value, (member.value, member.value))
    return zh if formats.is_zh(lang) else en


def reason(code: str, params: dict[str, str], lang: str) -> str:
    """A coach reason in `lang`, with ISO dates in its parameters written for the reader."""
    shown = {key: _date_param(value, lang) for key, value in params.items()}
    template = REASONS_ZH.get(code) if formats.is_zh(lang) else None
    return (template or REASONS_EN[code]).format(**shown)


def _date_param(value: str, lang: str) -> str:
    try:
        return formats.day(date.fromisoformat(value), lang)
    except ValueError:
        return value
