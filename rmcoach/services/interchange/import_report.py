"""The import's vocabulary: parsed rows, problems with line and column, the final report."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rmcoach.domain import OpChanges
from rmcoach.validation import ENGLISH_MESSAGES

Cell = str | tuple[str, ...]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

IMPORT_MESSAGES = {
    "tier_unknown": "unknown tier '{value}' (use 私人银行/private, 财富/wealth, 贵宾/VIP or "
    "大众/mass)",
    "risk_unknown": "unknown risk profile '{value}' (use C1 to C5, 平衡型 or balanced ...)",
    "gender_unknown": "unknown gender '{value}' (use 男/女 or M/F)",
    "client_no_duplicate": "client number {client_no} is in the file more than once "
    "(lines {lines})",
    "extra_cells": "the row has {cells} cells but the header has {columns}",
    "card_unterminated": "the card that starts here has no END:VCARD (was the file cut "
    "short?), so it was not imported",
    "row_encoding": "this line is not {encoding} like the rest of the file, so it was not "
    "read (it would be garbled); save the whole file in one encoding",
}

# What an import may set; the rest of a client (holdings, household ...) is left alone.

FILE_MESSAGES = {
    "file_unreadable": "cannot read {path}: {reason}",
    "file_too_large": "{path} is larger than 256 MB; split it into smaller files",
    "file_encoding": "{path} is neither UTF-8 nor GB18030 text",
    "file_empty": "{path} is empty: it has no header row",
    "file_not_csv": "{path} is not a CSV file ({reason}, line {line})",
    "file_not_vcard": "{path} holds no vCard (BEGIN:VCARD ... END:VCARD)",
    "no_name_column": "{path} has no name column (姓名/name, 中文名/name_zh or 英文名/name_en); "
    "its columns are: {columns}",
    "column_twice": "the columns '{first}' and '{second}' both mean {key}; keep one of them",
}
MAX_FILE_BYTES = 256 * 1024 * 1024  # a million clients is ~200 MB; more is not a client list
_BOM = b"\xef\xbb\xbf"


class ImportFileError(Exception):
    """The file as a whole cannot be imported (exit 2); `code` keys the UI's message."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(FILE_MESSAGES[code].format(**params))

    @property
    def message_en(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Problem:
    """Why one row was not imported: its line (header = line 1), the column and a code."""

    line: int
    column: str
    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message_en(self) -> str:
        template = IMPORT_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)

    def __str__(self) -> str:
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.message_en}"


@dataclass(frozen=True)
class SourceRow:
    """One record as read: non-empty cells by column key, and the raw cells for rejects."""

    line: int
    cells: Mapping[str, Cell]
    raw: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportSource:
    """A parsed file: its rows and how it was read. labels: column key -> its header."""

    name: str
    encoding: str
    labels: Mapping[str, str]
    rows: Iterable[SourceRow]  # iterated twice: a list, or a stream that reads its file again
    header: tuple[str, ...] = ()
    unknown_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class RejectedRow:
    line: int
    raw: tuple[str, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run, would do); counts are rows of the file."""

    source: str
    encoding: str
    header: tuple[str, ...]
    rows: int
    added: int
    updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    unknown_columns: tuple[str, ...]
    not_stored_columns: tuple[str, ...]
    dry_run: bool
    strict: bool
    written: bool
    cancelled: bool
    seconds: float
    changes: OpChanges = field(default_factory=OpChanges)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for row in self.rejected for p in row.problems)

    @property
    def exit_code(self) -> int:
        """0 when every row was (or would be) imported, 1 when some were rejected."""
        return 1 if self.rejected or self.cancelled else 0


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and the name of its encoding: UTF-8 (BOM or not), then GB18030."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("file_too_large", path=path.name)
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ImportFileError("file_unreadable", path=path.name, reason=reason) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "UTF-8 with BOM" if data.startswith(_BOM) else "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise ImportFileError("file_encoding", path=path.name) from None


@dataclass(frozen=True)
class Decoding:
    """How a file's bytes become text: the codec, its name for the RM, and whether the
    file mixes encodings (then lines of the other one are marked, never guessed)."""

    codec: str
    label: str
    mixed: bool = False
    bom: bytes = b""


_CHUNK = 1024 * 1024


def detect_encoding(path: Path) -> Decoding:
    """UTF-16 (BOM), UTF-8 (BOM or not) or GB18030, decided for the file as a whole.

    A file that is all valid UTF-8 is UTF-8 (checked in chunks, memory flat). Otherwise
    each non-ASCII line is tried as UTF-8: when some lines are UTF-8 and others are not,
    the file mixes encodings (one row pasted from another file); the majority decides,
    and decoded_lines() marks the other lines instead of garbling them (GB18030 decodes
    almost any bytes, so a UTF-8 row read as GB18030 would be stored as mojibake).
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("file_too_large", path=path.name)
        with path.open("rb") as handle:
            head = handle.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
                return Decoding("utf-16", "UTF-16")
            bom = _BOM if head.startswith(_BOM) else b""
            handle.seek(0)
            decoder = codecs.getincrementaldecoder("utf-8")()
            try:
                for chunk in iter(lambda: handle.read(_CHUNK), b""):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
                return Decoding("utf-8", "UTF-8 with BOM" if bom else "UTF-8", bom=bom)
            except UnicodeDecodeError:
                pass
            handle.seek(0)
            utf8 = other = 0
            for raw in handle:
                if raw.isascii():
                    continue
                try:
                    raw.decode("utf-8")
                    utf8 += 1
                except UnicodeDecodeError:
                    other += 1
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ImportFileError("file_unreadable", path=path.name, reason=reason) from exc
    if utf8 > other:
        return Decoding("utf-8", "UTF-8 with BOM" if bom else "UTF-8", mixed=True, bom=bom)
    return Decoding("gb18030", "GB18030", mixed=utf8 > 0, bom=bom)


def decoded_lines(path: Path, decoding: Decoding, foreign: list[int]) -> Iterator[str]:
    """The file's lines as text, ends kept (\\n, \\r\\n or a lone \\r); the number of each
    line not in the file's encoding is appended to `foreign` as it is read."""
    if not decoding.mixed:  # the common case: the io module decodes in C, line by line
        codec = "utf-8-sig" if decoding.bom else decoding.codec
        try:
            with path.open(encoding=codec, newline="") as text:
                yield from text
        except UnicodeDecodeError:
            raise ImportFileError("file_encoding", path=path.name) from None
        return
    utf8 = decoding.codec == "utf-8"
    number = 0
    with path.open("rb") as handle:
        handle.read(len(decoding.bom))
        for raw in handle:
            # a lone CR ends a line too (old Mac files); a quoted one is joined again by csv
            pieces = raw.splitlines(keepends=True) if b"\r" in raw[:-2] else (raw,)
            for piece in pieces:
                number += 1
                if piece.isascii():
                    yield piece.decode("ascii")
                    continue
                try:
                    if not utf8 and decoding.mixed:
                        piece.decode("utf-8")  # a UTF-8 line in a GB18030 file
                        foreign.append(number)
                        yield piece.decode("utf-8", "replace")
                        continue
                except UnicodeDecodeError:
                    pass
                try:
                    yield piece.decode(decoding.codec)
                except UnicodeDecodeError:
                    if not decoding.mixed:
                        raise ImportFileError("file_encoding", path=path.name) from None
                    foreign.append(number)
                    yield piece.decode(decoding.codec, "replace")
