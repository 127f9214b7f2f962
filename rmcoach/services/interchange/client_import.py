"""Import parsed client rows (CSV lines, vCards): check, match, then write in one transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
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
    Prepared,
    load_existing,
    next_client_id,
    not_stored_columns,
    prepare,
    stored_columns,
    write_prepared,
)
from rmcoach.validation import normalize_phone, parse_amount_fen, validate_draft

_FIELD_KEYS = {
    "name_zh": ("name_zh", "name", "name_en"),
    "name_en": ("name_en", "name", "name_zh"),
    "mobile": ("phone",),
    "aum_fen": ("aum",),
}


# a row whose text could not be read as written: checking its cells would only add noise
UNREADABLE = frozenset({"row_encoding", "card_unterminated"})


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
    """Check every row and write the valid ones in ONE transaction (none with strict).

    Rows are matched to clients by client number: a match is updated (an empty cell
    keeps the stored value), a row without one is a new client. A dry run writes nothing.
    progress(done, total) runs during the work; cancelled() stops it with nothing written.

    Two passes over the rows, neither holding them all: the first counts them and finds
    client numbers given twice (in an anonymous scratch database, not a Python set); the
    second checks them a batch at a time and writes each batch before reading the next.
    """
    started = time.perf_counter()
    total, duplicates = _scan(source)
    tick = _Ticker(progress, cancelled, total)
    stored = stored_columns()
    now = to_storage(book.clock.now())
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    rejected: list[RejectedRow] = []
    written_ids: list[int] = []
    written = was_cancelled = False
    if not dry_run and total:
        _backup_before(book)
    tier_names = book.get_setting("tier_names", {})
    tier_names = tier_names if isinstance(tier_names, dict) else {}
    order = {label: index for index, label in enumerate(source.header)}
    planner = _Planner(source, duplicates, book.clock.now().date(), tier_names, stored)
    writing = not dry_run
    try:
        with closing(book.engine.raw_connection()) as raw, book.engine.connect() as conn:
            reader = raw.driver_connection  # autocommit: reads while the writer writes
            writer = _Writer(conn) if writing else None
            next_id = next_client_id(conn) if writing else 0  # opens the write transaction
            done = 0
            try:
                for batch in _batches(source.rows, BATCH_SIZE):
                    numbers = {
                        n for r in batch if isinstance(n := r.cells.get("client_no"), str) and n
                    }
                    # the book as committed: numbers given twice in the file are rejected, so
                    # no row needs a client this import added in an earlier batch
                    planner.existing = load_existing(reader, conn.dialect, numbers, stored)
                    planned: list[Planned] = []
                    for index, row in enumerate(batch):
                        if index % 250 == 0:
                            tick(done + index)
                        problems, plan = planner.plan(row)
                        if problems:
                            problems.sort(key=lambda p: order.get(p.column, -1))  # column order
                            rejected.append(RejectedRow(row.line, row.raw, tuple(problems)))
                        elif plan is None:
                            counts["unchanged"] += 1
                        else:
                            planned.append(plan)
                            counts["added" if plan.client_id is None else "updated"] += 1
                    writing = writing and not (strict and rejected)
                    if planned and writing and writer is not None:
                        prepared = prepare(conn, planned, now, next_id)
                        next_id += sum(1 for p in planned if p.client_id is None)
                        writer.write(prepared)
                        written_ids += [p.row["id"] for p in planned]
                    done += len(batch)
                tick(done)
            finally:
                if writer is not None:
                    writer.close()
            if writing and written_ids:
                tick.check()
                conn.commit()
                written = True
            # else: the connection closes and rolls back what a strict import wrote
    except _Cancelled:
        was_cancelled = True
        counts = dict.fromkeys(counts, 0)
    else:
        if progress is not None and total:
            progress(total, total)
    ids = frozenset(written_ids) if written else frozenset[int]()
    return ImportReport(
        source=source.name,
        encoding=source.encoding,
        header=source.header,
        rows=total,
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
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


BATCH_SIZE = 2_000  # rows checked and written at a time: progress and cancel between them


class _Writer:
    """Writes prepared batches on one thread while the caller checks the next batch.

    SQLite releases the GIL while it writes, so checking (Python) and writing (SQLite)
    use both cores. Only this thread touches the write connection meanwhile; an error in
    a batch is raised from the next write() or from close().
    """

    def __init__(self, conn: Any) -> None:
        driver = conn.connection.driver_connection
        assert driver is not None
        self.driver = driver
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="import-writer")
        self.pending: Future[None] | None = None

    def write(self, batch: Prepared) -> None:
        self.wait()
        self.pending = self.executor.submit(write_prepared, self.driver, batch)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self.executor.shutdown()


def _batches(rows: Iterable[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    batch: list[SourceRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _scan(source: ImportSource) -> tuple[int, dict[str, list[int]]]:
    """(rows, the client numbers given on more than one line -> those lines).

    The numbers go into SQLite's anonymous temporary database (a file with no name,
    gone when closed), so a million rows cost no memory here.
    """
    scratch = sqlite3.connect("", isolation_level=None)
    try:
        scratch.execute("CREATE TABLE seen (number TEXT NOT NULL, line INTEGER NOT NULL)")
        scratch.execute("BEGIN")
        total = 0
        pending: list[tuple[str, int]] = []
        numbers = getattr(source.rows, "numbers", None)  # a CSV reads only that column
        lines: Iterable[tuple[int, Any]] = (
            numbers()
            if numbers is not None
            else ((r.line, r.cells.get("client_no")) for r in source.rows)
        )
        for line, number in lines:
            total += 1
            if isinstance(number, str) and number:
                pending.append((number, line))
                if len(pending) >= 5_000:
                    scratch.executemany("INSERT INTO seen VALUES (?, ?)", pending)
                    pending.clear()
        scratch.executemany("INSERT INTO seen VALUES (?, ?)", pending)
        twice: dict[str, list[int]] = {}
        for number, line in scratch.execute(
            "SELECT number, line FROM seen WHERE number IN "
            "(SELECT number FROM seen GROUP BY number HAVING count(*) > 1) ORDER BY number, line"
        ):
            twice.setdefault(number, []).append(line)
        scratch.execute("COMMIT")
        return total, twice
    finally:
        scratch.close()


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
    """Turns one row into the stored row it means, or the problems that stop it.

    Attributes:
        existing: the stored clients the current batch names, by client number.
    """

    def __init__(
        self,
        source: ImportSource,
        duplicates: dict[str, list[int]],
        today: date,
        tier_names: Mapping[str, str],
        stored: tuple[str, ...],
    ) -> None:
        self.existing: dict[str, dict[str, Any]] = {}
        self.labels = source.labels
        self.today = today
        self.tier_names = tier_names
        self.stored = stored
        self.duplicates = duplicates

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def field_label(self, name: str) -> str:
        for key in _FIELD_KEYS.get(name, (name,)):
            if key in self.labels:
                return self.labels[key]
        return name

    def plan(self, row: SourceRow) -> tuple[list[Problem], Planned | None]:
        problems = list(row.problems)
        if any(p.code in UNREADABLE for p in problems):
            return problems, None  # its cells are not what the file meant: say only that
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
            address=merged["address"],
            occupation=merged["occupation"],
            employer=merged["employer"],
            notes=merged["notes"],
            interests=tuple(interests),
            tags=tuple(tags),
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
