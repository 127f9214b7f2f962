"""The import's vocabulary: parsed rows, problems with line and column, the final report."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
    rows: Sequence[SourceRow]
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
