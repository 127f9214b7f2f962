"""Documents from the UI: PDF text layer, one-page brief, the preview dialog, the CLI."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest

from rmcoach import paths
from rmcoach.clock import FixedClock
from rmcoach.documents.service import DocumentRequest, render_document
from rmcoach.domain import ClientDraft, Holding, ProductRisk, ProductType
from rmcoach.meeting_domain import FollowUpDraft, MeetingPlan, MeetingType, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import records as meetings
from tests.rmcoach.documents.sample import (
    CLIENT_NO,
    MASKED_MOBILE,
    MOBILE,
    NAME_ZH,
    Sample,
    add_sample,
    sample_draft,
)
from ui.documents.pdf import render_pdf, write_pdf
from ui.documents.preview_dialog import DocumentsDialog
from ui.operations import Operations

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never the RM's own templates (nor a developer's)."""
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


@pytest.fixture
def sample(book: Book, clock: FixedClock) -> Sample:
    return add_sample(book, clock)


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def html_for(book: Book, kind: str, client_id: int, lang: str = "zh", mask: bool = True) -> str:
    return render_document(book, DocumentRequest(kind, client_id, lang=lang, mask=mask)).html


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["brief", "minutes", "letter", "profile"])
def test_the_pdf_text_layer_holds_the_name_and_only_the_masked_phone(
    qapp, book: Book, sample: Sample, tmp_path: Path, kind: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{kind}.pdf"
    result = write_pdf(html_for(book, kind, sample.client_id, lang), out, kind == "brief")
    text, pages = pdf_text(out.read_bytes())
    assert result.pages == pages == 1
    assert result.scale == 1.0  # fits without shrinking
    assert NAME_ZH in text  # 大 comes back as 大, not as the Kangxi radical ⼤
    assert MOBILE not in text
    if kind in ("brief", "profile"):
        assert MASKED_MOBILE in text
    if kind != "letter":
        assert CLIENT_NO in text  # Latin letters and digits are text too


def test_every_printed_character_can_be_searched_and_copied(
    qapp, book: Book, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    html = html_for(book, "brief", sample.client_id)
    data = render_pdf(html).data
    document = QTextDocument()
    document.setHtml(html)
    printed = set(document.toPlainText()) - set(" \n\t\u2028\u2029\xa0")
    missing = printed - set(pdf_text(data)[0])
    assert missing == set()


def test_the_rewritten_pdf_is_well_formed(qapp, book: Book, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    """The text-layer fix moves objects: every xref offset must still point at its object."""
    data = render_pdf(html_for(book, "brief", sample.client_id)).data
    pypdf.PdfReader(io.BytesIO(data), strict=True)
    table = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    lines = data[table:].split(b"\n")
    assert lines[0] == b"xref"
    first, count = map(int, lines[1].split())
    for number, entry in enumerate(lines[2 : 2 + count], start=first):
        offset, _generation, kind = entry.split()
        if kind == b"n":
            assert data[int(offset) :].startswith(b"%d 0 obj" % number), number


def test_unmasked_pdf_shows_the_full_phone(qapp, book: Book, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(render_pdf(html_for(book, "profile", sample.client_id, mask=False)).data)[0]
    assert MOBILE in text and "个人信息完整显示" in text


def crowded_client(book: Book, clock: FixedClock) -> int:
    """A client with more of everything than the brief has room for, in long words."""
    today = clock.now().date()
    base = sample_draft(today)
    long = "客户非常关心子女教育、养老规划、资产传承与税务安排，希望每季度当面沟通一次。" * 3
    draft = ClientDraft(
        **{
            **base.__dict__,
            "client_no": "C9999",
            "personality": long,
            "concerns": long,
            "interests": ("高尔夫", "书法", "摄影", "旅行", "红酒", "马拉松"),
            "holdings": tuple(
                Holding(
                    f"长期稳健增利理财产品第{n}期",
                    ProductType.WEALTH,
                    ProductRisk.R2,
                    (n + 1) * 10_000_000,
                    None,
                    today + timedelta(days=5 * n + 1),
                )
                for n in range(12)
            ),
        }
    )
    client_id = clients.add_client(book, draft).client.id
    meetings.plan_meeting(
        book,
        MeetingPlan(
            client_id=client_id,
            meeting_type=MeetingType.PRESENTATION,
            scheduled_at=clock.now() + timedelta(days=2),
            place="客户公司会议室（浦东新区世纪大道100号环球金融中心58楼）",
            objectives=tuple(f"目标{n}：{long[:50]}" for n in range(6)),
            questions=tuple(f"问题{n}：{long[:50]}" for n in range(9)),
            talking_points=long,
            products=tuple(
                ProposedProduct(f"产品{n}号混合型基金", ProductRisk.R3, ProductType.FUND)
                for n in range(7)
            ),
        ),
    )
    for n in range(9):
        followups.add_followup(
            book, FollowUpDraft(client_id, f"跟进事项{n}：{long[:30]}", due_on=today)
        )
    return client_id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_brief_fits_one_a4_page_even_for_a_crowded_client(
    qapp, book: Book, clock: FixedClock, lang: str
) -> None:  # type: ignore[no-untyped-def]
    client_id = crowded_client(book, clock)
    result = render_pdf(html_for(book, "brief", client_id, lang), one_page=True)
    assert pdf_text(result.data)[1] == result.pages == 1
    assert 0.8 <= result.scale <= 1.0
    assert NAME_ZH in pdf_text(result.data)[0]  # shrunk, still text


def test_writing_a_one_page_pdf_is_quick_enough_for_the_gui_thread(
    qapp, book: Book, sample: Sample, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    html = html_for(book, "brief", sample.client_id)
    write_pdf(html, tmp_path / "warm-up.pdf", one_page=True)  # fonts loaded, glyph maps cached
    times = [write_pdf(html, tmp_path / f"{n}.pdf", True).milliseconds for n in range(3)]
    # measured about 30-60 ms on a 2-core machine; the bound leaves room for a busy CI
    assert min(times) < 250, times


def test_a_pdf_into_a_missing_folder_fails_cleanly(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OSError):
        write_pdf("<p>x</p>", tmp_path / "no" / "such" / "folder.pdf")
    assert not (tmp_path / "no").exists()


# ------------------------------------------------------------------------ the dialog


@pytest.fixture
def ops(
    qtbot, book_path: Path, clock: FixedClock, sample: Sample, book: Book
) -> Iterator[Operations]:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    operations = Operations(errors.append)
    with qtbot.waitSignal(operations.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        operations.open_book(lambda: Book.open(book_path, clock), lambda _b: None, errors.append)
    yield operations
    operations.shutdown()
    assert errors == []


def open_dialog(qtbot, ops: Operations, client_id: int, **options: object) -> DocumentsDialog:  # type: ignore[no-untyped-def]
    dialog = DocumentsDialog(ops, client_id, lang="zh", **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    return dialog


def test_the_dialog_previews_the_brief_masked(qtbot, ops: Operations, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ops, sample.client_id)
    shown = dialog.preview.toPlainText()
    assert NAME_ZH in shown and MASKED_MOBILE in shown and MOBILE not in shown
    assert dialog.mask_box.isChecked()
    assert not dialog.letter_box.isVisibleTo(dialog)
    assert dialog.pdf_button.isEnabled()


def test_unticking_masking_shows_the_full_phone(qtbot, ops: Operations, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ops, sample.client_id)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.mask_box.setChecked(False)
    shown = dialog.preview.toPlainText()
    assert MOBILE in shown and "个人信息完整显示" in shown
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.mask_box.setChecked(True)
    assert MOBILE not in dialog.preview.toPlainText()


def test_the_letter_is_edited_with_the_phrase_coach(qtbot, ops: Operations, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ops, sample.client_id, kind="letter")
    assert dialog.letter_box.isVisibleTo(dialog)
    assert "感谢您于" in dialog.letter.text()
    assert dialog.letter.findings == []
    risky = dialog.letter.text() + "\n\n这款产品保证收益，稳赚不赔。"
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.letter.editor.setPlainText(risky)
    qtbot.waitUntil(lambda: bool(dialog.letter.findings), timeout=2_000)
    assert dialog.letter.advice.isVisibleTo(dialog)
    assert "保证" in dialog.letter.advice.text()
    assert "稳赚不赔" in dialog.preview.toPlainText()  # the preview follows the edit
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.lang_box.setCurrentIndex(1)  # English: the RM's own text is kept
    assert "稳赚不赔" in dialog.letter.text()


def test_minutes_for_a_client_without_a_done_meeting_say_why(
    qtbot, ops: Operations, book: Book
) -> None:  # type: ignore[no-untyped-def]
    client_id = clients.add_client(book, ClientDraft(name_zh="李娜")).client.id
    dialog = DocumentsDialog(ops, client_id, kind="minutes", lang="zh")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.show()
    assert "wrap" in str(failed.args[0]) or "总结" in str(failed.args[0])
    assert not dialog.pdf_button.isEnabled()


def test_the_dialog_saves_pdf_and_html(
    qtbot, ops: Operations, sample: Sample, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ops, sample.client_id, meeting_id=sample.done_id, kind="minutes")
    result = dialog.save_pdf(tmp_path / "minutes.pdf")
    assert result is not None and result.pages == 1
    text, _pages = pdf_text((tmp_path / "minutes.pdf").read_bytes())
    assert NAME_ZH in text and "基金最近亏损" in text
    assert dialog.save_html(tmp_path / "minutes.html")
    assert "基金最近亏损" in (tmp_path / "minutes.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the CLI


def run_cli(db: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),  # no user templates
    }
    env.pop("QT_QPA_PLATFORM", None)  # the CLI sets it for its PDF child itself
    return subprocess.run(
        [sys.executable, "-m", "rmcoach", "--db", str(db), "render", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def closed_book(book_path: Path, book: Book, sample: Sample) -> Path:
    book.close()
    return book_path


def test_the_cli_renders_pdf_and_html(closed_book: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    pdf = run_cli(
        closed_book, tmp_path, "profile", "--client", CLIENT_NO, "--out", str(tmp_path / "p.pdf")
    )
    assert pdf.returncode == 0, pdf.stderr
    assert time.perf_counter() - started < 60
    text, pages = pdf_text((tmp_path / "p.pdf").read_bytes())
    assert pages == 1 and NAME_ZH in text and MASKED_MOBILE in text and MOBILE not in text
    html = run_cli(
        closed_book, tmp_path, "minutes", "--client", CLIENT_NO, "--lang", "en", "--no-mask",
        "--out", str(tmp_path / "m.html"),
    )  # fmt: skip
    assert html.returncode == 0, html.stderr
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Meeting minutes" in page and "Personal data shown in full" in page


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the child in /proc")
def test_a_killed_pdf_render_leaves_no_copy_of_the_client_data(
    closed_book: Path, tmp_path: Path
) -> None:
    """The CLI and its PDF child are killed while the PDF is being made: no file anywhere
    (the temporary folder, the output's folder) holds the unmasked mobile number."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": str(scratch)}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env.pop("QT_QPA_PLATFORM", None)
    cli = subprocess.Popen(
        [sys.executable, "-m", "rmcoach", "--db", str(closed_book), "render", "profile",
         "--client", CLIENT_NO, "--no-mask", "--out", str(out / "p.pdf")],
        cwd=REPO, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    children = Path(f"/proc/{cli.pid}/task/{cli.pid}/children")
    deadline = time.monotonic() + 60
    try:
        while not children.read_text().strip():  # until the PDF child runs
            assert time.monotonic() < deadline and cli.poll() is None
            time.sleep(0.01)
        time.sleep(0.3)
    finally:
        os.killpg(cli.pid, 9)
        cli.wait()
    holding = [
        p.name
        for folder in (scratch, out)
        for p in folder.rglob("*")
        if p.is_file() and MOBILE.encode() in p.read_bytes()
    ]
    assert holding == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "--client", "NOPE"], "no client with client number NOPE"),
        (["minutes", "--client", CLIENT_NO, "--meeting", "999"], "no meeting with id 999"),
    ],
)
def test_the_cli_says_what_is_wrong_in_one_line(
    closed_book: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    done = run_cli(closed_book, tmp_path, *args, "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"rmcoach: {message}"]
    assert not (tmp_path / "x.pdf").exists()


def test_the_cli_refuses_an_unwritable_path(closed_book: Path, tmp_path: Path) -> None:
    done = run_cli(
        closed_book,
        tmp_path,
        "brief",
        "--client",
        CLIENT_NO,
        "--out",
        str(tmp_path / "no" / "b.pdf"),
    )
    assert done.returncode == 1
    assert done.stderr.startswith("rmcoach: cannot write") and "no folder" in done.stderr
