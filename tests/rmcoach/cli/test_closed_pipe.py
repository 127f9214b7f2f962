"""A reader that leaves early (`stats | head -c 100`) ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmcoach.services.book import Book


@pytest.mark.parametrize("command", ["stats", "insights"])
def test_a_closed_pipe_ends_the_command_quietly(book: Book, command: str) -> None:
    book.close()
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes a byte
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rmcoach", "--db", str(book.path), command],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert done.stderr == ""  # not "rmcoach: [Errno 32] Broken pipe"
    assert done.returncode == 141
    assert Path(book.path).exists()
