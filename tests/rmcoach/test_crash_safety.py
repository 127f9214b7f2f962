"""Crash safety: writers killed with SIGKILL mid-write lose no acknowledged commit; a torn WAL
tail is survived.

The writers are real processes. To kill one more than 20 times in a few seconds, a small
parent script (sys.executable) imports the app once, then forks a fresh writer for each
round; the test kills that writer (not its parent) at a random moment: during Book.open,
mid-transaction, mid-commit or mid-checkpoint.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmcoach.services.book import Book

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")

KILLS = 24
TORN_ROUNDS = 4

# Reads "<book> <first number>" lines; for each, forks a writer that adds client K<n>, then
# logs a contact with them, printing each acknowledgement once the commit has returned.
_FORKER = r"""
import os
import sys
from pathlib import Path

from rmcoach.domain import Channel, ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, log_contact


def write(path, n):
    book = Book.open(Path(path))
    while True:
        saved = add_client(book, ClientDraft(name_zh="测试客户", client_no=f"K{n:06d}")).client
        os.write(1, f"client {n}\n".encode())
        log_contact(book, saved.id, Channel.PHONE, f"note {n}")
        os.write(1, f"contact {n}\n".encode())
        n += 1


# warm up once here (ORM mappers, pinyin tables), so each forked writer starts writing at once
scratch = Book.open(Path(sys.argv[1]))
add_client(scratch, ClientDraft(name_zh="预热", client_no="WARM"))
scratch.close()
print("ready", flush=True)
for line in sys.stdin:
    path, first = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            write(path, int(first))
        finally:
            os._exit(3)
    print(f"pid {pid}", flush=True)
    _, status = os.waitpid(pid, 0)
    print(f"exit {status}", flush=True)
"""


class Forker:
    """The parent script: start a writer with go(), kill it with kill(), read its acks."""

    def __init__(self, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self._stderr = (folder / "writers.err").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-c", _FORKER, str(folder / "warm-up.sqlite")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert self.next_line(timeout=30) == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                self.lines.put(line.strip())

    def next_line(self, timeout: float = 10) -> str:
        return self.lines.get(timeout=timeout)

    def go(self, book: Path, first: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{book} {first}\n")
        self.process.stdin.flush()
        kind, pid = self.next_line().split()
        assert kind == "pid"
        return int(pid)

    def kill(self, pid: int) -> tuple[list[int], list[int]]:
        """SIGKILL the writer; (acknowledged clients, acknowledged contacts)."""
        os.kill(pid, signal.SIGKILL)
        clients: list[int] = []
        contacts: list[int] = []
        while True:
            kind, value = self.next_line().split()
            if kind == "exit":
                status = int(value)
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                    f"the writer died on its own (status {status}); see its stderr"
                )
                return clients, contacts
            (clients if kind == "client" else contacts).append(int(value))

    def wait_for_acks(self, count: int) -> list[str]:
        seen = []
        while len(seen) < count:
            seen.append(self.next_line())
        return seen

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        finally:
            self.process.kill()
            self.process.wait()
            self._reader.join(5)
            self.process.stdout.close()
            self._stderr.close()


@pytest.fixture(scope="module")
def forker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Forker]:
    """One parent script for the module's tests (it takes a second to start)."""
    started = Forker(tmp_path_factory.mktemp("forker"))
    try:
        yield started
    finally:
        started.close()


