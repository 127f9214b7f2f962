"""Vocabularies for demo meetings and follow-ups: objectives, notes, objections, outcomes.

Every text pool has a Chinese and an English version (index False/True: is the client
English-named). A {product} or {concern} slot is filled from the meeting's products and
the client's concerns.
"""

from __future__ import annotations

from rmcoach.meeting_domain import Directness, FollowUpKind, MeetingType, Outcome, QuestionStyle

Texts = tuple[str, ...]
Bilingual = dict[bool, Texts]

# How a history is shaped: meetings a year by tier (private clients are seen monthly, mass
# clients about once a year), over at most HISTORY_YEARS of the client's tenure.
HISTORY_YEARS = 8
MEETINGS_PER_YEAR = {"private": 7.8, "wealth": 3.5, "vip": 1.8, "mass": 0.83}
MAX_MEETINGS = 80
PLANNED_CHANCE = {"private": 0.45, "wealth": 0.22, "vip": 0.1, "mass": 0.035}
# non-first meetings; maturity meetings are placed near maturities instead of drawn here
TYPE_WEIGHTS = ((MeetingType.REVIEW, 62), (MeetingType.PRESENTATION, 30),
                (MeetingType.RECOVERY, 2))  # fmt: skip
DURATIONS = ((30, 25), (45, 30), (60, 35), (90, 10))
NOTE_COUNTS = ((0, 35), (1, 30), (2, 20), (3, 10), (4, 5))  # weights of 0..4 quick notes
OBJECTION_COUNTS = ((0, 55), (1, 32), (2, 13))
RATED_SHARE = 0.45  # meetings whose four live phases the RM rated at wrap-up
NEXT_CONTACT_SHARE = 0.15  # meetings wrapped up with a next contact date
OUTCOME_WEIGHTS: dict[MeetingType, tuple[tuple[Outcome, int], ...]] = {
    MeetingType.ACQUISITION: ((Outcome.AGREED, 30), (Outcome.CONSIDERING, 30),
                              (Outcome.NEEDS_FOLLOW_UP, 20), (Outcome.DECLINED, 8),
                              (Outcome.RELATIONSHIP, 12)),
    MeetingType.REVIEW: ((Outcome.RELATIONSHIP, 40), (Outcome.AGREED, 18),
                         (Outcome.CONSIDERING, 18), (Outcome.NEEDS_FOLLOW_UP, 14),
                         (Outcome.DECLINED, 10)),
    MeetingType.PRESENTATION: ((Outcome.AGREED, 35), (Outcome.CONSIDERING, 30),
                               (Outcome.NEEDS_FOLLOW_UP, 15), (Outcome.DECLINED, 20)),
    MeetingType.MATURITY: ((Outcome.AGREED, 55), (Outcome.CONSIDERING, 18),
                           (Outcome.NEEDS_FOLLOW_UP, 15), (Outcome.DECLINED, 12)),
    MeetingType.RECOVERY: ((Outcome.RELATIONSHIP, 35), (Outcome.NEEDS_FOLLOW_UP, 40),
                           (Outcome.AGREED, 15), (Outcome.DECLINED, 10)),
}  # fmt: skip
# The questioning plan follows the client's communication style (None: not recorded).
STYLE_PLAN: dict[str | None, tuple[QuestionStyle, Directness]] = {
    "direct": (QuestionStyle.CLOSED, Directness.DIRECT),
    "analytical": (QuestionStyle.GUIDED, Directness.DIRECT),
    "amiable": (QuestionStyle.OPEN, Directness.TACTFUL),
    "expressive": (QuestionStyle.OPEN, Directness.TACTFUL),
    None: (QuestionStyle.OPEN, Directness.TACTFUL),
}

# How often an attentive RM ticks each checklist item; a meeting scales these by how
# diligent the RM was that day. Unlisted playbook items get DEFAULT_TICK. The low ones
# are what the "most skipped" insight should find.
DEFAULT_TICK = 0.3
TICK_RATES = {
    "rapport.warm_intro": 0.95, "rapport.opening_topic": 0.75, "rapport.ease_tension": 0.3,
    "rapport.read_and_adjust": 0.25, "rapport.trust_understanding": 0.45,
    "rapport.tone_voice": 0.12, "rapport.equal_footing": 0.15,
    "questioning.know_the_client": 0.7, "questioning.choose_style": 0.35,
    "questioning.real_intent": 0.55, "questioning.client_attitude": 0.3,
    "questioning.measured_praise": 0.08, "questioning.resonance": 0.4,
    "questioning.consent_to_record": 0.85, "questioning.no_jargon": 0.2,
    "questioning.moderate_volume": 0.05, "questioning.we_not_i": 0.1,
    "questioning.no_pressure": 0.3,
    "listening.time_to_listen": 0.5, "listening.full_attention": 0.6,
    "listening.main_ideas": 0.55, "listening.active_feedback": 0.45,
    "listening.ask_and_restate": 0.3, "listening.correct_bias": 0.06,
    "listening.read_mood": 0.2, "listening.no_phone": 0.7,
    "responding.face_candidly": 0.5, "responding.feelings_first": 0.45,
    "responding.clarify_concern": 0.65, "responding.no_argument": 0.35,
    "responding.facts": 0.5, "responding.deliverable_only": 0.25,
    "responding.escalate": 0.1, "responding.thank_feedback": 0.3,
    "responding.check_satisfied": 0.4, "responding.record_objection": 0.2,
    "prepare.review_profile": 0.85, "prepare.review_holdings": 0.65,
    "prepare.last_meeting": 0.5, "prepare.objectives": 0.7, "prepare.meeting_type": 0.25,
    "prepare.suitability": 0.45, "prepare.questions_materials": 0.4,
    "prepare.logistics": 0.55, "prepare.opening_topic": 0.2, "prepare.market_update": 0.15,
    "prepare.self_ready": 0.1,
}  # fmt: skip
LIVE_PHASES = ("rapport", "questioning", "listening", "responding")

