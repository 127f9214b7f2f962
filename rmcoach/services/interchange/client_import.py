"""Import parsed client rows (CSV lines, vCards): check, match, then write in one transaction."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import date
from typing import Any

from rmcoach.clock import to_storage
from rmcoach.domain import ClientDraft, Gender, OpChanges, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.interchange import csv_columns as cols
from rmcoach.services.interchange.import_report import (
    Cancelled,
    ImportReport,
    ImportSource,
    Problem,
    Progress,
    RejectedRow,
    SourceRow,
)
from rmcoach.services.interchange.import_write import (
    NEW_CLIENT,
    Planned,
    load_existing,
    not_stored_columns,
    stored_columns,
    write_planned,
)
from rmcoach.validation import normalize_phone, parse_amount_fen, validate_draft

_FIELD_KEYS = {
    "name_zh": ("name_zh", "name", "name_en"),
    "name_en": ("name_en", "name", "name_zh"),
    "mobile": ("phone",),
    "aum_fen": ("aum",),
}


class _Cancelled(Exception):
    pass


def run_import(
    book: Book,
    source: ImportSource,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Check every row, then write the valid ones in ONE transaction (none with strict).

    Rows are matched to clients by client number: a match is updated (an empty cell
    keeps the stored value), a row without one is a new client. A dry run writes nothing.
    progress(done, total) runs during the work; cancelled() stops it with nothing written.
    """
    started = time.perf_counter()
    total = 2 * len(source.rows)
    tick = _Ticker(progress, cancelled, total)
    stored = stored_columns()
    now = to_storage(book.clock.now())
    planned: list[Planned] = []
    rejected: list[RejectedRow] = []
    unchanged = 0
    written = was_cancelled = False
    if not dry_run and source.rows:
        _backup_before(book)
    tier_names = book.get_setting("tier_names", {})
    tier_names = tier_names if isinstance(tier_names, dict) else {}
    order = {label: index for index, label in enumerate(source.header)}
    try:
        with book.engine.connect() as conn:
            numbers = [r.cells.get("client_no") for r in source.rows]
            existing = load_existing(conn, {n for n in numbers if isinstance(n, str) and n}, stored)
            planner = _Planner(existing, source, book.clock.now().date(), tier_names, stored)
            for index, row in enumerate(source.rows):
                if index % 500 == 0:
                    tick(index)
                problems, plan = planner.plan(row)
                if problems:
                    problems.sort(key=lambda p: order.get(p.column, -1))  # as the columns go
                    rejected.append(RejectedRow(row.line, row.raw, tuple(problems)))
                elif plan is None:
                    unchanged += 1
                else:
                    planned.append(plan)
            if planned and not dry_run and not (strict and rejected):
                share = len(source.rows) / len(planned)
                write_planned(
                    conn, planned, now, lambda done: tick(len(source.rows) + int(done * share))
                )
                tick.check()
                conn.commit()
                written = True
    except _Cancelled:
        was_cancelled = True
        planned, unchanged = [], 0
    else:
        if progress is not None and total:
            progress(total, total)
    added = sum(1 for p in planned if p.client_id is None)
    ids = frozenset(p.row["id"] for p in planned) if written else frozenset[int]()
    return ImportReport(
        source=source.name,
        encoding=source.encoding,
        header=source.header,
        rows=len(source.rows),
        added=added,
        updated=len(planned) - added,
        unchanged=unchanged,
        rejected=tuple(rejected),
        unknown_columns=source.unknown_columns,
        not_stored_columns=not_stored_columns(source.labels),
        dry_run=dry_run,
        strict=strict,
        written=written,
        cancelled=was_cancelled,
        seconds=time.perf_counter() - started,
        changes=OpChanges(clients=True, client_ids=ids) if written else OpChanges(),
    )


def _backup_before(book: Book) -> None:
    """A backup before the import writes (issue 5.1); a failed backup stops the import."""
    try:
        from rmcoach.services.protection.backups import BEFORE_IMPORT, backup_before
    except ImportError:  # the backups service is built beside this one; never block on it
        return
    backup_before(book, BEFORE_IMPORT)


