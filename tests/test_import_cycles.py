"""No import cycle between the files of rmcoach/ and ui/.

Every import counts: at the top, inside a function (imported later, but still a
dependency), and under TYPE_CHECKING (a type that names a module back is the same knot).
A cycle means two files that can only be understood, tested and changed together; the
fix is a collaborator, a protocol, or moving the shared piece to a third module.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("rmcoach", "ui")

Graph = dict[str, set[str]]


def module_files(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> file, for every .py under the packages."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imported_names(module: str, path: Path, source: str) -> set[str]:
    """Every module name an import statement in the file names, resolved to absolute."""
    names: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            names.add(base)
            # `from package import module` depends on the module, not only the package
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph(files: dict[str, Path]) -> Graph:
    """Module -> the modules of `files` it imports (the nearest known enclosing name)."""

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph: Graph = {}
    for module, path in files.items():
        names = imported_names(module, path, path.read_text(encoding="utf-8"))
        targets = {known(name) for name in names}
        graph[module] = {t for t in targets if t is not None and t != module}
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative: a deep import chain must not hit the recursion limit
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(iter(children), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.py": "import pkg.b\n", "b.py": "x = 1\n"}, []),
        ({"a.py": "from pkg import b\n", "b.py": "from pkg.a import x\n"}, [["pkg.a", "pkg.b"]]),
        (  # inside a function: imported late, still a knot
            {"a.py": "import pkg.b\n", "b.py": "def f():\n    from pkg import a\n"},
            [["pkg.a", "pkg.b"]],
        ),
        (  # for types only
            {
                "a.py": "import pkg.b\n",
                "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from pkg.a import A\n",
            },
            [["pkg.a", "pkg.b"]],
        ),
        (  # relative, and through a third module
            {
                "a.py": "from . import b\n",
                "b.py": "from .c import y\n",
                "c.py": "from .a import z\n",
            },
            [["pkg.a", "pkg.b", "pkg.c"]],
        ),
        ({"sub/__init__.py": "", "sub/m.py": "from .. import a\n", "a.py": "import os\n"}, []),
    ],
)
def test_the_walk_finds_cycles_however_they_are_imported(
    tmp_path: Path, files: dict[str, str], expected: list[list[str]]
) -> None:
    write(tmp_path / "pkg", {"__init__.py": "", **files})
    assert cycles(import_graph(module_files(tmp_path, ["pkg"]))) == expected


def test_the_walk_sees_the_real_imports() -> None:
    graph = import_graph(module_files(REPO, PACKAGES))
    assert "ui.book_session" in graph["ui.main_window"]  # a top-level import
    assert "ui.pages.today_page" in graph["ui.main_window"]  # inside a function
    assert "rmcoach.services.protection.backups" in graph["rmcoach.services.book"]


def test_no_import_cycle_between_files() -> None:
    assert cycles(import_graph(module_files(REPO, PACKAGES))) == []
