"""The core never imports Qt or the UI, and every module says what it is in a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rmcoach

CORE_DIR = Path(rmcoach.__file__).resolve().parent
REPO_DIR = CORE_DIR.parent
UI_DIR = REPO_DIR / "ui"

FORBIDDEN_IN_CORE = frozenset({"PySide6", "shiboken6", "ui", "PyQt5", "PyQt6"})


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """'line: module' for every import of a forbidden package, wherever it appears."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            modules = [node.args[0].value]
        found.extend(
            f"{node.lineno}: {module}"
            for module in modules
            if module.split(".")[0] in FORBIDDEN_IN_CORE
        )
    return found


def python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_core_is_found() -> None:
    files = python_files(CORE_DIR)
    names = {p.relative_to(CORE_DIR).as_posix() for p in files}
    # a walk that found nothing would pass vacuously
    assert {"domain.py", "services/clients/records.py", "storage/engine.py"} <= names


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6\n", ["1: PySide6"]),
        ("from PySide6.QtCore import QObject\n", ["1: PySide6.QtCore"]),
        ("import shiboken6\n", ["1: shiboken6"]),
        ("import ui\n", ["1: ui"]),
        ("import ui.app as app\n", ["1: ui.app"]),
        ("from ui import operations\n", ["1: ui"]),
        ("from ui.widgets.welcome import Welcome\n", ["1: ui.widgets.welcome"]),
        ("def f():\n    from PySide6 import QtWidgets\n", ["2: PySide6"]),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')\n", ["2: PySide6.QtGui"]),
        ("__import__('ui.app')\n", ["1: ui.app"]),
        ("import uikit\nfrom uimodels import x\nfrom . import ui\n", []),
        ("from rmcoach.ui_text import label\nimport sqlalchemy\n", []),
    ],
)
def test_the_import_check_tells_qt_and_ui_from_the_rest(source: str, expected: list[str]) -> None:
    assert forbidden_imports(source) == expected


def test_the_core_never_imports_qt_or_the_ui() -> None:
    offenders = {
        path.relative_to(REPO_DIR).as_posix(): found
        for path in python_files(CORE_DIR)
        if (found := forbidden_imports(path.read_text(encoding="utf-8"), str(path)))
    }
    assert offenders == {}


def test_every_module_has_a_docstring() -> None:
    files = python_files(CORE_DIR) + python_files(UI_DIR)
    missing = [
        path.relative_to(REPO_DIR).as_posix()
        for path in files
        if not (
            ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"), str(path))) or ""
        ).strip()
    ]
    assert missing == []
