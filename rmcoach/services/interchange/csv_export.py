"""Export clients as a CSV file that Excel opens (UTF-8 with BOM) and the importer reads back."""

from __future__ import annotations

import csv
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import select

from rmcoach.domain import Gender, Tier
from rmcoach.services.book import Book
from rmcoach.services.interchange import csv_columns as cols
from rmcoach.storage.schema import ClientEntity, ClientTagEntity

HeaderLanguage = Literal["zh", "en"]

EXPORTED = (
    "client_no",
    "name_zh",
    "name_en",
    "gender",
    "birthday",
    "phone",
    "phone_other",
    "email",
    "address",
    "occupation",
    "employer",
    "tier",
    "risk_profile",
    "aum",
    "interests",
    "tags",
    "client_since",
    "notes",
)
_c = ClientEntity.__table__.c
_COLUMNS = {column.key: column for column in cols.COLUMNS}
_SOURCE = {"phone": "mobile", "aum": "aum_fen"}  # export key -> clients column
_GENDER = {"zh": {Gender.MALE: "男", Gender.FEMALE: "女"}, "en": {g: g.value for g in Gender}}
_TIER = {"zh": cols.TIER_NAMES_ZH, "en": {t: t.value for t in Tier}}
_LIST_JOIN = {"zh": "、", "en": "; "}
_DATES = ("birthday", "client_since", "risk_assessed_on")


class ExportError(Exception):
    """The file could not be written; the message is one line for the user."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    clients: int
    seconds: float


def exported_keys() -> tuple[str, ...]:
    """The exported columns, risk_assessed_on included once the book stores it."""
    return EXPORTED + (("risk_assessed_on",) if "risk_assessed_on" in _c else ())


def header_row(language: HeaderLanguage) -> list[str]:
    return [getattr(_COLUMNS[key], language) for key in exported_keys()]


def export_clients(
    book: Book,
    path: Path,
    *,
    headers: HeaderLanguage = "zh",
    include_archived: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write every active client (archived ones too if asked), sorted by name.

    The file replaces `path` only once it is complete; a cancelled export leaves no file.
    """
    started = time.perf_counter()
    keys = exported_keys()
    columns = [_c.id, *(_c[_SOURCE.get(k, k)] for k in keys if k not in ("interests", "tags"))]
    query = select(*columns).order_by(_c.name_sort, _c.id)
    if not include_archived:
        query = query.where(_c.archived_at.is_(None))
    tags = ClientTagEntity.__table__.c
    lists: dict[int, dict[str, list[str]]] = {}
    with book.read() as conn:
        names = [column.key for column in columns]
        clients = [dict(zip(names, row, strict=True)) for row in conn.execute(query)]
        for client_id, kind, value in conn.execute(
            select(tags.client_id, tags.kind, tags.value).order_by(
                tags.client_id, tags.kind, tags.position
            )
        ):
            lists.setdefault(client_id, {}).setdefault(kind, []).append(value)

    def rows() -> Iterable[list[str]]:
        yield header_row(headers)
        for done, client in enumerate(clients, 1):
            own = lists.get(client["id"], {})
            yield client_cells(client, own.get("interest", []), own.get("tag", []), headers)
            if done % 2000 == 0 or done == len(clients):
                if cancelled is not None and cancelled():
                    raise _Cancelled
                if progress is not None:
                    progress(done, len(clients))

    try:
        write_csv(path, rows())
    except _Cancelled:
        return ExportReport(path, 0, time.perf_counter() - started)
    return ExportReport(path, len(clients), time.perf_counter() - started)


class _Cancelled(Exception):
    pass


def client_cells(
    client: Mapping[str, Any],
    interests: Sequence[str],
    tags: Sequence[str],
    language: HeaderLanguage,
) -> list[str]:
    """One client's cells in the exported columns' order (not yet formula-guarded)."""
    return [make(client, interests, tags) for make in _formatters(language)]


Formatter = Callable[[Mapping[str, Any], Sequence[str], Sequence[str]], str]


@cache
def _formatters(language: HeaderLanguage) -> tuple[Formatter, ...]:
    """One function per exported column, built once: 50,000 rows x 18 cells add up."""
    genders = {gender.value: name for gender, name in _GENDER[language].items()}
    tiers = {tier.value: name for tier, name in _TIER[language].items()}
    join = _LIST_JOIN[language].join

    def plain(source: str) -> Formatter:
        return lambda client, _i, _t: client[source] or ""

    def day(source: str) -> Formatter:
        return lambda client, _i, _t: client[source].isoformat() if client[source] else ""

    special: dict[str, Formatter] = {
        "gender": lambda client, _i, _t: genders.get(client["gender"] or "", ""),
        "tier": lambda client, _i, _t: tiers.get(client["tier"], client["tier"] or ""),
        "aum": lambda client, _i, _t: (
            cols.yuan_text(client["aum_fen"]) if client["aum_fen"] else ""
        ),
        "interests": lambda _client, interests, _t: join(interests),
        "tags": lambda _client, _i, tags: join(tags),
    }
    return tuple(
        special.get(key) or (day(key) if key in _DATES else plain(_SOURCE.get(key, key)))
        for key in exported_keys()
    )


def write_csv(path: Path, rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with BOM (Excel's cue), every cell formula-guarded; replaces path when done."""

    def write(out: TextIO) -> None:
        writer = csv.writer(out)
        for row in rows:
            writer.writerow([cols.guard(cell) for cell in row])

    write_private(path, write, "utf-8-sig")


def write_private(path: Path, write: Callable[[TextIO], None], encoding: str) -> None:
    """Write a file of clients' data whole or not at all, readable by its owner only.

    The text goes to a temporary file beside path (created 0600), which then replaces it.
    """
    path = path.expanduser()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            write(out)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