def stored(path: Path) -> tuple[str, set[int], set[int]]:
    """(integrity_check, client numbers, client numbers with a contact), read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        clients = {int(r[0][1:]) for r in conn.execute("SELECT client_no FROM clients")}
        contacted = {
            int(r[0][1:])
            for r in conn.execute(
                "SELECT client_no FROM clients WHERE id IN (SELECT client_id FROM contacts)"
            )
        }
        return verdict, clients, contacted
    finally:
        conn.close()


def test_killed_writers_lose_no_acknowledged_commit(forker: Forker, tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    Book.open(path).close()
    rng = random.Random()
    acked_clients: set[int] = set()
    acked_contacts: set[int] = set()
    started = time.monotonic()
    first = 1
    before: set[int] = set()
    for round_ in range(KILLS):
        pid = forker.go(path, first)
        delay = rng.uniform(0.02, 0.30)
        time.sleep(delay)
        clients, contacts = forker.kill(pid)
        acked_clients.update(clients)
        acked_contacts.update(contacts)
        verdict, present, contacted = stored(path)
        where = f"round {round_}, killed after {delay * 1000:.0f} ms"
        assert verdict == "ok", where
        assert acked_clients <= present, f"lost clients {acked_clients - present} ({where})"
        assert acked_contacts <= contacted, f"lost contacts {acked_contacts - contacted} ({where})"
        # at most the one commit that came as the kill did, before its acknowledgement
        assert len(present - before - set(clients)) <= 1, where
        before = present
        first = max(present, default=0) + 1
    elapsed = time.monotonic() - started
    assert len(acked_clients) > KILLS, "the writers wrote too little to mean anything"
    book = Book.open(path)  # and the app opens the book as usual
    book.close()
    print(
        f"{KILLS} kills, {len(acked_clients) + len(acked_contacts)} acked commits, {elapsed:.1f} s"
    )


# -- a torn WAL tail ---------------------------------------------------------------------------
def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def commit_ends(wal: bytes) -> list[int]:
    """Where each valid commit frame of a WAL file ends (SQLite's documented WAL format:
    frames carry the header's salts and a running checksum; a commit frame stores the
    database size)."""
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", wal[:32])
    big_endian = bool(magic & 1)
    s0, s1 = _checksum(wal[:24], 0, 0, big_endian)
    assert (s0, s1) == (ck1, ck2), "the WAL header itself is damaged"
    ends: list[int] = []
    offset, frame = 32, 24 + page_size
    while offset + frame <= len(wal):
        _page, db_size, f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack(
            ">6I", wal[offset : offset + 24]
        )
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = _checksum(wal[offset : offset + 8], s0, s1, big_endian)
        s0, s1 = _checksum(wal[offset + 24 : offset + frame], s0, s1, big_endian)
        if (s0, s1) != (f_ck1, f_ck2):
            break
        offset += frame
        if db_size:
            ends.append(offset)
    return ends


def test_a_torn_wal_tail_is_survived(forker: Forker, tmp_path: Path) -> None:
    rng = random.Random()
    for round_ in range(TORN_ROUNDS):
        path = tmp_path / f"torn-{round_}.sqlite"
        Book.open(path).close()  # closed: checkpointed, no WAL yet
        pid = forker.go(path, 1)
        acks = forker.wait_for_acks(rng.randint(4, 24))
        clients, contacts = forker.kill(pid)
        order = acks + [f"client {n}" for n in clients] + [f"contact {n}" for n in contacts]
        order.sort(key=lambda a: (int(a.split()[1]), a.startswith("contact")))
        wal_path = Path(f"{path}-wal")
        wal = wal_path.read_bytes()
        ends = commit_ends(wal)
        # the premise: no checkpoint yet, so every commit is in the WAL, one per ack (+1 at most)
        assert len(ends) - len(order) in (0, 1), (len(ends), len(order))
        cut = rng.randrange(32, len(wal))
        with wal_path.open("r+b") as handle:
            handle.truncate(cut)
        survived = sum(1 for end in ends if end <= cut)

        book = Book.open(path)  # the app opens it as usual after the "power cut"
        try:
            with book.read() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
                numbers = sorted(
                    int(n[1:])
                    for n in conn.exec_driver_sql("SELECT client_no FROM clients").scalars()
                )
                contacts_stored = conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one()
        finally:
            book.close()
        # commits alternate client, contact: the first `survived` of them are all there
        where = f"round {round_}: cut at {cut} of {len(wal)} bytes, {survived} commits before"
        assert numbers == list(range(1, (survived + 1) // 2 + 1)), where
        assert contacts_stored == survived // 2, where
        assert verdict_ok(path), where


def verdict_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        conn.close()