class _Ticker:
    """Reports progress and raises _Cancelled once the user cancelled."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int):
        self.progress, self.cancelled, self.total = progress, cancelled, total

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Cancelled

    def __call__(self, done: int) -> None:
        self.check()
        if self.progress is not None and self.total:
            self.progress(done, self.total)


class _Planner:
    """Turns one row into the stored row it means, or the problems that stop it."""

    def __init__(
        self,
        existing: dict[str, dict[str, Any]],
        source: ImportSource,
        today: date,
        tier_names: Mapping[str, str],
        stored: tuple[str, ...],
    ) -> None:
        self.existing = existing
        self.labels = source.labels
        self.today = today
        self.tier_names = tier_names
        self.stored = stored
        lines: dict[str, list[int]] = {}
        for row in source.rows:
            number = row.cells.get("client_no")
            if isinstance(number, str) and number:
                lines.setdefault(number, []).append(row.line)
        self.duplicates = {n: found for n, found in lines.items() if len(found) > 1}

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def field_label(self, name: str) -> str:
        for key in _FIELD_KEYS.get(name, (name,)):
            if key in self.labels:
                return self.labels[key]
        return name

    def plan(self, row: SourceRow) -> tuple[list[Problem], Planned | None]:
        problems = list(row.problems)
        parsed, bad = self.parse(row, problems)
        number = parsed.get("client_no") or ""
        if number in self.duplicates:
            lines = ", ".join(str(n) for n in self.duplicates[number])
            problems.append(
                Problem(
                    row.line,
                    self.label("client_no"),
                    "client_no_duplicate",
                    {"client_no": number, "lines": lines},
                )
            )
            bad.add("client_no")
        base = self.existing.get(number) if number else None
        merged = {n: NEW_CLIENT[n] for n in self.stored} if base is None else dict(base["row"])
        merged.update((k, v) for k, v in parsed.items() if k in merged)
        interests = parsed.get("interests", tuple(base["interest"]) if base else ())
        tags = parsed.get("tags", tuple(base["tag"]) if base else ())
        draft = ClientDraft(
            name_zh=merged["name_zh"],
            name_en=merged["name_en"],
            client_no=merged["client_no"] or "",
            gender=Gender(merged["gender"]) if merged["gender"] else None,
            birthday=merged["birthday"],
            mobile=merged["mobile"],
            phone_other=merged["phone_other"],
            email=merged["email"],
            occupation=merged["occupation"],
            tier=Tier(merged["tier"]),
            risk_profile=RiskProfile(merged["risk_profile"]) if merged["risk_profile"] else None,
            aum_fen=merged["aum_fen"],
            client_since=merged["client_since"],
        )
        for error in validate_draft(draft, self.today):
            if error.field not in bad:
                problems.append(
                    Problem(row.line, self.field_label(error.field), error.code, error.params)
                )
        if problems:
            return problems, None
        if base is not None:
            changed_lists = tuple(
                kind
                for kind, values in (("interest", interests), ("tag", tags))
                if list(values) != base[kind]
            )
            if merged == base["row"] and not changed_lists:
                return [], None
            merged["id"] = base["id"]
            plan = Planned(base["id"], merged, interests, tags, changed_lists, base["document"])
            return [], plan
        return [], Planned(None, merged, interests, tags, ())

    def parse(self, row: SourceRow, problems: list[Problem]) -> tuple[dict[str, Any], set[str]]:
        """The row's cells as stored values; unreadable cells become problems."""
        cells = row.cells
        parsed: dict[str, Any] = {}
        bad: set[str] = set()

        def fail(key: str, name: str, code: str, **params: str) -> None:
            problems.append(Problem(row.line, self.label(key), code, params))
            bad.add(name)

        text = {k: v for k, v in cells.items() if isinstance(v, str)}
        cell = text.get  # cell(key, "") is the cell's text; a hot path: 50,000 rows x 19

        if cell("client_no", ""):
            parsed["client_no"] = cell("client_no", "")
        zh, en = cols.split_name(cell("name", ""))
        zh, en = cell("name_zh", "") or zh, " ".join(cell("name_en", "").split()) or en
        parsed.update({k: v for k, v in (("name_zh", zh), ("name_en", en)) if v})
        if raw := cell("gender", ""):
            gender = cols.gender_value(raw)
            if gender is None:
                fail("gender", "gender", "gender_unknown", value=raw)
            parsed["gender"] = gender.value if gender else None
        for key in ("birthday", "client_since", "risk_assessed_on"):
            if raw := cell(key, ""):
                parsed[key] = cols.cell_date(raw)
                if parsed[key] is None:
                    fail(key, key, "date_invalid")
        for key, name in (("phone", "mobile"), ("phone_other", "phone_other")):
            if raw := cell(key, ""):
                phone = normalize_phone(raw)
                if phone is None:
                    fail(key, name, "phone_invalid")
                parsed[name] = phone or raw
        for key in ("email", "address", "occupation", "employer", "notes"):
            if raw := cell(key, ""):
                parsed[key] = raw
        if raw := cell("tier", ""):
            tier = cols.tier_value(raw, self.tier_names)
            if tier is None:
                fail("tier", "tier", "tier_unknown", value=raw)
            parsed["tier"] = (tier or Tier.MASS).value
        if raw := cell("risk_profile", ""):
            risk = cols.risk_value(raw)
            if risk is None:
                fail("risk_profile", "risk_profile", "risk_unknown", value=raw)
            parsed["risk_profile"] = risk.value if risk else None
        if raw := cell("aum", ""):
            fen = parse_amount_fen(raw)
            if fen is None:
                fail("aum", "aum_fen", "amount_invalid")
            parsed["aum_fen"] = fen or 0
        for key, kind in (("interests", "interests"), ("tags", "tags")):
            value = cells.get(key)
            if value:
                parsed[kind] = (
                    cols.split_list(value)
                    if isinstance(value, str)
                    else tuple(dict.fromkeys(v.strip() for v in value if v.strip()))
                )
        return parsed, bad
