"""Vocabularies for the demo book: names, occupations, products, habits and phrases."""

from __future__ import annotations

from dataclasses import dataclass

from rmcoach.domain import Channel, CommunicationStyle, Gender, ProductRisk, ProductType, Tier


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The book's shape. Tiers: private ~3%, wealth ~12%, vip ~25%, mass ~60%, with AUM bands in
# yuan [low, high) as a Chinese retail bank draws them; wealthier clients are older.
TIER_WEIGHTS = (3, 12, 25, 60)  # in Tier order
AUM_BANDS = {
    Tier.PRIVATE: (6_000_000, 50_000_000),
    Tier.WEALTH: (1_000_000, 6_000_000),
    Tier.VIP: (500_000, 1_000_000),
    Tier.MASS: (2_000, 500_000),
}
AGE_MODE = {Tier.PRIVATE: 55.0, Tier.WEALTH: 50.0, Tier.VIP: 46.0, Tier.MASS: 38.0}
HOLDING_COUNTS = {  # weights for holding 0..5 products
    Tier.PRIVATE: (0, 0, 1, 3, 4, 4),
    Tier.WEALTH: (0, 1, 3, 4, 3, 2),
    Tier.VIP: (1, 3, 4, 3, 1, 0),
    Tier.MASS: (5, 5, 3, 1, 0, 0),
}
CONTACT_COUNTS = {Tier.PRIVATE: (4, 8), Tier.WEALTH: (3, 8), Tier.VIP: (1, 6), Tier.MASS: (0, 4)}
# Older clients are assessed more conservative: C1..C5 weights for ages under 35, 50, 65, more
RISK_BY_AGE = (
    (35, (5, 15, 35, 30, 15)),
    (50, (5, 20, 40, 25, 10)),
    (65, (15, 35, 35, 12, 3)),
    (200, (35, 45, 17, 3, 0)),
)

# Surnames with weights in tenths of a percent of the population (2020 census order), so
# a demo book has as many 王 and 李 as a real branch does; polyphonic surnames (曾 单 解
# 仇 查 覃) are kept because pinyin search must read them as surnames.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 48), ("杨", 33), ("黄", 22),
    ("赵", 20), ("吴", 19), ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13),
    ("胡", 12), ("郭", 11), ("何", 11), ("林", 10), ("高", 10), ("罗", 9), ("郑", 8),
    ("梁", 8), ("谢", 7), ("宋", 6), ("唐", 6), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 5),
    ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 4), ("潘", 4),
    ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 3),
    ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3),
    ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3),
    ("廖", 3), ("贾", 3), ("夏", 2), ("韦", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("段", 2), ("雷", 2),
    ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2),
    ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("戴", 1), ("孔", 1),
    ("汤", 1), ("覃", 1), ("单", 1), ("解", 1), ("仇", 1), ("查", 1), ("缪", 1),
)  # fmt: skip
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "慕容")

# Given names: whole classic names for the generation born before 1975, composed ones
# (first + second character) for the rest, and one-character names (王芳, 李娜) for all.
CLASSIC_GIVEN = {
    Gender.MALE: _words(
        "建国 建华 国华 国强 志强 志明 德明 永刚 建军 卫东 振华 建新 家明 海涛 "
        "长青 宝山 福生 金龙 立新 跃进"
    ),
    Gender.FEMALE: _words(
        "秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 素芬 丽华 玉梅 美华 红梅 "
        "春梅 淑华 秀珍 月英 金凤 秀芳 玉珍 丽娟"
    ),
}
GIVEN_FIRST = {
    Gender.MALE: _words("子 浩 宇 俊 志 文 明 晓 家 嘉 天 思 博 一 立 鹏 海 永 世 光 承 伟 振 泽"),
    Gender.FEMALE: _words("雅 静 佳 欣 梦 诗 雨 思 紫 婉 慧 晓 淑 文 美 丽 若 一 可 心 嘉 芷 晨"),
}
GIVEN_SECOND = {
    Gender.MALE: _words(
        "轩 然 阳 睿 航 宇 昊 哲 杰 涛 峰 辉 斌 刚 超 林 波 东 宁 龙 飞 鹏 成 凯 勇"
    ),
    Gender.FEMALE: _words(
        "涵 萱 怡 琪 婷 颖 倩 雪 琳 洁 敏 静 芳 丽 娜 霞 燕 萍 瑶 彤 妍 悦 蕾 岚"
    ),
}
SINGLE_GIVEN = {
    Gender.MALE: _words("伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宁 健 峰 亮"),
    Gender.FEMALE: _words("芳 娜 敏 静 丽 艳 娟 霞 燕 玲 萍 红 婷 雪 琳 洁 颖 倩 莉 丹 慧 蕾"),
}
EN_FIRST = {
    Gender.MALE: _words(
        "David Michael James Kevin Jason Eric Peter Daniel Thomas Richard Andrew "
        "Steven Mark Paul Brian Leo Jack Henry Oliver William"
    ),
    Gender.FEMALE: _words(
        "Fiona Grace Emily Sarah Jennifer Linda Helen Cindy Amy Lucy Sophie "
        "Rachel Jessica Vivian Emma Olivia Chloe Irene Anna Catherine"
    ),
}
EN_SURNAMES = _words(
    "Smith Miller Brown Johnson Taylor Wilson Anderson Thompson White Martin Clarke Walker "
    "Müller Schmidt Dubois Rossi Tanaka Kim Nguyen Fischer"
)


@dataclass(frozen=True)
class Occupation:
    """An occupation, its employers, and how often it appears in each tier.

    Attributes:
        weights: relative frequency among (private, wealth, vip, mass) clients.
        only: the gender it is drawn for, when it names one.
    """

    name: str
    employers: tuple[str, ...]
    weights: tuple[int, int, int, int]
    only: Gender | None = None


_COMPANIES = tuple(
    f"{brand}{trade}有限公司"
    for brand in ("宏达", "恒信", "华泰", "鑫源", "瑞丰", "永盛", "金鼎", "嘉禾", "远航", "天成")
    for trade in ("机械制造", "贸易", "建材", "餐饮管理", "服装", "电子科技", "物流", "食品")
)
_HOSPITALS = ("瑞金医院", "华山医院", "中山医院", "市第一人民医院", "市儿童医院", "口腔医院")
_SCHOOLS = ("实验中学", "外国语学校", "第二中学", "实验小学", "育才中学", "师范附属小学")
_UNIVERSITIES = ("复旦大学", "同济大学", "上海交通大学", "华东师范大学", "上海财经大学")
_TECH = ("华为技术有限公司", "阿里巴巴", "腾讯科技", "字节跳动", "美团", "拼多多", "携程")
_INDUSTRY = ("上汽集团", "中国商飞", "国家电网", "中建三局", "宝钢股份", "振华重工")

OCCUPATIONS: tuple[Occupation, ...] = (
    Occupation("企业主", _COMPANIES, (40, 25, 10, 4)),
    Occupation("企业高管", _INDUSTRY + _TECH, (20, 15, 6, 1)),
    Occupation("个体工商户", ("自营服装店", "自营餐馆", "自营五金店", "自营超市"), (2, 6, 8, 8)),
    Occupation("医生", _HOSPITALS, (6, 10, 10, 5)),
    Occupation("护士", _HOSPITALS, (0, 1, 3, 6)),
    Occupation("教师", _SCHOOLS, (1, 5, 10, 12)),
    Occupation("大学教授", _UNIVERSITIES, (4, 6, 4, 1)),
    Occupation(
        "公务员", ("市税务局", "区人民法院", "市发改委", "区教育局", "街道办事处"), (1, 5, 10, 10)
    ),
    Occupation(
        "律师",
        ("金杜律师事务所", "君合律师事务所", "中伦律师事务所", "锦天城律师事务所"),
        (8, 8, 5, 2),
    ),
    Occupation("工程师", _INDUSTRY, (1, 6, 10, 12)),
    Occupation("软件架构师", _TECH, (2, 8, 10, 6)),
    Occupation("产品经理", _TECH, (1, 5, 8, 8)),
    Occupation("会计师", ("普华永道", "德勤", "安永", "毕马威", "立信会计师事务所"), (3, 6, 7, 6)),
    Occupation("外贸经理", tuple(c for c in _COMPANIES if "贸易" in c), (4, 8, 8, 6)),
    Occupation("销售经理", _COMPANIES + _TECH, (2, 5, 8, 10)),
    Occupation("基金经理", ("华夏基金", "易方达基金", "汇添富基金", "中信证券"), (6, 8, 4, 1)),
    Occupation("设计师", ("自由设计工作室", "同济设计院", "华东建筑设计院"), (1, 3, 5, 8)),
    Occupation("飞行员", ("东方航空", "春秋航空", "吉祥航空"), (3, 4, 2, 0)),
    Occupation("自由职业", ("",), (2, 2, 3, 6)),
    Occupation("全职太太", ("",), (8, 6, 4, 3), only=Gender.FEMALE),
)
RETIRED = "退休"
RETIRED_EN = "Retired"
RETIRED_FROM = _words(
    "原第二纺织厂 原市第三中学 原区人民医院 原市供电局 原上海机床厂 原宝钢股份 原区财政局"
)

