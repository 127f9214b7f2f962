"""The `render` command: a client's brief, minutes, letter or profile as PDF or HTML."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from rmcoach.cli import CommandError, Context

KINDS = ("brief", "minutes", "letter", "profile")  # mirrors rmcoach.documents.env.KINDS
FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
PDF_MODULE = "ui.documents.print_cli"  # run in a subprocess: the core never imports Qt
PDF_TIMEOUT_S = 120


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "render",
        help="write a brief, minutes, letter or profile as PDF or HTML",
        description=(
            "Render a document for the client with this client number. The suffix of --out "
            "picks the format (.pdf or .html). Without --meeting the brief is for the next "
            "planned meeting (or, with none, from the profile alone) and the minutes and the "
            "letter are for the latest wrapped-up meeting. Personal data is masked unless "
            "--no-mask is given."
        ),
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument("--client", required=True, metavar="CLIENT_NO", help="client number")
    parser.add_argument("--meeting", type=int, metavar="ID", help="the meeting to use")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.pdf|.html")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="default: zh")
    parser.add_argument("--no-mask", action="store_true", help="show personal data in full")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    out: Path = args.out.expanduser()
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise CommandError(f"--out must end in .pdf or .html, not {out.name!r}")
    _check_writable(out)
    # imported here so that `--help` and other commands do not pay for SQLAlchemy and Jinja
    from rmcoach.documents.context import DocumentError
    from rmcoach.documents.env import TemplateProblem
    from rmcoach.documents.service import DocumentRequest, render_document
    from rmcoach.services.clients.records import ClientNotFoundError, find_client_id
    from rmcoach.services.meetings.validation import MeetingNotFoundError

    book = ctx.open_book()
    try:
        client_id = find_client_id(book, args.client)
        request = DocumentRequest(
            args.kind, client_id, args.meeting, lang=args.lang, mask=not args.no_mask
        )
        rendered = render_document(book, request)
    except (ClientNotFoundError, MeetingNotFoundError, DocumentError) as exc:
        raise CommandError(str(exc), 1) from exc
    except TemplateProblem as exc:
        raise CommandError(f"template error: {exc}", 1) from exc
    if kind == "html":
        _write_html(out, rendered.html)
    else:
        _write_pdf(out, rendered.html, rendered.one_page)
    masked = "masked" if request.mask else "NOT masked"
    print(
        f"render: wrote {out} ({args.kind}, {args.lang}, personal data {masked})", file=sys.stderr
    )
    return 0


def _check_writable(out: Path) -> None:
    """Fail before any work when the file cannot be written."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise CommandError(f"cannot write {out}: it is a folder", 1)
    if not folder.is_dir():
        raise CommandError(f"cannot write {out}: no folder {folder}", 1)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(f"cannot write {out}: permission denied", 1)


def _write_html(out: Path, html: str) -> None:
    from rmcoach.storage.scratch import write_whole

    try:
        write_whole(out, html.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", 1) from exc


def _write_pdf(out: Path, html: str, one_page: bool) -> None:
    """Lay out and write the PDF with Qt, in a child process on the offscreen platform."""
    from rmcoach.paths import RESOURCES_DIR

    root = str(RESOURCES_DIR.parent)  # where the `ui` package lives
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p),
    }
    try:  # the HTML goes through a pipe: no temporary file holds the client's data
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                PDF_MODULE,
                *(["--one-page"] if one_page else []),
                "-",
                str(out),
            ],
            env=env,
            input=html,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=PDF_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise CommandError(f"writing the PDF took over {PDF_TIMEOUT_S} s", 1) from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        ours = [line for line in lines if line.startswith("print_cli:")]
        detail = (ours or lines or [f"exit code {done.returncode}"])[-1]
        raise CommandError(f"cannot write the PDF: {detail.removeprefix('print_cli: ')}", 1)
