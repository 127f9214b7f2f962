"""One change contract: every public service call that writes the book says what it changed.

A write returns OpChanges, or a result carrying them (`.changes`: ClientSaved, Written,
ImportReport, ...), so the UI's one write path (`Operations.op`) can tell the open screens
what is stale. The walk finds writes by what the code calls, so a new write is checked
without being listed here.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import textwrap
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import rmcoach.services as services
from rmcoach.domain import OpChanges, Written
from rmcoach.services.clients.records import ClientSaved

# Writes that change nothing a screen shows, each with the reason it needs no OpChanges.
NOT_ON_SCREEN = {
    # creates the book's calendar id once, on the first export, then only reads it
    "rmcoach.services.interchange.ics_export.uid_namespace",
    # exports write a file and one audit-log entry; no screen shows the audit log
    "rmcoach.services.interchange.ics_export.export_ics",
    "rmcoach.services.interchange.ics_export.render_ics",
    "rmcoach.services.interchange.vcard.export_vcards",
    "rmcoach.services.protection.privacy.export_client_data",
}

WRITE_CALLS = frozenset({"write", "set_setting", "commit"})  # book.write(), conn.commit() ...

Function = Callable[..., Any]


def service_modules() -> Iterator[types.ModuleType]:
    for info in pkgutil.walk_packages(services.__path__, f"{services.__name__}."):
        yield importlib.import_module(info.name)


def called(fn: Function) -> Iterator[ast.Call]:
    source = textwrap.dedent(inspect.getsource(fn))
    yield from (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call))


def callee(call: ast.Call, names: dict[str, Any]) -> object:
    """The function a call names, looked up in the caller's module: f(...) or module.f(...)."""
    func = call.func
    if isinstance(func, ast.Name):
        return names.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = names.get(func.value.id)
        if isinstance(owner, types.ModuleType):
            return getattr(owner, func.attr, None)
    return None


def writes(fn: Function, seen: frozenset[Function] = frozenset()) -> bool:
    """Does fn write the book, itself or through a core function it calls?"""
    for call in called(fn):
        if isinstance(call.func, ast.Attribute) and call.func.attr in WRITE_CALLS:
            return True
        target = callee(call, fn.__globals__)
        if (
            inspect.isfunction(target)
            and target.__module__.startswith("rmcoach.")
            and target not in seen
            and writes(target, seen | {fn})
        ):
            return True
    return False


def says_what_changed(annotation: object) -> bool:
    """OpChanges, Written[...], or a class with a `changes: OpChanges` field."""
    if annotation is OpChanges or typing.get_origin(annotation) is Written:
        return True
    if not isinstance(annotation, type):
        return False  # a union (X | None) may return without saying what changed
    if dataclasses.is_dataclass(annotation):
        hints = typing.get_type_hints(annotation)
        return hints.get("changes") is OpChanges
    return False


def public_writes() -> list[tuple[str, Function]]:
    found: list[tuple[str, Function]] = []
    for module in service_modules():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue  # imported from elsewhere: checked where it is defined
            if list(inspect.signature(fn).parameters)[:1] == ["book"] and writes(fn):
                found.append((f"{module.__name__}.{name}", fn))
    return found


WRITES = public_writes()
CHECKED = [(name, fn) for name, fn in WRITES if name not in NOT_ON_SCREEN]


def test_the_walk_finds_the_writes_it_should() -> None:
    names = {name.rsplit(".", 1)[1] for name, _fn in WRITES}
    # direct writes, writes through a helper, writes through another module, a commit
    assert {"add_client", "set_ticked", "use_playbook", "after_sale", "run_import"} <= names
    assert {"get_client", "client_meetings", "search_clients", "sale_check"}.isdisjoint(names)


@pytest.mark.parametrize(("name", "fn"), CHECKED, ids=[name for name, _fn in CHECKED])
def test_every_public_write_returns_what_it_changed(name: str, fn: Function) -> None:
    assert says_what_changed(typing.get_type_hints(fn)["return"]), name


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (OpChanges, True),
        (Written[int], True),
        (ClientSaved, True),
        (int, False),
        (OpChanges | None, False),
        (tuple[int, OpChanges], False),
    ],
)
def test_the_check_tells_results_that_carry_changes(annotation: object, expected: bool) -> None:
    assert says_what_changed(annotation) is expected


def test_the_exemptions_are_all_still_writes() -> None:
    assert {name for name, _fn in WRITES} >= NOT_ON_SCREEN


def test_book_settings_are_a_write_that_says_so() -> None:
    from rmcoach.services.book import Book

    assert typing.get_type_hints(Book.set_setting)["return"] is OpChanges
