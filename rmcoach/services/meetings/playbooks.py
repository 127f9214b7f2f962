"""Which playbook a book uses: the shipped default, or a bank's own file named in settings."""

from __future__ import annotations

from pathlib import Path

from rmcoach.domain import Written
from rmcoach.playbook import (
    Playbook,
    active_playbook_path,
    default_playbook_path,
    load_default_playbook,
    load_playbook,
)
from rmcoach.services.book import Book

SETTING = "playbook_path"


def playbook_path(book: Book) -> Path:
    """The book's own choice, else $RMCOACH_PLAYBOOK, else the shipped default."""
    chosen = book.get_setting(SETTING)
    return Path(chosen) if chosen else active_playbook_path()


def active_playbook(book: Book) -> Playbook:
    """The playbook meetings in this book follow; raises PlaybookError if the file is broken."""
    path = playbook_path(book)
    # the shipped default is parsed once per process; a bank's file is read as it is now
    return load_default_playbook() if path == default_playbook_path() else load_playbook(path)


def use_playbook(book: Book, path: Path | None) -> Written[Playbook]:
    """Point the book at a bank's playbook (None: back to the default) after checking it.

    A broken file raises PlaybookError naming file, line and field, and changes nothing.
    """
    if path is None:
        changes = book.set_setting(SETTING, None)
        return Written(active_playbook(book), changes)
    playbook = load_playbook(path)
    return Written(playbook, book.set_setting(SETTING, str(path.resolve())))
