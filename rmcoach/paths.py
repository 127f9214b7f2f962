"""Where things live: the resources folder, the user-data folder and the default book."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "RMCoach"
APP_AUTHOR = "RMCoach"

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/, e.g. resource_path("playbook", "default.toml")."""
    return RESOURCES_DIR.joinpath(*parts)


def user_data_dir() -> Path:
    """The platform's per-user data folder for RM Coach (created on first use)."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_book_path() -> Path:
    return user_data_dir() / "book.sqlite"


def resolve_book_path(explicit: Path | None) -> Path:
    """--db wins, then $RMCOACH_DB, then the default book in the user-data folder."""
    if explicit is not None:
        return explicit.expanduser()
    env = os.environ.get("RMCOACH_DB")
    if env:
        return Path(env).expanduser()
    return default_book_path()