PLACES: Bilingual = {
    False: (
        "支行贵宾室",
        "支行二楼理财室",
        "客户办公室",
        "客户家中",
        "附近咖啡厅",
        "私行中心会客室",
    ),
    True: ("Branch client lounge", "Client's office", "Coffee shop nearby", "Client's home"),
}
OBJECTIVES: dict[MeetingType, Bilingual] = {
    MeetingType.ACQUISITION: {
        False: ("了解客户家庭与资产情况", "介绍我行财富管理服务", "完成风险承受能力评估",
                "了解客户在他行的资产配置", "建立联系，约定下次见面"),
        True: ("Learn about the family and their assets", "Introduce our wealth services",
               "Complete the risk assessment", "Agree the next meeting"),
    },
    MeetingType.REVIEW: {
        False: ("回顾现有持仓表现", "了解客户近期资金计划", "确认风险测评是否到期",
                "梳理家庭资产配置", "听取客户对服务的意见", "更新客户家庭与职业信息",
                "了解客户对{concern}的打算"),
        True: ("Review how the portfolio did", "Learn the client's plans for their money",
               "Check whether the risk assessment is due", "Update family and work details"),
    },
    MeetingType.PRESENTATION: {
        False: ("介绍{product}", "对比{product}与现有持仓", "了解客户对{product}的兴趣",
                "解答客户关于{product}的疑问"),
        True: ("Present {product}", "Compare {product} with the current holdings",
               "Answer questions about {product}"),
    },
    MeetingType.MATURITY: {
        False: ("商量{product}到期资金安排", "介绍到期续作方案", "了解到期资金的用途"),
        True: ("Discuss the maturing {product}", "Present the reinvestment options"),
    },
    MeetingType.RECOVERY: {
        False: ("了解投诉的来龙去脉", "向客户致歉并说明处理方案", "重建客户信任"),
        True: ("Hear the complaint in full", "Apologise and explain the remedy",
               "Rebuild the client's trust"),
    },
}  # fmt: skip
QUESTIONS: Bilingual = {
    False: ("这笔钱您大概打算放多久？", "您对收益和风险怎么看？", "最近家里有什么大的开支计划吗？",
            "您对目前的持仓满意吗？", "上次聊到的{concern}，现在怎么样了？",
            "这笔到期资金有什么安排？", "您更看重资金的灵活性还是收益？",
            "您平时比较关注哪些投资信息？", "您对{product}了解多少？"),
    True: ("How long do you plan to keep this money invested?",
           "How do you weigh risk against return?", "Any large expenses coming up?",
           "Are you happy with the current portfolio?",
           "What matters more: access to the money or the return?"),
}  # fmt: skip
TALKING_POINTS: Bilingual = {
    False: ("先聊{concern}，再引出{product}", "强调分散配置，不追求单一产品高收益",
            "说明{product}的风险和费用", "带上产品说明书和风险揭示书"),
    True: ("Start from their plans, then {product}", "Bring the {product} fact sheet"),
}  # fmt: skip
NEEDS: Bilingual = {
    False: ("希望资金稳健增值", "为子女教育储备资金", "规划养老生活", "考虑资产传承安排",
            "保持流动性，随时可用", "希望收益高于定期存款", "关注{concern}"),
    True: ("Steady growth", "Saving for the children's education", "Planning retirement",
           "Keeping cash at hand"),
}  # fmt: skip
INTENTS: Bilingual = {
    False: ("其实更担心本金安全", "想先比较他行产品再决定", "希望得到更多关注和优惠",
            "为即将到来的大额支出做准备", "真正关心的是孩子的留学费用", "对上次亏损仍有顾虑",
            "想把一部分资金交给配偶打理"),
    True: ("Mostly worried about losing capital", "Wants to compare with another bank first",
           "Preparing for a large purchase"),
}  # fmt: skip
NOTES: Bilingual = {
    False: ("客户提到明年孩子出国留学，需要准备一笔资金", "客户对{product}比较感兴趣，想看历史业绩",
            "客户希望资金保持一定流动性", "客户配偶也在场，大事需要夫妻商量",
            "客户担心市场波动，倾向保本", "客户询问大额存单利率", "客户提到他行理财收益更高",
            "客户对上次的服务表示满意", "客户最近在考虑{concern}"),
    True: ("Wants some money easily accessible", "Interested in {product}; asked about returns",
           "Spouse joined; they decide together", "Says another bank pays more"),
}  # fmt: skip
# a promise to send something: suggest_followups turns these into send-material items
PROMISES: Bilingual = {
    False: ("答应会后把{product}的产品说明书发给客户", "会后把资产配置建议资料发给客户"),
    True: ("Promised to send the {product} fact sheet", "Will send the allocation materials"),
}
OBJECTIONS: dict[bool, tuple[tuple[str, str], ...]] = {
    False: (("收益太低了，他行更高", "说明收益与风险的关系，提供同类产品对比"),
            ("担心亏本", "解释产品风险等级和历史表现，建议先小额配置"),
            ("期限太长，怕用钱时取不出来", "介绍可提前赎回的产品和分散到期的安排"),
            ("手续费太高", "逐项列明费用，说明长期持有的费率优惠"),
            ("现在市场不好，想再等等", "不急于决定，约定市场变化时再沟通"),
            ("要和家人商量一下", "理解，准备一份简明资料方便家人一起看"),
            ("上次买的基金亏了", "分析亏损原因，回顾整体配置，承诺加强跟踪"),
            ("不想被推销", "说明这次以了解需求为主，不推荐产品")),
    True: (("Returns are too low", "Explained risk and return; offered a comparison"),
           ("Worried about losing money", "Went through the risk rating and history"),
           ("Fees are too high", "Listed every fee and the long-term discount"),
           ("Needs to talk to the family", "Offered a short summary to share")),
}  # fmt: skip
OUTCOME_NOTES: dict[Outcome, Bilingual] = {
    Outcome.AGREED: {False: ("客户同意配置{product}", "客户同意将到期资金续作{product}",
                             "客户同意完成风险测评"),
                     True: ("Agreed to invest in {product}", "Agreed to reinvest")},
    Outcome.CONSIDERING: {False: ("客户对{product}有兴趣，需要考虑几天", "客户想和家人商量后再定"),
                          True: ("Interested in {product}; will decide next week",)},
    Outcome.NEEDS_FOLLOW_UP: {False: ("需要补充产品资料后再沟通", "约定下周电话跟进"),
                              True: ("Needs more material before deciding",)},
    Outcome.DECLINED: {False: ("客户暂不考虑新产品", "客户决定资金另作他用"),
                       True: ("Not interested for now",)},
    Outcome.RELATIONSHIP: {False: ("维护关系，了解近况", "客户对服务表示满意"),
                           True: ("Relationship visit; all well",)},
}  # fmt: skip
AMENDMENTS: Bilingual = {
    False: ("补记：客户会后来电确认同意", "更正：到期金额以系统记录为准",
            "补充：客户配偶也同意该安排"),
    True: ("Added: the client called to confirm", "Correction: amount as per the system"),
}  # fmt: skip

