"""Read a client CSV (UTF-8, UTF-8 with BOM, GB18030; English or Chinese headers) and import it."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rmcoach.pinyin import has_han
from rmcoach.services.book import Book
from rmcoach.services.interchange import csv_columns as cols
from rmcoach.services.interchange.client_import import run_import
from rmcoach.services.interchange.csv_export import write_csv
from rmcoach.services.interchange.import_report import (
    MAX_FILE_BYTES,
    Cancelled,
    ImportFileError,
    ImportReport,
    ImportSource,
    Problem,
    Progress,
    SourceRow,
    decoded_lines,
    detect_encoding,
)
from rmcoach.services.interchange.import_write import not_stored_columns

__all__ = ["ImportFileError", "import_csv", "preview_csv", "write_rejects"]


@dataclass(frozen=True)
class CsvTable:
    """A decoded file: the header, each column's key (None: not ours), rows by line."""

    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    keys: tuple[str | None, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class CsvPreview:
    """What the import wizard shows before anything is checked against the book."""

    table: CsvTable
    unknown_columns: tuple[str, ...]
    not_stored_columns: tuple[str, ...]
    error: ImportFileError | None  # a column problem (no name column ...): cannot import


@dataclass(frozen=True)
class Record:
    """One CSV record after the header: the line it starts on, its cells, and whether a
    line of it was not in the file's encoding (its text would be garbled)."""

    line: int
    cells: tuple[str, ...]
    foreign: bool = False


class CsvFile:
    """A client CSV read as a stream: records() reads the file anew each time, so a file
    of a million rows is never held in memory.

    Attributes:
        path, encoding (its name for the RM), delimiter, header, keys (per column, the
        key it means or None).
    """

    def __init__(self, path: Path) -> None:
        # the csv module refuses cells over 128 KiB; a book from before the length limits
        # may hold a longer note, and the app must read back whatever it wrote
        csv.field_size_limit(MAX_FILE_BYTES)
        self.path = path
        self._decoding = detect_encoding(path)
        self.encoding = self._decoding.label
        self.delimiter = ","
        self.header: tuple[str, ...] = ()
        self.keys: tuple[str | None, ...] = ()
        for _line, cells, _foreign in self._records(header=True):
            self.header = tuple(cell.strip() for cell in cells)
            break
        else:
            raise ImportFileError("file_empty", path=path.name)
        self.keys = tuple(None if cols.is_ignored(h) else cols.column_key(h) for h in self.header)

    def records(self) -> Iterator[Record]:
        """The data records, in file order (blank ones skipped)."""
        for line, cells, foreign in self._records(header=False):
            yield Record(line, cells, foreign)

    def _records(self, header: bool) -> Iterator[tuple[int, tuple[str, ...], bool]]:
        foreign_lines: list[int] = []  # lines read so far that were not in the encoding
        lines = decoded_lines(self.path, self._decoding, foreign_lines)
        leading: list[str] = []
        for text in lines:
            leading.append(text)
            if text.strip():
                break
        if header and leading:  # the header's line decides the delimiter
            self.delimiter = max((",", "\t", ";"), key=leading[-1].count)
        reader = csv.reader(itertools.chain(leading, lines), delimiter=self.delimiter)
        seen_header = False
        line = 1  # where the next record starts
        try:
            for record in reader:
                start, line = line, reader.line_num + 1
                foreign = bool(foreign_lines) and foreign_lines[0] < line
                while foreign_lines and foreign_lines[0] < line:
                    foreign_lines.pop(0)
                if not any(cell.strip() for cell in record):
                    continue
                if not seen_header:
                    seen_header = True
                    if foreign:
                        raise ImportFileError("file_encoding", path=self.path.name)
                    if header:
                        yield start, tuple(record), False
                        return
                    continue
                yield start, tuple(record), foreign
        except csv.Error as exc:
            raise ImportFileError(
                "file_not_csv", path=self.path.name, reason=str(exc), line=str(line)
            ) from exc


def read_table(path: Path, limit: int | None = None) -> CsvTable:
    """Decode and split the file; `limit` stops after that many data rows (a preview)."""
    source = CsvFile(path)
    rows = tuple(
        (record.line, record.cells) for record in itertools.islice(source.records(), limit)
    )
    return CsvTable(path, source.encoding, source.delimiter, source.header, source.keys, rows)


def column_labels(table: CsvTable | CsvFile) -> dict[str, str]:
    """Column key -> its header; raises ImportFileError without a name column."""
    labels: dict[str, str] = {}
    for header, key in zip(table.header, table.keys, strict=True):
        if key is None:
            continue
        if key in labels:
            raise ImportFileError("column_twice", first=labels[key], second=header, key=key)
        labels[key] = header
    if not any(key in labels for key in cols.NAME_KEYS):
        found = ", ".join(h for h in table.header if h) or "(none)"
        raise ImportFileError("no_name_column", path=table.path.name, columns=found)
    return labels


def unknown_columns(table: CsvTable | CsvFile) -> tuple[str, ...]:
    """Columns we do not read: named ones, and unnamed ones (as #7) that hold data."""
    found: list[str] = []
    unnamed: list[int] = []
    for index, (header, key) in enumerate(zip(table.header, table.keys, strict=True)):
        if key is not None or cols.is_ignored(header):
            continue
        if header:
            found.append(header)
        else:
            unnamed.append(index)
    if unnamed:
        rows = (
            (r.cells for r in table.records())
            if isinstance(table, CsvFile)
            else (cells for _line, cells in table.rows)
        )
        holding: set[int] = set()
        for cells in rows:
            holding.update(i for i in unnamed if i < len(cells) and cells[i].strip())
            if len(holding) == len(unnamed):
                break
        found += [f"#{i + 1}" for i in unnamed if i in holding]
    return tuple(found)


def preview_csv(path: Path, rows: int = 20) -> CsvPreview:
    """The first rows, the encoding and the column mapping; raises only for unreadable files."""
    table = read_table(path, limit=rows)
    try:
        labels = column_labels(table)
    except ImportFileError as exc:
        return CsvPreview(table, unknown_columns(table), (), exc)
    return CsvPreview(table, unknown_columns(table), not_stored_columns(labels), None)


class CsvRows:
    """The file's records as importer rows; iterating reads the file again (two passes)."""

    def __init__(self, source: CsvFile) -> None:
        self.source = source
        width = len(source.header)
        self._width = width
        self._index = [(i, key) for i, key in enumerate(source.keys) if key is not None]

    def numbers(self) -> Iterator[tuple[int, str]]:
        """(line, client number or "") of each row: all the importer's first pass needs."""
        keys = self.source.keys
        column = keys.index("client_no") if "client_no" in keys else None
        for record in self.source.records():
            cells = record.cells
            if column is None or column >= len(cells):
                yield record.line, ""
            else:
                yield record.line, cols.unguard(cells[column].strip()).strip()

    def __iter__(self) -> Iterator[SourceRow]:
        width, index, unguard = self._width, self._index, cols.unguard
        for record in self.source.records():
            line, cells = record.line, record.cells
            problems: tuple[Problem, ...] = ()
            if record.foreign:
                params = {"encoding": self.source.encoding}
                problems = (Problem(line, "", "row_encoding", params),)
            if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                used = max(i + 1 for i, cell in enumerate(cells) if cell.strip())
                params = {"cells": str(used), "columns": str(width)}
                problems += (Problem(line, "", "extra_cells", params),)
            values: dict[str, str] = {}
            for i, key in index:
                if i < len(cells):
                    value = unguard(cells[i].strip()).strip()
                    if value:
                        values[key] = value
            yield SourceRow(line, values, cells, problems)


def source_rows(table: CsvTable) -> list[SourceRow]:
    """A preview table's rows as importer rows (the wizard's check of a few rows)."""
    width = len(table.header)
    rows: list[SourceRow] = []
    index = [(i, key) for i, key in enumerate(table.keys) if key is not None]
    for line, cells in table.rows:
        problems: tuple[Problem, ...] = ()
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            used = max(i + 1 for i, cell in enumerate(cells) if cell.strip())
            params = {"cells": str(used), "columns": str(width)}
            problems = (Problem(line, "", "extra_cells", params),)
        values = {
            key: cols.unguard(cells[i].strip()).strip()
            for i, key in index
            if i < len(cells) and cols.unguard(cells[i].strip()).strip()
        }
        rows.append(SourceRow(line, values, cells, problems))
    return rows


def import_csv(
    book: Book,
    path: Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import a client CSV; raises ImportFileError when the file cannot be read at all.

    The file is streamed (read twice: client numbers first, then the rows), so memory
    does not grow with its length.
    """
    source = CsvFile(path)
    labels = column_labels(source)
    rows = ImportSource(
        name=path.name,
        encoding=source.encoding,
        labels=labels,
        rows=CsvRows(source),
        header=source.header,
        unknown_columns=unknown_columns(source),
    )
    return run_import(
        book, rows, dry_run=dry_run, strict=strict, progress=progress, cancelled=cancelled
    )


def write_rejects(
    report: ImportReport, path: Path, describe: Callable[[Problem], str] = str
) -> int:
    """The rejected rows as they were, plus a column saying why, to fix and import again.

    The added column is skipped by the importer, so the fixed file imports cleanly.
    Returns the number of rows written.
    """
    keep = [i for i, h in enumerate(report.header) if not cols.is_ignored(h)]
    language = "zh" if any(has_han(h) for h in report.header) else "en"
    width = len(report.header)

    def rows() -> list[list[str]]:
        out = [[report.header[i] for i in keep] + [cols.PROBLEMS_HEADERS[language]]]
        for row in report.rejected:
            # as read, less the formula guard that write_csv puts back: guarded once, not twice
            cells = [cols.unguard(c) for c in row.raw[:width]] + [""] * (width - len(row.raw))
            reasons = "; ".join(describe(p) for p in row.problems)
            extra = [cols.unguard(c) for c in row.raw[width:]]
            out.append([cells[i] for i in keep] + [reasons] + extra)
        return out

    write_csv(path, rows())
    return len(report.rejected)
