"""Document tests never see the user's own templates: the user-data folder is a temp one."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmcoach import paths


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder
