"""The words of every compliance reason and notice, in Chinese and English, by stable code."""

from __future__ import annotations

from collections.abc import Mapping

# code: (Simplified Chinese, English); {name} is a parameter, given in Reason.params.
REASONS: dict[str, tuple[str, str]] = {
    # why a product is unsuitable
    "suitability.no_profile": (
        "客户尚无风险承受能力评估结果：须先由银行完成评估",
        "No risk assessment on record: the bank must assess the client first",
    ),
    "suitability.assessment_undated": (
        "风险评估结果没有评估日期，无法确认仍在有效期内：请补录评估日期",
        "The risk assessment has no date, so its validity cannot be confirmed: "
        "record the assessment date",
    ),
    "suitability.assessment_expired": (
        "风险评估（{assessed_on}）已于{expired_on}过期，有效期{months}个月：须重新评估",
        "The risk assessment of {assessed_on} expired on {expired_on} (valid {months} months): "
        "the client must be re-assessed",
    ),
    "suitability.circumstances_changed": (
        "客户于{changed_on}反映自身情况发生变化：须重新评估后再销售",
        "The client reported changed circumstances on {changed_on}: re-assess before any sale",
    ),
    "suitability.risk_above_profile": (
        "产品风险等级{product_risk}高于客户的风险承受能力{risk_profile}",
        "{product_risk} is above the client's {risk_profile} risk level",
    ),
    "suitability.lowest_category": (
        "{risk_profile}属于风险承受能力最低类别：即使客户主动要求，也不得销售高于其等级的产品",
        "{risk_profile} is the lowest risk category: no product above it may be sold, "
        "not even at the client's own request",
    ),
    "suitability.no_capacity": (
        "客户无民事行为能力：不得向其本人销售，须由监护人{guardian}代为办理",
        "The client has no civil capacity: nothing may be sold to them; "
        "the guardian {guardian} acts for them",
    ),
    "suitability.limited_capacity": (
        "客户为限制民事行为能力人：只能销售{max_risk}及以下的低风险产品",
        "The client has limited civil capacity: only low-risk products up to {max_risk} "
        "may be sold",
    ),
    "suitability.risk_unknown": (
        "产品没有风险等级：请先在产品库中核实其风险等级",
        "The product has no risk rating: check it in the catalogue first",
    ),
    # notices that do not block the sale
    "suitability.assessment_expiring": (
        "风险评估将于{expires_on}到期（还有{days}天）：可提前安排重新评估",
        "The risk assessment expires on {expires_on} (in {days} days): arrange a new one",
    ),
    "suitability.product_inactive": (
        "该产品在产品库中已停售",
        "The product is marked as no longer sold in the catalogue",
    ),
    "care.senior": (
        "客户{age}岁（{threshold}岁及以上）：须履行特别注意义务，放慢讲解，确认客户理解，"
        "给足考虑时间",
        "The client is {age} ({threshold} or over): take special care: explain slowly, "
        "confirm they understood, give time to decide",
    ),
    "care.first_time_buyer": (
        "客户首次购买：须详细讲解产品和风险，首次购买须在网点面签，给足考虑时间",
        "A first-time buyer: explain the product and its risks in full, sign in person at "
        "the branch, and give time to decide",
    ),
    "care.guardian": (
        "客户的监护人为{guardian}：须有监护人参与并核对其身份",
        "The client's guardian is {guardian}: the guardian takes part, identity checked",
    ),
    "care.cooling_off": (
        "私募产品：签约后有{hours}小时投资冷静期，期间不得催促客户；客户可解约并全额退款",
        "A private product: {hours} hours of cooling-off follow the signing; do not press "
        "the client then; they may cancel and get the full amount back",
    ),
    # why a sale cannot be marked as made
    "sale.consent_missing": (
        "尚未征得客户对录音录像的同意：不能标记为已成交",
        "The client has not agreed to the recording yet: the sale cannot be marked as made",
    ),
    "sale.consent_refused": (
        "客户不同意录音录像：本次不能在销售专区成交",
        "The client declined the recording: no sale can be made in this meeting",
    ),
    "sale.unsuitable": (
        "{product}不适合该客户，且没有记录例外：不能标记为已成交",
        "{product} is unsuitable for the client and no exception is on record: the sale "
        "cannot be marked as made",
    ),
}

# Codes of the compliance services' validation errors (English; the UI translates them).
COMPLIANCE_MESSAGES = {
    "assessment_needs_profile": "an assessment date needs the risk level it gave",
    "guardian_required": "a client without full civil capacity needs a guardian",
    "product_code_required": "a product needs a code",
    "product_code_invalid": "a product code may use only letters, digits and - _ . /",
    "product_code_taken": "product code {code} belongs to another product",
    "product_name_required": "a product needs a name",
    "kind_unknown": "unknown product kind '{value}' (use 公募理财/wealth_public, "
    "私募理财/wealth_private, 基金/fund, 保险/insurance, 结构性存款/structured_deposit, "
    "债券/bond or 贵金属/precious_metal)",
    "product_risk_unknown": "unknown product risk '{value}' (use R1 to R5)",
    "required": "is required",
    "exception_not_allowed": "no exception may be recorded: {reasons}",
    "exception_not_needed": "the product is suitable: no exception is needed",
    "warning_not_given": "the special written risk warning must be given first",
    "scope_required": "a consent needs its scope",
    "already_withdrawn": "the consent was already withdrawn on {date}",
    "withdrawn_before_given": "cannot be before the day the consent was given ({date})",
}


def reason_text(code: str, params: Mapping[str, str], lang: str = "en") -> str:
    """The shipped text of a reason code with its parameters filled in."""
    zh, en = REASONS[code]
    return (zh if lang.lower().startswith("zh") else en).format(**params)
