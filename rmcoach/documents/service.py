"""Make a document for a client: gather, mask, render to HTML (the PDF is the UI's job)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rmcoach.documents import builders, formats
from rmcoach.documents.context import Context, Sources, gather
from rmcoach.documents.env import KINDS, render
from rmcoach.documents.masking import Masker
from rmcoach.services.book import Book

_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class DocumentRequest:
    """What to make.

    Attributes:
        meeting_id: None picks the meeting the kind is about (see context.gather).
        mask: hide personal data (the default for anything printed or exported).
        letter_body: the RM's edited letter text; None gives the default text.
    """

    kind: str
    client_id: int
    meeting_id: int | None = None
    lang: str = "zh"
    mask: bool = True
    letter_body: str | None = None


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered document and what it was made from."""

    request: DocumentRequest
    html: str
    title: str
    meeting_id: int | None
    letter_body: str  # the text the letter was made with ("" for other kinds)
    file_stem: str  # a file name without suffix: 面谈简报-张三-2026-11-29

    @property
    def one_page(self) -> bool:
        """The brief is printed on one page (shrunk a little if need be)."""
        return self.request.kind == "brief"


def build_context(src: Sources, request: DocumentRequest) -> Context:
    m = Masker(request.mask, request.lang)
    if request.kind == "brief":
        return builders.brief(src, m)
    if request.kind == "minutes":
        return builders.minutes(src, m)
    if request.kind == "letter":
        return builders.letter(src, m, request.letter_body)
    if request.kind == "profile":
        return builders.profile(src, m)
    raise ValueError(f"unknown document kind {request.kind!r} (one of {', '.join(KINDS)})")


def render_document(book: Book, request: DocumentRequest) -> RenderedDocument:
    """Gather, build and render; DocumentError or ClientNotFoundError when it cannot be made."""
    src = gather(book, request.kind, request.client_id, request.meeting_id)
    context = build_context(src, request)
    html = render(request.kind, context, request.lang)
    client = src.record.draft
    who = (client.name_zh or client.name_en) if formats.is_zh(request.lang) else client.name_en
    who = who or src.record.display_name
    stem = f"{context['title']}-{who}-{src.today.isoformat()}"
    return RenderedDocument(
        request=request,
        html=html,
        title=f"{context['title']} · {src.record.display_name}",
        meeting_id=src.meeting.id if src.meeting is not None else None,
        letter_body=str(context.get("body", "")),
        file_stem=_UNSAFE_IN_NAME.sub("-", stem).strip("-"),
    )
