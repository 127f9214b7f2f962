"""Every document renders for a sample client, masked by default, in both languages."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.documents.context import DocumentError
from rmcoach.documents.env import TemplateProblem, render_template
from rmcoach.documents.labels import labels
from rmcoach.documents.names import REASONS_ZH, name
from rmcoach.documents.service import DocumentRequest, render_document
from rmcoach.domain import Channel, CommunicationStyle, Gender, ProductType, Tier
from rmcoach.meeting_domain import FollowUpKind, MeetingStatus, MeetingType, Outcome
from rmcoach.phrasecoach import check_text
from rmcoach.services.book import Book
from rmcoach.services.meetings.prep import REASONS_EN
from tests.conftest import MakeClient
from tests.rmcoach.documents.sample import (
    CLIENT_NO,
    EMAIL,
    MASKED_MOBILE,
    MOBILE,
    NAME_EN,
    NAME_ZH,
    SCRIPT_NOTE,
    Sample,
    add_sample,
)

KINDS = ("brief", "minutes", "letter", "profile")


@pytest.fixture
def sample(book: Book, clock: FixedClock) -> Sample:
    return add_sample(book, clock)


def text_of(html: str) -> str:
    """What a reader sees: tags and the style sheet dropped, entities decoded."""
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


def render(book: Book, kind: str, client_id: int, lang: str = "zh", **options: object) -> str:
    request = DocumentRequest(kind, client_id, lang=lang, **options)  # type: ignore[arg-type]
    return render_document(book, request).html


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_shows_the_client_with_personal_data_masked(
    book: Book, sample: Sample, kind: str, lang: str
) -> None:
    text = text_of(render(book, kind, sample.client_id, lang))
    assert NAME_ZH in text
    assert labels(lang)["masked_on"] in text
    assert MOBILE not in text
    assert EMAIL not in text
    assert "8,563,000" not in text and "856.3万" not in text
    if kind != "letter":  # a letter to the client is not headed with their number and phone
        assert CLIENT_NO in text
    if kind in ("brief", "profile"):
        assert MASKED_MOBILE in text
        assert ("600万–1000万" if lang == "zh" else "¥6–10 million") in text


def test_the_brief_holds_the_plan_the_coaching_and_the_history(book: Book, sample: Sample) -> None:
    text = text_of(render(book, "brief", sample.client_id))
    for expected in (
        "2026年12月3日 周四 14:30",  # the next planned meeting, not the done one
        "支行二楼贵宾室",
        "了解到期资金的安排",  # objective
        "这笔到期资金近期有什么用途？",  # prepared question
        "引导式提问，委婉地问",  # questioning style: analytical, cautious
        "12月10日生日，还有11天",  # an opener, with the reason behind it
        "稳享90天",
        "还有16天",  # maturing soon
        "成长混合基金 (R4) · 不适合",  # R4 for a C3 client
        "有意向，还在考虑",  # last meeting's outcome
        "电话确认资金安排",  # open follow-up
        "创造和谐的氛围",  # the playbook's reminders for the meeting
    ):
        assert expected in text, expected


def test_the_english_brief_is_in_english(book: Book, sample: Sample) -> None:
    text = text_of(render(book, "brief", sample.client_id, "en"))
    for expected in (
        "Meeting brief",
        "Thu 3 Dec 2026 14:30",
        "Guided questions, asked tactfully",
        "Maturity reinvestment",
        "Reminders for the meeting",
    ):
        assert expected in text, expected
    assert "面谈简报" not in text


def test_the_minutes_record_needs_objections_and_agreed_actions(book: Book, sample: Sample) -> None:
    text = text_of(render(book, "minutes", sample.client_id))
    for expected in (
        "回顾持仓表现",
        "明年需要约50万用于女儿留学",
        "希望本金稳健，兼顾流动性",
        "基金最近亏损，不想再买基金",
        "我们一起看了历史波动，建议降低权益仓位",
        "已解决",
        "2026年11月29日 寄送留学金融服务资料 寄送资料",
        "2026年12月10日 下次联系",
        "4/5",
    ):
        assert expected in text, expected


def test_the_letter_thanks_the_client_and_lists_the_next_steps(book: Book, sample: Sample) -> None:
    zh = text_of(render(book, "letter", sample.client_id))
    assert "尊敬的王先生：" in zh
    assert "感谢您于2026年11月22日抽出宝贵时间与我们面谈。" in zh
    assert "2026年12月5日前：电话确认资金安排" in zh
    en = text_of(render(book, "letter", sample.client_id, "en"))
    assert "Dear Mr Wang," in en
    assert "By 5 Dec 2026: 电话确认资金安排" in en


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_default_letter_passes_the_phrase_coach(book: Book, sample: Sample, lang: str) -> None:
    document = render_document(book, DocumentRequest("letter", sample.client_id, lang=lang))
    assert document.letter_body
    assert check_text(document.letter_body) == []


def test_the_rm_s_letter_text_replaces_the_default(book: Book, sample: Sample) -> None:
    body = "王先生您好：\n\n附上资料，请查收。"
    text = text_of(render(book, "letter", sample.client_id, letter_body=body))
    assert "附上资料，请查收。" in text
    assert "感谢您于" not in text


def test_masking_off_shows_the_full_values_and_says_so(book: Book, sample: Sample) -> None:
    text = text_of(render(book, "profile", sample.client_id, mask=False))
    assert MOBILE in text and EMAIL in text
    assert "856.3万" in text
    assert "上海市浦东新区世纪大道100号3楼" in text
    assert labels("zh")["masked_off"] in text
    assert labels("zh")["masked_on"] not in text


def test_a_client_note_with_markup_is_shown_as_text(book: Book, sample: Sample) -> None:
    html = render(book, "profile", sample.client_id)
    assert "&lt;script&gt;" in html
    assert SCRIPT_NOTE not in html
    assert "<script" not in html


def test_a_brief_without_a_planned_meeting_renders_from_the_profile(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, name_zh="李娜", client_no="C002", mobile="13912345678")
    text = text_of(render(book, "brief", client.id))
    assert labels("zh")["no_planned_meeting"] in text
    assert "李娜" in text and "139****5678" in text
    assert labels("zh")["no_objectives"] in text


@pytest.mark.parametrize("kind", ["minutes", "letter"])
def test_minutes_and_letters_need_a_done_meeting(
    book: Book, make_client: MakeClient, kind: str
) -> None:
    client = make_client(book, name_zh="李娜")
    with pytest.raises(DocumentError) as raised:
        render(book, kind, client.id)
    assert raised.value.code == "no_done_meeting"


def test_the_meeting_asked_for_must_fit(
    book: Book, sample: Sample, make_client: MakeClient
) -> None:
    with pytest.raises(DocumentError) as raised:
        render(book, "minutes", sample.client_id, meeting_id=sample.planned_id)
    assert raised.value.code == "meeting_not_done"
    other = make_client(book, name_zh="李娜")
    with pytest.raises(DocumentError) as raised:
        render(book, "brief", other.id, meeting_id=sample.planned_id)
    assert raised.value.code == "other_client"
    # a brief for the done meeting itself is allowed: it is the plan as it was
    text = text_of(render(book, "minutes", sample.client_id, meeting_id=sample.done_id))
    assert "回顾持仓表现" in text


def test_a_missing_variable_fails_instead_of_printing_blank(user_data: Path) -> None:
    folder = user_data / "templates"
    folder.mkdir()
    (folder / "tiny.html.j2").write_text("<p>{{ client.name }}</p>\n<p>{{ nowhere }}</p>\n")
    with pytest.raises(TemplateProblem, match=r"tiny\.html\.j2:2: 'nowhere' is undefined"):
        render_template("tiny.html.j2", {"client": {"name": "王大海"}}, "zh")


def test_a_template_syntax_error_names_the_file_and_line(user_data: Path) -> None:
    folder = user_data / "templates"
    folder.mkdir()
    (folder / "bad.html.j2").write_text("<p>\n{% if %}\n</p>\n")
    with pytest.raises(TemplateProblem, match=r"bad\.html\.j2:2: "):
        render_template("bad.html.j2", {}, "zh")


def test_a_template_cannot_run_code(user_data: Path, tmp_path: Path) -> None:
    """A plain Environment lets this reach os.popen; the sandbox refuses, naming file and line."""
    folder = user_data / "templates"
    folder.mkdir()
    proof = tmp_path / "ran"
    (folder / "evil.html.j2").write_text(
        f"<p>harmless</p>\n{{{{ cycler.__init__.__globals__.os.popen('touch {proof}').read() }}}}\n"
    )
    with pytest.raises(TemplateProblem) as raised:
        render_template("evil.html.j2", {}, "zh")
    message = str(raised.value)
    assert re.match(r".*evil\.html\.j2:2: .*unsafe", message), message
    assert "\n" not in message
    assert not proof.exists()
    (folder / "mutate.html.j2").write_text("{% set xs = [1] %}{{ xs.append(2) }}\n")
    with pytest.raises(TemplateProblem, match=r"mutate\.html\.j2:1: .*unsafe"):
        render_template("mutate.html.j2", {}, "zh")


def test_a_bank_template_in_the_user_data_folder_wins(
    book: Book, sample: Sample, user_data: Path
) -> None:
    folder = user_data / "templates"
    folder.mkdir()
    (folder / "brief.html.j2").write_text(
        "<h1>招商示例银行 {{ L.title_brief }}</h1><p>{{ client.name }} {{ client.mobile }}</p>"
    )
    text = text_of(render(book, "brief", sample.client_id))
    assert text == f"招商示例银行 面谈简报 {NAME_ZH} ({NAME_EN}) {MASKED_MOBILE}"
    # the other documents still come from the shipped templates
    assert labels("zh")["title_profile"] in text_of(render(book, "profile", sample.client_id))


def test_a_bank_template_with_a_typo_fails_with_its_file(
    book: Book, sample: Sample, user_data: Path
) -> None:
    folder = user_data / "templates"
    folder.mkdir()
    (folder / "profile.html.j2").write_text("<p>{{ client.mobil }}</p>\n")
    with pytest.raises(TemplateProblem, match=r"profile\.html\.j2:1: .*mobil"):
        render(book, "profile", sample.client_id)


def test_both_languages_have_every_label() -> None:
    zh, en = labels("zh"), labels("en")
    assert zh.keys() == en.keys()
    assert all(zh.values()) and all(en.values())
    assert labels("zh_CN") == zh


def test_every_enum_member_has_a_name_in_both_languages() -> None:
    for enum in (
        Tier, Gender, Channel, CommunicationStyle, ProductType,
        MeetingType, MeetingStatus, Outcome, FollowUpKind,
    ):  # fmt: skip
        for member in enum:
            zh, en = name(member, "zh"), name(member, "en")
            assert re.search(r"[\u4e00-\u9fff]", zh), member  # not the raw value
            assert en.isascii() and en != member.value, member


def test_every_coach_reason_has_chinese_with_the_same_placeholders() -> None:
    assert REASONS_ZH.keys() == REASONS_EN.keys()
    for code, english in REASONS_EN.items():
        fields = set(re.findall(r"{(\w+)}", english))
        assert set(re.findall(r"{(\w+)}", REASONS_ZH[code])) == fields, code


def test_the_file_name_has_the_kind_the_client_and_the_date(book: Book, sample: Sample) -> None:
    zh = render_document(book, DocumentRequest("brief", sample.client_id))
    en = render_document(book, DocumentRequest("minutes", sample.client_id, lang="en"))
    assert zh.file_stem == "面谈简报-王大海-2026-11-29"
    assert en.file_stem == "Meeting-minutes-Dahai-Wang-2026-11-29"
    assert zh.meeting_id == sample.planned_id and en.meeting_id == sample.done_id


def test_the_cli_offers_every_kind_the_templates_have() -> None:
    from rmcoach.cli import cmd_render
    from rmcoach.documents import env

    assert cmd_render.KINDS == env.KINDS  # the CLI keeps its own copy so --help stays fast
    for kind in env.KINDS:
        assert (env.paths.resource_path("templates") / f"{kind}.html.j2").is_file()
