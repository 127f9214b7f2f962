"""Every example of issue 17 ("a phrase coach an RM trusts") behaves as the issue describes.

The corpus test measures the coach; these are the issue's own sentences, kept apart so a
regression on one of them names it.
"""

from __future__ import annotations

import pytest

from rmcoach.phrasecoach import check_text


def categories(text: str) -> set[str]:
    return {c for f in check_text(text) for c in f.categories}


# ---------------------------------------------------------------- what it missed
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("这期额度快抢完了，您最好今天就定", "pressure"),
        ("再等就买不到了", "pressure"),
        ("The window closes tomorrow, best to decide now.", "pressure"),
        ("这只产品前几年收益都不错，今年估计也差不多", "past_performance"),
        ("You can't really lose on this one.", "implied_safety"),
        ("您放心，这只理财很稳妥。", "implied_safety"),
        ("我建议您把存款全部换成这只股票基金", "unsuitable_advice"),
        ("Its beta is 0.8 and the tracking error is low.", "jargon"),
        ("这只基金的贝塔是0.8", "jargon"),
        ("这只指数基金的跟踪误差很低", "jargon"),
        ("这只债基的久期是3年", "jargon"),
        ("这只基金的夏普比率很高", "jargon"),
    ],
)
def test_what_the_coach_used_to_miss_is_flagged(text: str, category: str) -> None:
    assert category in categories(text)


def test_jargon_in_english_is_flagged_word_by_word() -> None:
    words = [f.word for f in check_text("Its beta is 0.8 and the tracking error is low.")]
    assert words == ["beta", "tracking error"]


def test_a_disclaimer_applies_to_its_own_sentence_only() -> None:
    text = "去年收益5%，过往业绩不代表其未来表现。这只基金近三年年化8%。"
    [finding] = check_text(text)
    assert (finding.word, finding.category) == ("近三年", "past_performance")
    assert check_text("去年收益5%，过往业绩不代表其未来表现。") == []
    english = "It returned 6% last year; past performance is no guarantee. Last year it made 9%."
    assert [f.word for f in check_text(english)] == ["Last year"]


# ---------------------------------------------------------------- what it flagged wrongly
@pytest.mark.parametrize(
    "text",
    [
        "领导对我们的方案表示肯定",  # 肯定 as praise
        '客户说："你们能保证收益吗？"',  # the client's question, quoted
        "客户说：“你们能保证收益吗？”",
        'She asked: "Can you promise me returns?"',
        "客户电话已核对，没问题",  # 没问题 about a fact
        "No problem with the meeting time",
        "We cannot guarantee any return",  # negation
        "该产品业绩比较基准为年化3.2%，业绩比较基准不代表产品的实际收益。",  # the disclosure term
    ],
)
def test_what_the_coach_used_to_flag_wrongly_is_clean(text: str) -> None:
    assert check_text(text) == []


# ---------------------------------------------------------------- what to build
@pytest.mark.parametrize(
    "text",
    [
        "客户问能不能保证收益，我们说明不能。",  # 客户问: reported, not the RM's words
        "客户表示只想要稳赚不赔的产品，已说明不存在。",
        "The client asked whether the returns are guaranteed.",
        "He said: 'My old bank promised me a guaranteed 5%.'",
        "我们不能保证贷款获批。",  # negation scope
        "该产品不保本，净值会波动。",
        "Nothing is guaranteed, and this fund is not risk-free.",
        "请缴纳合同金额10%的保证金。",  # word sense: a margin
        "审计组对网点的整改给予了充分肯定。",  # 肯定 as praise
        "您的身份证有效期已经核对过了，没问题。",  # 没问题 about a fact
    ],
)
def test_context_makes_these_clean(text: str) -> None:
    assert check_text(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我跟客户说：“这款产品肯定能涨。”", "absolute_promise"),  # the RM's own words, quoted
        ("您这笔贷款下周肯定能批下来。", "absolute_promise"),  # 肯定 as certainty
        ("贷款审批那边没问题，您就等着放款吧。", "overcommitment"),  # 没问题 about an outcome
        ("我们保证下周放款。", "absolute_promise"),
        ("Rest assured, approval for the limit increase is a formality.", "overcommitment"),
    ],
)
def test_the_same_words_still_count_where_they_promise(text: str, category: str) -> None:
    assert category in categories(text)


def test_each_new_category_has_suggestions_in_both_languages() -> None:
    texts = {
        "pressure": "名额有限，先到先得。",
        "past_performance": "This fund returned 9% last year.",
        "implied_safety": "这只基金非常安全。",
        "unsuitable_advice": "Put all your savings into this fund.",
        "i_vs_we": "相信我，没错的。",
        "jargon": "这只债基久期偏长。",
    }
    for category, text in texts.items():
        finding = next(f for f in check_text(text) if category in f.categories)
        assert finding.suggestion("zh") and finding.suggestion("en"), category
        assert finding.suggestion("zh") != finding.suggestion("en"), category