EN_OCCUPATIONS: tuple[Occupation, ...] = (
    Occupation("IT architect", ("SAP China", "Microsoft China", "IBM China"), (2, 8, 10, 6)),
    Occupation("Management consultant", ("McKinsey & Company", "BCG"), (6, 10, 8, 2)),
    Occupation("Engineer", ("Siemens China", "Bosch China", "Tesla Shanghai"), (1, 6, 10, 10)),
    Occupation("Teacher", ("Shanghai American School", "Dulwich College"), (1, 4, 8, 10)),
    Occupation(
        "Finance director", ("HSBC", "Standard Chartered", "Unilever China"), (10, 12, 6, 1)
    ),
    Occupation("Entrepreneur", ("Self-employed",), (30, 18, 6, 3)),
    Occupation("Doctor", ("Parkway Health", "United Family Hospital"), (6, 10, 8, 3)),
)

PERSONALITIES: dict[CommunicationStyle, tuple[str, ...]] = {
    CommunicationStyle.DIRECT: (
        "雷厉风行，讨厌绕弯子",
        "自信果断，喜欢掌控节奏",
        "时间观念强，只听重点",
    ),
    CommunicationStyle.ANALYTICAL: (
        "严谨细致，看重数据",
        "理性谨慎，决策前反复比较",
        "专业型，爱问条款细节",
    ),
    CommunicationStyle.AMIABLE: (
        "温和随和，重视信任关系",
        "念旧重情，习惯找熟悉的经理",
        "稳重谨慎，大事和家人商量",
    ),
    CommunicationStyle.EXPRESSIVE: (
        "热情健谈，喜欢分享见闻",
        "乐观开朗，对新事物好奇",
        "爱交朋友，常介绍亲友",
    ),
}
STYLE_WEIGHTS = (25, 30, 30, 15)  # direct, analytical, amiable, expressive

HABITS = _words(
    "晨跑 周末陪孩子 每天看财经新闻 午休后处理私事 晚饭后散步 周末打高尔夫 每年两次出境游 "
    "习惯用微信语音 早起打太极 周末去郊区钓鱼 常去网点办业务 喜欢线上自助办理"
)
INTERESTS_ZH = _words(
    "高尔夫 书法 茶道 旅行 摄影 马拉松 古典音乐 收藏 钓鱼 烘焙 围棋 红酒 瑜伽 登山 太极 京剧 "
    "园艺 游泳 羽毛球 自驾游"
)
INTERESTS_EN = _words("golf hiking wine sailing tennis photography jazz cooking marathon skiing")
CONCERNS = _words(
    "子女教育 养老规划 资产传承 担心市场波动 房贷压力 父母医疗 子女出国留学 企业经营资金周转 "
    "税务筹划 通胀侵蚀 家庭保障不足 收益下降"
)
MINDSETS = (
    "追求稳健，亏损容忍度低",
    "愿意承担一定波动换取收益",
    "担心市场波动，偏好保本产品",
    "看重流动性，随时可能用钱",
    "长期投资心态，不在意短期涨跌",
    "对银行信任度高，愿意听建议",
    "比较收益率，常拿他行产品对比",
    "刚经历基金亏损，情绪较谨慎",
)
BEST_TIMES = ("工作日午休", "晚上7点后", "周末上午", "上午10点前", "下午3点后", "随时")
NOTES = (
    "偏好周末联系",
    "对收益率敏感",
    "不喜欢电话推销，先微信约",
    "每年春节前后有大额资金到账",
    "配偶同为我行客户",
    "有意向办理家族信托，待跟进",
    "曾投诉过理财销售过程，沟通需谨慎",
    "孩子明年出国，关注换汇",
)
NOTES_EN = ("Prefers English documents", "May relocate to Europe in two years", "Likes email")
ADDRESSES = (
    "上海市浦东新区世纪大道", "上海市徐汇区漕溪北路", "上海市静安区南京西路", "上海市闵行区虹梅路",
    "上海市长宁区仙霞路", "上海市杨浦区国定路", "上海市黄浦区西藏南路", "苏州市工业园区星湖街",
    "杭州市西湖区文三路", "北京市朝阳区建国路",
)  # fmt: skip
MOBILE_PREFIXES = _words(
    "134 135 136 137 138 139 150 151 152 157 158 159 182 187 188 130 131 132 155 156 185 "
    "186 133 153 177 180 181 189 199 166 173 176 198"
)
LANDLINE_AREAS = ("021", "021", "021", "0512", "0571", "010")
EMAIL_DOMAINS_ZH = ("163.com", "126.com", "qq.com", "sina.com", "outlook.com", "foxmail.com")
EMAIL_DOMAINS_EN = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com")
CHANNEL_WEIGHTS_ZH: tuple[tuple[Channel, int], ...] = (
    (Channel.WECHAT, 45), (Channel.PHONE, 35), (Channel.BRANCH, 10), (Channel.VISIT, 5),
    (Channel.SMS, 5),
)  # fmt: skip
CHANNEL_WEIGHTS_EN: tuple[tuple[Channel, int], ...] = (
    (Channel.EMAIL, 40), (Channel.WECHAT, 30), (Channel.PHONE, 25), (Channel.VISIT, 5),
)  # fmt: skip


