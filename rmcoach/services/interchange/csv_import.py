"""Read a client CSV (UTF-8, UTF-8 with BOM, GB18030; English or Chinese headers) and import it."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rmcoach.pinyin import has_han
from rmcoach.services.book import Book
from rmcoach.services.interchange import csv_columns as cols
from rmcoach.services.interchange.client_import import run_import
from rmcoach.services.interchange.csv_export import write_csv
from rmcoach.services.interchange.import_report import (
    Cancelled,
    ImportFileError,
    ImportReport,
    ImportSource,
    Problem,
    Progress,
    SourceRow,
    read_text,
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


def _delimiter(text: str) -> str:
    """Comma, tab (Excel's Unicode text) or semicolon: whichever the header line uses most."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    return max((",", "\t", ";"), key=first.count) if first else ","


def read_table(path: Path, limit: int | None = None) -> CsvTable:
    """Decode and split the file; `limit` stops after that many data rows (a preview)."""
    text, encoding = read_text(path)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    line = 1  # where the next record starts
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = tuple(cell.strip() for cell in record)
                continue
            rows.append((start, tuple(record)))
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as exc:
        reason = str(exc)
        raise ImportFileError(
            "file_not_csv", path=path.name, reason=reason, line=str(line)
        ) from exc
    if header is None:
        raise ImportFileError("file_empty", path=path.name)
    keys = tuple(None if cols.is_ignored(h) else cols.column_key(h) for h in header)
    return CsvTable(path, encoding, delimiter, header, keys, tuple(rows))


def column_labels(table: CsvTable) -> dict[str, str]:
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


def unknown_columns(table: CsvTable) -> tuple[str, ...]:
    """Columns we do not read: named ones, and unnamed ones (as #7) that hold data."""
    found: list[str] = []
    for index, (header, key) in enumerate(zip(table.header, table.keys, strict=True)):
        if key is not None or cols.is_ignored(header):
            continue
        if header:
            found.append(header)
        elif any(index < len(cells) and cells[index].strip() for _line, cells in table.rows):
            found.append(f"#{index + 1}")
    return tuple(found)


def preview_csv(path: Path, rows: int = 20) -> CsvPreview:
    """The first rows, the encoding and the column mapping; raises only for unreadable files."""
    table = read_table(path, limit=rows)
    try:
        labels = column_labels(table)
    except ImportFileError as exc:
        return CsvPreview(table, unknown_columns(table), (), exc)
    return CsvPreview(table, unknown_columns(table), not_stored_columns(labels), None)


def source_rows(table: CsvTable) -> list[SourceRow]:
    """Each data row as cells by key: trimmed, formula guard removed, empty ones left out."""
    width = len(table.header)
    index = [(i, key) for i, key in enumerate(table.keys) if key is not None]
    rows: list[SourceRow] = []
    for line, cells in table.rows:
        problems: tuple[Problem, ...] = ()
        extra = len(cells) > width and any(cell.strip() for cell in cells[width:])
        if extra:
            used = max(i + 1 for i, cell in enumerate(cells) if cell.strip())
            params = {"cells": str(used), "columns": str(width)}
            problems = (Problem(line, "", "extra_cells", params),)
        values: dict[str, str] = {}
        for i, key in index:
            if i < len(cells):
                value = cols.unguard(cells[i].strip()).strip()
                if value:
                    values[key] = value
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
    """Import a client CSV; raises ImportFileError when the file cannot be read at all."""
    table = read_table(path)
    labels = column_labels(table)
    source = ImportSource(
        name=path.name,
        encoding=table.encoding,
        labels=labels,
        rows=source_rows(table),
        header=table.header,
        unknown_columns=unknown_columns(table),
    )
    return run_import(
        book, source, dry_run=dry_run, strict=strict, progress=progress, cancelled=cancelled
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