# Follow-ups promised in meetings; titles as meeting_followups.suggest_followups words them.
FOLLOWUP_TITLES: dict[str, Bilingual] = {
    "objection": {False: ("回复客户顾虑：{text}",), True: ("Follow up on concern: {text}",)},
    "material": {False: ("发送资料：{text}",), True: ("Send material: {text}",)},
    "thanks": {False: ("致谢客户并回顾面谈",), True: ("Thank the client and review the meeting",)},
    "recovery": {False: ("回访：确认客户对处理结果满意",),
                 True: ("Check back: is the client satisfied with the resolution?",)},
    "visit": {False: ("上门拜访：跟进{product}意向", "约客户面谈{product}方案"),
              True: ("Visit: follow up on {product}",)},
    "call": {False: ("电话跟进{product}意向", "电话确认客户决定"),
             True: ("Call about {product}",)},
    "next_contact": {False: ("下次联系",), True: ("Next contact",)},
}  # fmt: skip
FOLLOWUP_OUTCOMES: dict[FollowUpKind, Bilingual] = {
    FollowUpKind.CALL: {False: ("已电话沟通，客户表示认可", "客户已确认",
                                "客户仍在考虑，下月再联系", "电话未接通，已微信留言，客户回复收到"),
                        True: ("Spoke to the client", "Client confirmed", "Left a message")},
    FollowUpKind.VISIT: {False: ("已面谈，客户满意", "上门拜访，客户同意方案"),
                         True: ("Met the client; all agreed",)},
    FollowUpKind.SEND_MATERIAL: {False: ("资料已通过微信发送", "资料已寄出，客户确认收到"),
                                 True: ("Sent by email", "Sent; the client confirmed receipt")},
    FollowUpKind.SERVICE_REVIEW: {False: ("客户对处理结果表示满意", "客户仍有意见，已上报支行"),
                                  True: ("The client is satisfied with the resolution",)},
}  # fmt: skip
