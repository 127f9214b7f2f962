"""Killed conversions, backups and restores leave no readable copy behind the next open.

Each round runs the real step in a child process and kills it with SIGKILL: at a chosen
step (the child's progress callback announces it, then waits to be killed) or at a random
moment. After the kill no file but the book itself may hold a client's name in the clear;
after the next open no scratch file is left at all, and the book opens with every client.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmcoach.clock import SystemClock
from rmcoach.demo.build import generate_demo_book
from rmcoach.domain import ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client
from rmcoach.services.protection import backups, encryption
from rmcoach.storage import crypto, scratch
from rmcoach.storage.crypto import BookKey

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

PASSPHRASE = "一个口令 a passphrase"
MARKER = "绝密客户Zhuang"
CLIENTS = 150

# argv: task, book, key hex, salt hex, the progress value to stop at (-1: none; 0: the first)
_CHILD = r"""
import os, sys, time
from pathlib import Path
from rmcoach.services.protection import backups, encryption
from rmcoach.storage.crypto import BookKey

task, path, key, salt, stop = sys.argv[1:]
book = Path(path)
key = BookKey(bytes.fromhex(key), bytes.fromhex(salt)) if key else None

def step(done, total):
    os.write(1, f"step {done}\n".encode())
    if done == int(stop) or (int(stop) == 0 and task == "backup"):
        time.sleep(60)  # killed here

os.write(1, b"go\n")
if task == "decrypt":
    encryption.decrypt_book(book, key, progress=step)
elif task == "encrypt":
    encryption.encrypt_book(book, "another passphrase", progress=step)
elif task == "backup":
    backups.backup_file(book, key=key, reason="manual", progress=step)
elif task == "restore":
    newest = backups.list_backups(book.parent / "backups", book.stem)[0]
    backups.restore(newest.path, book, key=key, book_key=key)
os.write(1, b"done\n")
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BookKey]:
    """A plain and an encrypted book with a marked client and enough rows to take a while."""
    folder = tmp_path_factory.mktemp("template")
    plain = folder / "plain.sqlite"
    book = Book.open(plain, SystemClock())
    try:
        generate_demo_book(book, CLIENTS, 3)
        add_client(book, ClientDraft(name_zh=MARKER, client_no="SECRET1", notes=MARKER))
    finally:
        book.close()
    encrypted = folder / "encrypted.sqlite"
    shutil.copy(plain, encrypted)
    key = encryption.encrypt_book(encrypted, PASSPHRASE)
    shutil.rmtree(folder / "backups")
    return plain, encrypted, key


def fresh(template_book: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "book.sqlite"
    shutil.copy(template_book, path)
    return path


def run_and_kill(task: str, book: Path, key: BookKey | None, *, stop: int, delay: float) -> str:
    """Run the task in a child; SIGKILL it at step `stop`, or `delay` s after it starts."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _CHILD,
            task,
            str(book),
            key.key.hex() if key else "",
            key.salt.hex() if key else "",
            str(stop),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    seen = child.stdout.readline().decode().strip()
    assert seen == "go", child.stderr.read() if child.stderr else seen
    if stop >= 0:
        while not seen.startswith("step") or (stop and seen != f"step {stop}"):
            line = child.stdout.readline().decode()
            assert line, f"the child ended before step {stop}"
            seen = line.strip()
    else:
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=30)
    return seen + out.decode()


def readable_copies(folder: Path, book: Path) -> list[str]:
    """Files other than the book that hold the marked client's name in the clear."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path != book and MARKER.encode() in path.read_bytes():
            found.append(path.name)
    return found


def reopen(book: Path) -> None:
    """The next open: it sweeps the scratch files, and the book has every client."""
    opened = Book.open(book, SystemClock(), passphrase=PASSPHRASE)
    try:
        with opened.read() as conn:
            found = conn.exec_driver_sql(
                "SELECT count(*) FROM clients WHERE client_no = 'SECRET1'"
            ).scalar_one()
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        opened.close()
    assert found == 1
    assert scratch.leftovers(book) == []
    assert not [
        p.name
        for p in book.parent.rglob("*")
        if p.name.endswith(scratch.COMPANIONS) and not p.name.startswith(book.name)
    ]


@pytest.mark.parametrize("stop", [1, 2, 3])
def test_a_decrypt_killed_at_each_step_leaves_no_plaintext_copy(
    template: tuple[Path, Path, BookKey], tmp_path: Path, stop: int
) -> None:
    book = fresh(template[1], tmp_path / "b")
    said = run_and_kill("decrypt", book, template[2], stop=stop, delay=0)
    assert crypto.is_encrypted(book), said  # killed before the swap: still encrypted
    assert readable_copies(tmp_path, book) == []
    reopen(book)


def test_decrypts_killed_at_random_moments_leave_no_plaintext_copy(
    template: tuple[Path, Path, BookKey], tmp_path: Path
) -> None:
    rng = random.Random()
    for round_ in range(4):
        book = fresh(template[1], tmp_path / f"r{round_}")
        delay = rng.uniform(0.3, 1.8)
        said = run_and_kill("decrypt", book, template[2], stop=-1, delay=delay)
        where = f"round {round_}, killed after {delay:.2f} s: {said!r}"
        assert readable_copies(tmp_path / f"r{round_}", book) == [], where
        if crypto.is_encrypted(book):
            reopen(book)
        else:  # it finished: the plain book is the only plaintext, and it is whole
            Book.open(book, SystemClock()).close()
            assert scratch.leftovers(book) == [], where


@pytest.mark.parametrize("task", ["encrypt", "backup"])
def test_a_killed_encrypt_or_backup_leaves_nothing_after_the_next_open(
    template: tuple[Path, Path, BookKey], tmp_path: Path, task: str
) -> None:
    book = fresh(template[0], tmp_path / "b")
    run_and_kill(task, book, None, stop=2 if task == "encrypt" else 0, delay=0)
    assert scratch.leftovers(book) != []  # the kill left its scratch file
    reopen(book)


def test_a_killed_restore_leaves_nothing_after_the_next_open(
    template: tuple[Path, Path, BookKey], tmp_path: Path
) -> None:
    book = fresh(template[1], tmp_path / "b")
    backups.backup_file(book, key=template[2])
    for round_, delay in enumerate((0.5, 0.8, 1.1)):
        run_and_kill("restore", book, template[2], stop=-1, delay=delay)
        assert readable_copies(tmp_path, book) == [], round_
        reopen(book)


def test_an_open_wipes_a_dead_writers_scratch_file_and_spares_a_live_one(
    book_path: Path,
) -> None:
    Book.open(book_path, SystemClock()).close()
    dead = book_path.with_name(f".{book_path.name}{scratch.CONVERTING}")
    dead.write_bytes(MARKER.encode() * 1000)
    Path(f"{dead}-journal").write_bytes(b"x")
    folder = book_path.parent / "backups"
    folder.mkdir()
    live = folder / f"{book_path.stem}-2026-01-01-120000-auto.sqlite{scratch.PARTIAL}"
    holder = subprocess.Popen(  # another process writing a backup right now
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(live)!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
            "os.write(fd, b'in use')\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with dead.open("rb") as still_open:  # reads the file's blocks after the unlink
            Book.open(book_path, SystemClock()).close()
            assert MARKER.encode() not in still_open.read()  # overwritten, not only unlinked
        assert not dead.exists() and not Path(f"{dead}-journal").exists()
        assert live.read_bytes() == b"in use"  # spared: its writer is alive
    finally:
        holder.kill()
        holder.communicate()
    Book.open(book_path, SystemClock()).close()
    assert not live.exists()  # its writer died: swept at the next open