@dataclass(frozen=True)
class Product:
    """A product the demo sells; term_days None means open-ended (funds, insurance, gold)."""

    name: str
    product_type: ProductType
    risk: ProductRisk
    term_days: int | None
    minimum_yuan: int


PRODUCTS: tuple[Product, ...] = (
    Product("稳享90天理财", ProductType.WEALTH, ProductRisk.R2, 90, 10_000),
    Product("稳享180天理财", ProductType.WEALTH, ProductRisk.R2, 180, 10_000),
    Product("安心365天理财", ProductType.WEALTH, ProductRisk.R2, 365, 10_000),
    Product("天天利现金管理", ProductType.WEALTH, ProductRisk.R1, None, 1),
    Product("固收增强一年持有期理财", ProductType.WEALTH, ProductRisk.R3, 365, 10_000),
    Product("大额存单1年", ProductType.DEPOSIT, ProductRisk.R1, 365, 200_000),
    Product("大额存单3年", ProductType.DEPOSIT, ProductRisk.R1, 1095, 200_000),
    Product("整存整取2年", ProductType.DEPOSIT, ProductRisk.R1, 730, 50),
    Product("结构性存款91天", ProductType.STRUCTURED_DEPOSIT, ProductRisk.R1, 91, 50_000),
    Product("结构性存款182天", ProductType.STRUCTURED_DEPOSIT, ProductRisk.R2, 182, 50_000),
    Product("三年期储蓄国债", ProductType.BOND, ProductRisk.R1, 1095, 100),
    Product("货币市场基金", ProductType.FUND, ProductRisk.R1, None, 1),
    Product("纯债债券基金", ProductType.FUND, ProductRisk.R2, None, 1_000),
    Product("沪深300指数基金", ProductType.FUND, ProductRisk.R4, None, 1_000),
    Product("中证500指数基金", ProductType.FUND, ProductRisk.R4, None, 1_000),
    Product("偏股混合基金", ProductType.FUND, ProductRisk.R4, None, 1_000),
    Product("QDII全球配置基金", ProductType.FUND, ProductRisk.R4, None, 1_000),
    Product("医药主题基金", ProductType.FUND, ProductRisk.R5, None, 1_000),
    Product("科技创新混合基金", ProductType.FUND, ProductRisk.R5, None, 1_000),
    Product("增额终身寿险", ProductType.INSURANCE, ProductRisk.R1, None, 10_000),
    Product("养老年金保险", ProductType.INSURANCE, ProductRisk.R1, None, 10_000),
    Product("积存金", ProductType.PRECIOUS_METAL, ProductRisk.R3, None, 500),
    Product("私行专享固收产品", ProductType.WEALTH, ProductRisk.R3, 730, 1_000_000),
    Product("家族信托", ProductType.OTHER, ProductRisk.R3, None, 10_000_000),
)

SUMMARIES_ZH = (
    "电话沟通{product}到期续作事宜",
    "介绍{product}，客户表示再考虑",
    "客户来电咨询{product}收益情况",
    "网点面谈，梳理家庭资产配置",
    "上门拜访，聊到{concern}",
    "微信发送节日祝福，客户回复感谢",
    "生日问候，送上小礼品",
    "提醒风险测评即将到期",
    "邀请参加{event}，客户答应出席",
    "市场波动安抚，解释基金净值回撤",
)
SUMMARIES_EN = (
    "Call about the {product} renewal",
    "Sent the quarterly portfolio review",
    "Coffee at the branch, reviewed the portfolio",
    "Invited to the client appreciation dinner",
)
SLOTS = ("product", "concern", "event")  # what a summary template may name
EVENTS = ("客户答谢会", "财富讲座", "高尔夫邀请赛", "亲子活动", "新年音乐会")
MEMBER_NOTES = {
    "配偶": ("在国企工作", "全职在家", "同为我行客户", "经营自己的公司", "在医院工作"),
    "子女": ("在读小学", "在读初中", "明年高考", "在读大学", "英国留学", "在深圳工作", "已成家"),
    "父母": ("已退休，身体健康", "需要长期照护", "住在老家", "随子女同住"),
}
TAG_KEY = "重点客户"
TAG_NEW = "新客户"
TAG_DORMANT = "待激活"
TAG_POTENTIAL = "高潜力"
